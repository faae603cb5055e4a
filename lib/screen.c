/* screen: weigh lexicon cues by their context and across a conversation.
 *
 * One pass per sentence: tokens, context words and cues are matched with
 * two tries (lexicon.c).  Each cue is then read in its clause: a negation
 * just before it, a past-time word, another person as its subject, humour
 * and fiction lower it; distress, earlier turns and co-occurring risks
 * raise it.  Conversation memory is a handful of (level, turn) facts per
 * conversation, so it stays small whatever the length of the talk. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "fold.h"
#include "jsonl.h"
#include "lexicon.h"
#include "resources.h"
#include "model.h"
#include "screen.h"
#include "image.h"
#include "util.h"

/* Earlier turns (records of the same conversation) that still count. */
#define WINDOW 20
/* Most cues kept as evidence for one record. */
#define MAX_OCC 4096
/* Most evidence items written per category. */
#define MAX_EVIDENCE 16
#define DISTRESS_IDS 8
/* The bytes of conversation values remembered at most: with 4096 values
 * of a megabyte each memory would not be bounded by the largest record
 * (mh-jsonl(5)); past this the least recently used are forgotten. */
#define KEY_BYTES (4u << 20)
/* The longest text the second opinion reads: it was trained on chat
 * messages of a few hundred bytes, and over a long document its sum
 * says little. */
#define MODEL_MAX_TEXT 2048

/* Context bits of one cue occurrence, written as "context". */
enum {
	CTX_NEGATED = 1 << 0,
	CTX_PAST = 1 << 1,
	CTX_OTHER = 1 << 2,
	CTX_FICTION = 1 << 3,
	CTX_HUMOUR = 1 << 4,
	CTX_DISTRESS = 1 << 5,     /* raised by risk in this record */
	CTX_CONVERSATION = 1 << 6, /* raised by earlier turns */
	CTX_COOCCUR = 1 << 7,      /* raised by another risk alongside */
	CTX_PLAN = 1 << 8,         /* raised by a plan or a time */
	CTX_ACCIDENT = 1 << 9,     /* an injury told as an accident */
	CTX_NCTX = 10,
	/* internal, not written */
	CTX_WAS = 1 << 12,      /* "was" just before: past if recovered */
	CTX_RECENT = 1 << 13,   /* a recent-time word in the clause */
	CTX_NOW = 1 << 14,      /* tonight, right now in the clause */
	CTX_OLDLOSS = 1 << 15,  /* a loss told with a past word: last year */
	CTX_PASTFORM = 1 << 16, /* past by the cue's own form alone */
};

/* The context names as JSON strings, with their lengths. */
/* clang-format off */
#define CTX_JSON(name) {"\"" name "\"", sizeof name + 1}
static const struct {
	const char *s;
	size_t n;
} ctx_json[CTX_NCTX] = {
	CTX_JSON("negated"), CTX_JSON("past"), CTX_JSON("other_person"),
	CTX_JSON("fiction"), CTX_JSON("humour"), CTX_JSON("distress"),
	CTX_JSON("conversation"), CTX_JSON("co_occurring"), CTX_JSON("plan"),
	CTX_JSON("accident"),
};
/* clang-format on */
#undef CTX_JSON

/* Append a string literal, its length known when compiling. */
#define ADD_LIT(out, lit) mh_buf_add((out), "" lit, sizeof(lit) - 1)

struct occ {
	size_t start, end;
	int cue;
	unsigned char risk;
	unsigned ctx;
};

/* Facts a turn leaves for later turns. */
enum {
	F_SI,     /* level of current suicidal ideation */
	F_SH,     /* self-harm */
	F_INTENT, /* intent or plan (level) */
	F_PSYCH,  /* psychosis (level) */
	F_SLEEP,
	F_GRAND,
	F_RECK,
	F_COMP,
	F_BURDEN,
	F_OTHER, /* another category at moderate or above */
	F_NFACTS,
};

struct fact {
	unsigned char level; /* 0: never seen */
	uint64_t turn;
};

struct conv {
	char *key;
	uint64_t turn; /* turns seen so far */
	struct fact f[F_NFACTS];
	int intent_cue; /* the last committed intent cue */
	int ambig_cue;  /* the last ambiguous intent cue, and when */
	uint64_t ambig_turn;
	int distress[DISTRESS_IDS];
	uint64_t distress_turn[DISTRESS_IDS];
	uint64_t loss_turn;       /* when a loss was last told; 0: never */
	struct conv *hnext;       /* hash chain */
	struct conv *prev, *next; /* LRU list, most recent first */
};

struct mh_screener {
	struct mh_lexicon *cuelex, *marklex;
	/* the parts of a lethal-amount question, and the cues it reports */
	struct mh_lexicon *amountlex;
	const struct mh_marker *amount;
	size_t namount;
	const struct mh_marker *markers;
	int amount_cue[2]; /* strong (lethal), weak (too much); -1: none */
	int taken_cue;     /* an overdose told as done; -1: none */
	/* the names of a danger to oneself found from its parts, in the
	 * order MH_DANGER_CUES (cues.h) gives; -1: none */
	int danger_cue[MH_DANGER_CUES];
	int model_cue;          /* the second opinion's; -1: none */
	struct mh_model *model; /* NULL: the rules alone */
	struct mh_model_score *msc;
	const struct mh_cue *cues;
	size_t ncues;
	unsigned *cueflags; /* flags, plus FIRST for "me", "my"... */
	unsigned *markmask; /* per marker id: bit per enum mh_marker_kind */
	size_t nmarkers;
	struct mh_resources *res;
	char cc[3];
	char *resraw; /* the resources JSON, built once for every crisis */
	size_t resrawlen;
	/* each cue phrase's length; no phrase needs a JSON escape (a unit
	 * test checks the table), so evidence writes it between quotes */
	size_t *cuelen;
	/* {"schema":..,"risk":..,"action":..,"categories": for each level,
	 * built once */
	char head[MH_RISK_IMMINENT + 1][96];
	size_t headlen[MH_RISK_IMMINENT + 1];
	/* {"name":..,"risk":..,"evidence":[ for each category and level */
	char cathead[MH_CAT_COUNT][MH_RISK_IMMINENT + 1][72];
	unsigned char catheadlen[MH_CAT_COUNT][MH_RISK_IMMINENT + 1];
	/* the whole object when nothing is found, most records' screen */
	char none[128];
	size_t nonelen;
	/* conversations */
	struct conv stream; /* the one without a conversation value */
	struct conv **tab;
	size_t tabsize, nconv, maxconv;
	size_t keybytes; /* strlen of every remembered key */
	struct conv *lru_head, *lru_tail;
	/* scratch for one record */
	struct occ *occ;
	size_t nocc;
	int occ_low;     /* when full: the lowest level kept */
	size_t occ_next; /* no cue at occ_low before this one */
	/* the record's text folded (fold.h: full-width forms, bold
	 * letters), read in its place when folded is set; evidence offsets
	 * are moved back onto the text */
	struct mh_fold fold;
	int folded;
	int clean_next; /* mh_screen_next_clean() */
};

const char *
mh_screen_risk_name(enum mh_screen_risk r)
{
	static const char *const n[] = {"none", "low", "moderate", "high",
	    "imminent"};

	return (unsigned)r <= MH_RISK_IMMINENT ? n[r] : "none";
}

const char *
mh_screen_action_name(enum mh_screen_action a)
{
	static const char *const n[] = {"continue", "caution", "crisis"};

	return (unsigned)a <= MH_ACTION_CRISIS ? n[a] : "continue";
}

int
mh_screen_risk_parse(const char *name, enum mh_screen_risk *out)
{
	int r;

	for (r = MH_RISK_NONE; r <= MH_RISK_IMMINENT; r++)
		if (name != NULL &&
		    strcmp(name, mh_screen_risk_name((enum mh_screen_risk)r)) ==
		        0) {
			*out = (enum mh_screen_risk)r;
			return 0;
		}
	errno = EINVAL;
	return -1;
}

enum mh_screen_risk
mh_screen_risk_of(const json_t *screen)
{
	enum mh_screen_risk r;
	const char *s = json_string_value(json_object_get(screen, "risk"));

	if (s == NULL || mh_screen_risk_parse(s, &r) < 0)
		return MH_RISK_NONE;
	return r;
}

static enum mh_screen_action
action_for(int risk)
{
	if (risk >= MH_RISK_HIGH)
		return MH_ACTION_CRISIS;
	if (risk == MH_RISK_MODERATE)
		return MH_ACTION_CAUTION;
	return MH_ACTION_CONTINUE;
}

/* Whether the len bytes at p are a word that names the speaker: i, im,
 * id, ive, me, my, mine, myself.  Asked of every word of every phrase at
 * start-up, so no call per word. */
static int
self_word(const char *p, size_t len)
{
	switch (len) {
	case 1: return p[0] == 'i';
	case 2:
		return (p[0] == 'i' && (p[1] == 'm' || p[1] == 'd')) ||
		    (p[0] == 'm' && (p[1] == 'e' || p[1] == 'y'));
	case 3: return p[0] == 'i' && p[1] == 'v' && p[2] == 'e';
	case 4: return memcmp(p, "mine", 4) == 0;
	case 6: return memcmp(p, "myself", 6) == 0;
	default: return 0;
	}
}

/* Whether a phrase names the speaker ("stalking me", "in my house"), so
 * another person before it is not its subject. */
static int
names_speaker(const char *phrase)
{
	const char *p = phrase;

	while (*p != '\0') {
		size_t len = 0;

		while (p[len] != '\0' && p[len] != ' ')
			len++;
		if (self_word(p, len))
			return 1;
		p += len;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* Words a cue phrase may pass over between two of its words. */
static const char *const fillers[] = {"just", "really", "honestly", "literally",
    "actually", "seriously", "genuinely", "truly", "kinda", "sorta",
    "basically", "totally", "simply", "so", "even", "still", "maybe",
    "probably", "like", "lowkey", "legit", "fr", "tbh", "ever"};

/* Chat spellings read as the word they stand for, in the text and in
 * every phrase: one word for one word ("u" for "you"), so that each
 * phrase need not be listed in each spelling. */
static const char *const aliases[][2] = {
    {"u", "you"},
    {"ya", "you"},
    {"yu", "you"},
    {"ur", "your"},
    {"yr", "your"},
    {"r", "are"},
    {"bc", "because"},
    {"cuz", "because"},
    {"cos", "because"},
    {"coz", "because"},
    {"bcuz", "because"},
    {"becuz", "because"},
    {"bcos", "because"},
    {"tmrw", "tomorrow"},
    {"tmr", "tomorrow"},
    {"tmrow", "tomorrow"},
    {"tomoz", "tomorrow"},
    {"2moro", "tomorrow"},
    {"2morrow", "tomorrow"},
    {"tomorow", "tomorrow"},
    {"tommorow", "tomorrow"},
    {"tommorrow", "tomorrow"},
    {"2nite", "tonight"},
    {"2night", "tonight"},
    {"tonite", "tonight"},
    {"thru", "through"},
    {"tho", "though"},
    {"ppl", "people"},
    {"sumthing", "something"},
    {"smth", "something"},
    {"every1", "everyone"},
    {"evry1", "everyone"},
    {"some1", "someone"},
    {"any1", "anyone"},
    {"abt", "about"},
    {"bout", "about"},
    {"wat", "what"},
    {"wut", "what"},
    {"rly", "really"},
    {"jus", "just"},
    {"pls", "please"},
    {"plz", "please"},
    {"b4", "before"},
    {"nite", "night"},
    {"wen", "when"},
    {"dnt", "dont"},
    {"cnt", "cant"},
    {"wnt", "want"},
    {"jumpin", "jumping"},
    {"cuttin", "cutting"},
    {"killin", "killing"},
    {"hangin", "hanging"},
    {"tryin", "trying"},
    {"myslef", "myself"},
    {"mysef", "myself"},
    {"evryone", "everyone"},
    {"anymor", "anymore"},
    {"nomore", "anymore"},
    {"cals", "calories"},
    {"kcal", "calories"},
    {"kcals", "calories"},
};

/* The data file name in the options' directory or the default one; NULL
 * on ENOMEM. */
static char *
data_file(const struct mh_screen_opts *o, const char *name)
{
	struct mh_buf b = {0};

	if (o == NULL || o->datadir == NULL)
		return mh_data_path(name);
	if (mh_buf_addf(&b, "%s/%s", o->datadir, name) < 0)
		return NULL;
	return b.p;
}

/* The phrase tables the lexicons are built from (s->cues, s->markers,
 * s->amount and their counts). */
static void
set_tables(struct mh_screener *s)
{
	s->cues = mh_cues_table(&s->ncues);
	s->markers = mh_cues_markers(&s->nmarkers);
	s->amount = mh_cues_amount(&s->namount);
}

/* Whether a part of a danger to oneself (enum mh_amount_part) is one
 * the cue pass notes: every danger holds one of these. */
static int
danger_trigger(int kind)
{
	return kind == MH_AQ_HIGH || kind == MH_AQ_JUMP ||
	    kind == MH_AQ_FRONT || kind == MH_AQ_EDGE || kind == MH_AQ_ACT ||
	    kind == MH_AQ_GUN || kind == MH_AQ_BLADE;
}

/* Add every phrase to the three lexicons, one by one: what the build's
 * image (load_image) holds ready.  Needs set_tables.  Returns 0, or -1
 * with errno (ENOMEM, or EINVAL for a bad phrase). */
static int
build_lexicons(struct mh_screener *s)
{
	const struct mh_marker *mk = s->markers;
	size_t i;

	s->cuelex = mh_lexicon_new();
	s->marklex = mh_lexicon_new();
	s->amountlex = mh_lexicon_new();
	s->markmask =
	    calloc(s->nmarkers ? s->nmarkers : 1, sizeof *s->markmask);
	if (s->cuelex == NULL || s->marklex == NULL || s->amountlex == NULL ||
	    s->markmask == NULL) {
		errno = ENOMEM;
		return -1;
	}
	/* before any phrase, in every lexicon (they share the tokens):
	 * phrases are read through the aliases too */
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
		struct mh_lexicon *lex[] = {s->cuelex, s->marklex,
		    s->amountlex};

		for (size_t k = 0; k < sizeof lex / sizeof lex[0]; k++)
			if (mh_lexicon_alias(lex[k], aliases[i][0],
			        aliases[i][1]) < 0)
				return -1;
	}
	for (i = 0; i < s->ncues; i++)
		if (!(s->cues[i].flags & MH_CUE_AMOUNT) &&
		    mh_lexicon_add(s->cuelex, s->cues[i].phrase, (int)i) < 0)
			return -1;
	for (i = 0; i < s->nmarkers; i++) {
		int id = mh_lexicon_add(s->marklex, mk[i].phrase, (int)i);

		if (id < 0)
			return -1;
		s->markmask[id] |= 1u << mk[i].kind;
		/* Record-wide frames are found in the cue pass, so that a
		 * sentence without cues needs no context pass at all. */
		if ((mk[i].kind == MH_MK_FICTION ||
		        mk[i].kind == MH_MK_RECOVERED ||
		        mk[i].kind == MH_MK_ILLNESS ||
		        mk[i].kind == MH_MK_BODY || mk[i].kind == MH_MK_SICK) &&
		    mh_lexicon_add(s->cuelex, mk[i].phrase,
		        (int)(s->ncues + i)) < 0)
			return -1;
	}
	/* fillers people put inside a phrase: "I want to just die" */
	for (i = 0; i < sizeof fillers / sizeof fillers[0]; i++)
		if (mh_lexicon_skip(s->cuelex, fillers[i]) < 0)
			return -1;
	for (i = 0; i < s->namount; i++) {
		if (mh_lexicon_add(s->amountlex, s->amount[i].phrase, (int)i) <
		    0)
			return -1;
		/* the cue pass notes a quantity, or a height, a jump or a
		 * weapon, so that only a sentence with one needs the
		 * amount pass */
		if ((s->amount[i].kind == MH_AQ_QTY ||
		        s->amount[i].kind == MH_AQ_TAKEN) &&
		    mh_lexicon_add(s->cuelex, s->amount[i].phrase,
		        (int)(s->ncues + s->nmarkers)) < 0)
			return -1;
		if (danger_trigger(s->amount[i].kind) &&
		    mh_lexicon_add(s->cuelex, s->amount[i].phrase,
		        (int)(s->ncues + s->nmarkers + 1)) < 0)
			return -1;
	}
	return 0;
}

/* ---- the build's image of the lexicons ---- */

#define IMAGE_MAGIC 0x314d4943534d484dULL /* "MHMSCIM1" */

static uint64_t
fp_mix(uint64_t h, uint64_t x)
{
	h = (h ^ x) * 0x100000001b3ULL;
	return h ^ (h >> 29);
}

static uint64_t
fp_str(uint64_t h, const char *p)
{
	size_t n = strlen(p);
	uint64_t x;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&x, p, 8);
		h = fp_mix(h, x);
	}
	x = 0;
	memcpy(&x, p, n); /* the last bytes, and the end (0xff) */
	return fp_mix(h, x ^ 0xffULL << 56);
}

