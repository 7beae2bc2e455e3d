/* xent — see xent.h. */
#include "xent.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

#include "util.h"

/* exp(x) for -708 <= x <= 0, in double, to about 1 ulp. Branch-free so
 * that a loop over it vectorises: x = n ln2 + r with
 * |r| <= ln2/2, exp(r) by its Taylor series to degree 13 (truncation < 1e-17
 * relative), 2^n assembled in the exponent bits. */
static inline double exp_nonpositive(double x)
{
    const double shifter = 0x1.8p52; /* adding it rounds to an integer in the low bits */
    const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
    double t = x * 1.44269504088896338700e+00 + shifter;
    double n = t - shifter;
    double r = (x - n * ln2_hi) - n * ln2_lo;
    /* Horner form of sum_{i<=13} r^i / i! */
    double e = 1.0 / 6227020800.0;
    e = e * r + 1.0 / 479001600.0;
    e = e * r + 1.0 / 39916800.0;
    e = e * r + 1.0 / 3628800.0;
    e = e * r + 1.0 / 362880.0;
    e = e * r + 1.0 / 40320.0;
    e = e * r + 1.0 / 5040.0;
    e = e * r + 1.0 / 720.0;
    e = e * r + 1.0 / 120.0;
    e = e * r + 1.0 / 24.0;
    e = e * r + 1.0 / 6.0;
    e = e * r + 0.5;
    e = e * r + 1.0;
    e = e * r + 1.0;
    uint64_t tb, sb;
    memcpy(&tb, &t, sizeof tb);
    memcpy(&sb, &shifter, sizeof sb);
    uint64_t scale_bits = (tb - sb + 1023) << 52; /* 2^n */
    double scale;
    memcpy(&scale, &scale_bits, sizeof scale);
    return e * scale;
}

double xent_exp_nonpositive(double x) { return exp_nonpositive(x); }

/* Largest and smallest entry of a row. Comparisons only, so finite-math
 * lets the compiler use vector max/min; a NaN still reaches the loss through
 * the exponentials below. */
__attribute__((optimize("finite-math-only", "no-signed-zeros")))
static void row_range(const float *row, int C, float *max, float *min)
{
    float hi = row[0], lo = row[0];
    for (int c = 1; c < C; c++) {
        hi = row[c] > hi ? row[c] : hi;
        lo = row[c] < lo ? row[c] : lo;
    }
    *max = hi;
    *min = lo;
}

/* sum of e[0..n) with four accumulators (a fixed order: deterministic) */
static double sum4(const double *e, int n)
{
    double s[4] = {0, 0, 0, 0};
    int i = 0;
    for (; i + 4 <= n; i += 4)
        for (int j = 0; j < 4; j++) s[j] += e[i + j];
    for (; i < n; i++) s[0] += e[i];
    return (s[0] + s[1]) + (s[2] + s[3]);
}

/* e[c] = exp(row[c] - max) for a row spanning at most 708. Compiled three times,
 * for AVX-512, AVX2 and baseline x86-64, and picked at load time by the CPU. */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void exp_shifted(double *e, const float *row, float max, int C)
{
    for (int c = 0; c < C; c++) e[c] = exp_nonpositive((double)row[c] - (double)max);
}

#define XENT_MAX_CLASSES 4096

double xent_rows(const float *logits, const int32_t *labels, int64_t N, int C, float *dlogits,
                 double scale, int64_t *correct)
{
    double total = 0, e[XENT_MAX_CLASSES];
    int64_t right = 0;
    if (C > XENT_MAX_CLASSES) die("cross-entropy over %d classes: at most %d supported", C, XENT_MAX_CLASSES);
    for (int64_t n = 0; n < N; n++) {
        const float *row = logits + n * C;
        int y = labels[n];
        float max, min;
        row_range(row, C, &max, &min);
        int best = 0; /* argmax, first of ties */
        while (best < C - 1 && row[best] != max) best++;
        right += best == y;
        /* e_c = exp(row_c - max) in double, once per element; rows spanning
         * more than 708 (never seen in practice) take libm's exp */
        if ((double)max - (double)min <= 708.0)
            exp_shifted(e, row, max, C);
        else
            for (int c = 0; c < C; c++) e[c] = exp((double)row[c] - (double)max);
        /* the label's term apart: softmax_y - 1 = -(sum of the others)/sum,
         * with no cancellation when the network is confident */
        double e_y = e[y];
        e[y] = 0;
        double others = sum4(e, C), sum = others + e_y;
        total += (double)max + log(sum) - (double)row[y];
        if (dlogits) {
            float *d = dlogits + n * C;
            double k = scale / sum;
            for (int c = 0; c < C; c++) d[c] = (float)(k * e[c]);
            d[y] = (float)(-k * others);
        }
    }
    if (correct) *correct += right;
    return total;
}
