# figures/he2026/f19.gp — He et al. Fig. 19 (frequency_diversity_output_logits):
# logits of the ideal quadratic network (experiments/he2026/README.md §5.9) when
# only n of the 11 frequencies are kept: mean ± SD over every subset of n (the
# authors sample at most 100), and the full set in red. Few frequencies leave
# large competing peaks; all 11 give one clean peak over a flat background.
#   gnuplot -e "data='freqdiv_logits.tsv'; out='f19.pdf'" figures/he2026/f19.gp
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='FREQDIV_LOGITS.tsv'; out='FIG.pdf'\" figures/he2026/f19.gp"; exit status 2 }
ncurves = 5
labels = "1 Freqs|2 Freqs|4 Freqs|8 Freqs|Full (11) Freqs"
ycol(i) = 2 * i
sdcol(i) = i < ncurves ? 2 * i + 1 : 0
load 'figures/he2026/logits4.gp'
