# figures/he2026/f08.gp — He et al. Fig. 8 (blog Fig. 8, output_logits): the
# logits of R1's final weights evaluated with x^2 swapped in for ReLU, for the
# inputs (0, y), y = 0..22 (columns) and every output j (rows). Boxes mark
# the correct answer j = y and the ghosts j = 2x = 0 and j = 2y mod 23;
# colour limits ±0.8 max|logit| over all 529 pairs.
#   gnuplot -e "data='r1/logits_x0.tsv'; summary='r1/swap_square.tsv'; out='f08.pdf'" figures/he2026/f08.gp
# data: predict --logits 0 (rows y j logit); summary: predict --summary (logit_absmax).
if (!exists("data") || !exists("summary") || !exists("out")) { print "usage: gnuplot -e \"data='LOGITS.tsv'; summary='SWAP.tsv'; out='FIG.pdf'\" figures/he2026/f08.gp"; exit status 2 }
load 'figures/he2026/common.gp'
stats named(data) using "j" nooutput
p = int(STATS_max) + 1
lim = 0.8 * real(kv(summary, "logit_absmax"))
@PDF size 12 * CM, 11 * CM
set output out
@DIVERGING
set cbrange [-lim : lim]
set xrange [-0.5 : p - 0.5]
set yrange [-0.5 : p - 0.5]
set size ratio -1
unset grid
set border 15 lw 0.5
set tics out nomirror scale 0.3
set xtics rotate by 90 right font ",6" ()
do for [y = 0 : p - 1] { set xtics add (sprintf("(0,%d)", y) y) }
set ytics 0, 1, p - 1 font ",6"
set xlabel "Input Pair" offset 0, 0.5
set ylabel "Output" offset 1.5, 0
set cbtics font ",7"
set title sprintf("R1 with x² at evaluation: logits of (0, y); colour ±%.1f", lim) font ",8"
do for [y = 0 : p - 1] {
    set object 3 * y + 1 rect center y, y size 1, 1 front fillstyle empty border lc rgb NAVY lw 1.6
    set object 3 * y + 2 rect center y, 0 size 1, 1 front fillstyle empty border lc rgb NAVY lw 1.6
    set object 3 * y + 3 rect center y, (2 * y) % p size 1, 1 front fillstyle empty border lc rgb NAVY lw 1.6
}
plot named(data) using "y":"j":"logit" with image notitle
