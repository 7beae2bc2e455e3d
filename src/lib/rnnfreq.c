/* rnnfreq — see rnnfreq.h. p tokens, K = (p-1)/2 frequencies, H hidden. */
#include "rnnfreq.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "npz.h"
#include "util.h"

/* e += energies of one vector v (p values) */
static void add_energy(const RealDft *d, const double *v, double *coef, double *e)
{
    realdft_decode(d, v, coef);
    e[0] += coef[0] * coef[0];
    for (int k = 1; k <= d->K; k++) e[k] += coef[2 * k - 1] * coef[2 * k - 1] + coef[2 * k] * coef[2 * k];
}

/* A token-axis matrix of float or double values, read as double. */
typedef double (*ReadValue)(const void *M, int64_t i);
static double read_f64(const void *M, int64_t i) { return ((const double *)M)[i]; }
static double read_f32(const void *M, int64_t i) { return ((const float *)M)[i]; }

/* v (p values) = vector i of M */
static void gather_vector(const void *M, ReadValue read, int64_t i, int64_t vstride, int64_t tstride, int p, double *v)
{
    for (int j = 0; j < p; j++) v[j] = read(M, i * vstride + j * tstride);
}

/* rf_energy for either element type: e (K+1 values) of the nvec vectors of M */
static void energy(const RealDft *d, const void *M, ReadValue read, int64_t nvec, int64_t vstride, int64_t tstride,
                   double *e)
{
    int p = d->p;
    double *v = xmalloc(sizeof(double) * (size_t)p), *coef = xmalloc(sizeof(double) * (size_t)p);
    memset(e, 0, sizeof(double) * (size_t)(d->K + 1));
    for (int64_t i = 0; i < nvec; i++) {
        gather_vector(M, read, i, vstride, tstride, p, v);
        add_energy(d, v, coef, e);
    }
    free(v);
    free(coef);
}

void rf_energy(const RealDft *d, const double *M, int64_t nvec, int64_t vstride, int64_t tstride, double *e)
{
    energy(d, M, read_f64, nvec, vstride, tstride, e);
}

void rf_energy_f32(const RealDft *d, const float *M, int64_t nvec, int64_t vstride, int64_t tstride, double *e)
{
    energy(d, M, read_f32, nvec, vstride, tstride, e);
}

void rf_project_out_f32(const RealDft *d, float *M, int64_t nvec, int64_t vstride, int64_t tstride,
                        const int *freqs, int nf)
{
    int p = d->p;
    double *v = xmalloc(sizeof(double) * (size_t)p);
    for (int64_t i = 0; i < nvec; i++) {
        gather_vector(M, read_f32, i, vstride, tstride, p, v);
        for (int f = 0; f < nf; f++)
            for (int r = 2 * freqs[f] - 1; r <= 2 * freqs[f]; r++) {
                const double *b = d->B + (size_t)r * p; /* basis row f_r */
                double c = 0;
                for (int j = 0; j < p; j++) c += b[j] * v[j];
                for (int j = 0; j < p; j++) v[j] -= c * b[j];
            }
        for (int j = 0; j < p; j++) M[i * vstride + j * tstride] = (float)v[j];
    }
    free(v);
}

