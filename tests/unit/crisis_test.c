/* Unit tests for lib/crisis: concerns read from screen objects, and the
 * crisis texts: the country's numbers, the safe-messaging elements, the
 * order for emergencies, and no method or means words ever. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crisis.h"
#include "tap.h"

static struct mh_resources *res;

/* Words a crisis text must never contain (whole words, any case): means,
 * methods, places and amounts. */
static const char *const banned[] = {"bridge", "bridges", "jump", "jumping",
    "height", "heights", "tall", "taller", "meters", "metres", "feet",
    "floor", "roof", "building", "cliff", "train", "rail", "tracks",
    "pill", "pills", "tablet", "tablets", "dose", "doses", "mg", "lethal",
    "overdose", "poison", "pesticide", "pesticides", "bleach", "rope",
    "hang", "hanging", "noose", "gun", "guns", "firearm", "knife", "blade",
    "razor", "cut", "cutting", "slit", "wrist", "wrists", "drown",
    "carbon", "painless", "method", "methods", "how to", "soap",
    "calories", "fast", "purge", NULL};

static int
has_word(const char *text, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = text; *p; p++) {
		if (strncasecmp(p, w, n) != 0)
			continue;
		if ((p == text || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	}
	return 0;
}

static const char *
banned_word(const char *text)
{
	for (int i = 0; banned[i] != NULL; i++)
		if (has_word(text, banned[i]))
			return banned[i];
	return NULL;
}

static char *
crisis(unsigned c, const char *user, const char *cc)
{
	struct mh_buf b = {0};

	if (mh_crisis_text(c, user, user ? strlen(user) : 0, res, cc, &b) != 0)
		return NULL;
	return b.p;
}

static void
test_concerns(void)
{
	static const struct {
		const char *json;
		unsigned want;
		const char *name;
	} t[] = {
	    {"null", 0, "not an object"},
	    {"{}", 0, "no categories"},
	    {"{\"risk\":\"high\",\"categories\":[{\"name\":"
	     "\"means_seeking\",\"risk\":\"high\"}]}", MH_CONCERN_SUICIDE,
	     "means_seeking"},
	    {"{\"risk\":\"imminent\",\"categories\":[{\"name\":"
	     "\"intent_plan\"}]}", MH_CONCERN_SUICIDE | MH_CONCERN_IMMINENT,
	     "imminent risk"},
	    {"{\"categories\":[{\"name\":\"harm_to_others\"},{\"name\":"
	     "\"abuse\"}]}", MH_CONCERN_OTHERS | MH_CONCERN_ABUSE,
	     "others and abuse"},
	    {"{\"categories\":[{\"name\":\"delusion\"},{\"name\":"
	     "\"hallucination\"}]}", MH_CONCERN_PSYCHOSIS, "psychosis"},
	    {"{\"categories\":[{\"name\":\"mania\"},{\"name\":\"ocd\"},"
	     "{\"name\":\"eating_disorder\"},{\"name\":\"overdose\"}]}",
	     MH_CONCERN_MANIA | MH_CONCERN_OCD | MH_CONCERN_EATING |
	     MH_CONCERN_OVERDOSE, "mania, ocd, eating, overdose"},
	    {"{\"categories\":[{\"name\":\"self_harm\",\"risk\":"
	     "\"imminent\"}]}", MH_CONCERN_SELF_HARM | MH_CONCERN_IMMINENT,
	     "self-harm, imminent in a category"},
	    {"{\"categories\":[{\"name\":\"worksheet\",\"flags\":"
	     "[\"asq_acute\",7]}]}", MH_CONCERN_SUICIDE | MH_CONCERN_IMMINENT,
	     "asq_acute flag"},
	    {"{\"flags\":[\"phq9_item9\"]}", MH_CONCERN_SUICIDE,
	     "phq9_item9 flag"},
	    {"{\"categories\":[{\"name\":\"tiredness\"},{\"name\":3},"
	     "\"x\"]}", 0, "unknown names and junk"},
	    {"{\"categories\":{\"name\":\"mania\"}}", 0,
	     "categories not an array"},
	    /* the names mh-screen writes (lib/cues.c on branch screen) */
	    {"{\"categories\":[{\"name\":\"suicidal_ideation\"},{\"name\":"
	     "\"intent_plan\"},{\"name\":\"means_seeking\"},{\"name\":"
	     "\"self_harm\"},{\"name\":\"harm_to_others\"},{\"name\":"
	     "\"abuse_danger\"},{\"name\":\"psychosis\"},{\"name\":"
	     "\"mania\"},{\"name\":\"ocd\"},{\"name\":\"eating_disorder\"},"
	     "{\"name\":\"substance_emergency\"}]}", MH_CONCERN_SUICIDE |
	     MH_CONCERN_SELF_HARM | MH_CONCERN_OTHERS | MH_CONCERN_ABUSE |
	     MH_CONCERN_PSYCHOSIS | MH_CONCERN_MANIA | MH_CONCERN_OCD |
	     MH_CONCERN_EATING | MH_CONCERN_OVERDOSE, "every mh-screen category"},
	    {"{\"risk\":\"high\",\"categories\":[{\"name\":\"distress\"}]}",
	     0, "distress alone: no specific concern"},
	};

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		json_t *j = json_loads(t[i].json, JSON_DECODE_ANY, NULL);
		is_int(mh_crisis_concerns(j), t[i].want, t[i].name);
		json_decref(j);
	}
	is_int(mh_crisis_concerns(NULL), 0, "NULL screen");
}

