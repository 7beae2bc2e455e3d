# tex-table1.awk — Swaroop 2026 Table 1 for the report: accuracy of networks
# constructed without training, ours (mean ± SD over seeds) above the paper's,
# for every width we ran.
#
#   awk -f lib.awk -f tex-table1.awk p=P kind=paper paper-values.tsv kind=ours table1.tsv > table1.tex
#
# table1.tsv is idealize --construct's output (# width cos_cos_mean cos_cos_sd
# sq_cos_mean sq_cos_sd sq_sq_mean sq_sq_sd welch_t welch_p); p our modulus.
# Per width: our row, the paper's row ("---" where the paper has no such
# width); the best mean of each row in bold; the Welch p of Sq->Cos against
# the better other construction; and, for each of our three cells, whether
# it lies within one paper SD of the paper's mean (check mark or cross; "---"
# without a paper value or when our p is not the paper's, since accuracy
# depends on p). Writes a complete tabular.
BEGIN { FS = "\t" }
/^#/ || NF == 0 { next }
kind == "paper" && $2 == "-" { P[$1] = $3; next }
kind == "paper" { PR[$1, $2 + 0] = $3; next }
kind == "ours" { rows[++n] = $0; next }

function pm(s, sd) { return s " $\\pm$ " sd }
# cells(M, SD, is_paper): the three constructions' "mean ± SD" cells,
# " & "-joined, the largest mean in bold; ours to four places, the paper's as printed
function cells(M, SD, is_paper,    b, j, s, cell) {
    b = 1
    for (j = 2; j <= 3; j++) if (M[j] + 0 > M[b] + 0) b = j
    for (j = 1; j <= 3; j++) {
        cell = is_paper ? pm(tex(M[j]), tex(SD[j])) : pm(fmt(M[j], "%.4f"), fmt(SD[j], "%.4f"))
        s = s " & " (j == b ? bold(cell) : cell)
    }
    return s
}

END {
    same_p = (p + 0 == P["setup.p"] + 0)
    split("cos_cos sq_cos sq_sq", wave, " ")
    begin_table("@{}rlccccc@{}", "$N$ & & Cos$\\to$Cos & Sq$\\to$Cos & Sq$\\to$Sq & Welch $p$ & within 1 SD")
    for (i = 1; i <= n; i++) {
        split(rows[i], c, "\t")
        w = c[1] + 0
        # ours: means in columns 2, 4, 6, SDs in 3, 5, 7
        within = ""
        for (j = 1; j <= 3; j++) {
            M[j] = c[2 * j]; SD[j] = c[2 * j + 1]
            m = PR["table1." wave[j] ".mean", w]; sd = PR["table1." wave[j] ".sd", w]
            mark = (m == "" || !same_p) ? "---" : (abs(c[2 * j] - m) <= sd + 1e-12 ? "\\checkmark" : "$\\times$")
            within = within (j > 1 ? "\\," : "") mark
        }
        print w " & ours" cells(M, SD, 0) " & " fmt(c[9], "sci") " & " within " \\\\"
        if (PR["table1.sq_cos.mean", w] == "") print " & paper & --- & --- & --- & --- & \\\\"
        else {
            for (j = 1; j <= 3; j++) { M[j] = PR["table1." wave[j] ".mean", w]; SD[j] = PR["table1." wave[j] ".sd", w] }
            pw = PR["table1.welch_p", w]
            print " & paper" cells(M, SD, 1) " & " (pw == "" ? "---" : tex(pw)) " & \\\\"
        }
        if (i < n) print "\\addlinespace[2pt]"
    }
    end_table()
}
