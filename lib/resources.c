/* resources: the crisis-service table (see resources.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resources.h"

#define NCOLS 11
/* A table larger than this is not a crisis-line list. */
#define MAX_TABLE ((size_t)4 << 20)

static const char *const columns[NCOLS] = {"country", "kind", "service", "call",
    "text", "web", "hours", "audience", "verified", "checked", "source"};
static const char *const kinds[] = {"emergency", "crisis", "support",
    "directory"};

struct mh_resources {
	char *text; /* the table, split in place into NUL-terminated fields */
	struct mh_resource *rows;
	size_t nrows;
};

void
mh_resources_free(struct mh_resources *res)
{
	if (res == NULL)
		return;
	free(res->text);
	free(res->rows);
	free(res);
}

static int
kind_rank(const char *kind)
{
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kind, kinds[i]) == 0)
			return (int)i;
	return -1;
}

static int
is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
valid_date(const char *s)
{
	if (strcmp(s, "-") == 0)
		return 1;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_digit((unsigned char)s[i]))
			return 0;
	/* a month and a day that can be: the date is shown to people */
	int m = (s[5] - '0') * 10 + (s[6] - '0'),
	    d = (s[8] - '0') * 10 + (s[9] - '0');
	return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* The name of column i in a table of ncols columns: one of the format
 * before the check of 2026-11-23 has all but `checked`. */
static const char *
column_name(int i, int ncols)
{
	return ncols < NCOLS && i >= NCOLS - 2 ? columns[i + 1] : columns[i];
}

/* Split line (NUL-terminated, no newline) at tabs into f.  Returns the
 * number of fields, which may exceed NCOLS (only NCOLS are stored). */
static int
split(char *line, char *f[NCOLS])
{
	int n = 0;
	char *p = line;

	for (;;) {
		char *tab = strchr(p, '\t');
		if (n < NCOLS)
			f[n] = p;
		n++;
		if (tab == NULL)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return n;
}

static int
check_row(char *f[NCOLS], const char **why)
{
	const char *cc = f[0];

	if (!(strcmp(cc, "INT") == 0 ||
	        (strlen(cc) == 2 && is_upper((unsigned char)cc[0]) &&
	            is_upper((unsigned char)cc[1])))) {
		*why = "country is not an upper-case ISO 3166 code or INT";
		return -1;
	}
	if (kind_rank(f[1]) < 0) {
		*why = "kind is not emergency, crisis, support or directory";
		return -1;
	}
	if (f[2][0] == '\0') {
		*why = "service is empty";
		return -1;
	}
	if (strcmp(cc, "INT") != 0 && f[3][0] == '\0' && f[4][0] == '\0' &&
	    f[5][0] == '\0') {
		*why = "no call, text or web column";
		return -1;
	}
	if (!valid_date(f[8])) {
		*why = "verified is neither YYYY-MM-DD nor -";
		return -1;
	}
	if (!valid_date(f[9])) {
		*why = "checked is neither YYYY-MM-DD nor -";
		return -1;
	}
	return 0;
}

struct mh_resources *
mh_resources_parse(const char *text, size_t len, const char *name, char *err,
    size_t errsize)
{
	struct mh_resources *res;
	size_t cap = 0, lineno = 0;
	int header = 0, ncols = NCOLS;
	char *p, *end;
	static char none[] = "-";

	if (memchr(text, '\0', len) != NULL || !mh_utf8_valid(text, len)) {
		snprintf(err, errsize, "%s: not UTF-8 text", name);
		return NULL;
	}
	if ((res = calloc(1, sizeof *res)) == NULL ||
	    (res->text = malloc(len + 1)) == NULL) {
		free(res);
		snprintf(err, errsize, "%s: out of memory", name);
		return NULL;
	}
	memcpy(res->text, text, len);
	res->text[len] = '\0';
	p = res->text;
	end = res->text + len;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *line = p, *f[NCOLS];
		const char *why = NULL;
		size_t n;
		int nf;

		lineno++;
		if (nl != NULL)
			*nl = '\0';
		p = nl != NULL ? nl + 1 : end;
		n = strlen(line);
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		nf = split(line, f);
		/* A table of the format before the check of 2026-11-23 has
		 * no `checked` column: its rows count as unchecked, and it is
		 * read, not refused (a refused table stops all screening). */
		if (!header && nf == NCOLS - 1)
			ncols = NCOLS - 1;
		if (nf != ncols) {
			snprintf(err, errsize, "%s:%zu: %d columns, want %d",
			    name, lineno, nf, ncols);
			goto fail;
		}
		if (!header) {
			for (int i = 0; i < ncols; i++)
				if (strcmp(f[i], column_name(i, ncols)) != 0) {
					snprintf(err, errsize,
					    "%s:%zu: bad header: column %d is "
					    "not \"%s\"",
					    name, lineno, i + 1,
					    column_name(i, ncols));
					goto fail;
				}
			header = 1;
			continue;
		}
		if (ncols < NCOLS) {
			f[NCOLS - 1] = f[NCOLS - 2]; /* source */
			f[NCOLS - 2] = none;         /* checked */
		}
		if (check_row(f, &why) != 0) {
			snprintf(err, errsize, "%s:%zu: %s", name, lineno, why);
			goto fail;
		}
		if (res->nrows == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct mh_resource *r =
			    realloc(res->rows, ncap * sizeof *r);
			if (r == NULL) {
				snprintf(err, errsize, "%s: out of memory",
				    name);
				goto fail;
			}
			res->rows = r;
			cap = ncap;
		}
		res->rows[res->nrows++] = (struct mh_resource){f[0], f[1], f[2],
		    f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]};
	}
	if (!header) {
		snprintf(err, errsize, "%s: no header line", name);
		goto fail;
	}
	/* Every country without rows falls back to the international ones:
	 * without a directory there, a crisis would be given no line at
	 * all. */
	if (mh_resources_directory(res) == NULL) {
		snprintf(err, errsize,
		    "%s: no INT directory row with a web address, which "
		    "every country without lines falls back to",
		    name);
		goto fail;
	}
	return res;
