# morwani-margin.gp — Figure X2 (Morwani et al. Fig. 1c): the normalised
# L_{2,3} margin of the quadratic network on all of D_p over training,
# against gamma*(p, 2) (dashed), and the training loss (right axis, log).
# Args: series (margin series), log (train's log.tsv).
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 6.5*CM
set output out
set xlabel "step"
set ylabel "normalised L_{2,3} margin"
set y2label "training loss"
set logscale y2
set y2tics nomirror
set ytics nomirror
set key bottom right
stats named(series) using "gamma_star" nooutput
gamma = STATS_max
set yrange [*:gamma * 1.15]
plot gamma with lines ls 4 title sprintf("γ* = %.4g", gamma), \
     named(series) using "step":"margin_all" with lines ls 5 title "normalised margin", \
     named(log) using "step":"train_loss" axes x1y2 with lines ls 7 title "loss"
