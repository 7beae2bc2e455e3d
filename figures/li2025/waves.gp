# waves.gp — Li et al. 2025 Figs 1, 5, 7 (and X2, X3): five random neurons,
# one per row: left, the first input's weights u_{i,1}(a) (red dots) and
# their trigonometric interpolant (pale blue); right, the one-sided
# normalised Fourier power |u_hat(j)|^2 / sum.
# Args: data (sparsity --waves 5: three blocks per neuron), label (title).
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 17*CM
set output out
set multiplot layout 5, 2 title label font ",10" margins 0.09, 0.98, 0.07, 0.93 spacing 0.08, 0.035
stats named_blocks(data) index 0 using "a" nooutput
p = STATS_records
half = (p - 1) / 2
do for [r = 0:4] {
    set xrange [-0.5:p - 0.5]
    xstep = p > 20 ? int(p / 8) : 1
    set xtics xstep
    set ylabel sprintf("u_{%d}(a)", r + 1) offset 1, 0
    if (r == 4) { set xlabel "input a" } else { unset xlabel }
    plot named_blocks(data) index 3*r + 1 using "x":"u" with lines lc rgb "#9ecae1" lw 2, \
         named_blocks(data) index 3*r using "a":"u" with points pt 7 ps 0.35 lc rgb "#d62728"
    set xrange [-0.5:half + 0.5]
    xstep = half > 12 ? int(half / 6) : 1
    set xtics xstep
    set yrange [0:1.05]
    set ylabel "power" offset 1, 0
    if (r == 4) { set xlabel "frequency j" } else { unset xlabel }
    plot named_blocks(data) index 3*r + 2 using "j":"power" with boxes fs solid 0.8 lc rgb C_A
    set autoscale y
}
unset multiplot
