# hist.gp — Li et al. 2025 Figs 2, 6, 8 (and X2, X3): (a) neurons per
# frequency of the final network (the frequency of maximum one-sided power of
# u_{i,1}; dashed: the uniform level m / ((p-1)/2)); (b) maximum normalised
# power at initialisation; (c) after training (50 bins on [0, 1]).
# Args: summary (sparsity --summary of the final network), final, init
# (sparsity neuron tables), label.
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 5.5*CM
set output out
m = kv(summary, "neurons") + 0
half = int(kv(summary, "n_freq"))
bin(x) = (x >= 1 ? 49 : floor(x * 50)) / 50.0 + 0.01
set style fill solid 0.8 noborder
set multiplot layout 1, 3 title label font ",10" margins 0.07, 0.98, 0.18, 0.84 spacing 0.07, 0
set xlabel "frequency ζ"
set ylabel "neurons"
set xrange [-0.5:half + 0.5]
xstep = half > 12 ? int(half / 6) : 1
set xtics xstep
set yrange [0:*]
set title "(a) frequencies, final" font ",9"
set boxwidth 0.8
plot named(final) using "freq":(1) smooth frequency with boxes lc rgb C_A, (m * 1.0 / half) with lines ls 4
set xrange [0:1]
set xtics 0.2
set xlabel "max normalised power"
set boxwidth 0.02
set title "(b) initialisation" font ",9"
plot named(init) using (bin(column("power"))):(1) smooth frequency with boxes lc rgb C_IDEAL
set title "(c) final" font ",9"
plot named(final) using (bin(column("power"))):(1) smooth frequency with boxes lc rgb C_A
unset multiplot
