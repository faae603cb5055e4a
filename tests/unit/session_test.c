/* Unit tests for lib/session: names, append and reload, permissions,
 * torn lines, and the window of recent turns. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "session.h"
#include "tap.h"

int
main(void)
{
	char dir[] = "/tmp/mh-session-test.XXXXXX", err[256], path[512];
	struct mh_session *s;
	const struct mh_chat_msg *m;
	struct stat st;
	size_t n;
	FILE *f;

	if (mkdtemp(dir) == NULL)
		return 1;
	setenv("XDG_STATE_HOME", dir, 1);
	ok(mh_session_open("../etc", err, sizeof(err)) == NULL,
	    "path in a name refused");
	ok(mh_session_open(".hidden", err, sizeof(err)) == NULL,
	    "leading dot refused");
	ok(mh_session_open("", err, sizeof(err)) == NULL, "empty refused");

	s = mh_session_open("work-stress_1", err, sizeof(err));
	ok(s != NULL, "new session opens");
	m = mh_session_turns(s, 0, &n);
	is_int(n, 0, "a new session is empty");
	ok(mh_session_append(s, "I argued with [NAME_1]", "What happened?",
	       err, sizeof(err)) == 0,
	    "append");
	ok(mh_session_append(s, "They left", "How do you feel?", err,
	       sizeof(err)) == 0,
	    "append again");
	snprintf(path, sizeof(path), "%s/mh/sessions/work-stress_1.jsonl",
	    dir);
	is_str(mh_session_path(s), path, "file under XDG_STATE_HOME");
	ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "file is 0600");
	mh_session_free(s);

	/* A torn last line from a crash is skipped. */
	f = fopen(path, "a");
	fputs("{\"role\":\"user\",\"conte", f);
	fclose(f);
	s = mh_session_open("work-stress_1", err, sizeof(err));
	ok(s != NULL, "reopens");
	m = mh_session_turns(s, 0, &n);
	is_int(n, 4, "four turns back");
	is_str(m[0].content, "I argued with [NAME_1]", "oldest first");
	is_str(m[3].role, "assistant", "roles kept");
	m = mh_session_turns(s, 3, &n);
	is_int(n, 2, "a window starts at a user turn");
	is_str(m[0].content, "They left", "  the latest pair");
	ok(mh_session_append(s, "Later", "Reply", err, sizeof(err)) == 0,
	    "append after a torn line");
	mh_session_free(s);
	s = mh_session_open("work-stress_1", err, sizeof(err));
	mh_session_turns(s, 0, &n);
	is_int(n, 6, "the torn line did not swallow the next turn");
	mh_session_free(s);

	chmod(path, 0644);
	s = mh_session_open("work-stress_1", err, sizeof(err));
	ok(s == NULL, "a file others can read is refused");
	mh_session_free(s);
	unlink(path);
	snprintf(path, sizeof(path), "%s/mh/sessions", dir);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/mh", dir);
	rmdir(path);
	rmdir(dir);
	return done();
}
