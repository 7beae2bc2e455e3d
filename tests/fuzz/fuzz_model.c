/* fuzz_model — libFuzzer harness for reading an MLP model file: the
 * configuration from meta.txt or, for files without it, from the shapes
 * (mlp_config_from_file), then the weights (params_from_tensors), as train
 * --init-from, spectrum, idealize and ablate read a model. Input: an
 * .npz/.npy or a decoded tensor list (tensors.h).
 *
 * A list is either refused by die() (caught, see fuzz.h) or gives a model
 * the tools can run: p >= 2, k >= 1, at least one hidden unit, every
 * declared tensor present with its declared shape and finite; and a
 * forward pass over a few inputs runs cleanly under the sanitizers. Leak detection is off for this harness (FUZZ_NO_LEAKS in
 * tests/hardening.mk): the model readers allocate meta.txt values that a
 * die() drops, as a process that exits may.
 */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "mlp.h"
#include "tensors.h"

static TensorList tl;
static Params P;
static MlpConfig cfg;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fuzz_tensors(data, size, &tl) != 0) return 0;
    memset(&P, 0, sizeof P);
    fuzz_armed = 1;
    if (setjmp(fuzz_jmp) == 0) {
        cfg = mlp_config_from_file(&tl, "fuzz.npz", (Activation){ACT_RELU, 1});
        FUZZ_CHECK(cfg.p >= 2 && cfg.k >= 1 && cfg.hidden >= 1);
        FUZZ_CHECK(cfg.shared == 0 || cfg.shared == 1);
        FUZZ_CHECK(cfg.bias == 0 || cfg.bias == 1);
        mlp_declare(&P, &cfg);
        /* the shapes first, as a tool would find them wrong only after
         * allocating: a file claiming 2^20 hidden units must not cost 4 GiB here */
        for (int i = 0; i < P.n; i++)
            tl_need(&tl, "fuzz.npz", P.view[i].name, DT_F32, P.view[i].ndim, P.view[i].shape);
        params_alloc(&P);
        params_from_tensors(&P, &tl, "fuzz.npz");
        fuzz_armed = 0;
        for (size_t i = 0; i < P.size; i++) FUZZ_CHECK(isfinite(P.data[i]));
        /* a forward pass over a few inputs (mlp_evaluate: clang 14 exports the
         * target_clones mlp_forward only under its ifunc name) */
        int64_t N = 4;
        int32_t *tok = malloc(sizeof *tok * (size_t)(N * cfg.k)), labels[4];
        for (int64_t i = 0; i < N * cfg.k; i++) tok[i] = (int32_t)(i % cfg.p);
        for (int64_t i = 0; i < N; i++) labels[i] = (int32_t)(i % cfg.p);
        double loss, acc;
        MlpWork w = mlp_work_new(&cfg, N);
        mlp_evaluate(&w, &cfg, &P, tok, labels, N, &loss, &acc);
        mlp_work_free(&w);
        free(tok);
    }
    fuzz_armed = 0;
    params_free(&P);
    tl_free(&tl);
    return 0;
}
