/* idealize — networks built from frequencies and phases alone
 * (experiments/swaroop2026/README.md §5.5), with wave settings Cos->Cos,
 * Sq->Cos and Sq->Sq.
 *
 *   idealize --construct --p 97 --widths 16,32,64,96,128,192,256,384,512 \
 *            --seeds 40 --seed 0 --per-seed seeds.tsv -o table1.tsv
 *   idealize --extract model.npz --data split.npz --write-model sq_cos.npz -o extract.tsv
 *   idealize --extract trajectory.npz --data split.npz -o extract-series.tsv
 *
 * --construct (Table 1): for each width N and seed index s = 0..seeds-1,
 * neuron i = 0..N-1 has frequency i (mod p; neuron 0 is constant), phases
 * phi_a, phi_b ~ U[-pi, pi) and phi_out = phi_a + phi_b, unit waves, zero
 * biases, ReLU; accuracy over all p^2 pairs. The phases of (N, s) come from
 * rng_stream(seed, N << 32 | s << 8 | STREAM_PHASE), drawn a_0, b_0, a_1,
 * b_1, ... (squarewave_construct_accuracy); the three settings share them.
 * One row per width: mean and SD over seeds, and Welch's t-test of Sq->Cos
 * against the better (higher mean) of the other two.
 *
 * --extract (Table 2): for every neuron of a trained two-input MLP,
 * nu = the dominant frequency of W_a; phi_a, phi_b, phi_out are read at bin
 * nu of W_a, W_b and W_out^(i) (--phases own-bin reads phi_b and phi_out at
 * the dominant bins of W_b and W_out^(i) instead: squarewave.h,
 * PhaseReading); every neuron is rebuilt at nu with unit amplitudes
 * (--amplitude: each vector's own 2|w_hat|/p at the bin its phase was read)
 * and zero biases, keeping the model's activation. The "phases" line of a
 * written model's meta.txt names the reading. All
 * accuracies are on the dataset's test split; "real" is the trained model
 * itself, biases included. Does not train anything. Given a trajectory
 * (train --trajectory: every parameter with a leading checkpoint axis and
 * a steps member), the same for every checkpoint, one row each: step,
 * real, sq_sq, sq_cos, cos_cos.
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
#include "squarewave.h"
#include "stats.h"
#include "util.h"

/* "16,32,64" -> widths; dies with a usage error on anything else. */
static int parse_widths(const char *s, int **out)
{
    int n = 0, *w = xmalloc(sizeof(int) * (strlen(s) + 1));
    const char *p = s;
    for (;;) {
        char *end;
        errno = 0;
        long v = strtol(p, &end, 10);
        if (end == p || errno || v < 1 || v > (1L << 20) || (*end && *end != ','))
            die_usage("--widths: '%s' is not a comma-separated list of widths in [1, %ld]", s, 1L << 20);
        w[n++] = (int)v;
        if (!*end) break;
        p = end + 1;
    }
    *out = w;
    return n;
}

