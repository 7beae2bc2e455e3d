/* fourier — see fourier.h. */
#include "fourier.h"

#include <math.h>
#include <stdlib.h>

#include "util.h"

FourierTable fourier_table(int p)
{
    if (p < 2) die("fourier_table: modulus %d is below 2", p);
    FourierTable t = {.p = p, .cos = xmalloc(sizeof(double) * (size_t)p), .sin = xmalloc(sizeof(double) * (size_t)p)};
    for (int m = 0; m < p; m++) {
        double a = 2.0 * M_PI * m / p;
        t.cos[m] = cos(a);
        t.sin[m] = sin(a);
    }
    return t;
}

void fourier_table_free(FourierTable *t)
{
    free(t->cos);
    free(t->sin);
    t->cos = t->sin = NULL;
}

/* One bin: w_hat[k] = sum_j w[j] (cos - i sin)(2 pi ((k j) mod p) / p). */
static void dft_bin(const FourierTable *t, const double *w, int k, double *re, double *im)
{
    double r = 0, s = 0;
    for (int j = 0, m = 0; j < t->p; j++, m = (m + k) % t->p) {
        r += w[j] * t->cos[m];
        s -= w[j] * t->sin[m];
    }
    *re = r;
    *im = s;
}

void fourier_dft(const FourierTable *t, const double *w, double *re, double *im)
{
    for (int k = 0; k < t->p; k++) dft_bin(t, w, k, &re[k], &im[k]);
}

double fourier_phase_at(const FourierTable *t, const double *w, int k)
{
    double re, im;
    dft_bin(t, w, ((k % t->p) + t->p) % t->p, &re, &im);
    return -atan2(im, re);
}

/* A cosine of amplitude A puts |w_hat| = A p / 2 in bins k and p-k; the
 * Nyquist bin k = p/2 of an even p is its own mirror and holds it all. */
static double amp_of(double mag, int k, int p) { return (2 * k == p ? 1.0 : 2.0) * mag / p; }

double fourier_amp_at(const FourierTable *t, const double *w, int k)
{
    double re, im;
    k = ((k % t->p) + t->p) % t->p;
    dft_bin(t, w, k, &re, &im);
    return k ? amp_of(hypot(re, im), k, t->p) : fabs(re) / t->p;
}

/* |w_hat[k]| for k = 0..p-1 into mag (p long). */
static void magnitudes(const FourierTable *t, const double *w, double *mag)
{
    for (int k = 0; k < t->p; k++) {
        double re, im;
        dft_bin(t, w, k, &re, &im);
        mag[k] = hypot(re, im);
    }
}

/* Eq. 1; a spectrum at rounding level (a constant vector) scores 0. */
static double periodicity_of(const double *mag, const double *w, int p)
{
    double max = 0, sum = 0, scale = 0;
    for (int k = 1; k < p; k++) {
        if (mag[k] > max) max = mag[k];
        sum += mag[k];
    }
    for (int j = 0; j < p; j++) scale += fabs(w[j]);
    return max > 1e-13 * scale ? max / (sum / (p - 1)) : 0;
}

double fourier_periodicity(const FourierTable *t, const double *w)
{
    double *mag = xmalloc(sizeof(double) * (size_t)t->p);
    magnitudes(t, w, mag);
    double per = periodicity_of(mag, w, t->p);
    free(mag);
    return per;
}

FourierPeak fourier_peak(const FourierTable *t, const double *w)
{
    int p = t->p;
    double *mag = xmalloc(sizeof(double) * (size_t)p);
    magnitudes(t, w, mag);
    FourierPeak pk = {.freq = 1};
    for (int k = 2; k <= p / 2; k++)
        if (mag[k] > mag[pk.freq] * (1 + FOURIER_TIE_RTOL)) pk.freq = k;
    pk.phase = fourier_phase_at(t, w, pk.freq);
    pk.amp = amp_of(mag[pk.freq], pk.freq, p);
    pk.per = periodicity_of(mag, w, p);
    free(mag);
    return pk;
}
