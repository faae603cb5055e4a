/* fold: see fold.h. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "util.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The zero of each script's decimal digits, U+0030 to U+0039 being
 * ASCII's: Unicode's characters of general category Nd in runs of ten
 * below U+10000 (UnicodeData.txt), sorted.  Full-width digits are folded
 * with the rest of U+FF01 to U+FF5E. */
static const uint32_t digit_zero[] = {
    0x0660, /* Arabic-Indic */
    0x06F0, /* Extended Arabic-Indic (Persian, Urdu) */
    0x07C0, /* NKo */
    0x0966, /* Devanagari */
    0x09E6, /* Bengali */
    0x0A66, /* Gurmukhi */
    0x0AE6, /* Gujarati */
    0x0B66, /* Oriya */
    0x0BE6, /* Tamil */
    0x0C66, /* Telugu */
    0x0CE6, /* Kannada */
    0x0D66, /* Malayalam */
    0x0DE6, /* Sinhala Lith */
    0x0E50, /* Thai */
    0x0ED0, /* Lao */
    0x0F20, /* Tibetan */
    0x1040, /* Myanmar */
    0x1090, /* Myanmar Shan */
    0x17E0, /* Khmer */
    0x1810, /* Mongolian */
    0x1946, /* Limbu */
    0x19D0, /* New Tai Lue */
    0x1A80, /* Tai Tham Hora */
    0x1A90, /* Tai Tham Tham */
    0x1B50, /* Balinese */
    0x1BB0, /* Sundanese */
    0x1C40, /* Lepcha */
    0x1C50, /* Ol Chiki */
    0xA620, /* Vai */
    0xA8D0, /* Saurashtra */
    0xA900, /* Kayah Li */
    0xA9D0, /* Javanese */
    0xA9F0, /* Myanmar Tai Laing */
    0xAA50, /* Cham */
    0xABF0, /* Meetei Mayek */
};

/* The letters of the Letterlike Symbols block that stand in the holes
 * of U+1D400 to U+1D6A3 (script, fraktur, double-struck and italic
 * letters encoded earlier), with the ASCII letter each is; sorted. */
static const struct {
	uint16_t cp;
	char c;
} letterlike[] = {
    {0x2102, 'C'},
    {0x210A, 'g'},
    {0x210B, 'H'},
    {0x210C, 'H'},
    {0x210D, 'H'},
    {0x210E, 'h'},
    {0x2110, 'I'},
    {0x2111, 'I'},
    {0x2112, 'L'},
    {0x2115, 'N'},
    {0x2119, 'P'},
    {0x211A, 'Q'},
    {0x211B, 'R'},
    {0x211C, 'R'},
    {0x211D, 'R'},
    {0x2124, 'Z'},
    {0x2128, 'Z'},
    {0x212C, 'B'},
    {0x212D, 'C'},
    {0x212F, 'e'},
    {0x2130, 'E'},
    {0x2131, 'F'},
    {0x2133, 'M'},
    {0x2134, 'o'},
};

#define FOLD_DROP MH_FOLD_DROP

int
mh_fold_char(uint32_t c)
{
	/* below the first of the digits (U+0660) only the soft hyphen
	 * folds: the letters of Latin, Greek, Cyrillic and Hebrew, most
	 * of the characters of texts that have any, were asked every
	 * test below first (blk40.txt: 0.8 M instructions) */
	if (c < 0x0660)
		return c == 0x00AD ? FOLD_DROP : -1;
	if (c >= 0xFF01 && c <= 0xFF5E)
		return (int)(c - 0xFEE0);
	/* the ideographic space, and the spaces of typesetting from the en
	 * quad to the hair space and the medium mathematical space (not
	 * the no-break spaces, which the scanner reads as they are) */
	if (c == 0x3000 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) ||
	    c == 0x205F)
		return ' ';
	/* invisible: the soft hyphen, zero-width space, non-joiner and
	 * joiner, the word joiner and the zero-width no-break space, which
	 * split a word or a number on the screen not at all */
	if (c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
	    c == 0xFEFF)
		return FOLD_DROP;
	if (c >= 0x1D400 && c < 0x1D400 + 13 * 52) {
		/* thirteen alphabets of A to Z then a to z */
		unsigned k = (c - 0x1D400) % 52;
		return k < 26 ? 'A' + (int)k : 'a' + (int)(k - 26);
	}
	if (c >= 0x1D7CE && c <= 0x1D7FF) /* five sets of digits */
		return '0' + (int)((c - 0x1D7CE) % 10);
	if (c >= 0x2102 && c <= 0x2134) {
		for (size_t k = 0; k < sizeof(letterlike) / sizeof(*letterlike);
		     k++)
			if (letterlike[k].cp == c)
				return letterlike[k].c;
		return -1;
	}
	/* no script has digits of its own from Ol Chiki's to Vai's: the
	 * punctuation and symbols of U+2000 to U+20FF (curly quotes,
	 * dashes, the euro sign) and the CJK ideographs are answered
	 * without the search (blk40.txt: 0.2 M instructions) */
	if (c > 0x1C59 && c < 0xA620)
		return -1;
	if (c >= 0x0660 && c <= 0xABF9) {
		size_t lo = 0, hi = sizeof(digit_zero) / sizeof(*digit_zero);
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (digit_zero[mid] + 9 < c)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < sizeof(digit_zero) / sizeof(*digit_zero) &&
		    c >= digit_zero[lo])
			return '0' + (int)(c - digit_zero[lo]);
	}
	return -1;
}

