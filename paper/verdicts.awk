# verdicts.awk — the report's "Verdicts at a glance": every rule of
# paper/verdicts.tsv applied to the numbers the papers' generated macros
# hold, as a LaTeX table whose every number is one of those macros.
#
#   awk -f experiments/lib.awk -f paper/verdicts.awk part=PART \
#       kind=rules paper/verdicts.tsv kind=macros GENERATED.tex...
#
# GENERATED.tex are the profile's generated files (paper/generated/<profile>/):
# every one-line "\newcommand{\Name}{body}" in them is a macro the rules may
# name (a file whose other lines typeset something may not define a macro the
# table uses: the table reads those files before the papers' sections do);
# other lines are ignored. PART is
#   table  the table (verdicts.tex): claims, numbers, verdicts, the tests with
#          their outcome; no digit outside macro names and \ref labels
#   defs   what the table needs first (verdicts-defs.tex): the generated files
#          it names, read so that the sections can read them again, and the
#          rules' thresholds and constants as macros
#   tsv    one line per claim, for tests: id, verdict, the verdict of the
#          tests alone, tests held, tests, tests n/a, the macros of the paper's
#          and of our side with their values ("name=value,..."; "not given")
#
# A macro's value is the number its body prints ("0.9548", "\ensuremath{-27.0}",
# "$-$1.83", "4.6\times 10^{-90}", "\ensuremath{\geq }0.998" reads 0.998, "10\,000"):
# the verdict is the one a reader gets from the printed numbers. A body that
# prints no number (n/a, nan, text) makes each test that reads it n/a, and an
# n/a test does not hold.
#
# The verdict of a claim: "reproduced" when every test holds, "partly" when
# some do, "not reproduced" when none does; "not testable here" when one of
# its conditions ("if" lines) does not hold, with the tests' own verdict beside
# it. Any error in the rules (an unknown operation or macro, a side without a
# number, a digit typed into a text field) stops with the line that has it.
# POSIX awk (mawk runs it).

BEGIN { FS = "\t"; nclaim = 0; ngroup = 0; nrec = 0; err = 0; rec_open = 0 }

