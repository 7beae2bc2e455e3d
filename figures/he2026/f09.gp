# figures/he2026/f09.gp — He et al. Fig. 9 (blog Fig. 9, phase_align_main):
# R4 (x^2, single-frequency init), neuron 1: 2 phi* and psi* converge while
# the magnitudes stay small, then grow explosively.
#   gnuplot -e "data='r4/neuron1.tsv'; last=7000; out='f09.pdf'" figures/he2026/f09.gp
if (!exists("data") || !exists("last") || !exists("out")) { print "usage: gnuplot -e \"data='NEURON.tsv'; last=7000; out='FIG.pdf'\" figures/he2026/f09.gp"; exit status 2 }
wide = 12; high = 9; run = "R4"
load 'figures/he2026/neuron_phase.gp'
