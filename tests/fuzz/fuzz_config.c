/* libFuzzer target for the configuration parser (lib/config.c). */
#include <stdint.h>
#include <stdlib.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	struct mh_config *c =
	    mh_config_parse((const char *)data, size, "fuzz", err, sizeof(err));

	if (c != NULL)
		(void)mh_config_get(c, "country");
	mh_config_free(c);
	return 0;
}
