/* The scanner's unit tests' shared part: the word table and a scanner
 * over it, and scan(), which shows what the scanner finds in a text as
 * "TYPE:value|TYPE:value".  Included by each test file of the scanner
 * (redact_scan_test.c, redact_idshape_test.c). */
#ifndef MH_SCAN_TAP_H
#define MH_SCAN_TAP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "redact_scan.h"
#include "tap.h"
#include "util.h"

static struct mh_names *nm;
static struct mh_scanner *sc;

/* The spans of s as "TYPE:value|TYPE:value". */
static const char *
scan(const char *s)
{
	static char out[1024];
	const struct mh_scan_span *sp;
	long n = mh_scan_text(sc, s, strlen(s), &sp);
	size_t at = 0;

	out[0] = '\0';
	for (long k = 0; k < n && at < sizeof(out); k++)
		at += (size_t)snprintf(out + at, sizeof(out) - at, "%s%s:%.*s",
		    k ? "|" : "", mh_scan_type_name(sp[k].type),
		    (int)(sp[k].end - sp[k].start), s + sp[k].start);
	return out;
}

/* Open the shipped word table into nm and a scanner over it into sc;
 * 0, or -1 (said as a failed test) if the table does not open. */
static int
scan_open(void)
{
	char err[256], *path = mh_data_path("names/names.idx");

	nm = path ? mh_names_open(path, err, sizeof(err)) : NULL;
	free(path);
	if (!ok(nm != NULL, "word table opens"))
		return -1;
	sc = mh_scan_new(nm);
	return ok(sc != NULL, "scanner builds") ? 0 : -1;
}

static void
scan_close(void)
{
	mh_scan_free(sc);
	mh_names_free(nm);
}

#endif
