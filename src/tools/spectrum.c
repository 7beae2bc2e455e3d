/* spectrum — per-neuron Fourier and square-wave statistics of a two-input MLP
 * (experiments/swaroop2026/README.md §5.1–5.4), and the weights of a few
 * neurons beside their ideal square waves (Figs 1–2).
 *
 *   spectrum model.npz -o neurons.tsv
 *   spectrum model.npz --summary -o summary.tsv
 *   spectrum model.npz --waves 6 -o waves.tsv
 *   train ... -o - | spectrum - > neurons.tsv
 *
 * For hidden neuron i: W_a = W_in[i, 0:p], W_b = W_in[i, p:2p] (a model
 * with a shared first layer, W_in (H, p), uses its one row for both),
 * W_out^(i) = W_out[:, i]. Each of the three gets its own dominant
 * frequency, phase, amplitude and periodicity (fourier.h); W_a and W_b get
 * fitted square-wave levels U, L (squarewave.h). Columns:
 *   neuron, freq/phase/amp/per of _a, _b, _out,
 *   phase_sum = wrap(phase_a + phase_b), upper_a lower_a upper_b lower_b,
 *   b_in (0 without biases), b_eff = b_in + (U_a+L_a)/2 + (U_b+L_b)/2,
 *   dist_sq, dist_cos = mean nearest-point distance of W_a and W_b to their
 *   ideal square wave / cosine, averaged over the two, out_norm = |W_out[:, i]|,
 *   then phase_b_nu, phase_out_nu = the phases of W_b and W_out^(i) at bin
 *   nu = freq_a, and phase_sum_nu = wrap(phase_a + phase_b_nu).
 * The phases at nu are the pipeline's reading of phi_out = phi_a + phi_b
 * (squarewave.h, PhaseReading); those at each vector's own bin the variant.
 * --summary writes key/value lines instead (see write_summary()): r_all and
 * r_structured, the circular correlations of phase_out_nu with
 * phase_sum_nu, and r_all_own, r_structured_own of phase_out with phase_sum. The
 * activation only matters for files without meta.txt and is not used by any
 * statistic.
 *
 * --waves N writes, for N structured neurons (per(W_a) > --structured) with
 * distinct dominant frequencies of W_a, one gnuplot data block each: a line
 * "# neuron I freq NU", the header "# j w_a ideal_a w_b ideal_b" and p rows
 * j = 0..p-1 holding W_a[j], W_a's ideal square wave at j, W_b[j] and W_b's
 * (each at its own dominant frequency and phase, levels the medians over the
 * half-periods: squarewave.h, s(j) = (U+L)/2 + (U-L)/2 sign(cos theta_j));
 * blocks are separated by two blank lines (gnuplot `index`). The choice:
 * for every frequency among the structured neurons, the neuron of highest
 * per(W_a) (ties to the lowest index); those m frequencies sorted ascending;
 * of them the N at positions round(k (m-1) / (N-1)), k = 0..N-1 (evenly
 * spaced from the lowest to the highest; N = 1 takes position (m-1)/2
 * rounded down). Blocks come in ascending frequency. With m < N all m are
 * written and a warning printed.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fourier.h"
#include "mlp.h"
#include "model.h"
#include "npz.h"
#include "opt.h"
#include "squarewave.h"
#include "stats.h"
#include "util.h"

typedef struct {
    FourierPeak a, b, out;
    double phase_sum;
    double phase_b_nu, phase_out_nu, phase_sum_nu; /* read at bin nu = a.freq */
    SquareWave sa, sb;
    double b_in, b_eff, dist_sq, dist_cos, out_norm;
} Neuron;