void
mh_screen_tables(struct mh_screen_tables *t)
{
	t->cues = mh_cues_table(&t->ncues);
	t->markers = mh_cues_markers(&t->nmarkers);
	t->amount = mh_cues_amount(&t->namount);
	t->aliases = aliases;
	t->naliases = sizeof aliases / sizeof aliases[0];
	t->fillers = fillers;
	t->nfillers = sizeof fillers / sizeof fillers[0];
}

/* How this build's lexicon code lays a lexicon out: the saved bytes of a
 * small one with an alias, a filler, "*", "#" and a hyphen, and the
 * hashes of a word on the fast path and one on the slow.  0 on ENOMEM. */
static uint64_t
code_probe(uint64_t h)
{
	static const char *const phrases[] = {"want to die", "took # pills",
	    "u * me", "sky-dive", "dont"};
	struct mh_lexicon *lex = mh_lexicon_new();
	unsigned char *img = NULL;
	size_t n = 0, i;
	int bad = lex == NULL || mh_lexicon_alias(lex, "u", "you") < 0 ||
	    mh_lexicon_skip(lex, "just") < 0;

	for (i = 0; !bad && i < sizeof phrases / sizeof phrases[0]; i++)
		bad = mh_lexicon_add(lex, phrases[i], (int)i) < 0;
	if (!bad) {
		n = mh_lexicon_save(lex, NULL, 0);
		bad = (img = malloc(n)) == NULL;
	}
	if (!bad) {
		(void)mh_lexicon_save(lex, img, n);
		for (i = 0; i + 8 <= n; i += 8) {
			uint64_t x;

			memcpy(&x, img + i, 8);
			h = fp_mix(h, x);
		}
		h = fp_mix(h, mh_lexicon_hash("want", 4));
		h = fp_mix(h, mh_lexicon_hash("Sleeeep'ing", 11));
	}
	free(img);
	mh_lexicon_free(lex);
	return bad ? 0 : h;
}

/* A fingerprint of everything build_lexicons reads (the phrases and
 * their order, the cues' amount flag, the kinds of the markers and the
 * amounts, the fillers and aliases) and of how the lexicon code lays
 * them out (code_probe).  An image made from other tables or by other
 * code (a stale generated file) has another and is not used.  Never 0,
 * but on ENOMEM. */
uint64_t
mh_screen_fingerprint(const struct mh_screen_tables *t)
{
	size_t i;
	uint64_t h = code_probe(0xcbf29ce484222325ULL);

	if (h == 0)
		return 0;
	for (i = 0; i < t->naliases; i++)
		h = fp_str(fp_str(h, t->aliases[i][0]), t->aliases[i][1]);
	h = fp_mix(h, t->naliases);
	for (i = 0; i < t->nfillers; i++)
		h = fp_str(h, t->fillers[i]);
	h = fp_mix(h, t->nfillers);
	for (i = 0; i < t->ncues; i++)
		h = fp_mix(fp_str(h, t->cues[i].phrase),
		    t->cues[i].flags & MH_CUE_AMOUNT);
	h = fp_mix(h, t->ncues);
	for (i = 0; i < t->nmarkers; i++)
		h = fp_mix(fp_str(h, t->markers[i].phrase),
		    (uint64_t)t->markers[i].kind);
	h = fp_mix(h, t->nmarkers);
	for (i = 0; i < t->namount; i++)
		h = fp_mix(fp_str(h, t->amount[i].phrase),
		    (uint64_t)t->amount[i].kind);
	h = fp_mix(h, t->namount);
	return h != 0 ? h : 1;
}

static uint64_t
fingerprint(void)
{
	struct mh_screen_tables t;

	mh_screen_tables(&t);
	return mh_screen_fingerprint(&t);
}

/* An image: magic, fingerprint, nmarkers; the marker masks, a word
 * each; the cue, marker and amount lexicons (mh_lexicon_save). */
static size_t
image_write(const struct mh_screener *s, uint64_t *img, size_t size)
{
	struct mh_lexicon *lex[] = {s->cuelex, s->marklex, s->amountlex};
	size_t need = (3 + s->nmarkers) * 8, at;

	for (size_t k = 0; k < 3; k++)
		need += mh_lexicon_save(lex[k], NULL, 0);
	if (size < need)
		return need;
	img[0] = IMAGE_MAGIC;
	img[1] = fingerprint();
	img[2] = s->nmarkers;
	for (size_t i = 0; i < s->nmarkers; i++)
		img[3 + i] = s->markmask[i];
	at = (3 + s->nmarkers) * 8;
	for (size_t k = 0; k < 3; k++)
		at += mh_lexicon_save(lex[k], (unsigned char *)img + at,
		    size - at);
	return need;
}

/* Take the lexicons from the image img (size bytes).  Needs set_tables.
 * Returns 0, or -1 when it is not one this build wrote from these tables
 * (then the caller builds them) or memory ran out. */
static int
load_image(struct mh_screener *s, const uint64_t *img, size_t size)
{
	struct mh_lexicon **lex[] = {&s->cuelex, &s->marklex, &s->amountlex};
	/* the ids index the tables: the cues, then the markers, then one
	 * for a quantity and one for a part of a danger; the markers; the
	 * amounts */
	int maxid[] = {(int)(s->ncues + s->nmarkers + 1), (int)s->nmarkers - 1,
	    (int)s->namount - 1};
	size_t at, used;
	uint64_t fp;

	if (size < 3 * 8 || img[0] != IMAGE_MAGIC || img[2] != s->nmarkers ||
	    size / 8 - 3 < s->nmarkers || (fp = fingerprint()) == 0 ||
	    img[1] != fp)
		return -1;
	if ((s->markmask = calloc(s->nmarkers ? s->nmarkers : 1,
	         sizeof *s->markmask)) == NULL)
		return -1;
	for (size_t i = 0; i < s->nmarkers; i++)
		s->markmask[i] = (unsigned)img[3 + i];
	at = (3 + s->nmarkers) * 8;
	for (size_t k = 0; k < 3; k++) {
		*lex[k] = mh_lexicon_load((const unsigned char *)img + at,
		    size - at, maxid[k], &used);
		if (*lex[k] == NULL)
			goto fail;
		at += used;
	}
	return 0;
fail:
	for (size_t k = 0; k < 3; k++) {
		mh_lexicon_free(*lex[k]);
		*lex[k] = NULL;
	}
	free(s->markmask);
	s->markmask = NULL;
	return -1;
}

int
mh_screen_image_valid(const uint64_t *img, size_t size)
{
	struct mh_screener *s = calloc(1, sizeof *s);
	int ok;

	if (s == NULL)
		return -1;
	set_tables(s);
	ok = load_image(s, img, size) == 0;
	mh_screen_free(s);
	return ok;
}

uint64_t *
mh_screen_image_new(size_t *size)
{
	struct mh_screener *s = calloc(1, sizeof *s);
	uint64_t *img = NULL;

	if (s == NULL)
		return NULL;
	set_tables(s);
	if (build_lexicons(s) == 0) {
		*size = image_write(s, NULL, 0);
		if ((img = calloc(*size / 8, 8)) != NULL)
			(void)image_write(s, img, *size);
	}
	mh_screen_free(s);
	return img;
}

struct mh_screener *
mh_screen_new(const struct mh_screen_opts *o, char *err, size_t errsize)
{
	return mh_screen_new_image(o, mh_screen_image, mh_screen_image_size,
	    err, errsize);
}

struct mh_screener *
mh_screen_new_image(const struct mh_screen_opts *o, const uint64_t *img,
    size_t size, char *err, size_t errsize)
{
	struct mh_screener *s = calloc(1, sizeof *s);
	size_t i, k;
	char *path = NULL;

	if (s == NULL)
		goto nomem;
	s->stream.intent_cue = -1;
	s->stream.ambig_cue = -1;
	for (i = 0; i <= MH_RISK_IMMINENT; i++) {
		const char *risk = mh_screen_risk_name((enum mh_screen_risk)i);

		s->headlen[i] = (size_t)snprintf(s->head[i], sizeof s->head[i],
		    "{\"schema\":%d,\"risk\":\"%s\",\"action\":\"%s\","
		    "\"categories\":",
		    MH_SCREEN_SCHEMA, risk,
		    mh_screen_action_name(action_for((int)i)));
		for (int cat = 0; cat < MH_CAT_COUNT; cat++)
			s->catheadlen[cat][i] = (unsigned char)snprintf(
			    s->cathead[cat][i], sizeof s->cathead[cat][i],
			    "{\"name\":\"%s\",\"risk\":\"%s\","
			    "\"evidence\":[",
			    mh_cues_category_name(cat), risk);
	}
	s->nonelen = (size_t)snprintf(s->none, sizeof s->none, "%s[]}",
	    s->head[MH_RISK_NONE]);
	s->maxconv =
	    o != NULL && o->max_conversations > 0 ? o->max_conversations : 4096;
	if (mh_resources_country(o != NULL ? o->country : NULL, NULL, s->cc) <
	    0) {
		snprintf(err, errsize, "not a country code: %s",
		    o != NULL && o->country != NULL ? o->country
		                                    : "MH_COUNTRY");
		mh_screen_free(s);
		return NULL;
	}
	if ((path = data_file(o, "resources.tsv")) == NULL)
		goto nomem;
	s->res = mh_resources_load(path, err, errsize);
	free(path);
	if (s->res == NULL) {
		mh_screen_free(s);
		return NULL;
	}
	if (o == NULL || !o->no_model) {
		if ((path = data_file(o, "screen-model.tsv")) == NULL)
			goto nomem;
		s->model = mh_model_load(path, err, errsize);
		free(path);
		if (s->model == NULL) {
			int e = errno;

			mh_screen_free(s);
			errno = e;
			return NULL;
		}
		if ((s->msc = mh_model_score_new(s->model)) == NULL)
			goto nomem;
	}
	set_tables(s);
	s->cueflags = calloc(s->ncues, sizeof *s->cueflags);
	s->cuelen = calloc(s->ncues, sizeof *s->cuelen);
	if (s->cueflags == NULL || s->cuelen == NULL)
		goto nomem;
	s->amount_cue[0] = s->amount_cue[1] = s->taken_cue = s->model_cue = -1;
	for (k = 0; k < MH_DANGER_CUES; k++)
		s->danger_cue[k] = -1;
	for (i = 0, k = 0; i < s->ncues; i++) {
		s->cuelen[i] = strlen(s->cues[i].phrase);
		if (s->cues[i].flags & MH_CUE_AMOUNT) {
			/* a name, found from parts, not as a phrase */
			if (s->cues[i].flags & MH_CUE_DANGER) {
				if (k < MH_DANGER_CUES)
					s->danger_cue[k++] = (int)i;
			} else if (s->cues[i].cat == MH_CAT_SUBSTANCE)
				s->taken_cue = (int)i;
			else if (s->cues[i].cat == MH_CAT_POSSIBLE)
				s->model_cue = (int)i;
			else
				s->amount_cue[(s->cues[i].flags &
				                  MH_CUE_AMBIG) != 0] = (int)i;
		}
		s->cueflags[i] = s->cues[i].flags;
		if (names_speaker(s->cues[i].phrase))
			s->cueflags[i] |= MH_CUE_FIRST;
	}
	/* the phrases as the build imaged them, else added one by one */
	if (load_image(s, img, size) < 0 && build_lexicons(s) < 0) {
		if (errno != ENOMEM) {
			snprintf(err, errsize,
			    "bad phrase in the built-in lexicon");
			mh_screen_free(s);
			return NULL;
		}
		goto nomem;
	}
	s->tabsize = 1024;
	s->tab = calloc(s->tabsize, sizeof *s->tab);
	s->occ = malloc(64 * sizeof *s->occ);
	if (s->tab == NULL || s->occ == NULL)
		goto nomem;
	return s;
nomem:
	snprintf(err, errsize, "out of memory");
	mh_screen_free(s);
	errno = ENOMEM;
	return NULL;
}

