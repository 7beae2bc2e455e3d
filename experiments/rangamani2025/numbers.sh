#!/bin/sh
# numbers.sh — every number of ours the Rangamani 2025 report quotes, as
# "key<TAB>value<TAB>format" lines (format: a printf format, int, sci2, text),
# from the analyses of each run (rules.mk) and the trade-off table.
#
#   sh numbers.sh DATA_DIR RUN...
# Keys: RUN.NAME for each run (the names: the printf lines below) and
# tradeoff.*. Not evident there: grok_step is the first logged step with test
# accuracy >= 0.99 (NaN if never); same is 1 when E, A, G and W_out select the
# same keys; svd.M is matrix M's top-2|K| singular value energy; topk_both is
# the top-m ablation at m = |K|.
dir=$1; shift
for r in "$@"; do
    d=$dir/$r
    awk -F'\t' -v r=$r '!/^#/ { a = $6; t = $4; n = $7; if (g == "" && $6 >= 0.99) g = $1 }
        END { printf "%s.test_acc\t%s\t%%.4f\n%s.train_acc\t%s\t%%.4f\n%s.norm\t%s\t%%.1f\n%s.grok_step\t%s\tint\n",
              r, a, r, t, r, n, r, g == "" ? "NaN" : g }' $d/log.tsv
    nk=$(awk -F'\t' '$1 == "E" { print $2 }' $d/keys.tsv)
    awk -F'\t' -v r=$r '/^#/ { next } $1 == "E" { k = $3; gsub(/,/, ", ", k); printf "%s.nkeys\t%s\tint\n%s.keys\t%s\ttext\n", r, $2, r, k }
        $1 != "h1" { s += $4; n++ } { m = m sprintf("%s.share.%s\t%s\t%%.3f\n%s.sharenc.%s\t%s\t%%.3f\n%s.keys.%s\t%s\ttext\n", r, $1, $5, r, $1, $6, r, $1, $3) }
        END { printf "%s.same\t%d\tint\n%s", r, s == n, m }' $d/keys.tsv
    awk -F'\t' -v r=$r -v m=$((2 * nk)) 'NR == 1 { for (i = 2; i <= NF; i++) name[i] = $i } $1 == m { for (i = 2; i <= NF; i++) printf "%s.svd.%s\t%s\t%%.3f\n", r, name[i], $i }' $d/svd_energy.tsv
    awk -F'\t' -v r=$r '!/^#/ { hi = $4 > $5 ? $4 : $5; lo = $4 < $5 ? $4 : $5
            if ($2 == 1) { if (kmax == "" || hi > kmax) kmax = hi; if (kmin == "" || lo < kmin) kmin = lo
                           printf "%s.fm.%d.c\t%s\tsci3\n%s.fm.%d.s\t%s\tsci3\n%s.wout.%d\t%s\t%%.3f\n", r, $1, $4, r, $1, $5, r, $1, $3 }
            else if (nmin == "" || lo < nmin) nmin = lo }
        END { printf "%s.fm.key_max\t%s\tsci3\n%s.fm.key_min\t%s\tsci3\n%s.fm.nonkey_min\t%s\t%%.2f\n", r, kmax, r, kmin, r, nmin }' $d/fm.tsv
    awk -F'\t' -v r=$r '!/^#/ { s += $3; n++; on += $4 } END { printf "%s.fve_mean\t%s\t%%.2f\n%s.neurons_on_keys\t%d\tint\n%s.neurons\t%d\tint\n", r, s / n, r, on, r, n }' $d/neurons.tsv
    awk -F'\t' -v r=$r -v nk=$nk '/^#/ { next }
        $1 == "single" || $1 == "control" { if (!($1 in lo) || $5 < lo[$1]) lo[$1] = $5 }
        $1 == "top" { top[$2 "." $3] = $5; if ($3 == nk && $2 == "both") tk = $5 }
        $1 == "none" { printf "%s.abl.none\t%s\t%%.4f\n", r, $5 }
        END { # top m at m = 2, 3, 4 (quoted in the text) at every site, n/a past |K|
              split("input output both", site, " ")
              for (i = 1; i <= 3; i++) for (m = 2; m <= 4; m++) if (!((site[i] "." m) in top)) top[site[i] "." m] = "nan"
              for (key in top) printf "%s.abl.top.%s\t%s\t%%.3f\n", r, key, top[key]
              printf "%s.abl.single_min\t%s\t%%.4f\n%s.abl.topk_both\t%s\t%%.4f\n%s.abl.control_min\t%s\t%%.4f\n", r, lo["single"], r, tk, r, lo["control"] }' $d/ablation.tsv
    awk -F'\t' -v r=$r '$1 == "accuracy" { printf "%s.lowrank_acc\t%s\t%%.4f\n", r, $2 } $1 == "rank" { printf "%s.lowrank_rank\t%s\tint\n", r, $2 }' $d/lowrank.tsv
done
awk -F'\t' '!/^#/ { n++; g += $5; if ($5) { k++; sx += $6; sy += $8; sxx += $6 * $6; syy += $8 * $8; sxy += $6 * $8 } }
    END { printf "tradeoff.runs\t%d\tint\ntradeoff.grokked\t%d\tint\n", n, g
          c = (k > 1 && (k * sxx - sx * sx) > 0 && (k * syy - sy * sy) > 0) ? (k * sxy - sx * sy) / sqrt((k * sxx - sx * sx) * (k * syy - sy * sy)) : "NaN"
          printf "tradeoff.corr\t%s\t%%.2f\n", c }' $dir/tradeoff.tsv
