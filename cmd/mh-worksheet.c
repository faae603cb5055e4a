/* mh-worksheet: worksheets, validated questionnaires and daily check-ins,
 * filled in on a terminal or from answers, kept in a private journal and
 * shown as trends.  See mh-worksheet(1). */
#include <sys/stat.h>

#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
#include "cli.h"
#include "crisis.h"
#include "fill.h"
#include "journal.h"
#include "report.h"
#include "store.h"
#include "worksheet.h"

#define TOOL "mh-worksheet"

static const struct mh_cli cli = {TOOL,
    "[-hlsV] [-a file] [-j file] [--country cc] [--due name] "
    "[--export md|csv] [--fresh] [--history] [--plan] [--plot file] "
    "[--prompt name] [--show name] [--since when] [--summary] "
    "[--until when] [name]",
    "Fill in a worksheet or questionnaire (on a terminal, or from answers)\n"
    "and keep it in a private journal.  Not a diagnosis; no replacement\n"
    "for a therapist.\n\n"
    "  -a, --answers FILE  answers as JSON lines (- for stdin)\n"
    "  -s, --save          append the result to the journal\n"
    "  -j, --journal FILE  the journal (default $XDG_DATA_HOME/mh/"
    "journal.jsonl)\n"
    "  -l, --list          the worksheets and questionnaires\n"
    "      --show NAME     a template as JSON\n"
    "      --plan          your saved safety plan and crisis lines\n"
    "      --prompt NAME   the reminder for NAME (for cron)\n"
    "      --due NAME      exit 0 when today's NAME is still to do, 1 when "
    "done\n"
    "      --history       entries (filter: NAME, --since, --until)\n"
    "      --summary       trends as charts, streaks and gaps\n"
    "      --plot FILE     trends as an SVG chart with severity bands\n"
    "      --export FMT    md or csv summary for a period\n"
    "      --since WHEN    YYYY-MM-DD, today, yesterday, Nd or Nw\n"
    "      --until WHEN    as --since\n"
    "      --country CC    crisis lines for country CC\n"
    "      --fresh         start afresh instead of resuming a draft\n"
    "  -h, --help          show this help and exit\n"
    "  -V, --version       show the version and exit\n"};

enum {
	O_COUNTRY = 256,
	O_DUE,
	O_EXPORT,
	O_FRESH,
	O_HISTORY,
	O_PLAN,
	O_PLOT,
	O_PROMPT,
	O_SHOW,
	O_SINCE,
	O_SUMMARY,
	O_UNTIL
};

struct opts {
	const char *answers, *journal_opt, *country, *due, *export, *plot;
	const char *prompt, *show, *since, *until, *name;
	char *journal;
	int save, list, fresh, history, plan, summary;
	unsigned shown; /* crisis concerns already answered */
	struct mh_worksheet *ws;
	struct mh_reader_opts ro;
	char from[11], to[11];
};

/* Each line of w on stderr, as mh-worksheet's. */
static void
warn_lines(const struct mh_buf *w)
{
	const char *p = w->p, *nl;

	for (; p != NULL && p < w->p + w->len; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(w->p + w->len - p))) == NULL)
			nl = w->p + w->len;
		mh_warnx(TOOL, "%.*s", (int)(nl - p), p);
	}
}

/* The crisis response, once per run, and again only when something
 * more urgent comes up (an acute ASQ answer after a positive one). */
static void
crisis(struct opts *o, FILE *out, unsigned concerns)
{
	struct mh_buf b = {0}, w = {0};
	char *j;

	if ((concerns & ~o->shown) == 0)
		return;
	o->shown |= concerns;
	j = mh_journal_path(o->journal_opt);
	if (mh_report_crisis(concerns, o->country, &b, &w) == 0) {
		mh_report_plan_if_any(j, &b);
		fprintf(out, "\n%s\n", b.p);
	} else /* out of memory: still never nothing */
		fputs("\nPlease call your local emergency number now.\n", out);
	fflush(out);
	warn_lines(&w);
	mh_buf_free(&b);
	mh_buf_free(&w);
	free(j);
}

