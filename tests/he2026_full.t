#!/usr/bin/env bash
# he2026_full — the acceptance checks of the He et al. (2026) reproduction
# (experiments/he2026/checks.tsv: loss curves against the authors', stage
# boundaries, final test accuracy, phase alignment, activation swap, the
# lottery winner of neuron 40, ODE, contour, Tables 2-3, ...) applied to the
# full profile's numbers, one TAP line per check. The full profile takes
# minutes to train, so this test reads what `make he2026-tables` built and
# skips when it has not been built; it never trains.
set -u
numbers=data/full/he2026/numbers.tsv
if [ ! -r "$numbers" ]; then echo "1..0 # SKIP $numbers not built (make he2026-tables)"; exit 0; fi
awk -F'\t' -f experiments/lib.awk -f experiments/he2026/tables.awk part=checks-tsv \
    kind=numbers "$numbers" kind=paper experiments/he2026/paper-values.tsv kind=checks experiments/he2026/checks.tsv |
awk -F'\t' '{ n++; line[n] = sprintf("%s - %s: ours %s, paper %s", $2 == "yes" ? "ok " n : ($2 == "n/a" ? "ok " n " # SKIP" : "not ok " n), $1, $3, $4 == "" ? "-" : $4); bad += $2 == "no" }
    END { print "1.." n; for (i = 1; i <= n; i++) print line[i]; exit bad > 0 }'
