#!/usr/bin/env bash
# graph_deps — the experiment graph names what each step reads, so that
# touching one input reruns what depends on it. From make's traced dry run
# of both profiles (make -n -B --trace: each target with its prerequisites,
# secondary expansion done, then its recipe; nothing is run):
#   - every file of the repository that a recipe names (a flags file, an awk
#     or shell script, a gnuplot script, a report source) is a prerequisite
#     of the recipe's target;
#   - every figure's rule names each gnuplot script that its scripts load
#     (load '...', followed through the scripts they load in turn), so that
#     editing a shared one such as figures/columns.gp redraws every figure
#     that reads it.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..4"
unset MAKEFLAGS MAKELEVEL RUN RUN_TRAIN
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git ls-files | grep -E '^(experiments|figures|paper)/' > "$tmp/repo-files"
# audit: from a trace, "missing TARGET: FILE" for each repository file a
# recipe names that is not a prerequisite, and for each script a figure's
# scripts load that its rule does not name; then the counts checked
audit() {
    awk -v files="$tmp/repo-files" '
        BEGIN { while ((getline f < files) > 0) repo[f] = 1 }
        # loads(F): add to need[] the gnuplot scripts F loads, and theirs
        function loads(f,    line, s) {
            while ((getline line < f) > 0)
                if (match(line, /^[ \t]*load \047[^\047]*\.gp\047/)) {
                    s = substr(line, RSTART, RLENGTH); sub(/^[ \t]*load \047/, "", s); sub(/\047$/, "", s)
                    if (!(s in need)) { need[s] = 1; loads(s) }
                }
            close(f)
        }
        # a target with its prerequisites, or one without any ("does not exist")
        / update target \047.*\047 due to: | target \047.*\047 does not exist$/ {
            target = $0; sub(/^[^ ]+:[0-9]+: (update )?target \047/, "", target); sub(/\047 (due to: .*|does not exist)$/, "", target)
            pre = $0; if (!sub(/.* due to: /, "", pre)) pre = ""
            split("", have); split("", need); n = split(pre, a, " ")
            for (i = 1; i <= n; i++) have[a[i]] = 1
            if (target ~ /^figures\/[^\/]+\/.*\.pdf$/) {
                figures++
                for (i = 1; i <= n; i++) if (a[i] ~ /\.gp$/) loads(a[i])
                for (s in need) if (!(s in have)) print "missing " target ": " s " (loaded)"
            }
            next
        }
        /^[^ ]+:[0-9]+: / { target = ""; next }
        target != "" {
            n = split($0, w, /[ \t;|<>=\047"(){}@,]+/)
            for (i = 1; i <= n; i++) if (w[i] in repo) { refs++; if (!(w[i] in have)) print "missing " target ": " w[i] }
        }
        END { printf "counts %d %d\n", refs, figures }'
}

for p in quick full; do
    a=$tmp/audit.$p
    make -n -B --trace PROFILE=$p figures paper 2>&1 | audit > "$a"
    read -r _ refs figs < <(grep '^counts' "$a")
    t "$p: every repository file a recipe names is a prerequisite of its target ($refs names checked)" \
        "[ \"\${refs:-0}\" -gt 100 ] && ! grep -v ' (loaded)$' \"$a\" | grep -q '^missing' \
         || { grep -v ' (loaded)$' \"$a\" | grep '^missing' | head -n 20 | sed 's/^/# /'; false; }"
    t "$p: each of the $figs figures' rules names every gnuplot script its scripts load" \
        "[ \"\${figs:-0}\" -gt 0 ] && ! grep -q ' (loaded)$' \"$a\" || { grep ' (loaded)$' \"$a\" | head -n 20 | sed 's/^/# /'; false; }"
done
exit $((failed > 0))
