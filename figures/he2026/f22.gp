# figures/he2026/f22.gp — He et al. Fig. 22 (single_freq_relu_full_random_init): R6 (ReLU,
# small random init), the first 20 neurons before and after the sparsity
# rise; xi colour limits at 0.85 max.
#   gnuplot -e "data='HEATMAP.tsv'; steps='0 3800'; out='f22.pdf'" figures/he2026/f22.gp
# data is features --heatmap output over the checkpoints in steps
# (space-separated, in the file's block order).
if (!exists("data") || !exists("out") || !exists("steps")) { print "usage: gnuplot -e \"data='HEATMAP.tsv'; steps='S1 S2 ...'; out='FIG.pdf'\" figures/he2026/f22.gp"; exit status 2 }
nsteps = words(steps); labels = steps; raw = 0; xi_frac = 0.85; wide = 13; high = 10
ttl_in = "Step %s, θ_m after DFT"; ttl_out = "Step %s, ξ_m after DFT"
load 'figures/he2026/heatmap.gp'
