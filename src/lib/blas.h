/* blas — make OpenBLAS use the vector kernels the CPU has.
 *
 * OpenBLAS picks its kernels once, when it is loaded, from the CPU model
 * number. A CPU newer than the library (Debian 12 ships OpenBLAS 0.3.21)
 * is not in its table and gets the SSE3 "Prescott" kernels: on an AVX-512
 * machine every GEMM then runs at a quarter of its speed. The only remedy
 * is the OPENBLAS_CORETYPE variable, read before main() runs, so
 * blas_use_native_kernels() re-executes the tool with it set when the
 * library has fallen back to a pre-AVX2 core on a CPU with AVX2 (Haswell)
 * or AVX-512 (SkylakeX). It does nothing when OPENBLAS_CORETYPE is already
 * set (the user's choice wins, and the re-executed tool stops there), and
 * carries on with the slow kernels if the re-execution fails.
 * blas_core_name() names the kernels in use (for logs and benchmarks).
 */
#ifndef BLAS_H
#define BLAS_H

void blas_use_native_kernels(char **argv);
const char *blas_core_name(void);

#endif
