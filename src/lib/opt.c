/* opt — see opt.h. */
#include "opt.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
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

typedef struct {
    const char *name;  /* the flag's name in its Opt */
    const char *value; /* its text as given, NULL for an OPT_FLAG */
} Given;

static Given *given;        /* flags seen, in order */
static int ngiven;
static char **positional;   /* the list being filled, then returned: the caller's, */
static int returned;        /* but still pointed to, so that tools that never free it leak nothing */

typedef struct {
    const char *flag, *value;
    int version;
} ResultsPart;

static ResultsPart results_parts[4]; /* opt_results_part */
static int nresults_parts;

void opt_results_part(const char *flag, const char *value, int version)
{
    if (nresults_parts == 4) die("opt_results_part: at most 4 parts");
    results_parts[nresults_parts++] = (ResultsPart){flag, value, version};
}

static void args_push(Args *a, const char *s)
{
    if (a->n == a->cap) a->v = xrealloc(a->v, sizeof *a->v * (size_t)(a->cap = a->cap ? 2 * a->cap : 16));
    a->v[a->n++] = xstrdup(s);
}

/* Splits the text of a flags file (len bytes) into whitespace-separated
 * words; '#' comments out the rest of a line. Nested @FILE is not expanded
 * (one level keeps it simple). A NUL byte is refused: C strings would end
 * there and silently drop the flags after it. */
static void split_flags(Args *a, const char *what, const char *text, size_t len)
{
    if (memchr(text, '\0', len)) die_usage("flags file %s: contains a NUL byte", what);
    char *copy = xmalloc(len + 1), *p = copy;
    memcpy(copy, text, len);
    copy[len] = '\0';
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
    free(copy);
}

static void expand_file(Args *a, const char *path)
{
    if (!file_exists(path)) die_usage("flags file %s: no such file", path);
    size_t len;
    unsigned char *text = read_file(path, &len);
    split_flags(a, path, (const char *)text, len);
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
    printf("  %-26s %s\n", "--print-config", "print the value of every flag, given or default, as KEY<TAB>VALUE lines and exit");
}

static const Opt *find(const OptSpec *spec, const char *name)
{
    for (const Opt *o = spec->opts; o->name; o++)
        if (strcmp(o->name, name) == 0) return o;
    return NULL;
}

/* "TOOL results LIB.TOOL", then ", --FLAG VALUE N" for each declared part
 * whose flag holds its value (opt_results_part). */
static void print_results_version(const OptSpec *spec)
{
    printf("%s results %d.%d", util_progname, RESULTS_VERSION_LIB, spec->results_version);
    for (int i = 0; i < nresults_parts; i++) {
        const ResultsPart *r = &results_parts[i];
        const Opt *o = find(spec, r->flag);
        const char *value = o && o->type == OPT_STRING ? *(const char **)o->dest : NULL;
        if (value && strcmp(value, r->value) == 0) printf(", --%s %s %d", r->flag, r->value, r->version);
    }
    printf("\n");
}

/* The shortest "%.Ng" (N = 1..17) that reads back as x. */
static void print_shortest_double(double x)
{
    char buf[32];
    for (int n = 1; n <= 17; n++) {
        snprintf(buf, sizeof buf, "%.*g", n, x);
        if (strtod(buf, NULL) == x) break;
    }
    fputs(buf, stdout);
}

/* What o's destination holds before parsing: its default. */
static void print_default(const Opt *o)
{
    switch (o->type) {
    case OPT_FLAG: fputs("no", stdout); break;
    case OPT_INT: printf("%ld", *(const long *)o->dest); break;
    case OPT_DOUBLE: print_shortest_double(*(const double *)o->dest); break;
    case OPT_STRING: {
        const char *s = *(const char **)o->dest;
        fputs(s && *s ? s : "-", stdout);
        break;
    }
    case OPT_LIST: fputs("-", stdout); break;
    }
}

/* o's value as given: the text of its last occurrence, every occurrence
 * joined by ',' for a list, "yes" for a flag. Returns 0 when it was not given. */
static int print_given(const Opt *o)
{
    int found = 0;
    const char *last = NULL;
    for (int i = 0; i < ngiven; i++) {
        if (strcmp(given[i].name, o->name) != 0) continue;
        if (o->type == OPT_LIST) printf("%s%s", found ? "," : "", given[i].value);
        found = 1;
        last = given[i].value;
    }
    if (found && o->type == OPT_FLAG) fputs("yes", stdout);
    else if (found && o->type != OPT_LIST) fputs(last, stdout);
    return found;
}

/* --print-config: "KEY\tVALUE" for every flag of the table, in its order. */
static void print_config(const OptSpec *spec)
{
    for (const Opt *o = spec->opts; o->name; o++) {
        printf("%s\t", o->name);
        if (!print_given(o)) print_default(o);
        putchar('\n');
    }
}

/* l < x and l > x, exact for every long l and double x (x = min or max).
 * lim = 2^63 is a double exactly; every double in [-lim, lim) is a long
 * once rounded up or down to an integer. */
