/* jsonl: the record contract.  See jsonl.h and mh-jsonl(5).
 *
 * A JSON line is checked and compacted in one pass by a small iterative
 * scanner (no recursion, so nesting depth costs no stack), which notes
 * where each top-level member's key and value lie in the compacted text.
 * Members are then kept as raw text; only the members a tool asks for are
 * decoded.  This is what lets unknown fields, and numbers in particular,
 * pass through byte for byte. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "jsonl.h"

/* A member's texts point into the record's line buffer where they can,
 * so that a record costs no allocation per member.  What a tool sets goes
 * into the member's own buffer: "name\0\"name\"" for a new member, then
 * the value at vstart.  That buffer stays with the member slot when the
 * record is freed (see spare), so setting a member on the next record
 * costs no allocation either.  own_key holds a name with escapes; own_dec,
 * kept in the slot as own is, a decoded string value. */
struct member {
	const char *key; /* decoded name, klen bytes, never holding NUL */
	size_t klen;
	const char *rkey; /* the name as written, with its quotes */
	size_t rklen;
	const char *val; /* raw compact JSON, or NULL when only dec is set */
	size_t vlen;
	const char *dec; /* decoded string value when known */
	size_t declen;
	char *own_key;
	struct mh_buf own;      /* kept across records: name, then value */
	struct mh_buf own_dec;  /* kept across records: dec, when decoded */
	size_t vstart;          /* where the value starts in own */
	size_t kept, kept_klen; /* an emptied slot's own still holds its
				 * last name, kept bytes long: see set_begin */
	unsigned named : 1;     /* key and rkey point into own */
	unsigned val_own : 1;   /* val points into own */
	unsigned dec_nul : 1;   /* dec holds U+0000 */
};

struct mh_record {
	size_t line;
	const char *bad; /* error code of a bad line, or NULL */
	char *bad_msg;
	struct mh_buf text; /* compacted line that raw members point into */
	struct member *m;
	size_t n, cap;
};

struct mh_reader {
	int fd;
	struct mh_reader_opts o;
	char *buf;
	size_t cap, start, end;
	int eof;
	size_t line;
	int whole_done;
	/* the text field, for text_record, when its name needs no escape
	 * (else NULL) */
	const char *field;
	size_t flen;
	/* a field of 4 to 8 bytes ("text"): its first four and its last
	 * four, which members_record() compares as two words */
	uint32_t fw[2];
	/* the members around the text of the line last given, by
	 * members_record: before them blen bytes, after them the rest */
	struct mh_buf mem;
	size_t blen;
	struct mh_buf dec; /* its text decoded, when it has escapes */
	const char *mline; /* that line, mlen bytes; NULL when none */
	size_t mlen;
};

#define READ_CHUNK ((size_t)1 << 16)

/* ---- records ------------------------------------------------------- */

/* One freed record is kept for the next, with its buffers and its member
 * slots (each with its own buffer), so that a filter reading a record at
 * a time does not allocate per record.  (The record API is not
 * thread-safe.) */
static struct mh_record *spare;

struct mh_record *
mh_record_new(void)
{
	struct mh_record *rec = spare;

	if (rec != NULL) {
		spare = NULL;
		return rec;
	}
	return calloc(1, sizeof(struct mh_record));
}

/* A member's own buffer larger than this is not kept for the next record. */
#define OWN_KEEP ((size_t)1 << 16)

/* Empty a member slot.  Its own buffer is kept (emptied) unless large,
 * with the member's name in it for the next record's member that has
 * the same name: every slot from rec->n to rec->cap is in this state. */
static void
member_clear(struct member *m)
{
	struct mh_buf own = m->own, dec = m->own_dec;
	size_t kept = m->named ? m->vstart : 0, kept_klen = m->klen;

	if (m->own_key)
		free(m->own_key);
	if (own.cap > OWN_KEEP) {
		mh_buf_free(&own);
		kept = 0;
	}
	if (dec.cap > OWN_KEEP)
		mh_buf_free(&dec);
	own.len = dec.len = 0;
	*m = (struct member){.own = own, .own_dec = dec};
	if (kept) {
		m->kept = kept;
		m->kept_klen = kept_klen;
	}
}

void
mh_record_free(struct mh_record *rec)
{
	if (rec == NULL)
		return;
	for (size_t i = 0; i < rec->n; i++)
		member_clear(&rec->m[i]);
	if (rec->bad_msg)
		free(rec->bad_msg);
	if (spare == NULL && rec->text.cap <= ((size_t)1 << 20) &&
	    rec->cap <= 64) {
		rec->n = 0;
		rec->line = 0;
		rec->bad = NULL;
		rec->bad_msg = NULL;
		mh_buf_reset(&rec->text);
		spare = rec;
		return;
	}
	for (size_t i = 0; i < rec->cap; i++) {
		mh_buf_free(&rec->m[i].own);
		mh_buf_free(&rec->m[i].own_dec);
	}
	free(rec->m);
	mh_buf_free(&rec->text);
	free(rec);
}

size_t
mh_record_line(const struct mh_record *rec)
{
	return rec->line;
}

const char *
mh_record_bad(const struct mh_record *rec, const char **message)
{
	if (rec->bad && message)
		*message = rec->bad_msg ? rec->bad_msg : rec->bad;
	return rec->bad;
}

static int
key_is(const struct member *m, const char *key, size_t klen)
{
	return m->klen == klen && memcmp(m->key, key, klen) == 0;
}

/* Non-zero when the name of klen bytes at name is the string key.  No
 * strlen: a member's name holds no NUL (one in a key is refused), so
 * the loop stops at key's end at the latest and never reads past it. */
static inline int
name_is(const char *name, size_t klen, const char *key)
{
	size_t j = 0;

	while (j < klen && name[j] == key[j])
		j++;
	return j == klen && key[j] == '\0';
}

static inline struct member *
find(const struct mh_record *rec, const char *key)
{
	for (size_t i = 0; i < rec->n; i++)
		if (name_is(rec->m[i].key, rec->m[i].klen, key))
			return &rec->m[i];
	return NULL;
}

int
mh_record_has(const struct mh_record *rec, const char *key)
{
	return find(rec, key) != NULL;
}

int
mh_record_raw(const struct mh_record *rec, const char *key, const char **raw,
    size_t *len)
{
	const struct member *m = find(rec, key);

	if (m == NULL)
		return -1;
	if (m->val == NULL)
		return -2;
	*raw = m->val;
	*len = m->vlen;
	return 0;
}

/* A new empty member at the end; its slot may bring an own buffer. */
static struct member *
add_member(struct mh_record *rec)
{
	if (rec->n == rec->cap) {
		size_t cap = rec->cap ? rec->cap * 2 : 8;
		struct member *m = realloc(rec->m, cap * sizeof(*m));

		if (m == NULL)
			return NULL;
		memset(m + rec->cap, 0, (cap - rec->cap) * sizeof(*m));
		rec->m = m;
		rec->cap = cap;
	}
	return &rec->m[rec->n++];
}

/* clang-format 14 would join the return type to a prototype */
/* clang-format off */
static void
set_bad(struct mh_record *rec, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* clang-format on */

static void
set_bad(struct mh_record *rec, const char *code, const char *fmt, ...)
{
	struct mh_buf b = {0};
	va_list ap;

	for (size_t i = 0; i < rec->n; i++)
		member_clear(&rec->m[i]);
	rec->n = 0;
	rec->bad = code;
	free(rec->bad_msg);
	va_start(ap, fmt);
	rec->bad_msg = mh_buf_vaddf(&b, fmt, ap) == 0 ? b.p : NULL;
	va_end(ap);
	if (rec->bad_msg == NULL)
		mh_buf_free(&b);
}

/* ---- JSON strings -------------------------------------------------- */

static const char hexd[] = "0123456789abcdef";

/* Non-zero when any of the eight bytes in w is below 0x20, a quote or a
 * backslash: the bytes a JSON string cannot hold as they are.  (The test
 * for "any" is exact; which byte it was is found by the byte loop.) */
static inline uint64_t
special8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');

	/* hasless(w, 0x20) | haszero(q) | haszero(b) */
	return (((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
	           ((b - ones) & ~b)) &
	    high;
}

#ifdef __SSE2__
/* 0xff in each of the 16 bytes at s that a JSON string can hold as it
 * is: none below 0x20, no quote nor backslash. */
static inline __m128i
held16(const char *s)
{
	const __m128i two = _mm_set1_epi8(2);
	const __m128i bang = _mm_set1_epi8('!');
	const __m128i bslash = _mm_set1_epi8('\\');
	__m128i x = _mm_loadu_si128((const __m128i *)s);
	/* with bit 1 flipped, the quote (0x22) is 0x20, the bytes below
	 * 0x20 stay there, and no other byte is below 0x21: y >= 0x21
	 * (unsigned, max(y, 0x21) == y) holds for the others, one compare
	 * for the quote's and the controls' two and an or */
	__m128i y = _mm_xor_si128(x, two);
	__m128i ok = _mm_cmpeq_epi8(_mm_max_epu8(y, bang), y);

	return _mm_andnot_si128(_mm_cmpeq_epi8(x, bslash), ok);
}

/* A bit for each of the 16 bytes at s that a JSON string cannot hold as
 * it is: below 0x20, a quote or a backslash. */
static inline unsigned
stop16(const char *s)
{
	return ~(unsigned)_mm_movemask_epi8(held16(s)) & 0xffff;
}
#endif

/* The end of the run from s[i] on that needs no escaping: the index of
 * the first byte from i that does, or n.  It takes the whole of s and a
 * place in it, not s + i, so that the last bytes are read in one block
 * ending at s + n, back into bytes before i, whenever s has 16: a name
 * or a short string near a line's end ("id") was read a byte at a time
 * (rb.jsonl: 22 K of the 66 K runs, 1.5 M instructions). */
static size_t
plain_run(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	{
		/* 32 bytes a step, then 16: a text's run is most of a
		 * line, and the test and step of the loop cost as much as
		 * the test of the bytes (rb.jsonl: the texts' runs 2.34 M
		 * -> 2.15 M instructions) */
		while (i + 32 <= n) {
			__m128i a = held16(s + i), b = held16(s + i + 16);

			/* the halves told apart only in the block that
			 * ends the run */
			if (_mm_movemask_epi8(_mm_and_si128(a, b)) != 0xffff) {
				unsigned m = ~((unsigned)_mm_movemask_epi8(a) |
				    (unsigned)_mm_movemask_epi8(b) << 16);
				return i + (size_t)__builtin_ctz(m);
			}
			i += 32;
		}
		if (i + 16 <= n) {
			unsigned m = stop16(s + i);

			if (m != 0)
				return i + (size_t)__builtin_ctz(m);
			i += 16;
		}
		/* The tail: the last 16 bytes of s, less those before i
		 * (checked, or before the run); i > n - 16 here. */
		if (i < n && n >= 16) {
			size_t base = n - 16;
			unsigned stop =
			    stop16(s + base) & (0xffffu << (i - base));

			return stop ? base + (size_t)__builtin_ctz(stop) : n;
		}
	}
#endif
	while (i + 8 <= n) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (special8(w))
			break;
		i += 8;
	}
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == '"' || c == '\\')
			break;
		i++;
	}
	return i;
}

