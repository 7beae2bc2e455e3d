/* opt — see opt.h. */
#include "opt.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
    char **v;
    int n, cap;
} Args;

static Args expanded;       /* argv after @FILE expansion, without argv[0] */
static char *cmdline;
static const char **given;  /* names of flags seen */
static int ngiven;

static void args_push(Args *a, const char *s)
{
    if (a->n == a->cap) a->v = xrealloc(a->v, sizeof *a->v * (size_t)(a->cap = a->cap ? 2 * a->cap : 16));
    a->v[a->n++] = xstrdup(s);
}

/* Splits the flags file into whitespace-separated words; '#' comments out the
 * rest of a line. Nested @FILE is not expanded (one level keeps it simple). */
static void expand_file(Args *a, const char *path)
{
    if (!file_exists(path)) die_usage("flags file %s: no such file", path);
    size_t len;
    char *text = (char *)read_file(path, &len);
    text = xrealloc(text, len + 1);
    text[len] = '\0';
    char *p = text;
    while (*p) {
        while (*p && isspace((unsigned char)*p)) p++;
        if (*p == '#') {
            while (*p && *p != '\n') p++;
            continue;
        }
        char *start = p;
        while (*p && !isspace((unsigned char)*p)) p++;
        if (p == start) continue;
        char saved = *p;
        *p = '\0';
        args_push(a, start);
        *p = saved;
    }
    free(text);
}

static void print_help(const OptSpec *spec)
{
    printf("Usage: %s\n\n%s\n\nOptions:\n", spec->synopsis, spec->description);
    for (const Opt *o = spec->opts; o->name; o++) {
        char left[64];
        snprintf(left, sizeof left, "--%s%s%s", o->name, o->meta ? " " : "", o->meta ? o->meta : "");
        printf("  %-26s %s\n", left, o->help);
    }
    printf("  %-26s %s\n", "@FILE", "read further flags from FILE ('#' starts a comment)");
    printf("  %-26s %s\n", "--help", "print this help and exit");
    printf("  %-26s %s\n", "--results-version", "print the version of what this tool writes and exit");
}

static const Opt *find(const OptSpec *spec, const char *name)
{
    for (const Opt *o = spec->opts; o->name; o++)
        if (strcmp(o->name, name) == 0) return o;
    return NULL;
}

static double parse_number(const Opt *o, const char *s, int integer)
{
    errno = 0;
    char *end;
    double v = integer ? (double)strtol(s, &end, 10) : strtod(s, &end);
    if (end == s || *end || errno == ERANGE || !isfinite(v))
        die_usage("--%s: '%s' is not %s", o->name, s, integer ? "an integer" : "a number");
    if (o->min <= o->max && (v < o->min || v > o->max))
        die_usage("--%s: %s is out of range [%.10g, %.10g]", o->name, s, o->min, o->max);
    return v;
}

static void set_value(const Opt *o, const char *value)
{
    switch (o->type) {
    case OPT_FLAG: *(int *)o->dest = 1; break;
    case OPT_INT: *(long *)o->dest = (long)parse_number(o, value, 1); break;
    case OPT_DOUBLE: *(double *)o->dest = parse_number(o, value, 0); break;
    case OPT_STRING: *(const char **)o->dest = value; break;
    case OPT_LIST: {
        OptList *l = o->dest;
        l->items = xrealloc(l->items, sizeof *l->items * (size_t)(l->n + 1));
        l->items[l->n++] = value;
        break;
    }
    }
}

char **opt_parse(const OptSpec *spec, int argc, char **argv, int *npos)
{
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '@' && argv[i][1]) expand_file(&expanded, argv[i] + 1);
        else args_push(&expanded, argv[i]);
    }
    size_t total = strlen(util_progname) + 1;
    for (int i = 0; i < expanded.n; i++) total += strlen(expanded.v[i]) + 1;
    cmdline = xmalloc(total + 1);
    strcpy(cmdline, util_progname);
    for (int i = 0; i < expanded.n; i++) strcat(strcat(cmdline, " "), expanded.v[i]);

    char **pos = xcalloc((size_t)expanded.n + 1, sizeof *pos);
    int n = 0, only_positional = 0;
    given = xcalloc((size_t)expanded.n + 1, sizeof *given);
    for (int i = 0; i < expanded.n; i++) {
        char *a = expanded.v[i];
        if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
            pos[n++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = 1;
            continue;
        }
        if (strcmp(a, "--results-version") == 0) {
            printf("%s results %d.%d\n", util_progname, RESULTS_VERSION_LIB, spec->results_version);
            exit(0);
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            print_help(spec);
            exit(0);
        }
        const char *name = a[1] == '-' ? a + 2 : a + 1;
        const char *inline_value = NULL;
        char *eq = strchr(a, '=');
        if (eq && a[1] == '-') {
            *eq = '\0';
            inline_value = eq + 1;
        }
        /* -o is the one short flag: the output file. */
        const Opt *o = strcmp(a, "-o") == 0 ? find(spec, "output") : a[1] == '-' ? find(spec, name) : NULL;
        if (!o) die_usage("unknown option '%s'", a);
        given[ngiven++] = o->name;
        if (o->type == OPT_FLAG) {
            if (inline_value) die_usage("--%s takes no value", o->name);
            set_value(o, NULL);
            continue;
        }
        const char *value = inline_value;
        if (!value) {
            if (i + 1 >= expanded.n) die_usage("--%s needs a value (%s)", o->name, o->meta ? o->meta : "value");
            value = expanded.v[++i];
        }
        set_value(o, value);
    }
    if (n < spec->min_positional) die_usage("missing argument; usage: %s", spec->synopsis);
    if (spec->max_positional >= 0 && n > spec->max_positional)
        die_usage("unexpected argument '%s'", pos[spec->max_positional]);
    *npos = n;
    return pos;
}

const char *opt_cmdline(void) { return cmdline ? cmdline : util_progname; }

int opt_given(const char *name)
{
    for (int i = 0; i < ngiven; i++)
        if (strcmp(given[i], name) == 0) return 1;
    return 0;
}
