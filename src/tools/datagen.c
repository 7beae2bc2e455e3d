/* datagen — write a modular-addition dataset: every tuple of Z_p^k, a
 * train/test split and optional label noise on the training labels.
 *
 *   datagen --p 97 --train-frac 0.3 --split stratified --label-noise 0.1 --seed 0 -o data.npz
 *
 * Output: .npz with int32 train_idx, train_y, test_idx, test_y (see dataset.h).
 * Test labels are always clean. Does not train or look at any model.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "npz.h"
#include "opt.h"
#include "util.h"

int main(int argc, char **argv)
{
    util_init(argv);
    long p = 0, k = 2, seed = 0;
    double frac = -1, alpha = 0;
    const char *split = "random", *mask_path = NULL, *out = NULL;
    Opt opts[] = {
        {"p", OPT_INT, &p, "P", "modulus (required, >= 2)", 2, 1 << 16},
        {"k", OPT_INT, &k, "K", "number of summands (default 2)", 1, 16},
        {"split", OPT_STRING, &split, "KIND", "random | stratified (by label) | all (train = test = everything) | mask", NO_RANGE},
        {"train-frac", OPT_DOUBLE, &frac, "F", "fraction of tuples in the training split, in (0, 1]", 0, 1},
        {"mask", OPT_STRING, &mask_path, "FILE", "for --split mask: .npy of uint8/bool, nonzero = train, p^k entries", NO_RANGE},
        {"label-noise", OPT_DOUBLE, &alpha, "A", "relabel round(A * n_train) training examples to a wrong class, A in [0, 1)", 0, 0.999999999},
        {"seed", OPT_INT, &seed, "S", "seed for the split and the noise (default 0)", 0, 9.2e18},
        {"output", OPT_STRING, &out, "FILE", "output .npz ('-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"datagen --p P [--k K] [--split KIND --train-frac F] [--label-noise A] [--seed S] -o OUT",
                    "Writes all p^k tuples of (t_1 + ... + t_k) mod p, split into train and test, as int32 indices and labels.",
                    opts, 0, 0, 1};
    int npos;
    opt_parse(&spec, argc, argv, &npos);
    if (!opt_given("p")) die_usage("--p is required");
    if (!out) die_usage("no output file (-o FILE)");
    int is_mask = strcmp(split, "mask") == 0, is_all = strcmp(split, "all") == 0;
    if (!is_mask && !is_all && strcmp(split, "random") != 0 && strcmp(split, "stratified") != 0)
        die_usage("--split: '%s' is not random, stratified, all or mask", split);
    if (is_mask != (mask_path != NULL)) die_usage("--mask goes with --split mask");
    if (!is_mask && !is_all && (frac <= 0)) die_usage("--train-frac is required and must be in (0, 1]");

    Dataset ds = {.p = (int)p, .k = (int)k};
    int64_t total = dataset_size(ds.p, ds.k);
    if (is_all) dataset_split_all(&ds);
    else if (is_mask) {
        TensorList m = npz_read(mask_path);
        if (m.n != 1) die("%s: expected one array, found %d", mask_path, m.n);
        Tensor *t = &m.t[0];
        if (t->dtype != DT_U8 && t->dtype != DT_BOOL)
            die("%s: mask has dtype %s, expected uint8 or bool", mask_path, dtype_name(t->dtype));
        if (tensor_numel(t) != total)
            die("%s: mask has %lld entries, expected p^k = %lld", mask_path, (long long)tensor_numel(t), (long long)total);
        dataset_split_mask(&ds, t->data);
        tl_free(&m);
    } else if (strcmp(split, "stratified") == 0) dataset_split_stratified(&ds, frac, (uint64_t)seed);
    else dataset_split_random(&ds, frac, (uint64_t)seed);
    if (ds.train.n == 0) die("the training split is empty (p^k = %lld, fraction %g)", (long long)total, frac);
    int64_t noisy = dataset_add_label_noise(&ds, alpha, (uint64_t)seed);

    TensorList tl = {0};
    dataset_to_tensors(&ds, &tl);
    char buf[64];
    tl_meta_set(&tl, "tool", "datagen");
    tl_meta_set(&tl, "command", opt_cmdline());
    tl_meta_set(&tl, "split", split);
    snprintf(buf, sizeof buf, "%lld", (long long)noisy);
    tl_meta_set(&tl, "noisy_labels", buf);
    npz_write(out, &tl);
    tl_free(&tl);
    dataset_free(&ds);
    return 0;
}
