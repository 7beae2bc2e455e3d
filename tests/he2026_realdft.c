/* He et al. (2026) library pieces: the real DFT basis and per-neuron
 * features (realdft.h), the decoupled flow against its closed forms, the
 * ideal network against Proposition 1, numpy's pairwise sum (heflow.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "heflow.h"
#include "realdft.h"
#include "tap.h"

enum { P = 23 };

static double max_abs_diff(const double *a, const double *b, int n)
{
    double m = 0;
    for (int i = 0; i < n; i++) m = fmax(m, fabs(a[i] - b[i]));
    return m;
}

static void test_basis(const RealDft *d)
{
    double worst = 0;
    for (int a = 0; a < P; a++)
        for (int b = 0; b < P; b++) {
            double s = 0;
            for (int j = 0; j < P; j++) s += d->B[a * P + j] * d->B[b * P + j];
            worst = fmax(worst, fabs(s - (a == b)));
        }
    ok(worst < 1e-13, "the real DFT basis is orthonormal (worst |B B^T - I| = %.1e)", worst);
    double w[P], c[P], back[P];
    for (int j = 0; j < P; j++) w[j] = sin(0.37 * j * j) + 0.1 * j;
    realdft_decode(d, w, c);
    realdft_synth(d, c, back);
    ok(max_abs_diff(w, back, P) < 1e-13, "synth(decode(w)) = w");
    is_int(d->K, 11, "p = 23 has K = 11 frequencies");
}

static void test_pure_cosine(const RealDft *d)
{
    double w[P], c[P], fit[P];
    int bad = 0;
    for (int k = 1; k <= d->K; k++)
        for (double phi = -3.0; phi < 3.1; phi += 0.7) {
            heflow_cosine(P, k, 0.45, phi, w);
            realdft_decode(d, w, c);
            bad += realdft_dominant(d, c) != k;
            bad += fabs(realdft_magnitude(d, c, k) - 0.45) > 1e-13;
            bad += fabs(realdft_wrap(realdft_phase(c, k) - phi)) > 1e-12;
            realdft_fit_top2(d, w, fit);
            bad += max_abs_diff(w, fit, P) > 1e-13;
            double ipr = realdft_ipr(c, P);
            bad += ipr < 0.5 - 1e-12 || ipr > 1 + 1e-12;
            bad += fabs(realdft_pair_ipr(d, c) - 1) > 1e-12;
        }
    is_int(bad, 0, "a cosine a cos(omega_k j + phi) decodes to k, a, phi; its top-2 fit is itself; IPR in [0.5, 1], pair IPR 1");
    /* a neuron with xi at twice theta's phase: psi - 2 phi = 0 */
    double t[P], x[P], ct[P], cx[P];
    heflow_cosine(P, 5, 0.3, 0.4, t);
    heflow_cosine(P, 5, 0.5, 0.8, x);
    realdft_decode(d, t, ct);
    realdft_decode(d, x, cx);
    RealNeuron n = realdft_neuron(d, ct, cx);
    ok(n.k == 5 && fabs(n.alpha - 0.3) < 1e-13 && fabs(n.beta - 0.5) < 1e-13 && fabs(n.psi - 2 * n.phi) < 1e-12,
       "realdft_neuron: k = 5, alpha 0.3, beta 0.5, psi = 2 phi");
    /* the Const-dominant convention of the authors' notebooks: coordinates -1 and 0 */
    double z[P] = {0};
    z[0] = 2.0;
    z[P - 1] = 0.5;
    RealNeuron c0 = realdft_neuron(d, z, z);
    ok(c0.k == 0 && fabs(c0.alpha - sqrt(2.0 / P) * hypot(2.0, 0.5)) < 1e-14, "Const dominant: k* = 0, magnitude from coordinates -1 and 0");
}

