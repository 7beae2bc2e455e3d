#!/usr/bin/env bash
# analysis_tools — ablate, spectrum and idealize end to end on the He et al.
# (2026) reference weights (experiments/he2026/authors, PROVENANCE.md there): the
# activation-swap accuracies and losses, and consistency between the tools.
# Run from the repository root after `make all`.
set -u
fix=experiments/he2026/authors
model=$fix/r1_relu_adamw_final.npz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
check() { # check DESCRIPTION COMMAND...: ok when the command succeeds
    local what=$1; shift
    n=$((n + 1))
    if "$@"; then echo "ok $n - $what"; else echo "not ok $n - $what"; failed=$((failed + 1)); fi
}
value() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
# near GOT WANT TOL: |GOT - WANT| <= TOL
near() { awk -v g="$1" -v w="$2" -v t="$3" 'BEGIN { d = g - w; exit !(g != "" && (d < 0 ? -d : d) <= t) }'; }
# sig GOT WANT DIGITS: GOT and WANT agree to DIGITS significant digits
sig() { [ "$(printf "%.$(($3 - 1))e" "$1")" = "$(printf "%.$(($3 - 1))e" "$2")" ]; }

echo "1..29"

# Activation swap, all 529 pairs (accuracy, mean cross-entropy)
while read -r act acc loss digits; do
    bin/ablate "$model" --split all --act "$act" -o "$tmp/$act.tsv" 2>/dev/null
    check "ablate --act $act: accuracy $acc" near "$(value "$tmp/$act.tsv" accuracy)" "$acc" 0.0005
    check "ablate --act $act: loss $loss" sig "$(value "$tmp/$act.tsv" loss)" "$loss" "$digits"
done <<'EOF'
relu 1.000 5.2e-7 2
abs 1.000 1.9e-11 2
square 1.000 9.3e-10 2
identity 0.0416 4.2467 3
cube 0.0359 3.8913 3
EOF

# Zeroing every neuron leaves logits 0: class 0 always, loss ln 23
bin/ablate "$model" --split all --zero-periodicity-below 1e9 -o "$tmp/none.tsv"
check "all neurons zeroed: 512 zeroed" [ "$(value "$tmp/none.tsv" zeroed)" = 512 ]
check "all neurons zeroed: accuracy 1/23" near "$(value "$tmp/none.tsv" accuracy)" 0.0434783 1e-6
check "all neurons zeroed: loss ln 23" near "$(value "$tmp/none.tsv" loss)" 3.1354942 1e-5

# spectrum: one row per neuron, the documented 23 columns
bin/spectrum "$model" -o "$tmp/neurons.tsv"
header='# neuron	freq_a	phase_a	amp_a	per_a	freq_b	phase_b	amp_b	per_b	freq_out	phase_out	amp_out	per_out	phase_sum	upper_a	lower_a	upper_b	lower_b	b_in	b_eff	dist_sq	dist_cos	out_norm	phase_b_nu	phase_out_nu	phase_sum_nu'
check "spectrum: header" [ "$(head -1 "$tmp/neurons.tsv")" = "$header" ]
check "spectrum: 512 rows of 26 fields" [ "$(awk -F'\t' 'NR > 1 && NF == 26' "$tmp/neurons.tsv" | wc -l)" = 512 ]
check "spectrum: W_b = W_a, so its phase at nu is its own phase and the sums agree" \
  [ "$(awk -F'\t' 'NR > 1 && $7 == $24 && $14 == $26' "$tmp/neurons.tsv" | wc -l)" = 512 ]
check "spectrum: shared first layer, so W_a = W_b" [ "$(awk -F'\t' 'NR > 1 && ($2 != $6 || $3 != $7)' "$tmp/neurons.tsv" | wc -l)" = 0 ]
bin/spectrum - --summary < "$model" > "$tmp/summary.tsv"
check "spectrum --summary from stdin: 512 neurons, counts add up" \
    [ "$(awk '$1 ~ /^(structured|unstructured|between)$/ { s += $2 } END { print s }' "$tmp/summary.tsv")" = 512 ]

