/* transformer — see transformer.h. Shapes: N sequences, T positions (k or 2k),
 * NT = N*T token rows, d hidden, D = heads*hd attention width, ff MLP width,
 * V = p + 2 tokens. Activations are kept per block for the backward pass,
 * which mirrors the forward pass in reverse (llm.c style).
 *
 * Only position T-1 reaches the loss. The last block therefore computes its
 * keys and values at every position but its query, attention output,
 * projection, residual and MLP at position T-1 alone: M = N "query rows"
 * instead of NT. Earlier blocks compute every position (M = NT).
 *
 * Element-wise loops are compiled for AVX-512, AVX2 and baseline x86-64
 * (TF_CLONES) and give the same bits on each: ISO C mode forbids FMA
 * contraction, and reductions run in LANES partial sums combined in a fixed
 * order. exp and erf are vecmath.h's, which vectorise. */
#include "transformer.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "util.h"
#include "vecmath.h"

#define LN_EPS 1e-5f
#define TF_MAX_LAYERS 8 /* train's --layers and model files allow 1..8 */
#define TF_MAX_T 32     /* k <= 16 */
#define LANES 8
#define TF_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

/* ------------------------------------------------------------ parameters */

static const char *block_names[] = {"ln1_w", "ln1_b", "qkv_w", "qkv_b", "proj_w", "proj_b",
                                    "ln2_w", "ln2_b", "fc1_w", "fc1_b", "fc2_w", "fc2_b"};
enum { LN1_W, LN1_B, QKV_W, QKV_B, PROJ_W, PROJ_B, LN2_W, LN2_B, FC1_W, FC1_B, FC2_W, FC2_B, NBLOCK };

static const char *bname(int l, int i)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "b%d.%s", l, block_names[i]);
    return buf;
}

/* Whether the configuration has block tensor i (no LayerNorms: no ln*; no MLP: nothing from ln2 on). */
static int block_has(const TfConfig *c, int i)
{
    if (!c->ln && (i == LN1_W || i == LN1_B || i == LN2_W || i == LN2_B)) return 0;
    return c->mlp || i < LN2_W;
}

/* The tensors of P (or of its gradient G), looked up by name once per pass;
 * NULL where the configuration has none. */
typedef struct {
    float *tok_emb, *pos_emb, *lnf_w, *lnf_b, *head_w, *head_b;
    float *blk[TF_MAX_LAYERS][NBLOCK];
} Tensors;

static Tensors tensors(const Params *P, const TfConfig *c)
{
    Tensors t = {0};
    t.tok_emb = params_get(P, "tok_emb");
    t.pos_emb = params_get(P, "pos_emb");
    for (int l = 0; l < c->layers; l++)
        for (int i = 0; i < NBLOCK; i++) t.blk[l][i] = block_has(c, i) ? params_get(P, bname(l, i)) : NULL;
    if (c->ln) {
        t.lnf_w = params_get(P, "lnf_w");
        t.lnf_b = params_get(P, "lnf_b");
    }
    t.head_w = params_get(P, "head_w");
    t.head_b = params_get(P, "head_b");
    return t;
}

int tf_seq_len(const TfConfig *c) { return c->equals ? 2 * c->k : c->k; }

int32_t tf_token_id(const TfConfig *c, const int32_t *tok, int t)
{
    if (!c->equals) return tok[t] + 2;
    return t % 2 == 0 ? tok[t / 2] + 2 : t == 2 * c->k - 1 ? 1 : 0;
}

static void check_size(const TfConfig *c)
{
    if (c->layers > TF_MAX_LAYERS || tf_seq_len(c) > TF_MAX_T)
        die("transformer: %d blocks and a sequence of %d tokens; at most %d and %d", c->layers, tf_seq_len(c),
            TF_MAX_LAYERS, TF_MAX_T);
}

void tf_declare(Params *P, const TfConfig *c)
{
    check_size(c);
    int64_t V = c->p + 2, T = tf_seq_len(c), d = c->d, D = (int64_t)c->heads * c->hd, ff = c->ff;
    params_declare(P, "tok_emb", 2, (int64_t[]){V, d});
    params_declare(P, "pos_emb", 2, (int64_t[]){T, d});
    for (int l = 0; l < c->layers; l++) {
        int64_t shapes[NBLOCK][2] = {{d}, {d}, {3 * D, d}, {3 * D}, {d, D}, {d}, {d}, {d}, {ff, d}, {ff}, {d, ff}, {d}};
        for (int i = 0; i < NBLOCK; i++)
            if (block_has(c, i)) params_declare(P, bname(l, i), shapes[i][1] ? 2 : 1, shapes[i]);
    }
    if (c->ln) {
        params_declare(P, "lnf_w", 1, (int64_t[]){d});
        params_declare(P, "lnf_b", 1, (int64_t[]){d});
    }
    params_declare(P, "head_w", 2, (int64_t[]){c->p, d});
    params_declare(P, "head_b", 1, (int64_t[]){c->p});
}

