/* model — parameters as one flat float buffer plus a table of named views.
 *
 * A family (mlp, ...) declares its tensors with params_declare() and then
 * allocates; gradients and optimiser moments are Params with the same layout
 * (params_like), so checkpointing and AdamW never need to know the family.
 * Views are stored in PyTorch layout: W_in (H, in), W_out (out, H).
 */
#ifndef MODEL_H
#define MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "npz.h"

#define MODEL_MAX_TENSORS 32

typedef struct {
    char name[32];
    int ndim;
    int64_t shape[4];
    size_t offset, numel;
} ParamView;

typedef struct {
    int n;
    ParamView view[MODEL_MAX_TENSORS];
    size_t size;  /* total floats */
    float *data;  /* size floats, NULL until params_alloc */
} Params;

void params_declare(Params *P, const char *name, int ndim, const int64_t *shape);
void params_alloc(Params *P);           /* zero-filled */
Params params_like(const Params *P);    /* same layout, zero-filled */
void params_free(Params *P);

const ParamView *params_view(const Params *P, const char *name); /* NULL if absent */
float *params_get(const Params *P, const char *name);            /* dies if absent */

/* Euclidean norm of all parameters, in double. */
double params_norm(const Params *P);

/* Appends every view as a float32 tensor. */
void params_to_tensors(const Params *P, TensorList *tl);
/* Copies every declared view from the file's members; dies with a clear line
 * naming the file and member when one is missing, mis-shaped or not finite. */
void params_from_tensors(Params *P, const TensorList *tl, const char *path);
/* Copies checkpoint t of a trajectory (train --trajectory: every view with a
 * leading axis of T checkpoints, T the length of its int64 steps member) and
 * returns T; dies as params_from_tensors does, or when t is not in [0, T). */
int64_t params_from_trajectory(Params *P, const TensorList *tl, const char *path, int64_t t);

#endif
