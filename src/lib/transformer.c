/* transformer — see transformer.h. Shapes: N sequences, T = 2k positions,
 * NT = N*T rows, d hidden, D = heads*hd attention width, ff MLP width,
 * V = p + 2 tokens. Activations are kept per block for the backward pass,
 * which mirrors the forward pass in reverse (llm.c style). */
#include "transformer.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "util.h"

#define LN_EPS 1e-5f

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

/* A block tensor, or NULL when the configuration has none (no LN, no MLP). */
static float *bget(const Params *P, const TfConfig *c, int l, int i)
{
    if (!c->ln && (i == LN1_W || i == LN1_B || i == LN2_W || i == LN2_B)) return NULL;
    if (!c->mlp && i >= LN2_W) return NULL;
    return params_get(P, bname(l, i));
}

void tf_declare(Params *P, const TfConfig *c)
{
    int64_t V = c->p + 2, T = 2 * c->k, d = c->d, D = (int64_t)c->heads * c->hd, ff = c->ff;
    params_declare(P, "tok_emb", 2, (int64_t[]){V, d});
    params_declare(P, "pos_emb", 2, (int64_t[]){T, d});
    for (int l = 0; l < c->layers; l++) {
        int64_t shapes[NBLOCK][2] = {{d}, {d}, {3 * D, d}, {3 * D}, {d, D}, {d}, {d}, {d}, {ff, d}, {ff}, {d, ff}, {d}};
        for (int i = 0; i < NBLOCK; i++) {
            if (!c->ln && (i == LN1_W || i == LN1_B || i == LN2_W || i == LN2_B)) continue;
            if (!c->mlp && i >= LN2_W) continue;
            params_declare(P, bname(l, i), shapes[i][1] ? 2 : 1, shapes[i]);
        }
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
    float *in;                    /* (NT, d) the block's input: x0 or the previous block's out (not owned) */
    float *ln1, *ln1_mean, *ln1_rstd; /* (NT, d), (NT), (NT) */
    float *qkv;                   /* (NT, 3D) */
    float *att;                   /* (N, H, T, T) softmax probabilities, 0 above the diagonal */
    float *atty;                  /* (NT, D) */
    float *res1;                  /* (NT, d) in + proj(atty) */
    float *ln2, *ln2_mean, *ln2_rstd;
    float *fch, *fchg;            /* (NT, ff) before and after gelu */
    float *res2;                  /* (NT, d) res1 + fc2(fchg) */
    float *out;                   /* res2, or res1 without MLP (not owned) */
} Block;

typedef struct {
    int64_t cap;
    int layers;
    int32_t *ids;       /* (cap, T) */
    float *x0;          /* (cap*T, d) */
    Block *blk;         /* (layers) */
    float *last;        /* (cap, d) the last block's output at position T-1 */
    float *lnf, *lnf_mean, *lnf_rstd;
    float *logits, *dlogits; /* (cap, p) */
    /* backward scratch */
    float *dres, *dln, *dqkv, *datty, *dfch, *dfchg, *dlast, *dlnf;
} TfWork;

void *tf_work_new(const TfConfig *c, int64_t cap)
{
    size_t T = 2 * (size_t)c->k, NT = (size_t)cap * T, d = (size_t)c->d, D = (size_t)c->heads * c->hd, ff = (size_t)c->ff;
    size_t H = (size_t)c->heads, p = (size_t)c->p;
    TfWork *w = xcalloc(1, sizeof *w);
    w->cap = cap;
    w->layers = c->layers;
    w->ids = xmalloc(sizeof(int32_t) * NT);
    w->x0 = xmalloc(sizeof(float) * NT * d);
    w->blk = xcalloc((size_t)c->layers, sizeof(Block));
    for (int l = 0; l < c->layers; l++) {
        Block *b = &w->blk[l];
        b->ln1 = xmalloc(sizeof(float) * NT * d);
        b->ln1_mean = xmalloc(sizeof(float) * NT);
        b->ln1_rstd = xmalloc(sizeof(float) * NT);
        b->qkv = xmalloc(sizeof(float) * NT * 3 * D);
        b->att = xmalloc(sizeof(float) * (size_t)cap * H * T * T);
        b->atty = xmalloc(sizeof(float) * NT * D);
        b->res1 = xmalloc(sizeof(float) * NT * d);
        if (c->mlp) {
            b->ln2 = xmalloc(sizeof(float) * NT * d);
            b->ln2_mean = xmalloc(sizeof(float) * NT);
            b->ln2_rstd = xmalloc(sizeof(float) * NT);
            b->fch = xmalloc(sizeof(float) * NT * ff);
            b->fchg = xmalloc(sizeof(float) * NT * ff);
            b->res2 = xmalloc(sizeof(float) * NT * d);
        }
    }
    w->last = xmalloc(sizeof(float) * (size_t)cap * d);
    w->lnf = xmalloc(sizeof(float) * (size_t)cap * d);
    w->lnf_mean = xmalloc(sizeof(float) * (size_t)cap);
    w->lnf_rstd = xmalloc(sizeof(float) * (size_t)cap);
    w->logits = xmalloc(sizeof(float) * (size_t)cap * p);
    w->dlogits = xmalloc(sizeof(float) * (size_t)cap * p);
    size_t wide = ff > d ? ff : d;
    w->dres = xmalloc(sizeof(float) * NT * d);
    w->dln = xmalloc(sizeof(float) * NT * d);
    w->dqkv = xmalloc(sizeof(float) * NT * 3 * D);
    w->datty = xmalloc(sizeof(float) * NT * D);
    w->dfch = xmalloc(sizeof(float) * NT * wide);
    w->dfchg = xmalloc(sizeof(float) * NT * wide);
    w->dlast = xmalloc(sizeof(float) * (size_t)cap * d);
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
    free(w->last), free(w->lnf), free(w->lnf_mean), free(w->lnf_rstd), free(w->logits), free(w->dlogits);
    free(w->dres), free(w->dln), free(w->dqkv), free(w->datty), free(w->dfch), free(w->dfchg), free(w->dlast), free(w->dlnf);
    free(w);
}

float *tf_dlogits(void *w) { return ((TfWork *)w)->dlogits; }

/* --------------------------------------------------------------- layers */

/* out (n, oc) = inp (n, c) @ W^T (c, oc) + b */
static void matmul_forward(float *out, const float *inp, const float *W, const float *b, int64_t n, int c, int oc)
{
    for (int64_t i = 0; i < n; i++) memcpy(out + i * oc, b, sizeof(float) * (size_t)oc);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)n, oc, c, 1.0f, inp, c, W, c, 1.0f, out, oc);
}

