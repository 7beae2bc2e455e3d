/* Tests for npz: reading numpy's files (the He 2026 fixtures, archives that
 * numpy writes on the spot, hand-built zip64 and deflated archives), writing
 * files numpy reads back and whose .npy bytes equal numpy.save's, the
 * tensor-list and meta.txt helpers, and rejection of damaged or hostile input.
 *
 * The numpy subtests need a python with numpy ($PYTHON, else /usr/bin/python3)
 * and report "# SKIP" without one, so the count of tests is the same
 * everywhere. The fixtures are the authors' checkpoints in
 * experiments/he2026/authors/ (run from the repository root). Scratch files
 * live in a mkdtemp directory that is removed at the end.
 */
#include "capture.h"
#include "npz.h"
#include "tap.h"
#include "util.h"

#include <dirent.h>
#include <stdint.h>
#include <string.h>
#include <zlib.h>

#define FIXTURES "experiments/he2026/authors"

static char scratch[] = "/tmp/npz-test-XXXXXX";

/* ------------------------------------------------------------ helpers */

static void skip(int count, const char *why)
{
    for (int i = 0; i < count; i++) printf("ok %d - skipped # SKIP %s\n", ++tap_run, why);
    fflush(stdout);
}

static char *scratch_path(const char *name)
{
    return xasprintf("%s/%s", scratch, name);
}

/* 1 when parsing fails with a message that contains needle (any message when
 * needle is NULL); the message goes to the TAP output either way. */
static int rejects_quietly(const unsigned char *buf, size_t len, const char *needle, int quiet)
{
    TensorList tl;
    char err[512];
    int rc = npz_parse(buf, len, "x", &tl, err, sizeof err);
    if (rc == 0) {
        tl_free(&tl);
        diag("accepted, expected an error containing '%s'", needle ? needle : "");
        return 0;
    }
    if (!quiet) diag("error: %s", err);
    return rc == -1 && err[0] && (!needle || strstr(err, needle)) && tl.n == 0 && tl.t == NULL;
}

static int rejects(const unsigned char *buf, size_t len, const char *needle)
{
    return rejects_quietly(buf, len, needle, 0);
}

static int same_tensor(const Tensor *a, const Tensor *b)
{
    if (!a || !b || strcmp(a->name, b->name) || a->dtype != b->dtype || a->ndim != b->ndim || a->nbytes != b->nbytes)
        return 0;
    for (int i = 0; i < a->ndim; i++)
        if (a->shape[i] != b->shape[i]) return 0;
    return a->nbytes == 0 || memcmp(a->data, b->data, a->nbytes) == 0;
}

/* Every tensor of want is in got with the same dtype, shape and bytes. */
static int same_tensors(const TensorList *got, const TensorList *want)
{
    int good = got->n == want->n;
    if (!good) diag("got %d tensors, expected %d", got->n, want->n);
    for (int i = 0; i < want->n; i++)
        if (!same_tensor(tl_get(got, want->t[i].name), &want->t[i])) {
            diag("tensor %s differs or is missing", want->t[i].name);
            good = 0;
        }
    return good;
}

/* A growable byte string for building test inputs. */
typedef struct {
    unsigned char *p;
    size_t n;
} Buf;

static void add(Buf *b, const void *src, size_t n)
{
    b->p = xrealloc(b->p, b->n + n);
    if (n) memcpy(b->p + b->n, src, n);
    b->n += n;
}

static void add16(Buf *b, unsigned v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    add(b, x, 2);
}

static void add32(Buf *b, uint32_t v)
{
    add16(b, v & 0xffff);
    add16(b, v >> 16);
}

static void add64(Buf *b, uint64_t v)
{
    add32(b, (uint32_t)v);
    add32(b, (uint32_t)(v >> 32));
}

/* A .npy of the given version with a hand-written header dict, padded as
 * numpy pads (spaces, '\n', data at a multiple of 64). */
static unsigned char *make_npy(int major, const char *dict, const void *data, size_t len, size_t *outlen)
{
    size_t prefix = major == 1 ? 10 : 12, text = strlen(dict);
    size_t pad = 64 - (prefix + text + 1) % 64, hlen = text + pad + 1;
    Buf b = {0};
    add(&b, "\x93NUMPY", 6);
    unsigned char version[2] = {(unsigned char)major, 0};
    add(&b, version, 2);
    if (major == 1) add16(&b, (unsigned)hlen);
    else add32(&b, (uint32_t)hlen);
    add(&b, dict, text);
    for (size_t i = 0; i < pad; i++) add(&b, " ", 1);
    add(&b, "\n", 1);
    add(&b, data, len);
    *outlen = b.n;
    return b.p;
}

/* A member of a hand-built zip. */
typedef struct {
    const char *name;
    const void *data;
    size_t len;
    int deflate;
} Member;

enum {
    ZIP64_FIELDS = 1, /* sizes and offsets 0xFFFFFFFF, real values in zip64 extras */
    ZIP64_END = 2,    /* zip64 end record and locator before the EOCD */
    BAD_CRC = 4,      /* store a wrong CRC-32 */
    ENCRYPTED = 8,    /* set the encryption flag */
    BZIP2 = 16,       /* claim compression method 12 */
};

static unsigned char *raw_deflate(const void *data, size_t len, size_t *outlen)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    deflateInit2(&zs, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&zs, (uLong)len);
    unsigned char *out = xmalloc(cap);
    zs.next_in = (unsigned char *)(uintptr_t)data;
    zs.avail_in = (uInt)len;
    zs.next_out = out;
    zs.avail_out = (uInt)cap;
    deflate(&zs, Z_FINISH);
    *outlen = zs.total_out;
    deflateEnd(&zs);
    return out;
}

