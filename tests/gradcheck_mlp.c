/* Finite-difference gradient check of every MLP variant: per-position and
 * shared first layer, with and without biases, every activation. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "mlp.h"
#include "rng.h"
#include "tap.h"
#include "xent.h"

enum { P = 5, K = 2, H = 7 };

static double loss_of(MlpWork *w, const MlpConfig *cfg, const Params *Pm, const int32_t *tok, const int32_t *y, int N)
{
    mlp_forward(w, cfg, Pm, tok, N);
    return xent_rows(w->logits, y, N, cfg->p, NULL, 0, NULL) / N;
}

/* Sign pattern of the pre-activations z = b_in + sum_j W_in[:, col(j)] of
 * N examples, summed as the forward pass sums them (ReLU and |x| have kinks
 * at 0: a central difference across one is meaningless). */
static void kink_pattern(const MlpConfig *cfg, const Params *Pm, const int32_t *tok, int k, int N, unsigned char *out)
{
    const float *W_in = params_get(Pm, "W_in"), *b_in = cfg->bias ? params_get(Pm, "b_in") : NULL;
    int ncol = mlp_in_cols(cfg);
    for (int n = 0; n < N; n++)
        for (int i = 0; i < cfg->hidden; i++) {
            float z = b_in ? b_in[i] : 0.0f;
            for (int j = 0; j < k; j++) z += W_in[i * ncol + (cfg->shared ? 0 : j * cfg->p) + tok[n * k + j]];
            out[n * cfg->hidden + i] = z > 0;
        }
}

/* Relative error ||g_fd - g|| / ||g|| over every parameter whose central
 * difference crosses no kink. */
static double check(const MlpConfig *cfg, int k)
{
    int N = 1;
    for (int i = 0; i < k; i++) N *= P;
    int32_t *tok = malloc(sizeof *tok * (size_t)(N * k)), *y = malloc(sizeof *y * (size_t)N);
    for (int i = 0; i < N; i++) {
        dataset_tokens(P, k, i, tok + i * k);
        y[i] = dataset_label(P, k, i);
    }
    Params Pm = {0};
    mlp_declare(&Pm, cfg);
    params_alloc(&Pm);
    Rng rng = rng_stream(7, STREAM_OTHER);
    for (size_t i = 0; i < Pm.size; i++) Pm.data[i] = (float)(0.5 * rng_normal(&rng));
    Params G = params_like(&Pm);
    MlpWork w = mlp_work_new(cfg, N);
    mlp_forward(&w, cfg, &Pm, tok, N);
    xent_rows(w.logits, y, N, cfg->p, w.dlogits, 1.0 / N, NULL);
    mlp_backward(&G, &w, cfg, &Pm, tok, N);
    int kinked = cfg->act.kind == ACT_RELU || cfg->act.kind == ACT_ABS;
    unsigned char *up_signs = malloc((size_t)(N * H)), *down_signs = malloc((size_t)(N * H));
    double num = 0, den = 0, h = 1e-2;
    for (size_t i = 0; i < Pm.size; i++) {
        float saved = Pm.data[i];
        Pm.data[i] = saved + (float)h;
        double up = loss_of(&w, cfg, &Pm, tok, y, N);
        if (kinked) kink_pattern(cfg, &Pm, tok, k, N, up_signs);
        Pm.data[i] = saved - (float)h;
        double down = loss_of(&w, cfg, &Pm, tok, y, N);
        if (kinked) kink_pattern(cfg, &Pm, tok, k, N, down_signs);
        Pm.data[i] = saved;
        if (kinked && memcmp(up_signs, down_signs, (size_t)(N * H)) != 0) continue;
        double fd = (up - down) / (2 * h);
        num += (fd - G.data[i]) * (fd - G.data[i]);
        den += (double)G.data[i] * G.data[i];
    }
    free(up_signs);
    free(down_signs);
    mlp_work_free(&w);
    params_free(&G);
    params_free(&Pm);
    free(tok);
    free(y);
    return sqrt(num / den);
}

int main(void)
{
    const char *acts[] = {"relu", "square", "cube", "pow:4", "pow:5", "abs", "identity"};
    int nacts = sizeof acts / sizeof *acts;
    plan(nacts * 4 + 2);
    for (int a = 0; a < nacts; a++)
        for (int shared = 0; shared <= 1; shared++)
            for (int bias = 0; bias <= 1; bias++) {
                MlpConfig cfg = {.p = P, .k = K, .hidden = H, .shared = shared, .bias = bias};
                act_parse(acts[a], &cfg.act);
                double err = check(&cfg, K);
                ok(err < 2e-3, "gradient of %s, %s first layer, %s: relative error %.2e", acts[a],
                   shared ? "shared" : "per-position", bias ? "biases" : "no biases", err);
            }
    /* k = 3 and k = 4 inputs with x^k, the k-input networks' activation */
    for (int k = 3; k <= 4; k++) {
        MlpConfig cfg = {.p = P, .k = k, .hidden = H, .act = {ACT_POW, k}};
        double err = check(&cfg, k);
        ok(err < 2e-3, "gradient of x^%d with %d per-position inputs: relative error %.2e", k, k, err);
    }
    return done_testing();
}
