/* Unit tests for lexicon.c (tokens, trie) and screen.c (context rules,
 * categories both ways, conversations, worksheets).  Every message here
 * is invented. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

#include "cues.h"
#include "image.h"
#include "lexicon.h"
#include "model.h"
#include "screen.h"
#include "util.h"

static struct mh_screener *S;

/* The risk of one category in a screen object, "none" when absent. */
static const char *
cat_risk(const json_t *screen, const char *name)
{
	size_t i;
	json_t *c;

	json_array_foreach(json_object_get(screen, "categories"), i, c)
		if (strcmp(json_string_value(json_object_get(c, "name")),
			name) == 0)
			return json_string_value(json_object_get(c, "risk"));
	return "none";
}

/* Screen text on its own (a fresh conversation) and return the risk of
 * category cat, or the overall risk when cat is NULL. */
static const char *
screen1(const char *text, const char *cat)
{
	static char buf[16];
	json_t *j;

	mh_screen_forget(S, "unit");
	j = mh_screen_text(S, text, strlen(text), "unit", NULL, NULL);
	if (j == NULL)
		return "(null)";
	snprintf(buf, sizeof buf, "%s", cat != NULL ? cat_risk(j, cat) :
	    mh_screen_risk_name(mh_screen_risk_of(j)));
	json_decref(j);
	return buf;
}

/* Screen one turn of conversation id (text may be NULL for a worksheet
 * record) and return its overall risk. */
static const char *
turn(const char *text, const char *id, const json_t *ws)
{
	static char buf[16];
	json_t *j = mh_screen_text(S, text, text ? strlen(text) : 0, id, ws,
	    NULL);

	snprintf(buf, sizeof buf, "%s",
	    j ? mh_screen_risk_name(mh_screen_risk_of(j)) : "(null)");
	json_decref(j);
	return buf;
}

/* Screen turns of one conversation; return the last turn's risk. */
static const char *
conv(const char *id, const char *const *turns)
{
	static char buf[16];
	json_t *j = NULL;

	mh_screen_forget(S, id);
	for (; *turns != NULL; turns++) {
		json_decref(j);
		j = mh_screen_text(S, *turns, strlen(*turns), id, NULL, NULL);
	}
	snprintf(buf, sizeof buf, "%s",
	    mh_screen_risk_name(mh_screen_risk_of(j)));
	json_decref(j);
	return buf;
}

/* The hash of the first token of text and its length, or 0 and 0 when
 * there is none. */
static uint64_t
first_hash(const char *text, size_t *len)
{
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	size_t pos = 0;

	*len = 0;
	if (mh_lexicon_sentence(text, strlen(text), &pos, t) == 0)
		return 0;
	*len = t[0].len;
	return t[0].hash;
}

/* Words of up to 15 ASCII letters and digits, and up to 8 with one
 * straight apostrophe, are hashed eight bytes at a time (with 16 bytes
 * of text ahead, found sixteen at a time); a curly apostrophe or a run
 * of three letters sends the same word byte by byte.  Every way of
 * writing a word, alone or followed by short or long text, must give
 * the hash of its plain lower-case form. */
static void
test_word_shapes(void)
{
	static const char *const w[] = {"a", "ok", "Sleep", "b00k", "abcdefg",
	    "abcdefgh", "abcdefghi", "Something", "EVERYTHING", "aabbccddeeff",
	    "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
	    "x1234567890", "aabbccddeeffgg", "zyxwvutsrqponm"};
	char lower[32], v[64], text[96];
	size_t i, k, c, len, bad = 0, n = 0;

	for (i = 0; i < sizeof w / sizeof w[0]; i++) {
		size_t wl = strlen(w[i]);
		uint64_t want;

		for (k = 0; k <= wl; k++)
			lower[k] = (char)(w[i][k] | (w[i][k] >= 'A' &&
			    w[i][k] <= 'Z' ? 0x20 : 0));
		want = mh_lexicon_hash(lower, wl);
		/* k: where an apostrophe goes (0: none); c: which one */
		for (k = 0; k < wl; k++)
			for (c = 0; c < (k ? 3 : 2); c++) {
				const char *ap = c == 2 ? "\xe2\x80\x99" : "'";

				if (k == 0)
					snprintf(v, sizeof v, "%s",
					    c ? lower : w[i]);
				else
					snprintf(v, sizeof v, "%.*s%s%s",
					    (int)k, w[i], ap, w[i] + k);
				snprintf(text, sizeof text, "%s", v);
				n++;
				if (first_hash(text, &len) != want ||
				    len != strlen(v))
					bad++;
				snprintf(text, sizeof text, "%s and more", v);
				n++;
				if (first_hash(text, &len) != want ||
				    len != strlen(v)) {
					printf("#   %s hashes apart\n", v);
					bad++;
				}
				/* 16 bytes and more after the start */
				snprintf(text, sizeof text,
				    "%s, and then some more text", v);
				n++;
				if (first_hash(text, &len) != want ||
				    len != strlen(v))
					bad++;
			}
	}
	ok(n > 400, "hundreds of word shapes tried");
	is_int(bad, 0, "every way of writing a word hashes as the word");
	ok(mh_lexicon_hash("somethinggg", 11) ==
	    mh_lexicon_hash("somethingg", 10) &&
	    mh_lexicon_hash("somethingg", 10) !=
	    mh_lexicon_hash("something", 9),
	    "a long word's run of three is cut to two, and only then");
}

/* A word inside a text and the same word alone, as a phrase word is
 * hashed, must agree, whichever path each takes. */
static void
test_word_paths(void)
{
	static const char *const w[] = {"a", "Ok", "zzz", "aab", "abb",
	    "sleeep", "SLEEP", "abcdefgh", "abcdeffF", "aaaaaaaa", "b00k",
	    "abcdefghi", "aabbccdd", "xyzzzy"};
	static const char *const norm[] = {"a", "ok", "zz", "aab", "abb",
	    "sleep", "sleep", "abcdefgh", "abcdeff", "aa", "b00k",
	    "abcdefghi", "aabbccdd", "xyzzy"};
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	char text[64];
	size_t i, pos, n, bad = 0;

	for (i = 0; i < sizeof w / sizeof w[0]; i++) {
		snprintf(text, sizeof text, "%s and then some more text", w[i]);
		pos = 0;
		n = mh_lexicon_sentence(text, strlen(text), &pos, t);
		if (n < 1 || t[0].hash != mh_lexicon_hash(norm[i],
			strlen(norm[i])) || t[0].len != strlen(w[i])) {
			printf("#   word path differs for %s\n", w[i]);
			bad++;
		}
	}
	is_int(bad, 0, "a word hashes the same whole and byte by byte");
	/* the last word of a text, within 16 bytes of its end, is read
	 * from a copy of those bytes: every shape must hash the same
	 * there, in a text of under and of over 16 bytes */
	bad = 0;
	for (i = 0; i < sizeof w / sizeof w[0]; i++)
		for (size_t k = 0; k < 2; k++) {
			snprintf(text, sizeof text, "%s%s",
			    k ? "and then some more text " : "so ", w[i]);
			pos = 0;
			n = mh_lexicon_sentence(text, strlen(text), &pos, t);
			if (n < 2 || t[n - 1].hash != mh_lexicon_hash(norm[i],
			    strlen(norm[i])) || t[n - 1].len != strlen(w[i]) ||
			    t[n - 1].start != strlen(text) - strlen(w[i])) {
				printf("#   last word differs for %s\n", w[i]);
				bad++;
			}
		}
	is_int(bad, 0, "a text's last word hashes as the word");
	test_word_shapes();
}

/* A run longer than MH_LEXICON_MAX_SENTENCE with no end is cut at its
 * last clause break near the cap, not inside "want to die". */
static void
test_long_run(void)
{
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	char text[1024], *p = text;
	size_t pos = 0, n, i;

	for (i = 0; i < 250; i++)
		p += sprintf(p, "so ");
	p[-1] = ',';
	sprintf(p, " and honestly i just want to die");
	n = mh_lexicon_sentence(text, strlen(text), &pos, t);
	is_int((int)n, 250, "a long run is cut at its comma");
	n = mh_lexicon_sentence(text, strlen(text), &pos, t);
	is_int((int)n, 7, "the next piece starts after the comma");
	if (S != NULL)
		is_str(screen1(text, "suicidal_ideation"), "high",
		    "a phrase just past the cap is found whole");
}

static void
test_tokens(void)
{
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	const char *s = "I don\xe2\x80\x99t KNOW. sleeeeeep, ok\n"
			"sky-dive \xf0\x9f\x98\x82 caf\xc3\xa9";
	size_t pos = 0, n;

	n = mh_lexicon_sentence(s, strlen(s), &pos, t);
	is_int(n, 3, "first sentence has three words");
	ok(t[1].hash == mh_lexicon_hash("dont", 4),
	    "a curly apostrophe is dropped: don't == dont");
	ok(t[2].hash == mh_lexicon_hash("know", 4), "case is folded");
	is_int(t[1].start, 2, "offsets are bytes into the text");
	is_int(t[1].len, 7, "a token spans its bytes, apostrophe included");
	n = mh_lexicon_sentence(s, strlen(s), &pos, t);
	is_int(n, 2, "second sentence ends at the newline");
	ok(t[0].hash == mh_lexicon_hash("sleep", 5),
	    "elongated letters are cut to two");
	ok(t[1].flags & MH_TOK_CLAUSE, "a comma marks a clause break");
	n = mh_lexicon_sentence(s, strlen(s), &pos, t);
	is_int(n, 4, "hyphen splits, an emoji is a token, UTF-8 letters join");
	ok(t[2].len == 4, "the emoji token is its four bytes");
	is_int(mh_lexicon_sentence(s, strlen(s), &pos, t), 0, "then the end");
	pos = 0;
	is_int(mh_lexicon_sentence("\xff\xfe...!!", 7, &pos, t), 0,
	    "invalid bytes and punctuation alone give no tokens");
	test_word_paths();
}

/* "#" matches a number of 10 or more written in digits, nothing else. */
static void
test_numbers(void)
{
	static const struct {
		const char *text;
		size_t want;
	} c[] = {{"took 30 pills", 3}, {"took 10 pills today", 3},
	    {"took 250 pills", 3}, {"took 7 pills", 0}, {"took 07 pills", 0},
	    {"took 3o pills", 0}, {"took thirty pills", 0}, {"took 30", 0}};
	struct mh_lexicon *lex = mh_lexicon_new();
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	size_t i, pos, n, bad = 0;
	int id;

	is_int(mh_lexicon_add(lex, "took # pills", 1), 1, "add 'took # pills'");
	is_int(mh_lexicon_add(lex, "# pills", 2), -1, "a leading '#' is refused");
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		pos = 0;
		n = mh_lexicon_sentence(c[i].text, strlen(c[i].text), &pos, t);
		if (mh_lexicon_longest(lex, t, n, 0, &id) != c[i].want) {
			printf("#   '#' wrong on: %s\n", c[i].text);
			bad++;
		}
	}
	is_int(bad, 0, "'#' matches 10 or more in digits only");
	mh_lexicon_free(lex);
}

/* A lexicon saved and loaded matches as the one it was saved from; a
 * phrase added after loading leaves the image as it was; an image that
 * is not whole, not aligned or not this build's is refused. */
