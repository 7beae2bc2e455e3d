#!/bin/sh
# numbers.sh — Li et al. 2025: every number of ours the report quotes, as
# "key<TAB>value" lines (keys in the macro's CamelCase, values formatted for
# LaTeX), from the runs' logs, sparsity summaries and margins.
#
#   sh numbers.sh DATA_DIR "nn3 nn4 nn5 morwani" FLAGS_DIR ["nn3 nn3-s1 nn3-s2"] > numbers.tsv
#   sh numbers.sh DATA_DIR tf FLAGS_DIR > numbers-tf.tsv    (the transformers)
#
# Settings the report quotes come from the flags files in FLAGS_DIR. The
# fourth argument, NN-3's runs over seeds, adds the seeds table's numbers
# (each run's secondary one-sparse measures, their mean and sample SD).
set -eu
dir=$1
runs=$2
flags=$3
seeds=${4:-}
name() { case $1 in nn3) echo NNThree ;; nn4) echo NNFour ;; nn5) echo NNFive ;; morwani) echo Morwani ;; construct) echo Construct ;;
    tf3) echo TFThree ;; tf4) echo TFFour ;; tf5) echo TFFive ;;
    tf3-eq) echo TFThreeEq ;; tf4-eq) echo TFFourEq ;; tf5-eq) echo TFFiveEq ;;
    tf3-init) echo TFThreeInit ;; tf4-init) echo TFFourInit ;; tf5-init) echo TFFiveInit ;;
    nn4-decay) echo NNFourDecay ;; nn3-s1) echo NNThreeSeedOne ;; nn3-s2) echo NNThreeSeedTwo ;;
    *) echo "numbers.sh: no macro name for run $1" >&2; exit 1 ;; esac; }
# kv FILE KEY: the value of a key/value line
kv() { awk -F'\t' -v k="$2" '$1 == k { print $2; exit }' "$1"; }
# last FILE COL: column COL of the last data row
last() { awk -F'\t' -v c="$2" '!/^#/ && NF { v = $c } END { print v }' "$1"; }
pct() { awk -v x="$1" 'BEGIN { printf "%.1f", 100 * x }'; }
# accuracies: three decimals, so that 99.999 does not print as 100.0
acc() { awk -v x="$1" 'BEGIN { printf "%.3f", 100 * x }'; }
sci() { awk -v x="$1" 'BEGIN { if (x == "nan" || x == "") { print "n/a"; exit } s = sprintf("%.3e", x); split(s, a, "e"); printf "%s\\times10^{%d}", a[1], a[2] + 0 }'; }
fix() { awk -v x="$1" -v d="$2" 'BEGIN { if (x == "nan" || x == "") print "n/a"; else printf "%.*f", d, x }'; }
# a step count, thousands set off by a thin space from 10,000 on
count() { awk -v x="$1" 'BEGIN { s = sprintf("%d", x); if (length(s) > 4) s = substr(s, 1, length(s) - 3) "\\," substr(s, length(s) - 2); print s }'; }
# flag KEY NAME FILE...: "KEY<TAB>value" of --NAME in train's flags files,
# which must each give it, and give the same value
flag() {
    key=$1 name=$2
    shift 2
    vals=$(for f in "$@"; do awk -v f="--$name" '$1 == f { v = $2 } END { print v }' "$f"; done | sort -u)
    case $vals in
    "" | *"
"*) echo "numbers.sh: --$name is missing from, or differs between, $*" >&2; exit 1 ;;
    esac
    # 1e-3 as 10^{-3}, 5e-3 as 5\cdot10^{-3}, in or out of math mode
    printf '%s\t%s\n' "$key" "$(echo "$vals" | awk '/^[0-9.]+e[-+]?[0-9]+$/ { split($0, a, "e")
        printf "\\ensuremath{%s10^{%d}}\n", a[1] == 1 ? "" : a[1] "\\cdot", a[2] + 0; next } { print }')"
}
if [ "$runs" = tf ]; then
    # the architecture and batch of every transformer run (TF-k and grokking),
    # the weight decay of each kind
    all="$flags/tf3.args $flags/tf4.args $flags/tf5.args $flags/g2.args $flags/g3.args $flags/g4.args $flags/g5.args"
    flag TFWidth hidden $all
    flag TFHeads heads $all
    flag TFHeadDim head-dim $all
    flag TFMLPWidth ff $all
    flag TFBatch batch $all
    flag TFWeightDecay weight-decay $flags/tf3.args $flags/tf4.args $flags/tf5.args
    flag GrokWeightDecay weight-decay $flags/g2.args $flags/g3.args $flags/g4.args $flags/g5.args
    # transformers: the modulus; over heads, the medians of the 2-D power in
    # the 4 largest bins, of the a+b and a-b shares and of the 2-D cosine
    # fit's residual, the most common zeta and the distinct ones
    # (attn-stats.awk); the heads whose strongest bin is (j1, 0) (a cosine
    # along the key axis) or (0, j2) (along the query axis), test accuracy
    # and steps of each run, on the plain sequence (tfK) and on the equals
    # sequence (tfK-eq, macros <n>Eq...), and of the initial weights
    # (tfK-init, <n>Init...); grokking delays per k (steps from train to
    # validation accuracy 0.99)
    for r in tf3 tf4 tf5 tf3-eq tf4-eq tf5-eq tf3-init tf4-init tf5-init; do
        n=$(name $r)
        flag "${n}P" p $flags/data-${r%-*}.args
        awk -F'\t' -v n="$n" -f "$(dirname "$0")/attn-stats.awk" $dir/$r/attn-summary.tsv
        printf '%sValAcc\t%s\n' "$n" "$(acc "$(last $dir/$r/log.tsv 6)")"
        printf '%sKeyAxisHeads\t%s\n' "$n" "$(awk -F'\t' '!/^#/ && $4 == 0 { c++ } END { print c + 0 }' $dir/$r/attn-summary.tsv)"
        printf '%sQueryAxisHeads\t%s\n' "$n" "$(awk -F'\t' '!/^#/ && $3 == 0 { c++ } END { print c + 0 }' $dir/$r/attn-summary.tsv)"
        printf '%sSteps\t%s\n' "$n" "$(count "$(last $dir/$r/log.tsv 1)")"
    done
    # the step budget of the grokking runs: the longest
    printf 'GrokSteps\t%s\n' "$(count "$(for k in 2 3 4 5; do for s in 0 1 2; do last $dir/g$k-s$s/log.tsv 1; done; done | sort -g | tail -1)")"
    for k in 2 3 4 5; do
        n=$(echo $k | sed 's/2/Two/; s/3/Three/; s/4/Four/; s/5/Five/')
        printf 'GrokDelay%s\t%s\n' "$n" "$(awk -F'\t' -v k=$k '$1 == k { print $2 }' $dir/grok-delay.tsv)"
        printf 'GrokSeeds%s\t%s\n' "$n" "$(awk -F'\t' -v k=$k '$1 == k { print $3 }' $dir/grok-delay.tsv)"
        printf 'GrokDelayNinety%s\t%s\n' "$n" "$(awk -F'\t' -v k=$k '$1 == k { print $4 }' $dir/grok-delay.tsv)"
        printf 'GrokSeedsNinety%s\t%s\n' "$n" "$(awk -F'\t' -v k=$k '$1 == k { print $5 }' $dir/grok-delay.tsv)"
    done
    exit 0