static void add_header_sizes(Buf *b, int flags, uint32_t crc, size_t csize, size_t usize)
{
    add32(b, crc);
    add32(b, flags & ZIP64_FIELDS ? 0xffffffffu : (uint32_t)csize);
    add32(b, flags & ZIP64_FIELDS ? 0xffffffffu : (uint32_t)usize);
}

/* A zip archive in the layouts numpy's zipfile and other writers produce. */
static unsigned char *build_zip(const Member *m, int n, int flags, size_t *outlen)
{
    Buf b = {0}, dir = {0};
    for (int i = 0; i < n; i++) {
        size_t clen = m[i].len, offset = b.n, name_len = strlen(m[i].name);
        unsigned char *stored = m[i].deflate ? raw_deflate(m[i].data, m[i].len, &clen) : NULL;
        uint32_t crc = (uint32_t)crc32(0, m[i].data, (uInt)m[i].len) ^ (flags & BAD_CRC ? 1u : 0u);
        unsigned method = flags & BZIP2 ? 12 : m[i].deflate ? 8 : 0, bits = flags & ENCRYPTED ? 1 : 0;
        add32(&b, 0x04034b50);
        add16(&b, 45), add16(&b, bits), add16(&b, method), add16(&b, 0), add16(&b, 0x21);
        add_header_sizes(&b, flags, crc, clen, m[i].len);
        add16(&b, (unsigned)name_len), add16(&b, flags & ZIP64_FIELDS ? 20 : 0);
        add(&b, m[i].name, name_len);
        if (flags & ZIP64_FIELDS) add16(&b, 1), add16(&b, 16), add64(&b, m[i].len), add64(&b, clen);
        add(&b, stored ? stored : m[i].data, clen);
        free(stored);
        add32(&dir, 0x02014b50);
        add16(&dir, 0x032d), add16(&dir, 45), add16(&dir, bits), add16(&dir, method), add16(&dir, 0), add16(&dir, 0x21);
        add_header_sizes(&dir, flags, crc, clen, m[i].len);
        /* an unrelated extra block (extended timestamp) comes first */
        add16(&dir, (unsigned)name_len), add16(&dir, flags & ZIP64_FIELDS ? 9 + 28 : 9), add16(&dir, 0);
        add16(&dir, 0), add16(&dir, 0), add32(&dir, 0x01800000u);
        add32(&dir, flags & ZIP64_FIELDS ? 0xffffffffu : (uint32_t)offset);
        add(&dir, m[i].name, name_len);
        add16(&dir, 0x5455), add16(&dir, 5), add(&dir, "\1\0\0\0\0", 5);
        if (flags & ZIP64_FIELDS)
            add16(&dir, 1), add16(&dir, 24), add64(&dir, m[i].len), add64(&dir, clen), add64(&dir, offset);
    }
    size_t dir_offset = b.n, dir_size = dir.n;
    add(&b, dir.p, dir.n);
    free(dir.p);
    if (flags & ZIP64_END) {
        size_t record = b.n;
        add32(&b, 0x06064b50), add64(&b, 44), add16(&b, 45), add16(&b, 45), add32(&b, 0), add32(&b, 0);
        add64(&b, (uint64_t)n), add64(&b, (uint64_t)n), add64(&b, dir_size), add64(&b, dir_offset);
        add32(&b, 0x07064b50), add32(&b, 0), add64(&b, record), add32(&b, 1);
    }
    int big = flags & ZIP64_END;
    add32(&b, 0x06054b50), add16(&b, 0), add16(&b, 0);
    add16(&b, big ? 0xffff : (unsigned)n), add16(&b, big ? 0xffff : (unsigned)n);
    add32(&b, big ? 0xffffffffu : (uint32_t)dir_size), add32(&b, big ? 0xffffffffu : (uint32_t)dir_offset);
    add16(&b, 0);
    *outlen = b.n;
    return b.p;
}

/* A void(void) call for capture_fd, which exits 0 should the call return. */
struct call { void (*fn)(void); };

static int run_call(void *arg)
{
    ((struct call *)arg)->fn();
    return 0;
}

/* 1 when fn, run in a child process, exits with status 1 and a first line
 * on stderr that contains needle. */
static int dies_with(void (*fn)(void), const char *needle)
{
    int status;
    char *msg = capture_fd(2, run_call, &(struct call){fn}, &status);
    msg[strcspn(msg, "\n")] = '\0';
    diag("exit %d, stderr: %s", status, msg);
    int good = status == 1 && strstr(msg, needle) != NULL;
    free(msg);
    return good;
}

/* ------------------------------------------------ sample tensor lists */

/* One tensor of each dtype, with scalar, 1-D, empty and 8-D shapes. The
 * same values are produced by the python script in numpy_write_script. */
static TensorList sample_list(int with_meta)
{
    TensorList tl = {0};
    float f32[6];
    double f64[7];
    int64_t i64[8];
    unsigned char u8[4] = {0, 60, 120, 255}, b1[3] = {1, 0, 1}, tiny[2] = {7, 9};
    int32_t i32 = -123456;
    for (int i = 0; i < 6; i++) f32[i] = (float)i / 8.0f - 1.0f;
    for (int i = 0; i < 7; i++) f64[i] = i * 0.25 - 1e300 * (i == 6);
    for (int i = 0; i < 8; i++) i64[i] = (int64_t)i * 1000000000000LL - 5;
    tl_add(&tl, "f32", DT_F32, 2, (int64_t[]){2, 3}, f32);
    tl_add(&tl, "f64", DT_F64, 1, (int64_t[]){7}, f64);
    tl_add(&tl, "i32", DT_I32, 0, NULL, &i32);
    tl_add(&tl, "i64", DT_I64, 3, (int64_t[]){2, 2, 2}, i64);
    tl_add(&tl, "u8", DT_U8, 1, (int64_t[]){4}, u8);
    tl_add(&tl, "b1", DT_BOOL, 1, (int64_t[]){3}, b1);
    tl_add(&tl, "empty", DT_F32, 2, (int64_t[]){0, 4}, NULL);
    tl_add(&tl, "eight_d", DT_U8, 8, (int64_t[]){1, 1, 1, 1, 1, 1, 1, 2}, tiny);
    if (with_meta) {
        tl_meta_set(&tl, "tool", "train");
        tl_meta_set(&tl, "seed", "42");
    }
    return tl;
}

