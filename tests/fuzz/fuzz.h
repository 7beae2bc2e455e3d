/* fuzz.h — what the libFuzzer harnesses share: catching die().
 *
 * The library reports bad input by die() (util.h), which exits. A harness is
 * linked with -Wl,--wrap=exit, so every call to exit() lands in __wrap_exit
 * below: while fuzz_armed is set it jumps back to the harness, which then
 * frees what it owns and returns; otherwise (libFuzzer's own exits) it exits
 * as usual.
 *
 *     fuzz_armed = 1;
 *     if (setjmp(fuzz_jmp) == 0) { ... code that may die ... }
 *     fuzz_armed = 0;
 *
 * setjmp returns 1 + the exit status after a die. What the harness reads
 * after the jump lives in static storage (locals changed after setjmp are
 * indeterminate after longjmp).
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf fuzz_jmp;
static volatile int fuzz_armed;

_Noreturn void __real_exit(int status);
_Noreturn void __wrap_exit(int status);
_Noreturn void __wrap_exit(int status)
{
    if (fuzz_armed) {
        fuzz_armed = 0;
        longjmp(fuzz_jmp, status + 1);
    }
    __real_exit(status);
}

/* A broken property: report it as a crash, with a message, so libFuzzer
 * keeps the input. */
#define FUZZ_CHECK(cond)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                       \
        }                                                                                  \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
