/* ask: the safety envelope around one mh-ask request (see mh-ask(1)).
 *
 * For each record: redact the text unless it already was (privacy fails
 * closed: text that could not be redacted is never sent or written);
 * screen it unless it carries a "screen"; on crisis send nothing and
 * answer with the crisis text; otherwise build the system prompt (with
 * the caution guidance the screen asks for), add the session's history,
 * and ask the provider (or the offline helper); check the reply against
 * the user's text before any of it is shown, withholding an unsafe reply
 * in favour of a safe fallback; restore placeholders locally; keep the
 * redacted turn in the session; and write the "reply" object.
 *
 * The guards (redaction, screening, reply checking, restoring) are hooks
 * so that the envelope is tested on its own and faults can be injected;
 * mh-ask wires them to redact.h, screen.h and reply_screen.h. */
#ifndef MH_ASK_H
#define MH_ASK_H

#include <stdio.h>
#include <jansson.h>

#include "http.h"
#include "jsonl.h"
#include "prompt.h"
#include "provider.h"
#include "resources.h"
#include "session.h"

/* Schema version of the "reply" object. */
#define MH_ASK_SCHEMA 1

struct mh_ask_guards {
	void *ctx;
	/* Redact rec's text field in place, adding "redact".  Returns 0, or
	 * -1 with a code and message (the record is then unchanged).  NULL:
	 * no redactor, so records not already redacted fail closed. */
	int (*redact)(void *ctx, struct mh_record *rec, const char *field,
	    const char **code, char *err, size_t errsize);
	/* Screen the user's text: a new "screen" object with an "action"
	 * ("continue", "caution", "crisis"), or NULL on ENOMEM.  NULL: no
	 * screener, so records not already screened fail closed. */
	json_t *(*screen)(void *ctx, const char *text, size_t n,
	    const char *conversation, const json_t *worksheet);
	/* Check a reply against the user's text and its screen: a new
	 * object describing the check (with "reasons"), with *blocked set
	 * when the reply must be withheld, or NULL on ENOMEM.  final is 0
	 * for the start of a reply still streaming (a checker may use it to
	 * explain itself; it must judge the text as a whole reply all the
	 * same).  NULL: no checker, so every model reply is withheld (fail
	 * closed). */
	json_t *(*check)(void *ctx, const char *user, size_t un,
	    const json_t *screen, const char *reply, size_t rn, int final,
	    int *blocked);
	/* Restore placeholders of s into out (reset first).  Returns the
	 * count or -1 with a message.  NULL: replies are left as they are. */
	long (*restore)(void *ctx, const char *s, size_t n, struct mh_buf *out,
	    char *err, size_t errsize);
};

struct mh_ask_opts {
	const struct mh_provider *provider; /* NULL: the offline helper */
	const char *url;                    /* the endpoint */
	const char *model;
	const char *key; /* API key or NULL; copied, and wiped on free */
	enum mh_prompt_mode mode;
	int mode_set;       /* else review for worksheet records */
	const char *system; /* --system-file contents, or NULL */
	size_t system_len;
	long max_tokens;
	int completion_tokens_field;
	struct mh_http_opts http;
	struct mh_session *session; /* or NULL; the caller owns it */
	size_t history;             /* most earlier messages sent; 0: 20 */
	const struct mh_resources
	    *resources;      /* for crisis texts; may be NULL */
	const char *country; /* two letters */
	const char *field;   /* the text field; NULL: "text" */
	int dry_run;   /* make each request but print it instead of sending */
	int no_redact; /* --no-redact: the user's explicit choice */
	FILE *live;    /* plain text as it passes the check, or NULL */
	struct mh_ask_guards guards;
};

struct mh_ask;

/* Create the envelope.  o's strings must outlive it, except the key,
 * which is copied.  Returns NULL on ENOMEM. */
struct mh_ask *mh_ask_new(const struct mh_ask_opts *o);
/* Free it and wipe the copy of the key. */
void mh_ask_free(struct mh_ask *a);

/* Answer one record, setting its "reply" (and "screen" and "redact"
 * when the envelope added them).  Returns 0, or -1 after setting an
 * error on the record (a record whose text could not be redacted loses
 * its text).  With live set, the reply text (or the error) also goes
 * there as plain text. */
int mh_ask_record(struct mh_ask *a, struct mh_record *rec);

/* Non-zero when some record failed because of the remote service (for
 * the exit status MH_EXIT_REMOTE). */
int mh_ask_remote_failed(const struct mh_ask *a);

#endif
