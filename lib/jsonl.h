/* jsonl: the record contract shared by every mh tool (see mh-jsonl(5)).
 *
 * A record is one input line.  A line whose first non-blank byte is '{'
 * must be a JSON object; a line that starts with '[' and parses as JSON is
 * refused (not an object); any other non-blank line is plain text and
 * becomes {"<field>": "<line>"}.  Blank lines are skipped and a trailing
 * CR is dropped.
 *
 * A record keeps each top-level member as its compact raw JSON text, so
 * fields a tool does not own pass through byte for byte (numbers keep
 * their exact spelling) and in order.  Members a tool reads or writes are
 * decoded with jansson or with the string helpers below. */
#ifndef MH_JSONL_H
#define MH_JSONL_H

#include <stddef.h>
#include <stdio.h>
#include <jansson.h>

#include "util.h"

/* Exit codes shared by every tool; see mh(7). */
enum {
	MH_EXIT_OK = 0,      /* every record processed */
	MH_EXIT_FAILED = 1,  /* some records carry an error */
	MH_EXIT_USAGE = 2,   /* bad options or configuration */
	MH_EXIT_IO = 3,      /* fatal input/output error */
	MH_EXIT_REMOTE = 4,  /* the remote service failed (mh-ask) */
	MH_EXIT_FLAGGED = 5, /* mh-screen --fail-at: something was flagged */
};

/* Default limit on one record (a line, or all of stdin with whole). */
#define MH_MAX_RECORD_DEFAULT ((size_t)256 << 20)
/* Deepest nesting accepted inside a record. */
#define MH_MAX_DEPTH 512

struct mh_reader_opts {
	const char *name;       /* for diagnostics; default "<stdin>" */
	const char *text_field; /* field plain text goes to; default "text" */
	int whole;              /* all of the input is one plain-text record */
	size_t max_record;      /* bytes; 0 means MH_MAX_RECORD_DEFAULT */
	/* called with flush_ctx before every blocking read: where a
	 * filter writes out what it holds, so that records stream */
	void (*flush)(void *flush_ctx);
	void *flush_ctx;
	/* mh_reader_next_text gives also a JSON line whose text member has
	 * other members around it, returning 3 (see mh_reader_members) */
	int members;
};

struct mh_reader;
struct mh_record;

/* Create a reader over fd (not closed by the reader).  o may be NULL for
 * the defaults; its strings must outlive the reader.  Returns NULL on
 * ENOMEM. */
struct mh_reader *mh_reader_new(int fd, const struct mh_reader_opts *o);
void mh_reader_free(struct mh_reader *r);

/* Read the next record.  Returns 1 and a record the caller frees (it may
 * be a bad record: see mh_record_bad), 0 at end of input, or -1 on a read
 * error (errno set).  A line too long or malformed yields a bad record and
 * reading goes on with the next line; memory is bounded by the largest
 * record. */
int mh_reader_next(struct mh_reader *r, struct mh_record **out);

/* As mh_reader_next, but a line that is plain text (NUL-free UTF-8 not
 * starting with '{' or '[', the line a record {field: line} would be
 * made of) comes back as it is: returns 2 with *text and *len set (no
 * newline, no trailing CR; valid until the next call) and no record.
 * So does a JSON line that is that record, {field: text} with the name
 * and the string written without escapes (blanks aside, the compact
 * record is the same): *text is the string, inside the line.  *clean
 * is set non-zero when every byte of the text is printable ASCII (0x20
 * to 0x7f) other than a quote, a backslash or an underscore, as the
 * reader has seen (nothing to escape in JSON, no character of more than
 * a byte, nothing the scanners fold: fold.h); 0 when
 * it may be anything else.  For filters with a fast path for plain
 * text, which must write what they would have written for the record
 * {field: text}. */
int mh_reader_next_text(struct mh_reader *r, struct mh_record **out,
    const char **text, size_t *len, int *clean);

/* With the reader's members option, mh_reader_next_text returns 3, the
 * text set as for 2, for a JSON line with other members around its
 * text, a line the parser would make a good record of, with names
 * (none of them escaped) other than the text field's, "redact",
 * "worksheet", "reply" and "error", each once, and values that are
 * strings, numbers, true, false or null.  (A text with escapes comes
 * decoded, then not inside the line, and not clean.)  Then this sets
 * *before and *after to the members before and after the text, as the
 * record would write them (compact, joined by commas, without a comma
 * at either end; *blen or *alen 0 for none), and *line to the line
 * (*llen bytes), for making the record after all, valid until the next
 * call, and returns non-zero; 0 after any other return. */
int mh_reader_members(const struct mh_reader *r, const char **before,
    size_t *blen, const char **after, size_t *alen, const char **line,
    size_t *llen);

/* The number of the line last read (1 for the first). */
size_t mh_reader_line(const struct mh_reader *r);

