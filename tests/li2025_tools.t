#!/usr/bin/env bash
# li2025_tools — margin, sparsity and attention on bad input: one line on stderr naming
# the tool, exit 2 for usage errors and 1 for runtime errors, and no output
# file left behind; the determinism of both tools' outputs; sparsity --series
# against --summary at each checkpoint of a trajectory and on a model file;
# attention --summary on a transformer whose head 1 is built to hold a known
# 2-D cosine pair.
# Run from the repository root after `make all`.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
echo "1..28"
# fails CODE PHRASE TOOL ARGS...: exits CODE, one stderr line "TOOL: ...PHRASE...", no $tmp/out.*
fails() {
    local code=$1 phrase=$2; shift 2
    n=$((n + 1))
    "$@" > "$tmp/stdout" 2> "$tmp/stderr"
    local rc=$? lines; lines=$(wc -l < "$tmp/stderr")
    if [ $rc = "$code" ] && [ "$lines" = 1 ] && grep -q "^$(basename "$1"): .*$phrase" "$tmp/stderr" && [ ! -s "$tmp/stdout" ] \
        && ! ls "$tmp"/out.* > /dev/null 2>&1; then
        echo "ok $n - $(basename "$1") ${*:2}: exit $code, '$phrase'"
    else
        echo "not ok $n - $(basename "$1") ${*:2}: exit $rc, stderr: $(head -c 200 "$tmp/stderr")"
        failed=$((failed + 1))
    fi
}
bin/datagen --p 5 --k 3 --train-frac 0.5 -o "$tmp/d3.npz"
bin/datagen --p 5 --k 2 --train-frac 0.5 -o "$tmp/d2.npz"
bin/train --data "$tmp/d3.npz" --hidden 4 --act pow:3 --steps 3 -o "$tmp/cube.npz" 2> /dev/null
# p = 3: a random neuron's power exceeds 0.95 often enough that the series' shares are not all 0
bin/datagen --p 3 --k 3 --train-frac 0.5 -o "$tmp/d3p3.npz"
bin/train --data "$tmp/d3p3.npz" --hidden 16 --act pow:3 --steps 4 --trajectory "$tmp/traj.npz" --trajectory-every 1 \
    -o "$tmp/traj-model.npz" 2> /dev/null
bin/train --data "$tmp/d3.npz" --hidden 4 --act relu --steps 3 -o "$tmp/relu.npz" 2> /dev/null
bin/train --data "$tmp/d3.npz" --hidden 4 --act pow:3 --bias --steps 3 -o "$tmp/bias.npz" 2> /dev/null
bin/train --data "$tmp/d2.npz" --hidden 4 --act square --shared --steps 3 -o "$tmp/shared.npz" 2> /dev/null
printf 'not a zip' > "$tmp/junk.npz"

fails 2 "unknown" bin/margin "$tmp/cube.npz" --bogus -o "$tmp/out.tsv"
fails 2 "one of" bin/margin -o "$tmp/out.tsv"
fails 2 "P:K" bin/margin --theory 7x3 -o "$tmp/out.tsv"
fails 2 "odd" bin/margin --theory 8:3 -o "$tmp/out.tsv"
fails 2 "output" bin/margin --construct 7:3
fails 1 "expected pow:3" bin/margin "$tmp/relu.npz" -o "$tmp/out.tsv"
fails 1 "biases" bin/margin "$tmp/bias.npz" -o "$tmp/out.tsv"
fails 1 "shares" bin/sparsity "$tmp/shared.npz" -o "$tmp/out.tsv"
fails 1 "k = 2" bin/margin "$tmp/cube.npz" --data "$tmp/d2.npz" -o "$tmp/out.tsv"
fails 1 "" bin/sparsity "$tmp/junk.npz" -o "$tmp/out.tsv"
fails 1 "no checkpoint at step 7" bin/sparsity "$tmp/cube.npz" --step 7 -o "$tmp/out.tsv"
fails 2 "network has 4 neurons" bin/sparsity "$tmp/cube.npz" --waves 5 -o "$tmp/out.tsv"
fails 2 "exclude each other" bin/sparsity "$tmp/cube.npz" --summary --hist 10 -o "$tmp/out.tsv"
fails 2 "series excludes --summary" bin/sparsity "$tmp/traj.npz" --series --summary -o "$tmp/out.tsv"
fails 2 "series excludes .*--step" bin/sparsity "$tmp/traj.npz" --series --step 1 -o "$tmp/out.tsv"
fails 2 "active-frac: 2 is out of range" bin/sparsity "$tmp/cube.npz" --summary --active-frac 2 -o "$tmp/out.tsv"
bin/train --data "$tmp/d2.npz" --family transformer --hidden 8 --heads 2 --head-dim 4 --ff 8 --steps 2 -o "$tmp/tf.npz" 2> /dev/null
fails 1 "not a transformer" bin/attention "$tmp/cube.npz" --summary -o "$tmp/out.tsv"
fails 2 "has 2 heads" bin/attention "$tmp/tf.npz" --heads 3 -o "$tmp/out.tsv"
fails 1 "not an mlp" bin/margin "$tmp/tf.npz" -o "$tmp/out.tsv"

