/* ablate — accuracy and loss of an MLP with hidden neurons zeroed and/or its
 * activation swapped.
 *
 *   ablate model.npz --data split.npz --zero-periodicity-below 5 -o ablate.tsv
 *   ablate r1_relu_adamw_final.npz --split all --act cube
 *
 * Zeroing neuron i sets its output column W_out[:, i] to zero, which removes
 * its whole contribution to the logits. --zero takes comma-separated neuron
 * indices (repeatable); --zero-periodicity-below T zeroes every neuron whose
 * per(W_a) < T (W_a = W_in[i, 0:p], the shared row for a shared first layer).
 * --act replaces the model's activation; for weight files without meta.txt it
 * names the activation they were trained with (default relu).
 * --split all evaluates every one of the p^k tuples with clean labels and
 * needs no --data (p and k then come from the model). Output: key/value
 * lines accuracy, loss (mean cross-entropy), zeroed, n.
 *
 * RNN models (meta.txt family=rnn, rnn.h) get frequency ablation instead
 * (experiments/rangamani2025/README.md §5.6, rnnfreq.h): --freqs LIST --site
 * input|output|both projects those frequencies' cos/sin planes out of the
 * embedding's token axis, the readout's class axis, or both, and writes
 * accuracy, loss, ablated, n on the split. --study (needs --data) runs the
 * whole ablation experiment and writes one TSV row per ablation:
 *   kind site m freqs acc_all acc_test
 * kind none (m = 0); single (each key frequency); top (the m most energetic
 * frequencies of E, m = 1..|K|+2); subset (every subset of the keys, by m);
 * control (m random non-key frequencies, --controls draws per m = 1..|K|,
 * from --seed). The keys are rnn-spectrum's (--key-mult, reference E).
 * acc_all is over all p^2 pairs, acc_test over the test split.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "fourier.h"
#include "mlp.h"
#include "model.h"
#include "npz.h"
#include "opt.h"
#include "realdft.h"
#include "rng.h"
#include "rnn.h"
#include "rnnfreq.h"
#include "squarewave.h"
#include "util.h"

/* Marks the neurons of one "3,17,42" list; dies on anything else. */
static void mark_list(const char *s, int H, unsigned char *zero)
{
    const char *p = s;
    for (;;) {
        char *end;
        errno = 0;
        long v = strtol(p, &end, 10);
        if (end == p || errno || (*end && *end != ',')) die_usage("--zero: '%s' is not a comma-separated list of neuron indices", s);
        if (v < 0 || v >= H) die_usage("--zero: neuron %ld is out of range [0, %d)", v, H);
        zero[v] = 1;
        if (!*end) break;
        p = end + 1;
    }
}

/* ------------------------------------------------- RNN frequency ablation */

typedef struct {
    RnnConfig cfg;
    Params P;       /* the trained weights, never changed */
    Params Q;       /* scratch copy that ablations modify */
    RealDft d;
    RnnWork work;
    int32_t *all_tok, *all_y, *test_tok;
    const int32_t *test_y;
    int64_t n_all, n_test;
} RnnAblation;

/* Accuracy of the model with freqs ablated at site on all pairs and the test split (NAN without). */
static void rnn_ablated(RnnAblation *r, RfSite site, const int *freqs, int nf, double *acc_all, double *acc_test,
                        double *loss_all)
{
    memcpy(r->Q.data, r->P.data, sizeof(float) * r->P.size);
    rf_ablate(&r->d, &r->cfg, &r->Q, site, freqs, nf);
    Net net = {&rnn_family, &r->cfg, r->cfg.p, 2};
    double loss;
    net_evaluate(&net, &r->work, r->work.cap, &r->Q, r->all_tok, r->all_y, r->n_all, loss_all ? loss_all : &loss, acc_all);
    *acc_test = NAN;
    if (r->n_test) net_evaluate(&net, &r->work, r->work.cap, &r->Q, r->test_tok, r->test_y, r->n_test, &loss, acc_test);
}

