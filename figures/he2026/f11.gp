# figures/he2026/f11.gp — He et al. Fig. 11 (blog Fig. 11,
# lottery_beta_contour): the final magnitude beta after 100 Euler steps of the
# decoupled flow at frequency 1 (experiments/he2026/README.md §5.8) against the
# initial magnitude kappa0 and the initial phase difference D0 = 2 phi0, in 12
# colour bands of the diverging map; dotted white line at D0 = pi, where the
# flow is stuck.
#   gnuplot -e "data='contour.tsv'; out='f11.pdf'" figures/he2026/f11.gp
# data: dynamics contour (kappa0 D0 beta_final D_final, a block per kappa0).
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='CONTOUR.tsv'; out='FIG.pdf'\" figures/he2026/f11.gp"; exit status 2 }
load 'figures/he2026/common.gp'
stats named(data) using "beta_final" nooutput
lo = STATS_min; hi = STATS_max
stats named(data) using "kappa0" nooutput
kmin = STATS_min; kmax = STATS_max
@PDF size 9 * CM, 8 * CM
set output out
set view map
set pm3d map interpolate 3, 3 corners2color c1
@DIVERGING
set palette maxcolors 12
set cbrange [lo : hi]
set cbtics 0.008 format "%.3f" font ",7"
set xrange [kmin : kmax]
set yrange [0 : 2 * pi]
set xtics 0.002 format "%.3f" font ",7"
set ytics ("0" 0, "π/2" pi / 2, "π" pi, "3π/2" 3 * pi / 2, "2π" 2 * pi) font ",7"
set xlabel "Initial Magnitude" font ",8"
set ylabel "Initial Phase Difference" font ",8" offset 1, 0
set title "Contour of Final Magnitude" font ",9"
unset grid
set arrow 1 from kmin, pi to kmax, pi nohead front lc rgb "white" lw 1.2 dt 3
splot named(data) using "kappa0":"D0":"beta_final" with pm3d notitle
