# figures/he2026/f06.gp — He et al. Fig. 6 (blog Fig. 6,
# full_training_phase_distribution): the input phases phi_m of the R1 neurons
# whose dominant frequency is k (k = 3), as points (cos I phi, sin I phi) on
# circles of radius 1.0, 0.88, 0.76, 0.64 for I = 1, 2, 3, 4: uniform
# phases leave sum exp(i I phi) near 0 (the moments are in the report).
#   gnuplot -e "neurons='r1/neurons.tsv'; k=3; out='f06.pdf'" figures/he2026/f06.gp
if (!exists("neurons") || !exists("k") || !exists("out")) { print "usage: gnuplot -e \"neurons='NEURONS.tsv'; k=3; out='FIG.pdf'\" figures/he2026/f06.gp"; exit status 2 }
load 'figures/he2026/common.gp'
@PDF size 8 * CM, 8.6 * CM
set output out
set size ratio -1
set xrange [-1.12 : 1.12]
set yrange [-1.12 : 1.3]
unset xtics; unset ytics; unset border; unset grid
set xlabel "cos(φ_m)" offset 0, 1.5
set ylabel "sin(φ_m)" offset 3, 0
set key top center horizontal font ",8" samplen 1
set parametric
set trange [0 : 2 * pi]
r(i) = 1.0 - 0.12 * (i - 1)
sel(kk, v) = kk == k ? v : NaN
plot for [i = 1 : 4] r(i) * cos(t), r(i) * sin(t) with lines lc rgb "#dddddd" lw 0.6 notitle, \
     named(neurons) using (sel(column("k"), r(1) * cos(1 * column("phi")))):(r(1) * sin(1 * column("phi"))) with points pt 7 ps 0.45 lc rgb NAVY title "φ_m", \
     named(neurons) using (sel(column("k"), r(2) * cos(2 * column("phi")))):(r(2) * sin(2 * column("phi"))) with points pt 7 ps 0.45 lc rgb GREY title "2φ_m", \
     named(neurons) using (sel(column("k"), r(3) * cos(3 * column("phi")))):(r(3) * sin(3 * column("phi"))) with points pt 7 ps 0.45 lc rgb GOLD title "3φ_m", \
     named(neurons) using (sel(column("k"), r(4) * cos(4 * column("phi")))):(r(4) * sin(4 * column("phi"))) with points pt 7 ps 0.45 lc rgb RED title "4φ_m"
