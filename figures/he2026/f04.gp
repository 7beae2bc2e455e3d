# figures/he2026/f04.gp — He et al. Fig. 4 (blog Fig. 4,
# full_training_para_origin_lineplot_in/_out): raw weights ("Actual", navy
# dotted with circles) of three neurons of Fig. 3 (rows 0, 2, 4 of its
# frequency-ordered set) beside the cosine kept from their two largest DFT
# coordinates ("Fitted", red); theta_m left, xi_m right.
#   gnuplot -e "data='r1/f4_lines.tsv'; out='f04.pdf'" figures/he2026/f04.gp
# data is features --lines --sort-freq output: one block per neuron,
# columns j theta theta_fit xi xi_fit, a "# neuron N k K" line before each.
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='LINES.tsv'; out='FIG.pdf'\" figures/he2026/f04.gp"; exit status 2 }
load 'figures/he2026/common.gp'
neuron_of(b) = system(sprintf("awk '/^# neuron/ { if (n++ == %d) { print $3 \" (k* = \" $5 \")\"; exit } }' '%s'", b, data))
@PDF size W_FULL, 11 * CM
set output out
set multiplot layout 3, 2 margins 0.08, 0.98, 0.09, 0.92 spacing 0.07, 0.07
set yrange [-0.9 : 0.9]
set xrange [-0.5 : 22.5]
set xtics 0, 2, 22 font ",7"
set ytics 0.4 font ",7"
set grid
blocks = "0 2 4"
do for [r = 1 : 3] {
    b = int(word(blocks, r))
    do for [layer = 0 : 1] {
        if (r == 1) { set title (layer ? "Second-Layer Parameters ξ_m" : "First-Layer Parameters θ_m") font ",9" } else { unset title }
        if (r == 3) { set xlabel (layer ? "Output Dimension" : "Input Dimension") font ",8" offset 0, 0.4 } else { unset xlabel }
        set ylabel sprintf("Neuron #%d", r) font ",8" offset 1, 0
        set label 1 sprintf("neuron %s", neuron_of(b)) at graph 0.02, 0.9 font ",7" front
        if (r == 1 && layer == 0) { set key top right font ",7" samplen 1.5 } else { unset key }
        # by column number: a block file, each block under its own "# j ..." line
        plot data index b using 1:(column(2 + 2 * layer)) with linespoints lc rgb NAVY dt 3 pt 6 ps 0.4 lw 1 title "Actual", \
             ''   index b using 1:(column(3 + 2 * layer)) with lines lc rgb RED lw 1.5 title "Fitted"
    }
}
unset multiplot
