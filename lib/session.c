/* session: local conversation history; see session.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "session.h"
#include "store.h"
#include "util.h"

struct mh_session {
	char *path;
	struct mh_chat_msg *msgs; /* strings malloc'd */
	size_t n, cap;
};

static int
valid_name(const char *name)
{
	size_t i, n = strlen(name);

	if (n == 0 || n > 64 || name[0] == '.')
		return 0;
	for (i = 0; i < n; i++) {
		char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		        (c >= '0' && c <= '9') || c == '.' || c == '_' ||
		        c == '-'))
			return 0;
	}
	return 1;
}

static int
keep(struct mh_session *s, const char *role, const char *content)
{
	char *r, *c;

	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		struct mh_chat_msg *m = realloc(s->msgs, cap * sizeof(*m));

		if (m == NULL)
			return -1;
		s->msgs = m;
		s->cap = cap;
	}
	r = strdup(role);
	c = strdup(content);
	if (r == NULL || c == NULL) {
		free(r);
		free(c);
		return -1;
	}
	s->msgs[s->n].role = r;
	s->msgs[s->n].content = c;
	s->n++;
	return 0;
}

/* Take each whole line that is a turn; skip anything else (a line torn
 * by a crash, or written by a later version). */
static int
load(struct mh_session *s, const struct mh_buf *b)
{
	const char *p = b->p, *end = b->p + b->len;

	while (p && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		json_t *v;

		if (nl == NULL)
			break;
		v = json_loadb(p, (size_t)(nl - p), 0, NULL);
		if (v) {
			const char *role =
			    json_string_value(json_object_get(v, "role"));
			const char *content =
			    json_string_value(json_object_get(v, "content"));

			if (role && content &&
			    (strcmp(role, "user") == 0 ||
			        strcmp(role, "assistant") == 0) &&
			    keep(s, role, content) < 0) {
				json_decref(v);
				return -1;
			}
			json_decref(v);
		}
		p = nl + 1;
	}
	return 0;
}

int
mh_session_name_ok(const char *name)
{
	return valid_name(name);
}

struct mh_session *
mh_session_open(const char *name, char *err, size_t errsize)
{
	struct mh_session *s;
	struct mh_buf b = {0}, rel = {0};

	if (!valid_name(name)) {
		snprintf(err, errsize,
		    "bad session name '%s': use up to 64 letters, digits, '.', "
		    "'_' or '-', not starting with '.'",
		    name);
		return NULL;
	}
	if ((s = calloc(1, sizeof(*s))) == NULL ||
	    mh_buf_addf(&rel, "sessions/%s.jsonl", name) < 0 ||
	    (s->path = mh_xdg_path("STATE", rel.p)) == NULL) {
		snprintf(err, errsize, "session %s: %s", name,
		    errno == ENOENT ? "neither XDG_STATE_HOME nor HOME is set"
		                    : strerror(ENOMEM));
		mh_buf_free(&rel);
		mh_session_free(s);
		return NULL;
	}
	mh_buf_free(&rel);
	if (mh_store_read(s->path, &b, err, errsize) < 0) {
		mh_session_free(s);
		return NULL;
	}
	if (load(s, &b) < 0) {
		snprintf(err, errsize, "session %s: %s", name,
		    strerror(ENOMEM));
		mh_buf_wipe(&b);
		mh_session_free(s);
		return NULL;
	}
	mh_buf_wipe(&b);
	return s;
}

void
mh_session_free(struct mh_session *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++) {
		free((char *)s->msgs[i].role);
		free((char *)s->msgs[i].content);
	}
	free(s->msgs);
	free(s->path);
	free(s);
}

const struct mh_chat_msg *
mh_session_turns(const struct mh_session *s, size_t max, size_t *n)
{
	size_t from = max && s->n > max ? s->n - max : 0;

	/* Start at a user turn, as every provider expects. */
	while (from < s->n && strcmp(s->msgs[from].role, "user") != 0)
		from++;
	*n = s->n - from;
	return s->msgs + from;
}

const char *
mh_session_path(const struct mh_session *s)
{
	return s->path;
}

static int
add_line(struct mh_buf *b, const char *role, const char *content,
    const char *when)
{
	json_t *v = json_pack("{s:s, s:s, s:s}", "role", role, "content",
	    content, "time", when);
	char *line = v ? json_dumps(v, JSON_COMPACT) : NULL;
	int rc = -1;

	if (line && mh_buf_adds(b, line) == 0 && mh_buf_addc(b, '\n') == 0)
		rc = 0;
	free(line);
	json_decref(v);
	return rc;
}

int
mh_session_append(struct mh_session *s, const char *user, const char *reply,
    char *err, size_t errsize)
{
	struct mh_buf b = {0};
	char when[40];
	int rc;

	mh_iso8601_now(when, sizeof(when));
	if (add_line(&b, "user", user, when) < 0 ||
	    add_line(&b, "assistant", reply, when) < 0) {
		snprintf(err, errsize, "session: %s", strerror(ENOMEM));
		mh_buf_wipe(&b);
		return -1;
	}
	rc = mh_store_append(s->path, b.p, b.len, err, errsize);
	mh_buf_wipe(&b);
	if (rc == 0 &&
	    (keep(s, "user", user) < 0 || keep(s, "assistant", reply) < 0)) {
		snprintf(err, errsize, "session: %s", strerror(ENOMEM));
		return -1;
	}
	return rc;
}