/* dinp (n, c) += dout @ W;  dW (oc, c) += dout^T @ inp;  db += column sums of dout */
static void matmul_backward(float *dinp, float *dW, float *db, const float *dout, const float *inp, const float *W,
                            int64_t n, int c, int oc)
{
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)n, c, oc, 1.0f, dout, oc, W, c, 1.0f, dinp, c);
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, oc, c, (int)n, 1.0f, dout, oc, inp, c, 1.0f, dW, c);
    for (int64_t i = 0; i < n; i++)
        for (int o = 0; o < oc; o++) db[o] += dout[i * oc + o];
}

/* LayerNorm over the last axis (eps 1e-5); without weights (no LN) a copy */
static void layernorm_forward(float *out, float *mean, float *rstd, const float *inp, const float *w, const float *b,
                              int64_t n, int c)
{
    if (!w) {
        memcpy(out, inp, sizeof(float) * (size_t)(n * c));
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        const float *x = inp + i * c;
        double m = 0, v = 0;
        for (int j = 0; j < c; j++) m += x[j];
        m /= c;
        for (int j = 0; j < c; j++) v += (x[j] - m) * (x[j] - m);
        v /= c;
        float s = (float)(1.0 / sqrt(v + LN_EPS));
        for (int j = 0; j < c; j++) out[i * c + j] = ((x[j] - (float)m) * s) * w[j] + b[j];
        mean[i] = (float)m;
        rstd[i] = s;
    }
}

