/* optim — AdamW (PyTorch semantics, decoupled weight decay) and SGD, with a
 * linear warm-up of the learning rate.
 *
 * Warm-up follows PyTorch's LambdaLR(lambda t: min(t / warmup, 1)): update
 * number t (0-based) uses lr * min(t / warmup, 1), so the first update of a
 * warmed-up run has learning rate 0 (the moments still advance).
 * A doubling schedule (Morwani et al. 2024) multiplies the rate by 2 at
 * updates double_every, 2 double_every, ..., up to double_until.
 * A linear decay multiplies the rate by (decay_end - t) / (decay_end -
 * decay_from) at updates t >= decay_from, so that it reaches 0 at update
 * decay_end (LambdaLR's linear decay to zero).
 * Optimiser state (moments, update count) is a Params of the model's layout,
 * so it is saved and restored with the model for resumable training.
 */
#ifndef OPTIM_H
#define OPTIM_H

#include "model.h"

typedef enum { OPTIM_ADAMW, OPTIM_SGD } OptimKind;

typedef struct {
    OptimKind kind;
    double lr, beta1, beta2, eps, weight_decay, momentum;
    long warmup;  /* updates of linear warm-up; 0 = none */
    long double_every, double_until; /* lr doubles at every multiple of double_every up to double_until; 0 = never */
    long decay_from, decay_end;      /* linear decay to 0 over updates [decay_from, decay_end); decay_end 0 = none */
    long t;       /* updates done so far */
    Params m, v;  /* AdamW moments (m is the SGD momentum buffer) */
} Optim;

void optim_init(Optim *o, const Params *P);
void optim_free(Optim *o);
double optim_lr(const Optim *o); /* learning rate of the next update */
/* One update of P with gradient G (same layout). */
void optim_step(Optim *o, Params *P, const Params *G);

#endif
