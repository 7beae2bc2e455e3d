/* dynamics — the computations of He et al. (2026) that train no network
 * (experiments/he2026/README.md §5.5–5.9): the decoupled phase/magnitude
 * flow of one neuron, the lottery-outcome contour, the frequency- and
 * phase-diversity ablations on a synthetic ideal network, and Proposition 1's
 * flawed indicator.
 *
 *   dynamics ode --phi0 1.5 --psi0 0.18 --steps 1400 --lr 1 -o approx1.tsv
 *   dynamics ode --phi0 1.5 --psi0 0.18 --steps 1400 --lr 1 --summary
 *   dynamics contour -o contour.tsv           (30 x 30 grid)
 *   dynamics contour --at 0.015,3.14159265    (one point, key/value)
 *   dynamics freqdiv -o table2.tsv            dynamics freqdiv --logits -o f19.tsv
 *   dynamics phasediv -o table3.tsv           dynamics phasediv --logits -o f20.tsv
 *   dynamics indicator --p 23 --x 3 --y 7 --n 8
 *
 * ode: theta = amp cos(omega_k0 j + phi0), xi = amp cos(omega_k0 j + psi0),
 *   then --steps Euler steps of heflow_step (every frequency, scale 1/p^2);
 *   rows t = step * lr: t alpha beta phi psi two_phi D other_max for k0,
 *   D = wrap(2 phi - psi), two_phi = 2 phi, other_max the largest alpha or
 *   beta at any other frequency; every --every steps and the last.
 *   --summary: D0, alpha_min, t_alpha_min, D_at_alpha_min, t_half_pi (first
 *   t with |D| <= pi/2), alpha_end, beta_end, D_end, t_end.
 * contour: kappa0 in linspace(kmin, kmax, n), phi0 in linspace(0, pi, n),
 *   psi0 = 0, alpha(0) = beta(0) = kappa0 at frequency --k; --steps Euler
 *   steps of lr --lr at that frequency alone, no 1/p^2; rows kappa0 D0
 *   beta_final D_final with D0 = 2 phi0, one gnuplot block per kappa0.
 * freqdiv: the ideal network of --neurons neurons over every subset of n of
 *   the K frequencies, n in --sizes (default 1,2,4,8) and K; CE averaged over
 *   all p^2 pairs per subset; rows n subsets mean median std across subsets.
 *   --logits: per pair of --pairs one block, rows z mean_n sd_n ... full
 *   (mean and population SD over all subsets of each size, then the full set).
 * phasediv: every frequency, phases on [0, R pi), R in --ranges (default
 *   0.4,0.8,1.2,1.6,2.0 as numpy's i * 0.4); rows R mean median std of the
 *   CE over the p^2 pairs. --logits: per pair one block, rows z and one
 *   column per R of --logit-ranges (default 1,1.25,1.5,1.75,2).
 * indicator: the ideal quadratic network with --n equispaced phases at every
 *   frequency (amplitude 1): rows j role formula network, both in units of
 *   aN/2 = N/2 (role: correct, ghost, both or background).
 * All in double; see heflow.h for the update rule and the operation order.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heflow.h"
#include "opt.h"
#include "realdft.h"
#include "util.h"

typedef struct {
    long p, k0, k, steps, every, n, neurons, x, y, nphase;
    double phi0, psi0, amp, lr, kmin, kmax;
    int summary, logits;
    const char *at, *sizes, *ranges, *logit_ranges, *pairs;
} Flags;

/* comma-separated numbers into v (cap); returns the count */
static int parse_numbers(const char *s, const char *flag, double *v, int cap)
{
    int n = 0;
    const char *q = s;
    while (*q) {
        char *end;
        double x = strtod(q, &end);
        if (end == q || n == cap) die_usage("--%s: '%s' is not a list of at most %d numbers", flag, s, cap);
        v[n++] = x;
        if (*end == ',') end++;
        else if (*end) die_usage("--%s: '%s' is not a comma-separated list of numbers", flag, s);
        q = end;
    }
    return n;
}