/* Append the escaped bytes of s to out, where the caller has made room
 * for the n bytes as they are and the extra bytes it writes after them;
 * escapes ask for more.  Returns 0 or -1 (ENOMEM).  No NUL is written. */
static int
escape_into(struct mh_buf *out, const char *s, size_t n, size_t extra)
{
	size_t i = 0, run;
	char *o;

	for (;;) {
		run = plain_run(s, i, n) - i;
		memcpy(out->p + out->len, s + i, run);
		out->len += run;
		i += run;
		if (i == n)
			break;
		if (mh_buf_reserve(out, 6 + (n - i) + extra) == -1)
			return -1;
		o = out->p + out->len;
		{
			unsigned char c = (unsigned char)s[i];

			*o++ = '\\';
			switch (c) {
			case '"': *o++ = '"'; break;
			case '\\': *o++ = '\\'; break;
			case '\n': *o++ = 'n'; break;
			case '\r': *o++ = 'r'; break;
			case '\t': *o++ = 't'; break;
			case '\b': *o++ = 'b'; break;
			case '\f': *o++ = 'f'; break;
			default:
				*o++ = 'u';
				*o++ = '0';
				*o++ = '0';
				*o++ = hexd[c >> 4];
				*o++ = hexd[c & 15];
			}
		}
		out->len = (size_t)(o - out->p);
		i++;
	}
	return 0;
}

int
mh_json_quote(struct mh_buf *out, const char *s, size_t n)
{
	if (mh_buf_reserve(out, n + 2) == -1)
		return -1;
	out->p[out->len++] = '"';
	if (escape_into(out, s, n, 1) == -1)
		return -1;
	out->p[out->len++] = '"';
	out->p[out->len] = '\0';
	return 0;
}

int
mh_json_needs_escape(const char *s, size_t n)
{
#ifdef __SSE2__
	/* Not plain_run(), which stops at the first such byte: most texts
	 * have none, and a pass that only gathers is cheaper. */
	if (n >= 32) {
		const __m128i two = _mm_set1_epi8(2);
		const __m128i bslash = _mm_set1_epi8('\\');
		const __m128i space = _mm_set1_epi8(0x20);
		__m128i bad = _mm_setzero_si128();
		size_t i = 0;

		/* 32 bytes a step; the last 32 again, which overlap bytes
		 * seen.  With bit 1 flipped (held16()), the controls and the
		 * quote are the bytes up to 0x20, unsigned: min(x, 0x20) ==
		 * x, one compare for two */
		for (;;) {
			if (i + 32 > n)
				i = n - 32;
			__m128i x = _mm_loadu_si128((const __m128i *)(s + i));
			__m128i y =
			    _mm_loadu_si128((const __m128i *)(s + i + 16));
			__m128i xq = _mm_xor_si128(x, two),
			        yq = _mm_xor_si128(y, two);
			bad = _mm_or_si128(bad,
			    _mm_or_si128(
			        _mm_or_si128(
			            _mm_cmpeq_epi8(_mm_min_epu8(xq, space), xq),
			            _mm_cmpeq_epi8(_mm_min_epu8(yq, space),
			                yq)),
			        _mm_or_si128(_mm_cmpeq_epi8(x, bslash),
			            _mm_cmpeq_epi8(y, bslash))));
			if (i + 32 == n)
				break;
			i += 32;
		}
		return _mm_movemask_epi8(bad) != 0;
	}
#endif
	return plain_run(s, 0, n) != n;
}

