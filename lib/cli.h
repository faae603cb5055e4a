/* cli: what every mh command shares on the command line, so it never
 * drifts: -h/--help, -V/--version, -w/--whole, -f/--field, the usage
 * message, err(3)-style diagnostics, and the record loop that reads
 * stdin, calls the tool for each record and writes the result.
 *
 * This is the one lib/ module that writes to stderr and stdout; it never
 * exits: it returns the exit code for main to return. */
#ifndef MH_CLI_H
#define MH_CLI_H

#include <getopt.h>
#include <stdio.h>

#include "config.h"
#include "jsonl.h"

/* Short and long options every tool accepts; put them first in a tool's
 * own tables: "hVwf:" MH_CLI_LONGOPTS, then the tool's. */
#define MH_CLI_SHORTOPTS "hVwf:"
/* hand-aligned macros; clang-format 14 takes the braces for a block */
/* clang-format off */
#define MH_CLI_LONGOPTS                                                     \
	{"help", no_argument, NULL, 'h'},                                   \
	    {"version", no_argument, NULL, 'V'},                            \
	    {"whole", no_argument, NULL, 'w'},                              \
	    {"field", required_argument, NULL, 'f'}

/* Help text for the common options, to include in a tool's help. */
#define MH_CLI_COMMON_HELP                                                  \
	"  -f, --field NAME   the field holding the text (default: text)\n"   \
	"  -w, --whole        read all of stdin as one plain-text record\n"   \
	"  -h, --help         show this help and exit\n"                       \
	"  -V, --version      show the version and exit\n"
/* clang-format on */

struct mh_cli {
	const char *tool; /* "mh-redact" */
	const char
	    *usage;       /* options part of the synopsis, as in the man page */
	const char *help; /* the rest of --help: description and options */
};

/* The value mh_cli_common returns for an option it did not end on. */
#define MH_CLI_CONTINUE (-1)

/* Call first in main: makes sure descriptors 0, 1 and 2 are open (a
 * closed stdout must fail with a clear error, not let the next file we
 * open become descriptor 1), restores the default SIGPIPE (a reader that
 * closes the pipe ends us quietly) and ignores SIGXFSZ (a file-size limit
 * becomes an EFBIG write error that the store rolls back). */
void mh_cli_init(void);

/* For a process that holds a secret (mh-ask's API key): no core file, and
 * (on Linux) not dumpable or traceable by other processes of the user, so
 * the key cannot end up in a core dump of the normal path.  Never fails
 * in a way the caller must handle. */
void mh_cli_no_core(void);

/* Handle one common option c (from getopt_long) with its argument.
 * Returns MH_CLI_CONTINUE when parsing should go on (the option was stored
 * in ro, or was not a common one and the tool must handle it), or an exit
 * code: MH_EXIT_OK after --help or --version, MH_EXIT_USAGE after a usage
 * message for '?' or ':' from getopt. */
int mh_cli_common(const struct mh_cli *cli, int c, const char *arg,
    struct mh_reader_opts *ro);
/* Print "usage: tool usage" on stderr and return MH_EXIT_USAGE. */
int mh_cli_usage(const struct mh_cli *cli);
/* Print "tool: message" on stderr (err(3) style, without errno). */
void mh_warnx(const char *tool, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Print "tool: message: strerror(errno)" on stderr. */
void mh_warn(const char *tool, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Drives a filter: see mh_filter_run. */
struct mh_filter {
	const char *tool;
	struct mh_reader_opts ro;
	/* Called for every good record.  Returns 0, or -1 after setting an
	 * error on the record with mh_record_set_error (the record is still
	 * written, a diagnostic naming the line goes to stderr and the run
	 * exits MH_EXIT_FAILED), or MH_FILTER_FATAL to stop at once (the
	 * record is not written; the run exits with fatal_code). */
	int (*process)(struct mh_record *rec, void *ctx);
	/* Optional fast path for a plain-text line, or a JSON line that is
	 * the record {field: s} (see mh_reader_next_text): append to out
	 * the whole output line, newline included, that process() would
	 * write for the record {field: s}, and return 0; or return 1,
	 * having appended nothing, to have that record made and go to
	 * process(); or MH_FILTER_FATAL.  It must not fail a record: a
	 * record that can fail goes to process().  clean is non-zero when
	 * every byte of s is printable ASCII other than a quote, a
	 * backslash or an underscore (see mh_reader_next_text), 0 when s
	 * may hold anything else. */
	int (*plain)(const char *s, size_t n, int clean, void *ctx,
	    struct mh_buf *out);
	/* Optional, with plain: the same for a JSON line whose text s has
	 * other members around it (see mh_reader_members), before and
	 * after it as the record writes them (blen or alen bytes, 0 for
	 * none): the line must be what process() would write for that
	 * record.  Returning 1 has the record made of the line. */
	int (*plain_members)(const char *s, size_t n, int clean,
	    const char *before, size_t blen, const char *after, size_t alen,
	    void *ctx, struct mh_buf *out);
	/* The members process() reads or writes (NULL-terminated; "error"
	 * always counts): a text field named like one of them takes the
	 * record way, which knows what to do with it, and not plain(). */
	const char *const *owned;
	void *ctx;
	/* When set, a record whose processing failed loses its text field
	 * and its "reply" before it is written (privacy fails closed). */
	int fail_closed;
	/* Exit code for MH_FILTER_FATAL (default MH_EXIT_IO). */
	int fatal_code;
	/* Flush stdout after every record (for slow per-record work). */
	int flush_each;
	/* The tool's configuration, for the keys every filter shares
	 * (max_record); may be NULL (then only MH_* variables count). */
	const struct mh_config *cfg;
};

#define MH_FILTER_FATAL (-2)

/* Read records from stdin until end of input, process and write each to
 * stdout as one line, in order.  Bad input lines become error records.
 * Output is flushed whenever input would block, so a slow producer
 * streams through.  Returns the exit code: MH_EXIT_OK, MH_EXIT_FAILED when
 * any record failed, MH_EXIT_IO on a read or write error (reported; a
 * reader that closed the pipe ends the process by SIGPIPE, quietly), or
 * MH_EXIT_USAGE for a bad max_record setting. */
int mh_filter_run(const struct mh_filter *f);

/* Unless ro already has a limit, take "max_record" from cfg (which may be
 * NULL) into ro.  -1, after a message, when the value is not a positive
 * number of bytes (a usage error). */
int mh_cli_max_record(const char *tool, const struct mh_config *cfg,
    struct mh_reader_opts *ro);

/* Flush f and report a write error as "tool: write error: ...".  Returns
 * 0 or MH_EXIT_IO. */
int mh_cli_flush(const char *tool, FILE *f);

#endif
