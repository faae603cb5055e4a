/* util: growable buffers, checked numbers, UTF-8, paths.  See util.h. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#ifndef MH_DATADIR
#define MH_DATADIR "/usr/local/share/mh"
#endif

int
mh_buf_grow(struct mh_buf *b, size_t n)
{
	size_t want, cap;
	char *p;

	if (n > SIZE_MAX - b->len - 1) {
		errno = ENOMEM;
		return -1;
	}
	want = b->len + n + 1;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap = cap > SIZE_MAX / 2 ? want : cap * 2;
	if ((p = realloc(b->p, cap)) == NULL)
		return -1;
	b->p = p;
	b->cap = cap;
	return 0;
}

int
mh_buf_adds(struct mh_buf *b, const char *s)
{
	return mh_buf_add(b, s, strlen(s));
}

int
mh_buf_vaddf(struct mh_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || mh_buf_reserve(b, (size_t)n) == -1)
		return -1;
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int
mh_buf_addf(struct mh_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = mh_buf_vaddf(b, fmt, ap);
	va_end(ap);
	return rc;
}

void
mh_buf_free(struct mh_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

void
mh_buf_wipe(struct mh_buf *b)
{
	if (b->p)
		explicit_bzero(b->p, b->cap);
	mh_buf_free(b);
}

int
mh_parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (s == NULL || *s == '\0') {
		errno = EINVAL;
		return -1;
	}
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || end == s) {
		errno = EINVAL;
		return -1;
	}
	if (errno == ERANGE || v < min || v > max) {
		errno = ERANGE;
		return -1;
	}
	*out = v;
	return 0;
}

int
mh_parse_double(const char *s, double min, double max, double *out)
{
	char *end;
	double v;

	if (s == NULL || *s == '\0') {
		errno = EINVAL;
		return -1;
	}
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || end == s || isnan(v)) {
		errno = EINVAL;
		return -1;
	}
	if (errno == ERANGE || !isfinite(v) || v < min || v > max) {
		errno = ERANGE;
		return -1;
	}
	*out = v;
	return 0;
}

/* The length of the valid UTF-8 character that the byte s[i], from
 * 0x80, starts in the n bytes at s, or 0. */
static inline size_t
utf8_char(const unsigned char *s, size_t i, size_t n)
{
	unsigned c = s[i], cp, min;
	size_t k;

	if (c >= 0xc2 && c <= 0xdf) {
		/* most of the characters from 0x80 in a text: no need to
		 * look at the code point, which the lead byte says is from
		 * 0x80 and below 0x800 */
		return i + 1 < n && (s[i + 1] & 0xc0) == 0x80 ? 2 : 0;
	} else if (c >= 0xe0 && c <= 0xef) {
		k = 2;
		cp = c & 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		k = 3;
		cp = c & 0x07;
		min = 0x10000;
	} else
		return 0;
	if (i + k >= n)
		return 0;
	for (size_t j = 1; j <= k; j++) {
		if ((s[i + j] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + j] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return k + 1;
}

size_t
mh_utf8_valid_prefix(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t k;

		if (c < 0x80) {
			/* Fast path over ASCII runs, sixteen bytes at a time:
			 * every text is checked, some twice, and most are
			 * ASCII. */
			const unsigned long long high = 0x8080808080808080ULL;
			unsigned long long w[2];

#ifdef __SSE2__
			/* the byte masks say where the first byte from 0x80
			 * is, where the loops below read up to 15 bytes again
			 * one at a time to find it */
			while (i + 16 <= n) {
				unsigned m = (unsigned)_mm_movemask_epi8(
				    _mm_loadu_si128((
				        const __m128i *)(const void *)(s + i)));
				if (m) {
					i += (size_t)__builtin_ctz(m);
					break;
				}
				i += 16;
			}
			/* fewer than 16 left: the text's last 16, which overlap
			 * bytes already passed (masked off) */
			if (i < n && i + 16 > n && n >= 16) {
				unsigned m =
				    (unsigned)_mm_movemask_epi8(_mm_loadu_si128(
				        (const __m128i *)(const void *)(s + n -
				            16)));
				m &= ~0u << (i - (n - 16));
				i = m ? n - 16 + (size_t)__builtin_ctz(m) : n;
			}
			if (i == n || s[i] >= 0x80)
				continue;
#endif
			while (i + 16 <= n) {
				memcpy(w, s + i, 16);
				if ((w[0] | w[1]) & high)
					break;
				i += 16;
			}
			while (i + 8 <= n) {
				memcpy(w, s + i, 8);
				if (w[0] & high)
					break;
				i += 8;
			}
			/* the last few bytes at once: the text's last eight,
			 * which overlap bytes already passed */
			if (i < n && i + 8 > n && n >= 8) {
				memcpy(w, s + n - 8, 8);
				if (!(w[0] & high)) {
					i = n;
					continue;
				}
			}
			while (i < n && s[i] < 0x80)
				i++;
			continue;
		}
		if ((k = utf8_char(s, i, n)) == 0)
			return i;
		i += k;
	}
	return n;
}

int
mh_utf8_valid(const char *s, size_t n)
{
	return mh_utf8_valid_prefix(s, n) == n;
}

int
mh_utf8_text(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, k;

#ifdef __SSE2__
	/* Sixteen bytes a step, for a NUL or a byte from 0x80 at once, and
	 * after a character from 0x80 on from the byte after it: where
	 * memchr() for a NUL and then mh_utf8_valid() were two passes, and
	 * the second went back to the top of its loop for each character
	 * (blk40.txt: 11,700 lines with one, 2.9 M instructions).  The
	 * bytes after the last whole block are read in the text's last 16,
	 * their bits for those before i shifted off. */
	if (n >= 16) {
		const __m128i zero = _mm_setzero_si128();
		unsigned m;

		while (i + 16 <= n) {
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(s + i));

			m = (unsigned)_mm_movemask_epi8(
			    _mm_or_si128(x, _mm_cmpeq_epi8(x, zero)));
			if (m == 0) {
				i += 16;
				continue;
			}
			i += (size_t)__builtin_ctz(m);
			/* a NUL starts no character */
			if ((k = utf8_char(s, i, n)) == 0)
				return 0;
			i += k;
		}
		while (i < n) {
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(s + n - 16));

			m = (unsigned)_mm_movemask_epi8(
			        _mm_or_si128(x, _mm_cmpeq_epi8(x, zero))) >>
			    (i - (n - 16));
			if (m == 0)
				return 1;
			i += (size_t)__builtin_ctz(m);
			if ((k = utf8_char(s, i, n)) == 0)
				return 0;
			i += k;
		}
		return 1;
	}
