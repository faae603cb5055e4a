/* redact: scanner + vault = placeholders; and back.  See redact.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "names.h"
#include "phrases.h"
#include "redact.h"
#include "redact_scan.h"
#include "vault.h"

struct mh_redactor {
	struct mh_names *nm;
	struct mh_scanner *sc;
	struct mh_vault *v; /* NULL in masking mode */
	/* the keep file's entries as written, NULL without one or with
	 * none, and the spans that are none of them (kept_spans()) */
	struct mh_phrases *keep;
	struct mh_scan_span *ksp;
	size_t kcap;
	int mask;
	unsigned long *nums;
	size_t cap;
	struct mh_buf out, raw;
	/* the field name last asked for, it quoted, and the opening of a
	 * redact object that names it: making these for every record cost
	 * more than many a short text's scan */
	char *qname;
	struct mh_buf qfield, head;
	int qtext; /* qname is "text" */
	/* what a line has between its text (and the members after it) and
	 * its redact object's count, ,"redact":{...,"count":, padded, and
	 * its length (0 when it does not fit): one copy of 64 bytes, not
	 * three pieces */
	char mid[64];
	size_t midlen;
	/* what a line without members before its text opens with, {"text":"
	 * with the field quoted, padded, and its length (0 when it does not
	 * fit): one copy of 32 bytes, where the field quoted was mh_put()
	 * between two bytes */
	char open[32];
	size_t openlen;
	/* placeholders restore found and the vault does not hold */
	unsigned long unknown;
	/* each type's name's length (no strlen per span), the opening of
	 * its placeholders, "[TYPE_", and of its items,
	 * {"type":"TYPE","start":, NUL-padded, with the item's length: each
	 * span's are copied by one or two moves of a constant size, where
	 * they were made of two and five pieces */
	size_t tlen[MH_SCAN_NTYPES];
	char phead[MH_SCAN_NTYPES][16];
	char ihead[MH_SCAN_NTYPES][32];
	size_t ihlen[MH_SCAN_NTYPES];
};

/* What comes between a line's text (with the members after it) and its
 * redact object's head, and between the head and the count. */
static const char redact_key[] = ",\"redact\":", count_key[] = ",\"count\":";

/* The most bytes of a type's name: its item's opening fits ihead. */
#define NAME_MAX_LEN (sizeof(((struct mh_redactor *)0)->ihead[0]) - 19)

#define NAME_ROOM sizeof(((struct mh_redactor *)0)->phead[0])

/* Put p before the message in err. */
static void
prefix_err(char *err, size_t errsize, const char *p)
{
	char tmp[512];

	snprintf(tmp, sizeof(tmp), "%s%s", p, err);
	snprintf(err, errsize, "%s", tmp);
}

/* The keep file at path, read once: its words to the word table, its
 * entries as written to r->keep (left NULL when it has none). */
static int
load_keep(struct mh_redactor *r, const char *path, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	int rc = -1;

	if (mh_names_read_list(path, &b, err, errsize) == -1)
		return -1;
	if (mh_names_add_list(r->nm, b.p, b.len, path, MH_NAMES_KEEP, err,
	        errsize) == 0 &&
	    (r->keep = mh_phrases_parse(b.p, b.len, path, err, errsize)) !=
	        NULL) {
		rc = 0;
		if (mh_phrases_count(r->keep) == 0) {
			mh_phrases_free(r->keep);
			r->keep = NULL;
		}
	}
	mh_buf_free(&b);
	return rc;
}

struct mh_redactor *
mh_redact_new(const struct mh_redact_opts *o, char *err, size_t errsize)
{
	static const struct mh_redact_opts defaults;
	struct mh_redactor *r;
	char *path = NULL;
	const char *dir;

	if (o == NULL)
		o = &defaults;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		goto nomem;
	r->mask = o->mask;
	for (int t = 0; t < MH_SCAN_NTYPES; t++) {
		const char *tn = mh_scan_type_name(t);
		size_t tl = strlen(tn);
		if (tl > NAME_MAX_LEN) {
			snprintf(err, errsize, "type name too long: %s", tn);
			goto fail;
		}
		r->tlen[t] = tl;
		r->phead[t][0] = '[';
		memcpy(r->phead[t] + 1, tn, tl);
		r->phead[t][tl + 1] = '_';
		memcpy(r->ihead[t], "{\"type\":\"", 9);
		memcpy(r->ihead[t] + 9, tn, tl);
		memcpy(r->ihead[t] + 9 + tl, "\",\"start\":", 10);
		r->ihlen[t] = 9 + tl + 10;
	}
	dir = o->datadir ? o->datadir : mh_datadir();
	if (mh_buf_addf(&r->raw, "%s/names/names.idx", dir) == -1)
		goto nomem;
	path = r->raw.p;
	r->raw = (struct mh_buf){0};
	if ((r->nm = mh_names_open(path, err, errsize)) == NULL)
		goto fail;
	/* The people's names and the words to keep serve redacting only:
	 * restore neither reads them nor fails for a missing one.  A
	 * failure names the option, as a bare "FILE: No such file" did
	 * not say which of the files it was. */
	if (!o->restore && o->names_file &&
	    mh_names_load_list(r->nm, o->names_file, MH_NAMES_USER, err,
	        errsize) == -1) {
		prefix_err(err, errsize, "names file (-n, redact_names): ");
		goto fail;
	}
	if (!o->restore && o->keep_file &&
	    load_keep(r, o->keep_file, err, errsize) == -1) {
		prefix_err(err, errsize, "keep file (-k, redact_keep): ");
		goto fail;
	}
	if ((r->sc = mh_scan_new(r->nm)) == NULL) {
		/* EINVAL: the built-in lists do not build (the words outgrew
		 * their table, say, or the crisis lines are out of order),
		 * an error of the build that every tool would otherwise
		 * report as one of memory */
		if (errno != EINVAL)
			goto nomem;
		snprintf(err, errsize,
		    "internal error: the scanner's "
		    "built-in lists do not build (kw_build(), "
		    "crisis_keep_index() in lib/redact_scan.c)");
		goto fail;
	}
	if (!r->mask &&
	    (r->v = mh_vault_new(o->vault_path, !o->restore, err, errsize)) ==
	        NULL)
		goto fail;
	free(path);
	return r;
nomem:
	snprintf(err, errsize, "%s", strerror(ENOMEM));
fail:
	free(path);
	mh_redact_free(r);
	return NULL;
}