/* A larger array that compresses well, for the deflate path (100000 float64). */
static void add_long_ramp(TensorList *tl)
{
    Tensor *t = tl_add(tl, "ramp", DT_F64, 1, (int64_t[]){100000}, NULL);
    for (int i = 0; i < 100000; i++) ((double *)t->data)[i] = i / 8.0;
}

/* ----------------------------------------------------------- fixtures */

static TensorList parse_file(const char *path, const char *npy_name, char *err, size_t errlen, int *rc)
{
    size_t len;
    unsigned char *buf = read_file(path, &len);
    TensorList tl;
    *rc = npz_parse(buf, len, npy_name, &tl, err, errlen);
    free(buf);
    return tl;
}

static int has(const TensorList *tl, const char *name, DType dt, int ndim, int64_t d0, int64_t d1)
{
    const Tensor *t = tl_get(tl, name);
    return t && t->dtype == dt && t->ndim == ndim && t->shape[0] == d0 && (ndim < 2 || t->shape[1] == d1);
}

static int all_finite(const Tensor *t)
{
    for (int64_t i = 0; i < tensor_numel(t); i++)
        if (!isfinite(((const float *)t->data)[i])) return 0;
    return 1;
}

static void test_fixture_archives(void)
{
    DIR *dir = opendir(FIXTURES);
    int files = 0, parsed = 0, w_in = 0, w_out = 0, finite = 0;
    for (struct dirent *d; dir && (d = readdir(dir));) {
        size_t nl = strlen(d->d_name);
        if (nl < 5 || strcmp(d->d_name + nl - 4, ".npz") != 0) continue;
        char *path = xasprintf("%s/%s", FIXTURES, d->d_name), err[512];
        int rc;
        TensorList tl = parse_file(path, "x", err, sizeof err, &rc);
        files++;
        if (rc) diag("%s: %s", d->d_name, err);
        parsed += rc == 0;
        w_in += has(&tl, "W_in", DT_F32, 2, 512, 23);
        w_out += has(&tl, "W_out", DT_F32, 2, 23, 512);
        finite += rc == 0 && all_finite(tl_get(&tl, "W_in")) && all_finite(tl_get(&tl, "W_out"));
        tl_free(&tl);
        free(path);
    }
    if (dir) closedir(dir);
    diag("%d fixture archives", files);
    is_int(files, 14, "the fixture directory holds the 14 published .npz files");
    is_int(parsed, files, "every fixture .npz parses");
    is_int(w_in, files, "every fixture has W_in float32 (512,23)");
    is_int(w_out, files, "every fixture has W_out float32 (23,512)");
    is_int(finite, files, "every fixture's weights are finite");
}

/* The fixtures are np.savez output: STORED members whose local headers carry
 * a zip64 extra field (id 1, 16 bytes). Checks that the path under test is
 * really exercised. */
static void test_fixture_layout(void)
{
    size_t len;
    unsigned char *b = read_file(FIXTURES "/r1_relu_adamw_init.npz", &len);
    /* local header: method at 8, name length at 26, extra length at 28; the
     * name "W_in.npy" is 8 bytes, so the extra (id, size) starts at 38 */
    int zip64_local = len > 50 && b[0] == 'P' && b[1] == 'K' && b[8] == 0 && b[26] == 8 && b[28] == 20 && b[29] == 0 &&
                      b[30 + 8] == 1 && b[30 + 9] == 0 && b[30 + 10] == 16;
    ok(zip64_local, "fixture members are STORED with zip64 extras in the local header (as numpy writes them)");
    free(b);
}

static void test_fixture_values(void)
{
    char err[512];
    int rc;
    TensorList init = parse_file(FIXTURES "/r1_relu_adamw_init.npz", "x", err, sizeof err, &rc);
    Tensor *w = tl_get(&init, "W_in"), *wo = tl_get(&init, "W_out");
    /* reference values printed by numpy from the same file */
    ok(w && ((float *)w->data)[0] == 0.040178962f && ((float *)w->data)[511 * 23 + 22] == 0.012657397f,
       "r1 init W_in[0,0] and W_in[511,22] equal numpy's values");
    ok(wo && ((float *)wo->data)[22 * 512 + 511] == -0.002910587f, "r1 init W_out[22,511] equals numpy's value");
    tl_free(&init);

    TensorList fin = parse_file(FIXTURES "/r1_relu_adamw_final.npz", "x", err, sizeof err, &rc);
    Tensor *loss = tl_get(&fin, "train_losses");
    ok(loss && loss->dtype == DT_F64 && loss->ndim == 1, "r1 final train_losses is 1-D float64");
    is_int(loss ? loss->shape[0] : -1, 10000, "r1 final train_losses has one value per step (10000)");
    ok(has(&fin, "test_losses", DT_F64, 1, 10000, 0) && has(&fin, "param_norms", DT_F64, 1, 10000, 0),
       "r1 final test_losses and param_norms are float64 (10000)");
    is_close(loss ? ((double *)loss->data)[0] : NAN, 3.1355607509613037, 1e-15, "r1 train_losses[0]");
    tl_free(&fin);

    TensorList r2 = parse_file(FIXTURES "/r2_grokking_final.npz", "x", err, sizeof err, &rc);
    loss = tl_get(&r2, "train_losses");
    ok(loss && loss->ndim == 1 && loss->shape[0] == 50000, "r2 final train_losses has 50000 steps");
    is_close(loss ? ((double *)loss->data)[49999] : NAN, 6.66e-6, 0.005e-6,
             "r2 final train loss matches the README (6.66e-6)");
    tl_free(&r2);
}

