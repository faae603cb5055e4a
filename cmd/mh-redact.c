/* mh-redact: replace identifiers in each record's text with typed
 * placeholders, keeping the mapping in a private vault; or, with
 * --restore, put the original values back.  See mh-redact(1). */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "jsonl.h"
#include "redact.h"

#define TOOL "mh-redact"

static const struct mh_cli cli = {
    TOOL,
    "[-hmrVw] [-f field] [-k file] [-n file] [-v file]",
    "Replace names, places, dates, numbers and other identifiers in each\n"
    "record's text with placeholders such as [NAME_1], or put them back.\n"
    "\n"
    "  -v, --vault FILE   keep the placeholder map in FILE (created 0600)\n"
    "  -r, --restore      put the original values back into text and\n"
    "                     reply.text (needs --vault)\n"
    "  -m, --mask         placeholders without numbers, no map kept\n"
    "  -n, --names FILE   names of people in your life, one per line\n"
    "  -k, --keep FILE    words and phrases never to redact, one per line\n" MH_CLI_COMMON_HELP
    "\n"
    "Configuration keys: vault, redact_names, redact_keep.\n",
};

struct ctx {
	struct mh_redactor *r;
	const char *field;
	/* the field for mh_redact_plain(): NULL for the default, "text",
	 * which it takes without comparing names */
	const char *plain_field;
	int restore;
	int warned; /* said once that a record had no text field */
};

static int
process(struct mh_record *rec, void *arg)
{
	struct ctx *c = arg;
	const char *code = "failed";
	char err[256];

	if (c->restore) {
		if (mh_redact_restore_record(c->r, rec, c->field, &code, err,
		        sizeof(err)) == -1) {
			mh_record_set_error(rec, TOOL, code, err);
			return -1;
		}
		return 0;
	}
	/* Nothing to redact is true, but a mistyped -f would let every
	 * record through unredacted in silence: say so, once (a
	 * questionnaire result has scores, not text). */
	if (!c->warned && !mh_record_has(rec, c->field) &&
	    !mh_record_has(rec, "worksheet")) {
		mh_warnx(TOOL,
		    "<stdin>:%zu: no \"%s\" field, nothing redacted (is -f "
		    "right?); said once",
		    mh_record_line(rec), c->field);
		c->warned = 1;
	}
	if (mh_redact_record(c->r, rec, c->field, &code, err, sizeof(err)) ==
	    -1) {
		/* Fail closed: the text goes (mh_filter_run removes it) and
		 * the message never quotes it. */
		mh_record_set_error(rec, TOOL, code, err);
		return -1;
	}
	return 0;
}

/* A plain-text line: the record {field: s}, written without making it. */
static int
plain(const char *s, size_t n, int clean, void *arg, struct mh_buf *out)
{
	struct ctx *c = arg;

	return mh_redact_plain(c->r, s, n, clean, c->plain_field, out);
}

/* A JSON line's text with members around it: the record the line is,
 * written without making it. */
static int
plain_members(const char *s, size_t n, int clean, const char *before,
    size_t blen, const char *after, size_t alen, void *arg, struct mh_buf *out)
{
	struct ctx *c = arg;

	return mh_redact_members(c->r, s, n, clean, before, blen, after, alen,
	    c->plain_field, out);
}

/* The members process() reads or writes besides the text (and the
 * reader's members_record() refuses the same names). */
static const char *const owned[] = {"redact", "worksheet", "reply", NULL};

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
	    MH_CLI_LONGOPTS,
	    {"keep", required_argument, NULL, 'k'},
	    {"mask", no_argument, NULL, 'm'},
	    {"names", required_argument, NULL, 'n'},
	    {"restore", no_argument, NULL, 'r'},
	    {"vault", required_argument, NULL, 'v'},
	    {NULL, 0, NULL, 0},
	};
	struct mh_filter f = {.tool = TOOL,
	    .process = process,
	    .fail_closed = 1};
	struct mh_redact_opts ro = {0};
	struct mh_config *cfg;
	struct ctx c = {0};
	char err[512];
	int ch, rc;

	mh_cli_init();
	while ((ch = getopt_long(argc, argv,
	            MH_CLI_SHORTOPTS "k:mn:rv:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'k': ro.keep_file = optarg; break;
		case 'm': ro.mask = 1; break;
		case 'n': ro.names_file = optarg; break;
		case 'r': c.restore = ro.restore = 1; break;
		case 'v': ro.vault_path = optarg; break;
		default:
			if ((rc = mh_cli_common(&cli, ch, optarg, &f.ro)) !=
			    MH_CLI_CONTINUE)
				return rc;
		}
	}
	if (optind < argc)
		return mh_cli_usage(&cli);
	if ((cfg = mh_config_load(NULL, err, sizeof(err))) == NULL) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_USAGE;
	}
	if (ro.vault_path == NULL && !ro.mask)
		ro.vault_path = mh_config_get(cfg, "vault");
	if (ro.names_file == NULL)
		ro.names_file = mh_config_get(cfg, "redact_names");
	if (ro.keep_file == NULL)
		ro.keep_file = mh_config_get(cfg, "redact_keep");
	if (ro.vault_path != NULL && ro.vault_path[0] == '\0') {
		mh_warnx(TOOL, "--vault needs a file name");
		mh_config_free(cfg);
		return mh_cli_usage(&cli);
	}
	if (c.restore && (ro.mask || ro.vault_path == NULL)) {
		mh_warnx(TOOL, "--restore needs --vault (and no --mask)");
		mh_config_free(cfg);
		return mh_cli_usage(&cli);
	}
	if (ro.mask && ro.vault_path) {
		mh_warnx(TOOL, "--mask keeps no map: drop --vault");
		mh_config_free(cfg);
		return mh_cli_usage(&cli);
	}
	/* "mh-redact -v V | mh-ask | mh-redact -r -v V" on a new vault:
	 * the last stage may look for V before the first has made it (it
	 * does so as it starts, before it writes a record).  So a missing
	 * vault is looked for again once input has come, or ended: this
	 * stage has nothing to do before, and a vault missing then is
	 * missing (exit 3, as before). */
	if (c.restore && access(ro.vault_path, F_OK) == -1 && errno == ENOENT) {
		struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
		while (poll(&p, 1, -1) == -1 && errno == EINTR)
			;
	}
	if ((c.r = mh_redact_new(&ro, err, sizeof(err))) == NULL) {
		mh_warnx(TOOL, "%s", err);
		mh_config_free(cfg);
		return MH_EXIT_IO;
	}
	mh_redact_warn_vault(c.r, TOOL, ro.vault_path);
	c.field = f.ro.text_field ? f.ro.text_field : "text";
	c.plain_field = f.ro.text_field;
	if (!c.restore) {
		f.plain = plain;
		f.plain_members = plain_members;
	}
	f.owned = owned;
	f.ctx = &c;
	f.cfg = cfg;
	rc = mh_filter_run(&f);
	mh_redact_warn_unknown(c.r, TOOL, ro.vault_path);
	mh_redact_free(c.r);
	mh_config_free(cfg);
	return rc;
}
