/* npz — numpy .npy / .npz reading and writing; see npz.h for the interface.
 *
 * Reads: zip archives whose members are STORED or DEFLATED (raw deflate via
 * zlib), with or without zip64 extra fields and zip64 end records, checking
 * the CRC-32 of every member it uses; .npy headers of format 1.0, 2.0 and 3.0
 * for the six DType element types, little-endian and C order only.
 * Writes: STORED zip archives with a fixed 1980-01-01 00:00 timestamp (equal
 * content gives equal bytes) and .npy 1.0 headers laid out as numpy.save
 * lays them out (numpy 1.24: growth spaces, padding to 64 bytes, '\n').
 *
 * Does not: read encrypted, multi-disk or self-extracting archives, nor
 * big-endian, Fortran-order, structured or object arrays; does not write
 * zip64 (a member or archive of 4 GiB or more is refused).
 *
 * All parsing goes through bounds-checked little-endian readers; every size
 * read from the input is checked against what the input actually holds
 * before anything is allocated or copied.
 */
#include "npz.h"

#include "util.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* ---------------------------------------------------------------- dtypes */

static const struct {
    size_t size;
    const char *name;  /* numpy's dtype name */
    const char *descr; /* what we write as 'descr' */
} dtype_info[] = {
    [DT_F32] = {4, "float32", "<f4"}, [DT_F64] = {8, "float64", "<f8"},
    [DT_I32] = {4, "int32", "<i4"},   [DT_I64] = {8, "int64", "<i8"},
    [DT_U8] = {1, "uint8", "|u1"},    [DT_BOOL] = {1, "bool", "|b1"},
};

static int dtype_valid(DType dt)
{
    return (int)dt >= 0 && (size_t)dt < sizeof dtype_info / sizeof dtype_info[0];
}

size_t dtype_size(DType dt)
{
    return dtype_valid(dt) ? dtype_info[dt].size : 0;
}

const char *dtype_name(DType dt)
{
    return dtype_valid(dt) ? dtype_info[dt].name : "invalid";
}

int64_t tensor_numel(const Tensor *t)
{
    int64_t n = 1;
    for (int i = 0; i < t->ndim; i++) n *= t->shape[i];
    return n;
}

/* Element count times item size, or -1 when a dimension is negative or the
 * product of item size and the non-zero dimensions does not fit in both
 * int64_t and size_t. Checking the non-zero dimensions even when one is zero
 * keeps every partial product (strides, tensor_numel) free of overflow. */
static int shape_nbytes(int ndim, const int64_t *shape, size_t itemsize, size_t *nbytes)
{
    uint64_t limit = (uint64_t)INT64_MAX < (uint64_t)SIZE_MAX ? (uint64_t)INT64_MAX : (uint64_t)SIZE_MAX;
    uint64_t bytes = itemsize;
    int zero = 0;
    for (int i = 0; i < ndim; i++) {
        if (shape[i] < 0) return -1;
        if (shape[i] == 0) zero = 1;
        else if ((uint64_t)shape[i] > limit / bytes) return -1;
        else bytes *= (uint64_t)shape[i];
    }
    *nbytes = zero ? 0 : (size_t)bytes;
    return 0;
}

/* "(512,23)", "(5)", "()"; a negative size prints as '*' (tl_need's wildcard). */
static void format_shape(char *out, size_t cap, int ndim, const int64_t *shape)
{
    size_t used = (size_t)snprintf(out, cap, "(");
    for (int i = 0; i < ndim && used < cap; i++) {
        const char *sep = i ? "," : "";
        if (shape[i] < 0) used += (size_t)snprintf(out + used, cap - used, "%s*", sep);
        else used += (size_t)snprintf(out + used, cap - used, "%s%lld", sep, (long long)shape[i]);
    }
    if (used < cap) snprintf(out + used, cap - used, ")");
}

/* ---------------------------------------------------------------- errors */

/* Where parse errors go: the caller's buffer, prefixed by what is being
 * parsed ("member W_in.npy") when that is known. */
typedef struct {
    char *buf;
    size_t len;
    char what[112];
} Err;

__attribute__((format(printf, 2, 3))) static void report(Err *e, const char *fmt, ...)
{
    if (!e->buf || e->len == 0) return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (e->what[0]) snprintf(e->buf, e->len, "%s: %s", e->what, msg);
    else snprintf(e->buf, e->len, "%s", msg);
}

/* "return fail(e, ...);" reports and returns -1 (visibly constant to the compiler). */
#define fail(e, ...) (report((e), __VA_ARGS__), -1)

/* Copy of untrusted bytes fit for a one-line message: non-printable bytes
 * become '?', and long names are cut with "...". */
static void printable(char *out, size_t cap, const unsigned char *s, size_t n)
{
    size_t keep = n < cap - 1 ? n : cap - 4;
    for (size_t i = 0; i < keep; i++) out[i] = s[i] >= 0x20 && s[i] < 0x7f ? (char)s[i] : '?';
    if (keep < n) {
        memcpy(out + keep, "...", 3);
        keep += 3;
    }
    out[keep] = '\0';
}

/* ------------------------------------------------- little-endian fields */

