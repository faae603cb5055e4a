/* vault: placeholder numbers, in memory and in a shared file.  See
 * vault.h. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonl.h"
#include "redact_scan.h"
#include "store.h"
#include "util.h"
#include "vault.h"

struct entry {
	char *val; /* in a block, NUL-terminated */
	size_t len;
	unsigned long num;
	int type;
};

/* The values are kept one after another in blocks, not in a malloc
 * each: a new value's malloc, and its wipe and free at the end, cost
 * more than all its lookups on a text of a few lines.  A block is wiped
 * before it is freed. */
struct block {
	struct block *prev;
	size_t used, cap;
	char data[];
};

#define BLOCK_BYTES ((size_t)1 << 16)

/* What the table of values holds of a value, and what a lookup
 * compares: a value of up to 16 bytes is in a and b whole (as words16()
 * or short_word() read it: of two values of one length, only the same
 * have the same words), so that a lookup reads one slot of 32 bytes, not
 * the slot, then the entry, then the value, which were as many cache
 * misses (cachegrind: 80 K of rb.txt's first-level data misses, a
 * fifth of all).  A longer value has its hash in a, and its entry's
 * index in the slot's b, its bytes being compared with the entry's. */
struct vkey {
	uint64_t a, b; /* b 0 for a long value */
	uint64_t lt;   /* the type, and the length or LONG_VAL for a long one */
	uint64_t h;    /* the hash, for the slot to start from */
};

struct vslot {
	uint64_t a, b, lt; /* as the key's; b of a long value: its entry */
	unsigned long num; /* 0 in an empty slot (no number is 0) */
};

#define SLOT_ALIGN 64 /* a cache line */
#define LONG_VAL 17   /* the length of every value of over 16 bytes in lt */

struct mh_vault {
	struct entry *e;
	size_t ne, cape;
	struct block *blk; /* the newest block of values, or NULL */
	/* open addressing; bynum: entry index + 1, 0 empty, made at the
	 * first lookup by number (NULL until then): redacting in memory
	 * never needs it, and keeping it was 0.3 M instructions on rb.txt */
	struct vslot *byval; /* in slots, SLOT_ALIGN bytes aligned */
	char *slots;
	size_t *bynum;
	size_t cap; /* slots in each table, a power of two */
	unsigned long next[MH_SCAN_NTYPES];
	/* The least next[] may be: raised past the number of a line of the
	 * file that could not be read (skip_damaged()), which no entry
	 * holds, so that it is never given to another value. */
	unsigned long floor[MH_SCAN_NTYPES];
	size_t lines;         /* complete lines of the file read */
	size_t damaged;       /* of them, not readable as an entry */
	size_t first_damaged; /* the first such line's number, from 1 */
	struct mh_store *st;  /* NULL: memory only */
	off_t off;            /* file bytes read so far */
	struct mh_buf line;   /* scratch for appends */
};

/* The bytes of a value of 1 to 8 bytes in one word, in one step: eight
 * read at once, or two overlapping fours, or the three bytes of a
 * shorter one.  Of two values of one length, only the same have the
 * same word. */
static inline uint64_t
short_word(const char *s, size_t n)
{
	uint64_t w;

	if (n >= 8)
		memcpy(&w, s, 8);
	else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)s[n - 1];
	return w;
}

/* The four words of four bytes that hold every byte of a value of 4
 * to 16 bytes: its first four, its last four, and two between, d bytes
 * after the first and before the last.  No gap for any n from 4 to 16
 * needs (n - 8) / 2 <= d <= 4 and d <= n - 4: 3 (n - 4) / 8 is that
 * (overlapping in a shorter value). */
static inline void
words16(const char *s, size_t n, uint32_t w[4])
{
	size_t d = 3 * (n - 4) / 8;

	memcpy(&w[0], s, 4);
	memcpy(&w[1], s + d, 4);
	memcpy(&w[2], s + n - 4 - d, 4);
	memcpy(&w[3], s + n - 4, 4);
}

