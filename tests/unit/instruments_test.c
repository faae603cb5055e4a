/* Scoring of every questionnaire at each published band boundary. */
#include <stdio.h>
#include <string.h>

#include "instruments.h"
#include "tap.h"

/* Answers for an n-item instrument summing to total, filled from q1 up
 * with at most max per item; item9 (when > 0) fixes q9 first. */
static json_t *
answers_for(int n, int max, int total, int item9)
{
	json_t *a = json_object();
	char id[16];
	int k, v, left = total;

	if (item9 >= 0 && n >= 9) {
		json_object_set_new(a, "q9", json_integer(item9));
		left -= item9;
	}
	for (k = 1; k <= n; k++) {
		if (k == 9 && item9 >= 0)
			continue;
		v = left > max ? max : left;
		left -= v;
		snprintf(id, sizeof(id), "q%d", k);
		json_object_set_new(a, id, json_integer(v));
	}
	return a;
}

static void
check(const char *name, int n, int max, int total, const char *want)
{
	char err[256], msg[128];
	json_t *a = answers_for(n, max, total, -1), *s = NULL;

	snprintf(msg, sizeof(msg), "%s total %d is %s", name, total, want);
	if (!ok(mh_instruments_score(name, a, &s, err, sizeof(err)) == 0,
	    msg)) {
		printf("#   %s\n", err);
	} else {
		is_int(json_integer_value(json_object_get(s, "total")), total,
		    msg);
		is_str(json_string_value(json_object_get(s, "severity")), want,
		    msg);
	}
	json_decref(a);
	json_decref(s);
}

static int
has_flag(const json_t *s, const char *flag)
{
	size_t i;
	json_t *v;

	json_array_foreach(json_object_get(s, "flags"), i, v)
		if (strcmp(json_string_value(v), flag) == 0)
			return 1;
	return 0;
}

static int
has_next(const json_t *s, const char *name)
{
	size_t i;
	json_t *v;

	json_array_foreach(json_object_get(s, "next"), i, v)
		if (strcmp(json_string_value(v), name) == 0)
			return 1;
	return 0;
}

static json_t *
asq(const char *q1, const char *q2, const char *q3, const char *q4,
    const char *q5)
{
	json_t *a = json_object();

	json_object_set_new(a, "q1", json_string(q1));
	json_object_set_new(a, "q2", json_string(q2));
	json_object_set_new(a, "q3", json_string(q3));
	json_object_set_new(a, "q4", json_string(q4));
	if (q5)
		json_object_set_new(a, "q5", json_string(q5));
	return a;
}

static json_t *
score_ok(const char *name, json_t *a)
{
	char err[256];
	json_t *s = NULL;

	if (mh_instruments_score(name, a, &s, err, sizeof(err)) < 0)
		printf("# unexpected failure: %s\n", err);
	json_decref(a);
	return s;
}

static int
score_fails(const char *name, json_t *a, const char *want)
{
	char err[256] = "";
	json_t *s = NULL;
	int r = mh_instruments_score(name, a, &s, err, sizeof(err));

	json_decref(a);
	json_decref(s);
	if (r == 0)
		return 0;
	if (strstr(err, want) == NULL) {
		printf("#   message '%s' lacks '%s'\n", err, want);
		return 0;
	}
	return 1;
}