static Neuron analyse_neuron(const FourierTable *t, const Params *P, const MlpConfig *cfg, int i, double *wa,
                             double *wb, double *wo)
{
    Neuron n = {0};
    squarewave_neuron_weights(P, cfg, i, wa, wb, wo);
    n.a = fourier_peak(t, wa);
    n.b = fourier_peak(t, wb);
    n.out = fourier_peak(t, wo);
    n.phase_sum = stats_wrap(n.a.phase + n.b.phase);
    n.phase_b_nu = fourier_phase_at(t, wb, n.a.freq);
    n.phase_out_nu = fourier_phase_at(t, wo, n.a.freq);
    n.phase_sum_nu = stats_wrap(n.a.phase + n.phase_b_nu);
    n.sa = squarewave_fit(wa, cfg->p, n.a.freq, n.a.phase);
    n.sb = squarewave_fit(wb, cfg->p, n.b.freq, n.b.phase);
    n.b_in = cfg->bias ? params_get(P, "b_in")[i] : 0;
    n.b_eff = n.b_in + 0.5 * (n.sa.upper + n.sa.lower) + 0.5 * (n.sb.upper + n.sb.lower);
    n.dist_sq = 0.5 * (squarewave_dist(&n.sa, wa, WAVE_SQUARE) + squarewave_dist(&n.sb, wb, WAVE_SQUARE));
    n.dist_cos = 0.5 * (squarewave_dist(&n.sa, wa, WAVE_COS) + squarewave_dist(&n.sb, wb, WAVE_COS));
    double s = 0;
    for (int j = 0; j < cfg->p; j++) s += wo[j] * wo[j];
    n.out_norm = sqrt(s);
    return n;
}

static void write_table(FILE *fp, const Neuron *n, int H)
{
    fprintf(fp, "# neuron\tfreq_a\tphase_a\tamp_a\tper_a\tfreq_b\tphase_b\tamp_b\tper_b\tfreq_out\tphase_out\tamp_out"
                "\tper_out\tphase_sum\tupper_a\tlower_a\tupper_b\tlower_b\tb_in\tb_eff\tdist_sq\tdist_cos\tout_norm"
                "\tphase_b_nu\tphase_out_nu\tphase_sum_nu\n");
    for (int i = 0; i < H; i++) {
        const Neuron *u = &n[i];
        fprintf(fp, "%d", i);
        const FourierPeak *pk[3] = {&u->a, &u->b, &u->out};
        for (int v = 0; v < 3; v++) fprintf(fp, "\t%d\t%.6g\t%.6g\t%.6g", pk[v]->freq, pk[v]->phase, pk[v]->amp, pk[v]->per);
        fprintf(fp, "\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g", u->phase_sum, u->sa.upper,
                u->sa.lower, u->sb.upper, u->sb.lower, u->b_in, u->b_eff, u->dist_sq, u->dist_cos, u->out_norm);
        fprintf(fp, "\t%.6g\t%.6g\t%.6g\n", u->phase_b_nu, u->phase_out_nu, u->phase_sum_nu);
    }
}

/* --waves: the chosen neurons, in ascending frequency, into sel (n long at
 * most); returns how many (see the header for the rule). */
static int pick_wave_neurons(const Neuron *u, int H, int p, double thr_s, int n, int *sel)
{
    /* best[f]: the structured neuron of highest per(W_a) with dominant frequency f, or -1 */
    int *best = xmalloc(sizeof(int) * (size_t)(p / 2 + 1));
    for (int f = 0; f <= p / 2; f++) best[f] = -1;
    for (int i = 0; i < H; i++) {
        int f = u[i].a.freq;
        if (u[i].a.per > thr_s && (best[f] < 0 || u[i].a.per > u[best[f]].a.per)) best[f] = i;
    }
    int m = 0; /* compact in place: the candidates in ascending frequency, best[0..m-1] */
    for (int f = 0; f <= p / 2; f++)
        if (best[f] >= 0) best[m++] = best[f];
    int take = m < n ? m : n;
    for (long k = 0; k < take; k++)
        sel[k] = best[take == 1 ? (m - 1) / 2 : (2 * k * (m - 1) + take - 1) / (2 * (take - 1))];
    free(best);
    return take;
}

/* The ideal square wave s at index j (squarewave.h): (U+L)/2 + (U-L)/2 sign(cos theta_j). */
static double ideal_at(const SquareWave *s, int j)
{
    double sign = squarewave_wave(WAVE_SQUARE, squarewave_angle(s->p, s->freq, j, s->phase));
    return 0.5 * (s->upper + s->lower) + 0.5 * (s->upper - s->lower) * sign;
}

static void write_waves(FILE *fp, const Params *P, const MlpConfig *cfg, const Neuron *u, const int *sel, int n,
                        double *wa, double *wb)
{
    for (int m = 0; m < n; m++) {
        const Neuron *x = &u[sel[m]];
        squarewave_neuron_weights(P, cfg, sel[m], wa, wb, NULL);
        fprintf(fp, "%s# neuron %d freq %d\n# j\tw_a\tideal_a\tw_b\tideal_b\n", m ? "\n\n" : "", sel[m], x->a.freq);
        for (int j = 0; j < cfg->p; j++)
            fprintf(fp, "%d\t%.6g\t%.6g\t%.6g\t%.6g\n", j, wa[j], ideal_at(&x->sa, j), wb[j], ideal_at(&x->sb, j));
    }
}

