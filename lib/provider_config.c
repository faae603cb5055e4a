/* provider_config: choosing the provider and its key; see
 * provider_config.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "provider_config.h"
#include "store.h"

/* Take a key from the environment variable name into key (when key is
 * not NULL) and wipe it there either way.  Returns 1 when taken, 0 when
 * unset, -1 on ENOMEM. */
static int
key_from_env(const char *name, struct mh_buf *key)
{
	char *v = name ? getenv(name) : NULL;
	int rc = 0;

	if (v == NULL || *v == '\0')
		return 0;
	if (key)
		rc = mh_buf_adds(key, v) < 0 ? -1 : 1;
	explicit_bzero(v, strlen(v));
	unsetenv(name);
	return rc;
}

static int
key_from_file(const char *path, struct mh_buf *key, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	size_t n;

	if (mh_store_check(path, err, errsize) < 0)
		return -1;
	if (mh_read_file(path, 4096, &b) < 0) {
		snprintf(err, errsize, "key file %s: %s", path,
		    strerror(errno));
		return -1;
	}
	n = b.len;
	while (n > 0 &&
	    (b.p[n - 1] == '\n' || b.p[n - 1] == '\r' || b.p[n - 1] == ' ' ||
	        b.p[n - 1] == '\t'))
		n--;
	if (n == 0 || memchr(b.p, '\n', n) || !mh_utf8_valid(b.p, n)) {
		snprintf(err, errsize,
		    "key file %s: expected the key alone on one line", path);
		mh_buf_wipe(&b);
		return -1;
	}
	if (mh_buf_add(key, b.p, n) < 0) {
		mh_buf_wipe(&b);
		return -1;
	}
	mh_buf_wipe(&b);
	return 0;
}

/* OLLAMA_HOST is "host", "host:port" or a URL; 0.0.0.0 (a server's bind
 * address) means this machine. */
static int
ollama_base(const char *host, struct mh_buf *out)
{
	const char *h = host;
	int scheme = strstr(host, "://") != NULL;

	if (strncmp(h, "0.0.0.0", 7) == 0 && (h[7] == '\0' || h[7] == ':'))
		return mh_buf_addf(out, "http://127.0.0.1%s",
		    h[7] ? h + 7 : ":11434");
	if (mh_buf_addf(out, "%s%s", scheme ? "" : "http://", h) < 0)
		return -1;
	/* Add the default port when none was given. */
	if (strchr(scheme ? strstr(h, "://") + 3 : h, ':') == NULL &&
	    mh_buf_adds(out, ":11434") < 0)
		return -1;
	return 0;
}

int
mh_provider_config(const struct mh_config *cfg,
    const struct mh_provider_args *args, struct mh_provider_choice *out,
    char *err, size_t errsize)
{
	const char *name, *base, *key_file;
	struct mh_buf b = {0};
	int got;

	memset(out, 0, sizeof(*out));
	name = args->provider ? args->provider : mh_config_get(cfg, "provider");
	if (name == NULL || strcmp(name, "offline") == 0)
		return 0;
	if ((out->provider = mh_provider_find(name)) == NULL) {
		snprintf(err, errsize,
		    "unknown provider '%s' (openai, anthropic, ollama or "
		    "offline)",
		    name);
		return -1;
	}
	base = args->base_url ? args->base_url : mh_config_get(cfg, "base_url");
	if (base == NULL && out->provider == &mh_provider_ollama &&
	    getenv("OLLAMA_HOST") && *getenv("OLLAMA_HOST")) {
		if (ollama_base(getenv("OLLAMA_HOST"), &b) < 0)
			goto nomem;
		base = b.p;
	}
	out->url = mh_provider_url(out->provider, base);
	mh_buf_free(&b);
	if (out->url == NULL)
		goto nomem;
	if (mh_http_check_url(out->url, err, errsize) < 0)
		goto fail;
	out->completion_tokens_field = out->provider == &mh_provider_openai &&
	    strncmp(out->url, "https://api.openai.com/", 23) == 0;
	out->model = args->model ? args->model : mh_config_get(cfg, "model");
	if (out->model == NULL)
		out->model = out->provider->default_model;

	/* MH_API_KEY first, then the provider's own variable; every key
	 * variable is wiped either way, so no key stays in the environment
	 * (another provider's included). */
	got = key_from_env("MH_API_KEY", &out->key);
	if (got < 0 ||
	    key_from_env(out->provider->key_env, got ? NULL : &out->key) < 0)
		goto nomem;
	(void)key_from_env(mh_provider_openai.key_env, NULL);
	(void)key_from_env(mh_provider_anthropic.key_env, NULL);
	got = out->key.len > 0;
	if (got == 0) {
		key_file = args->key_file ? args->key_file
		                          : mh_config_get(cfg, "key_file");
		if (key_file &&
		    key_from_file(key_file, &out->key, err, errsize) < 0)
			goto fail;
	}
	if (out->key.len == 0 && out->provider->auth_prefix &&
	    strncmp(out->url, "https://", 8) == 0) {
		snprintf(err, errsize,
		    "no API key for %s: set MH_API_KEY or %s, or key_file "
		    "in the configuration (a file only you can read)",
		    out->provider->name, out->provider->key_env);
		goto fail;
	}
	return 0;
nomem:
	snprintf(err, errsize, "%s", strerror(ENOMEM));
fail:
	mh_provider_config_free(out);
	return -1;
}

void
mh_provider_config_free(struct mh_provider_choice *c)
{
	free(c->url);
	c->url = NULL;
	mh_buf_wipe(&c->key);
}

/* Seconds (fractions allowed) as milliseconds. */
static int
seconds(const char *what, const char *s, long *ms, char *err, size_t errsize)
{
	double v;

	if (s == NULL)
		return 0;
	if (mh_parse_double(s, 0.001, 86400, &v) < 0) {
		snprintf(err, errsize, "%s: not a number of seconds: %s", what,
		    s);
		return -1;
	}
	*ms = (long)(v * 1000);
	return 0;
}

static int
count(const char *what, const char *s, long min, long max, long *out, char *err,
    size_t errsize)
{
	if (s && mh_parse_long(s, min, max, out) < 0) {
		snprintf(err, errsize,
		    "%s: not a whole number from %ld to %ld: %s", what, min,
		    max, s);
		return -1;
	}
	return 0;
}

int
mh_provider_config_limits(const struct mh_config *cfg,
    const struct mh_limit_args *args, struct mh_http_opts *http,
    long *max_tokens, char *err, size_t errsize)
{
	const char *ct = args->connect_timeout, *st = args->stall_timeout;
	const char *re = args->retries, *mt = args->max_tokens;
	long retries = -1;

	if (ct == NULL)
		ct = mh_config_get(cfg, "connect_timeout");
	if (st == NULL)
		st = mh_config_get(cfg, "stall_timeout");
	if (re == NULL)
		re = mh_config_get(cfg, "retries");
	if (mt == NULL)
		mt = mh_config_get(cfg, "max_tokens");
	if (seconds("connect_timeout", ct, &http->connect_timeout_ms, err,
	        errsize) < 0 ||
	    seconds("stall_timeout", st, &http->stall_timeout_ms, err,
	        errsize) < 0 ||
	    count("retries", re, 0, 10, &retries, err, errsize) < 0 ||
	    /* 0 would read as "not set" and become the default */
	    count("max_tokens", mt, 1, 1000000, max_tokens, err, errsize) < 0)
		return -1;
	if (re)
		http->retries = (int)retries;
	return 0;
}
