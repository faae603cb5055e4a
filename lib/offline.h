/* offline: the helper mh-ask uses when no model is configured.  It sends
 * nothing anywhere: it matches the message to an evidence-based skill
 * (grounding for panic, a thought record for harsh self-talk, behavioural
 * activation for low mood, a sleep diary, worry time, ...) and answers
 * with a short explanation and the mh-worksheet command that starts it,
 * clearly labelled as not AI.  Matching is by keywords, deterministic and
 * simple on purpose: it suggests, it does not understand. */
#ifndef MH_OFFLINE_H
#define MH_OFFLINE_H

#include <stddef.h>

#include <jansson.h>

#include "util.h"

/* The first line of every offline reply, so no one mistakes it for a
 * model's answer. */
#define MH_OFFLINE_LABEL \
	"[mh offline helper: not AI; nothing was sent anywhere]"

struct mh_offline_skill {
	const char *worksheet; /* mh-worksheet name, e.g. "thought-record" */
	const char *title;     /* "a thought record" */
	const char *heard;     /* what the message seems to be about */
	const char *why;       /* what the skill is and why it helps */
};

/* The skill that best matches n bytes of text (UTF-8, any case); the
 * general check-in when nothing matches.  Never NULL; static storage. */
const struct mh_offline_skill *mh_offline_match(const char *text, size_t n);

/* Append the offline reply for text to out: the label, what was heard,
 * the skill and why it helps, the command that starts it, and a pointer
 * to human support.  Returns the skill used, or NULL on ENOMEM. */
const struct mh_offline_skill *mh_offline_reply(const char *text, size_t n,
    struct mh_buf *out);

/* Append the offline reply for a completed mh-worksheet record (its
 * "worksheet" object) to out: the label, what was completed, what its
 * answers or scores show (a thought record's mood before and after, a
 * questionnaire's total and band, never as a diagnosis), a next step, and a
 * pointer to human support.  Nothing of the free-text answers is quoted.
 * Returns 0, -1 on ENOMEM, or 1 when worksheet is not a completed
 * worksheet object (the caller then uses mh_offline_reply). */
int mh_offline_review(const json_t *worksheet, struct mh_buf *out);

#endif
