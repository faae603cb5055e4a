/* journal and chart: dates, runs and gaps, the export formats, and the
 * text chart drawn for a known series. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "journal.h"
#include "tap.h"

static json_t *
entry(const char *name, const char *date, json_t *answers, json_t *scores)
{
	char c[40];

	snprintf(c, sizeof(c), "%sT20:00:00+01:00", date);
	return json_pack("{s:{s:i,s:s,s:s,s:s,s:o,s:o*},s:s}", "worksheet",
	    "schema", 1, "name", name, "title", name, "completed", c,
	    "answers", answers, "scores", scores, "text", "T\nQ: a|b");
}

int
main(void)
{
	char d[11], today[11];
	struct mh_buf b = {0};
	json_t *e = json_array();
	static const struct mh_point pts[] = {{"2026-11-01", 0},
	    {"2026-11-02", 5}, {"2026-11-03", 10}};
	static const struct mh_band bands[] = {{0, 4, "low"}, {5, 10, "high"}};

	is_int(mh_journal_days("2026-11-01", "2026-11-22"), 21, "days apart");
	is_int(mh_journal_days("2024-02-28", "2024-03-01"), 2, "leap year");
	is_int(mh_journal_days("2023-12-31", "2024-01-01"), 1, "new year");
	ok(mh_journal_when("2026-02-29", d) < 0, "2026-02-29 is refused");
	ok(mh_journal_when("2024-02-29", d) == 0 &&
	    strcmp(d, "2024-02-29") == 0, "2024-02-29 is a date");
	ok(mh_journal_when("2026-13-01", d) < 0, "month 13 refused");
	ok(mh_journal_when("7x", d) < 0, "7x refused");
	ok(mh_journal_when("-1d", d) < 0, "-1d refused");
	mh_journal_when("today", today);
	ok(mh_journal_when("2w", d) == 0 &&
	    mh_journal_days(d, today) == 14, "2w is 14 days back");
	ok(mh_journal_when("yesterday", d) == 0 &&
	    mh_journal_days(d, today) == 1, "yesterday");

	json_array_append_new(e, entry("checkin", "2026-11-01",
	    json_pack("{s:i,s:f,s:i,s:i,s:i,s:i,s:s}", "mood", 4,
		"sleep_hours", 6.5, "phq2_q1", 1, "phq2_q2", 1, "gad2_q1", 0,
		"gad2_q2", 2, "note", "x,\"y\""), NULL));
	json_array_append_new(e, entry("checkin", "2026-11-02",
	    json_pack("{s:i}", "mood", 5), NULL));
	json_array_append_new(e, entry("phq9", "2026-11-02",
	    json_pack("{s:i}", "q1", 1), json_pack("{s:i,s:s,s:[]}", "total",
		12, "severity", "moderate", "flags")));
	json_array_append_new(e, entry("grounding", "2026-11-06",
	    json_object(), NULL));
	json_array_append_new(e, entry("checkin", "2026-11-07",
	    json_pack("{s:i}", "mood", 6), NULL));
	mh_journal_streaks(e, "2026-11-08", &b);
	is_str(b.p, "Days with an entry: 4 (2026-11-01 to 2026-11-07).\n"
	    "Current run: 2 days; longest run: 2 days.\n"
	    "Gap: 3 days without an entry after 2026-11-02.\n",
	    "runs and gaps; a run ending yesterday is current");
	mh_buf_reset(&b);
	mh_journal_streaks(e, "2026-11-09", &b);
	ok(strstr(b.p, "Current run: 0 days") != NULL,
	    "a run ending two days ago is over");
	mh_buf_reset(&b);

	mh_journal_export(e, 1, NULL, NULL, &b);
	ok(strncmp(b.p, "date,time,worksheet,field,value\n", 32) == 0,
	    "CSV header");
	ok(strstr(b.p, "2026-11-01,20:00,checkin,note,\"x,\"\"y\"\"\"\n") !=
	    NULL, "CSV quoting");
	ok(strstr(b.p, "2026-11-02,20:00,phq9,severity,moderate\n") != NULL,
	    "CSV score rows");
	mh_buf_reset(&b);
	mh_journal_export(e, 0, "2026-11-01", "2026-11-07", &b);
	ok(strstr(b.p, "| 2026-11-01 | 4 | 6.5 | 2 | 2 |  | x,\"y\" |") !=
	    NULL, "Markdown check-in row");
	ok(strstr(b.p, "### 2026-11-06, grounding\n\n- Q: a|b\n") != NULL,
	    "Markdown worksheet section from the text");
	mh_buf_reset(&b);

	mh_journal_line(json_array_get(e, 0), &b);
	mh_journal_line(json_array_get(e, 2), &b);
	is_str(b.p, "2026-11-01 20:00  checkin           mood 4, sleep_hours "
	    "6.5, phq2_q1 1\n2026-11-02 20:00  phq9              total 12, "
	    "moderate\n", "history lines");
	mh_buf_reset(&b);

	mh_chart_text(&b, "T", pts, 3, 0, 10, bands, 2, MH_CHART_ASCII);
	is_str(b.p, "\nT\n"
	    "    10 |  #\n"
	    "       |  #\n"
	    "       |  #\n"
	    "       |  #  high 5+\n"
	    "       | ##\n"
	    "       | ##\n"
	    "       | ##\n"
	    "     0 | ##  low 0+\n"
	    "       2026-11-01 2026-11-03\n"
	    "       latest 10 on 2026-11-03 (high); 3 entries\n",
	    "ASCII chart with bands");
	mh_buf_reset(&b);
	mh_chart_text(&b, "T", pts, 3, 0, 10, NULL, 0, MH_CHART_COLOR);
	ok(strstr(b.p, "\033[") == NULL, "no colour without bands");
	mh_buf_reset(&b);
	mh_chart_text(&b, "T", pts, 3, 0, 10, bands, 2, MH_CHART_COLOR);
	ok(strstr(b.p, "\033[") != NULL && strstr(b.p, "\xe2\x96\x88"),
	    "colour and Unicode blocks when asked");
	mh_buf_free(&b);
	json_decref(e);
	return done();
}
