# figures/swaroop2026/fig1.gp — Swaroop 2026, Fig. 1: the input weights W_a
# of six structured neurons of the clean model (blue), each beside its ideal
# square wave (gray: same frequency and phase, levels the medians over the
# half-periods; experiments/swaroop2026/README.md §5.3). One panel per
# neuron; the x range shows at most five periods, as in the paper.
#
#   gnuplot -e "data='waves.tsv'; out='fig1.pdf'" figures/swaroop2026/fig1.gp
#
# data is `spectrum MODEL --waves 6` output: one gnuplot block per neuron,
# headed "# neuron I freq NU" and "# j w_a ideal_a w_b ideal_b" (read by
# these column names). Fig. 2
# (fig2.gp) is this script with side = "b" (W_b, in red). Panels: as many as
# blocks (up to six, two rows of three).
if (!exists("side")) side = "a"
if (!exists("data") || !exists("out")) {
    print sprintf("usage: gnuplot -e \"data='WAVES.tsv'; out='FIG.pdf'\" figures/swaroop2026/fig%d.gp", side eq "a" ? 1 : 2)
    exit status 2
}
load 'figures/style.gp'

wcol = "w_" . side                       # the weights, and their ideal square wave
icol = "ideal_" . side
lstyle = side eq "a" ? 1 : 2
wname = side eq "a" ? "W_{a}" : "W_{b}"
neurons = system(sprintf("awk '/^# neuron/ { print $3 }' '%s'", data))
freqs = system(sprintf("awk '/^# neuron/ { print $5 }' '%s'", data))
n = words(freqs)
if (n < 1) { print sprintf("fig%d.gp: %s: no '# neuron I freq NU' blocks", side eq "a" ? 1 : 2, data); exit status 1 }
# every block's column names: its "# j w_a ..." line without the '#' (a
# block file, which named() does not read; sed's complaint dropped: gnuplot
# closes the pipe once it has read block 0)
load 'figures/columns.gp'
table = sprintf("< sed 's/^# j/j/' '%s' 2> /dev/null", data)
stats table index 0 using "j" nooutput
p = STATS_records
stats table using wcol:icol nooutput
lo = STATS_min_x < STATS_min_y ? STATS_min_x : STATS_min_y
hi = STATS_max_x > STATS_max_y ? STATS_max_x : STATS_max_y
pad = 0.12 * (hi - lo)

rows = n > 3 ? 2 : 1
cols = ceil(n * 1.0 / rows)
@PDF size W_FULL, (rows == 2 ? 8.6 : 4.8) * CM
set output out
set multiplot layout rows, cols margins 0.075, 0.985, (rows == 2 ? 0.09 : 0.16), (rows == 2 ? 0.87 : 0.76) spacing 0.06, (rows == 2 ? 0.15 : 0.1)
set yrange [lo - pad : hi + pad]
set ytics 0.5 format "%.1f"
set mxtics 1
do for [k = 1:n] {
    nu = word(freqs, k) + 0
    xmax = 5.0 * p / nu < p - 1 ? 5.0 * p / nu : p - 1
    set xrange [0 : xmax]
    set xtics autofreq format "%g"
    set title sprintf("neuron %s,  ν = %d", word(neurons, k), nu) font ",9"
    set xlabel (k > n - cols ? "input index {/:Italic j}" : "") offset 0, 0.4
    set ylabel ((k - 1) % cols == 0 ? sprintf("%s[{/:Italic j}]", wname) : "") offset 1, 0
    # legend: one line across the top of the page, drawn once with the first panel
    if (k == 1) {
        set arrow 91 from screen 0.30, 0.972 to screen 0.35, 0.972 nohead ls 3
        set label 91 "ideal square wave" at screen 0.36, 0.972 left
        set arrow 92 from screen 0.55, 0.972 to screen 0.60, 0.972 nohead ls lstyle
        set label 93 "" at screen 0.575, 0.972 point ls lstyle
        set label 92 sprintf("trained %s", wname) at screen 0.61, 0.972 left
    } else {
        unset arrow 91; unset arrow 92; unset label 91; unset label 92; unset label 93
    }
    plot table index (k - 1) using "j":icol with histeps ls 3, \
         ''    index (k - 1) using "j":wcol with linespoints ls lstyle
}
unset multiplot
