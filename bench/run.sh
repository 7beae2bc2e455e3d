#!/usr/bin/env bash
# run.sh — time one bench model: C tool vs PyTorch vs the sgemm bound.
#
# Usage: bench/run.sh MODEL      (run from the repository root; make bench does)
#
# Reads bench/models/MODEL.sh (see there for the fields) and measures, all at
# one thread and each the minimum over BENCH_REPEATS runs:
#   - the C tool: wall time t_N of a run of BENCH_STEPS full-batch steps minus
#     t_0 of a run of 0 steps (start-up, loading, one evaluation), over N;
#   - each PyTorch variant: BENCH_TORCH_STEPS steps after BENCH_TORCH_WARMUP;
#   - each GEMM of one step with build/bench/sgemm; their sum is the bound.
# All three run on the same OpenBLAS kernels: the ones the tools pick (the
# CPU's vector kernels, src/lib/blas.h), exported as OPENBLAS_CORETYPE so
# that PyTorch, which calls the system BLAS, uses them too; the table names
# them.
# Prints a table on stdout and writes it to $BENCH_OUT/MODEL.tsv: a '# '
# header line of column names (key, label, ms_per_step, ratio, gflops), a '# '
# line of settings, then rows keyed train, each PyTorch key (ratio = torch ms /
# train ms), sgemm_bound (ratio = train ms / bound ms), sgemm_NAME (ms and
# GFLOP/s of one GEMM) and speedup_vs_torch (ratio = faster torch ms / train
# ms); missing numbers are nan. Progress and tool output go to stderr and
# $BENCH_WORK/MODEL/log. The measurements are interleaved in rounds, so each
# round sees the same background load. Exits non-zero when the C tool is
# missing or fails, or a PyTorch variant fails for another reason than torch
# not being installed.
#
# Environment: BENCH_REPEATS (3), BENCH_STEPS (500), BENCH_TORCH_STEPS (200),
# BENCH_TORCH_WARMUP (20), BENCH_OUT (data/bench), BENCH_WORK (build/bench),
# BENCH_SGEMM_BIN (build/bench/sgemm), PYTHON (/usr/bin/python3).
set -euo pipefail
export LC_ALL=C OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

model=${1:?usage: bench/run.sh MODEL}
conf=bench/models/$model.sh
[[ -f $conf ]] || { echo "bench: no model file $conf" >&2; exit 2; }
repeats=${BENCH_REPEATS:-3}
steps=${BENCH_STEPS:-500}
torch_steps=${BENCH_TORCH_STEPS:-200}
torch_warmup=${BENCH_TORCH_WARMUP:-20}
out_dir=${BENCH_OUT:-data/bench}
work=${BENCH_WORK:-build/bench}/$model
sgemm_bin=${BENCH_SGEMM_BIN:-build/bench/sgemm}
python=${PYTHON:-/usr/bin/python3}
# shellcheck source=bench/models/swaroop2026.sh
source "$conf"

mkdir -p "$work" "$out_dir"
log=$work/log
: >"$log"
status=0

calc() { awk "BEGIN { printf \"%.4f\", $1 }"; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }
note() { echo "bench: $model: $*" >&2; }

# seconds CMD...: runs CMD (output to the log) and prints its wall time.
seconds() {
    local t0=$EPOCHREALTIME
    "$@" >>"$log" 2>&1 || return 1
    local t1=$EPOCHREALTIME
    calc "$t1 - $t0"
}

# --- checks and data ----------------------------------------------------
for tool in "$BENCH_TOOL" bin/datagen; do
    if [[ ! -x $tool ]]; then
        echo "bench: $model: $tool is not built (run make $BENCH_TOOL bin/datagen)" >&2
        exit 1
    fi
done
data=$work/split.npz
bin/datagen "${BENCH_DATAGEN[@]}" -o "$data" >>"$log" 2>&1 ||
    { echo "bench: $model: bin/datagen failed (see $log)" >&2; exit 1; }
