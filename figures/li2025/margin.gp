# margin.gp — Figure X1: over training, (a) the normalised L_{2,k+1} margin
# h / ||theta||^{k+1} over all of D_p as a fraction of gamma*(p, k) (the
# dashed line at 1) and (b) the share of neurons whose maximum normalised
# power exceeds 0.95 (solid) and their share of ||theta||_{2,k+1}^{k+1}
# (dashed), for NN-3, NN-4, NN-5 and the Morwani k = 2 baseline.
# Args: nn3, nn4, nn5, morwani (margin series tables); snn3, snn4, snn5,
# smorwani (sparsity series tables: step, share above 0.95, mean, covered,
# norm share above 0.95).
load 'figures/style.gp'
load 'figures/li2025/common.gp'
@PDF size W_FULL, 6.5*CM
set output out
set multiplot layout 1, 2
set xlabel "step (thousands)"
set key bottom right
set title "(a) normalised margin"
set ylabel "margin / γ*"
set yrange [*:1.1]
plot 1 with lines ls 4 title "γ*", \
     named(nn3) using (column("step")/1000):"ratio_all" with linespoints lc rgb C_A pt 7 ps 0.4 title "NN-3 (k = 3)", \
     named(nn4) using (column("step")/1000):"ratio_all" with linespoints lc rgb C_B pt 7 ps 0.4 title "NN-4 (k = 4)", \
     named(nn5) using (column("step")/1000):"ratio_all" with linespoints lc rgb C_ALT pt 7 ps 0.4 title "NN-5 (k = 5)", \
     named(morwani) using (column("step")/1000):"ratio_all" with lines lc rgb "#2ca02c" lw 1.5 title "Morwani (k = 2)"
set title "(b) one-sparse neurons"
set ylabel "share with max. power > 0.95"
set yrange [0:1.05]
set key right center
plot 0.95 with lines ls 4 title "target 0.95", \
     named(snn3) using (column("step")/1000):"power_gt_095" with linespoints lc rgb C_A pt 7 ps 0.4 title "NN-3 neurons", \
     named(snn4) using (column("step")/1000):"power_gt_095" with linespoints lc rgb C_B pt 7 ps 0.4 title "NN-4 neurons", \
     named(snn5) using (column("step")/1000):"power_gt_095" with linespoints lc rgb C_ALT pt 7 ps 0.4 title "NN-5 neurons", \
     named(smorwani) using (column("step")/1000):"power_gt_095" with lines lc rgb "#2ca02c" lw 1.5 title "Morwani neurons", \
     named(snn3) using (column("step")/1000):"norm_share_gt_095" with lines lc rgb C_A dt 2 title "NN-3 norm", \
     named(snn4) using (column("step")/1000):"norm_share_gt_095" with lines lc rgb C_B dt 2 title "NN-4 norm", \
     named(snn5) using (column("step")/1000):"norm_share_gt_095" with lines lc rgb C_ALT dt 2 title "NN-5 norm"
unset multiplot
