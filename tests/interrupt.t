#!/usr/bin/env bash
# interrupt — SIGINT and SIGTERM in the middle of work lose nothing and leave
# nothing that looks complete.
#
#   train: a run stopped by SIGINT or SIGTERM while training exits by that
#     signal, leaves no model, checkpoint, log or trajectory and no temporary
#     file, keeps what was at the output path before, and keeps its --state
#     file; rerunning the same command resumes from the state and ends with
#     outputs byte-identical to an uninterrupted run. The same holds for a
#     run interrupted five times while it saves its state at every step, so
#     that signals land in the middle of writing a state file.
#   make: SIGINT to the process group of `make PROFILE=quick` (what Ctrl-C
#     does) while it trains the clean quick run, in a temporary copy of the
#     project, leaves no target that looks up to date and no temporary file;
#     rerunning make resumes the training and builds outputs byte-identical
#     to an uninterrupted make, after which the graph is up to date.
# Does not test SIGKILL (nothing can clean up after it; the atomic renames
# still leave no partial file, only a stray *.tmpPID beside the target).
# Run from the repository root after `make all`.
set -u
for tool in datagen train spectrum; do
    if [ ! -x "bin/$tool" ]; then echo "1..0 # SKIP bin/$tool not built (make all)"; exit 0; fi
done
root=$PWD
tmp=$(mktemp -d)
# KEEP=1 keeps the temporary directory for a look after a failure
trap '[ -n "${KEEP:-}" ] && echo "# kept $tmp" || rm -rf "$tmp"' EXIT
set -m # background jobs get their own process group and default SIGINT handling, as in a terminal
. tests/tap.sh
note() { sed 's/^/# /' "$@"; }

# waits until FILE exists while job PID runs; false when the job ended first
await() {
    local file=$1 pid=$2 i
    for i in $(seq 6000); do
        [ -e "$file" ] && return 0
        kill -0 "$pid" 2> /dev/null || return 1
        sleep 0.01
    done
    return 1
}
# stray temporary outputs under DIR (out_open names them NAME.tmpPID)
strays() { find "$1" -name '*.tmp[0-9]*' | sed 's/^/# stray: /'; }

# ------------------------------------------------------------------- train
bin/datagen --p 23 --train-frac 0.5 --label-noise 0.05 --seed 3 -o "$tmp/data.npz" ||
    { echo "Bail out! bin/datagen cannot make the dataset"; exit 1; }
# every output train can write; run in a directory of its own with relative
# paths, so that equal commands record equal command lines
TRAIN=(--data ../data.npz --hidden 48 --bias --lr 1e-2 --weight-decay 1 --steps 3000 --eval-every 10
    --log-every 50 --checkpoint-train-acc 0.5 --checkpoint-out sat.npz --trajectory traj.npz
    --trajectory-every 250 --log log.tsv -o model.npz)
OUTS="model.npz sat.npz log.tsv traj.npz"
mkdir "$tmp/ref" && (cd "$tmp/ref" && "$root/bin/train" "${TRAIN[@]}" --state state.npz --state-every 300 2> stderr) ||
    { note "$tmp/ref/stderr"; echo "Bail out! the uninterrupted run failed"; exit 1; }
same_as_ref() {
    local f
    for f in $OUTS; do cmp "$1/$f" "$tmp/ref/$f" || return 1; done
}

# interrupt_train SIGNAL: one interruption after the first state save, then a resumed run
interrupt_train() {
    local sig=$1 d=$tmp/$1 rc pid
    mkdir "$d"
    printf 'what the user had\n' > "$d/model.npz"
    (cd "$d" && exec "$root/bin/train" "${TRAIN[@]}" --state state.npz --state-every 300 2> stderr) &
    pid=$!
    if ! await "$d/state.npz" "$pid"; then
        t "train: SIG$sig lands mid-run" "false"
        echo "# the run ended before its first state save"
        return
    fi
    kill -"$sig" "$pid"
    { wait "$pid"; } 2> /dev/null
    rc=$?
    local want=$(($(kill -l "$sig") + 128))
    t "train: SIG$sig mid-run ends it by that signal (status $rc, expected $want)" "[ $rc = $want ]"
    t "train: after SIG$sig no output looks complete, and none is half-written" \
        "[ ! -e $d/sat.npz ] && [ ! -e $d/log.tsv ] && [ ! -e $d/traj.npz ] && [ -z \"\$(strays $d)\" ] || { strays $d; ls $d | sed 's/^/# has: /'; false; }"
    t "train: after SIG$sig the file at the output path is what the user had" \
        "[ \"\$(cat $d/model.npz)\" = 'what the user had' ]"
    t "train: after SIG$sig the state file is kept" "[ -s $d/state.npz ]"
    (cd "$d" && "$root/bin/train" "${TRAIN[@]}" --state state.npz --state-every 300 2> stderr)
    rc=$?
    t "train: rerun after SIG$sig resumes from the state" \
        "[ $rc = 0 ] && grep -q 'resuming from state.npz at step [1-9]' $d/stderr || { note $d/stderr; false; }"
    t "train: rerun after SIG$sig ends byte-identical to the uninterrupted run (model, checkpoint, log, trajectory)" \
        "same_as_ref $d"
    t "train: the finished run removes its state file" "[ ! -e $d/state.npz ]"
}
interrupt_train INT
interrupt_train TERM

# Signals while the state is being written: --state-every 1 saves (and fsyncs)
# a state after every step, so most signals land in state_save.
d=$tmp/often
mkdir "$d"
SHORT=(--data ../data.npz --hidden 16 --lr 1e-2 --steps 400 --checkpoint-train-acc 0.2 --checkpoint-out sat.npz
    --log log.tsv -o model.npz)