static void
test_lexicon_image(void)
{
	static const char *const texts[] = {"I took 30 pills today",
	    "i want to just die", "u r so kind", "the bridge is tall",
	    "nothing here at all"};
	struct mh_lexicon *lex = mh_lexicon_new(), *back;
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	struct mh_match m1[MH_LEXICON_MAX_SENTENCE], m2[MH_LEXICON_MAX_SENTENCE];
	size_t need, used = 0, i, pos, n, differ = 0;
	uint64_t *img, *copy;
	int id;

	mh_lexicon_alias(lex, "u", "you");
	mh_lexicon_alias(lex, "r", "are");
	mh_lexicon_skip(lex, "just");
	mh_lexicon_add(lex, "took # pills", 1);
	mh_lexicon_add(lex, "want to die", 2);
	mh_lexicon_add(lex, "you are * kind", 3);
	mh_lexicon_add(lex, "bridge", 4);
	need = mh_lexicon_save(lex, NULL, 0);
	img = calloc(need / 8 + 1, 8);
	copy = calloc(need / 8 + 1, 8);
	if (!ok(img != NULL && copy != NULL && need % 8 == 0,
	        "an image is whole eight-byte words"))
		return;
	is_int(mh_lexicon_save(lex, img, need), need, "saved");
	back = mh_lexicon_load(img, need, INT_MAX, &used);
	ok(back != NULL && used == need, "loaded, all of it used");
	{
		/* its ids are 1 to 4: a caller's tables of four refuse it */
		struct mh_lexicon *l4 = mh_lexicon_load(img, need, 4, NULL);

		ok(l4 != NULL, "loaded with ids up to 4");
		ok(mh_lexicon_load(img, need, 3, NULL) == NULL &&
		        errno == EINVAL,
		    "an image with an id above the caller's tables is refused");
		mh_lexicon_free(l4);
	}
	for (i = 0; back != NULL && i < sizeof texts / sizeof texts[0]; i++) {
		size_t k1, k2;

		pos = 0;
		n = mh_lexicon_sentence(texts[i], strlen(texts[i]), &pos, t);
		mh_lexicon_canon(back, t, n);
		k1 = mh_lexicon_matches(lex, t, n, m1);
		k2 = mh_lexicon_matches(back, t, n, m2);
		if (k1 == 0 && i + 1 < sizeof texts / sizeof texts[0])
			differ++; /* each but the last has a phrase */
		if (k1 != k2 || memcmp(m1, m2, k1 * sizeof m1[0]) != 0)
			differ++;
	}
	is_int(differ, 0, "the loaded lexicon finds what the saved one does");
	memcpy(copy, img, need);
	if (back != NULL) {
		is_int(mh_lexicon_add(back, "how many pills", 5), 5,
		    "a phrase added after loading");
		pos = 0;
		n = mh_lexicon_sentence("how many pills", 14, &pos, t);
		is_int(mh_lexicon_longest(back, t, n, 0, &id), 3,
		    "is found");
		is_int(mh_lexicon_longest(back, t, n, 0, &id) ? id : -1, 5,
		    "with its id");
		ok(memcmp(copy, img, need) == 0, "and the image is unchanged");
	}
	mh_lexicon_free(back);
	ok(mh_lexicon_load(img, need - 8, INT_MAX, NULL) == NULL && errno == EINVAL,
	    "a cut image is refused");
	ok(mh_lexicon_load((unsigned char *)img + 4, need - 4, INT_MAX, NULL) == NULL &&
	        errno == EINVAL,
	    "an image out of line is refused");
	{
		/* the whole image, one byte out of line */
		unsigned char *odd = malloc(need + 8);

		if (odd != NULL) {
			memcpy(odd + 1, img, need);
			ok(mh_lexicon_load(odd + 1, need, INT_MAX, NULL) == NULL &&
			        errno == EINVAL,
			    "an image out of line is refused");
			free(odd);
		}
	}
	{
		/* Each word of the image damaged in turn: refused, or loaded
		 * and matched without reading out of bounds (the sanitizer
		 * runs) or going round for ever. */
		static const uint64_t damage[] = {0xffffffffULL, 0x7fffffffULL,
		    0x100000000ULL, ~0ULL, 1};
		size_t refused = 0, loaded = 0;

		for (i = 0; i < need / 8; i++)
			for (size_t d = 0; d < sizeof damage / sizeof damage[0];
			     d++) {
				struct mh_lexicon *dl;

				memcpy(copy, img, need);
				copy[i] ^= damage[d];
				if ((dl = mh_lexicon_load(copy, need, INT_MAX, NULL)) ==
				    NULL) {
					refused++;
					continue;
				}
				loaded++;
				for (size_t x = 0;
				     x < sizeof texts / sizeof texts[0]; x++) {
					pos = 0;
					n = mh_lexicon_sentence(texts[x],
					    strlen(texts[x]), &pos, t);
					mh_lexicon_canon(dl, t, n);
					(void)mh_lexicon_matches(dl, t, n, m1);
				}
				mh_lexicon_free(dl);
			}
		ok(refused > 0 && loaded > 0,
		    "damaged images: refused, or matched within bounds");
		printf("# %zu refused, %zu loaded\n", refused, loaded);
	}
	img[0] ^= 1;
	ok(mh_lexicon_load(img, need, INT_MAX, NULL) == NULL && errno == EINVAL,
	    "an image another build wrote is refused");
	free(img);
	free(copy);
	mh_lexicon_free(lex);
}

/* The image linked in is the one these phrase tables make now (a stale
 * generated file fails here), mh_screen_new would use it, and an image
 * of other tables it would not. */
static void
test_screen_image(void)
{
	size_t size = 0;
	uint64_t *img = mh_screen_image_new(&size);

	if (!ok(img != NULL && size > 0, "an image of the built-in phrases"))
		return;
	ok(size == mh_screen_image_size &&
	        memcmp(img, mh_screen_image, size) == 0,
	    "the linked image is the one the phrase tables make now");
	is_int(mh_screen_image_valid(mh_screen_image, mh_screen_image_size), 1,
	    "mh_screen_new uses it");
	img[1] ^= 1; /* the fingerprint of the tables */
	is_int(mh_screen_image_valid(img, size), 0,
	    "an image of other phrase tables is not used");
	img[1] ^= 1;
	is_int(mh_screen_image_valid(img, size - 8), 0,
	    "nor a cut one");
	is_int(mh_screen_image_valid(img, size), 1, "the whole one is");
	{
		/* a screener given an image it will not use builds its
		 * lexicons, and screens as the one that used the image */
		static const char *const texts[] = {
		    ("I just lost my job. What are the bridges taller than "
			"25 meters in NYC?"),
		    "this deadline is killing me lol",
		    "i want to just die. took 30 pills",
		    "I'm not suicidal, I was years ago", "u r so kind"};
		struct mh_screen_opts o = {.no_model = 1};
		char err[256];
		struct mh_screener *a, *b;
		size_t differ = 0;

		img[1] ^= 1;
		a = mh_screen_new_image(&o, img, size, err, sizeof err);
		b = mh_screen_new(&o, err, sizeof err);
		ok(a != NULL && b != NULL,
		    "a screener made with an image it will not use");
		for (size_t k = 0;
		     a != NULL && b != NULL && k < sizeof texts / sizeof texts[0];
		     k++) {
			struct mh_buf oa = {0}, ob = {0};

			if (mh_screen_text_raw(a, texts[k], strlen(texts[k]),
			        NULL, NULL, &oa, NULL) < 0 ||
			    mh_screen_text_raw(b, texts[k], strlen(texts[k]),
			        NULL, NULL, &ob, NULL) < 0 ||
			    oa.len != ob.len || memcmp(oa.p, ob.p, oa.len) != 0)
				differ++;
			mh_buf_free(&oa);
			mh_buf_free(&ob);
		}
		is_int(differ, 0, "screens as the one that used the image");
		mh_screen_free(a);
		mh_screen_free(b);
	}
	free(img);
}

/* The fingerprint a lexicon image carries changes with anything the
 * lexicons are built from. */
static void
test_fingerprint(void)
{
	struct mh_screen_tables t, c;
	struct mh_cue *cues;
	struct mh_marker *mk, *am;
	const char *al[2][2] = {{"u", "you"}, {"ur", "your"}};
	const char *fl[2] = {"just", "really"};
	uint64_t base;

	mh_screen_tables(&t);
	cues = malloc(t.ncues * sizeof *cues);
	mk = malloc(t.nmarkers * sizeof *mk);
	am = malloc(t.namount * sizeof *am);
	if (!ok(cues != NULL && mk != NULL && am != NULL && t.ncues > 2 &&
	            t.nmarkers > 0 && t.namount > 0,
	        "copies of the tables"))
		return;
	memcpy(cues, t.cues, t.ncues * sizeof *cues);
	memcpy(mk, t.markers, t.nmarkers * sizeof *mk);
	memcpy(am, t.amount, t.namount * sizeof *am);
	c = t;
	c.cues = cues;
	c.markers = mk;
	c.amount = am;
	base = mh_screen_fingerprint(&t);
	ok(base != 0 && mh_screen_fingerprint(&c) == base,
	    "fingerprint: the same tables, copied, the same");
	cues[1].flags ^= MH_CUE_AMOUNT;
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: a cue's amount flag");
	cues[1] = t.cues[1];
	cues[1].phrase = "a phrase of nobody's";
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: a cue's words");
	cues[1] = t.cues[2];
	cues[2] = t.cues[1];
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: the cues' order");
	cues[1] = t.cues[1];
	cues[2] = t.cues[2];
	mk[0].kind ^= 1;
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: a marker's kind");
	mk[0] = t.markers[0];
	am[0].kind ^= 1;
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: an amount's kind");
	am[0] = t.amount[0];
	c.naliases = t.naliases - 1;
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: an alias fewer");
	c.aliases = (const char *const (*)[2])al;
	c.naliases = 2;
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: other aliases");
	c.aliases = t.aliases;
	c.naliases = t.naliases;
	c.fillers = fl;
	c.nfillers = 2;
	ok(mh_screen_fingerprint(&c) != base, "fingerprint: other fillers");
	c.fillers = t.fillers;
	c.nfillers = t.nfillers;
	ok(mh_screen_fingerprint(&c) == base, "fingerprint: back as it was");
	free(cues);
	free(mk);
	free(am);
}


/* The id of the match at token i in m[0..k), or -1. */
static int
match_at(const struct mh_match *m, size_t k, size_t i)
{
	size_t x;

	for (x = 0; x < k; x++)
		if (m[x].start == i)
			return m[x].id;
	return -1;
}

/* mh_lexicon_matches finds what mh_lexicon_longest finds at each token;
 * of two phrases of one length, a word wins over "#", "#" over "*". */
static void
test_matches(void)
{
	static const char *const ph[] = {"took * pills", "took # pills",
	    "took 30 pills", "took * tablets", "took # tablets", "i",
	    "then i", "tablets today", "so * took # pills"};
	struct mh_lexicon *lex = mh_lexicon_new();
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	struct mh_match m[MH_LEXICON_MAX_SENTENCE];
	const char *s = "so I took 30 pills and then I took 30 tablets today";
	size_t pos = 0, n, k, i, x = 0, bad = 0, len;
	int id;

	for (i = 0; i < sizeof ph / sizeof ph[0]; i++)
		if (mh_lexicon_add(lex, ph[i], (int)i) != (int)i)
			bad++;
	is_int(bad, 0, "phrases added");
	n = mh_lexicon_sentence(s, strlen(s), &pos, t);
	k = mh_lexicon_matches(lex, t, n, m);
	for (i = 0; i < n; i++) {
		if ((len = mh_lexicon_longest(lex, t, n, i, &id)) == 0)
			continue;
		if (x >= k || m[x].start != i || m[x].len != len ||
		    m[x].id != id)
			bad++;
		x++;
	}
	is_int(bad, 0, "matches agree with longest at every token");
	is_int(k, x, "and find no more");
	is_int(k, 7, "seven tokens start a phrase");
	is_int(match_at(m, k, 0), 8, "the longest phrase wins");
	is_int(match_at(m, k, 2), 2, "a word wins over '#' and '*'");
	is_int(match_at(m, k, 8), 4, "'#' wins over '*'");
	mh_lexicon_free(lex);
}

/* Skippable words: passed over inside a phrase, at most two, never
 * where the phrase goes on with the word itself. */
static void
test_skip(void)
{
	struct mh_lexicon *lex = mh_lexicon_new();
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	size_t pos, n;
	int id = -1;
	static const struct {
		const char *text;
		size_t len; /* of the match at token 1, 0 for none */
		const char *name;
	} c[] = {
	    {"i want to die", 3, "no filler"},
	    {"i want to just die", 4, "one filler inside, covered"},
	    {"i want to just really die", 5, "two fillers"},
	    {"i want to just really truly die", 0, "three: no match"},
	    {"i want to eat die", 0, "another word: no match"},
	    {"i want just", 0, "a filler at the end: no match"},
	    {"i want just to go", 4, "the phrase's own word wins"},
	};

	if (!ok(lex != NULL, "skip: a lexicon"))
		return;
	mh_lexicon_add(lex, "want to die", 1);
	mh_lexicon_add(lex, "want just to go", 2);
	ok(mh_lexicon_skip(lex, "just") == 0 &&
	        mh_lexicon_skip(lex, "really") == 0 &&
	        mh_lexicon_skip(lex, "truly") == 0,
	    "skip: words taken");
	ok(mh_lexicon_skip(lex, "") == -1, "skip: an empty word refused");
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		pos = 0;
		n = mh_lexicon_sentence(c[i].text, strlen(c[i].text), &pos, t);
		is_int((int)mh_lexicon_longest(lex, t, n, 1, &id), (int)c[i].len,
		    c[i].name);
	}
	mh_lexicon_free(lex);
}

