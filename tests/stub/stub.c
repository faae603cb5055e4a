/* stub: a loopback HTTP server that plays an LLM provider for the tests.
 *
 *   stub [-t seconds] [-d fixtures] [-r prefix] RESPONSE...
 *
 * It binds 127.0.0.1 on an ephemeral port, prints the port on stdout, and
 * answers the n-th request with the n-th RESPONSE (the last one repeats),
 * each connection in its own process.  Every request is recorded as
 * PREFIX.N.head and PREFIX.N.body (N from 1) so tests check what the
 * client really sent.  It exits by itself after the time limit (default
 * 30 s).  RESPONSE is STATUS:FIXTURE[,option...], FIXTURE a file in the
 * fixtures directory ("-" for an empty body, its extension giving the
 * content type: .sse, .ndjson, .json), with the faults as options:
 *
 *   chunk=N          send the body N bytes per write (1: byte by byte)
 *   gap=USEC         pause between writes
 *   crlf             turn every LF of the body into CRLF
 *   drop=N           close the connection after N body bytes
 *   stall=MS         after `after` body bytes (default 0: headers and
 *   after=N          nothing) send nothing for MS, then close
 *   retry-after=V    a Retry-After header in seconds, or "past" for an
 *                    HTTP-date in the past
 *   retry-after-ms=N a retry-after-ms header
 *   header=NAME:VAL  any other header
 *
 * Plain sockets only (no libcurl), so it cannot share a bug with the
 * client it tests. */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

#define REQ_MAX ((size_t)8 << 20)

struct reply {
	long status;
	const char *fixture;
	long chunk, gap_us, drop, stall_ms, after, retry_after_ms;
	int crlf;
	const char *retry_after;
	char headers[1024];
};

static const char *fixtures = "tests/stub/fixtures";
static const char *prefix;
static long limit = 30;

static void
die(const char *what)
{
	fprintf(stderr, "stub: %s: %s\n", what, strerror(errno));
	_exit(1);
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: stub [-t seconds] [-d fixtures] [-r prefix] "
	    "STATUS:FIXTURE[,option...]...\n");
	exit(2);
}

static long
num(const char *s, const char *what)
{
	long v;

	if (mh_parse_long(s, 0, 1000000000L, &v) < 0) {
		fprintf(stderr, "stub: bad %s: %s\n", what, s);
		exit(2);
	}
	return v;
}

static void
parse_reply(char *spec, struct reply *r)
{
	char *colon = strchr(spec, ':'), *opt, *next;

	memset(r, 0, sizeof(*r));
	r->drop = r->after = r->retry_after_ms = -1;
	if (colon == NULL)
		usage();
	*colon = '\0';
	r->status = num(spec, "status");
	r->fixture = colon + 1;
	if ((opt = strchr(r->fixture, ',')) != NULL)
		*opt++ = '\0';
	for (; opt && *opt; opt = next) {
		char *eq;

		if ((next = strchr(opt, ',')) != NULL)
			*next++ = '\0';
		eq = strchr(opt, '=');
		if (eq)
			*eq++ = '\0';
		if (strcmp(opt, "crlf") == 0)
			r->crlf = 1;
		else if (eq == NULL)
			usage();
		else if (strcmp(opt, "chunk") == 0)
			r->chunk = num(eq, opt);
		else if (strcmp(opt, "gap") == 0)
			r->gap_us = num(eq, opt);
		else if (strcmp(opt, "drop") == 0)
			r->drop = num(eq, opt);
		else if (strcmp(opt, "stall") == 0)
			r->stall_ms = num(eq, opt);
		else if (strcmp(opt, "after") == 0)
			r->after = num(eq, opt);
		else if (strcmp(opt, "retry-after") == 0)
			r->retry_after = eq;
		else if (strcmp(opt, "retry-after-ms") == 0)
			r->retry_after_ms = num(eq, opt);
		else if (strcmp(opt, "header") == 0) {
			size_t l = strlen(r->headers);
			char *c = strchr(eq, ':');

			if (c == NULL)
				usage();
			snprintf(r->headers + l, sizeof(r->headers) - l,
			    "%.*s: %s\r\n", (int)(c - eq), eq, c + 1);
		} else
			usage();
	}
}

static void
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(0); /* the client went away: fine */
		p += w;
		n -= (size_t)w;
	}
}

static void
sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static void
save(long n, const char *ext, const char *p, size_t len)
{
	char path[4096];
	int fd;

	if (prefix == NULL)
		return;
	snprintf(path, sizeof(path), "%s.%ld.%s", prefix, n, ext);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
		die(path);
	write_all(fd, p, len);
	close(fd);
}

/* Read one request: the head up to the blank line, then Content-Length
 * bytes of body. */
static void
read_request(int fd, long n)
{
	struct mh_buf b = {0};
	char buf[65536], *end = NULL, *line, *nl;
	size_t head, want = 0;
	ssize_t r;

	while (end == NULL) {
		if ((r = read(fd, buf, sizeof(buf))) <= 0 || b.len > REQ_MAX)
			_exit(1);
		mh_buf_add(&b, buf, (size_t)r);
		end = strstr(b.p, "\r\n\r\n");
	}
	head = (size_t)(end - b.p) + 4;
	for (line = b.p; line < end; line = nl + 2) {
		nl = strstr(line, "\r\n");
		if (strncasecmp(line, "content-length:", 15) == 0) {
			char tmp[32];
			long v;

			snprintf(tmp, sizeof(tmp), "%.*s",
			    (int)(nl - line - 15), line + 15);
			if (mh_parse_long(tmp + strspn(tmp, " "), 0,
			        (long)REQ_MAX, &v) == 0)
				want = (size_t)v;
		}
		if (strncasecmp(line, "expect: 100-continue", 20) == 0)
			write_all(fd, "HTTP/1.1 100 Continue\r\n\r\n", 25);
	}
	while (b.len - head < want) {
		if ((r = read(fd, buf, sizeof(buf))) <= 0)
			_exit(1);
		mh_buf_add(&b, buf, (size_t)r);
	}
	save(n, "head", b.p, head);
	save(n, "body", b.p + head, b.len - head);
	mh_buf_free(&b);
}

