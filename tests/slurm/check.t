#!/usr/bin/env bash
# check.t — the quick profile through Slurm (`make cluster-check`, which
# starts the cluster with tests/slurm/cluster.sh and builds the local
# reference first):
#
#   - `make PROFILE=quick $CLUSTER_TARGETS` (default: figures; make
#     cluster-check: every paper's analyses, figures and tables) in a fresh
#     copy of the project (build-cluster/tree) with every tool call an srun
#     job step (RUN='srun -n1 -c1 --quit-on-interrupt -J $(@D)'), and every
#     .npz and .tsv it made byte-identical to the same file of the local
#     build (data/quick/ of this checkout);
#   - a job that fails (a bad flag): make stops with the tool's message,
#     leaves no output; a rerun with the flag gone completes;
#   - a job cancelled by the cluster mid-training (scancel, as a time limit
#     or a lost node does) and an interrupt (SIGINT to make's process group,
#     as Ctrl-C sends): make stops, the job leaves the queue, no training
#     output exists then or after, no temporary file, the state is kept; a
#     rerun resumes and ends byte-identical to the uninterrupted run.
#
# Needs a running cluster (SLURM_CONF set) and the local quick build.
# Run from the repository root. CLUSTER_JOBS: make -j in the copy (default:
# the number of cores).
set -u
unset MAKEFLAGS MFLAGS MAKELEVEL # the copy's make runs with its own -j
. tests/tap.sh
note() { sed 's/^/# /' "$@"; }
root=$PWD
jobs=${CLUSTER_JOBS:-$(nproc)}
targets=${CLUSTER_TARGETS:-figures}
srun_cmd='srun -n1 -c1 --quit-on-interrupt -J $(@D)'
if ! command -v srun > /dev/null || [ -z "${SLURM_CONF:-}" ]; then
    echo "Bail out! no cluster: run this through make cluster-check (tests/slurm/cluster.sh run)"
    exit 1
fi
[ -d data/quick ] || { echo "Bail out! no local quick build in data/quick (make PROFILE=quick $targets)"; exit 1; }
echo "1..13"

tree=build-cluster/tree
rm -rf "$tree" && mkdir -p "$tree" && copy_project "$tree" || { echo "Bail out! cannot copy the project to $tree"; exit 1; }
cd "$tree"
cmake() { make -s PROFILE=quick RUN="$srun_cmd" "$@"; }
# the id the next job gets
next_job() { srun -n1 -J next printenv SLURM_JOB_ID; }

# ------------------------------------------------------------ the whole profile
planned=$(make -n PROFILE=quick RUN="$srun_cmd" $targets | grep -o 'srun -n1' | wc -l)
first=$(next_job)
start=$(date +%s)
t "make -j$jobs PROFILE=quick with RUN='$srun_cmd' succeeds ($(echo $targets | wc -w) targets)" \
    "cmake -j$jobs $targets > make.out 2>&1 || { tail -n 20 make.out | note; false; }"
secs=$(($(date +%s) - start))
ran=$(($(next_job) - first - 1))
t "every planned tool call ran as a Slurm job ($ran jobs for $planned srun lines, $secs s)" "[ $planned -gt 0 ] && [ $ran -ge $planned ]"

# every .npz and .tsv of the cluster build against the local one
files=$(find data/quick -type f \( -name '*.npz' -o -name '*.tsv' \) | sort)
count=$(echo "$files" | grep -c .)
differ=$(for f in $files; do cmp -s "$f" "$root/$f" || echo "$f"; done)
ndiffer=$(echo "$differ" | grep -c .)
t "compared $count files (.npz and .tsv) of the cluster build with the local build: $((count - ndiffer)) byte-identical" \
    "[ $count -gt 0 ] && [ $ndiffer = 0 ] || { echo \"\$differ\" | sed 's/^/# differs: /'; false; }"
[ "$ndiffer" = 0 ] || echo "# $ndiffer of $count files differ"

# ------------------------------------------------------------ a failing job
# a flag the tool rejects, through the flags file of the spectrum analyses
SP=experiments/swaroop2026/quick/spectrum.args
out=data/quick/swaroop2026/alpha0.00/neurons.tsv
cp -p $SP spectrum.args.orig && rm -f $out && echo '--no-such-flag' >> $SP
cmake $out > fail.out 2>&1
rc=$?
t "a failing job: make stops (status $rc) with the tool's message, and leaves no output" \
    "[ $rc != 0 ] && grep -q \"^spectrum: unknown option '--no-such-flag'\" fail.out && [ ! -e $out ] && [ -z \"\$(find data -name '*.tmp[0-9]*')\" ] || { note fail.out; false; }"
