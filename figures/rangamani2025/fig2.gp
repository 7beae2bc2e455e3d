# figures/rangamani2025/fig2.gp — Rangamani 2025, Fig. 2
# (experiments/rangamani2025/README.md §5.1, §6): the Fourier spectra of five
# token-axis matrices of the main model: the share e_k / sum e of each frequency
# k = 0..K in E, A = W_ih E, h1, G = W_hh h1 and W_out. Key frequencies
# (selected on E) in the darker colour.
#
#   gnuplot -e "data='energies.tsv'; out='fig2.pdf'" figures/rangamani2025/fig2.gp
#
# data is rnn-spectrum --energies output: k E A h1 G W_out key.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='ENERGIES.tsv'; out='FIG.pdf'\" figures/rangamani2025/fig2.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
stats named(data) using "k" nooutput
K = STATS_max
@PDF size W_FULL, 12 * CM
set output out
set multiplot layout 5, 1 margins 0.08, 0.98, 0.07, 0.97 spacing 0, 0.035
set style fill solid 1.0 noborder
set boxwidth 0.8
set xrange [-0.7 : K + 0.7]
set yrange [0 : *]
set ytics 0.1 format "%.1f"
set xtics 5
set format x ""
columns = "E A h1 G W_out"
names = "E A=W_{ih}E h_{1} G=W_{hh}h_{1} W_{out}"
do for [m = 1:5] {
    if (m == 5) { set format x "%g"; set xlabel "frequency k" offset 0, 0.4 }
    set label 1 word(names, m) at graph 0.98, 0.8 right font ",9"
    plot named(data) using "k":(column(word(columns, m)) * (1 - column("key"))) with boxes lc rgb "#9ab5d6", \
         ''        using "k":(column(word(columns, m)) * column("key")) with boxes lc rgb C_A
}
unset multiplot
