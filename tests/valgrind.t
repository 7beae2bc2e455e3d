#!/usr/bin/env bash
# valgrind — memcheck over the Swaroop 2026 pipeline on small inputs: no
# invalid read or write, no use of uninitialised memory, no leak.
#
# Every tool of the quick pipeline runs under
#   valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible
# datagen (random split with label noise; a split from an .npy mask), train
# (mini-batches, every output, a --state that is saved, interrupted by
# SIGTERM under memcheck and resumed), spectrum (neuron table, --summary,
# --waves, a model on stdin), idealize --extract and --construct, ablate;
# then bad input and usage errors of each (truncated model, missing file,
# unknown flag, a diverging run), whose die() paths must be clean too.
# A case passes when the tool exits with the status it has without valgrind
# (never 99) and memcheck printed nothing. Skipped only when valgrind is not
# installed. Slow (valgrind runs code some 50 times slower): the inputs are
# tiny (p = 7, 8 hidden units, tens of steps).
# Run from the repository root after `make all`.
set -u
if ! command -v valgrind > /dev/null 2>&1; then echo "1..0 # SKIP valgrind not installed"; exit 0; fi
for tool in datagen train spectrum idealize ablate; do
    if [ ! -x "bin/$tool" ]; then echo "1..0 # SKIP bin/$tool not built (make all)"; exit 0; fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
# A fixed OpenBLAS core: the tools never re-execute themselves to pick the
# CPU's vector kernels (src/lib/blas.h), which would leave memcheck behind.
export OPENBLAS_CORETYPE=Prescott
VG=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes --log-file="$tmp/vg.log")

# mc STATUS DESCRIPTION TOOL ARGS...: TOOL under memcheck exits with STATUS and memcheck reports nothing
# (stdin from $STDIN, default /dev/null; stdout to $tmp/stdout)
mc() {
    local want=$1 what=$2 tool=$3 rc
    shift 3
    : > "$tmp/vg.log"
    "${VG[@]}" "bin/$tool" "$@" < "${STDIN:-/dev/null}" > "$tmp/stdout" 2> "$tmp/stderr"
    rc=$?
    n=$((n + 1))
    if [ "$rc" = "$want" ] && [ ! -s "$tmp/vg.log" ]; then
        echo "ok $n - memcheck: $tool $what"
    else
        echo "not ok $n - memcheck: $tool $what"
        echo "#   exit status $rc, expected $want; command: bin/$tool $*"
        sed 's/^/#   memcheck: /' "$tmp/vg.log" | head -60
        sed 's/^/#   stderr: /' "$tmp/stderr" | head -5
        failed=$((failed + 1))
    fi
}

D=$tmp/data.npz M=$tmp/model.npz
# ------------------------------------------------------------------ datagen
mc 0 "random split, label noise" datagen --p 7 --train-frac 0.5 --label-noise 0.1 --seed 1 -o "$D"
# a (49,) uint8 mask of alternating ones and zeros: .npy 1.0, data at byte 128
printf "\x93NUMPY\x01\x00\x76\x00{'descr': '|u1', 'fortran_order': False, 'shape': (49,), }" > "$tmp/mask.npy"
printf "%$((128 - 1 - $(wc -c < "$tmp/mask.npy")))s\n" "" >> "$tmp/mask.npy"
for i in $(seq 49); do printf "\\$((i % 2))"; done >> "$tmp/mask.npy"
mc 0 "split from an .npy mask" datagen --p 7 --split mask --mask "$tmp/mask.npy" -o "$tmp/masked.npz"
mc 0 "stratified split" datagen --p 7 --split stratified --train-frac 0.5 -o "$tmp/strat.npz"
[ -s "$D" ] || { echo "Bail out! no dataset"; exit 1; }

# -------------------------------------------------------------------- train
T=(--data "$D" --hidden 8 --bias --lr 1e-2 --weight-decay 1 --eval-every 5 --log-every 10)
mc 0 "mini-batches, checkpoint, trajectory, log, state" train "${T[@]}" --steps 40 --batch 8 \
    --checkpoint-train-acc 0.1 --checkpoint-out "$tmp/sat.npz" --trajectory "$tmp/traj.npz" \
    --trajectory-every 10 --log "$tmp/log.tsv" --state "$tmp/st0.npz" --state-every 10 -o "$M"