static uint16_t rd16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const unsigned char *p)
{
    return rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

/* zlib's crc32 takes a uInt length: feed large buffers in pieces. */
static uint32_t crc_update(uint32_t crc, const unsigned char *p, size_t n)
{
    while (n > 0) {
        uInt piece = n > (1u << 30) ? (1u << 30) : (uInt)n;
        crc = (uint32_t)crc32(crc, p, piece);
        p += piece;
        n -= piece;
    }
    return crc;
}

/* ------------------------------------------------------ tensor list core */

static Tensor *tl_push(TensorList *tl, char *name, DType dtype, int ndim, const int64_t *shape)
{
    tl->t = xrealloc(tl->t, ((size_t)tl->n + 1) * sizeof *tl->t);
    Tensor *t = &tl->t[tl->n++];
    memset(t, 0, sizeof *t);
    t->name = name;
    t->dtype = dtype;
    t->ndim = ndim;
    for (int i = 0; i < ndim; i++) t->shape[i] = shape[i];
    return t;
}

Tensor *tl_get(const TensorList *tl, const char *name)
{
    if (!tl || !name) return NULL;
    for (int i = 0; i < tl->n; i++)
        if (strcmp(tl->t[i].name, name) == 0) return &tl->t[i];
    return NULL;
}

void tl_free(TensorList *tl)
{
    for (int i = 0; i < tl->n; i++) {
        free(tl->t[i].name);
        free(tl->t[i].data);
    }
    free(tl->t);
    free(tl->meta);
    memset(tl, 0, sizeof *tl);
}

/* ------------------------------------------------------------ .npy read */

/* An .npy file: "\x93NUMPY", major, minor, header length (uint16 for 1.0,
 * uint32 for 2.0 and 3.0), the header (a python dict literal padded with
 * spaces and '\n'), then the array data. */
typedef struct {
    DType dtype;
    int ndim;
    int64_t shape[TENSOR_MAX_DIM];
    size_t data_offset; /* from the start of the .npy to the first element */
    size_t nbytes;      /* element count times item size */
} NpyHeader;

/* A cursor over the header dict text. */
typedef struct {
    const unsigned char *s;
    size_t n, i;
} Lex;

static void lex_space(Lex *x)
{
    while (x->i < x->n && (x->s[x->i] == ' ' || x->s[x->i] == '\t' || x->s[x->i] == '\n' ||
                           x->s[x->i] == '\r'))
        x->i++;
}

static int lex_char(Lex *x, char c)
{
    lex_space(x);
    if (x->i < x->n && x->s[x->i] == (unsigned char)c) {
        x->i++;
        return 1;
    }
    return 0;
}

/* A quoted python string without escapes, at most cap-1 bytes. */
static int lex_string(Lex *x, char *out, size_t cap)
{
    lex_space(x);
    if (x->i >= x->n || (x->s[x->i] != '\'' && x->s[x->i] != '"')) return 0;
    unsigned char quote = x->s[x->i++];
    size_t len = 0;
    while (x->i < x->n && x->s[x->i] != quote) {
        unsigned char c = x->s[x->i++];
        if (c < 0x20 || c >= 0x7f || c == '\\' || len + 1 >= cap) return 0;
        out[len++] = (char)c;
    }
    if (x->i >= x->n) return 0;
    x->i++;
    out[len] = '\0';
    return 1;
}

/* A bare word such as True, not followed by more identifier characters. */
static int lex_word(Lex *x, const char *word)
{
    lex_space(x);
    size_t wl = strlen(word);
    if (x->n - x->i < wl || memcmp(x->s + x->i, word, wl) != 0) return 0;
    size_t end = x->i + wl;
    if (end < x->n && (x->s[end] == '_' || (x->s[end] >= '0' && x->s[end] <= '9') ||
                       ((x->s[end] | 0x20) >= 'a' && (x->s[end] | 0x20) <= 'z')))
        return 0;
    x->i = end;
    return 1;
}

/* A non-negative decimal integer up to INT64_MAX (python 2's 'L' suffix allowed). */
static int lex_size(Lex *x, int64_t *v)
{
    lex_space(x);
    size_t start = x->i;
    uint64_t n = 0;
    while (x->i < x->n && x->s[x->i] >= '0' && x->s[x->i] <= '9') {
        unsigned digit = x->s[x->i++] - '0';
        if (n > ((uint64_t)INT64_MAX - digit) / 10) return 0;
        n = n * 10 + digit;
    }
    if (x->i == start) return 0;
    if (x->i < x->n && x->s[x->i] == 'L') x->i++;
    *v = (int64_t)n;
    return 1;
}

/* A python tuple of sizes: "()", "(5,)", "(2, 3)" or "(2, 3,)". */
static int parse_shape(Lex *x, NpyHeader *h, Err *e)
{
    const char *bad = "header: 'shape' is not a tuple of non-negative integers";
    if (!lex_char(x, '(')) return fail(e, "%s", bad);
    h->ndim = 0;
    if (lex_char(x, ')')) return 0;
    for (;;) {
        int64_t size;
        if (!lex_size(x, &size)) return fail(e, "%s", bad);
        if (h->ndim == TENSOR_MAX_DIM) return fail(e, "header: shape has more than %d dimensions", TENSOR_MAX_DIM);
        h->shape[h->ndim++] = size;
        int comma = lex_char(x, ',');
        if (lex_char(x, ')')) {
            if (h->ndim == 1 && !comma) return fail(e, "%s", bad); /* "(5)" is an int, not a tuple */
            return 0;
        }
        if (!comma) return fail(e, "%s", bad);
    }
}

static int parse_descr(const char *descr, NpyHeader *h, Err *e)
{
    static const struct {
        const char *descr;
        DType dtype;
    } known[] = {
        {"<f4", DT_F32}, {"<f8", DT_F64}, {"<i4", DT_I32}, {"<i8", DT_I64},
        {"|u1", DT_U8},  {"<u1", DT_U8},  {">u1", DT_U8},  {"|b1", DT_BOOL},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(descr, known[i].descr) == 0) {
            h->dtype = known[i].dtype;
            return 0;
        }
    if (descr[0] == '>') return fail(e, "big-endian dtype '%s' is not supported", descr);
    if (strchr(descr, 'O')) return fail(e, "object dtype '%s' is not supported", descr);
    return fail(e, "unsupported dtype '%s' (float32, float64, int32, int64, uint8 and bool are)", descr);
}

/* Parses the one value of key and records it; seen[] catches repeated keys. */
static int parse_header_entry(Lex *x, const char *key, NpyHeader *h, int seen[3], Err *e)
{
    static const char *const keys[3] = {"descr", "fortran_order", "shape"};
    int k = 0;
    while (k < 3 && strcmp(key, keys[k]) != 0) k++;
    if (k == 3) return fail(e, "header has unknown key '%s'", key);
    if (seen[k]++) return fail(e, "header repeats key '%s'", key);
    if (k == 0) {
        char descr[32];
        if (!lex_string(x, descr, sizeof descr))
            return fail(e, "header: 'descr' is not a simple dtype string (structured dtypes are not supported)");
        return parse_descr(descr, h, e);
    }
    if (k == 1) {
        if (lex_word(x, "False")) return 0;
        if (lex_word(x, "True")) return fail(e, "fortran_order True (Fortran-order arrays) is not supported");
        return fail(e, "header: 'fortran_order' is neither True nor False");
    }
    return parse_shape(x, h, e);
}

/* The header dict: {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
 * followed by nothing but whitespace. */
static int parse_header_dict(const unsigned char *text, size_t n, NpyHeader *h, Err *e)
{
    Lex x = {text, n, 0};
    int seen[3] = {0, 0, 0};
    if (!lex_char(&x, '{')) return fail(e, "header is not a python dict");
    while (!lex_char(&x, '}')) {
        char key[32];
        if (!lex_string(&x, key, sizeof key)) return fail(e, "header: expected a quoted key");
        if (!lex_char(&x, ':')) return fail(e, "header: expected ':' after '%s'", key);
        if (parse_header_entry(&x, key, h, seen, e)) return -1;
        if (lex_char(&x, ',')) continue;
        if (lex_char(&x, '}')) break;
        return fail(e, "header: expected ',' or '}' after the value of '%s'", key);
    }
    lex_space(&x);
    if (x.i != x.n) return fail(e, "header: unexpected bytes after the dict");
    if (!seen[0]) return fail(e, "header lacks 'descr'");
    if (!seen[1]) return fail(e, "header lacks 'fortran_order'");
    if (!seen[2]) return fail(e, "header lacks 'shape'");
    return 0;
}

/* Checks magic, version and header, and that the data after the header is
 * exactly what the shape and dtype need. */
static int npy_parse_header(const unsigned char *buf, size_t len, NpyHeader *h, Err *e)
{
    if (len < 10 || memcmp(buf, "\x93NUMPY", 6) != 0) return fail(e, "not an .npy file (bad magic)");
    unsigned major = buf[6], minor = buf[7];
    if (major < 1 || major > 3 || minor != 0) return fail(e, "unsupported .npy format version %u.%u", major, minor);
    size_t prefix = major == 1 ? 10 : 12;
    if (len < prefix) return fail(e, ".npy file truncated in its header length");
    size_t hlen = major == 1 ? rd16(buf + 8) : rd32(buf + 8);
    if (hlen > len - prefix) return fail(e, ".npy header claims %zu bytes, only %zu present", hlen, len - prefix);
    memset(h, 0, sizeof *h);
    if (parse_header_dict(buf + prefix, hlen, h, e)) return -1;
    h->data_offset = prefix + hlen;
    char shape[256];
    format_shape(shape, sizeof shape, h->ndim, h->shape);
    if (shape_nbytes(h->ndim, h->shape, dtype_size(h->dtype), &h->nbytes))
        return fail(e, "shape %s %s is too large", shape, dtype_name(h->dtype));
    size_t have = len - h->data_offset;
    if (have != h->nbytes)
        return fail(e, "data is %zu bytes, shape %s %s needs %zu", have, shape, dtype_name(h->dtype), h->nbytes);
    return 0;
}

/* Adds the tensor held by the .npy in buf. When the caller hands over buf
 * (owned), its data is moved to the front and the block kept, avoiding a copy
 * of large inflated members; otherwise the data is copied. */
static int add_npy(TensorList *tl, const char *name, unsigned char *buf, size_t len, int owned, Err *e)
{
    NpyHeader h;
    if (npy_parse_header(buf, len, &h, e)) {
        if (owned) free(buf);
        return -1;
    }
    Tensor *t = tl_push(tl, xstrdup(name), h.dtype, h.ndim, h.shape);
    t->nbytes = h.nbytes;
    if (owned) {
        memmove(buf, buf + h.data_offset, h.nbytes);
        t->data = xrealloc(buf, h.nbytes);
    } else {
        t->data = xmalloc(h.nbytes);
        if (h.nbytes) memcpy(t->data, buf + h.data_offset, h.nbytes);
    }
    return 0;
}

/* ------------------------------------------------------------- zip read */

#define SIG_LOCAL 0x04034b50u
#define SIG_CENTRAL 0x02014b50u
#define SIG_EOCD 0x06054b50u
#define SIG_ZIP64_EOCD 0x06064b50u
#define SIG_ZIP64_LOCATOR 0x07064b50u
#define LOCAL_SIZE 30   /* fixed part of a local file header */
#define CENTRAL_SIZE 46 /* fixed part of a central directory entry */
#define EOCD_SIZE 22    /* end of central directory record, without comment */
#define ZIP64_LOCATOR_SIZE 20
#define ZIP64_EOCD_SIZE 56
#define METHOD_STORED 0
#define METHOD_DEFLATED 8
/* Deflate cannot expand data by more than 1032:1 (a 258-byte match per two bits). */
#define DEFLATE_MAX_RATIO 1032

typedef struct {
    uint64_t count;  /* entries in the central directory */
    uint64_t offset; /* where the central directory starts */
    uint64_t size;   /* its length in bytes */
} ZipDirectory;

typedef struct {
    const unsigned char *name;
    size_t name_len;
    unsigned flags, method;
    uint32_t crc;
    uint64_t csize, usize; /* compressed and uncompressed sizes */
    uint64_t local_offset; /* of the local file header */
} ZipEntry;

/* The zip64 end record, found through the locator just before the EOCD:
 * locator = sig, disk (4), record offset (8), disk count (4);
 * record = sig, size (8), versions (2+2), disks (4+4), entries on this disk
 * (8), entries (8), directory size (8), directory offset (8). */
static int zip64_directory(const unsigned char *buf, size_t eocd, ZipDirectory *d, Err *e)
{
    const unsigned char *loc = buf + eocd - ZIP64_LOCATOR_SIZE;
    uint64_t at = rd64(loc + 8);
    size_t limit = eocd - ZIP64_LOCATOR_SIZE;
    if (at > limit || limit - at < ZIP64_EOCD_SIZE || rd32(buf + at) != SIG_ZIP64_EOCD)
        return fail(e, "zip64 end-of-central-directory record missing or misplaced");
    const unsigned char *r = buf + at;
    if (rd32(loc + 4) != 0 || rd32(loc + 16) > 1 || rd32(r + 16) != 0 || rd32(r + 20) != 0 ||
        rd64(r + 24) != rd64(r + 32))
        return fail(e, "multi-disk zip archives are not supported");
    d->count = rd64(r + 32);
    d->size = rd64(r + 40);
    d->offset = rd64(r + 48);
    if (d->offset > at || d->size > at - d->offset)
        return fail(e, "zip central directory lies outside the archive");
    return 0;
}

/* The end-of-central-directory record: sig, disk (2), directory disk (2),
 * entries on this disk (2), entries (2), directory size (4), directory
 * offset (4), comment length (2), comment. It must end the file exactly. */
static int zip_directory(const unsigned char *buf, size_t len, ZipDirectory *d, Err *e)
{
    size_t eocd = SIZE_MAX;
    if (len >= EOCD_SIZE) {
        size_t lowest = len - EOCD_SIZE > 0xffff ? len - EOCD_SIZE - 0xffff : 0;
        for (size_t at = len - EOCD_SIZE + 1; at-- > lowest;)
            if (rd32(buf + at) == SIG_EOCD && at + EOCD_SIZE + rd16(buf + at + 20) == len) {
                eocd = at;
                break;
            }
    }
    if (eocd == SIZE_MAX) {
        if (len >= 4 && rd32(buf) == SIG_LOCAL) /* a zip's first member header, and no end */
            return fail(e, "truncated or damaged .npz (zip): no end-of-central-directory record");
        return fail(e, "not an .npz (zip) or .npy file: no end-of-central-directory record");
    }
    if (eocd >= ZIP64_LOCATOR_SIZE && rd32(buf + eocd - ZIP64_LOCATOR_SIZE) == SIG_ZIP64_LOCATOR)
        return zip64_directory(buf, eocd, d, e);
    const unsigned char *r = buf + eocd;
    if (rd16(r + 4) != 0 || rd16(r + 6) != 0 || rd16(r + 8) != rd16(r + 10))
        return fail(e, "multi-disk zip archives are not supported");
    d->count = rd16(r + 10);
    d->size = rd32(r + 12);
    d->offset = rd32(r + 16);
    if (d->offset > eocd || d->size > eocd - d->offset)
        return fail(e, "zip central directory lies outside the archive");
    return 0;
}

/* The zip64 extra field (id 1) holds 8-byte values for exactly those of
 * uncompressed size, compressed size and local header offset (in this order)
 * whose 32-bit fields read 0xFFFFFFFF. */
static int zip64_extra(const unsigned char *extra, size_t n, ZipEntry *z, Err *e)
{
    uint64_t *fields[3] = {&z->usize, &z->csize, &z->local_offset};
    int wanted = 0;
    for (int i = 0; i < 3; i++) wanted += *fields[i] == 0xffffffffu;
    while (n >= 4) {
        unsigned id = rd16(extra), size = rd16(extra + 2);
        if (size > n - 4) break;
        if (id == 1) {
            const unsigned char *v = extra + 4;
            if (size < 8u * (unsigned)wanted) return fail(e, "zip64 extra field is too short");
            for (int i = 0; i < 3; i++)
                if (*fields[i] == 0xffffffffu) *fields[i] = rd64(v), v += 8;
            return 0;
        }
        extra += 4 + size;
        n -= 4 + size;
    }
    return wanted ? fail(e, "zip entry has 0xFFFFFFFF sizes but no zip64 extra field") : 0;
}

/* One central directory entry at *pos (bounded by end); advances *pos.
 * Layout: sig, made by (2), needed (2), flags (2), method (2), time (2),
 * date (2), crc (4), csize (4), usize (4), name length (2), extra length (2),
 * comment length (2), disk (2), attributes (2+4), local offset (4), name,
 * extra, comment. */
static int zip_entry(const unsigned char *buf, size_t *pos, size_t end, ZipEntry *z, Err *e)
{
    const unsigned char *c = buf + *pos;
    if (end - *pos < CENTRAL_SIZE || rd32(c) != SIG_CENTRAL) return fail(e, "zip central directory is corrupt");
    size_t name_len = rd16(c + 28), extra_len = rd16(c + 30), comment_len = rd16(c + 32);
    size_t total = CENTRAL_SIZE + name_len + extra_len + comment_len;
    if (end - *pos < total) return fail(e, "zip central directory entry runs past its end");
    z->name = c + CENTRAL_SIZE;
    z->name_len = name_len;
    z->flags = rd16(c + 8);
    z->method = rd16(c + 10);
    z->crc = rd32(c + 16);
    z->csize = rd32(c + 20);
    z->usize = rd32(c + 24);
    z->local_offset = rd32(c + 42);
    *pos += total;
    return zip64_extra(c + CENTRAL_SIZE + name_len, extra_len, z, e);
}

/* Where the member's data starts, from its local header: sig, needed (2),
 * flags (2), method (2), time (2), date (2), crc (4), csize (4), usize (4),
 * name length (2), extra length (2), name, extra, data. Sizes come from the
 * central directory (the local ones may be deferred to a data descriptor);
 * the name must agree with the directory's, as python's zipfile insists. */
static int zip_member_data(const unsigned char *buf, size_t len, const ZipEntry *z, size_t *start, Err *e)
{
    uint64_t at = z->local_offset;
    if (at > len || len - at < LOCAL_SIZE || rd32(buf + at) != SIG_LOCAL)
        return fail(e, "local file header missing at offset %llu", (unsigned long long)at);
    size_t name_len = rd16(buf + at + 26);
    uint64_t data = at + LOCAL_SIZE + name_len + rd16(buf + at + 28);
    if (data > len || z->csize > len - data)
        return fail(e, "data (%llu bytes) runs past the end of the archive", (unsigned long long)z->csize);
    if (name_len != z->name_len || memcmp(buf + at + LOCAL_SIZE, z->name, name_len) != 0)
        return fail(e, "local file header names a different file");
    *start = (size_t)data;
    return 0;
}

/* Inflates raw deflate data that must come out as exactly `expect` bytes.
 * The output buffer grows only as output actually appears, so a member that
 * merely claims a huge size costs nothing. */
static int inflate_exact(const unsigned char *src, size_t srclen, size_t expect, unsigned char **out, Err *e)
{
    const size_t piece = (size_t)1 << 30; /* zlib counts in uInt */
    size_t limit = expect + 1;          /* room for one byte too many, to detect it */
    size_t cap = limit < ((size_t)1 << 20) ? limit : ((size_t)1 << 20);
    unsigned char *buf = xmalloc(cap);
    size_t in_done = 0, out_done = 0;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, -15) != Z_OK) {
        free(buf);
        return fail(e, "cannot initialise zlib");
    }
    int rc = Z_OK;
    const char *problem = NULL;
    while (!problem) {
        if (out_done == cap) {
            cap = cap > limit / 2 ? limit : cap * 2;
            buf = xrealloc(buf, cap);
        }
        size_t in_avail = srclen - in_done, out_avail = cap - out_done;
        zs.next_in = (unsigned char *)(uintptr_t)(src + in_done);
        zs.avail_in = (uInt)(in_avail < piece ? in_avail : piece);
        zs.next_out = buf + out_done;
        zs.avail_out = (uInt)(out_avail < piece ? out_avail : piece);
        uInt in_before = zs.avail_in, out_before = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        in_done += in_before - zs.avail_in;
        out_done += out_before - zs.avail_out;
        if (out_done > expect) problem = "inflates to more bytes than its declared size";
        else if (rc == Z_STREAM_END) break;
        else if (rc != Z_OK && rc != Z_BUF_ERROR) problem = "corrupt deflate data";
        else if (in_before == zs.avail_in && out_before == zs.avail_out)
            problem = in_done == srclen ? "deflate data is truncated" : "corrupt deflate data";
    }
    inflateEnd(&zs);
    if (!problem && out_done != expect) problem = "inflates to fewer bytes than its declared size";
    if (!problem && in_done != srclen) problem = "has bytes after the end of its deflate data";
    if (problem) {
        free(buf);
        return fail(e, "%s", problem);
    }
    *out = buf;
    return 0;
}

