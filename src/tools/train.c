/* train — train a model on a dataset written by datagen.
 *
 *   train --data split.npz --hidden 256 --act relu --bias --optim adamw --lr 1e-3 \
 *         --weight-decay 1 --steps 500000 --target-val-acc 0.999 --plateau 50000 \
 *         --checkpoint-train-acc 0.99 --checkpoint-out sat.npz --log log.tsv -o model.npz
 *
 * Step t means the parameters after t updates. At every step the training
 * batch is evaluated (loss and accuracy against the possibly noisy labels);
 * validation runs every --eval-every steps. Training stops at --steps, when
 * validation accuracy rises past --target-val-acc, or when its best has not
 * improved by --plateau-delta for --plateau steps; the final model is the one
 * at the step where a rule fired. --state FILE saves a resumable state every
 * --state-every steps and continues from it when the same command is rerun.
 * A loss that becomes NaN or infinite stops the run with an error and writes
 * no weights. Families (--family, family.h): the MLP (mlp.h), the RNN
 * (rnn.h: --embed, --hidden, --act relu | tanh) and the transformer
 * (transformer.h: --sequence, --layers, --heads, --head-dim, --ff, --no-mlp, --no-ln;
 * --hidden is its width). The last line on stderr says why the run stopped
 * and its CPU time per step over the steps this process ran (with one BLAS
 * thread, the time a dedicated core takes; paper/critical-path.awk reads it
 * from the runs' train.out to size a cluster).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blas.h"
#include "dataset.h"
#include "family.h"
#include "maxmargin.h"
#include "mlp.h"
#include "model.h"
#include "npz.h"
#include "opt.h"
#include "rnn.h"
#include "optim.h"
#include "rng.h"
#include "transformer.h"
#include "util.h"
#include "xent.h"

typedef struct {
    const char *data, *output, *family, *act, *init, *init_from, *optim;
    const char *checkpoint_out, *trajectory, *log, *state, *sequence;
    long hidden, embed, shared, bias, steps, batch, warmup, eval_every, log_every, plateau;
    long trajectory_every, state_every, seed, lr_double_every, lr_double_until, lr_decay_from, no_eval, flush_denormals;
    long heads, head_dim, ff, layers, no_mlp, no_ln;
    double init_std, lr, beta1, beta2, eps, weight_decay, momentum;
    double target_val_acc, plateau_delta, checkpoint_train_acc, norm_penalty, norm_penalty_power;
} Flags;

/* One row of log.tsv. */
enum { LOG_STEP, LOG_LR, LOG_TRAIN_LOSS, LOG_TRAIN_ACC, LOG_VAL_LOSS, LOG_VAL_ACC, LOG_NORM, LOG_COLS };
static const char *log_header = "# step\tlr\ttrain_loss\ttrain_acc\tval_loss\tval_acc\tparam_norm";

typedef struct {
    double *rows;  /* (n, LOG_COLS) */
    long n, cap;
} Log;

typedef struct {
    float *snap;   /* (n, params.size) */
    int64_t *steps;
    long n, cap;
} Trajectory;

/* Everything that changes while training; saved to and restored from --state. */
typedef struct {
    Params params;
    Optim opt;
    Rng batch_rng;
    double best_val;
    long best_step;
    long checkpoint_step; /* -1 until train accuracy first reaches the threshold */
    Params checkpoint;    /* the parameters at that step */
    Log log;
    Trajectory traj;
} Run;

