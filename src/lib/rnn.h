/* rnn — the vanilla recurrent family on two tokens (a, b): embedding, one
 * recurrent layer, a linear readout after the second token.
 *
 *   e_t   = E[:, x_t]                                   E     (d, p)
 *   h_1   = act(W_ih e_1 + b_ih + b_hh)                 h_0 = 0
 *   h_2   = act(W_ih e_2 + b_ih + W_hh h_1 + b_hh)      W_ih (H, d), W_hh (H, H)
 *   logit = W_out h_2 + b_out                           W_out (p, H), b_out (p)
 *
 * PyTorch's nn.Embedding + nn.RNN(batch_first) + nn.Linear, with the
 * embedding stored transposed (d, p) so that its token axis is the columns.
 * h_1 depends on the first token only, so a pass computes per-token tables
 * once (A = W_ih E + b, h_1(a), G = W_hh h_1(a)) and each example costs a
 * gather plus its share of the readout GEMMs. Only k = 2 inputs.
 * The configuration travels in meta.txt (family=rnn, p, k, embed, hidden, act).
 */
#ifndef RNN_H
#define RNN_H

#include <stdint.h>

#include "family.h"
#include "model.h"
#include "npz.h"

typedef enum { RNN_RELU, RNN_TANH } RnnAct;

typedef struct {
    int p, embed, hidden; /* p tokens and classes, d, H */
    RnnAct act;
} RnnConfig;

/* "relu" or "tanh"; returns 0 if unknown. */
int rnn_act_parse(const char *s, RnnAct *act);
const char *rnn_act_name(RnnAct act);

void rnn_declare(Params *P, const RnnConfig *cfg);
void rnn_config_to_meta(const RnnConfig *cfg, TensorList *tl);
/* True when the file's meta.txt says family=rnn. */
int rnn_file_is_rnn(const TensorList *tl);
/* Reads the configuration of a model file with family=rnn; dies otherwise. */
RnnConfig rnn_config_from_file(const TensorList *tl, const char *path);

/* uniform: PyTorch defaults, E ~ N(0, 1), every other tensor U(+-1/sqrt(H)).
 * normal: E and the weights N(0, std^2), biases zero. */
void rnn_init_uniform(Params *P, const RnnConfig *cfg, uint64_t seed);
void rnn_init_normal(Params *P, const RnnConfig *cfg, double std, uint64_t seed);

typedef struct {
    int64_t cap;
    float *A;       /* (p, H) token table W_ih E + b_ih + b_hh, row = token */
    float *h1;      /* (p, H) act(A): hidden state after the first token */
    float *G;       /* (p, H) h1 W_hh^T: the first token's share of z_2 */
    float *dA, *dG, *dh1; /* (p, H) their gradients */
    float *h2;      /* (cap, H) hidden state after the second token */
    float *dh2;     /* (cap, H) */
    float *logits;  /* (cap, p) */
    float *dlogits; /* (cap, p) */
} RnnWork;

RnnWork rnn_work_new(const RnnConfig *cfg, int64_t cap);
void rnn_work_free(RnnWork *w);

/* Per-token tables A, h1, G of the parameters P (also used by analyses). */
void rnn_tables(RnnWork *w, const RnnConfig *cfg, const Params *P);
/* Logits of N <= cap examples with tokens tok (N, 2): fills w->h2, w->logits. */
void rnn_forward(RnnWork *w, const RnnConfig *cfg, const Params *P, const int32_t *tok, int64_t N);
/* After rnn_forward and with w->dlogits (N, p) set: writes every gradient in G. */
void rnn_backward(Params *G, RnnWork *w, const RnnConfig *cfg, const Params *P, const int32_t *tok, int64_t N);

/* a = act(a) for n values, in place, as the passes compute it (tanh is a
 * rational approximation, relative error below 4e-7). */
void rnn_act_apply(RnnAct act, float *a, int64_t n);

/* The RNN as a family for train (family.h); its cfg is a RnnConfig. */
extern const FamilyOps rnn_family;

#endif
