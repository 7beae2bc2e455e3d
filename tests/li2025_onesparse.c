/* li2025_onesparse — the one-sparse measures of onesparse.h and bin/sparsity
 * against a network whose measures are known in closed form: p = 11, k = 3,
 * n = 10 neurons, of which ONE = 4 are pure cosines (every vector at the
 * neuron's frequency, power 1) of norm A = 3 and the other 6 spread evenly
 * over frequencies 1, 2, 3 (power 1/3) of norm B = 0.5. Then
 *   share       ONE / n                                   = 0.4
 *   sq_share    ONE A^2 / (ONE A^2 + (n - ONE) B^2)
 *   norm_share  ONE A^4 / (ONE A^4 + (n - ONE) B^4)       (k + 1 = 4)
 *   active      n at active fraction 0.15 (B / A = 1/6 >= 0.15), share 0.4;
 *               ONE at 0.3, share 1.
 * The same network as a model file, through bin/sparsity --summary,
 * --hist and the neuron table (run from the repository root after make all). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "npz.h"
#include "onesparse.h"
#include "tap.h"

#define P 11
#define K 3
#define N 10
#define ONE 4
#define A 3.0
#define B 0.5

static double U[N * K * P], W[P * N]; /* (N, K*P), (P, N) */

/* vector j of neuron i, norm r / sqrt(K + 1) so that the neuron's norm is r */
static void fill(int i, int j, double r)
{
    double x[P], s = 0;
    for (int a = 0; a < P; a++) {
        if (i < ONE) x[a] = cos(2 * M_PI * (1 + i) * a / P + 0.3 * j + 0.1 * i);
        else x[a] = cos(2 * M_PI * a / P + j) + cos(4 * M_PI * a / P + 0.5 * i) + cos(6 * M_PI * a / P + 1.7);
        s += x[a] * x[a];
    }
    for (int a = 0; a < P; a++) {
        double v = x[a] * r / sqrt((K + 1) * s);
        if (j < K) U[i * K * P + j * P + a] = v;
        else W[a * N + i] = v;
    }
}

static double want_sq(void) { return ONE * A * A / (ONE * A * A + (N - ONE) * B * B); }
static double want_pow(void) { return ONE * pow(A, 4) / (ONE * pow(A, 4) + (N - ONE) * pow(B, 4)); }

/* the value of KEY in a key/value summary, NAN when absent */
static double kv(const char *text, const char *key)
{
    size_t n = strlen(key);
    for (const char *s = text; s && *s; s = strchr(s, '\n') ? strchr(s, '\n') + 1 : NULL)
        if (!strncmp(s, key, n) && s[n] == '\t') return atof(s + n + 1);
    return NAN;
}