/* "3,17,42" into freqs (1..K); returns the count. */
static int parse_freqs(const char *s, int K, int *freqs)
{
    int n = 0;
    const char *p = s;
    for (;;) {
        char *end;
        errno = 0;
        long v = strtol(p, &end, 10);
        if (end == p || errno || (*end && *end != ',')) die_usage("--freqs: '%s' is not a comma-separated list of frequencies", s);
        if (v < 1 || v > K) die_usage("--freqs: frequency %ld is out of range [1, %d]", v, K);
        if (n == K) die_usage("--freqs: more than %d frequencies", K);
        freqs[n++] = (int)v;
        if (!*end) break;
        p = end + 1;
    }
    return n;
}

static void study_row(FILE *fp, RnnAblation *r, const char *kind, RfSite site, const int *freqs, int nf)
{
    double all, test;
    rnn_ablated(r, site, freqs, nf, &all, &test, NULL);
    fprintf(fp, "%s\t%s\t%d\t", kind, rf_site_name(site), nf);
    if (!nf) fputc('-', fp);
    for (int i = 0; i < nf; i++) fprintf(fp, "%s%d", i ? "," : "", freqs[i]);
    fprintf(fp, "\t%.6f\t%.6f\n", all, test);
}

static void rnn_study(FILE *fp, RnnAblation *r, double mult, long controls, uint64_t seed)
{
    int K = r->d.K;
    double *e = xmalloc(sizeof(double) * (size_t)(K + 1));
    rf_energy_f32(&r->d, params_get(&r->P, "E"), r->cfg.embed, r->cfg.p, 1, e);
    int *keys = xmalloc(sizeof(int) * (size_t)K), *order = xmalloc(sizeof(int) * (size_t)K);
    int *set = xmalloc(sizeof(int) * (size_t)K);
    int nk = rf_keys(e, K, mult, keys);
    rf_rank(e, K, order);
    if (nk > 20) die("the model has %d key frequencies; --study enumerates subsets of at most 20", nk);
    RfSite sites[3] = {RF_SITE_INPUT, RF_SITE_OUTPUT, RF_SITE_BOTH};
    fprintf(fp, "# kind\tsite\tm\tfreqs\tacc_all\tacc_test\n");
    study_row(fp, r, "none", RF_SITE_BOTH, NULL, 0);
    for (int s = 0; s < 3; s++) {
        for (int i = 0; i < nk; i++) study_row(fp, r, "single", sites[s], keys + i, 1);
        for (int m = 1; m <= nk + 2 && m <= K; m++) study_row(fp, r, "top", sites[s], order, m);
        for (unsigned mask = 1; mask < 1u << nk; mask++) {
            int m = 0;
            for (int i = 0; i < nk; i++)
                if (mask & 1u << i) set[m++] = keys[i];
            study_row(fp, r, "subset", sites[s], set, m);
        }
    }
    /* controls: m distinct non-key frequencies, a partial Fisher-Yates shuffle per draw */
    int nnon = 0;
    int *non = xmalloc(sizeof(int) * (size_t)K);
    for (int i = 0; i < K; i++) {
        int key = 0;
        for (int j = 0; j < nk; j++) key |= keys[j] == order[i];
        if (!key) non[nnon++] = order[i];
    }
    Rng rng = rng_stream(seed, STREAM_OTHER);
    for (int s = 0; s < 3; s++)
        for (int m = 1; m <= nk && m <= nnon; m++)
            for (long c = 0; c < controls; c++) {
                for (int i = 0; i < m; i++) {
                    int j = i + (int)rng_below(&rng, (uint64_t)(nnon - i)), t = non[i];
                    non[i] = non[j];
                    non[j] = t;
                    set[i] = non[i];
                }
                study_row(fp, r, "control", sites[s], set, m);
            }
    free(non);
    free(e);
    free(keys);
    free(order);
    free(set);
}

