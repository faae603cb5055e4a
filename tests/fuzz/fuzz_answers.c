/* libFuzzer target for the answers validator (lib/worksheet.c and
 * lib/instruments.c).  The first byte picks a shipped template; the rest
 * is parsed as answers, or typed into each item as a terminal answer.
 * Answers that pass the checks must score and summarise without error:
 * validation and scoring must agree. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "worksheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {"phq9", "asq", "who5", "k6", "sleep-diary",
    "checkin", "diary-card", "thought-record"};
#define N (sizeof(names) / sizeof(names[0]))
static struct mh_worksheet *ws[N];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512], *s;
	struct mh_worksheet *w;
	struct mh_buf text = {0};
	json_t *a, *r, *v;
	size_t i;

	if (size < 1)
		return 0;
	i = data[0] % N;
	if (ws[i] == NULL &&
	    (ws[i] = mh_worksheet_load(names[i], err, sizeof(err))) == NULL)
		abort(); /* the shipped templates must load */
	w = ws[i];
	a = mh_json_parse((const char *)data + 1, size - 1, err, sizeof(err));
	if (a != NULL && mh_worksheet_check(w, a, err, sizeof(err)) == 0) {
		r = mh_worksheet_result(w, a, "2026-11-22T09:00:00+01:00",
		    "2026-11-22T09:04:10+01:00", err, sizeof(err));
		if (r == NULL || mh_worksheet_text(w, r, &text) < 0)
			abort(); /* checked answers must score */
		(void)mh_worksheet_alert(w, a, json_object_get(r, "scores"));
		json_decref(r);
	}
	json_decref(a);
	/* The same bytes typed at every step of a terminal session. */
	if ((s = malloc(size)) == NULL)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	for (i = 0; i < mh_worksheet_count(w); i++) {
		v = mh_worksheet_value(mh_worksheet_item(w, i), s, err,
		    sizeof(err));
		if (v != NULL &&
		    mh_worksheet_check_value(mh_worksheet_item(w, i), v, err,
		        sizeof(err)) != 0)
			abort(); /* a typed value must pass the check */
		json_decref(v);
	}
	free(s);
	mh_buf_free(&text);
	return 0;
}
