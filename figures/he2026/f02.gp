# figures/he2026/f02.gp — He et al. Fig. 2 (blog Fig. 2,
# phase_doubling_diagram), redrawn: the input weights theta[j] = cos(2 pi k
# j / p + phi) and output weights xi[j] = cos(2 pi k j / p + 2 phi) of one
# neuron, p = 32, k = 2, phi = -3 pi / 8, so the first peaks are at j = 3 and
# j = 6; the inset circle shows phi and 2 phi. Not data.
#   gnuplot -e "out='f02.pdf'" figures/he2026/f02.gp
if (!exists("out")) { print "usage: gnuplot -e \"out='FIG.pdf'\" figures/he2026/f02.gp"; exit status 2 }
load 'figures/he2026/common.gp'
P = 32; K = 2; phi = -3 * pi / 8
@PDF size W_FULL, 7 * CM
set output out
set multiplot layout 2, 1 margins 0.08, 0.78, 0.12, 0.92 spacing 0, 0.12
set xrange [-0.5 : P - 0.5]
set yrange [-1.25 : 1.25]
set xtics 0, 2, P - 1 font ",7"
set ytics 1 font ",7"
set grid
set title "θ[j] = cos(2πkj/p + φ): first peak at j = 3" font ",8"
set arrow 1 from 3, 1.2 to 3, 1.02 lc rgb NAVY filled size 0.4, 25
plot sample [j = 0 : P - 1 : 1] '+' using (j):(cos(2 * pi * K * j / P + phi)) with impulses lc rgb NAVY lw 2 notitle, \
     [j = 0 : P - 1 : 1] '+' using (j):(cos(2 * pi * K * j / P + phi)) with points pt 7 ps 0.45 lc rgb NAVY notitle
unset arrow 1
set title "ξ[j] = cos(2πkj/p + 2φ): first peak at j = 6" font ",8"
set xlabel "j" font ",8" offset 0, 0.5
set arrow 1 from 6, 1.2 to 6, 1.02 lc rgb RED filled size 0.4, 25
plot sample [j = 0 : P - 1 : 1] '+' using (j):(cos(2 * pi * K * j / P + 2 * phi)) with impulses lc rgb RED lw 2 notitle, \
     [j = 0 : P - 1 : 1] '+' using (j):(cos(2 * pi * K * j / P + 2 * phi)) with points pt 7 ps 0.45 lc rgb RED notitle
# the phase circle
unset arrow; unset xlabel; unset title; unset tics; unset border; unset grid
set lmargin at screen 0.81; set rmargin at screen 0.99; set bmargin at screen 0.25; set tmargin at screen 0.80
set size ratio -1
set xrange [-1.4 : 1.4]; set yrange [-1.4 : 1.4]
set parametric; set trange [0 : 2 * pi]
set arrow 1 from 0, 0 to cos(phi), sin(phi) lc rgb NAVY lw 1.5 filled size 0.12, 20
set arrow 2 from 0, 0 to cos(2 * phi), sin(2 * phi) lc rgb RED lw 1.5 filled size 0.12, 20
set label 1 "φ" at 1.12 * cos(phi), 1.12 * sin(phi) font ",9" tc rgb NAVY
set label 2 "2φ" at 1.15 * cos(2 * phi) - 0.15, 1.2 * sin(2 * phi) font ",9" tc rgb RED
plot cos(t), sin(t) with lines lc rgb GREY lw 0.8 notitle
unset multiplot
