# tex-theory.awk — Li et al. 2025: the theory table (margin --theory) as a whole
# LaTeX tabular (so that \input stays outside it): p, k, gamma*(p, k), width
# 2^{2k-2}(p-1), neurons per frequency, the construction's normalised margin, relative gap.
#   awk -F'\t' -f lib.awk -f tex-theory.awk theory.tsv
BEGIN { begin_table("@{}rrcrrcc@{}", "$p$ & $k$ & $\\gamma^*(p,k)$ & width & per freq. & construction's margin & rel.\\ gap") }
# times10(x): x to seven significant digits as $a\times10^{b}$
function times10(x,   s, a) { s = sprintf("%.6e", x); split(s, a, "e"); return sprintf("$%s\\times10^{%d}$", a[1], a[2] + 0) }
!/^#/ && NF >= 10 { printf "%d & %d & %s & %d & %d & %s & %.1e \\\\\n", $1, $2, times10($3), $4, $5, times10($9), $10 }
END { end_table() }
