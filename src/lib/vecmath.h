/* vecmath — exp and erf in float, branch-free, so that a loop calling them
 * vectorises (libm's expf and erff are calls the compiler cannot vectorise).
 *
 * Both are plain float arithmetic (no FMA, no lookup tables): every SIMD
 * clone of a loop gives the same bits as the scalar code. Accuracy, checked
 * against double-precision libm by tests/vecmath.c:
 *   vm_exp_nonpositive  -87.3 <= x <= 0: within 1 ulp; 0 below (where expf
 *                       is denormal or 0); NaN stays NaN
 *   vm_erf              all x: within 1.7 ulp of erf, 1.1e-7 absolute; odd;
 *                       NaN stays NaN
 * (the worst cases over every float; the test samples them). Coefficients:
 * minimax fits in double (Lawson's iteration), rounded to float.
 */
#ifndef VECMATH_H
#define VECMATH_H

#include <math.h>
#include <stdint.h>
#include <string.h>

/* exp(x) for x <= 0. x = n ln2 + r with |r| <= ln2/2 (Cody-Waite: ln2_hi has
 * 16 significant bits, so n ln2_hi is exact), exp(r) = 1 + r + r^2 Q(r) with
 * Q of degree 4, and 2^n assembled in the exponent bits. */
static inline float vm_exp_nonpositive(float x)
{
    const float shifter = 0x1.8p23f; /* adding it rounds to an integer in the low bits */
    const float ln2_hi = 0.693145751953125f, ln2_lo = 1.428606820e-06f;
    float t = x * 1.442695041f + shifter;
    float n = t - shifter;
    float r = (x - n * ln2_hi) - n * ln2_lo;
    float q = 1.381459879e-03f;
    q = q * r + 8.368716575e-03f;
    q = q * r + 4.166838899e-02f;
    q = q * r + 1.666652113e-01f;
    q = q * r + 4.999999404e-01f;
    float e = 1.0f + (r + (r * r) * q);
    uint32_t tb, sb;
    memcpy(&tb, &t, sizeof tb);
    memcpy(&sb, &shifter, sizeof sb);
    uint32_t scale_bits = (tb - sb + 127u) << 23; /* 2^n for n >= -126; unused below */
    float scale;
    memcpy(&scale, &scale_bits, sizeof scale);
    return x < -87.3f ? 0.0f : e * scale;
}

/* erf(x). With a = |x|:
 *   a < 0.8:  erf = a + a Q(a^2), Q of degree 5 (Q(0) = 2/sqrt(pi) - 1)
 *   a >= 0.8: erf = 1 - erfc, erfc = exp(-b^2) (1/b) P(1/b - 0.75), P of
 *             degree 10, b = min(a, 4) (beyond 3.92, erf rounds to 1)
 * Both branches are computed and one is selected. */
static inline float vm_erf(float x)
{
    float a = fabsf(x), s = a * a;
    float q = -6.535266293e-04f;
    q = q * s + 5.085135810e-03f;
    q = q * s - 2.682081051e-02f;
    q = q * s + 1.128311306e-01f;
    q = q * s - 3.761260211e-01f;
    q = q * s + 1.283791065e-01f;
    float small = a + a * q;

    float b = a < 0.8f ? 0.8f : a > 4.0f ? 4.0f : a; /* NaN stays NaN */
    float w = 1.0f / b, v = w - 0.75f;
    float p = 1.625211723e-02f;
    p = p * v - 2.281909809e-02f;
    p = p * v + 1.152197365e-02f;
    p = p * v + 2.024941845e-03f;
    p = p * v - 1.821780764e-02f;
    p = p * v + 3.754189983e-02f;
    p = p * v - 5.045723170e-02f;
    p = p * v + 4.029930383e-02f;
    p = p * v + 1.934763417e-02f;
    p = p * v - 1.690810472e-01f;
    p = p * v + 4.681795835e-01f;
    float large = 1.0f - vm_exp_nonpositive(-(b * b)) * (w * p);

    return copysignf(a < 0.8f ? small : large, x);
}

#endif
