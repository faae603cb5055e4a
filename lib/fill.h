/* fill: filling in a worksheet on a terminal, one step at a time, with a
 * draft kept after every answer so that an interruption (Ctrl-C, a
 * closed terminal, SIGTERM, even SIGKILL) loses nothing and the next run
 * can resume.  Drafts live in $XDG_STATE_HOME/mh/drafts/NAME.json (0600,
 * directory 0700, replaced atomically); the caller removes one once the
 * result is safely kept.
 *
 * Like lib/cli, this module talks to the person: it reads the terminal
 * and writes prompts to the streams it is given; it never exits. */
#ifndef MH_FILL_H
#define MH_FILL_H

#include <stdio.h>
#include <jansson.h>

#include "worksheet.h"

struct mh_fill_opts {
	FILE *in;          /* the terminal */
	FILE *out;         /* prompts and help */
	const char *draft; /* draft path, or NULL for no draft */
	int resume;        /* 1 resume a draft, 0 start afresh, -1 ask */
	/* Called at once, before the next step is shown, after each answer
	 * while the answers so far call for crisis resources
	 * (mh_worksheet_alert); it decides whether anything new needs
	 * saying (e.g. an acute ASQ answer after a positive one). */
	void (*alert)(void *ctx, FILE *out, const json_t *answers);
	void *alert_ctx;
};

/* The draft path for worksheet name ("$XDG_STATE_HOME/mh/drafts/
 * NAME.json").  Caller frees; NULL on ENOMEM or without HOME. */
char *mh_fill_draft_path(const char *name);

/* Install handlers for SIGINT, SIGHUP and SIGTERM that make a pending
 * read return, so mh_fill_run can stop cleanly.  Returns 0 or -1. */
int mh_fill_signals(void);

/* Ask every item of ws in turn ('?' shows the skill's explanation; an
 * empty answer skips an optional step and is refused for a required
 * one; a bad value is explained and asked again).  On completion returns
 * 0 with the answers in *answers (a new reference) and the start time in
 * started (at least 40 bytes; a resumed draft keeps its own); the draft
 * stays until the caller has kept the result and removes it.  Returns the signal number when interrupted, or -2
 * at end of input (the draft is kept either way), or -1 with a message
 * in err (a draft that cannot be written: we refuse to go on without
 * one, rather than lose answers silently). */
int mh_fill_run(const struct mh_worksheet *ws, const struct mh_fill_opts *o,
    json_t **answers, char *started, size_t startedsize, char *err,
    size_t errsize);

#endif