static void construct(long p, const char *widths_s, long seeds, long seed, const char *out, const char *per_seed)
{
    int *widths, nw = parse_widths(widths_s, &widths);
    OutFile o = out_open(out), ps = {0};
    fprintf(o.fp, "# width\tcos_cos_mean\tcos_cos_sd\tsq_cos_mean\tsq_cos_sd\tsq_sq_mean\tsq_sq_sd\twelch_t\twelch_p\n");
    if (per_seed) {
        ps = out_open(per_seed);
        fprintf(ps.fp, "# width\tseed\tcos_cos\tsq_cos\tsq_sq\n");
    }
    double *acc[IDEAL_NSETTINGS];
    for (int c = 0; c < IDEAL_NSETTINGS; c++) acc[c] = xmalloc(sizeof(double) * (size_t)seeds);
    for (int w = 0; w < nw; w++) {
        for (long s = 0; s < seeds; s++) {
            progress("width %d (%d/%d), seed %ld/%ld", widths[w], w + 1, nw, s + 1, seeds);
            double a[IDEAL_NSETTINGS];
            squarewave_construct_accuracy((int)p, widths[w], (uint64_t)seed, s, a);
            for (int c = 0; c < IDEAL_NSETTINGS; c++) acc[c][s] = a[c];
            if (per_seed) fprintf(ps.fp, "%d\t%ld\t%.6g\t%.6g\t%.6g\n", widths[w], s, a[0], a[1], a[2]);
        }
        int n = (int)seeds;
        fprintf(o.fp, "%d", widths[w]);
        for (int c = 0; c < IDEAL_NSETTINGS; c++) fprintf(o.fp, "\t%.6g\t%.6g", stats_mean(acc[c], n), stats_sd(acc[c], n));
        IdealSetting other = stats_mean(acc[IDEAL_COS_COS], n) >= stats_mean(acc[IDEAL_SQ_SQ], n) ? IDEAL_COS_COS : IDEAL_SQ_SQ;
        StatsTTest t = stats_welch(acc[IDEAL_SQ_COS], n, acc[other], n);
        fprintf(o.fp, "\t%.6g\t%.6g\n", t.t, t.p);
    }
    progress_done();
    out_close(&o); /* both written before either is renamed into place */
    if (per_seed) out_close(&ps);
    out_rename(&o);
    if (per_seed) out_rename(&ps);
    for (int c = 0; c < IDEAL_NSETTINGS; c++) free(acc[c]);
    free(widths);
}

typedef struct {
    const char *data, *wave, *write_model, *out;
    int amplitude;
    PhaseReading reading;
} ExtractFlags;

/* Per-neuron frequencies, phases and amplitudes of a trained model (see the header). */
static IdealNeuron *extract_neurons(const Params *P, const MlpConfig *cfg, const ExtractFlags *f)
{
    int p = cfg->p, H = cfg->hidden;
    FourierTable t = fourier_table(p);
    IdealNeuron *n = xmalloc(sizeof *n * (size_t)H);
    double *wa = xmalloc(sizeof(double) * 3 * (size_t)p), *wb = wa + p, *wo = wb + p;
    for (int i = 0; i < H; i++) {
        squarewave_neuron_weights(P, cfg, i, wa, wb, wo);
        n[i] = squarewave_extract_neuron(&t, wa, wb, wo, f->reading, f->amplitude);
    }
    free(wa);
    fourier_table_free(&t);
    return n;
}

/* Accuracies on the test split tok/y (n) of the trained network P (work)
 * and of its three idealisations I (iwork): acc[IDEAL_NSETTINGS]; the
 * neurons of the last call stay in *neurons (freed by the caller) for
 * --write-model. */
static double evaluate_extractions(const Params *P, const MlpConfig *cfg, MlpWork *work, const ExtractFlags *f,
                                   Params *I, const MlpConfig *icfg, MlpWork *iwork, const int32_t *tok,
                                   const int32_t *y, int n, double acc[IDEAL_NSETTINGS], IdealNeuron **neurons)
{
    double loss, real;
    mlp_evaluate(work, cfg, P, tok, y, n, &loss, &real);
    free(*neurons);
    *neurons = extract_neurons(P, cfg, f);
    for (int s = 0; s < IDEAL_NSETTINGS; s++) {
        squarewave_ideal_mlp(I, icfg, *neurons, (IdealSetting)s);
        mlp_evaluate(iwork, icfg, I, tok, y, n, &loss, &acc[s]);
    }
    return real;
}

static void write_extracted_model(const Params *I, const MlpConfig *icfg, const char *path, const ExtractFlags *f,
                                  OutFile *mo)
{
    TensorList m = {0};
    params_to_tensors(I, &m);
    mlp_config_to_meta(icfg, &m);
    tl_meta_set(&m, "tool", "idealize");
    tl_meta_set(&m, "command", opt_cmdline());
    tl_meta_set(&m, "source", path);
    tl_meta_set(&m, "wave", f->wave);
    tl_meta_set(&m, "amplitude", f->amplitude ? "per-vector" : "unit");
    tl_meta_set(&m, "phases", squarewave_reading_name(f->reading));
    *mo = out_open(f->write_model);
    npz_put(mo, &m);
    tl_free(&m);
}