static void meta_int(TensorList *tl, const char *key, int v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d", v);
    tl_meta_set(tl, key, buf);
}

void tf_config_to_meta(const TfConfig *c, TensorList *tl)
{
    tl_meta_set(tl, "family", "transformer");
    meta_int(tl, "p", c->p);
    meta_int(tl, "k", c->k);
    meta_int(tl, "hidden", c->d);
    meta_int(tl, "heads", c->heads);
    meta_int(tl, "head_dim", c->hd);
    meta_int(tl, "ff", c->ff);
    meta_int(tl, "layers", c->layers);
    meta_int(tl, "mlp", c->mlp);
    meta_int(tl, "ln", c->ln);
    tl_meta_set(tl, "sequence", c->equals ? "equals" : "plain");
}

TfConfig tf_config_from_file(const TensorList *tl, const char *path)
{
    char *family = tl_meta_get(tl, "family");
    if (!family || strcmp(family, "transformer") != 0) die("%s: not a transformer model file (family=%s)", path, family ? family : "");
    free(family);
    TfConfig c = {0};
    c.p = (int)tl_meta_long(tl, path, "p", 2, 1 << 16);
    c.k = (int)tl_meta_long(tl, path, "k", 1, 16);
    c.d = (int)tl_meta_long(tl, path, "hidden", 1, 1 << 16);
    c.heads = (int)tl_meta_long(tl, path, "heads", 1, 1 << 12);
    c.hd = (int)tl_meta_long(tl, path, "head_dim", 1, 1 << 12);
    c.ff = (int)tl_meta_long(tl, path, "ff", 1, 1 << 16);
    c.layers = (int)tl_meta_long(tl, path, "layers", 1, 8);
    c.mlp = (int)tl_meta_long(tl, path, "mlp", 0, 1);
    c.ln = (int)tl_meta_long(tl, path, "ln", 0, 1);
    /* files written before the plain sequence existed have no key: equals */
    char *seq = tl_meta_get(tl, "sequence");
    if (seq && strcmp(seq, "plain") != 0 && strcmp(seq, "equals") != 0) die("%s: sequence=%s is not plain or equals", path, seq);
    c.equals = !seq || strcmp(seq, "equals") == 0;
    free(seq);
    return c;
}

void tf_init(Params *P, const TfConfig *c, uint64_t seed)
{
    Rng rng = rng_stream(seed, STREAM_INIT);
    for (int v = 0; v < P->n; v++) {
        const ParamView *pv = &P->view[v];
        float *x = P->data + pv->offset;
        const char *dot = strchr(pv->name, '.'), *base = dot ? dot + 1 : pv->name;
        if (strcmp(base, "tok_emb") == 0 || strcmp(base, "pos_emb") == 0) {
            for (size_t i = 0; i < pv->numel; i++) x[i] = (float)rng_normal(&rng);
        } else if (strncmp(base, "ln", 2) == 0) {
            float fill = base[strlen(base) - 1] == 'w' ? 1.0f : 0.0f;
            for (size_t i = 0; i < pv->numel; i++) x[i] = fill;
        } else {
            /* Linear weight (out, in) or its bias: U(+-1/sqrt(in)); a bias
             * takes fan_in from the weight declared just before it */
            int64_t fan_in = pv->ndim == 2 ? pv->shape[1] : P->view[v - 1].shape[1];
            double bound = 1.0 / sqrt((double)fan_in);
            for (size_t i = 0; i < pv->numel; i++) x[i] = (float)rng_uniform_range(&rng, -bound, bound);
        }
    }
    (void)c;
}

/* ------------------------------------------------------------ work space */