/* dinp += d/dinp;  dw += dout * norm;  db += dout */
static void layernorm_backward(float *dinp, float *dw, float *db, const float *dout, const float *inp, const float *w,
                               const float *mean, const float *rstd, int64_t n, int c)
{
    if (!w) {
        for (int64_t i = 0; i < n * c; i++) dinp[i] += dout[i];
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        const float *x = inp + i * c, *g = dout + i * c;
        float m = mean[i], s = rstd[i];
        double dnorm_mean = 0, dnorm_norm_mean = 0;
        for (int j = 0; j < c; j++) {
            float norm = (x[j] - m) * s, dnorm = w[j] * g[j];
            dnorm_mean += dnorm;
            dnorm_norm_mean += dnorm * norm;
        }
        dnorm_mean /= c;
        dnorm_norm_mean /= c;
        for (int j = 0; j < c; j++) {
            float norm = (x[j] - m) * s, dnorm = w[j] * g[j];
            db[j] += g[j];
            dw[j] += norm * g[j];
            dinp[i * c + j] += (float)((dnorm - dnorm_mean - norm * dnorm_norm_mean) * s);
        }
    }
}

/* causal multi-head attention: qkv (N, T, 3D) -> out (N, T, D), att (N, H, T, T) */
static void attention_forward(float *out, float *att, const float *qkv, int64_t N, int T, int H, int hd)
{
    int D = H * hd;
    float scale = 1.0f / sqrtf((float)hd);
    for (int64_t b = 0; b < N; b++)
        for (int t = 0; t < T; t++)
            for (int h = 0; h < H; h++) {
                const float *q = qkv + (b * T + t) * 3 * D + h * hd;
                float *a = att + ((b * H + h) * T + t) * T, maxv = -INFINITY;
                for (int s = 0; s <= t; s++) {
                    const float *kk = qkv + (b * T + s) * 3 * D + D + h * hd;
                    float dot = 0;
                    for (int i = 0; i < hd; i++) dot += q[i] * kk[i];
                    a[s] = dot * scale;
                    if (a[s] > maxv) maxv = a[s];
                }
                float sum = 0;
                for (int s = 0; s <= t; s++) sum += a[s] = expf(a[s] - maxv);
                for (int s = 0; s <= t; s++) a[s] /= sum;
                for (int s = t + 1; s < T; s++) a[s] = 0;
                float *o = out + (b * T + t) * D + h * hd;
                memset(o, 0, sizeof(float) * (size_t)hd);
                for (int s = 0; s <= t; s++) {
                    const float *v = qkv + (b * T + s) * 3 * D + 2 * D + h * hd;
                    for (int i = 0; i < hd; i++) o[i] += a[s] * v[i];
                }
            }
}

/* dqkv += gradient of the attention given dout (N, T, D) */
static void attention_backward(float *dqkv, const float *dout, const float *qkv, const float *att, int64_t N, int T, int H,
                               int hd)
{
    int D = H * hd;
    float scale = 1.0f / sqrtf((float)hd);
    float datt[64], dpre[64];
    for (int64_t b = 0; b < N; b++)
        for (int t = 0; t < T; t++)
            for (int h = 0; h < H; h++) {
                const float *a = att + ((b * H + h) * T + t) * T, *g = dout + (b * T + t) * D + h * hd;
                const float *q = qkv + (b * T + t) * 3 * D + h * hd;
                float *dq = dqkv + (b * T + t) * 3 * D + h * hd;
                /* out = sum_s a[s] v_s */
                for (int s = 0; s <= t; s++) {
                    const float *v = qkv + (b * T + s) * 3 * D + 2 * D + h * hd;
                    float *dv = dqkv + (b * T + s) * 3 * D + 2 * D + h * hd;
                    float acc = 0;
                    for (int i = 0; i < hd; i++) {
                        acc += g[i] * v[i];
                        dv[i] += a[s] * g[i];
                    }
                    datt[s] = acc;
                }
                /* softmax */
                float dot = 0;
                for (int s = 0; s <= t; s++) dot += a[s] * datt[s];
                for (int s = 0; s <= t; s++) dpre[s] = a[s] * (datt[s] - dot);
                /* pre = scale q . k_s */
                for (int s = 0; s <= t; s++) {
                    const float *kk = qkv + (b * T + s) * 3 * D + D + h * hd;
                    float *dk = dqkv + (b * T + s) * 3 * D + D + h * hd;
                    for (int i = 0; i < hd; i++) {
                        dq[i] += dpre[s] * kk[i] * scale;
                        dk[i] += dpre[s] * q[i] * scale;
                    }
                }
            }
}

