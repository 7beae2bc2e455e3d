# figures/he2026/f05.gp — He et al. Fig. 5 (blog Fig. 5,
# full_training_phase_relationship): output phase psi_m against the
# normalised doubled input phase 2 phi_m for every neuron of R1 at the end of
# training; the wrap-around points (opposite signs, |2 phi| > 2.8) are left
# out as the authors do (their count in the title); dashed: psi = 2 phi.
#   gnuplot -e "neurons='r1/neurons.tsv'; summary='r1/summary.tsv'; out='f05.pdf'" figures/he2026/f05.gp
# neurons: features output (two_phi column 7, psi 6, wrap_outlier 13).
if (!exists("neurons") || !exists("summary") || !exists("out")) { print "usage: gnuplot -e \"neurons='NEURONS.tsv'; summary='SUMMARY.tsv'; out='FIG.pdf'\" figures/he2026/f05.gp"; exit status 2 }
load 'figures/he2026/common.gp'
@PDF size 8 * CM, 8 * CM
set output out
set size ratio -1
set xrange [-1.1 * pi : 1.1 * pi]
set yrange [-1.1 * pi : 1.1 * pi]
@PHASE_XTICS
@PHASE_YTICS
set xlabel "Normalized 2φ_m"
set ylabel "ψ_m" offset 1, 0
set title sprintf("R1: %s neurons, %s wrap-around points dropped\nmean |sin(ψ − 2φ)| = %.3f", kv(summary, "neurons"), kv(summary, "wrap_outliers"), real(kv(summary, "abs_sin_mean"))) font ",8"
plot x with lines lc rgb GREY dt 2 lw 1.2 notitle, \
     named(neurons) using (column("wrap_outlier") > 0 ? NaN : column("two_phi")):"psi" with points pt 7 ps 0.3 lc rgb NAVY notitle
