# figures/swaroop2026/latent.gp — Swaroop 2026, supplementary (not in the
# paper): does the algorithm precede the accuracy? Over the first steps of
# training, the validation accuracy of the trained network beside that of
# the networks idealised from its frequencies and phases at each saved
# checkpoint (Sq→Cos, Cos→Cos, Sq→Sq, the phases read at W_a's frequency
# ν; Sq→Cos dashed with the phases read at each vector's own bin, the
# variant), and the training accuracy against the (noisy) training labels;
# a vertical line at the saturation checkpoint. (a) the clean run, (b) the
# largest noise level (α = 0.30 in the paper).
#
#   gnuplot -e "series='trace0.00/extract-series.tsv trace0.30/extract-series.tsv'; \
#               own='trace0.00/extract-series-own.tsv trace0.30/extract-series-own.tsv'; \
#               logs='trace0.00/log.tsv trace0.30/log.tsv'; alphas='0.00 0.30'; sats='300 316'; \
#               out='latent.pdf'" figures/swaroop2026/latent.gp
#
# One panel per trace, the k-th word of each list: series, own: step real
# sq_sq sq_cos cos_cos (idealize --extract on a trajectory; own with --phases
# own-bin); logs: train's log.tsv (step lr train_loss train_acc val_loss
# val_acc param_norm); alphas: the run's label noise; sats: the step of its
# saturation checkpoint. Log-scaled steps: checkpoint 0 is left out.
# Accuracies of the trained network and the extractions are on the
# validation split.
if (!exists("series") || !exists("own") || !exists("logs") || !exists("alphas") || !exists("sats") || !exists("out")) {
    print "usage: gnuplot -e \"series='S1 S2'; own='O1 O2'; logs='L1 L2'; alphas='A1 A2'; sats='STEP1 STEP2'; out='FIG.pdf'\" figures/swaroop2026/latent.gp"
    exit status 2
}
if (words(series) != 2 || words(own) != 2 || words(logs) != 2 || words(alphas) != 2 || words(sats) != 2) {
    print "latent.gp: series, own, logs, alphas and sats must name two traces each"; exit status 2
}
load 'figures/style.gp'
@PDF size W_FULL, 7.0 * CM
set output out
set multiplot layout 1, 2 margins 0.07, 0.98, 0.17, 0.90 spacing 0.08, 0
set logscale x
set autoscale xfix
set xlabel "training step" offset 0, 0.3
set xtics ("10" 10, "30" 30, "100" 100, "300" 300, "1k" 1000, "3k" 3000, "10k" 10000, "30k" 30000, "100k" 100000)
set yrange [0 : 1.04]
set ytics 0.2 format "%.1f"
set grid ytics lc rgb "#dddddd"
pos(x) = x > 0 ? x : NaN
load 'figures/columns.gp'

do for [panel = 0 : 1] {
    series_k = named(word(series, panel + 1))
    own_k = named(word(own, panel + 1))
    log_k = named(word(logs, panel + 1))
    alpha = word(alphas, panel + 1)
    sat = word(sats, panel + 1) + 0
    set title sprintf("(%s) %s", panel == 0 ? "a" : "b", alpha + 0 == 0 ? "clean run (α = 0)" : "α = " . alpha) font ",9"
    if (panel == 0) { set ylabel "accuracy" offset 0.5, 0 } else { unset ylabel }
    set arrow 1 from sat, graph 0 to sat, graph 1 nohead ls 4
    if (panel == 1) { set key at graph 0.98, graph 0.90 right top opaque font ",8" } else { unset key }
    plot log_k    using (pos(column("step"))):"train_acc" with lines lc rgb "#aaaaaa" lw 1.2 title "train accuracy (noisy labels)", \
         log_k    using (pos(column("step"))):"val_acc" with lines lc rgb C_PAPER lw 1.5 title "trained network", \
         series_k using (pos(column("step"))):"sq_cos" with linespoints lc rgb C_A lw 1.3 pt 7 ps 0.3 title "Sq→Cos", \
         own_k    using (pos(column("step"))):"sq_cos" with lines lc rgb C_A lw 1 dt 2 title "Sq→Cos, own-bin phases", \
         series_k using (pos(column("step"))):"cos_cos" with lines lc rgb C_ALT lw 1 dt 3 title "Cos→Cos", \
         series_k using (pos(column("step"))):"sq_sq" with lines lc rgb C_B lw 1 dt 4 title "Sq→Sq", \
         NaN with lines ls 4 title "saturation checkpoint"
}
unset multiplot