void
mh_redact_free(struct mh_redactor *r)
{
	if (r == NULL)
		return;
	mh_vault_free(r->v);
	mh_scan_free(r->sc);
	mh_names_free(r->nm);
	mh_phrases_free(r->keep);
	free(r->ksp);
	free(r->nums);
	mh_buf_wipe(&r->out);
	mh_buf_wipe(&r->raw);
	free(r->qname);
	mh_buf_free(&r->qfield);
	mh_buf_free(&r->head);
	free(r);
}

static int
reserve(struct mh_redactor *r, size_t n)
{
	if (n <= r->cap)
		return 0;
	size_t nc = r->cap ? r->cap : 16;
	while (nc < n)
		nc *= 2;
	unsigned long *u = realloc(r->nums, nc * sizeof(*u));
	if (u == NULL)
		return -1;
	r->nums = u;
	r->cap = nc;
	return 0;
}

/* The digits of each number below 1000, left-aligned, and their count
 * in the last byte: "7\0\0\1", "42\0\2", "123\3".  Made by the
 * compiler from the three digits h, t, u of each. */
#define DIG3(h, t, u) \
	{ \
		(char)('0' + (h) + !(h) * ((t) + !(t) * (u))), \
		    (char)((h) + (t) ? '0' + !!(h) * (t) + !(h) * (u) : 0), \
		    (char)((h) ? '0' + (u) : 0), \
		    (char)(1 + !!((h) + (t)) + !!(h)) \
	}
#define DIG3_10(h, t) \
	DIG3(h, t, 0), DIG3(h, t, 1), DIG3(h, t, 2), DIG3(h, t, 3), \
	    DIG3(h, t, 4), DIG3(h, t, 5), DIG3(h, t, 6), DIG3(h, t, 7), \
	    DIG3(h, t, 8), DIG3(h, t, 9)
#define DIG3_100(h) \
	DIG3_10(h, 0), DIG3_10(h, 1), DIG3_10(h, 2), DIG3_10(h, 3), \
	    DIG3_10(h, 4), DIG3_10(h, 5), DIG3_10(h, 6), DIG3_10(h, 7), \
	    DIG3_10(h, 8), DIG3_10(h, 9)
static const char dig3[1000][4] = {DIG3_100(0), DIG3_100(1), DIG3_100(2),
    DIG3_100(3), DIG3_100(4), DIG3_100(5), DIG3_100(6), DIG3_100(7),
    DIG3_100(8), DIG3_100(9)};

/* The two digits of each number below 100. */
static const char d2[] = "00010203040506070809"
                         "10111213141516171819"
                         "20212223242526272829"
                         "30313233343536373839"
                         "40414243444546474849"
                         "50515253545556575859"
                         "60616263646566676869"
                         "70717273747576777879"
                         "80818283848586878889"
                         "90919293949596979899";

/* utoa() of v from 10000 on, which is rare (the offsets of a long
 * text): out of line and cold, so that the four places utoa() is
 * inlined keep only its short paths, not this one's code in the way of
 * theirs in the instruction cache. */
#ifdef __GNUC__
__attribute__((noinline, cold))
#endif
static size_t
utoa_big(unsigned long long v, char *buf)
{
	size_t n = 1, k;

	/* the length first, then the digits from the last: no copy */
	for (unsigned long long t = 10; v >= t; t *= 10)
		if (++n == 20)
			break; /* 10^20 does not fit */
	for (k = n; v >= 100; v /= 100) {
		unsigned r = (unsigned)(v % 100);
		buf[--k] = d2[2 * r + 1];
		buf[--k] = d2[2 * r];
	}
	if (v >= 10) {
		buf[1] = d2[2 * v + 1];
		buf[0] = d2[2 * v];
	} else
		buf[0] = (char)('0' + v);
	return n;
}

