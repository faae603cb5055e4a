/* Unit tests for the scanner (redact_scan) on identifier shapes that
 * leaked or were mistyped, each beside what stays.  Invented people
 * and numbers only, their check digits computed (the passport lines are
 * ICAO 9303's specimen). */
#include "scan_tap.h"

static void
test_national_numbers(void)
{
	/* a Canadian SIN: nine digits, Luhn */
	is_str(scan("SIN 046 454 286"), "ID:046 454 286", "SIN in groups");
	is_str(scan("my sin is 046-454-286"), "ID:046-454-286",
	    "SIN after my sin is");
	is_str(scan("my SIN number is 130 454 283"), "ID:130 454 283",
	    "SIN after sin number");
	is_str(scan("my social insurance number is 271 728 370"),
	    "ID:271 728 370", "SIN after social insurance number");
	is_str(scan("SIN: 130-454-283."), "ID:130-454-283", "SIN after ':'");
	is_str(scan("SIN 046 454 287"), "PHONE:046 454 287",
	    "a wrong check: still gone, as before");
	is_str(scan("call me on 046 454 286"), "PHONE:046 454 286",
	    "no cue: a phone, as before");
	is_str(scan("046 454 286 is my number"), "PHONE:046 454 286",
	    "the cue word after it is none");
	/* an Indian Aadhaar: twelve digits, Verhoeff */
	is_str(scan("aadhaar 2345 6789 0124"), "ID:2345 6789 0124",
	    "Aadhaar in groups");
	is_str(scan("my aadhaar number is 9876 5432 1012"),
	    "ID:9876 5432 1012", "Aadhaar after aadhaar number");
	is_str(scan("my aadhar no. is 4567-1234-0983"), "ID:4567-1234-0983",
	    "Aadhaar spelled aadhar");
	is_str(scan("my aadhaar number is 2345 6789 0125"),
	    "PHONE:2345 6789 0125", "Aadhaar with a wrong check");
	is_str(scan("call 2345 6789 0124"), "PHONE:2345 6789 0124",
	    "no cue: a phone");
	/* a Brazilian CPF: eleven digits, two checks modulo 11 */
	is_str(scan("CPF 123.456.789-09"), "ID:123.456.789-09", "CPF");
	is_str(scan("meu cpf: 529.982.247-25"), "ID:529.982.247-25",
	    "CPF after ':'");
	is_str(scan("my cpf is 987.654.321-00 ok"), "ID:987.654.321-00",
	    "CPF with zero checks");
	is_str(scan("CPF 123.456.789-08"), "PHONE:123.456.789-08",
	    "CPF with a wrong check");
	is_str(scan("cpf 12345678909"), "ID:12345678909",
	    "CPF whole, as before");
	is_str(scan("the sin of pride is 3 words"), "",
	    "sin the word before a small number");
	is_str(scan("my sin is 988"), "", "a crisis line after sin stays");
	/* more of their forms, and words that are no cue */
	is_str(scan("SIN 130-454-283"), "ID:130-454-283", "SIN with '-'");
	is_str(scan("sin 046 454 286"), "ID:046 454 286", "sin in lower case");
	is_str(scan("SIN: 046 454 286 and my cell is 555-201-3344"),
	    "ID:046 454 286|PHONE:555-201-3344", "a SIN beside a phone");
	is_str(scan("my SIN no. is 271 728 370"), "ID:271 728 370",
	    "SIN no. is");
	is_str(scan("aadhaar no: 2345-6789-0124"), "ID:2345-6789-0124",
	    "Aadhaar with '-'");
	is_str(scan("aadhaar: 9876 5432 1012."), "ID:9876 5432 1012",
	    "Aadhaar before a stop");
	is_str(scan("my cpf 123 456 789 09"), "ID:123 456 789 09",
	    "CPF in blanks");
	is_str(scan("sin(x) = 0.5 at 30 degrees"), "", "sine stays");
	is_str(scan("cos and sin of 45 are equal"), "", "sin of 45 stays");
	is_str(scan("aadhaar has 12 digits"), "", "a count stays");
	is_str(scan("my cpf is pending"), "", "no number");
	is_str(scan("the sin bin"), "", "no number either");
}