/* ------------------------------------------------------------------ ode */

typedef struct {
    double alpha, beta, phi, psi, other;
} At;

static At state_at(const RealDft *d, const double *theta, const double *xi, int k0)
{
    double *ct = xmalloc(sizeof(double) * (size_t)d->p), *cx = xmalloc(sizeof(double) * (size_t)d->p);
    realdft_decode(d, theta, ct);
    realdft_decode(d, xi, cx);
    At a = {realdft_magnitude(d, ct, k0), realdft_magnitude(d, cx, k0), realdft_phase(ct, k0), realdft_phase(cx, k0), 0};
    for (int k = 1; k <= d->K; k++) {
        if (k == k0) continue;
        double m = fmax(realdft_magnitude(d, ct, k), realdft_magnitude(d, cx, k));
        a.other = m > a.other ? m : a.other;
    }
    free(ct);
    free(cx);
    return a;
}

static void run_ode(FILE *fp, const Flags *f)
{
    int p = (int)f->p, k0 = (int)f->k0;
    RealDft d = realdft_new(p);
    double *theta = xmalloc(sizeof(double) * (size_t)p), *xi = xmalloc(sizeof(double) * (size_t)p);
    heflow_cosine(p, k0, f->amp, f->phi0, theta);
    heflow_cosine(p, k0, f->amp, f->psi0, xi);
    double scale = 1.0 / ((double)p * p);
    At a = state_at(&d, theta, xi, k0);
    double D0 = realdft_wrap(2 * a.phi - a.psi), amin = a.alpha, tmin = 0, Dmin = D0, thalf = NAN;
    if (!f->summary) fprintf(fp, "# t\talpha\tbeta\tphi\tpsi\ttwo_phi\tD\tother_max\n");
    for (long s = 0;; s++) {
        double t = (double)s * f->lr, D = realdft_wrap(2 * a.phi - a.psi);
        if (isnan(thalf) && fabs(D) <= M_PI / 2) thalf = t;
        if (a.alpha < amin) {
            amin = a.alpha;
            tmin = t;
            Dmin = D;
        }
        if (!f->summary && (s % f->every == 0 || s == f->steps))
            fprintf(fp, "%.10g\t%.10g\t%.10g\t%.10g\t%.10g\t%.10g\t%.10g\t%.4g\n", t, a.alpha, a.beta, a.phi, a.psi,
                    2 * a.phi, D, a.other);
        if (s == f->steps) {
            if (f->summary)
                fprintf(fp, "# key\tvalue\nD0\t%.10g\nalpha_min\t%.10g\nt_alpha_min\t%.10g\nD_at_alpha_min\t%.10g\n"
                            "t_half_pi\t%.10g\nalpha_end\t%.10g\nbeta_end\t%.10g\nD_end\t%.10g\nt_end\t%.10g\n",
                        D0, amin, tmin, Dmin, thalf, a.alpha, a.beta, D, t);
            break;
        }
        heflow_step(&d, theta, xi, f->lr, scale, 0);
        a = state_at(&d, theta, xi, k0);
    }
    free(theta);
    free(xi);
    realdft_free(&d);
}

/* -------------------------------------------------------------- contour */

/* final beta and D after the contour's simulation from (kappa0, phi0, psi0 = 0) */
static void contour_point(const RealDft *d, const Flags *f, double kappa0, double phi0, double *beta, double *D)
{
    int p = d->p, k = (int)f->k;
    double *theta = xmalloc(sizeof(double) * (size_t)p), *xi = xmalloc(sizeof(double) * (size_t)p);
    heflow_cosine(p, k, kappa0, phi0, theta);
    heflow_cosine(p, k, kappa0, 0.0, xi);
    for (long s = 0; s < f->steps; s++) heflow_step(d, theta, xi, f->lr, 1.0, k);
    At a = state_at(d, theta, xi, k);
    *beta = a.beta;
    *D = realdft_wrap(2 * a.phi - a.psi);
    free(theta);
    free(xi);
}