typedef struct {
    int last_only;                    /* 1 in the last block: query rows at position T-1 only */
    const float *in;                  /* (NT, d) the block's input: x0 or the previous block's out (not owned) */
    float *ln1, *ln1_mean, *ln1_rstd; /* (NT, d), (NT), (NT) */
    float *qkv;                       /* (NT, 3D): k and v in every row, q in the query rows */
    float *att;                       /* (N, H, TQ, T) softmax probabilities, 0 above the diagonal */
    float *atty;                      /* (M, D) */
    float *res1;                      /* (M, d) in (query rows) + proj(atty) */
    float *ln2, *ln2_mean, *ln2_rstd; /* (M, d), (M), (M) */
    float *fch, *fchg;                /* (M, ff) before and after gelu */
    float *res2;                      /* (M, d) res1 + fc2(fchg) */
    float *out;                       /* res2, or res1 without MLP (not owned) */
} Block;

/* The rows a block computes past its keys and values: every token row, or
 * in the last block row T-1 of each sequence. Query row r is token row
 * first + r * stride; each sequence has TQ of them (its last TQ positions). */
typedef struct {
    int64_t M, first, stride;
    int TQ;
} QueryRows;

static QueryRows query_rows(const Block *b, int64_t N, int T)
{
    return b->last_only ? (QueryRows){N, T - 1, T, 1} : (QueryRows){N * T, 0, 1, T};
}

typedef struct {
    int64_t cap;
    int layers;
    int32_t *ids;             /* (cap, T) */
    float *x0;                /* (cap*T, d) */
    Block *blk;               /* (layers) */
    const float *last;        /* (N, d) the last block's output at position T-1 (not owned) */
    float *lnf, *lnf_mean, *lnf_rstd;
    float *logits, *dlogits;  /* (cap, p) */
    /* backward scratch: gradients at a block's output and input, (cap*T, d) each */
    float *dres, *din;
    float *dln, *dqkv, *datty, *dfch, *dfchg, *dlnf;
} TfWork;

void *tf_work_new(const TfConfig *c, int64_t cap)
{
    check_size(c);
    size_t T = (size_t)tf_seq_len(c), NT = (size_t)cap * T, d = (size_t)c->d, D = (size_t)c->heads * c->hd, ff = (size_t)c->ff;
    size_t H = (size_t)c->heads, p = (size_t)c->p;
    TfWork *w = xcalloc(1, sizeof *w);
    w->cap = cap;
    w->layers = c->layers;
    w->ids = xmalloc(sizeof(int32_t) * NT);
    w->x0 = xmalloc(sizeof(float) * NT * d);
    w->blk = xcalloc((size_t)c->layers, sizeof(Block));
    for (int l = 0; l < c->layers; l++) {
        Block *b = &w->blk[l];
        b->last_only = l == c->layers - 1;
        size_t M = b->last_only ? (size_t)cap : NT;
        b->ln1 = xmalloc(sizeof(float) * NT * d);
        b->ln1_mean = xmalloc(sizeof(float) * NT);
        b->ln1_rstd = xmalloc(sizeof(float) * NT);
        b->qkv = xmalloc(sizeof(float) * NT * 3 * D);
        b->att = xmalloc(sizeof(float) * M * H * T);
        b->atty = xmalloc(sizeof(float) * M * D);
        b->res1 = xmalloc(sizeof(float) * M * d);
        if (c->mlp) {
            b->ln2 = xmalloc(sizeof(float) * M * d);
            b->ln2_mean = xmalloc(sizeof(float) * M);
            b->ln2_rstd = xmalloc(sizeof(float) * M);
            b->fch = xmalloc(sizeof(float) * M * ff);
            b->fchg = xmalloc(sizeof(float) * M * ff);
            b->res2 = xmalloc(sizeof(float) * M * d);
        }
    }
    w->lnf = xmalloc(sizeof(float) * (size_t)cap * d);
    w->lnf_mean = xmalloc(sizeof(float) * (size_t)cap);
    w->lnf_rstd = xmalloc(sizeof(float) * (size_t)cap);
    w->logits = xmalloc(sizeof(float) * (size_t)cap * p);
    w->dlogits = xmalloc(sizeof(float) * (size_t)cap * p);
    w->dres = xmalloc(sizeof(float) * NT * d);
    w->din = xmalloc(sizeof(float) * NT * d);
    w->dln = xmalloc(sizeof(float) * NT * d);
    w->dqkv = xmalloc(sizeof(float) * NT * 3 * D);
    w->datty = xmalloc(sizeof(float) * NT * D);
    w->dfch = xmalloc(sizeof(float) * NT * ff);
    w->dfchg = xmalloc(sizeof(float) * NT * ff);
    w->dlnf = xmalloc(sizeof(float) * (size_t)cap * d);
    return w;
}

