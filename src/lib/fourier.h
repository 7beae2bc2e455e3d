/* fourier — discrete Fourier statistics of real vectors of length p.
 *
 * Convention (experiments/swaroop2026/README.md §5.1):
 * w_hat[k] = sum_j w[j] exp(-2 pi i k j / p),
 * k = 0..p-1, computed directly in double (p is small; the twiddle factor of
 * k*j is looked up at (k*j) mod p, so no angle is ever larger than 2 pi).
 *
 *   dominant frequency k* = argmax |w_hat[k]| over k = 1..p/2 (DC excluded;
 *                          p/2 rounds down, so (p-1)/2 for odd p; the mirror
 *                          bins p-k carry the same magnitude and would only
 *                          flip the phase's sign). Ties, up to a relative
 *                          FOURIER_TIE_RTOL for rounding, go to the lowest k.
 *   phase  phi = -arg w_hat[k*], so that w[j] ~ c + A cos(2 pi k* j / p - phi)
 *   amplitude A = 2 |w_hat[k*]| / p (|w_hat| / p at the Nyquist bin of an
 *                          even p, which has no mirror)
 *   periodicity per(w) = max_{k=1..p-1} |w_hat[k]| / mean_{k=1..p-1} |w_hat[k]|
 *                        (Eq. 1; 0 for a constant vector,
 *                        i.e. when max |w_hat| is at rounding level)
 *
 * This module knows nothing about models; callers pass plain double vectors.
 */
#ifndef FOURIER_H
#define FOURIER_H

#define FOURIER_TIE_RTOL 1e-12

/* Twiddle table for modulus p: cos and sin of 2 pi m / p, m = 0..p-1. */
typedef struct {
    int p;
    double *cos, *sin;
} FourierTable;

FourierTable fourier_table(int p);
void fourier_table_free(FourierTable *t);

/* Full DFT: re[k], im[k] for k = 0..p-1 (each array p long). */
void fourier_dft(const FourierTable *t, const double *w, double *re, double *im);

/* The statistics of one vector at its dominant frequency. */
typedef struct {
    int freq;      /* k*, in 1..p/2 */
    double phase;  /* -arg w_hat[k*], in [-pi, pi] */
    double amp;    /* 2 |w_hat[k*]| / p */
    double per;    /* periodicity score, Eq. 1 */
} FourierPeak;

FourierPeak fourier_peak(const FourierTable *t, const double *w);

/* -arg w_hat[k] and the amplitude at a given bin k (any integer, taken mod p;
 * at k = 0 the amplitude is |mean|). */
double fourier_phase_at(const FourierTable *t, const double *w, int k);
double fourier_amp_at(const FourierTable *t, const double *w, int k);

/* Periodicity score alone (Eq. 1). */
double fourier_periodicity(const FourierTable *t, const double *w);

#endif
