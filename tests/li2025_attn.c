/* li2025_attn — the 2-D Fourier analysis of W^KQ (kqfourier.h) on matrices
 * of known structure: A = mean + alpha cos(2 pi z (a+b)/p + phi)
 * + beta cos(2 pi z (a-b)/p + phi') plus a known off-diagonal cosine or
 * Gaussian noise; pure noise; a constant; an even modulus; and a head's
 * matrix read from constructed transformer weights. */
#include <math.h>
#include <stdlib.h>

#include "kqfourier.h"
#include "model.h"
#include "rng.h"
#include "tap.h"
#include "transformer.h"

#define P 31

/* A = mean + alpha cos(x(a+b) + phi) + beta cos(x(a-b) + phi2) + g cos(2 pi (u a + v b)/p + 0.4), x = 2 pi z/p */
static void construct(double *A, int p, int z, double mean, double alpha, double phi, double beta, double phi2,
                      double g, int u, int v)
{
    for (int a = 0; a < p; a++)
        for (int b = 0; b < p; b++) {
            double x = 2 * M_PI * z / p;
            A[a * p + b] = mean + alpha * cos(x * (a + b) + phi) + beta * cos(x * (a - b) + phi2)
                           + g * cos(2 * M_PI * (u * a + v * b) / p + 0.4);
        }
}

static double angle_diff(double x, double y) { return fabs(remainder(x - y, 2 * M_PI)); }