/* The member's uncompressed bytes: a pointer into buf for STORED members, a
 * new block (*owned = 1) for DEFLATED ones. The CRC-32 is checked here. */
static int zip_member_bytes(const unsigned char *buf, size_t len, const ZipEntry *z, unsigned char **out,
                            size_t *out_len, int *owned, Err *e)
{
    size_t start;
    if (z->flags & 1) return fail(e, "encrypted zip members are not supported");
    if (zip_member_data(buf, len, z, &start, e)) return -1;
    size_t csize = (size_t)z->csize; /* fits: checked against len */
    *owned = 0;
    if (z->method == METHOD_STORED) {
        if (z->usize != z->csize) return fail(e, "stored member has different compressed and uncompressed sizes");
        *out = (unsigned char *)(uintptr_t)(buf + start);
    } else if (z->method == METHOD_DEFLATED) {
        uint64_t slack = z->usize > 64 ? z->usize - 64 : 0;
        if (slack / DEFLATE_MAX_RATIO > csize || z->usize >= SIZE_MAX)
            return fail(e, "claims %llu bytes from %zu compressed bytes, more than deflate can expand to",
                        (unsigned long long)z->usize, csize);
        if (inflate_exact(buf + start, csize, (size_t)z->usize, out, e)) return -1;
        *owned = 1;
    } else {
        return fail(e, "compression method %u is not supported (only stored and deflated)", z->method);
    }
    *out_len = (size_t)z->usize;
    uint32_t crc = crc_update(0, *out, *out_len);
    if (crc != z->crc) {
        if (*owned) free(*out);
        return fail(e, "CRC-32 mismatch (archive says %08x, data gives %08x)", (unsigned)z->crc, (unsigned)crc);
    }
    return 0;
}