/* The key of the value s of n bytes, of type: *k. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline void
key_of(int type, const char *s, size_t n, struct vkey *k)
{
	uint64_t h = 1469598103934665603ull ^ (uint64_t)(unsigned)type, w;
	size_t i = 0;

	/* Most values (names, numbers, dates) have 4 to 16 bytes: those
	 * in two steps of two words each, with one test of the length,
	 * where the loop's turns and the last step's tests went either
	 * way by the length (cachegrind: mh_vault_assign() and its
	 * lookups 94 K -> 72 K mispredicts of rb.txt; 0.9 M instructions
	 * more, but 2% less time).  The hash is only ever kept in memory:
	 * how it reads a value is free to change. */
	if (n <= 16) {
		if (n >= 4) {
			uint32_t v[4];
			words16(s, n, v);
			k->a = (uint64_t)v[0] << 32 | v[1];
			k->b = (uint64_t)v[2] << 32 | v[3];
		} else {
			k->a = n ? short_word(s, n) : 0;
			k->b = 0;
		}
		k->lt = (uint64_t)n << 32 | (uint32_t)type;
		h = (h ^ k->a ^ (uint64_t)n << 56) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 32;
		h = (h ^ k->b) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 32;
		k->h = h ^ h >> 29;
		return;
	}

	/* eight bytes a step: every span of every text is looked up, and
	 * hashing it a byte a step cost more than the rest of the lookup */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 32;
	}
	if (i < n) {
		/* the last eight bytes in one step, not a byte a step (again
		 * some of those hashed); the length is hashed with them */
		w = short_word(s + n - 8, 8);
		h = (h ^ w ^ (uint64_t)n << 56) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 32;
	}
	k->h = h ^ h >> 29;
	k->a = k->h;
	k->b = 0;
	k->lt = (uint64_t)LONG_VAL << 32 | (uint32_t)type;
}

static uint64_t
hash_num(int type, unsigned long num)
{
	uint64_t h = ((uint64_t)num * 0x9E3779B97F4A7C15ull) ^ (uint64_t)type;

	return h ^ h >> 31;
}

/* Are the n bytes at a and b the same, for n over 16 (the shorter are
 * compared by their keys)?  Up to 32 by four words of each
 * (overlapping), not by a call to memcmp. */
static inline int
same_long(const char *a, const char *b, size_t n)
{
	if (n > 32)
		return memcmp(a, b, n) == 0;
	/* the first and last eight, and the eight after the first and
	 * before the last */
	return ((short_word(a, 8) ^ short_word(b, 8)) |
	           (short_word(a + n - 8, 8) ^ short_word(b + n - 8, 8)) |
	           (short_word(a + 8, 8) ^ short_word(b + 8, 8)) |
	           (short_word(a + n - 16, 8) ^ short_word(b + n - 16, 8))) ==
	    0;
}

/* The number of the value s of n bytes, whose key is *k, or 0 when it
 * is not known, in the table of values byval (of mask + 1 slots, not
 * none) of the entries e.  Inline: every span of every text is looked
 * up. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline unsigned long
find_in(const struct vslot *byval, size_t mask, const struct entry *e,
    const struct vkey *k, const char *s, size_t n)
{
	for (size_t i = k->h & mask; byval[i].num != 0; i = (i + 1) & mask) {
		const struct vslot *sl = &byval[i];
		if (sl->a != k->a || sl->lt != k->lt)
			continue;
		if (n <= 16) {
			if (sl->b == k->b)
				return sl->num;
		} else if (e[sl->b].len == n && same_long(e[sl->b].val, s, n))
			return sl->num;
	}
	return 0;
}

/* find_in() of v's tables, which may have no slots yet. */
static inline unsigned long
find_key(const struct mh_vault *v, const struct vkey *k, const char *s,
    size_t n)
{
	return v->cap == 0 ? 0 : find_in(v->byval, v->cap - 1, v->e, k, s, n);
}

