/* worksheet: templates and answers.  A template keeps its parsed jansson
 * tree; items point into it. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "instruments.h"
#include "jsonl.h"
#include "worksheet.h"

#define MAX_ITEMS 200
#define MAX_OPTIONS 50

struct mh_worksheet {
	json_t *root;
	const char *name;
	const char *title;
	int version;
	size_t n;
	struct mh_worksheet_item *items;
};

static const char *const type_names[] = {"scale", "choice", "text", "number",
    "time"};

/* clang-format 14 would join the return type to a prototype */
/* clang-format off */
static int
fail(char *err, size_t errsize, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* clang-format on */

static int
fail(char *err, size_t errsize, const char *file, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(err, errsize, "%s: ", file);
	if (n < 0 || (size_t)n >= errsize)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err + n, errsize - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

/* Names of files and items: lower-case letters, digits, '-' or '_'. */
static int
good_word(const char *s, const char *extra, size_t max)
{
	size_t i;

	if (s == NULL || *s == '\0' || strlen(s) > max)
		return 0;
	for (i = 0; s[i]; i++)
		if (!islower((unsigned char)s[i]) &&
		    !isdigit((unsigned char)s[i]) && !strchr(extra, s[i]))
			return 0;
	return 1;
}

/* Every key of o must be in the NULL-terminated list. */
static const char *
unknown_key(const json_t *o, const char *const *keys)
{
	const char *k;
	json_t *v;
	size_t i;

	json_object_foreach((json_t *)o, k, v) {
		for (i = 0; keys[i]; i++)
			if (strcmp(keys[i], k) == 0)
				break;
		if (keys[i] == NULL)
			return k;
	}
	return NULL;
}

static int
string_array(const json_t *a, size_t min, size_t max, int unique)
{
	size_t i, j;

	if (!json_is_array(a) || json_array_size(a) < min ||
	    json_array_size(a) > max)
		return 0;
	for (i = 0; i < json_array_size(a); i++) {
		const char *s = json_string_value(json_array_get(a, i));

		if (s == NULL || *s == '\0')
			return 0;
		for (j = 0; unique && j < i; j++)
			if (strcmp(s,
			        json_string_value(json_array_get(a, j))) == 0)
				return 0;
	}
	return 1;
}

static int
find_item(const struct mh_worksheet *ws, size_t upto, const char *id)
{
	size_t i;

	for (i = 0; i < upto; i++)
		if (strcmp(ws->items[i].id, id) == 0)
			return (int)i;
	return -1;
}

static int
parse_item(struct mh_worksheet *ws, size_t i, const json_t *o, const char *file,
    char *err, size_t errsize)
{
	static const char *const keys[] = {"id", "prompt", "type", "min", "max",
	    "labels", "options", "required", "help", "ask_if", NULL};
	struct mh_worksheet_item *it = &ws->items[i];
	const char *k, *type;
	json_t *v, *mn, *mx;
	size_t t;

	if (!json_is_object(o))
		return fail(err, errsize, file, "items[%zu] is not an object",
		    i);
	if ((k = unknown_key(o, keys)) != NULL)
		return fail(err, errsize, file,
		    "items[%zu]: unknown key "
		    "\"%s\"",
		    i, k);
	it->id = json_string_value(json_object_get(o, "id"));
	if (!good_word(it->id, "_", 40))
		return fail(err, errsize, file,
		    "items[%zu]: \"id\" must be "
		    "1-40 of a-z, 0-9 and _",
		    i);
	if (find_item(ws, i, it->id) >= 0)
		return fail(err, errsize, file,
		    "items[%zu]: duplicate id "
		    "\"%s\"",
		    i, it->id);
	it->prompt = json_string_value(json_object_get(o, "prompt"));
	if (it->prompt == NULL || *it->prompt == '\0')
		return fail(err, errsize, file,
		    "item \"%s\": \"prompt\" must "
		    "be a non-empty string",
		    it->id);
	v = json_object_get(o, "help");
	it->help = json_string_value(v);
	if (v != NULL && it->help == NULL)
		return fail(err, errsize, file,
		    "item \"%s\": \"help\" must "
		    "be a string",
		    it->id);
	type = json_string_value(json_object_get(o, "type"));
	for (t = 0; type && t < sizeof(type_names) / sizeof(type_names[0]); t++)
		if (strcmp(type, type_names[t]) == 0)
			break;
	if (type == NULL || t == sizeof(type_names) / sizeof(type_names[0]))
		return fail(err, errsize, file,
		    "item \"%s\": \"type\" must be "
		    "scale, choice, text, number or time",
		    it->id);
	it->type = (enum mh_item_type)t;
	v = json_object_get(o, "required");
	if (v != NULL && !json_is_boolean(v))
		return fail(err, errsize, file,
		    "item \"%s\": \"required\" "
		    "must be true or false",
		    it->id);
	it->required = v == NULL || json_is_true(v);
	mn = json_object_get(o, "min");
	mx = json_object_get(o, "max");
	if (it->type == MH_ITEM_SCALE || it->type == MH_ITEM_NUMBER) {
		int integral = it->type == MH_ITEM_SCALE;

		if (integral ? !json_is_integer(mn) || !json_is_integer(mx)
		             : !json_is_number(mn) || !json_is_number(mx))
			return fail(err, errsize, file,
			    "item \"%s\": a %s "
			    "needs \"min\" and \"max\" %s",
			    it->id, type, integral ? "integers" : "numbers");
		it->min = json_number_value(mn);
		it->max = json_number_value(mx);
		if (!(it->min < it->max) || fabs(it->min) > 1e9 ||
		    fabs(it->max) > 1e9 ||
		    (integral && it->max - it->min > 1000))
			return fail(err, errsize, file,
			    "item \"%s\": need "
			    "min < max (a scale spans at most 1000)",
			    it->id);
	} else if (mn != NULL || mx != NULL)
		return fail(err, errsize, file,
		    "item \"%s\": \"min\" and "
		    "\"max\" belong to scale and number items",
		    it->id);
	it->labels = json_object_get(o, "labels");
	if (it->labels != NULL &&
	    (it->type != MH_ITEM_SCALE ||
	        !string_array(it->labels, (size_t)(it->max - it->min + 1),
	            (size_t)(it->max - it->min + 1), 0)))
		return fail(err, errsize, file,
		    "item \"%s\": \"labels\" must "
		    "be a scale's list of one label per point",
		    it->id);
	it->options = json_object_get(o, "options");
	if (it->type == MH_ITEM_CHOICE
	        ? !string_array(it->options, 1, MAX_OPTIONS, 1)
	        : it->options != NULL)
		return fail(err, errsize, file,
		    "item \"%s\": a choice needs "
		    "\"options\", 1-%d different strings (and only a choice "
		    "has them)",
		    it->id, MAX_OPTIONS);
	it->ask_if = json_object_get(o, "ask_if");
	if (it->ask_if != NULL) {
		static const char *const akeys[] = {"ids", "values", NULL};
		const json_t *ids = json_object_get(it->ask_if, "ids");
		size_t j;

		if (!json_is_object(it->ask_if) ||
		    unknown_key(it->ask_if, akeys) != NULL ||
		    !string_array(ids, 1, MAX_ITEMS, 0) ||
		    !string_array(json_object_get(it->ask_if, "values"), 1,
		        MAX_OPTIONS, 0))
			return fail(err, errsize, file,
			    "item \"%s\": "
			    "\"ask_if\" must be {\"ids\": [...], \"values\": "
			    "[...]} with non-empty string lists",
			    it->id);
		for (j = 0; j < json_array_size(ids); j++)
			if (find_item(ws, i,
			        json_string_value(json_array_get(ids, j))) < 0)
				return fail(err, errsize, file,
				    "item \"%s\": "
				    "\"ask_if\" names \"%s\", not an earlier "
				    "item",
				    it->id,
				    json_string_value(json_array_get(ids, j)));
	}
	return 0;
}

/* A questionnaire's own template must keep the items its scoring reads. */
static int
check_instrument(const struct mh_worksheet *ws, const char *file, char *err,
    size_t errsize)
{
	int lo, hi;
	size_t n = mh_instruments_items(ws->name, &lo, &hi), i;
	char id[32];

	if (n == 0)
		return 0;
	if (ws->n != n)
		return fail(err, errsize, file,
		    "%s is a scored questionnaire: "
		    "it needs exactly %zu items, q1 to q%zu",
		    ws->name, n, n);
	for (i = 0; i < n; i++) {
		const struct mh_worksheet_item *it = &ws->items[i];
		int asq = strcmp(ws->name, "asq") == 0;

		snprintf(id, sizeof(id), "q%zu", i + 1);
		if (strcmp(it->id, id) != 0)
			return fail(err, errsize, file,
			    "%s: item %zu must be "
			    "\"%s\"",
			    ws->name, i + 1, id);
		if (asq ? it->type != MH_ITEM_CHOICE ||
		            json_array_size(it->options) != 3 ||
		            strcmp(json_string_value(
		                       json_array_get(it->options, 0)),
		                "yes") != 0 ||
		            strcmp(json_string_value(
		                       json_array_get(it->options, 1)),
		                "no") != 0 ||
		            strcmp(json_string_value(
		                       json_array_get(it->options, 2)),
		                "decline") != 0 ||
		            !it->required || (i == 4) != (it->ask_if != NULL)
		        : it->type != MH_ITEM_SCALE || it->min != lo ||
		            it->max != hi || !it->required)
			return fail(err, errsize, file,
			    "%s: item %s must be "
			    "a required %s",
			    ws->name, id,
			    asq ? "choice of yes, no, decline (q5 with ask_if)"
			        : "scale with the instrument's range");
	}
	return 0;
}

static int
check_alerts(const struct mh_worksheet *ws, const char *file, char *err,
    size_t errsize)
{
	static const char *const keys[] = {"id", "min", "max", "values", NULL};
	const json_t *alerts = json_object_get(ws->root, "alerts"), *a;
	size_t i;

	if (alerts == NULL)
		return 0;
	if (!json_is_array(alerts))
		return fail(err, errsize, file, "\"alerts\" must be a list");
	json_array_foreach(alerts, i, a) {
		const char *id = json_string_value(json_object_get(a, "id"));
		int n = !!json_object_get(a, "min") +
		    !!json_object_get(a, "max") +
		    !!json_object_get(a, "values");

		if (!json_is_object(a) || unknown_key(a, keys) != NULL ||
		    id == NULL || find_item(ws, ws->n, id) < 0 || n != 1 ||
		    (json_object_get(a, "min") &&
		        !json_is_number(json_object_get(a, "min"))) ||
		    (json_object_get(a, "max") &&
		        !json_is_number(json_object_get(a, "max"))) ||
		    (json_object_get(a, "values") &&
		        !string_array(json_object_get(a, "values"), 1,
		            MAX_OPTIONS, 0)))
			return fail(err, errsize, file,
			    "alerts[%zu] must be "
			    "{\"id\": ITEM, and one of \"min\", \"max\" or "
			    "\"values\"}",
			    i);
	}
	return 0;
}

struct mh_worksheet *
mh_worksheet_parse(const char *text, size_t len, const char *file,
    const char *name, char *err, size_t errsize)
{
	static const char *const keys[] = {"name", "title", "version", "kind",
	    "about", "intro", "reminder", "attribution", "alerts", "items",
	    NULL};
	static const char *const strs[] = {"about", "intro", "reminder",
	    "attribution", NULL};
	struct mh_worksheet *ws;
	char jerr[256];
	const json_t *items, *v;
	const char *k;
	size_t i;

	ws = calloc(1, sizeof(*ws));
	if (ws == NULL) {
		fail(err, errsize, file, "out of memory");
		return NULL;
	}
	ws->root = mh_json_parse(text, len, jerr, sizeof(jerr));
	if (ws->root == NULL) {
		fail(err, errsize, file, "%s", jerr);
		goto bad;
	}
	if (!json_is_object(ws->root)) {
		fail(err, errsize, file, "a template must be a JSON object");
		goto bad;
	}
	if ((k = unknown_key(ws->root, keys)) != NULL) {
		fail(err, errsize, file, "unknown key \"%s\"", k);
		goto bad;
	}
	ws->name = json_string_value(json_object_get(ws->root, "name"));
	if (!good_word(ws->name, "-", 40)) {
		fail(err, errsize, file,
		    "\"name\" must be 1-40 of a-z, 0-9 "
		    "and -");
		goto bad;
	}
	if (name != NULL && strcmp(name, ws->name) != 0) {
		fail(err, errsize, file,
		    "\"name\" is \"%s\" but the file is "
		    "named for \"%s\"",
		    ws->name, name);
		goto bad;
	}
	ws->title = json_string_value(json_object_get(ws->root, "title"));
	if (ws->title == NULL || *ws->title == '\0') {
		fail(err, errsize, file,
		    "\"title\" must be a non-empty string");
		goto bad;
	}
	v = json_object_get(ws->root, "version");
	if (!json_is_integer(v) || json_integer_value(v) < 1 ||
	    json_integer_value(v) > 1000000) {
		fail(err, errsize, file,
		    "\"version\" must be a positive "
		    "integer");
		goto bad;
	}
	ws->version = (int)json_integer_value(v);
	v = json_object_get(ws->root, "kind");
	if (v != NULL &&
	    (json_string_value(v) == NULL ||
	        (strcmp(json_string_value(v), "worksheet") != 0 &&
	            strcmp(json_string_value(v), "questionnaire") != 0))) {
		fail(err, errsize, file,
		    "\"kind\" must be \"worksheet\" or "
		    "\"questionnaire\"");
		goto bad;
	}
	for (i = 0; strs[i]; i++) {
		v = json_object_get(ws->root, strs[i]);
		if (v != NULL && !json_is_string(v)) {
			fail(err, errsize, file, "\"%s\" must be a string",
			    strs[i]);
			goto bad;
		}
	}
	items = json_object_get(ws->root, "items");
	if (!json_is_array(items) || json_array_size(items) == 0 ||
	    json_array_size(items) > MAX_ITEMS) {
		fail(err, errsize, file,
		    "\"items\" must be a list of 1 to %d "
		    "items",
		    MAX_ITEMS);
		goto bad;
	}
	ws->n = json_array_size(items);
	ws->items = calloc(ws->n, sizeof(*ws->items));
	if (ws->items == NULL) {
		fail(err, errsize, file, "out of memory");
		goto bad;
	}
	for (i = 0; i < ws->n; i++)
		if (parse_item(ws, i, json_array_get(items, i), file, err,
		        errsize) < 0)
			goto bad;
	if (check_alerts(ws, file, err, errsize) < 0 ||
	    check_instrument(ws, file, err, errsize) < 0)
		goto bad;
	return ws;
bad:
	mh_worksheet_free(ws);
	return NULL;
}

void
mh_worksheet_free(struct mh_worksheet *ws)
{
	if (ws == NULL)
		return;
	json_decref(ws->root);
	free(ws->items);
	free(ws);
}

static struct mh_worksheet *
load_file(const char *path, const char *name, char *err, size_t errsize)
{
	struct mh_buf b = {0};
	struct mh_worksheet *ws;

	if (mh_read_file(path, MH_WORKSHEET_MAX_FILE, &b) < 0) {
		fail(err, errsize, path, "%s",
		    errno == EFBIG ? "file too large" : strerror(errno));
		mh_buf_free(&b);
		return NULL;
	}
	ws =
	    mh_worksheet_parse(b.p ? b.p : "", b.len, path, name, err, errsize);
	mh_buf_free(&b);
	return ws;
}

/* "<dir>/<name>.json" for the user's (user set) or the installed dir. */
static char *
template_path(const char *name, int user)
{
	struct mh_buf b = {0};
	char *dir;

	dir = user ? mh_xdg_path("CONFIG", "worksheets")
	           : mh_data_path("worksheets");
	if (dir == NULL)
		return NULL;
	if (mh_buf_addf(&b, "%s/%s.json", dir, name) < 0) {
		free(dir);
		return NULL;
	}
	free(dir);
	return b.p;
}

struct mh_worksheet *
mh_worksheet_load(const char *name, char *err, size_t errsize)
{
	struct mh_worksheet *ws = NULL;
	char *path;
	int user;

	if (!good_word(name, "-", 40)) {
		snprintf(err, errsize, "%s: not a worksheet name (a-z, 0-9, -)",
		    name);
		return NULL;
	}
	for (user = 1; user >= 0; user--) {
		path = template_path(name, user);
		if (path == NULL)
			continue;
		if (access(path, F_OK) == 0) {
			ws = load_file(path, name, err, errsize);
			free(path);
			return ws;
		}
		free(path);
	}
	snprintf(err, errsize,
	    "%s: no such worksheet (mh-worksheet --list "
	    "shows them)",
	    name);
	return NULL;
}

/* Add the templates of one directory to list (user ones override). */
static void
list_dir(const char *dir, int user, json_t *list, struct mh_buf *errors)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		char name[64], err[512], *path;
		size_t n = strlen(de->d_name);
		struct mh_worksheet *ws;
		json_t *o;

		if (n <= 5 || n - 5 >= sizeof(name) ||
		    strcmp(de->d_name + n - 5, ".json") != 0)
			continue;
		memcpy(name, de->d_name, n - 5);
		name[n - 5] = '\0';
		if (json_object_get(list, name) != NULL)
			continue; /* overridden by the user's copy */
		path = template_path(name, user);
		if (path == NULL)
			continue;
		ws = good_word(name, "-", 40)
		    ? load_file(path, name, err, sizeof(err))
		    : NULL;
		if (ws == NULL) {
			if (!good_word(name, "-", 40))
				snprintf(err, sizeof(err),
				    "%s: not a "
				    "worksheet name (a-z, 0-9, -)",
				    path);
			if (errors != NULL)
				mh_buf_addf(errors, "%s\n", err);
			/* A broken user copy still hides the installed
			 * one, as mh_worksheet_load would use it. */
			json_object_set_new(list, name, json_null());
			free(path);
			continue;
		}
		o = json_pack("{s:s, s:s, s:s, s:s}", "name", ws->name, "title",
		    ws->title, "kind",
		    *mh_worksheet_get(ws, "kind") ? mh_worksheet_get(ws, "kind")
		                                  : "worksheet",
		    "source", user ? "user" : "installed");
		if (o != NULL)
			json_object_set_new(list, name, o);
		mh_worksheet_free(ws);
		free(path);
	}
	closedir(d);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

json_t *
mh_worksheet_list(struct mh_buf *errors, char *err, size_t errsize)
{
	json_t *by_name = json_object(), *out = json_array(), *v;
	const char **names = NULL, *k;
	char *dir;
	size_t n = 0, i;
	int user;

	if (by_name == NULL || out == NULL)
		goto nomem;
	for (user = 1; user >= 0; user--) {
		dir = user ? mh_xdg_path("CONFIG", "worksheets")
		           : mh_data_path("worksheets");
		if (dir != NULL)
			list_dir(dir, user, by_name, errors);
		free(dir);
	}
	names = calloc(json_object_size(by_name) + 1, sizeof(*names));
	if (names == NULL)
		goto nomem;
	json_object_foreach(by_name, k, v)
		if (!json_is_null(v))
			names[n++] = k;
	qsort(names, n, sizeof(*names), cmp_names);
	for (i = 0; i < n; i++)
		if (json_array_append(out, json_object_get(by_name, names[i])) <
		    0)
			goto nomem;
	free(names);
	json_decref(by_name);
	return out;
nomem:
	free(names);
	json_decref(by_name);
	json_decref(out);
	snprintf(err, errsize, "out of memory");
	return NULL;
}

const char *
mh_worksheet_name(const struct mh_worksheet *ws)
{
	return ws->name;
}

const char *
mh_worksheet_title(const struct mh_worksheet *ws)
{
	return ws->title;
}

const char *
mh_worksheet_get(const struct mh_worksheet *ws, const char *key)
{
	const char *s = json_string_value(json_object_get(ws->root, key));

	return s ? s : "";
}

int
mh_worksheet_version(const struct mh_worksheet *ws)
{
	return ws->version;
}

size_t
mh_worksheet_count(const struct mh_worksheet *ws)
{
	return ws->n;
}

const struct mh_worksheet_item *
mh_worksheet_item(const struct mh_worksheet *ws, size_t i)
{
	return i < ws->n ? &ws->items[i] : NULL;
}

json_t *
mh_worksheet_show(const struct mh_worksheet *ws)
{
	static const char *const keys[] = {"name", "title", "version", "kind",
	    "about", "intro", "attribution", NULL};
	json_t *o = json_object(), *items = json_array(), *src, *v;
	size_t i, k;

	if (o == NULL || items == NULL)
		goto nomem;
	for (k = 0; keys[k]; k++)
		if ((v = json_object_get(ws->root, keys[k])) != NULL &&
		    json_object_set(o, keys[k], v) < 0)
			goto nomem;
	if (json_object_get(o, "kind") == NULL &&
	    json_object_set_new(o, "kind", json_string("worksheet")) < 0)
		goto nomem;
	json_array_foreach(json_object_get(ws->root, "items"), i, src) {
		static const char *const ik[] = {"id", "prompt", "type", "min",
		    "max", "labels", "options", "required", "help", "ask_if",
		    NULL};
		json_t *it = json_object();

		if (it == NULL || json_array_append_new(items, it) < 0)
			goto nomem;
		for (k = 0; ik[k]; k++) {
			v = json_object_get(src, ik[k]);
			if (strcmp(ik[k], "required") == 0)
				v = json_boolean(ws->items[i].required);
			else if (v != NULL)
				json_incref(v);
			if (v != NULL && json_object_set_new(it, ik[k], v) < 0)
				goto nomem;
		}
	}
	if (json_object_set(o, "items", items) < 0)
		goto nomem;
	json_decref(items);
	return o;
nomem:
	json_decref(o);
	json_decref(items);
	return NULL;
}

static int
in_list(const json_t *a, const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < json_array_size(a); i++)
		if (strcmp(json_string_value(json_array_get(a, i)), s) == 0)
			return 1;
	return 0;
}

