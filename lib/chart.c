/* chart: text and SVG charts of journal series. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "journal.h"

#define ROWS 8
#define MAX_COLS 60

struct series {
	const char *title;
	const char *name;   /* worksheet */
	const char *object; /* "scores" or "answers" */
	const char *field;  /* or two fields to add up */
	const char *field2;
	const char *bands; /* the instrument whose bands apply */
	double min, max;   /* max 0: the instrument's top total */
};

/* clang-format off */
static const struct series all_series[] = {
	{"PHQ-9 total (depression)", "phq9", "scores", "total", NULL, "phq9",
	    0, 0},
	{"GAD-7 total (anxiety)", "gad7", "scores", "total", NULL, "gad7", 0,
	    0},
	{"WHO-5 raw total (wellbeing; higher is better)", "who5", "scores",
	    "total", NULL, "who5", 0, 0},
	{"K6 total (distress)", "k6", "scores", "total", NULL, "k6", 0, 0},
	{"PHQ-2 total", "phq2", "scores", "total", NULL, "phq2", 0, 0},
	{"GAD-2 total", "gad2", "scores", "total", NULL, "gad2", 0, 0},
	{"Mood (daily check-in, 0-10)", "checkin", "answers", "mood", NULL,
	    NULL, 0, 10},
	{"Sleep, hours (daily check-in)", "checkin", "answers", "sleep_hours",
	    NULL, NULL, 0, 12},
	{"PHQ-2 total (daily check-in)", "checkin", "answers", "phq2_q1",
	    "phq2_q2", "phq2", 0, 0},
	{"GAD-2 total (daily check-in)", "checkin", "answers", "gad2_q1",
	    "gad2_q2", "gad2", 0, 0},
};
/* clang-format on */

/* Collect one series; *n gets the count.  Caller frees. */
static struct mh_point *
collect(const json_t *entries, const struct series *s, size_t *n)
{
	struct mh_point *p = calloc(json_array_size(entries) + 1, sizeof(*p));
	const json_t *e, *o, *v, *v2;
	size_t i;

	*n = 0;
	if (p == NULL)
		return NULL;
	json_array_foreach(entries, i, e) {
		const json_t *ws = json_object_get(e, "worksheet");
		const char *name =
		    json_string_value(json_object_get(ws, "name"));

		if (name == NULL || strcmp(name, s->name) != 0)
			continue;
		o = json_object_get(ws, s->object);
		v = json_object_get(o, s->field);
		v2 = s->field2 ? json_object_get(o, s->field2) : NULL;
		if (!json_is_number(v) || (s->field2 && !json_is_number(v2)) ||
		    mh_journal_date(e, p[*n].date) < 0)
			continue;
		p[*n].value =
		    json_number_value(v) + (v2 ? json_number_value(v2) : 0);
		/* An edited journal can hold anything; keep the scale sane. */
		if (fabs(p[*n].value) <= 1e6)
			(*n)++;
	}
	return p;
}

static void
series_range(const struct series *s, const struct mh_point *p, size_t n,
    double *min, double *max, const struct mh_band **bands, size_t *nb)
{
	int top = 0;
	size_t i;

	*nb = s->bands ? mh_instruments_bands(s->bands, bands, &top) : 0;
	*min = s->min;
	*max = s->max > 0 ? s->max : top;
	if (*max <= *min)
		*max = *min + 1;
	for (i = 0; i < n; i++)
		if (p[i].value > *max)
			*max = ceil(p[i].value);
}

static const char *
band_label(const struct mh_band *bands, size_t nb, double v, size_t *idx)
{
	size_t i;

	for (i = 0; i < nb; i++)
		if (v >= bands[i].lo && v <= bands[i].hi + 0.999) {
			*idx = i;
			return bands[i].label;
		}
	*idx = 0;
	return NULL;
}

static const char *const colours[] = {"\033[32m", "\033[36m", "\033[33m",
    "\033[35m", "\033[31m"};

