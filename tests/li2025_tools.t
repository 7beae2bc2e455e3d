#!/usr/bin/env bash
# li2025_tools — margin, sparsity and attention on bad input: one line on stderr naming
# the tool, exit 2 for usage errors and 1 for runtime errors, and no output
# file left behind; and the determinism of both tools' outputs.
# Run from the repository root after `make all`.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
echo "1..19"
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
exit $((failed > 0))
