/* family — see family.h. */
#include "family.h"

#include "xent.h"

void net_evaluate(const Net *net, void *work, int64_t cap, const Params *P, const int32_t *tok,
                  const int32_t *labels, int64_t N, double *loss, double *acc)
{
    double total = 0;
    int64_t correct = 0;
    for (int64_t start = 0; start < N; start += cap) {
        int64_t n = N - start < cap ? N - start : cap;
        float *logits = net->ops->forward(work, net->cfg, P, tok + start * net->k, n);
        total += xent_rows(logits, labels + start, n, net->p, NULL, 0, &correct);
    }
    *loss = N ? total / (double)N : 0;
    *acc = N ? (double)correct / (double)N : 0;
}
