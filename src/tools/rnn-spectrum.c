/* rnn-spectrum — the Fourier structure of an RNN trained on modular
 * addition (experiments/rangamani2025/README.md §5.1, 5.4, 5.5). A tool of its
 * own because spectrum reads the MLP's per-neuron weights; an RNN's token
 * axes are its embedding, its per-token tables and its readout.
 *
 *   rnn-spectrum model.npz -o energies.tsv          (default: --energies)
 *   rnn-spectrum model.npz --keys -o keys.tsv
 *   rnn-spectrum model.npz --neurons -o neurons.tsv
 *   rnn-spectrum model.npz --fm -o fm.tsv
 *   rnn-spectrum model.npz --fm-grid 1 -o grid.tsv
 *
 * Token-axis matrices (rnnfreq.h): E (d, p), A = W_ih E (H, p, no bias),
 * h1 = act(A + b_ih + b_hh) (H, p, over a), G = W_hh h1 (H, p, over a),
 * W_out (p, H; its class axis).
 * --energies: one row per frequency k = 0..K, each matrix's share e_k / sum e.
 * --keys: the key set K of the reference matrix (--key-ref, default E):
 *   frequencies whose share of the non-constant energy exceeds --key-mult
 *   times the uniform level 1/K, by falling energy. One row per matrix:
 *   its own key set by the same rule, whether it equals K, and the share of
 *   its energy in K (key_share: of all energy; key_share_nc: of the
 *   non-constant energy).
 * --neurons: per hidden neuron, the frequency that explains most of the 2-D
 *   DFT energy of h2(a, b) (all pairs), and that fraction (FVE).
 * --fm: per frequency k = 1..K, whether it is a key, W_out's share, and the
 *   Fourier-multiplication fit (rnnfreq.h): relative squared errors of z^c
 *   and z^s, their square roots, and the fitted alpha, beta.
 * --fm-grid N: for the N-th key (1 = most energetic), two p x p blocks
 *   (gnuplot `matrix`, separated by two blank lines): z^c(a, b) (row a,
 *   column b) and its fit alpha cos + beta sin + gamma; a first line
 *   "# k K" names the frequency.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "opt.h"
#include "realdft.h"
#include "rnn.h"
#include "rnnfreq.h"
#include "util.h"

enum { MAT_E, MAT_A, MAT_H1, MAT_G, MAT_WOUT, NMAT };
static const char *mat_name[NMAT] = {"E", "A", "h1", "G", "W_out"};

/* e[m] (K+1 values each) for the five token-axis matrices */
static void energies(const RealDft *d, const RnnConfig *cfg, const Params *P, const RfTables *t, double **e)
{
    int p = cfg->p, H = cfg->hidden;
    rf_energy_f32(d, params_get(P, "E"), cfg->embed, p, 1, e[MAT_E]);
    rf_energy(d, t->A, H, p, 1, e[MAT_A]);
    rf_energy(d, t->h1, H, p, 1, e[MAT_H1]);
    rf_energy(d, t->G, H, p, 1, e[MAT_G]);
    rf_energy_f32(d, params_get(P, "W_out"), H, 1, H, e[MAT_WOUT]);
}

static double sum(const double *e, int lo, int hi)
{
    double s = 0;
    for (int k = lo; k <= hi; k++) s += e[k];
    return s;
}