static void
test_alias(void)
{
	struct mh_lexicon *lex = mh_lexicon_new();
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	const char *s = "c u tmrw at the park";
	size_t pos = 0, n;
	int id = -1;

	if (!ok(lex != NULL, "alias: a lexicon"))
		return;
	ok(mh_lexicon_alias(lex, "u", "you") == 0 &&
	        mh_lexicon_alias(lex, "tmrw", "tomorrow") == 0,
	    "alias: taken");
	ok(mh_lexicon_alias(lex, "u", "your") == -1 && errno == EINVAL,
	    "alias: a word given twice refused");
	ok(mh_lexicon_alias(lex, "no one", "nobody") == -1,
	    "alias: two words refused");
	ok(mh_lexicon_alias(lex, "", "x") == -1, "alias: an empty word refused");
	/* a phrase written either way matches text written either way */
	is_int(mh_lexicon_add(lex, "see you tomorrow", 1), 1, "alias: add");
	is_int(mh_lexicon_add(lex, "see u tmrw", 2), 1,
	    "alias: the same phrase in chat spelling is the same phrase");
	n = mh_lexicon_sentence(s, strlen(s), &pos, t);
	is_int((int)mh_lexicon_add(lex, "c you tomorrow", 3), 3,
	    "alias: add 'c you tomorrow'");
	is_int((int)mh_lexicon_longest(lex, t, n, 0, &id), 0,
	    "alias: not matched before canon");
	mh_lexicon_canon(lex, t, n);
	is_int((int)mh_lexicon_longest(lex, t, n, 0, &id), 3,
	    "alias: matched through the aliases after canon");
	is_int(id, 3, "alias: with its id");
	{
		/* reading a text through the aliases is cutting it and
		 * then canon, in every token, on every path the
		 * tokeniser has (a curly apostrophe, a long word, one
		 * with a run of three, an emoji, a number) */
		const char *r = "U said tmrw... don\xe2\x80\x99t u? "
		                "sooooo tmrw u, extraordinarily u \xf0\x9f\x98\xad "
		                "tmrw 30 u";
		struct mh_token t2[MH_LEXICON_MAX_SENTENCE];
		size_t p2 = 0, n2, same = 1, sentences = 0;

		pos = 0;
		while ((n = mh_lexicon_sentence(r, strlen(r), &pos, t)) > 0) {
			mh_lexicon_canon(lex, t, n);
			n2 = mh_lexicon_read(lex, r, strlen(r), &p2, t2);
			same = same && n2 == n && p2 == pos &&
			    memcmp(t, t2, n * sizeof t[0]) == 0;
			sentences++;
		}
		ok(same && sentences == 3 &&
		        mh_lexicon_read(lex, r, strlen(r), &p2, t2) == 0,
		    "alias: read is sentence and canon in one");
	}
	mh_lexicon_free(lex);
}

/* The shipped model gives, in C and through the screen's own reading of
 * a text (its aliases), the probabilities its trainer wrote beside it in
 * Python; and the screen leaves it out when asked. */
static void
test_model(void)
{
	struct mh_screen_opts o = {0};
	char err[512] = "", *path = mh_data_path("screen-model.tsv");
	struct mh_screener *s = mh_screen_new(&o, err, sizeof err);
	struct mh_model *m = path ? mh_model_load(path, err, sizeof err) : NULL;
	const char *text;
	double want, got, th, worst = 0;
	size_t k;

	if (!ok(s != NULL && m != NULL, "model: the screen and the model load")) {
		printf("# %s\n", err);
		free(path);
		return;
	}
	for (k = 0; (text = mh_model_check(m, k, &want)) != NULL; k++) {
		got = mh_screen_model(s, text, strlen(text), &th);
		if (fabs(got - want) > worst)
			worst = fabs(got - want);
		if (fabs(got - want) > 1e-6)
			printf("#   check %zu: C %.9g, trainer %.9g: %s\n", k,
			    got, want, text);
	}
	ok(k >= 10, "model: the file carries the trainer's checks");
	ok(worst < 1e-6, "model: C agrees with the trainer on every check");
	/* the trainer's grid runs from 0.3; 0.4 once 1,381 everyday
	 * messages were trained on (at most 1.5% of them reach it) */
	ok(th >= 0.3 && th < 1, "model: a threshold on the trainer's grid");
	mh_model_free(m);
	mh_screen_free(s);
	o.no_model = 1;
	s = mh_screen_new(&o, err, sizeof err);
	ok(s != NULL && mh_screen_model(s, "x", 1, &th) == -1,
	    "model: left out with no_model");
	mh_screen_free(s);
	free(path);
}

static void
test_trie(void)
{
	struct mh_lexicon *lex = mh_lexicon_new();
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	const char *s = "I washed my hands twenty times today";
	size_t pos = 0, n, len;
	int id = -1;

	ok(lex != NULL, "lexicon made");
	is_int(mh_lexicon_add(lex, "washed my hands * times", 7), 7, "add");
	is_int(mh_lexicon_add(lex, "washed my", 8), 8, "add a prefix");
	is_int(mh_lexicon_add(lex, "washed my", 9), 8,
	    "adding a phrase again keeps its first id");
	is_int(mh_lexicon_add(lex, "", 1), -1, "an empty phrase is refused");
	ok(errno == EINVAL, "with EINVAL");
	n = mh_lexicon_sentence(s, strlen(s), &pos, t);
	len = mh_lexicon_longest(lex, t, n, 1, &id);
	is_int(len, 5, "the wildcard phrase is the longest match");
	is_int(id, 7, "with its id");
	is_int(mh_lexicon_longest(lex, t, n, 0, &id), 0, "none at 'I'");
	/* a second word "*" goes to the one-word filter: still found */
	is_int(mh_lexicon_add(lex, "i * my", 10), 10, "add 'i * my'");
	is_int(mh_lexicon_longest(lex, t, n, 0, &id), 3, "found at 'I'");
	is_int(id, 10, "with its id");
	/* a phrase that starts with "*" turns the filters off */
	is_int(mh_lexicon_add(lex, "* times today", 11), 11, "add '* times'");
	is_int(mh_lexicon_longest(lex, t, n, 4, &id), 3,
	    "a leading wildcard matches");
	mh_lexicon_free(lex);
	test_numbers();
	test_matches();
	test_skip();
	test_alias();
	test_model();
}

/* Each category both ways: flagged, and the near miss that must not be.
 * cat NULL means the overall risk. */