static void test_helpers(void)
{
    ok(fabs(realdft_wrap(M_PI) + M_PI) < 1e-15 && fabs(realdft_wrap(-M_PI) + M_PI) < 1e-15 &&
           fabs(realdft_wrap(7.0) - (7.0 - 2 * M_PI)) < 1e-15,
       "wrap maps into [-pi, pi) like normalize_to_pi");
    ok(realdft_fold(23, 3 * 8) == 1 && realdft_fold(23, 2 * 11) == 1 && realdft_fold(23, 5) == 5 && realdft_fold(23, 12) == 11,
       "harmonics fold into 0..K");
    double v[4] = {1, 0, 0, 0}, u[4] = {1, 1, 1, 1};
    ok(realdft_ipr(v, 4) == 1 && fabs(realdft_ipr(u, 4) - 0.25) < 1e-15, "IPR of a spike is 1, of a flat vector 1/n");
    int counts[11];
    heflow_counts(23, 128, counts);
    int n12 = 0, n11 = 0;
    for (int k = 0; k < 11; k++) n12 += counts[k] == 12, n11 += counts[k] == 11;
    ok(n12 == 7 && n11 == 4 && counts[0] == 12 && counts[10] == 11, "128 neurons: 12 at k = 1..7, 11 at k = 8..11");
    /* numpy's pairwise sum: exact for integers, and the blocked order for 23 values */
    double a[300];
    for (int i = 0; i < 300; i++) a[i] = i + 1;
    ok(heflow_np_sum(a, 300) == 45150, "pairwise sum of 1..300 is exact");
    /* 1 and 22 halves of an ulp: left to right every half ulp rounds away
     * (ties to even); numpy's eight accumulators pair them up first, so the
     * sum keeps 8 ulps (the 7 trailing halves tie back to even) */
    double b[23], ulp = ldexp(1.0, -52);
    for (int i = 0; i < 23; i++) b[i] = i == 0 ? 1.0 : ulp / 2;
    ok(heflow_np_sum(b, 23) == 1.0 + 8 * ulp, "pairwise sum in numpy's order: 1 + 8 ulp (left to right: 1)");
    double m[5] = {3, 1, 2, 5, 4};
    ok(heflow_np_median(m, 5) == 3 && heflow_np_median(m, 4) == 2.5 && fabs(heflow_np_std(m, 5) - sqrt(2.0)) < 1e-15,
       "median (odd and even count) and population SD");
}

/* Proposition 1 against the ideal quadratic network */
static void test_indicator(void)
{
    int counts7[3] = {8, 8, 8}, all7[3] = {1, 2, 3};
    double l[P];
    heflow_ideal_logits(7, 4, 6, all7, 3, counts7, 2 * M_PI, l);
    double want[7] = {-4, 3, -4, 10, -4, 3, -4};
    ok(max_abs_diff(l, want, 7) < 1e-12, "p = 7, N = 8, (4, 6): logits [-4, 3, -4, 10, -4, 3, -4] (notebook check)");
    int counts[11], all[11];
    for (int k = 0; k < 11; k++) counts[k] = 8, all[k] = k + 1;
    heflow_ideal_logits(P, 3, 7, all, 11, counts, 2 * M_PI, l);
    double worst = 0;
    for (int j = 0; j < P; j++) worst = fmax(worst, fabs(l[j] / 4.0 - heflow_prop1(P, 3, 7, j)));
    ok(worst < 1e-12, "p = 23, (3, 7): the ideal network equals Proposition 1 (10.5, 4.75, -1 in units of aN/2)");
    ok(heflow_prop1(P, 3, 7, 10) == 10.5 && heflow_prop1(P, 3, 7, 6) == 4.75 && heflow_prop1(P, 3, 7, 0) == -1,
       "worked example: correct 10.5, ghosts 4.75, background -1");
}

