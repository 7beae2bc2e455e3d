# critical-path.awk — the training time of a profile from its runs' logs,
# and what it implies for a cluster request: each run's CPU time, the total,
# the critical path and the wall time on 2, 8 and 64 cores.
#
#   awk -f paper/critical-path.awk $(find data/full -name train.out | sort) /dev/null          (text)
#   awk -v format=tex -f paper/critical-path.awk ... > critical-path.tex                     (the report's table)
#   make critical-path [PROFILE=quick]                                                       (the text, for the profile)
#
# A run is a directory data/<profile>/<paper>/<run>/ whose train.out (train's
# stderr, tee'd by the experiment graph) ends with train's last line,
# "step N: stopped (...); ...; X CPU ms/step": its CPU time is N × X. A run
# trained before train printed that figure takes the ms/step of its last
# progress line instead ("step S/T ... Y ms/step", the wall time per step of
# that process: more than the CPU time when the cores were shared), marked
# "wall"; a run with neither has no time and counts in no total. A run
# whose train.out has no last line (still training, or stopped) is left out
# and counted.
#
# No training run reads another's output, so the runs are independent jobs:
# the longest chain of dependent stages is a dataset, the longest run and
# that run's analyses, and of it the logs time the training alone. The wall
# time on N cores is the longest-first schedule of the runs on N cores (what
# make -jN does when the longest runs are named first), at least the longer
# of the critical path and the total over N. Datasets, analyses, figures and
# the report are not in the logs: on one core they add minutes to the full
# profile (Li 2025's margin series the most, about 2 min a checkpoint for NN-5).
BEGIN { FS = "\n"; if (format == "") format = "text" }
FNR == 1 && FILENAME != "/dev/null" {
    name = FILENAME; sub(/\/train\.out$/, "", name)
    # data/<profile>/<paper>/<run>[/...]: the paper is two parts after "data",
    # the run what follows it (without a "data" part: the last two parts)
    n = split(name, part, "/")
    for (d = n - 2; d >= 1 && part[d] != "data"; d--) ;
    if (d < 1) d = n - 3
    paper = part[d + 2]; run = part[d + 3]
    for (i = d + 4; i <= n; i++) run = run "/" part[i]
    files[++nfiles] = FILENAME; paper_of[FILENAME] = paper; run_of[FILENAME] = run
}
# train's last line: the steps of the run and its CPU ms/step
/: step [0-9]+: stopped \(/ {
    s = $0; sub(/.*: step /, "", s); sub(/:.*/, "", s); steps[FILENAME] = s + 0
    if (match($0, /; [0-9.]+ CPU ms\/step/)) {
        m = substr($0, RSTART + 2, RLENGTH - 2); sub(/ .*/, "", m); ms[FILENAME] = m + 0; how[FILENAME] = "cpu"
    }
    next
}
# a progress line: the mean wall ms/step of the process so far
/: step [0-9]+\/[0-9]+ .* ms\/step$/ {
    if (how[FILENAME] == "cpu") next
    m = $0; sub(/ ms\/step$/, "", m); sub(/.* /, "", m); ms[FILENAME] = m + 0; how[FILENAME] = "wall"
}
function fmt(s) {
    if (s < 60) return sprintf("%.1f s", s)
    if (s < 7200) return sprintf("%.1f min", s / 60)
    return sprintf("%.2f h", s / 3600)
}
# longest-first schedule of the timed runs on k cores: the latest finish
function wall(k,    load, i, j, best) {
    for (j = 1; j <= k; j++) load[j] = 0
    for (i = 1; i <= ntimed; i++) {
        best = 1
        for (j = 2; j <= k; j++) if (load[j] < load[best]) best = j
        load[best] += sorted[i]
    }
    best = 0
    for (j = 1; j <= k; j++) if (load[j] > best) best = load[j]
    return best
}
function esc(s) { gsub(/_/, "\\_", s); return s }
END {
    for (i = 1; i <= nfiles; i++) {
        f = files[i]; p = paper_of[f]
        if (!(f in steps)) { unfinished++; unfinished_list = unfinished_list " " p "/" run_of[f]; continue }
        if (!(p in runs)) papers[++npapers] = p
        runs[p]++
        if (f in ms) {
            cpu[f] = steps[f] * ms[f] / 1000
            paper_cpu[p] += cpu[f]; total += cpu[f]; sorted[++ntimed] = cpu[f]
            if (how[f] == "wall") walls++
            if (cpu[f] > longest) { longest = cpu[f]; longest_run = p "/" run_of[f] }
        } else untimed++
        nruns++
    }
    # runs, longest first (insertion sort: a few dozen)
    for (i = 2; i <= ntimed; i++) {
        v = sorted[i]
        for (j = i - 1; j >= 1 && sorted[j] < v; j--) sorted[j + 1] = sorted[j]
        sorted[j + 1] = v
    }
    split("2 8 64", cores, " ")
    if (format == "tex") tex(); else text()
}
function text(    i, f, k) {
    printf "# paper\trun\tsteps\tms_per_step\tclock\tcpu_s\n"
    for (i = 1; i <= nfiles; i++) {
        f = files[i]
        if (!(f in steps)) continue
        printf "%s\t%s\t%d\t%s\t%s\t%s\n", paper_of[f], run_of[f], steps[f], (f in ms) ? ms[f] : "nan", \
            (f in ms) ? how[f] : "-", (f in ms) ? sprintf("%.1f", cpu[f]) : "nan"
    }
    printf "# %d runs, %d timed (%d from wall-clock progress lines), %d unfinished\n", nruns, ntimed, walls, unfinished
    if (!ntimed) { print "# no timed run"; return }
    for (i = 1; i <= npapers; i++) printf "# %s: %d runs, CPU %s\n", papers[i], runs[papers[i]], fmt(paper_cpu[papers[i]])
    printf "# total CPU time: %s\n", fmt(total)
    printf "# critical path: %s (the longest run, %s)\n", fmt(longest), longest_run
    for (k = 1; k <= 3; k++) printf "# wall time on %d cores: %s\n", cores[k], fmt(wall(cores[k]))
}
function tex(    i, j, f, p, list, k) {
    print "The time a cluster request needs comes from the training runs' own logs: the CPU time of every run, their total, and the wall time with one core per run, which no number of cores brings below the longest run."
    if (!ntimed) {
        print "No training run of this profile has a time yet: the table comes from the runs' \\texttt{train.out}, which \\texttt{make} writes as it trains."
        return
    }
    print "Table~\\ref{tab:critical-path} has them for this profile.\n"
    printf "\\begin{table}[h]\n\\centering\\small\n"
    printf "\\caption{Training time of the \\Profile{} profile from its runs' logs (each run's last line in \\texttt{train.out}: CPU ms/step $\\times$ steps%s), " \
        "and the wall time it implies with one core per run: the longest-first schedule of the runs on $N$ cores. The runs are independent, so the critical path is the longest run; " \
        "datasets, analyses, figures and the report come on top. \\texttt{make critical-path} prints this for a profile.}\n", \
        walls ? sprintf("; %d run%s from the wall-clock ms/step of %s last progress line, marked $^w$", walls, walls > 1 ? "s" : "", walls > 1 ? "their" : "its") : ""
    printf "\\label{tab:critical-path}\n"
    printf "\\begin{tabular}{@{}lrr>{\\raggedright\\arraybackslash\\footnotesize}p{0.62\\textwidth}@{}}\n\\toprule\n"
    printf "Paper & runs & CPU time & each run's CPU time \\\\\n\\midrule\n"
    for (i = 1; i <= npapers; i++) {
        p = papers[i]; list = ""
        for (j = 1; j <= nfiles; j++) {
            f = files[j]
            if (paper_of[f] != p || !(f in steps)) continue
            list = list (list == "" ? "" : ", ") "\\texttt{" esc(run_of[f]) "} " ((f in ms) ? fmt(cpu[f]) : "?") (how[f] == "wall" ? "$^w$" : "")
        }
        printf "%s & %d & %s & %s \\\\\n", esc(p), runs[p], fmt(paper_cpu[p]), list
    }
    printf "\\midrule\nTotal & %d & %s & %s \\\\\n", nruns, fmt(total), \
        (untimed ? untimed " without a time, in no total; " : "") (unfinished ? unfinished " unfinished, left out" : "")
    printf "Critical path & & %s & the longest run, \\texttt{%s} \\\\\n", fmt(longest), esc(longest_run)
    for (k = 1; k <= 3; k++) printf "Wall, %d cores & & %s & \\\\\n", cores[k], fmt(wall(cores[k]))
    printf "\\bottomrule\n\\end{tabular}\n\\end{table}\n"
}
