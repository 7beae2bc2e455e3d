# figures/he2026/logits4.gp — four panels of ideal-network logits against the
# prediction z, one per input pair, shared by Figs 19 and 20. Loaded after
# the figure script sets data (dynamics --logits output: one block per pair,
# a "# pair X Y true Z" line first), out, ncurves, labels (legend entries,
# "|"-separated), and the functions ycol(i) (column of curve i) and sdcol(i)
# (column of its SD, or 0 for none). Curves 1..ncurves-1 run from light to
# navy (white -> navy at 0.3 .. 0.9), the last is red; a dashed grey line
# marks the true answer.
load 'figures/he2026/common.gp'
mix(a, b, f) = int(a + (b - a) * f)
gradient(f) = mix(255, 13, f) * 65536 + mix(255, 39, f) * 256 + mix(255, 88, f)
colour(i) = i == ncurves ? 0xA32015 : gradient(0.3 + 0.6 * (i - 1) / (ncurves > 2 ? ncurves - 2 : 1))
label(i) = system(sprintf("echo '%s' | cut -d'|' -f%d", labels, i))
pairinfo(b, f) = system(sprintf("awk '/^# pair/ { if (n++ == %d) { print $%d; exit } }' '%s'", b, f + 2, data))
@PDF size W_FULL, 6.2 * CM
set output out
set multiplot layout 1, 4 margins 0.07, 0.99, 0.30, 0.90 spacing 0.04, 0
set xrange [0 : 22]
set xtics 0, 4, 20 font ",7"
set ytics font ",7"
set grid
set xlabel "Prediction" font ",8" offset 0, 0.4
set style fill transparent solid 0.2 noborder
do for [b = 0 : 3] {
    set title sprintf("(x,y) = (%s,%s)", pairinfo(b, 1), pairinfo(b, 2)) font ",8"
    if (b == 0) { set ylabel "Output Logit" font ",8" offset 1, 0 } else { unset ylabel }
    zt = real(pairinfo(b, 4))
    set arrow 1 from zt, graph 0 to zt, graph 1 nohead lc rgb "#999999" dt 2 lw 1.2
    unset key
    # by column number: a block file, one column-name line per block
    plot for [i = 1 : ncurves] data index b using 1:(column(ycol(i)) - (sdcol(i) ? column(sdcol(i)) : 0)):(column(ycol(i)) + (sdcol(i) ? column(sdcol(i)) : 0)) with filledcurves lc rgb colour(i) notitle, \
         for [i = 1 : ncurves] data index b using 1:(column(ycol(i))) with lines lc rgb colour(i) lw 1.6 notitle
}
# the legend, in a blank full-width plot along the bottom
unset arrow 1; unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid
set lmargin at screen 0.05; set rmargin at screen 0.95; set bmargin at screen 0.0; set tmargin at screen 0.12
set key center center horizontal maxrows 1 font ",8" samplen 2 width 2
set xrange [0 : 1]; set yrange [0 : 1]
plot for [i = 1 : ncurves] NaN with lines lc rgb colour(i) lw 1.6 title label(i)
unset multiplot
