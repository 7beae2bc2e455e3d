# figures/he2026/heatmap.gp — a grid of weight heatmaps, shared by Figs 3,
# 3b, 12, 13a, 17 and 22: theta (first layer) in the top row, xi (second
# layer) below, one column per checkpoint; rows are neurons, columns the 23
# real-DFT coordinates (or the 23 raw inputs with raw = 1). Each panel has
# its own symmetric colour range ±max|value| on the diverging map, times
# xi_frac for the xi row (the authors clip some xi panels at 0.85 max).
# Loaded by the figure scripts after they set:
#   data    features --heatmap output (blocks 2i: theta, 2i+1: xi at step i)
#   out     the PDF          nsteps  number of checkpoints (columns)
#   labels  their step labels, space-separated ("0 1000 5000")
#   raw     0: DFT coordinates, 1: raw weights       xi_frac  see above
#   ttl_in, ttl_out   title formats with one %s for the step
#   wide, high        size in cm
load 'figures/he2026/common.gp'
@PDF size wide * CM, high * CM
set output out
@DIVERGING
# by column number (row, col, value): the blocks have no column-name line
stats data index 0 using 1 nooutput
nrows = int(STATS_max) + 1
stats data index 0 using 2 nooutput
ncols = int(STATS_max) + 1
array M[2 * nsteps]
do for [b = 0 : 2 * nsteps - 1] {
    stats data index b using 3 nooutput
    M[b + 1] = (abs(STATS_min) > abs(STATS_max) ? abs(STATS_min) : abs(STATS_max)) * (b % 2 ? xi_frac : 1)
    if (M[b + 1] <= 0) { M[b + 1] = 1 }
}
set multiplot
left = 0.07; right = 0.99; top = 0.94; bottom = raw ? 0.09 : 0.13; gap = raw ? 0.08 : 0.15
pw = (right - left) / nsteps
ph = (top - bottom - gap) / 2
set xrange [-0.5 : ncols - 0.5]
set yrange [nrows - 0.5 : -0.5]
set ytics 0, (nrows > 12 ? 2 : 1), nrows - 1 font ",6" scale 0.3
set cbtics font ",6" scale 0.3
set tics out nomirror
unset grid
set border 15 lw 0.5
do for [i = 0 : nsteps - 1] {
    do for [layer = 0 : 1] {
        m = M[2 * i + layer + 1]
        set cbrange [-m : m]
        x0 = left + i * pw
        y0 = layer ? bottom : bottom + ph + gap
        set lmargin at screen x0 + 0.03
        set rmargin at screen x0 + pw - 0.065
        set tmargin at screen y0 + ph
        set bmargin at screen y0 + (raw ? 0.0 : 0.0)
        set colorbox user origin screen x0 + pw - 0.058, y0 size screen 0.008, ph
        set title sprintf(layer ? ttl_out : ttl_in, word(labels, i + 1)) font ",8" offset 0, -0.6
        if (raw) { set xtics 0, 2, ncols - 1 font ",6" scale 0.3 rotate by 0; if (layer) { set xlabel "Input / Output Dimension" font ",7" offset 0, 0.6 } else { unset xlabel } } \
        else { eval fourier_xtics(ncols); if (layer) { set xlabel "Fourier Mode" font ",7" offset 0, 1.6 } else { unset xlabel } }
        if (i == 0) { set ylabel "Neuron #" font ",7" offset 1.5, 0 } else { unset ylabel }
        plot data index 2 * i + layer using 2:1:3 with image notitle
    }
}
unset multiplot
