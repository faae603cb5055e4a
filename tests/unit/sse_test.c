/* Unit tests for lib/sse: every chunking gives the same events. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sse.h"
#include "tap.h"
#include "util.h"

static int
collect(void *ctx, const char *event, const char *data, size_t n)
{
	struct mh_buf *b = ctx;

	mh_buf_addf(b, "%s|", event);
	mh_buf_add(b, data, n);
	mh_buf_addc(b, '\n');
	return 0;
}

/* Parse s fed in chunks of size step (0: all at once) and return the
 * events as "type|data" lines (caller frees). */
static char *
parse(const char *s, size_t n, size_t step, int *rc)
{
	struct mh_buf b = {0};
	struct mh_sse *p = mh_sse_new(0, collect, &b);
	size_t i;

	*rc = 0;
	if (step == 0)
		step = n ? n : 1;
	for (i = 0; i < n && *rc == 0; i += step)
		*rc = mh_sse_feed(p, s + i, n - i < step ? n - i : step);
	if (*rc == 0)
		*rc = mh_sse_finish(p);
	mh_sse_free(p);
	mh_buf_addc(&b, 0);
	return b.p;
}

static void
check(const char *name, const char *in, const char *want)
{
	static const size_t steps[] = {0, 1, 2, 3, 7};
	size_t i, n = strlen(in);
	char label[200];

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		int rc;
		char *got = parse(in, n, steps[i], &rc);

		snprintf(label, sizeof(label), "%s (chunks of %zu)", name,
		    steps[i]);
		if (rc != 0)
			ok(0, label);
		else
			is_str(got, want, label);
		free(got);
	}
}

static int
stop_at_second(void *ctx, const char *event, const char *data, size_t n)
{
	int *seen = ctx;

	(void)event;
	(void)data;
	(void)n;
	return ++*seen == 2 ? 7 : 0;
}

int
main(void)
{
	check("two unnamed events",
	    "data: {\"a\":1}\n\ndata: [DONE]\n\n",
	    "message|{\"a\":1}\nmessage|[DONE]\n");
	check("CRLF line ends",
	    "data: one\r\n\r\ndata: two\r\n\r\n", "message|one\nmessage|two\n");
	check("lone CR line ends", "data: one\r\rdata: two\r\r",
	    "message|one\nmessage|two\n");
	check("comments and keep-alives are skipped",
	    ": ping\n\ndata: x\n: OPENROUTER PROCESSING\n\n:\n\n",
	    "message|x\n");
	check("multi-line data joins with newline",
	    "data: line one\ndata:line two\ndata\n\n",
	    "message|line one\nline two\n\n");
	check("named events and unknown fields",
	    "event: message_start\nid: 3\nretry: 10\nfoo: bar\ndata: {}\n\n"
	    "event: ping\ndata: {\"type\":\"ping\"}\n\n",
	    "message_start|{}\nping|{\"type\":\"ping\"}\n");
	check("event without data is not dispatched",
	    "event: lonely\n\ndata: after\n\n", "message|after\n");
	check("event type resets after dispatch",
	    "event: a\ndata: 1\n\ndata: 2\n\n", "a|1\nmessage|2\n");
	check("[DONE] without final blank line",
	    "data: x\n\ndata: [DONE]", "message|x\nmessage|[DONE]\n");
	check("UTF-8 BOM skipped", "\xef\xbb\xbf" "data: bom\n\n",
	    "message|bom\n");
	check("multi-byte UTF-8 split survives",
	    "data: caf\xc3\xa9 \xe2\x9c\x93\n\n",
	    "message|caf\xc3\xa9 \xe2\x9c\x93\n");
	check("legacy error field dispatches an error event",
	    "data: {\"a\":1}\n\nerror: {\"message\":\"boom\"}\n\n"
	    "data: [DONE]\n\n",
	    "message|{\"a\":1}\nerror|{\"message\":\"boom\"}\n"
	    "message|[DONE]\n");
	check("raw JSON body in an SSE response",
	    "{\"error\": {\n  \"message\": \"bad gateway\"\n}}\n",
	    "raw|{\"error\": {\n  \"message\": \"bad gateway\"\n}}\n\n");
	check("raw lines ignored when real events came",
	    "{junk}\ndata: ok\n\n", "message|ok\n");
	check("empty input", "", "");
	check("space after colon stripped once", "data:  two\n\n",
	    "message| two\n");

	{
		/* A server that never ends a line hits the limit. */
		struct mh_buf b = {0};
		struct mh_sse *p = mh_sse_new(64, collect, &b);
		char big[100];
		int rc;

		memset(big, 'x', sizeof(big));
		rc = mh_sse_feed(p, "data: ", 6);
		if (rc == 0)
			rc = mh_sse_feed(p, big, sizeof(big));
		ok(rc == -1 && errno == EMSGSIZE, "over-long event refused");
		mh_sse_free(p);
		mh_buf_free(&b);
	}
	{
		int seen = 0;
		struct mh_sse *p = mh_sse_new(0, stop_at_second, &seen);
		const char *s = "data: 1\n\ndata: 2\n\ndata: 3\n\n";

		is_int(mh_sse_feed(p, s, strlen(s)), 7,
		    "callback value stops the parse");
		is_int(seen, 2, "no event after the stop");
		is_int(mh_sse_count(p), 2, "count");
		mh_sse_free(p);
	}
	return done();
}
