/* onesparse — how one-sparse the neurons of a bias-free x^k network are
 * (maxmargin.h's KNet; experiments/li2025/README.md §5.4, §5.5).
 *
 * A vector x of length p (odd) has DFT x_hat(j) = sum_a x(a) e^{-2 pi i j a/p}
 * and one-sided power P(j) = |x_hat(j)|^2, j = 0..(p-1)/2; its maximum
 * normalised power is max_j P(j) / sum_j P(j) (1 for a pure cosine, 0 for a
 * zero vector) and its frequency the argmax (ties to the lowest j).
 *
 * Neuron i of the network has the squared norm
 *   n_i^2 = sum_j ||u_{i,j}||^2 + ||w_i||^2   (its k input vectors and its output vector)
 * and n_i^{k+1}, its term of ||theta||_{2,k+1}^{k+1} (mm_norm_pow).
 *
 * The measures over neurons, "above" meaning power > level (0.95 in the
 * pipeline), power that of u_{i,1}:
 *   share       the fraction of the neurons above (the paper's measure, read literally)
 *   sq_share    sum_{above} n_i^2 / sum_i n_i^2
 *   norm_share  sum_{above} n_i^{k+1} / sum_i n_i^{k+1}
 *   active      the neurons with n_i >= active_frac * max_i n_i
 *   active_share  the fraction of the active neurons above
 * The last four are secondary measures of this project, not the paper's.
 * A weight sum of zero gives a share of 0.
 */
#ifndef ONESPARSE_H
#define ONESPARSE_H

#include "fourier.h"
#include "maxmargin.h"

#define ONESPARSE_LEVEL 0.95
#define ONESPARSE_ACTIVE_FRAC 0.1

/* Maximum normalised one-sided power of x (t->p entries, p <= 1024); *freq
 * gets the argmax when freq is not NULL. */
double onesparse_power(const FourierTable *t, const double *x, int *freq);
/* The same from x's DFT (fourier_dft: re, im, p entries each). */
double onesparse_power_dft(int p, const double *re, const double *im, int *freq);

/* n_i^2 of neuron i, and n_i^{k+1} from it. */
double onesparse_norm_sq(const KNet *net, int i);
double onesparse_norm_pow(double norm_sq, int k);

/* u_{i,j} (j < k) or w_i (j = k) of neuron i, copied into x (p entries). */
void onesparse_vector(const KNet *net, int i, int j, double *x);

typedef struct {
    int neurons, active;
    double share, sq_share, norm_share, active_share;
} OneSparse;

/* The measures from each neuron's power (m) and n_i^2 (m), for a network
 * with k inputs. */
OneSparse onesparse_measures(int m, int k, const double *power, const double *norm_sq, double level, double active_frac);

/* Histograms of power over nbins equal bins of [0, 1] (bin b holds
 * b/nbins <= power < (b+1)/nbins, power 1 in the last): count[b] the
 * fraction of neurons, sq[b] and pow[b] the fractions of sum n_i^2 and
 * sum n_i^{k+1} (each nbins long; each sums to 1 unless its total is 0). */
void onesparse_hist(int m, int k, const double *power, const double *norm_sq, int nbins, double *count, double *sq, double *pow_k);

#endif