/* Read *text (*len bytes, or NULL) folded when it has characters that
 * stand for ASCII (fold.h): *text and *len are then the copy's and
 * s->folded is set, for evidence_out() to move offsets back.  Returns
 * 0, or -1 (ENOMEM; *text is left as it was). */
static int
read_folded(struct mh_screener *s, const char **text, size_t *len)
{
	int fr;

	s->folded = 0;
	if (*text == NULL || (fr = mh_fold_text(&s->fold, *text, *len)) == 0)
		return 0;
	if (fr == -1)
		return -1;
	*text = s->fold.p;
	*len = s->fold.n;
	s->folded = 1;
	return 0;
}

double
mh_screen_model(struct mh_screener *s, const char *text, size_t len,
    double *threshold)
{
	if (s->model == NULL)
		return -1;
	*threshold = mh_model_threshold(s->model);
	/* out of memory, the text is read as it is */
	(void)read_folded(s, &text, &len);
	return mh_model_text(s->model, s->cuelex, s->msc, text, len);
}

static void
conv_free(struct conv *c)
{
	free(c->key);
	free(c);
}

void
mh_screen_free(struct mh_screener *s)
{
	struct conv *c, *n;

	if (s == NULL)
		return;
	for (c = s->lru_head; c != NULL; c = n) {
		n = c->next;
		conv_free(c);
	}
	free(s->tab);
	free(s->occ);
	mh_fold_free(&s->fold);
	free(s->markmask);
	free(s->cueflags);
	mh_lexicon_free(s->cuelex);
	mh_lexicon_free(s->marklex);
	mh_lexicon_free(s->amountlex);
	mh_resources_free(s->res);
	mh_model_free(s->model);
	mh_model_score_free(s->msc);
	free(s->resraw);
	free(s->cuelen);
	free(s);
}

/* ---- conversations ---- */

static size_t
key_hash(const char *k)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (; *k != '\0'; k++)
		h = (h ^ (unsigned char)*k) * 0x100000001b3ULL;
	return (size_t)h;
}

static void
lru_unlink(struct mh_screener *s, struct conv *c)
{
	if (c->prev != NULL)
		c->prev->next = c->next;
	else
		s->lru_head = c->next;
	if (c->next != NULL)
		c->next->prev = c->prev;
	else
		s->lru_tail = c->prev;
	c->prev = c->next = NULL;
}

static void
lru_push(struct mh_screener *s, struct conv *c)
{
	c->prev = NULL;
	c->next = s->lru_head;
	if (s->lru_head != NULL)
		s->lru_head->prev = c;
	s->lru_head = c;
	if (s->lru_tail == NULL)
		s->lru_tail = c;
}

static void
tab_remove(struct mh_screener *s, struct conv *c)
{
	struct conv **pp = &s->tab[key_hash(c->key) & (s->tabsize - 1)];

	while (*pp != NULL && *pp != c)
		pp = &(*pp)->hnext;
	if (*pp == c)
		*pp = c->hnext;
	lru_unlink(s, c);
	s->nconv--;
	s->keybytes -= strlen(c->key);
}

static struct conv *
tab_find(struct mh_screener *s, const char *key)
{
	struct conv *c = s->tab[key_hash(key) & (s->tabsize - 1)];

	while (c != NULL && strcmp(c->key, key) != 0)
		c = c->hnext;
	return c;
}

/* Find or make the conversation for key; NULL on ENOMEM. */
static struct conv *
conv_get(struct mh_screener *s, const char *key)
{
	struct conv *c;
	size_t b, klen;

	if (key == NULL)
		return &s->stream;
	c = tab_find(s, key);
	if (c != NULL) {
		lru_unlink(s, c);
		lru_push(s, c);
		return c;
	}
	klen = strlen(key);
	while (s->lru_tail != NULL &&
	    (s->nconv >= s->maxconv || s->keybytes + klen > KEY_BYTES)) {
		struct conv *old = s->lru_tail;

		tab_remove(s, old);
		conv_free(old);
	}
	c = calloc(1, sizeof *c);
	if (c == NULL || (c->key = strdup(key)) == NULL) {
		free(c);
		errno = ENOMEM;
		return NULL;
	}
	c->intent_cue = -1;
	c->ambig_cue = -1;
	b = key_hash(key) & (s->tabsize - 1);
	c->hnext = s->tab[b];
	s->tab[b] = c;
	lru_push(s, c);
	s->nconv++;
	s->keybytes += klen;
	return c;
}

int
mh_screen_conversation(const struct mh_record *rec, char **key)
{
	json_t *v = mh_record_json(rec, "conversation");

	*key = NULL;
	if (v == NULL)
		return 0;
	*key = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(v);
	return *key == NULL ? -1 : 0;
}

void
mh_screen_forget(struct mh_screener *s, const char *conversation)
{
	struct conv *c;

	if (conversation == NULL) {
		memset(&s->stream, 0, sizeof s->stream);
		s->stream.intent_cue = -1;
		s->stream.ambig_cue = -1;
		return;
	}
	c = tab_find(s, conversation);
	if (c != NULL) {
		tab_remove(s, c);
		conv_free(c);
	}
}

/* The level of fact f in c if it is recent enough to count, else 0. */
static int
recent(const struct conv *c, const struct fact *f)
{
	if (f->level == 0 || c->turn - f->turn > WINDOW)
		return 0;
	return f->level;
}

/* ---- matching one record ---- */

static int
add_occ(struct mh_screener *s, size_t start, size_t end, int cue, unsigned ctx)
{
	struct occ *o;

	if (s->nocc >= MAX_OCC) {
		/* keep the riskiest: replace the first of the lowest.  While
		 * matching, a kept cue is only ever replaced by a riskier
		 * one, so the lowest level only rises and the first cue at
		 * it only moves on: occ_low and occ_next make a flood of
		 * cues cost one pass per level, not one per cue. */
		for (;;) {
			if (s->occ_next >= s->nocc) {
				size_t i;

				s->occ_low = s->occ[0].risk;
				for (i = 1; i < s->nocc; i++)
					if (s->occ[i].risk < s->occ_low)
						s->occ_low = s->occ[i].risk;
				s->occ_next = 0;
			}
			if (s->cues[cue].risk <= s->occ_low)
				return 0;
			while (s->occ_next < s->nocc &&
			    s->occ[s->occ_next].risk != s->occ_low)
				s->occ_next++;
			if (s->occ_next < s->nocc)
				break;
		}
		o = &s->occ[s->occ_next++];
	} else {
		if ((s->nocc & (s->nocc - 1)) == 0 && s->nocc >= 64) {
			struct occ *n =
			    realloc(s->occ, s->nocc * 2 * sizeof *n);

			if (n == NULL)
				return -1;
			s->occ = n;
		}
		o = &s->occ[s->nocc++];
	}
	o->start = start;
	o->end = end;
	o->cue = cue;
	o->risk = s->cues[cue].risk;
	o->ctx = ctx;
	return 0;
}

/* Per-record facts gathered while matching. */
struct rec {
	int fiction, recovered, illness;
	int sick; /* MH_MK_SICK: feeling sick, throwing up */
	int body; /* signs of a body in danger that share no words, up to 2 */
	int first_body; /* the first one's marker, + 1 */
};

#define HAS(mask, k) (((mask) >> (k)) & 1u)

static int is_word(const struct mh_token *t, size_t j, const char *w);

/* Read the cue at tokens [a, b) of a sentence in its clause; any is
 * the union of the sentence's marker kinds (mk), for the markers that
 * count anywhere in it. */
static unsigned
cue_context(const struct mh_screener *s, const struct mh_cue *cue,
    const struct mh_token *t, size_t nt, const unsigned *mk,
    const unsigned char *mklen, unsigned any, size_t a, size_t b)
{
	unsigned fl = s->cueflags[cue - s->cues];
	unsigned ctx = 0, past = 0, recent_w = 0;
	size_t cs = a, ce = b, j;

	/* clause bounds: a clause mark or "but" */
	while (cs > 0 && !(t[cs].flags & MH_TOK_CLAUSE) &&
	    !HAS(mk[cs - 1], MH_MK_BUT))
		cs--;
	while (ce < nt && !(t[ce].flags & MH_TOK_CLAUSE) &&
	    !HAS(mk[ce], MH_MK_BUT))
		ce++;
	for (j = cs; j < ce; j++) {
		if (j >= a && j < b)
			continue;
		if (HAS(mk[j], MH_MK_PAST))
			past = 1;
		if (HAS(mk[j], MH_MK_RECENT))
			recent_w = 1;
		if (HAS(mk[j], MH_MK_NOW))
			ctx |= CTX_NOW;
	}
	if (recent_w)
		ctx |= CTX_RECENT;
	if (fl & MH_CUE_GRIEF) {
		/* a loss last year still weighs now, but as grief, not as
		 * fresh distress */
		if ((fl & MH_CUE_PAST) || past) /* "and I still miss him" */
			ctx |= CTX_OLDLOSS;
	} else if ((fl & MH_CUE_PAST) || past) {
		if (!recent_w)
			/* the writer's own, and of nothing named: "i
			 * overdosed and", not "...on caffeine" */
			ctx |= past || a == 0 || !HAS(mk[a - 1], MH_MK_SELF) ||
			        (b < nt && is_word(t, b, "on"))
			    ? CTX_PAST
			    : CTX_PAST | CTX_PASTFORM;
	} else {
		for (j = a; j > cs && j + 3 >= a; j--)
			if (HAS(mk[j - 1], MH_MK_WAS))
				ctx |= CTX_WAS;
	}
	/* negation: not, never... with only light words up to the cue */
	if (!(fl & MH_CUE_NEGFORM)) {
		for (j = a; j > cs && j + 6 > a; j--) {
			unsigned m = mk[j - 1];

			if (HAS(m, MH_MK_NEG) && j - 1 + mklen[j - 1] <= a) {
				ctx |= CTX_NEGATED;
				break;
			}
			if (!HAS(m, MH_MK_LIGHT) && !HAS(m, MH_MK_SELF))
				break;
		}
	}
	/* subject: the nearest person word before the cue (a loss is of
	 * another person by nature: "my grandma passed away") */
	if (!(fl & (MH_CUE_EMERG | MH_CUE_EXPLICIT)) &&
	    !((fl & MH_CUE_GRIEF) && cue->cat == MH_CAT_DISTRESS)) {
		int other = 0, seen_report = 0;

		for (j = a; j > 0; j--) {
			unsigned m = mk[j - 1];

			if (HAS(m, MH_MK_REPORT))
				seen_report = 1;
			if (!(fl & MH_CUE_FIRST)) {
				if (HAS(m, MH_MK_SELF))
					break;
				/* "how long can someone survive without
				 * it" asks for anyone: a means question
				 * stays the speaker's own */
				if (HAS(m, MH_MK_GENERIC) &&
				    cue->cat == MH_CAT_MEANS)
					continue;
				if (HAS(m, MH_MK_OTHER)) {
					other = 1;
					break;
				}
			} else if (HAS(m, MH_MK_OTHER) && seen_report &&
			    cue->cat != MH_CAT_ABUSE) {
				/* "my friend said: I want to...", but "he
				 * said he'll hurt me" is a threat to me */
				other = 1;
				break;
			}
		}
		if (other || HAS(any, MH_MK_SUPPORT))
			ctx |= CTX_OTHER;
	}
	/* "how do I stop scammers who take advantage of her" guards */
	if ((fl & MH_CUE_EXPLOIT) && HAS(any, MH_MK_PROTECT))
		ctx |= CTX_OTHER;
	if (HAS(any, MH_MK_HUMOUR))
		ctx |= CTX_HUMOUR;
	/* "cut my finger chopping onions", but not "it was no accident" */
	if (HAS(any, MH_MK_ACCIDENT) && !HAS(any, MH_MK_DELIBERATE) &&
	    cue->cat == MH_CAT_SELF_HARM)
		ctx |= CTX_ACCIDENT;
	return ctx;
}

/* Whether token j is the word w. */
static int
is_word(const struct mh_token *t, size_t j, const char *w)
{
	return t[j].hash == mh_lexicon_hash(w, strlen(w));
}

/* Whether token j is a word in -ing that names something done ("asking",
 * "quitting"), not a state or a pronoun ("feeling", "nothing"). */
static int
names_doing(const char *text, const struct mh_token *t, size_t j)
{
	static const char *const vague[] = {"going", "doing", "being",
	    "feeling", "thinking", "saying", "leaving", "ending", "dying",
	    "nothing", "something", "anything", "everything", "thing",
	    "morning", "evening", "killing", "trying", "getting"};
	const char *w = text + t[j].start;
	size_t k, n = t[j].len;

	if (n < 5 || (w[n - 3] | 0x20) != 'i' || (w[n - 2] | 0x20) != 'n' ||
	    (w[n - 1] | 0x20) != 'g')
		return 0;
	for (k = 0; k < sizeof vague / sizeof vague[0]; k++)
		if (is_word(t, j, vague[k]))
			return 0;
	return 1;
}

/* "Tonight I'm doing it, I'm asking her out": a hint at tokens [a, b)
 * that leaves its "it" unnamed is no hint when another clause of the
 * sentence names what the speaker is going to do.  A clause that holds
 * a cue of harm ("I'm going to jump") names no innocent plan; a mania
 * cue ("quitting my job") still does.  cand_a/cand_b/cand_id are the
 * cues' token bounds and ids. */
