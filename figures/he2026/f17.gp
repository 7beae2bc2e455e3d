# figures/he2026/f17.gp — He et al. Fig. 17 (blog Fig. 17, grokk_decoded_weights_dynamic):
# R2 (grokking), the first 20 neurons at the ends of memorisation and fast
# generalisation; xi colour limits at 0.85 max as the authors draw them.
#   gnuplot -e "data='HEATMAP.tsv'; steps='0 2200 10000'; out='f17.pdf'" figures/he2026/f17.gp
# data is features --heatmap output over the checkpoints in steps
# (space-separated, in the file's block order).
if (!exists("data") || !exists("out") || !exists("steps")) { print "usage: gnuplot -e \"data='HEATMAP.tsv'; steps='S1 S2 ...'; out='FIG.pdf'\" figures/he2026/f17.gp"; exit status 2 }
nsteps = words(steps); labels = steps; raw = 0; xi_frac = 0.85; wide = 16; high = 10
ttl_in = "Step %s, θ_m after DFT"; ttl_out = "Step %s, ξ_m after DFT"
load 'figures/he2026/heatmap.gp'