static void
test_pps(void)
{
	is_str(scan("PPSN 1234567TA"), "ID:1234567TA",
	    "after ppsn, a wrong check too");
	is_str(scan("my ppsn is 1234567T"), "ID:1234567T", "ppsn is");
	is_str(scan("ppsn: 2345678X"), "ID:2345678X",
	    "after ppsn: a letter mistyped");
	is_str(scan("PPSN 8765432SW"), "ID:8765432SW", "two letters");
	is_str(scan("my number is 1234567FA"), "ID:1234567FA",
	    "no cue: by its check, as before");
	is_str(scan("PPS 1234567TA"), "", "PPS alone is no such cue");
	is_str(scan("i took 1234567TA"), "", "no cue and a wrong check");
	is_str(scan("see the post-postscript 2345678X"), "",
	    "post-postscript is no cue");
	is_str(scan("PPSN: 1234567TA."), "ID:1234567TA", "ppsn: and a stop");
	is_str(scan("PPSN is 7654321GA"), "ID:7654321GA", "PPSN is");
	is_str(scan("pps no. 7654321 G"), "ID:7654321 G",
	    "its letter apart, as before");
	is_str(scan("the ppsn form asks for 2 ids"), "", "no number");
}

static void
test_mrz(void)
{
	is_str(scan("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
	    "NAME:P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
	    "the MRZ name line goes whole");
	is_str(scan("L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
	    "ID:L898902C36UTO7408122F1204159ZE184226B<<<<<10",
	    "the MRZ number line goes whole");
	is_str(scan("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
	            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
	    "NAME:P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<|"
	    "ID:L898902C36UTO7408122F1204159ZE184226B<<<<<10",
	    "both lines");
	is_str(scan("it says P<UTOOKAFOR<<MAYA<<<<<<<<<<<<<<<<<<<<<<<<<<< ok"),
	    "NAME:P<UTOOKAFOR<<MAYA<<<<<<<<<<<<<<<<<<<<<<<<<<<",
	    "a name line inside a sentence");
	is_str(scan("I<UTOD231458907<<<<<<<<<<<<<<<"),
	    "ID:I<UTOD231458907<<<<<<<<<<<<<<<", "an ID card's line of 30");
	is_str(scan("if a<b then x<<y"), "", "comparisons stay");
	is_str(scan("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"), "",
	    "a row of fillers alone stays");
	is_str(scan("ABC<<DEF"), "", "a short run stays");
	is_str(scan("ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
	    "NAME:ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "an ID card's name line");
	is_str(scan("7408122F1204159UTO<<<<<<<<<<<6"),
	    "ID:7408122F1204159UTO<<<<<<<<<<<6", "an ID card's dates line");
	is_str(scan("<<<< hello >>>>"), "", "marks and a word stay");
	is_str(scan("it says P<GBROKAFOR<<MAYA<<<<<<<<<<<<<<<<<<<<<<<<<<<. "
	            "(P<GBROKAFOR<<MAYA<<<<<<<<<<<<<<<<<<<<<<<<<<<)"),
	    "NAME:P<GBROKAFOR<<MAYA<<<<<<<<<<<<<<<<<<<<<<<<<<<|"
	    "NAME:P<GBROKAFOR<<MAYA<<<<<<<<<<<<<<<<<<<<<<<<<<<",
	    "a line before a full stop or in brackets goes whole too");
	is_str(scan("I LOVE YOU SO MUCH<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<, "
	            "ARGHHHHHHHHHHHH<<<<<<<<<<<<<<<<<<<<"),
	    "", "no given name after \"<<\", no digits: no line of names");
	is_str(scan("x <<= 2 and y >>= 3"), "", "shifts stay");
}

static void
test_prefixes(void)
{
	is_str(scan("claim CLM/2024/00123"), "HEALTHPLAN:CLM/2024/00123",
	    "an office's letters before the claim's number");
	is_str(scan("ref: INC/77/2031"), "ID:INC/77/2031",
	    "letters before a reference");
	is_str(scan("case no. FAM/2023/0456"), "ID:FAM/2023/0456",
	    "letters before a case number");
	is_str(scan("my claim number is CLM/2024/00123 thanks"),
	    "HEALTHPLAN:CLM/2024/00123", "after claim number is");
	is_str(scan("claim CLM-2024-00123"), "HEALTHPLAN:CLM-2024-00123",
	    "with '-', as before");
	is_str(scan("PHQ-9 14/27"), "", "a score stays");
	is_str(scan("i scored 14/27 on the PHQ/GAD"), "",
	    "no cue: a score and letters stay");
	is_str(scan("GAD/7 was 12"), "", "letters and '/' with no cue stay");
	is_str(scan("claim ref CLM/2024/00123"), "HEALTHPLAN:CLM/2024/00123",
	    "after claim ref");
	is_str(scan("my policy is POL/99/123456"),
	    "HEALTHPLAN:POL/99/123456", "a policy's letters");
	is_str(scan("ticket TKT/2024/5551"), "ID:TKT/2024/5551",
	    "a ticket's letters");
	is_str(scan("the 24/7 line"), "", "24/7 stays");
}

static void
test_handles(void)
{
	is_str(scan("my insta is maya.okafor_"), "HANDLE:maya.okafor_",
	    "a handle's '_' at its end is its own");
	is_str(scan("my insta is kz99_ ok"), "HANDLE:kz99_",
	    "'_' at the end before more words");
	is_str(scan("my twitter is @kz99_"), "HANDLE:@kz99_",
	    "after '@', as before");
	is_str(scan("my insta is .maya.okafor."), "HANDLE:.maya.okafor",
	    "a '.' before it is its own, the stop after it not");
	is_str(scan("my insta: .kz99."), "HANDLE:.kz99", "after ':'");
	is_str(scan("i am _really_ tired"), "", "emphasis stays");
	is_str(scan("my insta is ... idk"), "", "dots are no handle");
	is_str(scan("my insta is. dead"), "", "a stop is no handle");
	is_str(scan("my snap is kz_99_"), "HANDLE:kz_99_",
	    "'_' inside and at the end");
	is_str(scan("my insta is _maya.okafor_ ok"), "HANDLE:maya.okafor",
	    "emphasis around it stays outside");
	is_str(scan("find me on insta: maya.okafor_ ok"),
	    "HANDLE:maya.okafor_", "after ':'");
	is_str(scan("my tiktok is .kz99.art"), "HANDLE:.kz99.art",
	    "a '.' at the start alone");
	is_str(scan("my insta is _really_ dead"), "",
	    "emphasis after is stays");
}

static void
test_ipv6_zone(void)
{
	is_str(scan("fe80::1ff:fe23:4567:890a%eth0"),
	    "IP:fe80::1ff:fe23:4567:890a%eth0", "the zone goes with it");
	is_str(scan("my ip is fe80::1ff:fe23:4567:890a%eth0. ok"),
	    "IP:fe80::1ff:fe23:4567:890a%eth0", "not the stop after it");
	is_str(scan("fe80::1%3 and 2001:db8::1"),
	    "IP:fe80::1%3|IP:2001:db8::1", "a zone's number");
	is_str(scan("2001:db8::1 %"), "IP:2001:db8::1", "no zone");
	is_str(scan("it was 50% off"), "", "a percentage stays");
	is_str(scan("ping fe80::abcd:1%wlan0, then"),
	    "IP:fe80::abcd:1%wlan0", "not the comma after the zone");
	is_str(scan("the server is at 2001:db8::5%25"),
	    "IP:2001:db8::5%25", "a zone's number after a global address");
}

static void
test_stays(void)
{
	is_str(scan("i take 20mg of fluoxetine at 9:30"), "", "a dose, a time");
	is_str(scan("PHQ-9 was 14/27 in 2023"), "", "a score and a year");
	is_str(scan("call 988 or text 741741"), "", "crisis lines stay");
	is_str(scan("samaritans on 116 123"), "", "116 123 stays");
	is_str(scan("they used Section 136"), "", "a section stays");
	is_str(scan("i slept 4 hours and walked 10000 steps"), "",
	    "ordinary numbers stay");
	is_str(scan("call childline on 0800 1111"), "",
	    "Childline's number stays");
	is_str(scan("or 08001111 whole"), "", "and whole");
	is_str(scan("call 0800 1112"), "PHONE:0800 1112",
	    "a number beside it is a phone");
	is_str(scan("take 20 mg at 9:30pm"), "", "a dose and a time");
	is_str(scan("born in 1990"), "", "a year alone");
}

int
main(void)
{
	if (scan_open() == -1)
		return done();
	test_national_numbers();
	test_pps();
	test_mrz();
	test_prefixes();
	test_handles();
	test_ipv6_zone();
	test_stays();
	scan_close();
	return done();
}
