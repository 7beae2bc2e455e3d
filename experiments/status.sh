#!/usr/bin/env bash
# status.sh — where the training runs of a profile stand (make status).
#
#   experiments/status.sh PROFILE KEY RUN_DIR... [KEY RUN_DIR...]...
#
# KEY is a paper (no '/'), each RUN_DIR one of its runs (data/PROFILE/KEY/RUN),
# as the Makefile lists them (TRAIN_RUNS_<key>). One line per run:
#   done          model.npz is there: the last row of log.tsv (step,
#                 validation accuracy) and why train stopped (train.out)
#   running       a bin/train of this checkout writes RUN_DIR/model.npz: its
#                 last progress line in train.out (step/steps, validation
#                 accuracy, ms per step; train prints one a minute) and the
#                 time left at that speed
#   interrupted   train.out or state.npz but no model and no train: the last
#                 progress line, and whether make resumes from state.npz
#   failed        the same, when train.out ends with train's error line
#   not started   none of these
# Then the counts and the time left for the running runs (a run that stops
# early, on a target accuracy or a plateau, takes less). Reads only; Linux
# (/proc) to see which runs are running.
set -u
profile=$1
shift

# the output paths of the bin/train processes started in this directory
running=$(
    for p in /proc/[0-9]*; do
        [ "$p/cwd" -ef . ] 2> /dev/null || continue
        tr '\0' '\n' < "$p/cmdline" 2> /dev/null |
            awk 'NR == 1 && $0 !~ /(^|\/)train$/ { exit } prev == "-o" { print } { prev = $0 }'
    done
)

# the last progress line of a train.out, as "step steps val ms" (empty if none)
last_progress() {
    [ -r "$1" ] || return 0
    awk '/^train: step [0-9]+\/[0-9]+ / {
        split($3, s, "/"); val = ""; ms = ""
        for (i = 4; i < NF; i++) if ($i == "val") val = $(i + 1)
        if ($NF == "ms/step") ms = $(NF - 1)
        line = s[1] " " s[2] " " val " " ms }
        END { print line }' "$1"
}
# seconds as "2 h 05 min", "7 min", "40 s"
human() {
    awk -v s="$1" 'BEGIN { s = int(s + 0.5)
        if (s >= 3600) printf "%d h %02d min", s / 3600, (s % 3600) / 60
        else if (s >= 60) printf "%d min", (s + 30) / 60
        else printf "%d s", s }'
}

ndone=0 nrunning=0 nstopped=0 nnew=0 left_sum=0 left_max=0
run_line() { # run_line DIR: one line for the run in DIR
    local dir=$1 name=${1##*/} out=$1/train.out step steps val ms last
    if [ -e "$dir/model.npz" ]; then
        ndone=$((ndone + 1))
        last=$(awk -F'\t' '!/^#/ && NF >= 6 { r = sprintf("step %d, val acc %.4f", $1, $6) } END { print r }' "$dir/log.tsv" 2> /dev/null)
        why=$(sed -n 's/^train: step [0-9]*: stopped (\(.*\));.*/\1/p' "$out" 2> /dev/null | tail -1)
        printf '  %-16s %-12s %s%s\n' "$name" done "${last:-no log.tsv}" "${why:+ ($why)}"
    elif grep -qxF "$dir/model.npz" <<< "$running"; then
        nrunning=$((nrunning + 1))
        read -r step steps val ms <<< "$(last_progress "$out")"
        if [ -z "${ms:-}" ]; then
            printf '  %-16s %-12s %s\n' "$name" running "no progress line yet (train prints one a minute)"
            return
        fi
        local left
        left=$(awk -v a="$step" -v b="$steps" -v ms="$ms" 'BEGIN { print (b - a) * ms / 1000 }')
        left_sum=$(awk -v a="$left_sum" -v b="$left" 'BEGIN { print a + b }')
        left_max=$(awk -v a="$left_max" -v b="$left" 'BEGIN { print (b > a ? b : a) }')
        printf '  %-16s %-12s step %s/%s, val acc %s, %s ms/step, about %s left\n' \
            "$name" running "$step" "$steps" "$val" "$ms" "$(human "$left")"
    elif [ -e "$out" ] || [ -e "$dir/state.npz" ]; then
        nstopped=$((nstopped + 1))
        last=$(grep -v '^train: step [0-9]*/' "$out" 2> /dev/null | grep '^train: ' | tail -1)
        read -r step steps val ms <<< "$(last_progress "$out")"
        local where=${step:+at step $step/$steps, val acc $val; }
        local resume="make starts it again from step 0"
        [ -e "$dir/state.npz" ] && resume="make resumes it from state.npz"
        case $last in
        "train: resuming from"* | "") printf '  %-16s %-12s %s%s\n' "$name" interrupted "$where" "$resume" ;;
        *) printf '  %-16s %-12s %s%s\n' "$name" failed "$where" "${last#train: }" ;;
        esac
    else
        nnew=$((nnew + 1))
        printf '  %-16s %s\n' "$name" "not started"
    fi
}

echo "Training runs of the $profile profile (data/$profile/)"
for arg; do
    case $arg in
    */*) run_line "$arg" ;;
    *) echo "$arg" ;;
    esac
done
echo "$profile: $ndone done, $nrunning running, $nstopped stopped (interrupted or failed), $nnew not started"
if [ $nrunning -gt 0 ]; then
    echo "time left for the running runs at their measured speed: about $(human "$left_max") for the longest," \
        "$(human "$left_sum") of training in all (less where a run stops early; runs not started are not counted)"
fi
