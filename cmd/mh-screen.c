/* mh-screen: recognise crisis in user text; see mh-screen(1). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "config.h"
#include "instruments.h"
#include "jsonl.h"
#include "reply_screen.h"
#include "screen.h"

#define TOOL "mh-screen"
static const struct mh_cli cli = {
    TOOL,
    "[-hiRVw] [-c country] [-F level] [-f field]",
    "Screen user text for crisis: suicidal ideation, intent and plans,\n"
    "means-seeking, self-harm, harm to others, abuse, psychosis, mania,\n"
    "OCD, eating disorders and overdoses.  Each record gets a \"screen\"\n"
    "object with the risk, an action for later tools and the evidence.\n"
    "Records sharing a \"conversation\" value (else the whole input) are\n"
    "one conversation.  A record's reply.text is judged against the\n"
    "user's text into reply.screen.  A second opinion, a statistical\n"
    "model of crisis wording, asks for caution where no rule did, and\n"
    "for the crisis response where it is all but sure.  Not a\n"
    "substitute for a clinician.\n\n"
    "  -c, --country CC   crisis resources for this country (default:\n"
    "                     MH_COUNTRY, config `country', locale, US)\n"
    "  -F, --fail-at LEVEL  exit 5 when a record reaches LEVEL (low,\n"
    "                     moderate, high or imminent) or a reply is unsafe\n"
    "  -i, --independent  screen every record on its own\n"
    "  -R, --rules-only   the phrase rules alone, without the second\n"
    "                     opinion\n" MH_CLI_COMMON_HELP,
};

struct run {
	struct mh_screener *s;
	const char *field;
	int independent;
	enum mh_screen_risk worst;
	int unsafe_reply;  /* a reply was judged unsafe */
	int warned;        /* said once that a record had no text field */
	struct mh_buf out; /* the screen object of the current record */
	struct mh_buf key; /* {"field": as plain() opens each record */
};

/* Whether the array a holds the string s. */
static int
has_string(const json_t *a, const char *s)
{
	size_t i;
	const json_t *v;

	json_array_foreach(a, i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), s) == 0)
			return 1;
	return 0;
}

/* A questionnaire record (a "worksheet" with "scores") is screened from
 * its flags, not its text, so what it cannot be judged from must not
 * pass as clear: its scores.flags must be a list of known flags, a name
 * must be a scored questionnaire's, and with a name its answers, when it
 * has them, must score; the flags they give are added to those recorded,
 * in a copy, and *scored is set: the record is then what mh-worksheet
 * writes, whose text is its own summary.  Returns a new reference to the
 * worksheet to screen, or NULL with the reason in err. */
static json_t *
questionnaire(json_t *ws, int *scored, char *err, size_t errsize)
{
	const char *name = json_string_value(json_object_get(ws, "name"));
	const json_t *flags, *answers = json_object_get(ws, "answers"), *v;
	json_t *sc = NULL, *copy = NULL, *cflags;
	size_t i;

	if (name != NULL && !mh_instruments_known(name)) {
		snprintf(err, errsize,
		    "scores, but %.100s is not a scored "
		    "questionnaire",
		    name);
		return NULL;
	}
	flags = json_object_get(json_object_get(ws, "scores"), "flags");
	if (!json_is_array(flags)) {
		snprintf(err, errsize, "scores.flags is not a list");
		return NULL;
	}
	json_array_foreach(flags, i, v)
		if (!json_is_string(v) ||
		    mh_screen_flag_risk(json_string_value(v)) == MH_RISK_NONE) {
			snprintf(err, errsize,
			    "scores.flags holds an unknown flag");
			return NULL;
		}
	if (name == NULL || answers == NULL)
		return json_incref(ws);
	if (mh_instruments_score(name, answers, &sc, err, errsize) < 0)
		return NULL;
	*scored = 1;
	json_array_foreach(json_object_get(sc, "flags"), i, v) {
		if (has_string(flags, json_string_value(v)))
			continue;
		if ((copy == NULL && (copy = json_deep_copy(ws)) == NULL) ||
		    (cflags = json_object_get(json_object_get(copy, "scores"),
		         "flags")) == NULL ||
		    json_array_append_new(cflags,
		        json_string(json_string_value(v))) < 0) {
			json_decref(copy);
			json_decref(sc);
			snprintf(err, errsize, "out of memory");
			return NULL;
		}
	}
	json_decref(sc);
	return copy != NULL ? copy : json_incref(ws);
}

/* Judge the record's reply.text, if any, against the user's text and its
 * screen (raw JSON text), and write reply.screen; *unsafe says whether it
 * was judged unsafe.  Returns 0, -1 after setting an error on the record,
 * or MH_FILTER_FATAL. */
