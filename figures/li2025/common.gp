# common.gp — Li et al. 2025: reading the tables by column name, after
# figures/style.gp: named(FILE) for a one-block table, named_blocks(FILE) for
# the weights (waves.tsv) and heat maps (heads.tsv), whose blocks each have
# their own '# name<TAB>name...' line (figures/columns.gp)
load 'figures/columns.gp'
# kv(FILE, KEY): the value of KEY in a key<TAB>value table (sparsity --summary)
kv(f, key) = system(sprintf("awk -F'\t' '$1 == \"%s\" { print $2; exit }' '%s'", key, f))
# meta(NPZ, KEY): KEY's value in the meta.txt member of an .npz (datagen's p, k)
meta(f, key) = system(sprintf("unzip -p '%s' meta.txt | awk -F= '$1 == \"%s\" { print $2; exit }'", f, key))