n=$((n + 1))
bin/margin "$tmp/cube.npz" --data "$tmp/d3.npz" -o "$tmp/m1.tsv" && bin/margin "$tmp/cube.npz" --data "$tmp/d3.npz" -o "$tmp/m2.tsv"
if cmp -s "$tmp/m1.tsv" "$tmp/m2.tsv"; then echo "ok $n - margin: same input, same bytes"; else echo "not ok $n - margin not deterministic"; failed=$((failed + 1)); fi
n=$((n + 1))
bin/sparsity "$tmp/cube.npz" --waves 3 --seed 4 -o "$tmp/w1.tsv" && bin/sparsity "$tmp/cube.npz" --waves 3 --seed 4 -o "$tmp/w2.tsv"
if cmp -s "$tmp/w1.tsv" "$tmp/w2.tsv"; then echo "ok $n - sparsity --waves: same seed, same bytes"; else echo "not ok $n - sparsity not deterministic"; failed=$((failed + 1)); fi

# check DESCRIPTION COMMAND...: ok when the command succeeds
check() {
    local what=$1; shift
    n=$((n + 1))
    if "$@"; then echo "ok $n - $what"; else echo "not ok $n - $what"; failed=$((failed + 1)); fi
}
# sparsity --series: a row per checkpoint (steps 0..4), each the step and
# the --summary --step S values of its columns, as strings
series_cols="power_gt_095 power_mean covered norm_share_gt_095 sq_share_gt_095 active_gt_095"
bin/sparsity "$tmp/traj.npz" --series --active-frac 0.8 -o "$tmp/series.tsv"
check "sparsity --series: the header and one row per checkpoint, steps 0..4" \
    [ "$(head -n 1 "$tmp/series.tsv")" = "$(printf '# step\t%s' "${series_cols// /$'\t'}")" \
    -a "$(awk '!/^#/ { printf "%s ", $1 }' "$tmp/series.tsv")" = "0 1 2 3 4 " ]
# summary_row S FILE: step S and the series' columns of the key/value FILE
summary_row() {
    awk -F'\t' -v s="$1" -v cols="$series_cols" '{ v[$1] = $2 }
        END { n = split(cols, c, " "); row = s; for (i = 1; i <= n; i++) row = row "\t" v[c[i]]; print row }' "$2"
}
for s in 0 1 2 3 4; do
    bin/sparsity "$tmp/traj.npz" --step $s --summary --active-frac 0.8 -o "$tmp/summary.tsv"
    summary_row $s "$tmp/summary.tsv"
done > "$tmp/want.tsv"
check "sparsity --series: each row is --summary --step S at that step (with --active-frac)" \
    cmp -s <(grep -v '^#' "$tmp/series.tsv") "$tmp/want.tsv"
bin/sparsity "$tmp/traj-model.npz" --series --active-frac 0.8 -o "$tmp/model-series.tsv"
check "sparsity --series on a model file: its one checkpoint, the trajectory's last row" \
    cmp -s "$tmp/model-series.tsv" <(head -n 1 "$tmp/series.tsv"; tail -n 1 "$tmp/series.tsv")

# attention --summary on a p = 11 transformer whose head 1 has, with
# tok_emb[n + 2] = u_n / sqrt(d) (u_n the n-th unit vector),
# A[a, b] = 0.3 + 1.3 cos(x(a+b) + 0.7) + 0.6 cos(x(a-b) - 2.1), x = 2 pi 4/11,
# written as W_K^T W_Q of rank 5 (tests/li2025_attn.c builds the same)
bin/datagen --p 11 --k 2 --train-frac 0.5 -o "$tmp/d11.npz"
bin/train --data "$tmp/d11.npz" --family transformer --hidden 16 --heads 2 --head-dim 8 --ff 8 --steps 2 -o "$tmp/tf11.npz" 2> /dev/null
/usr/bin/python3 - "$tmp/tf11.npz" "$tmp/cos.npz" <<'PY'
import io, sys, zipfile, numpy as np
src, dst = sys.argv[1], sys.argv[2]
m = np.load(src)
E, W = m["tok_emb"].copy(), m["b0.qkv_w"].copy()       # E (p + 2, d), W (3 H hd, d)
p, d, H, hd, h = 11, E.shape[1], 2, 8, 1
E[2:, :] = 0
E[2 + np.arange(p), np.arange(p)] = 1 / np.sqrt(d)      # e_n = u_n: k_a = W_K[:, a], q_b = W_Q[:, b]
x = 2 * np.pi * 4 * np.arange(p) / p
K = np.stack([0.3 + 0 * x, 1.3 * np.cos(x + 0.7), -1.3 * np.sin(x + 0.7), 0.6 * np.cos(x - 2.1), 0.6 * np.sin(x - 2.1)])
Q = np.stack([1 + 0 * x, np.cos(x), np.sin(x), np.cos(x), np.sin(x)])
q0, k0 = h * hd, H * hd + h * hd
W[q0:q0 + hd, :] = 0
W[k0:k0 + hd, :] = 0
W[q0:q0 + 5, :p] = Q
W[k0:k0 + 5, :p] = K
new = {"tok_emb.npy": E, "b0.qkv_w.npy": W}
with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w") as zo:
    for name in zi.namelist():
        if name in new:
            b = io.BytesIO()
            np.lib.format.write_array(b, new[name].astype(np.float32))
            zo.writestr(name, b.getvalue())
        else:
            zo.writestr(name, zi.read(name))
PY
bin/attention "$tmp/cos.npz" --summary -o "$tmp/cos.tsv"
check "attention --summary: the header names 13 columns, the old four first" \
    [ "$(head -n 1 "$tmp/cos.tsv")" = "$(printf '# head\ttop4\tj1\tj2\tzeta\tsum_share\tdiff_share\tmean\talpha\tphi\tbeta\tphi_diff\tresid')" ]
got=$(awk -F'\t' '$1 == 1' "$tmp/cos.tsv")
check "attention --summary: the built head's zeta 4, peak (4, 4), mean 0.3, alpha 1.3, phi 0.7, beta 0.6, phi' -2.1, shares 1.69 : 0.36, residual 0 ($got)" \
    awk -F'\t' 'function near(x, y, t) { return (x - y < 0 ? y - x : x - y) <= t }
        $1 == 1 { ok = $3 == 4 && $4 == 4 && $5 == 4 && near($2, 1, 1e-5) && near($6, 1.69 / 2.05, 1e-5) && near($7, 0.36 / 2.05, 1e-5) \
            && near($8, 0.3, 1e-5) && near($9, 1.3, 1e-5) && near($10, 0.7, 1e-5) && near($11, 0.6, 1e-5) && near($12, -2.1, 1e-5) \
            && near($13, 0, 1e-5) } END { exit !ok }' "$tmp/cos.tsv"
bin/attention "$tmp/tf11.npz" --summary -o "$tmp/trained.tsv"
check "attention --summary: every head of a trained model has residual = 1 - sum_share - diff_share, top4 >= their sum, a canonical peak" \
    awk -F'\t' '!/^#/ { r++; if ((($13 - (1 - $6 - $7)) ^ 2) > 1e-10 || $2 < $6 + $7 - 1e-6 || !($3 > 0 || ($3 == 0 && $4 > 0)) || $5 < 1 || $5 > 5) bad = 1 }
        END { exit bad || r != 2 }' "$tmp/trained.tsv"
# --heads: the built head's power, normalised to sum 1 with the DC bin,
# (p^2/2)^2 (1.3^2, 0.6^2) at (4, 4), (-4, 4) and (p^2 0.3)^2 at (0, 0): 0.845/1.115 in +-(4, 4)
bin/attention "$tmp/cos.npz" --heads 2 -o "$tmp/heads.tsv"
check "attention --heads: the built head's power at (4, 4), (-4, 4), (0, 0) is 0.4225, 0.09, 0.09 over 1.115" \
    awk -F'\t' 'function near(x, y) { return (x - y < 0 ? y - x : x - y) <= 1e-5 }
        /^# head 1 2-D power/ { on = 1; next } /^# head/ { on = 0 }
        on && $1 == 4 && $2 == 4 { a = $3 } on && $1 == -4 && $2 == 4 { b = $3 } on && $1 == 0 && $2 == 0 { c = $3 }
        END { exit !(near(a, 0.4225 / 1.115) && near(b, 0.09 / 1.115) && near(c, 0.09 / 1.115)) }' "$tmp/heads.tsv"
exit $((failed > 0))
