/* fill: step-by-step worksheet on a terminal, with drafts. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fill.h"

static volatile sig_atomic_t caught;

static void
on_signal(int sig)
{
	caught = sig;
}

int
mh_fill_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: the read must return */
	if (sigaction(SIGINT, &sa, NULL) == -1 ||
	    sigaction(SIGHUP, &sa, NULL) == -1 ||
	    sigaction(SIGTERM, &sa, NULL) == -1)
		return -1;
	return 0;
}

/* Give INT, HUP and TERM their default actions back.  Once the session is
 * over, a late hangup (the terminal can read as ended before its SIGHUP
 * arrives) must end the process rather than be caught while it exits:
 * caught during a sanitizer's exit-time check it left that check spinning. */
static void
default_signals(void)
{
	signal(SIGINT, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
}

char *
mh_fill_draft_path(const char *name)
{
	struct mh_buf b = {0};
	char *p;

	if (mh_buf_addf(&b, "drafts/%s.json", name) < 0)
		return NULL;
	p = mh_xdg_path("STATE", b.p);
	mh_buf_free(&b);
	return p;
}

/* Replace the draft atomically: a private temporary file beside it,
 * flushed, then renamed over it. */
static int
save_draft(const char *path, const json_t *draft, char *err, size_t errsize)
{
	struct mh_buf tmp = {0};
	char *s = NULL;
	int fd = -1;
	size_t n, off = 0;
	ssize_t w;

	if (mh_mkdir_parents(path) < 0 ||
	    mh_buf_addf(&tmp, "%s.XXXXXX", path) < 0)
		goto fail;
	if ((fd = mkstemp(tmp.p)) == -1 || fchmod(fd, 0600) == -1)
		goto fail;
	if ((s = json_dumps(draft, JSON_COMPACT)) == NULL)
		goto fail;
	n = strlen(s);
	while (off < n) {
		w = write(fd, s + off, n - off);
		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0)
			goto fail;
		off += (size_t)w;
	}
	if (fsync(fd) == -1)
		goto fail; /* which closes fd */
	if (close(fd) == -1) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp.p, path) == -1)
		goto fail;
	free(s);
	mh_buf_free(&tmp);
	return 0;
fail:
	snprintf(err, errsize, "%s: cannot keep a draft: %s", path,
	    strerror(errno));
	if (fd != -1)
		close(fd);
	if (tmp.p != NULL)
		unlink(tmp.p);
	free(s);
	mh_buf_free(&tmp);
	return -1;
}

/* Read one line from the terminal.  Returns the line (without the
 * newline; caller frees), or NULL at end of input or on a signal. */
static char *
read_line(FILE *in)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	errno = 0;
	n = getline(&line, &cap, in);
	if (n < 0) {
		free(line);
		clearerr(in);
		return NULL;
	}
	if (n > 0 && line[n - 1] == '\n')
		line[--n] = '\0';
	if (n > 0 && line[n - 1] == '\r')
		line[--n] = '\0';
	return line;
}

static int
yes_no(const struct mh_fill_opts *o, const char *q, int dflt)
{
	char *l;
	int r = dflt;

	fprintf(o->out, "%s [%s] ", q, dflt ? "Y/n" : "y/N");
	fflush(o->out);
	if ((l = read_line(o->in)) == NULL)
		return caught ? -1 : dflt;
	if (l[0] == 'y' || l[0] == 'Y')
		r = 1;
	else if (l[0] == 'n' || l[0] == 'N')
		r = 0;
	free(l);
	return r;
}

/* Load a draft of this worksheet, if any, into answers; returns the next
 * step, or 0 (none, or refused). */
static size_t
resume(const struct mh_worksheet *ws, const struct mh_fill_opts *o,
    json_t *answers, char *started, size_t startedsize)
{
	json_t *d, *a, *v;
	const char *k, *when;
	json_int_t next;
	char err[256];
	int at;

	if (o->draft == NULL || o->resume == 0)
		return 0;
	d = json_load_file(o->draft, 0, NULL);
	when = json_string_value(json_object_get(d, "started"));
	next = json_integer_value(json_object_get(d, "next"));
	a = json_object_get(d, "answers");
	if (d == NULL || when == NULL || !json_is_object(a) ||
	    json_integer_value(json_object_get(d, "template_version")) !=
	        mh_worksheet_version(ws) ||
	    next < 0 || (size_t)next > mh_worksheet_count(ws)) {
		json_decref(d);
		return 0;
	}
	if (o->resume < 0) {
		fprintf(o->out, "You have an unfinished %s, started %.16s.\n",
		    mh_worksheet_title(ws), when);
		at = yes_no(o, "Continue where you left off?", 1);
		if (at <= 0) {
			json_decref(d);
			return 0;
		}
	}
	json_object_foreach(a, k, v) {
		size_t i;

		for (i = 0; i < mh_worksheet_count(ws); i++)
			if (strcmp(mh_worksheet_item(ws, i)->id, k) == 0 &&
			    mh_worksheet_check_value(mh_worksheet_item(ws, i),
			        v, err, sizeof(err)) == 0)
				json_object_set(answers, k, v);
	}
	snprintf(started, startedsize, "%s", when);
	json_decref(d);
	return (size_t)next;
}

