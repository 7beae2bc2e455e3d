# grok.awk — Li et al. 2025 Fig. 4: the seeds' training logs (train's
# log.tsv) of one k, merged by step: step, train accuracy mean and standard
# deviation, validation accuracy mean and standard deviation (population
# sd over the seeds that logged the step). With part=delay, one line
# instead: the mean over seeds of (first step with validation accuracy >=
# level) - (first step with train accuracy >= level), level 0.99 unless
# given, "nan" when a seed never reaches both, then how many seeds reached
# both.
#   awk -F'\t' -f grok.awk seed0/log.tsv seed1/log.tsv seed2/log.tsv
#   awk -F'\t' -f grok.awk part=delay [level=0.9] seed0/log.tsv ...
BEGIN { if (level == "") level = 0.99 }
FNR == 1 { f++ }
/^#/ || NF < 6 { next }
{
    s = $1 + 0
    if (!(s in n)) order[++ns] = s
    n[s]++; tr[s] += $4; tr2[s] += $4 * $4; va[s] += $6; va2[s] += $6 * $6
    if (!((f, "t") in first) && $4 >= level) first[f, "t"] = s
    if (!((f, "v") in first) && $6 >= level) first[f, "v"] = s
}
function sd(sum, sum2, k,   v) { v = sum2 / k - (sum / k) ^ 2; return v > 0 ? sqrt(v) : 0 }
END {
    if (part == "delay") {
        for (i = 1; i <= f; i++)
            if (((i, "t") in first) && ((i, "v") in first)) { d += first[i, "v"] - first[i, "t"]; m++ }
        if (m == f && m > 0) printf "%.0f\t%d\n", d / m, m; else printf "nan\t%d\n", m
        exit
    }
    print "# step\ttrain_mean\ttrain_sd\tval_mean\tval_sd"
    for (i = 1; i <= ns; i++) {
        s = order[i]
        printf "%d\t%.6f\t%.6f\t%.6f\t%.6f\n", s, tr[s] / n[s], sd(tr[s], tr2[s], n[s]), va[s] / n[s], sd(va[s], va2[s], n[s])
    }
}
