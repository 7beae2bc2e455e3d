# attn.gp — Li et al. 2025 Figs 3, 9, 10: four random heads of a one-block
# transformer, one per row: left, W^KQ in token coordinates A[a, b] (key
# token a, query token b; diverging palette); right, its fftshift-ed 2-D
# Fourier power, normalised to sum 1.
# Args: data (attention --heads 4: two blocks per head), label.
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 22*CM
set output out
stats named_blocks(data) index 0 using "a" nooutput
p = int(STATS_max) + 1
half = (p - 1) / 2
array lim[4]
do for [r = 0:3] {
    stats named_blocks(data) index 2*r using "A" nooutput
    lim[r + 1] = abs(STATS_max) > abs(STATS_min) ? abs(STATS_max) : abs(STATS_min)
}
set multiplot layout 4, 2 title label font ",10" margins 0.08, 0.92, 0.05, 0.94 spacing 0.12, 0.05
unset grid
set size ratio -1
set tics scale 0.3
do for [r = 0:3] {
    set palette defined (0 '#2166ac', 1 '#f7f7f7', 2 '#b2182b')
    set xrange [-0.5:p - 0.5]
    set yrange [-0.5:p - 0.5]
    set xlabel "query token b" offset 0, 0.8
    set ylabel "key token a" offset 1.5, 0
    set cbrange [-lim[r + 1]:lim[r + 1]]
    plot named_blocks(data) index 2*r using "b":"a":"A" with image
    set palette defined (0 '#ffffff', 1 '#fde725', 2 '#35b779', 3 '#31688e', 4 '#440154')
    set xrange [-half - 0.5:half + 0.5]
    set yrange [-half - 0.5:half + 0.5]
    set xlabel "j_2" offset 0, 0.8
    set ylabel "j_1" offset 1.5, 0
    set cbrange [0:*]
    plot named_blocks(data) index 2*r + 1 using "j2":"j1":"power" with image
}
unset multiplot
