/* cli: common options, diagnostics and the record loop.  See cli.h. */
#ifdef __linux__
#define _GNU_SOURCE /* F_SETPIPE_SZ */
#endif
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "cli.h"

#ifndef MH_VERSION
#define MH_VERSION "0"
#endif

/* The pipe size asked for on standard input and output: the most an
 * unprivileged process may set by default (/proc/sys/fs/pipe-max-size). */
#define PIPE_WANT (1 << 20)

/* Make a pipe on fd hold PIPE_WANT bytes, where the system lets it.  With
 * the default 64 KiB, a filter whose output is several times its input
 * (mh-screen writes about six bytes a byte of chat) fills the pipe with
 * each buffer it writes and waits for its reader: measured on mh-screen
 * over 32 MiB, system time fell by about half.  A pipe already larger, a
 * file, a terminal or a refusal (the per-user limit of pipe memory) is
 * left as it is; nothing is lost either way. */
static void
grow_pipe(int fd)
{
#ifdef F_SETPIPE_SZ
	struct stat st;
	int have;

	if (fstat(fd, &st) == -1 || !S_ISFIFO(st.st_mode))
		return;
	have = fcntl(fd, F_GETPIPE_SZ);
	if (have >= 0 && have < PIPE_WANT)
		(void)fcntl(fd, F_SETPIPE_SZ, PIPE_WANT);
#else
	(void)fd;
#endif
}

void
mh_cli_init(void)
{
	static char obuf[1 << 16];

	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			/* stdout gets a read-only descriptor so that every
			 * write fails with EBADF and is reported. */
			int nfd =
			    open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);

			if (nfd != -1 && nfd != fd) {
				dup2(nfd, fd);
				close(nfd);
			}
		}
	}
	signal(SIGPIPE, SIG_DFL);
	signal(SIGXFSZ, SIG_IGN);
	/* A large buffer for throughput; the reader flushes it whenever it
	 * is about to wait for input, so records still stream. */
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	grow_pipe(STDIN_FILENO);
	grow_pipe(STDOUT_FILENO);
}

