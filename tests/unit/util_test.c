/* Tests for lib/util.c's mh_read_file(): a file or a stream is read whole
 * up to max bytes and refused past it, with EFBIG. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tap.h"
#include "util.h"

static char tmpdir[] = "/tmp/mh-util-test.XXXXXX";

/* A file of n bytes 'a'..'z' over and over; its path. */
static const char *
write_file(const char *name, size_t n)
{
	static char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	if ((f = fopen(path, "w")) == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
		putc('a' + (int)(i % 26), f);
	fclose(f);
	return path;
}

static int
filled(const struct mh_buf *b, size_t n)
{
	if (b->len != n || b->p[n] != '\0')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (b->p[i] != 'a' + (int)(i % 26))
			return 0;
	return 1;
}

static void
test_regular(void)
{
	struct mh_buf b = {0};
	const char *p;

	p = write_file("exact", 200000);
	ok(p != NULL && mh_read_file(p, 200000, &b) == 0 && filled(&b, 200000),
	    "a file of max bytes is read whole");
	mh_buf_free(&b);
	b = (struct mh_buf){0};
	p = write_file("over", 200001);
	errno = 0;
	ok(p != NULL && mh_read_file(p, 200000, &b) == -1 && errno == EFBIG,
	    "a file of max + 1 bytes: EFBIG");
	mh_buf_free(&b);
	b = (struct mh_buf){0};
	p = write_file("empty", 0);
	ok(p != NULL && mh_read_file(p, 10, &b) == 0 && b.len == 0 && b.p &&
	        b.p[0] == '\0',
	    "an empty file: no bytes, terminated");
	mh_buf_free(&b);
}

/* A stream (a FIFO) of n bytes, written by a child, read with max. */
static int
read_stream(size_t n, size_t max, struct mh_buf *b)
{
	char path[512];
	pid_t pid;
	int rc, status, e;

	snprintf(path, sizeof path, "%s/fifo", tmpdir);
	unlink(path);
	if (mkfifo(path, 0600) == -1)
		return -2;
	/* nothing buffered for the child to write again (valgrind frees
	 * libc, and so flushes, even at _exit()) */
	fflush(stdout);
	if ((pid = fork()) == -1)
		return -2;
	if (pid == 0) {
		int fd = open(path, O_WRONLY);
		char chunk[4096];
		size_t done = 0;

		if (fd == -1)
			_exit(1);
		while (done < n) {
			size_t k =
			    n - done < sizeof chunk ? n - done : sizeof chunk;

			for (size_t i = 0; i < k; i++)
				chunk[i] = (char)('a' + (int)((done + i) % 26));
			if (write(fd, chunk, k) != (ssize_t)k)
				_exit(0); /* the reader stopped: fine */
			done += k;
		}
		_exit(0);
	}
	rc = mh_read_file(path, max, b);
	e = errno;
	kill(pid, SIGKILL); /* it may wait on a full pipe */
	waitpid(pid, &status, 0);
	errno = e;
	return rc;
}

static void
test_stream(void)
{
	struct mh_buf b = {0};

	signal(SIGPIPE, SIG_IGN);
	ok(read_stream(300000, 300000, &b) == 0 && filled(&b, 300000),
	    "a stream of max bytes is read whole");
	mh_buf_free(&b);
	b = (struct mh_buf){0};
	errno = 0;
	ok(read_stream(300000, 100000, &b) == -1 && errno == EFBIG,
	    "a longer stream: EFBIG");
	mh_buf_free(&b);
}

int
main(void)
{
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_regular();
	test_stream();
	tap_rmtree(tmpdir);
	return done();
}
