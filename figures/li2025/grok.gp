# grok.gp — Li et al. 2025 Fig. 4: train (blue) and validation (red)
# accuracy of the two-block transformers on k = 2, 3, 4, 5 summands, mean
# over the seeds with a band of one standard deviation, log-scale steps.
# Args: g2, g3, g4, g5 (grok.awk tables: step, train mean, sd, val mean, sd),
# d2, d3, d4, d5 (their datasets, whose meta.txt gives the panel's k and p).
load 'figures/style.gp'
load 'figures/li2025/common.gp'
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
# step 0 drawn at 1 on the log scale
step(s) = s > 0 ? s : 1
do for [i = 1:4] {
    f = named(word(files, i))
    d = value(sprintf("d%d", i + 1))
    set title sprintf("(%s) k = %s, p = %s", word("a b c d", i), meta(d, "k"), meta(d, "p")) font ",9"
    plot f using (step(column("step"))):(column("train_mean") - column("train_sd")):(column("train_mean") + column("train_sd")) \
           with filledcurves lc rgb C_A, \
         f using (step(column("step"))):"train_mean" with lines lc rgb C_A lw 1.5 title "train", \
         f using (step(column("step"))):(column("val_mean") - column("val_sd")):(column("val_mean") + column("val_sd")) \
           with filledcurves lc rgb C_B, \
         f using (step(column("step"))):"val_mean" with lines lc rgb C_B lw 1.5 title "validation"
}
unset multiplot