static void extract(const char *path, const ExtractFlags *f, Activation act)
{
    IdealSetting wave;
    if (!squarewave_setting_parse(f->wave, &wave)) die_usage("--wave: '%s' is not cos_cos, sq_cos or sq_sq", f->wave);
    TensorList tl = npz_read(path);
    Params P;
    MlpConfig cfg = mlp_declare_from_file(&P, &tl, path, act, 1);
    Tensor *steps = tl_get(&tl, "steps");
    int64_t T = 0; /* checkpoints of a trajectory; 0 for a model file */
    if (steps) {
        if (f->write_model) die_usage("--write-model needs a model file; %s is a trajectory", path);
        T = params_from_trajectory(&P, &tl, path, 0); /* checks every member before any work */
    } else {
        params_from_tensors(&P, &tl, path);
    }
    Dataset ds = dataset_read(f->data);
    if (ds.p != cfg.p || ds.k != 2)
        die("%s: dataset has p = %d, k = %d; model %s has p = %d, k = 2", f->data, ds.p, ds.k, path, cfg.p);
    if (ds.test.n == 0) die("%s: the test split is empty", f->data);
    int32_t *tok = dataset_split_tokens(ds.p, 2, &ds.test);

    /* the idealised network: per-position inputs, no biases, same activation */
    MlpConfig icfg = {.p = cfg.p, .k = 2, .hidden = cfg.hidden, .act = cfg.act};
    Params I = {0};
    mlp_declare(&I, &icfg);
    params_alloc(&I);
    MlpWork work = mlp_work_new(&cfg, 4096), iwork = mlp_work_new(&icfg, 4096);
    IdealNeuron *n = NULL;
    double acc[IDEAL_NSETTINGS];
    OutFile o = out_open(f->out), mo = {0};
    if (T) {
        fprintf(o.fp, "# step\treal\tsq_sq\tsq_cos\tcos_cos\n");
        for (int64_t t = 0; t < T; t++) {
            params_from_trajectory(&P, &tl, path, t);
            double real =
                evaluate_extractions(&P, &cfg, &work, f, &I, &icfg, &iwork, tok, ds.test.y, ds.test.n, acc, &n);
            fprintf(o.fp, "%lld\t%.6g\t%.6g\t%.6g\t%.6g\n", (long long)((const int64_t *)steps->data)[t], real,
                    acc[IDEAL_SQ_SQ], acc[IDEAL_SQ_COS], acc[IDEAL_COS_COS]);
            progress("idealize: checkpoint %lld/%lld", (long long)t + 1, (long long)T);
        }
        progress_done();
    } else {
        double real =
            evaluate_extractions(&P, &cfg, &work, f, &I, &icfg, &iwork, tok, ds.test.y, ds.test.n, acc, &n);
        fprintf(o.fp, "# key\tvalue\nn_neurons\t%d\nreal\t%.6g\n", cfg.hidden, real);
        fprintf(o.fp, "sq_sq\t%.6g\nsq_cos\t%.6g\ncos_cos\t%.6g\n", acc[IDEAL_SQ_SQ], acc[IDEAL_SQ_COS],
                acc[IDEAL_COS_COS]);
        if (f->write_model) {
            squarewave_ideal_mlp(&I, &icfg, n, wave);
            write_extracted_model(&I, &icfg, path, f, &mo);
        }
    }
    out_close(&o); /* both written before either is renamed into place */
    if (f->write_model) out_close(&mo);
    out_rename(&o);
    if (f->write_model) out_rename(&mo);
    mlp_work_free(&work);
    mlp_work_free(&iwork);
    free(n);
    free(tok);
    tl_free(&tl);
    params_free(&I);
    params_free(&P);
    dataset_free(&ds);
}