/* exact GELU (PyTorch nn.GELU): x Phi(x) */
static void gelu_forward(float *out, const float *inp, int64_t n)
{
    for (int64_t i = 0; i < n; i++) out[i] = 0.5f * inp[i] * (1.0f + erff(inp[i] * (float)M_SQRT1_2));
}

static void gelu_backward(float *dinp, const float *inp, const float *dout, int64_t n)
{
    const float inv_sqrt_2pi = 0.3989422804014327f;
    for (int64_t i = 0; i < n; i++) {
        float x = inp[i];
        float cdf = 0.5f * (1.0f + erff(x * (float)M_SQRT1_2)), pdf = inv_sqrt_2pi * expf(-0.5f * x * x);
        dinp[i] = dout[i] * (cdf + x * pdf);
    }
}

/* ---------------------------------------------------------- forward pass */

float *tf_forward(void *vw, const TfConfig *c, const Params *P, const int32_t *tok, int64_t N)
{
    TfWork *w = vw;
    if (N > w->cap) die("tf_forward: batch %lld exceeds work capacity %lld", (long long)N, (long long)w->cap);
    int k = c->k, T = 2 * k, d = c->d, H = c->heads, hd = c->hd, D = H * hd, ff = c->ff, p = c->p;
    int64_t NT = N * T;
    /* tokens [a_1+2, 0, a_2+2, 0, ..., a_k+2, 1]; x0 = tok_emb * sqrt(d) + pos_emb */
    const float *te = params_get(P, "tok_emb"), *pe = params_get(P, "pos_emb");
    float sd = sqrtf((float)d);
    for (int64_t n = 0; n < N; n++)
        for (int t = 0; t < T; t++) {
            int32_t id = t % 2 == 0 ? tok[n * k + t / 2] + 2 : t == T - 1 ? 1 : 0;
            w->ids[n * T + t] = id;
            float *x = w->x0 + (n * T + t) * d;
            for (int j = 0; j < d; j++) x[j] = te[(int64_t)id * d + j] * sd + pe[(int64_t)t * d + j];
        }
    float *x = w->x0;
    for (int l = 0; l < c->layers; l++) {
        Block *b = &w->blk[l];
        b->in = x;
        layernorm_forward(b->ln1, b->ln1_mean, b->ln1_rstd, x, bget(P, c, l, LN1_W), bget(P, c, l, LN1_B), NT, d);
        matmul_forward(b->qkv, b->ln1, bget(P, c, l, QKV_W), bget(P, c, l, QKV_B), NT, d, 3 * D);
        attention_forward(b->atty, b->att, b->qkv, N, T, H, hd);
        matmul_forward(b->res1, b->atty, bget(P, c, l, PROJ_W), bget(P, c, l, PROJ_B), NT, D, d);
        for (int64_t i = 0; i < NT * d; i++) b->res1[i] += x[i];
        b->out = b->res1;
        if (c->mlp) {
            layernorm_forward(b->ln2, b->ln2_mean, b->ln2_rstd, b->res1, bget(P, c, l, LN2_W), bget(P, c, l, LN2_B), NT, d);
            matmul_forward(b->fch, b->ln2, bget(P, c, l, FC1_W), bget(P, c, l, FC1_B), NT, d, ff);
            gelu_forward(b->fchg, b->fch, NT * ff);
            matmul_forward(b->res2, b->fchg, bget(P, c, l, FC2_W), bget(P, c, l, FC2_B), NT, ff, d);
            for (int64_t i = 0; i < NT * d; i++) b->res2[i] += b->res1[i];
            b->out = b->res2;
        }
        x = b->out;
    }
    /* read out at the last position */
    for (int64_t n = 0; n < N; n++) memcpy(w->last + n * d, x + (n * T + T - 1) * d, sizeof(float) * (size_t)d);
    const float *lnf_w = c->ln ? params_get(P, "lnf_w") : NULL, *lnf_b = c->ln ? params_get(P, "lnf_b") : NULL;
    layernorm_forward(w->lnf, w->lnf_mean, w->lnf_rstd, w->last, lnf_w, lnf_b, N, d);
    matmul_forward(w->logits, w->lnf, params_get(P, "head_w"), params_get(P, "head_b"), N, d, p);
    return w->logits;
}

/* --------------------------------------------------------- backward pass */

