/* provider: what the wire providers share; see provider.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "provider.h"
#include "sse.h"

/* The most one event or line may hold: generous for any chunk a server
 * sends, small enough that a server never sending a newline is stopped. */
#define STREAM_MAX ((size_t)4 << 20)

struct mh_provider_stream {
	const struct mh_provider *p;
	struct mh_sse *sse;
	struct mh_ndjson *nd;
	struct mh_provider_result r;
};

static const struct mh_provider *const providers[] = {
    &mh_provider_openai,
    &mh_provider_anthropic,
    &mh_provider_ollama,
};

const struct mh_provider *
mh_provider_find(const char *name)
{
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < sizeof(providers) / sizeof(providers[0]); i++)
		if (strcmp(providers[i]->name, name) == 0)
			return providers[i];
	return NULL;
}

char *
mh_provider_url(const struct mh_provider *p, const char *base)
{
	struct mh_buf b = {0};
	size_t n;

	if (base == NULL || *base == '\0')
		base = p->default_base;
	n = strlen(base);
	while (n > 0 && base[n - 1] == '/')
		n--;
	if (mh_buf_add(&b, base, n) < 0 || mh_buf_adds(&b, p->path) < 0) {
		mh_buf_free(&b);
		return NULL;
	}
	return b.p;
}

int
mh_provider_text(struct mh_provider_result *r, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (mh_buf_add(&r->text, s, n) < 0)
		return mh_provider_fail(r, "nomem", "out of memory");
	return r->on_text ? r->on_text(r->ctx, s, n) : 0;
}

int
mh_provider_fail(struct mh_provider_result *r, const char *type,
    const char *message)
{
	char *m = strdup(message ? message : "");

	free(r->error);
	r->error = m;
	snprintf(r->error_type, sizeof(r->error_type), "%s", type ? type : "");
	return -1;
}

int
mh_provider_json_error(struct mh_provider_result *r, const json_t *v)
{
	const json_t *e = json_object_get(v, "error");
	const char *msg = NULL, *type = NULL;

	if (e == NULL)
		return 0;
	if (json_is_string(e)) {
		msg = json_string_value(e);
	} else if (json_is_object(e)) {
		const json_t *t = json_object_get(e, "type");
		const json_t *c = json_object_get(e, "code");

		msg = json_string_value(json_object_get(e, "message"));
		type = json_string_value(t);
		if (type == NULL)
			type = json_string_value(c);
	} else if (json_is_null(e)) {
		return 0;
	}
	if (msg == NULL || *msg == '\0')
		msg = "the server reported an error without a message";
	mh_provider_fail(r, type ? type : "server", msg);
	return 1;
}

/* Copy a body that is not JSON: printable ASCII and UTF-8, with runs of
 * blanks and control characters folded into one space. */
static void
clean_copy(const char *s, size_t n, char *out, size_t size)
{
	size_t i, o = 0;
	int space = 0;

	for (i = 0; i < n && o + 1 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f) {
			space = o > 0;
			continue;
		}
		if (space && c != ' ' && o + 2 < size)
			out[o++] = ' ';
		space = 0;
		out[o++] = (char)c;
	}
	/* Never end inside a UTF-8 sequence. */
	o = mh_utf8_valid_prefix(out, o);
	out[o] = '\0';
}

int
mh_provider_error_body(const char *body, size_t n, char *msg, size_t msgsize,
    char *type, size_t typesize)
{
	json_t *v = n ? json_loadb(body, n, 0, NULL) : NULL;
	struct mh_provider_result r = {0};
	int found = 0;

	if (typesize)
		type[0] = '\0';
	if (msgsize)
		msg[0] = '\0';
	if (v != NULL && mh_provider_json_error(&r, v) && r.error) {
		snprintf(msg, msgsize, "%s", r.error);
		snprintf(type, typesize, "%s", r.error_type);
		found = 1;
	} else if (v != NULL && json_is_string(json_object_get(v, "message"))) {
		snprintf(msg, msgsize, "%s",
		    json_string_value(json_object_get(v, "message")));
		found = 1;
	} else if (msgsize) {
		clean_copy(body, n, msg, msgsize);
		found = msg[0] != '\0' && v == NULL;
	}
	free(r.error);
	json_decref(v);
	return found;
}

