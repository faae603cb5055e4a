/* redact: replace the identifiers in a text with typed, numbered
 * placeholders ("[NAME_1]", "[PHONE_2]") and put them back afterwards.
 *
 * A redactor finds identifiers with the one-pass scanner (redact_scan.h),
 * numbers each distinct value once per type and keeps the mapping in
 * memory and, when a vault path is given, in the vault file (vault.h), so
 * the same value gets the same placeholder in a stream, across runs and
 * across processes sharing the vault.  In masking mode placeholders carry
 * no number ("[NAME]") and no mapping is kept at all.
 *
 * Placeholders are arbitrary codes, never derived from the value.  Text
 * that already looks like a placeholder is itself replaced, so restoring
 * a redacted text gives back the original byte for byte. */
#ifndef MH_REDACT_H
#define MH_REDACT_H

#include <stddef.h>

#include "jsonl.h"
#include "util.h"

/* Schema version of the "redact" object written into records. */
#define MH_REDACT_SCHEMA 1

struct mh_redact_opts {
	const char *datadir;    /* name lists; NULL: mh_datadir() */
	const char *names_file; /* the user's names, one per line, or NULL */
	const char *keep_file; /* words never redacted, one per line, or NULL */
	const char *vault_path; /* mapping file, or NULL for memory only */
	int mask;               /* masking mode: "[NAME]", no mapping */
	int restore; /* only restoring: the vault must exist, for a mistyped
	              * path must not make an empty one */
};

struct mh_redactor;

/* Create a redactor: load the shipped name lists, the user's names and
 * keep-words files and, with a vault path, open (creating it 0600 unless
 * restoring) and read the vault.  o may be NULL for the defaults.  Returns a redactor the
 * caller frees with mh_redact_free, or NULL with a message in err (a file
 * that cannot be read, a vault with unsafe permissions, ENOMEM). */
struct mh_redactor *mh_redact_new(const struct mh_redact_opts *o, char *err,
    size_t errsize);
void mh_redact_free(struct mh_redactor *r);

/* Warn on stderr, as tool, of lines of the vault that were no entry
 * (mh_vault_damaged()): their number, never their content. */
void mh_redact_warn_vault(const struct mh_redactor *r, const char *tool,
    const char *path);
/* Warn on stderr, as tool, when restoring met placeholders the vault at
 * path does not hold (an LLM's invention, or the wrong vault): how many,
 * said once, at the end. */
void mh_redact_warn_unknown(const struct mh_redactor *r, const char *tool,
    const char *path);

/* Redact n bytes of s (valid UTF-8) into out, which is reset first.  When
 * items is not NULL it receives a new JSON array (caller json_decrefs) of
 * {"type", "start", "end", "placeholder"} with byte offsets into out.
 * New values are numbered and, with a vault, appended to it before this
 * returns.  Returns the number of replacements, or -1 with a message in
 * err (ENOMEM, EILSEQ, a vault write error); on failure out holds nothing
 * that may be written. */
long mh_redact_text(struct mh_redactor *r, const char *s, size_t n,
    struct mh_buf *out, json_t **items, char *err, size_t errsize);

/* Redact the string member field (NULL: "text") of rec in place and set
 * rec's "redact" member to {"schema", "count", "items"}.  A record
 * without the field gets {"schema", "count": 0}.  Returns 0, or -1 with a
 * message in err and the error code in *code ("text_type", "nul",
 * "vault", "nomem"); the record is then unchanged and must not be
 * written with its text (fail closed). */
/* The fast path for a plain-text line s (NUL-free UTF-8, as the caller
 * has checked: it is not checked again), with clean non-zero when s is
 * printable ASCII other than quotes, backslashes and underscores (as
 * the reader says; 0 when not known): append to out the output line, newline
 * included, that mh_redact_record and the record writer would give for
 * the record {field: s} (field NULL: "text").  Returns 0, or 1 with
 * nothing appended when that record would fail (the caller then makes
 * the record, so that the failure is reported as a record's). */
int mh_redact_plain(struct mh_redactor *r, const char *s, size_t n, int clean,
    const char *field, struct mh_buf *out);
/* The same for the text s of a JSON record with other members around
 * it: before and after it, blen and alen bytes (0 for none), as the
 * record writer writes them (see mh_reader_members).  The line is that
 * the record writer would give for the record after mh_redact_record:
 * those members around the redacted text, then "redact". */
int mh_redact_members(struct mh_redactor *r, const char *s, size_t n, int clean,
    const char *before, size_t blen, const char *after, size_t alen,
    const char *field, struct mh_buf *out);

int mh_redact_record(struct mh_redactor *r, struct mh_record *rec,
    const char *field, const char **code, char *err, size_t errsize);

/* Put the original values back into n bytes of s, appending the result
 * to out (reset first).  Placeholders are found also when an LLM has
 * changed them: brackets dropped ("NAME_1"), case changed ("[name_1]",
 * "Name_1"), or the underscore replaced by a blank or dropped inside
 * brackets ("[Name 1]", "[NAME1]").  Placeholders not in the mapping are
 * left as they are.  With a vault, entries other processes appended are
 * read first.  Returns the number of placeholders restored, or -1 with a
 * message in err (masking mode has nothing to restore; ENOMEM). */
long mh_redact_restore(struct mh_redactor *r, const char *s, size_t n,
    struct mh_buf *out, char *err, size_t errsize);

/* Restore the string member field (NULL: "text") and the "text" of a
 * "reply" object of rec in place.  Returns the number of placeholders
 * restored, or -1 with a message in err and a code in *code. */
long mh_redact_restore_record(struct mh_redactor *r, struct mh_record *rec,
    const char *field, const char **code, char *err, size_t errsize);

#endif
