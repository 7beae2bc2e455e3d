/* xent — softmax cross-entropy over rows of logits, in double precision.
 *
 * Shared by every model family. The log-sum-exp and the loss are computed in
 * double so that tiny probabilities of a confident network are not absorbed.
 */
#ifndef XENT_H
#define XENT_H

#include <stdint.h>

/* logits (N, C) float; labels (N,). Returns the summed loss (double) and adds
 * the number of rows whose argmax equals the label to *correct.
 * If dlogits is not NULL, writes d(sum loss * scale)/dlogits = scale*(softmax - onehot). */
double xent_rows(const float *logits, const int32_t *labels, int64_t N, int C, float *dlogits,
                 double scale, int64_t *correct);

/* exp(x) for x <= 0 in double precision (exposed for its test). */
double xent_exp_nonpositive(double x);

#endif