static int take_meta(TensorList *tl, unsigned char *bytes, size_t n, int owned, Err *e)
{
    int bad = tl->meta != NULL ? 1 : memchr(bytes, '\0', n) != NULL ? 2 : 0;
    if (!bad) {
        tl->meta = xmalloc(n + 1);
        if (n) memcpy(tl->meta, bytes, n);
        tl->meta[n] = '\0';
    }
    if (owned) free(bytes);
    return bad == 1 ? fail(e, "appears twice") : bad == 2 ? fail(e, "contains a NUL byte") : 0;
}

/* Handles one central directory entry: .npy members become tensors,
 * meta.txt becomes tl->meta, anything else is skipped unread. */
static int zip_use_entry(const unsigned char *buf, size_t len, const ZipEntry *z, TensorList *tl, Err *e)
{
    int is_npy = z->name_len > 4 && memcmp(z->name + z->name_len - 4, ".npy", 4) == 0;
    int is_meta = z->name_len == 8 && memcmp(z->name, "meta.txt", 8) == 0;
    if (!is_npy && !is_meta) return 0;
    char shown[96];
    printable(shown, sizeof shown, z->name, z->name_len);
    snprintf(e->what, sizeof e->what, "member %s", shown);
    if (memchr(z->name, '\0', z->name_len)) return fail(e, "name contains a NUL byte");
    size_t name_len = z->name_len - (is_npy ? 4 : 0);
    char *name = xmalloc(name_len + 1);
    memcpy(name, z->name, name_len);
    name[name_len] = '\0';
    unsigned char *bytes;
    size_t n;
    int owned, rc;
    if (is_npy && tl_get(tl, name)) rc = fail(e, "appears twice");
    else if (zip_member_bytes(buf, len, z, &bytes, &n, &owned, e)) rc = -1;
    else rc = is_meta ? take_meta(tl, bytes, n, owned, e) : add_npy(tl, name, bytes, n, owned, e);
    free(name);
    return rc;
}

