# tex-noise.awk — Swaroop 2026: one line per training run (label-noise level
# alpha) for the report: steps, stop rule, saturation step, final validation
# accuracy, mean periodicity, structured neurons and the circular
# correlations r (all neurons) and r' (structured), ours beside the paper's
# (Table 2 Real, Fig. 5 panel titles; "---" where the paper gives none).
#
#   awk -f lib.awk -f tex-noise.awk noise.tsv > noise.tex
#
# noise.tsv comes from run-table.sh (figures.mk). Writes a complete tabular.
BEGIN { FS = "\t" }
/^#/ || NF == 0 { next }
# the stop rule, short enough for a narrow column
function stop_rule(s) {
    return s == "target_validation_accuracy" ? "target acc." : s == "maximum_steps" ? "max.\\ steps" : fmt(s, "text")
}
{
    line = $1 " & " fmt($10, "int") " & " stop_rule($12) " & " fmt($11, "int")
    line = line " & " fmt($2, "%.4f") " & " paper_cell($13)
    line = line " & " fmt($3, "%.2f") " & " fmt($5, "int") "/" fmt($4, "int")
    line = line " & " fmt($8, "%.3f") " & " paper_cell($14) " & " fmt($9, "%.4f") " & " paper_cell($15)
    body = body line " \\\\\n"
}
END {
    begin_table("@{}rrlrcccrcccc@{}", " & & & & \\multicolumn{2}{c}{Real (final)} & & & \\multicolumn{2}{c}{$r$ (all)} & \\multicolumn{2}{c}{$r'$ (structured)} \\\\\n" \
        "\\cmidrule(lr){5-6}\\cmidrule(lr){9-10}\\cmidrule(l){11-12}\n" \
        "$\\alpha$ & steps & stopped by & sat.\\ step & ours & paper & mean per. & struct. & ours & paper & ours & paper")
    printf "%s", body
    end_table()
}
