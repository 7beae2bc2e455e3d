# performance.awk — the report's performance appendix from `make bench`
# results: one table per data/bench/<model>.tsv.
#
#   awk -f paper/performance.awk data/bench/*.tsv > performance.tex
#   awk -f paper/performance.awk /dev/null > performance.tex   (nothing measured)
#
# A bench file has a "# key label ms_per_step ratio gflops" header, a "# "
# line of settings, then one row per measurement (bench/run.sh); nan prints
# as "---". Each table is captioned by the model (the file's name) and its
# settings line. Without any rows it prints "not measured yet".
BEGIN { FS = "\t" }
function esc(s) {
    gsub(/\\/, "\\textbackslash{}", s); gsub(/[_%&#$]/, "\\\\&", s); gsub(/[{}]/, "\\\\&", s)
    gsub(/~/, "\\textasciitilde{}", s); gsub(/\^/, "\\textasciicircum{}", s)
    return s
}
function num(s, f) { return (s == "" || tolower(s) ~ /nan/) ? "---" : sprintf(f, s) }
function flush() {
    if (body == "") return
    printf "\\begin{table}[h]\n\\centering\\small\n"
    printf "\\caption{Bench \\texttt{%s}: %s}\n", esc(model), esc(settings)
    printf "\\begin{tabular}{@{}lrrr@{}}\n\\toprule\n"
    printf "Measurement & ms/step & ratio & GFLOP/s \\\\\n\\midrule\n%s\\bottomrule\n\\end{tabular}\n\\end{table}\n\n", body
    body = ""; tables++
}
FNR == 1 { flush(); model = FILENAME; sub(/.*\//, "", model); sub(/\.tsv$/, "", model); settings = ""; header = 1 }
/^#/ {
    if (header == 1) header = 2
    else { settings = $0; sub(/^# */, "", settings) }
    next
}
NF >= 3 { body = body esc($2) " & " num($3, "%.3f") " & " num($4, "%.2f") " & " num($5, "%.1f") " \\\\\n" }
END {
    flush()
    if (!tables) print "Not measured yet: \\texttt{make bench} writes \\texttt{data/bench/<model>.tsv}, which this appendix reads."
    else print "Ratios: a PyTorch row is PyTorch's time over ours (above 1: ours is faster); the sgemm bound row is our time over the time of the step's three matrix products alone; the speed-up row is the faster PyTorch variant's time over ours."
}