static void test_fixture_mask(void)
{
    TensorList tl = npz_read(FIXTURES "/r2_grokking_train_mask.npy");
    Tensor *m = tl.n == 1 ? &tl.t[0] : NULL;
    ok(m && strcmp(m->name, "r2_grokking_train_mask") == 0, "bare .npy read as one tensor named after the file");
    ok(m && m->dtype == DT_U8 && m->ndim == 2 && m->shape[0] == 23 && m->shape[1] == 23, "mask is uint8 (23,23)");
    int ones = 0, others = 0;
    for (size_t i = 0; m && i < m->nbytes; i++) {
        ones += ((unsigned char *)m->data)[i] == 1;
        others += ((unsigned char *)m->data)[i] > 1;
    }
    ok(ones == 396 && others == 0, "mask holds 396 ones and otherwise zeros (got %d ones)", ones);
    tl_free(&tl);
}

#define FIXTURE_TESTS 17

/* --------------------------------------------------------- round trip */

/* Start of the .npy of member i in an archive we wrote (no extras). */
static const unsigned char *member_npy(const unsigned char *zip, size_t len, size_t offset)
{
    if (offset + 30 > len) return NULL;
    return zip + offset + 30 + (zip[offset + 26] | zip[offset + 27] << 8);
}

static void test_round_trip(void)
{
    TensorList tl = sample_list(1);
    size_t len, len2;
    unsigned char *bytes = npz_serialize(&tl, &len);
    TensorList back;
    char err[512];
    int rc = npz_parse(bytes, len, "x", &back, err, sizeof err);
    ok(rc == 0, "our archive parses back (%s)", rc ? err : "ok");
    is_int(back.n, tl.n, "all %d tensors come back", tl.n);
    for (int i = 0; i < tl.n; i++)
        ok(same_tensor(tl_get(&back, tl.t[i].name), &tl.t[i]), "%s %s comes back with equal shape and bytes",
           tl.t[i].name, dtype_name(tl.t[i].dtype));
    ok(back.meta && strcmp(back.meta, tl.meta) == 0, "meta.txt comes back unchanged");
    tl_free(&back);

    unsigned char *again = npz_serialize(&tl, &len2);
    ok(len == len2 && memcmp(bytes, again, len) == 0, "serialising the same list twice gives identical bytes");
    free(again);

    /* every .npy starts its data at a multiple of 64 after a '\n' */
    int aligned = 1;
    for (size_t off = 0; off + 4 <= len && bytes[off] == 'P' && bytes[off + 2] == 3;) {
        const unsigned char *npy = member_npy(bytes, len, off);
        size_t size = bytes[off + 18] | bytes[off + 19] << 8 | (size_t)bytes[off + 20] << 16;
        if (npy[0] == 0x93) {
            size_t hlen = npy[8] | npy[9] << 8;
            aligned &= (10 + hlen) % 64 == 0 && npy[10 + hlen - 1] == '\n';
        }
        off = (size_t)(npy - bytes) + size;
    }
    ok(aligned, "every .npy header ends in '\\n' and puts the data at a multiple of 64");

    char *path = scratch_path("ours.npz");
    npz_write(path, &tl);
    size_t flen;
    unsigned char *file = read_file(path, &flen);
    ok(flen == len && memcmp(file, bytes, len) == 0, "npz_write writes exactly npz_serialize's bytes");
    TensorList from_file = npz_read(path);
    ok(same_tensors(&from_file, &tl) && from_file.meta && strcmp(from_file.meta, tl.meta) == 0,
       "npz_read gives back what npz_write wrote");
    tl_free(&from_file);
    free(file);
    free(path);
    free(bytes);
    tl_free(&tl);
}

/* The .npy numpy.save writes for a (2,3) float32 array (numpy 1.24: dict,
 * 20 growth spaces, padding, '\n', data at byte 128). */
static void test_header_bytes(void)
{
    TensorList tl = {0};
    float v[6] = {0, 1, 2, 3, 4, 5};
    tl_add(&tl, "a", DT_F32, 2, (int64_t[]){2, 3}, v);
    size_t len;
    unsigned char *zip = npz_serialize(&tl, &len);
    const unsigned char *npy = member_npy(zip, len, 0);
    char want[128];
    const char *dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    memcpy(want, "\x93NUMPY\x01\x00\x76\x00", 10);
    memset(want + 10, ' ', sizeof want - 10);
    memcpy(want + 10, dict, strlen(dict));
    want[127] = '\n';
    ok(memcmp(npy, want, sizeof want) == 0, "(2,3) float32 .npy header matches numpy.save byte for byte");
    ok(memcmp(npy + 128, v, sizeof v) == 0 && (size_t)(npy - zip) + 128 + sizeof v <= len,
       "array data follows the header at byte 128");
    free(zip);
    tl_free(&tl);
}

#define ROUND_TRIP_TESTS (2 + 8 + 5 + 2)

/* -------------------------------------------------------------- numpy */

static const char *python(void)
{
    const char *p = getenv("PYTHON");
    return p && *p ? p : "/usr/bin/python3";
}

static int run_python(const char *script, const char *arg)
{
    char *path = scratch_path("script.py");
    FILE *fp = fopen(path, "w");
    if (!fp) return 0;
    fputs(script, fp);
    fclose(fp);
    char *cmd = xasprintf("'%s' '%s' '%s' >&2", python(), path, arg);
    fflush(stdout);
    int rc = system(cmd);
    free(cmd);
    free(path);
    return rc == 0;
}

