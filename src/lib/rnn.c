/* rnn — see rnn.h. Shapes: N batch, p tokens/classes, d embedding, H hidden.
 * Tables are token-major (p, H) so that a gather reads one row. */
#include "rnn.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "util.h"

int rnn_act_parse(const char *s, RnnAct *act)
{
    if (strcmp(s, "relu") == 0) *act = RNN_RELU;
    else if (strcmp(s, "tanh") == 0) *act = RNN_TANH;
    else return 0;
    return 1;
}

const char *rnn_act_name(RnnAct act) { return act == RNN_TANH ? "tanh" : "relu"; }

void rnn_declare(Params *P, const RnnConfig *cfg)
{
    int64_t p = cfg->p, d = cfg->embed, H = cfg->hidden;
    params_declare(P, "E", 2, (int64_t[]){d, p});
    params_declare(P, "W_ih", 2, (int64_t[]){H, d});
    params_declare(P, "W_hh", 2, (int64_t[]){H, H});
    params_declare(P, "b_ih", 1, (int64_t[]){H});
    params_declare(P, "b_hh", 1, (int64_t[]){H});
    params_declare(P, "W_out", 2, (int64_t[]){p, H});
    params_declare(P, "b_out", 1, (int64_t[]){p});
}

void rnn_config_to_meta(const RnnConfig *cfg, TensorList *tl)
{
    char buf[32];
    tl_meta_set(tl, "family", "rnn");
    snprintf(buf, sizeof buf, "%d", cfg->p);
    tl_meta_set(tl, "p", buf);
    tl_meta_set(tl, "k", "2");
    snprintf(buf, sizeof buf, "%d", cfg->embed);
    tl_meta_set(tl, "embed", buf);
    snprintf(buf, sizeof buf, "%d", cfg->hidden);
    tl_meta_set(tl, "hidden", buf);
    tl_meta_set(tl, "act", rnn_act_name(cfg->act));
}

int rnn_file_is_rnn(const TensorList *tl)
{
    char *family = tl_meta_get(tl, "family");
    int is = family && strcmp(family, "rnn") == 0;
    free(family);
    return is;
}

RnnConfig rnn_config_from_file(const TensorList *tl, const char *path)
{
    if (!rnn_file_is_rnn(tl)) die("%s: not an RNN model (meta.txt family=rnn missing)", path);
    RnnConfig cfg = {0};
    cfg.p = (int)tl_meta_long(tl, path, "p", 2, 1 << 16);
    tl_meta_long(tl, path, "k", 2, 2);
    cfg.embed = (int)tl_meta_long(tl, path, "embed", 1, 1 << 20);
    cfg.hidden = (int)tl_meta_long(tl, path, "hidden", 1, 1 << 20);
    char *act = tl_meta_get(tl, "act");
    if (!act || !rnn_act_parse(act, &cfg.act)) die("%s: meta.txt act=%s is not relu or tanh", path, act ? act : "");
    free(act);
    return cfg;
}

static void fill_uniform(float *x, size_t n, double bound, Rng *rng)
{
    for (size_t i = 0; i < n; i++) x[i] = (float)rng_uniform_range(rng, -bound, bound);
}

static void fill_normal(float *x, size_t n, double std, Rng *rng)
{
    for (size_t i = 0; i < n; i++) x[i] = (float)(std * rng_normal(rng));
}

void rnn_init_uniform(Params *P, const RnnConfig *cfg, uint64_t seed)
{
    Rng rng = rng_stream(seed, STREAM_INIT);
    double bound = 1.0 / sqrt((double)cfg->hidden);
    const ParamView *e = params_view(P, "E");
    fill_normal(P->data + e->offset, e->numel, 1.0, &rng);
    const char *rest[] = {"W_ih", "W_hh", "b_ih", "b_hh", "W_out", "b_out"};
    for (int i = 0; i < 6; i++) {
        const ParamView *v = params_view(P, rest[i]);
        fill_uniform(P->data + v->offset, v->numel, bound, &rng);
    }
}

