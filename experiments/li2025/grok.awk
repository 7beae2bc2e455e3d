# grok.awk — Li et al. 2025 Fig. 4: the seeds' training logs (train's
# log.tsv) of one k, merged by step: step, train accuracy mean and standard
# deviation, validation accuracy mean and standard deviation (population
# sd over the seeds that logged the step). With part=delay k=K, one line
# instead: K, then at accuracy 0.99 and at 0.9 the mean over seeds of (first
# step with validation accuracy >= level) - (first step with train accuracy
# >= level), "nan" when a seed never reaches both, and how many seeds reached both.
#   awk -F'\t' -f grok.awk seed0/log.tsv seed1/log.tsv seed2/log.tsv
#   awk -F'\t' -f grok.awk part=delay k=2 seed0/log.tsv ...
BEGIN { split("0.99 0.9", level, " ") }
FNR == 1 { f++ }
/^#/ || NF < 6 { next }
{
    s = $1 + 0
    if (!(s in n)) order[++ns] = s
    n[s]++; tr[s] += $4; tr2[s] += $4 * $4; va[s] += $6; va2[s] += $6 * $6
    for (l = 1; l <= 2; l++) {
        if (!((f, "t", l) in first) && $4 >= level[l]) first[f, "t", l] = s
        if (!((f, "v", l) in first) && $6 >= level[l]) first[f, "v", l] = s
    }
}
function sd(sum, sum2, k,   v) { v = sum2 / k - (sum / k) ^ 2; return v > 0 ? sqrt(v) : 0 }
END {
    if (part == "delay") {
        printf "%s", k
        for (l = 1; l <= 2; l++) {
            d = m = 0
            for (i = 1; i <= f; i++)
                if (((i, "t", l) in first) && ((i, "v", l) in first)) { d += first[i, "v", l] - first[i, "t", l]; m++ }
            if (m == f && m > 0) printf "\t%.0f\t%d", d / m, m; else printf "\tnan\t%d", m
        }
        printf "\n"
        exit
    }
    print "# step\ttrain_mean\ttrain_sd\tval_mean\tval_sd"
    for (i = 1; i <= ns; i++) {
        s = order[i]
        printf "%d\t%.6f\t%.6f\t%.6f\t%.6f\n", s, tr[s] / n[s], sd(tr[s], tr2[s], n[s]), va[s] / n[s], sd(va[s], va2[s], n[s])
    }
}
