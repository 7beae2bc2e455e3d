/* heflow — the network-free computations of He, Wang, Chen, Yang (2026)
 * (experiments/he2026/README.md §5.5–5.9): the decoupled gradient flow of one
 * neuron, the synthetic ideal network of the diversity ablations,
 * Proposition 1's "flawed indicator", and the numpy reductions the authors'
 * tables were computed with (so that values at rounding level come out
 * alike).
 *
 * Decoupled flow (§5.6–5.8). A neuron is a pair of vectors theta, xi
 * (length p). For each frequency k with (alpha_k, phi_k) from theta and
 * (beta_k, psi_k) from xi (realdft.h), the update directions are
 *   g_theta[j] += 2 p alpha_k beta_k cos(omega_k j + psi_k - phi_k) * scale
 *   g_xi[j]    += p alpha_k^2         cos(omega_k j + 2 phi_k)       * scale
 * and one explicit Euler step is theta += lr g_theta, xi += lr g_xi (both
 * from the state before the step). scale = 1/p^2 for the mean loss used in
 * training (§5.7, every frequency), 1 for the lottery contour (§5.8, one
 * frequency). In polar form, with D = 2 phi - psi and c = scale p:
 *   dalpha/dt = 2 c alpha beta cos D     dbeta/dt = c alpha^2 cos D
 *   dphi/dt   = -2 c beta sin D          dpsi/dt  = c (alpha^2 / beta) sin D
 *
 * Ideal network (§5.9): counts[k-1] neurons at frequency k with phases
 * phi_i = i * (range / counts[k-1]), amplitude 1:
 *   f[z] = sum_{k in S} sum_i cos(omega_k z + 2 phi_i) (cos(omega_k x + phi_i) + cos(omega_k y + phi_i))^2
 * evaluated in the authors' operation order.
 */
#ifndef HEFLOW_H
#define HEFLOW_H

#include "realdft.h"

/* One Euler step; only_k = 0 sums over every frequency, otherwise only k. */
void heflow_step(const RealDft *d, double *theta, double *xi, double lr, double scale, int only_k);

/* theta[j] = amp cos(omega_k j + phase), j = 0..p-1, as the authors build it
 * (np.cos(w_k * j + phase), w_k = 2 pi k / p) */
void heflow_cosine(int p, int k, double amp, double phase, double *w);

/* Neurons per frequency for a budget spread over K = (p-1)/2 frequencies:
 * budget div K each, the remainder to the lowest frequencies. */
void heflow_counts(int p, int budget, int *counts);

/* The ideal network's logits (p) for the pair (x, y) over the frequencies
 * freqs[0..nf-1] with phases equispaced on [0, range). */
void heflow_ideal_logits(int p, int x, int y, const int *freqs, int nf, const int *counts, double range,
                         double *logits);

/* Cross-entropy of label z as the authors compute it: max + log(sum exp(l -
 * max)) - l[z], the sum in numpy's order. */
double heflow_ce(const double *logits, int p, int z);

/* numpy's pairwise summation of a contiguous float64 array, and the mean,
 * population standard deviation and median built on it. */
double heflow_np_sum(const double *a, long n);
double heflow_np_mean(const double *a, long n);
double heflow_np_std(const double *a, long n);
double heflow_np_median(const double *a, long n);

/* Proposition 1: the ideal logit at j in units of aN/2,
 *   -1 + (p/2) [x + y = j] + (p/4) ([2x = j] + [2y = j])   (mod p) */
double heflow_prop1(int p, int x, int y, int j);

#endif
