# checks.awk — He et al. 2026: applies the rules of checks.tsv to our values
# (numbers.tsv) and the paper's (paper-values.tsv).
#
#   awk -F'\t' -f lib.awk -f checks.awk part=table kind=numbers numbers.tsv \
#       kind=paper paper-values.tsv kind=checks checks.tsv      -> table floats
#   ... part=macros ...   -> \HeChecksTotal, \HeChecksHeld, \HeChecksFailed (list)
#   ... part=tsv ...      -> key verdict ours paper (for the tests)
# A check whose value (or needed paper value) is missing is "n/a" and not counted.
kind == "numbers" || kind == "paper" { load_line(); next }
kind == "checks" && !/^#/ && NF >= 4 { n++; key[n] = $1; rule[n] = $2; arg[n] = $3; claim[n] = $4; next }
function verdict(i,    o, p, d) {
    o = (key[i] in ours) ? ours[key[i]] : ""; p = (key[i] in paper) ? paper[key[i]] : ""
    if (isnan(o) || !isnum(o)) return "n/a"
    if (rule[i] == "absle") return ((o < 0 ? -o : o) <= arg[i] + 0) ? "yes" : "no"
    if (rule[i] == "lt") return (o + 0 < arg[i] + 0) ? "yes" : "no"
    if (rule[i] == "gt") return (o + 0 > arg[i] + 0) ? "yes" : "no"
    if (rule[i] == "eq") return (o + 0 == arg[i] + 0) ? "yes" : "no"
    if (isnan(p) || !isnum(p)) return "n/a"
    if (rule[i] == "relpaper") { d = o / p - 1; return ((d < 0 ? -d : d) <= arg[i] + 0) ? "yes" : "no" }
    if (rule[i] == "absdiff") { d = o - p; return ((d < 0 ? -d : d) <= arg[i] + 0) ? "yes" : "no" }
    # N digits, or as many as the paper prints when fewer; agreement at the
    # paper's own precision also counts (0.0155 is 1.5e-2 in binary rounding)
    if (rule[i] == "sig") return (same(o, p, sigdigits(p) < arg[i] + 0 ? sigdigits(p) : arg[i] + 0) || same(o, p, sigdigits(p))) ? "yes" : "no"
    return "n/a"
}
function criterion(i) {
    if (rule[i] == "absle") return "$|x| \\le " arg[i] "$"
    if (rule[i] == "lt") return "$< " arg[i] "$"
    if (rule[i] == "gt") return "$> " arg[i] "$"
    if (rule[i] == "eq") return "$= " arg[i] "$"
    if (rule[i] == "relpaper") return "within " arg[i] * 100 "\\%"
    if (rule[i] == "absdiff") return "$\\pm " arg[i] "$"
    if (rule[i] == "sig") return arg[i] " sig.\\ digits"
}
END {
    held = total = 0; failed = ""
    for (i = 1; i <= n; i++) {
        v[i] = verdict(i)
        if (v[i] != "n/a") { total++; if (v[i] == "yes") held++; else failed = failed (failed == "" ? "" : "; ") claim[i] }
    }
    if (part == "macros") {
        printf "\\newcommand{\\HeChecksTotal}{%d}\n\\newcommand{\\HeChecksHeld}{%d}\n", total, held
        printf "\\newcommand{\\HeChecksFailed}{%s}\n", failed == "" ? "none" : failed
    } else if (part == "tsv") {
        for (i = 1; i <= n; i++) printf "%s\t%s\t%s\t%s\n", key[i], v[i], (key[i] in ours) ? ours[key[i]] : "", (key[i] in paper) ? paper[key[i]] : ""
    } else {
        # floats of at most 45 rows, so that a long list breaks across pages
        for (i = 1; i <= n; i++) {
            if ((i - 1) % 45 == 0) {
                if (i > 1) print "\\bottomrule\n\\end{tabular}\n\\end{table}"
                print "\\begin{table}[p]\n\\centering\\footnotesize"
                if (i == 1) print "\\caption{Acceptance checks and testable claims (\\texttt{experiments/he2026/checks.tsv}): the paper's value, ours, the criterion and whether it holds.}\n\\label{tab:he-checks}"
                else print "\\caption*{Table~\\ref{tab:he-checks} (continued).}"
                print "\\begin{tabular}{@{}p{8.2cm}llll@{}}\n\\toprule\nClaim or check & Paper & Ours & Criterion & Holds \\\\\n\\midrule"
            }
            printf "%s & %s & %s & %s & %s \\\\\n", claim[i], key[i] in paper ? tex(paper[key[i]]) : "---", \
                fmt(ours[key[i]], ofmt[key[i]]), criterion(i), v[i] == "yes" ? "yes" : (v[i] == "no" ? "\\textbf{no}" : "n/a")
        }
        print "\\bottomrule\n\\end{tabular}\n\\end{table}"
    }
}
