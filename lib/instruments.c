/* instruments: scoring of the validated questionnaires.  The bands are
 * those published with each instrument (see the reference in
 * shared/reference/instruments-and-worksheets.md, and mh-worksheet(1)). */
#include <stdio.h>
#include <string.h>

#include "instruments.h"

#define MAX_BANDS 5
#define MAX_NEXT 2

struct instrument {
	const char *name;
	int items;
	int min, max; /* per item */
	int max_total;
	size_t nbands;
	struct mh_band bands[MAX_BANDS];
};

/* clang-format off */
static const struct instrument table[] = {
	{"phq9", 9, 0, 3, 27, 5,
	    {{0, 4, "minimal"}, {5, 9, "mild"}, {10, 14, "moderate"},
		{15, 19, "moderately_severe"}, {20, 27, "severe"}}},
	{"phq2", 2, 0, 3, 6, 2, {{0, 2, "negative"}, {3, 6, "positive"}}},
	{"gad7", 7, 0, 3, 21, 4,
	    {{0, 4, "minimal"}, {5, 9, "mild"}, {10, 14, "moderate"},
		{15, 21, "severe"}}},
	{"gad2", 2, 0, 3, 6, 2, {{0, 2, "negative"}, {3, 6, "positive"}}},
	/* WHO-5 on the raw total: <= 7 is <= 28%, < 13 is <= 50%. */
	{"who5", 5, 0, 5, 25, 3,
	    {{0, 7, "likely_depression"}, {8, 12, "poor_wellbeing"},
		{13, 25, "adequate"}}},
	{"k6", 6, 0, 4, 24, 2,
	    {{0, 12, "below_cutoff"}, {13, 24, "probable_serious_distress"}}},
	/* The ASQ has no total in the published scoring; its "total" here
	 * counts the yes answers to questions 1-4. */
	{"asq", 5, 0, 1, 4, 0, {{0, 0, NULL}}},
};
/* clang-format on */