static int
screen_reply(struct mh_record *rec, const char *text, size_t len,
    const struct mh_buf *screen, int *unsafe)
{
	json_t *reply = mh_record_json(rec, "reply"), *rt, *sj, *verdict;
	char err[200];
	int safe = 1;

	if (reply == NULL)
		return 0; /* most records: no call into jansson */
	if (!json_is_object(reply)) {
		/* a bare string would be a reply shown unjudged */
		json_decref(reply);
		return mh_record_set_error(rec, TOOL, "reply_type",
		           "reply is not an object") == 0
		    ? -1
		    : MH_FILTER_FATAL;
	}
	rt = json_object_get(reply, "text");
	if (!json_is_string(rt)) {
		int bad = rt != NULL;

		/* A reply.screen this run did not write (one the input
		 * brought, perhaps saying "safe") must not pass through
		 * beside a reply that was not judged, nor beside none. */
		if (json_object_del(reply, "screen") == 0 &&
		    mh_record_set_json(rec, "reply", reply) < 0) {
			json_decref(reply);
			mh_warnx(TOOL, "out of memory");
			return MH_FILTER_FATAL;
		}
		json_decref(reply);
		if (!bad)
			return 0;
		return mh_record_set_error(rec, TOOL, "reply_type",
		           "reply.text is not a string") == 0
		    ? -1
		    : MH_FILTER_FATAL;
	}
	sj = mh_json_parse(screen->p, screen->len, err, sizeof err);
	verdict = sj == NULL ? NULL
	                     : mh_reply_screen(text, len, json_string_value(rt),
	                           json_string_length(rt), sj, &safe, NULL);
	json_decref(sj);
	if (verdict == NULL ||
	    json_object_set_new(reply, "screen", verdict) < 0 ||
	    mh_record_set_json(rec, "reply", reply) < 0) {
		json_decref(reply);
		mh_warnx(TOOL, "out of memory");
		return MH_FILTER_FATAL;
	}
	json_decref(reply);
	*unsafe = !safe;
	return 0;
}

static int
process(struct mh_record *rec, void *ctx)
{
	struct run *run = ctx;
	const char *text = NULL;
	char *conv;
	size_t len = 0;
	json_t *ws;
	enum mh_screen_risk risk;
	int rc, rrc, unsafe = 0, has_scores = 0, summary = 0;

	ws = mh_record_json(rec, "worksheet");
	/* A questionnaire is screened from its scores: its text is our own
	 * summary with the items' wording, not the user's words.  That
	 * holds only for what mh-worksheet writes, a name with answers
	 * (scored again here); scores alone must not hide words beside
	 * them, so then the text is screened too. */
	if (ws != NULL && json_is_object(json_object_get(ws, "scores"))) {
		char why[200];
		json_t *q = questionnaire(ws, &summary, why, sizeof why);

		json_decref(ws);
		if ((ws = q) == NULL) {
			mh_record_remove(rec, "screen");
			return mh_record_set_error(rec, TOOL, "scores", why) ==
			        0
			    ? -1
			    : MH_FILTER_FATAL;
		}
		has_scores = 1;
	}
	if (!summary) {
		rc = mh_record_string(rec, run->field, &text, &len);
		if (rc == -2 || rc == -3) {
			json_decref(ws);
			/* An input's own "screen" (perhaps "continue") must
			 * not pass as the verdict on text never screened. */
			mh_record_remove(rec, "screen");
			return mh_record_set_error(rec, TOOL,
			           rc == -2 ? "text_type" : "nul",
			           rc == -2
			               ? "the text field is not a string"
			               : "the text holds a NUL character") == 0
			    ? -1
			    : MH_FILTER_FATAL;
		}
		if (rc != 0) {
			text = NULL;
			/* Risk "none" for a record with nothing to read is
			 * true, but a mistyped -f would make every record
			 * pass --fail-at in silence: say so, once. */
			if (!run->warned && !has_scores) {
				mh_warnx(TOOL,
				    "<stdin>:%zu: no \"%s\" field, nothing "
				    "screened (is -f right?); said once",
				    mh_record_line(rec), run->field);
				run->warned = 1;
			}
		}
	}
	if (mh_screen_conversation(rec, &conv) < 0) {
		json_decref(ws);
		return MH_FILTER_FATAL;
	}
	if (run->independent)
		mh_screen_forget(run->s, conv);
	mh_buf_reset(&run->out);
	rc = mh_screen_text_raw(run->s, text, len, conv, ws, &run->out, &risk);
	json_decref(ws);
	free(conv);
	if (rc < 0) {
		mh_warnx(TOOL, "out of memory");
		return MH_FILTER_FATAL;
	}
	if (risk > run->worst)
		run->worst = risk;
	/* before the record changes: text points into it */
	rrc = screen_reply(rec, text, len, &run->out, &unsafe);
	if (rrc == MH_FILTER_FATAL)
		return rrc;
	if (unsafe)
		run->unsafe_reply = 1;
	if (mh_record_set_raw(rec, "screen", run->out.p, run->out.len) < 0) {
		mh_warnx(TOOL, "out of memory");
		return MH_FILTER_FATAL;
	}
	return rrc < 0 ? -1 : 0;
}

