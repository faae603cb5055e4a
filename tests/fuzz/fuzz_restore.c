/* libFuzzer target for restoring placeholders (lib/redact.c).
 *
 * A redactor whose map knows a few values restores arbitrary text: it
 * must never crash or read outside the input, must return a count no
 * larger than the number of bracket or letter positions, and text
 * without any placeholder must come back unchanged. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct mh_redactor *r;
static struct mh_buf out, tmp;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char err[256];
	long n;

	if (r == NULL) {
		struct mh_redact_opts o = {0};
		const char *seed = "Maya Okafor 555-201-3344 a@b.org "
		                   "24 Clarke Avenue 03/14/2024";
		if ((r = mh_redact_new(&o, err, sizeof(err))) == NULL ||
		    mh_redact_text(r, seed, strlen(seed), &tmp, NULL, err,
		        sizeof(err)) < 0)
			abort();
	}
	n = mh_redact_restore(r, s, size, &out, err, sizeof(err));
	if (n < 0 || (size_t)n > size)
		abort();
	if (n == 0 && (out.len != size || (size && memcmp(out.p, s, size))))
		abort();
	return 0;
}
