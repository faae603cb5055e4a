/* ask_guards: the real guards for the mh-ask envelope (ask.h): the
 * redactor of redact.h, the screener of screen.h, the reply judge of
 * reply_screen.h, and the vault's restore. */
#ifndef MH_ASK_GUARDS_H
#define MH_ASK_GUARDS_H

#include "ask.h"
#include "redact.h"
#include "screen.h"

/* The modules behind the guards; the caller owns them. */
struct mh_ask_real_guards {
	struct mh_redactor *redactor; /* NULL: records must arrive redacted */
	struct mh_screener *screener; /* NULL: records must arrive screened */
};

/* Fill g so the envelope redacts with real->redactor (when redact is
 * set), screens with real->screener, judges every reply with
 * mh_reply_screen and, when restore is set, restores placeholders
 * through the redactor's vault.  g->ctx points at real, which must
 * outlive the envelope.  Cannot fail. */
void mh_ask_guards_wire(struct mh_ask_guards *g,
    struct mh_ask_real_guards *real, int redact, int restore);

#endif