have_sgemm=1
[[ -x $sgemm_bin ]] || { have_sgemm=0; note "$sgemm_bin is not built; no sgemm bound"; }
blas_core=${OPENBLAS_CORETYPE:-}
((have_sgemm)) && blas_core=$("$sgemm_bin" --core)
[[ -n $blas_core ]] && export OPENBLAS_CORETYPE=$blas_core

train_run() { seconds "$BENCH_TOOL" --data "$data" "${BENCH_TRAIN[@]}" --steps "$1" -o "$work/model.npz"; }

# --- rounds: every measurement once per round, so that each sees the same
# background load; the minimum over the rounds counts --------------------
t0_best='' tn_best=''
torch_keys=() torch_labels=() torch_cmds=() torch_ms=() torch_rc=()
for spec in "${BENCH_TORCH[@]}"; do
    IFS='|' read -r key label cmd <<<"$spec"
    torch_keys+=("$key") torch_labels+=("$label") torch_cmds+=("$cmd") torch_ms+=('') torch_rc+=(0)
done
gemm_lines=() gemm_ms=()
for ((r = 1; r <= repeats; r++)); do
    if ! { t0=$(train_run 0) && tn=$(train_run "$steps"); }; then
        echo "bench: $model: $BENCH_TOOL failed: $(grep -v '^Try ' "$log" | tail -n 1) (log: $log)" >&2
        exit 1
    fi
    t0_best=$(min "$t0_best" "$t0") tn_best=$(min "$tn_best" "$tn")
    msg="round $r/$repeats: $BENCH_TOOL t_0 ${t0}s t_$steps ${tn}s"

    for i in "${!torch_cmds[@]}"; do
        ((torch_rc[i] == 0)) || continue
        rc=0
        # shellcheck disable=SC2086  # a script and its flags
        ms=$("$python" bench/${torch_cmds[i]} --data "$data" --warmup "$torch_warmup" \
            --steps "$torch_steps" --repeats 1 2>>"$log") || rc=$?
        torch_rc[i]=$rc
        ((rc == 0)) && torch_ms[i]=$(min "${torch_ms[i]}" "$ms") && msg+=", ${torch_keys[i]} ${ms}ms"
    done

    if ((have_sgemm)); then
        mapfile -t lines < <("$sgemm_bin" --repeats 1 "${BENCH_SGEMM[@]}")
        for i in "${!lines[@]}"; do
            IFS=$'\t' read -r _ _ _ _ _ ms _ <<<"${lines[i]}"
            gemm_ms[i]=$(min "${gemm_ms[i]:-}" "$ms")
        done
        gemm_lines=("${lines[@]}")
    fi
    note "$msg"
done
train_ms=$(calc "1000 * ($tn_best - $t0_best) / $steps")

torch_notes=()
for i in "${!torch_keys[@]}"; do
    case ${torch_rc[i]} in
        0) torch_notes+=("$(calc "${torch_ms[i]} / $train_ms")") ;;
        3) torch_ms[i]=nan torch_notes+=("n/a (python3-torch not installed)") ;;
        *) torch_ms[i]=nan torch_notes+=("n/a (failed, see $log)") status=1 ;;
    esac
done

# GEMM rows from the best times: NAME M N K OPS ms GFLOP/s
bound_ms=nan
if ((have_sgemm)); then
    for i in "${!gemm_lines[@]}"; do
        IFS=$'\t' read -r name m n k ops _ <<<"${gemm_lines[i]}"
        gemm_lines[i]=$(awk -v OFS='\t' -v name="$name" -v m="$m" -v n="$n" -v k="$k" -v ops="$ops" \
            -v ms="${gemm_ms[i]}" 'BEGIN { printf "%s\t%s\t%s\t%s\t%s\t%.4f\t%.2f\n", name, m, n, k, ops, ms, 2e-6 * m * n * k / ms }')
    done
    bound_ms=$(printf '%s\n' "${gemm_lines[@]}" | awk -F'\t' '{ s += $6 } END { printf "%.4f", s }')
fi

# --- table and TSV ------------------------------------------------------
best_torch=nan best_label=''
for i in "${!torch_ms[@]}"; do
    ms=${torch_ms[i]}
    [[ $ms == nan ]] && continue
    if [[ $best_torch == nan ]] || (($(awk -v a="$ms" -v b="$best_torch" 'BEGIN { print a < b }'))); then
        best_torch=$ms best_label=${torch_labels[i]}
    fi
