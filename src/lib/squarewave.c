/* squarewave — see squarewave.h. */
#include "squarewave.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "stats.h"
#include "util.h"

double squarewave_sign(double x) { return (x > 0) - (x < 0); }

double squarewave_wave(WaveShape shape, double theta)
{
    double c = cos(theta);
    return shape == WAVE_SQUARE ? squarewave_sign(c) : c;
}

double squarewave_angle(int p, long nu, long j, double phi)
{
    long m = ((nu % p + p) % p) * ((j % p + p) % p) % p; /* (nu j) mod p, < p^2 < 2^32 */
    return 2.0 * M_PI * (double)m / p - phi;
}

SquareWave squarewave_fit(const double *w, int p, int freq, double phase)
{
    SquareWave s = {.p = p, .freq = freq, .phase = phase};
    double *pos = xmalloc(sizeof(double) * (size_t)p), *neg = xmalloc(sizeof(double) * (size_t)p);
    int npos = 0, nneg = 0;
    for (int j = 0; j < p; j++) {
        if (cos(squarewave_angle(p, freq, j, phase)) > 0) pos[npos++] = w[j];
        else neg[nneg++] = w[j];
    }
    if (npos && nneg) {
        s.upper = stats_median(pos, npos);
        s.lower = stats_median(neg, nneg);
    } else s.upper = s.lower = stats_median(w, p);
    free(pos);
    free(neg);
    return s;
}

static double omega_of(const SquareWave *s) { return 2.0 * M_PI * s->freq / s->p; }

double squarewave_square_at(const SquareWave *s, double x)
{
    return cos(omega_of(s) * x - s->phase) > 0 ? s->upper : s->lower;
}

double squarewave_cosine_at(const SquareWave *s, double x)
{
    return 0.5 * (s->upper + s->lower) + 0.5 * (s->upper - s->lower) * cos(omega_of(s) * x - s->phase);
}

static double clampd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

/* Distance from (j, w) to the exact square-wave curve: flat runs at U or L
 * between the sign changes x_n = (phase + pi/2 + n pi) / omega, and vertical
 * edges spanning [min(U,L), max(U,L)] at each x_n. Searches x in j +- d0. */
static double dist_square_point(const SquareWave *s, int j, double w)
{
    double level_j = cos(squarewave_angle(s->p, s->freq, j, s->phase)) > 0 ? s->upper : s->lower;
    double best = fabs(w - level_j);
    double lo = fmax(0, j - best), hi = fmin(s->p - 1, j + best);
    double omega = omega_of(s), ylo = fmin(s->upper, s->lower), yhi = fmax(s->upper, s->lower);
    long n0 = 1, n1 = 0; /* crossings x_n in [lo, hi] for n = n0..n1 */
    if (omega > 0) {
        n0 = (long)ceil((omega * lo - s->phase - M_PI / 2) / M_PI);
        n1 = (long)floor((omega * hi - s->phase - M_PI / 2) / M_PI);
    }
    double a = lo;
    for (long n = n0; n <= n1 + 1; n++) {
        int edge = n <= n1;
        double b = edge ? clampd((s->phase + M_PI / 2 + n * M_PI) / omega, a, hi) : hi;
        /* flat run [a, b], its level read at the midpoint */
        double level = cos(omega * 0.5 * (a + b) - s->phase) > 0 ? s->upper : s->lower;
        best = fmin(best, hypot(clampd(j, a, b) - j, w - level));
        if (edge) best = fmin(best, hypot(b - j, w - clampd(w, ylo, yhi)));
        a = b;
    }
    return best;
}