static void run_contour(FILE *fp, const Flags *f)
{
    RealDft d = realdft_new((int)f->p);
    double beta, D;
    if (f->at) {
        double v[2];
        if (parse_numbers(f->at, "at", v, 2) != 2) die_usage("--at: expected KAPPA0,D0");
        contour_point(&d, f, v[0], v[1] / 2, &beta, &D);
        fprintf(fp, "# key\tvalue\nkappa0\t%.10g\nD0\t%.10g\nbeta_final\t%.10g\nD_final\t%.10g\n", v[0], v[1], beta, D);
    } else {
        long n = f->n;
        fprintf(fp, "# kappa0\tD0\tbeta_final\tD_final\n");
        for (long i = 0; i < n; i++) {
            /* np.linspace(kmin, kmax, n) and np.linspace(0, pi, n) */
            double kappa = n > 1 ? f->kmin + i * ((f->kmax - f->kmin) / (double)(n - 1)) : f->kmin;
            if (n > 1 && i == n - 1) kappa = f->kmax;
            for (long j = 0; j < n; j++) {
                double phi0 = n > 1 ? j * (M_PI / (double)(n - 1)) : 0;
                if (n > 1 && j == n - 1) phi0 = M_PI;
                contour_point(&d, f, kappa, phi0, &beta, &D);
                fprintf(fp, "%.10g\t%.10g\t%.10g\t%.10g\n", kappa, 2 * phi0, beta, D);
            }
            fprintf(fp, "\n");
        }
    }
    realdft_free(&d);
}

/* ------------------------------------------------------------ diversity */

/* mean CE over every pair (x, y), x-major, as numpy averages a list */
static double mean_ce(int p, const int *freqs, int nf, const int *counts, double range, double *losses, double *logits)
{
    for (int x = 0; x < p; x++)
        for (int y = 0; y < p; y++) {
            heflow_ideal_logits(p, x, y, freqs, nf, counts, range, logits);
            losses[x * p + y] = heflow_ce(logits, p, (x + y) % p);
        }
    return heflow_np_mean(losses, (long)p * p);
}

/* every n-subset of 1..K in lexicographic order (itertools.combinations) into
 * subs (count x n); returns the count */
static long combinations(int K, int n, int **subs)
{
    long cnt = 1;
    for (int i = 0; i < n; i++) cnt = cnt * (K - i) / (i + 1);
    *subs = xmalloc(sizeof(int) * (size_t)(cnt * n));
    int *c = xmalloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) c[i] = i + 1;
    for (long s = 0; s < cnt; s++) {
        memcpy(*subs + s * n, c, sizeof(int) * (size_t)n);
        int i = n - 1;
        while (i >= 0 && c[i] == K - n + i + 1) i--;
        if (i < 0) break;
        c[i]++;
        for (int j = i + 1; j < n; j++) c[j] = c[j - 1] + 1;
    }
    free(c);
    return cnt;
}

static int pair_list(const Flags *f, int *px, int *py)
{
    double v[32];
    int n = parse_numbers(f->pairs, "pairs", v, 32);
    if (n % 2) die_usage("--pairs: expected X,Y,X,Y,...");
    for (int i = 0; i < n / 2; i++) {
        px[i] = (int)v[2 * i];
        py[i] = (int)v[2 * i + 1];
        if (px[i] < 0 || py[i] < 0 || px[i] >= f->p || py[i] >= f->p) die_usage("--pairs: %d,%d out of range", px[i], py[i]);
    }
    return n / 2;
}

