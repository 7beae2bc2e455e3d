#!/usr/bin/env bash
# status — `make status` on a half-finished quick profile, in a temporary
# copy of the project: one run trained by make (done, with its last logged
# step and validation accuracy), one bin/train still running (its progress
# line: step, validation accuracy, ms per step and the time left), the same
# run once that process is gone (interrupted), a run whose train.out ends
# with train's error (failed), a run with a saved state (resumable), and
# every other run not started. make status builds nothing.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..11"
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$tmp"' EXIT
copy_project "$tmp"
cd "$tmp"
Q=PROFILE=quick
HE=data/quick/he2026 SW=data/quick/swaroop2026
status() { make -s $Q status > status.out 2>&1; }
# line RUN: the status line of RUN
line() { awk -v r="$1" '$1 == r' status.out; }

make -s $Q $HE/r1/model.npz > make.out 2>&1 || { sed 's/^/# /' make.out; exit 1; }
# a run in progress: a real bin/train writing the run's model.npz, and the
# progress line train prints once a minute (written here, not waited for)
run=$SW/alpha0.00
mkdir -p $run
bin/datagen --p 5 --train-frac 0.6 -o data5.npz
bin/train --data data5.npz --hidden 4 --steps 1000000000 -o $run/model.npz 2> /dev/null &
pid=$!
printf 'train: step 1000/5000  train 0.9000 (loss 0.1)  val 0.5000  best 0.5000@1000  2.00 ms/step\n' > $run/train.out
# a failed run, and an interrupted one with its state saved
mkdir -p $SW/alpha0.05 $SW/alpha0.10
printf 'train: step 3: training loss is nan; stopping without writing weights (learning rate too high?)\n' \
    > $SW/alpha0.05/train.out
: > $SW/alpha0.10/state.npz
touch before
sleep 1

status
t "make $Q status succeeds" "[ -s status.out ]"
t "R1, trained: done, with the last step and validation accuracy of its log.tsv" \
  "line r1 | grep -qE '^ *r1 +done +step 2000, val acc [01]\.[0-9]{4} \(maximum steps\)\$'"
t "R2 (He), never trained: not started" "line r2 | grep -qE '^ *r2 +not started\$'"
t "the running run: running, its step, validation accuracy, ms per step and about 8 s left" \
  "line alpha0.00 | grep -qE 'running +step 1000/5000, val acc 0.5000, 2.00 ms/step, about 8 s left\$'"
t "the time left for the running runs" "grep -q 'time left for the running runs at their measured speed: about 8 s' status.out"
t "the failed run: failed, with train's message" "line alpha0.05 | grep -q 'failed *step 3: training loss is nan'"
t "a run with a saved state: interrupted, make resumes it" "line alpha0.10 | grep -q 'interrupted *make resumes it from state.npz'"
t "the counts: 1 done, 1 running, 2 stopped, 47 not started" \
  "grep -qx 'quick: 1 done, 1 running, 2 stopped (interrupted or failed), 47 not started' status.out"
kill "$pid" && wait "$pid" 2> /dev/null
pid=
status
t "once its train is gone: interrupted at its last step, started again from step 0" \
  "line alpha0.00 | grep -q 'interrupted *at step 1000/5000, val acc 0.5000; make starts it again from step 0'"
t "and no time left is given" "! grep -q 'time left' status.out"
t "make status wrote nothing under data/ or figures/" "[ -z \"\$(find data figures -newer before -type f 2> /dev/null)\" ]"
exit $((failed > 0))
