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
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "fourier.h"
#include "mlp.h"
#include "model.h"
#include "npz.h"
#include "opt.h"
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

int main(int argc, char **argv)
{
    util_init(argv[0]);
    const char *data = NULL, *split = "test", *act_s = "relu", *out = "-";
    OptList zero_lists = {0};
    double per_below = -1;
    Opt opts[] = {
        {"data", OPT_STRING, &data, "FILE", "dataset from datagen (required unless --split all)", NO_RANGE},
        {"split", OPT_STRING, &split, "S", "test | train | all (every tuple, clean labels) (default test)", NO_RANGE},
        {"zero", OPT_LIST, &zero_lists, "LIST", "zero the hidden neurons in LIST (comma-separated indices; repeatable)", NO_RANGE},
        {"zero-periodicity-below", OPT_DOUBLE, &per_below, "T", "zero every neuron with per(W_a) < T", 0, 1e9},
        {"act", OPT_STRING, &act_s, "ACT", "relu | abs | square | cube | pow:Q | identity: swap the activation "
                                            "(files without meta.txt: the one they use; default relu)", NO_RANGE},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"ablate MODEL [--data FILE] [--split test|train|all] [--zero LIST] [--zero-periodicity-below T] [--act ACT] [-o OUT]",
                    "Evaluates an MLP (MODEL is a path or '-') on a split, optionally with hidden neurons zeroed or the "
                    "activation swapped, and writes its accuracy and mean cross-entropy.",
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
    MlpConfig cfg = mlp_config_from_file(&tl, path, act);
    if (opt_given("act")) cfg.act = act;
    Params P = {0};
    mlp_declare(&P, &cfg);
    params_alloc(&P);
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
