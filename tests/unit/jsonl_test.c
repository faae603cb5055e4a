/* Unit tests for lib/jsonl.c: the record contract of mh-jsonl(5). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jsonl.h"
#include "tap.h"

/* Run the reader over input and return every record serialised (bad ones
 * as "!code@line"), one per line.  Caller frees. */
static char *
run(const char *input, size_t n, const struct mh_reader_opts *o)
{
	FILE *f = tmpfile();
	struct mh_reader *r;
	struct mh_record *rec;
	struct mh_buf out = {0};
	int rc;

	fwrite(input, 1, n, f);
	fflush(f);
	rewind(f);
	r = mh_reader_new(fileno(f), o);
	while ((rc = mh_reader_next(r, &rec)) == 1) {
		const char *msg, *code = mh_record_bad(rec, &msg);

		if (code)
			mh_buf_addf(&out, "!%s@%zu\n", code,
			    mh_record_line(rec));
		else
			mh_record_serialize(rec, &out);
		mh_record_free(rec);
	}
	if (rc == -1)
		mh_buf_adds(&out, "!read-error\n");
	mh_reader_free(r);
	fclose(f);
	if (out.p == NULL)
		mh_buf_adds(&out, "");
	return out.p;
}

static void
check(const char *name, const char *in, const char *want)
{
	char *got = run(in, strlen(in), NULL);

	is_str(got, want, name);
	free(got);
}