/* The alert of a terminal session: an acute ASQ answer is imminent. */
static void
fill_alert(void *ctx, FILE *out, const json_t *answers)
{
	struct opts *o = ctx;
	const char *q5 = json_string_value(json_object_get(answers, "q5"));

	crisis(o, out,
	    MH_CONCERN_SUICIDE |
	        (strcmp(mh_worksheet_name(o->ws), "asq") == 0 && q5 &&
	                    strcmp(q5, "no") != 0
	                ? MH_CONCERN_IMMINENT
	                : 0));
}

/* Fill rec from answers a, show the crisis response if they call for
 * it, save.  Returns 0, -1 (bad answers: err) or -2 (journal: err). */
static int
make_result(struct opts *o, struct mh_record *rec, const json_t *a,
    const char *started, char *err, size_t errsize)
{
	json_t *sc;

	if (mh_worksheet_record(o->ws, rec, a, started, o->ro.text_field, &sc,
	        err, errsize) < 0)
		return -1;
	/* Template alerts (a diary-card urge) carry no flags: they count
	 * as a suicide concern, the safe assumption. */
	if (mh_worksheet_alert(o->ws, a, sc))
		crisis(o, stderr, mh_crisis_concerns(sc) | MH_CONCERN_SUICIDE);
	json_decref(sc);
	if (o->save && mh_journal_append(o->journal, rec, err, errsize) < 0)
		return -2;
	return 0;
}

/* One record of --answers: {"answers": {...}, ...} or the answers. */
static int
process(struct mh_record *rec, void *ctx)
{
	char err[1024];
	json_t *a = mh_worksheet_take(rec);
	int rc = make_result(ctx, rec, a, NULL, err, sizeof(err));

	json_decref(a);
	if (rc == -2) {
		mh_warnx(TOOL, "%s", err);
		return MH_FILTER_FATAL;
	}
	if (rc < 0)
		mh_record_set_error(rec, TOOL, "answers", err);
	return rc;
}

static int
interactive(struct opts *o)
{
	struct mh_fill_opts f = {stdin, stderr, NULL, o->fresh ? 0 : -1,
	    fill_alert, o};
	struct mh_record *rec;
	char started[40], err[1024];
	json_t *a;
	int rc;

	if (!isatty(STDIN_FILENO)) {
		mh_warnx(TOOL,
		    "%s: stdin is not a terminal: give the answers "
		    "with --answers FILE (or - for stdin)",
		    o->name);
		return MH_EXIT_USAGE;
	}
	/* A journal we could not save to: say so before any typing. */
	if (o->save && mh_store_check(o->journal, err, sizeof(err)) < 0) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_IO;
	}
	f.draft = mh_fill_draft_path(o->name);
	mh_fill_signals();
	rc = mh_fill_run(o->ws, &f, &a, started, sizeof(started), err,
	    sizeof(err));
	if (rc > 0) { /* a signal: die of it, as the shell expects */
		signal(rc, SIG_DFL);
		raise(rc);
		return 128 + rc;
	}
	if (rc < 0) {
		if (rc == -1)
			mh_warnx(TOOL, "%s", err);
		free((char *)f.draft);
		return rc == -1 ? MH_EXIT_IO : MH_EXIT_FAILED;
	}
	if ((rec = mh_record_new()) == NULL)
		return MH_EXIT_IO;
	rc = make_result(o, rec, a, started, err, sizeof(err));
	json_decref(a);
	if (rc < 0)
		mh_warnx(TOOL, "%s%s", err,
		    rc == -2 ? " (your answers are "
		               "kept as a draft)"
		             : "");
	else {
		fprintf(stderr, "\nDone%s.\n",
		    o->save ? " and saved to your "
		              "journal"
		            : " (not saved: add --save to keep it)");
		unlink(f.draft);
	}
	free((char *)f.draft);
	if (rc != -1 && mh_record_write(rec, stdout) < 0)
		rc = -2;
	mh_record_free(rec);
	return rc == 0 ? MH_EXIT_OK : rc == -2 ? MH_EXIT_IO : MH_EXIT_FAILED;
}

