/* Finite-difference gradient check of the RNN family (ReLU and tanh) on a
 * tiny modulus, through both time steps. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "rng.h"
#include "rnn.h"
#include "tap.h"
#include "xent.h"

enum { P = 7, D = 5, H = 8, N = P * P };

static double loss_of(RnnWork *w, const RnnConfig *cfg, const Params *Pm, const int32_t *tok, const int32_t *y)
{
    rnn_forward(w, cfg, Pm, tok, N);
    return xent_rows(w->logits, y, N, cfg->p, NULL, 0, NULL) / N;
}

/* Signs of every pre-activation (tables h1 and step-2 states): a central
 * difference across a ReLU kink is meaningless. */
static void kinks(const RnnWork *w, unsigned char *out)
{
    for (int i = 0; i < P * H; i++) out[i] = w->h1[i] > 0;
    for (int i = 0; i < N * H; i++) out[P * H + i] = w->h2[i] > 0;
}

/* Relative error ||g_fd - g|| / ||g|| over one named tensor (all of them for NULL). */
static double check(RnnAct act, const char *only, double *worst_all)
{
    RnnConfig cfg = {.p = P, .embed = D, .hidden = H, .act = act};
    int32_t tok[2 * N], y[N];
    for (int i = 0; i < N; i++) {
        dataset_tokens(P, 2, i, tok + 2 * i);
        y[i] = dataset_label(P, 2, i);
    }
    Params Pm = {0};
    rnn_declare(&Pm, &cfg);
    params_alloc(&Pm);
    Rng rng = rng_stream(11, STREAM_OTHER);
    for (size_t i = 0; i < Pm.size; i++) Pm.data[i] = (float)(0.5 * rng_normal(&rng));
    Params G = params_like(&Pm);
    RnnWork w = rnn_work_new(&cfg, N);
    rnn_forward(&w, &cfg, &Pm, tok, N);
    xent_rows(w.logits, y, N, P, w.dlogits, 1.0 / N, NULL);
    rnn_backward(&G, &w, &cfg, &Pm, tok, N);
    size_t nk = (size_t)(P * H + N * H);
    unsigned char *up_k = malloc(nk), *down_k = malloc(nk);
    const ParamView *v = only ? params_view(&Pm, only) : NULL;
    size_t lo = v ? v->offset : 0, hi = v ? v->offset + v->numel : Pm.size;
    double num = 0, den = 0, h = 1e-2;
    for (size_t i = lo; i < hi; i++) {
        float saved = Pm.data[i];
        Pm.data[i] = saved + (float)h;
        double up = loss_of(&w, &cfg, &Pm, tok, y);
        kinks(&w, up_k);
        Pm.data[i] = saved - (float)h;
        double down = loss_of(&w, &cfg, &Pm, tok, y);
        kinks(&w, down_k);
        Pm.data[i] = saved;
        if (act == RNN_RELU && memcmp(up_k, down_k, nk) != 0) continue;
        double fd = (up - down) / (2 * h);
        num += (fd - G.data[i]) * (fd - G.data[i]);
        den += (double)G.data[i] * G.data[i];
    }
    free(up_k);
    free(down_k);
    rnn_work_free(&w);
    params_free(&G);
    params_free(&Pm);
    double err = den > 0 ? sqrt(num / den) : INFINITY;
    if (worst_all && err > *worst_all) *worst_all = err;
    return err;
}

int main(void)
{
    const char *names[] = {"E", "W_ih", "W_hh", "b_ih", "b_hh", "W_out", "b_out"};
    plan(2 * 7 + 2 + 1);
    /* the passes' tanh against libm's, in double, over [-12, 12] and tiny values */
    double worst = 0;
    for (int i = -1200000; i <= 1200000; i++) {
        float x = (float)(i * 1e-5), y = x;
        if (i % 1000 == 7) x = y = (float)(i * 1e-12);
        rnn_act_apply(RNN_TANH, &y, 1);
        double want = tanh((double)x), rel = fabs(y - want) / (fabs(want) > 1e-30 ? fabs(want) : 1e-30);
        if (rel > worst) worst = rel;
    }
    ok(worst < 5e-7, "tanh of the passes: relative error %.2e against libm over [-12, 12]", worst);
    RnnAct acts[] = {RNN_RELU, RNN_TANH};
    for (int a = 0; a < 2; a++) {
        for (int i = 0; i < 7; i++) {
            double err = check(acts[a], names[i], NULL);
            ok(err < 2e-3, "%s RNN: gradient of %s, relative error %.2e", rnn_act_name(acts[a]), names[i], err);
        }
        double err = check(acts[a], NULL, NULL);
        ok(err < 2e-3, "%s RNN: every parameter, relative error %.2e", rnn_act_name(acts[a]), err);
    }
    return done_testing();
}