/* The ASCII character the UTF-8 sequence at u[i] stands for, or -1;
 * *len is the sequence's length (1 for a bad one, which folds to
 * nothing).  A lead byte below 0xD9 begins a character below U+0640,
 * of which only the soft hyphen (C2 AD) folds: most high characters of
 * texts that have any (Latin's accents, Greek, Cyrillic, Hebrew) are
 * answered here without the decoding (blk40.txt: 0.7 M instructions). */
static int
fold_at(const unsigned char *u, size_t n, size_t i, size_t *len)
{
	uint32_t c;

	if (u[i] < 0xD9) {
		*len = u[i] >= 0xC0 && i + 1 < n && (u[i + 1] & 0xC0) == 0x80
		    ? 2
		    : 1;
		return *len == 2 && u[i] == 0xC2 && u[i + 1] == 0xAD ? FOLD_DROP
		                                                     : -1;
	}
	c = mh_utf8_char(u, n, i, len);
	return *len > 1 ? mh_fold_char(c) : -1;
}

/* The bytes from u[i] that may fold, from 0x80 or '_': bit k for u[i +
 * k], the next 32 where there are 32 (else 16 or fewer, none past n).
 * The walk asks this after each character it has read, where it first
 * asked whether the text had any, then looked for the underscores apart
 * and for the next high byte in a call after every character (blk40.txt:
 * 1.1 M instructions); 32 at a time over the runs without one, not 16
 * (0.9 M more).  A text of 16 or more has its last bytes in the 16 that
 * end it. */
static unsigned
fold_bits(const unsigned char *u, size_t n, size_t i)
{
	unsigned m = 0;

#ifdef __SSE2__
	const __m128i us = _mm_set1_epi8('_');

	if (i + 32 <= n) {
		__m128i x =
		    _mm_loadu_si128((const __m128i *)(const void *)(u + i));
		__m128i y = _mm_loadu_si128(
		    (const __m128i *)(const void *)(u + i + 16));
		x = _mm_or_si128(x, _mm_cmpeq_epi8(x, us));
		y = _mm_or_si128(y, _mm_cmpeq_epi8(y, us));
		return (unsigned)_mm_movemask_epi8(x) |
		    (unsigned)_mm_movemask_epi8(y) << 16;
	}
	if (n >= 16) {
		size_t b = i + 16 <= n ? i : n - 16;
		__m128i x =
		    _mm_loadu_si128((const __m128i *)(const void *)(u + b));
		x = _mm_or_si128(x, _mm_cmpeq_epi8(x, us));
		return (unsigned)_mm_movemask_epi8(x) >> (i - b);
	}
#endif
	for (size_t k = 0; k < 32 && i + k < n; k++)
		if (u[i + k] >= 0x80 || u[i + k] == '_')
			m |= 1u << k;
	return m;
}

static int
grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 16;
	void *q;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (c > SIZE_MAX / size || (q = realloc(*p, c * size)) == NULL) {
		errno = ENOMEM;
		return -1;
	}
	*p = q;
	*cap = c;
	return 0;
}

