/* maxmargin — see maxmargin.h. Shapes: m neurons, p classes, k inputs,
 * B examples per block. */
#include "maxmargin.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "util.h"

static double factorial(int k)
{
    double f = 1;
    for (int i = 2; i <= k; i++) f *= i;
    return f;
}

double mm_gamma_star(int p, int k)
{
    return 2.0 * factorial(k) / (pow(2.0 * k + 2.0, (k + 1) / 2.0) * (p - 1) * pow((double)p, (k - 1) / 2.0));
}

int64_t mm_width(int p, int k) { return ((int64_t)1 << (2 * k - 2)) * (p - 1); }

double mm_unit_beta(int p, int k) { return sqrt(2.0 / ((k + 1.0) * p)); }

void mm_construct(int p, int k, double beta, double *U, double *W)
{
    if (p < 3 || p % 2 == 0 || k < 1 || k > 8) die("mm_construct: needs odd p >= 3 and 1 <= k <= 8 (p = %d, k = %d)", p, k);
    int64_t m = mm_width(p, k);
    int kp = k * p;
    int64_t i = 0;
    for (int z = 1; z <= (p - 1) / 2; z++) {
        for (int b = 0; b < 1 << (k + 1); b++) {
            int weight = __builtin_popcount((unsigned)b);
            if (weight % 2) continue;
            int b_out = (b >> k) & 1; /* b_{k+1}; bit j-1 is b_j */
            for (int s = 0; s < 1 << (k - 1); s++, i++) {
                /* s_1 = +1; s_j = -1 where bit j-2 of s is set (j = 2..k) */
                int prod = 1;
                for (int j = 0; j < k; j++) {
                    int sj = j > 0 && (s >> (j - 1)) & 1 ? -1 : 1;
                    prod *= sj;
                    int bj = (b >> j) & 1;
                    for (int a = 0; a < p; a++) {
                        double ang = 2 * M_PI * (double)((int64_t)z * a % p) / p;
                        U[i * kp + j * p + a] = beta * sj * (bj ? sin(ang) : cos(ang));
                    }
                }
                double sigma = ((weight / 2) % 2 ? -1 : 1) * (b_out ? -1 : 1) * prod;
                for (int c = 0; c < p; c++) {
                    double ang = 2 * M_PI * (double)((int64_t)z * c % p) / p;
                    W[(int64_t)c * m + i] = beta * sigma * (b_out ? sin(ang) : cos(ang));
                }
            }
        }
    }
}

double mm_norm_pow(const KNet *net)
{
    int kp = net->k * net->p;
    double total = 0;
    for (int i = 0; i < net->m; i++) {
        double s = 0;
        for (int c = 0; c < kp; c++) s += net->U[(int64_t)i * kp + c] * net->U[(int64_t)i * kp + c];
        for (int c = 0; c < net->p; c++) s += net->W[(int64_t)c * net->m + i] * net->W[(int64_t)c * net->m + i];
        total += pow(s, (net->k + 1) / 2.0);
    }
    return total;
}

/* Hidden activations of B tuples: S (B, m) = (sum_j Ut[j*p + a_j, :])^k,
 * with Ut (k*p, m) the transposed first layer. The hidden units go by in
 * chunks of HIDDEN_CHUNK, whose sums stay in the first-level cache: per
 * unit the sum is ((u_1 + u_2) + u_3) + ... and the power ((s·s)·s)·...,
 * one loop per term so that each loop vectorises. */
enum { HIDDEN_CHUNK = 64 };
__attribute__((target_clones("avx512f", "avx2", "default")))
static void hidden_block(const KNet *net, const double *Ut, const int32_t *idx, int64_t first, int64_t B, double *S)
{
    int m = net->m, p = net->p, k = net->k;
    int32_t tok[16];
    const double *rows[16];
    for (int64_t n = 0; n < B; n++) {
        dataset_tokens(p, k, idx ? idx[first + n] : first + n, tok);
        for (int j = 0; j < k; j++) rows[j] = Ut + ((int64_t)j * p + tok[j]) * m;
        double *restrict s = S + n * m;
        for (int i0 = 0; i0 < m; i0 += HIDDEN_CHUNK) {
            int w = m - i0 < HIDDEN_CHUNK ? m - i0 : HIDDEN_CHUNK;
            double sum[HIDDEN_CHUNK];
            for (int i = 0; i < w; i++) sum[i] = rows[0][i0 + i];
            for (int j = 1; j < k; j++)
                for (int i = 0; i < w; i++) sum[i] += rows[j][i0 + i];
            for (int i = 0; i < w; i++) s[i0 + i] = sum[i];
            for (int q = 1; q < k; q++)
                for (int i = 0; i < w; i++) s[i0 + i] *= sum[i];
        }
    }
}

