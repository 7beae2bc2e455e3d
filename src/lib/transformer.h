/* transformer — the decoder-only transformer family on k summands (Li et
 * al. 2025 §5, after the Sea-Snell/grokking code the authors name;
 * experiments/li2025/README.md §3.2).
 *
 * An example (a_1, ..., a_k) is one of two sequences over a vocabulary of
 * V = p + 2 tokens (id 0 is 'o', id 1 is '=', number n is id n + 2):
 *
 *   plain   [a_1, a_2, ..., a_k], T = k tokens, read at a_k: the paper's
 *           input, x = (x_1, ..., x_k) one-hot (Li et al. §3.1); 'o' and '='
 *           keep their (unused) embedding rows
 *   equals  [a_1, o, a_2, o, ..., a_k, =], T = 2k tokens, read at '=': the
 *           format of the codebase the paper builds on
 *
 * Per position t:
 *
 *   x = tok_emb[id] * sqrt(d) + pos_emb[t]                   (d = hidden)
 *   per block:  x += proj(attn(LN1(x)))                      (causal, H heads of
 *               x += fc2(gelu(fc1(LN2(x))))                   width hd, scores / sqrt(hd))
 *   logits = head(LNf(x at the last position))               (p classes)
 *
 * with qkv = Linear(d, 3 H hd), proj = Linear(H hd, d), fc1 = Linear(d, ff),
 * fc2 = Linear(ff, d), head = Linear(d, p), all with biases; gelu is the
 * exact erf form (PyTorch nn.GELU). --no-mlp drops the fc1/fc2 sublayer,
 * --no-ln every LayerNorm (the attention-only form of the paper's formula).
 * No dropout. Parameters, in PyTorch layout: tok_emb (V, d), pos_emb (T, d),
 * per block b "bB.ln1_w" ... (see transformer.c), lnf_w, lnf_b, head_w (p, d),
 * head_b (p).
 */
#ifndef TRANSFORMER_H
#define TRANSFORMER_H

#include <stdint.h>

#include "family.h"
#include "model.h"
#include "npz.h"

/* Results version of the transformer family, apart from train's own
 * ("bin/train --family transformer --results-version", opt_results_part):
 * raise it with any change to what the family computes, and only the
 * transformer experiments rerun. */
#define TF_RESULTS_VERSION 3

typedef struct {
    int p, k;
    int d, heads, hd, ff, layers;
    int mlp, ln; /* 1: the MLP sublayer / the LayerNorms exist */
    int equals;  /* 1: the equals sequence, 0: the plain one */
} TfConfig;

/* The sequence's length T, and the token id at position t of the example
 * tok[0..k). */
int tf_seq_len(const TfConfig *cfg);
int32_t tf_token_id(const TfConfig *cfg, const int32_t *tok, int t);

void tf_declare(Params *P, const TfConfig *cfg);
void tf_config_to_meta(const TfConfig *cfg, TensorList *tl);
TfConfig tf_config_from_file(const TensorList *tl, const char *path);
/* PyTorch defaults: embeddings N(0, 1), Linear U(+-1/sqrt(fan_in)) for
 * weights and biases, LayerNorm weight 1 and bias 0. */
void tf_init(Params *P, const TfConfig *cfg, uint64_t seed);

/* The transformer as a family for train (family.h); its cfg is a TfConfig. */
extern const FamilyOps tf_family;

/* Work space of batches up to cap (opaque; family.h's work_new/forward/...). */
void *tf_work_new(const TfConfig *cfg, int64_t cap);
void tf_work_free(void *w);
float *tf_forward(void *w, const TfConfig *cfg, const Params *P, const int32_t *tok, int64_t N);
float *tf_dlogits(void *w);
void tf_backward(Params *G, void *w, const TfConfig *cfg, const Params *P, const int32_t *tok, int64_t N);

#endif
