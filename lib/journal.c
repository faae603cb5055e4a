/* journal: append-only worksheet journal over lib/store. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "journal.h"
#include "store.h"

char *
mh_journal_path(const char *opt)
{
	return opt != NULL ? strdup(opt) : mh_xdg_path("DATA", "journal.jsonl");
}

int
mh_journal_append(const char *path, const struct mh_record *rec, char *err,
    size_t errsize)
{
	struct mh_buf b = {0};
	int rc;

	if (mh_record_serialize(rec, &b) < 0) {
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	rc = mh_store_append(path, b.p, b.len, err, errsize);
	mh_buf_wipe(&b);
	return rc;
}

static int
good_date(const char *s)
{
	int i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-'
		                     : !isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

int
mh_journal_date(const json_t *entry, char out[11])
{
	const char *c = json_string_value(
	    json_object_get(json_object_get(entry, "worksheet"), "completed"));

	if (c == NULL || strlen(c) < 10 || !good_date(c))
		return -1;
	memcpy(out, c, 10);
	out[10] = '\0';
	return 0;
}

json_t *
mh_journal_load(const char *path, const struct mh_journal_query *q,
    size_t *skipped, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	json_t *out, *e, *ws;
	char *p, *nl, d[11], jerr[256];
	size_t bad = 0;

	if (mh_store_read(path, &b, err, errsize) < 0) {
		mh_buf_free(&b);
		return NULL;
	}
	if ((out = json_array()) == NULL)
		goto nomem;
	for (p = b.p; p != NULL && p < b.p + b.len; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(b.p + b.len - p));
		if (nl == NULL) {
			/* A torn last line (a crash mid-write): skip it. */
			bad++;
			break;
		}
		if (nl == p)
			continue;
		e = mh_json_parse(p, (size_t)(nl - p), jerr, sizeof(jerr));
		ws = json_object_get(e, "worksheet");
		if (!json_is_object(ws) ||
		    !json_is_string(json_object_get(ws, "name")) ||
		    mh_journal_date(e, d) < 0) {
			json_decref(e);
			bad++;
			continue;
		}
		if ((q->name &&
		        strcmp(q->name,
		            json_string_value(json_object_get(ws, "name"))) !=
		            0) ||
		    (q->since && strcmp(d, q->since) < 0) ||
		    (q->until && strcmp(d, q->until) > 0)) {
			json_decref(e);
			continue;
		}
		if (json_array_append_new(out, e) < 0)
			goto nomem;
	}
	mh_buf_wipe(&b);
	if (skipped)
		*skipped = bad;
	return out;
nomem:
	mh_buf_wipe(&b);
	json_decref(out);
	snprintf(err, errsize, "%s: out of memory", path);
	return NULL;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long
