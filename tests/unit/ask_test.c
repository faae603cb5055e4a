/* Unit tests for lib/ask with fake guards: the envelope fails closed
 * when a guard fails or is missing, answers a crisis locally, and sends
 * nothing it should not (the offline helper and dry runs make no
 * request, so no network is needed here). */
#include <string.h>

#include "ask.h"
#include "tap.h"

static int redact_calls, screen_calls;
static const char *screen_action = "continue";

static int
fake_redact(void *ctx, struct mh_record *rec, const char *field,
    const char **code, char *err, size_t errsize)
{
	(void)ctx;
	redact_calls++;
	if (mh_record_has(rec, "fail_redact")) {
		*code = "vault";
		snprintf(err, errsize, "the vault is full (fake)");
		return -1;
	}
	mh_record_set_string(rec, field, "[NAME_1] said hello", 19);
	mh_record_set_raw(rec, "redact", "{\"schema\":1,\"count\":1}", 22);
	return 0;
}

static json_t *
fake_screen(void *ctx, const char *text, size_t n, const char *conv,
    const json_t *worksheet)
{
	(void)ctx;
	(void)text;
	(void)n;
	(void)conv;
	(void)worksheet;
	screen_calls++;
	return json_pack("{s:i, s:s, s:s, s:[{s:s}]}", "schema", 1, "risk",
	    strcmp(screen_action, "crisis") == 0 ? "high" : "none", "action",
	    screen_action, "categories", "name", "suicidal_ideation");
}

static struct mh_record *
rec_of(const char *line)
{
	return mh_record_parse(line, strlen(line), 1, NULL);
}

static const char *
get(struct mh_record *r, const char *path1, const char *path2)
{
	static char buf[4096];
	json_t *v = mh_record_json(r, path1);
	const char *s = json_string_value(json_object_get(v, path2));

	snprintf(buf, sizeof(buf), "%s", s ? s : "(none)");
	json_decref(v);
	return buf;
}

