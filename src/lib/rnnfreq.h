/* rnnfreq — Fourier analyses of matrices with a token axis of length p
 * (experiments/rangamani2025/README.md §5), in the real orthonormal basis of
 * realdft.h: "frequency k" is the plane of rows 2k-1 (cos) and 2k (sin).
 *
 * A token-axis matrix is nvec vectors of p values: value j of vector v lies
 * at M[v * vstride + j * tstride] (E (d, p): vstride p, tstride 1; a (p, H)
 * table or W_out: vstride 1, tstride H).
 *
 *   energy    e_k = sum_v (c_v,2k-1^2 + c_v,2k^2), e_0 = sum_v c_v,0^2
 *   keys      frequencies k >= 1 whose share of the non-constant energy
 *             exceeds mult / K (mult times the uniform level), by energy
 *   ablation  v <- v - sum_{k in S} (f_2k-1 . v) f_2k-1 + (f_2k . v) f_2k
 *
 * Also the RNN's token tables and step-2 hidden states in double, the
 * Fourier-multiplication fit of the final layer (§5.5) and the 2-D neuron
 * attribution (§5.4). Everything is double.
 */
#ifndef RNNFREQ_H
#define RNNFREQ_H

#include <stdint.h>

#include "model.h"
#include "realdft.h"
#include "rnn.h"

/* e (K+1 values) of a token-axis matrix stored as float or double. */
void rf_energy_f32(const RealDft *d, const float *M, int64_t nvec, int64_t vstride, int64_t tstride, double *e);
void rf_energy(const RealDft *d, const double *M, int64_t nvec, int64_t vstride, int64_t tstride, double *e);

/* Projects the planes of the nf frequencies out of every vector, in place. */
void rf_project_out_f32(const RealDft *d, float *M, int64_t nvec, int64_t vstride, int64_t tstride,
                        const int *freqs, int nf);

/* Key frequencies of an energy vector e (K+1 values): writes them to keys in
 * order of falling energy and returns how many. */
int rf_keys(const double *e, int K, double mult, int *keys);

/* All frequencies 1..K in order of falling energy (ties: lower k first). */
void rf_rank(const double *e, int K, int *order);

/* Reads an RNN model file (meta.txt family=rnn) into cfg and P. */
void rf_load_rnn(const char *path, RnnConfig *cfg, Params *P);

/* Token tables of an RNN in double, token axis last: A, h1, G are (H, p);
 * h2 is (p*p, H) over every pair n = a*p + b; caller frees with rf_tables_free. */
typedef struct {
    int p, H;
    double *A, *h1, *G, *h2;
} RfTables;
RfTables rf_tables(const RnnConfig *cfg, const Params *P);
void rf_tables_free(RfTables *t);

/* Fourier-multiplication fit at frequency k (§5.5): the logit coordinates
 * z^c(a,b) = f_2k-1 . W_out h2(a,b) and z^s (f_2k) fitted by
 * alpha cos(w(a+b)) + beta sin(w(a+b)) + gamma over all pairs. */
typedef struct {
    double err_c, err_s;   /* ||z - fit||^2 / ||z||^2 */
    double alpha_c, beta_c, alpha_s, beta_s;
} RfFit;
/* zc, zs, fitc (p*p each, may be NULL) receive z^c, z^s and the fit of z^c. */
RfFit rf_fm_fit(const RealDft *d, const RfTables *t, const float *W_out, int k, double *zc, double *zs,
                double *fitc);

/* Neuron attribution (§5.4): for every neuron i, its best frequency kbest[i]
 * and the fraction of its non-constant 2-D energy that frequency explains. */
void rf_neurons(const RealDft *d, const RfTables *t, int *kbest, double *fve);



/* Frequency ablation sites (§5.6): the input projects the planes out of the
 * embedding's token axis (E <- E (I - P), both time steps), the output out
 * of the readout's class axis (W_out <- (I - P) W_out). */
typedef enum { RF_SITE_INPUT = 1, RF_SITE_OUTPUT = 2, RF_SITE_BOTH = 3 } RfSite;
int rf_site_parse(const char *s, RfSite *site); /* 0 if unknown */
const char *rf_site_name(RfSite site);
void rf_ablate(const RealDft *d, const RnnConfig *cfg, Params *P, RfSite site, const int *freqs, int nf);
#endif
