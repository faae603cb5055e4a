/* Minimal TAP for the C unit tests: ok(), is_int(), is_str(), done(). */
#ifndef MH_TAP_H
#define MH_TAP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_n, tap_fail;

static inline int
tap_ok(int cond, const char *name, const char *file, int line)
{
	tap_n++;
	printf("%sok %d - %s\n", cond ? "" : "not ", tap_n, name);
	if (!cond) {
		tap_fail++;
		printf("#   failed at %s:%d\n", file, line);
	}
	return cond;
}

#define ok(cond, name) tap_ok(!!(cond), (name), __FILE__, __LINE__)
#define is_int(got, want, name)                                             \
	do {                                                                \
		long long g_ = (long long)(got), w_ = (long long)(want);    \
		if (!ok(g_ == w_, name))                                    \
			printf("#   got %lld, want %lld\n", g_, w_);        \
	} while (0)
#define is_str(got, want, name)                                             \
	do {                                                                \
		const char *g_ = (got), *w_ = (want);                       \
		if (!ok(g_ && w_ && strcmp(g_, w_) == 0, name))             \
			printf("#   got  '%s'\n#   want '%s'\n",          \
			    g_ ? g_ : "(null)", w_ ? w_ : "(null)");        \
	} while (0)

static inline int
done(void)
{
	printf("1..%d\n", tap_n);
	return tap_fail != 0;
}

/* Remove the directory dir made for a test and all in it; says so on
 * failure as a comment, which fails no test. */
static inline void
tap_rmtree(const char *dir)
{
	char cmd[600];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
}

#endif