void rnn_init_normal(Params *P, const RnnConfig *cfg, double std, uint64_t seed)
{
    (void)cfg;
    Rng rng = rng_stream(seed, STREAM_INIT);
    const char *weights[] = {"E", "W_ih", "W_hh", "W_out"};
    for (int i = 0; i < 4; i++) {
        const ParamView *v = params_view(P, weights[i]);
        fill_normal(P->data + v->offset, v->numel, std, &rng);
    }
    const char *biases[] = {"b_ih", "b_hh", "b_out"};
    for (int i = 0; i < 3; i++) {
        const ParamView *v = params_view(P, biases[i]);
        memset(P->data + v->offset, 0, sizeof(float) * v->numel);
    }
}

RnnWork rnn_work_new(const RnnConfig *cfg, int64_t cap)
{
    size_t H = (size_t)cfg->hidden, p = (size_t)cfg->p, c = (size_t)cap;
    RnnWork w = {.cap = cap};
    w.A = xmalloc(sizeof(float) * p * H);
    w.h1 = xmalloc(sizeof(float) * p * H);
    w.G = xmalloc(sizeof(float) * p * H);
    w.dA = xmalloc(sizeof(float) * p * H);
    w.dG = xmalloc(sizeof(float) * p * H);
    w.dh1 = xmalloc(sizeof(float) * p * H);
    w.h2 = xmalloc(sizeof(float) * c * H);
    w.dh2 = xmalloc(sizeof(float) * c * H);
    w.logits = xmalloc(sizeof(float) * c * p);
    w.dlogits = xmalloc(sizeof(float) * c * p);
    return w;
}

void rnn_work_free(RnnWork *w)
{
    free(w->A);
    free(w->h1);
    free(w->G);
    free(w->dA);
    free(w->dG);
    free(w->dh1);
    free(w->h2);
    free(w->dh2);
    free(w->logits);
    free(w->dlogits);
}

#define RNN_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

/* tanh(z) in float, branch-free so that a loop over it vectorises (libm's
 * tanhf does not, and costs more than the rest of a training step): the
 * odd rational minimax approximation p(z)/q(z) of degrees 13 and 6 used by
 * Eigen's ptanh, on z clamped to +-7.9053 (where tanh rounds to +-1), and z
 * itself below |z| < 4e-4 (tanh z = z (1 - z^2/3 ...)). Relative error below
 * 4e-7 (about 3 float ulps), checked against tanh in double in the tests. */
static inline __attribute__((always_inline)) float tanh_float(float z)
{
    const float c = 7.90531110763549805f;
    float x = z < -c ? -c : z > c ? c : z, x2 = x * x;
    float p = -2.76076847742355e-16f;
    p = p * x2 + 2.00018790482477e-13f;
    p = p * x2 + -8.60467152213735e-11f;
    p = p * x2 + 5.12229709037114e-08f;
    p = p * x2 + 1.48572235717979e-05f;
    p = p * x2 + 6.37261928875436e-04f;
    p = p * x2 + 4.89352455891786e-03f;
    p = p * x;
    float q = 1.19825839466702e-06f;
    q = q * x2 + 1.18534705686654e-04f;
    q = q * x2 + 2.26843463243900e-03f;
    q = q * x2 + 4.89352518554385e-03f;
    float y = p / q;
    return (z < 0 ? -z : z) < 0.0004f ? z : y;
}

/* a = act(a) for n values, in place (one pointer, so the loop vectorises) */
static inline __attribute__((always_inline)) void act_forward(RnnAct act, float *a, int64_t n)
{
    if (act == RNN_RELU)
        for (int64_t i = 0; i < n; i++) a[i] = a[i] > 0 ? a[i] : 0;
    else
        for (int64_t i = 0; i < n; i++) a[i] = tanh_float(a[i]);
}

