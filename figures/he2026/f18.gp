# figures/he2026/f18.gp — He et al. Fig. 18 (illustration_grokking), redrawn:
# the three stages of grokking on a time arrow — memorisation,
# generalisation I (fast, weight decay prunes non-feature frequencies while
# the loss is still active), generalisation II (slow cleanup by weight decay
# alone); loss minimisation drives the first two (red dotted bracket above),
# common pairs are learned before rare ones (blue brackets), weight decay
# acts in the last two (red bracket). Not data.
#   gnuplot -e "out='f18.pdf'" figures/he2026/f18.gp
if (!exists("out")) { print "usage: gnuplot -e \"out='FIG.pdf'\" figures/he2026/f18.gp"; exit status 2 }
load 'figures/he2026/common.gp'
@PDF size W_FULL, 5 * CM
set output out
unset border; unset tics; unset grid; unset key
set xrange [0 : 10]; set yrange [0 : 5]
set lmargin at screen 0.01; set rmargin at screen 0.99; set bmargin at screen 0.01; set tmargin at screen 0.99
# the time arrow, in three segments
set object 1 rect from 0.3, 2.2 to 3.5, 2.8 fc rgb "#D4AF37" fs solid 0.35 border lc rgb "black"
set object 2 rect from 3.5, 2.2 to 6.5, 2.8 fc rgb "#8B7355" fs solid 0.35 border lc rgb "black"
set object 3 rect from 6.5, 2.2 to 9.2, 2.8 fc rgb "#60656F" fs solid 0.35 border lc rgb "black"
set object 4 polygon from 9.2, 2.0 to 9.8, 2.5 to 9.2, 3.0 to 9.2, 2.0 fc rgb "#60656F" fs solid 0.35 border lc rgb "black"
set label 1 "Memorization" at 1.9, 2.5 center font ",9"
set label 2 "Generalization I" at 5.0, 2.5 center font ",9"
set label 3 "Generalization II" at 7.85, 2.5 center font ",9"
# above: loss minimisation (red dotted) over memorisation and generalisation I
set arrow 1 from 0.3, 3.2 to 0.3, 3.5 nohead lc rgb RED dt 3 lw 1.5
set arrow 2 from 0.3, 3.5 to 6.5, 3.5 nohead lc rgb RED dt 3 lw 1.5
set arrow 3 from 6.5, 3.5 to 6.5, 3.2 nohead lc rgb RED dt 3 lw 1.5
set label 4 "Loss Minimization" at 3.4, 3.9 center font ",9" tc rgb RED
# below: learn common, then rare, within memorisation (blue)
set arrow 4 from 0.35, 1.8 to 0.35, 1.5 nohead lc rgb "#1f5fa8" lw 1.5
set arrow 5 from 0.35, 1.5 to 1.85, 1.5 nohead lc rgb "#1f5fa8" lw 1.5
set arrow 6 from 1.85, 1.5 to 1.85, 1.8 nohead lc rgb "#1f5fa8" lw 1.5
set label 5 "Learn 'Common'" at 1.1, 1.1 center font ",8" tc rgb "#1f5fa8"
set arrow 7 from 1.95, 1.8 to 1.95, 1.5 nohead lc rgb "#1f5fa8" lw 1.5
set arrow 8 from 1.95, 1.5 to 3.45, 1.5 nohead lc rgb "#1f5fa8" lw 1.5
set arrow 9 from 3.45, 1.5 to 3.45, 1.8 nohead lc rgb "#1f5fa8" lw 1.5
set label 6 "Learn 'Rare'" at 2.7, 1.1 center font ",8" tc rgb "#1f5fa8"
# below: weight decay over generalisation I and II (red)
set arrow 10 from 3.55, 1.8 to 3.55, 1.5 nohead lc rgb RED lw 1.5
set arrow 11 from 3.55, 1.5 to 9.2, 1.5 nohead lc rgb RED lw 1.5
set arrow 12 from 9.2, 1.5 to 9.2, 1.8 nohead lc rgb RED lw 1.5
set label 7 "Weight Decay" at 6.4, 1.1 center font ",9" tc rgb RED
set label 8 "training steps →" at 9.8, 0.4 right font ",7" tc rgb GREY
plot NaN notitle
