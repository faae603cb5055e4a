/* ndjson: an incremental splitter for newline-delimited JSON streams
 * (Ollama's application/x-ndjson).  Input arrives in chunks of any size;
 * each complete line (LF or CRLF ended, or the last line at end of input
 * even without its newline) is handed over whole, so a JSON value or a
 * UTF-8 character split across chunks is only decoded once complete.
 * Blank lines are skipped. */
#ifndef MH_NDJSON_H
#define MH_NDJSON_H

#include <stddef.h>

/* Called for each non-blank line (n bytes, NUL-terminated, without its
 * line ending), valid only during the call.  Return 0 to go on or
 * non-zero to stop: the feed call returns that value. */
typedef int (*mh_ndjson_line_fn)(void *ctx, const char *line, size_t n);

struct mh_ndjson;

/* Create a splitter; max is the longest line accepted (0: 4 MiB).
 * Returns NULL on ENOMEM. */
struct mh_ndjson *mh_ndjson_new(size_t max, mh_ndjson_line_fn on_line,
    void *ctx);
void mh_ndjson_free(struct mh_ndjson *p);

/* Feed n bytes.  Returns 0, the callback's non-zero value, or -1 with
 * errno EMSGSIZE (a line over the limit) or ENOMEM. */
int mh_ndjson_feed(struct mh_ndjson *p, const char *buf, size_t n);
/* End of input: hand over a last line that had no newline.  Returns as
 * mh_ndjson_feed. */
int mh_ndjson_finish(struct mh_ndjson *p);
/* The number of lines handed over so far. */
size_t mh_ndjson_count(const struct mh_ndjson *p);

#endif
