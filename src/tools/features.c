/* features — the Fourier features of a shared-layer network in the real DFT
 * basis (He et al. 2026, experiments/he2026/README.md §5.1–5.4): per neuron
 * the dominant frequency k*, magnitudes alpha (first layer) and beta (second
 * layer), phases phi and psi, the misalignment, the notebook IPR; summaries,
 * time series over a trajectory, the race of all frequencies inside one
 * neuron, heatmap and line-plot data.
 *
 *   features model.npz -o neurons.tsv              one row per neuron
 *   features model.npz --summary -o summary.tsv    key/value lines
 *   features trajectory.npz --series -o series.tsv one row per checkpoint
 *   features trajectory.npz --neuron 40 -o n40.tsv every frequency of one neuron over time
 *   features trajectory.npz --lottery -o lottery.tsv
 *   features trajectory.npz --heatmap --neurons 0-19 --steps 0,1000,5000 -o heat.tsv
 *   features model.npz --lines --neurons 31,34,38 -o lines.tsv
 *
 * FILE is a model file or a trajectory (ckpt.h). Modes that read one
 * checkpoint take --step S (default: the last checkpoint of the file). The
 * step of a model file that records none is printed as "unknown".
 * theta_m = W_in[m, :], xi_m = W_out[:, m]; dec = B theta, B xi (realdft.h).
 *
 * Neuron table columns: neuron k alpha beta phi psi two_phi misalign D
 * abs_sin ipr_in ipr_out wrap_outlier, where two_phi = wrap(2 phi) (the
 * "normalized 2 phi"), misalign = wrap(psi - 2 phi), D = (2 phi - psi) mod
 * 2 pi in [0, 2 pi), abs_sin = |sin(psi - 2 phi)|, ipr_* the notebook IPR of
 * each decoded row, and wrap_outlier = 1 for the points the phase-alignment
 * scatter drops: two_phi and psi of opposite signs with |two_phi| > 2.8.
 * wrap(v) = ((v + pi) mod 2 pi) - pi.
 *
 * --summary keys: step neurons freqs_used count.K (neurons per k*),
 * alpha.{mean,median,min,max}, beta.{...}, ipr (mean of ipr_in and ipr_out
 * means), ipr_in, ipr_out, ipr_pair (per-frequency version), abs_sin_mean,
 * wrap_outliers, moment.{cos,sin}.I for I = 1..8 over the neurons with k* =
 * --moment-freq, moment.n, sym.I.{max,min} = max/min over k of
 * |mean_{m: k*=k} exp(i I phi_m)| for I = 1..4, homog_cv = sd/mean of
 * alpha beta^2, offfreq.{in,out} = energy outside the k* pair (and Const) over
 * all energy, summed over neurons, leak.{in,out}.R for R = 2..5 = mean over
 * neurons of |pair at fold(R k*)| / |pair at k*|.
 *
 * --series columns: step ipr ipr_in ipr_out ipr_pair abs_sin_mean
 * alpha_mean beta_mean freqs_used offfreq_in offfreq_out abs_sin_const0
 * (abs_sin_mean with Const-dominant neurons counted as 0, the convention of
 * the authors' grokking notebook; abs_sin_mean follows their other notebooks,
 * which read such a neuron at coordinates -1 and 0).
 * --neuron N columns: step k alpha beta phi psi two_phi misalign kstar kfinal
 * (k = 1..K at every checkpoint; kstar the neuron's k* at that checkpoint,
 * kfinal at the last one); alpha from theta, beta from xi.
 * --lottery (trajectory): the final k* of every neuron against four
 * predictions from the first checkpoint, argmin_k |wrap(psi_k - 2 phi_k)|,
 * argmax_k alpha_k beta_k cos(psi_k - 2 phi_k), argmax_k alpha_k and argmax_k
 * alpha_k beta_k: keys pred.* (fraction of neurons predicted), chance (1/K),
 * winners.{min,max} (neurons per final k*), const_winners.
 * --heatmap: for every step of --steps (default --step) two gnuplot blocks
 * (index 2i: theta, 2i+1: xi), each "row col value" over the --neurons
 * (rows in the given order, or by k* with --sort-freq) and the p DFT
 * coordinates (Const, cos 1, sin 1, ...), or raw weights with --raw.
 * --lines: one block per neuron of --neurons (ordered by k* with
 * --sort-freq): j theta theta_fit xi xi_fit (fit: the two largest DFT
 * coordinates, README §5.4).
 * Does not evaluate the network (see predict).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ckpt.h"
#include "opt.h"
#include "realdft.h"
#include "stats.h"
#include "util.h"

/* --------------------------------------------------------------- lists */

