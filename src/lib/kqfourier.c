/* kqfourier — see kqfourier.h. */
#include "kqfourier.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fourier.h"
#include "util.h"

void kq_head_matrix(const TfConfig *c, const Params *P, int block, int h, double *A)
{
    int p = c->p, d = c->d, hd = c->hd, D = c->heads * c->hd;
    char name[32];
    snprintf(name, sizeof name, "b%d.qkv_w", block);
    const float *W = params_get(P, name), *E = params_get(P, "tok_emb"); /* W (3D, d): q rows 0..D, k rows D..2D; E (p + 2, d) */
    double sd = sqrt((double)d);
    double *q = xmalloc(sizeof(double) * (size_t)p * hd), *k = xmalloc(sizeof(double) * (size_t)p * hd); /* (p, hd) each */
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

/* F (p, p) in natural order, Fre/Fim[j1 * p + j2] for j1, j2 = 0..p-1:
 * the rows' DFTs along b, then a DFT along a of every column */
static void dft2(int p, const double *A, double *Fre, double *Fim)
{
    FourierTable t = fourier_table(p);
    double *re = xmalloc(sizeof(double) * (size_t)p * p), *im = xmalloc(sizeof(double) * (size_t)p * p); /* R[a, j2] */
    for (int a = 0; a < p; a++) fourier_dft(&t, A + (size_t)a * p, re + (size_t)a * p, im + (size_t)a * p);
    for (int j1 = 0; j1 < p; j1++)
        for (int j2 = 0; j2 < p; j2++) {
            double sr = 0, si = 0;
            for (int a = 0, m = 0; a < p; a++, m = (m + j1) % p) {
                double c = t.cos[m], s = -t.sin[m], r = re[a * p + j2], i = im[a * p + j2];
                sr += r * c - i * s;
                si += r * s + i * c;
            }
            Fre[j1 * p + j2] = sr;
            Fim[j1 * p + j2] = si;
        }
    free(re);
    free(im);
    fourier_table_free(&t);
}

int kq_fold(int p, int j)
{
    int lo = (p - 1) / 2, m = ((j % p) + p) % p;
    return m > p - 1 - lo ? m - p : m;
}

/* index into a natural-order (p, p) array of bin (j1, j2), any integers */
static int bin(int p, int j1, int j2) { return (((j1 % p) + p) % p) * p + ((j2 % p) + p) % p; }

void kq_power2d(int p, const double *A, double *Pw)
{
    int lo = (p - 1) / 2;
    double *Fre = xmalloc(sizeof(double) * (size_t)p * p), *Fim = xmalloc(sizeof(double) * (size_t)p * p);
    dft2(p, A, Fre, Fim);
    for (int j1 = -lo; j1 <= p - 1 - lo; j1++)
        for (int j2 = -lo; j2 <= p - 1 - lo; j2++) {
            int i = bin(p, j1, j2);
            Pw[(j1 + lo) * p + (j2 + lo)] = Fre[i] * Fre[i] + Fim[i] * Fim[i];
        }
    free(Fre);
    free(Fim);
}

/* v beats best by more than rounding */
static int above(double v, double best) { return v > best + KQ_TIE_RTOL * fabs(best); }

KqFit kq_fit(int p, const double *A)
{
    KqFit f = {0};
    int lo = (p - 1) / 2, hi = p - 1 - lo;
    size_t n = (size_t)p * p;
    double *Fre = xmalloc(sizeof(double) * n), *Fim = xmalloc(sizeof(double) * n), *Pw = xmalloc(sizeof(double) * n);
    dft2(p, A, Fre, Fim);
    for (size_t i = 0; i < n; i++) Pw[i] = Fre[i] * Fre[i] + Fim[i] * Fim[i];
    Pw[0] = 0; /* DC */
    for (size_t i = 0; i < n; i++) f.mean += A[i];
    f.mean /= (double)n;
    double den = 0; /* ||A - mean||^2 */
    for (size_t i = 0; i < n; i++) den += (A[i] - f.mean) * (A[i] - f.mean);

    /* the non-DC power, its 4 largest bins, the strongest canonical bin */
    double total = 0, top[4] = {0}, best = -1;
    for (int j1 = -lo; j1 <= hi; j1++)
        for (int j2 = -lo; j2 <= hi; j2++) {
            double v = Pw[bin(p, j1, j2)], u = v;
            total += v;
            for (int t = 0; t < 4; t++)
                if (u > top[t]) {
                    double tmp = top[t];
                    top[t] = u;
                    u = tmp;
                }
            int c1 = kq_fold(p, -j1), c2 = kq_fold(p, -j2); /* the conjugate */
            int canonical = j1 > c1 || (j1 == c1 && j2 >= c2);
            if ((j1 || j2) && canonical && above(v, best)) best = v, f.j1 = j1, f.j2 = j2;
        }
    if (!(den > 0) || !(total > 0)) { /* A constant (its DFT's rounding aside): the mean fits it */
        f.j1 = f.j2 = 0;
        goto out;
    }
    f.top4 = (top[0] + top[1] + top[2] + top[3]) / total;

    /* the fit's frequency: most power in +-(z, z), +-(z, -z); none for
     * p < 3, where the fit is the mean alone */
    double bz = -1;
    for (int z = 1; z <= (p - 1) / 2; z++) {
        double s = Pw[bin(p, z, z)] + Pw[bin(p, z, -z)];
        if (above(s, bz)) bz = s, f.zeta = z;
    }
    int z = f.zeta;
    if (z) {
        int ip = bin(p, z, z), im = bin(p, z, -z);
        double p2 = (double)p * p;
        f.sum_share = 2 * Pw[ip] / total;
        f.diff_share = 2 * Pw[im] / total;
        f.alpha = 2 * sqrt(Pw[ip]) / p2;
        f.phi = atan2(Fim[ip], Fre[ip]);
        f.beta = 2 * sqrt(Pw[im]) / p2;
        f.phi_diff = atan2(Fim[im], Fre[im]);
    }

    /* the residual on the grid, not through Parseval (kq_fit's tests check
     * that the two agree) */
    FourierTable t = fourier_table(p);
    double num = 0;
    for (int a = 0; a < p; a++)
        for (int b = 0; b < p; b++) {
            int ms = (int)(((int64_t)z * (a + b)) % p), md = (int)((((int64_t)z * (a - b)) % p + p) % p);
            double fit = f.mean + f.alpha * (t.cos[ms] * cos(f.phi) - t.sin[ms] * sin(f.phi))
                         + f.beta * (t.cos[md] * cos(f.phi_diff) - t.sin[md] * sin(f.phi_diff));
            double e = A[a * p + b] - fit;
            num += e * e;
        }
    fourier_table_free(&t);
    f.resid = num / den;
out:
    free(Fre);
    free(Fim);
    free(Pw);
    return f;
}
