/* dataset — modular addition data: all p^k input tuples, a train/test split,
 * label noise on the training labels.
 *
 * An example is stored compactly as its index in the row-major enumeration of
 * Z_p^k: idx = ((t_0 * p + t_1) * p + ...) + t_{k-1}; its clean label is
 * (t_0 + ... + t_{k-1}) mod p. A dataset file (written by datagen) is an .npz
 * with int32 members train_idx, train_y (labels, possibly noisy), test_idx,
 * test_y (always clean), and meta p, k, and how the split was made.
 */
#ifndef DATASET_H
#define DATASET_H

#include <stdint.h>

#include "npz.h"

typedef struct {
    int64_t n;
    int32_t *idx; /* (n,) tuple indices */
    int32_t *y;   /* (n,) labels */
} Split;

typedef struct {
    int p, k;
    Split train, test;
} Dataset;

/* Number of tuples p^k; dies if it does not fit an int32 index. */
int64_t dataset_size(int p, int k);

/* Decodes a tuple index into k tokens, most significant first. */
void dataset_tokens(int p, int k, int64_t idx, int32_t *tok);

/* Clean label of a tuple index. */
int32_t dataset_label(int p, int k, int64_t idx);

/* Tokens of a whole split: (n, k) int32, caller frees. */
int32_t *dataset_split_tokens(int p, int k, const Split *s);

/* Number of training examples for a fraction: floor(frac * total). */
int64_t dataset_train_count(double frac, int64_t total);

/* Splits. Each fills ds->train and ds->test (labels clean); all draws from rng. */
void dataset_split_random(Dataset *ds, double frac, uint64_t seed);
void dataset_split_stratified(Dataset *ds, double frac, uint64_t seed);
void dataset_split_all(Dataset *ds);  /* train = test = every tuple */
void dataset_split_mask(Dataset *ds, const uint8_t *mask); /* mask[idx] != 0: train */

/* Relabels round(alpha * n_train) training examples, drawn without replacement,
 * each to a uniformly chosen wrong class. Returns the number relabelled. */
int64_t dataset_add_label_noise(Dataset *ds, double alpha, uint64_t seed);

void dataset_to_tensors(const Dataset *ds, TensorList *tl);
/* Reads and validates a dataset file; dies with "path: ..." on any problem. */
Dataset dataset_read(const char *path);
/* The validation of dataset_read on a list already read (path names it in
 * messages). Fills *ds as it goes, so that after a die() caught by a test
 * harness dataset_free(ds) releases what was allocated. */
void dataset_from_tensors(Dataset *ds, const TensorList *tl, const char *path);
void dataset_free(Dataset *ds);

#endif