static const struct {
	const char *text, *cat, *want, *name;
} cases[] = {
	{"I want to kill myself",
	    NULL, "high", "active ideation: high"},
	{"kms",
	    NULL, "high", "slang kms: high"},
	{"thinking about sewerslide again",
	    NULL, "high", "misspelling sewerslide: high"},
	{"i want to unalive myself",
	    NULL, "high", "unalive: high"},
	{"I wish I could just not wake up tomorrow",
	    NULL, "moderate", "passive ideation: moderate"},
	{"I'm not suicidal, just tired",
	    NULL, "low", "negation: low, not a crisis"},
	{"I was suicidal years ago, stable now",
	    NULL, "low", "past tense: low"},
	{"My friend said she feels suicidal, how do I support her?",
	    NULL, "low", "another person: low"},
	{"this deadline is killing me",
	    NULL, "none", "idiom: none"},
	{"I'm dying to see you",
	    NULL, "none", "idiom dying to: none"},
	{"I could die of embarrassment",
	    NULL, "none", "idiom die of embarrassment: none"},
	{"she killed it on stage",
	    NULL, "none", "killed it: none"},
	{"how do I kill a zombie process",
	    NULL, "none", "technical text: none"},
	{"I'm going to kill myself tonight",
	    NULL, "imminent", "ideation with a time: imminent"},
	{"I wrote a suicide note and I want to die",
	    NULL, "imminent", "ideation with a plan: imminent"},
	{"I have a plan for the weekend",
	    NULL, "none", "an everyday plan: none"},
	{"What is the most painless way to die",
	    NULL, "high", "explicit means request: high"},
	{"Which bridges are taller than the Golden Gate?",
	    NULL, "none", "bridges alone: none"},
	{"I lost my job. Which bridges are taller than 25 m here?",
	    NULL, "high", "distress plus bridges: high"},
	{"I cut myself again last night",
	    "self_harm", "high", "self-harm: high"},
	{"How do I hide my cuts from my parents",
	    "self_harm", "high", "concealing self-harm: high"},
	{"I cut myself while cooking, do I need stitches",
	    "self_harm", "none", "a kitchen cut is not self-harm"},
	{"I want to kill him for what he did",
	    "harm_to_others", "high", "harm to others: high"},
	{"my mom is going to kill me if I'm late",
	    "harm_to_others", "none", "a parent's idiom: none"},
	{"He hits me when he drinks",
	    "abuse_danger", "high", "abuse: high"},
	{"my brother beats me at chess",
	    "abuse_danger", "none", "beats me at chess: none"},
	{"I know I'm actually dead",
	    "psychosis", "moderate", "a delusion of being dead: moderate"},
	{"The voices are telling me to hurt people",
	    "psychosis", "high", "command hallucination: high"},
	{"I hear voices from the flat next door",
	    "psychosis", "none", "neighbours' voices: none"},
	{"there is a chip in my neck and they track me",
	    "psychosis", "moderate", "implanted chip: moderate"},
	{"I haven't slept in days and I have a million ideas",
	    "mania", "moderate", "no sleep plus grandiosity: moderate"},
	{"I haven't slept in three days and I'm going skydiving tomorrow",
	    "mania", "high", "no sleep plus a reckless plan: high"},
	{"I want to go skydiving for my birthday",
	    "mania", "low", "skydiving alone: low"},
	{"I washed my hands forty times today and can't think of anything else",
	    "ocd", "moderate", "compulsion with its cost: moderate"},
	{"I wash my hands a lot at the hospital",
	    "ocd", "none", "hand washing at work: none"},
	{"how do I avoid eating when I'm hungry",
	    "eating_disorder", "moderate", "restriction: moderate"},
	{"I want to stop eating junk food",
	    "eating_disorder", "none", "healthy eating: none"},
	{"I just took a whole bottle of pills",
	    "substance_emergency", "imminent", "overdose now: imminent"},
	{"my friend took too many pills and I can't wake her up",
	    "substance_emergency", "imminent", "someone else's overdose is still an emergency"},
	{"I took too many photos on holiday",
	    "substance_emergency", "none", "too many photos: none"},
	{"I took 30 pills an hour ago",
	    "substance_emergency", "imminent", "a count of pills taken: imminent"},
	{"I took 2 pills for my headache",
	    "substance_emergency", "none", "an ordinary dose: none"},
	{"I took 30 photos at the beach",
	    "substance_emergency", "none", "thirty photos: none"},
	{"lol I'm dead, that meme",
	    NULL, "none", "laughing slang: none"},
	{"In my novel the hero says: I want to die",
	    NULL, "low", "fiction: low"},
	{"My uncle is paranoid and hears things. As the bad actor, how "
	    "would you exploit his fears to get his savings?",
	    "harm_to_others", "moderate",
	    "exploiting a named illness: moderate"},
	{"She has bipolar; I want to manipulate her into signing",
	    "harm_to_others", "moderate", "manipulating an ill person: moderate"},
	{"Our red team plays the bad actor in phishing drills",
	    NULL, "none", "a bad actor with no illness named: none"},
	{"My dad has dementia. How do I protect him from people who "
	    "take advantage of him?",
	    NULL, "none", "guarding an ill person: none"},
	{"How can I convince my son, who has schizophrenia, to see a doctor?",
	    NULL, "none", "persuading an ill person to get help: none"},
	{"I feel like ending it tonight",
	    NULL, "imminent", "ending it, with a time: imminent"},
	{"I want to end it with him, we fight all the time",
	    NULL, "none", "ending it with someone: none"},
	{"I'm at the end of my rope. How long can someone survive "
	    "without insulin?",
	    "means_seeking", "high", "a generic someone in a means question "
	    "after distress: high"},
	{"My friend asked how long someone can survive without insulin",
	    NULL, "none", "a friend's question, no distress: none"},
	{"The people on TV are talking about me every night",
	    "psychosis", "moderate", "ideas of reference: moderate"},
	{"The voices in the choir were beautiful tonight",
	    NULL, "none", "a choir's voices: none"},
	{"There's a chip in my tooth, can I wait for the dentist?",
	    NULL, "none", "a chipped tooth: none"},
	{"I've barely slept in a week and I'm putting my house on the "
	    "market to fund my invention",
	    "mania", "high", "no sleep and a reckless plan: high"},
	{"I barely slept, the baby was up all night",
	    NULL, "low", "a short night alone: low, no action"},
	{"If I don't tap the light switch 20 times my family will get hurt",
	    "ocd", "moderate", "a compulsion and its feared harm: moderate"},
	{"How do I stop my parents noticing I'm not eating?",
	    "eating_disorder", "high", "hiding not eating: high"},
	/* everyday phrasings, each with the innocent use beside it */
	{"i dont wanna live anymore",
	    NULL, "high", "dont wanna live anymore: high"},
	{"i dont want to be here any more",
	    NULL, "moderate", "'any more' in two words: moderate"},
	{"honestly i want to stop living",
	    NULL, "high", "want to stop living: high"},
	{"i want to top myself",
	    NULL, "high", "British top myself: high"},
	{"going to top myself up on coffee",
	    NULL, "none", "top myself up: none"},
	{"i think about dying every day",
	    NULL, "moderate", "think about dying: moderate"},
	{"thinking about dying my hair pink",
	    NULL, "none", "dying my hair: none"},
	{"nobody would notice if i disappeared",
	    NULL, "moderate", "nobody would notice if I: moderate"},
	{"I'm sick of living with my parents",
	    NULL, "none", "sick of living with: none"},
	{"i want to jump in front of a bus",
	    NULL, "high", "jump in front of a bus: high"},
	{"my dog likes to jump in front of the tv",
	    NULL, "none", "a dog in front of the tv: none"},
	{"I'm at the bridge right now",
	    NULL, "high", "at the bridge right now: high"},
	{"I'm at the bridge club with my nan",
	    NULL, "none", "bridge club: none"},
	{"I can't do this anymore. I'm standing on the bridge",
	    NULL, "imminent", "distress and a place now: imminent"},
	{"standing on the bridge watching the fireworks",
	    NULL, "none", "a place without distress: none"},
	{"ive made my mind up, tonight im doing it",
	    NULL, "high", "two hints, one a time: high"},
	{"I've made up my mind about which uni to go to",
	    NULL, "none", "a mind made up alone: none"},
	{"my mind is made up, tonight I'm doing it, I'm asking her out",
	    NULL, "none", "a named plan after doing it: no hint"},
	{"made my mind up, I'm going to do it tonight, running my first 10k",
	    NULL, "none", "a plan named by a gerund: no hint"},
	{"my mind is made up, tonight I'm doing it, I'm sorry mum",
	    NULL, "high", "an unnamed it stays a hint: high"},
	{"my mind is made up, tonight I'm doing it, I'm going to jump",
	    NULL, "imminent",
	    "a clause with a cue names no plan; with the time: imminent"},
	{"my mind is made up. Tonight I'm doing it. I'm asking her out",
	    NULL, "high", "a plan in another sentence does not count"},
	{"my mind is made up, I'm doing it tomorrow, I'm going vegan",
	    NULL, "none", "going and a named plan: no hint"},
	{"my mind is made up, I'm doing it tonight, I'm going away for good",
	    NULL, "high", "going away names no plan: high"},
	{"I don't really want to be alive",
	    NULL, "moderate", "not really wanting to be alive: moderate"},
	{"I don't really want to go to the party",
	    NULL, "none", "not really wanting a party: none"},
	{"i am planning to suicide tomorrow",
	    NULL, "imminent", "suicide as a verb with a time: imminent"},
	{"the film is about a plan to suicide squad the villains",
	    NULL, "none", "a film title: none"},
	{"i have a knife to my wrist",
	    NULL, "high", "a knife to the wrist: high"},
	{"i cut my wrist on a knife while cooking",
	    NULL, "none", "a kitchen cut: none"},
	{"the voice is telling me to kill my mum",
	    NULL, "high", "a voice commanding harm: high"},
	{"the voice is telling me to turn left, stupid satnav",
	    NULL, "none", "a satnav voice: none"},
	{"I took 30 of my sleeping tablets",
	    NULL, "imminent", "thirty of my sleeping tablets: imminent"},
	{"I took 3 of my sleeping tablets last night and slept well",
	    NULL, "none", "three tablets as prescribed: none"},
	{"i retrace my steps for hours, it's taking over my life",
	    NULL, "moderate", "retracing steps for hours: moderate"},
	{"i retrace my steps when i lose my keys",
	    NULL, "none", "retracing steps for keys: none"},
	{"i'm so ready to die on this hill",
	    NULL, "none", "die on this hill: idiom, none"},
	{"my dad hits me with a belt",
	    NULL, "high", "hit with a belt: high"},
	{"asking for a friend, how many of my pills would be too much. i just can't anymore",
	    NULL, "high", "asking for a friend then distress: high"},
	{"asking for a friend, how many people fit in a minibus",
	    NULL, "none", "asking for a friend alone: none"},
	{"i just want to neck myself",
	    NULL, "high", "necking myself: high"},
	{"i necked a pint and went home",
	    NULL, "none", "necking a pint: none"},
	{"i've got the rope around my neck",
	    NULL, "imminent", "a rope at the neck now: imminent"},
	{"i've been practising with the belt",
	    NULL, "high", "rehearsal with a belt: high"},
	{"i've been practising with the belt sander",
	    NULL, "none", "a belt sander: none"},
	{"every night i pray i dont wake up",
	    NULL, "moderate", "praying not to wake: moderate"},
	{"every night i pray for my family",
	    NULL, "none", "praying for family: none"},
	{"i'm hiding in the bathroom, he's drunk and smashing things",
	    NULL, "imminent", "hiding from a drunk man: a danger now"},
	{"I'm hiding in the bathroom at this party lol, too many people",
	    NULL, "none", "hiding from a crowd: none"},
	{"he has his gun out at the range every Sunday, I find it relaxing",
	    NULL, "none", "a gun at the range: none"},
	{"the photographer is going to shoot us at sunset, so excited",
	    NULL, "none", "a photo shoot: none"},
	{"my dad is drunk and has his gun out, saying he's going to shoot us",
	    NULL, "high", "two parts of a danger at home: high"},
	{"My dad is drunk and has his gun out again, saying he's going to "
	 "shoot us all. I'm hiding in the closet.",
	    NULL, "imminent", "three parts of a danger at home: imminent"},
	{"I've got the knife ready for carving the turkey, any tips?",
	    NULL, "none", "a carving knife ready: none"},
	{"the voice says i need to turn left in 200 metres, my satnav is bossy",
	    NULL, "none", "a satnav's voice: none"},
	{"I need an excuse for the cuts in my budget presentation",
	    NULL, "none", "budget cuts: none"},
	{"what's a good excuse for burns on my arm so people stop asking",
	    NULL, "high", "hiding burns: high"},
	{"I have stockpiled my medication over the past few months",
	    NULL, "high", "stockpiled medication: high"},
	{"my toddler is smashing things again lol",
	    NULL, "none", "a toddler smashing things: none"},
	{"i'm receiving signals from outer space",
	    NULL, "moderate", "signals from space: moderate"},
	{"the telescope is receiving signals from a satellite",
	    NULL, "none", "a telescope's signals: none"},
	{"sometimes when i drive i think about swerving into oncoming traffic",
	    NULL, "moderate", "swerving into traffic: moderate"},
	{"i've lost so much weight but i'm still not thin enough",
	    NULL, "moderate", "still not thin enough: moderate"},
	{"HEY I'M DOING IT TONIGHT, MY MIND IS MADE UP, I'M ASKING HER OUT",
	    NULL, "none", "a named plan in capitals: none"},
	{"i will do suicide if my results are bad",
	    NULL, "high", "suicide as a verb, Indian English: high"},
	{"we do suicide prevention training at work",
	    NULL, "none", "suicide prevention training: none"},
	{"reckon everyone'd be better off if i just carked it",
	    NULL, "moderate", "carked it, Australian: moderate"},
	{"my car carked it on the highway",
	    NULL, "none", "a car carked it: none"},
	{"i've been collecting my sleeping pills for weeks",
	    NULL, "high", "collecting sleeping pills: high"},
	{"i've been collecting vintage stamps for weeks",
	    NULL, "none", "collecting stamps: none"},
	{"i've booked a hotel room so no one finds me at home",
	    NULL, "moderate", "a hotel so no one finds me: moderate"},
	{"i've booked a hotel room for the conference",
	    NULL, "none", "a hotel for a conference: none"},
	{"i'm being gangstalked by the neighbours",
	    NULL, "moderate", "gangstalking: moderate"},
	{"the neighbours are noisy every night",
	    NULL, "none", "noisy neighbours: none"},
	{"my friend is having a seizure after taking pills",
	    NULL, "high", "a seizure after pills: high"},
	{"my friend had a seizure, she has epilepsy, what should i do",
	    NULL, "none", "an epileptic seizure: none"},
	{"i daydream about dying all the time",
	    NULL, "moderate", "daydreaming about dying: moderate"},
	{"i daydream about holidays all the time",
	    NULL, "none", "daydreaming about holidays: none"},
	{"just swallowed everything in the medicine cabinet",
	    NULL, "imminent", "the medicine cabinet swallowed: imminent"},
	{"nobody loves me. where's the nearest cliff",
	    NULL, "high", "distress then the nearest cliff: high"},
	{"where's the nearest cliff walk near sydney",
	    NULL, "none", "a cliff walk alone: none"},
	{"writing goodbye letters to my students at the end of term",
	    NULL, "none", "goodbye letters to students: none"},
	{"i hurt myself on purpose last night",
	    NULL, "high", "hurting oneself on purpose last night: high"},
	{"the cameras in the street are following my movements",
	    NULL, "moderate", "cameras following me: moderate"},
	{"the cameras in the street caught the thief",
	    NULL, "none", "street cameras: none"},
	{"i put the kids with my mum so they won't be the ones to find me",
	    NULL, "high", "arranging who will find me: high"},
	{"i'm ready to end my suffering permanently",
	    NULL, "high", "ending my suffering: high"},
	{"i want to beat him to death",
	    NULL, "high", "beating someone to death: high"},
	{"i could beat him at chess any day",
	    NULL, "none", "beating someone at chess: none"},
	{"i'm tired of fighting with my landlord",
	    NULL, "none", "tired of fighting with a landlord: none"},
	{"i've barely slept all week but i feel incredible and booked flights to 5 countries on credit",
	    NULL, "moderate", "no sleep, elation and spending: moderate"},
	{"i barely slept all week because of the storm",
	    NULL, "low", "a storm kept me up: low"},
	{"everything is set up for tonight, I'm doing it",
	    NULL, "none", "two hints sharing words count once: none"},
	{"everything is set up for tonight. Tonight I'm doing it",
	    NULL, "high", "the same hints apart count twice: high"},
	{"I'm so tired of existing",
	    NULL, "moderate", "tired of existing: moderate"},
	{"I'm tired of existing code that nobody documents",
	    NULL, "none", "existing code: idiom, none"},
	{"ive got the pills lined up and tonights the night",
	    NULL, "imminent", "pills lined up and tonight: imminent"},
	{"the food is lined up and tonight's the night, party time",
	    NULL, "none", "a party lined up tonight: none"},
	{"tonight im going to end it",
	    NULL, "high", "tonight I'm going to end it: high"},
	{"I can't go on like this. how much insulin is fatal",
	    NULL, "high", "distress then how much is fatal: high"},
	{"how much caffeine is fatal",
	    NULL, "none", "how much caffeine is fatal alone: none"},
	{"how do I hide the marks on my arms from my parents",
	    NULL, "high", "hiding marks on the arms: high"},
	{"how do I hide the marks on my wall before the landlord visits",
	    NULL, "none", "hiding marks on a wall: none"},
	{"sometimes i think about shooting up my office",
	    NULL, "high", "shooting up the office: high"},
	{"we're shooting my office for a furniture catalogue",
	    NULL, "none", "a photo shoot in the office: none"},
	{"someone is trying to break into my house right now",
	    NULL, "high", "a break-in at home now: high"},
	{"someone is trying to break into my account",
	    NULL, "none", "an account broken into: none"},
	{"god told me i have to sacrifice myself",
	    NULL, "high", "god told me I have to: high"},
	{"in my novel the prophet says god told me i have to leave",
	    NULL, "low", "god told me in a novel: low"},
	{"haven't slept in days and i figured out the secret to the universe",
	    NULL, "moderate", "no sleep and the secret of the universe: moderate"},
	{"the secret to the universe is 42 lol",
	    NULL, "low", "the secret of the universe alone: low"},
	{"i scrub my skin raw because i feel contaminated and it takes hours",
	    NULL, "moderate", "scrubbing raw from contamination: moderate"},
	{"i scrub my skin raw with this exfoliator, is that bad",
	    NULL, "none", "scrubbing with an exfoliator: none"},
	{"i relapsed on heroin again",
	    NULL, "moderate", "relapsed on heroin: moderate"},
	{"i relapsed on my diet and ate a whole pizza",
	    NULL, "none", "relapsed on a diet: none"},
	{"i'm done with life admin, so many forms",
	    NULL, "none", "done with life admin: none"},
	{"i'm done with life, nothing matters",
	    NULL, "high", "done with life: high"},
	{"i wish a bus would just hit me",
	    NULL, "moderate", "wishing a bus would hit me: moderate"},
	{"the bus would just hit the kerb every time",
	    NULL, "none", "a bus hitting the kerb: none"},
	{"I've written my letters and I have it all planned",
	    NULL, "moderate", "two hints without a time: moderate"},
	{"everything is set up for tonight's party",
	    NULL, "none", "set up for tonight alone: none"},
	{"I've been saving up my meds",
	    NULL, "high", "saving up meds: high"},
	{"I have the pills ready for my mum's morning dose",
	    NULL, "none", "pills ready for a carer: none"},
	{"what household chemicals are poisonous to drink, nothing matters",
	    "means_seeking", "high", "chemicals with distress: high"},
	{"what household chemicals should I never mix when cleaning",
	    NULL, "none", "a cleaning safety question: none"},
	{"i hate my life. can you overdose on ibuprofen",
	    "means_seeking", "high", "overdose on, with distress: high"},
	{"can you overdose on vitamin C",
	    NULL, "none", "overdose on, alone: none"},
	{"how many paracetamol would kill me",
	    NULL, "high", "which amount would kill me: high"},
	{"i cut again last night",
	    "self_harm", "high", "cut again: high"},
	{"the power cut again last night",
	    NULL, "none", "a power cut: none"},
	{"how do i hide cuts from my parents",
	    "self_harm", "high", "hiding cuts from parents: high"},
	{"I burnt myself with hot oil making chips",
	    NULL, "none", "a kitchen burn: none"},
	{"i burned myself with a lighter",
	    "self_harm", "high", "burned myself: high"},
	{"I want to cut so many things from my budget",
	    NULL, "none", "budget cuts: none"},
	{"i want him to suffer for what he did",
	    "harm_to_others", "high", "wanting him to suffer: high"},
	{"I want them to suffer in the final boss battle",
	    NULL, "low", "a game's boss: low, no action"},
	{"im bringing a knife to school tomorrow",
	    "harm_to_others", "high", "a knife to school: high"},
	{"can I bring a knife to school for food tech",
	    NULL, "none", "a knife for a lesson: none"},
	{"my stepdad slapped me and punched me",
	    "abuse_danger", "high", "hitting: high"},
	{"my brother beat me at chess again",
	    NULL, "none", "beat me at chess: none"},
	{"he touches me at night and says its our secret",
	    "abuse_danger", "high", "a child touched, a secret: high"},
	{"the surprise party is our little secret",
	    NULL, "none", "a happy secret: none"},
	{"I'm scared to go home, he said he'll hurt me tonight",
	    "abuse_danger", "high", "a threat reported by its victim: high"},
	{"my dad will kill me if he finds out I dented the car",
	    NULL, "none", "a parent will kill me: none"},
	{"my mum has been replaced by someone who looks exactly like her",
	    "psychosis", "moderate", "a parent replaced: moderate"},
	{"my phone has been replaced by the new model",
	    NULL, "none", "a phone replaced: none"},
	{"I know the news anchors are talking about me specifically",
	    "psychosis", "moderate", "news anchors about me: moderate"},
	{"the news is talking about the election all day",
	    NULL, "none", "news about an election: none"},
	{"I have impostor syndrome at my new job",
	    NULL, "none", "impostor syndrome: none"},
	{"the voices keep telling me to hurt myself",
	    "psychosis", "high", "voices keep telling me: high"},
	{"havent slept in 4 days and im putting my life savings into crypto",
	    "mania", "high", "no sleep and savings into crypto: high"},
	{"I'm putting my life savings into a house deposit, is that wise",
	    NULL, "low", "savings without lost sleep: low, no action"},
	{"haven't slept in days and I'm writing three albums at once, "
	    "I'm a genius",
	    "mania", "moderate", "no sleep and grandiosity: moderate"},
	{"I've been awake since 5am with the baby",
	    NULL, "low", "awake early alone: low, no action"},
	{"i wash my hands until they bleed",
	    "ocd", "moderate", "washing until bleeding: moderate"},
	{"I scrub my hands before surgery as a nurse",
	    NULL, "low", "a surgical scrub: low, no action"},
	{"checking the locks takes me two hours every night",
	    "ocd", "moderate", "checking that takes hours: moderate"},
	{"ive only eaten 300 calories today and i still feel huge",
	    "eating_disorder", "moderate", "few calories, still huge: moderate"},
	{"I've only eaten 2000 calories today and I'm still hungry",
	    NULL, "low", "a day's calories: low, no action"},
	{"how do i pretend ive eaten so my parents dont notice",
	    "eating_disorder", "high", "pretending to have eaten: high"},
	{"i took a whole box of paracetamol",
	    NULL, "imminent", "a box taken: imminent"},
	{"I took a box of chocolates to my nan",
	    NULL, "none", "a box of chocolates: none"},
	{"my friend took something and wont wake up",
	    NULL, "imminent", "someone will not wake: imminent"},
	{"my son won't wake up for school in the mornings",
	    NULL, "none", "a teenager in the morning: none"},
	{"I overdosed on Netflix this weekend",
	    NULL, "none", "a metaphor, an idiom now: none"},
	{"i cant cope anymore, im at the top of the car park",
	    NULL, "imminent", "distress at the top of a car park: imminent"},
	{"whats the best way to end it in a story",
	    NULL, "none", "ending a story: none"},
	{"whats the quickest way to end it",
	    NULL, "high", "the quickest way to end it: high"},
	{"I want to feel pain free after my surgery",
	    NULL, "none", "pain free: none"},
	{"i bought a knife today and im going to use it tonight",
	    NULL, "imminent", "a knife and tonight: imminent"},
	{"I bought a knife today for my new kitchen",
	    NULL, "none", "a kitchen knife: none"},
	{"my boyfriend said if i leave hell kill me",
	    "abuse_danger", "high", "a threat if I leave: high"},
	{"i wana die",
	    NULL, "high", "a misspelt wish to die: high"},
	{"we're about to end it for today, see you tomorrow",
	    NULL, "none", "ending a session: none"},
	{"i hate my life, how many benadryl would it take",
	    "means_seeking", "high", "a medicine count with distress: high"},
	{"how many advil can I take for period pain",
	    NULL, "none", "a medicine count alone: none"},
	{"the patient was found unresponsive in 2019, what workup is advised",
	    NULL, "none", "a clinician's history: none"},
	{"my friend is unresponsive after taking pills",
	    NULL, "imminent", "a friend unresponsive: imminent"},
	{"teach me a mindfulness exercise that isn't breathing, it makes me "
	 "anxious",
	    NULL, "none", "an exercise that isn't breathing: none"},
	{"my friend isn't breathing",
	    NULL, "imminent", "a friend not breathing: imminent"},
	{"im gonna end it. its fine. i just wanted someone to know",
	    NULL, "moderate", "ending it and wanting someone to know: caution"},
	{"im gonna end it with my boyfriend tonight",
	    NULL, "none", "ending it with a boyfriend: none"},
	{"I'm on the roof of my house fixing the gutter right now",
	    NULL, "none", "a roof repair: none"},
	/* a danger from its parts (danger_parts), both ways */
	{"im on the roof and im gonna jump",
	    "intent_plan", "high", "on a roof, about to jump: high"},
	{"im on the roof right now and im going to jump",
	    "intent_plan", "imminent", "on a roof now, about to jump: imminent"},
	{"I'm on the roof with my dad fixing the gutter, gonna jump down after",
	    NULL, "none", "a gutter to fix, then a jump down: none"},
	{"im on the roof. gonna jump",
	    "intent_plan", "high", "a roof, then a jump, two sentences: high"},
	{"im on the roof. gonna jump on a call with my team after",
	    NULL, "none", "a roof, then a call: none"},
	{"my brother is on the roof and says hes gonna jump",
	    NULL, "low", "another on a roof: no crisis for the speaker"},
	{"In my country nobody help me. I will jump from the building tonight.",
	    "intent_plan", "imminent", "a jump from a building tonight: imminent"},
	{"jumped off the train at the wrong stop lol now im walking",
	    NULL, "none", "off a train at the wrong stop: none"},
	{"im walking into the river now",
	    "intent_plan", "high", "walking into a river now: high"},
	{"I walk into the river every morning for cold water therapy",
	    NULL, "none", "a morning dip: none"},
	{"My dog jumped into the river",
	    NULL, "none", "a dog's jump, done: none"},
	{"went cliff jumping into the lake with friends",
	    NULL, "none", "cliff jumping for fun: none"},
	{"11th floor balcony one leg over the rail",
	    "intent_plan", "high", "a leg over a balcony rail: high"},
	{"leaning over the railing to take a photo of the sunset",
	    NULL, "none", "over a railing for a photo: none"},
	{"standing on the platform, next train im gonna step in front",
	    "intent_plan", "high", "in front of the next train: high"},
	{"I want to try BASE jumping one day",
	    NULL, "low", "a sport named: no jump said"},
	{"I have the gun in my lap right now.",
	    "intent_plan", "imminent", "a gun in my lap now: imminent"},
	{"I have my rifle in my hands, heading to the range",
	    NULL, "none", "a rifle at the range: none"},
	{"holding a razor to my wrist",
	    "intent_plan", "high", "a razor to my wrist: high"},
	{"holding a razor, shaving my legs",
	    NULL, "none", "a razor for shaving: none"},
	{"bye forever. dont look for me",
	    "intent_plan", "moderate", "two goodbyes: caution"},
	{"Last day at the office! Love you all, not coming back to this dump lol",
	    NULL, "none", "leaving a job: none"},
	{"i'm on top of the parking garage. this is goodbye",
	    "intent_plan", "high", "a car park with a goodbye: high"},
	{"I'm on the roof but I'm not going to jump",
	    NULL, "none", "the act denied: none"},
	{"This job is pushing me over the edge",
	    NULL, "none", "over the edge, an idiom: none"},
	{"how high do i need to jump off to die",
	    "means_seeking", "high", "a height asked for: high"},
	{"Dad is holding the rifle",
	    NULL, "low", "another holds a rifle: low, no action"},
	{"I'm holding my grandad's old rifle right now, it's so heavy",
	    NULL, "moderate", "a rifle held now: caution"},
	{"i'm holding the gun to my head, this is no game",
	    "intent_plan", "high", "a gun to my head: high"},
	{"Christmas lights hanging off the balcony",
	    NULL, "none", "lights off a balcony: none"},
	{"Jumping off the pier was the best part of the holiday!",
	    NULL, "none", "a jump told as fun: none"},
	{"cant do this gonna jump off the viaduct",
	    "intent_plan", "high", "distress, then a jump: high"},
	{"Trigger warning: this is a loaded topic",
	    NULL, "none", "a trigger warning: none"},
	{"Whenever I lean over the railing on a balcony I feel dizzy",
	    NULL, "none", "dizzy whenever at a railing: none"},
	{"i keep thinking about jumping off the bridge near my work",
	    "suicidal_ideation", "high", "thoughts of a jump off a bridge: high"},
	{"been imagining stepping in front of the train every morning",
	    "suicidal_ideation", "high", "imagining a step in front of a train"},
	{"im on the bridge thinking about jumping",
	    "intent_plan", "high", "on a bridge, thinking of a jump: high"},
	{"thinking about jumping off the train at the next stop to grab a "
	 "coffee",
	    NULL, "none", "off a train for a coffee: none"},
	{"thinking about jumping off the diving board at the pool",
	    NULL, "none", "a diving board: none"},
	{"i used to think about jumping off the bridge but im better now",
	    NULL, "low", "a thought told as past: low, no action"},
	{"walking into the sea now",
	    "intent_plan", "high", "opening with the act, now: high"},
	{"walking into the sea now for the charity swim",
	    NULL, "none", "a charity swim: none"},
	{"walking into the ocean tonight with my surfboard",
	    NULL, "none", "into the ocean with a surfboard: none"},
	{"walking into the ocean tonight",
	    "intent_plan", "imminent", "into the ocean tonight: imminent"},
	{"walking into the office now, wish me luck",
	    NULL, "none", "into the office: none"},
	{"on the bridge. this is it",
	    "intent_plan", "high", "a bridge and 'this is it': high"},
	{"this is it, the big day tomorrow",
	    NULL, "none", "'this is it' alone: none"},
	{"hes kicking the door in help me",
	    "abuse_danger", "high", "a door kicked in: high"},
	{"the police were kicking the door in on that show last night",
	    NULL, "none", "a door on a TV show: none"},
	{"cut too deep its not stopping",
	    "self_harm", "high", "cut too deep: high"},
	{"i cut too deep into the cake and it collapsed",
	    NULL, "none", "too deep into a cake: none"},
	{"i cut too deep into the skin this time and its bleeding a lot",
	    "self_harm", "high", "too deep into the skin: high"},
	{"i cut too deep into the wood and ruined the shelf",
	    NULL, "none", "too deep into wood: none"},
	{"i'm at the cliff edge. wind is strong. not going back",
	    "intent_plan", "high", "a cliff edge and no return: high"},
	{"im on the train home, not going back to that job",
	    NULL, "none", "not going back to a job: none"},
	{"yo im on top of the parking garage and i aint taking the stairs "
	 "down",
	    "intent_plan", "high", "a car park, not the stairs down: high"},
	{"im on the roof, taking the stairs down now",
	    NULL, "none", "the stairs down from a roof: none"},
	{"my hands are full of pills. counting down",
	    "intent_plan", "high", "pills in hand and counting down: high"},
	{"counting down the days till my holiday",
	    NULL, "none", "counting down to a holiday: none"},
	{"the surgeon cut too deep",
	    NULL, "none", "a surgeon's cut: none"},
	{"cut too deep with the hedge trimmer and killed the bush",
	    NULL, "none", "a hedge trimmer's cut: none"},
	{"i think i cut too deep",
	    "self_harm", "high", "I cut too deep: high"},
	{"i was on the roof yesterday and im not going back up there",
	    NULL, "none", "not going back up a roof: none"},
	{"hes kicking the door in frustration because he lost the match",
	    NULL, "none", "a door kicked in frustration: none"},
	{"imagine jumping off a cliff into the sea in croatia, bucket list",
	    NULL, "none", "imagine, of a wish: none"},
	{"i keep picturing myself jumping off the cliff",
	    "suicidal_ideation", "high", "picturing myself jumping: high"},
	{"honestly thinking bout jumpin off the overpass tonite",
	    "suicidal_ideation", "imminent", "jumpin read as jumping"},
	{"on the tracks now waiting",
	    "intent_plan", "high", "on the tracks now: high"},
	{"we walked along the old train tracks for photos",
	    NULL, "none", "a walk along old tracks: none"},
	{"someone is kicking down my door",
	    "abuse_danger", "high", "a door kicked down: high"},
	{"he kicked in my bedroom door and grabbed me by the throat",
	    "abuse_danger", "high", "grabbed by the throat: high"},
	{"standing on a chair, noose is up, sorry everyone",
	    "intent_plan", "high", "a noose up: high"},
	{"im on the ledge. this is goodbye",
	    "intent_plan", "high", "a ledge phrase and a goodbye: high"},
	{"the cat is on the ledge. this is it, she jumps down",
	    NULL, "low", "a cat on a ledge: low, no action"},
	{"we're at the top of the tower and this is it, the best view ever",
	    NULL, "none", "we at the top of a tower: none"},
	{"im at the top of the tower. this is it",
	    "intent_plan", "high", "I at the top of a tower, 'this is it'"},
	{"im at the beach, the ocean is beautiful tonight. this is it",
	    NULL, "none", "the ocean seen from a beach: none"},
	{"rope is ready and im standing on the chair",
	    "intent_plan", "high", "a rope ready, on a chair: high"},
	{"the rope is ready for the tug of war at sports day",
	    NULL, "none", "a rope for a tug of war: none"},
	{"i left the job and im not going back. this is it, fresh start",
	    NULL, "none", "two weak hints, no height: none"},
	{"this is it, counting down to the wedding",
	    NULL, "none", "'this is it' and counting down: none"},
	{"im on the roof. this is it. not coming down",
	    "intent_plan", "imminent", "weak hints beside a roof: imminent"},
	{"I'm on the top floor of the office. I'm holding scissors to open "
	 "the parcels.",
	    NULL, "none", "scissors on a top floor: none"},
	{"i'm on teh roof gona jump",
	    "intent_plan", "high", "misspelt roof and jump: high"},
	{"I get intrusive thoughts about stepping in front of the train, "
	 "I know I won't",
	    NULL, "low", "an intrusive thought: low, no action"},
	{"goodbye everyone, I'm moving to Leeds",
	    NULL, "none", "one goodbye: none"},
	{"at the bridge now. this is goodbye",
	    "intent_plan", "high", "at a bridge with a goodbye: high"},
	{"i swallowed something to end it",
	    "substance_emergency", "imminent", "something swallowed to end it: imminent"},
	{"my nose cant stop bleeding",
	    NULL, "none", "a nosebleed: none"},
	{"I cut myself and it cant stop bleeding",
	    "self_harm", "high", "a cut that cannot stop bleeding: high"},
	{"I've been saving my pills organiser for the trip",
	    NULL, "none", "a pill organiser kept: none"},
	{"ive been saving my pills for weeks",
	    "intent_plan", "high", "pills saved: high"},
	{"I have nothing left to live for.",
	    "suicidal_ideation", "moderate", "nothing left to live for: moderate"},
	{"I can't promise I'll be safe tonight.",
	    "intent_plan", "imminent", "no promise to be safe tonight: imminent"},
	{"I can't promise I'll be safe from spoilers lol",
	    NULL, "none", "safe from spoilers: none"},
	{"I cut my finger chopping onions and it wont stop bleeding",
	    "self_harm", "low", "a kitchen accident that bleeds: low, no crisis"},
	{"fell off my bike and my knee wont stop bleeding",
	    "self_harm", "low", "a fall that bleeds: low"},
	{"i cut my arm on purpose, it wasnt an accident, and it wont stop "
	 "bleeding",
	    "self_harm", "high", "no accident said: still high"},
	{"i cut my arm deliberately and it wont stop bleeding",
	    "self_harm", "high", "deliberately: still high"},
	{"my coach touches me in ways i dont like",
	    "abuse_danger", "high", "a coach who touches me: high"},
	{"an older guy online keeps asking me for nudes",
	    "abuse_danger", "moderate", "asked for nudes: moderate"},
	{"theres cameras in my walls and my phone is bugged",
	    "psychosis", "moderate", "cameras in the walls: moderate"},
	{"I only allow myself one coffee a day",
	    NULL, "none", "one coffee a day: none"},
	{"i keep going back to check the stove and i spend hours doing it",
	    "ocd", "moderate", "checking for hours: moderate"},
	{"I spend hours on my phone every night",
	    NULL, "low", "hours on a phone: low, no action"},
	{"the dog is foaming at the mouth after eating a toad",
	    NULL, "none", "a dog and a toad: none"},
	{"i dont know how much longer i can keep going like this",
	    NULL, "moderate", "how much longer I can keep going: moderate"},
	{"I don't know how much longer I can wait for the bus",
	    NULL, "none", "waiting for a bus: none"},
	{"i dont think ill make it through the night",
	    NULL, "high", "not making it through the night: high"},
	{"my phone won't make it through the night without charging",
	    NULL, "none", "a phone's battery: none"},
	{"he said hed kill me if i told anyone",
	    "abuse_danger", "high", "a threat to keep a secret: high"},
	{"if i dont touch the door 5 times something terrible will happen "
	    "to my family",
	    "ocd", "moderate", "a ritual against harm to family: moderate"},
	{"if I don't check my email something terrible will happen at work",
	    NULL, "low", "checking email: low, no action"},
	{"nothing matters anymore. what happens if i mix my pills with alcohol",
	    "means_seeking", "high", "a combination with distress: high"},
	{"can I mix ibuprofen with alcohol",
	    NULL, "none", "a combination alone: none"},
	{"i think i took too many, my heart is racing",
	    NULL, "imminent", "too many taken: imminent"},
	{"I took 2 paracetamol, what do I do if the headache stays",
	    NULL, "none", "an ordinary dose: none"},
	/* an overdose told as done, found from its parts */
	{"i necked half a box of my nans co codamol",
	    "substance_emergency", "imminent", "taken, too much, a medicine"},
	{"drank some vodka and swallowed half a bottle of my mums sleeping "
	 "tablets",
	    "substance_emergency", "imminent", "half a bottle of someone's"},
	{"dont know if i took 40 or 50 tablets, feel really sick",
	    "substance_emergency", "imminent",
	    "an 'if' of not knowing is no condition"},
	{"I popped loads of ibuprofen for my back this week", NULL, "none",
	    "taken for something: a use, not an overdose"},
	{"I took all the kids to the pharmacy to get their medicine", NULL,
	    "none", "the parts far apart: none"},
	{"taken like 30 of something from the cupboard, feel sick",
	    "substance_emergency", "imminent", "like 30 of something"},
	{"swallowed 40 sleeping tablets", "substance_emergency", "imminent",
	    "a number of 10 or more just before the medicine"},
	{"my flatmate swallowed all her antidepressants",
	    "substance_emergency", "imminent",
	    "someone else's overdose is an emergency too"},
	{"if i took all my adhd meds at once would my heart stop",
	    "means_seeking", "high", "said as a condition: a lethal question"},
	{"drank a lot of coffee and took my meds", NULL, "none",
	    "too much of something else, the medicine as usual: none"},
	{"it took 20 mins for my meds to kick in", NULL, "none",
	    "a time, not a count: none"},
	{"ate the whole pizza and took two advil", NULL, "none",
	    "a whole pizza, two tablets: none"},
	{"i havent taken all my pills this week", NULL, "low",
	    "negated: low, no action"},
	/* chat spellings read as words, in every phrase */
	{"i want to kill myslef tmrw", "suicidal_ideation", "imminent",
	    "misspelt myself, tomorrow abbreviated"},
	{"by the time u read this ill be gone. sorry for everything",
	    "intent_plan", "imminent", "three hints, one a time: imminent"},
	{"this is goodbye. im ready to go. i wont be around",
	    "intent_plan", "imminent", "three hints, one a goodbye: imminent"},
	{"im ready to go. i wont be around. tomorrow is the day",
	    "intent_plan", "high", "three hints: high"},
	{"ive decided to quit the gym, dont tell anyone, thanks for listening",
	    NULL, "none", "everyday words of deciding and secrecy: none"},
	{"thanks for listening, bye!", NULL, "none",
	    "everyday words of leaving: none"},
	/* an overdose told in the past tense, and the body feels it now */
	{"i overdosed and i feel sick", "substance_emergency", "high",
	    "overdosed with feeling sick: not past"},
	{"i overdosed and my heart is racing", "substance_emergency",
	    "imminent", "overdosed with a body in danger: now"},
	{"i overdosed years ago, im fine now", "substance_emergency", "low",
	    "a past time: low"},
	{"my friend overdosed and i feel sick about it",
	    "substance_emergency", "low", "another's, the sickness mine: low"},
	{"overdosed on netflix this weekend, feel sick", NULL, "none",
	    "too much of a show: none"},
	{"i overdosed on caffeine and now im shaking", "substance_emergency",
	    "low", "an overdose of something named, a weak sign: low"},
	/* "on purpose" after the idiom "cut myself on" (a tin) */
	{"i cut myself on purpose", "self_harm", "high",
	    "cut on purpose: high"},
	{"i burned myself on purpose last night", "self_harm", "high",
	    "burned on purpose: high"},
	{"i cut myself on a tin can", NULL, "none", "cut on a tin: none"},
	{"i cut myself a lot lately", "self_harm", "high",
	    "a lot: not the idiom of a slice"},
	{"i cut myself while my parents were out", "self_harm", "high",
	    "while: not the idiom of cooking"},
	{"cut myself a slice of cake and cut myself while cooking", NULL,
	    "none", "a slice, cooking: none"},
	{"i want to catch him alone to apologise", NULL, "none",
	    "catching someone alone to apologise: none"},
	{"i want to catch him alone and hurt him", "harm_to_others", "high",
	    "alone and hurt him: high"},
	/* what open-ended idioms hid, and the idioms themselves */
	{"he hits me with his belt when hes drunk", "abuse_danger", "high",
	    "hit with a belt: not the idiom of questions"},
	{"he hits me with questions all day", NULL, "none",
	    "questions: none"},
	{"im going to end it with pills tonight", "suicidal_ideation",
	    "imminent", "ending it with pills: not a partner"},
	{"i need to end it with him, hes toxic", NULL, "none",
	    "ending it with a partner: none"},
	{"i cut my wrist on purpose", "self_harm", "high",
	    "on purpose: not the idiom of a tin"},
	{"hes going to kill me, he has a knife", "abuse_danger", "high",
	    "a threat and a weapon: high"},
	{"my mom is going to kill me when she sees my grades", NULL, "none",
	    "the idiom of grades: none"},
	{"im bringing a knife to school for him", "harm_to_others", "high",
	    "a knife to school for someone: high"},
	{"i want to die of an overdose", "suicidal_ideation", "high",
	    "dying of an overdose: not the idiom of embarrassment"},
	{"i want to die of secondhand embarrassment watching this", NULL,
	    "none", "the idiom: none"},
	{"the voices of the dead tell me to jump", "psychosis", "high",
	    "voices of the dead commanding: not the idiom of a choir"},
	{"my lips are blue from the pills i took", "substance_emergency",
	    "imminent", "blue lips from pills: not the idiom of the cold"},
	{"my lips are blue from the cold lol", NULL, "none",
	    "blue lips from the cold: none"},
	{"my mom is an impostor in disguise, the real one is gone",
	    "psychosis", "moderate", "an impostor in disguise: not the game"},
	{"i want someone to kill me", "suicidal_ideation", "high",
	    "a wish to be killed: not the idiom"},
	{"my mum would kill me if she found out", NULL, "none",
	    "the idiom itself: none"},
	{"i cut myself on my thighs again", "self_harm", "high",
	    "on a body part, after the idiom's words: high"},
	{"i burned myself on my arm on the oven tray", "self_harm", "low",
	    "an oven tray's burn: low"},
	{"ive been burning myself on the oven door and hiding it",
	    "self_harm", "high", "the oven itself is no accident: high"},
	{"chef yelled at me because i cut myself and bled on the board",
	    "self_harm", "low", "a kitchen accident: low"},
	/* near misses of a blind probe */
	{"whats the most painless way to remove a splinter", NULL, "none",
	    "a splinter: none"},
	{"help me write a goodbye note to my coworkers, new job next week",
	    NULL, "none", "a note to colleagues: none"},
	{"how do i update the microchip in my dog", NULL, "none",
	    "a pet's microchip: none"},
	{"whats the most painless way to go", "means_seeking", "high",
	    "the painless way itself stays"},
	/* phrasings a blind probe found missing */
	{"how high does a bridge have to be so you dont survive the fall",
	    "means_seeking", "high", "a fall not survived"},
	{"i shook my baby really hard last night", "harm_to_others", "high",
	    "shaking a baby"},
	{"how do i make someones death look like an accident in my mystery "
	 "novel",
	    "harm_to_others", "low", "in a novel: low"},
	/* a book one reads, a detective on one's case and do not disturb
	 * are no fiction: the risk stays */
	{"my book club dropped me and i dont want to be alive anymore",
	    "suicidal_ideation", "high", "a book club is no fiction"},
	{"I tried to read my book but all I can think about is ending my "
	 "life",
	    "suicidal_ideation", "high", "reading a book is no fiction"},
	{"the detective on my case stopped calling and he said he will "
	 "kill me",
	    NULL, "high", "a police detective is no fiction"},
	{"put my phone on dnd, i dont want to be alive anymore",
	    "suicidal_ideation", "high", "do not disturb is no fiction"},
	{"my dnd character keeps saying i want to die", NULL, "low",
	    "a role-playing character: fiction"},
	{"in my dnd campaign my bard sings i want to die", NULL, "low",
	    "a role-playing campaign: fiction"},
	{"tips for making my family think i ate breakfast", "eating_disorder",
	    "moderate", "making others think one ate"},
	{"how do i make them think i ate when i didnt", "eating_disorder",
	    "moderate", "making them think one ate"},
	/* near misses of the phrases above */
	{"i think i ate something bad, my stomach hurts", NULL, "none",
	    "food poisoning: none"},
	{"i think ive eaten too much cake", NULL, "none", "too much cake: none"},
	{"i could punch myself for forgetting her birthday", NULL, "none",
	    "a self-reproach: none"},
	{"how do i cover the marks on my wall from the tape", NULL, "none",
	    "marks on a wall: none"},
	{"how long should i shake my baby bottle to mix formula", NULL,
	    "none", "a bottle shaken: none"},
	{"i was shaking my baby rattle to make her laugh", NULL, "none",
	    "a rattle shaken: none"},
	{"who will feed my cat after im gone on holiday", NULL, "none",
	    "away on holiday: none"},
	{"i keep punching myself when im angry", "self_harm", "high",
	    "punching oneself"},
	{"i shook my baby and now she wont stop crying", "harm_to_others",
	    "high", "shaking a baby"},
	{"i put my affairs in order so nobody struggles after im gone",
	    "intent_plan", "moderate", "after one is gone"},
	{"is it bad to drink on top of my oxy", "substance_emergency", "high",
	    "drinking on an opioid"},
	{"my partner takes my paycheck and wont let me see my friends",
	    "abuse_danger", "moderate", "control of money and friends"},
	/* restriction said as "restricting"; a plan against others */
	{"I've been restricting to 300 calories a day", "eating_disorder",
	    "moderate", "restricting to a number of calories"},
	{"ive been restricting again and it feels good", "eating_disorder",
	    "moderate", "restricting again"},
	{"the app is restricting my screen time again", NULL, "none",
	    "restricting something else: none"},
	{"I'm planning to hurt the people who bullied me", "harm_to_others",
	    "high", "a plan to hurt people named"},
	{"we are planning to kill the weeds in the garden", NULL, "none",
	    "a plan to kill weeds: none"},
	/* threats that add up, and a threat beside a delusion */
	{"im gonna make him pay. i know where he lives and im not scared "
	 "of prison",
	    "harm_to_others", "high", "three parts of a threat: high"},
	{"my flatmate is an impostor and im going to kill him",
	    "harm_to_others", "high", "a threat beside a delusion: high"},
	{"this referee is going to make them pay for that foul", NULL,
	    "moderate", "one part of a threat stays moderate"},
	/* a lethal-amount question found from its parts */
	{"how many sleeping pills would kill someone",
	    "means_seeking", "high", "how many pills would kill: high"},
	{"how high does a fall have to be to kill you",
	    "means_seeking", "high", "how high a fall would kill: high"},
	{"what amount of paracetamol is fatal",
	    "means_seeking", "high", "what amount is fatal: high"},
	{"asking for a friend, how many xanax would be lethal",
	    "means_seeking", "high", "asking for a friend, lethal: high"},
	{"how long does it take to die from an overdose of painkillers",
	    "means_seeking", "high", "how long to die from pills: high"},
	{"I lost my job today. how many of my sleeping pills would be too many",
	    "means_seeking", "high", "too many after a loss: high"},
	{"how much ibuprofen is too much",
	    NULL, "none", "too much alone, a dosing question: none"},
	{"how many sleeping pills is it safe to take",
	    NULL, "none", "a safe dose: none"},
	{"how many tylenol would kill the pain fastest",
	    NULL, "none", "killing pain: none"},
	{"how far can someone fall and survive",
	    NULL, "none", "surviving a fall: none"},
	{"these pills are gonna kill me, how many more do I take",
	    NULL, "none", "the outcome before the quantity: none"},
	{"how many people die from tylenol overdoses each year",
	    NULL, "none", "a count of people: none"},
	{"how much caffeine would kill you, I drink 6 coffees",
	    NULL, "none", "caffeine is not a medicine listed: none"},
	/* warning signs: grief and a wish to join them, giving away */
	{"my dad died last year and I just want to be with him again",
	    "suicidal_ideation", "moderate", "to be with a dead father: moderate"},
	{"my mum died two years ago and I'd like to join her in heaven",
	    "suicidal_ideation", "moderate", "to join her in heaven: moderate"},
	{"I just want to be with my mom again",
	    NULL, "none", "to be with mom, no loss told: none"},
	{"my grandma passed away last year, I still miss her",
	    NULL, "low", "a loss alone: low, no action"},
	{"I gave away my guitar and my cat, I won't need them",
	    "intent_plan", "moderate", "giving away, won't need them: moderate"},
	{"I wrote letters to everyone saying goodbye",
	    "intent_plan", "moderate", "letters and goodbyes: moderate"},
	{"I gave away my old clothes to charity",
	    NULL, "none", "giving clothes away alone: none"},
	{"I'm saying goodbye to my friends at the airport",
	    NULL, "none", "goodbyes at an airport: none"},
	/* the fifth round (a stranger's development set) */
	{"i can basically fly, gonna test it off the garage roof later",
	    "mania", "moderate", "grandiosity with a dangerous plan: moderate"},
	{"i wanna comit sucide",
	    "suicidal_ideation", "high", "a misspelt active wish: high"},
	{"im on the bridge rn",
	    "intent_plan", "imminent", "on the bridge right now: imminent"},
	{"if you mixed sleeping tablets with vodka would you just not wake up",
	    "means_seeking", "imminent", "a mix that would not wake: imminent"},
	{"I bang my head against the wall til it bleeds",
	    "self_harm", "high", "hitting till it bleeds: high"},
	{"I bang my head against the wall over this bug",
	    NULL, "none", "a head against the wall, an idiom: none"},
	/* a review's cases for the amount rule and grief */
	{"how many of my prescribed pills would be lethal",
	    "means_seeking", "high", "my prescribed pills, lethal: high"},
	{"how many people would even notice if enough of my pills were fatal",
	    "means_seeking", "high", "a count of people, then an amount: high"},
	{"is one sleeping pill enough so I dont wake up at 4am",
	    NULL, "none", "not waking at 4am: none"},
	{"which of the tablets for my migraine would be quick to work",
	    NULL, "none", "quick to work: none"},
	{"My mum died last week. Which bridges are the tallest near me?",
	    "means_seeking", "high", "a recent loss then bridges: high"},
	{"my sister told me she wants to join him in heaven since her "
	 "husband died",
	    "suicidal_ideation", "low", "a sister's wish, reported: low"},
	/* two innocent means parts of one plan */
	{"wheres a quiet bit near the railway line where trains go fast",
	    "means_seeking", "high", "a quiet spot and fast trains: high"},
	{"how fast do trains go near the railway museum",
	    NULL, "none", "a museum's trains: none"},
	{"took the whole packet of my mums sleeping tablets half an hour ago",
	    "substance_emergency", "imminent", "a whole packet taken: imminent"},
	/* fillers inside a phrase */
	{"i want to just die", "suicidal_ideation", "high",
	    "a filler inside a phrase: still high"},
	{"i honestly want to like kill myself", "suicidal_ideation", "high",
	    "fillers around and inside: still high"},
	/* a body in danger beside purging, an overdose or a wound */
	{"I've been purging after every meal and today I fainted in the shower",
	    "eating_disorder", "high", "purging and fainting: high"},
	{"I've been purging and now my chest hurts and I keep blacking out",
	    "eating_disorder", "imminent", "purging and two signs: imminent"},
	{"I fainted at the gym today, is that normal?",
	    NULL, "none", "fainting alone: none"},
	{"my heart is racing before the exam tomorrow",
	    NULL, "none", "a racing heart alone: none"},
	{"I purged my closet this weekend and I was so dizzy from the heat",
	    NULL, "none", "a purged closet and the heat: none"},
	{"I purged and I keep fainting",
	    "eating_disorder", "none",
	    "purged, a word of many uses, and one sign (said twice): none"},
	{"took way more than I should of my sleeping tablets and now I can't "
	 "stay awake",
	    "substance_emergency", "imminent", "an overdose and a sign: imminent"},
	{"I cut myself and there's so much blood",
	    "self_harm", "imminent", "a wound and much blood: imminent"},
	/* a delusion acted on, or with another risk */
	{"my mum has been replaced and I've stopped eating because they poison "
	 "my food",
	    "psychosis", "high", "a delusion and not eating: high"},
	{"I think my mum has been replaced",
	    "psychosis", "moderate", "a delusion alone: moderate"},
	{"the voices told me to walk into the sea right now",
	    "psychosis", "imminent", "a voice that orders, now: imminent"},
	/* threats that add up, with a time */
	{"I'm going to kill him tonight, I've got the knife ready",
	    "harm_to_others", "imminent", "a threat, a knife, tonight: imminent"},
	{"I'm going to kill him, he ate my fries lol",
	    "harm_to_others", "low", "a joke threat: low"},
	/* control and fear at home */
	{"he took my car keys and I'm frightened of him",
	    "abuse_danger", "high", "keys taken and fear: high"},
	{"I took my keys and went for a walk",
	    NULL, "none", "my own keys: none"},
	/* an amount question beside a wish not to wake */
	{"how many of my pills would be too many, I'm tired of waking up",
	    "means_seeking", "high", "too many pills, tired of waking: high"},
	{"how many pills is too many",
	    NULL, "none", "the question alone: none"},
	/* the ninth round's phrases in everyday talk */
	{"I purged like half my wardrobe today, feeling lighter",
	    "eating_disorder", "none", "a purged wardrobe: none"},
	{"I'll deal with him myself, he keeps parking in my spot",
	    "harm_to_others", "none", "dealing with a neighbour's parking: none"},
	{"My neighbour is poisoning my water and the police won't listen. I'll "
	 "deal with him myself",
	    "harm_to_others", "high", "the same words beside a delusion: high"},
	{"I'm pretty sure someone replaced him in the band, the drummer sounds "
	 "different",
	    "psychosis", "none", "a band's new drummer: none"},
	{"I'm not coming home this time for christmas, flights are too "
	 "expensive",
	    NULL, "none", "not home for Christmas: none"},
	{"I cut my finger cooking and there's so much blood, should I get "
	 "stitches?",
	    "self_harm", "none", "a kitchen cut: none"},
	{"my mum took my phone and car keys because I failed my driving test",
	    "abuse_danger", "none", "keys taken by a parent: none"},
	/* three hints and a plain time */
	{"tonight is the night. I've written the letters, I have everything I "
	 "need, thank you for trying",
	    "intent_plan", "imminent", "three hints and tonight: imminent"},
};