static int
journal_views(struct opts *o)
{
	struct mh_report_opts r = {o->journal,
	    {o->name, o->since ? o->from : NULL, o->until ? o->to : NULL},
	    o->country, isatty(STDOUT_FILENO), 0, NULL};
	enum mh_report_view v = o->plan                  ? MH_REPORT_PLAN
	    : o->history                                 ? MH_REPORT_HISTORY
	    : o->summary                                 ? MH_REPORT_SUMMARY
	    : o->plot                                    ? MH_REPORT_PLOT
	    : o->export && strcmp(o->export, "csv") == 0 ? MH_REPORT_EXPORT_CSV
	                                                 : MH_REPORT_EXPORT_MD;
	struct mh_buf b = {0}, w = {0};
	char err[1024];
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
	FILE *f = stdout;
	int rc, c;

	r.warnings = &w;

	if (o->due != NULL) {
		rc = mh_report_done_today(o->journal, o->due, err, sizeof(err));
		if (rc < 0)
			mh_warnx(TOOL, "%s", err);
		return rc < 0 ? MH_EXIT_IO : rc;
	}
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		r.flags |= MH_CHART_ASCII;
	if (r.lines && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0))
		r.flags |= MH_CHART_COLOR;
	rc = mh_report_view(v, &r, &b, err, sizeof(err));
	warn_lines(&w);
	mh_buf_free(&w);
	if (rc < 0) {
		mh_warnx(TOOL, "%s", err);
		mh_buf_free(&b);
		return MH_EXIT_IO;
	}
	rc = MH_EXIT_OK;
	/* The picture of someone's moods is as private as the journal. */
	if (o->plot && strcmp(o->plot, "-") != 0) {
		/* An existing file keeps its mode through O_TRUNC: make it
		 * private too before the chart goes in. */
		c = open(o->plot, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
		    0600);
		if (c != -1 && fchmod(c, 0600) == -1) {
			close(c);
			c = -1;
		}
		if ((f = c == -1 ? NULL : fdopen(c, "w")) == NULL && c != -1)
			close(c);
	}
	if (f == NULL || fwrite(b.p ? b.p : "", 1, b.len, f) != b.len ||
	    (f != stdout && fclose(f) != 0)) {
		mh_warn(TOOL, "%s", o->plot ? o->plot : "write error");
		rc = MH_EXIT_IO;
	}
	mh_buf_free(&b);
	return rc;
}

