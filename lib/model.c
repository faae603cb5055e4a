/* model: a logistic regression over words and word pairs; see model.h. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image.h"
#include "model.h"
#include "util.h"

#define MAX_FILE ((size_t)8 << 20)
#define MAX_FEATURES 200000
#define MAX_CHECKS 16
#define FILTER_BITS (1u << 17)
#define FILTER_SHIFT 47 /* 64 - log2(FILTER_BITS) */

struct mh_model {
	/* an open-addressed table: the keys (0: an empty slot) apart from
	 * their weights, so that a probe reads only the keys */
	uint64_t *keys;
	double *w;
	size_t mask;
	/* a bit per key (its top bits): most word pairs of a text are no
	 * feature, and one test turns them away */
	uint64_t bits[FILTER_BITS / 64];
	double bias, threshold;
	/* the threshold as a sum of weights (its logit): a text is judged
	 * without exp() unless its sum is within a hair of this */
	double zthreshold;
	/* the probability at or above which the second opinion alone asks
	 * for the crisis response; 0: it never does (no "crisis" line) */
	double crisis;
	/* a text of more than this many words has its sum of weights
	 * scaled by sqrt(length / words); 0: never */
	double length;
	char *checks[MAX_CHECKS];
	double checkp[MAX_CHECKS];
	size_t nchecks;
	/* keys, w and checks are the build's image's (from_image): never
	 * freed */
	int imaged;
};

struct mh_model_score {
	double z, top;
	size_t words; /* of the text so far */
	size_t top_start, top_end;
	unsigned gen;
	/* per slot of the model's table: the text that last counted it */
	unsigned *stamp;
	size_t nslots;
};

/* A word's key is its lexicon hash, already well mixed; a pair's is a
 * multiply and a rotation of the two.  0 marks an empty slot, so a key
 * never is 0. */
static inline uint64_t
word_key(uint64_t h)
{
	return h ? h : 1;
}

static inline uint64_t
pair_key(uint64_t h1, uint64_t h2)
{
	uint64_t x = h1 * 0x9e3779b97f4a7c15ULL ^ (h2 << 23 | h2 >> 41);

	return x ? x : 2;
}

static size_t
slot(const struct mh_model *m, uint64_t key)
{
	/* the key's top bits after a multiply: keys read from a file may
	 * share their low bits */
	size_t i = (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 32) & m->mask;

	while (m->keys[i] != 0 && m->keys[i] != key)
		i = (i + 1) & m->mask;
	return i;
}

/* A number as the trainer writes it: an optional '-', up to nine digits,
 * and up to six more after a '.' ("-0.165920"), read exactly as
 * millionths (at most 15 digits: no overflow). */
static int
millionths(const char *s, double *v)
{
	long long n = 0;
	int neg = *s == '-', digits = 0, frac = -1;

	s += neg;
	for (; *s != '\0'; s++) {
		if (*s == '.' && frac < 0) {
			frac = 0;
			continue;
		}
		if (*s < '0' || *s > '9' || frac == 6 ||
		    (frac < 0 && digits == 9))
			return -1;
		n = n * 10 + (*s - '0');
		digits++;
		if (frac >= 0)
			frac++;
	}
	if (digits == 0 || frac == 0)
		return -1;
	for (frac = frac < 0 ? 0 : frac; frac < 6; frac++)
		n *= 10;
	*v = (neg ? -(double)n : (double)n) / 1e6;
	return 0;
}

/* Sixteen hex digits, not all 0. */
static int
hex_key(const char *s, uint64_t *key)
{
	uint64_t k = 0;
	int i;

	for (i = 0; i < 16; i++) {
		int c = (unsigned char)s[i], d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else
			return -1;
		k = k << 4 | (uint64_t)d;
	}
	if (s[16] != '\0' || k == 0)
		return -1;
	*key = k;
	return 0;
}

