/* libFuzzer target for the template loader (lib/worksheet.c): any bytes
 * as a template file.  A template that loads must also survive --show,
 * the asked/alert logic and scoring of an empty set of answers. */
#include <stdint.h>
#include <stdlib.h>

#include "worksheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	struct mh_worksheet *ws;
	json_t *show, *a, *r;
	size_t i;

	ws = mh_worksheet_parse((const char *)data, size, "fuzz.json", NULL,
	    err, sizeof(err));
	if (ws == NULL)
		return 0;
	show = mh_worksheet_show(ws);
	if (show == NULL ||
	    json_array_size(json_object_get(show, "items")) !=
	        mh_worksheet_count(ws))
		abort();
	json_decref(show);
	a = json_object();
	for (i = 0; i < mh_worksheet_count(ws); i++)
		(void)mh_worksheet_asked(ws, i, a);
	(void)mh_worksheet_alert(ws, a, NULL);
	r = mh_worksheet_result(ws, a, "2026-11-22T09:00:00+01:00",
	    "2026-11-22T09:04:10+01:00", err, sizeof(err));
	json_decref(r);
	json_decref(a);
	mh_worksheet_free(ws);
	return 0;
}
