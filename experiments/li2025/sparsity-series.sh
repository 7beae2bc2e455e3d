#!/bin/sh
# sparsity-series.sh — Li et al. 2025, Figures X1b and X5d: bin/sparsity
# --summary at every checkpoint of a trajectory, one row per step (the
# columns: step, then cols below; sq_share and active are secondary measures).
#   sh sparsity-series.sh TRAJECTORY.npz > sparsity-series.tsv
set -eu
[ $# -eq 1 ] || { echo "usage: sparsity-series.sh TRAJECTORY.npz" >&2; exit 2; }
cols="power_gt_095 power_mean covered norm_share_gt_095 sq_share_gt_095 active_gt_095"
printf '# step\t%s\n' "$(echo $cols | tr ' ' '\t')"
for s in $(bin/npzcat "$1" steps | awk '!/^#/ { print $2 }'); do
    bin/sparsity "$1" --step "$s" --summary | awk -F'\t' -v s="$s" -v cols="$cols" '{ v[$1] = $2 }
        END { n = split(cols, c, " "); row = s; for (i = 1; i <= n; i++) row = row "\t" v[c[i]]; print row }'
done
