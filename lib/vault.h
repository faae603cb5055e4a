/* vault: the placeholder map of mh-redact, in memory and optionally in an
 * append-only file shared by processes.
 *
 * Each distinct (type, value) pair gets a number, counted per type from
 * 1; "[NAME_3]" is type NAME, number 3.  With a file, every new pair is
 * appended as one JSON line {"type":"NAME","n":3,"value":"..."} under the
 * store lock, after reading what other processes appended since, so two
 * processes never give one number to two values or two numbers to one
 * value.  The file is created 0600 and never rewritten (store.h). */
#ifndef MH_VAULT_H
#define MH_VAULT_H

#include <stddef.h>

struct mh_vault;
struct mh_scan_span;

/* Create a vault: in memory only when path is NULL, else backed by the
 * file at path (with create, made 0600 with its directories when absent;
 * without, an absent file is an error; refused when others can read it),
 * whose entries are read now.  Returns NULL with a message in err. */
struct mh_vault *mh_vault_new(const char *path, int create, char *err,
    size_t errsize);
void mh_vault_free(struct mh_vault *v);

/* Give numbers to the values of the n spans sp found in the text s (as
 * mh_scan_text gives them): span k's value is its bytes of s, of its
 * type; its number goes to nums[k].  Known values keep their number; new
 * ones get the next free number of their type and, with a file, are
 * appended to it in one locked write.  Returns 0, or -1 with a message
 * in err (ENOMEM, a lock or write error: then no number is given and
 * nothing may be written out). */
int mh_vault_assign(struct mh_vault *v, const char *s,
    const struct mh_scan_span *sp, size_t n, unsigned long *nums, char *err,
    size_t errsize);

/* The value of placeholder (type, num), or NULL when unknown; *len gets
 * its length.  With a file, an unknown placeholder makes the vault read
 * what other processes appended, once per call.  The string is owned by
 * the vault. */
const char *mh_vault_lookup(struct mh_vault *v, int type, unsigned long num,
    size_t *len);

/* Read vault lines (as found in a vault file) from a buffer into v:
 * complete lines only; malformed lines and conflicting entries are
 * skipped.  Returns the number of bytes consumed (up to the last
 * newline), or (size_t)-1 on ENOMEM.  For the fuzzer and tests. */
size_t mh_vault_parse(struct mh_vault *v, const char *s, size_t n);

/* The number of entries known. */
size_t mh_vault_count(const struct mh_vault *v);

/* How many complete lines of the file were no entry (skipped, their
 * numbers never given again); *first is the first one's line number. */
size_t mh_vault_damaged(const struct mh_vault *v, size_t *first);

#endif
