/* predict — outputs of a shared-layer network without biases on every pair
 * (x, y), in double, with any activation swapped in at evaluation time
 * (the activation swap of experiments/he2026/README.md §5.4, the output-logit
 * and memorisation figures).
 *
 *   predict model.npz --act square --summary -o swap_square.tsv
 *   predict trajectory.npz --step 2200 --data split.npz -o pairs.tsv
 *   predict model.npz --act square --logits 0 -o logits_x0.tsv
 *   predict trajectory.npz --data split.npz --series -o accuracy.tsv
 *
 *   logits[j] = sum_m W_out[j, m] act(W_in[m, x] + W_in[m, y])
 *
 * Activations: relu abs square cube pow:Q identity exp softplus2
 * (log(1 + e^(2z))). The default is the act= of the file's meta.txt, or
 * relu for files without one. FILE is a model file or a trajectory (ckpt.h,
 * --step picks the checkpoint, default the last); the step of a model file
 * that records none is printed as "unknown".
 * Cross-entropy per pair: lse - logits[label] with lse = max + log sum
 * exp(logits - max), computed as log1p(sum_{j != label} exp(logits_j - max))
 * when the label holds the maximum, so that losses near 1e-12 keep their
 * digits.
 *
 * Default output, one row per pair (x-major): x y label pred correct p_true
 * loss split sym, where split is 1 for a training pair of --data (all pairs
 * when there is no --data), sym 1 when (y, x) is a training pair.
 * --summary: accuracy and loss over all pairs; with --data the same over the
 * train and test split and four groups: common (train, transpose in train),
 * rare (train, transpose not), sym_test (test, transpose in train) and
 * true_test (test, transpose not); logit_absmax; for row x = 0 the correct
 * logits' range, the mean ghost logit (j = 2y, other than the correct j) and
 * the mean background; and the logits of --example X,Y at j = x+y, 2x, 2y.
 * --series: one row per checkpoint: step accuracy loss and GROUP_acc
 * GROUP_loss for train test common rare sym_test true_test (NaN for an empty
 * group; without --data every pair is a common training pair).
 * --logits X: the logits of the pairs (X, y), rows "y j logit" (gnuplot image).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ckpt.h"
#include "dataset.h"
#include "npz.h"
#include "opt.h"
#include "util.h"

typedef enum { A_RELU, A_ABS, A_POW, A_IDENTITY, A_EXP, A_SOFTPLUS2 } ActKind;
typedef struct {
    ActKind kind;
    int q;
} Act;

static int act_parse_ext(const char *s, Act *a)
{
    if (!strcmp(s, "relu")) *a = (Act){A_RELU, 1};
    else if (!strcmp(s, "abs")) *a = (Act){A_ABS, 1};
    else if (!strcmp(s, "square")) *a = (Act){A_POW, 2};
    else if (!strcmp(s, "cube")) *a = (Act){A_POW, 3};
    else if (!strcmp(s, "identity")) *a = (Act){A_IDENTITY, 1};
    else if (!strcmp(s, "exp")) *a = (Act){A_EXP, 1};
    else if (!strcmp(s, "softplus2")) *a = (Act){A_SOFTPLUS2, 1};
    else if (!strncmp(s, "pow:", 4)) {
        char *end;
        long q = strtol(s + 4, &end, 10);
        if (end == s + 4 || *end || q < 1 || q > 16) return 0;
        *a = (Act){A_POW, (int)q};
    } else return 0;
    return 1;
}

static double act_apply(Act a, double z)
{
    switch (a.kind) {
    case A_RELU: return z > 0 ? z : 0;
    case A_ABS: return fabs(z);
    case A_IDENTITY: return z;
    case A_EXP: return exp(z);
    case A_SOFTPLUS2: return 2 * z > 30 ? 2 * z + log1p(exp(-2 * z)) : log1p(exp(2 * z));
    case A_POW: {
        double r = z;
        for (int i = 1; i < a.q; i++) r *= z;
        return r;
    }
    }
    return NAN;
}

/* logits (p) of the pair (x, y); h is scratch (M) */
static void forward(const Ckpts *c, int t, Act a, int x, int y, double *h, double *logits)
{
    int M = c->M, p = c->p;
    const float *win = ckpts_win(c, t), *wout = ckpts_wout(c, t);
    for (int m = 0; m < M; m++) h[m] = act_apply(a, (double)win[(size_t)m * p + x] + (double)win[(size_t)m * p + y]);
    for (int j = 0; j < p; j++) {
        const float *row = wout + (size_t)j * M;
        double s = 0;
        for (int m = 0; m < M; m++) s += (double)row[m] * h[m];
        logits[j] = s;
    }
}

