/* store: the append-only files the tools keep (the journal, the vault,
 * sessions).  Each is created 0600, refused when it is not ours or can be
 * read by others, appended one whole line at a time under an exclusive
 * lock, flushed to disk, and never rewritten in place.  A line torn by a
 * crash is left where it is and skipped by readers. */
#ifndef MH_STORE_H
#define MH_STORE_H

#include <stddef.h>

#include <sys/types.h>

#include "util.h"

/* An open store file, for callers that must read and append under one
 * lock (the vault numbers new values consistently across processes). */
struct mh_store;

/* Open path for reading and appending (creating it 0600, and its parent
 * 0700, when create is set), after the ownership and permission checks.
 * An existing file that cannot be written (EROFS, EACCES) is opened for
 * reading only; appending to it then fails with that reason.
 * Returns NULL with a message in err (ENOENT when absent and not create). */
struct mh_store *mh_store_open(const char *path, int create, char *err,
    size_t errsize);
/* Take (exclusive or shared) or drop the lock.  Return 0 or -1 (errno). */
int mh_store_lock(struct mh_store *st, int exclusive);
int mh_store_unlock(struct mh_store *st);
/* Append the bytes from offset off to the end of the file to out; the new
 * end offset is stored in *end.  Returns 0 or -1 with a message. */
int mh_store_read_from(struct mh_store *st, off_t off, struct mh_buf *out,
    off_t *end, char *err, size_t errsize);
/* Append data while holding the exclusive lock: torn-line repair, one
 * write, fsync, rollback on a short write.  Returns 0 or -1. */
int mh_store_append_locked(struct mh_store *st, const char *data, size_t len,
    char *err, size_t errsize);
void mh_store_close(struct mh_store *st);

/* Append data (len bytes, ending in '\n') to path under a lock, creating
 * the file 0600 and its parent directory 0700 if needed.  If the file does
 * not end in a newline (a torn write), one is written first.  Returns 0, or
 * -1 with a message in err (at least 256 bytes); nothing is half-written
 * on a full disk: a short write is rolled back by truncating to the old
 * size. */
int mh_store_append(const char *path, const char *data, size_t len, char *err,
    size_t errsize);

/* Read all of path into out under a shared lock, after the same ownership
 * and permission checks.  A missing file reads as empty (returns 0).
 * Returns 0 or -1 with a message in err. */
int mh_store_read(const char *path, struct mh_buf *out, char *err,
    size_t errsize);

/* Check that an existing file is ours and not readable by group or
 * others.  Returns 0 (or when it does not exist), -1 with a message. */
int mh_store_check(const char *path, char *err, size_t errsize);

#endif
