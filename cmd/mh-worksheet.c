/* mh-worksheet: worksheets, validated questionnaires and daily check-ins,
 * filled in on a terminal or from answers, kept in a private journal and
 * shown as trends.  See mh-worksheet(1). */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
#include "cli.h"
#include "config.h"
#include "crisis.h"
#include "fill.h"
#include "journal.h"
#include "resources.h"
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

enum { O_COUNTRY = 256, O_DUE, O_EXPORT, O_FRESH, O_HISTORY, O_PLAN, O_PLOT,
    O_PROMPT, O_SHOW, O_SINCE, O_SUMMARY, O_UNTIL };

struct opts {
	const char *answers, *journal_opt, *country, *due, *export, *plot;
	const char *prompt, *show, *since, *until, *name;
	char *journal;
	int save, list, fresh, history, plan, summary;
	unsigned shown;		/* crisis concerns already answered */
	struct mh_worksheet *ws;
	struct mh_reader_opts ro;
	char from[11], to[11], today[11];
};

/* Crisis lines for --plan; with concerns, the crisis response (once per
 * run, and again only when something more urgent comes up). */
static void
crisis(struct opts *o, FILE *out, unsigned concerns)
{
	char err[512], cc[3];
	struct mh_config *cfg = mh_config_load(NULL, err, sizeof(err));
	struct mh_resources *res = mh_resources_load(NULL, err, sizeof(err));
	struct mh_buf b = {0};

	if (o->plan)
		fprintf(out, "\nIf you need someone to talk to now:\n");
	if (!o->plan && (concerns & ~o->shown) == 0)
		goto out;
	o->shown |= concerns;
	mh_resources_country(o->country, cfg, cc);
	if ((o->plan ? mh_resources_text(res, cc, &b) :
	    mh_crisis_text(concerns, NULL, 0, res, cc, &b)) < 0 ||
	    (res == NULL && o->plan))
		fprintf(out, "Call your local emergency number, or find a "
		    "crisis line at findahelpline.com\n");
	else
		fprintf(out, "\n%s\n", b.p);
	fflush(out);
out:
	mh_buf_free(&b);
	mh_resources_free(res);
	mh_config_free(cfg);
}

/* The alert of a terminal session: an acute ASQ answer is imminent. */
static void
fill_alert(void *ctx, FILE *out, const json_t *answers)
{
	struct opts *o = ctx;
	const char *q5 = json_string_value(json_object_get(answers, "q5"));

	crisis(o, out, MH_CONCERN_SUICIDE | (strcmp(mh_worksheet_name(o->ws),
	    "asq") == 0 && q5 && strcmp(q5, "no") != 0 ?
	    MH_CONCERN_IMMINENT : 0));
}

/* Make the result record for answers a; 0, or -1 with err. */
static int
make_result(struct opts *o, struct mh_record *rec, const json_t *a,
    const char *started, char *err, size_t errsize)
{
	char done[40];
	struct mh_buf t = {0};
	json_t *r;
	int rc;

	mh_iso8601_now(done, sizeof(done));
	if ((r = mh_worksheet_result(o->ws, a, started ? started : done, done,
	    err, errsize)) == NULL)
		return -1;
	/* Template alerts (a diary-card urge) carry no flags: 0 is taken
	 * as a suicide concern, the safe assumption. */
	if (mh_worksheet_alert(o->ws, a, json_object_get(r, "scores")))
		crisis(o, stderr, mh_crisis_concerns(json_object_get(r,
		    "scores")) | MH_CONCERN_SUICIDE);
	rc = mh_record_set_json(rec, "worksheet", r) < 0 ||
	    mh_worksheet_text(o->ws, r, &t) < 0 ||
	    mh_record_set_string(rec, o->ro.text_field ? o->ro.text_field :
		"text", t.p, t.len) < 0 ? -1 : 0;
	if (rc < 0)
		snprintf(err, errsize, "out of memory");
	json_decref(r);
	mh_buf_free(&t);
	if (rc == 0 && o->save &&
	    mh_journal_append(o->journal, rec, err, errsize) < 0)
		return -2;
	return rc;
}