int main(void)
{
    plan(41);
    double A[P * P], N[P * P];
    const double al = 1.3, ph = 0.7, be = 0.6, ph2 = -2.1, g = 0.05, c0 = 0.3;

    /* 1. the two cosines at z = 5 plus a known cosine at bin (2, 9): every
     * number exact; its power share is g^2 / (al^2 + be^2 + g^2) */
    construct(A, P, 5, c0, al, ph, be, ph2, g, 2, 9);
    KqFit f = kq_fit(P, A);
    double tot = al * al + be * be + g * g;
    is_int(f.zeta, 5, "known noise: zeta 5");
    is_int(f.j1, 5, "known noise: strongest bin j1 = 5");
    is_int(f.j2, 5, "known noise: strongest bin j2 = 5 (alpha > beta: the a+b bin)");
    is_close(f.mean, c0, 1e-12, "known noise: mean");
    is_close(f.alpha, al, 1e-12, "known noise: alpha");
    is_close(f.beta, be, 1e-12, "known noise: beta");
    ok(angle_diff(f.phi, ph) < 1e-12, "known noise: phi (%.15f)", f.phi);
    ok(angle_diff(f.phi_diff, ph2) < 1e-12, "known noise: phi' (%.15f)", f.phi_diff);
    is_close(f.sum_share, al * al / tot, 1e-12, "known noise: a+b share alpha^2 / (alpha^2 + beta^2 + g^2)");
    is_close(f.diff_share, be * be / tot, 1e-12, "known noise: a-b share");
    is_close(f.sum_share / (f.sum_share + f.diff_share), al * al / (al * al + be * be), 1e-12,
             "known noise: split alpha^2 / (alpha^2 + beta^2)");
    is_close(f.resid, g * g / tot, 1e-12, "known noise: residual g^2 / (alpha^2 + beta^2 + g^2)");
    is_close(f.resid, 1 - f.sum_share - f.diff_share, 1e-12, "known noise: residual = 1 - share of the four bins");
    is_close(f.top4, (al * al + be * be) / tot, 1e-12, "known noise: top4 holds the two cosines");

    /* 2. the same cosines plus Gaussian noise of sd 0.02: estimates within a
     * few standard errors (2 sd / p ~ 0.0013 for the amplitudes) */
    Rng rng = rng_stream(7, STREAM_OTHER);
    double nn = 0, nm = 0;
    for (int i = 0; i < P * P; i++) nm += (N[i] = 0.02 * rng_normal(&rng)) / (P * P);
    for (int i = 0; i < P * P; i++) nn += (N[i] - nm) * (N[i] - nm);
    construct(A, P, 5, c0, al, ph, be, ph2, 0, 0, 0);
    double den = 0, mean0 = c0;
    for (int i = 0; i < P * P; i++) A[i] += N[i], den += (A[i] - mean0 - nm) * (A[i] - mean0 - nm);
    f = kq_fit(P, A);
    is_int(f.zeta, 5, "noise sd 0.02: zeta 5");
    is_close(f.alpha, al, 0.006, "noise sd 0.02: alpha");
    is_close(f.beta, be, 0.006, "noise sd 0.02: beta");
    ok(angle_diff(f.phi, ph) < 0.006 && angle_diff(f.phi_diff, ph2) < 0.012, "noise sd 0.02: phi %.4f, phi' %.4f", f.phi,
       f.phi_diff);
    is_close(f.sum_share / (f.sum_share + f.diff_share), al * al / (al * al + be * be), 0.005, "noise sd 0.02: split");
    /* the noise's four bins at z hold about 4/p^2 of it, so the residual is
     * within a few per cent of its share */
    is_close(f.resid / (nn / den), 1, 0.05, "noise sd 0.02: residual %.3g ~ the noise's share %.3g", f.resid, nn / den);
    is_close(f.resid, 1 - f.sum_share - f.diff_share, 1e-12, "noise sd 0.02: residual = 1 - share of the four bins");
    ok(f.top4 > 0.99, "noise sd 0.02: top4 %.4f > 0.99", f.top4);

    /* 3. the a-b cosine the stronger, at z = 12: the peak folds to (12, -12) */
    construct(A, P, 12, 0, 0.4, 1.0, 2.0, 3.0, 0, 0, 0);
    f = kq_fit(P, A);
    ok(f.zeta == 12 && f.j1 == 12 && f.j2 == -12, "a-b stronger: zeta %d, peak (%d, %d) = (12, -12)", f.zeta, f.j1, f.j2);
    is_close(f.diff_share, 2.0 * 2.0 / (0.4 * 0.4 + 2.0 * 2.0), 1e-12, "a-b stronger: a-b share");

    /* 4. pure noise: no bin stands out, the fit explains little */
    f = kq_fit(P, N);
    ok(f.top4 < 0.05, "pure noise: top4 %.4f < 0.05 (4 of 960 bins: 0.004 each on average)", f.top4);
    ok(f.resid > 0.95, "pure noise: residual %.4f > 0.95", f.resid);
    is_close(f.resid, 1 - f.sum_share - f.diff_share, 1e-12, "pure noise: residual = 1 - share of the four bins");
    ok(f.j1 > 0 || (f.j1 == 0 && f.j2 > 0), "pure noise: the peak is canonical (%d, %d)", f.j1, f.j2);

    /* 5. a constant */
    for (int i = 0; i < P * P; i++) A[i] = 2.5;
    f = kq_fit(P, A);
    ok(f.top4 == 0 && f.zeta == 0 && f.resid == 0 && f.mean == 2.5, "constant: top4 0, zeta 0, residual 0, mean 2.5");

    /* 6. an even modulus: folding, and the fit at z = 3 of p = 8 */
    ok(kq_fold(8, 4) == 4 && kq_fold(8, -4) == 4 && kq_fold(8, 5) == -3 && kq_fold(8, -3) == -3,
       "fold p = 8: into -3..4");
    ok(kq_fold(31, 16) == -15 && kq_fold(31, -15) == -15 && kq_fold(31, 15) == 15 && kq_fold(31, 62) == 0,
       "fold p = 31: into -15..15");
    double B[64];
    construct(B, 8, 3, 0, 0.5, -1.0, 0.8, 0.5, 0, 0, 0);
    f = kq_fit(8, B);
    ok(f.zeta == 3 && fabs(f.alpha - 0.5) < 1e-12 && fabs(f.beta - 0.8) < 1e-12 && f.resid < 1e-20,
       "p = 8: zeta %d, alpha %.6f, beta %.6f, residual %.3g", f.zeta, f.alpha, f.beta, f.resid);

    /* 7. a head's matrix from transformer weights: tok_emb[n + 2] = u_n /
     * sqrt(d) (u_n the n-th unit vector), so that k_a is column a of W_K and
     * q_b column b of W_Q; W_K, W_Q (hd = 8, p = 11) factor head 1's
     * A = 0.3 + 1.3 cos(x(a+b) + 0.7) + 0.6 cos(x(a-b) - 2.1), x = 2 pi 4/11,
     * of rank 5:
     *   rows i of W_K (a) : 0.3 | 1.3 cos(xa+phi) | -1.3 sin(xa+phi) | 0.6 cos(xa+phi') | 0.6 sin(xa+phi')
     *   rows i of W_Q (b) : 1   | cos xb          | sin xb           | cos xb           | sin xb */
    TfConfig c = {.p = 11, .k = 2, .d = 16, .heads = 2, .hd = 8, .ff = 4, .layers = 1, .mlp = 1, .ln = 1};
    Params Pm = {0};
    tf_declare(&Pm, &c);
    params_alloc(&Pm);
    float *E = params_get(&Pm, "tok_emb"), *W = params_get(&Pm, "b0.qkv_w"); /* E (p + 2, d), W (3 H hd, d) */
    for (int n = 0; n < c.p; n++) E[(n + 2) * c.d + n] = (float)(1 / sqrt((double)c.d));
    int D = c.heads * c.hd, h = 1;
    for (int n = 0; n < c.p; n++) {
        double x = 2 * M_PI * 4 * n / c.p;
        float *q = W + (int64_t)(h * c.hd) * c.d + n, *k = W + (int64_t)(D + h * c.hd) * c.d + n; /* row i: + i d */
        double kv[5] = {0.3, al * cos(x + ph), -al * sin(x + ph), be * cos(x + ph2), be * sin(x + ph2)};
        double qv[5] = {1, cos(x), sin(x), cos(x), sin(x)};
        for (int i = 0; i < 5; i++) k[i * c.d] = (float)kv[i], q[i * c.d] = (float)qv[i];
    }
    double H[11 * 11], T[11 * 11], err = 0;
    kq_head_matrix(&c, &Pm, 0, h, H);
    construct(T, 11, 4, 0.3, al, ph, be, ph2, 0, 0, 0);
    for (int i = 0; i < 121; i++) err = fmax(err, fabs(H[i] - T[i]));
    ok(err < 1e-5, "head matrix from the weights: max |A - target| %.2g < 1e-5", err);
    f = kq_fit(11, H);
    ok(f.zeta == 4 && f.j1 == 4 && f.j2 == 4, "head matrix: zeta %d, peak (%d, %d)", f.zeta, f.j1, f.j2);
    ok(fabs(f.alpha - al) < 1e-5 && fabs(f.beta - be) < 1e-5 && fabs(f.mean - 0.3) < 1e-5,
       "head matrix: mean %.6f, alpha %.6f, beta %.6f", f.mean, f.alpha, f.beta);
    ok(angle_diff(f.phi, ph) < 1e-5 && angle_diff(f.phi_diff, ph2) < 1e-5, "head matrix: phi %.6f, phi' %.6f", f.phi,
       f.phi_diff);
    ok(f.resid < 1e-10 && f.top4 > 1 - 1e-10, "head matrix: residual %.3g, top4 %.12f", f.resid, f.top4);
    kq_head_matrix(&c, &Pm, 0, 0, H);
    err = 0;
    for (int i = 0; i < 121; i++) err = fmax(err, fabs(H[i]));
    ok(err == 0, "head 0 (zero weights) reads as zero");
    /* the centred power: the four bins hold it all, P(4, 4) = (p^2 alpha / 2)^2 */
    double Pw[121];
    kq_power2d(11, T, Pw);
    int lo = 5;
    is_close(Pw[(4 + lo) * 11 + 4 + lo] / pow(121 * al / 2, 2), 1, 1e-12, "power2d: P(4, 4) = (p^2 alpha / 2)^2");
    is_close(Pw[(-4 + lo) * 11 + 4 + lo] / pow(121 * be / 2, 2), 1, 1e-12, "power2d: P(-4, 4) = (p^2 beta / 2)^2");
    is_close(Pw[lo * 11 + lo] / pow(121 * 0.3, 2), 1, 1e-12, "power2d: P(0, 0) = (p^2 mean)^2");
    params_free(&Pm);
    return done_testing();
}