[ -s "$M" ] || { echo "Bail out! no model"; exit 1; }
mc 0 "shared first layer, square activation, SGD, --init-from" train --data "$D" --hidden 8 --shared \
    --act square --optim sgd --momentum 0.9 --lr 0.01 --steps 10 --init-from "$M" -o "$tmp/shared.npz"
# SIGTERM under memcheck after the first state save, then resume under memcheck.
# A process killed by a signal frees nothing (the signal may land anywhere,
# e.g. mid-way through writing a state file), so this run is checked for
# memory errors only; the resumed run below gets the full leak check.
# 2000 steps: far more than run between the first state save and the kill,
# even on a loaded machine, so the signal always lands mid-run
R=("${T[@]}" --steps 2000 --state "$tmp/st.npz" --state-every 10 -o "$tmp/resumed.npz")
: > "$tmp/vg.log"
"${VG[@]}" --leak-check=no bin/train "${R[@]}" < /dev/null > /dev/null 2>&1 &
pid=$!
for i in $(seq 3000); do [ -e "$tmp/st.npz" ] || ! kill -0 "$pid" 2> /dev/null && break; sleep 0.02; done
kill -TERM "$pid" 2> /dev/null
wait "$pid"
rc=$?
n=$((n + 1))
if [ "$rc" = 143 ] && [ -s "$tmp/st.npz" ] && [ ! -e "$tmp/resumed.npz" ] && [ ! -s "$tmp/vg.log" ]; then
    echo "ok $n - memcheck: train stopped by SIGTERM after a state save, cleanly"
else
    echo "not ok $n - memcheck: train stopped by SIGTERM after a state save, cleanly"
    echo "#   exit status $rc, expected 143; state $([ -s "$tmp/st.npz" ] && echo kept || echo missing)"
    sed 's/^/#   memcheck: /' "$tmp/vg.log" | head -60
    failed=$((failed + 1))
fi
mc 0 "resumed from its state" train "${R[@]}"
grep -q "resuming from" "$tmp/stderr" || echo "#   (the run above did not resume: state missing)"

# ----------------------------------------------------------------- analyses
mc 0 "neuron table" spectrum "$M" -o "$tmp/neurons.tsv"
mc 0 "--summary of the saturation checkpoint" spectrum --summary "$tmp/sat.npz" -o "$tmp/summary.tsv"
mc 0 "--waves" spectrum --waves 2 "$M" -o "$tmp/waves.tsv"
STDIN=$M mc 0 "model on stdin, table on stdout" spectrum -
mc 0 "--extract, --write-model" idealize --extract "$M" --data "$D" --write-model "$tmp/ideal.npz" -o "$tmp/extract.tsv"
mc 0 "--extract --amplitude" idealize --extract "$M" --amplitude --data "$D" -o "$tmp/extract_amp.tsv"
mc 0 "--construct" idealize --construct --p 7 --widths 4,8 --seeds 2 --per-seed "$tmp/perseed.tsv" -o "$tmp/table1.tsv"
mc 0 "periodicity threshold" ablate "$M" --data "$D" --zero-periodicity-below 0.5 -o "$tmp/ablate.tsv"
mc 0 "--zero list, train split" ablate "$M" --data "$D" --zero 0,3 --zero 5 --split train -o "$tmp/ablate2.tsv"

# ------------------------------------------------------------------- errors
head -c 300 "$M" > "$tmp/cut.npz"
mc 1 "truncated model" spectrum "$tmp/cut.npz" -o "$tmp/x.tsv"
mc 1 "truncated model" idealize --extract "$tmp/cut.npz" --data "$D" -o "$tmp/x.tsv"
mc 1 "dataset given as the model" ablate "$D" --data "$D" -o "$tmp/x.tsv"
mc 1 "missing --data file" train --data "$tmp/absent.npz" --hidden 4 -o "$tmp/x.npz"
mc 1 "diverging run (NaN loss)" train --data "$D" --hidden 4 --steps 50 --act cube --optim sgd --lr 1e6 \
    --log "$tmp/x.tsv" -o "$tmp/x.npz"
mc 1 "write to /dev/full" spectrum "$M" -o /dev/full
mc 2 "unknown flag" datagen --p 7 --bogus -o "$tmp/x.npz"
mc 2 "value out of range" train --data "$D" --hidden 0 -o "$tmp/x.npz"

echo "1..$n"
exit $((failed > 0))