void tf_work_free(void *vw)
{
    TfWork *w = vw;
    if (!w) return;
    free(w->ids);
    free(w->x0);
    for (int l = 0; l < w->layers; l++) {
        Block *b = &w->blk[l];
        free(b->ln1), free(b->ln1_mean), free(b->ln1_rstd), free(b->qkv), free(b->att), free(b->atty), free(b->res1);
        free(b->ln2), free(b->ln2_mean), free(b->ln2_rstd), free(b->fch), free(b->fchg), free(b->res2);
    }
    free(w->blk);
    free(w->lnf), free(w->lnf_mean), free(w->lnf_rstd), free(w->logits), free(w->dlogits);
    free(w->dres), free(w->din), free(w->dln), free(w->dqkv), free(w->datty), free(w->dfch), free(w->dfchg), free(w->dlnf);
    free(w);
}

float *tf_dlogits(void *w) { return ((TfWork *)w)->dlogits; }

/* ------------------------------------------------------- small kernels */

/* x . y over n floats: LANES partial sums, combined in a fixed order */
static inline float dot(const float *x, const float *y, int n)
{
    float acc[LANES] = {0};
    int i = 0;
    for (; i + LANES <= n; i += LANES)
        for (int l = 0; l < LANES; l++) acc[l] += x[i + l] * y[i + l];
    for (; i < n; i++) acc[0] += x[i] * y[i];
    return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

/* y[0..n) += a x */
static inline void axpy(float *restrict y, float a, const float *restrict x, int n)
{
    for (int i = 0; i < n; i++) y[i] += a * x[i];
}

static inline double sum_lanes(const double *acc)
{
    return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

/* y (M, c; row stride ldy) += x (M, c; row stride ldx) */
TF_CLONES
static void add_rows(float *restrict y, int64_t ldy, const float *restrict x, int64_t ldx, int64_t M, int c)
{
    for (int64_t r = 0; r < M; r++)
        for (int j = 0; j < c; j++) y[r * ldy + j] += x[r * ldx + j];
}

/* b (oc) += column sums of g (n, oc; row stride ldg) */
TF_CLONES
static void add_column_sums(float *restrict b, const float *restrict g, int64_t ldg, int64_t n, int oc)
{
    for (int64_t i = 0; i < n; i++)
        for (int o = 0; o < oc; o++) b[o] += g[i * ldg + o];
}

/* --------------------------------------------------------------- layers */

/* out (n, oc; row stride ldo) = inp (n, c; row stride ldi) @ W^T + b, W (oc, c) */
static void matmul_forward(float *out, int64_t ldo, const float *inp, int64_t ldi, const float *W, const float *b,
                           int64_t n, int c, int oc)
{
    for (int64_t i = 0; i < n; i++) memcpy(out + i * ldo, b, sizeof(float) * (size_t)oc);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)n, oc, c, 1.0f, inp, (int)ldi, W, c, 1.0f, out, (int)ldo);
}

/* dinp (n, c; row stride lddi) = dout (n, oc; row stride ldo) @ W, or += when beta is 1 */
static void matmul_backward_input(float *dinp, int64_t lddi, const float *dout, int64_t ldo, const float *W, int64_t n,
                                  int c, int oc, float beta)
{
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)n, c, oc, 1.0f, dout, (int)ldo, W, c, beta, dinp, (int)lddi);
}

/* dW (oc, c) += dout^T @ inp;  db (oc) += column sums of dout (n, oc; row stride ldo) */
static void matmul_backward_weights(float *dW, float *db, const float *dout, int64_t ldo, const float *inp, int64_t ldi,
                                    int64_t n, int c, int oc)
{
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, oc, c, (int)n, 1.0f, dout, (int)ldo, inp, (int)ldi, 1.0f, dW, c);
    add_column_sums(db, dout, ldo, n, oc);
}

/* LayerNorm over the last axis (eps 1e-5), mean and variance in double;
 * without weights (no LN) a copy */