/* d *= act'(z), read off a = act(z): relu' = [a > 0] (PyTorch: 0 at 0), tanh' = 1 - a^2 */
static inline __attribute__((always_inline)) void act_backward(RnnAct act, float *restrict d, const float *restrict a, int64_t n)
{
    if (act == RNN_RELU)
        for (int64_t i = 0; i < n; i++) d[i] = a[i] > 0 ? d[i] : 0;
    else
        for (int64_t i = 0; i < n; i++) d[i] *= 1.0f - a[i] * a[i];
}

void rnn_act_apply(RnnAct act, float *a, int64_t n) { act_forward(act, a, n); }

static void add_row(float *restrict y, const float *restrict x, int n)
{
    for (int i = 0; i < n; i++) y[i] += x[i];
}

RNN_CLONES
void rnn_tables(RnnWork *w, const RnnConfig *cfg, const Params *P)
{
    int p = cfg->p, d = cfg->embed, H = cfg->hidden;
    const float *b_ih = params_get(P, "b_ih"), *b_hh = params_get(P, "b_hh");
    /* A (p, H) = b_ih + b_hh + E^T (p, d) @ W_ih^T (d, H): rows start as the bias */
    for (int t = 0; t < p; t++)
        for (int h = 0; h < H; h++) w->A[(size_t)t * H + h] = b_ih[h] + b_hh[h];
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasTrans, p, H, d, 1.0f, params_get(P, "E"), p,
                params_get(P, "W_ih"), d, 1.0f, w->A, H);
    /* h1 (p, H) = act(A): h_0 = 0, so step 1 is the table itself */
    memcpy(w->h1, w->A, sizeof(float) * (size_t)p * H);
    act_forward(cfg->act, w->h1, (int64_t)p * H);
    /* G (p, H) = h1 (p, H) @ W_hh^T (H, H) */
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, p, H, H, 1.0f, w->h1, H, params_get(P, "W_hh"), H,
                0.0f, w->G, H);
}

RNN_CLONES
void rnn_forward(RnnWork *w, const RnnConfig *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    int p = cfg->p, H = cfg->hidden;
    if (N > w->cap) die("rnn_forward: batch %lld exceeds work capacity %lld", (long long)N, (long long)w->cap);
    rnn_tables(w, cfg, P);
    for (int64_t n = 0; n < N; n++) {
        /* z2[n,:] = A[b,:] + G[a,:] (bias inside A), built in place in h2 */
        float *z = w->h2 + n * H;
        const float *ra = w->G + (size_t)tok[2 * n] * H, *rb = w->A + (size_t)tok[2 * n + 1] * H;
        for (int h = 0; h < H; h++) z[h] = rb[h] + ra[h];
        act_forward(cfg->act, z, H);
    }
    /* logits (N, p) = b_out + h2 (N, H) @ W_out^T (H, p) */
    const float *b_out = params_get(P, "b_out");
    for (int64_t n = 0; n < N; n++) memcpy(w->logits + n * p, b_out, sizeof(float) * (size_t)p);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)N, p, H, 1.0f, w->h2, H, params_get(P, "W_out"), H,
                1.0f, w->logits, p);
}