/* Parses "0-19", "31,34,38", "0-3,7" into out (cap entries, each in [lo, hi]); returns the count. */
static int parse_list(const char *s, const char *flag, long lo, long hi, long *out, int cap)
{
    int n = 0;
    const char *q = s;
    while (*q) {
        char *end;
        long a = strtol(q, &end, 10), b = a;
        if (end == q) die_usage("--%s: '%s' is not a list like 0-19 or 3,7,40", flag, s);
        if (*end == '-') {
            q = end + 1;
            b = strtol(q, &end, 10);
            if (end == q) die_usage("--%s: '%s' is not a list like 0-19 or 3,7,40", flag, s);
        }
        if (a < lo || b > hi || b < a) die_usage("--%s: %ld-%ld is out of range [%ld, %ld]", flag, a, b, lo, hi);
        for (long v = a; v <= b; v++) {
            if (n == cap) die_usage("--%s: more than %d entries", flag, cap);
            out[n++] = v;
        }
        if (*end == ',') end++;
        else if (*end) die_usage("--%s: '%s' is not a list like 0-19 or 3,7,40", flag, s);
        q = end;
    }
    return n;
}

/* ------------------------------------------------------ one checkpoint */

typedef struct {
    RealNeuron f;
    double ipr_in, ipr_out, ipr_pair_in, ipr_pair_out;
    double off_in, tot_in, off_out, tot_out; /* energy off the k* pair, and all */
    double leak_in[6], leak_out[6];          /* |pair(fold(r k*))| / |pair(k*)|, r = 2..5 */
} NeuronStats;

typedef struct {
    int p, M;
    RealDft d;
    double *theta, *xi, *cin, *cout; /* scratch, p each */
} Ctx;

static NeuronStats neuron_stats(Ctx *x, const Ckpts *c, int t, int m)
{
    NeuronStats s = {0};
    ckpts_neuron(c, t, m, x->theta, x->xi);
    realdft_decode(&x->d, x->theta, x->cin);
    realdft_decode(&x->d, x->xi, x->cout);
    s.f = realdft_neuron(&x->d, x->cin, x->cout);
    s.ipr_in = realdft_ipr(x->cin, x->p);
    s.ipr_out = realdft_ipr(x->cout, x->p);
    s.ipr_pair_in = realdft_pair_ipr(&x->d, x->cin);
    s.ipr_pair_out = realdft_pair_ipr(&x->d, x->cout);
    int k = s.f.k;
    for (int cc = 0; cc < x->p; cc++) {
        int in_pair = k == 0 ? cc == 0 : (cc == 2 * k - 1 || cc == 2 * k);
        double ei = x->cin[cc] * x->cin[cc], eo = x->cout[cc] * x->cout[cc];
        s.tot_in += ei;
        s.tot_out += eo;
        if (!in_pair) {
            s.off_in += ei;
            s.off_out += eo;
        }
    }
    if (k > 0) {
        double fi = realdft_pair_norm(x->cin, k), fo = realdft_pair_norm(x->cout, k);
        for (int r = 2; r <= 5; r++) {
            int h = realdft_fold(x->p, (long)r * k);
            s.leak_in[r] = fi > 0 ? realdft_pair_norm(x->cin, h) / fi : NAN;
            s.leak_out[r] = fo > 0 ? realdft_pair_norm(x->cout, h) / fo : NAN;
        }
    }
    return s;
}

static double two_phi(const RealNeuron *f) { return realdft_wrap(2 * f->phi); }
static double misalign(const RealNeuron *f) { return realdft_wrap(f->psi - 2 * f->phi); }
static int wrap_outlier(const RealNeuron *f)
{
    double x = two_phi(f), y = f->psi;
    return ((x > 0 && y < 0) || (x < 0 && y > 0)) && fabs(x) > 2.8;
}

