# checks.awk — Swaroop 2026: the paper's claims beside ours, each with the
# criterion we judge it by and whether it holds, as a LaTeX tabular.
#
#   awk -f lib.awk -f checks.awk [part=macros] kind=numbers numbers.tsv kind=paper paper-values.tsv > checks.tex
#
# numbers.tsv comes from numbers.awk (ours, and counts over the paper's own
# tables under "paper."); paper-values.tsv holds the paper's scalars. The
# criteria (thresholds included) live here and only here: the table prints
# them, so the report states exactly what "holds" means. A check whose input
# is missing (nan) reads n/a. With part=macros it writes, instead of the
# table, \SwChecksHeld, \SwChecksTotal, \SwChecksFailed and \SwChecksPassed
# (the claims that did not hold and those that did, as lists) for the text.
BEGIN { FS = "\t" }
/^#/ || NF < 2 { next }
kind == "numbers" { V[$1] = $2; F[$1] = $3; next }
kind == "paper" && $2 == "-" { P[$1] = $3; next }

function v(k) { return V[k] }                      # ours, raw
function f(k) { return fmt(V[k], F[k]) }           # ours, as printed
function pv(k) { return P[k] }                     # paper, as printed in the paper
function pf(k) { return tex(P[k]) }
function nan(k) { return !(k in V) || isnan(V[k]) }
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
# every_row(short, claim, tab, count, rows): a claim that holds in every row:
# count of the rows, ours (tab) beside the paper's (paper.tab)
function every_row(short, claim, tab, count, rows) {
    row(short, claim, frac("paper." tab count, "paper." tab rows), frac(tab count, tab rows), tab == "table1." ? "every width" : "every row",
        v(tab rows) == 0 ? -1 : v(tab count) == v(tab rows))
}
function frac(a, b) { return fmt(V[a], "int") "/" fmt(V[b], "int") }
function pct(s) { return s "\\%" }
function sqcos() { return "Sq$\\to$Cos" }

