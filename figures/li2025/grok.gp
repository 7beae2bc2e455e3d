# grok.gp — Li et al. 2025 Fig. 4: train (blue) and validation (red)
# accuracy of the two-block transformers on k = 2, 3, 4, 5 summands, mean
# over the seeds with a band of one standard deviation, log-scale steps.
# Args: g2, g3, g4, g5 (grok.awk tables: step, train mean, sd, val mean, sd),
# label2..label5 (panel titles).
load 'figures/style.gp'
@PDF size W_FULL, 11*CM
set output out
set multiplot layout 2, 2 margins 0.08, 0.98, 0.09, 0.95 spacing 0.08, 0.12
set logscale x
set yrange [0:1.02]
set xlabel "step"
set ylabel "accuracy"
set key bottom right
set style fill transparent solid 0.25 noborder
files = g2." ".g3." ".g4." ".g5
labels = label2."|".label3."|".label4."|".label5
do for [i = 1:4] {
    f = word(files, i)
    set title sprintf("(%s) %s", word("a b c d", i), i == 1 ? label2 : i == 2 ? label3 : i == 3 ? label4 : label5) font ",9"
    plot f using ($1 > 0 ? $1 : 1):($2 - $3):($2 + $3) with filledcurves lc rgb C_A, \
         f using ($1 > 0 ? $1 : 1):2 with lines lc rgb C_A lw 1.5 title "train", \
         f using ($1 > 0 ? $1 : 1):($4 - $5):($4 + $5) with filledcurves lc rgb C_B, \
         f using ($1 > 0 ? $1 : 1):4 with lines lc rgb C_B lw 1.5 title "validation"
}
unset multiplot
