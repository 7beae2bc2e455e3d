/* mkinit — initial weights of the shared-layer network of He et al. (2026)
 * (experiments/he2026/README.md §3), for train --init-from.
 *
 *   mkinit --p 23 --hidden 512 --scheme random --scale 0.1 --seed 1 -o init.npz
 *   mkinit --p 23 --hidden 512 --scheme singlefreq --scale 0.02 --seed 1 -o init.npz
 *
 * Writes W_in (M, p) and W_out (p, M), float32, no biases, with meta.txt
 * describing the model (family=mlp, shared=1, bias=0, act from --act) so
 * that train --init-from reads it as a shared first layer.
 *
 *   random      every entry N(0, (scale/sqrt(p))^2): the authors' randn * scale / sqrt(p)
 *   singlefreq  "Assumption 1": a random permutation of the K = (p-1)/2
 *               frequencies, tiled to M and shuffled (every frequency gets
 *               floor(M/K) or one more neurons); neuron m with frequency k
 *               gets theta_m[j] = scale cos(omega_k j + phi_m) and
 *               xi_m[j] = scale cos(omega_k j + psi_m), phases from
 *               independent Gaussian unit 2-vectors (u1, u2):
 *               scale sqrt(p/2) (u1 c_k + u2 s_k) with c_k, s_k the unit
 *               cos/sin rows of the real DFT basis (realdft.h), so alpha =
 *               beta = scale exactly.
 * Every draw comes from --seed. Does not train.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlp.h"
#include "npz.h"
#include "opt.h"
#include "realdft.h"
#include "rng.h"
#include "util.h"

/* w (p) = scale sqrt(p/2) (u1 c_k + u2 s_k) for a Gaussian unit 2-vector u */
static void single_freq_vector(const RealDft *d, int k, double scale, Rng *rng, float *w, size_t stride)
{
    double u1, u2, r;
    do {
        u1 = rng_normal(rng);
        u2 = rng_normal(rng);
        r = hypot(u1, u2);
    } while (r == 0);
    u1 /= r;
    u2 /= r;
    double a = scale * sqrt(d->p / 2.0);
    const double *c = d->B + (size_t)(2 * k - 1) * d->p, *s = d->B + (size_t)(2 * k) * d->p;
    for (int j = 0; j < d->p; j++) w[(size_t)j * stride] = (float)(a * (u1 * c[j] + u2 * s[j]));
}

int main(int argc, char **argv)
{
    util_init(argv);
    long p = 0, hidden = 0, seed = 0;
    double scale = -1;
    const char *scheme = NULL, *act_s = "relu", *out = NULL;
    Opt opts[] = {
        {"p", OPT_INT, &p, "P", "modulus (required, odd, >= 3)", 3, 1 << 16},
        {"hidden", OPT_INT, &hidden, "M", "neurons (required, >= 1)", 1, 1 << 20},
        {"scheme", OPT_STRING, &scheme, "S", "random | singlefreq (required)", NO_RANGE},
        {"scale", OPT_DOUBLE, &scale, "K", "kappa: the init scale (required, > 0)", 0, 1e6},
        {"act", OPT_STRING, &act_s, "ACT", "activation recorded in meta.txt (default relu)", NO_RANGE},
        {"seed", OPT_INT, &seed, "S", "seed of every draw (default 0)", 0, 9.2e18},
        {"output", OPT_STRING, &out, "FILE", "output .npz ('-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"mkinit --p P --hidden M --scheme random|singlefreq --scale K [--seed S] -o OUT",
                    "Writes the initial weights W_in (M, p), W_out (p, M) of the shared-layer network without biases, "
                    "random (N(0, (K/sqrt p)^2)) or single-frequency (every neuron one frequency, magnitude K).",
                    opts, 0, 0, 1};
    int npos;
    opt_parse(&spec, argc, argv, &npos);
    if (!p || !hidden || !scheme || scale <= 0) die_usage("--p, --hidden, --scheme and --scale are required");
    if (p % 2 == 0) die_usage("--p must be odd");
    int single = strcmp(scheme, "singlefreq") == 0;
    if (!single && strcmp(scheme, "random") != 0) die_usage("--scheme: '%s' is not random or singlefreq", scheme);
    if (!out) die_usage("no output file (-o FILE)");
    Activation act;
    if (!act_parse(act_s, &act)) die_usage("--act: '%s' is not an activation", act_s);

    int P = (int)p, M = (int)hidden;
    float *w_in = xcalloc((size_t)M * P, sizeof(float)), *w_out = xcalloc((size_t)P * M, sizeof(float));
    Rng rng = rng_stream((uint64_t)seed, STREAM_INIT);
    if (!single) {
        double sd = scale / sqrt((double)P);
        for (size_t i = 0; i < (size_t)M * P; i++) w_in[i] = (float)(sd * rng_normal(&rng));
        for (size_t i = 0; i < (size_t)P * M; i++) w_out[i] = (float)(sd * rng_normal(&rng));
    } else {
        RealDft d = realdft_new(P);
        int K = d.K;
        int32_t *perm = xmalloc(sizeof(int32_t) * (size_t)K), *freq = xmalloc(sizeof(int32_t) * (size_t)M);
        for (int k = 0; k < K; k++) perm[k] = k + 1;
        rng_shuffle_i32(&rng, perm, K);
        for (int m = 0; m < M; m++) freq[m] = perm[m % K];
        rng_shuffle_i32(&rng, freq, M);
        for (int m = 0; m < M; m++) {
            single_freq_vector(&d, freq[m], scale, &rng, w_in + (size_t)m * P, 1);  /* row m of W_in */
            single_freq_vector(&d, freq[m], scale, &rng, w_out + m, (size_t)M);     /* column m of W_out */
        }
        free(perm);
        free(freq);
        realdft_free(&d);
    }

    TensorList tl = {0};
    tl_add(&tl, "W_in", DT_F32, 2, (int64_t[]){M, P}, w_in);
    tl_add(&tl, "W_out", DT_F32, 2, (int64_t[]){P, M}, w_out);
    MlpConfig cfg = {.p = P, .k = 2, .hidden = M, .shared = 1, .bias = 0, .act = act};
    mlp_config_to_meta(&cfg, &tl);
    char buf[32];
    tl_meta_set(&tl, "tool", "mkinit");
    tl_meta_set(&tl, "command", opt_cmdline());
    snprintf(buf, sizeof buf, "%ld", seed);
    tl_meta_set(&tl, "seed", buf);
    tl_meta_set(&tl, "step", "0");
    npz_write(out, &tl);
    tl_free(&tl);
    free(w_in);
    free(w_out);
    return 0;
}
