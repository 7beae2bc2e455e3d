#!/bin/sh
# versions.sh — the software the report was built with, as LaTeX: macros
# \GitRevision and \BuildKernel, and \VersionTable (a tabular of compiler,
# OpenBLAS, gnuplot, pdfTeX, GNU Make, awk, kernel).
#
#   sh paper/versions.sh CC > paper/generated/<profile>/versions.tex
#
# CC is the C compiler the Makefile uses. A tool that is missing reads
# "not found". Everything is read from the tools themselves at build time;
# the OpenBLAS version is the one the linker finds (openblas_get_config,
# with the kernels the tools run on),
# falling back to the installed header. No date: the file changes only when
# a version does, so an unchanged build does not rebuild the report.
export LC_ALL=C
cc=${1:-cc}

# first(CMD...): the first line CMD prints, or "not found"
first() { out=$("$@" 2>/dev/null | head -n 1) && [ -n "$out" ] && printf '%s' "$out" || printf 'not found'; }
# tex(STR): STR escaped for LaTeX text
tex() { printf '%s' "$1" | sed -e 's/\\/\\textbackslash{}/g' -e 's/[_%&#$]/\\&/g' -e 's/[{}]/\\&/g' \
    -e 's/~/\\textasciitilde{}/g' -e 's/\^/\\textasciicircum{}/g'; }

openblas() {
    dir=$(mktemp -d) || return 1
    # the kernels as the tools pick them (src/lib/blas.h), not the library's first guess
    printf '#include <stdio.h>\n#include "blas.h"\nchar *openblas_get_config(void);\nint main(int c, char **v) { (void)c; blas_use_native_kernels(v); puts(openblas_get_config()); return 0; }\n' > "$dir/v.c"
    if "$cc" -Isrc/lib "$dir/v.c" src/lib/blas.c -lopenblas -o "$dir/v" 2>/dev/null && "$dir/v"; then :; else
        h=$(ls /usr/include/*/openblas_config.h /usr/include/openblas_config.h /usr/include/*/openblas*/openblas_config.h 2>/dev/null | head -n 1)
        if [ -n "$h" ]; then sed -n 's/.*OPENBLAS_VERSION *" *\(.*[^ ]\) *".*/\1 (header)/p' "$h" | head -n 1; else echo "not found"; fi
    fi
    rm -rf "$dir"
}

rev=$(git describe --always --dirty 2>/dev/null || echo unknown)
kernel=$(uname -srm 2>/dev/null || echo unknown)
awkv=$(first awk -W version)
[ "$awkv" = "not found" ] && awkv=$(first awk --version)

printf '\\newcommand{\\GitRevision}{%s}\n' "$(tex "$rev")"
printf '\\newcommand{\\BuildKernel}{%s}\n' "$(tex "$kernel")"
printf '\\newcommand{\\VersionTable}{%%\n\\begin{tabular}{@{}l>{\\raggedright\\arraybackslash}p{0.7\\textwidth}@{}}\n\\toprule\nSoftware & Version \\\\\n\\midrule\n'
row() { printf '%s & \\texttt{%s} \\\\\n' "$1" "$(tex "$2")"; }
row "C compiler ($(tex "$cc"))" "$(first "$cc" --version)"
row "OpenBLAS" "$(openblas | head -n 1)"
row "gnuplot" "$(first gnuplot --version)"
row "pdf\\TeX" "$(first pdflatex --version)"
row "GNU Make" "$(first make --version)"
row "awk" "$awkv"
row "Kernel" "$kernel"
row "Source revision" "$rev"
printf '\\bottomrule\n\\end{tabular}}\n'
