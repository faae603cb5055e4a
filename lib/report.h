/* report: what mh-worksheet shows a person, built as text: the journal
 * views (history, summary charts, SVG plot, Markdown or CSV export, the
 * safety plan), whether today's entry is done, and the crisis response
 * with the lines for the person's country.  The command prints it. */
#ifndef MH_REPORT_H
#define MH_REPORT_H

#include <stddef.h>

#include "journal.h"
#include "util.h"

enum mh_report_view {
	MH_REPORT_HISTORY,
	MH_REPORT_SUMMARY,
	MH_REPORT_PLOT,
	MH_REPORT_EXPORT_MD,
	MH_REPORT_EXPORT_CSV,
	MH_REPORT_PLAN,
};

struct mh_report_opts {
	const char *journal;       /* path */
	struct mh_journal_query q; /* which entries */
	const char *country;       /* option, or NULL */
	int lines; /* history as readable lines (a terminal), not JSON */
	int flags; /* MH_CHART_* for the summary */
	struct mh_buf *warnings; /* lines for stderr (a broken crisis-line
				  * table under --plan), or NULL */
};

/* Append view v of the journal to out.  Returns 0, or -1 with a message
 * in err (an unreadable or unsafe journal; ENOMEM). */
int mh_report_view(enum mh_report_view v, const struct mh_report_opts *o,
    struct mh_buf *out, char *err, size_t errsize);

/* Whether the journal has an entry of worksheet name completed today
 * (local date): 1 yes, 0 no, -1 with a message in err. */
int mh_report_done_today(const char *journal, const char *name, char *err,
    size_t errsize);

/* Append the latest saved safety plan in journal to out, when there is
 * one (nothing otherwise, and nothing when the journal cannot be read:
 * this accompanies a crisis response and must not stand in its way). */
void mh_report_plan_if_any(const char *journal, struct mh_buf *out);

/* Append the list of templates to out: "name  title" lines, or one JSON
 * object per line (name, title, kind, source) when lines is 0.  Broken
 * user templates are left out and described in errors, one per line.
 * Returns 0 or -1 with a message in err. */
int mh_report_list(int lines, struct mh_buf *out, struct mh_buf *errors,
    char *err, size_t errsize);

/* Append the crisis response for concerns (MH_CONCERN_* of lib/crisis)
 * to out, or with concerns 0 only the crisis lines (for --plan).  The
 * country is the option when not NULL, else MH_COUNTRY, the
 * configuration, the locale, the US.  Falls back to pointing at
 * emergency services and a directory when the resource table cannot be
 * read, and then appends why, one line, to warnings (when not NULL).
 * Returns 0 or -1 (ENOMEM). */
int mh_report_crisis(unsigned concerns, const char *country, struct mh_buf *out,
    struct mh_buf *warnings);

#endif