static void write_neurons(FILE *fp, Ctx *x, const Ckpts *c, int t)
{
    fprintf(fp, "# neuron\tk\talpha\tbeta\tphi\tpsi\ttwo_phi\tmisalign\tD\tabs_sin\tipr_in\tipr_out\twrap_outlier\n");
    for (int m = 0; m < c->M; m++) {
        NeuronStats s = neuron_stats(x, c, t, m);
        const RealNeuron *f = &s.f;
        double D = fmod(2 * f->phi - f->psi, 2 * M_PI);
        if (D < 0) D += 2 * M_PI;
        fprintf(fp, "%d\t%d\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%d\n", m, f->k, f->alpha,
                f->beta, f->phi, f->psi, two_phi(f), misalign(f), D, fabs(sin(f->psi - 2 * f->phi)), s.ipr_in,
                s.ipr_out, wrap_outlier(f));
    }
}

/* Aggregates of one checkpoint. */
typedef struct {
    int M, K, used, outliers;
    int *count;                  /* (K+1) neurons per k* */
    double *alpha, *beta, *phi;  /* (M) */
    int *k;                      /* (M) */
    double ipr_in, ipr_out, ipr_pair, abs_sin, abs_sin0;
    double off_in, tot_in, off_out, tot_out;
    double leak_in[6], leak_out[6];
    int nleak;
} Agg;

static Agg aggregate(Ctx *x, const Ckpts *c, int t)
{
    Agg a = {.M = c->M, .K = x->d.K};
    a.count = xcalloc((size_t)a.K + 1, sizeof(int));
    a.alpha = xmalloc(sizeof(double) * (size_t)a.M);
    a.beta = xmalloc(sizeof(double) * (size_t)a.M);
    a.phi = xmalloc(sizeof(double) * (size_t)a.M);
    a.k = xmalloc(sizeof(int) * (size_t)a.M);
    for (int m = 0; m < a.M; m++) {
        NeuronStats s = neuron_stats(x, c, t, m);
        a.k[m] = s.f.k;
        a.count[s.f.k]++;
        a.alpha[m] = s.f.alpha;
        a.beta[m] = s.f.beta;
        a.phi[m] = s.f.phi;
        a.ipr_in += s.ipr_in / a.M;
        a.ipr_out += s.ipr_out / a.M;
        a.ipr_pair += 0.5 * (s.ipr_pair_in + s.ipr_pair_out) / a.M;
        a.abs_sin += fabs(sin(s.f.psi - 2 * s.f.phi)) / a.M;
        if (s.f.k > 0) a.abs_sin0 += fabs(sin(s.f.psi - 2 * s.f.phi)) / a.M;
        a.outliers += wrap_outlier(&s.f);
        a.off_in += s.off_in;
        a.tot_in += s.tot_in;
        a.off_out += s.off_out;
        a.tot_out += s.tot_out;
        if (s.f.k > 0) {
            for (int r = 2; r <= 5; r++) {
                a.leak_in[r] += s.leak_in[r];
                a.leak_out[r] += s.leak_out[r];
            }
            a.nleak++;
        }
    }
    for (int r = 2; r <= 5; r++) {
        a.leak_in[r] /= a.nleak ? a.nleak : 1;
        a.leak_out[r] /= a.nleak ? a.nleak : 1;
    }
    for (int k = 1; k <= a.K; k++) a.used += a.count[k] > 0;
    return a;
}

static void agg_free(Agg *a)
{
    free(a->count);
    free(a->alpha);
    free(a->beta);
    free(a->phi);
    free(a->k);
}

static double vmin(const double *v, int n)
{
    double r = INFINITY;
    for (int i = 0; i < n; i++) r = v[i] < r ? v[i] : r;
    return r;
}
static double vmax(const double *v, int n)
{
    double r = -INFINITY;
    for (int i = 0; i < n; i++) r = v[i] > r ? v[i] : r;
    return r;
}

