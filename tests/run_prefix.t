#!/usr/bin/env bash
# run_prefix — the RUN and RUN_TRAIN prefixes of the experiment graph, from
# make's dry run (make -n -B: every recipe of figures and paper, nothing run):
#
#   - every tool call that makes data carries $(RUN_TRAIN) (bin/train) or
#     $(RUN) (every other tool), so that make -n shows the srun lines and
#     no tool is left behind on the machine that runs make;
#   - nothing else does: mkdir, tee, stamps (--results-version), a run's
#     settings (--print-config), figures, the report and its macros stay
#     where make runs;
#   - RUN_TRAIN is RUN unless set;
#   - with both empty (the default), the recipes are those with the markers
#     taken out: the prefixes change nothing else.
# The full profile's graph needs the He fixtures (experiments/he2026/authors): skipped without.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..9"
unset RUN RUN_TRAIN MAKEFLAGS MAKELEVEL

# calls PLAN: the tool calls of a dry run, one per line as "MARKER TOOL
# REST-OF-LINE" (MARKER: RUNPREFIX, TRAINPREFIX or -), without compiler lines (-o
# bin/TOOL)
calls() {
    awk '{
        line = $0
        while (match(line, /(RUNPREFIX |TRAINPREFIX )?bin\/[a-z-]+/)) {
            pre = substr(line, 1, RSTART - 1); tok = substr(line, RSTART, RLENGTH)
            line = substr(line, RSTART + RLENGTH)
            if (pre ~ /(-o |[\/A-Za-z0-9_.-])$/) continue
            marker = tok ~ /PREFIX / ? tok : "-"; sub(/ .*/, "", marker)
            tool = tok; sub(/^[A-Z]+PREFIX /, "", tool); sub(/^bin\//, "", tool)
            print marker, tool, line
        }
    }' "$1"
}
# check PLAN: the lines of a dry run with markers that break the rules
check() {
    calls "$1" | awk '
        $3 == "--results-version" || ($3 == "--family" && $5 == "--results-version") || $3 == "--help" || / --print-config( |$)/ {
            if ($1 != "-") print "local step prefixed: " $0
            next
        }
        $2 == "train" { if ($1 != "TRAINPREFIX") print "training without RUN_TRAIN: " $0; next }
        { if ($1 != "RUNPREFIX") print "tool call without RUN: " $0 }'
    grep -E '@(RUN|TRAIN)@ +(mkdir|tee|cp|mv|rm|gnuplot|awk|printf|pdflatex|cmp)\b' "$1" | sed 's/^/local command prefixed: /'
}

for p in quick full; do
    if ! make -n -B PROFILE=$p figures paper RUN=RUNPREFIX RUN_TRAIN=TRAINPREFIX > $p.plan.tmp$$ 2> $p.err.tmp$$; then
        for i in 1 2 3 4; do n=$((n + 1)); echo "ok $n - $p profile # SKIP make -n fails: $(head -n 1 $p.err.tmp$$)"; done
        rm -f $p.*.tmp$$
        continue
    fi
    ntrain=$(calls $p.plan.tmp$$ | awk '$1 == "TRAINPREFIX"' | wc -l)
    nrun=$(calls $p.plan.tmp$$ | awk '$1 == "RUNPREFIX"' | wc -l)
    bad=$(check $p.plan.tmp$$)
    t "$p: every tool call has its prefix, and no local step has one ($ntrain training calls, $nrun other calls)" \
        "[ $ntrain -gt 0 ] && [ $nrun -gt 0 ] && [ -z \"\$bad\" ] || { echo \"\$bad\" | head -n 20 | sed 's/^/# /'; false; }"
    t "$p: the training runs are tee'd to train.out where make runs" \
        "! grep -q 'TRAINPREFIX.*| *@' $p.plan.tmp$$ && grep -q 'TRAINPREFIX bin/train .*| tee .*train.out' $p.plan.tmp$$"
    make -n -B PROFILE=$p figures paper RUN=RUNPREFIX > $p.run.tmp$$ 2>&1
    t "$p: RUN_TRAIN is RUN unless set (every training call then has RUNPREFIX)" \
        "[ \$(calls $p.run.tmp$$ | awk '\$2 == \"train\" && \$1 == \"RUNPREFIX\"' | wc -l) = $ntrain ]"
    make -n -B PROFILE=$p figures paper > $p.none.tmp$$ 2>&1
    t "$p: with RUN and RUN_TRAIN empty the recipes are the same but for the markers" \
        "diff <(sed 's/RUNPREFIX//g; s/TRAINPREFIX//g' $p.plan.tmp$$ | tr -s ' ' | sed 's/^ //') <(tr -s ' ' < $p.none.tmp$$ | sed 's/^ //') > /dev/null && ! grep -q PREFIX $p.none.tmp$$"
    rm -f $p.*.tmp$$
done

# a rule without its prefix is caught (the check can fail)
printf '%s\n' 'mkdir -p data/x' 'RUNPREFIX bin/features m.npz -o a.tsv' 'bin/predict m.npz -o b.tsv' \
    'RUNPREFIX bin/train --data d.npz -o m.npz 2>&1 | tee train.out >&2' > bad.tmp$$
t "the check finds a tool call without RUN and a training call with RUN instead of RUN_TRAIN" \
    "[ \$(check bad.tmp$$ | wc -l) = 2 ]"
rm -f bad.tmp$$
exit $((failed > 0))
