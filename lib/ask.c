/* ask: the safety envelope around one request; see ask.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ask.h"
#include "crisis.h"
#include "offline.h"
#include "screen.h"

#define HISTORY_DEFAULT 20

struct mh_ask {
	struct mh_ask_opts o;
	struct mh_buf key;
	struct mh_http *http;
	int remote_failed;
};

/* One record in flight. */
struct turn {
	struct mh_ask *a;
	const char *user; /* the (redacted) text sent */
	size_t user_len;
	const json_t *screen;
	int redacted; /* user is redacted text, fit to keep in a session */
	struct mh_provider_result *r;
	size_t released; /* bytes of r->text already shown live */
	json_t *check;   /* the last check's result */
	double t0;
};

struct mh_ask *
mh_ask_new(const struct mh_ask_opts *o)
{
	struct mh_ask *a = calloc(1, sizeof(*a));

	if (a == NULL)
		return NULL;
	a->o = *o;
	a->o.key = NULL;
	if (a->o.field == NULL)
		a->o.field = "text";
	if (a->o.history == 0)
		a->o.history = HISTORY_DEFAULT;
	if (o->key && mh_buf_adds(&a->key, o->key) < 0)
		goto fail;
	if (o->provider && !o->dry_run &&
	    (a->http = mh_http_new(&o->http)) == NULL)
		goto fail;
	return a;
fail:
	mh_ask_free(a);
	return NULL;
}

void
mh_ask_free(struct mh_ask *a)
{
	if (a == NULL)
		return;
	mh_buf_wipe(&a->key);
	mh_http_free(a->http);
	free(a);
}

int
mh_ask_remote_failed(const struct mh_ask *a)
{
	return a->remote_failed;
}

/* The action of a screen mh-screen wrote, or NULL when screen is not
 * one (a string, null, an object without a known action): such a value
 * must not read as "continue" and let a crisis through to the model. */
static const char *
action_of(const json_t *screen)
{
	const char *s = json_string_value(json_object_get(screen, "action"));

	return s &&
	        (strcmp(s, "continue") == 0 || strcmp(s, "caution") == 0 ||
	            strcmp(s, "crisis") == 0)
	    ? s
	    : NULL;
}

/* How severe an action is: continue 0, caution 1, crisis 2; -1 for
 * none. */
static int
severity(const char *action)
{
	if (action == NULL)
		return -1;
	return strcmp(action, "crisis") == 0 ? 2
	    : strcmp(action, "caution") == 0 ? 1
	                                     : 0;
}

/* Write text to the live output, restoring placeholders first. */
static void
show(struct mh_ask *a, const char *s, size_t n)
{
	struct mh_buf out = {0};
	char err[256];

	if (a->o.live == NULL || n == 0)
		return;
	if (a->o.guards.restore &&
	    a->o.guards.restore(a->o.guards.ctx, s, n, &out, err,
	        sizeof(err)) >= 0) {
		s = out.p;
		n = out.len;
	}
	fwrite(s, 1, n, a->o.live);
	fflush(a->o.live);
	mh_buf_free(&out);
}

/* Run the reply check over the first n bytes of the reply (final: the
 * whole of it).  Returns 1 when they may be shown. */
static int
passes(struct turn *t, const char *reply, size_t n, int final)
{
	const struct mh_ask_guards *g = &t->a->o.guards;
	int blocked = 0;

	json_decref(t->check);
	t->check = NULL;
	if (g->check == NULL)
		return 0; /* nothing can vouch for the reply: withhold it */
	t->check = g->check(g->ctx, t->user, t->user_len, t->screen, reply, n,
	    final, &blocked);
	return t->check != NULL && !blocked;
}

/* The end of the last whole sentence in s[from..n), or from. */
static size_t
sentence_end(const char *s, size_t from, size_t n)
{
	size_t i, end = from;

	for (i = from; i + 1 < n; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?' ||
		        s[i] == '\n') &&
		    (s[i + 1] == ' ' || s[i + 1] == '\n'))
			end = i + 2;
	return end;
}

/* Each delta: show the sentences completed so far once the whole reply
 * up to them passes the check as if it were the whole reply.  A start
 * that does not pass is held back, not shown; later sentences may make
 * it pass (a reply that says something needed only later), and the
 * whole reply is checked again at the end, so nothing that has not
 * passed is ever shown. */
