#!/bin/sh
# table2.sh — Swaroop 2026 Table 2 as data: validation accuracy of the trained
# model (Real) and of its three idealised extractions, at the final and the
# saturation checkpoint, one row per run.
#
#   table2.sh [-c "alpha seed"] FINAL SAT RUN_DIR... > table2.tsv
#
# FINAL and SAT name the per-run idealize outputs to read: extract.tsv and
# extract_sat.tsv (unit amplitude, phases at nu: the paper's equations),
# extract_amp.tsv and extract_sat_amp.tsv (amplitude-scaled variant) or
# extract_own.tsv and extract_sat_own.tsv (phases at each vector's own
# bin). The first columns name the run, as its data.npz records it
# (npz-meta.sh): -c lists them (default "alpha"), alpha is the label noise
# (datagen --label-noise), seed is datagen's --seed. Missing keys print NaN.
# Rows come out sorted by the first column (numerically), then the second;
# no other processing.
set -eu
export LC_ALL=C
cols=alpha
if [ "${1-}" = -c ]; then cols=$2; shift 2; fi
[ $# -ge 2 ] || { echo "usage: table2.sh [-c COLUMNS] FINAL SAT RUN_DIR..." >&2; exit 2; }
final=$1 sat=$2; shift 2
tab=$(printf '\t')

# row FILE: real sq_sq sq_cos cos_cos of one key<TAB>value file, tab-separated
row() {
    awk -F'\t' '!/^#/ { v[$1] = $2 }
        END { n = split("real sq_sq sq_cos cos_cos", k, " ")
              for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? "\t" : ""), (k[i] in v ? v[k[i]] : "NaN") }' "$1"
}
# label DIR: the run's -c columns, tab-separated
label() {
    for c in $cols; do
        [ "$c" = alpha ] && c=label-noise
        sh "$(dirname "$0")/npz-meta.sh" "--$c" "$1/data.npz"
    done | paste -s -d "$tab" -
}

{
printf '# %s\treal\tsq_sq\tsq_cos\tcos_cos\tsat_real\tsat_sq_sq\tsat_sq_cos\tsat_cos_cos\n' "$(echo $cols | tr ' ' "$tab")"
for d in "$@"; do
    printf '%s\t%s\t%s\n' "$(label "$d")" "$(row "$d/$final")" "$(row "$d/$sat")"
done
} | { IFS= read -r header; printf '%s\n' "$header"; sort -t "$tab" -k1,1g -k2,2n; }
