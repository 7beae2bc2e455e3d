/* margin — the normalised L_{2,k+1} margin of a bias-free x^k network, the
 * closed-form max margin gamma*(p, k), and the max-margin construction
 * (Li et al. 2025 §3-4; maxmargin.h).
 *
 *   margin model.npz [--data split.npz] -o margin.tsv
 *   margin trajectory.npz [--data split.npz] [--every N] -o series.tsv
 *   margin --theory 71:2,97:3,47:4 -o theory.tsv
 *   margin --construct 47:4 -o construction.npz
 *
 * A model or trajectory file (train's, family=mlp with act pow:k, no bias,
 * per-position first layers) gives one row per checkpoint:
 *   step  h_all  norm_pow  margin_all  margin_train  gamma_star  ratio_all  ratio_train
 * h_all is the margin min over all p^k tuples, norm_pow = ||theta||_{2,k+1}^{k+1},
 * margin_all = h_all / norm_pow; margin_train the same over the train split of
 * --data (nan without it; with --split all it equals margin_all). With
 * --data, margin_all is the smaller of the train and test margins, which
 * together hold every tuple once (datagen's splits; --split all: the
 * train margin); its labels are the dataset's (clean unless it was made
 * with label noise). Without it every tuple is evaluated with its true label.
 * ratio_* = margin_* / gamma*. --every N keeps the checkpoints whose step is
 * a multiple of N, --after S those after step S; the last one always.
 * --theory writes, for each P:K, gamma*, the construction's width, neurons
 * per frequency, frequencies, unit amplitude and DFT magnitude, and the
 * normalised margin of the construction evaluated on all p^k tuples with its
 * relative difference from gamma*:
 *   p  k  gamma_star  width  per_freq  n_freq  beta  dft_mag  construct_margin  rel_err
 * --construct writes the construction (unit-norm neurons) as a model file
 * that the other tools read like a trained one.
 * Everything is evaluated in double precision. Does not train.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "kckpt.h"
#include "maxmargin.h"
#include "mlp.h"
#include "npz.h"
#include "opt.h"
#include "util.h"

/* "P:K" -> p, k; dies naming the flag on anything else. */
static void parse_pk(const char *s, const char *flag, int *p, int *k)
{
    char *end;
    long pv = strtol(s, &end, 10);
    if (end == s || *end != ':') die_usage("%s: '%s' is not P:K", flag, s);
    const char *ks = end + 1;
    long kv = strtol(ks, &end, 10);
    if (end == ks || *end) die_usage("%s: '%s' is not P:K", flag, s);
    if (pv < 3 || pv % 2 == 0 || pv > 1000) die_usage("%s: p = %ld must be odd, in [3, 1000]", flag, pv);
    if (kv < 1 || kv > 8) die_usage("%s: k = %ld must be in [1, 8]", flag, kv);
    *p = (int)pv;
    *k = (int)kv;
}

static void write_theory(FILE *fp, const char *list)
{
    fprintf(fp, "# p\tk\tgamma_star\twidth\tper_freq\tn_freq\tbeta\tdft_mag\tconstruct_margin\trel_err\n");
    char *copy = xstrdup(list), *save = NULL;
    for (char *item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        int p, k;
        parse_pk(item, "--theory", &p, &k);
        int64_t m = mm_width(p, k);
        double beta = mm_unit_beta(p, k);
        double *U = xmalloc(sizeof(double) * (size_t)(m * k * p)), *W = xmalloc(sizeof(double) * (size_t)(m * p));
        mm_construct(p, k, beta, U, W);
        KNet net = {p, k, (int)m, U, W};
        double gamma = mm_gamma_star(p, k), got = mm_margin(&net, NULL, NULL, 0) / mm_norm_pow(&net);
        fprintf(fp, "%d\t%d\t%.9e\t%lld\t%d\t%d\t%.9f\t%.9f\t%.9e\t%.3e\n", p, k, gamma, (long long)m, 1 << (2 * k - 1),
                (p - 1) / 2, beta, sqrt(p / (2.0 * (k + 1))), got, fabs(got - gamma) / gamma);
        free(U);
        free(W);
    }
    free(copy);
}

