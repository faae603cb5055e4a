/* libFuzzer target for the NDJSON splitter (lib/ndjson.c) and the
 * Ollama stream handler.  The first byte picks a chunk size; the lines
 * must be the same whether the stream arrives whole or in chunks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "provider.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
collect(void *ctx, const char *line, size_t n)
{
	struct mh_buf *b = ctx;

	mh_buf_add(b, line, n);
	mh_buf_addc(b, 0);
	return 0;
}

static int
split(const char *s, size_t n, size_t step, struct mh_buf *out)
{
	struct mh_ndjson *p = mh_ndjson_new(1 << 16, collect, out);
	size_t i;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i += step)
		rc = mh_ndjson_feed(p, s + i, n - i < step ? n - i : step);
	if (rc == 0)
		rc = mh_ndjson_finish(p);
	mh_ndjson_free(p);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mh_buf whole = {0}, chunked = {0};
	struct mh_provider_stream *st;
	const char *s = (const char *)data + 1;
	size_t n, step, i;
	int a, b, rc = 0;

	if (size < 1)
		return 0;
	step = (size_t)(data[0] % 16) + 1;
	n = size - 1;
	a = split(s, n, n ? n : 1, &whole);
	b = split(s, n, step, &chunked);
	if (a == 0 && b == 0 &&
	    (whole.len != chunked.len ||
	        (whole.len && memcmp(whole.p, chunked.p, whole.len) != 0)))
		abort();
	mh_buf_free(&whole);
	mh_buf_free(&chunked);
	st = mh_provider_stream_new(&mh_provider_ollama, NULL, NULL);
	for (i = 0; i < n && rc == 0; i += step)
		rc = mh_provider_stream_feed(st, s + i,
		    n - i < step ? n - i : step);
	if (rc == 0)
		mh_provider_stream_finish(st);
	mh_provider_stream_free(st);
	return 0;
}
