# figures/rangamani2025/fig5a.gp — Rangamani 2025, Fig. 5a
# (experiments/rangamani2025/README.md §5.6): accuracy on all p^2 pairs after
# projecting one key frequency out of the input (E), the output (W_out) or both;
# "none" is the unablated model.
#
#   gnuplot -e "data='ablation_single.tsv'; out='fig5a.pdf'" figures/rangamani2025/fig5a.gp
#
# data is ablation.awk mode=single output: k input output both.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='ABLATION_SINGLE.tsv'; out='FIG.pdf'\" figures/rangamani2025/fig5a.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
@PDF size 11 * CM, 6.5 * CM
set output out
set margins 8, 2, 3, 1
set style data histogram
set style histogram cluster gap 1
set style fill solid 1.0 noborder
set boxwidth 0.9
set yrange [0 : 1.15]
set ytics 0.2 format "%.1f"
set ylabel "accuracy (all pairs)" offset 1, 0
set xlabel "ablated key frequency" offset 0, 0.3
set key top center horizontal
plot named(data) using "input":xtic(strcol("k")) lc rgb C_A title "input (E)", \
     ''        using "output" lc rgb C_ALT title "output (W_{out})", \
     ''        using "both" lc rgb C_B title "both"
