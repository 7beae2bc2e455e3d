/* optim — see optim.h. */
#include "optim.h"

#include <math.h>

void optim_init(Optim *o, const Params *P)
{
    o->t = 0;
    o->m = params_like(P);
    o->v = params_like(P);
}

void optim_free(Optim *o)
{
    params_free(&o->m);
    params_free(&o->v);
}

double optim_lr(const Optim *o)
{
    double lr = o->lr;
    if (o->double_every > 0) {
        long t = o->t < o->double_until ? o->t : o->double_until;
        lr = ldexp(lr, (int)(t / o->double_every));
    }
    if (o->decay_end > 0 && o->t >= o->decay_from)
        lr *= o->t >= o->decay_end ? 0 : (double)(o->decay_end - o->t) / (double)(o->decay_end - o->decay_from);
    if (o->warmup > 0 && o->t < o->warmup) return lr * (double)o->t / (double)o->warmup;
    return lr;
}

/* torch.optim.AdamW (amsgrad off):
 *   p <- p * (1 - lr*wd);  m <- b1 m + (1-b1) g;  v <- b2 v + (1-b2) g^2
 *   p <- p - lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps)               */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void adamw_step(Optim *o, float *restrict p, const float *restrict g, size_t n, double lr)
{
    double t = (double)(o->t + 1);
    float b1 = (float)o->beta1, b2 = (float)o->beta2;
    float decay = (float)(1.0 - lr * o->weight_decay);
    float step_size = (float)(lr / (1.0 - pow(o->beta1, t)));
    float bias2_sqrt = (float)sqrt(1.0 - pow(o->beta2, t));
    float eps = (float)o->eps;
    float *m = o->m.data, *v = o->v.data;
    for (size_t i = 0; i < n; i++) {
        p[i] *= decay;
        m[i] = b1 * m[i] + (1.0f - b1) * g[i];
        v[i] = b2 * v[i] + (1.0f - b2) * g[i] * g[i];
        p[i] -= step_size * m[i] / (sqrtf(v[i]) / bias2_sqrt + eps);
    }
}

/* torch.optim.SGD: g += wd p; with momentum: buf <- mu buf + g (buf = g at t=0); p -= lr g */
static void sgd_step(Optim *o, float *p, const float *g, size_t n, double lr)
{
    float wd = (float)o->weight_decay, mu = (float)o->momentum, rate = (float)lr;
    float *buf = o->m.data;
    for (size_t i = 0; i < n; i++) {
        float d = g[i] + wd * p[i];
        if (mu != 0.0f) d = buf[i] = o->t == 0 ? d : mu * buf[i] + d;
        p[i] -= rate * d;
    }
}

void optim_step(Optim *o, Params *P, const Params *G)
{
    double lr = optim_lr(o);
    if (o->kind == OPTIM_ADAMW) adamw_step(o, P->data, G->data, P->size, lr);
    else sgd_step(o, P->data, G->data, P->size, lr);
    o->t++;
}
