/* libFuzzer target for the SSE parser (lib/sse.c) and the OpenAI and
 * Anthropic stream handlers behind it.  The first byte picks a chunk
 * size; the property checked beyond "no crash" is that the events are the
 * same whether the stream arrives whole or in those chunks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "provider.h"
#include "sse.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
collect(void *ctx, const char *event, const char *d, size_t n)
{
	struct mh_buf *b = ctx;

	mh_buf_adds(b, event);
	mh_buf_addc(b, 0);
	mh_buf_add(b, d, n);
	mh_buf_addc(b, 0);
	return 0;
}

static int
parse(const char *s, size_t n, size_t step, struct mh_buf *out)
{
	struct mh_sse *p = mh_sse_new(1 << 16, collect, out);
	size_t i;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i += step)
		rc = mh_sse_feed(p, s + i, n - i < step ? n - i : step);
	if (rc == 0)
		rc = mh_sse_finish(p);
	mh_sse_free(p);
	return rc;
}

static void
stream(const struct mh_provider *pv, const char *s, size_t n, size_t step)
{
	struct mh_provider_stream *st = mh_provider_stream_new(pv, NULL, NULL);
	size_t i;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i += step)
		rc = mh_provider_stream_feed(st, s + i,
		    n - i < step ? n - i : step);
	if (rc == 0)
		mh_provider_stream_finish(st);
	mh_provider_stream_free(st);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mh_buf whole = {0}, chunked = {0};
	const char *s = (const char *)data + 1;
	size_t n, step;
	int a, b;

	if (size < 1)
		return 0;
	step = (size_t)(data[0] % 16) + 1;
	n = size - 1;
	a = parse(s, n, n ? n : 1, &whole);
	b = parse(s, n, step, &chunked);
	/* Chunking must not change the events (unless the size limit hit,
	 * which depends on how much was buffered when). */
	if (a == 0 && b == 0 &&
	    (whole.len != chunked.len ||
	        (whole.len && memcmp(whole.p, chunked.p, whole.len) != 0)))
		abort();
	mh_buf_free(&whole);
	mh_buf_free(&chunked);
	stream(&mh_provider_openai, s, n, step);
	stream(&mh_provider_anthropic, s, n, step);
	return 0;
}