int
mh_json_escape(struct mh_buf *out, const char *s, size_t n)
{
	if (out->cap - out->len <= n && mh_buf_reserve(out, n) == -1)
		return -1;
	if (escape_into(out, s, n, 0) == -1)
		return -1;
	out->p[out->len] = '\0';
	return 0;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static long
hex4(const char *p)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		int h = hexval((unsigned char)p[i]);

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

static size_t
put_utf8(char *o, unsigned long cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xc0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xe0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (char)(0xf0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* The \u escape at p (its backslash), with avail bytes from p on: the
 * code point in *cp and the bytes the escape takes, 6, or 12 for a
 * surrogate pair; 0 for too few bytes or bad hex digits, -1 for a lone
 * surrogate.  scan_string() checks, decode_string() and decode_text()
 * decode by it. */
static int
u_escape(const char *p, size_t avail, unsigned long *cp)
{
	long hi, lo;

	if (avail < 6 || (hi = hex4(p + 2)) < 0)
		return 0;
	if (hi >= 0xdc00 && hi <= 0xdfff)
		return -1;
	if (hi < 0xd800 || hi > 0xdbff) {
		*cp = (unsigned long)hi;
		return 6;
	}
	if (avail < 12 || p[6] != '\\' || p[7] != 'u' ||
	    (lo = hex4(p + 8)) < 0xdc00 || lo > 0xdfff)
		return -1;
	*cp = 0x10000 + ((unsigned long)(hi - 0xd800) << 10) +
	    (unsigned long)(lo - 0xdc00);
	return 12;
}

/* The byte that the escape of one letter e stands for (\" \\ \/ \b \f
 * \n \r \t), or -1 for none. */
static int
escaped_byte(char e)
{
	switch (e) {
	case '"':
	case '\\':
	case '/': return e;
	case 'b': return '\b';
	case 'f': return '\f';
	case 'n': return '\n';
	case 'r': return '\r';
	case 't': return '\t';
	default: return -1;
	}
}

/* Decode the already validated JSON string at raw (with its quotes) into
 * out, which has room for rlen bytes: the text and a NUL.  Returns its
 * length; *has_nul is set when the string contains U+0000. */
static size_t
decode_string(const char *raw, size_t rlen, char *out, int *has_nul)
{
	const char *p = raw + 1, *end = raw + rlen - 1;
	char *o = out;

	*has_nul = 0;
	while (p < end) {
		const char *bs = memchr(p, '\\', (size_t)(end - p));
		size_t run = bs ? (size_t)(bs - p) : (size_t)(end - p);

		memcpy(o, p, run);
		o += run;
		p += run;
		if (p >= end)
			break;
		/* (the string was checked: every escape is valid) */
		if (p[1] == 'u') {
			unsigned long cp;
			int k = u_escape(p, (size_t)(end - p), &cp);

			if (k <= 0)
				break;
			p += k;
			if (cp == 0)
				*has_nul = 1;
			o += put_utf8(o, cp);
		} else {
			*o++ = (char)escaped_byte(p[1]);
			p += 2;
		}
	}
	*o = '\0';
	return (size_t)(o - out);
}

/* ---- the scanner --------------------------------------------------- */

struct scan {
	const char *s;
	size_t n, i;
	struct mh_buf *out;
	const char *err;
	const char *code;
	size_t errpos;
};

/* Is c a byte JSON takes for a blank? */
static inline int
json_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Inline, and first the usual case, no blank at all: it is called
 * before and after every token. */
static inline void
skip_ws(struct scan *sc)
{
	size_t i = sc->i;

	if (i < sc->n && (unsigned char)sc->s[i] > ' ')
		return;
	while (i < sc->n && json_blank(sc->s[i]))
		i++;
	sc->i = i;
}

static int
fail(struct scan *sc, const char *code, const char *msg)
{
	sc->code = code;
	sc->err = msg;
	sc->errpos = sc->i;
	return -1;
}

/* Copy a string literal at sc->i to the output after checking it. */
static int
scan_string(struct scan *sc)
{
	size_t start = sc->i++;

	for (;;) {
		unsigned char c;

		sc->i = plain_run(sc->s, sc->i, sc->n);
		if (sc->i >= sc->n)
			return fail(sc, "json", "unterminated string");
		c = (unsigned char)sc->s[sc->i];
		if (c == '"')
			break;
		if (c < 0x20)
			return fail(sc, "json", "control character in string");
		if (c == '\\') {
			char e;

			if (sc->i + 1 >= sc->n)
				return fail(sc, "json", "unterminated string");
			e = sc->s[sc->i + 1];
			if (e == 'u') {
				unsigned long cp;
				int k =
				    u_escape(sc->s + sc->i, sc->n - sc->i, &cp);

				if (k == 0)
					return fail(sc, "json",
					    "bad \\u escape");
				if (k < 0)
					return fail(sc, "json",
					    "lone surrogate in \\u escape");
				sc->i += (size_t)k;
				continue;
			}
			if (escaped_byte(e) < 0)
				return fail(sc, "json", "bad escape in string");
			sc->i += 2;
			continue;
		}
		sc->i++;
	}
	sc->i++;
	return mh_buf_add(sc->out, sc->s + start, sc->i - start) == -1
	    ? fail(sc, "json", "out of memory")
	    : 0;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
scan_number(struct scan *sc)
{
	size_t start = sc->i;

	if (sc->i < sc->n && sc->s[sc->i] == '-')
		sc->i++;
	if (sc->i >= sc->n || !is_digit(sc->s[sc->i]))
		return fail(sc, "json", "bad number");
	if (sc->s[sc->i] == '0')
		sc->i++;
	else
		while (sc->i < sc->n && is_digit(sc->s[sc->i]))
			sc->i++;
	if (sc->i < sc->n && sc->s[sc->i] == '.') {
		sc->i++;
		if (sc->i >= sc->n || !is_digit(sc->s[sc->i]))
			return fail(sc, "json", "bad number");
		while (sc->i < sc->n && is_digit(sc->s[sc->i]))
			sc->i++;
	}
	if (sc->i < sc->n && (sc->s[sc->i] == 'e' || sc->s[sc->i] == 'E')) {
		sc->i++;
		if (sc->i < sc->n &&
		    (sc->s[sc->i] == '+' || sc->s[sc->i] == '-'))
			sc->i++;
		if (sc->i >= sc->n || !is_digit(sc->s[sc->i]))
			return fail(sc, "json", "bad number");
		while (sc->i < sc->n && is_digit(sc->s[sc->i]))
			sc->i++;
	}
	return mh_buf_add(sc->out, sc->s + start, sc->i - start) == -1
	    ? fail(sc, "json", "out of memory")
	    : 0;
}

static int
scan_literal(struct scan *sc)
{
	static const char *const lits[] = {"true", "false", "null"};

	for (size_t k = 0; k < 3; k++) {
		size_t l = strlen(lits[k]);

		if (sc->n - sc->i >= l &&
		    memcmp(sc->s + sc->i, lits[k], l) == 0) {
			sc->i += l;
			return mh_buf_add(sc->out, lits[k], l) == -1
			    ? fail(sc, "json", "out of memory")
			    : 0;
		}
	}
	return fail(sc, "json", "unexpected character");
}

/* Spans of a top-level member in the compacted output. */
struct span {
	size_t kstart, klen, vstart, vlen;
};

/* The spans of a line's members: room for the usual few in place (no
 * allocation a record), more on the heap. */
struct spans {
	struct span *v;
	size_t n, cap;
	struct span few[16];
};

static void
spans_init(struct spans *sp)
{
	sp->v = sp->few;
	sp->n = 0;
	sp->cap = sizeof sp->few / sizeof sp->few[0];
}

static void
spans_free(struct spans *sp)
{
	if (sp->v != sp->few)
		free(sp->v);
}

/* A new span at the end; NULL on ENOMEM. */
static struct span *
spans_add(struct spans *sp)
{
	if (sp->n == sp->cap) {
		size_t nc = sp->cap * 2;
		struct span *v = sp->v == sp->few
		    ? malloc(nc * sizeof(*v))
		    : realloc(sp->v, nc * sizeof(*v));

		if (v == NULL)
			return NULL;
		if (sp->v == sp->few)
			memcpy(v, sp->few, sizeof sp->few);
		sp->v = v;
		sp->cap = nc;
	}
	return &sp->v[sp->n++];
}

/* Check and compact one JSON value; for a top-level object, note each
 * member's spans.  Iterative: stack[] holds '{' or '[' per open level. */
static int
scan_value(struct scan *sc, struct spans *spans, int *is_obj)
{
	char stack[MH_MAX_DEPTH];
	int depth = 0;
	/* Where we are: expecting a value, or after a value. */
	enum { VALUE, AFTER } st = VALUE;

	*is_obj = 0;
	skip_ws(sc);
	if (sc->i < sc->n && sc->s[sc->i] == '{')
		*is_obj = 1;
	for (;;) {
		skip_ws(sc);
		if (st == VALUE) {
			char c;

			if (sc->i >= sc->n)
				return fail(sc, "json",
				    "unexpected end of input");
			c = sc->s[sc->i];
			if (c == '{' || c == '[') {
				if (depth == MH_MAX_DEPTH)
					return fail(sc, "too_deep",
					    "nesting deeper than 512 levels");
				stack[depth++] = c;
				sc->i++;
				if (mh_buf_addc(sc->out, c) == -1)
					return fail(sc, "json",
					    "out of memory");
				skip_ws(sc);
				if (sc->i < sc->n &&
				    sc->s[sc->i] == (c == '{' ? '}' : ']')) {
					depth--;
					if (mh_buf_addc(sc->out,
					        sc->s[sc->i++]))
						return fail(sc, "json",
						    "out of memory");
					st = AFTER;
					continue;
				}
				if (c == '[')
					continue;
				/* An object: read the first key. */
				goto key;
			}
			if (c == '"') {
				if (scan_string(sc) == -1)
					return -1;
			} else if (c == '-' || is_digit(c)) {
				if (scan_number(sc) == -1)
					return -1;
			} else if (scan_literal(sc) == -1)
				return -1;
			st = AFTER;
			continue;
		}
		/* AFTER a value. */
		if (depth == 1 && stack[0] == '{' && *is_obj) {
			struct span *sp = &spans->v[spans->n - 1];

			if (sp->vlen == (size_t)-1)
				sp->vlen = sc->out->len - sp->vstart;
		}
		if (depth == 0)
			return 0;
		if (sc->i >= sc->n)
			return fail(sc, "json", "unexpected end of input");
		if (sc->s[sc->i] == ',') {
			sc->i++;
			if (mh_buf_addc(sc->out, ',') == -1)
				return fail(sc, "json", "out of memory");
			if (stack[depth - 1] == '[') {
				st = VALUE;
				continue;
			}
			goto key;
		}
		if (sc->s[sc->i] == (stack[depth - 1] == '{' ? '}' : ']')) {
			if (mh_buf_addc(sc->out, sc->s[sc->i++]) == -1)
				return fail(sc, "json", "out of memory");
			depth--;
			continue;
		}
		return fail(sc, "json",
		    stack[depth - 1] == '{' ? "expected ',' or '}'"
		                            : "expected ',' or ']'");
	key:
		skip_ws(sc);
		if (sc->i >= sc->n)
			return fail(sc, "json", "unexpected end of input");
		if (sc->s[sc->i] != '"')
			return fail(sc, "json", "expected a string key");
		{
			size_t kstart = sc->out->len;

			if (scan_string(sc) == -1)
				return -1;
			if (depth == 1 && *is_obj) {
				struct span *sp = spans_add(spans);

				if (sp == NULL)
					return fail(sc, "json",
					    "out of memory");
				sp->kstart = kstart;
				sp->klen = sc->out->len - kstart;
			}
		}
		skip_ws(sc);
		if (sc->i >= sc->n || sc->s[sc->i] != ':')
			return fail(sc, "json",
			    sc->i >= sc->n ? "unexpected end of input"
			                   : "expected ':'");
		sc->i++;
		if (mh_buf_addc(sc->out, ':') == -1)
			return fail(sc, "json", "out of memory");
		if (depth == 1 && *is_obj) {
			skip_ws(sc);
			spans->v[spans->n - 1].vstart = sc->out->len;
			spans->v[spans->n - 1].vlen = (size_t)-1;
		}
		st = VALUE;
	}
}

static int
keycmp(const void *a, const void *b)
{
	const struct member *const *x = a, *const *y = b;
	size_t n = (*x)->klen < (*y)->klen ? (*x)->klen : (*y)->klen;
	int c = memcmp((*x)->key, (*y)->key, n);

	if (c != 0)
		return c;
	return (*x)->klen < (*y)->klen ? -1 : (*x)->klen > (*y)->klen;
}

/* Find a repeated member name; returns the member or NULL. */
static const struct member *
duplicate_key(struct mh_record *rec)
{
	struct member **v;
	const struct member *dup = NULL;

	if (rec->n < 2)
		return NULL;
	if (rec->n <= 8) {
		for (size_t i = 0; i < rec->n; i++)
			for (size_t j = i + 1; j < rec->n; j++)
				if (key_is(&rec->m[j], rec->m[i].key,
				        rec->m[i].klen))
					return &rec->m[i];
		return NULL;
	}
	if ((v = malloc(rec->n * sizeof(*v))) == NULL)
		return NULL;
	for (size_t i = 0; i < rec->n; i++)
		v[i] = &rec->m[i];
	qsort(v, rec->n, sizeof(*v), keycmp);
	for (size_t i = 1; i < rec->n && !dup; i++)
		if (keycmp(&v[i - 1], &v[i]) == 0)
			dup = v[i];
	free(v);
	return dup;
}

/* Parse the JSON line s into rec.  Returns 1 when it was an object, 0
 * when it was a valid non-object JSON value, -1 when it is not JSON. */
static int
parse_line(struct mh_record *rec, const char *s, size_t n)
{
	struct scan sc = {.s = s, .n = n, .out = &rec->text};
	struct spans spans;
	int is_obj;

	if (mh_buf_reserve(&rec->text, n) == -1) {
		set_bad(rec, "too_large", "out of memory for a %zu-byte line",
		    n);
		return -1;
	}
	spans_init(&spans);
	if (scan_value(&sc, &spans, &is_obj) == -1) {
		spans_free(&spans);
		set_bad(rec, sc.code, "invalid JSON at byte %zu: %s",
		    sc.errpos + 1, sc.err);
		return -1;
	}
	skip_ws(&sc);
	if (sc.i != n) {
		spans_free(&spans);
		set_bad(rec, "json", "invalid JSON at byte %zu: %s", sc.i + 1,
		    "trailing characters after the value");
		return -1;
	}
	if (!is_obj) {
		spans_free(&spans);
		return 0;
	}
	for (size_t k = 0; k < spans.n; k++) {
		struct member *m = add_member(rec);
		const char *rk = rec->text.p + spans.v[k].kstart;

		if (m == NULL)
			goto nomem;
		m->rkey = rk;
		m->rklen = spans.v[k].klen;
		if (memchr(rk, '\\', m->rklen) == NULL) {
			m->key = rk + 1;
			m->klen = m->rklen - 2;
		} else {
			int nul;

			if ((m->own_key = malloc(m->rklen)) == NULL)
				goto nomem;
			m->klen = decode_string(rk, m->rklen, m->own_key, &nul);
			if (nul) {
				spans_free(&spans);
				set_bad(rec, "nul", "NUL character in a key");
				return -1;
			}
			m->key = m->own_key;
		}
		m->val = rec->text.p + spans.v[k].vstart;
		m->vlen = spans.v[k].vlen;
	}
	spans_free(&spans);
	if (duplicate_key(rec) != NULL) {
		/* Two values under one name are ambiguous: which "text" was
		 * meant?  Refuse rather than guess (privacy fails closed).
		 * The name is not quoted: a bad line carries nothing of its
		 * content (mh-jsonl(5)), and a key can be anything. */
		set_bad(rec, "duplicate_key",
		    "duplicate key (a member name appears twice)");
		return -1;
	}
	return 1;
nomem:
	spans_free(&spans);
	set_bad(rec, "too_large", "out of memory");
	return -1;
}

/* Make rec the plain-text record {field: s}.  The line, and the field's
 * quoted name after it, go into the record's own buffer. */
static int
set_plain(struct mh_record *rec, const char *field, const char *s, size_t n)
{
	size_t flen = 0, kpos = n + 1;
	int plain = 1;
	struct member *m;
	char *o;

	/* strlen, and whether the name needs escapes, in one short loop. */
	for (; field[flen] != '\0'; flen++) {
		unsigned char c = (unsigned char)field[flen];

		if (c < 0x20 || c == '"' || c == '\\')
			plain = 0;
	}
	mh_buf_reset(&rec->text);
	if (mh_buf_reserve(&rec->text, n + 1 + 2 * flen + 8) == -1)
		return -1;
	o = rec->text.p;
	memcpy(o, s, n);
	o[n] = '\0';
	if (plain) {
		/* The usual case ("text"): quoting changes nothing. */
		o += kpos;
		*o++ = '"';
		memcpy(o, field, flen);
		o[flen] = '"';
		o[flen + 1] = '\0';
		rec->text.len = kpos + flen + 2;
	} else {
		rec->text.len = kpos;
		if (mh_json_quote(&rec->text, field, flen) == -1)
			return -1;
	}
	if ((m = add_member(rec)) == NULL)
		return -1;
	/* No reallocation can happen after this point. */
	m->rkey = rec->text.p + kpos;
	m->rklen = rec->text.len - kpos;
	if (!plain) {
		if ((m->own_key = strdup(field)) == NULL)
			return -1;
		m->key = m->own_key;
	} else
		m->key = m->rkey + 1;
	m->klen = flen;
	m->dec = rec->text.p;
	m->declen = n;
	return 0;
}

/* Non-zero when every byte of s is in 1..127: NUL-free ASCII, so valid
 * UTF-8 without a closer look. */
static int
ascii_text(const char *s, size_t n)
{
	size_t i = 0;

#ifdef __SSE2__
	if (n >= 16) {
		const __m128i zero = _mm_setzero_si128();

		/* As signed bytes, 1..127 are exactly those above zero. */
		for (; i + 16 <= n; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(s + i));

			if (_mm_movemask_epi8(_mm_cmpgt_epi8(x, zero)) !=
			    0xffff)
				return 0;
		}
		if (i < n) {
			__m128i x =
			    _mm_loadu_si128((const __m128i *)(s + n - 16));

			return _mm_movemask_epi8(_mm_cmpgt_epi8(x, zero)) ==
			    0xffff;
		}
		return 1;
	}
#endif
	for (; i < n; i++)
		if ((unsigned char)s[i] - 1u >= 127u)
			return 0;
	return 1;
}

/* Why a line's bytes cannot be a record's text: "nul" or "utf8", with
 * the message in msg (64 bytes or more); NULL when they can.  Most lines
 * are NUL-free ASCII, which one quick pass says. */
static const char *
text_fault(const char *s, size_t n, char *msg, size_t msgsize)
{
	if (ascii_text(s, n))
		return NULL;
	if (memchr(s, '\0', n) != NULL) {
		snprintf(msg, msgsize, "NUL byte in input");
		return "nul";
	}
	if (!mh_utf8_valid(s, n)) {
		snprintf(msg, msgsize, "invalid UTF-8 at byte %zu",
		    mh_utf8_valid_prefix(s, n) + 1);
		return "utf8";
	}
	return NULL;
}

/* The '{' or '[' a line starts with after blanks, as JSON does; else 0. */
static inline int
json_opener(const char *s, size_t n)
{
	size_t lead = 0;

	while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
		lead++;
	return lead < n && (s[lead] == '{' || s[lead] == '[') ? s[lead] : 0;
}

/* Build a record from one line (without its newline); ascii says the
 * reader has seen that s is NUL-free ASCII. */
static struct mh_record *
make_record(const struct mh_reader_opts *o, size_t line, const char *s,
    size_t n, int plain_only, int ascii)
{
	struct mh_record *rec = mh_record_new();
	const char *field = o && o->text_field ? o->text_field : "text";
	const char *code;
	char msg[80];
	int rc, open;

	if (rec == NULL)
		return NULL;
	rec->line = line;
	if (!ascii && (code = text_fault(s, n, msg, sizeof msg)) != NULL) {
		set_bad(rec, code, "%s", msg);
		return rec;
	}
	if (!plain_only && (open = json_opener(s, n)) != 0) {
		rc = parse_line(rec, s, n);
		if (rc == 1)
			return rec;
		if (rc == 0) {
			set_bad(rec, "not_object",
			    "a JSON value that is not an object");
			return rec;
		}
		if (open == '{')
			return rec; /* meant as JSON, and broken */
		/* '[' that is not JSON: plain text such as "[sighs] ...". */
		for (size_t i = 0; i < rec->n; i++)
			member_clear(&rec->m[i]);
		rec->n = 0;
		rec->bad = NULL;
		free(rec->bad_msg);
		rec->bad_msg = NULL;
		mh_buf_reset(&rec->text);
	}
	if (set_plain(rec, field, s, n) == -1)
		set_bad(rec, "too_large", "out of memory");
	return rec;
}

struct mh_record *
mh_record_parse(const char *s, size_t n, size_t line,
    const struct mh_reader_opts *o)
{
	if (o && o->whole)
		return make_record(o, line, s, n, 1, 0);
	return make_record(o, line, s, n, 0, 0);
}

/* ---- the reader ---------------------------------------------------- */

struct mh_reader *
mh_reader_new(int fd, const struct mh_reader_opts *o)
{
	struct mh_reader *r = calloc(1, sizeof(*r));

	if (r == NULL)
		return NULL;
	r->fd = fd;
	if (o)
		r->o = *o;
	if (r->o.max_record == 0)
		r->o.max_record = MH_MAX_RECORD_DEFAULT;
	if (r->o.name == NULL)
		r->o.name = "<stdin>";
	r->field = r->o.text_field ? r->o.text_field : "text";
	r->flen = strlen(r->field);
	if (plain_run(r->field, 0, r->flen) != r->flen)
		r->field = NULL;
	else if (r->flen >= 4 && r->flen <= 8) {
		memcpy(&r->fw[0], r->field, 4);
		memcpy(&r->fw[1], r->field + r->flen - 4, 4);
	}
	return r;
}

void
mh_reader_free(struct mh_reader *r)
{
	if (r == NULL)
		return;
	free(r->buf);
	mh_buf_free(&r->mem);
	mh_buf_wipe(&r->dec);
	free(r);
}

/* Read more input after the pending bytes.  Returns bytes read, 0 at EOF,
 * -1 on error. */
static ssize_t
fill(struct mh_reader *r)
{
	ssize_t got;

	if (r->start > 0 &&
	    (r->start == r->end || r->cap - r->end < READ_CHUNK / 4)) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->cap - r->end < READ_CHUNK / 4) {
		size_t nc = r->cap ? r->cap * 2 : READ_CHUNK;
		char *nb = realloc(r->buf, nc);

		if (nb == NULL)
			return -1;
		r->buf = nb;
		r->cap = nc;
	}
	if (r->o.flush)
		r->o.flush(r->o.flush_ctx);
	do
		got = read(r->fd, r->buf + r->end, r->cap - r->end);
	while (got == -1 && errno == EINTR);
	if (got > 0)
		r->end += (size_t)got;
	if (got == 0)
		r->eof = 1;
	return got;
}

static int
read_whole(struct mh_reader *r, struct mh_record **out)
{
	size_t n;
	struct mh_record *rec;

	r->whole_done = 1;
	for (;;) {
		if (r->end - r->start > r->o.max_record) {
			if ((rec = mh_record_new()) == NULL)
				return -1;
			rec->line = 1;
			set_bad(rec, "too_large", "input larger than %zu bytes",
			    r->o.max_record);
			*out = rec;
			return 1;
		}
		if (r->eof)
			break;
		if (fill(r) == -1)
			return -1;
	}
	n = r->end - r->start;
	/* One final newline ends the text rather than belonging to it,
	 * and the '\r' before it in a CRLF file, as line mode takes it */
	if (n > 0 && r->buf[r->start + n - 1] == '\n') {
		n--;
		if (n > 0 && r->buf[r->start + n - 1] == '\r')
			n--;
	}
	if (n == 0)
		return 0;
	r->line = 1;
	if ((*out = make_record(&r->o, r->line, r->buf + r->start, n, 1, 0)) ==
	    NULL)
		return -1;
	r->start = r->end;
	return 1;
}

/* Is the line s (n bytes, not blank; NUL-free ASCII when ascii is set)
 * plain text that make_record would make {field: s} of: NUL-free UTF-8
 * that does not start, after blanks, with '{' or '['?  (A '[' line that
 * is not JSON is plain text too, but only the parser can say so.) */
static int
plain_line(const char *s, size_t n, int ascii)
{
	/* text_fault() == NULL without its pass for NUL-free ASCII first,
	 * which says the same of such a line and stops at once in the
	 * others, but only after reading up to the first byte from 0x80:
	 * the reader saw a NUL or such a byte in a line not ascii (0.8 M
	 * instructions of blk40.txt's 11,700 lines with one); and the NUL
	 * and UTF-8 tests in one pass, mh_utf8_text() */
	return json_opener(s, n) == 0 && (ascii || mh_utf8_text(s, n));
}

/* After blanks, is the byte c next?  Then the scan is past it. */
static int
expect(struct scan *sc, char c)
{
	skip_ws(sc);
	if (sc->i == sc->n || sc->s[sc->i] != c)
		return 0;
	sc->i++;
	return 1;
}

/* Is the line s (n bytes; NUL-free ASCII when ascii is set) a JSON
 * object with the one member field (flen bytes, no escape needed), a
 * string without escapes: the record {field: text} that a plain-text
 * line makes, and written out the same?  Then *text and *tlen are the
 * string inside the line.  Any other line is left to the parser. */
#ifdef __GNUC__
__attribute__((noinline)) /* kept out of next(), which plain lines take */
#endif
static int
text_record(const char *s, size_t n, const char *field, size_t flen, int ascii,
    const char **text, size_t *tlen)
{
	struct scan sc = {.s = s, .n = n};
	size_t start, end, j = n;
	char msg[80];

	/* Such a line ends with a quote and a brace, blanks aside.  Most
	 * JSON lines that are not the record (a member after the text) say
	 * so in their last bytes, before the string is scanned to its
	 * end. */
	while (j > 0 && json_blank(s[j - 1]))
		j--;
	if (j == 0 || s[--j] != '}')
		return 0;
	while (j > 0 && json_blank(s[j - 1]))
		j--;
	if (j == 0 || s[j - 1] != '"')
		return 0;
	if (!expect(&sc, '{') || !expect(&sc, '"') || n - sc.i <= flen ||
	    !name_is(s + sc.i, flen, field) || s[sc.i + flen] != '"')
		return 0;
	sc.i += flen + 1;
	if (!expect(&sc, ':') || !expect(&sc, '"'))
		return 0;
	start = sc.i;
	sc.i = plain_run(s, start, n);
	/* the string ends here, at a quote, not at an escape */
	if (sc.i == n || s[sc.i] != '"')
		return 0;
	end = sc.i++;
	if (!expect(&sc, '}'))
		return 0;
	skip_ws(&sc);
	if (sc.i != n || (!ascii && text_fault(s, n, msg, sizeof msg) != NULL))
		return 0;
	*text = s + start;
	*tlen = end - start;
	return 1;
}

/* plain_run() for a member's name: most are a few bytes ("text",
 * "id"), read here a byte at a time, up to 16, where plain_run()'s
 * blocks cost more than their bytes (rb.jsonl: 0.2 M); a longer name's
 * rest is plain_run()'s. */
static inline size_t
name_run(const char *s, size_t i, size_t n)
{
	size_t lim = n - i > 16 ? i + 16 : n;

	for (; i < lim; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == '"' || c == '\\')
			return i;
	}
	return i < n ? plain_run(s, i, n) : i;
}

/* Is the name of klen bytes at k one a line's members must not have
 * for members_record(): the text field's (a second text is a duplicate
 * for the parser), or one of the members mh-redact's record way reads
 * or writes besides the text ("redact", and the "worksheet", "reply"
 * and "error" it may read)?  By length first: most names ("id") are
 * told by theirs, without a byte compared. */
static inline int
owned_name(const struct mh_reader *r, const char *k, size_t klen)
{
	if (klen == r->flen && memcmp(k, r->field, klen) == 0)
		return 1;
	switch (klen) {
	case 5: return memcmp(k, "reply", 5) == 0 || memcmp(k, "error", 5) == 0;
	case 6: return memcmp(k, "redact", 6) == 0;
	case 9: return memcmp(k, "worksheet", 9) == 0;
	default: return 0;
	}
}

/* Is the name at k, which has r->flen bytes, the text field's?  A field
 * of 4 to 8 bytes ("text") by two words of four, overlapping, where a
 * call to memcmp cost more than the rest of the test (rb.jsonl: 0.4 M
 * instructions). */
static inline int
field_at(const struct mh_reader *r, const char *k)
{
	uint32_t a, b;

	if (r->flen < 4 || r->flen > 8)
		return memcmp(k, r->field, r->flen) == 0;
	memcpy(&a, k, 4);
	memcpy(&b, k + r->flen - 4, 4);
	return a == r->fw[0] && b == r->fw[1];
}

/* The rest of members_record()'s text from its first escape on, at
 * s[i] (a backslash; the run before it is s[start] to s[i]): checked as
 * scan_string() checks a string and decoded into dec as decode_string()
 * decodes it, in one pass, where scan_string(), its copy of the text
 * (taken back) and decode_string()'s search for each backslash were
 * three (rb.jsonl: 2.1 M -> 1.1 M instructions for its 2,400 texts with
 * escapes).  Returns the index of the closing quote, or 0 when the
 * string is not valid JSON or holds U+0000: both are left to the record
 * way, which says what is wrong or refuses the text. */
static size_t
decode_text(const char *s, size_t start, size_t i, size_t n, struct mh_buf *dec)
{
	char *o;

	/* no escape decodes to more bytes than it has */
	mh_buf_reset(dec);
	if (mh_buf_reserve(dec, n - start + 1) == -1)
		return 0;
	o = dec->p;
	memcpy(o, s + start, i - start);
	o += i - start;
	for (;;) {
		size_t run;
		unsigned char c;

		if (i >= n)
			return 0; /* unterminated */
		c = (unsigned char)s[i];
		if (c == '"')
			break;
		if (c < 0x20 || i + 1 >= n)
			return 0; /* a control byte, or unterminated */
		/* a backslash */
		if (s[i + 1] == 'u') {
			unsigned long cp;
			int k = u_escape(s + i, n - i, &cp);

			/* bad, a lone surrogate, or U+0000 */
			if (k <= 0 || cp == 0)
				return 0;
			i += (size_t)k;
			o += put_utf8(o, cp);
		} else {
			int b = escaped_byte(s[i + 1]);

			if (b < 0)
				return 0; /* a bad escape */
			*o++ = (char)b;
			i += 2;
		}
		run = plain_run(s, i, n) - i;
		memcpy(o, s + i, run);
		o += run;
		i += run;
	}
	*o = '\0';
	dec->len = (size_t)(o - dec->p);
	return i;
}

/* Most members a line may have around its text for members_record(). */
#define MEMBERS_MAX 8

#ifdef __SSE2__
/* 0xff in each of the 16 bytes at s that is not clean (LINE_CLEAN): a
 * control byte, a byte from 0x80, a quote or a backslash, and an
 * underscore, which the scanners may fold (fold.h): a clean text they
 * read as it is, with no look for it. */
static inline __m128i
unclean16(const char *s)
{
	const __m128i two = _mm_set1_epi8(2);
	const __m128i bang = _mm_set1_epi8('!');
	const __m128i bslash = _mm_set1_epi8('\\');
	const __m128i under = _mm_set1_epi8('_');
	__m128i x = _mm_loadu_si128((const __m128i *)s);

	/* as signed bytes, controls and bytes over 0x7f are both below
	 * 0x20; with bit 1 flipped, so are they still, the quote (0x22)
	 * becomes 0x20 and no other byte below 0x21: the quote and those
	 * in one compare, not two and an or */
	return _mm_or_si128(_mm_cmplt_epi8(_mm_xor_si128(x, two), bang),
	    _mm_or_si128(_mm_cmpeq_epi8(x, under), _mm_cmpeq_epi8(x, bslash)));
}

/* The top bit set in each of the 16 bytes at s that is not clean, as
 * unclean16() says, and in those between the backslash and the
 * underscore, ']' and '^', which are: for the newline search, which
 * reads every byte of a clean line and tells apart by unclean16() the
 * few it stops at.  0x5C to 0x5F are the bytes whose bits 0 and 1 set
 * make 0x5F: one compare for the four, where the backslash and the
 * underscore took one each and an or.  The quote made 0x20 as in
 * unclean16(), the bytes below 0x21 and (as signed) below 0 are the
 * ones that 0x21 taken off with signed saturation leaves below 0: no
 * compare, where GCC made unclean16()'s of two. */
static inline __m128i
rough_unclean16(const char *s)
{
	const __m128i two = _mm_set1_epi8(2);
	const __m128i bang = _mm_set1_epi8('!');
	const __m128i three = _mm_set1_epi8(3);
	const __m128i under = _mm_set1_epi8('_');
	__m128i x = _mm_loadu_si128((const __m128i *)s);

	return _mm_or_si128(_mm_subs_epi8(_mm_xor_si128(x, two), bang),
	    _mm_cmpeq_epi8(_mm_or_si128(x, three), under));
}

/* The first byte from i on in the n at s that is not clean (unclean16()),
 * looked for 32 bytes a step (most lines are longer than 16) while 32 are
 * there to read: its index, with *found set; else the index of the bytes
 * left, fewer than 32, all before it clean. */
static inline size_t
clean_stop(const char *s, size_t i, size_t n, int *found)
{
	for (; i + 32 <= n; i += 32) {
		__m128i a = rough_unclean16(s + i),
		        b = rough_unclean16(s + i + 16);

		/* the two halves tested together, and told apart only at
		 * the block that ends the run: one movemask a step, not two
		 * and a shift and an or */
		if (_mm_movemask_epi8(_mm_or_si128(a, b)) == 0)
			continue;

		unsigned m = (unsigned)_mm_movemask_epi8(a) |
		    (unsigned)_mm_movemask_epi8(b) << 16;
		size_t j;

		/* a ']' or a '^' passed: they are clean */
		while ((j = i + (size_t)__builtin_ctz(m)),
		    s[j] == ']' || s[j] == '^')
			if ((m &= m - 1) == 0)
				break;
		if (m != 0) {
			*found = 1;
			return j;
		}
	}
	*found = 0;
	return i;
}
#endif

/* The end of the clean run from s[i] on: the index of the first byte
 * from i that is not clean (unclean16()), or n. */
static size_t
clean_run(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	/* 32 bytes a step, as plain_run() */
	while (i + 32 <= n) {
		unsigned m = (unsigned)_mm_movemask_epi8(unclean16(s + i)) |
		    (unsigned)_mm_movemask_epi8(unclean16(s + i + 16)) << 16;

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
		i += 32;
	}
	if (i + 16 <= n) {
		unsigned m = (unsigned)_mm_movemask_epi8(unclean16(s + i));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#endif
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c > 0x7f || c == '"' || c == '\\' || c == '_')
			break;
	}
	return i;
}

