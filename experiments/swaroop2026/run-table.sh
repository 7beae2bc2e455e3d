#!/bin/sh
# run-table.sh — Swaroop 2026: one row per run, one column per value read
# from the files of the run's directory: the tables behind Fig. 3, Table 2
# and the seed study (noise.tsv, table2*.tsv, seeds.tsv; their columns are
# listed in figures.mk).
#
#   run-table.sh [-p PAPER_VALUES] "NAME=SOURCE:KEY ..." RUN_DIR... > TABLE.tsv
#
# SOURCE is a file of the run directory, or "paper". A .npz gives what its
# meta.txt records (npz-meta.sh: KEY, or --FLAG for a flag of its recorded
# command line), any other file the value of KEY in its key<TAB>value lines,
# and "paper" the paper's value of KEY at the row's first value (the label
# noise) in PAPER_VALUES (key, alpha, value). NaN where a value is absent.
# Writes the header "# NAME..." and the rows sorted by the first column
# (numerically), then the second; nothing is computed.
set -euf
export LC_ALL=C
paper=/dev/null
if [ "${1-}" = -p ]; then paper=$2; shift 2; fi
[ $# -ge 2 ] || { echo "usage: run-table.sh [-p PAPER_VALUES] \"NAME=SOURCE:KEY ...\" RUN_DIR..." >&2; exit 2; }
cols=$1; shift
tab=$(printf '\t')

# value DIR SOURCE KEY FIRST: one cell of the run in DIR (FIRST: its row's first cell)
value() {
    case $2 in
    *.npz) sh "$(dirname "$0")/npz-meta.sh" "$3" "$1/$2" ;;
    paper) awk -F'\t' -v k="$3" -v r="$4" '$1 == k && $2 + 0 == r + 0 { v = $3 } END { print (v == "" ? "NaN" : v) }' "$paper" ;;
    *)     awk -F'\t' -v k="$3" '!/^#/ && $1 == k { v = $2 } END { print (v == "" ? "NaN" : v) }' "$1/$2" ;;
    esac
}
rows=$(for d in "$@"; do
    row= first=
    for c in $cols; do
        src=${c#*=}
        v=$(value "$d" "${src%%:*}" "${src#*:}" "$first")
        first=${first:-$v} row=$row${row:+$tab}$v
    done
    printf '%s\n' "$row"
done)
sep=' '
printf '#'; for c in $cols; do printf '%s%s' "$sep" "${c%%=*}"; sep=$tab; done; echo
printf '%s\n' "$rows" | sort -t "$tab" -k1,1g -k2,2n