#endif
	while (i < n) {
		if (s[i] == 0)
			return 0;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_char(s, i, n)) == 0)
			return 0;
		i += k;
	}
	return 1;
}

char *
mh_xdg_path(const char *kind, const char *name)
{
	const char *dir, *home, *def;
	char var[32];
	struct mh_buf b = {0};

	snprintf(var, sizeof(var), "XDG_%s_HOME", kind);
	dir = getenv(var);
	if (strcmp(kind, "CONFIG") == 0)
		def = ".config";
	else if (strcmp(kind, "DATA") == 0)
		def = ".local/share";
	else
		def = ".local/state";
	/* The XDG spec says relative values are to be ignored. */
	if (dir != NULL && dir[0] == '/') {
		if (mh_buf_addf(&b, "%s/mh/%s", dir, name) == -1)
			goto fail;
		return b.p;
	}
	home = getenv("HOME");
	if (home == NULL || home[0] == '\0') {
		errno = ENOENT;
		return NULL;
	}
	if (mh_buf_addf(&b, "%s/%s/mh/%s", home, def, name) == -1)
		goto fail;
	return b.p;
fail:
	mh_buf_free(&b);
	return NULL;
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *
mh_datadir(void)
{
	static char dir[PATH_MAX];
	static int done;
	char exe[PATH_MAX], cand[PATH_MAX];
	const char *env;
	ssize_t n;
	char *slash;

	if (done)
		return dir;
	done = 1;
	env = getenv("MH_DATADIR");
	if (env != NULL && env[0] != '\0') {
		snprintf(dir, sizeof(dir), "%s", env);
		return dir;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			/* Installed: PREFIX/bin/tool and PREFIX/share/mh. */
			if ((size_t)snprintf(cand, sizeof(cand),
			        "%s/../share/mh", exe) < sizeof(cand) &&
			    is_dir(cand) && realpath(cand, dir) != NULL)
				return dir;
			/* Build tree: build/bin/tool and data/. */
			if ((size_t)snprintf(cand, sizeof(cand),
			        "%s/../../data", exe) < sizeof(cand) &&
			    is_dir(cand) && realpath(cand, dir) != NULL)
				return dir;
		}
	}
	snprintf(dir, sizeof(dir), "%s", MH_DATADIR);
	return dir;
}

char *
mh_data_path(const char *rel)
{
	struct mh_buf b = {0};

	if (mh_buf_addf(&b, "%s/%s", mh_datadir(), rel) == -1) {
		mh_buf_free(&b);
		return NULL;
	}
	return b.p;
}

int
mh_mkdir_parents(const char *path)
{
	char *d = strdup(path), *s;

	if (d == NULL)
		return -1;
	for (s = d + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(d, 0700) == -1 && errno != EEXIST) {
			int e = errno;

			free(d);
			errno = e;
			return -1;
		}
		*s = '/';
	}
	free(d);
	return 0;
}

int
mh_read_file(const char *path, size_t max, struct mh_buf *out)
{
	struct stat st;
	ssize_t n;
	int fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	if (fstat(fd, &st) == -1)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
		errno = EFBIG;
		goto fail;
	}
	if (S_ISREG(st.st_mode) && mh_buf_reserve(out, (size_t)st.st_size))
		goto fail;
	/* straight into the buffer, not through a chunk copied after: a
	 * regular file fills the room reserved above in one read */
	for (;;) {
		size_t room;

		if (out->cap - out->len <= 1 &&
		    mh_buf_reserve(out, 65536) == -1)
			goto fail;
		/* never more than one byte past max: enough to know it is
		 * too long, without reading the rest of a stream */
		room = out->cap - out->len - 1;
		if (out->len <= max && room > max - out->len + 1)
			room = max - out->len + 1;
		n = read(fd, out->p + out->len, room);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			goto fail;
		if (n == 0)
			break;
		if (out->len + (size_t)n > max) {
			errno = EFBIG;
			goto fail;
		}
		out->len += (size_t)n;
	}
	if (mh_buf_reserve(out, 0) == -1)
		goto fail;
	out->p[out->len] = '\0';
	close(fd);
	return 0;
fail:
	saved = errno;
	close(fd);
	errno = saved;
	return -1;
}

double
mh_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void
mh_iso8601_now(char *buf, size_t size)
{
	time_t t = time(NULL);
	struct tm tm;
	char off[8];
	size_t n;

	localtime_r(&t, &tm);
	n = strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(off, sizeof(off), "%z", &tm);
	/* %z gives +hhmm; ISO 8601 extended format wants +hh:mm. */
	if (n > 0 && strlen(off) == 5)
		snprintf(buf + n, size - n, "%.3s:%.2s", off, off + 3);
}
