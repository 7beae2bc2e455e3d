/* fuzz_opt — libFuzzer harness for the command-line and flags-file parser
 * (opt.c) and the value parsers the tools call on flag values (act_parse,
 * squarewave_setting_parse).
 *
 * Input: one byte choosing how many positional arguments the spec accepts,
 * then either (high bit of that byte clear) the text of a flags file, parsed
 * from memory as "TOOL @FILE" would parse it, or (bit set) NUL-separated
 * command-line words (words starting with '@' are dropped: they would read
 * files). The spec has a flag of every type, ranges of every kind the tools
 * use (0..9.2e18 seeds, negative bounds, open ranges) and the -o short flag.
 * A parse either dies with exit status 2 (caught, see fuzz.h) or returns;
 * then every number lies in its range (checked in long double, independently
 * of opt.c), the positional count obeys the spec, and the recorded command
 * line holds every word. Leaks are checked on both paths (opt_reset).
 */
#include <string.h>

#include "fuzz.h"
#include "mlp.h"
#include "opt.h"
#include "squarewave.h"

typedef struct {
    const char *output, *name, *act, *wave;
    long seed, steps, neg, any_int;
    double lr, frac, any_double;
    int flag;
    OptList items;
} Values;

static Values v;
static char **pos;
static int npos, status;

static void check_range(long x, double lo, double hi)
{
    FUZZ_CHECK((long double)x >= (long double)lo && (long double)x <= (long double)hi);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    memset(&v, 0, sizeof v);
    Opt opts[] = {
        {"output", OPT_STRING, &v.output, "FILE", "output", NO_RANGE},
        {"name", OPT_STRING, &v.name, "S", "a string", NO_RANGE},
        {"act", OPT_STRING, &v.act, "ACT", "an activation", NO_RANGE},
        {"wave", OPT_STRING, &v.wave, "W", "a square-wave setting", NO_RANGE},
        {"seed", OPT_INT, &v.seed, "S", "seed", 0, 9.2e18},
        {"steps", OPT_INT, &v.steps, "N", "steps", 1, 1e9},
        {"neg", OPT_INT, &v.neg, "N", "negative bound", -5, 5},
        {"any-int", OPT_INT, &v.any_int, "N", "no range", NO_RANGE},
        {"lr", OPT_DOUBLE, &v.lr, "LR", "rate", 0, 1e6},
        {"frac", OPT_DOUBLE, &v.frac, "F", "fraction", 0, 1},
        {"any-double", OPT_DOUBLE, &v.any_double, "X", "no range", NO_RANGE},
        {"flag", OPT_FLAG, &v.flag, NULL, "a flag", NO_RANGE},
        {"item", OPT_LIST, &v.items, "X", "repeatable", NO_RANGE},
        OPT_END,
    };
    int max_pos = (data[0] & 3) == 3 ? -1 : data[0] & 3;
    OptSpec spec = {"fuzz [options]", "Parses flags.", opts, (data[0] >> 2) & 1, max_pos, 1};
    int argv_mode = data[0] & 0x80;
    data++, size--;

    /* command-line words, for argv_mode */
    char *text = NULL, **argv = NULL;
    int argc = 1;
    if (argv_mode) {
        text = malloc(size + 1);
        memcpy(text, data, size);
        text[size] = '\0';
        argv = malloc(sizeof *argv * (size + 3)); /* argv[0], up to size + 1 words, NULL */
        argv[0] = "fuzz";
        for (size_t i = 0; i <= size;) {
            char *w = text + i;
            size_t n = strlen(w);
            if (w[0] != '@') argv[argc++] = w;
            i += n + 1;
        }
        argv[argc] = NULL;
    }

    fuzz_armed = 1;
    status = setjmp(fuzz_jmp);
    if (status == 0) {
        pos = argv_mode ? opt_parse(&spec, argc, argv, &npos) : opt_parse_flags_text(&spec, (const char *)data, size, &npos);
        fuzz_armed = 0;
        FUZZ_CHECK(npos >= spec.min_positional && (max_pos < 0 || npos <= max_pos));
        for (int i = 0; i < npos; i++) FUZZ_CHECK(pos[i] != NULL && strstr(opt_cmdline(), pos[i]) != NULL);
        FUZZ_CHECK(pos[npos] == NULL);
        if (opt_given("seed")) check_range(v.seed, 0, 9.2e18);
        if (opt_given("steps")) check_range(v.steps, 1, 1e9);
        if (opt_given("neg")) check_range(v.neg, -5, 5);
        if (opt_given("lr")) FUZZ_CHECK(v.lr >= 0 && v.lr <= 1e6);
        if (opt_given("frac")) FUZZ_CHECK(v.frac >= 0 && v.frac <= 1);
        if (opt_given("any-double")) FUZZ_CHECK(v.any_double == v.any_double);
        for (int i = 0; i < v.items.n; i++) FUZZ_CHECK(v.items.items[i] != NULL);
        Activation act;
        if (v.act && act_parse(v.act, &act)) FUZZ_CHECK(act.power >= 1 && act.power <= 16);
        IdealSetting wave;
        if (v.wave) (void)squarewave_setting_parse(v.wave, &wave);
        free(pos);
    } else {
        fuzz_armed = 0;
        /* a parse that stops does so with status 0 (--help) or 2 (usage) */
        FUZZ_CHECK(status == 1 || status == 3);
    }
    free(v.items.items);
    opt_reset();
    free(argv);
    free(text);
    return 0;
}
