/* mlp — see mlp.h. Shapes: N batch, H hidden, p classes, k tokens, ncol = in_cols. */
#include "mlp.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "util.h"
#include "xent.h"

int act_parse(const char *s, Activation *act)
{
    if (strcmp(s, "relu") == 0) *act = (Activation){ACT_RELU, 1};
    else if (strcmp(s, "square") == 0) *act = (Activation){ACT_POW, 2};
    else if (strcmp(s, "cube") == 0) *act = (Activation){ACT_POW, 3};
    else if (strcmp(s, "abs") == 0) *act = (Activation){ACT_ABS, 1};
    else if (strcmp(s, "identity") == 0) *act = (Activation){ACT_IDENTITY, 1};
    else if (strncmp(s, "pow:", 4) == 0) {
        char *end;
        long q = strtol(s + 4, &end, 10);
        if (end == s + 4 || *end || q < 1 || q > 16) return 0;
        *act = (Activation){ACT_POW, (int)q};
    } else return 0;
    return 1;
}

const char *act_name(Activation act)
{
    static char buf[16];
    switch (act.kind) {
    case ACT_RELU: return "relu";
    case ACT_ABS: return "abs";
    case ACT_IDENTITY: return "identity";
    case ACT_POW:
        if (act.power == 2) return "square";
        if (act.power == 3) return "cube";
        snprintf(buf, sizeof buf, "pow:%d", act.power);
        return buf;
    }
    return "?";
}

int mlp_in_cols(const MlpConfig *cfg) { return cfg->shared ? cfg->p : cfg->k * cfg->p; }

void mlp_declare(Params *P, const MlpConfig *cfg)
{
    int64_t H = cfg->hidden, p = cfg->p;
    params_declare(P, "W_in", 2, (int64_t[]){H, mlp_in_cols(cfg)});
    if (cfg->bias) params_declare(P, "b_in", 1, (int64_t[]){H});
    params_declare(P, "W_out", 2, (int64_t[]){p, H});
    if (cfg->bias) params_declare(P, "b_out", 1, (int64_t[]){p});
}

void mlp_config_to_meta(const MlpConfig *cfg, TensorList *tl)
{
    char buf[32];
    tl_meta_set(tl, "family", "mlp");
    snprintf(buf, sizeof buf, "%d", cfg->p);
    tl_meta_set(tl, "p", buf);
    snprintf(buf, sizeof buf, "%d", cfg->k);
    tl_meta_set(tl, "k", buf);
    snprintf(buf, sizeof buf, "%d", cfg->hidden);
    tl_meta_set(tl, "hidden", buf);
    tl_meta_set(tl, "act", act_name(cfg->act));
    tl_meta_set(tl, "shared", cfg->shared ? "1" : "0");
    tl_meta_set(tl, "bias", cfg->bias ? "1" : "0");
}

MlpConfig mlp_config_from_file(const TensorList *tl, const char *path, Activation fallback_act)
{
    MlpConfig cfg = {0};
    char *family = tl_meta_get(tl, "family");
    if (family) {
        if (strcmp(family, "mlp") != 0) die("%s: model family is %s, expected mlp", path, family);
        free(family);
        cfg.p = (int)tl_meta_long(tl, path, "p", 2, 1 << 16);
        cfg.k = (int)tl_meta_long(tl, path, "k", 1, 16);
        cfg.hidden = (int)tl_meta_long(tl, path, "hidden", 1, 1 << 20);
        cfg.shared = (int)tl_meta_long(tl, path, "shared", 0, 1);
        cfg.bias = (int)tl_meta_long(tl, path, "bias", 0, 1);
        char *act = tl_meta_get(tl, "act");
        if (!act || !act_parse(act, &cfg.act)) die("%s: meta.txt act=%s is not an activation", path, act ? act : "");
        free(act);
        return cfg;
    }
    Tensor *w_out = tl_need(tl, path, "W_out", DT_F32, 2, (int64_t[]){-1, -1});
    cfg.p = (int)w_out->shape[0];
    cfg.hidden = (int)w_out->shape[1];
    Tensor *w_in = tl_need(tl, path, "W_in", DT_F32, 2, (int64_t[]){cfg.hidden, -1});
    if (cfg.p < 2) die("%s: W_out has %d rows, expected at least 2 classes", path, cfg.p);
    if (cfg.hidden < 1) die("%s: W_out has no columns, expected at least 1 hidden unit", path);
    if (w_in->shape[1] == 0 || w_in->shape[1] % cfg.p != 0)
        die("%s: W_in has %lld columns, not a multiple of p = %d", path, (long long)w_in->shape[1], cfg.p);
    cfg.shared = w_in->shape[1] == cfg.p;
    cfg.k = cfg.shared ? 2 : (int)(w_in->shape[1] / cfg.p);
    cfg.bias = tl_get(tl, "b_in") != NULL;
    cfg.act = fallback_act;
    return cfg;
}