int
mh_chart_text(struct mh_buf *out, const char *title, const struct mh_point *pts,
    size_t n, double min, double max, const struct mh_band *bands, size_t nb,
    int flags)
{
	static const char *const eighths[] = {"\u2581", "\u2582", "\u2583",
	    "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"};
	size_t first = n > MAX_COLS ? n - MAX_COLS : 0, i, b, bi;
	int r, fill, h;
	const char *lab;

	if (mh_buf_addf(out, "\n%s\n", title) < 0)
		return -1;
	for (r = ROWS - 1; r >= 0; r--) {
		double lo = min + (max - min) * r / ROWS;
		double hi = min + (max - min) * (r + 1) / ROWS;

		char lbl[16] = "";

		if (r == ROWS - 1 || r == 0)
			snprintf(lbl, sizeof(lbl), "%g", r == 0 ? min : max);
		if (mh_buf_addf(out, "%6s %s", lbl,
		        flags & MH_CHART_ASCII ? "|" : "\u2502") < 0)
			return -1;
		for (i = first; i < n; i++) {
			h = (int)lround(
			    (pts[i].value - min) / (max - min) * ROWS * 8);
			fill = h - r * 8;
			fill = fill < 0 ? 0 : fill > 8 ? 8 : fill;
			lab = band_label(bands, nb, pts[i].value, &bi);
			if (fill > 0 && (flags & MH_CHART_COLOR) && lab &&
			    mh_buf_adds(out, colours[bi * 5 / (nb ? nb : 1)]) <
			        0)
				return -1;
			if ((fill == 0 ? mh_buf_addc(out, ' ')
			            : flags & MH_CHART_ASCII
			            ? mh_buf_addc(out,
			                  fill == 8       ? '#'
			                      : fill >= 4 ? ':'
			                                  : '.')
			            : mh_buf_adds(out, eighths[fill - 1])) < 0)
				return -1;
			if (fill > 0 && (flags & MH_CHART_COLOR) && lab &&
			    mh_buf_adds(out, "\033[0m") < 0)
				return -1;
		}
		/* Name each band beside the row where it starts. */
		for (b = 0; b < nb; b++)
			if (bands[b].lo >= lo && bands[b].lo < hi &&
			    mh_buf_addf(out, "  %s %d+", bands[b].label,
			        bands[b].lo) < 0)
				return -1;
		if (mh_buf_addc(out, '\n') < 0)
			return -1;
	}
	if (n == 0)
		return mh_buf_adds(out, "       (no entries)\n");
	lab = band_label(bands, nb, pts[n - 1].value, &bi);
	if (mh_buf_addf(out, "%7s%s%*s%s\n", "", pts[first].date,
	        n - first > 21 ? (int)(n - first - 20) : 1, "",
	        n - first > 1 ? pts[n - 1].date : "") < 0 ||
	    mh_buf_addf(out, "       latest %g on %s%s%s%s; %zu entr%s\n",
	        pts[n - 1].value, pts[n - 1].date, lab ? " (" : "",
	        lab ? lab : "", lab ? ")" : "", n, n == 1 ? "y" : "ies") < 0)
		return -1;
	return 0;
}

int
mh_chart_summary(struct mh_buf *out, const json_t *entries, const char *today,
    int flags)
{
	const struct mh_band *bands = NULL;
	struct mh_point *p;
	size_t i, n, nb, drawn = 0;
	double min, max;

	if (mh_buf_adds(out, "Journal summary\n") < 0 ||
	    mh_journal_streaks(entries, today, out) < 0)
		return -1;
	for (i = 0; i < sizeof(all_series) / sizeof(all_series[0]); i++) {
		if ((p = collect(entries, &all_series[i], &n)) == NULL)
			return -1;
		if (n > 0) {
			series_range(&all_series[i], p, n, &min, &max, &bands,
			    &nb);
			if (mh_chart_text(out, all_series[i].title, p, n, min,
			        max, bands, nb, flags) < 0) {
				free(p);
				return -1;
			}
			drawn++;
		}
		free(p);
	}
	if (drawn == 0 &&
	    mh_buf_adds(out,
	        "\nNothing to chart yet: the "
	        "charts show questionnaires and daily check-ins\n(mh-worksheet "
	        "checkin --save).\n") < 0)
		return -1;
	return mh_buf_adds(out,
	    "\nScores are screening results, not a "
	    "diagnosis.\n");
}

/* Text for SVG: the five XML specials escaped. */
static int
xml_text(struct mh_buf *out, const char *s)
{
	int rc = 0;

	for (; *s && rc == 0; s++)
		switch (*s) {
		case '<': rc = mh_buf_adds(out, "&lt;"); break;
		case '>': rc = mh_buf_adds(out, "&gt;"); break;
		case '&': rc = mh_buf_adds(out, "&amp;"); break;
		case '"': rc = mh_buf_adds(out, "&quot;"); break;
		case '\'': rc = mh_buf_adds(out, "&apos;"); break;
		default: rc = mh_buf_addc(out, *s);
		}
	return rc;
}

#define W 720
#define PH 220 /* panel height */
#define ML 60  /* margins */
#define MR 150
#define MT 30
#define MB 40

static const char *const shades[] = {"#e8f5e9", "#fffde7", "#fff3e0", "#fbe9e7",
    "#ffebee"};

