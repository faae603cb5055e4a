/* http: libcurl transport with the retry and safety policy; see http.h. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>

#include "http.h"
#include "provider.h"
#include "util.h"

/* An error body is only read for its message: keep the start of it. */
#define ERROR_BODY_MAX ((size_t)64 << 10)

struct mh_http {
	CURL *curl;
	struct mh_http_opts o;
};

/* State of one attempt, shared with the callbacks. */
struct attempt {
	struct mh_http *h;
	int (*on_body)(void *ctx, const char *buf, size_t n);
	void *ctx;
	long status;
	int started;
	int stopped; /* on_body returned non-zero */
	int stalled;
	int cancelled;
	struct mh_buf error_body;
	double t0, last, first;
	long retry_after_ms; /* retry-after-ms header, -1 when absent */
	int should_retry;    /* x-should-retry: 1 true, 0 false, -1 absent */
	char request_id[128];
};

struct mh_http *
mh_http_new(const struct mh_http_opts *o)
{
	struct mh_http *h = calloc(1, sizeof(*h));

	if (h == NULL)
		return NULL;
	if (o)
		h->o = *o;
	else
		h->o.retries = -1;
	if (h->o.connect_timeout_ms <= 0)
		h->o.connect_timeout_ms = 10000;
	if (h->o.stall_timeout_ms <= 0)
		h->o.stall_timeout_ms = 120000;
	if (h->o.retries < 0)
		h->o.retries = 2;
	if (h->o.retry_cap_ms <= 0)
		h->o.retry_cap_ms = 60000;
	if (h->o.total_ms <= 0)
		h->o.total_ms = 600000;
	if ((h->curl = curl_easy_init()) == NULL) {
		free(h);
		errno = ENOMEM;
		return NULL;
	}
	return h;
}

void
mh_http_free(struct mh_http *h)
{
	if (h == NULL)
		return;
	curl_easy_cleanup(h->curl);
	free(h);
}

static int
is_loopback(const char *host)
{
	if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 ||
	    strcmp(host, "::1") == 0)
		return 1;
	if (strncmp(host, "127.", 4) == 0) {
		const char *p = host + 4;

		while (*p && ((*p >= '0' && *p <= '9') || *p == '.'))
			p++;
		return *p == '\0';
	}
	return 0;
}

/* Split url into scheme and host with libcurl's own parser, so what is
 * checked is what libcurl will connect to. */
static int
url_parts(const char *url, char **scheme, char **host)
{
	CURLU *u = curl_url();
	int rc = -1;

	*scheme = *host = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK)
		rc = 0;
	curl_url_cleanup(u);
	return rc;
}

int
mh_http_check_url(const char *url, char *err, size_t errsize)
{
	char *scheme, *host;
	int rc = -1;

	if (url_parts(url, &scheme, &host) < 0)
		snprintf(err, errsize, "not a usable URL: %s", url);
	else if (strcmp(scheme, "https") == 0)
		rc = 0;
	else if (strcmp(scheme, "http") != 0)
		snprintf(err, errsize, "only http and https URLs: %s", url);
	else if (!is_loopback(host))
		snprintf(err, errsize,
		    "plain http is only for a server on this machine "
		    "(localhost, 127.0.0.0/8, ::1); use https for %s",
		    host);
	else
		rc = 0;
	curl_free(scheme);
	curl_free(host);
	return rc;
}

static size_t
on_write(char *p, size_t size, size_t nmemb, void *ud)
{
	struct attempt *a = ud;
	size_t n = size * nmemb;

	a->last = mh_now_ms();
	if (a->status == 0)
		curl_easy_getinfo(a->h->curl, CURLINFO_RESPONSE_CODE,
		    &a->status);
	if (n == 0)
		return 0;
	if (a->status >= 200 && a->status < 300) {
		if (a->first < 0)
			a->first = a->last - a->t0;
		a->started = 1;
		if (a->on_body(a->ctx, p, n) != 0) {
			a->stopped = 1;
			return CURL_WRITEFUNC_ERROR;
		}
	} else if (a->error_body.len < ERROR_BODY_MAX) {
		size_t k = ERROR_BODY_MAX - a->error_body.len;

		if (mh_buf_add(&a->error_body, p, n < k ? n : k) < 0)
			return CURL_WRITEFUNC_ERROR;
	}
	return n;
}

/* Does header line s (n bytes) have the name name?  Then return its
 * value, NUL-terminated in buf. */
static const char *
header_value(const char *s, size_t n, const char *name, char *buf, size_t size)
{
	size_t k = strlen(name), e;

	if (n <= k || s[k] != ':' || strncasecmp(s, name, k) != 0)
		return NULL;
	s += k + 1;
	n -= k + 1;
	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	e = n;
	while (
	    e > 0 && (s[e - 1] == '\r' || s[e - 1] == '\n' || s[e - 1] == ' '))
		e--;
	if (e >= size)
		e = size - 1;
	memcpy(buf, s, e);
	buf[e] = '\0';
	return buf;
}

