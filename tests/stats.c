/* stats — t-tests, the t distribution and circular correlation against values
 * computed independently (closed forms and textbook tables). */
#include <math.h>

#include "rng.h"
#include "stats.h"
#include "tap.h"

int main(void)
{
    plan(27);

    double x[] = {2, 4, 4, 4, 5, 5, 7, 9};
    is_close(stats_mean(x, 8), 5.0, 1e-15, "mean");
    is_close(stats_sd(x, 8), sqrt(32.0 / 7), 1e-14, "sample sd (n-1)");
    is_close(stats_median(x, 8), 4.5, 0, "median of an even count");
    double odd[] = {9, 1, 3};
    is_close(stats_median(odd, 3), 3, 0, "median of an odd count, unsorted input");
    is_close(odd[0], 9, 0, "median leaves its input in place");

    /* Student t: closed forms. df = 1 is Cauchy: P(|T| >= t) = 1 - 2 atan(t) / pi;
     * df = 2: P(|T| >= t) = 1 - t / sqrt(2 + t^2). */
    is_close(stats_t_pvalue(1.7, 1), 1 - 2 * atan(1.7) / M_PI, 1e-12, "t p-value, df = 1 (Cauchy)");
    is_close(stats_t_pvalue(0.9, 2), 1 - 0.9 / sqrt(2 + 0.81), 1e-12, "t p-value, df = 2 (closed form)");
    /* tables: t = 2.0, df = 10: 0.07339; t_{0.975, 30} = 2.042272 */
    is_close(stats_t_pvalue(2.0, 10), 0.07339, 5e-6, "t = 2, df = 10: two-sided p = 0.07339");
    is_close(stats_t_cdf(2.042272456, 30), 0.975, 1e-8, "t CDF at the 97.5%% quantile of df = 30");
    is_close(stats_t_cdf(-2.042272456, 30), 0.025, 1e-8, "t CDF is symmetric");
    is_close(stats_t_cdf(0, 7.5), 0.5, 1e-15, "t CDF at 0 is 1/2");
    /* large df approaches the normal: P(|Z| >= 1.959964) = 0.05 */
    is_close(stats_t_pvalue(1.959963985, 1e7), 0.05, 1e-6, "t p-value tends to the normal's");
    ok(stats_t_pvalue(27, 211) < 1e-60 && stats_t_pvalue(27, 211) > 0, "t(211) = 27: tiny but positive p (%.3g)",
       stats_t_pvalue(27, 211));
    /* I_x(a, 1) = x^a, I_x(1, b) = 1 - (1-x)^b */
    is_close(stats_betainc(2.5, 1, 0.3), pow(0.3, 2.5), 1e-13, "incomplete beta I_x(a, 1) = x^a");
    is_close(stats_betainc(1, 4, 0.8), 1 - pow(0.2, 4), 1e-13, "incomplete beta I_x(1, b) = 1 - (1-x)^b");

    /* Welch, by hand: x = 1..5 (mean 3, var 2.5), y = {2,4,6,8,10,12} (mean 7, var 14).
     * se^2 = 2.5/5 + 14/6 = 17/6; t = -4 / sqrt(17/6);
     * df = (17/6)^2 / ((0.5)^2/4 + (7/3)^2/5) */
    double a[] = {1, 2, 3, 4, 5}, b[] = {2, 4, 6, 8, 10, 12};
    StatsTTest w = stats_welch(a, 5, b, 6);
    double se2 = 17.0 / 6, df = se2 * se2 / (0.25 / 4 + (49.0 / 9) / 5);
    is_close(w.t, -4 / sqrt(se2), 1e-12, "Welch t");
    is_close(w.df, df, 1e-10, "Welch-Satterthwaite df");
    is_close(w.p, stats_t_pvalue(4 / sqrt(se2), df), 1e-14, "Welch p from the t distribution");
    /* Simpson integration of the t density (t = 2.37635, df = 6.97226) gives 0.0492843382 */
    is_close(w.p, 0.0492843382, 1e-9, "Welch p = 0.04928 (t = -2.376, df = 6.97)");

    /* paired: differences {1, 2, 3, 4}: mean 2.5, sd sqrt(5/3), t = 2.5 / (sd / 2), df 3 */
    double px[] = {3, 5, 7, 9}, py[] = {2, 3, 4, 5};
    StatsTTest pt = stats_paired(px, py, 4);
    is_close(pt.t, 2.5 / (sqrt(5.0 / 3) / 2), 1e-12, "paired t");
    is_int((int)pt.df, 3, "paired df = n - 1");
    double same[] = {1, 1, 1};
    is_close(stats_paired(same, same, 3).p, 1, 0, "paired test of identical samples: p = 1");

    /* circular statistics */
    is_close(stats_wrap(3 * M_PI + 0.25), -M_PI + 0.25, 1e-12, "wrap 3 pi + 0.25");
    Rng rng = rng_stream(1, STREAM_OTHER);
    enum { N = 400 };
    double u[N], v[N], z[N];
    for (int i = 0; i < N; i++) {
        u[i] = rng_uniform_range(&rng, -M_PI, M_PI);
        v[i] = stats_wrap(u[i] + 2.0);
        z[i] = rng_uniform_range(&rng, -M_PI, M_PI);
    }
    is_close(stats_circ_corr(u, u, N), 1, 1e-12, "circular correlation of a set with itself is 1");
    is_close(stats_circ_corr(u, v, N), 1, 1e-12, "circular correlation of y = x + 2 (wrapped) is 1");
    double r0 = stats_circ_corr(u, z, N);
    ok(fabs(r0) < 0.15, "independent angles: |r| small (%.4f)", r0);
    double mean_of[] = {M_PI - 0.1, -M_PI + 0.1};
    is_close(fabs(stats_circ_mean(mean_of, 2)), M_PI, 1e-12, "circular mean across the +-pi seam");

    return done_testing();
}
