#!/bin/sh
# tradeoff.sh — the sparsity-robustness table of Fig. 7
# (experiments/rangamani2025/README.md §5.7, a project extension: the paper's
# protocol is unknown), one row per ReLU run (act relu in its config.tsv).
# nfreq90: how many frequencies hold 90% of W_out's non-constant energy;
# robust: the largest m whose top-m ablation at "both" keeps accuracy on all
# pairs >= 0.99; grokked: final test accuracy >= 0.99 (only those are drawn).
#
#   sh tradeoff.sh DATA_DIR RUN...
dir=$1; shift
# setting KEY RUN: the value of train's flag --KEY in RUN's config.tsv
setting() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$dir/$2/config.tsv"; }
printf '# run\twd\tH\ttest_acc\tgrokked\tnfreq90\tnkeys\trobust\n'
for r in "$@"; do
    [ "$(setting act $r)" = relu ] || continue
    acc=$(awk -F'\t' '!/^#/ { a = $6 } END { print a }' "$dir/$r/log.tsv")
    n90=$(awk -F'\t' '!/^#/ && $1 > 0 { print $6 }' "$dir/$r/energies.tsv" | sort -gr |
          awk '{ s[NR] = $1; t += $1 } END { for (i = 1; i <= NR; i++) { c += s[i]; if (c >= 0.9 * t) { print i; exit } } }')
    nk=$(awk -F'\t' '$1 == "single" && $2 == "both"' "$dir/$r/ablation.tsv" | wc -l)
    rob=$(awk -F'\t' '$1 == "top" && $2 == "both" { if ($5 < 0.99 && !f) f = $3; last = $3 } END { print f ? f - 1 : last }' "$dir/$r/ablation.tsv")
    g=$(awk -v a="$acc" 'BEGIN { print (a >= 0.99) ? 1 : 0 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$(setting weight-decay $r)" "$(setting hidden $r)" "$acc" "$g" "$n90" "$nk" "$rob"
done
