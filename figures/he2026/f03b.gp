# figures/he2026/f03b.gp — He et al. Fig. 3b (full_training_para_origin): the
# raw weights of the ten neurons of Fig. 3 (R1 final, neurons 30-39 ordered
# by dominant frequency): rows of W_in (theta_m) and columns of W_out (xi_m).
#   gnuplot -e "data='r1/f3_raw.tsv'; out='f03b.pdf'" figures/he2026/f03b.gp
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='F3_RAW.tsv'; out='FIG.pdf'\" figures/he2026/f03b.gp"; exit status 2 }
nsteps = 1; labels = "final"; raw = 1; xi_frac = 1; wide = 9; high = 9
ttl_in = "First-Layer Parameters θ_m"; ttl_out = "Second-Layer Parameters ξ_m"
load 'figures/he2026/heatmap.gp'
