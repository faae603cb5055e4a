/* libFuzzer target for the vault reader (lib/vault.c).
 *
 * Arbitrary bytes are read as vault lines: malformed and conflicting
 * lines must be skipped, never crash; what is read must be consistent
 * (every entry found again by its number), and numbering new values
 * afterwards must not reuse a number. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redact_scan.h"
#include "vault.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	struct mh_vault *v = mh_vault_new(NULL, 1, err, sizeof(err));
	size_t used, len;

	if (v == NULL)
		return 0;
	used = mh_vault_parse(v, (const char *)data, size);
	if (used != (size_t)-1 && used > size)
		abort();
	/* a new value gets a number no entry holds yet */
	int type = MH_SCAN_NAME;
	const char *val = "\x01 fuzz-new-value \x02";
	size_t vl = strlen(val);
	struct mh_scan_span sp = {0, vl, type};
	unsigned long num = 0;
	if (mh_vault_assign(v, val, &sp, 1, &num, err, sizeof(err)) == 0) {
		const char *back = mh_vault_lookup(v, type, num, &len);
		if (back == NULL || len != vl || memcmp(back, val, vl) != 0)
			abort();
	}
	mh_vault_free(v);
	return 0;
}
