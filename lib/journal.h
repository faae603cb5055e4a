/* journal: the private, append-only record of filled-in worksheets,
 * $XDG_DATA_HOME/mh/journal.jsonl by default: one result record per
 * line, created 0600, appended under a lock and flushed to disk by
 * lib/store, never rewritten.  Readers skip a line torn by a crash and
 * anything that is not a worksheet record.
 *
 * Dates are the local calendar date an entry was completed on (the date
 * part of its "completed" time, which carries its UTC offset). */
#ifndef MH_JOURNAL_H
#define MH_JOURNAL_H

#include <stddef.h>
#include <jansson.h>

#include "jsonl.h"
#include "util.h"

/* Which entries to read: all fields may be NULL for no limit.  since and
 * until are "YYYY-MM-DD" (inclusive). */
struct mh_journal_query {
	const char *name;
	const char *since;
	const char *until;
};

/* The journal path: opt when given, else the default above.  Returns a
 * string the caller frees, or NULL (no HOME or XDG_DATA_HOME; ENOMEM). */
char *mh_journal_path(const char *opt);

/* Append rec (a result record) as one line.  Returns 0, or -1 with a
 * message naming the file in err (at least 256 bytes): a journal that is
 * not ours or readable by others, a full disk or a file-size limit.  On
 * failure nothing of the new entry stays in the file. */
int mh_journal_append(const char *path, const struct mh_record *rec, char *err,
    size_t errsize);

/* Read the entries matching q, oldest first (in file order), as a new
 * array of record objects the caller json_decrefs.  *skipped (may be
 * NULL) gets the number of lines that were not worksheet records (a torn
 * last line, garbage).  A missing journal is empty.  Returns NULL with a
 * message in err when the journal cannot be read or is unsafe. */
json_t *mh_journal_load(const char *path, const struct mh_journal_query *q,
    size_t *skipped, char *err, size_t errsize);

/* The local date of an entry ("YYYY-MM-DD" into out, 11 bytes).  Returns
 * 0, or -1 when the entry has no valid completion time. */
int mh_journal_date(const json_t *entry, char out[11]);

/* Resolve a date option into out ("YYYY-MM-DD", 11 bytes), counting back
 * from today's local date: "today", "yesterday", "Nd" (days), "Nw"
 * (weeks), or a date "YYYY-MM-DD".  Returns 0 or -1 (EINVAL). */
int mh_journal_when(const char *s, char out[11]);

/* Days between two "YYYY-MM-DD" dates (b - a), for streaks and gaps. */
long mh_journal_days(const char *a, const char *b);

/* Append to out, as text lines: the number of days with an entry, the
 * current and longest run of consecutive days (a run that ended
 * yesterday is still current: today is not over), and each gap of two
 * days or more, for the entries given (any worksheet).  today is
 * "YYYY-MM-DD".  Returns 0 or -1 (ENOMEM). */
int mh_journal_streaks(const json_t *entries, const char *today,
    struct mh_buf *out);

/* Append an export of entries to out: csv set gives CSV (a header, then
 * one row per answer and per score: date, time, worksheet, field,
 * value), otherwise Markdown for a person to bring to a therapist
 * (questionnaire scores, check-ins, then each other worksheet's text).
 * from and to label the period.  Returns 0 or -1 (ENOMEM). */
int mh_journal_export(const json_t *entries, int csv, const char *from,
    const char *to, struct mh_buf *out);

/* Append one line for --history to out: date, time, worksheet name
 * and, for a questionnaire, total, severity and flags.  Returns 0 or -1
 * (ENOMEM). */
int mh_journal_line(const json_t *entry, struct mh_buf *out);

/* Append the --plan view of the latest safety-plan entry (NULL when
 * there is none: then how to make one) to out.  Returns 0 or -1. */
int mh_journal_plan(const json_t *entry, struct mh_buf *out);

#endif