static int
on_text(void *ctx, const char *s, size_t n)
{
	struct turn *t = ctx;
	const struct mh_buf *text = &t->r->text;
	size_t end;

	(void)s;
	(void)n;
	if (t->a->o.live == NULL)
		return 0;
	end = sentence_end(text->p, t->released, text->len);
	if (end <= t->released || !passes(t, text->p, end, 0))
		return 0;
	show(t->a, text->p + t->released, end - t->released);
	t->released = end;
	return 0;
}

static int
on_body(void *ctx, const char *buf, size_t n)
{
	return mh_provider_stream_feed(ctx, buf, n);
}

static json_t *
usage_json(const struct mh_provider_result *r)
{
	json_t *u = json_object();

	if (u && r->input_tokens >= 0)
		json_object_set_new(u, "input", json_integer(r->input_tokens));
	if (u && r->output_tokens >= 0)
		json_object_set_new(u, "output",
		    json_integer(r->output_tokens));
	return u;
}

/* Set the record's "reply".  text may be NULL (a failed request). */
static int
set_reply(struct turn *t, struct mh_record *rec, const char *source,
    const char *text, size_t n, int blocked, json_t *reasons)
{
	struct mh_ask *a = t->a;
	const struct mh_provider_result *r = t->r;
	json_t *v = json_object();
	int rc;

	if (v == NULL)
		return -1;
	json_object_set_new(v, "schema", json_integer(MH_ASK_SCHEMA));
	if (text)
		json_object_set_new(v, "text", json_stringn(text, n));
	json_object_set_new(v, "provider",
	    json_string(a->o.provider && strcmp(source, "offline") != 0 &&
	                strcmp(source, "crisis") != 0
	            ? a->o.provider->name
	            : "offline"));
	if (r && a->o.provider) {
		json_object_set_new(v, "model",
		    json_string(r->model[0] ? r->model : a->o.model));
	}
	json_object_set_new(v, "source", json_string(source));
	json_object_set_new(v, "blocked", json_boolean(blocked));
	if (reasons)
		json_object_set(v, "reasons", reasons);
	if (t->check)
		json_object_set(v, "screen", t->check);
	if (r) {
		json_object_set_new(v, "usage", usage_json(r));
		json_object_set_new(v, "finish_reason",
		    r->finish[0] ? json_string(r->finish) : json_null());
		json_object_set_new(v, "partial", json_boolean(!r->done));
	}
	json_object_set_new(v, "prompt_version",
	    json_integer(MH_PROMPT_VERSION));
	json_object_set_new(v, "duration_ms",
	    json_integer((json_int_t)(mh_now_ms() - t->t0)));
	rc = mh_record_set_json(rec, "reply", v);
	json_decref(v);
	return rc;
}

/* Restore placeholders for what the user reads. */
static int
restored(struct mh_ask *a, const char *s, size_t n, struct mh_buf *out)
{
	char err[256];

	mh_buf_reset(out);
	if (a->o.guards.restore == NULL)
		return mh_buf_add(out, s, n);
	if (a->o.guards.restore(a->o.guards.ctx, s, n, out, err, sizeof(err)) <
	    0) {
		mh_buf_reset(out);
		return mh_buf_add(out, s, n);
	}
	return 0;
}

static int
fail(struct mh_record *rec, const char *code, const char *msg)
{
	mh_record_set_error(rec, "mh-ask", code, msg);
	return -1;
}

/* A reply that needs no model: crisis text, offline help, a fallback. */
static int
answer_local(struct turn *t, struct mh_record *rec, const char *source,
    const struct mh_buf *text, int blocked, json_t *reasons)
{
	if (t->a->o.live) {
		fwrite(text->p, 1, text->len, t->a->o.live);
		fputc('\n', t->a->o.live);
		fflush(t->a->o.live);
	}
	if (set_reply(t, rec, source, text->p, text->len, blocked, reasons) < 0)
		return fail(rec, "nomem", "out of memory");
	return 0;
}

static int
answer_crisis(struct turn *t, struct mh_record *rec)
{
	struct mh_buf b = {0};
	int rc;

	if (mh_crisis_text(mh_crisis_concerns(t->screen), t->user, t->user_len,
	        t->a->o.resources, t->a->o.country, &b) < 0) {
		mh_buf_free(&b);
		return fail(rec, "nomem", "out of memory");
	}
	rc = answer_local(t, rec, "crisis", &b, 0, NULL);
	mh_buf_free(&b);
	return rc;
}

