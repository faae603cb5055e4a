/* names: the mapped word table plus the user's additions.  See names.h. */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "names.h"
#include "util.h"

#define MAGIC "MHNAMES5"
#define HDR 20
#define MAXWORD 63
/* An entry's byte of length: the word's bytes in the low seven bits, and
 * in the top one the mark of a lone word (mh_names_lone()), which the
 * entry's 24 bits of flags have no room for (scripts/gen-names) */
#define LEN_MASK 0x7f
#define LONE_BIT 0x80
/* A slot: the word's tag (its hash's top bits) above REF_BITS bits of 1 +
 * its entry's offset in the pool (scripts/gen-names) */
#define REF_BITS 23
#define REF_MASK ((1u << REF_BITS) - 1)

struct extra {
	char *w; /* folded, NUL-terminated; NULL for an empty slot */
	unsigned flags;
};

/* In front of the table: the last answer for a short word, keyed by its
 * bytes as written (so no folding or hashing of the word first).  Nearly
 * every word of a text is looked up, most are short, and they repeat.
 * Cleared whenever a word is added. */
#define QUICK_BITS 13
#define QUICK_SLOTS (1 << QUICK_BITS)
/* two tables, then one entry whose len says whether any slot is filled,
 * so that loading a long names file does not clear them every word */
#define QUICK_SIZE (2 * QUICK_SLOTS + 1)
struct quick {
	uint64_t k; /* the word's bytes, little-endian */
	uint32_t flags;
	uint32_t len; /* 0: empty */
};

struct mh_names {
	const unsigned char *base; /* the whole table file */
	size_t size;
	int mapped; /* base came from mmap (else malloc) */
	uint32_t nslots, nhot;
	const unsigned char *slots, *hot;
	const unsigned char *pool;
	uint32_t poolsize;
	uint64_t bloom[128]; /* 8192 bits over the cue words */
	struct quick *quick; /* [2][QUICK_SLOTS] full and cue lookups, or
				NULL (mutable, so lookups stay const for
				callers) */
	struct extra *ex;    /* the user's words: open addressing */
	size_t nex, capex;
	unsigned long generation; /* words added (mh_names_generation()) */
};

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* Fold ASCII upper case into buf; returns 0 when the word is too long. */
static size_t
fold(const char *w, size_t len, char *buf)
{
	if (len == 0 || len > MAXWORD)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];
		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	buf[len] = '\0';
	return len;
}

static void
bloom_add(struct mh_names *nm, uint32_t h)
{
	uint32_t a = h & 8191, b = (h >> 13) & 8191;

	nm->bloom[a >> 6] |= (uint64_t)1 << (a & 63);
	nm->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
}

static int
bloom_has(const struct mh_names *nm, uint32_t h)
{
	uint32_t a = h & 8191, b = (h >> 13) & 8191;

	return (nm->bloom[a >> 6] >> (a & 63) & 1) &&
	    (nm->bloom[b >> 6] >> (b & 63) & 1);
}

static int
check_table(struct mh_names *nm, char *err, size_t errsize)
{
	if (nm->size < HDR || memcmp(nm->base, MAGIC, 7) != 0) {
		snprintf(err, errsize, "not a names table");
		return -1;
	}
	if (nm->base[7] != (unsigned char)MAGIC[7]) {
		/* data from another release beside this build */
		snprintf(err, errsize,
		    "names table of format %c, not %c: install the data of "
		    "this release",
		    nm->base[7] >= '0' && nm->base[7] <= '9' ? nm->base[7]
		                                             : '?',
		    MAGIC[7]);
		return -1;
	}
	nm->nslots = rd32(nm->base + 8);
	nm->nhot = rd32(nm->base + 12);
	nm->poolsize = rd32(nm->base + 16);
	if (nm->nslots == 0 || nm->nhot == 0 ||
	    (uint64_t)HDR + 4 * ((uint64_t)nm->nslots + nm->nhot) +
	            nm->poolsize !=
	        nm->size) {
		snprintf(err, errsize, "names table has a bad size");
		return -1;
	}
	nm->slots = nm->base + HDR;
	nm->hot = nm->slots + 4 * (size_t)nm->nslots;
	nm->pool = nm->hot + 4 * (size_t)nm->nhot;
	/* A Bloom filter over the cue words, so that most lower-case words
	 * are turned away by two bit tests (the table has ~1,000 entries;
	 * building this reads only them). */
	memset(nm->bloom, 0, sizeof(nm->bloom));
	for (uint32_t i = 0; i < nm->nhot; i++) {
		uint32_t v = rd32(nm->hot + 4 * (size_t)i) & REF_MASK;
		if (v == 0 || (uint64_t)v - 1 + 4 > nm->poolsize)
			continue;
		const unsigned char *e = nm->pool + v - 1;
		if ((uint64_t)v - 1 + 4 + (e[3] & LEN_MASK) > nm->poolsize)
			continue;
		bloom_add(nm, mh_fnv1a(e + 4, e[3] & LEN_MASK));
	}
	return 0;
}