/* Decimal digits of v into buf (at least 24 bytes); returns the length.
 * Three numbers per span (placeholder, start, end), most of them of one
 * to three digits: those are four bytes of dig3[] moved at once (the
 * fourth, the count, is written over by what follows), with no test of
 * the length, whose tests went either way by the number (cachegrind:
 * utoa()'s were 47 K mispredicts of rb.txt).  Inline: a call cost as
 * much as the digits of a short number. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
utoa(unsigned long long v, char *buf)
{
	if (v < 1000) {
		memcpy(buf, dig3[v], 4);
		return (size_t)dig3[v][3];
	}
	/* v / 100 below 10000 by a multiply and a shift, exact there, and
	 * the remainder from it: the compiler's division of a 64-bit v
	 * took twice the instructions, for most offsets */
	if (v < 10000) {
		/* the placeholder numbers of a long run */
		unsigned q = (unsigned)v * 5243u >> 19,
		         m = (unsigned)v - q * 100;

		memcpy(buf, d2 + 2 * q, 2);
		memcpy(buf + 2, d2 + 2 * m, 2);
		return 4;
	}
	return utoa_big(v, buf);
}

/* The placeholders and the items are written into room made
 * beforehand, by mh_put(), instead of a check and a NUL per piece: with
 * the vault, writing them was a twentieth of the run.  PUTL() writes a
 * string literal, whose length is known: no strlen per item. */
#define PUTL(p, lit) mh_put((p), (lit), sizeof(lit) - 1)

/* End a direct write at p into b. */
static void
put_end(struct mh_buf *b, char *p)
{
	b->len = (size_t)(p - b->p);
	b->p[b->len] = '\0';
}

/* Room for a placeholder: brackets, padded name, '_' and 20 digits. */
#define PH_ROOM (3 + NAME_ROOM + 20)

/* "[TYPE_N]", or "[TYPE]" when num is 0, at p, which has PH_ROOM bytes
 * of room; without printf, which was a tenth of the run time.  ph is
 * the type's phead[], tl its name's length. */
#ifdef __GNUC__
__attribute__((always_inline)) /* once per span: no call */
#endif
static inline char *
put_placeholder(char *p, const char *ph, size_t tl, unsigned long num)
{
	memcpy(p, ph, 16); /* "[TYPE_", padded: a constant size */
	p += tl + 1;       /* at the '_', which ']' ends without a number */
	if (num) {
		p++;
		p += utoa(num, p);
	}
	*p++ = ']';
	return p;
}

static const char t2[] = ",\"end\":", t3[] = ",\"placeholder\":\"",
                  t4[] = "\"}";

/* Room for an item, with a placeholder (of PH_ROOM bytes at most). */
#define ITEM_ROOM \
	(1 + 32 + 24 + sizeof(t2) + 24 + sizeof(t3) + PH_ROOM + sizeof(t4))

/* An item at p, which has ITEM_ROOM bytes of room, after a comma when
 * comma is 1 (not 0); ih is the type's ihead[], ihl its length; ph is
 * the placeholder, end - start bytes. */
#ifdef __GNUC__
__attribute__((always_inline)) /* once per span: no call */
#endif
static inline char *
put_item(char *p, int comma, const char *ih, size_t ihl, size_t start,
    size_t end, const char *ph)
{
	/* the comma written always and kept or not: a test of it went
	 * either way by the span (9 K mispredicts of rb.txt) */
	*p = ',';
	p += comma;
	memcpy(p, ih, 32);
	p += ihl;
	p += utoa(start, p);
	p = PUTL(p, t2);
	p += utoa(end, p);
	p = PUTL(p, t3);
	/* the placeholder, of 6 to 16 bytes but for a long number: 16
	 * moved at once, where mh_put()'s tests of its length went either way
	 * (ph and p have PH_ROOM >= 16 bytes of room) */
	if (end - start <= 16) {
		memcpy(p, ph, 16);
		p += end - start;
	} else
		p = mh_put(p, ph, end - start);
	return PUTL(p, t4);
}

/* Make room for n more bytes in b, without a call when there is. */
static inline int
room(struct mh_buf *b, size_t n)
{
	return b->cap - b->len > n ? 0 : mh_buf_reserve(b, n);
}

static int
add_placeholder(struct mh_buf *b, const char *ph, size_t tl, unsigned long num)
{
	if (room(b, PH_ROOM) == -1)
		return -1;
	put_end(b, put_placeholder(b->p + b->len, ph, tl, num));
	return 0;
}

static int
add_item(struct mh_buf *b, int comma, const char *ih, size_t ihl, size_t start,
    size_t end, const char *ph)
{
	if (room(b, ITEM_ROOM) == -1)
		return -1;
	put_end(b, put_item(b->p + b->len, comma, ih, ihl, start, end, ph));
	return 0;
}

