/* analysis — square-wave fits, nearest-point distances (against a brute-force
 * search over a densely sampled curve) and the layout of idealised networks. */
#include <math.h>
#include <stdlib.h>

#include "fourier.h"
#include "mlp.h"
#include "model.h"
#include "rng.h"
#include "squarewave.h"
#include "stats.h"
#include "tap.h"

#define P 97

/* Brute force: mean over j of the distance from (j, w_j) to the points
 * (m/S, curve(m/S)), m = 0..(p-1)S, plus, for the square wave, the vertical
 * edges between consecutive samples of different level, sampled every 1/S in y. */
static double brute_dist(const SquareWave *s, const double *w, WaveShape shape)
{
    const int S = 1000;
    double sum = 0;
    for (int j = 0; j < P; j++) {
        double best = INFINITY, prev = 0;
        for (long m = 0; m <= (long)(P - 1) * S; m++) {
            double x = (double)m / S;
            double y = shape == WAVE_SQUARE ? squarewave_square_at(s, x) : squarewave_cosine_at(s, x);
            best = fmin(best, hypot(x - j, y - w[j]));
            if (m > 0 && shape == WAVE_SQUARE && y != prev) {
                double lo = fmin(y, prev), hi = fmax(y, prev), xe = x - 0.5 / S;
                for (double z = lo; z <= hi; z += 1.0 / S) best = fmin(best, hypot(xe - j, z - w[j]));
            }
            prev = y;
        }
        sum += best;
    }
    return sum / P;
}

