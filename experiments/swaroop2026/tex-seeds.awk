# tex-seeds.awk — Swaroop 2026 seed study for the report: Table 2's columns
# as mean ± SD over seeds, one row per noise level, the paper's single run
# below ours.
#
#   awk -f lib.awk -f tex-seeds.awk kind=paper paper-values.tsv kind=ours seed-stats.tsv > seeds.tex
#
# seed-stats.tsv comes from seed-stats.awk (alpha n, then <col>_mean and
# <col>_sd for real sq_sq sq_cos cos_cos and their sat_ twins). Writes a
# complete tabular; "---" where the paper has no value for that alpha.
BEGIN { FS = "\t" }
/^#/ || NF == 0 { next }
kind == "paper" { if ($2 != "-") PR[$1, $2 + 0] = $3; next }
kind == "ours" { rows[++n] = $0; next }

function pm(m, s) { return fmt(m, "%.3f") (isnan(s) ? "" : " $\\pm$ " fmt(s, "%.3f")) }
function paper_cell(x) { return x == "" ? "---" : tex(x) }

END {
    print "\\begin{tabular}{@{}lr*{8}{c}@{}}"
    table2_head("seeds")
    split("final.real final.sq_sq final.sq_cos final.cos_cos sat.real sat.sq_sq sat.sq_cos sat.cos_cos", key, " ")
    for (i = 1; i <= n; i++) {
        split(rows[i], c, "\t")
        line = c[1] " & " c[2]
        for (j = 0; j < 8; j++) line = line " & " pm(c[3 + 2 * j], c[4 + 2 * j])
        print line " \\\\"
        line = " & paper"
        for (j = 1; j <= 8; j++) line = line " & " paper_cell(PR["table2." key[j], c[1] + 0])
        print line " \\\\"
        if (i < n) print "\\addlinespace[2pt]"
    }
    print "\\bottomrule"
    print "\\end{tabular}"
}
