/* stats — see stats.h. */
#include "stats.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

double stats_mean(const double *x, int n)
{
    if (n < 1) return NAN;
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i];
    return s / n;
}

double stats_sd(const double *x, int n)
{
    if (n < 2) return NAN;
    double m = stats_mean(x, n), s = 0;
    for (int i = 0; i < n; i++) s += (x[i] - m) * (x[i] - m);
    return sqrt(s / (n - 1));
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double stats_median(const double *x, int n)
{
    if (n < 1) return NAN;
    double *c = xmalloc(sizeof(double) * (size_t)n);
    memcpy(c, x, sizeof(double) * (size_t)n);
    qsort(c, (size_t)n, sizeof(double), cmp_double);
    double m = n % 2 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    free(c);
    return m;
}

/* Continued fraction of I_x(a, b) (Numerical Recipes §6.4, modified Lentz);
 * converges quickly for x < (a + 1) / (a + b + 2). */
static double betacf(double a, double b, double x)
{
    const double tiny = 1e-300;
    double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1, d = 1 - qab * x / qap;
    if (fabs(d) < tiny) d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 10000; m++) {
        int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1 + aa / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1 + aa / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (fabs(del - 1) < 4 * DBL_EPSILON) break;
    }
    return h;
}

double stats_betainc(double a, double b, double x)
{
    if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1)) return NAN;
    if (x == 0 || x == 1) return x;
    /* front factor x^a (1-x)^b / B(a, b), in logs */
    double lbt = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x);
    if (x < (a + 1) / (a + b + 2)) return exp(lbt) * betacf(a, b, x) / a;
    return 1 - exp(lbt) * betacf(b, a, 1 - x) / b;
}

double stats_t_pvalue(double t, double df)
{
    if (isnan(t) || !(df > 0)) return NAN;
    if (isinf(t)) return 0;
    /* P(|T| >= |t|) = I_{df / (df + t^2)}(df/2, 1/2) */
    return stats_betainc(0.5 * df, 0.5, df / (df + t * t));
}

double stats_t_cdf(double t, double df)
{
    double tail = 0.5 * stats_t_pvalue(t, df);
    return t > 0 ? 1 - tail : tail;
}

/* t = diff / se, with the zero-variance rule of stats.h. */
static StatsTTest t_result(double diff, double se, double df)
{
    StatsTTest r = {.df = df};
    if (se > 0) r.t = diff / se;
    else r.t = diff == 0 ? 0 : copysign(INFINITY, diff);
    r.p = se > 0 || diff != 0 ? stats_t_pvalue(r.t, df) : 1;
    return r;
}

StatsTTest stats_welch(const double *x, int nx, const double *y, int ny)
{
    if (nx < 2 || ny < 2) return (StatsTTest){NAN, NAN, NAN};
    double vx = pow(stats_sd(x, nx), 2) / nx, vy = pow(stats_sd(y, ny), 2) / ny;
    double se2 = vx + vy;
    double df = se2 > 0 ? se2 * se2 / (vx * vx / (nx - 1) + vy * vy / (ny - 1)) : nx + ny - 2;
    return t_result(stats_mean(x, nx) - stats_mean(y, ny), sqrt(se2), df);
}

StatsTTest stats_paired(const double *x, const double *y, int n)
{
    if (n < 2) return (StatsTTest){NAN, NAN, NAN};
    double *d = xmalloc(sizeof(double) * (size_t)n);
    for (int i = 0; i < n; i++) d[i] = x[i] - y[i];
    StatsTTest r = t_result(stats_mean(d, n), stats_sd(d, n) / sqrt(n), n - 1);
    free(d);
    return r;
}

double stats_wrap(double a)
{
    double w = a - 2 * M_PI * floor((a + M_PI) / (2 * M_PI));
    return w >= M_PI ? w - 2 * M_PI : w; /* guard the rounding at the upper edge */
}

double stats_circ_mean(const double *a, int n)
{
    double s = 0, c = 0;
    for (int i = 0; i < n; i++) {
        s += sin(a[i]);
        c += cos(a[i]);
    }
    return atan2(s, c);
}

double stats_circ_corr(const double *x, const double *y, int n)
{
    if (n < 1) return NAN;
    double mx = stats_circ_mean(x, n), my = stats_circ_mean(y, n);
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < n; i++) {
        double sx = sin(x[i] - mx), sy = sin(y[i] - my);
        sxy += sx * sy;
        sxx += sx * sx;
        syy += sy * sy;
    }
    return sxx > 0 && syy > 0 ? sxy / sqrt(sxx * syy) : NAN;
}
