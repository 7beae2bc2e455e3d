/* kckpt — the checkpoints of a bias-free x^k MLP with one first layer per
 * input (Li et al. 2025's network; maxmargin.h), as doubles, from a model
 * file (one checkpoint, its step from meta.txt) or a trajectory file (train
 * --trajectory: a leading step axis and a steps member). Files of another
 * family, with biases, a shared first layer or an activation other than
 * pow:k are refused with one line naming the file.
 */
#ifndef KCKPT_H
#define KCKPT_H

#include <stdint.h>

#include "maxmargin.h"

typedef struct {
    int p, k, m, T;
    int64_t *steps; /* (T) */
    double *U, *W;  /* (T, m, k*p), (T, p, m) */
} KCkpts;

KCkpts kckpts_read(const char *path);
void kckpts_free(KCkpts *c);
/* Checkpoint t as a KNet (views into c). */
KNet kckpts_net(const KCkpts *c, int t);
/* Index of the checkpoint at step; dies naming the file when absent. */
int kckpts_need(const KCkpts *c, int64_t step, const char *path);

#endif
