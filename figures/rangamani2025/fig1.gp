# figures/rangamani2025/fig1.gp — Rangamani 2025, Fig. 1
# (experiments/rangamani2025/README.md §6): training curves. (a) train and test
# cross-entropy of the main model (log scale); (b) test accuracy of the main
# model, the second seed, the tanh variant and the train-fraction-0.3 run.
#
#   gnuplot -e "dir='data/full/rangamani2025'; out='fig1.pdf'" figures/rangamani2025/fig1.gp
#
# dir holds RUN/log.tsv (train's log: step lr train_loss train_acc val_loss val_acc param_norm).
if (!exists("dir") || !exists("out")) {
    print "usage: gnuplot -e \"dir='DATA_DIR'; out='FIG.pdf'\" figures/rangamani2025/fig1.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
@PDF size W_FULL, 6.4 * CM
set output out
set multiplot layout 1, 2 margins 0.08, 0.98, 0.17, 0.90 spacing 0.10, 0
set xlabel "step" offset 0, 0.3
set format x "%g"
set title "(a) main model: cross-entropy" font ",9"
set logscale y
set format y "10^{%L}"
set ylabel "loss" offset 0.5, 0
set key top right
plot named(dir.'/main/log.tsv') using "step":"train_loss" with lines ls 5 title "train", \
     ''                        using "step":"val_loss" with lines ls 2 title "test"
unset logscale y
set format y "%.1f"
set title "(b) test accuracy" font ",9"
set yrange [0 : 1.04]
set ylabel "test accuracy" offset 0.5, 0
set key bottom right
plot named(dir.'/main/log.tsv')   using "step":"val_acc" with lines ls 5 title "ReLU, f = 0.5 (main)", \
     named(dir.'/seed2/log.tsv')  using "step":"val_acc" with lines ls 7 title "ReLU, seed 2", \
     named(dir.'/tanh/log.tsv')   using "step":"val_acc" with lines ls 2 title "tanh", \
     named(dir.'/frac03/log.tsv') using "step":"val_acc" with lines lc rgb "#2ca02c" lw 1.2 title "ReLU, f = 0.3"
unset multiplot
