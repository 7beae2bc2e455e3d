# lib.awk — helpers shared by the Swaroop 2026 table and macro scripts
# (awk -f lib.awk -f SCRIPT.awk ...): LaTeX macro names, LaTeX formatting of
# numbers and strings, reading key/value files. POSIX awk (mawk runs it);
# no I/O of its own.

# camel("clean.val_acc") = "CleanValAcc", camel("beta1") = "BetaOne": a
# LaTeX-safe macro name part (letters only) from a key.
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

function isnan(v) { return v == "" || tolower(v) ~ /^[-+]?nan$/ || v == "-" || v == "—" }

# texesc(s): s with LaTeX's special characters escaped, for text mode.
function texesc(s) {
    gsub(/\\/, "\\textbackslash{}", s)
    gsub(/[_%&#$]/, "\\\\&", s)
    gsub(/[{}]/, "\\\\&", s)
    gsub(/~/, "\\textasciitilde{}", s)
    gsub(/\^/, "\\textasciicircum{}", s)
    return s
}

# tex(s): a number as printed ("0.9991", "-27.0052", "1e-3", "<0.0001",
# ">=0.998", "<1e-6") for LaTeX, usable in text and in maths (the maths is
# wrapped in \ensuremath); anything else is escaped text.
function tex(s,    pre, m, e, out) {
    if (isnan(s)) return "\\textrm{n/a}"
    pre = ""
    if (s ~ /^<=/) { pre = "\\leq "; s = substr(s, 3) }
    else if (s ~ /^>=/) { pre = "\\geq "; s = substr(s, 3) }
    else if (s ~ /^</) { pre = "<"; s = substr(s, 2) }
    else if (s ~ /^>/) { pre = ">"; s = substr(s, 2) }
    if (s ~ /^[-+]?[0-9]*\.?[0-9]+[eE][-+]?[0-9]+$/) {
        m = s; sub(/[eE].*/, "", m)
        e = s; sub(/^[^eE]*[eE]/, "", e); e = sprintf("%d", e + 0)
        if (m + 0 == 1) out = "10^{" e "}"
        else if (m + 0 == -1) out = "-10^{" e "}"
        else out = m "\\times 10^{" e "}"
        return "\\ensuremath{" pre out "}"
    }
    if (s ~ /^-[0-9.]+$/) return "\\ensuremath{" pre "-" substr(s, 2) "}"
    if (s ~ /^[+]?[0-9.]+$/) return (pre == "" ? "" : "\\ensuremath{" pre "}") s
    return (pre == "" ? "" : "\\ensuremath{" pre "}") texesc(s)
}

# fmt(v, f): our value v for the report. f is a printf format ("%.4f"),
# "int", "sci" (p-values: 2 significant digits as a power of ten) or "text"
# (underscores read as spaces). NaN prints as n/a.
function fmt(v, f,    s) {
    if (f == "text") { gsub(/_/, " ", v); return texesc(v) }
    if (isnan(v)) return "\\textrm{n/a}"
    if (f == "int") return tex(sprintf("%d", v))
    if (f == "sci") {
        if (v + 0 == 0) return "\\ensuremath{<10^{-300}}"
        s = sprintf("%.1e", v)
        return tex(s)
    }
    return tex(sprintf(f, v))
}

# bold(s): s in bold (works for text and inline maths)
function bold(s) { return "\\textbf{" s "}" }
