# figures/swaroop2026/fig5.gp — Swaroop 2026, Fig. 5: φ_out against the
# wrapped φ_a + φ_b for every hidden neuron at six label-noise levels (final
# checkpoints), coloured by per(W_a) on one shared scale; dashed:
# φ_out = φ_a + φ_b. Panel titles: α, r over all neurons (and with the
# phases at each vector's own bin) and r′ over the structured ones
# (per(W_a) > thr).
#
#   gnuplot -e "dir='data/full/swaroop2026'; alphas='0.00 0.05 0.10 0.15 0.20 0.30'; thr=12; out='fig5.pdf'" \
#       figures/swaroop2026/fig5.gp
#
# Reads dir/alpha<A>/neurons.tsv (phase_sum_nu column 26, phase_out_nu 25,
# per_a 5: the phases of W_b and W_out read at W_a's frequency nu)
# and dir/alpha<A>/summary.tsv (r_all, r_structured, structured; r_all_own,
# r_structured_own with the phases at each vector's own bin) for each A
# in alphas (up to six: two rows of three).
if (!exists("dir") || !exists("alphas") || !exists("thr") || !exists("out")) {
    print "usage: gnuplot -e \"dir='DIR'; alphas='A1 A2 ...'; thr=T; out='FIG.pdf'\" figures/swaroop2026/fig5.gp"
    exit status 2
}
load 'figures/style.gp'
kv(file, key) = system(sprintf("awk -F'\t' '$1 == \"%s\" { print $2 }' '%s'", key, file))
r3(s) = (s eq "" || s eq "nan" || s eq "-nan") ? "n/a" : sprintf("%.3f", real(s))
neurons(k) = sprintf("%s/alpha%s/neurons.tsv", dir, word(alphas, k))
summary(k) = sprintf("%s/alpha%s/summary.tsv", dir, word(alphas, k))
sorted(k) = sprintf("< LC_ALL=C sort -g -k5,5 '%s'", neurons(k))
n = words(alphas)
if (n < 1 || n > 6) { print "fig5.gp: alphas must name one to six noise levels"; exit status 2 }

cbmax = 0
do for [k = 1:n] {
    stats neurons(k) using 5 nooutput
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
    s = summary(k)
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
    plot sorted(k) using 26:25:5 @SCATTER, x with lines ls 4
}
unset multiplot
