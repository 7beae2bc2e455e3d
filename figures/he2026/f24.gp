# figures/he2026/f24.gp — He et al. Fig. 24 (phase_align_approx2): the
# decoupled flow from D0 = 1.47 < pi/2: magnitudes grow from the start and D
# goes to 0.
#   gnuplot -e "data='ode2_flow.tsv'; out='f24.pdf'" figures/he2026/f24.gp
if (!exists("data") || !exists("out")) { print "usage: gnuplot -e \"data='ODE.tsv'; out='FIG.pdf'\" figures/he2026/f24.gp"; exit status 2 }
vline = NaN
load 'figures/he2026/ode.gp'
