/* li2025_gradcheck_tf — finite-difference check of the transformer family
 * (transformer.h) at tiny sizes: one and two blocks, with and without the
 * MLP and the LayerNorms, k = 2 and 3 inputs, the plain and the equals
 * sequence; its logits against a direct
 * double-precision evaluation of the formula in transformer.h (every
 * position, libm's erf), since tf_forward computes the last block at the
 * last position only; and its parameter layout. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "rng.h"
#include "tap.h"
#include "transformer.h"
#include "xent.h"

enum { P = 5 };

static double loss_of(void *w, const TfConfig *c, const Params *Pm, const int32_t *tok, const int32_t *y, int N)
{
    float *logits = tf_forward(w, c, Pm, tok, N);
    return xent_rows(logits, y, N, c->p, NULL, 0, NULL) / N;
}

/* ---------------------------------------------- the double-precision reference */

static const float *tensor(const Params *Pm, int l, const char *name)
{
    char buf[32];
    snprintf(buf, sizeof buf, "b%d.%s", l, name);
    return params_get(Pm, buf);
}

/* y (n) = W (n, m) x (m) + b */
static void linear(double *y, const float *W, const float *b, const double *x, int n, int m)
{
    for (int i = 0; i < n; i++) {
        double s = b[i];
        for (int j = 0; j < m; j++) s += (double)W[i * m + j] * x[j];
        y[i] = s;
    }
}

/* y = LayerNorm(x) with weight w and bias b (eps 1e-5); without w a copy */
static void layernorm(double *y, const double *x, const float *w, const float *b, int d)
{
    double m = 0, v = 0;
    for (int j = 0; j < d; j++) m += x[j] / d;
    for (int j = 0; j < d; j++) v += (x[j] - m) * (x[j] - m) / d;
    for (int j = 0; j < d; j++) y[j] = w ? (x[j] - m) / sqrt(v + 1e-5) * w[j] + b[j] : x[j];
}