/* clean_run() for a member's name in members_usual(): most are a few
 * bytes ("id"), which one block of 16 holds, read inline, where
 * clean_run()'s call and its blocks of 32 cost more than their bytes
 * (rb.jsonl: 0.7 M instructions, 38 a line); a longer name's rest, or
 * one near the end of the bytes read, is clean_run()'s. */
static inline size_t
clean_name_run(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	if (n - i >= 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(unclean16(s + i));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#endif
	return clean_run(s, i, n);
}

/* The end of the run of digits from s[i] on, within n: eight bytes a
 * step where there are eight, the number's end found in the word, where
 * a byte a step took 32 instructions on the usual line's "id" (rb.jsonl:
 * 0.6 M).  In each byte, t = c ^ '0' is 0 to 9 for a digit; (t & 0x7f) +
 * 0x76, which carries into no other byte, has its high bit set from 10
 * on, and t's own is set from 0x80 on: either is a byte that is no
 * digit.  The first such byte is the lowest set bit in memory order: the
 * least significant bits on a little-endian machine, the most on a
 * big-endian one. */
static inline size_t
digit_run(const char *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull;

	while (i + 8 <= n) {
		uint64_t w, t, stop;

		memcpy(&w, s + i, 8);
		t = w ^ (ones * '0');
		stop =
		    (((t & (ones * 0x7f)) + ones * 0x76) | t) & (ones * 0x80);
		if (stop != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			return i + (size_t)__builtin_clzll(stop) / 8;
#else
			return i + (size_t)__builtin_ctzll(stop) / 8;
#endif
		}
		i += 8;
	}
	while (i < n && is_digit(s[i]))
		i++;
	return i;
}

/* Is every one of the n bytes at s below 0x80? */
static int
all_ascii(const char *s, size_t n)
{
	size_t i = 0;

#ifdef __SSE2__
	for (; i + 16 <= n; i += 16)
		if (_mm_movemask_epi8(
		        _mm_loadu_si128((const __m128i *)(s + i))) != 0)
			return 0;
#endif
	for (; i < n; i++)
		if ((unsigned char)s[i] > 0x7f)
			return 0;
	return 1;
}

/* members_record() for the usual JSON line of a text and an id, as
 * json.dumps() and most tools write it: {"text": "...", "id": 7}, or
 * {"text":"...","id":7}, or the text alone, read by next() where it
 * lies in the m bytes at s, before it looks for the line's end.  The
 * line ASCII without a NUL; the text field first, a string (decoded in
 * r->dec when it has escapes); then at most one member, a whole number
 * from 1 on; a blank at most after each colon and comma, none
 * elsewhere; the closing brace last, then a newline (after a CR or
 * not), within the m bytes and the longest line.  Returns the bytes the
 * line takes with its newline, having done what next() and
 * members_record() do with such a line; 0 for any other line, which
 * next() reads as before (members_record() makes r->mem again).  The
 * general loop, with its blanks, names and values of any kind, cost
 * twice as much on such a line, and finding its end a pass more over it
 * (rb.jsonl: 131.5 M -> 126.3 M instructions).  Out of next(), which
 * plain lines take. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
members_usual(struct mh_reader *r, const char *s, size_t m, const char **text,
    size_t *tlen, int *clean)
{
	size_t f = r->flen, i = f + 4, start, end, n;
	int esc = 0;

	/* {"text": " */
	if (m < f + 8 || s[0] != '{' || s[1] != '"' || s[f + 2] != '"' ||
	    s[f + 3] != ':' || !field_at(r, s + 2))
		return 0;
	i += s[i] == ' ';
	if (s[i] != '"')
		return 0;
	start = i + 1;
	end = clean_run(s, start, m);
	if (end < m && s[end] == '\\') {
		/* escapes: the text is decoded in r->dec (which stops at
		 * the line's end, a control byte) */
		if ((end = decode_text(s, start, end, m, &r->dec)) == 0 ||
		    !all_ascii(s + start, end - start))
			return 0;
		esc = 1;
	}
	/* the quote closing it, not a control byte or one from 0x80 */
	if (end + 2 >= m || s[end] != '"')
		return 0;
	i = end + 1;
	mh_buf_reset(&r->mem);
	if (s[i] == ',') {
		size_t k, klen, v;
		char *o;

		i++;
		i += i < m && s[i] == ' ';
		if (i >= m || s[i] != '"')
			return 0;
		k = ++i;
		i = clean_name_run(s, k, m);
		if (i >= m || s[i] != '"')
			return 0;
		klen = i - k;
		if (owned_name(r, s + k, klen) || ++i >= m || s[i] != ':')
			return 0;
		i++;
		i += i < m && s[i] == ' ';
		if (i >= m || s[i] < '1' || s[i] > '9')
			return 0;
		v = i;
		i = digit_run(s, i, m);
		if (i + 1 >= m || s[i] != '}')
			return 0;
		/* "id":7, as the parser compacts it */
		if (mh_buf_reserve(&r->mem, klen + 3 + (i - v)) == -1)
			return 0;
		o = r->mem.p;
		o = mh_put(o, s + k - 1, klen + 2);
		*o++ = ':';
		o = mh_put(o, s + v, i - v);
		*o = '\0';
		r->mem.len = (size_t)(o - r->mem.p);
	}
	/* the brace, then the line's end; i + 1 < m */
	if (s[i] != '}')
		return 0;
	n = i + 1;
	if (s[n] == '\r' && n + 1 < m)
		i = n + 1;
	else
		i = n;
	if (s[i] != '\n' || i > r->o.max_record)
		return 0;
	r->blen = 0;
	r->mline = s;
	r->mlen = n;
	*text = esc ? r->dec.p : s + start;
	*tlen = esc ? r->dec.len : end - start;
	*clean = !esc;
	return i + 1;
}

