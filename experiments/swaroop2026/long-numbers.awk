# long-numbers.awk — Swaroop 2026: the faithful run at the largest noise
# level (when its best validation accuracy came, when it stopped) and the
# supplementary long run on its data, as "key value format" lines for the
# macro writer (kind=numbers: \SwHighBestStep, \SwLongReal, ...).
#
#   awk -F'\t' -f long-numbers.awk kind=high alpha0.30/log.tsv kind=long long0.30/log.tsv \
#       kind=extract long0.30/extract.tsv kind=summary long0.30/summary.tsv > long-numbers.tsv
#
# log.tsv is train's log (step first, val_acc sixth); extract.tsv and
# summary.tsv are key<TAB>value files (idealize --extract, spectrum --summary).
BEGIN { OFS = "\t" }
/^#/ { next }
kind == "high" { if (best == "" || $6 > best) { best = $6; at = $1 }; high_steps = $1; next }
kind == "long" { long_steps = $1; next }
kind == "extract" || kind == "summary" { v[$1] = $2; next }
END {
    print "high.best_step", at, "int"
    print "high.steps", high_steps, "int"
    print "long.steps", long_steps, "int"
    print "long.real", v["real"], "%.4f"
    print "long.sq_cos", v["sq_cos"], "%.4f"
    print "long.structured", v["structured"], "int"
}