/* Of the ns spans at *sp in s, those that are no entry of the keep
 * file (r->keep, not NULL): into r->ksp, *sp set to them.  Returns
 * their count, or -1 (ENOMEM).  Out of line: only a run with a keep file
 * of entries comes here. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static long
kept_spans(struct mh_redactor *r, const char *s, const struct mh_scan_span **sp,
    long ns)
{
	long k = 0;

	if ((size_t)ns > r->kcap) {
		struct mh_scan_span *q =
		    realloc(r->ksp, (size_t)ns * sizeof(*q));
		if (q == NULL)
			return -1;
		r->ksp = q;
		r->kcap = (size_t)ns;
	}
	/* a span with a word of the names file is replaced, as such a
	 * word in the keep file is: the names file wins (fail closed) */
	for (long i = 0; i < ns; i++) {
		const char *v = s + (*sp)[i].start;
		size_t vn = (*sp)[i].end - (*sp)[i].start;
		if (!mh_phrases_has(r->keep, v, vn) ||
		    mh_names_holds(r->nm, v, vn, MH_NAMES_USER))
			r->ksp[k++] = (*sp)[i];
	}
	*sp = r->ksp;
	return k;
}

/* Scan s, clean as the reader says (nothing to fold) when clean is
 * set, and number what it finds: *sp gets the spans and r->nums
 * their numbers (left unset in masking mode, whose placeholders have
 * none).  Returns the number of spans, or -1 with a message in err
 * (ENOMEM, a vault error: errno says which).  Inline in its callers,
 * which have saved their registers already: a call saving them again
 * was 0.4 M instructions on rb.txt. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline long
number_spans(struct mh_redactor *r, const char *s, size_t n, int clean,
    const struct mh_scan_span **sp, char *err, size_t errsize)
{
	long ns;

	if ((ns = clean ? mh_scan_clean(r->sc, s, n, sp)
	                : mh_scan_text(r->sc, s, n, sp)) == -1 ||
	    (r->keep != NULL && ns > 0 &&
	        (ns = kept_spans(r, s, sp, ns)) == -1) ||
	    reserve(r, (size_t)ns + 1) == -1) {
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		errno = ENOMEM;
		return -1;
	}
	if (!r->mask && ns > 0 &&
	    mh_vault_assign(r->v, s, *sp, (size_t)ns, r->nums, err, errsize) ==
	        -1)
		return -1;
	return ns;
}

/* Is the byte c in the middle of a UTF-8 character? */
static inline int
utf8_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* Do the cuts where the pieces of s (valid UTF-8) between the ns spans
 * at sp are copied fall between characters?  Then the redacted text is
 * valid UTF-8 too, its pieces of s being whole characters and its
 * placeholders ASCII; a piece copied empty cuts nothing.  (Checking all
 * of the redacted text said the same, at a pass over it.)  Inline in
 * both callers: a call cost mh_redact_plain() 0.1 M on rb.txt. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
whole_pieces(const char *s, size_t n, const struct mh_scan_span *sp, long ns)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t at = 0, e;

	for (long k = 0; k <= ns; k++) {
		e = k < ns ? sp[k].start : n;
		if (e > at && (utf8_cont(u[at]) || (e < n && utf8_cont(u[e]))))
			return 0;
		if (k < ns)
			at = sp[k].end;
	}
	return 1;
}

/* Redact into out; with raw set, also write the items array there.
 * With whole NULL, s is checked to be UTF-8 first.  Else s is a
 * record's text, which is UTF-8 already (its line was checked, or it
 * was set by mh_record_set_string): a second pass over it, and one over
 * the redacted text when it is set, were 3.3 M instructions on rb.jsonl.
 * *whole is then set non-zero when out is UTF-8 too, which the cuts
 * between its pieces say (whole_pieces()). */
static long
redact(struct mh_redactor *r, const char *s, size_t n, struct mh_buf *out,
    struct mh_buf *raw, json_t *items, int *whole, char *err, size_t errsize)
{
	const struct mh_scan_span *sp;
	long ns;
	size_t at = 0;

	mh_buf_reset(out);
	if (whole == NULL && !mh_utf8_valid(s, n)) {
		snprintf(err, errsize, "text is not valid UTF-8");
		errno = EILSEQ;
		return -1;
	}
	if ((ns = number_spans(r, s, n, 0, &sp, err, errsize)) == -1)
		return -1;
	if (whole != NULL)
		*whole = whole_pieces(s, n, sp, ns);
	if (mh_buf_reserve(out, n + 16) == -1)
		goto nomem;
	for (long k = 0; k < ns; k++) {
		int t = sp[k].type;
		size_t ps;
		if (mh_buf_add(out, s + at, sp[k].start - at) == -1)
			goto nomem;
		ps = out->len;
		if (add_placeholder(out, r->phead[t], r->tlen[t],
		        r->mask ? 0 : r->nums[k]) == -1)
			goto nomem;
		at = sp[k].end;
		if (raw &&
		    add_item(raw, k > 0, r->ihead[t], r->ihlen[t], ps, out->len,
		        out->p + ps) == -1)
			goto nomem;
		if (items) {
			json_t *it = json_pack("{s:s,s:I,s:I,s:s%}", "type",
			    mh_scan_type_name(t), "start", (json_int_t)ps,
			    "end", (json_int_t)out->len, "placeholder",
			    out->p + ps, out->len - ps);
			if (it == NULL ||
			    json_array_append_new(items, it) == -1)
				goto nomem;
		}
	}
	if (mh_buf_add(out, s + at, n - at) == -1)
		goto nomem;
	return ns;
nomem:
	mh_buf_reset(out);
	snprintf(err, errsize, "%s", strerror(ENOMEM));
	errno = ENOMEM;
	return -1;
}