int main(void)
{
    plan(19);
    FourierTable t = fourier_table(P);
    double w[P], c[P], noisy[P];

    /* an exact square wave: levels 0.46 / -0.44 at nu = 7, phi = 1.3 */
    for (int j = 0; j < P; j++) w[j] = 0.01 + 0.45 * squarewave_sign(cos(squarewave_angle(P, 7, j, 1.3)));
    SquareWave s = squarewave_fit(w, P, 7, 1.3);
    is_close(s.upper, 0.46, 1e-15, "exact square wave: U = 0.46");
    is_close(s.lower, -0.44, 1e-15, "exact square wave: L = -0.44");
    is_close(squarewave_dist(&s, w, WAVE_SQUARE), 0, 1e-15, "exact square wave: distance to its ideal is 0");
    ok(squarewave_dist(&s, w, WAVE_COS) > 0.05, "exact square wave: the ideal cosine is farther (%.4f)",
       squarewave_dist(&s, w, WAVE_COS));
    /* the same with nu, phi read from the DFT, as spectrum does */
    FourierPeak pk = fourier_peak(&t, w);
    SquareWave sd = squarewave_fit(w, P, pk.freq, pk.phase);
    ok(pk.freq == 7 && fabs(sd.upper - 0.46) < 1e-12 && fabs(sd.lower + 0.44) < 1e-12,
       "levels survive the DFT's phase estimate (phi %.4f)", pk.phase);
    ok(squarewave_dist(&sd, w, WAVE_SQUARE) < 0.005, "distance stays near 0 (%.2g)", squarewave_dist(&sd, w, WAVE_SQUARE));

    /* a cosine: closer to the ideal cosine than to the ideal square wave */
    for (int j = 0; j < P; j++) c[j] = 0.2 * cos(2 * M_PI * 3 * j / P - 0.5);
    pk = fourier_peak(&t, c);
    SquareWave sc = squarewave_fit(c, P, pk.freq, pk.phase);
    double dsq = squarewave_dist(&sc, c, WAVE_SQUARE), dcos = squarewave_dist(&sc, c, WAVE_COS);
    ok(dcos < dsq, "cosine: nearer the ideal cosine (%.4f) than the square wave (%.4f)", dcos, dsq);
    /* the median of |cos| over a half period is cos(pi/4) */
    ok(fabs(sc.upper - 0.2 * M_SQRT1_2) < 0.005 && fabs(sc.lower + 0.2 * M_SQRT1_2) < 0.005,
       "cosine: U, L near +-0.2 cos(pi/4) (%.4f, %.4f)", sc.upper, sc.lower);

    /* the windowed search agrees with brute force on noisy weights */
    Rng rng = rng_stream(3, STREAM_OTHER);
    for (int j = 0; j < P; j++) noisy[j] = w[j] + 0.15 * rng_normal(&rng);
    pk = fourier_peak(&t, noisy);
    SquareWave sn = squarewave_fit(noisy, P, pk.freq, pk.phase);
    double fast_sq = squarewave_dist(&sn, noisy, WAVE_SQUARE), fast_cos = squarewave_dist(&sn, noisy, WAVE_COS);
    is_close(fast_sq, brute_dist(&sn, noisy, WAVE_SQUARE), 1e-3, "noisy square wave: square distance = brute force (%.5f)",
             fast_sq);
    is_close(fast_cos, brute_dist(&sn, noisy, WAVE_COS), 1e-3, "noisy square wave: cosine distance = brute force (%.5f)",
             fast_cos);
    ok(fast_sq < fast_cos, "noisy square wave: nearer the square wave");
    /* high frequency: many edges inside one search window */
    for (int j = 0; j < P; j++) noisy[j] = 0.3 * squarewave_sign(cos(squarewave_angle(P, 45, j, -2.0))) + 0.2 * rng_normal(&rng);
    pk = fourier_peak(&t, noisy);
    sn = squarewave_fit(noisy, P, pk.freq, pk.phase);
    is_close(squarewave_dist(&sn, noisy, WAVE_SQUARE), brute_dist(&sn, noisy, WAVE_SQUARE), 1e-3,
             "nu = %d: square distance = brute force", pk.freq);
    is_close(squarewave_dist(&sn, noisy, WAVE_COS), brute_dist(&sn, noisy, WAVE_COS), 1e-3, "nu = %d: cosine distance = brute force",
             pk.freq);

    /* waves: aliasing and sign(0) = 0 */
    is_close(squarewave_angle(P, 7 + 2 * P, 5, 0.3), squarewave_angle(P, 7, 5, 0.3), 0, "frequency nu + 2p aliases to nu exactly");
    is_close(squarewave_sign(0), 0, 0, "sign(0) = 0");

    /* idealised network layout: a Cos->Cos net read back through the DFT */
    enum { H = 6 };
    MlpConfig cfg = {.p = P, .k = 2, .hidden = H, .bias = 1, .act = {ACT_RELU, 1}};
    Params Pm = {0};
    mlp_declare(&Pm, &cfg);
    params_alloc(&Pm);
    IdealNeuron n[H];
    for (int i = 0; i < H; i++)
        n[i] = (IdealNeuron){.freq = 5 + 7 * i, .phase_a = -1 + 0.3 * i, .phase_b = 0.2 * i, .phase_out = 2.0 - 0.5 * i,
                             .amp_a = 1, .amp_b = 0.5, .amp_out = 2};
    params_get(&Pm, "b_in")[2] = 7;
    squarewave_ideal_mlp(&Pm, &cfg, n, IDEAL_COS_COS);
    double wa[P], wb[P], wo[P], err = 0;
    for (int i = 0; i < H; i++) {
        squarewave_neuron_weights(&Pm, &cfg, i, wa, wb, wo);
        FourierPeak a = fourier_peak(&t, wa), b = fourier_peak(&t, wb), o = fourier_peak(&t, wo);
        int f = n[i].freq % P;
        int want = f <= P / 2 ? f : P - f, sign = f <= P / 2 ? 1 : -1;
        if (a.freq != want || b.freq != want || o.freq != want) err = INFINITY;
        err = fmax(err, fabs(stats_wrap(a.phase - sign * n[i].phase_a)));
        err = fmax(err, fabs(stats_wrap(b.phase - sign * n[i].phase_b)));
        err = fmax(err, fabs(stats_wrap(o.phase - sign * n[i].phase_out)));
        err = fmax(err, fabs(a.amp - 1) + fabs(b.amp - 0.5) + fabs(o.amp - 2));
    }
    ok(err < 1e-5, "W_a, W_b, W_out^(i) carry each neuron's frequency, phase and amplitude (max error %.2g)", err);
    is_close(params_get(&Pm, "b_in")[2], 0, 0, "idealised network: biases zeroed");
    /* sq_sq writes +-1 waves into both layers */
    squarewave_ideal_mlp(&Pm, &cfg, n, IDEAL_SQ_SQ);
    squarewave_neuron_weights(&Pm, &cfg, 1, wa, wb, wo);
    int pm = 1;
    for (int j = 0; j < P; j++) pm &= fabs(wa[j]) == 1 && fabs(wb[j]) == 0.5 && fabs(wo[j]) == 2;
    ok(pm, "sq_sq: square waves of the given amplitudes in both layers");
    IdealSetting st;
    ok(squarewave_setting_parse("sq_cos", &st) && st == IDEAL_SQ_COS && !squarewave_setting_parse("sq", &st),
       "setting names parse");
    params_free(&Pm);
    fourier_table_free(&t);
    return done_testing();
}
