# figures/he2026/f07.gp — He et al. Fig. 7 (blog Fig. 7,
# full_training_magnitude_distribution): violins of the magnitudes alpha_m
# (first layer) and beta_m (second layer) of every R1 neuron at its dominant
# frequency; gold lines mark mean (solid) and median (dashed), navy bars the
# extremes.
#   gnuplot -e "neurons='r1/neurons.tsv'; summary='r1/summary.tsv'; out='f07.pdf'" figures/he2026/f07.gp
if (!exists("neurons") || !exists("summary") || !exists("out")) { print "usage: gnuplot -e \"neurons='NEURONS.tsv'; summary='SUMMARY.tsv'; out='FIG.pdf'\" figures/he2026/f07.gp"; exit status 2 }
load 'figures/he2026/common.gp'
# kernel density of each column into a datablock, rows: value density
set samples 300
set table $A
plot named(neurons) using "alpha":(1) smooth kdensity
set table $B
plot named(neurons) using "beta":(1) smooth kdensity
unset table
# $A and $B (value, density) are gnuplot's own tables, without names
stats $A using 2 nooutput
da = STATS_max
stats $B using 2 nooutput
db = STATS_max
half = 0.35
v(key) = real(kv(summary, key))
@PDF size 8 * CM, 7 * CM
set output out
set xrange [0.4 : 2.6]
set xtics ("First-Layer" 1, "Second-Layer" 2)
set ylabel "Magnitude"
set yrange [0 : *]
unset key
set style fill solid 0.7 noborder
plot $A using (1 - half * $2 / da):1:(2 * half * $2 / da):(0) with vectors nohead lc rgb NAVY lw 1.2, \
     $B using (2 - half * $2 / db):1:(2 * half * $2 / db):(0) with vectors nohead lc rgb NAVY lw 1.2, \
     for [i = 1 : 2] '+' using (i - 0.15):(v((i == 1 ? "alpha" : "beta") . ".mean")):(0.3):(0) every ::0::0 with vectors nohead lc rgb GOLD lw 2, \
     for [i = 1 : 2] '+' using (i - 0.15):(v((i == 1 ? "alpha" : "beta") . ".median")):(0.3):(0) every ::0::0 with vectors nohead lc rgb GOLD lw 1.5 dt 2, \
     for [i = 1 : 2] '+' using (i):(v((i == 1 ? "alpha" : "beta") . ".min")):(0):(v((i == 1 ? "alpha" : "beta") . ".max") - v((i == 1 ? "alpha" : "beta") . ".min")) every ::0::0 with vectors nohead lc rgb NAVY lw 0.8, \
     for [i = 1 : 2] for [e in "min max"] '+' using (i - 0.08):(v((i == 1 ? "alpha" : "beta") . "." . e)):(0.16):(0) every ::0::0 with vectors nohead lc rgb NAVY lw 0.8
