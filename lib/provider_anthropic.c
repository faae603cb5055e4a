/* provider_anthropic: the Anthropic Messages API (also llama.cpp's
 * /v1/messages): named SSE events, a top-level system prompt, a required
 * output cap, cumulative output token counts. */
#include <string.h>

#include "provider.h"

static json_t *
build(const struct mh_chat *c)
{
	json_t *msgs = mh_provider_messages(c, 0);
	long cap = c->max_tokens > 0 ? c->max_tokens : 1024;

	if (msgs == NULL || c->model == NULL) {
		json_decref(msgs);
		return NULL;
	}
	return json_pack("{s:s, s:I, s:s?, s:o, s:b}", "model", c->model,
	    "max_tokens", (json_int_t)cap, "system", c->system, "messages",
	    msgs, "stream", 1);
}

static int
event(struct mh_provider_result *r, const char *type, const char *data,
    size_t n)
{
	const char *t;
	json_t *v;
	int rc = 0;

	if ((v = mh_provider_parse(r, data, n)) == NULL)
		return -1;
	if (strcmp(type, "raw") == 0 || strcmp(type, "error") == 0) {
		json_decref(v);
		return mh_provider_fail(r, "stream",
		    "the server sent an error event without a message");
	}
	/* The data's type names the event (the event: line should agree). */
	t = json_string_value(json_object_get(v, "type"));
	if (t == NULL)
		t = type;
	if (strcmp(t, "message_start") == 0) {
		const json_t *m = json_object_get(v, "message");

		mh_provider_note(r->model, sizeof(r->model),
		    json_object_get(m, "model"));
		mh_provider_usage(r, json_object_get(m, "usage"),
		    "input_tokens", "output_tokens");
	} else if (strcmp(t, "content_block_delta") == 0) {
		const json_t *d = json_object_get(v, "delta");
		const json_t *text = json_object_get(d, "text");
		const char *dt = json_string_value(json_object_get(d, "type"));

		/* Only text_delta carries text; thinking, signature and tool
		 * input deltas are not shown. */
		if (json_is_string(text) && dt && strcmp(dt, "text_delta") == 0)
			rc = mh_provider_text(r, json_string_value(text),
			    json_string_length(text));
	} else if (strcmp(t, "message_delta") == 0) {
		mh_provider_note(r->finish, sizeof(r->finish),
		    json_object_get(json_object_get(v, "delta"),
		        "stop_reason"));
		/* Cumulative, not incremental: the last is the total. */
		mh_provider_usage(r, json_object_get(v, "usage"),
		    "input_tokens", "output_tokens");
	} else if (strcmp(t, "message_stop") == 0) {
		r->done = 1;
	}
	/* ping, content_block_start/stop and types added later: ignored. */
	json_decref(v);
	return rc;
}

const struct mh_provider mh_provider_anthropic = {
    .name = "anthropic",
    .default_base = "https://api.anthropic.com",
    .path = "/v1/messages",
    .default_model = "claude-3-5-haiku-latest",
    .key_env = "ANTHROPIC_API_KEY",
    .auth_prefix = "x-api-key: ",
    .extra_header = "anthropic-version: 2023-06-01",
    .ndjson = 0,
    .build = build,
    .event = event,
};