static int zip_parse(const unsigned char *buf, size_t len, TensorList *tl, Err *e)
{
    ZipDirectory d = {0, 0, 0};
    if (zip_directory(buf, len, &d, e)) return -1;
    if (d.count > d.size / CENTRAL_SIZE) return fail(e, "zip directory claims more entries than it can hold");
    size_t pos = (size_t)d.offset, end = (size_t)(d.offset + d.size);
    for (uint64_t i = 0; i < d.count; i++) {
        ZipEntry z;
        e->what[0] = '\0';
        if (zip_entry(buf, &pos, end, &z, e)) return -1;
        if (zip_use_entry(buf, len, &z, tl, e)) return -1;
    }
    return 0;
}

int npz_parse(const unsigned char *buf, size_t len, const char *name_for_npy, TensorList *out, char *err,
              size_t errlen)
{
    Err e = {err, errlen, ""};
    memset(out, 0, sizeof *out);
    if (err && errlen) err[0] = '\0';
    if (!buf) len = 0, buf = (const unsigned char *)"";
    int rc;
    if (len >= 6 && memcmp(buf, "\x93NUMPY", 6) == 0)
        rc = add_npy(out, name_for_npy ? name_for_npy : "arr_0", (unsigned char *)(uintptr_t)buf, len, 0, &e);
    else
        rc = zip_parse(buf, len, out, &e);
    if (rc) tl_free(out);
    return rc;
}

