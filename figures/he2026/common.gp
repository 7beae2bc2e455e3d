# figures/he2026/common.gp — what every He et al. (2026) figure shares, on top
# of figures/style.gp: the authors' palette (experiments/he2026/README.md §6:
# navy, grey, gold, red, teal), their diverging and sequential colour maps, the
# names of the 23 real-DFT coordinates, and small readers for key/value files
# and, from figures/columns.gp, for tables by column name.
# Load it instead of style.gp:  load 'figures/he2026/common.gp'
load 'figures/style.gp'
NAVY = "#0D2758"
GREY = "#60656F"
GOLD = "#DEA54B"
RED  = "#A32015"
TEAL = "#347186"
BROWN = "#986d56"
# diverging map navy -> white -> red (use with a symmetric cbrange) and the
# sequential map white -> navy of the accuracy grids
DIVERGING  = 'set palette defined (-1 "#0D2758", 0 "white", 1 "#A32015"); set palette maxcolors 0'
SEQUENTIAL = 'set palette defined (0 "white", 1 "#0D2758"); set palette maxcolors 0'
set style line 11 lc rgb NAVY lw 1.3 pt 7 ps 0.35
set style line 12 lc rgb GREY lw 1.3 pt 6 ps 0.35
set style line 13 lc rgb GOLD lw 1.3 pt 5 ps 0.35
set style line 14 lc rgb RED lw 1.3 pt 2 ps 0.45
set style line 15 lc rgb TEAL lw 1.3 pt 9 ps 0.4
set style line 16 lc rgb BROWN lw 1.1 pt 2 ps 0.45

# the coordinate names of the real DFT basis: Const, cos 1, sin 1, ..., sin K
fourier_name(c) = c == 0 ? "Const" : sprintf("%s %d", (c % 2 ? "cos" : "sin"), (c + 1) / 2)
fourier_xtics(p) = sprintf('set xtics rotate by 90 right font ",6" scale 0.3 (%s)', fourier_ticlist(p))
fourier_ticlist(p) = p <= 0 ? "" : fourier_ticlist_from(0, p)
fourier_ticlist_from(c, p) = c >= p ? "" : sprintf('"%s" %d%s', fourier_name(c), c, c + 1 < p ? ", " . fourier_ticlist_from(c + 1, p) : "")

# named(file): a one-block table read by column name (figures/columns.gp).
# The block files (heat maps, logits, lines) are read by column number with
# style.gp's reading (whitespace, no header row), which named() also works
# with: columns.gp's two settings are undone.
load 'figures/columns.gp'
set datafile separator whitespace
set datafile nocolumnheaders
# the value of KEY in a key/value TSV ("" when absent)
kv(file, key) = system(sprintf("awk -F'\t' '$1 == \"%s\" { print $2; exit }' '%s'", key, file))
# the value of column COL in the row whose first column is X (first match)
at(file, x, col) = system(sprintf("awk -F'\t' '!/^#/ && $1 == %s { print $%d; exit }' '%s'", x, col, file))
