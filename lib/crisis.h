/* crisis: what the tools say instead of a model's reply when someone may
 * be in crisis, and when a model's reply is withheld.
 *
 * The texts follow safe-messaging guidance (see safety.md section 3):
 * acknowledge without judgement, ask directly about safety, give the
 * crisis lines for the user's country with the emergency number first,
 * encourage human contact, offer hope, stay in the conversation, and never
 * name a method, a means, a place or an amount.  Psychosis gets gentle
 * reality-grounding that neither argues nor agrees; mania gets slowing
 * down; harm to others, abuse, danger and having taken too much of
 * something get emergency services first.  The wording is plain, short
 * and the project's own. */
#ifndef MH_CRISIS_H
#define MH_CRISIS_H

#include <stddef.h>
#include <jansson.h>

#include "resources.h"
#include "util.h"

/* What a crisis text responds to; a set of these bits. */
enum {
	MH_CONCERN_SUICIDE = 1 << 0, /* ideation, intent, plan, means-seeking */
	MH_CONCERN_SELF_HARM = 1 << 1, /* self-harm and hiding it */
	MH_CONCERN_OTHERS = 1 << 2,    /* thoughts of harming someone else */
	MH_CONCERN_ABUSE = 1 << 3,     /* abuse, being in danger from others */
	MH_CONCERN_OVERDOSE = 1 << 4,  /* has taken too much; substances */
	MH_CONCERN_EATING = 1 << 5,    /* eating-disorder restriction */
	MH_CONCERN_PSYCHOSIS = 1 << 6, /* delusions, hallucinations */
	MH_CONCERN_MANIA = 1 << 7,     /* mania: no sleep, grand plans */
	MH_CONCERN_OCD = 1 << 8,       /* compulsions that cause harm */
	MH_CONCERN_IMMINENT = 1 << 9,  /* risk is imminent: act now */
};

/* The concerns in a "screen" object (as mh_screen_text builds it): one bit
 * per category whose name the crisis texts know, matched by family so
 * that "suicidal_ideation", "intent_plan" and "means_seeking" all give
 * MH_CONCERN_SUICIDE (names containing suicid, intent, plan, means,
 * unalive; self_harm; harm_to_others, homicid, violence; abuse, danger,
 * domestic; overdose, substance, poison; eating, restrict; psychosis,
 * delusion, hallucination, voices; mania, manic; ocd, compuls), plus
 * MH_CONCERN_IMMINENT when "risk" is "imminent", and worksheet flags
 * (phq9_item9, asq_positive, asq_declined: suicide; asq_acute: suicide
 * and imminent) found in "flags" arrays of the object or its categories,
 * and the names in a "concerns" array (a reply judgement from
 * reply_screen.h).  NULL or an object without these gives 0.  Never
 * fails. */
unsigned mh_crisis_concerns(const json_t *screen);

/* Append the crisis response for concerns (a set of MH_CONCERN_* bits;
 * 0 is treated as MH_CONCERN_SUICIDE, the safest assumption for a record
 * already judged a crisis) to out.  text (len bytes, may be NULL) is the
 * user's message: it only picks which grounding sentence a psychosis
 * response uses (feeling dead, being followed, hearing voices) and is
 * never quoted.  res and cc give the crisis lines (res may be NULL, which
 * names no numbers but still points to emergency services and a
 * directory).  Returns 0, or -1 (ENOMEM; out may hold part of the text). */
int mh_crisis_text(unsigned concerns, const char *text, size_t len,
    const struct mh_resources *res, const char *cc, struct mh_buf *out);

/* Append one line (after a newline) naming the crisis line and the
 * emergency number for cc, or the international directory where the table
 * has neither for it, for an answer that was not flagged: the screen
 * misses much of what people write.  res may be NULL (no numbers named).
 * Returns 0, or -1 (ENOMEM). */
int mh_crisis_help_line(const struct mh_resources *res, const char *cc,
    struct mh_buf *out);

/* Append the text shown instead of a model reply that was withheld as
 * unsafe: a short honest note that the reply was held back, then, when
 * concerns is not 0, the matching crisis response as mh_crisis_text;
 * otherwise an invitation to go on and a pointer to human support.
 * Arguments and failure as mh_crisis_text. */
int mh_crisis_fallback(unsigned concerns, const char *text, size_t len,
    const struct mh_resources *res, const char *cc, struct mh_buf *out);

#endif
