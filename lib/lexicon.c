/* lexicon: sentence and word tokeniser, and a trie of word hashes. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lexicon.h"

#define MAX_PHRASE_WORDS 16
#define NO_NODE UINT32_MAX
#define BLOOM_BITS 16384
#define ALIAS_SLOTS 128 /* twice MH_LEXICON_MAX_ALIAS */
#define ALIAS_SHIFT 57  /* 64 - log2(ALIAS_SLOTS) */
#define ALIAS_BITS 1024
#define ALIAS_BITS_SHIFT 54 /* 64 - log2(ALIAS_BITS) */
#define SKIP_SHIFT 56       /* 64 - log2(256), the filler filter's bits */

/* Word hashes are mixed already (finish, pair): the top bits index. */
#define BLOOM_SHIFT 50 /* 64 - log2(BLOOM_BITS) */

/* A bitmap indexed by the top bits of a mixed hash, as the Bloom, filler
 * and alias filters below are: bit h >> shift. */
static inline void
bit_set(uint64_t *b, uint64_t h, unsigned shift)
{
	h >>= shift;
	b[h / 64] |= 1ULL << (h % 64);
}

static inline int
bit_has(const uint64_t *b, uint64_t h, unsigned shift)
{
	h >>= shift;
	return (b[h / 64] >> (h % 64)) & 1;
}

static void
bloom_set(uint64_t *b, uint64_t h)
{
	bit_set(b, h, BLOOM_SHIFT);
}

static int
bloom_has(const uint64_t *b, uint64_t h)
{
	return bit_has(b, h, BLOOM_SHIFT);
}

/* The hash of a word pair for the two-word filter. */
static uint64_t
pair(uint64_t h1, uint64_t h2)
{
	return h1 * 0x9e3779b97f4a7c15ULL + h2;
}

/* What a byte sequence is to the tokeniser. */
enum cls {
	C_SEP,    /* blank or other punctuation */
	C_WORD,   /* part of a word */
	C_APOS,   /* apostrophe: inside a word, dropped; else a quote */
	C_HYPHEN, /* inside a word a separator, between blanks a clause */
	C_CLAUSE, /* , : ; ( ) dashes */
	C_QUOTE,  /* " and curly double quotes */
	C_END,    /* . ! ? newline ellipsis */
	C_EMOJI,  /* a four-byte character: a token of its own */
};

/* Classes of the ASCII bytes, for the common case. */
/* clang-format off */
#define W C_WORD
#define A C_APOS
#define H C_HYPHEN
#define K C_CLAUSE
#define Q C_QUOTE
#define E C_END
#define S C_SEP
static const unsigned char ascii_class[128] = {
	S, S, S, S, S, S, S, S, S, S, E, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, E, Q, S, S, S, S, A, K, K, S, S, K, H, E, S,
	W, W, W, W, W, W, W, W, W, W, K, K, S, S, S, E,
	S, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	W, W, W, W, W, W, W, W, W, W, W, S, S, S, S, S,
	S, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
	W, W, W, W, W, W, W, W, W, W, W, S, S, S, S, S,
};
/* clang-format on */
#undef W
#undef A
#undef H
#undef K
#undef Q
#undef E
#undef S

/* 1 for the ASCII letters and digits, the bytes of the fast path. */
/* clang-format off */
static const unsigned char ascii_word[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};
/* clang-format on */

/* Classify the character at s[i] and store its length in bytes. */
static inline enum cls
classify(const unsigned char *s, size_t n, size_t i, size_t *clen)
{
	unsigned char c = s[i];
	size_t need, k;

	*clen = 1;
	if (c < 0x80)
		return (enum cls)ascii_class[c];
	if (c >= 0xc3 && c <= 0xdf)
		need = 2;
	else if (c >= 0xe0 && c <= 0xef)
		need = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 4;
	else
		return C_SEP; /* C0/C1 leads (Latin-1 punctuation), stray bytes */
	if (i + need > n)
		return C_SEP;
	for (k = 1; k < need; k++)
		if ((s[i + k] & 0xc0) != 0x80)
			return C_SEP;
	*clen = need;
	if (need == 4)
		return C_EMOJI;
	if (need == 3 && c == 0xe2 && s[i + 1] == 0x80) {
		switch (s[i + 2]) {
		case 0x98:
		case 0x99: /* left and right single quotes */ return C_APOS;
		case 0x9c:
		case 0x9d: /* double quotes */ return C_QUOTE;
		case 0x93:
		case 0x94: /* en and em dash */ return C_CLAUSE;
		case 0xa6: /* ellipsis */ return C_END;
		default: return C_SEP;
		}
	}
	if (need == 3 && c == 0xe2 && s[i + 1] <= 0x81)
		return C_SEP; /* the rest of General Punctuation */
	return C_WORD;
}

/* A word's hash is taken over its normalised bytes (lower case, runs of
 * equal letters cut to two, apostrophes dropped) in little-endian
 * chunks of eight, each multiplied in, then mixed with the length: one
 * multiply for a short word, where byte-at-a-time FNV took one a byte.
 * The byte-at-a-time wordhash below and the whole-word fast path in
 * mh_lexicon_sentence compute the same value. */
#define HASH_SEED 0x243f6a8885a308d3ULL
#define HASH_MUL 0xff51afd7ed558ccdULL
#define HASH_FIN 0xc4ceb9fe1a85ec53ULL
#define ONES 0x0101010101010101ULL

static inline uint64_t
chunk(uint64_t h, uint64_t x)
{
	h = (h ^ x) * HASH_MUL;
	return h ^ (h >> 32);
}

static inline uint64_t
finish(uint64_t h, size_t len)
{
	h = (h ^ len) * HASH_FIN;
	return h ^ (h >> 29);
}

