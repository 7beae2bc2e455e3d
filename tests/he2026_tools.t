#!/usr/bin/env bash
# he2026_tools — the He et al. (2026) tools end to end: features and predict
# on the authors' checkpoints (experiments/he2026/authors, PROVENANCE.md
# there) reproduce every value of its reference table and the activation swap;
# dynamics reproduces the decoupled-flow, contour and diversity values of
# experiments/he2026/README.md §5.5–5.9 and Proposition 1; mkinit's
# single-frequency init has exactly one
# frequency per neuron; train, started from the authors' initial weights
# with their settings, follows their recorded loss curves; bad input fails
# cleanly.
# Run from the repository root after `make all`.
set -u
fix=experiments/he2026/authors
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
check() { # check DESCRIPTION COMMAND...: ok when the command succeeds
    local what=$1; shift
    n=$((n + 1))
    if "$@"; then echo "ok $n - $what"; else echo "not ok $n - $what"; failed=$((failed + 1)); fi
}
value() { awk -F'\t' -v k="$2" '$1 == k { print $2; exit }' "$1"; }
near() { awk -v g="$1" -v w="$2" -v t="$3" 'BEGIN { d = g - w; exit !(g != "" && (d < 0 ? -d : d) <= t) }'; }
# sig GOT WANT DIGITS: GOT and WANT agree to DIGITS significant digits
sig() { [ -n "$1" ] && [ "$(printf "%.$(($3 - 1))e" "$1")" = "$(printf "%.$(($3 - 1))e" "$2")" ]; }
# sigp GOT WANT: agreement to as many significant digits as WANT prints (at least 2)
sigp() { local m=${2%%[eE]*}; m=${m#-}; m=${m/./}; m=$(echo "$m" | sed 's/^0*//'); sig "$1" "$2" $(( ${#m} > 2 ? ${#m} : 2 )); }

echo "1..88"

# ---- features on the authors' checkpoints: the reference table
while read -r file counts am amed bm bmed ipr sinm; do
    bin/features $fix/$file.npz --summary -o $tmp/s.tsv
    got=$(awk -F'\t' '$1 ~ /^count\.([1-9]|1[01])$/ { printf "%s%s", s, $2; s = "," }' $tmp/s.tsv)
    check "$file: neurons per k* = $counts" [ "$got" = "$counts" ]
    check "$file: alpha mean $am" sig "$(value $tmp/s.tsv alpha.mean)" $am 4
    check "$file: alpha median $amed" sig "$(value $tmp/s.tsv alpha.median)" $amed 4
    check "$file: beta mean $bm" sig "$(value $tmp/s.tsv beta.mean)" $bm 3
    check "$file: beta median $bmed" sig "$(value $tmp/s.tsv beta.median)" $bmed 3
    check "$file: IPR $ipr" sig "$(value $tmp/s.tsv ipr)" $ipr 4
    check "$file: mean |sin(psi - 2 phi)| $sinm" sig "$(value $tmp/s.tsv abs_sin_mean)" $sinm 3
done <<'EOF'
r1_relu_adamw_init 39,45,44,40,51,51,44,35,49,48,46 0.01480 0.01439 0.00789 0.00724 0.1205 0.638
r1_relu_adamw_final 43,42,54,43,35,61,56,41,46,50,41 0.4523 0.4676 0.5054 0.5246 0.5331 0.0861
r2_grokking_step2200 49,48,50,49,39,48,46,47,53,45,38 0.1781 0.1857 0.1875 0.2020 0.3717 0.1055
r2_grokking_step10400 48,48,52,47,37,45,48,49,50,49,39 0.3949 0.4104 0.4481 0.4674 0.5358 0.0724
r2_grokking_final 48,46,52,47,39,45,48,49,50,49,39 0.4018 0.4049 0.4479 0.4502 0.6359 0.0449
EOF

m=$fix/r1_relu_adamw_final.npz
# ---- predict: the activation swap (accuracy, mean cross-entropy)
while read -r act acc loss; do
    bin/predict $m --act $act --summary -o $tmp/p.tsv
    check "predict --act $act: accuracy $acc, loss $loss" \
        eval 'near "$(value $tmp/p.tsv accuracy)" $acc 0.00005 && sig "$(value $tmp/p.tsv loss)" $loss 2'
done <<'EOF'
relu 1.000 5.2e-7
abs 1.000 1.9e-11
square 1.000 9.3e-10
identity 0.0416 4.2467
cube 0.0359 3.8913
EOF
bin/predict $m --act square --summary -o $tmp/sq.tsv
check "x^2 swapped in: (3,7) logits 28.3 at j = 10, 5.9 at 6, 7.5 at 14; max |logit| 33.19" eval \
    'sig "$(value $tmp/sq.tsv example.correct)" 28.3 3 && sig "$(value $tmp/sq.tsv example.ghost_x)" 5.9 2 && sig "$(value $tmp/sq.tsv example.ghost_y)" 7.5 2 && sig "$(value $tmp/sq.tsv logit_absmax)" 33.19 4'
bin/features $m --summary -o $tmp/s.tsv
check "R1 final: k = 3 phase moments (cos, sin) of phi and 4 phi, as the notebook prints" eval \
    'sig "$(value $tmp/s.tsv moment.cos.1)" -0.0123 3 && sig "$(value $tmp/s.tsv moment.sin.4)" -0.0451 3 && [ "$(value $tmp/s.tsv moment.n)" = 54 ]'
check "R1 final: 9 wrap-around points, alpha range 0.1936-0.5521, pair IPR 0.714" eval \
    '[ "$(value $tmp/s.tsv wrap_outliers)" = 9 ] && sig "$(value $tmp/s.tsv alpha.min)" 0.1936 4 && sig "$(value $tmp/s.tsv alpha.max)" 0.5521 4 && sig "$(value $tmp/s.tsv ipr_pair)" 0.714 3'
bin/features $m --heatmap --neurons 30-39 --sort-freq -o $tmp/h.tsv
check "Fig. 3 neurons 30-39 by frequency: 31 33 34 37 38 39 30 32 35 36" \
    [ "$(head -1 $tmp/h.tsv)" = "# neurons: 31 33 34 37 38 39 30 32 35 36" ]
check "heatmap: two blocks (theta, xi) of 10 x 23 cells" \
    [ "$(awk 'NF == 3 && !/^#/' $tmp/h.tsv | wc -l)" = 460 ]
# R2 at the end of memorisation: train accuracy 1, test 94/133, true-test pairs all wrong
bin/datagen --p 23 --split mask --mask $fix/r2_grokking_train_mask.npy -o $tmp/split.npz
bin/predict $fix/r2_grokking_step2200.npz --data $tmp/split.npz --summary -o $tmp/g.tsv
check "R2 step 2200: train accuracy 1, test accuracy 94/133, true-test accuracy 0 (39 pairs)" eval \
    '[ "$(value $tmp/g.tsv train.accuracy)" = 1 ] && near "$(value $tmp/g.tsv test.accuracy)" 0.70677 0.00001 && [ "$(value $tmp/g.tsv true_test.accuracy)" = 0 ] && [ "$(value $tmp/g.tsv true_test.n)" = 39 ] && [ "$(value $tmp/g.tsv rare.n)" = 94 ]'
row=$(bin/features $fix/r3_quad_sgd_final.npz | awk -F'\t' '$1 == 40 { print $2 }')
check "R3 (authors' final weights): neuron 40 ends at frequency 7" [ "$row" = 7 ]
bin/features $fix/r4_quad_singlefreq_init.npz -o $tmp/n0.tsv
bin/features $fix/r4_quad_singlefreq_final.npz -o $tmp/n1.tsv
check "R4 (authors' weights): neuron 1 at k = 11, psi - 2 phi from -1.36 to within 0.01 of 0" eval \
    '[ "$(awk -F"\t" "\$1 == 1 { print \$2 }" $tmp/n1.tsv)" = 11 ] && near "$(awk -F"\t" "\$1 == 1 { print \$8 }" $tmp/n0.tsv)" -1.358 0.001 && near "$(awk -F"\t" "\$1 == 1 { print \$8 }" $tmp/n1.tsv)" 0 0.01'
bin/npzcat $fix/r2_grokking_final.npz train_losses test_losses -o $tmp/l.tsv
check "npzcat: R2 recorded test loss peaks at 3.4019 at step 983, ends at 0.1074" eval \
    '[ "$(awk -F"\t" '"'"'!/^#/ && $3 > m { m = $3; s = $1 } END { printf "%.4f %d", m, s }'"'"' $tmp/l.tsv)" = "3.4019 983" ] && sig "$(tail -1 $tmp/l.tsv | cut -f3)" 0.1074 4'

# ---- train from the authors' initial weights follows their recorded loss (R1, 2000 steps)
bin/datagen --p 23 --split all -o $tmp/all.npz
bin/train --data $tmp/all.npz --init-from $fix/r1_relu_adamw_init.npz --act relu --optim adamw --lr 5e-5 \
    --beta1 0.9 --beta2 0.98 --warmup 10 --steps 2000 --eval-every 1000 --log-every 1000 --log $tmp/r1.log \
    -o $tmp/r1.npz 2>/dev/null
bin/npzcat $fix/r1_relu_adamw_final.npz train_losses --every 1000 -o $tmp/a.tsv
for s in 0 1000 2000; do
    check "R1 from the authors' init: loss at step $s within 0.1% of their recorded loss" \
        near "$(awk -F'\t' -v s=$s '$1 == s { print $3 / a }' a="$(awk -F'\t' -v s=$s '$1 == s { print $2 }' $tmp/a.tsv)" $tmp/r1.log)" 1 0.001
done

# ---- dynamics: the checked values of experiments/he2026/README.md §5.7, §5.8
# to 3 significant digits
bin/dynamics ode --phi0 1.5 --psi0 0.18 --steps 1400 --lr 1 --summary -o $tmp/o1.tsv
check "ODE case 1: D0 2.82, alpha_min 0.01233 at t = 503" eval \
    'sig "$(value $tmp/o1.tsv D0)" 2.82 3 && sig "$(value $tmp/o1.tsv alpha_min)" 0.01233 3 && [ "$(value $tmp/o1.tsv t_alpha_min)" = 503 ]'
check "ODE case 1: alpha 0.0480, beta 0.0367, D 0.030 at t = 1400" eval \
    'sig "$(value $tmp/o1.tsv alpha_end)" 0.0480 3 && sig "$(value $tmp/o1.tsv beta_end)" 0.0367 3 && sig "$(value $tmp/o1.tsv D_end)" 0.030 2'
check "ODE case 1: the minimum of alpha is where D crosses pi/2" near "$(value $tmp/o1.tsv D_at_alpha_min)" 1.5708 0.01
bin/dynamics ode --phi0 -0.72 --psi0 -2.91 --steps 700 --lr 1 --summary -o $tmp/o2.tsv
check "ODE case 2: no minimum; alpha 0.1110, beta 0.0797, D 0.008 at t = 700" eval \
    '[ "$(value $tmp/o2.tsv t_alpha_min)" = 0 ] && sig "$(value $tmp/o2.tsv alpha_end)" 0.1110 3 && sig "$(value $tmp/o2.tsv beta_end)" 0.0797 3 && sig "$(value $tmp/o2.tsv D_end)" 0.008 1'
while read -r at beta; do
    bin/dynamics contour --at $at -o $tmp/c.tsv
    check "contour at $at: final beta $beta" sig "$(value $tmp/c.tsv beta_final)" $beta 3
done <<'EOF'
0.01,0 0.013967
0.01,0.21666156231653746 0.013910
0.02,6.283185307179586 0.060207
0.015,3.141592653589793 0.01206
EOF
bin/dynamics contour --at 0.01,0.21666156231653746 -o $tmp/c.tsv
check "contour at (0.01, 0.2167): final D 0.0535" sig "$(value $tmp/c.tsv D_final)" 0.0535 3
bin/dynamics contour --n 30 -o $tmp/grid.tsv
check "contour grid: 900 points" [ "$(awk '!/^#/ && NF' $tmp/grid.tsv | wc -l)" = 900 ]
# rows of one block: D0 = 2 phi0, phi0 = linspace(0, pi, 30); D0 and 2 pi - D0 mirror each other
check "contour grid: symmetric about D0 = pi (relative difference below 1e-9)" \
    awk -F'\t' '!/^#/ && NF { b[++i] = $3 } !NF && i { for (j = 1; j <= i; j++) { d = b[j] - b[i + 1 - j]; d = d < 0 ? -d : d; if (d > 1e-9 * b[j]) bad = 1 } i = 0 } END { exit bad }' $tmp/grid.tsv

# ---- T2 and T3 (no training) to as many significant digits as the paper prints (at least 2)
bin/dynamics freqdiv -o $tmp/t2.tsv
row() { awk -F'\t' -v k="$2" '$1 == k { print $3, $4, $5 }' "$1"; }
while read -r k mean med sd; do
    read -r gm gmed gsd <<< "$(row $tmp/t2.tsv $k)"
    check "T2, $k frequencies: mean $mean, median $med, SD $sd" eval 'sigp "$gm" $mean && sigp "$gmed" $med && { [ $sd = 0 ] && [ "$gsd" = 0.000000e+00 ] || sigp "$gsd" $sd; }'
done <<'EOF'
1 1.643 1.628 0.0201
2 0.602 0.563 0.0879
4 2.88e-2 2.62e-2 1.55e-2
8 2.99e-8 1.74e-9 1.07e-7
11 7.41e-15 7.41e-15 0
EOF
bin/dynamics phasediv -o $tmp/t3.tsv
while read -r r mean med sd; do
    read -r gm gmed gsd <<< "$(awk -F'\t' -v r=$r '$1 == r { print $2, $3, $4 }' $tmp/t3.tsv)"
    check "T3, [0, $r pi): mean $mean, median $med, SD $sd" eval 'sigp "$gm" $mean && sigp "$gmed" $med && sigp "$gsd" $sd'
done <<'EOF'
0.4 4.815 5.86e-3 10.16
0.8 2.00e-3 5.7e-14 3.25e-2
1.2 1.19e-9 1.4e-14 1.2e-8
1.6 3.54e-7 2.8e-14 5.6e-6
2 7.41e-15 7.1e-15 2.5e-15
EOF
bin/dynamics indicator --p 23 --x 3 --y 7 --nphase 8 -o $tmp/ind.tsv
check "Proposition 1, (3, 7): network = formula = 10.5 at j = 10, 4.75 at 6 and 14, -1 elsewhere" \
    [ "$(awk -F'\t' '!/^#/ && $3 == $4 { n++ } !/^#/ && $1 == 10 && $3 == 10.5 { c = 1 } END { print n, c }' $tmp/ind.tsv)" = "23 1" ]

# ---- mkinit: single-frequency init has exactly one frequency per neuron
bin/mkinit --p 23 --hidden 512 --scheme singlefreq --scale 0.02 --seed 3 -o $tmp/sf.npz
bin/features $tmp/sf.npz --summary -o $tmp/sf.tsv
check "single-frequency init: off-frequency energy below 1e-12 in both layers" eval \
    'near "$(value $tmp/sf.tsv offfreq.in)" 0 1e-12 && near "$(value $tmp/sf.tsv offfreq.out)" 0 1e-12'
check "single-frequency init: alpha = beta = 0.02 for every neuron" eval \
    'near "$(value $tmp/sf.tsv alpha.min)" 0.02 1e-8 && near "$(value $tmp/sf.tsv alpha.max)" 0.02 1e-8 && near "$(value $tmp/sf.tsv beta.min)" 0.02 1e-8 && near "$(value $tmp/sf.tsv beta.max)" 0.02 1e-8'
check "single-frequency init: every frequency gets 46 or 47 neurons" \
    [ "$(awk -F'\t' '$1 ~ /^count\.([1-9]|1[01])$/ && ($2 == 46 || $2 == 47) { n++ } END { print n }' $tmp/sf.tsv)" = 11 ]
bin/mkinit --p 23 --hidden 512 --scheme random --scale 0.1 --seed 3 -o $tmp/rnd.npz
check "random init: entry SD 0.1/sqrt(23) = 0.02085 (within 2%)" near \
    "$(bin/npzcat $tmp/rnd.npz W_in | awk -F'\t' '!/^#/ { s += $2 * $2; n++ } END { print sqrt(s / n) / (0.1 / sqrt(23)) }')" 1 0.02
bin/datagen --p 23 --split all -o $tmp/all23.npz
bin/train --data $tmp/all23.npz --init-from $tmp/sf.npz --act square --optim sgd --lr 0.1 --steps 0 --log $tmp/z.log -o $tmp/z.npz 2>/dev/null
check "train --init-from a mkinit file: norm sqrt(512) * 0.02 * sqrt(23)" \
    near "$(awk -F'\t' '!/^#/ { print $7 }' $tmp/z.log)" "$(awk 'BEGIN { print sqrt(2 * 512 * 23 / 2) * 0.02 }')" 0.001
bin/mkinit --p 23 --hidden 8 --scheme singlefreq --scale 0.1 --seed 5 -o $tmp/a.npz
bin/mkinit --p 23 --hidden 8 --scheme singlefreq --scale 0.1 --seed 5 -o $tmp/b.npz
check "mkinit: same seed, identical weights" eval '[ "$(bin/npzcat $tmp/a.npz W_in W_out | md5sum)" = "$(bin/npzcat $tmp/b.npz W_in W_out | md5sum)" ]'

# ---- bad input
bin/features --bogus x 2>/dev/null; rc=$?; check "features: unknown flag exits 2" [ $rc = 2 ]
bin/features $tmp/missing.npz 2>/dev/null; rc=$?; check "features: missing file exits 1" [ $rc = 1 ]
bin/features $tmp/all23.npz 2> $tmp/err; rc=$?
check "features on a dataset: one clear line, exit 1" eval '[ $rc = 1 ] && [ $(wc -l < $tmp/err) = 1 ]'
bin/train --data $tmp/all23.npz --hidden 4 --steps 0 -o $tmp/pp.npz 2>/dev/null
bin/predict $tmp/pp.npz 2> $tmp/err; rc=$?
check "predict on a per-position model: refused, exit 1" eval '[ $rc = 1 ] && grep -q "shared first layer" $tmp/err'
bin/predict $tmp/sf.npz --act tanh 2>/dev/null; rc=$?; check "predict: unknown activation exits 2" [ $rc = 2 ]
bin/dynamics warp 2>/dev/null; rc=$?; check "dynamics: unknown computation exits 2" [ $rc = 2 ]
bin/dynamics ode 2>/dev/null; rc=$?; check "dynamics ode without --steps exits 2" [ $rc = 2 ]
bin/mkinit --p 22 --hidden 4 --scheme random --scale 0.1 -o $tmp/x.npz 2>/dev/null; rc=$?
check "mkinit: even p exits 2, no file" eval '[ $rc = 2 ] && [ ! -e $tmp/x.npz ]'
exit $((failed > 0))
