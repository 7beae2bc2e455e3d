# figures/swaroop2026/seeds.gp — Swaroop 2026, supplementary (not in the
# paper): Table 2 over seeds. For each noise level of the seed study, the
# validation accuracy of the trained network (Real) and of its three
# extractions (phases read at W_a's frequency ν), mean ± SD over seeds
# (filled, with error bars), every seed (small dots) and the paper's single
# run (open diamonds); (a) the final checkpoint, (b) the saturation
# checkpoint.
#
#   gnuplot -e "seeds='seeds.tsv'; stats='seed-stats.tsv'; \
#               paper='experiments/swaroop2026/paper-values.tsv'; out='seeds.pdf'" figures/swaroop2026/seeds.gp
#
# seeds: run-table.sh (alpha seed real sq_sq sq_cos cos_cos
# sat_real sat_sq_sq sat_sq_cos sat_cos_cos); stats: seed-stats.awk (alpha n,
# then <column>_mean and <column>_sd of those eight columns), both read by
# their header's column names; paper: key, alpha, value rows
# (table2.final.real, table2.sat.sq_cos, ...). x is α, each measure drawn a
# little to the side of it.
if (!exists("seeds") || !exists("stats") || !exists("paper") || !exists("out")) {
    print "usage: gnuplot -e \"seeds='SEEDS.tsv'; stats='SEED-STATS.tsv'; paper='PAPER-VALUES.tsv'; out='FIG.pdf'\" figures/swaroop2026/seeds.gp"
    exit status 2
}
load 'figures/style.gp'
@PDF size W_FULL, 7.0 * CM
set output out

load 'figures/columns.gp'
names = "real sq_sq sq_cos cos_cos"
title(m) = m == 1 ? "Real" : m == 2 ? "Sq→Sq" : m == 3 ? "Sq→Cos" : "Cos→Cos"
colour(m) = m == 1 ? C_PAPER : m == 2 ? C_B : m == 3 ? C_A : C_ALT
dx(m) = (m - 2.5) * 0.009
# measure m's column in seeds.tsv (its mean and SD: col(m)_mean, col(m)_sd in stats)
col(m) = (panel == 0 ? "" : "sat_") . word(names, m)
# the paper's value of measure m at checkpoint chk ("final" or "sat") at the
# noise levels of the seed study: a header line "alpha value", then the rows
paper_rows(chk, m) = sprintf("< awk -F'\t' -v OFS='\t' 'BEGIN { print \"alpha\", \"value\" } FNR == NR { if (!/^#/) seen[$1 + 0]; next } \
    $1 == \"table2.%s.%s\" && ($2 + 0) in seen { print $2, $3 }' '%s' '%s'", chk, word(names, m), stats, paper)

set multiplot layout 1, 2 margins 0.08, 0.98, 0.17, 0.90 spacing 0.07, 0
set xrange [-0.03 : 0.33]
set xtics 0.05 format "%.2f"
set yrange [0 : 1.04]
set ytics 0.2 format "%.1f"
set grid ytics lc rgb "#dddddd"
set xlabel "label noise α" offset 0, 0.3
set key at graph 0.55, graph 0.52 center center vertical Left reverse opaque font ",8" samplen 1.5

do for [panel = 0 : 1] {
    chk = panel == 0 ? "final" : "sat"
    set title (panel == 0 ? "(a) final checkpoint" : "(b) saturation checkpoint") font ",9"
    if (panel == 0) { set ylabel "validation accuracy" offset 0.5, 0 } else { unset ylabel }
    plot for [m = 1 : 4] named(stats) using (column("alpha") + dx(m)):(column(col(m) . "_mean")):(column(col(m) . "_sd")) \
             with yerrorbars lc rgb colour(m) pt 7 ps 0.5 lw 1.2 title (panel == 0 ? title(m) : ""), \
         for [m = 1 : 4] named(seeds) using (column("alpha") + dx(m)):(column(col(m))) with points lc rgb colour(m) pt 7 ps 0.18 \
             notitle, \
         for [m = 1 : 4] paper_rows(chk, m) using (column("alpha") + dx(m)):"value" with points lc rgb colour(m) pt 12 ps 0.7 \
             title (panel == 0 && m == 1 ? "paper (one run)" : "")
}
unset multiplot
