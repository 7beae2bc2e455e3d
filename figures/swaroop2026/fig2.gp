# figures/swaroop2026/fig2.gp — Swaroop 2026, Fig. 2: the input weights W_b
# of the same six neurons as Fig. 1 (red) beside their ideal square waves
# (gray), each at W_b's own dominant frequency and phase. Fig. 1's script
# with side = "b":
#
#   gnuplot -e "data='waves.tsv'; out='fig2.pdf'" figures/swaroop2026/fig2.gp
side = "b"
load 'figures/swaroop2026/fig1.gp'