/* Put entry k into bynum. */
static void
index_num(struct mh_vault *v, size_t k)
{
	const struct entry *e = &v->e[k];
	size_t i = hash_num(e->type, e->num) & (v->cap - 1);

	while (v->bynum[i])
		i = (i + 1) & (v->cap - 1);
	v->bynum[i] = k + 1;
}

/* Put entry k, whose value's key is *key, into the tables. */
static void
index_entry(struct mh_vault *v, size_t k, const struct vkey *key)
{
	size_t i = key->h & (v->cap - 1);
	struct vslot *sl;

	while (v->byval[i].num != 0)
		i = (i + 1) & (v->cap - 1);
	sl = &v->byval[i];
	sl->a = key->a;
	sl->b = v->e[k].len <= 16 ? key->b : k;
	sl->lt = key->lt;
	sl->num = v->e[k].num;
	if (v->bynum != NULL)
		index_num(v, k);
}

/* Put every entry into the (empty) tables. */
static void
index_all(struct mh_vault *v)
{
	for (size_t k = 0; k < v->ne; k++) {
		const struct entry *e = &v->e[k];
		struct vkey key;
		key_of(e->type, e->val, e->len, &key);
		index_entry(v, k, &key);
	}
}

/* The entry (index + 1) of number num of type, or 0.  The first lookup
 * makes bynum; without the memory for it, the entries are searched one
 * by one, which finds the same. */
static size_t
find_num(struct mh_vault *v, int type, unsigned long num)
{
	size_t i;

	if (v->cap == 0)
		return 0;
	if (v->bynum == NULL &&
	    (v->bynum = calloc(v->cap, sizeof(*v->bynum))) != NULL)
		for (size_t k = 0; k < v->ne; k++)
			index_num(v, k);
	if (v->bynum == NULL) {
		for (size_t k = 0; k < v->ne; k++)
			if (v->e[k].type == type && v->e[k].num == num)
				return k + 1;
		return 0;
	}
	i = hash_num(type, num) & (v->cap - 1);
	while (v->bynum[i]) {
		const struct entry *e = &v->e[v->bynum[i] - 1];
		if (e->type == type && e->num == num)
			return v->bynum[i];
		i = (i + 1) & (v->cap - 1);
	}
	return 0;
}

/* Make the tables twice as large (at first, 4096 slots: room for 2048
 * values, 128 KiB; starting from 256 cost five growths, each indexing
 * every value again, and more probes while the tables were small, on a
 * run giving a few thousand values).  Returns 0 or -1 (ENOMEM). */
static int
grow(struct mh_vault *v)
{
	size_t ncap = v->cap ? v->cap * 2 : 4096;
	struct vslot *a;
	size_t *b = NULL;
	char *mem = NULL;

	/* the slots on cache lines of their own, each in one (calloc()'s
	 * 16 bytes of alignment put half of them across two lines: 16 K
	 * first-level misses more on rb.txt); calloc(), not aligned_alloc()
	 * and a memset(): the system's fresh pages are zero already */
	if (ncap > (SIZE_MAX - SLOT_ALIGN) / sizeof(*a) ||
	    (mem = calloc(1, ncap * sizeof(*a) + SLOT_ALIGN)) == NULL ||
	    (v->bynum != NULL && (b = calloc(ncap, sizeof(*b))) == NULL)) {
		free(mem);
		free(b);
		return -1;
	}
	a = (struct vslot *)(void *)(mem +
	    (SLOT_ALIGN - (uintptr_t)mem % SLOT_ALIGN));
	free(v->slots);
	free(v->bynum);
	v->slots = mem;
	v->byval = a;
	v->bynum = b;
	v->cap = ncap;
	index_all(v);
	return 0;
}

/* Room for n bytes at the end of the newest block, made in a new block
 * when there is not; taken when the caller adds n to the block's used.
 * NULL on ENOMEM. */
static char *
value_room(struct mh_vault *v, size_t n)
{
	struct block *b = v->blk;
	size_t cap = n > BLOCK_BYTES ? n : BLOCK_BYTES;

	if (b != NULL && b->cap - b->used >= n)
		return b->data + b->used;
	if (cap > SIZE_MAX - sizeof(*b) ||
	    (b = malloc(sizeof(*b) + cap)) == NULL)
		return NULL;
	b->prev = v->blk;
	b->used = 0;
	b->cap = cap;
	v->blk = b;
	return b->data;
}

