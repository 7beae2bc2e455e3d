# numbers.awk — Swaroop 2026: the paper-level numbers of our reproduction,
# one per line, for the report's macros and the check table.
#
#   awk -f lib.awk -f numbers.awk p=P p1=P1 kind=KIND FILE ... > numbers.tsv
#
# The KIND=FILE inputs are listed in figures.mk (SW_NUMBERS_INPUTS): the
# clean run's summary, summary_sat and ablate; the per-run tables noise,
# table2, table2_own; table1 (idealize --construct); seeds (seed-stats.tsv);
# control.NAME (idealize --extract, keys written as control.NAME.KEY);
# paper. p is our modulus, p1 that of our Table 1 (default p). Writes "# key
# value format": value with full precision, format the way the report prints
# it (lib.awk fmt()). Keys that name the same quantity as a paper-values.tsv
# key use the same name. Derived counts ("rows of Table 2 where ...") are
# computed for the paper's own table values too, under keys starting with
# "paper.". Quantities whose input is missing print nan.
BEGIN { FS = "\t"; OFS = "\t"; SAT_BAND = 0.15 }   # the band of "Sq->Cos at saturation near the paper's"
/^#/ || NF == 0 { next }
kind == "summary" { S[$1] = $2; next }
kind == "summary_sat" { SAT[$1] = $2; next }
kind == "ablate"  { A[$1] = $2; next }
kind == "noise"      { n_noise++; for (i = 1; i <= NF; i++) N[n_noise, i] = $i; next }
kind == "table2"     { n_t2++; for (i = 1; i <= NF; i++) T2[n_t2, i] = $i; next }
kind == "table2_own" { n_own++; for (i = 1; i <= NF; i++) OWN[n_own, i] = $i; next }
kind == "seeds"      { n_seed++; for (i = 1; i <= NF; i++) SEED[n_seed, i] = $i; next }
kind == "table1"     { n_t1++; for (i = 1; i <= NF; i++) T1[n_t1, i] = $i; next }
kind ~ /^control\./ {
    name = substr(kind, 9); CTRL[name, $1] = $2
    if (!(name in ctrl_seen)) { ctrl_seen[name] = 1; ctrl[++n_ctrl] = name }
    next
}
kind == "paper" && $2 == "-" { P[$1] = $3; next }
kind == "paper" {
    PR[$1, $2 + 0] = $3
    if ($1 == "table2.final.real") paper_alpha[++n_palpha] = $2 + 0
    if ($1 == "table1.sq_cos.mean") paper_width[++n_pwidth] = $2 + 0
}