void
mh_cli_no_core(void)
{
	struct rlimit rl = {0, 0};

	(void)setrlimit(RLIMIT_CORE, &rl);
#ifdef __linux__
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void
mh_warnx(const char *tool, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", tool);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
mh_warn(const char *tool, const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	fprintf(stderr, "%s: ", tool);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, ": %s\n", strerror(saved));
}

int
mh_cli_usage(const struct mh_cli *cli)
{
	fprintf(stderr, "usage: %s %s\n", cli->tool, cli->usage);
	return MH_EXIT_USAGE;
}

int
mh_cli_common(const struct mh_cli *cli, int c, const char *arg,
    struct mh_reader_opts *ro)
{
	switch (c) {
	case 'h':
		printf("usage: %s %s\n\n%s", cli->tool, cli->usage, cli->help);
		return mh_cli_flush(cli->tool, stdout) ? MH_EXIT_IO
		                                       : MH_EXIT_OK;
	case 'V':
		printf("%s %s\n", cli->tool, MH_VERSION);
		return mh_cli_flush(cli->tool, stdout) ? MH_EXIT_IO
		                                       : MH_EXIT_OK;
	case 'w': ro->whole = 1; return MH_CLI_CONTINUE;
	case 'f':
		if (arg == NULL || arg[0] == '\0') {
			mh_warnx(cli->tool, "--field needs a field name");
			return mh_cli_usage(cli);
		}
		ro->text_field = arg;
		return MH_CLI_CONTINUE;
	case '?':
	case ':': return mh_cli_usage(cli);
	default: return MH_CLI_CONTINUE;
	}
}

int
mh_cli_flush(const char *tool, FILE *f)
{
	if (fflush(f) == EOF || ferror(f)) {
		if (errno == EPIPE)
			return MH_EXIT_IO; /* the reader left: say nothing */
		mh_warn(tool, "write error");
		return MH_EXIT_IO;
	}
	return 0;
}

int
mh_cli_max_record(const char *tool, const struct mh_config *cfg,
    struct mh_reader_opts *ro)
{
	const char *mr;
	long v;

	if (ro->max_record != 0 ||
	    (mr = mh_config_get(cfg, "max_record")) == NULL)
		return 0;
	if (mh_parse_long(mr, 1, LONG_MAX, &v) == -1) {
		mh_warnx(tool, "max_record: not a positive number of bytes: %s",
		    mr);
		return -1;
	}
	ro->max_record = (size_t)v;
	return 0;
}

/* Report a failed record on stderr from its error object. */
static void
report(const char *tool, const char *name, const struct mh_record *rec)
{
	json_t *e = mh_record_json(rec, "error");
	const char *msg =
	    e ? json_string_value(json_object_get(e, "message")) : NULL;

	mh_warnx(tool, "%s:%zu: %s", name, mh_record_line(rec),
	    msg ? msg : "record failed");
	json_decref(e);
}

/* May plain lines take f's fast path: has it one, and is the text field
 * none of the members the record way owns? */
static int
plain_ok(const struct mh_filter *f, const char *field)
{
	if (f->plain == NULL || strcmp(field, "error") == 0)
		return 0;
	for (const char *const *o = f->owned; o != NULL && *o != NULL; o++)
		if (strcmp(field, *o) == 0)
			return 0;
	return 1;
}

/* Output lines not yet written: many lines to one write.  They go
 * straight to the descriptor, not through stdout's buffer: an fwrite a
 * line cost mh-screen 3% of its instructions on chat messages, and an
 * fwrite a batch copied every byte of the output once more (0.7 M
 * instructions on mh-redact's 2 MB bench).  Errors are kept here, not
 * in stdout's error flag: see batch_fail(). */
struct batch {
	struct mh_buf buf;
	int failed; /* a write failed, now or before */
	int err;    /* its errno */
	/* The reader, kept here too (the batch is in memory, its address
	 * given to the reader): a filter whose reader has left dies of
	 * SIGPIPE inside batch_write()'s write(), which saves no register
	 * on the stack, and valgrind, not finding the reader in memory
	 * then, said it was "definitely lost" (on stderr, which the tests
	 * of `mh-redact | head -1` under valgrind want empty).  Through
	 * fwrite(), stdio's calls had saved it on the stack. */
	struct mh_reader *volatile reader; /* a store no optimizer drops */
};

/* A batch this large is written without waiting for the input to pause:
 * each batch is a system call, and this is stdout's buffer size (see
 * mh_cli_init), which made as many calls when batches went through it. */
#define BATCH_BYTES ((size_t)1 << 16)

/* Write the batch to stdout and empty it.  Returns 0, or -1 when a write
 * of it has failed (then, and after, nothing more is written). */
static int
batch_write(struct batch *b)
{
	size_t at = 0;

	/* whatever went to stdout's buffer (nothing, in the filters) goes
	 * before the batch */
	if (!b->failed && b->buf.len > 0 && fflush(stdout) == EOF) {
		b->failed = 1;
		b->err = errno;
	}
	while (!b->failed && at < b->buf.len) {
		ssize_t w =
		    write(STDOUT_FILENO, b->buf.p + at, b->buf.len - at);

		if (w > 0)
			at += (size_t)w;
		else if (w == -1 && errno == EINTR)
			continue;
		else {
			b->failed = 1;
			b->err = w == -1 ? errno : EIO;
		}
	}
	/* not a huge buffer kept after one huge record */
	if (b->buf.cap > ((size_t)1 << 22))
		mh_buf_free(&b->buf);
	mh_buf_reset(&b->buf);
	return b->failed ? -1 : 0;
}

/* Say why a batch was not written, as mh_cli_flush() says it of stdout's
 * buffer: nothing when the reader has left. */
static void
batch_fail(const char *tool, const struct batch *b)
{
	if (b->err == EPIPE)
		return;
	errno = b->err;
	mh_warn(tool, "write error");
}

/* Before the reader waits for input: out with everything, so that a
 * slow producer streams through. */
static void
before_read(void *ctx)
{
	if (batch_write(ctx) == 0)
		fflush(stdout); /* errors surface at the next write */
}

int
mh_filter_run(const struct mh_filter *f)
{
	struct mh_reader_opts ro = f->ro, text_ro;
	struct mh_reader *r;
	struct mh_record *rec;
	const char *field = ro.text_field ? ro.text_field : "text";
	const char *name = ro.name ? ro.name : "<stdin>";
	struct batch b = {{0}, 0, 0, NULL};
	int rc, failed = 0, status = MH_EXIT_OK, plain = plain_ok(f, field);

	ro.flush = before_read;
	ro.flush_ctx = &b;
	ro.members = plain && f->plain_members != NULL;
	if (mh_cli_max_record(f->tool, f->cfg, &ro) < 0)
		return MH_EXIT_USAGE;
	/* makes the record {field: text} of a text, whatever it holds */
	text_ro = ro;
	text_ro.whole = 1;
	if ((r = mh_reader_new(STDIN_FILENO, &ro)) == NULL) {
		mh_warn(f->tool, "reader");
		return MH_EXIT_IO;
	}
	b.reader = r;
	for (;;) {
		const char *code, *msg, *text;
		size_t tlen;
		int clean;

		rc = plain ? mh_reader_next_text(r, &rec, &text, &tlen, &clean)
		           : mh_reader_next(r, &rec);
		if (rc == 2 || rc == 3) {
			size_t mark = b.buf.len, blen, alen, llen;
			const char *before, *after, *line;
			/* 3: a JSON line with members around its text */
			int mem = rc == 3 &&
			    mh_reader_members(r, &before, &blen, &after, &alen,
			        &line, &llen);
			int prc = mem
			    ? f->plain_members(text, tlen, clean, before, blen,
			          after, alen, f->ctx, &b.buf)
			    : f->plain(text, tlen, clean, f->ctx, &b.buf);

			if (prc == MH_FILTER_FATAL) {
				/* the lines before it go out, none of it */
				b.buf.len = mark;
				status =
				    f->fatal_code ? f->fatal_code : MH_EXIT_IO;
				break;
			}
			if (prc == 0) {
				if ((b.buf.len >= BATCH_BYTES ||
				        f->flush_each) &&
				    batch_write(&b) < 0)
					goto write_error;
				if (f->flush_each &&
				    mh_cli_flush(f->tool, stdout))
					goto io_error;
				continue;
			}
			/* the line's record, its text's for a text alone */
			rec = mem ? mh_record_parse(line, llen,
			                mh_reader_line(r), &ro)
			          : mh_record_parse(text, tlen,
			                mh_reader_line(r), &text_ro);
			if (rec == NULL) {
				mh_warnx(f->tool, "out of memory");
				status = MH_EXIT_IO;
				break;
			}
		} else if (rc != 1)
			break;

		if ((code = mh_record_bad(rec, &msg)) != NULL) {
			mh_warnx(f->tool, "%s:%zu: %s", name,
			    mh_record_line(rec), msg);
			if (mh_record_set_error(rec, f->tool, code, msg) ==
			    -1) {
				mh_record_free(rec);
				status = MH_EXIT_IO;
				mh_warnx(f->tool, "out of memory");
				break;
			}
			failed = 1;
		} else {
			int prc = f->process(rec, f->ctx);

			if (prc == MH_FILTER_FATAL) {
				mh_record_free(rec);
				status =
				    f->fatal_code ? f->fatal_code : MH_EXIT_IO;
				break;
			}
			if (prc != 0) {
				failed = 1;
				if (f->fail_closed) {
					mh_record_remove(rec, field);
					mh_record_remove(rec, "reply");
				}
				if (!mh_record_has(rec, "error"))
					mh_record_set_error(rec, f->tool,
					    "failed", "record failed");
				report(f->tool, name, rec);
			}
		}
		if (mh_record_serialize(rec, &b.buf) == -1) {
			mh_record_free(rec);
			mh_warnx(f->tool, "out of memory");
			goto io_error;
		}
		mh_record_free(rec);
		if ((b.buf.len >= BATCH_BYTES || f->flush_each) &&
		    batch_write(&b) < 0)
			goto write_error;
		if (f->flush_each && mh_cli_flush(f->tool, stdout))
			goto io_error;
	}
	if (rc == -1) {
		mh_warn(f->tool, "%s: read error", name);
		status = MH_EXIT_IO;
	}
	mh_reader_free(r);
	r = b.reader = NULL;
	if (batch_write(&b) < 0)
		goto write_error;
	mh_buf_free(&b.buf);
	if (mh_cli_flush(f->tool, stdout))
		return MH_EXIT_IO;
	if (status == MH_EXIT_OK && failed)
		status = MH_EXIT_FAILED;
	return status;
write_error:
	batch_fail(f->tool, &b);
io_error:
	mh_buf_free(&b.buf);
	mh_reader_free(r);
	return MH_EXIT_IO;
}
