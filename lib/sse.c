/* sse: incremental text/event-stream parser; see sse.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sse.h"
#include "util.h"

#define SSE_MAX_DEFAULT ((size_t)4 << 20)

struct mh_sse {
	mh_sse_event_fn on_event;
	void *ctx;
	size_t max;
	struct mh_buf line;  /* the current line, without its ending */
	struct mh_buf data;  /* data lines of the pending event */
	struct mh_buf event; /* the pending event's type */
	struct mh_buf error; /* an "error:" field of the pending event */
	struct mh_buf raw;   /* lines that are not SSE at all */
	size_t count;
	int has_data;
	int has_error;
	int after_cr; /* the last byte was CR: swallow one LF */
	int started;  /* past a possible BOM */
};

struct mh_sse *
mh_sse_new(size_t max, mh_sse_event_fn on_event, void *ctx)
{
	struct mh_sse *p = calloc(1, sizeof(*p));

	if (p == NULL)
		return NULL;
	p->on_event = on_event;
	p->ctx = ctx;
	p->max = max ? max : SSE_MAX_DEFAULT;
	return p;
}

void
mh_sse_free(struct mh_sse *p)
{
	if (p == NULL)
		return;
	mh_buf_free(&p->line);
	mh_buf_free(&p->data);
	mh_buf_free(&p->event);
	mh_buf_free(&p->error);
	mh_buf_free(&p->raw);
	free(p);
}

size_t
mh_sse_count(const struct mh_sse *p)
{
	return p->count;
}

static void
reset_event(struct mh_sse *p)
{
	mh_buf_reset(&p->data);
	mh_buf_reset(&p->event);
	mh_buf_reset(&p->error);
	p->has_data = 0;
	p->has_error = 0;
}

static int
dispatch(struct mh_sse *p)
{
	int rc = 0;

	if (p->has_error) {
		p->count++;
		rc = p->on_event(p->ctx, "error", p->error.p ? p->error.p : "",
		    p->error.len);
	} else if (p->has_data) {
		const char *type = p->event.len ? p->event.p : "message";

		p->count++;
		rc = p->on_event(p->ctx, type, p->data.p ? p->data.p : "",
		    p->data.len);
	}
	reset_event(p);
	return rc;
}

/* Append a field value, joining repeated fields with '\n'. */
static int
add_value(struct mh_buf *b, int *seen, const char *v, size_t n)
{
	if (*seen && mh_buf_addc(b, '\n') < 0)
		return -1;
	*seen = 1;
	if (mh_buf_add(b, v, n) < 0)
		return -1;
	return 0;
}

static int
process_line(struct mh_sse *p)
{
	const char *s = p->line.p ? p->line.p : "";
	size_t n = p->line.len, name_len;
	const char *colon, *v;
	size_t vn;
	int rc = 0;

	if (n == 0)
		return dispatch(p);
	if (s[0] == ':')
		goto out; /* a comment: keep-alive */
	colon = memchr(s, ':', n);
	name_len = colon ? (size_t)(colon - s) : n;
	v = colon ? colon + 1 : s + n;
	vn = colon ? n - name_len - 1 : 0;
	if (vn > 0 && v[0] == ' ') {
		v++;
		vn--;
	}
	if (name_len == 4 && memcmp(s, "data", 4) == 0) {
		rc = add_value(&p->data, &p->has_data, v, vn);
	} else if (name_len == 5 && memcmp(s, "event", 5) == 0) {
		mh_buf_reset(&p->event);
		rc = mh_buf_add(&p->event, v, vn);
	} else if (name_len == 5 && memcmp(s, "error", 5) == 0) {
		rc = add_value(&p->error, &p->has_error, v, vn);
	} else if ((name_len == 2 && memcmp(s, "id", 2) == 0) ||
	    (name_len == 5 && memcmp(s, "retry", 5) == 0)) {
		/* Valid fields mh-ask has no use for. */
	} else if (s[0] == '{' || s[0] == '}' || s[0] == '[' || s[0] == ']' ||
	    s[0] == ' ' || s[0] == '\t' || s[0] == '"') {
		/* Not SSE: perhaps a raw JSON error body.  Keep it, within
		 * the limit, in case nothing else arrives. */
		if (p->raw.len + n + 1 <= p->max &&
		    (mh_buf_add(&p->raw, s, n) < 0 ||
		        mh_buf_addc(&p->raw, '\n') < 0))
			rc = -1;
	}
	/* Other field names are ignored, as the standard says. */
out:
	mh_buf_reset(&p->line);
	return rc;
}

int
mh_sse_feed(struct mh_sse *p, const char *buf, size_t n)
{
	size_t i = 0;
	int rc;

	if (!p->started && n > 0) {
		/* Skip a UTF-8 BOM, which may itself arrive split. */
		static const unsigned char bom[3] = {0xef, 0xbb, 0xbf};

		while (i < n && p->line.len + i < 3 &&
		    (unsigned char)buf[i] == bom[p->line.len + i])
			i++;
		if (p->line.len + i == 3) {
			mh_buf_reset(&p->line);
			p->started = 1;
		} else if (i == n) {
			/* Still a BOM prefix; keep it for now. */
			if (mh_buf_add(&p->line, buf, n) < 0)
				return -1;
			return 0;
		} else {
			p->started = 1;
			i = 0; /* not a BOM: the kept bytes are line bytes */
		}
	}
	while (i < n) {
		const char *start = buf + i;
		size_t k = 0;

		if (p->after_cr) {
			p->after_cr = 0;
			if (buf[i] == '\n') {
				i++;
				continue;
			}
		}
		while (i + k < n && start[k] != '\n' && start[k] != '\r')
			k++;
		if (k > 0) {
			if (p->line.len + p->data.len + k > p->max) {
				errno = EMSGSIZE;
				return -1;
			}
			if (mh_buf_add(&p->line, start, k) < 0)
				return -1;
			i += k;
		}
		if (i == n)
			break;
		p->after_cr = buf[i] == '\r';
		i++;
		if ((rc = process_line(p)) != 0)
			return rc;
	}
	return 0;
}

int
mh_sse_finish(struct mh_sse *p)
{
	int rc;

	if (p->line.len > 0 && (rc = process_line(p)) != 0)
		return rc;
	if ((rc = dispatch(p)) != 0)
		return rc;
	if (p->count == 0 && p->raw.len > 0) {
		p->count++;
		rc = p->on_event(p->ctx, "raw", p->raw.p, p->raw.len);
		mh_buf_reset(&p->raw);
	}
	return rc;
}