static void write_summary(FILE *fp, Ctx *x, const Ckpts *c, int t, int moment_freq)
{
    Agg a = aggregate(x, c, t);
    int M = a.M;
    fprintf(fp, "# key\tvalue\n");
    fprintf(fp, "step\t%s\nneurons\t%d\np\t%d\nfreqs_used\t%d\n", ckpts_step_text(c, t).s, M, c->p, a.used);
    for (int k = 0; k <= a.K; k++) fprintf(fp, "count.%d\t%d\n", k, a.count[k]);
    const char *nm[2] = {"alpha", "beta"};
    double *v[2] = {a.alpha, a.beta};
    for (int i = 0; i < 2; i++)
        fprintf(fp, "%s.mean\t%.8g\n%s.median\t%.8g\n%s.min\t%.8g\n%s.max\t%.8g\n", nm[i], stats_mean(v[i], M), nm[i],
                stats_median(v[i], M), nm[i], vmin(v[i], M), nm[i], vmax(v[i], M));
    fprintf(fp, "ipr\t%.8g\nipr_in\t%.8g\nipr_out\t%.8g\nipr_pair\t%.8g\n", 0.5 * (a.ipr_in + a.ipr_out), a.ipr_in,
            a.ipr_out, a.ipr_pair);
    fprintf(fp, "abs_sin_mean\t%.8g\nwrap_outliers\t%d\n", a.abs_sin, a.outliers);
    /* phase moments of one frequency group */
    int n = 0;
    double cs[9] = {0}, sn[9] = {0};
    for (int m = 0; m < M; m++)
        if (a.k[m] == moment_freq) {
            n++;
            for (int i = 1; i <= 8; i++) {
                cs[i] += cos(i * a.phi[m]);
                sn[i] += sin(i * a.phi[m]);
            }
        }
    fprintf(fp, "moment.freq\t%d\nmoment.n\t%d\n", moment_freq, n);
    for (int i = 1; i <= 8; i++)
        fprintf(fp, "moment.cos.%d\t%.8g\nmoment.sin.%d\t%.8g\n", i, n ? cs[i] / n : NAN, i, n ? sn[i] / n : NAN);
    /* |mean exp(i I phi)| per group, extremes over the groups */
    for (int i = 1; i <= 4; i++) {
        double hi = -1, lo = INFINITY;
        for (int k = 1; k <= a.K; k++) {
            double sc = 0, ss = 0;
            int nk = 0;
            for (int m = 0; m < M; m++)
                if (a.k[m] == k) {
                    sc += cos(i * a.phi[m]);
                    ss += sin(i * a.phi[m]);
                    nk++;
                }
            if (!nk) continue;
            double r = hypot(sc, ss) / nk;
            hi = r > hi ? r : hi;
            lo = r < lo ? r : lo;
        }
        fprintf(fp, "sym.%d.max\t%.8g\nsym.%d.min\t%.8g\n", i, hi < 0 ? NAN : hi, i, isinf(lo) ? NAN : lo);
    }
    double *ab2 = xmalloc(sizeof(double) * (size_t)M);
    for (int m = 0; m < M; m++) ab2[m] = a.alpha[m] * a.beta[m] * a.beta[m];
    fprintf(fp, "homog_cv\t%.8g\n", stats_sd(ab2, M) / stats_mean(ab2, M));
    free(ab2);
    fprintf(fp, "offfreq.in\t%.8g\nofffreq.out\t%.8g\n", a.tot_in > 0 ? a.off_in / a.tot_in : NAN,
            a.tot_out > 0 ? a.off_out / a.tot_out : NAN);
    for (int r = 2; r <= 5; r++) fprintf(fp, "leak.in.%d\t%.8g\nleak.out.%d\t%.8g\n", r, a.leak_in[r], r, a.leak_out[r]);
    agg_free(&a);
}

static void write_series(FILE *fp, Ctx *x, const Ckpts *c)
{
    fprintf(fp, "# step\tipr\tipr_in\tipr_out\tipr_pair\tabs_sin_mean\talpha_mean\tbeta_mean\tfreqs_used\tofffreq_in\tofffreq_out\tabs_sin_const0\n");
    for (int t = 0; t < c->T; t++) {
        Agg a = aggregate(x, c, t);
        fprintf(fp, "%s\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%d\t%.8g\t%.8g\t%.8g\n", ckpts_step_text(c, t).s,
                0.5 * (a.ipr_in + a.ipr_out), a.ipr_in, a.ipr_out, a.ipr_pair, a.abs_sin, stats_mean(a.alpha, a.M),
                stats_mean(a.beta, a.M), a.used, a.tot_in > 0 ? a.off_in / a.tot_in : NAN,
                a.tot_out > 0 ? a.off_out / a.tot_out : NAN, a.abs_sin0);
        agg_free(&a);
    }
}

