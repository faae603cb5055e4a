/* prompt: the system prompt mh-ask sends, built in and versioned (see
 * MH_PROMPT_VERSION), or replaced by the user's own text; either way the
 * guidance for what mh-screen flagged is appended, and the prompt is
 * never truncated: a request that cannot carry it whole is not sent. */
#ifndef MH_PROMPT_H
#define MH_PROMPT_H

#include <stddef.h>
#include <jansson.h>

#include "util.h"

/* Bumped whenever the built-in wording changes; sent in every reply
 * record so results can be compared across versions. */
#define MH_PROMPT_VERSION 1

enum mh_prompt_mode {
	MH_PROMPT_COACH = 0, /* skills coaching (default) */
	MH_PROMPT_REVIEW,    /* reviewing a completed mh-worksheet record */
	MH_PROMPT_LEARN,     /* psychoeducation: explaining, not coaching */
};

/* Parse "coach", "review" or "learn".  Returns 0, or -1 (EINVAL). */
int mh_prompt_mode_parse(const char *name, enum mh_prompt_mode *out);
/* The name of a mode; static. */
const char *mh_prompt_mode_name(enum mh_prompt_mode m);

/* Append the system prompt to out: custom (custom_len bytes, the
 * contents of --system-file) when not NULL, else the built-in prompt for
 * mode; then, when screen (an mh-screen "screen" object, may be NULL)
 * asks for caution, the guidance for each of its categories.  Returns 0
 * or -1 (ENOMEM). */
int mh_prompt_build(enum mh_prompt_mode mode, const char *custom,
    size_t custom_len, const json_t *screen, struct mh_buf *out);

#endif
