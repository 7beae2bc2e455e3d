# figures/style.gp — the look every figure shares: terminal, font, palette,
# line styles, axis tics for phases. Load it first, then open the terminal
# with the size the figure needs:
#
#     load 'figures/style.gp'
#     @PDF size 16*CM, 8*CM
#     set output out
#
# Figures are drawn at the width they are printed at in the report (16 cm
# text width), so a 9 pt font in a figure is 9 pt on the page. Text is
# enhanced and UTF-8 (φ, α, π, ν, ′ are DejaVu Sans glyphs). No data, no
# output file: that is each figure script's business.
set encoding utf8
FONT = "DejaVu Sans"
PDF = "set terminal pdfcairo enhanced color font 'DejaVu Sans,9' linewidth 1 rounded dashlength 1"
CM = 1 / 2.54            # terminal sizes are in inches; write 16*CM
W_FULL = 16 * CM         # report text width

# colours: weights of W_a / W_b, the ideal wave, ours and the paper's points
C_A     = "#1f5fa8"
C_B     = "#c0392b"
C_IDEAL = "#9a9a9a"
C_OURS  = "#1f5fa8"
C_PAPER = "#222222"
C_ALT   = "#d9822b"

set style line 1 lc rgb C_A lw 1.1 pt 7 ps 0.35            # W_a weights
set style line 2 lc rgb C_B lw 1.1 pt 7 ps 0.35            # W_b weights
set style line 3 lc rgb C_IDEAL lw 2.2                     # ideal square wave
set style line 4 lc rgb "#000000" lw 1 dt 2                # reference line (y = x)
set style line 5 lc rgb C_OURS lw 1.5 pt 7 ps 0.45         # ours
set style line 6 lc rgb C_PAPER lw 1.2 pt 6 ps 0.8         # the paper's values
set style line 7 lc rgb C_ALT lw 1.2 dt 3 pt 5 ps 0.4      # a second quantity
# scatter points coloured by a palette value
SCATTER = "with points pt 7 ps 0.42 lc palette"

# viridis (perceptually uniform, readable in grey) for periodicity
set palette defined (0 '#440154', 1 '#482878', 2 '#3e4989', 3 '#31688e', 4 '#26828e', \
                     5 '#1f9e89', 6 '#35b779', 7 '#6ece58', 8 '#b5de2b', 9 '#fde725')
set palette maxcolors 0

set border 3 lw 0.8
set tics nomirror out scale 0.5
set grid back lc rgb "#e4e4e4" lw 0.5 dt 1
set key noautotitle samplen 2 spacing 1.1 font ",8"
set datafile separator whitespace
set datafile missing NaN

# tics at multiples of π/2 for an axis running over [-π, π]
PHASE_XTICS = 'set xtics ("−π" -pi, "−π/2" -pi/2, "0" 0, "π/2" pi/2, "π" pi)'
PHASE_YTICS = 'set ytics ("−π" -pi, "−π/2" -pi/2, "0" 0, "π/2" pi/2, "π" pi)'

