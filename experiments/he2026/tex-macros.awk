# tex-macros.awk — He et al. 2026: every number the report quotes, as LaTeX
# macros: \He<Key> (ours, formatted) from numbers.tsv, \HePaper<Key> (the
# paper's, as printed) from paper-values.tsv, and \HeArg<Run><Flag> for the
# flags of every args file (the value used).
#
#   awk -F'\t' -f lib.awk -f tex-macros.awk kind=numbers numbers.tsv kind=paper paper-values.tsv \
#       kind=args name=ROne r1.args ...
# Two keys with the same macro name are an error.
kind == "args" {
    line = $0; sub(/#.*/, "", line)
    n = split(line, tok, /[ \t]+/)
    for (i = 1; i <= n; i++) {
        if (tok[i] !~ /^--/) continue
        flag = substr(tok[i], 3)
        v = (i < n && tok[i + 1] != "" && tok[i + 1] !~ /^--/) ? tok[++i] : "yes"
        m = "HeArg" camel(name) camel(flag)
        if (!(m in seen)) def(m, tex(v))
    }
    next
}
function def(m, v) {
    if (m in seen) { printf "tex-macros: macro \\%s defined twice\n", m > "/dev/stderr"; bad = 1; exit 1 }
    seen[m] = 1
    printf "\\newcommand{\\%s}{%s}\n", m, v
}
END { if (bad) exit 1 }