static void write_construction(const char *out, const char *pk)
{
    int p, k;
    parse_pk(pk, "--construct", &p, &k);
    int64_t m = mm_width(p, k);
    double *U = xmalloc(sizeof(double) * (size_t)(m * k * p)), *W = xmalloc(sizeof(double) * (size_t)(m * p));
    mm_construct(p, k, mm_unit_beta(p, k), U, W);
    TensorList tl = {0};
    /* each tensor filled before the next tl_add, which may move the list */
    Tensor *w_in = tl_add(&tl, "W_in", DT_F32, 2, (int64_t[]){m, (int64_t)k * p}, NULL);
    for (int64_t i = 0; i < m * k * p; i++) ((float *)w_in->data)[i] = (float)U[i];
    Tensor *w_out = tl_add(&tl, "W_out", DT_F32, 2, (int64_t[]){p, m}, NULL);
    for (int64_t i = 0; i < m * p; i++) ((float *)w_out->data)[i] = (float)W[i];
    MlpConfig cfg = {.p = p, .k = k, .hidden = (int)m, .act = {ACT_POW, k}};
    mlp_config_to_meta(&cfg, &tl);
    tl_meta_set(&tl, "tool", "margin");
    tl_meta_set(&tl, "command", opt_cmdline());
    tl_meta_set(&tl, "step", "0");
    npz_write(out, &tl);
    tl_free(&tl);
    free(U);
    free(W);
}

static void write_series(FILE *fp, const KCkpts *c, const Dataset *ds, long every, long after)
{
    double gamma = mm_gamma_star(c->p, c->k);
    int64_t total = dataset_size(c->p, c->k);
    fprintf(fp, "# step\th_all\tnorm_pow\tmargin_all\tmargin_train\tgamma_star\tratio_all\tratio_train\n");
    for (int t = 0; t < c->T; t++) {
        if (c->steps[t] <= after && t != c->T - 1) continue;
        if (every > 0 && c->steps[t] % every != 0 && t != c->T - 1) continue;
        KNet net = kckpts_net(c, t);
        double norm = mm_norm_pow(&net), h, h_train = NAN;
        if (ds) {
            /* all tuples = train + test: one pass over each split (or one
             * pass when each split is every tuple) */
            h_train = mm_margin(&net, ds->train.idx, ds->train.y, ds->train.n);
            if (ds->train.n == total) h = h_train;
            else {
                double h_test = mm_margin(&net, ds->test.idx, ds->test.y, ds->test.n);
                h = h_test < h_train ? h_test : h_train;
            }
        } else h = mm_margin(&net, NULL, NULL, 0);
        fprintf(fp, "%lld\t%.9e\t%.9e\t%.9e\t%.9e\t%.9e\t%.6f\t%.6f\n", (long long)c->steps[t], h, norm, h / norm,
                h_train / norm, gamma, h / norm / gamma, h_train / norm / gamma);
        progress("checkpoint %d/%d", t + 1, c->T);
    }
    progress_done();
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *data = NULL, *out = NULL, *theory = NULL, *construct = NULL;
    long every = 0, after = -1;
    Opt opts[] = {
        {"data", OPT_STRING, &data, "FILE", "dataset from datagen: also the margin over its train split", NO_RANGE},
        {"every", OPT_INT, &every, "N", "only checkpoints at multiples of N steps (and the last)", 1, 1e12},
        {"after", OPT_INT, &after, "S", "only checkpoints after step S (and the last)", 0, 1e12},
        {"theory", OPT_STRING, &theory, "P:K,...", "gamma*, widths and the construction's margin for each P:K", NO_RANGE},
        {"construct", OPT_STRING, &construct, "P:K", "write the max-margin construction as a model file", NO_RANGE},
        {"output", OPT_STRING, &out, "FILE", "output ('-' = stdout, the default for tables); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"margin MODEL|TRAJECTORY [--data FILE] [--every N] [-o OUT] | margin --theory P:K,... | margin --construct P:K -o OUT",
                    "Normalised L_{2,k+1} margin of a bias-free x^k network against gamma*(p, k); the max-margin construction.",
                    opts, 0, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    int modes = (npos == 1) + (theory != NULL) + (construct != NULL);
    if (modes != 1) die_usage("give one of: a model file, --theory, --construct");
    if (construct) {
        if (!out) die_usage("--construct needs an output file (-o FILE)");
        write_construction(out, construct);
        return 0;
    }
    if (theory) {
        OutFile o = out_open(out ? out : "-");
        write_theory(o.fp, theory);
        out_commit(&o);
        return 0;
    }
    KCkpts c = kckpts_read(pos[0]);
    Dataset ds = {0};
    if (data) {
        ds = dataset_read(data);
        if (ds.p != c.p || ds.k != c.k) die("%s: dataset has p = %d, k = %d; %s has p = %d, k = %d", data, ds.p, ds.k, pos[0], c.p, c.k);
    }
    OutFile o = out_open(out ? out : "-");
    write_series(o.fp, &c, data ? &ds : NULL, every, after);
    out_commit(&o);
    if (data) dataset_free(&ds);
    kckpts_free(&c);
    return 0;
}
