/* util: growable buffers, checked number parsing, UTF-8 checks and the
 * paths the tools use (XDG directories, the data directory). */
#ifndef MH_UTIL_H
#define MH_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A growable byte buffer.  Zero-initialise it ({0}) before use; p is
 * always NUL-terminated after a successful append, so p[len] == '\0'.
 * The caller owns p and releases it with mh_buf_free. */
struct mh_buf {
	char *p;
	size_t len;
	size_t cap;
};

/* Make room for n more bytes by growing the buffer (see mh_buf_reserve,
 * which calls it only when the room is not there). */
int mh_buf_grow(struct mh_buf *b, size_t n);
/* Make room for n more bytes.  Returns 0, or -1 with errno ENOMEM (the
 * buffer is unchanged).  Inline: most calls find the room there. */
static inline int
mh_buf_reserve(struct mh_buf *b, size_t n)
{
	return b->cap - b->len > n ? 0 : mh_buf_grow(b, n);
}
/* Append n bytes of s.  Returns 0 or -1 (ENOMEM; buffer unchanged).
 * Inline: it is on every record's path. */
static inline int
mh_buf_add(struct mh_buf *b, const void *s, size_t n)
{
	if (b->cap - b->len <= n && mh_buf_reserve(b, n) == -1)
		return -1;
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}
/* FNV-1a, 32 bits, of n bytes of s: the hash of the tools' small
 * tables. */
static inline uint32_t
mh_fnv1a(const void *s, size_t n)
{
	const unsigned char *u = s;
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ u[i]) * 16777619u;
	return h;
}
/* Append a NUL-terminated string.  Returns 0 or -1 (ENOMEM). */
int mh_buf_adds(struct mh_buf *b, const char *s);
/* Append a string literal, whose length is known when compiled: no
 * strlen on the per-record paths.  Returns 0 or -1 (ENOMEM). */
#define MH_BUF_ADD_LIT(b, lit) mh_buf_add((b), "" lit, sizeof(lit) - 1)
/* Append one byte.  Returns 0 or -1 (ENOMEM). */
static inline int
mh_buf_addc(struct mh_buf *b, int c)
{
	if (b->cap - b->len <= 1 && mh_buf_reserve(b, 1) == -1)
		return -1;
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
	return 0;
}
/* Append printf-style formatted text.  Returns 0 or -1 (ENOMEM). */
int mh_buf_addf(struct mh_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The same with a va_list. */
int mh_buf_vaddf(struct mh_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Forget the contents but keep the memory.  Inline: called for every
 * record by several modules, it was a call to do two stores. */
static inline void
mh_buf_reset(struct mh_buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}
/* Copy n bytes from s to p, which do not overlap, and return p + n.
 * Most pieces the record paths write are short (a placeholder, a
 * member's name): up to 32 bytes are copied inline, by two overlapping
 * moves from the two ends, not by a call to memcpy. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline char *
mh_put(char *p, const char *s, size_t n)
{
	if (n > 32)
		memcpy(p, s, n);
	else if (n >= 16) {
		memcpy(p, s, 16);
		memcpy(p + n - 16, s + n - 16, 16);
	} else if (n >= 8) {
		memcpy(p, s, 8);
		memcpy(p + n - 8, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(p, s, 4);
		memcpy(p + n - 4, s + n - 4, 4);
	} else if (n > 0) {
		p[0] = s[0];
		p[n / 2] = s[n / 2];
		p[n - 1] = s[n - 1];
	}
	return p + n;
}
/* Release the memory; the buffer is zeroed and may be reused. */
void mh_buf_free(struct mh_buf *b);
/* Overwrite the contents with zeros before releasing (for secrets). */
void mh_buf_wipe(struct mh_buf *b);

/* Parse a whole string as a base-10 integer in [min, max].  Leading or
 * trailing junk, overflow and an empty string are errors.  Returns 0
 * and stores the value, or -1 with errno EINVAL or ERANGE. */
int mh_parse_long(const char *s, long min, long max, long *out);
/* Parse a whole string as a finite double in [min, max].  Returns 0 or
 * -1 with errno EINVAL or ERANGE. */
int mh_parse_double(const char *s, double min, double max, double *out);

/* Return the length of the longest valid UTF-8 prefix of s (which is n
 * when all of s is valid).  Overlong forms, surrogates and code points
 * above U+10FFFF are invalid. */
size_t mh_utf8_valid_prefix(const char *s, size_t n);
/* Non-zero when all n bytes of s are valid UTF-8. */
int mh_utf8_valid(const char *s, size_t n);
/* Non-zero when all n bytes of s are valid UTF-8 with no NUL. */
int mh_utf8_text(const char *s, size_t n);
/* The code point of the UTF-8 sequence at s[i] (i < n), its length in
 * *len; a byte that starts no sequence, or one cut short, is returned
 * as it is with length 1 (the scanners read on past bad bytes). */
static inline uint32_t
mh_utf8_char(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	uint32_t c = s[i];
	size_t need = c >= 0xF8 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0;

	*len = 1;
	if (need == 0)
		return c;
	c &= 0x3Fu >> need;
	for (size_t k = 1; k <= need; k++) {
		if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
			return s[i];
		c = c << 6 | (s[i + k] & 0x3Fu);
	}
	*len = need + 1;
	return c;
}

/* Build "$XDG_<KIND>_HOME/mh/<name>" (KIND is "CONFIG", "DATA" or
 * "STATE"), falling back to the XDG defaults under $HOME.  Returns a
 * string the caller frees, or NULL (ENOENT when neither variable is
 * set, ENOMEM). */
char *mh_xdg_path(const char *kind, const char *name);

/* Return the directory holding the installed data files: $MH_DATADIR
 * when set; else ../share/mh beside the running binary (an installed
 * tree); else ../../data beside it (the build tree); else the compiled-in
 * MH_DATADIR.  The result is static; never NULL. */
const char *mh_datadir(void);
/* Join the data directory and a relative path.  Caller frees; NULL on
 * ENOMEM. */
char *mh_data_path(const char *rel);

/* Create the directories above path (mkdir -p of its parent), new ones
 * mode 0700.  Returns 0, or -1 with errno set. */
int mh_mkdir_parents(const char *path);

/* Read a whole file into *out (NUL-terminated).  Refuses files over max
 * bytes (EFBIG).  Returns 0 or -1 with errno set. */
int mh_read_file(const char *path, size_t max, struct mh_buf *out);

/* Milliseconds on the monotonic clock, for durations and timeouts. */
double mh_now_ms(void);

/* Current time as ISO 8601 with the local UTC offset, e.g.
 * "2026-11-22T09:30:00+01:00", into buf (at least 32 bytes). */
void mh_iso8601_now(char *buf, size_t size);

#endif
