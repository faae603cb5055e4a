/* instruments: the scoring rules of the validated questionnaires that
 * mh-worksheet administers (PHQ-9, PHQ-2, GAD-7, GAD-2, WHO-5, ASQ, K6):
 * totals, published severity bands, safety flags and the questionnaire
 * that should follow.  Pure functions over jansson values; no I/O.
 *
 * Answers are a JSON object "q1".."qN".  Scaled instruments take integers
 * in the item range; the ASQ takes "yes", "no" or "decline" (a refusal,
 * which counts as positive), and "q5" (the acute question) only when
 * one of q1..q4 is positive. */
#ifndef MH_INSTRUMENTS_H
#define MH_INSTRUMENTS_H

#include <stddef.h>
#include <jansson.h>

/* One severity band: totals lo..hi (inclusive) are called label. */
struct mh_band {
	int lo;
	int hi;
	const char *label;
};

/* Non-zero when name is a scored questionnaire. */
int mh_instruments_known(const char *name);

/* The number of items of questionnaire name and their range (*min, *max
 * per item; for the ASQ 0 and 1 stand for no and yes), or 0 when name is
 * not a questionnaire.  Template validation uses this so a user's own
 * copy of a questionnaire cannot break its scoring. */
size_t mh_instruments_items(const char *name, int *min, int *max);

/* The severity bands of name on its total (for charts): the number of
 * bands, with *bands pointing at static storage, or 0 (no bands, e.g. the
 * ASQ, or not a questionnaire).  *max_total gets the highest total. */
size_t mh_instruments_bands(const char *name, const struct mh_band **bands,
    int *max_total);

/* Score answers for questionnaire name.  On success returns 0 and stores
 * in *scores a new object the caller must json_decref:
 *   {"total": N, "severity": "moderate", "flags": [...]}
 * plus "percent" for WHO-5 and "next" (the questionnaire to give next,
 * e.g. "phq9" after a positive PHQ-2, "asq" after PHQ-9 item 9 > 0).
 * Flags: phq9_item9, asq_positive, asq_acute, asq_declined.  Returns -1
 * with a message in err when an answer is missing, of the wrong type or
 * out of range (answers are normally validated against the template
 * first), or on ENOMEM; *scores is then NULL. */
int mh_instruments_score(const char *name, const json_t *answers,
    json_t **scores, char *err, size_t errsize);

#endif
