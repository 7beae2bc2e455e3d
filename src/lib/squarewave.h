/* squarewave — ideal square waves and cosines fitted to weight vectors, the
 * nearest-point distance between weights and an ideal curve, and the
 * idealised networks built from frequencies and phases alone
 * (experiments/swaroop2026/README.md §5.3 and §5.5).
 *
 * A wave of frequency nu and phase phi on Z_p is a function of
 * theta_j = 2 pi ((nu j) mod p) / p - phi: cos(theta) or sign(cos(theta)),
 * with sign(0) = 0 (numpy's np.sign; zeros occur only on a measure-zero set
 * of phases). Reducing nu j mod p first keeps the angle small and makes
 * neuron frequencies >= p alias exactly.
 *
 * Fitted levels: S+ = {j : cos(theta_j) > 0}, S- = the rest;
 * U = median(w_j, j in S+), L = median(w_j, j in S-).
 * Ideal square wave s(x) = (U+L)/2 + (U-L)/2 sign(cos(2 pi nu x / p - phi));
 * ideal cosine c(x) = (U+L)/2 + (U-L)/2 cos(2 pi nu x / p - phi), x in [0, p-1].
 *
 * Mean nearest-point distance: the mean over j of the Euclidean distance in
 * the (x, y) plane (x in index units) from (j, w_j) to the ideal curve. The
 * square wave's curve is taken exactly — flat runs joined by vertical edges
 * at the sign changes, which is what sampling it ever more densely tends to;
 * the cosine's is the polyline through samples SQUAREWAVE_SAMPLES_PER_UNIT
 * per unit of x. Only the part of the curve within |w_j - curve(j)| of j in
 * x can be nearer than the curve point straight above or below (j, w_j), so
 * only that window is searched.
 */
#ifndef SQUAREWAVE_H
#define SQUAREWAVE_H

#include <stdint.h>

#include "fourier.h"
#include "mlp.h"
#include "model.h"

#define SQUAREWAVE_SAMPLES_PER_UNIT 1000

typedef enum { WAVE_COS, WAVE_SQUARE } WaveShape;

double squarewave_sign(double x); /* -1, 0 or +1 */
double squarewave_wave(WaveShape shape, double theta); /* cos(theta) or sign(cos(theta)) */
/* theta_j = 2 pi ((nu j) mod p) / p - phi, for integer j >= 0 */
double squarewave_angle(int p, long nu, long j, double phi);

typedef struct {
    int p, freq;
    double phase;
    double upper, lower; /* U, L */
} SquareWave;

/* U and L of w (length p) at the given frequency and phase. When one half is
 * empty (only possible for tiny p) both levels are the median of all of w. */
SquareWave squarewave_fit(const double *w, int p, int freq, double phase);

/* Ideal curves at real x. */
double squarewave_square_at(const SquareWave *s, double x);
double squarewave_cosine_at(const SquareWave *s, double x);

/* Mean nearest-point distance from the points (j, w_j), j = 0..p-1, to the
 * ideal square wave or to the ideal cosine. */
double squarewave_dist(const SquareWave *s, const double *w, WaveShape shape);

/* Neuron i's three vectors of an MLP, in double, each p long:
 *   w_a   = W_in[i, 0:p]          (first input position; p = cfg->p)
 *   w_b   = W_in[i, p:2p]         (second position; the same row again when
 *                                  the first layer is shared, W_in (H, p))
 *   w_out = W_out[:, i]           (W_out is (p, H), so stride H)
 * Any argument may be NULL. Needs cfg->k >= 2 or a shared first layer. */
void squarewave_neuron_weights(const Params *P, const MlpConfig *cfg, int i, double *w_a, double *w_b,
                               double *w_out);

/* ----------------------------------------------- idealised networks (§5.5) */

/* The three (f, g) settings: input wave f, output wave g. */
typedef enum { IDEAL_COS_COS, IDEAL_SQ_COS, IDEAL_SQ_SQ, IDEAL_NSETTINGS } IdealSetting;

const char *squarewave_setting_name(IdealSetting s); /* "cos_cos", "sq_cos", "sq_sq" */
int squarewave_setting_parse(const char *name, IdealSetting *s); /* 0 if unknown */
void squarewave_setting_waves(IdealSetting s, WaveShape *f, WaveShape *g);

typedef struct {
    long freq;                       /* nu (taken mod p) */
    double phase_a, phase_b, phase_out;
    double amp_a, amp_b, amp_out;    /* wave amplitudes (1 for unit waves) */
} IdealNeuron;

/* Where an extracted neuron's phases are read. The paper takes a neuron's
 * frequency nu from the dominant Fourier component of W_a and builds all
 * three of its waves at nu (experiments/swaroop2026/README.md), so the
 * phases that fit those waves are the ones at bin nu:
 *   PHASES_AT_NU    phi_a, phi_b, phi_out all read at bin nu (the reading
 *                   the pipeline reports)
 *   PHASES_OWN_BIN  phi_b and phi_out read at the dominant bins of W_b and
 *                   W_out instead (a variant: a phase read at a bin other
 *                   than nu says nothing about the wave at nu) */
typedef enum { PHASES_AT_NU, PHASES_OWN_BIN } PhaseReading;

const char *squarewave_reading_name(PhaseReading r); /* "at-nu", "own-bin" */
int squarewave_reading_parse(const char *name, PhaseReading *r); /* 0 if unknown */

/* One trained neuron's idealisation from its vectors w_a, w_b, w_out (each
 * t->p long): freq = nu = W_a's dominant frequency, phases read as r says,
 * amplitudes 1, or with amplitude set each vector's own 2|w_hat|/p at the
 * bin its phase was read. */
IdealNeuron squarewave_extract_neuron(const FourierTable *t, const double *w_a, const double *w_b,
                                      const double *w_out, PhaseReading r, int amplitude);

/* Fills an MLP with per-position inputs (cfg->k == 2, !cfg->shared) from
 * cfg->hidden neurons n[0..H-1]; P must be declared by mlp_declare(cfg) and
 * allocated. For neuron i with nu = n[i].freq:
 *   W_in[i, j]     = amp_a   f(2 pi nu j / p - phase_a)     j = 0..p-1 (the a-half)
 *   W_in[i, p + j] = amp_b   f(2 pi nu j / p - phase_b)     (the b-half)
 *   W_out[j, i]    = amp_out g(2 pi nu j / p - phase_out)
 * Biases, when cfg->bias is set, are zero. */
void squarewave_ideal_mlp(Params *P, const MlpConfig *cfg, const IdealNeuron *n, IdealSetting setting);

/* Accuracy over all p^2 pairs (argmax of the logits, ties to the lowest
 * class, through mlp_evaluate) of the Table 1 construction (§5.5a):
 * neuron i = 0..width-1 has frequency i, phase_out = phase_a + phase_b, unit
 * amplitudes, zero biases, ReLU. Phases phase_a[i], phase_b[i] ~ U[-pi, pi)
 * are drawn in the order a0, b0, a1, b1, ... from
 *   rng_stream(seed, ((uint64_t)width << 32) | ((uint64_t)index << 8) | STREAM_PHASE)
 * so each (seed, width, seed index) has its own generator (width < 2^31,
 * index < 2^24). The same phases serve all three settings: acc[s] for
 * s = IDEAL_COS_COS, IDEAL_SQ_COS, IDEAL_SQ_SQ. */
void squarewave_construct_accuracy(int p, int width, uint64_t seed, long index, double acc[IDEAL_NSETTINGS]);

#endif