json_t *
mh_provider_messages(const struct mh_chat *c, int with_system)
{
	json_t *msgs = json_array();
	size_t i;
	int bad = msgs == NULL;

	if (!bad && with_system && c->system)
		bad |= json_array_append_new(msgs,
		    json_pack("{s:s, s:s}", "role", "system", "content",
		        c->system));
	for (i = 0; !bad && i < c->nmsgs; i++)
		bad |= json_array_append_new(msgs,
		    json_pack("{s:s, s:s}", "role", c->msgs[i].role, "content",
		        c->msgs[i].content));
	if (bad) {
		json_decref(msgs);
		return NULL;
	}
	return msgs;
}

void
mh_provider_note(char *dst, size_t size, const json_t *s)
{
	if (json_is_string(s) && json_string_length(s) < size)
		memcpy(dst, json_string_value(s), json_string_length(s) + 1);
}

void
mh_provider_usage(struct mh_provider_result *r, const json_t *o,
    const char *in_key, const char *out_key)
{
	const json_t *in = json_object_get(o, in_key);
	const json_t *out = json_object_get(o, out_key);

	if (json_is_integer(in))
		r->input_tokens = (long)json_integer_value(in);
	if (json_is_integer(out))
		r->output_tokens = (long)json_integer_value(out);
}

json_t *
mh_provider_parse(struct mh_provider_result *r, const char *data, size_t n)
{
	json_t *v = json_loadb(data, n, 0, NULL);

	if (v == NULL) {
		char msg[224], quoted[160];

		clean_copy(data, n, quoted, sizeof(quoted));
		snprintf(msg, sizeof(msg),
		    "the server sent something that is not JSON: %s", quoted);
		mh_provider_fail(r, "stream", msg);
		return NULL;
	}
	if (mh_provider_json_error(r, v)) {
		json_decref(v);
		return NULL;
	}
	return v;
}

static int
on_sse(void *ctx, const char *event, const char *data, size_t n)
{
	struct mh_provider_stream *st = ctx;

	return st->p->event(&st->r, event, data, n);
}

static int
on_line(void *ctx, const char *line, size_t n)
{
	struct mh_provider_stream *st = ctx;

	return st->p->event(&st->r, "line", line, n);
}

struct mh_provider_stream *
mh_provider_stream_new(const struct mh_provider *p,
    int (*on_text)(void *ctx, const char *s, size_t n), void *ctx)
{
	struct mh_provider_stream *st = calloc(1, sizeof(*st));

	if (st == NULL)
		return NULL;
	st->p = p;
	st->r.input_tokens = -1;
	st->r.output_tokens = -1;
	st->r.on_text = on_text;
	st->r.ctx = ctx;
	if (p->ndjson)
		st->nd = mh_ndjson_new(STREAM_MAX, on_line, st);
	else
		st->sse = mh_sse_new(STREAM_MAX, on_sse, st);
	if (st->nd == NULL && st->sse == NULL) {
		free(st);
		return NULL;
	}
	return st;
}

void
mh_provider_stream_free(struct mh_provider_stream *st)
{
	if (st == NULL)
		return;
	mh_sse_free(st->sse);
	mh_ndjson_free(st->nd);
	mh_buf_free(&st->r.text);
	free(st->r.error);
	free(st);
}

static int
parse_result(struct mh_provider_stream *st, int rc)
{
	if (rc == -1 && st->r.error == NULL)
		mh_provider_fail(&st->r, "stream",
		    errno == EMSGSIZE
		        ? "the server sent an over-long event (over 4 MiB)"
		        : "out of memory reading the stream");
	return rc;
}

int
mh_provider_stream_feed(struct mh_provider_stream *st, const char *buf,
    size_t n)
{
	if (st->nd)
		return parse_result(st, mh_ndjson_feed(st->nd, buf, n));
	return parse_result(st, mh_sse_feed(st->sse, buf, n));
}

int
mh_provider_stream_finish(struct mh_provider_stream *st)
{
	if (st->nd)
		return parse_result(st, mh_ndjson_finish(st->nd));
	return parse_result(st, mh_sse_finish(st->sse));
}

struct mh_provider_result *
mh_provider_stream_result(struct mh_provider_stream *st)
{
	return &st->r;
}