static const struct instrument *
find(const char *name)
{
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

int
mh_instruments_known(const char *name)
{
	return find(name) != NULL;
}

size_t
mh_instruments_items(const char *name, int *min, int *max)
{
	const struct instrument *in = find(name);

	if (in == NULL)
		return 0;
	*min = in->min;
	*max = in->max;
	return (size_t)in->items;
}

size_t
mh_instruments_bands(const char *name, const struct mh_band **bands,
    int *max_total)
{
	const struct instrument *in = find(name);

	if (in == NULL || in->nbands == 0)
		return 0;
	*bands = in->bands;
	*max_total = in->max_total;
	return in->nbands;
}

static const char *
band_of(const struct instrument *in, int total)
{
	size_t i;

	for (i = 0; i < in->nbands; i++)
		if (total >= in->bands[i].lo && total <= in->bands[i].hi)
			return in->bands[i].label;
	return NULL;
}

/* Read the integer answer q<k> into *v. */
static int
int_answer(const struct instrument *in, const json_t *answers, int k, int *v,
    char *err, size_t errsize)
{
	char id[16];
	json_t *a;
	json_int_t n;

	snprintf(id, sizeof(id), "q%d", k);
	a = json_object_get(answers, id);
	if (a == NULL) {
		snprintf(err, errsize, "%s: missing answer %s", in->name, id);
		return -1;
	}
	if (!json_is_integer(a)) {
		snprintf(err, errsize, "%s: %s must be a whole number",
		    in->name, id);
		return -1;
	}
	n = json_integer_value(a);
	if (n < in->min || n > in->max) {
		snprintf(err, errsize, "%s: %s must be %d to %d, not %lld",
		    in->name, id, in->min, in->max, (long long)n);
		return -1;
	}
	*v = (int)n;
	return 0;
}

/* ASQ answers: 1 yes, 0 no, -1 decline. */
static int
asq_answer(const json_t *answers, int k, int *v, int required, char *err,
    size_t errsize)
{
	char id[16];
	const char *s;

	snprintf(id, sizeof(id), "q%d", k);
	s = json_string_value(json_object_get(answers, id));
	if (s == NULL) {
		if (!required && json_object_get(answers, id) == NULL) {
			*v = 0;
			return 0;
		}
		snprintf(err, errsize,
		    "asq: %s must be \"yes\", \"no\" or "
		    "\"decline\"",
		    id);
		return -1;
	}
	if (strcmp(s, "yes") == 0)
		*v = 1;
	else if (strcmp(s, "no") == 0)
		*v = 0;
	else if (strcmp(s, "decline") == 0)
		*v = -1;
	else {
		snprintf(err, errsize,
		    "asq: %s must be \"yes\", \"no\" or "
		    "\"decline\"",
		    id);
		return -1;
	}
	return 0;
}

static int
score_asq(const json_t *answers, int *total, const char **severity,
    const char **flags, size_t *nflags, char *err, size_t errsize)
{
	int k, v, yes = 0, declined = 0;

	for (k = 1; k <= 4; k++) {
		if (asq_answer(answers, k, &v, 1, err, errsize) < 0)
			return -1;
		yes += v == 1;
		declined += v == -1;
	}
	*total = yes;
	if (yes)
		flags[(*nflags)++] = "asq_positive";
	if (declined)
		flags[(*nflags)++] = "asq_declined";
	if (!yes && !declined) {
		if (json_object_get(answers, "q5") != NULL) {
			snprintf(err, errsize,
			    "asq: q5 is asked only after "
			    "a yes (or no answer) to questions 1-4");
			return -1;
		}
		*severity = "negative";
		return 0;
	}
	if (asq_answer(answers, 5, &v, 1, err, errsize) < 0)
		return -1;
	/* A refusal of the acute question is treated as acute: fail safe. */
	if (v != 0) {
		*severity = "acute_positive";
		flags[(*nflags)++] = "asq_acute";
	} else
		*severity = "non_acute_positive";
	return 0;
}

int
mh_instruments_score(const char *name, const json_t *answers, json_t **scores,
    char *err, size_t errsize)
{
	const struct instrument *in = find(name);
	const char *flags[4], *next[MAX_NEXT], *severity = NULL;
	size_t nflags = 0, nnext = 0, i;
	int k, v, total = 0, lowitem = 0;
	json_t *o, *fa, *na;

	*scores = NULL;
	if (in == NULL) {
		snprintf(err, errsize, "%s: not a scored questionnaire",
		    name ? name : "(null)");
		return -1;
	}
	if (!json_is_object(answers)) {
		snprintf(err, errsize, "%s: answers must be an object", name);
		return -1;
	}
	if (strcmp(in->name, "asq") == 0) {
		if (score_asq(answers, &total, &severity, flags, &nflags, err,
		        errsize) < 0)
			return -1;
	} else {
		for (k = 1; k <= in->items; k++) {
			if (int_answer(in, answers, k, &v, err, errsize) < 0)
				return -1;
			total += v;
			if (v <= 1)
				lowitem = 1;
			if (k == 9 && strcmp(in->name, "phq9") == 0 && v > 0)
				flags[nflags++] = "phq9_item9";
		}
		severity = band_of(in, total);
	}
	/* What the reference's questionnaire flow says to give next. */
	if (strcmp(in->name, "phq2") == 0 && total >= 3)
		next[nnext++] = "phq9";
	else if (strcmp(in->name, "gad2") == 0 && total >= 3)
		next[nnext++] = "gad7";
	else if (strcmp(in->name, "who5") == 0 && (total < 13 || lowitem))
		next[nnext++] = "phq9";
	if ((strcmp(in->name, "who5") == 0 && total <= 7) ||
	    (strcmp(in->name, "k6") == 0 && total >= 13) || nflags > 0) {
		if (strcmp(in->name, "asq") != 0)
			next[nnext++] = "asq";
	}

	o = json_object();
	fa = json_array();
	na = json_array();
	if (o == NULL || fa == NULL || na == NULL)
		goto nomem;
	for (i = 0; i < nflags; i++)
		if (json_array_append_new(fa, json_string(flags[i])) < 0)
			goto nomem;
	for (i = 0; i < nnext; i++)
		if (json_array_append_new(na, json_string(next[i])) < 0)
			goto nomem;
	if (json_object_set_new(o, "total", json_integer(total)) < 0 ||
	    (strcmp(in->name, "who5") == 0 &&
	        json_object_set_new(o, "percent", json_integer(total * 4)) <
	            0) ||
	    json_object_set_new(o, "severity", json_string(severity)) < 0)
		goto nomem;
	/* json_object_set_new takes the reference even when it fails. */
	k = json_object_set_new(o, "flags", fa);
	fa = NULL;
	if (k < 0)
		goto nomem;
	if (nnext > 0) {
		k = json_object_set_new(o, "next", na);
		na = NULL;
		if (k < 0)
			goto nomem;
	} else
		json_decref(na);
	*scores = o;
	return 0;
nomem:
	json_decref(o);
	json_decref(fa);
	json_decref(na);
	snprintf(err, errsize, "%s: out of memory", name);
	return -1;
}
