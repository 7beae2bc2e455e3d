# figures/swaroop2026/latent.gp — Swaroop 2026, supplementary (not in the
# paper): does the algorithm precede the accuracy? Over the first steps of
# training, the validation accuracy of the trained network beside that of
# the networks idealised from its frequencies and phases at each saved
# checkpoint (Sq→Cos, Cos→Cos, Sq→Sq, the phases read at W_a's frequency
# ν; Sq→Cos dashed with the phases read at each vector's own bin, the
# variant), and the training accuracy against the (noisy) training labels;
# a vertical line at the saturation checkpoint. (a) the clean run, (b)
# α = 0.30.
#
#   gnuplot -e "series0='trace0.00/extract-series.tsv'; own0='trace0.00/extract-series-own.tsv'; \
#               log0='trace0.00/log.tsv'; sat0=300; series1='trace0.30/extract-series.tsv'; \
#               own1='trace0.30/extract-series-own.tsv'; log1='trace0.30/log.tsv'; sat1=316; \
#               out='latent.pdf'" figures/swaroop2026/latent.gp
#
# series, own: step real sq_sq sq_cos cos_cos (idealize --extract on a
# trajectory; own with --phases own-bin); log: train's log.tsv (step lr train_loss train_acc val_loss
# val_acc norm). Log-scaled steps: checkpoint 0 is left out. Accuracies of
# the trained network and the extractions are on the validation split.
if (!exists("series0") || !exists("own0") || !exists("log0") || !exists("sat0") || !exists("series1") \
    || !exists("own1") || !exists("log1") || !exists("sat1") || !exists("out")) {
    print "usage: gnuplot -e \"series0=...; own0=...; log0=...; sat0=STEP; series1=...; own1=...; log1=...; sat1=STEP; out='FIG.pdf'\" figures/swaroop2026/latent.gp"
    exit status 2
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

do for [panel = 0 : 1] {
    series = panel == 0 ? series0 : series1
    own = panel == 0 ? own0 : own1
    log = panel == 0 ? log0 : log1
    sat = panel == 0 ? sat0 : sat1
    set title (panel == 0 ? "(a) clean run (α = 0)" : "(b) α = 0.30") font ",9"
    if (panel == 0) { set ylabel "accuracy" offset 0.5, 0 } else { unset ylabel }
    set arrow 1 from sat, graph 0 to sat, graph 1 nohead ls 4
    if (panel == 1) { set key at graph 0.98, graph 0.90 right top opaque font ",8" } else { unset key }
    plot log    using (pos($1)):4 with lines lc rgb "#aaaaaa" lw 1.2 title "train accuracy (noisy labels)", \
         log    using (pos($1)):6 with lines lc rgb C_PAPER lw 1.5 title "trained network", \
         series using (pos($1)):4 with linespoints lc rgb C_A lw 1.3 pt 7 ps 0.3 title "Sq→Cos", \
         own    using (pos($1)):4 with lines lc rgb C_A lw 1 dt 2 title "Sq→Cos, own-bin phases", \
         series using (pos($1)):5 with lines lc rgb C_ALT lw 1 dt 3 title "Cos→Cos", \
         series using (pos($1)):3 with lines lc rgb C_B lw 1 dt 4 title "Sq→Sq", \
         NaN with lines ls 4 title "saturation checkpoint"
}
unset multiplot
