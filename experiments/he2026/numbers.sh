#!/bin/sh
# numbers.sh — He et al. 2026: every number of ours that the report quotes,
# one "key<TAB>value<TAB>format" line each, read from the analysis files of
# one profile (the keys match experiments/he2026/paper-values.tsv where the
# paper states the same quantity; the formats are lib.awk's fmt()).
#
#   sh experiments/he2026/numbers.sh DATADIR F10_LAST F9_LAST F13B_LAST F21_MARK LEAK_STEPS... > numbers.tsv
#
# DATADIR is data/<profile>/he2026; then the checkpoint choices of the
# profile (profile.mk): the last step of Figs 10, 9 and 13b, the marked step
# of Fig. 21, and the steps of the harmonic-leakage summaries. Steps the run
# does not have give "nan" (the quick profile's short runs).
set -eu
d=$1 f10_last=$2 f9_last=$3 f13b_last=$4 f21_mark=$5
shift 5

# get FILE [KEY NAME FORMAT]...: a "KEY value FORMAT" line for each NAME of a
# key/value file, "nan" if absent
get() { awk -F'\t' -v spec="$*" '!($1 in v) { v[$1] = $2 } END { n = split(spec, a, " "); for (i = 2; i < n; i += 3) printf "%s\t%s\t%s\n", a[i], (a[i + 1] in v) ? v[a[i + 1]] : "nan", a[i + 2] }' "$1"; }
# pick FILE STEP[,K] [KEY COL FORMAT]...: a "KEY value FORMAT" line for each
# COL of the first row whose first column is STEP ("final": the last row) and,
# with K, whose second column is K (a neuron table's frequency); "nan" if none
pick() {
    awk -F'\t' -v sel="$2" -v spec="$*" '
        BEGIN { split(sel, q, ","); s = q[1]; k = q[2]; n = split(spec, a, " ") }
        !/^#/ && NF && (s == "final" || $1 == s) && (k == "" || $2 == k) { split($0, row, "\t"); found = 1; if (s != "final") exit }
        END { for (i = 3; i < n; i += 3) { v = found ? row[a[i + 1]] : "nan"; printf "%s\t%s\t%s\n", a[i], s == "final" && v == "" ? "nan" : v, a[i + 2] } }' "$1"
}
# at FILE STEP COL: the value alone
at() { pick "$1" "$2" - "$3" - | cut -f 2; }
out() { printf '%s\t%s\t%s\n' "$1" "$2" "$3"; }
# kvs FILE PREFIX FORMAT NAME...: each NAME of a key/value file as PREFIX.NAME
kvs() { f=$1 p=$2 fm=$3; shift 3; for k; do get "$f" "$p.$k" "$k" "$fm"; done; }
# counts FILE: a summary's neuron counts at frequencies 1-11, as a list
counts() { awk -F'\t' '$1 ~ /^count\.([1-9]|1[01])$/ { printf "%s%s", sep, $2; sep = ", " }' "$1"; }
# kfinal FILE: a neuron table's final frequency (column kfinal)
kfinal() { awk -F'\t' '!/^#/ { print $10; exit }' "$1"; }
# phases NAME FILE LAST ABFORMAT: a neuron's frequency kf, and its phases,
# misalignment and magnitudes (format ABFORMAT) at step 0 and step LAST
phases() {
    kf=$(kfinal "$2")
    out $1.k "$kf" int
    out $1.last "$3" int
    for s in 0 $3; do
        tag=$([ "$s" = 0 ] && echo 0 || echo last)
        pick $2 $s,$kf $1.phi.$tag 5 %.2f $1.psi.$tag 6 %.2f $1.twophi.$tag 7 %.2f $1.mis.$tag 8 %.3f \
            $1.alpha.$tag 3 $4 $1.beta.$tag 4 $4
    done
}

r=$d/r1
for s in 1000 2000 4000 5000 8000; do
    ours=$(at $r/log.tsv $s 3)
    out r1.loss.$s "$ours" sci3
    [ -f $r/authors.tsv ] || continue
    theirs=$(at $r/authors.tsv $s 2)
    out r1.authors_loss.$s "$theirs" sci3
    out r1.loss_rel.$s "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.6g", (a - b) / b }')" sci2