static void write_neuron_race(FILE *fp, Ctx *x, const Ckpts *c, int m)
{
    ckpts_neuron(c, c->T - 1, m, x->theta, x->xi);
    realdft_decode(&x->d, x->theta, x->cin);
    int kfinal = realdft_dominant(&x->d, x->cin);
    fprintf(fp, "# neuron %d\n# step\tk\talpha\tbeta\tphi\tpsi\ttwo_phi\tmisalign\tkstar\tkfinal\n", m);
    for (int t = 0; t < c->T; t++) {
        ckpts_neuron(c, t, m, x->theta, x->xi);
        realdft_decode(&x->d, x->theta, x->cin);
        realdft_decode(&x->d, x->xi, x->cout);
        int kstar = realdft_dominant(&x->d, x->cin);
        for (int k = 1; k <= x->d.K; k++) {
            RealNeuron f = realdft_neuron_at(&x->d, x->cin, x->cout, k);
            fprintf(fp, "%s\t%d\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g\t%d\t%d\n", ckpts_step_text(c, t).s, k, f.alpha,
                    f.beta, f.phi, f.psi, 2 * f.phi, misalign(&f), kstar, kfinal);
        }
    }
}

/* --lottery: which initial quantity predicts each neuron's final k* */
static void write_lottery(FILE *fp, Ctx *x, const Ckpts *c)
{
    int K = x->d.K, M = c->M, hit_d = 0, hit_abc = 0, hit_a = 0, hit_ab = 0;
    int *count = xcalloc((size_t)K + 1, sizeof(int));
    for (int m = 0; m < M; m++) {
        ckpts_neuron(c, c->T - 1, m, x->theta, x->xi);
        realdft_decode(&x->d, x->theta, x->cin);
        int kf = realdft_dominant(&x->d, x->cin);
        count[kf]++;
        ckpts_neuron(c, 0, m, x->theta, x->xi);
        realdft_decode(&x->d, x->theta, x->cin);
        realdft_decode(&x->d, x->xi, x->cout);
        int kd = 1, kabc = 1, ka = 1, kab = 1;
        double bd = INFINITY, babc = -INFINITY, ba = -INFINITY, bab = -INFINITY;
        for (int k = 1; k <= K; k++) {
            RealNeuron f = realdft_neuron_at(&x->d, x->cin, x->cout, k);
            double D = fabs(misalign(&f)), abc = f.alpha * f.beta * cos(misalign(&f)), ab = f.alpha * f.beta;
            if (D < bd) bd = D, kd = k;
            if (abc > babc) babc = abc, kabc = k;
            if (f.alpha > ba) ba = f.alpha, ka = k;
            if (ab > bab) bab = ab, kab = k;
        }
        hit_d += kd == kf;
        hit_abc += kabc == kf;
        hit_a += ka == kf;
        hit_ab += kab == kf;
    }
    int lo = M, hi = 0;
    for (int k = 1; k <= K; k++) {
        lo = count[k] < lo ? count[k] : lo;
        hi = count[k] > hi ? count[k] : hi;
    }
    fprintf(fp, "# key\tvalue\nneurons\t%d\nfirst_step\t%s\nlast_step\t%s\n", M, ckpts_step_text(c, 0).s,
            ckpts_step_text(c, c->T - 1).s);
    fprintf(fp, "winners.min\t%d\nwinners.max\t%d\nconst_winners\t%d\nchance\t%.8g\n", lo, hi, count[0], 1.0 / K);
    fprintf(fp, "pred.min_abs_D\t%.8g\npred.max_ab_cosD\t%.8g\npred.max_alpha\t%.8g\npred.max_ab\t%.8g\n",
            (double)hit_d / M, (double)hit_abc / M, (double)hit_a / M, (double)hit_ab / M);
    free(count);
}