static size_t
on_header(char *p, size_t size, size_t nmemb, void *ud)
{
	struct attempt *a = ud;
	size_t n = size * nmemb;
	char v[128];
	long ms;

	a->last = mh_now_ms();
	if (n > 5 && strncmp(p, "HTTP/", 5) == 0) {
		/* A new response (after a 100 Continue): start afresh. */
		a->retry_after_ms = -1;
		a->should_retry = -1;
	} else if (header_value(p, n, "retry-after-ms", v, sizeof(v))) {
		if (mh_parse_long(v, 0, 86400000L, &ms) == 0)
			a->retry_after_ms = ms;
	} else if (header_value(p, n, "x-should-retry", v, sizeof(v))) {
		a->should_retry = strcasecmp(v, "true") == 0 ? 1
		    : strcasecmp(v, "false") == 0            ? 0
		                                             : -1;
	} else if (header_value(p, n, "x-request-id", v, sizeof(v)) ||
	    header_value(p, n, "request-id", v, sizeof(v))) {
		snprintf(a->request_id, sizeof(a->request_id), "%s", v);
	}
	return n;
}

static int
on_progress(void *ud, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
    curl_off_t ulnow)
{
	struct attempt *a = ud;

	(void)dltotal;
	(void)dlnow;
	(void)ultotal;
	(void)ulnow;
	if (a->h->o.cancel && *a->h->o.cancel) {
		a->cancelled = 1;
		return 1;
	}
	if (mh_now_ms() - a->last > (double)a->h->o.stall_timeout_ms) {
		a->stalled = 1;
		return 1;
	}
	return 0;
}

static void
wipe_list(struct curl_slist *l)
{
	struct curl_slist *i;

	for (i = l; i; i = i->next)
		explicit_bzero(i->data, strlen(i->data));
	curl_slist_free_all(l);
}

static CURLcode
perform(struct mh_http *h, const char *url, struct curl_slist *hdrs,
    const char *body, size_t n, struct attempt *a, char *errbuf)
{
	CURL *c = h->curl;
	char *scheme = NULL, *host = NULL;
	CURLcode rc;

	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "mh-ask/" MH_VERSION);
	curl_easy_setopt(c, CURLOPT_POST, 1L);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)n);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, h->o.connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, a);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, a);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, a);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	/* A server on this machine is never reached through a proxy. */
	if (url_parts(url, &scheme, &host) == 0 && is_loopback(host))
		curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_free(scheme);
	curl_free(host);
	errbuf[0] = '\0';
	rc = curl_easy_perform(c);
	if (a->status == 0)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &a->status);
	return rc;
}