static int
svg_panel(struct mh_buf *out, int y0, const char *title,
    const struct mh_point *p, size_t n, double min, double max,
    const struct mh_band *bands, size_t nb)
{
	double pw = W - ML - MR, ph = PH - MT - MB;
	long span = mh_journal_days(p[0].date, p[n - 1].date);
	size_t i;

#define X(i) \
	(ML + \
	    (span > 0 ? pw * (double)mh_journal_days(p[0].date, p[i].date) / \
	                (double)span \
	              : pw / 2))
#define Y(v) (y0 + MT + ph - ph * ((v)-min) / (max - min))
	if (mh_buf_addf(out,
	        "<g>\n<text x=\"%d\" y=\"%d\" font-size=\"14\" "
	        "font-weight=\"bold\">",
	        ML, y0 + 18) < 0 ||
	    xml_text(out, title) < 0 || mh_buf_adds(out, "</text>\n") < 0)
		return -1;
	for (i = 0; i < nb; i++) {
		double lo = bands[i].lo > min ? bands[i].lo - 0.5 : min;
		double hi = bands[i].hi + 0.5 < max ? bands[i].hi + 0.5 : max;

		if (mh_buf_addf(out,
		        "<rect x=\"%d\" y=\"%.1f\" width=\"%.0f\" "
		        "height=\"%.1f\" fill=\"%s\"/>\n<text x=\"%.0f\" "
		        "y=\"%.1f\" font-size=\"11\" fill=\"#555\">",
		        ML, Y(hi), pw, Y(lo) - Y(hi), shades[i * 5 / nb],
		        ML + pw + 6, (Y(lo) + Y(hi)) / 2 + 4) < 0 ||
		    xml_text(out, bands[i].label) < 0 ||
		    mh_buf_addf(out, " (%d-%d)</text>\n", bands[i].lo,
		        bands[i].hi) < 0)
			return -1;
	}
	if (mh_buf_addf(out,
	        "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" "
	        "height=\"%.0f\" fill=\"none\" stroke=\"#999\"/>\n"
	        "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">"
	        "%g</text>\n<text x=\"%d\" y=\"%.1f\" font-size=\"11\" "
	        "text-anchor=\"end\">%g</text>\n<text x=\"%d\" y=\"%d\" "
	        "font-size=\"11\">%s</text>\n<text x=\"%.0f\" y=\"%d\" "
	        "font-size=\"11\" text-anchor=\"end\">%s</text>\n",
	        ML, y0 + MT, pw, ph, ML - 6, Y(max) + 4, max, ML - 6,
	        Y(min) + 4, min, ML, y0 + PH - MB + 16, p[0].date, ML + pw,
	        y0 + PH - MB + 16, p[n - 1].date) < 0)
		return -1;
	if (mh_buf_adds(out,
	        "<polyline fill=\"none\" stroke=\"#1565c0\" "
	        "stroke-width=\"2\" points=\"") < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (mh_buf_addf(out, "%s%.1f,%.1f", i ? " " : "", X(i),
		        Y(p[i].value)) < 0)
			return -1;
	if (mh_buf_adds(out, "\"/>\n") < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (mh_buf_addf(out,
		        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
		        "fill=\"#1565c0\"><title>%s: %g</title></circle>\n",
		        X(i), Y(p[i].value), p[i].date, p[i].value) < 0)
			return -1;
#undef X
#undef Y
	return mh_buf_adds(out, "</g>\n");
}

int
mh_chart_svg(struct mh_buf *out, const json_t *entries)
{
	const struct mh_band *bands = NULL;
	struct mh_point *p[sizeof(all_series) / sizeof(all_series[0])];
	size_t n[sizeof(all_series) / sizeof(all_series[0])], i, nb, panels = 0;
	double min, max;
	int rc = -1, y = 0;

	for (i = 0; i < sizeof(all_series) / sizeof(all_series[0]); i++) {
		p[i] = collect(entries, &all_series[i], &n[i]);
		panels += p[i] != NULL && n[i] > 0;
	}
	if (mh_buf_addf(out,
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	        "height=\"%zu\" viewBox=\"0 0 %d %zu\" font-family=\"sans-serif\">"
	        "\n<title>mh-worksheet trends</title>\n<rect width=\"100%%\" "
	        "height=\"100%%\" fill=\"white\"/>\n",
	        W, panels ? panels * PH : PH, W, panels ? panels * PH : PH) < 0)
		goto out;
	if (panels == 0 &&
	    mh_buf_addf(out,
	        "<text x=\"%d\" y=\"%d\" "
	        "font-size=\"14\">No questionnaire or check-in entries in this "
	        "period.</text>\n",
	        ML, PH / 2) < 0)
		goto out;
	for (i = 0; i < sizeof(all_series) / sizeof(all_series[0]); i++) {
		if (p[i] == NULL || n[i] == 0)
			continue;
		series_range(&all_series[i], p[i], n[i], &min, &max, &bands,
		    &nb);
		if (svg_panel(out, y, all_series[i].title, p[i], n[i], min, max,
		        bands, nb) < 0)
			goto out;
		y += PH;
	}
	rc = mh_buf_adds(out, "</svg>\n");
out:
	for (i = 0; i < sizeof(all_series) / sizeof(all_series[0]); i++)
		free(p[i]);
	return rc;
}