static int
plan_named(const struct mh_screener *s, const char *text,
    const struct mh_token *t, size_t nt, size_t a, size_t b,
    const size_t *cand_a, const size_t *cand_b, const int *cand_id,
    size_t ncand)
{
	size_t c, e, j, k;
	int it = 0;

	for (j = a; j < b; j++)
		if (is_word(t, j, "it"))
			it = 1;
	if (!it)
		return 0;
	for (c = 0; c < nt; c = e) {
		for (e = c + 1; e < nt && !(t[e].flags & MH_TOK_CLAUSE); e++)
			;
		if (c < b && e > a)
			continue; /* the hint's own clause */
		for (k = 0; k < ncand; k++)
			if (cand_a[k] < e && cand_b[k] > c &&
			    s->cues[cand_id[k]].cat != MH_CAT_MANIA &&
			    s->cues[cand_id[k]].cat != MH_CAT_DISTRESS)
				break;
		if (k < ncand)
			continue; /* a cue of its own */
		j = c;
		if (j < e && is_word(t, j, "and"))
			j++;
		if (j + 1 < e && (is_word(t, j, "i") || is_word(t, j, "we")) &&
		    (is_word(t, j + 1, "am") || is_word(t, j + 1, "are") ||
		        is_word(t, j + 1, "will")))
			j += 2;
		else if (j < e &&
		    (is_word(t, j, "im") || is_word(t, j, "were") ||
		        is_word(t, j, "ill")))
			j++;
		if (j + 2 < e && is_word(t, j, "going") &&
		    is_word(t, j + 1, "to") && !is_word(t, j + 2, "do") &&
		    !is_word(t, j + 2, "go") && !is_word(t, j + 2, "be"))
			return 1;
		/* "I'm going vegan", but not "I'm going away for good" */
		if (j + 1 < e && is_word(t, j, "going") &&
		    !is_word(t, j + 1, "to") && !is_word(t, j + 1, "away") &&
		    !is_word(t, j + 1, "now") && !is_word(t, j + 1, "for") &&
		    !is_word(t, j + 1, "forever") &&
		    !is_word(t, j + 1, "tonight"))
			return 1;
		if (j + 1 < e && is_word(t, j, "gonna") &&
		    !is_word(t, j + 1, "do") && !is_word(t, j + 1, "go") &&
		    !is_word(t, j + 1, "be"))
			return 1;
		if (j < e && names_doing(text, t, j))
			return 1;
	}
	return 0;
}

/* An overdose told as done, from the same parts, close together: a
 * medicine taken ("took", "swallowed") with too much of it between the
 * two ("took all my", "necked half a box of my nan's co-codamol",
 * "taken like 30 of something"), or a number of 10 or more just before
 * the medicine ("swallowed 40 tablets"); not when taken for something
 * ("for my back") or as prescribed.  Said as a condition ("if i took
 * all my meds would my heart stop") it is a question about an amount: the
 * lethal-amount cue when an outcome follows, else the weaker one; but not
 * when the "if" only says what is not known ("i dont know if i took 40 or
 * 50").  Returns the cue or -1 and sets [*qa, *qb). */
static int
taken_overdose(const struct mh_screener *s, const struct mh_token *t, size_t nt,
    const struct mh_match *m, size_t nm, size_t *qa, size_t *qb)
{
	size_t x, taken = SIZE_MAX, taken_end = 0, excess_end = 0, lethal = 0;
	int excess = 0, hit = 0;

	for (x = 0; x < nm && !hit; x++) {
		size_t a = m[x].start, b = a + m[x].len;

		switch (s->amount[m[x].id].kind) {
		case MH_AQ_TAKEN:
			taken = a;
			taken_end = b;
			excess = 0;
			break;
		case MH_AQ_EXCESS:
			/* "took all my", "swallowed like 30" */
			if (taken != SIZE_MAX && a <= taken_end + 2) {
				excess = 1;
				excess_end = b;
			}
			break;
		case MH_AQ_DRUG:
			if (taken == SIZE_MAX)
				break;
			if ((excess && a <= excess_end + 3) ||
			    (a > taken_end && a <= taken_end + 3 &&
			        (t[a - 1].flags & MH_TOK_MANY))) {
				*qa = taken;
				*qb = b;
				hit = 1;
			}
			break;
		default: break;
		}
	}
	if (!hit)
		return -1;
	/* taken for something ("for my back", "for the pain") or as told:
	 * a use, however heavy, not an overdose */
	if ((*qb + 1 < nt && is_word(t, *qb, "for") &&
	        (is_word(t, *qb + 1, "my") || is_word(t, *qb + 1, "the") ||
	            is_word(t, *qb + 1, "a"))) ||
	    (*qb + 1 < nt && is_word(t, *qb, "as") &&
	        is_word(t, *qb + 1, "prescribed")))
		return -1;
	for (; x < nm; x++)
		if (s->amount[m[x].id].kind == MH_AQ_LETHAL)
			lethal = (size_t)m[x].start + m[x].len;
	/* "if i took", "what if i took"; not "dont know if i took" */
	for (size_t k = 1; k <= 2 && k <= *qa; k++) {
		size_t f = *qa - k;

		if (!is_word(t, f, "if"))
			continue;
		if (f > 0 &&
		    (is_word(t, f - 1, "know") || is_word(t, f - 1, "idk") ||
		        is_word(t, f - 1, "sure") ||
		        is_word(t, f - 1, "remember") ||
		        is_word(t, f - 1, "unsure")))
			break;
		if (lethal > *qb)
			*qb = lethal;
		return lethal ? s->amount_cue[0] : s->amount_cue[1];
	}
	return s->taken_cue;
}

/* A question about what amount of something would kill, from its
 * parts in the sentence t[0..nt): a quantity ("how many"), then an
 * outcome that names a person ("would kill someone", "to die") or a
 * weaker one ("too many"), and anything that can be taken or fallen
 * from ("sleeping pills", "a fall").  A dosing question ("is it safe",
 * "and not die") is none.  Returns the cue to report, or -1, and sets
 * [*qa, *qb) to the tokens from the quantity to the last part; an
 * overdose told as done (taken_overdose) comes first.  m holds the nm
 * matches of the amount lexicon. */
static int
amount_question(const struct mh_screener *s, const struct mh_token *t,
    size_t nt, const struct mh_match *m, size_t nm, size_t *qa, size_t *qb)
{
	size_t x, qty = SIZE_MAX, lethal = 0, too = 0, agent = 0;
	int cue;

	if (s->taken_cue >= 0 &&
	    (cue = taken_overdose(s, t, nt, m, nm, qa, qb)) >= 0)
		return cue;
	for (x = 0; x < nm; x++) {
		size_t b = (size_t)m[x].start + m[x].len;

		switch (s->amount[m[x].id].kind) {
		case MH_AQ_SAFE: return -1;
		case MH_AQ_QTY:
			if (qty == SIZE_MAX)
				qty = m[x].start;
			break;
		case MH_AQ_LETHAL:
			if (qty != SIZE_MAX && m[x].start > qty)
				lethal = b;
			break;
		case MH_AQ_TOO:
			if (qty != SIZE_MAX && m[x].start > qty)
				too = b;
			break;
		case MH_AQ_AGENT:
		case MH_AQ_DRUG:
		case MH_AQ_HIGH:
		case MH_AQ_VEHICLE:
		case MH_AQ_ACT:
		case MH_AQ_GUN:
		case MH_AQ_BLADE:
		case MH_AQ_JUMP:
		case MH_AQ_FRONT: agent = b; break;
		default: break;
		}
	}
	if (agent == 0 || (lethal == 0 && too == 0))
		return -1;
	*qa = qty;
	if (lethal) {
		*qb = lethal > agent ? lethal : agent;
		return s->amount_cue[0];
	}
	*qb = too > agent ? too : agent;
	return s->amount_cue[1];
}

/* Whether the act starting at token a is said as what the speaker is
 * about to do, and not denied: "I'm going to jump", "gonna jump", "I will
 * jump", "im jumping off"; not "BASE jumping", "I jumped off", "I walk
 * into the river every morning" or "I'm not going to jump".  A denial
 * counts just before the words that say it ("not gonna"), not in an
 * earlier clause ("can't do this, gonna jump"). */
static int
act_said(const struct mh_token *t, size_t a)
{
	static const char *const will[] = {"gonna", "gona", "will", "ill", "im",
	    "wanna", "gotta", "am"};
	static const char *const to[] = {"going", "about", "ready", "want",
	    "need", "have", "gonna", "wanna", "trying", "try"};
	static const char *const deny[] = {"not", "never", "dont", "wont",
	    "cant", "didnt", "wouldnt", "couldnt", "shouldnt", "isnt", "aint"};
	size_t k, p = SIZE_MAX;

	if (a == 0)
		return 0;
	for (k = 0; k < sizeof will / sizeof will[0] && p == SIZE_MAX; k++)
		if (is_word(t, a - 1, will[k]))
			p = a - 1;
	if (p == SIZE_MAX && a >= 2 && is_word(t, a - 1, "to"))
		for (k = 0; k < sizeof to / sizeof to[0] && p == SIZE_MAX; k++)
			if (is_word(t, a - 2, to[k]))
				p = a - 2;
	if (p == SIZE_MAX)
		return 0;
	if (p > 0 && !(t[p].flags & MH_TOK_CLAUSE))
		for (k = 0; k < sizeof deny / sizeof deny[0]; k++)
			if (is_word(t, p - 1, deny[k]))
				return 0;
	return 1;
}

/* Whether the act at token a opens the sentence, told as being done now,
 * with no subject: "walking into the sea now", "stepping off the ledge
 * rn"; not "jumping off the pier was fun". */
static int
act_opens(const struct mh_token *t, size_t nt, size_t a)
{
	static const char *const now[] = {"now", "rn", "tonight"};

	if (a != 0)
		return 0;
	for (size_t j = 1; j < nt; j++)
		for (size_t k = 0; k < sizeof now / sizeof now[0]; k++)
			if (is_word(t, j, now[k]))
				return 1;
	return 0;
}

/* Whether the act starting at token a is told as a thought one has:
 * "I keep thinking about jumping off", "thoughts of stepping in front
 * of", "imagining jumping from".  Whose thought, and whether denied, is
 * the cue's context. */
static int
act_thought(const struct mh_token *t, size_t a)
{
	static const char *const think[] = {"think", "thinking", "thought",
	    "thoughts", "fantasize", "fantasise", "fantasizing", "fantasising",
	    "obsessing", "daydreaming"};
	/* not "imagine" or "picture", said of a wish ("imagine jumping off
	 * a cliff in Croatia, bucket list") */
	static const char *const imagine[] = {"imagining", "picturing",
	    "considering", "contemplating", "contemplate"};
	size_t k;

	if (a == 0)
		return 0;
	/* "imagining jumping", "picturing myself jumping" */
	for (k = 0; k < sizeof imagine / sizeof imagine[0]; k++)
		if (is_word(t, a - 1, imagine[k]) ||
		    (a >= 2 && is_word(t, a - 1, "myself") &&
		        is_word(t, a - 2, imagine[k])))
			return 1;
	if (a < 2 ||
	    !(is_word(t, a - 1, "about") || is_word(t, a - 1, "of") ||
	        is_word(t, a - 1, "bout")))
		return 0;
	for (k = 0; k < sizeof think / sizeof think[0]; k++)
		if (is_word(t, a - 2, think[k]))
			return 1;
	return 0;
}

/* Whether the act at tokens [a, j) is said (act_said) and ends where it
 * is said: "I'm going to jump", "gonna jump tonight", "gonna jump right
 * now"; not "jump on a call", "jump in the shower" or "jump and dance". */
static int
act_ends(const struct mh_token *t, size_t nt, size_t a, size_t j)
{
	static const char *const after[] = {"now", "rn", "tonight", "today",
	    "soon", "off", "from", "over", "tomorrow", "then", "when", "if",
	    "after", "before", "bye", "goodbye", "sorry", "onto", "into",
	    "down"};
	size_t k;

	if (!act_said(t, a))
		return 0;
	if (j >= nt || (t[j].flags & MH_TOK_CLAUSE))
		return 1;
	if (j + 1 < nt && is_word(t, j, "right") && is_word(t, j + 1, "now"))
		return 1;
	for (k = 0; k < sizeof after / sizeof after[0]; k++)
		if (is_word(t, j, after[k]))
			return 1;
	return 0;
}

/* Where a part of a danger was found in a sentence (tokens [a, b));
 * a == SIZE_MAX: not found. */
struct span {
	size_t a, b;
};

static const struct span no_span = {SIZE_MAX, 0};

/* Whether the part at sp follows the part p (found) within gap words:
 * "on the" ... "roof", "jump off" ... "the bridge". */
static int
follows(struct span p, struct span sp, size_t gap)
{
	return p.a != SIZE_MAX && sp.a >= p.b && sp.a <= p.b + gap;
}

/* The tokens between two parts; 0 when they touch or overlap. */
static size_t
gap(struct span x, struct span y)
{
	if (y.a >= x.b)
		return y.a - x.b;
	if (x.a >= y.b)
		return x.a - y.b;
	return 0;
}

/* The span from the first of two parts to the end of the last. */
static struct span
join(struct span x, struct span y)
{
	struct span j = {x.a < y.a ? x.a : y.a, x.b > y.b ? x.b : y.b};

	return j;
}

/* Whether two parts are in one clause: no clause mark between them. */
static int
one_clause(const struct mh_token *t, struct span x, struct span y)
{
	size_t lo = x.a < y.a ? x.a : y.a, hi = x.a < y.a ? y.a : x.a;

	for (size_t j = lo + 1; j <= hi; j++)
		if (t[j].flags & MH_TOK_CLAUSE)
			return 0;
	return 1;
}

/* The kind of match x of the amount lexicon, and its span. */
static int
part(const struct mh_screener *s, const struct mh_match *m, size_t x,
    struct span *sp)
{
	sp->a = m[x].start;
	sp->b = (size_t)m[x].start + m[x].len;
	return s->amount[m[x].id].kind;
}

/* Whether a place at a height (AT at, HIGH h) is an everyday one: the
 * sea or the ocean, a height only to walk into ("at the beach, the sea
 * is warm"), or where we are or were ("we're at the top of the tower,
 * the best view ever"): not the speaker alone, now. */
static int
place_everyday(const struct mh_token *t, struct span at, struct span h)
{
	static const char *const we[] = {"we", "were", "weve", "wed", "us"};
	size_t k;

	if (is_word(t, h.b - 1, "sea") || is_word(t, h.b - 1, "ocean"))
		return 1;
	/* the words just before, in the clause: "we're at the top of the"
	 * ends in "top of the", which is a place word too */
	for (size_t j = at.a; j > 0 && at.a - j < 3; j--) {
		for (k = 0; k < sizeof we / sizeof we[0]; k++)
			if (is_word(t, j - 1, we[k]))
				return 1;
		if (t[j - 1].flags & MH_TOK_CLAUSE)
			break;
	}
	return 0;
}