int
mh_worksheet_asked(const struct mh_worksheet *ws, size_t i,
    const json_t *answers)
{
	const json_t *ids, *values;
	size_t j;

	if (i >= ws->n || ws->items[i].ask_if == NULL)
		return i < ws->n;
	ids = json_object_get(ws->items[i].ask_if, "ids");
	values = json_object_get(ws->items[i].ask_if, "values");
	for (j = 0; j < json_array_size(ids); j++) {
		const char *id = json_string_value(json_array_get(ids, j));

		if (in_list(values,
		        json_string_value(json_object_get(answers, id))))
			return 1;
	}
	return 0;
}

/* "HH:MM", 00:00 to 23:59. */
static int
good_time(const char *s)
{
	return strlen(s) == 5 && isdigit((unsigned char)s[0]) &&
	    isdigit((unsigned char)s[1]) && s[2] == ':' &&
	    isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4]) &&
	    (s[0] - '0') * 10 + (s[1] - '0') < 24 && s[3] < '6';
}

static void
range_text(const struct mh_worksheet_item *it, char *buf, size_t size)
{
	size_t i, n = 0;

	switch (it->type) {
	case MH_ITEM_SCALE:
		snprintf(buf, size, "a whole number from %.0f to %.0f", it->min,
		    it->max);
		break;
	case MH_ITEM_NUMBER:
		snprintf(buf, size, "a number from %g to %g", it->min, it->max);
		break;
	case MH_ITEM_TIME:
		snprintf(buf, size, "a time as HH:MM (24-hour)");
		break;
	case MH_ITEM_TEXT:
		snprintf(buf, size, "text of at most %d bytes",
		    MH_WORKSHEET_MAX_TEXT);
		break;
	case MH_ITEM_CHOICE:
		for (i = 0; i < json_array_size(it->options) && n < size; i++) {
			int r = snprintf(buf + n, size - n, "%s\"%s\"",
			    i == 0 ? "one of " : ", ",
			    json_string_value(json_array_get(it->options, i)));
			if (r < 0)
				break;
			n += (size_t)r;
		}
		break;
	}
}