/* One record of --answers: {"answers": {...}, ...} or the answers. */
static int
process(struct mh_record *rec, void *ctx)
{
	struct opts *o = ctx;
	struct mh_buf b = {0};
	char err[1024];
	json_t *a = mh_record_json(rec, "answers"), *v;
	const char *k;
	int rc, flat = a == NULL;

	if (flat && mh_record_serialize(rec, &b) == 0)
		a = mh_json_parse(b.p, b.len, err, sizeof(err));
	mh_buf_free(&b);
	/* The answers move into the result; other members pass through. */
	if (flat)
		json_object_foreach(a, k, v)
			mh_record_remove(rec, k);
	else
		mh_record_remove(rec, "answers");
	rc = make_result(o, rec, a, NULL, err, sizeof(err));
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
		mh_warnx(TOOL, "%s: stdin is not a terminal: give the answers "
		    "with --answers FILE (or - for stdin)", o->name);
		return MH_EXIT_USAGE;
	}
	f.draft = mh_fill_draft_path(o->name);
	mh_fill_signals();
	rc = mh_fill_run(o->ws, &f, &a, started, sizeof(started), err,
	    sizeof(err));
	free((char *)f.draft);
	if (rc > 0) {		/* a signal: die of it, as the shell expects */
		signal(rc, SIG_DFL);
		raise(rc);
	}
	if (rc < 0) {
		if (rc == -1)
			mh_warnx(TOOL, "%s", err);
		return rc == -1 ? MH_EXIT_IO : MH_EXIT_FAILED;
	}
	if ((rec = mh_record_new()) == NULL)
		return MH_EXIT_IO;
	rc = make_result(o, rec, a, started, err, sizeof(err));
	json_decref(a);
	if (rc < 0) {
		mh_warnx(TOOL, "%s", err);
		mh_record_free(rec);
		return rc == -2 ? MH_EXIT_IO : MH_EXIT_FAILED;
	}
	fprintf(stderr, "\nDone%s.\n", o->save ? " and saved to your journal" :
	    " (not saved: add --save to keep it)");
	rc = mh_record_write(rec, stdout) < 0 ? MH_EXIT_IO : MH_EXIT_OK;
	mh_record_free(rec);
	return rc;
}

static int
journal_views(struct opts *o)
{
	struct mh_journal_query q = {o->name, o->since ? o->from : NULL,
	    o->until ? o->to : NULL};
	struct mh_buf b = {0};
	char err[1024];
	size_t i;
	int rc = 0, flags = 0;
	json_t *e, *entries;
	char *line = NULL;
	FILE *f;

	if (o->plan)
		q.name = "safety-plan";
	if ((entries = mh_journal_load(o->journal, &q, NULL, err,
	    sizeof(err))) == NULL) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_IO;
	}
	if (o->due != NULL) {
		q.name = o->due;
		for (i = 0; i < json_array_size(entries); i++)
			if (mh_journal_date(json_array_get(entries, i), o->from)
			    == 0 && strcmp(o->from, o->today) == 0 &&
			    strcmp(json_string_value(json_object_get(
				json_object_get(json_array_get(entries, i),
				"worksheet"), "name")), o->due) == 0)
				rc = 1;
		json_decref(entries);
		return rc;
	}
	if (o->plan) {
		rc = mh_journal_plan(json_array_get(entries,
		    json_array_size(entries) - 1), &b);
		fputs(b.p, stdout);
		fflush(stdout);
		crisis(o, stdout, 0);
	} else if (o->history) {
		json_array_foreach(entries, i, e) {
			mh_buf_reset(&b);
			if (isatty(STDOUT_FILENO))
				mh_journal_line(e, &b);
			else if ((line = json_dumps(e, JSON_COMPACT)) != NULL)
				mh_buf_addf(&b, "%s\n", line);
			free(line);
			line = NULL;
			fputs(b.p ? b.p : "", stdout);
		}
	} else if (o->summary) {
		if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
			flags |= MH_CHART_ASCII;
		if (isatty(STDOUT_FILENO) && !(getenv("NO_COLOR") &&
		    *getenv("NO_COLOR")) && (!getenv("TERM") ||
		    strcmp(getenv("TERM"), "dumb") != 0))
			flags |= MH_CHART_COLOR;
		rc = mh_chart_summary(&b, entries, o->today, flags);
		fputs(b.p, stdout);
	} else if (o->plot) {
		rc = mh_chart_svg(&b, entries);
		f = strcmp(o->plot, "-") == 0 ? stdout : fopen(o->plot, "w");
		if (f == NULL || fwrite(b.p, 1, b.len, f) != b.len ||
		    (f != stdout && fclose(f) != 0)) {
			mh_warn(TOOL, "%s", o->plot);
			rc = MH_EXIT_IO;
		}
	} else {
		rc = mh_journal_export(entries, strcmp(o->export, "csv") == 0,
		    o->since ? o->from : NULL, o->until ? o->to : NULL, &b);
		fputs(b.p ? b.p : "", stdout);
	}
	mh_buf_free(&b);
	json_decref(entries);
	return rc < 0 ? MH_EXIT_IO : rc;
}