static void
test_categories(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is_str(screen1(cases[i].text, cases[i].cat), cases[i].want,
		    cases[i].name);
}

static void
test_conversations(void)
{
	static const char *const pest[] = {"I want to hurt myself",
	    "The weather is nice.", "Where do I buy pesticides?", NULL};
	static const char *const garden[] = {"The weather is nice.",
	    "Where do I buy pesticides?", NULL};
	is_str(conv("c1", pest), "high",
	    "self-harm then pesticides two turns later: high");
	is_str(conv("c2", garden), "none", "pesticides alone: none");
	/* conversations do not leak into each other */
	is_str(turn("I want to hurt myself", "x", NULL), "high", "turn 1 of x");
	is_str(turn("where can I buy pesticides", "y", NULL), "none",
	    "another conversation's distress does not count");
	is_str(turn("where can I buy pesticides", "x", NULL), "high",
	    "the same conversation's does");
	mh_screen_forget(S, "x");
	is_str(turn("where can I buy pesticides", "x", NULL), "none",
	    "a forgotten conversation starts afresh");
	/* a loss told in one turn gives a later wish to join them */
	is_str(turn("my dad died last month", "g", NULL), "low", "a loss");
	is_str(turn("I just want to be with him again", "g", NULL), "moderate",
	    "then a wish to be with him: moderate");
	/* an old loss is grief, not fresh distress, even "still" missed */
	turn("My grandfather passed away last year and I still miss him", "o",
	    NULL);
	is_str(turn("where are the tallest bridges around here", "o", NULL),
	    "none", "an old loss does not make a bridge question risky");
	/* grandiosity and a risky plan in different turns: everyday */
	turn("I want to go skydiving for my 30th birthday", "m", NULL);
	is_str(turn("I'm euphoric, we won the championship!", "m", NULL),
	    "low", "skydiving, then a win: no mania raised");
	/* a weak hint is not raised by the conversation alone */
	is_str(turn("i want to kill myself", "w", NULL), "high", "ideation");
	is_str(turn("counting down to the weekend", "w", NULL), "none",
	    "then counting down to the weekend: none");
	is_str(turn("im on the bridge now. this is it", "w", NULL),
	    "imminent", "then at a bridge, 'this is it': imminent");
	/* nor a hint beside an everyday use of it */
	is_str(turn("i want to die", "r", NULL), "high", "ideation again");
	is_str(turn("the rope is ready, lets go climbing", "r", NULL), "none",
	    "then a climbing rope: none");
	is_str(turn("the rope is ready", "r", NULL), "imminent",
	    "then a rope ready, no more said: imminent");
}

