# dormant.gp — Figure X5 (not the paper's measure): (a)-(c) per neuron of the
# final NN-3, NN-4, NN-5, its norm ||theta_i|| relative to the largest
# (log scale) against the maximum normalised power of u_{i,1}: the dashed
# lines mark 0.95 and the active fraction; (d) over training, the share of
# sum_i ||theta_i||^2 (solid) and of sum_i ||theta_i||^{k+1} (dashed) held by
# the neurons above 0.95.
# Args: n1, n2, n3 (sparsity neuron tables with norm_sq), s1, s2, s3
# (summaries, for active_frac), q1, q2, q3 (sparsity series), t1, t2, t3
# (run labels).
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 12*CM
set output out
colour(r) = r == 1 ? C_A : r == 2 ? C_B : C_ALT
set multiplot layout 2, 2 title "Dormant neurons (secondary measures: not the paper's measure)" font ",10" \
    margins 0.09, 0.98, 0.09, 0.9 spacing 0.09, 0.12
set xrange [0:1]
set xtics 0.2
set logscale y
set format y "10^{%T}"
set xlabel "max normalised power"
set ylabel "‖θ_i‖ / max_j ‖θ_j‖"
do for [r = 1:3] {
    n = value(sprintf("n%d", r))
    f = kv(value(sprintf("s%d", r)), "active_frac") + 0
    set autoscale y        # stats filters by the ranges in force
    stats named(n) using (sqrt(column("norm_sq"))) nooutput
    top = STATS_max
    low = STATS_min / top < f ? STATS_min / top : f
    set yrange [low / 2:1.5]
    set title sprintf("(%s) %s, final", word("a b c", r), value(sprintf("t%d", r))) font ",9"
    set arrow 1 from 0.95, graph 0 to 0.95, graph 1 nohead ls 4
    set arrow 2 from 0, f to 1, f nohead ls 4
    set label 1 sprintf("active: ≥ %g of the largest", f) at graph 0.03, first f * 1.5 font ",7"
    plot named(n) using "power":(sqrt(column("norm_sq")) / top) with points pt 7 ps 0.2 lc rgb colour(r)
}
unset arrow
unset label
unset logscale y
set format y "%g"
set xrange [*:*]
set xtics autofreq
set yrange [0:1.05]
set xlabel "step (thousands)"
set ylabel "share held by neurons > 0.95"
set title "(d) over training: of ‖θ‖^2 (solid), of ‖θ‖_{2,k+1}^{k+1} (dashed)" font ",9"
set key top left font ",7"
plot for [r = 1:3] named(value(sprintf("q%d", r))) using (column("step") / 1000):"sq_share_gt_095" \
         with linespoints pt 7 ps 0.3 lc rgb colour(r) title value(sprintf("t%d", r)), \
     for [r = 1:3] named(value(sprintf("q%d", r))) using (column("step") / 1000):"norm_share_gt_095" \
         with lines dt 2 lc rgb colour(r)
unset multiplot
