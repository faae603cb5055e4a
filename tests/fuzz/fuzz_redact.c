/* libFuzzer target for the scanner and redactor (lib/redact_scan.c,
 * lib/redact.c).
 *
 * For every input that is valid UTF-8: redacting it into a record must
 * give a record whose serialisation is valid JSON, the redacted text must
 * be valid UTF-8, and restoring it with the same (in-memory) map must
 * give back the input byte for byte.  Invalid UTF-8 must be refused. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct mh_redactor *r;
static struct mh_buf red, back, line;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char err[256];
	long n;

	if (r == NULL) {
		struct mh_redact_opts o = {0};
		if ((r = mh_redact_new(&o, err, sizeof(err))) == NULL)
			abort(); /* MH_DATADIR must point at data/ */
	}
	if (size > 65536)
		return 0;
	n = mh_redact_text(r, s, size, &red, NULL, err, sizeof(err));
	if (!mh_utf8_valid(s, size)) {
		if (n != -1)
			abort();
		return 0;
	}
	if (n < 0 || !mh_utf8_valid(red.p ? red.p : "", red.len))
		abort();
	if (mh_redact_restore(r, red.p ? red.p : "", red.len, &back, err,
	        sizeof(err)) != n ||
	    back.len != size || (size && memcmp(back.p, s, size) != 0))
		abort();
	/* and as a record: valid JSON out */
	struct mh_record *rec = mh_record_new();
	const char *code;
	if (rec == NULL)
		return 0;
	if (mh_record_set_string(rec, "text", s, size) == 0 &&
	    mh_redact_record(r, rec, NULL, &code, err, sizeof(err)) == 0) {
		json_error_t e;
		mh_buf_reset(&line);
		if (mh_record_serialize(rec, &line) == 0) {
			json_t *v = json_loadb(line.p, line.len - 1, 0, &e);
			if (v == NULL)
				abort();
			json_decref(v);
		}
	}
	mh_record_free(rec);
	return 0;
}
