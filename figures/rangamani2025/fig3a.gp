# figures/rangamani2025/fig3a.gp — Rangamani 2025, Fig. 3a
# (experiments/rangamani2025/README.md §5.2): the first 32 singular values of E,
# W_ih, W_hh, W_out and A = W_ih E of the main model, each divided by its
# largest (log scale).
#
#   gnuplot -e "data='sigma.tsv'; out='fig3a.pdf'" figures/rangamani2025/fig3a.gp
#
# data is svd-lowrank output: i E W_ih W_hh W_out A.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='SIGMA.tsv'; out='FIG.pdf'\" figures/rangamani2025/fig3a.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
@PDF size 11 * CM, 7 * CM
set output out
set margins 8, 2, 3, 1
set xrange [0.5 : 32.5]
set xtics 2
set logscale y
set format y "10^{%L}"
set xlabel "singular value index i" offset 0, 0.3
set ylabel "σ_{i} / σ_{1}" offset 1, 0
set key top right
# each matrix's largest singular value, σ_1
stats named(data) using "E" nooutput
s_E = STATS_max
stats named(data) using "W_ih" nooutput
s_W_ih = STATS_max
stats named(data) using "W_hh" nooutput
s_W_hh = STATS_max
stats named(data) using "W_out" nooutput
s_W_out = STATS_max
stats named(data) using "A" nooutput
s_A = STATS_max
plot named(data) using "i":(column("E") / s_E) with linespoints ls 5 pt 7 ps 0.35 title "E", \
     ''        using "i":(column("W_ih") / s_W_ih) with linespoints ls 7 title "W_{ih}", \
     ''        using "i":(column("W_hh") / s_W_hh) with linespoints ls 2 title "W_{hh}", \
     ''        using "i":(column("W_out") / s_W_out) with linespoints lc rgb "#2ca02c" lw 1.2 pt 9 ps 0.4 title "W_{out}", \
     ''        using "i":(column("A") / s_A) with linespoints lc rgb "#777777" lw 1 dt 2 pt 1 ps 0.4 title "A = W_{ih}E"
