# figures/rangamani2025/fig3b.gp — Rangamani 2025, Fig. 3b
# (experiments/rangamani2025/README.md §5.3): the frequency share (colour, 0-1)
# of each of the first 16 singular vectors of E, W_ih, W_hh and W_out, mapped to
# token space (svd-lowrank --vectors).
#
#   gnuplot -e "dir='data/full/rangamani2025/main'; out='fig3b.pdf'" figures/rangamani2025/fig3b.gp
#
# dir holds vec_E.tsv, vec_W_ih.tsv, vec_W_hh.tsv, vec_W_out.tsv: 16 rows
# (singular vectors) of K+1 frequency shares.
if (!exists("dir") || !exists("out")) {
    print "usage: gnuplot -e \"dir='RUN_DIR'; out='FIG.pdf'\" figures/rangamani2025/fig3b.gp"
    exit status 2
}
load 'figures/style.gp'
@PDF size W_FULL, 10 * CM
set output out
set palette defined (0 '#ffffff', 0.3 '#9ab5d6', 1 '#08306b')
set cbrange [0 : 1]
set yrange [15.5 : -0.5]
set autoscale xfix
set ytics ("1" 0, "4" 3, "8" 7, "12" 11, "16" 15)
unset grid
set multiplot layout 2, 2 margins 0.07, 0.90, 0.10, 0.95 spacing 0.06, 0.10
files = "vec_E vec_W_ih vec_W_hh vec_W_out"
names = "E W_{ih}:r^{T}E W_{hh}:r^{T}h_{1} W_{out}"
do for [m = 1:4] {
    set title word(names, m) font ",9"
    if (m > 2) { set xlabel "frequency k" offset 0, 0.4 } else { unset xlabel }
    if (m % 2) { set ylabel "singular vector" offset 1, 0 } else { unset ylabel }
    if (m == 4) { set colorbox user origin 0.92, 0.10 size 0.02, 0.85; set cbtics 0.2 } else { unset colorbox }
    plot dir.'/'.word(files, m).'.tsv' matrix with image
}
unset multiplot
