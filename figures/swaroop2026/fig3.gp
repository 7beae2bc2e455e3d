# figures/swaroop2026/fig3.gp — Swaroop 2026, Fig. 3: (a) final validation
# accuracy of the trained model against the label-noise level α, ours (line)
# and the paper's Table 2 values (open circles); (b) mean periodicity
# per(W_a) over all hidden neurons against α (final checkpoints), with the
# number of structured neurons on the right axis.
#
#   gnuplot -e "data='noise.tsv'; out='fig3.pdf'" figures/swaroop2026/fig3.gp
#
# data is noise.tsv (run-table.sh), read by its header's column names (alpha,
# real, mean_per, structured, paper_real: NaN where the paper gives no
# value). Every run in the file is drawn, however many there are.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='NOISE.tsv'; out='FIG.pdf'\" figures/swaroop2026/fig3.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
data = named(data)
stats data using "alpha" nooutput
amax = STATS_max
@PDF size W_FULL, 6.4 * CM
set output out
set multiplot layout 1, 2 margins 0.07, 0.93, 0.17, 0.90 spacing 0.12, 0
set xrange [-0.01 : amax + 0.01]
set xlabel "label noise α" offset 0, 0.3
set xtics 0.05 format "%.2f"

set title "(a) validation accuracy (final checkpoint)" font ",9"
set yrange [0 : 1.04]
set ytics 0.2 format "%.1f"
set ylabel "validation accuracy" offset 0.5, 0
set key top right
plot data using "alpha":"real" with linespoints ls 5 title "this reproduction", \
     ''   using "alpha":"paper_real" with points ls 6 title "paper (Table 2)"

set title "(b) mean periodicity of W_{a} (all neurons)" font ",9"
set yrange [0 : *]
set ytics autofreq format "%g" nomirror
set ylabel "mean periodicity" offset 0.5, 0
set y2range [0 : *]
set y2tics autofreq format "%g" nomirror out scale 0.5
set y2label "structured neurons" offset -0.5, 0
set border 11 lw 0.8
set key top right
plot data using "alpha":"mean_per" with linespoints ls 5 title "mean periodicity", \
     ''   using "alpha":"structured" axes x1y2 with linespoints ls 7 title "structured neurons (right axis)"
unset multiplot
