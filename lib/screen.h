/* screen: recognise crisis in what a user wrote (see mh-screen(1)).
 *
 * A screener matches user text against a compiled-in phrase lexicon (one
 * pass over the tokens, no regular expressions), weighs each cue by its
 * context in the clause (negation, past tense, another person as the
 * subject, idioms, fiction and technical text), combines cues across the
 * turns of a conversation (distress in one turn and an innocent-looking
 * means question in a later one), and reads the scores of mh-worksheet
 * questionnaire records.  The result is the "screen" object of a record:
 *
 *   {"schema":1,"risk":"high","action":"crisis",
 *    "categories":[{"name":"means_seeking","risk":"high",
 *      "evidence":[{"start":27,"end":41,"cue":"bridges taller",
 *                   "context":["conversation"]}]}],
 *    "resources":{...}}
 *
 * Offsets are byte offsets into the decoded text (UTF-8), end exclusive.
 * "resources" is present only when the action is "crisis".
 *
 * The screener is deterministic and offline.  It is a guard, not a
 * clinician: it misses what its lexicon does not know. */
#ifndef MH_SCREEN_H
#define MH_SCREEN_H

#include <stddef.h>
#include <jansson.h>

#include "util.h"

/* The schema version written as screen.schema. */
#define MH_SCREEN_SCHEMA 1

/* Overall and per-category risk, in increasing order. */
enum mh_screen_risk {
	MH_RISK_NONE = 0,
	MH_RISK_LOW,
	MH_RISK_MODERATE,
	MH_RISK_HIGH,
	MH_RISK_IMMINENT,
};

/* What a downstream tool should do: carry on, carry on carefully (add
 * safety framing, do not give means), or answer with the crisis text and
 * resources instead of a model's reply. */
enum mh_screen_action {
	MH_ACTION_CONTINUE = 0, /* risk none or low */
	MH_ACTION_CAUTION,      /* risk moderate */
	MH_ACTION_CRISIS,       /* risk high or imminent */
};

struct mh_screen_opts {
	/* ISO 3166 alpha-2 country for crisis resources ("US", "GB"...);
	 * NULL means the configuration or locale, else the US default. */
	const char *country;
	/* Directory holding the data files; NULL means mh_datadir(). */
	const char *datadir;
	/* Most conversations remembered at once (least recently used are
	 * forgotten first); 0 means 4096. */
	size_t max_conversations;
	/* Leave out the second opinion (screen-model.tsv): the phrase
	 * rules alone, for comparing the two. */
	int no_model;
};

struct mh_screener;

/* Create a screener.  o may be NULL for the defaults; its strings are
 * copied.  Returns a screener the caller frees with mh_screen_free, or
 * NULL with a message in err (at least 160 bytes): out of memory, or the
 * crisis resources could not be loaded. */
struct mh_screener *mh_screen_new(const struct mh_screen_opts *o, char *err,
    size_t errsize);
/* Release a screener and every conversation it remembers.  NULL is
 * allowed. */
void mh_screen_free(struct mh_screener *s);

/* The second opinion's probability that text (len bytes of UTF-8) is a
 * crisis message, read as mh_screen_text reads it; its threshold in
 * *threshold.  -1 when the screener has no model (no_model). */
double mh_screen_model(struct mh_screener *s, const char *text, size_t len,
    double *threshold);

/* Screen one record's user text.  text (len bytes of UTF-8, may be NULL
 * when the record has no text) is matched; conversation names the
 * conversation the record belongs to (NULL means the whole stream is one
 * conversation), and its earlier turns inform this one, which in turn is
 * remembered for later ones; worksheet is the record's "worksheet" object
 * or NULL, screened from its scores.flags and answers.  On success returns
 * a new "screen" object (the caller owns the reference) and stores the
 * action in *action (action may be NULL).  Returns NULL on ENOMEM, with
 * errno set; the conversation state is then unchanged. */
json_t *mh_screen_text(struct mh_screener *s, const char *text, size_t len,
    const char *conversation, const json_t *worksheet,
    enum mh_screen_action *action);

/* As mh_screen_text, but append the screen object to out as compact JSON
 * text (the same object, byte for byte, that mh_screen_text decodes), for
 * a filter that writes it out without building a tree, and store the
 * overall risk in *risk (risk may be NULL).  Returns 0, or -1 (ENOMEM;
 * out is left as it was and the conversation is unchanged). */
int mh_screen_text_raw(struct mh_screener *s, const char *text, size_t len,
    const char *conversation, const json_t *worksheet, struct mh_buf *out,
    enum mh_screen_risk *risk);

/* Say that the next text mh_screen_text_raw() is given is clean, as a
 * reader says (jsonl.h): no byte from 0x80 and no underscore, so that it
 * is not looked at for characters to fold (fold.h).  For that one call
 * only. */
void mh_screen_next_clean(struct mh_screener *s);

struct mh_record;

/* The conversation a record belongs to, as mh_screen_text takes it: the
 * compact JSON of its "conversation" value, so that the string "1" and
 * the number 1, or two strings that differ after a \u0000, stay two
 * conversations.  Sets *key to NULL for the whole stream (no such
 * member) or to a string the caller frees.  Returns 0, or -1 (ENOMEM). */
int mh_screen_conversation(const struct mh_record *rec, char **key);

/* Forget one conversation (NULL: the whole-stream one), e.g. when a
 * session ends. */
void mh_screen_forget(struct mh_screener *s, const char *conversation);

/* The lower-case name of a risk ("none" ... "imminent") or an action
 * ("continue", "caution", "crisis").  Static strings. */
const char *mh_screen_risk_name(enum mh_screen_risk r);
const char *mh_screen_action_name(enum mh_screen_action a);
/* The risk a questionnaire's safety flag stands for ("phq9_item9" high,
 * "asq_acute" imminent...), or MH_RISK_NONE for a flag the screen does
 * not know. */
enum mh_screen_risk mh_screen_flag_risk(const char *flag);
/* Parse a risk name as above.  Returns 0 and stores it, or -1 (EINVAL). */
int mh_screen_risk_parse(const char *name, enum mh_screen_risk *out);
/* The risk of a screen object built by mh_screen_text (from its "risk"
 * member).  MH_RISK_NONE when absent or unknown. */
enum mh_screen_risk mh_screen_risk_of(const json_t *screen);

#endif
