/* vecmath — vm_erf and vm_exp_nonpositive (vecmath.h) against libm in
 * double: their error over a sample of every binade they cover (every 61st
 * float), the special values, and the bits of a vectorised loop against
 * the scalar code. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "tap.h"
#include "vecmath.h"

/* distance between |v| rounded to float and the next float up */
static double ulp(double v)
{
    float f = (float)fabs(v);
    return f < FLT_MIN ? 0x1p-149 : (double)(nextafterf(f, INFINITY) - f);
}

static float from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* The loops of a model, compiled for each SIMD width: the same bits as the scalar code. */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void erf_loop(float *out, const float *x, int n)
{
    for (int i = 0; i < n; i++) out[i] = vm_erf(x[i]);
}

__attribute__((target_clones("avx512f", "avx2", "default")))
static void exp_loop(float *out, const float *x, int n)
{
    for (int i = 0; i < n; i++) out[i] = vm_exp_nonpositive(x[i]);
}

__attribute__((noinline, optimize("no-tree-vectorize"))) static float erf_scalar(float x) { return vm_erf(x); }
__attribute__((noinline, optimize("no-tree-vectorize"))) static float exp_scalar(float x) { return vm_exp_nonpositive(x); }

int main(void)
{
    plan(9);
    /* erf over every 61st positive float from 2^-126 to 6 (and -x: odd) */
    double erf_ulp = 0, erf_abs = 0;
    int odd = 1;
    for (uint32_t u = 0x00800000u; from_bits(u) < 6.0f; u += 61) {
        float x = from_bits(u);
        double ref = erf((double)x), got = vm_erf(x);
        erf_ulp = fmax(erf_ulp, fabs(got - ref) / ulp(ref));
        erf_abs = fmax(erf_abs, fabs(got - ref));
        odd &= vm_erf(-x) == -vm_erf(x);
    }
    ok(erf_ulp < 1.7, "vm_erf within %.3f ulp of erf on [2^-126, 6)", erf_ulp);
    ok(erf_abs < 1.1e-7, "vm_erf within %.3g of erf", erf_abs);
    ok(odd, "vm_erf(-x) = -vm_erf(x)");
    ok(vm_erf(6.0f) == 1.0f && vm_erf(1e30f) == 1.0f && vm_erf(INFINITY) == 1.0f && vm_erf(-INFINITY) == -1.0f &&
           vm_erf(0.0f) == 0.0f && vm_erf(1e-40f) == 1e-40f * 1.128379167f,
       "vm_erf at 6, 1e30, +-inf, 0 and a denormal");
    ok(isnan(vm_erf(NAN)) && isnan(vm_exp_nonpositive(NAN)), "NaN stays NaN");

    /* exp over every 61st float in [-87.3, 0] */
    double exp_ulp = 0;
    for (uint32_t u = 0x80000000u; from_bits(u) >= -87.3f; u += 61) {
        float x = from_bits(u);
        double ref = exp((double)x);
        exp_ulp = fmax(exp_ulp, fabs(vm_exp_nonpositive(x) - ref) / ulp(ref));
    }
    ok(exp_ulp < 1.0, "vm_exp_nonpositive within %.3f ulp of exp on [-87.3, 0]", exp_ulp);
    ok(vm_exp_nonpositive(0.0f) == 1.0f && vm_exp_nonpositive(-0.0f) == 1.0f && vm_exp_nonpositive(-87.4f) == 0.0f &&
           vm_exp_nonpositive(-1e30f) == 0.0f && vm_exp_nonpositive(-INFINITY) == 0.0f,
       "vm_exp_nonpositive at 0, -0, and 0 below -87.3 down to -inf");

    /* a vectorised loop gives the scalar bits */
    enum { N = 4099 };
    static float x[N], y[N], out[N];
    for (int i = 0; i < N; i++) {
        x[i] = (float)(i - N / 2) * (9.0f / N);
        y[i] = -(float)i * (90.0f / N);
    }
    erf_loop(out, x, N);
    int same = 1;
    for (int i = 0; i < N; i++) same &= memcmp(&out[i], &(float){erf_scalar(x[i])}, sizeof(float)) == 0;
    ok(same, "vm_erf: a vectorised loop gives the scalar bits");
    exp_loop(out, y, N);
    same = 1;
    for (int i = 0; i < N; i++) same &= memcmp(&out[i], &(float){exp_scalar(y[i])}, sizeof(float)) == 0;
    ok(same, "vm_exp_nonpositive: a vectorised loop gives the scalar bits");
    return done_testing();
}
