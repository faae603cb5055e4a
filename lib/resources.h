/* resources: crisis services by country, loaded from data/resources.tsv
 * (see data/resources.README for the format and how fresh each number
 * is).  The country comes from an option, the configuration key
 * `country` (MH_COUNTRY) or the locale; the default is the US.  A country
 * without rows gets the international directory instead. */
#ifndef MH_RESOURCES_H
#define MH_RESOURCES_H

#include <stddef.h>
#include <jansson.h>

#include "config.h"
#include "util.h"

/* One service, as a row of the table.  Every string is non-NULL (empty
 * when the table leaves the column blank) and owned by the table. */
struct mh_resource {
	const char *country; /* "GB", or "INT" for the international rows */
	const char *kind;    /* "emergency", "crisis", "support", "directory" */
	const char *service; /* the service's name */
	const char *call;    /* number(s) to call, "; "-separated */
	const char *text;    /* SMS number or "text HOME to 741741" */
	const char *web;     /* web or chat address without the scheme */
	const char *hours;   /* opening hours where known */
	const char *audience; /* who the line is for, when not everyone */
	const char *verified; /* YYYY-MM-DD of the newest source, or "-" */
	const char *checked;  /* YYYY-MM-DD the project last found the
	                         numbers on a public page, or "-" */
	const char *source;   /* where the number comes from */
};

/* The loaded table. */
struct mh_resources;

/* Load the table from path, or from resources.tsv in the data directory
 * (mh_data_path) when path is NULL.  Returns a table the caller frees
 * with mh_resources_free, or NULL with a message naming the file (and
 * line) in err: a missing or unreadable file, a bad header, a row without
 * the eleven columns, an unknown kind, a bad country code or date, invalid
 * UTF-8, or no INT directory row with a web address (the fallback of
 * every country without rows). */
struct mh_resources *mh_resources_load(const char *path, char *err,
    size_t errsize);
/* Parse table text of len bytes (name is used in messages).  As
 * mh_resources_load. */
struct mh_resources *mh_resources_parse(const char *text, size_t len,
    const char *name, char *err, size_t errsize);
void mh_resources_free(struct mh_resources *res);

/* Normalise a country code: two ASCII letters in any case ("gb", "GB"),
 * with "UK" accepted for GB, into cc (3 bytes, upper case).  Returns 0, or
 * -1 (EINVAL) when s is not such a code. */
int mh_resources_code(const char *s, char cc[3]);

/* Work out the user's country into cc: the option opt when non-NULL, else
 * the configuration key `country` of cfg (which honours MH_COUNTRY; with
 * cfg NULL, MH_COUNTRY alone), else the territory of the locale in
 * LC_ALL, LC_MESSAGES or LANG (en_GB.UTF-8 gives GB), else "US".  Returns
 * 0, or -1 (EINVAL) when the option or configuration value is not a
 * country code; cc then holds the default "US" so a caller may still
 * show resources while reporting the error.  A locale without a territory
 * ("C.UTF-8") is not an error. */
int mh_resources_country(const char *opt, const struct mh_config *cfg,
    char cc[3]);

/* Store up to max rows for country cc in rows, emergency first, then the
 * crisis line, then other lines; when the table has no rows for cc, the
 * international rows instead and *fallback (when non-NULL) is set to 1.
 * Returns the number of rows stored.  The rows are owned by res. */
size_t mh_resources_lookup(const struct mh_resources *res, const char *cc,
    const struct mh_resource **rows, size_t max, int *fallback);

/* The international directory row with a web address; every table that
 * loaded has one (mh_resources_load refuses a table without), so NULL only
 * for one made otherwise. */
const struct mh_resource *mh_resources_directory(
    const struct mh_resources *res);

/* The resources for cc as a new JSON object the caller json_decrefs:
 * {"country": cc, "fallback": bool, "services": [{"kind", "service",
 * "call", "text", "web", "hours", "audience", "verified", "checked",
 * "source"}...]} with empty columns left out, "verified" null when
 * undated and "checked" null when no public page confirmed the row, then
 * "directory": the international directory's address.  NULL on ENOMEM. */
json_t *mh_resources_json(const struct mh_resources *res, const char *cc);

/* Append the resources for cc to out as plain text, one service per line,
 * emergency number first, then the international directory, then one
 * line saying when those numbers were last checked against public pages,
 * or that not all of them were (said once, not beside each number).
 * Returns 0 or -1 (ENOMEM). */
int mh_resources_text(const struct mh_resources *res, const char *cc,
    struct mh_buf *out);

#endif
