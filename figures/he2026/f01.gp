# figures/he2026/f01.gp — He et al. Fig. 1 (blog Fig. 1,
# module_addition_main), redrawn as a diagram: (a) the network f(x, y) =
# W_out sigma(W_in (e_x + e_y)) with a DFT of each neuron's weights; (b) a
# neuron's weights are one cosine, so its DFT is sparse (magnitude and
# phase); (c) the output phase is twice the input phase, and within a neuron
# one frequency's magnitude wins the race against the others. Not data.
#   gnuplot -e "out='f01.pdf'" figures/he2026/f01.gp
if (!exists("out")) { print "usage: gnuplot -e \"out='FIG.pdf'\" figures/he2026/f01.gp"; exit status 2 }
load 'figures/he2026/common.gp'
@PDF size W_FULL, 8.5 * CM
set output out
set multiplot
unset border; unset tics; unset grid; unset key
set xrange [0 : 1]; set yrange [0 : 1]
set lmargin at screen 0; set rmargin at screen 1; set bmargin at screen 0; set tmargin at screen 1
# ---- (a) the network, drawn with boxes
set label 1 "(a) Network" at screen 0.02, 0.95 font ",9"
set object 1 rect from screen 0.03, 0.45 to screen 0.09, 0.80 fc rgb RED fs solid 0.25 border lc rgb RED
set label 2 "W_{out}\np × M" at screen 0.06, 0.625 center font ",7"
set label 3 "σ(" at screen 0.105, 0.625 center font ",14"
set object 2 rect from screen 0.125, 0.52 to screen 0.215, 0.73 fc rgb NAVY fs solid 0.25 border lc rgb NAVY
set label 4 "W_{in}\nM × p" at screen 0.17, 0.625 center font ",7"
set object 3 rect from screen 0.23, 0.45 to screen 0.245, 0.80 fc rgb "white" fs solid border lc rgb "black"
set object 4 rect from screen 0.23, 0.69 to screen 0.245, 0.72 fc rgb GOLD fs solid border lc rgb "black"
set object 5 rect from screen 0.23, 0.54 to screen 0.245, 0.57 fc rgb GOLD fs solid border lc rgb "black"
set label 5 ")" at screen 0.262, 0.625 center font ",14"
set label 6 "e_x + e_y" at screen 0.2375, 0.41 center font ",7"
set label 7 "f(x, y) = Σ_m ξ_m σ(θ_m[x] + θ_m[y])" at screen 0.145, 0.30 center font ",7"
set label 8 "DFT of each neuron's θ_m, ξ_m" at screen 0.145, 0.20 center font ",7" tc rgb TEAL
set arrow 1 from screen 0.17, 0.23 to screen 0.17, 0.50 lc rgb TEAL lw 1.2 filled size screen 0.008, 20
set arrow 2 from screen 0.06, 0.23 to screen 0.06, 0.43 lc rgb TEAL lw 1.2 filled size screen 0.008, 20
set label 9 "x + y mod p" at screen 0.06, 0.86 center font ",7"
plot NaN notitle
unset label; unset object; unset arrow
# ---- (b) one neuron: a cosine, hence a sparse spectrum
set label 1 "(b) One neuron" at screen 0.32, 0.95 font ",9"
set lmargin at screen 0.33; set rmargin at screen 0.62; set tmargin at screen 0.88; set bmargin at screen 0.58
set xrange [-0.5 : 22.5]; set yrange [-1.3 : 1.5]
set label 2 "θ_m[j] = α cos(ω_k j + φ)" at graph 0.02, 0.93 font ",7"
set arrow 1 from 8.4, 0 to 8.4, 1 lc rgb RED lw 1.2 heads size 0.3, 25
set label 3 "Magnitude α" at 8.9, 0.55 font ",7" tc rgb RED
set arrow 2 from 0, -1.15 to 8.4 - 7.667, -1.15 lc rgb TEAL lw 1.2 heads size 0.3, 25
set label 4 "Phase φ" at 1.2, -1.15 font ",7" tc rgb TEAL
w(j) = cos(2 * pi * 3 * j / 23 - 2 * pi * 3 * 8.4 / 23)
plot sample [j = 0 : 22 : 1] '+' using (j):(w(j)) with impulses lc rgb NAVY lw 2 notitle, \
     [j = 0 : 22 : 1] '+' using (j):(w(j)) with points pt 7 ps 0.4 lc rgb NAVY notitle
