# tables.awk — He et al. 2026: the report's tables as LaTeX, the paper's
# value beside ours in every cell, and the acceptance checks (checks.tsv)
# applied to ours (numbers.tsv) and the paper's (paper-values.tsv).
#
#   awk -F'\t' -f lib.awk -f tables.awk part=PART kind=numbers numbers.tsv \
#       kind=paper paper-values.tsv [kind=rows headline.tsv] [kind=checks checks.tsv]
# PART: t1 (activation swap), t2 (frequency diversity), t3 (phase
# diversity), t4 (Proposition 1's worked example), headline (the rows of
# headline.tsv: key, label, group; a group heading where the group changes),
# checks (the check table), checks-macros (checks.total, checks.held and
# checks.failed, a list, for the macro writer's kind=latex), checks-tsv (key
# verdict ours paper, for the tests).
# A check whose value (or needed paper value) is missing is "n/a" and not counted.
kind == "numbers" || kind == "paper" { load_line(); next }
kind == "rows" && !/^#/ && NF >= 3 { nr++; rkey[nr] = $1; rlabel[nr] = $2; rgroup[nr] = $3; next }
kind == "checks" && !/^#/ && NF >= 4 { n++; key[n] = $1; rule[n] = $2; arg[n] = $3; claim[n] = $4; next }
function o(k) { return (k in ours) ? fmt(ours[k], ofmt[k]) : "---" }
function p(k) { return (k in paper) ? tex(paper[k]) : "---" }
function pair(k) { return p(k) " & " o(k) }
# a long table as floats of a few rows each, so that it breaks across pages;
# float(I, ...) opens the float of row I, the first with caption and label
function float(i, label, caption, spec, head) {
    if (i > 1) { end_table(); print "\\end{table}" }
    print "\\begin{table}[p]\n\\centering\\footnotesize"
    if (i == 1) print "\\caption{" caption "}\n\\label{tab:" label "}"
    else print "\\caption*{Table~\\ref{tab:" label "} (continued).}"
    begin_table("@{}" spec "@{}", head)
}
# check i (lib.awk's check_verdict()) on our value and the paper's
function verdict(i) {
    return check_verdict(rule[i], (key[i] in ours) ? ours[key[i]] : "", (key[i] in paper) ? paper[key[i]] : "", arg[i])
}
END {
    if (part == "t1") {
        split("relu abs square pow4 pow8 softplus2 exp identity cube", a, " ")
        split("ReLU (trained);$|x|$;$x^2$;$x^4$;$x^8$;$\\log(1+e^{2x})$;$e^x$;$x$;$x^3$", nm, ";")
        begin_table("@{}lrrrr@{}", "$\\sigma$ at evaluation & \\multicolumn{2}{c}{Accuracy} & \\multicolumn{2}{c}{Cross-entropy} \\\\\n & paper & ours & paper & ours")
        for (i = 1; i <= 9; i++) printf "%s & %s & %s \\\\\n", nm[i], pair("t1." a[i] ".acc"), pair("t1." a[i] ".loss")
    } else if (part == "t2" || part == "t3") {
        if (part == "t2") begin_table("@{}rrrrrrrr@{}", "\\# freq. & subsets & \\multicolumn{2}{c}{mean} & \\multicolumn{2}{c}{median} & \\multicolumn{2}{c}{SD} \\\\\n & & paper & ours & paper & ours & paper & ours")
        else begin_table("@{}lrrrrrr@{}", "Phase range & \\multicolumn{2}{c}{mean} & \\multicolumn{2}{c}{median} & \\multicolumn{2}{c}{SD} \\\\\n & paper & ours & paper & ours & paper & ours")
        split(part == "t2" ? "1 2 4 8 11" : "0.4 0.8 1.2 1.6 2.0", rs, " ")
        for (i = 1; i <= 5; i++) { k = part "." rs[i]
            printf "%s & %s & %s & %s \\\\\n", part == "t2" ? rs[i] " & " o(k ".subsets") : "$[0, " rs[i] "\\pi)$", pair(k ".mean"), pair(k ".median"), pair(k ".std") }
    } else if (part == "t4") {
        begin_table("@{}llrr@{}", "Output index $j$ & What fires & paper & ours")
        split("10 & correct answer $x + y$;6 ($= 2x$) & ghost;14 ($= 2y$) & ghost;any other $j$ & background", nm, ";")
        split("correct ghost ghost background", a, " ")
        for (i = 1; i <= 4; i++) printf "%s & %s \\\\\n", nm[i], pair("t4." a[i])
    } else if (part == "headline") {
        # floats of at most 50 rows (group headings count)
        for (i = 1; i <= nr; i++) {
            newgroup = rgroup[i] != last
            if (i == 1 || rows + 1 + newgroup > 50) {
                float(i, "he-headline", "Headline numbers: the paper's (its notebooks, blog, or recomputation from its checkpoints; README \\S7) beside ours.", \
                    "p{9.6cm}rr", "Quantity & Paper & Ours")
                rows = 0; last = ""; newgroup = 1
            }
            if (newgroup) { printf "%s\\multicolumn{3}{@{}l}{\\emph{%s}} \\\\\n", rows ? "\\midrule\n" : "", rgroup[i]; last = rgroup[i]; rows++ }
            printf "%s & %s \\\\\n", rlabel[i], pair(rkey[i])
            rows++
        }
    } else if (part ~ /^checks/) {
        for (i = 1; i <= n; i++) {
            v[i] = verdict(i)
            if (v[i] != "n/a") { total++; if (v[i] == "yes") held++; else failed = failed (failed == "" ? "" : "; ") claim[i] }
        }
        if (part == "checks-macros") {
            printf "checks.total\t%d\nchecks.held\t%d\nchecks.failed\t%s\n", total, held, failed == "" ? "none" : failed
        } else if (part == "checks-tsv") {
            for (i = 1; i <= n; i++) printf "%s\t%s\t%s\t%s\n", key[i], v[i], (key[i] in ours) ? ours[key[i]] : "", (key[i] in paper) ? paper[key[i]] : ""
        } else {
            for (i = 1; i <= n; i++) {
                if ((i - 1) % 45 == 0)
                    float(i, "he-checks", "Acceptance checks and testable claims (\\texttt{experiments/he2026/checks.tsv}): the paper's value, ours, the criterion and whether it holds.", \
                        "p{8.2cm}llll", "Claim or check & Paper & Ours & Criterion & Holds")
                printf "%s & %s & %s & %s & %s \\\\\n", claim[i], p(key[i]), fmt(ours[key[i]], ofmt[key[i]]), check_criterion(rule[i], arg[i]), \
                    v[i] == "no" ? bold("no") : v[i]
            }
        }
    }
    if (part ~ /^(t[1-4]|headline|checks)$/) end_table()
    if (part ~ /^(headline|checks)$/) print "\\end{table}"
}