static int
bad(char *err, size_t errsize, const char *path, size_t line, const char *what)
{
	snprintf(err, errsize, "%s:%zu: %s", path, line, what);
	errno = EINVAL;
	return -1;
}

/* The filter of keys (see struct mh_model): add one, ask of one. */
static inline void
filter_add(struct mh_model *m, uint64_t key)
{
	uint64_t b = key >> FILTER_SHIFT;

	m->bits[b >> 6] |= 1ULL << (b & 63);
}

static inline int
maybe(const struct mh_model *m, uint64_t key)
{
	uint64_t b = key >> FILTER_SHIFT;

	return (int)((m->bits[b >> 6] >> (b & 63)) & 1);
}

static void
set_threshold(struct mh_model *m, double t)
{
	m->threshold = t;
	m->zthreshold = log(t / (1 - t));
}

static int
parse(struct mh_model *m, char *p, size_t len, const char *path, char *err,
    size_t errsize)
{
	size_t line = 0, cap;
	char *end = p + len, *q;
	int have_bias = 0, have_threshold = 0, have_crisis = 0, have_length = 0;

	/* size the table from the number of lines: at most half full */
	for (q = p, cap = 1; (q = memchr(q, '\n', (size_t)(end - q))) != NULL;
	     q++)
		cap++;
	if (cap > MAX_FEATURES)
		return bad(err, errsize, path, cap, "too many lines");
	for (m->mask = 255; m->mask + 1 < 2 * cap; m->mask = m->mask * 2 + 1)
		;
	if ((m->keys = calloc(m->mask + 1, sizeof *m->keys)) == NULL ||
	    (m->w = calloc(m->mask + 1, sizeof *m->w)) == NULL)
		return -1;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p)), *f[4] = {0};
		size_t nf = 0;
		double v;

		if (nl == NULL)
			nl = end;
		*nl = '\0';
		line++;
		if (*p == '#' || *p == '\0') {
			p = nl + 1;
			continue;
		}
		f[nf++] = p;
		for (q = p; nf < 4 &&
		     (q = memchr(q, '\t', (size_t)(nl - q))) != NULL;) {
			*q++ = '\0';
			f[nf++] = q;
		}
		if (nf < 2 ||
		    (f[0][0] == 'c' && strcmp(f[0], "check") == 0
		            ? mh_parse_double(f[1], 0, 1, &v) != 0
		            : millionths(f[1], &v) != 0))
			return bad(err, errsize, path, line,
			    "not a name, a tab and a number");
		if (f[0][0] == 'w' && f[0][1] == '\0' && (nf == 3 || nf == 4)) {
			char *sp = strchr(f[2], ' ');
			size_t n1 =
			    sp != NULL ? (size_t)(sp - f[2]) : strlen(f[2]);
			uint64_t h1, h2, key;
			size_t e;

			/* one word, or two apart by one blank; with the
			 * trainer's key they need no cutting again (the unit
			 * tests compare C with the trainer's checks, which a
			 * key made otherwise than C makes it would fail) */
			if (n1 == 0 ||
			    (sp != NULL &&
			        (sp[1] == '\0' || strchr(sp + 1, ' '))) ||
			    (nf == 3 &&
			        (!mh_lexicon_word(f[2], n1, &h1) ||
			            (sp != NULL &&
			                !mh_lexicon_word(sp + 1, strlen(sp + 1),
			                    &h2)))))
				return bad(err, errsize, path, line,
				    "a feature is one word or two words "
				    "apart by one blank");
			if (nf == 3)
				key = sp == NULL ? word_key(h1)
				                 : pair_key(h1, h2);
			else if (hex_key(f[3], &key) != 0)
				return bad(err, errsize, path, line,
				    "a key is 16 hex digits, not 0");
			e = slot(m, key);
			if (m->keys[e] != 0)
				return bad(err, errsize, path, line,
				    "a feature given twice");
			m->keys[e] = key;
			m->w[e] = v;
			filter_add(m, key);
		} else if (strcmp(f[0], "bias") == 0 && nf == 2) {
			if (have_bias)
				return bad(err, errsize, path, line,
				    "a bias given twice");
			m->bias = v;
			have_bias = 1;
		} else if (strcmp(f[0], "threshold") == 0 && nf == 2) {
			if (v <= 0 || v >= 1)
				return bad(err, errsize, path, line,
				    "the threshold is not between 0 and 1");
			if (have_threshold)
				return bad(err, errsize, path, line,
				    "a threshold given twice");
			set_threshold(m, v);
			have_threshold = 1;
		} else if (strcmp(f[0], "crisis") == 0 && nf == 2) {
			if (v <= 0 || v >= 1)
				return bad(err, errsize, path, line,
				    "the crisis threshold is not between 0 "
				    "and 1");
			if (have_crisis)
				return bad(err, errsize, path, line,
				    "a crisis threshold given twice");
			m->crisis = v;
			have_crisis = 1;
		} else if (strcmp(f[0], "length") == 0 && nf == 2) {
			if (v < 1 || v > 10000)
				return bad(err, errsize, path, line,
				    "the length is not between 1 and 10000");
			if (have_length)
				return bad(err, errsize, path, line,
				    "a length given twice");
			m->length = v;
			have_length = 1;
		} else if (strcmp(f[0], "check") == 0 && nf == 3) {
			if (m->nchecks == MAX_CHECKS)
				return bad(err, errsize, path, line,
				    "too many checks");
			if ((m->checks[m->nchecks] = strdup(f[2])) == NULL)
				return -1;
			m->checkp[m->nchecks++] = v;
		} else
			return bad(err, errsize, path, line,
			    "not a bias, threshold, crisis, length, check "
			    "or w line");
		p = nl + 1;
	}
	if (!have_bias || !have_threshold)
		return bad(err, errsize, path, line, "no bias or threshold");
	if (have_crisis && m->crisis < m->threshold)
		return bad(err, errsize, path, line,
		    "the crisis threshold is below the threshold");
	return 0;
}

