# tex-macros.awk — Li et al. 2025: numbers.tsv ("Key<TAB>value") as LaTeX
# macros \Li<Key>{value}. Two equal keys are an error.
#   awk -F'\t' -f tex-macros.awk numbers.tsv
!/^#/ && NF >= 2 {
    if ($1 in seen) { printf "tex-macros: key %s twice\n", $1 > "/dev/stderr"; bad = 1; exit 1 }
    seen[$1] = 1
    printf "\\newcommand{\\Li%s}{%s}\n", $1, $2
}
END { if (bad) exit 1 }
