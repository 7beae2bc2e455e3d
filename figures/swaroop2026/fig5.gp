# figures/swaroop2026/fig5.gp — Swaroop 2026, Fig. 5: φ_out against the
# wrapped φ_a + φ_b for every hidden neuron at six label-noise levels (final
# checkpoints), coloured by per(W_a) on one shared scale; dashed:
# φ_out = φ_a + φ_b. Panel titles: α, r over all neurons (and with the
# phases at each vector's own bin) and r′ over the structured ones
# (per(W_a) > thr).
#
#   gnuplot -e "neurons='A/neurons.tsv B/neurons.tsv ...'; summaries='A/summary.tsv B/summary.tsv ...'; \
#               alphas='0.00 0.05 ...'; thr=12; out='fig5.pdf'" figures/swaroop2026/fig5.gp
#
# One panel per word of neurons (up to six: two rows of three), with the
# summary and the label noise α of the same run. neurons: spectrum's
# per-neuron table (phase_sum_nu, phase_out_nu: the phases of W_b and W_out
# read at W_a's frequency nu; per_a); summaries: spectrum --summary (r_all,
# r_structured, structured; r_all_own with the phases at each vector's own bin).
if (!exists("neurons") || !exists("summaries") || !exists("alphas") || !exists("thr") || !exists("out")) {
    print "usage: gnuplot -e \"neurons='N1 N2 ...'; summaries='S1 S2 ...'; alphas='A1 A2 ...'; thr=T; out='FIG.pdf'\" figures/swaroop2026/fig5.gp"
    exit status 2
}
load 'figures/style.gp'
load 'figures/columns.gp'
kv(file, key) = system(sprintf("awk -F'\t' '$1 == \"%s\" { print $2 }' '%s'", key, file))
r3(s) = (s eq "" || s eq "nan" || s eq "-nan") ? "n/a" : sprintf("%.3f", real(s))
# the neurons of panel k, most periodic last (on top); the header, without
# its '#', first (sort puts the non-numeric line first), as named() would give it
sorted(k) = sprintf("< LC_ALL=C sort -g -k5,5 '%s' | sed '1s/^# //'", word(neurons, k))
n = words(neurons)
if (n < 1 || n > 6 || words(summaries) != n || words(alphas) != n) {
    print "fig5.gp: neurons, summaries and alphas must name the same one to six runs"; exit status 2
}

cbmax = 0
do for [k = 1:n] {
    stats sorted(k) using "per_a" nooutput
    cbmax = STATS_max > cbmax ? STATS_max : cbmax
}
cbmax = ceil(cbmax)

rows = n > 3 ? 2 : 1
cols = ceil(n * 1.0 / rows)
H = rows == 2 ? 10.6 : 6.0
@PDF size W_FULL, H * CM
set output out
set multiplot
set size ratio -1
set xrange [-pi : pi]
set yrange [-pi : pi]
@PHASE_XTICS
@PHASE_YTICS
set grid
set cbrange [0 : cbmax]
unset colorbox
# panel grid in screen coordinates: x from x0 to x1, rows from the top
x0 = 0.085; x1 = 0.855; gapx = 0.055
pw = (x1 - x0 - (cols - 1) * gapx) / cols
ytop = rows == 2 ? 0.90 : 0.83; ybot = rows == 2 ? 0.08 : 0.16; gapy = rows == 2 ? 0.14 : 0
ph = (ytop - ybot - (rows - 1) * gapy) / rows
do for [k = 1:n] {
    c = (k - 1) % cols
    r = (k - 1) / cols
    set lmargin at screen x0 + c * (pw + gapx)
    set rmargin at screen x0 + c * (pw + gapx) + pw
    set tmargin at screen ytop - r * (ph + gapy)
    set bmargin at screen ytop - r * (ph + gapy) - ph
    s = word(summaries, k)
    set title sprintf("α = %s   (%s structured)\nr = %s (own bins %s),  r′ = %s", word(alphas, k), kv(s, "structured"), \
                      r3(kv(s, "r_all")), r3(kv(s, "r_all_own")), r3(kv(s, "r_structured"))) font ",8.5"
    set xlabel (r == rows - 1 ? "φ_{a} + φ_{b}" : "") offset 0, 0.3
    set ylabel (c == 0 ? "φ_{out}" : "") offset 1, 0
    if (k == n) {
        cbh = ytop - ybot
        set colorbox user origin screen 0.885, ybot size screen 0.018, cbh
        set cblabel "Periodicity" offset 1.5, 0
        set cbtics out scale 0.5 nomirror
    }
    plot sorted(k) using "phase_sum_nu":"phase_out_nu":"per_a" @SCATTER, x with lines ls 4
}
unset multiplot
