/* store: append-only private files.  See store.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"

struct mh_store {
	int fd;
	int ro_errno; /* opened read-only: why it could not be written */
	char *path;
};

static int
check_stat(const char *path, const struct stat *st, char *err, size_t errsize)
{
	if (!S_ISREG(st->st_mode)) {
		snprintf(err, errsize, "%s: not a regular file", path);
		return -1;
	}
	if (st->st_uid != geteuid()) {
		snprintf(err, errsize,
		    "%s: owned by another user (uid %lu); "
		    "refusing to use it",
		    path, (unsigned long)st->st_uid);
		return -1;
	}
	if (st->st_mode & 077) {
		snprintf(err, errsize,
		    "%s: readable or writable by others "
		    "(mode %04o); run: chmod 600 '%s'",
		    path, (unsigned)(st->st_mode & 07777), path);
		return -1;
	}
	return 0;
}

int
mh_store_check(const char *path, char *err, size_t errsize)
{
	struct stat st;

	if (lstat(path, &st) == -1) {
		if (errno == ENOENT)
			return 0;
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (S_ISLNK(st.st_mode)) {
		snprintf(err, errsize,
		    "%s: is a symbolic link; refusing to "
		    "follow it",
		    path);
		return -1;
	}
	return check_stat(path, &st, err, errsize);
}

struct mh_store *
mh_store_open(const char *path, int create, char *err, size_t errsize)
{
	struct mh_store *st;
	struct stat sb;
	int fd, ro = 0, flags = O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC;

	if (create && mh_mkdir_parents(path) == -1) {
		snprintf(err, errsize, "%s: cannot create its directory: %s",
		    path, strerror(errno));
		return NULL;
	}
	fd = open(path, flags | (create ? O_CREAT : 0), 0600);
	/* A file that exists but cannot be written (a read-only file
	 * system, no write permission) can still be read: history and
	 * restore keep working, and an append fails with the reason. */
	if (fd == -1 && (errno == EACCES || errno == EROFS)) {
		ro = errno;
		if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) == -1)
			errno = ro;
	}
	if (fd == -1) {
		int e = errno;

		if (e == ELOOP)
			snprintf(err, errsize,
			    "%s: is a symbolic link; "
			    "refusing to follow it",
			    path);
		else
			snprintf(err, errsize, "%s: %s", path, strerror(e));
		errno = e;
		return NULL;
	}
	if (fstat(fd, &sb) == -1) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	if (check_stat(path, &sb, err, errsize) == -1) {
		close(fd);
		errno = EPERM;
		return NULL;
	}
	if ((st = calloc(1, sizeof(*st))) == NULL ||
	    (st->path = strdup(path)) == NULL) {
		free(st);
		close(fd);
		snprintf(err, errsize, "%s: out of memory", path);
		return NULL;
	}
	st->fd = fd;
	st->ro_errno = ro;
	return st;
}

void
mh_store_close(struct mh_store *st)
{
	if (st == NULL)
		return;
	close(st->fd);
	free(st->path);
	free(st);
}

int
mh_store_lock(struct mh_store *st, int exclusive)
{
	int rc;

	do
		rc = flock(st->fd, exclusive ? LOCK_EX : LOCK_SH);
	while (rc == -1 && errno == EINTR);
	return rc;
}

int
mh_store_unlock(struct mh_store *st)
{
	return flock(st->fd, LOCK_UN);
}

int
mh_store_read_from(struct mh_store *st, off_t off, struct mh_buf *out,
    off_t *end, char *err, size_t errsize)
{
	char chunk[65536];
	ssize_t n;

	for (;;) {
		n = pread(st->fd, chunk, sizeof(chunk), off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			snprintf(err, errsize, "%s: read: %s", st->path,
			    strerror(errno));
			return -1;
		}
		if (n == 0)
			break;
		if (mh_buf_add(out, chunk, (size_t)n) == -1) {
			snprintf(err, errsize, "%s: out of memory", st->path);
			return -1;
		}
		off += n;
	}
	if (end)
		*end = off;
	return 0;
}

static int
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w == -1 && errno == EINTR)
			continue;
		if (w == -1)
			return -1;
		if (w == 0) {
			errno = EIO;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int
mh_store_append_locked(struct mh_store *st, const char *data, size_t len,
    char *err, size_t errsize)
{
	struct stat sb;
	char last;
	int e;

	if (st->ro_errno) {
		errno = st->ro_errno;
		goto fail;
	}
	if (fstat(st->fd, &sb) == -1)
		goto fail;
	/* A line torn by a crash: end it so ours starts on its own line.
	 * Readers skip the torn line; it is never rewritten. */
	if (sb.st_size > 0 && pread(st->fd, &last, 1, sb.st_size - 1) == 1 &&
	    last != '\n' && write_all(st->fd, "\n", 1) == -1)
		goto rollback;
	if (write_all(st->fd, data, len) == -1)
		goto rollback;
	if (fsync(st->fd) == -1)
		goto rollback;
	return 0;
rollback:
	e = errno;
	/* Undo a partial append (full disk, file-size limit) so that
	 * nothing half-written stays behind. */
	if (ftruncate(st->fd, sb.st_size) == 0)
		(void)fsync(st->fd);
	errno = e;
fail:
	snprintf(err, errsize, "%s: write: %s", st->path, strerror(errno));
	return -1;
}

int
mh_store_append(const char *path, const char *data, size_t len, char *err,
    size_t errsize)
{
	struct mh_store *st = mh_store_open(path, 1, err, errsize);
	int rc;

	if (st == NULL)
		return -1;
	if (mh_store_lock(st, 1) == -1) {
		snprintf(err, errsize, "%s: lock: %s", path, strerror(errno));
		mh_store_close(st);
		return -1;
	}
	rc = mh_store_append_locked(st, data, len, err, errsize);
	mh_store_unlock(st);
	mh_store_close(st);
	return rc;
}

int
mh_store_read(const char *path, struct mh_buf *out, char *err, size_t errsize)
{
	struct mh_store *st;
	int rc;

	err[0] = '\0';
	errno = 0;
	st = mh_store_open(path, 0, err, errsize);
	if (st == NULL)
		return errno == ENOENT ? 0 : -1;
	if (mh_store_lock(st, 0) == -1) {
		snprintf(err, errsize, "%s: lock: %s", path, strerror(errno));
		mh_store_close(st);
		return -1;
	}
	rc = mh_store_read_from(st, 0, out, NULL, err, errsize);
	mh_store_unlock(st);
	mh_store_close(st);
	return rc;
}