/* The closest weapon and what it is doing, in one clause and at most
 * three words apart, either way round: a firearm ready or any weapon
 * turned on oneself is the danger, a firearm held a caution (even "right
 * now": a review's "holding my grandad's old rifle right now, it's so
 * heavy"), a blade held risky with distress.  Returns the enum mh_danger
 * or -1 and sets *found. */
static int
weapon_parts(const struct mh_screener *s, const struct mh_token *t,
    const struct mh_match *m, size_t nm, struct span *found)
{
	size_t x, y, d = SIZE_MAX;
	int cue = -1, best = 0;

	for (x = 0; x < nm; x++) {
		struct span arm, hold;
		int ak = part(s, m, x, &arm);

		if (ak != MH_AQ_GUN && ak != MH_AQ_BLADE)
			continue;
		for (y = 0; y < nm; y++) {
			int hk = part(s, m, y, &hold), lv;
			size_t g;

			if (hk != MH_AQ_LAP && hk != MH_AQ_HOLD &&
			    hk != MH_AQ_AIM)
				continue;
			g = gap(arm, hold);
			lv = hk == MH_AQ_AIM ||
			    (hk == MH_AQ_LAP && ak == MH_AQ_GUN);
			if (g > 3 || g > d || (g == d && lv <= best) ||
			    !one_clause(t, arm, hold))
				continue;
			d = g;
			best = lv;
			*found = join(arm, hold);
			cue = lv              ? MH_DANGER_WEAPON
			    : ak == MH_AQ_GUN ? MH_DANGER_FIREARM
			                      : MH_DANGER_BLADE;
		}
	}
	return cue;
}

/* A danger to oneself told plainly, from its parts in the sentence
 * t[0..nt) (m: its nm matches of the amount lexicon, in order): a
 * height where one is ("on the" then, within three words, "roof"),
 * toward which one says one is about to act ("I'm going to jump off" ...
 * "the bridge"; "gonna step in front of" ... "the train"), or past whose
 * edge one is ("one leg over the rail" of a balcony, "I'm on the roof,
 * over the edge"), or with the act said at the end of a clause ("I'm on
 * the roof and I'm going to jump"); a firearm ready or a weapon turned on
 * oneself ("the gun in my lap", "a razor to my wrist").  Weaker: a
 * firearm in hand; as hints, a height alone, the act or an edge alone, a
 * blade in hand.  An everyday use in the same clause, close by ("the
 * pool", "hunting", "fixing the gutter"), is none; who acts, negation
 * and time are the cue's context, read as for any cue.  Returns the cue
 * (s->danger_cue) or -1 and sets [*qa, *qb). */
static int
danger_parts(const struct mh_screener *s, const struct mh_token *t, size_t nt,
    const struct mh_match *m, size_t nm, size_t *qa, size_t *qb)
{
	struct span at = no_span, jump = no_span, front = no_span;
	struct span place = no_span, toward = no_span, edge = no_span;
	struct span high = no_span, act = no_span, found = no_span, sp;
	struct span thought = no_span, wish = no_span;
	int thought_kind = 0;
	int cue = -1, mine = 0;
	size_t x;

	for (x = 0; x < nm; x++) {
		int kind = part(s, m, x, &sp);

		switch (kind) {
		case MH_AQ_AT: at = sp; break;
		case MH_AQ_JUMP:
		case MH_AQ_FRONT:
			if (act_said(t, sp.a) || act_opens(t, nt, sp.a)) {
				if (kind == MH_AQ_JUMP)
					jump = sp;
				else
					front = sp;
			} else if (act_thought(t, sp.a)) {
				thought = sp;
				thought_kind = kind;
			}
			break;
		case MH_AQ_EDGE:
			if (edge.a == SIZE_MAX) {
				edge = sp;
				/* "one leg over the", "I'm already over
				 * the railing": the speaker's own */
				mine = is_word(t, sp.a, "leg") ||
				    is_word(t, sp.a, "legs") ||
				    (sp.a > 0 &&
				        (is_word(t, sp.a - 1, "im") ||
				            is_word(t, sp.a - 1, "already")));
			}
			break;
		case MH_AQ_HIGH:
		case MH_AQ_VEHICLE:
			if (toward.a == SIZE_MAX && kind == MH_AQ_HIGH &&
			    follows(jump, sp, 3))
				toward = join(jump, sp);
			if (toward.a == SIZE_MAX && kind == MH_AQ_VEHICLE &&
			    follows(front, sp, 3))
				toward = join(front, sp);
			/* a jump from a height, a step in front of a train */
			if (wish.a == SIZE_MAX && follows(thought, sp, 3) &&
			    (thought_kind == MH_AQ_JUMP) ==
			        (kind == MH_AQ_HIGH))
				wish = join(thought, sp);
			if (place.a == SIZE_MAX && kind == MH_AQ_HIGH &&
			    follows(at, sp, 3) && !place_everyday(t, at, sp))
				place = join(at, sp);
			/* a height apart from an edge's own words, the
			 * closest to it */
			if (kind == MH_AQ_HIGH &&
			    (edge.a == SIZE_MAX || sp.a >= edge.b) &&
			    (high.a == SIZE_MAX || edge.a == SIZE_MAX ||
			        gap(edge, sp) < gap(edge, high)))
				high = sp;
			break;
		case MH_AQ_ACT:
			if (act.a == SIZE_MAX && act_ends(t, nt, sp.a, sp.b))
				act = sp;
			else if (thought.a == SIZE_MAX &&
			    act_thought(t, sp.a)) {
				thought = sp;
				thought_kind = kind;
			}
			break;
		default: break;
		}
	}
	if (toward.a != SIZE_MAX) {
		found = toward;
		cue = MH_DANGER_JUMP;
	} else if (edge.a != SIZE_MAX && high.a != SIZE_MAX &&
	    gap(edge, high) <= 6 && (mine || place.a != SIZE_MAX)) {
		found = join(edge, high);
		cue = MH_DANGER_JUMP;
	} else if (place.a != SIZE_MAX && act.a != SIZE_MAX &&
	    gap(place, act) <= 12) {
		found = join(place, act);
		cue = MH_DANGER_JUMP;
	} else if (place.a != SIZE_MAX && thought.a != SIZE_MAX &&
	    gap(place, thought) <= 12) {
		/* "on the bridge, thinking about jumping" */
		found = join(place, thought);
		cue = MH_DANGER_JUMP;
	} else if (wish.a != SIZE_MAX) {
		/* "I keep thinking about jumping off the bridge" */
		found = wish;
		cue = MH_DANGER_THOUGHT;
	} else if ((cue = weapon_parts(s, t, m, nm, &found)) >= 0) {
		;
	} else if (place.a != SIZE_MAX) {
		found = place;
		cue = MH_DANGER_HEIGHT;
	} else if (act.a != SIZE_MAX || edge.a != SIZE_MAX) {
		/* past an edge, its height said in another sentence
		 * ("on top of the car park. climbing over the wall"): a
		 * hint of its own */
		found = act.a != SIZE_MAX ? act : edge;
		cue = MH_DANGER_ACT;
	}
	if (cue < 0)
		return -1;
	/* an everyday use close by: "jump off the pier into the pool", "a
	 * rifle in my hands, heading to the range"; for a height, in the
	 * same clause: not "nothing can fix this, I'm on the roof and ..." */
	for (x = 0; x < nm; x++)
		if (part(s, m, x, &sp) == MH_AQ_PLAY && sp.b + 8 > found.a &&
		    sp.a < found.b + 8 &&
		    (cue == MH_DANGER_WEAPON || cue == MH_DANGER_FIREARM ||
		        cue == MH_DANGER_BLADE || one_clause(t, sp, found)))
			return -1;
	*qa = found.a;
	*qb = found.b;
	return s->danger_cue[cue];
}

/* Match one sentence; append cues to s->occ. */
static int
scan_sentence(struct mh_screener *s, const char *text, const struct mh_token *t,
    size_t nt, struct rec *r)
{
	unsigned mk[MH_LEXICON_MAX_SENTENCE];
	unsigned char mklen[MH_LEXICON_MAX_SENTENCE];
	size_t idiom_a[32], idiom_b[32], nidiom = 0;
	size_t cand_a[64], cand_b[64], ncand = 0, covered = 0;
	int cand_id[64];
	struct mh_match m[MH_LEXICON_MAX_SENTENCE];
	size_t i, k, nm, x, qa = 0, qb = 0, da = 0, db = 0, body_end = 0;
	int aq = -1, dq = -1, amount = 0, danger = 0;
	unsigned any = 0;
	struct span play[8];
	size_t nplay = 0;

	nm = mh_lexicon_matches(s->cuelex, t, nt, m);
	for (x = 0; x < nm; x++) {
		int id = m[x].id;
		size_t len = m[x].len;

		i = m[x].start;
		if ((size_t)id == s->ncues + s->nmarkers) {
			amount = 1; /* "how many", "enough" */
			continue;
		}
		if ((size_t)id == s->ncues + s->nmarkers + 1) {
			danger = 1; /* "roof", "jump off", "gun" */
			continue;
		}
		if (i + len <= covered)
			continue;
		if ((size_t)id >= s->ncues) {
			unsigned mask = s->markmask[(size_t)id - s->ncues];

			if (mask & (1u << MH_MK_FICTION))
				r->fiction = 1;
			if (mask & (1u << MH_MK_RECOVERED))
				r->recovered = 1;
			if (mask & (1u << MH_MK_ILLNESS))
				r->illness = 1;
			if (mask & (1u << MH_MK_SICK))
				r->sick = 1;
			/* signs that share words ("keep fainting",
			 * "fainting") are one */
			if ((mask & (1u << MH_MK_BODY)) && i >= body_end &&
			    r->first_body != id + 1) {
				if (r->first_body == 0)
					r->first_body = id + 1;
				r->body += r->body < 2;
			}
			if ((mask & (1u << MH_MK_BODY)) && i + len > body_end)
				body_end = i + len;
			continue;
		}
		if (s->cues[id].cat == MH_CAT_IDIOM) {
			if (nidiom < 32) {
				idiom_a[nidiom] = i;
				idiom_b[nidiom++] = i + len;
			}
			continue;
		}
		if (ncand < 64) {
			cand_a[ncand] = i;
			cand_b[ncand] = i + len;
			cand_id[ncand++] = id;
			covered = i + len;
		}
		/* a longer cue may hide the quantity it starts with, or
		 * the part of a danger */
		if (s->cues[id].cat == MH_CAT_MEANS ||
		    s->cues[id].cat == MH_CAT_SUICIDAL)
			amount = 1;
		if (s->cues[id].cat == MH_CAT_INTENT ||
		    s->cues[id].cat == MH_CAT_SUICIDAL ||
		    s->cues[id].cat == MH_CAT_SELF_HARM ||
		    s->cues[id].cat == MH_CAT_MEANS)
			danger = 1;
	}
	if (amount || danger) {
		nm = mh_lexicon_matches(s->amountlex, t, nt, m);
		if (amount)
			aq = amount_question(s, t, nt, m, nm, &qa, &qb);
		if (danger) /* -1 too from a table without the names */
			dq = danger_parts(s, t, nt, m, nm, &da, &db);
		/* everyday uses ("lets go climbing"), for the hints below */
		for (x = 0; x < nm && nplay < 8; x++)
			if (part(s, m, x, &play[nplay]) == MH_AQ_PLAY)
				nplay++;
	}
	if (ncand == 0 && aq < 0 && dq < 0)
		return 0;
	memset(mk, 0, nt * sizeof mk[0]);
	memset(mklen, 0, nt);
	nm = mh_lexicon_matches(s->marklex, t, nt, m);
	for (x = 0; x < nm; x++) {
		mk[m[x].start] |= s->markmask[m[x].id];
		mklen[m[x].start] = (unsigned char)m[x].len;
		any |= s->markmask[m[x].id];
	}
	for (i = 0; i < ncand; i++) {
		size_t a = cand_a[i], b = cand_b[i];
		const struct mh_cue *cue = &s->cues[cand_id[i]];
		int masked = 0;

		for (k = 0; k < nidiom && !masked; k++) {
			size_t ia = idiom_a[k], ib = idiom_b[k];

			if (ib <= a || ia >= b)
				continue; /* no overlap */
			if (ia > a && ib <= b)
				continue; /* strictly inside the cue */
			masked = 1;
		}
		if (masked)
			continue;
		if ((cue->flags & MH_CUE_HINT) &&
		    plan_named(s, text, t, nt, a, b, cand_a, cand_b, cand_id,
		        ncand))
			continue;
		/* a hint close by an everyday use is that use: "the rope is
		 * ready, lets go climbing" (else a conversation with an
		 * earlier intent would raise it to the act) */
		if (cue->flags & MH_CUE_HINT) {
			for (k = 0; k < nplay && !masked; k++)
				masked = play[k].b + 8 > a && play[k].a < b + 8;
			if (masked)
				continue;
		}
		if (add_occ(s, t[a].start, t[b - 1].start + t[b - 1].len,
		        cand_id[i],
		        cue_context(s, cue, t, nt, mk, mklen, any, a, b)) < 0)
			return -1;
		/* a phrase over the danger's words that already says it, or
		 * says it is someone else's ("he held a knife to my throat"):
		 * the danger is not said again; a hint of a height is no
		 * second hint beside a phrase that is one ("im on the
		 * bridge"), but is kept beside one that is not, so that it
		 * pairs with a goodbye ("im on the ledge. this is goodbye") */
		if (dq >= 0 && a < db && b > da &&
		    (cue->cat == MH_CAT_ABUSE || cue->cat == MH_CAT_OTHERS ||
		        (cue->cat == MH_CAT_SUICIDAL &&
		            cue->risk >= s->cues[dq].risk) ||
		        (cue->cat == MH_CAT_INTENT &&
		            ((s->cues[dq].flags & MH_CUE_HINT)
		                    ? (cue->flags & MH_CUE_HINT) != 0
		                    : !(cue->flags & MH_CUE_AMBIG) &&
		                        cue->risk >= s->cues[dq].risk))))
			dq = -1;
		/* a phrase that asks for method already says it */
		if (aq >= 0 && a < qb && b > qa &&
		    ((cue->cat == MH_CAT_MEANS &&
		         (cue->flags & MH_CUE_EXPLICIT)) ||
		        (aq == s->taken_cue && cue->cat == MH_CAT_SUBSTANCE)))
			aq = -1;
	}
	if (aq >= 0 &&
	    add_occ(s, t[qa].start, t[qb - 1].start + t[qb - 1].len, aq,
	        cue_context(s, &s->cues[aq], t, nt, mk, mklen, any, qa, qb)) <
	        0)
		return -1;
	if (dq >= 0 &&
	    add_occ(s, t[da].start, t[db - 1].start + t[db - 1].len, dq,
	        cue_context(s, &s->cues[dq], t, nt, mk, mklen, any, da, db)) <
	        0)
		return -1;
	return 0;
}

