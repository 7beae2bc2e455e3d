#!/usr/bin/env bash
# determinism — the same flags and seed give byte-identical outputs.
#
#   Each tool of the Swaroop pipeline (datagen with every split kind and
#   label noise, train with every output and the options that draw random
#   numbers, spectrum, idealize, ablate) run twice with the same command, in
#   two directories with equal relative paths (a model records its command
#   line): the SHA-256 of every output agrees.
#   A small experiment graph (three datasets, three trainings, their
#   analyses: tests/determinism.mk) built by make -j1 in one directory and
#   by make -j2 in another gives the same checksums.
#   Seeds are used exactly: two seeds that differ only beyond 2^53 give
#   different splits, and a model records the seed it was given.
# Does not compare across OpenBLAS thread counts (the tools run one thread;
# DESIGN.md promises equality for equal thread counts only) or machines.
# Run from the repository root after `make all`.
set -u
for tool in datagen train spectrum idealize ablate; do
    if [ ! -x "bin/$tool" ]; then echo "1..0 # SKIP bin/$tool not built (make all)"; exit 0; fi
done
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. tests/tap.sh
# sums DIR: "sha256  file" for every file under DIR, sorted by name
sums() { (cd "$1" && find . -type f ! -name '*.err' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
# same DIR1 DIR2: equal checksums, and at least one file; else the differences as diagnostics
same() {
    local a b
    a=$(sums "$1") b=$(sums "$2")
    [ -n "$a" ] && [ "$a" = "$b" ] && return 0
    diff <(echo "$a") <(echo "$b") | sed 's/^/# /'
    return 1
}

# twice CMD...: runs CMD (tool name, then arguments with relative paths) in
# $tmp/one/ and $tmp/two/; fails when either run fails
twice() {
    local d
    for d in one two; do
        (cd "$tmp/$d" && "$root/bin/$@" 2> "$1.err") || { sed 's/^/# /' "$tmp/$d/$1.err"; return 1; }
    done
}
mkdir "$tmp/one" "$tmp/two"

# ------------------------------------------------------------ tool by tool
ok_runs=1
twice datagen --p 11 --train-frac 0.4 --label-noise 0.2 --seed 5 -o random.npz || ok_runs=0
twice datagen --p 11 --split stratified --train-frac 0.3 --label-noise 0.1 --seed 6 -o strat.npz || ok_runs=0
twice datagen --p 3 --k 3 --train-frac 0.5 --seed 7 -o k3.npz || ok_runs=0
twice datagen --p 11 --split all -o all.npz || ok_runs=0
t "datagen: random, stratified, k = 3 and full splits, twice: equal checksums" "[ $ok_runs = 1 ] && same $tmp/one $tmp/two"

ok_runs=1
# full batch, AdamW, every output
twice train --data random.npz --hidden 16 --bias --lr 1e-2 --weight-decay 1 --steps 200 --checkpoint-train-acc 0.3 \
    --checkpoint-out sat.npz --trajectory traj.npz --trajectory-every 50 --log log.tsv -o full.npz || ok_runs=0
# mini-batches (drawn from the seed), SGD with momentum, normal init, shared first layer
twice train --data strat.npz --hidden 12 --shared --init normal --init-std 0.1 --optim sgd --momentum 0.9 --lr 0.05 \
    --batch 16 --steps 150 --seed 42 --log mini.tsv -o mini.npz || ok_runs=0
# three inputs, a power activation, warm-up, start from another model's weights
twice train --data k3.npz --hidden 8 --act pow:3 --warmup 20 --steps 60 --seed 9 -o k3model.npz || ok_runs=0
twice train --data k3.npz --init-from k3model.npz --act pow:3 --steps 30 --seed 10 -o k3again.npz || ok_runs=0
t "train: full batch, mini-batch, SGD, shared, k = 3, --init-from, twice: equal checksums" "[ $ok_runs = 1 ] && same $tmp/one $tmp/two"

ok_runs=1
twice spectrum full.npz -o neurons.tsv || ok_runs=0
twice spectrum --summary full.npz -o summary.tsv || ok_runs=0
twice spectrum --waves 3 full.npz -o waves.tsv || ok_runs=0
twice idealize --extract full.npz --data random.npz --write-model ideal.npz -o extract.tsv || ok_runs=0
twice idealize --construct --p 11 --widths 4,8 --seeds 3 --seed 4 --per-seed perseed.tsv -o construct.tsv || ok_runs=0
twice ablate full.npz --data random.npz --zero-periodicity-below 0.5 -o ablate.tsv || ok_runs=0
t "spectrum, idealize (extract, construct) and ablate, twice: equal checksums" "[ $ok_runs = 1 ] && same $tmp/one $tmp/two"

# ------------------------------------------------------------ exact seeds
twice datagen --p 11 --train-frac 0.5 --seed 9007199254740992 -o seed_2p53.npz &&
    twice datagen --p 11 --train-frac 0.5 --seed 9007199254740993 -o seed_2p53_plus1.npz
t "datagen: seeds 2^53 and 2^53 + 1 give different splits" \
    "! cmp -s <(unzip -p $tmp/one/seed_2p53.npz train_idx.npy) <(unzip -p $tmp/one/seed_2p53_plus1.npz train_idx.npy)"
twice train --data random.npz --hidden 4 --steps 2 --seed 9007199254740993 -o seed_a.npz &&
    twice train --data random.npz --hidden 4 --steps 2 --seed 9200000000000000000 -o seed_b.npz
t "train: a model records the seed it was given (2^53 + 1; 9.2e18, the top of the range)" \
    "unzip -p $tmp/one/seed_a.npz meta.txt | grep -qx 'seed=9007199254740993' &&
     unzip -p $tmp/one/seed_b.npz meta.txt | grep -qx 'seed=9200000000000000000'"
t "train: --seed 9200000000000000001, one above the range, is refused" \
    "! bin/train --data $tmp/one/random.npz --hidden 4 --steps 2 --seed 9200000000000000001 -o $tmp/never.npz 2> /dev/null && [ ! -e $tmp/never.npz ]"

# ------------------------------------------------------- make -j1 / -j2
for j in 1 2; do
    mkdir "$tmp/j$j"
    make -s -j$j -C "$tmp/j$j" -f "$root/tests/determinism.mk" BIN="$root/bin" > "$tmp/make$j.out" 2>&1 ||
        sed 's/^/# /' "$tmp/make$j.out"
done
files=$(cd "$tmp/j1" && find . -type f | wc -l)
t "make -j1 and make -j2 of the same graph ($files files): equal checksums" "[ $files -ge 15 ] && same $tmp/j1 $tmp/j2"

echo "1..$n"
exit $((failed > 0))
