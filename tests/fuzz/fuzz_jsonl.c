/* libFuzzer target for the record reader (lib/jsonl.c).
 *
 * Feeds the input through a reader over a memory file, with a small record
 * limit so the too-large path is hit ("RT": handing out plain-text lines
 * as they are, each of which must be what the record path makes a
 * {"text": line} record of), then checks two properties of every
 * good record: its serialisation is valid JSON that jansson accepts, and
 * parsing that serialisation again gives the same bytes (the output of one
 * tool is a fixed point for the next). */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "jsonl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct mh_buf a, b;

static void
check(struct mh_record *rec)
{
	struct mh_record *again;

	if (mh_record_bad(rec, NULL) == NULL) {
		const char *s;
		size_t n;
		json_error_t e;
		json_t *v;

		(void)mh_record_string(rec, "text", &s, &n);
		mh_buf_reset(&a);
		if (mh_record_serialize(rec, &a) == 0) {
			v = json_loadb(a.p, a.len - 1,
			    JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
			/* jansson refuses integers it cannot hold;
			 * everything else must load. */
			if (v == NULL && strstr(e.text, "too big") == NULL &&
			    strstr(e.text, "overflow") == NULL &&
			    strstr(e.text, "depth") == NULL)
				abort();
			json_decref(v);
			again = mh_record_parse(a.p, a.len - 1, 1, NULL);
			mh_buf_reset(&b);
			if (again == NULL || mh_record_bad(again, NULL) ||
			    mh_record_serialize(again, &b) != 0 ||
			    b.len != a.len || memcmp(a.p, b.p, a.len))
				abort();
			mh_record_free(again);
		}
	}
	mh_record_free(rec);
}

/* Input starting with 'R' goes through the reader over a memory file
 * (buffering, line limits, whole mode with "RW", plain lines as they are
 * with "RT"); anything else is split
 * into lines parsed in memory, which is much faster to fuzz. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mh_reader_opts o = {.max_record = 4096}, wo = {.whole = 1};
	struct mh_reader *r;
	struct mh_record *rec;
	const char *p = (const char *)data, *end = p + size, *s, *t;
	size_t n, tn;
	int fd, rc, text, clean;

	if (size == 0 || data[0] != 'R') {
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

			if ((rec = mh_record_parse(p, n, 1, NULL)) != NULL)
				check(rec);
			p += n + 1;
		}
		return 0;
	}
	o.whole = size > 1 && data[1] == 'W';
	text = size > 1 && data[1] == 'T';
	if ((fd = memfd_create("fuzz", 0)) == -1)
		return 0;
	if (write(fd, data, size) == (ssize_t)size &&
	    lseek(fd, 0, SEEK_SET) == 0) {
		r = mh_reader_new(fd, &o);
		while ((rc = text ? mh_reader_next_text(r, &rec, &s, &n, &clean)
		                  : mh_reader_next(r, &rec)) > 0) {
			if (rc == 1) {
				check(rec);
				continue;
			}
			/* a line handed out as text, plain or the JSON
			 * record {"text": s}, is one the record path makes
			 * {"text": s} of */
			rec = mh_record_parse(s, n, 1, &wo);
			if (rec == NULL || mh_record_bad(rec, NULL) ||
			    mh_record_string(rec, "text", &t, &tn) != 0 ||
			    tn != n || memcmp(s, t, n) != 0 ||
			    (clean &&
			        (mh_json_needs_escape(s, n) ||
			            !mh_utf8_valid(s, n) ||
			            memchr(s, 0, n) != NULL)))
				abort();
			for (size_t i = 0; clean && i < n; i++)
				if ((unsigned char)s[i] > 0x7f)
					abort();
			check(rec);
		}
		mh_reader_free(r);
	}
	close(fd);
	return 0;
}