int main(int argc, char **argv)
{
    util_init(argv);
    int do_construct = 0;
    long p = 97, seeds = 40, seed = 0;
    const char *widths = "16,32,64,96,128,192,256,384,512", *per_seed = NULL, *model = NULL, *act_s = "relu",
               *phases = "at-nu";
    ExtractFlags f = {.wave = "sq_cos", .out = "-"};
    Opt opts[] = {
        {"construct", OPT_FLAG, &do_construct, NULL, "Table 1: constructed networks without training", NO_RANGE},
        {"p", OPT_INT, &p, "P", "--construct: modulus (default 97)", 2, 4096},
        {"widths", OPT_STRING, &widths, "LIST", "--construct: comma-separated hidden widths (default the paper's nine)", NO_RANGE},
        {"seeds", OPT_INT, &seeds, "N", "--construct: seeds per width (default 40)", 2, 1 << 24},
        {"seed", OPT_INT, &seed, "S", "--construct: base seed of the phases (default 0)", 0, 9.2e18},
        {"per-seed", OPT_STRING, &per_seed, "FILE", "--construct: also write every (width, seed) accuracy triple", NO_RANGE},
        {"extract", OPT_STRING, &model, "MODEL", "Table 2: idealise a trained model, or each checkpoint of a trajectory (path or '-')", NO_RANGE},
        {"data", OPT_STRING, &f.data, "FILE", "--extract: dataset from datagen; its test split is evaluated", NO_RANGE},
        {"amplitude", OPT_FLAG, &f.amplitude, NULL, "--extract: scale each wave by its vector's amplitude 2|w_hat|/p", NO_RANGE},
        {"phases", OPT_STRING, &phases, "R", "--extract: where phi_b, phi_out are read: at-nu (W_a's frequency nu, "
                                             "default) or own-bin (W_b's and W_out's own dominant bins)", NO_RANGE},
        {"write-model", OPT_STRING, &f.write_model, "FILE", "--extract: write the idealised network of --wave as a model", NO_RANGE},
        {"wave", OPT_STRING, &f.wave, "W", "--extract: cos_cos | sq_cos | sq_sq for --write-model (default sq_cos)", NO_RANGE},
        {"act", OPT_STRING, &act_s, "ACT", "--extract: activation for model files without meta.txt (default relu)", NO_RANGE},
        {"output", OPT_STRING, &f.out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"idealize --construct [--p P --widths LIST --seeds N --seed S] [-o OUT]\n"
                    "       idealize --extract MODEL --data FILE [--amplitude] [--phases at-nu|own-bin] [--write-model FILE] [-o OUT]",
                    "Accuracy of idealised networks whose weights are waves fixed by frequencies and phases alone: "
                    "constructed without training (--construct) or extracted from a trained model (--extract).",
                    opts, 0, 0, 2};
    int npos;
    free(opt_parse(&spec, argc, argv, &npos));
    if (do_construct == (model != NULL)) die_usage("give exactly one of --construct and --extract MODEL");
    if (do_construct) {
        const char *extract_only[] = {"data", "amplitude", "phases", "write-model", "wave", "act"};
        for (size_t i = 0; i < sizeof extract_only / sizeof *extract_only; i++)
            if (opt_given(extract_only[i])) die_usage("--%s goes with --extract", extract_only[i]);
        construct(p, widths, seeds, seed, f.out, per_seed);
        return 0;
    }
    const char *construct_only[] = {"p", "widths", "seeds", "seed", "per-seed"};
    for (size_t i = 0; i < sizeof construct_only / sizeof *construct_only; i++)
        if (opt_given(construct_only[i])) die_usage("--%s goes with --construct", construct_only[i]);
    if (!f.data) die_usage("--extract needs --data FILE");
    if (opt_given("wave") && !f.write_model) die_usage("--wave goes with --write-model");
    Activation act;
    if (!act_parse(act_s, &act)) die_usage("--act: '%s' is not an activation", act_s);
    if (!squarewave_reading_parse(phases, &f.reading)) die_usage("--phases: '%s' is not at-nu or own-bin", phases);
    extract(model, &f, act);
    return 0;
}