/* cross-entropy of label y, its softmax probability, and the argmax (first of ties) */
static double xent(const double *l, int p, int y, double *p_true, int *pred)
{
    int best = 0;
    for (int j = 1; j < p; j++)
        if (l[j] > l[best]) best = j;
    double mx = l[best], others = 0, sum = 0;
    for (int j = 0; j < p; j++) {
        double e = exp(l[j] - mx);
        sum += e;
        if (j != y) others += e;
    }
    *pred = best;
    *p_true = exp(l[y] - mx) / sum;
    return l[y] == mx ? log1p(others) : mx - l[y] + log(sum);
}

typedef struct {
    double loss;
    long n, right;
} Tally;

static void tally(Tally *t, double loss, int right)
{
    t->loss += loss;
    t->n++;
    t->right += right;
}

static void put_tally(FILE *fp, const char *name, const Tally *t)
{
    fprintf(fp, "%s.n\t%ld\n%s.accuracy\t%.8g\n%s.loss\t%.8g\n", name, t->n, name, t->n ? (double)t->right / t->n : NAN,
            name, t->n ? t->loss / t->n : NAN);
}

/* groups of pairs: the split of --data and the four symmetry classes */
enum { G_TRAIN, G_TEST, G_COMMON, G_RARE, G_SYM_TEST, G_TRUE_TEST, NGROUP };
static const char *group_name[NGROUP] = {"train", "test", "common", "rare", "sym_test", "true_test"};

typedef struct {
    Tally all, group[NGROUP];
    double absmax, cmin, cmax, ghost, bg, exl[3];
} Eval;

/* every pair through checkpoint t: tallies and the logit statistics of --summary */
static Eval evaluate(const Ckpts *c, int t, Act act, const unsigned char *train, int ex, int ey, double *h, double *l)
{
    int p = c->p;
    Eval e = {.cmin = INFINITY, .cmax = -INFINITY};
    long nghost = 0, nbg = 0;
    for (int x = 0; x < p; x++)
        for (int y = 0; y < p; y++) {
            forward(c, t, act, x, y, h, l);
            int label = (x + y) % p, pred;
            double pt, loss = xent(l, p, label, &pt, &pred);
            int right = pred == label, in = train[x * p + y], sym = train[y * p + x];
            tally(&e.all, loss, right);
            tally(&e.group[in ? G_TRAIN : G_TEST], loss, right);
            tally(&e.group[in ? (sym ? G_COMMON : G_RARE) : (sym ? G_SYM_TEST : G_TRUE_TEST)], loss, right);
            for (int j = 0; j < p; j++) e.absmax = fabs(l[j]) > e.absmax ? fabs(l[j]) : e.absmax;
            if (x == 0) {
                e.cmin = l[label] < e.cmin ? l[label] : e.cmin;
                e.cmax = l[label] > e.cmax ? l[label] : e.cmax;
                for (int j = 0; j < p; j++) {
                    if (j == label) continue;
                    if (j == 0 || j == (2 * y) % p) {
                        e.ghost += l[j];
                        nghost++;
                    } else {
                        e.bg += l[j];
                        nbg++;
                    }
                }
            }
            if (x == ex && y == ey) {
                e.exl[0] = l[(x + y) % p];
                e.exl[1] = l[(2 * x) % p];
                e.exl[2] = l[(2 * y) % p];
            }
        }
    e.ghost = nghost ? e.ghost / nghost : NAN;
    e.bg = nbg ? e.bg / nbg : NAN;
    return e;
}