long
mh_redact_text(struct mh_redactor *r, const char *s, size_t n,
    struct mh_buf *out, json_t **items, char *err, size_t errsize)
{
	json_t *a = NULL;
	long k;

	if (items && (a = json_array()) == NULL) {
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		return -1;
	}
	k = redact(r, s, n, out, NULL, a, NULL, err, errsize);
	if (k == -1 || items == NULL)
		json_decref(a);
	else
		*items = a;
	return k;
}

/* Keep field quoted in r->qfield, and the opening of a redact object
 * for it in r->head: its schema and the field it covers, so that a
 * later tool can tell whether the text it reads is the one redacted.
 * Made again by make_field() only when field is not the name asked for
 * last; that test, made for every line, is inline (quoted_field()): a
 * call for it was 0.4 M instructions on rb.txt.  For field NULL, the
 * default "text", it is a flag (r->qtext), not a strcmp: the strcmp and
 * its call were 0.5 M more. */
#ifdef __GNUC__
__attribute__((noinline)) /* once a run: kept out of its callers */
#endif
static int
make_field(struct mh_redactor *r, const char *field)
{
	char num[24];

	free(r->qname);
	r->qtext = 0;
	mh_buf_reset(&r->qfield);
	mh_buf_reset(&r->head);
	if ((r->qname = strdup(field)) == NULL ||
	    mh_json_quote(&r->qfield, field, strlen(field)) == -1 ||
	    MH_BUF_ADD_LIT(&r->head, "{\"schema\":") == -1 ||
	    mh_buf_add(&r->head, num, utoa(MH_REDACT_SCHEMA, num)) == -1 ||
	    MH_BUF_ADD_LIT(&r->head, ",\"field\":") == -1 ||
	    mh_buf_add(&r->head, r->qfield.p, r->qfield.len) == -1) {
		free(r->qname);
		r->qname = NULL;
		return -1;
	}
	r->qtext = strcmp(field, "text") == 0;
	memset(r->mid, 0, sizeof(r->mid));
	r->midlen = 0;
	memset(r->open, 0, sizeof(r->open));
	r->openlen = 0;
	if (1 + r->qfield.len + 2 <= sizeof(r->open)) {
		char *p = r->open;
		*p++ = '{';
		memcpy(p, r->qfield.p, r->qfield.len);
		p += r->qfield.len;
		memcpy(p, ":\"", 2);
		r->openlen = (size_t)(p + 2 - r->open);
	}
	if (sizeof(redact_key) - 1 + r->head.len + sizeof(count_key) - 1 <=
	    sizeof(r->mid)) {
		char *p = PUTL(r->mid, redact_key);
		p = mh_put(p, r->head.p, r->head.len);
		p = PUTL(p, count_key);
		r->midlen = (size_t)(p - r->mid);
	}
	return 0;
}

/* field NULL is "text" */
static inline int
quoted_field(struct mh_redactor *r, const char *field)
{
	if (field == NULL) {
		if (r->qtext)
			return 0;
		field = "text";
	} else if (r->qname != NULL && strcmp(r->qname, field) == 0)
		return 0;
	return make_field(r, field);
}

/* Begin a redact object in r->raw (which the caller has emptied). */
static int
open_object(struct mh_redactor *r, const char *field)
{
	return quoted_field(r, field) == -1 ||
	        mh_buf_add(&r->raw, r->head.p, r->head.len) == -1
	    ? -1
	    : 0;
}

/* Redact s (UTF-8) into r->out and write its redact object into r->raw
 * (which the caller has emptied); *whole as redact() sets it. */