MlpConfig mlp_declare_from_file(Params *P, const TensorList *tl, const char *path, Activation fallback_act,
                                int two_inputs)
{
    MlpConfig cfg = mlp_config_from_file(tl, path, fallback_act);
    if (two_inputs && !cfg.shared && cfg.k != 2)
        die("%s: model takes %d per-position inputs, expected 2 (W_a, W_b)", path, cfg.k);
    *P = (Params){0};
    mlp_declare(P, &cfg);
    params_alloc(P);
    return cfg;
}

static void fill_uniform(float *x, size_t n, double bound, Rng *rng)
{
    for (size_t i = 0; i < n; i++) x[i] = (float)rng_uniform_range(rng, -bound, bound);
}

void mlp_init_uniform(Params *P, const MlpConfig *cfg, uint64_t seed)
{
    Rng rng = rng_stream(seed, STREAM_INIT);
    const ParamView *w_in = params_view(P, "W_in"), *w_out = params_view(P, "W_out");
    double bound_in = 1.0 / sqrt((double)mlp_in_cols(cfg)), bound_out = 1.0 / sqrt((double)cfg->hidden);
    fill_uniform(P->data + w_in->offset, w_in->numel, bound_in, &rng);
    if (cfg->bias) fill_uniform(params_get(P, "b_in"), (size_t)cfg->hidden, bound_in, &rng);
    fill_uniform(P->data + w_out->offset, w_out->numel, bound_out, &rng);
    if (cfg->bias) fill_uniform(params_get(P, "b_out"), (size_t)cfg->p, bound_out, &rng);
}

void mlp_init_normal(Params *P, const MlpConfig *cfg, double std, uint64_t seed)
{
    Rng rng = rng_stream(seed, STREAM_INIT);
    const char *weights[] = {"W_in", "W_out"};
    for (int i = 0; i < 2; i++) {
        const ParamView *v = params_view(P, weights[i]);
        float *x = P->data + v->offset;
        for (size_t j = 0; j < v->numel; j++) x[j] = (float)(std * rng_normal(&rng));
    }
    if (cfg->bias) {
        memset(params_get(P, "b_in"), 0, sizeof(float) * (size_t)cfg->hidden);
        memset(params_get(P, "b_out"), 0, sizeof(float) * (size_t)cfg->p);
    }
}

MlpWork mlp_work_new(const MlpConfig *cfg, int64_t cap)
{
    size_t H = (size_t)cfg->hidden, ncol = (size_t)mlp_in_cols(cfg), p = (size_t)cfg->p, c = (size_t)cap;
    MlpWork w = {.cap = cap};
    w.in_t = xmalloc(sizeof(float) * ncol * H);
    w.din_t = xmalloc(sizeof(float) * ncol * H);
    w.a = xmalloc(sizeof(float) * c * H);
    w.logits = xmalloc(sizeof(float) * c * p);
    w.dlogits = xmalloc(sizeof(float) * c * p);
    return w;
}

void mlp_work_free(MlpWork *w)
{
    free(w->in_t);
    free(w->din_t);
    free(w->a);
    free(w->logits);
    free(w->dlogits);
}

/* Column of W_in read by token t at position j. */
static inline int in_col(const MlpConfig *cfg, int j, int32_t t) { return cfg->shared ? t : j * cfg->p + t; }

/* Activations need z in the backward pass except ReLU and identity, whose
 * slope can be read off a = act(z). */
static int act_keeps_z(Activation act) { return act.kind == ACT_POW || act.kind == ACT_ABS; }