/* Eight bytes at p as a little-endian number. */
static inline uint64_t
load_le64(const unsigned char *p)
{
	uint64_t x;

	memcpy(&x, p, sizeof x);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

/* Fold one byte into a word hash, cutting runs of equal letters. */
struct wordhash {
	uint64_t h, acc;
	size_t len; /* normalised bytes so far */
	int last;
	int run;
};

/* clang-format 14 takes the braces of this initializer for a block */
/* clang-format off */
#define WORDHASH_INIT {HASH_SEED, 0, 0, -1, 0}
/* clang-format on */

static inline void
wh_add(struct wordhash *w, unsigned char c)
{
	c = (unsigned char)(c | ((c >= 'A' && c <= 'Z') << 5));
	if (c == w->last) {
		if (++w->run > 2)
			return;
	} else {
		w->last = c;
		w->run = 1;
	}
	w->acc |= (uint64_t)c << (8 * (w->len & 7));
	if ((++w->len & 7) == 0) {
		w->h = chunk(w->h, w->acc);
		w->acc = 0;
	}
}

static inline uint64_t
wh_end(const struct wordhash *w)
{
	uint64_t h = w->h;

	if (w->len & 7)
		h = chunk(h, w->acc);
	return finish(h, w->len);
}

/* The phrase word "#" hashes to this, and a token that is a whole number
 * of 10 or more in digits (MH_TOK_MANY) also follows its edge: "took #
 * pills" matches "took 30 pills"; "took 2 pills", a dose, does not. */
#define NUMBER_HASH 0x6a09e667f3bcc909ULL

/* Is s[0..len) a number of 10 or more in digits? */
static inline int
many(const unsigned char *s, size_t len)
{
	size_t k;

	if (len < 2 || s[0] < '1' || s[0] > '9')
		return 0;
	for (k = 1; k < len; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	return 1;
}

/* The high bit of each byte of x that is an ASCII letter or digit, eight
 * at a time (SWAR): each byte's sums stay below 0x100, so no carry
 * crosses into the next byte. */
static inline uint64_t
word_bytes(uint64_t x)
{
	uint64_t y = x & ~(ONES << 7), l = y | ONES * 0x20;
	uint64_t letter =
	    (l + ONES * (0x80 - 'a')) & ~(l + ONES * (0x7f - 'z'));
	uint64_t digit = (y + ONES * (0x80 - '0')) & ~(y + ONES * (0x7f - '9'));

	return (letter | digit) & ~x & (ONES << 7);
}

/* The low len bytes of x (len 1 to 8). */
static inline uint64_t
low_bytes(uint64_t x, size_t len)
{
	return len == 8 ? x : x & ((1ULL << (8 * len)) - 1);
}

/* Non-zero when three equal bytes start among the first len - 2 bytes of
 * x (len 3 to 8): a zero byte of t is where they start. */
static inline uint64_t
run3(uint64_t x, size_t len)
{
	uint64_t t = (x ^ (x >> 8)) | (x ^ (x >> 16));
	uint64_t z = ~(((t & ~(ONES << 7)) + ~(ONES << 7)) | t | ~(ONES << 7));

	return z & ((1ULL << (8 * (len - 2))) - 1);
}

/* The hash of a word of len (1 to 8) ASCII letters and digits, the low
 * bytes of x; 0 when it has a run of three equal letters, which the
 * caller then folds byte by byte. */
static inline uint64_t
short_hash(uint64_t x, size_t len)
{
	x = low_bytes(x | ONES * 0x20, len);
	if (len >= 3 && run3(x, len))
		return 0;
	return finish(chunk(HASH_SEED, x), len);
}

/* The same for a word of 8 + len (len 1 to 7) letters and digits: the
 * eight bytes of x, then the low len bytes of y. */
static inline uint64_t
long_hash(uint64_t x, uint64_t y, size_t len)
{
	x |= ONES * 0x20;
	y = low_bytes(y | ONES * 0x20, len);
	/* runs inside x, across into y, inside y */
	if (run3(x, 8) || run3((x >> 48) | (y << 16), 2 + len) ||
	    (len >= 3 && run3(y, len)))
		return 0;
	return finish(chunk(chunk(HASH_SEED, x), y), 8 + len);
}

/* Eight bytes from s + i, zeros (not word bytes) past n. */
static inline uint64_t
load_pad(const unsigned char *s, size_t n, size_t i)
{
	uint64_t x = 0;

	if (i + 8 <= n)
		return load_le64(s + i);
	/* the last word of every message: no call to memcpy */
	for (size_t k = n - i; k-- > 0;)
		x = x << 8 | s[i + k];
	return x;
}

/* How many of the bytes of x, from the first, are letters and digits. */
static inline size_t
word_len(uint64_t x)
{
	uint64_t nw = ~word_bytes(x) & (ONES << 7);

	return nw ? (size_t)__builtin_ctzll(nw) / 8 : 8;
}

#ifdef __SSE2__
/* The word of ASCII letters and digits that starts at p[0], read from
 * the 16 bytes at p (all readable): returns its length and stores its
 * hash (what short_hash and long_hash give) in *h, or returns 0 for a
 * word the caller reads another way (16 bytes or more, an apostrophe or
 * a non-ASCII byte after it, a run of three equal letters).  One compare
 * of a block of 16 finds the end, and two more the runs, where the word
 * bytes and run3 of each half cost more. */
#ifdef __GNUC__
__attribute__((always_inline)) /* once per word: no call */
#endif
static inline size_t
word16(const unsigned char *p, uint64_t *h)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* a range test in one signed compare: the range moved to start at
	 * -128 (the additions wrap), then below its end */
	__m128i letter =
	    _mm_cmplt_epi8(_mm_add_epi8(l, _mm_set1_epi8((char)(0x80 - 'a'))),
	        _mm_set1_epi8((char)(0x80 + 26)));
	__m128i digit =
	    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
	        _mm_set1_epi8((char)(0x80 + 10)));
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
	size_t a = (size_t)__builtin_ctz(~m);
	uint64_t x;

	if (a == 16 || p[a] >= 0x80 || p[a] == '\'')
		return 0;
	/* bit k: the folded bytes k, k + 1 and k + 2 are equal */
	if (a >= 3 &&
	    ((unsigned)_mm_movemask_epi8(
	         _mm_and_si128(_mm_cmpeq_epi8(l, _mm_srli_si128(l, 1)),
	             _mm_cmpeq_epi8(l, _mm_srli_si128(l, 2)))) &
	        ((1u << (a - 2)) - 1)) != 0)
		return 0;
	x = load_le64(p) | ONES * 0x20;
	if (a <= 8)
		*h = finish(chunk(HASH_SEED, low_bytes(x, a)), a);
	else
		*h = finish(
		    chunk(chunk(HASH_SEED, x),
		        low_bytes(load_le64(p + 8) | ONES * 0x20, a - 8)),
		    a);
	return a;
}
#endif

