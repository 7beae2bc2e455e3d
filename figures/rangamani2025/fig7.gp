# figures/rangamani2025/fig7.gp — Rangamani 2025, Fig. 7
# (experiments/rangamani2025/README.md §5.7, a project extension): robustness
# (the largest m whose top-m ablation at "both" keeps accuracy >= 0.99) against
# the number of frequencies holding 90% of W_out's non-constant energy, one
# point per ReLU model that reached 99% test accuracy, coloured by weight decay,
# labelled by H.
#
#   gnuplot -e "data='tradeoff.tsv'; out='fig7.pdf'" figures/rangamani2025/fig7.gp
#
# data is tradeoff.sh output: run wd H test_acc grokked nfreq90 nkeys robust.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='TRADEOFF.tsv'; out='FIG.pdf'\" figures/rangamani2025/fig7.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
@PDF size 11 * CM, 7 * CM
set output out
set margins 8, 9, 3, 1
set xlabel "frequencies for 90% of W_{out} energy" offset 0, 0.3
set ylabel "robustness (max m with acc ≥ 0.99)" offset 1, 0
set xrange [0 : *]
set yrange [-0.5 : *]
set xtics 1
set ytics 1
set logscale cb
set cblabel "weight decay λ" offset -1, 0
plot named(data) using (column("grokked") > 0.5 ? column("nfreq90") : NaN):"robust":"wd" with points pt 7 ps 0.8 lc palette, \
     ''        using (column("grokked") > 0.5 ? column("nfreq90") : NaN):"robust":(sprintf("H=%d", column("H"))) with labels offset 0, 0.7 font ",7"
