/* session: a named conversation kept on this machine so later questions
 * carry the earlier turns as context.  Stored one JSON line per turn in
 * $XDG_STATE_HOME/mh/sessions/NAME.jsonl through store.h (0600, append
 * only, locked).  Only what was sent or received is stored: the redacted
 * message and the model's reply before placeholders are restored, never
 * the original text. */
#ifndef MH_SESSION_H
#define MH_SESSION_H

#include <stddef.h>

#include "provider.h"

struct mh_session;

/* Open session name (letters, digits, '.', '_', '-'; not starting with
 * '.'; at most 64 bytes) and read its turns.  A new session has none.
 * Returns a session the caller frees, or NULL with a message in err (a
 * bad name, a file that is not private, ENOMEM).  Torn lines are
 * skipped. */
struct mh_session *mh_session_open(const char *name, char *err, size_t errsize);
/* Non-zero when name is a valid session name (the rule above), so that a
 * tool can refuse a bad one as a usage error before doing any work. */
int mh_session_name_ok(const char *name);
void mh_session_free(struct mh_session *s);

/* The last turns of the session, at most max messages (0: all), oldest
 * first, in *n.  The array and strings are owned by the session. */
const struct mh_chat_msg *mh_session_turns(const struct mh_session *s,
    size_t max, size_t *n);

/* Append a user message and the reply to it, as two lines in one locked
 * write, and keep them in memory for the next turn.  Returns 0, or -1
 * with a message in err. */
int mh_session_append(struct mh_session *s, const char *user, const char *reply,
    char *err, size_t errsize);

/* The path of the session file (owned by the session). */
const char *mh_session_path(const struct mh_session *s);

#endif
