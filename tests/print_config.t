#!/usr/bin/env bash
# print_config — every tool answers --print-config (src/lib/opt.h) with one
# KEY<TAB>VALUE line per flag that its --help lists, in the same order, and
# exits 0 without any positional argument; a real flags file's values come
# through as written, and the -o file is never written. Run from the
# repository root after `make all`.
set -u
. tests/tap.sh
tools=(bin/*)
echo "1..$((${#tools[@]} + 4))"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for tool in "${tools[@]}"; do
  "$tool" --help | awk '$1 ~ /^--/ && $1 != "--help" && $1 != "--results-version" && $1 != "--print-config" { print substr($1, 3) }' > "$tmp/help-keys"
  "$tool" --print-config > "$tmp/config"; status=$?
  t "$tool --print-config: exit 0, the flags of --help in order ($(wc -l < "$tmp/help-keys"))" \
    "[ $status = 0 ] && [ -s $tmp/help-keys ] && cut -f1 $tmp/config | cmp -s - $tmp/help-keys && ! grep -q -v -P '^[a-z0-9-]+\t.+$' $tmp/config"
done

args=experiments/he2026/full/r1.args
bin/train @$args --data "$tmp/none.npz" --hidden 8 --lr 2e-4 -o "$tmp/model.npz" --print-config > "$tmp/train"; status=$?
t "train @$args: exit 0 and no model written" "[ $status = 0 ] && [ ! -e $tmp/model.npz ] && ! ls $tmp | grep -q tmp"
t "the flags file's values as written, the command line's last, defaults for the rest" \
  "grep -q -x -P 'beta2\t0.98' $tmp/train && grep -q -x -P 'eps\t1e-8' $tmp/train && grep -q -x -P 'lr\t2e-4' $tmp/train \
   && grep -q -x -P 'hidden\t8' $tmp/train && grep -q -x -P 'output\t$tmp/model.npz' $tmp/train \
   && grep -q -x -P 'batch\t0' $tmp/train && grep -q -x -P 'plateau-delta\t0.0001' $tmp/train && grep -q -x -P 'bias\tno' $tmp/train"
bin/datagen --p 7 --train-frac 0.5 -o "$tmp/data.npz" --print-config > "$tmp/datagen"; status=$?
t "datagen -o FILE --print-config: exit 0, no dataset written" "[ $status = 0 ] && [ ! -e $tmp/data.npz ] && grep -q -x -P 'p\t7' $tmp/datagen"
bin/svd-lowrank --matrix W_in --matrix=W_out --print-config > "$tmp/svd"; status=$?
t "svd-lowrank: a repeated list flag joined by ','" "[ $status = 0 ] && grep -q -x -P 'matrix\tW_in,W_out' $tmp/svd"
exit $((failed > 0))
