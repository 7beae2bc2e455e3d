#!/usr/bin/env bash
# rangamani2025_quick — the Rangamani (2025) quick profile end to end in a
# temporary copy of the project: the six short RNN runs, every analysis,
# every figure and table of the report section; then the graph is up to
# date, and touching one run's flags file reruns that run and what reads it,
# and no other run.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..9"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy_project "$tmp"
cd "$tmp"
Q="PROFILE=quick"
RG=data/quick/rangamani2025
t "make $Q rangamani2025-figures rangamani2025-tables succeeds" \
  "make -s $Q rangamani2025-figures rangamani2025-tables > make.out 2>&1 || { tail -20 make.out | sed 's/^/# /'; false; }"
pdfs=$(ls figures/quick/rangamani2025/*.pdf 2>/dev/null | wc -l)
t "9 figures drawn, each a PDF ($pdfs)" "[ $pdfs = 9 ] && for f in figures/quick/rangamani2025/*.pdf; do head -c 4 \$f | grep -q '%PDF' || exit 1; done"
t "every table and the macros were written" \
  "for x in numbers table1 table2 checks tradeoff; do [ -s paper/generated/quick/rangamani2025-\$x.tex ] || exit 1; done"
t "the main model learned the task (test accuracy >= 0.9)" \
  "awk -F'\t' '\$1 == \"main.test_acc\" { exit !(\$2 >= 0.9) }' $RG/numbers.tsv"
t "the ablation study ablates every key subset at three sites" \
  "k=\$(awk -F'\t' '\$1 == \"E\" { print \$2 }' $RG/main/keys.tsv 2>/dev/null); [ -n \"\$k\" ] && [ \$(grep -c '^subset' $RG/main/ablation.tsv) = \$((3 * ((1 << k) - 1))) ]"
t "the trade-off table's weight decay and width are the runs' config.tsv's; no script reads a flags file" \
  "awk -F'\t' '!/^#/ { print \$1, \$2, \$3 }' $RG/tradeoff.tsv | while read r wd h; do grep -qxP \"weight-decay\t\$wd\" $RG/\$r/config.tsv && grep -qxP \"hidden\t\$h\" $RG/\$r/config.tsv || exit 1; done \
   && ! grep -l 'args' experiments/rangamani2025/*.sh experiments/rangamani2025/*.awk"
# --no-silent: the commands are what these checks read, even under a make -s
stages() { make --no-silent $Q rangamani2025-figures rangamani2025-tables 2>&1 | grep -E '^(bin/|gnuplot|awk|sh )'; }
t "after the build a second make runs nothing" "[ -z \"\$(stages)\" ]"
touch experiments/rangamani2025/quick/tanh.args
make --no-silent $Q rangamani2025-figures rangamani2025-tables > plan.out 2>&1
t "touching tanh.args reruns the tanh run and Fig. 1" "grep -q 'train @experiments/rangamani2025/quick/tanh.args' plan.out && grep -q 'fig1.gp' plan.out"
t "and no other run's training, and no figure that does not read it" \
  "! grep -E 'train @experiments/rangamani2025/quick/(main|seed2|frac03|sweep)|fig[2-6]' plan.out"
exit $((failed > 0))