static const char *
content_type(const char *f)
{
	const char *dot = strrchr(f, '.');

	if (dot && strcmp(dot, ".sse") == 0)
		return "text/event-stream";
	if (dot && strcmp(dot, ".ndjson") == 0)
		return "application/x-ndjson";
	if (dot && strcmp(dot, ".json") == 0)
		return "application/json";
	return "text/plain";
}

static void
load_body(const struct reply *r, struct mh_buf *body)
{
	struct mh_buf raw = {0};
	char path[4096];
	size_t i;

	mh_buf_add(body, "", 0);
	if (strcmp(r->fixture, "-") == 0)
		return;
	snprintf(path, sizeof(path), "%s/%s", fixtures, r->fixture);
	if (mh_read_file(path, 16 << 20, &raw) < 0)
		die(path);
	for (i = 0; i < raw.len; i++) {
		if (r->crlf && raw.p[i] == '\n')
			mh_buf_addc(body, '\r');
		mh_buf_addc(body, raw.p[i]);
	}
	mh_buf_free(&raw);
}

static void
respond(int fd, const struct reply *r)
{
	struct mh_buf head = {0}, body = {0};
	size_t off = 0, step;
	char size[32];
	int one = 1;

	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	load_body(r, &body);
	mh_buf_addf(&head,
	    "HTTP/1.1 %ld Stub\r\nContent-Type: %s\r\n"
	    "Transfer-Encoding: chunked\r\nConnection: close\r\n"
	    "x-request-id: req-stub-1\r\n%s",
	    r->status, content_type(r->fixture), r->headers);
	/* "past" stands for an HTTP-date long gone (its commas would split
	 * the option list). */
	if (r->retry_after)
		mh_buf_addf(&head, "Retry-After: %s\r\n",
		    strcmp(r->retry_after, "past") == 0
		        ? "Thu, 01 Jan 1970 00:00:00 GMT"
		        : r->retry_after);
	if (r->retry_after_ms >= 0)
		mh_buf_addf(&head, "retry-after-ms: %ld\r\n",
		    r->retry_after_ms);
	mh_buf_adds(&head, "\r\n");
	write_all(fd, head.p, head.len);
	step = r->chunk > 0 ? (size_t)r->chunk : body.len;
	while (off < body.len) {
		size_t k = body.len - off < step ? body.len - off : step;

		if (r->stall_ms > 0 &&
		    off >= (size_t)(r->after > 0 ? r->after : 0)) {
			sleep_ms(r->stall_ms);
			_exit(0);
		}
		if (r->drop >= 0 && off + k > (size_t)r->drop) {
			k = (size_t)r->drop - off;
			if (k > 0) {
				snprintf(size, sizeof(size), "%zx\r\n", k);
				write_all(fd, size, strlen(size));
				write_all(fd, body.p + off, k);
				write_all(fd, "\r\n", 2);
			}
			_exit(0);
		}
		snprintf(size, sizeof(size), "%zx\r\n", k);
		write_all(fd, size, strlen(size));
		write_all(fd, body.p + off, k);
		write_all(fd, "\r\n", 2);
		off += k;
		if (r->gap_us > 0 && off < body.len)
			usleep((useconds_t)r->gap_us);
	}
	if (r->stall_ms > 0) {
		sleep_ms(r->stall_ms);
		_exit(0);
	}
	write_all(fd, "0\r\n\r\n", 5);
	mh_buf_free(&head);
	mh_buf_free(&body);
}

int
main(int argc, char **argv)
{
	struct sockaddr_in sa = {0};
	socklen_t sl = sizeof(sa);
	struct reply *replies;
	int c, s, nreplies, i;
	long n = 0;

	while ((c = getopt(argc, argv, "t:d:r:")) != -1) {
		switch (c) {
		case 't': limit = num(optarg, "time limit"); break;
		case 'd': fixtures = optarg; break;
		case 'r': prefix = optarg; break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();
	nreplies = argc;
	if ((replies = calloc((size_t)argc, sizeof(*replies))) == NULL)
		die("calloc");
	for (i = 0; i < argc; i++)
		parse_reply(argv[i], &replies[i]);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_IGN);
	if ((s = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		die("socket");
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sa.sin_port = 0;
	if (bind(s, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    listen(s, 16) < 0 ||
	    getsockname(s, (struct sockaddr *)&sa, &sl) < 0)
		die("bind");
	printf("%d\n", ntohs(sa.sin_port));
	fflush(stdout);
	alarm((unsigned)limit);
	for (;;) {
		int fd = accept(s, NULL, NULL);
		pid_t pid;

		if (fd < 0) {
			if (errno == EINTR)
				continue;
			die("accept");
		}
		n++;
		if ((pid = fork()) < 0)
			die("fork");
		if (pid == 0) {
			close(s);
			alarm((unsigned)limit);
			read_request(fd, n);
			respond(fd,
			    &replies[n - 1 < nreplies ? n - 1 : nreplies - 1]);
			close(fd);
			_exit(0);
		}
		close(fd);
	}
}
