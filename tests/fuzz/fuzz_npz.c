/* fuzz_npz — libFuzzer harness for npz_parse, the .npz/.npy reader.
 *
 * Any input must give either an error (one non-empty line of printable text,
 * nothing allocated) or a tensor list whose every tensor is consistent: a
 * non-empty name, a valid dtype, non-negative dimensions whose product times
 * the item size is nbytes, data readable to its last byte. A parsed list
 * must also survive a round trip: npz_serialize, then npz_parse again, gives
 * the same names, dtypes, shapes, bytes and meta.txt. Sanitizers catch any
 * out-of-bounds read, overflow or leak on the way.
 */
#include <string.h>

#include "fuzz.h"
#include "npz.h"

static void check_error_message(const char *err)
{
    FUZZ_CHECK(err[0] != '\0');
    for (const char *c = err; *c; c++) FUZZ_CHECK((unsigned char)*c >= 0x20 && (unsigned char)*c != 0x7f);
}

static void check_tensor(const Tensor *t)
{
    FUZZ_CHECK(t->name && t->name[0]);
    FUZZ_CHECK(dtype_size(t->dtype) > 0);
    FUZZ_CHECK(t->ndim >= 0 && t->ndim <= TENSOR_MAX_DIM);
    for (int d = 0; d < t->ndim; d++) FUZZ_CHECK(t->shape[d] >= 0);
    FUZZ_CHECK((uint64_t)tensor_numel(t) * dtype_size(t->dtype) == t->nbytes);
    /* touch every byte: an allocation shorter than nbytes is an ASan report */
    const volatile unsigned char *b = t->data;
    unsigned sum = 0;
    for (size_t i = 0; i < t->nbytes; i++) sum += b[i];
    (void)sum;
}

static void check_same(const TensorList *a, const TensorList *b)
{
    FUZZ_CHECK(a->n == b->n);
    for (int i = 0; i < a->n; i++) {
        const Tensor *x = &a->t[i], *y = tl_get(b, x->name);
        FUZZ_CHECK(y != NULL);
        FUZZ_CHECK(x->dtype == y->dtype && x->ndim == y->ndim && x->nbytes == y->nbytes);
        FUZZ_CHECK(memcmp(x->shape, y->shape, sizeof(int64_t) * (size_t)x->ndim) == 0);
        FUZZ_CHECK(x->nbytes == 0 || memcmp(x->data, y->data, x->nbytes) == 0);
    }
    FUZZ_CHECK((a->meta == NULL) == (b->meta == NULL));
    FUZZ_CHECK(!a->meta || strcmp(a->meta, b->meta) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TensorList tl, back;
    char err[512];
    if (npz_parse(data, size, "arr_0", &tl, err, sizeof err) != 0) {
        check_error_message(err);
        FUZZ_CHECK(tl.n == 0 && tl.t == NULL && tl.meta == NULL);
        return 0;
    }
    for (int i = 0; i < tl.n; i++) check_tensor(&tl.t[i]);
    if (tl.meta) {
        char *v = tl_meta_get(&tl, "p"); /* the meta.txt line reader */
        free(v);
    }
    size_t n;
    unsigned char *bytes = npz_serialize(&tl, &n);
    if (npz_parse(bytes, n, "arr_0", &back, err, sizeof err) != 0) {
        fprintf(stderr, "re-reading what npz_serialize wrote failed: %s\n", err);
        abort();
    }
    check_same(&tl, &back);
    /* and writing the re-read list gives the same bytes */
    size_t n2;
    unsigned char *bytes2 = npz_serialize(&back, &n2);
    FUZZ_CHECK(n2 == n && memcmp(bytes, bytes2, n) == 0);
    free(bytes2);
    free(bytes);
    tl_free(&back);
    tl_free(&tl);
    return 0;
}