day_number(const char *s)
{
	long y = strtol(s, NULL, 10), m = strtol(s + 5, NULL, 10),
	     d = strtol(s + 8, NULL, 10), era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

long
mh_journal_days(const char *a, const char *b)
{
	return day_number(b) - day_number(a);
}

int
mh_journal_when(const char *s, char out[11])
{
	time_t t = time(NULL);
	struct tm tm;
	long n = 0;
	size_t len = s ? strlen(s) : 0;
	char num[16];

	if (s == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (len == 10 && good_date(s)) {
		struct tm c = {0};

		/* Check the date is real (no 2026-02-31). */
		c.tm_year = (int)strtol(s, NULL, 10) - 1900;
		c.tm_mon = (int)strtol(s + 5, NULL, 10) - 1;
		c.tm_mday = (int)strtol(s + 8, NULL, 10);
		c.tm_hour = 12;
		c.tm_isdst = -1;
		if (c.tm_mon < 0 || c.tm_mon > 11 || c.tm_mday < 1 ||
		    mktime(&c) == (time_t)-1 ||
		    c.tm_mday != (int)strtol(s + 8, NULL, 10)) {
			errno = EINVAL;
			return -1;
		}
		memcpy(out, s, 11);
		return 0;
	}
	if (strcmp(s, "today") == 0)
		n = 0;
	else if (strcmp(s, "yesterday") == 0)
		n = 1;
	else if (len >= 2 && len < sizeof(num) &&
	    (s[len - 1] == 'd' || s[len - 1] == 'w')) {
		memcpy(num, s, len - 1);
		num[len - 1] = '\0';
		if (mh_parse_long(num, 0, 36500, &n) < 0)
			return -1;
		if (s[len - 1] == 'w')
			n *= 7;
	} else {
		errno = EINVAL;
		return -1;
	}
	localtime_r(&t, &tm);
	/* Step back by calendar days at noon, safe across DST changes. */
	tm.tm_mday -= (int)n;
	tm.tm_hour = 12;
	tm.tm_isdst = -1;
	if (mktime(&tm) == (time_t)-1 ||
	    strftime(out, 11, "%Y-%m-%d", &tm) != 10) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

static int
cmp_dates(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

int
mh_journal_streaks(const json_t *entries, const char *today, struct mh_buf *out)
{
	size_t n = json_array_size(entries), i, days = 0, gaps = 0;
	/* clang-format 14 writes "char(*d)[11]" */
	/* clang-format off */
	char (*d)[11] = n ? calloc(n, sizeof(*d)) : NULL;
	/* clang-format on */
	long run = 1, best = 0, cur = 0, gap;
	int rc = -1;

	if (n > 0 && d == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (mh_journal_date(json_array_get(entries, i), d[days]) == 0)
			days++;
	if (days > 0)
		qsort(d, days, sizeof(*d), cmp_dates);
	for (i = 0, n = 0; i < days; i++) /* unique dates */
		if (n == 0 || strcmp(d[n - 1], d[i]) != 0)
			memmove(d[n++], d[i], 11);
	if (n == 0) {
		rc = mh_buf_adds(out, "No entries in this period.\n");
		goto out;
	}
	for (i = 1; i <= n; i++) {
		if (i < n && mh_journal_days(d[i - 1], d[i]) == 1) {
			run++;
			continue;
		}
		if (run > best)
			best = run;
		if (i == n && mh_journal_days(d[n - 1], today) <= 1)
			cur = run;
		run = 1;
	}
	if (mh_buf_addf(out,
	        "Days with an entry: %zu (%s to %s).\n"
	        "Current run: %ld day%s; longest run: %ld day%s.\n",
	        n, d[0], d[n - 1], cur, cur == 1 ? "" : "s", best,
	        best == 1 ? "" : "s") < 0)
		goto out;
	for (i = 1; i < n; i++) {
		gap = mh_journal_days(d[i - 1], d[i]) - 1;
		if (gap < 2)
			continue;
		if (++gaps > 10)
			continue;
		if (mh_buf_addf(out,
		        "Gap: %ld days without an entry after "
		        "%s.\n",
		        gap, d[i - 1]) < 0)
			goto out;
	}
	if (gaps > 10 &&
	    mh_buf_addf(out, "(and %zu more gaps)\n", gaps - 10) < 0)
		goto out;
	rc = 0;
out:
	free(d);
	return rc;
}

/* CSV field: quoted when it holds a comma, quote or line break. */
static int
csv_field(struct mh_buf *out, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL)
		return mh_buf_adds(out, s);
	if (mh_buf_addc(out, '"') < 0)
		return -1;
	for (; *s; s++)
		if ((*s == '"' && mh_buf_addc(out, '"') < 0) ||
		    mh_buf_addc(out, *s) < 0)
			return -1;
	return mh_buf_addc(out, '"');
}

/* A value as text: strings as they are, other JSON compact. */
static char *
value_text(const json_t *v)
{
	if (json_is_string(v))
		return strdup(json_string_value(v));
	return json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
}

static int
csv_row(struct mh_buf *out, const char *date, const char *time, const char *ws,
    const char *field, const json_t *v)
{
	char *s = value_text(v);
	int rc = s == NULL || csv_field(out, date) < 0 ||
	        mh_buf_addc(out, ',') < 0 || csv_field(out, time) < 0 ||
	        mh_buf_addc(out, ',') < 0 || csv_field(out, ws) < 0 ||
	        mh_buf_addc(out, ',') < 0 || csv_field(out, field) < 0 ||
	        mh_buf_addc(out, ',') < 0 || csv_field(out, s) < 0 ||
	        mh_buf_addc(out, '\n') < 0
	    ? -1
	    : 0;

	free(s);
	return rc;
}

static int
export_csv(const json_t *entries, struct mh_buf *out)
{
	const json_t *e, *v;
	const char *k;
	size_t i;

	if (mh_buf_adds(out, "date,time,worksheet,field,value\n") < 0)
		return -1;
	json_array_foreach(entries, i, e) {
		const json_t *ws = json_object_get(e, "worksheet");
		const char *c =
		    json_string_value(json_object_get(ws, "completed"));
		const char *name =
		    json_string_value(json_object_get(ws, "name"));
		char date[11], time[6] = "";

		if (mh_journal_date(e, date) < 0)
			continue;
		if (strlen(c) >= 16)
			snprintf(time, sizeof(time), "%.5s", c + 11);
		json_object_foreach(json_object_get(ws, "answers"), k, v)
			if (csv_row(out, date, time, name, k, v) < 0)
				return -1;
		json_object_foreach(json_object_get(ws, "scores"), k, v)
			if (csv_row(out, date, time, name, k, v) < 0)
				return -1;
	}
	return 0;
}

/* Text for a Markdown table cell: no line breaks, pipes escaped. */
static int
md_cell(struct mh_buf *out, const json_t *v)
{
	char *s = v ? value_text(v) : strdup(""), *p;
	int rc = 0;

	if (s == NULL)
		return -1;
	for (p = s; *p && rc == 0; p++) {
		if (*p == '|')
			rc = mh_buf_adds(out, "\\|");
		else if (*p == '\n' || *p == '\r')
			rc = mh_buf_addc(out, ' ');
		else
			rc = mh_buf_addc(out, *p);
	}
	free(s);
	return rc;
}

static json_int_t
sum2(const json_t *a, const char *k1, const char *k2)
{
	return json_integer_value(json_object_get(a, k1)) +
	    json_integer_value(json_object_get(a, k2));
}

static int
export_md(const json_t *entries, const char *from, const char *to,
    struct mh_buf *out)
{
	const json_t *e, *ws, *sc, *a;
	size_t i, nq = 0, nc = 0, no = 0;
	char date[11];

	if (mh_buf_addf(out,
	        "# Worksheet journal, %s to %s\n\n"
	        "Exported from mh-worksheet. Scores are screening results, not a "
	        "diagnosis.\n",
	        from, to) < 0)
		return -1;
	json_array_foreach(entries, i, e) {
		ws = json_object_get(e, "worksheet");
		sc = json_object_get(ws, "scores");
		if (sc == NULL || mh_journal_date(e, date) < 0)
			continue;
		if (nq++ == 0 &&
		    mh_buf_adds(out,
		        "\n## Questionnaires\n\n"
		        "| date | questionnaire | total | severity | flags |\n"
		        "|---|---|---|---|---|\n") < 0)
			return -1;
		if (mh_buf_addf(out, "| %s | ", date) < 0 ||
		    md_cell(out, json_object_get(ws, "title")) < 0 ||
		    mh_buf_adds(out, " | ") < 0 ||
		    md_cell(out, json_object_get(sc, "total")) < 0 ||
		    mh_buf_adds(out, " | ") < 0 ||
		    md_cell(out, json_object_get(sc, "severity")) < 0 ||
		    mh_buf_adds(out, " | ") < 0 ||
		    md_cell(out, json_object_get(sc, "flags")) < 0 ||
		    mh_buf_adds(out, " |\n") < 0)
			return -1;
	}
	json_array_foreach(entries, i, e) {
		ws = json_object_get(e, "worksheet");
		a = json_object_get(ws, "answers");
		if (strcmp(json_string_value(json_object_get(ws, "name")),
		        "checkin") != 0 ||
		    mh_journal_date(e, date) < 0)
			continue;
		if (nc++ == 0 &&
		    mh_buf_adds(out,
		        "\n## Daily check-ins\n\n"
		        "| date | mood (0-10) | sleep (h) | PHQ-2 | GAD-2 | "
		        "done | note |\n|---|---|---|---|---|---|---|\n") < 0)
			return -1;
		if (mh_buf_addf(out, "| %s | ", date) < 0 ||
		    md_cell(out, json_object_get(a, "mood")) < 0 ||
		    mh_buf_adds(out, " | ") < 0 ||
		    md_cell(out, json_object_get(a, "sleep_hours")) < 0 ||
		    mh_buf_addf(out, " | %lld | %lld | ",
		        (long long)sum2(a, "phq2_q1", "phq2_q2"),
		        (long long)sum2(a, "gad2_q1", "gad2_q2")) < 0 ||
		    md_cell(out, json_object_get(a, "done")) < 0 ||
		    mh_buf_adds(out, " | ") < 0 ||
		    md_cell(out, json_object_get(a, "note")) < 0 ||
		    mh_buf_adds(out, " |\n") < 0)
			return -1;
	}
	json_array_foreach(entries, i, e) {
		ws = json_object_get(e, "worksheet");
		if (json_object_get(ws, "scores") != NULL ||
		    strcmp(json_string_value(json_object_get(ws, "name")),
		        "checkin") == 0 ||
		    mh_journal_date(e, date) < 0)
			continue;
		if (no++ == 0 && mh_buf_adds(out, "\n## Worksheets\n") < 0)
			return -1;
		if (mh_buf_addf(out, "\n### %s, %s\n\n", date,
		        json_string_value(json_object_get(ws, "title"))) < 0)
			return -1;
		/* The record's own text: one "prompt: answer" per line. */
		if (json_string_value(json_object_get(e, "text")) != NULL) {
			const char *t = json_string_value(
			               json_object_get(e, "text")),
			           *nl = strchr(t, '\n');

			for (t = nl ? nl + 1 : ""; *t; t = nl ? nl + 1 : "") {
				nl = strchr(t, '\n');
				if (mh_buf_addf(out, "- %.*s\n",
				        nl ? (int)(nl - t) : (int)strlen(t),
				        t) < 0)
					return -1;
				if (nl == NULL)
					break;
			}
		}
	}
	if (nq + nc + no == 0 &&
	    mh_buf_adds(out,
	        "\nNo entries in this "
	        "period.\n") < 0)
		return -1;
	return 0;
}

int
mh_journal_export(const json_t *entries, int csv, const char *from,
    const char *to, struct mh_buf *out)
{
	return csv ? export_csv(entries, out)
	           : export_md(entries, from ? from : "the start",
	                 to ? to : "today", out);
}

int
mh_journal_line(const json_t *entry, struct mh_buf *out)
{
	const json_t *ws = json_object_get(entry, "worksheet");
	const json_t *sc = json_object_get(ws, "scores");
	json_t *f;
	const char *c = json_string_value(json_object_get(ws, "completed"));
	size_t i;

	if (c == NULL || strlen(c) < 16 ||
	    mh_buf_addf(out, "%.10s %.5s  %-17s", c, c + 11,
	        json_string_value(json_object_get(ws, "name"))) < 0)
		return -1;
	if (sc != NULL) {
		if (mh_buf_addf(out, " total %lld, %s",
		        (long long)json_integer_value(
		            json_object_get(sc, "total")),
		        json_string_value(json_object_get(sc, "severity"))) < 0)
			return -1;
		json_array_foreach(json_object_get(sc, "flags"), i, f)
			if (mh_buf_addf(out, "%s%s", i ? ", " : "; flags: ",
			        json_string_value(f)) < 0)
				return -1;
	} else {
		/* A worksheet: its first few ratings (mood, distress...). */
		const char *k;
		size_t n = 0;

		json_object_foreach(json_object_get(ws, "answers"), k, f)
			if (json_is_number(f) && n < 3 &&
			    mh_buf_addf(out, "%s %s %g", n++ ? "," : "", k,
			        json_number_value(f)) < 0)
				return -1;
	}
	return mh_buf_addc(out, '\n');
}

int
mh_journal_plan(const json_t *entry, struct mh_buf *out)
{
	const char *t = json_string_value(json_object_get(entry, "text"));
	char date[11];

	if (entry == NULL || t == NULL || mh_journal_date(entry, date) < 0)
		return mh_buf_adds(out,
		    "You have no saved safety plan yet. "
		    "When you feel calm, make one\n(about 10 minutes) with: "
		    "mh-worksheet safety-plan --save\n");
	t = strchr(t, '\n');
	return mh_buf_addf(out, "My safety plan (saved %s)\n%s\n", date,
	    t ? t : "");
}