static void write_keylist(FILE *fp, const int *keys, int n)
{
    if (!n) fputc('-', fp);
    for (int i = 0; i < n; i++) fprintf(fp, "%s%d", i ? "," : "", keys[i]);
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *out = "-", *key_ref = "E";
    long keys_mode = 0, neurons_mode = 0, fm_mode = 0, grid = 0, energies_mode = 0;
    double mult = 3;
    Opt opts[] = {
        {"energies", OPT_FLAG, &energies_mode, NULL, "frequency shares of every token-axis matrix (default)", NO_RANGE},
        {"keys", OPT_FLAG, &keys_mode, NULL, "key frequencies and their energy share per matrix", NO_RANGE},
        {"neurons", OPT_FLAG, &neurons_mode, NULL, "best frequency and FVE of every hidden neuron", NO_RANGE},
        {"fm", OPT_FLAG, &fm_mode, NULL, "Fourier-multiplication fit of the final layer at every frequency", NO_RANGE},
        {"fm-grid", OPT_INT, &grid, "N", "z^c(a, b) and its fit at the N-th key frequency", 1, 1000},
        {"key-ref", OPT_STRING, &key_ref, "M", "matrix whose spectrum selects the keys: E | A | h1 | G | W_out (default E)", NO_RANGE},
        {"key-mult", OPT_DOUBLE, &mult, "X", "a key holds more than X/K of the non-constant energy (default 3)", 0, 1e6},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"rnn-spectrum MODEL [--energies | --keys | --neurons | --fm | --fm-grid N] [-o OUT]",
                    "Fourier spectra, key frequencies, neuron attribution and the Fourier-multiplication fit "
                    "of an RNN model (MODEL is a path or '-').",
                    opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (energies_mode + keys_mode + neurons_mode + fm_mode + (grid > 0) > 1)
        die_usage("--energies, --keys, --neurons, --fm and --fm-grid exclude each other");
    int ref = -1;
    for (int m = 0; m < NMAT; m++)
        if (strcmp(key_ref, mat_name[m]) == 0) ref = m;
    if (ref < 0) die_usage("--key-ref: '%s' is not E, A, h1, G or W_out", key_ref);

    RnnConfig cfg;
    Params P;
    rf_load_rnn(pos[0], &cfg, &P);
    if (cfg.p % 2 == 0 || cfg.p < 3) die("%s: p = %d; the Fourier analyses need an odd p >= 3", pos[0], cfg.p);
    int p = cfg.p, H = cfg.hidden;
    RealDft d = realdft_new(p);
    int K = d.K;
    RfTables t = rf_tables(&cfg, &P);
    double *e[NMAT];
    for (int m = 0; m < NMAT; m++) e[m] = xmalloc(sizeof(double) * (size_t)(K + 1));
    energies(&d, &cfg, &P, &t, e);
    int *keys = xmalloc(sizeof(int) * (size_t)K), *own = xmalloc(sizeof(int) * (size_t)K);
    int nk = rf_keys(e[ref], K, mult, keys);
    unsigned char *is_key = xcalloc((size_t)K + 1, 1);
    for (int i = 0; i < nk; i++) is_key[keys[i]] = 1;

    OutFile o = out_open(out);
    FILE *fp = o.fp;
    if (keys_mode) {
        fprintf(fp, "# matrix\tnkeys\tkeys\tsame\tkey_share\tkey_share_nc\tref_keys\n");
        for (int m = 0; m < NMAT; m++) {
            int no = rf_keys(e[m], K, mult, own);
            int same = no == nk;
            for (int i = 0; same && i < no; i++) same = is_key[own[i]];
            double in = 0;
            for (int i = 0; i < nk; i++) in += e[m][keys[i]];
            fprintf(fp, "%s\t%d\t", mat_name[m], no);
            write_keylist(fp, own, no);
            fprintf(fp, "\t%d\t%.6f\t%.6f\t", same, in / sum(e[m], 0, K), in / sum(e[m], 1, K));
            write_keylist(fp, keys, nk);
            fputc('\n', fp);
        }
    } else if (neurons_mode) {
        int *kbest = xmalloc(sizeof(int) * (size_t)H);
        double *fve = xmalloc(sizeof(double) * (size_t)H);
        rf_neurons(&d, &t, kbest, fve);
        fprintf(fp, "# neuron\tk\tfve\tkey\n");
        for (int i = 0; i < H; i++) fprintf(fp, "%d\t%d\t%.6f\t%d\n", i, kbest[i], fve[i], is_key[kbest[i]]);
        free(kbest);
        free(fve);
    } else if (fm_mode) {
        double wtot = sum(e[MAT_WOUT], 0, K);
        fprintf(fp, "# k\tkey\tshare_W_out\terr_c\terr_s\trel_c\trel_s\talpha_c\tbeta_c\talpha_s\tbeta_s\n");
        for (int k = 1; k <= K; k++) {
            RfFit f = rf_fm_fit(&d, &t, params_get(&P, "W_out"), k, NULL, NULL, NULL);
            fprintf(fp, "%d\t%d\t%.6f\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\n", k, is_key[k],
                    e[MAT_WOUT][k] / wtot, f.err_c, f.err_s, sqrt(f.err_c), sqrt(f.err_s), f.alpha_c, f.beta_c,
                    f.alpha_s, f.beta_s);
        }
    } else if (grid) {
        if (grid > nk) die("%s: --fm-grid %ld: the model has only %d key frequencies", pos[0], grid, nk);
        int k = keys[grid - 1];
        size_t n = (size_t)p * p;
        double *zc = xmalloc(sizeof(double) * n), *fit = xmalloc(sizeof(double) * n);
        rf_fm_fit(&d, &t, params_get(&P, "W_out"), k, zc, NULL, fit);
        fprintf(fp, "# k %d\n", k);
        for (int b = 0; b < 2; b++) {
            const double *z = b ? fit : zc;
            if (b) fprintf(fp, "\n\n");
            for (int a = 0; a < p; a++)
                for (int c = 0; c < p; c++) fprintf(fp, "%.6g%c", z[(size_t)a * p + c], c + 1 < p ? ' ' : '\n');
        }
        free(zc);
        free(fit);
    } else {
        fprintf(fp, "# k");
        for (int m = 0; m < NMAT; m++) fprintf(fp, "\t%s", mat_name[m]);
        fprintf(fp, "\tkey\n");
        double tot[NMAT];
        for (int m = 0; m < NMAT; m++) tot[m] = sum(e[m], 0, K);
        for (int k = 0; k <= K; k++) {
            fprintf(fp, "%d", k);
            for (int m = 0; m < NMAT; m++) fprintf(fp, "\t%.6g", tot[m] > 0 ? e[m][k] / tot[m] : 0);
            fprintf(fp, "\t%d\n", is_key[k]);
        }
    }
    out_commit(&o);
    for (int m = 0; m < NMAT; m++) free(e[m]);
    free(keys);
    free(own);
    free(is_key);
    rf_tables_free(&t);
    realdft_free(&d);
    params_free(&P);
    free(pos);
    return 0;
}
