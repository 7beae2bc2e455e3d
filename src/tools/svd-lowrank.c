/* svd-lowrank — singular values of a model's weight matrices, how much of
 * their energy the top r hold, the Fourier content of their singular
 * vectors, and rank-r truncated models
 * (experiments/rangamani2025/README.md §5.2–5.3).
 *
 *   svd-lowrank model.npz -o sigma.tsv                 singular values
 *   svd-lowrank model.npz --energy -o energy.tsv       top-r energy fractions
 *   svd-lowrank model.npz --vectors W_hh -o vec.tsv    frequency shares
 *   svd-lowrank model.npz --truncate 12 -o low.npz     rank-12 model
 *
 * Matrices (--matrix NAME, repeatable): any 2-D float32 member of MODEL; for
 * an RNN (meta.txt family=rnn) also A = W_ih E. Default: E W_ih W_hh W_out A
 * for an RNN, every 2-D member otherwise. SVDs are LAPACKE dgesvd in double.
 * Outputs:
 *   default   rows i = 1..max, one column per matrix: sigma_i (NaN past its rank)
 *   --energy  rows r = 1..max: sum_{i<=r} sigma_i^2 / sum_i sigma_i^2
 *   --vectors M (RNN only): rows i = 1..--count, columns k = 0..K: the share
 *             of frequency k in singular vector i mapped to token space:
 *             E, A: right vectors (over the token); W_out: left vectors (over
 *             the class); W_ih: r_i^T E; W_hh: r_i^T h1(.) over the first
 *             token a (rnnfreq.h tables). Each row sums to 1.
 *   --truncate R: MODEL with every chosen matrix replaced by its best rank-R
 *             approximation (A cannot be truncated; choose E or W_ih),
 *             written as .npz with MODEL's meta.txt plus lowrank=R.
 */
#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "npz.h"
#include "opt.h"
#include "realdft.h"
#include "rnn.h"
#include "rnnfreq.h"
#include "util.h"

typedef struct {
    const char *name;
    int rows, cols;
    double *M;     /* (rows, cols) */
    double *s;     /* min(rows, cols) singular values, falling */
    double *U, *Vt; /* (rows, n) and (n, cols), n = min(rows, cols) */
} Svd;

static int imin(int a, int b) { return a < b ? a : b; }

static void svd_of(Svd *x, const char *path)
{
    int n = imin(x->rows, x->cols);
    x->s = xmalloc(sizeof(double) * (size_t)n);
    x->U = xmalloc(sizeof(double) * (size_t)x->rows * n);
    x->Vt = xmalloc(sizeof(double) * (size_t)n * x->cols);
    double *work = xmalloc(sizeof(double) * (size_t)n), *copy = xmalloc(sizeof(double) * (size_t)x->rows * x->cols);
    memcpy(copy, x->M, sizeof(double) * (size_t)x->rows * x->cols);
    int info = LAPACKE_dgesvd(LAPACK_ROW_MAJOR, 'S', 'S', x->rows, x->cols, copy, x->cols, x->s, x->U, n, x->Vt,
                              x->cols, work);
    if (info != 0) die("%s: SVD of %s did not converge (dgesvd info %d)", path, x->name, info);
    free(work);
    free(copy);
}

/* The matrix NAME of the model as double; A = W_ih E for an RNN. */
static Svd matrix_of(const TensorList *tl, const char *path, const char *name, int is_rnn)
{
    Svd x = {.name = name};
    if (strcmp(name, "A") == 0) {
        if (!is_rnn) die("%s: A = W_ih E needs an RNN model", path);
        Tensor *w = tl_need(tl, path, "W_ih", DT_F32, 2, (int64_t[]){-1, -1});
        Tensor *e = tl_need(tl, path, "E", DT_F32, 2, (int64_t[]){w->shape[1], -1});
        x.rows = (int)w->shape[0], x.cols = (int)e->shape[1];
        int d = (int)w->shape[1];
        x.M = xcalloc((size_t)x.rows * x.cols, sizeof(double));
        const float *W = w->data, *E = e->data;
        for (int h = 0; h < x.rows; h++)
            for (int j = 0; j < d; j++)
                for (int t = 0; t < x.cols; t++) x.M[(size_t)h * x.cols + t] += (double)W[h * d + j] * E[j * x.cols + t];
        return x;
    }
    Tensor *t = tl_need(tl, path, name, DT_F32, 2, (int64_t[]){-1, -1});
    if (t->shape[0] < 1 || t->shape[1] < 1) die("%s: member %s is empty", path, name);
    x.rows = (int)t->shape[0], x.cols = (int)t->shape[1];
    x.M = xmalloc(sizeof(double) * (size_t)x.rows * x.cols);
    for (int64_t i = 0; i < (int64_t)x.rows * x.cols; i++) x.M[i] = ((float *)t->data)[i];
    return x;
}