int
mh_worksheet_check_value(const struct mh_worksheet_item *it, const json_t *v,
    char *err, size_t errsize)
{
	char want[512];
	const char *s = json_string_value(v);
	int good = 0;

	switch (it->type) {
	case MH_ITEM_SCALE:
		good = json_is_integer(v) &&
		    json_integer_value(v) >= (json_int_t)it->min &&
		    json_integer_value(v) <= (json_int_t)it->max;
		break;
	case MH_ITEM_NUMBER:
		good = json_is_number(v) && json_number_value(v) >= it->min &&
		    json_number_value(v) <= it->max;
		break;
	case MH_ITEM_CHOICE: good = in_list(it->options, s); break;
	case MH_ITEM_TIME: good = s != NULL && good_time(s); break;
	case MH_ITEM_TEXT:
		good =
		    s != NULL && json_string_length(v) <= MH_WORKSHEET_MAX_TEXT;
		break;
	}
	if (good)
		return 0;
	range_text(it, want, sizeof(want));
	snprintf(err, errsize, "%s: must be %s", it->id, want);
	return -1;
}

static char *
trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static json_t *
choice_value(const struct mh_worksheet_item *it, const char *s, char *err,
    size_t errsize)
{
	size_t i, n = json_array_size(it->options), len = strlen(s);
	const char *hit = NULL, *o;
	long k;

	if (mh_parse_long(s, 1, (long)n, &k) == 0)
		return json_string(json_string_value(
		    json_array_get(it->options, (size_t)k - 1)));
	for (i = 0; i < n; i++) {
		o = json_string_value(json_array_get(it->options, i));
		if (strcasecmp(o, s) == 0)
			return json_string(o);
		if (strncasecmp(o, s, len) == 0) {
			if (hit != NULL) {
				snprintf(err, errsize,
				    "\"%s\" could be more "
				    "than one answer",
				    s);
				return NULL;
			}
			hit = o;
		}
	}
	if (hit != NULL)
		return json_string(hit);
	mh_worksheet_check_value(it, NULL, err, errsize);
	return NULL;
}

