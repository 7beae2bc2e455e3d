/* fuzz_dataset — libFuzzer harness for the dataset reader's validation
 * (dataset_from_tensors, the part of dataset_read after npz_read), on an
 * .npz/.npy input or a decoded tensor list (tensors.h).
 *
 * A list is either refused by die() (caught, see fuzz.h; everything freed,
 * so leaks are checked on both paths) or gives a dataset every tool can use
 * without further checks: 2 <= p, 1 <= k, p^k fits an int32 index, every
 * index in [0, p^k), every label in [0, p), and the token decoding of both
 * splits stays in [0, p).
 */
#include "dataset.h"
#include "fuzz.h"
#include "tensors.h"

static Dataset ds;
static TensorList tl;

static void check_split(const Split *s, int64_t total)
{
    FUZZ_CHECK(s->n >= 0);
    for (int64_t i = 0; i < s->n; i++) {
        FUZZ_CHECK(s->idx[i] >= 0 && s->idx[i] < total);
        FUZZ_CHECK(s->y[i] >= 0 && s->y[i] < ds.p);
    }
    int32_t *tok = dataset_split_tokens(ds.p, ds.k, s);
    for (int64_t i = 0; i < s->n * ds.k; i++) FUZZ_CHECK(tok[i] >= 0 && tok[i] < ds.p);
    free(tok);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fuzz_tensors(data, size, &tl) != 0) return 0;
    fuzz_armed = 1;
    if (setjmp(fuzz_jmp) == 0) {
        dataset_from_tensors(&ds, &tl, "fuzz.npz");
        fuzz_armed = 0;
        FUZZ_CHECK(ds.p >= 2 && ds.k >= 1);
        int64_t total = dataset_size(ds.p, ds.k);
        FUZZ_CHECK(total >= 2 && total <= INT32_MAX);
        check_split(&ds.train, total);
        check_split(&ds.test, total);
    }
    fuzz_armed = 0;
    dataset_free(&ds);
    tl_free(&tl);
    return 0;
}
