#!/usr/bin/env bash
# li2025_quick — the Li et al. (2025) quick profile end to end in a temporary
# copy of the project: the three k-input runs, the Morwani baseline and the
# transformers, every
# analysis, figure and table of the report section (a row per transformer
# head in the attention table); the construction reaches
# gamma* in every row of the theory table; the baseline's margin approaches
# gamma*; then the graph is up to date, and touching one run's flags file
# reruns that run and what reads it, and no other run.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..11"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy_project "$tmp"
cd "$tmp"
Q="PROFILE=quick"
LI=data/quick/li2025
t "make $Q li2025-figures li2025-tables succeeds" \
  "make -s $Q li2025-figures li2025-tables > make.out 2>&1 || { tail -20 make.out | sed 's/^/# /'; false; }"
pdfs=$(ls figures/quick/li2025/*.pdf 2>/dev/null | wc -l)
t "21 figures drawn, each a PDF ($pdfs)" "[ $pdfs = 21 ] && for f in figures/quick/li2025/*.pdf; do head -c 4 \$f | grep -q '%PDF' || exit 1; done"
t "the macros and the theory table were written" \
  "[ -s paper/generated/quick/li2025-numbers.tex ] && grep -q 'bottomrule' paper/generated/quick/li2025-theory.tex"
t "the per-head attention table has a row per head of TF-3, TF-4, TF-5 (3 x 4)" \
  "grep -q 'bottomrule' paper/generated/quick/li2025-attn.tex && [ \$(grep -c -e '^TF-[345] & [0-9]* & ' -e '^ & [0-9]* & ' paper/generated/quick/li2025-attn.tex) = 12 ]"
t "every construction of the theory table reaches gamma* to 1e-6" \
  "awk -F'\t' '!/^#/ { n++; if (\$10 + 0 > 1e-6) bad = 1 } END { exit bad || n != 4 }' $LI/theory.tsv"
t "the construction's model file: every frequency holds 2^(2k-1) neurons, power 1" \
  "grep -q '^count_min	128' $LI/construct/summary.tsv && grep -q '^count_max	128' $LI/construct/summary.tsv && grep -q '^power_gt_095	1.000000' $LI/construct/summary.tsv"
t "the Morwani baseline reaches 0.8 gamma* on all tuples" \
  "awk -F'\t' '!/^#/ { r = \$7 } END { exit !(r >= 0.8) }' $LI/morwani/margin.tsv"
t "the sparsity series gives, per checkpoint, the one-sparse share of neurons and of the norms, all in [0, 1]" \
  "awk -F'\t' '!/^#/ { n++; if (NF != 7) bad = 1; for (i = 5; i <= 7; i++) if (\$i < 0 || \$i > 1) bad = 1; if (\$2 < 0 || \$2 > 1) bad = 1 } END { exit bad || n < 2 }' $LI/nn4/sparsity-series.tsv"
t "on the plain sequence, TF-3 and TF-4 each have a head with more than half of W^KQ's 2-D power in four bins" \
  "for r in tf3 tf4; do awk -F'\t' '!/^#/ && \$2 > 0.5 { hit = 1 } END { exit !hit }' $LI/\$r/attn-summary.tsv || exit 1; done"
# --no-silent: the commands are what these checks read, even under a make -s
stages() { make --no-silent $Q li2025-figures li2025-tables 2>&1 | grep -E '^(bin/|gnuplot|awk|sh )'; }
t "after the build a second make runs nothing" "[ -z \"\$(stages)\" ]"
touch experiments/li2025/quick/nn4.args
make --no-silent $Q li2025-figures li2025-tables > plan.out 2>&1
t "touching nn4.args reruns NN-4 and its figures, and no other run" \
  "grep -q 'train @experiments/li2025/quick/nn4.args' plan.out && grep -q 'waves.gp' plan.out && ! grep -E 'train @experiments/li2025/quick/(nn3|nn5|morwani|tf.|g.).args' plan.out"
exit $((failed > 0))
