/* opt — table-driven command-line parsing shared by every tool.
 *
 * A tool describes its flags in an Opt table; opt_parse() fills the
 * destinations, expands "@FILE" arguments into the flags written in FILE
 * (one or more per line, '#' starts a comment: the experiments' .args files),
 * prints usage for --help, and stops with exit status 2 and one line naming
 * the flag for anything it cannot accept: unknown flags, missing values,
 * values that are not numbers or lie outside [min, max].
 * Positional arguments are returned in order.
 *
 * "--print-config" prints the tool's configuration once every flag and
 * flags file is read, and exits 0 without checking the positional arguments
 * or doing anything else: one "KEY\tVALUE" line per flag of the Opt table,
 * in table order, KEY being the name without "--". A flag that was given
 * shows the text of its last occurrence as written ("--lr 1e-3": 1e-3), an
 * OPT_LIST every occurrence joined by ',', an OPT_FLAG "yes". A flag not
 * given shows what its destination holds before parsing: OPT_INT as "%ld",
 * OPT_DOUBLE as the shortest "%.Ng" that reads back exactly, OPT_STRING as
 * itself or "-" when NULL or empty, OPT_FLAG "no", OPT_LIST "-". That is the
 * initial value only: a default that the tool works out after opt_parse
 * ("0 = derive from the data") shows as that initial value. Given with
 * --results-version, --results-version wins.
 */
#ifndef OPT_H
#define OPT_H

#include <stddef.h>

typedef enum {
    OPT_FLAG,   /* int, set to 1 when present; no value */
    OPT_INT,    /* long */
    OPT_DOUBLE, /* double */
    OPT_STRING, /* const char *, last one wins */
    OPT_LIST,   /* OptList, every occurrence appended */
} OptType;

typedef struct {
    const char **items;
    int n;
} OptList;

typedef struct {
    const char *name; /* without the leading "--" */
    OptType type;
    void *dest;
    const char *meta; /* value placeholder in the usage text, e.g. "N" */
    const char *help;
    double min, max;  /* inclusive range for OPT_INT / OPT_DOUBLE; min > max: no check */
} Opt;

#define OPT_END {0}
#define NO_RANGE 1, 0

typedef struct {
    const char *synopsis;    /* "train [options] -o OUT" */
    const char *description; /* a paragraph shown by --help */
    const Opt *opts;
    int min_positional, max_positional; /* max < 0: unlimited */
    /* Version of what the tool writes: raise it with any change that alters
     * its outputs for the same flags and inputs. The Makefile reruns a tool's
     * experiments when "TOOL --results-version" (this and RESULTS_VERSION_LIB)
     * changes, not whenever the binary is relinked. A part of the tool may
     * carry a version of its own (opt_results_part). */
    int results_version;
} OptSpec;

/* Raise with any library change that alters some tool's outputs. */
#define RESULTS_VERSION_LIB 1

/* Declares that what the tool writes when given "--FLAG VALUE" (an OPT_STRING
 * flag) has a results version of its own, before opt_parse. "TOOL --FLAG
 * VALUE --results-version" then prints it after the tool's version, e.g.
 * "train results 1.1, --family transformer 2", while "TOOL --results-version"
 * prints the tool's line alone. The Makefile keeps a stamp of that longer line
 * ($(STAMP)/train-transformer), so that raising the part's version reruns the
 * experiments made with --FLAG VALUE and no others. At most 4 parts. */
void opt_results_part(const char *flag, const char *value, int version);

/* Parses argv; returns the positional arguments (NULL-terminated, count in *npos).
 * The expanded argument list, as one line, is available from opt_cmdline(). */
char **opt_parse(const OptSpec *spec, int argc, char **argv, int *npos);

/* As opt_parse with no arguments but the text of one flags file, held in
 * memory (len bytes): for tests and fuzzing. */
char **opt_parse_flags_text(const OptSpec *spec, const char *text, size_t len, int *npos);

/* Frees what opt_parse keeps (the expanded arguments that string values and
 * positional arguments point into, the command line, the positional list of
 * a parse that died), so that a test can parse again in the same process.
 * A returned positional list and OptList item arrays stay the caller's. */
void opt_reset(void);

/* The full command line after @FILE expansion, for provenance records. */
const char *opt_cmdline(void);

/* True when the flag appeared on the command line (or in an @FILE). */
int opt_given(const char *name);

#endif