TensorList npz_read(const char *path)
{
    size_t len;
    unsigned char *buf = read_file(path, &len);
    /* A bare .npy names its tensor after the file: "dir/mask.npy" -> "mask". */
    const char *slash = strrchr(path, '/');
    char *name = xstrdup(strcmp(path, "-") == 0 ? "arr_0" : slash ? slash + 1 : path);
    size_t nl = strlen(name);
    if (nl > 4 && strcmp(name + nl - 4, ".npy") == 0) name[nl - 4] = '\0';
    TensorList tl;
    char err[512];
    int rc = npz_parse(buf, len, name, &tl, err, sizeof err);
    free(name);
    free(buf);
    if (rc) die("%s: %s", path, err);
    return tl;
}

/* ------------------------------------------------------------ .npy write */

/* The .npy 1.0 header numpy.save writes: magic, version 1.0, uint16 length,
 * "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", 21 minus
 * the digits of shape[0] spaces (room to grow), then spaces and '\n' so that
 * the data starts at a multiple of 64 (always at least one space). */
static size_t npy_header(const Tensor *t, char *out, size_t cap)
{
    char shape[TENSOR_MAX_DIM * 24 + 8] = "(";
    size_t sl = 1;
    for (int i = 0; i < t->ndim; i++)
        sl += (size_t)snprintf(shape + sl, sizeof shape - sl, "%s%lld", i ? ", " : "", (long long)t->shape[i]);
    snprintf(shape + sl, sizeof shape - sl, t->ndim == 1 ? ",)" : ")");
    char dict[sizeof shape + 128];
    int dl = snprintf(dict, sizeof dict, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }",
                      dtype_info[t->dtype].descr, shape);
    int growth = t->ndim > 0 ? 21 - snprintf(NULL, 0, "%lld", (long long)t->shape[0]) : 0;
    size_t text = (size_t)dl + (size_t)growth;
    size_t pad = 64 - (10 + text + 1) % 64;
    size_t total = 10 + text + pad + 1;
    if (total > cap) die("npz: .npy header too long");
    memcpy(out, "\x93NUMPY\x01\x00", 8);
    out[8] = (char)((total - 10) & 0xff);
    out[9] = (char)((total - 10) >> 8);
    memcpy(out + 10, dict, (size_t)dl);
    memset(out + 10 + dl, ' ', (size_t)growth + pad);
    out[total - 1] = '\n';
    return total;
}