/* Does a word end at s[j]: the end, or an ASCII byte that is neither
 * part of a word nor an apostrophe? */
static inline int
word_ends(const unsigned char *s, size_t n, size_t j)
{
	return j == n || (s[j] < 0x80 && s[j] != '\'' && !ascii_word[s[j]]);
}

/* The common words, found and hashed eight bytes at a time: up to 15
 * ASCII letters and digits, or up to 8 with one apostrophe inside them
 * ("don't", dropped as the byte-at-a-time path drops it), not followed
 * by more of a word.  s[i] is a letter or digit.  Returns the end of the
 * word and stores its hash in *h, or returns i for a word the caller
 * folds byte by byte (longer, other apostrophes, non-ASCII letters, a
 * run of three equal letters).  word16 takes the most of them first,
 * where it can. */
#ifdef __GNUC__
__attribute__((always_inline)) /* once per word: no call */
#endif
static inline size_t
fast_word8(const unsigned char *s, size_t n, size_t i, uint64_t *h)
{
	uint64_t x, y;
	size_t a, j, b;

	x = load_pad(s, n, i);
	a = word_len(x);
	j = i + a;

	if (j < n && s[j] == '\'') {
		if (j + 1 >= n || !ascii_word[s[j + 1]])
			return i;
		y = load_pad(s, n, j + 1);
		b = word_len(y);
		j += 1 + b;
		if (a + b > 8 || !word_ends(s, n, j))
			return i;
		*h = short_hash(low_bytes(x, a) | low_bytes(y, b) << (8 * a),
		    a + b);
	} else if (a == 8 && j < n && ascii_word[s[j]]) {
		y = load_pad(s, n, j);
		b = word_len(y);
		j += b;
		if (b == 8 || !word_ends(s, n, j))
			return i;
		*h = long_hash(x, y, b);
	} else {
		if (!word_ends(s, n, j))
			return i;
		*h = short_hash(x, a);
	}
	return *h != 0 ? j : i;
}

/* fast_word8, but 16 bytes at a time away from the end of the text. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
fast_word(const unsigned char *s, size_t n, size_t i, uint64_t *h)
{
#ifdef __SSE2__
	size_t a;

	if (i + 16 <= n && (a = word16(s + i, h)) != 0)
		return i + a;
#endif
	return fast_word8(s, n, i, h);
}

#ifdef __SSE2__
/* The bytes of s (n bytes) from s[i], within 16 of the end, as 16 that
 * word16 may read: the text's last 16 bytes (all of it, when shorter)
 * are copied to pad (32 bytes) once, with zeros after them, which are
 * no word bytes, and *from (SIZE_MAX before) is where they start.  The
 * last words of every message are read 16 bytes at a time too. */
static inline const unsigned char *
near_end(const unsigned char *s, size_t n, size_t i, unsigned char *pad,
    size_t *from)
{
	if (*from == SIZE_MAX) {
		memset(pad, 0, 32);
		if (n >= 16)
			memcpy(pad, s + (*from = n - 16), 16);
		else
			memcpy(pad, s + (*from = 0), n);
	}
	return pad + (i - *from);
}
#endif

/* How far back from the cap a long run is cut at a clause break. */
#define CUT_BACK 64

struct mh_lexicon;
static inline uint64_t read_as(const struct mh_lexicon *lex, uint64_t h);

/* mh_lexicon_sentence, and with lex not NULL mh_lexicon_canon as each
 * token is made: a second pass over the tokens cost more than the test
 * of a word's alias bit while its hash is at hand. */
#ifdef __GNUC__
__attribute__((always_inline)) /* two callers, one without lex */
#endif
static inline size_t
sentence(const char *str, size_t n, size_t *pos, struct mh_token *tok,
    const struct mh_lexicon *lex)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = *pos, nt, clen;
	/* the next token, by pointer: an index cost its address at each
	 * token and, with the alias table, a register this loop lacks */
	struct mh_token *t = tok;
	uint32_t flags = 0;
#ifdef __SSE2__
	unsigned char pad[32];
	size_t padfrom = SIZE_MAX;
