#!/usr/bin/env bash
# rangamani2025_tools — the Rangamani 2025 tools on small inputs: svd-lowrank
# finds the singular values of a matrix built with known ones (numpy writes
# it) and its top-r energy; a rank-r truncation keeps exactly r nonzero
# singular values, and at full rank the truncated RNN equals the original
# (same weights to rounding, same accuracy); ablate projects a frequency out
# of an RNN, leaves an MLP's output alone and rejects RNN flags on an MLP;
# rnn-spectrum and svd-lowrank reject bad input with one line and no output.
# Run from the repository root after `make all`.
set -u
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
echo "1..20"

# ---- a 9 x 6 matrix with singular values 5, 4, 3, 2, 1, 0.5
/usr/bin/python3 - "$tmp/known.npz" <<'PY'
import sys, numpy as np
rng = np.random.default_rng(0)
u, _ = np.linalg.qr(rng.standard_normal((9, 6)))
v, _ = np.linalg.qr(rng.standard_normal((6, 6)))
s = np.array([5, 4, 3, 2, 1, 0.5])
np.savez(sys.argv[1], M=((u * s) @ v.T).astype(np.float32))
PY
bin/svd-lowrank "$tmp/known.npz" -o "$tmp/sigma.tsv"
got=$(awk -F'\t' '!/^#/ { printf "%s%.5f", s, $2; s = "," }' "$tmp/sigma.tsv")
check "singular values of a matrix built with 5,4,3,2,1,0.5 ($got)" [ "$got" = "5.00000,4.00000,3.00000,2.00000,1.00000,0.50000" ]
bin/svd-lowrank "$tmp/known.npz" --energy -o "$tmp/energy.tsv"
check "top-2 energy fraction is 41/55.25" near "$(awk -F'\t' '$1 == 2 { print $2 }' "$tmp/energy.tsv")" 0.742081 1e-5
bin/svd-lowrank "$tmp/known.npz" --truncate 3 -o "$tmp/low3.npz"
bin/svd-lowrank "$tmp/low3.npz" -o "$tmp/sigma3.tsv"
got=$(awk -F'\t' '!/^#/ && $2 > 1e-4 { c++ } END { print c }' "$tmp/sigma3.tsv")
check "rank-3 truncation keeps three singular values ($got)" [ "$got" = 3 ]
check "... the top three unchanged" near "$(awk -F'\t' 'NR == 4 { print $2 }' "$tmp/sigma3.tsv")" 3 1e-4

# ---- a small RNN
bin/datagen --p 13 --split random --train-frac 0.6 --seed 1 -o "$tmp/split.npz" 2>/dev/null
bin/train --data "$tmp/split.npz" --family rnn --hidden 12 --embed 10 --lr 3e-3 --weight-decay 1 --steps 300 \
    -o "$tmp/rnn.npz" 2>/dev/null
bin/svd-lowrank "$tmp/rnn.npz" --truncate 1000 -o "$tmp/full.npz"
/usr/bin/python3 - "$tmp/rnn.npz" "$tmp/full.npz" > "$tmp/diff" <<'PY'
import sys, numpy as np
a, b = np.load(sys.argv[1]), np.load(sys.argv[2])
print(max(float(np.max(np.abs(a[k] - b[k]))) for k in a.files if k != "meta.txt"))
PY
check "full-rank truncation equals the original (max |diff| $(cat "$tmp/diff"))" near "$(cat "$tmp/diff")" 0 1e-5
bin/ablate "$tmp/rnn.npz" --split all -o "$tmp/a0.tsv"
bin/ablate "$tmp/full.npz" --split all -o "$tmp/a1.tsv"
check "... with the same accuracy on all pairs" [ "$(value "$tmp/a0.tsv" accuracy)" = "$(value "$tmp/a1.tsv" accuracy)" ]
check "the truncated file is still an RNN with lowrank= in its meta" \
    bash -c "unzip -p '$tmp/full.npz' meta.txt | grep -q '^family=rnn' && unzip -p '$tmp/full.npz' meta.txt | grep -q '^lowrank=1000'"