static int
redact_text(struct mh_redactor *r, const char *field, const char *s, size_t n,
    int *whole, const char **code, char *err, size_t errsize)
{
	long k;

	/* no printf on the per-record path: it cost ~1,600 instructions
	 * a record, more than scanning a short text */
	char num[24];
	size_t m;
	if (open_object(r, field) == -1 ||
	    MH_BUF_ADD_LIT(&r->raw, ",\"count\":") == -1)
		goto nomem;
	size_t countat = r->raw.len;
	if (MH_BUF_ADD_LIT(&r->raw, "0000000000,\"items\":[") == -1)
		goto nomem;
	k = redact(r, s, n, &r->out, &r->raw, NULL, whole, err, errsize);
	if (k == -1) {
		*code = errno == ENOMEM ? "nomem"
		    : errno == EILSEQ   ? "utf8"
		                        : "vault";
		return -1;
	}
	if (MH_BUF_ADD_LIT(&r->raw, "]}") == -1)
		goto nomem;
	/* fill in the count, keeping the JSON compact */
	m = utoa((unsigned long long)k, num);
	memmove(r->raw.p + countat + m, r->raw.p + countat + 10,
	    r->raw.len - countat - 10 + 1);
	memcpy(r->raw.p + countat, num, m);
	r->raw.len -= 10 - m;
	return 0;
nomem:
	*code = "nomem";
	snprintf(err, errsize, "%s", strerror(ENOMEM));
	return -1;
}

int
mh_redact_record(struct mh_redactor *r, struct mh_record *rec,
    const char *field, const char **code, char *err, size_t errsize)
{
	const char *s;
	size_t n;
	int rc, whole;

	if (field == NULL)
		field = "text";
	rc = mh_record_string(rec, field, &s, &n);
	mh_buf_reset(&r->raw);
	if (rc == -1) {
		if (open_object(r, field) == -1 ||
		    MH_BUF_ADD_LIT(&r->raw, ",\"count\":0}") == -1 ||
		    mh_record_set_raw(rec, "redact", r->raw.p, r->raw.len) ==
		        -1)
			goto nomem;
		return 0;
	}
	if (rc == -2) {
		*code = "text_type";
		snprintf(err, errsize, "field \"%s\" is not a string", field);
		return -1;
	}
	if (rc == -3) {
		*code = "nul";
		snprintf(err, errsize, "field \"%s\" holds a NUL character",
		    field);
		return -1;
	}
	if (redact_text(r, field, s, n, &whole, code, err, errsize) == -1)
		return -1;
	/* a redacted text that is not UTF-8 fails as mh_record_set_string
	 * made it fail, which checked it */
	if (!whole ||
	    mh_record_set_utf8(rec, field, r->out.p, r->out.len) == -1 ||
	    mh_record_set_raw(rec, "redact", r->raw.p, r->raw.len) == -1)
		goto nomem;
	return 0;
nomem:
	*code = "nomem";
	snprintf(err, errsize, "%s", strerror(ENOMEM));
	return -1;
}

/* Span k's placeholder at p, and its item at *q (moved past it), its
 * offsets from *ulen on in the text as written (moved past it too);
 * returns the placeholder's end.  redact_line()'s two ways with a
 * text's pieces; inline, as the loops it stood in were. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline char *
put_span(const struct mh_redactor *r, int t, unsigned long num, int comma,
    char *p, char **q, size_t *ulen)
{
	char *ph = p;

	p = put_placeholder(p, r->phead[t], r->tlen[t], num);
	*q = put_item(*q, comma, r->ihead[t], r->ihlen[t], *ulen,
	    *ulen + (size_t)(p - ph), ph);
	*ulen += (size_t)(p - ph);
	return p;
}

/* redact_line()'s pieces of a text that needs escapes, and its
 * placeholders, written at the end of out as it grows, the items in
 * r->raw (which has room for them); returns the end of the items, or
 * NULL when no memory was left.  Out of line: few texts need it, and
 * its tests of each piece were made for every text's. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static char *
pieces_escaped(struct mh_redactor *r, const char *s, size_t n,
    const struct mh_scan_span *sp, long ns, struct mh_buf *out)
{
	char *q = r->raw.p;
	size_t at = 0, ulen = 0;

	/* the items' offsets are into the text unescaped: ulen */
	for (long k = 0; k <= ns; k++) {
		size_t e = k < ns ? sp[k].start : n, len = e - at;

		/* escapes take more room: made again for the rest */
		if (mh_json_escape(out, s + at, len) == -1 ||
		    room(out, n - at - len + (size_t)(ns - k) * PH_ROOM) == -1)
			return NULL;
		if (k == ns)
			break;
		ulen += len;
		put_end(out,
		    put_span(r, sp[k].type, r->mask ? 0 : r->nums[k], k > 0,
		        out->p + out->len, &q, &ulen));
		at = sp[k].end;
	}
	return q;
}