/* Is the text t (n bytes, without escapes, inside a line that is
 * NUL-free ASCII when ascii is set) clean for the scanners: ASCII with
 * no underscore, which they may fold (fold.h)?  A JSON line is never
 * LINE_CLEAN (its quotes), so ascii alone says nothing of its text's
 * underscores: "_Maya_" in a record was read unfolded, and kept. */
static inline int
text_clean(const char *t, size_t n, int ascii)
{
	return ascii && memchr(t, '_', n) == NULL;
}

/* Is the line s (n bytes; NUL-free ASCII when ascii is set) a JSON
 * object whose text member (r->field) is a string, with any other
 * members around it (see mh_reader_members for which)?  Then *text and *tlen
 * are the string: inside the line, or decoded in r->dec when it has
 * escapes; *clean says whether it is clean (see mh_reader_next_text);
 * and r->mem holds the other members compacted, as the parser would
 * keep them.  A line with members of other kinds, a text holding
 * U+0000, or a line that is not JSON, is left to the parser (0), which
 * makes the record or says what is wrong with the line.  For
 * mh-redact's JSON lines of a text and an id: the parser, the record's
 * changes and its writing were a fifth of the run on them, and a
 * fiftieth more on the few texts with escapes. */
#ifdef __GNUC__
__attribute__((noinline)) /* kept out of next(), which plain lines take */
#endif
static int
members_record(struct mh_reader *r, const char *s, size_t n, int ascii,
    const char **text, size_t *tlen, int *clean)
{
	struct scan sc = {.s = s, .n = n, .out = &r->mem};
	const char *keys[MEMBERS_MAX];
	size_t klens[MEMBERS_MAX], nkeys = 0, start = 0, end = 0;
	int found = 0, esc = 0;
	char msg[80];

	mh_buf_reset(&r->mem);
	r->blen = 0;
	if (!expect(&sc, '{'))
		return 0;
	for (;;) {
		const char *k;
		size_t klen;
		int is_text;

		if (!expect(&sc, '"'))
			return 0;
		/* a name without escapes, which is then what it says; the
		 * text's first, as the field's bytes and a quote: they are
		 * no bytes to escape, so name_run() would stop at that quote
		 * and find the same name (rb.jsonl: 0.8 M instructions) */
		k = s + sc.i;
		is_text = !found && n - sc.i > r->flen &&
		    s[sc.i + r->flen] == '"' && field_at(r, k);
		klen = is_text ? r->flen : name_run(s, sc.i, n) - sc.i;
		sc.i += klen;
		if (sc.i == n || s[sc.i] != '"')
			return 0;
		sc.i++;
		if (!expect(&sc, ':'))
			return 0;
		skip_ws(&sc);
		if (is_text) {
			/* the text: a string, decoded below when it has
			 * escapes */
			if (sc.i == n || s[sc.i] != '"')
				return 0;
			start = ++sc.i;
			sc.i = plain_run(s, start, n);
			if (sc.i < n && s[sc.i] == '\\') {
				if ((sc.i = decode_text(s, start, sc.i, n,
				         &r->dec)) == 0)
					return 0;
				end = sc.i++;
				esc = 1;
			} else if (sc.i == n || s[sc.i] != '"')
				return 0;
			else
				end = sc.i++;
			found = 1;
			r->blen = r->mem.len;
		} else {
			char c, *o;

			if (nkeys == MEMBERS_MAX || owned_name(r, k, klen))
				return 0;
			for (size_t j = 0; j < nkeys; j++)
				if (klens[j] == klen &&
				    memcmp(keys[j], k, klen) == 0)
					return 0; /* a duplicate */
			keys[nkeys] = k;
			klens[nkeys++] = klen;
			/* the member as the parser compacts it: a comma
			 * but before the first of a side, the name quoted
			 * and a colon, written in room made once, where
			 * three appends each made their own and ended the
			 * buffer */
			if (sc.i == n ||
			    mh_buf_reserve(&r->mem, klen + 4) == -1)
				return 0;
			o = r->mem.p + r->mem.len;
			*o = ',';
			o += r->mem.len > r->blen;
			o = mh_put(o, k - 1, klen + 2);
			*o++ = ':';
			*o = '\0';
			r->mem.len = (size_t)(o - r->mem.p);
			c = s[sc.i];
			if (c == '"') {
				if (scan_string(&sc) == -1)
					return 0;
			} else if (c >= '1' && c <= '9') {
				/* a whole number, as most members besides the
				 * text are ("id"), taken here; one going on
				 * with a fraction or an exponent is
				 * scan_number()'s, and so is one of '-' or '0'
				 * (rb.jsonl: its call and its tests were 0.8 M
				 * instructions more) */
				size_t j = sc.i + 1;

				while (j < n && is_digit(s[j]))
					j++;
				if (j < n &&
				    (s[j] == '.' || s[j] == 'e' ||
				        s[j] == 'E')) {
					if (scan_number(&sc) == -1)
						return 0;
				} else {
					if (mh_buf_add(&r->mem, s + sc.i,
					        j - sc.i) == -1)
						return 0;
					sc.i = j;
				}
			} else if (c == '-' || is_digit(c)) {
				if (scan_number(&sc) == -1)
					return 0;
			} else if (c == 't' || c == 'f' || c == 'n') {
				if (scan_literal(&sc) == -1)
					return 0;
			} else
				return 0; /* an object or an array */
		}
		skip_ws(&sc);
		if (sc.i == n)
			return 0;
		if (s[sc.i] == '}')
			break;
		if (s[sc.i] != ',')
			return 0;
		sc.i++;
	}
	sc.i++;
	skip_ws(&sc);
	if (!found || sc.i != n ||
	    (!ascii && text_fault(s, n, msg, sizeof msg) != NULL))
		return 0;
	*text = s + start;
	*tlen = end - start;
	if (esc) {
		*text = r->dec.p;
		*tlen = r->dec.len;
	}
	r->mline = s;
	r->mlen = n;
	/* a decoded text may hold any character */
	*clean = !esc && text_clean(*text, *tlen, ascii);
	return 1;
}

