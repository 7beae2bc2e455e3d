/* model — see model.h. */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void params_declare(Params *P, const char *name, int ndim, const int64_t *shape)
{
    if (P->n == MODEL_MAX_TENSORS) die("too many parameter tensors");
    if (P->data) die("params_declare after params_alloc");
    ParamView *v = &P->view[P->n++];
    snprintf(v->name, sizeof v->name, "%s", name);
    v->ndim = ndim;
    v->numel = 1;
    for (int i = 0; i < ndim; i++) {
        v->shape[i] = shape[i];
        v->numel *= (size_t)shape[i];
    }
    v->offset = P->size;
    P->size += v->numel;
}

void params_alloc(Params *P) { P->data = xcalloc(P->size, sizeof(float)); }

Params params_like(const Params *P)
{
    Params Q = *P;
    Q.data = NULL;
    params_alloc(&Q);
    return Q;
}

void params_free(Params *P)
{
    free(P->data);
    P->data = NULL;
}

const ParamView *params_view(const Params *P, const char *name)
{
    for (int i = 0; i < P->n; i++)
        if (strcmp(P->view[i].name, name) == 0) return &P->view[i];
    return NULL;
}

float *params_get(const Params *P, const char *name)
{
    const ParamView *v = params_view(P, name);
    if (!v) die("model has no parameter %s", name);
    return P->data + v->offset;
}

double params_norm(const Params *P)
{
    double s = 0;
    for (size_t i = 0; i < P->size; i++) s += (double)P->data[i] * P->data[i];
    return sqrt(s);
}

void params_to_tensors(const Params *P, TensorList *tl)
{
    for (int i = 0; i < P->n; i++) {
        const ParamView *v = &P->view[i];
        tl_add(tl, v->name, DT_F32, v->ndim, v->shape, P->data + v->offset);
    }
}

void params_from_tensors(Params *P, const TensorList *tl, const char *path)
{
    for (int i = 0; i < P->n; i++) {
        const ParamView *v = &P->view[i];
        Tensor *t = tl_need(tl, path, v->name, DT_F32, v->ndim, v->shape);
        memcpy(P->data + v->offset, t->data, v->numel * sizeof(float));
    }
}

int64_t params_from_trajectory(Params *P, const TensorList *tl, const char *path, int64_t t)
{
    int64_t T = tl_need(tl, path, "steps", DT_I64, 1, (int64_t[]){-1})->shape[0];
    if (T == 0) die("%s: the trajectory holds no checkpoint", path);
    if (t < 0 || t >= T) die("%s: checkpoint %lld of a trajectory of %lld", path, (long long)t, (long long)T);
    for (int i = 0; i < P->n; i++) {
        const ParamView *v = &P->view[i];
        int64_t shape[TENSOR_MAX_DIM] = {T};
        memcpy(shape + 1, v->shape, sizeof(int64_t) * (size_t)v->ndim);
        Tensor *m = tl_need(tl, path, v->name, DT_F32, v->ndim + 1, shape);
        memcpy(P->data + v->offset, (const float *)m->data + t * (int64_t)v->numel, v->numel * sizeof(float));
    }
    return T;
}
