/* mlp — the one-hidden-layer MLP family on k one-hot tokens.
 *
 *   z[n,h]   = sum_j W_in[h, col(j, t_j)] (+ b_in[h])      first layer as a gather
 *   a[n,h]   = act(z[n,h])                                 relu, x^q, |x|, identity
 *   out[n,c] = sum_h W_out[c,h] a[n,h] (+ b_out[c])
 *
 * col(j, t) = j*p + t with per-position first-layer weights (two-hot input,
 * W_in is (H, k*p)); col(j, t) = t with one shared first layer (summed
 * one-hot input e_x + e_y, W_in is (H, p)). The configuration travels in a
 * model file's meta.txt (family=mlp, p, k, hidden, act, shared, bias).
 */
#ifndef MLP_H
#define MLP_H

#include <stdint.h>

#include "family.h"
#include "model.h"
#include "npz.h"

typedef enum { ACT_RELU, ACT_POW, ACT_ABS, ACT_IDENTITY } ActKind;

typedef struct {
    ActKind kind;
    int power; /* for ACT_POW */
} Activation;

typedef struct {
    int p, k, hidden;
    int shared; /* 1: one first layer shared by all positions */
    int bias;   /* 1: b_in and b_out exist */
    Activation act;
} MlpConfig;

/* "relu", "square", "cube", "pow:Q", "abs", "identity"; returns 0 if unknown. */
int act_parse(const char *s, Activation *act);
const char *act_name(Activation act); /* static buffer */

/* Number of first-layer columns: p (shared) or k*p. */
int mlp_in_cols(const MlpConfig *cfg);
void mlp_declare(Params *P, const MlpConfig *cfg);
void mlp_config_to_meta(const MlpConfig *cfg, TensorList *tl);
/* Reads the configuration of a model file. Files without family=mlp in
 * meta.txt (e.g. numpy-written weights) are inferred from the shapes of
 * W_in, W_out and the presence of b_in: W_in with p columns is a shared
 * layer over k = 2 inputs; the activation defaults to fallback_act. */
MlpConfig mlp_config_from_file(const TensorList *tl, const char *path, Activation fallback_act);
/* For the analyses: the configuration of the MLP in tl, a model or a
 * trajectory file read from path (mlp_config_from_file), with P declared and
 * allocated for it; the weights are the caller's next step
 * (params_from_tensors, or params_from_trajectory for one checkpoint).
 * two_inputs: dies, naming path, unless the model reads W_a and W_b (a
 * shared first layer, or k = 2 per-position inputs). */
MlpConfig mlp_declare_from_file(Params *P, const TensorList *tl, const char *path, Activation fallback_act,
                                int two_inputs);

/* Initialisations. uniform: PyTorch nn.Linear default, U(+-1/sqrt(fan_in))
 * for weights and biases. normal: every weight N(0, std^2), biases zero. */
void mlp_init_uniform(Params *P, const MlpConfig *cfg, uint64_t seed);
void mlp_init_normal(Params *P, const MlpConfig *cfg, double std, uint64_t seed);

/* Scratch space for batches of up to cap examples. */
typedef struct {
    int64_t cap;
    float *in_t;    /* (in_cols, H) first layer, transposed for the gather */
    float *din_t;   /* (in_cols, H) its gradient */
    float *a;       /* (cap, H) post-activation */
    float *logits;  /* (cap, p) */
    float *dlogits; /* (cap, p) */
} MlpWork;

MlpWork mlp_work_new(const MlpConfig *cfg, int64_t cap);
void mlp_work_free(MlpWork *w);

/* Forward pass of N <= cap examples with tokens tok (N, k): fills w->logits. */
void mlp_forward(MlpWork *w, const MlpConfig *cfg, const Params *P, const int32_t *tok, int64_t N);

/* Backward pass after mlp_forward and after w->dlogits (N, p) has been set:
 * writes (overwrites) every gradient in G, which has P's layout. */
void mlp_backward(Params *G, MlpWork *w, const MlpConfig *cfg, const Params *P, const int32_t *tok,
                  int64_t N);

/* The MLP as a family for train (family.h); its cfg is a MlpConfig. */
extern const FamilyOps mlp_family;

/* Mean loss, and accuracy, of the model on N examples (tokens, labels),
 * evaluated in chunks of w->cap (net_evaluate). */
void mlp_evaluate(MlpWork *w, const MlpConfig *cfg, const Params *P, const int32_t *tok,
                  const int32_t *labels, int64_t N, double *loss, double *acc);

#endif