function out(key, v, f) { print key, v, f }
# outs(prefix, A, spec): out(prefix K, A[S], F) for each "K[=S]:F" of the
# space-separated spec (S, the key in A, defaults to K)
function outs(prefix, A, spec,    e, n, i, k, src) {
    n = split(spec, e, " ")
    for (i = 1; i <= n; i++) {
        k = src = substr(e[i], 1, index(e[i], ":") - 1)
        if (index(k, "=")) { src = substr(k, index(k, "=") + 1); k = substr(k, 1, index(k, "=") - 1) }
        out(prefix k, A[src], substr(e[i], index(e[i], ":") + 1))
    }
}
# outrow(prefix, T, r, spec): out(prefix K, T[r, C], F) for each "K:C:F" of
# the space-separated spec, nan for every K when r is 0 (no such row)
function outrow(prefix, T, r, spec,    e, n, i, x) {
    n = split(spec, e, " ")
    for (i = 1; i <= n; i++) { split(e[i], x, ":"); out(prefix x[1], r ? T[r, x[2]] : "nan", x[3]) }
}
# column(T, n, c, how): of column c over the rows 1..n of T, the "min" or
# "max" (nan without rows), the "row" that holds the largest value (first
# on ties; 0 without rows), or the "list" of the values, ", "-joined
function column(T, n, c, how,    i, e, r) {
    e = ""; r = 0
    for (i = 1; i <= n; i++) {
        if (how == "list") e = e (i > 1 ? ", " : "") T[i, c]
        else if (how == "row") { if (!r || T[i, c] + 0 > T[r, c] + 0) r = i }
        else if (e == "" || (how == "min" ? T[i, c] + 0 < e : T[i, c] + 0 > e)) e = T[i, c] + 0
    }
    return how == "row" ? r : (how == "list" || e != "") ? e : "nan"
}
# best3(x, y, z): 1, 2 or 3, whichever argument is largest (first on ties)
function best3(x, y, z) { x += 0; y += 0; z += 0; return (x >= y && x >= z) ? 1 : (y >= z ? 2 : 3) }
# t2counts(T, n, C): the rows of a Table 2 (T[i, col], columns alpha real
# sq_sq sq_cos cos_cos sat_real sat_sq_sq sat_sq_cos sat_cos_cos) where the
# paper's claims about it hold, counted into C
function t2counts(T, n, C,    i, z, nz) {
    nz = split("rows_low rows_high sq_sq_lowest_final sq_sq_lowest_sat sq_cos_best_sat sat_order cos_cos_above_low sq_cos_best_high", z, " ")
    for (i = 1; i <= nz; i++) C[z[i]] = 0
    C["rows"] = n
    for (i = 1; i <= n; i++) {
        if (worst3(T[i, 3], T[i, 4], T[i, 5]) == 1) C["sq_sq_lowest_final"]++
        if (worst3(T[i, 7], T[i, 8], T[i, 9]) == 1) C["sq_sq_lowest_sat"]++
        if (best3(T[i, 8], T[i, 7], T[i, 9]) == 1) C["sq_cos_best_sat"]++
        if (T[i, 8] + 0 > T[i, 9] + 0 && T[i, 9] + 0 > T[i, 7] + 0) C["sat_order"]++
        if (T[i, 1] + 0 <= 0.15 + 1e-9) { C["rows_low"]++; if (T[i, 5] + 0 >= T[i, 4] + 0) C["cos_cos_above_low"]++ }
        else { C["rows_high"]++; if (best3(T[i, 4], T[i, 3], T[i, 5]) == 1) C["sq_cos_best_high"]++ }
    }
}
function worst3(x, y, z) { x += 0; y += 0; z += 0; return (x <= y && x <= z) ? 1 : (y <= z ? 2 : 3) }