static int
answer_offline(struct turn *t, struct mh_record *rec, const json_t *ws)
{
	struct mh_buf b = {0};
	int rc = 1;

	/* A completed worksheet is reviewed; other text is matched to a
	 * skill, from its gist, not megabytes. */
	if (ws != NULL)
		rc = mh_offline_review(ws, &b);
	if (rc == 1 &&
	    mh_offline_reply(t->user, t->user_len < 16384 ? t->user_len : 16384,
	        &b) == NULL)
		rc = -1;
	/* the screen misses much of what people write: every answer
	 * names where help is, flagged or not */
	if (rc >= 0 &&
	    mh_crisis_help_line(t->a->o.resources, t->a->o.country, &b) < 0)
		rc = -1;
	if (rc < 0) {
		mh_buf_free(&b);
		return fail(rec, "nomem", "out of memory");
	}
	rc = answer_local(t, rec, "offline", &b, 0, NULL);
	mh_buf_free(&b);
	return rc;
}

/* The header lines for the request; with hide, the key is replaced. */
static int
headers(struct mh_ask *a, int hide, struct mh_buf *auth, const char *hdr[3])
{
	const struct mh_provider *p = a->o.provider;
	size_t n = 0;

	mh_buf_reset(auth);
	if (p->auth_prefix && a->key.len > 0) {
		if (mh_buf_adds(auth, p->auth_prefix) < 0 ||
		    (hide ? mh_buf_adds(auth, "[hidden]")
		          : mh_buf_add(auth, a->key.p, a->key.len)) < 0)
			return -1;
		hdr[n++] = auth->p;
	}
	if (p->extra_header)
		hdr[n++] = p->extra_header;
	hdr[n] = NULL;
	return 0;
}

static int
dry_run(struct turn *t, struct mh_record *rec, const json_t *req)
{
	struct mh_ask *a = t->a;
	struct mh_buf auth = {0};
	const char *hdr[3];
	json_t *v, *h = json_array();
	size_t i;
	int rc;

	if (headers(a, 1, &auth, hdr) < 0 || h == NULL) {
		mh_buf_free(&auth);
		json_decref(h);
		return fail(rec, "nomem", "out of memory");
	}
	json_array_append_new(h, json_string("Content-Type: application/json"));
	for (i = 0; hdr[i]; i++)
		json_array_append_new(h, json_string(hdr[i]));
	mh_buf_free(&auth);
	if (a->o.live) {
		char *body = json_dumps(req, JSON_INDENT(2));

		fprintf(a->o.live, "POST %s\n", a->o.url);
		for (i = 0; i < json_array_size(h); i++)
			fprintf(a->o.live, "%s\n",
			    json_string_value(json_array_get(h, i)));
		fprintf(a->o.live, "\n%s\n", body ? body : "");
		free(body);
	}
	v = json_pack("{s:i, s:s, s:b, s:{s:s, s:s, s:o, s:O}}", "schema",
	    MH_ASK_SCHEMA, "source", "dry-run", "blocked", 0, "request",
	    "method", "POST", "url", a->o.url, "headers", h, "body", req);
	rc = v ? mh_record_set_json(rec, "reply", v) : -1;
	json_decref(v);
	return rc < 0 ? fail(rec, "nomem", "out of memory") : 0;
}

static json_t *
build_request(struct turn *t, const json_t *worksheet)
{
	struct mh_ask *a = t->a;
	struct mh_buf sys = {0};
	struct mh_chat_msg *msgs;
	const struct mh_chat_msg *hist = NULL;
	struct mh_chat c = {0};
	enum mh_prompt_mode mode = a->o.mode;
	size_t nhist = 0;
	json_t *req = NULL;

	if (!a->o.mode_set && worksheet)
		mode = MH_PROMPT_REVIEW;
	if (mh_prompt_build(mode, a->o.system, a->o.system_len, t->screen,
	        &sys) < 0)
		return NULL;
	if (a->o.session)
		hist = mh_session_turns(a->o.session, a->o.history, &nhist);
	if ((msgs = calloc(nhist + 1, sizeof(*msgs))) != NULL) {
		if (nhist)
			memcpy(msgs, hist, nhist * sizeof(*msgs));
		msgs[nhist].role = "user";
		msgs[nhist].content = t->user;
		c.model = a->o.model;
		c.system = sys.p;
		c.msgs = msgs;
		c.nmsgs = nhist + 1;
		c.max_tokens = a->o.max_tokens;
		c.completion_tokens_field = a->o.completion_tokens_field;
		req = a->o.provider->build(&c);
		free(msgs);
	}
	mh_buf_free(&sys);
	return req;
}

