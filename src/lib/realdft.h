/* realdft — the real orthonormal DFT basis of He, Wang, Chen, Yang (2026)
 * and the per-neuron Fourier features built on it
 * (experiments/he2026/README.md §5.1–5.4).
 *
 * Basis B (p x p, odd p, K = (p-1)/2 frequencies), one row per coordinate:
 *   row 0       Const = 1/sqrt(p)
 *   row 2k-1    cos(2 pi k j / p) * sqrt(2/p)      k = 1..K
 *   row 2k      sin(2 pi k j / p) * sqrt(2/p)
 * Decoding a weight vector w (length p): coef = B w, so w = B^T coef.
 * For frequency k with (c, s) = (coef[2k-1], coef[2k]):
 *   magnitude  sqrt(2/p) * sqrt(c^2 + s^2)
 *   phase      atan2(-s, c) in (-pi, pi]
 * so that a pure vector w[j] = A cos(omega_k j + phi) decodes to magnitude A
 * and phase phi. The dominant frequency of a decoded vector is
 * (argmax_c |coef[c]| + 1) div 2 over all p coordinates, Const included (it
 * then reads 0), first of ties, as numpy's argmax. Everything is double.
 *
 * This module knows nothing about models: callers pass plain vectors.
 */
#ifndef REALDFT_H
#define REALDFT_H

typedef struct {
    int p, K;
    double *B; /* (p, p) row-major, rows as above */
} RealDft;

/* Dies unless p is odd and >= 3. */
RealDft realdft_new(int p);
void realdft_free(RealDft *d);

/* coef[c] = sum_j B[c][j] w[j], c = 0..p-1 */
void realdft_decode(const RealDft *d, const double *w, double *coef);
/* w[j] = sum_c coef[c] B[c][j] */
void realdft_synth(const RealDft *d, const double *coef, double *w);

int realdft_dominant(const RealDft *d, const double *coef);
double realdft_magnitude(const RealDft *d, const double *coef, int k); /* k = 1..K */
double realdft_phase(const double *coef, int k);                       /* k = 1..K */
/* sqrt(c^2 + s^2) at frequency k (|coef[0]| at k = 0): the raw pair norm */
double realdft_pair_norm(const double *coef, int k);

/* Frequency r*k folded into 0..K (r*k mod p, then p - f above K). */
int realdft_fold(int p, long rk);

/* Notebook IPR of one decoded vector: ||v||_4^4 / ||v||_2^4 over its n
 * coordinates (0 for a zero vector). */
double realdft_ipr(const double *v, int n);
/* Per-frequency ("pair") IPR: A_0 = |coef[0]|, A_k = realdft_pair_norm;
 * sum A^4 / (sum A^2)^2 over k = 0..K. */
double realdft_pair_ipr(const RealDft *d, const double *coef);

/* normalize_to_pi: ((v + pi) mod 2 pi) - pi with a non-negative modulus,
 * i.e. the angle wrapped into [-pi, pi). */
double realdft_wrap(double v);

/* The "fitted cosine" of experiments/he2026/README.md §5.4: decode w, keep the
 * two coordinates of largest |coef| (Const eligible), zero the rest,
 * synthesise into fitted. */
void realdft_fit_top2(const RealDft *d, const double *w, double *fitted);

/* The Fourier features of one neuron (theta = first-layer row, xi =
 * second-layer column), at the dominant frequency k of theta's coefficients. */
typedef struct {
    int k;
    double alpha, beta, phi, psi;
} RealNeuron;

RealNeuron realdft_neuron_at(const RealDft *d, const double *coef_in, const double *coef_out, int k);
RealNeuron realdft_neuron(const RealDft *d, const double *coef_in, const double *coef_out);

#endif
