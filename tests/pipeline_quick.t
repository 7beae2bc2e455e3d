#!/usr/bin/env bash
# The quick profile end to end in a temporary copy of the project: every
# figure and the report build, the clean run groks, its extraction at
# saturation reads more with the phases at nu than at the own bins, the
# controls sit at chance, its trace retraces it
# (last checkpoint = the run's model), the graph is then up to
# date, touching one run's flags file reruns exactly that run and what depends
# on it, and a rerun of the same training gives byte-identical weights.
set -u
cd "$(dirname "$0")/.."
root=$PWD
. tests/tap.sh
echo "1..13"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# tracked files plus the built tools (timestamps kept, so nothing recompiles)
copy_project "$tmp"
cd "$tmp"
Q="PROFILE=quick"
SW=data/quick/swaroop2026
# files a second make rewrites: none when the graph is up to date
rewritten() {
  touch .before && make -s $Q figures paper > /dev/null 2>&1
  find data figures paper/report-quick.pdf -type f -newer .before | sed 's/^/# rewritten: /'
}

t "make $Q figures paper succeeds" "make -s $Q figures paper > make.out 2>&1 || { tail -20 make.out | sed 's/^/# /'; false; }"
pdfs=$(ls figures/quick/swaroop2026/*.pdf 2>/dev/null | wc -l)
t "every Swaroop figure was drawn, the paper's five, the trace and the seeds ($pdfs PDFs)" "[ $pdfs = 7 ] && for f in figures/quick/swaroop2026/*.pdf; do head -c 4 \$f | grep -q '%PDF' || exit 1; done"
t "the quick report is a PDF with pages" "head -c 4 paper/report-quick.pdf | grep -q '%PDF' && [ \$(pdfinfo paper/report-quick.pdf | awk '/^Pages/ {print \$2}') -ge 3 ]"
real=$(awk '$1 == "real" {print $2}' $SW/alpha0.00/extract.tsv)
t "the clean quick run generalises (validation accuracy $real >= 0.95)" "awk -v a=$real 'BEGIN {exit !(a >= 0.95)}'"
rs=$(awk '$1 == "r_structured" {print $2}' $SW/alpha0.00/summary.tsv)
t "phases of structured neurons obey phi_out = phi_a + phi_b (r' = $rs >= 0.99)" "awk -v r=$rs 'BEGIN {exit !(r >= 0.99)}'"
nu_sat=$(awk '$1 == "sq_cos" {print $2}' $SW/alpha0.00/extract_sat.tsv)
own_sat=$(awk '$1 == "sq_cos" {print $2}' $SW/alpha0.00/extract_sat_own.tsv)
t "at saturation the clean run's Sq->Cos extraction with phases at nu beats the own-bin one ($nu_sat > $own_sat)" \
  "awk -v a=$nu_sat -v b=$own_sat 'BEGIN {exit !(a > b)}'"
ctrl=$(cat $SW/control-init/extract.tsv $SW/control-random/extract.tsv $SW/control-random/extract_sat.tsv |
  awk '$1 ~ /^(sq_sq|sq_cos|cos_cos)$/ && $2 > m { m = $2 } END { print m + 0 }')
p=$(awk '$1 == "--p" {print $2}' experiments/swaroop2026/quick/data.args)
t "the controls' extractions sit at chance (largest $ctrl <= 3/$p)" "awk -v m=$ctrl -v p=$p 'BEGIN {exit !(m <= 3 / p)}'"
trace_last=$(awk -F'\t' '!/^#/ { r = $2 "," $4 } END { print r }' $SW/trace0.00/extract-series.tsv)
run_final=$(awk -F'\t' '$1 == "real" { r = $2 } $1 == "sq_cos" { c = $2 } END { print r "," c }' $SW/alpha0.00/extract.tsv)
t "the trace retraces the clean run: its last checkpoint idealises as the run's model does ($trace_last)" \
  "[ -n '$trace_last' ] && [ '$trace_last' = '$run_final' ]"
t "after a full build a second make rewrites nothing" "[ -z \"\$(rewritten)\" ]"

touch experiments/swaroop2026/quick/alpha0.10.args
# The build above checked every tool's stamp (build/stamp/TOOL, rewritten only
# when the results version changes, so older than a tool relinked since). A
# dry run cannot know that a stamp's recipe leaves it alone and would plan
# every run of a relinked tool: date each checked stamp as its tool (the
# stamp of a tool's part, e.g. train-transformer, as the tool).
for s in build/stamp/*; do
    tool=${s##*/}
    [[ -e bin/$tool ]] || tool=${tool%-*}
    touch -r "bin/$tool" "$s"
done
make -n $Q figures paper > plan.out 2>&1
t "touching alpha0.10.args reruns that run's datagen and train" "grep -q 'datagen.*alpha0.10.args' plan.out && grep -q 'train.*alpha0.10/data.npz' plan.out"
t "and no other run's training or Table 1" "! grep -E 'train .*alpha0.(00|05|15|20|25|30)/|datagen .*alpha0.(00|05|15|20|25|30)|idealize @' plan.out"
make -s $Q figures paper > /dev/null 2>&1
t "after the rebuild a further make rewrites nothing" "[ -z \"\$(rewritten)\" ]"

# the same command twice, in two directories: byte-identical outputs
for d in d1 d2; do
  mkdir $d && (cd $d && ../bin/train @../experiments/swaroop2026/quick/train.args \
    --data ../$SW/alpha0.05/data.npz --checkpoint-out sat.npz --log log.tsv -o model.npz 2>/dev/null)
done
t "retraining with the same flags and seed gives byte-identical model, checkpoint and log" \
  "cmp d1/model.npz d2/model.npz && cmp d1/sat.npz d2/sat.npz && cmp d1/log.tsv d2/log.tsv"
exit $((failed > 0))
