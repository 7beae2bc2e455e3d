#!/bin/sh
# numbers.sh — Li et al. 2025: every number of ours the report quotes, as
# "key<TAB>value" lines (keys in the macro's CamelCase, values formatted for
# LaTeX), from the runs' logs, sparsity summaries and margins.
#
#   sh numbers.sh DATA_DIR nn "nn3 nn4 nn5 morwani nn4-decay" "nn3 nn3-s1 nn3-s2" > numbers.tsv
#   sh numbers.sh DATA_DIR tf "tf3 tf4 tf5" "g2-s0 g2-s1 ..." > numbers-tf.tsv
#
# Settings the report quotes come from DATA_DIR/config/<name>.tsv, the
# effective settings of the flags files <name>.args. The last argument of
# nn, NN-3's runs over seeds (nn3 first), gives the seeds table's numbers
# (each run's secondary one-sparse measures, their mean and sample SD).
set -eu
dir=$1 part=$2 runs=$3 more=$4
# a run's (or a digit's) name in the macros: nn3-s1 NNThreeSeedOne, tf4-eq TFFourEq, 2 Two
name() { echo "$1" | sed 's/^nn/NN/; s/^tf/TF/; s/^m/M/; s/^c/C/; s/-s/Seed/; s/-eq/Eq/; s/-init/Init/; s/-decay/Decay/
    s/1/One/; s/2/Two/; s/3/Three/; s/4/Four/; s/5/Five/'; }
# out KEY VALUE...: a "KEY<TAB>VALUE" line per pair
out() { printf '%s\t%s\n' "$@"; }
# kv FILE KEY: the value of a key/value line
kv() { awk -F'\t' -v k="$2" '$1 == k { print $2; exit }' "$1"; }
# last FILE COL: column COL of the last data row
last() { awk -F'\t' -v c="$2" '!/^#/ && NF { v = $c } END { print v }' "$1"; }
# form FORMAT VALUE: pct (percent, one decimal), acc (accuracies: three
# decimals, so that 99.999 does not print as 100.0), sci (a.bcd\times10^{e}),
# fix3 (three decimals), count (a step count, thousands set off by a thin
# space from 10,000 on), pow10 (a setting: 1e-3 as 10^{-3}, 5e-3 as
# 5\cdot10^{-3}, in or out of math mode), anything else as it is; nan reads n/a
form() { awk -v f="$1" -v x="$2" 'BEGIN { if (f ~ /^(sci|fix3)$/ && (x == "nan" || x == "")) { print "n/a"; exit }
    if (f == "pow10" && x ~ /^[0-9.]+e[-+]?[0-9]+$/) { split(x, a, "e"); printf "\\ensuremath{%s10^{%d}}\n", a[1] == 1 ? "" : a[1] "\\cdot", a[2] + 0 }
    else if (f == "pct") printf "%.1f\n", 100 * x; else if (f == "acc") printf "%.3f\n", 100 * x
    else if (f == "fix3") printf "%.3f\n", x
    else if (f == "sci") { s = sprintf("%.3e", x); split(s, a, "e"); printf "%s\\times10^{%d}\n", a[1], a[2] + 0 }
    else if (f == "count") { s = sprintf("%d", x); if (length(s) > 4) s = substr(s, 1, length(s) - 3) "\\," substr(s, length(s) - 2); print s }
    else print x }'; }
# put PREFIX FILE MACRO:KEY[:FORMAT]...: "PREFIX<MACRO><TAB>value" for each
# KEY of the key/value FILE, or each column KEY of its last row where KEY is a number
put() {
    p=$1 f=$2
    shift 2
    for m; do
        k=${m#*:} fm=
        case $k in *:*) fm=${k#*:} k=${k%%:*} ;; esac
        case $k in [0-9]*) v=$(last "$f" "$k") ;; *) v=$(kv "$f" "$k") ;; esac
        printf '%s%s\t%s\n' "$p" "${m%%:*}" "$(form "$fm" "$v")"
    done
}
# one WHAT: the one value of the lines read, which must all be the same
one() { v=$(sort -u); case $v in "" | *"
"*) echo "numbers.sh: $1 is missing from, or differs between, its files" >&2; exit 1 ;; esac; echo "$v"; }
# flag KEY NAME RUN...: "KEY<TAB>value" of the setting NAME in config/RUN.tsv
# of each RUN, which must agree
flag() {
    key=$1 name=$2
    shift 2
    v=$(for r; do kv $dir/config/$r.tsv $name; done | one "$name of $*")
    out "$key" "$(form pow10 "$v")"
}
if [ $part = tf ]; then
    # the architecture and batch of every transformer run (TF-k and grokking:
    # gK.args of the runs gK-sS), the weight decay of each kind
    grok=$(for r in $more; do echo ${r%-s*}; done | uniq)
    for m in TFWidth:hidden TFHeads:heads TFHeadDim:head-dim TFMLPWidth:ff TFBatch:batch; do flag ${m%:*} ${m#*:} $runs $grok; done
    flag TFWeightDecay weight-decay $runs
    flag GrokWeightDecay weight-decay $grok
    # each transformer run on the plain sequence (tfK), on the equals
    # sequence (tfK-eq) and at its initial weights (tfK-init): the modulus,
    # the heads summed up (attn-stats.awk), test accuracy, the heads whose
    # strongest bin is (j1, 0) (a cosine along the key axis) or (0, j2) (along
    # the query axis), the steps
    for r in $runs $(printf '%s-eq ' $runs) $(printf '%s-init ' $runs); do
        n=$(name $r)
        flag "${n}P" p data-${r%-*}
        awk -F'\t' -v n="$n" -f "$(dirname "$0")/attn-stats.awk" $dir/$r/attn-summary.tsv
        put "$n" $dir/$r/log.tsv ValAcc:6:acc
        awk -F'\t' -v n="$n" '!/^#/ { k += $4 == 0; q += $3 == 0 } END { printf "%sKeyAxisHeads\t%d\n%sQueryAxisHeads\t%d\n", n, k, n, q }' \
            $dir/$r/attn-summary.tsv
        put "$n" $dir/$r/log.tsv Steps:1:count
    done
    # the step budget of the grokking runs: the longest
    out GrokSteps "$(form count "$(for r in $more; do last $dir/$r/log.tsv 1; done | sort -g | tail -1)")"
    # grok-delay.tsv: k, delay and seeds at 0.99, at 0.9
    while read -r k delay seeds delay90 seeds90; do
        case $k in "#"*) continue ;; esac
        n=$(name $k)
        out GrokDelay$n "$delay" GrokSeeds$n "$seeds" GrokDelayNinety$n "$delay90" GrokSeedsNinety$n "$seeds90"
    done < $dir/grok-delay.tsv
    exit 0
fi
# the NN runs' moduli (data flags), Adam epsilon and seed (train flags)
nn=$(for r in $runs; do case $r in nn[0-9]) echo $r ;; esac; done)
for r in $nn; do flag "$(name $r)P" p data-$r; done
flag NNEps eps $nn
flag NNSeed seed $nn
# where the learning rate of NN-4's settling variant starts to decay
flag NNFourDecayFrom lr-decay-from nn4-decay
for r in $runs construct; do
    n=$(name $r)
    d=$dir/$r
    # Sq/Active: secondary measures (not the paper's): the share of
    # sum_i ||theta_i||^2 above 0.95, the active neurons and the share of them above 0.95
    put "$n" $d/summary.tsv Covered:covered NFreq:n_freq Neurons:neurons PowerAbove:power_gt_095:pct \
        PowerMinAbove:power_min_gt_095:pct NormShareAbove:norm_share_gt_095:pct SqShareAbove:sq_share_gt_095:pct \
        Active:active ActiveAbove:active_gt_095:pct PowerMean:power_mean:fix3 Agree:agree:pct \
        PhaseMedian:phase_abs_median:fix3 CountMin:count_min CountMax:count_max
    put "$n" $d/margin.tsv Margin:4:sci MarginTrain:5:sci Gamma:6:sci Ratio:7:fix3 RatioTrain:8:fix3
    [ $r = construct ] && continue
    put "$n" $d/init-summary.tsv InitPowerMean:power_mean:fix3 InitPowerAbove:power_gt_095:pct
    put "$n" $d/log.tsv Steps:1 TrainAcc:4:acc TrainLoss:3:sci
    # the training loss at half the steps (the NN-4 runs log there)
    out ${n}TrainLossMid "$(form sci "$(awk -F'\t' '!/^#/ && NF { s[++n] = $1; l[n] = $3 }
        END { for (i = 1; i <= n; i++) if (2 * s[i] == s[n]) { print l[i]; exit } }' $d/log.tsv)")"
    put "$n" $d/log.tsv ValAcc:6:acc
done
# the active fraction of every summary (sparsity --active-frac), which must agree
af=$(for r in $runs construct $more; do kv $dir/$r/summary.tsv active_frac; done | one active_frac)
out ActiveFrac "$af"
# NN-3 over seeds: each further run's measures (nn3's are printed above),
# then per measure the mean and sample SD over the runs, in percent
set -- $more
out NNThreeSeedsN $#
shift
for r; do
    n=$(name $r)
    out ${n}Seed "${r#nn3-s}"
    put "$n" $dir/$r/summary.tsv PowerAbove:power_gt_095:pct SqShareAbove:sq_share_gt_095:pct \
        NormShareAbove:norm_share_gt_095:pct Active:active ActiveAbove:active_gt_095:pct
    put "$n" $dir/$r/log.tsv ValAcc:6:acc
done
for m in PowerAbove:power_gt_095 SqShareAbove:sq_share_gt_095 NormShareAbove:norm_share_gt_095 ActiveAbove:active_gt_095; do
    for r in $more; do kv $dir/$r/summary.tsv ${m#*:}; done |
        awk -v key="NNThreeSeeds${m%%:*}" '{ x[++n] = 100 * $1; s += x[n] }
            END { mean = s / n; for (i = 1; i <= n; i++) q += (x[i] - mean) ^ 2
                  printf "%sMean\t%.1f\n%sSd\t%.1f\n", key, mean, key, (n > 1 ? sqrt(q / (n - 1)) : 0) }'
done
# the largest relative gap between a construction's margin and gamma*
out TheoryWorstRelErr "$(awk -F'\t' '!/^#/ && $10 + 0 > w { w = $10 + 0 } END { printf "%.1e", w }' $dir/theory.tsv)"
out TheoryRows "$(grep -vc '^#' $dir/theory.tsv)"