static void kv_int(FILE *fp, const char *key, long v) { fprintf(fp, "%s\t%ld\n", key, v); }
static void kv(FILE *fp, const char *key, double v) { fprintf(fp, "%s\t%.6g\n", key, v); }

/* Fraction of the neurons in idx[0..n-1] whose three dominant frequencies agree. */
static double freq_agreement(const Neuron *u, const int *idx, int n)
{
    int agree = 0;
    for (int m = 0; m < n; m++) {
        const Neuron *x = &u[idx[m]];
        agree += x->a.freq == x->b.freq && x->b.freq == x->out.freq;
    }
    return n ? (double)agree / n : NAN;
}

/* Gathers a field of the neurons idx[0..n-1] into out (n long). */
#define GATHER(out, u, idx, n, field) \
    for (int m_ = 0; m_ < (n); m_++) (out)[m_] = (u)[(idx)[m_]].field

static void write_summary(FILE *fp, const Neuron *u, int H, double thr_s, double thr_u)
{
    int *all = xmalloc(sizeof(int) * (size_t)H), *st = xmalloc(sizeof(int) * (size_t)H),
        *un = xmalloc(sizeof(int) * (size_t)H);
    int ns = 0, nu = 0;
    for (int i = 0; i < H; i++) {
        all[i] = i;
        if (u[i].a.per > thr_s) st[ns++] = i;
        else if (u[i].a.per < thr_u) un[nu++] = i;
    }
    double *x = xmalloc(sizeof(double) * 2 * (size_t)H), *y = xmalloc(sizeof(double) * 2 * (size_t)H);
    kv_int(fp, "neurons", H);
    kv_int(fp, "structured", ns);
    kv_int(fp, "unstructured", nu);
    kv_int(fp, "between", H - ns - nu);
    GATHER(x, u, all, H, a.per);
    kv(fp, "mean_periodicity", stats_mean(x, H));
    kv(fp, "freq_agree_all", freq_agreement(u, all, H));
    kv(fp, "freq_agree_structured", freq_agreement(u, st, ns));
    /* phase-sum relation: x = wrap(phase_a + phase_b), y = phase_out, read at nu and at the own bins */
    GATHER(x, u, all, H, phase_sum_nu);
    GATHER(y, u, all, H, phase_out_nu);
    kv(fp, "r_all", stats_circ_corr(x, y, H));
    GATHER(x, u, st, ns, phase_sum_nu);
    GATHER(y, u, st, ns, phase_out_nu);
    kv(fp, "r_structured", stats_circ_corr(x, y, ns));
    GATHER(x, u, all, H, phase_sum);
    GATHER(y, u, all, H, out.phase);
    kv(fp, "r_all_own", stats_circ_corr(x, y, H));
    GATHER(x, u, st, ns, phase_sum);
    GATHER(y, u, st, ns, out.phase);
    kv(fp, "r_structured_own", stats_circ_corr(x, y, ns));
    /* square vs cosine: paired t of dist_sq - dist_cos (negative: square closer) */
    GATHER(x, u, st, ns, dist_sq);
    GATHER(y, u, st, ns, dist_cos);
    StatsTTest t = stats_paired(x, y, ns);
    kv(fp, "t_sq_cos_structured", t.t);
    kv(fp, "df_structured", t.df);
    kv(fp, "p_sq_cos_structured", t.p);
    GATHER(x, u, all, H, dist_sq);
    GATHER(y, u, all, H, dist_cos);
    t = stats_paired(x, y, H);
    kv(fp, "t_sq_cos_all", t.t);
    kv(fp, "df_all", t.df);
    kv(fp, "p_sq_cos_all", t.p);
    /* square-wave half-heights (U - L)/2 of W_a and W_b, structured neurons */
    for (int m = 0; m < ns; m++) {
        x[2 * m] = 0.5 * (u[st[m]].sa.upper - u[st[m]].sa.lower);
        x[2 * m + 1] = 0.5 * (u[st[m]].sb.upper - u[st[m]].sb.lower);
    }
    kv(fp, "amp_level_mean", stats_mean(x, 2 * ns));
    GATHER(x, u, st, ns, b_eff);
    double max_abs = ns ? 0 : NAN;
    for (int m = 0; m < ns; m++) max_abs = fmax(max_abs, fabs(x[m]));
    kv(fp, "beff_mean", stats_mean(x, ns));
    kv(fp, "beff_sd", stats_sd(x, ns));
    kv(fp, "beff_max_abs", max_abs);
    GATHER(x, u, st, ns, out_norm);
    kv(fp, "out_norm_structured_mean", stats_mean(x, ns));
    GATHER(x, u, un, nu, out_norm);
    kv(fp, "out_norm_unstructured_mean", stats_mean(x, nu));
    free(all);
    free(st);
    free(un);
    free(x);
    free(y);
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *out = "-", *act_s = "relu";
    int summary = 0;
    long waves = 0;
    double thr_s = 12, thr_u = 5;
    Opt opts[] = {
        {"act", OPT_STRING, &act_s, "ACT", "activation for files without meta.txt (default relu)", NO_RANGE},
        {"summary", OPT_FLAG, &summary, NULL, "write key/value summary statistics instead of the per-neuron table", NO_RANGE},
        {"waves", OPT_INT, &waves, "N", "write W_a, W_b and their ideal square waves for N structured neurons of distinct "
                                          "frequencies, evenly spread over the frequencies present (highest per(W_a) for each), "
                                          "as gnuplot blocks", 1, 1 << 16},
        {"structured", OPT_DOUBLE, &thr_s, "T", "structured neurons: per(W_a) > T (default 12)", 0, 1e9},
        {"unstructured", OPT_DOUBLE, &thr_u, "T", "unstructured neurons: per(W_a) < T (default 5)", 0, 1e9},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"spectrum MODEL [--summary | --waves N] [--act ACT] [-o OUT]",
                    "Per-neuron dominant frequency, phase, amplitude and periodicity of W_a, W_b and W_out of a "
                    "two-input MLP (MODEL is a path or '-'), with square-wave fits, as a TSV table. --waves N "
                    "instead writes one block per chosen neuron: rows j, W_a[j], its ideal square wave, W_b[j], "
                    "its ideal square wave. The neurons: for each dominant frequency of W_a among the structured "
                    "neurons the one of highest per(W_a); of these frequencies, sorted, N evenly spaced from the "
                    "lowest to the highest.",
                    opts, 1, 1, 2};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    Activation act;
    if (!act_parse(act_s, &act)) die_usage("--act: '%s' is not an activation", act_s);
    if (summary && thr_u > thr_s) die_usage("--unstructured %g is above --structured %g", thr_u, thr_s);
    if (summary && waves) die_usage("--summary and --waves write different tables; give one");

    const char *path = pos[0];
    TensorList tl = npz_read(path);
    Params P;
    MlpConfig cfg = mlp_declare_from_file(&P, &tl, path, act, 1);
    params_from_tensors(&P, &tl, path);
    tl_free(&tl);

    int H = cfg.hidden, p = cfg.p;
    FourierTable t = fourier_table(p);
    Neuron *n = xmalloc(sizeof *n * (size_t)H);
    double *wa = xmalloc(sizeof(double) * 3 * (size_t)p), *wb = wa + p, *wo = wb + p;
    for (int i = 0; i < H; i++) n[i] = analyse_neuron(&t, &P, &cfg, i, wa, wb, wo);

    int *sel = NULL, nsel = 0;
    if (waves) {
        sel = xmalloc(sizeof(int) * (size_t)waves);
        nsel = pick_wave_neurons(n, H, p, thr_s, (int)waves, sel);
        if (nsel < waves)
            warnf("%s: only %d structured neurons (per(W_a) > %g) with distinct frequencies; writing %d of %ld", path,
                  nsel, thr_s, nsel, waves);
    }

    OutFile o = out_open(out);
    fprintf(o.fp, summary ? "# key\tvalue\n" : "");
    if (summary) write_summary(o.fp, n, H, thr_s, thr_u);
    else if (waves) write_waves(o.fp, &P, &cfg, n, sel, nsel, wa, wb);
    else write_table(o.fp, n, H);
    out_commit(&o);
    free(sel);
    free(wa);
    free(n);
    fourier_table_free(&t);
    params_free(&P);
    free(pos);
    return 0;
}
