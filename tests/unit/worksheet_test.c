/* Templates: every shipped one loads; broken ones fail naming the file
 * and the problem; answers are validated by type, range and need. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "worksheet.h"

static const char *const shipped[] = {"thought-record", "activation",
    "grounding", "three-good-things", "checkin", "sleep-diary",
    "worry-time", "diary-card", "safety-plan", "phq9", "phq2", "gad7",
    "gad2", "who5", "asq", "k6"};

static struct mh_worksheet *
parse(const char *text, char *err, size_t errsize)
{
	return mh_worksheet_parse(text, strlen(text), "t.json", "t", err,
	    errsize);
}

/* The template must fail with a message containing want. */
static void
broken(const char *text, const char *want, const char *name)
{
	char err[512] = "";
	struct mh_worksheet *ws = parse(text, err, sizeof(err));

	if (!ok(ws == NULL && strstr(err, want) != NULL &&
	    strncmp(err, "t.json: ", 8) == 0, name))
		printf("#   err: %s\n", err);
	mh_worksheet_free(ws);
}

static int
check(struct mh_worksheet *ws, const char *answers, const char *want)
{
	char err[512] = "";
	json_t *a = json_loads(answers, 0, NULL);
	int r = mh_worksheet_check(ws, a, err, sizeof(err));

	json_decref(a);
	if (want == NULL)
		return r == 0 || (printf("#   err: %s\n", err), 0);
	if (r == 0 || strstr(err, want) == NULL) {
		printf("#   err '%s' lacks '%s'\n", err, want);
		return 0;
	}
	return 1;
}

static int
value_is(const struct mh_worksheet_item *it, const char *in,
    const char *want)
{
	char err[256] = "";
	json_t *v = mh_worksheet_value(it, in, err, sizeof(err));
	char *s = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
	int r = want ? s && strcmp(s, want) == 0 : v == NULL && *err;

	if (!r)
		printf("#   '%s' gave %s (%s)\n", in, s ? s : "NULL", err);
	free(s);
	json_decref(v);
	return r;
}

