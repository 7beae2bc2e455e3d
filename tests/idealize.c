/* idealize — the untrained construction of
 * experiments/swaroop2026/README.md §5.5a against the paper's Table 1: for
 * widths 16, 64, 128 and 256, 40 seeds each, all 9409 pairs, every cell's
 * mean must lie within one paper SD of the paper's mean, and Sq->Cos must
 * beat the other two settings (Welch p < 0.01). Then the extraction's phase
 * readings on a neuron whose W_b and W_out have their dominant bins away
 * from W_a's frequency nu. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "squarewave.h"
#include "stats.h"
#include "tap.h"

#define SEEDS 40

/* Table 1 rows: width, then (mean, sd) for Cos->Cos, Sq->Cos, Sq->Sq. */
static const struct {
    int width;
    double mean[3], sd[3];
} table1[] = {
    {16, {0.0422, 0.0735, 0.0458}, {0.0049, 0.0041, 0.0064}},
    {64, {0.3653, 0.4449, 0.3314}, {0.0313, 0.0234, 0.0178}},
    {128, {0.7482, 0.7968, 0.6512}, {0.0372, 0.0243, 0.0258}},
    {256, {0.9793, 0.9849, 0.9375}, {0.0067, 0.0042, 0.0107}},
};

/* w[j] = c1 cos(2 pi k1 j / p - phi1) + c2 cos(2 pi k2 j / p - phi2), j = 0..p-1 */
static void two_waves(double *w, int p, double c1, int k1, double phi1, double c2, int k2, double phi2)
{
    for (int j = 0; j < p; j++)
        w[j] = c1 * cos(2 * M_PI * k1 * j / p - phi1) + c2 * cos(2 * M_PI * k2 * j / p - phi2);
}

/* A neuron with W_a a wave at nu = 5 and phase 0.4; W_b the wave at nu with
 * phase -1.1 plus a stronger one at bin 9; W_out the wave at nu with phase
 * 0.4 - 1.1 plus a stronger one at bin 13. Reading at nu must give the
 * constructed phases; reading at the own bins gives those of bins 9 and 13. */
static void phase_readings(void)
{
    enum { P = 97, NU = 5 };
    const double pa = 0.4, pb = -1.1, pout = pa + pb, other_b = 2.5, other_out = -2.0;
    double wa[P], wb[P], wo[P];
    two_waves(wa, P, 1.0, NU, pa, 0.0, 1, 0.0);
    two_waves(wb, P, 0.6, NU, pb, 1.0, 9, other_b);
    two_waves(wo, P, 0.5, NU, pout, 0.9, 13, other_out);
    FourierTable t = fourier_table(P);
    IdealNeuron at = squarewave_extract_neuron(&t, wa, wb, wo, PHASES_AT_NU, 1);
    IdealNeuron own = squarewave_extract_neuron(&t, wa, wb, wo, PHASES_OWN_BIN, 1);
    ok(at.freq == NU && own.freq == NU, "both readings take nu from W_a (%ld, %ld)", at.freq, own.freq);
    ok(fabs(at.phase_a - pa) < 1e-9 && fabs(at.phase_b - pb) < 1e-9 && fabs(at.phase_out - pout) < 1e-9,
       "at nu: the constructed phases (%.6f, %.6f, %.6f)", at.phase_a, at.phase_b, at.phase_out);
    ok(fabs(at.amp_b - 0.6) < 1e-9 && fabs(at.amp_out - 0.5) < 1e-9, "at nu: the amplitudes at nu (%.6f, %.6f)",
       at.amp_b, at.amp_out);
    ok(fabs(own.phase_b - other_b) < 1e-9 && fabs(own.phase_out - other_out) < 1e-9,
       "own bins: the phases of bins 9 and 13 (%.6f, %.6f), not those at nu", own.phase_b, own.phase_out);
    ok(fabs(stats_wrap(own.phase_b - pb)) > 1 && fabs(stats_wrap(own.phase_out - pout)) > 1,
       "own bins: the phases at nu are not recovered");
    PhaseReading r;
    ok(squarewave_reading_parse("own-bin", &r) && r == PHASES_OWN_BIN && !squarewave_reading_parse("nu", &r) &&
           strcmp(squarewave_reading_name(PHASES_AT_NU), "at-nu") == 0,
       "reading names parse and print");
    fourier_table_free(&t);
}

int main(void)
{
    int nrows = (int)(sizeof table1 / sizeof table1[0]);
    plan(nrows * 5 + 2 + 6);
    phase_readings();

    /* the construction is deterministic in (seed, width, index) */
    double a1[3], a2[3];
    squarewave_construct_accuracy(97, 16, 0, 3, a1);
    squarewave_construct_accuracy(97, 16, 0, 3, a2);
    ok(a1[0] == a2[0] && a1[1] == a2[1] && a1[2] == a2[2], "same seed, same accuracies");
    squarewave_construct_accuracy(97, 16, 0, 4, a2);
    ok(a1[1] != a2[1], "another seed index, other phases");

    for (int r = 0; r < nrows; r++) {
        double acc[3][SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            double a[3];
            squarewave_construct_accuracy(97, table1[r].width, 0, s, a);
            for (int c = 0; c < 3; c++) acc[c][s] = a[c];
        }
        for (int c = 0; c < 3; c++) {
            double m = stats_mean(acc[c], SEEDS), sd = stats_sd(acc[c], SEEDS);
            is_close(m, table1[r].mean[c], table1[r].sd[c], "N = %d %s: %.4f +- %.4f (paper %.4f +- %.4f)",
                     table1[r].width, squarewave_setting_name((IdealSetting)c), m, sd, table1[r].mean[c],
                     table1[r].sd[c]);
        }
        int other = stats_mean(acc[IDEAL_COS_COS], SEEDS) > stats_mean(acc[IDEAL_SQ_SQ], SEEDS) ? IDEAL_COS_COS
                                                                                                : IDEAL_SQ_SQ;
        StatsTTest w = stats_welch(acc[IDEAL_SQ_COS], SEEDS, acc[other], SEEDS);
        ok(w.t > 0, "N = %d: Sq->Cos is the best setting (Welch t = %.2f against %s)", table1[r].width, w.t,
           squarewave_setting_name((IdealSetting)other));
        ok(w.p < 0.01, "N = %d: significant at p < 0.01 (p = %.3g)", table1[r].width, w.p);
    }
    return done_testing();
}