struct mh_names *
mh_names_open(const char *path, char *err, size_t errsize)
{
	struct mh_names *nm;
	struct stat sb;
	void *p;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &sb) == -1 || sb.st_size < HDR) {
		snprintf(err, errsize, "%s: not a names table", path);
		close(fd);
		return NULL;
	}
	p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if ((nm = calloc(1, sizeof(*nm))) == NULL) {
		munmap(p, (size_t)sb.st_size);
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		return NULL;
	}
	nm->base = p;
	nm->size = (size_t)sb.st_size;
	nm->mapped = 1;
	nm->quick = calloc(QUICK_SIZE, sizeof(*nm->quick));
	if (check_table(nm, err, errsize) == -1) {
		size_t m = strlen(err);
		if (m + 1 < errsize)
			snprintf(err + m, errsize - m, " (%s)", path);
		mh_names_free(nm);
		return NULL;
	}
	return nm;
}

struct mh_names *
mh_names_from_buffer(const void *data, size_t len, char *err, size_t errsize)
{
	struct mh_names *nm;
	unsigned char *copy;

	if ((nm = calloc(1, sizeof(*nm))) == NULL ||
	    (copy = malloc(len ? len : 1)) == NULL) {
		free(nm);
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		return NULL;
	}
	if (len)
		memcpy(copy, data, len);
	nm->base = copy;
	nm->size = len;
	nm->quick = calloc(QUICK_SIZE, sizeof(*nm->quick));
	if (check_table(nm, err, errsize) == -1) {
		mh_names_free(nm);
		return NULL;
	}
	return nm;
}

void
mh_names_free(struct mh_names *nm)
{
	if (nm == NULL)
		return;
	if (nm->mapped)
		munmap((void *)nm->base, nm->size);
	else
		free((void *)nm->base);
	for (size_t i = 0; i < nm->capex; i++)
		free(nm->ex[i].w);
	free(nm->ex);
	free(nm->quick);
	free(nm);
}

static struct extra *
ex_find(const struct mh_names *nm, const char *w, size_t len)
{
	size_t i;

	if (nm->capex == 0)
		return NULL;
	i = mh_fnv1a(w, len) & (nm->capex - 1);
	while (nm->ex[i].w != NULL) {
		if (strlen(nm->ex[i].w) == len &&
		    memcmp(nm->ex[i].w, w, len) == 0)
			return &nm->ex[i];
		i = (i + 1) & (nm->capex - 1);
	}
	return &nm->ex[i];
}

static int
ex_grow(struct mh_names *nm)
{
	size_t ncap = nm->capex ? nm->capex * 2 : 64;
	struct extra *old = nm->ex, *nex;
	size_t ocap = nm->capex;

	if ((nex = calloc(ncap, sizeof(*nex))) == NULL)
		return -1;
	nm->ex = nex;
	nm->capex = ncap;
	for (size_t i = 0; i < ocap; i++) {
		if (old[i].w != NULL)
			*ex_find(nm, old[i].w, strlen(old[i].w)) = old[i];
	}
	free(old);
	return 0;
}