/* Lower cues by their context (after the whole record is read). */
static void
discount(struct mh_screener *s, const struct rec *r)
{
	size_t i;

	for (i = 0; i < s->nocc; i++) {
		struct occ *o = &s->occ[i];
		const struct mh_cue *cue = &s->cues[o->cue];
		int cap = MH_RISK_IMMINENT;

		if ((o->ctx & CTX_WAS) && r->recovered &&
		    !(o->ctx & CTX_RECENT))
			o->ctx |= CTX_PAST;
		/* "i overdosed and i feel sick": an overdose in the past
		 * tense with no past time, and the body feels it: now */
		if ((o->ctx & CTX_PASTFORM) && cue->cat == MH_CAT_SUBSTANCE &&
		    (cue->flags & MH_CUE_EMERG) && (r->body || r->sick) &&
		    !r->recovered && !(o->ctx & CTX_HUMOUR))
			o->ctx &= ~(unsigned)(CTX_PAST | CTX_PASTFORM);
		if (r->fiction &&
		    !(cue->flags & (MH_CUE_EXPLICIT | MH_CUE_EMERG)))
			o->ctx |= CTX_FICTION;
		if (o->ctx & CTX_NEGATED)
			cap = (cue->flags & MH_CUE_AMBIG) ? MH_RISK_NONE
			                                  : MH_RISK_LOW;
		if (o->ctx &
		    (CTX_PAST | CTX_OTHER | CTX_FICTION | CTX_ACCIDENT))
			cap = MH_RISK_LOW;
		if (o->ctx & CTX_HUMOUR) {
			if (cue->cat == MH_CAT_SUICIDAL ||
			    cue->cat == MH_CAT_INTENT)
				cap = cap < MH_RISK_MODERATE ? cap
				                             : MH_RISK_MODERATE;
			else if (!(cue->flags &
			             (MH_CUE_EXPLICIT | MH_CUE_EMERG)))
				cap = cap < MH_RISK_LOW ? cap : MH_RISK_LOW;
		}
		if (cue->flags & MH_CUE_AMBIG)
			cap = MH_RISK_NONE; /* until context raises it */
		/* another's overdose too; not an accident's wound, which
		 * is no self-harm ("cut my finger chopping onions and it
		 * wont stop bleeding") */
		if ((cue->flags & MH_CUE_EMERG) &&
		    !(o->ctx & (CTX_PAST | CTX_NEGATED | CTX_ACCIDENT)))
			cap = MH_RISK_IMMINENT;
		if (o->risk > cap)
			o->risk = (unsigned char)cap;
	}
}

static int
current(const struct occ *o)
{
	return !(o->ctx &
	    (CTX_NEGATED | CTX_PAST | CTX_OTHER | CTX_FICTION | CTX_ACCIDENT));
}

static void
raise_to(struct occ *o, int level, unsigned why)
{
	if (o->risk < level) {
		o->risk = (unsigned char)level;
		o->ctx |= why;
	}
}

/* What this record alone says, from its current cues. */
struct facts {
	int level[F_NFACTS];
	int distress;    /* distinct distress cues */
	int intents;     /* distinct committed intent cues */
	int ambigs;      /* distinct veiled hints at acting, up to 3 */
	int first_ambig; /* the first two of them */
	int second_ambig;
	int first_intent; /* one of them, to tell two apart across turns */
	int illness;      /* a mental illness is named */
	int hint_time;    /* one of the hints names a time */
	int farewell;     /* one of them says goodbye */
	int plain_hint;   /* one of them does not */
	int strong_hint;  /* a current hint that is not weak (MH_CUE_WEAK) */
	int height, act;  /* a height, and the act or an edge, apart */
	int loss;         /* a death close to the speaker is told */
	int means;        /* distinct current ambiguous means cues, up to 2 */
	int first_means;
	int psychosis; /* a current psychosis cue, at any level */
	int others;    /* distinct current harm-to-others cues, up to 2 */
	int first_other;
	int danger;   /* a current, plain abuse cue at high or above */
	int body;     /* signs of a body in danger (struct rec) */
	unsigned mod; /* categories with a current cue at moderate or above
		       * (not the second opinion's, which gather skips) */
	int parts;    /* distinct current ambiguous abuse cues, up to 3 */
	int first_part, second_part;
};

/* Count a cue among different ones, one, two, or three and more, the
 * first two kept (-1 until seen): veiled hints, parts of a danger. */
static void
count3(int *n, int *first, int *second, int cue)
{
	if (*first < 0) {
		*first = cue;
		*n = 1;
	} else if (*second < 0 && cue != *first) {
		*second = cue;
		*n = 2;
	} else if (cue != *first && cue != *second)
		*n = 3;
}

static void
gather(const struct mh_screener *s, struct facts *f)
{
	int dist[DISTRESS_IDS];
	size_t i, hint_start = 0, hint_end = 0, means_end = 0, others_end = 0;
	int nd = 0, k, strong = 0;

	memset(f, 0, sizeof *f);
	/* a weak hint ("this is it", "not going back") counts only beside
	 * one that is not: "on the bridge. this is it", not "this is it,
	 * fresh start, not going back to that job" */
	for (i = 0; i < s->nocc; i++)
		if (current(&s->occ[i]) &&
		    (s->cues[s->occ[i].cue].flags & MH_CUE_HINT) &&
		    !(s->cues[s->occ[i].cue].flags & MH_CUE_WEAK))
			strong = 1;
	f->strong_hint = strong;
	f->first_intent = -1;
	f->first_ambig = -1;
	f->second_ambig = -1;
	f->first_means = -1;
	f->first_other = -1;
	f->first_part = -1;
	f->second_part = -1;
	for (i = 0; i < s->nocc; i++) {
		const struct occ *o = &s->occ[i];
		const struct mh_cue *cue = &s->cues[o->cue];
		int lv = o->risk;

		/* the second opinion is no fact to weigh or remember */
		if (cue->cat == MH_CAT_POSSIBLE)
			continue;
		/* a time beside the hints: one of them names it, or a
		 * plain one does ("tonight is the night") */
		if (current(o) && cue->cat == MH_CAT_INTENT &&
		    (cue->flags & MH_CUE_TIME))
			f->hint_time = 1;
		if (current(o) && (cue->flags & MH_CUE_HINT) &&
		    (strong || !(cue->flags & MH_CUE_WEAK))) {
			if ((cue->flags & MH_CUE_TIME) || (o->ctx & CTX_NOW))
				f->hint_time = 1;
			if (cue->flags & MH_CUE_FAREWELL)
				f->farewell = 1;
			else
				f->plain_hint = 1;
			if (o->cue == s->danger_cue[MH_DANGER_HEIGHT])
				f->height = 1;
			if (o->cue == s->danger_cue[MH_DANGER_ACT])
				f->act = 1;
			/* two hints that share words ("everything is set up
			 * for tonight I'm doing it") are one thing said, not
			 * two (no hint yet: hint_end is 0) */
			if (o->start < hint_end && o->end > hint_start) {
				if (o->end > hint_end)
					hint_end = o->end;
			} else {
				hint_start = o->start;
				hint_end = o->end;
				count3(&f->ambigs, &f->first_ambig,
				    &f->second_ambig, o->cue);
			}
		}
		/* innocent means questions, two different ones: a height
		 * and a way onto it (not the amount rule's own) */
		if (current(o) && cue->cat == MH_CAT_MEANS &&
		    (cue->flags & MH_CUE_AMBIG) &&
		    !(cue->flags & MH_CUE_AMOUNT) && o->cue != f->first_means) {
			/* two that share words ("is the tallest", "tallest
			 * bridge") are one question */
			if (f->first_means < 0) {
				f->first_means = o->cue;
				f->means = 1;
				means_end = o->end;
			} else if (o->start >= means_end)
				f->means = 2;
			else if (o->end > means_end)
				means_end = o->end;
		}
		if (current(o) && cue->cat == MH_CAT_PSYCHOSIS)
			f->psychosis = 1;
		/* threats that add up: "make him pay", "I know where he
		 * lives", "not scared of prison" */
		if (current(o) && cue->cat == MH_CAT_OTHERS &&
		    !(cue->flags & MH_CUE_EXPLOIT) &&
		    o->cue != f->first_other) {
			/* two that share words ("bringing a knife to
			 * school") are one threat */
			if (f->first_other < 0) {
				f->first_other = o->cue;
				f->others = 1;
				others_end = o->end;
			} else if (o->start >= others_end)
				f->others = 2;
			else if (o->end > others_end)
				others_end = o->end;
		}
		/* parts of a danger at home that add up ("has his gun
		 * out", "hiding in the closet"); not in a joke */
		if (current(o) && cue->cat == MH_CAT_ABUSE &&
		    (cue->flags & MH_CUE_AMBIG) && !(o->ctx & CTX_HUMOUR))
			count3(&f->parts, &f->first_part, &f->second_part,
			    o->cue);
		if (!current(o) || lv == MH_RISK_NONE)
			continue;
		if (cue->cat == MH_CAT_ABUSE && !(cue->flags & MH_CUE_AMBIG) &&
		    lv >= MH_RISK_HIGH)
			f->danger = 1;
		switch (cue->cat) {
		case MH_CAT_SUICIDAL:
			if (!(cue->flags & MH_CUE_AMBIG) && lv > f->level[F_SI])
				f->level[F_SI] = lv;
			break;
		case MH_CAT_SELF_HARM:
			if (lv >= MH_RISK_MODERATE &&
			    !(cue->flags & MH_CUE_AMBIG))
				f->level[F_SH] = lv;
			break;
		case MH_CAT_INTENT:
			if (!(cue->flags & MH_CUE_AMBIG) ||
			    lv >= MH_RISK_HIGH) {
				if (lv > f->level[F_INTENT])
					f->level[F_INTENT] = lv;
				if (f->first_intent < 0) {
					f->first_intent = o->cue;
					f->intents = 1;
				} else if (o->cue != f->first_intent)
					f->intents = 2;
			}
			break;
		case MH_CAT_PSYCHOSIS:
			if (lv >= MH_RISK_MODERATE && lv > f->level[F_PSYCH])
				f->level[F_PSYCH] = lv;
			break;
		case MH_CAT_DISTRESS:
			/* a loss is context for a wish to join them, and a
			 * recent one is distress as well */
			if (cue->flags & MH_CUE_GRIEF) {
				f->loss = 1;
				if (o->ctx & CTX_OLDLOSS)
					break;
			}
			for (k = 0; k < nd && dist[k] != o->cue; k++)
				;
			if (k == nd && nd < DISTRESS_IDS)
				dist[nd++] = o->cue;
			break;
		default: break;
		}
		if (cue->flags & MH_CUE_SLEEP)
			f->level[F_SLEEP] = 1;
		if (cue->flags & MH_CUE_GRAND)
			f->level[F_GRAND] = 1;
		if (cue->flags & MH_CUE_RECKLESS)
			f->level[F_RECK] = 1;
		if (cue->flags & MH_CUE_COMPULSION)
			f->level[F_COMP] = 1;
		if (cue->flags & MH_CUE_BURDEN)
			f->level[F_BURDEN] = 1;
		if (lv >= MH_RISK_MODERATE && cue->cat != MH_CAT_SUICIDAL &&
		    cue->cat != MH_CAT_INTENT && cue->cat != MH_CAT_DISTRESS &&
		    cue->cat != MH_CAT_MEANS)
			f->level[F_OTHER] = lv;
		if (lv >= MH_RISK_MODERATE)
			f->mod |= 1u << cue->cat;
	}
	f->distress = nd;
}

/* Distress cues seen in the window, counting this record's. */
static int
distress_count(const struct mh_screener *s, const struct conv *c)
{
	int ids[DISTRESS_IDS * 2], n = 0, k, j;
	size_t i;

	for (k = 0; k < DISTRESS_IDS; k++)
		if (c->distress[k] > 0 &&
		    c->turn - c->distress_turn[k] <= WINDOW)
			ids[n++] = c->distress[k];
	for (i = 0; i < s->nocc; i++) {
		const struct occ *o = &s->occ[i];

		if (s->cues[o->cue].cat != MH_CAT_DISTRESS || !current(o) ||
		    (o->ctx & CTX_OLDLOSS))
			continue;
		for (j = 0; j < n && ids[j] != o->cue + 1; j++)
			;
		if (j == n && n < DISTRESS_IDS * 2)
			ids[n++] = o->cue + 1;
	}
	return n;
}

enum mh_screen_risk
mh_screen_flag_risk(const char *flag)
{
	static const struct {
		const char *flag;
		enum mh_screen_risk risk;
	} tab[] = {
	    {"phq9_item9", MH_RISK_HIGH},
	    {"asq_positive", MH_RISK_HIGH},
	    {"asq_declined", MH_RISK_HIGH},
	    {"asq_acute", MH_RISK_IMMINENT},
	};

	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if (strcmp(flag, tab[i].flag) == 0)
			return tab[i].risk;
	return MH_RISK_NONE;
}

/* Worksheet flags as facts, and as evidence-free categories. */
struct sheet {
	int si;       /* suicidal_ideation level from flags */
	int distress; /* from severity */
	const char *flags[8];
	int flag_level[8];
	int nflags;
	const char *severity;
};

