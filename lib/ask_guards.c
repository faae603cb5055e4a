/* ask_guards: wiring the envelope to the real guards; see ask_guards.h. */
#include <string.h>

#include "ask_guards.h"
#include "reply_screen.h"

static int
g_redact(void *ctx, struct mh_record *rec, const char *field, const char **code,
    char *err, size_t errsize)
{
	return mh_redact_record(((struct mh_ask_real_guards *)ctx)->redactor,
	    rec, field, code, err, errsize);
}

static json_t *
g_screen(void *ctx, const char *text, size_t n, const char *conversation,
    const json_t *worksheet)
{
	return mh_screen_text(((struct mh_ask_real_guards *)ctx)->screener,
	    text, n, conversation, worksheet, NULL);
}

static json_t *
g_check(void *ctx, const char *user, size_t un, const json_t *screen,
    const char *reply, size_t rn, int final, int *blocked)
{
	json_t *v;
	int safe = 0;

	(void)ctx;
	(void) final; /* a start is judged as if it were the whole reply */
	v = mh_reply_screen(user, un, reply, rn, screen, &safe, NULL);
	*blocked = !safe;
	return v;
}

static long
g_restore(void *ctx, const char *s, size_t n, struct mh_buf *out, char *err,
    size_t errsize)
{
	return mh_redact_restore(((struct mh_ask_real_guards *)ctx)->redactor,
	    s, n, out, err, errsize);
}

void
mh_ask_guards_wire(struct mh_ask_guards *g, struct mh_ask_real_guards *real,
    int redact, int restore)
{
	memset(g, 0, sizeof(*g));
	g->ctx = real;
	g->redact = redact && real->redactor ? g_redact : NULL;
	g->screen = real->screener ? g_screen : NULL;
	g->check = g_check;
	g->restore = restore && real->redactor ? g_restore : NULL;
}
