/* Unit tests for lib/prompt: modes, the replacement file, and the
 * caution guidance chosen by the screen's categories. */
#include <string.h>

#include "cues.h"
#include "prompt.h"
#include "tap.h"

static char *
build(enum mh_prompt_mode m, const char *custom, const char *screen,
    struct mh_buf *b)
{
	json_t *s = screen ? json_loads(screen, 0, NULL) : NULL;

	mh_buf_reset(b);
	ok(mh_prompt_build(m, custom, custom ? strlen(custom) : 0, s, b) == 0,
	    "built");
	json_decref(s);
	return b->p;
}

int
main(void)
{
	struct mh_buf b = {0};
	enum mh_prompt_mode m;
	const char *p;

	ok(mh_prompt_mode_parse("review", &m) == 0 && m == MH_PROMPT_REVIEW,
	    "parse review");
	ok(mh_prompt_mode_parse("therapist", &m) == -1, "unknown mode");
	is_str(mh_prompt_mode_name(MH_PROMPT_LEARN), "learn", "mode name");

	p = build(MH_PROMPT_COACH, NULL, NULL, &b);
	ok(strstr(p, "not a therapist") != NULL, "role honesty");
	ok(strstr(p, "evidence") != NULL, "asks for evidence");
	ok(strstr(p, "thinking traps") != NULL, "names thinking traps");
	ok(strstr(p, "Never give information about methods") != NULL,
	    "no means");
	ok(strstr(p, "Do not confirm beliefs") != NULL, "no collusion");
	ok(strstr(p, "Mode: coaching") != NULL, "coach mode");
	ok(strstr(p, "Caution") == NULL, "no caution without a screen");

	p = build(MH_PROMPT_REVIEW, NULL, "{\"action\":\"continue\"}", &b);
	ok(strstr(p, "Mode: worksheet review") != NULL, "review mode");
	ok(strstr(p, "Caution") == NULL, "no caution on continue");

	p = build(MH_PROMPT_COACH, NULL,
	    "{\"risk\":\"moderate\",\"action\":\"caution\",\"categories\":["
	    "{\"name\":\"psychosis\"},{\"name\":\"means_seeking\"},"
	    "{\"name\":\"psychosis\"}]}",
	    &b);
	ok(strstr(p, "Caution: a screen") != NULL, "caution added");
	ok(strstr(p, "Possible psychosis") != NULL, "psychosis guidance");
	ok(strstr(p, "seeking means") != NULL, "means guidance");
	ok(strstr(strstr(p, "Possible psychosis") + 1,
	       "Possible psychosis") == NULL,
	    "each guidance once");
	ok(strstr(p, "Possible mania") == NULL, "no unrelated guidance");

	p = build(MH_PROMPT_COACH, "MY OWN PROMPT",
	    "{\"action\":\"caution\",\"categories\":[{\"name\":\"mania\"}]}",
	    &b);
	ok(strncmp(p, "MY OWN PROMPT\n\nCaution", 22) == 0,
	    "system file replaces the prompt, caution still appended");
	ok(strstr(p, "Possible mania") != NULL, "mania guidance");
	ok(strstr(p, "skills coach") == NULL, "built-in prompt replaced");
	/* every category the screen can name, but distress (context for
	 * the rest), has its guidance */
	for (int cat = 0; mh_cues_category_name(cat) != NULL; cat++) {
		char screen[200], name[120];
		const char *c = mh_cues_category_name(cat);

		if (strcmp(c, "distress") == 0)
			continue;
		snprintf(screen, sizeof screen,
		    "{\"action\":\"caution\",\"categories\":[{\"name\":\"%s\"}]}",
		    c);
		p = build(MH_PROMPT_COACH, NULL, screen, &b);
		snprintf(name, sizeof name, "guidance for %s", c);
		ok(strstr(p, "Caution: a screen") != NULL &&
		        strstr(strstr(p, "Caution: a screen"), "\n- ") != NULL,
		    name);
	}
	mh_buf_free(&b);
	return done();
}