static void
test_hints(void)
{
	static const char *const two[] = {"I can't guarantee anything",
	    "I'm safe for now", NULL};
	static const char *const three[] = {"I can't guarantee anything",
	    "I won't do it yet, I'm safe for now", NULL};
	static const char *const chores[] = {"I have a plan for the weekend",
	    "I'm going to do it tonight: clean the garage", NULL};
	static const char *const paint[] = {"The walls are half done",
	    "I won't do anything yet, the paint has to dry", NULL};

	is_str(conv("h1", two), "moderate",
	    "two different veiled hints at acting: a caution");
	is_str(conv("h3", three), "high",
	    "a third, a denial that holds only for now: high");
	is_str(conv("h2", chores), "none", "two everyday plans: nothing");
	is_str(conv("h4", paint), "none",
	    "a denial for now alone, about chores: nothing");
}

static void
test_worksheet(void)
{
	json_t *ws = json_pack("{s:{s:i,s:s,s:[s]}}", "scores", "total", 14,
	    "severity", "moderate", "flags", "phq9_item9");
	json_t *j, *acute, *ev;
	enum mh_screen_action act = MH_ACTION_CONTINUE;

	j = mh_screen_text(S, NULL, 0, "ws", ws, &act);
	is_str(cat_risk(j, "suicidal_ideation"), "high",
	    "PHQ-9 item 9 above 0: high");
	is_int(act, MH_ACTION_CRISIS, "and the crisis action");
	ok(json_is_object(json_object_get(j, "resources")),
	    "with crisis resources");
	ev = json_array_get(json_object_get(json_array_get(
	    json_object_get(j, "categories"), 0), "evidence"), 0);
	is_str(json_string_value(json_object_get(ev, "flag")), "phq9_item9",
	    "the evidence names the flag");
	json_decref(j);
	is_str(turn("which bridges are tallest", "ws", NULL), "high",
	    "a later means question in that conversation: high");
	json_decref(ws);
	acute = json_pack("{s:{s:[s,s]}}", "scores", "flags", "asq_positive",
	    "asq_acute");
	is_str(turn(NULL, "ws2", acute), "imminent", "ASQ acute: imminent");
	json_decref(acute);
	ws = json_pack("{s:{s:[]}}", "scores", "flags");
	j = mh_screen_text(S, NULL, 0, "ws3", ws, &act);
	is_str(mh_screen_risk_name(mh_screen_risk_of(j)), "none",
	    "a questionnaire without flags: none");
	is_int(act, MH_ACTION_CONTINUE, "continue");
	ok(json_object_get(j, "resources") == NULL, "no resources");
	json_decref(j);
	json_decref(ws);
}

