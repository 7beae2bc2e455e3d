/* kckpt — see kckpt.h. */
#include "kckpt.h"

#include <stdlib.h>
#include <string.h>

#include "mlp.h"
#include "npz.h"
#include "util.h"

KCkpts kckpts_read(const char *path)
{
    TensorList tl = npz_read(path);
    char *family = tl_meta_get(&tl, "family");
    if (!family || strcmp(family, "mlp") != 0) die("%s: not an mlp model file (meta.txt family=%s)", path, family ? family : "");
    free(family);
    MlpConfig cfg = {0};
    cfg.p = (int)tl_meta_long(&tl, path, "p", 2, 1 << 16);
    cfg.k = (int)tl_meta_long(&tl, path, "k", 1, 8);
    cfg.hidden = (int)tl_meta_long(&tl, path, "hidden", 1, 1 << 20);
    if (tl_meta_long(&tl, path, "bias", 0, 1)) die("%s: the network has biases; the margin theory is for bias-free networks", path);
    if (tl_meta_long(&tl, path, "shared", 0, 1)) die("%s: the network shares its first layer; expected one per input", path);
    char *act = tl_meta_get(&tl, "act");
    if (!act || !act_parse(act, &cfg.act) || cfg.act.kind != ACT_POW || cfg.act.power != cfg.k)
        die("%s: activation %s, expected pow:%d (x^k with k = %d inputs)", path, act ? act : "?", cfg.k, cfg.k);
    free(act);
    KCkpts c = {cfg.p, cfg.k, cfg.hidden, 1, NULL, NULL, NULL};
    int64_t kp = (int64_t)cfg.k * cfg.p;
    Tensor *steps = tl_get(&tl, "steps");
    Tensor *w_in, *w_out;
    if (steps) {
        steps = tl_need(&tl, path, "steps", DT_I64, 1, (int64_t[]){-1});
        c.T = (int)steps->shape[0];
        w_in = tl_need(&tl, path, "W_in", DT_F32, 3, (int64_t[]){c.T, c.m, kp});
        w_out = tl_need(&tl, path, "W_out", DT_F32, 3, (int64_t[]){c.T, c.p, c.m});
    } else {
        w_in = tl_need(&tl, path, "W_in", DT_F32, 2, (int64_t[]){c.m, kp});
        w_out = tl_need(&tl, path, "W_out", DT_F32, 2, (int64_t[]){c.p, c.m});
    }
    if (c.T < 1) die("%s: the trajectory holds no checkpoint", path);
    c.steps = xmalloc(sizeof(int64_t) * (size_t)c.T);
    if (steps) memcpy(c.steps, steps->data, sizeof(int64_t) * (size_t)c.T);
    else c.steps[0] = tl_meta_long(&tl, path, "step", 0, 1L << 40);
    size_t nu = (size_t)c.T * c.m * kp, nw = (size_t)c.T * c.p * c.m;
    c.U = xmalloc(sizeof(double) * nu);
    c.W = xmalloc(sizeof(double) * nw);
    for (size_t i = 0; i < nu; i++) c.U[i] = ((float *)w_in->data)[i];
    for (size_t i = 0; i < nw; i++) c.W[i] = ((float *)w_out->data)[i];
    tl_free(&tl);
    return c;
}


void kckpts_free(KCkpts *c)
{
    free(c->steps);
    free(c->U);
    free(c->W);
}

KNet kckpts_net(const KCkpts *c, int t)
{
    return (KNet){c->p, c->k, c->m, c->U + (size_t)t * c->m * c->k * c->p, c->W + (size_t)t * c->p * c->m};
}

int kckpts_need(const KCkpts *c, int64_t step, const char *path)
{
    for (int t = 0; t < c->T; t++)
        if (c->steps[t] == step) return t;
    die("%s: no checkpoint at step %lld", path, (long long)step);
}
