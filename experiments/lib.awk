# lib.awk — helpers shared by the He et al. 2026 and Rangamani 2025 macro,
# check and table scripts (awk -f experiments/tex-names.awk -f
# experiments/lib.awk -f SCRIPT.awk ...): LaTeX formatting of numbers,
# reading numbers.tsv and paper-values.tsv. POSIX awk; no I/O.

function isnan(v) { return v == "" || tolower(v) ~ /^[-+]?nan$/ || v == "-" }
function isnum(v) { return v ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/ }

# tex(s): a number as printed ("0.9991", "-2.58", "4.8e-7") for LaTeX text mode
function tex(s,    m, e, out) {
    if (isnan(s)) return "n/a"
    if (s ~ /^[-+]?[0-9]*\.?[0-9]+[eE][-+]?[0-9]+$/) {
        m = s; sub(/[eE].*/, "", m)
        e = s; sub(/^[^eE]*[eE]/, "", e); e = sprintf("%d", e + 0)
        if (e + 0 == 0) return tex(m)
        if (m + 0 == 1) out = "10^{" e "}"
        else if (m + 0 == -1) out = "-10^{" e "}"
        else out = m "\\times 10^{" e "}"
        return "$" out "$"
    }
    if (s ~ /^-[0-9.]+$/) return "$-$" substr(s, 2)
    if (isnum(s)) return s
    return texesc(s)
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

# fmt(v, f): our value for the report: a printf format, "int", "sci2", "sci3", "text"
function fmt(v, f) {
    if (f == "text") return texesc(v)
    if (isnan(v)) return "n/a"
    if (f == "int") return tex(sprintf("%d", v))
    if (f == "sci2") return tex(sci(v, 2))
    if (f == "sci3") return tex(sci(v, 3))
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

# the files: kind=numbers NUMBERS.tsv (key value fmt), kind=paper PAPER.tsv (key value where)
function load_line() {
    if ($0 ~ /^#/ || NF < 2) return 0
    if (kind == "numbers") { ours[$1] = $2; ofmt[$1] = $3; return 1 }
    if (kind == "paper") { paper[$1] = $2; where[$1] = $3; return 1 }
    return 0
}
