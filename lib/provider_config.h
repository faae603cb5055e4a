/* provider_config: which provider, endpoint, model and key mh-ask uses,
 * from its options, the environment and the configuration file (options
 * first, then MH_* variables, then the file; see mh-ask(1)).
 *
 * The offline helper is the default: a key in the environment alone never
 * sends anyone's text to a hosted service; a provider must be named.  Keys
 * come from MH_API_KEY, the provider's usual variable or a key file that
 * only its owner can read, never from the command line; the variables'
 * values are wiped from the environment once read. */
#ifndef MH_PROVIDER_CONFIG_H
#define MH_PROVIDER_CONFIG_H

#include <stddef.h>

#include "config.h"
#include "http.h"
#include "provider.h"
#include "util.h"

struct mh_provider_choice {
	const struct mh_provider *provider; /* NULL: offline */
	char *url;                          /* the endpoint; NULL offline */
	const char *model;                  /* owned by cfg, options or p */
	struct mh_buf key;                  /* empty when none */
	int completion_tokens_field;        /* OpenAI proper */
};

/* What the command line said; NULL for not given. */
struct mh_provider_args {
	const char *provider;
	const char *base_url;
	const char *model;
	const char *key_file;
};

/* Resolve the choice into out (zeroed first).  Returns 0, or -1 with a
 * message in err: an unknown provider, an unusable URL (plain http to
 * another machine), a key file others can read, a hosted service without
 * a key.  The message never contains the key. */
int mh_provider_config(const struct mh_config *cfg,
    const struct mh_provider_args *args, struct mh_provider_choice *out,
    char *err, size_t errsize);
/* Free the URL and wipe the key. */
void mh_provider_config_free(struct mh_provider_choice *c);

/* Transport limits as given on the command line (NULL: not given);
 * each falls back to the configuration key of the same name
 * (connect_timeout, stall_timeout in seconds; retries; max_tokens). */
struct mh_limit_args {
	const char *connect_timeout;
	const char *stall_timeout;
	const char *retries;
	const char *max_tokens;
};

/* Set the timeouts and retries of http and *max_tokens from args and
 * cfg, leaving what neither gives as it was.  Returns 0, or -1 with a
 * message naming the bad value in err. */
int mh_provider_config_limits(const struct mh_config *cfg,
    const struct mh_limit_args *args, struct mh_http_opts *http,
    long *max_tokens, char *err, size_t errsize);

#endif