mkdir "$tmp/often_ref" && (cd "$tmp/often_ref" && "$root/bin/train" "${SHORT[@]}" --state state.npz --state-every 1 2> /dev/null) ||
    { echo "Bail out! the short reference run failed"; exit 1; }
stops=0 resumed=0 bad=""
for round in 1 2 3 4 5; do
    sig=$([ $((round % 2)) = 1 ] && echo INT || echo TERM)
    (cd "$d" && exec "$root/bin/train" "${SHORT[@]}" --state state.npz --state-every 1 2> stderr) &
    pid=$!
    await "$d/state.npz" "$pid" && sleep "0.0$((RANDOM % 10))"
    kill -"$sig" "$pid" 2> /dev/null
    { wait "$pid"; } 2> /dev/null
    rc=$?
    grep -q 'resuming from' "$d/stderr" && resumed=$((resumed + 1))
    if [ "$rc" = 0 ]; then break; fi # finished before the signal
    stops=$((stops + 1))
    [ "$rc" = $(($(kill -l "$sig") + 128)) ] || bad="$bad round $round: status $rc;"
    # a signal after the outputs were renamed finds them complete: then they must be right
    [ -e "$d/model.npz" ] && ! cmp -s "$d/model.npz" "$tmp/often_ref/model.npz" && bad="$bad round $round: a wrong model.npz after SIG$sig;"
    [ -n "$(strays "$d")" ] && bad="$bad round $round: $(strays "$d" | tr '\n' ' ');"
done
(cd "$d" && "$root/bin/train" "${SHORT[@]}" --state state.npz --state-every 1 2> final.stderr) || note "$d/final.stderr"
# the final run counts too: on a slow machine (sanitizers, a loaded host) a
# round's signal can land before the resumed run has said so
grep -q 'resuming from' "$d/final.stderr" && resumed=$((resumed + 1))
t "train --state-every 1: $stops interruptions, each leaving no output and no temporary file$bad" \
    "[ $stops -ge 1 ] && [ -z '$bad' ]"
t "train --state-every 1: resumed $resumed times, and ends byte-identical to the uninterrupted run" \
    "[ $resumed -ge 1 ] && cmp $d/model.npz $tmp/often_ref/model.npz && cmp $d/sat.npz $tmp/often_ref/sat.npz && cmp $d/log.tsv $tmp/often_ref/log.tsv"

# -------------------------------------------------------------------- make
# A temporary copy of the project (tracked files plus the built tools, times
# kept, so nothing recompiles) whose quick training saves its state every
# 100 steps, so that the interrupted run has a state to resume from.
if ! command -v git > /dev/null || ! git rev-parse --git-dir > /dev/null 2>&1; then
    for i in 1 2 3 4 5 6; do n=$((n + 1)); echo "ok $n - make interruption # SKIP not in a git checkout"; done
    echo "1..$n"
    exit $((failed > 0))
fi
proj=$tmp/proj
mkdir "$proj"
copy_project "$proj"
cd "$proj"
sed -i 's/^--state-every .*/--state-every 100/' experiments/swaroop2026/quick/train.args
RUN=data/quick/swaroop2026/alpha0.00
TARGET="$RUN/model.npz $RUN/saturation.npz $RUN/log.tsv"
make -s PROFILE=quick $TARGET > make.out 2>&1 || { note make.out; echo "Bail out! the uninterrupted make failed"; exit 1; }
mkdir ref && cp -p $TARGET $RUN/data.npz ref/
rm -f $TARGET && touch ref/.made

make -s PROFILE=quick $TARGET > make.out 2>&1 &
pid=$!
if await "$RUN/state.npz" "$pid"; then
    kill -INT -- -"$pid" # the whole process group, as Ctrl-C does: make, train, tee
    { wait "$pid"; } 2> /dev/null
    rc=$?
    t "make: SIGINT to the group mid-training stops make (status $rc)" "[ $rc != 0 ]"
    t "make: after SIGINT no training output exists, and no temporary file" \
        "[ ! -e $RUN/model.npz ] && [ ! -e $RUN/saturation.npz ] && [ ! -e $RUN/log.tsv ] && [ -z \"\$(strays data)\" ] || { strays data; false; }"
    t "make: after SIGINT the finished dataset is intact and the state is kept" \
        "cmp $RUN/data.npz ref/data.npz && [ -s $RUN/state.npz ]"
    make -s PROFILE=quick $TARGET > make.out 2>&1
    rc=$?
    t "make: rerunning make succeeds and resumes the training" \
        "[ $rc = 0 ] && grep -q 'resuming from .*state.npz at step [1-9]' make.out || { note make.out; false; }"
    t "make: the resumed outputs are byte-identical to an uninterrupted make" \
        "cmp $RUN/model.npz ref/model.npz && cmp $RUN/saturation.npz ref/saturation.npz && cmp $RUN/log.tsv ref/log.tsv"
    touch .before
    make -s PROFILE=quick $TARGET > make.out 2>&1
    t "make: afterwards the graph is up to date (a further make rewrites nothing)" \
        "[ -z \"\$(find data -type f -newer .before)\" ] || { find data -type f -newer .before | sed 's/^/# rewritten: /'; false; }"
else
    { wait "$pid"; } 2> /dev/null
    t "make: SIGINT lands mid-training" "false"
    echo "# make ended before the first state save"
fi

echo "1..$n"
exit $((failed > 0))
