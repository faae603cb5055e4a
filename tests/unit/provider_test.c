/* Unit tests for lib/provider*: each recorded stream, under several
 * chunkings and with CRLF line ends, gives the same text, usage, finish
 * reason, end marker and error; and each request has the right shape. */
#include <stdlib.h>
#include <string.h>

#include "provider.h"
#include "tap.h"
#include "util.h"

struct want {
	const char *text;
	const char *finish;
	long in, out;
	int done;
	const char *error; /* a substring of the error message, or NULL */
};

static int deltas;

static int
count_delta(void *ctx, const char *s, size_t n)
{
	(void)ctx;
	(void)s;
	(void)n;
	deltas++;
	return 0;
}

static void
load(const char *name, struct mh_buf *out)
{
	const char *src = getenv("MH_SRC");
	char path[1024];

	snprintf(path, sizeof(path), "%s/tests/stub/fixtures/%s",
	    src ? src : ".", name);
	if (mh_read_file(path, 1 << 20, out) < 0) {
		printf("Bail out! cannot read %s\n", path);
		exit(1);
	}
}

static void
to_crlf(const struct mh_buf *in, struct mh_buf *out)
{
	size_t i;

	for (i = 0; i < in->len; i++) {
		if (in->p[i] == '\n')
			mh_buf_addc(out, '\r');
		mh_buf_addc(out, in->p[i]);
	}
}

static void
run(const struct mh_provider *p, const char *label, const struct mh_buf *body,
    size_t step, const struct want *w)
{
	struct mh_provider_stream *st;
	struct mh_provider_result *r;
	char name[256];
	size_t i;
	int rc = 0;

	deltas = 0;
	st = mh_provider_stream_new(p, count_delta, NULL);
	for (i = 0; i < body->len && rc == 0; i += step)
		rc = mh_provider_stream_feed(st, body->p + i,
		    body->len - i < step ? body->len - i : step);
	if (rc == 0)
		rc = mh_provider_stream_finish(st);
	r = mh_provider_stream_result(st);
	snprintf(name, sizeof(name), "%s, chunks of %zu", label, step);
	if (w->error) {
		ok(rc == -1 && r->error && strstr(r->error, w->error),
		    name);
		if (r->error && !strstr(r->error, w->error))
			printf("#   error '%s'\n", r->error);
	} else {
		ok(rc == 0 && r->error == NULL, name);
	}
	is_str(r->text.p ? r->text.p : "", w->text, "  text");
	is_str(r->finish, w->finish, "  finish reason");
	is_int(r->input_tokens, w->in, "  input tokens");
	is_int(r->output_tokens, w->out, "  output tokens");
	is_int(r->done, w->done, "  end marker");
	ok(deltas > 0 || w->text[0] == '\0', "  deltas reported");
	mh_provider_stream_free(st);
}

static void
fixture(const struct mh_provider *p, const char *file, const struct want *w)
{
	static const size_t steps[] = {1 << 20, 1, 3};
	struct mh_buf body = {0}, crlf = {0};
	char label[200];
	size_t i;

	load(file, &body);
	to_crlf(&body, &crlf);
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
		run(p, file, &body, steps[i], w);
	snprintf(label, sizeof(label), "%s with CRLF", file);
	run(p, label, &crlf, 1, w);
	mh_buf_free(&body);
	mh_buf_free(&crlf);
}

static void
requests(void)
{
	struct mh_chat_msg msgs[] = {
		{"user", "I feel [NAME_1] ignores me"},
		{"assistant", "What makes you think so?"},
		{"user", "They did not reply"},
	};
	struct mh_chat c = {"m1", "SYSTEM PROMPT", msgs, 3, 0, 0};
	json_t *v;
	char *s, *url;

	v = mh_provider_openai.build(&c);
	s = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS);
	is_str(s,
	    "{\"max_tokens\":1024,\"messages\":[{\"content\":\"SYSTEM PROMPT\","
	    "\"role\":\"system\"},{\"content\":\"I feel [NAME_1] ignores me\","
	    "\"role\":\"user\"},{\"content\":\"What makes you think so?\","
	    "\"role\":\"assistant\"},{\"content\":\"They did not reply\","
	    "\"role\":\"user\"}],\"model\":\"m1\",\"stream\":true,"
	    "\"stream_options\":{\"include_usage\":true}}",
	    "openai request");
	free(s);
	json_decref(v);
	c.completion_tokens_field = 1;
	c.max_tokens = 300;
	v = mh_provider_openai.build(&c);
	is_int(json_integer_value(json_object_get(v,
		   "max_completion_tokens")),
	    300, "openai proper gets max_completion_tokens");
	ok(json_object_get(v, "max_tokens") == NULL, "  and no max_tokens");
	json_decref(v);

	v = mh_provider_anthropic.build(&c);
	is_str(json_string_value(json_object_get(v, "system")),
	    "SYSTEM PROMPT", "anthropic system prompt is top-level");
	is_int(json_array_size(json_object_get(v, "messages")), 3,
	    "  not among the messages");
	is_int(json_integer_value(json_object_get(v, "max_tokens")), 300,
	    "  max_tokens always sent");
	json_decref(v);

	v = mh_provider_ollama.build(&c);
	ok(json_integer_value(json_object_get(json_object_get(v, "options"),
	       "num_ctx")) >= 4096,
	    "ollama sets num_ctx explicitly");
	is_str(json_string_value(json_object_get(
		   json_array_get(json_object_get(v, "messages"), 0), "role")),
	    "system", "  system prompt as the first message");
	json_decref(v);

	c.model = NULL;
	ok(mh_provider_openai.build(&c) == NULL, "no model: no request");

	url = mh_provider_url(&mh_provider_openai, "http://127.0.0.1:9/v1/");
	is_str(url, "http://127.0.0.1:9/v1/chat/completions", "openai URL");
	free(url);
	url = mh_provider_url(&mh_provider_anthropic, NULL);
	is_str(url, "https://api.anthropic.com/v1/messages",
	    "anthropic default URL");
	free(url);
	url = mh_provider_url(&mh_provider_ollama, "http://localhost:11434");
	is_str(url, "http://localhost:11434/api/chat", "ollama URL");
	free(url);
	ok(mh_provider_find("openai") == &mh_provider_openai, "find openai");
	ok(mh_provider_find("nosuch") == NULL, "find unknown");
}

