#!/usr/bin/env bash
# he2026_quick — the He et al. (2026) quick profile end to end in a temporary
# copy of the project: our own seeded initialisations (mkinit), the six
# shortened runs, every analysis, every figure and every table of the
# report section; then the graph is up to date, and touching one run's flags
# file reruns that run and what reads it, and no other run.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..8"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy_project "$tmp"
cd "$tmp"
Q="PROFILE=quick HE_FIX=/nonexistent"
HE=data/quick/he2026
t "make $Q he2026-figures he2026-tables succeeds" \
  "make -s $Q he2026-figures he2026-tables > make.out 2>&1 || { tail -20 make.out | sed 's/^/# /'; false; }"
pdfs=$(ls figures/quick/he2026/*.pdf 2>/dev/null | wc -l)
t "26 figures drawn, each a PDF ($pdfs)" "[ $pdfs = 26 ] && for f in figures/quick/he2026/*.pdf; do head -c 4 \$f | grep -q '%PDF' || exit 1; done"
t "the quick profile needs no fixture file (no authors.tsv)" "! ls $HE/r*/authors.tsv 2>/dev/null | grep -q ."
t "every table and the macros were written" \
  "for x in numbers checks headline t1 t2 t3 t4; do [ -s paper/generated/quick/he2026-\$x.tex ] || exit 1; done"
t "Tables 2 and 3 and Proposition 1 need no training: same values as the paper's" \
  "grep -q '^t2.8.median	1.741196e-09' $HE/numbers.tsv && grep -q '^t4.correct	10.5' $HE/numbers.tsv"
# commands of the experiment graph that a second make runs (tool checksums
# and relinks are bookkeeping and not counted; a dry run cannot tell that a
# relinked tool kept its checksum, so these are real runs)
# --no-silent: the commands are what these checks read, even under a make -s
stages() { make --no-silent $Q he2026-figures he2026-tables 2>&1 | grep -E '^(bin/|gnuplot|awk|sh )'; }
t "after the build a second make runs nothing" "[ -z \"\$(stages)\" ]"
touch experiments/he2026/quick/r4.args
make --no-silent $Q he2026-figures he2026-tables > plan.out 2>&1
t "touching r4.args reruns R4's training and its figures" "grep -q 'train @experiments/he2026/quick/r4.args' plan.out && grep -q 'f09.gp' plan.out && grep -q 'f12.gp' plan.out"
t "and no other run's training, and no network-free computation" \
  "! grep -E 'train @experiments/he2026/quick/r[12356].args|bin/dynamics' plan.out"
exit $((failed > 0))
