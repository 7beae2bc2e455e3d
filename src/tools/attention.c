/* attention — the attention matrices W^KQ of a transformer (transformer.h)
 * in token coordinates and their 2-D Fourier power (Li et al. 2025 Figs 3,
 * 9, 10; experiments/li2025/README.md §5.7).
 *
 *   attention model.npz --heads 4 --seed 0 -o heads.tsv
 *   attention model.npz --summary -o summary.tsv
 *
 * For head h of block --block (default 0): A_h[a, b] = q_b . k_a over the
 * number tokens a, b = 0..p-1, with e_n = tok_emb[n + 2] * sqrt(d) (the
 * forward pass's scaling), the key k_a = W_K e_a and the query q_b = W_Q e_b
 * (the rows of qkv_w of head h; LayerNorm and the biases are left out, as in
 * the paper's E^T W^K W^Q^T E). a indexes the key side, b the query side.
 * P(j1, j2) = |sum_{a,b} A[a,b] e^{-2 pi i (j1 a + j2 b)/p}|^2 for j1, j2 in
 * -(p-1)/2..(p-1)/2 (fftshift-ed).
 * --heads N writes N heads drawn with --seed, each as two gnuplot blocks
 * (two blank lines apart): "a b A" rows (a blank line after each a) and
 * "j1 j2 power" rows normalised to sum 1 (a blank line after each j1).
 * --summary writes, per head, the fraction of the 2-D power (DC excluded)
 * in its 4 largest bins (the two +-(j1, j2) pairs of a 2-D cosine), as
 * "head  top4  j1  j2" rows, j1, j2 the strongest bin with j1 > 0 or
 * (j1 = 0, j2 > 0). Does not train.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "npz.h"
#include "opt.h"
#include "rng.h"
#include "transformer.h"
#include "util.h"

/* A (p, p) of head h */
static void head_matrix(const TfConfig *c, const Params *P, int block, int h, double *A)
{
    int p = c->p, d = c->d, hd = c->hd, D = c->heads * c->hd;
    char name[32];
    snprintf(name, sizeof name, "b%d.qkv_w", block);
    const float *W = params_get(P, name), *E = params_get(P, "tok_emb"); /* W (3D, d): q rows 0..D, k rows D..2D */
    double sd = sqrt((double)d);
    double *q = xmalloc(sizeof(double) * (size_t)p * hd), *k = xmalloc(sizeof(double) * (size_t)p * hd);
    for (int n = 0; n < p; n++)
        for (int i = 0; i < hd; i++) {
            double sq = 0, sk = 0;
            for (int j = 0; j < d; j++) {
                double e = E[(int64_t)(n + 2) * d + j] * sd;
                sq += W[(int64_t)(h * hd + i) * d + j] * e;
                sk += W[(int64_t)(D + h * hd + i) * d + j] * e;
            }
            q[n * hd + i] = sq;
            k[n * hd + i] = sk;
        }
    for (int a = 0; a < p; a++)
        for (int b = 0; b < p; b++) {
            double s = 0;
            for (int i = 0; i < hd; i++) s += k[a * hd + i] * q[b * hd + i];
            A[a * p + b] = s;
        }
    free(q);
    free(k);
}

