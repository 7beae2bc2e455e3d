/* realdft — see realdft.h. */
#include "realdft.h"

#include <math.h>
#include <stdlib.h>

#include "util.h"

RealDft realdft_new(int p)
{
    if (p < 3 || p % 2 == 0) die("real DFT basis: p = %d, expected an odd modulus >= 3", p);
    RealDft d = {.p = p, .K = (p - 1) / 2, .B = xmalloc(sizeof(double) * (size_t)p * (size_t)p)};
    double c0 = 1.0 / sqrt((double)p), ck = sqrt(2.0 / (double)p);
    for (int j = 0; j < p; j++) d.B[j] = c0;
    for (int k = 1; k <= d.K; k++)
        for (int j = 0; j < p; j++) {
            /* angle of (k j mod p): never larger than 2 pi */
            double a = 2.0 * M_PI * (double)((long)k * j % p) / (double)p;
            d.B[(size_t)(2 * k - 1) * p + j] = ck * cos(a);
            d.B[(size_t)(2 * k) * p + j] = ck * sin(a);
        }
    return d;
}

void realdft_free(RealDft *d)
{
    free(d->B);
    d->B = NULL;
}

void realdft_decode(const RealDft *d, const double *w, double *coef)
{
    int p = d->p;
    for (int c = 0; c < p; c++) {
        const double *row = d->B + (size_t)c * p;
        double s = 0;
        for (int j = 0; j < p; j++) s += row[j] * w[j];
        coef[c] = s;
    }
}

void realdft_synth(const RealDft *d, const double *coef, double *w)
{
    int p = d->p;
    for (int j = 0; j < p; j++) w[j] = 0;
    for (int c = 0; c < p; c++) {
        const double *row = d->B + (size_t)c * p;
        for (int j = 0; j < p; j++) w[j] += coef[c] * row[j];
    }
}

int realdft_dominant(const RealDft *d, const double *coef)
{
    int best = 0;
    for (int c = 1; c < d->p; c++)
        if (fabs(coef[c]) > fabs(coef[best])) best = c;
    return (best + 1) / 2;
}

double realdft_pair_norm(const double *coef, int k)
{
    return k == 0 ? fabs(coef[0]) : hypot(coef[2 * k - 1], coef[2 * k]);
}

double realdft_magnitude(const RealDft *d, const double *coef, int k)
{
    return sqrt(2.0 / (double)d->p) * realdft_pair_norm(coef, k);
}

double realdft_phase(const double *coef, int k) { return atan2(-coef[2 * k], coef[2 * k - 1]); }

int realdft_fold(int p, long rk)
{
    long f = ((rk % p) + p) % p;
    return (int)(f > p / 2 ? p - f : f);
}

double realdft_ipr(const double *v, int n)
{
    double s2 = 0, s4 = 0;
    for (int i = 0; i < n; i++) {
        double q = v[i] * v[i];
        s2 += q;
        s4 += q * q;
    }
    return s2 > 0 ? s4 / (s2 * s2) : 0;
}

double realdft_pair_ipr(const RealDft *d, const double *coef)
{
    double s2 = 0, s4 = 0;
    for (int k = 0; k <= d->K; k++) {
        double a = realdft_pair_norm(coef, k), q = a * a;
        s2 += q;
        s4 += q * q;
    }
    return s2 > 0 ? s4 / (s2 * s2) : 0;
}

double realdft_wrap(double v)
{
    double m = fmod(v + M_PI, 2.0 * M_PI);
    if (m < 0) m += 2.0 * M_PI;
    return m - M_PI;
}

void realdft_fit_top2(const RealDft *d, const double *w, double *fitted)
{
    int p = d->p;
    double *coef = xmalloc(sizeof(double) * (size_t)p);
    realdft_decode(d, w, coef);
    int first = 0;
    for (int c = 1; c < p; c++)
        if (fabs(coef[c]) > fabs(coef[first])) first = c;
    int second = first == 0 ? 1 : 0;
    for (int c = 0; c < p; c++)
        if (c != first && fabs(coef[c]) > fabs(coef[second])) second = c;
    for (int c = 0; c < p; c++)
        if (c != first && c != second) coef[c] = 0;
    realdft_synth(d, coef, fitted);
    free(coef);
}

RealNeuron realdft_neuron_at(const RealDft *d, const double *coef_in, const double *coef_out, int k)
{
    RealNeuron n = {.k = k};
    if (k < 0 || k > d->K) return n;
    /* (c, s) at coordinates 2k-1 and 2k; at k = 0 (Const dominant) the
     * authors' numpy indexing reads coordinate -1, i.e. the last one
     * (sin K), as c and Const as s: reproduced so that summaries match */
    int ic = k == 0 ? d->p - 1 : 2 * k - 1, is = 2 * k;
    double f = sqrt(2.0 / (double)d->p);
    n.alpha = f * hypot(coef_in[ic], coef_in[is]);
    n.beta = f * hypot(coef_out[ic], coef_out[is]);
    n.phi = atan2(-coef_in[is], coef_in[ic]);
    n.psi = atan2(-coef_out[is], coef_out[ic]);
    return n;
}

RealNeuron realdft_neuron(const RealDft *d, const double *coef_in, const double *coef_out)
{
    return realdft_neuron_at(d, coef_in, coef_out, realdft_dominant(d, coef_in));
}
