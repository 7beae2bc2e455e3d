/* kqfourier — a transformer head's attention matrix W^KQ in token
 * coordinates and its 2-D Fourier structure (Li et al. 2025 Figs 3, 9, 10;
 * experiments/li2025/README.md §5.7).
 *
 * A (p, p), A[a * p + b], a the key token, b the query token. Its DFT is
 *
 *   F(j1, j2) = sum_{a,b} A[a, b] exp(-2 pi i (j1 a + j2 b) / p),
 *   P(j1, j2) = |F(j1, j2)|^2,
 *
 * j1 on the key axis a, j2 on the query axis b, computed directly in double
 * (separable, twiddles looked up at (j x) mod p). A frequency j is folded
 * into the centred range -lo..p-1-lo, lo = floor((p-1)/2) (for odd p:
 * -(p-1)/2..(p-1)/2). A is real, so the bins (j1, j2) and (-j1, -j2) are
 * conjugate, of equal power; the canonical one of the pair, after folding,
 * is the one with the larger j1, then the larger j2 (for odd p: j1 > 0, or
 * j1 = 0 and j2 > 0).
 *
 * The fit. cos(2 pi z (a+b)/p + phi) has its power at +-(z, z), and
 * cos(2 pi z (a-b)/p + phi') at +-(z, -z); with the constant they are
 * orthogonal on the p x p grid for 1 <= z < p/2, so the least-squares fit
 *
 *   A ~ mean + alpha cos(2 pi z (a+b)/p + phi) + beta cos(2 pi z (a-b)/p + phi')
 *
 * at a given z is read off the DFT: alpha = 2 |F(z, z)| / p^2,
 * phi = arg F(z, z), beta = 2 |F(z, -z)| / p^2, phi' = arg F(z, -z), and its
 * relative residual ||A - fit||^2 / ||A - mean||^2 is 1 minus the share of
 * the non-DC power (Parseval: p^2 ||A - mean||^2) in those four bins.
 * z is the frequency 1..floor((p-1)/2) whose four bins hold the most power,
 * the one with the smallest residual (the Nyquist z = p/2 of an even p is
 * left out: there the two cosines coincide).
 *
 * Ties, up to a relative KQ_TIE_RTOL for rounding, go to the first in the
 * order of the scan: the lowest z; for the strongest bin the lowest j1, then
 * the lowest j2 (centred).
 */
#ifndef KQFOURIER_H
#define KQFOURIER_H

#include "model.h"
#include "transformer.h"

#define KQ_TIE_RTOL 1e-12

/* A (p, p) of head h of block `block`: A[a, b] = k_a . q_b, with
 * e_n = tok_emb[n + 2] * sqrt(d) (the forward pass's scaling), the key
 * k_a = W_K e_a and the query q_b = W_Q e_b (head h's rows of qkv_w; the
 * LayerNorm and the biases are left out, as in the paper's E^T W^K W^Q^T E). */
void kq_head_matrix(const TfConfig *c, const Params *P, int block, int h, double *A);

/* P (p, p), centred: Pw[(j1 + lo) * p + (j2 + lo)] = P(j1, j2) for j1, j2 in
 * -lo..p-1-lo. */
void kq_power2d(int p, const double *A, double *Pw);

/* j folded into -lo..p-1-lo */
int kq_fold(int p, int j);

typedef struct {
    double top4;        /* share of the non-DC power in the 4 largest bins */
    int j1, j2;         /* the strongest non-DC bin, canonical */
    int zeta;           /* the fit's frequency, 1..floor((p-1)/2); 0 when A is constant or p < 3
                         * (then the fit is the mean alone: resid 0, or 1 for p < 3) */
    double sum_share;   /* share of the non-DC power in +-(zeta, zeta): the a+b cosine */
    double diff_share;  /* ... in +-(zeta, -zeta): the a-b cosine */
    double mean, alpha, phi, beta, phi_diff; /* the fit; phases in [-pi, pi] */
    double resid;       /* ||A - fit||^2 / ||A - mean||^2, on the grid (0 when A is constant) */
} KqFit;

KqFit kq_fit(int p, const double *A);

#endif