int
main(void)
{
	static const struct {
		const char *name;
		int n, max, total;
		const char *band;
	} b[] = {
		{"phq9", 9, 3, 0, "minimal"}, {"phq9", 9, 3, 4, "minimal"},
		{"phq9", 9, 3, 5, "mild"}, {"phq9", 9, 3, 9, "mild"},
		{"phq9", 9, 3, 10, "moderate"}, {"phq9", 9, 3, 14, "moderate"},
		{"phq9", 9, 3, 15, "moderately_severe"},
		{"phq9", 9, 3, 19, "moderately_severe"},
		{"phq9", 9, 3, 20, "severe"}, {"phq9", 9, 3, 27, "severe"},
		{"phq2", 2, 3, 0, "negative"}, {"phq2", 2, 3, 2, "negative"},
		{"phq2", 2, 3, 3, "positive"}, {"phq2", 2, 3, 6, "positive"},
		{"gad7", 7, 3, 0, "minimal"}, {"gad7", 7, 3, 4, "minimal"},
		{"gad7", 7, 3, 5, "mild"}, {"gad7", 7, 3, 9, "mild"},
		{"gad7", 7, 3, 10, "moderate"}, {"gad7", 7, 3, 14, "moderate"},
		{"gad7", 7, 3, 15, "severe"}, {"gad7", 7, 3, 21, "severe"},
		{"gad2", 2, 3, 0, "negative"}, {"gad2", 2, 3, 2, "negative"},
		{"gad2", 2, 3, 3, "positive"}, {"gad2", 2, 3, 6, "positive"},
		{"who5", 5, 5, 0, "likely_depression"},
		{"who5", 5, 5, 7, "likely_depression"},
		{"who5", 5, 5, 8, "poor_wellbeing"},
		{"who5", 5, 5, 12, "poor_wellbeing"},
		{"who5", 5, 5, 13, "adequate"}, {"who5", 5, 5, 25, "adequate"},
		{"k6", 6, 4, 0, "below_cutoff"}, {"k6", 6, 4, 12, "below_cutoff"},
		{"k6", 6, 4, 13, "probable_serious_distress"},
		{"k6", 6, 4, 24, "probable_serious_distress"},
	};
	size_t i;
	json_t *s;
	const struct mh_band *bands;
	int max_total, lo, hi;

	for (i = 0; i < sizeof(b) / sizeof(b[0]); i++)
		check(b[i].name, b[i].n, b[i].max, b[i].total, b[i].band);

	/* PHQ-9 item 9: any answer above 0 flags, whatever the total. */
	s = score_ok("phq9", answers_for(9, 3, 1, 1));
	ok(has_flag(s, "phq9_item9"), "phq9 item 9 = 1 flags phq9_item9");
	ok(has_next(s, "asq"), "phq9 item 9 > 0 leads to the ASQ");
	is_str(json_string_value(json_object_get(s, "severity")), "minimal",
	    "phq9 total 1 with item 9 is still minimal");
	json_decref(s);
	s = score_ok("phq9", answers_for(9, 3, 3, 3));
	ok(has_flag(s, "phq9_item9"), "phq9 item 9 = 3 flags");
	json_decref(s);
	s = score_ok("phq9", answers_for(9, 3, 24, 0));
	ok(!has_flag(s, "phq9_item9"), "phq9 item 9 = 0 does not flag");
	ok(json_array_size(json_object_get(s, "flags")) == 0,
	    "phq9 without item 9 has no flags");
	json_decref(s);

	/* Follow-ups. */
	s = score_ok("phq2", answers_for(2, 3, 3, -1));
	ok(has_next(s, "phq9"), "positive PHQ-2 leads to PHQ-9");
	json_decref(s);
	s = score_ok("phq2", answers_for(2, 3, 2, -1));
	ok(json_object_get(s, "next") == NULL, "negative PHQ-2: no next");
	json_decref(s);
	s = score_ok("gad2", answers_for(2, 3, 3, -1));
	ok(has_next(s, "gad7"), "positive GAD-2 leads to GAD-7");
	json_decref(s);
	s = score_ok("who5", answers_for(5, 5, 7, -1));
	is_int(json_integer_value(json_object_get(s, "percent")), 28,
	    "WHO-5 raw 7 is 28%");
	ok(has_next(s, "asq") && has_next(s, "phq9"),
	    "WHO-5 <= 28% leads to PHQ-9 and the ASQ");
	json_decref(s);
	s = score_ok("who5", answers_for(5, 5, 25, -1));
	is_int(json_integer_value(json_object_get(s, "percent")), 100,
	    "WHO-5 raw 25 is 100%");
	ok(json_object_get(s, "next") == NULL, "WHO-5 at 100%: no next");
	json_decref(s);
	/* 13 = 5+5+3+0+0: items at 0 or 1 also prompt a depression check. */
	s = score_ok("who5", answers_for(5, 5, 13, -1));
	ok(has_next(s, "phq9") && !has_next(s, "asq"),
	    "WHO-5 adequate with an item at 0 leads to PHQ-9 only");
	json_decref(s);
	s = score_ok("k6", answers_for(6, 4, 13, -1));
	ok(has_next(s, "asq"), "K6 >= 13 leads to the ASQ");
	json_decref(s);

	/* ASQ. */
	s = score_ok("asq", asq("no", "no", "no", "no", NULL));
	is_str(json_string_value(json_object_get(s, "severity")), "negative",
	    "ASQ all no is negative");
	ok(json_array_size(json_object_get(s, "flags")) == 0,
	    "ASQ negative has no flags");
	json_decref(s);
	s = score_ok("asq", asq("no", "no", "no", "yes", "no"));
	is_str(json_string_value(json_object_get(s, "severity")),
	    "non_acute_positive", "ASQ yes to q4, no to q5: non-acute");
	ok(has_flag(s, "asq_positive") && !has_flag(s, "asq_acute"),
	    "non-acute ASQ flags asq_positive only");
	is_int(json_integer_value(json_object_get(s, "total")), 1,
	    "ASQ total counts the yes answers");
	json_decref(s);
	s = score_ok("asq", asq("yes", "no", "no", "no", "yes"));
	is_str(json_string_value(json_object_get(s, "severity")),
	    "acute_positive", "ASQ q5 yes is acute");
	ok(has_flag(s, "asq_positive") && has_flag(s, "asq_acute"),
	    "acute ASQ flags asq_positive and asq_acute");
	json_decref(s);
	s = score_ok("asq", asq("no", "decline", "no", "no", "no"));
	ok(has_flag(s, "asq_declined") && !has_flag(s, "asq_positive"),
	    "ASQ refusal flags asq_declined");
	is_str(json_string_value(json_object_get(s, "severity")),
	    "non_acute_positive", "ASQ refusal counts as positive");
	json_decref(s);
	s = score_ok("asq", asq("no", "no", "yes", "no", "decline"));
	is_str(json_string_value(json_object_get(s, "severity")),
	    "acute_positive", "ASQ q5 refused is treated as acute");
	json_decref(s);

	/* Bad answers. */
	ok(score_fails("asq", asq("yes", "no", "no", "no", NULL), "q5"),
	    "positive ASQ without q5 fails naming q5");
	ok(score_fails("asq", asq("no", "no", "no", "no", "yes"), "q5"),
	    "negative ASQ with q5 fails");
	ok(score_fails("asq", asq("maybe", "no", "no", "no", NULL), "q1"),
	    "ASQ answer other than yes/no/decline fails");
	s = answers_for(9, 3, 10, 0);
	json_object_del(s, "q4");
	ok(score_fails("phq9", s, "missing answer q4"), "missing item fails");
	s = answers_for(9, 3, 10, 0);
	json_object_set_new(s, "q2", json_integer(4));
	ok(score_fails("phq9", s, "0 to 3"), "item above range fails");
	s = answers_for(9, 3, 10, 0);
	json_object_set_new(s, "q2", json_integer(-1));
	ok(score_fails("phq9", s, "0 to 3"), "item below range fails");
	s = answers_for(9, 3, 10, 0);
	json_object_set_new(s, "q2", json_real(1.0));
	ok(score_fails("phq9", s, "whole number"), "real answer fails");
	ok(score_fails("phq9", json_array(), "object"), "non-object fails");
	ok(score_fails("thought-record", json_object(), "not a scored"),
	    "a worksheet is not scored");

	/* Tables used by charts and template checks. */
	ok(mh_instruments_bands("phq9", &bands, &max_total) == 5 &&
	    max_total == 27 && bands[4].lo == 20, "phq9 bands for charts");
	ok(mh_instruments_bands("asq", &bands, &max_total) == 0,
	    "asq has no bands");
	ok(mh_instruments_items("k6", &lo, &hi) == 6 && lo == 0 && hi == 4,
	    "k6 has six items 0-4");
	ok(!mh_instruments_known("checkin"), "checkin is not a questionnaire");
	return done();
}