/* a[i] = act(z[i]) for n values; one loop per kind so each vectorises. */
static inline __attribute__((always_inline)) void act_forward(Activation act, float *restrict a, const float *restrict z, int64_t n)
{
    switch (act.kind) {
    case ACT_RELU:
        for (int64_t i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : 0;
        break;
    case ACT_ABS:
        for (int64_t i = 0; i < n; i++) a[i] = fabsf(z[i]);
        break;
    case ACT_IDENTITY:
        for (int64_t i = 0; i < n; i++) a[i] = z[i];
        break;
    case ACT_POW:
        /* z^q as ((z·z)·z)·…, one pass per factor so that each pass vectorises */
        if (act.power == 1) {
            for (int64_t i = 0; i < n; i++) a[i] = z[i];
            break;
        }
        for (int64_t i = 0; i < n; i++) a[i] = z[i] * z[i];
        for (int q = 2; q < act.power; q++)
            for (int64_t i = 0; i < n; i++) a[i] *= z[i];
        break;
    }
}

enum { ACT_BLOCK = 256 }; /* floats of a slope block in act_backward */

/* d[i] *= act'(z[i]) for n values, reading z, or a = act(z) where act_keeps_z is false. */
static inline __attribute__((always_inline)) void act_backward(Activation act, float *restrict d, const float *restrict z, const float *restrict a,
                         int64_t n)
{
    switch (act.kind) {
    case ACT_RELU: /* PyTorch: relu'(0) = 0 */
        for (int64_t i = 0; i < n; i++) d[i] = a[i] > 0 ? d[i] : 0;
        break;
    case ACT_ABS:
        for (int64_t i = 0; i < n; i++) d[i] *= z[i] > 0 ? 1.0f : z[i] < 0 ? -1.0f : 0.0f;
        break;
    case ACT_IDENTITY: break;
    case ACT_POW:
        /* d *= q·z^(q−1), the slope built as ((q·z)·z)·… in blocks, one pass per factor */
        for (int64_t i0 = 0; i0 < n; i0 += ACT_BLOCK) {
            int64_t m = n - i0 < ACT_BLOCK ? n - i0 : ACT_BLOCK;
            float slope[ACT_BLOCK];
            for (int64_t i = 0; i < m; i++) slope[i] = (float)act.power;
            for (int q = 1; q < act.power; q++)
                for (int64_t i = 0; i < m; i++) slope[i] *= z[i0 + i];
            for (int64_t i = 0; i < m; i++) d[i0 + i] *= slope[i];
        }
        break;
    }
}

/* W (rows, cols) -> T (cols, rows), in 32 x 32 tiles so that both sides
 * stay in cache */
static void transpose(float *restrict T, const float *restrict W, int rows, int cols)
{
    enum { TILE = 32 };
    for (int r0 = 0; r0 < rows; r0 += TILE)
        for (int c0 = 0; c0 < cols; c0 += TILE) {
            int r1 = r0 + TILE < rows ? r0 + TILE : rows, c1 = c0 + TILE < cols ? c0 + TILE : cols;
            for (int c = c0; c < c1; c++)
                for (int r = r0; r < r1; r++) T[(size_t)c * rows + r] = W[(size_t)r * cols + c];
        }
}

static inline __attribute__((always_inline)) void add_row(float *restrict y, const float *restrict x, int n)
{
    for (int i = 0; i < n; i++) y[i] += x[i];
}

/* The passes go over the hidden units in blocks of HIDDEN_BLOCK: a block's
 * rows of W_in^T and W_out stay in cache while the batch passes through, and
 * the backward pass takes the examples GRAD_ROWS at a time. */
enum { HIDDEN_BLOCK = 64, GRAD_ROWS = 4 };
_Static_assert(GRAD_ROWS == 4 && HIDDEN_BLOCK == 64, "hidden_grad's unroll pragmas unroll its 4 x 4 tile of 16-lane sums fully");

/* z[0..width) = b_in + sum_j in_t[col(j, tok[j]), :] over hidden units
 * h0..h0+width of one example with tokens tok (k): its pre-activation. */
static inline __attribute__((always_inline)) void pre_activation(float *restrict z, const MlpWork *w,
                                                                 const MlpConfig *cfg, const float *b_in,
                                                                 const int32_t *tok, int h0, int width)
{
    size_t H = (size_t)cfg->hidden;
    if (b_in) memcpy(z, b_in + h0, sizeof(float) * (size_t)width);
    else memset(z, 0, sizeof(float) * (size_t)width);
    for (int j = 0; j < cfg->k; j++) add_row(z, w->in_t + (size_t)in_col(cfg, j, tok[j]) * H + h0, width);
}

/* acc[0..16) += d * r[0..16), fused multiply-adds */
static inline __attribute__((always_inline)) void fma16(float *restrict acc, float d, const float *restrict r)
{
    for (int l = 0; l < 16; l++) acc[l] = fmaf(d, r[l], acc[l]);
}

/* da[e][0..width) = sum_c dl[e][c] W[c][0..width) for e < rows: rows
 * consecutive examples' dlogits (p apart) times a block of W_out (rows H
 * apart), i.e. their rows of dlogits @ W_out over the block's hidden units.
 * Each sum runs over c in order with fused multiply-adds from zero — the
 * arithmetic of OpenBLAS's SkylakeX sgemm kernel (0.3.21), bit for bit; its
 * Haswell kernel differs in the last bit of a few per cent — and is
 * used while in cache instead of written out as an (N, H) matrix. A full
 * tile (GRAD_ROWS x HIDDEN_BLOCK) keeps its 16 sums of 16 lanes in registers
 * and loads each W value once for all its rows. */
static inline __attribute__((always_inline)) void hidden_grad(float da[GRAD_ROWS][HIDDEN_BLOCK], const float *restrict dl,
                                                              int rows, const float *restrict W, int p, int H, int width)
{
    if (rows == GRAD_ROWS && width == HIDDEN_BLOCK) {
        float acc[GRAD_ROWS][HIDDEN_BLOCK / 16][16] = {{{0}}};
        for (int c = 0; c < p; c++) {
            const float *r = W + (size_t)c * H;
#pragma GCC unroll 4
            for (int e = 0; e < GRAD_ROWS; e++)
#pragma GCC unroll 4
                for (int g = 0; g < HIDDEN_BLOCK / 16; g++) fma16(acc[e][g], dl[e * p + c], r + 16 * g);
        }
        memcpy(da, acc, sizeof acc);
        return;
    }
    for (int e = 0; e < rows; e++) {
        for (int i = 0; i < width; i++) da[e][i] = 0;
        for (int c = 0; c < p; c++)
            for (int i = 0; i < width; i++) da[e][i] = fmaf(dl[e * p + c], W[(size_t)c * H + i], da[e][i]);
    }
}

/* The forward pass over hidden units h0..h0+width: a[:, block] = act(z).
 * Inlined twice, once with width a constant (full blocks: z stays in
 * registers) and once for the last, partial block. */
static inline __attribute__((always_inline)) void forward_block(MlpWork *w, const MlpConfig *cfg, const float *b_in,
                                                                const int32_t *tok, int64_t N, int h0, int width)
{
    size_t H = (size_t)cfg->hidden;
    for (int64_t n = 0; n < N; n++) {
        float z[HIDDEN_BLOCK];
        pre_activation(z, w, cfg, b_in, tok + n * cfg->k, h0, width);
        act_forward(cfg->act, w->a + n * H + h0, z, width);
    }
}

/* The backward pass over hidden units h0..h0+width, after dW_out: dz =
 * (dlogits @ W_out)[:, block] * act'(z), with z rebuilt (the same sums) where
 * act' needs it, added into db_in and scattered back to the rows of din_t the
 * forward pass gathered. Inlined as forward_block is. */
static inline __attribute__((always_inline)) void backward_block(MlpWork *w, const MlpConfig *cfg, const float *W_out,
                                                                 const float *b_in, float *db_in, const int32_t *tok,
                                                                 int64_t N, int h0, int width)
{
    int H = cfg->hidden, p = cfg->p, k = cfg->k;
    for (int64_t n0 = 0; n0 < N; n0 += GRAD_ROWS) {
        int rows = N - n0 < GRAD_ROWS ? (int)(N - n0) : GRAD_ROWS;
        float dz[GRAD_ROWS][HIDDEN_BLOCK];
        hidden_grad(dz, w->dlogits + n0 * p, rows, W_out + h0, p, H, width);
        for (int e = 0; e < rows; e++) {
            int64_t n = n0 + e;
            float z[HIDDEN_BLOCK];
            if (act_keeps_z(cfg->act)) pre_activation(z, w, cfg, b_in, tok + n * k, h0, width);
            act_backward(cfg->act, dz[e], z, w->a + n * H + h0, width);
            if (db_in) add_row(db_in + h0, dz[e], width);
            for (int j = 0; j < k; j++)
                add_row(w->din_t + (size_t)in_col(cfg, j, tok[n * k + j]) * H + h0, dz[e], width);
        }
    }
}

/* The passes are compiled for x86-64-v4 (AVX-512), v3 (AVX2, FMA) and
 * baseline x86-64 (whose fmaf is a library call: slow, the same bits),
 * picked at load time; no FMA contraction in ISO C mode, so all give the
 * same bits. GCC's unroll-and-jam would fuse the loops over examples and
 * spill the block's sums: it halved the speed, so it is off here. */
#define MLP_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default"), optimize("no-loop-unroll-and-jam")))

MLP_CLONES
void mlp_forward(MlpWork *w, const MlpConfig *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    int H = cfg->hidden, p = cfg->p, ncol = mlp_in_cols(cfg);
    if (N > w->cap) die("mlp_forward: batch %lld exceeds work capacity %lld", (long long)N, (long long)w->cap);
    transpose(w->in_t, params_get(P, "W_in"), H, ncol);
    const float *b_in = cfg->bias ? params_get(P, "b_in") : NULL;
    /* a (N, H) = act(z), z = b_in + sum_j in_t[col(j, tok[n,j]), :] */
    for (int h0 = 0; h0 < H; h0 += HIDDEN_BLOCK) {
        int width = H - h0 < HIDDEN_BLOCK ? H - h0 : HIDDEN_BLOCK;
        if (width == HIDDEN_BLOCK) forward_block(w, cfg, b_in, tok, N, h0, HIDDEN_BLOCK);
        else forward_block(w, cfg, b_in, tok, N, h0, width);
    }
    /* logits (N, p) = b_out + a (N, H) @ W_out^T (H, p): rows start as the
     * bias and the GEMM accumulates onto them */
    if (cfg->bias) {
        const float *b_out = params_get(P, "b_out");
        for (int64_t n = 0; n < N; n++) memcpy(w->logits + n * p, b_out, sizeof(float) * (size_t)p);
    }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)N, p, H, 1.0f, w->a, H,
                params_get(P, "W_out"), H, cfg->bias ? 1.0f : 0.0f, w->logits, p);
}

