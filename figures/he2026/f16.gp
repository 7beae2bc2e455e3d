# figures/he2026/f16.gp — He et al. Fig. 16 (blog Fig. 16,
# grokk_memorization_accuracy_common_to_rare): R2's training pairs, "common"
# (both orders in training, 1) and "rare" (only one order, 0.5; red frames),
# and the correctness of argmax at three checkpoints: common pairs are
# learned first, rare ones only later.
#   gnuplot -e "d0='r2/pairs_0.tsv'; d1='r2/pairs_1000.tsv'; d2='r2/pairs_2200.tsv'; steps='0 1000 2200'; out='f16.pdf'" figures/he2026/f16.gp
if (!exists("d0") || !exists("d1") || !exists("d2") || !exists("steps") || !exists("out")) { print "usage: gnuplot -e \"d0='PAIRS0.tsv'; d1=...; d2=...; steps='0 1000 2200'; out='FIG.pdf'\" figures/he2026/f16.gp"; exit status 2 }
load 'figures/he2026/pairgrid.gp'
@PDF size W_FULL, 5 * CM
set output out
@SEQUENTIAL
set multiplot layout 1, 4 margins 0.04, 0.99, 0.14, 0.88 spacing 0.05, 0
eval grid_setup
eval frames(d0, "$8 == 1 && $9 == 0")
unset colorbox
set cbrange [0 : 1]
set title "Training Data Distribution" font ",8"
plot named(d0) using "y":"x":(column("split") > 0.5 ? (column("sym") > 0.5 ? 1 : 0.5) : 0) with image notitle
files = d0 . " " . d1 . " " . d2
do for [i = 1 : 3] {
    set title sprintf("Accuracy at Step %s", word(steps, i)) font ",8"
    unset ylabel
    plot named(word(files, i)) using "y":"x":"correct" with image notitle
}
unset multiplot