done
pick $r/log.tsv final r1.loss.final 3 sci2 r1.steps 1 int r1.train_acc 4 %.3f
for s in 0 final; do pick $r/log.tsv $s r1.norm.$s 7 %.2f; done
kvs $r/summary.tsv r1 int count.1 count.2 count.3 count.4 count.5 count.6 count.7 count.8 count.9 count.10 count.11
out r1.counts "$(counts $r/summary.tsv)" text
kvs $r/summary.tsv r1 int freqs_used
kvs $r/summary.tsv r1 "%.4f" alpha.mean alpha.median alpha.min alpha.max beta.mean beta.median beta.min beta.max ipr
kvs $r/summary.tsv r1 "%.3f" ipr_pair
get $r/summary.tsv r1.abs_sin abs_sin_mean %.4f
kvs $r/summary.tsv r1 int wrap_outliers moment.n
kvs $r/summary.tsv r1 "%.4f" $(for i in 1 2 3 4 5 6 7 8; do echo moment.cos.$i moment.sin.$i; done)
kvs $r/summary.tsv r1 "%.3f" sym.1.min sym.1.max sym.2.min sym.2.max sym.3.min sym.3.max sym.4.min sym.4.max
out r1.sym.min "$(awk -F'\t' '$1 ~ /^sym\.[1-4]\.min$/ && (m == "" || $2 < m) { m = $2 } END { print m }' $r/summary.tsv)" "%.2f"
out r1.sym.max "$(awk -F'\t' '$1 ~ /^sym\.[1-4]\.max$/ && $2 > m { m = $2 } END { print m }' $r/summary.tsv)" "%.2f"
kvs $r/summary.tsv r1 "%.3f" homog_cv
for a in relu abs square pow4 pow8 softplus2 exp identity cube; do
    get $r/swap_$a.tsv t1.$a.acc accuracy %.4f t1.$a.loss loss sci3
done
kvs $r/swap_square.tsv r1 "%.2f" logit_absmax row0.correct_min row0.correct_max row0.ghost_mean row0.background_mean \
    example.correct example.ghost_x example.ghost_y

r=$d/r2
acc=$r/accuracy.tsv
s1=$(awk -F'\t' '!/^#/ && $4 >= 1 { print $1; exit }' $acc)
s2=$(awk -F'\t' '!/^#/ && $6 >= 0.95 { print $1; exit }' $acc)
out r2.stage1 "${s1:-nan}" int
out r2.stage2 "${s2:-nan}" int
pick $r/log.tsv final r2.steps 1 int
pick $acc final r2.test_acc.final 6 %.4f
# test pairs: those of a predict table with split = 0
ntest=$(awk -F'\t' '!/^#/ && $8 == 0 { n++ } END { print n + 0 }' "$(ls $r/pairs_*.tsv | head -n 1)")
out r2.test_n "$ntest" int
out r2.test_correct "$(awk -v a="$(at $acc final 6)" -v n="$ntest" 'BEGIN { printf "%d", a * n + 0.5 }')" int
pick $acc "${s1:-x}" r2.test_acc.stage1 6 %.4f
pick $acc "${s2:-x}" r2.test_acc.stage2 6 %.4f
pick $acc "${s1:-x}" r2.true_test_acc.stage1 14 %.3f
# the plateau: checkpoints from stage 1 on whose test accuracy equals that at stage 1
out r2.plateau_end "$(awk -F'\t' -v s="${s1:-x}" '!/^#/ { if ($1 == s) { v = $6; on = 1 } if (on && $6 == v) e = $1; else if (on) { on = 0; exit } } END { print (e == "" ? "nan" : e) }' $acc)" int
for s in 0 200 1000 1400 2000 2200; do pick $acc $s r2.common.$s 8 %.3f r2.rare.$s 10 %.3f; done
for s in 0 200 1000 1400 2000 2200 5000 6000 8000 10000 10400; do pick $acc $s r2.test_acc.$s 6 %.3f; done
for s in 0 200 1000 1800 2200; do pick $acc $s r2.train_acc.$s 4 %.3f; done
awk -F'\t' '!/^#/ && $5 > m { m = $5; s = $1 } END { printf "r2.test_peak\t%s\t%%.3f\nr2.test_peak_step\t%s\tint\n", m, s }' $r/log.tsv
for s in 2200 5000 10000 20000; do pick $r/log.tsv $s r2.train_loss.$s 3 sci2 r2.test_loss.$s 5 sci3; done
pick $r/log.tsv final r2.train_loss.final 3 sci3 r2.test_loss.final 5 %.4f
awk -F'\t' '!/^#/ && $7 > m { m = $7; s = $1 } END { printf "r2.norm.peak\t%s\t%%.2f\nr2.norm.peak_step\t%s\tint\n", m, s }' $r/log.tsv
for s in 2200 5000 final; do pick $r/log.tsv $s r2.norm.$s 7 %.2f; done
for s in 0 1000 2200 5000 10000 20000 final; do pick $r/series.tsv $s r2.ipr.$s 2 %.3f; done
for s in 0 200 1000 2200 5000 10000 20000 final; do pick $r/series.tsv $s r2.abs_sin.$s 12 %.3f; done
kvs $r/summary.tsv r2 "%.4f" alpha.mean alpha.median beta.mean beta.median
out r2.counts "$(counts $r/summary.tsv)" text

