# figures/rangamani2025/fig6.gp — Rangamani 2025, Fig. 6
# (experiments/rangamani2025/README.md §5.4): neuron attribution of the main
# model: (a) the number of hidden neurons whose 2-D activation pattern h2(a, b)
# is explained best by each frequency (key frequencies dark); (b) the histogram
# of the fraction of variance that frequency explains (FVE).
#
#   gnuplot -e "data='neurons.tsv'; out='fig6.pdf'" figures/rangamani2025/fig6.gp
#
# data is rnn-spectrum --neurons output: neuron k fve key.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='NEURONS.tsv'; out='FIG.pdf'\" figures/rangamani2025/fig6.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
@PDF size W_FULL, 6.4 * CM
set output out
set multiplot layout 1, 2 margins 0.08, 0.98, 0.17, 0.90 spacing 0.10, 0
set style fill solid 1.0 noborder
set title "(a) neurons per best frequency" font ",9"
set xlabel "frequency k" offset 0, 0.3
set ylabel "neurons" offset 1, 0
set boxwidth 0.8
set yrange [0 : *]
set offsets 1, 1, 0, 0
plot named(data) using "k":(1 - column("key")) smooth frequency with boxes lc rgb "#9ab5d6", \
     ''        using "k":"key" smooth frequency with boxes lc rgb C_A
set title "(b) fraction of variance explained" font ",9"
set xlabel "FVE of the best frequency" offset 0, 0.3
set offsets 0, 0, 0, 0
set xrange [0 : 1]
set boxwidth 0.045
bin(x) = 0.05 * floor(x / 0.05) + 0.025
plot named(data) using (bin(column("fve"))):(1) smooth frequency with boxes lc rgb C_A
unset multiplot