static void
test_lines(void)
{
	check("plain text becomes a text record", "I feel low today\n",
	    "{\"text\":\"I feel low today\"}\n");
	check("a last line without newline is read", "one\ntwo",
	    "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
	check("CRLF line ends are dropped", "hi\r\n{\"a\":1}\r\n",
	    "{\"text\":\"hi\"}\n{\"a\":1}\n");
	check("blank lines are skipped but counted", "\n  \n\t\nx\n\n{\n",
	    "{\"text\":\"x\"}\n!json@6\n");
	check("quotes and controls in text are escaped", "say \"hi\"\t\\\n",
	    "{\"text\":\"say \\\"hi\\\"\\t\\\\\"}\n");
	check("empty input gives no records", "", "");
	check("only newlines gives no records", "\n\n\n", "");
}

static void
test_passthrough(void)
{
	check("numbers keep their exact spelling",
	    "{\"a\":1.10,\"b\":1e400,\"c\":-0,\"d\":12345678901234567890123}\n",
	    "{\"a\":1.10,\"b\":1e400,\"c\":-0,\"d\":12345678901234567890123}\n");
	check("whitespace is compacted, order kept",
	    "  { \"z\" : [1, 2 ,{ \"y\" : null }], \"a\":\"b c\" }  \n",
	    "{\"z\":[1,2,{\"y\":null}],\"a\":\"b c\"}\n");
	check("escapes in strings are kept as written",
	    "{\"t\":\"\\u00e9\\n\\/\"}\n", "{\"t\":\"\\u00e9\\n\\/\"}\n");
	check("nested duplicate keys pass through untouched",
	    "{\"m\":{\"k\":1,\"k\":2}}\n", "{\"m\":{\"k\":1,\"k\":2}}\n");
	check("empty object", "{}\n", "{}\n");
}

static void
test_bad(void)
{
	static char deep[200005];
	char *got;
	size_t i;

	check("invalid UTF-8 is refused, neighbours kept",
	    "a\n\xff\xfe bad\nb\n",
	    "{\"text\":\"a\"}\n!utf8@2\n{\"text\":\"b\"}\n");
	check("overlong UTF-8 is refused", "\xc0\xaf\n", "!utf8@1\n");
	check("a surrogate in UTF-8 is refused", "\xed\xa0\x80\n",
	    "!utf8@1\n");
	check("truncated UTF-8 at the end is refused", "ok \xe2\x82\n",
	    "!utf8@1\n");
	{
		const char in[] = "a\nb\0c\nd\n";

		got = run(in, sizeof(in) - 1, NULL);
		is_str(got, "{\"text\":\"a\"}\n!nul@2\n{\"text\":\"d\"}\n",
		    "a NUL byte is refused, neighbours kept");
		free(got);
	}
	check("JSON array is not an object", "[1,2]\n", "!not_object@1\n");
	check("text starting with [ is plain text", "[sighs] fine\n",
	    "{\"text\":\"[sighs] fine\"}\n");
	check("truncated JSON is an error", "{\"text\": \"ab\nok\n",
	    "!json@1\n{\"text\":\"ok\"}\n");
	check("trailing junk is an error", "{\"a\":1} x\n", "!json@1\n");
	check("bad number", "{\"a\":01}\n", "!json@1\n");
	check("bad literal", "{\"a\":tru}\n", "!json@1\n");
	check("raw control character in a string", "{\"a\":\"x\ty\"}\n",
	    "!json@1\n");
	check("lone surrogate escape", "{\"a\":\"\\ud800\"}\n", "!json@1\n");
	check("missing colon", "{\"a\" 1}\n", "!json@1\n");
	check("duplicate top-level keys are refused",
	    "{\"text\":\"a\",\"text\":\"b\"}\n", "!duplicate_key@1\n");
	check("duplicates found among many keys",
	    "{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"f\":1,\"g\":1,"
	    "\"h\":1,\"i\":1,\"te\\u0078t\":1,\"text\":2}\n",
	    "!duplicate_key@1\n");
	for (i = 0; i < 100000; i++)
		deep[i] = '[';
	memcpy(deep + i, "\nafter\n", 8);
	deep[0] = '{';
	got = run(deep, strlen(deep), NULL);
	is_str(got, "!json@1\n{\"text\":\"after\"}\n",
	    "nesting 100,000 deep fails cleanly ({ then [)");
	free(got);
	deep[0] = '{';
	memcpy(deep, "{\"a\":", 5);
	for (i = 5; i < 100000; i++)
		deep[i] = '[';
	got = run(deep, strlen(deep), NULL);
	is_str(got, "!too_deep@1\n{\"text\":\"after\"}\n",
	    "nesting 100,000 deep is too_deep");
	free(got);
}

static void
test_limits(void)
{
	struct mh_reader_opts o = {.max_record = 64};
	char big[300];
	char *got;

	memset(big, 'x', sizeof(big));
	memcpy(big + 200, "\nshort\n", 7);
	big[207] = '\0';
	got = run(big, strlen(big), &o);
	is_str(got, "!too_large@1\n{\"text\":\"short\"}\n",
	    "a line over the limit is refused, the next one read");
	free(got);
	got = run(big, 200, &o);
	is_str(got, "!too_large@1\n", "an over-long last line without newline");
	free(got);
}

static void
test_whole(void)
{
	struct mh_reader_opts o = {.whole = 1};
	const char *in = "first line\n{\"not\":\"json\"}\n\nlast\n";
	char *got = run(in, strlen(in), &o);

	is_str(got, "{\"text\":\"first line\\n{\\\"not\\\":\\\"json\\\"}\\n\\nlast\"}\n",
	    "whole input is one plain-text record");
	free(got);
	got = run("", 0, &o);
	is_str(got, "", "whole mode on empty input gives no record");
	free(got);
	o.text_field = "msg";
	o.whole = 0;
	got = run("hello\n", 6, &o);
	is_str(got, "{\"msg\":\"hello\"}\n", "text field option");
	free(got);
}

static struct mh_record *
one(const char *line)
{
	FILE *f = tmpfile();
	struct mh_reader *r;
	struct mh_record *rec = NULL;

	fputs(line, f);
	rewind(f);
	r = mh_reader_new(fileno(f), NULL);
	mh_reader_next(r, &rec);
	mh_reader_free(r);
	fclose(f);
	return rec;
}

static void
test_access(void)
{
	struct mh_record *rec;
	struct mh_buf b = {0};
	const char *s;
	size_t n;
	json_t *v;

	rec = one("{\"id\":7,\"text\":\"caf\\u00e9 \\ud83d\\ude00\\n\",\"x\":[1]}\n");
	ok(mh_record_string(rec, "text", &s, &n) == 0 &&
	    n == strlen("caf\xc3\xa9 \xf0\x9f\x98\x80\n") &&
	    memcmp(s, "caf\xc3\xa9 \xf0\x9f\x98\x80\n", n) == 0,
	    "string escapes and surrogate pairs decode");
	is_int(mh_record_string(rec, "id", &s, &n), -2, "a number is not a string");
	is_int(mh_record_string(rec, "nope", &s, &n), -1, "absent member");
	mh_record_set_string(rec, "text", "[NAME_1] ok", 11);
	v = json_pack("{s:i, s:f, s:f, s:b}", "count", 1, "r", 0.1, "w", 2.0,
	    "t", 1);
	mh_record_set_json(rec, "redact", v);
	json_decref(v);
	mh_record_serialize(rec, &b);
	is_str(b.p, "{\"id\":7,\"text\":\"[NAME_1] ok\",\"x\":[1],"
	    "\"redact\":{\"count\":1,\"r\":0.1,\"w\":2.0,\"t\":true}}\n",
	    "set replaces in place and appends new keys; reals round-trip");
	mh_buf_reset(&b);
	mh_record_remove(rec, "x");
	mh_record_remove(rec, "id");
	mh_record_set_error(rec, "mh-test", "failed", "it broke");
	mh_record_serialize(rec, &b);
	is_str(b.p, "{\"text\":\"[NAME_1] ok\",\"redact\":{\"count\":1,\"r\":0.1,"
	    "\"w\":2.0,\"t\":true},\"error\":{\"tool\":\"mh-test\",\"code\":"
	    "\"failed\",\"message\":\"it broke\",\"line\":1}}\n",
	    "remove and error object");
	v = mh_record_json(rec, "redact");
	ok(json_is_object(v) && json_integer_value(json_object_get(v,
	    "count")) == 1, "member decodes with jansson");
	json_decref(v);
	ok(mh_record_set_string(rec, "bad", "\xff", 1) == -1,
	    "setting invalid UTF-8 is refused");
	mh_record_free(rec);

	rec = one("{\"text\":\"a\\u0000b\"}\n");
	is_int(mh_record_string(rec, "text", &s, &n), -3,
	    "an escaped NUL in text is reported");
	mh_record_free(rec);

	rec = one("plain \"x\"\n");
	ok(mh_record_string(rec, "text", &s, &n) == 0 && n == 9,
	    "plain text is available decoded");
	v = mh_record_json(rec, "text");
	is_str(json_string_value(v), "plain \"x\"", "plain text as JSON");
	json_decref(v);
	mh_record_free(rec);
	mh_buf_free(&b);

	mh_buf_reset(&b);
	mh_json_quote(&b, "\x01\x1f\x7f", 3);
	is_str(b.p, "\"\\u0001\\u001f\x7f\"", "control characters quoted");
	mh_buf_free(&b);
}

static void
test_parse(void)
{
	char err[200];
	json_t *v;

	v = mh_json_parse("{\"a\":1}", 7, err, sizeof(err));
	ok(json_is_object(v), "mh_json_parse parses");
	json_decref(v);
	ok(mh_json_parse("{\"a\":1,\"a\":2}", 13, err, sizeof(err)) == NULL,
	    "mh_json_parse refuses duplicate keys");
	ok(mh_json_parse("{\"a\":", 5, err, sizeof(err)) == NULL &&
	    strstr(err, "line 1") != NULL, "mh_json_parse error names the place");
}

int
main(void)
{
	test_lines();
	test_passthrough();
	test_bad();
	test_limits();
	test_whole();
	test_access();
	test_parse();
	return done();
}
