/* http: POST a request to an LLM server over libcurl and hand the
 * response body to a stream parser as it arrives.
 *
 * Policy, in one place: TLS is always verified; plain http:// only to a
 * loopback host; no redirects; only HTTP(S); proxies from the usual
 * environment variables (never for loopback); a connect timeout and a
 * stall timeout (no byte for so long, checked from the progress
 * callback) that do not cap a long, slow answer; retries with exponential
 * backoff and jitter on connection failures, 408, 409, 429, 5xx and 529,
 * honouring Retry-After and retry-after-ms and x-should-retry, bounded in
 * attempts and in total time, and never once body bytes of a successful
 * response have been handed over. */
#ifndef MH_HTTP_H
#define MH_HTTP_H

#include <signal.h>
#include <stddef.h>

struct mh_http_opts {
	long connect_timeout_ms; /* 0: 10 s */
	long stall_timeout_ms;   /* 0: 120 s */
	int retries;             /* further attempts after the first; <0: 2 */
	long retry_cap_ms;       /* longest server-asked wait; 0: 60 s */
	long total_ms;           /* bound on attempts and waits; 0: 10 min */
	/* When set and non-zero (a SIGINT handler sets it), the transfer
	 * stops as soon as libcurl next calls back. */
	const volatile sig_atomic_t *cancel;
};

/* How a request went.  message never holds an empty or generic text: it
 * is the server's own error message or libcurl's description. */
struct mh_http_result {
	long status;   /* last HTTP status, 0 when none came */
	int attempts;  /* requests made */
	int started;   /* body bytes of a 2xx reached the callback */
	char code[32]; /* "", or what failed: see mh-ask(1) */
	char message[512];
	char request_id[128]; /* x-request-id or request-id, when sent */
	double first_byte_ms; /* from the last attempt's start; -1 if none */
	double total_ms;      /* all attempts and waits */
};

struct mh_http;

/* Create a client (one libcurl handle, reused so connections are kept
 * alive).  o may be NULL for the defaults.  curl_global_init must have
 * been called.  Returns NULL on ENOMEM. */
struct mh_http *mh_http_new(const struct mh_http_opts *o);
void mh_http_free(struct mh_http *h);

/* Check that url may be used: https://, or http:// to a loopback host
 * (localhost, 127.0.0.0/8, ::1).  Returns 0, or -1 with a message. */
int mh_http_check_url(const char *url, char *err, size_t errsize);

/* POST body (n bytes, JSON) to url with the extra header lines headers
 * (NULL-terminated; they may hold a key: their copies are wiped after
 * use).  Bytes of a 2xx response go to on_body(ctx, ...) as they arrive;
 * a non-zero return stops the transfer.  Returns 0 when a 2xx response
 * arrived whole; -2 when on_body stopped it; -1 on failure, with res
 * saying why (res->started tells whether on_body saw any bytes). */
int mh_http_post(struct mh_http *h, const char *url, const char *const *headers,
    const char *body, size_t n,
    int (*on_body)(void *ctx, const char *buf, size_t n), void *ctx,
    struct mh_http_result *res);

#endif
