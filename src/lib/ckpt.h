/* ckpt — the weights of a two-layer network with a shared first layer and no
 * biases (He et al. 2026: f(x,y)[j] = sum_m W_out[j,m] act(W_in[m,x] + W_in[m,y])),
 * read from a model file or from a trajectory, as a list of checkpoints.
 *
 *   model file       W_in (M, p), W_out (p, M) float32 (train's output, or a
 *                    numpy-written file); one checkpoint, its step from
 *                    meta.txt step=, or CKPT_STEP_UNKNOWN when the file
 *                    records none (outputs then say "unknown")
 *   trajectory file  W_in (T, M, p), W_out (T, p, M) and steps (T) int64, as
 *                    train --trajectory writes
 *
 * Files with biases or a per-position first layer (W_in with more than p
 * columns) are refused with a clear line: the analyses built on these
 * checkpoints assume the shared, bias-free model.
 */
#ifndef CKPT_H
#define CKPT_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    int p, M, T;
    int64_t *steps; /* (T) */
    float *W_in;    /* (T, M, p) */
    float *W_out;   /* (T, p, M) */
} Ckpts;

/* The step of a checkpoint whose file records none. */
#define CKPT_STEP_UNKNOWN (-1)

Ckpts ckpts_read(const char *path);
void ckpts_free(Ckpts *c);

/* Index of the checkpoint at step, or -1. */
int ckpts_find(const Ckpts *c, int64_t step);
/* Index of the checkpoint at step; dies naming the file when absent. */
int ckpts_need(const Ckpts *c, int64_t step, const char *path);

/* The step of checkpoint t as outputs print it: the number, or "unknown".
 * A struct, so that it can be an argument of printf:
 * printf("%s", ckpts_step_text(c, t).s). */
typedef struct {
    char s[24];
} StepText;
StepText ckpts_step_text(const Ckpts *c, int t);

/* Views of checkpoint t. */
static inline const float *ckpts_win(const Ckpts *c, int t) { return c->W_in + (size_t)t * c->M * c->p; }
static inline const float *ckpts_wout(const Ckpts *c, int t) { return c->W_out + (size_t)t * c->p * c->M; }

/* theta_m (row m of W_in) and xi_m (column m of W_out) of checkpoint t, as doubles (p each). */
void ckpts_neuron(const Ckpts *c, int t, int m, double *theta, double *xi);

#endif
