/* fourier — DFT identities and the checked values of
 * experiments/swaroop2026/README.md §5.1–5.2. */
#include <math.h>
#include <stdlib.h>

#include "fourier.h"
#include "rng.h"
#include "tap.h"

#define P 97

static double sgn(double x) { return (x > 0) - (x < 0); }

int main(void)
{
    plan(22);
    FourierTable t = fourier_table(P);
    double w[P], v[P], u[P];

    /* a pure cosine: w_j = cos(2 pi 5 j / 97 - 0.7) */
    for (int j = 0; j < P; j++) w[j] = cos(2 * M_PI * 5 * j / P - 0.7);
    FourierPeak pk = fourier_peak(&t, w);
    is_int(pk.freq, 5, "cosine: dominant frequency 5");
    is_close(pk.phase, 0.7, 1e-9, "cosine: phase 0.7 (phi = -arg w_hat)");
    is_close(pk.amp, 1.0, 1e-9, "cosine: amplitude 1");
    is_close(pk.per, 48.0, 1e-6, "cosine: periodicity (p-1)/2 = 48");
    is_close(fourier_periodicity(&t, w), pk.per, 1e-12, "fourier_periodicity agrees with fourier_peak");

    /* its square wave sign(cos(...)): the checked values of §5.1–5.2 */
    for (int j = 0; j < P; j++) v[j] = sgn(cos(2 * M_PI * 5 * j / P - 0.7));
    pk = fourier_peak(&t, v);
    is_int(pk.freq, 5, "square wave: dominant frequency 5");
    is_close(pk.per, 15.815, 5e-4, "square wave: periodicity 15.815");
    is_close(pk.phase, 0.7125, 5e-5, "square wave: arg w_hat_5 = -0.7125");
    ok(pk.amp > 1.2 && pk.amp < 4 / M_PI + 0.01, "square wave: amplitude near 4/pi (%.4f)", pk.amp);

    /* DC excluded: a large offset does not win */
    for (int j = 0; j < P; j++) u[j] = 10 + 0.1 * cos(2 * M_PI * 3 * j / P + 1.0);
    pk = fourier_peak(&t, u);
    is_int(pk.freq, 3, "offset 10 + 0.1 cos: dominant frequency 3, not DC");
    is_close(pk.amp, 0.1, 1e-9, "offset 10 + 0.1 cos: amplitude 0.1");
    is_close(pk.phase, -1.0, 1e-9, "offset 10 + 0.1 cos: phase -1");
    is_close(fourier_amp_at(&t, u, 0), 10.0, 1e-9, "bin 0 amplitude is the mean");

    /* frequencies above p/2 report their mirror bin with the phase negated */
    for (int j = 0; j < P; j++) u[j] = cos(2 * M_PI * 90 * j / P - 0.4);
    pk = fourier_peak(&t, u);
    ok(pk.freq == 7 && fabs(pk.phase + 0.4) < 1e-9, "frequency 90 reads as 7 with phase -0.4 (got %d, %.6f)", pk.freq,
       pk.phase);

    /* ties go to the lowest frequency */
    for (int j = 0; j < P; j++) u[j] = cos(2 * M_PI * 11 * j / P) + cos(2 * M_PI * 4 * j / P + 2);
    is_int(fourier_peak(&t, u).freq, 4, "equal components at 4 and 11: the lower wins");

    /* phase and amplitude at a given bin */
    for (int j = 0; j < P; j++) u[j] = 0.3 * cos(2 * M_PI * 5 * j / P - 1.1) + 2.0 * cos(2 * M_PI * 20 * j / P + 0.5);
    is_int(fourier_peak(&t, u).freq, 20, "two components: the stronger (20) dominates");
    is_close(fourier_phase_at(&t, u, 5), 1.1, 1e-9, "phase read at bin 5");
    is_close(fourier_amp_at(&t, u, 5), 0.3, 1e-9, "amplitude read at bin 5");

    /* constant vector: periodicity defined as 0 */
    for (int j = 0; j < P; j++) u[j] = 2.5;
    is_close(fourier_periodicity(&t, u), 0.0, 0, "constant vector: periodicity 0");

    /* Parseval and linearity on random vectors */
    Rng rng = rng_stream(7, STREAM_OTHER);
    for (int j = 0; j < P; j++) {
        u[j] = rng_normal(&rng);
        v[j] = rng_normal(&rng);
    }
    double ure[P], uim[P], vre[P], vim[P], sre[P], sim[P], s[P];
    fourier_dft(&t, u, ure, uim);
    fourier_dft(&t, v, vre, vim);
    double energy = 0, spec = 0, lin = 0;
    for (int j = 0; j < P; j++) {
        energy += u[j] * u[j];
        s[j] = 2 * u[j] - 3 * v[j];
    }
    fourier_dft(&t, s, sre, sim);
    for (int k = 0; k < P; k++) {
        spec += ure[k] * ure[k] + uim[k] * uim[k];
        lin = fmax(lin, hypot(sre[k] - (2 * ure[k] - 3 * vre[k]), sim[k] - (2 * uim[k] - 3 * vim[k])));
    }
    is_close(spec / P, energy, 1e-9 * energy, "Parseval: sum |w_hat|^2 = p sum w^2");
    ok(lin < 1e-10, "linearity: DFT(2u - 3v) = 2 DFT(u) - 3 DFT(v) (max error %.2g)", lin);
    /* conjugate symmetry of a real vector */
    double sym = 0;
    for (int k = 1; k < P; k++) sym = fmax(sym, hypot(ure[k] - ure[P - k], uim[k] + uim[P - k]));
    ok(sym < 1e-10, "real input: w_hat[p-k] = conj(w_hat[k]) (max error %.2g)", sym);

    fourier_table_free(&t);
    return done_testing();
}