# spectrum --waves (Figs 1-2): one block per neuron, two blank lines apart.
# With --structured 6 the structured neurons cover frequencies 1..11; four of
# them, evenly spaced, are 1, 4, 8 and 11, each from its highest-periodicity neuron.
bin/spectrum "$model" --waves 4 --structured 6 -o "$tmp/waves.tsv"
check "spectrum --waves 4: neurons 9, 38, 435, 213 at frequencies 1, 4, 8, 11" \
    [ "$(grep '^# neuron' "$tmp/waves.tsv" | tr '\n' ' ')" = "# neuron 9 freq 1 # neuron 38 freq 4 # neuron 435 freq 8 # neuron 213 freq 11 " ]
blocks_ok() { # FILE BLOCKS P: BLOCKS blocks of "# neuron", the header, rows j = 0..P-1 of 5 fields; 2 blank lines between
    awk -F'\t' -v want="$2" -v p="$3" '
        /^# neuron / { if (NR > 1 && (blank != 2 || j != p)) bad = 1; blocks++; blank = 0; j = -1; next }
        /^$/ { blank++; next }
        /^# j\tw_a\tideal_a\tw_b\tideal_b$/ { if (j != -1) bad = 1; j = 0; next }
        { if (NF != 5 || $1 != j) bad = 1; j++ }
        END { exit !(!bad && blocks == want && j == p) }' "$1"
}
check "spectrum --waves: 4 blocks of 23 rows under the header" blocks_ok "$tmp/waves.tsv" 4 23
check "spectrum --waves: the ideal waves take two levels per block, on both sides of 0" \
    awk -F'\t' '/^# neuron/ { b++ } !/^#/ && NF == 5 { lv[b, $3] = 1 } END {
        for (k in lv) { split(k, x, SUBSEP); n[x[1]]++; if (x[2] > 0) up[x[1]]++; else if (x[2] < 0) dn[x[1]]++ }
        for (i = 1; i <= b; i++) if (n[i] != 2 || up[i] != 1 || dn[i] != 1) exit 1 }' "$tmp/waves.tsv"
bin/spectrum "$model" --waves 20 --structured 6 -o "$tmp/waves20.tsv" 2> "$tmp/waves20.err"
check "spectrum --waves 20 with 11 frequencies: writes 11 blocks, warns in one line" \
    [ "$(grep -c '^# neuron' "$tmp/waves20.tsv") $(wc -l < "$tmp/waves20.err")" = "11 1" ]

# idealize --extract on every pair; the written network evaluates the same
bin/datagen --p 23 --split all -o "$tmp/all.npz"
bin/idealize --extract "$model" --data "$tmp/all.npz" --write-model "$tmp/sq_cos.npz" -o "$tmp/extract.tsv"
check "idealize --extract: real accuracy 1" near "$(value "$tmp/extract.tsv" real)" 1 0
check "idealize --extract: Cos->Cos keeps the trained accuracy" near "$(value "$tmp/extract.tsv" cos_cos)" 1 0
bin/ablate "$tmp/sq_cos.npz" --data "$tmp/all.npz" -o "$tmp/sq_cos.tsv"
check "idealize --write-model: ablate reproduces its Sq->Cos accuracy" \
    near "$(value "$tmp/sq_cos.tsv" accuracy)" "$(value "$tmp/extract.tsv" sq_cos)" 1e-6
bin/spectrum "$tmp/sq_cos.npz" --summary -o "$tmp/sq_summary.tsv"
check "idealised network: frequencies of W_a, W_b, W_out all agree" near "$(value "$tmp/sq_summary.tsv" freq_agree_all)" 1 0
bin/spectrum "$tmp/sq_cos.npz" --waves 11 --structured 0 -o "$tmp/sq_waves.tsv"
check "idealised network: W_a and W_b equal their ideal square waves at every j" \
    awk -F'\t' '!/^#/ && NF == 5 { n++; if ($2 != $3 || $4 != $5) bad++ } END { exit !(n == 11 * 23 && !bad) }' "$tmp/sq_waves.tsv"

# idealize --construct: one row per width
bin/idealize --construct --widths 16,32 --seeds 3 -o "$tmp/table1.tsv" --per-seed "$tmp/seeds.tsv" 2>/dev/null
check "idealize --construct: one row per width, 9 columns" [ "$(awk -F'\t' 'NR > 1 && NF == 9' "$tmp/table1.tsv" | wc -l)" = 2 ]
check "idealize --construct --per-seed: 6 rows" [ "$(grep -vc '^#' "$tmp/seeds.tsv")" = 6 ]

[ "$failed" = 0 ]