/* Makes with numpy the arrays of sample_list (plus the 100000-value ramp). */
static const char *numpy_write_script =
    "import sys, numpy as np\n"
    "d = sys.argv[1]\n"
    "a = dict(f32=(np.arange(6, dtype=np.float32) / np.float32(8) - np.float32(1)).reshape(2, 3),\n"
    "         f64=np.arange(7) * 0.25 - np.array([0, 0, 0, 0, 0, 0, 1e300]),\n"
    "         i32=np.array(-123456, dtype=np.int32),\n"
    "         i64=(np.arange(8, dtype=np.int64) * 1000000000000 - 5).reshape(2, 2, 2),\n"
    "         u8=np.array([0, 60, 120, 255], dtype=np.uint8), b1=np.array([True, False, True]),\n"
    "         empty=np.zeros((0, 4), np.float32), eight_d=np.array([7, 9], np.uint8).reshape(1, 1, 1, 1, 1, 1, 1, 2),\n"
    "         ramp=np.arange(100000) / 8.0)\n"
    "np.savez(d + '/np_savez.npz', **a)\n"
    "np.savez_compressed(d + '/np_compressed.npz', **a)\n"
    "np.save(d + '/np_23.npy', np.arange(6, dtype=np.float32).reshape(2, 3))\n";

/* Loads our file with numpy and checks it against the same arrays. */
static const char *numpy_read_script =
    "import sys, zipfile, numpy as np\n"
    "z = np.load(sys.argv[1], allow_pickle=False)\n"
    "want = dict(f32=(np.arange(6, dtype=np.float32) / np.float32(8) - np.float32(1)).reshape(2, 3),\n"
    "         f64=np.arange(7) * 0.25 - np.array([0, 0, 0, 0, 0, 0, 1e300]),\n"
    "         i32=np.array(-123456, dtype=np.int32),\n"
    "         i64=(np.arange(8, dtype=np.int64) * 1000000000000 - 5).reshape(2, 2, 2),\n"
    "         u8=np.array([0, 60, 120, 255], dtype=np.uint8), b1=np.array([True, False, True]),\n"
    "         empty=np.zeros((0, 4), np.float32), eight_d=np.array([7, 9], np.uint8).reshape(1, 1, 1, 1, 1, 1, 1, 2),\n"
    "         ramp=np.arange(100000) / 8.0)\n"
    "assert sorted(k for k in z.files) == sorted(list(want) + ['meta.txt']), z.files\n"
    "for k, v in want.items():\n"
    "    assert z[k].dtype == v.dtype and z[k].shape == v.shape and np.array_equal(z[k], v), k\n"
    "assert zipfile.ZipFile(sys.argv[1]).read('meta.txt') == b'tool=train\\nseed=42\\n'\n";

static void test_numpy(void)
{
    char *check = xasprintf("'%s' -c 'import numpy' >/dev/null 2>&1", python());
    fflush(stdout);
    int have = system(check) == 0;
    free(check);
    if (!have) {
        skip(7, "no python with numpy");
        return;
    }
    ok(run_python(numpy_write_script, scratch), "numpy wrote np.savez, np.savez_compressed and np.save files");
    TensorList want = sample_list(0);
    add_long_ramp(&want);
    const char *files[2] = {"np_savez.npz", "np_compressed.npz"};
    for (int i = 0; i < 2; i++) {
        char *path = scratch_path(files[i]), err[512];
        int rc;
        TensorList got = parse_file(path, "x", err, sizeof err, &rc);
        if (rc) diag("%s", err);
        ok(rc == 0 && same_tensors(&got, &want), "%s: all 9 arrays read with numpy's dtypes, shapes and values",
           i ? "np.savez_compressed (deflated)" : "np.savez (stored, zip64 extras)");
        tl_free(&got);
        free(path);
    }

    size_t nlen, zlen;
    char *path = scratch_path("np_23.npy");
    unsigned char *theirs = read_file(path, &nlen);
    TensorList one = {0};
    float v[6] = {0, 1, 2, 3, 4, 5};
    tl_add(&one, "a", DT_F32, 2, (int64_t[]){2, 3}, v);
    unsigned char *zip = npz_serialize(&one, &zlen);
    const unsigned char *ours = member_npy(zip, zlen, 0);
    ok(nlen == 128 + sizeof v && memcmp(ours, theirs, nlen) == 0, "our (2,3) float32 .npy equals numpy.save's file");
    TensorList bare = npz_read(path);
    ok(bare.n == 1 && strcmp(bare.t[0].name, "np_23") == 0 && bare.t[0].nbytes == sizeof v &&
           memcmp(bare.t[0].data, v, sizeof v) == 0,
       "numpy.save's bare .npy reads back");
    tl_free(&bare);
    tl_free(&one);
    free(zip);
    free(theirs);
    free(path);

    TensorList mine = sample_list(1);
    add_long_ramp(&mine);
    path = scratch_path("for_numpy.npz");
    npz_write(path, &mine);
    ok(run_python(numpy_read_script, path), "numpy.load reads our archive: names, dtypes, shapes, values, meta.txt");
    free(path);
    path = scratch_path("np_compressed.npz");
    unsigned char *np_zip = read_file(path, &zlen);
    ok(zlen > 30 && np_zip[8] == 8 && np_zip[9] == 0, "np.savez_compressed's members are deflated (method 8)");
    free(np_zip);
    free(path);
    tl_free(&mine);
    tl_free(&want);
}

#define NUMPY_TESTS 7

/* ------------------------------------------------ hand-built archives */

