# tex-macros.awk — Swaroop 2026: every number the report quotes, as LaTeX
# macros (\newcommand), from the files that hold them.
#
#   awk -f lib.awk -f tex-macros.awk \
#       kind=numbers numbers.tsv          -> \Sw<Key>        (ours, formatted)
#       kind=paper paper-values.tsv       -> \SwPaper<Key>   (scalars only)
#       kind=help name=Train FILE         -> \SwArgTrain<Flag> = a tool's default
#       kind=args name=Train train.args   -> \SwArgTrain<Flag> = the value used
#
# Key and flag become CamelCase with digits spelled out (lib.awk camel()):
# clean.val_acc -> \SwCleanValAcc, --beta1 -> \SwArgTrainBetaOne. "help" is a
# tool's --help text; its "(default X)" values (and "X = ... (default)")
# stand in for flags that the args file leaves out, so that the report can
# quote them too. A flag given
# without a value reads "yes". Two keys with the same macro name are an error.
BEGIN { FS = "\t" }
kind == "numbers" && !/^#/ && NF >= 2 { def("Sw" camel($1), fmt($2, $3)); next }
kind == "paper" && !/^#/ && NF >= 3 && $2 == "-" { def("SwPaper" camel($1), tex($3)); next }
kind == "help" && /^ *--[a-z]/ && /\(default[^)]*\)/ {
    flag = $0; sub(/^ *--/, "", flag); sub(/[ \t].*/, "", flag)
    d = $0
    if (d ~ /\(default [^)]*\)/) { sub(/.*\(default /, "", d); sub(/\).*/, "", d) }
    else { sub(/ = [^;(]*\(default\).*/, "", d); sub(/.* /, "", d) }   # "0 = full batch (default)"
    gsub(/'/, "", d)
    arg["SwArg" name camel(flag)] = tex(d)
    next
}
kind == "args" {
    line = $0; sub(/#.*/, "", line)
    n = split(line, tok, /[ \t]+/)
    for (i = 1; i <= n; i++) {
        if (tok[i] !~ /^--/) continue
        flag = substr(tok[i], 3)
        v = (i < n && tok[i + 1] != "" && tok[i + 1] !~ /^--/) ? tok[++i] : "yes"
        arg["SwArg" name camel(flag)] = tex(v)
    }
    next
}
function def(m, v) {
    if (m in seen) { printf "tex-macros: macro \\%s defined twice\n", m > "/dev/stderr"; bad = 1; exit 1 }
    seen[m] = 1
    printf "\\newcommand{\\%s}{%s}\n", m, v
}
END {
    if (bad) exit 1
    cnt = 0
    for (m in arg) names[++cnt] = m
    # insertion sort: a stable file for make and for diffs
    for (i = 2; i <= cnt; i++) { x = names[i]; for (j = i - 1; j >= 1 && names[j] > x; j--) names[j + 1] = names[j]; names[j + 1] = x }
    for (i = 1; i <= cnt; i++) def(names[i], arg[names[i]])
}