int
mh_reader_members(const struct mh_reader *r, const char **before, size_t *blen,
    const char **after, size_t *alen, const char **line, size_t *llen)
{
	/* (lines with no member around the text may leave r->mem without
	 * memory, and no offset may be added to a null pointer) */
	static const char none[1];
	const char *m = r->mem.p != NULL ? r->mem.p : none;

	if (r->mline == NULL)
		return 0;
	*before = m;
	*blen = r->blen;
	*after = m + r->blen;
	*alen = r->mem.len - r->blen;
	*line = r->mline;
	*llen = r->mlen;
	return 1;
}

static int next(struct mh_reader *r, struct mh_record **out, const char **text,
    size_t *tlen, int *clean);

int
mh_reader_next(struct mh_reader *r, struct mh_record **out)
{
	return next(r, out, NULL, NULL, NULL);
}

int
mh_reader_next_text(struct mh_reader *r, struct mh_record **out,
    const char **text, size_t *len, int *clean)
{
#ifdef __SSE2__
	/* The usual line, clean and read whole, opening with neither a
	 * blank nor '{' nor '[': next() gives it as text, here without its
	 * set-up and its tests for the others, which were about as many
	 * instructions as finding the line's end (callgrind: blk40.txt
	 * 646.6 M -> 643.2 M).  A line that is not is read again by next(),
	 * from its start. */
	if (!r->o.whole && r->end > r->start && text != NULL) {
		const char *s = r->buf + r->start;
		size_t n;
		int found;

		if (s[0] != ' ' && s[0] != '{' && s[0] != '[' && s[0] != '\n' &&
		    (n = clean_stop(s, 0, r->end - r->start, &found), found) &&
		    s[n] == '\n' && n <= r->o.max_record) {
			*out = NULL;
			r->mline = NULL;
			r->line++;
			r->start += n + 1;
			*text = s;
			*len = n;
			*clean = 1;
			return 2;
		}
	}
#endif
	return next(r, out, text, len, clean);
}