/* Blanks and the marks of emphasis and quotation before an '_' that
 * opens a word ("_Tyler_", "__Maya__", "*_x_*"), and those after one
 * that closes it; not '@' or '/', after which '_' is a handle's (and
 * so is one that ends a word after them: handle_end()). */
static int
opens(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*' ||
	    c == '(' || c == '[' || c == '"' || c == '\'';
}

static int
closes(unsigned char c)
{
	return opens(c) || c == '.' || c == ',' || c == ';' || c == ':' ||
	    c == '!' || c == '?' || c == ')' || c == ']';
}

static int
wordish(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* Does the word ending at u[e] start with '@' or "u/", a handle's
 * ("@kz.art_", "u/sad_"), whose underscore at its end is its own?  At
 * most 64 bytes back, longer than any handle: unbounded, a text of
 * "a_.a_.a_." read each word back to its start, quadratic (a line of
 * 600 KB took a minute). */
static int
handle_end(const unsigned char *u, size_t e)
{
	size_t stop = e > 64 ? e - 64 : 0;

	while (e > stop &&
	    (wordish(u[e - 1]) || u[e - 1] == '_' || u[e - 1] == '.' ||
	        u[e - 1] == '-'))
		e--;
	return e > 0 &&
	    (u[e - 1] == '@' ||
	        /* a Reddit user's "u/", not a date's '/' */
	        (u[e - 1] == '/' && e >= 2 && (u[e - 2] | 0x20) == 'u' &&
	            (e == 2 || !wordish(u[e - 3]))));
}

/* Make the copy f's, empty, at the first change to a text of n bytes. */
static int
start_copy(struct mh_fold *f, size_t n, int *any)
{
	if (*any)
		return 0;
	/* the copy is never longer than the text */
	if (grow((void **)&f->p, &f->cap, n + 1, 1) == -1)
		return -1;
	f->n = f->npt = 0;
	*any = 1;
	return 0;
}

int
mh_fold_text(struct mh_fold *f, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, from = 0, len, shift = 0;
	int any = 0;

	for (i = 0; i < n;) {
		unsigned m = fold_bits(u, n, i);
		size_t j;
		int a;

		if (m == 0) {
			i += i + 32 <= n ? 32 : 16;
			continue;
		}
		i += (size_t)__builtin_ctz(m);
		if (u[i] == '_') {
			/* an underscore: at a word's edge, emphasis
			 * (WhatsApp's italics, Markdown's), read as a blank;
			 * the same bytes, so no point is kept */
			for (j = i; j < n && u[j] == '_'; j++)
				;
			if (((i == 0 || opens(u[i - 1])) && j < n &&
			        wordish(u[j])) ||
			    (i > 0 && wordish(u[i - 1]) &&
			        (j == n || closes(u[j])) &&
			        !handle_end(u, i))) {
				if (start_copy(f, n, &any) == -1)
					return -1;
				memcpy(f->p + f->n, s + from, i - from);
				f->n += i - from;
				memset(f->p + f->n, ' ', j - i);
				f->n += j - i;
				from = j;
			}
			i = j;
			continue;
		}
		if ((a = fold_at(u, n, i, &len)) < 0) {
			i += len;
			continue;
		}
		if (start_copy(f, n, &any) == -1 ||
		    grow((void **)&f->pt, &f->cappt, f->npt + 1,
		        sizeof(*f->pt)) == -1)
			return -1;
		memcpy(f->p + f->n, s + from, i - from);
		f->n += i - from;
		if (a == FOLD_DROP) {
			shift += len;
			f->pt[f->npt++] = (struct mh_fold_point){f->n, shift};
		} else {
			shift += len - 1;
			f->pt[f->npt++] = (struct mh_fold_point){f->n, shift};
			f->p[f->n++] = (char)a;
		}
		from = i += len;
	}
	if (!any)
		return 0;
	memcpy(f->p + f->n, s + from, n - from);
	f->n += n - from;
	f->p[f->n] = '\0';
	return 1;
}

size_t
mh_fold_back(const struct mh_fold *f, size_t off)
{
	/* the last point before off */
	size_t lo = 0, hi = f->npt;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->pt[mid].at < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? off : off + f->pt[lo - 1].shift;
}

void
mh_fold_free(struct mh_fold *f)
{
	free(f->p);
	free(f->pt);
	*f = (struct mh_fold){0};
}
