# tex-table2.awk — Swaroop 2026 Table 2 for the report: validation accuracy
# of the trained model (Real) and its three idealised extractions, at the
# final and the saturation checkpoint, our row above the paper's per alpha.
#
#   awk -f lib.awk -f tex-table2.awk [label="ours (scaled)"] \
#       kind=paper paper-values.tsv kind=ours table2.tsv > table2.tex
#   awk -f lib.awk -f tex-table2.awk kind=paper paper-values.tsv kind=seeds seed-stats.tsv > seeds.tex
#
# table2.tsv comes from run-table.sh (# alpha real sq_sq sq_cos cos_cos sat_real
# sat_sq_sq sat_sq_cos sat_cos_cos); the best of the three extractions of
# each row and checkpoint is bold, label names our rows. With kind=seeds the
# rows are the seed study's (seed-stats.awk: alpha n, then <col>_mean and
# <col>_sd of those eight columns): mean ± SD over the n seeds. The paper's
# row shows "---" where the paper has no value for that alpha. Writes a
# complete tabular; columns in the paper's order (Real, Sq->Sq, Sq->Cos,
# Cos->Cos).
BEGIN { FS = "\t"; if (label == "") label = "ours" }
/^#/ || NF == 0 { next }
kind == "paper" { if ($2 != "-") PR[$1, $2 + 0] = $3; next }
kind == "ours" || kind == "seeds" { rows[++n] = $0; seeds = kind == "seeds"; next }

function pm(m, s) { return fmt(m, "%.3f") (isnan(s) ? "" : " $\\pm$ " fmt(s, "%.3f")) }
# cells(v1..v4, is_paper): " & "-joined cells, the largest of v2..v4 in bold
function cells(v1, v2, v3, v4, is_paper,    b, i, v, s, x) {
    v[1] = v1; v[2] = v2; v[3] = v3; v[4] = v4
    b = 2
    for (i = 3; i <= 4; i++) if (v[i] + 0 > v[b] + 0) b = i
    for (i = 1; i <= 4; i++) {
        x = is_paper ? paper_cell(v[i]) : fmt(v[i], "%.4f")
        if (i == b && !isnan(v[i])) x = bold(x)
        s = s " & " x
    }
    return s
}

END {
    h = "Real & Sq$\\to$Sq & Sq$\\to$Cos & Cos$\\to$Cos"
    begin_table("@{}l" (seeds ? "r" : "l") "*{8}{c}@{}", " & & \\multicolumn{4}{c}{Final checkpoint} & \\multicolumn{4}{c}{Saturation checkpoint} \\\\\n" \
        "\\cmidrule(lr){3-6}\\cmidrule(l){7-10}\n$\\alpha$ & " (seeds ? "seeds " : "") "& " h " & " h)
    split("real sq_sq sq_cos cos_cos", col, " ")
    for (i = 1; i <= n; i++) {
        split(rows[i], c, "\t")
        for (j = 1; j <= 4; j++) { pf[j] = PR["table2.final." col[j], c[1] + 0]; ps[j] = PR["table2.sat." col[j], c[1] + 0] }
        if (seeds) {
            line = c[1] " & " c[2]
            for (j = 0; j < 8; j++) line = line " & " pm(c[3 + 2 * j], c[4 + 2 * j])
            print line " \\\\"
            line = " & paper"
            for (j = 1; j <= 8; j++) line = line " & " paper_cell(j <= 4 ? pf[j] : ps[j - 4])
            print line " \\\\"
        } else {
            print c[1] " & " label cells(c[2], c[3], c[4], c[5], 0) cells(c[6], c[7], c[8], c[9], 0) " \\\\"
            print " & paper" cells(pf[1], pf[2], pf[3], pf[4], 1) cells(ps[1], ps[2], ps[3], ps[4], 1) " \\\\"
        }
        if (i < n) print "\\addlinespace[2pt]"
    }
    end_table()
}