#endif

	while (i < n && t < tok + MH_LEXICON_MAX_SENTENCE) {
		enum cls k;

		/* blanks between words, the most common separator */
		if (s[i] == ' ') {
			i++;
			continue;
		}
		/* the common case: a word of ASCII letters and digits */
		if (ascii_word[s[i]]) {
			uint64_t h;
			size_t j;
#ifdef __SSE2__
			size_t a = word16(i + 16 <= n
			        ? s + i
			        : near_end(s, n, i, pad, &padfrom),
			    &h);

			j = a != 0 ? i + a : fast_word8(s, n, i, &h);
#else
			j = fast_word(s, n, i, &h);
#endif

			if (j != i) {
				t->start = i;
				t->len = (uint32_t)(j - i);
				t->flags = flags |
				    (s[i] <= '9' && many(s + i, j - i)
				            ? MH_TOK_MANY
				            : 0);
				t->hash = read_as(lex, h);
				t++;
				flags = 0;
				/* and the blank after it, the usual case */
				i = j + (j < n && s[j] == ' ');
				continue;
			}
		}
		k = classify(s, n, i, &clen);

		if (k == C_WORD) {
			struct wordhash w = WORDHASH_INIT;
			size_t start = i;

			for (;;) {
				size_t b;

				for (b = 0; b < clen; b++)
					wh_add(&w, s[i + b]);
				i += clen;
				/* the common case: plain ASCII letters */
				while (i < n && s[i] < 0x80 &&
				    ascii_class[s[i]] == C_WORD)
					wh_add(&w, s[i++]);
				if (i >= n)
					break;
				k = classify(s, n, i, &clen);
				if (k == C_APOS && i + clen < n) {
					size_t l2;

					/* an apostrophe inside a word is dropped */
					if (classify(s, n, i + clen, &l2) ==
					    C_WORD) {
						i += clen;
						k = classify(s, n, i, &clen);
					}
				}
				if (k != C_WORD)
					break;
			}
			t->start = start;
			t->len = (uint32_t)(i - start);
			t->flags = flags |
			    (many(s + start, i - start) ? MH_TOK_MANY : 0);
			t->hash = read_as(lex, wh_end(&w));
			t++;
			flags = 0;
			continue;
		}
		if (k == C_EMOJI) {
			struct wordhash w = WORDHASH_INIT;
			size_t b;

			for (b = 0; b < clen; b++)
				wh_add(&w, s[i + b]);
			t->start = i;
			t->len = (uint32_t)clen;
			t->flags = flags;
			t->hash = read_as(lex, wh_end(&w));
			t++;
			flags = 0;
			i += clen;
			continue;
		}
		i += clen;
		switch (k) {
		case C_END:
			if (t > tok) {
				/* swallow the rest of "?!..." */
				while (
				    i < n && classify(s, n, i, &clen) == C_END)
					i += clen;
				*pos = i;
				return (size_t)(t - tok);
			}
			break;
		case C_CLAUSE: flags |= MH_TOK_CLAUSE; break;
		case C_HYPHEN:
			/* "sky-dive" splits; " - " is a clause break */
			if (i - clen == 0 || s[i - clen - 1] == ' ')
				flags |= MH_TOK_CLAUSE;
			break;
		case C_QUOTE:
		case C_APOS: flags |= MH_TOK_QUOTE; break;
		default: break;
		}
	}
	nt = (size_t)(t - tok);
	if (nt == MH_LEXICON_MAX_SENTENCE) {
		/* A run this long with no end: cut it at its last clause
		 * break near the cap, where no phrase runs across ("..., I'm
		 * going to jump"), and start the next piece there. */
		for (size_t k = nt - 1; k > nt - CUT_BACK; k--)
			if (tok[k].flags & MH_TOK_CLAUSE) {
				*pos = tok[k].start;
				return k;
			}
	}
	*pos = i;
	return nt;
}

size_t
mh_lexicon_sentence(const char *str, size_t n, size_t *pos,
    struct mh_token *tok)
{
	return sentence(str, n, pos, tok, NULL);
}

size_t
mh_lexicon_read(const struct mh_lexicon *lex, const char *str, size_t n,
    size_t *pos, struct mh_token *tok)
{
	return sentence(str, n, pos, tok, lex);
}

int
mh_lexicon_word(const char *word, size_t len, uint64_t *hash)
{
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	const unsigned char *w = (const unsigned char *)word;
	size_t pos = 0;

	/* the common case, as the tokeniser's own fast path reads it */
	if (len > 0 && ascii_word[w[0]] && fast_word(w, len, 0, hash) == len)
		return 1;
	if (len == 0 || mh_lexicon_sentence(word, len, &pos, t) != 1 ||
	    t[0].start != 0 || t[0].len != len)
		return 0;
	*hash = t[0].hash;
	return 1;
}

uint64_t
mh_lexicon_hash(const char *word, size_t len)
{
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	size_t pos = 0;
	uint64_t h;

	if (len == 1 && word[0] == '#')
		return NUMBER_HASH;
	/* a plain word, as the tokenizer's own fast path takes it: start-up
	 * hashes each word of ~2,400 phrases, and a whole sentence's
	 * machinery for one word cost a quarter of it */
	if (len > 0 && ascii_word[(unsigned char)word[0]] &&
	    fast_word((const unsigned char *)word, len, 0, &h) == len)
		return h;
	if (mh_lexicon_sentence(word, len, &pos, t) == 0)
		return finish(HASH_SEED, 0);
	return t[0].hash;
}

/* A loaded lexicon reads its edges and nodes where they lie, in an
 * image that is an array of uint64_t (lib/image.h): may_alias tells the
 * compiler so. */
#ifdef __GNUC__
#define IMAGE_TYPE __attribute__((__may_alias__))
#else
#define IMAGE_TYPE
#endif

/* One trie edge: from node parent by the word with hash h to child. */
struct IMAGE_TYPE edge {
	uint64_t h;
	uint32_t parent;
	uint32_t child; /* NO_NODE: empty slot */
};

