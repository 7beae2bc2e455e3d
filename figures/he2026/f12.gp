# figures/he2026/f12.gp — He et al. Fig. 12 (blog Fig. 12, single_freq_main): R4 (x^2, single-frequency
# init), the first 20 neurons in the real DFT basis at three checkpoints:
# exactly one cos/sin pair per row stays non-zero.
#   gnuplot -e "data='HEATMAP.tsv'; steps='0 1000 5000'; out='f12.pdf'" figures/he2026/f12.gp
# data is features --heatmap output over the checkpoints in steps
# (space-separated, in the file's block order).
if (!exists("data") || !exists("out") || !exists("steps")) { print "usage: gnuplot -e \"data='HEATMAP.tsv'; steps='S1 S2 ...'; out='FIG.pdf'\" figures/he2026/f12.gp"; exit status 2 }
nsteps = words(steps); labels = steps; raw = 0; xi_frac = 1; wide = 16; high = 10
ttl_in = "Step %s, θ_m after DFT"; ttl_out = "Step %s, ξ_m after DFT"
load 'figures/he2026/heatmap.gp'