r=$d/r3
n=$r/neuron40.tsv
kf=$(kfinal $n)
out r3.n40.k "$kf" int
pick $n 0,$kf r3.n40.alpha0 3 %.4f
pick $n $f10_last,$kf r3.n40.alpha_last 3 %.4f
pick $n 0,$kf r3.n40.mis0 8 %.2f
pick $n $f10_last,$kf r3.n40.mis_last 8 %.2f
out r3.n40.last "$f10_last" int
out r3.n40.argmin_D0 "$(awk -F'\t' '!/^#/ && $1 == 0 { d = $8 < 0 ? -$8 : $8; if (b == "" || d < b) { b = d; k = $2 } } END { print k }' $n)" int
out r3.n40.argmax_alpha0 "$(awk -F'\t' '!/^#/ && $1 == 0 { if (b == "" || $3 > b) { b = $3; k = $2 } } END { print k }' $n)" int
out r3.n40.others_max_last "$(awk -F'\t' -v s=$f10_last -v k=$kf '!/^#/ && $1 == s && $2 != k && $3 > m { m = $3 } END { print m }' $n)" "%.4f"
for s in 7000 9000 final; do pick $r/log.tsv $s r3.loss.$s 3 %.3f; done
kvs $r/lottery.tsv r3 int winners.min winners.max
kvs $r/lottery.tsv r3 "%.3f" pred.min_abs_D pred.max_ab_cosD pred.max_alpha

r=$d/r4
phases r4.n1 $r/neuron1.tsv $f9_last "%.4f"
for s in 5000 10000; do pick $r/neuron1.tsv $s,$kf r4.n1.alpha.$s 3 %.3f r4.n1.beta.$s 4 %.3f; done
pick $r/log.tsv 7000 r4.loss.7000 3 %.3f
pick $r/log.tsv final r4.loss.final 3 sci2
for s in 0 1000 5000 10000; do pick $r/series.tsv $s r4.offfreq_in.$s 10 %.4f r4.offfreq_out.$s 11 %.4f; done

r=$d/r5
phases r5.n10 $r/neuron10.tsv $f13b_last "%.5f"
awk -F'\t' -v k=$kf '!/^#/ && $2 == k && (m == "" || $3 < m) { m = $3; s = $1 }
    END { printf "r5.n10.alpha_min\t%s\t%%.5f\nr5.n10.alpha_min_step\t%s\tint\n", m, s }' $r/neuron10.tsv
# harmonic leakage at the two checkpoints of the profile ("first", "second"): the arguments left
tag=first
for s; do
    out r5.leak_step.$tag "$s" int
    for h in 2 3 4 5; do get $r/summary_$s.tsv r5.leak_in.$h.$tag leak.in.$h %.3f r5.leak_out.$h.$tag leak.out.$h %.3f; done
    tag=second
done
for s in 0 final; do pick $r/log.tsv $s r5.loss.$s 3 %.3f; done

r=$d/r6
for s in 3000 3800 5000 6000 9800; do pick $r/log.tsv $s r6.loss.$s 3 sci3; done
for s in 0 1800 3800 5800 10000; do pick $r/series.tsv $s r6.ipr.$s 2 %.3f; done
out r6.mark "$f21_mark" int
pick $r/log.tsv $f21_mark r6.loss.mark 3 sci3
pick $r/series.tsv $f21_mark r6.ipr.mark 2 %.3f

# ---------------------------------------------------------------- network-free
for c in 1 2; do
    for k in D0 alpha_min t_alpha_min D_at_alpha_min t_half_pi alpha_end beta_end D_end; do
        case $k in t_*) f=int ;; D*) f="%.3f" ;; *) f=sci3 ;; esac
        get $d/ode${c}_summary.tsv ode$c.$k $k "$f"
    done
done
awk -F'\t' '!/^#/ { i++; printf "contour.%d.beta\t%s\tsci3\ncontour.%d.D\t%s\t%%.4f\n", i, $3, i, $4 }' $d/contour_points.tsv
awk -F'\t' '!/^#/ && NF { if (min == "" || $3 < min) min = $3; if ($3 > max) max = $3 }
    END { printf "contour.min\t%s\tsci3\ncontour.max\t%s\tsci3\n", min, max }' $d/contour.tsv
awk -F'\t' '!/^#/ { printf "t2.%d.subsets\t%s\tint\nt2.%d.mean\t%s\tsci3\nt2.%d.median\t%s\tsci3\nt2.%d.std\t%s\tsci3\n", $1, $2, $1, $3, $1, $4, $1, $5 }' $d/table2.tsv
awk -F'\t' '!/^#/ { r = sprintf("%.1f", $1); printf "t3.%s.mean\t%s\tsci3\nt3.%s.median\t%s\tsci3\nt3.%s.std\t%s\tsci3\n", r, $2, r, $3, r, $4 }' $d/table3.tsv
# Proposition 1's indicator: the output's value (column 4) by what fires (column 2)
cut -f 2,4 $d/indicator.tsv | get - t4.correct correct %.2f t4.ghost ghost %.2f t4.background background %.2f
