/* npz — numpy .npy / .npz files: named tensors in, named tensors out.
 *
 * Reads .npz archives as numpy writes them (np.savez: STORED members with
 * zip64 extra fields; np.savez_compressed: DEFLATED members, via zlib) and
 * single .npy files (format 1.0, 2.0 and 3.0; little-endian, C order).
 * Writes .npz with STORED members and .npy 1.0 headers byte-identical to
 * numpy.save, so numpy.load(path)[name] works on every file we write.
 * A member "meta.txt" (raw bytes, not .npy) carries key=value provenance lines.
 *
 * Parsing never trusts the input: every length, offset, header field and
 * shape product is checked, and errors come back as a message, never a crash.
 * The *_parse functions return 0 on success and -1 with a message in err;
 * the path-level functions die() with "path: message".
 */
#ifndef NPZ_H
#define NPZ_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

typedef enum { DT_F32, DT_F64, DT_I32, DT_I64, DT_U8, DT_BOOL } DType;

#define TENSOR_MAX_DIM 8

typedef struct {
    char *name;   /* member name without ".npy" */
    DType dtype;
    int ndim;
    int64_t shape[TENSOR_MAX_DIM];
    void *data;   /* owned, nbytes long, C order */
    size_t nbytes;
} Tensor;

typedef struct {
    Tensor *t;
    int n;
    char *meta;   /* contents of meta.txt (NUL-terminated), or NULL */
} TensorList;

size_t dtype_size(DType dt);
const char *dtype_name(DType dt);       /* "float32", ... */
int64_t tensor_numel(const Tensor *t);

/* Parse an .npz (zip) or a bare .npy from memory. name_for_npy names the single
 * tensor of a bare .npy. On error returns -1 and writes a one-line message. */
int npz_parse(const unsigned char *buf, size_t len, const char *name_for_npy,
              TensorList *out, char *err, size_t errlen);

/* Read a file ("-" = stdin); .npz or .npy decided by content. Dies on error. */
TensorList npz_read(const char *path);

/* Write the list as .npz (STORED, plus meta.txt when tl->meta is set),
 * atomically via out_open/out_commit; "-" writes to stdout. Dies on error. */
void npz_write(const char *path, const TensorList *tl);

/* Write the list as .npz into an output opened with out_open, for a tool
 * that commits several outputs together (util.h). */
void npz_put(OutFile *o, const TensorList *tl);

/* Serialize into memory (used by npz_write and by the tests). Caller frees. */
unsigned char *npz_serialize(const TensorList *tl, size_t *len);

void tl_free(TensorList *tl);

/* Lookup; NULL when absent. */
Tensor *tl_get(const TensorList *tl, const char *name);

/* Lookup that dies with a clear line: "path: no member W_in" or
 * "path: member W_in has shape (512,23), expected (*,97)" or
 * "path: member W_in has dtype int32, expected float32".
 * In shape, -1 means any size. Also dies if a float member holds NaN or Inf. */
Tensor *tl_need(const TensorList *tl, const char *path, const char *name, DType dtype,
                int ndim, const int64_t *shape);

/* Append a copy of data (or zeros when data is NULL); returns the new tensor. */
Tensor *tl_add(TensorList *tl, const char *name, DType dtype, int ndim,
               const int64_t *shape, const void *data);

/* meta.txt helpers: set (replacing an existing key) and get (NULL if absent;
 * returned string is owned by the caller). */
void tl_meta_set(TensorList *tl, const char *key, const char *value);
char *tl_meta_get(const TensorList *tl, const char *key);
/* An integer meta value in [lo, hi]; dies with "path: ..." naming the cause
 * when the file has no meta.txt, meta.txt has no such key, or the value is
 * not an integer or out of range. */
long tl_meta_long(const TensorList *tl, const char *path, const char *key, long lo, long hi);

#endif
