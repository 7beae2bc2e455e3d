# seed-stats.awk — Swaroop 2026 seed study: mean and sample SD over seeds of
# every column of seeds.tsv, one row per noise level.
#
#   awk -f seed-stats.awk seeds.tsv > seed-stats.tsv
#
# seeds.tsv comes from run-table.sh (# alpha seed real sq_sq
# sq_cos cos_cos sat_real sat_sq_sq sat_sq_cos sat_cos_cos). Writes
# "# alpha n" and then <column>_mean, <column>_sd for each of those eight
# columns; the SD is the sample SD (n - 1), nan for one seed. Rows keep the
# order of their first appearance.
BEGIN { FS = OFS = "\t" }
/^#/ { if (!ncol) { ncol = NF; for (i = 1; i <= NF; i++) name[i] = $i }; next }
NF == 0 { next }
{
    if (!n[$1]++) order[++na] = $1
    for (i = 3; i <= ncol; i++) { s[$1, i] += $i; ss[$1, i] += $i * $i }
}
END {
    printf "# alpha\tn"
    for (i = 3; i <= ncol; i++) printf "\t%s_mean\t%s_sd", name[i], name[i]
    printf "\n"
    for (k = 1; k <= na; k++) {
        a = order[k]
        printf "%s\t%d", a, n[a]
        for (i = 3; i <= ncol; i++) {
            m = s[a, i] / n[a]
            v = n[a] > 1 ? (ss[a, i] - n[a] * m * m) / (n[a] - 1) : -1
            printf "\t%.6g\t%s", m, v < 0 ? (n[a] > 1 ? "0" : "nan") : sprintf("%.6g", sqrt(v))
        }
        printf "\n"
    }
}