size_t
mh_reader_line(const struct mh_reader *r)
{
	return r->line;
}

/* What the reader has seen of a line's bytes, from the most to the
 * least: a clean line is NUL-free ASCII with nothing to escape in JSON
 * (bytes 0x20 to 0x7f but quote and backslash) and no underscore
 * (which the scanners may fold, fold.h), which would otherwise take
 * more passes over it (text_fault, and in mh-redact a check for
 * escapes and one for cuts inside characters); an ascii one (bytes 1 to
 * 0x7f) needs no text_fault.  Most lines are
 * clean, JSON lines ascii, and the pass finding the newline says so. */
enum { LINE_OTHER, LINE_ASCII, LINE_CLEAN };

/* The newline in the n bytes at s, or NULL; *kind is lowered to what
 * the bytes before it (or all, without one) are.  The newline is a
 * byte that is neither clean nor (for the test used) ascii, so one test
 * a block finds either; after the first other such byte, the search
 * goes on for less, and at last with memchr for the newline alone. */
static const char *
line_end(const char *s, size_t n, int *kind)
{
	size_t i = 0;

#ifdef __SSE2__
	if (*kind == LINE_CLEAN) {
		int found;

		i = clean_stop(s, 0, n, &found);
		if (found) {
			if (s[i] == '\n')
				return s + i;
			*kind = LINE_ASCII;
		}
	}
	if (*kind == LINE_ASCII) {
		const __m128i one = _mm_set1_epi8(1);
		const __m128i nl = _mm_set1_epi8('\n');
		const __m128i ten = _mm_set1_epi8(10);

		/* 32 bytes a step, for any byte over 0x7f or below 11 */
		for (; i + 32 <= n; i += 32) {
			__m128i x = _mm_loadu_si128((const __m128i *)(s + i));
			__m128i y =
			    _mm_loadu_si128((const __m128i *)(s + i + 16));
			__m128i lo = _mm_min_epu8(x, y);

			if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(x, y),
			        _mm_cmpeq_epi8(_mm_min_epu8(lo, ten), lo))) !=
			    0)
				break;
		}
		for (; i + 16 <= n; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(s + i));
			/* as signed bytes, NUL and bytes over 0x7f are both
			 * below 1 */
			int m = _mm_movemask_epi8(_mm_or_si128(
			    _mm_cmplt_epi8(x, one), _mm_cmpeq_epi8(x, nl)));

			if (m != 0) {
				i += (size_t)__builtin_ctz((unsigned)m);
				if (s[i] == '\n')
					return s + i;
				*kind = LINE_OTHER;
				break;
			}
		}
	}
#endif
	/* the bytes left over, fewer than a block (all, without SSE2) */
	for (; i < n && *kind != LINE_OTHER; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\n')
			return s + i;
		if (c == '\0' || c > 0x7f)
			*kind = LINE_OTHER;
		else if (c < 0x20 || c == '"' || c == '\\' || c == '_')
			*kind = LINE_ASCII;
	}
	return i < n ? memchr(s + i, '\n', n - i) : NULL;
}

static int
next(struct mh_reader *r, struct mh_record **out, const char **text,
    size_t *tlen, int *clean)
{
	*out = NULL;
	r->mline = NULL;
	if (r->o.whole)
		return r->whole_done ? 0 : read_whole(r, out);
	for (;;) {
		const char *nl = NULL;
		size_t scanned = 0, len;
		int skipping = 0, kind = LINE_CLEAN;

		/* Find the end of the next line, reading as needed. */
		for (;;) {
			size_t avail = r->end - r->start;

			/* a line opening with '{' is JSON: not clean; the
			 * usual one is read where it lies */
			if (scanned == 0 && avail > 0 &&
			    r->buf[r->start] == '{') {
				kind = LINE_ASCII;
				if (text != NULL && r->field != NULL &&
				    r->o.members &&
				    (len = members_usual(r, r->buf + r->start,
				         avail, text, tlen, clean)) != 0) {
					r->line++;
					r->start += len;
					return 3;
				}
			}
			if (avail > scanned)
				nl = line_end(r->buf + r->start + scanned,
				    avail - scanned, &kind);
			if (nl)
				break;
			scanned = avail;
			if (scanned > r->o.max_record) {
				/* Too long: drop what we have, keep reading
				 * to the end of the line, then report. */
				skipping = 1;
				kind = LINE_CLEAN;
				r->start = r->end;
				scanned = 0;
			}
			if (r->eof)
				break;
			if (fill(r) == -1)
				return -1;
		}
		if (nl == NULL && r->start == r->end && !skipping)
			return 0; /* end of input */
		r->line++;
		len =
		    nl ? (size_t)(nl - (r->buf + r->start)) : r->end - r->start;
		if (len > r->o.max_record)
			skipping = 1;
		if (skipping) {
			struct mh_record *rec = mh_record_new();

			r->start = nl ? (size_t)(nl - r->buf) + 1 : r->end;
			if (rec == NULL)
				return -1;
			rec->line = r->line;
			set_bad(rec, "too_large", "line longer than %zu bytes",
			    r->o.max_record);
			*out = rec;
			return 1;
		}
		{
			char *s = r->buf + r->start;
			size_t n = len, i;

			r->start += len + (nl ? 1 : 0);
			if (kind == LINE_CLEAN) {
				/* no control byte: no CR at the end, and the
				 * only blank is a space */
				for (i = 0; i < n && s[i] == ' '; i++)
					;
				if (i == n)
					continue; /* blank line */
				if (text != NULL && s[i] != '{' &&
				    s[i] != '[') {
					*text = s;
					*tlen = n;
					*clean = 1;
					return 2;
				}
			} else {
				if (n > 0 && s[n - 1] == '\r')
					n--;
				for (i = 0; i < n; i++)
					if (s[i] != ' ' && s[i] != '\t' &&
					    s[i] != '\r' && s[i] != '\f' &&
					    s[i] != '\v')
						break;
				if (i == n)
					continue; /* blank line */
				/* (a line opening with '{' is JSON) */
				if (text != NULL && s[0] != '{' &&
				    plain_line(s, n, kind != LINE_OTHER)) {
					*text = s;
					*tlen = n;
					*clean = 0;
					return 2;
				}
			}
			/* With members asked for, members_record() takes the
			 * lines that text_record() takes too, as having none
			 * around the text: text_record() would only be a test
			 * more on most JSON lines, which have some. */
			if (text != NULL && r->field != NULL && r->o.members &&
			    members_record(r, s, n, kind != LINE_OTHER, text,
			        tlen, clean))
				return 3;
			if (text != NULL && r->field != NULL && !r->o.members &&
			    text_record(s, n, r->field, r->flen,
			        kind != LINE_OTHER, text, tlen)) {
				*clean = text_clean(*text, *tlen,
				    kind != LINE_OTHER);
				return 2;
			}
			*out = make_record(&r->o, r->line, s, n, 0,
			    kind != LINE_OTHER);
			return *out ? 1 : -1;
		}
	}
}

/* ---- access and change --------------------------------------------- */

static int
ensure_dec(struct member *m)
{
	int nul;

	if (m->dec)
		return 0;
	if (m->val == NULL || m->vlen < 2 || m->val[0] != '"')
		return -2;
	mh_buf_reset(&m->own_dec);
	if (mh_buf_reserve(&m->own_dec, m->vlen) == -1)
		return -1;
	m->declen = decode_string(m->val, m->vlen, m->own_dec.p, &nul);
	m->own_dec.len = m->declen;
	m->dec = m->own_dec.p;
	m->dec_nul = nul != 0;
	return 0;
}

int
mh_record_string(struct mh_record *rec, const char *key, const char **s,
    size_t *len)
{
	struct member *m = find(rec, key);
	int rc;

	if (m == NULL)
		return -1;
	if ((rc = ensure_dec(m)) != 0)
		return rc == -2 ? -2 : -1;
	/* A decoded string holds NUL only from \u0000: a line with a NUL
	 * byte is refused, so plain text never has one. */
	if (m->dec_nul)
		return -3;
	*s = m->dec;
	*len = m->declen;
	return 0;
}