/* The names of the reasons a check gave, or why there was no check. */
static json_t *
reason_names(const json_t *check)
{
	json_t *names = json_array();
	const json_t *r;
	size_t i;

	if (names && check == NULL)
		json_array_append_new(names,
		    json_string("reply_check_unavailable"));
	json_array_foreach(json_object_get(check, "reasons"), i, r) {
		const char *n = json_is_string(r)
		    ? json_string_value(r)
		    : json_string_value(json_object_get(r, "reason"));

		if (n && names)
			json_array_append_new(names, json_string(n));
	}
	return names;
}

/* The model's reply arrived whole: check it (what was not yet shown),
 * fall back if it is unsafe, restore, keep, and set the reply. */
static int
answer_done(struct turn *t, struct mh_record *rec)
{
	struct mh_ask *a = t->a;
	const struct mh_buf *text = &t->r->text;
	struct mh_buf out = {0}, fb = {0};
	char err[256];
	int ok, rc;

	ok = passes(t, text->p ? text->p : "", text->len, 1);
	if (!ok) {
		json_t *reasons = reason_names(t->check);

		if (reasons == NULL ||
		    mh_crisis_fallback(mh_crisis_concerns(t->screen) |
		            mh_crisis_concerns(t->check),
		        t->user, t->user_len, a->o.resources, a->o.country,
		        &fb) < 0) {
			json_decref(reasons);
			mh_buf_free(&fb);
			return fail(rec, "nomem", "out of memory");
		}
		if (a->o.live && t->released > 0)
			fputc('\n', a->o.live);
		rc = answer_local(t, rec, "fallback", &fb, 1, reasons);
		json_decref(reasons);
		mh_buf_free(&fb);
		return rc;
	}
	if (a->o.live) {
		show(a, text->p + t->released, text->len - t->released);
		fputc('\n', a->o.live);
		fflush(a->o.live);
	}
	/* A session is sent as history by later runs, which may redact and
	 * use another provider: text sent with --no-redact is not kept. */
	if (a->o.session && t->redacted &&
	    mh_session_append(a->o.session, t->user, text->p ? text->p : "",
	        err, sizeof(err)) < 0)
		return fail(rec, "session", err);
	if (restored(a, text->p ? text->p : "", text->len, &out) < 0)
		return fail(rec, "nomem", "out of memory");
	rc = set_reply(t, rec, "llm", out.p, out.len, 0, NULL);
	mh_buf_free(&out);
	if (rc < 0)
		return fail(rec, "nomem", "out of memory");
	if (strcmp(t->r->finish, "length") == 0 ||
	    strcmp(t->r->finish, "max_tokens") == 0) {
		/* Kept, but not presented as a whole answer. */
		return fail(rec, "length",
		    "the reply was cut at the output limit (--max-tokens)");
	}
	return 0;
}

/* Cut the key out of msg (NUL-terminated, in a buffer of size bytes).
 * A server may quote the key it refused in its error ("Invalid API key:
 * sk-..."), and the message is shown and written; a message cut short
 * may end in the start of the key, so a tail of four or more bytes that
 * begins the key goes too. */
static void
hide_key(const struct mh_buf *key, char *msg, size_t size)
{
	static const char mark[] = "[hidden]";
	struct mh_buf b = {0};
	size_t i = 0, n = strlen(msg), k;

	if (key->len == 0)
		return;
	while (i < n) {
		k = n - i < key->len ? n - i : key->len;
		if ((k == key->len || k >= 4) &&
		    memcmp(msg + i, key->p, k) == 0) {
			if (mh_buf_add(&b, mark, sizeof(mark) - 1) < 0)
				break;
			i += k;
		} else if (mh_buf_addc(&b, msg[i++]) < 0)
			break;
	}
	if (i < n) /* out of memory: say nothing rather than risk the key */
		snprintf(msg, size, "(message withheld: out of memory)");
	else
		snprintf(msg, size, "%s", b.p ? b.p : "");
	mh_buf_wipe(&b);
}