END {
    p = v("setup.p")
    chance = "$1/p$ = " sprintf("%.4f", 1 / p)

    row("clean model generalises", "Clean model generalises (final validation accuracy)", pf("clean.val_acc"),
        f("clean.val_acc") " after " f("clean.steps") " steps",
        "$\\geq$ " pf("setup.target_val_acc") " (the paper's stop rule)",
        nan("clean.val_acc") ? -1 : v("clean.val_acc") >= pv("setup.target_val_acc"))

    row("share of structured neurons", "Neurons structured / between / unstructured by per($W_a$)",
        pf("clean.structured") " / " pf("clean.between") " / " pf("clean.unstructured") " of " pf("clean.neurons"),
        f("clean.structured") " / " f("clean.between") " / " f("clean.unstructured") " of " f("clean.neurons"),
        "structured share within 10 points of the paper's " pct(f("paper.clean.structured_pct")),
        nan("clean.structured_pct") ? -1 : abs(v("clean.structured_pct") - v("paper.clean.structured_pct")) <= 10)

    row("frequency agreement (structured)", "Dominant frequencies of $W_a$, $W_b$, $W_\\mathrm{out}$ agree: structured neurons",
        pct(pf("clean.freq_agree_structured_pct")), pct(f("clean.freq_agree_structured_pct")), "100\\%",
        nan("clean.freq_agree_structured_pct") ? -1 : v("clean.freq_agree_structured_pct") >= 100 - 1e-9)

    row("frequency agreement (all)", "\\ldots\\ all neurons", pct(pf("clean.freq_agree_all_pct")), pct(f("clean.freq_agree_all_pct")),
        "within 5 points", nan("clean.freq_agree_all_pct") ? -1 : abs(v("clean.freq_agree_all_pct") - pv("clean.freq_agree_all_pct")) <= 5)

    row("square wave nearer than cosine (structured)", "Square wave nearer than cosine (paired $t$): structured neurons",
        "$t(" pv("clean.df_structured") ")$ = " pf("clean.t_sq_cos_structured") ", $p$ " pf("clean.p_sq_cos_structured"),
        "$t(" v("clean.df_structured") ")$ = " f("clean.t_sq_cos_structured") ", $p$ = " f("clean.p_sq_cos_structured"),
        "$t < 0$, $p < 10^{-6}$",
        nan("clean.t_sq_cos_structured") ? -1 : v("clean.t_sq_cos_structured") < 0 && v("clean.p_sq_cos_structured") < 1e-6)

    row("square wave nearer than cosine (all)", "\\ldots\\ all neurons",
        "$t(" pv("clean.df_all") ")$ = " pf("clean.t_sq_cos_all") ", $p$ " pf("clean.p_sq_cos_all"),
        "$t(" v("clean.df_all") ")$ = " f("clean.t_sq_cos_all") ", $p$ = " f("clean.p_sq_cos_all"),
        "$t < 0$, $p < 10^{-6}$",
        nan("clean.t_sq_cos_all") ? -1 : v("clean.t_sq_cos_all") < 0 && v("clean.p_sq_cos_all") < 1e-6)

    row("square-wave level $A$",
        "Square-wave level $A = (U-L)/2$, mean over structured neurons", "$\\approx$ " pf("clean.amp_level"), f("clean.amp_level"),
        "within 20\\% of the paper's", nan("clean.amp_level") ? -1 : abs(v("clean.amp_level") - pv("clean.amp_level")) <= 0.2 * pv("clean.amp_level"))

    row("effective bias near zero", "Effective bias $b_\\mathrm{eff}$ of structured neurons: mean $\\pm$ SD; max $|b_\\mathrm{eff}|$",
        pf("clean.beff_mean") " $\\pm$ " pf("clean.beff_sd") "; " pf("clean.beff_max_abs"),
        f("clean.beff_mean") " $\\pm$ " f("clean.beff_sd") "; " f("clean.beff_max_abs"),
        "max $|b_\\mathrm{eff}| < 0.05$", nan("clean.beff_max_abs") ? -1 : v("clean.beff_max_abs") < 0.05)

    row("unstructured neurons dispensable", "Zeroing the unstructured neurons: accuracy drop", pf("clean.ablate_drop"),
        f("clean.ablate_drop") " (" f("clean.ablate_zeroed") " zeroed)",
        "$< 0.001$; n/a when none is zeroed",
        (nan("clean.ablate_drop") || v("clean.ablate_zeroed") == 0) ? -1 : v("clean.ablate_drop") < 0.001)

    row("phase sum, clean $r'$",
        "$\\varphi_\\mathrm{out} = \\varphi_a + \\varphi_b$: circular $r'$, structured, clean", pf("clean.rprime"), f("clean.rprime"),
        "$\\geq 0.998$", nan("clean.rprime") ? -1 : v("clean.rprime") >= 0.998)

    row("phase sum $r'$ at every noise level", "\\ldots\\ $r'$ at every noise level (minimum)", pf("noise.rprime_min"),
        f("noise.rprime_min") " ($\\alpha$ = " f("noise.rprime_min_alpha") ")",
        "$\\geq 0.998$", nan("noise.rprime_min") ? -1 : v("noise.rprime_min") >= 0.998)

    row("all-neuron r, clean", "All-neuron $r$, clean: phases at $\\nu$ (at the own bins)", pf("clean.r_all"),
        f("clean.r_all") " (" f("clean.r_all_own") ")", "within 0.02 of the paper's",
        nan("clean.r_all") ? -1 : abs(v("clean.r_all") - pv("clean.r_all")) <= 0.02)

    row("all-neuron r falls with noise", "All-neuron $r$: clean $\\to$ largest $\\alpha$", pf("clean.r_all") " $\\to$ " pf("noise.r_all_at_max"),
        f("clean.r_all") " $\\to$ " f("noise.r_all_at_max"), "decreases",
        (nan("clean.r_all") || nan("noise.r_all_at_max")) ? -1 : v("noise.r_all_at_max") < v("clean.r_all"))

    row("real accuracy collapses at the largest noise",
        "Real accuracy at the largest $\\alpha$ (" f("noise.alpha_max") "), final", pf("noise.real_at_max"), f("noise.real_at_max"),
        "below chance, " chance, nan("noise.real_at_max") ? -1 : v("noise.real_at_max") < 1 / p)

    row("few structured neurons at the largest noise",
        "Structured neurons at the largest $\\alpha$", pf("noise.structured_at_max") " of " pf("clean.neurons"),
        f("noise.structured_at_max") " of " f("noise.neurons_at_max"), "$\\leq$ 10\\% of the neurons",
        nan("noise.structured_at_max") ? -1 : v("noise.structured_at_max") <= 0.1 * v("noise.neurons_at_max"))

    row(sqcos() " extraction at the largest noise",
        sqcos() " extraction at the largest $\\alpha$, final", pf("final.sq_cos_at_max"), f("final.sq_cos_at_max"),
        "$\\geq 0.90$", nan("final.sq_cos_at_max") ? -1 : v("final.sq_cos_at_max") >= 0.90)

    row(sqcos() " extraction at saturation", sqcos() " at the saturation checkpoints (min--max)", pf("sat.sq_cos_min") "--" pf("sat.sq_cos_max"),
        f("sat.sq_cos_min") "--" f("sat.sq_cos_max"), "$\\geq 0.5$ at every $\\alpha$",
        nan("sat.sq_cos_min") ? -1 : v("sat.sq_cos_min") >= 0.5)

    row(sqcos() " at saturation near the paper's", sqcos() " at saturation within " f("table2.sat_band") " of the paper's: rows", "---",
        frac("table2.sat_sq_cos_within", "table2.sat_sq_cos_compared"), "every row",
        v("table2.sat_sq_cos_compared") == 0 ? -1 : v("table2.sat_sq_cos_within") == v("table2.sat_sq_cos_compared"))

    every_row("order " sqcos() " $>$ Cos$\\to$Cos $>$ Sq$\\to$Sq at saturation",
        "Saturation: " sqcos() " $>$ Cos$\\to$Cos $>$ Sq$\\to$Sq: rows", "table2.", "sat_order", "rows")

    row("seed mean at saturation (clean)",
        "Seeds: " sqcos() " at saturation, clean runs, mean $\\pm$ SD over " f("seeds.n"), f("seeds.clean.sat_sq_cos_paper"),
        f("seeds.clean.sat_sq_cos_mean") " $\\pm$ " f("seeds.clean.sat_sq_cos_sd"), "mean within " f("table2.sat_band") " of the paper's",
        nan("seeds.clean.sat_sq_cos_paper_gap") ? -1 : v("seeds.clean.sat_sq_cos_paper_gap") <= v("table2.sat_band"))

    row("seed mean at saturation (largest noise)", "\\ldots\\ $\\alpha$ = " f("seeds.high.alpha"), f("seeds.high.sat_sq_cos_paper"),
        f("seeds.high.sat_sq_cos_mean") " $\\pm$ " f("seeds.high.sat_sq_cos_sd"), "mean within " f("table2.sat_band") " of the paper's",
        nan("seeds.high.sat_sq_cos_paper_gap") ? -1 : v("seeds.high.sat_sq_cos_paper_gap") <= v("table2.sat_band"))

    row("controls at chance", "Controls (initial weights; random labels): largest extraction", "---",
        f("control.max_extract") " (" f("control.max_over_chance") "$\\times$ chance)", "$\\leq 3\\times$ chance, " chance,
        nan("control.max_extract") ? -1 : v("control.max_extract") <= 3 / p)

    row("real accuracy near zero at saturation", "Real accuracy at the saturation checkpoints (max)", f("paper.sat.real_max"), f("sat.real_max"),
        "below chance, " chance, nan("sat.real_max") ? -1 : v("sat.real_max") < 1 / p)

    row("Sq$\\to$Sq the lowest extraction", "Sq$\\to$Sq the lowest extraction: rows, final; saturation",
        frac("paper.table2.sq_sq_lowest_final", "paper.table2.rows") "; " frac("paper.table2.sq_sq_lowest_sat", "paper.table2.rows"),
        frac("table2.sq_sq_lowest_final", "table2.rows") "; " frac("table2.sq_sq_lowest_sat", "table2.rows"), "every row",
        v("table2.rows") == 0 ? -1 : v("table2.sq_sq_lowest_final") == v("table2.rows") && v("table2.sq_sq_lowest_sat") == v("table2.rows"))

    every_row(sqcos() " best at saturation", sqcos() " the best extraction at saturation: rows", "table2.", "sq_cos_best_sat", "rows")

    every_row("Cos$\\to$Cos above " sqcos() " at low noise", "Final, $\\alpha \\leq 0.15$: Cos$\\to$Cos $\\geq$ " sqcos() ": rows",
        "table2.", "cos_cos_above_low", "rows_low")

    every_row(sqcos() " best at high noise", "Final, $\\alpha \\geq 0.20$: " sqcos() " the best: rows", "table2.", "sq_cos_best_high", "rows_high")

    every_row("Table~1: " sqcos() " best", "Table~1: " sqcos() " the best construction: widths", "table1.", "sq_cos_best", "rows")

    row("Table~1: " sqcos() " significantly best", "Table~1: Welch $p < 0.01$ for $N \\leq " pv("table1.significant_below") "$: widths",
        fmt(V["paper.table1.welch_rows"], "int") "/" fmt(V["paper.table1.welch_rows"], "int"),
        frac("table1.welch_significant", "table1.welch_rows"), "every such width",
        v("table1.welch_rows") == 0 ? -1 : v("table1.welch_significant") == v("table1.welch_rows"))

    row("Table~1 within one paper SD", "Table~1: our means within one paper SD of the paper's: cells", "---",
        v("table1.same_p") ? frac("table1.within", "table1.compared") : "not comparable ($p$ = " f("setup.p") ")",
        "at least half (same $p$ only)",
        (!v("table1.same_p") || v("table1.compared") == 0) ? -1 : v("table1.within") >= 0.5 * v("table1.compared"))

    if (part == "macros") {
        printf "\\newcommand{\\SwChecksHeld}{%d}\n\\newcommand{\\SwChecksTotal}{%d}\n", held, total
        printf "\\newcommand{\\SwChecksFailed}{%s}\n", (failed == "" ? "none" : failed)
        printf "\\newcommand{\\SwChecksPassed}{%s}\n", (passed == "" ? "none" : passed)
        exit 0
    }
    R = ">{\\raggedright\\arraybackslash}"
    print "\\begin{tabular}{@{}" R "p{4.3cm}" R "p{2.7cm}" R "p{3.0cm}" R "p{3.4cm}c@{}}"
    print "\\toprule"
    print "Claim & Paper & Ours & Criterion & Holds \\\\"
    print "\\midrule"
    printf "%s", rows
    print "\\bottomrule"
    print "\\end{tabular}"
}