json_t *
mh_record_json(const struct mh_record *rec, const char *key)
{
	struct member *m = find(rec, key);
	json_error_t e;

	if (m == NULL)
		return NULL;
	if (m->val == NULL)
		return json_stringn(m->dec, m->declen);
	return json_loadb(m->val, m->vlen, JSON_DECODE_ANY | JSON_ALLOW_NUL,
	    &e);
}

/* Point a member's texts into its own buffer again after it moved. */
static void
member_point(struct member *m)
{
	if (m->named) {
		m->key = m->own.p;
		m->rkey = m->own.p + m->klen + 1;
	}
	if (m->val_own)
		m->val = m->own.p + m->vstart;
}

/* Begin setting member key: find it, or add it with its name in its own
 * buffer.  The caller appends the new value to m->own from *mark on,
 * then calls set_commit, or set_undo on failure (the old value is kept
 * until the commit).  NULL on ENOMEM. */
static struct member *
set_begin(struct mh_record *rec, const char *key, size_t *mark, int *added)
{
	struct member *m = find(rec, key);
	size_t klen;

	*added = 0;
	if (m != NULL) {
		*mark = m->own.len;
		return m;
	}
	if ((m = add_member(rec)) == NULL)
		return NULL;
	if (m->kept && name_is(m->own.p, m->kept_klen, key)) {
		/* The slot's last member had this name (a tool sets the
		 * same member on every record): its texts are still there. */
		klen = m->kept_klen;
		m->own.len = m->kept;
		m->own.p[m->own.len] = '\0';
	} else {
		klen = strlen(key);
		m->own.len = 0;
		if (mh_buf_add(&m->own, key, klen) == -1 ||
		    mh_buf_addc(&m->own, '\0') == -1 ||
		    mh_json_quote(&m->own, key, klen) == -1) {
			rec->n--;
			member_clear(m);
			return NULL;
		}
	}
	m->kept = m->kept_klen = 0;
	m->named = 1;
	m->klen = klen;
	m->rklen = m->own.len - klen - 1;
	m->vstart = *mark = m->own.len;
	member_point(m);
	*added = 1;
	return m;
}

/* The value appended from mark on replaces the member's value. */
static void
set_commit(struct member *m, size_t mark)
{
	size_t n = m->own.len - mark;

	if (mark != m->vstart) {
		memmove(m->own.p + m->vstart, m->own.p + mark, n);
		m->own.len = m->vstart + n;
		m->own.p[m->own.len] = '\0';
	}
	mh_buf_reset(&m->own_dec);
	m->dec = NULL;
	m->declen = 0;
	m->dec_nul = 0;
	m->val_own = 1;
	m->vlen = n;
	member_point(m);
}

/* Drop what was appended since set_begin; a member it added goes. */
static void
set_undo(struct mh_record *rec, struct member *m, size_t mark, int added)
{
	m->own.len = mark;
	if (m->own.p)
		m->own.p[mark] = '\0';
	if (added) {
		rec->n--; /* m is the last member */
		member_clear(m);
		return;
	}
	member_point(m);
}

/* Non-zero when s points into b's memory (a value taken from the very
 * member being set), which appending to b may move. */
static int
inside(const struct mh_buf *b, const char *s)
{
	uintptr_t p = (uintptr_t)b->p, x = (uintptr_t)s;

	return b->p != NULL && x >= p && x < p + b->cap;
}

/* Set member key to the len bytes at s, as they are (raw JSON) or quoted
 * as a JSON string.  Returns 0 or -1 (ENOMEM). */
static int
set_text(struct mh_record *rec, const char *key, const char *s, size_t len,
    int quote)
{
	struct member *m;
	size_t mark;
	int added, rc;
	char *copy = NULL;

	if ((m = set_begin(rec, key, &mark, &added)) == NULL)
		return -1;
	if (inside(&m->own, s)) {
		if ((copy = malloc(len + 1)) == NULL) {
			set_undo(rec, m, mark, added);
			return -1;
		}
		memcpy(copy, s, len);
		s = copy;
	}
	rc = quote ? mh_json_quote(&m->own, s, len)
	           : mh_buf_add(&m->own, s, len);
	free(copy);
	if (rc == -1) {
		set_undo(rec, m, mark, added);
		return -1;
	}
	set_commit(m, mark);
	return 0;
}

int
mh_record_set_raw(struct mh_record *rec, const char *key, const char *raw,
    size_t len)
{
	return set_text(rec, key, raw, len, 0);
}

int
mh_record_set_string(struct mh_record *rec, const char *key, const char *s,
    size_t len)
{
	if (!mh_utf8_valid(s, len)) {
		errno = EILSEQ;
		return -1;
	}
	return set_text(rec, key, s, len, 1);
}

int
mh_record_set_utf8(struct mh_record *rec, const char *key, const char *s,
    size_t len)
{
	return set_text(rec, key, s, len, 1);
}

/* Write a real as the shortest text that reads back as the same double. */
static int
put_real(struct mh_buf *out, double v)
{
	char tmp[40];

	if (!isfinite(v))
		return mh_buf_adds(out, "null");
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*g", prec, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	/* Keep it a real when read back: 1.0 rather than 1. */
	if (strpbrk(tmp, ".eEn") == NULL && strlen(tmp) + 2 < sizeof(tmp))
		memcpy(tmp + strlen(tmp), ".0", 3);
	return mh_buf_adds(out, tmp);
}

static int
dump(struct mh_buf *out, const json_t *v, int depth)
{
	if (depth > MH_MAX_DEPTH)
		return -1;
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		const char *k;
		json_t *x;
		int first = 1;

		if (mh_buf_addc(out, '{') == -1)
			return -1;
		json_object_foreach((json_t *)v, k, x) {
			if ((!first && mh_buf_addc(out, ',') == -1) ||
			    mh_json_quote(out, k, strlen(k)) == -1 ||
			    mh_buf_addc(out, ':') == -1 ||
			    dump(out, x, depth + 1) == -1)
				return -1;
			first = 0;
		}
		return mh_buf_addc(out, '}');
	}
	case JSON_ARRAY: {
		size_t i;
		json_t *x;

		if (mh_buf_addc(out, '[') == -1)
			return -1;
		json_array_foreach((json_t *)v, i, x) {
			if ((i && mh_buf_addc(out, ',') == -1) ||
			    dump(out, x, depth + 1) == -1)
				return -1;
		}
		return mh_buf_addc(out, ']');
	}
	case JSON_STRING:
		return mh_json_quote(out, json_string_value(v),
		    json_string_length(v));
	case JSON_INTEGER:
		return mh_buf_addf(out, "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
	case JSON_REAL: return put_real(out, json_real_value(v));
	case JSON_TRUE: return mh_buf_adds(out, "true");
	case JSON_FALSE: return mh_buf_adds(out, "false");
	default: return mh_buf_adds(out, "null");
	}
}

int
mh_record_set_json(struct mh_record *rec, const char *key, const json_t *v)
{
	struct member *m;
	size_t mark;
	int added;

	if (v == NULL) {
		errno = ENOMEM;
		return -1;
	}
	if ((m = set_begin(rec, key, &mark, &added)) == NULL)
		return -1;
	if (dump(&m->own, v, 0) == -1) {
		set_undo(rec, m, mark, added);
		errno = ENOMEM;
		return -1;
	}
	set_commit(m, mark);
	return 0;
}

void
mh_record_remove(struct mh_record *rec, const char *key)
{
	struct member *m = find(rec, key), cleared;
	size_t i;

	if (m == NULL)
		return;
	i = (size_t)(m - rec->m);
	member_clear(m);
	/* The emptied slot, with its buffer, goes to the end for reuse. */
	cleared = *m;
	memmove(&rec->m[i], &rec->m[i + 1], (rec->n - i - 1) * sizeof(*m));
	rec->m[--rec->n] = cleared;
}

int
mh_record_set_error(struct mh_record *rec, const char *tool, const char *code,
    const char *message)
{
	json_t *e = json_pack("{s:s, s:s, s:s, s:I}", "tool", tool, "code",
	    code, "message", message, "line", (json_int_t)rec->line);
	int rc;

	if (e == NULL)
		return -1;
	rc = mh_record_set_json(rec, "error", e);
	json_decref(e);
	return rc;
}

int
mh_record_serialize(const struct mh_record *rec, struct mh_buf *out)
{
	if (mh_buf_addc(out, '{') == -1)
		return -1;
	for (size_t i = 0; i < rec->n; i++) {
		const struct member *m = &rec->m[i];

		if ((i && mh_buf_addc(out, ',') == -1) ||
		    mh_buf_add(out, m->rkey, m->rklen) == -1 ||
		    mh_buf_addc(out, ':') == -1)
			return -1;
		/* A plain-text value is quoted straight into the output. */
		if (m->val == NULL ? mh_json_quote(out, m->dec, m->declen)
		                   : mh_buf_add(out, m->val, m->vlen))
			return -1;
	}
	return mh_buf_add(out, "}\n", 2);
}

int
mh_record_write(const struct mh_record *rec, FILE *f)
{
	static struct mh_buf b;

	mh_buf_reset(&b);
	if (mh_record_serialize(rec, &b) == -1)
		return -1;
	if (fwrite(b.p, 1, b.len, f) != b.len)
		return -1;
	/* Do not keep a huge buffer around after one huge record. */
	if (b.cap > ((size_t)1 << 22))
		mh_buf_free(&b);
	return 0;
}

json_t *
mh_json_parse(const char *s, size_t n, char *err, size_t errsize)
{
	json_error_t e;
	json_t *v;

	if (memchr(s, '\0', n) != NULL) {
		snprintf(err, errsize, "NUL byte in JSON");
		return NULL;
	}
	if (!mh_utf8_valid(s, n)) {
		snprintf(err, errsize, "invalid UTF-8 at byte %zu",
		    mh_utf8_valid_prefix(s, n) + 1);
		return NULL;
	}
	v = json_loadb(s, n, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &e);
	if (v == NULL)
		snprintf(err, errsize, "line %d, column %d: %s", e.line,
		    e.column, e.text);
	return v;
}
