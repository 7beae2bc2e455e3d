# tables.awk — He et al. 2026: the report's tables as LaTeX tabulars, the
# paper's value beside ours in every cell.
#
#   awk -F'\t' -f lib.awk -f tables.awk part=PART kind=numbers numbers.tsv \
#       kind=paper paper-values.tsv [kind=rows headline.tsv]
# PART: t1 (activation swap), t2 (frequency diversity), t3 (phase
# diversity), t4 (Proposition 1's worked example), headline (the rows of
# headline.tsv: key, label, group; a group heading where the group changes).
kind == "numbers" || kind == "paper" { load_line(); next }
kind == "rows" && !/^#/ && NF >= 3 { nr++; rkey[nr] = $1; rlabel[nr] = $2; rgroup[nr] = $3; next }
function o(k) { return (k in ours) ? fmt(ours[k], ofmt[k]) : "---" }
function p(k) { return (k in paper) ? tex(paper[k]) : "---" }
function pair(k) { return p(k) " & " o(k) }
END {
    if (part == "t1") {
        split("relu abs square pow4 pow8 softplus2 exp identity cube", a, " ")
        split("ReLU (trained);$|x|$;$x^2$;$x^4$;$x^8$;$\\log(1+e^{2x})$;$e^x$;$x$;$x^3$", nm, ";")
        print "\\begin{tabular}{@{}l" "rrrr" "@{}}"
        print "\\toprule"
        print "$\\sigma$ at evaluation & \\multicolumn{2}{c}{Accuracy} & \\multicolumn{2}{c}{Cross-entropy} \\\\"
        print " & paper & ours & paper & ours \\\\"
        print "\\midrule"
        for (i = 1; i <= 9; i++) printf "%s & %s & %s \\\\\n", nm[i], pair("t1." a[i] ".acc"), pair("t1." a[i] ".loss")
        print "\\bottomrule\n\\end{tabular}"
    } else if (part == "t2") {
        print "\\begin{tabular}{@{}rrrrrrrr@{}}"
        print "\\toprule"
        print "\\# freq. & subsets & \\multicolumn{2}{c}{mean} & \\multicolumn{2}{c}{median} & \\multicolumn{2}{c}{SD} \\\\"
        print " & & paper & ours & paper & ours & paper & ours \\\\"
        print "\\midrule"
        split("1 2 4 8 11", ns, " ")
        for (i = 1; i <= 5; i++) { k = "t2." ns[i]
            printf "%s & %s & %s & %s & %s \\\\\n", ns[i], o(k ".subsets"), pair(k ".mean"), pair(k ".median"), pair(k ".std") }
        print "\\bottomrule\n\\end{tabular}"
    } else if (part == "t3") {
        print "\\begin{tabular}{@{}lrrrrrr@{}}"
        print "\\toprule"
        print "Phase range & \\multicolumn{2}{c}{mean} & \\multicolumn{2}{c}{median} & \\multicolumn{2}{c}{SD} \\\\"
        print " & paper & ours & paper & ours & paper & ours \\\\"
        print "\\midrule"
        split("0.4 0.8 1.2 1.6 2.0", rs, " ")
        for (i = 1; i <= 5; i++) { k = "t3." rs[i]
            printf "$[0, %s\\pi)$ & %s & %s & %s \\\\\n", rs[i], pair(k ".mean"), pair(k ".median"), pair(k ".std") }
        print "\\bottomrule\n\\end{tabular}"
    } else if (part == "t4") {
        print "\\begin{tabular}{@{}llrr@{}}"
        print "\\toprule"
        print "Output index $j$ & What fires & paper & ours \\\\"
        print "\\midrule"
        printf "10 & correct answer $x + y$ & %s \\\\\n", pair("t4.correct")
        printf "6 ($= 2x$) & ghost & %s \\\\\n", pair("t4.ghost")
        printf "14 ($= 2y$) & ghost & %s \\\\\n", pair("t4.ghost")
        printf "any other $j$ & background & %s \\\\\n", pair("t4.background")
        print "\\bottomrule\n\\end{tabular}"
    } else if (part == "headline") {
        # floats of at most 50 rows (group headings count), so that the table breaks across pages
        rows = 0
        for (i = 1; i <= nr; i++) {
            newgroup = rgroup[i] != last
            if (i == 1 || rows + 1 + newgroup > 50) {
                if (i > 1) print "\\bottomrule\n\\end{tabular}\n\\end{table}"
                print "\\begin{table}[p]\n\\centering\\footnotesize"
                if (i == 1) print "\\caption{Headline numbers: the paper's (its notebooks, blog, or recomputation from its checkpoints; README \\S7) beside ours.}\n\\label{tab:he-headline}"
                else print "\\caption*{Table~\\ref{tab:he-headline} (continued).}"
                print "\\begin{tabular}{@{}p{9.6cm}rr@{}}\n\\toprule\nQuantity & Paper & Ours \\\\"
                rows = 0; last = ""; newgroup = 1
            }
            if (newgroup) { printf "\\midrule\n\\multicolumn{3}{@{}l}{\\emph{%s}} \\\\\n", rgroup[i]; last = rgroup[i]; rows++ }
            printf "%s & %s \\\\\n", rlabel[i], pair(rkey[i])
            rows++
        }
        print "\\bottomrule\n\\end{tabular}\n\\end{table}"
    }
}
