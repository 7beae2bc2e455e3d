# figures/he2026/pairgrid.gp — helpers for the 23x23 pair grids of Figs 15
# and 16 (rows: first input x, top to bottom; columns: second input y).
# Data files are predict's per-pair tables: x y label pred correct p_true
# loss split sym. frames(file, cond) puts a red 2.5-pt frame (objects from
# 100 on) around every cell whose row satisfies cond (a gnuplot expression
# over the columns as awk sees them, e.g. "$8 == 0 && $9 == 0").
load 'figures/he2026/common.gp'
grid_setup = 'set size ratio -1; set xrange [-0.5 : 22.5]; set yrange [22.5 : -0.5]; unset grid; set border 15 lw 0.5; ' . \
  'set tics out nomirror scale 0.3 font ",6"; set xtics 0, 2, 22; set ytics 0, 2, 22; ' . \
  'set xlabel "Second Input" font ",7" offset 0, 0.6; set ylabel "First Input" font ",7" offset 1.8, 0'
frames(file, cond) = system(sprintf("awk -F'\t' '!/^#/ && (%s) { printf \"set object %%d rect center %%s, %%s size 1, 1 front fillstyle empty border lc rgb \\\"#E00000\\\" lw 1.6; \", 100 + n++, $2, $1 }' '%s'", cond, file))
unframe = 'unset for [i = 100 : 700] object i'
