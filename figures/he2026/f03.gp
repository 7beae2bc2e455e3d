# figures/he2026/f03.gp — He et al. Fig. 3 (blog Fig. 3, full_training_para_dft):
# R1 at the end of training, neurons 30-39 ordered by dominant frequency,
# first-layer theta_m (top) and second-layer xi_m (bottom) in the real DFT
# basis; one dominant cos/sin pair per row.
#   gnuplot -e "data='r1/f3_dft.tsv'; out='f03.pdf'" figures/he2026/f03.gp
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='F3_DFT.tsv'; out='FIG.pdf'\" figures/he2026/f03.gp"; exit status 2 }
nsteps = 1; labels = "final"; raw = 0; xi_frac = 1; wide = 9; high = 10
ttl_in = "First-Layer θ_m after DFT"; ttl_out = "Second-Layer ξ_m after DFT"
load 'figures/he2026/heatmap.gp'