/* logits (p) of one example, every position of every block computed */
static void reference_logits(double *logits, const TfConfig *c, const Params *Pm, const int32_t *tok)
{
    int T = c->equals ? 2 * c->k : c->k, d = c->d, H = c->heads, hd = c->hd, D = H * hd, ff = c->ff;
    double *x = malloc(sizeof *x * (size_t)(T * d)), *h = malloc(sizeof *h * (size_t)d);
    double *qkv = malloc(sizeof *qkv * (size_t)(T * 3 * D)), *y = malloc(sizeof *y * (size_t)D);
    double *u = malloc(sizeof *u * (size_t)(d > ff ? d : ff)), *f = malloc(sizeof *f * (size_t)ff), a[64];
    const float *te = params_get(Pm, "tok_emb"), *pe = params_get(Pm, "pos_emb");
    for (int t = 0; t < T; t++) {
        /* plain [a_1+2, ..., a_k+2]; equals [a_1+2, 0, a_2+2, 0, ..., a_k+2, 1] */
        int id = !c->equals ? tok[t] + 2 : t % 2 == 0 ? tok[t / 2] + 2 : t == T - 1 ? 1 : 0;
        for (int j = 0; j < d; j++) x[t * d + j] = te[id * d + j] * sqrt((double)d) + pe[t * d + j];
    }
    for (int l = 0; l < c->layers; l++) {
        for (int t = 0; t < T; t++) {
            layernorm(h, x + t * d, c->ln ? tensor(Pm, l, "ln1_w") : NULL, c->ln ? tensor(Pm, l, "ln1_b") : NULL, d);
            linear(qkv + t * 3 * D, tensor(Pm, l, "qkv_w"), tensor(Pm, l, "qkv_b"), h, 3 * D, d);
        }
        double *out = malloc(sizeof *out * (size_t)(T * d));
        for (int t = 0; t < T; t++) {
            for (int hh = 0; hh < H; hh++) {
                double max = -INFINITY, sum = 0;
                for (int s = 0; s <= t; s++) {
                    a[s] = 0;
                    for (int i = 0; i < hd; i++) a[s] += qkv[t * 3 * D + hh * hd + i] * qkv[s * 3 * D + D + hh * hd + i];
                    a[s] /= sqrt((double)hd);
                    max = fmax(max, a[s]);
                }
                for (int s = 0; s <= t; s++) sum += a[s] = exp(a[s] - max);
                for (int i = 0; i < hd; i++) {
                    y[hh * hd + i] = 0;
                    for (int s = 0; s <= t; s++) y[hh * hd + i] += a[s] / sum * qkv[s * 3 * D + 2 * D + hh * hd + i];
                }
            }
            linear(u, tensor(Pm, l, "proj_w"), tensor(Pm, l, "proj_b"), y, d, D);
            for (int j = 0; j < d; j++) out[t * d + j] = x[t * d + j] + u[j];
        }
        memcpy(x, out, sizeof *x * (size_t)(T * d));
        free(out);
        if (!c->mlp) continue;
        for (int t = 0; t < T; t++) {
            layernorm(h, x + t * d, c->ln ? tensor(Pm, l, "ln2_w") : NULL, c->ln ? tensor(Pm, l, "ln2_b") : NULL, d);
            linear(f, tensor(Pm, l, "fc1_w"), tensor(Pm, l, "fc1_b"), h, ff, d);
            for (int i = 0; i < ff; i++) f[i] = 0.5 * f[i] * (1 + erf(f[i] / sqrt(2.0)));
            linear(u, tensor(Pm, l, "fc2_w"), tensor(Pm, l, "fc2_b"), f, d, ff);
            for (int j = 0; j < d; j++) x[t * d + j] += u[j];
        }
    }
    layernorm(h, x + (T - 1) * d, c->ln ? params_get(Pm, "lnf_w") : NULL, c->ln ? params_get(Pm, "lnf_b") : NULL, d);
    linear(logits, params_get(Pm, "head_w"), params_get(Pm, "head_b"), h, c->p, d);
    free(x), free(h), free(qkv), free(y), free(u), free(f);
}

/* ------------------------------------------------------------------ checks */

/* Largest |tf_forward - reference| over the logits of N examples, relative
 * to the largest reference logit (at least 1). */
static double forward_error(void *w, const TfConfig *c, const Params *Pm, const int32_t *tok, int N)
{
    float *logits = tf_forward(w, c, Pm, tok, N);
    double err = 0, scale = 1, ref[P];
    for (int n = 0; n < N; n++) {
        reference_logits(ref, c, Pm, tok + n * c->k);
        for (int j = 0; j < c->p; j++) {
            err = fmax(err, fabs(logits[n * c->p + j] - ref[j]));
            scale = fmax(scale, fabs(ref[j]));
        }
    }
    return err / scale;
}

/* The relative gradient error; *fwd_err: forward_error on the same batch. */
static double check(const TfConfig *c, double *fwd_err)
{
    int k = c->k, N = 12;
    int32_t *tok = malloc(sizeof *tok * (size_t)(N * k)), *y = malloc(sizeof *y * (size_t)N);
    Rng rng = rng_stream(3, STREAM_OTHER);
    for (int i = 0; i < N; i++) {
        int64_t idx = (int64_t)rng_below(&rng, (uint64_t)dataset_size(P, k));
        dataset_tokens(P, k, idx, tok + i * k);
        y[i] = dataset_label(P, k, idx);
    }
    Params Pm = {0};
    tf_declare(&Pm, c);
    params_alloc(&Pm);
    tf_init(&Pm, c, 5);
    /* LayerNorm weights and biases off their defaults, so their gradients are tested too */
    for (int v = 0; v < Pm.n; v++)
        if (strstr(Pm.view[v].name, "ln"))
            for (size_t i = 0; i < Pm.view[v].numel; i++) Pm.data[Pm.view[v].offset + i] += (float)(0.3 * rng_normal(&rng));
    Params G = params_like(&Pm);
    void *w = tf_work_new(c, N);
    *fwd_err = forward_error(w, c, &Pm, tok, N);
    float *logits = tf_forward(w, c, &Pm, tok, N);
    xent_rows(logits, y, N, c->p, tf_dlogits(w), 1.0 / N, NULL);
    tf_backward(&G, w, c, &Pm, tok, N);
    double num = 0, den = 0, h = 1e-3;
    for (size_t i = 0; i < Pm.size; i++) {
        float saved = Pm.data[i];
        Pm.data[i] = saved + (float)h;
        double up = loss_of(w, c, &Pm, tok, y, N);
        Pm.data[i] = saved - (float)h;
        double down = loss_of(w, c, &Pm, tok, y, N);
        Pm.data[i] = saved;
        double fd = (up - down) / (2 * h);
        num += (fd - G.data[i]) * (fd - G.data[i]);
        den += (double)G.data[i] * G.data[i];
    }
    tf_work_free(w);
    params_free(&G);
    params_free(&Pm);
    free(tok);
    free(y);
    return sqrt(num / den);
}