struct IMAGE_TYPE node {
	int id;        /* phrase id ending here, or -1 */
	uint32_t wild; /* child by "*", or NO_NODE */
	/* has an edge, has one by "#": a leaf costs a walk no lookup */
	unsigned char kids, numkid;
};

struct mh_lexicon {
	/* Bloom filters of how phrases start: one word (for one-word
	 * phrases and "x *"), or the first two, so that most tokens cost
	 * a bit test or two and no trie walk. */
	uint64_t one[BLOOM_BITS / 64];
	uint64_t two[BLOOM_BITS / 64];
	struct edge *edges;
	size_t nedges, cap; /* cap is a power of two */
	struct node *nodes;
	size_t nnodes, nodecap;
	/* words a phrase may pass over between two of its own words */
	uint64_t skip[MH_LEXICON_MAX_SKIP];
	size_t nskip;
	uint64_t skipbits[4]; /* bit (hash >> 56) of each: most words miss it */
	/* aliases: an open-addressed table by the top bits of the hash;
	 * afrom 0 is an empty slot */
	uint64_t afrom[ALIAS_SLOTS], ato[ALIAS_SLOTS];
	uint64_t abits[ALIAS_BITS / 64]; /* bit (hash >> 54) of each from:
					  * most words miss it at once */
	size_t nalias;
	/* edges and nodes are an image's (mh_lexicon_load), not ours:
	 * copied before a change, never freed */
	int borrowed;
};

/* Where the edge from parent by the word with hash h is looked for
 * first.  A word's hash is mixed already (finish), so its low bits will
 * do, moved by a multiple of the parent that differs in them for every
 * parent: a second mixing cost more than the few more probes it saved. */
static inline size_t
slot(uint32_t parent, uint64_t h, size_t mask)
{
	return (size_t)(h ^ ((uint64_t)parent * 0x9e3779b97f4a7c15ULL)) & mask;
}

static inline uint32_t
lookup(const struct mh_lexicon *lex, uint32_t parent, uint64_t h)
{
	size_t mask = lex->cap - 1, i = slot(parent, h, mask);

	for (;;) {
		const struct edge *e = &lex->edges[i];

		if (e->child == NO_NODE)
			return NO_NODE;
		if (e->parent == parent && e->h == h)
			return e->child;
		i = (i + 1) & mask;
	}
}

static int
grow_edges(struct mh_lexicon *lex)
{
	size_t ncap = lex->cap * 2, i;
	struct edge *ne = malloc(ncap * sizeof *ne);

	if (ne == NULL)
		return -1;
	for (i = 0; i < ncap; i++)
		ne[i].child = NO_NODE;
	for (i = 0; i < lex->cap; i++) {
		struct edge *e = &lex->edges[i];
		size_t j;

		if (e->child == NO_NODE)
			continue;
		j = slot(e->parent, e->h, ncap - 1);
		while (ne[j].child != NO_NODE)
			j = (j + 1) & (ncap - 1);
		ne[j] = *e;
	}
	free(lex->edges);
	lex->edges = ne;
	lex->cap = ncap;
	return 0;
}

static uint32_t
new_node(struct mh_lexicon *lex)
{
	if (lex->nnodes == lex->nodecap) {
		size_t nc = lex->nodecap * 2;
		struct node *nn = realloc(lex->nodes, nc * sizeof *nn);

		if (nn == NULL)
			return NO_NODE;
		lex->nodes = nn;
		lex->nodecap = nc;
	}
	lex->nodes[lex->nnodes].id = -1;
	lex->nodes[lex->nnodes].wild = NO_NODE;
	lex->nodes[lex->nnodes].kids = 0;
	lex->nodes[lex->nnodes].numkid = 0;
	return (uint32_t)lex->nnodes++;
}

struct mh_lexicon *
mh_lexicon_new(void)
{
	struct mh_lexicon *lex = calloc(1, sizeof *lex);
	size_t i;

	if (lex == NULL)
		return NULL;
	lex->cap = 256;
	lex->nodecap = 64;
	lex->edges = malloc(lex->cap * sizeof *lex->edges);
	lex->nodes = malloc(lex->nodecap * sizeof *lex->nodes);
	if (lex->edges == NULL || lex->nodes == NULL) {
		mh_lexicon_free(lex);
		return NULL;
	}
	for (i = 0; i < lex->cap; i++)
		lex->edges[i].child = NO_NODE;
	(void)new_node(lex); /* the root, 0 */
	return lex;
}

void
mh_lexicon_free(struct mh_lexicon *lex)
{
	if (lex == NULL)
		return;
	if (!lex->borrowed) {
		free(lex->edges);
		free(lex->nodes);
	}
	free(lex);
}

/* An image starts with this head, then the lexicon's fixed part (its
 * struct, pointers cleared), its cap edges and its nnodes nodes, each
 * part a whole number of eight-byte words.  The sizes of the three
 * structs stand in for their layout: an image is read only by the build
 * that wrote it (it is generated at build time), and a head that does
 * not match is refused. */
#define IMAGE_MAGIC 0x31584c4c48484d6dULL /* "mMHHLLX1" */

struct image_head {
	uint64_t magic;
	uint32_t lexsize, edgesize, nodesize, pad;
	uint64_t cap, nnodes;
};

static size_t
words8(size_t n)
{
	return (n + 7) / 8 * 8;
}

/* Does a loaded lexicon hold together: every edge between nodes it has,
 * as many edges as it says (so that a probe meets an empty slot), every
 * "*" child a node, every id from -1 to maxid (the caller indexes its
 * tables with them), and as many aliases as it says (so that an alias
 * probe ends)?  An image this build wrote always does; a damaged one
 * could send a lookup out of bounds or round for ever. */