/* ---- the build's image of the model (lib/image.h) ---- */

/* An image: magic, the length of the file it was parsed from, mask,
 * bias, threshold (their bits), nchecks, crisis and length (their
 * bits); the file
 * itself (NUL-padded to whole words), so that only the very same file is
 * read from the image;
 * each check's probability (its bits), length and text (NUL-terminated,
 * in whole words); the keys; the filter's words.  The weights are an
 * array of their own (mh_model_weights), read as doubles where they
 * lie. */
#define IMAGE_MAGIC 0x344d49444f4d484dULL /* "MHMODIM4" */
#define IMAGE_HEAD 8

static uint64_t
bits_of(double v)
{
	uint64_t u;

	memcpy(&u, &v, sizeof u);
	return u;
}

static double
double_of(uint64_t u)
{
	double v;

	memcpy(&v, &u, sizeof v);
	return v;
}

/* Does the image hold a model parsed from a file of n bytes, by a head
 * this code would have written? */
static int
image_of(size_t n)
{
	const uint64_t *img = mh_model_image;
	size_t words = mh_model_image_size / 8;

	return words >= IMAGE_HEAD && img[0] == IMAGE_MAGIC && img[1] == n &&
	    img[2] <= MAX_FEATURES * 4 && (img[2] & (img[2] + 1)) == 0 &&
	    img[5] <= MAX_CHECKS && words - IMAGE_HEAD >= n / 8 + 1;
}

/* The model in the image, whose file (n bytes, image_of(n)) is known to
 * be byte for byte the one at hand.  NULL for an image this code would
 * not have written (each key must sit where slot() puts it and pass the
 * filter), or on ENOMEM: the caller parses the file then. */