json_t *
mh_worksheet_value(const struct mh_worksheet_item *it, const char *in,
    char *err, size_t errsize)
{
	char *copy = strdup(in), *s;
	json_t *v = NULL;
	long n;
	double d;

	if (copy == NULL) {
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	s = trim(copy);
	if (*s == '\0') {
		snprintf(err, errsize, "an answer is needed");
		goto out;
	}
	switch (it->type) {
	case MH_ITEM_SCALE:
		if (mh_parse_long(s, (long)it->min, (long)it->max, &n) == 0)
			v = json_integer(n);
		break;
	case MH_ITEM_NUMBER:
		if (mh_parse_double(s, it->min, it->max, &d) == 0)
			v = d == floor(d) && fabs(d) < 1e15
			    ? json_integer((json_int_t)d)
			    : json_real(d);
		break;
	case MH_ITEM_CHOICE: v = choice_value(it, s, err, errsize); goto out;
	case MH_ITEM_TIME:
		if (strlen(s) == 4 && s[1] == ':') {
			char t[6] = {'0', s[0], ':', s[2], s[3], '\0'};

			v = json_string(t); /* "7:30" for "07:30" */
		} else
			v = json_string(s);
		break;
	case MH_ITEM_TEXT:
		v = json_string(s);
		if (v == NULL) {
			snprintf(err, errsize, "text must be valid UTF-8");
			goto out;
		}
		break;
	}
	if (v == NULL || mh_worksheet_check_value(it, v, err, errsize) < 0) {
		json_decref(v);
		v = NULL;
		if (it->type != MH_ITEM_TIME && it->type != MH_ITEM_TEXT) {
			char want[512];

			range_text(it, want, sizeof(want));
			snprintf(err, errsize, "please enter %s", want);
		}
	}
out:
	free(copy);
	return v;
}

int
mh_worksheet_check(const struct mh_worksheet *ws, const json_t *answers,
    char *err, size_t errsize)
{
	const char *k;
	json_t *v;
	size_t i;
	int at;

	if (!json_is_object(answers)) {
		snprintf(err, errsize,
		    "answers must be a JSON object of item "
		    "id to value");
		return -1;
	}
	json_object_foreach((json_t *)answers, k, v) {
		at = find_item(ws, ws->n, k);
		if (at < 0) {
			snprintf(err, errsize, "\"%.64s\" is not an item of %s",
			    k, ws->name);
			return -1;
		}
		if (!mh_worksheet_asked(ws, (size_t)at, answers)) {
			snprintf(err, errsize,
			    "%s: not asked with these "
			    "answers; leave it out",
			    k);
			return -1;
		}
		if (mh_worksheet_check_value(&ws->items[at], v, err, errsize) <
		    0)
			return -1;
	}
	for (i = 0; i < ws->n; i++)
		if (ws->items[i].required &&
		    json_object_get(answers, ws->items[i].id) == NULL &&
		    mh_worksheet_asked(ws, i, answers)) {
			snprintf(err, errsize, "missing answer: %s (%.80s)",
			    ws->items[i].id, ws->items[i].prompt);
			return -1;
		}
	return 0;
}

json_t *
mh_worksheet_result(const struct mh_worksheet *ws, const json_t *answers,
    const char *started, const char *completed, char *err, size_t errsize)
{
	json_t *o, *a, *scores = NULL, *v;
	size_t i;

	if (mh_worksheet_check(ws, answers, err, errsize) < 0)
		return NULL;
	if (mh_instruments_known(ws->name) &&
	    mh_instruments_score(ws->name, answers, &scores, err, errsize) < 0)
		return NULL;
	a = json_object();
	o = json_pack("{s:i, s:s, s:s, s:i, s:s, s:s}", "schema",
	    MH_WORKSHEET_SCHEMA, "name", ws->name, "title", ws->title,
	    "template_version", ws->version, "started", started, "completed",
	    completed);
	if (o == NULL || a == NULL)
		goto nomem;
	for (i = 0; i < ws->n; i++)
		if ((v = json_object_get(answers, ws->items[i].id)) != NULL &&
		    json_object_set(a, ws->items[i].id, v) < 0)
			goto nomem;
	if (json_object_set(o, "answers", a) < 0 ||
	    (scores != NULL && json_object_set(o, "scores", scores) < 0))
		goto nomem;
	json_decref(a);
	json_decref(scores);
	return o;
nomem:
	json_decref(o);
	json_decref(a);
	json_decref(scores);
	snprintf(err, errsize, "out of memory");
	return NULL;
}

/* An answer as people read it: "More than half the days (2)". */
static int
add_answer(struct mh_buf *out, const struct mh_worksheet_item *it,
    const json_t *v)
{
	if (json_is_string(v))
		return mh_buf_adds(out, json_string_value(v));
	if (json_is_integer(v) && it->labels != NULL) {
		json_int_t n = json_integer_value(v);

		return mh_buf_adds(out,
		           json_string_value(json_array_get(it->labels,
		               (size_t)(n - (json_int_t)it->min)))) < 0 ||
		        mh_buf_addf(out, " (%lld)", (long long)n) < 0
		    ? -1
		    : 0;
	}
	if (json_is_integer(v))
		return mh_buf_addf(out, "%lld",
		    (long long)json_integer_value(v));
	return mh_buf_addf(out, "%g", json_number_value(v));
}

int
mh_worksheet_text(const struct mh_worksheet *ws, const json_t *result,
    struct mh_buf *out)
{
	const json_t *answers = json_object_get(result, "answers");
	const json_t *scores = json_object_get(result, "scores"), *v;
	const char *done =
	    json_string_value(json_object_get(result, "completed"));
	int max_total;
	const struct mh_band *bands;
	size_t i;

	if (mh_buf_addf(out, "%s, %.10s %.5s", ws->title, done ? done : "",
	        done && strlen(done) > 11 ? done + 11 : "") < 0)
		return -1;
	if (scores != NULL) {
		if (mh_buf_addf(out, ": total %lld",
		        (long long)json_integer_value(
		            json_object_get(scores, "total"))) < 0)
			return -1;
		if (mh_instruments_bands(ws->name, &bands, &max_total) > 0 &&
		    mh_buf_addf(out, " of %d", max_total) < 0)
			return -1;
		if (json_object_get(scores, "percent") &&
		    mh_buf_addf(out, " (%lld%%)",
		        (long long)json_integer_value(
		            json_object_get(scores, "percent"))) < 0)
			return -1;
		if (mh_buf_addf(out, ", %s",
		        json_string_value(
		            json_object_get(scores, "severity"))) < 0)
			return -1;
	}
	if (mh_buf_adds(out, ".") < 0)
		return -1;
	for (i = 0; i < ws->n; i++) {
		const char *p;
		char last;

		if ((v = json_object_get(answers, ws->items[i].id)) == NULL)
			continue;
		p = ws->items[i].prompt;
		last = p[strlen(p) - 1];

		/* "Situation: who, what?: x" reads badly; "...? x" does not. */
		if (mh_buf_addc(out, '\n') < 0 || mh_buf_adds(out, p) < 0 ||
		    mh_buf_adds(out, last == '?' || last == ':' ? " " : ": ") <
		        0 ||
		    add_answer(out, &ws->items[i], v) < 0)
			return -1;
	}
	return 0;
}

int
mh_worksheet_alert(const struct mh_worksheet *ws, const json_t *answers,
    const json_t *scores)
{
	const json_t *alerts = json_object_get(ws->root, "alerts"), *a, *v;
	size_t i;

	if (json_array_size(json_object_get(scores, "flags")) > 0)
		return 1;
	/* Before a questionnaire is scored (one step at a time on a
	 * terminal), the items that will raise its flags. */
	if (scores == NULL && strcmp(ws->name, "phq9") == 0 &&
	    json_integer_value(json_object_get(answers, "q9")) > 0)
		return 1;
	if (scores == NULL && strcmp(ws->name, "asq") == 0) {
		static const char *const q[] = {"q1", "q2", "q3", "q4", "q5"};
		static const char *const pos[] = {"yes", "decline", NULL};

		for (i = 0; i < 5; i++) {
			const char *s =
			    json_string_value(json_object_get(answers, q[i]));

			if (s &&
			    (strcmp(s, pos[0]) == 0 || strcmp(s, pos[1]) == 0))
				return 1;
		}
	}
	json_array_foreach(alerts, i, a) {
		v = json_object_get(answers,
		    json_string_value(json_object_get(a, "id")));
		if (v == NULL)
			continue;
		if (json_object_get(a, "min") && json_is_number(v) &&
		    json_number_value(v) >=
		        json_number_value(json_object_get(a, "min")))
			return 1;
		if (json_object_get(a, "max") && json_is_number(v) &&
		    json_number_value(v) <=
		        json_number_value(json_object_get(a, "max")))
			return 1;
		if (in_list(json_object_get(a, "values"), json_string_value(v)))
			return 1;
	}
	return 0;
}

json_t *
mh_worksheet_take(struct mh_record *rec)
{
	struct mh_buf b = {0};
	char err[256];
	json_t *a = mh_record_json(rec, "answers"), *v;
	const char *k;

	if (a != NULL) {
		mh_record_remove(rec, "answers");
		return a;
	}
	if (mh_record_serialize(rec, &b) == 0)
		a = mh_json_parse(b.p, b.len, err, sizeof(err));
	mh_buf_free(&b);
	json_object_foreach(a, k, v)
		mh_record_remove(rec, k);
	return a;
}

int
mh_worksheet_record(const struct mh_worksheet *ws, struct mh_record *rec,
    const json_t *answers, const char *started, const char *field,
    json_t **scores, char *err, size_t errsize)
{
	char done[40];
	struct mh_buf t = {0};
	json_t *r;
	int rc;

	if (scores != NULL)
		*scores = NULL;
	mh_iso8601_now(done, sizeof(done));
	if ((r = mh_worksheet_result(ws, answers, started ? started : done,
	         done, err, errsize)) == NULL)
		return -1;
	rc = mh_record_set_json(rec, "worksheet", r) < 0 ||
	        mh_worksheet_text(ws, r, &t) < 0 ||
	        mh_record_set_string(rec, field ? field : "text", t.p, t.len) <
	            0
	    ? -1
	    : 0;
	if (rc < 0)
		snprintf(err, errsize, "out of memory");
	else if (scores != NULL && (*scores = json_object_get(r, "scores")))
		json_incref(*scores);
	json_decref(r);
	mh_buf_free(&t);
	return rc;
}