int
mh_names_add(struct mh_names *nm, const char *w, size_t len, unsigned flags)
{
	char buf[MAXWORD + 1];
	struct extra *e;

	if (fold(w, len, buf) == 0) {
		errno = EINVAL;
		return -1;
	}
	if ((nm->nex + 1) * 2 > nm->capex && ex_grow(nm) == -1)
		return -1;
	e = ex_find(nm, buf, len);
	if (e->w == NULL) {
		if ((e->w = strdup(buf)) == NULL)
			return -1;
		nm->nex++;
	}
	e->flags |= flags;
	/* a word in both the names and the keep file is a name: the
	 * side that fails closed */
	if (e->flags & MH_NAMES_USER)
		e->flags &= ~(unsigned)MH_NAMES_KEEP;
	if (nm->quick && nm->quick[QUICK_SIZE - 1].len)
		memset(nm->quick, 0, QUICK_SIZE * sizeof(*nm->quick));
	nm->generation++;
	return 0;
}

unsigned long
mh_names_generation(const struct mh_names *nm)
{
	return nm->generation;
}

const unsigned long *
mh_names_generation_at(const struct mh_names *nm)
{
	return &nm->generation;
}

static int
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80 || c == '\'';
}

/* The other case of the two-byte letter c (Latin-1, Latin Extended-A,
 * Greek, Cyrillic): to upper case when up, else to lower case; c itself
 * when it has none of the same UTF-8 length. */
