# tex-attn.awk — Li et al. 2025: every head of the one-block transformers
# (attention --summary of TF-3, TF-4, TF-5, in the order given) as a whole
# LaTeX tabular: the share of the non-DC 2-D power in the 4 largest bins, the
# strongest bin (j1, j2), the fit's zeta, the shares of the a+b bins
# +-(zeta, zeta) and of the a-b bins +-(zeta, -zeta), the amplitudes alpha
# (a+b) and beta (a-b) and the fit's relative residual.
#   awk -F'\t' -f tex-attn.awk tf3/attn-summary.tsv tf4/attn-summary.tsv tf5/attn-summary.tsv
BEGIN {
    print "\\begin{tabular}{@{}lrrcrrrrrr@{}}\n\\toprule"
    print "run & head & top 4 & $(j_1, j_2)$ & $\\zeta$ & $a{+}b$ & $a{-}b$ & $\\alpha$ & $\\beta$ & residual \\\\"
}
FNR == 1 {
    print "\\midrule"
    run = FILENAME
    if (!match(run, /tf[0-9]+/)) { printf "tex-attn: %s is no TF run's summary\n", FILENAME > "/dev/stderr"; bad = 1; exit 1 }
    run = "TF-" substr(run, RSTART + 2, RLENGTH - 2)
}
!/^#/ && NF < 13 { printf "tex-attn: %s line %d: %d columns, expected 13\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; exit 1 }
!/^#/ {
    printf "%s & %d & %.2f & $(%d, %d)$ & %d & %.2f & %.2f & %.3g & %.3g & %.2f \\\\\n", run, $1, $2, $3, $4, $5, $6, $7, $9, $11, $13
    run = ""
}
END { if (!bad) print "\\bottomrule\n\\end{tabular}"; exit bad }