cp -p spectrum.args.orig $SP # its time too: nothing else is out of date
t "a rerun after the fix completes, byte-identical" "cmake $out > rerun.out 2>&1 && cmp $out $root/$out || { note rerun.out; false; }"

# ------------------------------------------------------------ a cancelled and an interrupted job
# the long alpha = 0.30 run (4000 steps, its state saved every 1000)
RUNDIR=data/quick/swaroop2026/long0.30
OUTS="$RUNDIR/model.npz $RUNDIR/saturation.npz $RUNDIR/log.tsv"
set -m # make gets a process group of its own, as in a terminal
# waits until FILE exists while job PID runs; false when the job ended first
await() {
    local i
    for i in $(seq 6000); do
        [ -e "$1" ] && return 0
        kill -0 "$2" 2> /dev/null || return 1
        sleep 0.01
    done
    return 1
}
# waits until the queue is empty (at most 60 s)
drained() {
    local i
    for i in $(seq 600); do [ -z "$(squeue -h -o %i)" ] && return 0; sleep 0.1; done
    return 1
}
# stop_training HOW: train with make through srun, stop it once it saved its
# state (HOW: scancel the job, or SIGINT make's process group), check what is
# left, rerun make
stop_training() {
    local how=$1 pid rc
    rm -f $OUTS $RUNDIR/state.npz
    cmake $OUTS > stop.out 2>&1 &
    pid=$!
    if ! await $RUNDIR/state.npz $pid; then
        { wait $pid; } 2> /dev/null
        t "$how: lands mid-training" "false"
        echo "# the run ended before its first state save"
        t "$how: a rerun completes" "false"
        t "$how: the resumed outputs are byte-identical to the local build" "false"
        return
    fi
    case $how in
        scancel) scancel --name=$RUNDIR ;;
        SIGINT) kill -INT -- -$pid ;;
    esac
    { wait $pid; } 2> /dev/null
    rc=$?
    drained
    t "$how mid-training: make stops (status $rc), the job leaves the queue, no training output and no temporary file remain, the state is kept" \
        "[ $rc != 0 ] && [ -z \"\$(squeue -h -o %i)\" ] && [ ! -e $RUNDIR/model.npz ] && [ ! -e $RUNDIR/saturation.npz ] && [ ! -e $RUNDIR/log.tsv ] \
         && [ -z \"\$(find data -name '*.tmp[0-9]*')\" ] && [ -s $RUNDIR/state.npz ] || { note stop.out; ls $RUNDIR | sed 's/^/# has: /'; false; }"
    cmake $OUTS > rerun.out 2>&1
    rc=$?
    t "$how: a rerun resumes from the state and completes" \
        "[ $rc = 0 ] && grep -q 'resuming from .*state.npz at step [1-9]' rerun.out || { note rerun.out; false; }"
    t "$how: the resumed outputs are byte-identical to the local build" \
        "cmp $RUNDIR/model.npz $root/$RUNDIR/model.npz && cmp $RUNDIR/saturation.npz $root/$RUNDIR/saturation.npz && cmp $RUNDIR/log.tsv $root/$RUNDIR/log.tsv"
}
stop_training scancel
stop_training SIGINT

# the retrained run's analyses are out of date now: make them, then nothing
cmake -j$jobs $targets > last.out 2>&1 || note last.out
touch .before
cmake -j$jobs $targets > last.out 2>&1
t "afterwards the graph is up to date: a further make rewrites no data" \
    "[ -z \"\$(find data -type f -newer .before)\" ] || { find data -type f -newer .before | sed 's/^/# rewritten: /'; false; }"
t "every file is still byte-identical to the local build" \
    "for f in \$(find data/quick -type f \\( -name '*.npz' -o -name '*.tsv' \\)); do cmp \$f $root/\$f || exit 1; done"
echo "# cluster-check: $count files compared, $((count - ndiffer)) byte-identical; $ran Slurm jobs in $secs s"
exit $((failed > 0))