static struct mh_model *
image_model(size_t n)
{
	const uint64_t *img = mh_model_image;
	size_t words = mh_model_image_size / 8, at, slots, used = 0;
	struct mh_model *m;

	if ((m = calloc(1, sizeof *m)) == NULL)
		return NULL;
	m->imaged = 1;
	m->mask = (size_t)img[2];
	m->bias = double_of(img[3]);
	set_threshold(m, double_of(img[4]));
	m->crisis = double_of(img[6]);
	m->length = double_of(img[7]);
	at = IMAGE_HEAD + n / 8 + 1;
	for (size_t k = 0; k < img[5]; k++) {
		size_t len;

		if (words - at < 2 ||
		    (len = (size_t)img[at + 1]) / 8 + 1 > words - at - 2)
			goto bad;
		m->checkp[k] = double_of(img[at]);
		m->checks[k] = (char *)(uintptr_t)(img + at + 2);
		if (m->checks[k][len] != '\0')
			goto bad;
		at += 2 + len / 8 + 1;
		m->nchecks++;
	}
	slots = m->mask + 1;
	if (words - at != slots + FILTER_BITS / 64 ||
	    mh_model_weights_count != slots)
		goto bad;
	m->keys = (uint64_t *)(uintptr_t)(img + at);
	m->w = (double *)(uintptr_t)mh_model_weights;
	memcpy(m->bits, img + at + slots, sizeof m->bits);
	/* the image is the build's own, of this very file (compared
	 * above): that each key sits where slot() puts it the unit tests
	 * check on the image the build makes, not every start (16,000 keys
	 * cost a tenth of a millisecond); a probe must meet an empty slot */
	for (size_t i = 0; i < slots; i++)
		used += m->keys[i] != 0;
	if (used == slots)
		goto bad;
	return m;
bad:
	free(m);
	return NULL;
}

/* The model in the image, when it was parsed from the n bytes at p:
 * byte for byte the same file; else NULL, as image_model. */
static struct mh_model *
from_image(const char *p, size_t n)
{
	if (!image_of(n) || memcmp(mh_model_image + IMAGE_HEAD, p, n) != 0)
		return NULL;
	return image_model(n);
}

/* The model in the image, when the file at path is byte for byte the
 * one it was parsed from; NULL when it is not or cannot be read (the
 * caller reads it then, and says why).  The file is compared as it is
 * read, a chunk at a time: read whole into a buffer only to be compared,
 * it cost a page fault for each 4 KB, half of mh-screen's at start-up. */
static struct mh_model *
load_image(const char *path)
{
	const char *img = (const char *)(mh_model_image + IMAGE_HEAD);
	char chunk[16384];
	struct stat st;
	size_t n, at = 0;
	ssize_t got = -1;
	int fd, same = 1;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    !image_of(n = (size_t)st.st_size)) {
		close(fd);
		return NULL;
	}
	while (same) {
		got = read(fd, chunk, sizeof chunk);
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		/* a file that grew since fstat is not the same */
		same = (size_t)got <= n - at &&
		    memcmp(img + at, chunk, (size_t)got) == 0;
		at += (size_t)got;
	}
	close(fd);
	return same && got == 0 && at == n ? image_model(n) : NULL;
}

size_t
mh_model_save(const struct mh_model *m, const char *file, size_t file_len,
    uint64_t *img, size_t size)
{
	size_t need = IMAGE_HEAD + file_len / 8 + 1, at;

	for (size_t k = 0; k < m->nchecks; k++)
		need += 2 + strlen(m->checks[k]) / 8 + 1;
	need += m->mask + 1 + FILTER_BITS / 64;
	need *= 8;
	if (size < need)
		return need;
	memset(img, 0, need);
	img[0] = IMAGE_MAGIC;
	img[1] = file_len;
	img[2] = m->mask;
	img[3] = bits_of(m->bias);
	img[4] = bits_of(m->threshold);
	img[5] = m->nchecks;
	img[6] = bits_of(m->crisis);
	img[7] = bits_of(m->length);
	if (file_len > 0)
		memcpy(img + IMAGE_HEAD, file, file_len);
	at = IMAGE_HEAD + file_len / 8 + 1;
	for (size_t k = 0; k < m->nchecks; k++) {
		size_t len = strlen(m->checks[k]);

		img[at] = bits_of(m->checkp[k]);
		img[at + 1] = len;
		memcpy(img + at + 2, m->checks[k], len);
		at += 2 + len / 8 + 1;
	}
	memcpy(img + at, m->keys, (m->mask + 1) * sizeof *m->keys);
	at += m->mask + 1;
	memcpy(img + at, m->bits, sizeof m->bits);
	return need;
}