static void svd_free(Svd *x)
{
    free(x->M);
    free(x->s);
    free(x->U);
    free(x->Vt);
}

/* Frequency shares (K+1) of singular vector i of x mapped to token space. */
static void vector_shares(const Svd *x, int i, const RealDft *d, const RnnConfig *cfg, const Params *P,
                          const RfTables *t, const char *path, double *share)
{
    int p = cfg->p, n = imin(x->rows, x->cols);
    double *v = xcalloc((size_t)p, sizeof(double));
    const double *right = x->Vt + (size_t)i * x->cols;
    if (strcmp(x->name, "E") == 0 || strcmp(x->name, "A") == 0) memcpy(v, right, sizeof(double) * (size_t)p);
    else if (strcmp(x->name, "W_out") == 0)
        for (int c = 0; c < p; c++) v[c] = x->U[(size_t)c * n + i];
    else if (strcmp(x->name, "W_ih") == 0) {
        const float *E = params_get(P, "E"); /* (d, p): v = r^T E */
        for (int j = 0; j < cfg->embed; j++)
            for (int a = 0; a < p; a++) v[a] += right[j] * E[(size_t)j * p + a];
    } else if (strcmp(x->name, "W_hh") == 0) {
        for (int h = 0; h < cfg->hidden; h++) /* h1 (H, p): v = r^T h1 */
            for (int a = 0; a < p; a++) v[a] += right[h] * t->h1[(size_t)h * p + a];
    } else die("%s: --vectors: %s has no token axis mapping (E, A, W_ih, W_hh, W_out)", path, x->name);
    rf_energy(d, v, 1, p, 1, share);
    double tot = 0;
    for (int k = 0; k <= d->K; k++) tot += share[k];
    for (int k = 0; k <= d->K; k++) share[k] = tot > 0 ? share[k] / tot : 0;
    free(v);
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *out = "-", *vectors = NULL;
    OptList names = {0};
    long energy = 0, count = 16, truncate = 0;
    Opt opts[] = {
        {"matrix", OPT_LIST, &names, "NAME", "a 2-D member (or A for an RNN); repeatable", NO_RANGE},
        {"energy", OPT_FLAG, &energy, NULL, "cumulative energy fraction of the top r singular values", NO_RANGE},
        {"vectors", OPT_STRING, &vectors, "M", "frequency shares of M's singular vectors in token space (RNN)", NO_RANGE},
        {"count", OPT_INT, &count, "N", "singular vectors for --vectors (default 16)", 1, 1 << 20},
        {"truncate", OPT_INT, &truncate, "R", "write the model with each --matrix at rank R", 1, 1 << 20},
        {"output", OPT_STRING, &out, "FILE", "output (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"svd-lowrank MODEL [--matrix NAME]... [--energy | --vectors M | --truncate R] [-o OUT]",
                    "Singular values, top-r energy, singular-vector frequency shares and rank-R truncation of "
                    "a model's weight matrices (MODEL is a path or '-').",
                    opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (energy + (vectors != NULL) + (truncate > 0) > 1) die_usage("--energy, --vectors and --truncate exclude each other");
    const char *path = pos[0];
    TensorList tl = npz_read(path);
    int is_rnn = rnn_file_is_rnn(&tl);
    const char *rnn_default[] = {"E", "W_ih", "W_hh", "W_out", "A"};
    int nm = names.n;
    const char **list = names.items;
    const char **auto_list = NULL;
    if (vectors) nm = 1, list = &vectors;
    else if (!nm && is_rnn) nm = truncate ? 4 : 5, list = rnn_default;
    else if (!nm) {
        auto_list = xmalloc(sizeof(char *) * (size_t)(tl.n + 1));
        for (int i = 0; i < tl.n; i++)
            if (tl.t[i].ndim == 2 && tl.t[i].dtype == DT_F32) auto_list[nm++] = tl.t[i].name;
        list = auto_list;
        if (!nm) die("%s: no 2-D float32 member to decompose", path);
    }
    Svd *x = xcalloc((size_t)nm, sizeof(Svd));
    int maxn = 0;
    for (int m = 0; m < nm; m++) {
        if (truncate && strcmp(list[m], "A") == 0) die_usage("--truncate: A is a product; truncate E or W_ih");
        x[m] = matrix_of(&tl, path, list[m], is_rnn);
        svd_of(&x[m], path);
        if (imin(x[m].rows, x[m].cols) > maxn) maxn = imin(x[m].rows, x[m].cols);
    }

    if (truncate) {
        for (int m = 0; m < nm; m++) {
            int n = imin(x[m].rows, x[m].cols), r = (int)truncate < n ? (int)truncate : n;
            float *dst = tl_get(&tl, x[m].name)->data;
            for (int i = 0; i < x[m].rows; i++)
                for (int j = 0; j < x[m].cols; j++) {
                    double acc = 0;
                    for (int q = 0; q < r; q++) acc += x[m].U[(size_t)i * n + q] * x[m].s[q] * x[m].Vt[(size_t)q * x[m].cols + j];
                    dst[(size_t)i * x[m].cols + j] = (float)acc;
                }
        }
        char buf[32];
        snprintf(buf, sizeof buf, "%ld", truncate);
        tl_meta_set(&tl, "lowrank", buf);
        npz_write(out, &tl);
    } else {
        OutFile o = out_open(out);
        FILE *fp = o.fp;
        if (vectors) {
            if (!is_rnn) die("%s: --vectors needs an RNN model", path);
            RnnConfig cfg;
            Params P;
            rf_load_rnn(path, &cfg, &P);
            if (cfg.p % 2 == 0) die("%s: p = %d; the Fourier analyses need an odd p", path, cfg.p);
            RealDft d = realdft_new(cfg.p);
            RfTables t = rf_tables(&cfg, &P);
            double *share = xmalloc(sizeof(double) * (size_t)(d.K + 1));
            int n = imin(x[0].rows, x[0].cols), c = (int)count < n ? (int)count : n;
            fprintf(fp, "# %s singular vectors (rows i = 1..%d), frequency shares k = 0..%d (columns)\n", x[0].name, c, d.K);
            for (int i = 0; i < c; i++) {
                vector_shares(&x[0], i, &d, &cfg, &P, &t, path, share);
                for (int k = 0; k <= d.K; k++) fprintf(fp, "%.5f%c", share[k], k < d.K ? ' ' : '\n');
            }
            free(share);
            rf_tables_free(&t);
            realdft_free(&d);
            params_free(&P);
        } else {
            fprintf(fp, "# %s", energy ? "r" : "i");
            for (int m = 0; m < nm; m++) fprintf(fp, "\t%s", x[m].name);
            fputc('\n', fp);
            double *tot = xcalloc((size_t)nm, sizeof(double)), *cum = xcalloc((size_t)nm, sizeof(double));
            for (int m = 0; m < nm; m++)
                for (int i = 0; i < imin(x[m].rows, x[m].cols); i++) tot[m] += x[m].s[i] * x[m].s[i];
            for (int i = 0; i < maxn; i++) {
                fprintf(fp, "%d", i + 1);
                for (int m = 0; m < nm; m++) {
                    int n = imin(x[m].rows, x[m].cols);
                    if (i < n) cum[m] += x[m].s[i] * x[m].s[i];
                    if (energy) fprintf(fp, "\t%.6f", tot[m] > 0 ? (i < n ? cum[m] : tot[m]) / tot[m] : 0);
                    else if (i < n) fprintf(fp, "\t%.6g", x[m].s[i]);
                    else fprintf(fp, "\tNaN");
                }
                fputc('\n', fp);
            }
            free(tot);
            free(cum);
        }
        out_commit(&o);
    }
    for (int m = 0; m < nm; m++) svd_free(&x[m]);
    free(x);
    free(auto_list);
    free(names.items);
    tl_free(&tl);
    free(pos);
    return 0;
}
