# common.gp — Li et al. 2025: reading the tables by column name, after
# figures/style.gp. The tools head a table (and each block of a multi-block
# table) with a '# name<TAB>name...' line, which gnuplot skips as a comment;
# named(FILE) reads FILE with those lines uncommented, so that
# 'using "step":"ratio_all"' finds the columns.
named(f) = sprintf("< sed '/^# [^ ]*\t/s/^# //' '%s' 2>/dev/null", f)
# kv(FILE, KEY): the value of KEY in a key<TAB>value table (sparsity --summary)
kv(f, key) = system(sprintf("awk -F'\t' '$1 == \"%s\" { print $2; exit }' '%s'", key, f))
# meta(NPZ, KEY): KEY's value in the meta.txt member of an .npz (datagen's p, k)
meta(f, key) = system(sprintf("unzip -p '%s' meta.txt | awk -F= '$1 == \"%s\" { print $2; exit }'", f, key))