/* Wipe the values after the first used bytes of block keep, and wipe
 * and free the blocks made after it (keep NULL: all of them). */
static void
drop_values(struct mh_vault *v, struct block *keep, size_t used)
{
	while (v->blk != keep) {
		struct block *b = v->blk;
		v->blk = b->prev;
		explicit_bzero(b->data, b->used);
		free(b);
	}
	if (keep != NULL) {
		explicit_bzero(keep->data + used, keep->used - used);
		keep->used = used;
	}
}

/* Add an entry that conflicts with no known one (a valid type, num not
 * 0, the value and the number both new); *k is the value's key, which
 * the caller has (made once, not for each table).  Returns 0, or -1 on
 * ENOMEM. */
static int
insert_entry(struct mh_vault *v, int type, const char *s, size_t n,
    unsigned long num, const struct vkey *k)
{
	struct entry *e;

	if ((v->ne + 1) * 2 > v->cap && grow(v) == -1)
		return -1;
	if (v->ne == v->cape) {
		size_t nc = v->cape ? v->cape * 2 : 64;
		struct entry *p = realloc(v->e, nc * sizeof(*p));
		if (p == NULL)
			return -1;
		v->e = p;
		v->cape = nc;
	}
	e = &v->e[v->ne];
	if ((e->val = value_room(v, n + 1)) == NULL)
		return -1;
	v->blk->used += n + 1;
	memcpy(e->val, s, n);
	e->val[n] = '\0';
	e->len = n;
	e->num = num;
	e->type = type;
	index_entry(v, v->ne, k);
	v->ne++;
	if (num >= v->next[type])
		v->next[type] = num + 1;
	return 0;
}

/* Add an entry unless it conflicts with a known one, as a line of the
 * file may.  Returns 1 when added, 0 when skipped, -1 on ENOMEM. */
static int
add_entry(struct mh_vault *v, int type, const char *s, size_t n,
    unsigned long num)
{
	struct vkey k;

	if (type < 0 || type >= MH_SCAN_NTYPES || num == 0)
		return 0;
	key_of(type, s, n, &k);
	if (find_key(v, &k, s, n) || find_num(v, type, num))
		return 0;
	return insert_entry(v, type, s, n, num, &k) == -1 ? -1 : 1;
}

/* The number after "n": in a line that is no entry, or 0. */
static unsigned long
damaged_number(const char *s, size_t n)
{
	static const char key[] = "\"n\":";
	unsigned long num = 0;

	for (size_t k = 0; k + sizeof(key) - 1 < n; k++) {
		if (memcmp(s + k, key, sizeof(key) - 1) != 0)
			continue;
		for (k += sizeof(key) - 1; k < n && s[k] == ' '; k++)
			;
		for (; k < n && s[k] >= '0' && s[k] <= '9' && num < 1000000000;
		     k++)
			num = num * 10 + (unsigned long)(s[k] - '0');
		return num < 1000000000 ? num : 0;
	}
	return 0;
}

/* A complete line of the file that is no entry: edited by hand, a
 * byte-order mark an editor put first, a write torn by a crash that the
 * next append ended.  Skipped, but its number is kept from every other
 * value: given again, a placeholder redacted with it would restore as
 * another person's name.  The number read from the line where it can
 * be; its type cannot be trusted, so that number is passed over in every
 * type, and, where no number can be read, the next of every type (the
 * file is appended under a lock, numbers of a type rising: the lost line
 * held the next of its type as the lines before it stand). */
static void
skip_damaged(struct mh_vault *v, const char *s, size_t n)
{
	unsigned long num = damaged_number(s, n);

	v->damaged++;
	if (v->first_damaged == 0)
		v->first_damaged = v->lines;
	for (int t = 0; t < MH_SCAN_NTYPES; t++) {
		unsigned long f = (num ? num : v->next[t]) + 1;
		if (f > v->floor[t])
			v->floor[t] = f;
		if (v->floor[t] > v->next[t])
			v->next[t] = v->floor[t];
	}
}

