# figures/he2026/f23.gp — He et al. Fig. 23 (phase_align_approx1): the
# decoupled flow from D0 = 2.82 > pi/2: the magnitudes first shrink, reach
# their minimum where D crosses pi/2 (dashed line at t = 500), then grow
# while D goes to 0.
#   gnuplot -e "data='ode1_flow.tsv'; vline=500; out='f23.pdf'" figures/he2026/f23.gp
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='ODE.tsv'; vline=500; out='FIG.pdf'\" figures/he2026/f23.gp"; exit status 2 }
if (!exists("vline")) { vline = NaN }
load 'figures/he2026/ode.gp'
