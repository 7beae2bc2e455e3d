/* sparsity — one-sparse Fourier structure of the neurons of a bias-free x^k
 * network (Li et al. 2025 Figs 1/2, 5/6, 7/8;
 * experiments/li2025/README.md §5.4–5.6).
 *
 *   sparsity model.npz -o neurons.tsv
 *   sparsity trajectory.npz --step 0 --summary -o init-summary.tsv
 *   sparsity model.npz --waves 5 --seed 0 -o waves.tsv
 *   sparsity model.npz --hist 50 -o power-hist.tsv
 *   sparsity trajectory.npz --series -o sparsity-series.tsv
 *
 * DFT u_hat(j) = sum_a u(a) e^{-2 pi i j a / p}; one-sided power
 * P(j) = |u_hat(j)|^2, j = 0..(p-1)/2. A vector's frequency is argmax_j P(j)
 * (ties to the lowest j) and its maximum normalised power is
 * max_j P(j) / sum_j P(j) (1 for a pure cosine; onesparse.h). The primary
 * vector is u_{i,1} (the first input's weights); u_{i,2..k} and w_i are
 * checks. n_i is neuron i's norm, n_i^2 = sum_j ||u_{i,j}||^2 + ||w_i||^2.
 * Columns of the neuron table:
 *   neuron  freq  power  (freq of u_1 and its max normalised power)
 *   agree   1 when u_1..u_k and w share the frequency
 *   power_min  the smallest max normalised power over the k+1 vectors
 *   phase_resid  sum_j arg u_hat_j(freq) - arg w_hat(freq), wrapped to (-pi, pi]
 *   norm_ratio   mean_j ||u_{i,j}|| / ||w_i||
 *   dc           |u_hat_1(0)| / ||u_hat_1||  (0 for a zero-mean vector)
 *   norm_sq      n_i^2
 *   norm_pow     n_i^{k+1}, the neuron's term of ||theta||_{2,k+1}^{k+1}
 * --summary writes key/value lines: neurons, n_freq = (p-1)/2, covered (how
 * many of 1..n_freq have a neuron), power_gt_095 (fraction of neurons with
 * power > 0.95), power_mean, power_min_gt_095, agree, phase_abs_median,
 * count_min and count_max over 1..n_freq, count.J for j = 0..n_freq, and
 * norm_share_gt_095: the share of ||theta||_{2,k+1}^{k+1} = sum_i n_i^{k+1}
 * (n_i the neuron's norm, maxmargin.h) held by neurons with power > 0.95,
 * the weight the margin gives them (small, near-random neurons count
 * little); then the project's other secondary measures (not the paper's):
 * sq_share_gt_095, the share of sum_i n_i^2 held by neurons with power >
 * 0.95; active_frac (--active-frac F, default 0.1), active (how many neurons
 * have n_i >= F max_j n_j) and active_gt_095 (the fraction of those with
 * power > 0.95).
 * --series reads every checkpoint of the file (a model file has one) and
 * writes one row per checkpoint: step, power_gt_095, power_mean, covered,
 * norm_share_gt_095, sq_share_gt_095 and active_gt_095, each as --summary
 * prints it (Li et al. 2025, Figures X1b and X5d); it takes --active-frac
 * and excludes --summary, --waves, --hist and --step.
 * --hist N writes the histogram of power over N equal bins of [0, 1]
 * (bin b: b/N <= power < (b+1)/N, power 1 in the last): columns power_lo,
 * power_hi, neurons (the fraction of neurons), norm_sq and norm_pow (the
 * fractions of sum_i n_i^2 and of sum_i n_i^{k+1}).
 * --waves N writes N neurons drawn with --seed (without replacement), each as
 * three gnuplot blocks separated by two blank lines: the weights "a u"
 * (a = 0..p-1), the trigonometric interpolant "x u" on 20 points per unit
 * (u(x) = (1/p)[u_hat(0) + 2 sum_{j>=1} Re(u_hat(j) e^{2 pi i j x/p})]), and
 * the one-sided normalised power "j P(j)/sum P". Does not train.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fourier.h"
#include "kckpt.h"
#include "onesparse.h"
#include "opt.h"
#include "rng.h"
#include "stats.h"
#include "util.h"

typedef struct {
    int freq[9]; /* u_1..u_k, w */
    double power[9], phase[9], norm[9], dc;
} NeuronSpec;

