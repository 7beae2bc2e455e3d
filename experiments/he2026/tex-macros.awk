# tex-macros.awk — He et al. 2026: \HeArg<Run><Flag>, the value of every flag
# of every flags file as written (\He<Key> and \HePaper<Key> come from the
# shared experiments/tex-macros.awk). It reads the flags files itself, until
# every tool prints its settings (--print-config) and the shared writer's
# kind=config replaces it.
#
#   awk -F'\t' -f lib.awk -f tex-macros.awk kind=args name=r1 r1.args ...
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