/* The decoupled flow of one neuron: the Euler integrator against closed forms. */
static void test_flow(const RealDft *d)
{
    double theta[P], xi[P], ct[P], cx[P];
    /* D = 0 and alpha = sqrt 2 beta: the flow keeps both and
     * dbeta/dt = 2 beta^2 / p, so beta(t) = beta0 / (1 - 2 beta0 t / p) */
    double b0 = 0.05, phi = 0.3, T = 40, h = 1e-3;
    heflow_cosine(P, 3, sqrt(2.0) * b0, phi, theta);
    heflow_cosine(P, 3, b0, 2 * phi, xi);
    for (long s = 0; s < (long)(T / h + 0.5); s++) heflow_step(d, theta, xi, h, 1.0 / (P * P), 0);
    realdft_decode(d, theta, ct);
    realdft_decode(d, xi, cx);
    RealNeuron n = realdft_neuron_at(d, ct, cx, 3);
    double want = b0 / (1 - 2 * b0 * T / P);
    ok(fabs(n.beta - want) / want < 1e-3 && fabs(n.alpha - sqrt(2.0) * n.beta) / n.alpha < 1e-3,
       "aligned flow: beta(40) = %.6f, closed form %.6f, alpha = sqrt(2) beta", n.beta, want);
    ok(fabs(realdft_wrap(2 * n.phi - n.psi)) < 1e-9 && fabs(n.phi - phi) < 1e-9, "aligned flow: phases stay put");

    /* small time from a misaligned start: the polar derivatives
     *   dalpha = 2 a b cos D / p, dbeta = a^2 cos D / p, dphi = -2 b sin D / p, dpsi = (a^2/b) sin D / p */
    double a0 = 0.03, c0 = 0.02, p0 = 0.9, q0 = -0.4, D0 = 2 * p0 - q0, t = 0.05;
    heflow_cosine(P, 2, a0, p0, theta);
    heflow_cosine(P, 2, c0, q0, xi);
    for (int s = 0; s < 500; s++) heflow_step(d, theta, xi, t / 500, 1.0 / (P * P), 0);
    realdft_decode(d, theta, ct);
    realdft_decode(d, xi, cx);
    n = realdft_neuron_at(d, ct, cx, 2);
    double da = (n.alpha - a0) / t, db = (n.beta - c0) / t, dphi = realdft_wrap(n.phi - p0) / t, dpsi = realdft_wrap(n.psi - q0) / t;
    double wa = 2 * a0 * c0 * cos(D0) / P, wb = a0 * a0 * cos(D0) / P, wphi = -2 * c0 * sin(D0) / P, wpsi = a0 * a0 / c0 * sin(D0) / P;
    ok(fabs(da - wa) < 1e-3 * fabs(wa) && fabs(db - wb) < 1e-3 * fabs(wb) && fabs(dphi - wphi) < 1e-3 * fabs(wphi) &&
           fabs(dpsi - wpsi) < 1e-3 * fabs(wpsi),
       "small time: dalpha/dt %.3e (%.3e), dbeta/dt %.3e (%.3e), dphi/dt %.3e (%.3e), dpsi/dt %.3e (%.3e)", da, wa, db,
       wb, dphi, wphi, dpsi, wpsi);
    /* D = pi is a fixed point of the phases, D near pi is repelled */
    heflow_cosine(P, 1, 0.02, M_PI / 2, theta);
    heflow_cosine(P, 1, 0.02, 0, xi);
    for (int s = 0; s < 100; s++) heflow_step(d, theta, xi, 0.01, 1.0, 1);
    realdft_decode(d, theta, ct);
    realdft_decode(d, xi, cx);
    n = realdft_neuron_at(d, ct, cx, 1);
    ok(fabs(fabs(realdft_wrap(2 * n.phi - n.psi)) - M_PI) < 1e-9 && n.alpha < 0.02 && n.beta < 0.02,
       "D = pi stays at pi while the magnitudes shrink");
    /* a single-frequency neuron stays single-frequency under the flow */
    double off = 0, tot = 0;
    for (int j = 0; j < P; j++) tot += ct[j] * ct[j];
    for (int cc = 0; cc < P; cc++)
        if (cc != 1 && cc != 2) off += ct[cc] * ct[cc];
    ok(off / tot < 1e-20, "the flow keeps a single frequency (off-frequency energy %.1e)", off / tot);
}

int main(void)
{
    plan(21);
    RealDft d = realdft_new(P);
    test_basis(&d);
    test_pure_cosine(&d);
    test_helpers();
    test_indicator();
    test_flow(&d);
    realdft_free(&d);
    return done_testing();
}
