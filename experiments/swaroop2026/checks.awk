# checks.awk — Swaroop 2026: the paper's claims beside ours, each with the
# criterion we judge it by and whether it holds, as a LaTeX tabular.
#
#   awk -f lib.awk -f checks.awk [part=macros] kind=numbers numbers.tsv kind=paper paper-values.tsv \
#       kind=checks checks.tsv > checks.tex
#
# numbers.tsv comes from numbers.awk (ours, and counts over the paper's own
# tables under "paper."); paper-values.tsv holds the paper's scalars. The
# criteria (thresholds included) live in checks.tsv (its header says how a
# row reads) and in the last row here, and only there: the table prints
# them, so the report states exactly what "holds" means. A check whose input
# is missing (nan) reads n/a. With part=macros it writes, instead of the
# table, \SwChecksHeld, \SwChecksTotal, \SwChecksFailed and \SwChecksPassed
# (the claims that did not hold and those that did, as lists) for the text.
BEGIN { FS = "\t" }
/^#/ || NF < 2 { next }
kind == "numbers" { V[$1] = $2; F[$1] = $3; next }
kind == "paper" && $2 == "-" { P[$1] = $3; next }
kind == "checks" { check_row[++n_checks] = $0; next }

function f(k) { return fmt(V[k], F[k]) }           # ours, as printed
# row(short, claim, paper, ours, criterion, verdict): verdict 1 holds, 0
# not, -1 n/a; short names the claim in \SwChecksPassed and \SwChecksFailed
function row(short, claim, paper, ours, crit, verdict,    s) {
    s = verdict < 0 ? "n/a" : (verdict ? "yes" : bold("no"))
    rows = rows claim " & " paper " & " ours " & " crit " & " s " \\\\\n"
    if (verdict >= 0) {
        total++
        if (verdict) { held++; passed = passed (passed == "" ? "" : "; ") short }
        else failed = failed (failed == "" ? "" : "; ") short
    }
}
function frac(a, b) { return fmt(V[a], "int") "/" fmt(V[b], "int") }
# fill(cell): a checks.tsv cell with its <WHAT:KEY> fields filled in
function fill(s,    out, k, a, x) {
    while (match(s, /<(v|pv|f|pf|frac|chance):[^>]*>/)) {
        out = out substr(s, 1, RSTART - 1)
        k = substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, RSTART + RLENGTH)
        a = substr(k, index(k, ":") + 1); k = substr(k, 1, index(k, ":") - 1)
        split(a, x, " ")
        out = out (k == "v" ? V[a] : k == "pv" ? P[a] : k == "f" ? f(a) : k == "pf" ? tex(P[a]) : k == "frac" ? frac(x[1], x[2]) : chance)
    }
    return out s
}
# term(t): a TERM of a checks.tsv rule (its header)
function term(t,    x) {
    if (t ~ /^\|/) { split(substr(t, 2, length(t) - 2), x, "-"); return abs(term(x[1]) - term(x[2])) }
    if (index(t, "*")) { split(t, x, "*"); return term(x[1]) * term(x[2]) }
    if (index(t, "/")) { split(t, x, "/"); return term(x[1]) / term(x[2]) }
    if (t ~ /^P:/) return P[substr(t, 3)]
    return t ~ /^[-.0-9]/ ? t + 0 : V[t]
}
# verdict(na, rule): -1 if a condition of na holds, else whether every
# comparison of rule does
function verdict(na, rule,    c, n, i, x) {
    n = split(na, c, " ")
    for (i = 1; i <= n; i++) {
        if (c[i] ~ /=0$/) { if (V[substr(c[i], 1, length(c[i]) - 2)] == 0) return -1 }
        else if (c[i] ~ /^!/) { if (!V[substr(c[i], 2)]) return -1 }
        else if (!(c[i] in V) || isnan(V[c[i]])) return -1
    }
    n = split(rule, c, " && ")
    for (i = 1; i <= n; i++) {
        split(c[i], x, " ")
        if (!compare(term(x[1]), x[2], term(x[3]))) return 0
    }
    return 1
}

END {
    chance = "$1/p$ = " sprintf("%.4f", 1 / V["setup.p"])
    for (i = 1; i <= n_checks; i++) {
        split(check_row[i], c, "\t")
        row(fill(c[1]), fill(c[2]), fill(c[3]), fill(c[4]), fill(c[5]), verdict(c[6], c[7]))
    }
    # the one check whose cell depends on a condition
    row("Table~1 within one paper SD", "Table~1: our means within one paper SD of the paper's: cells", "---",
        V["table1.same_p"] ? frac("table1.within", "table1.compared") : "not comparable ($p$ = " f("setup.p") ")",
        "at least half (same $p$ only)",
        (!V["table1.same_p"] || V["table1.compared"] == 0) ? -1 : V["table1.within"] >= 0.5 * V["table1.compared"])

    if (part == "macros") {
        printf "\\newcommand{\\SwChecksHeld}{%d}\n\\newcommand{\\SwChecksTotal}{%d}\n", held, total
        printf "\\newcommand{\\SwChecksFailed}{%s}\n", (failed == "" ? "none" : failed)
        printf "\\newcommand{\\SwChecksPassed}{%s}\n", (passed == "" ? "none" : passed)
        exit 0
    }
    R = ">{\\raggedright\\arraybackslash}"
    begin_table("@{}" R "p{4.3cm}" R "p{2.7cm}" R "p{3.0cm}" R "p{3.4cm}c@{}", "Claim & Paper & Ours & Criterion & Holds")
    printf "%s", rows
    end_table()
}
