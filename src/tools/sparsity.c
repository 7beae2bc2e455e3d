/* sparsity — one-sparse Fourier structure of the neurons of a bias-free x^k
 * network (Li et al. 2025 Figs 1/2, 5/6, 7/8;
 * experiments/li2025/README.md §5.4–5.6).
 *
 *   sparsity model.npz -o neurons.tsv
 *   sparsity trajectory.npz --step 0 --summary -o init-summary.tsv
 *   sparsity model.npz --waves 5 --seed 0 -o waves.tsv
 *
 * DFT u_hat(j) = sum_a u(a) e^{-2 pi i j a / p}; one-sided power
 * P(j) = |u_hat(j)|^2, j = 0..(p-1)/2. A vector's frequency is argmax_j P(j)
 * (ties to the lowest j) and its maximum normalised power is
 * max_j P(j) / sum_j P(j) (1 for a pure cosine). The primary vector is
 * u_{i,1} (the first input's weights); u_{i,2..k} and w_i are checks.
 * Columns of the neuron table:
 *   neuron  freq  power  (freq of u_1 and its max normalised power)
 *   agree   1 when u_1..u_k and w share the frequency
 *   power_min  the smallest max normalised power over the k+1 vectors
 *   phase_resid  sum_j arg u_hat_j(freq) - arg w_hat(freq), wrapped to (-pi, pi]
 *   norm_ratio   mean_j ||u_{i,j}|| / ||w_i||
 *   dc           |u_hat_1(0)| / ||u_hat_1||  (0 for a zero-mean vector)
 * --summary writes key/value lines: neurons, n_freq = (p-1)/2, covered (how
 * many of 1..n_freq have a neuron), power_gt_095 (fraction of neurons with
 * power > 0.95), power_mean, power_min_gt_095, agree, phase_abs_median,
 * count_min and count_max over 1..n_freq, count.J for j = 0..n_freq, and
 * norm_share_gt_095: the share of ||theta||_{2,k+1}^{k+1} = sum_i n_i^{k+1}
 * (n_i the neuron's norm, maxmargin.h) held by neurons with power > 0.95,
 * the weight the margin gives them (small, near-random neurons count
 * little).
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
    int p = t->p, half = (p - 1) / 2;
    double re[1024], im[1024];
    fourier_dft(t, x, re, im);
    double total = 0, best = -1;
    int arg = 0;
    for (int j = 0; j <= half; j++) {
        double P = re[j] * re[j] + im[j] * im[j];
        total += P;
        if (P > best * (1 + 1e-12)) best = P, arg = j;
    }
    *freq = arg;
    *power = total > 0 ? best / total : 0;
    *phase = atan2(im[arg], re[arg]);
    double s = 0;
    for (int a = 0; a < p; a++) s += x[a] * x[a];
    *norm = sqrt(s);
    if (dc) *dc = total > 0 ? sqrt((re[0] * re[0] + im[0] * im[0]) / total) : 0;
}

static NeuronSpec neuron_spec(const FourierTable *t, const KNet *net, int i)
{
    NeuronSpec n = {0};
    int p = net->p, k = net->k;
    double x[1024];
    for (int j = 0; j <= k; j++) {
        for (int a = 0; a < p; a++) x[a] = j < k ? net->U[(int64_t)i * k * p + j * p + a] : net->W[(int64_t)a * net->m + i];
        vector_spec(t, x, &n.freq[j], &n.power[j], &n.phase[j], &n.norm[j], j == 0 ? &n.dc : NULL);
    }
    return n;
}

/* phase residual at u_1's frequency: every vector's phase taken there */
static double phase_resid(const FourierTable *t, const KNet *net, int i, int z)
{
    int p = net->p, k = net->k;
    double x[1024], re[1024], im[1024], total = 0;
    for (int j = 0; j <= k; j++) {
        for (int a = 0; a < p; a++) x[a] = j < k ? net->U[(int64_t)i * k * p + j * p + a] : net->W[(int64_t)a * net->m + i];
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
    fprintf(fp, "# neuron\tfreq\tpower\tagree\tpower_min\tphase_resid\tnorm_ratio\tdc\n");
    for (int i = 0; i < net->m; i++) {
        NeuronSpec n = neuron_spec(t, net, i);
        double unorm = 0;
        for (int j = 0; j < net->k; j++) unorm += n.norm[j] / net->k;
        fprintf(fp, "%d\t%d\t%.6f\t%d\t%.6f\t%.6f\t%.6f\t%.6f\n", i, n.freq[0], n.power[0], agrees(&n, net->k),
                power_min(&n, net->k), phase_resid(t, net, i, n.freq[0]), n.norm[net->k] > 0 ? unorm / n.norm[net->k] : NAN, n.dc);
    }
}

static void write_summary(FILE *fp, const FourierTable *t, const KNet *net)
{
    int half = (net->p - 1) / 2, m = net->m;
    int *count = xcalloc((size_t)half + 1, sizeof(int));
    double *phase = xmalloc(sizeof(double) * (size_t)m);
    double above = 0, above_min = 0, mean = 0, agree = 0, norm_all = 0, norm_above = 0;
    for (int i = 0; i < m; i++) {
        NeuronSpec n = neuron_spec(t, net, i);
        count[n.freq[0]]++;
        above += n.power[0] > 0.95;
        above_min += power_min(&n, net->k) > 0.95;
        mean += n.power[0];
        agree += agrees(&n, net->k);
        phase[i] = fabs(phase_resid(t, net, i, n.freq[0]));
        double n2 = 0;
        for (int j = 0; j <= net->k; j++) n2 += n.norm[j] * n.norm[j];
        double w = pow(n2, (net->k + 1) / 2.0);
        norm_all += w;
        if (n.power[0] > 0.95) norm_above += w;
    }
    int covered = 0, cmin = m, cmax = 0;
    for (int j = 1; j <= half; j++) {
        covered += count[j] > 0;
        if (count[j] < cmin) cmin = count[j];
        if (count[j] > cmax) cmax = count[j];
    }
    fprintf(fp, "neurons\t%d\nn_freq\t%d\ncovered\t%d\npower_gt_095\t%.6f\npower_mean\t%.6f\npower_min_gt_095\t%.6f\n", m, half,
            covered, above / m, mean / m, above_min / m);
    fprintf(fp, "agree\t%.6f\nphase_abs_median\t%.6f\ncount_min\t%d\ncount_max\t%d\n", agree / m, stats_median(phase, m), cmin, cmax);
    for (int j = 0; j <= half; j++) fprintf(fp, "count.%d\t%d\n", j, count[j]);
    fprintf(fp, "norm_share_gt_095\t%.6f\n", norm_all > 0 ? norm_above / norm_all : 0);
    free(count);
    free(phase);
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
    long step = -1, waves = 0, seed = 0, summary = 0;
    Opt opts[] = {
        {"step", OPT_INT, &step, "S", "the checkpoint at step S of a trajectory (default: the last)", 0, 1e12},
        {"summary", OPT_FLAG, &summary, NULL, "key/value summary instead of the neuron table", NO_RANGE},
        {"waves", OPT_INT, &waves, "N", "weights, interpolant and power of N random neurons", 1, 1000},
        {"seed", OPT_INT, &seed, "S", "seed of the --waves draw (default 0)", 0, 9.2e18},
        {"output", OPT_STRING, &out, "FILE", "output ('-' = stdout, the default); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"sparsity MODEL|TRAJECTORY [--step S] [--summary | --waves N [--seed S]] [-o OUT]",
                    "Per-neuron one-sided Fourier power of a bias-free x^k network: frequency, maximum normalised power, phases.",
                    opts, 1, 1, 2};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (summary && waves) die_usage("--summary and --waves exclude each other");
    KCkpts c = kckpts_read(pos[0]);
    if (c.p > 1024) die("%s: p = %d is larger than 1024", pos[0], c.p);
    int t = step >= 0 ? kckpts_need(&c, step, pos[0]) : c.T - 1;
    KNet net = kckpts_net(&c, t);
    FourierTable tab = fourier_table(c.p);
    OutFile o = out_open(out);
    if (summary) write_summary(o.fp, &tab, &net);
    else if (waves) write_waves(o.fp, &tab, &net, (int)waves, (uint64_t)seed);
    else write_neurons(o.fp, &tab, &net);
    out_commit(&o);
    fourier_table_free(&tab);
    kckpts_free(&c);
    return 0;
}
