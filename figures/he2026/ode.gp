# figures/he2026/ode.gp — the three panels of the decoupled-flow figures 23 and
# 24 (experiments/he2026/README.md §5.7): psi* (red) and 2 phi* (navy);
# D* = wrap(2 phi - psi); alpha* (navy) and beta* (red), against time = step x
# lr. Loaded after the figure script sets data (dynamics ode rows: t alpha beta
# phi psi two_phi D other_max), out, and vline (the time of a dashed reference
# line, or NaN; with a line, D = pi/2 is drawn and labelled too).
load 'figures/he2026/common.gp'
@PDF size 10 * CM, 12.5 * CM
set output out
set multiplot layout 3, 1 margins 0.15, 0.96, 0.07, 0.95 spacing 0, 0.09
set xtics font ",7"
set ytics font ",7"
set grid
set key font ",7" samplen 1.5
if (vline == vline) { set arrow 1 from vline, graph 0 to vline, graph 1 nohead lc rgb GREY dt 2 lw 1.2 }
set title "Dynamics of Phase Alignment" font ",9"
set ylabel "Phase (radians)" font ",8"
set key top right
plot named(data) using "t":"psi" with lines lc rgb RED lw 1.8 title "ψ*", \
     ''   using "t":"two_phi" with lines lc rgb NAVY lw 1.8 title "2φ*"
set title "Dynamics of Phase Difference" font ",9"
if (vline == vline) { set arrow 2 from graph 0, first pi / 2 to graph 1, first pi / 2 nohead lc rgb GREY dt 2 lw 1.2; set label 2 "D*_m = π/2" at graph 0.05, first pi / 2 - 0.35 font ",8" }
plot named(data) using "t":"D" with lines lc rgb NAVY lw 1.8 title "D*"
unset arrow 2; unset label 2
set title "Magnitude Evolution" font ",9"
set ylabel "Magnitude" font ",8"
set xlabel "Time" font ",8" offset 0, 0.4
set key top left
plot named(data) using "t":"alpha" with lines lc rgb NAVY lw 1.8 title "α*", \
     ''   using "t":"beta" with lines lc rgb RED lw 1.8 title "β*"
unset multiplot
