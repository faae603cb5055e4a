/* ndjson: incremental newline-delimited JSON splitter; see ndjson.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "util.h"

#define NDJSON_MAX_DEFAULT ((size_t)4 << 20)

struct mh_ndjson {
	mh_ndjson_line_fn on_line;
	void *ctx;
	size_t max;
	size_t count;
	struct mh_buf line;
};

struct mh_ndjson *
mh_ndjson_new(size_t max, mh_ndjson_line_fn on_line, void *ctx)
{
	struct mh_ndjson *p = calloc(1, sizeof(*p));

	if (p == NULL)
		return NULL;
	p->on_line = on_line;
	p->ctx = ctx;
	p->max = max ? max : NDJSON_MAX_DEFAULT;
	return p;
}

void
mh_ndjson_free(struct mh_ndjson *p)
{
	if (p == NULL)
		return;
	mh_buf_free(&p->line);
	free(p);
}

size_t
mh_ndjson_count(const struct mh_ndjson *p)
{
	return p->count;
}

static int
emit(struct mh_ndjson *p)
{
	const char *s = p->line.p;
	size_t n = p->line.len, i;
	int rc = 0;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			break;
	if (i < n) {
		p->count++;
		p->line.p[n] = '\0';
		rc = p->on_line(p->ctx, s, n);
	}
	mh_buf_reset(&p->line);
	return rc;
}

int
mh_ndjson_feed(struct mh_ndjson *p, const char *buf, size_t n)
{
	while (n > 0) {
		const char *nl = memchr(buf, '\n', n);
		size_t k = nl ? (size_t)(nl - buf) : n;
		int rc;

		if (p->line.len + k > p->max) {
			errno = EMSGSIZE;
			return -1;
		}
		if (mh_buf_add(&p->line, buf, k) < 0)
			return -1;
		if (nl == NULL)
			break;
		if ((rc = emit(p)) != 0)
			return rc;
		buf += k + 1;
		n -= k + 1;
	}
	return 0;
}

int
mh_ndjson_finish(struct mh_ndjson *p)
{
	if (p->line.len == 0)
		return 0;
	return emit(p);
}
