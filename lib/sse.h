/* sse: an incremental parser for server-sent events (text/event-stream),
 * following the WHATWG event-stream rules: lines end in CRLF, LF or a lone
 * CR (also when the two bytes of CRLF arrive in different chunks); a line
 * starting with ':' is a comment (keep-alive); "field: value" with one
 * optional space stripped; several data lines join with '\n'; a blank line
 * dispatches; an event without data is not dispatched; a UTF-8 BOM at the
 * start is skipped; at end of input a pending event is dispatched.
 *
 * Two extensions for LLM servers: an "error:" field (old llama.cpp builds)
 * dispatches an event named "error" carrying that value, and lines that
 * are not SSE at all (a raw JSON error body sent as text/event-stream by a
 * proxy) are collected and dispatched at the end as an event named "raw"
 * when nothing else was dispatched.  Input may arrive in chunks of any
 * size, one byte at a time included. */
#ifndef MH_SSE_H
#define MH_SSE_H

#include <stddef.h>

/* Called for every dispatched event.  event is the event type ("message"
 * when the stream named none), data the joined data lines (n bytes,
 * NUL-terminated); both are valid only during the call.  Return 0 to go
 * on, or non-zero to stop: the feed call then returns that value. */
typedef int (
    *mh_sse_event_fn)(void *ctx, const char *event, const char *data, size_t n);

struct mh_sse;

/* Create a parser calling on_event with ctx.  max is the most bytes one
 * event (its line plus its data so far) may hold; 0 means 4 MiB.  Returns
 * NULL on ENOMEM. */
struct mh_sse *mh_sse_new(size_t max, mh_sse_event_fn on_event, void *ctx);
void mh_sse_free(struct mh_sse *p);

/* Feed n bytes.  Returns 0; the callback's non-zero value when it stopped
 * the parse; or -1 with errno EMSGSIZE when an event grew beyond the
 * limit, or ENOMEM.  After a non-zero return the parser must not be fed
 * again. */
int mh_sse_feed(struct mh_sse *p, const char *buf, size_t n);

/* End of input: dispatch the pending event, if any, even without its
 * final blank line, then any collected non-SSE lines as "raw".  Returns as
 * mh_sse_feed. */
int mh_sse_finish(struct mh_sse *p);

/* The number of events dispatched so far (comments not counted). */
size_t mh_sse_count(const struct mh_sse *p);

#endif
