# figures/he2026/losses.gp — not a figure of the paper: the per-step training
# loss of our six runs (lines) over the authors' recorded train_losses
# (dashed, from their final checkpoints), on a log scale; for R2 the test
# loss as well. Started from the authors' initial weights with their
# settings, the curves should coincide (issue acceptance: R1 within 10% at
# steps 1000-5000).
#   gnuplot -e "dir='data/full/he2026'; out='losses.pdf'" figures/he2026/losses.gp
# dir holds rN/log.tsv (train) and rN/authors.tsv (npzcat: index
# train_losses test_losses param_norms).
if (!exists("dir") || !exists("out")) { print "usage: gnuplot -e \"dir='DATADIR'; out='FIG.pdf'\" figures/he2026/losses.gp"; exit status 2 }
load 'figures/he2026/common.gp'
titles = "R1 ReLU AdamW|R2 grokking (train, test)|R3 x² SGD|R4 x² single-freq.|R5 ReLU single-freq.|R6 ReLU small init"
ttl(i) = system(sprintf("echo '%s' | cut -d'|' -f%d", titles, i))
@PDF size W_FULL, 10 * CM
set output out
set multiplot layout 2, 3 margins 0.08, 0.98, 0.09, 0.93 spacing 0.07, 0.12
set logscale y
set format y "10^{%L}"
set xtics font ",6"
set ytics font ",6"
set grid
do for [i = 1 : 6] {
    r = sprintf("%s/r%d", dir, i)
    set title ttl(i) font ",8"
    if (i > 3) { set xlabel "Step" font ",7" offset 0, 0.5 } else { unset xlabel }
    if (i == 1) { set key top right font ",6" samplen 1.5 } else { unset key }
    if (i == 2) {
        plot named(r . "/log.tsv") using "step":"train_loss" every 10 with lines lc rgb NAVY lw 1.4 title "ours", \
             named(r . "/authors.tsv") using "index":"train_losses" every 10 with lines lc rgb GOLD lw 1.2 dt 2 title "authors", \
             named(r . "/log.tsv") using "step":"val_loss" every 10 with lines lc rgb RED lw 1.4 notitle, \
             named(r . "/authors.tsv") using "index":"test_losses" every 10 with lines lc rgb GOLD lw 1.2 dt 2 notitle
    } else {
        plot named(r . "/log.tsv") using "step":"train_loss" with lines lc rgb NAVY lw 1.4 title "ours", \
             named(r . "/authors.tsv") using "index":"train_losses" every 10 with lines lc rgb GOLD lw 1.2 dt 2 title "authors"
    }
}
unset multiplot