/* The redacted text goes straight from s into the JSON line, a piece at
 * a time, escaped as it goes: building it apart first, checking it is
 * UTF-8 and quoting it were three more passes over each text.  s was
 * checked by the reader, as the contract says.  The line and the items
 * are written into room made for all of them at once, not a piece at a
 * time.  The members before and after the text (blen or alen bytes, 0
 * for none) go around it as they are.  Inline in its two callers:
 * most lines have none, which the compiler sees in the one. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
redact_line(struct mh_redactor *r, const char *s, size_t n, int clean,
    const char *before, size_t blen, const char *after, size_t alen,
    const char *field, struct mh_buf *out)
{
	const struct mh_scan_span *sp;
	char err[256], *p, *q;
	size_t mark = out->len, at = 0, ulen = 0, len;
	long ns;
	int esc;

	mh_buf_reset(&r->raw);
	if (quoted_field(r, field) == -1 ||
	    (ns = number_spans(r, s, n, clean, &sp, err, sizeof err)) == -1)
		return 1; /* process() makes the error record */
	/* most texts need no escape (a clean one has none): their pieces
	 * are copied as they are */
	esc = !clean && mh_json_needs_escape(s, n);
	/* else the line is taken back, and the record made of s fails as
	 * it did; a clean s is ASCII, which no cut can split */
	if ((!clean && !whole_pieces(s, n, sp, ns)) ||
	    (size_t)ns > SIZE_MAX / 2 / ITEM_ROOM ||
	    room(out, 32 + blen + r->qfield.len + n + (size_t)ns * PH_ROOM) ==
	        -1 ||
	    room(&r->raw, (size_t)ns * ITEM_ROOM) == -1)
		goto fail;
	p = out->p + out->len;
	if (blen == 0 && r->openlen > 0) {
		memcpy(p, r->open, sizeof(r->open));
		p += r->openlen;
	} else {
		*p++ = '{';
		if (blen > 0) {
			p = mh_put(p, before, blen);
			*p++ = ',';
		}
		p = mh_put(p, r->qfield.p, r->qfield.len);
		p = PUTL(p, ":\"");
	}
	q = r->raw.p;
	if (esc) {
		out->len = (size_t)(p - out->p);
		if ((q = pieces_escaped(r, s, n, sp, ns, out)) == NULL)
			goto fail;
		p = out->p + out->len;
	} else {
		/* the items' offsets are into the text: ulen.  The piece
		 * after the last span is copied after the loop, which then
		 * has no test for it (rb.txt: 0.4 M instructions) */
		const unsigned long *nums = r->mask ? NULL : r->nums;

		for (long k = 0; k < ns; k++) {
			/* the span and its number read before the writes,
			 * which for all the compiler knows may change them */
			size_t st = sp[k].start, en = sp[k].end;
			int t = sp[k].type;
			unsigned long num = nums ? nums[k] : 0;

			len = st - at;
			p = mh_put(p, s + at, len);
			ulen += len;
			p = put_span(r, t, num, k > 0, p, &q, &ulen);
			at = en;
		}
		p = mh_put(p, s + at, n - at);
	}
	r->raw.len = (size_t)(q - r->raw.p);
	out->len = (size_t)(p - out->p);
	if (room(out, 128 + alen + r->head.len + r->raw.len) == -1)
		goto fail;
	p = out->p + out->len;
	*p++ = '"';
	if (alen > 0) {
		*p++ = ',';
		p = mh_put(p, after, alen);
	}
	if (r->midlen > 0) {
		memcpy(p, r->mid, sizeof(r->mid));
		p += r->midlen;
	} else {
		p = PUTL(p, redact_key);
		p = mh_put(p, r->head.p, r->head.len);
		p = PUTL(p, count_key);
	}
	p += utoa((unsigned long long)ns, p);
	p = PUTL(p, ",\"items\":[");
	p = mh_put(p, r->raw.p, r->raw.len);
	p = PUTL(p, "]}}\n");
	put_end(out, p);
	return 0;
fail:
	out->len = mark;
	return 1;
}

int
mh_redact_plain(struct mh_redactor *r, const char *s, size_t n, int clean,
    const char *field, struct mh_buf *out)
{
	return redact_line(r, s, n, clean, NULL, 0, NULL, 0, field, out);
}

int
mh_redact_members(struct mh_redactor *r, const char *s, size_t n, int clean,
    const char *before, size_t blen, const char *after, size_t alen,
    const char *field, struct mh_buf *out)
{
	return redact_line(r, s, n, clean, before, blen, after, alen, field,
	    out);
}

long
mh_redact_restore(struct mh_redactor *r, const char *s, size_t n,
    struct mh_buf *out, char *err, size_t errsize)
{
	size_t p = 0, at = 0, end, vlen;
	unsigned long num;
	long count = 0;
	int type;

	mh_buf_reset(out);
	if (r->mask) {
		snprintf(err, errsize, "masked text has nothing to restore");
		return -1;
	}
	while (p < n) {
		unsigned char c = (unsigned char)s[p];
		if ((c == '[' || c == '<' || c == '{' ||
		        ((c | 32) >= 'a' && (c | 32) <= 'z')) &&
		    mh_scan_placeholder(s, n, p, &end, &type, &num)) {
			const char *v = mh_vault_lookup(r->v, type, num, &vlen);
			if (v) {
				if (mh_buf_add(out, s + at, p - at) == -1 ||
				    mh_buf_add(out, v, vlen) == -1)
					goto nomem;
				count++;
				at = p = end;
				continue;
			}
			/* left as it is, and not met again at its letters */
			r->unknown++;
			p = end;
			continue;
		}
		/* skip the rest of a word: placeholders start at a boundary.
		 * ASCII only: from 0x80 a character may be punctuation
		 * ("\u2019NAME_1"), which mh_scan_placeholder() tells at
		 * the letter after it */
		if (c < 0x80 && mh_scan_wordbyte(c)) {
			while (p < n && (unsigned char)s[p] < 0x80 &&
			    mh_scan_wordbyte((unsigned char)s[p]))
				p++;
			continue;
		}
		p++;
	}
	if (mh_buf_add(out, s + at, n - at) == -1)
		goto nomem;
	return count;
nomem:
	snprintf(err, errsize, "%s", strerror(ENOMEM));
	return -1;
}