MLP_CLONES
void mlp_backward(Params *G, MlpWork *w, const MlpConfig *cfg, const Params *P, const int32_t *tok,
                  int64_t N)
{
    int H = cfg->hidden, p = cfg->p, ncol = mlp_in_cols(cfg);
    const float *W_out = params_get(P, "W_out");
    /* dW_out (p, H) = dlogits^T (p, N) @ a (N, H) */
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, p, H, (int)N, 1.0f, w->dlogits, p, w->a, H,
                0.0f, params_get(G, "W_out"), H);
    float *db_in = cfg->bias ? params_get(G, "b_in") : NULL;
    if (cfg->bias) {
        float *db_out = params_get(G, "b_out");
        memset(db_out, 0, sizeof(float) * (size_t)p);
        memset(db_in, 0, sizeof(float) * (size_t)H);
        for (int64_t n = 0; n < N; n++) add_row(db_out, w->dlogits + n * p, p);
    }
    memset(w->din_t, 0, sizeof(float) * (size_t)ncol * H);
    const float *b_in = cfg->bias ? params_get(P, "b_in") : NULL;
    for (int h0 = 0; h0 < H; h0 += HIDDEN_BLOCK) {
        int width = H - h0 < HIDDEN_BLOCK ? H - h0 : HIDDEN_BLOCK;
        if (width == HIDDEN_BLOCK) backward_block(w, cfg, W_out, b_in, db_in, tok, N, h0, HIDDEN_BLOCK);
        else backward_block(w, cfg, W_out, b_in, db_in, tok, N, h0, width);
    }
    transpose(params_get(G, "W_in"), w->din_t, ncol, H);
}