static int
answer_llm(struct turn *t, struct mh_record *rec, const json_t *worksheet)
{
	struct mh_ask *a = t->a;
	struct mh_provider_stream *st;
	struct mh_http_result res;
	struct mh_buf auth = {0};
	const char *hdr[3];
	char *body;
	json_t *req;
	int rc;

	if ((req = build_request(t, worksheet)) == NULL)
		return fail(rec, "nomem", "out of memory building the request");
	if (a->o.dry_run) {
		rc = dry_run(t, rec, req);
		json_decref(req);
		return rc;
	}
	body = json_dumps(req, JSON_COMPACT);
	json_decref(req);
	st = mh_provider_stream_new(a->o.provider, on_text, t);
	if (body == NULL || st == NULL || headers(a, 0, &auth, hdr) < 0) {
		free(body);
		mh_provider_stream_free(st);
		mh_buf_wipe(&auth);
		return fail(rec, "nomem", "out of memory");
	}
	t->r = mh_provider_stream_result(st);
	rc = mh_http_post(a->http, a->o.url, hdr, body, strlen(body), on_body,
	    st, &res);
	mh_buf_wipe(&auth);
	free(body);
	if (rc == 0)
		rc = mh_provider_stream_finish(st) == 0 ? 0 : -3;
	if (rc == 0 && t->r->done) {
		rc = answer_done(t, rec);
	} else {
		char msg[768];
		const char *code = res.code;

		/* Never "unknown error": the server's words or libcurl's. */
		if (t->r->error) {
			snprintf(msg, sizeof(msg), "the server reported: %s",
			    t->r->error);
			code = "stream";
		} else if (rc == 0) {
			snprintf(msg, sizeof(msg),
			    "the reply ended before the provider's end marker "
			    "(%zu bytes of text arrived); it is not shown as "
			    "a whole answer",
			    t->r->text.len);
			code = "partial";
		} else {
			snprintf(msg, sizeof(msg), "%s", res.message);
		}
		hide_key(&a->key, msg, sizeof(msg));
		if (res.request_id[0])
			snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg),
			    " (request id %s)", res.request_id);
		if (res.attempts > 1)
			snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg),
			    "; gave up after %d attempts", res.attempts);
		hide_key(&a->key, msg, sizeof(msg));
		if (a->o.live && t->released > 0)
			fputc('\n', a->o.live);
		set_reply(t, rec, "llm", NULL, 0, 0, NULL);
		a->remote_failed = 1;
		rc = fail(rec, code[0] ? code : "remote", msg);
	}
	mh_provider_stream_free(st);
	return rc;
}

/* Does every item of a "redact" object stand in the text s (n bytes)
 * as written: its placeholder at its offsets, in order?  A record whose
 * text was restored, edited or pasted after redaction while it kept
 * the object (mh-redact --restore before it dropped the object, a
 * script, a hand) fails, and is redacted again or refused. */
static int
items_stand(const json_t *items, const json_t *count, const char *s, size_t n)
{
	size_t k, at = 0;
	const json_t *it;

	if (count != NULL &&
	    (!json_is_integer(count) ||
	        json_integer_value(count) !=
	            (json_int_t)json_array_size(items)))
		return 0;
	json_array_foreach(items, k, it) {
		const json_t *b = json_object_get(it, "start"),
		             *e = json_object_get(it, "end"),
		             *ph = json_object_get(it, "placeholder");
		json_int_t bi, ei;
		if (!json_is_integer(b) || !json_is_integer(e) ||
		    !json_is_string(ph))
			return 0;
		bi = json_integer_value(b);
		ei = json_integer_value(e);
		if (bi < (json_int_t)at || ei < bi || (size_t)ei > n ||
		    (size_t)(ei - bi) != json_string_length(ph) ||
		    memcmp(s + bi, json_string_value(ph), (size_t)(ei - bi)) !=
		        0)
			return 0;
		at = (size_t)ei;
	}
	return 1;
}

/* Did mh-redact redact the text s (n bytes) this process sends?  Its
 * "redact" object has "items" then, each standing in the text
 * (items_stand()), and names the field it covered: a record redacted
 * with -f body still has its "text" as written.  An object without
 * "field" comes from before mh-redact wrote one, which covered "text"
 * unless told otherwise; without items it only says the field was
 * absent, and anything else ("redact": true) is not mh-redact's at all.
 * Only a match may be sent as it is. */
static int
redacted_upstream(const struct mh_record *rec, const char *field, const char *s,
    size_t n)
{
	json_t *v = mh_record_json(rec, "redact"); /* NULL when absent */
	json_t *f = json_object_get(v, "field");
	json_t *items = json_object_get(v, "items");
	int ok = json_is_array(items) &&
	    (f == NULL ? strcmp(field, "text") == 0
	               : json_is_string(f) &&
	                strcmp(json_string_value(f), field) == 0) &&
	    items_stand(items, json_object_get(v, "count"), s, n);

	json_decref(v);
	return ok;
}