/* neurons of the list, sorted by their k* at checkpoint t when sort is set (stable) */
static void order_neurons(Ctx *x, const Ckpts *c, int t, long *nr, int n, int sort)
{
    if (!sort) return;
    int *k = xmalloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        ckpts_neuron(c, t, (int)nr[i], x->theta, NULL);
        realdft_decode(&x->d, x->theta, x->cin);
        k[i] = realdft_dominant(&x->d, x->cin);
    }
    for (int i = 1; i < n; i++) /* insertion sort: stable */
        for (int j = i; j > 0 && k[j - 1] > k[j]; j--) {
            int tk = k[j];
            k[j] = k[j - 1];
            k[j - 1] = tk;
            long tn = nr[j];
            nr[j] = nr[j - 1];
            nr[j - 1] = tn;
        }
    free(k);
}

static void write_heatmap(FILE *fp, Ctx *x, const Ckpts *c, const long *nr, int n, const int *ts, int nts, int raw)
{
    fprintf(fp, "# neurons:");
    for (int i = 0; i < n; i++) fprintf(fp, " %ld", nr[i]);
    fprintf(fp, "\n# blocks: for each step, theta then xi (%s); columns row col value\n", raw ? "raw weights" : "after DFT");
    for (int s = 0; s < nts; s++)
        for (int layer = 0; layer < 2; layer++) {
            fprintf(fp, "# step %s %s\n", ckpts_step_text(c, ts[s]).s, layer ? "xi" : "theta");
            for (int i = 0; i < n; i++) {
                ckpts_neuron(c, ts[s], (int)nr[i], x->theta, x->xi);
                const double *w = layer ? x->xi : x->theta;
                if (!raw) {
                    realdft_decode(&x->d, w, x->cin);
                    w = x->cin;
                }
                for (int j = 0; j < c->p; j++) fprintf(fp, "%d\t%d\t%.8g\n", i, j, w[j]);
                fprintf(fp, "\n");
            }
            fprintf(fp, "\n");
        }
}

static void write_lines(FILE *fp, Ctx *x, const Ckpts *c, int t, const long *nr, int n)
{
    double *fit_in = xmalloc(sizeof(double) * (size_t)c->p), *fit_out = xmalloc(sizeof(double) * (size_t)c->p);
    for (int i = 0; i < n; i++) {
        ckpts_neuron(c, t, (int)nr[i], x->theta, x->xi);
        realdft_fit_top2(&x->d, x->theta, fit_in);
        realdft_fit_top2(&x->d, x->xi, fit_out);
        realdft_decode(&x->d, x->theta, x->cin);
        fprintf(fp, "# neuron %ld k %d\n# j\ttheta\ttheta_fit\txi\txi_fit\n", nr[i], realdft_dominant(&x->d, x->cin));
        for (int j = 0; j < c->p; j++)
            fprintf(fp, "%d\t%.8g\t%.8g\t%.8g\t%.8g\n", j, x->theta[j], fit_in[j], x->xi[j], fit_out[j]);
        fprintf(fp, "\n\n");
    }
    free(fit_in);
    free(fit_out);
}

