/* util — see util.h. */
#include "util.h"

#include <cblas.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#endif

#include "blas.h"

const char *util_progname = "modfourier";

/* Temporary files still being written; removed by die() and on signals. */
#define MAX_PENDING 64
static char *pending[MAX_PENDING];
static volatile sig_atomic_t npending;
static int progress_shown;

static void remove_pending(void)
{
    for (int i = 0; i < npending; i++)
        if (pending[i]) unlink(pending[i]);
}

static void on_signal(int sig)
{
    remove_pending();
    signal(sig, SIG_DFL);
    raise(sig);
}

void util_init(char **argv)
{
    blas_use_native_kernels(argv);
    const char *argv0 = argv[0];
    const char *slash = strrchr(argv0, '/');
    util_progname = slash ? slash + 1 : argv0;
    /* one BLAS thread unless asked otherwise: parallelism comes from make -j */
    if (!getenv("OPENBLAS_NUM_THREADS")) openblas_set_num_threads(1);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGPIPE, &sa, NULL);
}

/* One line on stderr: "tool: message", with a pointer to --help when hint is set. */
static void vmessage(const char *fmt, va_list ap, int hint)
{
    if (progress_shown) fputc('\n', stderr);
    progress_shown = 0;
    fprintf(stderr, "%s: ", util_progname);
    vfprintf(stderr, fmt, ap);
    if (hint) fprintf(stderr, " (try '%s --help')", util_progname);
    fputc('\n', stderr);
}

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap, 0);
    va_end(ap);
    remove_pending();
    exit(1);
}

void die_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap, 1);
    va_end(ap);
    remove_pending();
    exit(2);
}

void warnf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap, 0);
    va_end(ap);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) die("out of memory (%zu bytes)", n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) die("out of memory (%zu x %zu bytes)", count, size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) die("out of memory (%zu bytes)", n);
    return q;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) die("formatting failed");
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

OutFile out_open(const char *path)
{
    OutFile o = {0};
    o.path = xstrdup(path);
    if (strcmp(path, "-") == 0) {
        o.fp = stdout;
        return o;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        o.fp = fopen(path, "wb"); /* a device or FIFO: in place (a directory fails here) */
        if (!o.fp) die("%s: cannot write: %s", path, strerror(errno));
        return o;
    }
    if (npending >= MAX_PENDING) die("too many open outputs");
    o.tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
    for (int i = 0; i < npending; i++)
        if (pending[i] && strcmp(pending[i], o.tmp) == 0) die("%s: named as two outputs", path);
    /* pending before it exists: a signal right after open() still removes it */
    pending[npending] = o.tmp;
    npending = npending + 1;
    int fd = open(o.tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) die("%s: cannot write: %s", path, strerror(errno));
    o.fp = fdopen(fd, "wb");
    if (!o.fp) die("%s: cannot write: %s", path, strerror(errno));
    return o;
}

/* Drops a name from the pending list, freeing its slot: a tool that commits
 * outputs over and over (train saving its --state) must never run out of
 * slots. The last entry moves into the freed slot before the count drops,
 * so a signal arriving in between sees every pending name (one of them
 * twice, which is harmless). */
static void forget_pending(const char *tmp)
{
    for (int i = 0; i < npending; i++)
        if (pending[i] == tmp) {
            pending[i] = pending[npending - 1];
            npending = npending - 1;
            pending[npending] = NULL;
            return;
        }
}

void out_write(OutFile *o, const void *data, size_t n)
{
    if (fwrite(data, 1, n, o->fp) != n && !o->err) o->err = errno ? errno : EIO;
}

void out_close(OutFile *o)
{
    int err = o->err;
    errno = 0;
    if (fflush(o->fp) != 0 && !err) err = errno;
    int failed = err || ferror(o->fp);
    if (o->tmp && !failed && fsync(fileno(o->fp)) != 0 && errno != EINVAL) failed = 1, err = errno;
    if (o->fp != stdout && fclose(o->fp) != 0 && !failed) failed = 1, err = errno;
    o->fp = NULL;
    const char *name = strcmp(o->path, "-") == 0 ? "stdout" : o->path;
    if (failed && err) die("%s: write failed: %s", name, strerror(err));
    if (failed) die("%s: write failed", name); /* an fprintf failed, and the flush found nothing left to retry */
}

void out_rename(OutFile *o)
{
    if (o->tmp) {
        if (rename(o->tmp, o->path) != 0) die("%s: cannot rename into place: %s", o->path, strerror(errno));
        forget_pending(o->tmp);
        free(o->tmp);
    }
    free(o->path);
    o->tmp = o->path = NULL;
}

void out_commit(OutFile *o)
{
    out_close(o);
    out_rename(o);
}

unsigned char *read_file(const char *path, size_t *len)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) die("%s: cannot open: %s", path, strerror(errno));
    /* A device is read only while it is empty (/dev/null): /dev/zero or
     * /dev/full as an input would never end and fill the memory. */
    struct stat st;
    int device = fstat(fileno(fp), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode));
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) buf = xrealloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0) break;
        if (device) die("%s: cannot read: a device, not a file", strcmp(path, "-") == 0 ? "stdin" : path);
    }
    if (ferror(fp)) die("%s: read failed: %s", path, strerror(errno));
    if (fp != stdin) fclose(fp);
    *len = n;
    return buf;
}

int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

void progress(const char *fmt, ...)
{
    static int tty = -1;
    static double last;
    if (tty < 0) tty = isatty(STDERR_FILENO);
    /* A terminal gets a line redrawn in place; a log file a line every 60 s. */
    if (!tty) {
        double t = now_seconds();
        if (last == 0) last = t;
        if (t - last < 60) return;
        last = t;
    }
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, tty ? "\r%s: " : "%s: ", util_progname);
    vfprintf(stderr, fmt, ap);
    fputs(tty ? "\033[K" : "\n", stderr);
    va_end(ap);
    progress_shown = tty;
}

void progress_done(void)
{
    if (progress_shown) fputc('\n', stderr);
    progress_shown = 0;
}

double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void flush_denormals(void)
{
#if defined(__x86_64__) || defined(__i386__)
    _mm_setcsr(_mm_getcsr() | 0x8040); /* FTZ (bit 15) and DAZ (bit 6) */
#else
    warnf("--flush-denormals: not supported on this CPU; denormals kept");
#endif
}