static int
list_or_show(struct opts *o)
{
	struct mh_buf errors = {0};
	char err[1024], *s;
	json_t *l, *v;
	size_t i;
	int tty = isatty(STDOUT_FILENO), rc = MH_EXIT_OK;

	if (o->show != NULL) {
		if ((v = mh_worksheet_show(o->ws)) == NULL ||
		    (s = json_dumps(v, tty ? JSON_INDENT(2) : JSON_COMPACT))
		    == NULL)
			return MH_EXIT_IO;
		printf("%s\n", s);
		free(s);
		json_decref(v);
		return MH_EXIT_OK;
	}
	if ((l = mh_worksheet_list(&errors, err, sizeof(err))) == NULL) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_IO;
	}
	json_array_foreach(l, i, v) {
		if (tty)
			printf("%-18s %s\n", json_string_value(json_object_get(
			    v, "name")), json_string_value(json_object_get(v,
			    "title")));
		else if ((s = json_dumps(v, JSON_COMPACT)) != NULL) {
			printf("%s\n", s);
			free(s);
		}
	}
	if (errors.len > 0) {
		fprintf(stderr, "%s: broken template: %s", TOOL, errors.p);
		rc = MH_EXIT_FAILED;
	}
	mh_buf_free(&errors);
	json_decref(l);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {MH_CLI_LONGOPTS,
	    {"answers", required_argument, NULL, 'a'},
	    {"journal", required_argument, NULL, 'j'},
	    {"list", no_argument, NULL, 'l'},
	    {"save", no_argument, NULL, 's'},
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
	    {"until", required_argument, NULL, O_UNTIL},
	    {NULL, 0, NULL, 0}};
	struct opts o = {0};
	struct mh_filter f = {0};
	char err[1024];
	const char *tmpl;
	int c, rc, views;

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
	o.name = optind < argc ? argv[optind++] : NULL;
	views = o.history + o.summary + o.plan + !!o.plot + !!o.export +
	    !!o.due;
	if (optind < argc || views + o.list + !!o.show + !!o.prompt > 1 ||
	    (views + o.list + !!o.show + !!o.prompt == 0 && o.name == NULL) ||
	    (o.export && strcmp(o.export, "md") != 0 &&
		strcmp(o.export, "csv") != 0) ||
	    (o.since && mh_journal_when(o.since, o.from) < 0) ||
	    (o.until && mh_journal_when(o.until, o.to) < 0) ||
	    ((o.list || o.show || o.prompt || o.due || o.plan) && o.name) ||
	    (o.answers && views + o.list + !!o.show + !!o.prompt > 0))
		return mh_cli_usage(&cli);
	tmpl = o.show ? o.show : o.prompt ? o.prompt : o.due ? o.due :
	    views ? NULL : o.name;
	if (!o.list && tmpl != NULL &&
	    (o.ws = mh_worksheet_load(tmpl, err, sizeof(err))) == NULL) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_USAGE;
	}
	mh_journal_when("today", o.today);
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
