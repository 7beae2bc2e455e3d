# lib.awk — the one awk library of every paper's report scripts: macro names
# from keys, LaTeX escaping and formatting of numbers, reading numbers.tsv
# and paper-values.tsv, booktabs tables and the comparisons of checks.
# Loaded before the script that uses it:
#   awk -f experiments/lib.awk -f SCRIPT.awk ...   ($(AWK_LIB) SCRIPT.awk)
# POSIX awk (mawk runs it); it reads no file of its own.

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

function isnan(v) { return v == "" || tolower(v) ~ /^[-+]?nan$/ || v == "-" || v == "—" }
function isnum(v) { return v ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/ }
# bold(s): s in bold (text or inline maths); abs(x): |x|
function bold(s) { return "\\textbf{" s "}" }
function abs(x) { return x < 0 ? -x : x }

# tex(s): a number as printed ("0.9991", "-27.0052", "4.8e-7", "<0.0001",
# ">=0.998") for LaTeX, in text or in maths (the maths is wrapped in
# \ensuremath); NaN reads n/a; anything else is escaped text.
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

# sci(v, n): n significant digits, plain below 1e4 and from 1e-3, else "a e b"
function sci(v, n,    a, d) {
    a = v < 0 ? -v : v
    if (a == 0) return "0"
    if (a >= 1e-3 && a < 1e4) {
        d = n - 1 - int(log(a) / log(10) + (a < 1 ? -0.9999999 : 0))
        if (d < 0) d = 0
        return sprintf("%." d "f", v)
    }
    return sprintf("%." (n - 1) "e", v)
}

# fmt(v, f): our value v for the report. f is a printf format ("%.4f"),
# "int", "sci2" / "sci3" (2 or 3 significant digits, sci()), "sci" (p-values:
# 2 significant digits as a power of ten) or "text" (underscores read as
# spaces). NaN prints as n/a.
function fmt(v, f) {
    if (f == "text") { gsub(/_/, " ", v); return texesc(v) }
    if (isnan(v)) return "\\textrm{n/a}"
    if (f == "int") return tex(sprintf("%d", v))
    if (f == "sci2") return tex(sci(v, 2))
    if (f == "sci3") return tex(sci(v, 3))
    if (f == "sci") return v + 0 == 0 ? "\\ensuremath{<10^{-300}}" : tex(sprintf("%.1e", v))
    return tex(sprintf(f, v))
}

# significant digits printed in a paper value ("0.030" -> 2, "4.8e-7" -> 2, "503" -> 3)
function sigdigits(s,    m) {
    m = s; sub(/[eE].*/, "", m); sub(/^[-+]/, "", m); sub(/\./, "", m); sub(/^0+/, "", m)
    return length(m) ? length(m) : 1
}
# same(a, b, n): a and b agree to n significant digits
function same(a, b, n) {
    if (a + 0 == 0 || b + 0 == 0) return a + 0 == b + 0
    return sprintf("%." (n - 1) "e", a) == sprintf("%." (n - 1) "e", b)
}

# A booktabs tabular: begin_table(COLUMNS, HEAD) opens it, HEAD being the
# header row(s) without the last \\ (the rule under them follows); then the
# rows; end_table() closes it
function begin_table(cols, head) { printf "\\begin{tabular}{%s}\n\\toprule\n%s \\\\\n\\midrule\n", cols, head }
function end_table() { print "\\bottomrule\n\\end{tabular}" }
# paper_cell(x): a paper's value in a table, "---" where the paper gives none
function paper_cell(x) { return isnan(x) ? "---" : tex(x) }
# compare(a, op, b): a OP b, OP one of < <= > >= ==
function compare(a, op, b) { return op == "<" ? a < b : op == "<=" ? a <= b : op == ">" ? a > b : op == ">=" ? a >= b : a == b }

# A check (a row of a paper's checks.tsv): a rule on our value x, with the
# paper's value y where the rule needs it, and the rule's arguments a and b:
#   < <= > >= == a   x against the constant a
#   in a b           a <= x <= b
#   absle a          |x| <= a
#   relpaper a       |x / y - 1| <= a
#   absdiff a        |x - y| <= a
#   sig a            x and y agree to a significant digits, or to as many as
#                    y prints when fewer (agreement at y's own precision also
#                    counts: 0.0155 is 1.5e-2 in binary rounding)
# check_verdict(rule, x, y, a, b): "yes", "no", or "n/a" when a value it
# needs is missing or the rule is unknown; check_criterion(rule, a, b): the
# rule as the report prints it
function check_verdict(rule, x, y, a, b,    ok) {
    if (isnan(x) || !isnum(x)) return "n/a"
    a += 0; b += 0
    if (rule ~ /^(<|<=|>|>=|==)$/) ok = compare(x + 0, rule, a)
    else if (rule == "in") ok = x + 0 >= a && x + 0 <= b
    else if (rule == "absle") ok = abs(x) <= a
    else if (isnan(y) || !isnum(y)) return "n/a"
    else if (rule == "relpaper") ok = abs(x / y - 1) <= a
    else if (rule == "absdiff") ok = abs(x - y) <= a
    else if (rule == "sig") ok = same(x, y, sigdigits(y) < a ? sigdigits(y) : a) || same(x, y, sigdigits(y))
    else return "n/a"
    return ok ? "yes" : "no"
}
function check_criterion(rule, a, b) {
    if (rule == ">=" || rule == "<=") return "$\\" (rule == ">=" ? "ge" : "le") " " a "$"
    if (rule ~ /^(<|>|==)$/) return "$" (rule == "==" ? "=" : rule) " " a "$"
    if (rule == "in") return "$[" a ", " b "]$"
    if (rule == "absle") return "$|x| \\le " a "$"
    if (rule == "relpaper") return "within " a * 100 "\\%"
    if (rule == "absdiff") return "$\\pm " a "$"
    if (rule == "sig") return a " sig.\\ digits"
}

# the files: kind=numbers NUMBERS.tsv (key value fmt), kind=paper PAPER.tsv (key value where)
function load_line() {
    if ($0 ~ /^#/ || NF < 2) return 0
    if (kind == "numbers") { ours[$1] = $2; ofmt[$1] = $3; return 1 }
    if (kind == "paper") { paper[$1] = $2; where[$1] = $3; return 1 }
    return 0
}