/* stdout of a command, NULL when it fails */
static char *run(const char *cmd)
{
    fflush(stdout);
    FILE *fp = popen(cmd, "r");
    if (!fp) return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    len = fread(buf, 1, cap - 1, fp);
    buf[len] = 0;
    if (pclose(fp) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static void write_model(const char *path)
{
    TensorList tl = {0};
    float u[N * K * P], w[P * N];
    for (int c = 0; c < N * K * P; c++) u[c] = (float)U[c];
    for (int c = 0; c < P * N; c++) w[c] = (float)W[c];
    tl_add(&tl, "W_in", DT_F32, 2, (int64_t[]){N, K * P}, u);
    tl_add(&tl, "W_out", DT_F32, 2, (int64_t[]){P, N}, w);
    const char *meta[][2] = {{"family", "mlp"}, {"p", "11"}, {"k", "3"}, {"hidden", "10"}, {"bias", "0"},
                             {"shared", "0"}, {"act", "pow:3"}, {"step", "0"}};
    for (int i = 0; i < 8; i++) tl_meta_set(&tl, meta[i][0], meta[i][1]);
    npz_write(path, &tl);
    tl_free(&tl);
}

static void test_tool(void)
{
    char dir[] = "/tmp/li2025_onesparse.XXXXXX";
    if (!mkdtemp(dir)) {
        ok(0, "a scratch directory");
        return;
    }
    char path[64], cmd[256];
    snprintf(path, sizeof path, "%s/model.npz", dir);
    write_model(path);
    snprintf(cmd, sizeof cmd, "bin/sparsity %s --summary --active-frac 0.3", path);
    char *s = run(cmd);
    ok(s != NULL, "bin/sparsity --summary runs on the model file");
    is_close(kv(s ? s : "", "power_gt_095"), 0.4, 1e-6, "tool: power_gt_095 = 4/10");
    is_close(kv(s ? s : "", "sq_share_gt_095"), want_sq(), 1e-5, "tool: sq_share_gt_095");
    is_close(kv(s ? s : "", "norm_share_gt_095"), want_pow(), 1e-5, "tool: norm_share_gt_095");
    is_close(kv(s ? s : "", "active_frac"), 0.3, 1e-12, "tool: active_frac printed");
    is_close(kv(s ? s : "", "active"), ONE, 0, "tool: 4 active neurons at 0.3");
    is_close(kv(s ? s : "", "active_gt_095"), 1, 1e-6, "tool: all of them one-sparse");
    free(s);
    snprintf(cmd, sizeof cmd, "bin/sparsity %s --summary", path);
    s = run(cmd);
    is_close(kv(s ? s : "", "active"), N, 0, "tool, default fraction 0.1: every neuron active");
    is_close(kv(s ? s : "", "active_gt_095"), 0.4, 1e-6, "... 4 of 10 one-sparse");
    free(s);
    /* neuron table: norm_sq and norm_pow are its last two columns */
    snprintf(cmd, sizeof cmd, "bin/sparsity %s | awk -F'\\t' '!/^#/ { s += $9; q += $10 } END { printf \"%%.9g %%.9g\", s, q }'", path);
    s = run(cmd);
    double sq = NAN, pw = NAN;
    if (s) sscanf(s, "%lf %lf", &sq, &pw);
    is_close(sq, ONE * A * A + (N - ONE) * B * B, 1e-5, "tool: neuron table, sum of norm_sq");
    is_close(pw, ONE * pow(A, 4) + (N - ONE) * pow(B, 4), 1e-4, "tool: neuron table, sum of norm_pow");
    free(s);
    /* histogram over 10 bins: power 1/3 in bin 3, power 1 in bin 9 */
    snprintf(cmd, sizeof cmd, "bin/sparsity %s --hist 10 | awk -F'\\t' '$1 == 0.9 { printf \"%%s %%s %%s\", $3, $4, $5 }'", path);
    s = run(cmd);
    double h[3] = {NAN, NAN, NAN};
    if (s) sscanf(s, "%lf %lf %lf", &h[0], &h[1], &h[2]);
    is_close(h[0], 0.4, 1e-6, "tool --hist: the top bin holds 4/10 of the neurons");
    is_close(h[1], want_sq(), 1e-5, "... the sq_share of the squared norm");
    is_close(h[2], want_pow(), 1e-5, "... the norm_share of the (k+1)-th powers");
    free(s);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    plan(28);
    for (int i = 0; i < N; i++)
        for (int j = 0; j <= K; j++) fill(i, j, i < ONE ? A : B);
    KNet net = {P, K, N, U, W};
    FourierTable t = fourier_table(P);
    double power[N], norm_sq[N], x[P];
    for (int i = 0; i < N; i++) {
        onesparse_vector(&net, i, 0, x);
        int f;
        power[i] = onesparse_power(&t, x, &f);
        norm_sq[i] = onesparse_norm_sq(&net, i);
        if (i == 0 || i == ONE) {
            is_close(power[i], i < ONE ? 1 : 1.0 / 3, 1e-12, "neuron %d: power %s", i, i < ONE ? "1" : "1/3");
            is_int(f, 1, "neuron %d: frequency 1", i);
        }
    }
    is_close(norm_sq[0], A * A, 1e-12, "one-sparse neuron: n^2 = A^2");
    is_close(norm_sq[N - 1], B * B, 1e-12, "spread neuron: n^2 = B^2");
    double total = 0;
    for (int i = 0; i < N; i++) total += pow(norm_sq[i], (K + 1) / 2.0);
    is_close(total, mm_norm_pow(&net), 1e-12, "sum of n_i^{k+1} is maxmargin's ||theta||_{2,k+1}^{k+1}");

    OneSparse s = onesparse_measures(N, K, power, norm_sq, ONESPARSE_LEVEL, 0.15);
    is_close(s.share, 0.4, 1e-12, "literal share 4/10");
    is_close(s.sq_share, want_sq(), 1e-12, "sq_share = 4A^2 / (4A^2 + 6B^2) = %.6f", want_sq());
    is_close(s.norm_share, want_pow(), 1e-12, "norm_share = 4A^4 / (4A^4 + 6B^4) = %.6f", want_pow());
    is_int(s.active, N, "active fraction 0.15: B/A = 1/6, every neuron active");
    is_close(s.active_share, 0.4, 1e-12, "... active share 4/10");
    s = onesparse_measures(N, K, power, norm_sq, ONESPARSE_LEVEL, 0.3);
    is_int(s.active, ONE, "active fraction 0.3: the 4 cosines only");
    is_close(s.active_share, 1, 1e-12, "... active share 1");

    test_tool();
    fourier_table_free(&t);
    return done_testing();
}
