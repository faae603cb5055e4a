/* config: key = value configuration with MH_* overrides.  See config.h. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "util.h"

#define CONFIG_MAX ((size_t)1 << 20)

struct entry {
	char *key;
	char *val;
};

struct mh_config {
	struct entry *e;
	size_t n;
};

void
mh_config_free(struct mh_config *cfg)
{
	if (cfg == NULL)
		return;
	for (size_t i = 0; i < cfg->n; i++) {
		free(cfg->e[i].key);
		free(cfg->e[i].val);
	}
	free(cfg->e);
	free(cfg);
}

static int
key_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
	    c == '.' || c == '-';
}

static int
set(struct mh_config *cfg, const char *k, size_t kl, const char *v, size_t vl)
{
	struct entry *e;
	char *key, *val;

	if ((key = strndup(k, kl)) == NULL || (val = strndup(v, vl)) == NULL) {
		free(key);
		return -1;
	}
	/* A later line wins, as in most such files. */
	for (size_t i = 0; i < cfg->n; i++)
		if (strcmp(cfg->e[i].key, key) == 0) {
			free(key);
			free(cfg->e[i].val);
			cfg->e[i].val = val;
			return 0;
		}
	if ((e = realloc(cfg->e, (cfg->n + 1) * sizeof(*e))) == NULL) {
		free(key);
		free(val);
		return -1;
	}
	cfg->e = e;
	cfg->e[cfg->n].key = key;
	cfg->e[cfg->n].val = val;
	cfg->n++;
	return 0;
}

struct mh_config *
mh_config_parse(const char *text, size_t len, const char *name, char *err,
    size_t errsize)
{
	struct mh_config *cfg = calloc(1, sizeof(*cfg));
	const char *p = text, *end = text + len;
	size_t lineno = 0;

	if (cfg == NULL) {
		snprintf(err, errsize, "%s: out of memory", name);
		return NULL;
	}
	if (memchr(text, '\0', len) || !mh_utf8_valid(text, len)) {
		snprintf(err, errsize,
		    "%s: not a text file (NUL byte or "
		    "invalid UTF-8)",
		    name);
		goto fail;
	}
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end, *k, *ke, *v, *ve;

		lineno++;
		while (p < e && isblank((unsigned char)*p))
			p++;
		if (e > p && e[-1] == '\r')
			e--;
		if (p == e || *p == '#') {
			p = nl ? nl + 1 : end;
			continue;
		}
		k = p;
		while (p < e && key_char((unsigned char)*p))
			p++;
		ke = p;
		while (p < e && isblank((unsigned char)*p))
			p++;
		if (ke == k || p == e || *p != '=') {
			snprintf(err, errsize,
			    "%s:%zu: expected 'key = value' "
			    "(keys are lower-case letters, digits, _ . -)",
			    name, lineno);
			goto fail;
		}
		p++;
		while (p < e && isblank((unsigned char)*p))
			p++;
		v = p;
		ve = e;
		while (ve > v && isblank((unsigned char)ve[-1]))
			ve--;
		if (ve > v && *v == '"') {
			if (ve - v < 2 || ve[-1] != '"') {
				snprintf(err, errsize,
				    "%s:%zu: unterminated "
				    "quoted value",
				    name, lineno);
				goto fail;
			}
			v++;
			ve--;
		}
		/* "~/" at the start is the home directory, as in a shell:
		 * taken as written, "vault = ~/.local/state/mh/vault" was
		 * a directory named "~" below each working directory, a
		 * vault for each, and restore in one gave back the names
		 * of another's placeholders */
		const char *home = getenv("HOME");
		char *tv = NULL;
		if (ve - v >= 2 && v[0] == '~' && v[1] == '/') {
			if (home == NULL || home[0] != '/') {
				snprintf(err, errsize,
				    "%s:%zu: a value starting with ~/ needs "
				    "$HOME set to an absolute path",
				    name, lineno);
				goto fail;
			}
			size_t hl = strlen(home), rl = (size_t)(ve - v) - 1;
			if ((tv = malloc(hl + rl)) == NULL) {
				snprintf(err, errsize, "%s: out of memory",
				    name);
				goto fail;
			}
			memcpy(tv, home, hl);
			memcpy(tv + hl, v + 1, rl); /* "/..." */
			v = tv;
			ve = tv + hl + rl;
		}
		int rc = set(cfg, k, (size_t)(ke - k), v, (size_t)(ve - v));
		free(tv);
		if (rc == -1) {
			snprintf(err, errsize, "%s: out of memory", name);
			goto fail;
		}
		p = nl ? nl + 1 : end;
	}
	return cfg;
fail:
	mh_config_free(cfg);
	return NULL;
}

struct mh_config *
mh_config_load(const char *path, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	struct mh_config *cfg;
	char *def = NULL;
	const char *env = getenv("MH_CONFIG");

	if (path == NULL && env != NULL && env[0] != '\0')
		path = env;
	if (path == NULL) {
		def = mh_xdg_path("CONFIG", "config");
		if (def == NULL)
			return calloc(1, sizeof(struct mh_config));
		if (mh_read_file(def, CONFIG_MAX, &b) == -1) {
			if (errno == ENOENT) {
				free(def);
				return calloc(1, sizeof(struct mh_config));
			}
			snprintf(err, errsize, "%s: %s", def, strerror(errno));
			free(def);
			return NULL;
		}
		path = def;
	} else if (mh_read_file(path, CONFIG_MAX, &b) == -1) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return NULL;
	}
	cfg = mh_config_parse(b.p ? b.p : "", b.len, path, err, errsize);
	mh_buf_free(&b);
	free(def);
	return cfg;
}

const char *
mh_config_get(const struct mh_config *cfg, const char *key)
{
	char name[128];
	const char *v;
	size_t i, j;

	j = (size_t)snprintf(name, sizeof(name), "MH_");
	for (i = 0; key[i] && j + 1 < sizeof(name); i++, j++) {
		unsigned char c = (unsigned char)key[i];

		name[j] = (c == '.' || c == '-') ? '_' : (char)toupper(c);
	}
	name[j] = '\0';
	if ((v = getenv(name)) != NULL && v[0] != '\0')
		return v;
	if (cfg == NULL)
		return NULL;
	for (i = 0; i < cfg->n; i++)
		if (strcmp(cfg->e[i].key, key) == 0)
			return cfg->e[i].val;
	return NULL;
}