/* A line as mh_vault_assign() writes it, {"type":"T","n":N,"value":"V"}
 * with no escape in V (nearly every value): its parts, without a JSON
 * parser, which cost a vault of 5,000 entries 6 ms of CPU at each start
 * (the tool runs once per message in scripts).  0 for any other line,
 * which jansson reads as before: an escape, a control byte, invalid
 * UTF-8, members in another order or with blanks. */
static int
plain_entry(const char *s, size_t n, int *type, unsigned long *num,
    const char **val, size_t *vlen)
{
	static const char t0[] = "{\"type\":\"",
	                  n0[] = "\",\"n\":", v0[] = ",\"value\":\"";
	size_t p = sizeof(t0) - 1, b;
	unsigned long k = 0;

	if (n < p || memcmp(s, t0, p) != 0)
		return 0;
	for (b = p; p < n && s[p] >= 'A' && s[p] <= 'Z'; p++)
		;
	if ((*type = mh_scan_type_from_name(s + b, p - b)) < 0 ||
	    n - p < sizeof(n0) - 1 || memcmp(s + p, n0, sizeof(n0) - 1) != 0)
		return 0;
	p += sizeof(n0) - 1;
	for (b = p; p < n && s[p] >= '0' && s[p] <= '9' && p - b < 9; p++)
		k = k * 10 + (unsigned long)(s[p] - '0');
	if (p == b || s[b] == '0' || n - p < sizeof(v0) - 1 ||
	    memcmp(s + p, v0, sizeof(v0) - 1) != 0)
		return 0;
	p += sizeof(v0) - 1;
	for (b = p; p < n && s[p] != '"'; p++)
		if (s[p] == '\\' || (unsigned char)s[p] < 0x20)
			return 0;
	if (p + 2 != n || s[p + 1] != '}' || !mh_utf8_valid(s + b, p - b))
		return 0;
	*num = k;
	*val = s + b;
	*vlen = p - b;
	return 1;
}

size_t
mh_vault_damaged(const struct mh_vault *v, size_t *first)
{
	*first = v->first_damaged;
	return v->damaged;
}

size_t
mh_vault_parse(struct mh_vault *v, const char *s, size_t n)
{
	size_t p = 0, used = 0;

	while (p < n) {
		const char *nl = memchr(s + p, '\n', n - p);
		if (nl == NULL)
			break; /* an incomplete (or torn) last line */
		size_t len = (size_t)(nl - (s + p)), b = p;
		json_error_t je;
		p += len + 1;
		used = p;
		v->lines++;
		/* a byte-order mark before the first line (an editor's) */
		if (v->lines == 1 && len >= 3 &&
		    memcmp(s + b, "\xEF\xBB\xBF", 3) == 0) {
			b += 3;
			len -= 3;
		}
		if (len == 0)
			continue; /* an empty line holds no number */
		int pt;
		unsigned long pn;
		const char *pv;
		size_t pl;
		if (plain_entry(s + b, len, &pt, &pn, &pv, &pl)) {
			if (add_entry(v, pt, pv, pl, pn) == -1)
				return (size_t)-1;
			continue;
		}
		json_t *o = json_loadb(s + b, len, JSON_REJECT_DUPLICATES, &je);
		json_t *jt = json_object_get(o, "type");
		json_t *jn = json_object_get(o, "n");
		json_t *jv = json_object_get(o, "value");
		int type = json_is_string(jt)
		    ? mh_scan_type_from_name(json_string_value(jt),
		          strlen(json_string_value(jt)))
		    : -1;
		if (type < 0 || !json_is_integer(jn) || !json_is_string(jv) ||
		    json_integer_value(jn) <= 0 ||
		    json_integer_value(jn) >= 1000000000) {
			json_decref(o);
			skip_damaged(v, s + b, len);
			continue;
		}
		if (add_entry(v, type, json_string_value(jv),
		        json_string_length(jv),
		        (unsigned long)json_integer_value(jn)) == -1) {
			json_decref(o);
			return (size_t)-1;
		}
		json_decref(o);
	}
	return used;
}