int
main(void)
{
	struct mh_ask_opts o = {0};
	struct mh_ask *a;
	struct mh_record *r;
	const char *s;
	size_t n;

	o.guards.redact = fake_redact;
	o.guards.screen = fake_screen;
	a = mh_ask_new(&o);

	r = rec_of("{\"id\":1,\"text\":\"Marisol said hello\"}");
	is_int(mh_ask_record(a, r), 0, "offline answer");
	is_int(redact_calls, 1, "redacted once");
	is_int(screen_calls, 1, "screened once");
	ok(mh_record_string(r, "text", &s, &n) == 0 &&
	    strcmp(s, "[NAME_1] said hello") == 0,
	    "the record carries the redacted text");
	is_str(get(r, "reply", "source"), "offline", "source offline");
	mh_record_free(r);

	r = rec_of("{\"text\":\"Marisol\",\"fail_redact\":1}");
	is_int(mh_ask_record(a, r), -1, "redaction failure fails the record");
	ok(!mh_record_has(r, "text"), "  the text is dropped (fail closed)");
	ok(!mh_record_has(r, "reply"), "  no reply");
	is_str(get(r, "error", "code"), "vault", "  the guard's code");
	is_int(screen_calls, 1, "  nothing screened after it");
	mh_record_free(r);

	r = rec_of("{\"text\":\"[NAME_1]\",\"redact\":{\"schema\":1,"
		   "\"count\":1,\"items\":[{\"type\":\"NAME\",\"start\":0,"
		   "\"end\":8,\"placeholder\":\"[NAME_1]\"}]}}");
	mh_ask_record(a, r);
	is_int(redact_calls, 2, "a redacted record is not redacted again");
	mh_record_free(r);
	/* nor one whose items do not stand in its text (restored) */
	r = rec_of("{\"text\":\"Marisol\",\"redact\":{\"schema\":1,"
		   "\"count\":1,\"items\":[{\"type\":\"NAME\",\"start\":0,"
		   "\"end\":8,\"placeholder\":\"[NAME_1]\"}]}}");
	mh_ask_record(a, r);
	is_int(redact_calls, 3, "items that do not stand in the text: redacted");
	mh_record_free(r);
	/* mh-redact's stamp for an absent field, or no stamp of its own. */
	r = rec_of("{\"text\":\"Marisol\",\"redact\":{\"schema\":1}}");
	mh_ask_record(a, r);
	is_int(redact_calls, 4, "a redact member without items: redacted");
	mh_record_free(r);
	r = rec_of("{\"text\":\"Marisol\",\"redact\":true}");
	mh_ask_record(a, r);
	is_int(redact_calls, 5, "\"redact\": true: redacted");
	mh_record_free(r);

	screen_action = "crisis";
	r = rec_of("{\"text\":\"words\"}");
	is_int(mh_ask_record(a, r), 0, "crisis answered");
	is_str(get(r, "reply", "source"), "crisis", "  with the crisis text");
	is_str(get(r, "screen", "action"), "crisis", "  screen kept");
	mh_record_free(r);
	screen_action = "continue";

	/* a screen from upstream can raise the action, never lower it */
	r = rec_of("{\"text\":\"x\",\"screen\":{\"action\":\"caution\","
		   "\"risk\":\"moderate\"}}");
	mh_ask_record(a, r);
	is_int(screen_calls, 7, "a screened record is screened again");
	is_str(get(r, "screen", "risk"), "moderate",
	    "  the upstream caution is kept over our continue");
	mh_record_free(r);
	screen_action = "crisis";
	r = rec_of("{\"text\":\"x\",\"screen\":{\"action\":\"continue\"}}");
	mh_ask_record(a, r);
	is_str(get(r, "reply", "source"), "crisis",
	    "an upstream continue does not hide our crisis");
	is_str(get(r, "screen", "action"), "crisis", "  and our screen is kept");
	mh_record_free(r);
	r = rec_of("{\"text\":\"x\",\"screen\":{\"action\":\"crisis\"}}");
	mh_ask_record(a, r);
	is_int(screen_calls, 8, "an upstream crisis needs no screen of ours");
	mh_record_free(r);
	screen_action = "continue";
	screen_action = "crisis";
	r = rec_of("{\"text\":\"x\",\"screen\":\"main\"}");
	mh_ask_record(a, r);
	is_int(screen_calls, 9, "a \"screen\" that is not one: screened");
	is_str(get(r, "reply", "source"), "crisis", "  and its verdict used");
	mh_record_free(r);
	screen_action = "continue";

	r = rec_of("{\"text\":42}");
	is_int(mh_ask_record(a, r), -1, "text not a string");
	is_str(get(r, "error", "code"), "text_type", "  code");
	ok(!mh_record_has(r, "text"), "  dropped");
	mh_record_free(r);
	mh_ask_free(a);

	/* Without a redactor or a screener: fail closed. */
	memset(&o.guards, 0, sizeof(o.guards));
	a = mh_ask_new(&o);
	r = rec_of("{\"text\":\"Marisol\"}");
	is_int(mh_ask_record(a, r), -1, "no redactor: fails");
	is_str(get(r, "error", "code"), "redact", "  code");
	ok(!mh_record_has(r, "text"), "  text dropped");
	mh_record_free(r);
	r = rec_of("{\"text\":\"x\",\"redact\":{\"schema\":1,\"count\":0,"
		   "\"items\":[]}}");
	is_int(mh_ask_record(a, r), -1, "no screener: fails");
	is_str(get(r, "error", "code"), "screen", "  code");
	mh_record_free(r);
	mh_ask_free(a);

	/* Dry run with a provider: the request, never a network call. */
	o.guards.redact = fake_redact;
	o.guards.screen = fake_screen;
	o.provider = &mh_provider_openai;
	o.url = "https://api.openai.com/v1/chat/completions";
	o.model = "m";
	o.key = "sk-secret-unit";
	o.dry_run = 1;
	a = mh_ask_new(&o);
	r = rec_of("{\"text\":\"Marisol said hello\"}");
	is_int(mh_ask_record(a, r), 0, "dry run");
	{
		struct mh_buf b = {0};
		json_t *reply = mh_record_json(r, "reply");
		json_t *body = json_object_get(json_object_get(reply,
		    "request"), "body");

		mh_record_serialize(r, &b);
		ok(strstr(b.p, "sk-secret-unit") == NULL, "  key hidden");
		ok(strstr(b.p, "Marisol") == NULL, "  name not in the request");
		is_str(json_string_value(json_object_get(json_array_get(
			   json_object_get(body, "messages"), 1), "content")),
		    "[NAME_1] said hello", "  the redacted text in the body");
		json_decref(reply);
		mh_buf_free(&b);
	}
	mh_record_free(r);
	mh_ask_free(a);
	return done();
}
