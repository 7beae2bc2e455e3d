# figures/rangamani2025/fig4.gp — Rangamani 2025, Fig. 4
# (experiments/rangamani2025/README.md §5.5): the Fourier multiplication in
# the final layer at the main model's strongest key frequency k:
# z^c(a, b) = f_{2k-1} . W_out h2(a, b) over all pairs, and its fit
# alpha cos(w(a+b)) + beta sin(w(a+b)) + gamma.
#
#   gnuplot -e "data='fmgrid.tsv'; out='fig4.pdf'" figures/rangamani2025/fig4.gp
#
# data is rnn-spectrum --fm-grid output: "# k K", then two p x p blocks.
if (!exists("data") || !exists("out")) {
    print "usage: gnuplot -e \"data='FMGRID.tsv'; out='FIG.pdf'\" figures/rangamani2025/fig4.gp"
    exit status 2
}
load 'figures/style.gp'
k = system("awk 'NR == 1 { print $3 }' '".data."'")
# fmgrid.tsv has no column names (two p x p matrices): in matrix mode
# column 3 is the value z
stats data index 0 matrix using 3 nooutput
zmax = STATS_max > -STATS_min ? STATS_max : -STATS_min
@PDF size W_FULL, 7.6 * CM
set output out
set palette defined (0 '#b2182b', 0.5 '#f7f7f7', 1 '#2166ac')
set cbrange [-zmax : zmax]
unset grid
set size ratio -1
set xlabel "b" offset 0, 0.4
set ylabel "a" offset 1, 0
set autoscale xfix
set autoscale yfix
set multiplot layout 1, 2 margins 0.06, 0.88, 0.12, 0.92 spacing 0.08, 0
set title sprintf("z^{c}_{k}(a, b), k = %s", k) font ",9"
unset colorbox
plot data index 0 matrix with image
set title "fit α cos ω_{k}(a+b) + β sin ω_{k}(a+b) + γ" font ",9"
set colorbox user origin 0.90, 0.12 size 0.02, 0.8
unset ylabel
plot data index 1 matrix with image
unset multiplot
