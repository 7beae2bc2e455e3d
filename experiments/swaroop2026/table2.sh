#!/bin/sh
# table2.sh — Swaroop 2026 Table 2 as data: validation accuracy of the trained
# model (Real) and of its three idealised extractions, at the final and the
# saturation checkpoint, one row per label-noise level.
#
#   table2.sh FINAL SAT RUN_DIR... > table2.tsv
#
# FINAL and SAT name the per-run idealize outputs to read: extract.tsv and
# extract_sat.tsv (unit amplitude, the paper's equations) or extract_amp.tsv
# and extract_sat_amp.tsv (amplitude-scaled variant). RUN_DIR is
# data/<profile>/swaroop2026/alpha<A>. Missing keys print NaN. Rows come out
# sorted by alpha; no other processing.
set -eu
export LC_ALL=C
[ $# -ge 2 ] || { echo "usage: table2.sh FINAL SAT RUN_DIR..." >&2; exit 2; }
final=$1 sat=$2; shift 2

# row FILE: real sq_sq sq_cos cos_cos of one key<TAB>value file, tab-separated
row() {
    awk -F'\t' '!/^#/ { v[$1] = $2 }
        END { n = split("real sq_sq sq_cos cos_cos", k, " ")
              for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? "\t" : ""), (k[i] in v ? v[k[i]] : "NaN") }' "$1"
}

{
printf '# alpha\treal\tsq_sq\tsq_cos\tcos_cos\tsat_real\tsat_sq_sq\tsat_sq_cos\tsat_cos_cos\n'
for d in "$@"; do
    printf '%s\t%s\t%s\n' "${d##*/alpha}" "$(row "$d/$final")" "$(row "$d/$sat")"
done
} | { IFS= read -r header; printf '%s\n' "$header"; sort -t "$(printf '\t')" -k1,1g; }