static void
test_numbers(void)
{
	static const char *const t[][3] = {{"US", "988", "911"},
	    {"GB", "116 123", "999"}, {"AU", "13 11 14", "000"},
	    {"IN", "1800-599-0019", "112"}, {"BR", "188", "190"},
	    {"DE", "0800 111 0 111", "112"}};

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *s = crisis(MH_CONCERN_SUICIDE, "", t[i][0]);
		char name[80];
		snprintf(name, sizeof name, "%s text has %s and %s", t[i][0],
		    t[i][1], t[i][2]);
		ok(s && strstr(s, t[i][1]) && strstr(s, t[i][2]), name);
		free(s);
	}
	{
		char *s = crisis(MH_CONCERN_SUICIDE, NULL, "AQ");
		ok(s && strstr(s, "findahelpline.com") &&
		    strstr(s, "local emergency number"),
		    "unknown country: directory and local emergency");
		free(s);
	}
	{
		struct mh_buf b = {0};
		mh_crisis_text(MH_CONCERN_SUICIDE, NULL, 0, NULL, "US", &b);
		ok(b.p && strstr(b.p, "findahelpline.com") &&
		    !strstr(b.p, "988"), "no table: directory, no numbers");
		mh_buf_free(&b);
	}
	{
		char *s = crisis(MH_CONCERN_SUICIDE, "", "US");
		ok(s && strstr(s, "found on 20") &&
		    strstr(s, "in copies of public pages of various dates") &&
		    !strstr(s, "[number"),
		    "the date of the numbers' check is said once, after them");
		free(s);
	}
}

static void
test_elements(void)
{
	char *s = crisis(MH_CONCERN_SUICIDE, "I lost my job", "US");
	const char *dir, *res988, *hope;

	ok(s != NULL, "suicide text");
	ok(strstr(s, "Thank you for telling me") != NULL, "acknowledges");
	ok(strstr(s, "are you thinking about ending your life?") != NULL,
	    "asks directly about suicide");
	ok(strstr(s, "Are you safe right now?") != NULL, "asks about safety");
	ok(strstr(s, "someone you trust") != NULL, "human connection");
	ok(strstr(s, "put some distance") != NULL, "means safety as a step");
	ok(strstr(s, "help does work") != NULL, "hope");
	ok(strstr(s, "not a person or a therapist") != NULL, "honest: a tool");
	ok(strstr(s, "keep talking") != NULL, "stays in the conversation");
	dir = strstr(s, "directly");
	res988 = strstr(s, "988");
	hope = strstr(s, "help does work");
	ok(dir && res988 && hope && dir < res988 && res988 < hope,
	    "order: ask, resources, hope");
	ok(strstr(s, "committed suicide") == NULL, "no 'committed suicide'");
	free(s);

	s = crisis(MH_CONCERN_SELF_HARM, NULL, "US");
	ok(s && strstr(s, "hurting yourself") && !strstr(s, "ending your "
	    "life"), "self-harm asks about hurting, not ending life");
	free(s);

	s = crisis(0, NULL, "US");
	ok(s && strstr(s, "ending your life"), "no concerns: suicide text");
	free(s);
}

static void
test_order(void)
{
	static const unsigned first[] = {MH_CONCERN_IMMINENT | MH_CONCERN_SUICIDE,
	    MH_CONCERN_OVERDOSE, MH_CONCERN_OTHERS, MH_CONCERN_ABUSE};
	static const char *const names[] = {"imminent: 911 first",
	    "overdose: 911 first", "harm to others: 911 in first line",
	    "abuse: 911 in first line"};

	for (size_t i = 0; i < 4; i++) {
		char *s = crisis(first[i], NULL, "US");
		char *nl = s ? strchr(s, '\n') : NULL;
		const char *e = s ? strstr(s, "call 911 now") : NULL;
		ok(e && nl && e < nl, names[i]);
		free(s);
	}
	{
		char *s = crisis(MH_CONCERN_OTHERS, NULL, "US");
		ok(s && strstr(s, "hurting someone else") &&
		    !strstr(s, "ending your life"),
		    "harm to others is not treated as suicide");
		free(s);
	}
	{
		char *s = crisis(MH_CONCERN_IMMINENT, NULL, "GB");
		ok(s && strstr(s, "call 999 or 112 now") &&
		    strstr(s, "ending your life"), "imminent alone: GB, suicide");
		free(s);
	}
}