/* -------------------------------------------------------------- zip write */

typedef struct {
    unsigned char *p;
    size_t n, cap;
} Bytes;

static void put(Bytes *b, const void *src, size_t n)
{
    if (n > b->cap - b->n) {
        size_t want = b->n + n;
        if (want < b->n) die("npz: archive too large");
        b->cap = want > b->cap * 2 ? want : b->cap * 2;
        b->p = xrealloc(b->p, b->cap);
    }
    if (n) memcpy(b->p + b->n, src, n);
    b->n += n;
}

static void put16(Bytes *b, unsigned v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    put(b, x, 2);
}

static void put32(Bytes *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    put(b, x, 4);
}

/* What the central directory repeats about each member. */
typedef struct {
    char *name;
    uint32_t crc, size, offset;
} WrittenMember;

#define DOS_DATE_1980_01_01 0x0021 /* (year-1980)<<9 | month<<5 | day */
#define VERSION_NEEDED 20          /* zip 2.0: deflate-era features, no zip64 */
#define VERSION_MADE_BY 0x0314     /* unix, zip 2.0 (as python's zipfile) */
#define ATTR_RW_USER 0x01800000u   /* unix mode 0600 in the high half */

static uint32_t checked_u32(size_t v, const char *name)
{
    if (v >= 0xffffffffu) die("npz: member %s would pass 4 GiB (zip64 output is not supported)", name);
    return (uint32_t)v;
}

/* Local header, name and data (given as up to two pieces: header and body). */
static WrittenMember put_member(Bytes *b, const char *name, const void *head, size_t head_len,
                                const void *body, size_t body_len)
{
    WrittenMember m = {xstrdup(name), 0, 0, checked_u32(b->n, name)};
    m.size = checked_u32(head_len + body_len, name);
    m.crc = crc_update(crc_update(0, head, head_len), body, body_len);
    size_t name_len = strlen(name);
    if (name_len > 0xffff) die("npz: member name too long");
    put32(b, SIG_LOCAL);
    put16(b, VERSION_NEEDED);
    put16(b, 0); /* flags */
    put16(b, METHOD_STORED);
    put16(b, 0); /* time 00:00:00 */
    put16(b, DOS_DATE_1980_01_01);
    put32(b, m.crc);
    put32(b, m.size); /* compressed */
    put32(b, m.size); /* uncompressed */
    put16(b, (unsigned)name_len);
    put16(b, 0); /* extra length */
    put(b, name, name_len);
    put(b, head, head_len);
    put(b, body, body_len);
    return m;
}

static void put_central(Bytes *b, const WrittenMember *m)
{
    size_t name_len = strlen(m->name);
    put32(b, SIG_CENTRAL);
    put16(b, VERSION_MADE_BY);
    put16(b, VERSION_NEEDED);
    put16(b, 0); /* flags */
    put16(b, METHOD_STORED);
    put16(b, 0);
    put16(b, DOS_DATE_1980_01_01);
    put32(b, m->crc);
    put32(b, m->size);
    put32(b, m->size);
    put16(b, (unsigned)name_len);
    put16(b, 0); /* extra length */
    put16(b, 0); /* comment length */
    put16(b, 0); /* disk */
    put16(b, 0); /* internal attributes */
    put32(b, ATTR_RW_USER);
    put32(b, m->offset);
    put(b, m->name, name_len);
}

static void put_end(Bytes *b, size_t count, size_t dir_offset)
{
    uint32_t dir_size = checked_u32(b->n - dir_offset, "central directory");
    put32(b, SIG_EOCD);
    put16(b, 0); /* this disk */
    put16(b, 0); /* directory disk */
    put16(b, (unsigned)count);
    put16(b, (unsigned)count);
    put32(b, dir_size);
    put32(b, checked_u32(dir_offset, "central directory"));
    put16(b, 0); /* comment length */
}

unsigned char *npz_serialize(const TensorList *tl, size_t *len)
{
    size_t count = (size_t)tl->n + (tl->meta != NULL);
    if (count > 0xffff) die("npz: %zu members are more than a zip without zip64 holds", count);
    WrittenMember *members = xcalloc(count ? count : 1, sizeof *members);
    Bytes b = {0};
    for (int i = 0; i < tl->n; i++) {
        const Tensor *t = &tl->t[i];
        if (!dtype_valid(t->dtype)) die("npz: tensor %s has an invalid dtype", t->name);
        char head[1024];
        size_t head_len = npy_header(t, head, sizeof head);
        char *name = xasprintf("%s.npy", t->name);
        members[i] = put_member(&b, name, head, head_len, t->data, t->nbytes);
        free(name);
    }
    if (tl->meta) members[count - 1] = put_member(&b, "meta.txt", "", 0, tl->meta, strlen(tl->meta));
    size_t dir_offset = b.n;
    for (size_t i = 0; i < count; i++) put_central(&b, &members[i]);
    put_end(&b, count, dir_offset);
    for (size_t i = 0; i < count; i++) free(members[i].name);
    free(members);
    *len = b.n;
    return b.p;
}