/* The fast path for a plain-text line: what process() writes for the
 * record {field: s}, which has no worksheet, conversation or reply,
 * without making the record. */
static int
plain(const char *s, size_t n, int clean, void *ctx, struct mh_buf *out)
{
	struct run *run = ctx;
	enum mh_screen_risk risk;

	/* mh_json_quote finds the escapes as it copies; a clean text has
	 * nothing to fold either */
	if (clean)
		mh_screen_next_clean(run->s);
	if (run->independent)
		mh_screen_forget(run->s, NULL);
	if (mh_buf_add(out, run->key.p, run->key.len) < 0 ||
	    mh_json_quote(out, s, n) < 0 ||
	    mh_buf_adds(out, ",\"screen\":") < 0 ||
	    mh_screen_text_raw(run->s, s, n, NULL, NULL, out, &risk) < 0 ||
	    mh_buf_add(out, "}\n", 2) < 0) {
		mh_warnx(TOOL, "out of memory");
		return MH_FILTER_FATAL;
	}
	if (risk > run->worst)
		run->worst = risk;
	return 0;
}

/* The members process() reads or writes besides the text. */
static const char *const owned[] = {"screen", "reply", "conversation",
    "worksheet", NULL};

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
	    MH_CLI_LONGOPTS,
	    {"country", required_argument, NULL, 'c'},
	    {"fail-at", required_argument, NULL, 'F'},
	    {"independent", no_argument, NULL, 'i'},
	    {"rules-only", no_argument, NULL, 'R'},
	    {NULL, 0, NULL, 0},
	};
	struct mh_filter f = {0};
	struct mh_screen_opts so = {0};
	struct run run = {0};
	struct mh_config *cfg;
	enum mh_screen_risk fail_at = MH_RISK_NONE;
	int c, rc, fail = 0;
	char err[512];

	mh_cli_init();
	while ((c = getopt_long(argc, argv, MH_CLI_SHORTOPTS "c:F:iR", longopts,
	            NULL)) != -1) {
		rc = mh_cli_common(&cli, c, optarg, &f.ro);
		if (rc != MH_CLI_CONTINUE)
			return rc;
		switch (c) {
		case 'c': so.country = optarg; break;
		case 'F':
			if (mh_screen_risk_parse(optarg, &fail_at) < 0 ||
			    fail_at == MH_RISK_NONE) {
				mh_warnx(TOOL,
				    "--fail-at: not a level: %s "
				    "(low, moderate, high, imminent)",
				    optarg);
				return mh_cli_usage(&cli);
			}
			fail = 1;
			break;
		case 'i': run.independent = 1; break;
		case 'R': so.no_model = 1; break;
		default: break;
		}
	}
	if (optind < argc)
		return mh_cli_usage(&cli);

	if ((cfg = mh_config_load(NULL, err, sizeof err)) == NULL) {
		mh_warnx(TOOL, "%s", err);
		return MH_EXIT_USAGE;
	}
	if (so.country == NULL)
		so.country = mh_config_get(cfg, "country");
	run.s = mh_screen_new(&so, err, sizeof err);
	mh_config_free(cfg);
	if (run.s == NULL) {
		mh_warnx(TOOL, "%s", err);
		return errno == ENOMEM ? MH_EXIT_IO : MH_EXIT_USAGE;
	}
	run.field = f.ro.text_field != NULL ? f.ro.text_field : "text";
	/* quoted once, not once a line */
	if (mh_buf_addc(&run.key, '{') < 0 ||
	    mh_json_quote(&run.key, run.field, strlen(run.field)) < 0 ||
	    mh_buf_addc(&run.key, ':') < 0) {
		mh_warnx(TOOL, "out of memory");
		mh_screen_free(run.s);
		mh_buf_free(&run.key);
		return MH_EXIT_IO;
	}
	f.tool = TOOL;
	f.process = process;
	f.plain = plain;
	f.owned = owned;
	f.ctx = &run;
	rc = mh_filter_run(&f);
	mh_screen_free(run.s);
	mh_buf_free(&run.out);
	mh_buf_free(&run.key);
	if (rc == MH_EXIT_OK && fail &&
	    (run.worst >= fail_at || run.unsafe_reply))
		rc = MH_EXIT_FLAGGED;
	return rc;
}