static void
error_bodies(void)
{
	char msg[128], type[64];
	static const struct {
		const char *body, *msg, *type;
		int found;
	} t[] = {
		{"{\"error\":{\"message\":\"bad key\",\"type\":\"auth\"}}",
		    "bad key", "auth", 1},
		{"{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
		 "\"message\":\"Overloaded\"}}",
		    "Overloaded", "overloaded_error", 1},
		{"{\"error\":\"model not found\"}", "model not found",
		    "server", 1},
		{"{\"error\":{\"code\":\"x\"}}",
		    "the server reported an error without a message", "x", 1},
		{"<html>\n<b>502</b>\tBad Gateway</html>",
		    "<html> <b>502</b> Bad Gateway</html>", "", 1},
		{"", "", "", 0},
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		int f = mh_provider_error_body(t[i].body, strlen(t[i].body),
		    msg, sizeof(msg), type, sizeof(type));

		is_str(msg, t[i].msg, "error body message");
		is_str(type, t[i].type, "  type");
		is_int(f, t[i].found, "  found");
	}
}

int
main(void)
{
	const struct mh_provider *oa = &mh_provider_openai;
	const char *basic = "It sounds like a heavy week. What evidence do "
			    "you have for and against the thought? "
			    "Caf\xc3\xa9 breaks count too \xe2\x9c\x93.";

	fixture(oa, "openai-basic.sse",
	    &(struct want){basic, "stop", 42, 17, 1, NULL});
	fixture(oa, "openai-keepalive.sse",
	    &(struct want){"Let us slow down. Name five things you can see.",
		"stop", 30, 9, 1, NULL});
	fixture(oa, "openai-multiline.sse",
	    &(struct want){"One step at a time.", "stop", -1, -1, 1, NULL});
	fixture(oa, "openai-error-mid.sse",
	    &(struct want){"Here is a first ", "", -1, -1, 0,
		"The upstream model crashed (stub)"});
	fixture(oa, "openai-legacy-error.sse",
	    &(struct want){"Partial ", "", -1, -1, 0,
		"context shift is disabled (stub)"});
	fixture(oa, "openai-truncated.sse",
	    &(struct want){"This reply stops in the middle", "", -1, -1, 0,
		NULL});
	fixture(oa, "openai-length.sse",
	    &(struct want){"A reply cut at the cap", "length", -1, -1, 1,
		NULL});
	fixture(oa, "raw-error-in-sse.sse",
	    &(struct want){"", "", -1, -1, 0,
		"Bad gateway from the proxy (stub)"});
	fixture(&mh_provider_anthropic, "anthropic-basic.sse",
	    &(struct want){"That thought sounds harsh. Would you say it to "
			   "a friend?",
		"end_turn", 51, 12, 1, NULL});
	fixture(&mh_provider_anthropic, "anthropic-error-mid.sse",
	    &(struct want){"Let me think about ", "", 51, 1, 0,
		"Overloaded (stub)"});
	fixture(&mh_provider_ollama, "ollama-basic.ndjson",
	    &(struct want){"Try a short walk outside today.", "stop", 33, 7,
		1, NULL});
	fixture(&mh_provider_ollama, "ollama-nonewline.ndjson",
	    &(struct want){"Try a short walk outside today.", "stop", 33, 7,
		1, NULL});
	fixture(&mh_provider_ollama, "ollama-error-mid.ndjson",
	    &(struct want){"Try ", "", -1, -1, 0,
		"model runner has unexpectedly stopped (stub)"});
	requests();
	error_bodies();
	return done();
}
