# tex-names.awk — the LaTeX helpers every paper's report scripts share:
# macro names from keys and text escaping. Loaded before the paper's own
# helpers: awk -f experiments/tex-names.awk -f LIB.awk -f SCRIPT.awk ...
# POSIX awk (mawk runs it); no I/O.

# camel("r1.alpha.mean") = "ROneAlphaMean": letters only, digits spelled out
function camel(key,    out, parts, n, i, s, c, j, digit) {
    split("Zero One Two Three Four Five Six Seven Eight Nine", digit, " ")
    n = split(key, parts, /[^A-Za-z0-9]+/)
    out = ""
    for (i = 1; i <= n; i++) {
        s = parts[i]
        if (s == "") continue
        out = out toupper(substr(s, 1, 1)) substr(s, 2)
    }
    s = out; out = ""
    for (j = 1; j <= length(s); j++) {
        c = substr(s, j, 1)
        out = out (c ~ /[0-9]/ ? digit[c + 1] : c)
    }
    return out
}

# texesc(s): LaTeX's special characters escaped, for text mode
function texesc(s) {
    gsub(/\\/, "\\textbackslash{}", s)
    gsub(/[_%&#$]/, "\\\\&", s)
    gsub(/[{}]/, "\\\\&", s)
    gsub(/~/, "\\textasciitilde{}", s)
    gsub(/\^/, "\\textasciicircum{}", s)
    return s
}
