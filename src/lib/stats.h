/* stats — descriptive statistics, t-tests and circular statistics in double.
 *
 * The t distribution's CDF comes from the regularized incomplete beta
 * function (continued fraction, modified Lentz), accurate to ~1e-12 over the
 * ranges used here; no external library. Angles are radians.
 * Empty or too-short inputs give NaN rather than dying, so a table row with
 * too few neurons prints "nan" instead of stopping a pipeline.
 */
#ifndef STATS_H
#define STATS_H

double stats_mean(const double *x, int n);
double stats_sd(const double *x, int n);     /* sample SD, divisor n-1 */
double stats_median(const double *x, int n); /* sorts a copy; mean of the middle two for even n */

/* Regularized incomplete beta I_x(a, b), a, b > 0, 0 <= x <= 1. */
double stats_betainc(double a, double b, double x);
/* Student t with df degrees of freedom (df > 0, not necessarily integer). */
double stats_t_cdf(double t, double df);
double stats_t_pvalue(double t, double df); /* two-sided: P(|T| >= |t|) */

typedef struct {
    double t, df, p; /* statistic, degrees of freedom, two-sided p-value */
} StatsTTest;

/* Welch's unequal-variance two-sample test of mean(x) - mean(y), with the
 * Welch–Satterthwaite degrees of freedom. When both variances are zero the
 * statistic is +-inf (p = 0) for different means and 0 (p = 1) for equal ones. */
StatsTTest stats_welch(const double *x, int nx, const double *y, int ny);
/* Paired test of the differences x[i] - y[i], df = n - 1 (same zero-variance rule). */
StatsTTest stats_paired(const double *x, const double *y, int n);

/* Angle wrapped into [-pi, pi). */
double stats_wrap(double a);
/* Circular mean atan2(sum sin, sum cos). */
double stats_circ_mean(const double *a, int n);
/* Jammalamadaka–SenGupta circular correlation:
 *   r = sum sin(x - xbar) sin(y - ybar) / sqrt(sum sin^2(x - xbar) sum sin^2(y - ybar)),
 * xbar, ybar circular means; NaN when a denominator term is zero. */
double stats_circ_corr(const double *x, const double *y, int n);

#endif
