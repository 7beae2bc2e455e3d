/* li2025_gradcheck — finite-difference checks for the k-input networks of
 * Li et al. 2025: the bias-free x^k MLP with one first layer per input,
 * k = 2..5 (on all p^k tuples of p = 5), the gradient of the explicit
 * L_{2,k+1} penalty (maxmargin.h; powers r = 1 and r = k+1), and the
 * doubling learning-rate schedule of Morwani et al. (optim.h). */
#include <math.h>
#include <stdlib.h>

#include "dataset.h"
#include "maxmargin.h"
#include "mlp.h"
#include "optim.h"
#include "rng.h"
#include "tap.h"
#include "xent.h"

enum { P = 5, H = 6 };

static double loss_of(MlpWork *w, const MlpConfig *cfg, const Params *Pm, const int32_t *tok, const int32_t *y, int N)
{
    mlp_forward(w, cfg, Pm, tok, N);
    return xent_rows(w->logits, y, N, cfg->p, NULL, 0, NULL) / N;
}

static Params random_params(const MlpConfig *cfg, double scale)
{
    Params Pm = {0};
    mlp_declare(&Pm, cfg);
    params_alloc(&Pm);
    Rng rng = rng_stream(11, STREAM_OTHER);
    for (size_t i = 0; i < Pm.size; i++) Pm.data[i] = (float)(scale * rng_normal(&rng));
    return Pm;
}

/* ||g_fd - g|| / ||g|| of the mean cross-entropy over all p^k tuples */
static double check_network(int k)
{
    MlpConfig cfg = {.p = P, .k = k, .hidden = H, .act = {ACT_POW, k}};
    int N = (int)dataset_size(P, k);
    int32_t *tok = malloc(sizeof *tok * (size_t)(N * k)), *y = malloc(sizeof *y * (size_t)N);
    for (int i = 0; i < N; i++) {
        dataset_tokens(P, k, i, tok + i * k);
        y[i] = dataset_label(P, k, i);
    }
    Params Pm = random_params(&cfg, 0.4), G = params_like(&Pm);
    MlpWork w = mlp_work_new(&cfg, N);
    mlp_forward(&w, &cfg, &Pm, tok, N);
    xent_rows(w.logits, y, N, P, w.dlogits, 1.0 / N, NULL);
    mlp_backward(&G, &w, &cfg, &Pm, tok, N);
    double num = 0, den = 0, h = 1e-2;
    for (size_t i = 0; i < Pm.size; i++) {
        float saved = Pm.data[i];
        Pm.data[i] = saved + (float)h;
        double up = loss_of(&w, &cfg, &Pm, tok, y, N);
        Pm.data[i] = saved - (float)h;
        double down = loss_of(&w, &cfg, &Pm, tok, y, N);
        Pm.data[i] = saved;
        double fd = (up - down) / (2 * h);
        num += (fd - G.data[i]) * (fd - G.data[i]);
        den += (double)G.data[i] * G.data[i];
    }
    mlp_work_free(&w);
    params_free(&G);
    params_free(&Pm);
    free(tok);
    free(y);
    return sqrt(num / den);
}

static double check_penalty(int k, double r)
{
    MlpConfig cfg = {.p = P, .k = k, .hidden = H, .act = {ACT_POW, k}};
    Params Pm = random_params(&cfg, 1.0), G = params_like(&Pm), scratch = params_like(&Pm);
    double lambda = 0.3;
    mm_penalty_add_grad(&G, &Pm, k, lambda, r);
    double num = 0, den = 0, h = 1e-3;
    for (size_t i = 0; i < Pm.size; i++) {
        float saved = Pm.data[i];
        Pm.data[i] = saved + (float)h;
        double up = mm_penalty_add_grad(&scratch, &Pm, k, lambda, r);
        Pm.data[i] = saved - (float)h;
        double down = mm_penalty_add_grad(&scratch, &Pm, k, lambda, r);
        Pm.data[i] = saved;
        double fd = (up - down) / (2 * h);
        num += (fd - G.data[i]) * (fd - G.data[i]);
        den += (double)G.data[i] * G.data[i];
    }
    params_free(&G);
    params_free(&scratch);
    params_free(&Pm);
    return sqrt(num / den);
}

int main(void)
{
    plan(4 + 8 + 4);
    for (int k = 2; k <= 5; k++) {
        double err = check_network(k);
        ok(err < 2e-3, "x^%d network, %d inputs, no biases: relative gradient error %.2e", k, k, err);
    }
    for (int k = 2; k <= 5; k++)
        for (int r = 0; r < 2; r++) {
            double power = r ? k + 1 : 1, err = check_penalty(k, power);
            ok(err < 2e-3, "L_{2,%d} penalty to the power %g: relative gradient error %.2e", k + 1, power, err);
        }
    /* penalty value: one neuron of norm n has lambda n^r */
    {
        MlpConfig cfg = {.p = 3, .k = 2, .hidden = 1, .act = {ACT_POW, 2}};
        Params Pm = {0};
        mlp_declare(&Pm, &cfg);
        params_alloc(&Pm);
        Pm.data[0] = 3; /* u_1 = (3, 0, 0) */
        Pm.data[8] = 4; /* w(2) = 4: W_out (3, 1), last entry */
        Params G = params_like(&Pm);
        ok(fabs(mm_penalty_add_grad(&G, &Pm, 2, 0.5, 3) - 0.5 * 125) < 1e-9, "penalty of one neuron of norm 5: 0.5 * 5^3");
        params_free(&G);
        params_free(&Pm);
    }
    /* doubling schedule: 0.05 doubled at 1000, 2000, ..., 10000 */
    Params Q = {0};
    params_declare(&Q, "w", 1, (int64_t[]){1});
    params_alloc(&Q);
    Optim o = {.kind = OPTIM_SGD, .lr = 0.05, .double_every = 1000, .double_until = 10000};
    optim_init(&o, &Q);
    o.t = 999;
    is_close(optim_lr(&o), 0.05, 0, "doubling: lr 0.05 before update 1000");
    o.t = 1000;
    is_close(optim_lr(&o), 0.1, 0, "doubling: lr 0.1 from update 1000");
    o.t = 39999;
    is_close(optim_lr(&o), 51.2, 1e-12, "doubling: lr 51.2 after update 10000");
    optim_free(&o);
    params_free(&Q);
    return done_testing();
}
