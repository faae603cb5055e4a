/* redact_scan: the one-pass identifier scanner behind mh-redact.
 *
 * The text is cut once into tokens (words, digit runs, mixed runs,
 * blanks, punctuation); each token is looked up once in the word table
 * (names.h) and a hand-written set of shape and context rules decides,
 * left to right, which runs of tokens are identifiers: names, places,
 * addresses, ZIP codes, dates, ages over 89, phone and fax numbers,
 * e-mail addresses, SSNs, record, plan, account, card (Luhn), licence,
 * plate, VIN and device numbers, URLs, IP addresses, handles and other
 * cued identifiers.  No regular expressions; cost is linear in the text.
 *
 * Every span starts and ends on a word boundary, and text shaped like a
 * placeholder is itself reported (as an ID), so that replacing the spans
 * and restoring them gives back the original exactly. */
#ifndef MH_REDACT_SCAN_H
#define MH_REDACT_SCAN_H

#include <stddef.h>

#include "names.h"

/* Identifier types; the names (mh_scan_type_name) appear in placeholders
 * and vault files, so they never change. */
enum mh_scan_type {
	MH_SCAN_NAME,
	MH_SCAN_LOCATION,
	MH_SCAN_ADDRESS,
	MH_SCAN_ZIP,
	MH_SCAN_DATE,
	MH_SCAN_AGE,
	MH_SCAN_PHONE,
	MH_SCAN_FAX,
	MH_SCAN_EMAIL,
	MH_SCAN_SSN,
	MH_SCAN_MRN,
	MH_SCAN_HEALTHPLAN,
	MH_SCAN_ACCOUNT,
	MH_SCAN_CARD,
	MH_SCAN_LICENSE,
	MH_SCAN_PLATE,
	MH_SCAN_VIN,
	MH_SCAN_DEVICE,
	MH_SCAN_URL,
	MH_SCAN_IP,
	MH_SCAN_HANDLE,
	MH_SCAN_ID,
	MH_SCAN_NTYPES
};

struct mh_scan_span {
	size_t start, end; /* byte offsets, end exclusive */
	int type;          /* enum mh_scan_type */
};

/* Reusable scanner state (token and span buffers). */
struct mh_scanner;

/* Create a scanner over the word table nm, which must outlive it.
 * Returns NULL on ENOMEM. */
struct mh_scanner *mh_scan_new(const struct mh_names *nm);
void mh_scan_free(struct mh_scanner *sc);

/* Scan n bytes of s, and, when s has characters that stand for ASCII
 * (full-width forms, other scripts' digits: fold.h), its folded copy,
 * with the spans moved back onto s.  Returns the number of spans and
 * sets *spans to an array owned by the scanner (valid until the next
 * call), sorted and not overlapping; or -1 on ENOMEM. */
long mh_scan_text(struct mh_scanner *sc, const char *s, size_t n,
    const struct mh_scan_span **spans);
/* mh_scan_text() of a text the caller knows has nothing to fold: no
 * byte from 0x80 and no underscore (a reader's clean text, jsonl.h). */
long mh_scan_clean(struct mh_scanner *sc, const char *s, size_t n,
    const struct mh_scan_span **spans);

/* The upper-case name of a type ("NAME"), or NULL when out of range. */
const char *mh_scan_type_name(int type);
/* The type whose name is the n bytes of s, ignoring case; -1 if none. */
int mh_scan_type_from_name(const char *s, size_t n);

/* Recognise a placeholder at s[pos] (s is n bytes): "[TYPE_N]" with the
 * brackets [], <> or {}, any case, and '_', '-', ' ' or nothing between
 * type and number; or a bare "TYPE_N" at a word boundary.  On a match
 * returns 1 and sets *end (exclusive), *type and *num; else 0.  The
 * scanner and the restorer share it, so both agree on what a
 * placeholder is. */
int mh_scan_placeholder(const char *s, size_t n, size_t pos, size_t *end,
    int *type, unsigned long *num);

/* Non-zero when byte c belongs to a word for the placeholder boundary
 * rule: ASCII letters and digits, '_' and every non-ASCII byte. */
int mh_scan_wordbyte(unsigned char c);

#endif
