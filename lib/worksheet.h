/* worksheet: worksheet and questionnaire templates (JSON data files) and
 * the answers given to them.
 *
 * Templates are installed in <datadir>/worksheets/NAME.json; a file of
 * the same name in $XDG_CONFIG_HOME/mh/worksheets/ overrides an installed
 * one, and new names there extend the list.  A template is checked
 * strictly when loaded (unknown keys, bad ranges, duplicate ids, a
 * questionnaire whose items would not score), and every error names the
 * file and the problem.  See mh-worksheet(1) for the format.
 *
 * Answers are a JSON object of item id to value: scale (an integer in
 * min..max), choice (one of the option strings), text (a string), number
 * (a number in min..max) and time ("HH:MM", 24-hour). */
#ifndef MH_WORKSHEET_H
#define MH_WORKSHEET_H

#include <stddef.h>
#include <jansson.h>

#include "jsonl.h"
#include "util.h"

/* Version of the "worksheet" object in result records. */
#define MH_WORKSHEET_SCHEMA 1
/* Longest template file accepted, and longest text answer (bytes). */
#define MH_WORKSHEET_MAX_FILE ((size_t)1 << 20)
#define MH_WORKSHEET_MAX_TEXT 16384

enum mh_item_type {
	MH_ITEM_SCALE,
	MH_ITEM_CHOICE,
	MH_ITEM_TEXT,
	MH_ITEM_NUMBER,
	MH_ITEM_TIME,
};

/* One item of a template, read-only, valid while its template lives.
 * labels (scale), options (choice) and ask_if are borrowed jansson
 * values or NULL. */
struct mh_worksheet_item {
	const char *id;
	const char *prompt;
	const char *help; /* may be NULL */
	enum mh_item_type type;
	double min, max; /* scale and number */
	int required;
	const json_t *labels;  /* array of strings, one per scale point */
	const json_t *options; /* array of strings */
	const json_t *ask_if;  /* {"ids": [...], "values": [...]} */
};

struct mh_worksheet;

/* Parse and check template text (len bytes) read from file (used in
 * messages); name, when not NULL, is the name the file must carry.
 * Returns a template the caller frees with mh_worksheet_free, or NULL
 * with "file: problem" in err. */
struct mh_worksheet *mh_worksheet_parse(const char *text, size_t len,
    const char *file, const char *name, char *err, size_t errsize);

/* Find and load template name: the user's directory first, then the
 * installed one.  Returns a template the caller frees, or NULL with a
 * message in err (unknown name, or the broken file and its problem). */
struct mh_worksheet *mh_worksheet_load(const char *name, char *err,
    size_t errsize);
void mh_worksheet_free(struct mh_worksheet *ws);

/* List the available templates, sorted by name, as a new array of
 * {"name", "title", "kind", "source"} ("user" or "installed") that the
 * caller json_decrefs.  A broken user template is left out and reported
 * as one "file: problem" line appended to errors.  Returns NULL only on
 * ENOMEM or when no directory can be read (message in err). */
json_t *mh_worksheet_list(struct mh_buf *errors, char *err, size_t errsize);

/* Accessors; strings are owned by the template ("" when absent). */
const char *mh_worksheet_name(const struct mh_worksheet *ws);
const char *mh_worksheet_title(const struct mh_worksheet *ws);
const char *mh_worksheet_get(const struct mh_worksheet *ws, const char *key);
int mh_worksheet_version(const struct mh_worksheet *ws);
size_t mh_worksheet_count(const struct mh_worksheet *ws);
const struct mh_worksheet_item *mh_worksheet_item(const struct mh_worksheet *ws,
    size_t i);

/* The template as shown by --show: a new object the caller json_decrefs
 * (name, title, version, kind, about, attribution, items with id, prompt,
 * type, min/max or options, labels, required, help, ask_if). */
json_t *mh_worksheet_show(const struct mh_worksheet *ws);

/* Non-zero when item i is to be asked given the answers so far (its
 * ask_if condition holds, or it has none). */
int mh_worksheet_asked(const struct mh_worksheet *ws, size_t i,
    const json_t *answers);

/* Turn a typed answer s into a value for item it: a scale number, an
 * option (by name, unique prefix or 1-based number), a number, "HH:MM",
 * or text (trimmed).  Returns a new reference, or NULL with a short
 * message in err (an empty s is an error: the caller decides whether the
 * item may be skipped). */
json_t *mh_worksheet_value(const struct mh_worksheet_item *it, const char *s,
    char *err, size_t errsize);

/* Check value v against item it.  Returns 0 or -1 with a message naming
 * the item and the accepted values. */
int mh_worksheet_check_value(const struct mh_worksheet_item *it,
    const json_t *v, char *err, size_t errsize);

/* Check a complete set of answers: an object; every key an item; every
 * asked required item present; no answer to an item not asked; each
 * value valid.  Returns 0 or -1 with the first problem in err. */
int mh_worksheet_check(const struct mh_worksheet *ws, const json_t *answers,
    char *err, size_t errsize);

/* Build the "worksheet" object of a result record from checked answers
 * and the start and completion times (ISO 8601 with offset): schema,
 * name, title, template_version, started, completed, answers (in item
 * order) and, for a questionnaire, scores.  Returns a new reference or
 * NULL with a message in err. */
json_t *mh_worksheet_result(const struct mh_worksheet *ws,
    const json_t *answers, const char *started, const char *completed,
    char *err, size_t errsize);

/* Append the human-readable summary of a result object (from
 * mh_worksheet_result) to out: title, score line, then each answered
 * item as "prompt: answer".  Returns 0 or -1 (ENOMEM). */
int mh_worksheet_text(const struct mh_worksheet *ws, const json_t *result,
    struct mh_buf *out);

/* Non-zero when the answers or scores call for crisis resources at once:
 * a flag in scores (phq9_item9, asq_*) or one of the template's alerts
 * (e.g. a diary-card suicide urge of 4 or more).  With scores NULL
 * (answers still coming in), PHQ-9 q9 above 0 and any ASQ yes or
 * refusal count at once. */
int mh_worksheet_alert(const struct mh_worksheet *ws, const json_t *answers,
    const json_t *scores);

/* Take the answers out of an input record: its "answers" member when it
 * has one (the other members stay, to pass through), else the record's
 * members themselves (all removed).  Returns a new reference, or NULL
 * on ENOMEM. */
json_t *mh_worksheet_take(struct mh_record *rec);

/* Check answers and write the result into rec: the "worksheet" object
 * (mh_worksheet_result, completed now; started, when NULL, now too) and
 * the summary under field (NULL: "text").  *scores (may be NULL) gets a
 * new reference to the scores, or NULL for a worksheet.  Returns 0, or
 * -1 with a message in err (bad answers; ENOMEM). */
int mh_worksheet_record(const struct mh_worksheet *ws, struct mh_record *rec,
    const json_t *answers, const char *started, const char *field,
    json_t **scores, char *err, size_t errsize);

#endif