static void
show_item(const struct mh_worksheet *ws, size_t i, FILE *out)
{
	const struct mh_worksheet_item *it = mh_worksheet_item(ws, i);
	size_t k;

	fprintf(out, "\n[%zu/%zu] %s\n", i + 1, mh_worksheet_count(ws),
	    it->prompt);
	switch (it->type) {
	case MH_ITEM_SCALE:
		if (it->labels != NULL)
			for (k = 0; k < json_array_size(it->labels); k++)
				fprintf(out, "  %.0f  %s\n",
				    it->min + (double)k,
				    json_string_value(
				        json_array_get(it->labels, k)));
		else
			fprintf(out, "  (%.0f to %.0f)\n", it->min, it->max);
		break;
	case MH_ITEM_CHOICE:
		for (k = 0; k < json_array_size(it->options); k++)
			fprintf(out, "  %zu) %s\n", k + 1,
			    json_string_value(json_array_get(it->options, k)));
		break;
	case MH_ITEM_NUMBER:
		fprintf(out, "  (a number, %g to %g)\n", it->min, it->max);
		break;
	case MH_ITEM_TIME: fprintf(out, "  (a time, HH:MM)\n"); break;
	case MH_ITEM_TEXT: break;
	}
	if (!it->required)
		fprintf(out, "  (optional: press Enter to skip)\n");
}

int
mh_fill_run(const struct mh_worksheet *ws, const struct mh_fill_opts *o,
    json_t **answers, char *started, size_t startedsize, char *err,
    size_t errsize)
{
	json_t *a = json_object(), *v, *draft = NULL;
	size_t i, n = mh_worksheet_count(ws);
	int rc;
	char *line, verr[512];

	*answers = NULL;
	if (a == NULL) {
		snprintf(err, errsize, "out of memory");
		return -1;
	}
	caught = 0;
	mh_iso8601_now(started, startedsize);
	i = resume(ws, o, a, started, startedsize);
	if (caught)
		goto interrupted;
	fprintf(o->out,
	    "%s\n%s\n(Type ? for help with a step; Ctrl-C stops "
	    "and keeps your answers for next time.)\n",
	    mh_worksheet_title(ws), mh_worksheet_get(ws, "intro"));
	for (; i < n; i++) {
		const struct mh_worksheet_item *it = mh_worksheet_item(ws, i);

		if (!mh_worksheet_asked(ws, i, a)) {
			json_object_del(a, it->id);
			continue;
		}
		show_item(ws, i, o->out);
		for (;;) {
			fprintf(o->out, "> ");
			fflush(o->out);
			if ((line = read_line(o->in)) == NULL)
				goto interrupted;
			if (strcmp(line, "?") == 0) {
				fprintf(o->out, "  %s\n",
				    it->help ? it->help
				             : mh_worksheet_get(ws, "about"));
				free(line);
				continue;
			}
			v = mh_worksheet_value(it, line, verr, sizeof(verr));
			if (v == NULL && line[strspn(line, " \t")] == '\0' &&
			    !it->required) {
				free(line);
				json_object_del(a, it->id);
				break;
			}
			free(line);
			if (v == NULL) {
				fprintf(o->out, "  %s%s\n", verr,
				    it->required ? " (this step is needed; ? "
				                   "for help)"
				                 : "");
				continue;
			}
			json_object_set_new(a, it->id, v);
			break;
		}
		json_decref(draft);
		draft = json_pack("{s:s, s:i, s:s, s:O, s:I}", "name",
		    mh_worksheet_name(ws), "template_version",
		    mh_worksheet_version(ws), "started", started, "answers", a,
		    "next", (json_int_t)(i + 1));
		if (o->draft != NULL &&
		    (draft == NULL ||
		        save_draft(o->draft, draft, err, errsize) < 0)) {
			json_decref(draft);
			json_decref(a);
			default_signals();
			return -1;
		}
		if (o->alert != NULL && mh_worksheet_alert(ws, a, NULL))
			o->alert(o->alert_ctx, o->out, a);
	}
	json_decref(draft);
	default_signals();
	*answers = a;
	return 0;
interrupted:
	default_signals();
	rc = caught ? (int)caught : -2;
	fprintf(o->out, "\nStopped. %s\n",
	    o->draft != NULL && access(o->draft, F_OK) == 0
	        ? "Your answers so far are kept: run the same command to continue."
	        : "Nothing was saved.");
	fflush(o->out);
	json_decref(draft);
	json_decref(a);
	return rc;
}