const double *
mh_model_weights_of(const struct mh_model *m, size_t *n)
{
	*n = m->mask + 1;
	return m->w;
}

int
mh_model_imaged(const struct mh_model *m)
{
	return m->imaged;
}

/* Parse the n bytes at p (p[n] may be written: the buffer is the
 * caller's to lose) into a new model. */
static struct mh_model *
parse_owned(char *p, size_t n, const char *name, char *err, size_t errsize)
{
	struct mh_model *m = calloc(1, sizeof *m);
	int rc = 0;

	errno = 0;
	if (m == NULL ||
	    (n > 0 && (rc = parse(m, p, n, name, err, errsize)) != 0) ||
	    m->keys == NULL) {
		int e = m == NULL || (errno != 0 && errno != EINVAL) ? ENOMEM
		                                                     : EINVAL;

		if (e == ENOMEM)
			snprintf(err, errsize, "%s: %s", name, strerror(e));
		else if (rc == 0)
			snprintf(err, errsize, "%s: empty", name);
		mh_model_free(m);
		errno = e;
		return NULL;
	}
	return m;
}

struct mh_model *
mh_model_parse(const char *s, size_t n, const char *name, char *err,
    size_t errsize)
{
	char *copy;
	struct mh_model *m;

	if ((m = from_image(s, n)) != NULL)
		return m;
	if ((copy = malloc(n + 1)) == NULL) {
		snprintf(err, errsize, "%s: %s", name, strerror(ENOMEM));
		errno = ENOMEM;
		return NULL;
	}
	memcpy(copy, s, n);
	copy[n] = '\0';
	m = parse_owned(copy, n, name, err, errsize);
	free(copy);
	return m;
}

struct mh_model *
mh_model_load(const char *path, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	struct mh_model *m;

	if ((m = load_image(path)) != NULL)
		return m;
	if (mh_read_file(path, MAX_FILE, &b) != 0) {
		int e = errno;

		snprintf(err, errsize, "%s: %s", path, strerror(e));
		mh_buf_free(&b);
		errno = e;
		return NULL;
	}
	if ((m = from_image(b.p, b.len)) == NULL)
		m = parse_owned(b.p, b.len, path, err, errsize);
	mh_buf_free(&b);
	return m;
}

void
mh_model_free(struct mh_model *m)
{
	if (m == NULL)
		return;
	if (!m->imaged) {
		for (size_t k = 0; k < m->nchecks; k++)
			free(m->checks[k]);
		free(m->keys);
		free(m->w);
	}
	free(m);
}

double
mh_model_threshold(const struct mh_model *m)
{
	return m->threshold;
}

double
mh_model_crisis(const struct mh_model *m)
{
	return m->crisis;
}

/* The text's sum of weights and the bias: a long text's weights scaled
 * down (the trainer's LENGTH). */
static double
sum(const struct mh_model *m, const struct mh_model_score *sc)
{
	double n = (double)sc->words;

	if (m->length > 0 && n > m->length)
		return m->bias + sc->z * sqrt(m->length / n);
	return m->bias + sc->z;
}