END {
    # ---- clean model (summary.tsv of alpha 0.00, noise row alpha 0) -----
    c = 0
    for (i = 1; i <= n_noise; i++) if (N[i, 1] + 0 == 0) c = i
    outrow("clean.", N, c, "val_acc:2:%.4f steps:10:int sat_step:11:int stopped:12:text")
    outs("clean.", S, "neurons:int structured:int unstructured:int between:int")
    out("clean.structured_pct", S["neurons"] > 0 ? 100 * S["structured"] / S["neurons"] : "nan", "%.1f")
    out("paper.clean.structured_pct", 100 * P["clean.structured"] / P["clean.neurons"], "%.1f")
    out("clean.mean_periodicity", S["mean_periodicity"], "%.2f")
    out("clean.freq_agree_all_pct", isnan(S["freq_agree_all"]) ? "nan" : 100 * S["freq_agree_all"], "%.2f")
    out("clean.freq_agree_structured_pct", isnan(S["freq_agree_structured"]) ? "nan" : 100 * S["freq_agree_structured"], "%.2f")
    out("clean.sat_freq_agree_all_pct", isnan(SAT["freq_agree_all"]) ? "nan" : 100 * SAT["freq_agree_all"], "%.1f")
    outs("clean.", S, "t_sq_cos_structured:%.2f df_structured:int p_sq_cos_structured:sci")
    outs("clean.", S, "t_sq_cos_all:%.2f df_all:int p_sq_cos_all:sci amp_level=amp_level_mean:%.3f")
    outs("clean.", S, "beff_mean:%.4f beff_sd:%.4f beff_max_abs:%.4f r_all:%.4f rprime=r_structured:%.4f")
    outs("clean.", S, "r_all_own:%.4f rprime_own=r_structured_own:%.4f")
    outs("clean.", S, "out_norm_structured=out_norm_structured_mean:%.2f out_norm_unstructured=out_norm_unstructured_mean:%.2f")
    outs("clean.", A, "ablate_acc=accuracy:%.4f ablate_zeroed=zeroed:int")
    out("clean.ablate_drop", (c && !isnan(A["accuracy"])) ? N[c, 2] - A["accuracy"] : "nan", "%.4f")
    out("setup.n_val", A["n"], "int")
    out("setup.n_train", isnan(A["n"]) ? "nan" : p * p - A["n"], "int")
    out("setup.p", p, "int")
    out("setup.input_dim", 2 * p, "int")

    # ---- noise levels (noise.tsv) ----------------------------------------
    for (i = 1; i <= n_noise; i++)
        if (!isnan(N[i, 9]) && (rmin == "" || N[i, 9] + 0 < rmin + 0)) { rmin = N[i, 9]; amin = N[i, 1] }
    m = column(N, n_noise, 1, "row")   # the largest alpha (run-table.sh sorts, but do not rely on it)
    out("noise.runs", n_noise, "int")
    out("noise.alphas", column(N, n_noise, 1, "list"), "text")
    outrow("noise.", N, m, "alpha_max:1:%.2f real_at_max:2:%.4f structured_at_max:5:int neurons_at_max:4:int")
    outrow("noise.", N, m, "r_all_at_max:8:%.3f r_all_own_at_max:16:%.3f rprime_at_max:9:%.4f")
    out("noise.rprime_min", rmin == "" ? "nan" : rmin, "%.4f")
    out("noise.rprime_min_alpha", amin == "" ? "nan" : amin, "%.2f")
    outrow("noise.", N, c, "mean_per_first:3:%.2f")
    outrow("noise.", N, m, "mean_per_last:3:%.2f")
    out("noise.steps_min", column(N, n_noise, 10, "min"), "int")
    out("noise.steps_max", column(N, n_noise, 10, "max"), "int")

    # ---- Table 2 (ours): columns alpha real sq_sq sq_cos cos_cos, then sat_* --
    t2counts(T2, n_t2, C)
    sat_within = sat_compared = 0
    for (i = 1; i <= n_t2; i++) {
        ps = PR["table2.sat.sq_cos", T2[i, 1] + 0]
        if (ps != "") { sat_compared++; if (abs(T2[i, 8] - ps) <= SAT_BAND + 1e-12) sat_within++ }
    }
    outs("table2.", C, "rows:int rows_low:int rows_high:int sq_sq_lowest_final:int sq_sq_lowest_sat:int sq_cos_best_sat:int sat_order:int")
    out("table2.sat_sq_cos_compared", sat_compared, "int")
    out("table2.sat_sq_cos_within", sat_within, "int")
    out("table2.sat_band", SAT_BAND, "%.2f")
    outs("table2.", C, "cos_cos_above_low:int sq_cos_best_high:int")
    outrow("final.", T2, n_t2, "sq_cos_at_max:4:%.4f cos_cos_at_max:5:%.4f sq_sq_at_max:3:%.4f alpha_max:1:%.2f")
    out("sat.sq_cos_min", column(T2, n_t2, 8, "min"), "%.4f")
    out("sat.sq_cos_max", column(T2, n_t2, 8, "max"), "%.4f")
    out("sat.real_max", column(T2, n_t2, 6, "max"), "%.4f")
    outrow("clean.", T2, n_t2 > 0, "sat_real:6:%.4f sat_sq_cos:8:%.4f")

    # ---- Table 2 with the phases at the own bins (the variant) ------------
    nu_better = 0
    for (i = 1; i <= n_own; i++)
        for (j = 1; j <= n_t2; j++) if (T2[j, 1] == OWN[i, 1] && T2[j, 8] + 0 > OWN[i, 8] + 0) nu_better++
    out("own.rows", n_own, "int")
    out("own.sat.sq_cos_min", column(OWN, n_own, 8, "min"), "%.4f")
    out("own.sat.sq_cos_max", column(OWN, n_own, 8, "max"), "%.4f")
    out("own.final.sq_cos_at_max", n_own ? OWN[n_own, 4] : "nan", "%.4f")
    out("own.clean.sat_sq_cos", n_own ? OWN[1, 8] : "nan", "%.4f")
    out("own.nu_better_sat", nu_better, "int")

    # ---- controls: every extraction of every control, against chance 1/p --
    split("real sq_sq sq_cos cos_cos sat_real sat_sq_sq sat_sq_cos sat_cos_cos", col, " ")
    for (k = 1; k <= n_ctrl; k++) {
        for (j = 1; j <= 4; j++) {
            v = (ctrl[k] SUBSEP col[j]) in CTRL ? CTRL[ctrl[k], col[j]] : "nan"
            out("control." ctrl[k] "." col[j], v, "%.4f")
            if (j > 1 && !isnan(v) && (cmax == "" || v + 0 > cmax)) cmax = v + 0
        }
    }
    out("control.max_extract", cmax == "" ? "nan" : cmax, "%.4f")
    out("control.chance", 1 / p, "%.4f")
    out("control.max_over_chance", cmax == "" ? "nan" : cmax * p, "%.1f")

    # ---- seed study (seed-stats.tsv): alpha n, then mean sd of real sq_sq
    # sq_cos cos_cos sat_real sat_sq_sq sat_sq_cos sat_cos_cos; the clean
    # level, the largest and the one between them (if any) by role
    hi = column(SEED, n_seed, 1, "row")
    out("seeds.n", column(SEED, n_seed, 2, "min"), "int")
    out("seeds.alphas", column(SEED, n_seed, 1, "list"), "text")
    for (i = 1; i <= n_seed; i++) {
        role = SEED[i, 1] + 0 == 0 ? "clean" : (i == hi ? "high" : "mid")
        out("seeds." role ".alpha", SEED[i, 1], "%.2f")
        for (j = 1; j <= 8; j++) {
            out("seeds." role "." col[j] "_mean", SEED[i, 1 + 2 * j], "%.3f")
            out("seeds." role "." col[j] "_sd", SEED[i, 2 + 2 * j], "%.3f")
        }
        ps = PR["table2.sat.sq_cos", SEED[i, 1] + 0]
        out("seeds." role ".sat_sq_cos_paper", ps == "" ? "nan" : ps, "%.4f")
        out("seeds." role ".sat_sq_cos_paper_gap", ps == "" ? "nan" : abs(SEED[i, 15] - ps), "%.3f")
    }

    # the same counts over the paper's Table 2, its rows in T2's columns
    for (k = 1; k <= n_palpha; k++) {
        a = PT[k, 1] = paper_alpha[k]
        for (j = 1; j <= 4; j++) { PT[k, 1 + j] = PR["table2.final." col[j], a]; PT[k, 5 + j] = PR["table2.sat." col[j], a] }
    }
    t2counts(PT, n_palpha, C)
    out("paper.sat.real_max", column(PT, n_palpha, 6, "max"), "%.4f")
    outs("paper.table2.", C, "rows:int rows_low:int rows_high:int sq_sq_lowest_final:int sq_sq_lowest_sat:int sq_cos_best_sat:int")
    outs("paper.table2.", C, "sat_order:int cos_cos_above_low:int sq_cos_best_high:int")

    # ---- Table 1: columns width cc_mean cc_sd sc_mean sc_sd ss_mean ss_sd welch_t welch_p --
    # ours in T1C, the paper's own (Sq->Cos best, widths up to the significance limit) in P1C
    T1C["rows"] = n_t1; T1C["sq_cos_best"] = T1C["welch_rows"] = T1C["welch_significant"] = T1C["compared"] = T1C["within"] = 0
    T1C["same_p"] = same_p = ((p1 == "" ? p : p1) + 0 == P["setup.p"] + 0)
    limit = P["table1.significant_below"] + 0
    split("cos_cos sq_cos sq_sq", wave, " ")
    for (i = 1; i <= n_t1; i++) {
        w = T1[i, 1] + 0
        if (best3(T1[i, 4], T1[i, 2], T1[i, 6]) == 1) T1C["sq_cos_best"]++
        if (w <= limit) { T1C["welch_rows"]++; if (T1[i, 9] + 0 < 0.01) T1C["welch_significant"]++ }
        for (j = 1; j <= 3; j++) {
            pm = PR["table1." wave[j] ".mean", w]; ps = PR["table1." wave[j] ".sd", w]
            if (pm == "" || !same_p) continue
            T1C["compared"]++
            if (abs(T1[i, 2 * j] - pm) <= ps + 1e-12) T1C["within"]++
        }
    }
    P1C["rows"] = n_pwidth; P1C["sq_cos_best"] = P1C["welch_rows"] = 0
    for (k = 1; k <= n_pwidth; k++) {
        w = paper_width[k]
        if (best3(PR["table1.sq_cos.mean", w], PR["table1.cos_cos.mean", w], PR["table1.sq_sq.mean", w]) == 1) P1C["sq_cos_best"]++
        if (w <= limit) P1C["welch_rows"]++
    }
    outs("paper.table1.", P1C, "rows:int sq_cos_best:int welch_rows:int")
    outs("table1.", T1C, "rows:int sq_cos_best:int welch_rows:int welch_significant:int compared:int within:int same_p:int")
    out("table1.widths", column(T1, n_t1, 1, "list"), "text")
}
