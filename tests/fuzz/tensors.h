/* tensors.h — the input of the dataset and model harnesses: a tensor list.
 *
 * An input that starts like an .npz or .npy (zip or numpy magic) is read with
 * npz_parse, as a tool reads a file. Any other input is decoded from a
 * compact description, so that the fuzzer reaches the validation behind the
 * reader without having to forge CRC-32s:
 *
 *   count (1 byte, mod 8), then per tensor:
 *     name (1 byte: index into fuzz_names, else "x<byte>"), dtype (1 byte,
 *     mod 6), ndim (1 byte, mod 5), one byte per dimension (below 0xf0: the
 *     size itself; from 0xf0: one of the extreme sizes in fuzz_big), then
 *     the tensor's bytes taken from the input (zeros where it runs out);
 *   the rest of the input: meta.txt (up to its first NUL byte).
 *
 * A tensor of more than 1 MiB or one repeating a name is left out.
 */
#ifndef FUZZ_TENSORS_H
#define FUZZ_TENSORS_H

#include <stdlib.h>
#include <string.h>

#include "npz.h"

static const char *const fuzz_names[] = {"train_idx", "train_y", "test_idx", "test_y", "W_in",
                                         "b_in",      "W_out",   "b_out",    "steps",  "mask"};
static const int64_t fuzz_big[] = {(1LL << 32) + 5, (1LL << 31),     (1LL << 31) - 1, 1LL << 20, 65536, 65537,
                                   (1LL << 32) + 3, (1LL << 62),     (1LL << 33) + 97, 97,       256,   4096,
                                   (1LL << 32),     (1LL << 32) + 2, 1000000007,       INT64_MAX};

/* Fills tl from data; returns 0, or -1 when an .npz/.npy input does not parse. */
static int fuzz_tensors(const uint8_t *data, size_t size, TensorList *tl)
{
    memset(tl, 0, sizeof *tl);
    if ((size >= 4 && memcmp(data, "PK", 2) == 0) || (size >= 6 && memcmp(data, "\x93NUMPY", 6) == 0)) {
        char err[512];
        return npz_parse(data, size, "mask", tl, err, sizeof err);
    }
    size_t at = 0;
    int count = size ? data[at++] % 8 : 0;
    for (int i = 0; i < count && size - at >= 3; i++) {
        char name[16];
        unsigned nb = data[at++];
        if (nb < sizeof fuzz_names / sizeof fuzz_names[0]) snprintf(name, sizeof name, "%s", fuzz_names[nb]);
        else snprintf(name, sizeof name, "x%u", nb);
        DType dt = (DType)(data[at++] % 6);
        int ndim = data[at++] % 5;
        int64_t shape[TENSOR_MAX_DIM];
        for (int d = 0; d < ndim; d++) {
            unsigned b = at < size ? data[at++] : 0;
            shape[d] = b < 0xf0 ? (int64_t)b : fuzz_big[b - 0xf0];
        }
        /* as npz allows: the non-zero sizes times the item size fit an int64;
         * and at most 1 MiB of data */
        uint64_t bytes = dtype_size(dt);
        int zero = 0, huge = 0;
        for (int d = 0; d < ndim; d++) {
            if (shape[d] == 0) zero = 1;
            else if ((uint64_t)shape[d] > (uint64_t)INT64_MAX / bytes) huge = 2;
            else bytes *= (uint64_t)shape[d];
        }
        if (huge || (!zero && bytes > (1u << 20))) continue;
        if (tl_get(tl, name)) continue;
        Tensor *t = tl_add(tl, name, dt, ndim, shape, NULL);
        size_t take = size - at < t->nbytes ? size - at : t->nbytes;
        if (take) memcpy(t->data, data + at, take);
        at += take;
    }
    if (at < size) {
        size_t n = strnlen((const char *)data + at, size - at);
        tl->meta = malloc(n + 1);
        memcpy(tl->meta, data + at, n);
        tl->meta[n] = '\0';
    }
    return 0;
}

#endif
