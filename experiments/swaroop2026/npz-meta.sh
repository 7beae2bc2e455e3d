#!/bin/sh
# npz-meta.sh — Swaroop 2026: what an .npz of the pipeline records about how
# it was made (its meta.txt member), so that values such as a run's label
# noise come from the data rather than from a directory's name.
#
#   npz-meta.sh KEY NPZ...      the value of the line KEY=VALUE (spaces read as underscores)
#   npz-meta.sh --FLAG NPZ...   the value the tool was given for --FLAG on its
#                               recorded command line (the last one given)
#
# Prints one value per NPZ on one line, separated by spaces; NaN where the
# key or flag is absent. Without unzip, the lines are found in the file
# itself: the pipeline writes .npz members uncompressed.
set -eu
[ $# -ge 2 ] || { echo "usage: npz-meta.sh KEY|--FLAG NPZ..." >&2; exit 2; }
key=$1; shift
sep=
for f in "$@"; do
    [ -r "$f" ] || { echo "npz-meta.sh: $f: cannot read" >&2; exit 1; }
    if command -v unzip > /dev/null 2>&1; then unzip -p "$f" meta.txt; else grep -a '^[a-z_]*=' "$f"; fi |
        awk -F= -v k="$key" -v sep="$sep" '
            k ~ /^--/ && $1 == "command" { n = split($0, w, " "); for (i = 1; i < n; i++) if (w[i] == k) v = w[i + 1] }
            k !~ /^--/ && $1 == k { sub(/^[^=]*=/, ""); gsub(/ /, "_"); v = $0 }
            END { printf "%s%s", sep, (v == "" ? "NaN" : v) }'
    sep=' '
done
echo