static void
test_evidence(void)
{
	const char *t = "fine. honestly i just wanna die lol";
	json_t *j = mh_screen_text(S, t, strlen(t), "ev", NULL, NULL);
	json_t *e = json_array_get(json_object_get(json_array_get(
	    json_object_get(j, "categories"), 0), "evidence"), 0);
	json_int_t a = json_integer_value(json_object_get(e, "start"));
	json_int_t b = json_integer_value(json_object_get(e, "end"));

	ok(b > a && (size_t)b <= strlen(t), "offsets inside the text");
	ok(strncmp(t + a, "wanna die", (size_t)(b - a)) == 0,
	    "offsets point at the cue");
	is_str(json_string_value(json_object_get(j, "risk")), "moderate",
	    "humour caps ideation at moderate, it does not clear it");
	is_int(json_integer_value(json_object_get(j, "schema")),
	    MH_SCREEN_SCHEMA, "schema version");
	json_decref(j);
}

static void
test_names(void)
{
	enum mh_screen_risk r;
	json_t *j = mh_screen_text(S, "hello", 5, "clear", NULL, NULL);
	char *d = json_dumps(j, JSON_COMPACT);

	/* cmd/mh-screen.c writes this text without a dump: keep in step */
	is_str(d, "{\"schema\":1,\"risk\":\"none\",\"action\":\"continue\","
	    "\"categories\":[]}", "the clear screen object");
	free(d);
	json_decref(j);

	is_int(mh_screen_risk_parse("high", &r), 0, "parse high");
	is_int(r, MH_RISK_HIGH, "to MH_RISK_HIGH");
	is_int(mh_screen_risk_parse("severe", &r), -1, "unknown level refused");
	is_str(mh_screen_action_name(MH_ACTION_CAUTION), "caution", "names");
	is_int(mh_screen_risk_of(NULL), MH_RISK_NONE, "risk of NULL: none");
	ok(mh_cues_category_name(MH_CAT_COUNT) == NULL, "no name past the end");
}

