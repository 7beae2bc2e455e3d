# figures/he2026/f13b.gp — He et al. Fig. 13b (blog Fig. 13b,
# phase_align_relu): R5 (ReLU, single-frequency init), neuron 10: phases
# align under ReLU too; the magnitude dips while |D| > pi/2, then grows.
#   gnuplot -e "data='r5/neuron10.tsv'; last=9000; out='f13b.pdf'" figures/he2026/f13b.gp
if (!exists("data") || !exists("last") || !exists("out")) { print "usage: gnuplot -e \"data='NEURON.tsv'; last=9000; out='FIG.pdf'\" figures/he2026/f13b.gp"; exit status 2 }
wide = 8; high = 9; run = "R5"
load 'figures/he2026/neuron_phase.gp'