/* Read what was appended to the file since the last read. */
static int
sync_file(struct mh_vault *v, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	off_t end;
	size_t used;

	if (mh_store_read_from(v->st, v->off, &b, &end, err, errsize) == -1)
		return -1;
	used = b.len ? mh_vault_parse(v, b.p, b.len) : 0;
	mh_buf_wipe(&b);
	if (used == (size_t)-1) {
		snprintf(err, errsize, "vault: %s", strerror(ENOMEM));
		return -1;
	}
	v->off += (off_t)used;
	return 0;
}

struct mh_vault *
mh_vault_new(const char *path, int create, char *err, size_t errsize)
{
	struct mh_vault *v = calloc(1, sizeof(*v));

	if (v == NULL) {
		snprintf(err, errsize, "%s", strerror(ENOMEM));
		return NULL;
	}
	for (int t = 0; t < MH_SCAN_NTYPES; t++)
		v->next[t] = 1;
	if (path == NULL)
		return v;
	if ((v->st = mh_store_open(path, create, err, errsize)) == NULL) {
		free(v);
		return NULL;
	}
	if (mh_store_lock(v->st, 0) == -1) {
		snprintf(err, errsize, "%s: lock: %s", path, strerror(errno));
		mh_vault_free(v);
		return NULL;
	}
	int r = sync_file(v, err, errsize);
	mh_store_unlock(v->st);
	if (r == -1) {
		mh_vault_free(v);
		return NULL;
	}
	return v;
}

void
mh_vault_free(struct mh_vault *v)
{
	if (v == NULL)
		return;
	drop_values(v, NULL, 0);
	free(v->e);
	free(v->slots);
	free(v->bynum);
	if (v->st)
		mh_store_close(v->st);
	mh_buf_wipe(&v->line);
	free(v);
}

size_t
mh_vault_count(const struct mh_vault *v)
{
	return v->ne;
}

/* Number the spans whose values are known, up to the first whose value
 * is not: its index, n when all are known (and no lock or write is
 * needed), number_new()'s from.  The spans are read as the scanner gives
 * them, not copied into arrays of types, values and lengths first, which
 * cost a third as much as the lookups.  Inline: in memory only it is
 * the whole of a line whose values are all known. */
static inline size_t
first_unknown(struct mh_vault *v, const char *s, const struct mh_scan_span *sp,
    size_t n, unsigned long *nums)
{
	size_t k;

	if (v->cap == 0)
		return 0;
	/* the tables read once: for all the compiler knows, a number
	 * stored may change them (a size_t is an unsigned long) */
	const struct vslot *byval = v->byval;
	const struct entry *e = v->e;
	const size_t mask = v->cap - 1;

	for (k = 0; k < n; k++) {
		const char *val = s + sp[k].start;
		size_t len = sp[k].end - sp[k].start;
		struct vkey key;

		key_of(sp[k].type, val, len, &key);
		if ((nums[k] = find_in(byval, mask, e, &key, val, len)) == 0)
			break;
	}
	return k;
}

/* Number the spans from the one at from on (those before are numbered:
 * first_unknown()), adding the values not known (with a file, the caller
 * has the lock), and append the new ones to the file.
 * Returns 0, or -1 with a message in err, having forgotten the numbers
 * it gave. */