TF_CLONES
static void layernorm_forward(float *restrict out, float *restrict mean, float *restrict rstd, const float *restrict inp,
                              const float *restrict w, const float *restrict b, int64_t n, int c)
{
    if (!w) {
        memcpy(out, inp, sizeof(float) * (size_t)(n * c));
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        const float *x = inp + i * c;
        double sx[LANES] = {0}, sv[LANES] = {0};
        int j = 0;
        for (; j + LANES <= c; j += LANES)
            for (int l = 0; l < LANES; l++) sx[l] += x[j + l];
        for (; j < c; j++) sx[0] += x[j];
        double m = sum_lanes(sx) / c;
        for (j = 0; j + LANES <= c; j += LANES)
            for (int l = 0; l < LANES; l++) sv[l] += (x[j + l] - m) * (x[j + l] - m);
        for (; j < c; j++) sv[0] += (x[j] - m) * (x[j] - m);
        double v = sum_lanes(sv) / c;
        float s = (float)(1.0 / sqrt(v + LN_EPS)), mf = (float)m;
        for (j = 0; j < c; j++) out[i * c + j] = ((x[j] - mf) * s) * w[j] + b[j];
        mean[i] = mf;
        rstd[i] = s;
    }
}

/* dinp += d/dinp;  dw += dout * norm;  db += dout */
TF_CLONES
static void layernorm_backward(float *restrict dinp, float *restrict dw, float *restrict db, const float *restrict dout,
                               const float *restrict inp, const float *restrict w, const float *restrict mean,
                               const float *restrict rstd, int64_t n, int c)
{
    if (!w) {
        for (int64_t i = 0; i < n * c; i++) dinp[i] += dout[i];
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        const float *x = inp + i * c, *g = dout + i * c;
        float m = mean[i], s = rstd[i];
        double sd[LANES] = {0}, sdn[LANES] = {0}; /* sums of dnorm and of dnorm * norm */
        int j = 0;
        for (; j + LANES <= c; j += LANES)
            for (int l = 0; l < LANES; l++) {
                float norm = (x[j + l] - m) * s, dnorm = w[j + l] * g[j + l];
                sd[l] += dnorm;
                sdn[l] += dnorm * norm;
            }
        for (; j < c; j++) {
            float norm = (x[j] - m) * s, dnorm = w[j] * g[j];
            sd[0] += dnorm;
            sdn[0] += dnorm * norm;
        }
        double dnorm_mean = sum_lanes(sd) / c, dnorm_norm_mean = sum_lanes(sdn) / c;
        for (j = 0; j < c; j++) {
            float norm = (x[j] - m) * s, dnorm = w[j] * g[j];
            db[j] += g[j];
            dw[j] += norm * g[j];
            dinp[i * c + j] += (float)((dnorm - dnorm_mean - norm * dnorm_norm_mean) * s);
        }
    }
}

/* a[0..n) = softmax(a[0..n)), a[n..T) = 0 */
static inline void softmax_causal(float *a, int n, int T)
{
    float maxv = a[0];
    for (int s = 1; s < n; s++) maxv = a[s] > maxv ? a[s] : maxv;
    float sum = 0;
    for (int s = 0; s < n; s++) sum += a[s] = vm_exp_nonpositive(a[s] - maxv);
    for (int s = 0; s < n; s++) a[s] /= sum;
    for (int s = n; s < T; s++) a[s] = 0;
}

/* Causal multi-head attention at the last TQ positions of each sequence
 * (query t, keys s <= t): att = softmax_s(q_t . k_s / sqrt(hd)), out_t =
 * sum_s att[s] v_s.  qkv (N, T, 3D) -> out (N, TQ, D), att (N, H, TQ, T) */
TF_CLONES
static void attention_forward(float *restrict out, float *restrict att, const float *restrict qkv, int64_t N, int T,
                              int TQ, int H, int hd)
{
    int D = H * hd;
    float scale = 1.0f / sqrtf((float)hd);
    for (int64_t n = 0; n < N; n++) {
        const float *seq = qkv + n * T * 3 * D; /* row s: q, k, v at offsets 0, D, 2D */
        for (int tq = 0; tq < TQ; tq++) {
            int t = T - TQ + tq;
            for (int h = 0; h < H; h++) {
                const float *q = seq + t * 3 * D + h * hd;
                float *a = att + ((n * H + h) * TQ + tq) * T;
                for (int s = 0; s <= t; s++) a[s] = dot(q, seq + s * 3 * D + D + h * hd, hd) * scale;
                softmax_causal(a, t + 1, T);
                float *o = out + (n * TQ + tq) * D + h * hd;
                memset(o, 0, sizeof(float) * (size_t)hd);
                for (int s = 0; s <= t; s++) axpy(o, a[s], seq + s * 3 * D + 2 * D + h * hd, hd);
            }
        }
    }
}

/* The gradient of attention_forward given dout (N, TQ, D): written into
 * dqkv (N, T, 3D), dq in the query rows, dk and dv in every row. */