/* one vector's frequency, max normalised power, phase and norm */
static void vector_spec(const FourierTable *t, const double *x, int *freq, double *power, double *phase, double *norm, double *dc)
{
    int p = t->p, half = (p - 1) / 2, arg;
    double re[1024], im[1024];
    fourier_dft(t, x, re, im);
    *power = onesparse_power_dft(p, re, im, &arg);
    *freq = arg;
    *phase = atan2(im[arg], re[arg]);
    double s = 0, total = 0;
    for (int a = 0; a < p; a++) s += x[a] * x[a];
    *norm = sqrt(s);
    for (int j = 0; j <= half; j++) total += re[j] * re[j] + im[j] * im[j];
    if (dc) *dc = total > 0 ? sqrt((re[0] * re[0] + im[0] * im[0]) / total) : 0;
}

static NeuronSpec neuron_spec(const FourierTable *t, const KNet *net, int i)
{
    NeuronSpec n = {0};
    double x[1024];
    for (int j = 0; j <= net->k; j++) {
        onesparse_vector(net, i, j, x);
        vector_spec(t, x, &n.freq[j], &n.power[j], &n.phase[j], &n.norm[j], j == 0 ? &n.dc : NULL);
    }
    return n;
}

/* phase residual at u_1's frequency: every vector's phase taken there */
static double phase_resid(const FourierTable *t, const KNet *net, int i, int z)
{
    int k = net->k;
    double x[1024], re[1024], im[1024], total = 0;
    for (int j = 0; j <= k; j++) {
        onesparse_vector(net, i, j, x);
        fourier_dft(t, x, re, im);
        total += (j < k ? 1 : -1) * atan2(im[z], re[z]);
    }
    double r = remainder(total, 2 * M_PI);
    return r <= -M_PI ? r + 2 * M_PI : r;
}

static int agrees(const NeuronSpec *n, int k)
{
    for (int j = 1; j <= k; j++)
        if (n->freq[j] != n->freq[0]) return 0;
    return 1;
}

static double power_min(const NeuronSpec *n, int k)
{
    double m = n->power[0];
    for (int j = 1; j <= k; j++)
        if (n->power[j] < m) m = n->power[j];
    return m;
}

static void write_neurons(FILE *fp, const FourierTable *t, const KNet *net)
{
    fprintf(fp, "# neuron\tfreq\tpower\tagree\tpower_min\tphase_resid\tnorm_ratio\tdc\tnorm_sq\tnorm_pow\n");
    for (int i = 0; i < net->m; i++) {
        NeuronSpec n = neuron_spec(t, net, i);
        double unorm = 0, sq = onesparse_norm_sq(net, i);
        for (int j = 0; j < net->k; j++) unorm += n.norm[j] / net->k;
        fprintf(fp, "%d\t%d\t%.6f\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.9g\t%.9g\n", i, n.freq[0], n.power[0], agrees(&n, net->k),
                power_min(&n, net->k), phase_resid(t, net, i, n.freq[0]), n.norm[net->k] > 0 ? unorm / n.norm[net->k] : NAN, n.dc,
                sq, onesparse_norm_pow(sq, net->k));
    }
}

/* each neuron's power (of u_{i,1}) and n_i^2, m entries each */
static void powers_norms(const FourierTable *t, const KNet *net, double *power, double *norm_sq)
{
    double x[1024];
    for (int i = 0; i < net->m; i++) {
        onesparse_vector(net, i, 0, x);
        power[i] = onesparse_power(t, x, NULL);
        norm_sq[i] = onesparse_norm_sq(net, i);
    }
}

/* the --summary measures of one network; count (n_freq + 1 entries) is
 * allocated, summary_free releases it */
typedef struct {
    int neurons, n_freq, covered, count_min, count_max;
    int *count; /* (n_freq + 1): how many neurons have u_1's frequency j, j = 0..n_freq */
    double power_gt_095, power_mean, power_min_gt_095, agree, phase_abs_median;
    OneSparse shares; /* norm_share, sq_share, active, active_share */
} Summary;

static void summary_free(Summary *s)
{
    free(s->count);
    s->count = NULL;
}

/* covered, count_min and count_max from s->count over frequencies 1..n_freq */
static void summary_coverage(Summary *s)
{
    s->covered = 0;
    s->count_min = s->neurons;
    s->count_max = 0;
    for (int j = 1; j <= s->n_freq; j++) {
        s->covered += s->count[j] > 0;
        if (s->count[j] < s->count_min) s->count_min = s->count[j];
        if (s->count[j] > s->count_max) s->count_max = s->count[j];
    }
}