int main(int argc, char **argv)
{
    util_init(argv);
    const char *act_s = NULL, *data = NULL, *example = "3,7", *out = "-";
    long step = -1, logits_x = -1;
    int summary = 0, series = 0;
    Opt opts[] = {
        {"act", OPT_STRING, &act_s, "ACT", "relu | abs | square | cube | pow:Q | identity | exp | softplus2 "
                                           "(default: the file's act=, else relu)", NO_RANGE},
        {"step", OPT_INT, &step, "S", "checkpoint of a trajectory (default: the last)", 0, 9.2e18},
        {"data", OPT_STRING, &data, "FILE", "dataset from datagen: marks the training pairs", NO_RANGE},
        {"summary", OPT_FLAG, &summary, NULL, "key/value accuracies, losses and logit statistics", NO_RANGE},
        {"series", OPT_FLAG, &series, NULL, "accuracy and loss of every group at every checkpoint", NO_RANGE},
        {"example", OPT_STRING, &example, "X,Y", "--summary: the pair whose logits are reported (default 3,7)", NO_RANGE},
        {"logits", OPT_INT, &logits_x, "X", "the logits of the pairs (X, y), y = 0..p-1", 0, 1 << 16},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"predict FILE [--act ACT] [--step S] [--data FILE] [--summary | --series | --logits X] [-o OUT]",
                    "Evaluates a shared-layer network without biases on every pair (x, y) in double, optionally with "
                    "another activation: per-pair predictions, a summary, or one row of logits.",
                    opts, 1, 1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    if (summary + series + (logits_x >= 0) > 1) die_usage("--summary, --series and --logits exclude each other");
    int ex, ey;
    char tail;
    if (sscanf(example, "%d,%d%c", &ex, &ey, &tail) != 2) die_usage("--example: '%s' is not X,Y", example);

    const char *path = pos[0];
    Ckpts c = ckpts_read(path);
    int p = c.p, t = step >= 0 ? ckpts_need(&c, step, path) : c.T - 1;
    if (logits_x >= p) die_usage("--logits %ld: p = %d", logits_x, p);
    if (ex < 0 || ey < 0 || ex >= p || ey >= p) die_usage("--example %d,%d: p = %d", ex, ey, p);
    char *meta_act = NULL;
    if (!act_s) {
        TensorList tl = npz_read(path);
        meta_act = tl_meta_get(&tl, "act");
        tl_free(&tl);
        act_s = meta_act ? meta_act : "relu";
    }
    Act act;
    if (!act_parse_ext(act_s, &act)) die_usage("--act: '%s' is not an activation", act_s);

    /* train[x*p + y]: 1 for a training pair */
    unsigned char *train = xmalloc((size_t)p * p);
    memset(train, 1, (size_t)p * p);
    if (data) {
        Dataset ds = dataset_read(data);
        if (ds.p != p || ds.k != 2) die("%s: dataset has p = %d, k = %d; model %s has p = %d, k = 2", data, ds.p, ds.k, path, p);
        memset(train, 0, (size_t)p * p);
        for (int64_t i = 0; i < ds.train.n; i++) train[ds.train.idx[i]] = 1;
        dataset_free(&ds);
    }

    double *h = xmalloc(sizeof(double) * (size_t)c.M), *l = xmalloc(sizeof(double) * (size_t)p);
    OutFile o = out_open(out);
    if (logits_x >= 0) {
        fprintf(o.fp, "# pairs (%ld, y), act %s\n# y\tj\tlogit\n", logits_x, act_s);
        for (int y = 0; y < p; y++) {
            forward(&c, t, act, (int)logits_x, y, h, l);
            for (int j = 0; j < p; j++) fprintf(o.fp, "%d\t%d\t%.10g\n", y, j, l[j]);
            fprintf(o.fp, "\n");
        }
    } else if (summary) {
        Eval e = evaluate(&c, t, act, train, ex, ey, h, l);
        fprintf(o.fp, "# key\tvalue\nact\t%s\nstep\t%s\n", act_s, ckpts_step_text(&c, t).s);
        fprintf(o.fp, "accuracy\t%.8g\nloss\t%.8g\nn\t%ld\n", (double)e.all.right / e.all.n, e.all.loss / e.all.n, e.all.n);
        if (data)
            for (int g = 0; g < NGROUP; g++) put_tally(o.fp, group_name[g], &e.group[g]);
        fprintf(o.fp, "logit_absmax\t%.8g\nrow0.correct_min\t%.8g\nrow0.correct_max\t%.8g\n", e.absmax, e.cmin, e.cmax);
        fprintf(o.fp, "row0.ghost_mean\t%.8g\nrow0.background_mean\t%.8g\n", e.ghost, e.bg);
        fprintf(o.fp, "example.x\t%d\nexample.y\t%d\nexample.correct\t%.8g\nexample.ghost_x\t%.8g\nexample.ghost_y\t%.8g\n",
                ex, ey, e.exl[0], e.exl[1], e.exl[2]);
    } else if (series) {
        fprintf(o.fp, "# act %s\n# step\taccuracy\tloss", act_s);
        for (int g = 0; g < NGROUP; g++) fprintf(o.fp, "\t%s_acc\t%s_loss", group_name[g], group_name[g]);
        fprintf(o.fp, "\n");
        for (int s = 0; s < c.T; s++) {
            Eval e = evaluate(&c, s, act, train, ex, ey, h, l);
            fprintf(o.fp, "%s\t%.8g\t%.8g", ckpts_step_text(&c, s).s, (double)e.all.right / e.all.n, e.all.loss / e.all.n);
            for (int g = 0; g < NGROUP; g++) {
                const Tally *q = &e.group[g];
                fprintf(o.fp, "\t%.8g\t%.8g", q->n ? (double)q->right / q->n : NAN, q->n ? q->loss / q->n : NAN);
            }
            fprintf(o.fp, "\n");
        }
    } else {
        fprintf(o.fp, "# act %s\n# x\ty\tlabel\tpred\tcorrect\tp_true\tloss\tsplit\tsym\n", act_s);
        for (int x = 0; x < p; x++)
            for (int y = 0; y < p; y++) {
                forward(&c, t, act, x, y, h, l);
                int label = (x + y) % p, pred;
                double pt, loss = xent(l, p, label, &pt, &pred);
                fprintf(o.fp, "%d\t%d\t%d\t%d\t%d\t%.8g\t%.8g\t%d\t%d\n", x, y, label, pred, pred == label, pt, loss,
                        train[x * p + y], train[y * p + x]);
            }
    }
    out_commit(&o);
    free(h);
    free(l);
    free(train);
    free(meta_act);
    ckpts_free(&c);
    free(pos);
    return 0;
}
