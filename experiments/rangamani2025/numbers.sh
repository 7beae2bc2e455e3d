#!/bin/sh
# numbers.sh — every number of ours the Rangamani 2025 report quotes, as
# "key<TAB>value<TAB>format" lines (format: a printf format, int, sci2, text),
# from the analyses of each run (rules.mk) and the trade-off table.
#
#   sh numbers.sh DATA_DIR RUN...
# Keys: RUN.test_acc, RUN.train_acc, RUN.norm, RUN.grok_step (first logged
# step with test accuracy >= 0.99; NaN if never), RUN.nkeys, RUN.keys,
# RUN.same (1 when E, A, G and W_out select the same keys), RUN.share.M
# (key-frequency energy share of matrix M), RUN.svd.M (top-2|K| singular
# value energy), RUN.fm.key_max / key_min (largest / smallest FM-fit error
# over the keys, cos and sin), RUN.fm.nonkey_min, RUN.fve_mean,
# RUN.neurons_on_keys, RUN.abl.single_min, RUN.abl.top.SITE.M,
# RUN.abl.topk_both (m = |K|), RUN.abl.control_min, RUN.lowrank_acc,
# RUN.fm.K.c / .s, RUN.wout.K (Table 2), tradeoff.*.
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
        $1 == "single" { if (smin == "" || $5 < smin) smin = $5 }
        $1 == "top" { top[$2 "." $3] = $5; if ($3 == nk && $2 == "both") tk = $5 }
        $1 == "control" { if (cmin == "" || $5 < cmin) cmin = $5 }
        $1 == "none" { printf "%s.abl.none\t%s\t%%.4f\n", r, $5 }
        END { # top m at m = 2, 3, 4 (quoted in the text) at every site, n/a past |K|
              split("input output both", site, " ")
              for (i = 1; i <= 3; i++) for (m = 2; m <= 4; m++) if (!((site[i] "." m) in top)) top[site[i] "." m] = "nan"
              for (key in top) printf "%s.abl.top.%s\t%s\t%%.3f\n", r, key, top[key]
              printf "%s.abl.single_min\t%s\t%%.4f\n%s.abl.topk_both\t%s\t%%.4f\n%s.abl.control_min\t%s\t%%.4f\n", r, smin, r, tk, r, cmin }' $d/ablation.tsv
    awk -F'\t' -v r=$r '$1 == "accuracy" { printf "%s.lowrank_acc\t%s\t%%.4f\n", r, $2 } $1 == "rank" { printf "%s.lowrank_rank\t%s\tint\n", r, $2 }' $d/lowrank.tsv
done
awk -F'\t' '!/^#/ { n++; g += $5; if ($5) { k++; sx += $6; sy += $8; sxx += $6 * $6; syy += $8 * $8; sxy += $6 * $8 } }
    END { printf "tradeoff.runs\t%d\tint\ntradeoff.grokked\t%d\tint\n", n, g
          c = (k > 1 && (k * sxx - sx * sx) > 0 && (k * syy - sy * sy) > 0) ? (k * sxy - sx * sy) / sqrt((k * sxx - sx * sx) * (k * syy - sy * sy)) : "NaN"
          printf "tradeoff.corr\t%s\t%%.2f\n", c }' $dir/tradeoff.tsv
