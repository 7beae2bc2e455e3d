# figures/he2026/f15.gp — He et al. Fig. 15 (blog Fig. 15,
# grokk_memorization_accuracy): R2 at the end of memorisation. (1) training
# data under symmetry: 1 if (x, y) is a training pair, 0.65 if only (y, x)
# is, 0 otherwise; (2) correctness of argmax; (3) softmax probability of the
# correct class. Red frames: the "true test" pairs, neither order in training.
#   gnuplot -e "data='r2/pairs_2200.tsv'; step=2200; out='f15.pdf'" figures/he2026/f15.gp
if (!exists("data") || !exists("step") || !exists("out")) { print "usage: gnuplot -e \"data='PAIRS.tsv'; step=2200; out='FIG.pdf'\" figures/he2026/f15.gp"; exit status 2 }
load 'figures/he2026/pairgrid.gp'
stats named(data) using "p_true" nooutput
pmax = STATS_max
@PDF size W_FULL, 6.4 * CM
set output out
@SEQUENTIAL
set multiplot layout 1, 3 margins 0.05, 0.93, 0.12, 0.90 spacing 0.06, 0
eval grid_setup
eval frames(data, "$8 == 0 && $9 == 0")
unset colorbox
set cbrange [0 : 1]
set title "Training Data under Symmetry" font ",8"
plot named(data) using "y":"x":(column("split") > 0.5 ? 1 : (column("sym") > 0.5 ? 0.65 : 0)) with image notitle
set title sprintf("Accuracy before Grokking (step %d)", step) font ",8"
plot named(data) using "y":"x":"correct" with image notitle
set title "Softmax Weight at Ground-Truth" font ",8"
set cbrange [0 : pmax]
set colorbox user origin screen 0.945, 0.2 size screen 0.012, 0.6
set cbtics font ",6" scale 0.3
plot named(data) using "y":"x":"p_true" with image notitle
unset multiplot