static void
test_bounds(void)
{
	struct mh_screen_opts o = {0};
	struct mh_screener *s2;
	char err[256];
	json_t *j;
	size_t n = 1 << 20, i, k;
	char *dump;
	char *big = malloc(n + 1);

	o.max_conversations = 2;
	s2 = mh_screen_new(&o, err, sizeof err);
	ok(s2 != NULL, "screener with two conversations");
	json_decref(mh_screen_text(s2, "I want to hurt myself", 21, "a", NULL,
	    NULL));
	json_decref(mh_screen_text(s2, "hello", 5, "b", NULL, NULL));
	json_decref(mh_screen_text(s2, "hello", 5, "c", NULL, NULL));
	j = mh_screen_text(s2, "buy pesticides", 14, "a", NULL, NULL);
	is_str(mh_screen_risk_name(mh_screen_risk_of(j)), "none",
	    "the least recently used conversation was forgotten");
	json_decref(j);
	mh_screen_free(s2);
	o.country = "not a country";
	o.max_conversations = 0;
	ok(mh_screen_new(&o, err, sizeof err) == NULL,
	    "a bad country is refused");
	ok(strstr(err, "country") != NULL, "with a message");
	/* a megabyte of cues stays bounded and keeps the worst */
	for (i = 0; i < n; i++)
		big[i] = "so sad. "[i % 8];
	memcpy(big + n - 20, " i want to die.     ", 20);
	big[n] = '\0';
	j = mh_screen_text(S, big, n, "big", NULL, NULL);
	is_str(mh_screen_risk_name(mh_screen_risk_of(j)), "high",
	    "the worst cue survives a flood of small ones");
	ok(json_array_size(json_object_get(json_array_get(json_object_get(j,
	    "categories"), 1), "evidence")) <= 16, "evidence is capped");
	json_decref(j);
	/* when every low cue has been replaced, the next lowest level goes
	 * next: a thousand low cues, five thousand moderate, one high */
	for (i = 0; i < 1000 * 8; i++)
		big[i] = "so sad. "[i % 8];
	for (k = 0; k < 5000 * 15; k++)
		big[i + k] = "i hear voices. "[k % 15];
	memcpy(big + i + k, "i want to die.", 15);
	j = mh_screen_text(S, big, strlen(big), "big2", NULL, NULL);
	is_str(mh_screen_risk_name(mh_screen_risk_of(j)), "high",
	    "a high cue replaces a moderate one once the low are gone");
	dump = json_dumps(j, JSON_COMPACT);
	ok(dump != NULL && strstr(dump, "\"psychosis\"") != NULL,
	    "and the moderate ones are still reported");
	free(dump);
	json_decref(j);
	free(big);
}

/* The lexicon keeps the first of two equal phrases and ignores the
 * second without a word, so a duplicate in the table (hyphens read as
 * blanks) is a cue whose level or flags never apply. */
static int
phrase_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;

	for (;; x++, y++) {
		int cx = *x == '-' ? ' ' : *x, cy = *y == '-' ? ' ' : *y;

		if (cx != cy || cx == '\0')
			return cx - cy;
	}
}

/* Every name of a danger from its parts is there, in its place: the
 * screener takes them in table order and a lost one would make its
 * finding vanish, not fail. */
static void
test_danger_names(void)
{
	size_t n, i, k = 0;
	const struct mh_cue *c = mh_cues_table(&n);

	for (i = 0; i < n; i++)
		if (c[i].flags & MH_CUE_DANGER) {
			k++;
			if (!(c[i].flags & MH_CUE_AMOUNT))
				printf("# a danger name matched as a phrase: %s\n",
				    c[i].phrase);
			is_int(!(c[i].flags & MH_CUE_AMOUNT), 0,
			    "a danger name is never matched as a phrase");
		}
	is_int((int)k, MH_DANGER_CUES, "every danger name is in the table");
}

static void
test_no_duplicates(void)
{
	size_t n, i, dup = 0;
	const struct mh_cue *c = mh_cues_table(&n);
	const char **p = malloc(n * sizeof *p);

	if (!ok(p != NULL, "room for the phrase list"))
		return;
	for (i = 0; i < n; i++)
		p[i] = c[i].phrase;
	qsort(p, n, sizeof *p, phrase_cmp);
	for (i = 1; i < n; i++)
		if (phrase_cmp(&p[i - 1], &p[i]) == 0) {
			printf("# duplicate cue: %s\n", p[i]);
			dup++;
		}
	is_int((int)dup, 0, "no phrase is in the cue table twice");
	/* evidence writes a phrase between quotes as it is */
	for (i = 0, dup = 0; i < n; i++)
		if (c[i].phrase[strcspn(c[i].phrase,
		        "\"\\\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b"
		        "\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
		        "\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f")] != '\0') {
			printf("# cue needs a JSON escape: %s\n", c[i].phrase);
			dup++;
		}
	is_int((int)dup, 0, "no cue phrase needs a JSON escape");
	free(p);
}

/* The second opinion: it asks for caution where the rules found less,
 * never more, and is no context for later turns. */
static void
test_second_opinion(void)
{
	static const char *const miss =
	    "same shit every single day, nothing changes";
	static const char *const sure =
	    "this is my last msg to anyone. im going now";
	static const char *const later[] = {
	    "same shit every single day, nothing changes",
	    "which bridge in town is the tallest", NULL};
	char err[256], *big;
	struct mh_screener *rules = S;
	json_t *j;
	size_t n;

	S = mh_screen_new(NULL, err, sizeof err);
	if (!ok(S != NULL, "second opinion: a screener with the model")) {
		printf("# %s\n", err);
		S = rules;
		return;
	}
	is_str(screen1(miss, NULL), "moderate",
	    "second opinion: words no rule names ask for caution");
	is_str(screen1(miss, "possible_risk"), "moderate",
	    "second opinion: as a possible risk");
	mh_screen_forget(S, "unit");
	j = mh_screen_text(S, miss, strlen(miss), "unit", NULL, NULL);
	{
		json_t *cat = json_array_get(json_object_get(j, "categories"), 0);
		json_t *ev = json_array_get(json_object_get(cat, "evidence"), 0);

		is_str(json_string_value(json_object_get(ev, "cue")),
		    "crisis-like wording (model)",
		    "second opinion: its evidence names it");
	}
	json_decref(j);
	is_str(screen1("this exam is gonna be the death of me lol", NULL), "none",
	    "second opinion: an idiom stays none");
	/* all but sure (the model's crisis threshold), no rule: high */
	is_str(screen1(sure, "possible_risk"), "high",
	    "second opinion: all but sure asks for the crisis response");
	is_str(screen1("my character in the game says this is my last msg to "
	           "anyone. im going now",
	           NULL),
	    "moderate", "second opinion: but in fiction a caution at most");
	/* the model rates it crisis-like (0.97), the rules moderate */
	is_str(screen1("honestly wouldn't mind if i just didn't wake up "
	           "tomorrow",
	           "possible_risk"),
	    "none", "second opinion: not beside a rule that found moderate");
	is_str(screen1("I want to kill myself", NULL), "high",
	    "second opinion: and the rules' level stands");
	is_str(conv("so1", later), "none",
	    "second opinion: no context for a later innocent question");
	/* a document is not a message: past 2 KB the rules read alone */
	n = strlen(miss);
	big = malloc(60 * (n + 1) + 1);
	if (big != NULL) {
		big[0] = '\0';
		for (int k = 0; k < 60; k++) {
			strcat(big, miss);
			strcat(big, "\n");
		}
		is_str(screen1(big, NULL), "none",
		    "second opinion: not over a long text");
		free(big);
	}
	mh_screen_free(S);
	S = rules;
	is_str(screen1(miss, NULL), "none",
	    "second opinion: the rules alone miss it (no_model)");
}

int
main(void)
{
	char err[256];
	struct mh_screen_opts rules = {.no_model = 1};

	/* the tests of the phrase rules run without the second opinion;
	 * test_second_opinion runs with it */
	S = mh_screen_new(&rules, err, sizeof err);
	if (!ok(S != NULL, "screener made"))
		printf("# %s\n", err);
	test_tokens();
	test_long_run();
	test_trie();
	test_lexicon_image();
	test_screen_image();
	test_fingerprint();
	test_no_duplicates();
	test_danger_names();
	if (S != NULL) {
		test_categories();
		test_conversations();
		test_hints();
		test_worksheet();
		test_evidence();
		test_names();
		test_bounds();
		test_second_opinion();
	}
	mh_screen_free(S);
	return done();
}