static long
restore_member(struct mh_redactor *r, struct mh_record *rec, const char *field,
    const char **code, char *err, size_t errsize)
{
	const char *s;
	size_t n;
	long k;
	int rc = mh_record_string(rec, field, &s, &n);

	/* A field that is absent, not a string or holds a NUL character
	 * has nothing to restore, and is left as it is: it was an error
	 * that dropped the whole record, reply and all, where restoring
	 * has nothing to keep from anyone (a reply whose text is not
	 * plain text is left alone the same way). */
	if (rc != 0)
		return 0;
	if ((k = mh_redact_restore(r, s, n, &r->out, err, errsize)) == -1) {
		*code = "nomem";
		return -1;
	}
	if (k > 0 &&
	    mh_record_set_string(rec, field, r->out.p, r->out.len) == -1) {
		*code = "nomem";
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		return -1;
	}
	return k;
}

/* Does the record's "redact" object cover field: its "field", or none
 * ("text" then, as mh-redact wrote it before it named one)? */
static int
redact_names_field(const struct mh_record *rec, const char *field)
{
	json_t *v = mh_record_json(rec, "redact"), *f;
	int yes;

	if (v == NULL)
		return 0;
	f = json_object_get(v, "field");
	yes = f == NULL
	    ? strcmp(field, "text") == 0
	    : !json_is_string(f) || strcmp(json_string_value(f), field) == 0;
	json_decref(v);
	return yes;
}

void
mh_redact_warn_unknown(const struct mh_redactor *r, const char *tool,
    const char *path)
{
	if (r == NULL || r->unknown == 0)
		return;
	if (r->unknown == 1)
		mh_warnx(tool,
		    "1 placeholder not in %s left as it was (is it the vault "
		    "it was made with?)",
		    path);
	else
		mh_warnx(tool,
		    "%lu placeholders not in %s left as they were (is it the "
		    "vault they were made with?)",
		    r->unknown, path);
}

void
mh_redact_warn_vault(const struct mh_redactor *r, const char *tool,
    const char *path)
{
	size_t first, n;

	if (r == NULL || r->v == NULL ||
	    (n = mh_vault_damaged(r->v, &first)) == 0)
		return;
	if (n == 1)
		mh_warnx(tool,
		    "%s: line %zu is not a vault entry: skipped; its "
		    "placeholder is not restored, and its number goes to no "
		    "new value",
		    path, first);
	else
		mh_warnx(tool,
		    "%s: %zu lines are not vault entries (the first is line "
		    "%zu): skipped; their placeholders are not restored, and "
		    "their numbers go to no new value",
		    path, n, first);
}

long
mh_redact_restore_record(struct mh_redactor *r, struct mh_record *rec,
    const char *field, const char **code, char *err, size_t errsize)
{
	struct mh_record *reply;
	struct mh_buf b = {0};
	const char *raw;
	size_t n;
	long k, total;

	if ((total = restore_member(r, rec, field ? field : "text", code, err,
	         errsize)) == -1)
		return -1;
	/* The "redact" object described the text as it was sent: with the
	 * originals back it describes nothing, and a record that still
	 * carried it would pass for redacted (mh-ask sends such text as it
	 * is).  Dropped when the field it names has been restored. */
	if (total > 0 && redact_names_field(rec, field ? field : "text"))
		mh_record_remove(rec, "redact");
	/* reply.text inside the reply object: the object is read as a
	 * record of its own, so its other members (numbers such as 1.50
	 * included) go back byte for byte. */
	if (mh_record_raw(rec, "reply", &raw, &n) != 0 || n == 0 ||
	    raw[0] != '{')
		return total;
	if ((reply = mh_record_parse(raw, n, 0, NULL)) == NULL) {
		*code = "nomem";
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		return -1;
	}
	/* A reply whose text is not plain text is not ours to judge: it
	 * is left as it is. */
	if (mh_record_bad(reply, NULL) != NULL ||
	    mh_record_string(reply, "text", &raw, &n) != 0) {
		mh_record_free(reply);
		return total;
	}
	k = restore_member(r, reply, "text", code, err, errsize);
	if (k > 0 &&
	    (mh_record_serialize(reply, &b) == -1 ||
	        mh_record_set_raw(rec, "reply", b.p, b.len - 1) == -1)) {
		*code = "nomem";
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		k = -1;
	}
	mh_buf_free(&b);
	mh_record_free(reply);
	if (k == -1)
		return -1;
	return total + k;
}
