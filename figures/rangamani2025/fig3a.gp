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
s1(c) = 0
stats data using 2 nooutput
m2 = STATS_max
stats data using 3 nooutput
m3 = STATS_max
stats data using 4 nooutput
m4 = STATS_max
stats data using 5 nooutput
m5 = STATS_max
stats data using 6 nooutput
m6 = STATS_max
plot data using 1:($2 / m2) with linespoints ls 5 pt 7 ps 0.35 title "E", \
     ''   using 1:($3 / m3) with linespoints ls 7 title "W_{ih}", \
     ''   using 1:($4 / m4) with linespoints ls 2 title "W_{hh}", \
     ''   using 1:($5 / m5) with linespoints lc rgb "#2ca02c" lw 1.2 pt 9 ps 0.4 title "W_{out}", \
     ''   using 1:($6 / m6) with linespoints lc rgb "#777777" lw 1 dt 2 pt 1 ps 0.4 title "A = W_{ih}E"