fail:
	mh_resources_free(res);
	return NULL;
}

struct mh_resources *
mh_resources_load(const char *path, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	struct mh_resources *res;
	char *def = NULL;

	if (path == NULL &&
	    (path = def = mh_data_path("resources.tsv")) == NULL) {
		snprintf(err, errsize, "resources.tsv: out of memory");
		return NULL;
	}
	if (mh_read_file(path, MAX_TABLE, &b) != 0) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		free(def);
		return NULL;
	}
	res = mh_resources_parse(b.p, b.len, path, err, errsize);
	mh_buf_free(&b);
	free(def);
	return res;
}

static int
is_alpha(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int
mh_resources_code(const char *s, char cc[3])
{
	if (s == NULL || strlen(s) != 2 || !is_alpha((unsigned char)s[0]) ||
	    !is_alpha((unsigned char)s[1])) {
		errno = EINVAL;
		return -1;
	}
	cc[0] = (char)(s[0] & ~0x20);
	cc[1] = (char)(s[1] & ~0x20);
	cc[2] = '\0';
	if (strcmp(cc, "UK") == 0)
		memcpy(cc, "GB", 3);
	return 0;
}

/* The territory of a locale name such as en_GB.UTF-8 or de_AT@euro. */
static int
locale_code(const char *loc, char cc[3])
{
	const char *us = strchr(loc, '_');
	char t[3];

	if (us == NULL)
		return -1;
	t[0] = us[1];
	t[1] = t[0] ? us[2] : '\0';
	t[2] = '\0';
	if (t[0] == '\0' || t[1] == '\0')
		return -1;
	if (us[3] != '\0' && us[3] != '.' && us[3] != '@')
		return -1;
	return mh_resources_code(t, cc);
}

int
mh_resources_country(const char *opt, const struct mh_config *cfg, char cc[3])
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	const char *v = opt;

	if (opt != NULL && *opt == '\0') {
		/* -c '' is a mistake, not a wish for the locale's country */
		memcpy(cc, "US", 3);
		errno = EINVAL;
		return -1;
	}
	if (v == NULL)
		v = cfg != NULL ? mh_config_get(cfg, "country")
		                : getenv("MH_COUNTRY");
	if (v != NULL && *v != '\0') {
		if (mh_resources_code(v, cc) == 0)
			return 0;
		memcpy(cc, "US", 3);
		errno = EINVAL;
		return -1;
	}
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *loc = getenv(vars[i]);
		if (loc == NULL || *loc == '\0')
			continue;
		/* The first variable set decides, as in setlocale(3). */
		if (locale_code(loc, cc) == 0)
			return 0;
		break;
	}
	memcpy(cc, "US", 3);
	return 0;
}

