#!/bin/sh
# noise-table.sh — Swaroop 2026: one row per training run (label-noise level),
# the per-run numbers that Fig. 3 and the per-alpha table of the report need.
#
#   noise-table.sh PAPER_VALUES RUN_DIR... > noise.tsv
#
# RUN_DIR is data/<profile>/swaroop2026/alpha<A>; it reads extract.tsv (real:
# validation accuracy of the trained model), summary.tsv (neuron groups,
# periodicity, circular correlations with the phases read at W_a's
# frequency nu, and, in the last two columns, at each vector's own bin)
# and the meta.txt members (npz-meta.sh) of data.npz (the label-noise level
# alpha), model.npz and saturation.npz (step, stop reason). The paper's values for the same
# alpha (Table 2 Real, Fig. 5 r and r') come from PAPER_VALUES; NaN where the
# paper has none, which gnuplot skips. Nothing is computed here beyond
# copying numbers into one table; it does not check the runs are complete
# (make does, through the prerequisites). Rows come out sorted by alpha,
# whatever the order of the RUN_DIRs.
set -eu
export LC_ALL=C
[ $# -ge 1 ] || { echo "usage: noise-table.sh PAPER_VALUES RUN_DIR..." >&2; exit 2; }
paper=$1; shift

# value FILE KEY: the value of KEY in a key<TAB>value file, NaN when absent
value() { awk -F'\t' -v k="$2" '$1 == k { v = $2 } END { print (v == "" ? "NaN" : v) }' "$1"; }
meta() { sh "$(dirname "$0")/npz-meta.sh" "$2" "$1"; }
# from_paper KEY ALPHA: the paper's value of KEY at row ALPHA, NaN when absent
from_paper() { awk -F'\t' -v k="$1" -v r="$2" '$1 == k && $2 + 0 == r + 0 { v = $3 } END { print (v == "" ? "NaN" : v) }' "$paper"; }

{
printf '# alpha\treal\tmean_per\tneurons\tstructured\tunstructured\tbetween\tr_all\tr_structured'
printf '\tsteps\tsat_step\tstopped\tpaper_real\tpaper_r\tpaper_rprime\tr_all_own\tr_structured_own\n'
for d in "$@"; do
    alpha=$(meta "$d/data.npz" --label-noise)
    s=$d/summary.tsv
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$alpha" \
        "$(value "$d/extract.tsv" real)" "$(value "$s" mean_periodicity)" "$(value "$s" neurons)" \
        "$(value "$s" structured)" "$(value "$s" unstructured)" "$(value "$s" between)" \
        "$(value "$s" r_all)" "$(value "$s" r_structured)" \
        "$(meta "$d/model.npz" step)" "$(meta "$d/saturation.npz" step)" "$(meta "$d/model.npz" stopped)" \
        "$(from_paper table2.final.real "$alpha")" "$(from_paper fig5.r "$alpha")" "$(from_paper fig5.rprime "$alpha")" \
        "$(value "$s" r_all_own)" "$(value "$s" r_structured_own)"
done
} | { IFS= read -r header; printf '%s\n' "$header"; sort -t "$(printf '\t')" -k1,1g; }
