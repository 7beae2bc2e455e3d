/* blas — see blas.h. */
#define _GNU_SOURCE /* strcasecmp, setenv */
#include "blas.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

char *openblas_get_corename(void);

const char *blas_core_name(void) { return openblas_get_corename(); }

/* OpenBLAS cores without AVX2 kernels: what an unknown CPU falls back to. */
static int is_pre_avx2_core(const char *core)
{
    static const char *const old[] = {"prescott", "katmai", "coppermine", "northwood", "core2", "penryn",
                                      "dunnington", "nehalem", "atom", "sandybridge", "unknown"};
    for (size_t i = 0; i < sizeof old / sizeof old[0]; i++)
        if (strcasecmp(core, old[i]) == 0) return 1;
    return 0;
}

/* The OpenBLAS core this CPU's vector units can run, or NULL. */
static const char *native_core(void)
{
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return "Haswell";
    return NULL;
}

void blas_use_native_kernels(char **argv)
{
    if (getenv("OPENBLAS_CORETYPE")) return;
    const char *core = blas_core_name(), *native = native_core();
    if (!core || !native || !is_pre_avx2_core(core)) return;
    if (setenv("OPENBLAS_CORETYPE", native, 1) != 0) return;
    /* the binary's own path, so that ps and top still show the tool's name */
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        execv(self, argv);
    }
    unsetenv("OPENBLAS_CORETYPE"); /* exec failed: keep the kernels we have */
}