# ---- ablation of an RNN frequency: the embedding's DFT is zero there
bin/ablate "$tmp/rnn.npz" --split all --freqs 3 --site input -o "$tmp/ab.tsv"
check "ablate --freqs reports one ablated frequency over all 169 pairs" \
    [ "$(value "$tmp/ab.tsv" ablated)/$(value "$tmp/ab.tsv" n)" = "1/169" ]
bin/rnn-spectrum "$tmp/rnn.npz" -o "$tmp/en.tsv"
check "rnn-spectrum: shares of every matrix sum to 1" \
    awk -F'\t' '!/^#/ { for (i = 2; i <= 6; i++) s[i] += $i } END { for (i = 2; i <= 6; i++) if (s[i] < 0.9999 || s[i] > 1.0001) exit 1 }' "$tmp/en.tsv"

# ---- MLP models: ablate's behaviour unchanged, RNN flags refused
bin/train --data "$tmp/split.npz" --hidden 8 --bias --steps 50 -o "$tmp/mlp.npz" 2>/dev/null
bin/ablate "$tmp/mlp.npz" --split all --zero 1 -o "$tmp/m.tsv"
check "ablate on an MLP writes its four key/value lines" [ "$(grep -vc '^#' "$tmp/m.tsv")" = 4 ]
bin/ablate "$tmp/mlp.npz" --split all --freqs 2 -o "$tmp/bad.tsv" 2>"$tmp/err"; rc=$?
check "ablate --freqs on an MLP: usage error, one line, no output" \
    bash -c "[ $rc = 2 ] && [ \$(wc -l < '$tmp/err') = 1 ] && [ ! -e '$tmp/bad.tsv' ]"

# ---- bad input
bin/rnn-spectrum "$tmp/mlp.npz" -o "$tmp/bad.tsv" 2>"$tmp/err"; rc=$?
check "rnn-spectrum on an MLP: runtime error naming the file, no output" \
    bash -c "[ $rc = 1 ] && grep -q 'mlp.npz: not an RNN' '$tmp/err' && [ ! -e '$tmp/bad.tsv' ]"
bin/svd-lowrank "$tmp/rnn.npz" --vectors W_hh --truncate 2 -o "$tmp/bad.tsv" 2>"$tmp/err"; rc=$?
check "svd-lowrank with two modes: usage error" bash -c "[ $rc = 2 ] && [ ! -e '$tmp/bad.tsv' ]"
bin/ablate "$tmp/rnn.npz" --split all --freqs 7 -o "$tmp/bad.tsv" 2>"$tmp/err"; rc=$?
check "ablate --freqs 7 with p = 13 (K = 6): usage error" bash -c "[ $rc = 2 ] && grep -q 'out of range' '$tmp/err'"
# a truncated model file and an unknown flag, for each tool: one line, status 1 / 2, no output
head -c 300 "$tmp/rnn.npz" > "$tmp/trunc.npz"
for tool in rnn-spectrum svd-lowrank ablate; do
    bin/$tool "$tmp/trunc.npz" --split all -o "$tmp/bad.out" 2>"$tmp/err" >/dev/null; rc=$?
    [ $tool = ablate ] || { bin/$tool "$tmp/trunc.npz" -o "$tmp/bad.out" 2>"$tmp/err" >/dev/null; rc=$?; }
    check "$tool on a truncated file: status 1, one line naming it, no output" \
        bash -c "[ $rc = 1 ] && [ \$(wc -l < '$tmp/err') = 1 ] && grep -q '^$tool: .*trunc.npz' '$tmp/err' && [ ! -e '$tmp/bad.out' ]"
    bin/$tool "$tmp/rnn.npz" --no-such-flag -o "$tmp/bad.out" 2>"$tmp/err" >/dev/null; rc=$?
    check "$tool with an unknown flag: status 2, one line, no output" \
        bash -c "[ $rc = 2 ] && [ \$(wc -l < '$tmp/err') = 1 ] && [ ! -e '$tmp/bad.out' ]"
done
exit $((failed > 0))
