/* onesparse — see onesparse.h. */
#include "onesparse.h"

#include <math.h>

double onesparse_power_dft(int p, const double *re, const double *im, int *freq)
{
    int half = (p - 1) / 2, arg = 0;
    double total = 0, best = -1;
    for (int j = 0; j <= half; j++) {
        double P = re[j] * re[j] + im[j] * im[j];
        total += P;
        if (P > best * (1 + 1e-12)) best = P, arg = j;
    }
    if (freq) *freq = arg;
    return total > 0 ? best / total : 0;
}

double onesparse_power(const FourierTable *t, const double *x, int *freq)
{
    double re[1024], im[1024];
    fourier_dft(t, x, re, im);
    return onesparse_power_dft(t->p, re, im, freq);
}

void onesparse_vector(const KNet *net, int i, int j, double *x)
{
    int p = net->p, k = net->k;
    for (int a = 0; a < p; a++) x[a] = j < k ? net->U[(int64_t)i * k * p + (int64_t)j * p + a] : net->W[(int64_t)a * net->m + i];
}

double onesparse_norm_sq(const KNet *net, int i)
{
    double x[1024], s = 0;
    for (int j = 0; j <= net->k; j++) {
        onesparse_vector(net, i, j, x);
        for (int a = 0; a < net->p; a++) s += x[a] * x[a];
    }
    return s;
}

double onesparse_norm_pow(double norm_sq, int k) { return pow(norm_sq, (k + 1) / 2.0); }

OneSparse onesparse_measures(int m, int k, const double *power, const double *norm_sq, double level, double active_frac)
{
    OneSparse s = {m, 0, 0, 0, 0, 0};
    double above = 0, sq_all = 0, sq_above = 0, pw_all = 0, pw_above = 0, max_sq = 0, active_above = 0;
    for (int i = 0; i < m; i++) {
        double w = onesparse_norm_pow(norm_sq[i], k);
        int up = power[i] > level;
        above += up;
        sq_all += norm_sq[i];
        pw_all += w;
        if (up) sq_above += norm_sq[i], pw_above += w;
        if (norm_sq[i] > max_sq) max_sq = norm_sq[i];
    }
    /* n_i >= f max n_j, compared on squares */
    double bar = active_frac * active_frac * max_sq;
    for (int i = 0; i < m; i++)
        if (norm_sq[i] >= bar && max_sq > 0) s.active++, active_above += power[i] > level;
    s.share = m > 0 ? above / m : 0;
    s.sq_share = sq_all > 0 ? sq_above / sq_all : 0;
    s.norm_share = pw_all > 0 ? pw_above / pw_all : 0;
    s.active_share = s.active > 0 ? active_above / s.active : 0;
    return s;
}

void onesparse_hist(int m, int k, const double *power, const double *norm_sq, int nbins, double *count, double *sq, double *pow_k)
{
    double sq_all = 0, pw_all = 0;
    for (int b = 0; b < nbins; b++) count[b] = sq[b] = pow_k[b] = 0;
    for (int i = 0; i < m; i++) {
        int b = (int)floor(power[i] * nbins);
        b = b < 0 ? 0 : b >= nbins ? nbins - 1 : b;
        double w = onesparse_norm_pow(norm_sq[i], k);
        count[b] += 1;
        sq[b] += norm_sq[i];
        pow_k[b] += w;
        sq_all += norm_sq[i];
        pw_all += w;
    }
    for (int b = 0; b < nbins; b++) {
        count[b] = m > 0 ? count[b] / m : 0;
        sq[b] = sq_all > 0 ? sq[b] / sq_all : 0;
        pow_k[b] = pw_all > 0 ? pow_k[b] / pw_all : 0;
    }
}