static void test_built_archives(void)
{
    TensorList want = sample_list(0);
    add_long_ramp(&want);
    size_t npy_len[16], meta_len = strlen("a=1\nb=2\n");
    unsigned char *npy[16];
    Member m[18];
    for (int i = 0; i < want.n; i++) {
        size_t zlen;
        TensorList one = {0};
        const Tensor *t = &want.t[i];
        tl_add(&one, t->name, t->dtype, t->ndim, t->shape, t->data);
        unsigned char *zip = npz_serialize(&one, &zlen);
        const unsigned char *start = member_npy(zip, zlen, 0);
        npy_len[i] = t->nbytes + (size_t)(start[8] | start[9] << 8) + 10;
        npy[i] = xmalloc(npy_len[i]);
        memcpy(npy[i], start, npy_len[i]);
        m[i] = (Member){xasprintf("%s.npy", t->name), npy[i], npy_len[i], i % 2};
        free(zip);
        tl_free(&one);
    }
    m[want.n] = (Member){"meta.txt", "a=1\nb=2\n", meta_len, 1};
    m[want.n + 1] = (Member){"notes/readme.md", "ignored", 7, 0};
    const int flags[3] = {0, ZIP64_FIELDS, ZIP64_FIELDS | ZIP64_END};
    const char *what[3] = {"plain zip", "zip64 extras with 0xFFFFFFFF fields", "zip64 extras and zip64 end record"};
    for (int f = 0; f < 3; f++) {
        size_t len;
        unsigned char *zip = build_zip(m, want.n + 2, flags[f], &len);
        TensorList got;
        char err[512];
        int rc = npz_parse(zip, len, "x", &got, err, sizeof err);
        if (rc) diag("%s", err);
        ok(rc == 0 && same_tensors(&got, &want) && got.meta && strcmp(got.meta, "a=1\nb=2\n") == 0,
           "%s, stored and deflated members, meta.txt, an ignored member", what[f]);
        tl_free(&got);
        free(zip);
    }
    for (int i = 0; i < want.n; i++) {
        free((char *)m[i].name);
        free(npy[i]);
    }
    tl_free(&want);
}

static void test_npy_versions(void)
{
    float v[2] = {1.5f, -2.0f};
    size_t len;
    for (int major = 2; major <= 3; major++) {
        unsigned char *b = make_npy(major, "{\"descr\":\"<f4\",\"fortran_order\":False,\"shape\":(2,)}", v, sizeof v, &len);
        TensorList tl;
        char err[512];
        int rc = npz_parse(b, len, "v", &tl, err, sizeof err);
        ok(rc == 0 && tl.n == 1 && tl.t[0].ndim == 1 && tl.t[0].shape[0] == 2 && memcmp(tl.t[0].data, v, 8) == 0,
           ".npy format %d.0 with double quotes and no spaces reads", major);
        if (rc == 0) tl_free(&tl);
        free(b);
    }
}

#define BUILT_TESTS 5

/* --------------------------------------------------------- bad input */

static void test_truncations(void)
{
    TensorList tl = sample_list(1);
    size_t len, bad = 0;
    unsigned char *zip = npz_serialize(&tl, &len);
    for (size_t n = 0; n < len; n++) {
        unsigned char *copy = xmalloc(n + 1); /* exact-size copy so ASan sees overreads */
        memcpy(copy, zip, n);
        TensorList out;
        char err[256];
        if (npz_parse(copy, n, "x", &out, err, sizeof err) != -1 || !err[0]) {
            if (bad++ < 3) diag("prefix of %zu bytes accepted", n);
            if (out.n) tl_free(&out);
        }
        free(copy);
    }
    ok(bad == 0, "every one of the %zu proper prefixes of a stored archive is rejected", len);
    free(zip);

    Member m[2] = {{"meta.txt", "k=v\n", 4, 1}, {"t.npy", NULL, 0, 1}};
    size_t nlen;
    unsigned char *npy = make_npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", "abcdefghabcdefghabcdefgh", 24, &nlen);
    m[1].data = npy, m[1].len = nlen;
    zip = build_zip(m, 2, ZIP64_FIELDS, &len);
    bad = 0;
    for (size_t n = 0; n < len; n++) {
        unsigned char *copy = xmalloc(n + 1);
        memcpy(copy, zip, n);
        TensorList out;
        char err[256];
        if (npz_parse(copy, n, "x", &out, err, sizeof err) != -1 || !err[0]) bad++;
        free(copy);
    }
    ok(bad == 0, "every one of the %zu proper prefixes of a deflated zip64 archive is rejected", len);
    bad = 0;
    for (size_t n = 0; n < nlen; n++) bad += !rejects_quietly(npy, n, NULL, 1);
    ok(bad == 0, "every one of the %zu proper prefixes of a bare .npy is rejected", nlen);
    free(zip);
    free(npy);
    tl_free(&tl);
}

/* Flips bits of every byte of an archive: each result must either parse into
 * self-consistent tensors or be rejected with a message; never crash. */
static void test_mutations(void)
{
    TensorList tl = sample_list(1);
    size_t len;
    unsigned char *zip = npz_serialize(&tl, &len);
    const unsigned char flips[3] = {0x01, 0x80, 0xff};
    int bad = 0, accepted = 0, total = 0;
    for (size_t i = 0; i < len; i++)
        for (int f = 0; f < 3; f++) {
            unsigned char *copy = xmalloc(len);
            memcpy(copy, zip, len);
            copy[i] ^= flips[f];
            TensorList out;
            char err[256];
            int rc = npz_parse(copy, len, "x", &out, err, sizeof err);
            total++;
            if (rc == 0) {
                accepted++;
                for (int t = 0; t < out.n; t++)
                    bad += out.t[t].nbytes != (size_t)tensor_numel(&out.t[t]) * dtype_size(out.t[t].dtype);
                tl_free(&out);
            } else {
                bad += rc != -1 || !err[0];
            }
            free(copy);
        }
    diag("%d of %d mutated archives accepted (changes outside CRC-checked data)", accepted, total);
    ok(bad == 0, "%d single-byte corruptions are each rejected with a message or read consistently", total);
    free(zip);
    tl_free(&tl);
}

