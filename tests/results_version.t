#!/usr/bin/env bash
# results_version — the transformer's own results version (src/lib/opt.h,
# opt_results_part): "bin/train --results-version" prints train's line alone
# whatever the MLP or RNN family, "--family transformer" adds
# TF_RESULTS_VERSION in any flag order or from a flags file, and in the
# experiment graph exactly the transformer runs depend on its stamp
# build/stamp/train-transformer. Run from the repository root after `make all`.
set -u
. tests/tap.sh
echo "1..6"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

plain=$(bin/train --results-version)
tf_version=$(awk '$1 == "#define" && $2 == "TF_RESULTS_VERSION" { print $3 }' src/lib/transformer.h)
t "train --results-version prints one line, train's version ('$plain')" "[[ '$plain' =~ ^train\ results\ [0-9]+\.[0-9]+$ ]]"
t "the MLP and RNN families print the same line" \
  "[ \"\$(bin/train --family mlp --results-version)\" = '$plain' ] && [ \"\$(bin/train --family rnn --results-version)\" = '$plain' ]"
printf -- '--family transformer # a flags file\n' > "$tmp/tf.args"
want="$plain, --family transformer $tf_version"
t "--family transformer adds TF_RESULTS_VERSION ($tf_version), before or after the flag or from a flags file" \
  "[ \"\$(bin/train --family transformer --results-version)\" = '$want' ] \
   && [ \"\$(bin/train --results-version --family=transformer)\" = '$want' ] \
   && [ \"\$(bin/train @$tmp/tf.args --results-version)\" = '$want' ]"

# targets whose prerequisites name the transformer stamp, in both profiles
for profile in quick full; do
  make -pq PROFILE=$profile 2> /dev/null | grep -E '^[^#].*:.*build/stamp/train-transformer' | cut -d: -f1 | tr ' ' '\n'
done | sort -u > "$tmp/dependents"
# the runs whose flags name the transformer family
grep -l -E -- '--family[ =]transformer' experiments/*/{quick,full}/*.args | sort > "$tmp/tf-args"
t "every transformer run's flags file is one of Li's tf*/g* runs ($(wc -l < "$tmp/tf-args") files)" \
  "! grep -v -E '^experiments/li2025/(quick|full)/(tf|g)[0-9]+\.args$' $tmp/tf-args && [ -s $tmp/tf-args ]"
missing=$(while read -r f; do
  p=$(basename "$(dirname "$f")") r=$(basename "$f" .args)
  case $r in g[0-9]*) r='g%' ;; esac   # the grokking runs g<k>-s<seed>: one pattern rule
  grep -q -E "^data/$p/li2025/$r(-s[0-9]+)?/model.npz$" "$tmp/dependents" || echo "$f"
done < "$tmp/tf-args")
t "each of their models depends on build/stamp/train-transformer${missing:+ (not: $missing)}" "[ -z '$missing' ]"
# and the pattern rules of their variants: the equals sequence and the initial weights (tfK-eq, tfK-init)
t "and nothing else does" "! grep -v -E '^data/(quick|full)/li2025/(tf[0-9]+|tf%-(eq|init)|g%)/(model.npz|trajectory.npz|log.tsv)$' $tmp/dependents"
exit $((failed > 0))