/* P (p, p), index [(j1 + half) * p + (j2 + half)], separable DFT */
static void power2d(int p, const double *A, double *Pw)
{
    int half = (p - 1) / 2;
    double *re = xmalloc(sizeof(double) * (size_t)p * p), *im = xmalloc(sizeof(double) * (size_t)p * p);
    /* along b: R[a, j2] = sum_b A[a, b] e^{-2 pi i j2 b / p} */
    for (int a = 0; a < p; a++)
        for (int j = 0; j < p; j++) {
            double sr = 0, si = 0;
            for (int b = 0; b < p; b++) {
                double ang = 2 * M_PI * (double)((int64_t)j * b % p) / p;
                sr += A[a * p + b] * cos(ang);
                si -= A[a * p + b] * sin(ang);
            }
            re[a * p + j] = sr;
            im[a * p + j] = si;
        }
    for (int j1 = -half; j1 <= half; j1++)
        for (int j2 = -half; j2 <= half; j2++) {
            int jj = ((j2 % p) + p) % p;
            double sr = 0, si = 0;
            for (int a = 0; a < p; a++) {
                double ang = 2 * M_PI * (double)((((int64_t)j1 * a) % p + p) % p) / p, c = cos(ang), s = -sin(ang);
                sr += re[a * p + jj] * c - im[a * p + jj] * s;
                si += re[a * p + jj] * s + im[a * p + jj] * c;
            }
            Pw[(j1 + half) * p + (j2 + half)] = sr * sr + si * si;
        }
    free(re);
    free(im);
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *out = "-";
    long heads = 0, seed = 0, summary = 0, block = 0;
    Opt opts[] = {
        {"heads", OPT_INT, &heads, "N", "heat maps of N heads drawn with --seed", 1, 4096},
        {"seed", OPT_INT, &seed, "S", "seed of the draw (default 0)", 0, 9.2e18},
        {"block", OPT_INT, &block, "B", "the block whose heads are read (default 0)", 0, 7},
        {"summary", OPT_FLAG, &summary, NULL, "per-head concentration of the 2-D power", NO_RANGE},
        {"output", OPT_STRING, &out, "FILE", "output ('-' = stdout, the default); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"attention MODEL (--heads N [--seed S] | --summary) [--block B] [-o OUT]",
                    "W^KQ of a transformer's heads in token coordinates and its 2-D Fourier power.", opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (!!heads == !!summary) die_usage("give one of --heads N, --summary");
    TensorList tl = npz_read(pos[0]);
    TfConfig c = tf_config_from_file(&tl, pos[0]);
    if (block >= c.layers) die_usage("--block %ld: the model has %d blocks", block, c.layers);
    if (heads > c.heads) die_usage("--heads %ld: the model has %d heads", heads, c.heads);
    Params P = {0};
    tf_declare(&P, &c);
    params_alloc(&P);
    params_from_tensors(&P, &tl, pos[0]);
    tl_free(&tl);
    int p = c.p, half = (p - 1) / 2;
    double *A = xmalloc(sizeof(double) * (size_t)p * p), *Pw = xmalloc(sizeof(double) * (size_t)p * p);
    OutFile o = out_open(out);
    if (summary) {
        fprintf(o.fp, "# head\ttop4\tj1\tj2\n");
        for (int h = 0; h < c.heads; h++) {
            head_matrix(&c, &P, (int)block, h, A);
            power2d(p, A, Pw);
            Pw[half * p + half] = 0; /* DC */
            double total = 0, top[4] = {0};
            int bj1 = 0, bj2 = 0;
            double best = -1;
            for (int i = 0; i < p * p; i++) {
                total += Pw[i];
                double v = Pw[i];
                for (int t = 0; t < 4; t++)
                    if (v > top[t]) {
                        double tmp = top[t];
                        top[t] = v;
                        v = tmp;
                    }
                int j1 = i / p - half, j2 = i % p - half;
                if ((j1 > 0 || (j1 == 0 && j2 > 0)) && Pw[i] > best) best = Pw[i], bj1 = j1, bj2 = j2;
            }
            fprintf(o.fp, "%d\t%.6f\t%d\t%d\n", h, total > 0 ? (top[0] + top[1] + top[2] + top[3]) / total : 0, bj1, bj2);
        }
    } else {
        int *order = xmalloc(sizeof(int) * (size_t)c.heads);
        for (int i = 0; i < c.heads; i++) order[i] = i;
        Rng rng = rng_stream((uint64_t)seed, STREAM_OTHER);
        for (int i = 0; i < heads; i++) {
            int j = i + (int)rng_below(&rng, (uint64_t)(c.heads - i)), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int r = 0; r < heads; r++) {
            int h = order[r];
            head_matrix(&c, &P, (int)block, h, A);
            power2d(p, A, Pw);
            double total = 0;
            for (int i = 0; i < p * p; i++) total += Pw[i];
            fprintf(o.fp, "%s# head %d W^KQ in token coordinates\n# a\tb\tA\n", r ? "\n" : "", h);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) fprintf(o.fp, "%d\t%d\t%.6g\n", a, b, A[a * p + b]);
                fputc('\n', o.fp);
            }
            fprintf(o.fp, "\n# head %d 2-D power\n# j1\tj2\tpower\n", h);
            for (int j1 = -half; j1 <= half; j1++) {
                for (int j2 = -half; j2 <= half; j2++)
                    fprintf(o.fp, "%d\t%d\t%.6g\n", j1, j2, total > 0 ? Pw[(j1 + half) * p + j2 + half] / total : 0);
                fputc('\n', o.fp);
            }
        }
        free(order);
    }
    out_commit(&o);
    free(A);
    free(Pw);
    params_free(&P);
    return 0;
}
