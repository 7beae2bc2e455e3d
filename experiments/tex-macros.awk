# tex-macros.awk — every paper's report macros: one \newcommand per key of
# the files that hold them. Before each file set prefix= (how the macros'
# names begin) and kind=, which says what a line holds:
#   numbers  key<TAB>value[<TAB>format]   \<prefix><Key>{fmt(value, format)}
#   paper    key<TAB>value[<TAB>where]    \<prefix><Key>{tex(value)}
#   scalars  key<TAB>-<TAB>value[...]     the same, for the rows of a table
#            whose second column is "-" (one value, not one per alpha level)
#   config   key<TAB>value                \<prefix><Key>{tex(value)}, a
#            tool's effective settings (TOOL @FLAGS --print-config)
#   latex    key<TAB>value                \<prefix><Key>{value}, already LaTeX
# Keys become CamelCase with digits spelled out (camel()): r1.alpha.mean and
# prefix=He give \HeROneAlphaMean. Lines starting with '#' are comments. Two
# macros with the same name are an error.
#
#   awk -F'\t' -f experiments/lib.awk -f experiments/tex-macros.awk \
#       prefix=He kind=numbers numbers.tsv prefix=HePaper kind=paper paper-values.tsv ...
/^#/ || NF < 2 { next }
kind == "numbers" { def($1, fmt($2, $3)); next }
kind == "paper" || kind == "config" { def($1, tex($2)); next }
kind == "scalars" { if ($2 == "-") def($1, tex($3)); next }
kind == "latex" { def($1, $2); next }
{ printf "tex-macros: %s: unknown kind '%s'\n", FILENAME, kind > "/dev/stderr"; bad = 1; exit 1 }
function def(key, v,    m) {
    m = prefix camel(key)
    if (m in seen) { printf "tex-macros: macro \\%s defined twice\n", m > "/dev/stderr"; bad = 1; exit 1 }
    seen[m] = 1
    printf "\\newcommand{\\%s}{%s}\n", m, v
}
END { if (bad) exit 1 }