/* Distance from (px, py) to the segment (ax, ay)-(bx, by). */
static double dist_segment(double px, double py, double ax, double ay, double bx, double by)
{
    double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? clampd(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;
    return hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/* Distance from (j, w) to the cosine's polyline through x_m = m / SAMPLES,
 * m = 0..(p-1)*SAMPLES, walking outwards from x = j in both directions and
 * stopping once a segment's nearest x lies farther from j than the best
 * distance so far. */
static double dist_cosine_point(const SquareWave *s, int j, double w)
{
    const long S = SQUAREWAVE_SAMPLES_PER_UNIT, m0 = (long)j * S, mmax = (long)(s->p - 1) * S;
    double y0 = squarewave_cosine_at(s, j), best = fabs(w - y0);
    for (int dir = -1; dir <= 1; dir += 2) {
        double xa = j, ya = y0;
        for (long step = 1;; step++) {
            long m = m0 + dir * step;
            if (m < 0 || m > mmax || (double)(step - 1) / S > best) break;
            double xb = (double)m / S, yb = squarewave_cosine_at(s, xb);
            best = fmin(best, dist_segment(j, w, xa, ya, xb, yb));
            xa = xb;
            ya = yb;
        }
    }
    return best;
}

double squarewave_dist(const SquareWave *s, const double *w, WaveShape shape)
{
    double sum = 0;
    for (int j = 0; j < s->p; j++)
        sum += shape == WAVE_SQUARE ? dist_square_point(s, j, w[j]) : dist_cosine_point(s, j, w[j]);
    return sum / s->p;
}

void squarewave_neuron_weights(const Params *P, const MlpConfig *cfg, int i, double *w_a, double *w_b,
                               double *w_out)
{
    int p = cfg->p, H = cfg->hidden, ncol = mlp_in_cols(cfg);
    if (w_b && !cfg->shared && cfg->k < 2) die("squarewave_neuron_weights: the model has one input, no W_b");
    const float *row = params_get(P, "W_in") + (size_t)i * ncol;
    const float *row_b = cfg->shared ? row : row + p;
    const float *W_out = params_get(P, "W_out");
    for (int j = 0; j < p; j++) {
        if (w_a) w_a[j] = row[j];
        if (w_b) w_b[j] = row_b[j];
        if (w_out) w_out[j] = W_out[(size_t)j * H + i];
    }
}

/* ------------------------------------------------------ idealised networks */

static const char *setting_names[IDEAL_NSETTINGS] = {"cos_cos", "sq_cos", "sq_sq"};

const char *squarewave_setting_name(IdealSetting s) { return setting_names[s]; }

int squarewave_setting_parse(const char *name, IdealSetting *s)
{
    for (int i = 0; i < IDEAL_NSETTINGS; i++)
        if (strcmp(name, setting_names[i]) == 0) {
            *s = (IdealSetting)i;
            return 1;
        }
    return 0;
}

void squarewave_setting_waves(IdealSetting s, WaveShape *f, WaveShape *g)
{
    *f = s == IDEAL_COS_COS ? WAVE_COS : WAVE_SQUARE;
    *g = s == IDEAL_SQ_SQ ? WAVE_SQUARE : WAVE_COS;
}

static const char *reading_names[] = {"at-nu", "own-bin"};

const char *squarewave_reading_name(PhaseReading r) { return reading_names[r]; }

int squarewave_reading_parse(const char *name, PhaseReading *r)
{
    for (int i = 0; i < 2; i++)
        if (strcmp(name, reading_names[i]) == 0) {
            *r = (PhaseReading)i;
            return 1;
        }
    return 0;
}

IdealNeuron squarewave_extract_neuron(const FourierTable *t, const double *w_a, const double *w_b,
                                      const double *w_out, PhaseReading r, int amplitude)
{
    FourierPeak a = fourier_peak(t, w_a);
    int kb = r == PHASES_AT_NU ? a.freq : fourier_peak(t, w_b).freq;
    int ko = r == PHASES_AT_NU ? a.freq : fourier_peak(t, w_out).freq;
    IdealNeuron n = {.freq = a.freq, .phase_a = a.phase, .phase_b = fourier_phase_at(t, w_b, kb),
                     .phase_out = fourier_phase_at(t, w_out, ko), .amp_a = 1, .amp_b = 1, .amp_out = 1};
    if (amplitude) {
        n.amp_a = a.amp;
        n.amp_b = fourier_amp_at(t, w_b, kb);
        n.amp_out = fourier_amp_at(t, w_out, ko);
    }
    return n;
}

void squarewave_ideal_mlp(Params *P, const MlpConfig *cfg, const IdealNeuron *n, IdealSetting setting)
{
    if (cfg->k != 2 || cfg->shared) die("squarewave_ideal_mlp: needs two per-position inputs");
    int H = cfg->hidden, p = cfg->p;
    WaveShape f, g;
    squarewave_setting_waves(setting, &f, &g);
    float *W_in = params_get(P, "W_in");   /* (H, 2p): row i = [W_a | W_b] */
    float *W_out = params_get(P, "W_out"); /* (p, H): column i = W_out^(i) */
    for (int i = 0; i < H; i++) {
        const IdealNeuron *u = &n[i];
        float *w_a = W_in + (size_t)i * 2 * p, *w_b = w_a + p;
        for (int j = 0; j < p; j++) {
            w_a[j] = (float)(u->amp_a * squarewave_wave(f, squarewave_angle(p, u->freq, j, u->phase_a)));
            w_b[j] = (float)(u->amp_b * squarewave_wave(f, squarewave_angle(p, u->freq, j, u->phase_b)));
            W_out[(size_t)j * H + i] = (float)(u->amp_out * squarewave_wave(g, squarewave_angle(p, u->freq, j, u->phase_out)));
        }
    }
    if (cfg->bias) {
        memset(params_get(P, "b_in"), 0, sizeof(float) * (size_t)H);
        memset(params_get(P, "b_out"), 0, sizeof(float) * (size_t)p);
    }
}

void squarewave_construct_accuracy(int p, int width, uint64_t seed, long index, double acc[IDEAL_NSETTINGS])
{
    MlpConfig cfg = {.p = p, .k = 2, .hidden = width, .act = {ACT_RELU, 1}};
    Rng rng = rng_stream(seed, ((uint64_t)width << 32) | ((uint64_t)index << 8) | STREAM_PHASE);
    IdealNeuron *n = xmalloc(sizeof *n * (size_t)width);
    for (int i = 0; i < width; i++) {
        double a = rng_uniform_range(&rng, -M_PI, M_PI), b = rng_uniform_range(&rng, -M_PI, M_PI);
        n[i] = (IdealNeuron){.freq = i, .phase_a = a, .phase_b = b, .phase_out = a + b,
                             .amp_a = 1, .amp_b = 1, .amp_out = 1};
    }
    /* every pair (a, b): tokens tok[2n] = a, tok[2n+1] = b for n = a p + b, label (a + b) mod p */
    int64_t npairs = (int64_t)p * p;
    int32_t *tok = xmalloc(sizeof(int32_t) * 2 * (size_t)npairs), *label = xmalloc(sizeof(int32_t) * (size_t)npairs);
    for (int a = 0; a < p; a++)
        for (int b = 0; b < p; b++) {
            int64_t k = (int64_t)a * p + b;
            tok[2 * k] = a;
            tok[2 * k + 1] = b;
            label[k] = (a + b) % p;
        }
    Params P = {0};
    mlp_declare(&P, &cfg);
    params_alloc(&P);
    MlpWork work = mlp_work_new(&cfg, 2048);
    for (int s = 0; s < IDEAL_NSETTINGS; s++) {
        double loss;
        squarewave_ideal_mlp(&P, &cfg, n, (IdealSetting)s);
        mlp_evaluate(&work, &cfg, &P, tok, label, npairs, &loss, &acc[s]);
    }
    mlp_work_free(&work);
    params_free(&P);
    free(tok);
    free(label);
    free(n);
}
