/* fuzz_ckpt — libFuzzer harness for ckpts_read, the reader of the He 2026
 * analyses (a model file or a trajectory of the shared, bias-free network).
 * Input: an .npz/.npy, or a compact tensor list (tensors.h) that the harness
 * writes out as an .npz; either way ckpts_read reads it by path, from an
 * in-memory file (memfd), as a tool would.
 *
 * A file is either refused by die() (caught, see fuzz.h) or gives at least
 * one checkpoint of a network with p >= 3 classes and M >= 1 neurons, whose
 * weights and steps can be read to their last element, and whose first
 * step is found by ckpts_find. Leak detection is off for this harness
 * (FUZZ_NO_LEAKS in tests/hardening.mk): ckpts_read drops what it holds
 * when it dies, as a process that exits may. Its tensor list, the bulk of
 * that, is caught on the way (linked with -Wl,--wrap=npz_read) and freed
 * here, so that a long run does not grow without bound.
 */
#define _GNU_SOURCE /* memfd_create */
#include <sys/mman.h>
#include <unistd.h>

#include "ckpt.h"
#include "fuzz.h"
#include "tensors.h"

static TensorList tl, read_by_ckpt;
static int have_read;
static Ckpts c;

TensorList __real_npz_read(const char *path);
TensorList __wrap_npz_read(const char *path);
TensorList __wrap_npz_read(const char *path)
{
    read_by_ckpt = __real_npz_read(path);
    have_read = 1;
    return read_by_ckpt;
}
static int fd = -1;
static char path[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fd < 0) {
        fd = memfd_create("fuzz_ckpt.npz", 0);
        if (fd < 0) abort();
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    }
    /* the file: the input itself when it is an .npz/.npy, else the decoded list written out */
    unsigned char *bytes = NULL;
    size_t n = size;
    if ((size >= 4 && memcmp(data, "PK", 2) == 0) || (size >= 6 && memcmp(data, "\x93NUMPY", 6) == 0)) {
        bytes = malloc(size ? size : 1);
        memcpy(bytes, data, size);
    } else {
        fuzz_tensors(data, size, &tl);
        bytes = npz_serialize(&tl, &n);
        tl_free(&tl);
    }
    if (ftruncate(fd, 0) != 0 || pwrite(fd, bytes, n, 0) != (ssize_t)n) abort();
    free(bytes);

    memset(&c, 0, sizeof c);
    have_read = 0;
    fuzz_armed = 1;
    if (setjmp(fuzz_jmp) == 0) {
        c = ckpts_read(path);
        fuzz_armed = 0;
        have_read = 0; /* ckpts_read freed its list */
        FUZZ_CHECK(c.T >= 1 && c.M >= 1 && c.p >= 3);
        volatile float sum = 0;
        size_t each = (size_t)c.M * (size_t)c.p;
        for (size_t i = 0; i < (size_t)c.T * each; i++) sum += c.W_in[i] + c.W_out[i];
        for (int t = 0; t < c.T; t++) sum += (float)c.steps[t];
        (void)sum;
        FUZZ_CHECK(ckpts_find(&c, c.steps[0]) == 0);
        double theta[8], xi[8];
        if (c.p <= 8) ckpts_neuron(&c, c.T - 1, c.M - 1, theta, xi);
    }
    fuzz_armed = 0;
    if (have_read) tl_free(&read_by_ckpt);
    ckpts_free(&c);
    return 0;
}
