/* Unit tests for the scanner (redact_scan) on spans that stopped short
 * of their value: a rule took part of an identifier and left the rest
 * ("8 [NAME]" of "8 ash way", "abc [PLATE]" of "abc 1234").  Each beside
 * the same words where they are none.  Invented people only. */
#include "scan_tap.h"

/* A plate's letters before its digits in lower case, after the cue */
static void
test_plate_prefix(void)
{
	is_str(scan("my plate is abc 1234"), "PLATE:abc 1234",
	    "plate: its letters in lower case before the digits");
	is_str(scan("plate: kzt-4491. his plate was xyz 987"),
	    "PLATE:kzt-4491|PLATE:xyz 987",
	    "plate: letters joined by a dash, after was");
	is_str(scan("my license plate is kzt 4491"), "PLATE:kzt 4491",
	    "plate: after license plate is");
	is_str(scan("that plate of food, abc news, my plate is full"), "",
	    "plate: no digits, no value");
	is_str(scan("my plate is the 1234"), "PLATE:1234",
	    "plate: no function word before the digits");
}

int
main(void)
{
	if (scan_open() == -1)
		return done();
	test_plate_prefix();
	scan_close();
	return done();
}
