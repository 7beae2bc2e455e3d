#!/usr/bin/env bash
# figure_deps — every figure's rule names, among its prerequisites, each
# gnuplot script that its own scripts load (load '...', followed through
# the scripts they load in turn), so that editing a shared script such as
# figures/columns.gp redraws every figure that reads it. From make's rule
# database of both profiles (make -p, nothing is run).
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
echo "1..2"
unset MAKEFLAGS MAKELEVEL

# loads GP...: the scripts GP loads, directly or through the scripts they load
loads() {
    local todo=" $* " seen=" " f
    while [ -n "${todo// /}" ]; do
        set -- $todo
        f=$1
        shift
        todo=" $* "
        case $seen in *" $f "*) continue ;; esac
        seen="$seen$f "
        todo="$todo $(sed -n "s/^[[:space:]]*load '\([^']*\.gp\)'.*/\1/p" "$f" 2> /dev/null | tr '\n' ' ')"
    done
    echo $seen
}

# missing PROFILE: "FIGURE: SCRIPT" for each loaded script a figure's rule does not name
missing() {
    make -pnq PROFILE=$1 figures 2> /dev/null | grep -E "^figures/$1/[^:]+\.pdf:" | while read -r target prereqs; do
        target=${target%:}
        scripts=$(for p in $prereqs; do case $p in *.gp) echo "$p" ;; esac; done)
        [ -n "$scripts" ] || continue
        for s in $(loads $scripts); do
            case " $prereqs " in *" $s "*) ;; *) echo "$target: $s" ;; esac
        done
    done
}

for p in quick full; do
    figs=$(make -pnq PROFILE=$p figures 2> /dev/null | grep -cE "^figures/$p/[^:]+\.pdf:")
    out=$(missing $p)
    t "$p: each of the $figs figures' rules names every gnuplot script its scripts load" \
        "[ $figs -gt 0 ] && [ -z \"\$out\" ] || { echo \"\$out\" | head -n 20 | sed 's/^/# /'; false; }"
done
exit $((failed > 0))