static uint32_t
case_cp(uint32_t c, int up)
{
	/* Latin Extended-A pairs: upper case at even code points, except
	 * in the two runs where it is at odd ones; not I-dot, dotless i */
	if (c >= 0x100 && c <= 0x17E && c != 0x130 && c != 0x131 &&
	    c != 0x138 && c != 0x149 && c != 0x178) {
		int odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
		int is_upper = (int)(c & 1) == odd_upper;
		if (up && !is_upper)
			return c - 1;
		if (!up && is_upper)
			return c + 1;
		return c;
	}
	if (up) {
		if ((c >= 0xE0 && c <= 0xFE && c != 0xF7) ||
		    (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) ||
		    (c >= 0x430 && c <= 0x44F))
			return c - 0x20;
		if (c >= 0x450 && c <= 0x45F)
			return c - 0x50;
		if (c == 0xFF)
			return 0x178;
		if (c == 0x3C2) /* final sigma */
			return 0x3A3;
		if (c == 0x3AC)
			return 0x386;
		if (c >= 0x3AD && c <= 0x3AF)
			return c - 0x25;
		if (c == 0x3CC)
			return 0x38C;
		if (c == 0x3CD || c == 0x3CE)
			return c - 0x3F;
		return c;
	}
	if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	    (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if (c == 0x178)
		return 0xFF;
	if (c == 0x386)
		return 0x3AC;
	if (c >= 0x388 && c <= 0x38A)
		return c + 0x25;
	if (c == 0x38C)
		return 0x3CC;
	if (c == 0x38E || c == 0x38F)
		return c + 0x3F;
	return c;
}

/* Copy the valid UTF-8 word w into buf with its two-byte letters in
 * upper (up) or lower case; returns 1 when that changed anything. */
static int
case_variant(const char *w, size_t len, char *buf, int up)
{
	int changed = 0;

	memcpy(buf, w, len);
	for (size_t i = 0; i + 1 < len; i++) {
		unsigned char a = (unsigned char)buf[i];
		if (a < 0xC2 || a > 0xDF)
			continue;
		uint32_t c = (uint32_t)(a & 0x1F) << 6 |
		    ((unsigned char)buf[i + 1] & 0x3F);
		uint32_t d = case_cp(c, up);
		if (d != c) {
			buf[i] = (char)(0xC0 | d >> 6);
			buf[i + 1] = (char)(0x80 | (d & 0x3F));
			changed = 1;
		}
		i++;
	}
	return changed;
}

/* Add the word w of n bytes (at most MAXWORD) with flags.  The table
 * folds ASCII only: "Zoë" must also match "ZOË", and "Åsa" "åsa", so the
 * word goes in in both cases too.  Returns 0 or -1 (errno set). */
static int
add_cases(struct mh_names *nm, const char *w, size_t n, unsigned flags)
{
	char var[MAXWORD];

	if (mh_names_add(nm, w, n, flags) == -1)
		return -1;
	for (int up = 0; up < 2; up++)
		if (case_variant(w, n, var, up) &&
		    mh_names_add(nm, var, n, flags) == -1)
			return -1;
	return 0;
}

/* The word of a list's line that starts at p[i], a word byte: the
 * run of word bytes, returned as the index after it, with *s and *e
 * its bounds without quote marks around it ('Maya Okafor': a word of
 * the text never starts or ends with one). */
static size_t
list_word(const char *p, size_t n, size_t i, size_t *s, size_t *e)
{
	size_t b = i;

	while (i < n && is_word_byte((unsigned char)p[i]))
		i++;
	*s = b;
	*e = i;
	while (*s < *e && p[*s] == '\'')
		(*s)++;
	while (*e > *s && p[*e - 1] == '\'')
		(*e)--;
	return i;
}

int
mh_names_read_list(const char *path, struct mh_buf *b, char *err,
    size_t errsize)
{
	if (mh_read_file(path, (size_t)64 << 20, b) == -1) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (!mh_utf8_valid(b->p, b->len)) {
		snprintf(err, errsize, "%s: invalid UTF-8", path);
		mh_buf_free(b);
		return -1;
	}
	return 0;
}

int
mh_names_add_list(struct mh_names *nm, const char *text, size_t len,
    const char *name, unsigned flags, char *err, size_t errsize)
{
	size_t i = 0, lineno = 1, s, e;

	while (i < len) {
		if (text[i] == '#') {
			while (i < len && text[i] != '\n')
				i++;
			continue;
		}
		if (text[i] == '\n') {
			lineno++;
			i++;
			continue;
		}
		if (!is_word_byte((unsigned char)text[i])) {
			i++;
			continue;
		}
		i = list_word(text, len, i, &s, &e);
		if (e == s)
			continue;
		if (e - s > MAXWORD) {
			snprintf(err, errsize, "%s:%zu: word too long", name,
			    lineno);
			return -1;
		}
		int bad = add_cases(nm, text + s, e - s, flags) == -1;
		/* "anne-marie" is one word to the scanner, which takes a
		 * hyphenated word for a name by its parts only when each is
		 * capitalised: the whole of it goes in too. */
		size_t ce = i;
		if (s == 0 || text[s - 1] != '-')
			while (ce + 1 < len && text[ce] == '-' &&
			    is_word_byte((unsigned char)text[ce + 1])) {
				ce += 2;
				while (ce < len &&
				    is_word_byte((unsigned char)text[ce]))
					ce++;
			}
		while (ce > i && text[ce - 1] == '\'')
			ce--;
		if (!bad && ce > i && ce - s <= MAXWORD)
			bad = add_cases(nm, text + s, ce - s, flags) == -1;
		if (bad) {
			snprintf(err, errsize, "%s: %s", name, strerror(errno));
			return -1;
		}
	}
	return 0;
}

int
mh_names_load_list(struct mh_names *nm, const char *path, unsigned flags,
    char *err, size_t errsize)
{
	struct mh_buf b = {0};
	int rc;

	if (mh_names_read_list(path, &b, err, errsize) == -1)
		return -1;
	rc = mh_names_add_list(nm, b.p, b.len, path, flags, err, errsize);
	mh_buf_free(&b);
	return rc;
}

int
mh_names_holds(const struct mh_names *nm, const char *text, size_t len,
    unsigned flag)
{
	size_t i = 0, s, e;

	while (i < len) {
		if (!is_word_byte((unsigned char)text[i])) {
			i++;
			continue;
		}
		i = list_word(text, len, i, &s, &e);
		if (e > s && (mh_names_lookup(nm, text + s, e - s) & flag))
			return 1;
	}
	return 0;
}

/* Probe one of the two tables for the folded word buf, whose hash is h,
 * and return its entry or NULL.  A slot whose tag is not h's holds
 * another word: passed without reading its entry, at a random place in
 * the pool. */
static inline const unsigned char *
find(const struct mh_names *nm, const unsigned char *slots, uint32_t n,
    const char *buf, size_t len, uint32_t h)
{
	uint32_t i = h % n, tag = h >> REF_BITS;

	for (uint32_t probes = 0; probes < n;
	     probes++, i = i + 1 == n ? 0 : i + 1) {
		uint32_t v = rd32(slots + 4 * (size_t)i);
		if (v == 0)
			break;
		if (v >> REF_BITS != tag || (v & REF_MASK) == 0)
			continue;
		uint32_t off = (v & REF_MASK) - 1;
		if ((uint64_t)off + 4 > nm->poolsize)
			break; /* corrupt: stop rather than read outside */
		const unsigned char *e = nm->pool + off;
		size_t elen = e[3] & LEN_MASK;
		if ((uint64_t)off + 4 + elen > nm->poolsize)
			break;
		if (elen == len && memcmp(e + 4, buf, len) == 0)
			return e;
	}
	return NULL;
}

/* The flags of buf's entry in the table slots (n of them), 0 for none. */
static inline unsigned
probe(const struct mh_names *nm, const unsigned char *slots, uint32_t n,
    const char *buf, size_t len, uint32_t h)
{
	const unsigned char *e = find(nm, slots, n, buf, len, h);

	return e == NULL
	    ? 0
	    : (unsigned)e[0] | (unsigned)e[1] << 8 | (unsigned)e[2] << 16;
}

/* Fold the word w of len bytes into buf and hash it, in one pass (the
 * same as fold() then mh_fnv1a()); 0 when it is empty or too long. */
static inline int
fold_hash(const char *w, size_t len, char *buf, uint32_t *hp)
{
	uint32_t h = 2166136261u;

	if (len == 0 || len > MAXWORD)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];
		c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		buf[i] = (char)c;
		h = (h ^ c) * 16777619u;
	}
	buf[len] = '\0';
	*hp = h;
	return 1;
}

