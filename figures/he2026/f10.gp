# figures/he2026/f10.gp — He et al. Fig. 10 (blog Fig. 10, lottery_mech_phase
# and lottery_mech_magnitude): R3 (x^2, SGD, random init), neuron 40: the
# misalignment wrap(psi_k - 2 phi_k) (= -D_k, left) and the magnitude alpha_k
# of theta (right) of all 11 frequencies over the first checkpoints. The final
# winner is red; the others go from light (smallest alpha at the last step
# drawn) to navy (largest). The x axis is the true step (the authors' tick
# labels read half of it).
#   gnuplot -e "data='r3/neuron40.tsv'; last=7800; out='f10.pdf'" figures/he2026/f10.gp
if (!exists("data") || !exists("last") || !exists("out")) { print "usage: gnuplot -e \"data='NEURON.tsv'; last=7800; out='FIG.pdf'\" figures/he2026/f10.gp"; exit status 2 }
load 'figures/he2026/common.gp'
kf = int(system(sprintf("awk '!/^#/ { print $10; exit }' '%s'", data)))
# the other frequencies by their alpha at step `last`, ascending
order = system(sprintf("awk -F'\t' '!/^#/ && $1 == %d && $2 != %d { print $3, $2 }' '%s' | sort -g | awk '{ printf \"%%s \", $2 }'", last, kf, data))
nk = words(order)
# colour of rank r (1 = smallest): white -> navy at 0.25 .. 1
mix(a, b, f) = int(a + (b - a) * f)
shade(r) = (f = 0.25 + 0.75 * (r - 1) / (nk > 1 ? nk - 1 : 1), mix(255, 13, f) * 65536 + mix(255, 39, f) * 256 + mix(255, 88, f))
sel(k, s, v, want) = (k == want && s <= last) ? v : NaN
kr(r) = int(word(order, r))
@PDF size W_FULL, 7 * CM
set output out
set multiplot layout 1, 2 margins 0.07, 0.86, 0.14, 0.90 spacing 0.08, 0
set xrange [0 : last]
set xtics font ",7"
set ytics font ",7"
set grid
set xlabel "Step" font ",8" offset 0, 0.4
set title "Misalignment ψ_k − 2φ_k (wrapped), neuron 40" font ",8"
set yrange [-pi : pi]
@PHASE_YTICS
plot 0 with lines lc rgb "black" dt 3 notitle, \
     for [r = 1 : nk] named(data) using "step":(sel(column("k"), column("step"), column("misalign"), kr(r))) with linespoints dt 3 pt 1 ps 0.3 lc rgb shade(r) lw 1 notitle, \
     named(data) using "step":(sel(column("k"), column("step"), column("misalign"), kf)) with linespoints pt 1 ps 0.35 lc rgb RED lw 1.5 notitle
set title "Magnitude α_k" font ",8"
set yrange [0 : *]
set ytics auto
set key outside right center font ",7" samplen 1.5 title "k"
plot for [r = 1 : nk] named(data) using "step":(sel(column("k"), column("step"), column("alpha"), kr(r))) with linespoints dt 3 pt 1 ps 0.3 lc rgb shade(r) lw 1 title word(order, r), \
     named(data) using "step":(sel(column("k"), column("step"), column("alpha"), kf)) with linespoints pt 1 ps 0.35 lc rgb RED lw 1.5 title sprintf("%d", kf)
unset multiplot