static int
list_or_show(struct opts *o)
{
	struct mh_buf b = {0}, errors = {0};
	char err[1024], *s = NULL;
	json_t *v = NULL;
	int tty = isatty(STDOUT_FILENO), rc = MH_EXIT_OK;

	if (o->show != NULL) {
		if ((v = mh_worksheet_show(o->ws)) != NULL)
			s = json_dumps(v, tty ? JSON_INDENT(2) : JSON_COMPACT);
		if (s != NULL)
			printf("%s\n", s);
		rc = s == NULL ? MH_EXIT_IO : MH_EXIT_OK;
	} else if (mh_report_list(tty, &b, &errors, err, sizeof(err)) < 0) {
		mh_warnx(TOOL, "%s", err);
		rc = MH_EXIT_IO;
	} else {
		fputs(b.p ? b.p : "", stdout);
		for (s = errors.p; s && *s; s = strchr(s, '\n') + 1) {
			fprintf(stderr, "%s: broken template: %.*s\n", TOOL,
			    (int)strcspn(s, "\n"), s);
			rc = MH_EXIT_FAILED;
		}
		s = NULL;
	}
	free(s);
	json_decref(v);
	mh_buf_free(&b);
	mh_buf_free(&errors);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {MH_CLI_LONGOPTS,
	    {"answers", required_argument, NULL, 'a'},
	    {"journal", required_argument, NULL, 'j'},
	    {"list", no_argument, NULL, 'l'}, {"save", no_argument, NULL, 's'},
	    {"country", required_argument, NULL, O_COUNTRY},
	    {"due", required_argument, NULL, O_DUE},
	    {"export", required_argument, NULL, O_EXPORT},
	    {"fresh", no_argument, NULL, O_FRESH},
	    {"history", no_argument, NULL, O_HISTORY},
	    {"plan", no_argument, NULL, O_PLAN},
	    {"plot", required_argument, NULL, O_PLOT},
	    {"prompt", required_argument, NULL, O_PROMPT},
	    {"show", required_argument, NULL, O_SHOW},
	    {"since", required_argument, NULL, O_SINCE},
	    {"summary", no_argument, NULL, O_SUMMARY},
	    {"until", required_argument, NULL, O_UNTIL}, {NULL, 0, NULL, 0}};
	struct opts o = {0};
	struct mh_filter f = {0};
	char err[1024];
	const char *tmpl;
	int c, rc, views;

	/* Above all for SIGXFSZ: a file-size limit must fail the journal
	 * append, which the store then rolls back, not kill us mid-line. */
	mh_cli_init();
	setlocale(LC_CTYPE, "");
	while ((c = getopt_long(argc, argv, MH_CLI_SHORTOPTS "a:j:ls", longopts,
	            NULL)) != -1) {
		if ((rc = mh_cli_common(&cli, c, optarg, &o.ro)) !=
		    MH_CLI_CONTINUE)
			return rc;
		switch (c) {
		case 'a': o.answers = optarg; break;
		case 'j': o.journal_opt = optarg; break;
		case 'l': o.list = 1; break;
		case 's': o.save = 1; break;
		case O_COUNTRY: o.country = optarg; break;
		case O_DUE: o.due = optarg; break;
		case O_EXPORT: o.export = optarg; break;
		case O_FRESH: o.fresh = 1; break;
		case O_HISTORY: o.history = 1; break;
		case O_PLAN: o.plan = 1; break;
		case O_PLOT: o.plot = optarg; break;
		case O_PROMPT: o.prompt = optarg; break;
		case O_SHOW: o.show = optarg; break;
		case O_SINCE: o.since = optarg; break;
		case O_SUMMARY: o.summary = 1; break;
		case O_UNTIL: o.until = optarg; break;
		}
	}
	/* -f and -w come with the shared options; answers are records with
	 * fixed fields, so neither means anything here. */
	if (o.ro.whole || o.ro.text_field != NULL) {
		mh_warnx(TOOL, "-%c is not an option of mh-worksheet",
		    o.ro.whole ? 'w' : 'f');
		return mh_cli_usage(&cli);
	}
	o.name = optind < argc ? argv[optind++] : NULL;
	views =
	    o.history + o.summary + o.plan + !!o.plot + !!o.export + !!o.due;
	if (optind < argc || views + o.list + !!o.show + !!o.prompt > 1 ||
	    (views + o.list + !!o.show + !!o.prompt == 0 && o.name == NULL) ||
	    (o.export && strcmp(o.export, "md") != 0 &&
	        strcmp(o.export, "csv") != 0) ||
	    (o.since && mh_journal_when(o.since, o.from) < 0) ||
	    (o.until && mh_journal_when(o.until, o.to) < 0) ||
	    ((o.list || o.show || o.prompt || o.due || o.plan) && o.name) ||
	    (o.answers && views + o.list + !!o.show + !!o.prompt > 0))
		return mh_cli_usage(&cli);
	tmpl = o.show  ? o.show
	    : o.prompt ? o.prompt
	    : o.due    ? o.due
	    : views    ? NULL
	               : o.name;
	if (!o.list && tmpl != NULL &&
	    (o.ws = mh_worksheet_load(tmpl, err, sizeof(err))) == NULL) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_USAGE;
	}
	if ((o.save || views) &&
	    (o.journal = mh_journal_path(o.journal_opt)) == NULL) {
		mh_warnx(TOOL, "no journal: set HOME or use --journal FILE");
		return MH_EXIT_USAGE;
	}
	if (o.prompt) {
		tmpl = mh_worksheet_get(o.ws, "reminder");
		printf("%s\n", *tmpl ? tmpl : mh_worksheet_title(o.ws));
		rc = MH_EXIT_OK;
	} else if (o.list || o.show)
		rc = list_or_show(&o);
	else if (views)
		rc = journal_views(&o);
	else if (o.answers) {
		if (strcmp(o.answers, "-") != 0 &&
		    freopen(o.answers, "r", stdin) == NULL) {
			mh_warn(TOOL, "%s", o.answers);
			rc = MH_EXIT_USAGE;
		} else {
			f.tool = TOOL;
			f.ro = o.ro;
			f.ro.name = strcmp(o.answers, "-") ? o.answers : NULL;
			f.process = process;
			f.ctx = &o;
			f.fatal_code = MH_EXIT_IO;
			rc = mh_filter_run(&f);
		}
	} else
		rc = interactive(&o);
	if (rc != MH_EXIT_IO && mh_cli_flush(TOOL, stdout))
		rc = MH_EXIT_IO;
	mh_worksheet_free(o.ws);
	free(o.journal);
	return rc;
}