static size_t
collect(const struct mh_resources *res, const char *cc,
    const struct mh_resource **rows, size_t max)
{
	size_t n = 0;

	for (int k = 0; k < (int)(sizeof kinds / sizeof kinds[0]); k++)
		for (size_t i = 0; i < res->nrows && n < max; i++)
			if (strcmp(res->rows[i].country, cc) == 0 &&
			    kind_rank(res->rows[i].kind) == k)
				rows[n++] = &res->rows[i];
	return n;
}

size_t
mh_resources_lookup(const struct mh_resources *res, const char *cc,
    const struct mh_resource **rows, size_t max, int *fallback)
{
	size_t n = 0;

	if (fallback != NULL)
		*fallback = 0;
	if (cc != NULL && strcmp(cc, "INT") != 0)
		n = collect(res, cc, rows, max);
	if (n == 0) {
		if (fallback != NULL)
			*fallback = 1;
		n = collect(res, "INT", rows, max);
	}
	return n;
}

const struct mh_resource *
mh_resources_directory(const struct mh_resources *res)
{
	for (size_t i = 0; i < res->nrows; i++)
		if (strcmp(res->rows[i].country, "INT") == 0 &&
		    strcmp(res->rows[i].kind, "directory") == 0 &&
		    res->rows[i].web[0] != '\0')
			return &res->rows[i];
	return NULL;
}

static int
set_str(json_t *o, const char *key, const char *v)
{
	if (*v == '\0')
		return 0;
	return json_object_set_new(o, key, json_string(v));
}

#define MAX_ROWS 32

