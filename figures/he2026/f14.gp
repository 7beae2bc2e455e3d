# figures/he2026/f14.gp — He et al. Fig. 14 a-d (blog Fig. 14, grokk_loss,
# grokk_acc, grokk_abs_phase_diff, grokk_avg_ipr): R2 (weight decay 2.0,
# 75% split). (a) per-step train and test loss; (b) train and test accuracy
# of the checkpoints (every 200 steps); (c) mean |sin(psi - 2 phi)| at each
# neuron's dominant frequency; (d) mean IPR (left) and parameter norm
# (right) over the whole run. Shading: memorisation (gold), fast
# generalisation (brown), slow cleanup (grey), bounded by our run's first
# checkpoint with train accuracy 1 and first with test accuracy >= 0.95
# (dashed lines).
#   gnuplot -e "dir='r2'; last=19999; out='f14.pdf'" figures/he2026/f14.gp
# dir holds log.tsv (train), accuracy.tsv (predict --series) and series.tsv
# (features --series); last is the last step of panels (a)-(c).
if (!exists("dir") || !exists("last") || !exists("out")) { print "usage: gnuplot -e \"dir='RUNDIR'; last=19999; out='FIG.pdf'\" figures/he2026/f14.gp"; exit status 2 }
load 'figures/he2026/common.gp'
log = dir . "/log.tsv"; acc = dir . "/accuracy.tsv"; ser = dir . "/series.tsv"
first(cond) = system(sprintf("awk -F'\t' '!/^#/ && %s { print $1; exit }' '%s'", cond, acc))
s1 = first("$4 >= 1"); s2 = first("$6 >= 0.95")
b1 = s1 eq "" ? NaN : real(s1); b2 = s2 eq "" ? NaN : real(s2)
stats named(acc) using "step" nooutput
end = STATS_max
shade(xmax) = sprintf("set object 1 rect from 0, graph 0 to %g, graph 1 back fc rgb '#D4AF37' fs solid 0.15 noborder; " . \
  "set object 2 rect from %g, graph 0 to %g, graph 1 back fc rgb '#8B7355' fs solid 0.15 noborder; " . \
  "set object 3 rect from %g, graph 0 to %g, graph 1 back fc rgb '#60656F' fs solid 0.15 noborder", \
  b1 == b1 ? b1 : xmax, b1 == b1 ? b1 : xmax, b2 == b2 ? b2 : xmax, b2 == b2 ? b2 : xmax, xmax)
lines = 'set arrow 11 from b1, graph 0 to b1, graph 1 nohead dt 2 lc rgb "black" lw 1 front; set arrow 12 from b2, graph 0 to b2, graph 1 nohead dt 2 lc rgb "black" lw 1 front'
@PDF size W_FULL, 12.5 * CM
set output out
set multiplot layout 2, 2 margins 0.08, 0.92, 0.08, 0.95 spacing 0.11, 0.11
set xtics font ",7"
set ytics font ",7"
set grid
set xlabel "Step" font ",8" offset 0, 0.4
set xrange [0 : last]
eval shade(last)
set title "(a) Loss" font ",9"
set ylabel "Loss" font ",8"
set key top right font ",7" samplen 1.5
plot named(log) using "step":"train_loss" with lines lc rgb NAVY lw 1.2 title "Train", \
     ''  using "step":"val_loss" with lines lc rgb RED lw 1.2 title "Test"
set xrange [0 : last < end ? last : end]
eval shade(last); if (b1 == b1) { eval lines }
set title "(b) Accuracy" font ",9"
set ylabel "Accuracy" font ",8"
set yrange [0 : 1.05]
set key bottom right
plot named(acc) using "step":"train_acc" with linespoints lc rgb NAVY pt 7 ps 0.2 lw 1.2 title "Train", \
     ''  using "step":"test_acc" with linespoints lc rgb RED pt 7 ps 0.2 lw 1.2 title "Test"
set title "(c) Phase alignment" font ",9"
set ylabel "Average Value" font ",8"
set yrange [0 : 0.65]
set key top right
plot named(ser) using "step":"abs_sin_const0" with linespoints lc rgb BROWN pt 2 ps 0.3 lw 1 title "Avg. |sin(D*_m)|"
set xrange [0 : end]
eval shade(end); if (b1 == b1) { eval lines }
set title "(d) Sparsity and parameter norm" font ",9"
set ylabel "Avg. IPR" font ",8"
set yrange [0 : 0.65]
set y2range [0 : *]
set y2tics font ",7" nomirror
set y2label "Param. Norm" font ",8" offset -1, 0
set key bottom right
plot named(ser) using "step":"ipr" with linespoints lc rgb BROWN pt 2 ps 0.25 lw 1 title "Avg. IPR", \
     named(log) using "step":(int(column("step")) % 200 == 0 ? column("param_norm") : NaN) axes x1y2 with points lc rgb "#2E5266" pt 6 ps 0.25 title "Param. Norm"
unset multiplot
