# lib.awk — helpers shared by the Swaroop 2026 table and macro scripts
# (awk -f experiments/tex-names.awk -f lib.awk -f SCRIPT.awk ...): LaTeX
# formatting of numbers and strings, reading key/value files. POSIX awk
# (mawk runs it); no I/O of its own.

function isnan(v) { return v == "" || tolower(v) ~ /^[-+]?nan$/ || v == "-" || v == "—" }

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
# abs(x): |x|
function abs(x) { return x < 0 ? -x : x }

# table2_head(second): the header rows of a Table 2-shaped tabular (alpha, a
# second column headed `second`, then Real and the three extractions at the
# final and at the saturation checkpoint), from \toprule to \midrule
function table2_head(second,    h) {
    print "\\toprule"
    print " & & \\multicolumn{4}{c}{Final checkpoint} & \\multicolumn{4}{c}{Saturation checkpoint} \\\\"
    print "\\cmidrule(lr){3-6}\\cmidrule(l){7-10}"
    h = "Real & Sq$\\to$Sq & Sq$\\to$Cos & Cos$\\to$Cos"
    print "$\\alpha$ & " second (second == "" ? "& " : " & ") h " & " h " \\\\"
    print "\\midrule"
}