static int
whole(const struct mh_lexicon *lex, int maxid)
{
	size_t n = 0, na = 0;

	for (size_t i = 0; i < lex->cap; i++) {
		const struct edge *e = &lex->edges[i];

		if (e->child == NO_NODE)
			continue;
		if (e->child >= lex->nnodes || e->parent >= lex->nnodes ||
		    e->child == 0)
			return 0;
		n++;
	}
	if (n != lex->nedges)
		return 0;
	for (size_t i = 0; i < lex->nnodes; i++)
		if (lex->nodes[i].id < -1 || lex->nodes[i].id > maxid ||
		    (lex->nodes[i].wild != NO_NODE &&
		        (lex->nodes[i].wild >= lex->nnodes ||
		            lex->nodes[i].wild == 0)))
			return 0;
	for (size_t i = 0; i < ALIAS_SLOTS; i++)
		na += lex->afrom[i] != 0;
	return na == lex->nalias;
}

size_t
mh_lexicon_save(const struct mh_lexicon *lex, void *buf, size_t size)
{
	struct image_head h = {IMAGE_MAGIC, sizeof *lex, sizeof(struct edge),
	    sizeof(struct node), 0, lex->cap, lex->nnodes};
	size_t fixed = words8(sizeof *lex),
	       edges = words8(lex->cap * sizeof(struct edge)),
	       nodes = words8(lex->nnodes * sizeof(struct node)),
	       need = sizeof h + fixed + edges + nodes;
	unsigned char *p = buf;
	struct mh_lexicon copy;

	if (size < need)
		return need;
	memset(buf, 0, need);
	/* the copy's padding is what calloc gave the lexicon: zeros */
	memcpy(&copy, lex, sizeof copy);
	copy.edges = NULL;
	copy.nodes = NULL;
	copy.nodecap = lex->nnodes;
	copy.borrowed = 0;
	memcpy(p, &h, sizeof h);
	memcpy(p + sizeof h, &copy, sizeof copy);
	p += sizeof h + fixed;
	/* member by member, so that the image holds no byte that malloc
	 * left (an empty slot's word, a node's padding): the same phrases
	 * give the same image */
	for (size_t i = 0; i < lex->cap; i++) {
		struct edge e;

		memset(&e, 0, sizeof e);
		e.child = lex->edges[i].child;
		if (e.child != NO_NODE) {
			e.h = lex->edges[i].h;
			e.parent = lex->edges[i].parent;
		}
		memcpy(p + i * sizeof e, &e, sizeof e);
	}
	p += edges;
	for (size_t i = 0; i < lex->nnodes; i++) {
		struct node nd;

		memset(&nd, 0, sizeof nd);
		nd.id = lex->nodes[i].id;
		nd.wild = lex->nodes[i].wild;
		nd.kids = lex->nodes[i].kids;
		nd.numkid = lex->nodes[i].numkid;
		memcpy(p + i * sizeof nd, &nd, sizeof nd);
	}
	return need;
}

struct mh_lexicon *
mh_lexicon_load(const void *img, size_t size, int maxid, size_t *used)
{
	const unsigned char *p = img;
	struct image_head h;
	struct mh_lexicon *lex;
	size_t fixed = words8(sizeof *lex), edges, nodes;

	if (size < sizeof h || ((uintptr_t)img & 7) != 0)
		goto bad;
	memcpy(&h, p, sizeof h);
	/* bounds far above any lexicon's, and low enough that the sizes
	 * below fit a 32-bit size_t */
	if (h.magic != IMAGE_MAGIC || h.lexsize != sizeof *lex ||
	    h.edgesize != sizeof(struct edge) ||
	    h.nodesize != sizeof(struct node) || h.cap < 2 ||
	    (h.cap & (h.cap - 1)) != 0 || h.cap > ((size_t)1 << 24) ||
	    h.nnodes < 1 || h.nnodes > ((size_t)1 << 24))
		goto bad;
	edges = words8((size_t)h.cap * sizeof(struct edge));
	nodes = words8((size_t)h.nnodes * sizeof(struct node));
	if (size - sizeof h < fixed + edges + nodes)
		goto bad;
	if ((lex = malloc(sizeof *lex)) == NULL)
		return NULL;
	memcpy(lex, p + sizeof h, sizeof *lex);
	if (lex->cap != h.cap || lex->nnodes != h.nnodes ||
	    lex->nedges * 2 > lex->cap || lex->nalias > MH_LEXICON_MAX_ALIAS ||
	    lex->nskip > MH_LEXICON_MAX_SKIP) {
		free(lex);
		goto bad;
	}
	/* the image is read only; the casts are undone by own() before
	 * any write */
	lex->edges = (struct edge *)(uintptr_t)(p + sizeof h + fixed);
	lex->nodes = (struct node *)(uintptr_t)(p + sizeof h + fixed + edges);
	lex->nodecap = lex->nnodes;
	lex->borrowed = 1;
	if (!whole(lex, maxid)) {
		free(lex);
		goto bad;
	}
	if (used != NULL)
		*used = sizeof h + fixed + edges + nodes;
	return lex;
bad:
	errno = EINVAL;
	return NULL;
}

/* Make a loaded lexicon's edges and nodes its own, before a change. */
static int
own(struct mh_lexicon *lex)
{
	struct edge *e;
	struct node *nd;
	size_t nc = lex->nnodes < 32 ? 64 : lex->nnodes * 2;

	if (!lex->borrowed)
		return 0;
	e = malloc(lex->cap * sizeof *e);
	nd = malloc(nc * sizeof *nd);
	if (e == NULL || nd == NULL) {
		free(e);
		free(nd);
		errno = ENOMEM;
		return -1;
	}
	memcpy(e, lex->edges, lex->cap * sizeof *e);
	memcpy(nd, lex->nodes, lex->nnodes * sizeof *nd);
	lex->edges = e;
	lex->nodes = nd;
	lex->nodecap = nc;
	lex->borrowed = 0;
	return 0;
}