static int
number_new(struct mh_vault *v, const char *s, const struct mh_scan_span *sp,
    size_t n, size_t from, unsigned long *nums, char *err, size_t errsize)
{
	size_t first_new, mark_used;
	struct block *mark;

	first_new = v->ne;
	mark = v->blk;
	mark_used = mark ? mark->used : 0;
	mh_buf_reset(&v->line);
	for (size_t k = from; k < n; k++) {
		int type = sp[k].type;
		const char *val = s + sp[k].start;
		size_t len = sp[k].end - sp[k].start;
		struct vkey key;
		key_of(type, val, len, &key);
		if ((nums[k] = find_key(v, &key, val, len)) != 0)
			continue; /* known, or twice in this batch */
		/* new: neither the value (just looked up) nor the number
		 * (above every number of its type) is known, and the type is
		 * the scanner's; add_entry()'s tests of that again were a
		 * third of the cost of adding a value */
		unsigned long num = v->next[type];
		if (insert_entry(v, type, val, len, num, &key) == -1) {
			snprintf(err, errsize, "vault: %s", strerror(ENOMEM));
			goto undo;
		}
		nums[k] = num;
		if (v->st &&
		    (mh_buf_addf(&v->line,
		         "{\"type\":\"%s\",\"n\":%lu,"
		         "\"value\":",
		         mh_scan_type_name(type), num) == -1 ||
		        mh_json_quote(&v->line, val, len) == -1 ||
		        mh_buf_adds(&v->line, "}\n") == -1)) {
			snprintf(err, errsize, "vault: %s", strerror(ENOMEM));
			goto undo;
		}
	}
	if (v->st && v->line.len) {
		if (mh_store_append_locked(v->st, v->line.p, v->line.len, err,
		        errsize) == -1)
			goto undo;
		/* our own lines need no re-reading */
		struct mh_buf skip = {0};
		off_t end;
		if (mh_store_read_from(v->st, v->off, &skip, &end, err,
		        errsize) == 0)
			v->off = end;
		mh_buf_wipe(&skip);
	}
	return 0;
undo:
	/* Forget the numbers given in this call: they never reached the
	 * file, and nothing redacted with them is written. */
	v->ne = first_new;
	drop_values(v, mark, mark_used);
	for (int t = 0; t < MH_SCAN_NTYPES; t++)
		v->next[t] = v->floor[t] > 1 ? v->floor[t] : 1;
	for (size_t k = 0; k < v->ne; k++)
		if (v->e[k].num >= v->next[v->e[k].type])
			v->next[v->e[k].type] = v->e[k].num + 1;
	memset(v->byval, 0, v->cap * sizeof(*v->byval));
	if (v->bynum != NULL)
		memset(v->bynum, 0, v->cap * sizeof(*v->bynum));
	index_all(v);
	return -1;
}

int
mh_vault_assign(struct mh_vault *v, const char *s,
    const struct mh_scan_span *sp, size_t n, unsigned long *nums, char *err,
    size_t errsize)
{
	int r = -1;
	size_t k;

	/* The known values are looked up first, in a loop that needs none
	 * of number_new()'s set-up (half the cost of a line whose values
	 * were all known: 0.3 M instructions on rb.txt), and from the
	 * first new one on (which is looked up again) in number_new(); with
	 * a file, the lock is taken and the file read only when a value is
	 * new. */
	if ((k = first_unknown(v, s, sp, n, nums)) == n)
		return 0;
	if (v->st == NULL)
		return number_new(v, s, sp, n, k, nums, err, errsize);
	if (mh_store_lock(v->st, 1) == -1) {
		snprintf(err, errsize, "vault: lock: %s", strerror(errno));
		return -1;
	}
	if (sync_file(v, err, errsize) == -1)
		goto out;
	if ((k = first_unknown(v, s, sp, n, nums)) == n) {
		r = 0;
		goto out;
	}
	r = number_new(v, s, sp, n, k, nums, err, errsize);
out:
	mh_store_unlock(v->st);
	return r;
}

const char *
mh_vault_lookup(struct mh_vault *v, int type, unsigned long num, size_t *len)
{
	size_t x = find_num(v, type, num);
	char err[256];

	if (x == 0 && v->st && mh_store_lock(v->st, 0) == 0) {
		if (sync_file(v, err, sizeof(err)) == 0)
			x = find_num(v, type, num);
		mh_store_unlock(v->st);
	}
	if (x == 0)
		return NULL;
	*len = v->e[x - 1].len;
	return v->e[x - 1].val;
}
