# figures/he2026/neuron_phase.gp — one neuron's phase alignment and magnitude
# growth at its final dominant frequency, shared by Figs 9 and 13b. Top:
# phi* (grey circles), psi* (red crosses), 2 phi* (navy triangles); bottom:
# alpha* (navy) and beta* (red). Loaded after the figure script sets
#   data (features --neuron output), last (largest step drawn), out, wide,
#   high (cm), run (a label for the titles).
load 'figures/he2026/common.gp'
kf = int(system(sprintf("awk '!/^#/ { print $10; exit }' '%s'", data)))
sel(k, s, v) = (k == kf && s <= last) ? v : NaN
@PDF size wide * CM, high * CM
set output out
set multiplot layout 2, 1 margins 0.14, 0.97, 0.10, 0.92 spacing 0, 0.14
set xrange [0 : last]
set xtics font ",7"
set ytics font ",7"
set grid
set title sprintf("%s: Phase Alignment of Neuron m (k* = %d)", run, kf) font ",9"
set ylabel "phase" font ",8"
set key top right font ",7" samplen 1.5 spacing 1
plot named(data) using "step":(sel(column("k"), column("step"), column("phi"))) with linespoints lc rgb GREY pt 6 ps 0.35 lw 1 title "φ*_m", \
     ''   using "step":(sel(column("k"), column("step"), column("psi"))) with linespoints lc rgb RED pt 2 ps 0.4 lw 1 title "ψ*_m", \
     ''   using "step":(sel(column("k"), column("step"), column("two_phi"))) with linespoints lc rgb NAVY pt 8 ps 0.4 lw 1 title "2φ*_m"
set title "Magnitude Growth of Neuron m" font ",9"
set ylabel "magnitude" font ",8"
set xlabel "Step" font ",8" offset 0, 0.4
set key top left
plot named(data) using "step":(sel(column("k"), column("step"), column("alpha"))) with linespoints lc rgb NAVY pt 6 ps 0.35 lw 1 title "α*_m", \
     ''   using "step":(sel(column("k"), column("step"), column("beta"))) with linespoints lc rgb RED pt 2 ps 0.4 lw 1 title "β*_m"
unset multiplot