static double *transposed_first_layer(const KNet *net)
{
    int kp = net->k * net->p;
    double *Ut = xmalloc(sizeof(double) * (size_t)kp * (size_t)net->m);
    for (int i = 0; i < net->m; i++)
        for (int c = 0; c < kp; c++) Ut[(int64_t)c * net->m + i] = net->U[(int64_t)i * kp + c];
    return Ut;
}

enum { MM_BLOCK = 256 };

/* Runs f over every block: logits L (B, p) of examples first..first+B. */
static void for_blocks(const KNet *net, const int32_t *idx, int64_t n,
                       void (*f)(void *ctx, const double *L, int64_t first, int64_t B), void *ctx)
{
    double *Ut = transposed_first_layer(net);
    double *S = xmalloc(sizeof(double) * MM_BLOCK * (size_t)net->m);
    double *L = xmalloc(sizeof(double) * MM_BLOCK * (size_t)net->p);
    for (int64_t first = 0; first < n; first += MM_BLOCK) {
        int64_t B = n - first < MM_BLOCK ? n - first : MM_BLOCK;
        hidden_block(net, Ut, idx, first, B, S);
        /* L (B, p) = S (B, m) @ W^T (m, p) */
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)B, net->p, net->m, 1.0, S, net->m, net->W, net->m,
                    0.0, L, net->p);
        f(ctx, L, first, B);
    }
    free(Ut);
    free(S);
    free(L);
}

typedef struct {
    const KNet *net;
    const int32_t *idx, *y;
    double h;
} MarginCtx;

static void margin_block(void *vctx, const double *L, int64_t first, int64_t B)
{
    MarginCtx *c = vctx;
    int p = c->net->p, k = c->net->k;
    for (int64_t n = 0; n < B; n++) {
        int64_t e = first + n;
        int y = c->y ? c->y[e] : dataset_label(p, k, c->idx ? c->idx[e] : e);
        const double *l = L + n * p;
        double other = -INFINITY;
        for (int q = 0; q < p; q++)
            if (q != y && l[q] > other) other = l[q];
        double g = l[y] - other;
        if (g < c->h) c->h = g;
    }
}

double mm_margin(const KNet *net, const int32_t *idx, const int32_t *y, int64_t n)
{
    if (!idx) n = dataset_size(net->p, net->k);
    MarginCtx ctx = {net, idx, y, INFINITY};
    for_blocks(net, idx, n, margin_block, &ctx);
    return ctx.h;
}

typedef struct {
    int p;
    double *out;
} LogitsCtx;

static void logits_block(void *vctx, const double *L, int64_t first, int64_t B)
{
    LogitsCtx *c = vctx;
    memcpy(c->out + first * c->p, L, sizeof(double) * (size_t)(B * c->p));
}

void mm_logits(const KNet *net, const int32_t *idx, int64_t n, double *logits)
{
    LogitsCtx ctx = {net->p, logits};
    for_blocks(net, idx, n, logits_block, &ctx);
}

double mm_penalty_add_grad(Params *G, const Params *P, int k, double lambda, double r)
{
    const ParamView *vin = params_view(P, "W_in"), *vout = params_view(P, "W_out");
    int m = (int)vin->shape[0], kp = (int)vin->shape[1], p = (int)vout->shape[0];
    const float *U = params_get(P, "W_in"), *W = params_get(P, "W_out");
    float *dU = params_get(G, "W_in"), *dW = params_get(G, "W_out");
    double nu = k + 1, total = 0;
    double *n2 = xmalloc(sizeof(double) * (size_t)m); /* n_i^2 */
    for (int i = 0; i < m; i++) {
        double s = 0;
        for (int c = 0; c < kp; c++) s += (double)U[(int64_t)i * kp + c] * U[(int64_t)i * kp + c];
        for (int c = 0; c < p; c++) s += (double)W[(int64_t)c * m + i] * W[(int64_t)c * m + i];
        n2[i] = s;
        total += pow(s, nu / 2);
    }
    double R = pow(total, 1 / nu);
    for (int i = 0; i < m; i++) {
        /* d/dtheta_i lambda R^r = lambda r R^{r - nu} n_i^{nu - 2} theta_i */
        double scale = R > 0 ? lambda * r * pow(R, r - nu) * pow(n2[i], (nu - 2) / 2) : 0;
        for (int c = 0; c < kp; c++) dU[(int64_t)i * kp + c] += (float)(scale * U[(int64_t)i * kp + c]);
        for (int c = 0; c < p; c++) dW[(int64_t)c * m + i] += (float)(scale * W[(int64_t)c * m + i]);
    }
    free(n2);
    return lambda * pow(R, r);
}