void tf_backward(Params *G, void *vw, const TfConfig *c, const Params *P, const int32_t *tok, int64_t N)
{
    TfWork *w = vw;
    (void)tok;
    int T = 2 * c->k, d = c->d, H = c->heads, hd = c->hd, D = H * hd, ff = c->ff, p = c->p;
    int64_t NT = N * T;
    memset(G->data, 0, sizeof(float) * G->size);
    /* logits = head(lnf(last)) */
    memset(w->dlnf, 0, sizeof(float) * (size_t)(N * d));
    matmul_backward(w->dlnf, params_get(G, "head_w"), params_get(G, "head_b"), w->dlogits, w->lnf,
                    params_get(P, "head_w"), N, d, p);
    memset(w->dlast, 0, sizeof(float) * (size_t)(N * d));
    layernorm_backward(w->dlast, c->ln ? params_get(G, "lnf_w") : NULL, c->ln ? params_get(G, "lnf_b") : NULL, w->dlnf,
                       w->last, c->ln ? params_get(P, "lnf_w") : NULL, w->lnf_mean, w->lnf_rstd, N, d);
    /* dres: gradient of the residual stream, nonzero only at the last position */
    memset(w->dres, 0, sizeof(float) * (size_t)(NT * d));
    for (int64_t n = 0; n < N; n++) memcpy(w->dres + (n * T + T - 1) * d, w->dlast + n * d, sizeof(float) * (size_t)d);
    for (int l = c->layers - 1; l >= 0; l--) {
        Block *b = &w->blk[l];
        if (c->mlp) {
            /* res2 = res1 + fc2(gelu(fc1(ln2(res1)))): dres passes through, plus the branch */
            memset(w->dfchg, 0, sizeof(float) * (size_t)(NT * ff));
            matmul_backward(w->dfchg, bget(G, c, l, FC2_W), bget(G, c, l, FC2_B), w->dres, b->fchg, bget(P, c, l, FC2_W), NT, ff, d);
            gelu_backward(w->dfch, b->fch, w->dfchg, NT * ff);
            memset(w->dln, 0, sizeof(float) * (size_t)(NT * d));
            matmul_backward(w->dln, bget(G, c, l, FC1_W), bget(G, c, l, FC1_B), w->dfch, b->ln2, bget(P, c, l, FC1_W), NT, d, ff);
            layernorm_backward(w->dres, bget(G, c, l, LN2_W), bget(G, c, l, LN2_B), w->dln, b->res1, bget(P, c, l, LN2_W),
                               b->ln2_mean, b->ln2_rstd, NT, d);
        }
        /* res1 = in + proj(attn(qkv(ln1(in)))) */
        memset(w->datty, 0, sizeof(float) * (size_t)(NT * D));
        matmul_backward(w->datty, bget(G, c, l, PROJ_W), bget(G, c, l, PROJ_B), w->dres, b->atty, bget(P, c, l, PROJ_W), NT, D, d);
        memset(w->dqkv, 0, sizeof(float) * (size_t)(NT * 3 * D));
        attention_backward(w->dqkv, w->datty, b->qkv, b->att, N, T, H, hd);
        memset(w->dln, 0, sizeof(float) * (size_t)(NT * d));
        matmul_backward(w->dln, bget(G, c, l, QKV_W), bget(G, c, l, QKV_B), w->dqkv, b->ln1, bget(P, c, l, QKV_W), NT, d, 3 * D);
        layernorm_backward(w->dres, bget(G, c, l, LN1_W), bget(G, c, l, LN1_B), w->dln, b->in, bget(P, c, l, LN1_W),
                           b->ln1_mean, b->ln1_rstd, NT, d);
    }
    /* x0 = tok_emb[id] * sqrt(d) + pos_emb[t] */
    float *dte = params_get(G, "tok_emb"), *dpe = params_get(G, "pos_emb"), sd = sqrtf((float)d);
    for (int64_t n = 0; n < N; n++)
        for (int t = 0; t < T; t++) {
            const float *g = w->dres + (n * T + t) * d;
            int32_t id = w->ids[n * T + t];
            for (int j = 0; j < d; j++) {
                dte[(int64_t)id * d + j] += sd * g[j];
                dpe[(int64_t)t * d + j] += g[j];
            }
        }
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