done
fmt_ms() { [[ $1 == nan ]] && echo "n/a" || printf '%.2f' "$1"; }

tsv=$out_dir/$model.tsv
{
    printf '# key\tlabel\tms_per_step\tratio\tgflops\n'
    printf '# %s; min over %s repeats; C: (t_%s - t_0)/%s; torch: %s steps after %s; 1 thread; OpenBLAS %s; %s\n' \
        "$model" "$repeats" "$steps" "$steps" "$torch_steps" "$torch_warmup" "${blas_core:-default}" \
        "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf 'train\t%s\t%s\t1.0000\tnan\n' "$BENCH_LABEL" "$train_ms"
    for i in "${!torch_ms[@]}"; do
        ratio=nan
        [[ ${torch_ms[i]} != nan ]] && ratio=${torch_notes[i]}
        printf '%s\t%s\t%s\t%s\tnan\n' "${torch_keys[i]}" "${torch_labels[i]}" "${torch_ms[i]}" "$ratio"
    done
    ratio=nan
    [[ $bound_ms != nan ]] && ratio=$(calc "$train_ms / $bound_ms")
    printf 'sgemm_bound\tsgemm bound (%d GEMMs)\t%s\t%s\tnan\n' "${#BENCH_SGEMM[@]}" "$bound_ms" "$ratio"
    for line in "${gemm_lines[@]}"; do
        IFS=$'\t' read -r name m n k ops ms gf <<<"$line"
        printf 'sgemm_%s\tsgemm %s (M=%s N=%s K=%s %s)\t%s\tnan\t%s\n' "$name" "$name" "$m" "$n" "$k" "$ops" "$ms" "$gf"
    done
    speedup=nan
    [[ $best_torch != nan ]] && speedup=$(calc "$best_torch / $train_ms")
    printf 'speedup_vs_torch\tfaster torch / train (%s)\tnan\t%s\tnan\n' "${best_label:-none}" "$speedup"
} >"$tsv.tmp"
mv "$tsv.tmp" "$tsv"

echo
printf '%-30s %9s   %s\n' model ms/step "vs train"
printf '%-30s %9s   %s\n' "$BENCH_LABEL" "$(fmt_ms "$train_ms")" 1.00
for i in "${!torch_ms[@]}"; do
    rel=${torch_notes[i]}
    [[ ${torch_ms[i]} != nan ]] && rel=$(awk -v r="$rel" \
        'BEGIN { if (r >= 1) printf "%.2fx slower", r; else printf "%.2fx faster (!)", 1 / r }')
    printf '%-30s %9s   %s\n' "${torch_labels[i]}" "$(fmt_ms "${torch_ms[i]}")" "$rel"
done
rel="n/a ($sgemm_bin not built)"
[[ $bound_ms != nan ]] && rel=$(printf 'train = %.2fx the bound' "$(calc "$train_ms / $bound_ms")")
printf '%-30s %9s   %s\n' "sgemm bound (${#BENCH_SGEMM[@]} GEMMs)" "$(fmt_ms "$bound_ms")" "$rel"
for line in "${gemm_lines[@]}"; do
    IFS=$'\t' read -r name m n k ops ms gf <<<"$line"
    printf '  %-28s %9s   %s\n' "$name" "$(fmt_ms "$ms")" "$(printf '%.1f GFLOP/s  M=%s N=%s K=%s %s' "$gf" "$m" "$n" "$k" "$ops")"
done
if [[ $best_torch != nan ]]; then
    x=$(calc "$best_torch / $train_ms")
    met=$(awk -v x="$x" 'BEGIN { print (x >= 2 ? "met" : "NOT met") }')
    printf 'speed-up vs faster PyTorch (%s): %.2fx  (target >= 2x: %s)\n' "$best_label" "$x" "$met"
fi
echo "(min over $repeats repeats, one thread, OpenBLAS ${blas_core:-default} kernels; written to $tsv)"
exit "$status"