/* Follow or make the edge from node by one word, whose hash is h. */
static uint32_t
step_add(struct mh_lexicon *lex, uint32_t node, const char *w, size_t len,
    uint64_t h)
{
	uint32_t child;
	size_t i;

	if (len == 1 && w[0] == '*') {
		if (lex->nodes[node].wild == NO_NODE) {
			child = new_node(lex);
			if (child == NO_NODE)
				return NO_NODE;
			lex->nodes[node].wild = child;
		}
		return lex->nodes[node].wild;
	}
	child = lookup(lex, node, h);
	if (child != NO_NODE)
		return child;
	if ((lex->nedges + 1) * 2 > lex->cap && grow_edges(lex) < 0)
		return NO_NODE;
	child = new_node(lex);
	if (child == NO_NODE)
		return NO_NODE;
	i = slot(node, h, lex->cap - 1);
	while (lex->edges[i].child != NO_NODE)
		i = (i + 1) & (lex->cap - 1);
	lex->edges[i].h = h;
	lex->edges[i].parent = node;
	lex->edges[i].child = child;
	lex->nedges++;
	lex->nodes[node].kids = 1;
	if (h == NUMBER_HASH)
		lex->nodes[node].numkid = 1;
	return child;
}

/* The hash the word with hash h is read as. */
static inline uint64_t
alias_of(const struct mh_lexicon *lex, uint64_t h)
{
	size_t i = (size_t)(h >> ALIAS_SHIFT);

	while (lex->afrom[i] != 0) {
		if (lex->afrom[i] == h)
			return lex->ato[i];
		i = (i + 1) % ALIAS_SLOTS;
	}
	return h;
}

int
mh_lexicon_alias(struct mh_lexicon *lex, const char *from, const char *to)
{
	uint64_t hf, ht;
	size_t i;

	if (lex->nalias == MH_LEXICON_MAX_ALIAS ||
	    !mh_lexicon_word(from, strlen(from), &hf) ||
	    !mh_lexicon_word(to, strlen(to), &ht) || hf == 0 ||
	    alias_of(lex, hf) != hf) {
		errno = EINVAL;
		return -1;
	}
	for (i = (size_t)(hf >> ALIAS_SHIFT); lex->afrom[i] != 0;
	     i = (i + 1) % ALIAS_SLOTS)
		;
	lex->afrom[i] = hf;
	lex->ato[i] = alias_of(lex, ht);
	lex->nalias++;
	bit_set(lex->abits, hf, ALIAS_BITS_SHIFT);
	return 0;
}

/* The hash a token with hash h is read as: h, but for an alias; with
 * lex NULL, h.  Most words miss the alias bits at once. */
static inline uint64_t
read_as(const struct mh_lexicon *lex, uint64_t h)
{
	if (lex == NULL || !bit_has(lex->abits, h, ALIAS_BITS_SHIFT))
		return h;
	return alias_of(lex, h);
}

void
mh_lexicon_canon(const struct mh_lexicon *lex, struct mh_token *tok, size_t nt)
{
	if (lex->nalias == 0)
		return;
	for (size_t i = 0; i < nt; i++)
		tok[i].hash = read_as(lex, tok[i].hash);
}

int
mh_lexicon_skip(struct mh_lexicon *lex, const char *word)
{
	if (lex->nskip == MH_LEXICON_MAX_SKIP || *word == '\0') {
		errno = EINVAL;
		return -1;
	}
	lex->skip[lex->nskip] = mh_lexicon_hash(word, strlen(word));
	bit_set(lex->skipbits, lex->skip[lex->nskip++], SKIP_SHIFT);
	return 0;
}

int
mh_lexicon_add(struct mh_lexicon *lex, const char *phrase, int id)
{
	uint32_t node = 0;
	size_t words = 0;
	const char *p = phrase;
	uint64_t h[2] = {0, 0};
	int wild2 = 0;

	if (id < 0) {
		errno = EINVAL;
		return -1;
	}
	if (own(lex) < 0)
		return -1;
	for (;;) {
		size_t len;
		uint64_t wh;

		while (*p == ' ' || *p == '-')
			p++;
		if (*p == '\0')
			break;
		len = strcspn(p, " -");
		if (++words > MAX_PHRASE_WORDS ||
		    (words == 1 && len == 1 && *p == '#')) {
			errno = EINVAL; /* no filter knows a leading "#" */
			return -1;
		}
		wh = alias_of(lex, mh_lexicon_hash(p, len));
		node = step_add(lex, node, p, len, wh);
		if (node == NO_NODE) {
			errno = ENOMEM;
			return -1;
		}
		if (words <= 2) {
			h[words - 1] = wh;
			/* after "*" or "#" the pair is unknown */
			if (words == 2 && len == 1 && (*p == '*' || *p == '#'))
				wild2 = 1;
		}
		p += len;
	}
	if (words == 0) {
		errno = EINVAL;
		return -1;
	}
	if (words == 1 || wild2)
		bloom_set(lex->one, h[0]);
	else
		bloom_set(lex->two, pair(h[0], h[1]));
	if (lex->nodes[node].id < 0)
		lex->nodes[node].id = id;
	return lex->nodes[node].id;
}

