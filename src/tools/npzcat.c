/* npzcat — print numeric members of an .npz (or a bare .npy) side by side
 * as TSV, one row per index, for plots and tables (e.g. the per-step loss
 * arrays stored with the authors' checkpoints). Members of more than one
 * dimension are read flat, in C order.
 *
 *   npzcat final.npz train_losses test_losses -o losses.tsv
 *   npzcat final.npz train_losses --every 200
 *
 * Output: a header "# index NAME...", then "i v_1 ... v_n" for i = 0, N,
 * 2N, ... (--every N) below the number of entries of the members, which
 * must all have the same number of entries. Without members, lists every member with its
 * dtype and shape. Values print with 10 significant digits.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "npz.h"
#include "opt.h"
#include "util.h"

static double value_at(const Tensor *t, int64_t i)
{
    switch (t->dtype) {
    case DT_F32: return ((const float *)t->data)[i];
    case DT_F64: return ((const double *)t->data)[i];
    case DT_I32: return ((const int32_t *)t->data)[i];
    case DT_I64: return (double)((const int64_t *)t->data)[i];
    case DT_U8:
    case DT_BOOL: return ((const unsigned char *)t->data)[i];
    }
    return 0;
}

int main(int argc, char **argv)
{
    util_init(argv);
    long every = 1;
    const char *out = "-";
    Opt opts[] = {
        {"every", OPT_INT, &every, "N", "every N-th index only (default 1)", 1, 1e12},
        {"output", OPT_STRING, &out, "FILE", "output TSV (default '-' = stdout); also -o", NO_RANGE},
        OPT_END,
    };
    OptSpec spec = {"npzcat FILE [MEMBER...] [--every N] [-o OUT]",
                    "Prints members of an .npz side by side as TSV, flattened (or lists the members).", opts, 1, -1, 1};
    int npos;
    char **pos = opt_parse(&spec, argc, argv, &npos);
    const char *path = pos[0];
    TensorList tl = npz_read(path);
    OutFile o = out_open(out);
    if (npos == 1) {
        for (int i = 0; i < tl.n; i++) {
            fprintf(o.fp, "%s\t%s\t(", tl.t[i].name, dtype_name(tl.t[i].dtype));
            for (int d = 0; d < tl.t[i].ndim; d++) fprintf(o.fp, "%s%" PRId64, d ? "," : "", tl.t[i].shape[d]);
            fprintf(o.fp, ")\n");
        }
    } else {
        int n = npos - 1;
        const Tensor **t = xmalloc(sizeof(Tensor *) * (size_t)n);
        for (int i = 0; i < n; i++) {
            t[i] = tl_get(&tl, pos[i + 1]);
            if (!t[i]) die("%s: no member %s", path, pos[i + 1]);
            if (tensor_numel(t[i]) != tensor_numel(t[0]))
                die("%s: members %s and %s differ in length", path, pos[1], pos[i + 1]);
        }
        fprintf(o.fp, "# index");
        for (int i = 0; i < n; i++) fprintf(o.fp, "\t%s", pos[i + 1]);
        fprintf(o.fp, "\n");
        for (int64_t j = 0; j < tensor_numel(t[0]); j += every) {
            fprintf(o.fp, "%" PRId64, j);
            for (int i = 0; i < n; i++) fprintf(o.fp, "\t%.10g", value_at(t[i], j));
            fprintf(o.fp, "\n");
        }
        free(t);
    }
    out_commit(&o);
    tl_free(&tl);
    free(pos);
    return 0;
}
