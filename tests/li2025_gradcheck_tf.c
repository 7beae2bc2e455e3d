/* li2025_gradcheck_tf — finite-difference check of the transformer family
 * (transformer.h) at tiny sizes: one and two blocks, with and without the
 * MLP and the LayerNorms, k = 2 and 3 inputs; and its parameter layout. */
#include <math.h>
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

static double check(const TfConfig *c)
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

int main(void)
{
    plan(10);
    for (int layers = 1; layers <= 2; layers++)
        for (int mlp = 0; mlp <= 1; mlp++)
            for (int ln = 0; ln <= 1; ln++) {
                TfConfig c = {.p = P, .k = 2, .d = 8, .heads = 3, .hd = 4, .ff = 12, .layers = layers, .mlp = mlp, .ln = ln};
                double err = check(&c);
                ok(err < 1e-2, "transformer, %d block(s), %s MLP, %s LayerNorm: relative gradient error %.2e", layers,
                   mlp ? "with" : "no", ln ? "with" : "no", err);
            }
    TfConfig c3 = {.p = P, .k = 3, .d = 8, .heads = 2, .hd = 4, .ff = 12, .layers = 1, .mlp = 1, .ln = 1};
    double err = check(&c3);
    ok(err < 1e-2, "transformer on k = 3 inputs (6 positions): relative gradient error %.2e", err);
    /* the paper's one-layer model: 160 heads of 32 over hidden 128, ff 512 */
    TfConfig paper = {.p = 31, .k = 4, .d = 128, .heads = 160, .hd = 32, .ff = 512, .layers = 1, .mlp = 1, .ln = 1};
    Params Pp = {0};
    tf_declare(&Pp, &paper);
    int64_t want = 33 * 128 + 8 * 128 + (128 * 2 + 3 * 5120 * 128 + 3 * 5120 + 128 * 5120 + 128 + 128 * 2 + 512 * 128 + 512 +
                                        128 * 512 + 128) + 2 * 128 + 31 * 128 + 31;
    ok((int64_t)Pp.size == want, "TF-4 at the paper's size has %lld parameters (%lld expected)", (long long)Pp.size, (long long)want);
    return done_testing();
}