TF_CLONES
static void attention_backward(float *restrict dqkv, const float *restrict dout, const float *restrict qkv,
                               const float *restrict att, int64_t N, int T, int TQ, int H, int hd)
{
    int D = H * hd;
    float scale = 1.0f / sqrtf((float)hd);
    float datt[TF_MAX_T], dpre[TF_MAX_T];
    for (int64_t n = 0; n < N; n++) {
        const float *seq = qkv + n * T * 3 * D;
        float *dseq = dqkv + n * T * 3 * D;
        for (int s = 0; s < T; s++) memset(dseq + s * 3 * D + D, 0, sizeof(float) * 2 * (size_t)D);
        for (int tq = 0; tq < TQ; tq++) {
            int t = T - TQ + tq;
            for (int h = 0; h < H; h++) {
                const float *a = att + ((n * H + h) * TQ + tq) * T, *g = dout + (n * TQ + tq) * D + h * hd;
                const float *q = seq + t * 3 * D + h * hd;
                /* out = sum_s a[s] v_s */
                for (int s = 0; s <= t; s++) {
                    datt[s] = dot(g, seq + s * 3 * D + 2 * D + h * hd, hd);
                    axpy(dseq + s * 3 * D + 2 * D + h * hd, a[s], g, hd);
                }
                /* softmax, then pre = scale q . k_s */
                float da = 0;
                for (int s = 0; s <= t; s++) da += a[s] * datt[s];
                for (int s = 0; s <= t; s++) dpre[s] = a[s] * (datt[s] - da) * scale;
                float *dq = dseq + t * 3 * D + h * hd;
                memset(dq, 0, sizeof(float) * (size_t)hd);
                for (int s = 0; s <= t; s++) {
                    axpy(dq, dpre[s], seq + s * 3 * D + D + h * hd, hd);
                    axpy(dseq + s * 3 * D + D + h * hd, dpre[s], q, hd);
                }
            }
        }
    }
}

/* exact GELU (PyTorch nn.GELU): x Phi(x) = x (1 + erf(x / sqrt 2)) / 2 */
TF_CLONES
static void gelu_forward(float *restrict out, const float *restrict inp, int64_t n)
{
    for (int64_t i = 0; i < n; i++) out[i] = 0.5f * inp[i] * (1.0f + vm_erf(inp[i] * (float)M_SQRT1_2));
}

TF_CLONES
static void gelu_backward(float *restrict dinp, const float *restrict inp, const float *restrict dout, int64_t n)
{
    const float inv_sqrt_2pi = 0.3989422804014327f;
    for (int64_t i = 0; i < n; i++) {
        float x = inp[i];
        float cdf = 0.5f * (1.0f + vm_erf(x * (float)M_SQRT1_2)), pdf = inv_sqrt_2pi * vm_exp_nonpositive(-0.5f * x * x);
        dinp[i] = dout[i] * (cdf + x * pdf);
    }
}

/* ids: the sequences' token ids (tf_token_id); x0 = tok_emb[id] * sqrt(d) + pos_emb[t].  x0 (N, T, d), ids (N, T) */
TF_CLONES
static void embed_forward(float *restrict x0, int32_t *restrict ids, const float *restrict te, const float *restrict pe,
                          const int32_t *restrict tok, int64_t N, const TfConfig *c)
{
    int T = tf_seq_len(c), k = c->k, d = c->d;
    float sd = sqrtf((float)d);
    for (int64_t n = 0; n < N; n++)
        for (int t = 0; t < T; t++) {
            int32_t id = tf_token_id(c, tok + n * k, t);
            ids[n * T + t] = id;
            float *x = x0 + (n * T + t) * d;
            const float *e = te + (int64_t)id * d, *pos = pe + (int64_t)t * d;
            for (int j = 0; j < d; j++) x[j] = e[j] * sd + pos[j];
        }
}

/* dte[id] += sqrt(d) dx;  dpe[t] += dx, over the rows of dx (N, T, d) */
TF_CLONES
static void embed_backward(float *restrict dte, float *restrict dpe, const float *restrict dx, const int32_t *restrict ids,
                           int64_t N, int T, int d)
{
    float sd = sqrtf((float)d);
    for (int64_t r = 0; r < N * T; r++) {
        const float *g = dx + r * d;
        float *de = dte + (int64_t)ids[r] * d, *dp = dpe + (r % T) * d;
        for (int j = 0; j < d; j++) de[j] += sd * g[j];
        for (int j = 0; j < d; j++) dp[j] += g[j];
    }
}

