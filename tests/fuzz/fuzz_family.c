/* fuzz_family — libFuzzer harness for reading an RNN or a transformer model
 * file, as train --init-from, ablate, rnn-spectrum, svd-lowrank and
 * attention read one: the configuration from meta.txt (rnn_config_from_file,
 * tf_config_from_file), then the weights (params_from_tensors), then a
 * forward pass through the family's operations (family.h). Input: one byte
 * choosing the family (even: rnn, odd: transformer), then an .npz/.npy or a
 * decoded tensor list (tensors.h).
 *
 * A list is either refused by die() (caught, see fuzz.h) or gives a model
 * that runs: every declared tensor present with its declared shape and
 * finite, and a forward pass over a few inputs clean under the sanitizers.
 * Leak detection is off for this harness (FUZZ_NO_LEAKS in
 * tests/hardening.mk), as for fuzz_model.
 */
#include <math.h>
#include <string.h>

#include "family.h"
#include "fuzz.h"
#include "rnn.h"
#include "tensors.h"
#include "transformer.h"

static TensorList tl;
static Params P;
static RnnConfig rcfg;
static TfConfig tcfg;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    int tf = data[0] & 1;
    if (fuzz_tensors(data + 1, size - 1, &tl) != 0) return 0;
    memset(&P, 0, sizeof P);
    fuzz_armed = 1;
    if (setjmp(fuzz_jmp) == 0) {
        Net net;
        if (tf) {
            tcfg = tf_config_from_file(&tl, "fuzz.npz");
            FUZZ_CHECK(tcfg.p >= 2 && tcfg.k >= 1 && tcfg.d >= 1 && tcfg.heads >= 1 && tcfg.layers >= 1);
            tf_declare(&P, &tcfg);
            net = (Net){&tf_family, &tcfg, tcfg.p, tcfg.k};
        } else {
            rcfg = rnn_config_from_file(&tl, "fuzz.npz");
            FUZZ_CHECK(rcfg.p >= 2 && rcfg.embed >= 1 && rcfg.hidden >= 1);
            rnn_declare(&P, &rcfg);
            net = (Net){&rnn_family, &rcfg, rcfg.p, 2};
        }
        /* the shapes first, so that a file claiming huge sizes costs nothing */
        for (int i = 0; i < P.n; i++)
            tl_need(&tl, "fuzz.npz", P.view[i].name, DT_F32, P.view[i].ndim, P.view[i].shape);
        params_alloc(&P);
        params_from_tensors(&P, &tl, "fuzz.npz");
        fuzz_armed = 0;
        for (size_t i = 0; i < P.size; i++) FUZZ_CHECK(isfinite(P.data[i]));
        int64_t N = 4;
        int32_t *tok = malloc(sizeof *tok * (size_t)(N * net.k)), labels[4];
        for (int64_t i = 0; i < N * net.k; i++) tok[i] = (int32_t)(i % net.p);
        for (int64_t i = 0; i < N; i++) labels[i] = (int32_t)(i % net.p);
        double loss, acc;
        void *w = net.ops->work_new(net.cfg, N);
        net_evaluate(&net, w, N, &P, tok, labels, N, &loss, &acc);
        net.ops->work_free(w);
        free(tok);
    }
    fuzz_armed = 0;
    params_free(&P);
    tl_free(&tl);
    return 0;
}
