/* idealize — the untrained construction of
 * experiments/swaroop2026/README.md §5.5a against the paper's Table 1: for
 * widths 16, 64, 128 and 256, 40 seeds each, all 9409 pairs, every cell's
 * mean must lie within one paper SD of the paper's mean, and Sq->Cos must
 * beat the other two settings (Welch p < 0.01). */
#include <math.h>
#include <stdio.h>

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

int main(void)
{
    int nrows = (int)(sizeof table1 / sizeof table1[0]);
    plan(nrows * 5 + 2);

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