/* ---------------------------------------------------------- forward pass */

/* One block on x (NT, d): b->out (M, d) at its query rows. t: its tensors. */
static void block_forward(Block *b, const TfConfig *c, float *const *t, const float *x, int64_t N)
{
    int T = tf_seq_len(c), d = c->d, H = c->heads, hd = c->hd, D = H * hd, ff = c->ff;
    int64_t NT = N * T;
    QueryRows q = query_rows(b, N, T);
    b->in = x;
    layernorm_forward(b->ln1, b->ln1_mean, b->ln1_rstd, x, t[LN1_W], t[LN1_B], NT, d);
    /* k, v in every row: qkv[:, D:3D] = ln1 @ W[D:3D]^T + b[D:3D]; q = qkv[:, 0:D] in the query rows */
    matmul_forward(b->qkv + D, 3 * D, b->ln1, d, t[QKV_W] + (int64_t)D * d, t[QKV_B] + D, NT, d, 2 * D);
    matmul_forward(b->qkv + q.first * 3 * D, q.stride * 3 * D, b->ln1 + q.first * d, q.stride * d, t[QKV_W], t[QKV_B],
                   q.M, d, D);
    attention_forward(b->atty, b->att, b->qkv, N, T, q.TQ, H, hd);
    /* res1 = proj(atty) + x in the query rows */
    matmul_forward(b->res1, d, b->atty, D, t[PROJ_W], t[PROJ_B], q.M, D, d);
    add_rows(b->res1, d, x + q.first * d, q.stride * d, q.M, d);
    b->out = b->res1;
    if (!c->mlp) return;
    /* res2 = fc2(gelu(fc1(ln2(res1)))) + res1 */
    layernorm_forward(b->ln2, b->ln2_mean, b->ln2_rstd, b->res1, t[LN2_W], t[LN2_B], q.M, d);
    matmul_forward(b->fch, ff, b->ln2, d, t[FC1_W], t[FC1_B], q.M, d, ff);
    gelu_forward(b->fchg, b->fch, q.M * ff);
    matmul_forward(b->res2, d, b->fchg, ff, t[FC2_W], t[FC2_B], q.M, ff, d);
    add_rows(b->res2, d, b->res1, d, q.M, d);
    b->out = b->res2;
}

float *tf_forward(void *vw, const TfConfig *c, const Params *P, const int32_t *tok, int64_t N)
{
    TfWork *w = vw;
    if (N > w->cap) die("tf_forward: batch %lld exceeds work capacity %lld", (long long)N, (long long)w->cap);
    Tensors t = tensors(P, c);
    embed_forward(w->x0, w->ids, t.tok_emb, t.pos_emb, tok, N, c);
    const float *x = w->x0;
    for (int l = 0; l < c->layers; l++) {
        block_forward(&w->blk[l], c, t.blk[l], x, N);
        x = w->blk[l].out;
    }
    /* the last block computed position T-1 alone: x is (N, d); logits = head(lnf(x)) */
    w->last = x;
    layernorm_forward(w->lnf, w->lnf_mean, w->lnf_rstd, x, t.lnf_w, t.lnf_b, N, c->d);
    matmul_forward(w->logits, c->p, w->lnf, c->d, t.head_w, t.head_b, N, c->d, c->p);
    return w->logits;
}

/* --------------------------------------------------------- backward pass */

/* One block backwards: dres (M, d), the gradient at b->out, becomes the
 * gradient at res1; din (NT, d) is written with the gradient at b->in; the
 * tensors' gradients are added into g. t: the block's tensors. */
