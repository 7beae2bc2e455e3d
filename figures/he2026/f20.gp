# figures/he2026/f20.gp — He et al. Fig. 20 (phase_diversity_output_logits):
# logits of the ideal quadratic network with all 11 frequencies when the
# phases of each frequency are spread over [0, R pi) only; R = 2 (red) is
# flat with one clean peak, narrower ranges add large oscillating noise.
#   gnuplot -e "data='phasediv_logits.tsv'; out='f20.pdf'" figures/he2026/f20.gp
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='PHASEDIV_LOGITS.tsv'; out='FIG.pdf'\" figures/he2026/f20.gp"; exit status 2 }
ncurves = 5
labels = "[0,1π]|[0,1.2π]|[0,1.5π]|[0,1.8π]|[0,2π]"
ycol(i) = i + 1
sdcol(i) = 0
load 'figures/he2026/logits4.gp'
