/* Cross-entropy: the fast exponential against libm, loss and gradient against
 * a direct double-precision evaluation, a confident row whose tiny
 * gradient must not cancel to zero, and a very confident row whose
 * gradient is a float denormal until flush_denormals() (train
 * --flush-denormals) makes it zero. */
#include <float.h>
#include <math.h>

#include "tap.h"
#include "util.h"
#include "xent.h"

int main(void)
{
    plan(8);
    double worst = 0;
    for (double x = -708.0; x <= 0.0; x += 0.0137) {
        double rel = fabs(xent_exp_nonpositive(x) - exp(x)) / exp(x);
        worst = rel > worst ? rel : worst;
    }
    ok(worst < 1e-15, "exp for x in [-708, 0] within 1e-15 relative of libm (worst %.2e)", worst);
    is_close(xent_exp_nonpositive(0.0), 1.0, 0, "exp(0) = 1 exactly");

    /* two rows, three classes */
    float logits[6] = {1.0f, 2.0f, 0.5f, -1.0f, 0.25f, 3.0f};
    int32_t labels[2] = {1, 0};
    float d[6];
    int64_t correct = 0;
    double total = xent_rows(logits, labels, 2, 3, d, 0.5, &correct);
    double want = 0, dwant[6];
    for (int n = 0; n < 2; n++) {
        double s = 0;
        for (int c = 0; c < 3; c++) s += exp(logits[n * 3 + c]);
        want += log(s) - logits[n * 3 + labels[n]];
        for (int c = 0; c < 3; c++) dwant[n * 3 + c] = 0.5 * (exp(logits[n * 3 + c]) / s - (c == labels[n]));
    }
    is_close(total, want, 1e-12, "summed loss matches log-sum-exp minus the label's logit");
    double derr = 0;
    for (int i = 0; i < 6; i++) derr = fmax(derr, fabs(d[i] - dwant[i]));
    ok(derr < 1e-7, "gradient is scale * (softmax - onehot) (max error %.1e)", derr);
    is_int(correct, 1, "one of two rows has its label as argmax");

    /* a confident row: label logit 40 above the rest; softmax_y - 1 = -2 e^-40 */
    float confident[3] = {40.0f, 0.0f, 0.0f};
    int32_t y0 = 0;
    float dc[3];
    xent_rows(confident, &y0, 1, 3, dc, 1.0, NULL);
    double tiny = -2 * exp(-40.0) / (1 + 2 * exp(-40.0));
    is_close(dc[0] / tiny, 1.0, 1e-6, "confident row: the label's gradient %.3e is kept, not rounded to 0", dc[0]);

    /* label logit 95 above the rest: the other gradients are e^-95 ~ 5.5e-42, a float denormal */
    float sure[3] = {95.0f, 0.0f, 0.0f};
    float ds[3];
    xent_rows(sure, &y0, 1, 3, ds, 1.0, NULL);
    ok(ds[1] > 0 && ds[1] < FLT_MIN, "very confident row: the gradient %.3e is a denormal by default", ds[1]);
    flush_denormals();
    xent_rows(sure, &y0, 1, 3, ds, 1.0, NULL);
    ok(ds[1] == 0 && ds[2] == 0, "after flush_denormals() it is zero (%.3e)", ds[1]);
    return done_testing();
}