static void set(struct mh_http_result *res, const char *code, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

static void
set(struct mh_http_result *res, const char *code, const char *fmt, ...)
{
	va_list ap;

	snprintf(res->code, sizeof(res->code), "%s", code);
	va_start(ap, fmt);
	vsnprintf(res->message, sizeof(res->message), fmt, ap);
	va_end(ap);
}

/* Describe a failed attempt in res; return whether it may be retried. */
static int
judge(struct mh_http *h, const struct attempt *a, CURLcode rc,
    const char *errbuf, struct mh_http_result *res)
{
	const char *what = errbuf[0] ? errbuf : curl_easy_strerror(rc);
	char msg[400], type[64];
	long s = a->status;
	int retry;

	if (a->cancelled) {
		set(res, "cancelled", "interrupted");
		return 0;
	}
	if (a->stalled) {
		set(res, "stalled", "no data from the server for %.1f s%s",
		    (double)h->o.stall_timeout_ms / 1000.0,
		    a->started ? " in the middle of the reply" : "");
		return !a->started;
	}
	if (rc != CURLE_OK && a->started) {
		set(res, "dropped",
		    "the connection broke in the middle of "
		    "the reply: %s",
		    what);
		return 0;
	}
	if (rc != CURLE_OK && !(s >= 400 && a->error_body.len > 0)) {
		switch (rc) {
		case CURLE_COULDNT_CONNECT:
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_RESOLVE_PROXY:
			set(res, "connect", "cannot connect: %s", what);
			return 1;
		case CURLE_OPERATION_TIMEDOUT:
			set(res, "timeout", "timed out: %s", what);
			return 1;
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SSL_CONNECT_ERROR:
		case CURLE_SSL_CERTPROBLEM:
		case CURLE_SSL_CACERT_BADFILE:
			set(res, "tls",
			    "TLS failed (the certificate is always "
			    "checked): %s",
			    what);
			return 0;
		case CURLE_UNSUPPORTED_PROTOCOL:
		case CURLE_URL_MALFORMAT: set(res, "url", "%s", what); return 0;
		default:
			set(res, s ? "dropped" : "connect",
			    "%s before the reply began: %s",
			    s ? "the connection broke" : "no response", what);
			return 1;
		}
	}
	mh_provider_error_body(a->error_body.p ? a->error_body.p : "",
	    a->error_body.len, msg, sizeof(msg), type, sizeof(type));
	if (msg[0] == '\0')
		snprintf(msg, sizeof(msg), "the server sent no explanation");
	retry = s == 408 || s == 409 || s == 429 || s >= 500;
	/* A 429 may mean a billing limit that no wait will lift. */
	if (s == 429 &&
	    (strcmp(type, "insufficient_quota") == 0 ||
	        strstr(a->error_body.p ? a->error_body.p : "",
	            "enforced_spend_limit_reached"))) {
		set(res, "quota",
		    "HTTP %ld: a billing or quota limit, not a "
		    "passing one: %s",
		    s, msg);
		return 0;
	}
	set(res, s == 429 ? "rate_limited" : "http", "HTTP %ld: %s", s, msg);
	if (a->should_retry >= 0)
		retry = a->should_retry;
	return retry;
}

/* How long to wait before attempt number n (1 for the first retry), or
 * -1 when the server asks for longer than the cap. */
static long
delay_ms(struct mh_http *h, const struct attempt *a, int n)
{
	curl_off_t ra = 0;
	long d;
	double jitter;

	if (a->retry_after_ms > 0)
		return a->retry_after_ms <= h->o.retry_cap_ms
		    ? a->retry_after_ms
		    : -1;
	/* Seconds or an HTTP-date; negative for a past date before 8.12. */
	if (curl_easy_getinfo(h->curl, CURLINFO_RETRY_AFTER, &ra) == CURLE_OK &&
	    ra > 0) /* compared in seconds: ra * 1000 could overflow */
		return ra <= h->o.retry_cap_ms / 1000 ? (long)ra * 1000 : -1;
	d = 500L << (n - 1 < 4 ? n - 1 : 4);
	if (d > 8000)
		d = 8000;
	jitter = 0.75 + 0.25 * ((double)(rand() % 1000 + 1) / 1000.0);
	return (long)((double)d * jitter);
}

static int
wait_ms(struct mh_http *h, long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		if (h->o.cancel && *h->o.cancel)
			return -1;
	return h->o.cancel && *h->o.cancel ? -1 : 0;
}

/* Append h to *list; -1 (the list unchanged) when out of memory. */
static int
add_header(struct curl_slist **list, const char *h)
{
	struct curl_slist *t = curl_slist_append(*list, h);

	if (t == NULL)
		return -1;
	*list = t;
	return 0;
}

int
mh_http_post(struct mh_http *h, const char *url, const char *const *headers,
    const char *body, size_t n,
    int (*on_body)(void *ctx, const char *buf, size_t n), void *ctx,
    struct mh_http_result *res)
{
	struct curl_slist *hdrs = NULL;
	char errbuf[CURL_ERROR_SIZE];
	double start = mh_now_ms();
	int rc = -1, bad = 0;
	size_t i;

	memset(res, 0, sizeof(*res));
	res->first_byte_ms = -1;
	if (mh_http_check_url(url, res->message, sizeof(res->message)) < 0) {
		snprintf(res->code, sizeof(res->code), "url");
		return -1;
	}
	/* A header that cannot be added fails the request (sent without
	 * its Authorization it would fail later, less clearly), and the list
	 * that holds the key is wiped.  No 100-continue round trip. */
	for (i = 0; !bad && headers && headers[i] != NULL; i++)
		bad = add_header(&hdrs, headers[i]) < 0;
	if (bad || add_header(&hdrs, "Content-Type: application/json") < 0 ||
	    add_header(&hdrs, "Expect:") < 0) {
		wipe_list(hdrs);
		set(res, "nomem", "out of memory");
		return -1;
	}
	for (;;) {
		struct attempt a = {0};
		CURLcode cc;
		long d;

		a.h = h;
		a.on_body = on_body;
		a.ctx = ctx;
		a.first = -1;
		a.retry_after_ms = -1;
		a.should_retry = -1;
		a.t0 = a.last = mh_now_ms();
		res->attempts++;
		cc = perform(h, url, hdrs, body, n, &a, errbuf);
		res->status = a.status;
		res->started = a.started;
		res->first_byte_ms = a.first;
		snprintf(res->request_id, sizeof(res->request_id), "%s",
		    a.request_id);
		if (a.stopped) {
			set(res, "stopped", "stopped by the reader");
			rc = -2;
		} else if (cc == CURLE_OK && a.status >= 200 &&
		    a.status < 300) {
			rc = 0;
		} else if (judge(h, &a, cc, errbuf, res) &&
		    res->attempts <= h->o.retries) {
			d = delay_ms(h, &a, res->attempts);
			mh_buf_free(&a.error_body);
			if (d < 0) {
				snprintf(res->message + strlen(res->message),
				    sizeof(res->message) - strlen(res->message),
				    " (the server asks to wait longer than "
				    "%ld s)",
				    h->o.retry_cap_ms / 1000);
			} else if (mh_now_ms() + (double)d - start >
			    (double)h->o.total_ms) {
				snprintf(res->message + strlen(res->message),
				    sizeof(res->message) - strlen(res->message),
				    " (giving up: out of time for retries)");
			} else if (wait_ms(h, d) == 0) {
				continue;
			}
		}
		mh_buf_free(&a.error_body);
		break;
	}
	wipe_list(hdrs);
	res->total_ms = mh_now_ms() - start;
	return rc;
}
