# tex.awk — Rangamani 2025: the report's generated LaTeX, one part per call.
#
#   awk -F'\t' -v part=PART -f tex.awk kind=numbers numbers.tsv kind=paper paper-values.tsv \
#       kind=checks checks.tsv kind=tradeoff tradeoff.tsv
# part=numbers  \Rg<Key> for every numbers.tsv key (ours, formatted) and
#               \RgPaper<Key> for every paper value
# part=table1   energy concentration (Table 1): per matrix, top-2|K| singular
#               value energy and key-frequency energy, main model and seed 2
# part=table2   key frequencies of the main model: W_out share, FM-fit errors
# part=checks   the acceptance checks of checks.tsv with our values and verdicts
# part=tradeoff the trade-off runs (tradeoff.tsv)
# Needs lib.awk (camel, fmt, tex, load_line): awk -f lib.awk -f tex.awk ...
kind == "numbers" || kind == "paper" { load_line(); next }
kind == "checks" && !/^#/ && NF >= 5 { n++; ck[n] = $1; rule[n] = $2; lo[n] = $3; hi[n] = $4; claim[n] = $5; next }
kind == "tradeoff" && !/^#/ && NF >= 8 { nt++; tr[nt] = $0; next }
function o(k, f) { return (k in ours) ? fmt(ours[k], f ? f : ofmt[k]) : "n/a" }
function pct(k) { return (k in ours && !isnan(ours[k])) ? sprintf("%.1f", 100 * ours[k]) : "n/a" }
function verdict(i,    v) {
    if (!(ck[i] in ours) || isnan(ours[ck[i]])) return "n/a"
    v = ours[ck[i]] + 0
    if (rule[i] == "ge") return v >= lo[i] + 0 ? "yes" : "no"
    if (rule[i] == "le") return v <= lo[i] + 0 ? "yes" : "no"
    if (rule[i] == "lt") return v < lo[i] + 0 ? "yes" : "no"
    if (rule[i] == "eq") return v == lo[i] + 0 ? "yes" : "no"
    if (rule[i] == "in") return (v >= lo[i] + 0 && v <= hi[i] + 0) ? "yes" : "no"
    return "n/a"
}
function criterion(i) {
    if (rule[i] == "ge") return "$\\ge " lo[i] "$"
    if (rule[i] == "le") return "$\\le " lo[i] "$"
    if (rule[i] == "lt") return "$< " lo[i] "$"
    if (rule[i] == "eq") return "$= " lo[i] "$"
    return "$[" lo[i] ", " hi[i] "]$"
}
END {
    if (part == "numbers") {
        for (k in ours) printf "\\newcommand{\\Rg%s}{%s}\n", camel(k), fmt(ours[k], ofmt[k]) | "sort"
        for (k in paper) printf "\\newcommand{\\RgPaper%s}{%s}\n", camel(k), tex(paper[k]) | "sort"
        close("sort")
        held = 0; failed = ""
        for (i = 1; i <= n; i++) { v = verdict(i); if (v == "yes") held++; else failed = failed (failed ? "; " : "") claim[i] }
        printf "\\newcommand{\\RgChecksHeld}{%d}\n\\newcommand{\\RgChecksTotal}{%d}\n\\newcommand{\\RgChecksFailed}{%s}\n", held, n, failed ? failed : "none"
    } else if (part == "table1") {
        print "\\begin{tabular}{lrrrr}"
        print "\\toprule"
        print " & \\multicolumn{2}{c}{main (seed 1)} & \\multicolumn{2}{c}{seed 2} \\\\"
        print "matrix & top-$2|K|$ $\\sigma^2$ (\\%) & key freq.\\ (\\%) & top-$2|K|$ $\\sigma^2$ (\\%) & key freq.\\ (\\%) \\\\"
        print "\\midrule"
        split("E W_ih W_hh W_out A", m, " "); split("E A G W_out A", s, " ")
        split("$E$|$W_{ih}$ (via $W_{ih}E$)|$W_{hh}$ (via $W_{hh}h_1$)|$W_{out}$|$A = W_{ih}E$", lab, "|")
        for (i = 1; i <= 5; i++)
            printf "%s & %s & %s & %s & %s \\\\\n", lab[i], pct("main.svd." m[i]), pct("main.share." s[i]), pct("seed2.svd." m[i]), pct("seed2.share." s[i])
        print "\\midrule"
        printf "paper [S] & \\multicolumn{4}{c}{%s--%s\\%% (``energy of the significant components'')} \\\\\n", paper["energy_lo"], paper["energy_hi"]
        print "\\bottomrule"
        print "\\end{tabular}"
    } else if (part == "table2") {
        print "\\begin{tabular}{rrrr}"
        print "\\toprule"
        print "$k$ & $W_{out}$ share & FM error, $\\cos$ & FM error, $\\sin$ \\\\"
        print "\\midrule"
        nk = split(ours["main.keys"], kk, /, */)
        for (i = 1; i <= nk; i++)
            printf "%d & %s & %s & %s \\\\\n", kk[i], o("main.wout." kk[i]), o("main.fm." kk[i] ".c"), o("main.fm." kk[i] ".s")
        print "\\midrule"
        printf "non-key (smallest) & & \\multicolumn{2}{c}{%s} \\\\\n", o("main.fm.nonkey_min")
        printf "paper [S] & & \\multicolumn{2}{c}{%s to %s} \\\\\n", tex(paper["fm_lo"]), tex(paper["fm_hi"])
        print "\\bottomrule"
        print "\\end{tabular}"
    } else if (part == "checks") {
        print "\\begin{tabular}{llll}"
        print "\\toprule"
        print "check (main model) & required & ours & holds \\\\"
        print "\\midrule"
        for (i = 1; i <= n; i++) {
            v = verdict(i)
            printf "%s & %s & %s & %s \\\\\n", claim[i], criterion(i), o(ck[i]), v
        }
        print "\\bottomrule"
        print "\\end{tabular}"
    } else if (part == "tradeoff") {
        print "\\begin{tabular}{lrrrrrr}"
        print "\\toprule"
        print "run & $\\lambda$ & $H$ & test acc. & freq.\\ for 90\\% & $|K|$ & robustness \\\\"
        print "\\midrule"
        for (i = 1; i <= nt; i++) {
            split(tr[i], f, "\t")
            printf "%s & %s & %s & %.4f & %s & %s & %s \\\\\n", texesc(f[1]), f[2], f[3], f[4], f[6], f[7], f[5] ? f[8] : "--"
        }
        print "\\bottomrule"
        print "\\end{tabular}"
    }
}