static Summary summary_of(const FourierTable *t, const KNet *net, double active_frac)
{
    int m = net->m;
    Summary s = {.neurons = m, .n_freq = (net->p - 1) / 2};
    s.count = xcalloc((size_t)s.n_freq + 1, sizeof(int));
    double *phase = xmalloc(sizeof(double) * (size_t)m); /* (m) |phase residual| */
    double *power = xmalloc(sizeof(double) * (size_t)m), *norm_sq = xmalloc(sizeof(double) * (size_t)m); /* (m) each */
    double above = 0, above_min = 0, mean = 0, agree = 0;
    for (int i = 0; i < m; i++) {
        NeuronSpec n = neuron_spec(t, net, i);
        power[i] = n.power[0];
        norm_sq[i] = onesparse_norm_sq(net, i);
        s.count[n.freq[0]]++;
        above += n.power[0] > 0.95;
        above_min += power_min(&n, net->k) > 0.95;
        mean += n.power[0];
        agree += agrees(&n, net->k);
        phase[i] = fabs(phase_resid(t, net, i, n.freq[0]));
    }
    s.shares = onesparse_measures(m, net->k, power, norm_sq, ONESPARSE_LEVEL, active_frac);
    s.power_gt_095 = above / m;
    s.power_mean = mean / m;
    s.power_min_gt_095 = above_min / m;
    s.agree = agree / m;
    s.phase_abs_median = stats_median(phase, m);
    summary_coverage(&s);
    free(phase);
    free(power);
    free(norm_sq);
    return s;
}

static void write_summary(FILE *fp, const FourierTable *t, const KNet *net, double active_frac)
{
    Summary sum = summary_of(t, net, active_frac), *s = &sum;
    fprintf(fp, "neurons\t%d\nn_freq\t%d\ncovered\t%d\npower_gt_095\t%.6f\npower_mean\t%.6f\npower_min_gt_095\t%.6f\n", s->neurons,
            s->n_freq, s->covered, s->power_gt_095, s->power_mean, s->power_min_gt_095);
    fprintf(fp, "agree\t%.6f\nphase_abs_median\t%.6f\ncount_min\t%d\ncount_max\t%d\n", s->agree, s->phase_abs_median, s->count_min,
            s->count_max);
    for (int j = 0; j <= s->n_freq; j++) fprintf(fp, "count.%d\t%d\n", j, s->count[j]);
    fprintf(fp, "norm_share_gt_095\t%.6f\n", s->shares.norm_share);
    fprintf(fp, "sq_share_gt_095\t%.6f\nactive_frac\t%g\nactive\t%d\nactive_gt_095\t%.6f\n", s->shares.sq_share, active_frac,
            s->shares.active, s->shares.active_share);
    summary_free(s);
}

/* one row per checkpoint of c: its step (as npzcat prints a trajectory's
 * steps, %.10g) and the --summary values of the columns, in write_summary's
 * formats */
static void write_series(FILE *fp, const FourierTable *t, const KCkpts *c, double active_frac)
{
    fprintf(fp, "# step\tpower_gt_095\tpower_mean\tcovered\tnorm_share_gt_095\tsq_share_gt_095\tactive_gt_095\n");
    for (int i = 0; i < c->T; i++) {
        KNet net = kckpts_net(c, i);
        Summary s = summary_of(t, &net, active_frac);
        fprintf(fp, "%.10g\t%.6f\t%.6f\t%d\t%.6f\t%.6f\t%.6f\n", (double)c->steps[i], s.power_gt_095, s.power_mean, s.covered,
                s.shares.norm_share, s.shares.sq_share, s.shares.active_share);
        summary_free(&s);
    }
}

static void write_hist(FILE *fp, const FourierTable *t, const KNet *net, int nbins)
{
    int m = net->m;
    double *power = xmalloc(sizeof(double) * (size_t)m), *norm_sq = xmalloc(sizeof(double) * (size_t)m);
    double *count = xmalloc(sizeof(double) * (size_t)nbins), *sq = xmalloc(sizeof(double) * (size_t)nbins);
    double *pw = xmalloc(sizeof(double) * (size_t)nbins);
    powers_norms(t, net, power, norm_sq);
    onesparse_hist(m, net->k, power, norm_sq, nbins, count, sq, pw);
    fprintf(fp, "# power_lo\tpower_hi\tneurons\tnorm_sq\tnorm_pow\n");
    for (int b = 0; b < nbins; b++)
        fprintf(fp, "%.6g\t%.6g\t%.6f\t%.6f\t%.6f\n", (double)b / nbins, (double)(b + 1) / nbins, count[b], sq[b], pw[b]);
    free(power);
    free(norm_sq);
    free(count);
    free(sq);
    free(pw);
}