static void run_freqdiv(FILE *fp, const Flags *f)
{
    int p = (int)f->p, K = (p - 1) / 2;
    int *counts = xmalloc(sizeof(int) * (size_t)K);
    heflow_counts(p, (int)f->neurons, counts);
    double sz[16];
    int nsz = parse_numbers(f->sizes, "sizes", sz, 15);
    for (int i = 0; i < nsz; i++)
        if (sz[i] < 1 || sz[i] > K) die_usage("--sizes: %g is not in 1..%d", sz[i], K);
    sz[nsz++] = K; /* the full set last */
    double *losses = xmalloc(sizeof(double) * (size_t)p * p), *logits = xmalloc(sizeof(double) * (size_t)p);
    if (!f->logits) {
        fprintf(fp, "# n\tsubsets\tmean\tmedian\tstd\n");
        for (int i = 0; i < nsz; i++) {
            int n = (int)sz[i], *subs;
            long cnt = combinations(K, n, &subs);
            double *avg = xmalloc(sizeof(double) * (size_t)cnt);
            for (long s = 0; s < cnt; s++) avg[s] = mean_ce(p, subs + s * n, n, counts, 2 * M_PI, losses, logits);
            fprintf(fp, "%d\t%ld\t%.6e\t%.6e\t%.6e\n", n, cnt, heflow_np_mean(avg, cnt), heflow_np_median(avg, cnt),
                    heflow_np_std(avg, cnt));
            free(avg);
            free(subs);
        }
    } else {
        int px[16], py[16], np_ = pair_list(f, px, py);
        fprintf(fp, "# blocks: one per pair; columns z then mean and sd over the subsets of each size, full set last\n");
        for (int q = 0; q < np_; q++) {
            fprintf(fp, "# pair %d %d true %d\n# z", px[q], py[q], (px[q] + py[q]) % p);
            for (int i = 0; i < nsz; i++) fprintf(fp, "\tmean_%d\tsd_%d", (int)sz[i], (int)sz[i]);
            fprintf(fp, "\n");
            double *mean = xcalloc((size_t)(nsz * p), sizeof(double)), *sd = xcalloc((size_t)(nsz * p), sizeof(double));
            for (int i = 0; i < nsz; i++) {
                int n = (int)sz[i], *subs;
                long cnt = combinations(K, n, &subs);
                double *all = xmalloc(sizeof(double) * (size_t)(cnt * p)), *col = xmalloc(sizeof(double) * (size_t)cnt);
                for (long s = 0; s < cnt; s++) heflow_ideal_logits(p, px[q], py[q], subs + s * n, n, counts, 2 * M_PI, all + s * p);
                for (int z = 0; z < p; z++) {
                    for (long s = 0; s < cnt; s++) col[s] = all[s * p + z];
                    mean[i * p + z] = heflow_np_mean(col, cnt);
                    sd[i * p + z] = heflow_np_std(col, cnt);
                }
                free(all);
                free(col);
                free(subs);
            }
            for (int z = 0; z < p; z++) {
                fprintf(fp, "%d", z);
                for (int i = 0; i < nsz; i++) fprintf(fp, "\t%.8g\t%.8g", mean[i * p + z], sd[i * p + z]);
                fprintf(fp, "\n");
            }
            fprintf(fp, "\n\n");
            free(mean);
            free(sd);
        }
    }
    free(counts);
    free(losses);
    free(logits);
}

