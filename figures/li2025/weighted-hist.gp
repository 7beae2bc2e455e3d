# weighted-hist.gp — Figure X4, companion to Figs 2c, 6c, 8c (not the
# paper's measure): the final network's maximum normalised power of u_{i,1}
# in 50 bins, (a) as a fraction of the neurons (the paper's histogram), (b)
# weighted by ||theta_i||^2 and (c) by ||theta_i||^{k+1}, one row per run;
# each panel states the share above 0.95 (dashed line).
# Args: h1, h2, h3 (sparsity --hist tables: power_lo, power_hi, neurons,
# norm_sq, norm_pow), s1, s2, s3 (sparsity --summary), t1, t2, t3 (row labels).
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 13*CM
set output out
set style fill solid 0.8 noborder
set boxwidth 0.02
set xrange [0:1]
set xtics 0.2
set yrange [0:*]
set multiplot layout 3, 3 title "Max. normalised power weighted by neuron norm (secondary measures: not the paper's measure)" \
    font ",10" margins 0.08, 0.98, 0.08, 0.9 spacing 0.06, 0.09
weights = "neurons norm_sq norm_pow"
shares = "power_gt_095 sq_share_gt_095 norm_share_gt_095"
titles = "neurons (as Figs 2c, 6c, 8c);by ‖θ_i‖^2;by ‖θ_i‖^{k+1}"
# a tic step of 1, 2 or 5 times a power of ten, about three tics up to x
tic(x) = (e = 10**floor(log10(x / 3)), x / 3 / e < 2 ? e : x / 3 / e < 5 ? 2 * e : 5 * e)
do for [r = 1:3] {
    h = value(sprintf("h%d", r))
    s = value(sprintf("s%d", r))
    do for [c = 1:3] {
        w = word(weights, c)
        set title sprintf("%s: %s", value(sprintf("t%d", r)), system(sprintf("echo '%s' | cut -d';' -f%d", titles, c))) font ",8"
        set autoscale y    # stats filters by the ranges in force
        stats named(h) using (column(w)) nooutput
        set yrange [0:*]
        set ytics tic(STATS_max > 0 ? STATS_max : 1)
        set xlabel (r == 3 ? "max normalised power" : "")
        set ylabel (c == 1 ? "fraction" : "")
        set label 1 sprintf("> 0.95: %.1f %%", 100 * kv(s, word(shares, c))) at graph 0.04, graph 0.9 font ",8"
        set arrow 1 from 0.95, graph 0 to 0.95, graph 1 nohead ls 4
        plot named(h) using ((column("power_lo") + column("power_hi")) / 2):(column(w)) with boxes lc rgb (c == 1 ? C_A : c == 2 ? C_ALT : C_B)
    }
}
unset multiplot
