/* xent — see xent.h. */
#include "xent.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

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

/* Largest row length handled with stack scratch; longer rows are split. */
#define XENT_CHUNK 256

double xent_rows(const float *logits, const int32_t *labels, int64_t N, int C, float *dlogits,
                 double scale, int64_t *correct)
{
    double total = 0, e[XENT_CHUNK];
    int64_t right = 0;
    for (int64_t n = 0; n < N; n++) {
        const float *row = logits + n * C;
        int best = 0, low = 0;
        for (int c = 1; c < C; c++) {
            if (row[c] > row[best]) best = c;
            if (row[c] < row[low]) low = c;
        }
        /* rows spanning more than 708 (never seen in practice) take libm's exp */
        int fast = (double)row[best] - (double)row[low] <= 708.0;
        right += best == labels[n];
        /* sum_c exp(row[c] - max) in double; exp of each element once */
        double max = row[best], sum = 0, sum_wrong = 0;
        float *d = dlogits ? dlogits + n * C : NULL;
        for (int c0 = 0; c0 < C; c0 += XENT_CHUNK) {
            int m = C - c0 < XENT_CHUNK ? C - c0 : XENT_CHUNK;
            if (fast)
                for (int c = 0; c < m; c++) e[c] = exp_nonpositive((double)row[c0 + c] - max);
            else
                for (int c = 0; c < m; c++) e[c] = exp((double)row[c0 + c] - max);
            for (int c = 0; c < m; c++) sum += e[c];
            if (d)
                for (int c = 0; c < m; c++) d[c0 + c] = (float)e[c];
        }
        int y = labels[n];
        total += max + log(sum) - (double)row[y];
        if (d) {
            /* softmax = e / sum. The label's entry, softmax_y - 1, is computed
             * as -(sum of the other terms)/sum: no cancellation when the
             * network is confident. */
            float k = (float)(scale / sum);
            for (int c = 0; c < C; c++) {
                sum_wrong += c == y ? 0 : (double)d[c];
                d[c] *= k;
            }
            d[y] = (float)(-scale * sum_wrong / sum);
        }
    }
    if (correct) *correct += right;
    return total;
}
