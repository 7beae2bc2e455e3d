# attn-stats.awk — Li et al. 2025: one transformer run's heads (attention
# --summary) summed up over heads, as numbers.tsv lines "<n>Key<TAB>value":
# the medians of top4, of the a+b and a-b shares and of the fit's residual (two
# decimals), the smallest and largest top4, the most common zeta, how many heads
# have it, and the distinct zeta over heads (ascending, comma-separated).
#   awk -F'\t' -v n=TFThree -f attn-stats.awk attn-summary.tsv
function isort(x, m,   i, j, t) { for (i = 2; i <= m; i++) for (j = i; j > 1 && x[j - 1] > x[j]; j--) { t = x[j]; x[j] = x[j - 1]; x[j - 1] = t } }
function median(x, m) { isort(x, m); return m % 2 ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2 }
!/^#/ && NF >= 13 {
    m++
    top[m] = $2; sum[m] = $6; diff[m] = $7; res[m] = $13
    heads[$5 + 0]++
}
END {
    if (!m) { printf "attn-stats: no heads in %s\n", FILENAME > "/dev/stderr"; exit 1 }
    med = median(top, m)    # sorts top
    printf "%sTopFourMin\t%.2f\n%sTopFourMax\t%.2f\n%sTopFour\t%.2f\n", n, top[1], n, top[m], n, med
    printf "%sSumShare\t%.2f\n", n, median(sum, m)
    printf "%sDiffShare\t%.2f\n", n, median(diff, m)
    printf "%sResid\t%.2f\n", n, median(res, m)
    for (z in heads) zs[++nz] = z + 0
    isort(zs, nz)
    # ascending, so that a tie for the most common zeta goes to the smallest
    for (i = 1; i <= nz; i++) {
        if (heads[zs[i]] > best) { best = heads[zs[i]]; mode = zs[i] }
        list = list (i > 1 ? ", " : "") zs[i]
    }
    printf "%sZetaMode\t%d\n", n, mode
    printf "%sZetaModeHeads\t%d\n", n, best
    printf "%sZetas\t%s\n", n, list
}
