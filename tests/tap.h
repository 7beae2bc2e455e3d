/* tap.h — a minimal TAP producer for the C unit tests (run under prove).
 *
 *   plan(3); ok(x == 1, "x is one"); is_int(a, b, "..."); is_close(a, b, tol, "...");
 *   return done_testing();
 *
 * Each check prints "ok N - description" or "not ok N - description" with
 * the expression, file:line and both values as '#' diagnostics.
 */
#ifndef TAP_H
#define TAP_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int tap_planned = -1, tap_run, tap_failed;

static inline void plan(int n)
{
    tap_planned = n;
    printf("1..%d\n", n);
}

static inline void skip_all(const char *why)
{
    printf("1..0 # SKIP %s\n", why);
    exit(0);
}

static inline void diag(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("# ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
}

static inline int tap_result(int pass, const char *expr, const char *file, int line,
                             const char *fmt, va_list ap)
{
    tap_run++;
    if (!pass) tap_failed++;
    printf("%sok %d - ", pass ? "" : "not ", tap_run);
    vprintf(fmt, ap);
    putchar('\n');
    if (!pass) printf("#   failed: %s\n#   at %s:%d\n", expr, file, line);
    fflush(stdout);
    return pass;
}

static inline int tap_ok(int pass, const char *expr, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = tap_result(pass, expr, file, line, fmt, ap);
    va_end(ap);
    return r;
}

static inline int tap_is_int(long got, long want, const char *expr, const char *file, int line,
                             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = tap_result(got == want, expr, file, line, fmt, ap);
    va_end(ap);
    if (!r) printf("#   got: %ld\n#   expected: %ld\n", got, want);
    return r;
}

/* Passes when |got - want| <= tol (tol absolute). NaN never passes. */
static inline int tap_is_close(double got, double want, double tol, const char *expr,
                               const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = tap_result(fabs(got - want) <= tol, expr, file, line, fmt, ap);
    va_end(ap);
    if (!r) printf("#   got: %.10g\n#   expected: %.10g (tolerance %.3g)\n", got, want, tol);
    return r;
}

#define ok(cond, ...) tap_ok(!!(cond), #cond, __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) tap_is_int((long)(got), (long)(want), #got " == " #want, __FILE__, __LINE__, __VA_ARGS__)
#define is_close(got, want, tol, ...) tap_is_close((got), (want), (tol), #got " ~ " #want, __FILE__, __LINE__, __VA_ARGS__)

static inline int done_testing(void)
{
    if (tap_planned < 0) printf("1..%d\n", tap_run);
    else if (tap_run != tap_planned) printf("# planned %d tests but ran %d\n", tap_planned, tap_run);
    return tap_failed || (tap_planned >= 0 && tap_run != tap_planned) ? 1 : 0;
}

#endif
