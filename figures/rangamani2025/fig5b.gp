# figures/rangamani2025/fig5b.gp — Rangamani 2025, Fig. 5b
# (experiments/rangamani2025/README.md §5.6): accuracy on all pairs when the m
# most energetic frequencies of E are projected out at each site; the band is
# the min-max over every m-subset of the key frequencies at "both"; the dashed
# line is the mean over random non-key frequency sets at "both"; the dotted line
# is chance, 1/p.
#
#   gnuplot -e "data='ablation_multi.tsv'; p=113; out='fig5b.pdf'" figures/rangamani2025/fig5b.gp
#
# data is ablation.awk mode=multi output: m top_input top_output top_both
# subset_min subset_mean subset_max control_mean control_min; p is the modulus.
if (!exists("data") || !exists("p") || !exists("out")) {
    print "usage: gnuplot -e \"data='ABLATION_MULTI.tsv'; p=P; out='FIG.pdf'\" figures/rangamani2025/fig5b.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
@PDF size 11 * CM, 7 * CM
set output out
set margins 8, 2, 3, 1
set yrange [0 : 1.05]
set ytics 0.2 format "%.1f"
set xtics 1
set ylabel "accuracy (all pairs)" offset 1, 0
set xlabel "number of ablated frequencies m" offset 0, 0.3
set key top right
set style fill transparent solid 0.25 noborder
plot named(data) using "m":"subset_min":"subset_max" with filledcurves lc rgb C_B title "key subsets, both (min–max)", \
     ''        using "m":"top_input" with linespoints ls 5 title "top-m, input", \
     ''        using "m":"top_output" with linespoints ls 7 title "top-m, output", \
     ''        using "m":"top_both" with linespoints lc rgb C_B lw 1.5 pt 5 ps 0.45 title "top-m, both", \
     ''        using "m":"control_mean" with lines lc rgb "#444444" lw 1.2 dt 2 title "random non-key, both (mean)", \
     1.0 / p with lines lc rgb "#888888" dt 3 title "chance 1/p"