static void
read_worksheet(const json_t *ws, struct sheet *sh)
{
	const json_t *scores, *flags, *v;
	size_t i;

	/* no memset: most records have no worksheet, and flags are read
	 * only up to nflags */
	sh->si = sh->distress = sh->nflags = 0;
	sh->severity = NULL;
	if (!json_is_object(ws))
		return;
	scores = json_object_get(ws, "scores");
	if (!json_is_object(scores))
		return;
	flags = json_object_get(scores, "flags");
	json_array_foreach(flags, i, v) {
		const char *f = json_string_value(v);
		int lv;

		if (f == NULL)
			continue;
		lv = (int)mh_screen_flag_risk(f);
		/* the level counts even when the evidence list is full */
		if (lv > sh->si)
			sh->si = lv;
		if (lv == 0 || sh->nflags >= 8)
			continue;
		sh->flags[sh->nflags] = f;
		sh->flag_level[sh->nflags++] = lv;
	}
	v = json_object_get(scores, "severity");
	if (json_is_string(v)) {
		const char *sev = json_string_value(v);

		/* the top bands: PHQ-9 and GAD-7 severe, K6 at or over
		 * its cut-off for serious psychological distress */
		if (strcmp(sev, "severe") == 0 ||
		    strcmp(sev, "probable_serious_distress") == 0)
			sh->distress = MH_RISK_MODERATE;
		else if (strcmp(sev, "moderately severe") == 0 ||
		    strcmp(sev, "moderately_severe") == 0 ||
		    strcmp(sev, "likely_depression") == 0)
			sh->distress = MH_RISK_LOW;
		if (sh->distress)
			sh->severity = sev;
	}
}

static int
maxi(int a, int b)
{
	return a > b ? a : b;
}

/* Raise cues by context in this record and the conversation. */
static void
escalate(struct mh_screener *s, const struct conv *c, const struct facts *f,
    const struct sheet *sh)
{
	int si_here = maxi(f->level[F_SI], sh->si);
	int si_conv = recent(c, &c->f[F_SI]);
	int sh_here = f->level[F_SH], sh_conv = recent(c, &c->f[F_SH]);
	int ps_here = f->level[F_PSYCH], ps_conv = recent(c, &c->f[F_PSYCH]);
	int in_conv = recent(c, &c->f[F_INTENT]);
	int dist = distress_count(s, c);
	int dist_here = f->distress > 0 || sh->distress > 0;
	int ctx_here = si_here >= MH_RISK_MODERATE || sh_here ||
	    f->level[F_INTENT] || dist_here || ps_here;
	int ctx_conv = si_conv >= MH_RISK_MODERATE || sh_conv || in_conv ||
	    dist > f->distress || ps_conv;
	unsigned why = ctx_here ? CTX_DISTRESS : CTX_CONVERSATION;
	int sleep = f->level[F_SLEEP] || recent(c, &c->f[F_SLEEP]);
	int grand = f->level[F_GRAND] || recent(c, &c->f[F_GRAND]);
	int reck = f->level[F_RECK] || recent(c, &c->f[F_RECK]);
	int comp = f->level[F_COMP] || recent(c, &c->f[F_COMP]);
	int burden = f->level[F_BURDEN] || recent(c, &c->f[F_BURDEN]);
	int intents = f->intents, ambigs = f->ambigs;
	int si_any =
	    maxi(si_here, si_conv) >= MH_RISK_MODERATE || sh_here || sh_conv;
	int other_mod = f->level[F_OTHER] || recent(c, &c->f[F_OTHER]);
	int loss =
	    f->loss || (c->loss_turn > 0 && c->turn - c->loss_turn < WINDOW);
	/* a goodbye beside another hint in the same message, one that is
	 * no goodbye, weighs as a time ("at the bridge now. this is
	 * goodbye"); two goodbyes may be to a job or a city, and one turns
	 * ago to a flat */
	int timed =
	    f->hint_time || (f->farewell && f->plain_hint && f->ambigs >= 2);
	size_t i;

	/* two different veiled hints at acting are worth a caution; a
	 * third, such as a denial that holds only for now, is intent
	 * without a plan: high */
	if (c->ambig_cue >= 0 && c->turn - c->ambig_turn <= WINDOW &&
	    c->ambig_cue != f->first_ambig && c->ambig_cue != f->second_ambig &&
	    f->ambigs > 0)
		ambigs++;
	if (in_conv && c->intent_cue >= 0 && c->intent_cue != f->first_intent)
		intents++;
	else if (in_conv && f->intents == 0)
		intents++;
	for (i = 0; i < s->nocc; i++) {
		struct occ *o = &s->occ[i];
		const struct mh_cue *cue = &s->cues[o->cue];

		if (!current(o) &&
		    !(cue->flags & MH_CUE_EXPLICIT &&
		        !(o->ctx & (CTX_NEGATED | CTX_PAST))))
			continue;
		/* nor does the conversation raise a weak hint alone: after
		 * "I want to die", "counting down to the weekend" is still
		 * the weekend */
		if ((cue->flags & MH_CUE_WEAK) && !f->strong_hint)
			continue;
		switch (cue->cat) {
		case MH_CAT_MEANS:
			if ((cue->flags & MH_CUE_AMBIG) &&
			    (ctx_here || ctx_conv))
				raise_to(o, MH_RISK_HIGH, why);
			/* "the tallest building ... onto the roof without a
			 * pass": two innocent parts of one plan */
			if ((cue->flags & MH_CUE_AMBIG) &&
			    !(cue->flags & MH_CUE_AMOUNT) && f->means >= 2)
				raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			if ((cue->flags & MH_CUE_EXPLICIT) && si_any)
				raise_to(o, MH_RISK_IMMINENT, why);
			break;
		case MH_CAT_INTENT:
			/* a place named as where one is now ("standing on
			 * the bridge") counts as a time, as "tonight" does;
			 * one found from its parts (danger_parts: "at the
			 * car park", "a blade in hand") is high, not yet the act */
			if ((cue->flags & (MH_CUE_AMBIG | MH_CUE_TIME)) &&
			    (si_any || dist_here || dist > 0 || ps_here ||
			        ps_conv || in_conv || grand))
				raise_to(o,
				    (cue->flags & MH_CUE_TIME) &&
				            !(cue->flags & MH_CUE_DANGER)
				        ? MH_RISK_IMMINENT
				        : MH_RISK_HIGH,
				    why);
			/* two hints, one of them a time ("made my mind up",
			 * "tonight I'm doing it"), are as strong as three */
			if ((cue->flags & MH_CUE_HINT) && ambigs >= 2)
				raise_to(o,
				    ambigs >= 3 || timed ? MH_RISK_HIGH
				                         : MH_RISK_MODERATE,
				    CTX_COOCCUR);
			/* and three with a time ("sorry for everything ... by
			 * the time you read this ... I'll be gone") are the
			 * act under way */
			if ((cue->flags & MH_CUE_HINT) && ambigs >= 3 && timed)
				raise_to(o, MH_RISK_IMMINENT, CTX_PLAN);
			/* the parts of a danger in two sentences: "I'm on the
			 * roof. gonna jump" */
			if ((o->cue == s->danger_cue[MH_DANGER_HEIGHT] ||
			        o->cue == s->danger_cue[MH_DANGER_ACT]) &&
			    f->height && f->act)
				raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			if (o->risk >= MH_RISK_HIGH &&
			    (si_any || intents >= 2 || (o->ctx & CTX_NOW)))
				raise_to(o, MH_RISK_IMMINENT, CTX_PLAN);
			break;
		case MH_CAT_SUICIDAL:
			/* "wish I could just sleep", "the only way out";
			 * "be with him again" after "my dad died" */
			if ((cue->flags & MH_CUE_AMBIG) &&
			    (ctx_here || ctx_conv ||
			        ((cue->flags & MH_CUE_GRIEF) && loss)))
				raise_to(o, MH_RISK_MODERATE,
				    ctx_here || ctx_conv ? why : CTX_DISTRESS);
			if (o->risk >= MH_RISK_MODERATE &&
			    (f->level[F_INTENT] >= MH_RISK_HIGH || in_conv))
				raise_to(o, MH_RISK_IMMINENT, CTX_PLAN);
			if (o->risk >= MH_RISK_HIGH && (o->ctx & CTX_NOW))
				raise_to(o, MH_RISK_IMMINENT, CTX_PLAN);
			if (o->risk >= MH_RISK_MODERATE && other_mod)
				raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			break;
		case MH_CAT_SELF_HARM:
			if ((cue->flags & MH_CUE_AMBIG) && (sh_here || sh_conv))
				raise_to(o, MH_RISK_HIGH, why);
			/* a wound with a body in danger ("so much blood",
			 * "I feel faint"): now */
			if (o->risk >= MH_RISK_HIGH && current(o) && f->body)
				raise_to(o, MH_RISK_IMMINENT, CTX_COOCCUR);
			break;
		case MH_CAT_PSYCHOSIS:
			if ((cue->flags & MH_CUE_AMBIG) &&
			    maxi(ps_here, ps_conv) >= MH_RISK_MODERATE)
				raise_to(o,
				    (cue->flags & MH_CUE_COMMAND)
				        ? MH_RISK_HIGH
				        : MH_RISK_MODERATE,
				    why);
			/* a delusion with another risk in the same message
			 * ("the food might be tampered with ... stopped
			 * eating"), or with a reckless act or stopped
			 * medication ("God speaks to me ... flushed my
			 * Seroquel"): it is being acted on */
			if (o->risk >= MH_RISK_MODERATE && current(o) &&
			    ((f->mod &
			         ~(1u << MH_CAT_PSYCHOSIS |
			             1u << MH_CAT_DISTRESS)) ||
			        f->level[F_RECK] || dist_here))
				raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			/* a voice that orders, obeyed now */
			if ((cue->flags & MH_CUE_COMMAND) &&
			    o->risk >= MH_RISK_HIGH && current(o) &&
			    (o->ctx & CTX_NOW))
				raise_to(o, MH_RISK_IMMINENT, CTX_PLAN);
			if (o->risk >= MH_RISK_HIGH && current(o) && f->body)
				raise_to(o, MH_RISK_IMMINENT, CTX_COOCCUR);
			break;
		case MH_CAT_EATING:
			/* purging or starving with fainting, chest pain, a
			 * racing heart: a medical emergency; two such signs,
			 * now */
			if (current(o) && f->body &&
			    (f->body >= 2 || !(cue->flags & MH_CUE_AMBIG)))
				raise_to(o,
				    f->body >= 2 ? MH_RISK_IMMINENT
				                 : MH_RISK_HIGH,
				    CTX_COOCCUR);
			break;
		case MH_CAT_SUBSTANCE:
			/* an overdose taken, and the body shows it */
			if (current(o) && o->risk >= MH_RISK_MODERATE &&
			    f->body)
				raise_to(o, MH_RISK_IMMINENT, CTX_COOCCUR);
			break;
		case MH_CAT_ABUSE:
			if ((cue->flags & MH_CUE_AMBIG) &&
			    maxi(ps_here, ps_conv) >= MH_RISK_MODERATE)
				raise_to(o, MH_RISK_MODERATE, why);
			/* hiding, or someone at the door, beside a threat
			 * ("screaming he's going to kill me ... hiding in
			 * the bathroom"), or three such parts: the danger is
			 * now; two parts are a danger */
			if ((cue->flags & MH_CUE_AMBIG) && current(o) &&
			    !(o->ctx & CTX_HUMOUR)) {
				if (f->danger || f->parts >= 3)
					raise_to(o, MH_RISK_IMMINENT,
					    CTX_COOCCUR);
				else if (f->parts == 2)
					raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			}
			break;
		case MH_CAT_OTHERS:
			/* using someone's illness, delusions or fears
			 * against them */
			if ((cue->flags & MH_CUE_EXPLOIT) && f->illness)
				raise_to(o, MH_RISK_MODERATE, CTX_COOCCUR);
			/* a threat beside a delusion or a voice ("my
			 * flatmate is an impostor ... the kitchen knives") */
			if (o->risk >= MH_RISK_MODERATE &&
			    !(cue->flags & MH_CUE_EXPLOIT) &&
			    (f->psychosis || ps_conv >= MH_RISK_MODERATE ||
			        f->others >= 2))
				raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			/* a threat in everyday words beside a delusion, or
			 * beside a plain threat ("make them pay ... bring
			 * something to that office") */
			if ((cue->flags & MH_CUE_AMBIG) &&
			    !(cue->flags & MH_CUE_EXPLOIT) && current(o) &&
			    ((f->psychosis && ps_here >= MH_RISK_MODERATE) ||
			        (f->others >= 2 && other_mod)))
				raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
			/* two threats, one of them with a time ("going to
			 * kill him when he gets home tonight ... the knife
			 * ready"): now */
			if (o->risk >= MH_RISK_HIGH && current(o) &&
			    f->others >= 2 && (o->ctx & CTX_NOW))
				raise_to(o, MH_RISK_IMMINENT, CTX_PLAN);
			break;
		case MH_CAT_MANIA:
			if (sleep && reck)
				raise_to(o, MH_RISK_HIGH, why);
			else if (sleep && grand)
				raise_to(o, MH_RISK_MODERATE, why);
			else if (f->level[F_GRAND] && f->level[F_RECK])
				/* grandiosity with a dangerous plan in one
				 * message ("I can fly, I'll test it off the
				 * roof"); across turns of a long talk these
				 * are everyday (skydiving, a won match) */
				raise_to(o, MH_RISK_MODERATE, CTX_COOCCUR);
			break;
		case MH_CAT_OCD:
			if (comp && burden)
				raise_to(o, MH_RISK_MODERATE, why);
			break;
		case MH_CAT_DISTRESS:
			if (dist >= 3 && !(cue->flags & MH_CUE_GRIEF))
				raise_to(o, MH_RISK_MODERATE, why);
			break;
		default: break;
		}
		/* another risk beside suicidal ideation */
		if (cue->cat != MH_CAT_SUICIDAL && cue->cat != MH_CAT_INTENT &&
		    cue->cat != MH_CAT_DISTRESS && cue->cat != MH_CAT_MEANS &&
		    o->risk >= MH_RISK_MODERATE && si_any)
			raise_to(o, MH_RISK_HIGH, CTX_COOCCUR);
	}
}

/* Note distress id (a cue's index + 1) as seen on this turn, in its
 * slot or the oldest. */
static void
note_distress(struct conv *c, int id)
{
	int k, slot = 0;

	for (k = 0; k < DISTRESS_IDS; k++) {
		if (c->distress[k] == id)
			break;
		if (c->distress_turn[k] < c->distress_turn[slot])
			slot = k;
	}
	if (k == DISTRESS_IDS)
		k = slot;
	c->distress[k] = id;
	c->distress_turn[k] = c->turn;
}