/* Parse one line s of n bytes (no newline; a trailing CR is kept) as the
 * reader would, giving it line number line; o may be NULL (with o->whole
 * the line is plain text whatever it holds).  Returns a record the caller
 * frees (possibly a bad one), or NULL on ENOMEM.  For files the tools read
 * line by line themselves (journal, vault, sessions). */
struct mh_record *mh_record_parse(const char *s, size_t n, size_t line,
    const struct mh_reader_opts *o);

/* A new empty record (for tools that make records, like mh-worksheet).
 * NULL on ENOMEM. */
struct mh_record *mh_record_new(void);
/* Free a record.  One freed record, with its buffers and member slots,
 * is kept in a static for the next record made, so that reading a
 * record at a time allocates nothing per record: the record functions
 * are not thread-safe and must all be called from one thread. */
void mh_record_free(struct mh_record *rec);

/* The 1-based input line the record started on (0 for a new record). */
size_t mh_record_line(const struct mh_record *rec);

/* For a record whose line could not be parsed, return its error code
 * ("json", "utf8", "nul", "not_object", "too_deep", "too_large",
 * "duplicate_key") and set *message to a one-line description; for a good
 * record return NULL.  A bad record has no members. */
const char *mh_record_bad(const struct mh_record *rec, const char **message);

/* Non-zero when the record has a top-level member named key. */
int mh_record_has(const struct mh_record *rec, const char *key);

/* Decode the string member key.  Returns 0 and sets *s (NUL-terminated,
 * valid until the record is changed or freed) and *len; -1 when the member
 * is absent; -2 when it is not a string; -3 when it holds a NUL character
 * (\u0000), which no tool accepts in text.  The text is valid UTF-8, as
 * all of a record is: its line was checked, its strings are checked when
 * set, and a \u escape that would make a lone surrogate is refused. */
int mh_record_string(struct mh_record *rec, const char *key, const char **s,
    size_t *len);

/* The compact JSON text of member key as read (not for a string the
 * record set itself).  Returns 0 and sets *raw (not NUL-terminated,
 * valid until the record changes) and *len; -1 when absent; -2 when the
 * member holds only decoded text. */
int mh_record_raw(const struct mh_record *rec, const char *key,
    const char **raw, size_t *len);

/* Decode member key as a jansson value.  Returns a new reference the
 * caller must json_decref, or NULL when absent (or on ENOMEM). */
json_t *mh_record_json(const struct mh_record *rec, const char *key);

/* Set member key to v (the caller keeps its reference), encoded compactly
 * with reals as the shortest text that reads back the same.  An existing
 * member is replaced in place; a new one is appended.  Returns 0 or -1
 * (ENOMEM). */
int mh_record_set_json(struct mh_record *rec, const char *key, const json_t *v);
/* Set member key to the string s of len bytes (valid UTF-8).  Returns 0 or
 * -1 (ENOMEM, or EILSEQ for invalid UTF-8). */
int mh_record_set_string(struct mh_record *rec, const char *key, const char *s,
    size_t len);
/* The same for s that the caller knows to be valid UTF-8 (a record's
 * text with parts replaced by ASCII at character boundaries): not
 * checked again.  Returns 0 or -1 (ENOMEM). */
int mh_record_set_utf8(struct mh_record *rec, const char *key, const char *s,
    size_t len);
/* Set member key to raw, which must be one compact valid JSON value.
 * Returns 0 or -1 (ENOMEM). */
int mh_record_set_raw(struct mh_record *rec, const char *key, const char *raw,
    size_t len);
/* Remove member key if present. */
void mh_record_remove(struct mh_record *rec, const char *key);

/* Attach {"error": {"tool", "code", "message", "line"}} to the record,
 * replacing an earlier error.  Returns 0 or -1 (ENOMEM). */
int mh_record_set_error(struct mh_record *rec, const char *tool,
    const char *code, const char *message);

/* Append the record as one compact JSON line (with '\n') to out.
 * Returns 0 or -1 (ENOMEM). */
int mh_record_serialize(const struct mh_record *rec, struct mh_buf *out);
/* Write the record as one line to f.  Returns 0, or -1 when f reports
 * an error (errno set). */
int mh_record_write(const struct mh_record *rec, FILE *f);

/* Append s (n bytes, valid UTF-8) to out as a quoted JSON string.
 * Returns 0 or -1 (ENOMEM). */
int mh_json_quote(struct mh_buf *out, const char *s, size_t n);
/* The same without the quotes: s escaped, so that a string can be
 * written a piece at a time.  Returns 0 or -1 (ENOMEM). */
int mh_json_escape(struct mh_buf *out, const char *s, size_t n);
/* Non-zero when a byte of s (n bytes) needs an escape in a JSON string;
 * 0 when s can be written between quotes as it is. */
int mh_json_needs_escape(const char *s, size_t n);

/* Parse one JSON text (a template, an answers file...) after checking it
 * is NUL-free UTF-8; duplicate keys at any level are refused.  Returns a
 * new reference or NULL with a message in err (at least 160 bytes). */
json_t *mh_json_parse(const char *s, size_t n, char *err, size_t errsize);

#endif
