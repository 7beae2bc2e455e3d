/* sgemm — single-precision GEMM rate of the linked BLAS for given shapes.
 *
 * Usage: sgemm [--repeats R] [--calls C] NAME:M:N:K:TA:TB ...
 *        sgemm --core      the OpenBLAS kernels in use, then exit
 *
 * Each shape is one row-major cblas_sgemm, C (M, N) = op(A) op(B) with
 * beta = 0; TA and TB are N (no transpose) or T: op(A) is (M, K), stored
 * (K, M) when TA is T; op(B) is (K, N), stored (N, K) when TB is T. The
 * operands are filled with values in [-1, 1), one untimed call warms the
 * caches, then the fastest of R * C timed calls (clock_gettime, monotonic)
 * counts. Prints one tab-separated line per shape on stdout:
 *
 *   NAME  M  N  K  TA,TB  ms  GFLOP/s        (flops = 2 M N K)
 *
 * The thread count is the BLAS's own (OPENBLAS_NUM_THREADS). The kernels
 * are the ones the tools use (blas.h: the CPU's vector kernels, or
 * OPENBLAS_CORETYPE when set).
 */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "blas.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static float *random_matrix(size_t n, unsigned *state)
{
    float *m = malloc(sizeof(float) * n);
    if (!m) {
        fprintf(stderr, "sgemm: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < n; i++) {
        *state = *state * 1664525u + 1013904223u;
        m[i] = (float)(*state >> 8) / (float)(1u << 23) - 1.0f;
    }
    return m;
}

static int parse_trans(const char *s, enum CBLAS_TRANSPOSE *t)
{
    if (strcmp(s, "N") == 0) *t = CblasNoTrans;
    else if (strcmp(s, "T") == 0) *t = CblasTrans;
    else return 0;
    return 1;
}

/* Times one shape; returns 0 on a malformed spec. */
static int bench_shape(const char *spec, int repeats, int calls)
{
    char name[64], ta_s[2], tb_s[2];
    int M, N, K;
    enum CBLAS_TRANSPOSE ta, tb;
    if (sscanf(spec, "%63[^:]:%d:%d:%d:%1[NT]:%1[NT]", name, &M, &N, &K, ta_s, tb_s) != 6 || M < 1 || N < 1 ||
        K < 1 || !parse_trans(ta_s, &ta) || !parse_trans(tb_s, &tb))
        return 0;

    unsigned state = 12345u;
    float *A = random_matrix((size_t)M * K, &state), *B = random_matrix((size_t)K * N, &state);
    float *C = random_matrix((size_t)M * N, &state);
    int lda = ta == CblasNoTrans ? K : M, ldb = tb == CblasNoTrans ? N : K;

    cblas_sgemm(CblasRowMajor, ta, tb, M, N, K, 1.0f, A, lda, B, ldb, 0.0f, C, N);
    double best = 1e30;
    for (int r = 0; r < repeats * calls; r++) {
        double t0 = now_seconds();
        cblas_sgemm(CblasRowMajor, ta, tb, M, N, K, 1.0f, A, lda, B, ldb, 0.0f, C, N);
        double dt = now_seconds() - t0;
        if (dt < best) best = dt;
    }
    double gflops = 2.0 * M * N * K / best * 1e-9;
    printf("%s\t%d\t%d\t%d\t%s,%s\t%.4f\t%.2f\n", name, M, N, K, ta_s, tb_s, 1e3 * best, gflops);
    free(A);
    free(B);
    free(C);
    return 1;
}

int main(int argc, char **argv)
{
    blas_use_native_kernels(argv);
    if (argc == 2 && strcmp(argv[1], "--core") == 0) {
        printf("%s\n", blas_core_name());
        return 0;
    }
    int repeats = 3, calls = 50, i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
        if (i + 1 >= argc) break;
        if (strcmp(argv[i], "--repeats") == 0) repeats = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--calls") == 0) calls = atoi(argv[i + 1]);
        else break;
    }
    if (i >= argc || repeats < 1 || calls < 1) {
        fprintf(stderr, "Usage: sgemm [--repeats R] [--calls C] NAME:M:N:K:TA:TB ...\n");
        return 2;
    }
    for (; i < argc; i++)
        if (!bench_shape(argv[i], repeats, calls)) {
            fprintf(stderr, "sgemm: bad shape '%s' (want NAME:M:N:K:TA:TB, TA/TB N or T)\n", argv[i]);
            return 2;
        }
    return 0;
}
