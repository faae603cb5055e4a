/* Tests for lib/fold.c: which characters fold to which ASCII byte, that
 * a text with none is not copied, and that offsets in the folded copy
 * map back onto the original's characters. */
#include <string.h>

#include "fold.h"
#include "tap.h"

/* The folded copy of s, or s itself when nothing folded, in a static
 * buffer; "(error)" on failure. */
static const char *
folded(struct mh_fold *f, const char *s)
{
	static char buf[512];
	int rc = mh_fold_text(f, s, strlen(s));

	if (rc == -1)
		return "(error)";
	snprintf(buf, sizeof buf, "%s", rc == 1 ? f->p : s);
	return buf;
}

/* What each text folds to, by name. */
static const struct {
	const char *in, *want, *name;
} cases[] = {
	{"\xef\xbc\x95\xef\xbc\x95\xef\xbc\x95", "555", "full-width digits"},
	{"\xef\xbd\x8d\xef\xbc\xa0\xef\xbc\x8e", "m@.",
	    "full-width letter, at sign and full stop"},
	{"\xef\xbc\x81\xef\xbd\x9e", "!~",
	    "U+FF01 and U+FF5E, the ends of the full-width range"},
	{"\xef\xbd\x9f", "\xef\xbd\x9f", "U+FF5F, past the range, stays"},
	{"a\xe3\x80\x80z", "a z", "the ideographic space"},
	{"\xd9\xa0\xd9\xa9\xdb\xb5", "095",
	    "Arabic-Indic and extended Arabic-Indic digits"},
	{"\xe0\xa5\xa7\xe0\xa5\xaf", "19", "Devanagari digits"},
	{"\xe0\xb9\x90\xea\xaf\xb9", "09",
	    "Thai zero and Meetei Mayek nine, the table's first and last"},
	{"\xe0\xa5\xa5", "\xe0\xa5\xa5",
	    "U+0965, just below Devanagari zero, stays"},
	{"\xf0\x9d\x90\x8c\xf0\x9d\x90\x9a", "Ma",
	    "mathematical bold capital and small letters"},
	{"\xf0\x9d\x9a\x9d\xf0\x9d\x9a\xa3", "tz",
	    "monospace small letters, the last alphabet"},
	{"\xf0\x9d\x9f\x8e\xf0\x9d\x9f\xbf", "09",
	    "mathematical digits, first and last"},
	{"\xe2\x84\x8e\xe2\x84\xb3", "hM",
	    "letterlike symbols in the alphabets' holes"},
	{"\xe2\x84\x83", "\xe2\x84\x83",
	    "another letterlike symbol (degree Celsius) stays"},
	{"\xef\xbc\xff\xef\xbc\x95", "\xef\xbc\xff"
	                                  "5",
	    "a bad sequence is copied as it is, the next folds"},
	{"x\xef\xbc", "x\xef\xbc", "a sequence cut short at the end is left"},
	{"Ty\xc2\xadler", "Tyler", "a soft hyphen is dropped"},
	{"5\xe2\x80\x8b" "5\xe2\x81\xa0" "5\xef\xbb\xbf", "555",
	    "zero-width space, word joiner, zero-width no-break space"},
	{"\xe2\x80\x8d", "", "a text of one invisible character"},
	{"a\xe2\x80\x89" "b\xe2\x80\x80" "c\xe2\x81\x9f" "d", "a b c d",
	    "thin space, en quad, medium mathematical space"},
	{"5\xe2\x80\x87" "5", "5\xe2\x80\x87" "5",
	    "the figure space stays (the scanner reads it in numbers)"},
	{"I told _Tyler_.", "I told  Tyler .", "emphasis: underscores around a word"},
	{"__Maya__ *_Kofi_*", "  Maya   * Kofi *", "bold and nested emphasis"},
	{"_Zo\xc3\xab_", " Zo\xc3\xab ", "around a word with a letter past ASCII"},
	{"maya_okafor [NAME_1] @_maya_ u/_x", "maya_okafor [NAME_1] @_maya_ u/_x",
	    "inside a word, after @ or / an underscore stays"},
	{"_ __ a_ _", "_ __ a  _", "only an underscore against a word folds"},
	{"seventeen bytes a_", "seventeen bytes a ",
	    "an underscore in a text's last block"},
	{"_x 1234567890123456789", " x 1234567890123456789",
	    "an underscore in a text's first block"},
	{"ab cd e_", "ab cd e ", "an underscore in the last of eight bytes"},
	{"my ig is @kz.art_ and u/sad-girl_ ok", "my ig is @kz.art_ and u/sad-girl_ ok",
	    "an underscore ending a handle stays"},
	{"on _03/14/1990_ and U/x_", "on  03/14/1990  and U/x_",
	    "a date's '/' is no handle's, a Reddit user's in capitals is"},
};