static void write_waves(FILE *fp, const FourierTable *t, const KNet *net, int N, uint64_t seed)
{
    int p = net->p, half = (p - 1) / 2, m = net->m;
    if (N > m) die_usage("--waves %d: the network has %d neurons", N, m);
    int *order = xmalloc(sizeof(int) * (size_t)m);
    for (int i = 0; i < m; i++) order[i] = i;
    Rng rng = rng_stream(seed, STREAM_OTHER);
    for (int i = 0; i < N; i++) { /* partial Fisher-Yates: the first N of a shuffle */
        int j = i + (int)rng_below(&rng, (uint64_t)(m - i)), tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
    }
    double x[1024], re[1024], im[1024];
    for (int r = 0; r < N; r++) {
        int i = order[r];
        for (int a = 0; a < p; a++) x[a] = net->U[(int64_t)i * net->k * p + a];
        fourier_dft(t, x, re, im);
        fprintf(fp, "%s# neuron %d weights\n# a\tu\n", r ? "\n\n" : "", i);
        for (int a = 0; a < p; a++) fprintf(fp, "%d\t%.9g\n", a, x[a]);
        fprintf(fp, "\n\n# neuron %d interpolant\n# x\tu\n", i);
        for (int s = 0; s <= 20 * (p - 1); s++) {
            double xs = s / 20.0, v = re[0];
            for (int j = 1; j <= half; j++) v += 2 * (re[j] * cos(2 * M_PI * j * xs / p) - im[j] * sin(2 * M_PI * j * xs / p));
            fprintf(fp, "%.4f\t%.9g\n", xs, v / p);
        }
        double total = 0;
        for (int j = 0; j <= half; j++) total += re[j] * re[j] + im[j] * im[j];
        fprintf(fp, "\n\n# neuron %d power\n# j\tpower\n", i);
        for (int j = 0; j <= half; j++) fprintf(fp, "%d\t%.9g\n", j, total > 0 ? (re[j] * re[j] + im[j] * im[j]) / total : 0);
    }
    free(order);
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *out = "-";
    long step = -1, waves = 0, seed = 0, summary = 0, hist = 0, series = 0;
    double active_frac = ONESPARSE_ACTIVE_FRAC;
    Opt opts[] = {
        {"step", OPT_INT, &step, "S", "the checkpoint at step S of a trajectory (default: the last)", 0, 1e12},
        {"summary", OPT_FLAG, &summary, NULL, "key/value summary instead of the neuron table", NO_RANGE},
        {"series", OPT_FLAG, &series, NULL, "one row of summary values per checkpoint of a trajectory", NO_RANGE},
        {"waves", OPT_INT, &waves, "N", "weights, interpolant and power of N random neurons", 1, 1000},
        {"seed", OPT_INT, &seed, "S", "seed of the --waves draw (default 0)", 0, 9.2e18},
        {"hist", OPT_INT, &hist, "N", "histogram of max normalised power over N bins: neurons, n_i^2, n_i^{k+1}", 1, 1000},
        {"active-frac", OPT_DOUBLE, &active_frac, "F", "--summary, --series: a neuron is active when n_i >= F max n_j (default 0.1)",
         0, 1},
        {"output", OPT_STRING, &out, "FILE", "output ('-' = stdout, the default); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"sparsity MODEL|TRAJECTORY [--step S] [--summary [--active-frac F] | --waves N [--seed S] | --hist N] [-o OUT]"
                    " | sparsity MODEL|TRAJECTORY --series [--active-frac F] [-o OUT]",
                    "Per-neuron one-sided Fourier power of a bias-free x^k network: frequency, maximum normalised power, phases, norms.",
                    opts, 1, 1, 3};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (!!summary + !!waves + !!hist > 1) die_usage("--summary, --waves and --hist exclude each other");
    if (series && (summary || waves || hist || step >= 0)) die_usage("--series excludes --summary, --waves, --hist and --step");
    KCkpts c = kckpts_read(pos[0]);
    if (c.p > 1024) die("%s: p = %d is larger than 1024", pos[0], c.p);
    int t = step >= 0 ? kckpts_need(&c, step, pos[0]) : c.T - 1; /* --series reads every checkpoint */
    KNet net = kckpts_net(&c, t);
    FourierTable tab = fourier_table(c.p);
    OutFile o = out_open(out);
    if (series) write_series(o.fp, &tab, &c, active_frac);
    else if (summary) write_summary(o.fp, &tab, &net, active_frac);
    else if (hist) write_hist(o.fp, &tab, &net, (int)hist);
    else if (waves) write_waves(o.fp, &tab, &net, (int)waves, (uint64_t)seed);
    else write_neurons(o.fp, &tab, &net);
    out_commit(&o);
    fourier_table_free(&tab);
    kckpts_free(&c);
    return 0;
}
