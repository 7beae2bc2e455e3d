#!/bin/sh
# sparsity-series.sh — Li et al. 2025, Figures X1b and X5d: bin/sparsity
# --summary at every checkpoint of a trajectory, one row per step (the
# columns: the header below; sq_share and active are secondary measures).
#   sh sparsity-series.sh TRAJECTORY.npz > sparsity-series.tsv
set -eu
[ $# -eq 1 ] || { echo "usage: sparsity-series.sh TRAJECTORY.npz" >&2; exit 2; }
printf '# step\tpower_gt_095\tpower_mean\tcovered\tnorm_share_gt_095\tsq_share_gt_095\tactive_gt_095\n'
for s in $(bin/npzcat "$1" steps | awk '!/^#/ { print $2 }'); do
    bin/sparsity "$1" --step "$s" --summary |
        awk -F'\t' -v s="$s" '{ v[$1] = $2 }
            END { printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s, v["power_gt_095"], v["power_mean"], v["covered"], v["norm_share_gt_095"],
                v["sq_share_gt_095"], v["active_gt_095"] }'
done