/* A bare .npy with the given header dict and data. */
static int npy_rejected(const char *dict, size_t data_len, const char *needle)
{
    static const unsigned char zeros[64];
    size_t len;
    unsigned char *b = make_npy(1, dict, zeros, data_len, &len);
    int r = rejects(b, len, needle);
    free(b);
    return r;
}

static void test_bad_headers(void)
{
    const char *f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }";
    ok(npy_rejected(f4, 40, "data is 40 bytes, shape (3,4) float32 needs 48"), "data shorter than the shape needs");
    ok(npy_rejected(f4, 52, "data is 52 bytes"), "data longer than the shape needs");
    ok(npy_rejected("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", 8, "big-endian dtype '>f4'"),
       "big-endian descr");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }", 8, "fortran_order True"),
       "fortran_order True");
    ok(npy_rejected("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", 8, "object dtype"), "object dtype");
    ok(npy_rejected("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }", 8, "unsupported dtype '<c8'"),
       "complex64 descr");
    ok(npy_rejected("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", 4, "structured"),
       "structured descr");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1, }", 4, "unknown key 'x'"),
       "unknown key");
    ok(npy_rejected("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", 4, "repeats"),
       "repeated key");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, }", 4, "lacks 'shape'"), "missing shape");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), } junk", 4, "after the dict"),
       "garbage after the dict");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), }", 4, "too large"),
       "shape whose byte count overflows");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), }", 4, "shape"),
       "dimension beyond int64");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4611686018427387904, 4), }", 0, "too large"),
       "empty shape whose other dimensions overflow");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }", 4, "non-negative"),
       "negative dimension");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (1,1,1,1,1,1,1,1,1), }", 4, "more than 8"),
       "nine dimensions");
    ok(npy_rejected("{'descr': '<f4', 'fortran_order': False, 'shape': (1), }", 4, "tuple"), "shape (1) is no tuple");

    unsigned char v4[16] = "\x93NUMPY\x04\x00\x00\x00";
    ok(rejects(v4, sizeof v4, "version 4.0"), ".npy format version 4.0");
    unsigned char long_header[16] = "\x93NUMPY\x01\x00\xff\x00{}";
    ok(rejects(long_header, sizeof long_header, "claims 255 bytes"), "header length past the end of the file");
}

static void test_bad_archives(void)
{
    const char *junk = "this is plainly not a zip archive, nor an npy file";
    ok(rejects((const unsigned char *)junk, strlen(junk), "not an .npz"), "non-zip bytes");
    ok(rejects(NULL, 0, "not an .npz"), "empty input");

    size_t nlen, len;
    unsigned char *npy = make_npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }", "0123456789012345678901234567890123456789", 40, &nlen);
    Member m[2] = {{"x.npy", npy, nlen, 0}, {"x.npy", npy, nlen, 1}};
    unsigned char *zip = build_zip(m, 1, 0, &len);
    TensorList tl;
    char err[512];
    npz_parse(zip, len, "x", &tl, err, sizeof err);
    is_int(strcmp(err, "member x.npy: data is 40 bytes, shape (3,4) float32 needs 48"), 0,
           "a member's error names the member and both sizes: %s", err);
    free(zip);

    int flags[3] = {BAD_CRC, ENCRYPTED, BZIP2};
    const char *needle[3] = {"CRC-32 mismatch", "encrypted", "compression method 12"};
    for (int i = 0; i < 3; i++) {
        zip = build_zip(m + 1, 1, flags[i], &len);
        ok(rejects(zip, len, needle[i]), "member with %s", needle[i]);
        free(zip);
    }
    free(npy);
    npy = make_npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (10,), }", "0123456789012345678901234567890123456789", 40, &nlen);
    m[0].data = m[1].data = npy, m[0].len = m[1].len = nlen;
    zip = build_zip(m, 2, 0, &len);
    ok(rejects(zip, len, "member x.npy: appears twice"), "two members with the same name");
    free(zip);
    free(npy);

    TensorList sample = sample_list(0);
    unsigned char *ours = npz_serialize(&sample, &len);
    const unsigned char *data = member_npy(ours, len, 0) + 128;
    ours[data - ours] ^= 0x40;
    ok(rejects(ours, len, "CRC-32 mismatch"), "a changed data byte is caught by the CRC");
    ours[data - ours] ^= 0x40;
    /* the central directory's first entry: sizes at +20 (compressed) and +24 */
    size_t dir = ours[len - 6] | ours[len - 5] << 8 | (size_t)ours[len - 4] << 16;
    ours[dir + 20] += 8, ours[dir + 24] += 8;
    ok(rejects(ours, len, "CRC-32 mismatch"), "a stored member claiming 8 more bytes than it has");
    ours[30] ^= 0x20; /* first byte of the local header's name: "F32.npy" */
    ok(rejects(ours, len, "local file header names a different file"), "local and central names disagree");
    ours[30] ^= 0x20;
    ours[dir + 23] = ours[dir + 27] = 0x70;
    ok(rejects(ours, len, "runs past the end of the archive"), "a stored member claiming 1.8 GB");
    free(ours);
    tl_free(&sample);
}

/* A deflated member whose declared size is smaller than what it inflates to,
 * and one that claims far more than its compressed bytes could expand to. */
