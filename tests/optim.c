/* AdamW and SGD against steps computed by hand from PyTorch's update rules,
 * and the LambdaLR warm-up (first update at learning rate 0). */
#include <math.h>

#include "model.h"
#include "optim.h"
#include "tap.h"

static Params vec2(float a, float b)
{
    Params P = {0};
    params_declare(&P, "w", 1, (int64_t[]){2});
    params_alloc(&P);
    P.data[0] = a;
    P.data[1] = b;
    return P;
}

int main(void)
{
    plan(13);
    /* AdamW, lr 0.1, betas (0.9, 0.999), eps 1e-8, wd 0.5; p = 1, g = 0.2 then g = -0.4 */
    Params P = vec2(1.0f, -2.0f), G = vec2(0.2f, 0.0f);
    Optim o = {.kind = OPTIM_ADAMW, .lr = 0.1, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8, .weight_decay = 0.5};
    optim_init(&o, &P);
    optim_step(&o, &P, &G);
    /* t=1: p = 1*(1-0.05) = 0.95; m = 0.02, v = 4e-5; m_hat = 0.2, v_hat = 0.04 -> 0.95 - 0.1*0.2/(0.2+1e-8) */
    double p1 = 0.95 - 0.1 * 0.2 / (0.2 + 1e-8);
    is_close(P.data[0], p1, 1e-6, "AdamW step 1 moves by lr against the gradient, after decay (%.7f)", p1);
    /* a zero gradient only decays: -2 * 0.95 */
    is_close(P.data[1], -1.9, 1e-6, "AdamW step with zero gradient only applies the decoupled decay");
    G.data[0] = -0.4f;
    optim_step(&o, &P, &G);
    double m = 0.9 * 0.02 + 0.1 * -0.4, v = 0.999 * 4e-5 + 0.001 * 0.16;
    double p2 = p1 * (1 - 0.05) - 0.1 / (1 - 0.81) * m / (sqrt(v) / sqrt(1 - 0.999 * 0.999) + 1e-8);
    is_close(P.data[0], p2, 1e-6, "AdamW step 2 matches the hand-computed value %.7f", p2);
    is_int(o.t, 2, "two updates counted");
    optim_free(&o);

    /* warm-up over 10 updates: lr 0, then 0.1 lr, ... (LambdaLR semantics) */
    Params Q = vec2(1.0f, 1.0f), GQ = vec2(1.0f, 1.0f);
    Optim w = {.kind = OPTIM_SGD, .lr = 0.5, .warmup = 10};
    optim_init(&w, &Q);
    is_close(optim_lr(&w), 0.0, 0, "warm-up: the first update has learning rate 0");
    optim_step(&w, &Q, &GQ);
    is_close(Q.data[0], 1.0, 0, "SGD at learning rate 0 leaves the weights alone");
    optim_step(&w, &Q, &GQ);
    is_close(Q.data[0], 1.0 - 0.05, 1e-7, "second update uses lr/10");
    for (int i = 0; i < 10; i++) optim_step(&w, &Q, &GQ);
    is_close(optim_lr(&w), 0.5, 0, "after the warm-up the learning rate is the base rate");
    optim_free(&w);

    /* SGD with weight decay 0.1 and momentum 0.9: buf = g + wd p, then mu buf + (g + wd p) */
    Params S = vec2(2.0f, 0.0f), GS = vec2(1.0f, 0.0f);
    Optim s = {.kind = OPTIM_SGD, .lr = 0.1, .weight_decay = 0.1, .momentum = 0.9};
    optim_init(&s, &S);
    optim_step(&s, &S, &GS);
    double b1 = 1.0 + 0.1 * 2.0, s1 = 2.0 - 0.1 * b1;
    optim_step(&s, &S, &GS);
    double b2 = 0.9 * b1 + (1.0 + 0.1 * s1), s2 = s1 - 0.1 * b2;
    is_close(S.data[0], s2, 1e-6, "SGD with momentum and weight decay matches torch.optim.SGD (%.6f)", s2);
    optim_free(&s);

    /* linear decay over updates 6..10 of a 10-update run, after a warm-up of 2 */
    Optim d = {.kind = OPTIM_SGD, .lr = 1.0, .warmup = 2, .decay_from = 6, .decay_end = 10};
    double want[] = {0, 0.5, 1, 1, 1, 1, 1, 0.75, 0.5, 0.25, 0};
    int schedule_ok = 1;
    for (d.t = 0; d.t <= 10; d.t++) schedule_ok &= fabs(optim_lr(&d) - want[d.t]) < 1e-12;
    ok(schedule_ok, "linear decay: rates 0, 0.5, 1 (five times), 0.75, 0.5, 0.25, 0 at updates 0..10");
    d.t = 6;
    is_close(optim_lr(&d), 1.0, 0, "linear decay: the first decayed update still has the base rate");
    d.t = 9;
    is_close(optim_lr(&d), 0.25, 1e-12, "linear decay: the last update of the run has rate lr/(end - from)");
    d.decay_end = 0, d.t = 9;
    is_close(optim_lr(&d), 1.0, 0, "no decay without an end");
    Params all[] = {P, G, Q, GQ, S, GS};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) params_free(&all[i]);
    return done_testing();
}
