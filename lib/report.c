/* report: the views mh-worksheet prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "config.h"
#include "crisis.h"
#include "report.h"
#include "resources.h"
#include "worksheet.h"

int
mh_report_crisis(unsigned concerns, const char *country, struct mh_buf *out,
    struct mh_buf *warnings)
{
	char err[512], cc[3];
	struct mh_config *cfg = mh_config_load(NULL, err, sizeof(err));
	struct mh_resources *res = mh_resources_load(NULL, err, sizeof(err));
	int rc;

	/* The fallback below still shows something, but a broken table must
	 * not pass unnoticed: the caller names it on stderr. */
	if (res == NULL && warnings != NULL &&
	    mh_buf_addf(warnings, "%s; showing the fallback lines\n", err) < 0)
		return -1;

	/* A bad country still gets the default lines: never none. */
	mh_resources_country(country, cfg, cc);
	if (concerns != 0)
		rc = mh_crisis_text(concerns, NULL, 0, res, cc, out);
	else if (res != NULL)
		rc = mh_buf_adds(out, "If you need someone to talk to now:\n") <
		        0
		    ? -1
		    : mh_resources_text(res, cc, out);
	else
		rc = mh_buf_adds(out,
		    "If you need someone to talk to now, "
		    "call your local emergency number\nor find a crisis line "
		    "at findahelpline.com\n");
	mh_resources_free(res);
	mh_config_free(cfg);
	return rc;
}

int
mh_report_done_today(const char *journal, const char *name, char *err,
    size_t errsize)
{
	struct mh_journal_query q = {name, NULL, NULL};
	char today[11];
	json_t *e;
	int done;

	if (mh_journal_when("today", today) < 0) {
		snprintf(err, errsize, "cannot tell today's date");
		return -1;
	}
	q.since = q.until = today;
	if ((e = mh_journal_load(journal, &q, NULL, err, errsize)) == NULL)
		return -1;
	done = json_array_size(e) > 0;
	json_decref(e);
	return done;
}

/* v as one compact JSON line. */
static int
json_line(struct mh_buf *out, const json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT);
	int rc = s == NULL ? -1 : mh_buf_addf(out, "%s\n", s);

	free(s);
	return rc;
}

static int
history(const json_t *entries, int lines, struct mh_buf *out)
{
	const json_t *e;
	size_t i;

	json_array_foreach(entries, i, e)
		if ((lines ? mh_journal_line(e, out) : json_line(out, e)) < 0)
			return -1;
	return 0;
}

int
mh_report_view(enum mh_report_view v, const struct mh_report_opts *o,
    struct mh_buf *out, char *err, size_t errsize)
{
	struct mh_journal_query q = o->q;
	json_t *entries;
	char today[11];
	int rc = -1;

	if (v == MH_REPORT_PLAN)
		q.name = "safety-plan";
	if ((entries = mh_journal_load(o->journal, &q, NULL, err, errsize)) ==
	    NULL)
		return -1;
	mh_journal_when("today", today);
	switch (v) {
	case MH_REPORT_HISTORY: rc = history(entries, o->lines, out); break;
	case MH_REPORT_SUMMARY:
		rc = mh_chart_summary(out, entries, today, o->flags);
		break;
	case MH_REPORT_PLOT: rc = mh_chart_svg(out, entries); break;
	case MH_REPORT_EXPORT_MD:
	case MH_REPORT_EXPORT_CSV:
		rc = mh_journal_export(entries, v == MH_REPORT_EXPORT_CSV,
		    q.since, q.until, out);
		break;
	case MH_REPORT_PLAN:
		rc = mh_journal_plan(
		         json_array_get(entries, json_array_size(entries) - 1),
		         out) < 0 ||
		        mh_buf_addc(out, '\n') < 0 ||
		        mh_report_crisis(0, o->country, out, o->warnings) < 0
		    ? -1
		    : 0;
		break;
	}
	if (rc < 0)
		snprintf(err, errsize, "out of memory");
	json_decref(entries);
	return rc;
}

int
mh_report_list(int lines, struct mh_buf *out, struct mh_buf *errors, char *err,
    size_t errsize)
{
	json_t *l = mh_worksheet_list(errors, err, errsize), *v;
	size_t i;
	int rc = 0;

	if (l == NULL)
		return -1;
	json_array_foreach(l, i, v) {
		rc = lines ? mh_buf_addf(out, "%-18s %s\n",
		                 json_string_value(json_object_get(v, "name")),
		                 json_string_value(json_object_get(v, "title")))
		           : json_line(out, v);
		if (rc < 0)
			break;
	}
	if (rc < 0)
		snprintf(err, errsize, "out of memory");
	json_decref(l);
	return rc;
}

void
mh_report_plan_if_any(const char *journal, struct mh_buf *out)
{
	struct mh_journal_query q = {"safety-plan", NULL, NULL};
	char err[512];
	json_t *e = journal
	    ? mh_journal_load(journal, &q, NULL, err, sizeof(err))
	    : NULL;

	if (json_array_size(e) > 0 && mh_buf_adds(out, "\n") == 0)
		mh_journal_plan(json_array_get(e, json_array_size(e) - 1), out);
	json_decref(e);
}