static void test_deflate_limits(void)
{
    static unsigned char zeros[70000];
    size_t nlen, len;
    unsigned char *npy = make_npy(1, "{'descr': '|u1', 'fortran_order': False, 'shape': (70000,), }", zeros, sizeof zeros, &nlen);
    Member m = {"z.npy", npy, nlen, 1};
    unsigned char *zip = build_zip(&m, 1, ZIP64_FIELDS, &len);
    /* the central directory's zip64 extra: usize is the first 8-byte value;
     * find it from the end: EOCD 22, extra 28 = 4 + usize 8 + csize 8 + offset 8 */
    size_t usize_at = len - 22 - 24;
    zip[usize_at] -= 1;
    ok(rejects(zip, len, "more bytes than its declared size"), "deflate output larger than declared is refused");
    zip[usize_at] += 1;
    zip[usize_at + 5] = 0x10; /* usize now about 1 TB */
    ok(rejects(zip, len, "more than deflate can expand"), "implausible uncompressed size is refused before allocating");
    free(zip);
    free(npy);
}

#define BAD_INPUT_TESTS (4 + 19 + 11 + 2)

/* ------------------------------------------------ list and meta helpers */

static TensorList model;

static void need_missing(void) { tl_need(&model, "model.npz", "W_out", DT_F32, 2, NULL); }
static void need_dtype(void) { tl_need(&model, "model.npz", "W_in", DT_F64, 2, (int64_t[]){512, 23}); }
static void need_shape(void) { tl_need(&model, "model.npz", "W_in", DT_F32, 2, (int64_t[]){-1, 97}); }
static void need_ndim(void) { tl_need(&model, "model.npz", "W_in", DT_F32, 1, (int64_t[]){-1}); }
static void need_finite(void) { tl_need(&model, "model.npz", "bad", DT_F64, 1, (int64_t[]){-1}); }
static void add_twice(void) { tl_add(&model, "W_in", DT_F32, 0, NULL, NULL); }

static void read_garbage(void)
{
    char *path = scratch_path("garbage.npz");
    FILE *fp = fopen(path, "w");
    fputs("garbage", fp);
    fclose(fp);
    npz_read(path);
}

static void test_need(void)
{
    tl_add(&model, "W_in", DT_F32, 2, (int64_t[]){512, 23}, NULL);
    Tensor *bad = tl_add(&model, "bad", DT_F64, 1, (int64_t[]){3}, NULL);
    ((double *)bad->data)[2] = NAN;
    Tensor *w = tl_need(&model, "model.npz", "W_in", DT_F32, 2, (int64_t[]){-1, 23});
    ok(w == tl_get(&model, "W_in"), "tl_need returns a matching member (with a wildcard)");
    ok(dies_with(need_missing, "model.npz: no member W_out"), "tl_need: missing member");
    ok(dies_with(need_dtype, "model.npz: member W_in has dtype float32, expected float64"), "tl_need: wrong dtype");
    ok(dies_with(need_shape, "model.npz: member W_in has shape (512,23), expected (*,97)"), "tl_need: wrong shape");
    ok(dies_with(need_ndim, "model.npz: member W_in has shape (512,23), expected (*)"), "tl_need: wrong rank");
    ok(dies_with(need_finite, "model.npz: member bad holds NaN or Inf (flat index 2)"), "tl_need: NaN");
    ok(dies_with(add_twice, "tensor W_in added twice"), "tl_add refuses a duplicate name");
    char *want = xasprintf("%s/garbage.npz: not an .npz", scratch);
    ok(dies_with(read_garbage, want), "npz_read dies with the path and the reason");
    free(want);
    ok(tl_get(&model, "nope") == NULL, "tl_get returns NULL for an absent name");
    tl_free(&model);
}

static void test_meta(void)
{
    TensorList tl = {0};
    char *v = tl_meta_get(&tl, "seed");
    ok(v == NULL, "tl_meta_get on a list without meta returns NULL");
    tl_meta_set(&tl, "seed", "1");
    tl_meta_set(&tl, "steps", "100");
    ok(strcmp(tl.meta, "seed=1\nsteps=100\n") == 0, "tl_meta_set appends key=value lines");
    tl_meta_set(&tl, "seed", "7");
    ok(strcmp(tl.meta, "seed=7\nsteps=100\n") == 0, "tl_meta_set replaces an existing key in place");
    tl_meta_set(&tl, "see", "x");
    v = tl_meta_get(&tl, "seed");
    char *w = tl_meta_get(&tl, "see");
    ok(v && w && strcmp(v, "7") == 0 && strcmp(w, "x") == 0, "a key that prefixes another is kept apart");
    free(v);
    free(w);
    ok(tl_meta_get(&tl, "steps=") == NULL && tl_meta_get(&tl, "absent") == NULL, "absent keys give NULL");
    free(tl.meta);
    tl.meta = xstrdup("a=1");
    tl_meta_set(&tl, "b", "2");
    ok(strcmp(tl.meta, "a=1\nb=2\n") == 0, "appending after a last line without '\\n' starts a new line");
    tl_free(&tl);
}

#define HELPER_TESTS (9 + 6)

/* ----------------------------------------------------------------- main */

int main(int argc, char **argv)
{
    (void)argc;
    util_init(argv);
    plan(FIXTURE_TESTS + ROUND_TRIP_TESTS + NUMPY_TESTS + BUILT_TESTS + BAD_INPUT_TESTS + HELPER_TESTS);
    if (!mkdtemp(scratch)) {
        perror("mkdtemp");
        return 1;
    }
    test_fixture_archives();
    test_fixture_layout();
    test_fixture_values();
    test_fixture_mask();
    test_round_trip();
    test_header_bytes();
    test_numpy();
    test_built_archives();
    test_npy_versions();
    test_truncations();
    test_mutations();
    test_bad_headers();
    test_bad_archives();
    test_deflate_limits();
    test_need();
    test_meta();
    char *rm = xasprintf("rm -rf '%s'", scratch);
    if (system(rm) != 0) diag("could not remove %s", scratch);
    free(rm);
    return done_testing();
}
