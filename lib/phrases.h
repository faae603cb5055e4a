/* phrases: the keep file's entries as written, for mh-redact to leave a
 * span that is one of them.
 *
 * The keep file's words are kept by the word table (names.h), which
 * holds words: an entry such as a clinic's name ("Mercy Hospital"), a
 * helpline's number ("1-800-555-0199") or a web address ("example.org")
 * has digits or punctuation that no word holds, and was dropped.  Each
 * line is here too, and a span of the scanner that is exactly a line,
 * compared in ASCII lower case with runs of blanks as one, is left as it
 * is written. */
#ifndef MH_PHRASES_H
#define MH_PHRASES_H

#include <stddef.h>

struct mh_phrases;

/* The entries of len bytes of a keep file's text (UTF-8, read by
 * mh_names_read_list(), whose words names.h takes too), name saying
 * whose in messages: one entry a line, '#' to the line's end a comment,
 * blanks around an entry not part of it, empty lines none.  Returns the
 * set (possibly of no entry), or NULL with a message in err (an entry
 * too long, ENOMEM). */
struct mh_phrases *mh_phrases_parse(const char *text, size_t len,
    const char *name, char *err, size_t errsize);

/* Is the n bytes of s one of the entries? */
int mh_phrases_has(const struct mh_phrases *p, const char *s, size_t n);

/* The number of entries. */
size_t mh_phrases_count(const struct mh_phrases *p);

void mh_phrases_free(struct mh_phrases *p);

#endif
