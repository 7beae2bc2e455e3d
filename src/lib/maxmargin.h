/* maxmargin — the bias-free x^k network on k one-hot inputs and its
 * L_{2,k+1} max-margin theory (Li et al. 2025 §3-4, Morwani et al. 2024).
 *
 *   f(a)[c] = sum_i (sum_j U[i, j*p + a_j])^k W[c, i]
 *
 * U (m, k*p) is mlp.h's W_in with per-position first layers (row i holds
 * u_{i,1} .. u_{i,k}, p entries each), W (p, m) its W_out (column i is w_i);
 * no biases, activation pow:k. Everything here is double precision.
 *
 *   neuron norm     n_i = (sum_j ||u_{i,j}||^2 + ||w_i||^2)^(1/2)
 *   norm power      ||theta||_{2,k+1}^{k+1} = sum_i n_i^{k+1}
 *   margin          h = min over examples (x, y) of f(x)[y] - max_{c != y} f(x)[c]
 *   normalised      h / ||theta||_{2,k+1}^{k+1}  (f is (k+1)-homogeneous)
 *   gamma*(p, k)  = 2 k! / ((2k+2)^{(k+1)/2} (p-1) p^{(k-1)/2})   (Thm 4.1)
 *
 * The construction (experiments/li2025/README.md §5.2, Lemma G.3): for every
 * frequency z = 1..(p-1)/2, every b in {0,1}^{k+1} of even weight and every s
 * in {+-1}^k with s_1 = +1,
 * one neuron u_j(a) = beta s_j T^{b_j}(a), w(c) = beta sigma T^{b_{k+1}}(c),
 * sigma = (-1)^{|b|/2} (-1)^{b_{k+1}} prod_j s_j, where T^0 = cos(2 pi z x/p)
 * and T^1 = sin(2 pi z x/p): 2^{2k-1} neurons per frequency, m = 2^{2k-2}(p-1)
 * in all, every example on the margin, normalised margin gamma*(p, k).
 * Not here: training, the file formats (the margin tool reads model files).
 */
#ifndef MAXMARGIN_H
#define MAXMARGIN_H

#include <stdint.h>

#include "model.h"

typedef struct {
    int p, k, m;
    const double *U; /* (m, k*p) */
    const double *W; /* (p, m) */
} KNet;

double mm_gamma_star(int p, int k);
/* m = 2^{2k-2} (p-1), the width of the construction (p odd). */
int64_t mm_width(int p, int k);
/* Amplitude of a unit-norm cosine neuron, sqrt(2 / ((k+1) p)). */
double mm_unit_beta(int p, int k);

/* Fills U (m, k*p) and W (p, m), m = mm_width(p, k), with the construction
 * at amplitude beta. p odd >= 3, 1 <= k <= 8. */
void mm_construct(int p, int k, double beta, double *U, double *W);

/* sum_i n_i^{k+1}. */
double mm_norm_pow(const KNet *net);

/* Margin h over n examples given as tuple indices (dataset.h) with labels
 * y, or over all p^k tuples with their true labels when idx is NULL.
 * Evaluated in blocks with one dgemm each. */
double mm_margin(const KNet *net, const int32_t *idx, const int32_t *y, int64_t n);

/* Logits (n, p) of the tuples idx[0..n) (tokens decoded from the index). */
void mm_logits(const KNet *net, const int32_t *idx, int64_t n, double *logits);

/* The explicit norm penalty lambda ||theta||_{2,k+1}^r of train
 * --norm-penalty (Li et al. Def 3.1 has r = 1; r = k+1 is the smooth
 * lambda sum_i n_i^{k+1}) on an MLP's W_in (m, k*p) and W_out (p, m) in P:
 * adds its gradient, r R^{r-k-1} n_i^{k-1} theta_i with R = ||theta||_{2,k+1},
 * to G (same layout) and returns its value. */
double mm_penalty_add_grad(Params *G, const Params *P, int k, double lambda, double r);

#endif