static int long_below(long l, double x)
{
    const double lim = -(double)LONG_MIN;
    return x >= lim ? 1 : x < -lim ? 0 : l < (long)ceil(x);
}

static int long_above(long l, double x)
{
    const double lim = -(double)LONG_MIN;
    return x >= lim ? 0 : x < -lim ? 1 : l > (long)floor(x);
}

/* A value of an OPT_INT or OPT_DOUBLE flag, checked against [min, max].
 * Integers are read as long and stored exactly: going through a double would
 * round seeds above 2^53 to a neighbour while the command line kept the
 * value asked for. */
static void parse_number(const Opt *o, const char *s)
{
    int integer = o->type == OPT_INT;
    errno = 0;
    char *end;
    long l = 0;
    double v = 0;
    if (integer) l = strtol(s, &end, 10);
    else v = strtod(s, &end);
    if (end == s || *end || errno == ERANGE || !isfinite(v))
        die_usage("--%s: '%s' is not %s", o->name, s, integer ? "an integer" : "a number");
    int out = integer ? long_below(l, o->min) || long_above(l, o->max) : v < o->min || v > o->max;
    if (o->min <= o->max && out)
        die_usage("--%s: %s is out of range [%.10g, %.10g]", o->name, s, o->min, o->max);
    if (integer) *(long *)o->dest = l;
    else *(double *)o->dest = v;
}

static void set_value(const Opt *o, const char *value)
{
    switch (o->type) {
    case OPT_FLAG: *(int *)o->dest = 1; break;
    case OPT_INT:
    case OPT_DOUBLE: parse_number(o, value); break;
    case OPT_STRING: *(const char **)o->dest = value; break;
    case OPT_LIST: {
        OptList *l = o->dest;
        l->items = xrealloc(l->items, sizeof *l->items * (size_t)(l->n + 1));
        l->items[l->n++] = value;
        break;
    }
    }
}

/* Parses the expanded argument list. */
static char **parse_expanded(const OptSpec *spec, int *npos)
{
    size_t total = strlen(util_progname) + 1;
    for (int i = 0; i < expanded.n; i++) total += strlen(expanded.v[i]) + 1;
    cmdline = xmalloc(total + 1);
    strcpy(cmdline, util_progname);
    for (int i = 0; i < expanded.n; i++) strcat(strcat(cmdline, " "), expanded.v[i]);

    char **pos = positional = xcalloc((size_t)expanded.n + 1, sizeof *pos);
    int n = 0, only_positional = 0, want_results_version = 0, want_config = 0;
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
        if (strcmp(a, "--results-version") == 0) { /* printed once every flag is read */
            want_results_version = 1;
            continue;
        }
        if (strcmp(a, "--print-config") == 0) { /* likewise */
            want_config = 1;
            continue;
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
        if (o->type == OPT_FLAG) {
            if (inline_value) die_usage("--%s takes no value", o->name);
            given[ngiven++] = (Given){o->name, NULL};
            set_value(o, NULL);
            continue;
        }
        const char *value = inline_value;
        if (!value) {
            if (i + 1 >= expanded.n) die_usage("--%s needs a value (%s)", o->name, o->meta ? o->meta : "value");
            value = expanded.v[++i];
        }
        given[ngiven++] = (Given){o->name, value};
        set_value(o, value);
    }
    if (want_results_version) {
        print_results_version(spec);
        exit(0);
    }
    if (want_config) {
        print_config(spec);
        exit(0);
    }
    if (n < spec->min_positional) die_usage("missing argument; usage: %s", spec->synopsis);
    if (spec->max_positional >= 0 && n > spec->max_positional)
        die_usage("unexpected argument '%s'", pos[spec->max_positional]);
    returned = 1;
    *npos = n;
    return pos;
}

char **opt_parse(const OptSpec *spec, int argc, char **argv, int *npos)
{
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '@' && argv[i][1]) expand_file(&expanded, argv[i] + 1);
        else args_push(&expanded, argv[i]);
    }
    return parse_expanded(spec, npos);
}

char **opt_parse_flags_text(const OptSpec *spec, const char *text, size_t len, int *npos)
{
    split_flags(&expanded, "(in memory)", text, len);
    return parse_expanded(spec, npos);
}

void opt_reset(void)
{
    for (int i = 0; i < expanded.n; i++) free(expanded.v[i]);
    free(expanded.v);
    memset(&expanded, 0, sizeof expanded);
    free(cmdline);
    free(given);
    if (!returned) free(positional); /* a parse that died */
    returned = 0;
    cmdline = NULL;
    given = NULL;
    positional = NULL;
    ngiven = 0;
}

const char *opt_cmdline(void) { return cmdline ? cmdline : util_progname; }

int opt_given(const char *name)
{
    for (int i = 0; i < ngiven; i++)
        if (strcmp(given[i].name, name) == 0) return 1;
    return 0;
}
