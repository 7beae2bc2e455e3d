/* family — what train needs from a model family, so that one training loop
 * serves the MLP, the RNN and the transformer.
 *
 * A family maps k tokens per example to p logits. Its configuration is a
 * family-specific struct (MlpConfig, ...); a Net pairs it with the family's
 * operations. Parameters are a Params (model.h), so AdamW, checkpoints and
 * the resumable state never depend on the family.
 */
#ifndef FAMILY_H
#define FAMILY_H

#include <stdint.h>

#include "model.h"
#include "npz.h"

typedef struct {
    const char *name; /* meta.txt family=NAME */
    void (*declare)(Params *P, const void *cfg);
    /* kind: "uniform" (the PyTorch defaults of the family's modules) or
     * "normal" (weights N(0, std^2), biases zero); dies on a kind it lacks */
    void (*init)(Params *P, const void *cfg, const char *kind, double std, uint64_t seed);
    /* scratch space for batches of up to cap examples */
    void *(*work_new)(const void *cfg, int64_t cap);
    void (*work_free)(void *work);
    /* Logits (N, p) of N <= cap examples with tokens tok (N, k), kept in the
     * work space until its next use. */
    float *(*forward)(void *work, const void *cfg, const Params *P, const int32_t *tok, int64_t N);
    /* The (cap, p) buffer the caller fills with dLoss/dlogits before backward. */
    float *(*dlogits)(void *work);
    /* After forward on the same tok: writes (overwrites) every gradient in G. */
    void (*backward)(Params *G, void *work, const void *cfg, const Params *P, const int32_t *tok, int64_t N);
    /* family=, p, k and the configuration, as meta.txt lines */
    void (*to_meta)(const void *cfg, TensorList *tl);
} FamilyOps;

typedef struct {
    const FamilyOps *ops;
    const void *cfg;
    int p, k;
} Net;

/* Mean cross-entropy and accuracy of the net on N examples (tokens (N, k),
 * labels (N,)), evaluated in chunks of cap with the given work space. */
void net_evaluate(const Net *net, void *work, int64_t cap, const Params *P, const int32_t *tok,
                  const int32_t *labels, int64_t N, double *loss, double *acc);

#endif
