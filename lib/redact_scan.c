/* redact_scan: tokenizer and identifier rules.  See redact_scan.h.
 *
 * The text is cut into tokens once; then one left-to-right walk over the
 * tokens tries, at each token, the rules that can start there (chosen by
 * the token's kind and its word-table flags) and emits at most one span
 * per position.  Rules look a few tokens back (titles, cue words) and
 * ahead (surnames, street words, years), never more than a small bound,
 * so the whole scan stays linear. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "redact_scan.h"
#include "fold.h"
#include "util.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { T_WORD, T_NUM, T_ALNUM, T_SPACE, T_PUNCT, T_POSS };
_Static_assert(T_WORD == 0, "a cleared token is of kind T_WORD (tokenize())");

/* Keyword table bounds: KW_SLOTS a power of two well above KW_MAX;
 * KW_LONGEST the longest keyword in bytes.  The lists hold 1,633
 * words (KW_MAX was 1536 until four sets of new rules passed it
 * at once); past KW_MAX mh_scan_new() fails with EINVAL, every tool
 * says so at start-up and every test fails with it. */
enum {
	KW_MAX = 2048,
	PHRASES_MAX = 320, /* lands[], famous[], bodies[] together */
	PHRASE_WORDS = 7,  /* the most words of one of them */
	/* in phrase_kw[], the bit of a word written with its 's
	 * ("grey's"), which the phrase takes only with it; the id below;
	 * and "&", which is no word and has no id */
	PHRASE_POSS = 0x8000,
	PHRASE_AMP = 0x4000,
	PHRASE_ID = 0x3FFF,
	KW_SLOTS = 4096,
	KW_LONGEST = 15 /* < 16: kw_key() */
};

/* A token is the bytes from its s to the next token's s: the tokens
 * tile the window, and one more token after the last (tokenize()) holds
 * the window's end, so no token keeps its end (tend()).  A blank run is
 * one token: no two blanks are neighbours (prev_tok()).  32 bytes: s;
 * then the 16 bytes from flags to kind, all that tokenize()'s usual
 * word takes from its image in one copy (tok_from_img()), looked but
 * for the bits the tokens around it cut; then nums and the members no
 * such word has.  nletter and nupper lay among those, and each took a
 * store of its own: 0.7 M of rb.txt's instructions. */
struct tok {
	size_t s;
	unsigned flags;        /* word-table flags as flags() gives them */
	unsigned full;         /* all the word-table flags (fullflags()) */
	unsigned short kw;     /* keyword id (KW_*), 0 for none: set for
				  every token once the text is cut
				  (look_words()) */
	unsigned char cap;     /* first letter upper case */
	unsigned char allcap;  /* every letter upper case */
	unsigned char nletter; /* letters (saturating) */
	unsigned char nupper;  /* upper-case letters (saturating) */
	unsigned char looked;  /* LOOK_* bits: which of flags, full hold */
	unsigned char kind;    /* T_* */
	unsigned short nums;   /* number tokens up to this one, modulo 2^16:
				  the difference of two near tokens' counts
				  is the count between them */
	unsigned char nl;      /* a blank run holding a newline */
	unsigned char ndigit;  /* digits (saturating) */
	unsigned char hyphen;  /* a word joined by '-' */
	unsigned char contr;   /* a contraction: I'm, don't, they're */
	unsigned char joined;  /* a '-' or '\'' inside: the only bytes of a
				  word token that are not word bytes */
	unsigned char mark;    /* MARK_GAP for a blank run of one or two
				  bytes without a newline (tok_gap()); a
				  one-byte punctuation token's byte from
				  '!' to '~' (tok_punct()); else 0 */
};

/* The tokenizer's byte classes (mh_scanner's cls). */
enum {
	B_SPACE = 1,  /* a blank: is_space() */
	B_WORD = 2,   /* an ASCII letter, digit or '_' */
	B_ENDS = 4,   /* ASCII and neither word byte nor joiner ('-', '\''):
			ends a word where it stands */
	B_RULE = 8,   /* after a word, may start a rule at it: '@', '.', ':',
			'\'', '-', '+', '_', '%', '#' (walk()) */
	B_MARK = 16,  /* '!' to '~': a punctuation token's mark */
	B_NOCTX = 32, /* as punctuation, no name context for a word after
			 it (lower_name_context()): all but '.', ',' and '&' */
	B_PASS = 64,  /* as punctuation, passed by walk() with nothing to
			 do: all but '[', '<', '{' (a placeholder's start),
			 '@' (a handle's), '+', '(' (a phone number's) and
			 '#' (an ID's cue) */
	B_WB = 128    /* mh_scan_wordbyte(): B_WORD or from 0x80 */
};

/* tok_is(), tok_in(), tok_punct(), tok_gap(), flags() and fullflags()
 * read the token they are asked about without testing that there is
 * one, for they are asked about every word many times over.  The rules
 * ask them a few tokens past the last (seven at most, match_ipv4()),
 * and of SIZE_MAX, which prev_word() and others return for none: so
 * TOK_PAD tokens follow the end token (tokenize()), and one more comes
 * before the first, read as token SIZE_MAX (tok_at()).  All are zero
 * tokens but for s and looked, which none of those tests takes: kw 0 is no
 * keyword and in no list, mark 0 neither punctuation nor a gap, and the
 * flags are none and looked up (LOOK_FULL). */
enum { TOK_PAD = 8 };

/* No punctuation token is a blank. */
enum { MARK_GAP = ' ' };
_Static_assert(sizeof(size_t) != 8 || sizeof(struct tok) == 32,
    "a token is 32 bytes on 64-bit targets");

/* The end byte of token t: where the next one starts. */
static inline size_t
tend(const struct tok *t)
{
	return t[1].s;
}

/* What the keyword table and the word table say of a word (see
 * word_look()); LOOK_* bits in have say which of cue and full hold.
 * A token's looked holds two more, which tokenize() sets on the tokens
 * of its vector step, on the words of tok_rest() of up to KW_LONGEST
 * bytes, on punctuation and on the other tokens that are no word
 * (tok_rest()), and look_words() clears with the rest in a text with no
 * capitals:
 *  - LOOK_NOCTX: no name context for a lower-case word after it (what
 *    lower_name_context() asks of the token before the word);
 *  - LOOK_QUIET: a lower-case word that walk() passes on its fast path
 *    (plain_lower() and no name context before it), or punctuation or
 *    a possessive it passes (B_PASS, tok_rest()), known at once; and
 *    every blank, which walk() passes too.
 * Both are shortcuts: a token without them takes the full tests. */
enum { LOOK_FLAGS = 1, LOOK_FULL = 2, LOOK_NOCTX = 4, LOOK_QUIET = 8 };
/* B_NOCTX and B_PASS are LOOK_NOCTX and LOOK_QUIET times B_LOOK: a
 * punctuation byte's class gives its token's looked by one shift */
enum { B_LOOK = 8 };
_Static_assert(B_NOCTX == LOOK_NOCTX * B_LOOK && B_PASS == LOOK_QUIET * B_LOOK,
    "the byte classes B_NOCTX and B_PASS shifted are LOOK_* bits");
/* MEMO_SLOTS is a power of two.  A text of a few thousand distinct words
 * thrashed 4096 direct-mapped slots: most of the probes that missed
 * were words evicted by another; 16384 slots (512 KiB, touched only
 * where words land), in sets of two (memo_probe()), kept most of them.
 * Yet rb.txt's 4.7 K distinct words still missed the first way of
 * their set on 8% of the probes, and 3 K were taken again after their
 * set's third word pushed them out: 32768 slots (1 MiB) halve the
 * sets' sharing, 0.8 M of rb.txt's instructions, and the time of the
 * bench corpus falls by 3%.  65536 were no faster on it, and slower on
 * rb.txt's 2 MB, which faults in their pages.  Since, the word images
 * (IMG_SLOTS) take those slots' place and size in front of the memo,
 * which now holds the words whose image was pushed out, tok_joined()'s
 * and tok_rest()'s words and the rules' asking: 8192 slots (256 KiB),
 * so that the two fault in few more pages than the memo alone did. */
enum { MEMO_SLOTS = 8192 };
/* In a memo entry's have, beside LOOK_FLAGS (cue, quiet) and LOOK_FULL
 * (full, quiet_full): full alone (memo_fill()) */
enum { MEMO_WORD = 4 };
struct word_memo {
	uint64_t k[2]; /* the word's key (kw_key()); zero when empty */
	unsigned cue;  /* mh_names_lookup_cue() */
	unsigned short kw;
	unsigned char have;
	/* LOOK_NOCTX and LOOK_QUIET of a lower-case word with the key, as
	 * far as they depend on the word alone: with cue (memo_quiet());
	 * and LOOK_NOCTX of a capitalised one, with full */
	unsigned char quiet;
	unsigned full;          /* mh_names_lookup() */
	unsigned short kw_full; /* kw again, after full */
	unsigned char quiet_full;
};
/* A memo entry's cue and kw lie as its full and kw_full do: a token
 * takes one pair or the other by the address alone (memo_copied()) */
_Static_assert(offsetof(struct word_memo, kw) ==
            offsetof(struct word_memo, cue) + 4 &&
        offsetof(struct word_memo, kw_full) ==
            offsetof(struct word_memo, full) + 4,
    "a memo entry's cue and kw, and full and kw_full, are neighbours");

/* The word images: what a word of tokenize()'s vector step (ASCII
 * letters alone, at most KW_LONGEST) makes of its token, by the word's
 * bytes as they are, in sets of two as the word memo's (img_set()); and
 * of tok_joined()'s words, with joiners, whose keys are others.
 * The word memo is keyed by the bytes with case folded, and a token took
 * from it and from its bytes' case, by arithmetic, its flags, full, cap,
 * allcap, nupper and the LOOK_* bits the word alone gives: 58
 * instructions a word.  Keyed by the bytes as they are, all of them are
 * the word's alone, and one 16-byte copy gives most (tok_from_img()), in
 * 38: 4.5 M fewer of rb.txt's instructions (rb.txt's 4.5 K words with
 * case folded are 5.0 K as they are).  An entry is IMG_WORDS words of
 * 64 bits: the key as kw_key() makes it but for the folding, zero when
 * empty; then the token's 16 bytes from flags to kind (struct tok), but
 * that looked holds the LOOK_* bits that the word alone gives
 * (IMG_LOOKED: LOOK_FLAGS, LOOK_FULL and the word memo's quiet bits,
 * which word_quiet() then cuts by the words around it).  32768 entries,
 * 1 MiB, as the word memo had (MEMO_SLOTS): 16384 missed the first
 * image of the set three times as often (24 K of rb.txt's 280 K words,
 * 16 K with 32768), each a mispredict and the memo's probe, and the
 * bench corpus took 1% more time. */
enum { IMG_SLOTS = 32768 /* a power of two */, IMG_WORDS = 4 };

/* The answers for a word longer than a memo key (KW_LONGEST) and of at
 * most LONG_WORD bytes: such words are few, but the same few come again
 * and again ("contraindications"), and the word table reads each slowly.
 * Keyed by the bytes folded as kw_key() folds them; len 0 when empty. */
enum { LONG_SLOTS = 64 /* a power of two */, LONG_WORD = 31 };
struct long_memo {
	unsigned char w[LONG_WORD];
	unsigned char len;
	unsigned ans[2];    /* mh_names_lookup_cue(), mh_names_lookup() */
	unsigned char have; /* LOOK_FLAGS, LOOK_FULL: which of ans hold */
};

/* hyphen_rel()'s answer for the word with key k (kw_key()), read under
 * the word table's generation gen; k zero when empty.  One word makes
 * most of the calls ("34-year-old", asked once for each word after it),
 * and each call is two lookups of bytes put together. */
enum { HREL_SLOTS = 32 /* a power of two */ };
struct hrel_memo {
	uint64_t k[2];
	unsigned long gen;
	int rel;
};

/* The most speakers' labels one window's find_labels() keeps. */
enum { LABELS_MAX = 8 };

struct mh_scanner {
	/* the answers for recent words, in sets of two by the hash of
	 * their key; first, where an entry's address is the scanner's plus
	 * its offset alone */
	struct word_memo memo[MEMO_SLOTS];
	const struct mh_names *nm;
	const char *s;
	size_t n;
	struct tok *t;
	size_t nt, capt;
	struct mh_scan_span *sp;
	size_t nsp, capsp;
	size_t start;  /* the window being read: bytes start to n */
	int lowertext; /* the text has no upper-case letter at all */
	/* the text is written in capitals (shouting), three words or more:
	 * -1 until upper_text() is asked */
	int uppertext;
	int zip5;     /* the window has a number token of five digits */
	int cue_type; /* type announced by the last cue word, or -1 */
	size_t cue_tok;
	size_t mail_b, mail_e; /* the last e-mail local-part run read */
	/* the town town_at() found at or after the lower-case word
	 * town_tok (SIZE_MAX for none), for word_rules() to take */
	size_t town_tok, town_start, town_end;
	/* the last platform word read ("snapchat"), SIZE_MAX for none:
	 * a handle's shape after it is one (platform_handle()) */
	size_t platform_tok;
	/* the tokens of the towns of one word taken in the window that
	 * may be named again (note_town()): "we're in Ipswich not
	 * Brisbane, Ipswich is worse" */
	size_t town_seen[4];
	unsigned ntown_seen;
	/* the tokens of the names listed after a relation in the plural
	 * (rel_list_name()): the first and the last name, or 1 and 0 */
	size_t list_lo, list_hi;
	/* the speakers' labels of a chat's export in the window ("Will:
	 * are u coming Grace: cant", chat_label()): the token of each
	 * one's first label, and how many; -1 until asked (label_names()
	 * sets it back after the window) */
	int nlabels;
	size_t label_tok[LABELS_MAX];
	/* a word in lower case before ':' in the window, for low_labels() */
	int low_colon;
	/* the last prev_word() answer: the token asked about (SIZE_MAX
	 * for none) and the answer; the rules at a capitalised word ask it
	 * of the same token several times */
	size_t pw_of, pw;
	struct mh_fold fold; /* the last text folded (mh_scan_text()) */
	/* while the walk reads a folded copy, the text it was folded
	 * from, else NULL: handle_after() asks it whether a blank was a
	 * handle's '_' */
	const char *raw;
	/* the keywords: id 0 is no keyword; kw_slot is an open-addressed
	 * hash table of ids by the word's bytes */
	uint64_t kw_key[KW_MAX][2]; /* the word's bytes (kw_key()) */
	uint64_t kw_sets[KW_MAX];
	uint32_t kw_sets2[KW_MAX];   /* the second word of bits (KW2_) */
	signed char kw_cue[KW_MAX];  /* the type a KW_IDCUE word announces */
	uint16_t keep_first[16];     /* crisis_keep_index() */
	unsigned char keep_at[17];   /* the same: where each length starts */
	uint32_t ending_by_last[26]; /* street_endings by last letter, bits */
	unsigned short kw_slot[KW_SLOTS];
	size_t nkw;
	/* B_* classes of every byte value: one load for each of the
	 * tokenizer's tests of a byte, where the tests took up to six
	 * compares */
	unsigned char cls[256];
	/* the answers for long words, direct-mapped by the hash of their
	 * bytes */
	struct long_memo long_memo[LONG_SLOTS];
	/* the word table's generation the memos' answers were read under,
	 * and where the table keeps its own (mh_names_generation_at()):
	 * read before every text there in four instructions, where the
	 * call of mh_names_generation() took seven (callgrind: blk40.txt,
	 * 102 K records, 0.31 M) */
	unsigned long memo_gen;
	const unsigned long *gen_at;
	/* hyphen_rel()'s answers for recent joined words, direct-mapped by
	 * the hash of their key */
	struct hrel_memo hrel[HREL_SLOTS];
	/* the keyword ids of the words of lands[], then of famous[] and
	 * bodies[] (kw_build()), with PHRASE_POSS or PHRASE_AMP
	 * (phrase_word_add()), 0 past an entry's last word: phrase_at()
	 * compares a token's id with them, where it compared bytes (2 M
	 * of rb.txt's instructions, at the "New" of every "New York") */
	unsigned short phrase_kw[PHRASES_MAX][PHRASE_WORDS];
	/* by a first word's keyword id, 1 + the index in phrase_kw of the
	 * first entry it starts, else 0: the entries a word starts are
	 * neighbours (kw_build() checks), and a first name that starts one
	 * ("William Shakespeare") is compared with those alone */
	unsigned short phrase_first[KW_MAX];
	/* clinical_ends[]' last four letters (tail4()), in order */
	uint32_t clinical_tail[64];
	/* the same, as bits of a one-line filter (clinical_bit()): a word
	 * whose bit is clear has none of the endings */
	uint64_t clinical_bits[8];
	/* the word images (IMG_SLOTS): img is the first 64-byte boundary in
	 * img_mem, so that no entry lies across two cache lines (half of
	 * them did in an array of entries, whose place in the scanner
	 * calloc() chooses: 160 K more of rb.txt's cache misses).  Set by
	 * mh_scan_new(), cleared with the memo by mh_scan_text(). */
	uint64_t *img;
	uint64_t img_mem[IMG_SLOTS * IMG_WORDS + 64 / sizeof(uint64_t)];
	/* the value of the last age over 89 taken as a number alone in
	 * this text, 0 for none: the same number again is the same age
	 * ("my dad is 99 ... 99!!") */
	long age_seen;
	/* the window is written in CJK (cjk_text()): -1 until asked */
	int cjk_text;
};

/* A word of a list and its length, measured when compiled (LIT()): a
 * list read on every call of a rule would otherwise strlen() each entry
 * each time. */
struct lit {
	const char *w;
	size_t m;
};
/* clang-format 14 takes the braces of this initializer for a block */
/* clang-format off */
#define LIT(x) {x, sizeof(x) - 1}
/* clang-format on */

/* The type names with their lengths (LIT()): mh_scan_type_from_name()
 * compares a length first, where a strlen() of each name cost more than
 * the compares (callgrind: blk40.txt, 25 K calls, 0.48 M instructions) */
/* clang-format off */
static const struct lit type_names[MH_SCAN_NTYPES] = {
	LIT("NAME"),
	LIT("LOCATION"),
	LIT("ADDRESS"),
	LIT("ZIP"),
	LIT("DATE"),
	LIT("AGE"),
	LIT("PHONE"),
	LIT("FAX"),
	LIT("EMAIL"),
	LIT("SSN"),
	LIT("MRN"),
	LIT("HEALTHPLAN"),
	LIT("ACCOUNT"),
	LIT("CARD"),
	LIT("LICENSE"),
	LIT("PLATE"),
	LIT("VIN"),
	LIT("DEVICE"),
	LIT("URL"),
	LIT("IP"),
	LIT("HANDLE"),
	LIT("ID"),
};
/* clang-format on */

const char *
mh_scan_type_name(int type)
{
	return type >= 0 && type < MH_SCAN_NTYPES ? type_names[type].w : NULL;
}

static inline int
lc(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Case-insensitive comparison of n bytes of s with the lower-case w. */
static int
eqw(const char *s, size_t n, const char *w)
{
	size_t i;

	/* compare as unsigned bytes: w may hold UTF-8 ("tér") */
	for (i = 0; i < n && w[i]; i++)
		if (lc((unsigned char)s[i]) != (unsigned char)w[i])
			return 0;
	return i == n && w[i] == '\0';
}

/* Keywords.  Every word the rules compare a token with has an id, and
 * every word list a bit; a token's id is found once, by one hash lookup
 * of its lower-cased bytes (kw_id()), and then each test of a word is
 * one comparison and each test of a list one AND, where they used to
 * compare bytes against each word in turn.  The ids of the words the
 * rules name one by one come from KEYWORDS; the lists' words that are
 * not among them get ids after those when the scanner is made. */
#define KEYWORDS(X) \
	X(A, "a") \
	X(AN, "an") \
	X(AA, "aa") \
	X(AADHAAR, "aadhaar") \
	X(AADHAR, "aadhar") \
	X(ADDRESS, "address") \
	X(ADMITTED, "admitted") \
	X(AE, "ae") \
	X(AGE, "age") \
	X(AGED, "aged") \
	X(AM, "am") \
	X(ACCORDING, "according") \
	X(AND, "and") \
	X(ARE, "are") \
	X(AP, "ap") \
	X(APARTMENT, "apartment") \
	X(APO, "apo") \
	X(APT, "apt") \
	X(AT, "at") \
	X(AVE, "ave") \
	X(AVENUE, "avenue") \
	X(BLESS, "bless") \
	X(BLOG, "blog") \
	X(BLVD, "blvd") \
	X(BOULEVARD, "boulevard") \
	X(BOX, "box") \
	X(C, "c") \
	X(CALLED, "called") \
	X(CLEVELAND, "cleveland") \
	X(CALLS, "calls") \
	X(CMR, "cmr") \
	X(CO, "co") \
	X(CODE, "code") \
	X(CORNER, "corner") \
	X(CPF, "cpf") \
	X(CSC, "csc") \
	X(CVC, "cvc") \
	X(CVV, "cvv") \
	X(COLUMBUS, "columbus") \
	X(DEAR, "dear") \
	X(DASH, "dash") \
	X(DAY, "day") \
	X(DIAGNOSED, "diagnosed") \
	X(DIGITS, "digits") \
	X(DOT, "dot") \
	X(G, "g") \
	X(GEE, "gee") \
	X(DPO, "dpo") \
	X(DRIVE, "drive") \
	X(EARLY, "early") \
	X(EIRCODE, "eircode") \
	X(EVE, "eve") \
	X(BOXING, "boxing") \
	X(FAX, "fax") \
	X(FAWKES, "fawkes") \
	X(FOR, "for") \
	X(FOUR, "four") \
	X(FOURTH, "fourth") \
	X(FROM, "from") \
	X(FPO, "fpo") \
	X(FTP, "ftp") \
	X(HANDLE, "handle") \
	X(GUY, "guy") \
	X(HE, "he") \
	X(HELLO, "hello") \
	X(HER, "her") \
	X(HEY, "hey") \
	X(HI, "hi") \
	X(HOPE, "hope") \
	X(HYPHEN, "hyphen") \
	X(HIM, "him") \
	X(HTTP, "http") \
	X(HTTPS, "https") \
	X(I, "i") \
	X(II, "ii") \
	X(III, "iii") \
	X(IM, "im") \
	X(IN, "in") \
	X(IS, "is") \
	X(IV, "iv") \
	X(JR, "jr") \
	X(JULY, "july") \
	X(KING, "king") \
	X(LAKE, "lake") \
	X(LANE, "lane") \
	X(LAW, "law") \
	X(LINE, "line") \
	X(LUTHER, "luther") \
	X(LAST, "last") \
	X(LATE, "late") \
	X(M, "m") \
	X(MAIL, "mail") \
	X(MARCH, "march") \
	X(MARTIN, "martin") \
	X(MAY, "may") \
	X(ME, "me") \
	X(MY, "my") \
	X(MID, "mid") \
	X(MLK, "mlk") \
	X(MOUNT, "mount") \
	X(MAYO, "mayo") \
	X(MT, "mt") \
	X(NAME, "name") \
	X(NAMED, "named") \
	X(NEXT, "next") \
	X(NIGHT, "night") \
	X(NO, "no") \
	X(NR, "nr") \
	X(O, "o") \
	X(OF, "of") \
	X(ON, "on") \
	X(OFF, "off") \
	X(NOT, "not") \
	X(OR, "or") \
	X(OUR, "our") \
	X(P, "p") \
	X(PIN, "pin") \
	X(PINCODE, "pincode") \
	X(PO, "po") \
	X(POST, "post") \
	X(POSTAL, "postal") \
	X(POSTCODE, "postcode") \
	X(PPSN, "ppsn") \
	X(PSC, "psc") \
	X(RD, "rd") \
	X(ROAD, "road") \
	X(SAINT, "saint") \
	X(SECURITY, "security") \
	X(SHE, "she") \
	X(SIN, "sin") \
	X(SINCE, "since") \
	X(SITE, "site") \
	X(SR, "sr") \
	X(ST, "st") \
	X(STE, "ste") \
	X(STREET, "street") \
	X(SUITE, "suite") \
	X(THANKS, "thanks") \
	X(THE, "the") \
	X(THEM, "them") \
	X(THIS, "this") \
	X(TO, "to") \
	X(TURNED, "turned") \
	X(TURNING, "turning") \
	X(UNIT, "unit") \
	X(UNTIL, "until") \
	X(US, "us") \
	X(VALENTINE, "valentine") \
	X(VALENTINES, "valentines") \
	X(VICTORIA, "victoria") \
	X(WAS, "was") \
	X(WEBSITE, "website") \
	X(WITH, "with") \
	X(WWW, "www") \
	X(Y, "y") \
	X(YEAR, "year") \
	X(YEARS, "years") \
	X(YO, "yo") \
	X(YR, "yr") \
	X(YRS, "yrs") \
	X(ZIP, "zip") \
	X(ZIPCODE, "zipcode") \
	X(CALL, "call") \
	X(YOU, "you") \
	X(THAT, "that") \
	X(THANK, "thank") \
	X(MISS, "miss") \
	X(LOVE, "love") \
	X(N, "n")

#define KW_ENUM(id, w) KW_##id,
enum { KW_NONE, KEYWORDS(KW_ENUM) KW_NNAMED };
#undef KW_ENUM

#define KW_WORD(id, w) w,
static const char *const kw_named[] = {KEYWORDS(KW_WORD)};
#undef KW_WORD

/* the word lists, one bit each */
enum {
	KW_PLACE_PARTICLE = 1u << 0,  /* inside a town: Caxias do Sul */
	KW_STREET_PARTICLE = 1u << 1, /* inside a street: Rua do Arenque */
	KW_LEAD_STREET = 1u << 2,     /* before a street's name: Rue, Via */
	KW_NAME_PARTICLE = 1u << 3,
	KW_CLINICAL = 1u << 4,
	KW_HOLIDAY = 1u << 5,
	KW_AMBIG_CUE = 1u << 6,
	KW_IDCUE = 1u << 7, /* kw_cues */
	KW_UNIT_WORD = 1u << 8,
	KW_SHIP = 1u << 9,
	KW_LOW_FACILITY = 1u << 10,
	KW_RATING = 1u << 11,
	KW_DATE_PREP = 1u << 12,
	KW_CLAUSE_START = 1u << 13,
	KW_DATE_CUE = 1u << 14,
	KW_LOWER_NAME = 1u << 15,
	KW_GEO_SUFFIX = 1u << 16,
	KW_TOWN_PARTICLE = 1u << 17,
	KW_DIRECTION = 1u << 18,
	KW_VERB_NEXT = 1u << 19,
	KW_THING = 1u << 20,
	KW_THING_PREP = 1u << 21,
	KW_STATE_NAME = 1u << 22,
	KW_PLACE_NOUN = 1u << 23,
	KW_FEAST = 1u << 24,
	KW_FINITE = 1u << 25,     /* is, was: no modal before it */
	KW_BASE_ED = 1u << 26,    /* shed, wed: "-ed" but no past form */
	KW_GROUP = 1u << 27,      /* from work, from church */
	KW_GROUP_THE = 1u << 28,  /* from the gym */
	KW_GROUP_MY = 1u << 29,   /* from my class */
	KW_PERSON_DOES = 1u << 30 /* Sue from work invited ... */
};
/* The bits past an int's, which no enum holds: the sets are 64 bits */
#define KW_DAY_HEAD (UINT64_C(1) << 32)   /* holiday_at() */
#define KW_LOW_STREET (UINT64_C(1) << 33) /* lower_street() */
#define KW_MEASURE (UINT64_C(1) << 34)    /* lower_street() */
#define KW_PLATFORM (UINT64_C(1) << 35)   /* handle_after() */
#define KW_ACCOUNT (UINT64_C(1) << 36)    /* handle_after() */
#define KW_SLANG (UINT64_C(1) << 37)      /* handle_after() */
#define KW_ORD_DAY (UINT64_C(1) << 38)    /* spelled_date() */
#define KW_TENS (UINT64_C(1) << 39)       /* twenty, thirty */
#define KW_FAC_HEAD (UINT64_C(1) << 40)   /* low_place() */
#define KW_LOW_SAINT (UINT64_C(1) << 41)  /* low_place() */
#define KW_TLD_WORD (UINT64_C(1) << 42)   /* spelled_email() */
#define KW_POSS_DET (UINT64_C(1) << 43)   /* my, his, her ... */
/* Not lists but named words, given a bit of their own by kw_build() so
 * that word_rules() asks after all of them with one AND; a rule that
 * comes to start at another of its words must add it here too */
#define KW_SAINT_WORD (UINT64_C(1) << 47) /* match_saint()'s St, Mt, Lake */
#define KW_CAP_RULE (UINT64_C(1) << 48)   /* corner, P, PO, Co */
/* More word lists, after those two bits */
#define KW_HONORIFIC (UINT64_C(1) << 49)   /* Dr, Mrs: match_lower_name() */
#define KW_NOUN_NEXT (UINT64_C(1) << 50)   /* the, my, i: match_lower_name() */
#define KW_LAND_HEAD (UINT64_C(1) << 52)   /* first words of lands[] */
#define KW_FAMOUS_HEAD (UINT64_C(1) << 53) /* first words of famous[] */
#define KW_COND_CTX (UINT64_C(1) << 55)    /* has, is: eponym_after() */
#define KW_BOROUGH (UINT64_C(1) << 51)     /* bronx: word_rules() */
#define KW_NINETY (UINT64_C(1) << 58)      /* ninety: spelled_age() */
#define KW_FMONTH (UINT64_C(1) << 59)      /* mars, März: foreign_date() */
#define KW_TOWN_PREP (UINT64_C(1) << 60)   /* in, to, from: low_town() */
#define KW_TOWN_VERB (UINT64_C(1) << 61)   /* live, moved: low_town() */
#define KW_ADDR_HEAD (UINT64_C(1) << 62)   /* street, box: low_address() */
#define KW_MAIL_HOST (UINT64_C(1) << 63)   /* gmail: host_email() */
#define KW_SECRET (UINT64_C(1) << 44)      /* password: secret_after() */
#define KW_PHONE_CUE (UINT64_C(1) << 45)   /* call, text: spelled_phone() */
#define KW_STAY_CUE (UINT64_C(1) << 46)    /* sectioned: stay_facility() */
#define KW_ORD_HIGH (UINT64_C(1) << 31)    /* fourth .. thirty-first */
#define KW_SAID_CUE (UINT64_C(1) << 54)    /* social, nhs: said_rule() */
#define KW_SAID_IDCUE (UINT64_C(1) << 56)  /* mrn, code: said_rule() */
/* Free in the first word: bit 57, moved to
 * the second.  The second word of list bits (kw_sets2[], tok_in2()) is
 * for lists that one rule asks, off the walk's hot tests: the first
 * word's 64 were all taken.  A bit of one word is never or'ed with a
 * bit of the other: the names say which (KW2_). */
enum {
	KW2_NOT_S_FORM = 1u << 0,    /* always: "-s", no verb */
	KW2_FAC_QUAL = 1u << 1,      /* low_place() */
	KW2_PART_LEAD = 1u << 2,     /* "a third of", spelled_date() */
	KW2_FAMILY_NOUN = 1u << 3,   /* "the Patel kids" */
	KW2_VERB_AFTER = 1u << 4,    /* to, me, in: verb_before() */
	KW2_CONDITION = 1u << 5,     /* Parkinson: eponym_after() */
	KW2_OWN_NOUN = 1u << 6,      /* exam, diet: eponym_after() */
	KW2_NOT_LONE = 1u << 7,      /* legend, nike: memo_fill() */
	KW2_SERVICE = 1u << 8,       /* mental, health: generic_facility() */
	KW2_SURNAME_CUE = 1u << 9,   /* see, with: lone_surname() */
	KW2_NOT_SELF = 1u << 10,     /* now, lol: self_name() */
	KW2_DATE_LEAD = 1u << 11,    /* born in, last: date_lead() */
	KW2_NOT_STAY = 1u << 12,     /* army, bar: stay_facility() */
	KW2_ADMIT_BEFORE = 1u << 13, /* was, got: stay_facility() */
	KW2_CHAIN = 1u << 14,        /* McDonald: eponym_after() */
	KW2_LOW_DEED = 1u << 15,     /* texted, said: slot_subject() */
	KW2_KIN_OTHER = 1u << 16,    /* nani, abuela: match_lower_name() */
	KW2_FORM_CUE = 1u << 17,     /* patient, name: caps_form_name() */
	KW2_FORM_AFTER = 1u << 18,   /* dob, mrn: caps_form_name() */
	KW2_FAC_END = 1u << 19,      /* high, general: low_place() */
	KW2_FAC_KIND = 1u << 20,     /* school, college: low_place() */
	KW2_PLACE_TAIL = 1u << 21,   /* High, Rd, Building: place_tail() */
	KW2_RX_FIELD = 1u << 22,     /* refills: match_address_at() */
	KW2_LOW_TAIL = 1u << 23,     /* rd, st, ave: place_tail() */
	KW2_CAUSE_WHO = 1u << 24,    /* children: generic_facility() */
	KW2_CAUSE_END = 1u << 25,    /* day, week: generic_facility() */
	KW2_NAME_ASK = 1u << 26,     /* ji, jesus: match_name() */
	KW2_OATH_BEFORE = 1u << 27,  /* oh, god: oath_at() */
	KW2_BILLING = 1u << 28,      /* cpt: billing_code_before() */
	KW2_LOW_TAIL_END = 1u << 29, /* prep, mall: place_tail() */
	KW2_STORE = 1u << 30,        /* target, walmart: match_place_at() */
};
/* The last bit of kw_sets2[], out of the enum, whose constants are
 * ints: said, took (unknown_subject()).  Each bit one list's: TELLS had
 * PLACE_TAIL's bit, and "texted" after a place was its tail ("MY AUNT
 * IN DENVER TEXTED ME" took "DENVER TEXTED"). */
#define KW2_TELLS (1u << 31)
/* Each list its own bit: the sum of the bits is their union only if no
 * two lists share one (two writers once gave KW2_TELLS the bit of
 * KW2_PLACE_TAIL, and each list's words answered for the other's).
 * A list given a bit joins its word's list here. */
/* clang-format off */
#define KW_BIT_LIST(X) \
	X(KW_PLACE_PARTICLE) X(KW_STREET_PARTICLE) X(KW_LEAD_STREET) \
	X(KW_NAME_PARTICLE) X(KW_CLINICAL) X(KW_HOLIDAY) X(KW_AMBIG_CUE) \
	X(KW_IDCUE) X(KW_UNIT_WORD) X(KW_SHIP) X(KW_LOW_FACILITY) \
	X(KW_RATING) X(KW_DATE_PREP) X(KW_CLAUSE_START) X(KW_DATE_CUE) \
	X(KW_LOWER_NAME) X(KW_GEO_SUFFIX) X(KW_TOWN_PARTICLE) \
	X(KW_DIRECTION) X(KW_VERB_NEXT) X(KW_THING) X(KW_THING_PREP) \
	X(KW_STATE_NAME) X(KW_PLACE_NOUN) X(KW_FEAST) X(KW_FINITE) \
	X(KW_BASE_ED) X(KW_GROUP) X(KW_GROUP_THE) X(KW_GROUP_MY) \
	X(KW_PERSON_DOES) X(KW_DAY_HEAD) X(KW_LOW_STREET) X(KW_MEASURE) \
	X(KW_PLATFORM) X(KW_ACCOUNT) X(KW_SLANG) X(KW_ORD_DAY) X(KW_TENS) \
	X(KW_FAC_HEAD) X(KW_LOW_SAINT) X(KW_TLD_WORD) X(KW_POSS_DET) \
	X(KW_SAINT_WORD) X(KW_CAP_RULE) X(KW_HONORIFIC) X(KW_NOUN_NEXT) \
	X(KW_LAND_HEAD) X(KW_FAMOUS_HEAD) X(KW_COND_CTX) X(KW_BOROUGH) \
	X(KW_NINETY) X(KW_FMONTH) X(KW_TOWN_PREP) X(KW_TOWN_VERB) \
	X(KW_ADDR_HEAD) X(KW_MAIL_HOST) X(KW_SECRET) X(KW_PHONE_CUE) \
	X(KW_STAY_CUE) X(KW_ORD_HIGH) X(KW_SAID_CUE) X(KW_SAID_IDCUE)
#define KW2_BIT_LIST(X) \
	X(KW2_NOT_S_FORM) X(KW2_FAC_QUAL) X(KW2_PART_LEAD) \
	X(KW2_FAMILY_NOUN) X(KW2_VERB_AFTER) X(KW2_CONDITION) \
	X(KW2_OWN_NOUN) X(KW2_NOT_LONE) X(KW2_SERVICE) X(KW2_SURNAME_CUE) \
	X(KW2_NOT_SELF) X(KW2_DATE_LEAD) X(KW2_NOT_STAY) X(KW2_ADMIT_BEFORE) \
	X(KW2_CHAIN) X(KW2_LOW_DEED) X(KW2_KIN_OTHER) X(KW2_FORM_CUE) \
	X(KW2_FORM_AFTER) X(KW2_FAC_END) X(KW2_FAC_KIND) X(KW2_PLACE_TAIL) \
	X(KW2_RX_FIELD) X(KW2_LOW_TAIL) X(KW2_CAUSE_WHO) X(KW2_CAUSE_END) \
	X(KW2_NAME_ASK) X(KW2_OATH_BEFORE) X(KW2_BILLING) \
	X(KW2_LOW_TAIL_END) X(KW2_STORE) X(KW2_TELLS)
/* clang-format on */
#define BIT_PLUS(b) +(uint64_t)(b)
#define BIT_OR(b) | (uint64_t)(b)
_Static_assert((0 KW_BIT_LIST(BIT_PLUS)) == (0 KW_BIT_LIST(BIT_OR)),
    "two KW_ lists share a bit");
_Static_assert((0 KW2_BIT_LIST(BIT_PLUS)) == (0 KW2_BIT_LIST(BIT_OR)),
    "two KW2_ lists share a bit");
#undef BIT_PLUS
#undef BIT_OR
#undef KW_BIT_LIST
#undef KW2_BIT_LIST
/* The lists of word_rules()' first rules, before it asks KEEP: a
 * handle after a platform word, a facility in lower case, a spelled
 * e-mail, a kept land or famous phrase (cap_passes_slow() and
 * word_rules()' first test ask them) */
#define KW_FIRST_RULES \
	(KW_PLATFORM | KW_FAC_HEAD | KW_LOW_SAINT | KW_TLD_WORD | \
	    KW_LAND_HEAD | KW_FAMOUS_HEAD | KW_NINETY | KW_FMONTH | \
	    KW_MAIL_HOST | KW_SECRET | KW_PHONE_CUE | KW_ADDR_HEAD | \
	    KW_STAY_CUE | KW_SAID_CUE | KW_SAID_IDCUE)
/* The lists of lower-case words that start a rule where they stand,
 * which the walk may not pass as quiet (memo_quiet(), plain_lower()) */
#define KW_LOW_RULES \
	(KW_LEAD_STREET | KW_FIRST_RULES | KW_ORD_HIGH | KW_BOROUGH)

/* Words inside a town's name: Caxias do Sul, Vrh nad Idrijo. */
/* clang-format off */
static const char *const place_particles[] = {
	"de", "del", "della", "di", "do", "da", "dos", "das", "du", "des",
	"la", "le", "les", "nad", "pod", "na", "u", "v", "am", "an", "im",
	"bei", "der", "sur", "sous", "en", "y", "i", "e", "van", "von", "op",
	"aan", NULL
};

/* Small words inside street names: Rua do Arenque, Erzsébet tér. */
static const char *const street_particles[] = {
	"de", "la", "le", "del", "della", "dei", "di", "da", "do", "dos",
	"das", "van", "von", "der", "den", "ten", "al", "el", "u", "ut",
	"utca", "str", "ul", "pl", "tér", "út", "st", "ave", "rd", "y", "e",
	"gate", "gata", "vej", "veien", "tie", "katu", "rkp", "krt", "sor",
	"weg", "straat", "strasse", "rue", "av", "avenida", "calle", "via",
	"strada", "piazza", "platz", "plads", "terrasse", "vegur", "gade",
	"du", "des", "delle", "degli", "dello", "dal", "dels", "les", "am",
	"an", "zum", "zur", "op", "aan", "het", "útja", "utja", "körút",
	"köz", "rakpart", "fasor", "sétány", "tee", "põik", "puiestee",
	"maantee", "na", NULL
};

/* Street words written before the name: Rue, Avenida, Calle, Via; and
 * Ireland's road, street, avenue and height (Bóthar, Sráid, Ascal, Ard:
 * "12 Ard na Gréine"). */
static const char *const lead_streets[] = {
	"rue", "avenue", "avenida", "av", "calle", "via", "rua", "ul",
	"strada", "boulevard", "trg", "piazza", "plaza", "place", "chemin",
	"route", "allee", "viale", "corso", "rúa", "trg", "ulica", "aleja",
	"carrer", "paseo", "travessa", "largo", "bóthar", "bothar", "sráid",
	"sraid", "ascal", "ard", NULL
};

/* Small words inside a person's name: van der Berg, bin Said. */
static const char *const name_particles[] = {
	"van", "von", "der", "den", "ten", "de", "da", "di", "du", "del",
	"della", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "y",
	"st", "los", "las", "ap", "af", "zu", "ter", "\xc3\x93", NULL
};

/* Abbreviations and words that are not a place: ICU, COPD, home. */
static const char *const clinical_abbrevs[] = {
	"icu", "ccu", "nicu", "picu", "micu", "sicu", "pacu", "ent", "mri",
	"eeg", "ecg", "ekg", "cbt", "dbt", "emdr", "iop", "php", "aa", "na",
	"npo", "prn", "ama", "copd", "adhd", "ptsd", "ocd", "gad", "mdd",
	"bpd", "hiv", "aids", "std", "sti", "uti", "dvt", "chf", "cad",
	"ckd", "esrd", "gerd", "ibs", "ssri", "snri", "maoi", "otc", "cdc",
	"who", "fda", "nih", "aha", "ada", "acc", "acog", "apa", "nami",
	"nimh", "samhsa", "va", "hmo", "ppo", "medicaid", "home", "work",
	"school", "rehab", "atm", "usa", "us", "uk", "eu", "un", "nato",
	"tv", "pc", "chemo", "physio", "counselling", NULL
};

/* Words after "at" or "on" that are no place: at Christmas, at home. */
static const char *const holidays[] = {
	"christmas", "easter", "thanksgiving", "halloween", "hanukkah",
	"diwali", "ramadan", "eid", "passover", "midnight", "noon", "night",
	"home", "work", "school", "church", "first", "last", "least", "most",
	"times", "once", "all", "risk", "baseline", "rest", "bedtime",
	"dinner", "lunch", "breakfast", NULL
};

/* Words before a unit's number: Apt 4, Box 77 (unit_after()). */
static const char *const unit_words[] = {
	"apt", "suite", "unit", "ste", "room", "box", "flat", "apartment",
	"psc", "cmr", NULL
};

/* The words low_address() starts at, in any case: a street word after
 * the street's name ("i live on elm street", "i live on park place",
 * "she lives on Larkspur Court": street_on() wants "on", "to" or "off"
 * two or four words back), "box" after "po" ("po box 77") or alone as
 * an address ("to Box 77"), "apt" ("apt. 4c"), and
 * the room, bed, lot, ward, unit, cabin or bunk one stays in ("room 214
 * of the psych ward"), "suite 210" as "apt", and a flat's number after
 * "my apartment is" (flat_is()).  Not "dr" nor "way", said
 * far more often of other things, which the walk would stop at. */
static const char *const addr_heads[] = {
	"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
	"lane", "ln", "drive", "place", "pl", "box", "apt", "room", "bed",
	"lot", "ward", "unit", "cabin", "bunk", "suite", "apartment", "flat",
	"court", "ct", "terrace", "ter", "circle", "cir", "crescent", "cres",
	"parkway", "pkwy", NULL
};

/* Before a ship's name in a military address: USS Ardent. */
static const char *const ship_words[] = {
	"uss", "usns", "usnv", "uscgc", NULL
};

/* Facility words written in lower case: "our Dallas clinic". */
static const char *const low_facilities[] = {
	"clinic", "office", "facility", "branch", "hospital", "center",
	"centre", NULL
};

/* Words after which "8/10" is a rating, not the 10th of August: "an
 * 8/10", "mood 4/10", "pain 7/10"; and after which "12/27" is a
 * questionnaire's score, "PHQ-9 12/27", "my score was 12/27" (the
 * tokens of "PHQ-9" end in the word "phq"'s number, read as a word
 * before it by rating_before()).  Those but a and an, after it, make
 * a rating too: "6/10 pain". */
static const char *const rating_words[] = {
	"a", "an", "mood", "anxiety", "pain", "stress", "energy", "sleep",
	"level", "rating", "rated", "score", "urge", "urges", "distress",
	"suds", "craving", "panic", "depression", "anger", "sadness", "fear",
	"shame", "motivation", "rate", "scored", "scores", "scoring", "phq",
	"gad", "phq9", "gad7", "total", NULL
};

/* Words that date "the 28th" before it, and words that start another
 * clause after it (bare_day()). */
static const char *const date_preps[] = {
	"on", "until", "till", "til", "by", "before", "after", "since",
	"from", "through", "thru", NULL
};
/* The words two tokens before a month, feast or day in words that
 * date_lead() reads. */
static const char *const date_leads[] = {
	"in", "on", "is", "was", "last", "next", "the", NULL
};
static const char *const clause_starts[] = {
	"and", "but", "so", "or", "when", "because", "then", "at", "i", "we",
	"he", "she", "they", "it", "to", "for", "is", "was", "will", "in",
	"with", "bc", "cuz", "coz", NULL
};
/* Words before a date written with dots, "met: 7.7.19", where
 * 1.5.10 alone is more likely a version. */
static const char *const date_cues[] = {
	"met", "born", "dob", "date", "died", "passed", "married", "wedding",
	"anniversary", "birthday", "bday", "divorced", "since", NULL
};
/* Names that are also words, taken in lower case right after a
 * relation word: "my best friend june is moving".  Nouns only: "my son
 * drew", "my dad will", "my friend rose to it" keep their verbs. */
static const char *const lower_names[] = {
	"hope", "faith", "grace", "joy", "dawn", "june", "april", "summer",
	"autumn", "ruby", "iris", "lily", "daisy", "holly", "ivy", "jade",
	"violet", "hazel", "olive", "pearl", "destiny", "harmony", "mercy",
	"skye", "amber", NULL
};
/* States and countries that are also given names, taken as a name in
 * lower case right after a relation word ("my daughter georgia"); the
 * rest (texas, florida, ireland) are rarely names and there mostly the
 * place ("my uncle texas ranch"). */
static const char *const state_names[] = {
	"georgia", "virginia", "carolina", "dakota", "india", "jordan",
	"chad", "kenya", "israel", "america", NULL
};
/* Nouns after which a state is the place: "my mom virginia beach
 * house" (beach is a geo suffix), "my husband georgia tech game". */
static const char *const place_nouns[] = {
	"state", "tech", "trip", "visa", "ranch", "condo", "football", NULL
};
/* Feasts, which the surname lists hold too (Christmas, Easter): no one
 * unless after a title, "Christmas is hard", "I hate Easter".  And
 * those the first-name list holds, or whose second word it does: "Holi
 * was fun", "Juneteenth cookout", "Yom Kippur", "Rosh Hashanah" (both
 * words, as each is a name alone); and those of the faiths and lands
 * of the people who write, in no list, which a capitalised word in no
 * list might be a name: "Shabbat dinner", "i missed Chuseok".  Not
 * Epiphany nor Yule, English words too ("an epiphany"). */
static const char *const feasts[] = {
	"christmas", "xmas", "easter", "thanksgiving", "halloween",
	"hanukkah", "diwali", "ramadan", "passover", "lent", "advent", "eid",
	"kwanzaa", "hogmanay", "navratri", "purim", "sukkot", "vaisakhi",
	"holi", "juneteenth", "yom", "kippur", "rosh", "hashanah", "shabbat",
	"shabbos", "sabbath", "shavuot", "chanukah", "hanukah", "pentecost",
	"vesak", "onam", "pongal", "lohri", "dussehra", "janmashtami",
	"nowruz", "songkran", "chuseok", "seollal", "losar", "obon", "mawlid",
	"ashura", "muharram", "samhain", "beltane", "candlemas", NULL
};
/* Verb forms no modal and no noun takes after it (finite_after()), and
 * words in "-ed" that are no past form. */
static const char *const finites[] = {"is", "was", "has", "does", NULL};
/* The same denied, as chat writes them (name_again()): "sky isnt
 * listening". */
static const char *const not_finites[] = {"isnt", "isn't", "wasnt",
    "wasn't", "hasnt", "hasn't", "doesnt", "doesn't", NULL};
static const char *const base_eds[] = {
	"shed", "shred", "wed", "embed", "sled", "bed", "red", "hundred", NULL
};
/* The first words of the holidays holiday_at() reads, besides the
 * feasts (before "Eve"). */
static const char *const day_heads[] = {
	"eve", "st", "saint", "year", "years", "valentine", "valentines",
	"columbus", "victoria", "martin", "mlk", "guy", "boxing", NULL
};
/* The street words a street in lower case ends in (lower_street()):
 * only those that say "street" in no other sense, not way, place, walk,
 * run or the many others of the word table ("a 10 minute walk"); and
 * the measures that make a number no house number there. */
static const char *const low_streets[] = {
	"st", "street", "rd", "road", "ave", "av", "avenue", "blvd",
	"boulevard", "ln", "lane", "dr", "drive", "ct", "court", "ter",
	"terrace", "hwy", "highway", "pkwy", "parkway", "cir", "circle",
	"cres", "crescent", "place", "pl", NULL
};
static const char *const measures[] = {
	"mile", "miles", "minute", "minutes", "min", "mins", "hour", "hours",
	"hr", "hrs", "day", "days", "week", "weeks", "month", "months",
	"year", "years", "block", "blocks", "km", "mi", "foot", "feet", "ft",
	"step", "steps", "lane", "lanes", "times", "floor", "floors", "story",
	"stories", "car", "cars", "bus", "dollar", "dollars", "bucks", NULL
};
/* Where people have an account, and the words for one there: "my snap
 * is kenz_r99", "discord username: moonfox" (handle_after()).  The three
 * that name an account anywhere start the rule too. */
static const char *const platforms[] = {
	"snap", "snapchat", "insta", "instagram", "ig", "tiktok", "discord",
	"twitter", "reddit", "telegram", "kik", "venmo", "cashapp", "tumblr",
	"twitch", "youtube", "yt", "fb", "facebook", "bluesky", "bsky",
	"steam", "xbox", "psn", "roblox", "linkedin", "pinterest", "spotify",
	"tinder", "hinge", "bumble", "grindr", "threads", "mastodon",
	"onlyfans", "wechat", "weibo", "kakaotalk", "vsco", "soundcloud",
	"github", "bereal", "username", "gamertag", "handle", "sc", "line",
	"signal", "viber", "skype", "threema", "slack", "zoom", NULL
};
static const char *const account_words[] = {
	"username", "user", "name", "handle", "tag", "gamertag", "id",
	"account", "acct", "profile", NULL
};
static const char *const poss_dets[] = {
	"my", "his", "her", "your", "their", "our", NULL
};
/* Words said of an account that have no flag of an ordinary word: "my
 * insta is lowkey dead" */
static const char *const slang_words[] = {
	"lowkey", "highkey", "kinda", "sorta", "tbh", "ngl", "fr", "sooo",
	"soo", "deadass", "lowk", "legit", "lit", "idk", "im", "ive", "lol",
	"rn", "omg", "prolly", "hbu", "wbu", "srsly", "idek", "fomo", NULL
};
/* The days of a month as ordinal words (spelled_date()); "twenty
 * first" written apart is read there. */
static const char *const ord_days[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
	"fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	"nineteenth", "twentieth", "twenty-first", "twenty-second",
	"twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
	"twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
	"thirty-first", NULL
};
static const char *const tens[] = {"twenty", "thirty", NULL};
/* The words that start an age over 89 in words (spelled_age()) */
static const char *const ninety_words[] = {"ninety", "nineties",
	"ninetieth", "hundred", "hundredth", NULL};
/* The months in French, Spanish, German, Italian and Portuguese that
 * are no English month (foreign_date()); not "marco", a name */
static const char *const foreign_months[] = {"janvier", "février",
	"fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
	"septembre", "octobre", "novembre", "décembre", "decembre", "enero",
	"febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
	"septiembre", "setiembre", "octubre", "noviembre", "diciembre",
	"januar", "jänner", "februar", "märz", "maerz", "juni", "juli",
	"oktober", "dezember", "gennaio", "febbraio", "aprile", "maggio",
	"giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro",
	"fevereiro", "março", "maio", "junho", "julho", "setembro",
	"outubro", "novembro", "dezembro", NULL};
/* The titles that are only titles, abbreviated or borrowed, as
 * against those that are also relations or jobs (brother, nurse,
 * coach): after these alone is a lower-case surname that is also an
 * everyday word taken ("dr nice", but "my brother still hates me"), and
 * only these end with a full stop that is no sentence's end ("Dr. He",
 * but "my father. He told me"). */
static const char *const honorifics[] = {"dr", "mr", "mrs", "ms", "mx",
    "prof", "rev", "fr", "sr", "sgt", "capt", "lt", "det", "mme", "mlle",
    "herr", "frau", NULL};
/* Words after which a word is a noun or a verb, hardly ever a name
 * standing alone: determiners and possessives ("my dream uni", "the
 * pier", "a song") and subject pronouns ("i hang", "we rip"). */
static const char *const noun_nexts[] = {"the", "a", "an", "this", "that",
    "these", "those", "my", "your", "his", "our", "their", "its", "some",
    "any", "every", "each", "no", "i", "you", "we", "they", NULL};
/* Words that follow a verb far more often than a name: "my brother
 * learned to swim", "my sister pins me down", "my grandad fought in the
 * war" (verb_before()). */
static const char *const verb_afters[] = {"to", "me", "him", "her", "us",
    "them", "it", "in", "on", "with", "at", "for", "up", "down", "out",
    "into", "about", "off", "back", "over", NULL};
/* Countries, states and provinces named in two or three words: kept,
 * as those of one word are (HIPAA removes only places smaller than a
 * state).  Word by word they were a name and a town ("South [NAME]",
 * "[LOCATION] Zealand", "United [NAME]").  New York is not here: it is
 * the city as often, which is removed.  Their first words take
 * KW_LAND_HEAD (kw_build()), which phrase_at()'s callers ask first.
 * The entries a word starts are neighbours, here and in famous[]
 * (kw_build() fails if not). */
static const char *const lands[][PHRASE_WORDS] = {
	{"new", "zealand"}, {"new", "jersey"}, {"new", "hampshire"},
	{"new", "mexico"}, {"new", "brunswick"}, {"new", "south", "wales"},
	{"north", "carolina"}, {"north", "dakota"}, {"north", "korea"},
	{"north", "macedonia"}, {"south", "carolina"}, {"south", "dakota"},
	{"south", "africa"}, {"south", "korea"}, {"south", "sudan"},
	{"south", "australia"}, {"west", "virginia"}, {"western", "australia"},
	{"rhode", "island"}, {"northern", "ireland"}, {"northern", "territory"},
	{"sri", "lanka"}, {"costa", "rica"}, {"saudi", "arabia"},
	{"united", "kingdom"}, {"united", "states"},
	{"united", "arab", "emirates"}, {"el", "salvador"}, {"puerto", "rico"},
	{"sierra", "leone"}, {"burkina", "faso"}, {"ivory", "coast"},
	{"cape", "verde"}, {"san", "marino"}, {"czech", "republic"},
	{"dominican", "republic"}, {"east", "timor"},
	{"papua", "new", "guinea"}, {"solomon", "islands"},
	{"marshall", "islands"}, {"british", "columbia"}, {"nova", "scotia"},
	{"prince", "edward", "island"},
};
/* Works, people of history and letters, and landmarks that chat and
 * homework name, in any case: "Romeo and Juliet", "sylvia plath's
 * poetry", "Elden Ring", "the Eiffel Tower" were names, and a model
 * asked about "[NAME_1] and [NAME_2]" cannot answer.  Whole names of
 * the famous only, no one's first name alone ("Juliet" is still a
 * name), and no town.  First words take KW_FAMOUS_HEAD. */
static const char *const famous[][PHRASE_WORDS] = {
	/* first, after lands[]' "Prince Edward Island" (phrase_at()) */
	{"prince", "harry"}, {"prince", "william"},
	{"romeo", "and", "juliet"}, {"pride", "and", "prejudice"},
	{"anna", "karenina"}, {"jane", "eyre"}, {"jane", "austen"},
	{"king", "lear"}, {"lady", "macbeth"}, {"lady", "gaga"}, {"hamlet"},
	{"macbeth"}, {"harry", "potter"}, {"harry", "styles"},
	{"sherlock", "holmes"}, {"madame", "bovary"},
	{"dorian", "gray"}, {"atticus", "finch"}, {"sylvia", "plath"},
	{"virginia", "woolf"}, {"ernest", "hemingway"},
	{"william", "shakespeare"}, {"agatha", "christie"},
	{"emily", "dickinson"}, {"charles", "dickens"}, {"franz", "kafka"},
	{"franz", "ferdinand"}, {"leo", "tolstoy"}, {"van", "gogh"},
	{"vincent", "van", "gogh"}, {"frida", "kahlo"}, {"anne", "frank"},
	{"abraham", "lincoln"},
	{"winston", "churchill"}, {"albert", "einstein"},
	{"albert", "camus"},
	{"nelson", "mandela"}, {"florence", "nightingale"},
	{"julius", "caesar"}, {"kurt", "cobain"}, {"robin", "williams"},
	{"amy", "winehouse"}, {"marilyn", "monroe"}, {"princess", "diana"},
	{"walter", "white"}, {"tony", "soprano"}, {"tony", "stark"},
	{"bojack", "horseman"}, {"peter", "parker"}, {"peter", "pan"},
	{"bruce", "wayne"}, {"bruce", "springsteen"}, {"elden", "ring"},
	{"mario", "kart"}, {"animal", "crossing"}, {"stardew", "valley"},
	{"dark", "souls"}, {"eiffel", "tower"}, {"golden", "gate"},
	{"burj", "khalifa"}, {"taj", "mahal"}, {"ben", "nevis"},
	{"ben", "&", "jerry's"},
	{"big", "ben"}, {"statue", "of", "liberty"}, {"grand", "canyon"},
	{"mount", "everest"}, {"roth", "ira"}, {"jesus", "christ"},
	/* a channel named by a surname ("she lives on Court TV") */
	{"court", "tv"},
	/* lakes larger than a state, and a ballet */
	{"lake", "michigan"}, {"lake", "superior"}, {"lake", "huron"},
	{"lake", "erie"}, {"lake", "ontario"}, {"swan", "lake"},
	/* conditions, tests and effects named by two people, said
	 * without "syndrome" as often as with it ("I have Ehlers-Danlos");
	 * those past KW_LONGEST bytes ("Charcot-Marie-Tooth") are kept
	 * only with their head word (the eponym list) */
	{"tay-sachs"}, {"ehlers-danlos"}, {"prader-willi"},
	{"guillain-barre"}, {"guillain-barré"}, {"epstein-barr"},
	{"stevens-johnson"}, {"niemann-pick"}, {"arnold-chiari"},
	{"dandy-walker"}, {"kubler-ross"}, {"kübler-ross"},
	{"myers-briggs"}, {"dunning-kruger"}, {"yerkes-dodson"},
	/* pastimes whose first word is a name ("clay pigeon shooting",
	 * "an allen key", "playing Call of Duty") */
	{"clay", "pigeon"}, {"allen", "key"}, {"call", "of", "duty"},
	{"battle", "royale"},
	/* greetings of a feast: "Eid Mubarak", "Ramadan Kareem", "Shana
	 * Tova", "Feliz Navidad" */
	{"eid", "mubarak"}, {"ramadan", "mubarak"}, {"ramadan", "kareem"},
	{"shana", "tova"}, {"shanah", "tovah"}, {"chag", "sameach"},
	{"shabbat", "shalom"}, {"mazel", "tov"}, {"feliz", "navidad"},
	{"hare", "krishna"}, {"lunar", "new", "year"},
	/* and Islam's greeting of any day, whose first word is no word of
	 * a list ("Assalamu alaikum, I am a student" lost it) */
	{"assalamu", "alaikum"}, {"assalamu", "alaykum"},
	{"assalamualaikum"},
	/* and Maori's greeting of any day, whose words are given names
	 * ("kia ora, first time posting" lost "kia") */
	{"kia", "ora"},
	/* the dread of a week's start ("the Sunday Scaries") */
	{"scaries"},
	/* those whom help for the mind is named after or taught by, and
	 * the kind whom people take comfort in ("Marsha Linehan invented
	 * DBT", "Ted Lasso made me hopeful"); not those whose name many
	 * people have (Carl Rogers, Charlie Brown), who stay names */
	{"marsha", "linehan"}, {"brene", "brown"}, {"sigmund", "freud"},
	{"mister", "rogers"}, {"ted", "lasso"},
	{"hello", "kitty"},
	/* brands, shows and books whose words are names, said of a day's
	 * comforts and vices: "drank a Dr Pepper", "Trader Joe's was
	 * packed", "watching Grey's Anatomy", "jack daniel's", "tim
	 * hortons at 2am" were names
	 * (and "a pint of Ben & Jerry's", beside Ben Nevis above).  A
	 * word written with its 's is taken only with it: "Jack Daniel"
	 * and "Trader Joe" alone may be someone, and "Dr. Pepper", with
	 * the title's stop, is a doctor */
	{"dr", "pepper"}, {"trader", "joe's"}, {"trader", "joes"},
	{"grey's", "anatomy"}, {"jack", "daniel's"}, {"lofi", "girl"},
	{"tim", "hortons"}, {"tim", "horton's"},
	{"man's", "search", "for", "meaning"}, {"eeyore"},
	/* people the world knows, whom chat names for their songs, games,
	 * books, faith or their own struggles ("Taylor Swift's song about
	 * anxiety", "Simone Biles talking about the twisties", "the Dalai
	 * Lama's stuff on compassion"), and characters of books, films and
	 * myths ("I see Gandalf and cry", "I feel like Sisyphus", "Winnie
	 * the Pooh quotes"): whole names, or a word no one is given; not
	 * those whose name many people have, a relation's as likely
	 * (Michael Jordan, Serena Williams, Stephen King, Bill Gates, Mac
	 * Miller, Fred Rogers), nor those whose first word is a relation
	 * or starts a holiday or a hospital ("my mother Teresa", "Martin
	 * Luther King Jr. Day", "Queen Elizabeth Hospital") */
	{"taylor", "swift"}, {"billie", "eilish"}, {"ariana", "grande"},
	{"demi", "lovato"}, {"nina", "simone"},
	{"bob", "marley"}, {"elvis", "presley"},
	{"whitney", "houston"}, {"ed", "sheeran"}, {"lana", "del", "rey"},
	{"olivia", "rodrigo"}, {"kendrick", "lamar"},
	{"chester", "bennington"}, {"beyonce"},
	{"beyoncé"}, {"simone", "biles"}, {"naomi", "osaka"},
	{"lebron", "james"}, {"kobe", "bryant"}, {"meghan", "markle"},
	{"dalai", "lama"}, {"pope", "francis"}, {"barack", "obama"},
	{"michelle", "obama"}, {"obama"}, {"oprah"}, {"mahatma", "gandhi"},
	{"greta", "thunberg"}, {"elon", "musk"}, {"steve", "jobs"},
	{"matt", "haig"}, {"viktor", "frankl"},
	{"carl", "jung"}, {"eckhart", "tolle"}, {"thich", "nhat", "hanh"},
	{"heath", "ledger"}, {"jim", "carrey"}, {"keanu", "reeves"},
	{"tom", "hanks"}, {"maya", "angelou"},
	{"edgar", "allan", "poe"},
	{"marcus", "aurelius"}, {"friedrich", "nietzsche"}, {"nietzsche"},
	{"fyodor", "dostoevsky"}, {"winnie", "the", "pooh"}, {"gandalf"},
	{"sisyphus"}, {"dumbledore"}, {"voldemort"}, {"hermione", "granger"},
	{"frodo"}, {"bilbo", "baggins"}, {"yoda"}, {"pikachu"}, {"icarus"},
	{"prometheus"}, {"odysseus"}, {"darth", "vader"},
	{"luke", "skywalker"}, {"katniss", "everdeen"}, {"homer", "simpson"},
	{"bart", "simpson"}, {"mickey", "mouse"}, {"holden", "caulfield"},
	{"tigger"},
	/* the services of data/resources.tsv (see bodies[]) whose first
	 * words are rare, kept in any case */
	{"trevor", "project"}, {"trevor", "lifeline"}, {"childline"},
	{"mensline"}, {"livslinien"}, {"befrienders"}, {"zelfmoordlijn"},
	{"throughline"}, {"samaritans", "onlus"}, {"telefono", "amico"},
	{"kirkens", "sos"}, {"anonimowy", "przyjaciel"},
	{"teléfono", "de", "la", "esperanza"}, {"línea", "de", "la", "vida"},
};
/* Bodies of health and crisis services that serve a nation or the
 * world from no one place a person is treated at, which people who talk
 * about their mental health name: "the National Institute of Mental
 * Health says", "I texted the Trevor Project".  Their words made places
 * and names ("the [LOCATION] says", "the [NAME] has a chat"), and a
 * model cannot answer about a source it cannot see.  No hospital or
 * clinic: where someone is treated is where they are.  Then the
 * services of data/resources.tsv, which mh-screen itself names, whose
 * words made names ("Die [NAME] Hand", "Lifeline [NAME]"): those whose
 * words fit the table (KW_LONGEST), and none that is a first name alone
 * ("Sneha" stays a name).  Kept when written with a capital only: their
 * first words ("mental", "suicide", "die") are common in lower case,
 * and a list bit on them stopped the walk at each (+4% of rb.txt's
 * instructions); a capitalised word's id finds its entries in
 * phrase_first[] with no bit (body_head()).  Those whose first words
 * are rare are in famous[], in any case. */
static const char *const bodies[][PHRASE_WORDS] = {
	{"national", "institute", "of", "mental", "health"},
	{"national", "institutes", "of", "health"},
	{"national", "institute", "on", "drug", "abuse"},
	{"national", "institute", "on", "alcohol", "abuse", "and",
	    "alcoholism"},
	{"national", "institute", "for", "health", "and", "care",
	    "excellence"},
	{"national", "health", "service"},
	{"world", "health", "organization"},
	{"world", "health", "organisation"},
	{"substance", "abuse", "and", "mental", "health", "services",
	    "administration"},
	{"american", "foundation", "for", "suicide", "prevention"},
	{"american", "academy", "of", "pediatrics"},
	{"mental", "health", "america"}, {"mental", "helse"},
	{"anxiety", "and", "depression", "association", "of", "america"},
	{"canadian", "mental", "health", "association"},
	{"royal", "college", "of", "psychiatrists"},
	{"international", "ocd", "foundation"},
	{"lifeline", "aotearoa"}, {"rat", "auf", "draht"},
	{"die", "dargebotene", "hand"},
	/* (the table folds ASCII letters alone: a capital from U+0080 as
	 * written there) */
	{"centre", "de", "prévention", "du", "suicide"},
	{"centro", "de", "asistencia", "al", "suicida"},
	{"fil", "santé", "jeunes"}, {"sos", "suicide", "phénix"},
	{"suicide", "Écoute"},
};
#define NLANDS (sizeof(lands) / sizeof(lands[0]))
#define NFAMOUS (sizeof(famous) / sizeof(famous[0]))
#define NBODIES (sizeof(bodies) / sizeof(bodies[0]))
/* Words that name a kind of service and no one place: a "facility" of
 * these alone ("referred me to Mental Health Services", "the community
 * mental health center", "Finnish Association for Mental Health", a
 * "Mental-health crisis line") says where no one is; one word more
 * ("Riverside Mental Health Services") and it is a place.  And the
 * words of a day, week or month kept for a cause, which is no place
 * either: "World Mental Health Day", "Mental Health Awareness Month". */
static const char *const service_words[] = {"mental", "health", "healthcare",
    "behavioral", "behavioural", "psychiatric", "psychological", "medical",
    "services", "service", "social", "care", "crisis", "community", "team",
    "emergency", "department", "dept", "child", "children's", "adolescent",
    "adult", "family", "protective", "primary", "urgent", "public", "substance",
    "addiction", "recovery", "support", "outpatient", "inpatient", "center",
    "centre", "unit", "clinic", "of", "for", "and", "the", "world",
    "awareness", "day", "week", "month", NULL};
/* Those a cause's day, week or month is kept for, which name a place
 * too ("Children's Clinic", "Children's Hospital"): service words only
 * before the day, week or month (generic_facility()), as in
 * "Children's Mental Health Awareness Week". */
static const char *const cause_whos[] = {"children", NULL};
static const char *const cause_ends[] = {"day", "week", "month", NULL};
/* A prescription's fields and counts, which a number follows as one
 * follows a street's name: "Qty 30 Refills 2", "30 Tablets 2"
 * (match_address_at()). */
static const char *const rx_fields[] = {"refills", "refill", "tablets",
    "tabs", "capsules", "caps", "pills", "doses", "qty", "quantity",
    "count", "supply", "units", "sessions", "visits", NULL};
/* Words match_name() asks of their context first (kin_ji(),
 * oath_at(), name_ask_none()): "ji" after a family word ("my nani ji"),
 * the names said as oaths ("Jesus, what a day"), and those of voice
 * assistants ("hey siri call mum"). */
static const char *const name_asks[] = {"ji", "jesus", "christ", "siri",
    "alexa", "cortana", "bixby", NULL};
/* Voice assistants and the words that wake them: "hey siri call mum",
 * "okay google call robin mobile" (assistant_woken()).  Siri, Alexa,
 * Cortana and Bixby are given names too, and stay names elsewhere. */
static const char *const assistants[] = {"siri", "alexa", "cortana",
    "bixby", "google", NULL};
static const char *const wake_words[] = {"hey", "ok", "okay", NULL};
/* What one asks an assistant to do ("hey alexa play some music"): a
 * friend greeted as "hey alexa" is asked no such thing.  The first,
 * assistant_contacts[], take a contact as their object (slot_object():
 * "hey siri text sky i'm late"). */
static const char *const assistant_contacts[] = {"call", "text", "message",
    "ring", "phone", "facetime", NULL};
static const char *const assistant_asks[] = {"play", "set", "remind",
    "send", "open", "turn", "add", NULL};
/* Words of dismay an oath follows: "oh my god jesus", "ugh, christ". */
static const char *const oath_befores[] = {"oh", "god", "omg", "ugh",
    "lord", "ah", "sweet", "holy", "gosh", NULL};
/* The systems of billing codes, whose numbers name a kind of visit and
 * no one: "denied CPT 90837" (billing_code_before()). */
static const char *const billing_systems[] = {"cpt", "hcpcs", NULL};
/* Words that go on from such an oath as a stop would end it: "oh jesus
 * no", "ugh christ why", "oh jesus please help", with a stop or the
 * line's end after them (oath_at(); "oh jesus no longer talks to me"
 * is a person's). */
static const char *const oath_afters[] = {"no", "not", "what", "why",
    "please", "help", "again", "seriously", NULL};
/* Chat's words that "fr" (for real) comes before, and the letters it
 * writes for words: "fr b said it was fine", "fr u right", "fr tho"
 * (fr_chat()); slang_words[] too. */
static const char *const fr_chat_afters[] = {"b", "r", "u", "tho",
    "though", "bro", "bruh", "lmao", "lmfao", "istg", "frfr", NULL};
/* Words after which "fr" is a priest's title all the same: "the fr b
 * i know", "wrote to fr b"; and those of surname_cues[] ("went to see
 * fr b"; fr_chat()).  Not "her", as often the one spoken of ("i miss
 * her fr tho"). */
static const char *const fr_title_befores[] = {"the", "a", "my", "our",
    "his", "their", "your", "to", "from", "by", "about", NULL};
/* Nouns after which "the" and one capitalised word is a family's name:
 * "the Patel kids", "the Ruiz family" (match_name()). */
static const char *const family_nouns[] = {
	"family", "families", "kid", "kids", "boy", "boys", "girl", "girls",
	"twins", "brothers", "sisters", "children", "household", "house",
	"home", "residence", "clan", "siblings", "parents", "baby", "family's",
	"kids'", "household's", NULL
};
/* Words before an ordinal that make it a part, no day: "one third of
 * march", "a fifth of may's pay" (spelled_date()). */
static const char *const part_leads[] = {
	"a", "an", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "every", "each", NULL
};
/* Surnames that name a condition said with its possessive alone,
 * with no "disease" after: "my dad has Parkinson's", "Huntington's is
 * genetic" (eponym_after()).  Only names that chat says far more often
 * of the condition than of a person; "Wilson", "Bell", "Down" are not
 * here (their conditions take a head word, "Wilson's disease", which
 * the eponym list keeps). */
static const char *const conditions[] = {
	"alzheimer", "parkinson", "huntington", "crohn", "addison",
	"cushing", "hashimoto", "sjogren", "sjögren", "asperger",
	"tourette", "raynaud", "meniere", "ménière", "hodgkin",
	"korsakoff", "wernicke", "cotard", "munchausen", "capgras", "paget",
	"peyronie", "dupuytren", NULL
};
/* Surnames whose possessive alone is a chain of shops or restaurants,
 * far more often in chat than a person's: "ate at McDonald's",
 * "Kohl's was packed", "Kellogg's cereal" (eponym_after()); and a show
 * called so ("we watched Grey's": Grey alone is a colour first, which
 * context makes a name).  Not the first names (Wendy's, Macy's,
 * Claire's, Denny's): "at Wendy's" may be her house. */
static const char *const chains[] = {
	"mcdonald", "kohl", "lowe", "applebee", "arby", "dillard",
	"kellogg", "hershey", "nando", "sainsbury", "grey", NULL
};
/* National chains of shops and cafes named by a word of the word
 * lists' own, no one's name: "a panic attack at Target", "I work at
 * Walmart".  The chain alone is in every town and tells no one's place;
 * the street or town after it does, and is taken ("at Target on Ridge
 * Rd") (match_place_at()).  Not those the lists hold as names (Kroger,
 * Aldi) nor words of no list (Publix, Lidl), which other rules take. */
static const char *const stores[] = {
	"target", "walmart", "costco", "starbucks", "walgreens", "safeway",
	"tesco", NULL
};
/* The words beside such a name and its possessive that make it the
 * condition: before it ("has", "with", "diagnosed with") or after it
 * ("is", "runs in", "and", "symptoms"); a noun it owns after it
 * ("Addison's mom") makes it a person (eponym_after()). */
static const char *const cond_ctx[] = {
	"has", "had", "have", "having", "with", "of", "from", "diagnosed",
	"onset", "for", "about", "got", "developed", "early", "late",
	"stage", "advanced", "is", "was", "isn't", "wasn't", "runs", "ran",
	"run", "and", "or", "but", "in", "since", "last", "too", "so",
	"because", "when", "which", "that", "can", "makes", "made",
	"symptoms", "symptom", "meds", "medication", "medications",
	"diagnosis", "tremor", "tremors", "flare", "flares", "patients",
	"research", "support", "gene", "test", "testing", NULL
};
/* Words of the eponym list (gen-names: "Apgar score", "Atkins diet")
 * that a person has as often: "worried about Maya's exam", "Tobin's
 * therapy", "Sarah's number".  After a first name and its possessive
 * they are the person's, not an eponym's (eponym_after()). */
static const char *const own_nouns[] = {
	"test", "tests", "exam", "examination", "check", "number", "numbers",
	"trial", "study", "studies", "statement", "therapy", "protocol",
	"diet", "risk", "regimen", "body", "stage", "grade", "operation",
	"procedure", "assessment", "score", "scores", "disorder", "virus",
	"plan", NULL
};
/* Words of the first-name list alone (or of both lists, and no word of
 * SCOWL's: MH_NAMES_WORD), of four letters or more, that
 * are more often something else in a chat: ordinary words (SCOWL has
 * them, but gen-names kept them names for the births), British and
 * Australian words, brands, places, games and gods.  In a text with
 * capitals none is a name in lower case without context
 * (lone_first_flags()); "I bought nike shoes", "he's a legend". */
static const char *const not_lone[] = {
	"beau", "cadence", "ebony", "genesis", "legend", "lyric",
	"margarita", "maverick", "messiah", "patsy", "randy", "rosemary",
	"savanna", "tiara", "honour", "arvo", "lolly", "hiya", "royale",
	"luxe", "cyan", "ikea", "espn", "json", "nike", "sony", "dior",
	"chanel", "fendi", "lexus", "nivea", "sephora", "barbie", "maui",
	"oslo", "asia", "bama", "okie", "indy", "jedi", "zeus", "loki",
	"zelda", "luigi", "yoshi", "shiva", "vishnu", "shanti", "nani",
	"amma", "bonita", "cherie",
	/* and of the names that are also surnames: said in chat as
	 * exclamations, assistants, gods, brands and teams, halves of
	 * states */
	"jesus", "christ", "krishna", "apollo", "alexa", "siri", "dang",
	"okey", "lala", "tita", "mercedes", "bentley", "harley", "armani",
	"everton", "carolina", "dakota",
	/* and words of things, found in the replies of ../shared ("shea
	 * butter", "aloe vera") and by a list of foods, brands and tools */
	"shea", "ferris", "vera", "chai", "bing", "haskell", "pascal",
	"audi", "aston", "zara", "hermes", "alberta", "elden",
	/* and surnames alone that are things: "played with lego" */
	"lego", "labrador",
	/* and chatbots, which chat quotes as it quotes people ("chatbot
	 * said i should rest"; unknown_word()) */
	"chatbot", "deepseek", "mistral", "replika",
	/* and the apps and services of care and of questions that chat
	 * quotes so ("teladoc said to rest", "oura said i slept badly") */
	"teladoc", "mdlive", "zocdoc", "brightline", "oura", "quora",
	"wattpad", NULL
};
/* Words after which a surname alone, in lower case, is someone: whom
 * one sees, is with, tells, calls or sighs about ("went to see okafor",
 * "ugh, okafor again"; lone_surname()), and "np", a nurse
 * practitioner's title ("my np okafor"; or chat's "no problem" said to
 * someone, a name all the same).  Not "visit": more often a place
 * ("visit leeds"). */
static const char *const surname_cues[] = {"see", "saw", "seeing", "seen",
    "with", "told", "tell", "telling", "call", "called", "text", "texted",
    "ugh", "met", "meet", "ask", "asked", "np", NULL};
/* Words of two or three letters that end "call me ..." or "my name is
 * ..." and are no name: adverbs, chat's abbreviations, what one is
 * called that is no name, bullies' words among them ("they call me
 * emo": what was said is the point; "call me crazy" has more letters),
 * and what follows "my name is" ("my name is mud"; self_name()).  Only
 * words no one goes by: two letters someone's initials may be ("call
 * me cc", "my friend mb said") belong in initials_things[] or
 * initials_chat[]. */
static const char *const not_self_names[] = {"now", "too", "up", "out",
    "in", "on", "off", "so", "ok", "kk", "okk", "pls", "plz", "rn", "tho",
    "bc", "cuz", "coz", "lol", "lel", "idk", "omg", "btw", "tmr", "tmw",
    "tn", "yet", "xx", "xxx", "xo", "ya", "yah", "yep", "yup", "nah",
    "no", "yes", "yea", "yeh", "pal", "bro", "sis", "mom", "dad", "mum",
    "bae", "hun", "bb", "old", "sir", "mad", "bad", "sad", "shy", "fat",
    "odd", "gay", "fun", "hot", "dim", "mud", "emo", "pig", "cow", "dog",
    "rat", "nut", "ho", "hoe", "big", "low", "ill", "man", "boy", "kid",
    "lad", "guy", "ex", "ugh", "hmm", "huh", "smh",
    "tbh", "fam", "sus", "fyi", "imo", "thx", "us", "it", "who", "why",
    "how", "not", "one", "two", "any", "all", "lmk", "ily", "np", "gn",
    "gm", "hbu", "wyd", "fr", "ngl", "af", "asf", "rly", "sry", "pm",
    "am", "irl", "dm", "aka", "welp", NULL};
/* Things of two letters said right after a relation word, whatever
 * follows: "my dad bp went up", "my mom tv kept buzzing", "my dad hr
 * called him in", and consoles, devices and a van one owns, "my bro ds
 * is broken", "my dad rv is parked" (rel_initials()). */
static const char *const initials_things[] = {"bp", "tv", "hr", "pc",
    "ps", "hw", "pt", "gp", "ds", "sw", "gb", "xb", "vr", "hp", "rv",
    NULL};
/* The shorthand of parents' forums and chat for one's own people, and
 * a carer's role, which a gloss in brackets spells out: "DH (my
 * husband)", "DD (my daughter)", "LO (my kid)", "SS (my stepson)", "CM
 * (my case manager)".  No one's initials there (paren_initials()). */
static const char *const rel_shorthand[] = {"bb", "cm", "dd", "dh", "dp",
    "ds", "dw", "hb", "lo", "sd", "ss", NULL};
/* Conditions, and a clinic's shorthand, of two letters and no vowel,
 * that "is" or "was" and a word say what they are or do after a
 * relation word: "my mom mh is getting worse", "my mom cf is
 * flaring", "my dad dx is pending", "my sister cs is scheduled" (a
 * c-section), "my dad bm was normal" (rel_initials()); and a group
 * chat, "my friend gc is blowing up".  Before a verb of saying the
 * same letters are as often someone's ("my son ts said"). */
static const char *const initials_health[] = {"mh", "cf", "hd", "tb", "dd",
    "sz", "dx", "rx", "tx", "sx", "hx", "fx", "cp", "ld", "hs", "ts", "hf",
    "bd", "td", "dp", "nf", "hg", "bg", "hb", "lc", "gc", "cs", "lp", "bm",
    NULL};
/* Given names of two letters with a vowel, which the lists hold only as
 * ordinary words, taken as initials are right after a relation word
 * (rel_initials(): "my bestie em is moving", "my friend vi said hi").
 * Not "ed", an eating disorder ("my sister ed is getting worse"), nor
 * "bo", body odour, nor chat's own ("ur", "ya", "im"). */
static const char *const short_names[] = {"em", "vi", NULL};
/* Chat's abbreviations and interjections of two letters, and things and
 * measures a list of nouns may hold ("tv and maya's stuff", "the pc,
 * sam and i"), read where nothing is said of the two letters: ending
 * the sentence after a relation word ("my bro gl", "me and my mom rq")
 * and beside a name in a list ("maya and fb stalked me", "jordan, gl
 * tomorrow").  Before a verb of saying the same letters are as often
 * someone's ("my friend cc said hi"), and are taken. */
static const char *const initials_chat[] = {"jk", "tf", "mb", "sm", "gg",
    "cc", "rt", "tl", "ff", "lk", "ws", "bs", "wb", "dc", "xd", "gl",
    "rq", "fs", "dw", "js", "tc", "sb", "fb", "cb", "wp", "gj", "hm", "sh",
    "mm", "zz", "tt", "nn", "pp", "hh", "ss", "tv", "pc", "hw", "hr", "pt",
    "ct", "mg", "ml", "cd", "pr", "gp", "nd", "st", "th", "rd", "ft", "lb",
    "km", "hq", "wc", "pg", "ps", "pd", "mc", "mj", "cv", "sd", "xl", "bp",
    "gd", "kk", "np", "fr", "bf", "gf", "bb", "mf", NULL};
/* Endings of the names of conditions, branches of medicine and
 * medicines (clinical_suffix()), in the order of their last four
 * letters, which clinical_suffix() searches by: mh_scan_new() fails if
 * they are not.  None is an ending of the census's or SSA's names of
 * eight letters or more: not "itis" (Petraitis), "pathy" (Tripathy),
 * "osis" (Theodosis), "philia" (Theophilia), "thymia" but "ithymia"
 * (Efthymia), "mania" but "omania" (Burmania), "ntasia" but
 * "aphantasia" (Shantasia); the conditions with those endings are in
 * the word list, and no name for it. */
static const char *const clinical_ends[] = {"omania", "phasia", "plasia",
    "aphantasia", "statin", "iatry", "praxia", "phenidate", "tidine", "idone",
    "zodone", "codone", "plegia", "aemia", "ycemia", "azepam", "lepsy",
    "kinesia", "mnesia", "lexia", "rexia", "trigine", "ologist", "orrhoea",
    "peridol", "thisia", "barbital", "lukast", "algia", "tyline", "cycline",
    "cillin", "ology", "pramine", "phetamine", "somnia", "mentia", "phobia",
    "profen", "gogia", "zolam", "olol", "phonia", "hedonia", "apine", "triptan",
    "ergia", "orrhea", "pirone", "sartan", "xetine", "ization", "isation",
    "ectomy", "acusis", "faxine", "mycin", "ithymia", "ysthymia", "azine",
    "azole"};
#define NCLINICAL (sizeof(clinical_ends) / sizeof(clinical_ends[0]))

/* The last four bytes at e, lower-case ASCII folded, as one number whose
 * order is theirs read from the first. */
static inline uint32_t
tail4(const unsigned char *e)
{
	return (uint32_t)(e[-4] | 0x20) << 24 | (uint32_t)(e[-3] | 0x20) << 16 |
	    (uint32_t)(e[-2] | 0x20) << 8 | (uint32_t)(e[-1] | 0x20);
}

/* The bit of the last four bytes k (tail4()) in sc->clinical_bits,
 * of 512: a multiplicative hash's top nine bits.  The 61 endings set
 * 45, so about one word in eleven is searched for them. */
static inline unsigned
clinical_bit(uint32_t k)
{
	return (uint32_t)(k * 0x9E3779B1u) >> 23;
}

/* The facility words that end a facility's name in lower case ("at
 * mercy hospital"): low_place().  Those of fac_ends[] and fac_kinds[]
 * too. */
static const char *const fac_heads[] = {
	"hospital", "clinic", "hospice", "infirmary", "center", "centre",
	"school", "college", "academy", "high", "middle", "elementary",
	"general", "memorial", "psych", "health", "hall", "projects",
	"university", "rehab", "hs", "state", NULL
};
/* The words of a facility's kind that chat lets end its name where
 * the clause ends: "i go to riverton high", "i work at riverton
 * general", "a junior at riverton hs", "i go to riverton state"
 * (low_place()). */
static const char *const fac_ends[] = {
	"high", "middle", "elementary", "general", "memorial", "hs", "state",
	NULL
};
/* The facility words that name a place only after a word of its kind:
 * "riverton high school", "millbrook community college", not "at grad
 * school", "to summer school" (low_place()). */
static const char *const fac_kinds[] = {
	"school", "college", "academy", NULL
};
static const char *const low_saints[] = {"st", "saint", NULL};
/* The generic words that end a school's, a building's or a street's
 * name after the name a rule took (place_tail()): "Jefferson Heights
 * High", "Whitmore Building", "Maple Ridge Road".  fac_quals[] may come
 * between ("Edison Senior High", "Wang Community Health Center"). */
static const char *const place_tails[] = {
	"high", "middle", "elementary", "secondary", "primary", "school",
	"academy", "prep", "college", "university", "rd", "st", "road",
	"street", "ave", "avenue", "blvd", "boulevard", "pkwy", "parkway",
	"hwy", "highway", "building", "counseling", "counselling",
	"fellowship", "market", "center", "centre", "clinic", "hospital",
	"apartments", "apts", "mall", "plaza", "health", "medical", "church",
	"chapel", "mosque", "temple", "synagogue", NULL
};
/* The street words chat writes in lower case after a street's name
 * ("on cole rd"), and the words of a school or a mall that end one only
 * at a clause's end ("lonely at wilson prep, we", "near karmel mall."),
 * where "help jake prep for exams", "took mia mall shopping" stay
 * (place_tail()). */
static const char *const low_tails[] = {
	"rd", "st", "ave", "blvd", "pkwy", "hwy", "ln", "apts", NULL
};
static const char *const low_tails_end[] = {
	"prep", "mall", "apartments", "elementary", NULL
};
/* The words before a name that make the one generic word after it a
 * place's (tail_cue()): "on [Cole] Rd", "at the [Whitmore] Building",
 * "down [Harlan] Rd", "I left [Crenshaw] High", besides the lists'
 * place cues (at, in, near). */
static const char *const tail_cues[] = {
	"on", "the", "down", "by", "of", "off", "along", "past", "across",
	"behind", "left", "attend", "attends", "attended", "attending", NULL
};
/* the bits of place_tail()'s words: emit() asks them of the word after
 * every span */
#define KW2_TAILS \
	(KW2_PLACE_TAIL | KW2_FAC_QUAL | KW2_LOW_TAIL | KW2_LOW_TAIL_END)
/* Words of a facility's kind between its name and its facility word:
 * "mercy general hospital" (low_place()). */
static const char *const fac_quals[] = {
	"general", "memorial", "regional", "community", "county",
	"psychiatric", "behavioral", "behavioural", "medical", "university",
	"methodist", "baptist", "presbyterian", "lutheran", "adventist",
	"catholic", "childrens", "women's", "children's", "veterans", "health",
	"mental", "cancer", "surgical", "treatment", "recovery", "high",
	"middle", "elementary", "primary", "secondary", "junior", "senior",
	"state", NULL
};
/* The endings of an e-mail address spelled out, "... dot com"
 * (spelled_email()). */
static const char *const tld_words[] = {
	"com", "net", "org", "edu", "gov", "uk", "io", NULL
};
/* The mail providers an address is written at without its ending, "kz99
 * at gmail", and "mail" of "g mail" (id_word_rules()). */
static const char *const mail_hosts[] = {
	"gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook",
	"icloud", "aol", "protonmail", "gmx", "yandex", "mail", NULL
};
/* The words of a password, after which is a secret (secret_after()). */
static const char *const secret_words[] = {
	"password", "passcode", "passwd", "pw", "pwd", NULL
};
/* A phone number's cues (phone_cue_before(), spelled_phone()). */
static const char *const phone_cues[] = {
	"call", "cell", "cellphone", "mobile", "number", "phone", "reach",
	"ring", "tel", "telephone", "text", "txt", "whatsapp", NULL
};
/* The words before a number said one digit at a time that say what it
 * is, besides the phone's (said_number_at()): a national or health
 * number's ("my social is nine eight seven ...", "nhs number"), a
 * postcode's ("my zip is nine oh two one oh").  The walk stops at them
 * (KW_FIRST_RULES).  Those that are ID cues too (said_idcues[]; "code"
 * after "area" or "post": "post code is b one four seven t y") are read
 * with a blank after them, or in a text in lower case, as voice typing
 * writes it: in a text with capitals ':' after them is nearly always
 * "MRN: 12345", which number_rules() reads, and the call there cost
 * 0.4 M on rb4 ("My SSN is nine eight seven ..." is read, "My SSN:
 * nine eight seven ..." not).  "id" as in "My patient ID is four four
 * five ...". */
static const char *const said_cues[] = {
	"social", "sin", "nhs", "ppsn", "pps", "ohip", "postcode", "zip",
	"zipcode", "eircode", NULL
};
static const char *const said_idcues[] = {
	"ssn", "mrn", "medicare", "code", "id", NULL
};
/* The words of a stay in a hospital before the place: "sectioned at
 * the Priory", "discharged from the Maudsley" (stay_facility()). */
static const char *const stay_cues[] = {
	"sectioned", "admitted", "discharged", "inpatient", "hospitalised",
	"hospitalized", "readmitted", NULL
};
/* Capitalised words after a stay's cue that are no place one stays in:
 * "discharged from the Army", "admitted to the Bar". */
static const char *const stay_not_places[] = {
	"army", "navy", "marines", "military", "air", "force", "bar",
	"program", "programme", "service", "ward", "unit", "emergency",
	"school", "university", "college", "club", "team", "group", NULL
};
/* The words before a passive "admitted": "I was admitted to". */
static const char *const admit_befores[] = {"was", "were", "been",
    "being", "got", "get", "is", "am", "are", "be", "i'm", "im", NULL};

/* Words in "-s" that are no verb's "-s" form (finite_after()). */
static const char *const not_s_forms[] = {
	"always", "sometimes", "perhaps", "besides", "towards", "afterwards",
	"regardless", "nevertheless", "nowadays", "unless", "whereas",
	"across", "hers", "ours", "yours", "theirs", "anyways", "sideways",
	"backwards", "forwards", "upwards", "downwards", "indoors",
	"outdoors", "upstairs", "downstairs", "overseas", "less", NULL
};
/* Groups people are from, alone, after "the" and after "my", and the
 * places where one meets staff ("at the shelter", "at the front desk");
 * and what a person does after one (from_group_after()). */
static const char *const groups[] = {
	"work", "school", "church", "college", "uni", "class", "accounts",
	"therapy", "rehab", "aa", "group", "choir", "youth", NULL
};
static const char *const the_groups[] = {
	"gym", "office", "group", "team", "club", "choir", "shop", "pub",
	"ward", "church", "café", "cafe", "shelter", "desk", "pharmacy",
	"clinic", NULL
};
static const char *const my_groups[] = {
	"class", "work", "job", "school", "church", "team", "group", "course",
	"office", "ward", "unit", NULL
};
static const char *const person_does[] = {
	"invited", "texted", "messaged", "came", "asked", "wants", "wanted",
	"keeps", "kept", "thinks", "sent", "gave", "helped", "and", "who",
	"was", "has", "had", NULL
};
/* Words that end the name of a place: Halden Bay, Mossy Falls, Crater
 * Lake. */
static const char *const geo_suffixes[] = {
	"bay", "beach", "falls", "springs", "harbor", "harbour", "heights",
	"hills", "valley", "creek", "island", "cove", "ridge", "bluffs",
	"shores", "lake", NULL
};
/* Small words inside a town's name after its first part: San Lorenzo
 * del Valle, Caxias do Sul. */
static const char *const town_particles[] = {
	"del", "de", "la", "do", "da", "dos", "das", "di", "della", "du",
	"des", "sur", NULL
};
/* The words after which a lower-case word may be a town (low_town()):
 * "from tulsa", "near leeds", "visiting boston".  The walk stops at
 * the word after one (memo_quiet()). */
static const char *const town_preps[] = {
	"from", "near", "visiting", NULL
};
/* Before "in" or "to" (or "up in"), the words of living, moving and
 * travelling: "live in", "moved to", "school in", "flew to", "back to",
 * "grew up in" (low_town()); "drive home to", "hometown is" (or "was"),
 * "born in 1988 in".  The walk stops at the word after one,
 * which is where "in" and "to" come (memo_quiet()): the words after
 * "in" and "to" are too many to stop at. */
static const char *const town_verbs[] = {
	"live", "lives", "lived", "living", "born", "raised", "grew",
	"growing", "school", "college", "uni", "university", "work", "works",
	"worked", "working", "job", "based", "settled", "stay", "stayed",
	"staying", "move", "moves", "moved", "moving", "relocate",
	"relocated", "relocating", "flew", "fly", "flying", "drove",
	"driving", "drive", "drives", "trip", "back", "home", "hometown", "over",
	NULL
};
/* Words before a country or state that make a region, no person:
 * "Southern Poland", "rural Ohio". */
static const char *const directions[] = {
	"north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "central", "upstate", "rural", "northeast", "northwest",
	"southeast", "southwest", NULL
};
/* Words after a verb, not after a name: "hope we", "hope to". */
static const char *const verb_next[] = {
	"we", "you", "i", "they", "he", "she", "u", NULL
};
/* Things with titles: "a worksheet called Love Maps", "a book called
 * Feeling Good" is no one.  (Not a blog, a channel or a pet: their
 * names can point to their owner.) */
static const char *const things[] = {
	"worksheet", "workbook", "book", "app", "podcast", "show", "series",
	"song", "album", "film", "movie", "game", "exercise", "skill",
	"technique", "program", "programme", "course", "class", "video",
	"episode", "chapter", "article", "meditation", "playlist", "method",
	"tool", "module", "handout", "poem", "novel", "documentary", NULL
};
/* Before a thing, the one called is in it: "a girl in my class called
 * Emily", "a guy from the game named Tyler". */
static const char *const thing_preps[] = {
	"in", "from", "on", "at", "of", "with", "during", "into", NULL
};

/* Words after which a capitalised Hope or Will is a person. */
static const char *const ambig_cues[] = {
	"to", "with", "and", "or", "told", "asked", "call", "called", "text",
	"texted", "saw", "met", "miss", "missed", "love", "about", "tell",
	"for", "see", "seeing", "visit", "visited", "trust", "hate", "like",
	"ask", "is", "was", "but", "named", "dear", "hi", "hey", "thanks", "by",
	/* a farewell as a greeting: "Bye Grace, see you", "Cheers Mark" */
	"bye", "cheers",
	/* Tagalog's marker of a person: "si Hope ay mabait" */
	"si", NULL
};
/* Words of endearment that are names too, no name after a greeting,
 * thanks or a farewell: "Hi Love", "Cheers Love", "Bye Babe"
 * (addressed_word()). */
static const char *const endearments[] = {
	"love", "honey", "babe", "baby", "sunshine", "buddy", NULL
};
/* Words of when between a relation and what it did: "ray my flatmate
 * just texted me" (rel_bare_after()). */
static const char *const deed_whens[] = {"just", "finally", "suddenly",
    "randomly", "literally", "already", "also", "never", "always", NULL};
/* First names that sign off as words do, alone on a message's last
 * line: "Ok bye,\nPeace", "Love,\nForever" (signoff_name()). */
static const char *const sign_words[] = {"peace", "forever", "always",
    NULL};
/* First names that are also words but, before "my", a relation and a
 * verb, the verb "hope" or an oath: "hope my mom texted me", "Mercy my
 * boss yelled at me" (slot_subject(), rel_bare_after()). */
static const char *const appos_nots[] = {"hope", "bless", "lord", "mercy",
    NULL};
/* First names that are also verbs a relation does, or words of what
 * one is, before "in" or "at": "my mum rose at six", "my dad will at
 * least try", "my nan young at heart", "is my son gay at school"
 * (where_after()). */
static const char *const where_nots[] = {"rose", "drew", "will", "young",
    "gay", "lucky", "rusty", NULL};
/* First names that are also words for what one feels or is given, of
 * which chat says what it says of a person: "hope is my best friend",
 * "Joy at work was rare" (low_rel_pred(), from_group_after()). */
static const char *const senses[] = {"hope", "faith", "grace", "joy",
    "love", "patience", "mercy", "harmony", "serenity", "peace", NULL};
/* Verbs of saying a feeling or a season does too, coming and going:
 * "joy from work came back", "summer came early" (low_from_group(),
 * name_again()). */
static const char *const fades[] = {"came", "went", "left", NULL};
/* Seasons that are first names too, a time that opens a clause in
 * lower case ("summer my bf dumped me") and of which chat says what it
 * says of a person ("Summer at work was busy"): slot_subject(),
 * from_group_after(). */
static const char *const season_names[] = {"summer", "autumn", "winter",
    "spring", NULL};
/* Past forms in no "-ed" of what a relation did, after "Lily my
 * sister" (rel_bare_after()): "found", "heard". */
static const char *const past_deeds[] = {"found", "heard", "saw", "took",
    "got", "gave", "sent", "came", "went", "made", "brought", "drove",
    "stole", "threw", "caught", "knew", "thought", "bought", "ran", "met",
    "woke", "paid", "lost", NULL};
/* Before "of" and a capitalised Hope or Hunter, fear of a person:
 * "scared of Hunter" (ambig_cue()). */
static const char *const fear_words[] = {
	"scared", "afraid", "terrified", "frightened", "petrified", NULL
};
/* After a capitalised Hope or Hunter and before "me" or "us", a deed
 * done to the writer: "Hunter hit me", "Grace blocked me"
 * (deed_after()). */
static const char *const deeds[] = {
	"hit", "hits", "hurt", "hurts", "hates", "hated", "blocked",
	"ghosted", "dumped", "punched", "slapped", "kicked", "pushed",
	"choked", "grabbed", "kissed", "touched", "raped", "abused",
	"threatened", "threatens", "bullied", "bullies", "stalks",
	"stalked", "follows", "followed", "screamed", "yelled", "blames",
	"blamed", "ignores", "ignored", "cheated", "lied", "loves",
	"visited", "messages", "texts", "calls", "rang", "phoned", NULL
};
/* Before a verb in -ing and "me": "Summer keeps calling me". */
static const char *const deed_leads[] = {
	"keeps", "kept", "stopped", "started", "won't", "wont", "is",
	"was", NULL
};
/* In a text in lower case, the verbs after which a name that is also a
 * word ("hope", "will", "summer") is the one who did them, at the start
 * of a clause and with what each needs after it (slot_subject()):
 * "grace texted me", "june said she'd call", "mark keeps ignoring me",
 * "summer left for college", "ray broke up with me"; not "hope keeps me
 * going", "summer left me exhausted", "will he call". */
static const char *const low_deeds[] = {
	"said", "says", "told", "tells", "texted", "texts", "messaged",
	"called", "calls", "yelled", "screamed", "snapped", "lied", "lies",
	"ghosted", "dumped", "blocked", "cheated", "hates", "hated",
	"keeps", "kept", "broke", "left", "reckons", NULL
};
/* The verbs of telling and "took" after which a word of no list opens
 * a clause as the one who did them, with nothing needed after the verb
 * but after "took" (unknown_subject()): "malgosia said", "uche
 * messaged from work", "thabo took the taxi". */
static const char *const person_tells[] = {"said", "says", "told", "tells",
    "texted", "texts", "messaged", "called", "calls", "asked", "asks",
    "yelled", "screamed", "ghosted", "replied", "reckons", "took", NULL};
/* What two people do or are, after a pair of names of no list
 * (unknown_pair_at(), with low_deeds[]): "lerato and nomsa were at the
 * party", "sipho and thabo went home". */
static const char *const pair_deeds[] = {"were", "came", "went", "are",
    "both", "got", NULL};
/* After "keeps" or "kept", what a person keeps doing to the writer:
 * "hope keeps asking why", "max keeps ghosting me"; not "hope keeps
 * slipping away" (slot_subject()). */
static const char *const low_keep_ings[] = {
	"asking", "texting", "calling", "messaging", "ignoring", "ghosting",
	"bugging", "saying", "telling", "yelling", "screaming", "blaming",
	"pestering", "nagging", "begging", "inviting", "avoiding", "lying",
	"sending", "ditching", "cancelling", "canceling", "bringing",
	"talking", "making", "trying", NULL
};
/* The subjects chat writes with no apostrophe after "says" (deed_tail(),
 * with low_pronoun()'s): "sky says im being dramatic", "bill reckons
 * shes soft". */
static const char *const chat_subjects[] = {"im", "ive", "hes", "shes",
    "theyre", NULL};
/* Places always named with "the", which no cue need come before: "in
 * the bronx", "we summered in the hamptons" (word_rules()).  A bit of
 * KW_LOW_RULES, so that the walk stops at them in a text with capitals
 * too ("We grew up in the bronx."). */
static const char *const boroughs[] = {"bronx", "hamptons", NULL};
/* Family words of other languages, typed in Latin letters: after one
 * the writer names the one meant in lower case as often as not, with a
 * name that no list of the scanner holds ("my nani kamla keeps
 * calling", match_lower_name()).  A few of gen-names' KIN_WORDS, and
 * the English "nana": after "my mom" a word no list holds is as often
 * slang or a typing slip ("my mom lowkey hates me").  And the English
 * pet names of kin that no list holds as a relation ("grammy",
 * "grampa"), a relation, not a name, before a deed (unknown_subject()). */
static const char *const kin_others[] = {
	"nani", "nana", "nanu", "dadi", "dada", "dadu", "ammi", "abbu",
	"amma", "appa", "ammachi", "achan", "abuela", "abuelo", "abuelita",
	"abuelito", "oma", "opa", "baba", "bubbe", "bubby", "zayde", "lola",
	"lolo", "nonna", "nonno", "yaya", "yiayia", "halmoni", "teta", "sitti",
	"jiddo", "tía", "tío", "tio", "didi", "bhaiya", "chacha", "chachi",
	"mami", "mamu", "khala", "khalu", "mausi", "babcia", "dziadek",
	"vovó", "vovô", "vovo", "avó", "avô", "gogo", "mkhulu", "ouma", "oupa",
	"ibu", "bapak", "manong", "manang", "grammy", "grampa", "granda",
	"pappy", "mumma", "boyfie", "paati", "thatha", "akka", "chithi", NULL
};
/* Where a thing that is a first name too lies or hangs, which one
 * stands on or in less often: "heather on the hills", "moon over the
 * city", "moss on the rocks" (word_thing_at()). */
static const char *const thing_places[] = {"hill", "hills", "hillside",
    "moor", "moors", "heath", "fells", "glen", "valley", "mountain",
    "mountains", "rock", "rocks", "wall", "walls", "horizon", "city",
    "sea", "water", "lake", "river", "dunes", NULL};
/* What a form's field takes alone, which no chat's message is: "Hope:
 * low", "Will: none", "Plan: nil" (field_value()). */
static const char *const field_values[] = {"none", "nil", "low", "high",
    "mild", "moderate", "severe", "medium", NULL};
/* Before the one a feeling is at or with: "mad at will.", "angry with
 * mark" (slot_object()). */
static const char *const low_cross[] = {
	"mad", "angry", "upset", "pissed", "furious", "annoyed", "livid",
	"disappointed", "frustrated", NULL
};
/* Words before a clause's subject that say nothing of it: "ugh dawn
 * yelled at me", "so mark said" (slot_subject()). */
static const char *const low_openers[] = {
	"ugh", "so", "and", "but", "honestly", "then", "omg", "like", "now",
	"because", "cause", "cuz", "bc", "today", "yesterday", "lol", "tbh",
	"ok", "okay", "well", "anyway", "anyways", "idk", "also", "plus",
	"even", "literally", "basically",
	/* a clause after a verb of feeling or saying: "i hate that rose
	 * told everyone" */
	"that", NULL
};
/* Words of chat no one is called, which a writer capitalises where a
 * clause opens after a comma ("Anyway, Just Maya said no", "Ok, Yes
 * Maya came", "Regards Maya Okafor"): never a first name before a
 * surname (no_first_before()). */
static const char *const no_first_words[] = {
	"just", "its", "yes", "yeah", "yep", "yup", "maybe", "please",
	"sorry", "thanks", "thank", "actually", "apparently", "alright",
	"although", "though", "only", "hmm", "wow", "btw", "tonight",
	"sincerely", "regards", "still", "oh", "um", "uh", "ah", "yet", "nor",
	"bye", "cheers", "ps",
	/* names too ("Love Okafor"): before a first name only
	 * (chat_before_name()) */
	"love", NULL
};
/* A letter's closes, which a comma follows before the name that signs
 * it, on its line or the next: "Sincerely, Um Jiwoo", "Best, Even
 * Maya" (chat_opens_clause(), closing_before()). */
static const char *const sign_offs[] = {"sincerely", "regards", "best",
    "wishes", "xoxo", "yours", NULL};
/* The same in chat, before a comma ("love, D.", "thanks, K.", "hey its
 * me, kz", "see you soon, K.", "see you then, K.") or a dash ("love you
 * - D."), "xo" and "xoxo" without one too ("xo D.": closing_before()) */
static const char *const chat_closes[] = {"love", "luv", "xo", "thanks",
    "thx", "ty", "cheers", "me", "you", "u", "ya", "soon", "later", "bye",
    "then", NULL};
/* The heads of a form's line whose value is a person's name, written
 * "SURNAME, FIRST" ("Patient: RIVERA, JAKE", "PATIENT NAME: OKAFOR,
 * MAYA A"), and the fields that follow one on the same line ("RIVERA,
 * JAKE DOB 03/14/1961"): caps_form_name(). */
static const char *const form_cues[] = {
	"patient", "name", "pt", "client", "resident", "member", NULL
};
static const char *const form_afters[] = {"dob", "mrn", NULL};
/* After a capitalised Hope's or Chase's, what is a person's: "Hunter's
 * dad", "Chase's birthday party" (persons_after()). */
static const char *const persons_things[] = {
	"birthday", "funeral", "wedding", "house", "place", "flat",
	"apartment", "room", "car", "phone", "number", "family", "parents",
	"boyfriend", "girlfriend", "husband", "wife", "partner", "ex",
	"kids", "baby", "dog", "cat", "puppy", "kitten", NULL
};
/* clang-format on */

/* Endings of street names in languages that write the number after the
 * name (street_morpheme()); each ends in an ASCII letter. */
static const struct lit street_endings[] = {LIT("strasse"), LIT("gasse"),
    LIT("vej"), LIT("gata"), LIT("gate"), LIT("katu"), LIT("tie"),
    LIT("straat"), LIT("weg"), LIT("laan"), LIT("utca"), LIT("veien"),
    LIT("vegur"), LIT("gade"), LIT("allee"), LIT("platz"), LIT("plein"),
    LIT("gracht"), LIT("vägen"), LIT("gatan"), LIT("vegen"), LIT("braut"),
    LIT("stræti"), LIT("straße"), LIT("graben"), LIT("kuja"), LIT("polku")};
_Static_assert(sizeof(street_endings) / sizeof(street_endings[0]) <= 32,
    "ending_by_last holds 32 bits");

/* The number words, by value: one to nine, ten to nineteen, the tens and
 * "hundred".  The rules that read a number in words each ask a run of
 * it (number_word()): spelled_age() its units ("ninety two") and after
 * "a hundred and" the units to thirty, ninety_word() its units
 * ("ninety-three"), spelled_street() a house number from two to a
 * hundred ("twelve elm street"; not "one": "there is one main
 * street"). */
static const struct lit number_words[] = {LIT("one"), LIT("two"), LIT("three"),
    LIT("four"), LIT("five"), LIT("six"), LIT("seven"), LIT("eight"),
    LIT("nine"), LIT("ten"), LIT("eleven"), LIT("twelve"), LIT("thirteen"),
    LIT("fourteen"), LIT("fifteen"), LIT("sixteen"), LIT("seventeen"),
    LIT("eighteen"), LIT("nineteen"), LIT("twenty"), LIT("thirty"),
    LIT("forty"), LIT("fifty"), LIT("sixty"), LIT("seventy"), LIT("eighty"),
    LIT("ninety"), LIT("hundred")};
/* Where the runs of number_words[] start and end */
enum {
	NW_ONE = 0,
	NW_TWO = 1,
	NW_TEN = 9,
	NW_THIRTEEN = 12,
	NW_TWENTY = 19,
	NW_FORTY = 21,
	NW_SIXTY = 23,
	NW_HUNDRED = 27,
	NW_END = 28
};
_Static_assert(sizeof(number_words) / sizeof(number_words[0]) == NW_END,
    "number_words[] ends at NW_END");

/* Cue words and the identifier type each announces (cue_type()). */
static const struct {
	const char *w;
	int type;
} kw_cues[] = {
    {"mrn", MH_SCAN_MRN},
    {"chart", MH_SCAN_MRN},
    {"record", MH_SCAN_MRN},
    {"patient", MH_SCAN_MRN},
    {"member", MH_SCAN_HEALTHPLAN},
    {"policy", MH_SCAN_HEALTHPLAN},
    {"insurance", MH_SCAN_HEALTHPLAN},
    {"subscriber", MH_SCAN_HEALTHPLAN},
    {"medicaid", MH_SCAN_HEALTHPLAN},
    {"medicare", MH_SCAN_HEALTHPLAN},
    {"group", MH_SCAN_HEALTHPLAN},
    {"claim", MH_SCAN_HEALTHPLAN},
    {"account", MH_SCAN_ACCOUNT},
    {"acct", MH_SCAN_ACCOUNT},
    {"routing", MH_SCAN_ACCOUNT},
    {"iban", MH_SCAN_ACCOUNT},
    {"license", MH_SCAN_LICENSE},
    {"licence", MH_SCAN_LICENSE},
    {"lic", MH_SCAN_LICENSE},
    {"dl", MH_SCAN_LICENSE},
    {"cdl", MH_SCAN_LICENSE},
    {"certificate", MH_SCAN_LICENSE},
    {"cert", MH_SCAN_LICENSE},
    {"passport", MH_SCAN_LICENSE},
    {"plate", MH_SCAN_PLATE},
    {"vin", MH_SCAN_VIN},
    {"serial", MH_SCAN_DEVICE},
    {"sn", MH_SCAN_DEVICE},
    {"imei", MH_SCAN_DEVICE},
    {"device", MH_SCAN_DEVICE},
    {"ssn", MH_SCAN_SSN},
    {"card", MH_SCAN_CARD},
};

static const struct {
	const char *const *w;
	uint64_t set;
} kw_lists[] = {
    {place_particles, KW_PLACE_PARTICLE},
    {street_particles, KW_STREET_PARTICLE},
    {lead_streets, KW_LEAD_STREET},
    {name_particles, KW_NAME_PARTICLE},
    {clinical_abbrevs, KW_CLINICAL},
    {holidays, KW_HOLIDAY},
    {ambig_cues, KW_AMBIG_CUE},
    {unit_words, KW_UNIT_WORD},
    {ship_words, KW_SHIP},
    {low_facilities, KW_LOW_FACILITY},
    {rating_words, KW_RATING},
    {date_preps, KW_DATE_PREP},
    {clause_starts, KW_CLAUSE_START},
    {date_cues, KW_DATE_CUE},
    {lower_names, KW_LOWER_NAME},
    {geo_suffixes, KW_GEO_SUFFIX},
    {town_particles, KW_TOWN_PARTICLE},
    {directions, KW_DIRECTION},
    {verb_next, KW_VERB_NEXT},
    {things, KW_THING},
    {thing_preps, KW_THING_PREP},
    {state_names, KW_STATE_NAME},
    {place_nouns, KW_PLACE_NOUN},
    {feasts, KW_FEAST},
    {finites, KW_FINITE},
    {base_eds, KW_BASE_ED},
    {day_heads, KW_DAY_HEAD},
    {low_streets, KW_LOW_STREET},
    {boroughs, KW_BOROUGH},
    {addr_heads, KW_ADDR_HEAD},
    {measures, KW_MEASURE},
    {groups, KW_GROUP},
    {the_groups, KW_GROUP_THE},
    {my_groups, KW_GROUP_MY},
    {person_does, KW_PERSON_DOES},
    {platforms, KW_PLATFORM},
    {account_words, KW_ACCOUNT},
    {slang_words, KW_SLANG},
    {ord_days, KW_ORD_DAY},
    /* the ordinals of ord_days[] from "fourth": words the walk may stop
     * at, where "first", "second" and "third" are everywhere */
    {ord_days + 3, KW_ORD_HIGH},
    {tens, KW_TENS},
    {fac_heads, KW_FAC_HEAD},
    {low_saints, KW_LOW_SAINT},
    {tld_words, KW_TLD_WORD},
    {poss_dets, KW_POSS_DET},
    {ninety_words, KW_NINETY},
    {foreign_months, KW_FMONTH},
    {cond_ctx, KW_COND_CTX},
    {honorifics, KW_HONORIFIC},
    {noun_nexts, KW_NOUN_NEXT},
    {town_preps, KW_TOWN_PREP},
    {town_verbs, KW_TOWN_VERB},
    {mail_hosts, KW_MAIL_HOST},
    {secret_words, KW_SECRET},
    {phone_cues, KW_PHONE_CUE},
    {said_cues, KW_SAID_CUE},
    {said_idcues, KW_SAID_IDCUE},
    {stay_cues, KW_STAY_CUE},
};
/* the lists of the second word of bits */
static const struct {
	const char *const *w;
	uint32_t set;
} kw_lists2[] = {
    {not_s_forms, KW2_NOT_S_FORM},
    {fac_quals, KW2_FAC_QUAL},
    {part_leads, KW2_PART_LEAD},
    {family_nouns, KW2_FAMILY_NOUN},
    {verb_afters, KW2_VERB_AFTER},
    {conditions, KW2_CONDITION},
    {own_nouns, KW2_OWN_NOUN},
    {not_lone, KW2_NOT_LONE},
    {service_words, KW2_SERVICE},
    {surname_cues, KW2_SURNAME_CUE},
    {not_self_names, KW2_NOT_SELF},
    {date_leads, KW2_DATE_LEAD},
    {stay_not_places, KW2_NOT_STAY},
    {admit_befores, KW2_ADMIT_BEFORE},
    {chains, KW2_CHAIN},
    {stores, KW2_STORE},
    {low_deeds, KW2_LOW_DEED},
    {person_tells, KW2_TELLS},
    {kin_others, KW2_KIN_OTHER},
    {form_cues, KW2_FORM_CUE},
    {form_afters, KW2_FORM_AFTER},
    {fac_ends, KW2_FAC_END},
    {fac_kinds, KW2_FAC_KIND},
    {rx_fields, KW2_RX_FIELD},
    {cause_whos, KW2_CAUSE_WHO},
    {cause_ends, KW2_CAUSE_END},
    {name_asks, KW2_NAME_ASK},
    {oath_befores, KW2_OATH_BEFORE},
    {billing_systems, KW2_BILLING},
    {place_tails, KW2_PLACE_TAIL},
    {low_tails, KW2_LOW_TAIL},
    {low_tails_end, KW2_LOW_TAIL_END},
    /* ids and no bit: chat_word() asks a word's id before its bytes */
    {low_openers, 0},
    {no_first_words, 0},
};

int
mh_scan_type_from_name(const char *s, size_t n)
{
	for (int i = 0; i < MH_SCAN_NTYPES; i++) {
		size_t k;
		if (n != type_names[i].m)
			continue;
		for (k = 0; k < n; k++)
			if (lc((unsigned char)s[k]) !=
			    lc((unsigned char)type_names[i].w[k]))
				break;
		if (k == n)
			return i;
	}
	return -1;
}

int
mh_scan_wordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

static int word_char_at(const unsigned char *u, size_t n, size_t i);
static int word_char_before(const unsigned char *u, size_t n, size_t i);

static inline int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

static inline int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
isalpha_a(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
isalnum_a(int c)
{
	return isdig(c) || isalpha_a(c);
}

int
mh_scan_placeholder(const char *s, size_t n, size_t pos, size_t *end, int *type,
    unsigned long *num)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = pos, ts, te, ds;
	int close = 0, t;
	unsigned long v = 0;

	if (p >= n)
		return 0;
	if (u[p] == '[' || u[p] == '<' || u[p] == '{') {
		close = u[p] == '[' ? ']' : u[p] == '<' ? '>' : '}';
		p++;
		while (p < n && u[p] == ' ')
			p++;
	} else if (p > 0 && word_char_before(u, n, p))
		return 0;
	ts = p;
	while (p < n && isalpha_a(u[p]) && p - ts < 12)
		p++;
	te = p;
	/* cheap refusals first: a bare placeholder needs '_' after the
	 * type, and type names are 2 to 10 letters */
	if (te - ts < 2 || te - ts > 10 || (!close && (p >= n || u[p] != '_')))
		return 0;
	if ((t = mh_scan_type_from_name(s + ts, te - ts)) < 0)
		return 0;
	if (p < n && u[p] == '_')
		p++;
	else if (close && p < n && (u[p] == ' ' || u[p] == '-'))
		p++;
	else if (!close)
		return 0;
	ds = p;
	while (p < n && isdig(u[p]) && p - ds < 9)
		v = v * 10 + (unsigned long)(u[p++] - '0');
	if (p == ds || (p < n && isdig(u[p])))
		return 0;
	if (close) {
		while (p < n && u[p] == ' ')
			p++;
		if (p >= n || u[p] != close)
			return 0;
		p++;
	} else if (p < n && word_char_at(u, n, p))
		return 0;
	*end = p;
	*type = t;
	*num = v;
	return 1;
}

/* A word of up to 16 bytes as two 64-bit keys, zero-padded, ASCII
 * letters folded to lower case eight at a time: every keyword test
 * is then two compares.  Words hold no NUL byte, so the padding cannot
 * make two words of different lengths equal. */
static inline uint64_t
fold8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	uint64_t low7 = x & ~high;
	/* per byte, no carry out of it: high bit set iff low7 >= 'A', and
	 * iff low7 > 'Z'; bytes of 0x80 and above are left alone */
	uint64_t ge_a = low7 + ones * (0x80 - 'A');
	uint64_t gt_z = low7 + ones * (0x80 - 'Z' - 1);

	return x | ((ge_a & ~gt_z & ~x & high) >> 2);
}

/* The key of the n bytes at w; room is how many bytes may be read
 * there (n or more). */
static inline void
kw_key(const char *w, size_t n, size_t room, uint64_t k[2])
{
#ifdef __SSE2__
	if (room >= 16) {
		/* the same in a few vector steps, for the key of every
		 * word (memo_entry()): about half the instructions of the
		 * steps below.  Bytes from 0x80 compare as negative, so
		 * this folds 'A' to 'Z' only, as fold8() does. */
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)w);
		__m128i up =
		    _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
		        _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
		__m128i in = _mm_cmpgt_epi8(_mm_set1_epi8((char)n),
		    _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
		        14, 15));

		v = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
		_mm_storeu_si128((__m128i *)(void *)k, _mm_and_si128(v, in));
		return;
	}
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (room >= 16) {
		/* two plain loads, then the bytes past n cleared */
		memcpy(k, w, 16);
		k[0] &= n >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * n)) - 1;
		k[1] &= n <= 8 ? 0 : ((uint64_t)1 << (8 * (n - 8))) - 1;
	} else
#endif
	{
		unsigned char b[16] = {0};
		(void)room;
		memcpy(b, w, n);
		memcpy(k, b, 16);
	}
	k[0] = fold8(k[0]);
	k[1] = fold8(k[1]);
}

static inline uint32_t
kw_hash(const uint64_t k[2])
{
	return (uint32_t)(((k[0] ^ (k[1] * 0xC2B2AE3D27D4EB4Fu)) *
	                      0x9E3779B97F4A7C15u) >>
	    40);
}

/* The id of the word with key k, or 0. */
static unsigned
kw_find(const struct mh_scanner *sc, const uint64_t k[2])
{
	for (uint32_t p = kw_hash(k) & (KW_SLOTS - 1);;
	     p = (p + 1) & (KW_SLOTS - 1)) {
		unsigned id = sc->kw_slot[p];
		if (id == 0 ||
		    (sc->kw_key[id][0] == k[0] && sc->kw_key[id][1] == k[1]))
			return id;
	}
}

/* Add w to the table with the list bits set; its id, or -1 if it does
 * not fit. */
static int
kw_add(struct mh_scanner *sc, const char *w, uint64_t set)
{
	size_t n = strlen(w);
	uint64_t k[2];
	unsigned id;

	if (n > KW_LONGEST)
		return -1;
	kw_key(w, n, n, k);
	if ((id = kw_find(sc, k)) == 0) {
		uint32_t p = kw_hash(k) & (KW_SLOTS - 1);
		if (sc->nkw == KW_MAX)
			return -1;
		while (sc->kw_slot[p] != 0)
			p = (p + 1) & (KW_SLOTS - 1);
		id = (unsigned)sc->nkw++;
		sc->kw_slot[p] = (unsigned short)id;
		sc->kw_key[id][0] = k[0];
		sc->kw_key[id][1] = k[1];
	}
	sc->kw_sets[id] |= set;
	return (int)id;
}

/* A word of lands[], famous[] or bodies[] added with the list bits set:
 * its id, with PHRASE_POSS if it is written with its 's ("grey's");
 * PHRASE_AMP for "&"; or -1 if it does not fit. */
static int
phrase_word_add(struct mh_scanner *sc, const char *w, uint64_t set)
{
	char b[KW_LONGEST + 1];
	size_t n = strlen(w);
	int id;

	_Static_assert(KW_MAX <= PHRASE_ID, "a phrase word's id fits its bits");
	if (strcmp(w, "&") == 0)
		return PHRASE_AMP;
	if (n < 3 || n - 2 > KW_LONGEST || memcmp(w + n - 2, "'s", 2) != 0)
		return kw_add(sc, w, set);
	memcpy(b, w, n - 2);
	b[n - 2] = '\0';
	return (id = kw_add(sc, b, set)) == -1 ? -1 : id | PHRASE_POSS;
}

/* The named keywords first, in KEYWORDS order, so that their ids are
 * the KW_ constants; then the lists and the cue words; last the street
 * endings by their last letter.  -1 if a word does not fit. */
static int
kw_build(struct mh_scanner *sc)
{
	sc->nkw = 1;
	for (size_t k = 0; k < KW_NNAMED - 1; k++)
		if (kw_add(sc, kw_named[k], 0) == -1 || sc->nkw != k + 2)
			return -1;
	/* the bits of named words (KW_SAINT_WORD, KW_CAP_RULE) */
	sc->kw_sets[KW_ST] |= KW_SAINT_WORD;
	sc->kw_sets[KW_SAINT] |= KW_SAINT_WORD;
	sc->kw_sets[KW_MT] |= KW_SAINT_WORD;
	sc->kw_sets[KW_MOUNT] |= KW_SAINT_WORD;
	sc->kw_sets[KW_STE] |= KW_SAINT_WORD;
	sc->kw_sets[KW_LAKE] |= KW_SAINT_WORD;
	sc->kw_sets[KW_CORNER] |= KW_CAP_RULE;
	sc->kw_sets[KW_P] |= KW_CAP_RULE;
	sc->kw_sets[KW_PO] |= KW_CAP_RULE;
	sc->kw_sets[KW_CO] |= KW_CAP_RULE;
	for (size_t l = 0; l < sizeof(kw_lists) / sizeof(kw_lists[0]); l++)
		for (size_t k = 0; kw_lists[l].w[k]; k++)
			if (kw_add(sc, kw_lists[l].w[k], kw_lists[l].set) == -1)
				return -1;
	_Static_assert(NLANDS + NFAMOUS + NBODIES <= PHRASES_MAX,
	    "phrase_kw holds lands[], famous[] and bodies[]");
	for (size_t k = 0; k < NLANDS + NFAMOUS + NBODIES; k++) {
		const char *const *ph = k < NLANDS ? lands[k]
		    : k < NLANDS + NFAMOUS         ? famous[k - NLANDS]
		                           : bodies[k - NLANDS - NFAMOUS];
		for (size_t w = 0; w < PHRASE_WORDS && ph[w] != NULL; w++) {
			int id = phrase_word_add(sc, ph[w],
			    w > 0                      ? 0
			        : k < NLANDS           ? KW_LAND_HEAD
			        : k < NLANDS + NFAMOUS ? KW_FAMOUS_HEAD
			                               : 0);
			if (id == -1)
				return -1;
			sc->phrase_kw[k][w] = (unsigned short)id;
		}
		/* a first word's entries are neighbours */
		unsigned head = sc->phrase_kw[k][0] & PHRASE_ID;
		if (sc->phrase_first[head] == 0)
			sc->phrase_first[head] = (unsigned short)(k + 1);
		else if ((sc->phrase_kw[k - 1][0] & PHRASE_ID) != head)
			return -1;
	}
	for (size_t l = 0; l < sizeof(kw_lists2) / sizeof(kw_lists2[0]); l++)
		for (size_t k = 0; kw_lists2[l].w[k]; k++) {
			int id = kw_add(sc, kw_lists2[l].w[k], 0);
			if (id == -1)
				return -1;
			sc->kw_sets2[id] |= kw_lists2[l].set;
		}
	for (size_t k = 0; k < sizeof(kw_cues) / sizeof(kw_cues[0]); k++) {
		int id = kw_add(sc, kw_cues[k].w, KW_IDCUE);
		if (id == -1)
			return -1;
		sc->kw_cue[id] = (signed char)kw_cues[k].type;
	}
	for (size_t k = 0;
	     k < sizeof(street_endings) / sizeof(street_endings[0]); k++) {
		int c = street_endings[k].w[street_endings[k].m - 1];
		if (c < 'a' || c > 'z')
			return -1;
		sc->ending_by_last[c - 'a'] |= (uint32_t)1 << k;
	}
	_Static_assert(NCLINICAL <=
	        sizeof(sc->clinical_tail) / sizeof(sc->clinical_tail[0]),
	    "clinical_tail holds clinical_ends[]");
	for (size_t k = 0; k < NCLINICAL; k++) {
		size_t m = strlen(clinical_ends[k]);
		if (m < 4)
			return -1;
		sc->clinical_tail[k] =
		    tail4((const unsigned char *)clinical_ends[k] + m);
		unsigned b = clinical_bit(sc->clinical_tail[k]);
		sc->clinical_bits[b >> 6] |= (uint64_t)1 << (b & 63);
		if (k > 0 && sc->clinical_tail[k] < sc->clinical_tail[k - 1])
			return -1;
	}
	return 0;
}

static int crisis_keep_index(struct mh_scanner *sc);

struct mh_scanner *
mh_scan_new(const struct mh_names *nm)
{
	struct mh_scanner *sc = calloc(1, sizeof(*sc));

	if (sc == NULL)
		return NULL;
	sc->nm = nm;
	sc->memo_gen = mh_names_generation(nm);
	sc->gen_at = mh_names_generation_at(nm);
	sc->nlabels = -1;
	/* the word images from the first 64-byte boundary in img_mem */
	sc->img = sc->img_mem +
	    ((64 - ((uintptr_t)(void *)sc->img_mem & 63)) & 63) /
	        sizeof(uint64_t);
	for (int c = 0; c < 256; c++)
		sc->cls[c] = (unsigned char)((is_space(c) ? B_SPACE : 0) |
		    (isalnum_a(c) || c == '_'                   ? B_WORD
		            : c < 0x80 && c != '-' && c != '\'' ? B_ENDS
		                                                : 0) |
		    (c != 0 && strchr("@.:'-+_%#", c) ? B_RULE : 0) |
		    (c > ' ' && c < 0x7F ? B_MARK : 0) |
		    (c != '.' && c != ',' && c != '&' ? B_NOCTX : 0) |
		    (c != 0 && strchr("[<{@+(#$/", c) ? 0 : B_PASS) |
		    (mh_scan_wordbyte((unsigned char)c) ? B_WB : 0));
	if (kw_build(sc) == -1 || crisis_keep_index(sc) == -1) {
		free(sc);
		errno = EINVAL;
		return NULL;
	}
	return sc;
}

void
mh_scan_free(struct mh_scanner *sc)
{
	if (sc == NULL)
		return;
	if (sc->t != NULL)
		free(sc->t - 1);
	free(sc->sp);
	mh_fold_free(&sc->fold);
	free(sc);
}

/* ASCII inline, the rest by mh_utf8_char(): nearly every byte is
 * ASCII. */
static inline uint32_t
decode(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	if (s[i] < 0x80) {
		*len = 1;
		return s[i];
	}
	return mh_utf8_char(s, n, i, len);
}

static inline int
cp_letter(uint32_t c)
{
	if (c < 0x80)
		return isalpha_a((int)c);
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return 0;
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE00 && c <= 0xFFFF) || (c >= 0x1F000 && c <= 0x1FAFF))
		return 0;
	/* Kana and the CJK ideographs: written with no blanks, each its own
	 * token, so that a Latin word, an e-mail or a number beside them is
	 * one of its own ("\u662fmq@example.com", "\u79c1\u306fMarisol
	 * Quenby"); names in them no list holds anyway */
	if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))
		return 0;
	return 1;
}

/* ---- names in Han, kana and Hangul ------------------------------------ */

/* Han and kana are no letters to cp_letter(), each its own token, and
 * a Hangul word is a word of its own: no rule of the Latin names reads
 * the names written in them.  The rules below do, at a few characters
 * tokenize() lets the walk stop at (cjk_loud(), a Hangul word cut
 * before its honorific): a run of Han at its start in a text of other
 * scripts, and an honorific after a name.  Every character they read
 * is three bytes of UTF-8 (U+0800 to U+FFFF). */

/* The character of three bytes at byte i of u (n bytes), or 0. */
static inline uint32_t
cjk_at(const unsigned char *u, size_t n, size_t i)
{
	size_t len;
	uint32_t c;

	if (i >= n)
		return 0;
	c = mh_utf8_char(u, n, i, &len);
	return len == 3 ? c : 0;
}

/* The character of three bytes that ends at byte p (lo <= p), or 0. */
static inline uint32_t
cjk_before(const unsigned char *u, size_t lo, size_t p)
{
	return p >= lo + 3 ? cjk_at(u, p, p - 3) : 0;
}

/* A Han ideograph (the unified ones and extension A), or the iteration
 * mark of "佐々木". */
static inline int
cjk_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    c == 0x3005;
}

/* Katakana, with the middle dot and long vowel mark of foreign names. */
static inline int
cjk_kata(uint32_t c)
{
	return c >= 0x30A1 && c <= 0x30FC;
}

/* Hiragana, the kana of a sentence's grammar. */
static inline int
cjk_hira(uint32_t c)
{
	return c >= 0x3041 && c <= 0x3096;
}

/* The syllables of Hangul. */
static inline int
cjk_hangul(uint32_t c)
{
	return c >= 0xAC00 && c <= 0xD7A3;
}

/* The Korean honorifics after a name, 씨 and 님. */
enum { KO_SSI = 0xC528, KO_NIM = 0xB2D8 };
static inline int
ko_honorific(uint32_t c)
{
	return c == KO_SSI || c == KO_NIM;
}

/* Any character of the scripts written without blanks, or Hangul. */
static inline int
cjk_any(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF) || cjk_han(c) || cjk_hangul(c);
}

/* Is the character of three bytes at w one of list's (a string of
 * such characters)? */
static int
cjk_one_of(const char *list, const unsigned char *w)
{
	for (const char *p = list; *p != '\0'; p += 3)
		if (memcmp(p, w, 3) == 0)
			return 1;
	return 0;
}

/* Is the word w of len bytes one of list's, "|word|word|"? */
static int
cjk_word_of(const char *list, const unsigned char *w, size_t len)
{
	char key[40];

	if (len + 3 > sizeof(key))
		return 0;
	key[0] = '|';
	memcpy(key + 1, w, len);
	key[len + 1] = '|';
	key[len + 2] = '\0';
	return strstr(list, key) != NULL;
}

/* Does the word w of len bytes start with one of list's, "|head|head|"
 * (a language written without blanks, Thai)? */
static int
cjk_head_of(const char *list, const unsigned char *w, size_t len)
{
	for (const char *p = list + 1; *p != '\0';) {
		const char *q = strchr(p, '|');
		if ((size_t)(q - p) <= len &&
		    memcmp(p, w, (size_t)(q - p)) == 0)
			return 1;
		p = q + 1;
	}
	return 0;
}

/* 107 common Chinese surnames, about the commonest hundred of the
 * Ministry of Public Security's count of the household registers for
 * 2019 (as "List of common Chinese surnames" on Wikipedia gives it),
 * written down by hand, not copied: the order and the last few may
 * differ from the count's; then the traditional forms of those that
 * have one, as Taiwan and Hong Kong write them. */
static const char cn_surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹"
    "彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖"
    "石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵"
    "万覃武钱戴严莫孔向常汤康易乔赖文欧"
    "張劉陳楊黃趙吳孫馬鄭羅謝許韓鄧馮蕭葉蘇呂盧鍾譚陸賈鄒閻龍賀顧"
    "龔萬錢嚴歐湯賴喬";

/* The first characters of Chinese adverbs, negations and common verbs
 * (cjk_name_alone()): very, not, so, also, all, then, still, never,
 * most, quite, super, especially, always, again, just, say, feel, let,
 * want, think, call, tell, scold, hit, give, ask, help, force, blame,
 * like, love, hate, dislike, angry, worry, afraid, suggest, yesterday,
 * every, already, is, has, can, should.  Not 今, 真 and 太 (today,
 * really, too), which start common Japanese surnames (今井, 真田,
 * 太田): a name kept is worse than a word lost. */
static const char cn_not_name_heads[] =
    "很不好也都就还還没沒最挺超特总總又再刚剛才说說觉覺让讓要想叫告"
    "骂罵打给給问問帮幫逼怪喜爱愛恨讨討生担擔害建昨每已是有会會能可应應";

/* Everyday words of two Han that start with one of those surnames,
 * which a text in English may hold alone: "I feel 难过" needs none,
 * "see you 马上" does. */
static const char cn_surname_words[] =
    "|马上|高兴|周末|许多|严重|曾经|方法|方面|常常|白天|夏天|金钱|万一"
    "|任何|于是|毛病|程度|范围|韩国|高中|孙子|陆续|石头|黄色|白色|江湖"
    "|周围|高级|余生|文化|康复|易经|龙年|马年|向往|何时|何必|林子|高考"
    "|周一|周二|周三|周四|周五|周六|周日|";

/* The pronouns and particles of Chinese that come before 先生 where it
 * is no one's title: "你先生", "我的先生", "这位先生", "一个先生". */
static const char cn_particles[] = "你我他她它的位个们这那和是了在给对跟与";

/* 82 Korean surnames, the commonest of Statistics Korea's census of
 * 2015, written down by hand, not copied: the order and the last few
 * may differ from the census's. */
static const char ko_surnames[] =
    "김이박최정강조윤장임한오서신권황안송전홍유류고문양손배백허남심"
    "노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길"
    "연위표명기반왕금옥육인맹제모탁국어은편용";

/* Words before 씨 or 님 that start with a surname but name no one:
 * "마음씨" (a kind heart), seeds, and the titles of three syllables
 * ("변호사님", a lawyer). */
static const char ko_not_names[] =
    "|마음|호박|사과|고추|오이|배추|변호사|간호사|상담사|조교수|부원장|부사장"
    "|부회장|이사장|위원장|이모부|고모부|구청장|도지사|전도사|";

/* Is the Hangul word from byte s to p (p the start of 씨 or 님, c)
 * a name before its honorific: two or three syllables ("민수씨",
 * "김민수씨"), three before 님 (a title of two is the common use,
 * "사장님", "선생님"), the first a surname? */
static int
ko_name_before(const unsigned char *u, size_t s, size_t p, uint32_t c)
{
	size_t k = (p - s) / 3;

	if ((p - s) % 3 != 0 || k < 2 + (c == KO_NIM) || k > 3)
		return 0;
	for (size_t q = s; q < p; q += 3) {
		if (!cjk_hangul(cjk_at(u, p, q)))
			return 0;
	}
	return cjk_one_of(ko_surnames, u + s) &&
	    !cjk_word_of(ko_not_names, u + s, p - s);
}

/* The verbs done to a seed, in their first two syllables: sown,
 * scattered, spat out, swallowed, sprouted ("배 씨를 심었어", pear
 * seeds; not "심하게", badly, which a person may be: "김 씨가 심하게
 * 화냈어").  Not the heads that are words of their own or go on to
 * other verbs: "심기" (mood), "뿌리" (a root; "뿌리치다", to shake off),
 * "삼키듯" (as if to swallow), "심으면". */
static const char ko_seed_verbs[] =
    "|심었|심어|심고|심을|심는|심자|뿌려|뿌렸|뱉어|뱉었|뱉고|삼켜|삼켰"
    "|틔워|틔웠|틔우|";

/* Is the particle d at byte p (after 씨) the object's 를, followed by a
 * blank and a verb of ko_seed_verbs[]: a fruit's seeds, no surname's
 * 씨?  Only 를: after a subject's particle the verb is the person's
 * deed ("박 씨가 심어준 믿음", the faith Park instilled). */
static int
ko_seed_after(const unsigned char *u, size_t n, size_t p, uint32_t d)
{
	if (d != 0xB97C /* 를 */ || p + 4 >= n || u[p + 3] != ' ')
		return 0;
	/* "심어준", "틔워줘": given, done for someone: a person's deed */
	if (p + 13 <= n && cjk_one_of("주준줘줬줄", u + p + 10))
		return 0;
	return cjk_head_of(ko_seed_verbs, u + p + 4, n - p - 4);
}

/* Is the 씨 or 님 c at byte i, after the one blank that follows the
 * word w, the honorific of a Korean name in w ("김민수 씨가", as Korean
 * spelling writes it)?  Not the head of a word ("씨앗", a seed; an oath):
 * after it comes no Hangul, or a particle. */
static int
ko_spaced_name(const unsigned char *u, size_t n, const struct tok *w, size_t i,
    uint32_t c)
{
	uint32_t d = cjk_at(u, n, i + 3);

	if (!(w->kind == T_WORD && w[1].kind == T_SPACE && w[1].s + 1 == i &&
	        u[w[1].s] == ' ' &&
	        (!cjk_hangul(d) ||
	            cjk_one_of("가는를도한에랑와의께요이은을", u + i + 3))))
		return 0;
	/* a surname alone before 씨, as one calls a grown-up met at work
	 * ("김 씨가 전화했어"); not one that is a word too ("이 씨가", this
	 * seed; "한", one), nor written as one word, as "날씨" (weather)
	 * and "글씨" (handwriting) are */
	if (c == KO_SSI && w[1].s - w->s == 3)
		return cjk_hangul(cjk_at(u, n, w->s)) &&
		    cjk_one_of(ko_surnames, u + w->s) &&
		    !cjk_one_of("이한안오전", u + w->s) &&
		    !ko_seed_after(u, n, i + 3, d);
	return ko_name_before(u, w->s, w[1].s, c);
}

/* Japanese words before an honorific that name no one: kin ("お母さん",
 * "息子さん"), jobs and shops ("医者さん", "本屋さん"), pets, gods,
 * the set phrases of 様 ("ご苦労様"), the partners of 氏 ("彼氏"), and
 * the times and words before "ちゃんと" (properly: "毎日ちゃんと"):
 * the run alone of one character, its last character, its last two,
 * and runs of katakana. */
static const char jp_not_one[] = "皆母父兄姉弟妹奥娘婆爺嫁子客赤坊嬢神姫"
                                 "殿彼仏孫夫妻隣僕私俺主猫犬夜朝昼今";
static const char jp_not_last[] = "屋者員師官長手様族達輩婦氏司士";
static const char jp_not_two[] =
    "|息子|叔母|叔父|伯母|伯父|祖母|祖父|彼女|元彼|今彼|旦那|大家|主人"
    "|女王|王女|王子|苦労|馳走|世話|愁傷|得意|友人|恋人|患者|看護|担任"
    "|近所|常連|新人|大工|神主|和尚|住職|毎日|今日|明日|昨日|今度|一応"
    "|全部|自分|最近|本当|今回|全然|普段|毎晩|毎朝|今夜|今朝|今晩|週末"
    "|毎週|一日|";
static const char jp_not_kata[] =
    "|ママ|パパ|ナース|ドクター|カウンセラー|セラピスト|スタッフ|ワン"
    "|ネコ|";

/* The honorific at byte i of u (n bytes): its characters' count, or 0.
 * 様, 君 and 氏 are also parts of words ("様子", "君主", "氏名"):
 * only with no Han after them. */
static int
jp_honorific(const unsigned char *u, size_t n, size_t i)
{
	uint32_t c = cjk_at(u, n, i);

	switch (c) {
	/* さん, くん */
	case 0x3055:
	case 0x304F: return cjk_at(u, n, i + 3) == 0x3093 ? 2 : 0;
	/* ちゃん */
	case 0x3061:
		return cjk_at(u, n, i + 3) == 0x3083 &&
		        cjk_at(u, n, i + 6) == 0x3093
		    ? 3
		    : 0;
	/* 先生 */
	case 0x5148: return cjk_at(u, n, i + 3) == 0x751F ? 2 : 0;
	/* 様, 君, 氏 */
	case 0x69D8:
	case 0x541B:
	case 0x6C0F: return cjk_han(cjk_at(u, n, i + 3)) ? 0 : 1;
	default: return 0;
	}
}

/* The words for a role or relation that come right before a name in
 * Japanese, with no particle between ("同僚田中さん", a colleague):
 * no part of it. */
static const char jp_role_before[] =
    "|同僚|友達|先輩|後輩|上司|部長|課長|社長|親友|元彼|彼氏|彼女|先生"
    "|友人|恋人|担任|店長|同期|主治医|同級生|担当医|";

/* Words in hiragana before さん, くん or ちゃん that name no one: kin,
 * "many" ("たくさん"), the adverbs and times before "ちゃんと"
 * (properly: "やっぱりちゃんと", "きょうちゃんと"), jobs, shops and
 * the animals of a child's talk ("くまさん"); those with the polite
 * お or ご ("おかあさん", "ごくろうさん") are refused as such. */
static const char jp_not_hira[] =
    "|かあ|とう|ばあ|じい|にい|ねえ|あか|みな|たく|むすこ|むすめ|まご"
    "|いしゃ|はいしゃ|かんご|かんごし|ほいくし|じょう|だんな|よめ|みんな"
    "|いつも|まだ|もう|ぜんぶ|ごはん|やっぱり|やっぱ|やはり|しっかり"
    "|ゆっくり|すっかり|はっきり|きっちり|あまり|あんまり|かなり|なかなか"
    "|だんだん|ぜんぜん|どんどん|すこし|いちおう|ほんとう|なるべく"
    "|ぜったい|いま|きょう|あした|きのう|まいにち|こんど|じぶん|こんや|けさ"
    "|しゃちょう|ぶちょう|かちょう|てんちょう|はなや|ほんや|やおや"
    "|くすりや|さかなや|ぱんや|すしや"
    "|ねこ|いぬ|わん|にゃん|うさ|うさぎ|くま|ぞう|さる|ぶた|かえる|あり"
    "|とり|ことり|きりん|くん|さん|ちゃん|";

/* The Chinese titles after a surname ("王老师", "李医生", "张阿姨"), in
 * simplified and traditional writing: the title at byte i of u (n
 * bytes), its characters' count, or 0.  总 (boss) is also "always"
 * and "total" ("总是", "总共"): only before a verb of speech or a
 * particle, or with no Han after it. */
static int
cn_title(const unsigned char *u, size_t n, size_t i)
{
	static const char two[] = "|老师|老師|医生|醫生|阿姨|叔叔|经理|經理"
	                          "|同学|同學|大夫|主任|教授|律师|律師|";
	uint32_t c = cjk_at(u, n, i), d;

	if (c == 0x603B || c == 0x7E3D) {
		d = cjk_at(u, n, i + 3);
		return !cjk_any(d) ||
		        cjk_one_of("说說让讓叫给給来來跟对對请請今", u + i + 3)
		    ? 1
		    : 0;
	}
	/* two characters, both in the text (a title at its end read past
	 * it: found by fuzz_redact) */
	if (c == 0 || !cjk_one_of("老医醫阿叔经經同大主教律", u + i) ||
	    cjk_at(u, n, i + 3) == 0)
		return 0;
	return cjk_word_of(two, u + i, 6) ? 2 : 0;
}

/* The start of a Chinese name before the title at byte i (lo the
 * window's start), or i: a surname alone ("王老师"), or three Han that
 * start with one ("王大明老师"), after no Han or after a particle or
 * verb that ends the word before it ("跟王老师说", "见了李医生"), or
 * after a title ("我的老师王老师"); not after a pronoun, where the one
 * Han is a verb ("我向老师道歉", "我付医生钱").  Two Han only when the
 * second is a given name's (cn_given): the words of a subject ("文科",
 * "任课", "韩语老师", "高中老师") start with surnames as often as the
 * given names do. */
static size_t
cn_name_before(const unsigned char *u, size_t lo, size_t i)
{
	/* Characters common in given names that end few words after a
	 * surname ("王芳", "李伟", "陈静"; not 明, 华, 平, 英, as in "文
	 * 明"), written down by hand. */
	static const char cn_given[] =
	    "芳伟偉静靜敏丽麗强強磊军軍洋勇艳杰傑娟涛濤秀霞刚剛桂玉兰蘭萍"
	    "鹏鵬辉輝婷雪琳晶燕丹斌峰飞飛浩宇欣颖穎倩慧琴梅莉凯凱鑫蕾薇娜"
	    "芬玲亮帆琪璐瑶瑤怡佳嘉晨昊轩軒涵萱";
	/* (and the verbs of feeling before the one felt for: "我很想王芳
	 * 老师" (miss), "爱", "恨", "怕", "喜欢", "想念"; not "谢", a surname
	 * too, which "谢谢老师" (thanks, teacher) doubles) */
	static const char ends[] = "的位个們们这這那和是了在给給对對跟与與见"
	                           "見找问問叫被让讓向说說请請有去到看等师師"
	                           "学學想爱愛恨怕欢歡念";
	for (size_t m = 1; m <= 3; m++) {
		size_t s;
		uint32_t b;
		if (i < lo + 3 * m)
			return i;
		s = i - 3 * m;
		if (!cjk_han(cjk_at(u, i, s)) ||
		    !cjk_one_of(cn_surnames, u + s) ||
		    (m == 2 && !cjk_one_of(cn_given, u + s + 3)))
			continue;
		if (m == 3 &&
		    (!cjk_han(cjk_at(u, i, s + 3)) ||
		        !cjk_han(cjk_at(u, i, s + 6)) ||
		        cjk_word_of(cn_surname_words, u + s, 6)))
			continue;
		b = cjk_before(u, lo, s);
		if (!cjk_han(b))
			return s;
		/* and a surname alone after Han is none of the words of a
		 * sentence: "向" (towards), "于" ("对于"), "付" (to pay),
		 * "方" ("对方") */
		if (cjk_one_of(ends, u + s - 3) &&
		    !(m == 1 && cjk_one_of("向于付方", u + s)))
			return s;
	}
	return i;
}

/* The commonest Japanese surnames of two Han, written down by hand:
 * before one, "は" starts a given name in hiragana ("田中はなこさん")
 * rather than ending the surname as a particle. */
static const char jp_surnames[] =
    "|田中|佐藤|鈴木|高橋|渡辺|伊藤|山本|中村|小林|加藤|吉田|山田|山口"
    "|松本|井上|木村|清水|山崎|池田|橋本|阿部|石川|山下|中島|石井|小川"
    "|前田|岡田|藤田|後藤|近藤|村上|遠藤|青木|坂本|斉藤|福田|太田|西村"
    "|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山"
    "|和田|石田|森田|上田|内田|柴田|酒井|宮崎|横山|高木|安藤|宮本|大野"
    "|小島|谷口|工藤|高田|増田|丸山|杉山|村田|大塚|新井|小山|平野|藤本"
    "|河野|上野|野口|武田|松井|千葉|岩崎|木下|久保|佐野|野村|松尾|";

/* The start of a name in hiragana before the さん, くん or ちゃん at
 * byte i (h characters; lo the window's start), or i: children's names
 * and nicknames are often written so ("さくらちゃん", "はなこさん").
 * Hiragana is also the grammar of every sentence: the run is two to
 * four, after no hiragana, or after a particle that ends a word of Han
 * or katakana ("娘のさくらちゃん", which is left); and what comes after
 * the honorific is a particle or no hiragana ("さんぽ", a walk, "さんに
 * ん", three people, "ちゃんとした", properly, stay). */
static size_t
jp_hira_name(const unsigned char *u, size_t n, size_t lo, size_t i, int h)
{
	static const char particles[] = "はがとにのをもへで";
	size_t e = i + 3 * (size_t)h, s = i, from = i;
	uint32_t f = cjk_at(u, n, e), g = cjk_at(u, n, e + 3), b;
	int k = 0, hira;

	/* after the honorific: no hiragana, a particle, "たち" or "から",
	 * but for "さんにん" (three people) and "さんがつ" (March) */
	if (cjk_hira(f) &&
	    !((cjk_one_of("はがとにのをもへやでだよねっ", u + e) &&
	          !(f == 0x306B && g == 0x3093) &&
	          !(f == 0x304C && g == 0x3064)) ||
	        (f == 0x305F && g == 0x3061) || (f == 0x304B && g == 0x3089)))
		return i;
	while (k < 8 && cjk_hira(b = cjk_before(u, lo, s)))
		s -= 3, k++;
	b = cjk_before(u, lo, s);
	hira = cjk_hira(b);
	/* the particle after a word of Han or katakana ends it; but "は"
	 * after a surname starts the given name, and the surname is the
	 * name's too ("田中はなこさん") */
	if (!hira && k >= 3 && cjk_han(b) && s >= lo + 6 &&
	    cjk_at(u, n, s) == 0x306F && cjk_word_of(jp_surnames, u + s - 6, 6))
		from = s - 6;
	else if (!hira && k >= 3 && (cjk_han(b) || cjk_kata(b)) &&
	    cjk_one_of(particles, u + s))
		s += 3, k--;
	/* the honorific of a name of Han or katakana before ends the run,
	 * and a particle after it ("田中さんとゆみさん"); "は" stays the
	 * name's ("田中さんはなこさん"), which may be either */
	else if (!hira && k >= 4 && (cjk_han(b) || cjk_kata(b))) {
		int o = jp_honorific(u, n, s);
		if (o > 0 && o + 2 <= k) {
			s += 3 * (size_t)o, k -= o;
			if (k >= 3 && cjk_one_of(particles, u + s) &&
			    cjk_at(u, n, s) != 0x306F)
				s += 3, k--;
		}
	}
	/* "おかあさん", "ごくろうさん": the polite お or ご starts no name,
	 * nor does the honorific of another ("森ちゃんとくん") */
	b = cjk_at(u, n, s);
	if (hira || k < 2 || k > 4 || b == 0x304A || b == 0x3054 ||
	    jp_honorific(u, n, s) != 0)
		return i;
	/* the name ends in no particle; before "ちゃんと" (properly), in
	 * none of the adverbs' last kana either ("もっと", "いつも") */
	if (cjk_one_of("はがをへに", u + i - 3) ||
	    (h == 3 && f == 0x3068 && cjk_one_of("とものでだ", u + i - 3)) ||
	    cjk_word_of(jp_not_hira, u + s, i - s))
		return i;
	return from < s ? from : s;
}

/* The start of the name right before the honorific at byte i (lo the
 * window's start), or i: a run of Han or of katakana, "田中さん",
 * "マリアさん", "王先生".  Han is written without blanks, so the run
 * may hold the words before the name ("昨日田中さん"): of a run longer
 * than four, the name starts at its last four's first Chinese surname
 * (most Japanese ones are no Chinese surname: there the last two, the
 * commonest length of a Japanese surname). */
static size_t
jp_name_start(const unsigned char *u, size_t n, size_t lo, size_t i)
{
	int h = jp_honorific(u, n, i);
	uint32_t c = cjk_before(u, lo, i);
	int kata = cjk_kata(c), k = 0;
	size_t s = i;

	/* a Chinese name before its title ("王老师"), in hiragana before
	 * the honorifics of kana ("さくらちゃん") */
	if (h == 0)
		return cjk_han(c) && cn_title(u, n, i)
		    ? cn_name_before(u, lo, i)
		    : i;
	if (cjk_hira(c) && cjk_at(u, n, i) < 0x3100)
		return jp_hira_name(u, n, lo, i, h);
	if (!(kata || cjk_han(c)))
		return i;
	while (k < 12 && (c = cjk_before(u, lo, s)) != 0 &&
	    (kata ? cjk_kata(c) : cjk_han(c)))
		s -= 3, k++;
	if (kata) {
		if (k < 2 || k > 10 || cjk_word_of(jp_not_kata, u + s, i - s))
			return i;
		return s;
	}
	/* 先生 is "Mr." in Chinese too, and "husband" ("我的先生"): with no
	 * kana on either side ("林先生说"), the name starts at a Chinese
	 * surname among the last three Han, and none ends in a pronoun or
	 * particle ("你先生", "这位先生", "和先生") */
	if (cjk_at(u, n, i) == 0x5148) {
		uint32_t a = cjk_at(u, n, i + 6), b = cjk_before(u, lo, s);
		if (!(a >= 0x3040 && a <= 0x30FF) &&
		    !(b >= 0x3040 && b <= 0x30FF)) {
			size_t q = i - 3 * (size_t)(k < 3 ? k : 3);
			if (cjk_one_of(cn_particles, u + i - 3))
				return i;
			while (q < i && !cjk_one_of(cn_surnames, u + q))
				q += 3;
			return q;
		}
	}
	if (k > 4) {
		size_t q = i - 12;
		while (q < i && !cjk_one_of(cn_surnames, u + q))
			q += 3;
		s = q < i ? q : i - 6;
		k = (int)(i - s) / 3;
	}
	/* a role or relation before the name is none of it ("同僚田中さん",
	 * a colleague) */
	for (int m = 3; m >= 2; m--)
		if (k > m &&
		    cjk_word_of(jp_role_before, u + s, 3 * (size_t)m)) {
			s += 3 * (size_t)m;
			k -= m;
			break;
		}
	/* 様, 君 and 氏 after one Han are words ("同様", "彼氏") */
	if ((h == 1 && k < 2) || (k == 1 && cjk_one_of(jp_not_one, u + s)) ||
	    cjk_one_of(jp_not_last, u + i - 3) ||
	    (k >= 2 && cjk_word_of(jp_not_two, u + i - 6, 6)))
		return i;
	return s;
}

/* Does the walk stop at c, the Han or kana at byte i (cjk_name())?  At
 * Han or katakana after an ASCII byte or at the window's start, which
 * may start a name alone, and at an honorific after a name.  Out of
 * line: asked of Han and kana alone. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
cjk_loud(const struct mh_scanner *sc, size_t i, uint32_t c)
{
	const unsigned char *u = (const unsigned char *)sc->s;

	if ((cjk_han(c) || cjk_kata(c)) && (i == sc->start || u[i - 1] < 0x80))
		return 1;
	return jp_name_start(u, sc->n, sc->start, i) < i;
}

/* Is the character at byte i (i < n) part of a word, for where a span
 * or a placeholder may end: an ASCII letter, digit or '_', a letter or
 * mark from U+00C0 on (cp_letter()), or a byte that starts no valid
 * sequence (as every byte from 0x80 was).  Not punctuation, spaces,
 * symbols and emoji: "Tobin Ashgrove\u2014he", "\u201cMaya\u201d",
 * "Tobin\u2019s", "Maya\u2026" were widened over their neighbours
 * ("[NAME_1] was kind", one person with two placeholders), and restore
 * found no bare placeholder beside them. */
static int
word_char_at(const unsigned char *u, size_t n, size_t i)
{
	size_t len;
	uint32_t c;
	int a;

	if (u[i] < 0x80)
		return mh_scan_wordbyte(u[i]);
	c = mh_utf8_char(u, n, i, &len);
	/* a character that folds (fold.h) is as what it stands for, and
	 * one dropped joins the bytes around it: the scanner reads the
	 * folded copy, and a look-alike it does not see there ("f\u200b
	 * NAME_1", "\uff46NAME_1") must not be one to the restorer */
	if (len > 1 && (a = mh_fold_char(c)) >= 0)
		return a == MH_FOLD_DROP || mh_scan_wordbyte((unsigned char)a);
	/* the Korean honorifics 씨 and 님 after a name end it as the kana
	 * of the Japanese ones do ("[NAME]씨가", cjk_name()): a placeholder
	 * may stand before them */
	if (ko_honorific(c))
		return 0;
	/* and the letter-like symbols that stand for letters: the ohm sign
	 * for an omega, the increment for a delta ("\u03a0\u039f\u039b
	 * \u0395\u039c\u0399\u2206\u0399\u0391", in the Presidio set's
	 * Cypriot addresses, left a part of the word) */
	return len == 1 || cp_letter(c) || c == 0xAA || c == 0xB5 ||
	    c == 0xBA || (c >= 0x2100 && c <= 0x214F) || c == 0x2206;
}

/* The same of the character that ends at byte i - 1 (i > 0). */
static int
word_char_before(const unsigned char *u, size_t n, size_t i)
{
	size_t b = i - 1;

	if (u[b] < 0x80)
		return mh_scan_wordbyte(u[b]);
	while (b > 0 && (u[b] & 0xC0) == 0x80 && i - b < 4)
		b--;
	/* a sequence that does not end at i - 1 is no character of it: a
	 * byte of a broken one, which counts as a word's */
	size_t len;
	decode(u, n, b, &len);
	if (b + len != i)
		return 1;
	return word_char_at(u, n, b);
}

static inline int
cp_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	/* Latin Extended-A: upper case at even code points, but in the
	 * two runs where it is at odd ones, as case_cp() in names.c has
	 * it ("Łukasz", "Živković", "Źródło" were read as lower case, and
	 * so no name); İ and Ÿ upper, dotless i, kra, ŉ and long s not */
	if (c >= 0x100 && c <= 0x17F) {
		if (c == 0x130 || c == 0x178)
			return 1;
		if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
			return 0;
		unsigned odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
		return (c & 1) == odd_upper;
	}
	/* Latin-1 but the multiplication sign; Romanian Ș and Ț; Greek
	 * with its accented capitals (Ά, Έ-Ί, Ό, Ύ, Ώ); Cyrillic */
	return (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x218 ||
	    c == 0x21A || c == 0x386 ||
	    (c >= 0x388 && c <= 0x38F && c != 0x38B && c != 0x38D) ||
	    (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
	    (c >= 0x400 && c <= 0x42F);
}

/* Room for need tokens; the token array is kept across texts, so this
 * allocates only while it grows to the largest window seen.  The zero
 * token before the first (TOK_PAD) is made with it. */
static int
grow_tok(struct mh_scanner *sc, size_t need)
{
	size_t nc = sc->capt ? sc->capt * 2 : 256;
	struct tok *p;

	while (nc < need)
		nc *= 2;
	p = realloc(sc->t != NULL ? sc->t - 1 : NULL, (nc + 1) * sizeof(*p));
	if (p == NULL)
		return -1;
	if (sc->t == NULL)
		p[0] =
		    (struct tok){.looked = LOOK_FLAGS | LOOK_FULL | LOOK_NOCTX};
	sc->t = p + 1;
	sc->capt = nc;
	return 0;
}

/* An apostrophe (' or U+2019) at i: its length, else 0.  Inline: the
 * tokenizer asks it of every punctuation byte. */
static inline size_t
apos(const unsigned char *u, size_t n, size_t i)
{
	if (i < n && u[i] == '\'')
		return 1;
	if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x99)
		return 3;
	return 0;
}

#ifdef __SSE2__
/* 16 bytes of ones, then 16 of zeros: the 16 at &keep16[16] - run keep
 * the first run bytes, one load where a byte compare against 0 to 15
 * took six instructions (key16()) */
static const unsigned char keep16[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

/* The byte classes of the 16 bytes v as bit masks: upper-case letters
 * (*up), letters of either case (*let), and digits and '_' (*dig); and
 * the bytes with 0x20 or-ed in, which are a run of letters folded as
 * kw_key() folds them.  A byte in lo to lo + len - 1 is one signed
 * compare once lo is moved to -128 (the add wraps): bytes from 0x80, and
 * those past the range, land from -128 + len up.  Two compares and an
 * and each, before.  Letters of either case as the lower case: or-ing
 * 0x20 moves no other ASCII byte into 'a' to 'z', and keeps the bytes
 * from 0x80 there. */
static inline __m128i
classes16(__m128i v, unsigned *up, unsigned *let, unsigned *dig)
{
	__m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));

	*up = (unsigned)_mm_movemask_epi8(
	    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'A'))),
	        _mm_set1_epi8(-128 + 26)));
	*let = (unsigned)_mm_movemask_epi8(
	    _mm_cmplt_epi8(_mm_add_epi8(low, _mm_set1_epi8((char)(0x80 - 'a'))),
	        _mm_set1_epi8(-128 + 26)));
	*dig = (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
	        _mm_set1_epi8(-128 + 10)),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('_'))));
	return low;
}

/* The key (kw_key()) of the first run bytes of low, as classes16() made
 * it, into k: the bytes from run on cleared.  The mask at &keep16[16] -
 * run, not keep16 + 16 - run: the compiler took the latter as keep16
 * indexed by 16 - run, an instruction more (0.3 M of rb.txt's). */
static inline void
key16(__m128i low, size_t run, uint64_t k[2])
{
	_mm_storeu_si128((__m128i *)(void *)k,
	    _mm_and_si128(low,
	        _mm_loadu_si128(
	            (const __m128i *)(const void *)(&keep16[16] - run))));
}

/* Of the 16 bytes at p: how many, from the first, are ASCII letters,
 * digits or '_' (16 when all are), with a bit mask of the digits and
 * '_' among them, and in k that many bytes as they are, the rest
 * cleared: of a run of letters, the key of its word image (img_set()),
 * and with case folded (key16()) its key (kw_key()).  No branch per
 * byte: a word's end is where the tokenizer's per-byte loop
 * mispredicted once a word.  The key comes from the same load, where
 * kw_key() read the bytes again for every word.  The mask of the
 * capitals is upper16()'s, which a word found in its image does
 * without. */
static inline size_t
word_run16(const unsigned char *p, unsigned *dig, uint64_t k[2])
{
	unsigned up, let;
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	size_t run;

	(void)classes16(v, &up, &let, dig);
	run = (size_t)__builtin_ctz(~(let | *dig));
	key16(v, run, k);
	return run;
}

/* Of the 16 bytes at p: how many, from the first, are ASCII letters
 * (16 when all are), and in k that many bytes as they are, the rest
 * cleared: word_run16() for a word of letters alone, the most of them,
 * without the masks of the digits and '_' (five vector instructions a
 * word). */
static inline size_t
letter_run16(const unsigned char *p, uint64_t k[2])
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* the bytes that are no letter, with no compare: low - 'a' is 0
	 * to 25 for a letter, which an add that saturates at 255 takes to
	 * 102 to 127, and every other byte to 128 or more, its top bit
	 * set.  The compare (classes16()'s) wanted its bound copied to a
	 * register of its own for every word, and a not after. */
	unsigned other = (unsigned)_mm_movemask_epi8(_mm_adds_epu8(
	    _mm_sub_epi8(low, _mm_set1_epi8('a')), _mm_set1_epi8(128 - 26)));
	size_t run = (size_t)__builtin_ctz(other | 0x10000);

	key16(v, run, k);
	return run;
}

/* The mask of the upper-case ASCII letters among the first run bytes
 * at p, of 16 to read: classes16()'s, for the words word_run16() has
 * read that need it. */
static inline unsigned
upper16(const unsigned char *p, size_t run)
{
	unsigned up, let, dig;

	(void)classes16(_mm_loadu_si128((const __m128i *)(const void *)p), &up,
	    &let, &dig);
	return up & ((1u << run) - 1);
}

/* The bits set in a 16-bit mask, without the popcnt instruction that
 * baseline x86-64 lacks. */
static inline unsigned
bits16(unsigned m)
{
	static const unsigned char nib[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2,
	    3, 2, 3, 3, 4};

	return (unsigned)(nib[m & 15] + nib[(m >> 4) & 15] +
	    nib[(m >> 8) & 15] + nib[(m >> 12) & 15]);
}
#endif

/* May the n bytes before e end a relation in the plural: "...s",
 * "...ren" (children), "...-in-law" (sisters-in-law), hyphen the
 * token's?  plural_end() of a token, and of a word tokenize() has just
 * read, whose end no token holds yet. */
static inline int
plural_tail(const char *e, size_t n, int hyphen)
{
	char c = (char)(e[-1] | 0x20);

	if (c == 's')
		return 1;
	if (n < 8)
		return 0;
	return (c == 'n' && (e[-2] | 0x20) == 'e' && (e[-3] | 0x20) == 'r') ||
	    (c == 'w' && hyphen);
}

static inline struct word_memo *memo_probe(struct mh_scanner *sc,
    const uint64_t k[2], size_t len);
static inline struct word_memo *memo_entry(struct mh_scanner *sc,
    const struct tok *t, size_t len);
static inline unsigned word_look_memo(struct mh_scanner *sc, struct tok *t,
    struct word_memo *m, size_t len, int plain);
static inline void word_look(struct mh_scanner *sc, struct tok *t, size_t len,
    int lowertext);
static void memo_fill(struct mh_scanner *sc, struct word_memo *m, const char *w,
    size_t len, int full);
static inline unsigned word_quiet(const struct tok *t, unsigned quiet,
    unsigned ncl);
static inline unsigned word_quiet_after(unsigned plk, unsigned quiet,
    unsigned ncl);
static inline unsigned prev_looked(const struct tok *t);
static unsigned look(struct mh_scanner *sc, struct tok *t, size_t len,
    int lowertext);

/* The flags and keyword id (the six bytes from cue or full) a token
 * takes from memo entry m, and m's quiet bits: of a word whose first
 * letter is lower case (cap 0) or not (cap 1).  Chosen by the address,
 * with no branch (see tok_run()). */
static inline const char *
memo_copied(const struct word_memo *m, unsigned cap)
{
	enum {
		D = offsetof(struct word_memo, full) -
		    offsetof(struct word_memo, cue)
	};

	return (const char *)m + offsetof(struct word_memo, cue) +
	    (size_t)cap * D;
}

static inline unsigned
memo_quiet_of(const struct word_memo *m, unsigned cap)
{
	enum {
		D = offsetof(struct word_memo, quiet_full) -
		    offsetof(struct word_memo, quiet)
	};
	const unsigned char *b = (const unsigned char *)m;

	return b[offsetof(struct word_memo, quiet) + (size_t)cap * D];
}

/* A word token tp of len bytes takes its keyword id, flags and quiet
 * bits from memo entry m (filled first if it has not the answers the
 * word wants), and returns its looked: a word whose first byte is a
 * lower-case letter ("iPad" too: cap 0) is plain, and takes the cue
 * flags and their quiet bits, the others (cap 1) all flags and the
 * LOOK_NOCTX of them, chosen by arithmetic, where two paths went either
 * way by the word; a miss of the memo, rare, alone takes a branch.
 * word_quiet_after() of quiet_full, which holds no bit but LOOK_NOCTX,
 * is quiet_full: a capitalised word takes its reads, of tokens a
 * lower-case word reads at any place, with no effect.  after points to
 * the byte after the word, whose class is read after the memo's fill (a
 * class read before was kept on the stack past the call: 0.3 M of
 * rb.txt's instructions); noquiet leaves the word no quiet bit; plk is
 * the looked of the token before it (prev_looked()).  The vector step
 * and tok_joined(). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline unsigned
tok_from_memo(struct mh_scanner *sc, struct tok *tp, struct word_memo *m,
    size_t len, unsigned cap, const unsigned char *after, int noquiet,
    unsigned plk)
{
	unsigned lk;
	unsigned all = 0u - cap;
	const char *c;
	_Static_assert(LOOK_FULL == LOOK_FLAGS << 1,
	    "LOOK_FULL is the bit after LOOK_FLAGS");

	if (!(m->have & (LOOK_FLAGS << cap)))
		memo_fill(sc, m, sc->s + tp->s, len, (int)cap);
	c = memo_copied(m, cap);
	memcpy(&tp->flags, c, sizeof(tp->flags));
	memcpy(&tp->kw, c + 4, sizeof(tp->kw));
	tp->full = m->full & all;
	lk = LOOK_FLAGS | (LOOK_FULL & all) |
	    word_quiet_after(plk, noquiet ? 0 : memo_quiet_of(m, cap),
	        sc->cls[*after]);
	tp->looked = (unsigned char)lk;
	return lk;
}

/* Are the m ASCII letters at w what follows the apostrophe of a
 * contraction: m, d, t, ll, ve or re (I'm, we'd, don't, we'll, I've,
 * they're), in either case?  A test of the length and of a byte or
 * two, where six calls of eqw() compared each in turn. */
static inline int
contr_tail(const unsigned char *w, size_t m)
{
	int c, d;

	if (m == 1) {
		c = w[0] | 0x20;
		return c == 'm' || c == 'd' || c == 't';
	}
	if (m != 2)
		return 0;
	c = w[0] | 0x20;
	d = w[1] | 0x20;
	return (c == 'l' && d == 'l') || ((c == 'v' || c == 'r') && d == 'e');
}

/* tok_rest() of any byte but a lone '-' or apostrophe. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
tok_rest_any(struct mh_scanner *sc, struct tok *tp, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n, len;
	uint32_t c = decode(u, n, i, &len);

	/* the 씨 or 님 after a Korean name, cut from it below: a token the
	 * walk stops at (cjk_name()) */
	if (ko_honorific(c) && tp > sc->t &&
	    ((tp[-1].kind == T_WORD && ko_name_before(u, tp[-1].s, i, c)) ||
	        (tp > sc->t + 1 && ko_spaced_name(u, n, tp - 2, i, c)))) {
		tp->kind = T_PUNCT;
		tp->looked = LOOK_NOCTX;
		return i + len;
	}
	if (c < 0x80 ? sc->cls[c] & B_WORD : cp_letter(c)) {
		unsigned nl = 0, nd = 0, nup = 0;
		tp->cap = cp_upper(c);
		for (;;) {
			if (i >= n)
				break;
			if (u[i] >= 'a' && u[i] <= 'z') {
				nl++;
				i++;
				continue;
			}
			if (u[i] >= 'A' && u[i] <= 'Z') {
				nl++;
				nup++;
				i++;
				continue;
			}
			if (isdig(u[i]) || u[i] == '_') {
				nd++;
				i++;
				continue;
			}
			/* a blank or ASCII punctuation other than the
			 * joiners ends the word at once */
			if (u[i] < 0x80 && u[i] != '-' && u[i] != '\'')
				break;
			c = decode(u, n, i, &len);
			if (isdig((int)c) || c == '_') {
				nd++;
				i += len;
				continue;
			}
			if (cp_letter(c)) {
				/* "김민수씨가": the name a word of its own */
				if (ko_honorific(c) &&
				    ko_name_before(u, tp->s, i, c))
					break;
				nl++;
				nup += cp_upper(c);
				i += len;
				continue;
			}
			/* Joiners inside a word: Mary-Jane, O'Brien
			 * (but not the possessive 's). */
			size_t a = c == '-' ? 1 : apos(u, n, i);
			if (a && nl && nd == 0 && i + a < n) {
				size_t l2;
				uint32_t d = decode(u, n, i + a, &l2);
				if (!cp_letter(d))
					break;
				if (c != '-') {
					/* I'm, don't, we'll, they're */
					size_t k = i + a, m = 0;
					while (
					    k < n && isalpha_a(u[k]) && m < 3)
						k++, m++;
					if (!(k < n &&
					        cp_letter(
					            decode(u, n, k, &l2))) &&
					    contr_tail(u + i + a, m)) {
						tp->contr = 1;
						tp->joined = 1;
						nl += (unsigned)m;
						i = k;
						break;
					}
				}
				if (c != '-' && (d == 's' || d == 'S')) {
					size_t k = i + a + 1;
					uint32_t e2 =
					    k < n ? decode(u, n, k, &l2) : ' ';
					if (!cp_letter(e2))
						break;
				}
				if (c == '-')
					tp->hyphen = 1;
				tp->joined = 1;
				i += a;
				continue;
			}
			break;
		}
		tp->kind = nd == 0 ? T_WORD : nl == 0 ? T_NUM : T_ALNUM;
		tp->nletter = nl > 255 ? 255 : (unsigned char)nl;
		tp->ndigit = nd > 255 ? 255 : (unsigned char)nd;
		tp->allcap = nl > 0 && nup == nl;
		tp->nupper = nup > 255 ? 255 : (unsigned char)nup;
		/* its keyword id and flags (look_words()), as if the text
		 * had capitals: look_words() reads them again if it has
		 * none */
		if (tp->kind == T_WORD && i - tp->s <= KW_LONGEST) {
			struct word_memo *m = memo_entry(sc, tp, i - tp->s);
			int plain = !tp->cap && !tp->allcap;
			unsigned lk =
			    word_look_memo(sc, tp, m, i - tp->s, plain);
			/* and its quiet bits, as the vector step's words have
			 * them: walk() passed these with its tests (2.1 M
			 * instructions of rb.txt).  Of a joined word, walk()
			 * also asks whether a placeholder starts after a
			 * joiner, which needs a '_' after letters
			 * (mh_scan_placeholder()): the word has none, nor is
			 * one after it (a B_RULE byte, no LOOK_QUIET); and
			 * ninety_word(), which takes only a word starting with
			 * "ninety-". */
			if (!plain)
				lk |= m->quiet_full;
			else if (!(tp->hyphen && (u[tp->s] | 0x20) == 'n'))
				lk |= word_quiet(tp, m->quiet,
				    sc->cls[i < n ? u[i] : 0]);
			tp->looked |= (unsigned char)lk;
		} else if (tp->kind == T_WORD)
			look(sc, tp, i - tp->s, 0);
		else
			tp->looked = LOOK_NOCTX; /* no word */
		return i;
	}
	size_t a = apos(u, n, i);
	if (a && tp > sc->t && tp[-1].kind == T_WORD && i + a < n &&
	    (u[i + a] == 's' || u[i + a] == 'S') &&
	    (i + a + 1 >= n || !word_char_at(u, n, i + a + 1))) {
		tp->kind = T_POSS;
		/* no word, nor '.', ',' or '&'; walk() passes it */
		tp->looked = LOOK_NOCTX | LOOK_QUIET;
		return i + a + 1;
	}
	tp->kind = T_PUNCT;
	if (len == 1 && u[i] > ' ' && u[i] < 0x7F)
		tp->mark = u[i];
	/* the hyphens, dashes and minus that keyboards and word processors
	 * put between a number's groups (U+2010 to U+2015, U+2212) mark a
	 * '-': "555\u2011201\u20113344", "03\u201314\u20131988" were left
	 * whole */
	else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212)
		tp->mark = '-';
	/* and the curly quotes a '\'', as phones write it: "i live in
	 * \u2018riverton\u2019" (town_quote()) */
	else if (c == 0x2018 || c == 0x2019)
		tp->mark = '\'';
	/* only '-', '\'' and bytes from 0x80 come here: no '.', ',' or '&'
	 * (LOOK_NOCTX), and nothing walk() does anything with (LOOK_QUIET):
	 * no rule starts at them, nor a placeholder at a byte after the
	 * first (lookalike_at()) */
	tp->looked = LOOK_NOCTX | LOOK_QUIET;
	/* but for Han or kana that may start or end a name (cjk_loud()) */
	if (c >= 0x3040 && c <= 0x9FFF && cjk_loud(sc, i, c))
		tp->looked = LOOK_NOCTX;
	return i + len;
}

/* The token at tp, from byte i, when it is no blank and not a word
 * that tokenize() reads in its vector step: a word of other bytes or
 * near the text's end, or punctuation.  Fills tp but its nums; returns
 * the end.  Out of line, so that the loop over the usual tokens keeps
 * its variables in registers.
 *
 * Half the calls are for an apostrophe or a '-' that is no
 * joiner: the possessive 's ("Anna's"), a dash between words.  Those
 * are made here, in a function that holds nothing in a callee-saved
 * register, so that GCC saves none on their way (shrink-wrapping);
 * tok_rest_any() pushed six and decoded the byte first (callgrind:
 * blk40.txt 0.62 M instructions).  Every other byte goes on to
 * tok_rest_any() with a jump, and so does an 's before a byte from
 * 0x80, which word_char_at() would decode. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
tok_rest(struct mh_scanner *sc, struct tok *tp, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n;

	if (u[i] == '\'') {
		if (tp > sc->t && tp[-1].kind == T_WORD && i + 1 < n &&
		    (u[i + 1] | 0x20) == 's') {
			if (i + 2 < n && u[i + 2] >= 0x80)
				return tok_rest_any(sc, tp, i);
			if (i + 2 >= n || !(sc->cls[u[i + 2]] & B_WORD)) {
				tp->kind = T_POSS;
				tp->looked = LOOK_NOCTX | LOOK_QUIET;
				return i + 2;
			}
		}
	} else if (u[i] != '-')
		return tok_rest_any(sc, tp, i);
	tp->kind = T_PUNCT;
	tp->mark = u[i];
	tp->looked = LOOK_NOCTX | LOOK_QUIET;
	return i + 1;
}

#ifdef __SSE2__
/* The position in a word image (IMG_WORDS) of the LOOK_* bits, in
 * looked's place: the token's looked is stored after the copy; and of
 * nupper. */
enum {
	IMG_LOOKED = offsetof(struct tok, looked) - offsetof(struct tok, flags),
	IMG_NUPPER = offsetof(struct tok, nupper) - offsetof(struct tok, flags),
	IMG_FULL = offsetof(struct tok, full) - offsetof(struct tok, flags)
};
_Static_assert(offsetof(struct tok, kind) - offsetof(struct tok, flags) == 15 &&
        offsetof(struct tok, nums) == offsetof(struct tok, flags) + 16 &&
        sizeof(struct tok) == offsetof(struct tok, nums) + 8,
    "a word image's 16 bytes are a token's from flags to kind, and the "
    "8 bytes after them are nums and the members that end the token");

/* In a word image's looked (IMG_LOOKED), above the LOOK_* bits, which
 * alone tok_from_img() takes from there: the token's contr, which
 * tok_joined() gives a word it finds by its image before its rules. */
enum { IMG_CONTR = 16 };
_Static_assert(IMG_CONTR > (LOOK_FLAGS | LOOK_FULL | LOOK_NOCTX | LOOK_QUIET),
    "a word image's contr bit is none of the LOOK_* bits");
static inline uint64_t *img_set(struct mh_scanner *sc, const uint64_t k[2],
    size_t len);
static inline int img_is(const uint64_t *g, const uint64_t k[2]);
static inline unsigned tok_from_img(struct tok *tp, const uint64_t *g,
    unsigned ncl, unsigned plk);
static inline void img_put(uint64_t *g, const uint64_t key[2],
    const struct tok *tp, const struct word_memo *m, unsigned cap, int noquiet);

/* The token at tp of a word that starts at p (the text's bytes, or
 * the copy of its last ones, with 17 bytes to read: see tok_run()) and
 * that tok_run()'s vector step leaves to tok_rest(): made here, from
 * bit masks of the 17 bytes by tok_rest()'s rules, when it is letters
 * and joiners ('-', '\'') of at most KW_LONGEST bytes, ASCII, with a
 * joiner after the first run of letters.  Such words were most of
 * tok_rest()'s calls: of rb.txt's 22.8 K, "year-old" (of "53-year-old")
 * made 5.2 K, and "follow-up", "Mary" of "Mary's", "I'm" and "don't"
 * most of the rest.  tok_rest() read them a byte at a time, with a
 * branch per byte that mispredicted about once a word: cachegrind
 * counts 57 K fewer mispredicts of rb.txt this way, for as many
 * instructions.  Returns the word's length, with tp filled as
 * tok_rest() fills it (but nums); or 0, with tp untouched, for a word
 * it does not take (a byte from 0x80, which tok_rest() decodes; a digit
 * or '_'; a word longer than the 16 bytes), which tok_rest() then
 * reads. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
tok_joined(struct mh_scanner *sc, struct tok *tp, const unsigned char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	unsigned up, let, dig;
	/* the classes as word_run16() makes them */
	__m128i low = classes16(v, &up, &let, &dig);
	unsigned hy =
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
	unsigned ap =
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
	unsigned high = (unsigned)_mm_movemask_epi8(v);
	/* the word bytes of the 16, whose runs stop at bit 16 */
	unsigned wb = let | dig, r = (unsigned)__builtin_ctz(~wb);
	unsigned hyphen = 0, contr = 0, joined = 0, mask, cap, nl, nup;
	int noquiet;
	struct word_memo *me;
	/* the bytes whose capitals count: all the word's but a
	 * contraction's tail, which tok_rest() counts as letters only */
	unsigned upmask = ~0u;

	/* the vector step leaves a run here when a byte from 0x80 ends it,
	 * or none within 16, or a joiner after letters alone: the last is
	 * a word for here */
	if (r >= 16 || !((hy | ap) & (1u << r)) || (dig & ((1u << r) - 1)))
		return 0;
	/* the 17th byte, which the tests after a joiner read */
	let |= (unsigned)isalpha_a(p[16]) << 16;
	high |= (unsigned)(p[16] >= 0x80) << 16;
	/* at a joiner after r letters (no digit: the vector step took a
	 * run with one); tok_rest()'s loop from there */
	for (;;) {
		unsigned bit = 1u << r;

		/* a joiner joins a letter after it (a byte from 0x80 may
		 * be one) */
		if (high & (bit << 1))
			return 0;
		if (!(let & (bit << 1)))
			break;
		if (ap & bit) {
			/* I'm, don't, we'll, they're: the letters after it
			 * (three at most), and no letter after them */
			unsigned m = (unsigned)__builtin_ctz(~(let >> (r + 1)));
			unsigned k;

			if (m > 3)
				m = 3;
			k = r + 1 + m;
			if (m < 3) {
				if (k > 16 || (high & (1u << k)))
					return 0;
				if (contr_tail(p + r + 1, m)) {
					contr = joined = 1;
					upmask = bit - 1;
					r = k;
					break;
				}
			}
			/* the possessive 's, with no letter after it, ends
			 * the word before it */
			if ((p[r + 1] | 0x20) == 's') {
				if (r + 2 > 16 || (high & (bit << 2)))
					return 0;
				if (!(let & (bit << 2)))
					break;
			}
		} else
			hyphen = 1;
		joined = 1;
		r += 1 + (unsigned)__builtin_ctz(~(wb >> (r + 1)));
		if (r >= 16 || (high & (1u << r)))
			return 0;
		bit = 1u << r;
		/* a byte that is no word byte nor joiner ends it, as does a
		 * joiner after a digit (tested below) */
		if (!((hy | ap) & bit) || (dig & (bit - 1)))
			break;
	}
	mask = (1u << r) - 1;
	if ((dig & mask) || r > KW_LONGEST)
		return 0; /* a digit or '_': T_ALNUM, for tok_rest() */
	tp->hyphen = (unsigned char)hyphen;
	tp->contr = (unsigned char)contr;
	tp->joined = (unsigned char)joined;
	/* The word's image, as the vector step's words have (their keys
	 * hold no joiner: a word of letters here, "Mary" of "Mary's", has
	 * the same image as there): most of these words come again and
	 * again ("year-old", "follow-up", "I'm"), and the image spares
	 * them the counts and the memo (1.1 M of rb.txt's instructions).
	 * Either image of the set, with no move. */
	uint64_t key[2], *g, *h;
	key16(v, r, key);
	g = img_set(sc, key, r);
	h = img_is(g, key)               ? g
	    : img_is(g + IMG_WORDS, key) ? g + IMG_WORDS
	                                 : NULL;
	if (h != NULL) {
		tok_from_img(tp, h, sc->cls[p[r]], prev_looked(tp));
		return r;
	}
	cap = up & 1;
	nl = bits16(let & mask);
	nup = bits16(up & mask & upmask);
	tp->cap = (unsigned char)cap;
	tp->allcap = nup == nl;
	tp->nletter = (unsigned char)nl;
	tp->nupper = (unsigned char)nup;
	/* its keyword id, flags and quiet bits as the vector step takes
	 * them, from the key of its bytes (the joiners are themselves in
	 * it, as in kw_key()'s) */
	uint64_t fk[2];
	key16(low, r, fk);
	/* tok_rest() gives no quiet bits to a lower-case word with a
	 * hyphen that starts with 'n' (ninety_word()) */
	noquiet = !cap && hyphen && p[0] == 'n';
	me = memo_probe(sc, fk, r);
	tok_from_memo(sc, tp, me, r, cap, p + r, noquiet, prev_looked(tp));
	memcpy(g + IMG_WORDS, g, IMG_WORDS * sizeof(*g));
	img_put(g, key, tp, me, cap, noquiet);
	return r;
}
#endif

/* Token tp as the template tpl, from byte i, with nums number tokens
 * before it (put_gap(), tokenize()'s padding). */
static inline void
put_tok(struct tok *tp, const struct tok *tpl, size_t i, unsigned short nums)
{
#if defined(__SSE2__) && defined(__x86_64__)
	/* Two stores: s with the flags and full after it, which the move
	 * to a vector register clears; and the template's bytes from kw
	 * on, nums put in.  The compiler cleared the token and stored the
	 * members one by one: 0.9 M more of rb.txt's instructions in
	 * put_gap(), 0.3 M in tokenize()'s padding. */
	_Static_assert(offsetof(struct tok, flags) == 8 &&
	        offsetof(struct tok, full) == 12 &&
	        offsetof(struct tok, kw) == 16 &&
	        offsetof(struct tok, nums) == 24,
	    "put_tok() knows where s, the flags, full, kw and nums lie");
	_mm_storeu_si128((__m128i *)(void *)tp,
	    _mm_cvtsi64_si128((long long)i));
	_mm_storeu_si128((__m128i *)(void *)&tp->kw,
	    _mm_insert_epi16(
	        _mm_loadu_si128((const __m128i *)(const void *)&tpl->kw), nums,
	        4));
#else
	*tp = *tpl;
	tp->s = i;
	tp->nums = nums;
#endif
}

/* The blank token of one space at byte i, nums its count of number
 * tokens: the common blank after a word or punctuation (tokenize()).
 * LOOK_QUIET, so that walk() passes it with the run of quiet tokens it
 * is in (loud_block()), with no test of what kind it is. */
static inline void
put_gap(struct tok *tp, size_t i, unsigned short nums)
{
	static const struct tok gap = {.kind = T_SPACE,
	    .looked = LOOK_QUIET,
	    .mark = MARK_GAP};

	put_tok(tp, &gap, i, nums);
}

#ifdef __SSE2__
/* The token of a '-' that no word joins: one byte of punctuation, as
 * tok_rest() makes it, with no name context for a word after it and
 * nothing for walk() to do (see tok_rest()).  Only the vector step
 * makes it. */
static const struct tok dash = {.kind = T_PUNCT,
    .looked = LOOK_NOCTX | LOOK_QUIET,
    .mark = '-'};
#endif

#ifdef __SSE2__
/* The set of two word images (in IMG_WORDS) for the len bytes k as
 * they are (word_run16()), hashed as memo_probe() hashes a key. */
static inline uint64_t *
img_set(struct mh_scanner *sc, const uint64_t k[2], size_t len)
{
	return sc->img +
	    IMG_WORDS *
	    ((uint32_t)(((k[0] + len) * 0x9E3779B97F4A7C15u) >> 40) &
	        (IMG_SLOTS - 2));
}

/* The two images of set g, each moved to the other's place. */
static inline void
img_swap(uint64_t *g)
{
	__m128i a0 = _mm_loadu_si128((const __m128i *)(const void *)g),
	        a1 = _mm_loadu_si128((const __m128i *)(const void *)(g + 2)),
	        b0 = _mm_loadu_si128((const __m128i *)(const void *)(g + 4)),
	        b1 = _mm_loadu_si128((const __m128i *)(const void *)(g + 6));

	_Static_assert(IMG_WORDS == 4, "an image is 32 bytes");
	_mm_storeu_si128((__m128i *)(void *)g, b0);
	_mm_storeu_si128((__m128i *)(void *)(g + 2), b1);
	_mm_storeu_si128((__m128i *)(void *)(g + 4), a0);
	_mm_storeu_si128((__m128i *)(void *)(g + 6), a1);
}

/* Is the image at g the one of the key k? */
static inline int
img_is(const uint64_t *g, const uint64_t k[2])
{
	return _mm_movemask_epi8(_mm_cmpeq_epi8(
	           _mm_loadu_si128((const __m128i *)(const void *)k),
	           _mm_loadu_si128((const __m128i *)(const void *)g))) ==
	    0xFFFF;
}

/* Token tp, a word of the vector step, from its image at g: its bytes
 * from flags to kind, all that tok_from_memo() and the counts gave it,
 * but the LOOK_* bits of the tokens around it (word_quiet()), ncl the
 * class of the byte after it, which tok_run() has read for the word's
 * end (read again here: 0.5 M of rb.txt's instructions).  The token is
 * cleared, and nums is stored after. */
static inline unsigned
tok_from_img(struct tok *tp, const uint64_t *g, unsigned ncl, unsigned plk)
{
	const unsigned char *b = (const unsigned char *)(g + 2);
	unsigned lk = b[IMG_LOOKED];

	memcpy(&tp->flags, b, 16);
	/* word_quiet_after() keeps LOOK_FLAGS and LOOK_FULL only when it
	 * keeps all the bits */
	lk = (lk & (LOOK_FLAGS | LOOK_FULL)) | word_quiet_after(plk, lk, ncl);
	tp->looked = (unsigned char)lk;
	return lk;
}

/* The image at g of the word of key key, whose token tp has been made
 * from memo entry m (tok_from_memo(), of cap and noquiet). */
static inline void
img_put(uint64_t *g, const uint64_t key[2], const struct tok *tp,
    const struct word_memo *m, unsigned cap, int noquiet)
{
	unsigned char *b = (unsigned char *)(g + 2);

	memcpy(g, key, 16);
	memcpy(b, &tp->flags, 16);
	b[IMG_LOOKED] = (unsigned char)(LOOK_FLAGS | (LOOK_FULL & (0u - cap)) |
	    (noquiet ? 0 : memo_quiet_of(m, cap)) |
	    (tp->contr ? IMG_CONTR : 0));
}

/* tok_from_img() when neither image of set g is the word's (of key
 * keyv, run letters, mu the mask of its capitals): the token's bytes
 * from flags to kind made from the word memo as before the images, and
 * its image put first, where the first moves to the second.  The key
 * by value, which the caller keeps in a register: by its address, the
 * caller stored it on the stack for every word (0.4 M of rb.txt's
 * instructions). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static unsigned
tok_word_miss(struct mh_scanner *sc, struct tok *tp, uint64_t *g, __m128i keyv,
    size_t run, unsigned mu, const unsigned char *p, unsigned plk)
{
	unsigned lk;
	uint64_t fk[2], key[2];
	unsigned cap = mu & 1;
	/* most words have one capital at most: no bit count for them */
	unsigned nup = mu <= 1 ? mu : bits16(mu);
	struct word_memo *m;

	_mm_storeu_si128((__m128i *)(void *)key, keyv);
	memcpy(g + IMG_WORDS, g, IMG_WORDS * sizeof(*g));
	tp->kind = T_WORD;
	tp->cap = (unsigned char)cap;
	tp->nupper = (unsigned char)nup;
	tp->nletter = (unsigned char)run;
	tp->allcap = nup == run;
	/* the word memo's key: the letters with case folded */
	key16(_mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)key),
	          _mm_set1_epi8(0x20)),
	    run, fk);
	m = memo_probe(sc, fk, run);
	lk = tok_from_memo(sc, tp, m, run, cap, p, 0, plk);
	img_put(g, key, tp, m, cap, 0);
	return lk;
}
#endif

/* The token at tp of a word of letters and joiners that starts at p
 * (tok_joined()), found by its image before tok_joined()'s rules are
 * read: its length, or 0 for none.  plk is the looked of the token
 * before it (tok_run()).  Where a byte that ends a word follows the
 * letters and joiners from p (a digit, '_' or a byte from 0x80 does
 * not: nor does a digit or '_' at p, which makes the run empty), they
 * are most often the word, and its image is there: "year-old",
 * "follow-up", "I'm".  No word that tok_joined() makes of other bytes
 * has their bytes: a word it makes ends at a letter, where no joiner
 * but the 's of a possessive stops it, whose word is shorter than the
 * run, and what it reads past a word is no letter.  So the image of
 * the run's bytes, if there, is the token's; the joiners in it give
 * hyphen and joined, and the image its contr (IMG_CONTR).  Inline: in
 * tok_joined(), behind its call, it saved 0.25 M of rb.txt's
 * instructions; here 1.0 M, with the possessives. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
tok_joined_img(struct mh_scanner *sc, struct tok *tp, const unsigned char *p,
    unsigned plk)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	unsigned up, let, dig;
	(void)classes16(v, &up, &let, &dig);
	unsigned hy =
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
	unsigned ap =
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
	unsigned lj = (unsigned)__builtin_ctz(~(let | hy | ap)), mask;
	uint64_t key[2], *g, *h;

	if (lj >= 16 || !(sc->cls[p[lj]] & B_ENDS))
		return 0;
	/* The run's last letter an s after an apostrophe: the 's of a
	 * possessive, which no word holds (tok_joined() ends the word
	 * before it: "Mary's", "it's", "Children's"), and the word is the
	 * run before it, if its image is there, by the same reasoning. */
	if (lj >= 3 && (ap >> (lj - 2) & 1) && (p[lj - 1] | 0x20) == 's')
		lj -= 2;
	key16(v, lj, key);
	g = img_set(sc, key, lj);
	h = img_is(g, key)               ? g
	    : img_is(g + IMG_WORDS, key) ? g + IMG_WORDS
	                                 : NULL;
	if (h == NULL)
		return 0;
	mask = (1u << lj) - 1;
	tp->hyphen = (hy & mask) != 0;
	tp->joined = ((hy | ap) & mask) != 0;
	tp->contr =
	    (((const unsigned char *)(h + 2))[IMG_LOOKED] & IMG_CONTR) != 0;
	tok_from_img(tp, h, sc->cls[p[lj]], plk);
	return lj;
}

/* What tokenize() carries from token to token. */
struct tok_state {
	struct tok *tp; /* the token being made */
	unsigned short nums;
	/* any upper-case letter yet: the masks and counts or-ed, one
	 * instruction a word where a compare and an and took three */
	unsigned upper;
	unsigned plk; /* the looked of the last token no blank (tok_run()) */
};

/* The tokens from byte i on, until one ends at or past lim; returns
 * where the last ends.  tokenize() runs it twice, inlined: up to tb,
 * where the vector step reads the text itself, then to the end, where
 * it reads the copy of the window's last bytes in tail.  at_tail, known
 * when compiled, chooses: a test of every word's start, and tb kept on
 * the stack for it, cost more than the second copy of the loop. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
tok_run(struct mh_scanner *sc, struct tok_state *st, size_t i, size_t lim,
    const unsigned char *tail, size_t tb, int at_tail)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n;
	unsigned short nums = st->nums;
	unsigned upper = st->upper;
	/* the looked of the last token that is no blank, for the quiet
	 * bits of a word after it (word_quiet_after()): kept here, where
	 * reading it back from the tokens (prev_looked()) took a test of
	 * the kind of the token before and two loads a word, 1.5 M of
	 * rb.txt's instructions.  Of its bits only LOOK_NOCTX counts,
	 * which the '-' after a number has as the number has. */
	unsigned plk = st->plk;
	/* the token being made in a local, the one pointer the loop keeps
	 * to them: the stores through it would otherwise make the compiler
	 * read sc->nt again for every token */
	struct tok *tp = st->tp;

#ifndef __SSE2__
	(void)tail;
	(void)tb;
	(void)at_tail;
#endif
	while (i < lim) {
		/* tokens are built in place: no copy of each one */
		*tp = (struct tok){.s = i};
		/* the classes read through sc, at a fixed offset: a pointer
		 * of their own took a register the loop is short of */
		unsigned cl = sc->cls[u[i]];
#ifdef __SSE2__
		/* the usual word, away from the end of the text: ASCII
		 * letters, digits and '_' ended within 16 bytes by an ASCII
		 * byte that is no joiner, which is where tok_rest() would
		 * stop; or by a joiner after a run with a digit or '_',
		 * which tok_rest() joins to nothing (dates and telephone
		 * numbers, "2023-01-05": a quarter of its tokens were
		 * those).  p has 17 bytes to read: the run's 16 and the byte
		 * after the byte that ends it, chosen only where a word byte
		 * starts the token: punctuation skips the choice.  Tried
		 * before the blanks: the loop starts few tokens with one, as
		 * a blank after a word or punctuation is made with it, and
		 * the test of a blank first cost every word a test and a
		 * branch (1.0 M of rb.txt's instructions). */
		unsigned mu, md, ecl;
		size_t run;
		uint64_t key[2];
		const unsigned char *p;
		/* Most of these are words of letters alone, ended by a byte
		 * that ends a word: letter_run16() finds them without the
		 * masks of the digits and '_' (1.8 M of rb.txt's
		 * instructions).  The others are read again as a run of word
		 * bytes (word_run16()) only when a digit or '_' ends the
		 * letters (or starts the token): where another byte ends
		 * them, that run is the letters', with no digit, which the
		 * test takes only before a byte that ends a word, and the
		 * letters' test has refused it.  Read again for every token
		 * that is no word of letters, the run mispredicted more
		 * (cachegrind: 18 K more of rb.txt's), and the time gained
		 * nothing. */
		if ((cl & B_WORD) &&
		    (run = letter_run16(p = at_tail ? tail + (i - tb) : u + i,
		         key),
		        ecl = sc->cls[p[run]],
		        (run < 16 && (ecl & B_ENDS) && (md = 0, 1)) ||
		            ((ecl & B_WORD) &&
		                (run = word_run16(p, &md, key)) < 16 &&
		                ((ecl = sc->cls[p[run]]) & B_ENDS ||
		                    ((p[run] == '-' || p[run] == '\'') &&
		                        (md & ((1u << run) - 1))))))) {
			/* i and p past the word: p at the byte after it, which
			 * the tests below read where they would otherwise keep
			 * p + run on the stack past the probe's call */
			i += run;
			p += run;
			/* md is 0 for a word of letters alone, and has a bit
			 * in the run for any other (its digit or '_' after the
			 * letters, or at the start): tested before it is cut
			 * to the run's bytes, which only the numbers need
			 * (0.4 M of rb.txt's instructions) */
			if (!md) {
				/* a word, all letters, lower-case or with a
				 * capital on one path with no branch on which:
				 * the two paths it had, a lower-case word's and
				 * a capitalised one's, went either way by the
				 * word, the most mispredicted branch of all
				 * (cachegrind: 112 K of rb.txt's 2.55 M).  One
				 * path is 6.5 M more instructions of rb.txt,
				 * but tokenize() mispredicts 427 K -> 309 K and
				 * the time falls by 3%.  Now that path is the
				 * word's image, keyed by the bytes that
				 * word_run16() has loaded, none read again,
				 * and only a word it misses takes the counts
				 * and the memo (tok_word_miss()).  Either
				 * fills the token from flags to kind, and
				 * no member after is any but nums. */
				uint64_t *g = img_set(sc, key, run);
				int hit = img_is(g, key);
				/* The second image of the set, moved to the
				 * first: here, where tok_word_miss() took it
				 * with a call and the copies through its stack
				 * (66 K of blk40.txt's words, two that share a
				 * set taken in turn: 3.3 M instructions). */
				if (!hit && img_is(g + IMG_WORDS, key)) {
					img_swap(g);
					hit = 1;
				}
				if (hit) {
					/* any capital by the image's count of
					 * them: the mask of capitals, five
					 * vector instructions and a load,
					 * only on a miss (upper16()) */
					upper |= ((const unsigned char *)(g +
					    2))[IMG_NUPPER];
					plk = tok_from_img(tp, g, ecl, plk);
				} else {
					mu = upper16(p - run, run);
					upper |= mu;
					plk = tok_word_miss(sc, tp, g,
					    _mm_loadu_si128(
					        (const __m128i *)(const void *)
					            key),
					    run, mu, p, plk);
				}
			} else {
				/* the mask cut to the run's bytes once: the
				 * tests below take it as it is, and in need
				 * not stay in a register for them */
				unsigned in = (1u << run) - 1, nup;

				md &= in;
				if (md == in) {
					/* digits (or '_') alone, most numbers:
					 * no capital, and the run's length is
					 * their count, with no bit count (0.9 M
					 * of rb.txt's instructions) */
					tp->kind = T_NUM;
					tp->ndigit = (unsigned char)run;
					tp->looked = LOOK_NOCTX; /* no word */
					plk = LOOK_NOCTX;
					nums++;
					sc->zip5 |= run == 5;
				} else {
					/* letters too, one at least */
					unsigned nd = bits16(md),
					         nl = (unsigned)run - nd;
					mu = upper16(p - run, run);
					nup = mu <= 1 ? mu : bits16(mu);
					tp->cap = (unsigned char)(mu & 1);
					tp->nupper = (unsigned char)nup;
					upper |= mu;
					tp->kind = T_ALNUM;
					tp->nletter = (unsigned char)nl;
					tp->ndigit = (unsigned char)nd;
					tp->allcap = nup == nl;
					tp->looked = LOOK_NOCTX; /* no word */
					plk = LOOK_NOCTX;
				}
				/* A '-' after it ("53-year-old", "2023-01-05",
				 * "555-0142"), where the vector step took it as
				 * the end of a run with a digit: the token of
				 * that byte here, as tok_rest() makes it: the
				 * calls for it were more than a quarter of
				 * tok_rest()'s. */
				if (*p == '-') {
					/* (the number's count too: the
					 * shortcuts of num_street_shape()
					 * and match_num_street_run() read it
					 * at a token that may be this one) */
					tp->nums = nums;
					put_tok(&tp[1], &dash, i++, nums);
					tp++;
				}
			}
			tp->nums = nums;
			/* the blank after it as below, from the bytes at
			 * p, which hold a NUL at the text's end: no test
			 * of the end */
			if (p[0] == ' ' && !(sc->cls[p[1]] & B_SPACE)) {
				put_gap(&tp[1], i++, nums);
				tp++;
			}
			tp++;
			continue;
		}
#endif
		if (cl & B_SPACE) {
			tp->kind = T_SPACE;
			tp->looked = LOOK_QUIET; /* walk() passes every blank */
			if (u[i] == ' ' &&
			    (i + 1 >= n || !(sc->cls[u[i + 1]] & B_SPACE))) {
				/* the common case: one blank between words */
				tp->mark = MARK_GAP;
				i++;
			} else {
				while (i < n && (sc->cls[u[i]] & B_SPACE)) {
					if (u[i] == '\n')
						tp->nl = 1;
					i++;
				}
				if (!tp->nl && i - tp->s <= 2)
					tp->mark = MARK_GAP;
			}
			tp->nums = nums;
			tp++;
			continue;
		}
		if (cl & B_ENDS) {
			/* ASCII punctuation but for the apostrophe and '-',
			 * the only bytes that start a T_POSS or join a word:
			 * one byte of T_PUNCT */
			tp->kind = T_PUNCT;
			if (cl & B_MARK)
				tp->mark = u[i];
			/* LOOK_NOCTX if B_NOCTX, LOOK_QUIET if B_PASS */
			plk = (cl / B_LOOK) & (LOOK_NOCTX | LOOK_QUIET);
			tp->looked = (unsigned char)plk;
			i++;
		} else {
#ifdef __SSE2__
			/* a word of letters and joiners (see tok_joined()) */
			size_t e;
			if ((cl & B_WORD) &&
			    ((e = tok_joined_img(sc, tp,
			          p = at_tail ? tail + (i - tb) : u + i,
			          plk)) != 0 ||
			        (e = tok_joined(sc, tp, p)) != 0))
				i += e;
			else
#endif
				i = tok_rest(sc, tp, i);
			upper |= tp->nupper;
			plk = tp->looked;
		}
		if (tp->kind == T_NUM) {
			nums++;
			sc->zip5 |= tp->ndigit == 5;
		}
		tp->nums = nums;
		/* Most words and punctuation are followed by one space and
		 * then no blank: that token here (put_gap()), as the blank
		 * branch above would make it, without a turn of the loop. */
		if (i < n && u[i] == ' ' &&
		    (i + 1 >= n || !(sc->cls[u[i + 1]] & B_SPACE))) {
			put_gap(&tp[1], i++, nums);
			tp++;
		}
		tp++;
	}
	st->tp = tp;
	st->nums = nums;
	st->upper = upper;
	st->plk = plk;
	return i;
}

static int
tokenize(struct mh_scanner *sc)
{
	static const struct tok pad = {.looked = LOOK_FLAGS | LOOK_FULL};
	size_t n = sc->n, i = sc->start;
	struct tok_state st;
	struct tok *tp;
#ifdef __SSE2__
	const unsigned char *u = (const unsigned char *)sc->s;
	/* the window's last 16 bytes again, followed by NULs (which end a
	 * word as its end does, and are no blank): the vector step reads
	 * words there too, and the byte after the byte after a word, where
	 * it must not read past the text.  Every line of plain text is a
	 * record of its own, so its last words are many.  The bytes at i
	 * have 17 to read (i + 16 < n) just when i < tb, in a short window
	 * too, which has none. */
	unsigned char tail[32] = {0};
	size_t tb = n - sc->start >= 16 ? n - 16 : sc->start;

	/* a copy of 16 bytes, known when compiled, is one load and store;
	 * only a text shorter than that takes the call */
	if (n - tb == 16)
		memcpy(tail, u + tb, 16);
	else
		memcpy(tail, u + tb, n - tb);
#endif

	sc->uppertext = -1;
	sc->cjk_text = -1;
	sc->zip5 = 0;
	sc->list_lo = 1;
	sc->list_hi = 0;
	/* Room for the most tokens the window can hold, one a byte, and
	 * the end token and its padding, made before the loop: no test of
	 * the room for each token.  Only the tokens written are touched. */
	if (sc->capt < n - sc->start + 1 + TOK_PAD &&
	    grow_tok(sc, n - sc->start + 1 + TOK_PAD) == -1)
		return -1;
	/* the token before the first is the zero token (prev_looked()) */
	st = (struct tok_state){.tp = sc->t, .plk = sc->t[-1].looked};
#ifdef __SSE2__
	i = tok_run(sc, &st, i, tb, tail, tb, 0);
	i = tok_run(sc, &st, i, n, tail, tb, 1);
#else
	i = tok_run(sc, &st, i, n, NULL, 0, 0);
#endif
	tp = st.tp;
	/* the end of the last token, and the padding after it */
	sc->nt = (size_t)(tp - sc->t);
	sc->lowertext = st.upper == 0;
	/* unrolled: the loop's own test and step cost as much as the
	 * stores, once a window */
#ifdef __GNUC__
#pragma GCC unroll 16
#endif
	for (size_t k = 0; k <= TOK_PAD; k++)
		put_tok(&tp[k], &pad, i, 0);
	return 0;
}

static inline struct tok *
tk(struct mh_scanner *sc, size_t i)
{
	return i < sc->nt ? &sc->t[i] : NULL;
}

static struct word_memo *memo_take(struct mh_scanner *sc, struct word_memo *m,
    uint64_t k0, uint64_t k1);

/* The memo entry of token t, a word of at most KW_LONGEST bytes; on a
 * miss it is taken over for t, with t's keyword id and no flags yet.
 * The key folds case as both tables do, so that every word with the
 * key has the same answers; and no word's key is zero, as its first
 * byte is not NUL.  Two entries to a set, the one used last first:
 * most words are found at the first compare, and the second way keeps
 * the word another pushed out of the first.  The rest out of line. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline struct word_memo *
memo_probe(struct mh_scanner *sc, const uint64_t k[2], size_t len)
{
	/* one multiply where kw_hash() takes two: of the first eight bytes
	 * and the length, for the second half of most keys is zero, and a
	 * collision costs only a miss */
	struct word_memo *m =
	    &sc->memo[(uint32_t)(((k[0] + len) * 0x9E3779B97F4A7C15u) >> 40) &
	        (MEMO_SLOTS - 2)];

#ifdef __SSE2__
	/* the key compared where word_run16() made it, in a vector
	 * register: the second half is then not moved out for the hash */
	__m128i eq =
	    _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)k),
	        _mm_loadu_si128((const __m128i *)(const void *)m->k));
	if (_mm_movemask_epi8(eq) == 0xFFFF)
		return m;
#else
	if (m->k[0] == k[0] && m->k[1] == k[1])
		return m;
#endif
	return memo_take(sc, m, k[0], k[1]);
}

/* memo_probe() when the first way of set m misses: the second, moved to
 * the first, else the first taken over; either way the first's word
 * moves to the second. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static struct word_memo *
memo_take(struct mh_scanner *sc, struct word_memo *m, uint64_t k0, uint64_t k1)
{
	/* the key by value: the caller's, built in registers by
	 * word_run16(), then need not be stored for every word */
	const uint64_t k[2] = {k0, k1};
	struct word_memo second = m[1];

	m[1] = m[0];
	if (second.k[0] == k[0] && second.k[1] == k[1]) {
		m[0] = second;
		return m;
	}
	m->k[0] = k[0];
	m->k[1] = k[1];
	m->kw = m->kw_full = (unsigned short)kw_find(sc, k);
	m->have = 0;
	return m;
}

#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline struct word_memo *
memo_entry(struct mh_scanner *sc, const struct tok *t, size_t len)
{
	uint64_t k[2];

	kw_key(sc->s + t->s, len, sc->n - t->s, k);
	return memo_probe(sc, k, len);
}

/* Is the word w of len bytes a relation with an s after it
 * ("daughters", four letters or more), or with "ren" ("children",
 * eight or more)?  By its bytes, for the rules (plural_rel_at(),
 * plural_rel_odd()) and the tokenizer's quiet bits (plural_rel_word())
 * alike. */
static int
rel_plural_s(const struct mh_scanner *sc, const char *w, size_t len)
{
	return len >= 4 && (w[len - 1] | 0x20) == 's' &&
	    (mh_names_lookup_cue(sc->nm, w, len - 1) & MH_NAMES_REL);
}

static int
rel_plural_ren(const struct mh_scanner *sc, const char *w, size_t len)
{
	return len >= 8 && strncasecmp(w + len - 3, "ren", 3) == 0 &&
	    (mh_names_lookup_cue(sc->nm, w, len - 3) & MH_NAMES_REL);
}

/* May the word w of len bytes, with no hyphen, be a relation in the
 * plural, which rel_list_first() needs (rel_list_last()): what
 * plural_rel_at() and plural_rel_odd() take of a word with no hyphen,
 * and "workers" alone (they take it after "co"). */
static int
plural_rel_word(const struct mh_scanner *sc, const char *w, size_t len)
{
	return eqw(w, len, "workers") || rel_plural_s(sc, w, len) ||
	    rel_plural_ren(sc, w, len);
}

static int hyphen_rel(struct mh_scanner *sc, size_t s, size_t e);

/* Is the word with keyword id kw, which has the name-cue flag and no
 * title's or relation's, one that lower_name_context() may find a
 * context in (context_after_word()'s words, and "and", which joins the
 * names listed after a relation, rel_list_name())?  Of any other such
 * word it asks what it asks of a word with no flag: rel_list_name()
 * finds the word after it in no list, as a list goes on only after
 * ',', '&' or "and", and starts after a relation in the plural, which
 * memo_noctx() asks below; context_after_word() none.  "with", "is"
 * and "and" come before 8,000 of the lower-case words of rb.txt that
 * walk() stopped at for the name-cue flag: "with" before 3,700. */
static int
names_after_cue(unsigned kw)
{
	return kw == KW_AND || kw == KW_NAMED || kw == KW_CALLED ||
	    kw == KW_DEAR || kw == KW_HI || kw == KW_HEY || kw == KW_HELLO ||
	    kw == KW_IS || kw == KW_WAS || kw == KW_HIM || kw == KW_HER ||
	    kw == KW_ME || kw == KW_THEM;
}

/* LOOK_NOCTX of the word w of len bytes (in the text), memo entry m,
 * with the flags f: whether lower_name_context() finds no context in
 * it. */
static unsigned char
memo_noctx(struct mh_scanner *sc, unsigned f, const struct word_memo *m,
    const char *w, size_t len)
{
	size_t s = (size_t)(w - sc->s);

	/* lower_name_context() of the word after this one: the flags f,
	 * relation_at() and rel_list_first() */
	if ((f & (MH_NAMES_TITLE | MH_NAMES_REL)) ||
	    ((f & MH_NAMES_NAMECUE) && names_after_cue(m->kw)))
		return 0;
	/* A word with a hyphen (its key has the '-' and no other word
	 * has it): relation_at() takes it if hyphen_rel() does, or if it
	 * ends in "-in-law", and rel_list_first() only if it may end a
	 * plural (plural_tail(), which takes "-in-law" too).  Known once
	 * per entry, where the word after one took the tests each time:
	 * 1.8 M instructions of rb.txt. */
	if (memchr(w, '-', len) != NULL)
		return !plural_tail(w + len, len, 1) &&
		        !hyphen_rel(sc, s, s + len)
		    ? LOOK_NOCTX
		    : 0;
	/* Of a word with none, relation_at() takes "law", "worker" and
	 * "walker" besides.  Many words end in s ("this", "has",
	 * "things"): of them only a relation in the plural starts a list,
	 * known once per entry. */
	return !(len == 3 && m->kw == KW_LAW) &&
	        /* (their shared end first) */
	        !(len == 6 && eqw(w + 3, 3, "ker") &&
	            (eqw(w, 3, "wor") || eqw(w, 3, "wal"))) &&
	        !(plural_tail(w + len, len, 0) && plural_rel_word(sc, w, len))
	    ? LOOK_NOCTX
	    : 0;
}

/* Are f the cue flags of a lower-case word, in a text with capitals,
 * that is a first name (a surname too: "emily") of four letters or more
 * in no cue list and no ordinary word ("jayden": memo_fill())?  No word of the cue table has
 * no flag but FIRST and LAST: a user's name has USER.  A first name
 * that is a family word of another language too ("lola", "tito") has
 * REL and no COMMON, as scripts/gen-names gives no other relation
 * word: it stays a name on its own as before ("then i met tito"). */
static inline int
lone_first_flags(unsigned f)
{
	return f == MH_NAMES_FIRST ||
	    (f & ~MH_NAMES_LAST) == (MH_NAMES_FIRST | MH_NAMES_REL);
}

/* Are f the flags of a surname and nothing else (lone_surname()): a
 * surname that is a family word of another language too ("baba",
 * "teta") has REL and no COMMON besides, and stays one as before ("went
 * to see baba"). */
static inline int
lone_last_flags(unsigned f)
{
	return f == MH_NAMES_LAST || f == (MH_NAMES_LAST | MH_NAMES_REL);
}

/* Is the word of keyword id kw one of town_preps[] or town_verbs[],
 * after which a lower-case word may be a town or the "in", "to" before
 * one (low_town())? */
static inline int
town_cue(const struct mh_scanner *sc, unsigned kw)
{
	return (sc->kw_sets[kw] & (KW_TOWN_PREP | KW_TOWN_VERB)) != 0;
}

/* May the word w of len bytes start with a part of a month: a '-'
 * where "mid-", "late-" or "early-" ends, and a month after it?  The
 * test inline, before part_month_head() reads the parts. */
static inline int
part_month_shape(const char *w, size_t len)
{
	return len > 6 && (w[3] == '-' || w[4] == '-' || w[5] == '-');
}

/* Does the word w of len bytes start with a part of a month, "mid-",
 * "early-", "late-" (part_month())?  The length of the part with its
 * '-', or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
part_month_head(const char *w, size_t len)
{
	static const struct lit parts[] = {LIT("mid-"), LIT("early-"),
	    LIT("late-"), {NULL, 0}};
	size_t pl;

	for (size_t k = 0; parts[k].w != NULL; k++) {
		pl = parts[k].m;
		if (len > pl && strncasecmp(w, parts[k].w, pl) == 0)
			return pl;
	}
	return 0;
}

static int town_end_bytes(const char *w, size_t len);

/* The names data's flags that make a word no town in lower case, known
 * town or not (a state's, a user's, a stop word's, a month's ...): asked
 * by town_word() and, of a known town, where the word memo decides
 * whether the walk stops at it (memo_quiet()). */
#define TOWN_NOT_FLAGS \
	(MH_NAMES_STATE | MH_NAMES_KEEP | MH_NAMES_USER | MH_NAMES_STOP | \
	    MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_FACILITY | \
	    MH_NAMES_STREET | MH_NAMES_REL | MH_NAMES_TITLE)

/* The quiet bits of memo entry m, for the word w of len bytes: of the
 * tests walk() makes of a lower-case word, and of the word before it,
 * those that read only the word (its bytes, keyword id and cue flags),
 * once for each entry.  A word of tokenize()'s vector step then needs
 * only the rest (word_quiet()). */
static unsigned char
memo_quiet(struct mh_scanner *sc, const struct word_memo *m, const char *w,
    size_t len)
{
	unsigned char b = memo_noctx(sc, m->cue, m, w, len);

	/* plain_lower(); and no part of a month, "mid-march 1990"
	 * (part_month(), which walk() asks of a word with a '-') */
	if (!(sc->kw_sets[m->kw] & KW_LOW_RULES) && m->kw != KW_CORNER &&
	    !(m->cue & (MH_NAMES_MONTH | MH_NAMES_IDCUE | MH_NAMES_USER)) &&
	    !lone_first_flags(m->cue) && !lone_last_flags(m->cue) &&
	    !(part_month_shape(w, len) && part_month_head(w, len)))
		b |= LOOK_QUIET;
	/* the word after "from", "moved" ... may be a town or the "to"
	 * before one (low_town()), and the word after "that" a name
	 * (that_subject()): no LOOK_NOCTX, so that the walk stops at it
	 * (noctx_at() reads the bit as if it were there, but before
	 * that_subject()'s name) */
	if (town_cue(sc, m->kw) || m->kw == KW_THAT)
		b &= (unsigned char)~LOOK_NOCTX;
	/* a word of no list that ends as towns do may be a town after
	 * "in" and a relation or "be" in a text with capitals too ("I'm
	 * in riverton now", "My grandma's in millbrook"): the walk stops
	 * at it (lower_name_context()), not at every word after "in" */
	if ((m->cue & ~(unsigned)(MH_NAMES_LAST | MH_NAMES_WORD)) == 0 &&
	    town_end_bytes(w, len))
		b &= (unsigned char)~LOOK_QUIET;
	/* and so may a town of the word table's ("I'm in chicago now",
	 * "My therapist in austin"): the cue table holds its CITY flag, so
	 * this asks no look-up of the word table, and the walk stops at
	 * these few words alone, not at the flags town_word() turns away
	 * (a state's, a user's, a stop word's) */
	if ((m->cue & MH_NAMES_CITY) && !(m->cue & TOWN_NOT_FLAGS))
		b &= (unsigned char)~LOOK_QUIET;
	return b;
}

/* LOOK_NOCTX and LOOK_QUIET (see LOOK_FLAGS) of a lower-case word that
 * tokenize() has just read (tok_rest() too), quiet those its memo entry
 * gives it with the cue flags (LOOK_NOCTX and LOOK_QUIET at most), ncl
 * the B_* class of the byte after it (of NUL at the text's end): the
 * word alone (memo_quiet()), the token before it, whose looked is plk
 * (prev_looked()), and the byte after it. */
static inline unsigned
word_quiet_after(unsigned plk, unsigned quiet, unsigned ncl)
{
	/* LOOK_QUIET too if the token before has LOOK_NOCTX and no rule's
	 * byte follows, else LOOK_NOCTX alone: by a mask, where a branch
	 * went either way by the word before (38 K mispredicts of rb.txt,
	 * half tokenize()'s fall above).  The mask from the bits as they
	 * lie: LOOK_NOCTX moved to LOOK_QUIET's place, where B_RULE is,
	 * with no compare (1.2 M of rb.txt's instructions). */
	_Static_assert(LOOK_QUIET == LOOK_NOCTX << 1 &&
	        (int)B_RULE == LOOK_QUIET,
	    "LOOK_NOCTX shifted is LOOK_QUIET, which is B_RULE");

	return quiet & (LOOK_NOCTX | ((plk << 1) & ~ncl & LOOK_QUIET));
}

/* The looked of the token before t (prev_tok()), or of the one before
 * that after a blank: by arithmetic, where a branch went either way by
 * the word.  The zero token before the first has LOOK_NOCTX. */
static inline unsigned
prev_looked(const struct tok *t)
{
	return t[-1 - (t[-1].kind == T_SPACE)].looked;
}

/* word_quiet_after() of the word at t, from the token before it. */
static inline unsigned
word_quiet(const struct tok *t, unsigned quiet, unsigned ncl)
{
	return word_quiet_after(prev_looked(t), quiet, ncl);
}

/* The answers for memo entry m, looked up once per entry: of the word
 * table (mh_names_lookup()) if full, else of the cue table, each with
 * its quiet bits.  Out of line, for most words find them there. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static void
memo_fill(struct mh_scanner *sc, struct word_memo *m, const char *w, size_t len,
    int full)
{
	if (full) {
		if (!(m->have & MEMO_WORD))
			m->full = mh_names_lookup(sc->nm, w, len);
		m->quiet_full = memo_noctx(sc, m->full, m, w, len);
		m->have |= LOOK_FULL | MEMO_WORD;
	} else {
		m->cue = mh_names_lookup_cue(sc->nm, w, len);
		/* A word of no cue list may be a first name that is no
		 * English word ("jayden", "kayleigh"), which a phone's
		 * keyboard leaves in lower case in a text with capitals:
		 * the cue flags take its name flags, as those of a name
		 * in the cue table ("dallas") have them, and the walk
		 * then stops at it (lone_first_flags()).  The word table
		 * is read once per memo entry, and its answer kept for
		 * memo_full() (quiet_full without: memo_noctx() of each
		 * such word cost 0.2 M of rb.txt's instructions). */
		if (m->cue == 0 && len >= 4 &&
		    !(sc->kw_sets2[m->kw] & KW2_NOT_LONE)) {
			if (!(m->have & MEMO_WORD)) {
				m->full = mh_names_lookup(sc->nm, w, len);
				m->have |= MEMO_WORD;
			}
			/* and a first name that is also a surname and no
			 * word ("emily", "sarah"; not "castle": WORD) */
			if (m->full == MH_NAMES_FIRST ||
			    m->full == (MH_NAMES_FIRST | MH_NAMES_LAST))
				m->cue = MH_NAMES_FIRST;
			/* and a surname that is no word ("okafor"; not
			 * "bridges": WORD), a name after a few words
			 * (lone_surname()) */
			else if (m->full == MH_NAMES_LAST)
				m->cue = MH_NAMES_LAST;
		}
		m->quiet = memo_quiet(sc, m, w, len);
		m->have |= LOOK_FLAGS;
	}
}

static inline unsigned
memo_full(struct mh_scanner *sc, struct word_memo *m, const struct tok *t,
    size_t len)
{
	if (!(m->have & MEMO_WORD))
		memo_fill(sc, m, sc->s + t->s, len, 1);
	return m->full;
}

/* Token t is a word of at most KW_LONGEST bytes: set its keyword id and
 * the flags look() gives it, both at once, and return the LOOK_* bits
 * for its looked.  plain is whether it is a lower-case word in text with
 * capitals (!cap && !allcap && !lowertext), which is looked up in the
 * cue table only (look()).  Nearly every word is asked both, and words
 * repeat: one key and one probe of the memo then stand for a lookup in
 * each table, each of which folds and hashes the word again. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline unsigned
word_look_memo(struct mh_scanner *sc, struct tok *t, struct word_memo *m,
    size_t len, int plain)
{
	t->kw = m->kw;
	if (plain) {
		if (!(m->have & LOOK_FLAGS))
			memo_fill(sc, m, sc->s + t->s, len, 0);
		t->flags = m->cue;
		return LOOK_FLAGS;
	}
	t->flags = t->full = memo_full(sc, m, t, len);
	return LOOK_FLAGS | LOOK_FULL;
}

#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline void
word_look(struct mh_scanner *sc, struct tok *t, size_t len, int lowertext)
{
	t->looked |= (unsigned char)word_look_memo(sc, t,
	    memo_entry(sc, t, len), len, !t->cap && !t->allcap && !lowertext);
}

/* The long-word memo's entry for the len bytes at w (KW_LONGEST < len
 * <= LONG_WORD); on a miss it is taken over for them, with no answers
 * yet. */
static struct long_memo *
long_entry(struct mh_scanner *sc, const char *w, size_t len)
{
	unsigned char f[LONG_WORD];
	uint32_t h = 2166136261u; /* FNV-1a */
	struct long_memo *m;

	for (size_t k = 0; k < len; k++) {
		f[k] = (unsigned char)lc((unsigned char)w[k]);
		h = (h ^ f[k]) * 16777619u;
	}
	m = &sc->long_memo[h & (LONG_SLOTS - 1)];
	if (m->len != len || memcmp(m->w, f, len) != 0) {
		memcpy(m->w, f, len);
		m->len = (unsigned char)len;
		m->have = 0;
	}
	return m;
}

/* The word-table flags of token i.  A lower-case word (in text that has
 * capitals) is looked up in the small cue table only: that is all the
 * rules ask of it, and it keeps the big table out of the hot loop.
 * fullflags() adds the first-name, surname and ordinary-word bits.
 * Each keeps its own answer, so what flags() says of a word never
 * depends on whether a rule asked fullflags() of it before: a rule may
 * be skipped without changing what the others see. */
static unsigned
look(struct mh_scanner *sc, struct tok *t, size_t len, int lowertext)
{
	const char *w = sc->s + t->s;
	int full = t->cap || t->allcap || lowertext;
	unsigned bit = full ? LOOK_FULL : LOOK_FLAGS, f;
	struct long_memo *m;

	if (len <= KW_LONGEST) {
		word_look(sc, t, len, lowertext);
		return t->flags;
	}
	m = len <= LONG_WORD ? long_entry(sc, w, len) : NULL;
	if (m != NULL && (m->have & bit))
		f = m->ans[full];
	else {
		f = full ? mh_names_lookup(sc->nm, w, len)
		         : mh_names_lookup_cue(sc->nm, w, len);
		if (m != NULL) {
			m->ans[full] = f;
			m->have |= (unsigned char)bit;
		}
	}
	t->flags = f;
	if (full) {
		t->full = f;
		t->looked |= LOOK_FULL;
	}
	t->looked |= LOOK_FLAGS;
	return f;
}

#ifdef __SSE2__
/* The image of the word of key k and len bytes, if there is one, given
 * the word's full flags, and LOOK_FULL with them: every token made from
 * it then has them (tok_from_img()).  The key of a word in lower case
 * (kw_key()) is its image's, whose key is the bytes as they are. */
static void
img_give_full(struct mh_scanner *sc, const uint64_t k[2], size_t len,
    unsigned full)
{
	uint64_t *g = img_set(sc, k, len);
	unsigned char *b;

	if (!img_is(g, k) && !img_is(g += IMG_WORDS, k))
		return;
	b = (unsigned char *)(g + 2);
	memcpy(b + IMG_FULL, &full, sizeof(full));
	b[IMG_LOOKED] |= LOOK_FULL;
}
#endif

/* Every word's keyword id and flags are read once, as tokenize() cuts
 * it, so that what the rules ask of a word is a plain read of its token.
 * tokenize() reads them as if the text had capitals; a lower-case word's
 * flags depend on whether it has any, so a text with none is read again
 * here, once it is cut. */
static void
look_words(struct mh_scanner *sc)
{
	struct tok *t = sc->t, *end = sc->t + sc->nt;

	if (!sc->lowertext)
		return; /* tokenize() looked them up */
	for (; t < end; t++)
		if (t->kind == T_WORD) {
			size_t len = tend(t) - t->s;
			uint64_t k[2];

			/* A word whose full flags came with it, from its
			 * image: in a text with no capital they are its flags,
			 * with no key made and no probe of the memo.  Most
			 * words of such texts are, once their image has been
			 * given them below (callgrind: the tests' texts x6,
			 * a third of them in lower case, 118.8 M to 110.0 M;
			 * ok.txt, "ok" alone on each line, 29.0 M to 26.2
			 * M). */
			if (t->looked & LOOK_FULL) {
				t->flags = t->full;
				t->looked = LOOK_FLAGS | LOOK_FULL;
				continue;
			}
			t->looked = 0;
			if (len > KW_LONGEST) {
				look(sc, t, len, 1);
				continue;
			}
			/* word_look() of a word of a memo key, inline (its
			 * call and look()'s tests of the case cost as much as
			 * the look-up in the memo: alltexts.txt, where many
			 * texts have no capital, 53.4 M instructions to 51.1
			 * M), with the key kept for the word's image */
			kw_key(sc->s + t->s, len, sc->n - t->s, k);
			t->looked |= (unsigned char)word_look_memo(sc, t,
			    memo_probe(sc, k, len), len, 0);
#ifdef __SSE2__
			img_give_full(sc, k, len, t->full);
#endif
		}
}

/* Token i for the tests that read it unchecked: any token, one of the
 * TOK_PAD zero tokens after the last, or for SIZE_MAX the zero token
 * before the first.  The index is taken one up, in size_t, so that
 * SIZE_MAX is token -1 by defined arithmetic: the same address, and
 * the same instructions, as sc->t[i]. */
static inline struct tok *
tok_at(const struct mh_scanner *sc, size_t i)
{
	return &(sc->t - 1)[i + 1];
}

/* Token i if it is a word, else NULL: the only tokens the word table
 * is asked about. */
static inline struct tok *
word_tok(struct mh_scanner *sc, size_t i)
{
	struct tok *t = tk(sc, i);

	return t != NULL && t->kind == T_WORD ? t : NULL;
}

/* The word-table flags of token i (0 if it is no word): look_words()
 * read them, and no other token has any. */
static inline unsigned
flags(struct mh_scanner *sc, size_t i)
{
	return tok_at(sc, i)->flags;
}

/* The first fullflags() of token t, a word. */
static unsigned
full_look(struct mh_scanner *sc, struct tok *t)
{
	if (t->cap || t->allcap || sc->lowertext)
		/* the same table: both answers at once */
		return look(sc, t, tend(t) - t->s, sc->lowertext);
	if (tend(t) - t->s <= KW_LONGEST)
		t->full = memo_full(sc, memo_entry(sc, t, tend(t) - t->s), t,
		    tend(t) - t->s);
	else
		t->full = mh_names_lookup(sc->nm, sc->s + t->s, tend(t) - t->s);
	t->looked |= LOOK_FULL;
	return t->full;
}

/* Inline, as flags() is: the rules and name_class() ask it about
 * 100,000 times over the bench slice, nearly always of a word that has
 * the answer already, and the call cost more than the answer. */
static inline unsigned
fullflags(struct mh_scanner *sc, size_t i)
{
	struct tok *t = tok_at(sc, i);

	return t->looked & LOOK_FULL ? t->full
	    : t->kind == T_WORD      ? full_look(sc, t)
	                             : 0;
}

/* The keyword id of token i (0 for none): look_words() set it. */
static inline unsigned
kw_id(struct mh_scanner *sc, size_t i)
{
	return sc->t[i].kw;
}

/* Is token i the keyword id (a KW_ constant)?  Case is ignored.  Asked
 * about a hundred times per capitalised word, so it is inlined. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
tok_is(struct mh_scanner *sc, size_t i, unsigned id)
{
	return tok_at(sc, i)->kw == id;
}

/* Is token i a word of one of the lists in set (KW_ list bits)? */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
tok_in(struct mh_scanner *sc, size_t i, uint64_t set)
{
	return (sc->kw_sets[tok_at(sc, i)->kw] & set) != 0;
}

/* Is token i in one of the lists of the second word of bits (KW2_)? */
static inline int
tok_in2(struct mh_scanner *sc, size_t i, uint32_t set)
{
	return (sc->kw_sets2[tok_at(sc, i)->kw] & set) != 0;
}

/* Is token i a greeting word, "hi", "hey" or "hello" (not "dear",
 * which some callers ask besides)? */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
hi_word(struct mh_scanner *sc, size_t i)
{
	return tok_is(sc, i, KW_HI) || tok_is(sc, i, KW_HEY) ||
	    tok_is(sc, i, KW_HELLO);
}

/* Is token i a pronoun as an object: "me", "him", "her" or "them"? */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
object_word(struct mh_scanner *sc, size_t i)
{
	return tok_is(sc, i, KW_ME) || tok_is(sc, i, KW_HIM) ||
	    tok_is(sc, i, KW_HER) || tok_is(sc, i, KW_THEM);
}

static int that_subject(struct mh_scanner *sc, size_t i);

/* Does the token p (no blank) before a lower-case word say it opens no
 * name, as LOOK_NOCTX says?  A word of town_preps[] or town_verbs[],
 * which memo_quiet() leaves without the bit, has it as it had: the
 * rules that ask LOOK_NOCTX ask it here.  So has "that", which
 * memo_quiet() leaves without it too, but before the one name it opens
 * ("I hate that rose told everyone": that_subject()). */
static inline int
noctx_at(struct mh_scanner *sc, size_t p)
{
	const struct tok *pt = tok_at(sc, p);

	return (pt->looked & LOOK_NOCTX) || town_cue(sc, pt->kw) ||
	    (pt->kw == KW_THAT && !that_subject(sc, p + 2));
}

static inline int
tok_punct(struct mh_scanner *sc, size_t i, int c)
{
	/* c is never a blank nor outside '!' to '~' */
	return tok_at(sc, i)->mark == c;
}

/* A blank run without a newline (a single space between words). */
static inline int
tok_gap(struct mh_scanner *sc, size_t i)
{
	return tok_at(sc, i)->mark == MARK_GAP;
}

static inline size_t
skip_space(struct mh_scanner *sc, size_t i)
{
	/* no two blanks are neighbours (tokenize()) */
	if (i < sc->nt && sc->t[i].kind == T_SPACE)
		i++;
	return i;
}

/* The index of the previous non-blank token, or SIZE_MAX. */
static inline size_t
prev_tok(struct mh_scanner *sc, size_t i)
{
	/* SIZE_MAX is "no token" (a rule may pass on prev_word()'s none):
	 * nothing before it */
	if (i == SIZE_MAX)
		return SIZE_MAX;
	/* One step, or two over a blank: a blank run is one token, so no
	 * two blanks are neighbours (tokenize()).  Token 0's predecessor
	 * is SIZE_MAX, whose zero token (tok_at()) is no blank.  The
	 * second step by arithmetic: a branch went either way by the
	 * token (cachegrind: 98 K fewer mispredicts of rb.txt's 2.05 M,
	 * for 0.35 M more instructions; rb32 1.5 to 2 % faster). */
	i--;
	return i - (tok_at(sc, i)->kind == T_SPACE);
}

/* The previous word token skipping blanks, one '.' or ','; SIZE_MAX.
 * Inline: a few loads and compares, where the call cost as much. */
static inline size_t
prev_word_slow(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	if (p != SIZE_MAX &&
	    (tok_punct(sc, p, '.') || tok_punct(sc, p, ',') ||
	        tok_punct(sc, p, ':')))
		p = prev_tok(sc, p);
	if (p != SIZE_MAX && sc->t[p].kind != T_WORD)
		return SIZE_MAX;
	return p;
}

/* prev_word(), kept for the last token asked: the tokens do not change
 * while the walk reads them, and walk() resets it for each window. */
static inline size_t
prev_word(struct mh_scanner *sc, size_t i)
{
	/* walk() resets pw_of to SIZE_MAX: no stale answer for "none" */
	if (i == SIZE_MAX)
		return SIZE_MAX;
	if (i != sc->pw_of) {
		sc->pw = prev_word_slow(sc, i);
		sc->pw_of = i;
	}
	return sc->pw;
}

static size_t
next_word(struct mh_scanner *sc, size_t i)
{
	size_t p = skip_space(sc, i + 1);

	if (p < sc->nt && sc->t[p].kind == T_WORD)
		return p;
	return SIZE_MAX;
}

/* Is token q the last number of a time or a date, after ':', '/' or
 * '.' (sep: which of them) and a number ("09:30", "25/11/2026")? */
static int
stamp_end(struct mh_scanner *sc, size_t q, const char *sep)
{
	return q != SIZE_MAX && q >= 2 && sc->t[q].kind == T_NUM &&
	    sc->t[q - 2].kind == T_NUM && sc->t[q - 1].mark != 0 &&
	    strchr(sep, sc->t[q - 1].mark) != NULL;
}

/* Is token i after a message's time or date in brackets, as a chat's
 * export writes it ("[09:30] Boss: noted", "[25/11/2026, 21:04:11]
 * Hunter:"; not "[1] Grace")? */
static int
time_bracket_before(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	return p != SIZE_MAX && tok_punct(sc, p, ']') &&
	    stamp_end(sc, p - 1, ":/.");
}

/* Does token i start a sentence (or a line)? */
static int
sentence_initial(struct mh_scanner *sc, size_t i)
{
	size_t p = i;

	while (p > 0) {
		struct tok *t = &sc->t[--p];
		if (t->kind == T_SPACE) {
			if (t->nl)
				return 1;
			continue;
		}
		if (t->kind != T_PUNCT)
			return 0;
		char c = sc->s[t->s];
		if (c == '"' || c == '(' || c == '>' || c == '*' || c == '-' ||
		    c == '\'' || (unsigned char)c >= 0x80)
			continue;
		if (c == '.') {
			/* "Dr." and "S." do not end a sentence. */
			size_t w = prev_tok(sc, p);
			if (w != SIZE_MAX && sc->t[w].kind == T_WORD &&
			    ((flags(sc, w) & MH_NAMES_TITLE) ||
			        tend(&sc->t[w]) - sc->t[w].s == 1))
				return 0;
			return 1;
		}
		/* a message's time in a chat's export: "[09:30] Boss:
		 * noted" */
		if (c == ']')
			return time_bracket_before(sc, p + 1);
		return c == '!' || c == '?' || c == ':' || c == ';';
	}
	return 1;
}

/* Put the span (s, e, type) at the end of the spans, which have room
 * for it. */
static inline int
put_span(struct mh_scanner *sc, size_t s, size_t e, int type)
{
	sc->sp[sc->nsp].start = s;
	sc->sp[sc->nsp].end = e;
	sc->sp[sc->nsp].type = type;
	sc->nsp++;
	return 0;
}

/* Make room for more spans, then put the span.  Out of line, and its
 * call the last thing add_span() does: add_span() is inlined in emit(),
 * once per span, which then keeps nothing across a call and saves no
 * register, for the few spans that grow the array. */
#ifdef __GNUC__
__attribute__((noinline, cold))
#endif
static int
grow_spans(struct mh_scanner *sc, size_t s, size_t e, int type)
{
	size_t nc = sc->capsp ? sc->capsp * 2 : 32;
	struct mh_scan_span *p = realloc(sc->sp, nc * sizeof(*p));

	if (p == NULL)
		return -1;
	sc->sp = p;
	sc->capsp = nc;
	return put_span(sc, s, e, type);
}

#ifdef __GNUC__
__attribute__((always_inline)) /* in emit(), its one caller */
#endif
static inline int
add_span(struct mh_scanner *sc, size_t s, size_t e, int type)
{
	if (e <= s)
		return 0;
	if (sc->nsp && sc->sp[sc->nsp - 1].end > s) {
		/* Overlap with the previous span: merge. */
		if (sc->sp[sc->nsp - 1].end < e)
			sc->sp[sc->nsp - 1].end = e;
		return 0;
	}
	/* one slot left over after the span, for settle()'s bound */
	if (sc->nsp + 1 >= sc->capsp)
		return grow_spans(sc, s, e, type);
	return put_span(sc, s, e, type);
}

/* The first token starting at or after byte b, from token i on.  The
 * rules ask it of spans of several tokens (an address, a place: 60,000
 * steps over rb.txt), and a pointer steps in fewer instructions than
 * an index taken up and scaled on each step. */
static size_t
tok_from(struct mh_scanner *sc, size_t i, size_t b)
{
	const struct tok *t, *e;

	if (i >= sc->nt)
		return i;
	t = &sc->t[i];
	e = &sc->t[sc->nt];
	while (t < e && t->s < b)
		t++;
	return (size_t)(t - sc->t);
}

/* ---- e-mail, URL, IP, handles ---------------------------------------- */

static int
email_local(int c)
{
	return isalnum_a(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
	    c == '-';
}

static size_t
domain_end(const unsigned char *u, size_t n, size_t p, int need_dot)
{
	size_t last_dot = 0, q = p;
	int dots = 0;

	/* bounded, so that "a.a.a.a..." costs no more than linear time */
	while (q < n && q - p < 253 &&
	    (isalnum_a(u[q]) || u[q] == '-' || u[q] == '.')) {
		if (u[q] == '.') {
			if (q + 1 >= n || !isalnum_a(u[q + 1]))
				break;
			dots++;
			last_dot = q;
		}
		q++;
	}
	if (need_dot && dots == 0)
		return 0;
	if (dots) {
		size_t k, tl = 0;
		for (k = last_dot + 1; k < q; k++)
			if (isalpha_a(u[k]))
				tl++;
		if (tl < 2 || tl != q - last_dot - 1)
			return 0;
	}
	return q;
}

/* A mail provider's name alone after the '@' of an address typed
 * without its ending ("kz99@gmail", "maya.o@hotmail"): the end of the
 * name, or 0.  Out of line: only an '@' with no domain after it comes
 * here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
mail_provider_end(const unsigned char *u, size_t n, size_t p)
{
	static const struct lit providers[] = {LIT("gmail"), LIT("googlemail"),
	    LIT("yahoo"), LIT("ymail"), LIT("hotmail"), LIT("outlook"),
	    LIT("icloud"), LIT("aol"), LIT("protonmail"), LIT("proton"),
	    LIT("gmx"), LIT("yandex"), LIT("live"), LIT("msn"), LIT("zoho"),
	    LIT("mailbox"), {NULL, 0}};
	size_t q = p;

	while (q < n && q - p < 14 && isalnum_a(u[q]))
		q++;
	if (q < n && (isalnum_a(u[q]) || u[q] == '_' || u[q] >= 0x80))
		return 0;
	for (int k = 0; providers[k].w != NULL; k++) {
		size_t m = providers[k].m;
		/* "kz99@gmailcom": the ending joined, its dot left out */
		if ((q - p == m ||
		        (q - p == m + 3 &&
		            strncasecmp((const char *)u + p + m, "com", 3) ==
		                0)) &&
		    strncasecmp((const char *)u + p, providers[k].w, m) == 0)
			return q;
	}
	return 0;
}

/* A domain after an address's '@' whose ending has a digit for a
 * letter, written so that a filter misses it: "kz99@example.c0m".  The
 * domain from a letter, its ending of two to four bytes with two
 * letters and a digit ("pkg@1.2.0rc1" starts with none).  Returns its
 * end or 0.  Out of line: only an '@' whose domain_end() failed comes
 * here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
digit_tld_end(const unsigned char *u, size_t n, size_t p)
{
	size_t q = p, last = 0;
	int letters = 0, digits = 0;

	if (p >= n || !isalpha_a(u[p]))
		return 0;
	while (q < n && q - p < 253 &&
	    (isalnum_a(u[q]) || u[q] == '-' ||
	        (u[q] == '.' && q + 1 < n && isalnum_a(u[q + 1])))) {
		if (u[q] == '.')
			last = q;
		q++;
	}
	if (last == 0 || q - last - 1 < 2 || q - last - 1 > 4 ||
	    (q < n && (u[q] == '_' || u[q] >= 0x80)))
		return 0;
	for (size_t k = last + 1; k < q; k++) {
		letters += isalpha_a(u[k]) != 0;
		digits += isdig(u[k]) != 0;
	}
	return letters >= 2 && digits >= 1 ? q : 0;
}

static size_t
match_email(struct mh_scanner *sc, size_t b)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t p = b, q;

	/* No cap on the local part's length: a long one is still an
	 * address and must not be left in the text.  The run is remembered
	 * so that the words inside it cost nothing more (linear time). */
	if (b > sc->mail_b && b < sc->mail_e)
		p = sc->mail_e;
	else {
		while (p < sc->n && email_local(u[p]))
			p++;
		sc->mail_b = b;
		sc->mail_e = p;
	}
	if (p == b || p >= sc->n || u[p] != '@')
		return 0;
	if ((q = domain_end(u, sc->n, p + 1, 1)) != 0)
		return q;
	if ((q = digit_tld_end(u, sc->n, p + 1)) != 0)
		return q;
	return mail_provider_end(u, sc->n, p + 1);
}

/* Is s an ending of a domain?  1, or 2 for an ending that is an
 * everyday word ("blog", "art"), which a sentence with no blank after
 * its stop writes too ("i love art.art is how i cope"), or a country's
 * that is rarer in chat ("mayaokafor.ng"); of those not "is", "to",
 * "so", "my" or "id", which start a sentence: "Maya.So what".  A short
 * link's two letters and path stay a link ("discord.gg/abc"). */
static int
is_tld(const char *s, size_t n)
{
	static const char *const tlds[] = {"com", "org", "net", "edu", "gov",
	    "io", "info", "biz", "me", "co", "us", "uk", "de", "fr", "nl", "be",
	    "ch", "es", "it", "cz", "dk", "br", "ee", "cy", "au", "ca", "ly",
	    "app", "dev", "ai", "tv", "eu", "ie", "nz", "se", "no", "fi", "pl",
	    "at", "in", "jp", "xyz", NULL};
	static const char *const word_tlds[] = {"blog", "art", "shop", "online",
	    "site", "store", "page", "link", "life", "live", "club", "space",
	    "tech", "studio", "name", "pro", "world", "works", "design", "ng",
	    "za", "ke", "ph", "sg", "hk", "tw", "kr", "cn", "ru", "ua", "mx",
	    "ar", "cl", "pt", "gr", "tr", "il", "pk", "bd", "lk", "vn", "th",
	    "ro", "hu", "sk", "lt", "lv", "lu", "gg", "cc", "ws", "fm", NULL};
	for (int i = 0; tlds[i]; i++)
		if (eqw(s, n, tlds[i]))
			return 1;
	for (int i = 0; word_tlds[i]; i++)
		if (eqw(s, n, word_tlds[i]))
			return 2;
	return 0;
}

static size_t
url_tail(const unsigned char *u, size_t n, size_t p)
{
	size_t start = p;

	while (p < n && p - start < 2048 && !is_space(u[p]) && u[p] != '<' &&
	    u[p] != '>' && u[p] != '"' && u[p] != '`')
		p++;
	while (p > 0 && strchr(".,;:!?)]}'", u[p - 1]) != NULL)
		p--;
	return p;
}

static int label_opens(struct mh_scanner *sc, size_t i);

/* Does the word at i in lower case, before ':', open a message before
 * a blank, as a speaker's label in lower case would ("wojtek: u up?")?
 * Then note it for low_labels().  Out of line: a test of every word
 * in walk() cost 0.5 M of rb4's instructions, and few words come
 * here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static void
note_low_colon(struct mh_scanner *sc, size_t i)
{
	if (sc->t[i].kind == T_WORD && tok_gap(sc, i + 2) && label_opens(sc, i))
		sc->low_colon = 1;
}

/* note_low_colon() of the word at i before ':', if in lower case;
 * always 1, for the test in walk() that asks it. */
static inline int
low_colon_seen(struct mh_scanner *sc, size_t i)
{
	if (!sc->t[i].cap)
		note_low_colon(sc, i);
	return 1;
}

static size_t
match_url(struct mh_scanner *sc, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	struct tok *t = &sc->t[i];
	size_t n = sc->n, e = tend(t), d;

	/* each kind below needs "://" or a '.' and a letter or digit
	 * right after the word: a word that ends a sentence has neither */
	if (e + 1 >= n ||
	    !(u[e] == ':' || (u[e] == '.' && isalnum_a(u[e + 1]))))
		return 0;
	if ((tok_is(sc, i, KW_HTTP) || tok_is(sc, i, KW_HTTPS) ||
	        tok_is(sc, i, KW_FTP)) &&
	    e + 3 <= n && memcmp(u + e, "://", 3) == 0 && e + 3 < n &&
	    !is_space(u[e + 3]))
		return url_tail(u, n, e + 3);
	if (tok_is(sc, i, KW_WWW) && e + 1 < n && u[e] == '.' &&
	    isalnum_a(u[e + 1]))
		return url_tail(u, n, e);
	/* A bare domain: label(.label)*.tld, then maybe a path. */
	if (t->kind == T_PUNCT || e >= n || u[e] != '.')
		return 0;
	d = domain_end(u, n, t->s, 1);
	if (d == 0)
		return 0;
	size_t k = d;
	while (k > t->s && u[k - 1] != '.')
		k--;
	/* a short link's host and its path: "t.me/kz99", "discord.gg/abc",
	 * "wa.me/15552013344", whose host is short or whose ending is
	 * no word of is_tld() */
	int tld = is_tld(sc->s + k, d - k);
	int short_link =
	    d - k == 2 && d + 1 < n && u[d] == '/' && isalnum_a(u[d + 1]);
	if ((!tld || k - t->s < 3) && !short_link)
		return 0;
	/* "maya-okafor.blog", "okafor.art/gallery", but no everyday word
	 * before an ending that is one: "shop.online", "art.art" */
	if (tld == 2 && k == tend(t) + 1 &&
	    (fullflags(sc, i) & (MH_NAMES_COMMON | MH_NAMES_STOP)) &&
	    !short_link)
		return 0;
	if (d < n && u[d] == '/')
		return url_tail(u, n, d);
	if (d < n && (word_char_at(u, n, d) || u[d] == '@'))
		return 0;
	return d;
}

/* The value of the number token i of at most nine digits in *v, and
 * its length; 0 for none.  Inline: the walk asks it of most numbers
 * (age_token()), and the call cost about as much as the digits. */
static inline size_t
num_val(struct mh_scanner *sc, size_t i, long *v)
{
	struct tok *t = tk(sc, i);
	long x = 0;

	if (t == NULL || t->kind != T_NUM || tend(t) - t->s > 9)
		return 0;
	for (size_t k = t->s; k < tend(t); k++)
		x = x * 10 + (sc->s[k] - '0');
	*v = x;
	return tend(t) - t->s;
}

static size_t
match_ipv4(struct mh_scanner *sc, size_t i)
{
	long v;

	/* the '.' after the first number first: the walk asks this of
	 * every number, and most have none */
	if (!tok_punct(sc, i + 1, '.'))
		return 0;
	for (int k = 0; k < 4; k++) {
		size_t l = num_val(sc, i + 2 * k, &v);
		if (l == 0 || l > 3 || v > 255)
			return 0;
		if (k < 3 && !tok_punct(sc, i + 2 * k + 1, '.'))
			return 0;
	}
	if (tok_punct(sc, i + 7, '.') && tk(sc, i + 8) &&
	    sc->t[i + 8].kind == T_NUM)
		return 0;
	return tend(&sc->t[i + 6]);
}

static int
ishex(int c)
{
	return isdig(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A MAC address in Cisco's form from byte b, "aabb.ccdd.eeff": three
 * groups of four hex digits apart by '.', a letter among them (digits
 * alone are a number's groups), nothing joined on either side.  Its
 * end, or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
dotted_mac_end(const unsigned char *u, size_t n, size_t b)
{
	size_t p = b;
	int letter = 0;

	if (b + 14 > n || (b > 0 && (isalnum_a(u[b - 1]) || u[b - 1] == '.')))
		return 0;
	for (int g = 0; g < 3; g++, p++) {
		for (size_t k = p + 4; p < k; p++) {
			if (!ishex(u[p]))
				return 0;
			letter |= !isdig(u[p]);
		}
		if (g < 2 && u[p] != '.')
			return 0;
	}
	p--;
	if (!letter ||
	    (p < n &&
	        (isalnum_a(u[p]) || u[p] == '_' || u[p] >= 0x80 ||
	            (u[p] == '.' && p + 1 < n && isalnum_a(u[p + 1])))))
		return 0;
	return p;
}

static size_t match_colon_hex_at(struct mh_scanner *sc, size_t b, int *mac);

/* IPv6 (or a MAC address, *mac set) starting at byte b.  Two tests of
 * match_colon_hex_at() made first, inline: the walk asks this of 9,700
 * words and numbers over rb.txt, most of them two digits before a '-'
 * ("05-12-2020", "10-15 mg") or a word before a ':' ("Note:"), which
 * fail them, and the call cost more than the tests (callgrind: 0.4 M).
 * A '-' two bytes on is where the first group ends, if it is hex,
 * which then makes no IPv6 address but only a MAC address with dashes
 * (see there), with a '-' three bytes on again; a first byte that is
 * neither hex nor ':' is a first group of none, that no ':' follows. */
static inline size_t
match_colon_hex(struct mh_scanner *sc, size_t b, int *mac)
{
	const unsigned char *u = (const unsigned char *)sc->s;

	if (b + 2 < sc->n && u[b + 2] == '-' &&
	    (b + 17 > sc->n || u[b + 5] != '-'))
		return 0;
	if (b < sc->n && !ishex(u[b]) && u[b] != ':')
		return 0;
	return match_colon_hex_at(sc, b, mac);
}

/* match_colon_hex() after its first tests. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
match_colon_hex_at(struct mh_scanner *sc, size_t b, int *mac)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t p = b, grp = 0, maxgrp = 0;
	int colons = 0, dbl = 0, hexletter = 0, dig = 0, dashes = 0;

	if (b > 0 && (word_char_before(u, sc->n, b) || u[b - 1] == ':'))
		return 0;
	/* The first two groups, before the walk over the run: an IPv6
	 * address keeps two ':' and no '-', a MAC address five of one and
	 * none of the other, and no group has more than four digits, so
	 * the second ':' comes within five bytes of the first, with only
	 * hex digits between; a MAC address with dashes is six groups of
	 * two, one '-' after each of the first five.  Dates ("05-12-2020")
	 * and times ("12:30") are most of the runs asked about, and fail
	 * here. */
	while (p < sc->n && p - b < 5 && ishex(u[p]))
		p++;
	if (p >= sc->n ||
	    (u[p] == '-' &&
	        (p != b + 2 || b + 17 > sc->n || u[b + 5] != '-' ||
	            u[b + 8] != '-' || u[b + 11] != '-' || u[b + 14] != '-')))
		return 0;
	if (u[p] == ':') {
		size_t q = p + 1;
		while (q < sc->n && q - p - 1 < 5 && ishex(u[q]))
			q++;
		if (q >= sc->n || u[q] != ':')
			return 0;
	} else if (u[p] != '-')
		return 0;
	p = b;
	while (p < sc->n && p - b < 48 &&
	    (ishex(u[p]) || u[p] == ':' || u[p] == '-')) {
		if (u[p] == ':' || u[p] == '-') {
			if (u[p] == '-')
				dashes++;
			else
				colons++;
			if (p > b && u[p - 1] == ':' && u[p] == ':')
				dbl++;
			grp = 0;
		} else {
			grp++;
			if (grp > maxgrp)
				maxgrp = grp;
			if (isdig(u[p]))
				dig = 1;
			else
				hexletter = 1;
		}
		p++;
	}
	while (p > b && (u[p - 1] == ':' || u[p - 1] == '-')) {
		if (u[p - 1] == ':' && !(p >= b + 2 && u[p - 2] == ':'))
			colons--;
		else if (u[p - 1] == '-')
			dashes--;
		else
			break;
		p--;
	}
	if (p < sc->n && word_char_at(u, sc->n, p))
		return 0;
	*mac = 0;
	if ((colons == 5 && dashes == 0) || (dashes == 5 && colons == 0)) {
		if (maxgrp == 2 && p - b == 17) {
			*mac = 1;
			return p;
		}
	}
	if (dashes || maxgrp > 4 || !dig)
		return 0;
	if (colons >= 2 && (dbl == 1 || colons >= 5 || hexletter) && dbl <= 1 &&
	    p - b >= 6) {
		/* a zone after '%', "fe80::1ff:fe23:4567:890a%eth0" (RFC
		 * 4007): the name or number of the machine's own interface,
		 * which names no one, but is written as the address's part
		 * and goes with it, so no "%eth0" hangs off the placeholder
		 * and restoring gives back what was written */
		if (p + 1 < sc->n && u[p] == '%' && isalnum_a(u[p + 1])) {
			size_t q = p + 1;
			while (q < sc->n && q - p <= 16 &&
			    (isalnum_a(u[q]) || u[q] == '_' ||
			        ((u[q] == '.' || u[q] == '-') &&
			            q + 1 < sc->n && isalnum_a(u[q + 1]))))
				q++;
			p = q;
		}
		return p;
	}
	return 0;
}

/* ---- numbers ---------------------------------------------------------- */

struct groups {
	size_t gs[8], ge[8]; /* byte ranges of the digit groups */
	char sep[8];         /* separator after group k */
	int n, total, plus, paren;
	size_t end;
};

/* The separator between a number's digit groups at byte p, as ASCII
 * ('-', '.', '/', ' '), with its length in *len; 0 for none.  The
 * hyphens, dashes and minus of U+2010 to U+2015 and U+2212 are a '-',
 * the no-break spaces U+00A0, U+2007 and U+202F a ' ': word processors
 * and phones put them there ("555\u2011201\u20113344", "+44\u00a020
 * 7946 0958" were left whole). */
static inline int
group_sep(const unsigned char *u, size_t n, size_t p, size_t *len)
{
	*len = 1;
	if (u[p] == '-' || u[p] == '.' || u[p] == '/' || u[p] == ' ')
		return u[p];
	if (u[p] < 0x80)
		return 0;
	if (p + 1 < n && u[p] == 0xC2 && u[p + 1] == 0xA0) {
		*len = 2;
		return ' ';
	}
	if (p + 2 >= n || u[p] != 0xE2)
		return 0;
	*len = 3;
	if (u[p + 1] == 0x80 && u[p + 2] >= 0x90 && u[p + 2] <= 0x95)
		return '-';
	if (u[p + 1] == 0x88 && u[p + 2] == 0x92)
		return '-';
	if (u[p + 1] == 0x80 && (u[p + 2] == 0x87 || u[p + 2] == 0xAF))
		return ' ';
	return 0;
}

/* A looser separator between a phone number's groups at byte p: a
 * hyphen between blanks ("(555) 201 - 3344"), a tab ("555\t201\t3344")
 * or a hyphen at a line's end ("555-201-\n3344"): its length, or 0.
 * parse_groups() keeps a group after one only in a number of three,
 * three and four digits (nanp_groups()). */
static inline size_t
loose_sep(const unsigned char *u, size_t n, size_t p)
{
	if (p + 1 >= n)
		return 0;
	if (u[p] == '\t')
		return 1;
	if (u[p] == ' ' && u[p + 1] == '-')
		return p + 2 < n && u[p + 2] == ' ' ? 3 : 0;
	if (u[p] == '-' && u[p + 1] == '\n')
		return 2;
	if (u[p] == '-' && u[p + 1] == '\r')
		return p + 2 < n && u[p + 2] == '\n' ? 3 : 0;
	return 0;
}

static int
glen(const struct groups *g, int k)
{
	return (int)(g->ge[k] - g->gs[k]);
}

/* Are g's groups from the k-th the last three, of three, three and
 * four digits: a North American number's shape? */
static int
groups_334(const struct groups *g, int k)
{
	return g->n - k == 3 && glen(g, k) == 3 && glen(g, k + 1) == 3 &&
	    glen(g, k + 2) == 4;
}

/* Does every one of g's groups end in a 0, as counts and ranges do
 * ("300 dash 300 dash 3000 reps", "800 dash 1200 calories") and a
 * phone number seldom? */
static int
groups_round(const unsigned char *u, const struct groups *g)
{
	for (int k = 0; k < g->n; k++)
		if (u[g->ge[k] - 1] != '0')
			return 0;
	return g->n > 0;
}

/* Are g's groups a North American number, three, three and four digits
 * (after a "1" or not), whose area code and exchange do not start with
 * 0 or 1?  The shape a looser separator (loose_sep()) or a '/'
 * ("555/201/3344", no date) is taken in. */
static int
nanp_groups(const unsigned char *u, const struct groups *g)
{
	int k = g->n == 4 && glen(g, 0) == 1 && u[g->gs[0]] == '1';

	return groups_334(g, k) && u[g->gs[k]] >= '2' && u[g->gs[k + 1]] >= '2';
}

static void
parse_groups(struct mh_scanner *sc, size_t b, struct groups *g)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n, p = b;
	int loose = 0; /* groups before the first looser separator */

	/* not gs[] and ge[], 128 of the struct's 160 bytes: each reader
	 * takes the ranges of the first n groups only, and those are set
	 * below; sep[] stays zeroed, as a separator past the last group
	 * is read as none */
	g->n = g->total = g->plus = g->paren = 0;
	g->end = 0;
	memset(g->sep, 0, sizeof(g->sep));
	if (p < n && u[p] == '+') {
		g->plus = 1;
		p++;
	}
	if (p < n && u[p] == '(') {
		size_t q = p + 1;
		while (q < n && isdig(u[q]))
			q++;
		if (q < n && u[q] == ')' && q - p - 1 >= 1 && q - p - 1 <= 4) {
			g->paren = 1;
			g->gs[0] = p + 1;
			g->ge[0] = q;
			g->total = (int)(q - p - 1);
			g->n = 1;
			p = q + 1;
			size_t l;
			int c = p < n ? group_sep(u, n, p, &l) : 0;
			if (c != 0 && c != '/' && p + l < n &&
			    isdig(u[p + l])) {
				g->sep[0] = (char)c;
				p += l;
			} else
				g->sep[0] = ')';
		}
	}
	while (g->n < 8 && p < n && isdig(u[p])) {
		size_t s = p;
		while (p < n && isdig(u[p]))
			p++;
		g->gs[g->n] = s;
		g->ge[g->n] = p;
		g->total += (int)(p - s);
		g->n++;
		g->end = p;
		size_t l;
		int c = p + 1 < n ? group_sep(u, n, p, &l) : 0;
		if (c != 0 && p + l < n && isdig(u[p + l])) {
			g->sep[g->n - 1] = (char)c;
			p += l;
			continue;
		}
		/* "(0)8": a trunk prefix inside an international number. */
		if (g->plus && p + 4 < n && u[p] == ' ' && u[p + 1] == '(' &&
		    isdig(u[p + 2]) && u[p + 3] == ')' &&
		    (u[p + 4] == ' ' || isdig(u[p + 4]))) {
			g->sep[g->n - 1] = ' ';
			p += u[p + 4] == ' ' ? 5 : 4;
			continue;
		}
		size_t ll;
		if (g->n <= 3 && (ll = loose_sep(u, n, p)) != 0 && p + ll < n &&
		    isdig(u[p + ll])) {
			if (loose == 0)
				loose = g->n;
			g->sep[g->n - 1] = '-';
			p += ll;
			continue;
		}
		break;
	}
	/* not a phone number's shape: back to the groups before it */
	if (loose != 0 && !nanp_groups(u, g)) {
		for (int k = loose; k < g->n; k++)
			g->total -= (int)(g->ge[k] - g->gs[k]);
		g->n = loose;
		g->end = g->ge[loose - 1];
		g->sep[loose - 1] = 0;
	}
	if (g->end == 0)
		g->end = p;
}

/* The count of the digits from b to e if they pass Luhn's check, else
 * 0. */
static int
luhn_digits(const char *s, size_t b, size_t e)
{
	int sum = 0, dbl = 0, nd = 0;

	for (size_t k = e; k > b; k--) {
		int c = s[k - 1];
		if (!isdig(c))
			continue;
		int d = c - '0';
		if (dbl && (d *= 2) > 9)
			d -= 9;
		sum += d;
		dbl = !dbl;
		nd++;
	}
	return sum % 10 == 0 ? nd : 0;
}

/* A card's number: twelve digits or more that pass Luhn's check. */
static int
luhn(const char *s, size_t b, size_t e)
{
	return luhn_digits(s, b, e) >= 12;
}

static long
gval(const struct mh_scanner *sc, const struct groups *g, int k)
{
	long v = 0;

	if (g->ge[k] - g->gs[k] > 9)
		return -1;
	for (size_t p = g->gs[k]; p < g->ge[k]; p++)
		v = v * 10 + (sc->s[p] - '0');
	return v;
}

/* Is every separator between g's groups a byte of ok?  The bytes are
 * compared here, not by strchr(): the lists are of two to four bytes,
 * and the call cost more than the compares (rb.txt: 0.07 M
 * instructions).  A zero separator would be found in every list, as
 * strchr() finds a string's terminator. */
static int
seps_all(const struct groups *g, const char *ok)
{
	for (int k = 0; k + 1 < g->n; k++) {
		const char *o = ok;

		while (*o != '\0' && *o != g->sep[k])
			o++;
		if (*o != g->sep[k])
			return 0;
	}
	return 1;
}

/* Public crisis and emergency lines stay (they are not identifiers),
 * by their digits: every number of six digits or more to call or text
 * of data/resources.tsv (the shorter ones no rule takes for a phone
 * number), and those written with a country's code also
 * as the country dials them ("+91 44 2464 0050", "044 2464 0050"),
 * those of the US and Canada with and without the "1" before them;
 * the emergency numbers of the lands whose people write most; and
 * lines since renumbered or closed, which people still quote
 * ("1-800-273-8255").  tests/t/1010-redact-crisis-lines.t checks
 * each number of the file, as the file writes it. */
/* clang-format 14 takes the braces of this initializer for a block, and
 * stairs the list */
/* clang-format off */
#define KEEP(x) {x, sizeof(x) - 1},
#define KEEPS(X) \
	X("000") X("111") X("112") X("911") X("988") X("999") X("116111") \
	X("116123") X("131114") X("678678") X("686868") X("741741") \
	X("838255") X("8919288") X("08000113") X("08001111") X("15770199") \
	X("15889191") X("22400040") X("70201201") X("080032123") \
	X("717003717") X("800860022") X("895270000") X("0140444645") \
	X("0145394000") X("0223272327") X("0357740992") X("0379568144") \
	X("0379568145") X("0477131114") X("0508828865") X("0722178177") \
	X("0800235236") X("0800543354") X("0800567567") X("0800585858") \
	X("0861322322") X("0925250111") X("0925250112") X("0925250116") \
	X("1300224636") X("1300659467") X("1300789978") X("1800551800") \
	X("4008211215") X("5552598121") X("8002738255") X("8006564673") \
	X("8006624357") X("8006686868") X("8007997233") \
	X("8008101117") X("8009112000") X("8664887386") X("8773372342") \
	X("8775658860") X("01082951332") X("01152751135") X("02227546669") \
	X("04424640050") X("08001110111") X("08001110222") X("08006895652") \
	X("08009990091") X("08457909090") X("09178998727") X("09190571553") \
	X("18002738255") X("18005990019") X("18006564673") X("18006624357") \
	X("18006686868") X("18007997233") X("18664887386") X("18775658860") \
	X("254722178177") X("912227546669") X("914424640050")
/* clang-format on */
static const struct {
	const char *d;
	size_t m;
} crisis_keep[] = {KEEPS(KEEP)};
#undef KEEPS
#undef KEEP

/* Fill sc->keep_first and sc->keep_at: for each length of a number
 * kept, the first digits of those of that length, as bits, and where
 * they start in crisis_keep[], which is sorted by length and then by
 * digits; -1 if it is not.  Most numbers have none of those first
 * digits, and crisis_number() turns them away before it copies a
 * digit (rb4: a number of eight digits is nearly always a date or a
 * reference); the rest it looks for by halves. */
static int
crisis_keep_index(struct mh_scanner *sc)
{
	size_t nk = sizeof(crisis_keep) / sizeof(crisis_keep[0]);

	_Static_assert(sizeof(crisis_keep) / sizeof(crisis_keep[0]) < 255,
	    "keep_at holds an index of crisis_keep[]");
	for (size_t k = 0; k < nk; k++) {
		size_t m = crisis_keep[k].m;
		if (m + 1 >= sizeof(sc->keep_at) ||
		    (k > 0 &&
		        (crisis_keep[k - 1].m > m ||
		            (crisis_keep[k - 1].m == m &&
		                memcmp(crisis_keep[k - 1].d, crisis_keep[k].d,
		                    m) >= 0))))
			return -1;
		sc->keep_first[m] |=
		    (uint16_t)(1u << (crisis_keep[k].d[0] - '0'));
		if (k == 0 || crisis_keep[k - 1].m != m)
			sc->keep_at[m] = (unsigned char)k;
		sc->keep_at[m + 1] = (unsigned char)(k + 1);
	}
	return 0;
}

/* Are the m digits at d a crisis line of crisis_keep[]?  Those of m
 * digits are from keep_at[m] up to keep_at[m + 1], looked for by
 * halves, after the test of the length and the first digit. */
static int
crisis_digits(const struct mh_scanner *sc, const char *d, size_t m)
{
	unsigned first = (unsigned)d[0] - '0';

	if (m == 0 || m >= sizeof(sc->keep_first) / sizeof(sc->keep_first[0]) ||
	    first > 9 || !((sc->keep_first[m] >> first) & 1))
		return 0;
	for (size_t lo = sc->keep_at[m], hi = sc->keep_at[m + 1]; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;
		int c = memcmp(d, crisis_keep[mid].d, m);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* The digit of each letter, 'a' to 'z', on a telephone's keypad: the
 * lines write their last digits so ("1-800-273-TALK"). */
static const char keypad[] = "22233344455566677778889999";

/* Is the number of the groups g a crisis line of crisis_keep[], also
 * as the lines write them, with letters for their last digits
 * ("1-800-273-TALK", "1-800-799-SAFE"): read as a keypad's?  Returns
 * the line's end, letters and all, else 0. */
static size_t
crisis_number(struct mh_scanner *sc, const struct groups *g)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	char d[24];
	size_t m = 0, v = g->end, ve = g->end;
	int total = g->total;
	unsigned first;

	/* a '-' and up to seven capitals, no letter or digit after them */
	if (v + 1 < sc->n && u[v] == '-' && u[v + 1] >= 'A' &&
	    u[v + 1] <= 'Z') {
		for (ve = v + 1;
		     ve < sc->n && ve - v <= 7 && u[ve] >= 'A' && u[ve] <= 'Z';)
			ve++;
		if (ve < sc->n && (isalnum_a(u[ve]) || u[ve] >= 0x80))
			ve = v;
		else
			total += (int)(ve - v - 1);
	}
	/* the length and the first digit first: most numbers are none
	 * of these ("120" of "120/80" against 988, 911 and the rest); a
	 * group may start with another byte ("_1", found by fuzzing), and
	 * no line kept does */
	first = (unsigned)u[g->gs[0]] - '0';
	if ((size_t)total >=
	        sizeof(sc->keep_first) / sizeof(sc->keep_first[0]) ||
	    first > 9 || !((sc->keep_first[total] >> first) & 1))
		return 0;
	for (int k = 0; k < g->n; k++)
		for (size_t p = g->gs[k]; p < g->ge[k] && m + 1 < sizeof(d);
		     p++)
			d[m++] = sc->s[p];
	for (size_t p = v + 1; p < ve && m + 1 < sizeof(d); p++)
		d[m++] = keypad[u[p] - 'A'];
	return crisis_digits(sc, d, m) ? ve : 0;
}

/* A toll-free number in letters, "1-800-FLOWERS", "888-GOT-JUNK",
 * "1-866-MAYA4U": the code (800, or 833 to 888 of two like digits),
 * after a "1-" or not, then seven to ten letters and digits between
 * '-'.  Digits before the letters, "1-800-555-CARE", are the number
 * (the letters are left as they were), and the crisis lines written
 * so, "1-800-273-TALK", crisis_number() has kept.  At the groups g,
 * ending at a '-' and a letter: the end, or 0. */
static size_t
vanity_phone(struct mh_scanner *sc, const struct groups *g)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t e = g->end, c;
	int k = 0, n = 0;

	if (g->n >= 2 && glen(g, 0) == 1 && u[g->gs[0]] == '1' &&
	    g->sep[0] == '-')
		k = 1;
	if (k + 1 != g->n || glen(g, k) != 3)
		return 0;
	c = g->gs[k];
	if (u[c] != '8' ||
	    !(u[c + 1] == '0' ? u[c + 2] == '0'
	                      : u[c + 1] == u[c + 2] && u[c + 1] >= '3' &&
	                u[c + 1] <= '8'))
		return 0;
	/* the letters, in '-'-joined runs: "-GOT-JUNK" */
	while (e + 1 < sc->n && u[e] == '-' && isalnum_a(u[e + 1]))
		for (e++; e < sc->n && isalnum_a(u[e]); e++)
			n++;
	if (e < sc->n && u[e] >= 0x80)
		return 0;
	return n >= 7 && n <= 10 ? e : 0;
}

static int
valid_md(long m, long d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* A time after a date: " 19:49:46", "T07:00". */
static size_t
time_after(struct mh_scanner *sc, size_t p)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n, q;

	if (p + 5 >= n || (u[p] != ' ' && u[p] != 'T'))
		return p;
	q = p + 1;
	if (!(isdig(u[q]) && isdig(u[q + 1]) && u[q + 2] == ':' && q + 4 < n &&
	        isdig(u[q + 3]) && isdig(u[q + 4])))
		return p;
	q += 5;
	if (q + 2 < n && u[q] == ':' && isdig(u[q + 1]) && isdig(u[q + 2]))
		q += 3;
	return q;
}

/* The word before token i as rating_before() reads it: prev_word(),
 * or the name of a questionnaire before its number, "PHQ-9 12/27",
 * "my GAD-7 was 15/21", "phq-9: 12/27". */
static size_t
rating_prev(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), q;

	if (p != SIZE_MAX || (q = prev_tok(sc, i)) == SIZE_MAX)
		return p;
	if (tok_punct(sc, q, ':') && (q = prev_tok(sc, q)) == SIZE_MAX)
		return p;
	if (q >= 2 && sc->t[q].kind == T_NUM && tok_punct(sc, q - 1, '-') &&
	    sc->t[q - 2].kind == T_WORD)
		return q - 2;
	return p;
}

static int word_among(struct mh_scanner *sc, size_t i, const char *const *ws);
static int word_eq(struct mh_scanner *sc, size_t i, const char *w);

/* Does a word of a count of days follow the number at token l: days,
 * nights or times ("5/7 days"), "this week" (week_count())? */
static int
week_word_after(struct mh_scanner *sc, size_t l)
{
	static const char *const ws[] = {"days", "nights", "mornings",
	    "evenings", "times", "per", NULL};
	size_t n = next_word(sc, l);

	return n != SIZE_MAX &&
	    (word_among(sc, n, ws) ||
	        (tok_is(sc, n, KW_THIS) && tok_gap(sc, n + 1) &&
	            word_eq(sc, n + 2, "week")));
}

/* Is the a/7 at token i, groups g, a count of the days of a week, as a
 * homework's log writes one: days, nights or times after it ("thought
 * records 5/7 days", "slept 6/7 nights"), "this week", or such a count
 * a few tokens before ("walks 3/7")?  Not after a date's word: "on 5/7
 * i relapsed", "see you 3/7", "on 5/7 days were bad" stay dates. */
static int
week_count(struct mh_scanner *sc, size_t i, const struct groups *g)
{
	if (tok_in(sc, prev_word(sc, i), KW_DATE_PREP))
		return 0;
	if (week_word_after(sc, tok_from(sc, i, g->ge[1]) - 1))
		return 1;
	for (size_t k = i >= 12 ? i - 12 : 0; k + 2 < i; k++)
		if (sc->t[k].kind == T_NUM && tok_punct(sc, k + 1, '/') &&
		    sc->t[k + 2].kind == T_NUM &&
		    tend(&sc->t[k + 2]) - sc->t[k + 2].s == 1 &&
		    sc->s[sc->t[k + 2].s] == '7' && week_word_after(sc, k + 2))
			return 1;
	return 0;
}

/* The words of a day one keeps, before a month and day written with '-'
 * or '.' (appt_before()), and before is or was and one with '/'
 * (rating_before()): a blood draw's too, "the draw was 10/24". */
static const char *const appt_words[] = {"appt", "appointment", "court",
    "hearing", "surgery", "procedure", "intake", "due", "draw", NULL};

/* Is the number at i a rating out of ten: "an 8/10", "mood 4/10", or
 * a rating word up to four words before ("anxiety rose to 7/10"), where
 * "a" counts only right before it ("a appointment on 7/10" is a
 * date)?  Of another scale (of (of b), "3/5", "12/27"), a and an do
 * not count: "a 12/27 appointment" is a date. */
static int
rating_before(struct mh_scanner *sc, size_t i, long of)
{
	size_t p = rating_prev(sc, i);

	if (tok_in(sc, p, KW_RATING) &&
	    (of == 10 || !(tok_is(sc, p, KW_A) || tok_is(sc, p, KW_AN))))
		return 1;
	/* "a sleep study on 3/10", "worse after 2/10": a date word right
	 * before it makes it a date, whatever came earlier */
	if (tok_in(sc, p, KW_DATE_PREP))
		return 0;
	/* "lithium level draw was 10/24": a day one keeps, is or was;
	 * not out of ten, a rating's own scale ("pain level after
	 * surgery was 8/10") */
	if (of != 10 && (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)) &&
	    word_among(sc, prev_word(sc, p), appt_words))
		return 0;
	for (int k = 0; k < 3 && p != SIZE_MAX; k++) {
		p = rating_prev(sc, p);
		if (tok_in(sc, p, KW_RATING) && !tok_is(sc, p, KW_A) &&
		    !tok_is(sc, p, KW_AN))
			return 1;
	}
	return 0;
}

/* Is a/b a rating's shape: out of ten (any: "a 14/10 day"), or of
 * five or the highest score of a questionnaire people report (GAD-7
 * 21, PHQ-8 24, PHQ-9 27, EPDS 30), no more than it? */
static inline int
rating_of(long a, long b)
{
	return b == 10 ||
	    (a <= b && (b == 5 || b == 21 || b == 24 || b == 27 || b == 30));
}

/* Is the a/b at token i, groups g, a rating by the words around it
 * (rating_before()), or by a rating word after it, but a or an ("6/10
 * pain", "3/5 mood"), with no date word before it ("on 6/10 pain got
 * worse" is a date)? */
static int
rating_context(struct mh_scanner *sc, size_t i, const struct groups *g, long b)
{
	size_t j;

	if (rating_before(sc, i, b))
		return 1;
	if (tok_in(sc, prev_word(sc, i), KW_DATE_PREP))
		return 0;
	j = next_word(sc, tok_from(sc, i, g->ge[1]) - 1);
	return tok_in(sc, j, KW_RATING) && !tok_is(sc, j, KW_A) &&
	    !tok_is(sc, j, KW_AN);
}

static int day_clause_end(struct mh_scanner *sc, size_t k);

/* Whose or which appointment: "my next appt is 7-15" */
static const char *const appt_owners[] = {"my", "our", "his", "her", "their",
    "your", "next", "first", "last", "new", NULL};

/* Is the word before token i, past "on" and "is" or "was", a word of
 * appt_words[] that is someone's or starts its sentence: "my next appt
 * is", "court on"?  Not a range of time after it ("the recovery after
 * surgery is 2-3", "the fee for the procedure is 1-2"), nor after the
 * date cues of full dates ("the team passed 3-4."). */
static int
appt_before(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), q;

	if (p != SIZE_MAX && tok_is(sc, p, KW_ON))
		p = prev_word(sc, p);
	if (p != SIZE_MAX && (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)))
		p = prev_word(sc, p);
	if (p == SIZE_MAX || !word_among(sc, p, appt_words))
		return 0;
	q = prev_word(sc, p);
	return q == SIZE_MAX ? sentence_initial(sc, p)
	                     : word_among(sc, q, appt_owners);
}

/* The words before "on" that make a day and month after it a day: an
 * event's or a meeting's ("see you on 10.3", "we're meeting on 4.11",
 * "my flight on 2.5").  A list of cues, not of exceptions: after "on"
 * such a number is most often a dose, a level or a score ("she's on
 * 2.5", "doc put me on 2.5", "depends on 1.5", "5 on 10.3"), and a
 * person's pronoun or a contraction before "on" says nothing of which
 * (on_date()). */
static const char *const on_day_cues[] = {"you", "meet", "meeting", "session",
    "booked", "scheduled", "born", "happened", "due", "leave", "leaving", "fly",
    "flying", "flight", "arrive", "arriving", "party", "wedding", "birthday",
    "exam", "interview", "visit", "trip", "divorce", "died", "death", "funeral",
    "accident", "surgery", "operation", NULL};

/* Is the token before i "on", right before it, after a word of
 * on_day_cues[]: "see you on 10.3", "my flight on 2.5"? */
static int
on_date(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	if (p == SIZE_MAX || p + 2 != i || !tok_is(sc, p, KW_ON))
		return 0;
	return word_among(sc, prev_word(sc, p), on_day_cues);
}

/* Is the token before i, past a mark or an emoji, the word of a diary's
 * or a journal's entry, whose heading is its date: "diary 🙃 1.2.25",
 * "Journal - 3.4.25", "entry: 7.7.19"? */
static int
diary_before(struct mh_scanner *sc, size_t i)
{
	static const char *const ws[] = {"diary", "journal", "entry", NULL};
	size_t p = prev_tok(sc, i);

	if (p != SIZE_MAX && sc->t[p].kind == T_PUNCT)
		p = prev_tok(sc, p);
	return p != SIZE_MAX && word_among(sc, p, ws);
}

/* German words before a day and a month, "am 14.3." (date_groups()) */
static const char *const de_date_preps[] = {"am", "vom", "seit", "bis", "ab",
    NULL};

/* Are the digit groups g, which start at token i, a date?  Then store
 * where it ends in *end. */
static int
date_groups(struct mh_scanner *sc, size_t i, const struct groups *g,
    size_t *end)
{
	/* forward: the time case calls back with three groups */
	long a, b, c;

	if (g->plus || g->paren || g->n < 2)
		return 0;
	if (g->n > 3) {
		/* "2000-04-16 11:34": the date, then a time */
		if (g->sep[2] != ' ' || g->sep[0] != '-' || g->sep[1] != '-')
			return 0;
		struct groups h = *g;
		h.n = 3;
		if (!date_groups(sc, i, &h, end))
			return 0;
		return 1;
	}
	a = gval(sc, g, 0);
	b = gval(sc, g, 1);
	c = g->n == 3 ? gval(sc, g, 2) : -1;
	/* month first, or a day above 12 first ("17/08") */
	if (g->n == 2 && g->sep[0] == '/' && glen(g, 0) <= 2 &&
	    glen(g, 1) <= 2 && (valid_md(a, b) || (a > 12 && valid_md(b, a))) &&
	    !(rating_of(a, b) && rating_context(sc, i, g, b)) &&
	    !(b == 7 && a <= 7 && week_count(sc, i, g))) {
		*end = g->ge[1];
		return 1;
	}
	/* a month and a day with '-' or '.' after an appointment's word
	 * (and "is", "on"), ending the clause: "my next appt is 7-15",
	 * "court on 10.3." ("PHQ 7-15", "7-15 range", "10.3 mg" stay) */
	if (g->n == 2 && (g->sep[0] == '-' || g->sep[0] == '.') &&
	    glen(g, 0) <= 2 && glen(g, 1) <= 2 && valid_md(a, b) &&
	    appt_before(sc, i) &&
	    day_clause_end(sc, tok_from(sc, i, g->ge[1]) - 1)) {
		*end = g->ge[1];
		return 1;
	}
	/* a month and a day, or a day and a month, with '.' right after
	 * "on", ending the clause: "see you on 10.3" ("i'm on 10.3",
	 * "running on 10.3", a dose or a version, stay: on_date()) */
	if (g->n == 2 && g->sep[0] == '.' && glen(g, 0) <= 2 &&
	    glen(g, 1) <= 2 && (valid_md(a, b) || valid_md(b, a)) &&
	    on_date(sc, i) &&
	    day_clause_end(sc, tok_from(sc, i, g->ge[1]) - 1)) {
		*end = g->ge[1];
		return 1;
	}
	/* a month and a year: "since 3/2021", "03-2019" (a month is a
	 * date's element, as in "March 2021"; "pages 1-2000" is none) */
	if (g->n == 2 &&
	    (g->sep[0] == '/' ||
	        (g->sep[0] == '-' && glen(g, 0) == 2 &&
	            sc->s[g->gs[0]] == '0')) &&
	    glen(g, 0) <= 2 && glen(g, 1) == 4 && a >= 1 && a <= 12 &&
	    b >= 1900 && b <= 2199) {
		*end = g->ge[1];
		return 1;
	}
	/* a year and its month: "since 2019-03", "2019-11"; not a
	 * season or a school year, "2011-12" */
	if (g->n == 2 && g->sep[0] == '-' && glen(g, 0) == 4 &&
	    glen(g, 1) == 2 && a >= 1900 && a <= 2199 && b >= 1 && b <= 12 &&
	    (sc->s[g->gs[1]] == '0' || b != (a + 1) % 100)) {
		*end = g->ge[1];
		return 1;
	}
	/* a day and a month as German writes them, "am 14.3.", after a
	 * date's word: "14.3." alone is as often a section */
	if (g->n == 2 && g->sep[0] == '.' && glen(g, 0) <= 2 &&
	    glen(g, 1) <= 2 && valid_md(b, a) && g->ge[1] < sc->n &&
	    sc->s[g->ge[1]] == '.' &&
	    (g->ge[1] + 1 == sc->n ||
	        !isalnum_a((unsigned char)sc->s[g->ge[1] + 1])) &&
	    (tok_in(sc, prev_word(sc, i), KW_DATE_PREP | KW_DATE_CUE) ||
	        word_among(sc, prev_word(sc, i), de_date_preps))) {
		*end = g->ge[1];
		return 1;
	}
	if (g->n != 3 || g->sep[0] != g->sep[1] || g->sep[0] == ' ')
		return 0;
	if (glen(g, 0) == 4 && glen(g, 1) <= 2 && glen(g, 2) <= 2 &&
	    a >= 1800 && a <= 2199 && valid_md(b, c) && g->sep[0] != '.') {
		*end = time_after(sc, g->ge[2]);
		return 1;
	}
	if (glen(g, 0) <= 2 && glen(g, 1) <= 2 &&
	    (glen(g, 2) == 4 || glen(g, 2) == 2) &&
	    (valid_md(a, b) || valid_md(b, a))) {
		/* 1.5.10 is more likely a version, but not after a date
		 * word: "the day we met: 7.7.19", "on 3.4.21", nor as a
		 * diary's heading, "diary 1.2.25" */
		if (g->sep[0] == '.' && glen(g, 2) == 2 &&
		    !tok_in(sc, prev_word(sc, i), KW_DATE_PREP | KW_DATE_CUE) &&
		    !diary_before(sc, i))
			return 0;
		*end = time_after(sc, g->ge[2]);
		return 1;
	}
	return 0;
}

/* ---- cue words -------------------------------------------------------- */

/* The identifier type a cue word announces, or -1. */
static int
cue_type(struct mh_scanner *sc, size_t i)
{
	struct tok *t = tk(sc, i);

	if (t == NULL)
		return -1;
	if (t->kind == T_PUNCT)
		return sc->s[t->s] == '#' ? MH_SCAN_ID : -1;
	if (!(flags(sc, i) & MH_NAMES_IDCUE))
		return -1;
	/* "no" is a cue only as "no." or "No:" */
	if (tok_is(sc, i, KW_NO) || tok_is(sc, i, KW_NR))
		return tok_punct(sc, i + 1, '.') || tok_punct(sc, i + 1, ':') ||
		        tok_punct(sc, i + 1, '#')
		    ? MH_SCAN_ID
		    : -1;
	if (tok_in(sc, i, KW_IDCUE))
		return sc->kw_cue[kw_id(sc, i)];
	return MH_SCAN_ID;
}

/* Is the punctuation token t one of cued_value()'s joiners, '-', '/' or
 * '.'?  By its mark, which a Unicode dash has as '-' (tok_rest()): its
 * first byte, which was read here, left "HP\u2013678901" and the "AB\u2013"
 * of "ID: AB\u2013987654".  (The compares here, not a call of strchr():
 * 0.16 M of rb.txt's instructions.) */
static inline int
joiner_mark(const struct tok *t)
{
	return t->mark == '-' || t->mark == '/' || t->mark == '.';
}

/* Is token k a plate's letters after its digits, the piece at d: two
 * or three letters, all capitals or all in lower case, no function word
 * ("AB 123 AND" no more than "4491 and"); or one, where letters come
 * before the digits too ("abc 123 d", "ABC 123 D")?  In capitals after no more
 * than three digits ("AB 123 CD"; "KTZ 4491 BMW" names the car after).
 * In lower case after a value in lower case ("KTZ 4491 so" ends with
 * the digits), the plate ending its clause there, and the word no
 * chat's word after it ("my plate is 4491 lol", "... 4491 too"), nor
 * a time's or a measure's ("plate 4491 am", "... 4491 mg"):
 * plates' letters ("abc", "cde") are in the list of ordinary words,
 * which cannot tell them. */
/* Is token k a word of lo to hi letters alone, all capitals or all in
 * lower case, as a plate's letters are written? */
static int
plate_letter_run(struct mh_scanner *sc, size_t k, size_t lo, size_t hi)
{
	const struct tok *t = tk(sc, k);
	size_t len;

	return t != NULL && t->kind == T_WORD && (len = tend(t) - t->s) >= lo &&
	    len <= hi && t->nletter == len && (t->allcap || t->nupper == 0);
}

static int
plate_letters(struct mh_scanner *sc, size_t k, size_t d)
{
	static const char *const plate_afters[] = {"too", "now", "yet", "tho",
	    "btw", "ok", "pls", "plz", "smh", "lmk", "jk", "bro", "one", "am",
	    "pm", "mg", "kg", "lb", "lbs", "hr", "hrs", "min", "yo", "yr",
	    "yrs", NULL};
	const struct tok *t = tk(sc, k);
	unsigned nd = sc->t[d].ndigit;
	size_t p;

	if (!plate_letter_run(sc, k, 1, 3) || t->hyphen || t->contr ||
	    (fullflags(sc, k) & MH_NAMES_STOP) || nd < 2 || nd > 4)
		return 0;
	/* one letter: the plate's letters before its digits, a blank
	 * between */
	if (tend(t) - t->s == 1 &&
	    !(d >= 2 && tok_gap(sc, d - 1) &&
	        plate_letter_run(sc, d - 2, 2, 3)))
		return 0;
	if (t->allcap)
		return nd <= 3;
	p = d >= 2 ? d - 2 : SIZE_MAX;
	return sc->t[d].nupper == 0 &&
	    !(p != SIZE_MAX && sc->t[p].kind == T_WORD && sc->t[p].nupper) &&
	    day_clause_end(sc, k) &&
	    !tok_in(sc, k, KW_SLANG | KW_CLAUSE_START | KW_FINITE) &&
	    !word_among(sc, k, plate_afters);
}

/* Is token k a code's head before the number of an ID, as a hospital
 * trust writes its number: two or three capitals and a digit or two,
 * "RQ7 440192", "RX1 123456"? */
static int
code_head(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	size_t len = tend(t) - t->s;

	return t->kind == T_ALNUM && len >= 3 && len <= 4 && t->ndigit >= 1 &&
	    t->ndigit <= 2 && t->nletter == len - t->ndigit &&
	    (unsigned char)(sc->s[t->s] - 'A') < 26 &&
	    (unsigned char)(sc->s[t->s + 1] - 'A') < 26;
}

/* A cued value: NUM/ALNUM pieces joined by '-', '/' or '.', with at
 * least three digits in all.  Returns the end byte or 0. */
static size_t
cued_value(struct mh_scanner *sc, size_t i, int type)
{
	size_t j = i, end = 0;
	int digits = 0, pieces = 0;

	while (j < sc->nt) {
		struct tok *t = &sc->t[j];
		if (t->kind == T_NUM || t->kind == T_ALNUM ||
		    (t->kind == T_WORD && t->allcap && tend(t) - t->s <= 4 &&
		        pieces < 6)) {
			digits += t->ndigit;
			end = tend(t);
			pieces++;
			j++;
			if (j < sc->nt && sc->t[j].kind == T_PUNCT &&
			    joiner_mark(&sc->t[j]) && j + 1 < sc->nt &&
			    (sc->t[j + 1].kind == T_NUM ||
			        sc->t[j + 1].kind == T_ALNUM ||
			        (sc->t[j + 1].kind == T_WORD &&
			            sc->t[j + 1].allcap))) {
				j++;
				continue;
			}
			if (type != MH_SCAN_PLATE && pieces == 1 &&
			    code_head(sc, j - 1) && tok_gap(sc, j) &&
			    j + 1 < sc->nt && sc->t[j + 1].kind == T_NUM &&
			    sc->t[j + 1].ndigit >= 5) {
				j++;
				continue;
			}
			if (type == MH_SCAN_PLATE && pieces == 1 &&
			    tok_gap(sc, j) && j + 1 < sc->nt &&
			    (sc->t[j + 1].kind == T_NUM ||
			        sc->t[j + 1].kind == T_ALNUM)) {
				j++;
				continue;
			}
			/* a UK plate's three letters after its two digits:
			 * "AB12 CDE", "AB 12 CDE" */
			if (type == MH_SCAN_PLATE && pieces <= 2 &&
			    t->ndigit == 2 && tok_gap(sc, j) &&
			    j + 1 < sc->nt && sc->t[j + 1].kind == T_WORD &&
			    sc->t[j + 1].allcap &&
			    tend(&sc->t[j + 1]) - sc->t[j + 1].s == 3) {
				end = tend(&sc->t[j + 1]);
				j += 2;
				pieces++;
			} else if (type == MH_SCAN_PLATE && pieces <= 2 &&
			    (tok_gap(sc, j) || tok_punct(sc, j, '-')) &&
			    plate_letters(sc, j + 1, j - 1)) {
				/* a plate's letters after its digits, "AB 123
				 * CD", and as chat writes a plate, in lower
				 * case, "1234 abc", "ab12 cde", "ab-123-cd"
				 * (the digits alone were taken) */
				end = tend(&sc->t[j + 1]);
				j += 2;
				pieces++;
			}
		}
		break;
	}
	if (digits < (type == MH_SCAN_PLATE ? 2 : 3))
		return 0;
	return end;
}

/* ---- addresses -------------------------------------------------------- */

static int
cap_word(struct mh_scanner *sc, size_t i)
{
	struct tok *t = tk(sc, i);

	return t && t->kind == T_WORD && t->cap;
}

/* Is one of the n phrases from phrase_kw[first] on written from
 * token i, in any case, one blank between its words ("New Zealand",
 * "NORTH CAROLINA", "romeo and juliet"), a word marked PHRASE_POSS
 * with its 's ("Grey's Anatomy"), PHRASE_AMP a '&' ("Ben & Jerry's")?
 * The token after it, else 0.  The callers have asked the word's list
 * bit.  A token's id is 0 when it is no keyword, and every word of the
 * phrases has one. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
phrase_at(struct mh_scanner *sc, size_t i, size_t first, size_t n)
{
	unsigned head = sc->t[i].kw;
	size_t k = sc->phrase_first[head];

	if (k == 0)
		return 0;
	/* a word whose entries run on from lands[] into famous[]
	 * ("Prince Edward Island", "Prince Harry") */
	for (k--; k < first && (sc->phrase_kw[k][0] & PHRASE_ID) == head; k++)
		;
	for (; k < first + n && (sc->phrase_kw[k][0] & PHRASE_ID) == head;
	     k++) {
		const unsigned short *ids = sc->phrase_kw[k];
		size_t j = i + 1, w = 0;
		for (;;) {
			/* j is the token after word w */
			if ((ids[w] & PHRASE_POSS) &&
			    !(tk(sc, j) && sc->t[j++].kind == T_POSS))
				break;
			if (++w == PHRASE_WORDS || ids[w] == 0)
				return j;
			if (!tok_gap(sc, j) || !tk(sc, j + 1) ||
			    !(ids[w] == PHRASE_AMP
			            ? tok_punct(sc, j + 1, '&')
			            : sc->t[j + 1].kw == (ids[w] & PHRASE_ID)))
				break;
			j += 2;
		}
	}
	return 0;
}

/* A country or state of lands[] from token i: the token after it, or
 * 0. */
static size_t
land_at(struct mh_scanner *sc, size_t i)
{
	if (!tok_in(sc, i, KW_LAND_HEAD))
		return 0;
	return phrase_at(sc, i, 0, NLANDS);
}

/* Is token i the first word of one of bodies[] (which has no list
 * bit), written with a capital? */
static inline int
body_head(const struct mh_scanner *sc, size_t i)
{
	return (sc->t[i].cap || sc->t[i].allcap) &&
	    sc->phrase_first[sc->t[i].kw] > NLANDS + NFAMOUS;
}

/* Is the name of famous[] from token i to end someone of the same
 * name: a relation's ("my brother Harry Potter", "my neighbour Taylor
 * Swift"), or, a given name first that is no word (not "Golden Gate
 * Bridge"), the first words of a longer name or of a shop's ("Elvis
 * Presley Okafor", "Peter Pan Donut", a capitalised word after it on
 * its line, a name's or of four letters or more: not "Harry Potter And
 * the", "Taylor Swift I think")? */
static inline int relation_at(struct mh_scanner *sc, size_t p);
static int
famous_namesake(struct mh_scanner *sc, size_t i, size_t end)
{
	size_t q = prev_word(sc, i);
	const struct tok *t;

	if (q != SIZE_MAX && q + 2 == i && relation_at(sc, q))
		return 1;
	return (flags(sc, i) & (MH_NAMES_FIRST | MH_NAMES_COMMON)) ==
	    MH_NAMES_FIRST &&
	    tok_gap(sc, end) && (t = word_tok(sc, end + 1)) != NULL && t->cap &&
	    !t->allcap &&
	    (tend(t) - t->s >= 4 ||
	        (flags(sc, end + 1) & (MH_NAMES_FIRST | MH_NAMES_LAST)));
}

/* A land or one of famous[] or bodies[] from token i, which is kept
 * whole: the token after it, or 0. */
static size_t
kept_phrase_at(struct mh_scanner *sc, size_t i)
{
	size_t end = land_at(sc, i);

	if (end == 0 && tok_in(sc, i, KW_FAMOUS_HEAD) &&
	    (end = phrase_at(sc, i, NLANDS, NFAMOUS)) != 0 &&
	    famous_namesake(sc, i, end))
		return 0;
	/* "Dr Pepper said my labs are fine": a doctor, who says things,
	 * as the drink does not */
	if (end != 0 && tok_in(sc, i, KW_HONORIFIC) && tok_gap(sc, end) &&
	    (flags(sc, end + 1) & MH_NAMES_SAID))
		return 0;
	if (end == 0 && body_head(sc, i))
		end = phrase_at(sc, i, NLANDS + NFAMOUS, NBODIES);
	return end;
}

/* "Apt. 4B", "Suite 464", "Unit 3", "# 12", "Box 9168": end or 0. */
static size_t
unit_after(struct mh_scanner *sc, size_t i)
{
	size_t j = i;

	if (tok_in(sc, j, KW_UNIT_WORD) || tok_punct(sc, j, '#')) {
		j++;
		if (tok_punct(sc, j, '.'))
			j++;
		if (tok_gap(sc, j))
			j++;
		if (tok_punct(sc, j, '#'))
			j++;
		struct tok *t = tk(sc, j);
		if (t &&
		    (t->kind == T_NUM || t->kind == T_ALNUM ||
		        (t->kind == T_WORD && tend(t) - t->s == 1)))
			return tend(t);
	}
	return 0;
}

/* Units one after another: "Unit 4719 Box 7394", "Suite 3, Apt. 4". */
static size_t
units_after(struct mh_scanner *sc, size_t i)
{
	size_t end = 0, e, j = i;

	while ((e = unit_after(sc, j)) != 0) {
		end = e;
		j = tok_from(sc, j, e);
		if (tok_punct(sc, j, ','))
			j++;
		if (tok_gap(sc, j))
			j++;
	}
	return end;
}

static int stop_cap(struct mh_scanner *sc, size_t i);

/* A postal code at token k: 12345, 12345-6789, 53-320, 840 24,
 * B0J 2H0.  Returns its end byte or 0. */
static size_t
postcode_at(struct mh_scanner *sc, size_t k)
{
	struct tok *t = tk(sc, k);

	if (t == NULL)
		return 0;
	if (t->kind == T_NUM && t->ndigit >= 2 && t->ndigit <= 5) {
		/* a '-' (of any length: a Unicode dash is three bytes, and
		 * "62704\u20131234" left "\u20131234") or one blank */
		if ((tok_punct(sc, k + 1, '-') ||
		        (tok_gap(sc, k + 1) &&
		            tend(&sc->t[k + 1]) - sc->t[k + 1].s == 1)) &&
		    tk(sc, k + 2) && sc->t[k + 2].kind == T_NUM &&
		    sc->t[k + 2].ndigit >= 2 && sc->t[k + 2].ndigit <= 4 &&
		    t->ndigit + sc->t[k + 2].ndigit >= 5) {
			/* "655 437 108": three groups make a phone */
			if ((tok_punct(sc, k + 3, '-') || tok_gap(sc, k + 3)) &&
			    tk(sc, k + 4) && sc->t[k + 4].kind == T_NUM)
				return 0;
			return tend(&sc->t[k + 2]);
		}
		return t->ndigit >= 4 ? tend(t) : 0;
	}
	/* A1A 1A1, SW1A 1AA */
	if (t->kind == T_ALNUM && t->allcap && tend(t) - t->s >= 2 &&
	    tend(t) - t->s <= 4 && tok_gap(sc, k + 1) && tk(sc, k + 2) &&
	    sc->t[k + 2].kind == T_ALNUM && sc->t[k + 2].allcap &&
	    tend(&sc->t[k + 2]) - sc->t[k + 2].s == 3)
		return tend(&sc->t[k + 2]);
	return 0;
}

/* Is c an upper-case ASCII letter, and not one of the letters in
 * notin? */
static int
up_but(int c, const char *notin)
{
	return c >= 'A' && c <= 'Z' && strchr(notin, c) == NULL;
}

/* Is p (la bytes, capitals) a UK postcode's outward code: A9, A99,
 * A9A, AA9, AA99, AA9A? */
static int
uk_outward(const char *p, size_t la)
{
	if (la < 2 || la > 4 || !up_but(p[0], "QVX"))
		return 0;
	size_t d = isdig(p[1]) ? 1 : up_but(p[1], "IJZ") ? 2 : 0;
	if (d == 0 || d >= la || !isdig(p[d]))
		return 0;
	return d + 1 == la ||
	    (d + 2 == la &&
	        (isdig(p[d + 1]) || (p[d + 1] >= 'A' && p[d + 1] <= 'Z')));
}

/* The ASCII letter c in capitals; any other byte as it is. */
static int
up_ascii(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* Is q (three bytes, capitals) a UK postcode's inward code, 9AA? */
static int
uk_inward(const char *q)
{
	return isdig(q[0]) && up_but(q[1], "CIKMOV") && up_but(q[2], "CIKMOV");
}

/* The second halves in lower case that are a number and its unit or
 * an ordinal: "ps5 1tb", "b12 1st" are no postcodes. */
static const char *const inward_units[] = {"st", "nd", "rd", "th", "gb", "tb",
    "lb", "hr", "yr", "ft", "pt", "hz", "wd", NULL};

/* Is the word before token k "in" (or "in the", with the_ok), after a
 * word of living or moving (town_verbs[]): "I live in", "we moved in
 * the"? */
static int
live_in_before(struct mh_scanner *sc, size_t k, int the_ok)
{
	size_t p = prev_word(sc, k), q;

	if (p != SIZE_MAX && the_ok && tok_is(sc, p, KW_THE))
		p = prev_word(sc, p);
	return p != SIZE_MAX && tok_is(sc, p, KW_IN) &&
	    (q = prev_word(sc, p)) != SIZE_MAX && tok_in(sc, q, KW_TOWN_VERB);
}

static int day_clause_end(struct mh_scanner *sc, size_t k);

/* A UK outward code alone after "live in" and the like, and the clause's
 * end after it: "I live in LS6." ("I work in B2B sales" stays). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
outward_alone(struct mh_scanner *sc, size_t k)
{
	return live_in_before(sc, k, 0) && day_clause_end(sc, k);
}

/* A UK, Canadian or Irish postcode in running text, where
 * postcode_at()'s looser shapes need an address or a "postcode" before
 * them: "KM4 7TQ", "SW1A 1AA", "M1 1AE" (the letters the Royal Mail
 * uses: the second half never has C, I, K, M, O or V, so "B12 1MG" is no
 * postcode), "K1A 0B1" (Canada Post leaves out D, F, I, O, Q and U) or
 * an Eircode, "D02 X285", "A65 F4E2" (a letter and two digits, or D6W,
 * then four of the digits and the 16 letters An Post uses; the second
 * half has a letter and a digit, as a token of both kinds, so "B12
 * 1000" is none).  UK and Canadian ones in lower case too, "sw1a 1aa",
 * "k1a 0b1" (not a number and its unit, inward_units[]); a UK one
 * written as one word in capitals, "SW1A1AA", and its outward code
 * alone where one says one lives there (outward_alone()).  Returns its
 * end byte or 0. */
static size_t
postcode_shape(struct mh_scanner *sc, size_t k)
{
	struct tok *a = tk(sc, k), *b;
	char p[8], q[4];
	size_t la, lb;
	int low;

	if (a == NULL || a->kind != T_ALNUM ||
	    !isalpha_a((unsigned char)sc->s[a->s]) ||
	    !(a->allcap || a->nupper == 0))
		return 0;
	low = !a->allcap;
	la = tend(a) - a->s;
	if (la > 7)
		return 0;
	for (size_t j = 0; j < la; j++)
		p[j] = (char)up_ascii((unsigned char)sc->s[a->s + j]);
	if (!low && la >= 5 && uk_inward(p + la - 3) && uk_outward(p, la - 3))
		return tend(a); /* "SW1A1AA" */
	if (!tok_gap(sc, k + 1) || tend(&sc->t[k + 1]) - sc->t[k + 1].s != 1 ||
	    (b = tk(sc, k + 2)) == NULL || b->kind != T_ALNUM ||
	    !(low ? b->nupper == 0 : b->allcap) || (lb = tend(b) - b->s) < 3 ||
	    lb > 4) {
		if (!low && uk_outward(p, la) && outward_alone(sc, k))
			return tend(a); /* "I live in LS6" */
		return 0;
	}
	for (size_t j = 0; j < lb; j++)
		q[j] = (char)up_ascii((unsigned char)sc->s[b->s + j]);
	if (lb == 4) {
		static const char eir[] = "ACDEFHKNPRTVWXY";
		if (low || la != 3 ||
		    !((strchr(eir, p[0]) && isdig(p[1]) && isdig(p[2])) ||
		        (p[0] == 'D' && p[1] == '6' && p[2] == 'W')))
			return 0;
		for (int j = 0; j < 4; j++)
			if (!isdig(q[j]) && !strchr(eir, q[j]))
				return 0;
		return tend(b);
	}
	/* Canada: A9A 9A9 */
	if (la == 3 && up_but(p[0], "DFIOQUWZ") && isdig(p[1]) &&
	    up_but(p[2], "DFIOQU") && isdig(q[0]) && up_but(q[1], "DFIOQU") &&
	    isdig(q[2]))
		return tend(b);
	/* UK: A9, A99, A9A, AA9, AA99, AA9A, then 9AA */
	if (!uk_outward(p, la) || !uk_inward(q))
		return 0;
	for (int j = 0; low && inward_units[j] != NULL; j++)
		if (eqw(sc->s + b->s + 1, 2, inward_units[j]))
			return 0;
	return tend(b);
}

/* US military post: "APO AE 09012", "fpo aa 34001", "DPO AP 96520".
 * Returns the end byte or 0. */
static size_t
military_post(struct mh_scanner *sc, size_t k)
{
	if (!(tok_is(sc, k, KW_APO) || tok_is(sc, k, KW_FPO) ||
	        tok_is(sc, k, KW_DPO)) ||
	    !tok_gap(sc, k + 1) ||
	    !(tok_is(sc, k + 2, KW_AA) || tok_is(sc, k + 2, KW_AE) ||
	        tok_is(sc, k + 2, KW_AP)) ||
	    !tok_gap(sc, k + 3) || !tk(sc, k + 4) ||
	    sc->t[k + 4].kind != T_NUM || sc->t[k + 4].ndigit != 5)
		return 0;
	return tend(&sc->t[k + 4]);
}

/* "P.O. Box 149", "PO Box 12": the end of the box number, or 0. */
static size_t
po_box(struct mh_scanner *sc, size_t i)
{
	size_t b = SIZE_MAX;

	if (tok_is(sc, i, KW_P) && tok_punct(sc, i + 1, '.') &&
	    tok_is(sc, i + 2, KW_O) && tok_punct(sc, i + 3, '.') &&
	    tok_gap(sc, i + 4))
		b = i + 5;
	else if (tok_is(sc, i, KW_PO) && tok_gap(sc, i + 1))
		b = i + 2;
	if (b == SIZE_MAX || !tok_is(sc, b, KW_BOX))
		return 0;
	return units_after(sc, b);
}

/* A line start's bullet or quote mark: "> ", "* ", "- ", "??? ", "• ". */
static int
line_mark(struct mh_scanner *sc, size_t k)
{
	struct tok *t = tk(sc, k);
	unsigned char c;

	if (t == NULL || t->kind != T_PUNCT)
		return 0;
	c = (unsigned char)sc->s[t->s];
	return c == '>' || c == '*' || c == '-' || c == '?' || c == '|' ||
	    (c >= 0x80 && tend(t) - t->s > 1);
}

/* Does token k end its line: the text's end or a blank holding a
 * newline comes next? */
static int
line_end(struct mh_scanner *sc, size_t k)
{
	return k + 1 >= sc->nt ||
	    (sc->t[k + 1].kind == T_SPACE && sc->t[k + 1].nl);
}

/* A postcode that fills a line: any postcode_at() shape, or the three
 * digits some countries use (Iceland, Faroe), which only count alone on
 * the last line of an address. */
static size_t
line_postcode(struct mh_scanner *sc, size_t k)
{
	size_t e = postcode_at(sc, k);

	if (e == 0 && tk(sc, k) && sc->t[k].kind == T_NUM &&
	    sc->t[k].ndigit == 3 && line_end(sc, k) && k > 0 &&
	    sc->t[k - 1].kind == T_SPACE && sc->t[k - 1].nl)
		e = tend(&sc->t[k]);
	return e;
}

/* A region code: "QC", "nan", "13" -- a word of at most three letters
 * in one case, or a number of at most two digits. */
static int
short_code(struct mh_scanner *sc, size_t k)
{
	struct tok *t = tk(sc, k);

	if (t == NULL)
		return 0;
	if (t->kind == T_NUM)
		return t->ndigit <= 2;
	return t->kind == T_WORD && t->nletter <= 3 &&
	    (t->allcap || t->nupper == 0);
}

/* Does the address before token i end in a number ("Lyngveien 46",
 * "Apt. 085", "u. 97.")?  Then capitalised words after it on the same
 * line name the town. */
static int
ends_in_number(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	if (p != SIZE_MAX && tok_punct(sc, p, '.'))
		p = prev_tok(sc, p);
	return p != SIZE_MAX &&
	    (sc->t[p].kind == T_NUM || sc->t[p].kind == T_ALNUM);
}

/* What may follow a town for the town to count as an address line: the
 * end of the line or text, the end of a sentence, a postcode, or a
 * region code (", QC 54256", " nan 1386", " VE.").  Returns the index
 * of the last token that belongs to the line (last itself, or the
 * region code or postcode), or SIZE_MAX. */
static size_t
town_line_end(struct mh_scanner *sc, size_t last)
{
	size_t a = last + 1, e;

	if (line_end(sc, last))
		return last;
	if ((tok_punct(sc, a, '.') || tok_punct(sc, a, '?') ||
	        tok_punct(sc, a, '!')) &&
	    (a + 1 >= sc->nt || sc->t[a + 1].kind == T_SPACE))
		return last;
	if (tok_gap(sc, a) && postcode_at(sc, a + 1))
		return last;
	if (tok_punct(sc, a, ',')) {
		a++;
		if (tok_gap(sc, a))
			a++;
		if (postcode_at(sc, a))
			return last;
	} else if (tok_gap(sc, a))
		a++;
	else
		return SIZE_MAX;
	/* a region code, then a postcode or the end of the line */
	if (!short_code(sc, a) ||
	    (!sc->t[a].allcap && (flags(sc, a) & MH_NAMES_STOP)))
		return SIZE_MAX;
	if (tok_gap(sc, a + 1) && (e = postcode_at(sc, a + 2)) != 0)
		return tok_from(sc, a + 2, e) - 1;
	if (line_end(sc, a) || tok_punct(sc, a + 1, '.') ||
	    tok_punct(sc, a + 1, '?') || tok_punct(sc, a + 1, ',') ||
	    tok_punct(sc, a + 1, '!'))
		return a;
	return SIZE_MAX;
}

/* A town written in lower case with no comma before it, then a ZIP of
 * five digits, at token k: "88 birch lane springfield 62704", "42 elm
 * st riverton ca 95501".  One to three words that are no small word,
 * month or weekday; the five digits make it a town ("42 elm st since
 * 2019" is a year).  Returns the ZIP's end byte or 0. */
static size_t
low_town_zip(struct mh_scanner *sc, size_t k)
{
	int words;

	for (words = 0; words < 3; words++) {
		struct tok *t = tk(sc, k);
		if (t == NULL || t->kind != T_WORD || t->cap || t->allcap ||
		    (flags(sc, k) &
		        (MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_STOP)))
			return 0;
		if (!tok_gap(sc, k + 1) || !tk(sc, k + 2))
			return 0;
		k += 2;
		if (sc->t[k].kind == T_NUM)
			return sc->t[k].ndigit == 5 ? postcode_at(sc, k) : 0;
	}
	return 0;
}

static int word_eq(struct mh_scanner *sc, size_t i, const char *w);
static int town_word(struct mh_scanner *sc, size_t k);
static int way_town(struct mh_scanner *sc, size_t j);

/* The counties of Ireland, north and south, as an address writes them
 * after "Co." (county_at()). */
static const char *const irish_counties[] = {"antrim", "armagh", "carlow",
    "cavan", "clare", "cork", "derry", "donegal", "down", "dublin", "fermanagh",
    "galway", "kerry", "kildare", "kilkenny", "laois", "leitrim", "limerick",
    "londonderry", "longford", "louth", "mayo", "meath", "monaghan", "offaly",
    "roscommon", "sligo", "tipperary", "tyrone", "waterford", "westmeath",
    "wexford", "wicklow", NULL};

/* The end of an Irish county after "Co" or "Co." at i ("Co.
 * Westmeath", "Co Cork"), a county of irish_counties[] capitalised;
 * or 0.  A firm's "& Co." or "and Co." has no county after it, though
 * a sentence may open with one's word ("Smith & Co. Down the road"). */
static size_t
county_at(struct mh_scanner *sc, size_t i)
{
	size_t k = i + 1, b = prev_tok(sc, i);

	if (b != SIZE_MAX && (tok_punct(sc, b, '&') || tok_is(sc, b, KW_AND)))
		return 0;
	if (tok_punct(sc, k, '.'))
		k++;
	if (!tok_gap(sc, k) || !cap_word(sc, k + 1) ||
	    !word_among(sc, k + 1, irish_counties))
		return 0;
	return tend(&sc->t[k + 1]);
}

/* Town, state, ZIP and country lines after a street: the end of what
 * belongs to the address. */
static size_t
address_tail(struct mh_scanner *sc, size_t i, size_t end)
{
	size_t j = i, best = end, e;
	int seg = 0, first_comma = 0, after_num = ends_in_number(sc, i);

	while (seg < 8 && j < sc->nt) {
		size_t k = j;
		int comma = 0, nl = 0;
		while (k < sc->nt &&
		    (sc->t[k].kind == T_SPACE || tok_punct(sc, k, ',') ||
		        tok_punct(sc, k, '>') || (nl && line_mark(sc, k)))) {
			if (tok_punct(sc, k, ','))
				comma = 1;
			if (sc->t[k].kind == T_SPACE && sc->t[k].nl)
				nl = 1;
			k++;
		}
		if (k == j || k >= sc->nt)
			break;
		if (seg == 0)
			first_comma = comma && !nl;
		if ((e = nl ? line_postcode(sc, k) : postcode_at(sc, k)) != 0 ||
		    (e = military_post(sc, k)) != 0) {
			best = e;
			break;
		}
		if ((e = units_after(sc, k)) != 0) {
			best = e;
			j = tok_from(sc, k, e);
			seg++;
			continue;
		}
		/* an Irish county, ", Co. Westmeath" (no region code:
		 * county_at()) */
		if ((comma || nl) && tok_is(sc, k, KW_CO) &&
		    (e = county_at(sc, k)) != 0) {
			best = e;
			j = tok_from(sc, k, e);
			seg++;
			continue;
		}
		/* a region code on its own: "\n, nan\n 51971", ", 13\n" */
		if ((comma || nl) && short_code(sc, k) &&
		    (sc->t[k].allcap || !(flags(sc, k) & MH_NAMES_STOP))) {
			size_t a = skip_space(sc, k + 1);
			if ((e = line_postcode(sc, a)) != 0) {
				best = e;
				break;
			}
			if (comma && line_end(sc, k)) {
				best = tend(&sc->t[k]);
				j = k + 1;
				seg++;
				continue;
			}
		}
		if (!comma && !nl && (e = low_town_zip(sc, k)) != 0) {
			best = e;
			break;
		}
		/* with no ZIP, a town of one word in lower case that ends the
		 * line or the sentence: "42 elm street riverton" ("42 elm st
		 * tonight", "... riverton is far" stay); after "way", which
		 * lower_street() took by that town (way_town()), where the
		 * clause ends: "at 8 ash way springfield and i hate it" */
		if (seg == 0 && !comma && !nl && town_word(sc, k) &&
		    (line_end(sc, k) || tok_punct(sc, k + 1, '.') ||
		        tok_punct(sc, k + 1, '!') ||
		        tok_punct(sc, k + 1, '?') ||
		        (k >= 2 && word_eq(sc, k - 2, "way") &&
		            way_town(sc, k - 2)))) {
			best = tend(&sc->t[k]);
			break;
		}
		struct tok *t = &sc->t[k];
		if (!(t->kind == T_WORD &&
		        (t->cap || t->allcap || (sc->lowertext && comma))) ||
		    (flags(sc, k) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
		    stop_cap(sc, k))
			break;
		if (!t->cap && !t->allcap) {
			/* lower-case text: ", mohács, hungary 24743" */
			size_t e2 = tend(t), a = k + 1;
			if (tok_gap(sc, a) && postcode_at(sc, a + 1))
				e2 = postcode_at(sc, a + 1);
			best = e2;
			j = tok_from(sc, k, e2);
			seg++;
			continue;
		}
		/* a run of capitalised words, with '(' ')' around some and
		 * small words inside ("Caxias do Sul") */
		size_t m = k, last = k;
		int words = 0, county = 0;
		while (m < sc->nt && words < 5) {
			/* "Athlone, Co. Westmeath": an Irish county, which
			 * ends no line of its own as often */
			if (tok_is(sc, m, KW_CO) && sc->t[m].cap &&
			    (e = county_at(sc, m)) != 0) {
				last = tok_from(sc, m, e) - 1;
				words++;
				county = 1;
				m = last + 1;
				continue;
			}
			if (cap_word(sc, m) ||
			    (sc->t[m].kind == T_WORD && sc->t[m].allcap)) {
				last = m;
				words++;
				m++;
				if (tk(sc, m) && sc->t[m].kind == T_POSS)
					last = m++; /* SMITH'S GREEN */
				if (tok_gap(sc, m) &&
				    (cap_word(sc, m + 1) ||
				        tok_punct(sc, m + 1, '(')))
					m++;
				else if (tok_punct(sc, m, '-') &&
				    cap_word(sc, m + 1))
					m++;
				else if (tok_gap(sc, m) &&
				    tok_in(sc, m + 1, KW_PLACE_PARTICLE) &&
				    tok_gap(sc, m + 2) && cap_word(sc, m + 3))
					m += 3;
				continue;
			}
			if (tok_punct(sc, m, '(') || tok_punct(sc, m, ')')) {
				if (tok_punct(sc, m, ')'))
					last = m;
				m++;
				continue;
			}
			break;
		}
		/* the run fills its line, or a postcode follows it */
		size_t tl = town_line_end(sc, last);
		int whole = tl != SIZE_MAX;
		if ((seg == 0 && first_comma) || (comma && county) ||
		    ((nl || comma || (seg == 0 && after_num)) && whole)) {
			if (whole)
				last = tl;
			best = tend(&sc->t[last]);
		} else if (!whole)
			break;
		j = last + 1;
		seg++;
	}
	return best;
}

/* A lower-case word after a street word written first, as in "rue des
 * lilas": any word that is not an ordinary English one. */
static int
lead_lower(struct mh_scanner *sc, size_t j)
{
	return tk(sc, j) && sc->t[j].kind == T_WORD &&
	    !(fullflags(sc, j) & (MH_NAMES_COMMON | MH_NAMES_STOP));
}

/* After a street word written first, is there a real name up to token
 * last: a word that is not a short all-capitals one ("20 via IV" is a
 * dose, not "Via Roma")? */
static int
named_after_lead(struct mh_scanner *sc, size_t i, size_t last)
{
	int lead = 0;

	for (size_t k = i + 1; k <= last && k < sc->nt; k++) {
		struct tok *t = &sc->t[k];
		if (t->kind != T_WORD)
			continue;
		if (!lead) {
			lead = tok_in(sc, k, KW_LEAD_STREET);
			continue;
		}
		if (!(t->allcap && tend(t) - t->s <= 3) &&
		    !tok_in(sc, k, KW_STREET_PARTICLE))
			return 1;
	}
	return !lead;
}

/* A US military address: a ship ("USS Ford", "USNS Comfort") or a unit
 * and box ("Unit 2050 Box 4190", "PSC 3294, Box 9168"), then on the next
 * line "FPO AE 09012".  Any case.  Returns the end byte or 0. */
static size_t
match_ship(struct mh_scanner *sc, size_t i)
{
	size_t j, e;
	int words = 0;

	if (!sc->zip5)
		return 0; /* military_post() ends in a five-digit number */

	if (tok_in(sc, i, KW_SHIP)) {
		j = i + 1;
		while (tok_gap(sc, j) && tk(sc, j + 1) &&
		    sc->t[j + 1].kind == T_WORD && words < 3) {
			j += 2;
			words++;
		}
		if (words == 0)
			return 0;
	} else if ((e = units_after(sc, i)) != 0)
		j = tok_from(sc, i, e);
	else
		return 0;
	if (tok_punct(sc, j, ','))
		j++;
	if (!tk(sc, j) || sc->t[j].kind != T_SPACE || !sc->t[j].nl)
		return 0;
	return military_post(sc, j + 1);
}

static inline size_t match_num_street(struct mh_scanner *sc, size_t i);

static inline int ordinal(struct mh_scanner *sc, size_t i, long *v);

/* Is the word at j a street word and nothing else: street, road, avenue
 * and their abbreviations, not "drive", "lane" or "dr" ("2 google drive
 * links", "3 good dr visits")? */
static int
street_only(struct mh_scanner *sc, size_t j)
{
	unsigned kw = sc->t[j].kw;

	return kw == KW_ST || kw == KW_STREET || kw == KW_RD || kw == KW_ROAD ||
	    kw == KW_AVE || kw == KW_AVENUE || kw == KW_BLVD ||
	    kw == KW_BOULEVARD;
}

static int word_among(struct mh_scanner *sc, size_t i, const char *const *ws);

/* Words before "way" that make it a manner, not a street: "at 10
 * different way", "a 12 step way" (lower_street()). */
static const char *const way_kinds[] = {"different", "other", "same", "best",
    "better", "easy", "easier", "hard", "right", "wrong", "only", "good",
    "long", "whole", "new", "step", "more", "way", "true", NULL};

/* Is the word at k a name and no ordinary word, as a street is named
 * ("ash", whose list of words is SCOWL's), where a house number of one
 * digit and "way" or "place" after it would say little: "1 dark place",
 * "in 1 true way" ("dark", "true" are surnames too)? */
static int
street_name(struct mh_scanner *sc, size_t k)
{
	unsigned f = fullflags(sc, k);

	return (f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	    !(f & (MH_NAMES_COMMON | MH_NAMES_STOP));
}

/* Is a town of one word after the "way" at j, the clause ending after
 * it: "i live at 8 ash way springfield", which chat writes with no
 * comma ("at 21 harbor way too much" stays)?  The town is
 * address_tail()'s to take where the line or sentence ends. */
static int
way_town(struct mh_scanner *sc, size_t j)
{
	return tok_gap(sc, j + 1) && town_word(sc, j + 2) &&
	    day_clause_end(sc, j + 2);
}

static int home_way(struct mh_scanner *sc, size_t p, size_t j);

/* The flat's word before the house number at i, after the flat's
 * number and a ',': "flat 3, 41 gorse lane", "apt 4b, 12 elm lane"; or
 * SIZE_MAX.  The flat says what the number after it is, as a place
 * cue does (lower_street()), and in lower case starts its address
 * (house_no()). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
flat_before_number(struct mh_scanner *sc, size_t i)
{
	size_t c = prev_tok(sc, i), n;

	if (!tok_punct(sc, c, ',') || (n = prev_tok(sc, c)) == SIZE_MAX ||
	    n < 2 || !tok_gap(sc, n - 1) ||
	    !(sc->t[n].kind == T_NUM || sc->t[n].kind == T_ALNUM) ||
	    sc->t[n].ndigit == 0 || sc->t[n].ndigit > 4)
		return SIZE_MAX;
	n -= 2;
	return word_eq(sc, n, "flat") || tok_is(sc, n, KW_APT) ||
	        tok_is(sc, n, KW_APARTMENT) || tok_is(sc, n, KW_UNIT) ||
	        tok_is(sc, n, KW_SUITE)
	    ? n
	    : SIZE_MAX;
}

/* A street in lower case after the house number at i, its first word
 * at j: "i live at 55 main st", "moved from 221 w 42nd st", "at 1842
 * juniper hollow rd".  The number comes after a place cue (at, from,
 * near...), "on", "is" or a colon, or first on its line or after a ','
 * ("42 elm st", with a street word of street_only()); then one to three
 * words, none a function word or a measure ("at 5 minutes walk", "to 3
 * miles down the road"), or ordinals; then a street word (low_streets).
 * 2 for one word and "way": "21 harbor way". */
static int
lower_street(struct mh_scanner *sc, size_t i, size_t j)
{
	size_t p = prev_tok(sc, i);
	int words = 0, line = 0;
	long v;

	if (p == SIZE_MAX || !tok_punct(sc, p, ':')) {
		p = prev_word(sc, i);
		if (p == SIZE_MAX || p + 2 != i ||
		    !((flags(sc, p) & MH_NAMES_PLACECUE) ||
		        tok_is(sc, p, KW_ON) || tok_is(sc, p, KW_IS))) {
			/* no cue, but the number first on its line: "42 elm
			 * st" as an address's line, or after a ',' as a list's
			 * last: "maya, 555-201-3344, 42 elm st" */
			int comma = tok_punct(sc, prev_tok(sc, i), ',');
			if (comma && flat_before_number(sc, i) != SIZE_MAX)
				p = SIZE_MAX; /* "flat 3, 41 gorse lane" */
			else if (!(i == 0 ||
			             (sc->t[i - 1].kind == T_SPACE &&
			                 sc->t[i - 1].nl) ||
			             (sc->t[i].ndigit >= 2 && comma)))
				return 0;
			else
				line = 1;
		}
	}
	for (; words < 4; j += 2) {
		const struct tok *t = tk(sc, j);
		if (t == NULL)
			return 0;
		/* A place, which chat says of other things ("home is 1
		 * safe place", "at 5 different place"), after a house
		 * number of two digits or more, or of one before a name of
		 * no ordinary word ("8 ash place"), and first on its line only
		 * where the line ends ("19 park place"; "5 star place to
		 * eat" stays). */
		if (words > 0 &&
		    (word_eq(sc, j, "place") || word_eq(sc, j, "pl")))
			return (sc->t[i].ndigit >= 2 ||
			           (words == 1 && street_name(sc, j - 2))) &&
			    (!line || line_end(sc, j));
		if (words > 0 && tok_in(sc, j, KW_LOW_STREET))
			return !line || street_only(sc, j);
		/* "way", said of much else ("a 12 step way"), as a place is:
		 * one word after a house number of two digits or more, the
		 * clause ending after it ("at 21 harbor way, springfield");
		 * after one digit, a name of no ordinary word (street_name():
		 * "our house is 8 ash way", whose "ash way" the name rule
		 * took and left the number), or after "at" a first name,
		 * an ordinary word too ("i live at 5 mark way"); or a town
		 * after it with no comma, which says it as well
		 * (way_town(): "8 elm way boston"), or a word of living
		 * (home_way(): "i live at 5 elm way", "5 elm way is where
		 * i live") */
		if (words == 1 && word_eq(sc, j, "way")) {
			int home = home_way(sc, line ? SIZE_MAX : p, j);
			return (sc->t[i].ndigit >= 2 ||
			           street_name(sc, j - 2) ||
			           (!line && tok_is(sc, p, KW_AT) &&
			               (fullflags(sc, j - 2) &
			                   (MH_NAMES_FIRST | MH_NAMES_STOP)) ==
			                   MH_NAMES_FIRST) ||
			           way_town(sc, j) || home) &&
			        (day_clause_end(sc, j) || way_town(sc, j) ||
			            home == 2) &&
			        !word_among(sc, j - 2, way_kinds)
			    ? 2
			    : 0;
		}
		if (words == 3 || !tok_gap(sc, j + 1))
			return 0;
		if (t->kind == T_WORD) {
			if (t->cap || t->allcap || t->contr || t->hyphen ||
			    (fullflags(sc, j) & MH_NAMES_STOP) ||
			    tok_in(sc, j, KW_MEASURE))
				return 0;
		} else if (!ordinal(sc, j, &v) || t->kind != T_ALNUM)
			return 0;
		words++;
	}
	return 0;
}

static size_t match_address_at(struct mh_scanner *sc, size_t i, size_t j);

/* The addresses that are no one's home: "my email address is 42 chars
 * long". */
static const char *const other_addresses[] = {"email", "e-mail", "ip", "mac",
    "web", "wallet", "memory", NULL};

/* "my address is 42 elm", "address: 7 birch": after "address" and "is"
 * or a colon (the caller has seen them) a house number at i and one or
 * two words in lower case from j to the clause's end, with no street
 * word: the cue says what they are.  (Capitalised, the name rules read
 * them, and the street rules a street with its number after: "Address:
 * 17693 Király u. 15.")  Returns the end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
address_cued(struct mh_scanner *sc, size_t i, size_t j)
{
	size_t p = sc->t[i - 2].kw == KW_IS ? i - 4 : i - 3;

	if (word_among(sc, prev_word(sc, p), other_addresses))
		return 0;
	for (int words = 0; words < 2; words++, j += 2) {
		const struct tok *t = tk(sc, j);
		if (t == NULL || t->kind != T_WORD || t->cap || t->allcap ||
		    (fullflags(sc, j) & MH_NAMES_STOP) ||
		    tok_in(sc, j, KW_MEASURE))
			return 0;
		/* not "17693 király u. 15.", whose number comes after */
		if (day_clause_end(sc, j))
			return tok_punct(sc, j + 1, '.') &&
			        tok_gap(sc, j + 2) && tk(sc, j + 3) &&
			        sc->t[j + 3].kind == T_NUM
			    ? 0
			    : tend(t);
		if (!tok_gap(sc, j + 1))
			return 0;
	}
	return 0;
}

/* Is the word at j, in a text in lower case, "i" or a contraction ("i'm",
 * "it's"): no word of a street's name, which match_address_at() takes
 * in lower case from any word of no ordinary word's list; "on a scale
 * of 1 to 10 i'm a 2" was an address.  ("a" may be one: "10 a st".) */
static int
lower_self(struct mh_scanner *sc, size_t j)
{
	return sc->t[j].contr || tok_is(sc, j, KW_I);
}

/* "24 Clarke Avenue", "1593 Pagari 18 Suite 932", "ul. Biskupa 118".
 * The number's shape and the blank after it inline: walk() asks this
 * of every number, and most have no blank after them, or are too
 * long (13,400 of 17,500 over the bench corpus); the rest is read at
 * the word after the blank, j, out of line. */
static inline size_t
match_address(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	size_t j;

	/* a number, or one with a letter from a to h: "22B Alder Close",
	 * not "a 5K Fun Run" */
	if (!(t->kind == T_NUM && t->ndigit <= 6) &&
	    !(t->kind == T_ALNUM && t->nletter == 1 && t->ndigit <= 4 &&
	        tend(t) - t->s == (size_t)t->ndigit + 1 &&
	        (sc->s[tend(t) - 1] | 0x20) >= 'a' &&
	        (sc->s[tend(t) - 1] | 0x20) <= 'h'))
		return 0;
	j = i + 1;
	if (tok_punct(sc, j, '-') && tk(sc, j + 1) &&
	    sc->t[j + 1].kind == T_NUM)
		j += 2; /* 12-14 Main St */
	if (!tok_gap(sc, j))
		return 0;
	return match_address_at(sc, i, j + 1);
}

/* Is the word after token j, a blank between, a plural in lower case
 * of the common words, a count's or a kind's noun: "i have 3 Wall
 * street friends", "2 Hill street blues eps" (match_address_at()), "the
 * March of 2000 women" (match_month_date())?  An address or a date goes
 * on to a verb, a preposition or chat's word ("42 Birch street was
 * home", "... for years", "... lol"), which no "-s" of four letters or
 * more is ("thanks" aside), nor an adverb in "-s" ("... always":
 * not_s_forms[]). */
static int
plural_after(struct mh_scanner *sc, size_t j)
{
	static const char *const irregular[] = {"people", "women", "men",
	    "kids", NULL};
	const struct tok *t = tk(sc, j + 2);
	const char *w;
	size_t len;

	if (t == NULL || !tok_gap(sc, j + 1) || t->kind != T_WORD || t->cap ||
	    t->allcap || t->contr || t->hyphen || (len = tend(t) - t->s) < 3 ||
	    t->nletter != len)
		return 0;
	if (word_among(sc, j + 2, irregular))
		return 1;
	w = sc->s + t->s;
	return len >= 4 && lc(w[len - 1]) == 's' && lc(w[len - 2]) != 's' &&
	    !word_eq(sc, j + 2, "thanks") &&
	    !tok_in2(sc, j + 2, KW2_NOT_S_FORM) &&
	    (fullflags(sc, j + 2) & (MH_NAMES_COMMON | MH_NAMES_STOP)) ==
	    MH_NAMES_COMMON;
}

static size_t
match_address_at(struct mh_scanner *sc, size_t i, size_t j)
{
	size_t end = 0, lastw = i;
	int words = 0, lead = 0;

	/* a building number before a box or a street written number last:
	 * "12 P.O. Box 7", "8 Kossuth Lajos utca 12" */
	if ((end = po_box(sc, j)) != 0)
		return address_tail(sc, tok_from(sc, j, end), end);
	if (cap_word(sc, j) && (end = match_num_street(sc, j)) != 0)
		return end;
	if (tk(sc, j) && sc->t[j].kind == T_NUM && tok_gap(sc, j + 1) &&
	    (cap_word(sc, j + 2) || tok_in(sc, j + 2, KW_LEAD_STREET)))
		j += 2; /* "143 31 rue de la Hulotais" */
	/* "i live at 55 main st": a street in lower case */
	int low = (sc->t[j].kind == T_WORD || sc->t[j].kind == T_ALNUM) &&
	        !sc->t[j].cap && !sc->t[j].allcap
	    ? lower_street(sc, i, j)
	    : 0;
	/* "my address is 42 elm", "address: 7 birch": the cue's test
	 * inline, by the tokens' ids, which few numbers have */
	if (!low && i >= 4 &&
	    ((sc->t[i - 2].kw == KW_IS && sc->t[i - 4].kw == KW_ADDRESS) ||
	        (sc->t[i - 2].mark == ':' && sc->t[i - 3].kw == KW_ADDRESS)) &&
	    (end = address_cued(sc, i, j)) != 0)
		return end;
	/* "21 harbor way": lower_street() has read the two words */
	if (low == 2)
		end = tend(&sc->t[j + 2]);
	while (end == 0 && j < sc->nt && words < (lead ? 8 : 6)) {
		struct tok *w = &sc->t[j];
		unsigned f = w->kind == T_WORD ? flags(sc, j) : 0;
		long ov;
		/* "42 Birch street", as voice typing and phones write it:
		 * a street word in lower case after a capitalised name,
		 * one of street_only()'s (not "2 Google drive"), and no
		 * noun after it that makes the two a title or a kind ("3
		 * Sesame street characters", "2 Abbey road songs") */
		if (w->kind == T_WORD && words > 0 && (f & MH_NAMES_STREET) &&
		    (w->cap || w->allcap ||
		        (street_only(sc, j) && !plural_after(sc, j)) ||
		        (low && tok_in(sc, j, KW_LOW_STREET)))) {
			/* "Forrest Hill Road": a second street word */
			if (tok_gap(sc, j + 1) && cap_word(sc, j + 2) &&
			    (flags(sc, j + 2) & MH_NAMES_STREET))
				j += 2;
			w = &sc->t[j];
			end = tend(w);
			if (tok_punct(sc, j + 1, '.'))
				end = tend(&sc->t[j + 1]);
			/* "Ave NW", "Street North" */
			if (tok_gap(sc, j + 1) && tk(sc, j + 2) &&
			    sc->t[j + 2].allcap &&
			    tend(&sc->t[j + 2]) - sc->t[j + 2].s <= 2 &&
			    sc->t[j + 2].kind == T_WORD)
				end = tend(&sc->t[j + 2]);
			break;
		}
		if (w->kind == T_NUM && words > 0) {
			/* "30 Refills 2", "30 Days 2": a count and a
			 * field, no street */
			if (words == 1 &&
			    (tok_in2(sc, lastw, KW2_RX_FIELD) ||
			        tok_in(sc, lastw, KW_MEASURE)))
				return 0;
			/* "3 x 2 sets", "a 10 x 12 room": a product's sign,
			 * no street */
			if (words == 1 &&
			    tend(&sc->t[lastw]) == sc->t[lastw].s + 1 &&
			    (sc->s[sc->t[lastw].s] | 0x20) == 'x')
				return 0;
			end = tend(w);
			break;
		}
		/* "Rue De La Gare", "Avenida Praia": the street word comes
		 * first, the name runs to the end of the line or a unit */
		if (lead && words >= 2 &&
		    (w->kind != T_WORD || unit_after(sc, j) ||
		        !(w->cap || w->allcap ||
		            tok_in(sc, j, KW_STREET_PARTICLE) ||
		            lead_lower(sc, j)))) {
			if (!named_after_lead(sc, i, lastw))
				return 0;
			end = tend(&sc->t[lastw]);
			break;
		}
		/* "221 W 42nd St": an ordinal is a word of the name */
		if (w->kind == T_ALNUM && w->nletter == 2 && !lead &&
		    ordinal(sc, j, &ov))
			;
		else if (w->kind != T_WORD || (f & MH_NAMES_WEEKDAY) ||
		    ((f & MH_NAMES_MONTH) && !low &&
		        !(words == 0 && tok_gap(sc, j + 1) && tk(sc, j + 2) &&
		            street_only(sc, j + 2))))
			return 0; /* a street named as a month: "3 June St",
			           * day_month() let it be */
		else if (words == 0 && tok_in(sc, j, KW_LEAD_STREET))
			lead = 1;
		else if (!w->cap && !w->allcap && !low &&
		    !(sc->lowertext && !(f & MH_NAMES_COMMON) &&
		        !lower_self(sc, j)) &&
		    !(words > 0 && tok_in(sc, j, KW_STREET_PARTICLE)) &&
		    !(lead && lead_lower(sc, j)) && !(words == 0 && lead)) {
			/* "12 Ard na Gréine, Athlone": an Irish street's name
			 * of two words and the article between, "na" or "an",
			 * and no street word; a ',' after it.  Its first word
			 * no word that is only an ordinary one: "3 Hours na
			 * Pali, ok", "10 Years na Kami, ..." (Tagalog's "na")
			 * are counts */
			if (words == 1 && !lead && cap_word(sc, j + 2) &&
			    tok_gap(sc, j + 1) && tok_punct(sc, j + 3, ',') &&
			    (word_eq(sc, j, "na") || tok_is(sc, j, KW_AN)) &&
			    (fullflags(sc, lastw) &
			        (MH_NAMES_COMMON | MH_NAMES_FIRST |
			            MH_NAMES_LAST)) != MH_NAMES_COMMON) {
				end = tend(&sc->t[j + 2]);
				break;
			}
			return 0;
		}
		words++;
		lastw = j;
		j++;
		if (tok_punct(sc, j, '.'))
			j++;
		if (!tok_gap(sc, j)) {
			if (lead && words >= 2) {
				if (!named_after_lead(sc, i, lastw))
					return 0;
				end = tend(&sc->t[lastw]);
				break;
			}
			return 0;
		}
		j++;
	}
	if (end == 0)
		return 0;
	/* Optional unit: ", Apt. 4", " Suite 932", ". Apt. 417" */
	size_t k = tok_from(sc, i, end);
	size_t m = k;
	if (tok_punct(sc, m, ',') || tok_punct(sc, m, '.'))
		m++;
	if (tk(sc, m) && sc->t[m].kind == T_SPACE && !sc->t[m].nl)
		m++;
	size_t u = units_after(sc, m);
	if (u)
		end = u;
	return address_tail(sc, tok_from(sc, k, end), end);
}

/* ---- dates with month names ------------------------------------------- */

/* Is token i the word w (lower case)? */
static int
word_eq(struct mh_scanner *sc, size_t i, const char *w)
{
	const struct tok *t = tk(sc, i);

	return t != NULL && t->kind == T_WORD &&
	    eqw(sc->s + t->s, tend(t) - t->s, w);
}

/* Is token i one of the words of ws (lower case, NULL-ended)? */
static int
word_among(struct mh_scanner *sc, size_t i, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (word_eq(sc, i, *ws))
			return 1;
	return 0;
}

/* Is token i one of number_words[from] to number_words[to - 1]? */
static int
number_word(struct mh_scanner *sc, size_t i, size_t from, size_t to)
{
	const struct tok *t = tk(sc, i);
	size_t n;

	if (t == NULL || t->kind != T_WORD)
		return 0;
	n = tend(t) - t->s;
	for (size_t k = from; k < to; k++)
		if (number_words[k].m == n &&
		    eqw(sc->s + t->s, n, number_words[k].w))
			return 1;
	return 0;
}

/* The words of living somewhere before "on" and a street's name ("i
 * live on elm street", "my apartment on 3rd st"); not work's or a
 * visit's ("works on wall street", "out on the street"), nor "stay",
 * more often "on track".  "up" is asked with "grew" before it
 * (street_on()). */
static const char *const home_words[] = {"live", "lives", "lived", "living",
    "house", "home", "apartment", "apt", "flat", "condo", "place", "shelter",
    "dorm", NULL};
/* Before "in", "to" or "near", the words of living or moving that make
 * the capitalised word after them a town, though the word table knows
 * it as an ordinary word (proper_town_cue()): "I moved to Hyderabad",
 * "we live in Cebu", "born in Okinawa"; before "at", "to" or "on" a
 * house number and a street's name before "way" ("we moved to 5 elm
 * way": home_way()); and before "to" a street's name (street_on(): "he
 * moved to harbor road").  Not town_verbs[]' words of work, travel or
 * a return ("work in Emacs", "back to Motrin"). */
static const char *const home_verbs[] = {"live", "lives", "lived", "living",
    "born", "raised", "grew", "growing", "move", "moves", "moved", "moving",
    "relocated", "relocating", "settled", NULL};
/* "I'm on" says less: "i'm on bumpy road now", "im on recovery road"
 * are a way of life; after these only a street or an avenue is taken,
 * or a numbered one ("I'm on 5th ave now"). */
static const char *const am_words[] = {"i'm", "im", "iam", "we're",
    "i\xe2\x80\x99m", "we\xe2\x80\x99re", NULL};
/* Shops and places one goes to, before "on" and a street of
 * street_only(): "the cvs on elm street", "a bar on oak ave" name where
 * one was, as "works on wall street" (a trade) does not. */
static const char *const shop_words[] = {"cvs", "walgreens", "pharmacy",
    "store", "shop", "cafe", "diner", "bar", "gym", "bank", "church", "library",
    "clinic", "starbucks", "mcdonalds", "walmart", NULL};

/* Is a house number's street before "way" at j one's home by a word of
 * living?  1 for one of home_words[] or home_verbs[] right before its
 * place cue p, "at", "to" or "on" ("i live at 5 elm way", "we moved
 * to 5 elm way"; not "live in 1 big way"; p SIZE_MAX when there is
 * none), where the clause must still end after "way" ("we live at 21
 * harbor way too much" is "way too much"), and 2 there before chat's
 * word or a time, which no "way" of degree comes before ("... way
 * lol", "... way now", "... way since 2019", "... way last year"); 2
 * for "is where" someone lives or "is" one's home after it ("5 elm
 * way is where i live", "... is our house").  "way" is said of much
 * else, after an ordinary word too ("5 mile way", "a 2 way radio"):
 * lower_street(). */
static int
home_way(struct mh_scanner *sc, size_t p, size_t j)
{
	static const char *const way_times[] = {"now", "last", "this", "next",
	    "lately", "haha", "lmao", "tho", NULL};
	size_t v = p == SIZE_MAX ? SIZE_MAX : prev_word(sc, p), k = j + 4;

	if (v != SIZE_MAX && v + 2 == p &&
	    (tok_is(sc, p, KW_AT) || tok_is(sc, p, KW_TO) ||
	        tok_is(sc, p, KW_ON)) &&
	    (word_among(sc, v, home_words) || word_among(sc, v, home_verbs)))
		return tok_gap(sc, j + 1) &&
		        (tok_in(sc, j + 2, KW_SLANG | KW_DATE_PREP) ||
		            word_among(sc, j + 2, way_times))
		    ? 2
		    : 1;
	if (!tok_gap(sc, j + 1) || !tok_is(sc, j + 2, KW_IS) ||
	    !tok_gap(sc, j + 3) || !tok_gap(sc, k + 1))
		return 0;
	if (tok_in(sc, k, KW_POSS_DET))
		return word_among(sc, k + 2, home_words) ? 2 : 0;
	return word_eq(sc, k, "where") && tok_gap(sc, k + 3) &&
	        word_among(sc, k + 4, home_words)
	    ? 2
	    : 0;
}

/* Words before a street word that make no street: "on easy street",
 * "down memory lane", "on google drive", "a hard drive", "moved to
 * icloud drive". */
static const char *const not_streets[] = {"easy", "memory", "google", "hard",
    "flash", "thumb", "test", "usb", "external", "shared", "sesame", "icloud",
    "cloud", NULL};

/* Words before "court" or "lane" that make it a court of law, a
 * sport's court or a road's lane, or say another one, no street: "i got
 * moved to drug court", "my case moved to family court", "moved to
 * immigration court", "to mental health court", "we moved to fast
 * lane", "we moved to another lane" (street_to()). */
static const char *const court_kinds[] = {"drug", "family", "traffic",
    "juvenile", "juvie", "housing", "divorce", "criminal", "civil", "federal",
    "supreme", "superior", "district", "county", "city", "municipal", "probate",
    "claims", "appeals", "circuit", "night", "food", "tennis", "basketball",
    "center", "centre", "high", "higher", "fast", "slow", "left", "right",
    "middle", "bike", "bus", "carpool", "hov", "passing", "express", "turn",
    "magistrate", "magistrates", "bankruptcy", "appellate", "immigration",
    "health", "treatment", "recovery", "wellness", "sobriety", "veterans",
    "veteran", "teen", "youth", "dui", "dwi", "tax", "labor", "labour", "crown",
    "coroner", "coroners", "sheriff", "eviction", "tribal", "military",
    "violence", "community", "moot", "kangaroo", "volleyball", "squash",
    "badminton", "pickleball", "racquetball", "handball", "bowling", "swim",
    "swimming", "running", "emergency", "breakdown", "toll", "another", "other",
    NULL};

/* Is the street word i after "to" and a word of moving a street
 * (street_on()): a street, road or avenue (street_only()), or a court,
 * lane, terrace or crescent after a name of none of court_kinds[] ("we
 * moved to larkspur court", not "my case moved to family court")? */
static int
street_to(struct mh_scanner *sc, size_t i)
{
	static const char *const home_ends[] = {"court", "ct", "ln", "terrace",
	    "ter", "crescent", "cres", NULL};

	if (street_only(sc, i))
		return 1;
	return (tok_is(sc, i, KW_LANE) || word_among(sc, i, home_ends)) &&
	    !word_among(sc, i - 2, court_kinds);
}

/* Is the possessive at p someone's home, before "on" and a street
 * (street_on()): a name's just taken or a relation's ("going to maya's
 * on birchwood ct", "at my dad's on harbor road")?  Not "she's" or
 * "it's", which say "is" ("it's on main street"). */
static int
home_poss(struct mh_scanner *sc, size_t p)
{
	const struct mh_scan_span *l = sc->nsp ? &sc->sp[sc->nsp - 1] : NULL;

	if (sc->t[p].kind != T_POSS || p == 0 || sc->t[p - 1].kind != T_WORD)
		return 0;
	return (l && l->type == MH_SCAN_NAME &&
	           l->end == tend(&sc->t[p - 1])) ||
	    (flags(sc, p - 1) & MH_NAMES_REL);
}

/* Is the token at k the word before a street's name that street_on()
 * starts from: "on", "to" or "off"? */
static int
street_prep(const struct mh_scanner *sc, size_t k)
{
	unsigned kw = sc->t[k].kw;

	return kw == KW_ON || kw == KW_TO || kw == KW_OFF;
}

/* A street named without its number, in any case, at the street word i
 * (addr_heads[]): one or two words before it (an ordinal or a word that
 * is no function word, measure or street word), "on" and a word of
 * living there (home_words, am_words); after any "on" a numbered street
 * or an avenue.  Without the cue an idiom or a place of work stays: "on
 * easy street", "works on wall street", "on the main street".  So does
 * a street after "off" or "off of" and a word of living ("we live off
 * birch lane", "off of birch lane") or after "to" and one of moving
 * (home_verbs[]: "he moved to harbor road", "we moved to larkspur
 * court": street_to(); "drove to main street" stays).  Returns the
 * end, and the name's start in *start; or 0. */
static size_t
street_on(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t j = i, p, of = 0;
	int words = 0, num = 0;
	long v;

	/* "on", "to" or "off" two or three words back (tokens i - 4 and
	 * i - 6), by its id (street_prep()), or "off" four ("off of
	 * cherry hill lane", i - 8): most street words have none there,
	 * and are spared the words' flags and lists */
	if (!(i >= 4 &&
	        (street_prep(sc, i - 4) ||
	            (i >= 6 &&
	                (street_prep(sc, i - 6) ||
	                    (i >= 8 && sc->t[i - 8].kw == KW_OFF))))))
		return 0;
	for (;;) {
		if (j < 2 || !tok_gap(sc, j - 1))
			return 0;
		j -= 2;
		if (street_prep(sc, j))
			break;
		/* "we live off of birch lane": "off of" as "off" */
		if (sc->t[j].kw == KW_OF && j >= 2 && tok_gap(sc, j - 1) &&
		    sc->t[j - 2].kw == KW_OFF) {
			j -= 2;
			of = 2;
			break;
		}
		const struct tok *t = &sc->t[j];
		if (words == 2)
			return 0;
		if (t->kind == T_WORD) {
			if (t->contr || t->hyphen ||
			    (fullflags(sc, j) & MH_NAMES_STOP) ||
			    tok_in(sc, j, KW_MEASURE | KW_LOW_STREET) ||
			    word_among(sc, j, not_streets))
				return 0;
		} else if (t->kind != T_ALNUM || !ordinal(sc, j, &v))
			return 0;
		else
			num = 1;
		words++;
	}
	if (words == 0)
		return 0;
	/* a numbered street, or a named avenue or boulevard, is one after
	 * any "on": "the clinic on 12th street", "on grand ave" ("on 5th
	 * grade", "works on wall street", and "on 5th avenue", a famous
	 * one, stay) */
	if (tok_is(sc, j, KW_ON) &&
	    (num ? tok_is(sc, i, KW_STREET) || tok_is(sc, i, KW_ST)
	         : tok_is(sc, i, KW_AVE) || tok_is(sc, i, KW_AVENUE) ||
	                tok_is(sc, i, KW_BLVD) || tok_is(sc, i, KW_BOULEVARD)))
		goto named;
	if (j < 2 || !tok_gap(sc, j - 1))
		return 0;
	p = j - 2;
	if (!tok_is(sc, j, KW_ON)) {
		/* after "to" no court of law: "moved to drug court"
		 * (street_to()) */
		if (tok_is(sc, j, KW_TO)
		        ? !street_to(sc, i) || !word_among(sc, p, home_verbs)
		        : !word_among(sc, p, home_words))
			return 0;
		goto named;
	}
	/* "place" after a word that says where one lives, no street's
	 * name: "i live on campus place", "a house on sale place"; not
	 * "park place", "church place", "college place", which are */
	if (!num && words == 1 && sc->t[j + 2].kind == T_WORD &&
	    (word_eq(sc, i, "place") || word_eq(sc, i, "pl")) &&
	    (word_eq(sc, j + 2, "campus") || word_eq(sc, j + 2, "sale") ||
	        word_eq(sc, j + 2, "edge")))
		return 0;
	if (!(word_among(sc, p, home_words) ||
	        (home_poss(sc, p) && street_to(sc, i)) ||
	        (word_eq(sc, p, "up") && p >= 2 && tok_gap(sc, p - 1) &&
	            word_eq(sc, p - 2, "grew")) ||
	        (word_among(sc, p, am_words) &&
	            (num || tok_is(sc, i, KW_STREET) || tok_is(sc, i, KW_ST) ||
	                tok_is(sc, i, KW_AVENUE) || tok_is(sc, i, KW_AVE))) ||
	        (street_only(sc, i) && word_among(sc, p, shop_words))))
		return 0;
named:
	*start = sc->t[j + 2 + of].s;
	return tend(&sc->t[i]);
}

/* Is the word at k a number word in lower case, "one" to "hundred"?
 * Its first letter before its list: most words are none. */
static int
low_number_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tok_at(sc, k);
	unsigned c = (unsigned char)sc->s[t->s] - 'a';
	size_t len = tend(t) - t->s;

	/* o, t, f, s, e, n and h, as bits; three to nine letters */
	return t->kind == T_WORD && !t->cap && !t->allcap && c < 26 &&
	    ((0xC60B0u >> c) & 1) && len >= 3 && len <= 9 &&
	    number_word(sc, k, NW_ONE, NW_END);
}

/* May the word at n, in lower case, be a word of a street's name
 * spelled_street() reads: no function word, measure, street word or
 * word of not_streets[], and no number word, which says a time before
 * "drive" or "road" as often ("at nine thirty five drive there", "at
 * two thirty road trip")? */
static int
spelled_street_word(struct mh_scanner *sc, size_t n)
{
	const struct tok *t = &sc->t[n];

	return t->kind == T_WORD && !t->cap && !t->allcap && !t->contr &&
	    !t->hyphen && !(fullflags(sc, n) & MH_NAMES_STOP) &&
	    !tok_in(sc, n, KW_MEASURE | KW_LOW_STREET) &&
	    !word_among(sc, n, not_streets) && !low_number_word(sc, n);
}

/* "my address is twelve elm street", "at forty oak road", "we are at
 * two one eight seven kingfisher drive", "i live at forty two elm tree
 * avenue": a house number in words, one or two words of the name, and
 * a street word at i, after "is", "at", "on", a place cue, a ':' or
 * first on its line.  A number of one word is one from two ("there is
 * one main street") before a street word of street_only(); of two to
 * four words, as voice typing writes a house number, before any of
 * low_streets[] but "place" ("at two twenty five place"), with no plural
 * after it ("... main street shops").  A number of a time's shape, an
 * hour and its minutes, is read as one word is, before a street word
 * of street_only() alone: "see you at nine thirty pm drive safe", "meet
 * at two thirty then drive home".  Returns the end, the start in
 * *start; or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
spelled_street(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t h = i - 4, f, p;

	/* all in lower case; a number word first, which most words
	 * before a street's name are not */
	if (i < 4 || sc->t[i].cap || !tok_gap(sc, i - 1) ||
	    !tok_gap(sc, i - 3) || sc->t[i - 2].kind != T_WORD ||
	    sc->t[i - 2].cap || sc->t[i - 2].allcap)
		return 0;
	if (!low_number_word(sc, h)) {
		/* a name of two words */
		if (h < 2 || !tok_gap(sc, h - 1) ||
		    !low_number_word(sc, h - 2) || !spelled_street_word(sc, h))
			return 0;
		h -= 2;
	}
	if (!spelled_street_word(sc, i - 2))
		return 0;
	for (f = h; f >= 2 && h - f < 6 && tok_gap(sc, f - 1) &&
	     low_number_word(sc, f - 2);)
		f -= 2;
	if ((f == h ||
	        (number_word(sc, f, NW_ONE, NW_THIRTEEN) &&
	            number_word(sc, f + 2, NW_TEN, NW_SIXTY))) &&
	    !street_only(sc, i))
		return 0;
	if (f == h ? !number_word(sc, h, NW_TWO, NW_END)
	           : word_eq(sc, i, "place") || word_eq(sc, i, "pl") ||
	            plural_after(sc, i))
		return 0;
	p = prev_tok(sc, f);
	if (!(p == SIZE_MAX || sc->t[f - 1].nl || tok_punct(sc, p, ':') ||
	        (p + 2 == f && sc->t[p].kind == T_WORD &&
	            (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_AT) ||
	                tok_is(sc, p, KW_ON) ||
	                (flags(sc, p) & MH_NAMES_PLACECUE)))))
		return 0;
	*start = sc->t[f].s;
	return tend(&sc->t[i]);
}

/* "Box 77" without its "PO", written as an address is: a capital B and
 * a number of up to six digits, first on its line or after "to" or
 * "at" ("mail it to Box 77"), and the line or clause ending after it
 * ("Box 77, Springfield").  "box 77 of the archive", "in box 3", "Box 3
 * was ticked" stay.  The end, the start in *start; or 0. */
static size_t
box_alone(struct mh_scanner *sc, size_t i, size_t *start)
{
	const struct tok *n = tk(sc, i + 2), *a = tk(sc, i + 3),
	                 *b = tok_at(sc, i - 1);
	size_t p = prev_tok(sc, i);

	if (!sc->t[i].cap || !tok_gap(sc, i + 1) || n == NULL ||
	    n->kind != T_NUM || n->ndigit > 6 ||
	    !(a == NULL || a->nl ||
	        (a->kind == T_PUNCT && a->mark != 0 &&
	            strchr(".,;!?)", a->mark) != NULL)))
		return 0;
	if (p != SIZE_MAX && !(b->kind == T_SPACE && b->nl) &&
	    !tok_is(sc, p, KW_TO) && !tok_is(sc, p, KW_AT))
		return 0;
	*start = sc->t[i].s;
	return tend(n);
}

/* "po box 77", "p.o.box 77", "my PO box is 77", "p.o. box 1234": a post
 * office box in any case, from its "po" or "p.o." before "box" at i,
 * with or without a blank, to the number, which may come after "is" or
 * "number".  ("PO Box 77" is found from "PO" too, po_box(); "box 7"
 * alone, "I ticked box 7", stays.)  Returns the end, and the start in
 * *start; or 0. */
static size_t
box_back(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t k = tok_gap(sc, i - 1) ? i - 2 : i - 1, j, e;

	if (i < 2 || k >= i)
		return box_alone(sc, i, start);
	if (tok_is(sc, k, KW_PO))
		*start = sc->t[k].s;
	else if (k >= 2 && tok_punct(sc, k, '.') && tok_is(sc, k - 1, KW_O) &&
	    tok_punct(sc, k - 2, '.') && k >= 3 && tok_is(sc, k - 3, KW_P))
		*start = sc->t[k - 3].s;
	else if (k >= 2 && tok_is(sc, k, KW_O) && tok_punct(sc, k - 1, '.') &&
	    tok_is(sc, k - 2, KW_P))
		*start = sc->t[k - 2].s;
	else
		return box_alone(sc, i, start);
	if ((e = units_after(sc, i)) != 0)
		return e;
	j = i + 2;
	if (!tok_gap(sc, i + 1) ||
	    !(tok_is(sc, j, KW_IS) || word_eq(sc, j, "number")) ||
	    !tok_gap(sc, j + 1) || !tk(sc, j + 2) ||
	    (sc->t[j + 2].kind != T_NUM && sc->t[j + 2].kind != T_ALNUM))
		return 0;
	return tend(&sc->t[j + 2]);
}

/* Where a room, bed, lot or unit is one a person stays in: "room 214 of
 * the psych ward", "lot 14 at the trailer park", "unit 12 at the
 * complex".  Not "building", where meetings are, nor "clinic", whose
 * rooms are a visit's ("they put me in room 12 at the clinic"): one
 * there is the speaker's only after a word of staying ("I'm in room 12
 * at the clinic"). */
static const char *const stay_places[] = {"ward", "hospital", "unit", "icu",
    "facility", "shelter", "motel", "hotel", "dorm", "complex", "park",
    "apartments", NULL};
/* The words before "in", "at" or "on" that put the speaker in the room:
 * "I'm in room 214", "I live in a trailer at lot 14"; before "in", in
 * a town (proper_town_cue(): "we're staying in Cebu"). */
static const char *const stay_words[] = {"am", "trailer", "stuck", "staying",
    "stay", "stayed", "admitted", NULL};

/* Is the word at k one of being or staying somewhere (am_words[],
 * stay_words[]), after which "in" puts the writer in a place: "i'm in",
 * "stuck in", "staying in"? */
static int
in_stay_word(struct mh_scanner *sc, size_t k)
{
	return word_among(sc, k, am_words) || word_among(sc, k, stay_words);
}

/* A room, bed, lot, ward or unit at i and its number, where someone
 * stays: a place of stay_places[] after it ("bed 4 on ward 7", "i'm in
 * unit 12 at the complex"), or the clause's end after it and the
 * speaker in it before ("I'm in room 214", "I live in a trailer at lot
 * 14"; a unit only after a word of living, "I'm in unit 3" may be a
 * course's).  "the meeting is in room 214", "we covered unit 12 in
 * class", "I stayed in bed 2 days" stay.
 * Returns the end (past "ward 7" after "on"), the start in *start; or
 * 0. */
static size_t
stay_unit(struct mh_scanner *sc, size_t i, size_t *start)
{
	const struct tok *n = tk(sc, i + 2);
	size_t e, m, p;

	if (!tok_gap(sc, i + 1) || n == NULL ||
	    (n->kind != T_NUM && n->kind != T_ALNUM) || n->ndigit == 0 ||
	    n->ndigit > 4 || n->nletter > 1)
		return 0;
	*start = sc->t[i].s;
	e = tend(n);
	m = i + 3;
	/* "of the psych ward", "on ward 7", "at the trailer park"; else
	 * the clause ends after the number, not "in bed 2 days" */
	if (tok_gap(sc, m) &&
	    (tok_is(sc, m + 1, KW_OF) || tok_is(sc, m + 1, KW_ON) ||
	        tok_is(sc, m + 1, KW_AT) || tok_is(sc, m + 1, KW_IN))) {
		m += 2;
		for (int w = 0; w < 3 && tok_gap(sc, m) && tk(sc, m + 1) &&
		     sc->t[m + 1].kind == T_WORD;
		     w++, m += 2)
			if (word_among(sc, m + 1, stay_places)) {
				if (tok_gap(sc, m + 2) && tk(sc, m + 3) &&
				    sc->t[m + 3].kind == T_NUM)
					return tend(&sc->t[m + 3]);
				return e;
			}
	} else if (!day_clause_end(sc, i + 2))
		return 0;
	p = prev_word(sc, i);
	if (p == SIZE_MAX ||
	    !(tok_is(sc, p, KW_IN) || tok_is(sc, p, KW_AT) ||
	        tok_is(sc, p, KW_ON)))
		return 0;
	p = prev_word(sc, p);
	/* a cabin or bunk is slept in: "we were in cabin 12" */
	if (p != SIZE_MAX &&
	    (tok_is(sc, p, KW_WAS) || word_eq(sc, p, "were")) &&
	    (word_eq(sc, i, "cabin") || word_eq(sc, i, "bunk")))
		return e;
	if (p != SIZE_MAX && tok_is(sc, i, KW_UNIT))
		return tok_in(sc, p, KW_TOWN_VERB) ? e
		                                   : 0; /* "live in unit 5" */
	return p != SIZE_MAX &&
	        (in_stay_word(sc, p) || tok_in(sc, p, KW_TOWN_VERB))
	    ? e
	    : 0;
}

/* "my apartment is 4B", "our apt is 12", "my unit's 3F", "my flat is
 * 5c": a flat's number after a possessive, the flat's word and is or
 * 's.  A number and one letter ("2x" is a measure), or a bare number
 * that ends the clause ("my apartment is 2 floors up" stays) but after
 * "unit", which a course has ("my unit is 3").  The number's end, its
 * start in *start; or 0. */
static size_t
flat_is(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t p = prev_word(sc, i), j = i + 1;
	const struct tok *n;

	if (p == SIZE_MAX || p + 2 != i || !tok_in(sc, p, KW_POSS_DET))
		return 0;
	if (tk(sc, j) && sc->t[j].kind == T_POSS)
		j++;
	else if (tok_gap(sc, j) && tok_is(sc, j + 1, KW_IS))
		j += 2;
	else
		return 0;
	if (!tok_gap(sc, j) || (n = tk(sc, j + 1)) == NULL || n->ndigit == 0 ||
	    n->ndigit > 4)
		return 0;
	if (n->kind == T_ALNUM) {
		if (n->nletter != 1 || !isdig(sc->s[n->s]) ||
		    (sc->s[tend(n) - 1] | 0x20) == 'x')
			return 0;
	} else if (n->kind != T_NUM || tok_is(sc, i, KW_UNIT) ||
	    !day_clause_end(sc, j + 1))
		return 0;
	*start = n->s;
	return tend(n);
}

/* "i live in 5c", "we're staying in 12B": a flat's number alone after
 * a word of living and "in", and the clause's end ("i work in 3d", "in
 * 5th grade" stay).  The end byte or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
flat_alone(struct mh_scanner *sc, size_t i)
{
	static const char *const lives[] = {"live", "lives", "lived", "living",
	    "stay", "stays", "stayed", "staying", NULL};
	const struct tok *t = &sc->t[i];
	size_t p, q;

	if (t->nletter != 1 || t->ndigit > 4 || !isdig(sc->s[t->s]) ||
	    (p = prev_word(sc, i)) == SIZE_MAX || p + 2 != i ||
	    !tok_is(sc, p, KW_IN) || (q = prev_word(sc, p)) == SIZE_MAX ||
	    q + 2 != p || !word_among(sc, q, lives) || !day_clause_end(sc, i))
		return 0;
	return tend(t);
}

/* Is the word at i a British flat's "Flat" before its number, a ','
 * and the house number of its street: "Flat 3, 41 Gorse Lane"?  The
 * house number and the capital of its street's name say so, where
 * "Flat 3 hours of nothing" and "Flat 3, 4 days later" have none. */
static int
flat_before_house(struct mh_scanner *sc, size_t i)
{
	size_t e, k;

	if (!word_eq(sc, i, "flat") || (e = unit_after(sc, i)) == 0)
		return 0;
	k = tok_from(sc, i, e);
	return tok_punct(sc, k, ',') && tok_gap(sc, k + 1) && tk(sc, k + 2) &&
	    sc->t[k + 2].kind == T_NUM && tok_gap(sc, k + 3) &&
	    cap_word(sc, k + 4);
}

/* The addresses low_address() finds at a word of addr_heads[]: a street
 * named after "on", "to" or "off" (street_on()), a post office box
 * (box_back()), or a flat's number after "apt" in lower case ("apt.
 * 4c", "I'm in apt 5B"; "Apt" is found where capitals are,
 * word_rules()).  Returns the end, and the start in *start; or 0. */
static size_t
low_address(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t e;

	if (tok_is(sc, i, KW_BOX))
		return box_back(sc, i, start);
	if (tok_in(sc, i, KW_UNIT_WORD) &&
	    (tok_is(sc, i, KW_APT) || tok_is(sc, i, KW_APARTMENT) ||
	        tok_is(sc, i, KW_UNIT) || tok_is(sc, i, KW_SUITE) ||
	        word_eq(sc, i, "flat")) &&
	    (e = flat_is(sc, i, start)) != 0)
		return e;
	if (!tok_in(sc, i, KW_LOW_STREET) && !tok_is(sc, i, KW_APT) &&
	    !tok_is(sc, i, KW_SUITE))
		return stay_unit(sc, i, start);
	/* "suite 210" as "apt 4c", with a digit: "the suite a friend
	 * booked" stays */
	if (tok_is(sc, i, KW_SUITE)) {
		if (sc->t[i].cap || sc->t[i].allcap ||
		    (i >= 2 &&
		        (sc->t[i - 2].kw == KW_A ||
		            sc->t[i - 2].kw == KW_AN)) ||
		    (e = units_after(sc, i)) == 0 ||
		    !(isdig(sc->s[e - 1]) || isdig(sc->s[e - 2])))
			return 0;
		*start = sc->t[i].s;
		return e;
	}
	if (tok_is(sc, i, KW_APT)) {
		/* "an apt 5 word summary": the adjective */
		if (sc->t[i].cap || sc->t[i].allcap ||
		    (i >= 2 &&
		        (sc->t[i - 2].kw == KW_A ||
		            sc->t[i - 2].kw == KW_AN)) ||
		    (e = units_after(sc, i)) == 0)
			return 0;
		*start = sc->t[i].s;
		return e;
	}
	if ((e = street_on(sc, i, start)) != 0)
		return e;
	return spelled_street(sc, i, start);
}

/* Inline in its five callers: the walk asks it of most numbers, whose
 * one or two digits cost less than the call. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
ordinal(struct mh_scanner *sc, size_t i, long *v)
{
	struct tok *t = tk(sc, i);
	size_t k;
	long x = 0;

	if (t == NULL)
		return 0;
	if (t->kind == T_NUM) {
		/* one or two digits, read here: most numbers asked are
		 * longer, and no caller reads *v when the answer is no */
		if (tend(t) - t->s > 2)
			return 0;
		x = sc->s[t->s] - '0';
		if (tend(t) - t->s == 2)
			x = x * 10 + (sc->s[t->s + 1] - '0');
		*v = x;
		return 1;
	}
	if (t->kind != T_ALNUM || t->ndigit > 2 || t->nletter != 2)
		return 0;
	for (k = t->s; k < tend(t) && isdig(sc->s[k]); k++)
		x = x * 10 + (sc->s[k] - '0');
	if (k == t->s || tend(t) - k != 2)
		return 0;
	if (!(eqw(sc->s + k, 2, "st") || eqw(sc->s + k, 2, "nd") ||
	        eqw(sc->s + k, 2, "rd") || eqw(sc->s + k, 2, "th")))
		return 0;
	*v = x;
	return 1;
}

static int
is_year(struct mh_scanner *sc, size_t i)
{
	long v;

	return num_val(sc, i, &v) == 4 && v >= 1800 && v <= 2199;
}

static int date_prep_before(struct mh_scanner *sc, size_t i, int the_ok);

/* The other end of a range of days after the day at token j: "3-5",
 * "3rd-5th", "3rd and 4th", "3 to 5": the last token of the range's
 * second day (1 to 31), or j for none. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
day_range_end(struct mh_scanner *sc, size_t j)
{
	long d;

	if (tok_punct(sc, j + 1, '-') && ordinal(sc, j + 2, &d) && d >= 1 &&
	    d <= 31)
		return j + 2;
	if (tok_gap(sc, j + 1) &&
	    (tok_is(sc, j + 2, KW_TO) || tok_is(sc, j + 2, KW_AND)) &&
	    tok_gap(sc, j + 3) && ordinal(sc, j + 4, &d) && d >= 1 && d <= 31 &&
	    /* "March 3 and 4 others": the second number of no noun */
	    !(tok_gap(sc, j + 5) && tk(sc, j + 6) &&
	        sc->t[j + 6].kind == T_WORD &&
	        !tok_in(sc, j + 6, KW_CLAUSE_START) &&
	        !(fullflags(sc, j + 6) & MH_NAMES_STOP) &&
	        !(flags(sc, j + 6) & MH_NAMES_MONTH)))
		return j + 4;
	return j;
}

/* Does a clause end after token k, or a word that starts one or a
 * finite verb follow it ("march 3 was hard", "away march 3-5.")? */
static int
day_clause_end(struct mh_scanner *sc, size_t k)
{
	const struct tok *a = tk(sc, k + 1);

	if (a == NULL || a->nl)
		return 1;
	if (a->kind == T_PUNCT)
		return a->mark != 0 && strchr(".,!?;:)", a->mark) != NULL;
	return tok_gap(sc, k + 1) &&
	    (!tk(sc, k + 2) || tok_in(sc, k + 2, KW_CLAUSE_START | KW_FINITE) ||
	        tok_punct(sc, k + 2, '-'));
}

static size_t holiday_at(struct mh_scanner *sc, size_t i);

/* Is the month or feast at i the month or day of a birth, a date of
 * birth's element: "born in March", "born on Christmas", "my birthday
 * is in May", "my birthday's in June", "bday was on Christmas Eve"?
 * The word before, past one "in" or "on" and one "is", "was" or
 * "'s", is "born", "birthday" or "bday".  "in March I felt better" and
 * the year alone ("born in 1990") stay. */
static int
birth_before(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);
	int prep = 0, verb = 0;

	if (tok_is(sc, p, KW_IN) || tok_is(sc, p, KW_ON)) {
		prep = 1;
		p = prev_tok(sc, p);
	}
	if (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)) {
		verb = 1;
		p = prev_tok(sc, p);
	} else if (tok_at(sc, p)->kind == T_POSS) {
		verb = 1; /* "birthday's" */
		p--;
	}
	return (prep || verb) &&
	    (word_eq(sc, p, "born") || word_eq(sc, p, "birthday") ||
	        word_eq(sc, p, "bday"));
}

/* The token after the holiday or feast at i, given h, holiday_at()'s
 * answer: h, or the feast and its "Day" ("Christmas Day"), or the
 * feast alone; 0 for none.  feast_anniversary() has h already. */
static size_t
feast_day(struct mh_scanner *sc, size_t i, size_t h)
{
	if (h == 0 && tok_in(sc, i, KW_FEAST))
		h = tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_DAY) ? i + 3
		                                                    : i + 1;
	return h;
}

/* feast_day() of the holiday or feast at i. */
static size_t
feast_end(struct mh_scanner *sc, size_t i)
{
	return feast_day(sc, i, holiday_at(sc, i));
}

/* Is the feast at i the day of a death, a wedding or a meeting: "he
 * died on Boxing Day", "she passed away on Christmas Eve", "we married
 * on Valentine's Day"?  "on" right before, and one of those words before
 * it ("away" after "passed").  "we met at Christmas", "on Christmas I
 * cried" stay: a feast alone is no one's date. */
static int
event_on_before(struct mh_scanner *sc, size_t i)
{
	static const char *const events[] = {"died", "passed", "away",
	    "married", "met", "divorced", NULL};
	size_t p = prev_tok(sc, i);

	return tok_is(sc, p, KW_ON) && word_among(sc, prev_tok(sc, p), events);
}

/* Is the word before the month at i "it's", "its", "is", "was" or
 * "today", which no verb "march" or "may" follows: "no wait it's march
 * 4 already", "today is may 2 right" ("we march 4 miles" stays)? */
static int
copula_before(struct mh_scanner *sc, size_t i)
{
	static const char *const ws[] = {"its", "is", "was", "today", NULL};
	size_t p = prev_tok(sc, i);

	if (p == SIZE_MAX || p + 2 != i)
		return 0;
	if (sc->t[p].kind == T_POSS)
		return p >= 1 && word_eq(sc, p - 1, "it");
	return word_among(sc, p, ws);
}

/* Month name at i: "April 12, 2023", "Feb 21", "May 30th, 2022",
 * "April 2023", "march 1990", "March the 14th", "March 3-5", "March 3rd
 * and 4th".  Returns the end byte or 0. */
static size_t
match_month_date(struct mh_scanner *sc, size_t i)
{
	size_t j = i + 1;
	long d;
	/* a lower-case may or march, also a verb */
	int verbish = (sc->t[i].kw == KW_MAY || sc->t[i].kw == KW_MARCH) &&
	    !sc->t[i].cap && !sc->t[i].allcap;

	/* "we march 3 miles", "i may 3 times": a lower-case may or march
	 * right after its subject is the verb */
	if (verbish && i >= 2 && tok_gap(sc, i - 1) &&
	    tok_in(sc, i - 2, KW_VERB_NEXT))
		return 0;
	if (tok_punct(sc, j, '.'))
		j++;
	if (!tok_gap(sc, j))
		return 0;
	j++;
	/* "March the 14th": a day with its letters after "the"; a
	 * lower-case may or march after a date's preposition, or as a
	 * birthday ("my birthday is march the 14th") */
	if (tok_is(sc, j, KW_THE) && tok_gap(sc, j + 1) && tk(sc, j + 2) &&
	    sc->t[j + 2].kind == T_ALNUM && ordinal(sc, j + 2, &d) &&
	    (!verbish || date_prep_before(sc, i, 0) || birth_before(sc, i)))
		j += 2;
	if (ordinal(sc, j, &d) && d >= 1 && d <= 31 &&
	    !(tk(sc, j + 1) &&
	        (tok_punct(sc, j + 1, ':') || tok_punct(sc, j + 1, '%')))) {
		size_t l = tok_punct(sc, j + 1, '-') ||
		        (tok_gap(sc, j + 1) &&
		            (tok_is(sc, j + 2, KW_TO) ||
		                tok_is(sc, j + 2, KW_AND)))
		    ? day_range_end(sc, j)
		    : j;
		size_t k = l + 1;
		size_t end = tend(&sc->t[l]);
		int year = 0;
		if (tok_punct(sc, k, ','))
			k++;
		if (tok_gap(sc, k) && is_year(sc, k + 1))
			end = tend(&sc->t[k + 1]), year = 1;
		else if (tok_gap(sc, k) && tk(sc, k + 2) &&
		    apos((const unsigned char *)sc->s, sc->n, sc->t[k + 1].s) &&
		    sc->t[k + 2].kind == T_NUM && sc->t[k + 2].ndigit == 2)
			end = tend(&sc->t[k + 2]), year = 1; /* "Aug 10, '23" */
		/* "the march 2 the sea": a lower-case may or march and a
		 * bare number are a date after a date's preposition, with
		 * a year, or before the end of a clause */
		if (verbish && !year && sc->t[j].kind == T_NUM &&
		    !date_prep_before(sc, i, 0) && !day_clause_end(sc, l) &&
		    !copula_before(sc, i))
			return 0;
		return end;
	}
	if (is_year(sc, j))
		return tend(&sc->t[j]); /* "April 2023", "born in march 1990" */
	/* "in March of 2019", as an older writer puts it (not a count of
	 * those who march with no "in" or date's preposition before, "the
	 * March of 2000 women": plural_after(); "in March of 2019 things
	 * fell apart" is one) */
	if (tok_is(sc, j, KW_OF) && tok_gap(sc, j + 1) && is_year(sc, j + 2) &&
	    !(plural_after(sc, j + 2) && !date_prep_before(sc, i, 0) &&
	        !(i >= 2 && tok_gap(sc, i - 1) && tok_is(sc, i - 2, KW_IN))))
		return tend(&sc->t[j + 2]);
	/* "Sept '22", "in sept '22": a month and a year cut short */
	if (tk(sc, j + 1) &&
	    apos((const unsigned char *)sc->s, sc->n, sc->t[j].s) &&
	    tend(&sc->t[j]) == sc->t[j + 1].s && sc->t[j + 1].kind == T_NUM &&
	    sc->t[j + 1].ndigit == 2)
		return tend(&sc->t[j + 1]);
	return 0;
}

/* A day of the month as an ordinal word at i ("twelfth", "twenty-first",
 * "twenty first"): the token after the day's last word, or 0. */
static size_t
ord_day_end(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = tk(sc, i);

	if (t == NULL || t->kind != T_WORD)
		return 0;
	if (tok_in(sc, i, KW_ORD_DAY))
		return i + 1;
	if (tok_in(sc, i, KW_TENS) && tok_gap(sc, i + 1) &&
	    tok_in(sc, i + 2, KW_ORD_DAY) &&
	    tend(&sc->t[i + 2]) - sc->t[i + 2].s <= 7)
		return i + 3; /* "first" to "ninth" ("seventh" is 7) */
	return 0;
}

/* A year said in words from token k, as voice typing writes it:
 * "nineteen ninety eight", "twenty twenty one", "nineteen oh five",
 * "two thousand and nine", "two thousand twenty three", and "two
 * thousand" where the clause ends ("two thousand people" is a count).
 * The token after its last word, or 0. */
static size_t
said_year_words(struct mh_scanner *sc, size_t k)
{
	size_t n = k + 2;

	if (!tok_gap(sc, k + 1))
		return 0;
	if (word_eq(sc, k, "nineteen") || word_eq(sc, k, "twenty")) {
		if (number_word(sc, n, NW_TEN, NW_HUNDRED))
			/* "nineteen ninety" and its unit, "... eight" */
			return number_word(sc, n, NW_TWENTY, NW_HUNDRED) &&
			        tok_gap(sc, n + 1) &&
			        number_word(sc, n + 2, NW_ONE, NW_TEN)
			    ? n + 3
			    : n + 1;
		return word_eq(sc, n, "oh") && tok_gap(sc, n + 1) &&
		        number_word(sc, n + 2, NW_ONE, NW_TEN)
		    ? n + 3
		    : 0;
	}
	if (!word_eq(sc, k, "two") || !word_eq(sc, n, "thousand"))
		return 0;
	if (!tok_gap(sc, n + 1) || !tk(sc, n + 2))
		return n + 1;
	k = n + 2;
	if (word_eq(sc, k, "and") && tok_gap(sc, k + 1))
		k += 2;
	if (number_word(sc, k, NW_ONE, NW_TWENTY))
		return k + 1;
	if (number_word(sc, k, NW_TWENTY, NW_HUNDRED))
		return tok_gap(sc, k + 1) &&
		        number_word(sc, k + 2, NW_ONE, NW_TEN)
		    ? k + 3
		    : k + 1;
	return k == n + 2 && day_clause_end(sc, n) ? n + 1 : 0;
}

/* said_year_words() where no number word follows: "by the first of
 * june two thousand five hundred words" is a count that goes on.
 * Asked after a date only (spelled_date()). */
static size_t
said_year(struct mh_scanner *sc, size_t k)
{
	size_t e = said_year_words(sc, k);

	return e != 0 && tok_gap(sc, e) &&
	        (low_number_word(sc, e + 1) || word_eq(sc, e + 1, "thousand"))
	    ? 0
	    : e;
}

/* The start of a date's first day before "to" or "and" and the day at
 * d of a date said in words: "from the second to the ninth of may",
 * "between the first and the third of june" (the day alone, "the
 * second", is a date's word of no date elsewhere).  The first day's
 * first token, or d. */
static size_t
range_day_start(struct mh_scanner *sc, size_t d)
{
	size_t p = prev_word(sc, d), q, f;

	if (p == SIZE_MAX || p + 2 != d || !tok_is(sc, p, KW_THE) ||
	    (q = prev_word(sc, p)) == SIZE_MAX || q + 2 != p ||
	    !(tok_is(sc, q, KW_TO) || tok_is(sc, q, KW_AND) ||
	        word_eq(sc, q, "until") || word_eq(sc, q, "till") ||
	        word_eq(sc, q, "through")) ||
	    (f = prev_word(sc, q)) == SIZE_MAX || f + 2 != q ||
	    !tok_in(sc, f, KW_ORD_DAY))
		return d;
	if (f >= 2 && tok_gap(sc, f - 1) && ord_day_end(sc, f - 2) == q - 1)
		f -= 2; /* "the twenty first to the ..." */
	p = prev_word(sc, f);
	return p != SIZE_MAX && p + 2 == f && tok_is(sc, p, KW_THE) ? f : d;
}

/* Is the word right before token i (one blank between) a date's
 * preposition, "on", "by", "since" ... ("on march third", "on 12 may"),
 * also before "the" when the_ok ("on the 5th may")?  Where a lower-case
 * may or march, verbs too, is a month (spelled_date(), day_month()). */
static int
date_prep_before(struct mh_scanner *sc, size_t i, int the_ok)
{
	size_t p = prev_word(sc, i);

	if (the_ok && p != SIZE_MAX && p + 2 == i && tok_is(sc, p, KW_THE)) {
		i = p;
		p = prev_word(sc, p);
	}
	return p != SIZE_MAX && p + 2 == i && tok_in(sc, p, KW_DATE_PREP);
}

/* A date with its day in words, at the month i: "the twelfth of may",
 * "the twenty first of April 2021" (the span starts at the day, before
 * i: *start), "June third", "March the second".  "of" makes a month of
 * a lower-case "may" or "march"; written first, those two must have a
 * capital or a date's preposition before them ("on march third"; "I
 * may first ask", "we march second" are verbs).  Returns the end byte
 * or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
spelled_date(struct mh_scanner *sc, size_t i, size_t *start)
{
	const struct tok *t = &sc->t[i];
	size_t p = prev_word(sc, i), q, j, k, end;

	if (p != SIZE_MAX && p + 2 == i && tok_is(sc, p, KW_OF) &&
	    tok_gap(sc, p - 1) && (q = prev_word(sc, p)) != SIZE_MAX &&
	    q + 2 == p) {
		/* the day's first word: one word, or "twenty first" */
		size_t d = q;
		if (!tok_in(sc, q, KW_ORD_DAY))
			return 0;
		if (q >= 2 && tok_gap(sc, q - 1) &&
		    ord_day_end(sc, q - 2) == p - 1)
			d = q - 2;
		/* "the first of may be the hardest": a lower-case "may"
		 * before a word that starts no clause is the verb's */
		if (!t->cap && t->kw == KW_MAY && tok_gap(sc, i + 1) &&
		    tk(sc, i + 2) && sc->t[i + 2].kind == T_WORD &&
		    !tok_in(sc, i + 2, KW_CLAUSE_START) &&
		    !(fullflags(sc, i + 2) & MH_NAMES_STOP))
			return 0;
		/* "the fourth of July" is the holiday, which is kept */
		if (d == q && tok_is(sc, q, KW_FOURTH) && t->kw == KW_JULY)
			return 0;
		/* "one third of march", "a fifth of may's pay": a part */
		q = prev_word(sc, d);
		if ((q != SIZE_MAX && q + 2 == d &&
		        tok_in2(sc, q, KW2_PART_LEAD)) ||
		    (tk(sc, i + 1) && sc->t[i + 1].kind == T_POSS))
			return 0;
		*start = sc->t[range_day_start(sc, d)].s;
		end = tend(t);
	} else {
		j = i + 1;
		/* "on march third", "march fourteenth", "march the
		 * fourteenth", but not "I may first ask", "we march second",
		 * "they march third", "march the first mile", "may the
		 * fourth be with you" */
		if (!t->cap && (t->kw == KW_MAY || t->kw == KW_MARCH) &&
		    !date_prep_before(sc, i, 0) &&
		    ((i >= 2 && tok_in(sc, i - 2, KW_VERB_NEXT)) ||
		        word_eq(sc, i + 2, "first") ||
		        word_eq(sc, i + 2, "second") ||
		        (tok_is(sc, i + 2, KW_THE) &&
		            !(t->kw == KW_MARCH && tok_gap(sc, i + 3) &&
		                tok_in(sc, i + 4, KW_ORD_DAY) &&
		                !word_eq(sc, i + 4, "first") &&
		                !word_eq(sc, i + 4, "second") &&
		                !word_eq(sc, i + 4, "third")))))
			return 0;
		if (!tok_gap(sc, j))
			return 0;
		j++;
		if (tok_is(sc, j, KW_THE) && tok_gap(sc, j + 1))
			j += 2;
		if ((k = ord_day_end(sc, j)) == 0)
			return 0;
		/* the day ends a clause: "June third, when", not "In March
		 * the second semester started", "June second guessed"; or
		 * its year comes after it, "may the fifth nineteen ninety" */
		if (tok_gap(sc, k) && tk(sc, k + 1) &&
		    sc->t[k + 1].kind == T_WORD &&
		    !tok_in(sc, k + 1, KW_CLAUSE_START) &&
		    !(fullflags(sc, k + 1) & MH_NAMES_STOP) &&
		    !said_year(sc, k + 1))
			return 0;
		*start = t->s;
		end = tend(&sc->t[k - 1]);
		i = k - 1;
	}
	/* and its year: ", 2021", " 2021", " two thousand and nine" */
	k = i + 1;
	if (tok_punct(sc, k, ','))
		k++;
	if (tok_gap(sc, k) && is_year(sc, k + 1))
		end = tend(&sc->t[k + 1]);
	else if (tok_gap(sc, k) && (j = said_year(sc, k + 1)) != 0)
		end = tend(&sc->t[j - 1]);
	return end;
}

static size_t day_month(struct mh_scanner *sc, size_t i);

/* Does the line end after token k, past at most one '.', '!' or '?'? */
static int
line_end_after(struct mh_scanner *sc, size_t k)
{
	const struct tok *a = tk(sc, k + 1);

	if (a != NULL && a->kind == T_PUNCT && a->mark != 0 &&
	    strchr(".!?", a->mark) != NULL)
		a = tk(sc, k + 2);
	return a == NULL || (a->kind == T_SPACE && a->nl);
}

/* The days near now said before "the" and a day, which is theirs:
 * "tmrw the 5th", "today the 14th" ("plead the 5th" stays; bare_day()). */
static const char *const near_days[] = {"tomorrow", "tmrw", "tmr", "today",
    "tonight", "yesterday", NULL};

/* Are the words from n "instead of" or "rather than", a day set against
 * another ("on the 26th instead of the 30th")? */
static int
day_instead(struct mh_scanner *sc, size_t n)
{
	return n != SIZE_MAX && tok_gap(sc, n + 1) &&
	    ((word_eq(sc, n, "instead") && tok_is(sc, n + 2, KW_OF)) ||
	        (word_eq(sc, n, "rather") && word_eq(sc, n + 2, "than")));
}

/* The words before "the" and a day at i that date it, beyond
 * bare_day()'s own, at the word q before "the": a meeting one keeps
 * and is or was ("Next session is the 28th"); a weekday and last or
 * next ("Thursday last, the 6th"); a start or an end ("the job starts
 * the 2nd"); "for" where the day ends the sentence ("Entry for the
 * 21st.", not "for the 1st time", "for the 2nd, thanks"); the second
 * day of "instead of", "rather than", after a date taken ("the 26th
 * instead of the 30th").  Not before "I" or "in", where the day is a
 * count ("the session was the 3rd I missed", "my exam was the 2nd in a
 * row"); nor after "for" a first, second or third, a rank's or a
 * prize's ("go for the 2nd!", "rooting for the 3rd."). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
day_lead_more(struct mh_scanner *sc, size_t q, size_t i)
{
	static const char *const meets[] = {"session", "meeting", "visit",
	    "review", "interview", "exam", "deadline", "assessment", NULL};
	static const char *const bounds[] = {"starts", "start", "started",
	    "begins", "begin", "began", "ends", "ended", NULL};
	size_t v = prev_word(sc, q), n = next_word(sc, i);
	const struct tok *a;

	if (n != SIZE_MAX && (tok_is(sc, n, KW_I) || tok_is(sc, n, KW_IN)))
		return 0;
	if (tok_is(sc, q, KW_IS) || tok_is(sc, q, KW_WAS))
		return word_among(sc, v, meets);
	if (tok_is(sc, q, KW_LAST) || tok_is(sc, q, KW_NEXT))
		return v != SIZE_MAX && (flags(sc, v) & MH_NAMES_WEEKDAY) != 0;
	if (word_among(sc, q, bounds))
		return 1;
	if (tok_is(sc, q, KW_FOR)) {
		const char *d = sc->s + sc->t[i].s;
		if (sc->t[i].kind == T_ALNUM && d[0] >= '1' && d[0] <= '3' &&
		    !isdig((unsigned char)d[1]))
			return 0;
		a = tk(sc, i + 1);
		return a == NULL || (a->kind == T_SPACE && a->nl) ||
		    (a->kind == T_PUNCT && a->mark != 0 &&
		        strchr(".!?", a->mark) != NULL);
	}
	if (!(tok_is(sc, q, KW_OF) || word_eq(sc, q, "than")) ||
	    !day_instead(sc, v) || sc->nsp == 0 ||
	    sc->sp[sc->nsp - 1].type != MH_SCAN_DATE)
		return 0;
	return v >= 1 && tok_gap(sc, v - 1) &&
	    sc->sp[sc->nsp - 1].end == sc->t[v - 1].s;
}

/* "until the 28th", "on Friday the 14th.", "moved to the 21st": a day
 * of the month on its own (an element of a date), after "the" and a
 * word that dates it, "to" (no date word of date_preps: "rose to
 * 7/10" is a rating) or "due" ("rent is due the 30th": "pain due 8/10"
 * is a rating too) or a day near now ("tmrw the 5th"), after "the"
 * and a date word or a day one keeps (appt_words[]) and is or was ("my
 * birthday is the 14th", "my birthday's the 14th", "the hearing is the
 * 9th"), or after a weekday
 * or "on" alone ("Friday 14th", "on tues 5th", "on 14th"); and before
 * the end of the clause or a word that starts another, or "of this
 * month".  "(the 5th)" set off is one too.  "on the 3rd floor", "the
 * 14th century", "my 14th attempt" are no dates. */
static int
bare_day(struct mh_scanner *sc, size_t i)
{
	size_t p, q, n;

	if ((sc->t[i].kind != T_ALNUM && !tok_in(sc, i, KW_ORD_HIGH)) ||
	    (p = prev_word(sc, i)) == SIZE_MAX || p + 2 != i)
		return 0;
	if (!tok_is(sc, p, KW_THE)) {
		/* a weekday of three letters in lower case may be a verb or
		 * a word: "I sat 5th." */
		if (!((flags(sc, p) & MH_NAMES_WEEKDAY) &&
		        (sc->t[p].cap || tend(&sc->t[p]) - sc->t[p].s > 3)) &&
		    !tok_is(sc, p, KW_ON))
			return 0;
	} else if ((q = prev_tok(sc, p)) != SIZE_MAX && tok_punct(sc, q, '(') &&
	    q + 1 == p)
		return tok_punct(sc, i + 1, ')'); /* "yesterday (the 5th)" */
	else if ((q = prev_word(sc, p)) == SIZE_MAX) {
		/* "the 14th." alone on its line, a reply to "when?" */
		if (p == 0 ||
		    (tok_at(sc, p - 1)->kind == T_SPACE &&
		        tok_at(sc, p - 1)->nl))
			return line_end_after(sc, i);
		/* "my birthday's the 14th" */
		q = prev_tok(sc, p);
		if (q == SIZE_MAX || sc->t[q].kind != T_POSS ||
		    !tok_in(sc, q - 1, KW_DATE_CUE))
			return 0;
	} else if (!(flags(sc, q) & MH_NAMES_WEEKDAY) &&
	    !tok_in(sc, q, KW_DATE_PREP) && !tok_is(sc, q, KW_TO) &&
	    !word_eq(sc, q, "due") &&
	    !((tok_is(sc, q, KW_IS) || tok_is(sc, q, KW_WAS)) &&
	        (tok_in(sc, prev_word(sc, q), KW_DATE_CUE) ||
	            word_among(sc, prev_word(sc, q), appt_words))) &&
	    !word_among(sc, q, near_days)) {
		if (!day_lead_more(sc, q, i))
			return 0;
	}
	n = next_word(sc, i);
	if (n == SIZE_MAX || tok_in(sc, n, KW_CLAUSE_START) ||
	    day_instead(sc, n))
		return 1;
	/* "on the 14th of this month" */
	return tok_is(sc, n, KW_OF) && tok_gap(sc, n + 1) &&
	    (tok_is(sc, n + 2, KW_THIS) || tok_is(sc, n + 2, KW_NEXT) ||
	        tok_is(sc, n + 2, KW_LAST)) &&
	    tok_gap(sc, n + 3) && word_eq(sc, n + 4, "month");
}

/* bare_day() of a day in words ("on the fourteenth"), out of line, as
 * word_rules() is laid out worse with more inline. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
spelled_bare_day(struct mh_scanner *sc, size_t i)
{
	return bare_day(sc, i);
}

static size_t match_day_month_at(struct mh_scanner *sc, size_t i);
/* A month, a feast or a day in words that the word two tokens before
 * dates, where no rule of its own form does: the month or feast of a
 * birth ("born in March", "my birthday is Halloween", birth_before()),
 * a month in lower case after "last" or "next" ("since last march"), a
 * capitalised day in words ("on the Fourteenth", bare_day()).
 * word_rules() asks it of those words with a word of date_leads[] two
 * tokens before, which few have.  Returns the end, and the start in
 * *start; or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
date_lead(struct mh_scanner *sc, size_t i, size_t *start)
{
	const struct tok *t = &sc->t[i];
	size_t e;

	*start = t->s;
	if (tok_in(sc, i, KW_ORD_HIGH))
		return t->cap && bare_day(sc, i) ? tend(t) : 0;
	/* a birth's word of date_cues[] two or three words before, or
	 * "last" or "next" right before: most words have neither */
	e = i >= 4 && sc->t[i - 4].kind == T_POSS ? i - 5 : i - 4;
	if (!(i >= 4 && tok_in(sc, e, KW_DATE_CUE)) &&
	    !(i >= 6 && tok_in(sc, i - 6, KW_DATE_CUE)) &&
	    !tok_is(sc, i - 2, KW_LAST) && !tok_is(sc, i - 2, KW_NEXT))
		return 0;
	if (tok_in(sc, i, KW_DAY_HEAD | KW_FEAST)) {
		if (!birth_before(sc, i) && !event_on_before(sc, i))
			return 0;
		e = feast_end(sc, i);
		return e != 0 ? tend(&sc->t[e - 1]) : 0;
	}
	/* a month with its day or year after it is match_month_date()'s
	 * or spelled_date()'s: "born in March the 14th" (word_rules() has
	 * turned away a number after it, "born in March 1990") */
	if (tok_gap(sc, i + 1) &&
	    (tok_in(sc, i + 2, KW_ORD_DAY | KW_TENS) ||
	        tok_is(sc, i + 2, KW_THE)))
		return 0;
	if (birth_before(sc, i))
		return tend(t);
	/* "last march", "next july" in lower case ("Last March" is
	 * word_rules()'): not after "the", "a" or "at" ("the next march
	 * is in May", a protest; "at last may we rest"), and "may" only
	 * where its clause ends ("last may."), not "the last may be" */
	if (t->cap || t->allcap || tend(t) - t->s < 3 ||
	    !(tok_is(sc, i - 2, KW_LAST) || tok_is(sc, i - 2, KW_NEXT)) ||
	    !tok_gap(sc, i - 1))
		return 0;
	e = prev_word(sc, i - 2);
	if (tok_is(sc, e, KW_THE) || tok_is(sc, e, KW_A) ||
	    tok_is(sc, e, KW_AT) || (t->kw == KW_MAY && !day_clause_end(sc, i)))
		return 0;
	*start = sc->t[i - 2].s;
	return tend(t);
}

/* Is the day at i the first of a range of days before a month, "3-5
 * March", "3rd and 4th March", "3 to 5 may", as far as the tokens'
 * kinds and the month say (day_range_end() reads the second day)? */
static inline int
day_range_head(struct mh_scanner *sc, size_t i)
{
	size_t j;

	if (tok_punct(sc, i + 1, '-'))
		j = i + 2;
	else if (tok_gap(sc, i + 1) &&
	    (tok_is(sc, i + 2, KW_TO) || tok_is(sc, i + 2, KW_AND)) &&
	    tok_gap(sc, i + 3))
		j = i + 4;
	else
		return 0;
	return tk(sc, j) &&
	    (sc->t[j].kind == T_NUM || sc->t[j].kind == T_ALNUM) &&
	    tok_gap(sc, j + 1) && (flags(sc, j + 2) & MH_NAMES_MONTH);
}

/* Day first: "12 April 2023", "5th of May"; or a day alone, "until the
 * 28th" (bare_day). */
static inline size_t
match_day_month(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];

	/* The walk asks this of most numbers (17,500 over rb.txt), and
	 * all but about 80 fail these tests, made here inline, where the
	 * call cost more than they do (callgrind: 0.6 M).  First the
	 * day's shape as ordinal() reads it: one or two digits, or two
	 * digits at most and two letters. */
	if (t->kind == T_NUM) {
		if (tend(t) - t->s > 2)
			return 0;
	} else if (t->kind != T_ALNUM || t->ndigit > 2 || t->nletter != 2)
		return 0;
	/* Then the first tests of day_month()'s forms and bare_day()'s,
	 * which must stay in step with them: a '-' or '/' and a month
	 * after it, or a blank and a month or "of"; or "the" and a blank
	 * before a day with letters.  Most numbers have a blank and
	 * another word after them ("10 days", "10mg daily"), or a date's
	 * or a rating's '/' and a number. */
	if (!((tok_punct(sc, i + 1, '-') || tok_punct(sc, i + 1, '/') ||
	          tok_gap(sc, i + 1)) &&
	        (flags(sc, i + 2) & MH_NAMES_MONTH)) &&
	    !(tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_OF)) &&
	    !(t->kind == T_ALNUM && i >= 2 &&
	        (tok_is(sc, i - 2, KW_THE) || tok_is(sc, i - 2, KW_ON) ||
	            (flags(sc, i - 2) & MH_NAMES_WEEKDAY))) &&
	    !day_range_head(sc, i))
		return 0;
	return match_day_month_at(sc, i);
}

/* match_day_month() at a token i that may be a day.  Out of line: in
 * walk(), its one caller, it took the room of rules more often asked
 * there (GCC then called lower_name_context() out of line). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
match_day_month_at(struct mh_scanner *sc, size_t i)
{
	long d;
	size_t end;

	/* the day at i, which both forms want, read once here */
	if (!ordinal(sc, i, &d) || d < 1 || d > 31)
		return 0;
	if ((end = day_month(sc, i)) != 0)
		return end;
	/* "3rd-5th March": the range's second day and its month */
	size_t l = day_range_end(sc, i);
	if (l != i && (end = day_month(sc, l)) != 0)
		return end;
	return bare_day(sc, i) ? tend(&sc->t[i]) : 0;
}

static size_t
day_month(struct mh_scanner *sc, size_t i)
{
	size_t j = i + 1;

	/* match_day_month(), the only caller, has read the day at i */
	if ((tok_punct(sc, j, '-') || tok_punct(sc, j, '/')) &&
	    (flags(sc, j + 1) & MH_NAMES_MONTH) &&
	    tok_punct(sc, j + 2, sc->s[sc->t[j].s]) &&
	    (is_year(sc, j + 3) ||
	        (tk(sc, j + 3) && sc->t[j + 3].kind == T_NUM &&
	            sc->t[j + 3].ndigit == 2)))
		return tend(&sc->t[j + 3]); /* 17-Feb-2023 */
	if (!tok_gap(sc, j))
		return 0;
	j++;
	int of = 0;
	if (tok_is(sc, j, KW_OF) && tok_gap(sc, j + 1)) {
		j += 2;
		of = 1;
	}
	if (!(flags(sc, j) & MH_NAMES_MONTH))
		return 0;
	/* "we live at 3 june st": a street named as a month, after its
	 * house number, with a street word of street_only() that ends the
	 * clause (match_address() takes it; "on 17 march st patrick's day"
	 * and "3 june 2024" stay dates) */
	if (!of && sc->t[i].kind == T_NUM && tok_gap(sc, j + 1) &&
	    tk(sc, j + 2) && street_only(sc, j + 2) &&
	    day_clause_end(sc, j + 2))
		return 0;
	/* In lower case, a month that is also a verb ("5 mar", "2 may
	 * help") wants a capital, a year, "of" ("the 12th of may"), a
	 * date's preposition before the day ("on 12 may") or no verb
	 * after it: the end of a clause or "was", "is" ("the 12th may was
	 * the worst day", but "the 2nd may be worse"); the others are
	 * dates as they stand ("since 14 feb", "on 5 august"). */
	size_t end = tend(&sc->t[j]), k = j + 1;
	if (tok_punct(sc, k, '.'))
		k++;
	if (tok_punct(sc, k, ','))
		k++;
	if (tok_gap(sc, k) && is_year(sc, k + 1))
		end = tend(&sc->t[k + 1]);
	else if (!sc->t[j].cap && of &&
	    ((sc->t[i].kind != T_ALNUM &&
	         (!date_prep_before(sc, i, 1) || !day_clause_end(sc, j))) ||
	        (tk(sc, j + 1) && sc->t[j + 1].kind == T_POSS)))
		return 0; /* "the 12th of may", "born on the 3 of may", not
		           * "2 of may's pills", "the 3 of us in may", "on the
		           * 3 of may be" */
	else if (!sc->t[j].cap && !of &&
	    (tok_is(sc, j, KW_MAY) || tok_is(sc, j, KW_MARCH) ||
	        eqw(sc->s + sc->t[j].s, tend(&sc->t[j]) - sc->t[j].s, "mar"))) {
		/* no verb after it: the text's end, a mark that ends a
		 * clause, or "was", "is"; after a day with its letters a
		 * conjunction, "they said 14th may but nothing" (not "the
		 * 2nd may help", nor "or": "the 1st may or may not work") */
		static const char *const conjs[] = {"but", "and", "so", "then",
		    "when", "because", "bc", "tho", "though", NULL};
		const struct tok *a = &sc->t[j + 1];
		int no_verb = j + 1 >= sc->nt ||
		    (a->kind == T_PUNCT && a->mark != 0 &&
		        strchr(".,!?;:)", a->mark) != NULL) ||
		    (tok_gap(sc, j + 1) &&
		        (tok_in(sc, j + 2, KW_FINITE) ||
		            (sc->t[i].kind == T_ALNUM &&
		                word_among(sc, j + 2, conjs))));
		if (!no_verb && !date_prep_before(sc, i, 1))
			return 0;
	}
	return end;
}

/* ---- ages over 89 ----------------------------------------------------- */

/* Is the word at i a person's noun that no relation word is ("a
 * 94-year-old woman")? */
static int
person_noun(struct mh_scanner *sc, size_t i)
{
	static const char *const ws[] = {"woman", "man", "lady", "female",
	    "male", "patient", "gentleman", "person", "widow", "widower",
	    "veteran", "guy", "girl", "boy", "client", "resident", "lad", "gal",
	    "women", "men", "ladies", "gent", NULL};

	return word_among(sc, i, ws);
}

/* "95-year-old", "93-yr-old": the hyphenated word at j that follows the
 * number and a '-', said of someone unless a thing follows ("a
 * 100-year-old house": a common word that is no relation word nor a
 * person's noun). */
static int
year_old_word(struct mh_scanner *sc, size_t j)
{
	const struct tok *t = tk(sc, j);
	size_t len, n;

	if (t == NULL || t->kind != T_WORD || !t->hyphen)
		return 0;
	len = tend(t) - t->s;
	if (!((len > 5 && strncasecmp(sc->s + t->s, "year-", 5) == 0) ||
	        (len > 6 && strncasecmp(sc->s + t->s, "years-", 6) == 0) ||
	        (len > 3 && strncasecmp(sc->s + t->s, "yr-", 3) == 0)))
		return 0;
	n = next_word(sc, j);
	if (n == SIZE_MAX || n != j + 2)
		return 1;
	return (fullflags(sc, n) & MH_NAMES_REL) || person_noun(sc, n) ||
	    !(fullflags(sc, n) & MH_NAMES_COMMON);
}

static int
age_context(struct mh_scanner *sc, size_t i, size_t l)
{
	size_t j = l + 1, p;

	if (tok_punct(sc, j, '-')) {
		j++;
		if (year_old_word(sc, j))
			return 1;
	} else if (tok_gap(sc, j))
		j++;
	if (tok_is(sc, j, KW_YEAR) || tok_is(sc, j, KW_YEARS) ||
	    tok_is(sc, j, KW_YO) || tok_is(sc, j, KW_YR) ||
	    tok_is(sc, j, KW_YRS) ||
	    (tok_is(sc, j, KW_Y) && tok_punct(sc, j + 1, '/')) ||
	    (tok_is(sc, j, KW_Y) && tok_punct(sc, j + 1, '.') &&
	        word_eq(sc, j + 2, "o"))) /* "93 y.o." */
		return 1;
	p = prev_word(sc, i);
	return p != SIZE_MAX &&
	    (tok_is(sc, p, KW_AGE) || tok_is(sc, p, KW_AGED) ||
	        tok_is(sc, p, KW_TURNED) || tok_is(sc, p, KW_TURNING) ||
	        tok_is(sc, p, KW_IM));
}

static int age_of_someone(struct mh_scanner *sc, size_t i, size_t l);

/* Words that close what was said of an age, after it: "she's 93 lol",
 * "he is 95 now", "in her 90s still", and the verb after a clause of
 * "who" ("my grandma who is 96 is in hospice") (in_decade(),
 * age_of_someone()) */
static const char *const age_closers[] = {"now", "still", "already", "yet",
    "too", "lol", "lmao", "haha", "today", "tho", "though", "but", "so", "is",
    "was", "has", NULL};

/* "in his 90s", "in her late nineties", "in their mid 90s": a decade of
 * someone's life over 89, at its word i, after "in", a possessive and
 * early, late or mid, and before no noun ("in my 90s playlist", "in
 * my 90s phase" are the century's, as "back in the 90s" is): the end,
 * a mark, a word that starts a clause, or one of age_closers[]. */
static int
in_decade(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), n = next_word(sc, i);

	if (p == SIZE_MAX || p + 2 != i ||
	    (n == i + 2 && !tok_in(sc, n, KW_CLAUSE_START) &&
	        !word_among(sc, n, age_closers)))
		return 0;
	if (tok_is(sc, p, KW_EARLY) || tok_is(sc, p, KW_LATE) ||
	    tok_is(sc, p, KW_MID)) {
		i = p;
		if ((p = prev_word(sc, i)) == SIZE_MAX || p + 2 != i)
			return 0;
	}
	return tok_in(sc, p, KW_POSS_DET) && p >= 2 && tok_gap(sc, p - 1) &&
	    tok_is(sc, p - 2, KW_IN);
}

/* "93F with dementia", "pt 91M, admitted": an age and a sex written
 * together, as a chart writes them, at the token i: after a, an, pt or
 * patient, before a mark, the end or a word of a chart; at a line's or
 * a sentence's start, before a word of a chart.  "it was 93F outside",
 * "93F." are the heat. */
static int
age_sex(struct mh_scanner *sc, size_t i)
{
	static const char *const leads[] = {"a", "an", "pt", "patient", NULL};
	static const char *const chart[] = {"with", "w", "who", "presenting",
	    "presents", "admitted", "hx", "pmh", "history", "from", NULL};
	size_t pt = prev_tok(sc, i), n = next_word(sc, i);
	int chart_after = n == i + 2 && word_among(sc, n, chart);

	if (pt != SIZE_MAX && tok_gap(sc, i - 1) && word_among(sc, pt, leads))
		return chart_after || !tk(sc, i + 1) || sc->t[i + 1].nl ||
		    tok_punct(sc, i + 1, ',') || tok_punct(sc, i + 1, '.') ||
		    tok_punct(sc, i + 1, ';');
	return chart_after &&
	    (pt == SIZE_MAX || sc->t[i - 1].nl || tok_punct(sc, pt, '.') ||
	        tok_punct(sc, pt, ':') || tok_punct(sc, pt, ';'));
}

static int measure_after(struct mh_scanner *sc, size_t l);
static int someone_at(struct mh_scanner *sc, size_t q);

/* Is the ordinal of 90 or more at i ("90th", "ninetieth") an age: a
 * birthday's word after it ("her 90th birthday"), or someone's
 * possessive before it and no noun after it but its party, as a
 * birthday is said for short ("my mom's 90th is this weekend", "for
 * his 95th we went out", "grandpa's 90th party")?  Not
 * "her 100th post", "my 90th day sober", "the 95th percentile": a
 * noun, or no one's. */
static int
age_ordinal(struct mh_scanner *sc, size_t i)
{
	static const char *const parties[] = {"party", "bash", NULL};
	size_t n = next_word(sc, i), p = prev_tok(sc, i);

	if (n == i + 2 &&
	    (word_eq(sc, n, "birthday") || word_eq(sc, n, "bday")))
		return 1;
	if (p == SIZE_MAX)
		return 0;
	if (sc->t[p].kind == T_POSS) {
		if (!someone_at(sc, prev_tok(sc, p)))
			return 0;
	} else if (!tok_is(sc, p, KW_HER) && !word_eq(sc, p, "his"))
		return 0;
	return !measure_after(sc, i) || word_among(sc, n, age_closers) ||
	    tok_in(sc, n, KW_CLAUSE_START) || word_among(sc, n, parties);
}

/* The letters from byte k of the token i after its number v (90 to
 * 130): "93yo", "93y", "93yrs"; "in his 90s"; "her 90th birthday", an
 * age it shows (age_ordinal()); "93F with dementia".  Out of line:
 * age_token() is inlined in walk(), and these took room there. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
age_letters(struct mh_scanner *sc, size_t i, size_t k, long v)
{
	const struct tok *t = &sc->t[i];
	size_t len = tend(t) - k;
	const char *w = sc->s + k;

	if (eqw(w, len, "yo") || eqw(w, len, "y") || eqw(w, len, "yrs"))
		return 1;
	if (eqw(w, len, "s"))
		return v % 10 == 0 && in_decade(sc, i);
	if (eqw(w, len, "th") || eqw(w, len, "st") || eqw(w, len, "nd") ||
	    eqw(w, len, "rd"))
		return age_ordinal(sc, i);
	return len == 1 && ((w[0] | 0x20) == 'f' || (w[0] | 0x20) == 'm') &&
	    age_sex(sc, i);
}

static int
age_token(struct mh_scanner *sc, size_t i)
{
	struct tok *t = &sc->t[i];
	long v = 0;
	size_t k;

	/* "93yo" in one token */
	if (t->kind == T_ALNUM) {
		/* four digits are enough to refuse: no overflow on a long run */
		for (k = t->s; k < tend(t) && isdig(sc->s[k]) && k - t->s < 4;
		     k++)
			v = v * 10 + (sc->s[k] - '0');
		if (k - t->s < 2 || k - t->s > 3 || v < 90 || v > 130)
			return 0;
		return age_letters(sc, i, k, v);
	}
	/* 90 to 130 is two digits from a 9 or three from a 1, but after
	 * a leading zero: the first digit and the length turn away most
	 * numbers, which walk() asks this of, before num_val() reads them */
	size_t len = tend(t) - t->s;
	char c = sc->s[t->s];
	if (c != '0' && !(len == 2 && c == '9') && !(len == 3 && c == '1'))
		return 0;
	if (num_val(sc, i, &v) == 0 || v < 90 || v > 130)
		return 0;
	return age_of_someone(sc, i, i);
}

/* "ninety-three": a number from 91 to 99 in words (one token). */
static int
ninety_word(const struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	size_t len = tend(t) - t->s;

	if (t->kind != T_WORD || !t->hyphen || len < 10 || len > 13 ||
	    strncasecmp(sc->s + t->s, "ninety-", 7) != 0)
		return 0;
	for (size_t k = NW_ONE; k < NW_TEN; k++)
		if (len - 7 == number_words[k].m &&
		    strncasecmp(sc->s + t->s + 7, number_words[k].w, len - 7) ==
		        0)
			return 1;
	return 0;
}

/* "mid-March", "early-june 2021": a part of a month joined to it, at
 * the word i, with the month's capital or a year after it: the end
 * byte, or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
part_month(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	size_t len = tend(t) - t->s, pl;
	char c;

	if (t->kind != T_WORD || len < 7 ||
	    (pl = part_month_head(sc->s + t->s, len)) == 0 ||
	    memchr(sc->s + t->s + pl, '-', len - pl) != NULL ||
	    !(mh_names_lookup(sc->nm, sc->s + t->s + pl, len - pl) &
	        MH_NAMES_MONTH))
		return 0;
	if (tok_gap(sc, i + 1) && is_year(sc, i + 2))
		return tend(&sc->t[i + 2]);
	c = sc->s[t->s + pl];
	return c >= 'A' && c <= 'Z' ? tend(t) : 0;
}

static int age_of_someone(struct mh_scanner *sc, size_t i, size_t l);

/* "ninety", "ninety two" (a word from one to nine after it), at the word
 * "ninety" i, said of someone ("my grandma is ninety two"): the end
 * byte, or 0, and the first byte in *start.  ("ninety-two" is one
 * token: ninety_word().)  So too "one hundred", "a hundred and two"
 * from the word before "hundred" i; "in his nineties" (in_decade());
 * "her ninetieth birthday", "his hundredth birthday", "my mom's
 * ninetieth" (age_ordinal()). */
static size_t
spelled_age(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t l = i, f = i;
	const struct tok *t = &sc->t[i];

	*start = t->s;
	if (t->hyphen)
		return 0;
	switch (tend(t) - t->s) {
	case 8: /* nineties */ return in_decade(sc, i) ? tend(t) : 0;
	case 9: /* ninetieth, hundredth */
		return age_ordinal(sc, i) ? tend(t) : 0;
	case 7: /* hundred: "one hundred", "a hundred and two" */
		if (i < 2 || !tok_gap(sc, i - 1) ||
		    !(word_eq(sc, i - 2, "one") || tok_is(sc, i - 2, KW_A)))
			return 0;
		f = i - 2;
		/* after "a hundred and" the units to thirty: "a hundred and
		 * ten percent" is a measure only when its last word is
		 * read */
		if (tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_AND) &&
		    tok_gap(sc, i + 3) &&
		    number_word(sc, i + 4, NW_ONE, NW_FORTY))
			l = i + 4;
		else if (tok_gap(sc, i + 1) &&
		    number_word(sc, i + 2, NW_ONE, NW_TEN))
			l = i + 2;
		*start = sc->t[f].s;
		return age_of_someone(sc, f, l) ? tend(&sc->t[l]) : 0;
	}
	if (tok_gap(sc, i + 1) && number_word(sc, i + 2, NW_ONE, NW_TEN))
		l = i + 2;
	return age_of_someone(sc, i, l) ? tend(&sc->t[l]) : 0;
}

static int two_syllables(struct mh_scanner *sc, size_t k);

/* May the word at k, of no list, be a name or a family word of another
 * language ("bining", "paati") rather than chat's: two runs of vowels
 * in it (two_syllables(): "ngl", "tbh" have none, "rizz" one), and
 * none of slang_words[] or not_self_names[] ("lowkey", "fr", "idk")? */
static int
unlisted_name(struct mh_scanner *sc, size_t k)
{
	return !tok_in(sc, k, KW_SLANG) && !tok_in2(sc, k, KW2_NOT_SELF) &&
	    two_syllables(sc, k);
}

/* Is the word at q the last of a name the walk took just before (the
 * last span, a name's, ends with it): "Mr. Stanisław Wiśniewski, 91",
 * "Miss Philippa Carrington-Hale, is 102", "MRS. CONSUELO ARAGÓN WHO
 * IS 94", of no list or with a hyphen; or a capitalised word with a
 * hyphen right after one, a given name the name left ("Mrs. Choi
 * Ah-young is 91": surname_syllables() leaves it)? */
static int
named_before(struct mh_scanner *sc, size_t q)
{
	const struct mh_scan_span *sp;
	const struct tok *t = &sc->t[q];

	if (sc->nsp == 0)
		return 0;
	sp = &sc->sp[sc->nsp - 1];
	if (sp->type != MH_SCAN_NAME)
		return 0;
	if (sp->end == tend(t))
		return 1;
	return t->cap && t->hyphen && q >= 1 && tok_gap(sc, q - 1) &&
	    sp->end == sc->t[q - 1].s;
}

/* Is the word at q someone: she, he, a relation word, a capitalised
 * name of the lists or the last word of a name just taken
 * (named_before()), or a first name in lower case right after a
 * relation word ("grandma ruth is 94": chat writes names so), or a
 * word of no list after one or after another such ("lola bining is
 * 92", "selvi paati is 94")? */
static int
someone_at(struct mh_scanner *sc, size_t q)
{
	size_t r;
	unsigned f;

	if (q == SIZE_MAX || sc->t[q].kind != T_WORD)
		return 0;
	if (tok_is(sc, q, KW_SHE) || tok_is(sc, q, KW_HE) ||
	    (flags(sc, q) & MH_NAMES_REL) != 0 ||
	    (sc->t[q].cap && !sc->t[q].allcap &&
	        (fullflags(sc, q) & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	        !(fullflags(sc, q) & MH_NAMES_STOP)))
		return 1;
	/* another word with capitals, only the last of a name the walk
	 * just took ("Mr. Stanisław Wiśniewski, 91": named_before()) */
	if (sc->t[q].cap || sc->t[q].allcap)
		return named_before(sc, q);
	/* "gma", chat's grandma, is no relation word of the names (nor
	 * "gpa", a grade's average but after "turns" or "hit") */
	if (word_eq(sc, q, "gma"))
		return 1;
	/* in lower case a first name after a relation word, "my nan
	 * rose"; or a word no list holds, a name or a family word of
	 * another language, after one or after another such word: "lola
	 * bining", "selvi paati" (a name and her grandmother's word), if
	 * neither is chat's ("ngl tbh is 95"; "my mom lowkey is 90" is
	 * still her age) */
	f = fullflags(sc, q);
	if (!(f == 0 || ((f & MH_NAMES_FIRST) && !(f & MH_NAMES_STOP))) ||
	    (r = prev_word(sc, q)) == SIZE_MAX || r + 2 != q)
		return 0;
	return (flags(sc, r) & MH_NAMES_REL) != 0 ||
	    (f == 0 && !sc->t[r].cap && !sc->t[r].allcap &&
	        fullflags(sc, r) == 0 && unlisted_name(sc, q) &&
	        unlisted_name(sc, r));
}

/* Does a word that makes the number ending at token l a measure follow
 * it ("at 93 percent", "be 90 degrees"): a common word other than
 * one that may follow an age ("be 90 next month", "died at 93 in")? */
static int
measure_after(struct mh_scanner *sc, size_t l)
{
	static const char *const ws[] = {"next", "this", "in", "on", "soon",
	    "tomorrow", "today", "at", "when", "but", "so", "now", "already",
	    "last", "or", "then", "yesterday", "with", "after", "and",
	    "peacefully", NULL};

	return tok_gap(sc, l + 1) && tk(sc, l + 2) &&
	    sc->t[l + 2].kind == T_WORD &&
	    (fullflags(sc, l + 2) & MH_NAMES_COMMON) != 0 &&
	    !word_among(sc, l + 2, ws);
}

/* Is the word p, right before an age over 89, with the word before it,
 * a verb of an age: "died at 93", "passed away at 94", "lived to 97",
 * "she will be 90", "he'll be 95", "my dad turns 90"? */
static int
age_verb_at(struct mh_scanner *sc, size_t p)
{
	static const char *const die[] = {"died", "dies", "die", "dying",
	    "away", NULL};
	static const char *const live[] = {"lived", "lives", "live", "living",
	    NULL};
	size_t v = prev_word(sc, p);
	const struct tok *t;

	if (v == SIZE_MAX || v + 2 != p)
		return 0;
	if (tok_is(sc, p, KW_AT))
		return word_among(sc, v, die);
	if (tok_is(sc, p, KW_TO))
		return word_among(sc, v, live);
	/* "my gran turns 99 tmrw", "she hit 100", "my great aunt just hit
	 * 100": someone right before, as "the road turns 90 degrees" has
	 * not ("hit 100 likes" is a measure after, measure_after()) */
	if (word_eq(sc, p, "turns") || word_eq(sc, p, "hit")) {
		if (word_eq(sc, p, "hit") &&
		    (word_eq(sc, v, "just") || word_eq(sc, v, "finally")))
			v = prev_word(sc, v);
		return someone_at(sc, v) || word_eq(sc, v, "gpa");
	}
	if (!word_eq(sc, p, "be"))
		return 0;
	t = &sc->t[v];
	if (t->contr && tend(t) - t->s > 3 && eqw(sc->s + tend(t) - 2, 2, "ll"))
		return 1; /* "she'll be 90" */
	if (!word_eq(sc, v, "will") && !word_eq(sc, v, "would"))
		return 0;
	v = prev_word(sc, v);
	return tok_is(sc, v, KW_I) || someone_at(sc, v);
}

/* Does a time to come follow the number ending at token l, as an age
 * to be reached is said: "100 next month", "90 this year"? */
static int
age_due(struct mh_scanner *sc, size_t l)
{
	static const char *const units[] = {"month", "week", "year", "spring",
	    "summer", "autumn", "fall", "winter", NULL};
	size_t n = next_word(sc, l);

	return n == l + 2 &&
	    (tok_is(sc, n, KW_NEXT) || tok_is(sc, n, KW_THIS)) &&
	    (n = next_word(sc, n)) != SIZE_MAX &&
	    (word_among(sc, n, units) ||
	        (fullflags(sc, n) & MH_NAMES_MONTH) != 0);
}

/* Is the age over 89 from token i to token l (its last: "ninety two")
 * said of someone (or after an age word)? */
static int
age_of_someone(struct mh_scanner *sc, size_t i, size_t l)
{
	if (age_context(sc, i, l))
		return 1;
	/* "I'm 93"; "she is 95", "he's 91", "my dad was 99", "Tomás is
	 * 95": is, was or 's after she, he, a relation word or a
	 * capitalised name; then no word that makes the number a measure
	 * ("is 95 percent", "was 98 degrees") */
	static const char *const nears[] = {"almost", "nearly", "over", "like",
	    "about", "around", "past", "literally", "already", "only", "just",
	    NULL};
	size_t p = prev_word(sc, i), pt, q = SIZE_MAX;
	int of_someone, going = 0;

	/* "she's almost 100", "he is nearly 95", "my gma is literally 90":
	 * read from the word before */
	if (p != SIZE_MAX && p + 2 == i && word_among(sc, p, nears)) {
		i = p;
		p = prev_word(sc, i);
	}
	/* "she's going on 91", "my dad is 89 going on 90": read from
	 * before "going on", and before a number there, which must be
	 * someone's too ("the temp is 89 going on 95", "my sat is 92
	 * going on 95" are measures, as "going on 90 days" is) */
	if (p != SIZE_MAX && p + 2 == i && tok_is(sc, p, KW_ON) && p >= 2 &&
	    tok_gap(sc, p - 1) && word_eq(sc, p - 2, "going")) {
		i = p - 2;
		p = prev_word(sc, i);
		pt = prev_tok(sc, i);
		if (pt != SIZE_MAX && pt + 2 == i && sc->t[pt].kind == T_NUM) {
			i = pt;
			p = prev_word(sc, i);
			going = 1;
		}
	}
	pt = prev_tok(sc, i);
	/* "at 95 he still drives", "at 96, she walks": she or he right
	 * after ("at 95% battery", "at 95 mph" have none) */
	if (p != SIZE_MAX && p + 2 == i && tok_is(sc, p, KW_AT)) {
		size_t n = l + 1;
		if (tok_punct(sc, n, ','))
			n++;
		if (tok_gap(sc, n) &&
		    (tok_is(sc, n + 1, KW_HE) || tok_is(sc, n + 1, KW_SHE)))
			return 1;
	}
	of_someone =
	    p != SIZE_MAX && (tok_is(sc, p, KW_M) || tok_is(sc, p, KW_AM));

	if (pt != SIZE_MAX && sc->t[pt].kind == T_POSS)
		q = prev_tok(sc, pt);
	else if (p != SIZE_MAX &&
	    (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS))) {
		q = prev_word(sc, p);
		/* "my grandma who is 96 is in hospice": of whom "who"
		 * speaks */
		if (word_eq(sc, q, "who"))
			q = prev_word(sc, q);
	} else if (p != SIZE_MAX && p + 2 == i && age_verb_at(sc, p))
		return !measure_after(sc, l);
	else if (tok_punct(sc, pt, ',') && someone_at(sc, p))
		/* "my nan, 94, is dying"; "my great-aunt, Mrs. Lan, 100 next
		 * month" */
		return !tk(sc, l + 1) || tok_punct(sc, l + 1, ',') ||
		    tok_punct(sc, l + 1, '.') || age_due(sc, l);
	else if (tok_punct(sc, pt, '(') && tok_punct(sc, l + 1, ')'))
		/* "my gran (96) fell" */
		return someone_at(sc, prev_tok(sc, pt));
	if (!of_someone && someone_at(sc, q))
		of_someone = 1;
	/* "my dad was 89 going on 90 when he died": after two numbers
	 * no word need close it, but one of a measure */
	if (going && of_someone && !measure_after(sc, l))
		return 1;
	/* "she's 93 lol", "he is 95 now": a word that closes what was
	 * said is no measure */
	/* not a share ("she is 95% sure", "my grandma who is 96% deaf") */
	if (of_someone && tok_punct(sc, l + 1, '%'))
		return 0;
	if (of_someone)
		return !tok_gap(sc, l + 1) || !tk(sc, l + 2) ||
		    sc->t[l + 2].kind != T_WORD ||
		    (fullflags(sc, l + 2) & MH_NAMES_COMMON) == 0 ||
		    tok_is(sc, l + 2, KW_AND) ||
		    word_among(sc, l + 2, age_closers);
	return 0;
}

/* ---- names and places ------------------------------------------------- */

enum { C_NONE, C_STRONG, C_WEAK, C_AMBIG, C_UNKNOWN, C_USER, C_INITIAL };

static int hyphen_class(struct mh_scanner *sc, size_t i);

static int plural_rel_at(struct mh_scanner *sc, size_t p);
static int plural_rel_odd(struct mh_scanner *sc, size_t p);

/* Is the lower-case word at i, after a relation word, a verb?  Of the
 * names taken in lower case, "hope" before the subject of what is
 * hoped: "my mum hope we can" (but "my sister hope that", "my daughter
 * hope to school", "mom and sister hope" are someone); and "bless"
 * before whom: "my mum, bless her, is ill". */
static int
lower_verb(struct mh_scanner *sc, size_t i)
{
	size_t n = next_word(sc, i);

	if (n == SIZE_MAX || n != i + 2)
		return 0;
	if (tok_is(sc, i, KW_HOPE))
		return tok_in(sc, n, KW_VERB_NEXT);
	return tok_is(sc, i, KW_BLESS) && object_word(sc, n);
}

/* Is the lower-case word at i, a surname and no first name, a verb: one
 * ending in -ed, or, unless ed_only, one before a word that follows verbs
 * ("my brother learned to swim", "my sister pins me down", "my grandad
 * fought in the war")?  People in one's life are written by their first
 * names; after one, a surname may come before such a word ("patricia
 * desrosiers in a month"), so there only the ending counts. */
static int
verb_before(struct mh_scanner *sc, size_t i, int ed_only)
{
	const struct tok *t = &sc->t[i];
	size_t n;

	if ((fullflags(sc, i) &
	        (MH_NAMES_LAST | MH_NAMES_FIRST | MH_NAMES_USER)) !=
	    MH_NAMES_LAST)
		return 0;
	if (tend(t) - t->s > 3 &&
	    lc((unsigned char)sc->s[tend(t) - 1]) == 'd' &&
	    lc((unsigned char)sc->s[tend(t) - 2]) == 'e')
		return 1;
	if (ed_only)
		return 0;
	n = next_word(sc, i);
	return n != SIZE_MAX && n == i + 2 && tok_in2(sc, n, KW2_VERB_AFTER);
}

/* May the lower-case word at i, of name class c, be a name right after a
 * relation word: a name that is also a noun ("my friend june"), or a
 * state or country that is also a first name ("my daughter georgia")? */
static int
lower_word_name(struct mh_scanner *sc, size_t i, int c)
{
	size_t n;

	if (c == C_AMBIG && tok_in(sc, i, KW_LOWER_NAME))
		return 1;
	if (!tok_in(sc, i, KW_STATE_NAME))
		return 0;
	n = next_word(sc, i);
	return n == SIZE_MAX || n != i + 2 ||
	    !tok_in(sc, n, KW_GEO_SUFFIX | KW_PLACE_NOUN);
}

/* Is token j "and" or "&"?  Its keyword id and its mark say so, two
 * loads: the rules ask this of many words, where the bytes compared
 * took five times as many instructions. */
static inline int
and_at(struct mh_scanner *sc, size_t j)
{
	return tok_is(sc, j, KW_AND) || tok_punct(sc, j, '&');
}

/* Does the word at i end a clause or a list here: the end of the text
 * or line, a punctuation mark that ends one, a possessive, or "and",
 * "&" or a verb of saying after it ("my son will.", "my bro will and
 * me", "my son will said")?  Where "will" is the verb, its verb follows
 * ("my son will call"). */
static int
clause_end_after(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = tk(sc, i + 1);
	char c;

	if (t == NULL || t->kind == T_POSS)
		return 1;
	if (t->kind == T_PUNCT) {
		c = sc->s[t->s];
		return c == '.' || c == ',' || c == '!' || c == '?' ||
		    c == ';' || c == ':' || c == ')';
	}
	if (t->kind != T_SPACE)
		return 0;
	if (t->nl || i + 2 >= sc->nt || and_at(sc, i + 2))
		return 1;
	t = &sc->t[i + 2];
	return t->kind == T_WORD && (!t->cap || t->allcap) &&
	    (flags(sc, i + 2) & MH_NAMES_SAID);
}

static inline int relation_at(struct mh_scanner *sc, size_t p);

/* May the word at p be a relation in the plural, by its end: "...s",
 * "...ren" (children), "...-in-law" (sisters-in-law)?  A byte or two
 * for most words, in front of the table lookups. */
static inline int
plural_end(struct mh_scanner *sc, size_t p)
{
	const struct tok *t = &sc->t[p];

	return plural_tail(sc->s + tend(t), tend(t) - t->s, t->hyphen);
}

static int is_first(struct mh_scanner *sc, size_t i);

/* Is the word at i a relation in the plural before a first name, not
 * after a title: "My Daughters Georgia and ...", "my Sons Will", not
 * "Mr Daughters"?  The cheap tests first: most capitalised words end
 * in another letter or are not followed by a first name. */
static int
plural_before_name(struct mh_scanner *sc, size_t i)
{
	size_t p;

	if (!plural_end(sc, i) || !tok_gap(sc, i + 1) || !tk(sc, i + 2) ||
	    sc->t[i + 2].kind != T_WORD || !is_first(sc, i + 2) ||
	    (!plural_rel_at(sc, i) && !plural_rel_odd(sc, i)))
		return 0;
	p = prev_word(sc, i);
	return p == SIZE_MAX || !(flags(sc, p) & MH_NAMES_TITLE);
}

/* Is the word at i followed by a verb in a tense that no modal and no
 * noun before it takes: "is", "was", "has", "does", or a past form in
 * "-ed" ("my aunt may raised me", "my son will moved out"; but "my son
 * will need", "my son will proceed")?  With s_form, also a form in
 * "-s" ("my uncle bill drinks"; not "my son will always", nor "-ss",
 * "-us", "-is"), which follows a noun as well: for a word right after
 * a relation word, where the noun would make no sense.  In the case of
 * the word at i: "MY SON WILL MOVED OUT". */
static int
finite_after(struct mh_scanner *sc, size_t i, int s_form)
{
	const struct tok *t = tk(sc, i + 2);
	const char *w;
	size_t n;

	if (!tok_gap(sc, i + 1) || t == NULL || t->kind != T_WORD ||
	    t->hyphen || t->contr || (t->cap && !t->allcap) ||
	    t->allcap != sc->t[i].allcap)
		return 0;
	if (tok_in(sc, i + 2, KW_FINITE))
		return 1;
	w = sc->s + t->s;
	n = tend(t) - t->s;
	if (s_form && n >= 4 && lc(w[n - 1]) == 's' &&
	    !strchr("siu", lc(w[n - 2])) && !tok_in2(sc, i + 2, KW2_NOT_S_FORM))
		return 1;
	return n >= 4 && lc(w[n - 2]) == 'e' && lc(w[n - 1]) == 'd' &&
	    lc(w[n - 3]) != 'e' && !tok_in(sc, i + 2, KW_BASE_ED);
}

/* Is the lower-case word at i a surname and nothing else, of four
 * letters or more, right after a word of surname_cues[] or after it
 * and a ',' ("went to see okafor", "ugh, okafor again")?  Nothing
 * else: no first name, no ordinary word, and no word of SCOWL's list
 * or British spelling of one, which gen-names marks WORD ("with
 * bridges", "the neighbours"), and no condition ("with parkinson's":
 * conditions[]); a first name has its own rules (lone_first_flags()).
 * Elsewhere such a word may be one of a language the lists lack
 * ("soll"), and stays.  lone_surname_word() asks of the word alone,
 * for lone_surname() and lone_surname_subject(). */
static int
lone_surname_word(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];

	return tend(t) - t->s >= 4 && t->nletter == tend(t) - t->s &&
	    lone_last_flags(fullflags(sc, i)) &&
	    !tok_in2(sc, i, KW2_NOT_LONE | KW2_CONDITION);
}

static int
lone_surname(struct mh_scanner *sc, size_t i)
{
	size_t p;

	if (!lone_surname_word(sc, i))
		return 0;
	p = prev_word(sc, i);
	return p != SIZE_MAX && tok_in2(sc, p, KW2_SURNAME_CUE) &&
	    (p + 2 == i || (p + 3 == i && tok_punct(sc, p + 1, ',')));
}

/* lone_surname(), asked only of a word whose cue flags f are a lone
 * surname's (the walk's and the name rules' cheap test first). */
static inline int
lone_surname_cued(struct mh_scanner *sc, size_t i, unsigned f)
{
	return lone_last_flags(f) && lone_surname(sc, i);
}

/* Is the lower-case word at i, of two or three letters, the name one
 * goes by, ending "call me ...", "my name is ...", "i'm called ..."
 * ("call me mo", "my name is kz")?  The lists know few names so short,
 * and hold most such words as ordinary ones (kz, ed, mo): here any
 * word that ends the clause, but cue words and the words of
 * not_self_names[] ("call me back" has more letters; "call me now",
 * "my name is mud", "my name is on the list"). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
self_name_slow(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	size_t n = tend(t) - t->s, q;

	if (n < 2 || n > 3 || t->nletter != n || i < 2 || !tok_gap(sc, i - 1) ||
	    sc->t[i - 2].kind != T_WORD)
		return 0;
	q = prev_word(sc, i - 2);
	if (q == SIZE_MAX || q + 2 != i - 2)
		return 0;
	if (!(tok_is(sc, i - 2, KW_ME) &&
	        (tok_is(sc, q, KW_CALL) || tok_is(sc, q, KW_CALLS))) &&
	    !(tok_is(sc, i - 2, KW_IS) && tok_is(sc, q, KW_NAME)) &&
	    !(tok_is(sc, i - 2, KW_CALLED) &&
	        (word_eq(sc, q, "i'm") || word_eq(sc, q, "im") ||
	            word_eq(sc, q, "am"))))
		return 0;
	return clause_end_after(sc, i) && !tok_in2(sc, i, KW2_NOT_SELF) &&
	    !(fullflags(sc, i) &
	        (MH_NAMES_STOP | MH_NAMES_REL | MH_NAMES_TITLE |
	            MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_NAMECUE |
	            MH_NAMES_PLACECUE | MH_NAMES_SAID | MH_NAMES_IDCUE |
	            MH_NAMES_KEEP));
}

static int deed_tail(struct mh_scanner *sc, size_t n);

/* Is the byte c a vowel, y with them, in either case?  A bit of a mask
 * by the letter, where strchr() of "aeiouy" was a call for each (and
 * found the terminator for a NUL, which no caller passes). */
static inline int
vowel(int c)
{
	enum {
		VOWELS = 1 << ('a' - 'a') | 1 << ('e' - 'a') |
		    1 << ('i' - 'a') | 1 << ('o' - 'a') | 1 << ('u' - 'a') |
		    1 << ('y' - 'a')
	};
	unsigned k = (unsigned)(c | 0x20) - 'a';

	return k < 26 && (VOWELS >> k & 1);
}

/* May the word at i, of two letters (the caller has counted them), be
 * initials one goes by: no vowel, none of not_self_names[], and of no
 * list but the ordinary words', which hold most such pairs
 * (rel_initials(), list_initials())? */
static int
initials_word(struct mh_scanner *sc, size_t i)
{
	const char *w = sc->s + sc->t[i].s;

	return !vowel(w[0]) && !vowel(w[1]) && !tok_in2(sc, i, KW2_NOT_SELF) &&
	    (fullflags(sc, i) & ~(unsigned)MH_NAMES_COMMON) == 0;
}

/* Is the word at n a verb of saying or a deed only a person does
 * (low_deeds[]): "said", "texted", "yelled"?  What the initials, the
 * letter or the surname before it is the subject of (rel_initials(),
 * cue_initials(), title_initial(), title_ambig()). */
static int
person_verb(struct mh_scanner *sc, size_t n)
{
	return tok_in2(sc, n, KW2_LOW_DEED) || (flags(sc, n) & MH_NAMES_SAID);
}

/* Does the word at p open its sentence, or follow a greeting that opens
 * it, a comma after the greeting or none, or after a greeting and up
 * to three words said to someone and a comma: "its maya again", "hey
 * its derek", "hi im kz", "Hi, I'm Kz, 19", "hi dr. wojcik, its ola"
 * (name_after_pronoun(), cue_initials())? */
static int
greeting_opens(struct mh_scanner *sc, size_t p)
{
	size_t q = prev_word(sc, p);

	if (sentence_initial(sc, p))
		return 1;
	if (q == SIZE_MAX ||
	    !(q + 2 == p || (q + 3 == p && tok_punct(sc, q + 1, ','))))
		return 0;
	if (hi_word(sc, q))
		return sentence_initial(sc, q);
	/* after a greeting and whom it is said to, set off by a comma:
	 * "hi dr. wojcik, its ola", "hey guys, i'm maya" */
	if (q + 3 != p)
		return 0;
	for (int n = 0; n < 3 && (q = prev_word(sc, q)) != SIZE_MAX; n++)
		if (hi_word(sc, q))
			return sentence_initial(sc, q);
	return 0;
}

static int chat_word(struct mh_scanner *sc, size_t i);
static int rel_pred_after(struct mh_scanner *sc, size_t last);

/* Is the word at p "I'm" (or "Im", or with a phone's apostrophe)
 * opening its sentence, or after a greeting that opens it ("Hi, I'm"),
 * or after chat's word that opens it and says nothing of the speaker
 * (chat_word(): "so I'm Al and i hate mondays", "lol im kz")? */
static int
im_opens(struct mh_scanner *sc, size_t p)
{
	size_t q;

	if (!(tok_is(sc, p, KW_IM) || word_eq(sc, p, "i'm") ||
	        word_eq(sc, p, "i\xe2\x80\x99m")))
		return 0;
	if (greeting_opens(sc, p))
		return 1;
	q = prev_word(sc, p);
	return q != SIZE_MAX && q + 2 == p && chat_word(sc, q) &&
	    sentence_initial(sc, q);
}

/* Does the relation word at r open its sentence, alone or after "my"
 * or another word, or follow "with", "and" or a comma there ("my
 * roommate kz", "me and my bf kz", "i live with my roommate kz")?  Not
 * after a verb: "i miss my mom hm" ends on chat's interjection. */
static int
rel_opens(struct mh_scanner *sc, size_t r)
{
	const struct tok *q;
	size_t p = r;

	for (int step = 0; step < 2; step++) {
		if (p == 0 ||
		    (tok_at(sc, p - 1)->kind == T_SPACE &&
		        tok_at(sc, p - 1)->nl))
			return 1;
		p = prev_tok(sc, p);
		if (p == SIZE_MAX)
			return 1;
		q = &sc->t[p];
		if (q->kind == T_PUNCT)
			return q->mark != 0 &&
			    strchr(".!?,;:", q->mark) != NULL;
		if (q->kind != T_WORD)
			return 0;
		if (tok_is(sc, p, KW_WITH) || tok_is(sc, p, KW_AND))
			return 1;
	}
	return 0;
}

/* Is the word at i, two letters and no vowel (or a short name of
 * short_names[]), the initials one goes by right after a relation
 * word, before what a person says or does ("my roommate kz said no"),
 * or is ("my friend kz is sad"), or ending the sentence ("my roommate
 * kz")?  The lists hold most such words as ordinary ones, as for
 * self_name_slow(); not those of not_self_names[] ("my bf rn said"),
 * nor things (initials_things[]: "my dad bp went up", "my bro ds is
 * broken"), nor a word of another flag.  What is said or done is a
 * person's; but "kept" needs what a person keeps doing (deed_tail():
 * "kz kept texting me", not "kept buzzing"), and "went" or "came" no
 * "up" or "down" ("my dad qx went up"). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
rel_initials(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i], *nx;
	size_t n = i + 2, k;

	if (tend(t) - t->s != 2 || t->nletter != 2 || !tok_gap(sc, i - 1) ||
	    !(initials_word(sc, i) || word_among(sc, i, short_names)) ||
	    !relation_at(sc, i - 2) || word_among(sc, i, initials_things))
		return 0;
	/* "my roommate kz", "my bestie kz." ending the message or its
	 * sentence: nothing more said of the initials, no deed to wait for,
	 * so only where the relation opens the sentence and the letters
	 * are none of chat's ("i miss my mom hm", "my bro gl").  An "and"
	 * going on is no end ("my roommate kz and i" stays). */
	nx = tk(sc, i + 1);
	if (nx == NULL || (nx->kind == T_SPACE && nx->nl) ||
	    (nx->kind == T_PUNCT && nx->mark != 0 &&
	        strchr(".,!?", nx->mark) != NULL))
		return rel_opens(sc, i - 2) &&
		    !word_among(sc, i, initials_chat);
	if (!tok_gap(sc, i + 1) || tk(sc, n) == NULL || sc->t[n].kind != T_WORD)
		return 0;
	if (word_eq(sc, n, "kept") || word_eq(sc, n, "keeps"))
		return deed_tail(sc, n);
	if (word_eq(sc, n, "went") || word_eq(sc, n, "came")) {
		k = next_word(sc, n);
		return !(k == n + 2 &&
		    (word_eq(sc, k, "up") || word_eq(sc, k, "down")));
	}
	/* "my bestie kz gets it", "gets me": one who understands; not
	 * "gets better", nor chat's "my mom hm gets it" */
	if (word_eq(sc, n, "gets") || word_eq(sc, n, "got")) {
		k = next_word(sc, n);
		return k == n + 2 &&
		    (word_eq(sc, k, "it") || tok_is(sc, k, KW_ME)) &&
		    !word_among(sc, i, initials_chat);
	}
	/* "my bestie kz is moving away", "my roommate kz was crying", "my
	 * friend kz is sad", "my bestie kz is 19": what the initials are
	 * doing or are, "is" or "was" before a word or an age; not chat's
	 * letters nor a thing's ("my mom hm is ...", "my dad bp is going
	 * up" above), nor a condition's, said of just so ("my mom mh is
	 * getting worse", "my dad dx is worse": initials_health[]) */
	if (tok_is(sc, n, KW_IS) || tok_is(sc, n, KW_WAS))
		return tok_gap(sc, n + 1) && (nx = tk(sc, n + 2)) != NULL &&
		    (nx->kind == T_WORD || nx->kind == T_NUM) &&
		    !word_among(sc, i, initials_chat) &&
		    !word_among(sc, i, initials_health);
	return person_verb(sc, n);
}

/* Is the word at k a first name of no other list, a list's name beside
 * initials (list_initials())? */
static int
list_first(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);

	return t != NULL && t->kind == T_WORD &&
	    (fullflags(sc, k) &
	        (MH_NAMES_FIRST | MH_NAMES_COMMON | MH_NAMES_STOP |
	            MH_NAMES_REL)) == MH_NAMES_FIRST;
}

/* Is the word at q (SIZE_MAX for none) a close of a letter or of chat,
 * which a name signing the message may follow (closing_before())? */
static int
close_word(struct mh_scanner *sc, size_t q)
{
	return q != SIZE_MAX && sc->t[q].kind == T_WORD &&
	    (word_among(sc, q, chat_closes) || word_among(sc, q, sign_offs));
}

/* Does a message's close stand before the word at i, a blank between,
 * so that the word at the end of its line signs it: a comma after a
 * letter's close or chat's ("love, D.", "thanks, K.", "Best, kz", "hey
 * its me, D."), "xo" or "xoxo" ("xo D."), or a dash opening the line,
 * after a sentence's end or after a close ("- K.", "thanks! - K.", "see
 * you soon - K."; not "A - B.", "1 - A.", a range or a list, nor a
 * label's value after any other word: "math - B", "the answer is -
 * D.")?  Asked of a letter or initials at a line's end
 * (signoff_letter(), cue_initials()). */
static int
closing_before(struct mh_scanner *sc, size_t i)
{
	size_t p, q;

	if (i < 2 || !tok_gap(sc, i - 1))
		return 0;
	p = i - 2;
	if (tok_punct(sc, p, ','))
		return close_word(sc, prev_tok(sc, p));
	if (tok_punct(sc, p, '-')) {
		if (p == 0 || (sc->t[p - 1].kind == T_SPACE && sc->t[p - 1].nl))
			return 1;
		if (sc->t[p - 1].kind != T_SPACE)
			return 0;
		q = prev_tok(sc, p);
		return q == SIZE_MAX || close_word(sc, q) ||
		    tok_punct(sc, q, '.') || tok_punct(sc, q, '!') ||
		    tok_punct(sc, q, '?');
	}
	return word_eq(sc, p, "xo") || word_eq(sc, p, "xoxo");
}

/* Is the word at i, two letters and no vowel (list_initials() has read
 * them), the initials one goes by in a slot only a person fills: after
 * "im" opening the message or its sentence, before its end or a comma
 * ("im kz", "hey im kz, 19"; not "im ok", not_self_names[]); opening
 * it before a verb of saying or a deed ("kz said that"); signing
 * off after a close at the line's end ("xoxo, kz", "thanks, kz":
 * closing_before()); before
 * "'s" and a relation word ("kz's mom called"; "tv's on" is a thing's);
 * or after "text", "call", "ask" or "tell" before "at", "later" or the
 * clause's end ("text kz at 9").  Out of line with list_initials(): a
 * word of two letters and no vowel is rare. */
static int
cue_initials(struct mh_scanner *sc, size_t i)
{
	size_t q;

	if (tk(sc, i + 1) != NULL && sc->t[i + 1].kind == T_POSS)
		return tok_gap(sc, i + 2) && tk(sc, i + 3) != NULL &&
		    sc->t[i + 3].kind == T_WORD && relation_at(sc, i + 3);
	/* the subject of a verb of saying or a deed, or of a relation said
	 * of it, opening the sentence or after chat's word that opens it
	 * ("kz said that", "lol kz texted me", "kz is my best friend") */
	if (tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
	    sc->t[i + 2].kind == T_WORD && !sc->t[i + 2].cap &&
	    (person_verb(sc, i + 2) || rel_pred_after(sc, i))) {
		q = prev_word(sc, i);
		if (sentence_initial(sc, i) ||
		    (q != SIZE_MAX && q + 2 == i && tok_in(sc, q, KW_SLANG) &&
		        sentence_initial(sc, q)))
			return 1;
	}
	if (i < 2 || !tok_gap(sc, i - 1))
		return 0;
	if (line_end(sc, i) && closing_before(sc, i))
		return 1;
	if (sc->t[i - 2].kind != T_WORD)
		return 0;
	if (im_opens(sc, i - 2))
		return clause_end_after(sc, i) || tok_punct(sc, i + 1, ',');
	if (!word_eq(sc, i - 2, "text") && !word_eq(sc, i - 2, "call") &&
	    !word_eq(sc, i - 2, "ask") && !word_eq(sc, i - 2, "tell"))
		return 0;
	return clause_end_after(sc, i) ||
	    (tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
	        (tok_is(sc, i + 2, KW_AT) || word_eq(sc, i + 2, "later")));
}

/* Is the word at i followed by a comma and an age of at most two
 * digits that ends its clause or is said as one: "I'm Kz, 19", "I'm
 * Grace, 20 yo", "19 years old", "19 f"; not "19 days clean", "20 min
 * late" (cap_self_initials(), self_word_name())? */
static int
comma_age_after(struct mh_scanner *sc, size_t i)
{
	const struct tok *a = tk(sc, i + 3);
	size_t j = i + 5;

	if (!(tok_punct(sc, i + 1, ',') && tok_gap(sc, i + 2) && a != NULL &&
	        a->kind == T_NUM && a->ndigit <= 2))
		return 0;
	if (clause_end_after(sc, i + 3))
		return 1;
	if (!tok_gap(sc, i + 4) || tk(sc, j) == NULL)
		return 0;
	if (tok_is(sc, j, KW_YO))
		return 1;
	if (tok_is(sc, j, KW_YEARS) || tok_is(sc, j, KW_YRS))
		return tok_gap(sc, j + 1) && word_eq(sc, j + 2, "old");
	return (word_eq(sc, j, "f") || word_eq(sc, j, "m")) &&
	    clause_end_after(sc, j);
}

/* Chat's words that end a clause where one signs in after a greeting:
 * "hey it's Faith lol", "hi its Grace btw" (self_word_name()) */
static const char *const sign_in_tails[] = {"lol", "btw", "haha", "lmao",
    "hehe", NULL};

/* Is the capitalised first name at i, one of the names that are words,
 * the one the writer says they are: after "I'm" opening the sentence
 * with one's age ("I'm Grace, 20", "Hi, I'm June, 19 years old"; a
 * month too, which no one is), or after "it's" (or chat's "its")
 * opening it, before "again" or "here", or, after a greeting, ending
 * the clause or before chat's word that ends it (sign_in_tails[]:
 * "hey it's Will again", "It's Mark here", "hey it's Mark", "hey it's
 * Faith lol")?  Not "I'm Fine, 20 min late", "it's Will power", "it's
 * Grace period", "it's May already"; nor "It's Hope." or "It's Faith
 * lol" with no greeting, where the word's sense is as likely.  Asked
 * of a lone name after a blank and a word or a possessive. */
static int
self_word_name(struct mh_scanner *sc, size_t i)
{
	size_t it, n;

	if (sc->t[i - 2].kind == T_WORD && !word_eq(sc, i - 2, "its"))
		return im_opens(sc, i - 2) && comma_age_after(sc, i);
	/* ("it" before the 's, as the tokens of "it's" are) */
	it = sc->t[i - 2].kind == T_POSS ? i - 3 : i - 2;
	if (it != i - 2 && !word_eq(sc, it, "it"))
		return 0;
	if ((flags(sc, i) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
	    !greeting_opens(sc, it))
		return 0;
	n = next_word(sc, i);
	if (n == i + 2 && (word_eq(sc, n, "again") || word_eq(sc, n, "here")))
		return 1;
	n = prev_word(sc, it);
	return n != SIZE_MAX && hi_word(sc, n) &&
	    (clause_end_after(sc, i) ||
	        (tok_gap(sc, i + 1) && word_among(sc, i + 2, sign_in_tails)));
}

/* Has the word at k a letter past ASCII, which no word of English
 * chat has and vowel() does not know ("lucía", "oisín", "zoë")? */
static int
past_ascii(struct mh_scanner *sc, size_t k)
{
	for (size_t p = sc->t[k].s; p < tend(&sc->t[k]); p++)
		if ((unsigned char)sc->s[p] >= 0x80)
			return 1;
	return 0;
}

/* Has the word at k a vowel, or a letter past ASCII ("wójcik"), as a
 * name has and chat's shortenings often have not ("tmrw", "pls")? */
static int
voiced_word(struct mh_scanner *sc, size_t k)
{
	for (size_t p = sc->t[k].s; p < tend(&sc->t[k]); p++)
		if (vowel(sc->s[p]) || (unsigned char)sc->s[p] >= 0x80)
			return 1;
	return 0;
}

static int two_syllables(struct mh_scanner *sc, size_t k);
static int ing_word(struct mh_scanner *sc, size_t k);

/* Is the word at i, in lower case and of no list, the name the writer
 * gives after "i'm" or "its" (im_opens(), greeting_opens()): before
 * one's age ("i'm aroha, 20"), before ", from" or, after a greeting,
 * "from" ("i'm aroha, from porirua", "hi its ola from greenpoint"),
 * or ending its clause after a greeting or with a letter past ASCII,
 * which no word of chat has ("hi. i'm aroha.", "anyway i'm lucía,")?
 * Of three letters or more, not slang, of two syllables and not drawn
 * out (two_syllables()): not "i'm dre-ading it", "i'm ded,", "its
 * ngl", "hi i'm sleepyyy", "i'm hangry from work". */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
self_unknown_name(struct mh_scanner *sc, size_t i)
{
	size_t pw = i - 2, it, q;
	int hi;

	/* the cheap tests first: every word of no list in lower case comes
	 * here ("i'm", "im", "its" or "it's" before it: an i, and five
	 * bytes at most with a phone's apostrophe) */
	if (i < 3 || !tok_gap(sc, i - 1) ||
	    (sc->t[pw].kind == T_WORD &&
	        (tend(&sc->t[pw]) - sc->t[pw].s > 5 ||
	            lc((unsigned char)sc->s[sc->t[pw].s]) != 'i')) ||
	    (sc->t[pw].kind == T_POSS &&
	        lc((unsigned char)sc->s[sc->t[pw - 1].s]) != 'i'))
		return 0;
	if (im_opens(sc, pw)) {
		it = pw;
	} else {
		/* ("it" before the 's, as the tokens of "it's" are) */
		it = sc->t[pw].kind == T_POSS ? pw - 1 : pw;
		if (!(it == pw ? word_eq(sc, it, "its")
		               : word_eq(sc, it, "it")) ||
		    !greeting_opens(sc, it))
			return 0;
	}
	if (tend(&sc->t[i]) - sc->t[i].s < 3 || sc->t[i].hyphen ||
	    tok_in(sc, i, KW_SLANG) || !two_syllables(sc, i))
		return 0;
	/* not a state one is in, as chat coins them, whatever the cue:
	 * "hi i'm chillin, 19", "hi im vibin from home", "hi i'm wrecked",
	 * "its snowing" */
	const char *e = sc->s + tend(&sc->t[i]);
	if (eqw(e - 2, 2, "ed") || eqw(e - 2, 2, "in") || ing_word(sc, i))
		return 0;
	if (comma_age_after(sc, i))
		return 1;
	if (tok_punct(sc, i + 1, ',') && tok_gap(sc, i + 2) &&
	    tok_is(sc, i + 3, KW_FROM))
		return 1;
	/* a greeting right before, in its sentence or its own ("hi. i'm") */
	q = prev_word(sc, it);
	hi = q != SIZE_MAX && hi_word(sc, q);
	if (tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_FROM))
		return hi;
	if (!(clause_end_after(sc, i) || tok_punct(sc, i + 1, ',')))
		return 0;
	/* (nor one in -y, after a greeting alone: "hi i'm hangry") */
	if (hi)
		return lc(e[-1]) != 'y';
	return past_ascii(sc, i);
}

/* Is the word at i, two letters and no vowel, the initials one goes by
 * in a list of people beside a first name: "me, maya and kz went",
 * "maya, kz, and sam", "hanging w/ kz and jordan"?  The word as
 * rel_initials() reads it, and none of chat's words or things
 * (initials_chat[]: "watched tv and maya came", "maya and fb stalked
 * me"); the name after "and" or a comma, or before one.  After a name
 * and a comma the list must go on ("maya, kz, and sam"; not "jordan, gl
 * tomorrow", said to jordan).  The list last: most such words are in
 * no list of people. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
list_initials(struct mh_scanner *sc, size_t i)
{
	size_t j;
	int in_list = 0;

	if (!initials_word(sc, i))
		return 0;
	/* not a region's code before its postcode: "delmas, mp 35739" */
	if (tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
	    sc->t[i + 2].kind == T_NUM)
		return 0;
	if (cue_initials(sc, i))
		return !word_among(sc, i, initials_chat);
	/* before: "maya and kz", "maya, kz," or "maya, kz and" */
	if (i >= 2 && tok_gap(sc, i - 1)) {
		if (tok_is(sc, i - 2, KW_AND) && i >= 4 && tok_gap(sc, i - 3) &&
		    list_first(sc, i - 4))
			in_list = 1;
		else if (tok_punct(sc, i - 2, ',') && i >= 3 &&
		    list_first(sc, i - 3))
			in_list = tok_punct(sc, i + 1, ',') ||
			    (tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_AND));
	}
	/* after: "kz and jordan", "kz, sam", "kz, and sam" */
	if (!in_list) {
		j = i + 1;
		if (tok_punct(sc, j, ','))
			j++;
		if (!tok_gap(sc, j))
			return 0;
		if (tok_is(sc, j + 1, KW_AND) && tok_gap(sc, j + 2))
			j += 2;
		else if (j == i + 1)
			return 0;
		in_list = list_first(sc, j + 1);
	}
	return in_list && !word_among(sc, i, initials_chat);
}

/* Is the word at i two letters and no vowel, as initials_word() wants
 * them?  Asked before the out-of-line call of list_initials(), which
 * most words of two letters have no need of ("ok", "is", "my"): the
 * call, with initials_word()'s and the two of strchr() it made, cost
 * each such word in a text in lower case 70 instructions (callgrind:
 * ok.txt, "ok" alone on each of its lines, 31.4 M to 29.0 M). */
static inline int
initials_shape(const struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const char *w = sc->s + t->s;

	return tend(t) - t->s == 2 && t->nletter == 2 && !vowel(w[0]) &&
	    !vowel(w[1]);
}

/* self_name(): a word of two or three letters after "me", "is" or
 * "called" (self_name_slow()), or a relation word (rel_initials()), or
 * of two letters anywhere, beside a name in a list (list_initials(), an
 * out-of-line call for every such word of initials' shape); in a text in
 * lower case, lowertext_opens_nothing() asks it of every such word. */
static inline int
self_name(struct mh_scanner *sc, size_t i)
{
	unsigned kw;

	if (tend(&sc->t[i]) - sc->t[i].s > 3)
		return 0;
	/* the cues two tokens back, where there are any; "kz's mom
	 * called" opening the text has none, and list_initials() reads
	 * no word before it.  Its test once, after them: where each way
	 * had its own, walk() and the rules that inline this grew, and GCC
	 * left two rules out of line that word_rules() had inlined (rb4:
	 * +2.0 M). */
	if (i >= 2) {
		kw = sc->t[i - 2].kw;
		if (((kw == KW_ME || kw == KW_IS || kw == KW_CALLED) &&
		        self_name_slow(sc, i)) ||
		    ((flags(sc, i - 2) & MH_NAMES_REL) && rel_initials(sc, i)))
			return 1;
	}
	return initials_shape(sc, i) && list_initials(sc, i);
}

/* May the first name at i follow the word pw of noun_nexts[] all the
 * same: "you" ending what one says to someone ("thank you brayden",
 * "miss you brayden", "love you maya"), "that" before a verb ("I
 * hate that jayden did that"), or a sentence's first "its" ("its maya
 * again")?  Not "see you soon", "that sarah
 * thing", nor a name that is also a word, which a text in lower case
 * brings here ("that curry was so hot"): a first name, or first name
 * and surname, and nothing else, as memo_fill() takes alone. */
static int
name_after_pronoun(struct mh_scanner *sc, size_t pw, size_t i)
{
	unsigned f = fullflags(sc, i);
	size_t q;

	if (pw + 2 != i ||
	    (f != MH_NAMES_FIRST && f != (MH_NAMES_FIRST | MH_NAMES_LAST)) ||
	    tok_in2(sc, i, KW2_NOT_LONE))
		return 0;
	/* "-ed", "-s", "is", "was" (finite_after()); a verb of saying,
	 * "did", "had", "got" */
	if (tok_is(sc, pw, KW_THAT))
		return finite_after(sc, i, 1) ||
		    (tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
		        !sc->t[i + 2].cap &&
		        ((flags(sc, i + 2) & MH_NAMES_SAID) ||
		            word_eq(sc, i + 2, "did") ||
		            word_eq(sc, i + 2, "had") ||
		            word_eq(sc, i + 2, "got")));
	/* "its maya again": chat's "its" for "it's", opening its
	 * sentence, as "it's maya" is taken; or after a greeting that
	 * opens it ("hey its derek", "hi its maya") */
	if (word_eq(sc, pw, "its"))
		return greeting_opens(sc, pw);
	if (!tok_is(sc, pw, KW_YOU) || !clause_end_after(sc, i))
		return 0;
	q = prev_word(sc, pw);
	return q != SIZE_MAX && q + 2 == pw &&
	    (tok_is(sc, q, KW_THANK) || tok_is(sc, q, KW_MISS) ||
	        tok_is(sc, q, KW_LOVE));
}

/* Is the first name at i, also a word, followed by where its bearer
 * is, "in" or "at", as after a relation word ("the kids are with their
 * dad bill in ballarat", "my mum ray at the home")?  Not a verb's past
 * or will ("my mum rose at six", "my dad drew in the sand", "my dad
 * will at least"), what one is ("my nan young at heart"), nor a month
 * (word_name_after()). */
static int
where_after(struct mh_scanner *sc, size_t i)
{
	unsigned f = fullflags(sc, i);

	return (f & MH_NAMES_FIRST) && !(f & MH_NAMES_MONTH) &&
	    tok_gap(sc, i + 1) &&
	    (tok_is(sc, i + 2, KW_IN) || tok_is(sc, i + 2, KW_AT)) &&
	    !word_among(sc, i, where_nots);
}

/* Is the word at i, of name class c, a name that is also a word, right
 * after a relation word: one of lower_word_name(), unless a verb ("my
 * friend june", "MY SISTER FAITH", but "my mum hope we"), also after
 * "named"; or, after a relation word, a first name that is also a word
 * ending a clause ("my bro will", "MY SON WILL", but "my son will call
 * later")?  For words in lower case or in capitals, where the case
 * does not tell the name from the word. */
static int
word_name_after(struct mh_scanner *sc, size_t i, int c)
{
	size_t pw = prev_word(sc, i);
	unsigned f;

	if (pw == SIZE_MAX)
		return 0;
	/* set off by commas after a relation word: "my sister, georgia,
	 * called", "my mum, grace, is ill"; not "with my sister, georgia
	 * is hot" */
	if (pw + 3 == i && tok_punct(sc, pw + 1, ',') && tok_gap(sc, pw + 2)) {
		if (!relation_at(sc, pw) || !clause_end_after(sc, i))
			return 0;
		/* there any first name, a month's too, and any name that
		 * is also a word: "my son, august, is ill", "my mum, may,
		 * is ill", "my son, art, is not well" */
		if (fullflags(sc, i) & (MH_NAMES_FIRST | MH_NAMES_AMBIG))
			return 1;
	} else if (pw + 2 != i)
		return 0;
	if ((relation_at(sc, pw) || tok_is(sc, pw, KW_NAMED) ||
	        tok_is(sc, pw, KW_CALLED)) &&
	    lower_word_name(sc, i, c) && !lower_verb(sc, i))
		return 1;
	if (c != C_AMBIG || !relation_at(sc, pw))
		return 0;
	/* a month is a first name too here: "my aunt may raised me" */
	f = fullflags(sc, i);
	if ((f & MH_NAMES_FIRST) && !(f & MH_NAMES_MONTH) &&
	    clause_end_after(sc, i))
		return 1;
	if (where_after(sc, i))
		return 1;
	return (f & (MH_NAMES_FIRST | MH_NAMES_MONTH)) &&
	    finite_after(sc, i, 1);
}

/* Is the word at i a state that is also a given name, set off by a
 * comma after a relation word: "my sister-in-law, Georgia, called",
 * "MY SISTER, GEORGIA" (but "with my sister, Georgia is hot")? */
static int
rel_comma_state(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i), q;

	if (p == SIZE_MAX || !tok_punct(sc, p, ',') ||
	    !tok_in(sc, i, KW_STATE_NAME))
		return 0;
	q = prev_tok(sc, p);
	return q != SIZE_MAX && q + 1 == p && sc->t[q].kind == T_WORD &&
	    relation_at(sc, q) && clause_end_after(sc, i);
}

/* Is the state or country at i (Georgia, Ireland, France) a name here:
 * after a title or a relation word ("Dr. France", "my daughter Egypt"),
 * after a first name ("Mary Ireland"), or before a surname ("Georgia
 * Okafor")?  Elsewhere it is the place, which is kept. */
static int
state_named(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i), n;

	if (!(fullflags(sc, i) & (MH_NAMES_FIRST | MH_NAMES_LAST)))
		return 0;
	if (rel_comma_state(sc, i))
		return 1;
	if (p != SIZE_MAX && tok_punct(sc, p, '.') && p > 0)
		p = prev_tok(sc, p);
	/* a title ("Dr. France", and "I miss Georgia", which may be
	 * someone), a relation word, a greeting, or a first name */
	if (p != SIZE_MAX && sc->t[p].kind == T_WORD &&
	    ((flags(sc, p) & MH_NAMES_TITLE) || relation_at(sc, p) ||
	        (p + 2 == i && (hi_word(sc, p) || tok_is(sc, p, KW_DEAR))) ||
	        (sc->t[p].cap && p + 2 == i && is_first(sc, p) &&
	            !(flags(sc, p) & MH_NAMES_STATE))))
		return 1;
	/* then a surname ("Georgia Okafor"), or a verb of saying
	 * ("Georgia said", "Virginia told me") */
	n = i + 2;
	return tok_gap(sc, i + 1) && tk(sc, n) && sc->t[n].kind == T_WORD &&
	    ((sc->t[n].cap && (fullflags(sc, n) & MH_NAMES_LAST) &&
	         !(fullflags(sc, n) & (MH_NAMES_STATE | MH_NAMES_COMMON))) ||
	        (!sc->t[n].cap && (flags(sc, n) & MH_NAMES_SAID)));
}

/* Does every capital of the joined word t open one of its parts, after
 * a hyphen or an apostrophe (' or U+2019), or follow a Mc or Mac that
 * does: "O'Sullivan-Reyes", "D'Angelo-Marsh", "McKay-Lee"? */
static int
part_caps(struct mh_scanner *sc, const struct tok *t)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t start = t->s; /* where the current part begins */

	for (size_t k = t->s; k < tend(t); k++) {
		unsigned char c = u[k];
		if (c == '-' || c == '\'' ||
		    (c == 0x99 && k >= 2 && u[k - 1] == 0x80 &&
		        u[k - 2] == 0xE2)) {
			start = k + 1;
			continue;
		}
		if (c < 'A' || c > 'Z' || k == start)
			continue;
		if (!((k - start == 2 && u[start] == 'M' &&
		          u[start + 1] == 'c') ||
		        (k - start == 3 && u[start] == 'M' &&
		            u[start + 1] == 'a' && u[start + 2] == 'c')))
			return 0;
	}
	return 1;
}

/* clinical_suffix() past its test of the length: the endings with the
 * last four letters of the word ending at byte e, found by halving
 * sc->clinical_tail in a fixed number of steps with no branch on the
 * compare, then read.  Reading every ending cost a name in no list 400
 * instructions, 7 M of rb.txt's. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
clinical_end(const struct mh_scanner *sc, const unsigned char *u, size_t e,
    size_t len)
{
	uint32_t k = tail4(u + e);
	size_t lo = 0;

	for (size_t n = NCLINICAL; n > 1; n -= n / 2)
		lo = sc->clinical_tail[lo + n / 2] < k ? lo + n / 2 : lo;
	lo += sc->clinical_tail[lo] < k;
	for (; lo < NCLINICAL && sc->clinical_tail[lo] == k; lo++) {
		size_t m = strlen(clinical_ends[lo]), j;
		/* an ending longer than the word ("phetamine" of
		 * "Mypamine") is not read before it, where the text may
		 * start */
		if (m > len)
			continue;
		for (j = 0; j < m; j++)
			if ((u[e - m + j] | 0x20) !=
			    (unsigned char)clinical_ends[lo][j])
				break;
		if (j == m)
			return 1;
	}
	return 0;
}

/* Does the word t end as the name of a condition, a branch of
 * medicine or a medicine does ("emetophobia", "misophonia",
 * "depersonalization", "aphantasia", "clozapine": clinical_ends[])?
 * Then a word in no list is no one's name, also after "called" ("it's
 * called emetophobia").  Eight bytes at least, so that a short name
 * with such an ending stays one ("Alexia"): that test inline, as most
 * words it is asked of are shorter. */
static inline int
clinical_suffix(const struct mh_scanner *sc, const struct tok *t)
{
	if (tend(t) - t->s < 8)
		return 0;
	/* the filter's bit first: the search cost about 100 instructions
	 * a word, and few words have an ending of the list */
	unsigned b =
	    clinical_bit(tail4((const unsigned char *)sc->s + tend(t)));
	return (sc->clinical_bits[b >> 6] >> (b & 63) & 1) &&
	    clinical_end(sc, (const unsigned char *)sc->s, tend(t),
	        tend(t) - t->s);
}

/* drawn_out() of the word of n bytes at w (3 to 31), which has a
 * letter three times in a row. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
drawn_out_cut(const struct mh_scanner *sc, const unsigned char *w, size_t n)
{
	size_t n1 = 0, n2 = 0, run, k;
	char one[32], two[32];

	/* only the runs of three or more are cut, to one letter and to
	 * two: a name's own double letter stays ("Mollyyy" is "molly",
	 * where cutting every run made "moly" and kept no name) */
	for (k = 0; k < n; k += run) {
		char c = (char)lc(w[k]);
		size_t j;
		for (run = 1; k + run < n && lc(w[k + run]) == c; run++)
			;
		for (j = 0; j < (run >= 3 ? 1 : run); j++)
			one[n1++] = c;
		for (j = 0; j < (run >= 3 ? 2 : run); j++)
			two[n2++] = c;
	}
	/* a word first, cut to one letter: "Sooo" is "so", not "Soo" */
	unsigned f1 = mh_names_lookup(sc->nm, one, n1);
	if ((f1 & MH_NAMES_COMMON) && !(f1 & (MH_NAMES_FIRST | MH_NAMES_LAST)))
		return 1;
	for (int h = 0; h < 2; h++) {
		unsigned f = h ? mh_names_lookup(sc->nm, two, n2) : f1;
		if ((f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
		    (!(f & MH_NAMES_COMMON) || (f & MH_NAMES_AMBIG)))
			return 0;
	}
	return 1;
}

/* Is the word t, in no list, drawn out as chat draws words out, a
 * letter three times or more in a row ("Sooo", "Ughhh", "Whyyy",
 * "Heyyy": no name has that), and no name so drawn out ("Jessicaaa",
 * "Annna": a run cut to one or two letters is a name, and cut to one
 * no word)?
 * Asked only of the capitalised words in no list, off the walk's hot
 * tests (one in lower case is a name only after a cue).  The run of
 * three is looked for here, in a function that keeps nothing in a
 * callee-saved register and so saves none, and in one vector step for
 * a word of up to 16 bytes with 16 to read; the rest, with its two
 * buffers, only for the few words that have one (drawn_out_cut()).
 * The bytes compared one by one, after six registers saved, cost 67
 * instructions a word (callgrind: blk40.txt, 36 K calls, 1.2 M
 * instructions fewer). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
drawn_out(const struct mh_scanner *sc, const struct tok *t)
{
	const unsigned char *w = (const unsigned char *)sc->s + t->s;
	size_t n = tend(t) - t->s, k;

	/* most words have no such run: that test first, the bytes in
	 * either case ('O', 'o') */
	if (n < 3 || n >= 32)
		return 0;
#ifdef __SSE2__
	if (n <= 16 && sc->n - t->s >= 16) {
		/* byte k of d is 0 for a run from byte k, bytes k + 1
		 * and k + 2 as byte k but for case; of the word's, from
		 * 0 to n - 3, which all read bytes of the word */
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)w);
		__m128i d = _mm_and_si128(
		    _mm_or_si128(_mm_xor_si128(v, _mm_srli_si128(v, 1)),
		        _mm_xor_si128(v, _mm_srli_si128(v, 2))),
		    _mm_set1_epi8((char)0xdf));
		unsigned m = (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(d, _mm_setzero_si128()));

		if (!(m & ((1u << (n - 2)) - 1)))
			return 0;
		return drawn_out_cut(sc, w, n);
	}
#endif
	for (k = 2; k < n; k++)
		if (!((w[k] ^ w[k - 1]) & 0xdf) && !((w[k] ^ w[k - 2]) & 0xdf))
			return drawn_out_cut(sc, w, n);
	return 0;
}

/* The name class of the word at i (C_NONE for none).  Inlined into
 * name_run(), which asks it of every member, 63,000 times over the bench
 * slice: the call cost about a fifth of the answer (callgrind 264.8 M to
 * 262.3 M).  The other callers call name_class(). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
name_class_at(struct mh_scanner *sc, size_t i)
{
	struct tok *t = tk(sc, i);
	unsigned f;

	if (t == NULL || t->kind != T_WORD)
		return C_NONE;
	f = fullflags(sc, i);
	/* (one test for the two: few words have either) */
	if (f & (MH_NAMES_KEEP | MH_NAMES_USER))
		return f & MH_NAMES_KEEP ? C_NONE : C_USER;
	/* "Christmas is hard", but "Father Christmas", "Dr Easter" */
	if (tok_in(sc, i, KW_FEAST)) {
		size_t p = prev_word(sc, i);
		if (p == SIZE_MAX || !(flags(sc, p) & MH_NAMES_TITLE))
			return C_NONE;
	}
	if ((f & MH_NAMES_STATE) && !state_named(sc, i))
		return C_NONE;
	if (t->contr)
		return C_NONE;
	if (tend(t) - t->s == 1)
		return t->cap ? C_INITIAL : C_NONE;
	/* HFrEF, CHA2DS2: mixed capitals are abbreviations, not names;
	 * but not O'Sullivan-Reyes, McKay-Lee (part_caps()) */
	if (!t->allcap && t->nupper >= 3 && !(t->joined && part_caps(sc, t)))
		return C_NONE;
	if (t->hyphen && f == 0)
		return hyphen_class(sc, i);
	if (f & (MH_NAMES_AMBIG | MH_NAMES_MONTH))
		return C_AMBIG;
	/* "My Daughters Georgia and Virginia", "My Sons Will and Mark": a
	 * relation in the plural, in title case, is the relation, not a
	 * name (nor a surname) before theirs; its first test, the
	 * word's ending, inline: most words end in another letter */
	if (!(f & MH_NAMES_FIRST) && t->cap && plural_end(sc, i) &&
	    plural_before_name(sc, i))
		return C_NONE;
	if (f & (MH_NAMES_FIRST | MH_NAMES_LAST))
		return f & MH_NAMES_COMMON ? C_WEAK : C_STRONG;
	if (f == 0 && tend(t) - t->s <= 30 && !clinical_suffix(sc, t) &&
	    !((t->cap || t->allcap) && drawn_out(sc, t)))
		return C_UNKNOWN;
	return C_NONE;
}

/* name_class_at(), called: for the rules that ask it now and then. */
static int
name_class(struct mh_scanner *sc, size_t i)
{
	return name_class_at(sc, i);
}

/* Mary-Jane, Smith-Jones: every part capitalised; the strongest part
 * decides.  D-dimer, Guillain-Barré (an eponym, decided later) too.
 * And a given name romanised from Korean, its first syllable
 * capitalised and the rest not ("Ji-woo", "Seo-yeon", "Jae-hyun"):
 * the first part a clear name's, no ordinary word (not "Ah-young",
 * "Ha-ha", "Check-in"), the others short and in a name list, none a
 * name that is also an everyday word. */
static int
hyphen_class(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t p = t->s;
	int best = C_UNKNOWN, common = 0, syllables = 0, unknown = 0;

	while (p < tend(t)) {
		size_t q = p, l;
		while (q < tend(t) && u[q] != '-')
			q++;
		uint32_t c = decode(u, sc->n, p, &l);
		/* "al-Rashid", "el-Amin": the article of an Arabic surname
		 * in lower case, before a part in capitals */
		if (p == t->s && q - p == 2 && q < tend(t) &&
		    (eqw(sc->s + p, 2, "al") || eqw(sc->s + p, 2, "el")) &&
		    !t->cap && t->nupper) {
			p = q + 1;
			continue;
		}
		/* every part capitalised, or none, and then every part a
		 * name: "my friend mary-kate" (but "D-dimer", "my sister
		 * self-harms") */
		int lower = !t->cap && !t->allcap && !t->nupper;
		if (!cp_upper(c) && !lower) {
			if (p == t->s || !t->cap || t->nupper != 1 || q - p > 5)
				return C_NONE;
			syllables = 1;
		}
		unsigned f = mh_names_lookup(sc->nm, sc->s + p, q - p);
		if ((lower || syllables) &&
		    (!(f & (MH_NAMES_FIRST | MH_NAMES_LAST)) ||
		        (syllables && (f & MH_NAMES_AMBIG))))
			return C_NONE;
		if (f & MH_NAMES_KEEP)
			return C_NONE;
		/* a syllable after the first may be a word too ("woo"):
		 * the first, a clear name, decides */
		if (syllables && p != t->s) {
			p = q + 1;
			continue;
		}
		if (f & MH_NAMES_USER)
			return C_USER;
		if ((f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
		    !(f & (MH_NAMES_COMMON | MH_NAMES_AMBIG)))
			best = C_STRONG;
		else if (f != 0)
			common++;
		else if (q - p >= 4 && !lower)
			unknown = 1;
		p = q + 1;
	}
	/* "in Zürich-Oerlikon": a part of four letters or more in no list,
	 * every part capitalised, is a proper name's, though another
	 * part is a word (Oerlikon is); not "Wi-Fi", "Hi-Fi" */
	if (unknown && !syllables && best != C_STRONG)
		return C_UNKNOWN;
	if (syllables && common) /* "Oh-jin": the first an ordinary word */
		return C_NONE;
	return best == C_STRONG ? C_STRONG : common ? C_NONE : C_UNKNOWN;
}

static int
is_first(struct mh_scanner *sc, size_t i)
{
	return (fullflags(sc, i) & (MH_NAMES_FIRST | MH_NAMES_USER)) != 0;
}

/* The flags a given name joined by hyphens in lower case, which no list
 * holds whole, is taken by ("jean-luc", "ji-woo", "seo-yeon",
 * "marie-claire"): a first name's when its first part is a name's and
 * no ordinary word, as "jayden" is taken (match_lower_name()); whether
 * every part is a name's, hyphen_class() asks.  A first part that is a
 * surname alone ("seo", "kung", "coca") is no given name's by itself:
 * then no part after it may be an ordinary word either ("kung-fu",
 * "coca-cola" stay; "seo-yeon" is taken).  Else none. */
static unsigned
hyphen_given(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const char *w = sc->s + t->s, *end = sc->s + tend(t);
	const char *h = memchr(w, '-', (size_t)(end - w));
	unsigned f;

	if (h == NULL)
		return 0;
	f = mh_names_lookup(sc->nm, w, (size_t)(h - w));
	if (!(f & (MH_NAMES_FIRST | MH_NAMES_LAST)) ||
	    (f & (MH_NAMES_COMMON | MH_NAMES_KEEP)))
		return 0;
	while (!(f & MH_NAMES_FIRST) && h < end) {
		w = h + 1;
		if ((h = memchr(w, '-', (size_t)(end - w))) == NULL)
			h = end;
		if (mh_names_lookup(sc->nm, w, (size_t)(h - w)) &
		    MH_NAMES_COMMON)
			return 0;
	}
	return MH_NAMES_FIRST;
}

/* Does the word at p end an in-law relation: "my mother in law Faith",
 * "sister-in-law Ana" (one token)? */
static int
in_law_at(struct mh_scanner *sc, size_t p)
{
	/* the last letter before the call: most hyphenated words end in
	 * another */
	if (sc->t[p].hyphen && tend(&sc->t[p]) - sc->t[p].s > 7 &&
	    (sc->s[tend(&sc->t[p]) - 1] | 0x20) == 'w' &&
	    strncasecmp(sc->s + tend(&sc->t[p]) - 7, "-in-law", 7) == 0)
		return 1;
	if (tend(&sc->t[p]) - sc->t[p].s == 3 && tok_is(sc, p, KW_LAW)) {
		size_t q = prev_tok(sc, p), r;
		if (q == SIZE_MAX || !tok_is(sc, q, KW_IN))
			return 0;
		r = prev_tok(sc, q);
		return r != SIZE_MAX && sc->t[r].kind == T_WORD &&
		    (flags(sc, r) & MH_NAMES_REL);
	}
	return 0;
}

/* Are the bytes s to e a relation joined by hyphens: "step-daughter",
 * "ex-wife", "half-sister" (its last part a relation), or "co-worker"
 * (a relation written as one word, "coworker")? */
static int
hyphen_rel_read(struct mh_scanner *sc, size_t s, size_t e)
{
	size_t k = e, n;
	char w[24];

	while (k > s && sc->s[k - 1] != '-')
		k--;
	if (k <= s)
		return 0;
	if (e - k >= 2 &&
	    (mh_names_lookup_cue(sc->nm, sc->s + k, e - k) & MH_NAMES_REL))
		return 1;
	/* two parts only: "co-worker", not "34-year-old" */
	n = k - 1 - s;
	if (e - s > sizeof(w) || memchr(sc->s + s, '-', n) != NULL)
		return 0;
	memcpy(w, sc->s + s, n);
	memcpy(w + n, sc->s + k, e - k);
	return (mh_names_lookup_cue(sc->nm, w, n + e - k) & MH_NAMES_REL) != 0;
}

/* hyphen_rel_read(), kept for the words of up to 16 bytes (a key): the
 * answer depends on the bytes alone, case folded as kw_key() and the
 * tables fold it, and on the word table, whose generation is kept with
 * it.  On rb.txt 5,180 of its 6,613 calls are "year-old". */
static int
hyphen_rel(struct mh_scanner *sc, size_t s, size_t e)
{
	uint64_t k[2];
	struct hrel_memo *m;

	if (e - s > 16)
		return hyphen_rel_read(sc, s, e);
	kw_key(sc->s + s, e - s, sc->n - s, k);
	m = &sc->hrel[kw_hash(k) & (HREL_SLOTS - 1)];
	if (m->k[0] != k[0] || m->k[1] != k[1] || m->gen != sc->memo_gen) {
		m->k[0] = k[0];
		m->k[1] = k[1];
		m->gen = sc->memo_gen;
		m->rel = hyphen_rel_read(sc, s, e);
	}
	return m->rel;
}

static int
hyphen_rel_at(struct mh_scanner *sc, size_t p)
{
	const struct tok *t = &sc->t[p];

	return t->kind == T_WORD && t->hyphen && hyphen_rel(sc, t->s, tend(t));
}

/* Is the word at p "worker" (n 6) or "workers" (n 7) right after "co"?
 * Compared byte by byte, as a keyword's lookup would cost every word of
 * six letters one. */
static int
co_worker_at(struct mh_scanner *sc, size_t p, size_t n)
{
	const struct tok *t = &sc->t[p];

	return tend(t) - t->s == n &&
	    eqw(sc->s + t->s, n, n == 6 ? "worker" : "workers") && p >= 2 &&
	    tok_gap(sc, p - 1) && tok_is(sc, p - 2, KW_CO);
}

/* Is the word at p "walker" right after "dog": one paid to walk the
 * dog, a relation as "babysitter" is ("my dog walker found me"; not
 * "my walker", the frame one walks with)?  memo_noctx() leaves
 * "walker" its context for it. */
static int
dog_walker_at(struct mh_scanner *sc, size_t p)
{
	return eqw(sc->s + sc->t[p].s, 6, "walker") && p >= 2 &&
	    tok_gap(sc, p - 1) && word_eq(sc, p - 2, "dog");
}

/* The relations of relation_at() that the word table does not flag,
 * for the word at p of n bytes. */
#ifdef __GNUC__
__attribute__((noinline)) /* rare: out of the loops that inline the rest */
#endif
static int
relation_slow(struct mh_scanner *sc, size_t p, size_t n)
{
	return in_law_at(sc, p) || hyphen_rel_at(sc, p) ||
	    (n == 6 && (co_worker_at(sc, p, 6) || dog_walker_at(sc, p)));
}

/* Is the word at p a relation: "mum", "sister-in-law", "step-dad", "co
 * worker" (two words)?  Inline: it is asked of most words after which a
 * name could come, and most fail its first two tests. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
relation_at(struct mh_scanner *sc, size_t p)
{
	const struct tok *t = &sc->t[p];
	size_t n = tend(t) - t->s;

	if (flags(sc, p) & MH_NAMES_REL)
		return 1;
	/* the rest are hyphenated, "law", "worker" or "walker": most words
	 * are none, and many have three letters or six (of which only
	 * "worker" and "walker" start with a w) */
	if (!t->hyphen && !(n == 3 && tok_is(sc, p, KW_LAW)) &&
	    !(n == 6 && (sc->s[t->s] | 0x20) == 'w'))
		return 0;
	return relation_slow(sc, p, n);
}

/* Is the word at p a relation in the plural: "daughters", "kids",
 * "step-sons", "co-workers", "co workers"?  The tokenizer's quiet bits
 * ask the same of a word with no hyphen, once per memo entry
 * (plural_rel_word()), by the same tests of its bytes (rel_plural_s(),
 * rel_plural_ren()): a new test here or in plural_rel_odd() must be
 * added there too, or a list of names after such a word goes unread. */
static int
plural_rel_at(struct mh_scanner *sc, size_t p)
{
	const struct tok *t = tk(sc, p);

	if (t == NULL || t->kind != T_WORD || tend(t) - t->s < 4 ||
	    lc((unsigned char)sc->s[tend(t) - 1]) != 's')
		return 0;
	if (co_worker_at(sc, p, 7) ||
	    rel_plural_s(sc, sc->s + t->s, tend(t) - t->s))
		return 1;
	return t->hyphen && hyphen_rel(sc, t->s, tend(t) - 1);
}

/* The plurals plural_rel_at() does not see by their last s:
 * "children", "grandchildren" (a relation and "ren"), "sisters-in-law"
 * (a relation and "s-in-law"). */
static int
plural_rel_odd(struct mh_scanner *sc, size_t p)
{
	const struct tok *t = tk(sc, p);
	size_t n;

	if (t == NULL || t->kind != T_WORD)
		return 0;
	n = tend(t) - t->s;
	if (rel_plural_ren(sc, sc->s + t->s, n))
		return 1;
	if (t->hyphen && n > 9 &&
	    strncasecmp(sc->s + tend(t) - 8, "s-in-law", 8) == 0)
		return (mh_names_lookup_cue(sc->nm, sc->s + t->s, n - 8) &
		           MH_NAMES_REL) != 0;
	return 0;
}

/* May the word at j be one of the names listed after a relation in the
 * plural: a first name, the user's, or a name that is also a word or a
 * state (the lists of lower_word_name())? */
static int
list_name(struct mh_scanner *sc, size_t j)
{
	const struct tok *t = tk(sc, j);
	unsigned f;

	if (t == NULL || t->kind != T_WORD || t->contr || tend(t) - t->s < 2)
		return 0;
	f = fullflags(sc, j);
	if (f & (MH_NAMES_USER | MH_NAMES_KEEP))
		return (f & MH_NAMES_USER) != 0;
	if (tok_in(sc, j, KW_LOWER_NAME | KW_STATE_NAME))
		return 1;
	return (f & MH_NAMES_FIRST) &&
	    !(f &
	        (MH_NAMES_STATE | MH_NAMES_MONTH | MH_NAMES_WEEKDAY |
	            MH_NAMES_TITLE | MH_NAMES_REL | MH_NAMES_STOP |
	            MH_NAMES_SAID | MH_NAMES_NAMECUE | MH_NAMES_PLACECUE));
}

/* The first token after the separator that follows the listed name at j
 * (", ", " and ", " & ", ", and "), or SIZE_MAX; *and says whether the
 * separator has "and" or "&". */
static size_t
list_next(struct mh_scanner *sc, size_t j, int *and)
{
	size_t k = j + 1;

	*and = 0;
	if (tok_punct(sc, k, ','))
		k++;
	if (!tok_gap(sc, k))
		return SIZE_MAX;
	if (and_at(sc, k + 1)) {
		*and = 1;
		return tok_gap(sc, k + 2) ? k + 3 : SIZE_MAX;
	}
	return k > j + 1 ? k + 1 : SIZE_MAX;
}

/* The last of the names listed after the relation in the plural at p,
 * "my daughters georgia, virginia and faith", or SIZE_MAX.  A list, as
 * one name alone after the plural is as often a possessive without its
 * apostrophe: "my sons will", "my daughters georgia trip".  None when a
 * place word follows a name ("georgia and virginia beach"). */
static size_t
rel_list_last(struct mh_scanner *sc, size_t p, size_t j)
{
	size_t last = SIZE_MAX, n;
	int and = 0;

	/* "my sons will and mark", "my kids, zoe and max, are" */
	if (!(j == p + 2 ? tok_gap(sc, p + 1)
	                 : tok_punct(sc, p + 1, ',') && tok_gap(sc, p + 2)) ||
	    (!plural_rel_at(sc, p) && !plural_rel_odd(sc, p)))
		return SIZE_MAX;
	while (j != SIZE_MAX && list_name(sc, j)) {
		n = next_word(sc, j);
		if (n == j + 2 && tok_in(sc, n, KW_GEO_SUFFIX | KW_PLACE_NOUN))
			return SIZE_MAX;
		if (and)
			last = j;
		j = list_next(sc, j, &and);
	}
	return last;
}

/* Is the word at i the first of the names listed after a relation in
 * the plural?  If so, keep where the list ends (rel_list_name()).  Only
 * after a word ending in s and before a comma, "&" or "and": most words
 * fail these tests, inline, at a byte or two. */
#ifdef __GNUC__
__attribute__((noinline)) /* rare: out of the loop that inlines the rest */
#endif
static int
rel_list_first_slow(struct mh_scanner *sc, size_t p, size_t i)
{
	size_t last = rel_list_last(sc, p, i);

	if (last == SIZE_MAX)
		return 0;
	sc->list_lo = i;
	sc->list_hi = last;
	return 1;
}

/* The tests in front of rel_list_first_slow(), for the word at i and
 * the word at p before it, one blank (p + 2 == i) or a comma and a
 * blank (p + 3 == i) between: inline, as most words fail them at the
 * first byte read. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
rel_list_first(struct mh_scanner *sc, size_t p, size_t i)
{
	return (tok_punct(sc, i + 1, ',') ||
	           (tok_gap(sc, i + 1) && and_at(sc, i + 2))) &&
	    plural_end(sc, p) && rel_list_first_slow(sc, p, i);
}

/* Is the word at i one of the names listed after a relation in the
 * plural: "my daughters georgia, virginia and faith"?  The rules see
 * the words in order, so the first name finds the list and keeps where
 * it ends (rel_list_first()); the other names are then found there. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
rel_list_name(struct mh_scanner *sc, size_t i)
{
	if (i >= sc->list_lo && i <= sc->list_hi)
		return list_name(sc, i);
	/* the separator after the word first, rel_list_first()'s first
	 * test, which both forms below ask: most words have none */
	if (!tok_punct(sc, i + 1, ',') &&
	    !(tok_gap(sc, i + 1) && and_at(sc, i + 2)))
		return 0;
	if (i < 2 || sc->t[i - 1].kind != T_SPACE)
		return 0;
	if (sc->t[i - 2].kind == T_WORD)
		return rel_list_first(sc, i - 2, i);
	return i >= 3 && tok_punct(sc, i - 2, ',') &&
	    sc->t[i - 3].kind == T_WORD && rel_list_first(sc, i - 3, i);
}

/* name_context_before() after a '.' or ',' at p: "Dr. Okafor",
 * "Hi, Anna".  Sets *title for the first. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
context_after_mark(struct mh_scanner *sc, size_t p, int *title)
{
	size_t q = prev_tok(sc, p);
	/* "Dr. Okafor", "Mrs. Lee": a title with a full stop is an
	 * abbreviation; "my father. He told me" ended a sentence */
	if (q != SIZE_MAX && tok_punct(sc, p, '.') && sc->t[q].kind == T_WORD &&
	    tok_in(sc, q, KW_HONORIFIC) && (flags(sc, q) & MH_NAMES_TITLE)) {
		*title = 1;
		return 1;
	}
	/* "Hi, Anna" / "Thanks, Sam" */
	if (q != SIZE_MAX && tok_punct(sc, p, ',') && sc->t[q].kind == T_WORD &&
	    (hi_word(sc, q) || tok_is(sc, q, KW_DEAR) ||
	        tok_is(sc, q, KW_THANKS)))
		return 1;
	return 0;
}

/* name_context_before() of the word at i after the word at p: a title,
 * a relation or a name cue.  Sets *title for a title. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
context_after_word(struct mh_scanner *sc, size_t p, size_t i, int *title)
{
	unsigned f = flags(sc, p);
	if (f & MH_NAMES_TITLE) {
		/* A title in capitals before a lower-case word is more
		 * often a diagnosis: MS (multiple sclerosis), MR (mitral
		 * regurgitation), DR (diabetic retinopathy), SR (sustained
		 * release); "She has MS like her mother" lost "MS like" to
		 * a name.  Before a capitalised word it is still a title:
		 * "MS Smith", "DR WHITE" in shouted text. */
		if (sc->t[p].allcap && tend(&sc->t[p]) - sc->t[p].s > 1 &&
		    !sc->t[i].cap && !sc->t[i].allcap)
			return 0;
		*title = 1;
		return 1;
	}
	if (relation_at(sc, p))
		return 1;
	/* every word below carries the name-cue flag: one test turns
	 * away the rest */
	if (!(f & MH_NAMES_NAMECUE))
		return 0;
	if (tok_is(sc, p, KW_NAMED) || tok_is(sc, p, KW_CALLED) ||
	    tok_is(sc, p, KW_DEAR) || hi_word(sc, p))
		return 1;
	if (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)) {
		size_t q = prev_word(sc, p);
		return q != SIZE_MAX && tok_is(sc, q, KW_NAME);
	}
	if (object_word(sc, p)) {
		size_t q = prev_word(sc, p);
		return q != SIZE_MAX &&
		    (tok_is(sc, q, KW_NAMED) || tok_is(sc, q, KW_CALLED) ||
		        tok_is(sc, q, KW_CALL) || tok_is(sc, q, KW_CALLS));
	}
	return 0;
}

/* The word before position i is a title, a relation or a name cue.
 * Inlined into its four callers, word_rules() asking it of every
 * capitalised word: the call cost about a third of the answer
 * (callgrind 262.3 M to 260.6 M). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
name_context_before(struct mh_scanner *sc, size_t i, int *title)
{
	size_t p = prev_tok(sc, i);
	*title = 0;

	/* every context below is one that lower_name_context() finds too:
	 * none where the token before says it has none (LOOK_NOCTX), as
	 * after most words, for one load */
	if (p == SIZE_MAX || noctx_at(sc, p))
		return 0;
	if (tok_punct(sc, p, '.') || tok_punct(sc, p, ','))
		return context_after_mark(sc, p, title);
	if (sc->t[p].kind == T_POSS)
		return 0;
	if (sc->t[p].kind != T_WORD)
		return 0;
	return context_after_word(sc, p, i, title);
}

static int
stop_cap(struct mh_scanner *sc, size_t i)
{
	return (flags(sc, i) & MH_NAMES_STOP) != 0;
}

/* NY-Presbyterian: a hyphenated word whose last part is a facility. */
static int
hyphen_facility(struct mh_scanner *sc, size_t j)
{
	const struct tok *t = &sc->t[j];
	size_t p = tend(t);

	if (!t->hyphen)
		return 0;
	while (p > t->s && sc->s[p - 1] != '-')
		p--;
	return p > t->s && p < tend(t) &&
	    (mh_names_lookup_cue(sc->nm, sc->s + p, tend(t) - p) &
	        MH_NAMES_FACILITY);
}

static int
low_facility(struct mh_scanner *sc, size_t k)
{
	return tok_in(sc, k, KW_LOW_FACILITY);
}

/* The capitalised words from i on, joined by single blanks ("Mercy
 * General Hospital"), at most seven: what the rules that walk them ask
 * of every word, read once for all of them.  Word i is a word in
 * capitals or title case; the others are capitalised (cap_word()). */
struct cap_run {
	size_t last;    /* the last word */
	unsigned flags; /* the words' flags (flags()), or'ed */
	int n;          /* how many */
	int hyphen;     /* one is joined by '-' */
};

static inline void
cap_run(struct mh_scanner *sc, size_t i, struct cap_run *r)
{
	size_t j = i;
	unsigned f = 0;
	int n = 0, h = 0;

	for (;;) {
		const struct tok *t = &sc->t[j];
		f |= t->flags;
		h |= t->hyphen;
		n++;
		/* cap_word(sc, j + 2) without its bound: after a blank at
		 * j + 1 comes a token, the end token at worst, a zero token
		 * (tokenize()) and no capitalised word */
		if (n == 7 || !tok_gap(sc, j + 1) ||
		    sc->t[j + 2].kind != T_WORD || !sc->t[j + 2].cap)
			break;
		j += 2;
	}
	r->last = j;
	r->flags = f;
	r->n = n;
	r->hyphen = h;
}

/* Is the word "of" at j the one of "C of E", the Church of England in
 * a school's name ("St Mary's C of E Primary School")?  match_saint()
 * asks it; match_facility() does not ("Holy Trinity C of E School" is
 * two places), as its test in facility_possible() made word_rules()
 * 0.35 M slower on rb4. */
static int
church_of_england(struct mh_scanner *sc, size_t j)
{
	const struct tok *c, *e;

	if (j < 2 || !tok_is(sc, j, KW_OF))
		return 0;
	c = tok_at(sc, j - 2);
	e = tok_at(sc, j + 2);
	return c->kind == T_WORD && c->s + 1 == tend(c) && sc->s[c->s] == 'C' &&
	    tok_gap(sc, j - 1) && tok_gap(sc, j + 1) && e->s + 1 == tend(e) &&
	    sc->s[e->s] == 'E' && e->kind == T_WORD;
}

/* May match_facility() find a facility in run r?  Its walk takes the
 * run's words one by one and sets no facility on a word with no
 * facility flag and no '-'; past the run it goes on only over a
 * possessive, a '.' after St or Mt, a '-', or a blank and a word ("our
 * Dallas clinic") or '&'.  So a run of plain words with none of those
 * after it has none: most capitalised words, for a few loads. */
static inline int
facility_possible(struct mh_scanner *sc, const struct cap_run *r)
{
	size_t j = r->last + 1;
	const struct tok *t;

	if (r->n >= 7 || (r->flags & MH_NAMES_FACILITY) || r->hyphen)
		return 1;
	if (j >= sc->nt)
		return 0;
	t = &sc->t[j];
	if (t->kind == T_POSS || t->mark == '-')
		return 1;
	/* the walk passes a '.' only after St or Mt when no word of the
	 * run is a facility ("Mt. Sinai"): the '.' that ends a sentence
	 * after a capitalised word ends the walk with none */
	if (t->mark == '.')
		return tok_is(sc, r->last, KW_ST) || tok_is(sc, r->last, KW_MT);
	if (t->mark != MARK_GAP || j + 1 >= sc->nt)
		return 0;
	j++;
	t = &sc->t[j];
	if (t->kind != T_WORD)
		return t->mark == '&';
	/* a word in capitals goes on with the run, "and" may before a
	 * capitalised word; any other ends it, a facility word in lower
	 * case itself or after one more word */
	return t->allcap ||
	    (t->kw == KW_AND && tok_gap(sc, j + 1) && cap_word(sc, j + 2)) ||
	    tok_in(sc, j, KW_LOW_FACILITY) ||
	    (tok_gap(sc, j + 1) && tok_in(sc, j + 2, KW_LOW_FACILITY));
}

/* Does the facility's word at i open a place's name alone: "University"
 * or "College", then "of" and a capitalised word that is no plain word
 * ("the University of Manchester", "College of Charleston", "University
 * of Oregon"; not "University of Life", "College of Nursing")?  Asked
 * by match_facility() of a run's first word with the facility flag: out
 * of line, as few are. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
of_facility(struct mh_scanner *sc, size_t i)
{
	unsigned f;

	if (!sc->t[i].cap || !tok_gap(sc, i + 1) || !tok_is(sc, i + 2, KW_OF) ||
	    !tok_gap(sc, i + 3) || !cap_word(sc, i + 4) ||
	    !(word_eq(sc, i, "university") || word_eq(sc, i, "college")))
		return 0;
	f = fullflags(sc, i + 4);
	return !(f & MH_NAMES_COMMON) ||
	    (f & (MH_NAMES_CITY | MH_NAMES_STATE)) != 0;
}

/* A facility: capitalised words ending in Hospital, Clinic, Medical
 * Center...  Returns the end byte or 0.  Inlined in word_rules(), its
 * one caller, as GCC chose until a change of word_rules()' size made
 * it choose otherwise (callgrind: rb4 0.8 M more out of line). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
match_facility(struct mh_scanner *sc, size_t i)
{
	size_t j = i, end = 0;
	int words = 0, fac = 0;

	while (j < sc->nt && words < 7) {
		struct tok *t = &sc->t[j];
		int isfac = 0;
		if (t->kind == T_WORD && (t->cap || t->allcap)) {
			if (fac &&
			    ((flags(sc, j) &
			         (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
			        (tok_is(sc, j, KW_I) && tend(t) - t->s == 1)))
				break; /* "Mercy Hospital April 2023", "Mercy
				        * Hospital I think" */
			isfac = ((flags(sc, j) & MH_NAMES_FACILITY) != 0 &&
			            (!t->allcap || tend(t) - t->s <= 2)) ||
			    hyphen_facility(sc, j);
			if (isfac && words == 0 && t->hyphen)
				return tend(t); /* NewYork-Presbyterian */
		} else if (words > 0 && !fac &&
		    (tok_punct(sc, j, '&') || tok_is(sc, j, KW_AND)) &&
		    tok_gap(sc, j + 1) && cap_word(sc, j + 2)) {
			/* "Brigham and Women's Hospital" */
			j += 2;
			continue;
		} else if (t->kind == T_WORD && words > 0 && !fac && !t->cap) {
			/* "our Dallas clinic", "UCLA med center", "the
			 * Chicago downtown clinic" */
			size_t k = j;
			if (!low_facility(sc, k) && tok_gap(sc, k + 1) &&
			    tk(sc, k + 2) && !sc->t[k + 2].cap)
				k += 2;
			if (low_facility(sc, k))
				return tend(&sc->t[k]);
			break;
		} else if (t->kind == T_WORD && words > 0 &&
		    (tok_is(sc, j, KW_OF) || tok_is(sc, j, KW_FOR)) && fac) {
			/* "Center for ..." "University of ..." */
			if (!(tok_gap(sc, j + 1) && cap_word(sc, j + 2)))
				break;
		} else
			break;
		if (isfac && (words > 0 || of_facility(sc, j)))
			fac = 1;
		else if (fac && !isfac && !cap_word(sc, j) &&
		    t->kind == T_WORD && !tok_is(sc, j, KW_OF) &&
		    !tok_is(sc, j, KW_FOR))
			break;
		words++;
		if (fac && (isfac || t->cap))
			end = tend(t);
		j++;
		if (tk(sc, j) && sc->t[j].kind == T_POSS)
			j++;
		if (tok_punct(sc, j, '.') &&
		    (tok_is(sc, j - 1, KW_ST) || tok_is(sc, j - 1, KW_MT) ||
		        (isfac && tend(&sc->t[j - 1]) - sc->t[j - 1].s <= 4)))
			j++; /* "Mt. Sinai", "Baylor Med. Center" */
		if (tok_punct(sc, j, '-') && cap_word(sc, j + 1)) {
			j++;
			continue;
		}
		if (!tok_gap(sc, j))
			break;
		j++;
	}
	/* "rewatching The Office", "I called The Clinic": an article or
	 * a possessive and a facility's word alone name no one place */
	if (fac && words == 2 && stop_cap(sc, i))
		return 0;
	return fac ? end : 0;
}

/* Are the words from token i to byte e all service_words[]?  By their
 * bit (KW2_SERVICE): asked of every facility found.  A word of
 * cause_whos[] passes only if the last word is a day, week or month. */
static int
generic_facility(const struct mh_scanner *sc, size_t i, size_t e)
{
	int who = 0;
	unsigned last = 0;

	for (; i < sc->nt && sc->t[i].s < e; i++) {
		const struct tok *t = &sc->t[i];
		if (t->kind == T_SPACE || t->kind == T_POSS)
			continue;
		if (t->kind != T_WORD)
			return 0;
		if (t->hyphen) {
			/* "Mental-health": each part by its keyword id */
			size_t s = t->s, te = tend(t);
			while (s < te) {
				size_t w = s;
				uint64_t k[2];
				while (w < te && sc->s[w] != '-')
					w++;
				if (w - s > KW_LONGEST)
					return 0;
				kw_key(sc->s + s, w - s, sc->n - s, k);
				if (!(sc->kw_sets2[kw_find(sc, k)] &
				        KW2_SERVICE))
					return 0;
				s = w + 1;
			}
			last = 0;
			continue;
		}
		if (sc->kw_sets2[t->kw] & KW2_CAUSE_WHO)
			who = 1;
		else if (!(sc->kw_sets2[t->kw] & KW2_SERVICE))
			return 0;
		last = t->kw;
	}
	return !who || (sc->kw_sets2[last] & KW2_CAUSE_END);
}

/* Clinics that publish what people read about their health, cited as
 * that ("recommendations from the Mayo Clinic", "according to the
 * Cleveland Clinic", "the Mayo Clinic website says"): no place a person
 * is at.  Anywhere else ("I was treated at the Mayo Clinic") each is
 * where someone is treated, and removed (cited_source()). */
/* Words before "the" and a source that cite it ("recommendations
 * from"), and after it ("website", "says"). */
static const char *const cite_before[] = {"recommendations", "recommendation",
    "guidelines", "guidance", "advice", "information", "info", "article",
    "articles", "research", "study", "studies", "page", "website", "site",
    "read", NULL};
static const char *const cite_after[] = {"website", "site", "article", "page",
    "says", "said", "recommends", "suggests", "guidelines", "guide", NULL};

/* Is the facility from token i to byte end the Mayo or the Cleveland
 * Clinic cited as a source? */
static int
cited_source(struct mh_scanner *sc, size_t i, size_t end)
{
	size_t p, n;

	/* "Mayo Clinic" or "Cleveland Clinic", and nothing more */
	if ((!tok_is(sc, i, KW_MAYO) && !tok_is(sc, i, KW_CLEVELAND)) ||
	    !tok_gap(sc, i + 1) || !word_eq(sc, i + 2, "clinic") ||
	    tend(&sc->t[i + 2]) != end)
		return 0;
	n = next_word(sc, tok_from(sc, i, end) - 1);
	if (n != SIZE_MAX && word_among(sc, n, cite_after))
		return 1;
	p = prev_word(sc, i);
	if (p != SIZE_MAX && tok_is(sc, p, KW_THE))
		p = prev_word(sc, p);
	if (p == SIZE_MAX)
		return 0;
	/* "according to (the)" */
	if (tok_is(sc, p, KW_TO))
		return tok_is(sc, prev_word(sc, p), KW_ACCORDING);
	/* "advice from (the)", "read on (the)", "an article by (the)" */
	if (word_eq(sc, p, "from") || word_eq(sc, p, "on") ||
	    word_eq(sc, p, "by"))
		return word_among(sc, prev_word(sc, p), cite_before);
	return 0;
}

/* Is the facility match_facility() found from token i to byte end, a
 * ':' after it, a form's label of two words: the first a word of a
 * referral that says which facility, "Referring facility:", "Admitting
 * Hospital:" (the name is the field's value; by a list: towns end in
 * "-ing" too, "Ealing Hospital:", "Barking clinic:"); or one letter,
 * the value of the field before, and the next field's label, "Sex: F
 * Unit: 4 West"? */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
facility_label(struct mh_scanner *sc, size_t i, size_t end)
{
	static const char *const roles[] = {"referring", "admitting",
	    "receiving", "sending", "treating", "transferring", "discharging",
	    NULL};

	return tk(sc, i + 2) && tend(&sc->t[i + 2]) == end &&
	    (tend(&sc->t[i]) - sc->t[i].s == 1 || word_among(sc, i, roles));
}

/* May the facility from token i be kept (kept_facility()), by its
 * first word: a source clinic's, a service word's (by its bit), or one
 * joined by '-'?  Most facilities found ("Mercy Hospital") are turned
 * away here, with no call. */
static inline int
kept_facility_head(const struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];

	return t->kw == KW_MAYO || t->kw == KW_CLEVELAND || t->hyphen ||
	    (sc->kw_sets2[t->kw] & (KW2_SERVICE | KW2_CAUSE_WHO));
}

/* Is the facility from token i to byte end kept: a kind of service, or
 * a source cited?  Asked of every facility found (16,000 in rb4),
 * out of line: inlined, word_rules() grew and GCC put
 * fullflags() out of line in it (callgrind: +0.35 M of rb4's
 * instructions). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
kept_facility(struct mh_scanner *sc, size_t i, size_t end)
{
	return cited_source(sc, i, end) || generic_facility(sc, i, end);
}

/* A holiday named after a person or a place, which is neither:
 * "Valentine's Day", "St. Patrick's Day", "Columbus Day", "Martin
 * Luther King Jr. Day", "MLK Day", "Guy Fawkes Night", and the "Eve"
 * of "New Year's Eve" and "Christmas Eve"; and "Boxing Day", whose
 * word is a sport's.  At token i: the token after
 * it, else 0.  Kept as a holiday alone is ("Christmas is hard"). */
static size_t
holiday_at(struct mh_scanner *sc, size_t i)
{
	unsigned id = sc->t[i].kw;
	size_t j = i + 1;

	if (!tok_in(sc, i, KW_DAY_HEAD | KW_FEAST))
		return 0;
	if (id == KW_EVE) {
		/* "Year's Eve", "Years Eve" */
		size_t p = i - 2;
		if (i < 2 || !tok_gap(sc, i - 1))
			return 0;
		if (sc->t[p].kind == T_POSS && p-- == 0)
			return 0;
		return (tok_is(sc, p, KW_YEAR) || tok_is(sc, p, KW_YEARS)) &&
		        sc->t[p].cap == sc->t[i].cap
		    ? i + 1
		    : 0;
	}
	/* "Christmas Eve", "New Years Eve": Eve would be a surname after
	 * a capitalised word; written in the same case ("for 3 years Eve
	 * has hit me" is a name) */
	if (id == KW_YEAR || id == KW_YEARS || tok_in(sc, i, KW_FEAST)) {
		if (sc->t[j].kind == T_POSS)
			j++;
		return tok_gap(sc, j) && tok_is(sc, j + 1, KW_EVE) &&
		        sc->t[j + 1].cap == sc->t[i].cap
		    ? j + 2
		    : 0;
	}
	if (id == KW_ST || id == KW_SAINT) {
		/* "St. Patrick's Day", "Saint Andrew's Day" */
		if (tok_punct(sc, j, '.'))
			j++;
		if (!tok_gap(sc, j) || !cap_word(sc, j + 1) ||
		    sc->t[j + 2].kind != T_POSS)
			return 0;
		j += 3;
	} else if (id == KW_VALENTINE) {
		if (sc->t[j].kind == T_POSS)
			j++;
	} else if (id == KW_MARTIN) {
		if (!tok_gap(sc, j) || !tok_is(sc, j + 1, KW_LUTHER) ||
		    !tok_gap(sc, j + 2) || !tok_is(sc, j + 3, KW_KING))
			return 0;
		j += 4;
		if (tok_gap(sc, j) && tok_is(sc, j + 1, KW_JR)) {
			j += 2;
			if (tok_punct(sc, j, '.'))
				j++;
		}
	} else if (id == KW_GUY) {
		if (!tok_gap(sc, j) || !tok_is(sc, j + 1, KW_FAWKES))
			return 0;
		j += 2;
		if (tok_gap(sc, j) && tok_is(sc, j + 1, KW_NIGHT))
			return j + 2;
	} else if (id != KW_VALENTINES && id != KW_COLUMBUS &&
	    id != KW_VICTORIA && id != KW_MLK && id != KW_BOXING)
		return 0;
	return tok_gap(sc, j) && tok_is(sc, j + 1, KW_DAY) ? j + 2 : 0;
}

/* A feast at i said to be the anniversary of something, the day of an
 * event in one's life: "Christmas Eve is the anniversary of my mother's
 * death", "Boxing Day was the anniversary".  h is holiday_at()'s token
 * after it, or 0 (a feast alone).  The end byte, or 0.  "Christmas is
 * hard", "Halloween is my favourite" stay. */
static size_t
feast_anniversary(struct mh_scanner *sc, size_t i, size_t h)
{
	size_t e = feast_day(sc, i, h);

	if (e == 0 || !tok_gap(sc, e) ||
	    !(tok_is(sc, e + 1, KW_IS) || tok_is(sc, e + 1, KW_WAS)) ||
	    !tok_gap(sc, e + 2) || !tok_is(sc, e + 3, KW_THE) ||
	    !tok_gap(sc, e + 4) || !word_eq(sc, e + 5, "anniversary"))
		return 0;
	return tend(&sc->t[e - 1]);
}

/* A holiday with its year: "Christmas 2021", "on Thanksgiving Day
 * 2023", "Easter Sunday 2023", "Christmas Eve 2019", "New Year's Day
 * 2022", "Mother's Day 2024", "Valentine's day 2019", "Memorial Day
 * 2020": a day of that year, as "March 2021" is a month of it, where the
 * holiday alone ("Christmas is hard") and the year alone are kept.  At
 * the year i, after one blank: the holiday's first byte, or SIZE_MAX.
 * number_rules() asks it of four-digit numbers only. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
holiday_year(struct mh_scanner *sc, size_t i)
{
	size_t p = i - 2, q, k;

	/* the word before first, which turns away nearly all numbers: a
	 * feast, or a holiday's last word, Day, Eve, Night, or the Sunday
	 * of "Easter Sunday", "Good Friday" */
	if (i < 2 || !tok_gap(sc, i - 1) || sc->t[p].kind != T_WORD ||
	    !(tok_in(sc, p, KW_FEAST) || tok_is(sc, p, KW_DAY) ||
	        tok_is(sc, p, KW_EVE) || tok_is(sc, p, KW_NIGHT) ||
	        (flags(sc, p) & MH_NAMES_WEEKDAY)) ||
	    !is_year(sc, i))
		return SIZE_MAX;
	if (tok_in(sc, p, KW_FEAST))
		return sc->t[p].s; /* "Christmas 2021", "xmas 2019" */
	if (p < 2 || !tok_gap(sc, p - 1))
		return SIZE_MAX;
	/* those holiday_at() reads, of up to ten tokens: "St. Patrick's
	 * Day", "Martin Luther King Jr. Day", "Christmas Eve" */
	for (k = p >= 10 ? p - 10 : 0; k < p; k++)
		if (tok_in(sc, k, KW_DAY_HEAD | KW_FEAST) &&
		    holiday_at(sc, k) == p + 1)
			break;
	q = p - 2;
	if (k < p)
		q = k;
	else if (tok_in(sc, q, KW_FEAST))
		; /* "Christmas Day", "Easter Sunday", "xmas eve" */
	else if (sc->t[q].kind == T_POSS && q >= 1 &&
	    sc->t[q - 1].kind == T_WORD && tok_is(sc, p, KW_DAY))
		q--; /* "Mother's Day", "father's day" */
	else if (!(cap_word(sc, q) && sc->t[p].cap) &&
	    !((tok_is(sc, q, KW_YEAR) || tok_is(sc, q, KW_YEARS)) &&
	        !(flags(sc, p) & MH_NAMES_WEEKDAY)))
		return SIZE_MAX; /* "Boxing Day", "Good Friday", "new years
		                  * day"; not "every day 2020" */
	/* the "New" of "New Year's Day" */
	if ((tok_is(sc, q, KW_YEAR) || tok_is(sc, q, KW_YEARS)) && q >= 2 &&
	    tok_gap(sc, q - 1) && word_eq(sc, q - 2, "new"))
		q -= 2;
	return sc->t[q].s;
}

/* "St. Vincent's", "Mt. Sinai", "Saint Jude", "Lake Tahoe" (a lake's
 * name is a place's, smaller than a state; the Great Lakes are famous[]'s,
 * kept).  Not Lake and an everyday word alone, which names a thing as
 * often: "the Lake District", "Lake Placid" (a film). */
static size_t
match_saint(struct mh_scanner *sc, size_t i)
{
	size_t j = i + 1, end = 0;

	/* St, Saint, Mt, Mount, Ste and Lake carry KW_SAINT_WORD
	 * (kw_build()) */
	if (!tok_in(sc, i, KW_SAINT_WORD) || !sc->t[i].cap)
		return 0;
	/* the point of "St.", "Mt.", "Ste."; after "Lake", "Mount" or
	 * "Saint" a sentence's end ("we swam in the Lake. Sarah came") */
	if (tok_punct(sc, j, '.')) {
		if (tok_is(sc, i, KW_LAKE) || tok_is(sc, i, KW_MOUNT) ||
		    tok_is(sc, i, KW_SAINT))
			return 0;
		j++;
	}
	if (!tok_gap(sc, j) || !cap_word(sc, j + 1))
		return 0;
	j++;
	if (tok_is(sc, i, KW_LAKE) &&
	    (fullflags(sc, j) &
	        (MH_NAMES_COMMON | MH_NAMES_FIRST | MH_NAMES_LAST |
	            MH_NAMES_PROPER)) == MH_NAMES_COMMON)
		return 0;
	while (cap_word(sc, j)) {
		end = tend(&sc->t[j]);
		j++;
		if (tk(sc, j) && sc->t[j].kind == T_POSS)
			end = tend(&sc->t[j++]);
		if (tok_gap(sc, j) && church_of_england(sc, j + 1)) {
			j += 3; /* "St Mary's C of E School" */
			continue;
		}
		if (!(tok_gap(sc, j) && cap_word(sc, j + 1) &&
		        !(flags(sc, j + 1) &
		            (MH_NAMES_MONTH | MH_NAMES_WEEKDAY))))
			break;
		j++;
	}
	return end;
}

/* Is the St at i, with its '.', a saint's before a name: "Port St.
 * Lucie", "Sarah St. John"?  The word after it capitalised, no stop
 * word, and a name's of the lists. */
static int
saint_after(struct mh_scanner *sc, size_t i)
{
	return tok_punct(sc, i + 1, '.') && tok_gap(sc, i + 2) &&
	    cap_word(sc, i + 3) && !stop_cap(sc, i + 3) &&
	    (fullflags(sc, i + 3) &
	        (MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_PROPER));
}

/* "on Main St. Since COVID", "near NE 54th St. My son": "St." after a
 * street's name, a capitalised word in the sentence (not "Mount St.
 * Helens") or an ordinal, is the street's and its '.' ends the
 * sentence, where match_saint() would read a saint named "Since COVID".
 * So when the word after it is no name's, a stop word or a word of no
 * name list, or no capitalised word follows.  "Port St. Lucie" (a
 * first name after) is a saint's town still.  Returns the street's
 * first token, the name's or a compass point's before an ordinal
 * ("NE 54th St."), or 0.  Out of line: inlined in word_rules(), it cost
 * every word (rb4 +0.1 M). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
street_st(struct mh_scanner *sc, size_t i)
{
	size_t p = i - 2;
	long v;

	if (!tok_is(sc, i, KW_ST) || !tok_punct(sc, i + 1, '.') || i < 2 ||
	    !tok_gap(sc, i - 1))
		return 0;
	if (saint_after(sc, i))
		return 0;
	if (sc->t[p].kind == T_ALNUM && ordinal(sc, p, &v)) {
		if (p >= 2 && tok_gap(sc, p - 1) && sc->t[p - 2].allcap &&
		    tend(&sc->t[p - 2]) - sc->t[p - 2].s <= 2 &&
		    strchr("NSEW", sc->s[sc->t[p - 2].s]) != NULL)
			p -= 2; /* "NE 54th St." */
		return p;
	}
	/* Wall St. and Sesame St.: a market and a show, as
	 * match_street_name() reads them */
	if (!cap_word(sc, p) || sc->t[p].allcap || stop_cap(sc, p) ||
	    word_eq(sc, p, "wall") || word_eq(sc, p, "sesame") ||
	    sentence_initial(sc, p) || tok_in(sc, p, KW_SAINT_WORD) ||
	    (flags(sc, p) &
	        (MH_NAMES_TITLE | MH_NAMES_MONTH | MH_NAMES_WEEKDAY |
	            MH_NAMES_FACILITY)))
		return 0;
	return p;
}

/* "St. John's wort", "ST JOHN'S WORT", "st johns wort": an herb taken
 * for low mood, in any case, where match_saint() read a saint's place
 * and the name rules a name.  At the St or Saint at i: the token after
 * "wort", or 0.  Out of line, for word_rules()' sake. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
herb_at(struct mh_scanner *sc, size_t i)
{
	size_t j = i + 1;

	if (tok_punct(sc, j, '.'))
		j++;
	/* a 'j' first, before its words: most saints are others */
	if (!tok_gap(sc, j) || !tk(sc, j + 1) ||
	    (sc->s[sc->t[j + 1].s] | 0x20) != 'j')
		return 0;
	j++;
	if (word_eq(sc, j, "john") && tk(sc, j + 1) &&
	    sc->t[j + 1].kind == T_POSS)
		j++;
	else if (!word_eq(sc, j, "johns"))
		return 0;
	if (!tok_gap(sc, j + 1) || !word_eq(sc, j + 2, "wort"))
		return 0;
	return j + 3;
}

/* A lake or a mountain in lower case after a place's cue, as
 * match_saint() reads "Lake Tahoe", "Mount Shasta": "we went to lake
 * merritt", "drove to mount shasta".  Its name a first name or surname
 * that is no everyday word, or a town of PROPER ("to lake house", "at
 * lake day" stay).  Returns the end or 0.  Out of line: inlined, it
 * put match_facility() out of word_rules() (rb4: +0.7 M). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
low_lake(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), k = i + 2;
	unsigned f;

	if (p == SIZE_MAX || p + 2 != i ||
	    !(flags(sc, p) & MH_NAMES_PLACECUE) || !tok_gap(sc, i + 1) ||
	    !tk(sc, k) || sc->t[k].kind != T_WORD || sc->t[k].allcap)
		return 0;
	f = fullflags(sc, k);
	return (f & MH_NAMES_PROPER) ||
	        ((f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	            !(f &
	                (MH_NAMES_COMMON | MH_NAMES_AMBIG | MH_NAMES_WORD |
	                    MH_NAMES_STOP)))
	    ? tend(&sc->t[k])
	    : 0;
}

/* Is token i one capital letter, as in an initial? */
static int
letter_at(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = tok_at(sc, i);

	return t->kind == T_WORD && t->cap && tend(t) - t->s == 1;
}

/* Letters written together, each with its full stop, that are no one's
 * initials: places, degrees and roles, times, and the abbreviations
 * of mental-health talk ("my P.O.", "in the E.R.", "my O.C.D.").  In
 * lower case, without the stops; sorted. */
static const char *const dotted_words[] = {"aa", "ac", "ad", "adhd", "ai",
    "aka", "am", "ba", "bc", "bf", "bp", "bpd", "bs", "cbt", "ce", "ceo", "co",
    "cps", "da", "dbt", "dc", "dm", "do", "dob", "dv", "ed", "eg", "emdr", "er",
    "eu", "fbi", "gf", "gp", "hr", "icu", "id", "ie", "iq", "it", "iv", "la",
    "lpn", "md", "ms", "na", "nb", "nhs", "nj", "np", "ny", "od", "ok", "or",
    "ot", "pa", "pc", "pe", "phd", "pi", "pm", "po", "pr", "ps", "pt", "ptsd",
    "qa", "ra", "rip", "rn", "sa", "sf", "sh", "si", "so", "sud", "ta", "tv",
    "uc", "uk", "un", "us", "usa", "vp"};

/* Are the n letters at w, in any case, one of dotted_words[]? */
static int
dotted_word(const char *w, size_t n)
{
	for (size_t k = 0; k < sizeof(dotted_words) / sizeof(*dotted_words);
	     k++)
		if (eqw(w, n, dotted_words[k]))
			return 1;
	return 0;
}

/* Dotted initials written together: "T.J.", "J.R.R.".  At token i,
 * one capital letter with a full stop after it: how many such letters
 * follow one another with no blank, up to four, with *last the token of
 * the last letter; -1 when they spell an abbreviation (dotted_words),
 * which is no one's initials.  A letter whose full stop a letter
 * follows is read at the first letter of its group only (in_initials()). */
static int
initials_at(struct mh_scanner *sc, size_t i, size_t *last)
{
	char w[5];
	int n = 0;

	*last = i;
	while (n < 4 && letter_at(sc, i) && tok_punct(sc, i + 1, '.')) {
		w[n++] = (char)lc((unsigned char)sc->s[sc->t[i].s]);
		*last = i;
		i += 2;
	}
	if (n < 2)
		return n;
	return dotted_word(w, (size_t)n) ? -1 : n;
}

/* Is token i a letter inside a group of dotted initials ("J" of
 * "T.J.")?  The group is read from its first letter. */
static int
in_initials(struct mh_scanner *sc, size_t i)
{
	/* the '.' first: most words have a blank before them */
	return i >= 2 && tok_punct(sc, i - 1, '.') && letter_at(sc, i) &&
	    letter_at(sc, i - 2);
}

/* Is the particle at j "Los" or "Las" before the word of a town's name
 * at k ("Los Angeles", "Las Vegas")?  After a name it is the town's,
 * not a surname's ("Maya Okafor  Los Angeles").  Out of line: only a
 * particle inside a name comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
town_article(struct mh_scanner *sc, size_t j, size_t k)
{
	return sc->t[j].cap && (flags(sc, k) & MH_NAMES_CITYPART) &&
	    (word_eq(sc, j, "los") || word_eq(sc, j, "las"));
}

/* Is the capitalised word at j, after a surname, a given name of two
 * syllables joined by '-' that hyphen_class() leaves because a part is
 * an ordinary word ("Park Min-seo", "Park Young-hee", "Kim Soon-ja")?
 * Two parts of two to five letters, one a name's and no word's ("seo",
 * "hee", "ja"), none kept: not "Hip-hop", "Wi-fi", "Co-op", "Re-do",
 * "Tik-tok" (no part a clear name's), nor "Check-in", "Follow-up".
 * Asked only at the end of a run, of a hyphenated word. */
static int
surname_syllables(struct mh_scanner *sc, size_t j)
{
	const struct tok *t = &sc->t[j];
	const char *w = sc->s + t->s, *end = sc->s + tend(t);
	const char *h = memchr(w, '-', (size_t)(end - w));
	unsigned f1, f2, name = MH_NAMES_FIRST | MH_NAMES_LAST,
	                 word = MH_NAMES_COMMON | MH_NAMES_AMBIG;

	if (h == NULL || h - w < 2 || h - w > 5 || end - h - 1 < 2 ||
	    end - h - 1 > 5 || memchr(h + 1, '-', (size_t)(end - h - 1)))
		return 0;
	for (const char *c = w; c < end; c++)
		if (c != h && !((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z'))
			return 0;
	f1 = mh_names_lookup(sc->nm, w, (size_t)(h - w));
	f2 = mh_names_lookup(sc->nm, h + 1, (size_t)(end - h - 1));
	if ((f1 | f2) & MH_NAMES_KEEP)
		return 0;
	return ((f1 & name) && !(f1 & word)) || ((f2 & name) && !(f2 & word));
}

/* Collect a run of name-like tokens from i: capitalised words and
 * initials separated by single blanks.  Returns the number of members
 * and sets *last to the index of the last member, and *seen to the
 * classes of the members as bits (1 << C_STRONG ...).  Inlined where
 * match_name() asks it of each capitalised word, most of which make
 * no run; the other callers call name_run(). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
name_run_at(struct mh_scanner *sc, size_t i, int lower_ok, size_t *last,
    int cls[8], unsigned *seen)
{
	size_t j = i;
	int m = 0;
	unsigned sn = 0;

	while (j < sc->nt && m < 5) {
		struct tok *t = &sc->t[j];
		/* a word in lower case (the word after most names) goes on
		 * only as a user's name when lower_ok is not set: one the
		 * cue table knows (flags()), or one joined by '-' of them
		 * (hyphen_class()); of any other its class is not asked */
		if (!lower_ok && !t->cap && !t->allcap && !t->hyphen &&
		    !(flags(sc, j) & MH_NAMES_USER))
			break;
		int c = name_class_at(sc, j);
		if (c == C_NONE) {
			/* "I met Rebecca Hides today", "correct it to
			 * Justin Beet?": a word of the common-word list
			 * alone, capitalised after a clear first name, is
			 * its surname; not in a title, where the words
			 * around are capitalised too.  "Park Min-seo": a
			 * surname's given name of two syllables, one a
			 * word (surname_syllables()) */
			if ((m == 1 && cls[0] == C_STRONG && t->cap &&
			        !t->allcap && j == i + 2 &&
			        (fullflags(sc, j) &
			            ~(unsigned)MH_NAMES_PROPER) ==
			            MH_NAMES_COMMON &&
			        (fullflags(sc, i) & MH_NAMES_FIRST) &&
			        !(tok_gap(sc, j + 1) && cap_word(sc, j + 2)) &&
			        !(i >= 2 && tok_gap(sc, i - 1) &&
			            cap_word(sc, i - 2))) ||
			    (m == 1 && t->hyphen && t->cap && j == i + 2 &&
			        (fullflags(sc, i) & MH_NAMES_LAST) &&
			        surname_syllables(sc, j))) {
				cls[m++] = C_WEAK;
				sn |= 1u << C_WEAK;
				*last = j;
			}
			break;
		}
		/* (a name in lower case only as a user's, or where the
		 * caller lets it; "al-Rashid", whose capital is inside, as
		 * hyphen_class() decided) */
		if (!(t->cap || t->allcap || c == C_USER || lower_ok ||
		        (t->hyphen && t->nupper)))
			break;
		if (m > 0 &&
		    (flags(sc, j) &
		        (MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_FACILITY |
		            MH_NAMES_STATE)))
			break;
		/* "Happy Lunar New Year", "Happy Shana Tova": a kept phrase
		 * of famous[] of two words or more after a word is none of
		 * a name (its head's bit first: few words have it); "Ana
		 * Epstein-Barr", of one, is a person */
		if (m > 0 && tok_in(sc, j, KW_FAMOUS_HEAD) &&
		    phrase_at(sc, j, NLANDS, NFAMOUS) > j + 1)
			break;
		/* "maya said hi": a lower-case verb of speech after a name is
		 * the verb, though "Said" is a surname too ("Maya Said") */
		if (m > 0 && !t->cap && !t->allcap && c != C_USER &&
		    (flags(sc, j) & MH_NAMES_SAID))
			break;
		/* "I" and "A" are words unless they are initials: "A.",
		 * or "A" between two words of a name that are no ordinary
		 * words ("Martim A Pereira", not "Thanks Maria A Lot") */
		if (c == C_INITIAL &&
		    (tok_is(sc, j, KW_I) || tok_is(sc, j, KW_A)) &&
		    !tok_punct(sc, j + 1, '.') &&
		    !(m > 0 && tok_is(sc, j, KW_A) && !sc->t[*last].allcap &&
		        cls[m - 1] != C_WEAK && cls[m - 1] != C_AMBIG &&
		        tok_gap(sc, j + 1) && cap_word(sc, j + 2) &&
		        !stop_cap(sc, j + 2) &&
		        (name_class_at(sc, j + 2) == C_STRONG ||
		            name_class_at(sc, j + 2) == C_UNKNOWN)))
			break;
		/* "T.J. Okafor": dotted initials written together are one
		 * member; "U.S. Army" none */
		size_t g = j;
		if (c == C_INITIAL && initials_at(sc, j, &g) < 0)
			break;
		cls[m++] = c;
		sn |= 1u << c;
		*last = g;
		j = g + 1;
		if (c == C_INITIAL && tok_punct(sc, j, '.'))
			j++;
		if (!tok_gap(sc, j))
			break;
		j++;
		/* Willemine ten Pas, Ludwig van Beethoven (token j is one
		 * after the blank, the end token at worst, in no list);
		 * two particles, Maika van de Noort, Ana de la Cruz */
		if (m < 5 && tok_in(sc, j, KW_NAME_PARTICLE) &&
		    tok_gap(sc, j + 1)) {
			size_t k = j + 2;
			if (tok_in(sc, k, KW_NAME_PARTICLE) &&
			    tok_gap(sc, k + 1))
				k += 2;
			if (cap_word(sc, k) && !stop_cap(sc, k) &&
			    !town_article(sc, j, k))
				j = k;
		}
		/* after an initial any capitalised word: "Jildau S Bouts" */
		if (c == C_INITIAL && m < 5 && cap_word(sc, j) &&
		    !stop_cap(sc, j) && name_class(sc, j) == C_NONE &&
		    !(flags(sc, j) &
		        (MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_FACILITY |
		            MH_NAMES_STATE | MH_NAMES_TITLE))) {
			cls[m++] = C_WEAK;
			sn |= 1u << C_WEAK;
			*last = j;
			break;
		}
	}
	/* Jr., Sr., II, III (the case first: most names have a word in
	 * lower case or none after them) */
	j = *last + 1;
	if (m && tok_gap(sc, j) && (sc->t[j + 1].cap || sc->t[j + 1].allcap) &&
	    (tok_is(sc, j + 1, KW_JR) || tok_is(sc, j + 1, KW_SR) ||
	        tok_is(sc, j + 1, KW_II) || tok_is(sc, j + 1, KW_III) ||
	        tok_is(sc, j + 1, KW_IV)))
		*last = j + 1;
	*seen = sn;
	return m;
}

static int
name_run(struct mh_scanner *sc, size_t i, int lower_ok, size_t *last,
    int cls[8])
{
	unsigned seen;

	return name_run_at(sc, i, lower_ok, last, cls, &seen);
}

/* Is the word at k, after a possessive, a relation or a person's
 * thing: "Hunter's dad", "Chase's birthday", "McDonald's car"? */
static int
persons_after(struct mh_scanner *sc, size_t k)
{
	return k != SIZE_MAX && !sc->t[k].cap &&
	    (relation_at(sc, k) || word_among(sc, k, persons_things));
}

/* After a run ending at token last: an eponym head ("Parkinson's
 * disease", "Chaddock reflex", "McGill Pain Index"), so no person.
 * Inlined into match_name(), its two callers, which ask it of most
 * names: the call cost about a third of the answer. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
eponym_after(struct mh_scanner *sc, size_t last, int single,
    int single_nonfirst, int first)
{
	size_t j = last + 1;
	int poss = 0;

	/* (token j is the end token at worst, neither a possessive nor
	 * punctuation.)  An apostrophe by the token's mark, its byte when
	 * it is one byte: only a token of more bytes, with no mark, need
	 * have its bytes read, for U+2019; the ',' and '.' after most
	 * names are turned away at the mark. */
	const struct tok *n = &sc->t[j];
	if (n->kind == T_POSS ||
	    (n->kind == T_PUNCT &&
	        (n->mark == '\'' ||
	            (n->mark == 0 &&
	                apos((const unsigned char *)sc->s, sc->n, n->s))))) {
		poss = 1;
		j++;
	}
	/* "has Parkinson's", "Huntington's is genetic": a condition's
	 * surname alone with its possessive.  A word after it must be one
	 * of cond_ctx[], as any other may be a noun it owns ("Addison's
	 * mom", "with Addison's family"); with no word after it, a
	 * surname that is also a first name needs one of cond_ctx[] before
	 * it ("has Addison's." but "at Addison's.") */
	if (poss && single && tok_in2(sc, last, KW2_CONDITION)) {
		int after = tok_gap(sc, j) && tk(sc, j + 1) &&
		    sc->t[j + 1].kind == T_WORD;
		size_t p = prev_word(sc, last);
		if (after ? tok_in(sc, j + 1, KW_COND_CTX)
		          : !(flags(sc, last) & MH_NAMES_FIRST) ||
		            (p != SIZE_MAX && tok_in(sc, p, KW_COND_CTX)))
			return 1;
	}
	/* "at McDonald's", "Kohl's was packed": a chain's surname alone
	 * with its possessive, but someone's before a capitalised word, a
	 * relation or a person's thing ("Lowe's Ford", "McDonald's wife",
	 * "McDonald's car") or after a title ("Mrs Lowe's dog"); and a
	 * show's that is a first name too, after "at" or "to", someone's
	 * home ("we watched Grey's", but "i stayed at Grey's") */
	if (poss && single && tok_in2(sc, last, KW2_CHAIN)) {
		size_t p = prev_word(sc, last);
		if (!(tok_gap(sc, j) && tk(sc, j + 1) &&
		        sc->t[j + 1].kind == T_WORD &&
		        (sc->t[j + 1].cap || persons_after(sc, j + 1))) &&
		    !(p != SIZE_MAX && (flags(sc, p) & MH_NAMES_TITLE)) &&
		    !((flags(sc, last) & MH_NAMES_AMBIG) &&
		        (tok_is(sc, p, KW_AT) || tok_is(sc, p, KW_TO))))
			return 1;
	}
	/* "history of Alzheimer's." : a possessive with nothing after */
	if (poss && single_nonfirst &&
	    (j >= sc->nt || sc->t[j].kind == T_PUNCT ||
	        (tok_gap(sc, j) && tk(sc, j + 1) &&
	            (tok_is(sc, j + 1, KW_AND) || tok_is(sc, j + 1, KW_OR) ||
	                tok_is(sc, j + 1, KW_IN) ||
	                tok_is(sc, j + 1, KW_DIAGNOSED)))))
		return 1;
	for (int k = 0; k < 3; k++) {
		if (!tok_gap(sc, j) || !tk(sc, j + 1) ||
		    sc->t[j + 1].kind != T_WORD)
			return 0;
		j++;
		/* "Apgar score", "Gleason score", but "Maya's exam": a
		 * first name's own, after its possessive */
		if ((flags(sc, j) & MH_NAMES_EPONYM) &&
		    !(first && poss && tok_in2(sc, j, KW2_OWN_NOUN)))
			return 1;
		if (!sc->t[j].cap)
			return 0;
		j++;
	}
	return 0;
}

/* The word that thanks, for the word at p: "thank" when p is the "you"
 * of "thank you", which thanks as "thanks" does; else p itself
 * (addressed_word(), ambig_cue()). */
static size_t
thanks_of(struct mh_scanner *sc, size_t p)
{
	size_t q;

	return tok_is(sc, p, KW_YOU) && (q = prev_word(sc, p)) != SIZE_MAX &&
	        tok_is(sc, q, KW_THANK)
	    ? q
	    : p;
}

/* Words after which a capitalised Hope or Will is a person: "talked to
 * Hope", "told Will", "with Grace". */
static int
ambig_cue(struct mh_scanner *sc, size_t p)
{
	/* not SI, suicidal ideation in capitals ("I have SI Will I be
	 * ok"), but Tagalog's si ("si Hope ay mabait"); not "is" after a
	 * company's word, which names a company ("my bank is Chase"; but
	 * "my group is Hope" may be someone) */
	if (tok_in(sc, p, KW_AMBIG_CUE)) {
		size_t q;
		if (sc->t[p].allcap && word_eq(sc, p, "si"))
			return 0;
		if (!tok_is(sc, p, KW_IS) && !tok_is(sc, p, KW_WAS))
			return 1;
		q = prev_word(sc, p);
		return !(flags(sc, q) & MH_NAMES_ORG) ||
		    word_eq(sc, q, "group");
	}
	/* "scared of Hunter" */
	if (tok_is(sc, p, KW_OF))
		return word_among(sc, prev_word(sc, p), fear_words);
	/* "Thank you Grace", as "Thanks Grace" (ambig_cues[]) */
	if (tok_is(sc, p, KW_YOU))
		return thanks_of(sc, p) != p;
	return (flags(sc, p) & (MH_NAMES_REL | MH_NAMES_TITLE)) != 0;
}

/* Is the token k a word of five letters or more ending "ing": "calling",
 * "working"? */
static int
ing_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];

	return t->kind == T_WORD && tend(t) - t->s > 4 &&
	    eqw(sc->s + tend(t) - 3, 3, "ing");
}

/* Is the capitalised word that ends at token last someone by what
 * comes after it: a deed done to the writer ("Hunter hit me", "Summer
 * keeps calling me"), or a possessive before a relation or a person's
 * thing ("Hunter's dad", "Chase's birthday")?  Asked of the names
 * that are also words, which context decides. */
static int
deed_after(struct mh_scanner *sc, size_t last)
{
	size_t nw, k;

	if (tk(sc, last + 1) && sc->t[last + 1].kind == T_POSS)
		return persons_after(sc, next_word(sc, last + 1));
	/* "me" or "us" first, by id: the lists are read only then, of a
	 * few words (every capitalised word that may be a name is asked;
	 * the lists first cost 2.3 M of rb4's instructions) */
	nw = next_word(sc, last);
	if (nw == SIZE_MAX || sc->t[nw].cap ||
	    (k = next_word(sc, nw)) == SIZE_MAX)
		return 0;
	if (tok_is(sc, k, KW_ME) || tok_is(sc, k, KW_US))
		return word_among(sc, nw, deeds);
	/* "keeps calling me" */
	if (ing_word(sc, k)) {
		size_t m = next_word(sc, k);
		return m != SIZE_MAX &&
		    (tok_is(sc, m, KW_ME) || tok_is(sc, m, KW_US)) &&
		    word_among(sc, nw, deed_leads);
	}
	return 0;
}

/* Is the word at k "me" or "us", or "at", "to" or "on" before one:
 * what a deed of low_deeds[] is done to ("texted me", "yelled at me",
 * "cheated on us")? */
static int
low_me_at(struct mh_scanner *sc, size_t k)
{
	size_t m;

	if (tok_is(sc, k, KW_ME) || tok_is(sc, k, KW_US))
		return 1;
	if (!tok_is(sc, k, KW_AT) && !tok_is(sc, k, KW_TO) &&
	    !tok_is(sc, k, KW_ON))
		return 0;
	m = next_word(sc, k);
	return m == k + 2 && (tok_is(sc, m, KW_ME) || tok_is(sc, m, KW_US));
}

/* Is the word at k a pronoun that is a subject, alone or before its
 * contraction: "he", "she'd", "they're", "i"? */
static int
low_pronoun(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);
	const char *w;
	size_t n, j;

	if (t == NULL || t->kind != T_WORD)
		return 0;
	w = sc->s + t->s;
	n = tend(t) - t->s;
	for (j = 0; t->contr && j < n; j++)
		if (apos((const unsigned char *)w, n, j))
			n = j;
	return eqw(w, n, "he") || eqw(w, n, "she") || eqw(w, n, "they") ||
	    eqw(w, n, "i");
}

/* Is the word at i, of assistants[] (the caller has asked), woken by
 * the word before, "hey", "ok" or "okay" ("hey siri", "okay google,")? */
static int
assistant_woken(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);

	return p != SIZE_MAX && word_among(sc, p, wake_words);
}

/* Is the word at i, a first name that is also a word in a text in lower
 * case, the subject of a deed only a person does: at the start of a
 * clause (of the text or line, after a stop or comma, or after a word
 * of low_openers[]), before a verb of low_deeds[] and what it needs
 * after it, or before "my" and a relation and then the verb?  "hope
 * keeps asking why", "summer left for college", "ugh dawn yelled at
 * me", "june said she'd call"; but "hope keeps me going", "summer left
 * me exhausted", "joy left my life", "hope said nothing".  The verb's
 * bit first: most such words are not before one. */
static int slot_deed(struct mh_scanner *sc, size_t i, size_t n);
static int slot_start(struct mh_scanner *sc, size_t i);
static int rel_pred_after(struct mh_scanner *sc, size_t last);
static size_t my_relation_at(struct mh_scanner *sc, size_t k);
static size_t from_group_end(struct mh_scanner *sc, size_t last);
static int low_rel_pred(struct mh_scanner *sc, size_t i);
static int rel_bare_after(struct mh_scanner *sc, size_t i, size_t last);
static int low_from_group(struct mh_scanner *sc, size_t i);
static int deed_tail(struct mh_scanner *sc, size_t n);

static int
slot_subject(struct mh_scanner *sc, size_t i)
{
	size_t n = next_word(sc, i), r;

	/* the relation after it, no comma, before the verb: "amber my
	 * coworker yelled at me"; not "hope my mom texted me", where hope
	 * is the verb, nor "june my roommate left for college", "summer my
	 * bf dumped me", when it happened, nor "bless my mom texted me",
	 * "mercy my mom yelled at me", said of it */
	if (n == i + 2 && tok_is(sc, n, KW_MY) &&
	    (r = my_relation_at(sc, n)) != 0)
		return !word_among(sc, i, season_names) &&
		    ((!(flags(sc, i) & MH_NAMES_MONTH) &&
		         !word_among(sc, i, appos_nots) &&
		         next_word(sc, r) == r + 2 &&
		         tok_in2(sc, r + 2, KW2_LOW_DEED) &&
		         slot_deed(sc, i, r + 2)) ||
		        (slot_start(sc, i) && rel_bare_after(sc, i, i)));
	if (n != i + 2 || !tok_in2(sc, n, KW2_LOW_DEED))
		return 0;
	return slot_deed(sc, i, n);
}

/* Is the word at i, a first name that is also a word in a text in lower
 * case, one of whom a relation is said at the start of a clause: "hope
 * is my sister", "will was my best friend", "lily is my gf"; or one
 * from a group or at a place of staff who did what a person does
 * there: "joy from group said hi", "will from school texted", "ray at
 * the shelter said" (as rel_pred_after() and from_group_after() take
 * "Joy is my sponsor" and "Will from school texted" by the capital)?
 * Not a month or a weekday ("june is my birthday month", "may is my
 * worst"), nor the word's sense before what is no relation or deed
 * ("hope is my only reason", "faith is my anchor", "hope from church
 * is all i have left"). */
static int
slot_relation(struct mh_scanner *sc, size_t i)
{
	return tok_gap(sc, i + 1) &&
	    (tok_is(sc, i + 2, KW_IS) || tok_is(sc, i + 2, KW_WAS) ||
	        tok_is(sc, i + 2, KW_FROM) || tok_is(sc, i + 2, KW_AT)) &&
	    !(flags(sc, i) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) &&
	    (low_rel_pred(sc, i) || low_from_group(sc, i)) && slot_start(sc, i);
}

/* Is a relation said of the word at i in lower case (slot_relation())
 * as of someone?  Not where the relation owns what follows ("faith is
 * my mom's thing", but "hope is my sister's name"), nor a companion of
 * the word's sense when it is one that chat makes a friend of ("hope
 * is my best friend", "patience was my teacher"; "amber was my best
 * friend" is someone). */
static int
low_rel_pred(struct mh_scanner *sc, size_t i)
{
	static const char *const companions[] = {"friend", "bestie", "bff",
	    "buddy", "teacher", "companion", "mentor", "guide", NULL};
	size_t r;

	if (!rel_pred_after(sc, i))
		return 0;
	r = my_relation_at(sc, i + 4);
	if (tk(sc, r + 1) && sc->t[r + 1].kind == T_POSS)
		return tok_gap(sc, r + 2) && word_eq(sc, r + 3, "name");
	return !(word_among(sc, r, companions) && word_among(sc, i, senses));
}

/* Is the word at i in lower case from a group (or at a place of staff,
 * from_group_end()) and the subject of what only a person does there
 * (slot_relation())?  A word of saying but one a feeling does too, or
 * a deed of person_does[] no feeling does, or what one keeps doing to
 * someone (deed_tail()): "joy from group said hi", "will from school
 * texted", "godswill from church keeps sending me messages", not "hope
 * from group helped", "joy from work came back", "faith from church
 * kept me going", "joy from work was short lived". */
static int
low_from_group(struct mh_scanner *sc, size_t i)
{
	static const char *const acts[] = {"invited", "messaged", "sent", NULL};
	size_t k = from_group_end(sc, i);
	const struct tok *w;

	if (k == 0 || !tok_gap(sc, k) || (w = word_tok(sc, k + 1)) == NULL ||
	    w->cap)
		return 0;
	return ((flags(sc, k + 1) & MH_NAMES_SAID) &&
	           !word_among(sc, k + 1, fades)) ||
	    word_among(sc, k + 1, acts) ||
	    ((word_eq(sc, k + 1, "keeps") || word_eq(sc, k + 1, "kept")) &&
	        deed_tail(sc, k + 1));
}

/* Is the lower-case word at i, right after "that", a first name that
 * is also a word and the subject of a deed only a person does
 * (slot_subject(), "that" of low_openers[]): "I hate that rose told
 * everyone", in a text with capitals too; not "that rose bush".  The
 * walk stops after "that" for it (memo_quiet(), lower_name_context()). */
static int
that_subject(struct mh_scanner *sc, size_t i)
{
	return tok_gap(sc, i - 1) && sc->t[i].kind == T_WORD &&
	    (fullflags(sc, i) & (MH_NAMES_AMBIG | MH_NAMES_FIRST)) ==
	    (MH_NAMES_AMBIG | MH_NAMES_FIRST) &&
	    slot_subject(sc, i);
}

static int unknown_subject(struct mh_scanner *sc, size_t i);

/* Is the word opening a text with capitals, in lower case, a first name
 * that is also a word in a slot only a person fills, as slot_subject()
 * and slot_relation() take one in a text in lower case: "bill from my
 * AA group called me", "will texted me at 5 PM"; or a word of no list
 * or a surname alone before a verb of telling (unknown_subject():
 * "uche said I should rest")?  Its case says nothing of it, as a
 * writer who types the text's first word without its capital types a
 * name so too.  Not "bill from my insurance came today", no group of
 * people.  The walk passes the first word, with no word before it to
 * give it a context (word_quiet()): walk() asks it before it sets out,
 * of the window's first token with the AMBIG flag (the end token has
 * none), or with no cue flag or a surname's before a verb of its
 * lists, and it takes the word here.  0, or -1 when no memory was
 * left.  Inline in walk(), once a window: out of line it cost 0.04 M
 * of rb4's instructions more. */
static int
opening_name(struct mh_scanner *sc)
{
	const struct tok *t = &sc->t[0];

	if (sc->start != 0 || t->kind != T_WORD || t->cap || t->allcap ||
	    sc->lowertext)
		return 0;
	if (!((t->flags & MH_NAMES_AMBIG) &&
	        (fullflags(sc, 0) & MH_NAMES_FIRST) &&
	        (slot_subject(sc, 0) || slot_relation(sc, 0))) &&
	    !unknown_subject(sc, 0))
		return 0;
	return add_span(sc, sc->t[0].s, tend(&sc->t[0]), MH_SCAN_NAME);
}

/* Is the letter at i, with a '.' after it, an initial a person goes by
 * as the subject of a clause before a deed of low_deeds[] (as
 * slot_subject() asks of a name): "J. told me to call", "then k. said
 * she'd come"?  Not "J. is a letter", nor "a", "i" or "u", which are
 * words; but "A." with its capital and stop opens a clause as no article
 * does ("A. told me to rest"), though not after ':', where it is a grade
 * or an answer ("Grade: A. told everyone").  word_rules() asks it of
 * letters alone. */
static int
initial_subject(struct mh_scanner *sc, size_t i)
{
	char c = lc(sc->s[sc->t[i].s]);

	return ((c >= 'b' && c <= 'z' && c != 'i' && c != 'u') ||
	           (sc->s[sc->t[i].s] == 'A' &&
	               !tok_punct(sc, prev_tok(sc, i), ':'))) &&
	    tok_punct(sc, i + 1, '.') && tok_gap(sc, i + 2) &&
	    tk(sc, i + 3) != NULL && sc->t[i + 3].kind == T_WORD &&
	    tok_in2(sc, i + 3, KW2_LOW_DEED) && slot_deed(sc, i, i + 3);
}

/* Is the letter at i, with a '.' after it or none, the initial that
 * signs a message at the end of its line, after a close
 * (closing_before()): "love, D.", "xo D.", "thanks, K.", "hey its me,
 * D.", "- K."?  Not a grade, a plan, a vitamin or a list's letter ("I
 * got a D.", "plan B.", "type 1 or 2 or D."), which no close comes
 * before; nor "I", nor "a" or "i" in lower case, which are words, nor
 * "u" in either case ("love, U." is "love you"), nor the kiss "x"
 * ("love, x").  match_name_slow() and letter_initial() ask it of
 * letters alone. */
static int
signoff_letter(struct mh_scanner *sc, size_t i)
{
	char c = sc->s[sc->t[i].s];

	return c != 'I' && c != 'a' && c != 'i' &&
	    lc((unsigned char)c) != 'u' && lc((unsigned char)c) != 'x' &&
	    line_end_after(sc, i) && closing_before(sc, i);
}

/* Is the word at i alone on the text's last line, the line before it
 * ending in a close and a comma (close_word(): "Cheers,\nKit",
 * "See you then,\nPrudence", "Best,\nGrace"): the name that signs a
 * message, which a first name that is also a word is there too?  Not
 * one on a line of its own inside the text, a list's or a heading's,
 * nor a word of endearment or one that signs off ("Love you,\nHoney",
 * "Ok bye,\nPeace"). */
static int
signoff_name(struct mh_scanner *sc, size_t i)
{
	return i >= 3 && sc->t[i - 1].kind == T_SPACE && sc->t[i - 1].nl &&
	    (i + 1 >= sc->nt || (i + 2 >= sc->nt && line_end(sc, i))) &&
	    tok_punct(sc, i - 2, ',') && close_word(sc, prev_tok(sc, i - 2)) &&
	    !word_among(sc, i, endearments) && !word_among(sc, i, sign_words);
}

/* slot_subject() of the word at i before the verb at n, of
 * low_deeds[]: the clause's start before i, and what the verb needs
 * after it (deed_tail()). */
static int
slot_deed(struct mh_scanner *sc, size_t i, size_t n)
{
	return slot_start(sc, i) && deed_tail(sc, n);
}

/* Does the word at i start a clause: the text's or line's first, after
 * a stop or comma, or after a word of low_openers[] (slot_deed(),
 * slot_relation())? */
static int
slot_start(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);
	const struct tok *q = tk(sc, p);

	if (q == NULL ||
	    (tok_at(sc, i - 1)->kind == T_SPACE && tok_at(sc, i - 1)->nl))
		return 1;
	if (q->kind == T_PUNCT)
		return strchr(".!?,;:", sc->s[q->s]) != NULL;
	return word_among(sc, p, low_openers);
}

/* What the verb at n, of low_deeds[] or "took", needs after it to be a
 * deed only a person does (slot_deed(), rel_initials(),
 * unknown_subject()): "keeps asking", "broke up", "left for college",
 * "said she'd", "told everyone", "texted me", "took me home"; not "kept
 * dropping", "broke again", "left me exhausted", "took forever". */
static int
deed_tail(struct mh_scanner *sc, size_t n)
{
	size_t k, p;

	k = next_word(sc, n);
	if (k != n + 2)
		return 0;
	if (word_eq(sc, n, "keeps") || word_eq(sc, n, "kept"))
		return word_among(sc, k, low_keep_ings);
	if (word_eq(sc, n, "broke"))
		return word_eq(sc, k, "up");
	if (word_eq(sc, n, "left")) {
		p = next_word(sc, k);
		return tok_is(sc, k, KW_FOR) && p == k + 2 &&
		    tok_in(sc, p, KW_GROUP);
	}
	/* "said she'd call", "said i could", "says im dramatic"; not "said
	 * to me", which a hope or a faith says too */
	if (word_eq(sc, n, "said") || word_eq(sc, n, "says") ||
	    word_eq(sc, n, "reckons"))
		return low_pronoun(sc, k) || word_among(sc, k, chat_subjects);
	/* "took me home", "took the bus": a person carries someone or
	 * takes a thing; not "took forever", "took my data", "took down
	 * the site", said of apps and brands (unknown_subject()) */
	if (word_eq(sc, n, "took"))
		return object_word(sc, k) || tok_is(sc, k, KW_US) ||
		    tok_is(sc, k, KW_THE) || word_eq(sc, k, "his");
	/* "told everyone", "tells everybody": only a person tells all */
	if ((word_eq(sc, n, "told") || word_eq(sc, n, "tells")) &&
	    (word_eq(sc, k, "everyone") || word_eq(sc, k, "everybody")))
		return 1;
	return low_me_at(sc, k);
}

/* Is the lower-case word at i, in a text in lower case, a surname and
 * nothing else (lone_surname_word(): four letters or more, no first
 * name, no ordinary word, no condition) at the start of a clause before
 * a deed of low_deeds[] only a person does (slot_subject()): "okafor
 * said i should rest", "ugh rivera yelled at me"?  Not "rivera is a
 * river", nor a word of another list. */
static int
lone_surname_subject(struct mh_scanner *sc, size_t i)
{
	return lone_surname_word(sc, i) && slot_subject(sc, i);
}

/* Has the word at k two runs of vowels or more, as the names of no
 * list mostly have ("sipho", "zbigniew") and chat's cries of one
 * syllable have not ("bruh", "istg", "oof", "omfg", "yall"); and not
 * one syllable said twice, as laughter is ("haha", "hehe"), nor one
 * drawn out at its end ("okayy")?
 * (match_lower_name(), before "my" and a relation.) */
static int
two_syllables(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s;
	int runs = 0, in = 0;

	for (size_t p = 0; p < n; p++) {
		int v = vowel(w[p]);
		runs += v && !in;
		in = v;
	}
	return runs >= 2 && lc(w[n - 1]) != lc(w[n - 2]) &&
	    !(n >= 4 && lc(w[0]) == lc(w[2]) && lc(w[1]) == lc(w[3]));
}

/* Is the word at k one of no list, of three letters or more: no
 * English word or drug (the word table holds those), no chat's slang
 * of slang_words[] ("ngl and tbh are my fav"), no brand, god or
 * assistant (not_lone[], name_asks[]: "chatbot said", "bixby said"),
 * and in a text in lower case a name as often as a foreign word?  Not
 * one ending in -s, as a plural or a slip of one does ("kdramas",
 * "frends and i went out"): the names that end so are the lists'. */
static int
unknown_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];

	return name_class(sc, k) == C_UNKNOWN && tend(t) - t->s >= 3 &&
	    sc->s[tend(t) - 1] != 's' && !tok_in(sc, k, KW_SLANG) &&
	    !tok_in2(sc, k, KW2_NOT_LONE | KW2_NAME_ASK);
}

/* Is the word w of n bytes, in lower case, one who fills the slot of
 * a name before a verb of telling as chat writes it: a relation that
 * is an English word ("therapist", "coworker", "neighbor", "doctor"),
 * or an indefinite pronoun of people ("someone", "everybody")
 * (word_slip())?  Not a lone word of Philter's (mh_names_lone()),
 * which are misspellings themselves. */
static int
teller_bytes(struct mh_scanner *sc, const char *w, size_t n)
{
	static const char *const anyones[] = {"someone", "somebody", "everyone",
	    "everybody", "anyone", "anybody", "nobody", NULL};
	unsigned f = mh_names_lookup(sc->nm, w, n);

	if ((f & (MH_NAMES_REL | MH_NAMES_COMMON)) ==
	    (MH_NAMES_REL | MH_NAMES_COMMON))
		return !mh_names_lone(sc->nm, w, n);
	for (size_t a = 0; anyones[a] != NULL; a++)
		if (eqw(w, n, anyones[a]))
			return 1;
	return 0;
}

/* Is the word at k, of no list, a slip of the keys in a relation or in
 * someone, everyone and the like (teller_bytes()): a letter left out,
 * one too many, one for another or two swapped ("docter", "frend",
 * "somone", "everbody", "nieghbor", "theraphist", "collegue"), as chat
 * typed fast and upset is full of them, in the very slot a name opens
 * ("somone said", "cowerker said")?  Of five ASCII letters or more,
 * as a shorter name is one slip from such a word too often.  Not a slip
 * of any ordinary word: names of no list are one from one too often
 * ("lerato", "legato"; "buhle", "bugle"; "sipho", "siphon").  Some 50
 * look-ups a letter, so asked last, of the few words unknown_subject()
 * has left. */
static int
word_slip(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	size_t n = tend(t) - t->s;
	char w[24], b[24];

	if (n < 5 || n > 20)
		return 0;
	for (size_t p = 0; p < n; p++) {
		w[p] = lc(sc->s[t->s + p]);
		if (w[p] < 'a' || w[p] > 'z')
			return 0;
	}
	for (size_t p = 0; p <= n; p++) {
		/* a letter left out before p */
		memcpy(b, w, p);
		memcpy(b + p + 1, w + p, n - p);
		for (char c = 'a'; c <= 'z'; c++) {
			b[p] = c;
			if (teller_bytes(sc, b, n + 1))
				return 1;
		}
		if (p == n)
			break;
		/* the letter at p one too many */
		memcpy(b, w, p);
		memcpy(b + p, w + p + 1, n - p - 1);
		if (teller_bytes(sc, b, n - 1))
			return 1;
		/* the letter at p for another, or swapped with the next */
		memcpy(b, w, n);
		for (char c = 'a'; c <= 'z'; c++) {
			b[p] = c;
			if (c != w[p] && teller_bytes(sc, b, n))
				return 1;
		}
		b[p] = w[p];
		if (p + 1 < n && w[p] != w[p + 1]) {
			b[p] = w[p + 1];
			b[p + 1] = w[p];
			if (teller_bytes(sc, b, n))
				return 1;
		}
	}
	return 0;
}

/* Is the word at i, of no list (unknown_word()) or a surname and
 * nothing else, no family word (lone_surname_word(): "uche"; not
 * "wujek"), and of two syllables (two_syllables(), which chat's cries
 * of one are not), the subject of a deed only a person does, opening
 * its clause (slot_start())?  Right after it a verb of telling of
 * person_tells[], which needs nothing after it, as such a word is
 * seldom a thing ("malgosia said", "uche messaged from Port
 * Harcourt"); another of low_deeds[] with what it needs (deed_tail():
 * "wanjiru keeps asking", not "webpack blocked the port"); or "took"
 * after a word that ends in a, i, o or u, as few words of English do
 * and many names of no list, and before a person or "the"
 * (deed_tail(): "thabo took the taxi"; not "christmas took it out of
 * me", "chatbot took my job", "autosave took forever", nor the brands
 * that end so, "toyota took forever", "xiaomi took my data").  Not a
 * slip of the keys in a relation or in "someone" (word_slip():
 * "docter said", "somone called").  Not chat's slang ("lol said", "idk
 * said", "ngl said": slang_words[], not_self_names[], and one syllable
 * or none), nor a family word ("abuela said", "grammy texted":
 * kin_others[]), nor an assistant, whose names are surnames too
 * ("bixby said": name_asks[]).  match_lower_name() asks it in a text
 * in lower case, opening_name() of a text's first word. */
static int
unknown_subject(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i], *v = tk(sc, i + 2);
	int unknown, took;

	/* the verb first, by its bits: most words are before none */
	if (!tok_gap(sc, i + 1) || v == NULL || v->kind != T_WORD || v->cap ||
	    v->allcap || !tok_in2(sc, i + 2, KW2_TELLS | KW2_LOW_DEED))
		return 0;
	if (tok_in2(sc, i, KW2_NOT_SELF | KW2_KIN_OTHER) ||
	    !two_syllables(sc, i) || !slot_start(sc, i))
		return 0;
	/* a surname that is a family word of another language too is that
	 * word here ("wujek said to call": lone_last_flags() keeps it a
	 * surname after a cue alone), and an assistant's ("bixby said":
	 * unknown_word() turns it away on the other way) */
	unknown = unknown_word(sc, i);
	if (!unknown &&
	    (!lone_surname_word(sc, i) || (fullflags(sc, i) & MH_NAMES_REL) ||
	        tok_in2(sc, i, KW2_NAME_ASK)))
		return 0;
	took = word_eq(sc, i + 2, "took");
	if (took ? !unknown || strchr("aiou", lc(sc->s[tend(t) - 1])) == NULL ||
	            !deed_tail(sc, i + 2)
	         : !tok_in2(sc, i + 2, KW2_TELLS) && !deed_tail(sc, i + 2))
		return 0;
	/* and no slip of the keys in a relation ("docter said", a
	 * surname too; "somone called"), asked last as it costs most */
	return !word_slip(sc, i);
}

/* May the word at k, in lower case, be a syllable of an East or
 * Southeast Asian name written in two (surname_pair()): of a name
 * list, of five letters or fewer, and no stop word, relation, title,
 * calendar word, name that is an everyday word nor word of chat
 * ("so", "my", "mom", "may", "will", "lol"), nor its thanks ("ty sam
 * said hi": close_word()). */
static int
name_syllable(struct mh_scanner *sc, size_t k, unsigned f)
{
	const struct tok *t = &sc->t[k];

	return t->kind == T_WORD && !t->cap && !t->allcap && !t->hyphen &&
	    tend(t) - t->s <= 5 && (f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	    !(f &
	        (MH_NAMES_STOP | MH_NAMES_REL | MH_NAMES_TITLE |
	            MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_AMBIG |
	            MH_NAMES_KEEP | MH_NAMES_SAID | MH_NAMES_PLACECUE |
	            MH_NAMES_STATE)) &&
	    !tok_in2(sc, k, KW2_NOT_SELF | KW2_NOT_LONE) && !close_word(sc, k);
}

/* The end of a name of two short words in lower case, the surname
 * first, opening a clause in a text in lower case before a verb of
 * telling (person_tells[], and a deed of low_deeds[] with what it needs
 * after it: deed_tail()): "wang li told me", "zhang yi called me",
 * "lee ho keeps asking me", where one word alone is too short or an
 * ordinary word ("yi", "ho").  The first a surname and no ordinary
 * word, the second a name of either list (name_syllable()); not "even
 * kim said", "then dan said", "pope leo said", "so will said".  Else 0.
 * (A syllable of no list, "li na", "lee min", stays: no list holds
 * them.) */
static size_t
surname_pair(struct mh_scanner *sc, size_t i)
{
	unsigned f, g;

	if (i + 4 >= sc->nt || !tok_in2(sc, i + 4, KW2_TELLS | KW2_LOW_DEED) ||
	    !tok_gap(sc, i + 1) || !tok_gap(sc, i + 3) ||
	    sc->t[i + 4].kind != T_WORD)
		return 0;
	f = fullflags(sc, i);
	g = fullflags(sc, i + 2);
	if (!(f & MH_NAMES_LAST) || (f & (MH_NAMES_COMMON | MH_NAMES_WORD)) ||
	    !name_syllable(sc, i, f) || !name_syllable(sc, i + 2, g) ||
	    !slot_start(sc, i) || word_eq(sc, i + 4, "took") ||
	    !(tok_in2(sc, i + 4, KW2_TELLS) || deed_tail(sc, i + 4)))
		return 0;
	return tend(&sc->t[i + 2]);
}

/* Has the word at k a name's shape: two syllables (two_syllables()), or
 * a letter beyond ASCII, which vowel() does not know ("oisín", "zoë";
 * not "lmao", "smh")? */
static int
name_shape(struct mh_scanner *sc, size_t k)
{
	return past_ascii(sc, k) || two_syllables(sc, k);
}

/* Is the word at k a first name and no word of another list but the
 * surnames' ("cian", "jayden"; not "grace", "will", "mark"):
 * unknown_pair_at()'s other half beside a word of no list. */
static int
clear_first(struct mh_scanner *sc, size_t k)
{
	return (fullflags(sc, k) & ~(unsigned)MH_NAMES_LAST) == MH_NAMES_FIRST;
}

/* Is the word at i, of no list and of two syllables (unknown_word(),
 * two_syllables()), opening its clause, a name with the family word of
 * another language after it that some languages put after the name
 * (kin_others[]), before is, was or a verb of telling: "selvi paati is
 * 94", "kamla nani keeps calling me"?  Not slang before one ("lol nani
 * said", one syllable). */
static int
name_kin_after(struct mh_scanner *sc, size_t i)
{
	size_t v = i + 4;

	return tok_gap(sc, i + 1) && tok_in2(sc, i + 2, KW2_KIN_OTHER) &&
	    tok_gap(sc, i + 3) && tk(sc, v) != NULL &&
	    sc->t[v].kind == T_WORD &&
	    (tok_is(sc, v, KW_IS) || tok_is(sc, v, KW_WAS) ||
	        tok_in2(sc, v, KW2_TELLS) ||
	        (tok_in2(sc, v, KW2_LOW_DEED) && deed_tail(sc, v))) &&
	    !tok_in2(sc, i, KW2_NOT_SELF | KW2_KIN_OTHER) &&
	    two_syllables(sc, i) && unknown_word(sc, i) && slot_start(sc, i);
}

/* Is what follows "are" or "were" at k said of people: where they
 * are, what they are doing or what they are to the writer ("were at
 * the party", "are dating", "are my cousins"; unknown_pair_at())? */
static int
pair_people_at(struct mh_scanner *sc, size_t k)
{
	return tk(sc, k) != NULL &&
	    (tok_is(sc, k, KW_AT) || tok_is(sc, k, KW_IN) ||
	        word_eq(sc, k, "there") || ing_word(sc, k) ||
	        my_relation_at(sc, k) != 0 ||
	        (tok_is(sc, k, KW_MY) && tok_gap(sc, k + 1) &&
	            plural_rel_at(sc, k + 2)));
}

/* Do the words from a, in a text in lower case, open a clause with a
 * word of no list (unknown_word()), "and", another or "i" or "me", and
 * a deed of people: "lerato and nomsa were at the party", "sipho and
 * thabo said no", "shazza and me got kicked out"?  The deed tells
 * names from a pair of foreign things.  (The caller has asked for the
 * "and".) */
static int
unknown_pair_at(struct mh_scanner *sc, size_t a)
{
	size_t v = a + 6;
	int me, ua;

	if (!tok_gap(sc, a + 1) || !tok_gap(sc, a + 3) || !tok_gap(sc, a + 5) ||
	    tk(sc, v) == NULL ||
	    !(word_among(sc, v, pair_deeds) || tok_in2(sc, v, KW2_LOW_DEED)))
		return 0;
	ua = unknown_word(sc, a);
	me = tok_is(sc, a + 4, KW_I) || tok_is(sc, a + 4, KW_ME);
	/* one of no list, the other "i", "me", one of no list or a first
	 * name of no other list, beside which the first has a name's
	 * shape ("oisín and cian both stopped talking to me", "cian and
	 * oisín were at the debs"; not "lmao and jayden went home") */
	if (ua ? !me && !unknown_word(sc, a + 4) &&
	            !(clear_first(sc, a + 4) && name_shape(sc, a))
	       : me || !clear_first(sc, a) || !unknown_word(sc, a + 4) ||
	            !name_shape(sc, a + 4))
		return 0;
	/* "are" and "were" say as much of two things as of two people
	 * ("kpop and kdrama are my escape") */
	if (!me && (tok_is(sc, v, KW_ARE) || word_eq(sc, v, "were")) &&
	    !(tok_gap(sc, v + 1) && pair_people_at(sc, v + 2)))
		return 0;
	return slot_start(sc, a);
}

/* Is the word at i, a first name that is also a word in a text in lower
 * case, whom a deed is done to or a feeling is about: after "i told",
 * "i texted" or "i messaged", which only a person takes ("i told hope
 * everything"), or at the end of a clause after "mad at", "angry with",
 * "broke up with", "i called" or "i blocked" ("so mad at will.",
 * "broke up with ray", "i called june, she"); not "at will" alone,
 * "free will", "i'm mad at will power", "a book called hope". */
static int
slot_object(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), q, r;

	if (p == SIZE_MAX || p + 2 != i)
		return 0;
	q = prev_word(sc, p);
	if (q == SIZE_MAX || q + 3 < p)
		return 0;
	/* "hey siri text sky", "okay google, call robin mobile": the
	 * contact an assistant is asked to reach */
	if (word_among(sc, p, assistant_contacts) &&
	    word_among(sc, q, assistants) && assistant_woken(sc, q))
		return 1;
	if (q + 2 != p)
		return 0;
	if (tok_is(sc, q, KW_I) &&
	    (word_eq(sc, p, "told") || word_eq(sc, p, "texted") ||
	        word_eq(sc, p, "messaged")))
		return 1;
	/* the clause ends, or goes on with "but" or "because": "i'm mad
	 * at will but" */
	if (!clause_end_after(sc, i) &&
	    !(tok_gap(sc, i + 1) &&
	        (word_eq(sc, i + 2, "but") || word_eq(sc, i + 2, "because"))))
		return 0;
	if (tok_is(sc, p, KW_AT) || tok_is(sc, p, KW_WITH)) {
		if (word_among(sc, q, low_cross))
			return 1;
		r = prev_word(sc, q);
		return tok_is(sc, p, KW_WITH) && word_eq(sc, q, "up") &&
		    r != SIZE_MAX && r + 2 == q &&
		    (word_eq(sc, r, "broke") || word_eq(sc, r, "break"));
	}
	return tok_is(sc, q, KW_I) &&
	    (word_eq(sc, p, "called") || word_eq(sc, p, "blocked") ||
	        word_eq(sc, p, "ghosted") || word_eq(sc, p, "dumped"));
}

/* Is the word at i set off by a comma after a relation word, "my mum,
 * grace"?  Then it may be a name in lower case in text with capitals
 * too; word_name_after() decides.  Inline: walk() asks it of 24,000
 * words over the bench corpus, nearly all turned away at the comma. */
static inline int
rel_comma_before(struct mh_scanner *sc, size_t i)
{
	return i >= 4 && tok_punct(sc, i - 2, ',') && tok_gap(sc, i - 1) &&
	    relation_at(sc, i - 3);
}

/* Is the whole text in capitals, three words of two letters or more
 * and none in lower case ("TALKED TO MARIA ABOUT IT")?  There, as in
 * a text all in lower case, the case cannot tell a name.  Asked only of
 * words in capitals, and counted once a text. */
static int
upper_text(struct mh_scanner *sc)
{
	size_t words = 0;

	if (sc->uppertext >= 0)
		return sc->uppertext;
	for (size_t k = 0; k < sc->nt; k++) {
		const struct tok *t = &sc->t[k];

		/* a contraction's letters after the apostrophe are not
		 * counted as capitals ("WON'T"): its case says nothing */
		if (t->kind != T_WORD || t->nletter < 2 || t->contr)
			continue;
		if (!t->allcap) {
			sc->uppertext = 0;
			return 0;
		}
		words++;
	}
	sc->uppertext = words >= 3;
	return sc->uppertext;
}

/* "my sister", "our best friend", "my old boss", "my 8 year old" from
 * token k: the relation word's token (of a child by their age, "old"),
 * else 0. */
static size_t
my_relation_at(struct mh_scanner *sc, size_t k)
{
	size_t r = k + 2;

	if (!(tok_is(sc, k, KW_MY) || tok_is(sc, k, KW_OUR)) ||
	    !tok_gap(sc, k + 1))
		return 0;
	if (tk(sc, r) != NULL && sc->t[r].kind == T_NUM &&
	    sc->t[r].ndigit <= 2 && tok_gap(sc, r + 1) &&
	    (word_eq(sc, r + 2, "year") || word_eq(sc, r + 2, "yr")) &&
	    tok_gap(sc, r + 3) && word_eq(sc, r + 4, "old"))
		return r + 4;
	if (word_tok(sc, r) == NULL)
		return 0;
	if (relation_at(sc, r))
		return r;
	/* one word between: "my best friend", "my old boss" */
	if (!tok_gap(sc, r + 1) || word_tok(sc, r + 2) == NULL ||
	    !relation_at(sc, r + 2))
		return 0;
	return r + 2;
}

/* The start of the word before the '(' at i (a blank between), two
 * letters, if they are the initials one goes by, glossed by a relation
 * in brackets: "KM (my bf) said he'd come", "JT (my ex) keeps texting",
 * "kz (my bf) said", as "Maya (my bf)" is a name; else SIZE_MAX.  Not
 * letters whose gloss says what they stand for, a role or a condition,
 * as dotted_words[] holds them ("PT (my physio)", "OT (my therapist)",
 * "ED (my dx)"), or a relation, as rel_shorthand[] does ("DH (my
 * husband)", "LO (my kid)"); nor a word of a list but the names' and
 * the ordinary words' (a state's code, a relation's: "MS (my sister)",
 * "BF (my best friend)"), nor chat's (not_self_names[]: "ya (my bf)");
 * and not two letters with a vowel unless in capitals, as initials in
 * lower case have none (initials_shape(): "um (my bf) said", "uh (my
 * ex)" are sounds); and no gloss but a relation ("ED (eating
 * disorder)", "MS (multiple sclerosis)" stay).  walk() asks it at a
 * '(' after a blank and a word of two bytes, which the word rules
 * passed, as they take no such letters alone.  Out of line: few
 * brackets come here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
paren_initials(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i - 2];
	size_t r;

	if (t->kind != T_WORD || tend(t) - t->s != 2 || t->nletter != 2 ||
	    (sc->nsp && sc->sp[sc->nsp - 1].end > t->s) ||
	    (r = my_relation_at(sc, i + 1)) == 0 || !tok_punct(sc, r + 1, ')'))
		return SIZE_MAX;
	return !(fullflags(sc, i - 2) &
	           ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST |
	               MH_NAMES_COMMON)) &&
	        !dotted_word(sc->s + t->s, 2) &&
	        (t->allcap || initials_shape(sc, i - 2)) &&
	        !tok_in2(sc, i - 2, KW2_NOT_SELF) &&
	        !word_among(sc, i - 2, rel_shorthand)
	    ? t->s
	    : SIZE_MAX;
}

/* "Joy is my sponsor", "Faith was my best friend": a relation said of
 * the word at last. */
static int
rel_pred_after(struct mh_scanner *sc, size_t last)
{
	size_t j = last + 1;

	return tok_gap(sc, j) &&
	    (tok_is(sc, j + 1, KW_IS) || tok_is(sc, j + 1, KW_WAS)) &&
	    tok_gap(sc, j + 2) && my_relation_at(sc, j + 3) != 0;
}

/* Is the word at last followed by a relation in apposition, ", my
 * (best) friend," ", our neighbour." (a comma, the end or a full stop
 * after it), so that it names someone: "June, my best friend, moved",
 * "Autumn, my roommate, found"?  Not "Hope, my therapist said, is". */
static int
rel_appos_after(struct mh_scanner *sc, size_t last)
{
	size_t j = last + 1, r;

	if (!tok_punct(sc, j, ',') || !tok_gap(sc, j + 1) ||
	    (r = my_relation_at(sc, j + 2)) == 0)
		return 0;
	return r + 1 >= sc->nt || tok_punct(sc, r + 1, ',') ||
	    tok_punct(sc, r + 1, '.') || tok_punct(sc, r + 1, '!') ||
	    tok_punct(sc, r + 1, '?') || tok_punct(sc, r + 1, ';');
}

/* Is the word at i, ending at last, followed with no comma by "my", a
 * relation and what the relation did, so that the relation is said of
 * it: "Lily my sister called", "Mark my husband left", "Autumn my
 * roommate heard", "Justice my son's dad stopped paying", also with
 * where the relation is from and a word of when between ("rose my old
 * housemate from uni just messaged me", "Rose my housemate from
 * Bristol texted", "ray my flatmate just texted me")?  A verb in a
 * tense no modal takes (finite_after()), one of saying or of low_deeds[]
 * (person_verb()), or of past_deeds[].  Not a verb before its object
 * ("Thank my mom for me", "Mark my words", "Will my dad be ok?"), nor
 * "Hope my mom is ok" or an oath (appos_nots[]), nor a word of
 * endearment ("Honey my mom called"). */
static int
rel_bare_after(struct mh_scanner *sc, size_t i, size_t last)
{
	size_t r, g;
	const struct tok *v;

	/* not a month or a feast ("June my roommate left", "christmas my
	 * dad drinks": when) */
	if (!tok_gap(sc, last + 1) || (r = my_relation_at(sc, last + 2)) == 0 ||
	    (flags(sc, i) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
	    tok_in(sc, i, KW_FEAST))
		return 0;
	/* "my son's dad": the relation of a relation */
	if (tk(sc, r + 1) && sc->t[r + 1].kind == T_POSS &&
	    tok_gap(sc, r + 2) && word_tok(sc, r + 3) != NULL &&
	    relation_at(sc, r + 3))
		r += 3;
	/* where the relation is from, a group or a place of a word or
	 * two, and a word of when, before what it did: "rose my old
	 * housemate from uni just messaged me", "from Bristol", "from
	 * New Zealand" */
	if ((g = from_group_end(sc, r)) != 0)
		r = g - 1;
	else if (tok_gap(sc, r + 1) && tok_is(sc, r + 2, KW_FROM) &&
	    tok_gap(sc, r + 3) && word_tok(sc, r + 4) != NULL &&
	    !(flags(sc, r + 4) & MH_NAMES_STOP)) {
		r += 4;
		if (sc->t[r].cap && tok_gap(sc, r + 1) &&
		    word_tok(sc, r + 2) != NULL && sc->t[r + 2].cap)
			r += 2;
	}
	if (tok_gap(sc, r + 1) && word_tok(sc, r + 2) != NULL &&
	    word_among(sc, r + 2, deed_whens))
		r += 2;
	/* a saying of which the word is the subject, and no one: "faith
	 * my therapist always says is key", "grace my mum said is a
	 * gift" */
	if (tok_gap(sc, r + 1) &&
	    (word_eq(sc, r + 2, "says") || word_eq(sc, r + 2, "said")) &&
	    finite_after(sc, r + 2, 0))
		return 0;
	if (!finite_after(sc, r, 1) &&
	    !(tok_gap(sc, r + 1) && (v = word_tok(sc, r + 2)) != NULL &&
	        !v->cap &&
	        (person_verb(sc, r + 2) || word_among(sc, r + 2, past_deeds))))
		return 0;
	return !word_among(sc, i, appos_nots) &&
	    !word_among(sc, i, endearments);
}

/* Is the word at last followed by "from" or "at" and a group that
 * people are from, and then by what a person does: "Sue from work
 * invited me", "Mark from the gym said hi", "Dawn from my class and I",
 * "Ray at the shelter said" (not "Hope from church is all I have
 * left")?  Asked only of a lone first name that is also a word. */
static size_t from_group_end(struct mh_scanner *sc, size_t last);

static int
from_group_after(struct mh_scanner *sc, size_t last)
{
	size_t k = from_group_end(sc, last);
	const struct tok *w;

	if (k == 0 || !tok_gap(sc, k) || (w = word_tok(sc, k + 1)) == NULL ||
	    w->cap)
		return 0;
	if (flags(sc, k + 1) & MH_NAMES_SAID)
		return 1;
	/* "Joy at work was rare", "Summer at the shelter was hard": being
	 * said of the word's sense or of a season, at a place; from one,
	 * someone ("Joy from work was so nice to me") */
	if (tok_is(sc, last + 2, KW_AT) &&
	    (tok_is(sc, k + 1, KW_WAS) || word_eq(sc, k + 1, "has") ||
	        word_eq(sc, k + 1, "had")) &&
	    (word_among(sc, last, senses) ||
	        word_among(sc, last, season_names)))
		return 0;
	return tok_in(sc, k + 1, KW_PERSON_DOES);
}

/* The token after "from" or "at" and a group that people are from or
 * a place where they work, after the word at last ("Sue from work",
 * "Mark from the gym", "Ray at the shelter"), or 0.  After "the" or
 * "my", one word may come before the group's ("Dawn at the front desk",
 * "Bill from my AA group"). */
static size_t
from_group_end(struct mh_scanner *sc, size_t last)
{
	size_t j = last + 1, g = j + 3;
	unsigned set = KW_GROUP;

	if (!tok_gap(sc, j) ||
	    !(tok_is(sc, j + 1, KW_FROM) || tok_is(sc, j + 1, KW_AT)) ||
	    !tok_gap(sc, j + 2) || word_tok(sc, g) == NULL)
		return 0;
	if (tok_is(sc, g, KW_THE) || tok_is(sc, g, KW_MY)) {
		set = tok_is(sc, g, KW_THE) ? KW_GROUP_THE : KW_GROUP_MY;
		if (!tok_gap(sc, g + 1) || word_tok(sc, g += 2) == NULL)
			return 0;
		if (!tok_in(sc, g, set) && tok_gap(sc, g + 1) &&
		    word_tok(sc, g + 2) != NULL && tok_in(sc, g + 2, set))
			g += 2;
	}
	return tok_in(sc, g, set) ? g + 1 : 0;
}

/* Is the word at i an Irish or Romance surname in lower case, "o'connell",
 * "d'angelo": o or d, an apostrophe, three letters or more?  No word
 * of English has that shape but "o'clock". */
static int
o_surname(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s, k = 2;

	if (n < 5 || (lc(w[0]) != 'o' && lc(w[0]) != 'd') ||
	    eqw(w, n, "o'clock"))
		return 0;
	/* the apostrophe as typed, or as phones type it (U+2019) */
	if (w[1] != '\'') {
		if (n < 7 || memcmp(w + 1, "\xe2\x80\x99", 3) != 0 ||
		    eqw(w + 4, n - 4, "clock"))
			return 0;
		k = 4;
	}
	for (; k < n; k++)
		if (!isalpha_a((unsigned char)w[k]))
			return 0;
	return 1;
}

/* Is the word at k a clear surname in title case, or an initial before
 * one ("Valida M. Ibragimov", "Valida M Ibragimov"; not the words I and
 * A)? */
static int
surname_next(struct mh_scanner *sc, size_t k)
{
	int c = name_class(sc, k);

	if (c == C_INITIAL && !tok_is(sc, k, KW_I) && !tok_is(sc, k, KW_A)) {
		if (initials_at(sc, k, &k) < 0)
			return 0;
		k++;
		if (tok_punct(sc, k, '.'))
			k++;
		if (!tok_gap(sc, k))
			return 0;
		c = name_class(sc, ++k);
	}
	return c == C_STRONG && (fullflags(sc, k) & MH_NAMES_LAST) &&
	    sc->t[k].cap;
}

static int letter_initial(struct mh_scanner *sc, size_t i);

/* Is the capitalised word at i, two letters with a vowel, one a person
 * may go by after "I'm": a word of the lists of names and ordinary
 * words alone ("Ed", "Mo"), or a state's code that is a first name too
 * ("Al"; not "I'm Ma, 19", "I'm Pa"), none of not_self_names[] ("I'm
 * Ok", "I'm Up", "I'm So tired") nor a sound one makes ("I'm Oh, so
 * tired"), nor what one is ("I'm Bi and scared to tell my mom"; "call
 * me bi", "my name is bi" are self_name()'s)?  Two letters and no vowel
 * are initials_word()'s; as a state's code they stay ("I'm Mt, 30",
 * "I'm Nm, 19"). */
static int
self_vowel_word(struct mh_scanner *sc, size_t i)
{
	/* the sounds, and what one is */
	static const char *const not_names[] = {"oh", "ah", "uh", "um", "eh",
	    "aw", "ow", "ha", "ew", "oi", "oy", "er", "yo", "ay", "ye", "bi",
	    NULL};
	const char *w = sc->s + sc->t[i].s;
	unsigned f = fullflags(sc, i);

	return (vowel(w[0]) || vowel(w[1])) &&
	    (f &
	        ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_COMMON |
	            MH_NAMES_STATE)) == 0 &&
	    (!(f & MH_NAMES_STATE) || (f & MH_NAMES_FIRST)) &&
	    !tok_in2(sc, i, KW2_NOT_SELF) && !word_among(sc, i, not_names);
}

/* Is the capitalised word at i, two letters, before a comma, the
 * initials or the name one goes by, introduced after "I'm" with one's
 * age, ending the clause or said as one ("I'm Kz, 19, and i feel
 * lost", "I'm Kz, 19 years old", "Hi, I'm Al, 19")?  As cue_initials()
 * reads "im kz," in a text in lower case, and the age after it, as
 * "I'm OK, 19 days sober" is no one (OK in capitals), nor chat's
 * letters, which list_initials() leaves in lower case too ("I'm Hm,
 * 19", "I'm Tv, 19": initials_chat[]).  A vowel's word only after
 * "I'm" (self_vowel_word(): "I'm Ok, 19, and fine" stays).  With no
 * comma, after "I'm" opening the sentence, where it ends the clause
 * ("I'm Al.", "Hi, I'm Kz and i feel lost"): title case says a name
 * there, as capitals ("I'm AL born and raised") may not.  Asked by
 * word_rules() where match_name() found no name, before a comma or
 * after a contraction or "Im"; out of line: such words are rare. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
cap_self_initials(struct mh_scanner *sc, size_t i)
{
	int im;

	if (!(i >= 2 && sc->t[i].kind == T_WORD && !sc->t[i].allcap &&
	        sc->t[i].nletter == 2 && tok_gap(sc, i - 1) &&
	        !word_among(sc, i, initials_chat)))
		return 0;
	im = im_opens(sc, i - 2);
	if (initials_word(sc, i) ? !cue_initials(sc, i)
	                         : !(im && self_vowel_word(sc, i)))
		return 0;
	if (!tok_punct(sc, i + 1, ','))
		return im && clause_end_after(sc, i);
	return comma_age_after(sc, i);
}

/* Is the word i, capitalised or in a text all in lower case, one at
 * which match_name_slow() surely takes no name, by its flags and a
 * token or two?  Most such words are ("What", "The", "I", "MRN",
 * "I'm"; "the", "and"), and there the rules read several words around
 * each before they come to nothing.  What follows mirrors those rules
 * and must change with them:
 *  - name_class_at() gives the word C_NONE, whatever is around it, when
 *    the word has no name bit (USER, FIRST, LAST, AMBIG, MONTH) and
 *    either some other flag or an apostrophe (t->contr), or is one
 *    letter in lower case; a single capital "I" or "A" with no full
 *    stop after it is C_INITIAL, where name_run_at() stops at once.
 *    Either way the run is empty (m 0);
 *  - with no FIRST or USER bit and in neither keyword list, list_name()
 *    and plural_before_name() (through is_first()) take none of it;
 *  - a word in lower case of C_NONE is taken only as lower_word_name()
 *    takes one, in KW_STATE_NAME;
 *  - with the run empty, the naming word before it needs ctx, and the
 *    surname after it ("female, Ana Johnson") a capitalised word two
 *    tokens on that surname_next() may take: an initial, or a word
 *    with the surname's bit and not the ordinary word's (C_STRONG);
 *    neither takes a word in capitals or one with the STOP bit.
 * The rules before the run return 0 or take a list name only.  Over
 * the bench corpus this turns away 33,000 of the 52,000 capitalised
 * words that match_name() is asked about, and 4,200 of 5,500 words of
 * texts in lower case. */
static inline int
no_name_at(struct mh_scanner *sc, size_t i, int ctx)
{
	const struct tok *t = &sc->t[i];
	unsigned f = fullflags(sc, i);

	if ((f &
	        (MH_NAMES_USER | MH_NAMES_FIRST | MH_NAMES_LAST |
	            MH_NAMES_AMBIG | MH_NAMES_MONTH)) ||
	    tok_in(sc, i, KW_LOWER_NAME | KW_STATE_NAME))
		return 0;
	/* "call me kz", in a text in lower case */
	if (sc->lowertext && self_name(sc, i))
		return 0;
	if (tend(t) - t->s == 1) {
		if (t->cap &&
		    (!(t->kw == KW_I || t->kw == KW_A) ||
		        tok_punct(sc, i + 1, '.')))
			return 0;
		/* "mrs k said" (match_lower_name()) */
		if (!t->cap && !t->allcap && letter_initial(sc, i))
			return 0;
	} else if (f == 0 && !t->contr)
		return 0;
	if ((f & MH_NAMES_STOP) || t->allcap || !t->cap)
		return 1;
	return !ctx &&
	    !(tok_gap(sc, i + 1) && cap_word(sc, i + 2) &&
	        (tend(&sc->t[i + 2]) - sc->t[i + 2].s == 1 ||
	            (fullflags(sc, i + 2) &
	                (MH_NAMES_LAST | MH_NAMES_COMMON)) == MH_NAMES_LAST));
}

/* Does the name at last, after "the", end its phrase: the end of the
 * text, a stop, '!', '?' or ')', a function word or a verb of saying
 * after it ("joined the Navy in 2019", "the Bureau called")?  Before a
 * noun it is a person's ("the Johnson novel", "the Patel kids"), and
 * before a comma it may open a list of them ("the Clark, Ruiz and Li
 * Orchestra"). */
static int
the_name_alone(struct mh_scanner *sc, size_t last)
{
	size_t n = last + 1;

	if (n >= sc->nt)
		return 1;
	if (tok_punct(sc, n, '.') || tok_punct(sc, n, '!') ||
	    tok_punct(sc, n, '?') || tok_punct(sc, n, ')'))
		return 1;
	if (!tok_gap(sc, n) || !tk(sc, n + 1) || sc->t[n + 1].kind != T_WORD ||
	    sc->t[n + 1].cap || tok_in2(sc, n + 1, KW2_FAMILY_NOUN))
		return 0;
	return tok_in(sc, n + 1, KW_CLAUSE_START) ||
	    (fullflags(sc, n + 1) & (MH_NAMES_STOP | MH_NAMES_SAID)) != 0;
}

/* The title's token before the name at i (name_context_before() found
 * it): the word before, or before its full stop. */
static inline size_t
title_tok(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	return tok_punct(sc, p, '.') ? prev_tok(sc, p) : p;
}

/* Is the lower-case "fr" at p, right before the word at i, chat's "for
 * real", after none of fr_title_befores[], surname_cues[] but "ugh"
 * nor a relation word?  Before a word of chat or a letter it writes for
 * a word (fr_chat_afters[], slang_words[]: "fr b said it was fine", "fr
 * tho"), and before an ordinary word ("fr real", "fr nah", "fr girl
 * same") unless a deed or a verb of saying follows it.  Else the
 * priest's title, whose name may be any word ("fr rice called", "fr k
 * said", "fr bin osman", "went to see fr b", "my priest fr j told me"). */
static int
fr_chat(struct mh_scanner *sc, size_t p, size_t i)
{
	size_t q = prev_word(sc, p), n;
	const struct tok *t = &sc->t[i];

	if (p + 2 != i || t->kind != T_WORD)
		return 0;
	if (q != SIZE_MAX && q + 2 == p &&
	    (word_among(sc, q, fr_title_befores) ||
	        (tok_in2(sc, q, KW2_SURNAME_CUE) && !word_eq(sc, q, "ugh")) ||
	        relation_at(sc, q)))
		return 0;
	if (word_among(sc, i, fr_chat_afters) || tok_in(sc, i, KW_SLANG))
		return 1;
	if (t->nletter == 1 || !(fullflags(sc, i) & MH_NAMES_COMMON) ||
	    tok_in(sc, i, KW_NAME_PARTICLE))
		return 0;
	n = next_word(sc, i);
	return n != i + 2 || !tok_gap(sc, i + 1) || !person_verb(sc, n);
}

/* Is the title before the name at i (title_tok()) an honorific, one
 * that is only a title (KW_HONORIFIC), and not the lower-case "ms" of
 * multiple sclerosis after a word of having or a determiner ("she has
 * ms like her mother", "with ms", "my ms"), nor chat's "fr"
 * (fr_chat())? */
static int
honorific_before(struct mh_scanner *sc, size_t i)
{
	size_t p = title_tok(sc, i), q;
	const struct tok *t = tk(sc, p);

	if (t == NULL || !tok_in(sc, p, KW_HONORIFIC))
		return 0;
	if (t->cap || t->allcap)
		return 1;
	/* "fr" in lower case, no stop after it, may be chat's "for real"
	 * (fr_chat()); "fr." is the priest's */
	if (eqw(sc->s + t->s, tend(t) - t->s, "fr"))
		return tok_punct(sc, p + 1, '.') || !fr_chat(sc, p, i);
	if (!eqw(sc->s + t->s, tend(t) - t->s, "ms"))
		return 1;
	q = prev_word(sc, p);
	if (q == SIZE_MAX || q + 2 != p)
		return 1;
	t = &sc->t[q];
	return !(tok_in(sc, q, KW_NOUN_NEXT) || tok_is(sc, q, KW_WITH) ||
	    tok_is(sc, q, KW_OF) || tok_is(sc, q, KW_HER) ||
	    eqw(sc->s + t->s, tend(t) - t->s, "has") ||
	    eqw(sc->s + t->s, tend(t) - t->s, "have") ||
	    eqw(sc->s + t->s, tend(t) - t->s, "had"));
}

/* Is the title before the word at i (title_tok()) a noun, after a
 * determiner or a possessive ("the dr.", "my dr.", "ur dr"), where
 * the word after it is the sentence's ("told the dr. abt it", "my dr.
 * irl is nice")? */
static int
title_as_noun(struct mh_scanner *sc, size_t i)
{
	size_t q = prev_word(sc, title_tok(sc, i));

	return q != SIZE_MAX &&
	    (tok_in(sc, q, KW_NOUN_NEXT) || word_eq(sc, q, "ur") ||
	        tok_is(sc, q, KW_HER));
}

/* Is the lower-case letter at i the initial a person goes by after an
 * honorific: "mrs k said", "dr. m said i'm fine", "ms. t was kind",
 * "ask mr j."?  Before what a person does or the clause's end, as
 * the surname it stands for would be; not "a", "i" or "u", which are
 * words ("my dr a lot", "fr u said"), nor after the "ms" of multiple
 * sclerosis (honorific_before()).  word_rules() asks it of letters
 * alone. */
static int
title_initial(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i], *n;
	char c = sc->s[t->s];
	size_t p = title_tok(sc, i);

	if (!(c >= 'b' && c <= 'z') || c == 'i' || c == 'u' || p == SIZE_MAX ||
	    sc->t[p].kind != T_WORD || !(flags(sc, p) & MH_NAMES_TITLE) ||
	    !honorific_before(sc, i) ||
	    (p + 2 != i && !(p + 3 == i && tok_punct(sc, p + 1, '.'))))
		return 0;
	/* "the prof. e.g. said": an abbreviation's letters, a '.'
	 * between them */
	if (tok_punct(sc, i + 1, '.') && tk(sc, i + 2) != NULL &&
	    sc->t[i + 2].kind != T_SPACE)
		return 0;
	if (clause_end_after(sc, i) || finite_after(sc, i, 0))
		return 1;
	if (!tok_gap(sc, i + 1) || (n = tk(sc, i + 2)) == NULL ||
	    n->kind != T_WORD)
		return 0;
	return person_verb(sc, i + 2);
}

/* Is the lower-case letter at i the initial of one who says who they
 * are, after "im" that opens the sentence and before a surname alone
 * (lone_surname_word()) that ends the clause or comes before chat's
 * word: "im j okafor", "hi im j okafor, 19", "im j okafor lol"?  Not
 * "a", "i" or "u", which are words, nor chat's "n" for "in", after
 * which a surname is as often a town ("im n leeds", as "im n riverton"
 * is: low_town()); a word of no list after the letter is as often a
 * new one or a misspelling, and stays.  word_rules() asks it of
 * letters alone (letter_initial()). */
static int
self_initial(struct mh_scanner *sc, size_t i)
{
	char c = sc->s[sc->t[i].s];
	const struct tok *n = tk(sc, i + 2);

	return c >= 'b' && c <= 'z' && c != 'i' && c != 'u' && c != 'n' &&
	    i >= 2 && tok_gap(sc, i - 1) && im_opens(sc, i - 2) &&
	    tok_gap(sc, i + 1) && n != NULL && n->kind == T_WORD && !n->cap &&
	    lone_surname_word(sc, i + 2) &&
	    (clause_end_after(sc, i + 2) || tok_punct(sc, i + 3, ',') ||
	        (tok_gap(sc, i + 3) && tok_in(sc, i + 4, KW_SLANG)));
}

/* The name at i, after a title: *start is the title's when it is
 * capitalised ("Dr. Smith", "DR SMITH"). */
static inline void
title_start(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t p = title_tok(sc, i);

	if (p != SIZE_MAX && (sc->t[p].cap || sc->t[p].allcap))
		*start = sc->t[p].s;
}

/* Is the lower-case letter at i a person's, after a title, as a
 * clause's subject or before one's surname after "im"
 * (title_initial(), initial_subject(), self_initial()), or one that
 * signs a message (signoff_letter())?  Out of line:
 * no_name_at() asks it of every letter alone in lower case that comes
 * to match_name(), and inline its code there cost 0.1 M of rb4's
 * instructions. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
letter_initial(struct mh_scanner *sc, size_t i)
{
	return title_initial(sc, i) || initial_subject(sc, i) ||
	    self_initial(sc, i) || signoff_letter(sc, i);
}

/* Words of the scripts without capitals that are no name: the commonest
 * auxiliaries, negations, adverbs, pronouns, postpositions and words of
 * feeling of Hindi, Marathi and Nepali; Urdu, Arabic and Persian;
 * Hebrew; Bengali; Tamil; Gurmukhi, written down by hand; and the
 * family words of Hindi (papa, mummy, maa, bhai, didi, behen), which a
 * relation word may stand before as it does a name.  After a
 * relation word they say what the one named did or felt ("my dad
 * \u0917\u0941\u0938\u094d\u0938\u093e \u0939\u0948", is angry), and a
 * name in Hindi is followed by ne, ko, se, which must not join it.  Not
 * Arabic "ala", which Egypt writes as it writes Ali. */
static const char cl_not_names[] =
    "|है|हैं|था|थी|थे|हूँ|हूं|हो|नहीं|ना|न|मत|बहुत|ज़्यादा|ज्यादा|ने|को|का"
    "|की|के|से|में|पे|पर|भी|तो|ही|गुस्सा|गुस्से|परेशान|बीमार|उदास|खुश|दुखी"
    "|नाराज़|नाराज|ठीक|हमेशा|कभी|अब|फिर|वो|वह|ये|यह|मुझे|मुझसे|मेरी|मेरा"
    "|मेरे|उन्होंने|उसने|कहते|कहती|कहा|बोले|बोली|बोला|रोती|रोते|रोता"
    "|चिल्लाते|चिल्लाती|चिल्लाता|मारा|मारते|मारती|समझते|समझती|समझता"
    "|करते|करती|करता|और|मैं|हम|तुम|आप|आहे|नाही|खूप|छ|छन्|छैन|धेरै|थियो"
    "|पापा|मम्मी|माँ|मां|भाई|दीदी|बहन|पिताजी|माताजी"
    "|لا|لم|لن|ما|هو|هي|هم|في|من|عن|مع|كان|كانت|قال|قالت|غاضب|غاضبة|مريض"
    "|مريضة|حزين|حزينة|زعلان|زعلانة|تعبان|تعبانة|دائما|دايما|جدا|كثير|كتير"
    "|ليس|مش|مو|بس|يعني|انا|أنا|هذا|هذه|عشان|كل|بعد"
    "|ہے|ہیں|تھا|تھی|تھے|نہیں|نہ|بہت|کو|کا|کی|کے|نے|سے|میں|بھی|تو|ہی"
    "|ناراض|غصہ|غصے|بیمار|پریشان|اداس|خوش|ہمیشہ|کبھی|اب|پھر|مجھے|اور|وہ|یہ"
    "|است|نیست|هست|بود|خیلی|عصبانی|ناراحت|همیشه|را|که|نمی|او|اون"
    "|לא|הוא|היא|הם|אמר|אמרה|אומר|אומרת|כועס|כועסת|חולה|עצוב|עצובה|מאוד"
    "|תמיד|אף|פעם|גם|רק|כבר|עוד|שוב|צועק|צועקת|מבין|מבינה|זה|זאת|היה|הייתה|יש"
    "|אין|של|את|עם|על"
    "|আছে|ছিল|না|নয়|খুব|রেগে|রাগ|অসুস্থ|সবসময়|বলে|বলল|কে"
    "|இல்லை|ரொம்ப|கோபம்|கோபமா|எப்போதும்|சொன்னார்|சொன்னாங்க|அவர்|அவள்"
    "|ਹੈ|ਹਨ|ਸੀ|ਨਹੀਂ|ਬਹੁਤ|ਗੁੱਸੇ|ਗੁੱਸਾ|ਬਿਮਾਰ|ਨੇ|ਨੂੰ|ਦਾ|ਦੀ|ਦੇ|ਤੋਂ|ਵਿੱਚ"
    "|ਵੀ|ਤਾਂ|ਹੀ|";

/* The few of those that end a clause, or follow a word of feeling as
 * "very" does in these languages: after a word they say it was no name
 * ("my dad \u0917\u0941\u0938\u094d\u0938\u093e \u0939\u0948"), where
 * a name is followed by ne, ko or a negation as often as not. */
static const char cl_after_predicate[] =
    "|है|हैं|था|थी|थे|हूँ|हो|आहे|छ|ہے|ہیں|تھا|تھی|تھے|است|نیست|بود|جدا"
    "|מאוד|আছে|ছিল|ਹੈ|ਹਨ|ਸੀ|";

/* The mark of Hindi and Urdu after the one who did a deed in the past,
 * a person as good as always: "my mom, \u0915\u092e\u0932\u093e
 * \u0928\u0947 \u0915\u0939\u093e" (Kamla said), where a comma
 * after the name would close it. */
static const char cl_agent_marks[] = "|ने|نے|";

/* The words before that mark that are no name (agent_name_at()): the
 * pronouns (that one, this one, someone, all, the people), the family
 * words and the roles one speaks of as often as by a name (nani, dadi,
 * bhaiya, auntie, ammi, abbu; the doctor, the teacher, the neighbour,
 * the husband, ma'am) in Hindi and in Urdu, written down by hand (the
 * neighbour with its nukta apart and as one letter, as keyboards give
 * both). */
static const char cl_agent_not_names[] =
    "|उस|इस|किस|किसी|सब|सबने|उसी|इसी|उन|इन|जिस|जिन|किन|लोगों|लोग|दोनों"
    "|नानी|नाना|दादी|दादा|भैया|भइया|भाभी|आंटी|अंकल|अम्मी|अम्मा|अब्बू|अब्बा"
    "|पापाजी|मम्मीजी|मम्मा|चाचा|चाची|चाचू|मामा|मामी|मौसी|बुआ|ताऊ|ताई|बेटा"
    "|बेटी|बेटे|बच्चों|बच्चे|पति|पत्नी|बीवी|बहू|सास|ससुर|दोस्त|दोस्तों"
    "|डॉक्टर|डाक्टर|टीचर|पड़ोसी|पड़ोसियों|पड़ोसी|पड़ोसियों|मैम|मैडम|सर|बॉस|पुलिस|नर्स"
    "|ابو|ابا|امی|اماں|امّی|اس|ان|سب|کسی|جس|جن|انہوں|لوگوں|دونوں|بھائی"
    "|باجی|آپی|بہن|دادی|دادا|نانی|نانا|چچا|چچی|خالہ|ماموں|ممانی|پھوپھو"
    "|شوہر|بیوی|بیٹے|بیٹی|بیٹا|بچوں|دوست|ڈاکٹر|ٹیچر|استاد|پڑوسی|سر|میڈم"
    "|";

/* The words between a given name and a father's name in Arabic and
 * Hebrew: son of, daughter of ("\u0645\u062d\u0645\u062f \u0628\u0646
 * \u0633\u0644\u0645\u0627\u0646"). */
static const char cl_name_joins[] = "|بن|بنت|ابن|בן|בת|";

/* Thai is written without blanks between words: a word that starts as
 * these do (not, angry, sick, is, like, hate, tell, say, very, then,
 * will, stay, sorry, kind, scold) is no name, and no Thai given name
 * starts so.  Written down by hand. */
static const char th_not_name_heads[] =
    "|ไม่|โกรธ|ป่วย|เป็น|ชอบ|เกลียด|บอก|พูด|ว่า|มาก|ก็|จะ|อยู่|เสียใจ|ใจดี"
    "|ด่า|";

/* Is the word at i one of cl_not_names (list), or a Thai word that
 * starts as th_not_name_heads' do? */
static int
caseless_listed(const struct mh_scanner *sc, size_t i, const char *list)
{
	const struct tok *t = &sc->t[i];
	const unsigned char *w = (const unsigned char *)sc->s + t->s;
	size_t len = tend(t) - t->s;

	/* (the word after a blank may be the end token, at the text's
	 * end, whose byte is none of the text's) */
	if (t->s >= sc->n || t->kind != T_WORD || w[0] < 0xC0)
		return 0;
	/* Thai: U+0E00 to U+0E7F, E0 B8 80 to E0 B9 BF */
	if (w[0] == 0xE0 && (w[1] == 0xB8 || w[1] == 0xB9)) {
		return list == cl_not_names &&
		    cjk_head_of(th_not_name_heads, w, len);
	}
	/* Persian verbs negated in the present: "\u0646\u0645\u06cc
	 * \u0641\u0647\u0645\u062f" written as one (does not understand;
	 * the joiner after nemi- is gone before the scan), as no name
	 * starts; not mi- alone, as Mina and Milad do */
	if (list == cl_not_names && len >= 8 && memcmp(w, "نمی", 6) == 0)
		return 1;
	return cjk_word_of(list, w, len);
}

/* Is the word at i, before the mark of one who did a deed
 * (cl_agent_marks), a name there: two letters or more (a byte count
 * passes a single Devanagari letter) and none of cl_agent_not_names
 * ("my mom, \u0909\u0938 \u0928\u0947 \u0915\u0939\u093e", that
 * one said)?  match_lower_name() asks it after "my mom," only. */
static int
agent_name_at(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	size_t k, n = 0;

	if (!tok_gap(sc, i + 1) || !caseless_listed(sc, i + 2, cl_agent_marks))
		return 0;
	for (k = t->s; k < tend(t); k++)
		n += ((unsigned char)sc->s[k] & 0xC0) != 0x80;
	return n >= 2 && !caseless_listed(sc, i, cl_agent_not_names);
}

/* Does the word t start with a letter of a script without capitals
 * (Hebrew, Arabic, the scripts of India, Thai, Georgian, Ethiopic,
 * Hangul)?  After a title or relation such a word is a name as a
 * capitalised one is: "my friend \u05e9\u05e8\u05d4", "my brother
 * \u0930\u093e\u0939\u0941\u0932".  Out of line: only a word in no list after
 * one comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
caseless_word(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	size_t len;
	uint32_t c;

	if ((unsigned char)sc->s[t->s] < 0xC0)
		return 0;
	/* "my dad \u0917\u0941\u0938\u094d\u0938\u093e \u0939\u0948" (is
	 * angry), "my mom \u05d7\u05d5\u05dc\u05d4" (sick): a word of no
	 * name, or one a clause's end follows */
	if (caseless_listed(sc, i, cl_not_names) ||
	    (tok_gap(sc, i + 1) &&
	        caseless_listed(sc, i + 2, cl_after_predicate)))
		return 0;
	c = mh_utf8_char((const unsigned char *)sc->s, sc->n, t->s, &len);
	/* "my mom 화났어" (got angry), "my dad 싫어해": a Korean word that
	 * ends as a predicate does (어, 요, 다, 해, 네, 죠) says what the
	 * one named did or felt; few given names end so (those in 아, 나,
	 * 라, 지, 니 do, and are left) */
	if (cjk_hangul(c) && tend(t) - t->s >= 6 &&
	    cjk_one_of("어요다해네죠",
	        (const unsigned char *)sc->s + tend(t) - 3))
		return 0;
	return (c >= 0x05D0 && c <= 0x05EA) || (c >= 0x0620 && c <= 0x06FF) ||
	    (c >= 0x0900 && c <= 0x0DFF) || (c >= 0x0E01 && c <= 0x0E7F) ||
	    (c >= 0x10D0 && c <= 0x10FF) || (c >= 0x1200 && c <= 0x137F) ||
	    cjk_hangul(c);
}

/* Is the word at i after "saint" or "st" ("I prayed to saint jude",
 * "st. jude"): a saint, not someone the writer knows? */
static int
after_saint(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);

	return p != SIZE_MAX &&
	    (tok_is(sc, p, KW_SAINT) || tok_is(sc, p, KW_ST));
}

/* Chat's contractions of one letter, an apostrophe and a word that the
 * tokenizer does not know (apos_name()), each as its letter and the
 * word after the apostrophe: y'know, m'kay, o'clock. */
static const struct lit apos_chat[] = {LIT("yknow"), LIT("ykno"), LIT("ysee"),
    LIT("mkay"), LIT("mkk"), LIT("smores"), LIT("smore"), LIT("jadore"),
    LIT("oclock"), LIT("dyou"), LIT("dya"), LIT("gnight"), LIT("gday"),
    LIT("cmon"), LIT("ncause"), {NULL, 0}};

/* Is the word w of n bytes, one letter and an apostrophe of a bytes
 * first, one of apos_chat[]? */
static int
apos_chat_at(const unsigned char *w, size_t n, size_t a)
{
	for (const struct lit *c = apos_chat; c->w != NULL; c++)
		if (c->m == n - a && lc(w[0]) == (unsigned char)c->w[0] &&
		    strncasecmp((const char *)w + 1 + a, c->w + 1, n - a - 1) ==
		        0)
			return 1;
	return 0;
}

/* Is the word at i, in no list, shaped as a name with an apostrophe
 * inside: one to three letters, the apostrophe, three or more ("my bff
 * ja'nae", "my friend o'brien", "d'angelo")?  No contraction (t->contr:
 * don't, we'll), nor "y'all" or "ma'am"; nor chat's contractions the
 * tokenizer does not know: one of apos_chat[] after a letter ("y'know",
 * "m'kay", "o'clock"; not "m'kayla", "o'hare", "d'vine"), or an
 * ordinary word of no first name after two or three letters of no name
 * ("th'other"; the "nae" of "ja'nae" follows a name).
 * match_lower_name() asks it after a title or relation word only. */
static int
apos_name(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const unsigned char *w = (const unsigned char *)sc->s + t->s;
	size_t n = tend(t) - t->s, k, a;
	unsigned f;

	if (!t->joined || t->contr || t->hyphen)
		return 0;
	for (k = 1; k <= 3 && k < n; k++)
		if ((a = apos(w, n, k)) != 0) {
			if (n - k - a < 3 || word_eq(sc, i, "y'all") ||
			    word_eq(sc, i, "ma'am"))
				return 0;
			if (k == 1)
				return !apos_chat_at(w, n, a);
			f = mh_names_lookup(sc->nm, (const char *)w + k + a,
			    n - k - a);
			return !((f & (MH_NAMES_COMMON | MH_NAMES_STOP)) &&
			    !(f & MH_NAMES_FIRST) &&
			    !(mh_names_lookup(sc->nm, (const char *)w, k) &
			        (MH_NAMES_FIRST | MH_NAMES_LAST)));
		}
	return 0;
}

/* The end of a surname after its particles in lower case, the first at
 * i, right after an honorific ("I saw dr. de la cruz", "dr. van der
 * berg", "Dr. bin Osman"): one or two particles, then a word of no stop
 * or title, nor only an everyday word ("dr. de la today"), in lower case
 * or capitalised; else 0.  Not after chat's
 * "fr" nor the "ms" of multiple sclerosis (honorific_before()), nor
 * chat's "da" before an ordinary word ("my dr da best"). */
static size_t
title_particles(struct mh_scanner *sc, size_t i)
{
	size_t p = title_tok(sc, i), k = i;

	if (p == SIZE_MAX || sc->t[p].kind != T_WORD ||
	    !tok_in(sc, p, KW_HONORIFIC) || !(flags(sc, p) & MH_NAMES_TITLE) ||
	    !honorific_before(sc, i))
		return 0;
	if (tok_gap(sc, k + 1) && tk(sc, k + 2) != NULL &&
	    sc->t[k + 2].kind == T_WORD && tok_in(sc, k + 2, KW_NAME_PARTICLE))
		k += 2;
	if (!tok_gap(sc, k + 1) || tk(sc, k + 2) == NULL ||
	    sc->t[k + 2].kind != T_WORD || sc->t[k + 2].allcap ||
	    tok_in(sc, k + 2, KW_NAME_PARTICLE) ||
	    (flags(sc, k + 2) &
	        (MH_NAMES_STOP | MH_NAMES_TITLE | MH_NAMES_SAID)) ||
	    (fullflags(sc, k + 2) &
	        (MH_NAMES_COMMON | MH_NAMES_FIRST | MH_NAMES_LAST)) ==
	        MH_NAMES_COMMON ||
	    tend(&sc->t[k + 2]) - sc->t[k + 2].s < 2)
		return 0;
	/* chat's "da" for "the", before an ordinary word that is no name
	 * too: "ms. da worst"; not "dr da lima", a surname as well as a
	 * bean (nor "my dr da best": Best is a surname, taken, failing
	 * closed) */
	if ((word_eq(sc, i, "da") || word_eq(sc, k, "da")) &&
	    (fullflags(sc, k + 2) &
	        (MH_NAMES_COMMON | MH_NAMES_FIRST | MH_NAMES_LAST)) ==
	        MH_NAMES_COMMON)
		return 0;
	return tend(&sc->t[k + 2]);
}

/* Is the title before the word at i one's form of address, after "to",
 * "with" or a verb of saying ("i talked to officer brooks", "i told
 * officer brooks."), or opening the sentence as one names a person
 * ("officer brooks lol he was nice"), so that a job's title, too, may
 * have its surname end the clause (title_ambig())?  Not a noun after
 * "the" or "my" ("the coach will."), nor a verb after an infinitive's
 * "to" ("i want to coach young."). */
static int
title_addressed(struct mh_scanner *sc, size_t i)
{
	/* the words before an infinitive's "to": "i want to coach
	 * young.", "i used to coach little" coach, the verb */
	static const char *const to_verbs[] = {"want", "wants", "wanted",
	    "like", "love", "used", "have", "has", "had", "need", "needs",
	    "needed", "going", "trying", "tried", "try", "able", "learn",
	    "learning", "hope", "plan", "start", "started", "decided", "got",
	    "ready", "supposed", "allowed", "offered", "hired", NULL};
	size_t p = title_tok(sc, i), q, r;

	if (p != SIZE_MAX && sentence_initial(sc, p))
		return 1;
	if (p == SIZE_MAX || (q = prev_word(sc, p)) == SIZE_MAX || q + 2 != p ||
	    sc->t[q].cap)
		return 0;
	if (tok_is(sc, q, KW_TO))
		return (r = prev_word(sc, q)) == SIZE_MAX || r + 2 != q ||
		    !word_among(sc, r, to_verbs);
	return tok_is(sc, q, KW_WITH) || person_verb(sc, q);
}

/* Is the word at i, of class C_AMBIG and flags f, after a title, a
 * surname that is also a word ("dr. brooks said", "coach brooks
 * benched me", "officer brooks took my statement", "so i told ms
 * brooks")?  A surname (not "may", a month), before a verb of saying,
 * one of what a person does (low_deeds[], "took"), a verb in a tense no
 * noun takes (finite_after() without its "-s": not "coach hill
 * sprints") or, after an honorific, the clause's end, or a word that
 * closes what was said as the end would (age_closers[]: "talked to
 * officer brooks today", "lol"); after a title that is a job ("coach",
 * "officer") a word may end a clause ("the coach will."), but for a
 * title one addresses ("i talked to officer brooks":
 * title_addressed()).  Not after the "ms" of multiple sclerosis
 * (honorific_before()). */
static int
title_ambig(struct mh_scanner *sc, size_t i, unsigned f)
{
	int said = tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
	    sc->t[i + 2].kind == T_WORD && !sc->t[i + 2].cap &&
	    (person_verb(sc, i + 2) || word_eq(sc, i + 2, "took"));
	int end;

	if ((f & (MH_NAMES_LAST | MH_NAMES_MONTH)) != MH_NAMES_LAST ||
	    tok_in2(sc, i, KW2_NOT_LONE))
		return 0;
	if (said || finite_after(sc, i, 0))
		return 1;
	/* the clause's end, and not the modal ending one ("idk if my dr
	 * will.", "the coach will lol") */
	end = (clause_end_after(sc, i) ||
	          (tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
	              sc->t[i + 2].kind == T_WORD &&
	              word_among(sc, i + 2, age_closers))) &&
	    !word_eq(sc, i, "will");
	/* only after an honorific or a title one addresses */
	return end && (honorific_before(sc, i) || title_addressed(sc, i));
}

/* Is the word in capitals at i, alone (m, the run's words, is 1),
 * opening its sentence in a text with lower case too, one's name
 * signing in or a subject: before "here" ending the clause or a verb of
 * saying in lower case ("MAYA here", "MAYA said hi"), or chat's "was
 * like" or "is like", that quotes as one does ("and then MAYA was like
 * whatever")?  Or opening a clause after "and", "then" and the like
 * before such a verb ("and then MAYA said")?  An acronym is seldom said
 * to be here or to say, but for one of the bodies a chat about care
 * quotes ("NAMI said to call", "and then ADA said":
 * clinical_abbrevs[]), whose letters the lists hold as a name too. */
static int
caps_opener(struct mh_scanner *sc, size_t i, int m)
{
	static const char *const joins[] = {"and", "but", "so", "then", "when",
	    "because", NULL};
	const struct tok *n;
	size_t q;
	int said;

	if (m != 1 || !tok_gap(sc, i + 1) || (n = tk(sc, i + 2)) == NULL ||
	    n->kind != T_WORD || n->cap || n->allcap ||
	    tok_in(sc, i, KW_CLINICAL))
		return 0;
	/* chat's "was like" only of a person: not an assistant, a god or
	 * a brand opening the sentence either ("JESUS is like my rock",
	 * "SIRI is like so dumb": not_lone[]) */
	said = (flags(sc, i + 2) & MH_NAMES_SAID) ||
	    ((tok_is(sc, i + 2, KW_WAS) || tok_is(sc, i + 2, KW_IS)) &&
	        tok_gap(sc, i + 3) && word_eq(sc, i + 4, "like") &&
	        !tok_in2(sc, i, KW2_NOT_LONE));
	if (sentence_initial(sc, i))
		return (word_eq(sc, i + 2, "here") &&
		           clause_end_after(sc, i + 2)) ||
		    said;
	/* "and then MAYA said i was overreacting": opening a clause
	 * after a joining word in lower case, before a verb of saying, or
	 * "was" or "is" after a first name of no other list ("and then
	 * MAYA was kind to me"; not "and then NOTHING was kind", "IT
	 * was"); not an assistant, a god or a brand ("and then SIRI said",
	 * "and then ZEUS said": not_lone[]) */
	q = prev_word(sc, i);
	return q != SIZE_MAX && q + 2 == i && !sc->t[q].cap &&
	    !sc->t[q].allcap &&
	    (said ||
	        ((tok_is(sc, i + 2, KW_WAS) || tok_is(sc, i + 2, KW_IS)) &&
	            (fullflags(sc, i) & ~(unsigned)MH_NAMES_LAST) ==
	                MH_NAMES_FIRST)) &&
	    word_among(sc, q, joins) && !tok_in2(sc, i, KW2_NOT_LONE);
}

/* The end of the surname in lower case at i, taken alone, with the
 * given name written after it ("I met zhang wei at work", "went to see
 * okafor ji-woo"), as a run in capitals takes "Zhang Wei" whole: a word
 * in lower case, one blank between, of the first names' list and of
 * none but the surnames' (not "see okafor today", "met okafor june",
 * nor chat's thanks, "went to see okafor ty": close_word()), or a given
 * name joined by hyphens (hyphen_given()).  The mirror of
 * surname_lead(). */
static size_t
given_after(struct mh_scanner *sc, size_t i)
{
	const struct tok *n = tk(sc, i + 2);
	unsigned f;

	if (!tok_gap(sc, i + 1) || n == NULL || n->kind != T_WORD || n->cap ||
	    n->allcap)
		return tend(&sc->t[i]);
	f = fullflags(sc, i + 2);
	if (f == 0 && n->hyphen && name_class(sc, i + 2) == C_STRONG)
		f = hyphen_given(sc, i + 2);
	return (f & MH_NAMES_FIRST) &&
	        !(f & ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	        !close_word(sc, i + 2)
	    ? tend(n)
	    : tend(&sc->t[i]);
}

/* Is the first name at i, a lower-case word of SCOWL's too
 * (MH_NAMES_WORD: heather, moss, moon), the thing, opening a clause
 * before where it lies or hangs: "on", "of", "over" or "under", "the"
 * or "a" and a land's or a sky's word of thing_places[] ("heather on
 * the hills reminds me of home", "moon over the city"; not "i saw
 * heather on the bus", nor "heather on the phone said sorry", where
 * one is)?  Asked of such a word with no context (match_lower_name()). */
static int
word_thing_at(struct mh_scanner *sc, size_t i)
{
	return (fullflags(sc, i) & MH_NAMES_WORD) && tok_gap(sc, i + 1) &&
	    (tok_is(sc, i + 2, KW_ON) || tok_is(sc, i + 2, KW_OF) ||
	        word_eq(sc, i + 2, "over") || word_eq(sc, i + 2, "under")) &&
	    tok_gap(sc, i + 3) &&
	    (tok_is(sc, i + 4, KW_THE) || tok_is(sc, i + 4, KW_A)) &&
	    tok_gap(sc, i + 5) && word_among(sc, i + 6, thing_places) &&
	    slot_start(sc, i);
}

/* match_name() for a word in lower case, which no_name_at() has not
 * turned away.  Its rules share none of the capitalised words' but two
 * that every word takes (in_initials() takes no word in lower case, as
 * letter_at() wants a capital): a function of their own, whose call
 * saves fewer registers than match_name_slow()'s, and neither of the
 * two asks the word's case again (rb.txt 132.26 M to 132.10 M
 * instructions, alltexts.txt 58.82 M to 58.69 M).
 * Most lower-case words that get here are cue words (in, at, my) of no
 * name class: no rule below takes them, so do not read the context.
 * (name_class looks at this word only, and the context only reads the
 * words before, so the order does not matter.)  In text with capitals,
 * a lower-case word with no context is taken only as a user's name,
 * which the cue table knows: then the full word table need not be read
 * either. */
static int greeting_alone(struct mh_scanner *sc, size_t i);
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
match_lower_name(struct mh_scanner *sc, size_t i, int ctx, int title,
    size_t *start)
{
	const struct tok *t = &sc->t[i];
	size_t last = i, pe;
	int cls[8];

	/* "Bless her, she tries": the verb */
	if (tok_is(sc, i, KW_BLESS) && lower_verb(sc, i))
		return 0;
	/* "mrs k said", "then k. said": a letter a person goes by; the
	 * title's when capitalised, as for a surname ("Mrs k said"); the
	 * surname with it after "im" ("im j okafor").  (A capital letter:
	 * match_name_slow().) */
	if (tend(t) - t->s == 1 && letter_initial(sc, i)) {
		if (title_initial(sc, i))
			title_start(sc, i, start);
		else if (self_initial(sc, i))
			return tend(&sc->t[i + 2]);
		return tend(t);
	}
	/* "my daughters georgia and virginia" */
	if (rel_list_name(sc, i))
		return tend(t);
	/* "I saw dr. van der berg": a surname's particles after a title */
	if (tok_in(sc, i, KW_NAME_PARTICLE)) {
		size_t e = title_particles(sc, i);
		if (e != 0) {
			title_start(sc, i, start);
			return e;
		}
	}
	/* "grace texted me", "so mad at will.": a first name that is also
	 * a word, in a slot only a person fills, where a text in lower
	 * case cannot tell it by its capital */
	if (sc->lowertext &&
	    (fullflags(sc, i) & (MH_NAMES_AMBIG | MH_NAMES_FIRST)) ==
	        (MH_NAMES_AMBIG | MH_NAMES_FIRST) &&
	    (slot_subject(sc, i) || slot_object(sc, i) || slot_relation(sc, i)))
		return tend(t);
	/* "lerato and nomsa were at the party": either word of the pair;
	 * "małgosia said she saw him", "godswill from church keeps sending
	 * me messages": one alone where a first name that is a word is
	 * taken (the words after it first: a deed, is, was, from, at); and
	 * before "my", a relation and what the relation did or is ("sipho
	 * my boyfriend is 31") if it is none of chat's (not_self_names[];
	 * unknown_word() turns slang away) and has two syllables
	 * (two_syllables(), which have vowels), as chat's cries come
	 * there as often ("ngl my bf is", "istg my roommate eats my
	 * snacks", "bruh my brother", "oof my mom is mad") */
	if (sc->lowertext &&
	    ((and_at(sc, i + 2) && unknown_pair_at(sc, i)) ||
	        (i >= 4 && and_at(sc, i - 2) && unknown_pair_at(sc, i - 4)) ||
	        ((tok_in2(sc, i + 2, KW2_LOW_DEED) ||
	             tok_is(sc, i + 2, KW_IS) || tok_is(sc, i + 2, KW_WAS) ||
	             tok_is(sc, i + 2, KW_FROM) || tok_is(sc, i + 2, KW_AT) ||
	             (tok_is(sc, i + 2, KW_MY) &&
	                 !tok_in2(sc, i, KW2_NOT_SELF) &&
	                 two_syllables(sc, i))) &&
	            (slot_subject(sc, i) || slot_relation(sc, i)) &&
	            unknown_word(sc, i)) ||
	        (tok_in2(sc, i + 2, KW2_TELLS | KW2_LOW_DEED) &&
	            unknown_subject(sc, i)) ||
	        (tok_in2(sc, i + 2, KW2_KIN_OTHER) && name_kin_after(sc, i))))
		return tend(t);
	/* "wang li told me", "zhang yi called me" */
	if (sc->lowertext && tok_in2(sc, i + 4, KW2_TELLS | KW2_LOW_DEED) &&
	    (pe = surname_pair(sc, i)) != 0)
		return pe;
	/* "I hate that rose told everyone", in a text with capitals too
	 * (that_subject()) */
	if (!sc->lowertext && i >= 2 && tok_is(sc, i - 2, KW_THAT) &&
	    that_subject(sc, i))
		return tend(t);
	/* "went to see okafor", "okafor said i should rest", "call me
	 * kz"; and the given name after the surname ("I met zhang wei") */
	if ((flags(sc, i) & MH_NAMES_LAST) &&
	    (lone_surname(sc, i) ||
	        (sc->lowertext && lone_surname_subject(sc, i))))
		return given_after(sc, i);
	if (self_name(sc, i))
		return tend(t);
	/* (word_rules() reads the context of capitalised words only: a
	 * word in lower case comes with ctx -1) */
	if (ctx < 0)
		ctx = name_context_before(sc, i, &title);
	/* a word set off by commas may follow a relation word: "my mum,
	 * grace, is ill" (word_name_after() decides below) */
	/* a first name that is no ordinary word ("I was with jayden"), as
	 * in a text in lower case: people type the names of those they
	 * write about in lower case, though the keyboard writes "I" and
	 * each sentence's first letter in capitals */
	int alone = sc->lowertext ||
	    (lone_first_flags(flags(sc, i)) && !after_saint(sc, i));
	if (!alone && !(flags(sc, i) & MH_NAMES_USER) && !ctx &&
	    !rel_comma_before(sc, i))
		return 0;
	/* With no context, and no comma after a word before it, the rules
	 * below take a word in lower case only as a user's name (C_USER),
	 * or in a text in lower case, or as lone_first_flags() says, as a
	 * first name of three letters or more that is no ordinary word
	 * (C_STRONG and is_first()): others need not have their class
	 * read.  Most words of texts in lower case are such (alltexts.txt:
	 * 7,300 of 11,000 calls here). */
	unsigned f = fullflags(sc, i);
	if (f == 0 && t->hyphen && sc->lowertext)
		f = hyphen_given(sc, i);
	if (!ctx && prev_word(sc, i) + 3 != i && !(f & MH_NAMES_USER) &&
	    !(alone &&
	        (f & (MH_NAMES_FIRST | MH_NAMES_COMMON)) == MH_NAMES_FIRST &&
	        tend(t) - t->s >= 3))
		/* "anyway i'm lucía,", "hi. i'm aroha, from porirua" */
		return f == 0 && !t->cap && self_unknown_name(sc, i) ? tend(t)
		                                                     : 0;
	int c = name_class(sc, i);
	if (c != C_USER && c != C_STRONG && c != C_UNKNOWN && c != C_WEAK &&
	    !lower_word_name(sc, i, c) &&
	    !(c == C_AMBIG &&
	        (clause_end_after(sc, i) || finite_after(sc, i, 1) ||
	            (title && title_ambig(sc, i, f)) ||
	            (ctx && where_after(sc, i)))))
		return 0;
	/* "the nurse said", "my mum told": the verb, though Said is a
	 * surname too */
	if (c != C_USER && (f & MH_NAMES_SAID))
		return 0;
	if (title)
		title_start(sc, i, start);
	size_t pw = prev_word(sc, i);
	/* lower case: the user's names; a clear name after a title, a
	 * relation or "named"; any name in all-lower-case text. */
	/* "my friend june", "my bro will": a name that is also a word,
	 * right after a relation word */
	if ((ctx || pw + 3 == i) && word_name_after(sc, i, c))
		return tend(t);
	/* after a title in short ("dr", "ms", "dr."), which no verb
	 * follows as a subject, a surname is a verb only by its -ed, not
	 * by any word that follows verbs (verb_before()'s ed_only: at,
	 * in, to, me ...): "i saw dr okafor at noon", "dr okafor to the
	 * rescue" ("the nurse sang to me" keeps its verb) */
	/* "hiya, how are u": a greeting opening its sentence, though
	 * Hiya is a given name too (greeting_alone()) */
	if (c == C_STRONG && !ctx && greeting_alone(sc, i)) {
		*start = t->s;
		return 0;
	}
	int short_title = title && pw != SIZE_MAX &&
	    (pw + 3 == i || tend(&sc->t[pw]) - sc->t[pw].s <= 3);
	if (c == C_USER ||
	    (c == C_STRONG && !verb_before(sc, i, short_title) &&
	        (ctx ||
	            (alone && (f & (MH_NAMES_FIRST | MH_NAMES_USER)) &&
	                tend(t) - t->s >= 3 &&
	                (pw == SIZE_MAX || !tok_in(sc, pw, KW_NOUN_NEXT) ||
	                    name_after_pronoun(sc, pw, i)) &&
	                !word_thing_at(sc, i)))) ||
	    /* "my mom, \u0915\u092e\u0932\u093e, \u092c\u0940\u092e\u093e\u0930
	     * \u0939\u0948" (is ill): set off by commas after a relation
	     * word, as "my mum, grace, is ill" is (word_name_after()), or
	     * before the mark of one who did a deed (cl_agent_marks); not
	     * "my mom, \u092c\u0939\u0941\u0924 ..." (very), a word of
	     * no name */
	    (c == C_UNKNOWN && !ctx && tend(t) - t->s >= 3 &&
	        rel_comma_before(sc, i) &&
	        (clause_end_after(sc, i) || agent_name_at(sc, i)) &&
	        caseless_word(sc, i)) ||
	    /* "my nani kamla keeps calling", "my abuela rosalba is sick":
	     * a word of no list before a verb or a clause's end, after a
	     * family word of another language (kin_others[]); not an
	     * endearment ("my nani jaan is ...") nor chat's slang ("my
	     * nana prolly knows", slang_words[]) */
	    (c == C_UNKNOWN && ctx && tend(t) - t->s >= 3 && pw != SIZE_MAX &&
	        pw + 2 == i && tok_in2(sc, pw, KW2_KIN_OTHER) &&
	        (finite_after(sc, i, 1) || clause_end_after(sc, i)) &&
	        !tok_in(sc, i, KW_SLANG) && !word_eq(sc, i, "jaan") &&
	        !word_eq(sc, i, "jee")) ||
	    (c == C_UNKNOWN && ctx && tend(t) - t->s >= 3 && pw != SIZE_MAX &&
	        (caseless_word(sc, i) || apos_name(sc, i) ||
	            (!title && !clinical_suffix(sc, t) &&
	                (tok_is(sc, pw, KW_NAMED) || tok_is(sc, pw, KW_IS) ||
	                    tok_is(sc, pw, KW_CALLED) ||
	                    tok_is(sc, pw, KW_ME) || tok_is(sc, pw, KW_HIM) ||
	                    tok_is(sc, pw, KW_HER)))))) {
		int m = name_run(sc, i, 1, &last, cls);
		/* In a script without capitals the words after the first
		 * are the name's in a text with capitals too ("My dad
		 * \u0645\u062d\u0645\u062f \u0639\u0644\u064a"): no case
		 * tells them from the sentence's.  The name ends before a
		 * word of no name ("my mom \u0938\u0941\u0928\u0940\u0924\u093e
		 * \u0928\u0947 \u0915\u0939\u093e", said) or a word in
		 * another script. */
		int cl = m > 1 && caseless_word(sc, i);
		for (size_t j = i + 2; cl && j <= last; j += 2)
			if ((unsigned char)sc->s[sc->t[j].s] < 0xC0 ||
			    caseless_listed(sc, j, cl_not_names)) {
				last = j - 2;
				break;
			}
		/* two words at most ("\u0645\u062d\u0645\u062f
		 * \u0639\u0644\u064a", "\u0915\u092e\u0932\u093e
		 * \u0926\u0947\u0935\u0940"), three with "son of" or
		 * "daughter of" between: past them the words are the
		 * sentence's, which no list holds all of ("My dad
		 * \u0645\u062d\u0645\u062f \u064a\u062d\u0628 ...", loves) */
		if (cl && last > i + 2)
			last = caseless_listed(sc, i + 2, cl_name_joins)
			    ? i + 4
			    : i + 2;
		if (m > 1 && !cl &&
		    (!sc->lowertext || verb_before(sc, last, 1)))
			last = i;
		if (eponym_after(sc, last, last == i, 0, is_first(sc, i)))
			return 0;
		return tend(&sc->t[last]);
	}
	/* a surname that is also an everyday word only after a title that
	 * is no relation or job: "dr nice", but "my brother still hates
	 * me", "the coach even said so", "Father still drinks" (each lost
	 * a word to a name) */
	/* and a word of no list after an honorific, which only a name
	 * follows: "mrs. oyelaran caught me", "appointment with dr.
	 * benítez", "mr oduya called" (of four letters or more, not
	 * slang nor chat's shortening with no vowel, "dr. tmrw", nor a
	 * word of medicine, "dr. ketamine", nor after "the dr.", a noun:
	 * "told the dr. abt it") */
	if (title &&
	    ((c == C_WEAK && honorific_before(sc, i)) ||
	        (c == C_UNKNOWN &&
	            (o_surname(sc, i) ||
	                (tend(t) - t->s >= 4 && !tok_in(sc, i, KW_SLANG) &&
	                    !clinical_suffix(sc, t) &&
	                    honorific_before(sc, i) && !title_as_noun(sc, i) &&
	                    voiced_word(sc, i)))) ||
	        (c == C_AMBIG && title_ambig(sc, i, f))))
		return tend(t);
	*start = t->s;
	return 0;
}

/* Is the word at p a relation word in lower case ("my brother Dele")?
 * match_name_slow() takes a capitalised word of the common list alone
 * after one, and cap_opens_nothing() must not pass that word: both ask
 * it here. */
static inline int
lower_relation(struct mh_scanner *sc, size_t p)
{
	return !sc->t[p].cap && !sc->t[p].allcap &&
	    (flags(sc, p) & MH_NAMES_REL) != 0;
}

/* Is the word at k capitalised (not in capitals) and of the ordinary
 * word list alone ("Gate", "Over")? */
static int
common_cap(struct mh_scanner *sc, size_t k)
{
	return cap_word(sc, k) && !sc->t[k].allcap &&
	    (fullflags(sc, k) & ~(unsigned)MH_NAMES_PROPER) == MH_NAMES_COMMON;
}

static size_t caps_form_name(struct mh_scanner *sc, size_t i);
static int kin_ji(struct mh_scanner *sc, size_t i);

/* Is the word at k the "ji" of respect after a family word, in any
 * case ("Papa Ji", "My Mom Ji": kin_ji())?  Ji is a surname and a
 * given name too, which a name's run would take with the word before. */
static int
kin_ji_at(struct mh_scanner *sc, size_t k)
{
	return tok_in2(sc, k, KW2_NAME_ASK) && word_eq(sc, k, "ji") &&
	    kin_ji(sc, k);
}

/* Is the word at i one of chat that says nothing of the subject after
 * it (low_openers[]) or that no one is called (no_first_words[])?  A
 * word of either has an id (kw_lists2[]): most names have none, and are
 * turned away before their bytes are compared with the lists'
 * (no_first_before(), chat_before_name(), chat_opens_clause()). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
chat_word(struct mh_scanner *sc, size_t i)
{
	static const char *const *const lists[] = {low_openers, no_first_words};
	const struct tok *t = &sc->t[i];
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s;
	int c = lc((unsigned char)w[0]);

	if (t->kw == 0)
		return 0;
	/* (the first letter before the call) */
	for (size_t l = 0; l < 2; l++)
		for (const char *const *ws = lists[l]; *ws != NULL; ws++)
			if ((unsigned char)**ws == c && eqw(w, n, *ws))
				return 1;
	return 0;
}

/* Is the capitalised word at i, of no name's class, before a surname
 * (match_name_slow()'s "female, Ana Johnson"), surely no first name of
 * it: a contraction or chat's "Im" or "Iam", anywhere ("Hi, I'm Maya
 * Okafor", "Hi Maya, I'm Jon", "Hi Iam Maya"); or a word that says
 * nothing of the subject after it (low_openers[]: "Anyway, So Maya said
 * no", "Hi, So Maya said no", "Yo, Also Maya came") or no one is called
 * (no_first_words[]: "Ok, Yes Maya came", "Hey, Its Maya", "Hi, Just
 * Maya here")?  Taken, the word went into the name's span: "Hi,
 * [NAME_1]" lost the "I'm", and "I'm Maya" and a later "Maya" were two
 * people.  Not any word that opens its sentence after a greeting: a
 * given name the names data holds only as a word is the name's own
 * ("Hi, Ed Reyes", "Hey, Bo Okafor here"), and "Ed" alone went out.
 * Asked only where the surname is found: rare. */
static int
no_first_before(struct mh_scanner *sc, size_t i)
{
	return sc->t[i].contr || tok_is(sc, i, KW_IM) ||
	    word_eq(sc, i, "iam") || chat_word(sc, i);
}

/* Is the word at i a greeting drawn out or run together as chat types
 * it: "Hiya", "Heya", "Heyy", "Hii", "Heyo", "Helloo", "Hallo"?  An h,
 * a run of i or e and of y after it, or of e, a or u and of l, then a
 * run of a or o ("Hilo", "Halo", "Hay" are none).  Its first letter
 * and length first: most words have another. */
static int
greeting_shape(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s, v, c, e;

	if (n < 3 || n > 12 || lc((unsigned char)w[0]) != 'h')
		return 0;
	int a = lc((unsigned char)w[1]);
	for (v = 1; v < n && lc((unsigned char)w[v]) == a; v++)
		;
	int b = v < n ? lc((unsigned char)w[v]) : 0;
	for (c = v; c < n && lc((unsigned char)w[c]) == b; c++)
		;
	int f = c < n ? lc((unsigned char)w[c]) : 0;
	for (e = c; e < n && lc((unsigned char)w[e]) == f; e++)
		;
	if (e != n)
		return 0;
	if (a == 'i' && b == 0) /* "Hii" */
		return 1;
	if (b == 'y' && (a == 'i' || a == 'e'))
		/* "Hiya", "Heyy", "Heya", "Heyo" */
		return a == 'i' ? f == 'a' : f == 0 || f == 'a' || f == 'o';
	/* "Helo", "Helloo", "Hallo", "Hullo" */
	return b == 'l' && f == 'o' && (a == 'e' || c - v >= 2) &&
	    (a == 'e' || a == 'a' || a == 'u');
}

/* Does the word of chat at i (chat_word()) open its clause, where a
 * writer capitalises such a word: opening the sentence, after a comma,
 * or after chat or a greeting ("Then Maya said no", "Hi, Still Maya",
 * "lol Oh Maya", "Hiya Then Maya")?  Inside one, after a cue or any
 * other word, it is a name's own: a surname that opens a name ("Dear Um
 * Jiwoo", "my friend Oh Sehun", "met Still Reyes"), and "and" and "that"
 * join or report one ("me and Um Jiwoo"). */
static int
chat_opens_clause(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	if (p == SIZE_MAX)
		return 1;
	/* a comma opens a clause, but not the one after a letter's close,
	 * which signs it, on its line or the next: "Sincerely, Um Jiwoo",
	 * "Best, Even Maya" */
	if (tok_punct(sc, p, ','))
		return !word_among(sc, prev_tok(sc, p), sign_offs);
	if (sentence_initial(sc, i))
		return 1;
	if (sc->t[p].kind != T_WORD || tok_is(sc, p, KW_AND) ||
	    tok_is(sc, p, KW_THAT))
		return 0;
	return hi_word(sc, p) || greeting_shape(sc, p) || chat_word(sc, p);
}

/* Is the capitalised word at i, first of a run of name words at least
 * two, a word of chat before the name rather than the name's own:
 * "Then Maya said no", "Hi, Cuz Maya said so", "lol Still Maya Okafor
 * came", "Hiya Maya"?  A word that says nothing of the subject after
 * it (low_openers[]), one no one is called (no_first_words[]) or a
 * greeting (greeting_shape()); "Even" and "Love", given names too,
 * only before another first name and with no cue of a name before
 * but a greeting and its comma ("Love Okafor", "my cousin Even Maya",
 * "Hi Even Maya" stay whole; "Hi, Even Maya said no" does not).
 * Taken, the word went into the name's span, and "Then Maya" and a
 * later "Maya" were two people. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
chat_before_name(struct mh_scanner *sc, size_t i, int ctx)
{
	if (greeting_shape(sc, i))
		return 1;
	/* (a first name's test first: most runs open with one) */
	if (is_first(sc, i) &&
	    !((!ctx || (tok_punct(sc, i - 2, ',') && greeting_opens(sc, i))) &&
	        (fullflags(sc, i + 2) & MH_NAMES_FIRST)))
		return 0;
	return chat_word(sc, i) && chat_opens_clause(sc, i);
}

/* chat_before_name() of a run of m words from i, at least two, or
 * greeting_alone() of one word: match_name_slow() asks it of the words
 * that begin with an h, few but for the greetings it looks for. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
chat_opens_run(struct mh_scanner *sc, size_t i, int m, int ctx)
{
	return m >= 2 ? chat_before_name(sc, i, ctx) : greeting_alone(sc, i);
}

/* Is the word at i, alone, a greeting that opens its sentence
 * ("Hiya, I'm Maya", "Heya! how are you", "hiya how are u"), no name
 * ("Hiya" is a given name too, which the name list holds)?  Not before a
 * verb of saying or a deed done to the writer ("Hiya said no", "Hiya
 * hit me"). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
greeting_alone(struct mh_scanner *sc, size_t i)
{
	size_t nw;

	if (!greeting_shape(sc, i) || !sentence_initial(sc, i))
		return 0;
	nw = next_word(sc, i);
	return !(nw != SIZE_MAX && (flags(sc, nw) & MH_NAMES_SAID)) &&
	    !deed_after(sc, i);
}

/* Is the capitalised word at i, of the relation or the ambiguous list,
 * how a greeting, thanks or a farewell addresses the reader, no name: a
 * relation or a word of endearment (endearments[]) right after hi,
 * hey, hello, dear, thanks, "thank you", bye or cheers ("Thanks
 * Doctor", "Thank you Doctor.", "Hello Doctor,", "Hi Love, how are
 * you", "Cheers Love", "Bye Honey, see you"), as "Hi Mom" is?  Not after
 * a naming word or a relation ("named Nana", "my friend Boss"), nor a
 * first name of no such list ("Hi Grace", "Dear Hope", "Bye Grace");
 * the word before by its id first, as most words of those lists
 * follow another. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
addressed_word(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);

	/* not one who says or does, nor signs in ("Hi, Love said no", "Hi
	 * Love here", "Hi, Love came by") */
	if (p == SIZE_MAX ||
	    (tok_gap(sc, i + 1) && tk(sc, i + 2) != NULL &&
	        sc->t[i + 2].kind == T_WORD &&
	        (word_eq(sc, i + 2, "here") || person_verb(sc, i + 2))))
		return 0;
	/* "Thank you Doctor" */
	p = thanks_of(sc, p);
	if (!hi_word(sc, p) && !tok_is(sc, p, KW_DEAR) &&
	    !tok_is(sc, p, KW_THANKS) && !tok_is(sc, p, KW_THANK) &&
	    !word_eq(sc, p, "bye") && !word_eq(sc, p, "cheers"))
		return 0;
	/* Lola, a grandmother in Tagalog, is a first name given far more
	 * often than the other relations on the name lists: "Hi Lola" is
	 * one's, as "Hi Nana", "Hi Tito" are a relation's */
	return ((flags(sc, i) & MH_NAMES_REL) && !word_eq(sc, i, "lola")) ||
	    word_among(sc, i, endearments);
}

/* Is the capitalised word i, a surname and an ordinary word alone
 * after a place's cue (match_name_slow()), something one is in that no
 * place is: an app ("i'm in Slack all day"), or the noun of an idiom
 * with "of" ("i live in Fear of him", "in Charge of it"), not "of all
 * places" or "of course", said of a town ("I live in Reading of all
 * places", "i live in Reading of course")? */
static int
weak_no_place(struct mh_scanner *sc, size_t i)
{
	return tok_in(sc, i, KW_PLATFORM) ||
	    (tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_OF) &&
	        !(tok_gap(sc, i + 3) &&
	            (word_eq(sc, i + 4, "all") ||
	                word_eq(sc, i + 4, "course"))));
}

/* The full flags of token k if it is a capitalised word before ':'
 * and a blank, as a chat's export writes a speaker's label and a form
 * its field's ("Grace: cant", "Plan: none"), else 0. */
static unsigned
colon_word_flags(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];

	return t->kind == T_WORD && t->cap && !t->allcap &&
	        tend(t) - t->s >= 2 && tok_punct(sc, k + 1, ':') &&
	        (k + 2 >= sc->nt || tok_gap(sc, k + 2))
	    ? fullflags(sc, k)
	    : 0;
}

/* Is token k a speaker's label as a chat's export writes one, a first
 * name capitalised before ':' and a blank ("Grace: cant", "[21:04]
 * Hunter: mum found it")?  Not a relation, title or month ("Mum:",
 * "Boss:", "June: rent"), nor an ordinary word unless it is a name
 * that is also a word ("Note:", "Update:", but "Will:"): label_flags()
 * of its flags. */
static int
label_flags(unsigned f)
{
	return (f & MH_NAMES_FIRST) &&
	    !(f &
	        (MH_NAMES_REL | MH_NAMES_TITLE | MH_NAMES_MONTH |
	            MH_NAMES_WEEKDAY | MH_NAMES_STATE)) &&
	    (!(f & MH_NAMES_COMMON) || (f & MH_NAMES_AMBIG));
}

static int
label_shape(struct mh_scanner *sc, size_t k)
{
	return label_flags(colon_word_flags(sc, k));
}

/* Are the words at tokens a and b the same but for case? */
static int
same_word(struct mh_scanner *sc, size_t a, size_t b)
{
	size_t n = tend(&sc->t[a]) - sc->t[a].s;

	return tend(&sc->t[b]) - sc->t[b].s == n &&
	    strncasecmp(sc->s + sc->t[a].s, sc->s + sc->t[b].s, n) == 0;
}

/* Does the label at i open a message: first in the text or its line,
 * after a time in brackets, a dash or a slash, or opening a sentence
 * ("[21:04] Hunter:", "- Dawn: good riddance", "/ Rose: her phone's
 * off")? */
static int
label_opens(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	return p == SIZE_MAX || tok_punct(sc, p, '-') ||
	    tok_punct(sc, p, '/') || sentence_initial(sc, i);
}

/* field_label() of the word at k, of flags f, in either case
 * (low_label() asks it of a word in lower case). */
static int
field_flags(struct mh_scanner *sc, size_t k, unsigned f)
{
	return (f & MH_NAMES_COMMON) &&
	    !(f &
	        (MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_REL |
	            MH_NAMES_TITLE)) &&
	    !tok_is(sc, k, KW_ME) && !word_eq(sc, k, "you");
}

/* Is the word at k before ':' (colon_word_flags()), no speaker's
 * label, a form's field: an ordinary word, no name, relation, title or
 * pronoun ("Plan: none", "Intent:", "Sleep: 5h", "Rent:"), which a
 * chat's export writes none of ("Me:", "Mum:", "Therapist:")? */
static int
field_label(struct mh_scanner *sc, size_t k)
{
	return field_flags(sc, k, colon_word_flags(sc, k));
}

/* Is what the label at k says a field's value, a number or score or a
 * word of field_values[] alone ("Rose: 2 Lily: 3", "Mark: 7/10",
 * "Hope: low", "Will: none"; not "Hunter: 5 mins away", "Will: none
 * of ur business")? */
static int
field_value(struct mh_scanner *sc, size_t k)
{
	size_t v = k + 3;
	const struct tok *t = tk(sc, v), *w;

	if (t == NULL)
		return 0;
	if (t->kind == T_NUM) {
		if (tok_punct(sc, v + 1, '/') && tk(sc, v + 2) != NULL &&
		    sc->t[v + 2].kind == T_NUM)
			v += 2;
	} else if (!word_among(sc, v, field_values))
		return 0;
	/* alone: no word in lower case follows */
	w = tok_gap(sc, v + 1) ? word_tok(sc, v + 2) : NULL;
	return w == NULL || w->cap;
}

/* Is the label at k after a message's time, as a chat's export writes
 * one: in brackets ("[21:04] Hunter:"), or before a dash ("25/11/2026,
 * 09:30 - Will:")? */
static int
label_timed(struct mh_scanner *sc, size_t k)
{
	size_t p = prev_tok(sc, k);

	return time_bracket_before(sc, k) ||
	    (p != SIZE_MAX && tok_punct(sc, p, '-') &&
	        stamp_end(sc, prev_tok(sc, p), ":"));
}

/* Does the label at k say three words or more before the next one (a
 * message, not a field's value: "Will: i will ask mum. Grace: ok", but
 * "Sky: grey Rain: heavy")? */
static int
label_says(struct mh_scanner *sc, size_t k)
{
	int n = 0;

	for (size_t j = k + 3; j < sc->nt && n < 3; j++)
		if (sc->t[j].kind == T_WORD) {
			if (tok_punct(sc, j + 1, ':'))
				break;
			n++;
		}
	return n == 3;
}

/* Find the window's speakers' labels (label_shape()) for chat_label():
 * kept when one speaker's comes twice ("Will: ... Will: ok", "Rose:
 * ... / Rose: ...") or two speakers' come, one of them no word of a
 * feeling or a season, and one saying something (label_says(): "-
 * Dawn: good riddance - Amber: dawn thats harsh"); not a diary's
 * fields ("Hope: 3/10 Joy: 1/10", "Summer: beach Winter: ski", "Sky:
 * grey Rain: heavy"), and none at all where a form shows, by a field
 * or a field's value ("Will: none Intent: none Faith: strong", "Faith:
 * low Will: low", "Rose: 2 Rose: 3").  A message's time before a
 * label (label_timed()) shows a chat's export whatever its speakers
 * say. */
static void
find_labels(struct mh_scanner *sc)
{
	int n = 0, twice = 0, form = 0, timed = 0, plain = 0, says = 0, chat;

	for (size_t k = 0; k < sc->nt; k++) {
		int j;

		if (!tok_punct(sc, k + 1, ':'))
			continue;
		if (!label_shape(sc, k)) {
			form |= field_label(sc, k);
			continue;
		}
		form |= field_value(sc, k);
		timed |= label_timed(sc, k);
		plain |= !word_among(sc, k, senses) &&
		    !word_among(sc, k, season_names);
		says |= label_says(sc, k);
		for (j = 0; j < n && !same_word(sc, sc->label_tok[j], k); j++)
			;
		if (j < n)
			twice = 1;
		else if (n < LABELS_MAX)
			sc->label_tok[n++] = k;
	}
	chat = timed || (!form && (twice || (plain && says)));
	sc->nlabels = (twice || n >= 2) && chat ? n : 0;
}

/* Is the word at i a speaker's in a chat's export: the word of a label
 * (find_labels()), capitalised, or in lower case and no ordinary word
 * ("Amber: dawn thats harsh", but "Will: i will ask")?  Asked of a
 * capitalised first name before ':', and then, in a window with
 * labels, of its words in lower case (label_names()).  Out of line: few
 * words are asked. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
chat_label(struct mh_scanner *sc, size_t i)
{
	if (sc->nlabels < 0) {
		/* the labels are looked for from one that opens a message
		 * (label_opens()) */
		if (!label_opens(sc, i))
			return 0;
		find_labels(sc);
	}
	for (int j = 0; j < sc->nlabels; j++)
		if (same_word(sc, sc->label_tok[j], i))
			return sc->t[i].cap ||
			    !(fullflags(sc, i) & MH_NAMES_COMMON);
	return 0;
}

/* Put the span (s, e, type) among the spans in the order of their
 * starts, unless one holds or overlaps it.  Returns 0 or -1. */
static int
insert_span(struct mh_scanner *sc, size_t s, size_t e, int type)
{
	size_t j = sc->nsp;
	struct mh_scan_span sp;

	while (j > 0 && sc->sp[j - 1].start > s)
		j--;
	if ((j > 0 && sc->sp[j - 1].end > s) ||
	    (j < sc->nsp && sc->sp[j].start < e))
		return 0;
	/* (add_span() would merge it with the last) */
	if ((sc->nsp + 1 >= sc->capsp ? grow_spans(sc, s, e, type)
	                              : put_span(sc, s, e, type)) == -1)
		return -1;
	sp = sc->sp[sc->nsp - 1];
	memmove(&sc->sp[j + 1], &sc->sp[j],
	    (sc->nsp - 1 - j) * sizeof(sc->sp[0]));
	sc->sp[j] = sp;
	return 0;
}

/* After the walk of a window whose labels were looked for
 * (find_labels()), the speakers' names in lower case in its messages:
 * "- Dawn: good riddance - Amber: dawn thats harsh".  The walk passes
 * such words without a look (memo_quiet()), and is not slowed for the
 * few texts that have labels: their spans are put in among its own.
 * The labels are then forgotten, for the next window.  Returns 0 or
 * -1. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
label_names(struct mh_scanner *sc)
{
	for (size_t k = 0; sc->nlabels > 0 && k < sc->nt; k++)
		if (sc->t[k].kind == T_WORD && !sc->t[k].cap &&
		    !sc->t[k].allcap && chat_label(sc, k) &&
		    insert_span(sc, sc->t[k].s, tend(&sc->t[k]),
		        MH_SCAN_NAME) == -1)
			return -1;
	sc->nlabels = -1;
	return 0;
}

/* Is token k a speaker's label in lower case, as a chat's export of
 * a phone writes one: a word before ':' and a blank, opening a message
 * (label_opens()), a first name as label_shape() asks it or a word of
 * no list (unknown_word()), and none of chat's words that stand so
 * (not_self_names[]: "wojtek: u up?", "kasia: yeah"; not "tbh: idk")?
 * 1 for such a label, -1 for a form's field (field_flags(), as
 * field_label() asks it of a capitalised word: "mood: low", "note:
 * call gp"), 0 for neither. */
static int
low_label(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	unsigned f;

	if (t->kind != T_WORD || t->cap || t->allcap || t->nletter < 2 ||
	    !tok_punct(sc, k + 1, ':') ||
	    (k + 2 < sc->nt && !tok_gap(sc, k + 2)) || !label_opens(sc, k))
		return 0;
	f = fullflags(sc, k);
	if (field_flags(sc, k, f))
		return -1;
	return (label_flags(f) || unknown_word(sc, k)) &&
	    !tok_in2(sc, k, KW2_NOT_SELF);
}

/* After the walk of a window where a word in lower case came before
 * ':' (walk() sets low_colon), the speakers' labels in lower case
 * (low_label()) of a chat's export: "kasia: mama is in Gdańsk till
 * friday / wojtek: so we're alone? / kasia: yeah".  Taken when two
 * speakers' labels or more are found, one of them twice or one saying
 * something (label_says()) where one is plainly a name, in lower case
 * no ordinary word ("wojtek"; not "rose: pruned today / lily: planted
 * three more", "hope: i get better / faith: that it works out"), none
 * a field's or with a field's value (field_label(), field_value():
 * "hope: 3/10 joy: 1/10", "mood: low will: none", "Mood: low"); a
 * capitalised label counts among them ("Kasia: hi / wojtek: ...").
 * Returns 0 or -1. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
low_labels(struct mh_scanner *sc)
{
	size_t lab[LABELS_MAX];
	int n = 0, twice = 0, says = 0, form = 0, low = 0, plain = 0;

	for (size_t k = 0; k < sc->nt && !form; k++) {
		int j, l;

		if (!tok_punct(sc, k + 1, ':'))
			continue;
		if ((l = low_label(sc, k)) == 0 && !label_shape(sc, k)) {
			form |= field_label(sc, k);
			continue;
		}
		form |= l < 0 || field_value(sc, k);
		low |= l > 0;
		says |= label_says(sc, k);
		/* a plain name, no ordinary word, or, capitalised, no
		 * feeling or season, as find_labels() asks */
		if (sc->t[k].cap)
			plain |= !word_among(sc, k, senses) &&
			    !word_among(sc, k, season_names);
		else
			plain |= !(fullflags(sc, k) &
			    (MH_NAMES_COMMON | MH_NAMES_AMBIG));
		for (j = 0; j < n && !same_word(sc, lab[j], k); j++)
			;
		if (j < n)
			twice = 1;
		else if (n < LABELS_MAX)
			lab[n++] = k;
	}
	if (form || !low || n < 2 || !(twice || (plain && says)))
		return 0;
	for (int j = 0; j < n; j++)
		for (size_t k = lab[j]; k < sc->nt; k++)
			if (same_word(sc, lab[j], k) && low_label(sc, k) > 0 &&
			    insert_span(sc, sc->t[k].s, tend(&sc->t[k]),
			        MH_SCAN_NAME) == -1)
				return -1;
	return 0;
}

/* foreign_word()'s kinds */
enum {
	FW_SMALL = 1,   /* a small word of Tagalog, or one of no list */
	FW_SPANISH = 2, /* a small word of Spanish */
	FW_SURNAME = 3  /* a surname of the lists, no word */
};

/* Is token k, in any case, one of the small words of Tagalog and
 * Spanish that tie a clause and that an English list holds as some
 * other word (Philter's "na", "bang", "fue"; the surnames Lang, Que,
 * Ako; chat's hindi, naman and kasi, which scripts/gen-names makes
 * ordinary words), which a clause of those languages has between its
 * words of no list: FW_SMALL for Tagalog's, FW_SPANISH for Spanish's,
 * else 0?  Its bytes in lower case packed and compared as numbers, in
 * a switch the compiler makes a search (word_among() on the list cost
 * 0.8% of rb4.txt's instructions, a walk along it 0.07%). */
static int
clause_small(struct mh_scanner *sc, size_t k)
{
	const unsigned char *w = (const unsigned char *)sc->s + sc->t[k].s;
	size_t n = tend(&sc->t[k]) - sc->t[k].s;
	uint64_t key = 0;

	if (n > 5)
		return 0;
	for (size_t p = 0; p < n; p++)
		key = key << 8 | (uint64_t)(w[p] | 0x20);
	switch (key) {
	/* Tagalog's */
	case 0x6e61:       /* na */
	case 0x6e67:       /* ng */
	case 0x616e67:     /* ang */
	case 0x6b6f:       /* ko */
	case 0x6d6f:       /* mo */
	case 0x7361:       /* sa */
	case 0x6c616e67:   /* lang */
	case 0x7061:       /* pa */
	case 0x6261:       /* ba */
	case 0x62616e67:   /* bang */
	case 0x7065726f:   /* pero */
	case 0x616b6f:     /* ako */
	case 0x706f:       /* po */
	case 0x68696e6469: /* hindi */
	case 0x6e616d616e: /* naman */
	case 0x6b617369: /* kasi */ return FW_SMALL;
	/* Spanish's */
	case 0x717565: /* que */
	case 0x667565: /* fue */
	case 0x6465:   /* de */
	case 0x656c:   /* el */
	case 0x6c61:   /* la */
	case 0x6573:   /* es */
	case 0x6d69:   /* mi */
	case 0x656e:   /* en */
	case 0x79:     /* y */
	case 0x636f6e: /* con */
	case 0x706f72: /* por */
	case 0x6d7579: /* muy */
	case 0x64656c: /* del */
	case 0x6c6f73: /* los */
	case 0x6c6173: /* las */ return FW_SPANISH;
	default: return 0;
	}
}

/* Is token k, in lower case, a word that no English list holds, and of
 * which kind (FW_*; else 0): a small word of clause_small(), a word of
 * no list (unknown_word()) but chat's English drawn out ("ughhh
 * whyyy", drawn_out()), or one that the name lists hold and the list
 * of ordinary words does not ("gana", a surname)? */
static int
foreign_word(struct mh_scanner *sc, size_t k)
{
	int r;

	if (sc->t[k].cap || sc->t[k].allcap)
		return 0;
	if ((r = clause_small(sc, k)) != 0)
		return r;
	if (unknown_word(sc, k))
		return drawn_out(sc, &sc->t[k]) ? 0 : FW_SMALL;
	return (fullflags(sc, k) &
	           (MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_COMMON)) ==
	        MH_NAMES_LAST
	    ? FW_SURNAME
	    : 0;
}

/* Do the words after token last, in its sentence, read as a clause of
 * another language than English: the next word one that no English
 * list holds (foreign_word()), and one of the two after it too?  "Buti
 * na lang", "Sobrang lungkot ko", "Walang gana kumain", "Estoy cansada
 * de", "Pwede bang magpa-therapy": where every word of the language is
 * one of no list, a word of no list opening the sentence is one of
 * them, no name as it is in an English one ("Zorblat covered for me").
 * Not a small word of Spanish next, which follows a name as often, as
 * its verb, its surname's particle or a call ("Bongani es mi hermano",
 * "Lerato de la cruz", "Thandiwe que pasa"), nor two surnames ("Zanele
 * mokoena dlamini texted").  Out of line: the walk's registers are
 * spared. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
foreign_clause_after(struct mh_scanner *sc, size_t last)
{
	size_t k = next_word(sc, last);
	int first, r;

	if (k == SIZE_MAX || (first = foreign_word(sc, k)) == 0 ||
	    first == FW_SPANISH)
		return 0;
	for (int w = 0; w < 2 && (k = next_word(sc, k)) != SIZE_MAX; w++)
		if ((r = foreign_word(sc, k)) != 0 &&
		    !(first == FW_SURNAME && r == FW_SURNAME))
			return 1;
	return 0;
}

static size_t name_after_greeting(struct mh_scanner *sc, size_t i, int *type,
    size_t *start);
/* match_name() but for the words no_name_at() turns away, capitalised
 * or in capitals (match_lower_name() has the others). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
match_name_slow(struct mh_scanner *sc, size_t i, int ctx, int title, int *type,
    size_t *start)
{
	struct tok *t = &sc->t[i];
	int cls[8], m;
	int first = 0;
	size_t last = i, end;

	if (in_initials(sc, i))
		return 0;
	/* "Bless her, she tries", "BLESS HIM": the verb, in any case */
	if (tok_is(sc, i, KW_BLESS) && lower_verb(sc, i))
		return 0;
	/* "my daughters georgia and virginia", "my sons Will and Mark" */
	if (rel_list_name(sc, i))
		return tend(t);
	/* "My Daughters Sue is ill": name_class() takes the plural
	 * relation for no name, so the first name after it, even one that
	 * is also a word, is taken here (the two were one name before) */
	if (t->cap && !t->allcap && i >= 2 && sc->t[i - 2].cap &&
	    tok_gap(sc, i - 1) && sc->t[i - 2].kind == T_WORD &&
	    plural_before_name(sc, i - 2)) {
		int cl[8];
		return name_run(sc, i, 0, &last, cl) ? tend(&sc->t[last])
		                                     : tend(t);
	}
	/* "See you on Thu.", "on Thu, Apr 16", "on Thu Apr 16": the day,
	 * though Thu is a given name too ("I met Thu", "a crush on Thu
	 * Nguyen": a capitalised word after it that is no month) */
	if ((flags(sc, i) & MH_NAMES_WEEKDAY) && i >= 2 && tok_gap(sc, i - 1) &&
	    tok_is(sc, i - 2, KW_ON) &&
	    !(tok_gap(sc, i + 1) && cap_word(sc, i + 2) &&
	        !(flags(sc, i + 2) & MH_NAMES_MONTH)))
		return 0;
	/* "Southern Poland" (the word's own list first: few are in it) */
	if (tok_in(sc, i, KW_DIRECTION) && t->cap && tok_gap(sc, i + 1) &&
	    cap_word(sc, i + 2) && (flags(sc, i + 2) & MH_NAMES_STATE))
		return 0;
	if (ctx < 0)
		ctx = name_context_before(sc, i, &title);
	/* "He said no", "He asks", "my father. He told me": a stop word that
	 * is a surname too (He, An) is a name only after a title or before
	 * another capitalised word ("Dr. He", "He Wei"), or as the
	 * initial "A." a clause opens with ("A. told me to rest",
	 * initial_subject()) */
	if (t->cap && !title && (fullflags(sc, i) & MH_NAMES_STOP) &&
	    !(tok_gap(sc, i + 1) && cap_word(sc, i + 2)))
		/* the initial alone, as name_run_at() would take a
		 * capitalised verb after its stop ("A. Told me to rest") */
		return t->kw == KW_A && initial_subject(sc, i) ? tend(t) : 0;
	/* "Dear Sir or Madam,", "Excuse me, Sir", "Dear Pastor,": a title
	 * alone, no capitalised word after it, addresses someone by their
	 * office, not their name (Sir and Pastor are a first name and a
	 * surname too); after a title it is a surname ("Dr. Pastor").  So
	 * does a relation or a word of endearment after a greeting, thanks
	 * or a farewell ("Thanks Doctor", "Hi Love": addressed_word()) */
	if (t->cap && !title &&
	    ((flags(sc, i) & MH_NAMES_TITLE) ||
	        ((flags(sc, i) & (MH_NAMES_REL | MH_NAMES_AMBIG)) &&
	            addressed_word(sc, i))) &&
	    !(tok_gap(sc, i + 1) && cap_word(sc, i + 2)))
		return 0;
	if (title)
		title_start(sc, i, start);
	unsigned seen;
	m = name_run_at(sc, i, 0, &last, cls, &seen);
	/* "Papa Ji called", "My Nani Ji says hi": a family word and the
	 * "ji" of respect, capitalised as in lower case (kin_ji_at()) */
	if (m == 2 && kin_ji_at(sc, last))
		return 0;
	if (m == 0) {
		/* "her maiden name is Key", "named Faith": after an explicit
		 * naming word any capitalised word is the name, but for the
		 * name of a condition or a medicine ("it's called
		 * Emetophobia") */
		size_t pw;
		if (ctx && !title && t->cap && !t->allcap && !stop_cap(sc, i) &&
		    !clinical_suffix(sc, t) &&
		    (pw = prev_word(sc, i)) != SIZE_MAX && pw + 2 == i &&
		    (tok_is(sc, pw, KW_NAMED) || tok_is(sc, pw, KW_CALLED) ||
		        tok_is(sc, pw, KW_IS)))
			return tend(t);
		/* "my brother Dele's birthday", "my friend Dele said": a
		 * word of the common-word list and of no other, capitalised
		 * inside a sentence right after a relation, is the
		 * relation's name (Dele is also the proofreader's word).
		 * The relation in lower case, the word after it not
		 * capitalised: not in a title ("My Brother Always
		 * Forgets", "Why My Mom Never Calls") */
		if (ctx && t->cap && !t->allcap &&
		    (fullflags(sc, i) & ~(unsigned)MH_NAMES_PROPER) ==
		        MH_NAMES_COMMON &&
		    (pw = prev_word(sc, i)) != SIZE_MAX && pw + 2 == i &&
		    lower_relation(sc, pw) &&
		    !(tok_gap(sc, i + 1) && cap_word(sc, i + 2)))
			return tend(t);
		/* "female, Ana Johnson from": an ordinary capitalised word
		 * before a clear surname, inside a sentence; not one that
		 * opens no name (no_first_before()) */
		if (t->cap && !t->allcap && !stop_cap(sc, i) &&
		    !(fullflags(sc, i) &
		        (MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_STATE |
		            MH_NAMES_FACILITY | MH_NAMES_STREET |
		            MH_NAMES_TITLE | MH_NAMES_CITY)) &&
		    tok_gap(sc, i + 1) && !sentence_initial(sc, i) &&
		    surname_next(sc, i + 2) && !kin_ji_at(sc, i + 2) &&
		    !no_first_before(sc, i)) {
			m = name_run(sc, i + 2, 0, &last, cls);
			return m ? tend(&sc->t[last]) : 0;
		}
		*start = t->s;
		return 0;
	}
	/* Which classes the members have, as bits (seen, kept by the
	 * run as it took them): the rules below ask whether there is a
	 * clear name (strong), an initial, or a member that is no initial
	 * (a candidate), never how many.  Where a switch on each member's
	 * class counted them, its jump went either way by the name
	 * (rb.txt: 11,000 mispredicted). */
	const unsigned strong = seen & (1u << C_USER | 1u << C_STRONG);
	const unsigned initials = seen & 1u << C_INITIAL;
	const unsigned cand = seen & ~(1u << C_INITIAL);
	first = is_first(sc, i);
	end = tend(&sc->t[last]);
	if (cls[m - 1] == C_INITIAL && tok_punct(sc, last + 1, '.'))
		end = tend(&sc->t[last + 1]);
	/* "Mr. W."; "J.R. called", "my boss A.J." (two letters written
	 * together with their stops, no abbreviation: initials_at()),
	 * "my friend J.R.R." (three or four only after a naming word) */
	if (!cand) {
		size_t gl;
		int g = m == 1 ? initials_at(sc, i, &gl) : 0;
		/* (every member an initial) */
		if (title || g == 2 || (g > 2 && ctx))
			return end;
		/* "J. told me to call" (initial_subject()), "love, D."
		 * (signoff_letter()) */
		if (m == 1 && (initial_subject(sc, i) || signoff_letter(sc, i)))
			return tend(t);
		*start = t->s;
		return 0;
	}
	if (eponym_after(sc, last, m == 1, m == 1 && !first, first) &&
	    cls[0] != C_USER) {
		*start = t->s;
		return 0;
	}
	/* all capitals: acronyms unless a clear name is among them */
	if (t->allcap && tend(t) - t->s > 1) {
		int caps_strong = 0;
		size_t fe;
		/* "Patient: RIVERA, JAKE" */
		if (tok_punct(sc, i + 1, ',') && (fe = caps_form_name(sc, i)))
			return fe;
		for (size_t k = i; k <= last; k++)
			if (sc->t[k].kind == T_WORD &&
			    tend(&sc->t[k]) - sc->t[k].s > 1 &&
			    name_class(sc, k) == C_STRONG)
				caps_strong++;
		/* "CALL DR ZEPHYRINE", "MY FRIEND ZEPHYRINE": a word in no
		 * list after a title or a relation is a name in capitals as
		 * in title case */
		/* "TALKED TO MARIA ABOUT IT": a first name that is no
		 * word, in a text all in capitals, as in one all in lower
		 * case */
		if (!(caps_strong >= 2 || (caps_strong && m >= 2) ||
		        (ctx && caps_strong) || cls[0] == C_USER ||
		        (ctx && cls[0] == C_UNKNOWN && tend(t) - t->s >= 3) ||
		        (cls[0] == C_STRONG && tend(t) - t->s >= 3 &&
		            is_first(sc, i) &&
		            (upper_text(sc) || caps_opener(sc, i, m))))) {
			*start = t->s;
			/* "my daughter GEORGIA": a state that is a given
			 * name, right after a relation word, alone; "MY
			 * SISTER FAITH", "MY SON WILL": a name that is also
			 * a word, as in lower case */
			size_t pw = prev_word(sc, i);
			if ((ctx &&
			        ((lower_word_name(sc, i, C_NONE) &&
			             state_named(sc, i)) ||
			            word_name_after(sc, i, cls[0]))) ||
			    rel_comma_state(sc, i) ||
			    (pw != SIZE_MAX && pw + 3 == i &&
			        word_name_after(sc, i, cls[0])))
				return tend(t);
			return 0;
		}
	}
	/* "Dr. Smith's Office", "Anna's Clinic": a place named after them */
	if (tk(sc, last + 1) && sc->t[last + 1].kind == T_POSS &&
	    tok_gap(sc, last + 2) && cap_word(sc, last + 3) &&
	    (flags(sc, last + 3) & MH_NAMES_FACILITY) &&
	    (strong || ctx || m >= 2)) {
		*type = MH_SCAN_LOCATION;
		return tend(&sc->t[last + 3]);
	}
	/* "Later Kofi Brennan said": an ordinary word that opens the
	 * sentence is not part of the name after it.  (Whether the word
	 * opens one, sentence_initial(), is asked here of those words only,
	 * and below of the words that no rule between has taken: 4,000 of
	 * the 16,000 that came here over the bench corpus.) */
	if (m >= 2 && (cls[0] == C_WEAK || cls[0] == C_AMBIG) && !ctx &&
	    sentence_initial(sc, i) && !is_first(sc, i)) {
		*start = t->s;
		return 0;
	}
	/* "the Police", "a Judge", "the Doctor said": after an article, a
	 * word that is also an ordinary word names no one ("the Smiths",
	 * a name and no word, still does; so does "the Church's").  After
	 * "the", one capitalised name that ends its phrase is no one
	 * either: "I joined the Navy in 2019", "the Bureau called me"
	 * (the_name_alone()) */
	if (m == 1 && !ctx && !title && i >= 2 && tok_gap(sc, i - 1) &&
	    sc->t[last + 1].kind != T_POSS &&
	    ((cls[0] == C_WEAK &&
	         (tok_is(sc, i - 2, KW_THE) || tok_is(sc, i - 2, KW_A) ||
	             tok_is(sc, i - 2, KW_AN))) ||
	        ((cls[0] == C_STRONG || cls[0] == C_UNKNOWN) &&
	            tok_is(sc, i - 2, KW_THE) && !t->allcap &&
	            lc((unsigned char)sc->s[tend(t) - 1]) != 's' &&
	            the_name_alone(sc, last)))) {
		*start = t->s;
		return 0;
	}
	/* "Hi, Then Maya said no", "Hiya Maya": a word of chat or a
	 * greeting before the name (chat_before_name()), which the walk
	 * passes, then takes the name from the next word; "Hiya, I'm
	 * Maya": a greeting alone (greeting_alone()).  "Hi, Then we went
	 * home": such a word alone after a cue of a name, opening its
	 * clause, is chat's and no name (Then is a surname too; not a
	 * first name, "Hi, Even").  Few runs open with an H, or are of two
	 * words or more or after a cue and open with no clear name: those
	 * tests first (callgrind on rb4 +0.1 M) */
	if ((sc->s[t->s] == 'H' ||
	        ((m >= 2 || (ctx && !is_first(sc, i))) &&
	            cls[0] != C_STRONG)) &&
	    !title && t->cap && !t->allcap && cls[0] != C_USER &&
	    (sc->s[t->s] == 'H'
	            ? (m >= 2 || !ctx) && chat_opens_run(sc, i, m, ctx)
	            : chat_before_name(sc, i, ctx))) {
		/* "Hiya Grace", "Heyy Will": the name after the greeting is
		 * what it is after "Hi" (context_after_word()), or a given
		 * name that is a word too went out with the greeting passed */
		if (m >= 2 && sc->s[t->s] == 'H' && greeting_shape(sc, i))
			return name_after_greeting(sc, i + 2, type, start);
		*start = t->s;
		return 0;
	}
	if (strong || ctx)
		return end;
	/* "Will: are u coming Grace: cant": a speaker's label */
	if (m == 1 && tok_punct(sc, last + 1, ':') && chat_label(sc, i))
		return end;
	/* a deed done to the writer, a person's thing: "Hunter hit me",
	 * "Chase's birthday" */
	if (m == 1 && deed_after(sc, last))
		return end;
	/* a verb of saying after it: "Hope said" (read here, past the
	 * names returned above, most of them) */
	size_t nw = next_word(sc, last);
	if (nw != SIZE_MAX && (flags(sc, nw) & MH_NAMES_SAID) &&
	    !sc->t[nw].cap) {
		/* "Doctor said I'm fine", "Police said", "Boss says": one
		 * word that is a relation, or an ordinary word and a surname
		 * but no first name, is said of someone unnamed without its
		 * article ("Hope said", "Will says" are still names) */
		unsigned ff = fullflags(sc, i);
		if (m != 1 ||
		    !((ff & MH_NAMES_REL) ||
		        (ff &
		            (MH_NAMES_COMMON | MH_NAMES_FIRST |
		                MH_NAMES_AMBIG)) == MH_NAMES_COMMON))
			return end;
	}
	/* (there is a candidate here: with no initial, two are m >= 2) */
	if (m >= 2 || initials) {
		/* two name-like words, or a name with an initial */
		return end;
	}
	/* a single word listed with a clear name: "Romi, Anna and Ben";
	 * not a word of chat or a greeting before the name it speaks to or
	 * signs ("Well, Maya said no", "Love, Maya", "Heya, Maya": the
	 * word's own list last, asked of the few that get so far) */
	{
		size_t j = last + 1;
		if (tok_punct(sc, j, ',') ||
		    (tok_gap(sc, j) && tok_is(sc, j + 1, KW_AND) && (j += 2)))
			j++;
		if (j != last + 1 && tok_gap(sc, j) &&
		    name_class(sc, j + 1) == C_STRONG &&
		    (sc->t[j + 1].cap || sc->t[j + 1].allcap) &&
		    !(tok_punct(sc, last + 1, ',') &&
		        (chat_word(sc, i) || greeting_shape(sc, i))))
			return end;
	}
	/* "the Golden Gate Bridge", "Bridge Over Troubled Water": a word
	 * that is a surname and an ordinary word, with a capitalised word
	 * of the ordinary list alone right before or after it, is a word
	 * of a title or a landmark, no one's; not after Tagalog's "Si",
	 * which marks the person a sentence opens with ("Si Primo ay
	 * galit", as "si Primo" inside one: ambig_cues[]); not SI in
	 * capitals, suicidal ideation ("had SI Long days again") */
	if (cls[0] == C_WEAK && !t->allcap &&
	    ((i >= 2 && tok_gap(sc, i - 1) && common_cap(sc, i - 2) &&
	         (sc->t[i - 2].allcap || !word_eq(sc, i - 2, "si"))) ||
	        (tok_gap(sc, last + 1) && common_cap(sc, last + 2))))
		return 0;
	/* a single weak, ambiguous or unknown capitalised word */
	int initial = sentence_initial(sc, i); /* (ctx is 0 here) */
	if (initial && cls[0] == C_UNKNOWN && tend(t) - t->s >= 3 &&
	    !t->allcap) {
		/* not in any list at the start of a sentence: a name, as
		 * ordinary words are in the safe-word list; not before a
		 * clause of Tagalog or Spanish, whose words no list holds
		 * ("Buti na lang", "Estoy cansada de") */
		if (m == 1 && foreign_clause_after(sc, last)) {
			*start = t->s;
			return 0;
		}
		return end;
	}
	size_t p = prev_word(sc, i);
	/* "My mum, May, is ill": a name that is also a word, set off by
	 * commas after a relation word */
	if (cls[0] == C_AMBIG && p != SIZE_MAX && p + 3 == i &&
	    word_name_after(sc, i, cls[0]))
		return end;
	/* "June, my best friend, moved": a relation in apposition after
	 * it; "Mark and I broke up": a first name opening the sentence
	 * with "I" or "me" (not "in January and I can't") */
	if (m == 1 && rel_appos_after(sc, last))
		return end;
	/* "Cheers,\nKit", "See you then,\nPrudence": a first name that is
	 * also a word, alone on a message's last line after a close */
	if (m == 1 && first && initial && signoff_name(sc, i))
		return end;
	/* "Lily my sister called": the same with no comma, a first name
	 * of the list of names that are words opening the sentence, not
	 * a word that is a first name besides ("Trust my mom knows",
	 * "Happy my sister is home"); inside one, "I'm Grace, 20", "hey
	 * it's Will again" */
	if (m == 1 && cls[0] == C_AMBIG && first &&
	    (initial ? rel_bare_after(sc, i, last)
	             : i >= 2 && tok_gap(sc, i - 1) &&
	                (sc->t[i - 2].kind == T_POSS || sc->t[i - 2].contr ||
	                    tok_is(sc, i - 2, KW_IM) ||
	                    word_eq(sc, i - 2, "its")) &&
	                self_word_name(sc, i)))
		return end;
	/* "Joy is my sponsor": a first name that is also a word */
	if (m == 1 && (cls[0] == C_AMBIG || cls[0] == C_WEAK) && first &&
	    !(flags(sc, i) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) &&
	    rel_pred_after(sc, last))
		return end;
	if (m == 1 && cls[0] == C_AMBIG && first && initial &&
	    !(flags(sc, i) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) &&
	    tok_gap(sc, last + 1) && and_at(sc, last + 2) &&
	    tok_gap(sc, last + 3) &&
	    (tok_is(sc, last + 4, KW_I) || tok_is(sc, last + 4, KW_ME)) &&
	    !tok_punct(sc, last + 5, '.'))
		return end;
	/* "Sue from work invited me", "Will from school texted" */
	if (m == 1 && (cls[0] == C_AMBIG || cls[0] == C_WEAK) && first &&
	    !(flags(sc, i) & MH_NAMES_WEEKDAY) &&
	    (initial || !(flags(sc, i) & MH_NAMES_MONTH)) &&
	    from_group_after(sc, last))
		return end;
	if (initial || ((flags(sc, i) & MH_NAMES_MONTH) && cls[0] == C_AMBIG))
		return 0;
	/* "Don't go to town, Mark!", "I'm proud of you, Will.": a first
	 * name set off by a comma at the end of its sentence is the one
	 * spoken to */
	if (m == 1 && first && i >= 2 && tok_gap(sc, i - 1) &&
	    tok_punct(sc, i - 2, ',') && !(flags(sc, i) & MH_NAMES_WEEKDAY) &&
	    (last + 1 >= sc->nt || tok_punct(sc, last + 1, '!') ||
	        tok_punct(sc, last + 1, '?') || tok_punct(sc, last + 1, '.')))
		return end;
	if (cls[0] == C_AMBIG &&
	    !(p != SIZE_MAX && (ambig_cue(sc, p) || plural_rel_at(sc, p))) &&
	    !(tk(sc, last + 1) && sc->t[last + 1].kind == T_POSS))
		return 0;
	if (p != SIZE_MAX && (flags(sc, p) & MH_NAMES_PLACECUE) &&
	    !sc->t[p].cap && !first) {
		*type = MH_SCAN_LOCATION;
		return cls[0] == C_AMBIG ||
		        (cls[0] == C_WEAK && weak_no_place(sc, i))
		    ? 0
		    : end;
	}
	return end;
}

/* The end of a name written on a form's line as "SURNAME, FIRST
 * [M]", in capitals, from the surname at i (a ',' after it): after a
 * field of form_cues[] and its ':' ("Patient: RIVERA, JAKE", "PATIENT
 * NAME: OKAFOR, MAYA A"), or before a field of form_afters[] ("RIVERA,
 * JAKE DOB 03/14/1961").  Each word the lists' own: a surname, then a
 * first name; or 0.  Not "DIAGNOSIS: ANXIETY, DEPRESSION", "PLAN: CBT,
 * SSRI": words of no name, after a field of no name.  Out of line:
 * only a word in capitals before a ',' comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
caps_form_name(struct mh_scanner *sc, size_t i)
{
	size_t j = i + 3, e, k, p;

	if (!tok_gap(sc, i + 2) || tk(sc, j) == NULL ||
	    sc->t[j].kind != T_WORD || !sc->t[j].allcap ||
	    tend(&sc->t[j]) - sc->t[j].s < 2 ||
	    !(fullflags(sc, i) & MH_NAMES_LAST) ||
	    !(fullflags(sc, j) & MH_NAMES_FIRST))
		return 0;
	e = tend(&sc->t[j]);
	k = j;
	/* a middle initial: "OKAFOR, MAYA A", "MAYA A." */
	if (tok_gap(sc, j + 1) && tk(sc, j + 2) != NULL &&
	    sc->t[j + 2].kind == T_WORD && sc->t[j + 2].allcap &&
	    tend(&sc->t[j + 2]) - sc->t[j + 2].s == 1 &&
	    sc->t[j + 2].kw != KW_I) {
		k = j + 2;
		e = tend(&sc->t[k]);
		/* (the field after is read past its stop) */
		if (tok_punct(sc, k + 1, '.'))
			e++, k++;
	}
	/* the field before: "Patient: ", "PATIENT NAME:" */
	p = i >= 2 && tok_gap(sc, i - 1) ? i - 2 : i - 1;
	if (i >= 2 && tok_punct(sc, p, ':') && p >= 1 &&
	    sc->t[p - 1].kind == T_WORD && tok_in2(sc, p - 1, KW2_FORM_CUE))
		return e;
	/* the field after: "DOB 03/14/1961", "MRN 449201" */
	p = next_word(sc, k);
	if (p != SIZE_MAX && tok_in2(sc, p, KW2_FORM_AFTER))
		return e;
	return 0;
}

/* Family words in English and Hindi that "ji" follows as a mark of
 * respect (kin_ji(), with kin_others[]); not "friend" nor the other
 * relation words, after which "ji" is as often a friend's name. */
static const char *const ji_kin[] = {"mom", "mum", "mother", "mommy", "mummy",
    "mama", "maa", "ma", "dad", "father", "daddy", "papa", "pa", "grandma",
    "grandpa", "grandmother", "grandfather", "granny", "uncle", "aunt", "aunty",
    "auntie", "sister", "brother", "bhabhi", "bhai", "bua", "chachu", "mamaji",
    "masi", "maasi", "jiju", "jija", "behen", "nanaji", "sasur", "saas", NULL};

/* Is "ji" at i a mark of respect after a family word ("my nani ji
 * says hi", "papa ji", "my mom ji is sick"), no name?  Not before a
 * name on its line, as the first part of a given name ("my sister ji
 * won"), save a verb of saying ("my grandpa ji said no"). */
static int
kin_ji(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), n = next_word(sc, i);

	return p != SIZE_MAX && p + 2 == i && tok_gap(sc, i - 1) &&
	    (tok_in2(sc, p, KW2_KIN_OTHER) || word_among(sc, p, ji_kin)) &&
	    (n != i + 2 || !tok_gap(sc, i + 1) ||
	        (fullflags(sc, n) & MH_NAMES_SAID) ||
	        !(fullflags(sc, n) &
	            (MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_USER)));
}

/* The mark after the word at i: 0 at the text's or a line's end, -1
 * before a blank or a token of no mark (oath_at()). */
static int
oath_mark(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = tk(sc, i + 1);

	return t == NULL || (t->kind == T_SPACE && t->nl) ? 0
	    : t->kind == T_PUNCT && t->mark != 0          ? t->mark
	                                                  : -1;
}

/* After a word of dismay at p, "Jesus" or "Christ" at i and words of
 * oath_afters[] to k, does the oath go on into the sentence ("oh jesus
 * no i cant", "omg jesus why is this happening", "ugh jesus help me",
 * "lord jesus please give me strength")?  After "lord", "sweet" or
 * "holy", never a person's name, and after "god" and some of
 * oath_afters[], yes unless a deed or a verb of saying or "longer"
 * follows ("thank god jesus came", "oh jesus no longer talks to me");
 * after the others only before a stop word but an article, "me" or
 * "guys" ("ugh jesus not answering my texts", "omg jesus what a jerk
 * he is", "ugh jesus please stop texting me" are kept for a person's,
 * failing closed). */
static int
oath_goes_on(struct mh_scanner *sc, size_t p, size_t i, size_t k)
{
	static const char *const holy[] = {"lord", "sweet", "holy", NULL};
	size_t n = k + 2;
	unsigned f;

	if (!tok_gap(sc, k + 1) || tk(sc, n) == NULL || sc->t[n].kind != T_WORD)
		return 0;
	if (person_verb(sc, n) || word_eq(sc, n, "longer"))
		return 0;
	if (word_among(sc, p, holy))
		return 1;
	if (k == i)
		return 0;
	if (word_eq(sc, p, "god"))
		return 1;
	f = fullflags(sc, n);
	return ((f & MH_NAMES_STOP) && !word_eq(sc, n, "a") &&
	           !word_eq(sc, n, "an") && !word_eq(sc, n, "the")) ||
	    word_eq(sc, n, "me") || word_eq(sc, n, "guys");
}

/* Is "Jesus" or "Christ" at i said as an oath ("Jesus!", "Christ,
 * not again", "oh my god jesus, the traffic")?  After a word of dismay
 * (oath_befores[]) before a stop, a comma or the end of the text or
 * line, or words of oath_afters[] before one ("oh jesus no") or where
 * the oath goes on (oath_goes_on()); first in its sentence too, but
 * there "Jesus" before a comma is as often the one spoken to ("Jesus,
 * are you coming?"), and is kept for a name (fails closed).  "Jesus
 * said he'd call", "my friend Jesus", "Jesus Martinez" are a person's. */
static int
oath_at(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);
	int c = oath_mark(sc, i), e;

	/* "oh jesus no": after a word of dismay, before words that go on
	 * from the oath (oath_afters[]) as a stop would end it, and a
	 * stop, a comma or the line's end after them ("oh jesus no no
	 * no", "ugh christ not again"); not "ugh jesus again asked me
	 * out", whose "asked" clause_end_after() would take for an end */
	if (c == -1 && p != SIZE_MAX && p + 2 == i &&
	    tok_in2(sc, p, KW2_OATH_BEFORE)) {
		size_t k = i;

		for (; tok_gap(sc, k + 1) && tk(sc, k + 2) != NULL &&
		     sc->t[k + 2].kind == T_WORD &&
		     word_among(sc, k + 2, oath_afters);
		     k += 2)
			if ((e = oath_mark(sc, k + 2)) == 0 ||
			    (e != -1 && strchr(".,!?;", e) != NULL))
				return 1;
		return oath_goes_on(sc, p, i, k);
	}
	if (c == -1 || (c != 0 && strchr(".,!?;", c) == NULL))
		return 0;
	if (p != SIZE_MAX && tok_in2(sc, p, KW2_OATH_BEFORE))
		return 1;
	return sentence_initial(sc, i) &&
	    (c != ',' || word_eq(sc, i, "christ"));
}

/* Is the word of name_asks[] at i no name here (kin_ji(), an
 * assistant woken, oath_at())?  Siri after its wake word always ("hey
 * siri, I'm sad"), the others before what one asks of an assistant
 * ("hey alexa play rain sounds", not "hey alexa how are you").  Out of
 * line: the few words that ask keep match_name() small enough to be
 * inlined where it is called. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
name_ask_none(struct mh_scanner *sc, size_t i)
{
	size_t n;

	if (word_eq(sc, i, "ji"))
		return kin_ji(sc, i);
	if (word_among(sc, i, assistants))
		return assistant_woken(sc, i) &&
		    (word_eq(sc, i, "siri") ||
		        ((n = next_word(sc,
		              tok_punct(sc, i + 1, ',') ? i + 1 : i)) !=
		                SIZE_MAX &&
		            (word_among(sc, n, assistant_contacts) ||
		                word_among(sc, n, assistant_asks))));
	return oath_at(sc, i);
}

/* Is the word at m, in lower case, the middle name that Vietnamese
 * names put between the surname and the given name, thi for women and
 * van for men (with or without their marks), with a surname of the
 * lists in lower case before it, a blank between each: "tran thi mai",
 * "pham van duc" (surname_lead())?  The surname may be a word too
 * ("tran", "long"), not a stop word ("the van", "a thi"). */
static int
viet_middle_at(struct mh_scanner *sc, size_t m)
{
	static const char *const middles[] = {"thi", "van", "th\xe1\xbb\x8b",
	    "v\xc4\x83n", NULL};
	const struct tok *q;

	if (m < 2 || !tok_gap(sc, m + 1) || !tok_gap(sc, m - 1) ||
	    sc->t[m].cap || sc->t[m].allcap || !word_among(sc, m, middles))
		return 0;
	q = &sc->t[m - 2];
	return q->kind == T_WORD && !q->cap && !q->allcap && !q->joined &&
	    (fullflags(sc, m - 2) & (MH_NAMES_LAST | MH_NAMES_STOP)) ==
	    MH_NAMES_LAST &&
	    !(sc->nsp && sc->sp[sc->nsp - 1].end > q->s);
}

/* The start of a name in lower case at i with its surname written
 * first before it ("zhang wei from work texted", "park ji-woo from
 * church"), as a run in capitals takes "Zhang Wei" whole: the word
 * before, one blank between, in lower case and of the surnames' list
 * and no other but the given names' (not "the", "long", "lee").  One
 * that is an ordinary word, a street's or a town's too ("park",
 * "tran") only before a given name joined by hyphens, as Korean ones
 * are written ("so glad wei came" stays so), and not after its
 * subject, whose verb it is ("i like ji-woo").  Nor a word of chat
 * (not_self_names[], close_word(): "aka maya", "ty maya for
 * listening").  Else the name's own start, t->s.  Out of line: asked
 * only of a name taken in lower case. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
surname_lead(struct mh_scanner *sc, size_t i)
{
	const struct tok *q;
	unsigned f;

	if (i < 2 || !tok_gap(sc, i - 1))
		return sc->t[i].s;
	if (viet_middle_at(sc, i - 2))
		return sc->t[i - 4].s;
	q = &sc->t[i - 2];
	if (q->kind != T_WORD || q->cap || q->allcap || q->joined ||
	    (sc->nsp && sc->sp[sc->nsp - 1].end > q->s))
		return sc->t[i].s;
	f = fullflags(sc, i - 2);
	if (sc->t[i].hyphen && !low_pronoun(sc, prev_word(sc, i - 2)))
		f &= ~(unsigned)(MH_NAMES_COMMON | MH_NAMES_STREET |
		    MH_NAMES_WORD | MH_NAMES_CITYPART);
	if (!(f & MH_NAMES_LAST) ||
	    (f & ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST)) ||
	    tok_in2(sc, i - 2, KW2_NOT_SELF) || close_word(sc, i - 2))
		return sc->t[i].s;
	return q->s;
}

/* Decide whether the run at i is a name; returns its end byte or 0 and
 * sets *start (a title before it belongs to the name).  ctx and title
 * are what name_context_before() said of i, when the caller has asked
 * already (ctx -1 when not).  The quick answer inline, the rest out of
 * line: its call cost as much as no_name_at()'s tests.  Inlined in its
 * two callers (name_after_greeting()'s call had GCC keep it out of
 * word_rules(): rb4 +0.55 M instructions). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
match_name(struct mh_scanner *sc, size_t i, int ctx, int title, int *type,
    size_t *start)
{
	const struct tok *t = &sc->t[i];

	*type = MH_SCAN_NAME;
	*start = t->s;
	if (t->kind != T_WORD ||
	    ((t->cap || t->allcap || sc->lowertext) && no_name_at(sc, i, ctx)))
		return 0;
	/* "my nani ji", "Jesus, what a day" */
	if ((sc->kw_sets2[t->kw] & KW2_NAME_ASK) && name_ask_none(sc, i))
		return 0;
	/* A lower-case word in text with capitals is a name only as a
	 * user's, or after what lower_name_context() finds: when the
	 * token before it says there is none (LOOK_NOCTX), none.  Such
	 * are most of the lower-case words that come here, as a '.' or
	 * ',' after them kept walk() from passing them. */
	if (!t->cap && !t->allcap && !sc->lowertext &&
	    !(flags(sc, i) & MH_NAMES_USER) &&
	    !lone_first_flags(flags(sc, i)) && noctx_at(sc, prev_tok(sc, i)) &&
	    !lone_surname_cued(sc, i, flags(sc, i)))
		return 0;
	if (!t->cap && !t->allcap) {
		size_t end = match_lower_name(sc, i, ctx, title, start);
		if (end != 0 && *start == t->s)
			*start = surname_lead(sc, i);
		return end;
	}
	return match_name_slow(sc, i, ctx, title, type, start);
}

/* match_name() of the word at i after a greeting as chat types it
 * ("Hiya Grace"), with the context "Hi" gives it: out of line, as
 * match_name_slow() asks it of a few runs. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
name_after_greeting(struct mh_scanner *sc, size_t i, int *type, size_t *start)
{
	return match_name(sc, i, 1, 0, type, start);
}

/* A postcode after a place, at token k: "Bergen 5003", "Solna 171 64";
 * never a year ("Boston 2019").  Returns its end byte or 0. */
static size_t
place_postcode(struct mh_scanner *sc, size_t k)
{
	size_t e = postcode_at(sc, k);
	long v;

	if (e == 0 || tok_punct(sc, tok_from(sc, k, e), '%') ||
	    (tok_from(sc, k, e) == k + 1 && num_val(sc, k, &v) == 4 &&
	        v >= 1800 && v <= 2199))
		return 0;
	return e;
}

static int be_word(struct mh_scanner *sc, size_t v);

/* Who comes from somewhere before "is from", "are from": "my family is
 * from Aleppo", "she's from Vicksburg" (proper_town_cue(), which takes
 * a relation and a first name too). */
static const char *const from_who[] = {"he", "she", "they", "we", "you",
    "family", "parents", "folks", "people", NULL};
/* The same with "are" in one word: "they're from Brno" ("she's" is
 * "she" and an 's). */
static const char *const who_is[] = {"they're", "you're", "they\xe2\x80\x99re",
    "you\xe2\x80\x99re", NULL};

/* Does no noun follow the word i: the clause ends, or a small word,
 * chat's slang, a word of a date's or of now comes next ("i'm in the
 * 94110 rn", "i'm in Cebu with my sister", "i'm in Cebu until May",
 * "admitted in Bethesda last night"; not "i'm in the 10000 steps club",
 * "i'm in Epsom salt baths")? */
static int
no_noun_after(struct mh_scanner *sc, size_t i)
{
	size_t k = i + 2;

	if (day_clause_end(sc, i))
		return 1;
	return tok_gap(sc, i + 1) && tk(sc, k) && sc->t[k].kind == T_WORD &&
	    ((fullflags(sc, k) & MH_NAMES_STOP) ||
	        tok_in(sc, k, KW_SLANG | KW_DATE_PREP) ||
	        tok_in2(sc, k, KW2_DATE_LEAD) || word_eq(sc, k, "now") ||
	        word_among(sc, k, near_days));
}

/* Is the place cue p, right before the word i (capitalised, or in lower
 * case for low_town()), one after which a word of Philter's that SCOWL
 * writes only capitalised (MH_NAMES_PROPER) names a town: "in", "to" or
 * "near" after a word of home_verbs[] ("moved to Brno", "grew up in
 * Okinawa", "I live near Dartmoor"), "in" after "I'm" or a word of
 * staying (stay_words[]: "i'm in Dubai", "we're staying in Cebu"), or
 * "from" after "I'm" or another form of "be" after someone ("I'm from
 * Vicksburg", "my family is from Aleppo", "I'm originally from Brno")?
 * "from" alone is a cause or a giver as often ("sick from Motrin", "a
 * quote from Beethoven"), and "in" alone a language or a faith ("in
 * Arabic"). */
static int
proper_town_cue(struct mh_scanner *sc, size_t i, size_t p)
{
	size_t v, w;

	if (p + 2 != i || p < 2 || !tok_gap(sc, p - 1))
		return 0;
	v = p - 2;
	if (tok_is(sc, p, KW_FROM)) {
		if (word_eq(sc, v, "originally") && v >= 2 &&
		    tok_gap(sc, v - 1))
			v -= 2;
		/* "I'm from", "im from", "they're from", "I am from" */
		if (word_among(sc, v, who_is))
			return 1;
		if (!be_word(sc, v))
			return 0;
		if (word_among(sc, v, am_words) || tok_is(sc, v, KW_IM) ||
		    (word_eq(sc, v, "am") && v >= 2 && tok_is(sc, v - 2, KW_I)))
			return 1;
		/* "she's from" (a word before the 's), "my mom is from",
		 * "Maya is from" (a first name in title case) */
		if (sc->t[v].kind == T_POSS)
			w = v - 1;
		else if (v >= 2 && tok_gap(sc, v - 1))
			w = v - 2;
		else
			return 0;
		return word_among(sc, w, from_who) ||
		    (fullflags(sc, w) & MH_NAMES_REL) || plural_rel_at(sc, w) ||
		    (sc->t[w].cap && !sc->t[w].allcap &&
		        (fullflags(sc, w) & MH_NAMES_FIRST));
	}
	if (!(tok_is(sc, p, KW_IN) || tok_is(sc, p, KW_TO) ||
	        word_eq(sc, p, "near")))
		return 0;
	/* "grew up in"; "grew" or "growing" alone is no living there ("a
	 * cyst growing in bursa") */
	if (tok_is(sc, p, KW_IN) && word_eq(sc, v, "up") && v >= 2 &&
	    tok_gap(sc, v - 1))
		v -= 2;
	else if (word_eq(sc, v, "grew") || word_eq(sc, v, "growing"))
		return 0;
	/* "I'm in" and a word of staying say less than one of living: a
	 * word of PROPER after them is a place's name only with no noun
	 * after it ("i'm in Dubai working"; "i'm in Lyme disease hell",
	 * "im in Motown mode", "i'm in Brussels sprouts heaven" stay), or
	 * before the next word of a town's ("im in hong kong") */
	if (tok_is(sc, p, KW_IN) && in_stay_word(sc, v))
		return no_noun_after(sc, i) ||
		    (tok_gap(sc, i + 1) && tk(sc, i + 2) &&
		        ((fullflags(sc, i + 2) & MH_NAMES_PROPER) ||
		            ing_word(sc, i + 2)));
	return word_among(sc, v, home_verbs);
}

/* Is the word i after the place cue p a town by PROPER: a word of
 * Philter's list of ordinary words that SCOWL writes only capitalised
 * (scripts/gen-names leaves out lands, languages, faiths, medicines and
 * brands), after a cue of living or moving (proper_town_cue()), in
 * any case ("I moved to Hyderabad", "i grew up in okinawa": chat's
 * lower case, low_town())?  Not one with an 's, someone's ("I'm from
 * Humphrey's team", a name). */
static int
proper_town(struct mh_scanner *sc, size_t i, size_t p)
{
	return (fullflags(sc, i) & MH_NAMES_PROPER) &&
	    !tok_in(sc, i, KW_CLINICAL | KW_PLATFORM | KW_SLANG | KW_HOLIDAY) &&
	    !(tk(sc, i + 1) && sc->t[i + 1].kind == T_POSS) &&
	    proper_town_cue(sc, i, p);
}

/* The words of a span of time after a place one stays in, after
 * "this", "last" or "next" or after "for a" or "for the": "i'm in
 * Saugus this week", "for a business trip", "for the summer", "for a
 * few days" (stay_time_after()). */
static const char *const stay_spans[] = {"week", "weeks", "weekend", "month",
    "months", "year", "years", "summer", "winter", "spring", "fall", "autumn",
    "semester", "holidays", "trip", "visit", "business", "conference",
    "wedding", "funeral", "few", "couple", NULL};

/* Does a span of time right after the word i tell a stay there
 * (stay_spans[]: "this week", "for a business trip", "for now", "until
 * Friday")?  Not "now", "rn" or "lol" alone, which a state of mind or
 * an app takes as often ("i'm in Ketosis lol", "i'm in Photoshop
 * rn"). */
static int
stay_time_after(struct mh_scanner *sc, size_t i)
{
	size_t k = i + 2, w = k + 2;

	if (!tok_gap(sc, i + 1) || !tk(sc, k))
		return 0;
	if (tok_is(sc, k, KW_UNTIL) || word_eq(sc, k, "till") ||
	    word_eq(sc, k, "til"))
		return 1;
	if (!tok_gap(sc, k + 1) || !tk(sc, w))
		return 0;
	if (tok_is(sc, k, KW_FOR)) {
		if (word_eq(sc, w, "now"))
			return 1;
		if (!(tok_is(sc, w, KW_A) || tok_is(sc, w, KW_THE)) ||
		    !tok_gap(sc, w + 1))
			return 0;
		w += 2;
	} else if (!(tok_is(sc, k, KW_THIS) || tok_is(sc, k, KW_LAST) ||
	               tok_is(sc, k, KW_NEXT))) {
		return 0;
	}
	return word_among(sc, w, stay_spans);
}

/* Is the word i set against a town by "not" after it: "we're in
 * Ipswich not Brisbane", "in Ipswich, not Brisbane"?  The town a word
 * of PROPER, a large town's (CITY) or a name of the lists and no word,
 * as place_before() reads the word after "not" once the first is
 * taken; "i'm in Recovery not Relapse" has none. */
static int
town_set_against(struct mh_scanner *sc, size_t i)
{
	size_t k = i + 1;
	unsigned ff;

	if (tok_punct(sc, k, ','))
		k++;
	if (!tok_gap(sc, k) || !tok_is(sc, k + 1, KW_NOT) ||
	    !tok_gap(sc, k + 2) || !cap_word(sc, k + 3))
		return 0;
	ff = fullflags(sc, k + 3);
	return (ff & (MH_NAMES_PROPER | MH_NAMES_CITY)) ||
	    (ff && !(ff & ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST)));
}

/* The nouns of where one lives, works or is seen before "in" and a
 * town (lone_town_of()): "my flat in Croydon", "a job in Ikeja". */
static const char *const town_of_heads[] = {"job", "flat", "house", "home",
    "place", "uni", "college", "work", "family", "relatives", "folks", NULL};

/* Is the word v, before the "in" at v + 2, someone or something that
 * is somewhere: a relation ("my gp in Croydon", "her parents in"), a
 * facility's word ("the clinic in"), a noun of town_of_heads[], a
 * pronoun as an object after "with" ("moved in with us in Enugu"), or
 * a name or a place taken just before ("aunty Funke in Ikeja", "the
 * Polish Community Counselling Service in Ealing")?  lone_town() asks
 * it where no cue of living comes before. */
static int
lone_town_of(struct mh_scanner *sc, size_t v)
{
	if (sc->t[v].kind != T_WORD)
		return 0;
	/* a person's name or a place's ("at the Polish Community
	 * Counselling Service in Ealing") */
	if (sc->nsp &&
	    (sc->sp[sc->nsp - 1].type == MH_SCAN_NAME ||
	        sc->sp[sc->nsp - 1].type == MH_SCAN_LOCATION) &&
	    sc->sp[sc->nsp - 1].end == tend(&sc->t[v]))
		return 1;
	/* a pronoun only after "with": "drew her in Photoshop", "put me in
	 * Ketosis" */
	if (object_word(sc, v) || tok_is(sc, v, KW_US))
		return v >= 2 && tok_gap(sc, v - 1) &&
		    tok_is(sc, v - 2, KW_WITH);
	return relation_at(sc, v) || plural_rel_at(sc, v) ||
	    (flags(sc, v) & MH_NAMES_FACILITY) ||
	    word_among(sc, v, town_of_heads);
}

/* The words of coming before "to" and a town that only Philter's list
 * holds (lone_town()): "I came to Croydon in 1968". */
static const char *const come_words[] = {"came", "come", "comes", "coming",
    NULL};

/* Is the word i, after a word of coming and "to", followed by when:
 * "in" and a year ("I came to Croydon in 1968") or a stay's span
 * (stay_time_after(): "she's coming to Saugus next week")?  Medicines,
 * apps and words that Philter's list holds alone are said after "came
 * to" without ("then I came to Lexapro", "i came to Photoshop late",
 * "I came to Realise it"). */
static int
come_time_after(struct mh_scanner *sc, size_t i)
{
	return stay_time_after(sc, i) ||
	    (tok_gap(sc, i + 1) && tok_is(sc, i + 2, KW_IN) &&
	        tok_gap(sc, i + 3) && is_year(sc, i + 4));
}

/* Is the capitalised word i after the place cue p a town that only
 * Philter's list holds, which SCOWL lacks in any case (mh_names_lone():
 * "Saugus", "Akureyri", "Framingham"), after a cue of living as a word
 * of PROPER is (proper_town_cue(): "I grew up in Saugus", "I'm from
 * Akureyri", "I live near Haverhill")?  Such words are medicines,
 * apps and words of science as well: after "I'm in" or a word of
 * staying only before a stay's span of time (stay_time_after(): "i'm
 * in Saugus this week", not "i'm in Suboxone now", "i'm in Photoshop
 * rn"), and after "to" only after a word of coming (come_words[]:
 * "I came to Croydon"; "we moved to Lexapro from zoloft", "moved to
 * Sertraline" stay, and "we moved to Saugus last year" is said
 * alike).  So it is after "in" where someone or something is there
 * (lone_town_of(): "my gp in Croydon") or a town is set against it
 * (town_set_against(): "we're in Ipswich not Brisbane"), with no cue of
 * living.  Only inside its sentence, with no flag but COMMON, no
 * clinical word, platform, slang or word ending as a medicine does;
 * the table's probe last. */
static int
lone_town(struct mh_scanner *sc, size_t i, size_t p)
{
	const struct tok *t = &sc->t[i];
	size_t v = p - 2;

	if (fullflags(sc, i) != MH_NAMES_COMMON || t->nletter < 4 ||
	    tok_in(sc, i, KW_CLINICAL | KW_PLATFORM | KW_SLANG | KW_HOLIDAY) ||
	    (tk(sc, i + 1) && sc->t[i + 1].kind == T_POSS) ||
	    clinical_suffix(sc, t) || sentence_initial(sc, i) || p < 2 ||
	    p + 2 != i || !tok_gap(sc, p - 1))
		return 0;
	/* "to" only after a word of coming and before the time of it
	 * (come_time_after(): "I came to Croydon in 1968") */
	if (tok_is(sc, p, KW_TO))
		return word_among(sc, v, come_words) &&
		    come_time_after(sc, i) &&
		    mh_names_lone(sc->nm, sc->s + t->s, tend(t) - t->s);
	/* after "in": set against a town ("we're in Ipswich not
	 * Brisbane"), or after someone or something there ("my gp in
	 * Croydon") */
	if (!(tok_is(sc, p, KW_IN) &&
	        (town_set_against(sc, i) || lone_town_of(sc, v)))) {
		if (!proper_town_cue(sc, i, p))
			return 0;
		/* (proper_town_cue() has read the word before p) */
		if (tok_is(sc, p, KW_IN) && in_stay_word(sc, v) &&
		    !stay_time_after(sc, i))
			return 0;
	}
	return mh_names_lone(sc->nm, sc->s + t->s, tend(t) - t->s);
}

/* The nouns a town's name is said before as no place: "soak in Epsom
 * salts", "in Brussels sprouts heaven", "in Motown mode"
 * (proper_place()). */
static const char *const town_attributes[] = {"salt", "salts", "sprouts",
    "mode", NULL};

/* Is the capitalised word i, right after the place cue p, a town by
 * PROPER with no cue of living before it: a word that SCOWL writes only
 * capitalised and no list but Philter's common words holds (no surname:
 * "a letter from Hoffman"), after a place cue but "at" ("in", "from",
 * "to", "near") ("a psychiatrist in Mississauga", "money from Dubai",
 * "come home to Ibadan", "banned from Tamworth")?  Such words are
 * towns nearly all; not one with an 's ("in Humphrey's"), a clinical,
 * chat's or a holiday's word, nor one before a noun it names as no
 * place ("from Lyme disease", town_attributes[]).  proper_town() has
 * the cues of living, and the stricter test after "I'm in". */
static int
proper_place(struct mh_scanner *sc, size_t i, size_t p)
{
	size_t k = i + 2;

	if (fullflags(sc, i) != (MH_NAMES_COMMON | MH_NAMES_PROPER) ||
	    p + 2 != i || tok_is(sc, p, KW_AT) ||
	    tok_in(sc, i, KW_CLINICAL | KW_PLATFORM | KW_SLANG | KW_HOLIDAY) ||
	    (tk(sc, i + 1) && sc->t[i + 1].kind == T_POSS))
		return 0;
	/* after "I'm in", a word of staying or "growing in", only as
	 * proper_town_cue() says ("stuck in Bursa pain", "a cyst growing
	 * in Bursa") */
	if (tok_is(sc, p, KW_IN) && p >= 2 && tok_gap(sc, p - 1) &&
	    (in_stay_word(sc, p - 2) || word_eq(sc, p - 2, "grew") ||
	        word_eq(sc, p - 2, "growing")))
		return 0;
	return !(tok_gap(sc, i + 1) && tk(sc, k) && sc->t[k].kind == T_WORD &&
	    !sc->t[k].cap &&
	    ((flags(sc, k) & MH_NAMES_EPONYM) || tok_in(sc, k, KW_CLINICAL) ||
	        word_among(sc, k, town_attributes)));
}

/* The words before "in" that take a person after it, or a writer's
 * work ("confided in Patel", "my faith in Obi", "a class in
 * Shakespeare"): name_town() leaves a surname there to the name
 * rules. */
static const char *const in_person_words[] = {"confide", "confided",
    "confiding", "believe", "believed", "believes", "believing", "trust",
    "trusted", "faith", "confidence", "interested", "disappointed", "class",
    "course", "scene", "role", NULL};

/* Is the capitalised word i after the place cue p a name of the lists
 * and no word that names a town there: a surname alone after "in"
 * ("my cousin in Lagos", "we're in Brisbane"; not after a word of
 * in_person_words[]), or a first name or a surname after a cue of
 * living (proper_town_cue(): "moved to Darwin", "I'm from Leeds") or
 * after "from" after a relation ("my housemate from Bristol")?
 * match_name() takes such a word for a person's, and no word is left
 * either way: the label is for the reader, and for one who puts the
 * text back.  A first name after
 * "in" stays a person's ("I believe in Jesus", "my brother in
 * Christ", "I confided in Maya"), as does one with an 's. */
static int
name_town(struct mh_scanner *sc, size_t i, size_t p)
{
	unsigned ff = fullflags(sc, i);
	size_t v;

	if (!ff || (ff & ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST)) ||
	    p + 2 != i || (tk(sc, i + 1) && sc->t[i + 1].kind == T_POSS))
		return 0;
	if (p < 2 || !tok_gap(sc, p - 1))
		return tok_is(sc, p, KW_IN) && !(ff & MH_NAMES_FIRST);
	v = p - 2;
	if (tok_is(sc, p, KW_IN) && !(ff & MH_NAMES_FIRST))
		return !word_among(sc, v, in_person_words);
	/* proper_town_cue() after a word of living or moving, or a form of
	 * "be" (its words first: "to" comes before people more often) */
	return ((tok_in(sc, v, KW_TOWN_VERB) || word_eq(sc, v, "up") ||
	            sc->t[v].contr || sc->t[v].kind == T_POSS ||
	            tok_is(sc, v, KW_IS) || tok_is(sc, v, KW_WAS) ||
	            tok_is(sc, v, KW_IM)) &&
	           proper_town_cue(sc, i, p)) ||
	    (tok_is(sc, p, KW_FROM) && relation_at(sc, v));
}

/* Is the word p ("to", "not") right after a place taken: does the
 * last span taken, a place's, end at the word before it, or at a ','
 * there ("Ipswich not", "Ipswich, not", "Navi Mumbai to")?  With from
 * set, only where a "from" comes before the place's first word ("from
 * Polokwane to"), so "from Monday to", "from Zoloft to" are none.  A
 * place's span has four words at most (match_place_at()). */
static int
place_before(struct mh_scanner *sc, size_t p, int from)
{
	const struct mh_scan_span *l;
	size_t k, f;

	if (sc->nsp == 0 || p < 3 || !tok_gap(sc, p - 1))
		return 0;
	k = p - 2 - tok_punct(sc, p - 2, ',');
	l = &sc->sp[sc->nsp - 1];
	if (l->type != MH_SCAN_LOCATION || l->end != tend(&sc->t[k]))
		return 0;
	if (!from)
		return 1;
	for (; k > 0 && sc->t[k].s > l->start && p - k < 10; k--)
		;
	f = prev_word(sc, k);
	return sc->t[k].s == l->start && f != SIZE_MAX && f + 2 == k &&
	    tok_is(sc, f, KW_FROM);
}

/* May the capitalised word i, alone after a place and "to" or "not",
 * name the place set beside it (place_before())?  Not a relation, a
 * stop word, nor a word of the common list alone that is no lone word
 * of the table ("in Leeds not Mum", "in Leeds not Because i want to");
 * a surname that is a word may ("from Leeds to Reading"). */
static int
pair_town_word(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	unsigned ff = fullflags(sc, i) & ~(unsigned)MH_NAMES_WORD;

	return !(ff & (MH_NAMES_REL | MH_NAMES_STOP)) &&
	    (ff != MH_NAMES_COMMON ||
	        mh_names_lone(sc->nm, sc->s + t->s, tend(t) - t->s));
}

/* Does the possessive at j, after the one capitalised word i after a
 * place cue, join it to a name's word that ends a facility's name ("at
 * Children's Mercy")?  A capitalised word of a name list after it, no
 * relation, month, weekday, state or stop word ("at Kelly's Mom's",
 * "at Grandma's Sunday"), and no chain's before it ("at Kohl's Maya
 * and I"): "at Kelly's Diner" stays as it was.  Out of line: few
 * possessives come here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
poss_place(struct mh_scanner *sc, size_t i, size_t j)
{
	unsigned f;

	if (!tok_gap(sc, j + 1) || !cap_word(sc, j + 2) ||
	    tok_in2(sc, i, KW2_CHAIN))
		return 0;
	f = fullflags(sc, j + 2);
	return (f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	    !(f &
	        (MH_NAMES_REL | MH_NAMES_MONTH | MH_NAMES_WEEKDAY |
	            MH_NAMES_STATE | MH_NAMES_STOP | MH_NAMES_TITLE));
}

/* Capitalised words after "in", "at", "from" or "near": a place ("at
 * Cedar Crest", "at NYU Langone", "at UCSF"), at the word i after the
 * place cue p, which word_rules() finds first (the cue in lower case as
 * the word before, past one '.', ',' or ':': of 35,000 capitalised words
 * over rb.txt all but 3,000 have none, and the call, saving and restoring
 * the registers of the whole rule, cost more than the test).  Returns
 * the end byte or 0. */
static size_t
match_place_at(struct mh_scanner *sc, size_t i, size_t p)
{
	size_t j = i, end = 0;
	int words = 0, caps = 0;

	while (j < sc->nt && sc->t[j].kind == T_WORD &&
	    (sc->t[j].cap || sc->t[j].allcap) &&
	    !(flags(sc, j) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) &&
	    !((flags(sc, j) & MH_NAMES_STATE) &&
	        !(tok_gap(sc, j + 1) && cap_word(sc, j + 2))) &&
	    !stop_cap(sc, j) && words < 4) {
		if (sc->t[j].allcap)
			caps++;
		words++;
		end = tend(&sc->t[j]);
		j++;
		if (tk(sc, j) && sc->t[j].kind == T_POSS &&
		    (words >= 2 || poss_place(sc, i, j)))
			end = tend(&sc->t[j++]); /* "Women's" */
		/* "Brigham & Women's", "Baylor Scott & White" (not "in
		 * Leeds and I'm happy") */
		if (words >= 1 && tok_gap(sc, j) &&
		    (tok_punct(sc, j + 1, '&') || tok_is(sc, j + 1, KW_AND)) &&
		    tok_gap(sc, j + 2) && cap_word(sc, j + 3) &&
		    !stop_cap(sc, j + 3) && !sc->t[j + 3].contr) {
			j += 3;
			continue;
		}
		if (!(tok_gap(sc, j) && tk(sc, j + 1) &&
		        sc->t[j + 1].kind == T_WORD &&
		        (sc->t[j + 1].cap || sc->t[j + 1].allcap)))
			break;
		j++;
	}
	/* "from Calgary to Red Deer", "in Ipswich not Brisbane": what
	 * comes after a place as "to" after "from" does, or "not"
	 * (place_before()) */
	if ((tok_is(sc, p, KW_TO) || tok_is(sc, p, KW_NOT)) && p + 2 == i &&
	    !(words == 1 &&
	        ((tk(sc, j) && sc->t[j].kind == T_POSS) ||
	            !pair_town_word(sc, i))) &&
	    place_before(sc, p, tok_is(sc, p, KW_TO)))
		return end;
	if (tok_is(sc, p, KW_NOT))
		return 0;
	/* one uncommon word and a postcode: "in Tromsdal 9020" */
	size_t pc;
	if (words == 1 && tok_gap(sc, i + 1) &&
	    !(fullflags(sc, i) & (MH_NAMES_COMMON | MH_NAMES_STATE)) &&
	    (pc = place_postcode(sc, i + 2)) != 0)
		return pc;
	if (words >= 2 && (!tok_is(sc, p, KW_TO) || sc->t[i].allcap) &&
	    !(is_first(sc, i) && name_class(sc, i) == C_STRONG &&
	        name_class(sc, i + 2) != C_NONE))
		return end;
	/* one all-capitals word that is not a ward or a test: "at UCSF" */
	if (words == 1 && caps == 1 && tend(&sc->t[i]) - sc->t[i].s >= 3 &&
	    tend(&sc->t[i]) - sc->t[i].s <= 6 && !tok_in(sc, i, KW_CLINICAL) &&
	    !(flags(sc, i) & (MH_NAMES_FIRST | MH_NAMES_STATE)) &&
	    !tok_is(sc, p, KW_IN) &&
	    !(next_word(sc, i) != SIZE_MAX &&
	        (flags(sc, next_word(sc, i)) & MH_NAMES_EPONYM)))
		return end;
	/* "reviewed at Northwestern": one capitalised word after "at"
	 * inside a sentence names a place, unless it is a season or feast,
	 * a chain's with its possessive ("at Kohl's", chains[]) or a
	 * chain's own word ("at Target", stores[]) */
	if (words == 1 && caps == 0 && tok_is(sc, p, KW_AT) &&
	    tend(&sc->t[i]) - sc->t[i].s >= 4 && !sentence_initial(sc, i) &&
	    !(tk(sc, j) && sc->t[j].kind == T_POSS &&
	        tok_in2(sc, i, KW2_CHAIN)) &&
	    !tok_in2(sc, i, KW2_STORE) &&
	    !(flags(sc, i) &
	        (MH_NAMES_STATE | MH_NAMES_WEEKDAY | MH_NAMES_MONTH |
	            MH_NAMES_EPONYM)) &&
	    !tok_in(sc, i, KW_HOLIDAY) &&
	    !(next_word(sc, i) != SIZE_MAX &&
	        (flags(sc, next_word(sc, i)) & MH_NAMES_EPONYM)))
		return end;
	/* "I moved to Hyderabad", "I'm from Vicksburg": one word of
	 * Philter's list of ordinary words that SCOWL writes only
	 * capitalised, after a cue of living or moving, where a word of
	 * no list is taken (match_name()): proper_town() */
	if (words == 1 && caps == 0 && proper_town(sc, i, p))
		return end;
	/* "a psychiatrist in Mississauga": such a word of no other list
	 * after any cue (proper_place()) */
	if (words == 1 && caps == 0 && (fullflags(sc, i) & MH_NAMES_PROPER) &&
	    proper_place(sc, i, p))
		return end;
	/* "I grew up in Saugus": a word that only Philter's list holds
	 * (lone_town()) */
	if (words == 1 && caps == 0 && lone_town(sc, i, p))
		return end;
	/* "my cousin in Lagos", "moved to Darwin": a name's word
	 * (name_town()) */
	if (words == 1 && caps == 0 && name_town(sc, i, p))
		return end;
	return 0;
}

/* Is a country or state written at token j (after an optional comma):
 * a capitalised word of three letters or more that the word table
 * marks as one? */
static int
country_after(struct mh_scanner *sc, size_t j)
{
	if (tok_punct(sc, j, ','))
		j++;
	return tok_gap(sc, j) && cap_word(sc, j + 1) &&
	    (((flags(sc, j + 1) & MH_NAMES_STATE) &&
	         tend(&sc->t[j + 1]) - sc->t[j + 1].s >= 3 &&
	         !state_named(sc, j + 1)) ||
	        land_at(sc, j + 1));
}

/* Is the state at k after the words i to l ("Robert Chen, MD") a
 * physician's degree after a person's name: MD or PA (physician
 * assistant) after a first name and a surname that is no word nor
 * a town's part, as no town is called?  "Frederick, MD", "Silver
 * Spring, MD", "Chevy Chase, MD" stay towns, and so does any after
 * "in", where a place comes ("I'm in Glenn Dale, MD", "Lived in Warren
 * Glenn, PA"), or after "from" or "to" after a word of living or moving
 * (town_verbs[]: "moved to Glenn Dale, MD"); after another word they
 * come before a person as often ("referred to Maya Okafor, MD", "a
 * letter from Maya Okafor, MD"). */
static int
credential_state(struct mh_scanner *sc, size_t i, size_t l, size_t k)
{
	size_t p = prev_word(sc, i);

	if (p != SIZE_MAX && p + 2 == i &&
	    (tok_is(sc, p, KW_IN) ||
	        ((tok_is(sc, p, KW_FROM) || tok_is(sc, p, KW_TO)) &&
	            tok_in(sc, prev_word(sc, p), KW_TOWN_VERB))))
		return 0;
	return l == i + 2 &&
	    (fullflags(sc, i) & (MH_NAMES_FIRST | MH_NAMES_CITYPART)) ==
	    MH_NAMES_FIRST &&
	    (fullflags(sc, l) &
	        (MH_NAMES_LAST | MH_NAMES_COMMON | MH_NAMES_CITY |
	            MH_NAMES_CITYPART)) == MH_NAMES_LAST &&
	    (word_eq(sc, k, "md") || word_eq(sc, k, "pa"));
}

/* A town: capitalised words that are all town names or parts ("New
 * York", "Salt Lake City", "Boston"), any capitalised words before
 * ", CA", or up to three before a country (country_after()).  Returns
 * the end byte or 0. */
static size_t
match_town_at(struct mh_scanner *sc, size_t i)
{
	size_t j = i, end = 0;
	int words = 0, city = 0, parts = 1;

	while (cap_word(sc, j) && words < 4) {
		unsigned f = flags(sc, j);
		if (f & MH_NAMES_CITY)
			city = 1;
		else if (!(f & MH_NAMES_CITYPART))
			parts = 0;
		words++;
		end = tend(&sc->t[j]);
		j++;
		if (!(tok_gap(sc, j) && cap_word(sc, j + 1)))
			break;
		j++;
	}
	if (words && parts && (city || words >= 2))
		return end;
	/* "Springfield, IL" */
	j = tok_from(sc, i, end);
	if (words && words <= 3 && tok_punct(sc, j, ',') &&
	    tok_gap(sc, j + 1) && tk(sc, j + 2) &&
	    sc->t[j + 2].kind == T_WORD && sc->t[j + 2].allcap &&
	    tend(&sc->t[j + 2]) - sc->t[j + 2].s == 2 &&
	    (flags(sc, j + 2) & MH_NAMES_STATE) && !stop_cap(sc, i) &&
	    !(flags(sc, i) & MH_NAMES_TITLE) &&
	    !credential_state(sc, i, j - 1, j + 2))
		return end;
	/* "NUNGATTA Australia", "Tromsdal, Norway": a town of up to three
	 * words before the country or state it is in (which is kept); no
	 * word of it only an everyday word ("Carry Me Back To Canada") */
	for (j = i, words = 0; words < 3 && cap_word(sc, j); j += 2) {
		unsigned f = flags(sc, j);
		if ((f &
		        (MH_NAMES_STATE | MH_NAMES_TITLE | MH_NAMES_REL |
		            MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
		    (f &
		        (MH_NAMES_COMMON | MH_NAMES_FIRST | MH_NAMES_LAST |
		            MH_NAMES_CITY | MH_NAMES_CITYPART)) ==
		        MH_NAMES_COMMON)
			return 0;
		words++;
		if (country_after(sc, j + 1)) {
			/* found: now the dearer tests */
			if (sentence_initial(sc, i) &&
			    (flags(sc, i) & MH_NAMES_COMMON))
				return 0;
			/* "MY SISTER-IN-LAW, GEORGIA", "MY DAUGHTERS
			 * GEORGIA AND VIRGINIA": a relation is no town,
			 * though a plural one before no names may be
			 * ("Sisters, Oregon") */
			for (size_t k = i; k <= j; k += 2)
				if (stop_cap(sc, k) ||
				    tok_in(sc, k, KW_DIRECTION) ||
				    relation_at(sc, k) ||
				    rel_list_last(sc, k, k + 2) != SIZE_MAX)
					return 0;
			return tend(&sc->t[j]);
		}
		if (!tok_gap(sc, j + 1))
			return 0;
	}
	return 0;
}

/* May match_town_at() find a town in run r from i?  Its first walk is
 * the run's first four words: a town when they are all town names or
 * parts, a city among them or two at least; then ", IL" right after
 * three words at most; then a country or state after up to three
 * words, which is a word of the run (with a state's flag) or comes
 * after a ',' right after the run.  ", IL" is a state too: after the
 * ',' only a word with a state's flag two tokens on will do ("Monday,
 * I" will not). */
static inline int
town_possible(struct mh_scanner *sc, size_t i, const struct cap_run *r)
{
	return ((sc->t[i].flags & (MH_NAMES_CITY | MH_NAMES_CITYPART)) &&
	           ((r->flags & MH_NAMES_CITY) || r->n >= 2)) ||
	    (r->flags & MH_NAMES_STATE) ||
	    (tok_punct(sc, r->last + 1, ',') &&
	        ((flags(sc, r->last + 3) & MH_NAMES_STATE) ||
	            tok_in(sc, r->last + 3, KW_LAND_HEAD)));
}

/* A word alone (no capitalised word after it) is a town only as a
 * city, or before ", IL" or ", Norway": match_town_at() finds nothing
 * else there, so most words stop here, inline, without the call. */
static inline size_t
match_town(struct mh_scanner *sc, size_t i)
{
	if (!(tok_gap(sc, i + 1) && cap_word(sc, i + 2)) &&
	    !tok_punct(sc, i + 1, ',') && !(flags(sc, i) & MH_NAMES_CITY))
		return 0;
	return match_town_at(sc, i);
}

/* "Elm Street", "Maple Avenue": a street named without a number. */
static size_t
match_street_name(struct mh_scanner *sc, size_t i)
{
	size_t j = i;
	int words = 0;

	/* the street word comes after one word at least */
	if (!(tok_gap(sc, i + 1) && cap_word(sc, i + 2)))
		return 0;
	while (cap_word(sc, j) && words < 3) {
		unsigned f = flags(sc, j);
		if (words > 0 && (f & MH_NAMES_STREET) &&
		    (tok_is(sc, j, KW_STREET) || tok_is(sc, j, KW_AVENUE) ||
		        tok_is(sc, j, KW_ROAD) || tok_is(sc, j, KW_BOULEVARD) ||
		        tok_is(sc, j, KW_LANE) || tok_is(sc, j, KW_DRIVE) ||
		        tok_is(sc, j, KW_BLVD) || tok_is(sc, j, KW_AVE)))
			/* "Sesame Street", "Wall Street": a show and a
			 * market, as in lower case (not_streets[],
			 * street_on()); with a number or "I live on" they
			 * are still an address */
			return words == 1 && tok_is(sc, j, KW_STREET) &&
			        (word_eq(sc, i, "sesame") ||
			            word_eq(sc, i, "wall"))
			    ? 0
			    : tend(&sc->t[j]);
		if (stop_cap(sc, j))
			return 0;
		words++;
		j++;
		if (!tok_gap(sc, j))
			return 0;
		j++;
	}
	return 0;
}

/* Does the word at j end like a street in a language that writes the
 * number after the name: Bundesstrasse, Pachergasse, Sludevej, Tungata? */
static int
street_morpheme(struct mh_scanner *sc, size_t j)
{
	const struct tok *t = &sc->t[j];
	size_t len = tend(t) - t->s;
	/* every word is tried here: the length (the shortest ending has
	 * three letters and needs two before it) and the last letter turn
	 * most away; only the endings with that last letter are compared */
	if (len < 5)
		return 0;
	int last = lc((unsigned char)sc->s[tend(t) - 1]);
	if (last < 'a' || last > 'z')
		return 0;
	for (uint32_t b = sc->ending_by_last[last - 'a'], k = 0; b;
	     b >>= 1, k++) {
		size_t m = street_endings[k].m;
		if ((b & 1) && len > m + 1 &&
		    eqw(sc->s + tend(t) - m, m, street_endings[k].w))
			return 1;
	}
	return 0;
}

/* The token after the word j of a street's name, its '.' and the blank
 * after them; 0 when no blank follows (the name cannot go on). */
static size_t
street_step(struct mh_scanner *sc, size_t j)
{
	j++;
	if (tok_punct(sc, j, '.'))
		j++;
	return tok_gap(sc, j) ? j + 1 : 0;
}

/* Could match_num_street() succeed at i?  Its walk takes words one by
 * one, each with an optional '.' and one blank after it, and succeeds
 * only on reaching a number after one word at least; any other token
 * ends it with 0, as does a lower-case word after the first that is
 * not a street particle, unless a street word opened the name or a
 * particle comes next; it takes at most 5 words, 7 after a street
 * word.  This walks the same shape with keyword ids only (no word
 * table), so most capitalised words in prose are turned away for a
 * few compares each; "C/" (which starts the walk further on) is let
 * through. */
static int
num_street_shape(struct mh_scanner *sc, size_t i)
{
	size_t j = i;
	int lead = tok_in(sc, i, KW_LEAD_STREET);

	if (tok_punct(sc, i + 1, '/'))
		return 1;
	/* each word takes three tokens at most (street_step), and the
	 * number comes after six at most: none that near, no street */
	size_t far = i + 3 * 6 < sc->nt ? i + 3 * 6 : sc->nt - 1;
	if (sc->t[far].nums == sc->t[i].nums)
		return 0;
	for (int words = 0; j < sc->nt && words < (lead ? 7 : 5); words++) {
		const struct tok *t = &sc->t[j];
		if (t->kind == T_NUM && words > 0)
			return 1;
		if (t->kind != T_WORD ||
		    (words > 0 && !t->cap && !t->allcap && !lead &&
		        !tok_in(sc, j, KW_STREET_PARTICLE) &&
		        !tok_in(sc, j + 2, KW_STREET_PARTICLE)) ||
		    (j = street_step(sc, j)) == 0)
			return 0;
	}
	return 0;
}

/* "Villacher Strasse 89", "on Pod Floriánem 1677": a street name with
 * its number after it, where a cue or the name's ending says so. */
static size_t
match_num_street_at(struct mh_scanner *sc, size_t i)
{
	size_t j = i, p, end;
	int words = 0, morph = 0, cue, rare = 0, lead = 0;

	p = prev_word(sc, i);
	cue = p != SIZE_MAX && !sc->t[p].cap &&
	    (tok_is(sc, p, KW_ON) || tok_is(sc, p, KW_AT) ||
	        tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_ADDRESS) ||
	        tok_is(sc, p, KW_TO) || tok_is(sc, p, KW_OF) ||
	        tok_is(sc, p, KW_WITH));
	/* "C/ Mayor 5": the Spanish abbreviation of calle */
	if (tok_is(sc, i, KW_C) && tok_punct(sc, i + 1, '/') &&
	    tok_gap(sc, i + 2) && cap_word(sc, i + 3))
		j = i + 3, lead = morph = 1;
	while (j < sc->nt && words < (lead ? 7 : 5)) {
		struct tok *t = &sc->t[j];
		if (t->kind == T_NUM && words > 0 && t->ndigit <= 5 &&
		    !tok_punct(sc, j + 1, '%') && !tok_punct(sc, j + 1, ':')) {
			/* "Type 1", "Stage 4": ordinary words and a number */
			if (!(cue || morph) || !(rare || morph))
				return 0;
			end = tend(t);
			/* "Lane 12-3", "Rua Augusta 45-A": the house number
			 * goes on over a '-' and a short number or letter
			 * ("-3" and "-A" were left); three groups are no
			 * number, but a date ("Lane 2023-01-05") or a
			 * telephone number ("Llámame al 555-201-3344", whose
			 * "-3344" was left) */
			if (tok_punct(sc, j + 1, '-') && tk(sc, j + 2) &&
			    sc->t[j + 2].s == tend(&sc->t[j + 1]) &&
			    sc->t[j + 2].kind != T_SPACE &&
			    sc->t[j + 2].kind != T_PUNCT &&
			    tend(&sc->t[j + 2]) - sc->t[j + 2].s <= 4) {
				if (tok_punct(sc, j + 3, '-'))
					return 0;
				end = tend(&sc->t[j + 2]);
			}
			if (tok_punct(sc, j + 1, '.') &&
			    (j + 2 >= sc->nt || sc->t[j + 2].kind == T_SPACE))
				end = tend(&sc->t[j + 1]); /* "u. 97." */
			size_t m = tok_from(sc, j, end);
			if (tok_punct(sc, m, ','))
				m++;
			if (tk(sc, m) && sc->t[m].kind == T_SPACE &&
			    !sc->t[m].nl)
				m++;
			size_t u = units_after(sc, m);
			if (u)
				end = u;
			/* from the token after end, not m: with no unit, m
			 * is already the town */
			return address_tail(sc, tok_from(sc, j, end), end);
		}
		int part = words > 0 && tok_in(sc, j, KW_STREET_PARTICLE);
		if (t->kind != T_WORD ||
		    (flags(sc, j) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
		    ((flags(sc, j) & MH_NAMES_STOP) && !part))
			return 0;
		if (words == 0 && tok_in(sc, j, KW_LEAD_STREET))
			lead = morph = 1; /* "Rua ...", "ul. ..." */
		if (!(t->cap || t->allcap) && !part && !(words == 0 && lead) &&
		    !(words > 0 && lead && lead_lower(sc, j)) &&
		    !(words > 0 && lead_lower(sc, j) && tok_gap(sc, j + 1) &&
		        tok_in(sc, j + 2, KW_STREET_PARTICLE) &&
		        !tok_in(sc, j + 2, KW_PLACE_PARTICLE)))
			return 0;
		/* a street type written after the name: "Kossuth tér",
		 * "Luite tee" */
		if (street_morpheme(sc, j) ||
		    (part && !t->cap && !tok_in(sc, j, KW_PLACE_PARTICLE)))
			morph = 1;
		if (t->kind == T_WORD && !(fullflags(sc, j) & MH_NAMES_COMMON))
			rare = 1;
		words++;
		if ((j = street_step(sc, j)) == 0)
			return 0;
	}
	return 0;
}

/* num_street_shape() turns most words away: inline, without the call. */
static inline size_t
match_num_street(struct mh_scanner *sc, size_t i)
{
	return num_street_shape(sc, i) ? match_num_street_at(sc, i) : 0;
}

/* match_num_street() at a capitalised word i with its run r
 * (cap_run()).  The walk of num_street_shape() passes the run's words
 * as they are, none a number; at its last it has taken n words and
 * goes on only over an optional '.' and a blank, to a token k; from
 * there the number must come within the words it has left, three
 * tokens each.  No number token there (the counts of the tokens say
 * so), no street: most capitalised words, without a call. */
static inline size_t
match_num_street_run(struct mh_scanner *sc, size_t i, const struct cap_run *r)
{
	size_t k, e;
	int lim, dot;

	if (tok_punct(sc, i + 1, '/'))
		return match_num_street(sc, i);
	/* The tests below in the order of what they cost for what they
	 * turn away, over rb.txt's 40,000 capitalised words (callgrind:
	 * 0.3 M).  First the count of numbers, over all the tokens the
	 * number may be among: past i and at most 18 on, as k - 1 below
	 * is past the run's last word, i + 2 * (n - 1), and e is at most
	 * k + 3 * (lim - 1 - n) with k at most i + 2 * n + 1.  About half
	 * of the words have no number so near. */
	e = i + 18 < sc->nt ? i + 18 : sc->nt - 1;
	if (sc->t[e].nums == sc->t[i].nums)
		return 0;
	k = r->last + 1;
	dot = tok_punct(sc, k, '.');
	k += dot;
	if (!tok_gap(sc, k))
		return 0;
	k++;
	/* "on Christmas 2019", "at Easter Sunday 2021": a holiday's year,
	 * which number_rules() dates there (holiday_year()); not "Easter
	 * Road 12" */
	if (!dot && sc->t[k].kind == T_NUM && sc->t[k].ndigit == 4 &&
	    holiday_year(sc, k) != SIZE_MAX)
		return 0;
	/* with no '.' the run ended because word k is no capitalised
	 * word: the walk goes on there only at a number, or at a word in
	 * capitals, after a street word ("Rua"), or at a street particle
	 * or one word before one; most words after a run are none.  The
	 * run's length, tested after this, turns away almost none. */
	if (!dot && sc->t[k].kind != T_NUM &&
	    !(sc->t[k].kind == T_WORD &&
	        (sc->t[k].allcap || tok_in(sc, i, KW_LEAD_STREET) ||
	            tok_in(sc, k, KW_STREET_PARTICLE) ||
	            tok_in(sc, k + 2, KW_STREET_PARTICLE))))
		return 0;
	lim = tok_in(sc, i, KW_LEAD_STREET) ? 7 : 5;
	if (r->n >= lim)
		return 0;
	e = k + 3 * (size_t)(lim - 1 - r->n);
	if (e >= sc->nt)
		e = sc->nt - 1;
	if (k > e || sc->t[e].nums == sc->t[k - 1].nums)
		return 0;
	return match_num_street(sc, i);
}

/* One side of a street corner: capitalised words, numbers and street
 * particles on one line.  Returns the index after it, and sets *named
 * when it holds a capital or a number. */
static size_t
corner_side(struct mh_scanner *sc, size_t j, int *named, size_t *end)
{
	int n = 0;

	*named = 0;
	while (j < sc->nt && n < 7) {
		struct tok *t = &sc->t[j];
		if (t->kind == T_WORD &&
		    (tok_is(sc, j, KW_AND) || stop_cap(sc, j)))
			break;
		if (t->kind == T_WORD || t->kind == T_NUM ||
		    t->kind == T_ALNUM) {
			if (t->cap || t->allcap || t->kind != T_WORD)
				*named = 1;
			*end = tend(t);
			n++;
			j++;
			if (tok_punct(sc, j, '.'))
				j++;
			if (tk(sc, j) && sc->t[j].kind == T_POSS)
				*end = tend(&sc->t[j++]);
			if (!tok_gap(sc, j))
				break;
			j++;
			continue;
		}
		break;
	}
	return n ? j : 0;
}

/* Is the token at j the joint of a street corner's two sides, "and" or,
 * where amp, '&', with a gap after it?  The one test of both forms of a
 * corner: "the corner of Elm Street and 5th Avenue" (match_corner(),
 * "and" only) and "near maple & 5th" (cross_streets()).  After "corner
 * of" a '&' has been left to the rules of names and firms ("corner of
 * Maple & Pine" is a pair of names there, as "Baylor Scott & White"),
 * which taking it here would change. */
static inline int
corner_joint(struct mh_scanner *sc, size_t j, int amp)
{
	return (amp ? and_at(sc, j) : tok_is(sc, j, KW_AND)) &&
	    tok_gap(sc, j + 1);
}

static size_t
match_corner(struct mh_scanner *sc, size_t i)
{
	size_t j, end = 0, end2 = 0;
	int a, b;

	if ((j = corner_side(sc, i, &a, &end)) == 0 || !a)
		return 0;
	if (!corner_joint(sc, j, 0))
		return 0;
	size_t k = corner_side(sc, j + 2, &b, &end2);
	if (k == 0)
		return 0;
	if (!b) {
		/* "... and minik courts": the second side ends in a street
		 * word */
		size_t last = tok_from(sc, j + 2, end2);
		if (last == 0 || !(flags(sc, last - 1) & MH_NAMES_STREET))
			return 0;
	}
	return end2;
}

/* Streets often crossed with a numbered one: "maple & 5th", "5th and
 * main" (cross_streets()). */
static const char *const cross_names[] = {"main", "maple", "elm", "oak", "pine",
    "cedar", "walnut", "park", "market", "broadway", "church", "high", "lake",
    "spring", "mill", "union", "water", "washington", "lincoln", "madison",
    "jefferson", "grand", "state", "center", "central", NULL};

/* Is the word at k an ordinary word and no name of a street: of no
 * first name, surname or street word, nor of cross_names[] ("main")? */
static int
cross_plain(struct mh_scanner *sc, size_t k, unsigned f)
{
	return (f & MH_NAMES_COMMON) &&
	    !(f & (MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_STREET)) &&
	    !word_among(sc, k, cross_names);
}

/* Is the word t of no list chat's shorthand or a misspelling rather
 * than a street's name: of no vowel ("smth", "ppl") or an adverb's
 * ending ("finaly", "realy")?  No street of no list ends so. */
static int
cross_shorthand(const struct mh_scanner *sc, const struct tok *t)
{
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s;

	if (n >= 2 && (w[n - 2] | 0x20) == 'l' && (w[n - 1] | 0x20) == 'y')
		return 1;
	for (size_t j = 0; j < n; j++)
		if (memchr("aeiouy", w[j] | 0x20, 6) != NULL)
			return 0;
	return 1;
}

/* Is the token at k one side of a street corner written with a
 * numbered street (cross_streets()): an ordinal ("5th"), a capitalised
 * word, a word of cross_names[], a word of no list ("wexley"), or any
 * word but a function word before a street word ("maple st")?  Not a
 * rank's place ("at 5th and second place", "at 4th and last place"); a
 * capitalised word no family word, day or month ("came in at 5th and
 * Mom cried", "at 5th and Monday"), and an ordinary word only ending
 * the clause or before a function word or "near" ("at 10th and
 * Rosewood", not "at 5th and Lexapro now", "at 5th and Grade 6"); a
 * word of no list of four letters or more, but not a misspelt adverb
 * nor a shorthand of no vowel ("at 5th and finaly done", "at 5th and
 * smth" stay; "at 5th and wexley tonight" is taken).  The end of the
 * side in *end (its street word too), 0 for none. */
static int
cross_side(struct mh_scanner *sc, size_t k, size_t *end)
{
	const struct tok *t = tk(sc, k);
	long v;
	unsigned f;

	if (t == NULL || t->joined)
		return 0;
	*end = tend(t);
	if (tok_gap(sc, k + 1) && tok_in(sc, k + 2, KW_LOW_STREET) &&
	    (t->kind != T_WORD || !(fullflags(sc, k) & MH_NAMES_STOP)) &&
	    !((word_eq(sc, k + 2, "place") || word_eq(sc, k + 2, "pl")) &&
	        (t->kind != T_WORD || cross_plain(sc, k, fullflags(sc, k))))) {
		*end = tend(&sc->t[k + 2]);
		return 1;
	}
	if (t->kind == T_ALNUM)
		return ordinal(sc, k, &v) && v >= 1 && v <= 199;
	if (t->kind != T_WORD)
		return 0;
	f = fullflags(sc, k);
	if (f & MH_NAMES_STOP)
		return 0;
	if (t->cap)
		return !(f &
		           (MH_NAMES_REL | MH_NAMES_WEEKDAY | MH_NAMES_MONTH |
		               MH_NAMES_WORD)) &&
		    (!cross_plain(sc, k, f) || clause_end_after(sc, k) ||
		        (tok_gap(sc, k + 1) && tk(sc, k + 2) != NULL &&
		            sc->t[k + 2].kind == T_WORD &&
		            (fullflags(sc, k + 2) &
		                (MH_NAMES_STOP | MH_NAMES_PLACECUE))));
	return word_among(sc, k, cross_names) ||
	    (f == 0 && t->nletter >= 4 && !tok_in(sc, k, KW_SLANG) &&
	        !cross_shorthand(sc, t));
}

/* A street corner with a numbered street at the ordinal i, after "at",
 * "near", "on", "of" or "off": "we met near maple & 5th", "the cafe at
 * 5th and main", "at 3rd st and pine".  "came in at 5th and final", "at
 * work and 5th", "on 2nd and 3rd" (no word: days) stay.  Sets *start;
 * returns the end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
cross_streets(struct mh_scanner *sc, size_t i, size_t *start)
{
	static const char *const preps[] = {"at", "near", "on", "of", "off",
	    NULL};
	size_t a, e1, e2, x;

	/* the ordinal first ("5th and main") or second ("maple & 5th") */
	if (!cross_side(sc, i, &e1))
		return 0;
	x = tok_from(sc, i, e1);
	if (tok_gap(sc, x) && corner_joint(sc, x + 1, 1) &&
	    tk(sc, x + 3) != NULL && sc->t[x + 3].kind == T_WORD &&
	    cross_side(sc, x + 3, &e2))
		a = i;
	else if (i >= 4 && corner_joint(sc, i - 2, 1) && tok_gap(sc, i - 3) &&
	    sc->t[i - 4].kind == T_WORD) {
		a = i - 4, e2 = e1;
		/* "maple st & 5th": the street word and its name */
		if (tok_in(sc, a, KW_LOW_STREET) && a >= 2 &&
		    tok_gap(sc, a - 1))
			a -= 2;
		if (!cross_side(sc, a, &e1) || tok_from(sc, a, e1) != i - 3)
			return 0;
	} else
		return 0;
	if (a < 2 || !tok_gap(sc, a - 1) || !word_among(sc, a - 2, preps))
		return 0;
	*start = sc->t[a].s;
	return e2;
}

/* ---- the walk --------------------------------------------------------- */

/* The end of the generic words that end a place's name after a name or
 * place a rule took, its last token at p (the blank after it at p + 1),
 * or 0: "[Jefferson Heights] High", "[Whitmore] Building", "[Miami
 * Edison] Senior High", "[BRIGHTWATER] MENTAL HEALTH".  Written as the
 * name is, capitalised after a capitalised one, in capitals after
 * capitals; in lower case only a street's abbreviation (low_tails[])
 * or, ending the clause, a school's or a mall's word (low_tails_end[]),
 * and not before a name ("emma st louis").  Up to four words, of
 * place_tails[] and fac_quals[], the last of place_tails[]: "Maple
 * Ridge Community" stays "Community". */
static size_t
place_tail(struct mh_scanner *sc, size_t p)
{
	const struct tok *n = &sc->t[p];
	size_t k = p + 2, end = 0;

	if (n->kind != T_WORD || !tok_gap(sc, p + 1))
		return 0;
	if (!n->cap && !n->allcap) {
		if (!tk(sc, k) || sc->t[k].cap || sc->t[k].allcap)
			return 0;
		/* a saint's or a name's word before a name: "emma st
		 * louis", "ava ave maria" */
		size_t a = tok_punct(sc, k + 1, '.') ? k + 2 : k + 1;
		if (tok_gap(sc, a) && tk(sc, a + 1) &&
		    sc->t[a + 1].kind == T_WORD && !stop_cap(sc, a + 1) &&
		    (fullflags(sc, a + 1) &
		        (MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_PROPER |
		            MH_NAMES_CITY)))
			return 0;
		if (tok_in2(sc, k, KW2_LOW_TAIL) ||
		    (tok_in2(sc, k, KW2_LOW_TAIL_END) &&
		        clause_end_after(sc, k)))
			return tend(&sc->t[k]);
		return 0;
	}
	for (int w = 0; w < 4 && tk(sc, k) && sc->t[k].kind == T_WORD &&
	     (n->allcap ? sc->t[k].allcap : sc->t[k].cap && !sc->t[k].allcap);
	     w++, k += 2) {
		if (tok_in2(sc, k, KW2_PLACE_TAIL) &&
		    !(tok_is(sc, k, KW_ST) && saint_after(sc, k)))
			end = tend(&sc->t[k]);
		else if (!tok_in2(sc, k, KW2_FAC_QUAL))
			break;
		if (!tok_gap(sc, k + 1))
			break;
	}
	return end;
}

/* May the name span from start, the blank after it at g, take the
 * generic words after it up to e, and become a place?  Two words or
 * more ("[Wang] Community Health Center") name a place wherever they
 * stand; one word only after a place's cue before the name ("at
 * [Lincoln] High", "on [Harlan] St", "the [Whitmore] Building").
 * Elsewhere one capitalised word after a person's name is a person's
 * surname or the next sentence's first word, run on as chat writes:
 * "call Tom Church tomorrow", "I asked Dr. Moore High blood pressure is
 * my issue", "Jordan Building blocks", "i told sam rd closed"; and
 * after a name with a title, a cue or not.  In capitals, where every
 * word is capitalised, two words too want a cue, or "called" ("I HAVE
 * CALLED [BRIGHTWATER] MENTAL HEALTH"), where "I TOLD SAM HIGH SCHOOL
 * WAS HARD" stays. */
static int
tail_cue(struct mh_scanner *sc, size_t g, size_t start, size_t e)
{
	size_t k = g - 1, p;
	int two = tend(&sc->t[g + 1]) < e;

	if (two && !sc->t[g + 1].allcap)
		return 1;
	while (k > 0 && sc->t[k].s > start)
		k--;
	/* a title's name is a person's, a cue or not: "wrote to Dr. Moore
	 * Medical records are late", "talked to Mr. Hart Church" */
	if (k < 2 || !tok_gap(sc, k - 1) ||
	    (!two && (flags(sc, k) & MH_NAMES_TITLE)))
		return 0;
	p = k - 2;
	return sc->t[p].kind == T_WORD &&
	    ((flags(sc, p) & MH_NAMES_PLACECUE) ||
	        word_among(sc, p, tail_cues) ||
	        (two && tok_is(sc, p, KW_CALLED)));
}

/* emit() of a name or a place that ends before a blank and a word of
 * place_tail()'s: the word is the place's too ("[Whitmore] Building"),
 * a street's the address's ("[Harlan] St").  Its arguments emit()'s, so
 * that emit() jumps to it as it is, and saves no register for it. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
emit_tail(struct mh_scanner *sc, size_t *i, size_t start, size_t end, int type)
{
	size_t g = tok_from(sc, *i + 1, end);
	size_t e = sc->t[g].s == end ? place_tail(sc, g - 1) : 0;

	if (e != 0 && type == MH_SCAN_NAME && !tail_cue(sc, g, start, e))
		e = 0;
	if (e != 0) {
		end = e;
		while (sc->t[g].s < end)
			g++;
		type = tok_in(sc, g - 1, KW_LOW_STREET) ? MH_SCAN_ADDRESS
		                                        : MH_SCAN_LOCATION;
	}
	*i = g;
	return add_span(sc, start, end, type);
}

/* Not inlined: called from 18 places, once per span.  The span is
 * added last, and the spans grown out of line (grow_spans()), so that
 * nothing is kept across a call and no register is saved: a fifth of
 * its instructions were those saves, 0.5 M on rb.txt. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
emit(struct mh_scanner *sc, size_t *i, size_t start, size_t end, int type)
{
	size_t b = end < sc->n ? end : sc->n;
	const struct tok *t = &sc->t[*i + 1];

	/* tok_from(sc, *i + 1, end) without its test of the bound on each
	 * step: the end token starts at the end of the text (tokenize()),
	 * so b stops the walk there at the latest */
	while (t->s < b)
		t++;
	/* a blank and a word of place_tail()'s after a name or a place,
	 * by its bits: the rest out of line (emit_tail()) */
	if (t->mark == MARK_GAP && (sc->kw_sets2[t[1].kw] & KW2_TAILS) &&
	    (type == MH_SCAN_NAME || type == MH_SCAN_LOCATION))
		return emit_tail(sc, i, start, end, type);
	/* (on failure the walk stops, and never reads *i) */
	*i = (size_t)(t - sc->t);
	return add_span(sc, start, end, type);
}

/* Is the word at p a postcode's cue of one word: ZIP, zipcode,
 * postcode, postal or Eircode? */
static inline int
zip_word(const struct mh_scanner *sc, size_t p)
{
	unsigned kw = sc->t[p].kw;

	return kw == KW_ZIP || kw == KW_ZIPCODE || kw == KW_POSTCODE ||
	    kw == KW_POSTAL || kw == KW_EIRCODE || kw == KW_PINCODE;
}

/* zip_cue_before() past the "is", "was" or "code" at p. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
zip_cue_far(struct mh_scanner *sc, size_t p)
{
	if (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)) {
		if ((p = prev_word(sc, p)) == SIZE_MAX)
			return 0;
		if (!tok_is(sc, p, KW_CODE))
			return zip_word(sc, p);
	}
	p = prev_word(sc, p);
	return p != SIZE_MAX &&
	    (tok_is(sc, p, KW_ZIP) || tok_is(sc, p, KW_POST) ||
	        tok_is(sc, p, KW_POSTAL) || tok_is(sc, p, KW_PIN));
}

/* Is the number i followed by "is my zip", "was our postcode" and the
 * like ("60614 is my zip")?  Out of line: asked of a number of four to
 * six digits that nothing else took. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
zip_cue_after(struct mh_scanner *sc, size_t i)
{
	size_t k = i + 2;

	if (!tok_gap(sc, i + 1) ||
	    !(tok_is(sc, k, KW_IS) || tok_is(sc, k, KW_WAS)))
		return 0;
	k += 2;
	if (tok_gap(sc, k - 1) && tok_in(sc, k, KW_POSS_DET))
		k += 2;
	return tok_gap(sc, k - 1) && tk(sc, k) && sc->t[k].kind == T_WORD &&
	    zip_word(sc, k);
}

/* Is the number of five digits at i after "in the" ("i'm in the 94110
 * if that helps"), or after "in" after "I'm" or "we're" ("im in 94110
 * now"), with no noun after it: the clause's end, a small word or
 * "now" (no_noun_after()), and no number after that ("in the 10000
 * steps club", "in the 50000 to 60000 range" stay)? */
static int
in_the_zip(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), q;

	if (p == SIZE_MAX || p + 2 != i || (q = prev_word(sc, p)) == SIZE_MAX ||
	    q + 2 != p ||
	    !(tok_is(sc, p, KW_THE)
	            ? tok_is(sc, q, KW_IN)
	            : tok_is(sc, p, KW_IN) && word_among(sc, q, am_words)))
		return 0;
	if (!no_noun_after(sc, i))
		return 0;
	return !(tok_gap(sc, i + 1) && tok_gap(sc, i + 3) && tk(sc, i + 4) &&
	    sc->t[i + 4].kind == T_NUM);
}

/* A number of five digits that the words around it make a ZIP: "I
 * live in 60614", "i live in the 60614 zip code", "the 90210 area", "plz
 * 10115", "meine PLZ ist 10115" (a German one; "plz" is also "please",
 * and takes only five digits).  After "in" the word of living before it
 * (town_verbs[]) and the clause's end or a postcode's word after it
 * ("I live in 10000 sq ft" stays); or "in the" and no noun after it
 * (in_the_zip()).  Out of line: asked of a number that nothing else
 * took. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
zip_context(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);
	int zip_next = tok_gap(sc, i + 1) && tk(sc, i + 2) &&
	    sc->t[i + 2].kind == T_WORD &&
	    (zip_word(sc, i + 2) || word_eq(sc, i + 2, "area"));

	if (p == SIZE_MAX)
		return 0;
	if (word_eq(sc, p, "plz") || (tok_is(sc, p, KW_THE) && zip_next))
		return 1; /* "the 90210 area" */
	if (word_eq(sc, p, "ist") && word_eq(sc, prev_word(sc, p), "plz"))
		return 1;
	return (live_in_before(sc, i, 1) &&
	           (zip_next || day_clause_end(sc, i))) ||
	    in_the_zip(sc, i);
}

/* Is token p, in capitals, an Australian state's code, before a
 * postcode of four digits at token i ("Sydney NSW 2000")?  ACT, SA, WA
 * and NT are words or US codes too: before them a year-like number
 * (1900 to 2099) is no postcode; nor before the others with a finite
 * verb after it, a year's season in the state ("NSW 2019 was hard",
 * but "I live in NSW 2000"). */
static int
au_state_before(struct mh_scanner *sc, size_t p, size_t i)
{
	const char *w = sc->s + sc->t[p].s, *num = sc->s + sc->t[i].s;
	size_t len = tend(&sc->t[p]) - sc->t[p].s;
	int year = (num[0] == '1' && num[1] == '9') ||
	    (num[0] == '2' && num[1] == '0');

	if (eqw(w, len, "nsw") || eqw(w, len, "vic") || eqw(w, len, "qld") ||
	    eqw(w, len, "tas"))
		return !(
		    year && tok_gap(sc, i + 1) && tok_in(sc, i + 2, KW_FINITE));
	return !year &&
	    (eqw(w, len, "act") || eqw(w, len, "sa") || eqw(w, len, "wa") ||
	        eqw(w, len, "nt"));
}

/* Is a postcode's cue the word before token i: ZIP, zipcode,
 * postcode, postal, Eircode, or "zip code", "post code", "postal code";
 * also before "is" or "was" ("my zip is 90210", which was kept)?  The
 * word's own test inline: most numbers have none of these before them. */
static inline int
zip_cue_before(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);

	if (p == SIZE_MAX)
		return 0;
	if (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS) ||
	    tok_is(sc, p, KW_CODE))
		return zip_cue_far(sc, p);
	return zip_word(sc, p);
}

/* After "ZIP:" any postcode shape at the number i: 394 13, 53-320,
 * 1234 AB, with a state's code after it, and UK and Irish ones in lower
 * case ("sw1a 1aa", "d02 x285": two tokens of letters and digits, the
 * second of three or four bytes, which only the cue makes a postcode).
 * Returns its end byte or 0.  The cue's test first, inline: most
 * numbers have no such word before them. */
static size_t zip_after_cue_at(struct mh_scanner *sc, size_t i);
static inline size_t
zip_after_cue(struct mh_scanner *sc, size_t i)
{
	return zip_cue_before(sc, i) ? zip_after_cue_at(sc, i) : 0;
}

static size_t
zip_after_cue_at(struct mh_scanner *sc, size_t i)
{
	size_t e, k;
	const struct tok *a = &sc->t[i], *b;

	if (a->kind == T_ALNUM && a->nupper == 0 && tend(a) - a->s >= 2 &&
	    tend(a) - a->s <= 4 && isalpha_a((unsigned char)sc->s[a->s]) &&
	    tok_gap(sc, i + 1) && (b = tk(sc, i + 2)) != NULL &&
	    b->kind == T_ALNUM && b->nupper == 0 && tend(b) - b->s >= 3 &&
	    tend(b) - b->s <= 4)
		return tend(b);
	if ((e = postcode_at(sc, i)) == 0)
		return 0;
	k = tok_from(sc, i, e);
	if (tok_gap(sc, k) && tk(sc, k + 1) && sc->t[k + 1].kind == T_WORD &&
	    sc->t[k + 1].allcap && tend(&sc->t[k + 1]) - sc->t[k + 1].s == 2)
		return tend(&sc->t[k + 1]);
	return e;
}

/* Is the token at i a number with no digit group joined to it (no '-',
 * '.', '/' or ' ' and a digit after it, as parse_groups() reads them),
 * all digits: one group, as parse_groups() would find it?  Always
 * inline: GCC put it out of line when match_lower_name() or
 * number_rules() grew (rb4: +0.14 M instructions in its calls). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
one_group(const struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t e = tend(t);

	size_t l;

	return t->kind == T_NUM && t->ndigit == e - t->s &&
	    !(e + 1 < sc->n && group_sep(u, sc->n, e, &l) && e + l < sc->n &&
	        isdig(u[e + l]));
}

/* Is the number token i the age over 89 taken before in this text
 * (sc->age_seen), written alone: "my dad is 99 and in the hospital
 * again. 99!!" kept the second, which has no cue of its own. */
static int
same_age(struct mh_scanner *sc, size_t i)
{
	long v;

	return num_val(sc, i, &v) != 0 && v == sc->age_seen &&
	    sc->s[sc->t[i].s] != '0' && one_group(sc, i);
}

/* May walk() pass the number at i without number_rules()?  A number of
 * one or two digits, one group (one_group()), "5 days", "age 34", is
 * half of the numbers walk() reads.  With no cue before it, no rule of
 * number_rules() takes it but a postcode after "ZIP": no date (two
 * groups at least), no crisis line (three digits at least), no SSN,
 * card, ID or phone; only that is asked.  Over the bench corpus 7,500
 * of 14,000 numbers, which were passed here after the call. */
static inline int
number_passes(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];

	return t->kind == T_NUM && tend(t) - t->s <= 2 && one_group(sc, i) &&
	    !(sc->cue_type >= 0 && i - sc->cue_tok <= 6) &&
	    !(tend(t) < sc->n && (unsigned char)sc->s[tend(t)] >= 0xE5) &&
	    zip_after_cue(sc, i) == 0;
}

/* A date written in Chinese or Japanese from the number ending at byte
 * e: a year's 年 then a month's 月, or a month's 月 then a day's 日
 * ("2024年3月14日", "3月14日"): its end, or 0. */
static size_t
cjk_date_end(const unsigned char *u, size_t n, size_t e, long first)
{
	static const unsigned char nian[] = {0xE5, 0xB9, 0xB4},
	                           yue[] = {0xE6, 0x9C, 0x88},
	                           ri[] = {0xE6, 0x97, 0xA5};
	size_t p = e, d;
	int year = 0;

	if (p + 3 <= n && memcmp(u + p, nian, 3) == 0) {
		year = 1;
		p += 3;
		for (d = p; d < n && d - p < 2 && isdig(u[d]); d++)
			;
		if (d == p || d + 3 > n || memcmp(u + d, yue, 3) != 0)
			return 0;
		p = d + 3;
	} else if (first < 1 || first > 12 || p + 3 > n ||
	    memcmp(u + p, yue, 3) != 0)
		return 0;
	else
		p += 3;
	for (d = p; d < n && d - p < 2 && isdig(u[d]); d++)
		;
	if (d > p && d + 3 <= n && memcmp(u + d, ri, 3) == 0)
		return d + 3;
	return year ? p : 0;
}

/* The end of a phone number ending at byte e in u (n bytes), with its
 * extension if one follows: "x4587", " x204", " x 4412", " ext. 12",
 * ", ext 12", " extension 4587" (at most six digits; three at least
 * after "x" and a blank, as "x 2" and "x 20 more times" are counts);
 * else e. */
static size_t
phone_ext_end(const unsigned char *u, size_t n, size_t e)
{
	size_t p = e, d, least = 1;

	if (p < n && u[p] == ',')
		p++;
	while (p < n && u[p] == ' ' && p - e < 3)
		p++;
	if (p + 1 < n && (u[p] | 0x20) == 'x' && isdig(u[p + 1]))
		p++;
	else if (p + 2 < n && p > e && (u[p] | 0x20) == 'x' &&
	    u[p + 1] == ' ' && isdig(u[p + 2]))
		p += 2, least = 3;
	else if (p + 3 < n && strncasecmp((const char *)u + p, "ext", 3) == 0) {
		p += 3;
		if (p + 6 <= n &&
		    strncasecmp((const char *)u + p, "ension", 6) == 0)
			p += 6;
		else if (p < n && u[p] == '.')
			p++;
		if (p < n && u[p] == ':')
			p++;
		while (p < n && u[p] == ' ' && p - e < 16)
			p++;
	} else
		return e;
	for (d = p; d < n && d - p < 7 && isdig(u[d]); d++)
		;
	if (d - p < least || d - p > 6 || (d < n && isalnum_a(u[d])))
		return e;
	return d;
}

/* Is token j what stands between a phone number's cue and the number:
 * ':' or "me", "at", "on", "is" ("call me at", "my number is")? */
static int
phone_filler(struct mh_scanner *sc, size_t j)
{
	unsigned kw = sc->t[j].kw;

	return tok_punct(sc, j, ':') || kw == KW_ME || kw == KW_AT ||
	    kw == KW_ON || kw == KW_IS;
}

/* Is the token before i, over a ':' or the words "me", "at", "on" and
 * "is" (three at most), a phone number's cue: "call me at", "my number
 * is", "cell:", "reach me on"? */
static int
phone_cue_before(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);

	for (int k = 0; k < 4 && p != SIZE_MAX; k++) {
		const struct tok *t = &sc->t[p];
		if (t->kind == T_WORD && (sc->kw_sets[t->kw] & KW_PHONE_CUE))
			return 1;
		if (!phone_filler(sc, p))
			return 0;
		p = prev_tok(sc, p);
	}
	return 0;
}

/* A phone number of single digits apart by one blank from the number
 * at i, "5 5 5 2 0 1 3 3 4 4": its end, or 0.  Ten or eleven digits
 * and a cue before (phone_cue_before()): a questionnaire's answers
 * are written so too ("0 1 2 3 1 0 2 1 3", nine of the PHQ-9, seven of
 * the GAD-7), and no count of digits tells them apart, only the cue. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
spaced_phone(struct mh_scanner *sc, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n, p = sc->t[i].s, e;
	int d = 0;

	/* not the tail of a longer run */
	if (p >= 2 && u[p - 1] == ' ' && isdig(u[p - 2]))
		return 0;
	for (;;) {
		if (p + 1 < n && isdig(u[p + 1]))
			return 0; /* a group of two digits or more */
		d++;
		e = p + 1;
		if (d > 11 || e + 1 >= n || u[e] != ' ' || !isdig(u[e + 1]))
			break;
		p = e + 1;
	}
	if ((d != 10 && d != 11) || (e < n && isalnum_a(u[e])) ||
	    !phone_cue_before(sc, i))
		return 0;
	return e;
}

/* The digit a word of len bytes at w names, "zero" to "nine", with
 * "oh" and "o" for zero (spelled_phone() reads them only in a run of
 * such words); or -1. */
static int
digit_word(const char *w, size_t len)
{
	/* by the first letter: most words after a cue are none ("phone
	 * call", "number of") */
	switch (lc((unsigned char)w[0])) {
	case 'z': return eqw(w, len, "zero") ? 0 : -1;
	case 'o':
		return eqw(w, len, "o") || eqw(w, len, "oh") ? 0
		    : eqw(w, len, "one")                     ? 1
		                                             : -1;
	case 't': return eqw(w, len, "two") ? 2 : eqw(w, len, "three") ? 3 : -1;
	case 'f': return eqw(w, len, "four") ? 4 : eqw(w, len, "five") ? 5 : -1;
	case 's': return eqw(w, len, "six") ? 6 : eqw(w, len, "seven") ? 7 : -1;
	case 'e': return eqw(w, len, "eight") ? 8 : -1;
	case 'n': return eqw(w, len, "nine") ? 9 : -1;
	default: return -1;
	}
}

/* The word between two groups of a phone number said aloud: " dash ",
 * " hyphen ", " dot " and, before the last group alone, " and " ("555
 * dash 201 dash 3344", "555 201 and 3344").  At p, after a group's
 * blank: the byte after the word and its blank, and in *last whether it
 * was "and"; or 0. */
static size_t
phone_sep_word(const unsigned char *u, size_t n, size_t p, int *last)
{
	size_t w;

	for (w = p; w < n && isalpha_a(u[w]); w++)
		;
	if (w + 1 >= n || u[w] != ' ')
		return 0;
	*last = eqw((const char *)u + p, w - p, "and");
	if (*last || eqw((const char *)u + p, w - p, "dash") ||
	    eqw((const char *)u + p, w - p, "hyphen") ||
	    eqw((const char *)u + p, w - p, "dot"))
		return w + 1;
	return 0;
}

/* A phone number said as chat writes it, from byte p: groups of digit
 * words (each one digit, "five five five") or of digits, apart by a
 * blank, ", ", a '-', or a word of phone_sep_word() ("555 dash 201 dash
 * 3344", "five five five 201 3344", "555 and 201 and 3344").  After a
 * cue (cued): seven digits (a local number), ten or eleven; digits in a
 * group of three or four, and a group of four is the last ("call me at
 * 555 201 3344 one more time" ends before "one").  Without the cue, ten
 * digits as 3, 3 and 4 apart by the words, or seven as 3 and 4 apart by
 * "dash" or "hyphen" (a local number, "555 dash 3344": a range is
 * written with a '-' or "to"): "5 dash 10 minutes", "rated it 7 dash 8",
 * "pages 123 dash 456" are no such thing.  Digits alone apart by signs
 * and blanks are number_rules()' (their type may be a fax's or a
 * nation's ID): a number here has a digit word or a word between
 * groups.  Its end, or 0. */
static size_t
said_phone(const unsigned char *u, size_t n, size_t p, int cued)
{
	size_t w, e = 0, q;
	struct groups g; /* the digit groups' ranges alone */
	int d = 0, words = 0, said = 0, last = 0, by_and = 0, dots = 0, a;

	g.n = 0;

	while (p < n) {
		if (isdig(u[p])) {
			for (w = p; w < n && isdig(u[w]); w++)
				;
			/* groups of three or four, and a country's "1"
			 * first ("text me 1 555 dash 201 dash 3344") */
			if (!(w - p == 1 && u[p] == '1' && d == 0 && cued) &&
			    (w - p < 3 || w - p > 4))
				break;
			if (w < n && (isalpha_a(u[w]) || u[w] == '\''))
				break;
			d += (int)(w - p);
			/* (eleven digits hold four groups at most, the
			 * first a "1"; the count keeps g's ranges safe
			 * whatever a group's length becomes) */
			if (d > 11 || g.n == 8)
				return 0;
			g.gs[g.n] = p;
			g.ge[g.n++] = w;
		} else {
			for (w = p; w < n && isalpha_a(u[w]); w++)
				;
			if (w == p || w - p > 5 ||
			    digit_word((const char *)u + p, w - p) < 0)
				break;
			if (!cued || ++d > 11)
				return 0;
			words++;
		}
		e = w;
		/* a last group: after "and" (but a group of three, "555 and
		 * 201 and 3344"), or of four */
		if ((last && (words || glen(&g, g.n - 1) != 3)) ||
		    (g.n > 0 && glen(&g, g.n - 1) == 4))
			break;
		/* to the next group: '-', ", ", a blank or a word */
		if (w < n && u[w] == '-') {
			p = w + 1;
			continue;
		}
		if (w < n && u[w] == ',')
			w++;
		if (w + 1 >= n || u[w] != ' ')
			break;
		p = w + 1;
		if (isalpha_a(u[p]) && (q = phone_sep_word(u, n, p, &a)) != 0 &&
		    (isdig(u[q]) || (cued && !a))) {
			said = 1;
			dots += lc(u[p + 1]) == 'o'; /* "dot", no "dash" */
			by_and |= a;
			last = a;
			p = q;
		}
	}
	if (d == 0 || (words == 0 && !said) || (by_and && d < 10))
		return 0;
	/* without the cue three groups of three, three and four digits,
	 * no country's "1", which only a cue lets in (no area code's test
	 * of nanp_groups(): "123 dash 456 dash 7890" is written so only of
	 * a phone number), or a local number of three and four apart by
	 * "dash" or "hyphen" (no "dot"), its first digit no 0 or 1 and its
	 * first group no round hundred ("i ran the 400 dash 2022", a
	 * sprint's); and no round numbers (groups_round()) */
	if (!cued) {
		if (!said || groups_round(u, &g))
			return 0;
		if (groups_334(&g, 0))
			return e;
		return g.n == 2 && !dots && glen(&g, 0) == 3 &&
		        glen(&g, 1) == 4 && u[g.gs[0]] >= '2' &&
		        !(u[g.gs[0] + 1] == '0' && u[g.gs[0] + 2] == '0')
		    ? e
		    : 0;
	}
	if (d != 7 && d != 10 && d != 11)
		return 0;
	return e;
}

/* A phone number after the cue word i ("call", "text", "number" ...)
 * and "me", "at", "on", "is" or ':', in words or said as chat writes
 * it (said_phone()): "my number is five five five, two oh one, three
 * three four four", "text me on five-five-five two-oh-one ...", "text
 * me five five five 201 3344", "my number is 555 dash 201 dash 3344".
 * Without the cue digits in words are anything ("one two three,
 * breathe").  Its end, and its first byte in *start; or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
spelled_phone(struct mh_scanner *sc, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t n = sc->n, j = skip_space(sc, i + 1), e;

	for (int k = 0; k < 3 && j < sc->nt && phone_filler(sc, j); k++)
		j = skip_space(sc, j + 1);
	/* a word, or a group of three or four digits or a country's "1"
	 * and a blank ("number 2", "call 911", "call 555-201-3344",
	 * number_rules()' to take, turned away here) */
	if (j >= sc->nt ||
	    !(sc->t[j].kind == T_WORD ||
	        (sc->t[j].kind == T_NUM &&
	            (sc->t[j].ndigit == 3 || sc->t[j].ndigit == 4 ||
	                (sc->t[j].ndigit == 1 && u[sc->t[j].s] == '1')) &&
	            tok_gap(sc, j + 1))))
		return 0;
	if ((e = said_phone(u, n, sc->t[j].s, 1)) == 0 ||
	    (e < n && (isalnum_a(u[e]) || u[e] == '\'')))
		return 0;
	e = phone_ext_end(u, n, e); /* "... 3344 ext 12" */
	*start = sc->t[j].s;
	return e;
}

static int fax_before(struct mh_scanner *sc, size_t i);

/* What said_run() read of a number said one digit at a time. */
struct said_run {
	char d[16];   /* its first digits (crisis_digits() reads 15) */
	int nd;       /* its digits, all of them */
	int letters;  /* its letters */
	int trail;    /* of those, after its last digit */
	size_t last;  /* its last token */
	size_t lastd; /* its last digit's token */
};

/* Add digit d, times times, to r. */
static void
said_put(struct said_run *r, int d, int times)
{
	for (; times > 0; times--, r->nd++)
		if (r->nd < (int)sizeof(r->d))
			r->d[r->nd] = (char)('0' + d);
}

/* The value of a word of number_words[] from "eleven" to "ninety", 11
 * to 90; or -1.  No "ten", which ends a count ("one two ... nine ten")
 * more often than it is said inside a number. */
static int
teens_tens_value(const char *w, size_t len)
{
	for (size_t k = NW_TEN + 1; k < NW_HUNDRED; k++)
		if (number_words[k].m == len && eqw(w, len, number_words[k].w))
			return k < NW_TWENTY ? (int)k + 1
			                     : (int)(k - NW_TWENTY + 2) * 10;
	return -1;
}

/* The unit said after a ten at token k, "sixty five", of a run said
 * one digit at a time (said_run()): its digit, and its token in *e; or
 * 0 for none ("sixty", "fifteen"). */
static int
said_unit(struct mh_scanner *sc, size_t k, int value, size_t *e)
{
	const struct tok *t = tk(sc, k + 2);
	int d;

	if (value % 10 != 0 || value < 20 || !tok_gap(sc, k + 1) || t == NULL ||
	    t->kind != T_WORD)
		return 0;
	/* (no zero: "sixty oh" is two numbers) */
	if ((d = digit_word(sc->s + t->s, tend(t) - t->s)) <= 0)
		return 0;
	*e = k + 2;
	return d;
}

/* Is a digit word, or a ten or a teen, said after a blank after the
 * token at e, inside the same group of a run said (said_run())? */
static int
said_digit_next(struct mh_scanner *sc, size_t e)
{
	const struct tok *t = tk(sc, e + 2);
	size_t len;

	if (!tok_gap(sc, e + 1) || t == NULL || t->kind != T_WORD)
		return 0;
	len = tend(t) - t->s;
	return digit_word(sc->s + t->s, len) >= 0 ||
	    teens_tens_value(sc->s + t->s, len) >= 0;
}

/* A number said one digit at a time from token j, as voice typing
 * writes it: digit words (digit_word(), "oh" for zero), "double" or
 * "triple" before one ("double oh" is 00), "hundred" after one ("nine
 * hundred" is 900), after the first digit two said as one number
 * ("nine eight seven sixty five four" is 987654, "fifteen" 15, "sixty"
 * 60; no "ten": teens_tens_value(); but not after a group's one digit
 * with no digit after them, which is a time of day: "seven thirty,
 * eight fifteen"), and letters of one byte, an ID's
 * or a postcode's ("m r four four seven ...", "b one four seven t y";
 * not "i", nor but in a postcode (zip) an "a" with no letter after it:
 * "... seven a lot"), and a postcode's first two letters as one word
 * ("sw one a one a a"), apart by a blank or ", ".  Fills r; r->last is
 * SIZE_MAX for no such word. */
static void
said_run(struct mh_scanner *sc, size_t j, int zip, struct said_run *r)
{
	int g = 0; /* r->nd at the start of the group that k is in */

	memset(r, 0, sizeof(*r));
	r->last = SIZE_MAX;
	for (size_t k = j; r->nd + r->letters < 24;) {
		const struct tok *t = tk(sc, k);
		if (t == NULL || t->kind != T_WORD || t->hyphen || t->contr)
			break;
		const char *w = sc->s + t->s;
		size_t len = tend(t) - t->s, e = k;
		int d = digit_word(w, len), times = 1;
		if (d < 0 && (len == 1 || (len == 2 && zip && k == j))) {
			/* a letter, or a postcode's first two ("sw one a
			 * one a a") */
			if (lc((unsigned char)w[0]) == 'i' ||
			    (lc((unsigned char)w[0]) == 'a' && !zip &&
			        !(tok_gap(sc, k + 1) && tk(sc, k + 2) &&
			            sc->t[k + 2].kind == T_WORD &&
			            tend(&sc->t[k + 2]) - sc->t[k + 2].s == 1)))
				break;
			r->letters += (int)len;
			r->trail += (int)len;
		} else {
			if (d < 0 && tok_gap(sc, k + 1) &&
			    (eqw(w, len, "double") || eqw(w, len, "triple")) &&
			    tk(sc, k + 2) && sc->t[k + 2].kind == T_WORD) {
				e = k + 2;
				times = lc((unsigned char)w[0]) == 't' ? 3 : 2;
				d = digit_word(sc->s + sc->t[e].s,
				    tend(&sc->t[e]) - sc->t[e].s);
			}
			if (d < 0 && r->nd > 0 && len >= 3 && len <= 9 &&
			    (d = teens_tens_value(w, len)) >= 0) {
				d += said_unit(sc, k, d, &e);
				/* an hour and its minutes, a group of their
				 * own: "text me at seven thirty, eight
				 * fifteen" */
				if (r->nd - g == 1 && !said_digit_next(sc, e))
					break;
				said_put(r, d / 10, 1);
				d %= 10;
			}
			if (d < 0)
				break;
			said_put(r, d, times);
			if (times == 1 && tok_gap(sc, e + 1) &&
			    word_eq(sc, e + 2, "hundred")) {
				said_put(r, 0, 2);
				e += 2;
			}
			r->trail = 0;
			r->lastd = e;
		}
		r->last = e;
		if (tok_gap(sc, e + 1))
			k = e + 2;
		else if (tok_punct(sc, e + 1, ',') && tok_gap(sc, e + 2))
			k = e + 3, g = r->nd;
		else
			break;
	}
}

/* The end of a crisis line said one digit at a time whose last digits
 * are the word after the run r, as a keypad's letters: "one eight
 * hundred two seven three talk" is 1-800-273-TALK; or 0. */
static size_t
said_crisis_word(struct mh_scanner *sc, const struct said_run *r)
{
	const struct tok *t = tk(sc, r->lastd + 2);
	char d[sizeof(r->d)];
	size_t m = (size_t)r->nd;

	if (!tok_gap(sc, r->lastd + 1) || t == NULL || t->kind != T_WORD ||
	    m + (tend(t) - t->s) >= sizeof(d))
		return 0;
	memcpy(d, r->d, m);
	for (size_t p = t->s; p < tend(t); p++) {
		unsigned c = (unsigned)lc((unsigned char)sc->s[p]) - 'a';
		if (c >= 26)
			return 0;
		d[m++] = keypad[c];
	}
	return crisis_digits(sc, d, m) ? tend(t) : 0;
}

/* The end of a phone number said one digit at a time from token j
 * after a phone's cue i (said_number_at()), and its type in *type:
 * seven to fifteen digits, up to the last (a letter after it is
 * chat's: "... four three u can call me").  A crisis line said so,
 * also with a keypad's word for its last digits (said_crisis_word()),
 * is passed whole (*type -1), and so are digits right after the cue
 * that count up or down by one: "when we reach nine eight seven six
 * five four three two one", "ring ring one two three four five six
 * seven eight" ("my number is one two ..." gives one).  0 for none. */
static size_t
said_phone_end(struct mh_scanner *sc, size_t i, size_t j,
    const struct said_run *r, int *type)
{
	size_t end;
	int step, k = 1;

	if (r->nd < 7 || r->nd > 15)
		return 0;
	step = r->d[1] - r->d[0];
	while (j == i + 2 && k < r->nd && (step == 1 || step == -1) &&
	    r->d[k] - r->d[k - 1] == step)
		k++;
	*type = -1;
	if (k == r->nd || crisis_digits(sc, r->d, (size_t)r->nd))
		return tend(&sc->t[r->lastd]);
	if ((end = said_crisis_word(sc, r)) != 0)
		return end;
	*type = fax_before(sc, i) ? MH_SCAN_FAX : MH_SCAN_PHONE;
	return tend(&sc->t[r->lastd]);
}

/* The type of the number said after the cue word i of said_cues[]
 * ("my social is ..."), or before "number" ("my sin number", "social
 * security number"): a national number's, a health number's, or an
 * ID's; -1 for none of those. */
static int
said_cue_type(struct mh_scanner *sc, size_t i)
{
	if (word_eq(sc, i, "security"))
		i = prev_word(sc, i);
	if (!tok_in(sc, i, KW_SAID_CUE | KW_SAID_IDCUE))
		return -1;
	if (word_eq(sc, i, "social") || word_eq(sc, i, "sin") ||
	    word_eq(sc, i, "ssn"))
		return MH_SCAN_SSN;
	if (word_eq(sc, i, "nhs") || word_eq(sc, i, "mrn"))
		return MH_SCAN_MRN;
	if (word_eq(sc, i, "medicare") || word_eq(sc, i, "ohip"))
		return MH_SCAN_HEALTHPLAN;
	return MH_SCAN_ID;
}

/* A number said one digit at a time (said_run()) from token j, after
 * the cue word i and "is", "me", "on", "at" or ':', of the type the
 * cue says (*type): after a word of said_cues[] or "number" after one
 * or after an ID's cue, an ID of seven digits or more, or five and
 * letters ("my social is nine eight seven six five four three two
 * one", "my patient number is a b c one two three four five six",
 * "medical record number m r four four seven one nine two"); after a
 * phone's cue, a phone number of seven digits or more ("my number is
 * oh seven seven double oh nine hundred two four one"); after a
 * postcode's word, a postcode of four to six digits or five to eight
 * digits and letters ("post code is b one four seven t y"); after "area
 * code" three digits ("thats area code three one two").  A crisis line
 * said so stays (*type -1: "call one eight oh oh two seven three eight
 * two five five").  Digit words without the cue are anything ("five
 * four three two one", the grounding exercise).  Its end, and its start
 * in *start; or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
said_number_at(struct mh_scanner *sc, size_t i, size_t j, size_t *start,
    int *type)
{
	size_t p = prev_word(sc, i), end;
	struct said_run r;
	int kind = said_cue_type(sc, i), zip = 0, area = 0, pin = 0;

	if (tok_is(sc, i, KW_CODE) && p != SIZE_MAX) {
		area = word_eq(sc, p, "area");
		pin = tok_is(sc, p, KW_PIN);
		zip = tok_is(sc, p, KW_ZIP) || tok_is(sc, p, KW_POST) ||
		    tok_is(sc, p, KW_POSTAL) || pin;
	}
	zip |= zip_word(sc, i);
	/* "my sin number is", and "patient number", "case number" after
	 * an ID's cue (take_cue()) */
	if (kind < 0 && p != SIZE_MAX && word_eq(sc, i, "number") &&
	    (kind = said_cue_type(sc, p)) < 0 && sc->cue_tok == p)
		kind = sc->cue_type;
	said_run(sc, j, zip, &r);
	if (r.last == SIZE_MAX || r.nd == 0)
		return 0;
	*start = sc->t[j].s;
	/* an Indian PIN code's six digits are a postcode, a card's PIN
	 * code a secret ("my pin code is five six zero zero one seven");
	 * past six digits no postcode's range: an ID's, as "code" reads it
	 * ("pin code is one two three four five six seven") */
	if (zip && !(pin && r.nd > 6)) {
		*type = pin && r.nd != 6 ? MH_SCAN_ID : MH_SCAN_ZIP;
		return (r.letters == 0 ? r.nd >= 4 && r.nd <= 6
		                       : r.nd >= 2 && r.nd + r.letters >= 5 &&
		                   r.nd + r.letters <= 8)
		    ? tend(&sc->t[r.last])
		    : 0;
	}
	/* no area code is a crisis line's three digits ("area code nine
	 * one one"): those are passed whole */
	if (area) {
		if (r.nd != 3 || r.letters != 0)
			return 0;
		*type = crisis_digits(sc, r.d, 3) ? -1 : MH_SCAN_PHONE;
		return tend(&sc->t[r.last]);
	}
	/* one or two letters after the digits are chat's ("u", "k") */
	if (r.letters == r.trail && r.trail <= 2 && kind < 0 &&
	    tok_in(sc, i, KW_PHONE_CUE))
		return said_phone_end(sc, i, j, &r, type);
	/* an ID's letters before its digits, two at most after them */
	if (r.trail > 2 || r.letters > 5 || r.nd > 20 ||
	    (r.nd < 7 &&
	        !(r.letters > 0 && r.nd >= 5 && r.nd + r.letters >= 7)))
		return 0;
	/* a crisis line is no one's ID, whatever cue it was said after
	 * ("my ssn is one eight hundred two seven three ...", also with
	 * a keypad's word: "... three talk", said_crisis_word()) */
	*type = -1;
	if (r.letters == 0 && r.nd <= 15 &&
	    crisis_digits(sc, r.d, (size_t)r.nd))
		return tend(&sc->t[r.last]);
	if (r.letters == 0 && r.nd <= 15 &&
	    (end = said_crisis_word(sc, &r)) != 0)
		return end;
	*type = kind >= 0 ? kind : MH_SCAN_ID;
	return tend(&sc->t[r.last]);
}

/* The rules of a phone's cue and of said_cues[] at the word *ip: a
 * number said one digit at a time (said_number_at()), or a crisis line
 * so said, passed whole; else after a phone's cue a phone number in
 * words or groups (spelled_phone()).  -1, 0 or 1 as word_rules().
 * Past "is", "me", "on", "at" or ':' (phone_filler()) most cues have a
 * number or a word after them that starts none ("MRN: 12345", "call
 * me tomorrow"): a letter, a digit word, "double" or "triple" does,
 * and only then the call.  Out of line, the two rules and their emits:
 * word_rules() saves fewer registers (callgrind: 0.4 M). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
said_rule(struct mh_scanner *sc, size_t *ip)
{
	size_t i = *ip, j = skip_space(sc, i + 1), start, end, len;
	const char *w;
	int type;

	for (int k = 0; k < 3 && j < sc->nt && phone_filler(sc, j); k++)
		j = skip_space(sc, j + 1);
	if (j < sc->nt && sc->t[j].kind == T_WORD &&
	    (len = tend(&sc->t[j]) - sc->t[j].s) <= 6 &&
	    ((w = sc->s + sc->t[j].s),
	        len == 1 || digit_word(w, len) >= 0 || eqw(w, len, "double") ||
	            eqw(w, len, "triple") ||
	            (len == 2 &&
	                (tok_is(sc, i, KW_CODE) || zip_word(sc, i)))) &&
	    (end = said_number_at(sc, i, j, &start, &type)) != 0) {
		if (type < 0) {
			*ip = tok_from(sc, i, end);
			return 1;
		}
		return emit(sc, ip, start, end, type) == -1 ? -1 : 1;
	}
	if (!tok_in(sc, i, KW_PHONE_CUE) ||
	    (end = spelled_phone(sc, i, &start)) == 0)
		return 0;
	return emit(sc, ip, start, end,
	           fax_before(sc, i) ? MH_SCAN_FAX : MH_SCAN_PHONE) == -1
	    ? -1
	    : 1;
}

/* A phone number of digits and digit words joined by '-' alone from
 * the group of three digits at b (or a country's "1-" before them),
 * "773-five-five-five-0199", "555-two-oh-one-3344": said_phone()'s as
 * after a cue, ending in a group of four digits.  No cue is asked: a
 * digit word counts as a digit inside such a shape only, which no
 * count or price has ("five five dollar pizzas", "555-five").  Its
 * end, or 0. */
static size_t
joined_said_phone(const unsigned char *u, size_t n, size_t b)
{
	size_t e = said_phone(u, n, b, 1);

	/* (twelve bytes at least: "555-", a word, '-' and the four) */
	if (e < b + 12 || isdig(u[e - 5]) || !isdig(u[e - 4]) ||
	    (e < n && (isalnum_a(u[e]) || u[e] == '\'')) ||
	    memchr(u + b, ' ', e - b) != NULL)
		return 0;
	return e;
}

static void give_way(struct mh_scanner *sc, size_t start);
/* Is the number at i, of three or four digits, a card's code or its
 * last four digits by the words before it: "cvv 123", "cvc: 1234",
 * "security code is 123", "last 4 digits 1111", "last four digits are
 * 1111"?  Only with the cue: such a number alone is anything.  Out of
 * line, after number_rules()' test of the token two before (most such
 * numbers are years, with none of the words there). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
card_part_cue(struct mh_scanner *sc, size_t i, int digits)
{
	size_t p = prev_word(sc, i), q;

	if (p != SIZE_MAX && (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_ARE)))
		p = prev_word(sc, p);
	if (p == SIZE_MAX)
		return 0;
	if (tok_is(sc, p, KW_CVV) || tok_is(sc, p, KW_CVC) ||
	    tok_is(sc, p, KW_CSC))
		return 1;
	if (tok_is(sc, p, KW_CODE))
		return (q = prev_word(sc, p)) != SIZE_MAX &&
		    (tok_is(sc, q, KW_SECURITY) || tok_is(sc, q, KW_CVV));
	if (!tok_is(sc, p, KW_DIGITS) || digits != 4 ||
	    (q = prev_tok(sc, p)) == SIZE_MAX)
		return 0;
	if (!(tok_is(sc, q, KW_FOUR) ||
	        (sc->t[q].kind == T_NUM && tend(&sc->t[q]) - sc->t[q].s == 1 &&
	            sc->s[sc->t[q].s] == '4')))
		return 0;
	return (q = prev_tok(sc, q)) != SIZE_MAX && tok_is(sc, q, KW_LAST);
}

/* An Australian Medicare number as its card prints it, "2123 45670 1":
 * four digits, five and the card's issue number, one digit from 1; the
 * first digit 2 to 6 and the ninth its check (the first eight weighted
 * 1, 3, 7, 9, 1, 3, 7, 9, modulo 10).  The phone rule leaves it for the
 * group of one, and a cue took the first two groups alone: "Medicare
 * number [HEALTHPLAN] [HEALTHPLAN] 1" left the issue number.  Out of
 * line: only three groups of 4, 5 and 1 digits come here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
medicare_groups(const unsigned char *u, const struct groups *g)
{
	static const int w[8] = {1, 3, 7, 9, 1, 3, 7, 9};
	int d[9], k = 0, sum = 0;

	if (g->plus || g->paren || g->sep[0] != g->sep[1] ||
	    (g->sep[0] != ' ' && g->sep[0] != '-') || u[g->gs[0]] < '2' ||
	    u[g->gs[0]] > '6' || u[g->gs[2]] == '0')
		return 0;
	for (int j = 0; j < 2; j++)
		for (size_t p = g->gs[j]; p < g->ge[j]; p++)
			d[k++] = u[p] - '0';
	for (k = 0; k < 8; k++)
		sum += w[k] * d[k];
	return sum % 10 == d[8];
}

/* The end of an Ontario health card's version code after its number's
 * groups of 4, 3 and 3 digits ending at byte e: a blank or '-' and two
 * capitals, then no letter or digit ("1234-567-890-AB", "1234 567 890
 * AB").  The number was taken for a phone's and the code was left.  A
 * health number starts with no '0' (the phones in those groups do, an
 * Australian mobile's "0412 345 678").  Returns the end or 0.  Out of
 * line: only a phone in those groups, or a number of ten digits in one
 * ("1234567890 AB"), comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
version_code_end(struct mh_scanner *sc, const struct groups *g)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t e = g->end, n = sc->n;

	if (u[g->gs[0]] == '0' || g->sep[0] != g->sep[1] || e + 3 > n ||
	    (u[e] != ' ' && u[e] != '-') ||
	    !(u[e + 1] >= 'A' && u[e + 1] <= 'Z') ||
	    !(u[e + 2] >= 'A' && u[e + 2] <= 'Z') ||
	    (e + 3 < n && (isalnum_a(u[e + 3]) || u[e + 3] >= 0x80)))
		return 0;
	/* "call 5552013344 OK", "at 1234 567 890 PM": a word after it (the
	 * word table holds most pairs of capitals, as abbreviations) */
	if (u[e] == ' ' &&
	    (memcmp(u + e + 1, "OK", 2) == 0 ||
	        memcmp(u + e + 1, "AM", 2) == 0 ||
	        memcmp(u + e + 1, "PM", 2) == 0))
		return 0;
	return e + 3;
}

/* Is the number in groups of 3, 3 and 4 digits g an NHS number, by its
 * check digit (the first nine weighted 10 down to 2, 11 less the sum
 * modulo 11, 11 as 0, 10 never) and "NHS" among the four tokens before
 * it?  Then it is the patient's number in the health service's records
 * ("my nhs number is 943 476 5919"), not a phone's.  Out of line: only a
 * phone in those groups after a cue comes here ("number", "no."). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
nhs_number(struct mh_scanner *sc, const struct groups *g, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	int k = 0, sum = 0, c = 0;
	size_t j = i;

	for (int x = 0; x < 3; x++)
		for (size_t p = g->gs[x]; p < g->ge[x]; p++, k++)
			if (k < 9)
				sum += (10 - k) * (u[p] - '0');
			else
				c = u[p] - '0';
	sum = 11 - sum % 11;
	if (sum == 11)
		sum = 0;
	if (sum != c)
		return 0;
	for (int s = 0; s < 4 && (j = prev_tok(sc, j)) != SIZE_MAX; s++)
		if (word_eq(sc, j, "nhs"))
			return 1;
	return 0;
}

/* The word before the value at i, past an "is" ("my bsb is 062000",
 * "my ppsn is 1234567T"; prev_word() steps over a blank and a ':'), or
 * SIZE_MAX. */
static size_t
word_before_is(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i);

	return p != SIZE_MAX && tok_is(sc, p, KW_IS) ? prev_word(sc, p) : p;
}

/* Is the word before the number at i, or before its "is", "BSB"?  Out
 * of line: only a number of six digits comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
bsb_before(struct mh_scanner *sc, size_t i)
{
	size_t p = word_before_is(sc, i);

	return p != SIZE_MAX && word_eq(sc, p, "bsb");
}

/* Do the seven digits d and the letters l1 and l2 (l2 0 for none;
 * either case) pass an Irish PPS number's check: the sum of the digits
 * weighted 8 down to 2 and of the second letter weighted 9 (A as 1),
 * modulo 23, the first letter's place (W as 0)? */
static int
pps_check(const char *d, int l1, int l2)
{
	unsigned sum = 0;

	for (int k = 0; k < 7; k++) {
		if (!isdig((unsigned char)d[k]))
			return 0;
		sum += (unsigned)(8 - k) * (unsigned)(d[k] - '0');
	}
	if (l2 != 0)
		sum += 9u * (unsigned)(lc(l2) - 'a' + 1);
	return lc(l1) >= 'a' && lc(l1) <= 'w' &&
	    (unsigned)(lc(l1) - 'a' + 1) % 23 == sum % 23;
}

/* Is the word before token i "ppsn" (past "is" or ':'), "PPSN
 * 1234567TA", "my ppsn is 1234567T"?  The number's own name: its shape
 * is enough after it, where one letter mistyped fails the check.
 * "PPS" alone is no such word ("post-postscript"). */
static int
ppsn_before(struct mh_scanner *sc, size_t i)
{
	size_t p = word_before_is(sc, i);

	return p != SIZE_MAX && tok_is(sc, p, KW_PPSN);
}

/* The end of the PPS number's letters set apart from its seven digits
 * at token i by a blank, "7654321 G", "1234567 FA": one or two
 * capitals that pass its check (pps_check()); not "I" or "A" before a
 * word ("... 1234567 I think"), which are words.  0 if none. */
static size_t
pps_letters_after(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = tk(sc, i + 2), *n;
	size_t len;

	if (t == NULL || !tok_gap(sc, i + 1) || t->kind != T_WORD ||
	    !t->allcap || (len = tend(t) - t->s) > 2 ||
	    tend(&sc->t[i]) - sc->t[i].s != 7)
		return 0;
	n = tk(sc, i + 4);
	if (len == 1 && (sc->s[t->s] == 'I' || sc->s[t->s] == 'A') &&
	    tok_gap(sc, i + 3) && n != NULL && n->kind == T_WORD)
		return 0;
	return pps_check(sc->s + sc->t[i].s, (unsigned char)sc->s[t->s],
	           len == 2 ? (unsigned char)sc->s[t->s + 1] : 0)
	    ? tend(t)
	    : 0;
}

/* Is the lower-case word at k three letters of the shape of English's
 * short words, a consonant, a vowel (or y) and a consonant, and a word
 * of the lists: "big", "has", "hot"?  Three letters drawn at random, as
 * a plate's are, take that shape one time in seven, and fewer are
 * words of the lists; chat puts such a word between a plate's cue and
 * numbers that are food's ("my plate is 2 big 300 lol"), where a
 * plate's are "abc", "kzt" (cue_prefix_before()). */
static int
short_word_shape(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	const char *w = sc->s + t->s;

	return tend(t) - t->s == 3 && !memchr("aeiou", lc(w[0]), 5) &&
	    memchr("aeiouy", lc(w[1]), 6) && !memchr("aeiou", lc(w[2]), 5) &&
	    (fullflags(sc, k) & MH_NAMES_COMMON);
}

/* May the plate's cue (sc->cue_tok) be a plate of food, "my plate is 2
 * big 300 lol": the word "plate" itself before "is", "was", "has" or
 * "does" (KW_FINITE; not "plate number", "plate: 7 bat 123", "plate 7
 * bat 123"), and no licence's or car's word before it ("license plate
 * is 7 bat 123", "my car plate is ...")?  Only there is a short
 * word's shape no plate's letters (short_word_shape(),
 * cue_prefix_before()). */
static int
food_plate_cue(struct mh_scanner *sc)
{
	static const char *const plate_kinds[] = {"license", "licence", "lic",
	    "number", "car", "reg", "registration", NULL};
	size_t c = sc->cue_tok, p;

	if (!word_eq(sc, c, "plate") || !tok_gap(sc, c + 1) ||
	    !tok_in(sc, c + 2, KW_FINITE))
		return 0;
	p = prev_word(sc, c);
	return p == SIZE_MAX || !word_among(sc, p, plate_kinds);
}

/* Is the word before the number at i a value's prefix of capitals
 * right after the cue (sc->cue_tok), "policy: ABC 123 456 789",
 * "member id XY 1234567", "my policy is AB 1234 5678"?  Two to four
 * letters, no cue word itself ("policy NO 1234567") and no "is",
 * "was", "has" or "does" (KW_FINITE), which may come between ("my
 * plate has 7 abc 123").  A plate's letters in lower case too, two or
 * three and no function word, nor a short word's shape after a cue
 * that may be a plate of food (short_word_shape(), food_plate_cue()),
 * before a blank or a '-': "my plate is abc 1234", which chat writes
 * so (its digits alone were taken).  Its token (or the plate's digit
 * before it), or SIZE_MAX. */
static size_t
cue_prefix_before(struct mh_scanner *sc, size_t i, int cue)
{
	size_t p = i - 2, q, len;
	const struct tok *t;
	int plate = cue == MH_SCAN_PLATE;

	if (i < 2 || p <= sc->cue_tok ||
	    !(tok_gap(sc, i - 1) || (plate && tok_punct(sc, i - 1, '-'))))
		return SIZE_MAX;
	t = &sc->t[p];
	len = tend(t) - t->s;
	if (t->kind != T_WORD || len < 2 || len > 4 || t->nletter != len ||
	    t->hyphen || (flags(sc, p) & MH_NAMES_IDCUE) ||
	    tok_in(sc, p, KW_FINITE))
		return SIZE_MAX;
	if (!t->allcap &&
	    !(plate && t->nupper == 0 && len <= 3 &&
	        !(fullflags(sc, p) & MH_NAMES_STOP) &&
	        !(short_word_shape(sc, p) && food_plate_cue(sc))))
		return SIZE_MAX;
	q = prev_word(sc, p);
	/* a plate's one digit before its letters, "plate 7 abc 123" (a
	 * Californian one) */
	if (plate && q == SIZE_MAX && p >= 2 && tok_gap(sc, p - 1) &&
	    sc->t[p - 2].kind == T_NUM && sc->t[p - 2].ndigit == 1 &&
	    p - 2 > sc->cue_tok) {
		p -= 2;
		q = prev_word(sc, p);
	}
	if (q != SIZE_MAX && q != sc->cue_tok && tok_in(sc, q, KW_FINITE))
		q = prev_word(sc, q);
	return q == sc->cue_tok ? p : SIZE_MAX;
}

/* The national number a word before the number at i announces, and
 * whose check the digits from b to e pass: a Canadian SIN ("SIN 046
 * 454 286", "my social insurance number is ...": nine digits, Luhn),
 * an Indian Aadhaar ("Aadhaar 2345 6789 0124": twelve, the first not
 * 0 or 1, Verhoeff) or a Brazilian CPF ("CPF 123.456.789-09": eleven,
 * two check digits modulo 11).  They have a phone number's shape and
 * were typed PHONE: an ID, as the scanner types other nations'
 * numbers, which matters to whoever reads or restores the text.  The
 * word within three before ("my sin number is"); without it, the
 * number stays what it was.  Out of line: asked of phone numbers
 * alone. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
national_number(struct mh_scanner *sc, size_t i, size_t b, size_t e)
{
	/* Verhoeff's tables: the dihedral group D5's products and the
	 * permutation of each place */
	static const unsigned char vd[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
	    {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
	    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
	    {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
	    {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
	    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
	static const unsigned char vp[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
	    {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
	    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
	    {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
	    {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
	int d[12], n = 0, kind = 0;
	size_t p = i;

	for (int k = 0; k < 3 && kind == 0; k++) {
		if ((p = prev_word(sc, p)) == SIZE_MAX)
			break;
		if (tok_is(sc, p, KW_SIN))
			kind = 9;
		else if (tok_is(sc, p, KW_AADHAAR) || tok_is(sc, p, KW_AADHAR))
			kind = 12;
		else if (tok_is(sc, p, KW_CPF))
			kind = 11;
		else if (tok_in(sc, p, KW_IDCUE) &&
		    word_eq(sc, p, "insurance") &&
		    word_eq(sc, prev_word(sc, p), "social"))
			kind = 9;
	}
	if (kind == 0)
		return 0;
	for (size_t k = b; k < e; k++) {
		if (!isdig((unsigned char)sc->s[k]))
			continue;
		if (n == 12)
			return 0;
		d[n++] = sc->s[k] - '0';
	}
	if (n != kind)
		return 0;
	if (kind == 9)
		return luhn_digits(sc->s, b, e) != 0;
	if (kind == 12) {
		int c = 0;
		if (d[0] < 2)
			return 0;
		for (int k = 0; k < 12; k++)
			c = vd[c][vp[k % 8][d[11 - k]]];
		return c == 0;
	}
	for (int m = 9; m <= 10; m++) {
		int sum = 0;
		for (int k = 0; k < m; k++)
			sum += d[k] * (m + 1 - k);
		if ((sum * 10) % 11 % 10 != d[m])
			return 0;
	}
	return 1;
}

/* Is the number at i, of four digits, a year of birth that tells an age
 * over 89: "born in 1931", "born on 1932" (birth_before()), "born
 * 1928"?  Safe Harbor counts such a year among the elements of a date
 * to take.  Years to 1935 only: whoever was born then is 90 or older
 * from 2026 on, so the bound grows stale only toward taking too little;
 * "born in 1990" is a year as before. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
born_year(struct mh_scanner *sc, size_t i)
{
	long v = 0;
	size_t p = prev_word(sc, i);

	if (p == SIZE_MAX || !num_val(sc, i, &v) || v < 1880 || v > 1935)
		return 0;
	/* "(b. 1931)", "Maya Okafor, b. 1931": the "b." of a life's dates,
	 * after nothing, a '(' or a ',' ("plan b. 1931" stays) */
	if (p + 3 == i && tok_punct(sc, p + 1, '.') && word_eq(sc, p, "b")) {
		size_t q = prev_tok(sc, p);
		return q == SIZE_MAX || sc->t[p - 1].nl ||
		    tok_punct(sc, q, '(') || tok_punct(sc, q, ',');
	}
	if (p + 2 != i)
		return 0;
	/* "born in 1931", "born on 1932", "her birthday is 1930" as a full
	 * date's birth cue is asked, or "born" right before */
	return birth_before(sc, i) || word_eq(sc, p, "born");
}

/* Is "fax" among the four tokens before the number at i ("fax:
 * 555-201-3344", "fax number is ...")?  A phone number there is a fax
 * number. */
static int
fax_before(struct mh_scanner *sc, size_t i)
{
	for (size_t k = i, s = 0; k > 0 && s < 4; s++) {
		k = prev_tok(sc, k);
		if (k == SIZE_MAX)
			break;
		if (tok_is(sc, k, KW_FAX))
			return 1;
	}
	return 0;
}

/* A food's measures after a number: "lose 250 dash 1275 cals" is no
 * phone number (said_count()), "my plate was 1 egg 200 cal" no plate
 * (number_rules()), as an eating disorder's chat writes them. */
static const char *const food_units[] = {"cal", "cals", "calories", "kcal", "g",
    "gram", "grams", "ml", "oz", "kg", "lb", "lbs", "mg", "percent", NULL};

/* Is the number at token i a billing code's, five digits after the
 * name of its system (billing_systems[]) and perhaps "code", a blank
 * before each ("CPT 90837", "HCPCS code 99213"; not the member number
 * of "my member id is CPT 12345678")? */
static int
billing_code_before(struct mh_scanner *sc, size_t i)
{
	if (i < 2 || sc->t[i].ndigit != 5 || !tok_gap(sc, i - 1))
		return 0;
	if (tok_is(sc, i - 2, KW_CODE) && i >= 4 && tok_gap(sc, i - 3))
		i -= 2;
	return tok_in2(sc, i - 2, KW2_BILLING);
}

/* The start of the capitals joined to the ID at byte b by '-' or '/',
 * runs of two to six of them, up to three ("PH-OFW-" of
 * "PH-OFW-2026-0034815", "NHIS/LAG/" of "NHIS/LAG/2291847"), first in
 * the text or after a byte of no word; b for none. */
static size_t
joined_caps_start(const unsigned char *u, size_t b)
{
	size_t s = b;

	for (int k = 0; k < 3 && s > 2 && (u[s - 1] == '-' || u[s - 1] == '/');
	     k++) {
		size_t q = s - 1;
		while (q > 0 && s - 1 - q < 7 && u[q - 1] >= 'A' &&
		    u[q - 1] <= 'Z')
			q--;
		if (s - 1 - q < 2 || s - 1 - q > 6 ||
		    (q > 0 && (isalnum_a(u[q - 1]) || u[q - 1] >= 0x80)))
			break;
		s = q;
	}
	return s;
}

/* Is the word before the ',' at c a first name of the lists and no
 * town's word: "Priya, Mumbai 400069" greets or signs, "Kharghar," and
 * "Andheri East," are localities (pin_town())? */
static int
first_name_before(struct mh_scanner *sc, size_t c)
{
	unsigned f = fullflags(sc, prev_tok(sc, c));

	return (f & MH_NAMES_FIRST) &&
	    !(f & (MH_NAMES_CITY | MH_NAMES_CITYPART));
}

/* The town's words from token p to the number at i, an Indian PIN
 * code's (pin_after_town()), are a place, and so is the locality
 * before their ',' (but a first name: first_name_before()): a span of
 * either a rule took as a name becomes one ("Kharghar, Navi Mumbai
 * 410210"), and a town no rule took is taken ("Andheri East, Mumbai
 * 400069").  -1 on error. */
static int
pin_town(struct mh_scanner *sc, size_t p, size_t i)
{
	size_t k = sc->nsp, c = prev_tok(sc, p);

	if (k > 0 && sc->sp[k - 1].end > sc->t[p].s) {
		if (sc->sp[k - 1].start >= sc->t[p].s &&
		    sc->sp[k - 1].type == MH_SCAN_NAME)
			sc->sp[k - 1].type = MH_SCAN_LOCATION;
		k--;
	} else if (add_span(sc, sc->t[p].s, tend(&sc->t[i - 2]),
	               MH_SCAN_LOCATION) == -1)
		return -1;
	if (k > 0 && tok_punct(sc, c, ',') && sc->sp[k - 1].end == sc->t[c].s &&
	    sc->sp[k - 1].type == MH_SCAN_NAME && !first_name_before(sc, c))
		sc->sp[k - 1].type = MH_SCAN_LOCATION;
	return 0;
}

/* Is the number of six digits at i an Indian PIN code after its town,
 * as an address's last line writes it: "Kharghar, Navi Mumbai 410210"?
 * One to three capitalised words right before it, a ',' before them
 * and a place's word or a number before that (the locality, "Sector
 * 10,"; not a greeting's or a reply's word: "Hi, Maya 123456", "Thanks,
 * Dr Smith 123456"), or the words a town a rule took ("i live in
 * Mumbai 400069"); its first digit 1 to 8, no post office's 000 at its
 * end ("So far, Duolingo 365000."), and the clause ending after it
 * ("Hi, Maya 100000 steps today" is a count).  The town's first token
 * in *town.  Out of line: asked of six digits that nothing else took. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
pin_after_town(struct mh_scanner *sc, size_t i, size_t *town)
{
	const char *d = sc->s + sc->t[i].s;
	size_t p = i, c, w;
	int words = 0;
	unsigned f;

	if (d[0] < '1' || d[0] > '8' || memcmp(d + 3, "000", 3) == 0 ||
	    !(day_clause_end(sc, i) || tok_punct(sc, i + 1, ',')))
		return 0;
	while (words < 3 && p >= 2 && tok_gap(sc, p - 1) && cap_word(sc, p - 2))
		p -= 2, words++;
	if (words == 0)
		return 0;
	*town = p;
	if (sc->nsp && sc->sp[sc->nsp - 1].type == MH_SCAN_LOCATION &&
	    sc->sp[sc->nsp - 1].end == tend(&sc->t[i - 2]))
		return 1;
	if (!tok_punct(sc, c = prev_tok(sc, p), ',') ||
	    (w = prev_tok(sc, c)) == SIZE_MAX)
		return 0;
	f = fullflags(sc, w);
	return sc->t[w].kind == T_NUM ||
	    (cap_word(sc, w) &&
	        (!(f & MH_NAMES_COMMON) ||
	            (f &
	                (MH_NAMES_STREET | MH_NAMES_CITY | MH_NAMES_CITYPART |
	                    MH_NAMES_PROPER | MH_NAMES_LAST))));
}

/* Is the number said_phone() took from the token i to end, with no cue,
 * a local one's two groups ("555 dash 3344") that is a count or a
 * range: a measure or a count's word after it ("234 dash 5678 steps",
 * "250 dash 1234 cals"), or "from", "between" or "pages" before it
 * (a round hundred first said_phone() turns away)?  Not
 * "from" after a call's or a text's word, "me" or "him" between or not:
 * "he called from 555 dash 3344", "she texted me from ...", "a call
 * from ..." say where the call came from. */
static int
said_count(struct mh_scanner *sc, size_t i, size_t end)
{
	static const char *const range[] = {"from", "between", "pages", "page",
	    NULL};
	static const char *const counts[] = {"points", "people", "reps",
	    "words", NULL};
	static const char *const calls[] = {"call", "calls", "called",
	    "calling", "text", "texts", "texted", "texting", "txt", "rang",
	    "phoned", "messaged", "whatsapp", NULL};
	size_t p, v;

	if (!tk(sc, i + 4) || sc->t[i + 4].kind != T_NUM ||
	    tend(&sc->t[i + 4]) != end)
		return 0;
	if (tok_gap(sc, i + 5) &&
	    (tok_in(sc, i + 6, KW_MEASURE) || word_among(sc, i + 6, counts) ||
	        word_among(sc, i + 6, food_units)))
		return 1;
	p = prev_word(sc, i);
	if (p == SIZE_MAX || !word_among(sc, p, range))
		return 0;
	if (!tok_is(sc, p, KW_FROM))
		return 1;
	v = prev_word(sc, p);
	if (v != SIZE_MAX && object_word(sc, v))
		v = prev_word(sc, v);
	return v == SIZE_MAX || !word_among(sc, v, calls);
}

static int
number_rules(struct mh_scanner *sc, size_t *ip)
{
	size_t i = *ip, b = sc->t[i].s, end = 0, pre = SIZE_MAX;
	const struct tok *t = &sc->t[i];
	const unsigned char *u = (const unsigned char *)sc->s;
	struct groups g;
	int type = -1;
	int cue = sc->cue_type >= 0 && i - sc->cue_tok <= 6 ? sc->cue_type : -1;

	/* "my insurance denied CPT 90837", "CPT code 90834": the number of
	 * a billing code, which the cue before does not announce */
	if (cue >= 0 && billing_code_before(sc, i))
		cue = -1;
	/* the token's digits, its one group (one_group()): what
	 * parse_groups() finds of it, without reading them again (most
	 * numbers are one group) */
	if (one_group(sc, i) &&
	    !(t->ndigit == 3 && loose_sep(u, sc->n, tend(t)) != 0)) {
		g.n = 1;
		g.total = (int)t->ndigit;
		g.plus = g.paren = 0;
		g.gs[0] = b;
		g.ge[0] = g.end = tend(t);
		memset(g.sep, 0, sizeof(g.sep));
	} else {
		parse_groups(sc, b, &g);
		if (g.n == 0)
			return 0;
	}
	/* "24/7" is around the clock, no day of July: "the Lifeline at
	 * 988, 24/7" was a date (as the 24th of July it is rare, and
	 * "24/07" or "24/7/23" are still dates) */
	if (g.n == 2 && g.sep[0] == '/' && glen(&g, 0) == 2 &&
	    glen(&g, 1) == 1 && u[b] == '2' && u[b + 1] == '4' &&
	    u[g.gs[1]] == '7')
		return 0;
	/* "call me at 5 5 5 2 0 1 3 3 4 4" */
	if (g.n >= 7 && g.sep[0] == ' ' && glen(&g, 0) == 1 &&
	    (end = spaced_phone(sc, i)) != 0)
		return emit(sc, ip, b, end, MH_SCAN_PHONE) == -1 ? -1 : 1;
	/* "555 dash 201 dash 3344": a phone number said aloud, its groups
	 * apart by words (said_phone()); at a group of three before
	 * "dash", "hyphen" or "dot" alone */
	if (g.n == 1 && g.total == 3 && t->kind == T_NUM &&
	    tok_gap(sc, i + 1) &&
	    (tok_is(sc, i + 2, KW_DASH) || tok_is(sc, i + 2, KW_HYPHEN) ||
	        tok_is(sc, i + 2, KW_DOT)) &&
	    (end = said_phone(u, sc->n, b, 0)) != 0 &&
	    !(end < sc->n && isalnum_a(u[end])) && !said_count(sc, i, end) &&
	    (end = phone_ext_end(u, sc->n, end)) != 0)
		return emit(sc, ip, b, end,
		           fax_before(sc, i) ? MH_SCAN_FAX : MH_SCAN_PHONE) ==
		        -1
		    ? -1
		    : 1;
	/* "773-five-five-five-0199", "1-773-five-...": digit words in a
	 * phone's shape */
	if (((g.n == 1 && g.total == 3) ||
	        (g.n == 2 && g.total == 4 && u[b] == '1' && g.sep[0] == '-')) &&
	    g.end + 1 < sc->n && u[g.end] == '-' && isalpha_a(u[g.end + 1]) &&
	    (end = joined_said_phone(u, sc->n, b)) != 0)
		return emit(sc, ip, b, end, MH_SCAN_PHONE) == -1 ? -1 : 1;
	/* "cvv 123", "last 4 digits 1111": part of a card */
	if (g.n == 1 && (g.total == 3 || g.total == 4) && i >= 2 &&
	    (sc->t[i - 2].kw == KW_IS || sc->t[i - 2].kw == KW_ARE ||
	        sc->t[i - 2].kw == KW_CVV || sc->t[i - 2].kw == KW_CVC ||
	        sc->t[i - 2].kw == KW_CSC || sc->t[i - 2].kw == KW_DIGITS ||
	        sc->t[i - 2].kw == KW_CODE || tok_punct(sc, i - 2, ':')) &&
	    card_part_cue(sc, i, g.total))
		return emit(sc, ip, b, g.end, MH_SCAN_CARD) == -1 ? -1 : 1;
	/* a UK National Insurance number in groups, "QQ 12 34 56 C" (as
	 * the letter writes it; "QQ123456C" is alnum_rules()'): two
	 * capitals before the digits, a capital A to D after them */
	if (((g.n == 3 && glen(&g, 0) == 2 && glen(&g, 1) == 2 &&
	         glen(&g, 2) == 2 && g.sep[0] == ' ' && g.sep[1] == ' ') ||
	        (g.n == 1 && g.total == 6)) &&
	    i >= 2 && tok_gap(sc, i - 1) && sc->t[i - 2].kind == T_WORD &&
	    sc->t[i - 2].allcap && sc->t[i - 1].s - sc->t[i - 2].s == 2 &&
	    g.end + 2 <= sc->n && u[g.end] == ' ' && u[g.end + 1] >= 'A' &&
	    u[g.end + 1] <= 'D' &&
	    (g.end + 2 == sc->n || !word_char_at(u, sc->n, g.end + 2))) {
		return emit(sc, ip, sc->t[i - 2].s, g.end + 2, MH_SCAN_ID) == -1
		    ? -1
		    : 1;
	}
	/* "2024年3月14日": the byte after the number starts 年 or 月 */
	if (g.n == 1 && g.end < sc->n && u[g.end] >= 0xE5) {
		long v = 0;
		(void)num_val(sc, i, &v);
		if ((end = cjk_date_end(u, sc->n, g.end, v)) != 0)
			return emit(sc, ip, b, end, MH_SCAN_DATE) == -1 ? -1
			                                                : 1;
	}
	/* "Christmas 2021": a year after a holiday */
	if (g.n == 1 && t->ndigit == 4) {
		size_t h = holiday_year(sc, i);
		if (h != SIZE_MAX) {
			give_way(sc, h);
			return emit(sc, ip, h, tend(t), MH_SCAN_DATE) == -1 ? -1
			                                                    : 1;
		}
		if (born_year(sc, i))
			return emit(sc, ip, b, tend(t), MH_SCAN_DATE) == -1 ? -1
			                                                    : 1;
	}
	/* date_groups() wants two groups at least: most numbers are one,
	 * and skip the call */
	if (g.n >= 2 && date_groups(sc, i, &g, &end))
		return emit(sc, ip, b, end, MH_SCAN_DATE) == -1 ? -1 : 1;
	if ((end = crisis_number(sc, &g)) != 0) {
		/* skip all of it, so no tail is read as another number */
		*ip = tok_from(sc, i + 1, end);
		return 1;
	}
	/* "call 1-800-FLOWERS": a '-' and a letter after the digits */
	if (g.end + 1 < sc->n && u[g.end] == '-' && isalpha_a(u[g.end + 1]) &&
	    (end = vanity_phone(sc, &g)) != 0)
		return emit(sc, ip, b, end, MH_SCAN_PHONE) == -1 ? -1 : 1;
	/* "Medicare number 2123 45670 1" */
	if (g.n == 3 && glen(&g, 2) == 1 && glen(&g, 0) == 4 &&
	    glen(&g, 1) == 5 && medicare_groups(u, &g))
		return emit(sc, ip, b, g.end, MH_SCAN_HEALTHPLAN) == -1 ? -1
		                                                        : 1;
	if (g.n == 3 && glen(&g, 0) == 3 && glen(&g, 1) == 2 &&
	    glen(&g, 2) == 4 && g.sep[0] == g.sep[1] &&
	    (g.sep[0] == '-' || g.sep[0] == ' ') && !g.plus && !g.paren)
		type = MH_SCAN_SSN, end = g.end;
	else if (g.n == 2 && glen(&g, 0) == 5 && glen(&g, 1) == 4 &&
	    g.sep[0] == '-' && !g.plus)
		type = MH_SCAN_ZIP, end = g.end;
	else if (g.total >= 13 && g.total <= 19 && !g.plus && !g.paren &&
	    seps_all(&g, " -") && luhn(sc->s, b, g.end))
		type = MH_SCAN_CARD, end = g.end;
	else if (g.n == 4 && g.total == 16 && seps_all(&g, " -") &&
	    glen(&g, 0) == 4 && glen(&g, 3) == 4)
		type = MH_SCAN_ID, end = g.end; /* card-shaped, not Luhn */
	else if (cue == MH_SCAN_ID && g.n == 1 &&
	    (g.total == 5 || g.total == 4) && zip_cue_before(sc, i))
		type = MH_SCAN_ZIP, end = g.end; /* "zip code 90210" */
	else if (cue >= 0 && cue != MH_SCAN_CARD && g.n <= 2 && !g.plus &&
	    (end = cued_value(sc, i, cue)) != 0)
		type = cue;
	else if ((g.n >= 2 || g.plus) && g.total >= 7 && g.total <= 15 &&
	    (seps_all(&g, "-. )") ||
	        (seps_all(&g, "/") && nanp_groups(u, &g)))) {
		int ok = 1;
		int dot = !seps_all(&g, "- )");
		for (int k = 0; k < g.n; k++) {
			if (glen(&g, k) > 5 &&
			    !((g.plus || g.n == 2) && glen(&g, k) <= 8))
				ok = 0;
			/* 10.0.0.256, 1 2 3 4 5 6 7: not phone numbers */
			if (glen(&g, k) == 1 && (k > 0 || dot))
				ok = 0;
		}
		if (ok) {
			type = MH_SCAN_PHONE;
			end = phone_ext_end(u, sc->n, g.end);
			size_t v;
			if (g.n == 3 && glen(&g, 0) == 4 && glen(&g, 1) == 3 &&
			    glen(&g, 2) == 3 && end == g.end &&
			    (v = version_code_end(sc, &g)) != 0)
				type = MH_SCAN_HEALTHPLAN, end = v;
			else if (cue >= 0 && g.n == 3 && glen(&g, 0) == 3 &&
			    glen(&g, 1) == 3 && glen(&g, 2) == 4 &&
			    end == g.end && nhs_number(sc, &g, i))
				type = MH_SCAN_MRN;
		}
	}
	if (type == -1 && g.n == 1) {
		int d = g.total;
		if (d >= 13 && luhn(sc->s, b, g.end))
			type = MH_SCAN_CARD, end = g.end;
		else if (d == 10 && (end = version_code_end(sc, &g)) != 0)
			type = MH_SCAN_HEALTHPLAN; /* "1234567890 AB" */
		else if (d >= 7)
			type = MH_SCAN_ID, end = g.end;
		else if (d >= 4 && d <= 6) {
			/* ZIP after a state ("CO 80202", "NSW 2000") or a
			 * postcode's cue ("ZIP:", "my zip is", "zip code",
			 * whose "code" is an ID's cue too, "pincode 560034"),
			 * or before one ("60614 is my zip") */
			size_t p = prev_word(sc, i), town = 0;
			int pin = 0;
			if ((cue == -1 && p != SIZE_MAX && sc->t[p].allcap &&
			        ((tend(&sc->t[p]) - sc->t[p].s == 2 &&
			             d == 5) ||
			            (d == 4 && au_state_before(sc, p, i)))) ||
			    zip_cue_before(sc, i) || zip_cue_after(sc, i) ||
			    (d == 5 && zip_context(sc, i)) ||
			    (d == 6 && (pin = pin_after_town(sc, i, &town)))) {
				if (pin && pin_town(sc, town, i) == -1)
					return -1;
				type = MH_SCAN_ZIP, end = g.end;
			}
		}
	}
	if (type == -1 && cue >= 0 && (end = cued_value(sc, i, cue)) != 0) {
		type = cue == MH_SCAN_CARD ? MH_SCAN_ACCOUNT : cue;
		/* the value's groups apart by blanks, which cued_value()
		 * does not join: each group was taken by the cue, but one
		 * of one or two digits at its end was left ("policy no.
		 * 4417 20931 7") */
		if (g.n >= 2 && end == g.ge[0] && g.total >= 7 &&
		    seps_all(&g, " "))
			end = g.end;
	}
	/* "0028-4417093-6", "34-1234567-8": an ID with a check digit of
	 * its own after a '-' (the Philippines' UMID and SSS numbers): no
	 * phone number ends in a group of one, nor has a date a group of
	 * six digits or more */
	if (type == -1 && g.n == 3 && glen(&g, 2) == 1 && glen(&g, 1) >= 6 &&
	    glen(&g, 1) <= 9 && glen(&g, 0) >= 2 && glen(&g, 0) <= 4 &&
	    g.sep[0] == '-' && g.sep[1] == '-' && !g.plus && !g.paren)
		type = MH_SCAN_ID, end = g.end;
	/* "BSB 062-000", "my bsb is 062000": an Australian bank branch's
	 * number, as the sort code is a British one's; "bsb" is no cue
	 * word, and the word is asked of such numbers alone */
	if (type == -1 &&
	    ((g.n == 1 && g.total == 6) ||
	        (g.n == 2 && glen(&g, 0) == 3 && glen(&g, 1) == 3 &&
	            g.sep[0] == '-')) &&
	    bsb_before(sc, i))
		type = MH_SCAN_ID, end = g.end;
	/* "sort code 12 34 56": three pairs after the cue "code" (a bank
	 * branch's code, whose pairs joined by '-' the cue takes; "code
	 * 123456" is one too), "sort-code" or "sortcode", or right after
	 * another, "ref 98 76 54"; not pairs further on, "my group has
	 * kids aged 12 14 16", nor after "order", which numbers a
	 * sequence ("put them in order 12 34 56"; an order's number is
	 * written whole) */
	if (type == -1 && cue >= 0 && g.n == 3 && g.total == 6 &&
	    glen(&g, 0) == 2 && glen(&g, 1) == 2 && seps_all(&g, " ") &&
	    (tok_is(sc, sc->cue_tok, KW_CODE) ||
	        word_eq(sc, sc->cue_tok, "sort-code") ||
	        word_eq(sc, sc->cue_tok, "sortcode") ||
	        (prev_word(sc, i) == sc->cue_tok &&
	            !word_eq(sc, sc->cue_tok, "order"))))
		type = MH_SCAN_ID, end = g.end;
	/* a prefix of capitals between the cue and the digits, "policy:
	 * ABC 123 456 789" (a phone number's shape, which left "ABC"),
	 * "policy no. AB 1234 5678" (of which the cue took one group):
	 * the cue's value, with its groups apart by blanks.  A plate's
	 * cue up to eight tokens back, past "is", a digit and letters,
	 * which cue_prefix_before() asks for: "my plate is 7 abc 123";
	 * not before a food's measure, a plate of food: "my plate was 1
	 * egg 200 cal", "my plate is 2 kg 500 g" */
	int pc = cue == -1 && sc->cue_type == MH_SCAN_PLATE &&
	        i - sc->cue_tok <= 8 &&
	        !word_among(sc, next_word(sc, i), food_units)
	    ? MH_SCAN_PLATE
	    : cue;
	if ((type == -1 || type == MH_SCAN_ID || type == MH_SCAN_PHONE ||
	        type == (pc == MH_SCAN_CARD ? MH_SCAN_ACCOUNT : pc)) &&
	    pc >= 0 && (g.total >= 6 || pc == MH_SCAN_PLATE) &&
	    (g.n == 1 || seps_all(&g, " ")) &&
	    (pre = cue_prefix_before(sc, i, pc)) != SIZE_MAX) {
		type = pc == MH_SCAN_CARD ? MH_SCAN_ACCOUNT : pc;
		if (end < g.end)
			end = g.end;
	}
	/* an office's letters joined to the cued value by '/', "claim
	 * CLM/2024/00123", "ref: INC/77/2031", "case no. FAM/2023/0456":
	 * the value's own (the cue took the digits and left "CLM/") */
	if (type != -1 && cue >= 0 && pre == SIZE_MAX && i >= 2 &&
	    tok_punct(sc, i - 1, '/') && i - 2 > sc->cue_tok &&
	    i - 2 - sc->cue_tok <= 4 && sc->t[i - 2].kind == T_WORD &&
	    sc->t[i - 2].allcap && sc->t[i - 2].nletter >= 2 &&
	    sc->t[i - 2].nletter <= 5 && !sc->t[i - 2].hyphen &&
	    prev_word(sc, i - 2) != SIZE_MAX &&
	    prev_word(sc, i - 2) >= sc->cue_tok)
		pre = i - 2;
	/* an Irish PPS number's letters apart, after a cue: "PPS no.
	 * 7654321 G" (the digits alone were taken) */
	if (type == MH_SCAN_ID && cue >= 0 && g.n == 1 && g.total == 7 &&
	    end == g.end && t->kind == T_NUM && tend(t) == end) {
		size_t e = pps_letters_after(sc, i);
		if (e != 0)
			end = e;
	}
	if (type == -1 || type == MH_SCAN_ZIP) {
		size_t e = zip_after_cue(sc, i);
		if (e != 0)
			type = MH_SCAN_ZIP, end = e;
	}
	if (type == -1)
		return 0;
	/* (most phone numbers are of ten digits, which no such number
	 * has: the call only for nine, eleven or twelve) */
	if (type == MH_SCAN_PHONE && end == g.end &&
	    (g.total == 9 || g.total == 11 || g.total == 12) &&
	    national_number(sc, i, b, g.end))
		type = MH_SCAN_ID;
	/* A phone number after "fax" is a fax number. */
	if (type == MH_SCAN_PHONE && fax_before(sc, i))
		type = MH_SCAN_FAX;
	if (type == MH_SCAN_CARD && cue == MH_SCAN_ACCOUNT)
		type = MH_SCAN_ACCOUNT;
	/* an IMEI passes the card's check: "IMEI 35-209900-176148-1" */
	if (type == MH_SCAN_CARD && cue == MH_SCAN_DEVICE)
		type = MH_SCAN_DEVICE;
	size_t start = g.plus || g.paren ? b : g.gs[0];
	if (g.paren && !g.plus)
		start = b;
	if (pre != SIZE_MAX)
		start = sc->t[pre].s;
	/* "FC-ON-2026-11873", "NHIS/LAG/2291847": an office's capitals
	 * joined to the number, which are the ID's own (and no phone
	 * number is so written) */
	if (start > 2 && (u[start - 1] == '-' || u[start - 1] == '/') &&
	    type != MH_SCAN_DATE && type != MH_SCAN_ZIP &&
	    (b = joined_caps_start(u, start)) != start) {
		give_way(sc, b);
		start = b;
		if (type == MH_SCAN_PHONE)
			type = MH_SCAN_ID;
	}
	return emit(sc, ip, start, end, type) == -1 ? -1 : 1;
}

/* An IBAN from byte b: two letters, two check digits and up to thirty
 * letters and digits, whole or in groups of four apart by one blank
 * ("GB82 WEST 1234 5698 7654 32"), whose check (ISO 13616: the first
 * four moved to the end, letters as 10 to 35, the number modulo 97) is
 * 1.  Returns its end, or 0.  Out of line: only a word of two capitals
 * and two digits comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
iban_end(const unsigned char *u, size_t n, size_t b)
{
	unsigned char c[34];
	size_t k = 0, p = b, g = 0, end = 0;
	unsigned r = 0;

	while (p < n && k < 34) {
		if (isalnum_a(u[p])) {
			if (++g > 4 && end != 0)
				return 0; /* spaced groups are of four */
			c[k++] = u[p++];
			continue;
		}
		if (u[p] == ' ' && g == 4 && p + 1 < n && isalnum_a(u[p + 1])) {
			end = p; /* groups apart: each of four */
			g = 0;
			p++;
			continue;
		}
		break;
	}
	if (p < n && (isalnum_a(u[p]) || u[p] == '_' || u[p] >= 0x80))
		return 0;
	if (k < 15 || !isalpha_a(c[0]) || !isalpha_a(c[1]) || !isdig(c[2]) ||
	    !isdig(c[3]))
		return 0;
	for (size_t j = 0; j < k; j++) {
		unsigned char x = c[(j + 4) % k];
		if (isdig(x))
			r = (r * 10 + (unsigned)(x - '0')) % 97;
		else
			r = (r * 100 + (unsigned)(lc(x) - 'a' + 10)) % 97;
	}
	return r == 1 ? p : 0;
}

/* The end of the token at i, a word with '_' in lower case, when it is
 * a handle by its parts: a name of the first-name or surname list that
 * is no ordinary word, and a second such part or a digit (alnum_rules()).
 * 0 for none.  Out of line: only a word with '_' comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
lone_handle_end(struct mh_scanner *sc, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t p = sc->t[i].s, e = tend(&sc->t[i]);
	int names = 0, parts = 0;

	while (p < e) {
		size_t q = p;
		int letters = 0;
		while (q < e && u[q] != '_') {
			if (!isalnum_a(u[q]))
				return 0;
			letters += isalpha_a(u[q]) != 0;
			q++;
		}
		if (letters == (int)(q - p) && q - p >= 3) {
			unsigned f = mh_names_lookup(sc->nm, sc->s + p, q - p);
			names += (f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
			    !(f & (MH_NAMES_COMMON | MH_NAMES_STOP));
		}
		parts++;
		p = q + 1;
	}
	return parts >= 2 && (names >= 2 || (names == 1 && sc->t[i].ndigit > 0))
	    ? e
	    : 0;
}

static size_t platform_handle(struct mh_scanner *sc, size_t i);

static int
alnum_rules(struct mh_scanner *sc, size_t *ip)
{
	size_t i = *ip;
	struct tok *t = &sc->t[i];
	const char *s = sc->s + t->s;
	size_t len = tend(t) - t->s, k;
	int cue = sc->cue_type >= 0 && i - sc->cue_tok <= 6 ? sc->cue_type : -1;
	size_t end;

	/* a flat's number after "live in": "i live in 5c" */
	if (t->nletter == 1 && (end = flat_alone(sc, i)) != 0)
		return emit(sc, ip, t->s, end, MH_SCAN_ADDRESS) == -1 ? -1 : 1;
	/* an IBAN, checked by its digits: "GB82 WEST 1234 5698 7654 32",
	 * and as a chat writes it all in lower case, "gb82 west 1234 ..."
	 * (its check is as strong) */
	if (len >= 4 && (t->nupper >= 2 || t->nupper == 0) &&
	    isalpha_a((unsigned char)s[0]) && isalpha_a((unsigned char)s[1]) &&
	    isdig((unsigned char)s[2]) && isdig((unsigned char)s[3]) &&
	    (end = iban_end((const unsigned char *)sc->s, sc->n, t->s)) != 0)
		return emit(sc, ip, t->s, end, MH_SCAN_ACCOUNT) == -1 ? -1 : 1;

	/* "snapchat streak with hannahbanana_09": a handle's shape a
	 * little after a platform word */
	if (sc->platform_tok != SIZE_MAX && t->nupper == 0 &&
	    (end = platform_handle(sc, i)) != 0)
		return emit(sc, ip, t->s, end, MH_SCAN_HANDLE) == -1 ? -1 : 1;
	/* a handle alone in a handle's shape, "tyler_okafor", "maya_o92":
	 * words in lower case joined by '_', a name among them and another
	 * or a digit ("max_len", "user_id", "test_2" name no one) */
	if (t->nupper == 0 && t->nletter >= 3 && len <= 40 &&
	    memchr(s, '_', len) != NULL && (end = lone_handle_end(sc, i)) != 0)
		return emit(sc, ip, t->s, end, MH_SCAN_HANDLE) == -1 ? -1 : 1;
	/* a UK plate in the current form, "LD21 ABC", "LD21ABC": two
	 * letters, two digits, three letters, all capitals; a shape no
	 * word has (not before a stop word, "AK47 AND") */
	if ((len == 4 || len == 7) && t->nupper == len - 2 && t->ndigit == 2 &&
	    isalpha_a((unsigned char)s[0]) && isalpha_a((unsigned char)s[1]) &&
	    isdig((unsigned char)s[2]) && isdig((unsigned char)s[3])) {
		if (len == 7)
			return emit(sc, ip, t->s, tend(t), MH_SCAN_PLATE) == -1
			    ? -1
			    : 1;
		if (tok_gap(sc, i + 1) && tk(sc, i + 2) &&
		    sc->t[i + 2].kind == T_WORD && sc->t[i + 2].allcap &&
		    tend(&sc->t[i + 2]) - sc->t[i + 2].s == 3 &&
		    !(fullflags(sc, i + 2) & MH_NAMES_STOP))
			return emit(sc, ip, t->s, tend(&sc->t[i + 2]),
			           MH_SCAN_PLATE) == -1
			    ? -1
			    : 1;
	}
	/* a Spanish DNI, "12345678Z": eight digits and the letter their
	 * remainder by 23 names (a dose's unit, "2000mg", has no such
	 * letter but by chance, and is one or more) */
	if (len == 9 && t->ndigit == 8 && t->nupper == 1 &&
	    isalpha_a((unsigned char)s[8])) {
		unsigned long v = 0;
		for (k = 0; k < 8; k++)
			v = v * 10 + (unsigned long)(s[k] - '0');
		if ("TRWAGMYFPDXBNJZSQVHLCKE"[v % 23] == s[8])
			return emit(sc, ip, t->s, tend(t), MH_SCAN_ID) == -1
			    ? -1
			    : 1;
	}
	/* an Irish PPS number, "1234567FA", "7654321G": seven digits, the
	 * letter of their check and maybe a second capital, the sum of
	 * the digits weighted 8 down to 2 and of the second letter
	 * weighted 9 (A as 1), modulo 23, the first letter's place (W as
	 * 0); the rule of doses below took it for a number and its unit
	 * ("my PPSN is 7654321G" was left).  In lower case too, "ppsn:
	 * 1234567fa": a dose's unit passes the check one time in 23, and
	 * few doses are of seven digits */
	if ((len == 8 || len == 9) && t->ndigit == 7 &&
	    (t->nupper == len - 7 || t->nupper == 0) &&
	    isdig((unsigned char)s[0]) && isalpha_a((unsigned char)s[7]) &&
	    (pps_check(s, (unsigned char)s[7],
	         len == 9 ? (unsigned char)s[8] : 0) ||
	        ppsn_before(sc, i)))
		return emit(sc, ip, t->s, tend(t), MH_SCAN_ID) == -1 ? -1 : 1;
	/* "near maple & 5th", "at 5th and main": a street corner, where
	 * "and" or '&' is two tokens off */
	if (((i >= 2 && and_at(sc, i - 2)) || and_at(sc, i + 2) ||
	        and_at(sc, i + 4)) &&
	    (end = cross_streets(sc, i, &k)) != 0) {
		give_way(sc, k);
		return emit(sc, ip, k, end, MH_SCAN_ADDRESS) == -1 ? -1 : 1;
	}
	/* "our 5th avenue clinic": a numbered street and a clinic word */
	{
		long o;
		if (ordinal(sc, i, &o) && tok_gap(sc, i + 1) &&
		    (flags(sc, i + 2) & MH_NAMES_STREET) &&
		    tok_gap(sc, i + 3) && low_facility(sc, i + 4))
			return emit(sc, ip, t->s, tend(&sc->t[i + 4]),
			           MH_SCAN_LOCATION) == -1
			    ? -1
			    : 1;
	}
	if (cue >= 0 && (end = cued_value(sc, i, cue)) != 0)
		return emit(sc, ip, t->s, end,
		           cue == MH_SCAN_CARD ? MH_SCAN_ACCOUNT : cue) == -1
		    ? -1
		    : 1;
	/* "postcode: sw1a 1aa", "my eircode is d02 x285" */
	if ((end = zip_after_cue(sc, i)) != 0)
		return emit(sc, ip, t->s, end, MH_SCAN_ZIP) == -1 ? -1 : 1;
	/* IBAN: two letters, two digits, 11-30 more */
	if (len >= 15 && len <= 34 && isalpha_a(s[0]) && isalpha_a(s[1]) &&
	    isdig(s[2]) && isdig(s[3]) && t->ndigit >= 8)
		return emit(sc, ip, t->s, tend(t), MH_SCAN_ACCOUNT) == -1 ? -1
		                                                          : 1;
	if (len == 17 && t->ndigit >= 3 && t->nletter >= 3) {
		for (k = 0; k < len; k++)
			if (strchr("IOQioq_", s[k]))
				break;
		if (k == len)
			return emit(sc, ip, t->s, tend(t), MH_SCAN_VIN) == -1
			    ? -1
			    : 1;
	}
	/* 2000mg, 30th, q6hr: a number with a unit is not an identifier */
	for (k = 0; k < len && isdig(s[k]); k++)
		;
	if (k > 0 && len - k <= 3 && t->nletter == len - k)
		return 0;
	if (len >= 6 && t->ndigit >= 4 && t->nletter >= 1)
		return emit(sc, ip, t->s, tend(t), MH_SCAN_ID) == -1 ? -1 : 1;
	if (t->nletter == 0 && t->ndigit >= 7) /* 123_456_789 */
		return emit(sc, ip, t->s, tend(t), MH_SCAN_ID) == -1 ? -1 : 1;
	return 0;
}

#define EMIT(st, en, ty) return emit(sc, ip, (st), (en), (ty)) == -1 ? -1 : 1

/* A span about to be emitted from start, back before the word the walk
 * is at, stands for what its words were taken for before: a lower-case
 * text takes "kayla" of "kayla dot m dot brooks at ..." and "jude" of
 * "to the jude clinic" for names.  Spans from start on are dropped; one
 * that runs into it ("kayla brooks at ...") ends before it and its
 * blank. */
/* A hospital named without a facility's word, after a word of a stay
 * there: "I was sectioned at the Priory", "admitted to the Maudsley",
 * "they sectioned me at Bethlem", "an inpatient at the Retreat".  At
 * the cue i: at, to, from, in or into after it (past me, him, her or
 * them), "the" or not, and a run of up to four capitalised words, the
 * first no month, weekday, stop word, facility's, street's or
 * organisation's word, nor one of stay_not_places[] ("admitted in
 * March", "admitted to the Hospital", "discharged from the Army";
 * "admitted to Mercy Hospital" is match_facility()'s, "the ICU" in
 * capitals stays).  Returns the end, and the first word's start in
 * *start; or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
stay_facility(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t j = i + 2, e, first;
	int n, someone = 0;

	if (!tok_gap(sc, i + 1))
		return 0;
	if (object_word(sc, j)) {
		j += 2;
		someone = 1;
	}
	if (!tok_gap(sc, j - 1) ||
	    !(tok_is(sc, j, KW_AT) || tok_is(sc, j, KW_TO) ||
	        tok_is(sc, j, KW_FROM) || tok_is(sc, j, KW_IN) ||
	        word_eq(sc, j, "into")) ||
	    !tok_gap(sc, j + 1))
		return 0;
	j += 2;
	if (tok_is(sc, j, KW_THE) && tok_gap(sc, j + 1))
		j += 2;
	if (!cap_word(sc, j) || sc->t[j].allcap ||
	    (fullflags(sc, j) &
	        (MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_STOP |
	            MH_NAMES_FACILITY | MH_NAMES_STREET | MH_NAMES_ORG)) ||
	    tok_in2(sc, j, KW2_NOT_STAY))
		return 0;
	/* "I admitted to the Crime" is a confession: admitted with no one
	 * after it is passive, after "was", "been", "got" and the like */
	if (!someone && tok_is(sc, i, KW_ADMITTED) &&
	    !tok_in2(sc, prev_word(sc, i), KW2_ADMIT_BEFORE))
		return 0;
	*start = sc->t[j].s;
	e = tend(&sc->t[j]);
	first = j;
	for (n = 1; n < 4 && tok_gap(sc, j + 1) && cap_word(sc, j + 2);
	     n++, j += 2)
		e = tend(&sc->t[j + 2]);
	/* a facility's word in it or a possessive after it ("Children's
	 * Hospital Los Angeles") is match_facility()'s, whole */
	for (size_t k = first; k <= j; k += 2)
		if (fullflags(sc, k) & (MH_NAMES_FACILITY | MH_NAMES_ORG))
			return 0;
	return sc->t[j + 1].kind == T_POSS ? 0 : e;
}

static void
give_way(struct mh_scanner *sc, size_t start)
{
	while (sc->nsp && sc->sp[sc->nsp - 1].start >= start)
		sc->nsp--;
	if (sc->nsp && sc->sp[sc->nsp - 1].end > start) {
		size_t ce = start;
		while (ce > sc->sp[sc->nsp - 1].start &&
		    is_space((unsigned char)sc->s[ce - 1]))
			ce--;
		sc->sp[sc->nsp - 1].end = ce;
	}
}

/* A lower-case word that may be a facility's own name ("mercy",
 * "lakeview", "jude"): 2 for a first name, 1 for a surname alone or a
 * word in no list, 0 for an ordinary word, medicine or clinical
 * abbreviation ("the psych clinic", "the methadone clinic", "the adhd
 * clinic" stay). */
static int
low_place_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);
	unsigned f;

	if (t == NULL || t->kind != T_WORD || t->cap || t->allcap ||
	    t->joined || tok_in(sc, k, KW_CLINICAL))
		return 0;
	f = fullflags(sc, k) & ~(unsigned)MH_NAMES_PROPER;
	/* a word the lists know as an ordinary one alone that ends as
	 * towns do names a place as well: "at oakwood clinic"; not one of
	 * a port or a field, which are what they say ("at airport clinic",
	 * "at support clinic", "battlefield high") */
	if (f == MH_NAMES_COMMON && t->nletter == tend(t) - t->s) {
		const char *w = sc->s + t->s;
		size_t len = tend(t) - t->s;
		int e = town_end_bytes(w, len);
		if (e != 0 && !eqw(w + len - e, (size_t)e, "port") &&
		    !eqw(w + len - e, (size_t)e, "field"))
			return 1;
	}
	if (f &
	    (MH_NAMES_COMMON | MH_NAMES_STOP | MH_NAMES_KEEP | MH_NAMES_MONTH |
	        MH_NAMES_WEEKDAY | MH_NAMES_REL | MH_NAMES_TITLE |
	        MH_NAMES_FACILITY | MH_NAMES_STATE))
		return 0;
	if (f & (MH_NAMES_FIRST | MH_NAMES_AMBIG))
		return 2;
	/* a surname alone is as often a word the lists lack ("fancy");
	 * one that is a word says so by WORD ("bridges"), which only
	 * lone_surname() reads of it */
	return (f == 0 || (f & ~MH_NAMES_WORD) == MH_NAMES_LAST) &&
	    t->nletter >= 4 && t->nletter == tend(t) - t->s;
}

/* Is the word at k, low_place_word() named, a school's or hospital's
 * name before a word of fac_ends[] alone ("riverton high", "lincoln
 * high", "kennedy memorial"), not chat's measure of how high: a first
 * name that is also a word ("sky high", "moon high"), slang, a word
 * drawn out or of no vowel, or one of the words of size chat puts
 * there ("hella high", "waaay high", "ginormous high", "smth
 * general")? */
static int
fac_end_name(struct mh_scanner *sc, size_t k, int named)
{
	static const char *const sizes[] = {"hella", "mega", "ginormous", NULL};
	const struct tok *t = &sc->t[k];

	if (named == 2)
		return !(fullflags(sc, k) & (MH_NAMES_AMBIG | MH_NAMES_WORD));
	return !tok_in(sc, k, KW_SLANG) && !drawn_out(sc, t) &&
	    !cross_shorthand(sc, t) && !word_among(sc, k, sizes);
}

/* Is the lower-case word k, which low_place_word() turned away, a
 * street's word ("grove", "hill", "park") after a blank and a first
 * name or surname that is an ordinary word too ("maple", "cedar"), the
 * two a facility's name: "at maple grove rehab"?  Not after a small
 * word, a street's, a state's or a relation's ("at the grove clinic",
 * "my mom hill clinic"). */
static int
street_pair(struct mh_scanner *sc, size_t k)
{
	const struct tok *a = tk(sc, k), *t;
	unsigned f;

	if (a == NULL || a->cap || a->allcap || k < 2 || !tok_gap(sc, k - 1) ||
	    !(fullflags(sc, k) & MH_NAMES_STREET))
		return 0;
	t = &sc->t[k - 2];
	if (t->kind != T_WORD || t->cap || t->allcap || t->joined ||
	    tok_in(sc, k - 2, KW_CLINICAL))
		return 0;
	f = fullflags(sc, k - 2);
	return (f & (MH_NAMES_FIRST | MH_NAMES_LAST)) &&
	    !(f &
	        (MH_NAMES_STOP | MH_NAMES_KEEP | MH_NAMES_MONTH |
	            MH_NAMES_WEEKDAY | MH_NAMES_REL | MH_NAMES_TITLE |
	            MH_NAMES_FACILITY | MH_NAMES_STATE | MH_NAMES_STREET));
}

/* Words of a facility's kind or of what it is like that no list holds
 * as such, before a word of its kind: "to drug treatment center", "to
 * another recovery center", "at teen treatment center"
 * (fac_name_word()).  Not those fac_name_word() turns away before it
 * reads these: a measure ("foot") or a word of adj_endings[] ("local",
 * "only", "diagnosis"). */
static const char *const fac_describers[] = {
    /* what is treated there, and whom */
    "drug", "drugs", "alcohol", "opioid", "opiate", "methadone", "suboxone",
    "detox", "heroin", "cocaine", "meth", "nicotine", "tobacco", "vape", "pill",
    "pills", "ketamine", "porn", "internet", "trauma", "abuse", "grief",
    "marriage", "couples", "gender", "trans", "queer", "lgbt", "brain", "spine",
    "stroke", "memory", "dementia", "schizophrenia", "bipolar", "burnout",
    "weight", "loss", "heart", "acute", "teen", "teens", "teenage", "youth",
    "kids", "children", "women", "womens", "mens", "veteran", "christian",
    "faith", "juvie", "prison", "jail", "campus", "term", "longterm",
    "shortterm", "weekend", "night", "twelve", "specialty", "dependency",
    "network", "nonprofit",
    /* the body, and what else is treated or mended there */
    "kidney", "kidneys", "lung", "lungs", "liver", "knee", "knees", "bone",
    "bones", "joint", "joints", "ankle", "hand", "hands", "neck", "skin",
    "hair", "tooth", "teeth", "wound", "wounds", "muscle", "birth", "allergy",
    "asthma", "diabetes", "dialysis", "injury", "speech", "sports", "behavior",
    "behaviour", "worker", "workers", "employee", "disaster", "data", "phone",
    "food", "equine", "hurricane", "online", "telehealth",
    /* where it is, and what it is like */
    "nearby", "downtown", "uptown", "suburban", "luxury", "other", "another",
    "same", "first", "second", "third", "next", "last", "latest", "former",
    "whole", "main", "regular", "good", "great", "cheap", "nearest", "closest",
    "both", "many", "such", "favorite", "favourite", "shitty", "crappy",
    "sketchy", "pricey", "tiny", "fine", "busy", "dirty", "empty", "dumb",
    "stupid", "damn", "crazy", "lousy", "weird", "nasty", "gross", "poor",
    "elite", "popular", "strict", "military", "clean", "quiet", "creepy",
    "okay", "alright", "average", "mediocre", "awesome", "trendy", "bloody",
    "entire", "worse", "mandatory", "compulsory", "secular", "muslim", "ghetto",
    "neighborhood", "neighbourhood", "overnight", "farthest", "furthest",
    /* what is treated at a rehab, and its branch, said before it
     * ("xanax rehab", "shoulder rehab", "neuro rehab", "wildlife
     * rehab") */
    "benzo", "benzos", "xanax", "fentanyl", "crack", "weed", "booze",
    "percocet", "vicodin", "adderall", "shoulder", "wrist", "elbow", "back",
    "cardio", "ortho", "neuro", "peds", "subacute", "caffeine", "painkiller",
    "painkillers", "horse", "wildlife", "animal", "aqua", NULL};
/* The endings of English adjectives and of the names of conditions,
 * branches of medicine and what is done there, which say what a
 * facility is like or treats ("residential", "psychiatric", "cardiac",
 * "intensive", "adolescent", "eating", "licensed", "jewish",
 * "wellness", "terrible", "eastern", "autism", "psychosis",
 * "oncology", "rehabilitation", "infusion"), not what it is called
 * (fac_name_word()). */
static const struct lit adj_endings[] = {LIT("al"), LIT("ic"), LIT("ac"),
    LIT("ive"), LIT("ent"), LIT("ant"), LIT("ary"), LIT("ous"), LIT("ing"),
    LIT("ed"), LIT("ful"), LIT("less"), LIT("ish"), LIT("ity"), LIT("ness"),
    LIT("ly"), LIT("ble"), LIT("ern"), LIT("ile"), LIT("ism"), LIT("ist"),
    LIT("osis"), LIT("logy"), LIT("tion"), LIT("sion"), {NULL, 0}};

/* May the lower-case word at k, before a word of a facility's kind
 * (fac_quals[]) that low_place() has read, be its name though the
 * lists know it as an ordinary word alone (or a street's too):
 * "sunrise", "lighthouse", "crossroads" ("at sunrise recovery
 * center")?  Not a word that says what kind of place it is or what
 * it is like: a service's, a clinical or slang word, a measure, a
 * rating's ("pain", "sleep"), a determiner, a direction ("north"),
 * one of fac_describers[], a word of an adjective's ending
 * (adj_endings[]), one with an 's ("children's", whose kind it is);
 * nor one of fewer than four letters or joined ("walk-in"). */
static int
fac_name_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);
	const char *w;
	size_t len;
	unsigned f;

	if (t == NULL || t->kind != T_WORD || t->cap || t->allcap ||
	    t->joined || t->hyphen || t->contr || (len = tend(t) - t->s) < 4 ||
	    t->nletter != len || t[1].kind == T_POSS)
		return 0;
	f = fullflags(sc, k) & ~(unsigned)MH_NAMES_PROPER;
	if ((f & ~(unsigned)MH_NAMES_STREET) != MH_NAMES_COMMON ||
	    tok_in(sc, k,
	        KW_CLINICAL | KW_SLANG | KW_MEASURE | KW_RATING | KW_NOUN_NEXT |
	            KW_FAC_HEAD | KW_DIRECTION) ||
	    tok_in2(sc, k, KW2_SERVICE | KW2_FAC_QUAL) ||
	    word_among(sc, k, fac_describers))
		return 0;
	w = sc->s + t->s;
	for (const struct lit *e = adj_endings; e->w != NULL; e++)
		if (len >= e->m + 2 && eqw(w + len - e->m, e->m, e->w))
			return 0;
	return 1;
}

/* Is the lower-case word k a comparative or a superlative of a word of
 * the table: "newer", "nicer", "bigger", "shittier", "cheapest"?  After
 * "the" it says what a place is like ("at the cheaper recovery
 * center"), no name (low_place()).  A name shaped so ("summer",
 * "tower") stays there too, as every such word did before. */
static int
than_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s, m;
	char y[32];

	if (n >= 5 && eqw(w + n - 3, 3, "est"))
		m = n - 3;
	else if (n >= 4 && eqw(w + n - 2, 2, "er"))
		m = n - 2;
	else
		return 0;
	if (m < 3 || n >= sizeof(y))
		return 0;
	/* "new-er", "nice-r", "big-g-er", "shitt-i-er" */
	if ((mh_names_lookup(sc->nm, w, m) & MH_NAMES_COMMON) ||
	    (w[m] == 'e' &&
	        (mh_names_lookup(sc->nm, w, m + 1) & MH_NAMES_COMMON)) ||
	    (w[m - 1] == w[m - 2] &&
	        (mh_names_lookup(sc->nm, w, m - 1) & MH_NAMES_COMMON)))
		return 1;
	if (w[m - 1] != 'i')
		return 0;
	memcpy(y, w, m - 1);
	y[m - 1] = 'y';
	return (mh_names_lookup(sc->nm, y, m) & MH_NAMES_COMMON) != 0;
}

static int town_word(struct mh_scanner *sc, size_t k);

/* Does the word p before a lower-case facility's name say that a place
 * follows (low_place())?  A place's cue, "at", "to", "in", "from";
 * "called" ("i called riverton behavioral health"); "out of" ("i
 * dropped out of riverton community college"); or "is" or "was" after
 * a facility's word ("my school is jefferson high"). */
static int
low_place_cue(struct mh_scanner *sc, size_t p)
{
	if (flags(sc, p) & MH_NAMES_PLACECUE)
		return 1;
	if (tok_is(sc, p, KW_CALLED))
		return 1;
	/* a time by the place: "after riverton recovery center i
	 * relapsed", "since lakeview clinic" (the name a name's word, the
	 * kind's word with it, as low_place() asks) */
	if (tok_is(sc, p, KW_SINCE) || word_eq(sc, p, "after") ||
	    word_eq(sc, p, "before"))
		return 1;
	if (tok_is(sc, p, KW_OF) && p >= 2 && tok_gap(sc, p - 1) &&
	    word_eq(sc, p - 2, "out"))
		return 1;
	return (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)) && p >= 2 &&
	    tok_gap(sc, p - 1) && tok_in(sc, p - 2, KW_FAC_HEAD) &&
	    !sc->t[p - 2].cap;
}

/* Is the word at k, after "the" and before "projects", a town's name:
 * one of the lists' towns, or a word of none but the surnames'
 * ("riverton")?  Not a surname that is a word too, which chat says of
 * the place ("in the hood projects"). */
static int
proj_town(struct mh_scanner *sc, size_t k)
{
	int tw = town_word(sc, k);

	return tw == 2 || (tw != 0 && !(fullflags(sc, k) & MH_NAMES_WORD));
}

static int town_shaped(struct mh_scanner *sc, size_t i);

/* Is token p "to" after a word of a stay in a hospital, with "me",
 * "him", "her" or "them" between or not: "admitted to", "they
 * admitted me to" (stay_cues[], low_place())? */
static int
stay_to(struct mh_scanner *sc, size_t p)
{
	size_t v = p - 2;

	if (!tok_is(sc, p, KW_TO) || p < 2 || !tok_gap(sc, p - 1))
		return 0;
	if (object_word(sc, v) && v >= 2 && tok_gap(sc, v - 1))
		v -= 2;
	return tok_in(sc, v, KW_STAY_CUE);
}

/* A facility written in lower case after "at", "to", "in", "from" (and
 * "the"): "at mercy hospital", "to lakeview clinic", "at st. jude's",
 * "in saint anne's".  At the facility word i the span starts back at
 * its name, one word (*start); at "st" or "saint" it runs forward over
 * the saint's name and its "'s".  Returns the end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
low_place(struct mh_scanner *sc, size_t i, size_t *start)
{
	static const char *const psych_kinds[] = {"juvie", "juvy", "geri",
	    "gero", "lockdown", NULL};
	/* chat's words that open a clause, in no list */
	static const char *const chat_openers[] = {"bruh", "welp", "yall",
	    "istg", NULL};
	size_t p, k, end;
	int named, quals = 0, plain = 0;

	if (tok_in(sc, i, KW_FAC_HEAD)) {
		/* the name, one word, up to two words of a facility's
		 * kind ("mercy general hospital"), and the place word */
		if (i < 2 || !tok_gap(sc, i - 1))
			return 0;
		/* "riverton high", "riverton general" only ending the
		 * clause, before its town ("westfield elementary in
		 * riverton") or before a ward of its own ("riverton
		 * general er", "kennedy memorial icu"): not "riverton high
		 * street", "so high rn"; "elementary" inside a clause too
		 * ("at parkview elementary lets me"): its adjective comes
		 * with no place cue and name before it ("pretty elementary
		 * stuff", "at a very elementary level") */
		if (tok_in2(sc, i, KW2_FAC_END) && !clause_end_after(sc, i) &&
		    !word_eq(sc, i, "elementary") &&
		    !(tok_gap(sc, i + 1) &&
		        (tok_is(sc, i + 2, KW_IN) || word_eq(sc, i + 2, "rn") ||
		            word_eq(sc, i + 2, "er") ||
		            word_eq(sc, i + 2, "icu"))))
			return 0;
		int n = 0;
		k = i - 2;
		for (; n < 2 && k >= 2 && tok_in2(sc, k, KW2_FAC_QUAL) &&
		     !sc->t[k].cap && tok_gap(sc, k - 1);
		     n++)
			k -= 2;
		/* "health" a place only after its kind: "riverton
		 * behavioral health", not "my health", "kz health" */
		if (n == 0 && word_eq(sc, i, "health"))
			return 0;
		/* a center or a school only of a kind: "lakeview medical
		 * center", "riverton high school", not "at the downtown
		 * center", "at grad school"; or a school named by a name and
		 * a street's word ("to oak hill academy": street_pair()) */
		if (n == 0 &&
		    ((tok_in2(sc, i, KW2_FAC_KIND) &&
		         !street_pair(sc, i - 2)) ||
		        eqw(sc->s + sc->t[i].s, tend(&sc->t[i]) - sc->t[i].s,
		            "center") ||
		        eqw(sc->s + sc->t[i].s, tend(&sc->t[i]) - sc->t[i].s,
		            "centre")))
			return 0;
		quals = n;
		if (tk(sc, k) && sc->t[k].kind == T_POSS && k >= 1)
			k--; /* "st. jude's hospital" */
		/* psych, hall and projects after a word in no list as
		 * high is: "at hella psych"; a first name that is also a
		 * word names a hall ("baker hall") */
		named = low_place_word(sc, k);
		/* a name of two words, a street's after a name that is a
		 * word too: "at maple grove rehab", "at cedar hill clinic" */
		if (named == 0 && street_pair(sc, k)) {
			k -= 2;
			named = 1;
		}
		/* ordinary words before a word of its kind, one or two:
		 * "to sunrise recovery center", "at blue harbor treatment
		 * center"; or one before "rehab", "went to sunrise rehab";
		 * taken after a place's cue alone (plain).  Not before a
		 * school's, of which chat names more kinds than
		 * fac_name_word() knows ("to magnet high school", "to
		 * online high school", "to career high school") */
		if (named == 0 && (n > 0 || word_eq(sc, i, "rehab")) &&
		    !tok_in2(sc, i, KW2_FAC_KIND) && fac_name_word(sc, k)) {
			if (n == 1 && k >= 2 && tok_gap(sc, k - 1) &&
			    fac_name_word(sc, k - 2))
				k -= 2;
			named = 1;
			plain = 1;
		}
		if (named == 0 ||
		    (n == 0 &&
		        (tok_in2(sc, i, KW2_FAC_END) ||
		            (named == 1 &&
		                (word_eq(sc, i, "psych") ||
		                    word_eq(sc, i, "hall") ||
		                    word_eq(sc, i, "projects")))) &&
		        !fac_end_name(sc, k, named)))
			return 0;
		p = prev_word(sc, k);
		if (p != SIZE_MAX && p + 2 == k && tok_punct(sc, p + 1, '.'))
			p = SIZE_MAX; /* "st.": the saint's rule takes it */
		if (p != SIZE_MAX && tok_in(sc, p, KW_LOW_SAINT)) {
			k = p;
			p = prev_word(sc, k);
		}
		*start = sc->t[k].s;
		end = tend(&sc->t[i]);
	} else {
		/* "st. jude's", "saint anne's hospital", "st marys
		 * hospital"; not "st patrick's day" */
		k = i + 1;
		if (tok_punct(sc, k, '.'))
			k++;
		if (!tok_gap(sc, k))
			return 0;
		k++;
		/* "st marys": a first name with an s for its "'s" (3) */
		named = low_place_word(sc, k);
		if (named == 0 && tk(sc, k) && sc->t[k].kind == T_WORD &&
		    !sc->t[k].cap && tend(&sc->t[k]) - sc->t[k].s >= 4 &&
		    sc->s[tend(&sc->t[k]) - 1] == 's' &&
		    (mh_names_lookup(sc->nm, sc->s + sc->t[k].s,
		         tend(&sc->t[k]) - sc->t[k].s - 1) &
		        MH_NAMES_FIRST))
			named = 3;
		if (named == 0)
			return 0;
		end = tend(&sc->t[k]);
		if (tk(sc, k + 1) && sc->t[k + 1].kind == T_POSS) {
			end = tend(&sc->t[++k]);
			if (tok_gap(sc, k + 1) && tok_is(sc, k + 2, KW_DAY))
				return 0;
		} else if (named != 3 &&
		    !(tok_gap(sc, k + 1) && tok_in(sc, k + 2, KW_FAC_HEAD)) &&
		    !tok_is(sc, prev_word(sc, i), KW_AT)) {
			/* "saint" alone: a name's, not a place's ("pray to
			 * st jude"), but after "at" a school's or a
			 * church's ("so anxious at st. ignatius") */
			return 0;
		}
		if (tok_gap(sc, k + 1) && tok_in(sc, k + 2, KW_FAC_HEAD))
			end = tend(&sc->t[k + 2]);
		p = prev_word(sc, i);
		*start = sc->t[i].s;
	}
	/* after "the", a word in no list is as often one that says what
	 * the place is like ("at the shitty hospital"): only a name, a
	 * town's name before "projects" ("in the riverton projects"), or
	 * ordinary words before a word of its kind, which
	 * fac_name_word() has asked what the place is like ("at the
	 * sunrise recovery center"; "at the sunrise rehab", "at the
	 * cheaper recovery center" stay: than_word()) */
	if (p != SIZE_MAX && tok_is(sc, p, KW_THE)) {
		if (named < 2 && !(plain && quals > 0 && !than_word(sc, k)) &&
		    !(word_eq(sc, i, "projects") && proj_town(sc, k)))
			return 0;
		p = prev_word(sc, p);
	} else if (word_eq(sc, i, "projects")) {
		return 0; /* "in riverton projects": work, not a home */
	} else if (quals > 0 && !plain && slot_start(sc, k) &&
	    (named == 2 ||
	        (fac_end_name(sc, k, named) &&
	            !word_among(sc, k, chat_openers)))) {
		/* a name and a word of its kind need no cue where they open
		 * a clause: "riverton medical center has a waitlist" (not
		 * "mental health center ...", whose first word is no name,
		 * nor chat's word the lists lack: "lowkey medical center was
		 * nice", "sooo high school sucked", "bruh medical center
		 * again") */
		return end;
	}
	if (p == SIZE_MAX || sc->t[p].cap)
		return 0;
	/* "psych" and "hall" a place only after "at" or "in" ("at
	 * millbrook psych", "in baker hall"), or "to" after a stay's word
	 * before a first name, a surname alone, a word shaped as a town or
	 * one of no list in "-haven", a place's ending that town_ending()
	 * lacks ("in brookhaven" is chat's game as often): "admitted to
	 * riverton psych", "admitted me to mercy psych", "admitted me to
	 * brookhaven psych" (not a word of no list that is the kind
	 * misspelt or chat's, "admitted to paeds psych", "to inpatiant
	 * psych", "to bougie psych"), not a course ("to forensic psych",
	 * "from music hall"), nor after chat's word for their kind ("in
	 * juvie hall", "at geri psych", "at lockdown psych") */
	if ((word_eq(sc, i, "psych") || word_eq(sc, i, "hall")) &&
	    ((!tok_is(sc, p, KW_AT) && !tok_is(sc, p, KW_IN) &&
	         !(stay_to(sc, p) &&
	             (named == 2 || fullflags(sc, k) == MH_NAMES_LAST ||
	                 town_shaped(sc, k) ||
	                 (named == 1 && sc->t[k].nletter >= 8 &&
	                     eqw(sc->s + tend(&sc->t[k]) - 5, 5, "haven"))))) ||
	        word_among(sc, k, psych_kinds)))
		return 0;
	return low_place_cue(sc, p) ? end : 0;
}

/* The town after a lower-case facility's word i and "at": "the
 * counseling center at riverton", "the clinic at millbrook".  Not after
 * a word of size or kind ("so high at", "my health at"), "projects" or
 * "hall", nor before a word of a list ("the clinic at noon"):
 * town_word(), nor a time of the year's ("the school at christmas":
 * holidays[]).  Sets *start; returns the end or 0. */
static size_t
fac_at_town(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t k = i + 4;

	if (tok_in2(sc, i, KW2_FAC_END | KW2_FAC_QUAL) ||
	    word_eq(sc, i, "projects") || word_eq(sc, i, "hall") ||
	    !tok_gap(sc, i + 1) || !tok_is(sc, i + 2, KW_AT) ||
	    !tok_gap(sc, i + 3) || town_word(sc, k) == 0 ||
	    tok_in(sc, k, KW_HOLIDAY) ||
	    (tk(sc, k + 1) && sc->t[k + 1].kind == T_POSS))
		return 0;
	*start = sc->t[k].s;
	return tend(&sc->t[k]);
}

/* May the word at k, in lower case, be a town's name (low_town())?  2
 * for a town of the word table's (CITY: "chicago", "boston"), 1 for a
 * word of four letters or more in no list or in the surname list alone
 * ("tulsa", "philly", "leeds"), 0 for any other: an ordinary word, a
 * first name, a state or a country (HIPAA keeps them: "from texas"), a
 * medicine, an app, a platform or slang ("moved to tiktok"). */
static int
town_word(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);
	unsigned f;

	if (t == NULL || t->kind != T_WORD || t->cap || t->allcap ||
	    t->joined || (t->flags & (MH_NAMES_STOP | MH_NAMES_STATE)) ||
	    tok_in(sc, k, KW_CLINICAL | KW_PLATFORM | KW_SLANG))
		return 0;
	f = fullflags(sc, k);
	if (f & TOWN_NOT_FLAGS)
		return 0;
	if (f & MH_NAMES_CITY)
		return 2;
	return (f == 0 || (f & ~MH_NAMES_WORD) == MH_NAMES_LAST) &&
	    t->nletter >= 4 && t->nletter == tend(t) - t->s &&
	    !clinical_suffix(sc, t);
}

/* The countries said in one word after a town, beside the states and
 * lands[]: "manchester uk" (land_after()). */
static const char *const town_lands[] = {"uk", "usa", "england", "scotland",
    "wales", "ireland", "canada", "australia", NULL};

/* Does the word w of len bytes end as English towns' names do, with
 * three letters or more before the ending: "-ton", "-ford", "-chester",
 * "-cester", "-ham", "-bury", "-borough", "-field", "-ville", "-wood",
 * "-brook", "-burg", "-mouth", "-port", "-wick", "-stead", "-pool",
 * "-bridge", "-dale" ("millbrook", "riverton", "ashford")?  The
 * ending's length, or 0 (mood_town() wants it).  By the last
 * byte first: memo_quiet() asks it of every new word of the memo, where
 * a compare with each ending was 1.0 M of rb4.txt's instructions. */
static int
town_end_bytes(const char *w, size_t len)
{
#define TOWN_END(e) \
	if (len > sizeof(e) + 1 && \
	    eqw(w + len - (sizeof(e) - 1), sizeof(e) - 1, e)) \
	return (int)sizeof(e) - 1
	if (len < 6)
		return 0;
	switch (lc((unsigned char)w[len - 1])) {
	case 'n': TOWN_END("ton"); break;
	case 'd':
		TOWN_END("ford");
		TOWN_END("field");
		TOWN_END("wood");
		TOWN_END("stead");
		break;
	case 'r':
		TOWN_END("chester");
		TOWN_END("cester");
		break;
	case 'm': TOWN_END("ham"); break;
	case 'y': TOWN_END("bury"); break;
	case 'h':
		TOWN_END("borough");
		TOWN_END("mouth");
		break;
	case 'e':
		TOWN_END("ville");
		TOWN_END("bridge");
		TOWN_END("dale");
		break;
	case 'k':
		TOWN_END("brook");
		TOWN_END("wick");
		break;
	case 'g': TOWN_END("burg"); break;
	case 't': TOWN_END("port"); break;
	case 'l': TOWN_END("pool"); break;
	default: break;
	}
	return 0;
#undef TOWN_END
}

/* Does the word j end as towns do (town_end_bytes()), for a town of no
 * list before a country (land_after()): "millbrook uk", "ashford uk"? */
static int
town_ending(struct mh_scanner *sc, size_t j)
{
	const struct tok *w = &sc->t[j];

	return town_end_bytes(sc->s + w->s, tend(w) - w->s);
}

/* Is token k a state or country after the word j, which may be a town
 * (low_town())?  A state's name (not its code: "in pain ok") or a land
 * of two words after any town_word(); a country of town_lands[] only
 * after a town of the word table's, or one of no list that is a surname
 * too ("manchester", "leeds") or ends as towns do ("millbrook"), as
 * another word of no list is as often a new one ("in lockdown uk"). */
static int
land_after(struct mh_scanner *sc, size_t j, size_t k)
{
	const struct tok *t = tk(sc, k);
	int tw;

	if (t == NULL || t->kind != T_WORD)
		return 0;
	if (((fullflags(sc, k) & MH_NAMES_STATE) && t->nletter >= 4) ||
	    land_at(sc, k) != 0)
		return 1;
	if ((tw = town_word(sc, j)) == 0 || !word_among(sc, k, town_lands))
		return 0;
	return tw == 2 || (fullflags(sc, j) & MH_NAMES_LAST) ||
	    town_ending(sc, j);
}

/* May the word at k, in lower case, open a town's name of two words or
 * three: a word of one (CITYPART: "new", "san", "st", "los") or a
 * direction ("east london"). */
static int
town_part(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);

	return t != NULL && t->kind == T_WORD && !t->cap && !t->allcap &&
	    !t->joined && !(t->flags & MH_NAMES_STOP) &&
	    ((fullflags(sc, k) & MH_NAMES_CITYPART) ||
	        tok_in(sc, k, KW_DIRECTION));
}

/* Is token p "is" or "was" after "hometown": "my hometown is
 * millbrook" (low_town(), town_after_verb())? */
static int
hometown_is(struct mh_scanner *sc, size_t p)
{
	return (tok_is(sc, p, KW_IS) || tok_is(sc, p, KW_WAS)) && p >= 2 &&
	    tok_gap(sc, p - 1) && word_eq(sc, p - 2, "hometown");
}

/* Is token y a year between "in" and "in" or "to": "born in 1988 in
 * riverton" (low_town() reading back, town_after_verb() forth)? */
static int
year_between(struct mh_scanner *sc, size_t y)
{
	return y >= 2 && tk(sc, y + 2) != NULL && sc->t[y].kind == T_NUM &&
	    sc->t[y].ndigit == 4 && tok_gap(sc, y - 1) &&
	    tok_is(sc, y - 2, KW_IN) && tok_gap(sc, y + 1) &&
	    (tok_is(sc, y + 2, KW_IN) || tok_is(sc, y + 2, KW_TO));
}

/* Is token v a form of "be": "is", "was", "been", "are", "were", "am",
 * "i'm", "we're", chat's "im", "iam" and "i m", or the 's of "it's"
 * (in_cue())? */
static int
be_word(struct mh_scanner *sc, size_t v)
{
	return sc->t[v].kind == T_POSS || tok_is(sc, v, KW_IS) ||
	    tok_is(sc, v, KW_WAS) || word_eq(sc, v, "been") ||
	    word_eq(sc, v, "are") || word_eq(sc, v, "were") ||
	    word_eq(sc, v, "am") || word_among(sc, v, am_words) ||
	    (tok_is(sc, v, KW_M) && v >= 2 && tok_gap(sc, v - 1) &&
	        tok_is(sc, v - 2, KW_I));
}

/* Is token v, before "in", a cue that the word after "in" may be a town
 * though no word of town_verbs[] comes before it: a relation after
 * "my" or another owner's word ("my grandma in", "my therapist in",
 * "my aunt's in", "my friends in"), "life" ("my whole life in"), or a
 * form of "be", alone or before one word ("i was in", "things have been
 * rough in", "i m in")?  All come before
 * ordinary words as often ("my grandma in heaven", "my sister in
 * christ", "she's in denial", "rough in the mornings"): low_town()
 * asks it only of a word shaped as a town (town_shaped()). */
static int
in_cue(struct mh_scanner *sc, size_t v)
{
	size_t r = v;

	/* "my aunt's in": the relation before the 's */
	if (sc->t[v].kind == T_POSS && v >= 1 && sc->t[v - 1].kind == T_WORD)
		r = v - 1;
	if (r >= 2 && sc->t[r].kind == T_WORD && tok_gap(sc, r - 1) &&
	    tok_in(sc, r - 2, KW_POSS_DET) &&
	    ((fullflags(sc, r) & MH_NAMES_REL) || plural_rel_at(sc, r)))
		return 1;
	if (be_word(sc, v))
		return 1;
	/* "my whole life in riverton", not "my life in general": a
	 * town's shape (town_shaped()) asked as after a relation */
	if (word_eq(sc, v, "life"))
		return 1;
	/* one word between: "been rough in", "was stuck in" */
	return v >= 2 && sc->t[v].kind == T_WORD && !sc->t[v].cap &&
	    !(flags(sc, v) & MH_NAMES_STOP) && tok_gap(sc, v - 1) &&
	    be_word(sc, v - 2);
}

/* Words of no English list that end as towns do but name a thing, a
 * game's world, a show's town or a film trade, said after "in" and a
 * cue of in_cue() ("we were in carpool", "my bf in bloxburg", "she was
 * in wonton heaven", "my brother's in nollywood", "I'm in bridgerton"):
 * town_shaped(). */
static const char *const town_shaped_not[] = {"carpool", "deadpool", "wonton",
    "starfield", "bloxburg", "windenburg", "nollywood", "tollywood",
    "kollywood", "backwood", "bridgerton", "smallville", NULL};

/* Moods and states that chat makes a town of with "ville", also with
 * an s ("i'm in sadville", "stuck in dullsville", "im in cringeville"),
 * or with another town's ending ("i'm in sadburg", "in sleepwood", "in
 * hellport", "in goblinton"), where a town of that ending is as often
 * a word and the ending ("greenville", "huntsville", "springfield"):
 * town_shaped(). */
static const struct lit town_moods[] = {LIT("sad"), LIT("dull"), LIT("snooze"),
    LIT("cringe"), LIT("hell"), LIT("bore"), LIT("boring"), LIT("loser"),
    LIT("lame"), LIT("drama"), LIT("lonely"), LIT("crazy"), LIT("panic"),
    LIT("gloom"), LIT("doom"), LIT("stress"), LIT("stuck"), LIT("cry"),
    LIT("mope"), LIT("nap"), LIT("happy"), LIT("chill"), LIT("nerd"),
    LIT("weird"), LIT("dumb"), LIT("sleep"), LIT("sleepy"), LIT("snack"),
    LIT("fatigue"), LIT("anxiety"), LIT("tired"), LIT("fog"), LIT("mood"),
    LIT("goblin"), LIT("detox"), LIT("recovery"), LIT("hungry"), LIT("angry"),
    LIT("cozy"), {NULL, 0}};

/* The words after such a word that make it a state of mind or a show,
 * not a town: "in deadpool mode", "in wonton heaven", "in my
 * riverdale era", "in nollywood movies", "in bridgerton season", "in
 * paris syndrome": town_shaped(). */
static const char *const town_not_after[] = {"mode", "era", "heaven", "vibes",
    "phase", "mood", "energy", "movies", "country", "season", "syndrome", NULL};

/* Is the word j a mood of town_moods[] and a town's ending, the whole
 * ending and nothing between but an s ("sadville", "dullsville",
 * "sleepwood"; not "dumbarton")? */
static int
mood_town(struct mh_scanner *sc, size_t j)
{
	const struct tok *w = &sc->t[j];
	const char *s = sc->s + w->s;
	size_t n = tend(w) - w->s, e = (size_t)town_end_bytes(s, n);

	if (e == 0)
		return 0;
	n -= e;
	for (const struct lit *m = town_moods; m->w != NULL; m++)
		if ((m->m == n ||
		        (m->m + 1 == n &&
		            lc((unsigned char)s[n - 1]) == 's')) &&
		    strncasecmp(s, m->w, m->m) == 0)
			return 1;
	return 0;
}

/* Is the lower-case word i shaped as a town, past what town_word()
 * asks: a town of the word table's, or a word of no list (or the
 * surname list) that ends as towns do ("riverton", "millbrook")?  What
 * low_town() wants after a cue of in_cue(), before which a word of no
 * list is as often a new one or a misspelling ("my friend in skool");
 * not a word of town_shaped_not[] or a mood's town (mood_town()), nor
 * before a word of town_not_after[] or an 's, which a person's name has after
 * "in" far more often than a town ("my daughter is in madison's
 * class", "my sister's in charlotte's room": the name rules' own). */
static int
town_shaped(struct mh_scanner *sc, size_t i)
{
	int tw = town_word(sc, i);

	if (tw != 2 && (tw != 1 || !town_ending(sc, i)))
		return 0;
	if (tw == 1 && (word_among(sc, i, town_shaped_not) || mood_town(sc, i)))
		return 0;
	if (i + 1 < sc->nt && sc->t[i + 1].kind == T_POSS)
		return 0;
	return !(tok_gap(sc, i + 1) && word_among(sc, i + 2, town_not_after));
}

/* Is the word i, which may be a town, after a '"' or a '\'' (a curly
 * one too: tok_rest_any()) that opens a quote after a blank: "i live
 * in \"riverton\" now", "i live in 'riverton' lol" (low_town())? */
static inline int
town_quote(struct mh_scanner *sc, size_t i)
{
	return i >= 3 &&
	    (tok_punct(sc, i - 1, '"') || tok_punct(sc, i - 1, '\''));
}

/* The word of a town's name after "st", "st." or "saint" at i ("st.
 * paul", "saint louis"): its index, or 0.  low_town() joins the words
 * of a town's name over blanks only, and "saint" is none of them in
 * the lists ("st" is).  Not before "'s", a saint's feast or church
 * ("st. paul's"). */
static size_t
saint_town(struct mh_scanner *sc, size_t i)
{
	size_t k = tok_punct(sc, i + 1, '.') ? i + 2 : i + 1;

	if (!tok_gap(sc, k) || !town_part(sc, k + 1) ||
	    (tk(sc, k + 2) && sc->t[k + 2].kind == T_POSS))
		return 0;
	return k + 1;
}

/* Is the lower-case word i, after the "in" at p and the token v before
 * it, a town by where it stands: after a place or an address taken
 * ("at [st vincents] in darlinghurst") or a street's or a station's
 * word after a word of its name ("kingfisher drive in calgary", "the
 * police station in stockport"), a word of town_word() or of PROPER
 * (proper_place()), and after a place taken a surname that is a word
 * too where the clause ends ("[42 elm st] in reading and i need
 * someone"; "in reading the news" is the verb, "the best view in town"
 * no place); or before a stay's span of time (stay_time_after()) a
 * word shaped as a town (town_shaped()), or one of town_word() after
 * no form of "be" ("their dad in ballarat until sunday", "the bungee
 * jump in queenstown next month"), where a word of no list is as often
 * a new one ("he's in juvie until march", "we're in lockdown until
 * friday", "i'll be in bootcamp")? */
static int
low_town_placed(struct mh_scanner *sc, size_t v, size_t i, size_t p)
{
	const struct mh_scan_span *l = sc->nsp ? &sc->sp[sc->nsp - 1] : NULL;
	int taken = l != NULL && l->end == tend(&sc->t[v]) &&
	    (l->type == MH_SCAN_ADDRESS || l->type == MH_SCAN_LOCATION);

	/* a street's word after a word of its name, no stop word ("i
	 * drive in", "down the road in silence") */
	if (!taken &&
	    !((flags(sc, v) & MH_NAMES_STREET) && v >= 2 &&
	        tok_gap(sc, v - 1) && sc->t[v - 2].kind == T_WORD &&
	        !(flags(sc, v - 2) & MH_NAMES_STOP)))
		return (town_shaped(sc, i) ||
		           (town_word(sc, i) != 0 && !be_word(sc, v) &&
		               !word_eq(sc, v, "be"))) &&
		    stay_time_after(sc, i);
	if (town_word(sc, i) != 0 || proper_place(sc, i, p))
		return 1;
	/* a surname that is a word only after a place taken: "the best
	 * view in town" */
	return taken &&
	    (fullflags(sc, i) & ~(unsigned)MH_NAMES_WORD) ==
	    (MH_NAMES_LAST | MH_NAMES_COMMON) &&
	    day_clause_end(sc, i);
}

/* Is the word i, after ", in" at v + 2 (v the ','), a town of
 * town_word() in an aside of one's age and home in a list of one's
 * own: ", 22, in boise" at the clause's end?  The age two digits
 * between commas; "i ran 5k, 22, in total" has no town. */
static int
age_aside(struct mh_scanner *sc, size_t v, size_t i)
{
	long a;

	return v >= 3 && tok_punct(sc, v, ',') && num_val(sc, v - 1, &a) == 2 &&
	    tok_gap(sc, v - 2) && tok_punct(sc, v - 3, ',') &&
	    town_word(sc, i) != 0 && clause_end_after(sc, i);
}

/* A town in lower case at the word i, after a word of town_preps[]
 * (token i - 2, a blank between): "from tulsa", "visiting boston",
 * "near leeds"; or after "in" or "to" where a word of town_verbs[]
 * comes before it, "i live in springfield", "moved to chicago", "grew
 * up in tulsa", "we moved back to leeds".  The town is one word of
 * town_word(), or two or three where the first is a word of a town's
 * name or a direction or itself a town and the next such a word too:
 * "new york", "san diego", "st louis", "east london", "salt lake
 * city".  Not "i live in fear", "back to normal", "moved to therapy",
 * "from the uk", "from texas".  Returns the end or 0.  Out of line:
 * asked only where the walk stops after such a word (memo_quiet()). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
low_town(struct mh_scanner *sc, size_t i)
{
	/* the town in quotes: "i live in \"riverton\" now" (q, the quote's
	 * token, for i) */
	size_t q = town_quote(sc, i) ? i - 1 : i, p = q - 2, v, k, st = 0;
	const struct tok *t = tk(sc, i);
	int in = 0, pr = 0, placed = 0;

	if (t == NULL || q < 2 || t->kind != T_WORD || t->cap || t->allcap ||
	    (t->flags & MH_NAMES_STOP) || !tok_gap(sc, q - 1) || sc->t[p].cap ||
	    sc->t[p].allcap)
		return 0;
	/* "st. paul", "saint louis" */
	if (tok_in(sc, i, KW_LOW_SAINT))
		st = saint_town(sc, i);
	if (hometown_is(sc, p)) {
		/* "my hometown is millbrook" */
	} else if (!tok_in(sc, p, KW_TOWN_PREP)) {
		/* chat's "n" for "in" after a form of "be": "im n riverton"
		 * (not "mac n cheese") */
		in = tok_is(sc, p, KW_IN) ||
		    (tok_is(sc, p, KW_N) && p >= 2 && tok_gap(sc, p - 1) &&
		        be_word(sc, p - 2));
		if (!(in || tok_is(sc, p, KW_TO)) || p < 2 ||
		    !tok_gap(sc, p - 1))
			return 0;
		v = p - 2;
		/* "born in 1988 in riverton": the year between */
		if (v >= 4 && year_between(sc, v) && tok_gap(sc, v - 3))
			v -= 4;
		/* "grew up in", not "ended up in" */
		if (v >= 2 && word_eq(sc, v, "up") && tok_gap(sc, v - 1) && in)
			v -= 2;
		/* with no such word, after "in" a town of one word before a
		 * state or country: "i'm in manchester uk", "in riverton
		 * ohio" ("in bed ohio" is no town: town_word()) */
		/* or a cue of a weaker kind before "in" and a word shaped
		 * as a town: "my grandma in riverton", "things have been
		 * rough in millbrook" (in_cue()) */
		/* or "I'm in" or a word of staying that town_verbs[] has
		 * not, and a word of PROPER: "im in dubai rn", "stuck in
		 * cebu with my mom" (proper_town()) */
		/* or a place or a street before "in", or a stay's span
		 * after the word (low_town_placed()) */
		if (!tok_in(sc, v, KW_TOWN_VERB) &&
		    !(in && town_word(sc, i) && tok_gap(sc, i + 1) &&
		        land_after(sc, i, i + 2)) &&
		    !(in && (town_shaped(sc, i) || st) && in_cue(sc, v)) &&
		    !(in && (pr = proper_town(sc, i, p))) &&
		    !(in && (placed = low_town_placed(sc, v, i, p))) &&
		    !(in && age_aside(sc, v, i)))
			return 0;
	}
	/* or a word the lists hold as an ordinary one that SCOWL writes as
	 * a name, after a cue of living or moving alone: "i moved to
	 * hyderabad", "i grew up in okinawa", not "in" or "from" alone
	 * (proper_town()) */
	if (!st && !town_part(sc, i) && town_word(sc, i) == 0 && !pr &&
	    !placed && !(pr = proper_town(sc, i, p)) &&
	    !(in && (placed = low_town_placed(sc, v, i, p))))
		return 0;
	/* "new jersey", "north carolina": kept (land_at()) */
	if (land_at(sc, i) != 0)
		return 0;
	/* the words after it: a town's, or words of a town's name after a
	 * first word of one */
	k = st ? st : i;
	while (k + 2 < sc->nt && k < i + 4 && tok_gap(sc, k + 1)) {
		if (town_word(sc, k + 2) ||
		    (town_part(sc, k) && !tok_in(sc, k + 2, KW_DIRECTION) &&
		        town_part(sc, k + 2)) ||
		    (pr && (fullflags(sc, k + 2) & MH_NAMES_PROPER)))
			k += 2; /* "hong kong" as well */
		else
			break;
	}
	/* a word of a town's name alone is none: "moved to new", "back to
	 * east" */
	if (k == i && town_word(sc, i) == 0 && !pr && !placed)
		return 0;
	return tend(&sc->t[k]);
}

/* The town after the lower-case word i, which comes after a word of
 * town_verbs[]: "in" or "to" and the town ("moved to chicago"), or "up
 * in" and the town ("grew up in tulsa").  Sets *start; returns the end
 * or 0. */
static size_t
town_after_verb(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t k = i + 2;

	if (!tok_gap(sc, i + 1))
		return 0;
	/* "my hometown is millbrook": "is" or "was" for "in" */
	if (hometown_is(sc, i) && k < sc->nt) {
		*start = sc->t[k].s;
		return low_town(sc, k);
	}
	/* "born in 1988 in riverton": past the year (low_town()) */
	if (year_between(sc, k) && tok_gap(sc, k + 3))
		i = k + 2, k += 4;
	if (!(tok_is(sc, i, KW_IN) || tok_is(sc, i, KW_TO))) {
		if (!(word_eq(sc, i, "up") && tok_is(sc, k, KW_IN) &&
		        tok_gap(sc, k + 1)))
			return 0;
		k += 2;
	}
	/* "i live in \"riverton\"": the word in quotes (low_town()) */
	if (k < sc->nt && tok_punct(sc, k, '"'))
		k++;
	if (k >= sc->nt)
		return 0;
	*start = sc->t[k].s;
	return low_town(sc, k);
}

/* Is the token pt, with LOOK_NOCTX, before a lower-case word that may
 * be a town after it (town_at()): "in", chat's "n" ("Im n riverton"),
 * or a '"' or '\'' ("I'm in \"riverton\"", "in 'riverton'")? */
static inline int
in_before(const struct tok *pt)
{
	return pt->kw == KW_IN || pt->kw == KW_N || pt->mark == '"' ||
	    pt->mark == '\'';
}

/* Is there a town at or after the lower-case word i, whose token before
 * has no LOOK_NOCTX for a word of town_preps[] or town_verbs[]
 * (low_town(), town_after_verb()), or is "in", "n" or a '"' after one
 * (in_before(); low_town() asks the cue before it)?  Then the walk
 * takes the word to word_rules(), which emits the town kept for it
 * (town_tok); else it passes it, as it did before
 * (lower_name_context(), lower_opens_nothing()). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
town_at(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i), start = sc->t[i].s, end;

	/* "I'm in \"riverton\"": the cue before the quote (low_town()) */
	if (p + 1 == i && town_quote(sc, i))
		p = i - 3;
	else if (p + 2 != i)
		return 0;
	/* "in" (or chat's "n") and the word after it, where memo_quiet()
	 * has the walk stop at a word that ends as towns do or a known
	 * town */
	if (tok_in(sc, p, KW_TOWN_PREP) || tok_is(sc, p, KW_IN) ||
	    tok_is(sc, p, KW_N))
		end = low_town(sc, i);
	else if (p + 3 == i)
		return 0;
	else if (tok_in(sc, p, KW_TOWN_VERB))
		end = town_after_verb(sc, i, &start);
	else
		return 0;
	if (end == 0)
		return 0;
	sc->town_tok = i;
	sc->town_start = start;
	sc->town_end = end;
	return 1;
}

/* Is token k a piece of an e-mail address spelled out: a word or a
 * number, and no function word ("looked at the dot com bubble")? */
static int
mail_piece(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = tk(sc, k);

	return t != NULL &&
	    (t->kind == T_WORD || t->kind == T_NUM || t->kind == T_ALNUM) &&
	    !t->joined &&
	    !(t->kind == T_WORD && (fullflags(sc, k) & MH_NAMES_STOP));
}

/* The piece before token k (a piece) across a separator spelled as the
 * keyword id, "dot" or "at": " dot ", " (dot) ", "[at]", or written as
 * c, '.' or '@'.  Returns the piece's token or SIZE_MAX. */
static size_t
mail_sep_back(struct mh_scanner *sc, size_t k, unsigned id, int c)
{
	size_t j = k - 1;

	if (k < 2)
		return SIZE_MAX;
	if (tok_punct(sc, j, c))
		return mail_piece(sc, j - 1) ? j - 1 : SIZE_MAX;
	if (tok_gap(sc, j))
		j--;
	if (tok_punct(sc, j, ')') || tok_punct(sc, j, ']')) {
		/* "(dot)", "[at]", "[.]", with or without blanks around */
		if (j < 3 ||
		    !(tok_is(sc, j - 1, id) || tok_punct(sc, j - 1, c)) ||
		    !(tok_punct(sc, j - 2, '(') || tok_punct(sc, j - 2, '[')))
			return SIZE_MAX;
		j -= 3;
		if (tok_gap(sc, j))
			j--;
	} else {
		/* " dot ", " @ ": blanks on both sides */
		if (j == k - 1 || !(tok_is(sc, j, id) || tok_punct(sc, j, c)) ||
		    j < 2 || !tok_gap(sc, j - 1))
			return SIZE_MAX;
		j -= 2;
	}
	return j != SIZE_MAX && mail_piece(sc, j) ? j : SIZE_MAX;
}

/* The piece before token l (a piece) across a joiner said as a word,
 * " underscore " or " dash ": "maya underscore ok at example dot org",
 * "kz underscore 99 at ...", whose last piece alone was taken or none.
 * Its token, or SIZE_MAX.  (The words compared here are asked only of
 * an address's local part.) */
static size_t
mail_joiner_back(struct mh_scanner *sc, size_t l)
{
	if (l < 4 || !tok_gap(sc, l - 1) || !tok_gap(sc, l - 3) ||
	    !(word_eq(sc, l - 2, "underscore") || word_eq(sc, l - 2, "dash")) ||
	    !mail_piece(sc, l - 4))
		return SIZE_MAX;
	return l - 4;
}

/* The first name before the name at l that is an address's one piece,
 * after a word that asks for an address: "email maya okafor at example
 * dot org", a local part spelled as the name it is, its blank said for
 * the dot or nothing.  The surname alone was no local part (no first
 * name), and the name rule took the two words and left the rest.  Its
 * token, or SIZE_MAX. */
static size_t
mail_name_before(struct mh_scanner *sc, size_t l)
{
	static const char *const cues[] = {"email", "e-mail", "mail", "is",
	    "me", "at", "contact", "address", NULL};
	size_t f = l - 2, p;

	if (l < 2 || !tok_gap(sc, l - 1) || sc->t[l].kind != T_WORD ||
	    !(fullflags(sc, l) & (MH_NAMES_FIRST | MH_NAMES_LAST)) ||
	    sc->t[f].kind != T_WORD || sc->t[f].joined ||
	    (fullflags(sc, f) & (MH_NAMES_FIRST | MH_NAMES_STOP)) !=
	        MH_NAMES_FIRST)
		return SIZE_MAX;
	p = prev_word(sc, f);
	return p != SIZE_MAX && word_among(sc, p, cues) ? f : SIZE_MAX;
}

/* The local part of an e-mail address whose last piece is token a: up
 * to eight pieces joined by dots ("kayla dot m dot brooks", "dana.kim")
 * or by a word for '_' or '-' (mail_joiner_back()), and a '_' said at
 * its end ("maya underscore at example dot org", whose "underscore"
 * was the last piece, an ordinary word).
 * One piece alone must look like one: a first name that is no ordinary
 * word, or a digit or '_' in it; any other word is the sentence's ("a
 * directory at psychologytoday dot com", "I work at amazon dot com",
 * "bought it cheap at walmart dot com"); or a name in two words after
 * a word that asks for an address (mail_name_before()).  Returns its
 * first piece's token or SIZE_MAX. */
static size_t
mail_local(struct mh_scanner *sc, size_t a)
{
	size_t l, x;
	int n, under = 0;

	/* a '_' at the end is in it, as one within is */
	if (a >= 2 && tok_gap(sc, a - 1) && mail_piece(sc, a - 2) &&
	    word_eq(sc, a, "underscore"))
		a -= 2, under = 1;
	for (l = a, n = 1 + under; n < 8 &&
	     ((x = mail_sep_back(sc, l, KW_DOT, '.')) != SIZE_MAX ||
	         (x = mail_joiner_back(sc, l)) != SIZE_MAX);
	     n++)
		l = x;
	if (n == 1 && (x = mail_name_before(sc, l)) != SIZE_MAX)
		return x;
	if (n == 1) {
		const struct tok *t = &sc->t[l];
		unsigned f = t->kind == T_WORD ? fullflags(sc, l) : 0;
		if (t->kind == T_WORD &&
		    !memchr(sc->s + t->s, '_', tend(t) - t->s) &&
		    (f & (MH_NAMES_FIRST | MH_NAMES_COMMON)) != MH_NAMES_FIRST)
			return SIZE_MAX;
	}
	return l;
}

/* Is the word at a, of no list, chat's and no one's address: a verb
 * ending "ing" ("doomscrolling at reddit dot com"), a letter three
 * times over ("lmaooo", "Yesss", "Hmmmm"), a laugh of one pair of
 * letters over ("hahaha"), or an interjection of mail_noises[]
 * ("Yikes at webmd.com")? */
static int
mail_noise(struct mh_scanner *sc, size_t a)
{
	static const char *const mail_noises[] = {"yikes", "yikers", "zoomies",
	    "welp", "whoops", "oopsie", "oopsies", "sheesh", "yeesh", "jeez",
	    "geez", "bruhh", NULL};
	const struct tok *t = &sc->t[a];
	const char *w = sc->s + t->s;
	size_t n = tend(t) - t->s, k, pair = 1;

	if (n >= 3 && lc(w[n - 3]) == 'i' && lc(w[n - 2]) == 'n' &&
	    lc(w[n - 1]) == 'g')
		return 1;
	for (k = 2; k < n; k++) {
		if (lc(w[k]) == lc(w[k - 1]) && lc(w[k]) == lc(w[k - 2]))
			return 1;
		if (lc(w[k]) != lc(w[k - 2]))
			pair = 0;
	}
	return pair || word_among(sc, a, mail_noises);
}

/* Is token a, where mail_local() found no local part, a word of no list
 * of four letters or more ("mayaokafor"), no slang, that may be one
 * where the rest says an address is meant?  cue 2: a mail provider
 * after it (host_email()), which is enough ("zzzmaya at gmail").
 * Else a word that asks for an address before it ("my email is
 * mayaokafor at example dot com", "email: kzbrooks at ..."), whatever
 * the word; with none, no chat's noise (mail_noise(): "Yesss at
 * amazon.com", "doomscrolling at reddit dot com"), and then cue 0 (an
 * "(at)" after it) is enough, and cue 1 wants no word before it: an
 * address given alone opens its sentence ("mayaokafor at example dot
 * com pls"), where a verb with its g dropped is none ("lookin at
 * amazon dot com rn")? */
static int
bare_local(struct mh_scanner *sc, size_t a, int cue)
{
	static const char *const cues[] = {"email", "e-mail", "mail", "is",
	    "me", "at", "contact", "address", NULL};
	const struct tok *t = &sc->t[a];
	size_t p;

	if (t->kind != T_WORD || tend(t) - t->s < 4 || fullflags(sc, a) != 0 ||
	    tok_in(sc, a, KW_SLANG))
		return 0;
	if (cue == 2)
		return 1;
	/* after a word that asks for an address, any word is one: chat's
	 * noise is turned away only where nothing asks */
	p = prev_word(sc, a);
	if (p != SIZE_MAX && word_among(sc, p, cues))
		return 1;
	if (mail_noise(sc, a))
		return 0;
	if (!cue)
		return 1;
	if (p != SIZE_MAX)
		return 0;
	return sentence_initial(sc, a) &&
	    !(lc((unsigned char)sc->s[tend(t) - 2]) == 'i' &&
	        lc((unsigned char)sc->s[tend(t) - 1]) == 'n');
}

/* An e-mail address spelled out, at its ending i ("com"): "kayla dot m
 * dot brooks at gmail dot com", "sam.k (at) proton (dot) me" is not
 * taken (its ending is no word of tld_words), "jo_b [at] work [dot]
 * org" is.  A word "dot" or a bracketed one must come before the
 * ending: "gmail.com" alone is the URL rule's.  Sets *start; returns
 * the end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
spelled_email(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t d, a, l, x;

	if (i < 2 || tok_punct(sc, i - 1, '.') ||
	    (d = mail_sep_back(sc, i, KW_DOT, '.')) == SIZE_MAX)
		return 0;
	/* the domain: one word, or two ("mail dot ucla dot edu") */
	if ((a = mail_sep_back(sc, d, KW_AT, '@')) == SIZE_MAX) {
		if ((x = mail_sep_back(sc, d, KW_DOT, '.')) == SIZE_MAX ||
		    (a = mail_sep_back(sc, x, KW_AT, '@')) == SIZE_MAX)
			return 0;
	}
	if ((l = mail_local(sc, a)) == SIZE_MAX) {
		if (!bare_local(sc, a, 1))
			return 0;
		l = a;
	}
	*start = sc->t[l].s;
	return tend(&sc->t[i]);
}

/* The end of an address's ending from token k on, after its provider
 * ("kz99 at gmail" then this): ",com" (a comma for the dot), " dot com",
 * "(dot) com", " dot c o m" (the letters apart); 0 for none. */
static size_t
host_tail(struct mh_scanner *sc, size_t k)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t j;
	int n;

	if (tok_punct(sc, k, ',') && tok_in(sc, k + 1, KW_TLD_WORD))
		return tend(&sc->t[k + 1]);
	if (tok_gap(sc, k) && tok_is(sc, k + 1, KW_DOT) && tok_gap(sc, k + 2))
		j = k + 3;
	else if (tok_gap(sc, k) &&
	    (tok_punct(sc, k + 1, '(') || tok_punct(sc, k + 1, '[')) &&
	    (tok_is(sc, k + 2, KW_DOT) || tok_punct(sc, k + 2, '.')) &&
	    (tok_punct(sc, k + 3, ')') || tok_punct(sc, k + 3, ']')))
		j = skip_space(sc, k + 4);
	else
		return 0;
	if (tok_in(sc, j, KW_TLD_WORD))
		return tend(&sc->t[j]);
	/* "c o m": three letters, one word each */
	for (n = 0;
	     n < 3 && tk(sc, j + 2 * n) && sc->t[j + 2 * n].kind == T_WORD &&
	     tend(&sc->t[j + 2 * n]) - sc->t[j + 2 * n].s == 1 &&
	     (n == 2 || tok_gap(sc, j + 2 * n + 1));
	     n++)
		;
	if (n == 3 && lc(u[sc->t[j].s]) == 'c' &&
	    lc(u[sc->t[j + 2].s]) == 'o' && lc(u[sc->t[j + 4].s]) == 'm')
		return tend(&sc->t[j + 4]);
	return 0;
}

/* An address written at its provider alone, at the provider's word i:
 * "kz99 at gmail", "my email is mayaokafor at gmail", "kz99 at g mail
 * dot com", "kz99 at gee mail", with an ending after it or none
 * (host_tail()).  The local part as mail_local() reads one, or a word
 * of no list of four letters or more ("mayaokafor"): no ordinary word
 * ("i work at yahoo", "stuck at outlook").  Sets *start; returns the
 * end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
host_email(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t h = i, a, l, e;

	/* "g mail", "gee mail": the provider in two words */
	if (tok_is(sc, i, KW_MAIL)) {
		if (i < 2 || !tok_gap(sc, i - 1) ||
		    !(tok_is(sc, i - 2, KW_G) || tok_is(sc, i - 2, KW_GEE)))
			return 0;
		h = i - 2;
	}
	/* a number alone is a time or a count: "see you at 5 at yahoo" */
	if ((a = mail_sep_back(sc, h, KW_AT, '@')) == SIZE_MAX ||
	    sc->t[a].kind == T_NUM)
		return 0;
	if ((l = mail_local(sc, a)) == SIZE_MAX) {
		if (!bare_local(sc, a, 2))
			return 0;
		l = a;
	}
	e = host_tail(sc, i + 1);
	*start = sc->t[l].s;
	return e != 0 ? e : tend(&sc->t[i]);
}

/* A site's name spelled out, at its ending i ("com"), after "my blog
 * is", "website:": "my blog is mayaokafor dot com", where no "at" makes
 * it an address.  Only after the cue, and no ordinary word: "amazon dot
 * com" alone names no one.  Sets *start; returns the end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
spelled_site(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t d, q;

	if (i < 2 || (d = mail_sep_back(sc, i, KW_DOT, '.')) == SIZE_MAX ||
	    (q = prev_word(sc, d)) == SIZE_MAX)
		return 0;
	if (tok_is(sc, q, KW_IS) && (q = prev_word(sc, q)) == SIZE_MAX)
		return 0;
	/* an ordinary word is the sentence's: "the site is example dot
	 * com" */
	if ((!tok_is(sc, q, KW_BLOG) && !tok_is(sc, q, KW_SITE) &&
	        !tok_is(sc, q, KW_WEBSITE)) ||
	    (sc->t[d].kind == T_WORD &&
	        (fullflags(sc, d) &
	            (MH_NAMES_COMMON | MH_NAMES_STOP | MH_NAMES_KEEP))))
		return 0;
	*start = sc->t[d].s;
	return tend(&sc->t[i]);
}

/* A bare domain the walk found at i, ending at end ("gmail.com"), after
 * "at", "(at)", "[at]" or a spaced '@' and a local part: "kenz_r99 at
 * gmail.com", "kayla.brooks @ gmail.com" are an address, whose local
 * part the URL would leave.  Sets *start; returns whether. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
url_mail(struct mh_scanner *sc, size_t i, size_t end, size_t *start)
{
	size_t a, l;

	if (sc->t[i].kind == T_PUNCT || tok_is(sc, i, KW_HTTP) ||
	    tok_is(sc, i, KW_HTTPS) || tok_is(sc, i, KW_FTP) ||
	    tok_is(sc, i, KW_WWW) ||
	    memchr(sc->s + sc->t[i].s, '/', end - sc->t[i].s) != NULL ||
	    (a = mail_sep_back(sc, i, KW_AT, '@')) == SIZE_MAX)
		return 0;
	/* "mayaokafor(at)example.com": a bracketed "at" asks for an
	 * address itself, a plain one where a cue word does ("email me
	 * mayaokafor at example.com"), not "i work at example.com", nor
	 * opening a sentence, where "Yesss at amazon.com" is a site's */
	if ((l = mail_local(sc, a)) == SIZE_MAX) {
		size_t b = i - 1 - tok_gap(sc, i - 1);
		int bracket = tok_punct(sc, b, ')') || tok_punct(sc, b, ']');
		if (!bare_local(sc, a, bracket ? 0 : 1))
			return 0;
		l = a;
	}
	*start = sc->t[l].s;
	return 1;
}

/* The end of a handle's bytes from p: word bytes, with a '.' or '-'
 * between two of them ("sam.k", "lucas-ferraz-9"), as the '@' rule and
 * handle_after() read one. */
static inline size_t
handle_run_end(const unsigned char *u, size_t n, size_t p)
{
	while (p < n &&
	    (isalnum_a(u[p]) || u[p] == '_' ||
	        ((u[p] == '.' || u[p] == '-') && p + 1 < n &&
	            isalnum_a(u[p + 1]))))
		p++;
	return p;
}

/* Has the run from p to e, a word with '_' or '.' and digits, a part of
 * letters that is no ordinary word, as a handle is coined
 * ("hannahbanana_09", "moonfox_22", "jess_k91": a name that is no
 * word is one), and no file's ending (".jpg")?  "vitamin_d3",
 * "max_len2", "dog_ears2", "img_2041.jpg" have none (platform_handle()).
 * A word the lists lack is coined too: "covid_19" is taken. */
static int
coined_run(struct mh_scanner *sc, size_t p, size_t e)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t q, b = SIZE_MAX;
	int coined = 0;

	for (q = p; q <= e; q++) {
		if (q < e && isalpha_a(u[q])) {
			if (b == SIZE_MAX)
				b = q;
			continue;
		}
		if (b == SIZE_MAX)
			continue;
		if (q == e && b > p && u[b - 1] == '.')
			return 0; /* "img_2041.jpg" */
		if (q - b >= 3) {
			unsigned f = mh_names_lookup(sc->nm, sc->s + b, q - b);
			coined |= (f &
			              (MH_NAMES_COMMON | MH_NAMES_WORD |
			                  MH_NAMES_STOP)) == 0;
		}
		b = SIZE_MAX;
	}
	return coined;
}

/* A handle with no '@' a little after a platform word, where no cue
 * stands right before it (handle_after() reads those): "snapchat streak
 * with hannahbanana_09".  Only the shape no word of chat has: in lower
 * case, from a letter, an '_' or '.' inside, a digit, four letters or
 * more.  At the token i, a word with '_' and digits (alnum_rules()), up
 * to 40 tokens after the platform word: the end, or 0.  (A handle with
 * dots alone, "i'm lil.moonie.44", is three tokens, which the walk reads
 * on its hot path; left.) */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
platform_handle(struct mh_scanner *sc, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t p = sc->t[i].s, e, q;
	int mark = 0, digit = 0, letters = 0;

	if (i - sc->platform_tok > 40 || !(u[p] >= 'a' && u[p] <= 'z') ||
	    (p > 0 && (u[p - 1] == '@' || !is_space(u[p - 1]))))
		return 0;
	e = handle_run_end(u, sc->n, p);
	if (e - p > 30 || (e < sc->n && (u[e] == '@' || u[e] == '/')))
		return 0;
	for (q = p; q < e; q++) {
		if (u[q] >= 'A' && u[q] <= 'Z')
			return 0;
		mark |= u[q] == '_' || u[q] == '.';
		digit |= isdig(u[q]);
		letters += isalpha_a(u[q]) != 0;
	}
	return mark && digit && letters >= 4 && coined_run(sc, p, e) ? e : 0;
}

/* A handle written with its platform's mark, at the '$' or '/' token i:
 * a Cash App tag, "$kenzr99" ('$' and a letter after a blank; money is
 * "$20", a stock "$AAPL", in capitals), or a Reddit user, "u/kenz_r99",
 * "/u/kenz_r99" (a subreddit, "r/depression", names no one).  Returns
 * the end and sets *start, or 0.  The '$' and '/' tokens are no longer
 * passed by walk() for these (B_PASS): '/' is the more common, mostly
 * in "and/or", "w/" and dates, whose numbers walk() reads first. */
static size_t
cash_or_reddit(struct mh_scanner *sc, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	const struct tok *t = &sc->t[i];
	size_t b = tend(t), e, k;

	if (b >= sc->n || !isalnum_a(u[b]))
		return 0;
	e = handle_run_end(u, sc->n, b);
	if (e - b < 3)
		return 0;
	if (u[t->s] == '$') {
		if (!isalpha_a(u[b]) || (i > 0 && sc->t[i - 1].kind != T_SPACE))
			return 0;
		for (k = b; k < e && !(u[k] >= 'a' && u[k] <= 'z') &&
		     !isdig(u[k]) && u[k] != '_';
		     k++)
			;
		if (k == e)
			return 0;
		*start = t->s;
		return e;
	}
	/* "u" right before the '/', a word of its own */
	if (i == 0 || sc->t[i - 1].kind != T_WORD || b - sc->t[i - 1].s != 2 ||
	    (u[sc->t[i - 1].s] | 0x20) != 'u')
		return 0;
	*start = sc->t[i - 1].s;
	if (i >= 2 && tok_punct(sc, i - 2, '/'))
		*start = sc->t[i - 2].s;
	else if (i >= 2 && sc->t[i - 2].kind != T_SPACE &&
	    sc->t[i - 2].kind != T_PUNCT)
		return 0;
	return e;
}

/* A gamer tag's number at byte e: '#' and four digits, ending there
 * ("yuki_s#4821", "luna.exe#0042").  Returns its end or 0. */
static inline size_t
tag_number_end(const struct mh_scanner *sc, size_t e)
{
	const unsigned char *u = (const unsigned char *)sc->s;

	if (e + 5 > sc->n || u[e] != '#' || !isdig(u[e + 1]) ||
	    !isdig(u[e + 2]) || !isdig(u[e + 3]) || !isdig(u[e + 4]) ||
	    (e + 5 < sc->n && word_char_at(u, sc->n, e + 5)))
		return 0;
	return e + 5;
}

/* Are the bytes p to e digits, then letters alone: a count, no handle
 * ("4hrs", "10mins", "2nite", "3x")? */
static int
count_word(const unsigned char *u, size_t p, size_t e)
{
	size_t d;

	for (d = p; d < e && isdig(u[d]); d++)
		;
	if (d == p || d == e)
		return 0;
	while (d < e && isalpha_a(u[d]))
		d++;
	return d == e;
}

/* A handle written before "on" and a platform word at i: "i'm kenz_r99
 * on snap", "find me as jess.k.writes on insta".  Only with a digit, '_'
 * or '.' in it and three letters, not a count ("2hrs on tiktok"), and
 * not after '@' or '$' (the walk took those).  Sets *start; returns the
 * end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
handle_before(struct mh_scanner *sc, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t q = prev_word(sc, i), p, e;
	int shape = 0, letter = 0;

	if (q == SIZE_MAX || q + 2 != i || !tok_is(sc, q, KW_ON) || q < 2 ||
	    !tok_gap(sc, q - 1) || !tk(sc, q - 2) ||
	    (sc->t[q - 2].kind != T_WORD && sc->t[q - 2].kind != T_ALNUM))
		return 0;
	e = p = tend(&sc->t[q - 2]);
	while (p > 0 &&
	    (isalnum_a(u[p - 1]) || u[p - 1] == '_' ||
	        ((u[p - 1] == '.' || u[p - 1] == '-') && p - 1 > 0 && p < e &&
	            isalnum_a(u[p - 2])))) {
		p--;
		shape |= isdig(u[p]) || u[p] == '_' || u[p] == '.';
		letter += isalpha_a(u[p]) != 0;
	}
	/* after '@' or '$' the walk's own rules take it (cash_or_reddit()) */
	if (!shape || letter < 3 || e - p > 40 ||
	    (p > 0 &&
	        (u[p - 1] == '@' || u[p - 1] == '$' ||
	            word_char_before(u, sc->n, p))))
		return 0;
	if (count_word(u, p, e))
		return 0;
	*start = p;
	return e;
}

/* Does a first name of four letters or more and no ordinary word open
 * the word from p to e and leave letters after it, as a handle made of
 * one's name often is ("mayaok", "jessxo"; not "janky",
 * "deaddd")?  Asked only of a word in no list after "my snap is"
 * (handle_after()). */
static int
name_led(struct mh_scanner *sc, size_t p, size_t e)
{
	for (size_t n = 4; p + n < e; n++)
		if ((mh_names_lookup(sc->nm, sc->s + p, n) &
		        (MH_NAMES_FIRST | MH_NAMES_COMMON)) == MH_NAMES_FIRST)
			return 1;
	return 0;
}

/* The handle named after a platform word at i, without its '@' (the
 * walk takes "@kenz" itself): "my snap is kenz_r99", "discord username:
 * moonfox", "add me on ig lunar.lex", "my insta is jess.k.writes".  A
 * handle is written as the '@' rule reads one: word bytes, with '.' or
 * '-' between them.  After "is", ':' or '=', or an account word
 * ("username", "name"), it is one even as a plain word that no list
 * calls ordinary ("my snap is kenz", not "my insta is private"); written
 * straight after the platform, only with a digit, '_' or '.' in it
 * and three letters ("on ig lunar.lex", not "on snap today" nor "on fb
 * 3x today").  Sets *start; returns the
 * end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
handle_after(struct mh_scanner *sc, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t j = i, k, p, e, q;
	/* told: an account word names what follows ("username", "snap
	 * name"); is: "is", "'s", ':' or '=' follows the platform */
	int told = tok_in(sc, i, KW_ACCOUNT), shape = 0, letter = 0, is = 0;
	int colon = 0, lead = 0;

	/* "handle" is a verb too ("what I can't handle is ..."): a handle
	 * only after my, his ... or a platform */
	if (tok_is(sc, i, KW_HANDLE) &&
	    ((q = prev_word(sc, i)) == SIZE_MAX || q + 2 != i ||
	        !tok_in(sc, q, KW_POSS_DET | KW_PLATFORM)))
		return 0;
	/* "discord user name", "insta handle" */
	for (int n = 0;
	     n < 2 && tok_gap(sc, j + 1) && tok_in(sc, j + 2, KW_ACCOUNT);
	     n++) {
		j += 2;
		told = 1;
	}
	if (tok_punct(sc, j + 1, ':') || tok_punct(sc, j + 1, '=')) {
		k = skip_space(sc, j + 2);
		is = colon = 1;
	} else if (tok_is(sc, i, KW_LINE) && !told) {
		/* the app "line" is a word too: "line: kz99", "line id
		 * kz99" only ("the line is long", "on line 42b") */
		return 0;
	} else if (tok_gap(sc, j + 1) && tok_is(sc, j + 2, KW_IS)) {
		k = skip_space(sc, j + 3);
		if (tok_punct(sc, k, ':'))
			k = skip_space(sc, k + 1);
		is = 1;
	} else if (tk(sc, j + 1) && sc->t[j + 1].kind == T_POSS &&
	    tend(&sc->t[j + 1]) - sc->t[j + 1].s == 2 && tok_gap(sc, j + 2)) {
		k = j + 3; /* "my snap's kenz_r99" */
		is = 1;
	} else if (tok_gap(sc, j + 1)) {
		k = j + 2;
		/* "snap me kenz_r99", "hmu on snap at kenz_r99" */
		if (tok_is(sc, k, KW_ME) && tok_gap(sc, k + 1))
			k += 2;
		if (tok_is(sc, k, KW_AT) && tok_gap(sc, k + 1))
			k += 2;
	} else {
		return 0;
	}
	/* a '.' before it is its own after "is" or ':', "my insta is
	 * .maya.okafor." (the rest was read as a name and "okafor" left) */
	if (is && k + 1 < sc->nt && tok_punct(sc, k, '.') &&
	    isalnum_a(u[sc->t[k + 1].s]))
		lead = 1, k++;
	if (k >= sc->nt || !mh_scan_wordbyte(u[sc->t[k].s]) ||
	    u[sc->t[k].s] >= 0x80)
		return 0;
	p = sc->t[k].s;
	e = handle_run_end(u, sc->n, p);
	for (q = p; q < e; q++) {
		shape |= isdig(u[q]) || u[q] == '_' || u[q] == '.';
		letter += isalpha_a(u[q]) != 0;
	}
	if (count_word(u, p, e))
		return 0;
	/* "add me on insta mayaokafor_": the fold read a word's last '_'
	 * as emphasis closing and left a blank (mh_scan_text() puts it
	 * back in the span); a handle's shape all the same, unless an
	 * '_' opened the word too ("_maya_", emphasis) */
	if (!shape && sc->raw != NULL && e < sc->n && u[e] == ' ' &&
	    sc->raw[mh_fold_back(&sc->fold, e)] == '_' &&
	    (p == 0 || sc->raw[mh_fold_back(&sc->fold, p) - 1] != '_'))
		shape = 1;
	/* a stop with no blank after it ends a sentence, no handle: "my
	 * insta is dead.i deleted it", "on tiktok rn.idk", "my snap is
	 * private.only friends" (two ordinary words) */
	for (q = k; q < sc->nt && sc->t[q].s < e; q++)
		if (tok_punct(sc, q, '.') && tk(sc, q + 1) &&
		    sc->t[q + 1].kind == T_WORD &&
		    ((fullflags(sc, q + 1) & MH_NAMES_STOP) ||
		        tok_in(sc, q + 1, KW_SLANG) ||
		        (tend(&sc->t[q + 1]) - sc->t[q + 1].s == 1 &&
		            lc(u[sc->t[q + 1].s]) == 'i') ||
		        (q == k + 1 && sc->t[k].kind == T_WORD &&
		            (fullflags(sc, k) & MH_NAMES_COMMON) &&
		            (fullflags(sc, q + 1) & MH_NAMES_COMMON) &&
		            !(fullflags(sc, k) & MH_NAMES_FIRST))))
			return 0;
	/* an e-mail address, a URL or a path goes to their rules; a word
	 * joined to letters past ASCII is no handle read whole */
	/* without "is" or an account word, three letters, or two in a
	 * handle's shape ("on twitter kz_99", "hmu on snap at kz_99") */
	if (e - p < 2 || e - p > 40 ||
	    letter < (told || is                   ? 1
	                     : shape && e - p >= 4 ? 2
	                                           : 3) ||
	    (e < sc->n &&
	        (u[e] == '@' || u[e] == '/' || u[e] >= 0x80 ||
	            (u[e] == ':' && e + 1 < sc->n && !is_space(u[e + 1])))))
		return 0;
	/* a Discord name's number after it: "luna.exe#0042" */
	if ((q = tag_number_end(sc, e)) != 0) {
		e = q;
		shape = 1;
	}
	/* "my tumblr is sadgirl-kz": a hyphen between words of which one
	 * is in no list ("well-known", "half-dead" are ordinary) */
	if (!shape && (told || is) && memchr(u + p, '-', e - p) != NULL) {
		for (q = p; q < e && !shape; q++) {
			size_t r = q;
			while (r < e && u[r] != '-' && u[r] != '.')
				r++;
			shape = r - q >= 2 &&
			    mh_names_lookup(sc->nm, sc->s + q, r - q) == 0;
			q = r;
		}
	}
	if (!shape) {
		unsigned f;
		if (!(told || is) || e != tend(&sc->t[k]) ||
		    sc->t[k].kind != T_WORD)
			return 0;
		f = fullflags(sc, k);
		/* after "is", "'s" or ':' alone, only a first name: "my
		 * snap is jessica", not "my reddit is anonymous", "my insta
		 * is fake" (a surname too); or a word in no list that ends
		 * the phrase ("steam: crybabyking.", "my snap is mayaok"),
		 * not one before more words ("youtube: asmr mostly"), nor
		 * after "is" ordinary words joined ("my tumblr is
		 * half-dead") or one that no name opens, chat's words the
		 * lists lack ("my snap is glitchy", "my insta is sus") */
		if (!told && !(f & MH_NAMES_FIRST) &&
		    !(f == 0 &&
		        (colon || (!sc->t[k].hyphen && name_led(sc, p, e))) &&
		        !(tok_gap(sc, k + 1) && tk(sc, k + 2) &&
		            sc->t[k + 2].kind == T_WORD)))
			return 0;
		if ((f &
		        (MH_NAMES_COMMON | MH_NAMES_STOP | MH_NAMES_KEEP |
		            MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_REL |
		            MH_NAMES_TITLE)) ||
		    tok_in(sc, k, KW_SLANG | KW_PLATFORM | KW_ACCOUNT))
			return 0;
	}
	*start = p - (size_t)lead;
	return e;
}

/* The secret after a password's word at i: "my password is hunter2",
 * "pw: Sunshine123!", "password = x9!k" (a secret goes to no model).
 * After "is", "was", "'s", ':' or '=', to the next blank: a run with a
 * digit or a mark in it, or a word of no ordinary word's list ("my
 * password is tigerlily", not "my password is too long", "... is the
 * same", "... is 8 characters").  Sets *start; returns the end or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
secret_after(struct mh_scanner *sc, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t k, p, e;
	int digits = 0, marks = 0;

	if (tok_punct(sc, i + 1, ':') || tok_punct(sc, i + 1, '='))
		k = skip_space(sc, i + 2);
	else if (tok_gap(sc, i + 1) &&
	    (tok_is(sc, i + 2, KW_IS) || tok_is(sc, i + 2, KW_WAS))) {
		k = skip_space(sc, i + 3);
		if (tok_punct(sc, k, ':'))
			k = skip_space(sc, k + 1);
	} else if (tk(sc, i + 1) && sc->t[i + 1].kind == T_POSS &&
	    tok_gap(sc, i + 2))
		k = i + 3;
	else
		return 0;
	if (k >= sc->nt || sc->t[k].kind == T_SPACE)
		return 0;
	p = sc->t[k].s;
	for (e = p; e < sc->n && e - p < 64 && !is_space(u[e]); e++) {
		digits += isdig(u[e]) != 0;
		marks += !isalnum_a(u[e]) && u[e] < 0x80;
	}
	/* a count ("is 8 characters", "is 12"): four digits at least */
	if (digits == (int)(e - p) && digits < 4)
		return 0;
	if (digits == 0 && marks == 0) {
		if (sc->t[k].kind != T_WORD || tend(&sc->t[k]) != e ||
		    (fullflags(sc, k) &
		        (MH_NAMES_COMMON | MH_NAMES_STOP | MH_NAMES_KEEP)) ||
		    tok_in(sc, k, KW_SLANG))
			return 0;
	} else if (digits == 0 && sc->t[k].kind == T_WORD &&
	    (fullflags(sc, k) & (MH_NAMES_COMMON | MH_NAMES_STOP)) &&
	    tend(&sc->t[k]) + 1 == e)
		return 0; /* "is weak.", "was wrong," */
	*start = p;
	return e;
}

/* The end of a town's name that ends at byte end, from its token i (or
 * any token up to the end), with "City" after it in its case: "Davao
 * City", "quezon city" (not "Leeds city centre", where a "city" in
 * another case says which part). */
static size_t
city_after(struct mh_scanner *sc, size_t i, size_t end)
{
	size_t j;

	/* a blank and a 'c' after the end first: asked of every place */
	if (end + 5 > sc->n || sc->s[end] != ' ' ||
	    (sc->s[end + 1] | 0x20) != 'c')
		return end;
	j = tok_from(sc, i, end);
	if (j >= 1 && tok_gap(sc, j) && tk(sc, j + 1) &&
	    sc->t[j + 1].kind == T_WORD &&
	    sc->t[j + 1].cap == sc->t[j - 1].cap && word_eq(sc, j + 1, "city"))
		return tend(&sc->t[j + 1]);
	return end;
}

/* The complex's word and the flat's number after a place's name,
 * from the token j after it: "Willow Creek Apartments unit 214",
 * "Parkview Apartments, apt 3", "Willow Creek #12".  The word with a
 * capital ("Boston apartments are pricey" stays); the number's unit of
 * units_after(), a digit in it ("Mercy unit a" no flat), and what
 * follows a unit in an address (address_tail()).  The end, or 0.  Out
 * of line, after flat_head(). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
flat_after_place(struct mh_scanner *sc, size_t j)
{
	static const char *const complexes[] = {"apartments", "apts", NULL};
	size_t end = 0, e;

	if (tok_gap(sc, j) && cap_word(sc, j + 1) &&
	    word_among(sc, j + 1, complexes)) {
		end = tend(&sc->t[j + 1]);
		j += 2;
	}
	if (tok_punct(sc, j, ','))
		j++;
	if (tok_gap(sc, j) && (e = units_after(sc, j + 1)) != 0 &&
	    sc->t[(j = tok_from(sc, j, e)) - 1].ndigit > 0)
		end = address_tail(sc, j, e); /* "... Box 1225 DPO AE 44085" */
	return end;
}

/* May flat_after_place() find something at the token j after a place:
 * past a ',' and a blank, a word with a capital A, a unit's word or a
 * '#'?  Most places have none of them after them. */
static inline int
flat_head(struct mh_scanner *sc, size_t j)
{
	const struct tok *t;

	if (tok_punct(sc, j, ','))
		j++;
	if (!tok_gap(sc, j) || (t = tk(sc, j + 1)) == NULL)
		return 0;
	if (t->kind != T_WORD)
		return tok_punct(sc, j + 1, '#');
	return sc->s[t->s] == 'A' || tok_in(sc, j + 1, KW_UNIT_WORD);
}

/* Is the word k before a number, as a room's, a ward's or a grade's
 * is ("in Room 4", "in Ward 5", "in Apt. 4", "in Grade 5"), and the
 * number no ZIP of five digits ("in Saugus 01906")? */
static int
number_after(struct mh_scanner *sc, size_t k)
{
	const struct tok *n;

	if (tok_punct(sc, k + 1, '.'))
		k++;
	if (!tok_gap(sc, k + 1) || (n = tk(sc, k + 2)) == NULL)
		return 0;
	return n->kind == T_ALNUM || (n->kind == T_NUM && tend(n) - n->s != 5);
}

/* The town after a street whose last token is p (a street's word, or
 * the number after a street's or a flat's word: "on Route 9", "Apt 4";
 * a room's is a ward's, "room 214 in Psych"), and "in", at k: one to
 * three capitalised words, none a stop word, month, weekday, feast or
 * clinical word, nor a flat's or a room's word or one before a number:
 * "on Route 9 in Saugus".  After a
 * street the words are a town, where the word lists hold it as an
 * ordinary word ("saugus" is one of Philter's) and match_town() passes
 * it; "on Elm St in March", "at 5 Oak Road in Unit 3" stay.  Not after
 * a facility, where they are a ward or a service as often ("at Mercy
 * Hospital in Pediatrics", "in Billing", "in Room 4").  Returns its end
 * or 0. */
static size_t
street_town(struct mh_scanner *sc, size_t p, size_t k)
{
	size_t end = 0;

	if (tok_punct(sc, p, '.'))
		p--;
	if ((sc->t[p].kind == T_NUM || sc->t[p].kind == T_ALNUM) && p >= 2 &&
	    tok_gap(sc, p - 1))
		p -= 2;
	if (!((flags(sc, p) & MH_NAMES_STREET) ||
	        (tok_in(sc, p, KW_UNIT_WORD) && !word_eq(sc, p, "room"))))
		return 0;
	for (int words = 0; words < 3 && cap_word(sc, k) && !stop_cap(sc, k) &&
	     !(flags(sc, k) & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) &&
	     !tok_in(sc, k, KW_HOLIDAY | KW_CLINICAL | KW_UNIT_WORD) &&
	     !number_after(sc, k);
	     words++, k += 2) {
		end = tend(&sc->t[k]);
		if (!tok_gap(sc, k + 1))
			break;
	}
	return end;
}

/* The end of a town of one word at k, after a place and a ',', that
 * ends its clause: a word of PROPER, a lone word of the table, a
 * surname alone or a word of no list ("St Aidan's School, Basingstoke",
 * "Sai Kripa Heights, Kharghar,"), or 0.  Not an ordinary word or a
 * first name ("the clinic, Monday", "at the school, Maya"). */
static size_t
comma_town(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k], *a = tk(sc, k + 1);
	unsigned ff = fullflags(sc, k);

	if (!t->cap || t->nletter < 4 || stop_cap(sc, k) ||
	    !(a == NULL || a->nl ||
	        (a->kind == T_PUNCT && a->mark != 0 &&
	            strchr(".,!?;:)", a->mark) != NULL)) ||
	    (ff != 0 && ff != (MH_NAMES_COMMON | MH_NAMES_PROPER) &&
	        (ff & ~(unsigned)MH_NAMES_WORD) != MH_NAMES_LAST &&
	        !(ff == MH_NAMES_COMMON && !clinical_suffix(sc, t) &&
	            mh_names_lone(sc->nm, sc->s + t->s, tend(t) - t->s))))
		return 0;
	return tend(t);
}

/* After a place: ", Chicago", ", IL", " in Boston" belong to it (a state
 * alone is no identifier, but it is part of the place written); after a
 * street, " in Saugus" too (street_town()); so do a flat's complex and
 * number (flat_after_place()). */
static size_t
extend_place(struct mh_scanner *sc, size_t i, size_t end)
{
	for (int k = 0; k < 3; k++) {
		size_t j = tok_from(sc, i, end), e;
		if (tok_punct(sc, j, ',') && tok_gap(sc, j + 1) &&
		    tk(sc, j + 2) && sc->t[j + 2].kind == T_WORD &&
		    (sc->t[j + 2].cap || sc->t[j + 2].allcap)) {
			if (flags(sc, j + 2) & MH_NAMES_STATE) {
				end = tend(&sc->t[j + 2]);
				continue;
			}
			if ((e = land_at(sc, j + 2)) != 0) {
				end = tend(&sc->t[e - 1]);
				continue;
			}
			if ((e = match_town(sc, j + 2)) != 0 ||
			    (e = comma_town(sc, j + 2)) != 0) {
				end = e;
				continue;
			}
		}
		/* postcode_at() starts at a number or at letters and digits
		 * together ("SW1A"): most places have a word after them, and
		 * skip the call */
		if (tok_gap(sc, j) && tk(sc, j + 1) &&
		    (sc->t[j + 1].kind == T_NUM ||
		        sc->t[j + 1].kind == T_ALNUM) &&
		    (e = place_postcode(sc, j + 1)) != 0) {
			end = e;
			continue;
		}
		/* "San Lorenzo del Valle" */
		if (tok_gap(sc, j) && tok_in(sc, j + 1, KW_TOWN_PARTICLE) &&
		    !sc->t[j + 1].cap && tok_gap(sc, j + 2) &&
		    cap_word(sc, j + 3) && !stop_cap(sc, j + 3)) {
			end = tend(&sc->t[j + 3]);
			continue;
		}
		if ((e = city_after(sc, j, end)) != end) {
			end = e;
			continue;
		}
		if (tok_gap(sc, j) && tok_is(sc, j + 1, KW_IN) &&
		    tok_gap(sc, j + 2) && cap_word(sc, j + 3) &&
		    ((e = match_town(sc, j + 3)) != 0 ||
		        ((flags(sc, j + 3) & MH_NAMES_STATE) &&
		            (e = tend(&sc->t[j + 3])) != 0) ||
		        (e = street_town(sc, j - 1, j + 3)) != 0)) {
			end = e;
			continue;
		}
		if (flat_head(sc, j) && (e = flat_after_place(sc, j)) != 0) {
			end = e;
			continue;
		}
		break;
	}
	return end;
}

/* One or two capitalised words and a word that ends a place's name:
 * "Halden Bay", "Mossy Hollow Falls"; not a clinic named so ("Cedar
 * Creek Clinic": the facility rule takes it) nor a region that spans
 * states ("the Ohio River Valley").  Returns the end byte or 0. */
static size_t
match_geo(struct mh_scanner *sc, size_t i)
{
	size_t j = i;

	/* the suffix first: most capitalised words have none after them */
	if (!(tok_gap(sc, j + 1) && cap_word(sc, j + 2)))
		return 0;
	if (!tok_in(sc, j + 2, KW_GEO_SUFFIX)) {
		j += 2;
		if (!(tok_gap(sc, j + 1) && cap_word(sc, j + 2) &&
		        tok_in(sc, j + 2, KW_GEO_SUFFIX)))
			return 0;
	}
	if ((i >= 2 && tok_gap(sc, i - 1) && cap_word(sc, i - 2) &&
	        (flags(sc, i - 2) & MH_NAMES_STATE)) ||
	    (tok_gap(sc, j + 3) && cap_word(sc, j + 4) &&
	        (flags(sc, j + 4) & MH_NAMES_FACILITY)))
		return 0;
	/* Lake is a surname as well: after a first name that is no word
	 * alone, a person's ("my therapist Emily Lake", "Sarah Lake said";
	 * "Crater Lake", "Bear Lake" are places) */
	if (j == i && tok_is(sc, j + 2, KW_LAKE) && is_first(sc, i) &&
	    name_class(sc, i) == C_STRONG)
		return 0;
	for (size_t k = i; k <= j; k += 2)
		if (stop_cap(sc, k) || tok_in(sc, k, KW_GEO_SUFFIX) ||
		    (flags(sc, k) &
		        (MH_NAMES_MONTH | MH_NAMES_WEEKDAY | MH_NAMES_TITLE |
		            MH_NAMES_STATE)))
			return 0;
	return tend(&sc->t[j + 2]);
}

/* Does a word of a title end at byte e: the end of the text, a blank,
 * or a mark of punctuation that is not inside something longer (an
 * e-mail, a handle, a URL: "called Anna.Lund@example.com" is no
 * title)? */
static int
title_end(const struct mh_scanner *sc, size_t e)
{
	const unsigned char *u = (const unsigned char *)sc->s;

	if (e >= sc->n || is_space(u[e]))
		return 1;
	if (u[e] == '@' || u[e] == '_' || u[e] == '%' || u[e] == '+' ||
	    u[e] == '#' || u[e] == '/')
		return 0;
	return e + 1 >= sc->n || is_space(u[e + 1]) ||
	    (u[e + 1] < 0x80 && !mh_scan_wordbyte(u[e + 1]));
}

/* The title of a thing at i: capitalised words after "called" or
 * "named" that follow a word for a thing ("a worksheet called Love
 * Maps", "the exercise is called Wise Mind").  Returns the token after
 * the title, or 0. */
static size_t
thing_title(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_word(sc, i), q, j;

	if (p == SIZE_MAX || p + 2 != i ||
	    !(tok_is(sc, p, KW_CALLED) || tok_is(sc, p, KW_NAMED)))
		return 0;
	q = prev_word(sc, p);
	if (q != SIZE_MAX && (tok_is(sc, q, KW_IS) || tok_is(sc, q, KW_WAS)))
		q = prev_word(sc, q);
	if (q == SIZE_MAX || !tok_in(sc, q, KW_THING))
		return 0;
	/* "a girl in my class called Emily": a person in the thing */
	for (int k = 0; k < 3 && q != SIZE_MAX; k++)
		if (tok_in(sc, q = prev_word(sc, q), KW_THING_PREP))
			return 0;
	for (j = i; cap_word(sc, j) && j < i + 10;) {
		/* a name, a word in no list, a title, a date or a place ends
		 * the title and is scanned as usual: "a song called Maria
		 * Lopez", "a video called Hi John Smith Main Street" */
		int c = name_class(sc, j);
		if (c == C_STRONG || c == C_USER || c == C_UNKNOWN ||
		    (fullflags(sc, j) &
		        (MH_NAMES_TITLE | MH_NAMES_MONTH | MH_NAMES_WEEKDAY |
		            MH_NAMES_STREET | MH_NAMES_FACILITY |
		            MH_NAMES_STATE)) ||
		    match_geo(sc, j) != 0)
			break;
		if (!title_end(sc, tend(&sc->t[j])))
			return 0;
		j++;
		if (!(tok_gap(sc, j) && cap_word(sc, j + 1)))
			break;
		j++;
	}
	return j > i ? j : 0;
}

/* Is the word at i, flags f, a capitalised stop word opening a sentence,
 * or a capitalised ordinary word, that word_rules() would pass with
 * nothing done: "The", "What", "My", "Today", "the Doctor said"?  They
 * are nearly one word in five of those it is asked about on rb.txt,
 * each of them asked every rule (callgrind: stop words 155.9 M to
 * 153.9 M, ordinary words 150.8 M to 147.8 M).  Each rule, and why it
 * takes no such word:
 *  - name flags: name_class() is C_NONE with no flag but STOP, COMMON,
 *    NAMECUE, PLACECUE and EPONYM (not FIRST, LAST, USER, AMBIG ...:
 *    "father? He asks", He a surname too, is a name there), so
 *    match_name()'s run is empty; of its two tests of an empty run,
 *    one wants no stop word and a naming word right before ("named:",
 *    "is\n"), the other no stop word, a blank and a surname after it,
 *    inside a sentence; no flag for a date, an ID's cue or a place, a
 *    town or a state;
 *  - keywords: none of holiday_at(), the corner, unit, box, ship,
 *    saint and lead street rules' words, nor of list_name()'s
 *    (rel_list_name()), nor a day in words (bare_day(), "on the
 *    Fourteenth");
 *  - one capitalised word, not two (cap_run()): no match_geo(),
 *    match_street_name() or "Southern Poland";
 *  - capitalised, not in capitals (allcap, which a single letter is:
 *    the initials, "C/" and cued_value() rules), nor joined;
 *  - a stop word opens a sentence: the token before it is punctuation
 *    or a line break, so no blank and word before it (rel_list_name(),
 *    "My Daughters Sue"), but thing_title()'s "called:" may be; and
 *    match_facility() is not asked of it;
 *  - match_num_street_at() and match_place_at() stop at a stop word first,
 *    and so does match_town_at() (at its flags, or at stop_cap() where
 *    a country follows);
 *  - an ordinary word is asked the first tests of those: no place cue
 *    in lower case before it (match_place_at()); after it a blank and a
 *    word in lower case, neither "and" (rel_list_first()), a street
 *    particle nor a facility's word, and no particle nor facility's
 *    word two words on (match_num_street_run(), facility_possible()),
 *    and no surname (match_name()); or punctuation but '.', '/', '-',
 *    ',' (town_possible(), rel_list_first()) or a possessive.  ("My
 *    Daughters Sue" wants a first name, which it is not.)  And no
 *    "not" in lower case before it, which match_place_at() asks after
 *    a town ("in Brisbane not Ipswich"), no naming word right before
 *    it, nor, for a word of the common list alone, a relation ("my
 *    brother Dele", match_name_slow()), nor, for a word of two
 *    letters, "I'm" or "Im" ("I'm Ed": cap_self_initials());
 *  - EPONYM ("Guidelines", "Criteria") serves the word before it
 *    (eponym_after(), match_place_at()'s test of the next word); of
 *    the word itself it is asked only to refuse a place
 *    (match_place_at()), and a word with it is not of the common list
 *    alone, which match_name_slow() takes after a relation or a first
 *    name: "Guidelines for" opening a sentence, 6,000 of the bench
 *    block's calls of word_rules() (blk40), went through every rule.
 * A rule that comes to take such a word must be named here. */
static inline int
cap_opens_nothing(struct mh_scanner *sc, size_t i, unsigned f)
{
	const struct tok *t = &sc->t[i], *n = &sc->t[i + 2];
	size_t p;

	if (!t->cap || t->allcap || t->joined ||
	    tok_in(sc, i,
	        KW_DAY_HEAD | KW_FEAST | KW_UNIT_WORD | KW_SHIP |
	            KW_LOWER_NAME | KW_STATE_NAME | KW_LEAD_STREET |
	            KW_CAP_RULE | KW_SAINT_WORD | KW_ORD_HIGH) ||
	    (i >= 2 &&
	        (sc->t[i - 2].kw == KW_CALLED || sc->t[i - 2].kw == KW_NAMED)))
		return 0;
	if (f & MH_NAMES_STOP)
		return !(tok_gap(sc, i + 1) && cap_word(sc, i + 2)) &&
		    sentence_initial(sc, i);
	if (tok_gap(sc, i + 1)) {
		if (n->kind != T_WORD || n->cap || n->allcap ||
		    n->kw == KW_AND || tok_in(sc, i + 2, KW_LOW_FACILITY) ||
		    tok_in(sc, i + 4, KW_LOW_FACILITY) ||
		    tok_in(sc, i + 2, KW_STREET_PARTICLE) ||
		    tok_in(sc, i + 4, KW_STREET_PARTICLE))
			return 0;
	} else if (sc->t[i + 1].kind == T_POSS || tok_punct(sc, i + 1, '.') ||
	    tok_punct(sc, i + 1, '/') || tok_punct(sc, i + 1, '-') ||
	    tok_punct(sc, i + 1, ','))
		return 0;
	p = prev_word(sc, i);
	return p == SIZE_MAX ||
	    (!(((flags(sc, p) & MH_NAMES_PLACECUE) || tok_is(sc, p, KW_NOT)) &&
	         !sc->t[p].cap) &&
	        !(p + 2 == i &&
	            (tok_is(sc, p, KW_NAMED) || tok_is(sc, p, KW_CALLED) ||
	                tok_is(sc, p, KW_IS) ||
	                ((f & ~(unsigned)MH_NAMES_PROPER) == MH_NAMES_COMMON &&
	                    lower_relation(sc, p)) ||
	                (tend(t) - t->s == 2 &&
	                    (sc->t[p].contr || tok_is(sc, p, KW_IM))))));
}

/* The capitalised word i is taken for a town of one word: keep it, for
 * its later mentions (towns_again()), if it is a word of PROPER or a
 * lone word of the table ("Lucknow", "Ipswich"), which name nothing
 * else; not a name or a word of no list, which the name rules take,
 * nor an ordinary word ("Reading", "Surrey").  Four a window.  Out of
 * line: only a town taken comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static void
note_town(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	unsigned ff = fullflags(sc, i);

	if (sc->ntown_seen ==
	        sizeof(sc->town_seen) / sizeof(sc->town_seen[0]) ||
	    !t->cap || t->allcap ||
	    !(ff == (MH_NAMES_COMMON | MH_NAMES_PROPER) ||
	        (ff == MH_NAMES_COMMON &&
	            mh_names_lone(sc->nm, sc->s + t->s, tend(t) - t->s))))
		return;
	sc->town_seen[sc->ntown_seen++] = i;
}

/* After the walk of a window, the later mentions of the towns it took
 * (note_town()), capitalised and whole (same_word(): "IPSWICH" too),
 * that no span holds: the same town with no cue of its own ("we're in
 * Ipswich not Brisbane, Ipswich is worse").  Here, once, and not at
 * each capitalised word the walk reads: few texts name such a town.  0,
 * or -1 when no memory is left.  Out of line, as scan_text() calls it
 * of few windows. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
towns_again(struct mh_scanner *sc)
{
	for (unsigned n = 0; n < sc->ntown_seen; n++)
		for (size_t k = sc->town_seen[n] + 1; k < sc->nt; k++) {
			const struct tok *w = &sc->t[k];
			if (w->kind == T_WORD && w->cap &&
			    same_word(sc, sc->town_seen[n], k) &&
			    insert_span(sc, w->s, tend(w), MH_SCAN_LOCATION) ==
			        -1)
				return -1;
		}
	return 0;
}

/* Is the word at k, no span's, in a text all in lower case, a later
 * mention of a name's word (names_again())?  A name and no ordinary
 * word is one anywhere ("thabo said she would come, i miss thabo"); a
 * name that is also a word (an ordinary word, a month, a weekday:
 * "sky", "will", "june") only where the word would make no sense: as
 * a subject at a clause's start (slot_start(): not "my phone bill
 * came"), after no determiner or pronoun (noun_nexts[]: "the sky
 * is blue", "i will try"), before a verb in a tense no modal takes
 * (finite_after(); or one denied, not_finites[]), a verb of saying or
 * a person's deed (person_verb()), or as a possessive ("sky says im
 * being dramatic but sky isnt listening", "sky's mum"); of a month's,
 * a day's or a season's name, only before a verb of saying or a deed
 * ("june texted me", not "june was hard", "summer is almost over"),
 * and of a feeling's (senses[]), not before is, was, has or a past
 * form ("joy is hard to find"); of either, not before one of coming
 * or going (fades[]: "summer came early", "joy came back").  Out of
 * line: few words are asked. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
name_again(struct mh_scanner *sc, size_t k)
{
	unsigned f = fullflags(sc, k);
	int when = (f & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) ||
	    word_among(sc, k, season_names);
	int sense;
	size_t p;

	if (!(f &
	        ~(unsigned)(MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_USER |
	            MH_NAMES_PROPER)))
		return 1;
	p = prev_word(sc, k);
	if ((f & (MH_NAMES_STOP | MH_NAMES_TITLE | MH_NAMES_REL)) ||
	    (p != SIZE_MAX && p + 2 == k && word_among(sc, p, noun_nexts)))
		return 0;
	sense = word_among(sc, k, senses);
	/* a possessive; of a feeling, only before a relation ("hope's
	 * mum called"): its "'s" is "is" as often ("hope's all i have
	 * left", "faith's gone") */
	if (!tok_gap(sc, k + 1) || word_tok(sc, k + 2) == NULL)
		return !when && tk(sc, k + 1) != NULL &&
		    sc->t[k + 1].kind == T_POSS &&
		    (!sense ||
		        (tok_gap(sc, k + 2) && word_tok(sc, k + 3) != NULL &&
		            relation_at(sc, k + 3)));
	/* a subject, at a clause's start (slot_start()), as the first
	 * mention was: not after a noun or an adjective, "my phone bill
	 * came", "last summer came early", "im not sure will is enough" */
	if (!slot_start(sc, k))
		return 0;
	/* a feeling or a season comes and goes too: "joy came back",
	 * "summer went by so fast" */
	if ((when || sense) && word_among(sc, k + 2, fades))
		return 0;
	/* a feeling is what is and has said of it too ("joy is hard to
	 * find", "faith has kept me going"), but denied as a person is
	 * ("hope doesnt live w him") */
	return person_verb(sc, k + 2) ||
	    (!when &&
	        ((!sense && finite_after(sc, k, 0)) ||
	            word_among(sc, k + 2, not_finites)));
}

/* Is the word at k, in a name's span, one whose later mentions
 * names_again() looks for: of two letters or more, no title, relation
 * or stop word, and not a first name of the lists and nothing else
 * ("anna", "priya"), which the walk takes again itself ("anna called.
 * i told anna no"): an ordinary word ("sky"), a surname alone
 * ("okafor") or a word of no list ("thabo"). */
static int
name_noted(struct mh_scanner *sc, size_t k)
{
	const struct tok *t = &sc->t[k];
	unsigned f;

	if (t->kind != T_WORD || t->nletter < 2)
		return 0;
	f = fullflags(sc, k);
	return !(f & (MH_NAMES_TITLE | MH_NAMES_STOP | MH_NAMES_REL)) &&
	    (f & ~(unsigned)MH_NAMES_LAST) != MH_NAMES_FIRST;
}

/* After the walk of a window all in lower case, the later mentions of
 * the words of the names it took (name_noted(), name_again()) that no
 * span holds: "thabo said she would come, i miss thabo", "sky says im
 * being dramatic but sky isnt listening", which the walk, reading each
 * word once, passed.
 * The names' words are found from the spans, from the first, j, the
 * walk put; then one pass over the tokens after them, each word asked
 * only when its length is one of the names' (eight words kept a
 * window).  Not asked of a text with capitals (scan_text()): over
 * every text with a name, the pass cost 12 M of rb4's 230 M
 * instructions, and such a text mostly writes a name again
 * capitalised, which the walk takes ("Thabo called. Thabo is my
 * brother"); "Thabo called. thabo is my brother" is left.  0, or -1
 * when no memory is left.  Out of line, as towns_again(). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
names_again(struct mh_scanner *sc, size_t j)
{
	size_t seen[8], k = 0;
	unsigned ns = 0;
	uint32_t lens = 0;

	for (; j < sc->nsp && ns < 8; j++) {
		size_t lo = k, hi = sc->nt;

		if (sc->sp[j].type != MH_SCAN_NAME)
			continue;
		/* the span's first token */
		while (lo < hi) {
			size_t m = lo + (hi - lo) / 2;
			if (sc->t[m].s < sc->sp[j].start)
				lo = m + 1;
			else
				hi = m;
		}
		for (k = lo; k < sc->nt && sc->t[k].s < sc->sp[j].end && ns < 8;
		     k++)
			if (name_noted(sc, k)) {
				seen[ns++] = k;
				lens |= (uint32_t)1
				    << (sc->t[k].nletter < 31 ? sc->t[k].nletter
				                              : 31);
			}
	}
	if (ns == 0)
		return 0;
	j = 0;
	for (k = seen[0] + 1; k < sc->nt; k++) {
		const struct tok *t = &sc->t[k];

		if (t->kind != T_WORD ||
		    !(lens >> (t->nletter < 31 ? t->nletter : 31) & 1))
			continue;
		while (j < sc->nsp && sc->sp[j].end <= t->s)
			j++;
		if (j < sc->nsp && sc->sp[j].start <= t->s)
			continue;
		for (unsigned m = 0; m < ns && seen[m] < k; m++)
			if (same_word(sc, seen[m], k) && name_again(sc, k)) {
				if (insert_span(sc, t->s, tend(t),
				        MH_SCAN_NAME) == -1)
					return -1;
				break;
			}
	}
	return 0;
}

/* Is the word at i, flags f, the word "I" or "A" (KW_I, KW_A) before a
 * word in lower case, which word_rules() would pass with nothing done?
 * "I" alone is one word in forty of those it is asked about on rb.txt
 * (callgrind: 151.2 M to 150.8 M).  Each rule, and why it takes no
 * such word:
 *  - one capital letter is allcap: no rule of a word in title case
 *    (match_name()'s tests of an empty run, "My Daughters Sue");
 *  - name flags: none (as cap_opens_nothing()), so name_class() is
 *    C_INITIAL, which name_run() takes for "I" and "A" only before a
 *    '.', and the run is empty; no '.' before it either (in_initials());
 *    nor a letter is in list_name()'s lists, so no list of names
 *    includes it, and one ended by "," or "and" right after it finds
 *    none (rel_list_first());
 *  - keywords: none of holiday_at(), the unit and ship rules' words
 *    (the other rules' words are other words), and no "called" or
 *    "named" two tokens before it (thing_title());
 *  - a blank after it, then a word in lower case: a run of one
 *    (cap_run()), no '-' for cued_value(), no ',' for match_town(),
 *    and neither "and" nor a facility's word for facility_possible();
 *  - match_num_street_at() and match_place_at() stop at a stop word first
 *    (the STOP flag is asked for).
 * A rule that comes to take such a word must be named here. */
static inline int
i_or_a_opens_nothing(struct mh_scanner *sc, size_t i, unsigned f)
{
	const struct tok *t = &sc->t[i], *n = &sc->t[i + 2];

	return (f & MH_NAMES_STOP) &&
	    !(f &
	        ~(unsigned)(MH_NAMES_STOP | MH_NAMES_COMMON | MH_NAMES_NAMECUE |
	            MH_NAMES_PLACECUE)) &&
	    tend(t) - t->s == 1 && t->allcap && !t->joined &&
	    !tok_in(sc, i, KW_DAY_HEAD | KW_FEAST | KW_UNIT_WORD | KW_SHIP) &&
	    !tok_punct(sc, i - 1, '.') &&
	    !(i >= 2 &&
	        (sc->t[i - 2].kw == KW_CALLED ||
	            sc->t[i - 2].kw == KW_NAMED)) &&
	    tok_gap(sc, i + 1) && n->kind == T_WORD && !n->cap && !n->allcap &&
	    n->kw != KW_AND && !tok_in(sc, i + 2, KW_LOW_FACILITY) &&
	    !tok_in(sc, i + 4, KW_LOW_FACILITY);
}

/* Is the word at i, in capitals, of two letters or more and with a
 * flag but none of a name, a date, a facility, a street, a town or a
 * state, one that word_rules() would pass with nothing done from the
 * rule of "HP-678901" on: "COPD is", "MRN: 123", "CHF, HTN"?  Such are
 * 4,500 of the 12,000 words in capitals of rb.txt, each of them asked
 * every rule past that one (callgrind: 119.55 M to 119.01 M).  Each
 * rule, and why it takes no such word:
 *  - match_name(): no_name_at() turns away a word in capitals of more
 *    than one letter with a flag and none of USER, FIRST, LAST, AMBIG
 *    or MONTH (word_rules() asks those), nor in the lists of
 *    KW_LOWER_NAME or KW_STATE_NAME;
 *  - keywords: none of the lead street's (match_num_street_run()),
 *    the unit, box, ship and saint rules' words, and no "called" or
 *    "named" two tokens before it (thing_title());
 *  - not joined: no '-' inside for facility_possible();
 *  - after it a blank and a word in lower case, neither "and" nor a
 *    facility's word nor a street particle, and none of the two after it
 *    two words on; or a blank and punctuation but '&'; or punctuation of
 *    one byte (a mark) but '-', '.', '/' and '\'', and a ',' only with no
 *    state nor land after it: no '-' and digits for the "HP-" IDs, no
 *    blank and number for the plate, a run of one (cap_run(): no
 *    match_geo() nor match_street_name()), no '/' and no number, word in
 *    capitals or street particle after a blank for match_num_street_run(),
 *    nothing facility_possible() goes on over, and no ", IL" or ", Norway"
 *    for town_possible(), which asks of flags none of these have;
 *  - no place cue in lower case before it, past one '.', ',' or ':'
 *    (match_place_at(), as word_rules() asks it).
 * A rule that comes to take such a word must be named here. */
static inline int
caps_open_nothing(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i], *n = &sc->t[i + 2];
	size_t pc;

	if (t->joined || tend(t) - t->s < 2 ||
	    tok_in(sc, i,
	        KW_LEAD_STREET | KW_UNIT_WORD | KW_SHIP | KW_CAP_RULE |
	            KW_SAINT_WORD | KW_LOWER_NAME | KW_STATE_NAME) ||
	    (i >= 2 &&
	        (sc->t[i - 2].kw == KW_CALLED || sc->t[i - 2].kw == KW_NAMED)))
		return 0;
	if (tok_gap(sc, i + 1)) {
		if (n->kind == T_PUNCT ? n->mark == '&'
		                       : n->kind != T_WORD || n->cap ||
		            n->allcap || n->kw == KW_AND ||
		            tok_in(sc, i + 2,
		                KW_LOW_FACILITY | KW_STREET_PARTICLE) ||
		            tok_in(sc, i + 4,
		                KW_LOW_FACILITY | KW_STREET_PARTICLE))
			return 0;
	} else if (sc->t[i + 1].kind == T_POSS || sc->t[i + 1].mark == 0 ||
	    tok_punct(sc, i + 1, '-') || tok_punct(sc, i + 1, '.') ||
	    tok_punct(sc, i + 1, '/') || tok_punct(sc, i + 1, '\'') ||
	    (tok_punct(sc, i + 1, ',') &&
	        ((flags(sc, i + 3) & MH_NAMES_STATE) ||
	            tok_in(sc, i + 3, KW_LAND_HEAD))))
		return 0;
	pc = prev_tok(sc, i);
	if (tok_punct(sc, pc, '.') || tok_punct(sc, pc, ',') ||
	    tok_punct(sc, pc, ':'))
		pc = prev_tok(sc, pc);
	return !((flags(sc, pc) & MH_NAMES_PLACECUE) && !tok_at(sc, pc)->cap);
}

/* Is the word at i, in lower case in a text with capitals, one that
 * word_rules() would pass with nothing done?  walk() asks it of a word
 * that ends a sentence ("... to the doctor. Then"), which the fast path
 * (plain_lower()) does not take for its '.': 3,500 over the bench
 * corpus went through the e-mail test and every rule to match_name()'s
 * test of LOOK_NOCTX.  Each rule of word_rules(), and why it takes no
 * such word:
 *  - the lists of handle_after(), spelled_email(), low_place() and the
 *    lead street (match_num_street()) are KW_LOW_RULES, the corner's
 *    word KW_CORNER, holiday_at()'s KW_DAY_HEAD and KW_FEAST, none of
 *    them here; nor the MONTH flag of the date rules, nor IDCUE, which
 *    sets the cue;
 *  - every other rule but match_name() wants a capital, all capitals or
 *    a text in lower case;
 *  - match_name() takes a lower-case word in text with capitals only as
 *    a user's (USER) or where the token before it has no LOOK_NOCTX
 *    (its inline test);
 *  - the town kept for it (town_tok) is found here: after a word of
 *    town_preps[] or town_verbs[], or after "in", which has LOOK_NOCTX
 *    ("I'm in riverton.": town_at()).
 * A rule that comes to take such a word must be named here. */
static inline int
lower_opens_nothing(struct mh_scanner *sc, size_t i)
{
	return !tok_in(sc, i, KW_LOW_RULES | KW_DAY_HEAD | KW_FEAST) &&
	    !tok_is(sc, i, KW_CORNER) &&
	    !(flags(sc, i) &
	        (MH_NAMES_MONTH | MH_NAMES_IDCUE | MH_NAMES_USER)) &&
	    !lone_first_flags(flags(sc, i)) &&
	    !lone_surname_cued(sc, i, flags(sc, i)) &&
	    ((tok_at(sc, prev_tok(sc, i))->looked & LOOK_NOCTX)
	            ? !(in_before(tok_at(sc, prev_tok(sc, i))) &&
	                  town_at(sc, i))
	            : town_cue(sc, tok_at(sc, prev_tok(sc, i))->kw) &&
	                !town_at(sc, i));
}

/* Is the word at i, in a text with no capital (lowertext), one that
 * word_rules() would pass with nothing done?  walk() stops at every
 * word of such a text (it has no LOOK_QUIET, look_words()), and most
 * are ordinary words that went through each rule's first test to
 * match_name()'s no_name_at().  Chat is often written so: over
 * alltexts.txt 58.0 M instructions to 53.4 M, 9 % faster (rb.txt,
 * 5,500 of whose words are such, 0.1 M).  Each rule of word_rules(),
 * and why it takes no such word:
 *  - the lists of words that start a rule in lower case (KW_LOW_RULES:
 *    the first block's handles, spelled e-mail addresses and
 *    facilities, the kept phrases' first words, the lead streets) are
 *    asked here first, as the walk asks them of every lower-case word
 *    (plain_lower()); a word kept by the user (KEEP) then ends
 *    word_rules();
 *  - holiday_at()'s KW_DAY_HEAD and KW_FEAST, the date rules' MONTH,
 *    the cue's IDCUE, the corner's word, the ship's and unit's words
 *    (match_ship()): none of them here;
 *  - cap_opens_nothing(), i_or_a_opens_nothing() and every rule
 *    between the corner's and match_name() want a capital, or all
 *    capitals: none in such a text;
 *  - match_name() turns the word away at no_name_at(), which takes no
 *    word with the USER, FIRST, LAST, AMBIG or MONTH flag, in the
 *    lists of KW_LOWER_NAME or KW_STATE_NAME, nor one of more than one
 *    letter with no flag that is no contraction;
 *  - low_town() takes a town of CITY, CITYPART or no flag, and one of
 *    PROPER after a cue of living ("i moved to hyderabad").
 * A rule that comes to take such a word must be named here. */
static inline int
lowertext_opens_nothing(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	unsigned f = fullflags(sc, i);

	if (t->cap || t->allcap || tok_in(sc, i, KW_LOW_RULES))
		return 0;
	if (f & MH_NAMES_KEEP)
		return 1;
	return !tok_in(sc, i,
	           KW_DAY_HEAD | KW_FEAST | KW_SHIP | KW_UNIT_WORD |
	               KW_LOWER_NAME | KW_STATE_NAME) &&
	    !tok_is(sc, i, KW_CORNER) &&
	    !(f &
	        (MH_NAMES_MONTH | MH_NAMES_IDCUE | MH_NAMES_USER |
	            MH_NAMES_FIRST | MH_NAMES_LAST | MH_NAMES_AMBIG |
	            MH_NAMES_CITY | MH_NAMES_CITYPART | MH_NAMES_PROPER)) &&
	    (f != 0 || t->contr ||
	        (tend(t) - t->s == 1 && !letter_initial(sc, i))) &&
	    !self_name(sc, i);
}

/* Would word_rules() pass the capitalised word at i, flags f, with
 * nothing done, as cap_opens_nothing() or i_or_a_opens_nothing() says?
 * word_rules() asked the two after its first rules, which take no word
 * outside their lists (the handles', spelled e-mail addresses', low
 * places' and kept phrases') and none with the KEEP flag, which the
 * flags cap_passes() asks exclude.  walk() asks them before the call:
 * word_rules() saves and restores six registers for its many rules,
 * as much as the tests cost, and 17,000 of rb.txt's capitalised words
 * are passed here (callgrind: 118.40 M to 118.02 M; rb32 1 to 2 %
 * faster).  Out of line, as the call of word_rules() was: inlined into
 * walk(), GCC left more of walk()'s own tests out of line (+0.6 M). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
cap_passes_slow(struct mh_scanner *sc, size_t i, unsigned f)
{
	if (tok_in(sc, i, KW_FIRST_RULES) || body_head(sc, i))
		return 0;
	return sc->t[i].allcap ? i_or_a_opens_nothing(sc, i, f)
	                       : cap_opens_nothing(sc, i, f);
}

/* cap_passes_slow()'s first tests, inline: the flags (inside, the test
 * of every word came to more instructions, 0.2 M) and the ids of "I"
 * and "A"; cap_opens_nothing() wants no word in capitals,
 * i_or_a_opens_nothing() one. */
static inline int
cap_passes(struct mh_scanner *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	unsigned f = t->flags;

	if (t->allcap ? t->kw == KW_I || t->kw == KW_A
	              : (f & (MH_NAMES_STOP | MH_NAMES_COMMON)) &&
	            !(f &
	                ~(unsigned)(MH_NAMES_STOP | MH_NAMES_COMMON |
	                    MH_NAMES_NAMECUE | MH_NAMES_PLACECUE |
	                    MH_NAMES_EPONYM)))
		return cap_passes_slow(sc, i, f);
	return 0;
}

/* The end of the name in lower case at i that ends at byte end, with a
 * middle initial and a surname after it: "benjamin a seiler", "emidio p
 * lombardo", "bertram m. jørgensen" (the first name alone was taken).
 * The surname a word of the surname list and of no ordinary word's, or
 * of no list.  Not after "a", an article as often ("gave maria a hug":
 * Hug is a surname, and the word list lacks it), nor "i".  The caller
 * has seen a blank, a letter and a blank or '.' at end. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
initial_surname(struct mh_scanner *sc, size_t i, size_t end)
{
	size_t k = tok_from(sc, i, end), j;
	const struct tok *t;
	unsigned f;

	if (!tok_gap(sc, k) || !tk(sc, k + 1) || sc->t[k + 1].kind != T_WORD ||
	    tend(&sc->t[k + 1]) - sc->t[k + 1].s != 1 ||
	    tok_is(sc, k + 1, KW_I) || tok_is(sc, k + 1, KW_A))
		return end;
	j = k + 2;
	if (tok_punct(sc, j, '.'))
		j++;
	if (!tok_gap(sc, j) || (t = tk(sc, j + 1)) == NULL ||
	    t->kind != T_WORD || t->cap || t->allcap || t->contr ||
	    tend(t) - t->s < 3)
		return end;
	f = fullflags(sc, j + 1);
	if (f != 0 &&
	    (!(f & MH_NAMES_LAST) ||
	        (f & (MH_NAMES_COMMON | MH_NAMES_AMBIG | MH_NAMES_KEEP))))
		return end;
	return tend(t);
}

/* The end of the name at i that ends at byte end, with a surname joined
 * to it by '&' ("Baylor Scott & White", a health system, left
 * "White"): a capitalised word with the surname's bit and not the
 * first name's, so that "Anna & Ben" stay two names.  The caller has
 * seen " &" at end; out of line, as word_rules() is at GCC's inlining
 * limit. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
amp_surname(struct mh_scanner *sc, size_t i, size_t end)
{
	size_t k;
	unsigned f;

	k = tok_from(sc, i, end);
	if (!tok_gap(sc, k) || !tok_punct(sc, k + 1, '&') ||
	    !tok_gap(sc, k + 2) || !cap_word(sc, k + 3) || sc->t[k + 3].allcap)
		return end;
	f = fullflags(sc, k + 3);
	return (f & MH_NAMES_LAST) && !(f & (MH_NAMES_FIRST | MH_NAMES_STOP))
	    ? tend(&sc->t[k + 3])
	    : end;
}

/* A date in another language around the month word at i
 * (foreign_months[]): a day (1 to 31) before it, with a '.' or "de" between ("14 mars",
 * "am 14. März", "el 14 de marzo"), a year after it ("marzo de 2024",
 * "März 2024"), or both.  Returns the end and sets *start, or 0. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
foreign_date(struct mh_scanner *sc, size_t i, size_t *start)
{
	size_t s = SIZE_MAX, e = tend(&sc->t[i]), p, q;
	long v;
	/* "mayo" is mayonnaise too ("2 mayo packets"): a day before it
	 * only with "de" ("14 de mayo") */
	int de = !word_eq(sc, i, "mayo");

	if (i >= 2 && tok_gap(sc, i - 1)) {
		p = i - 2;
		if (p >= 2 && word_eq(sc, p, "de") && tok_gap(sc, p - 1)) {
			p -= 2;
			de = 1;
		} else if (p >= 1 && tok_punct(sc, p, '.'))
			p--;
		if (de && sc->t[p].kind == T_NUM &&
		    tend(&sc->t[p]) - sc->t[p].s <= 2 &&
		    num_val(sc, p, &v) != 0 && v >= 1 && v <= 31)
			s = sc->t[p].s;
	}
	if (tok_gap(sc, i + 1)) {
		q = i + 2;
		if (word_eq(sc, q, "de") && tok_gap(sc, q + 1))
			q += 2;
		if (tk(sc, q) && is_year(sc, q)) {
			e = tend(&sc->t[q]);
			if (s == SIZE_MAX)
				s = sc->t[i].s;
		}
	}
	if (s == SIZE_MAX)
		return 0;
	*start = s;
	return e;
}

/* The start of a surname after its particles, one or two words in lower
 * case between it and a title or a name before ("Dr. de la Cruz", "Ms.
 * van den Heuvel", "Dr. De La Cruz", the Irish "Dr \u00d3 Briain", "my
 * cousin van der Berg"): the title's, or the name's
 * before, whose span gives way; the surname's own start t->s when
 * neither stands there.  The particles were left between two spans or
 * after the title ("Dr. de la [NAME]").  Out of line: only a name after
 * a particle comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
particle_lead(struct mh_scanner *sc, size_t i)
{
	size_t k = i, p;
	int n = 0;

	while (n < 2 && k >= 2 && tok_gap(sc, k - 1) &&
	    sc->t[k - 2].kind == T_WORD &&
	    tok_in(sc, k - 2, KW_NAME_PARTICLE)) {
		k -= 2;
		n++;
		/* "[NAME] der Berg": the name before took a particle */
		if (sc->nsp && sc->sp[sc->nsp - 1].type == MH_SCAN_NAME &&
		    k >= 2 && tok_gap(sc, k - 1) &&
		    sc->sp[sc->nsp - 1].end == tend(&sc->t[k - 2])) {
			size_t b = sc->sp[sc->nsp - 1].start;
			give_way(sc, b);
			return b;
		}
	}
	if (n == 0 || k < 2 || !tok_gap(sc, k - 1))
		return sc->t[i].s;
	p = k - 2;
	if (tok_punct(sc, p, '.') && p >= 1)
		p--;
	if (sc->t[p].kind == T_WORD && tok_in(sc, p, KW_HONORIFIC) &&
	    (flags(sc, p) & MH_NAMES_TITLE)) {
		/* a title in lower case stays out of the span, as before a
		 * surname (title_start()), but its particles go: "dr. de la
		 * cruz"; not after chat's "fr" or the "ms" of multiple
		 * sclerosis (honorific_before()) */
		if (sc->t[p].cap || sc->t[p].allcap)
			k = p;
		else if (!honorific_before(sc, k))
			return sc->t[i].s;
		give_way(sc, sc->t[k].s);
		return sc->t[k].s;
	}
	return sc->t[i].s;
}

/* Is the "CDL" at i the trade's, not its licence's number: a word
 * other than is, was, number or no after it ("CDL drivers make 2000 a
 * week", "CDL school took 1200 hours"), where "CDL D4418-22719-05",
 * "my CDL is ...", "CDL number ..." cue a number?  Asked of a licence's
 * cue words alone (take_cue()). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
cdl_trade(struct mh_scanner *sc, size_t i)
{
	static const char *const ws[] = {"is", "was", "number", "no", "num",
	    "nr", "id", NULL};
	size_t n = next_word(sc, i);

	return word_eq(sc, i, "cdl") && n != SIZE_MAX && !word_among(sc, n, ws);
}

/* The cue word at i (IDCUE) announces the type of the numbers after it
 * (cue_type()), for cued_value() and number_rules(). */
static inline void
take_cue(struct mh_scanner *sc, size_t i)
{
	int c = cue_type(sc, i);

	if (c >= 0 && !(c == MH_SCAN_LICENSE && cdl_trade(sc, i))) {
		/* keep the more specific of "Member ID" */
		if (!(c == MH_SCAN_ID && sc->cue_type >= 0 &&
		        i - sc->cue_tok <= 3))
			sc->cue_type = c;
		sc->cue_tok = i;
	}
}

/* Once per word that no cheaper test turned away.  Kept out of
 * mh_scan_text(): inlined there, GCC spent its inlining on the loop
 * and called the rules below out of line; here they are inlined into
 * this one function instead (callgrind: 268.8 M to 267.6 M). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
word_rules(struct mh_scanner *sc, size_t *ip)
{
	size_t i = *ip, end, start;
	struct tok *t = &sc->t[i];
	unsigned f = flags(sc, i);
	int type;

	/* The rules from here to the corner's start only at a word of a
	 * few lists (the corner's word is KW_CAP_RULE) or with a few
	 * flags, and most words are in none and have none: one test of
	 * the lists and one of the flags, where each rule asked its own
	 * (callgrind: rb.txt 114.92 M to 114.45 M).  A rule added before
	 * by_case must add its list or flag here. */
	if (!tok_in(sc, i,
	        KW_FIRST_RULES | KW_DAY_HEAD | KW_FEAST | KW_CAP_RULE |
	            KW_ORD_HIGH) &&
	    !(f &
	        (MH_NAMES_KEEP | MH_NAMES_MONTH | MH_NAMES_WEEKDAY |
	            MH_NAMES_IDCUE)) &&
	    !body_head(sc, i))
		goto by_case;
	/* a handle after a platform word (before KEEP: most platforms
	 * are apps, which are kept), a facility in lower case, a spelled
	 * age ("ninety two"): one test
	 * of the word's lists turns away the rest */
	if (tok_in(sc, i,
	        KW_PLATFORM | KW_FAC_HEAD | KW_LOW_SAINT | KW_TLD_WORD |
	            KW_NINETY | KW_FMONTH | KW_MAIL_HOST | KW_SECRET |
	            KW_PHONE_CUE | KW_STAY_CUE | KW_SAID_CUE | KW_SAID_IDCUE)) {
		/* "I was sectioned at the Priory" */
		if (tok_in(sc, i, KW_STAY_CUE) &&
		    (end = stay_facility(sc, i, &start)) != 0)
			EMIT(start, end, MH_SCAN_LOCATION);
		/* "kz99 at gmail": an address at its provider alone */
		if (tok_in(sc, i, KW_MAIL_HOST) &&
		    (end = host_email(sc, i, &start)) != 0) {
			give_way(sc, start);
			EMIT(start, end, MH_SCAN_EMAIL);
		}
		/* "call me on five five five, zero one two three", "my
		 * social is nine eight seven ...", "post code is b one
		 * four seven t y", "My SSN is nine eight ..." (said_idcues[]:
		 * with a blank next, or in a text in lower case) */
		if ((tok_in(sc, i, KW_PHONE_CUE | KW_SAID_CUE) ||
		        (tok_in(sc, i, KW_SAID_IDCUE) &&
		            (tok_gap(sc, i + 1) || sc->lowertext))) &&
		    (type = said_rule(sc, ip)) != 0)
			return type;
		/* "my password is hunter2" */
		if (tok_in(sc, i, KW_SECRET) &&
		    (end = secret_after(sc, i, &start)) != 0)
			EMIT(start, end, MH_SCAN_ID);
		/* "my gmail is mayaokafor92": the address's first part, after
		 * a provider ("mail" alone is no account: "my mail is late") */
		if (tok_in(sc, i, KW_MAIL_HOST) && t->kw != KW_MAIL &&
		    (end = handle_after(sc, i, &start)) != 0)
			EMIT(start, end, MH_SCAN_EMAIL);
		/* "ninety two", said of someone */
		if (tok_in(sc, i, KW_NINETY) &&
		    (end = spelled_age(sc, i, &start)) != 0) {
			give_way(sc, start);
			EMIT(start, end, MH_SCAN_AGE);
		}
		/* "le 14 mars 2024", "el 14 de marzo de 2024", "am 14.
		 * März" */
		if (tok_in(sc, i, KW_FMONTH) &&
		    (end = foreign_date(sc, i, &start)) != 0) {
			give_way(sc, start);
			EMIT(start, end, MH_SCAN_DATE);
		}
		if (tok_in(sc, i, KW_TLD_WORD) &&
		    (end = spelled_email(sc, i, &start)) != 0) {
			give_way(sc, start);
			EMIT(start, end, MH_SCAN_EMAIL);
		}
		if (tok_in(sc, i, KW_TLD_WORD) &&
		    (end = spelled_site(sc, i, &start)) != 0) {
			give_way(sc, start);
			EMIT(start, end, MH_SCAN_URL);
		}
		if (tok_in(sc, i, KW_PLATFORM)) {
			sc->platform_tok = i;
			if ((end = handle_after(sc, i, &start)) != 0)
				EMIT(start, end, MH_SCAN_HANDLE);
		}
		if (tok_in(sc, i, KW_PLATFORM) && i >= 4 &&
		    sc->t[i - 2].kw == KW_ON && sc->t[i].kw != KW_LINE &&
		    (end = handle_before(sc, i, &start)) != 0) {
			give_way(sc, start);
			if (add_span(sc, start, end, MH_SCAN_HANDLE) == -1)
				return -1;
		}
		/* "St. John's wort", kept */
		if (tok_in(sc, i, KW_LOW_SAINT) &&
		    (end = herb_at(sc, i)) != 0) {
			*ip = end;
			return 1;
		}
		if (!t->cap && !t->allcap &&
		    tok_in(sc, i, KW_FAC_HEAD | KW_LOW_SAINT) &&
		    (end = low_place(sc, i, &start)) != 0) {
			give_way(sc, start);
			EMIT(start, end, MH_SCAN_LOCATION);
		}
		if (!t->cap && !t->allcap && tok_in(sc, i, KW_FAC_HEAD) &&
		    (end = fac_at_town(sc, i, &start)) != 0)
			EMIT(start, end, MH_SCAN_LOCATION);
	}
	/* "i live on elm street", "po box 77", "apt 4c" */
	if (tok_in(sc, i, KW_ADDR_HEAD) &&
	    (end = low_address(sc, i, &start)) != 0) {
		give_way(sc, start);
		EMIT(start, extend_place(sc, i, end), MH_SCAN_ADDRESS);
	}
	/* "New Zealand", "Romeo and Juliet": kept, and no word of them a
	 * name or a town, in lower case too (their first words are
	 * KW_LOW_RULES, at which the walk stops) */
	if ((tok_in(sc, i, KW_LAND_HEAD | KW_FAMOUS_HEAD) ||
	        body_head(sc, i)) &&
	    (end = kept_phrase_at(sc, i)) != 0) {
		*ip = end;
		return 1;
	}
	if (f & MH_NAMES_KEEP)
		return 0;
	/* "born on Christmas", "born in March", "since last march", "on
	 * the Fourteenth" (before holiday_at(), which passes "Christmas
	 * Eve" whole; here rather than before KEEP: callgrind 15 K fewer) */
	if ((tok_in(sc, i, KW_DAY_HEAD | KW_FEAST | KW_ORD_HIGH) ||
	        (f & MH_NAMES_MONTH)) &&
	    i >= 2 && tok_in2(sc, i - 2, KW2_DATE_LEAD) &&
	    sc->t[i + 2].kind != T_NUM && sc->t[i + 2].kind != T_ALNUM &&
	    (end = date_lead(sc, i, &start)) != 0)
		EMIT(start, end, MH_SCAN_DATE);
	/* (walk() has asked cap_opens_nothing() and i_or_a_opens_nothing():
	 * cap_passes()) */
	/* holiday_at()'s first test made here: nearly every word is in
	 * neither list, and was spared a call (64,000 calls on rb.txt) */
	if (tok_in(sc, i, KW_DAY_HEAD | KW_FEAST)) {
		size_t h = holiday_at(sc, i);
		if ((end = feast_anniversary(sc, i, h)) != 0)
			EMIT(t->s, end, MH_SCAN_DATE);
		if (h != 0) {
			*ip = h;
			return 1;
		}
	}
	/* the day in words first: "the first of April 2021" holds the
	 * month and year match_month_date() takes.  The gate is the
	 * tokens spelled_date()'s two forms start with ("of" two before,
	 * "the" or a day two after): most months make no call */
	if ((f & MH_NAMES_MONTH) &&
	    ((i >= 2 && sc->t[i - 2].kw == KW_OF) ||
	        tok_in(sc, i + 2, KW_ORD_DAY | KW_TENS) ||
	        tok_is(sc, i + 2, KW_THE)) &&
	    (end = spelled_date(sc, i, &start)) != 0)
		EMIT(start, end, MH_SCAN_DATE);
	if ((f & MH_NAMES_MONTH) && (end = match_month_date(sc, i)) != 0)
		EMIT(t->s, end, MH_SCAN_DATE);
	if ((f & (MH_NAMES_MONTH | MH_NAMES_WEEKDAY)) && t->cap &&
	    tend(t) - t->s >= 3) {
		size_t p = prev_word(sc, i);
		if (p != SIZE_MAX && p + 2 == i &&
		    (tok_is(sc, p, KW_LAST) || tok_is(sc, p, KW_NEXT) ||
		        tok_is(sc, p, KW_THIS) || tok_is(sc, p, KW_SINCE) ||
		        tok_is(sc, p, KW_UNTIL) || tok_is(sc, p, KW_EARLY) ||
		        tok_is(sc, p, KW_LATE) || tok_is(sc, p, KW_MID)))
			EMIT(sc->t[p].s, tend(t),
			    MH_SCAN_DATE); /* "last July" */
	}
	if (f & MH_NAMES_IDCUE) {
		take_cue(sc, i);
	}
	/* "the corner of Elm Street and 5th Avenue" */
	if (tok_is(sc, i, KW_CORNER) && tok_gap(sc, i + 1) &&
	    tok_is(sc, i + 2, KW_OF) && tok_gap(sc, i + 3) &&
	    (end = match_corner(sc, i + 4)) != 0)
		EMIT(sc->t[i + 4].s, end, MH_SCAN_ADDRESS);
by_case:;
	int titled = 0, ctx = -1;
	/* Every rule from here to match_name() wants a capital or all
	 * capitals, but for the two asked here, which want neither (a
	 * text in lower case has no capital): a word in lower case
	 * (12,600 of the calls on rb.txt) passes the others at this one
	 * test, where it was asked each rule's, and a capitalised word
	 * is not asked the two (callgrind: 0.1 M fewer, as the code
	 * around it is laid out). */
	if (!t->cap && !t->allcap) {
		/* "moved to chicago", "from tulsa": at the word town_at()
		 * found it after, where the walk stopped; in a text in lower
		 * case, whose walk stops at the town, there ("i live in
		 * springfield"), and at a word the walk stops at anyway,
		 * which town_at() is not asked of ("from new york", "from
		 * east london"); in a text with capitals, at a word before
		 * a mark that keeps the walk off its fast paths, which ask
		 * town_at() (".." or ':': "I'm in riverton...", "I'm from
		 * tulsa: it's quiet") */
		if (i != sc->town_tok && !sc->lowertext && i >= 2 &&
		    sc->t[i + 1].kind == T_PUNCT &&
		    (sc->t[i - 2].kw == KW_IN || town_cue(sc, sc->t[i - 2].kw)))
			town_at(sc, i);
		if (i == sc->town_tok)
			EMIT(sc->town_start, city_after(sc, i, sc->town_end),
			    MH_SCAN_LOCATION);
		if (tok_in(sc, i, KW_BOROUGH) && i >= 2 && tok_gap(sc, i - 1) &&
		    tok_is(sc, i - 2, KW_THE))
			EMIT(t->s, tend(t), MH_SCAN_LOCATION);
		/* "we went to lake merritt", "to mount shasta" (their ids:
		 * both are famous phrases' heads, and stop the walk) */
		if ((t->kw == KW_LAKE || t->kw == KW_MOUNT) &&
		    (end = low_lake(sc, i)) != 0)
			EMIT(t->s, end, MH_SCAN_LOCATION);
		if ((sc->lowertext || tok_in(sc, i, KW_LOW_RULES)) && i >= 2 &&
		    (tok_in(sc, i - 2, KW_TOWN_PREP) ||
		        sc->t[i - 2].kw == KW_IN || sc->t[i - 2].kw == KW_TO ||
		        sc->t[i - 2].kw == KW_IS || sc->t[i - 2].kw == KW_WAS ||
		        sc->t[i - 2].kw == KW_N || town_quote(sc, i)) &&
		    (end = low_town(sc, i)) != 0)
			EMIT(t->s, city_after(sc, i, end), MH_SCAN_LOCATION);
		if (sc->lowertext && sc->zip5 &&
		    tok_in(sc, i, KW_SHIP | KW_UNIT_WORD) &&
		    (end = match_ship(sc, i)) != 0)
			EMIT(t->s, end, MH_SCAN_ADDRESS);
		if (tok_in(sc, i, KW_LEAD_STREET) &&
		    (end = match_num_street(sc, i)) != 0)
			EMIT(t->s, end, MH_SCAN_ADDRESS);
		/* "on the fourteenth", "my birthday is the fifth": a day of
		 * the month in words, alone, as bare_day() takes "14th" (a
		 * list of KW_LOW_RULES, at which the walk stops) */
		if (tok_in(sc, i, KW_ORD_HIGH) && spelled_bare_day(sc, i))
			EMIT(t->s, tend(t), MH_SCAN_DATE);
		goto name;
	}
	if (t->allcap && f != 0 &&
	    !(f &
	        (MH_NAMES_USER | MH_NAMES_FIRST | MH_NAMES_LAST |
	            MH_NAMES_AMBIG | MH_NAMES_MONTH | MH_NAMES_FACILITY |
	            MH_NAMES_STREET | MH_NAMES_CITY | MH_NAMES_CITYPART |
	            MH_NAMES_STATE)) &&
	    caps_open_nothing(sc, i))
		return 0;
	/* "HP-678901", "APL-876-98": letters, a dash, digits */
	if (t->allcap && tend(t) - t->s <= 5 && tok_punct(sc, i + 1, '-') &&
	    tk(sc, i + 2) &&
	    (sc->t[i + 2].kind == T_NUM || sc->t[i + 2].kind == T_ALNUM) &&
	    (sc->t[i + 2].ndigit >= 4 ||
	        (sc->t[i + 2].ndigit >= 2 && tok_punct(sc, i + 3, '-')))) {
		int cue = sc->cue_type >= 0 && i - sc->cue_tok <= 6
		    ? sc->cue_type
		    : MH_SCAN_ID;
		if (cue == MH_SCAN_CARD)
			cue = MH_SCAN_ACCOUNT;
		if ((end = cued_value(sc, i, cue)) != 0)
			EMIT(t->s, end, cue);
	}
	/* "his plate is literally KTZ 4491": a plate's letters, a blank
	 * and its digits after a plate's cue, read from the letters (from
	 * the digits, "KTZ" was left, or the cue was too far) */
	if (t->allcap && tend(t) - t->s <= 4 && sc->cue_type == MH_SCAN_PLATE &&
	    i - sc->cue_tok <= 6 && tok_gap(sc, i + 1) && tk(sc, i + 2) &&
	    (sc->t[i + 2].kind == T_NUM || sc->t[i + 2].kind == T_ALNUM) &&
	    (end = cued_value(sc, i, MH_SCAN_PLATE)) != 0)
		EMIT(t->s, end, MH_SCAN_PLATE);
	/* thing_title() wants "called" or "named" as the word before i,
	 * one blank or mark between: token i - 2, whose keyword turns
	 * away nearly every word without reading the word before */
	if (t->cap && i >= 2 &&
	    (sc->t[i - 2].kw == KW_CALLED || sc->t[i - 2].kw == KW_NAMED) &&
	    (end = thing_title(sc, i)) != 0) {
		*ip = end;
		return 1;
	}
	/* the run of capitalised words from i: the place rules below
	 * need two words of it or a few flags, and turn most words away
	 * on those */
	struct cap_run run;
	cap_run(sc, i, &run);
	/* match_geo() takes word 2 or 3 of the run as its suffix: no
	 * geo suffix there, no call */
	if (t->cap && run.n >= 2 &&
	    (tok_in(sc, i + 2, KW_GEO_SUFFIX) ||
	        (run.n >= 3 && tok_in(sc, i + 4, KW_GEO_SUFFIX))) &&
	    (end = match_geo(sc, i)) != 0)
		EMIT(t->s, extend_place(sc, i, end), MH_SCAN_LOCATION);
	ctx = name_context_before(sc, i, &titled);
	/* after "Dr." comes a person, not a place */
	if (!titled) {
		/* the unit's, box's, ship's and county's words: one AND of
		 * the word's lists turns nearly every word away from the
		 * four */
		if (tok_in(sc, i, KW_UNIT_WORD | KW_SHIP | KW_CAP_RULE)) {
			/* the six words are all in the unit-word list */
			if (tok_in(sc, i, KW_UNIT_WORD) &&
			    (tok_is(sc, i, KW_APT) || tok_is(sc, i, KW_SUITE) ||
			        tok_is(sc, i, KW_UNIT) ||
			        tok_is(sc, i, KW_APARTMENT) ||
			        tok_is(sc, i, KW_PSC) ||
			        tok_is(sc, i, KW_CMR) ||
			        flat_before_house(sc, i)) &&
			    (end = units_after(sc, i)) != 0)
				EMIT(t->s,
				    address_tail(sc, tok_from(sc, i, end), end),
				    MH_SCAN_ADDRESS);
			/* po_box() starts at "P" or "PO", match_ship() needs
			 * a five-digit number in the window and, at a word,
			 * a ship's word or a unit's (unit_after(); a word is
			 * never the '#' it also takes) */
			if ((t->kw == KW_P || t->kw == KW_PO) &&
			    (end = po_box(sc, i)) != 0)
				EMIT(t->s,
				    address_tail(sc, tok_from(sc, i, end), end),
				    MH_SCAN_ADDRESS);
			if (sc->zip5 && tok_in(sc, i, KW_SHIP | KW_UNIT_WORD) &&
			    (end = match_ship(sc, i)) != 0)
				EMIT(t->s, end, MH_SCAN_ADDRESS);
			/* "Co. Westmeath", "Co Cork": an Irish county */
			if (t->kw == KW_CO && t->cap &&
			    (end = county_at(sc, i)) != 0)
				EMIT(t->s, end, MH_SCAN_LOCATION);
		}
		if ((end = match_num_street_run(sc, i, &run)) != 0)
			EMIT(t->s, extend_place(sc, i, end), MH_SCAN_ADDRESS);
		if (facility_possible(sc, &run) &&
		    (!stop_cap(sc, i) || !sentence_initial(sc, i)) &&
		    (end = match_facility(sc, i)) != 0) {
			/* a kind of service, a source cited or a form's
			 * label: kept whole, none of its words a name or a
			 * town */
			if ((kept_facility_head(sc, i) &&
			        kept_facility(sc, i, end)) ||
			    (end < sc->n && sc->s[end] == ':' &&
			        facility_label(sc, i, end))) {
				*ip = tok_from(sc, i, end);
				return 1;
			}
			EMIT(t->s, extend_place(sc, i, end), MH_SCAN_LOCATION);
		}
		/* match_saint() starts at its five words only: their one
		 * bit, where its five compares were asked of every word */
		if (tok_in(sc, i, KW_SAINT_WORD)) {
			size_t st = street_st(sc, i);
			if (st != 0)
				EMIT(sc->t[st].s, tend(t), MH_SCAN_ADDRESS);
			if ((end = match_saint(sc, i)) != 0)
				EMIT(t->s, extend_place(sc, i, end),
				    MH_SCAN_LOCATION);
		}
		/* match_place_at()'s cue: a place cue in lower case as the
		 * word before, past one '.', ',' or ':' (prev_word(), read
		 * here without its memo, whose test and stores cost as much
		 * as the word; a token with the cue's flag is a word, and
		 * token SIZE_MAX has no flags).  Of the 35,400 capitalised
		 * words of rb.txt 5,000 have one (callgrind: 133.3 M to
		 * 132.2 M). */
		size_t pc = prev_tok(sc, i);
		if (tok_punct(sc, pc, '.') || tok_punct(sc, pc, ',') ||
		    tok_punct(sc, pc, ':'))
			pc = prev_tok(sc, pc);
		if (((flags(sc, pc) & MH_NAMES_PLACECUE) ||
		        tok_is(sc, pc, KW_NOT)) &&
		    !sc->t[pc].cap && (end = match_place_at(sc, i, pc)) != 0) {
			end = extend_place(sc, i, end);
			if (end == tend(t))
				note_town(sc, i);
			EMIT(t->s, end, MH_SCAN_LOCATION);
		}
		if (town_possible(sc, i, &run) &&
		    (end = match_town(sc, i)) != 0)
			EMIT(t->s, extend_place(sc, i, end), MH_SCAN_LOCATION);
		if (run.n >= 2 && (run.flags & MH_NAMES_STREET) &&
		    (end = match_street_name(sc, i)) != 0)
			EMIT(t->s, extend_place(sc, i, end), MH_SCAN_ADDRESS);
	}
name:
	if ((end = match_name(sc, i, ctx, titled, &type, &start)) != 0) {
		if (i >= 2 && tok_in(sc, i - 2, KW_NAME_PARTICLE) &&
		    type == MH_SCAN_NAME && start == t->s)
			start = particle_lead(sc, i);
		if (type == MH_SCAN_NAME && end + 3 < sc->n &&
		    sc->s[end] == ' ') {
			if (sc->s[end + 1] == '&')
				end = amp_surname(sc, i, end);
			else if (sc->s[end + 1] >= 'a' &&
			    sc->s[end + 1] <= 'z' &&
			    (sc->s[end + 2] == ' ' || sc->s[end + 2] == '.') &&
			    !t->cap && !t->allcap)
				end = initial_surname(sc, i, end);
		}
		/* "to Davao City"; and a name of one word before "City" in
		 * its case is a town's: "Quezon City is hot" (City is hardly
		 * ever a surname; "Maya, City is big" and "Maya city
		 * council" stay apart, as city_after() asks a blank and the
		 * same case) */
		if (type == MH_SCAN_LOCATION ||
		    (type == MH_SCAN_NAME && start == t->s && end == tend(t))) {
			size_t c = city_after(sc, i, end);

			if (c != end) {
				end = c;
				type = MH_SCAN_LOCATION;
			}
		}
		EMIT(start, end, type);
	} else if (t->cap && tend(t) - t->s == 2 &&
	    (tok_punct(sc, i + 1, ',') ||
	        (i >= 2 && (sc->t[i - 2].contr || tok_is(sc, i - 2, KW_IM)))) &&
	    cap_self_initials(sc, i)) {
		/* "I'm Kz, 19", "I'm Al.": a word of the lists, no name to
		 * match_name(), which is asked first as most are names */
		EMIT(t->s, tend(t), MH_SCAN_NAME);
	}
	return 0;
}

/* Could the lower-case word at i (in text with capitals), which
 * plain_lower() passes, be a name after all?  Of word_rules() only
 * match_name() can take it, and that only as one of the names listed
 * after a relation in the plural (rel_list_name()), after a word that
 * names (name_context_before()) or set off by commas after a relation
 * (rel_comma_before()): the same tests, so that the many words after
 * "and", "is" or a ',' skip the rules too.  A list found here is kept
 * as match_name() would keep it, and found again there.
 *
 * The three tests were asked after a first one, of the token p before
 * the word alone, which turned away few: here that one chooses which
 * of them can hold, and each is asked once (callgrind: rb.txt
 * 128.0 M to 127.4 M).  By the token p:
 *  - none, or with LOOK_NOCTX: none can (what LOOK_NOCTX says), but
 *    after "in" a town (town_at()), which is no name;
 *  - a '.' or ',': all three;
 *  - a '&': the list alone (name_context_before() wants a word or a
 *    mark, rel_comma_before() a blank after the comma);
 *  - a word: the list and name_context_before()'s tests of a word
 *    (context_after_word()), and neither but for a title, a name cue
 *    or a relation at p, or a plural relation that starts a list
 *    (rel_list_first(), which also makes rel_list_name() true);
 *  - anything else: none.
 * rel_list_name() comes first wherever the first test let it through,
 * as it did: the list it finds is kept for the words after.
 * Inlined, in walk(), its one caller: GCC had inlined the tests only
 * while walk() stayed small enough, and a rule added to walk() pushed
 * them out (rb.txt +2.3 M instructions in them, +0.7 M in all). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
lower_name_context(struct mh_scanner *sc, size_t i)
{
	size_t p = prev_tok(sc, i);
	const struct tok *pt = tok_at(sc, p);
	int title;

	if (p == SIZE_MAX)
		return 0;
	/* "in" opens no name, but may a town of a word that ends as towns
	 * do or of a known town, at which the walk stops (memo_quiet()):
	 * "I'm in riverton", "I'm in chicago" */
	if (pt->looked & LOOK_NOCTX)
		return in_before(pt) && town_at(sc, i);
	/* a word of town_preps[] or town_verbs[], which has no LOOK_NOCTX
	 * for the town after it (or after "in", "to"), and opens no name
	 * (noctx_at()) */
	if (town_cue(sc, pt->kw))
		return town_at(sc, i);
	if (pt->kw == KW_THAT)
		return that_subject(sc, i);
	if (pt->mark == '.' || pt->mark == ',')
		return rel_list_name(sc, i) ||
		    context_after_mark(sc, p, &title) ||
		    rel_comma_before(sc, i);
	if (pt->mark == '&')
		return rel_list_name(sc, i); /* "my kids jordan & chad" */
	if (pt->kind != T_WORD)
		return 0;
	/* the cue list holds is, was, me, him, her and them too; "and",
	 * which may join the names after "my kids", is one, and the first
	 * of them comes after a word ending in s (rel_list_name()) */
	if (!(pt->flags & (MH_NAMES_TITLE | MH_NAMES_NAMECUE)) &&
	    !relation_at(sc, p))
		return p + 2 == i && rel_list_first(sc, p, i);
	return rel_list_name(sc, i) || context_after_word(sc, p, i, &title);
}

/* May the walk pass over the lower-case word at i (in text with
 * capitals, no name context before it: lower_name_context() says so,
 * and name_context_before() is never true without it)?  Of
 * word_rules(), a lower-case word there can only
 *  - start a date, as a month ("may 5"): MONTH;
 *  - set the cue for the numbers after it ("account"): IDCUE;
 *  - be a name: a user's name (USER) anywhere, and a first name that
 *    is no ordinary word ("jayden": lone_first_flags()); any other
 *    name class only after a title, relation or naming word, which is
 *    context;
 *  - start a street: "corner of ...", or a street word written first
 *    ("avenue des Lilas").
 * Every other flag (STOP, COMMON, STREET, TITLE ...) serves only the
 * rules of other words. */
static int
plain_lower(struct mh_scanner *sc, size_t i)
{
	unsigned f;

	/* before the flags: "rua", "piazza" have none, and "She lives
	 * at rua Augusta 55" left "rua" and "55" behind */
	if (tok_in(sc, i, KW_LOW_RULES) || tok_is(sc, i, KW_CORNER))
		return 0;
	f = flags(sc, i);
	return f == 0 ||
	    (!(f & (MH_NAMES_MONTH | MH_NAMES_IDCUE | MH_NAMES_USER)) &&
	        !lone_first_flags(f) && !lone_surname_cued(sc, i, f));
}

/* Is the lower-case word at i (in text with capitals) a cue word
 * (IDCUE) that plain_lower() would pass but for its cue: "card",
 * "patient", "account", "number"?  Where lower_name_context() is false
 * too, word_rules() only sets the cue (take_cue()), which the walk does
 * itself: of word_rules(), for such a word,
 *  - the first block's lists and the kept phrases' first words are
 *    KW_LOW_RULES, the corner's word KW_CORNER, holiday_at()'s and
 *    date_lead()'s KW_DAY_HEAD and KW_FEAST, the date rules' MONTH
 *    flag: none here; a word kept by the user (KEEP) ends word_rules()
 *    before the cue, and is left to it;
 *  - the rules of a word in lower case: the town kept for it
 *    (town_tok, which lower_name_context() sets only when true), and
 *    low_town() and match_ship() want KW_LOW_RULES or a text in lower
 *    case, the others lists of KW_LOW_RULES;
 *  - match_name() takes no such word, as for plain_lower(): no USER
 *    flag, and with IDCUE no flags of a first name or surname alone
 *    (lone_first_flags(), lone_surname_cued()).
 * Their calls cost 165 instructions each, 27,000 of the bench block's
 * calls of word_rules() (blk40).
 * A rule that comes to take such a word must be named here. */
static inline int
lower_cue_only(struct mh_scanner *sc, size_t i)
{
	unsigned f = flags(sc, i);

	return (f & MH_NAMES_IDCUE) &&
	    !(f & (MH_NAMES_MONTH | MH_NAMES_USER | MH_NAMES_KEEP)) &&
	    !tok_in(sc, i, KW_LOW_RULES | KW_DAY_HEAD | KW_FEAST) &&
	    !tok_is(sc, i, KW_CORNER) && i != sc->town_tok;
}

/* Would restore read a placeholder starting at byte q (q > 0)?  A
 * bracketed one anywhere, a bare one after any non-word byte: what
 * mh_redact_restore looks for.  Sets *end.  Inline: walk() and settle()
 * ask it of every byte of a joined word and of the run after a span,
 * and the test of the byte and the one before it refuses nearly all of
 * them without the call. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
lookalike_at(const struct mh_scanner *sc, size_t q, size_t *end)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	unsigned long num;
	int type;

	return (u[q] == '[' || u[q] == '<' || u[q] == '{' ||
	           (isalpha_a(u[q]) &&
	               (u[q - 1] >= 0x80 || !mh_scan_wordbyte(u[q - 1])))) &&
	    mh_scan_placeholder(sc->s, sc->n, q, end, &type, &num);
}

/* A line of a passport's machine-readable zone (ICAO 9303) holding the
 * '<' at byte q: capitals, digits and the filler '<', 30 to 44 bytes
 * between blanks (30, 36 or 44 as printed; one retyped may lose a
 * filler), with "<<" in it, "P<UTOERIKSSON<<ANNA<MARIA<<<...",
 * "L898902C36UTO7408122F1204159ZE184226B<<<<<10".  The names in the
 * first were taken one by one and the country and surname left, the
 * second's filler and check digits after the number: the line goes
 * whole, a NAME without digits, else an ID (*type).  Sets *start;
 * returns the end or 0.  Out of line: asked at a '<' that starts no
 * placeholder. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
mrz_line(const struct mh_scanner *sc, size_t q, size_t *start, int *type)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t b = q, e = q;
	int digits = 0, fill = 0;

	while (b > 0 && q - b < 44 &&
	    ((u[b - 1] >= 'A' && u[b - 1] <= 'Z') || isdig(u[b - 1]) ||
	        u[b - 1] == '<'))
		b--;
	while (e < sc->n && e - b <= 44 &&
	    ((u[e] >= 'A' && u[e] <= 'Z') || isdig(u[e]) || u[e] == '<')) {
		digits += isdig(u[e]) != 0;
		fill |= u[e] == '<' && e > b && u[e - 1] == '<';
		e++;
	}
	if (e - b < 30 || e - b > 44 || !fill || u[b] == '<' ||
	    (b > 0 && !is_space(u[b - 1]) && !strchr("\"'([", u[b - 1])) ||
	    (e < sc->n && !is_space(u[e]) && !strchr(".,;:!?\"')]", u[e])))
		return 0;
	/* as the lines are laid out: one of numbers holds a document's
	 * number and dates, six digits at least; in one of names a given
	 * name follows the surname and "<<" ("ERIKSSON<<ANNA"); not "SO
	 * MUCH<<<<<<...", "ARGHHH<<<<<..." */
	for (size_t k = b; k < q; k++)
		digits += isdig(u[k]) != 0;
	if (digits != 0) {
		if (digits < 6)
			return 0;
	} else {
		size_t k;
		for (k = b + 1; k + 2 < e; k++)
			if (u[k] == '<' && u[k + 1] == '<' && u[k - 1] != '<' &&
			    u[k + 2] >= 'A' && u[k + 2] <= 'Z')
				break;
		if (k + 2 >= e)
			return 0;
	}
	*start = b;
	*type = digits ? MH_SCAN_ID : MH_SCAN_NAME;
	return e;
}

/* A gamer tag: a name joined to '#' and four digits, "yuki_s#4821"
 * (a Discord name before 2023).  Returns its end or 0. */
static size_t
tag_at(const struct mh_scanner *sc, size_t i)
{
	size_t e = tend(&sc->t[i]);

	return e - sc->t[i].s < 2 ? 0 : tag_number_end(sc, e);
}

/* Is the window written in a script without blanks, or in Hangul:
 * kana or Hangul anywhere, a run of more than four Han (a sentence, no
 * name), or no Latin letter at all ("王様" alone)?  Read once a window,
 * at the first run of Han that may be a name alone (cjk_name_alone()). */
static int
cjk_text(struct mh_scanner *sc)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	int run = 0, r = 0, latin = 0;

	if (sc->cjk_text >= 0)
		return sc->cjk_text;
	for (size_t q = sc->start; q < sc->n && !r; q++) {
		uint32_t c;
		if (u[q] < 0xE3 || u[q] > 0xED) {
			latin |= isalpha_a(u[q]);
			run = 0;
			continue;
		}
		c = cjk_at(u, sc->n, q);
		if (cjk_han(c)) {
			r = ++run > 4;
			q += 2;
		} else
			r = cjk_any(c);
	}
	return sc->cjk_text = r || !latin;
}

/* A name alone in a text of other scripts, from the first character of
 * its run at token i, after an ASCII byte: two to four Han, or two to
 * ten katakana, with no Han, kana or Hangul after them, after a title,
 * relation or cue ("my mother 王芳", "my sister's name is 陈静"); or
 * two to four Han that start with a common Chinese surname and are no
 * everyday word, in a text with no other CJK writing ("I talked to 王芳
 * yesterday").  Its end, or 0. */
static size_t
cjk_name_alone(struct mh_scanner *sc, size_t i)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t s = sc->t[i].s, e = s;
	uint32_t c = cjk_at(u, sc->n, s);
	int kata = cjk_kata(c), k = 0, title;

	if (s > sc->start && u[s - 1] >= 0x80)
		return 0;
	while (k <= 10 && (c = cjk_at(u, sc->n, e)) != 0 &&
	    (kata ? cjk_kata(c) : cjk_han(c)))
		e += 3, k++;
	if (k < 2 || k > (kata ? 10 : 4) || cjk_any(cjk_at(u, sc->n, e)))
		return 0;
	/* an honorific of Han that ends the run stays ("my teacher 林先生",
	 * "I talked to 王先生"): the name is the Han before it */
	if (!kata &&
	    (jp_honorific(u, sc->n, e - 6) == 2 ||
	        jp_honorific(u, sc->n, e - 3) == 1))
		e -= cjk_at(u, sc->n, e - 6) == 0x5148 ? 6 : 3;
	/* and a Chinese title ("my teacher 王老师") */
	else if (!kata && e - s >= 9 && cn_title(u, e, e - 6) == 2)
		e -= 6;
	else if (!kata && e - s >= 6 && cn_title(u, e, e - 3) == 1)
		e -= 3;
	if (e == s)
		return 0; /* "the 先生 said" */
	/* "my mom 很生气", "my dad 不理我", "my therapist 建议 me": people
	 * who write in two languages say how the one named feels or acted
	 * in Chinese, after the relation word.  A run that starts with an
	 * adverb, a negation or a common verb of Chinese is that, no name
	 * (no common surname starts so, and few Japanese ones). */
	if (!kata && cjk_one_of(cn_not_name_heads, u + s))
		return 0;
	if (name_context_before(sc, i, &title))
		return e;
	/* "谢谢": a word said twice is no name */
	return !kata && cjk_one_of(cn_surnames, u + s) &&
	        !(k == 2 && memcmp(u + s, u + s + 3, 3) == 0) &&
	        !cjk_word_of(cn_surname_words, u + s, e - s) && !cjk_text(sc)
	    ? e
	    : 0;
}

/* A name written in Han, kana or Hangul at the token i, which
 * tokenize() let the walk stop at: a Korean name before the 씨 or 님
 * at i ("김민수씨"), a Japanese one before the honorific at i ("田中さ
 * ん"), or one alone from i on (cjk_name_alone()).  The honorific is
 * no part of it.  Its end, or 0; its start in *start.  Out of line,
 * as the rules it calls: walk() comes here only at those characters. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
cjk_name(struct mh_scanner *sc, size_t i, size_t *start)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	const struct tok *t = &sc->t[i];
	uint32_t c = cjk_at(u, sc->n, t->s);
	size_t s;

	if (ko_honorific(c) && i > 0 && t[-1].kind == T_WORD &&
	    ko_name_before(u, t[-1].s, t->s, c)) {
		*start = t[-1].s;
		return t->s;
	}
	/* "김민수 씨가": the blank is no part of the name either */
	if (ko_honorific(c) && i > 1 &&
	    ko_spaced_name(u, sc->n, t - 2, t->s, c)) {
		*start = t[-2].s;
		return t[-1].s;
	}
	if ((s = jp_name_start(u, sc->n, sc->start, t->s)) < t->s) {
		*start = s;
		return t->s;
	}
	*start = t->s;
	return cjk_name_alone(sc, i);
}

/* The start of the address whose house number is at i: "No." before
 * it, as a Nigerian address writes the number ("No. 14 Adeniran
 * Ogunsanya Street"), or the number's own.  A "no." in lower case is
 * as often the answer that ends a sentence ("I said no. 14 Oak Street
 * is his"), and is left out of the span. */
static size_t
house_no(struct mh_scanner *sc, size_t i)
{
	size_t f;

	if (i >= 3 && tok_gap(sc, i - 1) && tok_punct(sc, i - 2, '.') &&
	    tok_is(sc, i - 3, KW_NO) && sc->t[i - 3].cap)
		return sc->t[i - 3].s;
	/* "flat 3, 41 gorse lane" ("Flat 3" a span of its own:
	 * flat_before_house()) */
	if (i >= 2 && tok_punct(sc, i - 2, ',') &&
	    (f = flat_before_number(sc, i)) != SIZE_MAX && !sc->t[f].cap &&
	    !sc->t[f].allcap)
		return sc->t[f].s;
	return sc->t[i].s;
}

/* emit() for walk(): the index of the token after the span, or SIZE_MAX
 * when no memory was left. */
static inline size_t
walk_emit(struct mh_scanner *sc, size_t i, size_t start, size_t end, int type)
{
	return emit(sc, &i, start, end, type) == -1 ? SIZE_MAX : i;
}

#if defined(__SSE2__) && defined(__x86_64__)
/* The last 16 bytes of token t, from kw on: a token's second half,
 * which no load need split across two cache lines. */
static inline __m128i
tok_tail16(const struct tok *t)
{
	return _mm_loadu_si128((const __m128i *)(const void *)&t->kw);
}
#endif

#if defined(__SSE2__) && defined(__x86_64__)
/* The looked bytes of the eight tokens from t, in the low 64 bits (see
 * loud8()). */
static inline __m128i
looked8(const struct tok *t)
{
	/* The 16 bytes from kw hold looked at byte 6: the eight tokens'
	 * bytes there gathered into one register by interleaving, pairs
	 * (16-bit lane 6), then fours (32-bit lane 2), then eights (the
	 * low 64 bits).  With the shift of LOOK_QUIET to the top of each
	 * byte and the mask (loud8()), two instructions a token where the
	 * bytes one by one took five. */
	_Static_assert(offsetof(struct tok, looked) ==
	            offsetof(struct tok, kw) + 6 &&
	        offsetof(struct tok, kw) + 16 == sizeof(struct tok) &&
	        LOOK_QUIET == 1 << 3,
	    "loud8() knows where looked lies, and LOOK_QUIET is bit 3");
	__m128i a = _mm_unpackhi_epi16(
	    _mm_unpacklo_epi8(tok_tail16(&t[0]), tok_tail16(&t[1])),
	    _mm_unpacklo_epi8(tok_tail16(&t[2]), tok_tail16(&t[3])));
	__m128i b = _mm_unpackhi_epi16(
	    _mm_unpacklo_epi8(tok_tail16(&t[4]), tok_tail16(&t[5])),
	    _mm_unpacklo_epi8(tok_tail16(&t[6]), tok_tail16(&t[7])));
	return _mm_unpackhi_epi32(a, b);
}
#endif

/* The tokens walk() stops at, of the eight from t: a bit for each
 * without LOOK_QUIET, bit k for token t + k. */
static inline unsigned
loud8(const struct tok *t)
{
#if defined(__SSE2__) && defined(__x86_64__)
	return ~(unsigned)_mm_movemask_epi8(_mm_slli_epi16(looked8(t), 4)) &
	    0xFF;
#else
	unsigned m = 0;

	for (unsigned k = 0; k < 8; k++)
		if (!(t[k].looked & LOOK_QUIET))
			m |= 1u << k;
	return m;
#endif
}

/* loud8() of the sixteen tokens from t: the two halves' bytes in one
 * register, one shift and one mask for both. */
static inline unsigned
loud16(const struct tok *t)
{
#if defined(__SSE2__) && defined(__x86_64__)
	return ~(unsigned)_mm_movemask_epi8(_mm_slli_epi16(
	           _mm_unpacklo_epi64(looked8(t), looked8(t + 8)), 4)) &
	    0xFFFF;
#else
	return loud8(t) | loud8(t + 8) << 8;
#endif
}

/* The tokens walk() stops at, of the 64 from token b (a multiple of
 * 64): a bit for each without LOOK_QUIET, bit k for token b + k, and
 * for every token past the end token, which has none.  Sixteen at a
 * time while the first eight hold no token past the end token, then
 * eight, from one at or before it: the TOK_PAD tokens after it are
 * read, none past them.  Eight at a time throughout took a shift, a
 * mask and the loop's test more for every eight (callgrind: blk40.txt
 * 1.5 M instructions). */
static uint64_t
loud_block(const struct mh_scanner *sc, size_t b)
{
	_Static_assert(TOK_PAD >= 7,
	    "loud_block() reads up to seven tokens past the end token");
	uint64_t m = 0;

	for (unsigned g = 0; g < 64; g += 16) {
		if (b + g + 8 > sc->nt) {
			if (b + g > sc->nt)
				return m | ~(uint64_t)0 << g;
			return m | (uint64_t)loud8(&sc->t[b + g]) << g |
			    ~(uint64_t)0 << (g + 8);
		}
		m |= (uint64_t)loud16(&sc->t[b + g]) << g;
	}
	return m;
}

/* The index of the first bit set in m, which is not zero. */
static inline size_t
first_bit(uint64_t m)
{
#ifdef __GNUC__
	return (size_t)__builtin_ctzll(m);
#else
	size_t k = 0;

	while (!(m & 1))
		m >>= 1, k++;
	return k;
#endif
}

/* Inlined into mh_scan_text(), its one caller, as GCC had chosen: once
 * walk() was a little smaller GCC left it out of line and inlined
 * tokenize() there instead, for the same instructions 1.4 % slower
 * (rb32, median of 11 alternating runs). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
walk(struct mh_scanner *sc)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	size_t i = 0, end;
	/* the first '@' at or after a word already passed (sc->n for none;
	 * 0 until one is looked for): match_email() is asked of every word
	 * before a '.' or '-', and finds no address with no '@' after it */
	size_t at = 0;
	int r, mac, type;
	/* The index i is passed to the rules, and the placeholder's end and
	 * type taken, through copies of their own (walk_emit() too): a
	 * variable whose address a call takes lives in memory, and i and
	 * end are read all through the loop (callgrind: rb.txt 151.9 M to
	 * 151.6 M). */
	size_t ni, pend;
	int ptype;
	unsigned long num;
	/* the tokens of block blk (i / 64) walk() stops at (loud_block()) */
	size_t blk = SIZE_MAX;
	uint64_t loud = 0;

	sc->cue_type = -1;
	sc->mail_b = sc->mail_e = 0;
	sc->pw_of = SIZE_MAX;
	sc->town_tok = SIZE_MAX;
	sc->platform_tok = SIZE_MAX;
	sc->ntown_seen = 0;
	sc->low_colon = 0;
	/* "bill from my AA group called me", "thabo took the taxi"
	 * (opening_name(), unknown_subject()): a word with no cue flag or
	 * a surname's before a verb of its lists */
	if (((sc->t[0].flags & MH_NAMES_AMBIG) ||
	        ((sc->t[0].flags == 0 || lone_last_flags(sc->t[0].flags)) &&
	            sc->nt > 2 && tok_in2(sc, 2, KW2_TELLS | KW2_LOW_DEED))) &&
	    opening_name(sc) == -1)
		return -1;
	for (;;) {
		/* What the fast path below, and the punctuation's tests,
		 * pass, known from the tokens (LOOK_QUIET): nearly half of
		 * all tokens, most punctuation, and every blank.  They come
		 * in runs, of four on average, passed here by the first bit
		 * set from i on in the mask of the 64 tokens around it
		 * (loud_block()), made once for them.  Stepping over them
		 * one by one mispredicted the end of nearly every run
		 * (cachegrind: 113 K of rb.txt's 100 K runs; the masks cost
		 * more instructions than they save, 2.4 M, and run 1.3 %
		 * faster).  The blank after a token taken is passed here
		 * too, with no test of its kind.  The end token, which has
		 * no LOOK_QUIET, ends the last run. */
		for (;;) {
			uint64_t m;

			if (i / 64 != blk) {
				blk = i / 64;
				loud = loud_block(sc, blk * 64);
			}
			if ((m = loud >> (i % 64)) != 0) {
				i += first_bit(m);
				break;
			}
			i = (blk + 1) * 64;
		}
		if (i >= sc->nt)
			break;
		struct tok *t = &sc->t[i];
		/* Most tokens are words with no '-' or '\'' inside, or
		 * numbers, with no rule's byte after them, which none of the
		 * tests below takes but the fast path's, for a lower-case
		 * word, and the rules of their kind: straight to those. */
		if (((t->kind == T_WORD && !t->joined) || t->kind == T_NUM) &&
		    (tend(t) >= sc->n || !(sc->cls[u[tend(t)]] & B_RULE))) {
			if (t->kind == T_NUM)
				goto numbers;
			if (!t->cap && !t->allcap && !sc->lowertext)
				goto plain;
			goto words;
		}
		/* (every blank and possessive is LOOK_QUIET, passed above) */
		/* a placeholder starts with a bracket, or is a word with '_'
		 * (an ALNUM token) */
		if ((t->kind == T_ALNUM ||
		        (t->kind == T_PUNCT &&
		            (u[t->s] == '[' || u[t->s] == '<' ||
		                u[t->s] == '{'))) &&
		    mh_scan_placeholder(sc->s, sc->n, t->s, &pend, &ptype,
		        &num)) {
			if ((i = walk_emit(sc, i, t->s, pend, MH_SCAN_ID)) ==
			    SIZE_MAX)
				return -1;
			continue;
		}
		if (t->kind == T_PUNCT && u[t->s] == '<' &&
		    (pend = mrz_line(sc, t->s, &ni, &ptype)) != 0) {
			give_way(sc, ni);
			if ((i = walk_emit(sc, i, ni, pend, ptype)) == SIZE_MAX)
				return -1;
			continue;
		}
		/* Restore also finds a bare placeholder after any non-word
		 * byte inside a token ("Oka'NAME_2", "x-NAME_1"): escape the
		 * token with it, or the round trip would break there.  In a
		 * joined word the only such bytes are its joiners, and no
		 * bracket is in it: only a byte after a joiner is asked (or
		 * after a byte from 0x80: the curly apostrophe joins too,
		 * and is no word character, "x\u2019NAME_1").
		 * Of the joined tokens only one with letters and digits or
		 * '_' (T_ALNUM) may hold one: a number has no letter after a
		 * joiner (lookalike_at()), and a bare placeholder has a '_'
		 * right after its type's letters (mh_scan_placeholder()),
		 * which a word (T_WORD) neither holds nor has after it, as
		 * '_' would be part of it.  Most joined tokens are words
		 * ("year-old"), whose bytes were read one by one here and
		 * a placeholder looked for after each joiner (callgrind:
		 * 1.5 M). */
		if (tend(t) - t->s > 2 &&
		    ((t->joined && t->kind == T_ALNUM) || t->kind == T_PUNCT ||
		        t->kind == T_POSS)) {
			size_t q, qend = 0;

			for (q = t->s + 1; q < tend(t); q++)
				if ((!t->joined || u[q - 1] == '-' ||
				        u[q - 1] == '\'' || u[q - 1] >= 0x80) &&
				    lookalike_at(sc, q, &qend))
					break;
			if (q < tend(t)) {
				if ((i = walk_emit(sc, i, t->s,
				         qend > tend(t) ? qend : tend(t),
				         MH_SCAN_ID)) == SIZE_MAX)
					return -1;
				continue;
			}
			/* a name in Han, kana or Hangul at a character
			 * tokenize() made loud (cjk_loud()): asked here,
			 * of tokens of three bytes or more, where no ASCII
			 * punctuation comes */
			if (t->kind == T_PUNCT && u[t->s] >= 0xE3 &&
			    (end = cjk_name(sc, i, &qend)) != 0) {
				if ((i = walk_emit(sc, i, qend, end,
				         MH_SCAN_NAME)) == SIZE_MAX)
					return -1;
				continue;
			}
		}
		if (t->kind == T_PUNCT) {
			char c = sc->s[t->s];
			if (c == '@' && tend(t) < sc->n &&
			    (i == 0 || sc->t[i - 1].kind == T_SPACE ||
			        sc->t[i - 1].kind == T_PUNCT)) {
				/* "@sam.k", "@lucas-ferraz-9": a dot or
				 * hyphen inside the handle */
				size_t p = handle_run_end(u, sc->n, tend(t)), q;
				/* a fediverse address, "@kz99@mastodon.social":
				 * its server was left after the handle */
				if (p - tend(t) >= 2 && p < sc->n &&
				    u[p] == '@' &&
				    (q = domain_end(u, sc->n, p + 1, 1)) != 0)
					p = q;
				if (p - tend(t) >= 2) {
					if ((i = walk_emit(sc, i, t->s, p,
					         MH_SCAN_HANDLE)) == SIZE_MAX)
						return -1;
					continue;
				}
			}
			if (c == '$' || c == '/') {
				size_t cs;
				if ((end = cash_or_reddit(sc, i, &cs)) != 0) {
					give_way(sc, cs);
					if ((i = walk_emit(sc, i, cs, end,
					         MH_SCAN_HANDLE)) == SIZE_MAX)
						return -1;
					continue;
				}
			}
			if ((c == '+' || c == '(') && tend(t) < sc->n &&
			    isdig(u[tend(t)])) {
				ni = i;
				r = number_rules(sc, &ni);
				i = ni;
				if (r)
					goto next;
			}
			/* "KM (my bf) said": the initials before it, two
			 * bytes (tokens tile the text) */
			if (c == '(' && i >= 2 &&
			    sc->t[i - 1].s - sc->t[i - 2].s == 2 &&
			    tok_gap(sc, i - 1) &&
			    (ni = paren_initials(sc, i)) != SIZE_MAX &&
			    add_span(sc, ni, tend(&sc->t[i - 2]),
			        MH_SCAN_NAME) == -1)
				return -1;
			if (c == '#') {
				sc->cue_type = MH_SCAN_ID;
				sc->cue_tok = i;
				if (sc->t[i].s > 0 && i + 1 < sc->nt &&
				    sc->t[i + 1].kind == T_NUM) {
					/* "#15" in prose: an ID only with
					 * five or more digits */
					if (sc->t[i + 1].ndigit < 5)
						sc->cue_type = -1;
				}
			}
			i++;
			continue;
		}
		if (t->hyphen && ninety_word(sc, i) &&
		    age_of_someone(sc, i, i)) {
			if ((i = walk_emit(sc, i, t->s, tend(t),
			         MH_SCAN_AGE)) == SIZE_MAX)
				return -1;
			continue;
		}
		if (t->hyphen &&
		    part_month_shape(sc->s + t->s, tend(t) - t->s) &&
		    (end = part_month(sc, i)) != 0) {
			if ((i = walk_emit(sc, i, t->s, end, MH_SCAN_DATE)) ==
			    SIZE_MAX)
				return -1;
			continue;
		}
		if (tend(t) < sc->n && u[tend(t)] == '#' &&
		    (t->kind == T_WORD || t->kind == T_ALNUM) &&
		    (end = tag_at(sc, i)) != 0) {
			if ((i = walk_emit(sc, i, t->s, end, MH_SCAN_HANDLE)) ==
			    SIZE_MAX)
				return -1;
			continue;
		}
		/* Fast path: most tokens are lower-case words with no '@',
		 * '.' or ':' after them and no name context before them, where
		 * no rule can start (plain_lower()). */
		if (t->kind == T_WORD && !t->cap && !t->allcap &&
		    !sc->lowertext &&
		    (tend(t) >= sc->n ||
		        (u[tend(t)] != '@' && u[tend(t)] != '.' &&
		            u[tend(t)] != ':' && u[tend(t)] != '\'' &&
		            u[tend(t)] != '-' && u[tend(t)] != '+' &&
		            u[tend(t)] != '_' && u[tend(t)] != '%'))) {
			/* one call site each: they stay inlined */
		plain:
			if (plain_lower(sc, i) && !lower_name_context(sc, i)) {
				/* (the blank after it is quiet) */
				i++;
				continue;
			}
			if (lower_cue_only(sc, i) &&
			    !lower_name_context(sc, i)) {
				take_cue(sc, i);
				i++;
				continue;
			}
		}
		/* e-mail, URL and IPv6 need '@', '.', ':' or '-' right
		 * after the first word, or a local-part character */
		int nb = tend(t) < sc->n ? u[tend(t)] : ' ';
		/* A lower-case word that ends a sentence, a '.' and a blank
		 * or the end after it: no e-mail address (the local part
		 * ends at the blank with no '@'), URL or MAC or IPv6 address
		 * starts there (the tests below), and of word_rules() none
		 * where lower_opens_nothing() says so. */
		if (nb == '.' && t->kind == T_WORD && !t->cap && !t->allcap &&
		    !sc->lowertext &&
		    (tend(t) + 1 >= sc->n ||
		        (sc->cls[u[tend(t) + 1]] & B_SPACE)) &&
		    lower_opens_nothing(sc, i)) {
			i++; /* the '.' is next, no blank */
			continue;
		}
		int mailish = nb == '@' || nb == '.' || nb == '_' ||
		    nb == '%' || nb == '+' || nb == '-';
		if (mailish && at < t->s) {
			const unsigned char *a =
			    memchr(u + t->s, '@', sc->n - t->s);
			at = a != NULL ? (size_t)(a - u) : sc->n;
		}
		if (mailish && at < sc->n &&
		    (end = match_email(sc, t->s)) != 0) {
			if ((i = walk_emit(sc, i, t->s, end, MH_SCAN_EMAIL)) ==
			    SIZE_MAX)
				return -1;
			continue;
		}
		/* match_url()'s first test made here as well (a '.' and a
		 * letter or digit after the word, or a ':'): most words
		 * before a '.' end a sentence, and are then spared the call
		 * (13,700 calls on rb.txt, 0.4 M instructions); a word in
		 * lower case before a ':' noted here too, where the walk
		 * tests for one already (low_colon_seen()) */
		if (((nb == ':' && low_colon_seen(sc, i)) ||
		        (nb == '.' && tend(t) + 1 < sc->n &&
		            isalnum_a(u[tend(t) + 1]))) &&
		    (end = match_url(sc, i)) != 0) {
			size_t ms = t->s;
			int ty = MH_SCAN_URL;
			/* "kenz_r99 at gmail.com" */
			if (url_mail(sc, i, end, &ms)) {
				give_way(sc, ms);
				ty = MH_SCAN_EMAIL;
			}
			if ((i = walk_emit(sc, i, ms, end, ty)) == SIZE_MAX)
				return -1;
			continue;
		}
		/* "aabb.ccdd.eeff": a MAC address as Cisco writes it */
		if (nb == '.' && tend(t) - t->s == 4 &&
		    (end = dotted_mac_end(u, sc->n, t->s)) != 0) {
			if ((i = walk_emit(sc, i, t->s, end, MH_SCAN_DEVICE)) ==
			    SIZE_MAX)
				return -1;
			continue;
		}
		/* After a '-' match_colon_hex() finds only a MAC address
		 * with dashes, whose first group is two bytes: a token holds
		 * no ':', so the run has none before that '-', and keeps the
		 * '-' unless only separators follow it, too few ':' for an
		 * IPv6 address.  Most tokens before a '-' are parts of dates
		 * and phone numbers, passed here. */
		if ((nb == ':' ||
		        (nb == '-' && t->s + 2 < sc->n &&
		            u[t->s + 2] == '-')) &&
		    (t->kind != T_WORD || tend(t) - t->s <= 4) &&
		    (end = match_colon_hex(sc, t->s, &mac)) != 0) {
			if ((i = walk_emit(sc, i, t->s, end,
			         mac ? MH_SCAN_DEVICE : MH_SCAN_IP)) ==
			    SIZE_MAX)
				return -1;
			continue;
		}
		if (t->kind == T_NUM || t->kind == T_ALNUM) {
			/* a number, or one with letters (93yo, 28th, 22B) */
		numbers:
			type = -1;
			if (t->kind == T_NUM && (end = match_ipv4(sc, i)) != 0)
				type = MH_SCAN_IP;
			else if (age_token(sc, i)) {
				end = tend(t), type = MH_SCAN_AGE;
				if (t->kind == T_NUM)
					num_val(sc, i, &sc->age_seen);
			} else if (sc->age_seen != 0 && same_age(sc, i))
				end = tend(t), type = MH_SCAN_AGE;
			else if ((end = match_day_month(sc, i)) != 0)
				type = MH_SCAN_DATE;
			else if ((end = match_address(sc, i)) != 0)
				end = extend_place(sc, i, end),
				type = MH_SCAN_ADDRESS;
			else if (t->kind == T_ALNUM &&
			    (end = postcode_shape(sc, i)) != 0)
				type = MH_SCAN_ZIP;
			if (type >= 0) {
				if ((i = walk_emit(sc, i,
				         type == MH_SCAN_ADDRESS
				             ? house_no(sc, i)
				             : t->s,
				         end, type)) == SIZE_MAX)
					return -1;
				continue;
			}
			if (number_passes(sc, i)) {
				i++;
				continue;
			}
			ni = i;
			r = t->kind == T_NUM ? number_rules(sc, &ni)
			                     : alnum_rules(sc, &ni);
			i = ni;
		} else {
		words:
			if (sc->lowertext ? lowertext_opens_nothing(sc, i)
			                  : t->cap && cap_passes(sc, i)) {
				i++;
				continue;
			}
			ni = i;
			r = word_rules(sc, &ni);
			i = ni;
		}
	next:
		if (r == -1)
			return -1;
		if (r == 0)
			i++;
	}
	return 0;
}

/* The start of the UTF-8 sequence that holds byte i. */
static inline size_t
char_start(const unsigned char *u, size_t i)
{
	while (i > 0 && (u[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* Byte i, or the first byte after the UTF-8 sequence that holds it. */
static inline size_t
char_end(const unsigned char *u, size_t n, size_t i)
{
	while (i < n && (u[i] & 0xC0) == 0x80)
		i++;
	return i;
}

/* Are the characters on both sides of byte p (0 < p < n, at a
 * sequence's start) word characters, which no span may end between?
 * ASCII by the classes and-ed, one test; from 0x80 by the character
 * (word_char_at()), so that a span stops at a dash, a curly quote or an
 * emoji. */
static inline int
joins_at(const struct mh_scanner *sc, const unsigned char *u, size_t p)
{
	return (u[p - 1] | u[p]) < 0x80
	    ? (sc->cls[u[p - 1]] & sc->cls[u[p]] & B_WB) != 0
	    : word_char_before(u, sc->n, p) && word_char_at(u, sc->n, p);
}

/* Widen the span *sp to whole words, so that what follows a placeholder
 * can never join it into a different placeholder; lim is the next
 * span's start (the text's end for the last).  Out of line: most spans
 * need none of it (settle()). */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static void
settle_span(const struct mh_scanner *sc, struct mh_scan_span *spp, size_t lim)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	struct mh_scan_span sp = *spp;

	/* never split a UTF-8 sequence; then over word characters */
	sp.start = char_start(u, sp.start);
	sp.end = char_end(u, sc->n, sp.end);
	while (sp.start > 0 && joins_at(sc, u, sp.start))
		sp.start = char_start(u, sp.start - 1);
	while (sp.end < sc->n && sp.end > 0 && joins_at(sc, u, sp.end))
		sp.end = char_end(u, sc->n, sp.end + 1);
	/* A rule that stopped inside a token ("@ka" of "@ka'NAME_1")
	 * skipped that token's look-alike check: take in any placeholder
	 * look-alike restore would find in the rest of the run up to a
	 * blank, or the round trip breaks there.  Up to the next span at
	 * most: linear time. */
	for (size_t q = sp.end, qend; q < lim && !(sc->cls[u[q]] & B_SPACE);
	     q++)
		if (lookalike_at(sc, q, &qend))
			sp.end = qend; /* after ASCII: no sequence split */
	*spp = sp;
}

/* Widen every span to whole words (settle_span()), and merge overlaps.
 * Most spans are whole words already, and end at a blank, at the text's
 * end, or at one punctuation byte before a blank ("Anna, ", "May 3?"):
 * settle_span() would change nothing.  That is told by one test of bits
 * gathered without a branch (92% of rb.txt's spans pass it), where
 * settle_span()'s own tests, made for every span, went either way by
 * the span (cachegrind: rb.txt's mispredicts 2,054 K -> 1,934 K, for
 * as many instructions). */
static void
settle(struct mh_scanner *sc)
{
	_Static_assert(B_WB == 0x80 && B_SPACE == 1,
	    "settle() reads B_WB as a byte's top bit, B_SPACE as bit 0");
	const unsigned char *u = (const unsigned char *)sc->s;
	const unsigned char *cls = sc->cls;
	size_t w = 0, n = sc->n;
	/* the end of the last span kept, 0 before the first: a span
	 * starting before it overlaps it (no span starts before 0) */
	size_t pe = 0;
	/* the first span settle_span() widened, SIZE_MAX for none */
	size_t k1 = SIZE_MAX;
	/* The array and its count held here: settle_span() writes a span
	 * through a pointer the compiler cannot tell from sc->nsp, and
	 * both were read again from sc for every span (callgrind:
	 * blk40.txt 0.66 M instructions). */
	struct mh_scan_span *sp = sc->sp;
	size_t nsp = sc->nsp;

	if (nsp == 0)
		return;
	/* the last span's next start is the text's end: add_span() leaves
	 * room for it */
	sp[nsp].start = n;
	for (size_t k = 0; k < nsp; k++) {
		size_t s0 = sp[k].start, e0 = sp[k].end, lim = sp[k + 1].start;
		unsigned odd = 1;

		/* (a span outside the text, were there one, is left to
		 * settle_span(), which reads no byte there) */
		if (s0 < e0 && e0 <= n) {
			/* the bytes at either end and the ones around
			 * them, at indexes kept inside the text; what is
			 * read for a byte the text has not is masked off */
			unsigned sin = s0 != 0, ein = e0 < n;
			size_t el = e0 - !ein, e1 = el + (e0 + 1 < n);
			unsigned cs = cls[u[s0]], ce = cls[u[el]];
			/* Word bytes on both sides of the start, or a
			 * byte from 0x80 at it: a word or a character to
			 * widen over (or not: settle_span() says).  A word
			 * byte after the end, the same (both over-ask). */
			odd =
			    (((cls[u[s0 - sin]] & cs) | u[s0]) & B_WB & -sin) |
			    (ce & B_WB & -ein);
			/* The run after the end, up to a blank or lim,
			 * may hold a look-alike (settle_span()), but for
			 * none, a blank, or one byte that starts none
			 * (B_PASS: no bracket; a letter was taken above)
			 * before a blank or lim. */
			unsigned next =
			    (e0 + 1 >= lim) | (cls[u[e1]] & B_SPACE);

			odd |= (e0 < lim) &
			    ~((ce & B_SPACE) | ((ce / B_PASS) & next));
		}
		if (odd) {
			settle_span(sc, &sp[k], lim);
			if (k1 == SIZE_MAX)
				k1 = k;
		}
	}
	/* Spans overlap only once widened: add_span() merges what
	 * overlaps as it comes, and give_way() cuts back what a span
	 * about to come runs into.  The merge from the first span widened
	 * then, and in most texts, with none widened, not at all (its
	 * loop's end mispredicted once a text; callgrind: blk40.txt
	 * 1.4 M instructions). */
	if (k1 == SIZE_MAX)
		return;
	w = k1;
	pe = k1 ? sp[k1 - 1].end : 0;
	/* The overlaps merged in a loop of their own: in the loop above,
	 * w and pe took registers its tests are short of, and its values
	 * went to the stack (callgrind: blk40.txt 1.2 M instructions).
	 * The same spans: settle_span() of a span reads the next one's
	 * start before that one is widened, as before, and the merge
	 * moves only spans already widened. */
	for (size_t k = k1; k < nsp; k++) {
		size_t s0 = sp[k].start, e0 = sp[k].end;

		if (pe > s0) {
			if (e0 > pe)
				sp[w - 1].end = pe = e0;
			continue;
		}
		if (w != k)
			sp[w] = sp[k];
		w++;
		pe = e0;
	}
	sc->nsp = w;
}

/* A place to cut the text at or before byte to (and after from): a line
 * end, else a blank, else a character boundary. */
static size_t
cut_point(const char *s, size_t from, size_t to)
{
	size_t k;

	for (k = to; k > from; k--)
		if (s[k - 1] == '\n')
			return k;
	for (k = to; k > from; k--)
		if (s[k - 1] == ' ' || s[k - 1] == '\t')
			return k;
	for (k = to; k > from && ((unsigned char)s[k] & 0xC0) == 0x80; k--)
		;
	return k;
}

/* Texts longer than this are read in windows, so that the token array
 * (32 bytes per byte of the window reserved, about 16 of them written
 * in prose) stays small whatever the record size.  Spans starting in
 * the last MARGIN bytes of a window are read again, with their context,
 * at the start of the next one. */
#define WINDOW ((size_t)1 << 20)
#define MARGIN ((size_t)4096)

static long
scan_text(struct mh_scanner *sc, const char *s, size_t n,
    const struct mh_scan_span **spans)
{
	size_t pos = 0;

	sc->s = s;
	sc->nsp = 0;
	sc->age_seen = 0;
	if (sc->memo_gen != *sc->gen_at) {
		/* words were added: the answers kept may have changed */
		memset(sc->memo, 0, sizeof(sc->memo));
		memset(sc->long_memo, 0, sizeof(sc->long_memo));
		memset(sc->img_mem, 0, sizeof(sc->img_mem));
		sc->memo_gen = mh_names_generation(sc->nm);
	}
	while (pos < n || pos == 0) {
		size_t end = n, safe = n, before = sc->nsp;
		if (n - pos > WINDOW) {
			end = cut_point(s, pos + WINDOW / 2, pos + WINDOW);
			safe = cut_point(s, pos + WINDOW / 4, end - MARGIN);
		}
		sc->start = pos;
		sc->n = end;
		if (tokenize(sc) == -1 || (look_words(sc), walk(sc) == -1) ||
		    (sc->nlabels >= 0 && label_names(sc) == -1) ||
		    (sc->ntown_seen != 0 && towns_again(sc) == -1) ||
		    (sc->low_colon && low_labels(sc) == -1) ||
		    (sc->lowertext && sc->nsp > before &&
		        names_again(sc, before) == -1)) {
			sc->nlabels = -1;
			sc->n = n;
			errno = ENOMEM;
			return -1;
		}
		if (end >= n)
			break;
		while (before < sc->nsp && sc->sp[before].start < safe)
			before++;
		sc->nsp = before;
		pos = safe;
		if (sc->nsp > 0 && sc->sp[sc->nsp - 1].end > pos)
			pos = sc->sp[sc->nsp - 1].end;
	}
	sc->n = n;
	settle(sc);
	*spans = sc->sp;
	return (long)sc->nsp;
}

/* Scan s, or its folded copy (fold.h) when it has characters that
 * stand for ASCII: the spans found there are then moved back onto the
 * bytes of s, each of whose folded characters is one byte of the copy,
 * so that they start and end between the characters of s. */
long
mh_scan_text(struct mh_scanner *sc, const char *s, size_t n,
    const struct mh_scan_span **spans)
{
	long ns;

	switch (mh_fold_text(&sc->fold, s, n)) {
	case 0: return scan_text(sc, s, n, spans);
	case 1: break;
	default: return -1;
	}
	sc->raw = s;
	ns = scan_text(sc, sc->fold.p, sc->fold.n, spans);
	sc->raw = NULL;
	for (long k = 0; k < ns; k++) {
		sc->sp[k].start = mh_fold_back(&sc->fold, sc->sp[k].start);
		sc->sp[k].end = mh_fold_back(&sc->fold, sc->sp[k].end);
	}
	/* a handle's own '_' at its end, "my insta is maya.okafor_",
	 * which the fold read as emphasis closing and left after the
	 * placeholder.  Here and not in the fold, which must read "Maya_"
	 * as "Maya" to find the name; and not after an '_' that opens the
	 * handle, emphasis around it ("_maya.okafor_") */
	for (long k = 0; k < ns; k++)
		if (sc->sp[k].type == MH_SCAN_HANDLE &&
		    (sc->sp[k].start == 0 || s[sc->sp[k].start - 1] != '_'))
			while (sc->sp[k].end < n && s[sc->sp[k].end] == '_' &&
			    (k + 1 == ns ||
			        sc->sp[k + 1].start > sc->sp[k].end))
				sc->sp[k].end++;
	/* the text the scanner keeps is the one asked about */
	sc->s = s;
	sc->n = n;
	return ns;
}

long
mh_scan_clean(struct mh_scanner *sc, const char *s, size_t n,
    const struct mh_scan_span **spans)
{
	return scan_text(sc, s, n, spans);
}
