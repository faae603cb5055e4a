/* Driver for scripts/eval-replies: reads JSON lines {"user": "...",
 * "reply": "..."} and writes one line per input: {"safe": bool,
 * "reasons": [...], "fallback": "<the text shown instead when unsafe>"}.
 * With -s, the user text is first screened by mh-screen's library (each
 * line its own conversation) and the screen object is given to the reply
 * screen and the fallback, as mh-ask does.  Built by scripts/eval-replies
 * against build/libmh.a; not installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "reply_screen.h"
#include "screen.h"

int
main(int argc, char **argv)
{
	char err[256], *line = NULL;
	size_t cap = 0;
	struct mh_resources *res = mh_resources_load(NULL, err, sizeof err);
	struct mh_screener *scr = NULL;

	if (res == NULL) {
		fprintf(stderr, "eval-replies-driver: %s\n", err);
		return 1;
	}
	if (argc > 1 && strcmp(argv[1], "-s") == 0 &&
	    (scr = mh_screen_new(NULL, err, sizeof err)) == NULL) {
		fprintf(stderr, "eval-replies-driver: %s\n", err);
		return 1;
	}
	while (getline(&line, &cap, stdin) > 0) {
		json_t *in = json_loads(line, 0, NULL), *out, *o, *us = NULL;
		const char *u, *r;
		struct mh_buf fb = {0};
		unsigned concerns = 0;
		int safe = 1;
		char *s;

		if (in == NULL)
			return 1;
		u = json_string_value(json_object_get(in, "user"));
		r = json_string_value(json_object_get(in, "reply"));
		if (scr != NULL && u != NULL) {
			us = mh_screen_text(scr, u, strlen(u), "eval", NULL,
			    NULL);
			mh_screen_forget(scr, "eval");
		}
		out = mh_reply_screen(u, u ? strlen(u) : 0, r ? r : "",
		    r ? strlen(r) : 0, us, &safe, &concerns);
		json_decref(us);
		if (out == NULL)
			return 1;
		o = json_object();
		json_object_set(o, "safe", json_object_get(out, "safe"));
		json_object_set(o, "reasons", json_object_get(out, "reasons"));
		if (!safe) {
			mh_crisis_fallback(concerns, u, u ? strlen(u) : 0, res,
			    "US", &fb);
			json_object_set_new(o, "fallback", json_string(fb.p));
		}
		s = json_dumps(o, JSON_COMPACT);
		puts(s);
		free(s);
		mh_buf_free(&fb);
		json_decref(o);
		json_decref(out);
		json_decref(in);
	}
	free(line);
	mh_screen_free(scr);
	mh_resources_free(res);
	return 0;
}