unset label; unset arrow
set label 1 "× DFT basis  =  sparse Fourier coefficients" at screen 0.475, 0.52 center font ",7"
set lmargin at screen 0.33; set rmargin at screen 0.62; set tmargin at screen 0.47; set bmargin at screen 0.27
set yrange [-0.1 : 1.0]
set boxwidth 0.7
set label 2 "Const  cos 1  sin 1   …   cos k  sin k   …   sin 11" at graph 0.5, -0.1 center font ",6"
plot sample [c = 0 : 22 : 1] '+' using (c):(c == 5 ? 0.85 : (c == 6 ? 0.55 : 0.02 + 0.02 * sin(7 * c))) with boxes fs solid 0.8 lc rgb NAVY notitle
unset label
set label 1 "Sparsity with a Shared Frequency" at screen 0.475, 0.17 center font ",7" tc rgb NAVY
set label 2 "Comparable Magnitudes across neurons" at screen 0.475, 0.12 center font ",7" tc rgb NAVY
set xrange [0 : 1]; set yrange [0 : 1]
plot NaN notitle
unset label
# ---- (c) phase doubling and the lottery
set label 1 "(c) Phase doubling and the lottery" at screen 0.67, 0.95 font ",9"
set lmargin at screen 0.68; set rmargin at screen 0.84; set tmargin at screen 0.90; set bmargin at screen 0.55
set size ratio -1
set xrange [-1.3 : 1.3]; set yrange [-1.3 : 1.3]
set parametric; set trange [0 : 2 * pi]
phi = 0.6
set arrow 1 from 0, 0 to cos(phi), sin(phi) lc rgb NAVY lw 1.5 filled size 0.12, 20
set arrow 2 from 0, 0 to cos(2 * phi), sin(2 * phi) lc rgb RED lw 1.5 filled size 0.12, 20
set label 2 "φ" at 1.08 * cos(phi), 1.08 * sin(phi) font ",8" tc rgb NAVY
set label 3 "ψ = 2φ" at 1.05 * cos(2 * phi) - 0.2, 1.12 * sin(2 * phi) font ",8" tc rgb RED
plot cos(t), sin(t) with lines lc rgb GREY lw 0.8 notitle
unset parametric; unset arrow; unset label; set size noratio
set label 1 "Output Phase Double the Input" at screen 0.76, 0.52 center font ",7" tc rgb RED
set lmargin at screen 0.69; set rmargin at screen 0.98; set tmargin at screen 0.45; set bmargin at screen 0.17
set xrange [0 : 10]; set yrange [0 : 1.1]
set border 3 lw 0.6
set xlabel "steps" font ",7" offset 0, 1.2
set ylabel "magnitude" font ",7" offset 2.5, 0
set label 2 "Winning Frequency" at 5.3, 0.95 font ",7" tc rgb RED
plot 0.05 + 0.95 / (1 + exp(-1.3 * (x - 6))) with lines lc rgb RED lw 2 notitle, \
     for [i = 1 : 4] 0.05 + 0.03 * i * (1 - exp(-x / 4)) + 0.01 * i with lines lc rgb GREY dt 3 lw 1.2 notitle
unset label; unset xlabel; unset ylabel; unset border
set lmargin at screen 0; set rmargin at screen 1; set bmargin at screen 0; set tmargin at screen 1
set xrange [0 : 1]; set yrange [0 : 1]
set label 1 "For large M, frequencies and phases are fully diversified across neurons." at screen 0.5, 0.03 center font ",8" tc rgb NAVY
plot NaN notitle
unset multiplot