void rf_rank(const double *e, int K, int *order)
{
    for (int i = 0; i < K; i++) order[i] = i + 1;
    for (int i = 1; i < K; i++) /* insertion sort: stable, falling energy */
        for (int j = i; j > 0 && e[order[j]] > e[order[j - 1]]; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
}

int rf_keys(const double *e, int K, double mult, int *keys)
{
    double total = 0;
    for (int k = 1; k <= K; k++) total += e[k];
    int *order = xmalloc(sizeof(int) * (size_t)K), n = 0;
    rf_rank(e, K, order);
    for (int i = 0; i < K; i++)
        if (total > 0 && e[order[i]] / total > mult / K) keys[n++] = order[i];
    free(order);
    return n;
}

void rf_load_rnn(const char *path, RnnConfig *cfg, Params *P)
{
    TensorList tl = npz_read(path);
    *cfg = rnn_config_from_file(&tl, path);
    *P = (Params){0};
    rnn_declare(P, cfg);
    params_alloc(P);
    params_from_tensors(P, &tl, path);
    tl_free(&tl);
}

RfTables rf_tables(const RnnConfig *cfg, const Params *P)
{
    int p = cfg->p, H = cfg->hidden;
    int64_t n = (int64_t)p * p;
    RnnWork w = rnn_work_new(cfg, n);
    int32_t *tok = xmalloc(sizeof(int32_t) * (size_t)(2 * n));
    for (int64_t i = 0; i < n; i++) tok[2 * i] = (int32_t)(i / p), tok[2 * i + 1] = (int32_t)(i % p);
    rnn_forward(&w, cfg, P, tok, n); /* fills the (p, H) tables and h2 */
    RfTables t = {.p = p, .H = H};
    t.A = xmalloc(sizeof(double) * (size_t)(H * p));
    t.h1 = xmalloc(sizeof(double) * (size_t)(H * p));
    t.G = xmalloc(sizeof(double) * (size_t)(H * p));
    t.h2 = xmalloc(sizeof(double) * (size_t)(n * H));
    for (int a = 0; a < p; a++)
        for (int h = 0; h < H; h++) {
            size_t src = (size_t)a * H + h, dst = (size_t)h * p + a;
            t.A[dst] = w.A[src];
            t.h1[dst] = w.h1[src];
            t.G[dst] = w.G[src];
        }
    /* A holds the biases b_ih + b_hh in the work table; the A = W_ih E of
     * experiments/rangamani2025/README.md §3 has none */
    const float *b_ih = params_get(P, "b_ih"), *b_hh = params_get(P, "b_hh");
    for (int h = 0; h < H; h++)
        for (int a = 0; a < p; a++) t.A[(size_t)h * p + a] -= (double)b_ih[h] + b_hh[h];
    for (int64_t i = 0; i < n * H; i++) t.h2[i] = w.h2[i];
    free(tok);
    rnn_work_free(&w);
    return t;
}

void rf_tables_free(RfTables *t)
{
    free(t->A);
    free(t->h1);
    free(t->G);
    free(t->h2);
}

RfFit rf_fm_fit(const RealDft *d, const RfTables *t, const float *W_out, int k, double *zc, double *zs,
                double *fitc)
{
    int p = t->p, H = t->H;
    int64_t n = (int64_t)p * p;
    /* u (H) = W_out^T f_r for r = 2k-1 (cos) and 2k (sin) */
    double *u = xcalloc((size_t)(2 * H), sizeof(double));
    for (int s = 0; s < 2; s++) {
        const double *b = d->B + (size_t)(2 * k - 1 + s) * p;
        for (int c = 0; c < p; c++)
            for (int h = 0; h < H; h++) u[s * H + h] += b[c] * W_out[(size_t)c * H + h];
    }
    double *z = xmalloc(sizeof(double) * (size_t)(2 * n));
    for (int64_t i = 0; i < n; i++)
        for (int s = 0; s < 2; s++) {
            double acc = 0;
            for (int h = 0; h < H; h++) acc += u[s * H + h] * t->h2[i * H + h];
            z[s * n + i] = acc;
        }
    /* regressors cos, sin of w(a+b) and 1 are orthogonal on the full grid */
    RfFit f = {0};
    for (int s = 0; s < 2; s++) {
        const double *zz = z + s * n;
        double zcos = 0, zsin = 0, ccos = 0, csin = 0, mean = 0, norm = 0;
        for (int64_t i = 0; i < n; i++) {
            int m = (int)(((i / p + i % p) * (int64_t)k) % p);
            double cs = cos(2 * M_PI * m / p), sn = sin(2 * M_PI * m / p);
            zcos += zz[i] * cs, zsin += zz[i] * sn, ccos += cs * cs, csin += sn * sn, mean += zz[i];
            norm += zz[i] * zz[i];
        }
        double alpha = zcos / ccos, beta = zsin / csin, gamma = mean / (double)n, res = 0;
        for (int64_t i = 0; i < n; i++) {
            int m = (int)(((i / p + i % p) * (int64_t)k) % p);
            double fit = alpha * cos(2 * M_PI * m / p) + beta * sin(2 * M_PI * m / p) + gamma;
            res += (zz[i] - fit) * (zz[i] - fit);
            if (s == 0 && fitc) fitc[i] = fit;
        }
        double err = norm > 0 ? res / norm : 0;
        if (s == 0) f.err_c = err, f.alpha_c = alpha, f.beta_c = beta;
        else f.err_s = err, f.alpha_s = alpha, f.beta_s = beta;
    }
    if (zc) memcpy(zc, z, sizeof(double) * (size_t)n);
    if (zs) memcpy(zs, z + n, sizeof(double) * (size_t)n);
    free(z);
    free(u);
    return f;
}

void rf_neurons(const RealDft *d, const RfTables *t, int *kbest, double *fve)
{
    int p = t->p, H = t->H, K = d->K;
    double *X = xmalloc(sizeof(double) * (size_t)(p * p)), *T = xmalloc(sizeof(double) * (size_t)(p * p));
    double *C = xmalloc(sizeof(double) * (size_t)(p * p));
    for (int i = 0; i < H; i++) {
        for (int64_t n = 0; n < (int64_t)p * p; n++) X[n] = t->h2[n * H + i]; /* X[a][b] */
        /* C (p, p) = B X B^T: rows a-frequency coordinate, columns b-frequency */
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, p, p, p, 1.0, d->B, p, X, p, 0.0, T, p);
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, p, p, p, 1.0, T, p, d->B, p, 0.0, C, p);
        double total = 0;
        for (int q = 0; q < p * p; q++) total += C[q] * C[q];
        total -= C[0] * C[0];
        int best = 1;
        double best_s = -1;
        for (int k = 1; k <= K; k++) {
            int rows[3] = {0, 2 * k - 1, 2 * k};
            double s = 0;
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++)
                    if (r || c) s += C[rows[r] * p + rows[c]] * C[rows[r] * p + rows[c]];
            if (s > best_s) best_s = s, best = k;
        }
        kbest[i] = best;
        fve[i] = total > 0 ? best_s / total : 0;
    }
    free(X);
    free(T);
    free(C);
}

int rf_site_parse(const char *s, RfSite *site)
{
    if (strcmp(s, "input") == 0) *site = RF_SITE_INPUT;
    else if (strcmp(s, "output") == 0) *site = RF_SITE_OUTPUT;
    else if (strcmp(s, "both") == 0) *site = RF_SITE_BOTH;
    else return 0;
    return 1;
}

const char *rf_site_name(RfSite site)
{
    return site == RF_SITE_INPUT ? "input" : site == RF_SITE_OUTPUT ? "output" : "both";
}

void rf_ablate(const RealDft *d, const RnnConfig *cfg, Params *P, RfSite site, const int *freqs, int nf)
{
    int p = cfg->p, H = cfg->hidden;
    if (site & RF_SITE_INPUT) rf_project_out_f32(d, params_get(P, "E"), cfg->embed, p, 1, freqs, nf);
    if (site & RF_SITE_OUTPUT) rf_project_out_f32(d, params_get(P, "W_out"), H, 1, H, freqs, nf);
}