static const char *seq_name(const TfConfig *c) { return c->equals ? "equals" : "plain"; }

int main(void)
{
    plan(38);
    for (int equals = 0; equals <= 1; equals++)
        for (int layers = 1; layers <= 2; layers++)
            for (int mlp = 0; mlp <= 1; mlp++)
                for (int ln = 0; ln <= 1; ln++) {
                    TfConfig c = {.p = P, .k = 2, .d = 8, .heads = 3, .hd = 4, .ff = 12, .layers = layers, .mlp = mlp,
                                  .ln = ln, .equals = equals};
                    double fwd, err = check(&c, &fwd);
                    ok(fwd < 1e-5, "transformer, %s sequence, %d block(s), %s MLP, %s LayerNorm: logits within %.2e of the reference",
                       seq_name(&c), layers, mlp ? "with" : "no", ln ? "with" : "no", fwd);
                    ok(err < 1e-2, "transformer, %s sequence, %d block(s), %s MLP, %s LayerNorm: relative gradient error %.2e",
                       seq_name(&c), layers, mlp ? "with" : "no", ln ? "with" : "no", err);
                }
    for (int equals = 0; equals <= 1; equals++) {
        TfConfig c3 = {.p = P, .k = 3, .d = 8, .heads = 2, .hd = 4, .ff = 12, .layers = 1, .mlp = 1, .ln = 1, .equals = equals};
        double fwd, err = check(&c3, &fwd);
        ok(fwd < 1e-5, "transformer on k = 3 inputs (%s sequence, %d positions): logits within %.2e of the reference",
           seq_name(&c3), tf_seq_len(&c3), fwd);
        ok(err < 1e-2, "transformer on k = 3 inputs (%s sequence, %d positions): relative gradient error %.2e",
           seq_name(&c3), tf_seq_len(&c3), err);
    }
    /* the paper's one-layer model: 160 heads of 32 over hidden 128, ff 512;
     * positions: 4 plain, 8 equals */
    for (int equals = 0; equals <= 1; equals++) {
        TfConfig paper = {.p = 31, .k = 4, .d = 128, .heads = 160, .hd = 32, .ff = 512, .layers = 1, .mlp = 1, .ln = 1,
                          .equals = equals};
        Params Pp = {0};
        tf_declare(&Pp, &paper);
        int64_t want = 33 * 128 + (equals ? 8 : 4) * 128 +
                       (128 * 2 + 3 * 5120 * 128 + 3 * 5120 + 128 * 5120 + 128 + 128 * 2 + 512 * 128 + 512 + 128 * 512 + 128) +
                       2 * 128 + 31 * 128 + 31;
        ok((int64_t)Pp.size == want, "TF-4 at the paper's size, %s sequence, has %lld parameters (%lld expected)",
           seq_name(&paper), (long long)Pp.size, (long long)want);
        params_free(&Pp);
    }
    return done_testing();
}
