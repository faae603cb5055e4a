/* libFuzzer target for the crisis-resource table parser
 * (lib/resources.c) and its renderings. */
#include <stdint.h>
#include <stdlib.h>

#include "resources.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	struct mh_resources *r = mh_resources_parse((const char *)data, size,
	    "fuzz", err, sizeof err);
	struct mh_buf b = {0};
	json_t *j;

	if (r == NULL)
		return 0;
	if (mh_resources_text(r, "US", &b) != 0)
		abort();
	j = mh_resources_json(r, "XX");
	json_decref(j);
	mh_buf_free(&b);
	mh_resources_free(r);
	return 0;
}