int
main(void)
{
	struct mh_fold f = {0};
	const char *s;
	char longer[300];

	is_int(mh_fold_text(&f, "Call 555-201-3344", 17), 0,
	    "ASCII is not copied");
	is_int(mh_fold_text(&f, "caf\xc3\xa9 \xe2\x80\x94 ok", 11), 0,
	    "letters and dashes that stand for no ASCII are not copied");
	for (size_t k = 0; k < sizeof(cases) / sizeof(*cases); k++)
		is_str(folded(&f, cases[k].in), cases[k].want, cases[k].name);

	/* "a５b" : the copy "a5b"; 5 is at 1, b at 2 in the copy, at 1 and
	 * 4 in the original */
	s = "a\xef\xbc\x95"
	    "b";
	is_int(mh_fold_text(&f, s, strlen(s)), 1, "folds");
	is_int(f.n, 3, "one byte for the folded character");
	is_int(mh_fold_back(&f, 0), 0, "offset before it");
	is_int(mh_fold_back(&f, 1), 1, "offset of it");
	is_int(mh_fold_back(&f, 2), 4, "offset after it");
	is_int(mh_fold_back(&f, 3), 5, "the end");

	/* a dropped character: "a\u00adb", the copy "ab"; b at 1 in the
	 * copy, at 3 in the original; a span ending before the hyphen ends
	 * before it, one starting after it starts at it */
	s = "a\xc2\xad"
	    "b";
	is_int(mh_fold_text(&f, s, strlen(s)), 1, "drops");
	is_int(f.n, 2, "no byte for the dropped character");
	is_int(mh_fold_back(&f, 1), 1, "offset at the dropped character");
	is_int(mh_fold_back(&f, 2), 4, "the end after it");
	/* underscores alone: the copy has the text's length, no point */
	s = "_x_";
	is_int(mh_fold_text(&f, s, 3), 1, "underscores fold");
	is_int(f.n, 3, "one byte each");
	is_int(mh_fold_back(&f, 2), 2, "offsets unmoved");

	/* a handle's end is looked for at most 64 bytes back: a word of
	 * 70 after '@' is no handle, its closing underscore folds */
	memset(longer, 'a', 72);
	longer[0] = '@';
	longer[71] = '_';
	is_int(mh_fold_text(&f, longer, 72), 1,
	    "no handle 70 bytes long: its underscore folds");
	memcpy(longer + 10, "_", 1);
	longer[9] = '@';
	longer[0] = ' ';
	memset(longer + 11, 'b', 20);
	longer[31] = '_';
	is_int(mh_fold_text(&f, longer, 32), 0,
	    "a handle of 21 bytes keeps its underscores");

	/* a long ASCII run around folded characters, past the vector
	 * step's blocks */
	memset(longer, 'a', sizeof longer);
	memcpy(longer + 100, "\xef\xbc\x91", 3);
	memcpy(longer + 250, "\xd9\xa2", 2);
	longer[299] = '\0';
	is_int(mh_fold_text(&f, longer, 299), 1, "folds in a long text");
	is_int(f.n, 296, "two bytes and one shorter");
	ok(f.p[100] == '1' && f.p[248] == '2' && f.p[249] == 'a',
	    "both folded where they were");
	is_int(mh_fold_back(&f, 101), 103, "after the first");
	is_int(mh_fold_back(&f, 248), 250, "at the second");
	is_int(mh_fold_back(&f, 249), 252, "after the second");
	is_int(mh_fold_back(&f, 296), 299, "the end of the long text");
	/* and one in a text's last 16 bytes, read by the last block */
	memset(longer, 'a', 40);
	memcpy(longer + 37, "\xef\xbc\x91", 3);
	is_int(mh_fold_text(&f, longer, 40), 1,
	    "folds a character ending a text of 40");
	memcpy(longer + 37, "aaa", 3);
	is_int(mh_fold_text(&f, longer, 40), 0, "and not without it");
	longer[20] = (char)0xc3;
	longer[21] = (char)0xa9;
	is_int(mh_fold_text(&f, longer, 40), 0,
	    "a character that stands for none, then none");
	mh_fold_free(&f);
	return done();
}