static void
test_conditions(void)
{
	char *s;

	s = crisis(MH_CONCERN_PSYCHOSIS, "Everyone acts normal but I know "
	    "I'm actually dead", "US");
	ok(s && strstr(s, "likely alive"), "feeling dead: likely alive");
	ok(s && strstr(s, "not going to argue"), "psychosis: does not argue");
	ok(s && strstr(s, "doctor or someone you trust"),
	    "psychosis: doctor or trusted person");
	free(s);
	s = crisis(MH_CONCERN_PSYCHOSIS, "people in disguise FOLLOW me", "US");
	ok(s && strstr(s, "another explanation for what you have noticed"),
	    "followed: gently questions");
	ok(s && !strstr(s, "likely alive"), "followed: no dead line");
	free(s);
	s = crisis(MH_CONCERN_PSYCHOSIS, "God's voice tells me things", "US");
	ok(s && strstr(s, "Hearing voices"), "voices line");
	free(s);
	s = crisis(MH_CONCERN_PSYCHOSIS, NULL, "US");
	ok(s && strstr(s, "another explanation"), "no text: generic line");
	free(s);
	s = crisis(MH_CONCERN_MANIA, NULL, "US");
	ok(s && strstr(s, "sleep") && strstr(s, "hold off on big decisions")
	    && strstr(s, "keep taking"), "mania: sleep, pause, medication");
	free(s);
	s = crisis(MH_CONCERN_OCD, NULL, "US");
	ok(s && strstr(s, "rather not help with the routine"),
	    "ocd: declines the routine");
	free(s);
	s = crisis(MH_CONCERN_EATING, NULL, "US");
	ok(s && strstr(s, "eating-disorder service"), "eating disorder");
	free(s);
}

static void
test_no_method_words(void)
{
	static const char *const users[] = {NULL, "I'm dead",
	    "they follow me", "the voices"};
	const char *cc[] = {"US", "GB", "FR", "JP", "AQ"};
	int bad = 0, n = 0;

	/* Every combination of concerns once, each with one of the user
	 * texts and countries in turn; then every single concern with every
	 * text and country.  (All 20,480 products take minutes under
	 * valgrind and add nothing: the words come from fixed pieces.) */
	for (unsigned c = 0; c < (1u << 10) + 10 * 20; c++) {
		unsigned con = c < (1u << 10) ? c : 1u << ((c - 1024) / 20);
		size_t u = c < (1u << 10) ? c % 4 : (c - 1024) % 4;
		size_t k = c < (1u << 10) ? (c / 4) % 5 : ((c - 1024) / 4) % 5;
		struct mh_buf b = {0};
		const char *w;

		mh_crisis_fallback(con, users[u],
		    users[u] ? strlen(users[u]) : 0, res, cc[k], &b);
		n++;
		if ((w = banned_word(b.p)) != NULL && bad++ < 3)
			printf("# concerns %u: '%s'\n", con, w);
		mh_buf_free(&b);
	}
	ok(bad == 0, "no means or method word in any combination");
	printf("# %d texts checked\n", n);
	ok(has_word("Call the bridge.", "bridge") &&
	    !has_word("Cambridge", "bridge"), "the word check itself works");
}

static void
test_fallback(void)
{
	struct mh_buf b = {0};

	mh_crisis_fallback(0, NULL, 0, res, "US", &b);
	ok(strstr(b.p, "held back") && !strstr(b.p, "988"),
	    "fallback without concerns: note, no crisis lines");
	mh_buf_reset(&b);
	mh_crisis_fallback(MH_CONCERN_SUICIDE, NULL, 0, res, "US", &b);
	ok(strstr(b.p, "held back") && strstr(b.p, "988") &&
	    strstr(b.p, "ending your life"), "fallback with concerns: crisis");
	mh_buf_free(&b);
}

int
main(void)
{
	char err[256], path[4096];
	const char *dir = getenv("MH_DATADIR");

	snprintf(path, sizeof path, "%s/resources.tsv", dir ? dir : "data");
	res = mh_resources_load(path, err, sizeof err);
	if (!ok(res != NULL, "resources load")) {
		printf("# %s\n", err);
		return done();
	}
	test_concerns();
	test_numbers();
	test_elements();
	test_order();
	test_conditions();
	test_no_method_words();
	test_fallback();
	mh_resources_free(res);
	return done();
}
