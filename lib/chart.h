/* chart: trends of journal entries as pictures: terminal charts drawn
 * with Unicode block elements (or plain ASCII), optionally coloured by
 * severity band, and an SVG line chart with the bands shaded.
 *
 * The series drawn are fixed: PHQ-9, GAD-7, WHO-5, K6, PHQ-2 and GAD-2
 * totals with their published bands, and the daily check-in's mood and
 * hours of sleep.  A series without entries is left out. */
#ifndef MH_CHART_H
#define MH_CHART_H

#include <jansson.h>

#include "instruments.h"
#include "util.h"

/* clang-format 14 would move a two-line trailing comment into the macro */
/* clang-format off */
#define MH_CHART_ASCII 1	/* no Unicode: # : . only */
#define MH_CHART_COLOR 2	/* ANSI colours by band (caller checks
				 * NO_COLOR and the terminal) */
/* clang-format on */

/* One value on one day. */
struct mh_point {
	char date[11];
	double value;
};

/* Append a chart of n points to out: rows of bars scaled min..max, one
 * column per point (the latest 60 when there are more), the y range at
 * the left, each band's name beside the row where it starts, the first
 * and last date beneath and the latest value with its band.  Returns 0
 * or -1 (ENOMEM). */
int mh_chart_text(struct mh_buf *out, const char *title,
    const struct mh_point *pts, size_t n, double min, double max,
    const struct mh_band *bands, size_t nb, int flags);

/* Append a complete SVG document to out: one panel per series with data,
 * each a line chart over calendar time with its bands shaded and named.
 * Returns 0 or -1 (ENOMEM). */
int mh_chart_svg(struct mh_buf *out, const json_t *entries);

/* Append the --summary view of entries (a journal array, oldest first)
 * to out: streaks and gaps, then one text chart per series.  today is
 * "YYYY-MM-DD".  Returns 0 or -1 (ENOMEM). */
int mh_chart_summary(struct mh_buf *out, const json_t *entries,
    const char *today, int flags);

#endif