/* Remember this record's facts in the conversation. */
static void
remember(struct mh_screener *s, struct conv *c, const struct sheet *sh)
{
	struct facts f;
	int k;
	size_t i;

	gather(s, &f);
	f.level[F_SI] = maxi(f.level[F_SI], sh->si);
	c->turn++;
	for (k = 0; k < F_NFACTS; k++)
		if (f.level[k] > 0) {
			c->f[k].level = (unsigned char)f.level[k];
			c->f[k].turn = c->turn;
		}
	if (f.first_intent >= 0)
		c->intent_cue = f.first_intent;
	if (f.first_ambig >= 0) {
		c->ambig_cue = f.first_ambig;
		c->ambig_turn = c->turn;
	}
	if (f.loss)
		c->loss_turn = c->turn;
	for (i = 0; i < s->nocc; i++) {
		const struct occ *o = &s->occ[i];

		if (s->cues[o->cue].cat != MH_CAT_DISTRESS || !current(o) ||
		    (o->ctx & CTX_OLDLOSS))
			continue;
		note_distress(c, o->cue + 1);
	}
	/* a severe questionnaire band is distress for the turns after it,
	 * as a loss told in words is (id: one past the last cue) */
	if (sh->distress >= MH_RISK_MODERATE)
		note_distress(c, (int)s->ncues + 1);
}

/* ---- the screen object ---- */

/* Copy n bytes to o; returns the end. */
static char *
put(char *o, const char *src, size_t n)
{
	memcpy(o, src, n);
	return o + n;
}

#define PUT_LIT(o, lit) put((o), "" lit, sizeof(lit) - 1)

/* Write a number in decimal at o (snprintf is the slowest part
 * otherwise); returns the end. */
static char *
put_num(char *o, size_t v)
{
	char d[24];
	size_t i = sizeof d;

	do
		d[--i] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	return put(o, d + i, sizeof d - i);
}

/* The most bytes a piece of evidence takes besides its cue's phrase: the
 * field names, two numbers of 20 digits and every context name (188). */
#define EVIDENCE_MAX 256

/* Append one piece of cue evidence.  Most records with a cue write one
 * or two: room for the whole is made once, not field by field. */
static int
evidence_out(const struct mh_screener *s, const struct occ *o,
    struct mh_buf *out)
{
	unsigned m = o->ctx & ((1u << CTX_NCTX) - 1);
	char *p;

	if (mh_buf_reserve(out, EVIDENCE_MAX + s->cuelen[o->cue]) < 0)
		return -1;
	p = PUT_LIT(out->p + out->len, "{\"start\":");
	p = put_num(p, s->folded ? mh_fold_back(&s->fold, o->start) : o->start);
	p = PUT_LIT(p, ",\"end\":");
	p = put_num(p, s->folded ? mh_fold_back(&s->fold, o->end) : o->end);
	p = PUT_LIT(p, ",\"cue\":\"");
	p = put(p, s->cues[o->cue].phrase, s->cuelen[o->cue]);
	*p++ = '"';
	if (m != 0) {
		char sep = '[';

		p = PUT_LIT(p, ",\"context\":");
		for (; m != 0; m &= m - 1) {
			int k = __builtin_ctz(m);

			*p++ = sep;
			p = put(p, ctx_json[k].s, ctx_json[k].n);
			sep = ',';
		}
		*p++ = ']';
	}
	*p++ = '}';
	*p = '\0';
	out->len = (size_t)(p - out->p);
	return 0;
}

/* Append worksheet evidence: {"source":"worksheet",what:value}. */
static int
sheet_out(const char *what, const char *value, struct mh_buf *out)
{
	if (ADD_LIT(out, "{\"source\":\"worksheet\",\"") < 0 ||
	    mh_buf_adds(out, what) < 0 || ADD_LIT(out, "\":") < 0 ||
	    mh_json_quote(out, value, strlen(value)) < 0)
		return -1;
	return mh_buf_addc(out, '}');
}

/* Store each category's level, with a bit in *present for each above
 * none; returns the overall risk. */
static int
category_levels(const struct mh_screener *s, const struct sheet *sh,
    int level[MH_CAT_COUNT], unsigned *present)
{
	int cat, overall = maxi(sh->si, sh->distress);
	size_t i;

	memset(level, 0, MH_CAT_COUNT * sizeof level[0]);
	*present = 0;
	for (i = 0; i < s->nocc; i++) {
		int lv = s->occ[i].risk;

		cat = s->cues[s->occ[i].cue].cat;
		level[cat] = maxi(level[cat], lv);
		overall = maxi(overall, lv);
		if (lv != MH_RISK_NONE)
			*present |= 1u << cat;
	}
	level[MH_CAT_SUICIDAL] = maxi(level[MH_CAT_SUICIDAL], sh->si);
	level[MH_CAT_DISTRESS] = maxi(level[MH_CAT_DISTRESS], sh->distress);
	if (sh->si != MH_RISK_NONE)
		*present |= 1u << MH_CAT_SUICIDAL;
	if (sh->distress != MH_RISK_NONE)
		*present |= 1u << MH_CAT_DISTRESS;
	return overall;
}

/* Append the categories array, from category_levels. */
static int
categories_out(const struct mh_screener *s, const struct sheet *sh,
    const int level[MH_CAT_COUNT], unsigned present, struct mh_buf *out)
{
	int cat, k, firstcat = 1;
	size_t i;

	if (mh_buf_addc(out, '[') < 0)
		return -1;
	for (; present != 0; present &= present - 1) {
		int n = 0;

		cat = __builtin_ctz(present);
		if ((!firstcat && mh_buf_addc(out, ',') < 0) ||
		    mh_buf_add(out, s->cathead[cat][level[cat]],
		        s->catheadlen[cat][level[cat]]) < 0)
			return -1;
		firstcat = 0;
		/* the riskiest evidence first, then in text order */
		for (k = MH_RISK_IMMINENT; k > MH_RISK_NONE; k--)
			for (i = 0; i < s->nocc && n < MAX_EVIDENCE; i++) {
				const struct occ *o = &s->occ[i];

				if (s->cues[o->cue].cat != cat || o->risk != k)
					continue;
				if ((n++ > 0 && mh_buf_addc(out, ',') < 0) ||
				    evidence_out(s, o, out) < 0)
					return -1;
			}
		if (cat == MH_CAT_SUICIDAL)
			for (k = 0; k < sh->nflags; k++)
				if ((n++ > 0 && mh_buf_addc(out, ',') < 0) ||
				    sheet_out("flag", sh->flags[k], out) < 0)
					return -1;
		if (cat == MH_CAT_DISTRESS && sh->distress > 0 &&
		    ((n++ > 0 && mh_buf_addc(out, ',') < 0) ||
		        sheet_out("severity", sh->severity, out) < 0))
			return -1;
		if (ADD_LIT(out, "]}") < 0)
			return -1;
	}
	return mh_buf_addc(out, ']');
}

/* Is this a record mh-worksheet wrote: a "worksheet" object naming its
 * template?  Any other "worksheet" member (null, a string, {}) is not,
 * and must not turn the second opinion off. */
static int
from_worksheet(const json_t *ws)
{
	return json_is_object(ws) &&
	    json_is_string(json_object_get(ws, "name"));
}

/* Does the second opinion ask for the crisis response for this text:
 * its probability at or above the model's crisis threshold, and no word
 * of support for someone else, fiction or recovery anywhere in the
 * text?  The markers are read again over the whole text
 * here, as the rules read them only beside a cue; this is rare. */
static int
model_crisis(struct mh_screener *s, const char *text, size_t len,
    const struct rec *r)
{
	struct mh_token tok[MH_LEXICON_MAX_SENTENCE];
	struct mh_match m[MH_LEXICON_MAX_SENTENCE];
	double c = mh_model_crisis(s->model);
	unsigned marks = 0;
	size_t pos = 0, nt;

	/* fiction or recovery seen beside a cue already: no need to read
	 * the text again */
	if (c <= 0 || r->fiction || r->recovered ||
	    mh_model_prob(s->model, s->msc, NULL, NULL) < c)
		return 0;
	while ((nt = mh_lexicon_read(s->cuelex, text, len, &pos, tok)) > 0) {
		size_t nm;

		nm = mh_lexicon_matches(s->marklex, tok, nt, m);
		for (size_t x = 0; x < nm; x++)
			marks |= s->markmask[m[x].id];
	}
	/* not MH_MK_PROTECT: its "stop" is also "don't try to stop me" */
	return (marks &
	           (1u << MH_MK_SUPPORT | 1u << MH_MK_FICTION |
	               1u << MH_MK_RECOVERED)) == 0;
}

void
mh_screen_next_clean(struct mh_screener *s)
{
	s->clean_next = 1;
}

int
mh_screen_text_raw(struct mh_screener *s, const char *text, size_t len,
    const char *conversation, const json_t *worksheet, struct mh_buf *out,
    enum mh_screen_risk *risk)
{
	struct mh_token tok[MH_LEXICON_MAX_SENTENCE];
	struct rec r = {0};
	struct facts f;
	struct sheet sh;
	struct conv *c;
	size_t pos = 0, nt, mark = out->len, ma = 0, mb = 0;
	int overall, level[MH_CAT_COUNT], scored, possible;
	unsigned present;
	enum mh_screen_action act;

	/* a text that folds is read folded, as written in ASCII; a clean
	 * one has nothing to fold */
	if (s->clean_next) {
		s->clean_next = 0;
		s->folded = 0;
	} else if (read_folded(s, &text, &len) == -1)
		return -1;
	c = conv_get(s, conversation);
	if (c == NULL)
		return -1;
	s->nocc = 0;
	s->occ_next = MAX_OCC; /* occ_low unknown */
	/* the second opinion reads chat messages, what it learned from:
	 * not documents, nor a worksheet's headings and answers (a safety
	 * plan is full of the words of crisis, by design) */
	scored = s->model != NULL && text != NULL && len <= MODEL_MAX_TEXT &&
	    !from_worksheet(worksheet);
	if (scored)
		mh_model_begin(s->msc);
	if (text != NULL)
		while ((nt = mh_lexicon_read(s->cuelex, text, len, &pos, tok)) >
		    0) {
			if (scored)
				mh_model_sentence(s->model, tok, nt, s->msc);
			if (scan_sentence(s, text, tok, nt, &r) < 0)
				goto nomem;
		}
	possible = scored && mh_model_reaches(s->model, s->msc, &ma, &mb);
	read_worksheet(worksheet, &sh);
	if (s->nocc == 0 && sh.si == 0 && sh.distress == 0 && !possible) {
		/* Nothing found: what the passes below would write and
		 * remember, without them (no cue to weigh, no fact to keep,
		 * only the turn to count). */
		if (mh_buf_add(out, s->none, s->nonelen) < 0)
			goto nomem;
		c->turn++;
		if (risk != NULL)
			*risk = MH_RISK_NONE;
		return 0;
	}
	discount(s, &r);
	gather(s, &f);
	f.illness = r.illness;
	f.body = r.fiction ? 0 : r.body;
	escalate(s, c, &f, &sh);
	overall = category_levels(s, &sh, level, &present);
	/* The second opinion asks for caution only where the rules found
	 * less: it is a statistical reading of the words, right on most
	 * crisis messages no rule names and wrong on a few everyday ones
	 * (README).  Where it is all but sure, and the words say nothing of
	 * helping someone else, fiction or recovery, it asks for the crisis
	 * response: the rules miss most of what strangers write at that
	 * level (README), and there a caution would send the message on to
	 * a model.  That too where the rules found only a caution (of
	 * intent: "I'm sitting on the ledge of my balcony writing this"; of
	 * abuse: "takes my phone and won't let me see my friends ... pushed
	 * me down the stairs"); a passive wish they read as moderate stays
	 * theirs, and so does a delusion: a model is asked with guidance
	 * for it, and its reply screened for collusion. */
	if (possible && s->model_cue >= 0 &&
	    (overall < MH_RISK_MODERATE ||
	        (overall == MH_RISK_MODERATE &&
	            level[MH_CAT_SUICIDAL] < MH_RISK_MODERATE &&
	            level[MH_CAT_PSYCHOSIS] < MH_RISK_MODERATE))) {
		int sure = model_crisis(s, text, len, &r);

		if (overall < MH_RISK_MODERATE || sure) {
			if (add_occ(s, ma, mb, s->model_cue, 0) < 0)
				goto nomem;
			if (sure)
				s->occ[s->nocc - 1].risk = MH_RISK_HIGH;
			overall = category_levels(s, &sh, level, &present);
		}
	}
	act = action_for(overall);
	if (mh_buf_add(out, s->head[overall], s->headlen[overall]) < 0 ||
	    categories_out(s, &sh, level, present, out) < 0)
		goto nomem;
	if (act == MH_ACTION_CRISIS) {
		if (s->resraw == NULL) {
			json_t *rj = mh_resources_json(s->res, s->cc);

			s->resraw = rj ? json_dumps(rj, JSON_COMPACT) : NULL;
			json_decref(rj);
			if (s->resraw == NULL)
				goto nomem;
			s->resrawlen = strlen(s->resraw);
		}
		if (ADD_LIT(out, ",\"resources\":") < 0 ||
		    mh_buf_add(out, s->resraw, s->resrawlen) < 0)
			goto nomem;
	}
	if (mh_buf_addc(out, '}') < 0)
		goto nomem;
	remember(s, c, &sh);
	if (risk != NULL)
		*risk = (enum mh_screen_risk)overall;
	return 0;
nomem:
	out->len = mark;
	if (out->p != NULL)
		out->p[mark] = '\0';
	errno = ENOMEM;
	return -1;
}

json_t *
mh_screen_text(struct mh_screener *s, const char *text, size_t len,
    const char *conversation, const json_t *worksheet,
    enum mh_screen_action *action)
{
	struct mh_buf b = {0};
	json_t *j;
	char err[200];
	enum mh_screen_risk r;

	if (mh_screen_text_raw(s, text, len, conversation, worksheet, &b, &r) <
	    0) {
		mh_buf_free(&b);
		return NULL;
	}
	if (action != NULL)
		*action = action_for(r);
	j = mh_json_parse(b.p, b.len, err, sizeof err);
	mh_buf_free(&b);
	if (j == NULL)
		errno = ENOMEM;
	return j;
}