RNN_CLONES
void rnn_backward(Params *G, RnnWork *w, const RnnConfig *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    int p = cfg->p, d = cfg->embed, H = cfg->hidden;
    /* dW_out (p, H) = dlogits^T (p, N) @ h2 (N, H);  db_out = sum_n dlogits */
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, p, H, (int)N, 1.0f, w->dlogits, p, w->h2, H, 0.0f,
                params_get(G, "W_out"), H);
    float *db_out = params_get(G, "b_out");
    memset(db_out, 0, sizeof(float) * (size_t)p);
    for (int64_t n = 0; n < N; n++) add_row(db_out, w->dlogits + n * p, p);
    /* dh2 (N, H) = dlogits (N, p) @ W_out (p, H) */
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)N, H, p, 1.0f, w->dlogits, p,
                params_get(P, "W_out"), H, 0.0f, w->dh2, H);
    /* dz2 = dh2 * act'(z2), scattered to the rows the forward pass gathered */
    memset(w->dA, 0, sizeof(float) * (size_t)p * H);
    memset(w->dG, 0, sizeof(float) * (size_t)p * H);
    for (int64_t n = 0; n < N; n++) {
        float *dz = w->dh2 + n * H;
        act_backward(cfg->act, dz, w->h2 + n * H, H);
        add_row(w->dG + (size_t)tok[2 * n] * H, dz, H);
        add_row(w->dA + (size_t)tok[2 * n + 1] * H, dz, H);
    }
    /* G = h1 W_hh^T:  dW_hh (H, H) = dG^T (H, p) @ h1 (p, H);  dh1 (p, H) = dG (p, H) @ W_hh (H, H) */
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, H, H, p, 1.0f, w->dG, H, w->h1, H, 0.0f,
                params_get(G, "W_hh"), H);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, p, H, H, 1.0f, w->dG, H, params_get(P, "W_hh"), H,
                0.0f, w->dh1, H);
    /* h1 = act(A): dA += dh1 * act'(A) */
    act_backward(cfg->act, w->dh1, w->h1, (int64_t)p * H);
    for (int t = 0; t < p; t++) add_row(w->dA + (size_t)t * H, w->dh1 + (size_t)t * H, H);
    /* A = b_ih + b_hh + E^T W_ih^T: db_ih = db_hh = sum_t dA[t,:] */
    float *db_ih = params_get(G, "b_ih"), *db_hh = params_get(G, "b_hh");
    memset(db_ih, 0, sizeof(float) * (size_t)H);
    for (int t = 0; t < p; t++) add_row(db_ih, w->dA + (size_t)t * H, H);
    memcpy(db_hh, db_ih, sizeof(float) * (size_t)H);
    /* dW_ih (H, d) = dA^T (H, p) @ E^T (p, d);  dE (d, p) = W_ih^T (d, H) @ dA^T (H, p) */
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasTrans, H, d, p, 1.0f, w->dA, H, params_get(P, "E"), p, 0.0f,
                params_get(G, "W_ih"), d);
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasTrans, d, p, H, 1.0f, params_get(P, "W_ih"), d, w->dA, H, 0.0f,
                params_get(G, "E"), p);
}

/* ------------------------------------------------------ the family table */

static void family_declare(Params *P, const void *cfg) { rnn_declare(P, cfg); }

static void family_init(Params *P, const void *cfg, const char *kind, double std, uint64_t seed)
{
    if (strcmp(kind, "uniform") == 0) rnn_init_uniform(P, cfg, seed);
    else if (strcmp(kind, "normal") == 0) rnn_init_normal(P, cfg, std, seed);
    else die_usage("--init: '%s' is not uniform or normal", kind);
}

static void *family_work_new(const void *cfg, int64_t cap)
{
    RnnWork *w = xmalloc(sizeof *w);
    *w = rnn_work_new(cfg, cap);
    return w;
}

static void family_work_free(void *w)
{
    rnn_work_free(w);
    free(w);
}

static float *family_forward(void *w, const void *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    rnn_forward(w, cfg, P, tok, N);
    return ((RnnWork *)w)->logits;
}

static float *family_dlogits(void *w) { return ((RnnWork *)w)->dlogits; }

static void family_backward(Params *G, void *w, const void *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    rnn_backward(G, w, cfg, P, tok, N);
}

static void family_to_meta(const void *cfg, TensorList *tl) { rnn_config_to_meta(cfg, tl); }

const FamilyOps rnn_family = {"rnn", family_declare, family_init, family_work_new, family_work_free,
                              family_forward, family_dlogits, family_backward, family_to_meta};