static void run_phasediv(FILE *fp, const Flags *f)
{
    int p = (int)f->p, K = (p - 1) / 2;
    int *counts = xmalloc(sizeof(int) * (size_t)K), *all = xmalloc(sizeof(int) * (size_t)K);
    heflow_counts(p, (int)f->neurons, counts);
    for (int k = 0; k < K; k++) all[k] = k + 1;
    double *losses = xmalloc(sizeof(double) * (size_t)p * p), *logits = xmalloc(sizeof(double) * (size_t)p);
    double r[16];
    if (!f->logits) {
        int nr = parse_numbers(f->ranges, "ranges", r, 16);
        fprintf(fp, "# R\tmean\tmedian\tstd\n");
        for (int i = 0; i < nr; i++) {
            mean_ce(p, all, K, counts, r[i] * M_PI, losses, logits);
            long n = (long)p * p;
            fprintf(fp, "%.4g\t%.6e\t%.6e\t%.6e\n", r[i], heflow_np_mean(losses, n), heflow_np_median(losses, n),
                    heflow_np_std(losses, n));
        }
    } else {
        int nr = parse_numbers(f->logit_ranges, "logit-ranges", r, 16);
        int px[16], py[16], np_ = pair_list(f, px, py);
        fprintf(fp, "# blocks: one per pair; columns z then the logits for each phase range R pi\n");
        for (int q = 0; q < np_; q++) {
            fprintf(fp, "# pair %d %d true %d\n# z", px[q], py[q], (px[q] + py[q]) % p);
            for (int i = 0; i < nr; i++) fprintf(fp, "\tR%.4g", r[i]);
            fprintf(fp, "\n");
            double *cols = xmalloc(sizeof(double) * (size_t)(nr * p));
            for (int i = 0; i < nr; i++) heflow_ideal_logits(p, px[q], py[q], all, K, counts, r[i] * M_PI, cols + i * p);
            for (int z = 0; z < p; z++) {
                fprintf(fp, "%d", z);
                for (int i = 0; i < nr; i++) fprintf(fp, "\t%.8g", cols[i * p + z]);
                fprintf(fp, "\n");
            }
            fprintf(fp, "\n\n");
            free(cols);
        }
    }
    free(counts);
    free(all);
    free(losses);
    free(logits);
}

static void run_indicator(FILE *fp, const Flags *f)
{
    int p = (int)f->p, K = (p - 1) / 2, x = (int)f->x, y = (int)f->y, N = (int)f->nphase;
    int *counts = xmalloc(sizeof(int) * (size_t)K), *all = xmalloc(sizeof(int) * (size_t)K);
    for (int k = 0; k < K; k++) {
        counts[k] = N;
        all[k] = k + 1;
    }
    double *l = xmalloc(sizeof(double) * (size_t)p);
    heflow_ideal_logits(p, x, y, all, K, counts, 2 * M_PI, l);
    fprintf(fp, "# p %d x %d y %d, %d phases per frequency; logits in units of aN/2 = %g\n# j\trole\tformula\tnetwork\n",
            p, x, y, N, N / 2.0);
    for (int j = 0; j < p; j++) {
        int c = (x + y) % p == j, g = (2 * x) % p == j || (2 * y) % p == j;
        const char *role = c && g ? "both" : c ? "correct" : g ? "ghost" : "background";
        fprintf(fp, "%d\t%s\t%.10g\t%.10g\n", j, role, heflow_prop1(p, x, y, j), l[j] / (N / 2.0));
    }
    free(l);
    free(counts);
    free(all);
}