fi
# the NN runs' moduli (data flags), Adam epsilon and seed (train flags)
for r in nn3 nn4 nn5; do flag "$(name $r)P" p $flags/data-$r.args; done
flag NNEps eps $flags/nn3.args $flags/nn4.args $flags/nn5.args
flag NNSeed seed $flags/nn3.args $flags/nn4.args $flags/nn5.args
# where the learning rate of NN-4's settling variant starts to decay
flag NNFourDecayFrom lr-decay-from $flags/nn4-decay.args
for r in $runs construct; do
    n=$(name $r)
    d=$dir/$r
    s=$d/summary.tsv
    printf '%sCovered\t%s\n' "$n" "$(kv $s covered)"
    printf '%sNFreq\t%s\n' "$n" "$(kv $s n_freq)"
    printf '%sNeurons\t%s\n' "$n" "$(kv $s neurons)"
    printf '%sPowerAbove\t%s\n' "$n" "$(pct "$(kv $s power_gt_095)")"
    printf '%sPowerMinAbove\t%s\n' "$n" "$(pct "$(kv $s power_min_gt_095)")"
    printf '%sNormShareAbove\t%s\n' "$n" "$(pct "$(kv $s norm_share_gt_095)")"
    # secondary measures (not the paper's): the share of sum_i ||theta_i||^2
    # above 0.95, the active neurons and the share of them above 0.95
    printf '%sSqShareAbove\t%s\n' "$n" "$(pct "$(kv $s sq_share_gt_095)")"
    printf '%sActive\t%s\n' "$n" "$(kv $s active)"
    printf '%sActiveAbove\t%s\n' "$n" "$(pct "$(kv $s active_gt_095)")"
    printf '%sPowerMean\t%s\n' "$n" "$(fix "$(kv $s power_mean)" 3)"
    printf '%sAgree\t%s\n' "$n" "$(pct "$(kv $s agree)")"
    printf '%sPhaseMedian\t%s\n' "$n" "$(fix "$(kv $s phase_abs_median)" 3)"
    printf '%sCountMin\t%s\n' "$n" "$(kv $s count_min)"
    printf '%sCountMax\t%s\n' "$n" "$(kv $s count_max)"
    m=$d/margin.tsv
    printf '%sMargin\t%s\n' "$n" "$(sci "$(last $m 4)")"
    printf '%sMarginTrain\t%s\n' "$n" "$(sci "$(last $m 5)")"
    printf '%sGamma\t%s\n' "$n" "$(sci "$(last $m 6)")"
    printf '%sRatio\t%s\n' "$n" "$(fix "$(last $m 7)" 3)"
    printf '%sRatioTrain\t%s\n' "$n" "$(fix "$(last $m 8)" 3)"
    [ $r = construct ] && continue
    i=$d/init-summary.tsv
    printf '%sInitPowerMean\t%s\n' "$n" "$(fix "$(kv $i power_mean)" 3)"
    printf '%sInitPowerAbove\t%s\n' "$n" "$(pct "$(kv $i power_gt_095)")"
    printf '%sSteps\t%s\n' "$n" "$(last $d/log.tsv 1)"
    printf '%sTrainAcc\t%s\n' "$n" "$(acc "$(last $d/log.tsv 4)")"
    printf '%sTrainLoss\t%s\n' "$n" "$(sci "$(last $d/log.tsv 3)")"
    # the training loss at half the steps (the NN-4 runs log there)
    printf '%sTrainLossMid\t%s\n' "$n" "$(sci "$(awk -F'\t' '!/^#/ && NF { s[++n] = $1; l[n] = $3 }
        END { for (i = 1; i <= n; i++) if (2 * s[i] == s[n]) { print l[i]; exit } }' $d/log.tsv)")"
    printf '%sValAcc\t%s\n' "$n" "$(acc "$(last $d/log.tsv 6)")"
done
# the active fraction of every summary (sparsity --active-frac), which must agree
af=$(for r in $runs construct $seeds; do kv $dir/$r/summary.tsv active_frac; done | sort -u)
case $af in
"" | *"
"*) echo "numbers.sh: active_frac is missing from, or differs between, the summaries" >&2; exit 1 ;;
esac
printf 'ActiveFrac\t%s\n' "$af"
# NN-3 over seeds: each run's measures (the first run's are printed above),
# then per measure the mean and sample SD over the runs, in percent
if [ -n "$seeds" ]; then
    set -- $seeds
    printf 'NNThreeSeedsN\t%s\n' $#
    for r in $seeds; do
        [ $r = nn3 ] && continue
        n=$(name $r)
        s=$dir/$r/summary.tsv
        printf '%sSeed\t%s\n' "$n" "${r#nn3-s}"
        printf '%sPowerAbove\t%s\n' "$n" "$(pct "$(kv $s power_gt_095)")"
        printf '%sSqShareAbove\t%s\n' "$n" "$(pct "$(kv $s sq_share_gt_095)")"
        printf '%sNormShareAbove\t%s\n' "$n" "$(pct "$(kv $s norm_share_gt_095)")"
        printf '%sActive\t%s\n' "$n" "$(kv $s active)"
        printf '%sActiveAbove\t%s\n' "$n" "$(pct "$(kv $s active_gt_095)")"
        printf '%sValAcc\t%s\n' "$n" "$(acc "$(last $dir/$r/log.tsv 6)")"
    done
    for m in PowerAbove:power_gt_095 SqShareAbove:sq_share_gt_095 NormShareAbove:norm_share_gt_095 ActiveAbove:active_gt_095; do
        for r in $seeds; do kv $dir/$r/summary.tsv ${m#*:}; done |
            awk -v key="NNThreeSeeds${m%%:*}" '{ x[++n] = 100 * $1; s += x[n] }
                END { mean = s / n; for (i = 1; i <= n; i++) q += (x[i] - mean) ^ 2
                      printf "%sMean\t%.1f\n%sSd\t%.1f\n", key, mean, key, (n > 1 ? sqrt(q / (n - 1)) : 0) }'
    done
fi
# the largest relative gap between a construction's margin and gamma*
printf 'TheoryWorstRelErr\t%s\n' "$(awk -F'\t' '!/^#/ && $10 + 0 > w { w = $10 + 0 } END { printf "%.1e", w }' $dir/theory.tsv)"
printf 'TheoryRows\t%s\n' "$(grep -vc '^#' $dir/theory.tsv)"