#define T1 "{\"name\":\"t\",\"title\":\"T\",\"version\":1,\"items\":["
int
main(void)
{
	char err[512], msg[128];
	struct mh_worksheet *ws;
	struct mh_buf text = {0};
	json_t *a, *r, *list;
	size_t i;

	for (i = 0; i < sizeof(shipped) / sizeof(shipped[0]); i++) {
		snprintf(msg, sizeof(msg), "shipped template %s loads",
		    shipped[i]);
		ws = mh_worksheet_load(shipped[i], err, sizeof(err));
		if (!ok(ws != NULL, msg))
			printf("#   %s\n", err);
		mh_worksheet_free(ws);
	}
	list = mh_worksheet_list(&text, err, sizeof(err));
	is_int(json_array_size(list), 16, "--list finds the 16 templates");
	is_str(json_string_value(json_object_get(json_array_get(list, 0),
	    "name")), "activation", "the list is sorted");
	is_int(text.len, 0, "no broken templates reported");
	json_decref(list);
	mh_buf_free(&text);

	broken("{", "t.json: ", "invalid JSON names the file");
	broken("[]", "JSON object", "a non-object");
	broken(T1 "]}", "\"items\"", "no items");
	broken("{\"name\":\"t\",\"title\":\"T\",\"version\":1,\"itmes\":[]}",
	    "unknown key \"itmes\"", "a misspelt key is named");
	broken("{\"name\":\"u\",\"title\":\"T\",\"version\":1,\"items\":[]}",
	    "named for \"t\"", "name differs from the file name");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"scale\","
	    "\"min\":3,\"max\":1}]}", "min < max", "scale range reversed");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"slider\"}]}",
	    "\"type\" must be", "unknown item type");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"text\"},"
	    "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"text\"}]}",
	    "duplicate id \"a\"", "duplicate item ids");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"choice\","
	    "\"options\":[]}]}", "options", "a choice without options");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"scale\","
	    "\"min\":0,\"max\":2,\"labels\":[\"x\"]}]}", "labels",
	    "wrong number of labels");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"text\","
	    "\"ask_if\":{\"ids\":[\"b\"],\"values\":[\"x\"]}}]}",
	    "not an earlier item", "ask_if naming a later item");
	broken(T1 "{\"id\":\"a\",\"prompt\":\"p\",\"type\":\"text\"}],"
	    "\"alerts\":[{\"id\":\"zz\",\"min\":1}]}", "alerts[0]",
	    "alert on an unknown item");
	{
		const char *p9 = "{\"name\":\"phq9\",\"title\":\"T\","
		    "\"version\":1,\"items\":[{\"id\":\"q1\","
		    "\"prompt\":\"p\",\"type\":\"scale\",\"min\":0,"
		    "\"max\":3}]}";

		ws = mh_worksheet_parse(p9, strlen(p9), "p.json", "phq9", err,
		    sizeof(err));
	}
	if (!ok(ws == NULL && strstr(err, "exactly 9 items"),
	    "a user PHQ-9 that would not score is refused"))
		printf("#   %s\n", err);

	/* Answers, against the shipped PHQ-9, ASQ and sleep diary. */
	ws = mh_worksheet_load("phq9", err, sizeof(err));
	ok(check(ws, "{\"q1\":0,\"q2\":1,\"q3\":2,\"q4\":3,\"q5\":0,\"q6\":0,"
	    "\"q7\":0,\"q8\":0,\"q9\":0}", NULL), "complete PHQ-9 passes");
	ok(check(ws, "{\"q1\":0,\"q2\":1,\"q3\":2,\"q4\":3,\"q5\":0,\"q6\":0,"
	    "\"q7\":0,\"q8\":0}", "missing answer: q9"), "missing q9 named");
	ok(check(ws, "{\"q1\":4}", "q1: must be a whole number from 0 to 3"),
	    "out of range named with the range");
	ok(check(ws, "{\"q1\":\"2\"}", "q1: must be"), "a string for a scale");
	ok(check(ws, "{\"q1\":1.5}", "q1: must be"), "a real for a scale");
	ok(check(ws, "{\"q10\":1}", "\"q10\" is not an item of phq9"),
	    "unknown item named");
	ok(check(ws, "[1,2]", "JSON object"), "answers not an object");
	a = json_loads("{\"q1\":2,\"q2\":2,\"q3\":2,\"q4\":2,\"q5\":2,\"q6\":2,"
	    "\"q7\":1,\"q8\":0,\"q9\":1}", 0, NULL);
	r = mh_worksheet_result(ws, a, "2026-11-22T09:00:00+01:00",
	    "2026-11-22T09:04:10+01:00", err, sizeof(err));
	ok(r != NULL, "result built");
	is_int(json_integer_value(json_object_get(json_object_get(r,
	    "scores"), "total")), 14, "result total");
	is_int(json_integer_value(json_object_get(r, "schema")), 1,
	    "schema 1");
	ok(mh_worksheet_alert(ws, a, json_object_get(r, "scores")),
	    "item 9 = 1 raises the alert");
	mh_worksheet_text(ws, r, &text);
	ok(strstr(text.p, "2026-11-22 09:04: total 14 of 27, moderate.") &&
	    strstr(text.p, "\nLittle interest or pleasure in doing things: "
		"More than half the days (2)"), "text summary");
	mh_buf_free(&text);
	json_decref(a);
	json_decref(r);
	ok(value_is(mh_worksheet_item(ws, 0), " 2 ", "2"), "typed 2");
	ok(value_is(mh_worksheet_item(ws, 0), "4", NULL), "typed 4 refused");
	ok(value_is(mh_worksheet_item(ws, 0), "", NULL), "empty refused");
	ok(value_is(mh_worksheet_item(ws, 0), "2x", NULL), "2x refused");
	mh_worksheet_free(ws);

	ws = mh_worksheet_load("asq", err, sizeof(err));
	ok(check(ws, "{\"q1\":\"no\",\"q2\":\"no\",\"q3\":\"no\","
	    "\"q4\":\"no\"}", NULL), "negative ASQ without q5 passes");
	ok(check(ws, "{\"q1\":\"no\",\"q2\":\"no\",\"q3\":\"no\","
	    "\"q4\":\"no\",\"q5\":\"no\"}", "q5: not asked"),
	    "q5 after all no is refused");
	ok(check(ws, "{\"q1\":\"yes\",\"q2\":\"no\",\"q3\":\"no\","
	    "\"q4\":\"no\"}", "missing answer: q5"), "q5 needed after a yes");
	ok(check(ws, "{\"q1\":\"perhaps\"}", "one of \"yes\", \"no\", "
	    "\"decline\""), "choice lists its options");
	ok(value_is(mh_worksheet_item(ws, 0), "Y", "\"yes\""), "prefix y");
	ok(value_is(mh_worksheet_item(ws, 0), "3", "\"decline\""),
	    "option by number");
	ok(value_is(mh_worksheet_item(ws, 0), "x", NULL), "x refused");
	a = json_pack("{s:s}", "q2", "decline");
	ok(mh_worksheet_asked(ws, 4, a), "q5 asked after a refusal");
	json_object_set_new(a, "q2", json_string("no"));
	ok(!mh_worksheet_asked(ws, 4, a), "q5 not asked after a no");
	json_decref(a);
	mh_worksheet_free(ws);

	ws = mh_worksheet_load("sleep-diary", err, sizeof(err));
	ok(value_is(mh_worksheet_item(ws, 0), "7:05", "\"07:05\""),
	    "7:05 is 07:05");
	ok(value_is(mh_worksheet_item(ws, 0), "24:00", NULL), "24:00 refused");
	ok(value_is(mh_worksheet_item(ws, 0), "12:60", NULL), "12:60 refused");
	ok(value_is(mh_worksheet_item(ws, 2), "12.5", "12.5"), "a real");
	ok(value_is(mh_worksheet_item(ws, 2), "721", NULL), "above max");
	ok(check(ws, "{\"bed_time\":\"23:00\",\"try_time\":\"23:10\","
	    "\"latency_min\":20,\"awakenings\":1,\"waso_min\":15,"
	    "\"wake_time\":\"6:30\",\"out_time\":\"07:00\",\"quality\":3}",
	    "wake_time: must be a time"), "a JSON time must be HH:MM");
	mh_worksheet_free(ws);

	ws = mh_worksheet_load("diary-card", err, sizeof(err));
	a = json_pack("{s:i}", "urge_suicide", 4);
	ok(mh_worksheet_alert(ws, a, NULL), "diary card urge 4 alerts");
	json_object_set_new(a, "urge_suicide", json_integer(3));
	ok(!mh_worksheet_alert(ws, a, NULL), "urge 3 does not");
	json_object_set_new(a, "self_harm_acted", json_string("yes"));
	ok(mh_worksheet_alert(ws, a, NULL), "self-harm acted on alerts");
	json_decref(a);
	mh_worksheet_free(ws);

	ws = mh_worksheet_load("../etc/passwd", err, sizeof(err));
	ok(ws == NULL && strstr(err, "not a worksheet name"),
	    "a path is not a name");
	ws = mh_worksheet_load("nonesuch", err, sizeof(err));
	ok(ws == NULL && strstr(err, "no such worksheet"), "unknown name");
	return done();
}