/* Out of line (and kept there), so that the quick path in front of it
 * stays a leaf that saves no registers. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static unsigned
lookup(const struct mh_names *nm, const char *w, size_t len, int hot)
{
	char buf[MAXWORD + 1];
	unsigned flags;
	uint32_t h;

	/* (this runs for nearly every word of the text) */
	if (!fold_hash(w, len, buf, &h))
		return 0;
	/* (A memo of the full table's answers stood here, from before
	 * the scanner kept its own: in front of it the scanner's memos and
	 * quick_lookup() left it one hit in seven on rb.txt, one in fifty
	 * on alltexts.txt, and each miss cost a third of a probe.) */
	if (hot)
		flags = bloom_has(nm, h)
		    ? probe(nm, nm->hot, nm->nhot, buf, len, h)
		    : 0;
	else
		flags = probe(nm, nm->slots, nm->nslots, buf, len, h);
	if (nm->nex) {
		const struct extra *x = ex_find(nm, buf, len);
		if (x && x->w)
			flags |= x->flags;
	}
	return flags;
}

static inline unsigned
quick_lookup(const struct mh_names *nm, const char *w, size_t len, int hot)
{
	uint64_t k = 0;
	struct quick *q;

	if (nm->quick == NULL || len == 0 || len > 8)
		return lookup(nm, w, len, hot);
	if (len >= 4) {
		/* two overlapping 4-byte loads; the bytes they share are
		 * the same, so or-ing them is exact */
		const unsigned char *u = (const unsigned char *)w;
		k = (uint64_t)rd32(u) |
		    (uint64_t)rd32(u + len - 4) << (8 * (len - 4));
	} else {
		/* first, middle and last byte: all of a word of 1 to 3 */
		const unsigned char *u = (const unsigned char *)w;
		k = (uint64_t)u[0] | (uint64_t)u[len / 2] << (8 * (len / 2)) |
		    (uint64_t)u[len - 1] << (8 * (len - 1));
	}
	q = &nm->quick[(size_t)hot * QUICK_SLOTS +
	    (size_t)((k * 0x9E3779B97F4A7C15u) >> (64 - QUICK_BITS))];
	if (q->len != len || q->k != k) {
		q->flags = lookup(nm, w, len, hot);
		q->k = k;
		q->len = (uint32_t)len;
		nm->quick[QUICK_SIZE - 1].len = 1;
	}
	return q->flags;
}

unsigned
mh_names_lookup(const struct mh_names *nm, const char *w, size_t len)
{
	return quick_lookup(nm, w, len, 0);
}

unsigned
mh_names_lookup_cue(const struct mh_names *nm, const char *w, size_t len)
{
	return quick_lookup(nm, w, len, 1);
}

int
mh_names_lone(const struct mh_names *nm, const char *w, size_t len)
{
	char buf[MAXWORD + 1];
	uint32_t h;
	const unsigned char *e;

	if (!fold_hash(w, len, buf, &h))
		return 0;
	e = find(nm, nm->slots, nm->nslots, buf, len, h);
	return e != NULL && (e[3] & LONE_BIT);
}
