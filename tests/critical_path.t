#!/usr/bin/env bash
# critical_path — paper/critical-path.awk on made-up train.out files with
# known times: each run's CPU time (train's last line, CPU ms/step × steps;
# a run trained before train printed it: its last progress line's ms/step),
# the total, the critical path, the longest-first schedule on 2, 8 and 64
# cores, a run without a time and an unfinished run; the report's table;
# and train's last line in the form the script reads.
set -u
cd "$(dirname "$0")/.."
root=$PWD
. tests/tap.sh
echo "1..10"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
AWK="awk -f $root/paper/critical-path.awk"

# $1: paper/run, the rest: the lines of its train.out
mk() { local d=$tmp/data/full/$1; shift; mkdir -p "$d" && printf '%s\n' "$@" > "$d/train.out"; }
last() { echo "train: step $1: stopped (maximum steps); validation accuracy 0.5000, best 0.5000 at step 10${2:+; $2 CPU ms/step}"; }
progress() { echo "train: step $1/$2  train 1.0000 (loss 0.01)  val 0.5000  best 0.5000@10  $3 ms/step"; }
mk pa/r1 "$(last 1000 2.000)"                                     # 2 s
mk pa/r2 "$(progress 500 3000 9.99)" "$(last 3000 1.000)"         # 3 s: the CPU figure, not the progress line
mk pb/r3 "$(progress 500 1000 4.00)" "$(last 1000)"               # 4 s from the progress line, marked wall
mk pb/r4 "$(progress 500 1000 4.00)"                              # unfinished
mk pb/r5 "$(last 700)"                                            # no time
mk pc/r6 "$(last 100 5.000)"                                      # 0.5 s

cd "$tmp"
files=$(find data/full -name train.out | LC_ALL=C sort)
$AWK $files /dev/null > text.out
t "each run's CPU time: ms/step × steps (run r2: its CPU figure, not the progress line's)" \
    "grep -q '^pa	r1	1000	2	cpu	2.0$' text.out && grep -q '^pa	r2	3000	1	cpu	3.0$' text.out && grep -q '^pc	r6	100	5	cpu	0.5$' text.out || sed 's/^/# /' text.out"
t "a run without its CPU figure takes its last progress line's ms/step, marked wall" "grep -q '^pb	r3	1000	4	wall	4.0$' text.out"
t "a run without any time is listed without one; an unfinished run is left out and counted" \
    "grep -q '^pb	r5	700	nan	-	nan$' text.out && ! grep -q '	r4	' text.out && grep -q '^# 5 runs, 4 timed (1 from wall-clock progress lines), 1 unfinished$' text.out"
t "the total CPU time and each paper's" \
    "grep -q '^# total CPU time: 9.5 s$' text.out && grep -q '^# pa: 2 runs, CPU 5.0 s$' text.out && grep -q '^# pb: 2 runs, CPU 4.0 s$' text.out"
t "the critical path is the longest run" "grep -q '^# critical path: 4.0 s (the longest run, pb/r3)$' text.out"
# longest first on 2 cores: 4 | 3, then 2 on the second (5), then 0.5 on the first (4.5): 5 s
t "the wall time on 2, 8 and 64 cores: the longest-first schedule" \
    "grep -q '^# wall time on 2 cores: 5.0 s$' text.out && grep -q '^# wall time on 8 cores: 4.0 s$' text.out && grep -q '^# wall time on 64 cores: 4.0 s$' text.out"
# minutes and hours: 100000 steps at 30 ms = 50 min; 3 h
mk pd/long "$(last 100000 30.000)"
mk pd/longer "$(last 1000000 10.800)"
$AWK $(find data/full -name train.out | LC_ALL=C sort) > text2.out
t "times print in minutes past a minute and in hours past two" \
    "grep -q '^# pd: 2 runs, CPU 3.83 h$' text2.out && grep -q '^# critical path: 3.00 h (the longest run, pd/longer)$' text2.out && grep -q '^# wall time on 2 cores: 3.00 h$' text2.out"
$AWK -v format=tex $files /dev/null > table.tex
t "the report's table: a row per paper with each run, the totals, the critical path, the wall times" \
    "grep -q '^pa & 2 & 5.0 s & .texttt{r1} 2.0 s, .texttt{r2} 3.0 s' table.tex && grep -q 'texttt{r3} 4.0 s\\$^w\\$' table.tex \
     && grep -q '^Critical path & & 4.0 s & the longest run, .texttt{pb/r3}' table.tex && grep -q '^Wall, 64 cores & & 4.0 s' table.tex \
     && grep -q 'label{tab:critical-path}' table.tex || sed 's/^/# /' table.tex"
$AWK -v format=tex /dev/null > empty.tex
t "without any run the report says that nothing is timed yet, and has no table" \
    "grep -q 'No training run of this profile has a time yet' empty.tex && ! grep -q 'begin{table}' empty.tex"

# train's own last line
cd "$root"
if [ -x bin/train ] && [ -x bin/datagen ]; then
    bin/datagen --p 11 --train-frac 0.5 --seed 1 -o "$tmp/d.npz" &&
        bin/train --data "$tmp/d.npz" --hidden 8 --steps 20 -o "$tmp/m.npz" 2> "$tmp/train.out"
    mkdir -p "$tmp/data/quick/px/run" && cp "$tmp/train.out" "$tmp/data/quick/px/run/"
    t "train's last line gives its CPU ms/step, and the script reads it ($(tail -n 1 "$tmp/train.out"))" \
        "tail -n 1 $tmp/train.out | grep -Eq '; [0-9]+\.[0-9]{3} CPU ms/step$' && $AWK $tmp/data/quick/px/run/train.out | grep -q '^px	run	20	[0-9.]*	cpu	'"
else
    n=$((n + 1)); echo "ok $n - train's last line # SKIP bin/train not built (make all)"
fi
exit $((failed > 0))
