# tex.awk — Rangamani 2025: the report's tables and the checks' tally, one
# part per call (the plain \Rg<Key> and \RgPaper<Key> macros are the generic
# writer's, experiments/tex-macros.awk).
#
#   awk -F'\t' -f lib.awk -f tex.awk part=PART kind=numbers numbers.tsv \
#       kind=paper paper-values.tsv kind=checks checks.tsv kind=tradeoff tradeoff.tsv
# part=tally    \RgChecksHeld, \RgChecksTotal, \RgChecksFailed (the claims of
#               the checks that do not hold)
# part=table1   energy concentration (Table 1): per matrix, top-2|K| singular
#               value energy and key-frequency energy, main model and seed 2
# part=table2   key frequencies of the main model: W_out share, FM-fit errors
# part=checks   the acceptance checks of checks.tsv with our values and verdicts
# part=tradeoff the trade-off runs (tradeoff.tsv)
kind == "numbers" || kind == "paper" { load_line(); next }
kind == "checks" && !/^#/ && NF >= 5 { n++; ck[n] = $1; rule[n] = $2; lo[n] = $3; hi[n] = $4; claim[n] = $5; next }
kind == "tradeoff" && !/^#/ && NF >= 8 {
    trade = trade sprintf("%s & %s & %s & %.4f & %s & %s & %s \\\\\n", texesc($1), $2, $3, $4, $6, $7, $5 ? $8 : "--"); next }
function o(k) { return (k in ours) ? fmt(ours[k], ofmt[k]) : "n/a" }
function pct(k) { return (k in ours && !isnan(ours[k])) ? sprintf("%.1f", 100 * ours[k]) : "n/a" }
# check i (lib.awk's check_verdict()): "yes" when our value keeps its rule
function verdict(i) { return check_verdict(rule[i], (ck[i] in ours) ? ours[ck[i]] : "", "", lo[i], hi[i]) }
END {
    if (part == "tally") {
        for (i = 1; i <= n; i++) { v = verdict(i); if (v == "yes") held++; else failed = failed (failed ? "; " : "") claim[i] }
        printf "\\newcommand{\\RgChecksHeld}{%d}\n\\newcommand{\\RgChecksTotal}{%d}\n\\newcommand{\\RgChecksFailed}{%s}\n", held, n, failed ? failed : "none"
    } else if (part == "table1") {
        begin_table("lrrrr", " & \\multicolumn{2}{c}{main (seed 1)} & \\multicolumn{2}{c}{seed 2} \\\\\n" \
              "matrix & top-$2|K|$ $\\sigma^2$ (\\%) & key freq.\\ (\\%) & top-$2|K|$ $\\sigma^2$ (\\%) & key freq.\\ (\\%)")
        split("E W_ih W_hh W_out A", m, " "); split("E A G W_out A", s, " ")
        split("$E$|$W_{ih}$ (via $W_{ih}E$)|$W_{hh}$ (via $W_{hh}h_1$)|$W_{out}$|$A = W_{ih}E$", lab, "|")
        for (i = 1; i <= 5; i++)
            printf "%s & %s & %s & %s & %s \\\\\n", lab[i], pct("main.svd." m[i]), pct("main.share." s[i]), pct("seed2.svd." m[i]), pct("seed2.share." s[i])
        print "\\midrule"
        printf "paper [S] & \\multicolumn{4}{c}{%s--%s\\%% (``energy of the significant components'')} \\\\\n", paper["energy_lo"], paper["energy_hi"]
    } else if (part == "table2") {
        begin_table("rrrr", "$k$ & $W_{out}$ share & FM error, $\\cos$ & FM error, $\\sin$")
        nk = split(ours["main.keys"], kk, /, */)
        for (i = 1; i <= nk; i++)
            printf "%d & %s & %s & %s \\\\\n", kk[i], o("main.wout." kk[i]), o("main.fm." kk[i] ".c"), o("main.fm." kk[i] ".s")
        print "\\midrule"
        printf "non-key (smallest) & & \\multicolumn{2}{c}{%s} \\\\\n", o("main.fm.nonkey_min")
        printf "paper [S] & & \\multicolumn{2}{c}{%s to %s} \\\\\n", tex(paper["fm_lo"]), tex(paper["fm_hi"])
    } else if (part == "checks") {
        begin_table("llll", "check (main model) & required & ours & holds")
        for (i = 1; i <= n; i++) printf "%s & %s & %s & %s \\\\\n", claim[i], check_criterion(rule[i], lo[i], hi[i]), o(ck[i]), verdict(i)
    } else if (part == "tradeoff") {
        begin_table("lrrrrrr", "run & $\\lambda$ & $H$ & test acc. & freq.\\ for 90\\% & $|K|$ & robustness")
        printf "%s", trade
    }
    if (part != "tally") end_table()
}
