/* libFuzzer target for the journal reader and everything drawn from it
 * (lib/journal.c, lib/chart.c): any bytes as a journal file, then every
 * view: history lines, runs and gaps, the summary charts (Unicode and
 * ASCII, coloured), the SVG plot and both exports. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "chart.h"
#include "journal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The journal is read from a file; on tmpfs when there is one, since
 * truncating and rewriting a disk file for every input costs more than
 * everything the target exercises. */
static char path[] = "/dev/shm/mh-fuzz-journal.XXXXXX";
static char disk[] = "/tmp/mh-fuzz-journal.XXXXXX";
static char *file = path;

static void
cleanup(void)
{
	unlink(file);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	struct mh_journal_query q = {NULL, NULL, NULL};
	struct mh_buf b = {0};
	char err[512];
	json_t *e;
	size_t i;

	if (fd == -1) {
		if ((fd = mkstemp(path)) == -1 &&
		    (fd = mkstemp(file = disk)) == -1)
			abort();
		atexit(cleanup);
	}
	if (ftruncate(fd, 0) == -1 ||
	    pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	if ((e = mh_journal_load(file, &q, NULL, err, sizeof(err))) == NULL)
		abort(); /* our own 0600 file must always read */
	for (i = 0; i < json_array_size(e); i++)
		mh_journal_line(json_array_get(e, i), &b);
	mh_journal_streaks(e, "2026-11-22", &b);
	mh_chart_summary(&b, e, "2026-11-22", 0);
	mh_chart_summary(&b, e, "2026-11-22", MH_CHART_ASCII | MH_CHART_COLOR);
	mh_chart_svg(&b, e);
	mh_journal_export(e, 0, NULL, NULL, &b);
	mh_journal_export(e, 1, NULL, NULL, &b);
	mh_journal_plan(json_array_get(e, 0), &b);
	mh_buf_free(&b);
	json_decref(e);
	return 0;
}