/* Screen the text, and keep the record's own screen only when it is
 * more severe than ours: a screen from upstream may know turns this
 * process did not see, but it may also have been made of another field
 * ("mh-screen -f body") or written by hand, so it can raise the action
 * and never lower it.  Without a screener, an upstream screen is all
 * there is.  Returns 0 with the screen in *screen (a new reference), or
 * -1 after setting an error on rec. */
static int
guard_in(struct mh_ask *a, struct mh_record *rec, const char *text, size_t n,
    const json_t *worksheet, json_t **screen)
{
	const struct mh_ask_guards *g = &a->o.guards;
	char *conv = NULL;
	json_t *up = mh_record_json(rec, "screen"), *own;
	int sev = severity(action_of(up));

	*screen = NULL;
	if (sev == 2 || (sev >= 0 && g->screen == NULL)) {
		*screen = up;
		return 0;
	}
	if (g->screen == NULL) {
		json_decref(up);
		return fail(rec, "screen",
		    "no screener: pass records through mh-screen first");
	}
	/* as mh-screen keys it: 1 and "1" are two conversations */
	if (mh_screen_conversation(rec, &conv) < 0 ||
	    (own = g->screen(g->ctx, text, n, conv, worksheet)) == NULL) {
		free(conv);
		json_decref(up);
		return fail(rec, "nomem", "out of memory screening");
	}
	free(conv);
	if (sev > severity(action_of(own))) {
		json_decref(own);
		*screen = up;
		return 0;
	}
	json_decref(up);
	if (mh_record_set_json(rec, "screen", own) < 0) {
		json_decref(own);
		return fail(rec, "nomem", "out of memory");
	}
	*screen = own;
	return 0;
}

int
mh_ask_record(struct mh_ask *a, struct mh_record *rec)
{
	const struct mh_ask_guards *g = &a->o.guards;
	struct turn t = {0};
	const char *text, *code = NULL;
	char *copy;
	json_t *screen = NULL, *worksheet;
	char err[512];
	size_t n;
	int rc, upstream;

	t.a = a;
	t.t0 = mh_now_ms();
	rc = mh_record_string(rec, a->o.field, &text, &n);
	if (rc == -1)
		return fail(rec, "no_text",
		    "the record has no text to ask about");
	if (rc != 0) {
		/* Not redactable, so not to be written either. */
		mh_record_remove(rec, a->o.field);
		return fail(rec, rc == -3 ? "nul" : "text_type",
		    rc == -3 ? "the text holds a NUL character"
		             : "the text is not a string");
	}
	/* Privacy first: nothing unredacted goes further. */
	upstream = redacted_upstream(rec, a->o.field, text, n);
	t.redacted = upstream || !a->o.no_redact;
	if (!upstream && !a->o.no_redact) {
		if (g->redact == NULL) {
			mh_record_remove(rec, a->o.field);
			return fail(rec, "redact",
			    "no redactor: pass records through mh-redact "
			    "first, or use --no-redact");
		}
		if (g->redact(g->ctx, rec, a->o.field, &code, err,
		        sizeof(err)) < 0) {
			mh_record_remove(rec, a->o.field);
			return fail(rec, code ? code : "redact", err);
		}
		if (mh_record_string(rec, a->o.field, &text, &n) != 0) {
			mh_record_remove(rec, a->o.field);
			return fail(rec, "redact", "the redacted text is gone");
		}
	}
	worksheet = mh_record_json(rec, "worksheet");
	if (guard_in(a, rec, text, n, worksheet, &screen) < 0) {
		json_decref(worksheet);
		return -1;
	}
	/* A copy: the record changes under the pointer as results are set. */
	mh_record_string(rec, a->o.field, &text, &n);
	if ((copy = malloc(n + 1)) == NULL) {
		json_decref(screen);
		json_decref(worksheet);
		return fail(rec, "nomem", "out of memory");
	}
	memcpy(copy, text, n + 1);
	t.user = copy;
	t.user_len = n;
	t.screen = screen;
	/* our own screen always has an action; fail closed regardless */
	if (action_of(screen) == NULL ||
	    strcmp(action_of(screen), "crisis") == 0)
		rc = answer_crisis(&t, rec);
	else if (a->o.provider == NULL)
		rc = answer_offline(&t, rec, worksheet);
	else
		rc = answer_llm(&t, rec, worksheet);
	json_decref(t.check);
	json_decref(screen);
	json_decref(worksheet);
	explicit_bzero(copy, n);
	free(copy);
	return rc;
}
