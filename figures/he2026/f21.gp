# figures/he2026/f21.gp — He et al. Fig. 21 (loss_sparsity_relu): R6 (ReLU,
# small random init, SGD): training loss (top) and mean IPR (bottom) at the
# checkpoints; the dashed line and open red circles mark a step where the
# sparsity has already risen while the loss has barely begun to fall.
#   gnuplot -e "dir='r6'; mark=3800; out='f21.pdf'" figures/he2026/f21.gp
# dir holds log.tsv (train) and series.tsv (features --series).
if (!exists("dir") || !exists("mark") || !exists("out")) { print "usage: gnuplot -e \"dir='RUNDIR'; mark=3800; out='FIG.pdf'\" figures/he2026/f21.gp"; exit status 2 }
load 'figures/he2026/common.gp'
log = dir . "/log.tsv"; ser = dir . "/series.tsv"
at200(s, v) = int(s) % 200 == 0 ? v : NaN
@PDF size 8 * CM, 9.5 * CM
set output out
set multiplot layout 2, 1 margins 0.16, 0.96, 0.09, 0.94 spacing 0, 0.13
set xtics font ",7"
set ytics font ",7"
set grid
set arrow 1 from mark, graph 0 to mark, graph 1 nohead lc rgb "#999999" dt 2 lw 1.2
set title "Training Loss" font ",9"
set key top right font ",7"
plot named(log) using "step":(at200(column("step"), column("train_loss"))) with linespoints lc rgb NAVY pt 7 ps 0.25 lw 1.2 title "Loss", \
     named(log) using "step":(column("step") == mark ? column("train_loss") : NaN) with points pt 6 ps 1.2 lc rgb RED lw 1.5 notitle
set title "Sparsity Level of Frequency" font ",9"
set xlabel "Step" font ",8" offset 0, 0.4
set key bottom right
plot named(ser) using "step":"ipr" with linespoints lc rgb BROWN pt 2 ps 0.3 lw 1.2 title "Avg. IPR", \
     named(ser) using "step":(column("step") == mark ? column("ipr") : NaN) with points pt 6 ps 1.2 lc rgb RED lw 1.5 notitle
unset multiplot