/* Whether a token is one of the words phrases may pass over. */
static inline int
skippable(const struct mh_lexicon *lex, uint64_t h)
{
	if (!bit_has(lex->skipbits, h, SKIP_SHIFT))
		return 0;
	for (size_t k = 0; k < lex->nskip; k++)
		if (lex->skip[k] == h)
			return 1;
	return 0;
}

/* Depth-first walk from node at token j, depth words into a phrase that
 * started at token start, with skipped filler words passed over so far;
 * keeps the longest end (in tokens from start).  The words themselves
 * are followed in a loop, passing over at most two skippable words
 * where a phrase does not go on ("want to just die"); at a node with a
 * "#" or "*" way on as well, the words' way is walked first, then "#",
 * then "*", which is the order of a plain recursion, so that of two
 * phrases of the same length the same one wins.  Most walks meet no
 * such node and stay in the loop. */
static void
walk(const struct mh_lexicon *lex, uint32_t node, const struct mh_token *tok,
    size_t n, size_t j, size_t depth, size_t skipped, size_t start,
    size_t *best, int *bestid)
{
	for (;;) {
		const struct node *nd = &lex->nodes[node];
		uint32_t c = NO_NODE, num = NO_NODE;
		size_t at = j, at_depth = depth;

		if (depth > 0 && nd->id >= 0 && j - start > *best) {
			*best = j - start;
			*bestid = nd->id;
		}
		if (j >= n || depth >= MAX_PHRASE_WORDS)
			return;
		if (nd->numkid && (tok[j].flags & MH_TOK_MANY))
			num = lookup(lex, node, NUMBER_HASH);
		if (nd->kids &&
		    (c = lookup(lex, node, tok[j].hash)) != NO_NODE) {
			j++;
			depth++;
		} else if (depth > 0 && skipped < 2 && nd->kids &&
		    skippable(lex, tok[j].hash)) {
			c = node;
			j++;
			skipped++;
		}
		if (nd->wild == NO_NODE && num == NO_NODE) {
			if (c == NO_NODE)
				return;
			node = c;
			continue;
		}
		if (c != NO_NODE)
			walk(lex, c, tok, n, j, depth, skipped, start, best,
			    bestid);
		if (num != NO_NODE)
			walk(lex, num, tok, n, at + 1, at_depth + 1, 0, start,
			    best, bestid);
		if (nd->wild != NO_NODE)
			walk(lex, nd->wild, tok, n, at + 1, at_depth + 1, 0,
			    start, best, bestid);
		return;
	}
}

/* May a phrase start at token i < n, when none starts with "*"?  The
 * filters say no for most tokens at the cost of a bit test or two, and
 * never wrongly.  (The callers test the root's "*" once, not here: the
 * compiler may not keep the node in a register across their stores.) */
static inline int
may_start(const struct mh_lexicon *lex, const struct mh_token *tok, size_t n,
    size_t i)
{
	uint64_t h = tok[i].hash;

	return bloom_has(lex->one, h) ||
	    (i + 1 < n && bloom_has(lex->two, pair(h, tok[i + 1].hash)));
}

/* The walk from node c, reached by the word of token j - 1 that starts
 * a phrase.  Most walks end at once, or after one more word: where c
 * has no "*" or "#" way on, its match and its edge for token j (whose
 * lookup walk() would do again) are taken here, and walk() goes on from
 * there, if at all.  A third of the tokens of everyday chat start a
 * walk (the marker words "i", "my" and the like). */
static inline void
walk_first(const struct mh_lexicon *lex, uint32_t c, const struct mh_token *tok,
    size_t n, size_t j, size_t *best, int *bestid)
{
	const struct node *nd = &lex->nodes[c];
	uint32_t next;

	if (nd->wild != NO_NODE || nd->numkid) {
		walk(lex, c, tok, n, j, 1, 0, j - 1, best, bestid);
		return;
	}
	if (nd->id >= 0) {
		*best = 1;
		*bestid = nd->id;
	}
	if (!nd->kids || j >= n)
		return;
	if ((next = lookup(lex, c, tok[j].hash)) != NO_NODE)
		walk(lex, next, tok, n, j + 1, 2, 0, j - 1, best, bestid);
	else if (skippable(lex, tok[j].hash))
		walk(lex, c, tok, n, j, 1, 0, j - 1, best, bestid);
}

size_t
mh_lexicon_matches(const struct mh_lexicon *lex, const struct mh_token *tok,
    size_t n, struct mh_match *m)
{
	size_t i, k = 0, best;
	int rootwild = lex->nodes[0].wild != NO_NODE, bestid;
	uint32_t c;

	for (i = 0; i < n; i++) {
		if (!rootwild && !may_start(lex, tok, n, i))
			continue;
		best = 0;
		bestid = -1;
		/* The root's step, which walk() would take first: no phrase
		 * starts with "#", so without a leading "*" the first word's
		 * edge is the only way on. */
		if (rootwild)
			walk(lex, 0, tok, n, i, 0, 0, i, &best, &bestid);
		else if ((c = lookup(lex, 0, tok[i].hash)) != NO_NODE)
			walk_first(lex, c, tok, n, i + 1, &best, &bestid);
		if (best > 0) {
			m[k].start = (uint16_t)i;
			m[k].len = (uint16_t)best;
			m[k++].id = bestid;
		}
	}
	return k;
}

size_t
mh_lexicon_longest(const struct mh_lexicon *lex, const struct mh_token *tok,
    size_t n, size_t i, int *id)
{
	size_t best = 0;
	int bestid = -1;

	if (i >= n ||
	    (lex->nodes[0].wild == NO_NODE && !may_start(lex, tok, n, i)))
		return 0;
	walk(lex, 0, tok, n, i, 0, 0, i, &best, &bestid);
	if (best > 0)
		*id = bestid;
	return best;
}
