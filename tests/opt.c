/* opt: --print-config prints one "KEY\tVALUE" line per flag of the table, in
 * its order: a given flag's text as written (the last occurrence; a list's
 * occurrences joined by ','; "yes" for a flag), a flag not given its
 * initial value (doubles in the shortest form that reads back), from the
 * command line and from @FILE alike; it needs no positional argument, stops
 * the tool with status 0 before opt_parse returns, and still refuses bad
 * values. Each parse runs in a child process, its stdout captured. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "opt.h"
#include "tap.h"
#include "util.h"

static struct {
    const char *output, *name, *act;
    long seed, neg;
    double lr, frac, sum;
    int flag;
    OptList items;
} v = {.act = "relu", .name = "", .seed = 42, .neg = -3, .lr = 1e-3, .frac = 0.1, .sum = 0.1 + 0.2};

static const Opt opts[] = {
    {"output", OPT_STRING, &v.output, "FILE", "output", NO_RANGE},
    {"name", OPT_STRING, &v.name, "S", "a string, empty by default", NO_RANGE},
    {"act", OPT_STRING, &v.act, "ACT", "a string with a default", NO_RANGE},
    {"seed", OPT_INT, &v.seed, "S", "seed", 0, 9.2e18},
    {"neg", OPT_INT, &v.neg, "N", "a negative default", -5, 5},
    {"lr", OPT_DOUBLE, &v.lr, "LR", "rate", 0, 1e6},
    {"frac", OPT_DOUBLE, &v.frac, "F", "fraction", 0, 1},
    {"sum", OPT_DOUBLE, &v.sum, "X", "0.1 + 0.2: needs 17 digits", NO_RANGE},
    {"flag", OPT_FLAG, &v.flag, NULL, "a flag", NO_RANGE},
    {"item", OPT_LIST, &v.items, "X", "repeatable", NO_RANGE},
    OPT_END,
};

static const OptSpec spec = {"opt MODEL [options]", "Parses flags.", opts, 1, 1, 1};

/* The child's side of stdout_of: parses the argv, prints "returned" if the
 * parse returns and exits with 3. */
static int parse_in_child(void *arg)
{
    char **argv = arg;
    int argc = 0, npos;
    while (argv[argc]) argc++;
    freopen("/dev/null", "w", stderr); /* the one-line errors of the refused parses */
    opt_parse(&spec, argc, argv, &npos);
    printf("returned\n");
    return 3;
}

/* stdout of opt_parse(argv) in a child, which prints "returned" if the parse
 * returns; *status is its exit status. The caller frees the text. */
static char *stdout_of(char **argv, int *status)
{
    return capture_fd(1, parse_in_child, argv, status);
}

/* The value on the "KEY\t" line of a --print-config text (static buffer),
 * or "(none)". */
static const char *value_of(const char *text, const char *key)
{
    static char value[256];
    size_t len = strlen(key);
    for (const char *line = text; *line; line += strcspn(line, "\n") + (line[strcspn(line, "\n")] != '\0'))
        if (strncmp(line, key, len) == 0 && line[len] == '\t') {
            size_t n = strcspn(line + len + 1, "\n");
            snprintf(value, sizeof value, "%.*s", (int)n, line + len + 1);
            return value;
        }
    return "(none)";
}

/* Runs argv and checks that KEY prints WANT, with status 0 and no return. */
static void check_value(char **argv, const char *key, const char *want, const char *what)
{
    int status;
    char *text = stdout_of(argv, &status);
    const char *got = value_of(text, key);
    if (!ok(status == 0 && strcmp(got, want) == 0, "%s: %s prints '%s'", what, key, want))
        diag("exit %d, %s is '%s'; output:\n%s", status, key, got, text);
    free(text);
}

int main(void)
{
    plan(14);
    util_progname = "opt";
    int status;

    char *defaults[] = {"opt", "--print-config", NULL};
    char *text = stdout_of(defaults, &status);
    const char *want = "output\t-\nname\t-\nact\trelu\nseed\t42\nneg\t-3\nlr\t0.001\nfrac\t0.1\n"
                       "sum\t0.30000000000000004\nflag\tno\nitem\t-\n";
    if (!ok(status == 0 && strcmp(text, want) == 0,
            "defaults, every flag in table order, no positional argument needed, exit 0 before opt_parse returns"))
        diag("exit %d, output:\n%s", status, text);
    free(text);

    check_value((char *[]){"opt", "--lr", "1e-3", "--print-config", NULL}, "lr", "1e-3", "a given double");
    check_value((char *[]){"opt", "--print-config", "--lr=2.50", NULL}, "lr", "2.50", "--flag=value, after --print-config");
    check_value((char *[]){"opt", "--seed", "1", "--seed", "007", "--print-config", NULL}, "seed", "007",
                "given twice, the last");
    check_value((char *[]){"opt", "--item", "a", "--item", "b,c", "--item=d", "--print-config", NULL}, "item",
                "a,b,c,d", "a list");
    check_value((char *[]){"opt", "--flag", "--print-config", NULL}, "flag", "yes", "a flag given");
    check_value((char *[]){"opt", "-o", "out.npz", "--print-config", "x", NULL}, "output", "out.npz",
                "-o, with a positional argument");
    check_value((char *[]){"opt", "--seed", "5", "--print-config", NULL}, "lr", "0.001", "a flag not given beside one given");

    char path[] = "/tmp/opt-test-XXXXXX";
    int fd = mkstemp(path);
    const char *flags = "--lr 5e-5 # a comment\n--act cube --item x\n--frac 0.25\n";
    ok(fd >= 0 && write(fd, flags, strlen(flags)) == (ssize_t)strlen(flags) && close(fd) == 0, "flags file written");
    char at[sizeof path + 1];
    snprintf(at, sizeof at, "@%s", path);
    check_value((char *[]){"opt", at, "--print-config", NULL}, "act", "cube", "@FILE");
    check_value((char *[]){"opt", at, "--item", "y", "--lr", "0.5", "--print-config", NULL}, "lr", "0.5",
                "the command line after @FILE");
    check_value((char *[]){"opt", at, "--item", "y", "--print-config", NULL}, "item", "x,y",
                "a list from @FILE and the command line");
    unlink(path);

    text = stdout_of((char *[]){"opt", "--lr", "abc", "--print-config", NULL}, &status);
    ok(status == 2 && !*text, "a bad value still stops with status 2 and prints no configuration (exit %d)", status);
    free(text);
    text = stdout_of((char *[]){"opt", "--print-config", "--results-version", NULL}, &status);
    ok(status == 0 && strncmp(text, "opt results ", 12) == 0 && !strchr(text, '\t'),
       "with --results-version, the version alone");
    free(text);
    return done_testing();
}
