/* libFuzzer target for the reply screen (lib/reply_screen.c) and the
 * fallback text built from its concerns (lib/crisis.c).  The input is the
 * user's text, a NUL byte, then the reply (no NUL: the whole input is the
 * reply, judged without user text). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "reply_screen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *nul = memchr(s, '\0', size);
	const char *user = NULL, *reply = s;
	size_t ulen = 0, rlen = size;
	unsigned concerns = 0;
	int safe = -1;
	json_t *j;

	if (nul != NULL) {
		user = s;
		ulen = (size_t)(nul - s);
		reply = nul + 1;
		rlen = size - ulen - 1;
	}
	j = mh_reply_screen(user, ulen, reply, rlen, NULL, &safe, &concerns);
	if (j == NULL)
		abort(); /* only ENOMEM may fail */
	if (safe != json_is_true(json_object_get(j, "safe")))
		abort();
	if (!safe) {
		struct mh_buf b = {0};
		if (mh_crisis_fallback(concerns, user, ulen, NULL, "US", &b) !=
		    0)
			abort();
		mh_buf_free(&b);
	}
	json_decref(j);
	return 0;
}
