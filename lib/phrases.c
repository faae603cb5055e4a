/* phrases: see phrases.h. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phrases.h"
#include "util.h"

/* Longest entry kept: a line longer than this is no identifier's
 * spelling, and is refused with its line number. */
#define PHRASE_MAX 256

struct mh_phrases {
	char *text;       /* the entries' folded bytes, one after another */
	size_t *at, *len; /* each entry's offset and length in text */
	size_t n;
	uint32_t *slot; /* open addressing: entry index + 1, 0 for none */
	size_t nslot;   /* a power of two, at least twice n */
};

static int
blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Fold n bytes of s into out (PHRASE_MAX bytes at least): ASCII lower
 * case, each run of blanks one space, none at either end.  Returns the
 * folded length, or PHRASE_MAX + 1 when it would not fit. */
static size_t
fold(const char *s, size_t n, char *out)
{
	size_t k = 0, i = 0;

	while (i < n && blank((unsigned char)s[i]))
		i++;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (blank(c)) {
			while (i < n && blank((unsigned char)s[i]))
				i++;
			if (i == n)
				break;
			c = ' ';
		} else {
			i++;
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
		}
		if (k == PHRASE_MAX)
			return PHRASE_MAX + 1;
		out[k++] = (char)c;
	}
	return k;
}

/* The slot of the folded entry f of n bytes: its own, or the empty one
 * where it would go. */
static size_t
find(const struct mh_phrases *p, const char *f, size_t n)
{
	size_t i = mh_fnv1a(f, n) & (p->nslot - 1);

	while (p->slot[i] != 0) {
		size_t e = p->slot[i] - 1;
		if (p->len[e] == n && memcmp(p->text + p->at[e], f, n) == 0)
			break;
		i = (i + 1) & (p->nslot - 1);
	}
	return i;
}

struct mh_phrases *
mh_phrases_parse(const char *text, size_t len, const char *name, char *err,
    size_t errsize)
{
	struct mh_phrases *p = NULL;
	size_t lines = 1, i = 0, lineno = 0, used = 0;
	char f[PHRASE_MAX];

	for (size_t k = 0; k < len; k++)
		lines += text[k] == '\n';
	if ((p = calloc(1, sizeof(*p))) == NULL)
		goto nomem;
	for (p->nslot = 16; p->nslot < 2 * lines; p->nslot *= 2)
		;
	/* the folded entries are no longer than the text */
	if ((p->text = malloc(len + 1)) == NULL ||
	    (p->at = calloc(lines, sizeof(*p->at))) == NULL ||
	    (p->len = calloc(lines, sizeof(*p->len))) == NULL ||
	    (p->slot = calloc(p->nslot, sizeof(*p->slot))) == NULL)
		goto nomem;
	while (i < len) {
		const char *line = text + i, *nl = memchr(line, '\n', len - i);
		const char *hash_mark;
		size_t n = nl ? (size_t)(nl - line) : len - i, fl, s;

		i += n + 1;
		lineno++;
		if ((hash_mark = memchr(line, '#', n)) != NULL)
			n = (size_t)(hash_mark - line);
		if ((fl = fold(line, n, f)) == 0)
			continue;
		if (fl > PHRASE_MAX) {
			snprintf(err, errsize,
			    "%s:%zu: entry longer than %d bytes", name, lineno,
			    PHRASE_MAX);
			goto fail;
		}
		s = find(p, f, fl);
		if (p->slot[s] != 0)
			continue;
		memcpy(p->text + used, f, fl);
		p->at[p->n] = used;
		p->len[p->n] = fl;
		used += fl;
		p->slot[s] = (uint32_t)++p->n;
	}
	return p;
nomem:
	snprintf(err, errsize, "%s", strerror(ENOMEM));
fail:
	mh_phrases_free(p);
	return NULL;
}

int
mh_phrases_has(const struct mh_phrases *p, const char *s, size_t n)
{
	char f[PHRASE_MAX];
	size_t fl;

	if (p == NULL || p->n == 0 || (fl = fold(s, n, f)) == 0 ||
	    fl > PHRASE_MAX)
		return 0;
	return p->slot[find(p, f, fl)] != 0;
}

size_t
mh_phrases_count(const struct mh_phrases *p)
{
	return p ? p->n : 0;
}

void
mh_phrases_free(struct mh_phrases *p)
{
	if (p == NULL)
		return;
	free(p->text);
	free(p->at);
	free(p->len);
	free(p->slot);
	free(p);
}
