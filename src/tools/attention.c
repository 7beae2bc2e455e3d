/* attention — the attention matrices W^KQ of a transformer (transformer.h)
 * in token coordinates and their 2-D Fourier power (Li et al. 2025 Figs 3,
 * 9, 10; experiments/li2025/README.md §5.7).
 *
 *   attention model.npz --heads 4 --seed 0 -o heads.tsv
 *   attention model.npz --summary -o summary.tsv
 *
 * For head h of block --block (default 0): A_h[a, b] = k_a . q_b over the
 * number tokens a, b = 0..p-1 (kq_head_matrix in kqfourier.h: e_n the scaled
 * embedding of number n, k_a = W_K e_a, q_b = W_Q e_b; LayerNorm and biases
 * left out). a indexes the key side, b the query side. The DFT convention:
 * F(j1, j2) = sum_{a,b} A[a,b] e^{-2 pi i (j1 a + j2 b)/p}, P = |F|^2, j1 on
 * a, j2 on b, each folded into -lo..p-1-lo, lo = floor((p-1)/2) (for odd p
 * -(p-1)/2..(p-1)/2, centred).
 * --heads N writes N heads drawn with --seed, each as two gnuplot blocks
 * (two blank lines apart): "a b A" rows (a blank line after each a) and
 * "j1 j2 power" rows normalised to sum 1 (a blank line after each j1).
 * --summary writes one row per head (kq_fit):
 *   top4        share of the non-DC power in the 4 largest bins (the two
 *               +-(j1, j2) pairs of a 2-D cosine)
 *   j1 j2       the strongest non-DC bin, of the conjugate pair +-(j1, j2)
 *               the one with j1 > 0, or j1 = 0 and j2 > 0 (for odd p)
 *   zeta        the frequency 1..floor((p-1)/2) whose bins +-(zeta, zeta)
 *               and +-(zeta, -zeta) hold the most power
 *   sum_share   share of the non-DC power in +-(zeta, zeta) (the a+b cosine)
 *   diff_share  ... in +-(zeta, -zeta) (the a-b cosine)
 *   mean alpha phi beta phi_diff
 *               the least-squares fit A ~ mean + alpha cos(2 pi zeta (a+b)/p
 *               + phi) + beta cos(2 pi zeta (a-b)/p + phi_diff), read off
 *               F(zeta, +-zeta) (the cosines are orthogonal on the grid)
 *   resid       ||A - fit||^2 / ||A - mean||^2 on the grid, which equals
 *               1 - sum_share - diff_share
 * Does not train.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kqfourier.h"
#include "model.h"
#include "npz.h"
#include "opt.h"
#include "rng.h"
#include "transformer.h"
#include "util.h"

int main(int argc, char **argv)
{
    util_init(argv);
    const char *out = "-";
    long heads = 0, seed = 0, summary = 0, block = 0;
    Opt opts[] = {
        {"heads", OPT_INT, &heads, "N", "heat maps of N heads drawn with --seed", 1, 4096},
        {"seed", OPT_INT, &seed, "S", "seed of the draw (default 0)", 0, 9.2e18},
        {"block", OPT_INT, &block, "B", "the block whose heads are read (default 0)", 0, 7},
        {"summary", OPT_FLAG, &summary, NULL, "per head: concentration of the 2-D power and the 2-D cosine fit", NO_RANGE},
        {"output", OPT_STRING, &out, "FILE", "output ('-' = stdout, the default); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"attention MODEL (--heads N [--seed S] | --summary) [--block B] [-o OUT]",
                    "W^KQ of a transformer's heads in token coordinates, A[a, b] (a the key token, b the query token), "
                    "and its 2-D Fourier power P(j1, j2) = |sum_{a,b} A[a,b] exp(-2 pi i (j1 a + j2 b)/p)|^2, j1, j2 "
                    "centred in -(p-1)/2..(p-1)/2 (odd p). --summary, per head: top4 (share of the non-DC power in "
                    "the 4 largest bins), j1 j2 (the strongest bin, j1 > 0 or j1 = 0 < j2), zeta (the frequency "
                    "whose bins +-(zeta, zeta), +-(zeta, -zeta) hold the most power), sum_share and diff_share "
                    "(their shares of the non-DC power), the least-squares fit A ~ mean + alpha cos(2 pi zeta "
                    "(a+b)/p + phi) + beta cos(2 pi zeta (a-b)/p + phi_diff) and its relative residual resid "
                    "= ||A - fit||^2 / ||A - mean||^2.",
                    opts, 1, 1, 2};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (!!heads == !!summary) die_usage("give one of --heads N, --summary");
    TensorList tl = npz_read(pos[0]);
    TfConfig c = tf_config_from_file(&tl, pos[0]);
    if (block >= c.layers) die_usage("--block %ld: the model has %d blocks", block, c.layers);
    if (heads > c.heads) die_usage("--heads %ld: the model has %d heads", heads, c.heads);
    Params P = {0};
    tf_declare(&P, &c);
    params_alloc(&P);
    params_from_tensors(&P, &tl, pos[0]);
    tl_free(&tl);
    int p = c.p, lo = (p - 1) / 2;
    double *A = xmalloc(sizeof(double) * (size_t)p * p), *Pw = xmalloc(sizeof(double) * (size_t)p * p);
    OutFile o = out_open(out);
    if (summary) {
        fprintf(o.fp, "# head\ttop4\tj1\tj2\tzeta\tsum_share\tdiff_share\tmean\talpha\tphi\tbeta\tphi_diff\tresid\n");
        for (int h = 0; h < c.heads; h++) {
            kq_head_matrix(&c, &P, (int)block, h, A);
            KqFit f = kq_fit(p, A);
            fprintf(o.fp, "%d\t%.6f\t%d\t%d\t%d\t%.6f\t%.6f\t%.6g\t%.6g\t%.6f\t%.6g\t%.6f\t%.6f\n", h, f.top4, f.j1, f.j2,
                    f.zeta, f.sum_share, f.diff_share, f.mean, f.alpha, f.phi, f.beta, f.phi_diff, f.resid);
        }
    } else {
        int *order = xmalloc(sizeof(int) * (size_t)c.heads);
        for (int i = 0; i < c.heads; i++) order[i] = i;
        Rng rng = rng_stream((uint64_t)seed, STREAM_OTHER);
        for (int i = 0; i < heads; i++) {
            int j = i + (int)rng_below(&rng, (uint64_t)(c.heads - i)), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int r = 0; r < heads; r++) {
            int h = order[r];
            kq_head_matrix(&c, &P, (int)block, h, A);
            kq_power2d(p, A, Pw);
            double total = 0;
            for (int i = 0; i < p * p; i++) total += Pw[i];
            fprintf(o.fp, "%s# head %d W^KQ in token coordinates\n# a\tb\tA\n", r ? "\n" : "", h);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) fprintf(o.fp, "%d\t%d\t%.6g\n", a, b, A[a * p + b]);
                fputc('\n', o.fp);
            }
            fprintf(o.fp, "\n# head %d 2-D power\n# j1\tj2\tpower\n", h);
            for (int j1 = -lo; j1 <= p - 1 - lo; j1++) {
                for (int j2 = -lo; j2 <= p - 1 - lo; j2++)
                    fprintf(o.fp, "%d\t%d\t%.6g\n", j1, j2, total > 0 ? Pw[(j1 + lo) * p + j2 + lo] / total : 0);
                fputc('\n', o.fp);
            }
        }
        free(order);
    }
    out_commit(&o);
    free(A);
    free(Pw);
    params_free(&P);
    return 0;
}
