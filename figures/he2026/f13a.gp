# figures/he2026/f13a.gp — He et al. Fig. 13a (blog Fig. 13a, single_freq_relu): R5 (ReLU,
# single-frequency init), the first 20 neurons at two checkpoints: the
# fundamental stays dominant, ReLU leaks into harmonics.
#   gnuplot -e "data='HEATMAP.tsv'; steps='0 5000'; out='f13a.pdf'" figures/he2026/f13a.gp
# data is features --heatmap output over the checkpoints in steps
# (space-separated, in the file's block order).
if (!exists("data") || !exists("out") || !exists("steps")) { print "usage: gnuplot -e \"data='HEATMAP.tsv'; steps='S1 S2 ...'; out='FIG.pdf'\" figures/he2026/f13a.gp"; exit status 2 }
nsteps = words(steps); labels = steps; raw = 0; xi_frac = 1; wide = 13; high = 10
ttl_in = "Step %s, θ_m after DFT"; ttl_out = "Step %s, ξ_m after DFT"
load 'figures/he2026/heatmap.gp'
