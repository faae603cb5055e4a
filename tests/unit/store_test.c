/* Unit tests for lib/store.c: private, locked, append-only files. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store.h"
#include "tap.h"

static char dir[] = "/tmp/mh-store-XXXXXX";
static char path[256];
static char err[512];

static size_t
count_lines(const char *p)
{
	size_t n = 0;

	for (; *p; p++)
		n += *p == '\n';
	return n;
}

static void
test_basic(void)
{
	struct mh_buf b = {0};
	struct stat st;

	snprintf(path, sizeof(path), "%s/sub/dir/file.jsonl", dir);
	ok(mh_store_read(path, &b, err, sizeof(err)) == 0 && b.len == 0,
	    "a missing file reads as empty");
	ok(mh_store_append(path, "{\"a\":1}\n", 8, err, sizeof(err)) == 0,
	    "append creates the file and its directories");
	ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "the file is created 0600");
	snprintf(err, sizeof(err), "%s/sub", dir);
	ok(stat(err, &st) == 0 && (st.st_mode & 0777) == 0700,
	    "new directories are 0700");
	mh_store_append(path, "{\"a\":2}\n", 8, err, sizeof(err));
	ok(mh_store_read(path, &b, err, sizeof(err)) == 0 &&
	    strcmp(b.p, "{\"a\":1}\n{\"a\":2}\n") == 0, "appends in order");
	mh_buf_free(&b);
}

static void
test_refusals(void)
{
	char other[300], link[300];
	struct mh_buf b = {0};

	chmod(path, 0644);
	ok(mh_store_append(path, "x\n", 2, err, sizeof(err)) == -1 &&
	    strstr(err, "chmod 600") != NULL,
	    "a world-readable file is refused with the fix");
	ok(mh_store_read(path, &b, err, sizeof(err)) == -1,
	    "and is not read either");
	chmod(path, 0600);
	snprintf(link, sizeof(link), "%s/link", dir);
	symlink(path, link);
	ok(mh_store_append(link, "x\n", 2, err, sizeof(err)) == -1 &&
	    strstr(err, "symbolic link") != NULL, "a symlink is not followed");
	snprintf(other, sizeof(other), "%s/adir", dir);
	mkdir(other, 0700);
	ok(mh_store_append(other, "x\n", 2, err, sizeof(err)) == -1,
	    "a directory is refused");
	mh_buf_free(&b);
}

static void
test_torn(void)
{
	struct mh_buf b = {0};
	int fd = open(path, O_WRONLY | O_APPEND);

	write(fd, "{\"torn\":", 8); /* as if killed mid-write */
	close(fd);
	mh_store_append(path, "{\"a\":3}\n", 8, err, sizeof(err));
	mh_store_read(path, &b, err, sizeof(err));
	ok(strstr(b.p, "{\"torn\":\n{\"a\":3}\n") != NULL,
	    "after a torn line the next entry starts on its own line");
	ok(strncmp(b.p, "{\"a\":1}\n{\"a\":2}\n", 16) == 0,
	    "earlier entries are untouched");
	mh_buf_free(&b);
}

static void
test_concurrent(void)
{
	struct mh_buf b = {0};
	char p2[300], line[128];
	int status, okc = 1;

	snprintf(p2, sizeof(p2), "%s/conc.jsonl", dir);
	fflush(stdout); /* or the children would print our TAP again */
	for (int c = 0; c < 4; c++) {
		if (fork() == 0) {
			for (int i = 0; i < 200; i++) {
				int n = snprintf(line, sizeof(line),
				    "{\"writer\":%d,\"i\":%d,\"pad\":\"%0*d\"}\n",
				    c, i, 40, i);
				if (mh_store_append(p2, line, (size_t)n, err,
				    sizeof(err)))
					_exit(1);
			}
			_exit(0);
		}
	}
	for (int c = 0; c < 4; c++) {
		wait(&status);
		okc &= WIFEXITED(status) && WEXITSTATUS(status) == 0;
	}
	ok(okc, "four processes appended without error");
	mh_store_read(p2, &b, err, sizeof(err));
	is_int(count_lines(b.p), 800, "no entry lost with four writers");
	{
		int good = 1;
		char *s = b.p;

		while (*s) {
			char *nl = strchr(s, '\n');

			if (nl == NULL || strncmp(s, "{\"writer\":", 10) ||
			    nl[-1] != '}')
				good = 0;
			s = nl ? nl + 1 : s + strlen(s);
		}
		ok(good, "no two entries interleaved");
	}
	mh_buf_free(&b);
}

static void
test_full(void)
{
	struct rlimit rl, old;
	struct mh_buf b = {0};
	char p3[300], big[4096];
	struct stat st;
	int rc;

	snprintf(p3, sizeof(p3), "%s/full.jsonl", dir);
	mh_store_append(p3, "{\"first\":1}\n", 12, err, sizeof(err));
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\n';
	signal(SIGXFSZ, SIG_IGN);
	getrlimit(RLIMIT_FSIZE, &old);
	rl = old;
	rl.rlim_cur = 1000;
	setrlimit(RLIMIT_FSIZE, &rl);
	rc = mh_store_append(p3, big, sizeof(big), err, sizeof(err));
	setrlimit(RLIMIT_FSIZE, &old);
	ok(rc == -1 && strstr(err, "write") != NULL,
	    "a write past the file-size limit fails with a message");
	ok(stat(p3, &st) == 0 && st.st_size == 12,
	    "the partial write was rolled back");
	mh_store_read(p3, &b, err, sizeof(err));
	is_str(b.p, "{\"first\":1}\n", "the earlier entry is intact");
	mh_buf_free(&b);
}

int
main(void)
{
	char cmd[300];

	if (mkdtemp(dir) == NULL)
		return 1;
	test_basic();
	test_refusals();
	test_torn();
	test_concurrent();
	test_full();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		ok(0, "cleanup");
	return done();
}
