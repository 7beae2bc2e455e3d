/* heflow — see heflow.h. */
#include "heflow.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void heflow_step(const RealDft *d, double *theta, double *xi, double lr, double scale, int only_k)
{
    int p = d->p;
    double *ct = xmalloc(sizeof(double) * (size_t)p), *cx = xmalloc(sizeof(double) * (size_t)p);
    double *gt = xcalloc((size_t)p, sizeof(double)), *gx = xcalloc((size_t)p, sizeof(double));
    realdft_decode(d, theta, ct);
    realdft_decode(d, xi, cx);
    for (int k = 1; k <= d->K; k++) {
        if (only_k && k != only_k) continue;
        double alpha = realdft_magnitude(d, ct, k), phi = realdft_phase(ct, k);
        double beta = realdft_magnitude(d, cx, k), psi = realdft_phase(cx, k);
        double w = 2 * M_PI * k / p;
        for (int j = 0; j < p; j++) {
            gt[j] += 2 * p * alpha * beta * cos(w * j + psi - phi) * scale;
            gx[j] += p * alpha * alpha * cos(w * j + 2 * phi) * scale;
        }
    }
    for (int j = 0; j < p; j++) {
        theta[j] += lr * gt[j];
        xi[j] += lr * gx[j];
    }
    free(ct);
    free(cx);
    free(gt);
    free(gx);
}

void heflow_cosine(int p, int k, double amp, double phase, double *w)
{
    double wk = 2 * M_PI * k / p;
    for (int j = 0; j < p; j++) w[j] = amp * cos(wk * j + phase);
}

void heflow_counts(int p, int budget, int *counts)
{
    int K = (p - 1) / 2;
    for (int k = 0; k < K; k++) counts[k] = budget / K + (k < budget % K);
}

void heflow_ideal_logits(int p, int x, int y, const int *freqs, int nf, const int *counts, double range,
                         double *logits)
{
    for (int z = 0; z < p; z++) logits[z] = 0;
    for (int f = 0; f < nf; f++) {
        int k = freqs[f], n = counts[k - 1];
        double omega = 2 * M_PI * k / p; /* (2 pi) k / p, left to right as in Python */
        double step = range / n;         /* np.linspace(0, range, n, endpoint=False) */
        for (int i = 0; i < n; i++) {
            double phi = (double)i * step + 0.0;
            double in = cos(omega * x + phi) + cos(omega * y + phi), in2 = in * in;
            double two_phi = 2 * phi;
            for (int z = 0; z < p; z++) logits[z] += (1.0 * cos(omega * z + two_phi)) * in2;
        }
    }
}

/* numpy's pairwise_sum for float64 (loops_utils.h): blocks of 128, eight
 * accumulators inside a block */
double heflow_np_sum(const double *a, long n)
{
    if (n < 8) {
        double res = 0.;
        for (long i = 0; i < n; i++) res += a[i];
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; j++) r[j] = a[j];
        long i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; j++) r[j] += a[i + j];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) res += a[i];
        return res;
    }
    long n2 = n / 2;
    n2 -= n2 % 8;
    return heflow_np_sum(a, n2) + heflow_np_sum(a + n2, n - n2);
}

double heflow_np_mean(const double *a, long n) { return heflow_np_sum(a, n) / (double)n; }

double heflow_np_std(const double *a, long n)
{
    double m = heflow_np_mean(a, n);
    double *d = xmalloc(sizeof(double) * (size_t)n);
    for (long i = 0; i < n; i++) d[i] = (a[i] - m) * (a[i] - m);
    double s = heflow_np_sum(d, n) / (double)n;
    free(d);
    return sqrt(s);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double heflow_np_median(const double *a, long n)
{
    double *s = xmalloc(sizeof(double) * (size_t)n);
    memcpy(s, a, sizeof(double) * (size_t)n);
    qsort(s, (size_t)n, sizeof(double), cmp_double);
    double m = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    free(s);
    return m;
}

double heflow_ce(const double *logits, int p, int z)
{
    double mx = logits[0];
    for (int j = 1; j < p; j++) mx = logits[j] > mx ? logits[j] : mx;
    double *e = xmalloc(sizeof(double) * (size_t)p);
    for (int j = 0; j < p; j++) e[j] = exp(logits[j] - mx);
    double lse = mx + log(heflow_np_sum(e, p));
    free(e);
    return -(logits[z] - lse);
}

double heflow_prop1(int p, int x, int y, int j)
{
    double v = -1;
    if ((x + y) % p == j % p) v += p / 2.0;
    if ((2 * x) % p == j % p) v += p / 4.0;
    if ((2 * y) % p == j % p) v += p / 4.0;
    return v;
}