int main(int argc, char **argv)
{
    util_init(argv);
    long step = -1, neuron = -1, moment_freq = 3;
    int summary = 0, series = 0, heatmap = 0, lines = 0, raw = 0, sort = 0, lottery = 0;
    const char *neurons_s = NULL, *steps_s = NULL, *out = "-";
    Opt opts[] = {
        {"summary", OPT_FLAG, &summary, NULL, "key/value summary of one checkpoint", NO_RANGE},
        {"series", OPT_FLAG, &series, NULL, "one summary row per checkpoint of a trajectory", NO_RANGE},
        {"neuron", OPT_INT, &neuron, "N", "every frequency of neuron N at every checkpoint", 0, 1 << 20},
        {"lottery", OPT_FLAG, &lottery, NULL, "how well initial quantities predict each neuron's final k*", NO_RANGE},
        {"heatmap", OPT_FLAG, &heatmap, NULL, "decoded (or --raw) weights of --neurons at --steps, gnuplot blocks", NO_RANGE},
        {"lines", OPT_FLAG, &lines, NULL, "raw weights of --neurons beside their top-2 DFT fit", NO_RANGE},
        {"neurons", OPT_STRING, &neurons_s, "LIST", "neurons for --heatmap and --lines, e.g. 0-19 or 31,34,38", NO_RANGE},
        {"sort-freq", OPT_FLAG, &sort, NULL, "--heatmap, --lines: order the neurons by k* (at the first of --steps)", NO_RANGE},
        {"steps", OPT_STRING, &steps_s, "LIST", "--heatmap: checkpoints, e.g. 0,1000,5000 (default --step)", NO_RANGE},
        {"raw", OPT_FLAG, &raw, NULL, "--heatmap: raw weights instead of DFT coordinates", NO_RANGE},
        {"step", OPT_INT, &step, "S", "checkpoint of a trajectory (default: the last)", 0, 9.2e18},
        {"moment-freq", OPT_INT, &moment_freq, "K", "--summary: frequency group of the phase moments (default 3)", 1, 1 << 15},
        {"output", OPT_STRING, &out, "FILE", "output (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"features FILE [--summary | --series | --neuron N | --heatmap | --lines] [options] [-o OUT]",
                    "Fourier features of a shared-layer network (model or trajectory) in the real DFT basis: "
                    "per-neuron frequency, magnitudes, phases, IPR, and summaries "
                    "(experiments/he2026/README.md §5).",
                    opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (summary + series + (neuron >= 0) + heatmap + lines + lottery > 1)
        die_usage("--summary, --series, --neuron, --lottery, --heatmap and --lines exclude each other");
    if ((heatmap || lines) && !neurons_s) die_usage("--heatmap and --lines need --neurons");

    const char *path = pos[0];
    Ckpts c = ckpts_read(path);
    if (c.p % 2 == 0) die("%s: p = %d; the real DFT basis needs an odd modulus", path, c.p);
    Ctx x = {.p = c.p, .M = c.M, .d = realdft_new(c.p)};
    x.theta = xmalloc(sizeof(double) * (size_t)c.p);
    x.xi = xmalloc(sizeof(double) * (size_t)c.p);
    x.cin = xmalloc(sizeof(double) * (size_t)c.p);
    x.cout = xmalloc(sizeof(double) * (size_t)c.p);
    if (neuron >= c.M) die_usage("--neuron %ld: the model has %d neurons", neuron, c.M);
    if (moment_freq > x.d.K) die_usage("--moment-freq %ld: p = %d has frequencies 1..%d", moment_freq, c.p, x.d.K);
    int t = step >= 0 ? ckpts_need(&c, step, path) : c.T - 1;

    long *nr = NULL;
    int n = 0;
    if (neurons_s) {
        nr = xmalloc(sizeof(long) * (size_t)c.M);
        n = parse_list(neurons_s, "neurons", 0, c.M - 1, nr, c.M);
    }
    OutFile o = out_open(out);
    if (summary) write_summary(o.fp, &x, &c, t, (int)moment_freq);
    else if (series) write_series(o.fp, &x, &c);
    else if (neuron >= 0) write_neuron_race(o.fp, &x, &c, (int)neuron);
    else if (lottery) write_lottery(o.fp, &x, &c);
    else if (heatmap) {
        long sl[256];
        int ns = steps_s ? parse_list(steps_s, "steps", 0, (long)9.2e18, sl, 256) : 0;
        int *ts = xmalloc(sizeof(int) * (size_t)(ns ? ns : 1));
        for (int i = 0; i < ns; i++) ts[i] = ckpts_need(&c, sl[i], path);
        if (!ns) ts[ns++] = t;
        order_neurons(&x, &c, ts[0], nr, n, sort);
        write_heatmap(o.fp, &x, &c, nr, n, ts, ns, raw);
        free(ts);
    } else if (lines) {
        order_neurons(&x, &c, t, nr, n, sort);
        write_lines(o.fp, &x, &c, t, nr, n);
    }
    else write_neurons(o.fp, &x, &c, t);
    out_commit(&o);
    free(nr);
    free(x.theta);
    free(x.xi);
    free(x.cin);
    free(x.cout);
    realdft_free(&x.d);
    ckpts_free(&c);
    free(pos);
    return 0;
}
