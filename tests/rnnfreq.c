/* rnnfreq: projection ablation removes exactly the chosen frequencies (the
 * complex DFT of every ablated vector is zero there and unchanged elsewhere),
 * in both layouts; energies sum to the squared norm; the key rule; the
 * Fourier-multiplication fit is exact on an ideal readout and fails off it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fourier.h"
#include "realdft.h"
#include "rng.h"
#include "rnnfreq.h"
#include "tap.h"

enum { P = 13, NV = 5 };

/* max |DFT bin k| over the NV vectors, and max change at bins != k and != ablated */
static void dft_check(const FourierTable *ft, const float *before, const float *after, int64_t vs, int64_t ts,
                      const int *freqs, int nf, double *at, double *elsewhere)
{
    double w0[P], w1[P], re0[P], im0[P], re1[P], im1[P];
    *at = 0, *elsewhere = 0;
    for (int v = 0; v < NV; v++) {
        for (int j = 0; j < P; j++) w0[j] = before[v * vs + j * ts], w1[j] = after[v * vs + j * ts];
        fourier_dft(ft, w0, re0, im0);
        fourier_dft(ft, w1, re1, im1);
        for (int k = 0; k < P; k++) {
            int fold = k <= P / 2 ? k : P - k, hit = 0;
            for (int f = 0; f < nf; f++) hit |= fold == freqs[f];
            double mag = hypot(re1[k], im1[k]), diff = hypot(re1[k] - re0[k], im1[k] - im0[k]);
            if (hit && mag > *at) *at = mag;
            if (!hit && diff > *elsewhere) *elsewhere = diff;
        }
    }
}

int main(void)
{
    plan(9);
    RealDft d = realdft_new(P);
    FourierTable ft = fourier_table(P);
    Rng rng = rng_stream(3, STREAM_OTHER);
    float M[NV * P], A[NV * P];
    for (int i = 0; i < NV * P; i++) M[i] = (float)rng_normal(&rng);

    int one[1] = {4}, two[2] = {1, 6};
    double at, elsewhere;
    memcpy(A, M, sizeof M); /* rows are vectors: vstride P, tstride 1 */
    rf_project_out_f32(&d, A, NV, P, 1, one, 1);
    dft_check(&ft, M, A, P, 1, one, 1, &at, &elsewhere);
    ok(at < 1e-5 && elsewhere < 1e-5, "row layout, k = 4: DFT zero there (%.1e), unchanged elsewhere (%.1e)", at, elsewhere);
    memcpy(A, M, sizeof M); /* columns are vectors: vstride 1, tstride NV */
    rf_project_out_f32(&d, A, NV, 1, NV, two, 2);
    dft_check(&ft, M, A, 1, NV, two, 2, &at, &elsewhere);
    ok(at < 1e-5 && elsewhere < 1e-5, "column layout, k = 1, 6: DFT zero there (%.1e), unchanged elsewhere (%.1e)", at, elsewhere);

    double e[P / 2 + 1], norm = 0, total = 0;
    rf_energy_f32(&d, M, NV, P, 1, e);
    for (int i = 0; i < NV * P; i++) norm += (double)M[i] * M[i];
    for (int k = 0; k <= P / 2; k++) total += e[k];
    ok(fabs(total - norm) < 1e-9 * norm, "energies sum to the squared norm (%.9g vs %.9g)", total, norm);
    float Mt[NV * P]; /* M in column layout, and as double */
    double Md[NV * P], ef[P / 2 + 1], ed[P / 2 + 1];
    for (int vi = 0; vi < NV; vi++)
        for (int j = 0; j < P; j++) Mt[j * NV + vi] = M[vi * P + j];
    for (int i = 0; i < NV * P; i++) Md[i] = Mt[i];
    rf_energy_f32(&d, Mt, NV, 1, NV, ef);
    rf_energy(&d, Md, NV, 1, NV, ed);
    ok(memcmp(ed, ef, sizeof ed) == 0 && memcmp(e, ef, sizeof e) == 0,
       "rf_energy of a double copy equals rf_energy_f32 bit for bit, in either layout");
    memcpy(A, M, sizeof M);
    rf_project_out_f32(&d, A, NV, P, 1, two, 2);
    double e2[P / 2 + 1];
    rf_energy_f32(&d, A, NV, P, 1, e2);
    ok(e2[1] < 1e-10 && e2[6] < 1e-10 && fabs(e2[3] - e[3]) < 1e-5 * e[3], "ablated energies are zero, others kept");

    /* keys: two strong frequencies among weak ones */
    double spec[P / 2 + 1] = {5, 0.1, 3, 0.1, 0.1, 2.5, 0.1};
    int keys[P / 2];
    int nk = rf_keys(spec, P / 2, 1.5, keys);
    ok(nk == 2 && keys[0] == 2 && keys[1] == 5, "keys: the frequencies above 1.5/K of the non-constant energy, by energy");

    /* FM fit: an ideal readout. h2(a,b) = [cos w(a+b), sin w(a+b)] (H = 2),
     * W_out[c] = [cos wc, sin wc] * s: logits cos(w(a+b-c)); at k the fit is exact */
    int k = 3;
    RfTables t = {.p = P, .H = 2};
    t.h2 = malloc(sizeof(double) * P * P * 2);
    float W_out[P * 2];
    for (int a = 0; a < P; a++)
        for (int b = 0; b < P; b++) {
            double th = 2 * M_PI * k * ((a + b) % P) / P;
            t.h2[(a * P + b) * 2] = cos(th) + 1.5, t.h2[(a * P + b) * 2 + 1] = sin(th) + 1.5;
        }
    for (int c = 0; c < P; c++) W_out[c * 2] = (float)cos(2 * M_PI * k * c / P), W_out[c * 2 + 1] = (float)sin(2 * M_PI * k * c / P);
    RfFit f = rf_fm_fit(&d, &t, W_out, k, NULL, NULL, NULL);
    ok(f.err_c < 1e-12 && f.err_s < 1e-12, "ideal Fourier multiplication at k: fit errors %.1e, %.1e", f.err_c, f.err_s);
    ok(fabs(fabs(f.alpha_c) - fabs(f.beta_s)) < 1e-6 && fabs(f.alpha_c) > 1, "|alpha| of z^c equals |beta| of z^s (%.4f, %.4f)", f.alpha_c, f.beta_s);
    /* the same states read out at another frequency are not a Fourier multiplication there */
    for (int c = 0; c < P; c++) W_out[c * 2] = (float)cos(2 * M_PI * 2 * c / P) + (float)(0.3 * c), W_out[c * 2 + 1] = 0.2f * c;
    f = rf_fm_fit(&d, &t, W_out, 2, NULL, NULL, NULL);
    ok(f.err_c > 0.2, "a readout with no frequency-2 product: fit error %.2f", f.err_c);
    free(t.h2);
    fourier_table_free(&ft);
    realdft_free(&d);
    return done_testing();
}
