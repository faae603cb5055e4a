/* provider: one interface over the LLM wire protocols mh-ask speaks.
 *
 * A provider knows how to build the request body for a chat (system
 * prompt, history, the new message), which URL path and headers it needs,
 * whether its stream is SSE or NDJSON, and how to turn each stream event
 * into the common results: text deltas, token usage, the finish reason,
 * the end marker, and in-band errors with the server's own message.
 *
 *   openai     Chat Completions, SSE (OpenAI, vLLM, llama.cpp, LM Studio,
 *              OpenRouter, Groq, Ollama's /v1)   provider_openai.c
 *   anthropic  Messages API, named SSE events    provider_anthropic.c
 *   ollama     native /api/chat, NDJSON           provider_ollama.c
 *
 * The offline helper is not a wire provider; see offline.h. */
#ifndef MH_PROVIDER_H
#define MH_PROVIDER_H

#include <stddef.h>
#include <jansson.h>

#include "util.h"

/* One turn of the conversation; role is "user" or "assistant". */
struct mh_chat_msg {
	const char *role;
	const char *content;
};

/* Everything a request says.  The system prompt is sent whole, always. */
struct mh_chat {
	const char *model;
	const char *system;
	const struct mh_chat_msg *msgs;
	size_t nmsgs;
	long max_tokens; /* output cap; 0 for the default (1024) */
	/* openai: name the cap max_completion_tokens (OpenAI proper) rather
	 * than max_tokens (what compatible servers understand). */
	int completion_tokens_field;
};

/* What a stream has produced so far.  Provider modules fill it through
 * mh_provider_text and the fields below; callers read it. */
struct mh_provider_result {
	struct mh_buf text;  /* all text deltas, in order */
	char finish[32];     /* finish reason as the server names it */
	char model[128];     /* the model the server says answered */
	long input_tokens;   /* -1 when the server did not say */
	long output_tokens;  /* -1 when the server did not say */
	int done;            /* the protocol's end marker arrived */
	char *error;         /* the server's in-band error message */
	char error_type[64]; /* its type or code, "" when none */
	/* Called with each text delta (may be NULL).  A non-zero return
	 * stops the stream and is returned by the feed call. */
	int (*on_text)(void *ctx, const char *s, size_t n);
	void *ctx;
};

struct mh_provider {
	const char *name;         /* "openai", "anthropic", "ollama" */
	const char *default_base; /* base URL as the provider documents it */
	const char *path;         /* appended to the base URL */
	const char *default_model;
	const char *key_env;      /* the provider's usual key variable */
	const char *auth_prefix;  /* header text before the key, or NULL */
	const char *extra_header; /* one more fixed header, or NULL */
	int ndjson;               /* NDJSON framing instead of SSE */
	/* Build the request body.  Returns a new reference or NULL (ENOMEM). */
	json_t *(*build)(const struct mh_chat *c);
	/* Handle one event (SSE type and data, or for NDJSON type "line").
	 * Returns 0, a non-zero on_text value, or -1 after setting r->error
	 * (an error event or an event that cannot be read). */
	int (*event)(struct mh_provider_result *r, const char *type,
	    const char *data, size_t n);
};

extern const struct mh_provider mh_provider_openai;
extern const struct mh_provider mh_provider_anthropic;
extern const struct mh_provider mh_provider_ollama;

/* The provider called name, or NULL when there is none. */
const struct mh_provider *mh_provider_find(const char *name);

/* Join base (NULL: the provider's default; a trailing '/' is dropped) and
 * the provider's path.  Returns a string the caller frees, or NULL. */
char *mh_provider_url(const struct mh_provider *p, const char *base);

/* Append s (n bytes) to r->text and pass it to r->on_text.  Returns 0,
 * the callback's non-zero value, or -1 on ENOMEM (r->error set). */
int mh_provider_text(struct mh_provider_result *r, const char *s, size_t n);

/* Record an error message (copied) and type in r, replacing an earlier
 * one.  Always returns -1, so handlers can "return mh_provider_fail()". */
int mh_provider_fail(struct mh_provider_result *r, const char *type,
    const char *message);

/* Find an error in a JSON value of any provider's shape:
 * {"error": {"message", "type"|"code"}}, {"error": "message"},
 * {"type": "error", "error": {...}}.  When found, record it in r and
 * return 1; else return 0. */
int mh_provider_json_error(struct mh_provider_result *r, const json_t *v);

/* The messages array of c as [{"role", "content"}...], led by the system
 * prompt as a "system" message when with_system is set.  Returns a new
 * reference or NULL (ENOMEM). */
json_t *mh_provider_messages(const struct mh_chat *c, int with_system);

/* Copy the JSON string s into dst (size bytes) when it is a string that
 * fits; otherwise leave dst as it is.  For the finish reason and model. */
void mh_provider_note(char *dst, size_t size, const json_t *s);

/* Take the input and output token counts from the integer members in_key
 * and out_key of o, when present (a later count replaces an earlier one:
 * Anthropic's are cumulative). */
void mh_provider_usage(struct mh_provider_result *r, const json_t *o,
    const char *in_key, const char *out_key);

/* Decode the JSON data of one event.  Returns a new reference the caller
 * json_decrefs, or NULL after recording an error in r (data that is not
 * JSON, such as a proxy's HTML page, is quoted in the message).  An
 * object with an "error" member is recorded as that error and NULL is
 * returned too, so every provider stops at an in-band error. */
json_t *mh_provider_parse(struct mh_provider_result *r, const char *data,
    size_t n);

/* Extract the server's message from an error response body of n bytes
 * (any shape above, or plain text) into msg (NUL-terminated, truncated
 * to msgsize) and its type or code into type.  Returns 1 when the body
 * held a message, 0 when msg only holds a cleaned-up prefix of the body
 * (or nothing, for an empty body). */
int mh_provider_error_body(const char *body, size_t n, char *msg,
    size_t msgsize, char *type, size_t typesize);

/* A stream in progress: the right parser for the provider feeding its
 * event handler, filling the result. */
struct mh_provider_stream;

/* Create a stream for p, calling on_text(ctx, ...) with each delta.
 * Returns NULL on ENOMEM. */
struct mh_provider_stream *mh_provider_stream_new(const struct mh_provider *p,
    int (*on_text)(void *ctx, const char *s, size_t n), void *ctx);
void mh_provider_stream_free(struct mh_provider_stream *st);
/* Feed n bytes of the response body.  Returns 0; a non-zero on_text
 * value; or -1 when the stream reported an error or could not be parsed
 * (the result's error says why).  Do not feed after a non-zero return. */
int mh_provider_stream_feed(struct mh_provider_stream *st, const char *buf,
    size_t n);
/* End of the body: flush the parser.  Returns as mh_provider_stream_feed;
 * a stream that ended without its end marker is not an error here (the
 * result's done is 0: the caller reports it as partial). */
int mh_provider_stream_finish(struct mh_provider_stream *st);
/* The result so far, owned by the stream. */
struct mh_provider_result *mh_provider_stream_result(
    struct mh_provider_stream *st);

#endif