static void block_backward(TfWork *w, const Block *b, const TfConfig *c, float *const *g, float *const *t, float *dres,
                           float *din, int64_t N)
{
    int T = tf_seq_len(c), d = c->d, H = c->heads, hd = c->hd, D = H * hd, ff = c->ff;
    int64_t NT = N * T;
    QueryRows q = query_rows(b, N, T);
    if (c->mlp) {
        /* res2 = res1 + fc2(gelu(fc1(ln2(res1)))): dres passes through, plus the branch */
        matmul_backward_input(w->dfchg, ff, dres, d, t[FC2_W], q.M, ff, d, 0);
        matmul_backward_weights(g[FC2_W], g[FC2_B], dres, d, b->fchg, ff, q.M, ff, d);
        gelu_backward(w->dfch, b->fch, w->dfchg, q.M * ff);
        matmul_backward_input(w->dln, d, w->dfch, ff, t[FC1_W], q.M, d, ff, 0);
        matmul_backward_weights(g[FC1_W], g[FC1_B], w->dfch, ff, b->ln2, d, q.M, d, ff);
        layernorm_backward(dres, g[LN2_W], g[LN2_B], w->dln, b->res1, t[LN2_W], b->ln2_mean, b->ln2_rstd, q.M, d);
    }
    /* res1 = in (query rows) + proj(attention(qkv(ln1(in)))) */
    matmul_backward_input(w->datty, D, dres, d, t[PROJ_W], q.M, D, d, 0);
    matmul_backward_weights(g[PROJ_W], g[PROJ_B], dres, d, b->atty, D, q.M, D, d);
    attention_backward(w->dqkv, w->datty, b->qkv, b->att, N, T, q.TQ, H, hd);
    /* k, v from every row, q from the query rows */
    matmul_backward_input(w->dln, d, w->dqkv + D, 3 * D, t[QKV_W] + (int64_t)D * d, NT, d, 2 * D, 0);
    matmul_backward_input(w->dln + q.first * d, q.stride * d, w->dqkv + q.first * 3 * D, q.stride * 3 * D, t[QKV_W], q.M,
                          d, D, 1);
    matmul_backward_weights(g[QKV_W] + (int64_t)D * d, g[QKV_B] + D, w->dqkv + D, 3 * D, b->ln1, d, NT, d, 2 * D);
    matmul_backward_weights(g[QKV_W], g[QKV_B], w->dqkv + q.first * 3 * D, q.stride * 3 * D, b->ln1 + q.first * d,
                            q.stride * d, q.M, d, D);
    /* din = dres in the query rows (the residual) + LN1's input gradient */
    memset(din, 0, sizeof(float) * (size_t)(NT * d));
    add_rows(din + q.first * d, q.stride * d, dres, d, q.M, d);
    layernorm_backward(din, g[LN1_W], g[LN1_B], w->dln, b->in, t[LN1_W], b->ln1_mean, b->ln1_rstd, NT, d);
}

void tf_backward(Params *G, void *vw, const TfConfig *c, const Params *P, const int32_t *tok, int64_t N)
{
    TfWork *w = vw;
    (void)tok;
    int d = c->d, p = c->p;
    Tensors t = tensors(P, c), g = tensors(G, c);
    memset(G->data, 0, sizeof(float) * G->size);
    /* logits = head(lnf(last)) */
    matmul_backward_input(w->dlnf, d, w->dlogits, p, t.head_w, N, d, p, 0);
    matmul_backward_weights(g.head_w, g.head_b, w->dlogits, p, w->lnf, d, N, d, p);
    float *dres = w->dres, *din = w->din;
    memset(dres, 0, sizeof(float) * (size_t)(N * d));
    layernorm_backward(dres, g.lnf_w, g.lnf_b, w->dlnf, w->last, t.lnf_w, w->lnf_mean, w->lnf_rstd, N, d);
    for (int l = c->layers - 1; l >= 0; l--) {
        block_backward(w, &w->blk[l], c, g.blk[l], t.blk[l], dres, din, N);
        float *swap = dres;
        dres = din, din = swap;
    }
    /* dres: the gradient at x0 = tok_emb[id] * sqrt(d) + pos_emb[t] */
    embed_backward(g.tok_emb, g.pos_emb, dres, w->ids, N, tf_seq_len(c), d);
}

/* ------------------------------------------------------ the family table */

static void family_declare(Params *P, const void *cfg) { tf_declare(P, cfg); }

static void family_init(Params *P, const void *cfg, const char *kind, double std, uint64_t seed)
{
    (void)std;
    if (strcmp(kind, "uniform") != 0) die_usage("--init: the transformer has only the PyTorch defaults (uniform), not '%s'", kind);
    tf_init(P, cfg, seed);
}

static float *family_forward(void *w, const void *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    return tf_forward(w, cfg, P, tok, N);
}

static void family_backward(Params *G, void *w, const void *cfg, const Params *P, const int32_t *tok, int64_t N)
{
    tf_backward(G, w, cfg, P, tok, N);
}

static void *family_work_new(const void *cfg, int64_t cap) { return tf_work_new(cfg, cap); }
static void family_to_meta(const void *cfg, TensorList *tl) { tf_config_to_meta(cfg, tl); }

const FamilyOps tf_family = {"transformer", family_declare, family_init, family_work_new, tf_work_free,
                             family_forward, tf_dlogits, family_backward, family_to_meta};
