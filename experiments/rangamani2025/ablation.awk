# ablation.awk — the data of Figs 5a and 5b from ablate --study output
# (kind site m freqs acc_all acc_test).
#
#   awk -F'\t' -v mode=single -f ablation.awk ablation.tsv > ablation_single.tsv   # k input output both (each key)
#   awk -F'\t' -v mode=multi  -f ablation.awk ablation.tsv > ablation_multi.tsv    # per m: top-m per site, subsets and controls at "both"
# Accuracies are over all p^2 pairs.
/^#/ { next }
$1 == "none" { none = $5 }
$1 == "single" { if (!($4 in seen)) { seen[$4] = 1; keys[++nk] = $4 }; single[$4, $2] = $5 }
$1 == "top" { top[$3, $2] = $5; if ($3 + 0 > mmax) mmax = $3 + 0 }
($1 == "subset" || $1 == "control") && $2 == "both" { i = $1 SUBSEP ($3 + 0); n[i]++; sum[i] += $5
    if (!(i in lo) || $5 < lo[i]) lo[i] = $5; if (!(i in hi) || $5 > hi[i]) hi[i] = $5 }
function v(x) { return x == "" ? "NaN" : x }
function mean(kind, m) { return n[kind, m] ? sum[kind, m] / n[kind, m] : "NaN" }
END {
    if (mode == "single") {
        print "# k\tinput\toutput\tboth"
        printf "none\t%s\t%s\t%s\n", none, none, none
        for (i = 1; i <= nk; i++) printf "%s\t%s\t%s\t%s\n", keys[i], single[keys[i], "input"], single[keys[i], "output"], single[keys[i], "both"]
    } else {
        print "# m\ttop_input\ttop_output\ttop_both\tsubset_min\tsubset_mean\tsubset_max\tcontrol_mean\tcontrol_min"
        printf "0\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", none, none, none, none, none, none, none, none
        for (m = 1; m <= mmax; m++)
            printf "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", m, v(top[m, "input"]), v(top[m, "output"]), v(top[m, "both"]),
                v(lo["subset", m]), mean("subset", m), v(hi["subset", m]), mean("control", m), v(lo["control", m])
    }
}
