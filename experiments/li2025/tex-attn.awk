# tex-attn.awk — Li et al. 2025: every head of the one-block transformers
# (attention --summary of TF-3, TF-4, TF-5, in the order given, each after its
# dataset's settings, datagen --print-config, whose k names the run) as a whole
# LaTeX tabular: the share of the non-DC 2-D power in the 4 largest bins, the
# strongest bin (j1, j2), the fit's zeta, the shares of the a+b bins
# +-(zeta, zeta) and of the a-b bins +-(zeta, -zeta), the amplitudes alpha
# (a+b) and beta (a-b) and the fit's relative residual.
#   awk -F'\t' -f lib.awk -f tex-attn.awk config/data-tf3.tsv tf3/attn-summary.tsv config/data-tf4.tsv ...
BEGIN { begin_table("@{}lrrcrrrrrr@{}", "run & head & top 4 & $(j_1, j_2)$ & $\\zeta$ & $a{+}b$ & $a{-}b$ & $\\alpha$ & $\\beta$ & residual") }
# a settings file has no '#' header line; it sets the k of the next summary
FNR == 1 { settings = !/^#/ }
settings { if ($1 == "k") k = $2; next }
FNR == 1 {
    if (k == "") { printf "tex-attn: no dataset settings (k) before %s\n", FILENAME > "/dev/stderr"; bad = 1; exit 1 }
    if (runs++) print "\\midrule"
    run = "TF-" k; k = ""
}
!/^#/ && NF < 13 { printf "tex-attn: %s line %d: %d columns, expected 13\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; exit 1 }
!/^#/ {
    printf "%s & %d & %.2f & $(%d, %d)$ & %d & %.2f & %.2f & %.3g & %.3g & %.2f \\\\\n", run, $1, $2, $3, $4, $5, $6, $7, $9, $11, $13
    run = ""
}
END { if (!bad) end_table(); exit bad }