void mlp_evaluate(MlpWork *w, const MlpConfig *cfg, const Params *P, const int32_t *tok,
                  const int32_t *labels, int64_t N, double *loss, double *acc)
{
    Net net = {&mlp_family, cfg, cfg->p, cfg->k};
    net_evaluate(&net, w, w->cap, P, tok, labels, N, loss, acc);
}

/* ------------------------------------------------------ the family table */

static void family_declare(Params *P, const void *cfg) { mlp_declare(P, cfg); }

static void family_init(Params *P, const void *cfg, const char *kind, double std, uint64_t seed)
{
    if (strcmp(kind, "uniform") == 0) mlp_init_uniform(P, cfg, seed);
    else if (strcmp(kind, "normal") == 0) mlp_init_normal(P, cfg, std, seed);
    else die_usage("--init: '%s' is not uniform or normal", kind);
}

static void *family_work_new(const void *cfg, int64_t cap)
{
    MlpWork *w = xmalloc(sizeof *w);
    *w = mlp_work_new(cfg, cap);
    return w;
}

static void family_work_free(void *w)
{
    mlp_work_free(w);
    free(w);
}

static float *family_forward(void *w, const void *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    mlp_forward(w, cfg, P, tok, N);
    return ((MlpWork *)w)->logits;
}

static float *family_dlogits(void *w) { return ((MlpWork *)w)->dlogits; }

static void family_backward(Params *G, void *w, const void *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    mlp_backward(G, w, cfg, P, tok, N);
}

static void family_to_meta(const void *cfg, TensorList *tl) { mlp_config_to_meta(cfg, tl); }

const FamilyOps mlp_family = {"mlp", family_declare, family_init, family_work_new, family_work_free,
                              family_forward, family_dlogits, family_backward, family_to_meta};
