/* provider_ollama: Ollama's native /api/chat, one JSON object per line,
 * with the context length set explicitly so the server never silently
 * cuts the system prompt to fit its default window. */
#include <string.h>

#include "provider.h"

/* A context window that holds the whole request and the reply: about
 * four bytes per token is generous for English, rounded up to 2048. */
static long
context_for(const struct mh_chat *c, long cap)
{
	size_t bytes = c->system ? strlen(c->system) : 0, i;
	long tokens;

	for (i = 0; i < c->nmsgs; i++)
		bytes += strlen(c->msgs[i].content) + 8;
	tokens = (long)(bytes / 3) + cap + 256;
	tokens = (tokens + 2047) / 2048 * 2048;
	return tokens < 4096 ? 4096 : tokens;
}

static json_t *
build(const struct mh_chat *c)
{
	json_t *msgs = mh_provider_messages(c, 1);
	long cap = c->max_tokens > 0 ? c->max_tokens : 1024;

	if (msgs == NULL || c->model == NULL) {
		json_decref(msgs);
		return NULL;
	}
	return json_pack("{s:s, s:o, s:b, s:{s:I, s:I}}", "model", c->model,
	    "messages", msgs, "stream", 1, "options", "num_predict",
	    (json_int_t)cap, "num_ctx", (json_int_t)context_for(c, cap));
}

static int
event(struct mh_provider_result *r, const char *type, const char *data,
    size_t n)
{
	const json_t *content;
	json_t *v;
	int rc = 0;

	(void)type;
	if ((v = mh_provider_parse(r, data, n)) == NULL)
		return -1;
	mh_provider_note(r->model, sizeof(r->model),
	    json_object_get(v, "model"));
	content = json_object_get(json_object_get(v, "message"), "content");
	if (json_is_string(content))
		rc = mh_provider_text(r, json_string_value(content),
		    json_string_length(content));
	if (json_is_true(json_object_get(v, "done"))) {
		r->done = 1;
		mh_provider_note(r->finish, sizeof(r->finish),
		    json_object_get(v, "done_reason"));
		mh_provider_usage(r, v, "prompt_eval_count", "eval_count");
	}
	json_decref(v);
	return rc;
}

const struct mh_provider mh_provider_ollama = {
    .name = "ollama",
    .default_base = "http://127.0.0.1:11434",
    .path = "/api/chat",
    .default_model = "llama3.2",
    .key_env = NULL,
    .auth_prefix = NULL,
    .extra_header = NULL,
    .ndjson = 1,
    .build = build,
    .event = event,
};
