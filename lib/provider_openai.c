/* provider_openai: the OpenAI Chat Completions protocol, also spoken by
 * vLLM, llama.cpp, LM Studio, OpenRouter, Groq and Ollama's /v1. */
#include <string.h>

#include "provider.h"

static json_t *
build(const struct mh_chat *c)
{
	json_t *msgs = mh_provider_messages(c, 1);
	long cap = c->max_tokens > 0 ? c->max_tokens : 1024;

	if (msgs == NULL || c->model == NULL) {
		json_decref(msgs);
		return NULL;
	}
	/* "max_tokens" is deprecated on OpenAI itself and refused by its
	 * newer models, but it is what compatible servers understand. */
	return json_pack("{s:s, s:o, s:b, s:{s:b}, s:I}", "model", c->model,
	    "messages", msgs, "stream", 1, "stream_options", "include_usage", 1,
	    c->completion_tokens_field ? "max_completion_tokens" : "max_tokens",
	    (json_int_t)cap);
}

static int
event(struct mh_provider_result *r, const char *type, const char *data,
    size_t n)
{
	const json_t *choice;
	json_t *v;
	int rc = 0;

	if (strcmp(type, "error") == 0 || strcmp(type, "raw") == 0) {
		/* The legacy llama.cpp "error:" field holds the error object
		 * itself; a raw body wraps it in "error". */
		const char *m;

		if ((v = mh_provider_parse(r, data, n)) == NULL)
			return -1;
		m = json_string_value(json_object_get(v, "message"));
		mh_provider_fail(r, "server",
		    m ? m : "the server sent an error event without a message");
		json_decref(v);
		return -1;
	}
	if (n >= 6 && memcmp(data, "[DONE]", 6) == 0) {
		r->done = 1;
		return 0;
	}
	if ((v = mh_provider_parse(r, data, n)) == NULL)
		return -1;
	mh_provider_note(r->model, sizeof(r->model),
	    json_object_get(v, "model"));
	choice = json_array_get(json_object_get(v, "choices"), 0);
	if (choice) {
		const json_t *delta = json_object_get(choice, "delta");
		const json_t *content = json_object_get(delta, "content");

		mh_provider_note(r->finish, sizeof(r->finish),
		    json_object_get(choice, "finish_reason"));
		if (json_is_string(content))
			rc = mh_provider_text(r, json_string_value(content),
			    json_string_length(content));
	}
	/* The usage chunk has choices [], null or none at all. */
	mh_provider_usage(r, json_object_get(v, "usage"), "prompt_tokens",
	    "completion_tokens");
	json_decref(v);
	return rc;
}

const struct mh_provider mh_provider_openai = {
    .name = "openai",
    .default_base = "https://api.openai.com/v1",
    .path = "/chat/completions",
    .default_model = "gpt-4o-mini",
    .key_env = "OPENAI_API_KEY",
    .auth_prefix = "Authorization: Bearer ",
    .extra_header = NULL,
    .ndjson = 0,
    .build = build,
    .event = event,
};
