# figures/swaroop2026/fig4.gp — Swaroop 2026, Fig. 4: output phase φ_out
# against the wrapped input phase sum φ_a + φ_b for every hidden neuron of
# the clean model (left) and for its structured neurons only (right),
# coloured by the periodicity per(W_a); dashed: φ_out = φ_a + φ_b. Panel
# titles give the circular correlations r (all) and r′ (structured), and
# r with the phases read at each vector's own dominant bin.
#
#   gnuplot -e "neurons='neurons.tsv'; summary='summary.tsv'; thr=12; out='fig4.pdf'" \
#       figures/swaroop2026/fig4.gp
#
# neurons is spectrum's per-neuron table, read by its header's column names
# (phase_sum_nu, phase_out_nu: the phases of W_b and W_out read at W_a's
# frequency nu; per_a); summary is spectrum --summary (r_all, r_structured, structured; r_all_own,
# r_structured_own with the phases at each vector's own bin);
# thr is the structured threshold on per(W_a) (spectrum.args --structured).
# Points are drawn in increasing periodicity, so the most periodic neurons
# lie on top.
if (!exists("neurons") || !exists("summary") || !exists("thr") || !exists("out")) {
    print "usage: gnuplot -e \"neurons='NEURONS.tsv'; summary='SUMMARY.tsv'; thr=T; out='FIG.pdf'\" figures/swaroop2026/fig4.gp"
    exit status 2
}
load 'figures/style.gp'
kv(file, key) = system(sprintf("awk -F'\t' '$1 == \"%s\" { print $2 }' '%s'", key, file))
r3(s) = (s eq "" || s eq "nan" || s eq "-nan") ? "n/a" : sprintf("%.3f", real(s))
r4(s) = (s eq "" || s eq "nan" || s eq "-nan") ? "n/a" : sprintf("%.4f", real(s))
load 'figures/columns.gp'
# the neurons, most periodic last; the header, without its '#', first (sort
# puts the non-numeric line first), as named() would give it
sorted = sprintf("< LC_ALL=C sort -g -k5,5 '%s' | sed '1s/^# //'", neurons)

stats sorted using "per_a" nooutput
cbmax = ceil(STATS_max)
@PDF size W_FULL, 7.6 * CM
set output out
set multiplot
set size ratio -1
set xrange [-pi : pi]
set yrange [-pi : pi]
@PHASE_XTICS
@PHASE_YTICS
set grid
set cbrange [0 : cbmax]
set xlabel "φ_{a} + φ_{b}  (wrapped)" offset 0, 0.3
set tmargin at screen 0.88
set bmargin at screen 0.15

set title sprintf("All neurons (%s):  r = %s  (own bins: %s)", kv(summary, "neurons"), r3(kv(summary, "r_all")), \
                  r3(kv(summary, "r_all_own"))) font ",9"
set ylabel "φ_{out}" offset 1, 0
set lmargin at screen 0.08
set rmargin at screen 0.44
unset colorbox
plot sorted using "phase_sum_nu":"phase_out_nu":"per_a" @SCATTER, x with lines ls 4

set title sprintf("Structured neurons (%s, per > %g):  r′ = %s", kv(summary, "structured"), thr, r4(kv(summary, "r_structured"))) font ",9"
set ylabel ""
set lmargin at screen 0.51
set rmargin at screen 0.87
set colorbox user origin screen 0.895, 0.15 size screen 0.018, 0.73 border
set cblabel "Periodicity" offset 1.5, 0
set cbtics out scale 0.5 nomirror
plot sorted using (column("per_a") > thr ? column("phase_sum_nu") : NaN):"phase_out_nu":"per_a" @SCATTER, x with lines ls 4
unset multiplot