kind == "macros" {
    if ($0 !~ /^\\newcommand\{\\[A-Za-z]+\}\{.*\}[ \t]*$/) {
        # a file that typesets something besides its macros cannot be read before the table
        if ($0 !~ /^[ \t]*(%.*)?$/) { src = FILENAME; sub(/.*\//, "", src); sub(/\.tex$/, "", src); NOTMACROS[src] = 1 }
        next
    }
    line = $0; sub(/[ \t]+$/, "", line)
    name = line; sub(/^\\newcommand\{\\/, "", name); sub(/\}.*/, "", name)
    body = line; sub(/^\\newcommand\{\\[A-Za-z]+\}\{/, "", body); sub(/\}$/, "", body)
    if (name in BODY) next
    src = FILENAME; sub(/.*\//, "", src); sub(/\.tex$/, "", src)
    BODY[name] = body; SRC[name] = src
    next
}

kind == "rules" {
    if ($0 ~ /^#/) next
    if ($0 ~ /^[ \t]*$/) { rec_open = 0; next }
    key = $1; val = $2; lab = $3
    if (!rec_open) {                       # the first line of a record says what it is
        rec_open = 1; nrec++
        if (key == "paper") { ngroup++; cur = "g" ngroup; GROUP[cur] = val; order[nrec] = cur; rtype = "paper"; next }
        if (key == "claim") {
            nclaim++; cur = "c" nclaim; order[nrec] = cur; rtype = "claim"
            if (val in CLAIMID) fail("claim " val " defined twice")
            CLAIMID[val] = cur; ID[cur] = val; LINE[cur] = FNR; NT[cur] = 0; NIF[cur] = 0; NTHR[cur] = 0
            if (val !~ /^[a-z][a-z-]*$/) fail("claim id '" val "': lower-case letters and hyphens")
            next
        }
        if (key == "const") {
            rtype = "const"; cur = ""
            if (val !~ /^\\Vd[A-Za-z]+$/) fail("a constant's name starts with \\Vd and has letters only: '" val "'")
            cname = substr(val, 2); CONST[cname] = ""; CONSTORDER[++nconst] = cname
            next
        }
        fail("a record starts with paper, claim or const, not '" key "'")
    }
    if (rtype == "paper") {
        if (key == "note") { checktext(val, "note"); GNOTE[cur] = val; next }
        fail("unknown field '" key "' of a paper record")
    }
    if (rtype == "const") {
        if (key == "value") { if (!isnumber(val)) fail("a constant's value is a number: '" val "'"); CONST[cname] = val; next }
        if (key == "source") { CSOURCE[cname] = val; next }
        fail("unknown field '" key "' of a const record")
    }
    # a claim's fields
    if (key == "text" || key == "paper" || key == "ours" || key == "evidence" || key == "see") {
        if ((cur, key) in F) fail("field " key " given twice")
        checktext(val, key); F[cur, key] = val
        if (key == "paper" && val !~ /\\[A-Za-z]/ && val !~ /^not given/) fail("the paper's side names a macro or says 'not given'")
        if (key == "paper" && val ~ /^not given/) NOTGIVEN[cur] = 1
        if (key == "ours" && val !~ /\\[A-Za-z]/) fail("our side names a macro")
        next
    }
    if (key == "test" || key == "if") {
        if (lab == "") fail(key " without a label (the third field)")
        checktext(lab, "label")
        parse_test(cur, key, val, lab)
        next
    }
    fail("unknown field '" key "' of a claim")
}

function fail(msg) {
    printf "verdicts: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    err = 1; exit 1
}
function isnumber(s) { return s ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/ }

# checktext(s, what): no digit outside macro names and \ref, \nameref,
# \pageref labels; no & (it would end a cell)
function checktext(s, what,    t) {
    t = s
    gsub(/\\(ref|nameref|pageref|autoref)\*?\{[^}]*\}/, "", t)
    gsub(/\\[A-Za-z]+/, "", t)
    if (t ~ /[0-9]/) fail("a digit typed into the " what " field: numbers come from macros (" s ")")
    if (t ~ /(^|[^\\])&/) fail("an & in the " what " field")
}

# parse_test(c, kind, expr, label): "op A B [C]", operands \Macro, \Macro%
# (its value over 100) or a number (a threshold: a macro of its own)
function parse_test(c, kind, expr, label,    n, tok, op, need, i, k) {
    n = split(expr, tok, / +/)
    op = tok[1]
    need = (op == "ge" || op == "gt" || op == "le" || op == "lt" || op == "eq") ? 2 : \
           (op == "within" || op == "rel" || op == "in") ? 3 : -1
    if (need < 0) fail("unknown operation '" op "' (ge gt le lt eq within rel in)")
    if (n - 1 != need) fail(op " takes " need " operands, not " n - 1)
    if (kind == "if") k = "i" (++NIF[c]); else k = "t" (++NT[c])
    OP[c, k] = op; LABEL[c, k] = label; NARG[c, k] = need
    for (i = 1; i <= need; i++) {
        if (tok[i + 1] ~ /^\\[A-Za-z]+%?$/) ARG[c, k, i] = tok[i + 1]
        else if (isnumber(tok[i + 1])) {
            NTHR[c]++
            ARG[c, k, i] = "\\Vd" camel(ID[c]) substr("ABCDEFGHIJKLMNOPQRSTUVWXYZ", NTHR[c], 1)
            THR[substr(ARG[c, k, i], 2)] = tok[i + 1]; THRREL[substr(ARG[c, k, i], 2)] = (op == "rel" && i == 3)
            THRORDER[++nthr] = substr(ARG[c, k, i], 2)
        } else fail("operand '" tok[i + 1] "': a macro, a macro with %, or a number")
    }
}

# num(body): the number a macro body prints, or "" when it prints none
function num(s,    t, a, neg) {
    t = s
    gsub(/\\ensuremath|\\textrm|\\mathrm/, "", t)
    gsub(/\\[,!; ]/, "", t)
    gsub(/[${}~ \t]/, "", t)
    gsub(/\\%/, "", t)
    gsub(/\\leq|\\geq|\\le|\\ge|\\approx|<|>/, "", t)
    gsub(/\\times|\\cdot/, "*", t)
    if (isnumber(t)) return t + 0
    if (t ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)\*10\^[-+]?[0-9]+$/) {
        split(t, a, /\*10\^/); return (a[1] + 0) * 10 ^ (a[2] + 0)
    }
    if (t ~ /^[-+]?10\^[-+]?[0-9]+$/) {
        neg = (t ~ /^-/); sub(/^[-+]?10\^/, "", t)
        return (neg ? -1 : 1) * 10 ^ (t + 0)
    }
    return ""
}

# value(operand): its number ("" when none); defined(operand): 1 if it names a known macro
function mname(o) { o = substr(o, 2); sub(/%$/, "", o); return o }
function defined(o,    m) { m = mname(o); return (m in BODY) || (m in CONST) || (m in THR) }
function value(o,    m, v) {
    m = mname(o)
    if (m in THR) v = THR[m] + 0
    else if (m in CONST) v = CONST[m] + 0
    else v = num(BODY[m])
    if (v != "" && o ~ /%$/) v = v / 100
    return v
}
# show(operand): the operand for the table, in text mode
function show(o,    m, b, s) {
    m = mname(o)
    b = (m in BODY) ? BODY[m] : ""
    s = "\\" m
    if (b ~ /\\times|\^/ && b !~ /\$|ensuremath/) s = "\\ensuremath{" s "}"
    return s (o ~ /%$/ ? "\\,\\%" : "") "{}"
}
# the display of a threshold or constant: as typed, powers of ten as such
function texnum(x,    m, e) {
    if (x ~ /[eE]/) {
        m = x; sub(/[eE].*/, "", m); e = x; sub(/^[^eE]*[eE]/, "", e); e = sprintf("%d", e + 0)
        return "\\ensuremath{" (m + 0 == 1 ? "" : m "\\times ") "10^{" e "}}"
    }
    if (x ~ /^-/) return "\\ensuremath{-" substr(x, 2) "}"
    return x
}

# holds(c, k): 1, 0, or -1 when an operand prints no number
function holds(c, k,    a, b, d, op) {
    op = OP[c, k]
    a = value(ARG[c, k, 1]); b = value(ARG[c, k, 2]); d = NARG[c, k] > 2 ? value(ARG[c, k, 3]) : 0
    if (a == "" || b == "" || d == "") return -1
    if (op == "ge") return a >= b
    if (op == "gt") return a > b
    if (op == "le") return a <= b
    if (op == "lt") return a < b
    if (op == "eq") return a == b
    if (op == "within") return (a > b ? a - b : b - a) <= d + 1e-12
    if (op == "rel") return b != 0 && (a / b > 1 ? a / b - 1 : 1 - a / b) <= d + 1e-12
    if (op == "in") return a >= b && a <= d
}
function expr(c, k,    op, A, B, C) {
    op = OP[c, k]; A = show(ARG[c, k, 1]); B = show(ARG[c, k, 2])
    C = NARG[c, k] > 2 ? show(ARG[c, k, 3]) : ""
    if (op == "ge") return A " $\\geq$ " B
    if (op == "gt") return A " $>$ " B
    if (op == "le") return A " $\\leq$ " B
    if (op == "lt") return A " $<$ " B
    if (op == "eq") return A " $=$ " B
    if (op == "within") return A " $=$ " B " $\\pm$ " C
    if (op == "rel") return A " $=$ " B " $\\pm$ " C
    if (op == "in") return A " $\\in [$" B ", " C "$]$"
}
function mark(h) { return h == 1 ? "\\VdHolds" : (h == 0 ? "\\VdFails" : "\\VdNA") }

# evaluate(c): sets WORD[c], TESTWORD[c], HELD[c], NNA[c]
function evaluate(c,    k, h, pre, i) {
    HELD[c] = 0; NNA[c] = 0; pre = 1
    for (i = 1; i <= NIF[c]; i++) { H[c, "i" i] = holds(c, "i" i); if (H[c, "i" i] != 1) pre = 0 }
    for (i = 1; i <= NT[c]; i++) {
        h = H[c, "t" i] = holds(c, "t" i)
        if (h == 1) HELD[c]++
        if (h < 0) NNA[c]++
    }
    TESTWORD[c] = HELD[c] == NT[c] ? "reproduced" : (HELD[c] > 0 ? "partly" : "not reproduced")
    WORD[c] = pre ? TESTWORD[c] : "not testable here"
}
function wordmacro(w) {
    return w == "reproduced" ? "\\VdYes" : w == "partly" ? "\\VdPartly" : w == "not reproduced" ? "\\VdNo" : "\\VdUntestable"
}
# the macros a field names, with their values: "Name=value,..."
function macros_of(s,    out, m) {
    out = ""
    while (match(s, /\\[A-Za-z]+/)) {
        m = substr(s, RSTART + 1, RLENGTH - 1); s = substr(s, RSTART + RLENGTH)
        if (!(m in BODY) && !(m in CONST)) continue
        out = out (out == "" ? "" : ",") m "=" ((m in CONST) ? CONST[m] : (num(BODY[m]) == "" ? "n/a" : num(BODY[m])))
    }
    return out
}
# every macro of a text field that looks like a paper's (\Sw.., \He.., \Rg.., \Li..,
# \Vd..) must exist: a renamed macro stops the build here, not in LaTeX
function checkmacros(c, s, what,    m) {
    while (match(s, /\\(Sw|He|Rg|Li|Vd)[A-Z][A-Za-z]*/)) {
        m = substr(s, RSTART + 1, RLENGTH - 1); s = substr(s, RSTART + RLENGTH)
        if (!(m in BODY) && !(m in CONST) && !(m in THR))
            fail_claim(c, "\\" m " (in " what ") is defined by no generated file")
        if (m in SRC) use(c, m)
    }
}
# use(c, m): the table reads \m's file first, which must hold macros only
function use(c, m) {
    if (SRC[m] in NOTMACROS) fail_claim(c, "\\" m " comes from " SRC[m] ".tex, which holds more than macros")
    USED[SRC[m]] = 1
}
function fail_claim(c, msg) {
    printf "verdicts: claim %s (line %d): %s\n", ID[c], LINE[c], msg > "/dev/stderr"
    err = 1; exit 1
}

END {
    if (err) exit 1
    for (i = 1; i <= nconst; i++) if (CONST[CONSTORDER[i]] == "") { printf "verdicts: constant \\%s has no value\n", CONSTORDER[i] > "/dev/stderr"; exit 1 }
    for (r = 1; r <= nrec; r++) {
        c = order[r]
        if (c !~ /^c/) continue
        split("text paper ours evidence see", need, " ")
        for (j = 1; j <= 5; j++) if (!((c, need[j]) in F)) fail_claim(c, "no " need[j] " field")
        if (NT[c] == 0) fail_claim(c, "no test")
        for (j = 1; j <= 5; j++) checkmacros(c, F[c, need[j]], need[j])
        for (i = 1; i <= NIF[c]; i++) for (j = 1; j <= NARG[c, "i" i]; j++) {
            if (!defined(ARG[c, "i" i, j])) fail_claim(c, ARG[c, "i" i, j] " is defined by no generated file")
            m = mname(ARG[c, "i" i, j]); if (m in SRC) use(c, m)
        }
        for (i = 1; i <= NT[c]; i++) for (j = 1; j <= NARG[c, "t" i]; j++) {
            if (!defined(ARG[c, "t" i, j])) fail_claim(c, ARG[c, "t" i, j] " is defined by no generated file")
            m = mname(ARG[c, "t" i, j]); if (m in SRC) use(c, m)
        }
        if (macros_of(F[c, "ours"]) == "") fail_claim(c, "our side names no macro with a value")
        if (!NOTGIVEN[c] && macros_of(F[c, "paper"]) == "") fail_claim(c, "the paper's side names no macro with a value and does not say 'not given'")
        evaluate(c)
    }

    if (part == "tsv") {
        print "# id\tverdict\ttests_verdict\theld\ttests\tna\tpaper\tours"
        for (r = 1; r <= nrec; r++) {
            c = order[r]; if (c !~ /^c/) continue
            printf "%s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\n", ID[c], WORD[c], TESTWORD[c], HELD[c], NT[c], NNA[c],
                NOTGIVEN[c] ? "not given" (macros_of(F[c, "paper"]) == "" ? "" : "," macros_of(F[c, "paper"])) : macros_of(F[c, "paper"]),
                macros_of(F[c, "ours"])
        }
        exit 0
    }

    if (part == "defs") {
        print "% verdicts-defs.tex, generated by paper/verdicts.awk from paper/verdicts.tsv:"
        print "% the generated files the verdicts table reads, read here with \\providecommand"
        print "% (the papers' sections read them again later), then the rules' thresholds and"
        print "% constants. Read inside the table's group (verdicts.tex)."
        print "\\let\\VdNewcommand\\newcommand"
        print "\\let\\newcommand\\providecommand"
        # in a stable order: the order of the files on the command line
        for (i = 1; i < ARGC; i++) {
            f = ARGV[i]; if (f ~ /=/) continue
            s = f; sub(/.*\//, "", s); sub(/\.tex$/, "", s)
            if ((s in USED) && !(s in done)) { print "\\input{" s "}"; done[s] = 1 }
        }
        print "\\let\\newcommand\\VdNewcommand"
        for (i = 1; i <= nthr; i++) {
            m = THRORDER[i]
            printf "\\newcommand{\\%s}{%s}\n", m, THRREL[m] ? sprintf("%g\\,\\%%", 100 * THR[m]) : texnum(THR[m])
        }
        for (i = 1; i <= nconst; i++) {
            m = CONSTORDER[i]
            printf "\\newcommand{\\%s}{%s}%s\n", m, texnum(CONST[m]), CSOURCE[m] == "" ? "" : "% " CSOURCE[m]
        }
        exit 0
    }

    # the table
    print "% verdicts.tex, generated by paper/verdicts.awk from paper/verdicts.tsv and the"
    print "% papers' generated macros: every number below is a macro; a verdict is the"
    print "% rule of its claim applied to the numbers those macros print."
    print "\\begingroup"
    print "\\input{verdicts-defs}"
    print "\\VdTableSetup"
    print "\\begin{longtable}{V}"
    print "\\toprule"
    print "Claim & Paper & Ours & Verdict: the rule's tests & \\footnotesize Evidence & \\footnotesize See \\\\"
    print "\\midrule"
    print "\\endfirsthead"
    print "\\toprule"
    print "Claim & Paper & Ours & Verdict: the rule's tests & \\footnotesize Evidence & \\footnotesize See \\\\"
    print "\\midrule"
    print "\\endhead"
    print "\\bottomrule"
    print "\\endlastfoot"
    for (r = 1; r <= nrec; r++) {
        c = order[r]
        if (c !~ /^[gc]/) continue
        if (c ~ /^g/) {
            printf "\\VdGroup{\\nameref{%s}}{%s}\n", GROUP[c], GNOTE[c]
            continue
        }
        cell = wordmacro(WORD[c]) "{" WORD[c] "}"
        if (WORD[c] == "not testable here") cell = cell "\\VdTestsAlone{" TESTWORD[c] "}"
        for (i = 1; i <= NIF[c]; i++) cell = cell "\\VdIf{" LABEL[c, "i" i] "}{" expr(c, "i" i) "}{" mark(H[c, "i" i]) "}"
        for (i = 1; i <= NT[c]; i++) cell = cell "\\VdTest{" LABEL[c, "t" i] "}{" expr(c, "t" i) "}{" mark(H[c, "t" i]) "}"
        printf "%% %s\n%s\n & %s\n & %s\n & %s\n & %s\n & %s \\\\\n", ID[c], F[c, "text"], F[c, "paper"], F[c, "ours"],
            cell, F[c, "evidence"], F[c, "see"]
    }
    print "\\end{longtable}"
    print "\\endgroup"
}
