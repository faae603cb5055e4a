/* libFuzzer target for the text screen: the tokeniser, both tries, the
 * context rules and the conversation memory, on arbitrary bytes.  The
 * first byte picks a conversation (or the whole stream) so that turns
 * interact; the screen object must always name a known risk. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "screen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mh_screener *s;
	static const char *const convs[] = {"a", "b", "c"};
	struct mh_token tok[MH_LEXICON_MAX_SENTENCE];
	enum mh_screen_risk r;
	enum mh_screen_action act;
	const char *conv = NULL;
	size_t pos = 0, n, i;
	json_t *j;
	char err[256];

	if (s == NULL) {
		struct mh_screen_opts o = {0};

		o.max_conversations = 2; /* exercise eviction */
		if ((s = mh_screen_new(&o, err, sizeof err)) == NULL)
			abort();
	}
	if (size > 0 && data[0] < 3 * 16) {
		conv = convs[data[0] % 3];
		data++;
		size--;
	}
	/* tokens must lie inside the text */
	while (
	    (n = mh_lexicon_sentence((const char *)data, size, &pos, tok)) > 0)
		for (i = 0; i < n; i++)
			if (tok[i].start + tok[i].len > size || tok[i].len == 0)
				abort();
	j = mh_screen_text(s, (const char *)data, size, conv, NULL, &act);
	if (j == NULL)
		abort();
	r = mh_screen_risk_of(j);
	if (strcmp(json_string_value(json_object_get(j, "risk")),
	        mh_screen_risk_name(r)) != 0)
		abort();
	if ((act == MH_ACTION_CRISIS) != (r >= MH_RISK_HIGH))
		abort();
	json_decref(j);
	return 0;
}
