/* util — errors, checked allocation, atomic output files, progress line.
 *
 * Every tool calls util_init(argv) first. die() prints one line
 * "tool: message" on stderr, removes every output file still being written,
 * and exits 1; die_usage() does the same with exit status 2 (bad command
 * line), pointing at --help on the same line.
 * Output files are written under a temporary name beside the target and
 * renamed into place only by out_commit(), so an interrupted or failed tool
 * never leaves a file that looks complete, and never touches what was at the
 * target before. SIGINT/SIGTERM remove them too. A tool with several outputs
 * closes them all (out_close) before renaming any (out_rename), so a failure
 * leaves none of them. A target that exists and is not a regular file (a
 * device such as /dev/null, a FIFO) is written in place, as stdout is:
 * renaming over it would replace the device.
 * util_init also makes OpenBLAS use the CPU's vector kernels (blas.h; it
 * may re-execute the tool once) and limits it to one thread unless
 * OPENBLAS_NUM_THREADS is set.
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdio.h>

extern const char *util_progname;

void util_init(char **argv);

/* Float results below FLT_MIN become zero, and such inputs read as zero
 * (x86 FTZ and DAZ, this thread): denormal operands make every GEMM
 * instruction that meets one many times slower. */
void flush_denormals(void);

_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void die_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* An output being written. path "-" means stdout (written directly). */
typedef struct {
    FILE *fp;
    char *path; /* final name, as given */
    char *tmp;  /* temporary name, NULL for stdout and other non-regular targets */
    int err;    /* errno of the first failed out_write, 0 when none failed */
} OutFile;

OutFile out_open(const char *path);
/* fwrite of n bytes; a short write records its errno for out_close, which
 * reports it (a large fwrite leaves nothing buffered, so errno would be stale
 * by then). Writes through o->fp (fprintf) need no such help: what they
 * failed to write stays buffered, and out_close's flush fails again. */
void out_write(OutFile *o, const void *data, size_t n);
/* Flush, check for write errors, fsync and close, keeping the temporary
 * name; dies on error (removing every pending temporary file). */
void out_close(OutFile *o);
/* Rename a closed output into place; dies on error. */
void out_rename(OutFile *o);
/* out_close, then out_rename. */
void out_commit(OutFile *o);

/* Reads a whole file ("-" = stdin) into memory; dies with a clear line on error. */
unsigned char *read_file(const char *path, size_t *len);

/* True when the file exists. */
int file_exists(const char *path);

/* Progress on stderr: a line redrawn in place on a terminal, otherwise one
 * plain line a minute, the first a minute after the first call (for long
 * runs logged to a file; a short run stays quiet). */
void progress(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void progress_done(void);

/* Monotonic wall clock in seconds. */
double now_seconds(void);
/* CPU time of this process (all its threads) in seconds. */
double cpu_seconds(void);

#endif
