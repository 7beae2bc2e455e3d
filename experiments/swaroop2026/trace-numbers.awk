# trace-numbers.awk — Swaroop 2026: one trace (a run retraced with a
# trajectory) as "key value format" lines for the macro writer: when the
# Sq->Cos extraction passes one half and what the trained network has there,
# when the network itself passes one half, and the best extraction; "--" for
# never. Keys start with trace.clean or trace.high (\SwTraceCleanHalfStep,
# \SwTraceHighMaxSqCos, ...), by the run's label noise.
#
#   awk -F'\t' -f trace-numbers.awk alpha=A every=N kind=series extract-series.tsv kind=log log.tsv
#
# alpha and every: the run's label-noise level and checkpoint interval, as
# its data.npz and traj.npz record them. extract-series.tsv: step real sq_sq
# sq_cos cos_cos (idealize --extract on the trajectory); log.tsv: train's
# log (step first, val_acc sixth).
BEGIN { OFS = "\t" }
/^#/ { next }
kind == "series" && h == "" && $4 >= 0.5 { h = $1; r = sprintf("%.4f", $2) }
kind == "series" && $4 > m { m = $4; at = $1 }
kind == "log" && rh == "" && $6 >= 0.5 { rh = $1 }
END {
    if (alpha == "" || every == "") { print "trace-numbers.awk: alpha= and every= are required" > "/dev/stderr"; exit 1 }
    k = "trace." (alpha + 0 == 0 ? "clean" : "high") "."
    print k "alpha", alpha, "text"
    print k "every", every, "int"
    print k "half_step", h == "" ? "--" : h, "text"
    print k "half_real", h == "" ? "--" : r, "text"
    print k "max_sq_cos", m, "%.4f"
    print k "max_sq_cos_step", at, "int"
    print k "real_half_step", rh == "" ? "--" : rh, "text"
}
