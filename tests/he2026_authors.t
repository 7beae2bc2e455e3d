#!/usr/bin/env bash
# he2026_authors — the authors' checkpoints in experiments/he2026/authors/
# are the files their provenance describes: every .npz and .npy there has a
# SHA-256 line in PROVENANCE.md, every line names a file there, and each
# file's checksum is the one listed. A copy with one byte changed must fail
# the same check, so that the check cannot pass without reading the bytes.
set -u
cd "$(dirname "$0")/.."
. tests/tap.sh
dir=experiments/he2026/authors
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the checksum lines of PROVENANCE.md, as sha256sum writes them
grep -E '^[0-9a-f]{64}  [A-Za-z0-9_.-]+$' $dir/PROVENANCE.md > "$tmp/sums"
listed=$(awk '{ print $2 }' "$tmp/sums" | sort)
present=$(cd $dir && ls -1 -- *.npz *.npy 2> /dev/null | sort)
files=$(echo "$listed" | grep -c .)

echo "1..$((files + 4))"
t "PROVENANCE.md lists 15 files (14 .npz, 1 .npy): $files" "[ $files = 15 ]"
t "the files listed are the .npz and .npy files of $dir" "[ '$listed' = '$present' ]"
while read -r sum name; do
    t "$name: SHA-256 as listed" "[ \"\$(sha256sum < $dir/$name | cut -d' ' -f1)\" = $sum ]"
done < "$tmp/sums"
t "sha256sum -c accepts the block as it stands" "(cd $dir && sha256sum --quiet -c '$tmp/sums')"
# the negative control: one byte of a copy changed
mkdir "$tmp/bad"
cp $dir/r1_relu_adamw_init.npz "$tmp/bad/"
printf '\377' | dd of="$tmp/bad/r1_relu_adamw_init.npz" bs=1 seek=1000 conv=notrunc status=none
t "a copy with one byte changed fails the check" \
  "! (cd '$tmp/bad' && grep ' r1_relu_adamw_init.npz\$' '$tmp/sums' | sha256sum --quiet -c > /dev/null 2>&1)"
exit $((failed > 0))
