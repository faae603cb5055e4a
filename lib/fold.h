/* fold: read identifiers written in characters that stand for ASCII.
 *
 * People type phone numbers, e-mail addresses and names with full-width
 * forms (a Japanese or Chinese keyboard: "５５５-０１２３", "ｍａｙａ＠"),
 * with the digits of their own script (Arabic-Indic "٠٥٥٥", Devanagari
 * "०९८"), or in the "fancy fonts" of social media (Mathematical
 * Alphanumeric Symbols: "𝐌𝐚𝐲𝐚").  Each such character is, by Unicode's
 * compatibility decomposition or its decimal-digit value, one ASCII
 * character.  The scanner reads ASCII shapes; a fold makes the copy of a
 * text that it reads, and maps what it finds there back to the bytes of
 * the original, so that the original is what is replaced and restored.
 *
 * Folded: U+FF01 to U+FF5E (full-width ASCII), U+3000 (the ideographic
 * space) and the spaces of typesetting (U+2000 to U+200A but the figure
 * space, U+205F) to a blank, the decimal digits of the scripts listed in
 * fold.c, and the letters and digits of U+1D400 to U+1D7FF.  Dropped:
 * the invisible characters that split a word or a number unseen (the
 * soft hyphen, U+200B to U+200D, U+2060, U+FEFF).  And an underscore at
 * a word's edge, emphasis in chat apps and Markdown ("_Tyler_"), is read
 * as a blank.  Nothing else changes, and a text with none of them is not
 * copied. */
#ifndef MH_FOLD_H
#define MH_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* A fold point: a character that became one ASCII byte at folded
 * offset at, or was dropped there, after which the original is ahead by
 * shift bytes. */
struct mh_fold_point {
	size_t at, shift;
};

/* The folded copy of the last text folded, and its fold points in
 * order.  Zero-initialise; release with mh_fold_free(). */
struct mh_fold {
	char *p; /* the folded text, NUL-terminated */
	size_t n, cap;
	struct mh_fold_point *pt;
	size_t npt, cappt;
};

/* Fold n bytes of s (UTF-8; a bad sequence is copied as it is).
 * Returns 1 when something folded (f->p and f->n hold the copy), 0 when
 * nothing did (s is to be read as it is; f is left as it was), or -1
 * with errno ENOMEM. */
int mh_fold_text(struct mh_fold *f, const char *s, size_t n);

/* The offset in the original of offset off of the folded copy: of the
 * byte there, or the end when off is the copy's end.  Offsets that fall
 * between characters map between characters. */
size_t mh_fold_back(const struct mh_fold *f, size_t off);

void mh_fold_free(struct mh_fold *f);

/* mh_fold_char(): the character stands for nothing and is dropped */
#define MH_FOLD_DROP 256

/* The ASCII character the character c (a code point from U+0080) stands
 * for, MH_FOLD_DROP for one dropped, or -1 for one that does not fold.
 * What is a word's byte where a placeholder may stand (the restorer's
 * view, redact_scan.h) must agree with the folded copy the scanner
 * reads: it asks this.  (The underscore at a word's edge is folded by
 * mh_fold_text() alone: read as a blank, it only adds boundaries.) */
int mh_fold_char(uint32_t c);

#endif