json_t *
mh_resources_json(const struct mh_resources *res, const char *cc)
{
	const struct mh_resource *rows[MAX_ROWS],
	    *dir = mh_resources_directory(res);
	json_t *o = json_object(), *arr = json_array();
	int fb, rc = 0;
	size_t n = mh_resources_lookup(res, cc, rows, MAX_ROWS, &fb);

	if (o == NULL || arr == NULL)
		goto fail;
	rc |= json_object_set_new(o, "country", json_string(fb ? "INT" : cc));
	rc |= json_object_set_new(o, "fallback", json_boolean(fb));
	for (size_t i = 0; i < n; i++) {
		const struct mh_resource *r = rows[i];
		json_t *s = json_object();
		if (s == NULL || json_array_append_new(arr, s) != 0)
			goto fail;
		rc |= set_str(s, "kind", r->kind);
		rc |= set_str(s, "service", r->service);
		rc |= set_str(s, "call", r->call);
		rc |= set_str(s, "text", r->text);
		rc |= set_str(s, "web", r->web);
		rc |= set_str(s, "hours", r->hours);
		rc |= set_str(s, "audience", r->audience);
		rc |= json_object_set_new(s, "verified",
		    strcmp(r->verified, "-") == 0 ? json_null()
		                                  : json_string(r->verified));
		rc |= json_object_set_new(s, "checked",
		    strcmp(r->checked, "-") == 0 ? json_null()
		                                 : json_string(r->checked));
		rc |= set_str(s, "source", r->source);
	}
	rc |= json_object_set(o, "services", arr);
	if (dir != NULL && *dir->web != '\0')
		rc |=
		    json_object_set_new(o, "directory", json_string(dir->web));
	json_decref(arr);
	if (rc != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
fail:
	json_decref(arr);
	json_decref(o);
	return NULL;
}

/* ": call X, text Y, web; hours" for one service. */
static int
contacts(struct mh_buf *out, const struct mh_resource *r)
{
	const char *sep = ": ";
	int rc = 0;

	if (*r->call != '\0') {
		rc |= mh_buf_addf(out, "%scall %s", sep, r->call);
		sep = ", ";
	}
	if (*r->text != '\0') {
		if (strncmp(r->text, "text ", 5) == 0)
			rc |= mh_buf_addf(out, "%s%s", sep, r->text);
		else
			rc |= mh_buf_addf(out, "%stext %s", sep, r->text);
		sep = ", ";
	}
	if (*r->web != '\0')
		rc |= mh_buf_addf(out, "%s%s", sep, r->web);
	if (*r->hours != '\0')
		rc |= mh_buf_addf(out, "; %s", r->hours);
	return rc;
}

static int
text_line(struct mh_buf *out, const struct mh_resource *r)
{
	int rc = 0;

	if (strcmp(r->kind, "directory") == 0)
		return 0; /* the closing line names it */
	if (strcmp(r->kind, "emergency") == 0) {
		if (*r->call == '\0')
			return mh_buf_adds(out,
			    "In immediate danger: call your "
			    "local emergency number.\n");
		rc = mh_buf_addf(out,
		    "In immediate danger: call %s "
		    "(emergency services)",
		    r->call);
	} else {
		rc |= mh_buf_adds(out, r->service);
		if (*r->audience != '\0')
			rc |= mh_buf_addf(out, " (%s)", r->audience);
		rc |= contacts(out, r);
	}
	return rc | mh_buf_addc(out, '\n');
}
int
mh_resources_text(const struct mh_resources *res, const char *cc,
    struct mh_buf *out)
{
	const struct mh_resource *rows[MAX_ROWS],
	    *dir = mh_resources_directory(res);
	int fb, rc = 0;
	size_t n = mh_resources_lookup(res, cc, rows, MAX_ROWS, &fb);

	const char *oldest = NULL;
	size_t shown = 0, unchecked = 0;

	for (size_t i = 0; i < n; i++) {
		if (strcmp(rows[i]->kind, "directory") == 0)
			continue;
		rc |= text_line(out, rows[i]);
		/* "your local emergency number" has none to check */
		if (*rows[i]->call == '\0' && *rows[i]->text == '\0' &&
		    *rows[i]->web == '\0')
			continue;
		shown++;
		if (strcmp(rows[i]->checked, "-") == 0)
			unchecked++;
		else if (oldest == NULL || strcmp(rows[i]->checked, oldest) < 0)
			oldest = rows[i]->checked;
	}
	if (dir != NULL && *dir->web != '\0')
		rc |= mh_buf_addf(out,
		    "%s: %s lists crisis lines in many "
		    "countries.\n",
		    fb ? "Find a line near you" : "Elsewhere", dir->web);
	/* How far the numbers were checked is said once, here, rather than
	 * beside each number: someone in crisis should see numbers, not
	 * doubts about them.  The date is the oldest check among them; the
	 * pages found were of many dates, some years old. */
	if (shown > 0 && unchecked == 0 && oldest != NULL)
		rc |= mh_buf_addf(out,
		    "(Numbers from mh's list, found on %s in copies of "
		    "public pages of various dates, not checked with each "
		    "service. If one does not get through, call your local "
		    "emergency number.)\n",
		    oldest);
	else if (shown > 0)
		rc |= mh_buf_adds(out,
		    "(Numbers from mh's list; not every one has been "
		    "confirmed by a public page. If one does not get "
		    "through, call your local emergency number.)\n");
	return rc != 0 ? -1 : 0;
}
