/* rng — seeded xoshiro256** generator with independent named streams.
 *
 * Every random choice in the pipeline flows from the --seed on a command line:
 * rng_stream(seed, STREAM_x) derives a separate generator per purpose (split,
 * noise, init, batches), so changing how many numbers one purpose draws never
 * changes another. Not for cryptography.
 */
#ifndef RNG_H
#define RNG_H

#include <stdint.h>

typedef struct {
    uint64_t s[4];
} Rng;

enum { STREAM_SPLIT = 1, STREAM_NOISE, STREAM_INIT, STREAM_BATCH, STREAM_PHASE, STREAM_OTHER };

Rng rng_stream(uint64_t seed, uint64_t stream);
uint64_t rng_next(Rng *r);
double rng_uniform(Rng *r);                 /* [0, 1) with 53 random bits */
double rng_uniform_range(Rng *r, double lo, double hi);
double rng_normal(Rng *r);                  /* N(0, 1), Box–Muller */
uint64_t rng_below(Rng *r, uint64_t n);     /* uniform in [0, n), unbiased */
void rng_shuffle_i32(Rng *r, int32_t *a, int64_t n);

#endif
