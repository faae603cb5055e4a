/* Unit tests for lib/ndjson: lines survive any chunking. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "tap.h"
#include "util.h"

static int
collect(void *ctx, const char *line, size_t n)
{
	struct mh_buf *b = ctx;

	ok(line[n] == '\0', "line is NUL-terminated");
	mh_buf_add(b, line, n);
	mh_buf_addc(b, '|');
	return 0;
}

static void
check(const char *name, const char *in, const char *want)
{
	static const size_t steps[] = {0, 1, 2, 5};
	size_t i, j, n = strlen(in);
	char label[200];

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		struct mh_buf b = {0};
		struct mh_ndjson *p = mh_ndjson_new(0, collect, &b);
		size_t step = steps[i] ? steps[i] : (n ? n : 1);
		int rc = 0;

		for (j = 0; j < n && rc == 0; j += step)
			rc = mh_ndjson_feed(p, in + j,
			    n - j < step ? n - j : step);
		if (rc == 0)
			rc = mh_ndjson_finish(p);
		mh_buf_addc(&b, 0);
		snprintf(label, sizeof(label), "%s (chunks of %zu)", name,
		    steps[i]);
		is_str(rc == 0 ? b.p : "error", want, label);
		mh_ndjson_free(p);
		mh_buf_free(&b);
	}
}

int
main(void)
{
	check("two lines", "{\"a\":1}\n{\"b\":2}\n", "{\"a\":1}|{\"b\":2}|");
	check("CRLF", "{\"a\":1}\r\n{\"b\":2}\r\n", "{\"a\":1}|{\"b\":2}|");
	check("blank lines skipped", "\n{\"a\":1}\n\n  \r\n{\"b\":2}\n",
	    "{\"a\":1}|{\"b\":2}|");
	check("last line without newline", "{\"a\":1}\n{\"done\":true}",
	    "{\"a\":1}|{\"done\":true}|");
	check("UTF-8 split", "{\"t\":\"\xc3\xa9\xe2\x9c\x93\"}\n",
	    "{\"t\":\"\xc3\xa9\xe2\x9c\x93\"}|");
	check("empty", "", "");
	{
		struct mh_buf b = {0};
		struct mh_ndjson *p = mh_ndjson_new(8, collect, &b);

		ok(mh_ndjson_feed(p, "0123456789", 10) == -1 &&
		    errno == EMSGSIZE, "over-long line refused");
		mh_ndjson_free(p);
		mh_buf_free(&b);
	}
	return done();
}
