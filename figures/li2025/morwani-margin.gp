# morwani-margin.gp — Figure X2 (Morwani et al. Fig. 1c): the normalised
# L_{2,3} margin of the quadratic network on all of D_p over training,
# against gamma*(p, 2) (dashed), and the training loss (right axis, log).
# Args: series (margin series), log (train's log.tsv), gamma.
load 'figures/style.gp'
@PDF size W_FULL, 6.5*CM
set output out
set xlabel "step"
set ylabel "normalised L_{2,3} margin"
set y2label "training loss"
set logscale y2
set y2tics nomirror
set ytics nomirror
set key bottom right
set yrange [*:gamma * 1.15]
plot gamma with lines ls 4 title sprintf("γ* = %.4g", gamma), \
     series using 1:4 with lines ls 5 title "normalised margin", \
     log using 1:3 axes x1y2 with lines ls 7 title "loss"