void npz_put(OutFile *o, const TensorList *tl)
{
    size_t len;
    unsigned char *bytes = npz_serialize(tl, &len);
    out_write(o, bytes, len); /* a failure is reported by out_close */
    free(bytes);
}

void npz_write(const char *path, const TensorList *tl)
{
    OutFile o = out_open(path);
    npz_put(&o, tl);
    out_commit(&o);
}

/* ------------------------------------------------------ tensor list API */

Tensor *tl_add(TensorList *tl, const char *name, DType dtype, int ndim, const int64_t *shape, const void *data)
{
    size_t nbytes;
    if (!dtype_valid(dtype)) die("npz: tensor %s: invalid dtype", name);
    if (ndim < 0 || ndim > TENSOR_MAX_DIM) die("npz: tensor %s: %d dimensions (at most %d)", name, ndim, TENSOR_MAX_DIM);
    if (shape_nbytes(ndim, shape, dtype_size(dtype), &nbytes)) die("npz: tensor %s: invalid or too large shape", name);
    if (tl_get(tl, name)) die("npz: tensor %s added twice", name);
    Tensor *t = tl_push(tl, xstrdup(name), dtype, ndim, shape);
    t->nbytes = nbytes;
    t->data = xmalloc(nbytes);
    if (data && nbytes) memcpy(t->data, data, nbytes);
    else if (nbytes) memset(t->data, 0, nbytes);
    return t;
}

/* The first non-finite element of a float tensor, or -1. */
static int64_t first_nonfinite(const Tensor *t)
{
    int64_t n = tensor_numel(t);
    for (int64_t i = 0; i < n; i++) {
        double v = t->dtype == DT_F32 ? (double)((const float *)t->data)[i] : ((const double *)t->data)[i];
        if (!isfinite(v)) return i;
    }
    return -1;
}

Tensor *tl_need(const TensorList *tl, const char *path, const char *name, DType dtype, int ndim,
                const int64_t *shape)
{
    Tensor *t = tl_get(tl, name);
    if (!t) die("%s: no member %s", path, name);
    if (t->dtype != dtype)
        die("%s: member %s has dtype %s, expected %s", path, name, dtype_name(t->dtype), dtype_name(dtype));
    int match = t->ndim == ndim;
    for (int i = 0; match && shape && i < ndim; i++) match = shape[i] < 0 || shape[i] == t->shape[i];
    if (!match) {
        char have[256], want[256];
        int64_t any[TENSOR_MAX_DIM] = {-1, -1, -1, -1, -1, -1, -1, -1};
        format_shape(have, sizeof have, t->ndim, t->shape);
        format_shape(want, sizeof want, ndim < 0 ? 0 : ndim > TENSOR_MAX_DIM ? TENSOR_MAX_DIM : ndim,
                     shape ? shape : any);
        die("%s: member %s has shape %s, expected %s", path, name, have, want);
    }
    if (t->dtype == DT_F32 || t->dtype == DT_F64) {
        int64_t bad = first_nonfinite(t);
        if (bad >= 0) die("%s: member %s holds NaN or Inf (flat index %lld)", path, name, (long long)bad);
    }
    return t;
}

/* ------------------------------------------------------------- meta.txt */

/* Start of the line "key=..." in meta, or NULL. */
static const char *meta_find(const char *meta, const char *key)
{
    size_t kl = strlen(key);
    for (const char *line = meta; line && *line;) {
        if (strncmp(line, key, kl) == 0 && line[kl] == '=') return line;
        line = strchr(line, '\n');
        if (line) line++;
    }
    return NULL;
}

void tl_meta_set(TensorList *tl, const char *key, const char *value)
{
    if (!key[0] || strpbrk(key, "=\n")) die("npz: invalid meta key '%s'", key);
    if (strchr(value, '\n')) die("npz: meta value for %s contains a newline", key);
    const char *old = tl->meta ? tl->meta : "";
    const char *line = meta_find(old, key);
    char *meta;
    if (line) {
        const char *rest = strchr(line, '\n');
        meta = xasprintf("%.*s%s=%s\n%s", (int)(line - old), old, key, value, rest ? rest + 1 : "");
    } else {
        size_t ol = strlen(old);
        const char *sep = ol && old[ol - 1] != '\n' ? "\n" : "";
        meta = xasprintf("%s%s%s=%s\n", old, sep, key, value);
    }
    free(tl->meta);
    tl->meta = meta;
}

char *tl_meta_get(const TensorList *tl, const char *key)
{
    const char *line = tl->meta ? meta_find(tl->meta, key) : NULL;
    if (!line) return NULL;
    const char *value = line + strlen(key) + 1;
    size_t n = strcspn(value, "\n");
    if (n && value[n - 1] == '\r') n--;
    char *copy = xmalloc(n + 1);
    memcpy(copy, value, n);
    copy[n] = '\0';
    return copy;
}

long tl_meta_long(const TensorList *tl, const char *path, const char *key, long lo, long hi)
{
    if (!tl->meta) die("%s: no member meta.txt (needed for %s)", path, key);
    char *v = tl_meta_get(tl, key);
    if (!v) die("%s: meta.txt has no %s", path, key);
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    int not_integer = end == v || *end;
    int out_of_range = errno == ERANGE || x < lo || x > hi;
    char shown[64]; /* the value as the message shows it; v is freed first, so a caught die() leaks nothing */
    printable(shown, sizeof shown, (const unsigned char *)v, strlen(v));
    free(v);
    if (not_integer) die("%s: meta.txt %s=%s is not an integer", path, key, shown);
    if (out_of_range) die("%s: meta.txt %s=%s is out of range [%ld, %ld]", path, key, shown, lo, hi);
    return x;
}
