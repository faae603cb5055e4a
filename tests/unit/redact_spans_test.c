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

/* A plate's letters after its digits, in capitals or lower case */
static void
test_plate_suffix(void)
{
	is_str(scan("my plate is 1234 abc"), "PLATE:1234 abc",
	    "plate: letters in lower case after the digits");
	is_str(scan("my plate is ab12 cde. plate: ab 123 cd, plate: ab-123-cd"),
	    "PLATE:ab12 cde|PLATE:ab 123 cd|PLATE:ab-123-cd",
	    "plate: a UK and a French plate in lower case");
	is_str(scan("plate AB 123 CD"), "PLATE:AB 123 CD",
	    "plate: two capitals after three digits");
	is_str(scan("my plate is 4491 lol. plate 4491 too. plate 4491 abc and"),
	    "PLATE:4491|PLATE:4491|PLATE:4491 abc",
	    "plate: no chat's word after the digits, nor in its clause");
	is_str(scan("plate 4491 am. my plate is 4491 mg"),
	    "PLATE:4491|PLATE:4491",
	    "plate: no time's or measure's word after");
	is_str(scan("plate AB 123 AND, plate KTZ 4491 BMW"),
	    "PLATE:AB 123|PLATE:KTZ 4491",
	    "plate: no function word after, no capitals after four digits");
}

/* A street of a name and "way" or "place" after a house number of one
 * digit */
static void
test_way_name(void)
{
	is_str(scan("our house is 8 ash way"), "ADDRESS:8 ash way",
	    "address: a name and way after one digit");
	is_str(scan("i live at 3 okafor way, riverton. we live at 8 ash place"),
	    "ADDRESS:3 okafor way, riverton|ADDRESS:8 ash place",
	    "address: before a comma and town; a name and place");
	is_str(scan("room 12 way too cold. there is 1 other way. that is 1 "
	            "long way. a 5 on the scale"),
	    "", "address: no way of a manner, no name");
	is_str(scan("i am in 1 dark place. it is 1 true way. home is 1 happy "
	            "place"),
	    "", "address: no name that is an ordinary word after one digit");
}

/* An address's local part spelled as a name in two words */
static void
test_mail_name(void)
{
	is_str(scan("email maya okafor at example dot org"),
	    "EMAIL:maya okafor at example dot org",
	    "email: a first name and surname before at");
	is_str(scan("my email is maya okafor at gmail. email me at tyler "
	            "brooks at example dot net"),
	    "EMAIL:maya okafor at gmail|EMAIL:tyler brooks at example dot net",
	    "email: before a provider; after email me at");
	is_str(scan("email my therapist at work. i met maya okafor at "
	            "example dot org"),
	    "NAME:maya okafor", "email: no name, or no word that asks");
}

/* An address's local part joined by a word for '_' or '-' */
static void
test_mail_joiner(void)
{
	is_str(scan("email maya underscore ok at example dot org"),
	    "EMAIL:maya underscore ok at example dot org",
	    "email: pieces joined by underscore");
	is_str(scan("email kz underscore 99 at example dot org. my email is "
	            "maya dash okafor at example dot com"),
	    "EMAIL:kz underscore 99 at example dot org|EMAIL:maya dash okafor "
	    "at example dot com",
	    "email: a digit piece; pieces joined by dash");
	is_str(scan("the dash at example dot com"), "",
	    "email: no joiner with no piece before it");
}

/* A birthday of a lower-case may or march, "the" and the day */
static void
test_month_the(void)
{
	is_str(scan("my birthday is march the 14th. my bday was may the 1st "
	            "lol"),
	    "DATE:march the 14th|DATE:may the 1st",
	    "date: a birthday's month, the and its day");
	is_str(scan("you may the 3rd time. i may the 2nd time. we march the "
	            "1st mile"),
	    "", "date: may or march a verb, with no birthday");
}

/* A phone number said as chat writes it: its groups apart by "dash",
 * "hyphen", "dot" or a last "and", or a group in digit words */
static void
test_said_phone(void)
{
	is_str(scan("my number is 555 dash 201 dash 3344"),
	    "PHONE:555 dash 201 dash 3344", "phone: groups apart by dash");
	is_str(scan("text me on 555 hyphen 201 hyphen 3344. or 555 dot 201 "
	            "dot 3344"),
	    "PHONE:555 hyphen 201 hyphen 3344|PHONE:555 dot 201 dot 3344",
	    "phone: hyphen after a cue, dot with none");
	is_str(scan("call me 555 201 and 3344"), "PHONE:555 201 and 3344",
	    "phone: and before the last group, after a cue");
	is_str(scan("text me five five five 201 3344"),
	    "PHONE:five five five 201 3344", "phone: a group in digit words");
	is_str(scan("fax: 555 dash 201 dash 3344"),
	    "FAX:555 dash 201 dash 3344", "phone: after fax, a fax number");
	is_str(scan("text me 1 555 dash 201 dash 3344. call me at 555 dash "
	            "201 dash 3344 ext 12"),
	    "PHONE:1 555 dash 201 dash 3344|PHONE:555 dash 201 dash 3344 ext 12",
	    "phone: a country's 1 before it, an extension after it");
	is_str(scan("call me at 555 201 3344 one more time"),
	    "PHONE:555 201 3344", "phone: a group of four ends it");
	is_str(scan("5 dash 10 minutes, it was 2 dash 3 days, rated it 7 dash "
	            "8, meet at 8 and 9"),
	    "", "phone: no groups of a phone number");
	is_str(scan("text me at 930 and 1130. call me at 12 30 and 1 45"), "",
	    "phone: times after a cue, of too few digits");
	is_str(scan("555 201 and 3344 people"), "",
	    "phone: no and without a cue");
}

/* A street of "way" before a town with no comma, and a street named as
 * a month after its house number */
static void
test_street_town_month(void)
{
	is_str(scan("i live at 8 ash way springfield"),
	    "ADDRESS:8 ash way springfield",
	    "address: way and a town with no comma");
	is_str(scan("we live at 21 harbor way too much. my 3 kids way too "
	            "much"),
	    "", "address: no town after way, no cue before the number");
	is_str(scan("we live at 3 june st. she is at 3 June Street, Riverton"),
	    "ADDRESS:3 june st.|ADDRESS:3 June Street, Riverton",
	    "address: a street named as a month before a street word");
	is_str(scan("3 june 2024. on 3 june i cried. on 3 may street parties "
	            "began"),
	    "DATE:3 june 2024|DATE:3 june|DATE:3 may",
	    "address: a date before a year, a clause or a street's noun");
}

int
main(void)
{
	if (scan_open() == -1)
		return done();
	test_plate_prefix();
	test_plate_suffix();
	test_way_name();
	test_mail_name();
	test_mail_joiner();
	test_month_the();
	test_said_phone();
	test_street_town_month();
	scan_close();
	return done();
}