int main(int argc, char **argv)
{
    util_init(argv);
    Flags f = {.p = 23, .k0 = 2, .k = 1, .steps = -1, .every = 1, .n = 30, .neurons = 128, .x = 3, .y = 7,
               .nphase = 8, .amp = 0.02, .lr = -1, .kmin = 0.01, .kmax = 0.02, .sizes = "1,2,4,8",
               .ranges = "0.4,0.8,1.2000000000000002,1.6,2.0", .logit_ranges = "1,1.25,1.5,1.75,2",
               .pairs = "6,6,4,6,3,15,5,6"};
    const char *out = "-";
    Opt opts[] = {
        {"p", OPT_INT, &f.p, "P", "odd modulus (default 23)", 3, 1001},
        {"phi0", OPT_DOUBLE, &f.phi0, "A", "ode: initial input phase", -1e3, 1e3},
        {"psi0", OPT_DOUBLE, &f.psi0, "A", "ode: initial output phase", -1e3, 1e3},
        {"k0", OPT_INT, &f.k0, "K", "ode: the initial frequency (default 2)", 1, 500},
        {"amp", OPT_DOUBLE, &f.amp, "A", "ode: initial magnitude of theta and xi (default 0.02)", 0, 1e3},
        {"steps", OPT_INT, &f.steps, "N", "ode, contour: Euler steps (ode: required; contour: default 100)", 0, 1e9},
        {"lr", OPT_DOUBLE, &f.lr, "H", "ode, contour: step size (ode: default 1; contour: default 0.01)", 0, 1e6},
        {"every", OPT_INT, &f.every, "N", "ode: a row every N steps (default 1)", 1, 1e9},
        {"summary", OPT_FLAG, &f.summary, NULL, "ode: key/value summary instead of rows", NO_RANGE},
        {"k", OPT_INT, &f.k, "K", "contour: the frequency (default 1)", 1, 500},
        {"n", OPT_INT, &f.n, "N", "contour: grid points per axis (default 30)", 1, 10000},
        {"kmin", OPT_DOUBLE, &f.kmin, "K", "contour: smallest initial magnitude (default 0.01)", 0, 1e3},
        {"kmax", OPT_DOUBLE, &f.kmax, "K", "contour: largest initial magnitude (default 0.02)", 0, 1e3},
        {"at", OPT_STRING, &f.at, "K,D", "contour: one point, initial magnitude K and phase difference D = 2 phi0", NO_RANGE},
        {"neurons", OPT_INT, &f.neurons, "N", "freqdiv, phasediv: neurons of the ideal network (default 128)", 1, 1e6},
        {"sizes", OPT_STRING, &f.sizes, "LIST", "freqdiv: subset sizes before the full set (default 1,2,4,8)", NO_RANGE},
        {"ranges", OPT_STRING, &f.ranges, "LIST", "phasediv: phase ranges in units of pi (default 0.4,...,2.0)", NO_RANGE},
        {"logit-ranges", OPT_STRING, &f.logit_ranges, "LIST", "phasediv --logits: phase ranges (default 1,1.25,1.5,1.75,2)", NO_RANGE},
        {"logits", OPT_FLAG, &f.logits, NULL, "freqdiv, phasediv: logits of --pairs instead of the CE table", NO_RANGE},
        {"pairs", OPT_STRING, &f.pairs, "LIST", "X,Y,X,Y,... for --logits (default 6,6,4,6,3,15,5,6)", NO_RANGE},
        {"x", OPT_INT, &f.x, "X", "indicator: first input (default 3)", 0, 1e6},
        {"y", OPT_INT, &f.y, "Y", "indicator: second input (default 7)", 0, 1e6},
        {"nphase", OPT_INT, &f.nphase, "N", "indicator: neurons (phases) per frequency (default 8)", 1, 1e6},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"dynamics ode|contour|freqdiv|phasediv|indicator [options] [-o OUT]",
                    "Network-free computations of He et al. (2026): the decoupled flow of one neuron, the lottery "
                    "contour, the diversity ablations on the ideal network, Proposition 1.",
                    opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    const char *cmd = pos[0];
    if (f.p % 2 == 0) die_usage("--p must be odd");
    if (f.x >= f.p || f.y >= f.p) die_usage("--x and --y must be below p");
    if (f.k0 > (f.p - 1) / 2 || f.k > (f.p - 1) / 2) die_usage("--k0 and --k must be frequencies 1..%ld", (f.p - 1) / 2);
    OutFile o;
    if (!strcmp(cmd, "ode")) {
        if (f.steps < 0) die_usage("ode: --steps is required");
        if (f.lr < 0) f.lr = 1;
        o = out_open(out);
        run_ode(o.fp, &f);
    } else if (!strcmp(cmd, "contour")) {
        if (f.steps < 0) f.steps = 100;
        if (f.lr < 0) f.lr = 0.01;
        o = out_open(out);
        run_contour(o.fp, &f);
    } else if (!strcmp(cmd, "freqdiv")) {
        o = out_open(out);
        run_freqdiv(o.fp, &f);
    } else if (!strcmp(cmd, "phasediv")) {
        o = out_open(out);
        run_phasediv(o.fp, &f);
    } else if (!strcmp(cmd, "indicator")) {
        o = out_open(out);
        run_indicator(o.fp, &f);
    } else die_usage("'%s' is not ode, contour, freqdiv, phasediv or indicator", cmd);
    out_commit(&o);
    free(pos);
    return 0;
}
