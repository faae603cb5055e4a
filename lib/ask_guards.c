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

/* Does a reason rest on something the reply said (evidence in the
 * reply), rather than on something it has not said yet? */
static int
said(const json_t *reason)
{
	const json_t *e;
	size_t i;

	json_array_foreach(json_object_get(reason, "evidence"), i, e)
	{
		const char *in = json_string_value(json_object_get(e, "in"));

		if (in && strcmp(in, "reply") == 0)
			return 1;
	}
	return 0;
}

static json_t *
g_check(void *ctx, const char *user, size_t un, const json_t *screen,
    const char *reply, size_t rn, int final, int *blocked)
{
	const json_t *r;
	json_t *v;
	size_t i;
	int safe = 0;

	(void)ctx;
	v = mh_reply_screen(user, un, reply, rn, screen, &safe, NULL);
	*blocked = !safe;
	if (v && !safe && !final) {
		*blocked = 0;
		json_array_foreach(
		    json_object_get(v, "reasons"), i, r) *blocked |= said(r);
	}
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