static Flags parse_flags(int argc, char **argv)
{
    Flags f = {.family = "mlp", .act = "relu", .init = "uniform", .optim = "adamw", .steps = 1000, .eval_every = 10,
               .log_every = 100, .trajectory_every = 200, .state_every = 10000, .init_std = 0.02,
               .lr = 1e-3, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8, .target_val_acc = 2,
               .plateau_delta = 1e-4, .checkpoint_train_acc = 0.99, .norm_penalty_power = 1,
               .lr_double_until = 1000000000, .layers = 1, .heads = 4, .head_dim = 32, .ff = 512,
               .sequence = "plain"};
    Opt opts[] = {
        {"data", OPT_STRING, &f.data, "FILE", "dataset from datagen (required)", NO_RANGE},
        {"family", OPT_STRING, &f.family, "NAME", "mlp (default) | rnn | transformer", NO_RANGE},
        {"hidden", OPT_INT, &f.hidden, "N", "hidden units (required, >= 1)", 1, 1 << 20},
        {"embed", OPT_INT, &f.embed, "D", "rnn: embedding dimension (default: --hidden)", 1, 1 << 20},
        {"act", OPT_STRING, &f.act, "ACT", "relu | square | cube | pow:Q | abs | identity; rnn: relu | tanh (default relu)", NO_RANGE},
        {"shared", OPT_FLAG, &f.shared, NULL, "one first layer shared by all positions (input e_x + e_y)", NO_RANGE},
        {"bias", OPT_FLAG, &f.bias, NULL, "first-layer and output biases", NO_RANGE},
        {"sequence", OPT_STRING, &f.sequence, "S",
         "transformer input: plain ([a_1..a_k] read at a_k, default) | equals ([a_1, o, ..., a_k, =] read at '=')",
         NO_RANGE},
        {"layers", OPT_INT, &f.layers, "L", "transformer blocks (default 1)", 1, 8},
        {"heads", OPT_INT, &f.heads, "H", "transformer attention heads (default 4)", 1, 4096},
        {"head-dim", OPT_INT, &f.head_dim, "E", "width of each head (default 32)", 1, 4096},
        {"ff", OPT_INT, &f.ff, "F", "transformer MLP width (default 512)", 1, 1 << 16},
        {"no-mlp", OPT_FLAG, &f.no_mlp, NULL, "transformer blocks without the MLP sublayer", NO_RANGE},
        {"no-ln", OPT_FLAG, &f.no_ln, NULL, "transformer without LayerNorms", NO_RANGE},
        {"init", OPT_STRING, &f.init, "KIND", "uniform (PyTorch nn.Linear default) | normal (default uniform)", NO_RANGE},
        {"init-std", OPT_DOUBLE, &f.init_std, "S", "standard deviation of --init normal", 0, 1e6},
        {"init-from", OPT_STRING, &f.init_from, "FILE", "start from the weights in FILE instead", NO_RANGE},
        {"optim", OPT_STRING, &f.optim, "KIND", "adamw | sgd (default adamw)", NO_RANGE},
        {"lr", OPT_DOUBLE, &f.lr, "LR", "learning rate (default 1e-3)", 0, 1e6},
        {"beta1", OPT_DOUBLE, &f.beta1, "B", "AdamW beta1 (default 0.9)", 0, 0.999999},
        {"beta2", OPT_DOUBLE, &f.beta2, "B", "AdamW beta2 (default 0.999)", 0, 0.999999999},
        {"eps", OPT_DOUBLE, &f.eps, "E", "AdamW epsilon (default 1e-8)", 0, 1},
        {"weight-decay", OPT_DOUBLE, &f.weight_decay, "WD", "decoupled (AdamW) or L2 (SGD) weight decay (default 0)", 0, 1e6},
        {"momentum", OPT_DOUBLE, &f.momentum, "MU", "SGD momentum (default 0)", 0, 0.999999},
        {"warmup", OPT_INT, &f.warmup, "N", "linear warm-up over N updates, first update at lr 0 (default 0)", 0, 1e9},
        {"lr-double-every", OPT_INT, &f.lr_double_every, "N", "double the learning rate every N updates (Morwani et al.)", 1, 1e9},
        {"lr-decay-from", OPT_INT, &f.lr_decay_from, "S",
         "from update S the learning rate falls linearly, to 0 at the last of --steps (default: no decay)", 1, 1e9},
        {"lr-double-until", OPT_INT, &f.lr_double_until, "T", "last update at which the rate doubles (default: never stop)", 0, 1e9},
        {"norm-penalty", OPT_DOUBLE, &f.norm_penalty, "L", "add L ||theta||_{2,k+1}^R to the loss (bias-free x^k MLP; Li et al. Def 3.1)", 0, 1e6},
        {"norm-penalty-power", OPT_DOUBLE, &f.norm_penalty_power, "R", "the power R of --norm-penalty (default 1)", 0.1, 16},
        {"batch", OPT_INT, &f.batch, "B", "mini-batch size sampled from the train split; 0 = full batch (default)", 0, 1e9},
        {"steps", OPT_INT, &f.steps, "N", "maximum number of updates (default 1000)", 0, 1e9},
        {"target-val-acc", OPT_DOUBLE, &f.target_val_acc, "A", "stop when validation accuracy exceeds A", 0, 2},
        {"plateau", OPT_INT, &f.plateau, "N", "stop when the best validation accuracy has not improved for N steps", 0, 1e9},
        {"plateau-delta", OPT_DOUBLE, &f.plateau_delta, "D", "an improvement must be at least D (default 1e-4)", 0, 1},
        {"eval-every", OPT_INT, &f.eval_every, "N", "validate every N steps (default 10)", 1, 1e9},
        {"no-eval", OPT_FLAG, &f.no_eval, NULL, "never evaluate the splits (timing runs; the log stays empty)", NO_RANGE},
        {"flush-denormals", OPT_FLAG, &f.flush_denormals, NULL,
         "treat float values below 1.2e-38 as zero (tiny softmax gradients of a confident network otherwise slow every GEMM many times)", NO_RANGE},
        {"log-every", OPT_INT, &f.log_every, "N", "log.tsv row every N steps, a multiple of --eval-every (default 100)", 1, 1e9},
        {"log", OPT_STRING, &f.log, "FILE", "write the training log as TSV", NO_RANGE},
        {"checkpoint-train-acc", OPT_DOUBLE, &f.checkpoint_train_acc, "A", "train accuracy that triggers --checkpoint-out (default 0.99)", 0, 1},
        {"checkpoint-out", OPT_STRING, &f.checkpoint_out, "FILE", "save the model at the first step with train accuracy >= A", NO_RANGE},
        {"trajectory", OPT_STRING, &f.trajectory, "FILE", "save every parameter every --trajectory-every steps", NO_RANGE},
        {"trajectory-every", OPT_INT, &f.trajectory_every, "N", "trajectory interval (default 200)", 1, 1e9},
        {"state", OPT_STRING, &f.state, "FILE", "resumable state, saved periodically and resumed from", NO_RANGE},
        {"state-every", OPT_INT, &f.state_every, "N", "save the state every N steps (default 10000)", 1, 1e9},
        {"seed", OPT_INT, &f.seed, "S", "seed for the initialisation and mini-batches (default 0)", 0, 9.2e18},
        {"output", OPT_STRING, &f.output, "FILE", "final model .npz ('-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"train --data FILE --hidden N [options] -o MODEL",
                    "Trains a model (a one-hidden-layer MLP by default) on modular addition and writes its weights as .npz.", opts, 0, 0, 1};
    int npos;
    opt_results_part("family", "transformer", TF_RESULTS_VERSION);
    opt_parse(&spec, argc, argv, &npos);
    if (!f.data) die_usage("--data is required");
    if (!f.output) die_usage("no output file (-o FILE)");
    if (strcmp(f.optim, "adamw") != 0 && strcmp(f.optim, "sgd") != 0)
        die_usage("--optim: '%s' is not adamw or sgd", f.optim);
    if (f.log_every % f.eval_every != 0) die_usage("--log-every must be a multiple of --eval-every");
    if (f.lr_decay_from && f.lr_decay_from >= f.steps) die_usage("--lr-decay-from must be below --steps");
    if (f.norm_penalty > 0 && (strcmp(f.family, "mlp") != 0 || f.bias || f.shared))
        die_usage("--norm-penalty needs the bias-free MLP with one first layer per input");
    return f;
}

/* ---------------------------------------------------------------- logging */

static void log_add(Log *log, const double *row)
{
    if (log->n == log->cap) log->rows = xrealloc(log->rows, sizeof(double) * LOG_COLS * (size_t)(log->cap = log->cap ? 2 * log->cap : 1024));
    memcpy(log->rows + log->n++ * LOG_COLS, row, sizeof(double) * LOG_COLS);
}

/* The writers below fill an open output and leave committing it to main(),
 * which closes every output before renaming any (util.h). */
static OutFile log_write(const Log *log, const char *path)
{
    OutFile o = out_open(path);
    fprintf(o.fp, "%s\n", log_header);
    for (long i = 0; i < log->n; i++) {
        const double *r = log->rows + i * LOG_COLS;
        fprintf(o.fp, "%ld\t%.6g\t%.9g\t%.6f\t%.9g\t%.6f\t%.6f\n", (long)r[LOG_STEP], r[LOG_LR],
                r[LOG_TRAIN_LOSS], r[LOG_TRAIN_ACC], r[LOG_VAL_LOSS], r[LOG_VAL_ACC], r[LOG_NORM]);
    }
    return o;
}

static void trajectory_add(Trajectory *tr, const Params *P, long step)
{
    if (tr->n == tr->cap) {
        tr->cap = tr->cap ? 2 * tr->cap : 64;
        tr->snap = xrealloc(tr->snap, sizeof(float) * P->size * (size_t)tr->cap);
        tr->steps = xrealloc(tr->steps, sizeof(int64_t) * (size_t)tr->cap);
    }
    memcpy(tr->snap + (size_t)tr->n * P->size, P->data, sizeof(float) * P->size);
    tr->steps[tr->n++] = step;
}

/* ------------------------------------------------------------ model files */

static void add_provenance(TensorList *tl, const Net *net, const Flags *f, long step, const char *why)
{
    char buf[64];
    net->ops->to_meta(net->cfg, tl);
    tl_meta_set(tl, "tool", "train");
    tl_meta_set(tl, "command", opt_cmdline());
    tl_meta_set(tl, "blas", blas_core_name());
    snprintf(buf, sizeof buf, "%ld", f->seed);
    tl_meta_set(tl, "seed", buf);
    snprintf(buf, sizeof buf, "%ld", step);
    tl_meta_set(tl, "step", buf);
    if (why) tl_meta_set(tl, "stopped", why);
}

static OutFile write_model(const char *path, const Params *P, const Net *net, const Flags *f, long step,
                           const char *why)
{
    TensorList tl = {0};
    params_to_tensors(P, &tl);
    add_provenance(&tl, net, f, step, why);
    OutFile o = out_open(path);
    npz_put(&o, &tl);
    tl_free(&tl);
    return o;
}

static OutFile write_trajectory(const char *path, const Trajectory *tr, const Params *P, const Net *net,
                                const Flags *f)
{
    TensorList tl = {0};
    for (int i = 0; i < P->n; i++) {
        const ParamView *v = &P->view[i];
        int64_t shape[5] = {tr->n};
        for (int d = 0; d < v->ndim; d++) shape[d + 1] = v->shape[d];
        Tensor *t = tl_add(&tl, v->name, DT_F32, v->ndim + 1, shape, NULL);
        for (long s = 0; s < tr->n; s++)
            memcpy((float *)t->data + (size_t)s * v->numel, tr->snap + (size_t)s * P->size + v->offset,
                   sizeof(float) * v->numel);
    }
    tl_add(&tl, "steps", DT_I64, 1, (int64_t[]){tr->n}, tr->steps);
    add_provenance(&tl, net, f, tr->n ? tr->steps[tr->n - 1] : 0, NULL);
    OutFile o = out_open(path);
    npz_put(&o, &tl);
    tl_free(&tl);
    return o;
}

/* ------------------------------------------------------- resumable state */

static void state_save(const char *path, const Run *r)
{
    TensorList tl = {0};
    int64_t n[1] = {(int64_t)r->params.size};
    tl_add(&tl, "params", DT_F32, 1, n, r->params.data);
    tl_add(&tl, "adam_m", DT_F32, 1, n, r->opt.m.data);
    tl_add(&tl, "adam_v", DT_F32, 1, n, r->opt.v.data);
    int64_t counters[4] = {r->opt.t, r->best_step, r->checkpoint_step, 0};
    tl_add(&tl, "counters", DT_I64, 1, (int64_t[]){4}, counters);
    tl_add(&tl, "best_val", DT_F64, 1, (int64_t[]){1}, &r->best_val);
    tl_add(&tl, "batch_rng", DT_I64, 1, (int64_t[]){4}, r->batch_rng.s);
    tl_add(&tl, "log", DT_F64, 2, (int64_t[]){r->log.n, LOG_COLS}, r->log.rows);
    tl_add(&tl, "traj", DT_F32, 2, (int64_t[]){r->traj.n, n[0]}, r->traj.snap);
    tl_add(&tl, "traj_steps", DT_I64, 1, (int64_t[]){r->traj.n}, r->traj.steps);
    tl_add(&tl, "checkpoint", DT_F32, 1, n, r->checkpoint.data);
    tl_meta_set(&tl, "command", opt_cmdline());
    npz_write(path, &tl);
    tl_free(&tl);
}

/* Restores the state when FILE exists and was written by the same command. */
static int state_load(const char *path, Run *r)
{
    if (!file_exists(path)) return 0;
    TensorList tl = npz_read(path);
    char *cmd = tl_meta_get(&tl, "command");
    int same = cmd && strcmp(cmd, opt_cmdline()) == 0;
    free(cmd);
    if (!same) {
        warnf("%s: written by a different command; starting from step 0", path);
        tl_free(&tl);
        return 0;
    }
    int64_t n[1] = {(int64_t)r->params.size};
    memcpy(r->params.data, tl_need(&tl, path, "params", DT_F32, 1, n)->data, sizeof(float) * r->params.size);
    memcpy(r->opt.m.data, tl_need(&tl, path, "adam_m", DT_F32, 1, n)->data, sizeof(float) * r->params.size);
    memcpy(r->opt.v.data, tl_need(&tl, path, "adam_v", DT_F32, 1, n)->data, sizeof(float) * r->params.size);
    const int64_t *c = tl_need(&tl, path, "counters", DT_I64, 1, (int64_t[]){4})->data;
    r->opt.t = c[0];
    r->best_step = c[1];
    r->checkpoint_step = c[2];
    r->best_val = *(double *)tl_need(&tl, path, "best_val", DT_F64, 1, (int64_t[]){1})->data;
    memcpy(r->batch_rng.s, tl_need(&tl, path, "batch_rng", DT_I64, 1, (int64_t[]){4})->data, sizeof r->batch_rng.s);
    Tensor *log = tl_need(&tl, path, "log", DT_F64, 2, (int64_t[]){-1, LOG_COLS});
    for (int64_t i = 0; i < log->shape[0]; i++) log_add(&r->log, (double *)log->data + i * LOG_COLS);
    Tensor *traj = tl_need(&tl, path, "traj", DT_F32, 2, (int64_t[]){-1, n[0]});
    Tensor *steps = tl_need(&tl, path, "traj_steps", DT_I64, 1, (int64_t[]){traj->shape[0]});
    memcpy(r->checkpoint.data, tl_need(&tl, path, "checkpoint", DT_F32, 1, n)->data, sizeof(float) * r->params.size);
    Params snap = r->params;
    for (int64_t i = 0; i < traj->shape[0]; i++) {
        snap.data = (float *)traj->data + i * n[0];
        trajectory_add(&r->traj, &snap, (long)((int64_t *)steps->data)[i]);
    }
    tl_free(&tl);
    return 1;
}

/* ---------------------------------------------------------------- families */

/* How train builds each family's configuration: from the flags (dying on a
 * flag the family cannot take), then, with --init-from, from that file's
 * tensors (its shapes decide), checked against the dataset. */
typedef struct {
    const char *name; /* --family NAME */
    const FamilyOps *ops;
    void *cfg;        /* the family's configuration (MlpConfig, ...), filled here */
    void (*from_flags)(void *cfg, const Flags *f, const Dataset *ds);
    void (*from_file)(void *cfg, const TensorList *init, const Flags *f, const Dataset *ds);
} FamilySetup;

/* The MLP of --hidden units. */
static void mlp_from_flags(void *c, const Flags *f, const Dataset *ds)
{
    Activation act;
    if (!act_parse(f->act, &act)) die_usage("--act: '%s' is not an activation", f->act);
    *(MlpConfig *)c = (MlpConfig){.p = ds->p, .k = ds->k, .hidden = (int)f->hidden, .shared = (int)f->shared,
                                  .bias = (int)f->bias, .act = act};
}

static void mlp_from_file(void *c, const TensorList *init, const Flags *f, const Dataset *ds)
{
    MlpConfig *cfg = c;
    MlpConfig from = mlp_config_from_file(init, f->init_from, cfg->act);
    if (from.p != ds->p) die("%s: model has p = %d, dataset %s has p = %d", f->init_from, from.p, f->data, ds->p);
    cfg->hidden = from.hidden;
    cfg->shared = from.shared;
    cfg->bias = from.bias;
    if (!cfg->shared && from.k != ds->k) die("%s: model takes %d inputs, dataset has %d", f->init_from, from.k, ds->k);
}

/* The RNN of --embed and --hidden units. */
static void rnn_from_flags(void *c, const Flags *f, const Dataset *ds)
{
    RnnConfig *cfg = c;
    if (ds->k != 2) die("%s: the rnn family reads two tokens, the dataset has k = %d", f->data, ds->k);
    if (!rnn_act_parse(f->act, &cfg->act)) die_usage("--act: '%s' is not relu or tanh (rnn)", f->act);
    cfg->p = ds->p;
    cfg->hidden = (int)f->hidden;
    cfg->embed = (int)(f->embed ? f->embed : f->hidden);
}

static void rnn_from_file(void *c, const TensorList *init, const Flags *f, const Dataset *ds)
{
    RnnConfig *cfg = c;
    RnnConfig from = rnn_config_from_file(init, f->init_from);
    if (from.p != ds->p) die("%s: model has p = %d, dataset %s has p = %d", f->init_from, from.p, f->data, ds->p);
    cfg->hidden = from.hidden;
    cfg->embed = from.embed;
}

/* The transformer of --hidden width (transformer.h). */
static void tf_from_flags(void *c, const Flags *f, const Dataset *ds)
{
    if (strcmp(f->sequence, "plain") != 0 && strcmp(f->sequence, "equals") != 0)
        die_usage("--sequence: '%s' is not plain or equals", f->sequence);
    *(TfConfig *)c = (TfConfig){.p = ds->p, .k = ds->k, .d = (int)f->hidden, .heads = (int)f->heads,
                                .hd = (int)f->head_dim, .ff = (int)f->ff, .layers = (int)f->layers,
                                .mlp = !f->no_mlp, .ln = !f->no_ln, .equals = strcmp(f->sequence, "equals") == 0};
}

static void tf_from_file(void *c, const TensorList *init, const Flags *f, const Dataset *ds)
{
    TfConfig *cfg = c;
    *cfg = tf_config_from_file(init, f->init_from);
    if (cfg->p != ds->p || cfg->k != ds->k)
        die("%s: model has p = %d, k = %d; dataset %s has p = %d, k = %d", f->init_from, cfg->p, cfg->k, f->data, ds->p, ds->k);
}

static MlpConfig mlp_cfg;
static RnnConfig rnn_cfg;
static TfConfig tf_cfg;
static const FamilySetup families[] = {
    {"mlp", &mlp_family, &mlp_cfg, mlp_from_flags, mlp_from_file},
    {"rnn", &rnn_family, &rnn_cfg, rnn_from_flags, rnn_from_file},
    {"transformer", &tf_family, &tf_cfg, tf_from_flags, tf_from_file},
};

/* Declares, allocates and initialises P for --family: the model the flags
 * describe, or the one in --init-from. */
static Net setup_net(const Flags *f, const Dataset *ds, Params *P)
{
    const FamilySetup *s = NULL;
    for (size_t i = 0; i < sizeof families / sizeof *families; i++)
        if (strcmp(f->family, families[i].name) == 0) s = &families[i];
    if (!s) die_usage("--family: '%s' is not mlp, rnn or transformer", f->family);
    s->from_flags(s->cfg, f, ds);
    TensorList init = {0};
    if (f->init_from) {
        init = npz_read(f->init_from);
        s->from_file(s->cfg, &init, f, ds);
    } else if (!f->hidden) die_usage("--hidden is required");
    s->ops->declare(P, s->cfg);
    params_alloc(P);
    if (f->init_from) params_from_tensors(P, &init, f->init_from);
    else s->ops->init(P, s->cfg, f->init, f->init_std, (uint64_t)f->seed);
    tl_free(&init);
    return (Net){s->ops, s->cfg, ds->p, ds->k};
}

/* --------------------------------------------------------------- training */

/* Fills tok (B, k) and labels (B,) with a uniform sample (with replacement)
 * of the training split. */
static void sample_batch(Rng *rng, const int32_t *train_tok, const int32_t *train_y, int64_t n_train,
                         int k, int64_t B, int32_t *tok, int32_t *y)
{
    for (int64_t i = 0; i < B; i++) {
        int64_t j = (int64_t)rng_below(rng, (uint64_t)n_train);
        memcpy(tok + i * k, train_tok + j * k, sizeof(int32_t) * (size_t)k);
        y[i] = train_y[j];
    }
}

int main(int argc, char **argv)
{
    util_init(argv);
    Flags f = parse_flags(argc, argv);
    if (f.flush_denormals) flush_denormals();
    Dataset ds = dataset_read(f.data);
    if (ds.train.n == 0) die("%s: the training split is empty (no tuple to train on)", f.data);
    Run r = {0};
    Net net = setup_net(&f, &ds, &r.params);
    Params grad = params_like(&r.params);
    r.checkpoint = params_like(&r.params);
    r.opt = (Optim){.kind = strcmp(f.optim, "sgd") == 0 ? OPTIM_SGD : OPTIM_ADAMW, .lr = f.lr, .beta1 = f.beta1,
                    .beta2 = f.beta2, .eps = f.eps, .weight_decay = f.weight_decay, .momentum = f.momentum,
                    .warmup = f.warmup, .double_every = f.lr_double_every, .double_until = f.lr_double_until,
                    .decay_from = f.lr_decay_from, .decay_end = f.lr_decay_from ? f.steps : 0};
    optim_init(&r.opt, &r.params);
    r.batch_rng = rng_stream((uint64_t)f.seed, STREAM_BATCH);
    r.best_val = -1;
    r.checkpoint_step = -1;
    if (f.state && state_load(f.state, &r)) warnf("resuming from %s at step %ld", f.state, r.opt.t);

    int k = ds.k, p = ds.p;
    int32_t *train_tok = dataset_split_tokens(p, k, &ds.train);
    int32_t *test_tok = dataset_split_tokens(p, k, &ds.test);
    int full_batch = f.batch == 0 || f.batch >= ds.train.n;
    int64_t B = full_batch ? ds.train.n : f.batch;
    int32_t *batch_tok = full_batch ? train_tok : xmalloc(sizeof(int32_t) * (size_t)(B * k));
    int32_t *batch_y = full_batch ? ds.train.y : xmalloc(sizeof(int32_t) * (size_t)B);
    const int64_t eval_cap = 4096;
    void *work = net.ops->work_new(net.cfg, B), *eval_work = net.ops->work_new(net.cfg, eval_cap);
    float *dlogits = net.ops->dlogits(work);

    const char *why = NULL;
    double t0 = now_seconds(), cpu0 = cpu_seconds();
    long t0_step = r.opt.t;
    for (;;) {
        long t = r.opt.t;
        if (!full_batch) sample_batch(&r.batch_rng, train_tok, ds.train.y, ds.train.n, k, B, batch_tok, batch_y);
        float *logits = net.ops->forward(work, net.cfg, &r.params, batch_tok, B);
        int64_t correct = 0;
        double loss = xent_rows(logits, batch_y, B, p, dlogits, 1.0 / (double)B, &correct) / (double)B;
        if (!isfinite(loss)) die("step %ld: training loss is %g; stopping without writing weights (learning rate too high?)", t, loss);
        double train_acc = (double)correct / (double)B;

        int at_eval = !f.no_eval && (t % f.eval_every == 0 || t == f.steps);
        int at_log = !f.no_eval && (t % f.log_every == 0 || t == f.steps);
        double val_loss = NAN, val_acc = NAN;
        if (at_eval || at_log) {
            if (!full_batch)
                net_evaluate(&net, eval_work, eval_cap, &r.params, train_tok, ds.train.y, ds.train.n, &loss, &train_acc);
            net_evaluate(&net, eval_work, eval_cap, &r.params, test_tok, ds.test.y, ds.test.n, &val_loss, &val_acc);
            if (r.best_val < 0 || val_acc >= r.best_val + f.plateau_delta) {
                r.best_val = val_acc;
                r.best_step = t;
            }
            if (val_acc > f.target_val_acc) why = "target validation accuracy";
            else if (f.plateau && t - r.best_step >= f.plateau) why = "plateau";
        }
        if (f.checkpoint_out && r.checkpoint_step < 0 && train_acc >= f.checkpoint_train_acc && (full_batch || at_eval)) {
            r.checkpoint_step = t;
            memcpy(r.checkpoint.data, r.params.data, sizeof(float) * r.params.size);
        }
        if (t == f.steps && !why) why = "maximum steps";
        if (at_log || why)
            log_add(&r.log, (double[LOG_COLS]){t, optim_lr(&r.opt), loss, train_acc, val_loss, val_acc, params_norm(&r.params)});
        if (f.trajectory && (t % f.trajectory_every == 0 || why)) trajectory_add(&r.traj, &r.params, t);
        if (at_eval) {
            double ms = 1e3 * (now_seconds() - t0) / (double)(t - t0_step > 0 ? t - t0_step : 1);
            progress("step %ld/%ld  train %.4f (loss %.3g)  val %.4f  best %.4f@%ld  %.2f ms/step", t, f.steps,
                     train_acc, loss, val_acc, r.best_val, r.best_step, ms);
        }
        if (why) break;

        net.ops->backward(&grad, work, net.cfg, &r.params, batch_tok, B);
        if (f.norm_penalty > 0) mm_penalty_add_grad(&grad, &r.params, k, f.norm_penalty, f.norm_penalty_power);
        optim_step(&r.opt, &r.params, &grad);
        if (f.state && r.opt.t % f.state_every == 0) state_save(f.state, &r);
    }
    progress_done();
    if (f.checkpoint_out && r.checkpoint_step < 0)
        die("train accuracy never reached %g by step %ld; no %s to write", f.checkpoint_train_acc, r.opt.t, f.checkpoint_out);
    /* every output written in full before any is renamed into place: a failure leaves none */
    OutFile outs[4];
    int nout = 0;
    if (f.checkpoint_out)
        outs[nout++] = write_model(f.checkpoint_out, &r.checkpoint, &net, &f, r.checkpoint_step, "checkpoint-train-acc");
    if (f.trajectory) outs[nout++] = write_trajectory(f.trajectory, &r.traj, &r.params, &net, &f);
    if (f.log) outs[nout++] = log_write(&r.log, f.log);
    outs[nout++] = write_model(f.output, &r.params, &net, &f, r.opt.t, why);
    for (int i = 0; i < nout; i++) out_close(&outs[i]);
    for (int i = 0; i < nout; i++) out_rename(&outs[i]);
    if (f.state) remove(f.state);
    long ran = r.opt.t - t0_step;
    char speed[48] = "no step run here";
    if (ran > 0) snprintf(speed, sizeof speed, "%.3f CPU ms/step", 1e3 * (cpu_seconds() - cpu0) / (double)ran);
    fprintf(stderr, "%s: step %ld: stopped (%s); validation accuracy %.4f, best %.4f at step %ld; %s\n", util_progname,
            r.opt.t, why, r.log.n ? r.log.rows[(r.log.n - 1) * LOG_COLS + LOG_VAL_ACC] : NAN, r.best_val, r.best_step,
            speed);
    net.ops->work_free(work);
    net.ops->work_free(eval_work);
    /* everything else, so that leak checkers (valgrind, ASan) see a clean exit */
    if (!full_batch) free(batch_tok), free(batch_y);
    free(train_tok);
    free(test_tok);
    free(r.log.rows);
    free(r.traj.snap);
    free(r.traj.steps);
    optim_free(&r.opt);
    params_free(&r.checkpoint);
    params_free(&grad);
    params_free(&r.params);
    dataset_free(&ds);
    return 0;
}