static int ablate_rnn(const char *path, TensorList *tl, const char *data, const char *split, const char *freqs_s,
                      const char *site_s, long study, double mult, long controls, long seed, const char *out)
{
    RnnAblation r = {0};
    r.cfg = rnn_config_from_file(tl, path);
    rnn_declare(&r.P, &r.cfg);
    params_alloc(&r.P);
    params_from_tensors(&r.P, tl, path);
    tl_free(tl);
    int p = r.cfg.p;
    if (p % 2 == 0 || p < 3) die("%s: p = %d; frequency ablation needs an odd p >= 3", path, p);
    r.Q = params_like(&r.P);
    r.d = realdft_new(p);
    r.work = rnn_work_new(&r.cfg, 4096);
    RfSite site;
    if (!rf_site_parse(site_s, &site)) die_usage("--site: '%s' is not input, output or both", site_s);
    int *freqs = xmalloc(sizeof(int) * (size_t)r.d.K), nf = freqs_s ? parse_freqs(freqs_s, r.d.K, freqs) : 0;
    Dataset ds = {.p = p, .k = 2};
    if (data) {
        ds = dataset_read(data);
        if (ds.p != p || ds.k != 2) die("%s: dataset has p = %d, k = %d; model %s has p = %d, k = 2", data, ds.p, ds.k, path, p);
    }
    Dataset all = {.p = p, .k = 2};
    dataset_split_all(&all);
    r.n_all = all.test.n;
    r.all_tok = dataset_split_tokens(p, 2, &all.test);
    r.all_y = all.test.y;
    OutFile o = out_open(out);
    if (study) {
        if (!data) die_usage("--study needs --data (for the test split)");
        r.test_tok = dataset_split_tokens(p, 2, &ds.test);
        r.test_y = ds.test.y;
        r.n_test = ds.test.n;
        rnn_study(o.fp, &r, mult, controls, (uint64_t)seed);
    } else {
        int use_all = strcmp(split, "all") == 0;
        const Split *s = strcmp(split, "train") == 0 ? &ds.train : &ds.test;
        if (!use_all && s->n == 0) die("%s: the %s split is empty", data, split);
        if (!use_all) {
            free(r.all_tok);
            r.all_tok = dataset_split_tokens(p, 2, s);
            r.all_y = s->y;
            r.n_all = s->n;
        }
        double acc, test, loss;
        rnn_ablated(&r, site, freqs, nf, &acc, &test, &loss);
        fprintf(o.fp, "# key\tvalue\naccuracy\t%.6g\nloss\t%.6g\nablated\t%d\nn\t%lld\n", acc, loss, nf, (long long)r.n_all);
    }
    out_commit(&o);
    free(freqs);
    free(r.all_tok);
    free(r.test_tok);
    dataset_free(&all);
    dataset_free(&ds);
    rnn_work_free(&r.work);
    realdft_free(&r.d);
    params_free(&r.P);
    params_free(&r.Q);
    return 0;
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *data = NULL, *split = "test", *act_s = "relu", *out = "-";
    OptList zero_lists = {0};
    double per_below = -1;
    const char *freqs_s = NULL, *site_s = "both";
    long study = 0, controls = 5, seed = 0;
    double key_mult = 3;
    Opt opts[] = {
        {"data", OPT_STRING, &data, "FILE", "dataset from datagen (required unless --split all)", NO_RANGE},
        {"split", OPT_STRING, &split, "S", "test | train | all (every tuple, clean labels) (default test)", NO_RANGE},
        {"zero", OPT_LIST, &zero_lists, "LIST", "zero the hidden neurons in LIST (comma-separated indices; repeatable)", NO_RANGE},
        {"zero-periodicity-below", OPT_DOUBLE, &per_below, "T", "zero every neuron with per(W_a) < T", 0, 1e9},
        {"act", OPT_STRING, &act_s, "ACT", "relu | abs | square | cube | pow:Q | identity: swap the activation "
                                            "(files without meta.txt: the one they use; default relu)", NO_RANGE},
        {"freqs", OPT_STRING, &freqs_s, "LIST", "RNN: frequencies to project out (comma-separated, 1..(p-1)/2)", NO_RANGE},
        {"site", OPT_STRING, &site_s, "S", "RNN: input (E) | output (W_out) | both (default both)", NO_RANGE},
        {"study", OPT_FLAG, &study, NULL, "RNN: the whole ablation experiment as TSV (needs --data)", NO_RANGE},
        {"key-mult", OPT_DOUBLE, &key_mult, "X", "RNN --study: keys hold more than X/K of E's non-constant energy (default 3)", 0, 1e6},
        {"controls", OPT_INT, &controls, "N", "RNN --study: random non-key draws per m (default 5)", 0, 1000},
        {"seed", OPT_INT, &seed, "S", "RNN --study: seed of the control draws (default 0)", 0, 9.2e18},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"ablate MODEL [--data FILE] [--split test|train|all] [--zero LIST] [--zero-periodicity-below T] [--act ACT] [-o OUT]",
                    "Evaluates an MLP (MODEL is a path or '-') on a split, optionally with hidden neurons zeroed or the "
                    "activation swapped, or an RNN with Fourier frequencies projected out, and writes its accuracy "
                    "and mean cross-entropy.",
                    opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    int all = strcmp(split, "all") == 0, train = strcmp(split, "train") == 0;
    if (!all && !train && strcmp(split, "test") != 0) die_usage("--split: '%s' is not test, train or all", split);
    if (!data && !all) die_usage("--data is required unless --split all");
    Activation act;
    if (!act_parse(act_s, &act)) die_usage("--act: '%s' is not an activation", act_s);

    const char *path = pos[0];
    TensorList tl = npz_read(path);
    if (rnn_file_is_rnn(&tl)) {
        if (zero_lists.n || per_below >= 0 || opt_given("act")) die_usage("--zero, --zero-periodicity-below and --act apply to MLP models");
        ablate_rnn(path, &tl, data, split, freqs_s, site_s, study, key_mult, controls, seed, out);
        free(pos);
        free(zero_lists.items);
        return 0;
    }
    if (freqs_s || study || opt_given("site")) die_usage("--freqs, --site and --study apply to RNN models");
    Params P;
    MlpConfig cfg = mlp_declare_from_file(&P, &tl, path, act, 0);
    if (opt_given("act")) cfg.act = act;
    params_from_tensors(&P, &tl, path);
    tl_free(&tl);

    int H = cfg.hidden, p = cfg.p;
    unsigned char *zero = xcalloc((size_t)H, 1);
    for (int l = 0; l < zero_lists.n; l++) mark_list(zero_lists.items[l], H, zero);
    if (per_below >= 0) {
        FourierTable t = fourier_table(p);
        double *wa = xmalloc(sizeof(double) * (size_t)p);
        for (int i = 0; i < H; i++) {
            squarewave_neuron_weights(&P, &cfg, i, wa, NULL, NULL);
            if (fourier_periodicity(&t, wa) < per_below) zero[i] = 1;
        }
        free(wa);
        fourier_table_free(&t);
    }
    int zeroed = 0;
    float *W_out = params_get(&P, "W_out"); /* (p, H): column i feeds the logits from neuron i */
    for (int i = 0; i < H; i++)
        if (zero[i]) {
            zeroed++;
            for (int c = 0; c < p; c++) W_out[(size_t)c * H + i] = 0;
        }

    Dataset ds = {.p = p, .k = cfg.k};
    if (data) {
        ds = dataset_read(data);
        if (ds.p != cfg.p || ds.k != cfg.k)
            die("%s: dataset has p = %d, k = %d; model %s has p = %d, k = %d", data, ds.p, ds.k, path, cfg.p, cfg.k);
    }
    if (all) {
        dataset_free(&ds);
        ds = (Dataset){.p = p, .k = cfg.k};
        dataset_split_all(&ds);
    }
    const Split *s = train ? &ds.train : &ds.test;
    if (s->n == 0) die("%s: the %s split is empty", data, split);
    int32_t *tok = dataset_split_tokens(ds.p, ds.k, s);
    double loss, acc;
    MlpWork work = mlp_work_new(&cfg, 4096);
    mlp_evaluate(&work, &cfg, &P, tok, s->y, s->n, &loss, &acc);
    mlp_work_free(&work);

    OutFile o = out_open(out);
    fprintf(o.fp, "# key\tvalue\naccuracy\t%.6g\nloss\t%.6g\nzeroed\t%d\nn\t%lld\n", acc, loss, zeroed, (long long)s->n);
    out_commit(&o);
    free(tok);
    free(zero);
    dataset_free(&ds);
    params_free(&P);
    free(pos);
    free(zero_lists.items);
    return 0;
}