int
mh_model_reaches(const struct mh_model *m, const struct mh_model_score *sc,
    size_t *start, size_t *end)
{
	double z = sum(m, sc), zt = m->zthreshold;

	if (start != NULL) {
		*start = sc->top_start;
		*end = sc->top_end;
	}
	/* the sigmoid rises, so comparing sums decides; at the very edge,
	 * where rounding might, and past the clamp of mh_model_prob, the
	 * probability itself does */
	if (zt > -29 && zt < 29) {
		if (z > zt + 1e-9)
			return 1;
		if (z < zt - 1e-9)
			return 0;
	}
	return mh_model_prob(m, sc, NULL, NULL) >= m->threshold;
}

const char *
mh_model_check(const struct mh_model *m, size_t k, double *p)
{
	if (k >= m->nchecks)
		return NULL;
	*p = m->checkp[k];
	return m->checks[k];
}

struct mh_model_score *
mh_model_score_new(const struct mh_model *m)
{
	struct mh_model_score *sc = calloc(1, sizeof *sc);

	if (sc == NULL)
		return NULL;
	sc->nslots = m->mask + 1;
	if ((sc->stamp = calloc(sc->nslots, sizeof *sc->stamp)) == NULL) {
		free(sc);
		return NULL;
	}
	return sc;
}

void
mh_model_score_free(struct mh_model_score *sc)
{
	if (sc == NULL)
		return;
	free(sc->stamp);
	free(sc);
}

void
mh_model_begin(struct mh_model_score *sc)
{
	sc->z = 0;
	sc->words = 0;
	sc->top = 0;
	sc->top_start = sc->top_end = 0;
	if (++sc->gen == 0) {
		/* after 2^32 texts: start the stamps again */
		memset(sc->stamp, 0, sc->nslots * sizeof *sc->stamp);
		sc->gen = 1;
	}
}

/* Count the feature key once per text, with its words at [a, b).  In
 * line: it is called for about one word and one pair in two. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline void
count(const struct mh_model *m, struct mh_model_score *sc, uint64_t key,
    size_t a, size_t b)
{
	size_t i = slot(m, key);

	/* a feature counts once a text */
	if (m->keys[i] == 0 || sc->stamp[i] == sc->gen)
		return;
	sc->stamp[i] = sc->gen;
	sc->z += m->w[i];
	if (m->w[i] > sc->top) {
		sc->top = m->w[i];
		sc->top_start = a;
		sc->top_end = b;
	}
}

void
mh_model_sentence(const struct mh_model *m, const struct mh_token *t, size_t nt,
    struct mh_model_score *sc)
{
	/* a copy that the compiler keeps in registers: stores through
	 * the stamps could be to *sc, and would send it to memory after
	 * every feature */
	struct mh_model_score s = *sc;

	for (size_t i = 0; i < nt; i++) {
		uint64_t k = word_key(t[i].hash);

		if (maybe(m, k))
			count(m, &s, k, t[i].start, t[i].start + t[i].len);
		if (i > 0 && maybe(m, k = pair_key(t[i - 1].hash, t[i].hash)))
			count(m, &s, k, t[i - 1].start, t[i].start + t[i].len);
	}
	s.words += nt;
	*sc = s;
}

double
mh_model_prob(const struct mh_model *m, const struct mh_model_score *sc,
    size_t *start, size_t *end)
{
	double z = sum(m, sc);

	if (start != NULL) {
		*start = sc->top_start;
		*end = sc->top_end;
	}
	z = z > 30 ? 30 : z < -30 ? -30 : z;
	return 1 / (1 + exp(-z));
}

double
mh_model_text(const struct mh_model *m, const struct mh_lexicon *lex,
    struct mh_model_score *sc, const char *text, size_t len)
{
	struct mh_token t[MH_LEXICON_MAX_SENTENCE];
	size_t pos = 0, nt;

	mh_model_begin(sc);
	while ((nt = mh_lexicon_read(lex, text, len, &pos, t)) > 0) {
		mh_model_sentence(m, t, nt, sc);
	}
	return mh_model_prob(m, sc, NULL, NULL);
}
