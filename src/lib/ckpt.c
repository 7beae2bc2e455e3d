/* ckpt — see ckpt.h. */
#include "ckpt.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "npz.h"
#include "util.h"

/* The step a model file records in meta.txt, or CKPT_STEP_UNKNOWN. */
static int64_t model_step(const TensorList *tl, const char *path)
{
    char *s = tl_meta_get(tl, "step");
    if (!s) return CKPT_STEP_UNKNOWN;
    free(s);
    return tl_meta_long(tl, path, "step", 0, LONG_MAX);
}

Ckpts ckpts_read(const char *path)
{
    TensorList tl = npz_read(path);
    Ckpts c = {0};
    if (tl_get(&tl, "b_in") || tl_get(&tl, "b_out"))
        die("%s: the model has biases; expected the shared-layer model without biases", path);
    Tensor *win = tl_get(&tl, "W_in");
    if (!win) die("%s: no member W_in", path);
    int traj = win->ndim == 3;
    /* every size must fit an int (an empty tensor may claim any size) */
    for (int d = 0; d < win->ndim; d++)
        if (win->shape[d] > INT_MAX) die("%s: W_in has a dimension of %lld", path, (long long)win->shape[d]);
    if (traj) {
        win = tl_need(&tl, path, "W_in", DT_F32, 3, (int64_t[]){-1, -1, -1});
        c.T = (int)win->shape[0];
        c.M = (int)win->shape[1];
        c.p = (int)win->shape[2];
        tl_need(&tl, path, "W_out", DT_F32, 3, (int64_t[]){c.T, c.p, c.M});
        Tensor *st = tl_need(&tl, path, "steps", DT_I64, 1, (int64_t[]){c.T});
        c.steps = xmalloc(sizeof(int64_t) * (size_t)c.T);
        memcpy(c.steps, st->data, sizeof(int64_t) * (size_t)c.T);
    } else {
        Tensor *wout = tl_need(&tl, path, "W_out", DT_F32, 2, (int64_t[]){-1, -1});
        if (wout->shape[0] > INT_MAX || wout->shape[1] > INT_MAX)
            die("%s: W_out has a dimension of %lld", path, (long long)(wout->shape[0] > INT_MAX ? wout->shape[0] : wout->shape[1]));
        c.T = 1;
        c.p = (int)wout->shape[0];
        c.M = (int)wout->shape[1];
        win = tl_need(&tl, path, "W_in", DT_F32, 2, (int64_t[]){c.M, -1});
        if (win->shape[1] != c.p)
            die("%s: W_in has %lld columns, expected p = %d (a shared first layer)", path, (long long)win->shape[1], c.p);
        c.steps = xmalloc(sizeof(int64_t));
        c.steps[0] = model_step(&tl, path);
    }
    if (c.T < 1 || c.M < 1 || c.p < 3) die("%s: empty or too small weights (T %d, M %d, p %d)", path, c.T, c.M, c.p);
    size_t n = (size_t)c.T * c.M * c.p;
    c.W_in = xmalloc(sizeof(float) * n);
    c.W_out = xmalloc(sizeof(float) * n);
    memcpy(c.W_in, tl_get(&tl, "W_in")->data, sizeof(float) * n);
    memcpy(c.W_out, tl_get(&tl, "W_out")->data, sizeof(float) * n);
    tl_free(&tl);
    return c;
}

void ckpts_free(Ckpts *c)
{
    free(c->steps);
    free(c->W_in);
    free(c->W_out);
    memset(c, 0, sizeof *c);
}

int ckpts_find(const Ckpts *c, int64_t step)
{
    for (int t = 0; t < c->T; t++)
        if (c->steps[t] == step) return t;
    return -1;
}

int ckpts_need(const Ckpts *c, int64_t step, const char *path)
{
    int t = ckpts_find(c, step);
    if (t < 0 && c->T == 1 && c->steps[0] == CKPT_STEP_UNKNOWN)
        die("%s: no checkpoint at step %lld (the file records no step)", path, (long long)step);
    if (t < 0) die("%s: no checkpoint at step %lld", path, (long long)step);
    return t;
}

StepText ckpts_step_text(const Ckpts *c, int t)
{
    StepText text;
    if (c->steps[t] == CKPT_STEP_UNKNOWN) snprintf(text.s, sizeof text.s, "unknown");
    else snprintf(text.s, sizeof text.s, "%lld", (long long)c->steps[t]);
    return text;
}

void ckpts_neuron(const Ckpts *c, int t, int m, double *theta, double *xi)
{
    const float *win = ckpts_win(c, t) + (size_t)m * c->p, *wout = ckpts_wout(c, t);
    for (int j = 0; j < c->p; j++) {
        if (theta) theta[j] = win[j];
        if (xi) xi[j] = wout[(size_t)j * c->M + m];
    }
}
