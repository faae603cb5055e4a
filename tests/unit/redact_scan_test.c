/* Unit tests for the scanner (redact_scan), the word table (names) and
 * the round trip through the redactor (redact). */
#include "redact.h"
#include "scan_tap.h"

static void
test_kinds(void)
{
	is_str(scan("call 555-201-3344 now"), "PHONE:555-201-3344", "phone");
	is_str(scan("fax: (555) 201-3344"), "FAX:(555) 201-3344", "fax");
	/* the dashes and no-break spaces of phones and word processors */
	is_str(scan("call 555\xE2\x80\x91" "201\xE2\x80\x91" "3344, "
	            "+44\xC2\xA0" "20 7946 0958 or 555\xE2\x80\x93" "201"
	            "\xE2\x80\x93" "3344"),
	    "PHONE:555\xE2\x80\x91" "201\xE2\x80\x91" "3344|PHONE:+44"
	    "\xC2\xA0" "20 7946 0958|PHONE:555\xE2\x80\x93" "201\xE2\x80"
	    "\x93" "3344",
	    "phone: non-breaking hyphen, no-break space, en dash");
	is_str(scan("DOB 03\xE2\x80\x93" "14\xE2\x80\x93" "1988, ssn "
	            "123\xE2\x88\x92" "45\xE2\x88\x92" "6789"),
	    "DATE:03\xE2\x80\x93" "14\xE2\x80\x93" "1988|SSN:123\xE2\x88"
	    "\x92" "45\xE2\x88\x92" "6789",
	    "date and ssn with en dashes and minus signs");
	is_str(scan("zip 62704\xE2\x80\x93" "1234, HP\xE2\x80\x93" "678901, "
	            "patient ID: AB\xE2\x80\x93" "987654"),
	    "ZIP:62704\xE2\x80\x93" "1234|ID:HP\xE2\x80\x93" "678901|MRN:AB"
	    "\xE2\x80\x93" "987654",
	    "ZIP+4 and cued IDs joined by an en dash, whole");
	is_str(scan("open 24/7, the Lifeline at 988\xE2\x80\x94" "24/7"), "",
	    "24/7 is no date, 988 beside a dash no number to take");
	/* a span stops at punctuation from U+0080 on: dashes, curly
	 * quotes and apostrophes, ellipses, emoji */
	is_str(scan("I met Tobin Ashgrove\xE2\x80\x94he was kind"),
	    "NAME:Tobin Ashgrove", "name: not over an em dash");
	is_str(scan("worried about Maya\xE2\x80\x99s exam, "
	            "\xE2\x80\x9CTobin\xE2\x80\x9D said"),
	    "NAME:Maya|NAME:Tobin", "name: beside curly apostrophe and quotes");
	is_str(scan("ssn 123-45-6789\xE2\x80\x94keep it, Maya\xF0\x9F\x98"
	            "\x8A texted"),
	    "SSN:123-45-6789|NAME:Maya", "not over a dash, nor an emoji");
	/* kana and CJK ideographs are no letters of a Latin word */
	is_str(scan("\xE6\x88\x91\xE7\x9A\x84\xE9\x82\xAE\xE7\xAE\xB1"
	            "\xE6\x98\xAF" "mq@example.com\xE3\x80\x82"),
	    "EMAIL:mq@example.com", "email beside CJK");
	is_str(scan("Llama al 555-201-3344 ma\xC3\xB1" "ana"), "PHONE:555-201-3344",
	    "three groups after \"al\" are a phone, not a house number");
	is_str(scan("ssn 123-45-6789"), "SSN:123-45-6789", "ssn");
	is_str(scan("card 4111-1111-1111-1111."), "CARD:4111-1111-1111-1111",
	    "card passes Luhn");
	is_str(scan("mail a.b+c@mail.example.org."),
	    "EMAIL:a.b+c@mail.example.org", "email, trailing dot left");
	is_str(scan("see http://x.example/a?b=1)."),
	    "URL:http://x.example/a?b=1", "url, closing punctuation left");
	is_str(scan("dm me t.me/kz99 or join discord.gg/abc123."),
	    "URL:t.me/kz99|URL:discord.gg/abc123",
	    "url: a short link's host and path, no scheme");
	is_str(scan("e.g/ that, at 3 p.m/ish"), "",
	    "url: not an abbreviation before '/'");
	is_str(scan("ip 10.0.0.255 not 10.0.0.256"), "IP:10.0.0.255",
	    "ipv4 octets checked");
	is_str(scan("ip 2001:db8::1 at 10:30:00"), "IP:2001:db8::1",
	    "ipv6, but not a time");
	is_str(scan("the router is 00a1.b2c3.d4e5, not aabb.ccdd.eeff.0011"),
	    "DEVICE:00a1.b2c3.d4e5", "mac: Cisco's dotted form");
	is_str(scan("on 3/14/2024 and 2024-03-14"),
	    "DATE:3/14/2024|DATE:2024-03-14", "numeric dates");
	is_str(scan("BP 120/80 and 2.1 mg"), "", "blood pressure, dose stay");
	is_str(scan("on March 5th, 2021 or 5 March"),
	    "DATE:March 5th, 2021|DATE:5 March", "month dates");
	is_str(scan("May I ask, in 2019, on Monday?"), "",
	    "modal may, bare year, weekday stay");
	is_str(scan("since 3/2021, and 03-2019, moved to the 21st"),
	    "DATE:3/2021|DATE:03-2019|DATE:21st",
	    "a month and a year; a day alone after to");
	is_str(scan(
	           "pages 1-2000, ratio 13/2021, anxiety rose to 7/10, the 3rd "
	           "floor"),
	    "", "a range, no month, a rating, a floor stay");
	is_str(scan("she is 93 years old, I am 45"), "AGE:93",
	    "age over 89 only");
	is_str(scan("MRN: 4455667"), "MRN:4455667", "cued record number");
	is_str(scan("Member ID XJH-12345"), "HEALTHPLAN:XJH-12345",
	    "cued member id with letters");
	is_str(scan("my insurance denied CPT 90837, then HCPCS code 99213"),
	    "", "a billing code after a cue is no one's number");
	is_str(scan("my insurance id 90837, cpt done. member id 123456789"),
	    "HEALTHPLAN:90837|HEALTHPLAN:123456789",
	    "a cued number with no billing system before it still goes");
	is_str(scan("my member id is CPT 12345678"),
	    "HEALTHPLAN:CPT 12345678",
	    "R12: a billing code has five digits, a member number more");
	is_str(scan("call 988 or 1-800-273-8255"), "", "crisis lines stay");
	is_str(scan("call 0800 58 58 58 or 044 24640050"), "",
	    "those of resources.tsv too, and as their country dials them");
	/* a number's group that starts with another byte than a digit
	 * (found by fuzzing: the sanitizer build stopped at the shift of
	 * the first-digit filter) */
	is_str(scan("#_"), "", "a '#' before '_' is no crisis line");
	is_str(scan("1-800-273-TALK (8255) or 1-800-799-SAFE"), "",
	    "also written with letters, as the lines give them");
	is_str(scan("my number is 1-800-555-CARE"), "PHONE:1-800-555",
	    "another number with letters is redacted as before");
	is_str(scan("call 1-800-273-TALKS"), "PHONE:1-800-273",
	    "and a crisis line's digits with a letter too many");
	is_str(scan("call 1-800-FLOWERS or 888-GOT-JUNK, 1-866-mayas4u."),
	    "PHONE:1-800-FLOWERS|PHONE:888-GOT-JUNK|PHONE:1-866-mayas4u",
	    "a toll-free number all in letters");
	is_str(scan("1-900-FLOWERS, 1-800-AB, 1-800-FLOWERS-AND-MORE-THINGS"),
	    "", "another code, too few or too many letters stay");
	is_str(scan("@maya_w wrote"), "HANDLE:@maya_w", "handle");
	is_str(scan("VIN 1HGCM82633A004352"), "VIN:1HGCM82633A004352", "vin");
	is_str(scan("lives at 24 Clarke Avenue, Springfield"),
	    "ADDRESS:24 Clarke Avenue, Springfield", "street and town");
	/* ages over 89 said of someone, without "years old" */
	is_str(scan("and she's 90. I'm her carer"), "AGE:90", "age: she's 90");
	is_str(scan("my dad is 99 and in the hospital again. 99!! 099, 99.5"),
	    "AGE:99|AGE:99", "age: the same number again, alone");
	is_str(scan("she has 99 problems"), "", "age: not a number alone");
	is_str(scan("my dad is 99 and in the hospital"), "AGE:99",
	    "age: a relation word, is, and");
	is_str(scan("my grandpa was 97."), "AGE:97", "age: a relation, was");
	is_str(scan("my uncle Tomasz is 95 and stubborn"), "NAME:Tomasz|AGE:95",
	    "age: a name, is");
	is_str(scan("he is 91"), "AGE:91", "age: he is");
	is_str(scan("my dad is 99 percent sure"), "",
	    "age: not a number that a word makes a measure");
	is_str(scan("my score is 95 and rising"), "",
	    "age: not after a word that is no one");
	is_str(scan("she is 88"), "", "age: 89 or under stays");
	/* a rating out of ten is not the tenth of a month */
	is_str(scan("I'm at like an 8/10 right now"), "", "rating: an 8/10");
	is_str(scan("Mood 4/10. Sleep 6/10."), "", "rating: mood 4/10");
	is_str(scan("my appointment is on 8/10 at noon"), "DATE:8/10",
	    "rating: a date on 8/10 stays a date");
	/* questionnaires' scores and ratings of other scales, a rating
	 * word after one: no dates (the 27th of December, the 5th of
	 * March) */
	is_str(scan("my score was 12/27. PHQ-9 12/27, my GAD-7 was 15/21, "
	            "phq-9: 12/27, rate it 3/5, 6/10 pain, 3/5 mood today"),
	    "", "rating: a score, another scale, a rating word after");
	is_str(scan("a 12/27 appointment; on 6/10 pain got worse; "
	            "covid-19 12/27; my PHQ-9 score was 12/27 on 12/27"),
	    "DATE:12/27|DATE:6/10|DATE:12/27|DATE:12/27",
	    "rating: but a date after a, on, another word with a number");
	is_str(scan("seen 3/11 by the nurse"), "DATE:3/11",
	    "rating: only out of ten");
	is_str(scan("honestly a 14/10 day"), "", "rating: 14/10");
	/* a day above 12 first; a day alone after "the" */
	is_str(scan("she was admitted on 17/08 and"), "DATE:17/08",
	    "date: day first when the day is above 12");
	is_str(scan("I scored 15/20 on it"), "", "date: not 15/20");
	/* a day in words, a lower-case month after "of", a year cut short */
	is_str(scan("my birthday is the twelfth of may"), "DATE:twelfth of may",
	    "date: the twelfth of may");
	is_str(scan("since the twenty first of April 2021, and"),
	    "DATE:twenty first of April 2021", "date: twenty first, a year");
	is_str(scan("since the twenty-first of april"),
	    "DATE:twenty-first of april", "date: twenty-first");
	is_str(scan("it was June third, on March the second"),
	    "DATE:June third|DATE:March the second", "date: month first");
	is_str(scan("on the 12th of may i relapsed"), "DATE:12th of may",
	    "date: 12th of a lower-case month");
	is_str(scan("since 14 feb, on 5 august we fought"),
	    "DATE:14 feb|DATE:5 august", "date: a day before a lower-case month");
	is_str(scan("we met on 12 may at the park, by 3 march"),
	    "DATE:12 may|DATE:3 march",
	    "date: may and march after a date's preposition");
	is_str(scan("12 people may come, the 2nd may be worse, we 3 march on"),
	    "", "date: not may or march after a count or an ordinal alone");
	is_str(scan("the 12th may was the worst day. on the 5th may we met"),
	    "DATE:12th may|DATE:5th may",
	    "date: may with no verb after it, and after on the");
	is_str(scan("I think the 12th may"), "DATE:12th may",
	    "date: may at the text's end");
	is_str(scan("it started in Sept '22, back in sept '22"),
	    "DATE:Sept '22|DATE:sept '22", "date: a month and '22");
	is_str(scan("I may first ask; we march second; the first of all"), "",
	    "date: not may or march as verbs, nor an ordinal alone");
	is_str(scan("we march 3 miles, i may 3 times; since march 3 i cried"),
	    "DATE:march 3", "date: not may or march after their subject");
	is_str(scan("born in march 1990, mid-March 1990, may 2019"),
	    "DATE:march 1990|DATE:mid-March 1990|DATE:may 2019",
	    "date: a lower-case month and a year, a part of a month");
	is_str(scan("away march 3-5, March 3rd and 4th, 3rd-5th March"),
	    "DATE:march 3-5|DATE:March 3rd and 4th|DATE:3rd-5th March",
	    "date: both ends of a range of days");
	is_str(scan("March the 14th, march fourteenth; the march 2 the sea"),
	    "DATE:March the 14th|DATE:march fourteenth",
	    "date: the day after \"the\", a lower-case month's ordinal word");
	is_str(scan("I did 3-5 reps and 3 to 5 sets in may"), "",
	    "date: no range of no month");
	is_str(scan("on march third i left, since may first"),
	    "DATE:march third|DATE:may first",
	    "date: lower-case may and march after a date's preposition");
	is_str(scan("the second of two sessions, the fifth of them"), "",
	    "date: not an ordinal of no month");
	is_str(scan("the twenty seventh of june, June twenty seventh"),
	    "DATE:twenty seventh of june|DATE:June twenty seventh",
	    "date: twenty seventh");
	is_str(scan("In March the second semester started, June second "
	            "guessed"),
	    "", "date: not an ordinal before a noun or a verb");
	is_str(scan("one third of march in bed, a fifth of may's pay, 2 of "
	            "may's pills"),
	    "", "date: not a part nor a count");
	is_str(scan("staying with us until the 28th and I"), "DATE:28th",
	    "date: until the 28th");
	is_str(scan("the interview on Friday the 14th."), "DATE:14th",
	    "date: Friday the 14th");
	is_str(scan("we live on the 3rd floor"), "", "date: not the 3rd floor");
	is_str(scan("it was the 5th time"), "", "date: not the 5th time");
	/* a rating out of ten a few words after its word */
	is_str(scan("Anxiety rose to 7/10 after lunch"), "",
	    "rating: anxiety rose to 7/10");
	is_str(scan("I have a appointment on 7/10"), "DATE:7/10",
	    "rating: \"a\" only right before it");
	is_str(scan("I have a sleep study on 3/10"), "DATE:3/10",
	    "rating: a date word right before it makes it a date");
	/* a date with dots and a two-digit year, after a date word */
	is_str(scan("the date we met: 7.7.19. Now"), "DATE:7.7.19",
	    "date: met: 7.7.19");
	is_str(scan("update to 1.5.10 first"), "", "date: 1.5.10 a version");
	/* UK, Canadian and Irish postcodes in running text */
	is_str(scan("I'm at KM4 7TQ now"), "ZIP:KM4 7TQ", "postcode: UK");
	is_str(scan("my eircode is A65 F4E2, hers D6W 8YC2 or T12 YK2A"),
	    "ZIP:A65 F4E2|ZIP:D6W 8YC2|ZIP:T12 YK2A",
	    "postcode: Irish Eircodes (a letter and a digit after)");
	is_str(scan("took B12 1000 mcg and D3 10AB"), "",
	    "postcode: not a vitamin and a dose, nor letters An Post leaves out");
	is_str(scan("near SW1A 1AA or M1 1AE"), "ZIP:SW1A 1AA|ZIP:M1 1AE",
	    "postcode: UK, four and two");
	is_str(scan("mail it to K1A 0B1 please"), "ZIP:K1A 0B1",
	    "postcode: Canada");
	is_str(scan("take B12 1MG daily"), "",
	    "postcode: not with letters the Royal Mail leaves out");
	is_str(scan("sw1a 1aa, ls6 2aa or k1a 0b1"),
	    "ZIP:sw1a 1aa|ZIP:ls6 2aa|ZIP:k1a 0b1",
	    "postcode: UK and Canada in lower case");
	is_str(scan("a ps5 1tb, b12 1st, d02 x285"), "",
	    "postcode: no unit, ordinal or Eircode in lower case alone");
	is_str(scan("at SW1A1AA"), "ZIP:SW1A1AA", "postcode: UK as one word");
	is_str(scan("I live in LS6. I work in B2B sales"), "ZIP:LS6",
	    "postcode: an outward code alone after live in");
	/* a plate of letters, a blank and digits, after its cue */
	is_str(scan("his plate is literally KTZ 4491 so"), "PLATE:KTZ 4491",
	    "plate: letters and digits, the cue four words before");
	is_str(scan("plate AB12 CDE, plate: AB 12 CDE"),
	    "PLATE:AB12 CDE|PLATE:AB 12 CDE", "plate: UK, with its letters");
	is_str(scan("plate KTZ 4491 BMW"), "PLATE:KTZ 4491",
	    "plate: no letters after four digits");
	is_str(scan("his reg is LD21 ABC, LD21ABC followed me home"),
	    "PLATE:LD21 ABC|PLATE:LD21ABC", "plate: UK's current form, no cue");
	/* national identity numbers */
	is_str(scan("NI number QQ 12 34 56 C, national insurance QQ 123456 D"),
	    "ID:QQ 12 34 56 C|ID:QQ 123456 D", "id: UK NI number in groups");
	is_str(scan("ages 12 34 56 C, AA 12 34 56 Done; THE AK47 AND MY XS22 "
	            "PLUS"),
	    "",
	    "id: not groups without the NI number's letters; plate: not "
	    "before a stop word, nor before four letters");
	is_str(scan("DNI 12345678Z, not 12345678A"), "ID:12345678Z",
	    "id: a Spanish DNI by its check letter");
	/* part of a card, after its cue only */
	is_str(scan("cvv 123, last 4 digits 1111, security code is 4321"),
	    "CARD:123|CARD:1111|CARD:4321", "card: its code, its last four");
	is_str(scan("the last 4 years since 2019, the last 4 digits of pi "
	            "1415"),
	    "", "card: not without the cue");
	/* after a postcode's cue: in lower case, and past "is" or "code" */
	is_str(scan("postcode: sw1a 1aa, my eircode is d02 x285"),
	    "ZIP:sw1a 1aa|ZIP:d02 x285", "postcode: lower case after its cue");
	is_str(scan("My ZIP is 60614, zip code 90210, postal code 12345"),
	    "ZIP:60614|ZIP:90210|ZIP:12345", "postcode: after is and code");
	is_str(scan("the code is 1234"), "ID:1234",
	    "postcode: code alone is an ID's cue");
	is_str(scan("I live in 60614"), "ZIP:60614",
	    "postcode: five digits after live in");
	is_str(scan("i live in the 60614 zip code, near the 90210 area"),
	    "ZIP:60614|ZIP:90210", "postcode: a postcode's word after it");
	is_str(scan("I live in 10000 sq ft; plz 1000 words"), "",
	    "postcode: not a measure, nor four digits after plz");
	is_str(scan("plz 10115, meine PLZ ist 10117"), "ZIP:10115|ZIP:10117",
	    "postcode: German after PLZ");
	is_str(scan("NSW 2019 was hard"), "",
	    "postcode: a year after a state, and a verb");
	is_str(scan("I live in NSW 2000"), "ZIP:2000",
	    "postcode: after an Australian state");
	/* a house number with a letter */
	is_str(scan("I'm living at 22B Alder Close with"),
	    "ADDRESS:22B Alder Close", "address: 22B and a Close");
	is_str(scan("I ran a 5K Fun Run"), "", "address: not a 5K run");
	/* handles */
	is_str(scan("my ex, @lucas-ferraz-9, owes"), "HANDLE:@lucas-ferraz-9",
	    "handle with hyphens");
	is_str(scan("her tag is starlight_yuki#4821, and"),
	    "HANDLE:starlight_yuki#4821", "handle: a gamer tag");
	is_str(scan("see issue #4821 here"), "", "handle: not # alone");
	/* an e-mail address spelled out */
	is_str(scan("email me at kayla dot m dot brooks at gmail dot com"),
	    "EMAIL:kayla dot m dot brooks at gmail dot com",
	    "email: spelled out");
	is_str(scan("write to jo_b [at] work [dot] org or sam99 (at) yahoo "
	            "(dot) com"),
	    "EMAIL:jo_b [at] work [dot] org|EMAIL:sam99 (at) yahoo (dot) com",
	    "email: bracketed at and dot");
	is_str(scan("reach me: dana.kim at mail dot ucla dot edu"),
	    "EMAIL:dana.kim at mail dot ucla dot edu",
	    "email: dots written, a domain of two words");
	is_str(scan("I looked at the dot com bubble; the site is example dot "
	            "com"),
	    "", "email: not without a name before \"at\"");
	is_str(scan("a therapist directory at psychologytoday dot com; I work "
	            "at amazon dot com"),
	    "", "email: not an ordinary word before \"at\"");
	is_str(scan("my email is kenz_r99 at gmail.com, or kayla.brooks @ "
	            "gmail.com"),
	    "EMAIL:kenz_r99 at gmail.com|EMAIL:kayla.brooks @ gmail.com",
	    "email: \"at\" or a spaced '@' before a domain written out");
	is_str(scan("I read it at nytimes.com today"), "URL:nytimes.com",
	    "email: not an ordinary word before \"at\" and a domain");
	is_str(scan("kayla brooks at gmail dot co dot uk"),
	    "NAME:kayla|EMAIL:brooks at gmail dot co dot uk",
	    "email: a name before it stays a name; two-part ending");
	/* an address at its provider alone, or written around a filter */
	is_str(scan("my email is mayaokafor at gmail, or kz99 at gmail"),
	    "EMAIL:mayaokafor at gmail|EMAIL:kz99 at gmail",
	    "email: at the provider alone, no ending");
	is_str(scan("kz99 at gmail,com or kz99 at gmail dot c o m"),
	    "EMAIL:kz99 at gmail,com|EMAIL:kz99 at gmail dot c o m",
	    "email: a comma for the dot, the ending's letters apart");
	is_str(scan("kz99 at g mail dot com, kz99 at gee mail"),
	    "EMAIL:kz99 at g mail dot com|EMAIL:kz99 at gee mail",
	    "email: the provider in two words");
	is_str(scan("kz99@gmailcom and kz99@example.c0m"),
	    "EMAIL:kz99@gmailcom|EMAIL:kz99@example.c0m",
	    "email: the ending's dot left out, a digit in the ending");
	is_str(scan("kz99[at]example[.]com"), "EMAIL:kz99[at]example[.]com",
	    "email: a bracketed '.'");
	is_str(scan("my blog is mayaokafor dot com"),
	    "URL:mayaokafor dot com", "url: a site spelled after its cue");
	is_str(scan("kz99 at password, meet mayaokafor at pw, call kz99 at "
	            "text"),
	    "", "no address at a password's or a phone cue's word");
	is_str(scan("i work at yahoo, he was at outlook, email me at gmail, "
	            "we met at g mail hq, my blog is amazing, see you at 5 at "
	            "yahoo"),
	    "", "email: not an ordinary word before a provider");
	/* a password's secret */
	is_str(scan("my password is hunter2 and my pw: Sunshine123! ok"),
	    "ID:hunter2|ID:Sunshine123!", "secret: after password is, pw:");
	is_str(scan("my password's tigerlily"), "ID:tigerlily",
	    "secret: a word of no list");
	is_str(scan("my password is too long, the password was wrong. my "
	            "password is 8 characters"),
	    "", "secret: not an ordinary word nor a count");
	/* a handle alone, by its shape */
	is_str(scan("tyler_okafor\nit was maya_o92 again"),
	    "HANDLE:tyler_okafor|HANDLE:maya_o92",
	    "handle: alone, names or a name and a digit joined by '_'");
	is_str(scan("set max_len, user_id and test_2; hello_world"), "",
	    "handle: not words joined by '_' with no name");
	/* a handle named after a platform, without its '@' */
	is_str(scan("my gmail is mayaokafor92, my yahoo is kz.okafor92"),
	    "EMAIL:mayaokafor92|EMAIL:kz.okafor92",
	    "email: named after the provider, its first part");
	is_str(scan("my outlook is kz_99 but my outlook is bright"),
	    "EMAIL:kz_99", "email: after a provider, a handle's shape only");
	is_str(scan("sc: kzz99, add me on line: kz99"),
	    "HANDLE:kzz99|HANDLE:kz99", "handle: after sc and line:");
	is_str(scan("my tumblr is sadgirl-kz"), "HANDLE:sadgirl-kz",
	    "handle: a hyphen, a part in no list");
	is_str(scan("the line is long, i was on line 42b, bottom line: im "
	            "tired; my tumblr is half-dead, my insta is well-known"),
	    "",
	    "handle: not after line without ':' or an account word, nor a "
	    "hyphen between ordinary words");
	is_str(scan("my snap is kenz_r99 if you want"), "HANDLE:kenz_r99",
	    "handle: after \"my snap is\"");
	is_str(scan("My insta is jess.k.writes."), "HANDLE:jess.k.writes",
	    "handle: dots inside, the stop left");
	is_str(scan("discord: luna.exe#0042 , steam: crybabyking."),
	    "HANDLE:luna.exe#0042|HANDLE:crybabyking",
	    "handle: after a colon, with a Discord number");
	is_str(scan("add me on ig lunar.lex tonight"), "HANDLE:lunar.lex",
	    "handle: straight after the platform, with a dot");
	is_str(scan("my reddit username is throwaway_sadgirl"),
	    "HANDLE:throwaway_sadgirl", "handle: after \"username is\"");
	is_str(scan("my snap name is kenz, my snapchat's kenz_r99"),
	    "HANDLE:kenz|HANDLE:kenz_r99",
	    "handle: a plain word after an account word; 's for is");
	is_str(scan("my snap is jessica but my reddit is anonymous"),
	    "HANDLE:jessica", "handle: after \"is\" alone, only a name");
	is_str(scan("what i cant handle is overthinking. the handle is loose"),
	    "", "handle: not the verb, nor a handle with no owner");
	is_str(scan("my insta is dead.i deleted it, on tiktok rn.idk why"),
	    "", "handle: not a stop with no blank after it");
	is_str(scan("on tiktok 4hrs, youtube 10mins, steam: 400hrs"), "",
	    "handle: not a count");
	is_str(scan("i'm kenz_r99 on snap, snap me at jo_b22"),
	    "HANDLE:kenz_r99|HANDLE:jo_b22",
	    "handle: before \"on\" and a platform; after \"me at\"");
	is_str(scan("I spend 2hrs on tiktok, version 2.0 on steam, snap me "
	            "at home"),
	    "", "handle: not a count or a version before \"on\"");
	is_str(scan("my insta is private now, my discord is down"), "",
	    "handle: not an ordinary word");
	is_str(scan("my insta is lowkey dead and the handle is broken"), "",
	    "handle: not slang");
	is_str(scan("I was on fb 3x today, on ig today, 3 hours on tiktok"),
	    "", "handle: not a count nor a word after the platform alone");
	is_str(scan("my discord is 18+ only, snap 2.0 update"), "",
	    "handle: not a number");
	is_str(scan("my reddit is u/throwaway_sad, dm /u/kenz-r99"),
	    "HANDLE:u/throwaway_sad|HANDLE:/u/kenz-r99",
	    "handle: a Reddit user with its u/");
	is_str(scan("my cashapp is $kenzr, send it to $jo_b22 on cashapp"),
	    "HANDLE:$kenzr|HANDLE:$jo_b22", "handle: a Cash App tag");
	is_str(scan("it was $20 and/or $35, r/depression helps, bought $AAPL"),
	    "", "handle: not money, a subreddit or a stock");
	is_str(scan("my insta is jess@example.com"), "EMAIL:jess@example.com",
	    "handle: an e-mail address stays one");
	/* an age over 89 in words */
	is_str(scan("My great aunt is ninety-three and"), "AGE:ninety-three",
	    "age: ninety-three");
	is_str(scan("there were ninety-three people"), "",
	    "age: not ninety-three of no one");
}

/* The tokenizer reads a word of ASCII letters, digits and '_' sixteen
 * bytes at a time when sixteen bytes are left, else byte by byte: the
 * same words, near the end and far from it, must give the same spans. */
static void
test_word_blocks(void)
{
	static const char *const tail = " was noted at the visit today.";
	static const struct {
		const char *text, *want;
	} c[] = {
	    {"MRN: 4455667", "MRN:4455667"},
	    {"Member ID XJH12345", "HEALTHPLAN:XJH12345"},
	    {"Member ID ABC_12345", "HEALTHPLAN:ABC_12345"},
	    {"she is 93 years old", "AGE:93"},
	    {"code HP-678901", "ID:HP-678901"},
	    {"I went to UCSF", "LOCATION:UCSF"},
	    {"I went to Ucsf", ""},
	    {"Dr Maya Okafor", "NAME:Dr Maya Okafor"},
	    {"Dr MAYA OKAFOR", "NAME:Dr MAYA OKAFOR"},
	    {"Dr Maya Okafor-Lund", "NAME:Dr Maya Okafor-Lund"},
	    {"Dr Maya O'Hara", "NAME:Dr Maya O'Hara"},
	    {"Dr Zoë Okafor", "NAME:Dr Zoë Okafor"},
	};
	char buf[256], name[128];

	for (size_t k = 0; k < sizeof(c) / sizeof(c[0]); k++) {
		snprintf(name, sizeof name, "%s: near the end", c[k].text);
		is_str(scan(c[k].text), c[k].want, name);
		snprintf(buf, sizeof buf, "%s%s", c[k].text, tail);
		snprintf(name, sizeof name, "%s: sixteen bytes or more left",
		    c[k].text);
		is_str(scan(buf), c[k].want, name);
	}
	/* a word with one capital, second: not all capitals, so not the
	 * region code after a town (the block, sixteen bytes left) */
	is_str(scan("at 5 Oak Road, Apt 3\nMilltown, aB\n Ireland and so on"),
	    "ADDRESS:5 Oak Road, Apt 3|NAME:Milltown",
	    "one capital, second: no region code");
}

static void
test_names(void)
{
	is_str(scan("I talked to Hope."), "NAME:Hope",
	    "ambiguous name with cue");
	is_str(scan("Hope is all I have."), "", "ambiguous word at the start");
	is_str(scan("I lost hope."), "", "lower-case word");
	is_str(scan("Dr. Tomasz Novak said"), "NAME:Dr. Tomasz Novak",
	    "title joins the name");
	is_str(scan("with Anna S. today"), "NAME:Anna S.", "initial");
	is_str(scan("Mary-Jane Okafor came"), "NAME:Mary-Jane Okafor",
	    "hyphenated first name");
	is_str(scan("I met Rebecca Hides today, correct it to Justin Beet?"),
	    "NAME:Rebecca Hides|NAME:Justin Beet",
	    "a common word capitalised after a clear first name is a surname");
	is_str(scan("Sarah Always Knows"), "NAME:Sarah",
	    "not in a title, the word after capitalised too");
	is_str(scan("Don't go to town, Mark! I'm proud of you, Will."),
	    "NAME:Mark|NAME:Will", "a word name spoken to, after a comma");
	is_str(scan("it was cold, Monday. I'm done, Mark my words"), "",
	    "not a weekday, nor before more words");
	is_str(scan("we drove over the Golden Gate Bridge to Times Square"), "",
	    "a surname that is a word, by a capitalised ordinary word");
	is_str(scan("Is \"Bridge Over Troubled Water\" sad? Ask Dr. Bridge"),
	    "NAME:Dr. Bridge", "but after a title it is a name");
	is_str(scan("I met Maika van de Noort and Ana de la Cruz"),
	    "NAME:Maika van de Noort|NAME:Ana de la Cruz",
	    "two particles inside a name");
	is_str(scan("my friend Łukasz said Ana Živković and Źofia came"),
	    "NAME:Łukasz|NAME:Ana Živković|NAME:Źofia",
	    "capitals of Latin Extended-A at odd code points (Ł, Ž, Ź)");
	is_str(scan("Ștefan came, Ά"), "NAME:Ștefan",
	    "Romanian Ș is a capital");
	is_str(scan("Me and Ji-woo broke up; Seo-yeon and Jae-hyun came"),
	    "NAME:Ji-woo|NAME:Seo-yeon|NAME:Jae-hyun",
	    "a romanised Korean given name, its syllables in lower case");
	is_str(scan("Check-in at noon. Ha-ha. Ah-young? Oh-jin? Tae-bo class"), "",
	    "not when a syllable is an ordinary word or in no list");
	is_str(scan("I'm Park Min-seo, a nurse. My mother-in-law, Kim Soon-ja, "
	            "is here; my mom Park Young-hee too"),
	    "NAME:Park Min-seo|NAME:Kim Soon-ja|NAME:Park Young-hee",
	    "after a surname, a given name of two syllables, one a word");
	is_str(scan("I'm Park Hip-hop, my friend Kim Wi-fi, my son Lee Co-op, "
	            "my aunt Choi Re-do, my mom Park Tik-tok, my dad Kim "
	            "Check-in"),
	    "NAME:Park|NAME:Kim|NAME:Lee|NAME:Choi|NAME:Park|NAME:Kim",
	    "but not a word of two words, neither part a clear name's");
	is_str(scan("my friend kofi came"), "NAME:kofi",
	    "lower-case name after a relation");
	/* everyday words that the name lists hold and Philter's word list
	 * therefore lacks: SCOWL's list has them */
	is_str(scan("paid off the car loan, my carbon steel knife, she was so "
	            "brave, how to hang a mirror, i was at the fancy clinic"),
	    "", "lower-case everyday words that are names too");
	is_str(scan("my friend kofi and my son jude came"),
	    "NAME:kofi|NAME:jude", "but names that are no word stay names");
	/* a first name that is no word, in lower case in a text with
	 * capitals, as a phone's keyboard leaves it: its word asked in
	 * lower case first, then capitalised, then in lower case again
	 * (the scanner keeps the answers of each) */
	is_str(scan("I texted kayleigh and she ignored me"), "NAME:kayleigh",
	    "a lower-case first name that is no word, with capitals");
	is_str(scan("Jayden came. Later jayden left, ugh jayden!"),
	    "NAME:Jayden|NAME:jayden|NAME:jayden",
	    "the same name capitalised, then in lower case");
	is_str(scan("I bought nike shoes, he's a legend, I said ily, kayleigh"),
	    "NAME:kayleigh",
	    "not a brand or a word of the first-name list, nor a short one");
	is_str(scan("I was with emily last night. Then sarah said I was "
	            "overreacting"),
	    "NAME:emily|NAME:sarah",
	    "a first name that is a surname too, and no word, in lower case");
	is_str(scan("We went to the castle, saw the moon. Oh jesus, not again. "
	            "Jesus Christ. I asked alexa. OK"),
	    "", "not one that is a word (WORD), nor an exclamation, an "
	        "assistant");
	is_str(scan("Jesus! that was a rough day. Christ, not again! oh my "
	            "god jesus"),
	    "", "an oath first in its sentence, or after a word of dismay");
	is_str(scan("Jesus, are you coming tonight? Jesus called me. Jesus, "
	            "call me back!"),
	    "NAME:Jesus|NAME:Jesus|NAME:Jesus",
	    "one spoken to first in a sentence is a person's (fails closed)");
	is_str(scan("Jesus Martinez called. my friend Jesus called. Jesus "
	            "said he'd come by. thanks Jesus, see you"),
	    "NAME:Jesus Martinez|NAME:Jesus|NAME:Jesus|NAME:Jesus",
	    "a person's: with a surname, after a relation, before a verb, "
	    "thanked");
	is_str(scan("Look for shea butter or aloe vera. We rode the ferris "
	            "wheel"),
	    "", "nor a word of things that both name lists hold");
	/* a surname and nothing else, in lower case, after a word that
	 * names someone; in a text with capitals and in one without */
	is_str(scan("Went to see okafor about my meds. Ugh, okafor again"),
	    "NAME:okafor|NAME:okafor", "a lower-case surname after see, ugh");
	is_str(scan("went to see okafor about my meds, i told nakamura"),
	    "NAME:okafor|NAME:nakamura",
	    "a lower-case surname, in a text in lower case");
	/* the same texts again: a word of a text with no capital has its
	 * full flags from its image once such a text has given them
	 * (look_words()), and a text with capitals between takes them
	 * too (fullflags()) */
	for (int k = 0; k < 2; k++) {
		is_str(scan("i texted keziah and she said no, then i went to "
		            "see okafor"),
		    "NAME:keziah|NAME:okafor",
		    k ? "a name in lower case, its flags from its image"
		      : "a name in lower case, in a text in lower case");
		is_str(scan("I texted keziah and she said no, then I went to "
		            "see okafor"),
		    "NAME:keziah|NAME:okafor",
		    "a name in lower case, in a text with capitals");
	}
	is_str(scan("I was with okafor. Okafor is a name; I read okafor"),
	    "NAME:okafor|NAME:Okafor", "not after any word");
	is_str(scan("Ugh, the neighbours again. I went with bridges and "
	            "flowers. Dealing with mould. I live with parkinson's"),
	    "", "nor one that is a word, a British spelling or a condition");
	/* a first name after "you" ending an address, after "that" before
	 * a verb */
	is_str(scan("I miss you brayden. Thank you jayden! I hate that "
	            "jayden did that"),
	    "NAME:brayden|NAME:jayden|NAME:jayden",
	    "a lower-case first name after you, that");
	is_str(scan("i miss you brayden and love you maya"),
	    "NAME:brayden|NAME:maya", "and in a text in lower case");
	is_str(scan("I miss you so much. Thank you so much. See you soon. "
	            "That sarah thing. I know that jayden kid. that curry "
	            "was so hot"),
	    "", "not a word after you, nor that before a noun");
	/* a short name one goes by */
	is_str(scan("call me mo"), "NAME:mo", "a short self-name: call me");
	is_str(scan("Hi, my name is kz. I'm called kz"), "NAME:kz|NAME:kz",
	    "a short self-name: my name is, I'm called");
	is_str(scan("call me back. Call me crazy. call me now. My name is on "
	            "the list, my name is mud. Call me ok"),
	    "", "not call me back, crazy, now, my name is on the list");
	/* what a bully calls one is what was said, and the point */
	is_str(scan("they call me emo. kids call me pig, he calls me dog, "
	            "she would call me cow. they call me rat"),
	    "", "not the names one is called by bullies");
	is_str(scan("call emidio p lombardo, bertram m. jørgensen"),
	    "NAME:emidio p lombardo|NAME:bertram m. jørgensen",
	    "lower-case name, initial and surname");
	is_str(scan("i gave maria a hug and told kofi u rock"),
	    "NAME:maria|NAME:kofi", "not after a or a word that is no surname");
	is_str(scan("The nurse said my level was fine"), "",
	    "a verb after a relation is no name (Said is a surname too)");
	is_str(scan("the nurse Said told me"), "NAME:Said",
	    "but a capitalised Said after one is");
	is_str(scan("history of Parkinson's disease"), "",
	    "eponym is not a person");
	/* an eponym's word that a person has too, after a first name's
	 * possessive, is the person's */
	is_str(scan("worried about Maya's exam; Tobin's therapy helps"),
	    "NAME:Maya|NAME:Tobin", "a first name's exam and therapy");
	is_str(scan("an Apgar score of 9, a high Gleason score, the Atkins "
	            "diet, Wilson's disease"),
	    "", "but eponyms still, without a first name's possessive");
	/* a condition's surname with its possessive alone */
	is_str(scan("My dad has Parkinson's last year, Huntington's is "
	            "genetic, i have hashimoto's and it sucks"),
	    "", "a condition said by its surname and 's alone");
	is_str(scan("He has Addison's. Crohn's flares, Sjögren's too"), "",
	    "a first name too, after has; a word of the condition after");
	is_str(scan("my friend Addison's mom, with Addison's family"),
	    "NAME:Addison|NAME:Addison", "a noun it owns makes it a person");
	/* a chain's surname with its possessive alone */
	is_str(scan("McDonald's is all i ate. Kohl's was packed, Kellogg's "
	            "cereal at Lowe's, then we met at Applebee's."),
	    "", "a chain said by its surname and 's alone");
	is_str(scan("McDonald's wife called. Mrs Lowe's dog, Kohl's Brian"),
	    "NAME:McDonald|NAME:Mrs Lowe|NAME:Kohl|NAME:Brian",
	    "a relation or capitalised word after, a title before: a person");
	is_str(scan("McDonald's car broke down. Dillard's dog bit me at "
	            "Nando's house"),
	    "NAME:McDonald|NAME:Dillard|NAME:Nando",
	    "a person's thing after it: a person, as deed_after() says");
	is_str(scan("I saw Maya McDonald's car, then Okafor's at Okafor's"),
	    "NAME:Maya McDonald|NAME:Okafor|LOCATION:Okafor",
	    "a full name, or a surname not a chain's, as before");
	is_str(scan("we watched Grey's and Friends all night, then Grey's "
	            "again"),
	    "", "a show said by its possessive alone, as a chain is");
	is_str(scan("Grey's mom called. Ana Grey's dog. Grey's birthday"),
	    "NAME:Grey|NAME:Ana Grey|NAME:Grey",
	    "a relation or a thing after it, or a first name before: a person");
	is_str(scan("i stayed at Grey's last night, then went to Grey's "
	            "again. we ate at McDonald's"),
	    "NAME:Grey|NAME:Grey",
	    "R12: at or to a first name's possessive, someone's home");
	/* IBANs by their check digits; one digit changed is none */
	is_str(scan("GB82 WEST 1234 5698 7654 32"),
	    "ACCOUNT:GB82 WEST 1234 5698 7654 32", "IBAN in groups");
	is_str(scan("iban DE89370400440532013000."),
	    "ACCOUNT:DE89370400440532013000", "IBAN whole");
	ok(strstr(scan("GB82 WEST 1234 5698 7654 33"), "ACCOUNT") == NULL,
	    "a wrong check is no IBAN");
	is_str(scan("AB12 CDEF is a code"), "", "too short for an IBAN");
	/* an ending longer than the word at the text's start
	 * ("phetamine", "Mypamine"): nothing read before the text */
	is_str(scan("Mypamine nf 7"), "NAME:Mypamine",
	    "a word shorter than a clinical ending with its tail");
	is_str(scan("Ravamine"), "NAME:Ravamine", "the same, the word alone");
	is_str(scan("Tom Parkinson's car, Dr. Parkinson's office"),
	    "NAME:Tom Parkinson|NAME:Dr. Parkinson",
	    "a full name or a title makes it a person");
	is_str(scan("I have Ehlers-Danlos and my son has Tay-Sachs; "
	            "the Kübler-Ross model, the Myers-Briggs test"),
	    "", "conditions and tests named by two people, no head word");
	is_str(scan("my friend Ana Epstein-Barr called"),
	    "NAME:Ana Epstein-Barr", "but a first name before makes a person");
	/* a condition's or a medicine's name in no list, after "called" */
	is_str(scan("apparently it's called gephyrophobia. It's called "
	            "Misophonia, I have Aphantasia, on clozapine"),
	    "", "a condition or a medicine by its ending");
	is_str(scan("my cat is called Mochi, she is called Efthymia"),
	    "NAME:Mochi|NAME:Efthymia",
	    "a name after called, also one ending nearly so");
	is_str(scan("I'm sure I'll cope"), "", "contractions are not names");
	is_str(scan("seen at Mercy Hospital"), "LOCATION:Mercy Hospital",
	    "facility");
	is_str(scan("I've been seeing Grace at the counseling center, and "
	            "Seeing Will at the gym was odd"),
	    "NAME:Grace|NAME:Will",
	    "a capitalised name that is a word after seeing, as after see");
	is_str(scan("I keep seeing grace in small things, seeing will power "
	            "fade"),
	    "", "but not such a word in lower case");
	is_str(scan("a student at the University of Manchester, then "
	            "College of Charleston"),
	    "LOCATION:University of Manchester|LOCATION:College of Charleston",
	    "University or College of a place: one place");
	is_str(scan("my degree from the University of Medicine; the College of "
	            "Nursing is hard; a University of sorts"),
	    "", "but not of a plain word, nor of a word in lower case");
	is_str(scan("his diagnosis today at Children's Mercy and then"),
	    "LOCATION:Children's Mercy",
	    "a possessive and a name's word after at: one place");
	is_str(scan("we were at Children's today, at Kohl's Maya and I shopped, "
	            "I slept at Kelly's Mom's place"),
	    "LOCATION:Children|NAME:Kohl|NAME:Maya|LOCATION:Kelly",
	    "not before a word in lower case, after a chain's, before a "
	    "relation");
	/* a name that is also a word, lower case, after a relation word */
	is_str(scan("my best friend june is moving"), "NAME:june",
	    "lower-case june after a relation");
	is_str(scan("my sister hope said no"), "NAME:hope",
	    "lower-case hope after a relation that is also a title");
	is_str(scan("my friend will help me"), "", "modal will stays");
	is_str(scan("my son drew a picture"), "", "verb drew stays");
	is_str(scan("my friends hope to go"), "", "a plural before: a verb");
	is_str(scan("my mom and dad hope we can visit"), "",
	    "two people before: a verb");
	is_str(scan("my mum hope we can"), "", "a pronoun after: a verb");
	is_str(scan("I told my sister hope that I was leaving"), "NAME:hope",
	    "but before that, hope is someone");
	is_str(scan("i went out with mom and sister hope"), "NAME:hope",
	    "and after mom and sister");
	is_str(scan("texted my sister faith so she knows"), "NAME:faith",
	    "and faith is never a verb");
	/* sis, bro and workmate are relation words */
	is_str(scan("I texted my sis faith about it"), "NAME:faith",
	    "a lower-case name after sis");
	is_str(scan("My bro Will is visiting"), "NAME:Will",
	    "a name that is a word after bro");
	is_str(scan("My workmate joy covered for me"), "NAME:joy",
	    "a lower-case name after workmate");
	/* a title in capitals is more often a diagnosis; a surname that
	 * is also an everyday word only after a title that is no
	 * relation or job (Miss, Brother, Nurse, Coach are) */
	is_str(scan("She has MS like her mother"), "",
	    "MS before a lower-case word is no title");
	is_str(scan("MS Smith called"), "NAME:MS Smith",
	    "but before a capitalised name it is");
	is_str(scan("I still miss him so much"), "", "miss him: no name");
	is_str(scan("my brother still hates me"), "",
	    "an everyday word after brother is no surname");
	is_str(scan("My sister comes home next week"), "",
	    "nor a verb after sister");
	is_str(scan("the coach even said so"), "", "nor after coach");
	is_str(scan("dr nice saw me"), "NAME:nice", "after dr it is a surname");
	is_str(scan("she has ms like her mother, with ms like symptoms"), "",
	    "ms after has or with is multiple sclerosis, no title");
	is_str(scan("i told ms nice about it"), "NAME:nice",
	    "ms after another word is a title");
	is_str(scan("He said if I tell anyone. He asks a lot"), "",
	    "He is no name before a verb of saying");
	is_str(scan("my father. He told me"), "",
	    "nor after a relation word and a full stop");
	is_str(scan("Dr. He called"), "NAME:Dr. He", "but after Dr. it is");
	is_str(scan("Doctor said I'm fine. Police said they'd come"), "",
	    "a relation or an ordinary word alone before said: no name");
	/* a name that is a word, by a deed done to the writer, fear of
	 * it, or a person's thing after its possessive */
	is_str(scan("Hunter keeps calling me. Grace blocked me; I'm scared "
	            "of Summer"),
	    "NAME:Hunter|NAME:Grace|NAME:Summer",
	    "a deed done to the writer, fear of someone");
	is_str(scan("Hunter's dad hit me. Chase's birthday party was awful"),
	    "NAME:Hunter|NAME:Chase", "a relation or a person's thing after "
	                              "the possessive");
	is_str(scan("Hope keeps me going. Faith hurts. I'm scared of "
	            "Heights. Chase's website is down"),
	    "", "the same words with no deed, no fear of a person, no "
	        "person's thing");
	is_str(scan("Hope said no. Okafor says hi"), "NAME:Hope|NAME:Okafor",
	    "a first name that is a word, or a surname, before said is");
	is_str(scan("my bank is Chase and i'm overdrawn; the company was "
	            "Chase"),
	    "", "after a company's word and is, a company");
	is_str(scan("my boyfriend is Chase. my group is Hope. Chase called "
	            "me. my son Chase is sick"),
	    "NAME:Chase|NAME:Hope|NAME:Chase|NAME:Chase",
	    "after another word and is, or with a deed or a relation: a name");
	/* all lower case: a first name standing alone, but not after a
	 * determiner or a subject pronoun, nor a chat word */
	is_str(scan("i got rejected from my dream uni"), "",
	    "lower case: no name after my");
	is_str(scan("how do i hang a heavy mirror"), "",
	    "lower case: no name after i");
	is_str(scan("going fishing off the pier with my dad"), "",
	    "lower case: no name after the");
	is_str(scan("feeling kinda meh today, just wanna sleep"), "",
	    "lower case: kinda, meh and wanna are no names");
	is_str(scan("i saw jake today"), "NAME:jake",
	    "lower case: a name after a verb still");
	is_str(scan("my brother learned to swim, my sister pins me down"), "",
	    "lower case: a surname that is a verb after a relation word");
	is_str(scan("my friend jake learned to swim"), "NAME:jake",
	    "nor does a name run on over one");
	is_str(scan("follow up with patricia desrosiers in a month"),
	    "NAME:patricia desrosiers", "but a surname before in does");
	is_str(scan("Winter in Scotland, bungee jumps in new zealand"), "",
	    "Scotland and Zealand are countries first");
	is_str(scan("My Linux server froze, my Docker image is stuck"), "",
	    "software is no one's name");
	/* words whose plural or -ing form the word list has, in neither name
	 * list (the list leaves out all words its own name lists hold) */
	is_str(scan("Rent went up again and I keep snapping"), "",
	    "a word of the list's stems: Rent");
	is_str(scan("my dad with Alzheimer's gets agitated; Tourette's too"),
	    "", "and eponyms it has only with -s");
	/* everyday words of chat that a name list holds or no list has */
	is_str(scan("Proud of myself. Wild swimming at dawn. Goodnight."), "",
	    "everyday words a surname list holds, opening sentences");
	is_str(scan("Hola, my English is not perfect. Bye!"), "",
	    "a greeting from another language");
	is_str(scan("Merry Christmas, my dad was in the Marines"), "",
	    "a greeting and a service");
	is_str(scan("C'mon, y\xE2\x80\x99"
	            "all can do it. C\xE2\x80\x99"
	            "mon!"),
	    "",
	    "contractions no list has, with either apostrophe");
	is_str(scan("D'Angelo called"), "NAME:D'Angelo",
	    "a surname with an apostrophe still is one");
	is_str(scan("My Eircode is D02 X285"), "ZIP:D02 X285",
	    "the Eircode's own cue word");
	is_str(scan("Dr. Wild said to rest, Jack Wild agreed"),
	    "NAME:Dr. Wild|NAME:Jack Wild",
	    "still a surname beside a title or a first name");
	is_str(scan("I saw Dr. Ng today"), "NAME:Dr. Ng",
	    "Ng is a surname after a title");
	is_str(scan("ng tbh, that was ng"), "", "ng alone stays a word");
	is_str(scan("bro that's wild"), "", "bro alone keeps everything");
	is_str(scan("Bro that's wild"), "", "also at the start, capitalised");
	is_str(scan("Bro I will try"), "", "and before I");
	/* a co-worker, written three ways (coworker and colleague were
	 * relation words already) */
	is_str(scan("My co-worker faith covered for me"), "NAME:faith",
	    "a lower-case name after co-worker");
	is_str(scan("my co worker faith covered for me"), "NAME:faith",
	    "and after co worker");
	is_str(scan("My co worker Will covered for me"), "NAME:Will",
	    "a capitalised Will after co worker");
	is_str(scan("My co-worker will help me"), "",
	    "a modal will after co-worker stays");
	is_str(scan("The co worker said no"), "", "a verb after co worker");
	/* every name of a list after a relation in the plural */
	is_str(scan("My daughters georgia and virginia are fighting"),
	    "NAME:georgia|NAME:virginia", "a list after daughters");
	is_str(scan("My sons will and mark came home"), "NAME:will|NAME:mark",
	    "names that are verbs, in a list after sons");
	is_str(scan("my sisters Hope and Faith visited"),
	    "NAME:Hope|NAME:Faith", "capitalised, after sisters");
	is_str(scan("My kids jordan and chad are loud"),
	    "NAME:jordan|NAME:chad", "after kids");
	is_str(scan("My daughters georgia, virginia & faith called"),
	    "NAME:georgia|NAME:virginia|NAME:faith", "joined by a comma and &");
	is_str(scan("My sons Will, Mark, and Chad"),
	    "NAME:Will|NAME:Mark|NAME:Chad", "and by a comma before and");
	is_str(scan("MY SONS WILL AND MARK CAME"), "NAME:WILL|NAME:MARK",
	    "in capitals");
	is_str(scan("My co workers faith and will left"),
	    "NAME:faith|NAME:will", "after co workers");
	is_str(scan("My sons will be fine"), "",
	    "one word after a plural is no list: a verb");
	is_str(scan("my sons will be fine"), "", "also in lower-case text");
	is_str(scan("My daughters georgia trip was fun"), "",
	    "a possessive without its apostrophe, before a place word");
	is_str(scan("My daughters georgia and virginia trip was fun"), "",
	    "a list before a place word is places");
	is_str(scan("My friends will and can help"), "",
	    "a list of words that are not all names");
	is_str(scan("My parents love and support me"), "",
	    "parents is no relation word");
	is_str(scan("my kids and chad's kids"), "NAME:chad",
	    "no list after kids, but a name in lower-case text");
	is_str(scan("my children hope and faith are twins"),
	    "NAME:hope|NAME:faith", "after children");
	is_str(scan("my grandchildren will and mark came"),
	    "NAME:will|NAME:mark", "after grandchildren");
	is_str(scan("my sisters-in-law hope and faith visited"),
	    "NAME:hope|NAME:faith", "after sisters-in-law");
	is_str(scan("the children hope and pray"), "",
	    "a list of words after children");
	is_str(scan("my kids, zoe and max, are loud"), "NAME:zoe|NAME:max",
	    "a list set off by a comma after the plural");
	is_str(scan("my children, hope and faith, are twins"),
	    "NAME:hope|NAME:faith", "word names after a comma and children");
	is_str(scan("my friends, family and colleagues"), "",
	    "words after a comma and friends");
	is_str(scan("My Daughters Georgia and Virginia are fighting"),
	    "NAME:Georgia|NAME:Virginia",
	    "in title case, the plural relation is no name");
	is_str(scan("My Sons Will and Mark"), "NAME:Will|NAME:Mark",
	    "nor Sons, a surname too");
	is_str(scan("Please ask Mr Daughters"), "NAME:Mr Daughters",
	    "after a title it is the name");
	/* Daughters no name, the one name after it is still taken: "My
	 * Daughters Sue" was taken whole before */
	is_str(scan("My Daughters Sue is ill"), "NAME:Sue",
	    "a word name alone after a plural relation in title case");
	is_str(scan("seen at Baylor Scott & White, with Anna & Ben"),
	    "NAME:Baylor Scott & White|NAME:Anna|NAME:Ben",
	    "a surname joined by & is the name's; two first names stay two");
	is_str(scan("My Sons Mason took it"), "NAME:Mason", "and after Sons");
	is_str(scan("Our Daughters Joy and her dog"), "NAME:Joy",
	    "a word name then no list");
	/* a name that is also a word, set off by commas after a relation */
	is_str(scan("my sister, georgia, called me last night"), "NAME:georgia",
	    "a state name set off by commas");
	is_str(scan("my mum, grace, is ill"), "NAME:grace",
	    "a word name set off by commas");
	/* a word of the common-word list alone, capitalised after a
	 * relation in lower case (Dele, a Yoruba name, is a word too) */
	is_str(scan("my brother Dele's birthday is on Friday"), "NAME:Dele",
	    "a common word capitalised after a relation is a name");
	is_str(scan("we met my friend Dele yesterday"), "NAME:Dele",
	    "and after friend");
	is_str(scan("My Brother Always Forgets"), "",
	    "not in a title, the words after capitalised too");
	is_str(scan("Why My Mom Always"), "", "nor after a relation in capitals");
	is_str(scan("my son, august, is not well"), "NAME:august",
	    "a month's name set off by commas");
	is_str(scan("my son, august as ever, was kind"), "",
	    "not the month's name before its clause");
	is_str(scan("with my sister, georgia is hot"), "",
	    "no comma after it: the place");
	is_str(scan("my mum, hope you are well"), "",
	    "a comma after the relation, then the verb");
	is_str(scan("my mum, may, is ill"), "NAME:may",
	    "a word name that is no first name, set off by commas");
	is_str(scan("my son, art, is not well"), "NAME:art",
	    "art set off by commas");
	is_str(scan("My mum, May, is ill"), "NAME:May",
	    "a month's name in title case set off by commas");
	is_str(scan("My mum, May I ask you something"), "",
	    "the verb after a comma and a relation");
	is_str(scan("MY SISTER, GRACE, CALLED"), "NAME:GRACE",
	    "in capitals set off by commas");
	is_str(scan("my mum, grace, is ill. Call Dr Okafor"),
	    "NAME:grace|NAME:Dr Okafor",
	    "set off by commas in lower case, in text with capitals");
	is_str(scan("my mum, bless her, is ill"), "",
	    "bless before whom is the verb");
	is_str(scan("my friend bless is ill"), "NAME:bless",
	    "bless before a verb is someone");
	is_str(scan("Bless her, she tries."), "",
	    "Bless before whom is the verb in title case too");
	is_str(scan("Christmas is always hard. I hate Easter."), "",
	    "a feast is no one");
	is_str(scan("Dr Easter said so."), "NAME:Dr Easter",
	    "a feast after a title is someone");
	is_str(scan("Holi was fun. Juneteenth cookout, then Yom Kippur and "
	            "Rosh Hashanah"),
	    "", "feasts that are first names alone are no one");
	is_str(scan("Dr Holi said so. I met Holi Okafor"),
	    "NAME:Dr Holi|NAME:Holi Okafor",
	    "such a feast after a title or before a surname is someone");
	is_str(scan("Juneteenth 2021 was hard"), "DATE:Juneteenth 2021",
	    "such a feast with its year is a date");
	is_str(scan("Shabbat dinner was nice. i missed Chuseok, Nowruz and "
	            "Pongal. Muharram was hard"),
	    "", "feasts in no list are no one either");
	is_str(scan("Happy Lunar New Year everyone"), "",
	    "a greeting's phrase after a word that is a name too");
	is_str(scan("Happy Shana Tova everyone"), "",
	    "a greeting's phrase after Happy");
	is_str(scan("the Sunday Scaries are back"), "", "the Sunday Scaries");
	is_str(scan("Maya Lunar called"), "NAME:Maya Lunar",
	    "Lunar alone stays a surname");
	is_str(scan("Shana Tova! Chag Sameach, Mazel tov, Feliz Navidad"), "",
	    "greetings of a feast are no one");
	is_str(scan("Marsha Linehan made DBT, Brene Brown on shame, Ted Lasso"),
	    "", "the famous of help for the mind, named whole");
	is_str(scan("my friend Charlie Brown called, my uncle Carl Rogers"),
	    "NAME:Charlie Brown|NAME:Carl Rogers",
	    "a name many people have stays one");
	is_str(scan("Taylor Swift's song is on repeat. Simone Biles talking "
	            "about the twisties, Nina Simone on the speaker"),
	    "", "singers and an athlete the world knows, named whole");
	is_str(scan("Prince Harry talking about therapy. Does the Dalai Lama's "
	            "stuff help? I feel like Sisyphus. Every time I see "
	            "Gandalf I cry. Winnie the Pooh quotes"),
	    "", "a prince, a monk, a myth and characters of books");
	is_str(scan("my friend Taylor called. I met Nina and Simone. Prince "
	            "called me. my son Harry said hi"),
	    "NAME:Taylor|NAME:Nina|NAME:Simone|NAME:Prince|NAME:Harry",
	    "their first names alone are still someone");
	is_str(scan("I moved to Prince Edward Island"), "",
	    "the land beside the prince");
	is_str(scan("my brother Harry Potter hit me. My neighbour Taylor Swift "
	            "called. My uncle Elvis Presley Okafor is sick"),
	    "NAME:Harry Potter|NAME:Taylor Swift|NAME:Elvis Presley Okafor",
	    "R26: a relation's namesake, or the start of a longer name");
	is_str(scan("Harry Potter And the Chamber. I love Taylor Swift I think. "
	            "my mom loves Taylor Swift"),
	    "", "R26: a small word or I after the famous name");
	is_str(scan("we saw the Golden Gate Bridge today"), "",
	    "R26: a name that is a word first: the bridge");
	is_str(scan("Stephen King called me. Bill Gates texted. Mac Miller "
	            "said hi"),
	    "NAME:Stephen King|NAME:Bill Gates|NAME:Mac Miller",
	    "R26: a name many people have stays one");
	is_str(scan("Dr Shabbat said so. Shabbat 2021 was hard"),
	    "NAME:Dr Shabbat|DATE:Shabbat 2021",
	    "after a title someone, with a year a date");
	is_str(scan("Sooo I did the thing. Ughhh, Whyyy. Heyyy so. Byeee"), "",
	    "a word drawn out, a letter three times, is no one");
	is_str(scan("I miss you Jessicaaa. Annna texted, Sarahhh called"),
	    "NAME:Jessicaaa|NAME:Annna|NAME:Sarahhh",
	    "a name drawn out is still someone");
	is_str(scan("Mollyyy came over. Harryyy texted, Lizzyyy said"),
	    "NAME:Mollyyy|NAME:Harryyy|NAME:Lizzyyy",
	    "also with a double letter of its own");
	is_str(scan("June, my best friend, moved away."), "NAME:June",
	    "a relation in apposition after a name that is also a word");
	is_str(scan("Hope, my therapist said, is a choice."), "",
	    "a relation and a verb of saying is no apposition");
	is_str(scan("I saw Ana Dias today"), "NAME:Ana Dias",
	    "Ana and Dias, which Philter's lists dropped");
	is_str(scan("pro ana sites are everywhere, my ana is loud"), "",
	    "ana, the eating disorder's name, in lower case");
	is_str(scan("the assistant to Valida M. Ibragimov"),
	    "NAME:Valida M. Ibragimov",
	    "an ordinary word before an initial and a clear surname");
	is_str(scan("Name: Martim A Pereira"), "NAME:Martim A Pereira",
	    "a middle initial A between two name words");
	is_str(scan("Thanks Maria A Lot"), "NAME:Maria",
	    "the article A before an ordinary word");
	is_str(scan("I GAVE SARAH A HUG TODAY"), "NAME:SARAH",
	    "in capitals A stays the article");
	is_str(scan("ms o'connell said no"), "NAME:o'connell",
	    "a lower-case o' surname after a title");
	is_str(scan("see dr d'angelo at five o'clock"), "NAME:d'angelo",
	    "d' too, not o'clock");
	is_str(scan("mrs. oyelaran caught me crying. appointment with dr. "
	            "benítez, vice principal mr oduya called"),
	    "NAME:oyelaran|NAME:benítez|NAME:oduya",
	    "N12: a word of no list after an honorific in lower case");
	is_str(scan("Today mrs. oyelaran caught me. Hi dr. wójcik"),
	    "NAME:oyelaran|NAME:wójcik",
	    "N12: also in a text with capitals");
	is_str(scan("See dr. tmrw at 3. I told the dr. about it. My dr. "
	            "appointment, dr. lol"),
	    "", "N12: no vowel, a noun after the dr., a word or slang stay");
	is_str(scan("anyway i'm lucía, my appt moved. hi. i'm aroha, from "
	            "porirua. hi im zanele from joburg. i'm thandeka, 19"),
	    "NAME:lucía|NAME:aroha|LOCATION:porirua|NAME:zanele|LOCATION:joburg|"
	    "NAME:thandeka",
	    "N12: a word of no list after i'm, where the writer gives it as "
	    "a name");
	is_str(scan("Hi Sam,\nSee you then,\nPrudence\n"), "NAME:Sam|NAME:Prudence",
	    "N12: a first name that is a word signs the message after a close");
	is_str(scan("Thanks again.\nCheers,\nKit"), "NAME:Kit",
	    "N12: on the last line, with no newline after it");
	is_str(scan("Cheers,\nKit\nand more text. My list:\nGrace\nI will see "
	            "you,\nSoon"),
	    "", "N12: not inside the text, nor after no close, nor a word");
	is_str(scan("Love you,\nHoney"), "", "R26: a word of endearment signs");
	is_str(scan("Ok bye,\nPeace"), "", "R26: a word that signs off");
	is_str(scan("Thanks,\nHope"), "NAME:Hope",
	    "R26: a name that is a word, after thanks");
	is_str(scan("hi dr. wójcik, its ola from greenpoint. hi i'm zorblat. "
	            "hey it's zanele from the group"),
	    "NAME:wójcik|NAME:ola|LOCATION:greenpoint|NAME:zorblat|"
	    "NAME:zanele",
	    "N12: after a greeting and whom it is said to");
	is_str(scan("i'm dre-ading it. i'm ded, lol. i'm hangry from work. hi "
	            "i'm hangry. i'm cansada, ugh. hi i'm sleepyyy. hey its "
	            "snowing. hi i'm wrecked. its ngl bad"),
	    "", "N12: chat's states, slang and words drawn out stay");
	is_str(scan("hi i'm chillin, 19. hi im vibin from home. hey its "
	            "lit, 20. i'm wrecked, 19"),
	    "", "R26: a state before an age or from is no name either");
	is_str(scan("hi i'm nonbinary, 17. hi i'm aroace, 19. hi im pinay, 20"),
	    "", "R26: what one says one is, with one's age");
	is_str(scan("dr o\xe2\x80\x99"
	            "connell at five o\xe2\x80\x99"
	            "clock"),
	    "NAME:o\xe2\x80\x99"
	    "connell",
	    "with a phone's apostrophe too");
	is_str(scan("Sue from work invited me out"), "NAME:Sue",
	    "a word-name from a group, opening the sentence");
	is_str(scan("Mark from the gym said hi"), "NAME:Mark", "from the gym");
	is_str(scan("Hope from the start was lost. Will from now on"), "",
	    "from something no one is from");
	is_str(scan("Hope from church is all I have left"), "",
	    "from a group, then no person's verb");
	is_str(scan("Mark and I broke up."), "NAME:Mark",
	    "a first name opening the sentence with and I");
	is_str(scan("It was in January and I can't afford it."), "",
	    "a month with and I is the month");
	is_str(scan("my daughters Sue is ill"), "NAME:Sue",
	    "a word name in title case after a plural in lower case");
	is_str(scan("my stepkids zoe and max are loud"), "NAME:zoe|NAME:max",
	    "after stepkids");
	/* a first name that is also a word, ending a clause after a
	 * relation word; in capitals as in lower case */
	is_str(scan("I miss my bro will"), "NAME:will",
	    "will at the end, after bro");
	is_str(scan("My son will said no"), "NAME:will",
	    "will before a verb of saying");
	is_str(scan("my brother mark and i argued"), "NAME:mark",
	    "mark before and");
	is_str(scan("MY SISTER FAITH"), "NAME:FAITH", "in capitals: faith");
	is_str(scan("CALL DR ZEPHYRINE QUILLFEATHER NOW"),
	    "NAME:DR ZEPHYRINE QUILLFEATHER",
	    "in capitals, names in no list after a title");
	is_str(scan("MY FRIEND ZEPHYRINE IS SAD"), "NAME:ZEPHYRINE",
	    "in capitals, a name in no list after a relation");
	is_str(scan("MY GP CAMHS REFERRAL"), "",
	    "in capitals, an acronym after a relation stays");
	is_str(scan("TALKED TO MARIA ABOUT IT"), "NAME:MARIA",
	    "a first name in a text all in capitals");
	is_str(scan("my ex jean-luc keeps showing up"), "NAME:jean-luc",
	    "a hyphenated name in lower case after a relation");
	is_str(scan("my sister self-harms"), "",
	    "a hyphenated word in lower case, one part no name, stays");
	is_str(scan("ROSALIND WON'T SPEAK TO ME AND I DON'T KNOW WHY"),
	    "NAME:ROSALIND", "and with contractions in capitals");
	is_str(scan("I TALKED TO MARIA ABOUT IT, she said"), "",
	    "not where the text has lower case (acronyms are in capitals)");
	is_str(scan("MY GP SAID I HAVE PTSD AND OCD"), "",
	    "acronyms in a text all in capitals stay");
	is_str(scan("MY SON WILL"), "NAME:WILL", "in capitals: will");
	is_str(scan("MY SISTER-IN-LAW FAITH IS HERE"), "NAME:FAITH",
	    "in capitals after an in-law word");
	is_str(scan("my aunt may raised me"), "NAME:may",
	    "a month after a relation, before a past form");
	is_str(scan("my son will is ill"), "NAME:will", "will before is");
	is_str(scan("MY SON WILL MOVED OUT"), "NAME:WILL",
	    "in capitals, before a past form");
	is_str(scan("my son will need help, my mum may be tired"), "",
	    "will before need, may before be stay");
	is_str(scan("in may my mum moved"), "", "the month before my mum");
	is_str(scan("I hope my son will call later"), "",
	    "will before its verb stays");
	is_str(scan("MY SON WILL CALL LATER"), "", "also in capitals");
	is_str(scan("My coworker will help"), "", "after coworker too");
	is_str(scan("my sister has faith in me"), "",
	    "faith after a verb stays");
	is_str(scan("MY SISTER HAS FAITH IN ME"), "", "also in capitals");
	is_str(scan("MY SISTER HOPE WE CAN"), "",
	    "a verb hope in capitals stays");
	is_str(scan("bro i will"), "", "bro, I and will stay");
	is_str(scan("My nan mary is ill"), "NAME:mary", "nan is a relation");
	is_str(scan("Then my nan ann-marie called"), "NAME:ann-marie",
	    "and before a hyphenated name in lower case");
	is_str(scan("My hubby john left, my nonna rosa stayed"),
	    "NAME:john|NAME:rosa", "hubby, nonna");
	/* family words of other languages, written in English chat */
	is_str(scan("My nani hope and my halmoni grace came over"),
	    "NAME:hope|NAME:grace", "nani, halmoni are relations");
	is_str(scan("my yiayia joy and my bubbe june visited"),
	    "NAME:joy|NAME:june", "yiayia, bubbe too");
	is_str(scan("My lola faith is sick, my tía grace too"),
	    "NAME:faith|NAME:grace", "lola, tía too");
	is_str(scan("My tito called me, then my lola and I went to church"),
	    "", "the relation alone is no name");
	is_str(scan("Tito called me, i met tito at work"),
	    "NAME:Tito|NAME:tito", "a first name too stays one on its own");
	is_str(scan("My teta grace called, my tio beto too"),
	    "NAME:grace|NAME:beto", "teta, tio: surnames too");
	is_str(scan("What's your last name? Baba. I went to see baba"),
	    "NAME:Baba|NAME:baba", "a surname too stays one on its own");
	is_str(scan("my nani kamla keeps calling"), "NAME:kamla",
	    "a name of no list after a family word of another language");
	is_str(scan("My abuela rosalba is sick"), "NAME:rosalba",
	    "abuela, before is");
	is_str(scan("my nani keeps calling, my nani always cooks"), "",
	    "nani before a verb, an adverb");
	is_str(scan("my nani jaan keeps calling"), "",
	    "an endearment after nani");
	is_str(scan("my nani ji says hi. my dadi ji is sick. my mom ji\npapa "
	            "ji\nmausi ji\nmy grandpa ji said no"),
	    "", "ji after a family word: a mark of respect");
	is_str(scan("my friend Ji-woo called. my sister ji won. Ji Hoon "
	            "texted"),
	    "NAME:Ji-woo|NAME:ji|NAME:Ji Hoon",
	    "ji as a given name, or its first part");
	is_str(scan("my mom zorbek keeps calling"), "",
	    "a word of no list after an English relation stays");
	is_str(scan("I ate candy and honey"), "", "ate is no relation");
	is_str(scan("The result was nan"), "", "nan alone stays");
	is_str(scan("My uncle bill drinks too much"), "NAME:bill",
	    "a name that is also a word before a verb in -s, after a relation");
	is_str(scan("my dad mark lives near"), "NAME:mark",
	    "also in a text all in lower case");
	is_str(scan("My son will always call, my mum may sometimes"), "",
	    "words in -s that are no verb");
	is_str(scan("My parents hope things work out"), "",
	    "not after a relation in the plural");
	is_str(scan("Since Covid I started Rexulti, then Auvelity and Ozempic"),
	    "", "medicines newer than the word list, and Covid");
	is_str(
	    scan(
	        "appointment with Kathleen O'Sullivan-Reyes and D'Angelo-Marsh"),
	    "NAME:Kathleen O'Sullivan-Reyes|NAME:D'Angelo-Marsh",
	    "a capital after an apostrophe and a hyphen opens a part");
	is_str(scan("my HFrEF and CHA2DS2-VASc"), "",
	    "mixed capitals inside a part stay");
	is_str(scan("I joined the Navy in 2019. The Bureau called me. I read "
	            "the Bible."),
	    "", "the and a name ending its phrase: no one");
	is_str(scan("i've been rewatching The Office again; I called The "
	            "Clinic"),
	    "", "an article and a facility's word alone: no one place");
	is_str(scan("admitted to The Mercy Hospital, then Mercy Clinic"),
	    "LOCATION:The Mercy Hospital|LOCATION:Mercy Clinic",
	    "a facility with its own name still goes");
	is_str(scan("Unlike the Johnson novel, I told the Patel kids; we "
	            "visited the Garcias"),
	    "NAME:Johnson|NAME:Patel|NAME:Garcias",
	    "the and a name before a noun, or a family's: a name");
	is_str(scan("I called the Police, then a Judge; the Doctor said no"),
	    "", "after an article a word that is also a word is no name");
	is_str(scan("We went hiking in the Lake District"), "",
	    "nor in a place's name");
	is_str(scan("I saw the Okafors and the Church's roof leaks"),
	    "NAME:Okafors|NAME:Church",
	    "a name that is no word, and one with a possessive, still are");
	is_str(scan("Ahmed al-Rashid is my doctor, I saw Omar el-Amin"),
	    "NAME:Ahmed al-Rashid|NAME:Omar el-Amin",
	    "an Arabic article in lower case inside a surname");
	is_str(scan("Joy is my sponsor and Faith was my best friend"),
	    "NAME:Joy|NAME:Faith", "a relation said of a name that is a word");
	is_str(scan("Hope is my anchor. May is my favourite month"), "",
	    "but not of what is no relation");
	/* holidays named after people and places */
	is_str(scan("We broke up on Valentine's Day, me and jamal"), "NAME:jamal",
	    "Valentine's Day");
	is_str(scan("On St. Patrick's Day I relapsed, and on Columbus Day"), "",
	    "a saint's day, Columbus Day");
	is_str(scan("on Martin Luther King Jr. Day and New Years Eve I cried"),
	    "", "King's day, New Year's Eve");
	is_str(scan("On Christmas Eve I cried"), "", "Christmas Eve");
	is_str(scan("On Thanksgiving Eve I cried, and on Halloween Eve"), "",
	    "any feast's Eve");
	is_str(scan("My friend Valentine said for 3 years Eve has hit me"),
	    "NAME:Valentine|NAME:Eve", "the names alone stay names");
	/* dotted initials written together */
	is_str(scan("Ask T.J. Okafor today"), "NAME:T.J. Okafor",
	    "initials written together before a surname, all of them");
	is_str(scan("I saw Dr. A.J. there"), "NAME:Dr. A.J.", "after a title");
	is_str(scan("J.R. at work keeps yelling at me"), "NAME:J.R.",
	    "two letters with their stops, alone");
	is_str(scan("my friend J.R.R. said hi"), "NAME:J.R.R.",
	    "three after a relation");
	is_str(scan("I was in the E.R. all night, my P.O. called"), "",
	    "places and roles stay");
	is_str(scan("I have O.C.D. and P.T.S.D. since the U.S. trip"), "",
	    "diagnoses and countries stay");
	is_str(scan("The C.I.A. is watching me"), "",
	    "three letters alone stay");
	/* a relation is no town before a state */
	is_str(scan("MY SISTER-IN-LAW, GEORGIA, CALLED"), "NAME:GEORGIA",
	    "a state set off after an in-law word is a name, no town");
	is_str(scan("My Sister-In-Law, Georgia"), "NAME:Georgia",
	    "also capitalised, at the end");
	is_str(scan("my sister, Georgia, called"), "NAME:Georgia",
	    "and after a relation word alone");
	is_str(scan("MY DAUGHTERS GEORGIA AND VIRGINIA"),
	    "NAME:GEORGIA|NAME:VIRGINIA", "a plural relation is no town");
	is_str(scan("I live with my sister, Georgia is too hot"), "",
	    "a state set off before its verb is the place");
	is_str(scan("I grew up in Springfield, Georgia"),
	    "LOCATION:Springfield, Georgia", "a town before a state stays one");
	/* countries that are also first names: the place, but beside a
	 * relation word or a verb of saying the name */
	is_str(scan("I am from India and in my culture we don't talk"), "",
	    "a country that is a first name: the place after from");
	is_str(scan("we moved from China; the news from Israel; in kenya"),
	    "", "China, Israel, Kenya: the place");
	is_str(scan("my friend India is mad, Kenya said no"),
	    "NAME:India|NAME:Kenya", "a country: a name beside a relation "
	                             "word or a verb of saying");
	/* in-laws */
	is_str(scan("my mother in law Faith is staying"), "NAME:Faith",
	    "name after mother in law");
	is_str(scan("my sister-in-law Faith is staying"), "NAME:Faith",
	    "name after sister-in-law");
	is_str(scan("the law Faith"), "", "law alone is no relation");
	/* in lower case too, in text with capitals */
	is_str(scan("My sister-in-law faith called"), "NAME:faith",
	    "a lower-case name after sister-in-law");
	is_str(scan("My mother in law joy is visiting"), "NAME:joy",
	    "and after mother in law");
	is_str(scan("My sister-in-law said no"), "",
	    "a verb after sister-in-law is no name");
	/* places */
	is_str(scan("I'm moving to Halden Bay next month"),
	    "LOCATION:Halden Bay", "a place ending in Bay");
	is_str(scan("seen at Cedar Creek Clinic today"),
	    "LOCATION:Cedar Creek Clinic", "a clinic named after a creek");
	is_str(scan("travel to the Ohio River Valley"), "",
	    "a region across states");
	is_str(scan("We live together in San Lorenzo del Valle."),
	    "LOCATION:San Lorenzo del Valle", "a town with del inside");
	is_str(scan("I moved from Germany last year"), "",
	    "a country is no identifier");
	is_str(scan("serving Southern Poland"), "", "nor a region of one");
	/* a country or state that is a name too, beside a name */
	is_str(scan("my daughter Egypt is struggling"), "NAME:Egypt",
	    "a country after a relation word is a name");
	is_str(scan("I saw Dr. France yesterday"), "NAME:Dr. France",
	    "a country after a title is a name");
	is_str(scan("Mary Ireland is my case worker"), "NAME:Mary|NAME:Ireland",
	    "a country after a first name is one");
	is_str(scan("my daughter Georgia is struggling"), "NAME:Georgia",
	    "so is a state");
	is_str(scan("Georgia Okafor called me"), "NAME:Georgia Okafor",
	    "a state before a surname is a name");
	is_str(scan("I moved to Ireland"), "", "but the country alone is kept");
	is_str(scan("Georgia said she hates me"), "NAME:Georgia",
	    "a state before a verb of saying is a name");
	is_str(scan("Hi Georgia, how are you"), "NAME:Georgia",
	    "and after a greeting");
	is_str(scan("my daughter georgia said hi"), "NAME:georgia",
	    "a state in lower case after a relation word is a name");
	is_str(scan("My friend virginia is coming"), "NAME:virginia",
	    "in text with capitals too");
	is_str(scan("We drove through georgia with my sister"), "",
	    "the state in lower case alone is kept");
	is_str(scan("My daughter GEORGIA called"), "NAME:GEORGIA",
	    "and in capitals after a relation word");
	is_str(scan("I LIVE IN GEORGIA"), "", "but not in capitals alone");
	is_str(scan("MY FRIEND VIRGINIA BEACH HOUSE IS NICE"), "",
	    "nor before a place word, in capitals");
	is_str(scan("MY SISTER VIRGINIA IS SICK"), "NAME:VIRGINIA",
	    "the state alone, not the words around it");
	is_str(scan("My sister-in-law Georgia hates me"), "NAME:Georgia",
	    "a state after an in-law word");
	is_str(scan("My step-daughter georgia called"), "NAME:georgia",
	    "after a relation joined by a hyphen");
	is_str(scan("My daughter named georgia"), "NAME:georgia",
	    "after named");
	is_str(scan("my mom virginia beach house"), "",
	    "a state before a place word is the place");
	is_str(scan("my uncle texas ranch"), "",
	    "a state that is rarely a name is the place");
	is_str(scan("a step-by-step guide to Georgia"), "",
	    "no relation in step-by-step");
	is_str(scan("it arrived at NUNGATTA Australia last night"),
	    "LOCATION:NUNGATTA", "a town before its country");
	is_str(scan("Carry Me Back To Canada"), "",
	    "not everyday words before a country");
	/* countries and states of two or three words are kept whole */
	is_str(scan("I moved to New Zealand last year"), "",
	    "a country of two words is no town and no name");
	is_str(scan("I grew up in South Africa and Sri Lanka"), "",
	    "nor are South Africa and Sri Lanka names");
	is_str(scan("moved from the United Kingdom to Costa Rica"), "",
	    "United Kingdom, Costa Rica");
	is_str(scan("in New South Wales and Papua New Guinea"), "",
	    "three words");
	is_str(scan("WE MOVED TO NORTH CAROLINA"), "", "in capitals");
	is_str(scan("I keep dying in Hollow Knight and I'm raging"),
	    "LOCATION:Hollow Knight", "a place and a contraction after and");
	is_str(scan("her office was in Zürich-Oerlikon, not on Wi-Fi"),
	    "LOCATION:Zürich-Oerlikon",
	    "a hyphenated place with a part in no list and a part a word");
	is_str(scan("I moved to Wellington, New Zealand last year"),
	    "LOCATION:Wellington, New Zealand",
	    "a town before one is a town, as before Norway");
	is_str(scan("we live in Santa Fe, New Mexico"),
	    "LOCATION:Santa Fe, New Mexico", "and before a state");
	is_str(scan("I live in Albany, New York"), "LOCATION:Albany, New York",
	    "New York is the city as often: unchanged");
	is_str(scan("Sarah North called"), "NAME:Sarah North",
	    "a first word alone is no land");
	/* works, the famous and landmarks, named whole */
	is_str(scan("Can you explain the plot of Romeo and Juliet?"), "",
	    "a play is no two people");
	is_str(scan("how does romeo and juliet end, is hamlet sadder"), "",
	    "in lower case too");
	is_str(scan("we went to south africa, the united kingdom and new "
	            "jersey"),
	    "", "and in a text in lower case, whose ordinary words the walk "
	        "passes");
	is_str(scan("my essay on sylvia plath's poetry, then Elden Ring"), "",
	    "a poet and a game");
	is_str(scan("drank 6 beers and a Dr Pepper. Trader Joe's was "
	            "packed, trader joes too. A pint of Ben & Jerry's. jack "
	            "daniel's was my friend. I watch Grey's Anatomy"),
	    "", "brands and a show whose words are names, whole");
	is_str(scan("i read Man's Search for Meaning, i listen to Lofi Girl, "
	            "my therapist compared me to Eeyore"),
	    "", "a book, a channel and a character");
	is_str(scan("Dr. Pepper saw me. Trader Joe called. Jack Daniel is "
	            "my uncle. Ben and Jerry's house. Ben & Jerry came"),
	    "NAME:Dr. Pepper|NAME:Joe|NAME:Jack Daniel|NAME:Ben|NAME:Jerry|"
	    "NAME:Ben|NAME:Jerry",
	    "a title's stop, no 's, and no '&' make no brand: names");
	is_str(scan("Joe said hi. Jerry said no. Daniel's mom drove us. my "
	            "son Jack is sick. Wendy told me"),
	    "NAME:Joe|NAME:Jerry|NAME:Daniel|NAME:Jack|NAME:Wendy",
	    "a brand's words alone are still names");
	is_str(scan("Dr Pepper said my labs are fine. dr pepper told me to "
	            "rest. Dr Pepper tastes weird"),
	    "NAME:Dr Pepper|NAME:pepper",
	    "R12: Dr Pepper before a word of saying is a doctor");
	is_str(scan("clay pigeon shooting, then Call of Duty and a battle "
	            "royale; cause of death: allen key"),
	    "", "pastimes and a tool whose first word is a name");
	is_str(scan("Eid Mubarak! Ramadan Kareem to all. Given up sugar "
	            "for Lent."),
	    "", "a feast and its greetings");
	/* bodies of health and crisis services, and what mh-screen names */
	is_str(scan("the National Institute of Mental Health says it helps; "
	            "I texted the Trevor Project and read the World Health "
	            "Organization page"),
	    "", "national and world health bodies, whole");
	is_str(scan("the Substance Abuse and Mental Health Services "
	            "Administration runs it; the Anxiety and Depression "
	            "Association of America too"),
	    "", "bodies of seven and six words");
	is_str(scan("I called Die Dargebotene Hand, then Teléfono de la "
	            "Esperanza and Lifeline Aotearoa"),
	    "", "crisis services of resources.tsv, with letters past ASCII");
	is_str(scan("Trevor called and Esperanza came"),
	    "NAME:Trevor|NAME:Esperanza", "a service's words alone are names");
	/* services that are a kind, no place; and sources cited */
	is_str(scan("My GP referred me to 'Mental Health Services' and the "
	            "Community Mental Health Center; a Mental-health crisis "
	            "line"),
	    "", "a service named by its kind is no place");
	is_str(scan("Riverside Mental Health Services called me"),
	    "LOCATION:Riverside Mental Health Services",
	    "with a word more it is one");
	is_str(scan("it's Mental Health Awareness Month, and World Mental "
	            "Health Day is today"),
	    "", "a month or day kept for a cause is no place");
	is_str(scan("it's Children's Mental Health Awareness Week"), "",
	    "a week kept for children is no place");
	is_str(scan("I was treated at Children's Clinic of Riverton, then "
	            "Children's Hospital of Riverton, then Children's Clinic"),
	    "LOCATION:Children's Clinic of Riverton|LOCATION:Children's "
	    "Hospital of Riverton|LOCATION:Children's Clinic",
	    "but a children's clinic or hospital is one");
	is_str(scan("I went to Riverside Mental Health on Mental Health Day"),
	    "LOCATION:Riverside Mental Health",
	    "a place's name before it is one");
	is_str(scan("according to the Mayo Clinic, sleep matters; the "
	            "Cleveland Clinic says CBT helps; recommendations from the "
	            "Mayo Clinic"),
	    "", "a clinic cited as a source");
	is_str(scan("I was treated at the Mayo Clinic"),
	    "LOCATION:Mayo Clinic", "where someone is treated is removed");
	is_str(scan("my friend from the Cleveland Clinic"),
	    "LOCATION:Cleveland Clinic", "from, with no word that cites");
	is_str(scan("according to Riverside Clinic I am fine"),
	    "LOCATION:Riverside Clinic", "a facility ends before \"I\"");
	is_str(scan("my friend Clay called, I texted Kareem"),
	    "NAME:Clay|NAME:Kareem", "their words alone are still names");
	is_str(scan("Juliet texted me"), "NAME:Juliet",
	    "a first name of one is still a name");
	is_str(scan("Visited Germany last year"), "",
	    "not a verb that opens the sentence");
	is_str(scan("we went back to Jordan"), "NAME:Jordan",
	    "a country that is a first name as often stays redacted");
	/* the title of a thing is no one */
	is_str(scan("my therapist gave me a worksheet called Love Maps"), "",
	    "a worksheet's title kept");
	is_str(scan("the exercise is called Wise Mind"), "",
	    "an exercise's title kept");
	is_str(scan("a song called Anna.Lund@example.com"),
	    "EMAIL:Anna.Lund@example.com", "a title never takes an e-mail");
	is_str(scan("a boy in my class named Jake is bullying me"), "NAME:Jake",
	    "someone in a class is someone");
	is_str(scan("a song called Maria Lopez 555-0142"),
	    "NAME:Maria Lopez|PHONE:555-0142", "a name ends a title");
	is_str(scan("a song called Happy Birthday Jane Doe March 3rd"),
	    "NAME:Jane Doe|DATE:March 3rd", "and so does a date");
	is_str(scan("I do a video called Yoga With Adriene"), "NAME:Adriene",
	    "and a word in no list");
	is_str(scan("I have a friend called Anna"), "NAME:Anna",
	    "but a friend called Anna is someone");
	is_str(scan("my cat is named Biscuit"), "NAME:Biscuit",
	    "and a pet's name still goes");
	/* apps and platforms are no one */
	is_str(scan("I tried Woebot and Wysa, and BetterHelp was expensive"),
	    "", "apps kept");
	is_str(scan("I track my mood in Daylio"), "", "an app is no place");
	is_str(scan("I met him on Tinder"), "NAME:Tinder",
	    "but not an app that is a surname");
	is_int(mh_names_lookup(nm, "HOPE", 4) & MH_NAMES_AMBIG, MH_NAMES_AMBIG,
	    "lookup folds case");
	is_int(mh_names_lookup(nm, "zzqxv", 5), 0, "unknown word");
	is_int(mh_names_lookup_cue(nm, "ZZQXV", 5), 0, "unknown cue word");
	ok(mh_names_add(nm, "Zzqxv", 5, MH_NAMES_USER) == 0 &&
	        (mh_names_lookup(nm, "zzqxv", 5) & MH_NAMES_USER),
	    "user words are added");
	/* lookups are cached by their bytes: adding a word must show in
	 * the next answer, on both tables and in every case */
	ok(mh_names_lookup_cue(nm, "ZZQXV", 5) & MH_NAMES_USER,
	    "an added word reaches the cue lookup too");
	/* the cache builds keys of 4 to 8 bytes from two loads */
	static const char *const w[] = {"a", "it", "ann", "anna", "maria",
	    "jordan", "michael", "jennifer", "christopher"};
	for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
		char up[16];
		size_t n = strlen(w[k]);
		for (size_t j = 0; j < n; j++)
			up[j] = (char)(w[k][j] - 32);
		ok(mh_names_lookup(nm, w[k], n) == mh_names_lookup(nm, up, n) &&
		        mh_names_lookup(nm, w[k], n) ==
		            mh_names_lookup(nm, w[k], n),
		    w[k]);
	}
	ok(mh_names_lookup(nm, "qzxwvkjq", 8) == 0 &&
	        mh_names_add(nm, "qzxwvkjq", 8, MH_NAMES_USER) == 0 &&
	        (mh_names_lookup(nm, "QZXWVKJQ", 8) & MH_NAMES_USER) &&
	        !(mh_names_lookup(nm, "qzxwvkj", 7) & MH_NAMES_USER) &&
	        !(mh_names_lookup(nm, "qzxwvkjr", 8) & MH_NAMES_USER) &&
	        !(mh_names_lookup(nm, "rzxwvkjq", 8) & MH_NAMES_USER),
	    "every byte of an 8-byte word counts");
	/* Lower-case words in text with capitals: the walk passes over
	 * most of them (plain_lower()); these must still be read. */
	is_str(scan("Then zzqxv came home"), "NAME:zzqxv",
	    "a user's name in lower case, no cue before it");
	/* the scanner keeps what the tables said of the words it saw:
	 * a word added after it was seen must still count */
	is_str(scan("Then qqzxv came home"), "", "an unknown word is no name");
	ok(mh_names_add(nm, "Qqzxv", 5, MH_NAMES_USER) == 0, "word added");
	is_str(scan("Then qqzxv came home"), "NAME:qqzxv",
	    "the scanner sees a word added later");
	/* and in a text in lower case, whose words take their full flags
	 * from their images once one such text has given them
	 * (look_words()): a stale copy would keep the word's flags as
	 * they were before it was added, there and with capitals */
	is_str(scan("then zqqxw came home, zqqxw said"), "",
	    "an unknown word in lower case is no name");
	ok(mh_names_add(nm, "Zqqxw", 5, MH_NAMES_USER) == 0, "word added");
	is_str(scan("then zqqxw came home, zqqxw said"),
	    "NAME:zqqxw|NAME:zqqxw",
	    "a text in lower case sees a word added later");
	is_str(scan("Then zqqxw came home, zqqxw said"),
	    "NAME:zqqxw|NAME:zqqxw",
	    "and so does a text with capitals after it");
	is_str(scan("My wife maya said so"), "NAME:maya",
	    "a lower-case name after a relation");
	is_str(scan("Her son is named \xc3\xa9mile now"), "NAME:\xc3\xa9mile",
	    "a lower-case UTF-8 name after a naming word");
	is_str(scan("Seen on may 5, 2023 there"), "DATE:may 5, 2023",
	    "a lower-case month starts a date");
	is_str(scan("Her account 12345678 was closed"), "ACCOUNT:12345678",
	    "a lower-case cue word types the number after it");
	is_str(scan("We met on avenue Foch 12 then"), "ADDRESS:avenue Foch 12",
	    "a lower-case street word written first");
	is_str(scan("She lives at rua Augusta 55"), "ADDRESS:rua Augusta 55",
	    "a lead street word with no flags of its own, in text with "
	    "capitals");
	is_str(scan("Send it to piazza Navona 12 please"),
	    "ADDRESS:piazza Navona 12", "piazza written first");
	is_str(scan("She sent it via email"), "",
	    "via before an ordinary word stays");
	is_str(scan("The maya said 1234 zzqxv2 things"), "",
	    "no context: a name in lower case stays, digits make no word");
}

/* Street addresses and postcodes in several countries' formats, each with
 * a near miss that must stay.  Invented streets and places only. */
static void
test_addresses(void)
{
	is_str(scan("Send it to Old Mill Lane 12-3 today, or Rua Augusta 45-A"),
	    "ADDRESS:Old Mill Lane 12-3|ADDRESS:Rua Augusta 45-A",
	    "street number: a '-' and a short number or letter after it");
	is_str(scan("I live at Old Quarry Mill Lane 7-11 today"),
	    "ADDRESS:Old Quarry Mill Lane 7-11",
	    "street number: counted when a '-' follows it");
	is_str(scan("we met at Old Santa Avenida Lane 2023-01-05 today"),
	    "LOCATION:Old Santa Avenida Lane|DATE:2023-01-05",
	    "street number: not a year with its month and day");
	/* a facility written in lower case after a place word */
	is_str(scan("I was admitted to mercy hospital last week"),
	    "LOCATION:mercy hospital", "facility: mercy hospital");
	is_str(scan("I was at st. jude's in the ER"), "LOCATION:st. jude's",
	    "facility: st. jude's");
	is_str(scan("she is at saint anne's hospital now"),
	    "LOCATION:saint anne's hospital", "facility: saint anne's hospital");
	is_str(scan("seen at lakeview medical center, then at bayside mental "
	            "health center"),
	    "LOCATION:lakeview medical center|LOCATION:bayside mental health "
	    "center",
	    "facility: a center of a kind in lower case");
	is_str(scan("at the medical center, at the downtown center"), "",
	    "facility: not a center of no name or no kind");
	is_str(scan("we went to lakeview clinic, then to the jude clinic"),
	    "LOCATION:lakeview clinic|LOCATION:jude clinic",
	    "facility: a word in no list, or after the a name");
	is_str(scan("they took me to the psych hospital, then the methadone "
	            "clinic, then the adhd clinic"),
	    "", "facility: not an ordinary word, a medicine or an abbreviation");
	is_str(scan("I prayed to saint jude; I work at the hospital"), "",
	    "facility: not a saint alone nor the hospital");
	is_str(scan("mercy hospital was kind"), "",
	    "facility: only after a place word");
	is_str(scan("I was at st jude's, then at mercy general hospital"),
	    "LOCATION:st jude's|LOCATION:mercy general hospital",
	    "facility: st without a stop, a kind between");
	is_str(scan("i was at st marys for a week"), "LOCATION:st marys",
	    "facility: st and a first name with an s");
	is_str(scan("at the shitty hospital"), "",
	    "facility: after the, only a name");
	ok(strstr(scan("We were at the st patrick's day parade"),
	       "LOCATION") == NULL,
	    "facility: not a saint's day");
	is_str(scan("at 12 Kossuth tér 3."), "ADDRESS:12 Kossuth tér 3.",
	    "non-ASCII street word (tér) matches");
	is_str(scan("in the tér 3 times"), "", "a street word alone stays");
	is_str(scan("I moved from 221 W 42nd St to here"),
	    "ADDRESS:221 W 42nd St", "a numbered street");
	is_str(scan("Then i moved from 221 w 42nd st"), "ADDRESS:221 w 42nd st",
	    "a numbered street in lower case");
	is_str(scan("Now I live at 1842 juniper hollow rd, apt 6"),
	    "ADDRESS:1842 juniper hollow rd, apt 6",
	    "a street in lower case after a place cue, with its unit");
	is_str(scan("my address is 12 oak street"), "ADDRESS:12 oak street",
	    "after is, in a text all in lower case");
	is_str(scan("I drove 3 miles down the road, it is 5 minutes walk "
	            "from the main road"),
	    "", "measures and function words make no street");
	is_str(scan("I went to 12 step meetings on main street"), "",
	    "nor words that run into a function word");
	is_str(scan("Send it to 15 Elm Street\nMaple Ridge, BC V2X 1A1"),
	    "ADDRESS:15 Elm Street\nMaple Ridge, BC V2X 1A1",
	    "town, region code and postcode on the next line");
	is_str(scan("at 7 Rua Alta 12\nSanta Cruz do Norte\nBrazil 90210"),
	    "ADDRESS:7 Rua Alta 12\nSanta Cruz do Norte\nBrazil 90210",
	    "town with a small word inside, country and postcode");
	is_str(scan("at 9 Birkenweg 3 Apt. 2 Oberdorf Switzerland."),
	    "ADDRESS:9 Birkenweg 3 Apt. 2 Oberdorf Switzerland",
	    "town and country on the line after a unit");
	is_str(scan("> 12 Elm Street\n> Apt. 4\n> Springfield"),
	    "ADDRESS:12 Elm Street\n> Apt. 4\n> Springfield",
	    "quoted address lines");
	is_str(scan("at 8 Fjardargata 2\n Hafnarvik\n 220"),
	    "ADDRESS:8 Fjardargata 2\n Hafnarvik\n 220",
	    "three-digit postcode alone on the last line");
	is_str(scan("lives at 5 Oak Road, Apt 3\nMilltown, ab\n Ireland"),
	    "ADDRESS:5 Oak Road, Apt 3\nMilltown, ab\n Ireland",
	    "lower-case region code");
	is_str(scan("at 12 Elm Street Apt 4 but I left"),
	    "ADDRESS:12 Elm Street Apt 4", "lower-case words end the address");
	is_str(scan("at 12 Elm Street Apt 4 Monday I left"),
	    "ADDRESS:12 Elm Street Apt 4", "a weekday is no town");
	is_str(scan("we met at 4 Main Street Apt 2.\n 220 mg daily"),
	    "ADDRESS:4 Main Street Apt 2", "a dose on the next line stays");
	is_str(scan("at 4 Hauptstrasse 9. Apt. 2 Oberdorf"),
	    "ADDRESS:4 Hauptstrasse 9. Apt. 2 Oberdorf",
	    "unit after a full stop");
	is_str(scan("Ship it to USS Ardent\nFPO AE 09012"),
	    "ADDRESS:USS Ardent\nFPO AE 09012", "military ship address");
	is_str(scan("Ship it to USS Ardent\nFPO AE 0901"),
	    "LOCATION:USS Ardent", "a military post needs five digits");
	/* the street walk looks for its number up to six words on */
	is_str(scan("She lives at Rua Dr. Antonio C. Ribeiro Lima 55, Porto."),
	    "ADDRESS:Rua Dr. Antonio C. Ribeiro Lima 55, Porto",
	    "a number six words on, past full stops");
	is_str(scan("She lives at Rua. Dr. Ant. Col. Rib. Lim. 55, Porto."),
	    "ADDRESS:Rua. Dr. Ant. Col. Rib. Lim. 55, Porto",
	    "a number as far on as the street walk reaches (18 tokens)");
	is_str(scan("psc 1234, box 5678\napo aa 34001"),
	    "ADDRESS:psc 1234, box 5678\napo aa 34001",
	    "military unit address in lower-case text");
	is_str(scan("i am in unit 4 now"), "", "a lower-case unit alone stays");
	is_str(scan("the uss enterprise was on tv"), "",
	    "a ship without a military post line stays");
	is_str(scan("at 8 Kossuth Lajos utca 12"),
	    "ADDRESS:8 Kossuth Lajos utca 12",
	    "building number before a street written number last");
	is_str(scan("at 7 avenue des Lilas"), "ADDRESS:7 avenue des Lilas",
	    "lower-case street word written first");
	is_str(scan("at 31 rue tachkent"), "ADDRESS:31 rue tachkent",
	    "lower-case name after rue");
	is_str(scan("they gave me 20 via IV push"), "",
	    "a dose via a route stays");
	is_str(scan("we got 2 route options"), "",
	    "ordinary words after a street word stay");
	is_str(scan("see C/ Mayor Alta 5 now"), "ADDRESS:C/ Mayor Alta 5",
	    "Spanish C/ for calle");
	is_str(scan("and ul. Lipowa 7"), "ADDRESS:ul. Lipowa 7",
	    "Polish ul. in lower case");
	is_str(scan("at Tamme tee 14"), "ADDRESS:Tamme tee 14",
	    "street type after the name (Estonian tee)");
	is_str(scan("In Stage 4 now"), "", "ordinary word and number stay");
	/* the shape match_num_street() needs, read before its rules */
	is_str(
	    scan("she lives on Avenida Doutor Joao Paulo Alves Pinto 145 now"),
	    "ADDRESS:Avenida Doutor Joao Paulo Alves Pinto 145",
	    "a lead word allows six words before the number");
	is_str(scan("write to Villacher Strasse. 89 today"),
	    "ADDRESS:Villacher Strasse. 89", "a full stop after a word");
	is_str(scan("write to Villacher Strasse, 89 today"),
	    "LOCATION:Villacher", "a comma ends the street before its number");
	is_str(scan("She lives on Rua do Arenque 12 now"),
	    "ADDRESS:Rua do Arenque 12", "a particle inside the name");
	is_str(scan("She lives on Rua augusta vila 55 now"),
	    "ADDRESS:Rua augusta vila 55",
	    "lower-case words after a street word written first");
	is_str(scan("She lives on Kossuth lajos utca 12 now"),
	    "ADDRESS:Kossuth lajos utca 12",
	    "a lower-case word before a street particle");
	is_str(scan("at Pod Florian\xc3\xa9m 1677 now"),
	    "ADDRESS:Pod Florian\xc3\xa9m 1677", "UTF-8 letters in the name");
	is_str(scan("at 12 P.O. Box 77"), "ADDRESS:12 P.O. Box 77",
	    "number before a PO box");
	is_str(scan("take 12 PO boxes"), "", "boxes are no PO box");
	is_str(scan("call 655 437 108 today"), "PHONE:655 437 108",
	    "three digit groups are a phone, not a postcode");
	is_str(scan("at 3 Pine Hill Road"), "ADDRESS:3 Pine Hill Road",
	    "two street words");
	is_str(scan("a flat in Tromsdal 9020 now"), "LOCATION:Tromsdal 9020",
	    "town and postcode after a place word");
	is_str(scan("seen at Mercy Hospital in Boston 02115 today"),
	    "LOCATION:Mercy Hospital in Boston 02115",
	    "postcode after a place");
	is_str(scan("I lived in Boston 2019 to 2021"), "LOCATION:Boston",
	    "a year after a place stays");
	is_str(scan("she is in Room 1204 now"), "", "a room number stays");
	/* a street named without its number, after "on" and a word of
	 * living there, in any case */
	is_str(scan("i live on elm street"), "ADDRESS:elm street",
	    "street: lower case after live on");
	is_str(scan("We live on maple ave. It is quiet"), "ADDRESS:maple ave",
	    "street: an abbreviated street word");
	is_str(scan("my apartment on 3rd street, my apartment on 3rd St"),
	    "ADDRESS:3rd street|ADDRESS:3rd St", "street: an ordinal's street");
	is_str(scan("I'm on 5th ave now"), "ADDRESS:5th ave",
	    "street: after I'm on");
	is_str(scan("we grew up on oak lane"), "ADDRESS:oak lane",
	    "street: after grew up on");
	is_str(scan("Life on easy street. He slept on the street, shops on "
	            "the main street, my files are on google drive"),
	    "", "street: an idiom, a function word, a drive");
	is_str(scan("he works on wall street"), "",
	    "street: no word of living before on");
	/* post office boxes in any case, and flats in lower case */
	is_str(scan("p.o.box 77"), "ADDRESS:p.o.box 77",
	    "box: p.o. joined to box");
	is_str(scan("send it to p.o. box 1234 or po box 56"),
	    "ADDRESS:p.o. box 1234|ADDRESS:po box 56", "box: in lower case");
	is_str(scan("my PO box is 77"), "ADDRESS:PO box is 77",
	    "box: the number after is");
	is_str(scan("I ticked box 7. Box 77"), "", "box: a box alone stays");
	is_str(scan("Box 77\nmail it to Box 78, or at Box 79."),
	    "ADDRESS:Box 77|ADDRESS:Box 78|ADDRESS:Box 79",
	    "box: first on its line, after to or at");
	is_str(scan("box 77 of the archive, in box 3\nBox 3 was ticked, "
	            "put it in the Box 7 slot"),
	    "", "box: of something, in a box, before a verb or noun");
	is_str(scan("apt. 4C, I'm in apt 5B"), "ADDRESS:apt. 4C|ADDRESS:apt 5B",
	    "unit: apt in lower case");
	/* a house number first on its line, or after "address is" */
	is_str(scan("42 elm st\nmoving next week\n12 oak rd"),
	    "ADDRESS:42 elm st|ADDRESS:12 oak rd",
	    "street: in lower case first on its line");
	is_str(scan("2 google drive links\n3 good dr visits"), "",
	    "street: not a drive or a doctor first on a line");
	is_str(scan("my address is 42 elm. address: 7 birch"),
	    "ADDRESS:42 elm|ADDRESS:7 birch",
	    "street: after address is, no street word");
	is_str(scan("my email address is 42 chars long"), "",
	    "street: not an e-mail address");
	is_str(scan("Address:     17693 Király u. 15. Lyss"),
	    "ADDRESS:17693 Király u. 15|NAME:Lyss",
	    "street: the number after the street's name, after the cue");
	/* the room, bed, lot or unit someone stays in */
	is_str(scan("I'm in room 214 of the psych ward"), "ADDRESS:room 214",
	    "stay: a room on a ward");
	is_str(scan("bed 4 on ward 7"), "ADDRESS:bed 4 on ward 7",
	    "stay: a bed and its ward");
	is_str(scan("they put me in room 12 at the clinic"), "",
	    "stay: a clinic's room is a visit's");
	is_str(scan("I'm in room 12 at the clinic. I live at 12 Elm Street, "
	            "room 4. 123 Main St Room 5"),
	    "ADDRESS:room 12|ADDRESS:12 Elm Street, room 4|ADDRESS:123 Main St "
	    "Room 5",
	    "stay: but the speaker's in it, and a street's room");
	is_str(scan("lot 14 at the trailer park. I live in a trailer at lot 9"),
	    "ADDRESS:lot 14|ADDRESS:lot 9", "stay: a trailer's lot");
	is_str(scan("i'm in unit 12 at the complex"), "ADDRESS:unit 12",
	    "stay: a unit at a complex");
	is_str(scan("the meeting is in room 214. we covered unit 12 in class. "
	            "I stayed in bed 2 days"),
	    "", "stay: a meeting's room, a course's unit, days in bed");
	is_str(scan("we were in cabin 12. I was in bunk 3"),
	    "ADDRESS:cabin 12|ADDRESS:bunk 3", "stay: a cabin or bunk slept in");
	is_str(scan("the cabin 12 miles away, we were in cabin 12 hours"), "",
	    "stay: a cabin before a measure");
	is_str(scan("I watched Sesame Street. I work on Wall Street"), "",
	    "street: a show and a market, capitalised too");
	is_str(scan("she lives on Wall Street, he lives at 12 Wall Street"),
	    "ADDRESS:Wall Street|ADDRESS:12 Wall Street",
	    "street: a home there is still an address");
	/* a hospital named without a facility's word, after a stay in it */
	is_str(scan("I was sectioned at the Priory, discharged from the "
	            "Maudsley"),
	    "LOCATION:Priory|LOCATION:Maudsley", "stay: a hospital by its name");
	is_str(scan("they admitted me to Bethlem. I was an inpatient at the "
	            "Retreat"),
	    "LOCATION:Bethlem|LOCATION:Retreat",
	    "stay: after me, after inpatient");
	is_str(scan("I admitted to the Crime, discharged from the Army, "
	            "admitted to the ICU, admitted in March, at the Library"),
	    "", "stay: a confession, a service, capitals, a month, no cue");
	is_str(scan("admitted at Children's Hospital Los Angeles"),
	    "LOCATION:Children's Hospital Los Angeles",
	    "stay: a facility's word is match_facility()'s");
}

static void
test_placeholder(void)
{
	size_t end;
	int type;
	unsigned long num;
	const char *s = "[name 12] x NAME_3 yNAME_4 <Phone_2> [NAME_1";

	ok(mh_scan_placeholder(s, strlen(s), 0, &end, &type, &num) &&
	        end == 9 && type == MH_SCAN_NAME && num == 12,
	    "bracketed, blank, lower case");
	ok(mh_scan_placeholder(s, strlen(s), 12, &end, &type, &num) && num == 3,
	    "bare at a word boundary");
	ok(!mh_scan_placeholder(s, strlen(s), 20, &end, &type, &num),
	    "not inside a word");
	ok(mh_scan_placeholder(s, strlen(s), 27, &end, &type, &num) &&
	        type == MH_SCAN_PHONE,
	    "angle brackets");
	ok(!mh_scan_placeholder(s, strlen(s), 37, &end, &type, &num),
	    "unclosed bracket");
	is_int(mh_scan_type_from_name("hEaLtHpLaN", 10), MH_SCAN_HEALTHPLAN,
	    "type names ignore case");
}

static void
test_roundtrip(void)
{
	static const char *texts[] = {
	    "Maya Okafor and maya okafor, NAME_1, [NAME_2], [name 3]",
	    "Dr. Ingrid Haddad (555-201-7788) at 24 Clarke Avenue",
	    "x@y.co_NAME_1 and 4111111111111111NAME_2",
	    "Zoë Ferreira wrote from Wrocław on 03/14/2024",
	    "",
	    "[[NAME_1]] <<PHONE_1>> {ID_1}",
	    "김민수씨가 NAME_1씨와 田中さん",
	};
	struct mh_redact_opts o = {.datadir = getenv("MH_DATADIR")};
	char err[256];
	struct mh_redactor *r = mh_redact_new(&o, err, sizeof(err));
	struct mh_buf red = {0}, back = {0};

	ok(r != NULL, "redactor without a vault");
	if (r == NULL)
		return;
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		long n = mh_redact_text(r, texts[k], strlen(texts[k]), &red,
		    NULL, err, sizeof(err));
		long m = mh_redact_restore(r, red.p ? red.p : "", red.len,
		    &back, err, sizeof(err));
		ok(n >= 0 && m == n && back.len == strlen(texts[k]) &&
		        memcmp(back.p ? back.p : "", texts[k], back.len) == 0,
		    texts[k][0] ? texts[k] : "(empty)");
	}
	ok(mh_redact_text(r, "bad \xff", 5, &red, NULL, err, sizeof(err)) == -1,
	    "invalid UTF-8 is refused");
	mh_buf_free(&red);
	mh_buf_free(&back);
	mh_redact_free(r);
}

/* One redactor, lines of different fields: each names its own. */
static void
test_plain_fields(void)
{
	static const char *const fields[] = {"text", "body", "text", "we\"ird"};
	static const char *const want[] = {
	    "{\"text\":\"[NAME_1]\",\"redact\":{\"schema\":1,\"field\":\"text\"",
	    "{\"body\":\"[NAME_1]\",\"redact\":{\"schema\":1,\"field\":\"body\"",
	    "{\"text\":\"[NAME_1]\",\"redact\":{\"schema\":1,\"field\":\"text\"",
	    /* one string, in two pieces */
	    ("{\"we\\\"ird\":\"[NAME_1]\",\"redact\":{\"schema\":1,"
		"\"field\":\"we\\\"ird\""),
	};
	struct mh_redact_opts o = {.datadir = getenv("MH_DATADIR")};
	char err[256];
	struct mh_redactor *r = mh_redact_new(&o, err, sizeof(err));
	struct mh_buf out = {0};

	if (!ok(r != NULL, "redactor for plain lines"))
		return;
	for (size_t k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
		mh_buf_reset(&out);
		ok(mh_redact_plain(r, "Maya Okafor", 11, 0, fields[k], &out) ==
		            0 &&
		        out.len >= strlen(want[k]) &&
		        memcmp(out.p, want[k], strlen(want[k])) == 0,
		    fields[k]);
		if (out.p)
			printf("# %s", out.p);
	}
	mh_buf_free(&out);
	mh_redact_free(r);
}

/* Every crisis service of data/resources.tsv, which mh-screen names to
 * the user, passes mh-redact whole: a model given "Die [NAME] Hand"
 * cannot say what it is.  Left out, and still removed: a service that is
 * a first name ("Sneha"), two whose word is longer than the keyword
 * table holds, one that names a city, and two with a word the lists hold
 * for a name. */
static void
test_services(void)
{
	static const char *const removed[] = {"Sneha", "TelefonSeelsorge",
		"113 Zelfmoordpreventie", "Självmordslinjen (Mind)",
		"Beijing Suicide Research and Prevention Center",
		"Línea 106 (Bogotá)", "Zelfmoordlijn (Dutch)", NULL};
	char *path = mh_data_path("resources.tsv"), line[512];
	FILE *f = path ? fopen(path, "r") : NULL;
	int n = 0, bad = 0;

	free(path);
	if (!ok(f != NULL, "resources.tsv opens"))
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		char *svc = strchr(line, '\t'), *e;
		const char *const *r;
		if (line[0] == '#' || svc == NULL ||
		    (svc = strchr(svc + 1, '\t')) == NULL ||
		    (e = strchr(++svc, '\t')) == NULL)
			continue;
		*e = '\0';
		for (r = removed; *r != NULL && strcmp(*r, svc) != 0; r++)
			;
		if (*r != NULL || strcmp(svc, "service") == 0)
			continue;
		n++;
		if (strcmp(scan(svc), "") != 0) {
			bad++;
			printf("# service taken: %s -> %s\n", svc, scan(svc));
		}
	}
	fclose(f);
	printf("# %d services read, %d taken\n", n, bad);
	ok(n >= 60 && bad == 0, "the services of resources.tsv pass whole");
}

/* Dates with their day said another way, and ages over 89 said
 * another way: elements Safe Harbor removes. */
static void
test_dates_ages(void)
{
	/* a holiday with its year is a day of that year */
	is_str(scan("on Christmas day 2021 and Christmas Eve 2019"),
	    "DATE:Christmas day 2021|DATE:Christmas Eve 2019",
	    "a feast's day or eve with its year");
	is_str(scan("xmas 2019 and on Thanksgiving 2023"),
	    "DATE:xmas 2019|DATE:Thanksgiving 2023", "a feast with its year");
	is_str(scan("born on Christmas 2019, at Easter 2020"),
	    "DATE:Christmas 2019|DATE:Easter 2020",
	    "a capitalised feast and a year after on or at: no street and "
	    "number");
	is_str(scan("I live at Easter Road 12"), "ADDRESS:Easter Road 12",
	    "a street named after a feast still is one");
	is_str(scan("on New Year's Day 2022, on Mother's Day 2024"),
	    "DATE:New Year's Day 2022|DATE:Mother's Day 2024",
	    "a day with a possessive and its year");
	is_str(scan("on Easter Sunday 2023 and Good Friday 2020"),
	    "DATE:Easter Sunday 2023|DATE:Good Friday 2020",
	    "a feast's weekday with its year");
	is_str(scan("my anniversary is Valentine's day 2019"),
	    "DATE:Valentine's day 2019", "Valentine's day in lower case");
	is_str(scan("on Martin Luther King Jr. Day 2021"),
	    "DATE:Martin Luther King Jr. Day 2021", "a holiday of five words");
	is_str(scan("new years eve 2019 and Boxing Day 2020"),
	    "DATE:new years eve 2019|DATE:Boxing Day 2020",
	    "in lower case, and a holiday of capitalised words");
	is_str(scan("Christmas is hard, every day 2020 was, on Friday 2020"),
	    "", "a holiday alone, and a day that is no holiday, stay");
	is_str(scan("in 2019 christmas was bad. Christmas. 2019 was rough"), "",
	    "a year apart from the holiday stays");
	/* ages over 89 said another way */
	is_str(scan("he's in his 90s, she is in her late nineties"),
	    "AGE:90s|AGE:nineties", "a decade of someone's life over 89");
	is_str(scan("back in the 90s, music in the nineties"), "",
	    "the decade of the century stays");
	is_str(scan("she is one hundred and two, my grandpa is a hundred"),
	    "AGE:one hundred and two|AGE:a hundred", "a hundred in words");
	is_str(scan("she is a hundred percent sure, a hundred times"), "",
	    "a hundred of no one stays");
	is_str(scan("my 90th birthday party for grandpa, her ninetieth bday"),
	    "AGE:90th|AGE:ninetieth", "a birthday over 89 shows the age");
	is_str(scan("the 90th floor, our 100th anniversary"), "",
	    "an ordinal of no birthday stays");
	is_str(scan("93F with dementia. pt 91M, admitted"), "AGE:93F|AGE:91M",
	    "an age and a sex as a chart writes them");
	is_str(scan("it was 93F outside. 93F. a 93M budget"), "",
	    "the heat and a sum stay");
	is_str(scan("she's almost 100 and he is nearly 95"),
	    "AGE:100|AGE:95", "an age nearly reached");
	is_str(scan("it is over 90 degrees, I'm almost 100% sure"), "",
	    "a measure stays after those words too");
	/* a day of the month alone, with a cue that dates it */
	is_str(scan("my birthday is the 14th, my birthday's the 15th"),
	    "DATE:14th|DATE:15th", "a date word and is before the day");
	is_str(scan("on the 14th of this month"), "DATE:14th",
	    "a day of this month");
	is_str(scan("I see her on the fourteenth. My birthday is the fifth, on "
	            "the twenty-first I moved"),
	    "DATE:fourteenth|DATE:fifth|DATE:twenty-first",
	    "a day in words, as a day in digits");
	is_str(scan("the fourteenth century, on the fourteenth floor, my "
	            "fourteenth attempt, he pleaded the fifth, I came in "
	            "fourth"),
	    "", "an ordinal in words that is no day");
	is_str(scan("Friday 14th, on tues 5th and on 6th"),
	    "DATE:14th|DATE:5th|DATE:6th", "a weekday or on right before it");
	is_str(scan("yesterday (the 5th) was bad"), "DATE:5th",
	    "a day set off in brackets");
	is_str(scan("march the fourteenth was hard"), "DATE:march the fourteenth",
	    "march in lower case, the and a day in words");
	is_str(scan("the 14th century, my 14th attempt, the 14th floor"), "",
	    "an ordinal of something else stays");
	is_str(scan("the 5th amendment, on 5th avenue, on the 3rd floor"), "",
	    "so do an amendment, a street and a floor");
	is_str(scan("I came 5th in the race, he was on 3rd base"), "",
	    "a place and a base stay");
	is_str(scan("we march the fourteenth. may the fourth be with you"), "",
	    "march and may as verbs stay");
	is_str(scan("march the first mile, my birthday party is the 5th one"),
	    "", "march before the first, a day before a noun, stay");
	/* a year and a month, a German day and month */
	is_str(scan("since 2019-03 I have been sober, and 2019-11 too"),
	    "DATE:2019-03|DATE:2019-11", "a year and its month");
	is_str(scan("the 2011-12 season and the 2019-20 one"), "",
	    "a season of two years stays");
	is_str(scan("am 14.3. war es, on 5.11. too"),
	    "DATE:14.3|DATE:5.11", "a day and a month with dots, after am or on");
	is_str(scan("see section 14.3. I scored 14.3."), "",
	    "a section or a score stays");
	/* a decade before a noun, a short weekday that is a verb */
	is_str(scan("songs in my 90s playlist, in their 90s era"), "",
	    "a decade before a noun is the century's");
	is_str(scan("he's in his 90s now"), "AGE:90s",
	    "a decade of someone's life before now");
	is_str(scan("my gran is in her 90s haha, he's in his 90s tho"),
	    "AGE:90s|AGE:90s", "a decade before the closers of an age");
	is_str(scan("I sat 5th. Sat 5th is the day"), "DATE:5th",
	    "sat in lower case is a verb, Sat a weekday");
	is_str(scan("she is a hundred and ten percent sure, he is a hundred "
	            "and ten"),
	    "AGE:a hundred and ten", "a hundred and ten, of someone only");
	/* the month or day of a birth, a month after last or next, a day
	 * alone as a reply */
	is_str(scan("my birthday is in March, I was born on Christmas"),
	    "DATE:March|DATE:Christmas", "a birth's month and feast");
	is_str(scan("my birthday is Halloween. my bday's on Christmas Eve"),
	    "DATE:Halloween|DATE:Christmas Eve", "a birthday's holiday");
	is_str(scan("he was born in may, she was born on Christmas Day"),
	    "DATE:may|DATE:Christmas Day", "born, in and on");
	is_str(scan("I was born in 1990. in March I felt better, Christmas is "
	            "hard"),
	    "", "a year alone, a month or feast with no birth stay");
	is_str(scan("since last march I have tried, next july too"),
	    "DATE:last march|DATE:next july",
	    "a month in lower case after last or next");
	is_str(scan("last may."), "DATE:last may", "may where its clause ends");
	is_str(scan("we march on, the march was long, the next march is "
	            "soon, at last may we rest, the last may be hard"),
	    "", "march and may as words stay");
	is_str(scan("the 14th"), "DATE:14th", "a day alone, a reply");
	is_str(scan("when?\nThe 14th.\nok"), "DATE:14th",
	    "a day alone on its line");
	is_str(scan("see you on the Fourteenth, by the Fifth."),
	    "DATE:Fourteenth|DATE:Fifth", "a day in words, capitalised");
	is_str(scan("the 14th century. Henry the Fourth was king"), "NAME:Henry",
	    "an ordinal of a century or a king stays");
	is_str(scan("14 days ago, the summer of 2019, in spring 2022, Q1 "
	            "2024, week 12 of 2024"),
	    "", "a count of days, a season, a quarter, a week stay");
}

/* Phone numbers written around the digit rules: looser separators,
 * and spaced digits and digit words after a cue. */
static void
test_phone_forms(void)
{
	is_str(scan("call me at 5 5 5 2 0 1 3 3 4 4"),
	    "PHONE:5 5 5 2 0 1 3 3 4 4", "spaced digits after a phone cue");
	is_str(scan("my number is 5 5 5 2 0 1 3 3 4 4 ok"),
	    "PHONE:5 5 5 2 0 1 3 3 4 4", "spaced digits after my number is");
	is_str(scan("my answers are 0 1 2 3 1 0 2 1 3"), "",
	    "a questionnaire's answers stay");
	is_str(scan("scores 1 2 3 0 1 2 3 1 2 0"), "",
	    "ten spaced digits with no phone cue stay");
	is_str(scan("phone 0 1 2 3 1 0 2 1 3"), "",
	    "nine spaced digits are no phone number");
	is_str(scan("my number is five five five, two oh one, three three "
	            "four four"),
	    "PHONE:five five five, two oh one, three three four four",
	    "digit words after a phone cue");
	is_str(scan("text me on five five five two zero one three three four "
	            "four"),
	    "PHONE:five five five two zero one three three four four",
	    "digit words after text me on");
	is_str(scan("my number is five-five-five two-oh-one "
	            "three-three-four-four"),
	    "PHONE:five-five-five two-oh-one three-three-four-four",
	    "hyphenated digit words");
	is_str(scan("call me on five five five, zero one two three"),
	    "PHONE:five five five, zero one two three",
	    "seven digit words: a local number");
	is_str(scan("Call me at five five five two zero one three three four "
	            "four"),
	    "PHONE:five five five two zero one three three four four",
	    "a capitalised cue");
	is_str(scan("one two three, breathe"), "",
	    "digit words with no cue stay");
	is_str(scan("call me at two, three or four"), "",
	    "a few digit words after a cue stay");
	is_str(scan("text me (555) 201 - 3344"), "PHONE:(555) 201 - 3344",
	    "a hyphen between blanks");
	is_str(scan("call 555/201/3344"), "PHONE:555/201/3344",
	    "slashes in a 3-3-4 number");
	is_str(scan("call 555\t201\t3344"), "PHONE:555\t201\t3344",
	    "tabs between the groups");
	is_str(scan("call me at 555-201-\n3344"), "PHONE:555-201-\n3344",
	    "a hyphen at a line's end");
	is_str(scan("between 1990 - 2000 i moved"), "",
	    "years apart by a hyphen between blanks stay");
	is_str(scan("the table was 100\t250\t1000 rows"), "",
	    "tabbed numbers of no phone shape stay");
	is_str(scan("pages 12/34/5678"), "", "slashes of no phone shape");
}

/* Names in Han, kana and Hangul: before an honorific, after a cue, a
 * Chinese surname's run alone in English; and the ordinary words and
 * sentences of those scripts, which stay.  Invented people only. */
static void
test_cjk_names(void)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
	    /* Japanese, before an honorific (which stays) */
	    {"my friend 田中さん is mean", "NAME:田中"},
	    {"田中太郎さんに会った", "NAME:田中太郎"},
	    {"昨日は山本様に電話した", "NAME:山本"},
	    {"鈴木君は元気", "NAME:鈴木"},
	    {"佐藤氏が言った", "NAME:佐藤"},
	    {"林先生に相談した", "NAME:林"},
	    {"みゆきと森ちゃんとくん", "NAME:森"},
	    {"マリアさんと話した", "NAME:マリア"},
	    {"我昨天见了王先生", "NAME:王"},
	    {"王大明先生来了", "NAME:王大明"},
	    {"my teacher 林先生 said", "NAME:林"},
	    {"my doctor 山本先生 said", "NAME:山本"},
	    /* a role before the name is none of it */
	    {"同僚田中さんが怒ってた", "NAME:田中"},
	    {"友達鈴木さんに相談した", "NAME:鈴木"},
	    {"上司山本さんに叱られた", "NAME:山本"},
	    {"先輩林さんが優しい", "NAME:林"},
	    /* in hiragana, a child's name or a nickname */
	    {"さくらちゃんが泣いてた", "NAME:さくら"},
	    {"昨日ゆいちゃんと遊んだ", "NAME:ゆい"},
	    {"はなこさんに会った", "NAME:はなこ"},
	    {"娘のさくらちゃんは元気です", "NAME:さくら"},
	    /* "は" after a common surname starts the given name */
	    {"田中はなこさんが来た", "NAME:田中はなこ"},
	    {"昨日山本はるかさんに会った", "NAME:山本はるか"},
	    {"今日はなこさんと話した", "NAME:なこ"},
	    /* the honorific of a name before ends the run of kana */
	    {"田中さんはなこさんに会った", "NAME:田中|NAME:はなこ"},
	    {"田中さんとゆみさん", "NAME:田中|NAME:ゆみ"},
	    {"田中さんは元気, 田中さんのおかあさん", "NAME:田中|NAME:田中"},
	    {"ママとゆうとくんが来た", "NAME:ゆうと"},
	    {"my daughter さくらちゃん is sick", "NAME:さくら"},
	    /* Chinese, before a title */
	    {"王老师说我进步了", "NAME:王"},
	    {"李医生给我开了药", "NAME:李"},
	    {"张阿姨来看我", "NAME:张"},
	    {"我跟刘叔叔聊天", "NAME:刘"},
	    {"王总今天很生气", "NAME:王"},
	    {"陈经理让我加班", "NAME:陈"},
	    {"我的同学李同学", "NAME:李"},
	    {"今天见了王大明老师", "NAME:王大明"},
	    /* a title's first character at the text's end: nothing
	     * read past it (the sanitizer build) */
	    {"E|喬大", "NAME:喬大"},
	    {"我很喜欢王大", ""},
	    {"王老", ""},
	    {"我们王老师很好，我对李医生说", "NAME:王|NAME:李"},
	    {"my teacher 王老师 said", "NAME:王"},
	    /* a surname and a given name's Han before a title; not the
	     * words of a subject that start with a surname */
	    {"王芳老师很好", "NAME:王芳"},
	    {"我跟李伟医生说了，張偉醫生也說", "NAME:李伟|NAME:張偉"},
	    {"韩语老师很好，高中老师很凶，文学老师和田径老师", ""},
	    {"许多老师来了", ""},
	    /* after a verb of feeling: miss, like */
	    {"我很想王芳老师", "NAME:王芳"},
	    {"我喜欢李医生", "NAME:李"},
	    {"我很想老师，我很想语文老师", ""},
	    /* thanks: 谢, a surname too, doubled */
	    {"谢谢老师，谢谢医生的帮助", ""},
	    /* Korean, before 씨 or 님 */
	    {"김민수씨가 전화했어", "NAME:김민수"},
	    {"지영씨 고마워", "NAME:지영"},
	    {"박서준님이 오셨다", "NAME:박서준"},
	    {"my friend 김민수 said", "NAME:김민수"},
	    /* and with the blank that Korean spelling puts before 씨 */
	    {"김민수 씨가 전화했어", "NAME:김민수"},
	    {"지영 씨는 친절해, 박서준 님이 오셨다", "NAME:지영|NAME:박서준"},
	    /* a surname alone before the blank and 씨; not one that is a
	     * word too, nor a word written with 씨 */
	    {"김 씨가 전화했어", "NAME:김"},
	    {"씨가 자랐어, 이 씨가 자랐어, 오늘 날씨가 좋아, 김 씨앗", ""},
	    /* but not a word that starts with 씨, nor seeds */
	    {"하루 씨앗을 심었어, 오이 씨가 많아, 정말 씨름 좋아", ""},
	    /* a Korean predicate after a relation word is what the one
	     * named did or felt; names in 아 or 서 are names */
	    {"my mom 화났어 today, my dad 싫어해, my mom 힘들다", ""},
	    {"my sister 지아 called, my friend 민서 is kind",
	        "NAME:지아|NAME:민서"},
	    /* Chinese in English text: after a cue, or a surname's run */
	    {"my mother 王芳 called", "NAME:王芳"},
	    /* but how the one named feels or acted, said in Chinese */
	    {"my mom 很生气 today, my dad 不理我", ""},
	    {"my therapist 建议 me to journal, my sister 好烦", ""},
	    {"my friend 今井 called, my friend 佐藤 is kind",
	        "NAME:今井|NAME:佐藤"},
	    {"my boss 李伟", "NAME:李伟"},
	    {"my sister's name is 陈静", "NAME:陈静"},
	    {"I talked to 王芳 yesterday", "NAME:王芳"},
	    {"my friends 王芳 and 李伟 came", "NAME:王芳|NAME:李伟"},
	    {"my friend マリア said", "NAME:マリア"},
	    /* stays: words and sentences, honorifics alone */
	    {"我很难过", ""},
	    {"今日は疲れた", ""},
	    {"사랑해", ""},
	    {"ありがとう", ""},
	    {"心理咨询", ""},
	    {"さん", ""},
	    {"様", ""},
	    {"お母さんと皆さんと赤ちゃん", ""},
	    {"彼氏が優しいのは同様に嬉しい", ""},
	    {"医者さんと本屋さん", ""},
	    {"선생님이 말했어", ""},
	    {"날씨가 좋고 마음씨가 착해", ""},
	    {"사장님이 왔다", ""},
	    {"王様", ""},
	    {"I feel 难过 today", ""},
	    {"see you 马上, thanks 谢谢", ""},
	    {"I went to 上海 last week", ""},
	    {"the 高考 was so stressful", ""},
	    /* 先生 is also a husband, and "sir" */
	    {"我的先生很好，她先生是医生", ""},
	    {"这位先生，谢谢你先生", ""},
	    {"the 先生 said", ""},
	    {"王芳说她今天很难过", ""},
	    /* hiragana words before さん, くん, ちゃん; "ちゃんと" */
	    {"おばあちゃんとおじいちゃんとおにいちゃん", ""},
	    {"おねえちゃんとあかちゃん、みなさん", ""},
	    {"たくさん泣いた", ""},
	    {"毎日ちゃんと食べてる、夜ちゃんと寝れない", ""},
	    {"今夜ちゃんと寝たい、今朝ちゃんと起きた", ""},
	    {"もっとちゃんとしなきゃ、いつもちゃんとできない", ""},
	    {"でもちゃんと話した、みんなちゃんとしてる", ""},
	    {"やっぱりちゃんとねむりたい、きょうちゃんとねた", ""},
	    {"くまさんとねこちゃん", ""},
	    {"ひとりでさんぽ、こどもがさんにん", ""},
	    {"わたしはさんすうがにがて", ""},
	    {"じゅうさんさいです、いちにさんし", ""},
	    {"おつかれさん、ごちそうさん", ""},
	    {"同僚に嫌われてる気がする", ""},
	    /* the Chinese titles after no name */
	    {"数学老师和历史老师", ""},
	    {"语文老师说我写得好", ""},
	    {"我去看了心理医生，我阿姨也来了", ""},
	    {"我和高中同学吃饭", ""},
	    {"我的任课老师很好", ""},
	    {"这周总是很累，总之我很难过", ""},
	    {"一周总共工作五十个小时", ""},
	    {"康复医生让我多休息", ""},
	    {"my 老师 said hi", ""},
	    {"我向老师道歉了，他向经理请假", ""},
	    {"对于老师的批评，对方老师很生气", ""},
	    {"我付医生钱了", ""},
	    {"電話は０９０－１２３４－５６７８です。", "PHONE:０９０－１２３４－５６７８"},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		is_str(scan(cases[k].in), cases[k].want, cases[k].in);
}

/* A word in a script without capitals after a relation word: a name
 * ("my friend \u05d9\u05e2\u05dc"), but not a word of the sentence
 * that follows in that language (an auxiliary, negation, adverb,
 * postposition, word of feeling), nor one a clause's end follows; the
 * name stops before a postposition.  Invented people only. */
static void
test_caseless_names(void)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
	    /* Hindi, Marathi, Nepali */
	    {"my dad गुस्सा है, my mom परेशान है, my dad बीमार था", ""},
	    {"my mom नहीं मानती, my dad बहुत गुस्सा करते हैं", ""},
	    {"my dad ने मुझे मारा, my mom को बताया, my dad से डर लगता है", ""},
	    {"my mom उदास है, my dad हमेशा चिल्लाते, my dad कहते हैं", ""},
	    {"my mom खूप रागावली आहे, my dad धेरै रिसाउनुहुन्छ", ""},
	    {"my mother कमला, my dad राजेश", "NAME:कमला|NAME:राजेश"},
	    {"my mom कमला देवी", "NAME:कमला देवी"},
	    {"my mom सुनीता ने कहा", "NAME:सुनीता"},
	    {"my dad रमेश नहीं आए", "NAME:रमेश"},
	    {"my friend नेहा और मैं", "NAME:नेहा"},
	    /* set off by commas after a relation word */
	    {"my mom, कमला, बीमार है", "NAME:कमला"},
	    {"my mom, बहुत बीमार है", ""},
	    {"my dad کبھی نہیں, my dad אף פעם לא", ""},
	    /* Arabic, Urdu, Persian */
	    {"my dad غاضب جدا, my mom مريضة, my dad لا يفهم", ""},
	    {"my mom هي السبب, my dad قال لي, my mom في البيت", ""},
	    {"my dad ناراض ہے, my mom نہیں مانتی, my dad کو بتایا", ""},
	    {"my mom خیلی عصبانی است, my dad ناراحت است, my mom نمی‌فهمد", ""},
	    {"my dad محمد علي", "NAME:محمد علي"},
	    {"my friend فاطمة, my dad عمران, my friend مریم",
	        "NAME:فاطمة|NAME:عمران|NAME:مریم"},
	    {"my dad يوسف لا يفهم", "NAME:يوسف"},
	    /* in a text with capitals too, which tell nothing here */
	    {"My dad محمد علي لا يفهم", "NAME:محمد علي"},
	    {"My mom कमला देवी ने कहा", "NAME:कमला देवी"},
	    /* two words at most, three with "son of": no whole clause */
	    {"My dad محمد يحب كرة القدم", "NAME:محمد يحب"},
	    {"my uncle محمد بن سلمان came", "NAME:محمد بن سلمان"},
	    /* Hebrew */
	    {"my dad כועס, my mom חולה, my dad לא מבין", ""},
	    {"my mom היא אמרה, my mom עצובה מאוד, my dad תמיד צועק", ""},
	    {"my friend יעל, my dad משה", "NAME:יעל|NAME:משה"},
	    {"my friend דנה לא באה", "NAME:דנה"},
	    /* Thai, written without blanks */
	    {"my dad ไม่ฟัง, my mom โกรธมาก, my dad ป่วย", ""},
	    {"my friend สมชาย, my mom มาลี", "NAME:สมชาย|NAME:มาลี"},
	    /* Bengali, Tamil, Gurmukhi */
	    {"my dad রেগে আছে, my mom খুব অসুস্থ", ""},
	    {"my dad ரொம்ப கோபம், my mom இல்லை", ""},
	    {"my dad ਗੁੱਸੇ ਹੈ, my mom ਨਹੀਂ ਮੰਨਦੀ", ""},
	    {"my friend রিয়া, my friend மீனா, my friend ਹਰਪ੍ਰੀਤ",
	        "NAME:রিয়া|NAME:மீனா|NAME:ਹਰਪ੍ਰੀਤ"},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		is_str(scan(cases[k].in), cases[k].want, cases[k].in);
}

/* Identifiers of other countries' forms, whole with their last pieces,
 * and what stays beside them (invented numbers that pass each check) */
static void
test_intl_ids(void)
{
	/* an Australian Medicare number with its issue number */
	is_str(scan("Medicare number 2123 45670 1"),
	    "HEALTHPLAN:2123 45670 1", "Medicare's issue number too");
	is_str(scan("my medicare card is 3198 76547 2"),
	    "HEALTHPLAN:3198 76547 2", "a Medicare number after card");
	is_str(scan("it was 2123 45670 1 then"), "HEALTHPLAN:2123 45670 1",
	    "a Medicare number by its check alone");
	is_str(scan("it was 2123 45671 1 then"), "",
	    "a wrong check is no Medicare number");
	is_str(scan("my policy no. 4417 20931 7 was denied"),
	    "HEALTHPLAN:4417 20931 7", "a cued value's short last group");
	is_str(scan("sort code: 12 34 56, account 12345678"),
	    "ID:12 34 56|ACCOUNT:12345678", "a sort code in pairs");
	is_str(scan("prescription ref 98 76 54"), "ID:98 76 54",
	    "pairs right after a cue");
	is_str(scan("my group has kids aged 12 14 16"), "",
	    "pairs after another cue stay");
	is_str(scan("my sort-code is 12 34 56, sortcode 654321"),
	    "ID:12 34 56|ID:654321", "the sort code's cue as one word");
	is_str(scan("put them in order 12 34 56 please"), "",
	    "pairs after order are a sequence");
	is_str(scan("PPS no. 7654321 G, id 1234567 T"),
	    "ID:7654321 G|ID:1234567 T", "a PPS number's letter apart");
	is_str(scan("member no. 1234567 I think"), "HEALTHPLAN:1234567",
	    "but not the word I");
	is_str(scan("policy: ABC 123 456 789, policy no. AB 1234 5678"),
	    "HEALTHPLAN:ABC 123 456 789|HEALTHPLAN:AB 1234 5678",
	    "a prefix of capitals after the cue");
	is_str(scan("my policy is XY 1234567 but policy NO 7654321"),
	    "HEALTHPLAN:XY 1234567|HEALTHPLAN:7654321",
	    "after is too, not a cue word");
	is_str(scan("my BSB 062-000 and my bsb is 062000"),
	    "ID:062-000|ID:062000", "an Australian branch's BSB");
	is_str(scan("i ran 062000 steps, 123-456 of them"), "",
	    "six digits without it stay");
	/* an Ontario health card's version code */
	is_str(scan("my OHIP is 1234-567-890-AB"),
	    "HEALTHPLAN:1234-567-890-AB", "a health card's version code");
	is_str(scan("health card 9876 543 210 XY ok"),
	    "HEALTHPLAN:9876 543 210 XY", "the code after a blank");
	is_str(scan("call 0412 345 678 OK"), "PHONE:0412 345 678",
	    "a mobile's groups from 0 are a phone's");
	is_str(scan("my ohip 1234567890 AB"), "HEALTHPLAN:1234567890 AB",
	    "the code after ten digits in one");
	is_str(scan("call 5552013344 OK or 1234 567 890 PM"),
	    "ID:5552013344|PHONE:1234 567 890",
	    "OK and PM after a number are words");
	/* an NHS number by its check digit and the word */
	is_str(scan("my nhs number is 943 476 5919"), "MRN:943 476 5919",
	    "an NHS number");
	is_str(scan("my nhs number is 943 476 5918"), "PHONE:943 476 5918",
	    "a wrong check: still gone, as a phone");
	is_str(scan("call 943 476 5919 please"), "PHONE:943 476 5919",
	    "no NHS before it: a phone");
	is_str(scan("IMEI 35-209900-176148-1"),
	    "DEVICE:35-209900-176148-1", "an IMEI is a device's");
	/* an Irish PPS number by its check letter */
	is_str(scan("my PPSN is 7654321G"), "ID:7654321G", "PPS number");
	is_str(scan("PPSN 1234567FA."), "ID:1234567FA",
	    "PPS number with its second letter");
	is_str(scan("it was 7654321H"), "", "a wrong letter is a unit");
	is_str(scan("ppsn: 1234567fa"), "ID:1234567fa",
	    "a PPS number in lower case");
	is_str(scan("I take 1000000IU of it"), "", "a dose stays");
	/* an IBAN written in lower case */
	is_str(scan("iban gb82 west 1234 5698 7654 32"),
	    "ACCOUNT:gb82 west 1234 5698 7654 32", "IBAN in lower case");
	ok(strstr(scan("gb82 west 1234 5698 7654 33"), "ACCOUNT") == NULL,
	    "a wrong check is no IBAN in lower case either");
	/* a site with no scheme at a newer ending */
	is_str(scan("my blog is maya-okafor.blog/about"),
	    "URL:maya-okafor.blog/about", "a .blog site and its path");
	is_str(scan("see okafor.art/gallery or kz99.xyz"),
	    "URL:okafor.art/gallery|URL:kz99.xyz", "the .art and .xyz ones");
	is_str(scan("my website is mayaokafor.online"),
	    "URL:mayaokafor.online", "a name before an everyday ending");
	is_str(scan("i love art.art is how i cope"), "",
	    "an everyday word before one is a sentence with no blank");
	is_str(scan("went to the shop.online is easier"), "",
	    "and shop.online");
	is_str(scan("see mayaokafor.studio or kz99.ng"),
	    "URL:mayaokafor.studio|URL:kz99.ng", "a .studio and a .ng site");
	is_str(scan("my life.life is hard, we went to the club.live music"),
	    "", "everyday words before those endings stay");
	/* Signal's usernames end in a '.' and digits */
	is_str(scan("my signal is kz99.42, skype: maya.okafor22"),
	    "HANDLE:kz99.42|HANDLE:maya.okafor22", "a Signal and a Skype name");
	is_str(scan("my signal is bad, no signal at the hospital, 5 bars"), "",
	    "a phone's signal stays");
	/* a fediverse address with its server */
	is_str(scan("my mastodon is @kz99@mastodon.social."),
	    "HANDLE:@kz99@mastodon.social", "a handle and its server");
	is_str(scan("ping @maya@ or @sam"), "HANDLE:@maya|HANDLE:@sam",
	    "an '@' after a handle with no server");
	/* a surname's particles after a title or a name */
	is_str(scan("Dr. de la Cruz called"), "NAME:Dr. de la Cruz",
	    "particles after a title");
	is_str(scan("my counselor is Ms. van den Heuvel"),
	    "NAME:Ms. van den Heuvel", "a title, van and den");
	is_str(scan("my cousin van der Berg said hi"), "NAME:van der Berg",
	    "a particle between the name before and the surname");
	is_str(scan("I met Juan Carlos de los Santos and Siân ap Rhys"),
	    "NAME:Juan Carlos de los Santos|NAME:Siân ap Rhys",
	    "de los, and the Welsh ap");
	is_str(scan("Dr. De La Cruz said"), "NAME:Dr. De La Cruz",
	    "capitalised particles after a title");
	is_str(scan("my gp Dr \xc3\x93 Briain and Lars af Klint"),
	    "NAME:Dr \xc3\x93 Briain|NAME:Lars af Klint",
	    "the Irish \xc3\x93 and the Swedish af");
	is_str(scan("Maya Okafor  Los Angeles"),
	    "NAME:Maya Okafor|LOCATION:Los Angeles",
	    "Los before a town's word after a name is the town's");
	is_str(scan("the painting by van Gogh"), "",
	    "a famous surname with its particle stays");
	is_str(scan("i saw de la Cruz"), "NAME:Cruz",
	    "no title or name before: the surname alone, as before");
}

/* All lower case: a first name that is also a word ("hope", "will",
 * "summer") in a slot only a person fills, and the same words as
 * words around the same verbs */
static void
test_low_slots(void)
{
	is_str(scan("hope keeps asking why i dont come to her parties"),
	    "NAME:hope", "a subject that keeps asking");
	is_str(scan("summer left for college in august and i miss her"),
	    "NAME:summer", "a subject that left for college");
	is_str(scan("i'm so mad at will. he said he'd pick me up"),
	    "NAME:will", "mad at, before a full stop");
	is_str(scan("grace texted me again"), "NAME:grace",
	    "a subject that texted the writer");
	is_str(scan("june said she'd call"), "NAME:june",
	    "a subject that said, before a pronoun's contraction");
	is_str(scan("ugh dawn yelled at me"), "NAME:dawn",
	    "after a word that opens a clause, yelled at me");
	is_str(scan("mark keeps ignoring me"), "NAME:mark",
	    "keeps ignoring");
	is_str(scan("ray broke up with me"), "NAME:ray", "broke up");
	is_str(scan("i'm angry with faith, she lied to me"), "NAME:faith",
	    "angry with, before a comma");
	is_str(scan("i broke up with mark"), "NAME:mark",
	    "broke up with, at the end");
	is_str(scan("i texted grace and she never answered"), "NAME:grace",
	    "i texted, before and");
	is_str(scan("i told hope everything"), "NAME:hope",
	    "after i told, which only a person takes");
	is_str(scan("i messaged will but he ignored it"), "NAME:will",
	    "i messaged, before but");
	is_str(scan("i called june, she didn't pick up"), "NAME:june",
	    "i called, before a comma");
	is_str(scan("i called june 3rd to book. i will call"), "DATE:june 3rd",
	    "i called before a date");
	is_str(scan("i hate that rose told everyone"), "NAME:rose",
	    "after that, told everyone");
	is_str(scan("i hate that roses die. the rose told me nothing"), "",
	    "roses, after a determiner");
	is_str(scan("i know that hope keeps me going"), "",
	    "after that, keeps me");
	is_str(scan("hope keeps me going"), "",
	    "keeps and no deed of a person's");
	is_str(scan("summer left me exhausted"), "",
	    "left, not for college");
	is_str(scan("summer left for good"), "", "left for, no group");
	is_str(scan("i'm mad at myself"), "", "mad at, no name");
	is_str(scan("you can leave at will. free will is a lie"), "",
	    "at will after another word, free will");
	is_str(scan("i'm so mad at will power"), "",
	    "mad at will before a noun");
	is_str(scan("i will call her. will he call me back"), "",
	    "will the verb");
	is_str(scan("hope said nothing. faith said to me it gets better"),
	    "", "said before no pronoun");
	is_str(scan("i lost my job and hope keeps slipping away"), "",
	    "keeps before another -ing");
	is_str(scan("i hope he texts me. hope she calls"), "",
	    "hope the verb before a pronoun");
	is_str(scan("joy left my life. the bill came in the mail"), "",
	    "left my life, the bill");
	is_str(scan("this summer left me broke. mark my words"), "",
	    "a determiner before, mark the verb");
}

/* Leaks found by an audit of chat-style messages (invented people). */
static void
test_form_initials(void)
{
	/* a form's line in capitals: "SURNAME, FIRST [M]" after a name's
	 * field or before DOB or MRN */
	is_str(scan("Patient: RIVERA, JAKE"), "NAME:RIVERA, JAKE",
	    "form: surname, first name after Patient:");
	is_str(scan("PATIENT NAME: OKAFOR, MAYA A"), "NAME:OKAFOR, MAYA A",
	    "form: with a middle initial after NAME:");
	is_str(scan("Client: OKAFOR, MAYA"), "NAME:OKAFOR, MAYA",
	    "form: after Client:");
	is_str(scan("PT: RIVERA, JAKE M."), "NAME:RIVERA, JAKE M.",
	    "form: after PT:, the initial's stop");
	is_str(scan("Resident: CHEN, LUCY"), "NAME:CHEN, LUCY",
	    "form: after Resident:");
	is_str(scan("RIVERA, JAKE DOB 03/14/1961"),
	    "NAME:RIVERA, JAKE|DATE:03/14/1961", "form: before DOB");
	is_str(scan("RIVERA, JAKE M. DOB 03/14/1961"),
	    "NAME:RIVERA, JAKE M.|DATE:03/14/1961",
	    "form: before DOB, past the initial's stop");
	is_str(scan("OKAFOR, MAYA MRN 449201"),
	    "NAME:OKAFOR, MAYA|MRN:449201", "form: before MRN");
	is_str(scan("DIAGNOSIS: ANXIETY, DEPRESSION"), "",
	    "form: a diagnosis stays");
	is_str(scan("ALLERGIES: PENICILLIN, LATEX"), "",
	    "form: allergies stay");
	is_str(scan("CONDITION: STABLE, ALERT"), "", "form: a condition stays");
	is_str(scan("PLAN: CBT, SSRI"), "", "form: a plan stays");
	is_str(scan("Patient: STABLE, ALERT"), "",
	    "form: words of no name after a name's field stay");
	is_str(scan("STATUS: WHITE, GRACE"), "",
	    "form: a field of no name");
	/* a surname alone as a clause's subject, in lower case */
	is_str(scan("okafor said i should rest"), "NAME:okafor",
	    "surname: before said and a pronoun");
	is_str(scan("rivera told me to sleep more"), "NAME:rivera",
	    "surname: before told me");
	is_str(scan("patel keeps asking me"), "NAME:patel",
	    "surname: before keeps asking");
	is_str(scan("rivera is a river"), "", "surname: before is stays");
	is_str(scan("okafor is my therapist"), "",
	    "surname: no deed, no name");
	/* an initial after a title, or as a clause's subject */
	is_str(scan("mrs k said i should rest"), "NAME:k",
	    "initial: after mrs, before said");
	is_str(scan("Mrs k said I should rest"), "NAME:Mrs k",
	    "initial: a capitalised title with it");
	is_str(scan("dr. m said i'm fine"), "NAME:m", "initial: after dr.");
	is_str(scan("ms. t was kind"), "NAME:t", "initial: before was");
	is_str(scan("ask mr j."), "NAME:j", "initial: at the clause's end");
	is_str(scan("mr j told me to leave"), "NAME:j",
	    "initial: before told");
	is_str(scan("J. told me to call"), "NAME:J",
	    "initial: a clause's subject");
	is_str(scan("then k. said she'd come"), "NAME:k",
	    "initial: after an opener, in lower case");
	is_str(scan("J. is a letter"), "", "initial: before is stays");
	is_str(scan("vitamin K helps"), "", "initial: vitamin K stays");
	is_str(scan("plan B is ok"), "", "initial: plan B stays");
	is_str(scan("grade A work"), "", "initial: grade A stays");
	is_str(scan("I got a B. told my mom"), "",
	    "initial: a grade before a clause stays");
	is_str(scan("my dr a lot of the time"), "",
	    "initial: a, i, u are words");
	is_str(scan("i have ms t cells"), "",
	    "initial: the ms of multiple sclerosis");
	is_str(scan("the prof. e.g. said so"), "",
	    "initial: an abbreviation's letters");
}

static void
test_name_edges(void)
{
	/* chat's "fr" (for real) is no priest's title before a letter */
	is_str(scan("fr b said it was fine"), "", "fr: chat's, before b");
	is_str(scan("fr. b said it was fine"), "NAME:b",
	    "fr: the title with its stop");
	is_str(scan("Fr b said it was fine"), "NAME:Fr b",
	    "fr: the title capitalised");
	is_str(scan("mrs k said no"), "NAME:k", "fr: other titles as before");
	/* an oath before a word that goes on from it */
	is_str(scan("oh jesus no"), "", "oath: before no");
	is_str(scan("ugh christ why"), "", "oath: before why");
	is_str(scan("oh jesus is here"), "NAME:jesus",
	    "oath: a person before is");
	is_str(scan("my friend jesus no longer calls"), "NAME:jesus",
	    "oath: after no word of dismay");
	/* a surname's particles after a title in lower case */
	is_str(scan("i saw dr. de la cruz today"), "NAME:de la cruz",
	    "particles: after dr. in lower case");
	is_str(scan("i saw dr van der berg"), "NAME:van der berg",
	    "particles: after dr in lower case");
	is_str(scan("I saw Dr. De La Cruz today"), "NAME:Dr. De La Cruz",
	    "particles: capitalised as before");
	is_str(scan("I saw dr. de la cruz today"), "NAME:de la cruz",
	    "particles: after dr. in a text with capitals");
	is_str(scan("I saw dr. van der berg today"), "NAME:van der berg",
	    "particles: a particle that is a surname too");
	is_str(scan("i saw dr. bin osman today"), "NAME:bin osman",
	    "particles: bin");
	is_str(scan("I saw Dr. van der Berg today"),
	    "NAME:Dr. van der Berg", "particles: with the capitalised title");
	is_str(scan("I saw dr. de la today"), "",
	    "particles: before an everyday word");
	is_str(scan("fr de la cruz said"), "NAME:de la cruz",
	    "particles: after the priest's fr");
	/* "A." as an initial opening a clause */
	is_str(scan("A. told me to rest"), "NAME:A", "A.: before told me");
	is_str(scan("So A. said she'd call"), "NAME:A",
	    "A.: after an opener");
	is_str(scan("Plan A. told me nothing"), "", "A.: plan A stays");
	is_str(scan("I got an A. told my mom"), "", "A.: a grade stays");
	is_str(scan("A. fib is scary"), "", "A.: a. fib stays");
	/* a first name that is also a word after "that", with capitals */
	is_str(scan("I hate that rose told everyone"), "NAME:rose",
	    "that: before told everyone");
	is_str(scan("I know that grace kept asking why"), "NAME:grace",
	    "that: before kept asking");
	is_str(scan("I love that rose bush"), "", "that: the bush stays");
	is_str(scan("I hate that the rose told everyone"), "",
	    "that: after the, stays");
	is_str(scan("I hate that rose said nothing"), "",
	    "that: said nothing stays");
	/* chat's "its" for "it's" opening a sentence */
	is_str(scan("its maya again, she texted"), "NAME:maya",
	    "its: before a first name");
	is_str(scan("Its maya again"), "NAME:maya", "its: capitalised");
	is_str(scan("the dog wagged its maya"), "", "its: inside a sentence");
	is_str(scan("its grace period"), "", "its: before a word");
	/* MD and PA after a person's name are degrees, no states */
	is_str(scan("Robert Chen, MD saw me"), "NAME:Robert Chen",
	    "credential: MD after a first name and surname");
	is_str(scan("Maya Okafor, PA said it was fine"), "NAME:Maya Okafor",
	    "credential: PA after a first name and surname");
	is_str(scan("I live in Frederick, MD now"), "LOCATION:Frederick, MD",
	    "credential: a town of one word stays");
	is_str(scan("We moved to Silver Spring, MD"),
	    "LOCATION:Silver Spring, MD", "credential: a town's words stay");
	is_str(scan("We drove to Spring Grove, PA"),
	    "LOCATION:Spring Grove, PA", "credential: a town's word stays");
	/* the "ji" of respect after a family word, capitalised */
	is_str(scan("Papa Ji called"), "", "ji: after Papa");
	is_str(scan("My Nani Ji says hi"), "", "ji: after My Nani");
	is_str(scan("My Mom Ji says hi"), "", "ji: after My Mom");
	is_str(scan("Papa Ji Kumar called"), "NAME:Papa Ji Kumar",
	    "ji: before a surname, the run as before");
	is_str(scan("Anna Ji called"), "NAME:Anna Ji", "ji: a surname");
	/* a name in Devanagari before the mark of one who did a deed */
	is_str(scan("my mom, कमला ने कहा"), "NAME:कमला",
	    "agent: a name before ne");
	is_str(scan("my mom, पापा ने कहा"), "", "agent: a family word stays");
	is_str(scan("my mom, मैंने कहा"), "", "agent: a word stays");
	/* a name with an apostrophe inside, after a relation word */
	is_str(scan("my bff ja'nae is coming"), "NAME:ja'nae",
	    "apostrophe: after bff");
	is_str(scan("my friend o'brien is coming"), "NAME:o'brien",
	    "apostrophe: after friend");
	is_str(scan("my friends y'all are great"), "", "apostrophe: y'all");
	is_str(scan("my friend can't come"), "",
	    "apostrophe: a contraction stays");
	/* two letters a person goes by, after a relation word */
	is_str(scan("my roommate kz said no"), "NAME:kz",
	    "initials: before said");
	is_str(scan("My roommate kz said no"), "NAME:kz",
	    "initials: in a text with capitals");
	is_str(scan("my bf rn said no"), "", "initials: chat's rn stays");
	is_str(scan("my roommate kz and i"), "",
	    "initials: before no deed stays");
	is_str(scan("my mom dr said"), "", "initials: a title stays");
}

/* Mends of this session's name rules that a reviewer's probes found
 * taking too much or too little. */
static void
test_name_mends(void)
{
	/* before ne: pronouns, family words and roles are no names */
	static const char *const agents[] = {"उस", "इस", "किसी", "सब", "उसी",
		"नानी", "दादी", "भैया", "आंटी", "अम्मी", "पापाजी", "डॉक्टर",
		"टीचर", "पड़ोसी", "प\xe0\xa5\x9cोसी", "बेटे", "पति", "लोगों",
		"मैम", "स", NULL};
	static const char *const agents_ur[] = {"ابو", "امی", "اس", "سب",
		"ڈاکٹر", NULL};
	static const char *const oath_persons[] = {
		"omg jesus again texted me at 3am",
		"ugh jesus again asked me out", "oh jesus no longer talks to me",
		"ugh jesus not answering my texts again",
		"ugh jesus please stop texting me",
		"omg jesus what a jerk he is", NULL};
	static const char *const frs[][2] = {
		{"fr rice called", "NAME:rice"},
		{"went to see fr wood", "NAME:wood"},
		{"my priest fr j told me", "NAME:j"},
		{"fr k said", "NAME:k"},
		{"fr bin osman", "NAME:bin osman"},
		{"went to see fr b", "NAME:b"},
		{"fr u said", ""},
		{"ngl fr tho i miss her", ""},
		{"i miss her fr tho", ""},
		{"fr real", ""},
		{"fr nah. fr sis. fr girl same", ""},
		{"fr man that sucks. fr cant deal", ""},
		{"ugh fr real", ""},
		{"i saw fr rice", "NAME:rice"},
		{NULL, NULL}};
	static const char *const initials[][2] = {
		{"A. Told me to rest", "NAME:A"},
		{"Grade: A. Told everyone", ""},
		{"Grade: A. told everyone", ""},
		{"A. told me to rest", "NAME:A"},
		{"I'm in Glenn Dale, MD", "LOCATION:Glenn Dale, MD"},
		{"Lived in Warren Glenn, PA", "LOCATION:Warren Glenn, PA"},
		{"Robert Chen, MD saw me", "NAME:Robert Chen"},
		{"I was referred to Maya Okafor, MD", "NAME:Maya Okafor"},
		{"a letter from Maya Okafor, MD came", "NAME:Maya Okafor"},
		{"we moved to Glenn Dale, MD", "LOCATION:Glenn Dale, MD"},
		{NULL, NULL}};
	char line[128];

	for (size_t k = 0; agents[k] != NULL; k++) {
		snprintf(line, sizeof(line), "my mom, %s ने कहा", agents[k]);
		is_str(scan(line), "", "agent: no name before ne");
	}
	for (size_t k = 0; agents_ur[k] != NULL; k++) {
		snprintf(line, sizeof(line), "my mom, %s نے کہا", agents_ur[k]);
		is_str(scan(line), "", "agent: no name before Urdu ne");
	}
	is_str(scan("my mom, कमला ने कहा"), "NAME:कमला",
	    "agent: a name before ne still");
	is_str(scan("my mom, فاطمہ نے کہا"), "NAME:فاطمہ",
	    "agent: a name before Urdu ne");
	/* an oath's words go on to a stop; before a deed, a person's */
	for (size_t k = 0; oath_persons[k] != NULL; k++)
		is_str(scan(oath_persons[k]), "NAME:jesus",
		    "oath: a person before what he did");
	is_str(scan("oh jesus no no no"), "", "oath: no no no");
	is_str(scan("ugh christ not again."), "", "oath: not again");
	is_str(scan("oh jesus please help"), "", "oath: please help");
	is_str(scan("oh jesus no, not again"), "", "oath: no before a comma");
	is_str(scan("lord jesus please give me strength. sweet jesus what a "
	            "day. holy christ what was that. oh god jesus what do i do"),
	    "", "oath: after lord, sweet, holy or god, going on");
	is_str(scan("oh jesus no i cant do this. omg jesus why is this "
	            "happening. ugh jesus help me. oh jesus seriously guys"),
	    "", "oath: its words before the sentence goes on");
	is_str(scan("thank god jesus came"), "NAME:jesus",
	    "oath: not after god before a deed");
	/* "fr" is chat's only before chat's words and letters */
	for (size_t k = 0; frs[k][0] != NULL; k++)
		is_str(scan(frs[k][0]), frs[k][1], frs[k][0]);
	/* "A." takes no capitalised verb after it, nor opens after ':';
	 * a place after "in" before ", MD" */
	for (size_t k = 0; initials[k][0] != NULL; k++)
		is_str(scan(initials[k][0]), initials[k][1], initials[k][0]);
}

static void
test_chat_leaks(void)
{
	/* an age over 89 before a word that closes what was said */
	is_str(scan("she's 93 lol"), "AGE:93", "age: before lol");
	is_str(scan("he is 95 now"), "AGE:95", "age: before now");
	is_str(scan("my score was 93 lol"), "", "age: a score before lol stays");
	is_str(scan("my mom is 95 pounds lol"), "",
	    "age: a measure before lol stays");
	/* a first name in lower case after a relation word, then the age */
	is_str(scan("grandma ruth is 94 and in hospice"),
	    "NAME:ruth|AGE:94", "age: relation, name in lower case, is");
	is_str(scan("my nana ruth's 94"), "NAME:ruth|AGE:94",
	    "age: relation, name in lower case, 's");
	is_str(scan("my sister maya is 94 percent sure"), "NAME:maya",
	    "age: a relation's name before a measure stays");
	/* a town in lower case, no comma, then a ZIP, after a street */
	is_str(scan("send it to 88 birch lane springfield 62704 pls"),
	    "ADDRESS:88 birch lane springfield 62704",
	    "address: a lower-case town and ZIP with no comma");
	is_str(scan("addressed to 42 elm st apt 4b riverton ca 95501"),
	    "ADDRESS:42 elm st apt 4b riverton ca 95501",
	    "address: unit, town, state and ZIP in lower case");
	is_str(scan("i live at 42 elm street since 2019"),
	    "ADDRESS:42 elm street", "address: a year after it stays out");
	is_str(scan("we live on 42 elm st for 10000 days"), "ADDRESS:42 elm st",
	    "address: a small word before five digits stays out");
	/* a town in lower case after "hometown is", a year, "drive home to" */
	is_str(scan("my hometown is millbrook"), "LOCATION:millbrook",
	    "town: after hometown is");
	is_str(scan("My hometown was riverton, tiny"), "LOCATION:riverton",
	    "town: after hometown was, in a text with capitals");
	is_str(scan("born in 1988 in riverton"), "LOCATION:riverton",
	    "town: a year between born in and in");
	is_str(scan("I was born in 1988 in riverton"), "LOCATION:riverton",
	    "town: a year between, in a text with capitals");
	is_str(scan("drive home to riverton then drive to millbrook"),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after drive home to and drive to");
	is_str(scan("my hometown is small and boring, born in 1988 in a "
	            "small town, drive home safe"),
	    "", "town: an ordinary word after the cues stays");
	is_str(scan("i moved in 2019 to be closer, my hometown is far"), "",
	    "town: a verb or a word after the year or is stays");
	/* a street with no number after any "on": numbered, or an avenue */
	is_str(scan("the shelter on 12th street"), "ADDRESS:12th street",
	    "street: a numbered one after on");
	is_str(scan("meet me on grand ave tmrw"), "ADDRESS:grand ave",
	    "street: a named avenue after on");
	is_str(scan("in 5th grade, works on wall street, on 12th floor"), "",
	    "street: a grade, an idiom and a floor stay");
	/* a town in lower case, no ZIP, ending the line after a street */
	is_str(scan("42 elm street riverton"), "ADDRESS:42 elm street riverton",
	    "address: a lower-case town ending the line");
	is_str(scan("i live at 42 elm street riverton. it is quiet"),
	    "ADDRESS:42 elm street riverton",
	    "address: a lower-case town ending the sentence");
	is_str(scan("i live at 42 elm street tonight"), "ADDRESS:42 elm street",
	    "address: an ordinary word after it stays out");
	/* after "in" alone a town before a state or country; a borough
	 * after "the"; a town after "over in" */
	is_str(scan("im in riverton ohio, we are in boston usa"),
	    "LOCATION:riverton|LOCATION:boston",
	    "town: after in, before a state or country");
	is_str(scan("i'm in bed ohio is cold, i'm in pain ok, in therapy us"),
	    "", "town: an ordinary word before a state or its code stays");
	is_str(scan("we grew up in the bronx"), "LOCATION:bronx",
	    "town: a borough after the");
	is_str(scan("We grew up in the bronx. I live in the hamptons now"),
	    "LOCATION:bronx|LOCATION:hamptons",
	    "town: a borough after the, in a text with capitals");
	is_str(scan("over in riverton it rains, over in a minute"),
	    "LOCATION:riverton", "town: after over in");
	/* after "in" and a relation of "my", or a form of "be", a word
	 * shaped as a town: a town of the table's or a town's ending */
	is_str(scan("my grandma in riverton is sick. my therapist in "
	            "millbrook is great"),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after my and a relation and in");
	is_str(scan("i'm staying at my aunt's in millbrook, my friends in "
	            "riverton"),
	    "LOCATION:millbrook|LOCATION:riverton",
	    "town: after a relation's 's or a plural relation and in");
	is_str(scan("things have been rough in riverton since the plant closed"),
	    "LOCATION:riverton", "town: after been, a word and in");
	is_str(scan("i was in millbrook, we're in boston, it's rough in "
	            "riverton"),
	    "LOCATION:millbrook|LOCATION:boston|LOCATION:riverton",
	    "town: after a form of be and in");
	is_str(scan("my grandma in the hospital, my therapist in training, my "
	            "aunt's in town, my friends in school, my mom in law"),
	    "", "town: an ordinary word after a relation and in stays");
	is_str(scan("i'm in therapy now, rough in the mornings, she's in "
	            "denial, my brother in arms, my grandma in heaven, my "
	            "therapist in person"),
	    "", "town: an ordinary word or a name after in stays");
	is_str(scan("my friend in kindergarten, i was in lockdown, been in "
	            "quarantine, my cousin in skool"),
	    "", "town: a word of no town's shape after a weak cue stays");
	/* a thing, a game's world or a mood's "ville" in a town's shape,
	 * or a word after it of a mood or a show, stays */
	is_str(scan("we were in carpool when she cried, my bf in bloxburg "
	            "dumped me, my bf in starfield, my brother's in nollywood"),
	    "", "town: a thing or a game's world of a town's ending stays");
	is_str(scan("i'm in sadville, stuck in dullsville, im in cringeville, "
	            "i'm in hellsville"),
	    "", "town: a mood and ville after a weak cue stays");
	is_str(scan("my kid is in deadpool mode, she was in wonton heaven, "
	            "i'm in my riverton era, i was in backwood country"),
	    "", "town: a town's shape before mode, heaven, era stays");
	is_str(scan("my parents are in shelbyville, my grandma's in riverton. "
	            "we're in millbrook rn"),
	    "LOCATION:shelbyville|LOCATION:riverton|LOCATION:millbrook",
	    "town: a town of a name and ville, before a period or rn");
	/* a known town with an 's after a weak cue is a person's name */
	is_str(scan("my daughter is in madison's class and my sister's in "
	            "charlotte's room"),
	    "NAME:madison|NAME:charlotte",
	    "town: a known town with its 's after a weak cue is a name");
	/* the same in a text with capitals, as phones write it: "I" and
	 * the first word capitalised, the town not */
	is_str(scan("I'm in riverton now. My grandma's in millbrook"),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after I'm or a relation's 's and in, with capitals");
	is_str(scan("We're in riverton rn. I was in millbrook all week."),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after a form of be and in, with capitals");
	is_str(scan("Things are rough. My therapist in millbrook is great."),
	    "LOCATION:millbrook",
	    "town: after my and a relation and in, with capitals");
	is_str(scan("Been in riverton for a year. It's been rough in "
	            "oakbury"),
	    "LOCATION:riverton|LOCATION:oakbury",
	    "town: after Been, or been and a word, and in, with capitals");
	is_str(scan("I'm in therapy now. My grandma in the hospital. I'm in "
	            "love. She's in denial. My sister in law. I was in "
	            "lockdown. We were in kindergarten. I'm in detox."),
	    "", "town: an ordinary word after a weak cue stays, with capitals");
	is_str(scan("My bf in minecraft. I'm in my feelings. He's in rehab. "
	            "I'm in shambles. My mom's in heaven. I'm in sadville. I "
	            "was in carpool. My bf in bloxburg. I'm in deadpool mode."),
	    "", "town: a thing, a world or a mood stays, with capitals");
	is_str(scan("My daughter is in madison's class. I'm in support groups, "
	            "I was in passport control"),
	    "",
	    "town: a name's 's, or a word of a town's ending, with capitals");
	/* a known town of the word table's, in lower case in a text with
	 * capitals, after the same cues */
	is_str(scan("I'm in chicago now. My grandma in boston is sick"),
	    "LOCATION:chicago|LOCATION:boston",
	    "town: a known town after I'm or a relation and in, with capitals");
	is_str(scan("We moved, I'm in denver now. My therapist in austin is "
	            "great"),
	    "LOCATION:denver|LOCATION:austin",
	    "town: a known town that is a name too, with capitals");
	is_str(scan("I was in houston last week. My aunt's in dallas, I'm in "
	            "nyc"),
	    "LOCATION:houston|LOCATION:dallas|LOCATION:nyc",
	    "town: a known town after be or a relation's 's, with capitals");
	is_str(scan("I'm in reading mode. My son is in mobile games. I'm in "
	            "phoenix mode. I was in jackson's class. I'm in charlotte's "
	            "web era. I'm in paris syndrome."),
	    "",
	    "town: a known town before mode, syndrome or an 's, with capitals");
	is_str(scan("i'm in paris syndrome, my mom's in stockholm syndrome"),
	    "",
	    "town: a known town before syndrome, in lower case");
	is_str(scan("Talked to austin today. The chicago trip was fun. Denver "
	            "is nice"),
	    "LOCATION:Denver",
	    "town: a known town with no cue before it stays as it was");
	/* a mood or state with any town's ending, not "ville" alone */
	is_str(scan("I'm in sadburg. I was in hellton, I'm in sleepwood. I'm "
	            "in cringefield, we're in hellport. I'm in goblinton."),
	    "", "town: a mood and a town's ending stays, with capitals");
	is_str(scan("i'm in sadburg, i was in hellton, i'm in sleepwood, "
	            "i'm in happyville, i'm in anxietyville"),
	    "", "town: a mood and a town's ending stays, in lower case");
	is_str(scan("I'm in happyville. I'm in weirdville, I'm in "
	            "detoxville. I'm in recoveryville"),
	    "", "town: more moods and ville stay, with capitals");
	is_str(scan("I'm in dumbarton. We're in sadsburyton"),
	    "LOCATION:dumbarton|LOCATION:sadsburyton",
	    "town: a mood's letters before more than an ending are a town");
	/* a show's town, and a show's season */
	is_str(scan("I'm in bridgerton. My son's in smallville. My wife is "
	            "in downton season."),
	    "", "town: a show's town or season stays, with capitals");
	/* a mark after the town that keeps the walk off its fast paths */
	is_str(scan("I'm in riverton... it's lonely. We're in millbrook: "
	            "quiet"),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after in, before '..' or ':', with capitals");
	is_str(scan("I'm from tulsa... it's far"), "LOCATION:tulsa",
	    "town: after from, before '..', with capitals");
	/* a month and a day with '-' or '.' after an appointment's word */
	is_str(scan("my next appt is 7-15"), "DATE:7-15",
	    "date: a dash after appt is");
	is_str(scan("my appointment is on 10.3. court on 11-2 at noon"),
	    "DATE:10.3|DATE:11-2", "date: a dot or dash after is on, on");
	is_str(scan("the recovery after surgery is 2-3. the fee for the "
	            "procedure is 1-2. the team passed 3-4. we lost since 1-2."),
	    "", "date: a range after a word of no one's appointment stays");
	is_str(scan("PHQ 7-15, a 7-15 range, 10.3 mg, ios 10.3, my appt is "
	            "3-4 hours long, my score is 7-15"),
	    "", "date: a score, a dose, a version, a range stay");
	is_str(scan("tmrw the 5th, tomorrow the 14th i see her"),
	    "DATE:5th|DATE:14th", "date: a day after a day near now and the");
	is_str(scan("plead the 5th, today the 3rd time"), "",
	    "date: an idiom and a count stay");
	is_str(scan("19 park place"), "ADDRESS:19 park place",
	    "address: a place filling its line");
	is_str(scan("i live at 19 park pl. it is quiet"), "ADDRESS:19 park pl.",
	    "address: a place after a cue");
	is_str(scan("home is 1 safe place. it is 2 nice place"), "",
	    "address: a place after one digit stays");
	is_str(scan("5 star place to eat. i came in 2nd place"), "",
	    "address: a place with words after it, a rank stay");
	/* a spelled address whose local part is a word of no list */
	is_str(scan("my email is mayaokafor at example dot com pls"),
	    "EMAIL:mayaokafor at example dot com",
	    "email: a local part of no list, spelled out");
	is_str(scan("email: kzbrooks at example dot org"),
	    "EMAIL:kzbrooks at example dot org",
	    "email: a local part of no list, after email:");
	is_str(scan("i was lookin at amazon dot com"), "",
	    "email: a word of no list with no cue before it stays");
	is_str(scan("I work at amazon dot com"), "",
	    "email: an ordinary word before at stays");
	is_str(scan("bought it cheap at walmart dot com"), "",
	    "email: an ordinary word before at stays, again");
}

/* Places, addresses and dates written as chat writes them: an address
 * obfuscated, a town before its country, a corner, a day after "on";
 * and the fields and words beside them that name no one. */
static void
test_chat_places(void)
{
	is_str(scan("email me mayaokafor(at)example.com or "
	            "mayaokafor[at]example.org"),
	    "EMAIL:mayaokafor(at)example.com|EMAIL:mayaokafor[at]example.org",
	    "email: a bracketed at before a domain, local part of no list");
	is_str(scan("i work at example.com, browsing at example.org"),
	    "URL:example.com|URL:example.org",
	    "email: a plain at before a domain, no cue, stays a site");
	is_str(scan("mayaokafor at example dot com pls"),
	    "EMAIL:mayaokafor at example dot com",
	    "email: spelled out, opening its sentence with no cue");
	is_str(scan("lookin at amazon dot com rn. ok. shopping at walmart dot "
	            "com"),
	    "", "email: a verb opening its sentence stays");
	is_str(scan("i'm in manchester uk now. im in millbrook usa"),
	    "LOCATION:manchester|LOCATION:millbrook",
	    "town: a surname or a town's ending before a country");
	is_str(scan("life in lockdown uk, in therapy usa, in rehab canada"), "",
	    "town: another word before a country stays");
	is_str(scan("we met near maple & 5th, the cafe at 5th and main"),
	    "ADDRESS:maple & 5th|ADDRESS:5th and main",
	    "address: a corner with a numbered street");
	is_str(scan("meet at maple st & 5th ave tonight"),
	    "ADDRESS:maple st & 5th ave", "address: a corner with street words");
	is_str(scan("came in at 5th and final, i was at work and 5th, i "
	            "finished at 5th and happy"),
	    "", "address: a rank and an ordinary word stay");
	is_str(scan("i live on park place"), "ADDRESS:park place",
	    "address: a place after live on");
	is_str(scan("we live on a nice place, i'm on park place"), "",
	    "address: a place after a or after i'm on stays");
	is_str(scan("see you on 10.3"), "DATE:10.3",
	    "date: a day and month after on");
	is_str(scan("version 10.3, scored 10.3, 10.3 mg, i'm on 10.3, running "
	            "on 10.3, started on 2.5, on 10.3 seconds"),
	    "", "date: a version, score, dose or measure stays");
	is_str(scan("we cut back on 2.5, then we agreed on 1.5"), "",
	    "date: a dose cut back on, a figure agreed on stays");
	is_str(scan("she's on 2.5, doc put me on 2.5, it depends on 1.5, "
	            "the score was 5 on 10.3, the app crashed on 10.3"),
	    "", "date: after a pronoun, a verb or a score, on a number stays");
	is_str(scan("we're meeting on 4.11, my flight on 2.5"),
	    "DATE:4.11|DATE:2.5", "date: after a meeting or a flight, on");
	is_str(scan("Qty 30 Refills 2. 30 Tablets 2. 30 Days 2"), "",
	    "address: a prescription's fields stay");
	is_str(scan("1593 Pagari 18"), "ADDRESS:1593 Pagari 18",
	    "address: a street with its number last still");
	is_str(scan("\xeb\xb0\xb0 \xec\x94\xa8\xeb\xa5\xbc \xec\x8b\xac"
	            "\xec\x97\x88\xec\x96\xb4"),
	    "", "korean: a pear's seeds sown, no surname");
	is_str(scan("\xea\xb9\x80 \xec\x94\xa8\xea\xb0\x80 \xec\xa0\x84"
	            "\xed\x99\x94\xed\x96\x88\xec\x96\xb4, \xea\xb9\x80 "
	            "\xec\x94\xa8\xea\xb0\x80 \xec\x8b\xac\xed\x95\x98"
	            "\xea\xb2\x8c"),
	    "NAME:\xea\xb9\x80|NAME:\xea\xb9\x80",
	    "korean: a surname before ssi, badly, still a name");
	is_str(scan("\xea\xb9\x80 \xec\x94\xa8\xeb\x8a\x94 \xec\x8b\xac"
	            "\xea\xb8\xb0\xea\xb0\x80 \xeb\xb6\x88\xed\x8e\xb8"
	            "\xed\x96\x88\xec\x96\xb4, \xeb\xb0\x95 \xec\x94\xa8"
	            "\xea\xb0\x80 \xec\x8b\xac\xec\x96\xb4\xec\xa4\x80 "
	            "\xeb\xaf\xbf\xec\x9d\x8c\xec\x9d\xb4 \xec\xbb\xb8"
	            "\xec\x96\xb4, \xec\xb5\x9c \xec\x94\xa8\xeb\xa5\xbc "
	            "\xeb\xbf\x8c\xeb\xa6\xac\xec\xb9\x98\xea\xb3\xa0 "
	            "\xeb\x82\x98\xec\x99\x94\xec\x96\xb4, \xec\x9c\xa4 "
	            "\xec\x94\xa8\xeb\xa5\xbc \xec\x82\xbc\xed\x82\xa4"
	            "\xeb\x93\xaf \xeb\x85\xb8\xeb\xa0\xa4\xeb\xb4\xa4"
	            "\xec\x96\xb4, \xec\x9e\xa5 \xec\x94\xa8\xeb\xa5\xbc "
	            "\xec\x8b\xac\xec\x96\xb4\xec\xa4\x80 \xec\x82\xac"
	            "\xeb\x9e\x8c"),
	    "NAME:\xea\xb9\x80|NAME:\xeb\xb0\x95|NAME:\xec\xb5\x9c|"
	    "NAME:\xec\x9c\xa4|NAME:\xec\x9e\xa5",
	    "korean: a surname before ssi and a mood, a deed, a root's verb");
}

/* A second audit of how chat writes what names someone, and the near
 * forms beside it that name no one. */
static void
test_chat_audit2(void)
{
	is_str(scan("my roommate kz"), "NAME:kz",
	    "initials: after a relation word, ending the text");
	is_str(scan("my bestie kz. she gets it"), "NAME:kz",
	    "initials: ending the sentence");
	is_str(scan("My roommate kz!"), "NAME:kz",
	    "initials: ending the sentence, in a text with capitals");
	is_str(scan("my bf rn. my mom dr. my roommate kz and i"), "",
	    "initials: chat's rn, a title, an and going on stay");
	is_str(scan("me, maya and kz went"), "NAME:maya|NAME:kz",
	    "initials: after a first name and and");
	is_str(scan("maya, kz, and sam all ditched me"),
	    "NAME:maya|NAME:kz|NAME:sam", "initials: between commas in a list");
	is_str(scan("hanging w/ kz and jordan"), "NAME:kz|NAME:jordan",
	    "initials: before and and a first name");
	is_str(scan("watched tv and maya came. maya and bc. the pc, sam and i"),
	    "NAME:maya|NAME:maya|NAME:sam",
	    "initials: a thing or chat's word beside a name stays");
	is_str(scan("ship to maya, mp 35739"), "NAME:maya",
	    "initials: a region's code before its postcode stays");
	is_str(scan("i saw dr okafor at the clinic"), "NAME:okafor",
	    "title: a surname before at after dr");
	is_str(scan("ms okafor in the office, dr. okafor at noon"),
	    "NAME:okafor|NAME:okafor", "title: before in after ms, after dr.");
	is_str(scan("the nurse sang to me, the coach hung up on me"), "",
	    "title: a verb after a title that is a noun stays");
	is_str(scan("my grandma turns 99 tmrw"), "AGE:99",
	    "age: turns after a relation word");
	is_str(scan("my dad turns 90 next week"), "AGE:90",
	    "age: turns, then when");
	is_str(scan("the road turns 90 degrees, it turns 95 today"), "",
	    "age: turns after no one stays");
	is_str(scan("i go to riverton high"), "LOCATION:riverton high",
	    "school: a town and high, ending the clause");
	is_str(scan("my anxiety went to sky high. i was at hella high. at "
	            "waaay high. to the moon high. i went to smth general"),
	    "", "school: chat's measure before high, not a name");
	is_str(scan("i go to jefferson high. she works at kennedy memorial"),
	    "LOCATION:jefferson high|LOCATION:kennedy memorial",
	    "school: a first name before high still");
	is_str(scan("i go to riverton high school and i hate it"),
	    "LOCATION:riverton high school", "school: a town and high school");
	is_str(scan("i work at riverton general. the er at millbrook "
	            "memorial"),
	    "LOCATION:riverton general|LOCATION:millbrook memorial",
	    "facility: a town and general or memorial, ending the clause");
	is_str(scan("i go to westfield elementary in riverton"),
	    "LOCATION:westfield elementary|LOCATION:riverton",
	    "school: before in, and the town after it");
	is_str(scan("i went to millbrook community college"),
	    "LOCATION:millbrook community college",
	    "school: a community college");
	is_str(scan("i go to high school. at grad school, in summer school, "
	            "went to nursing school"),
	    "", "school: a school of no name stays");
	is_str(scan("i'm so high. in general i'm ok, at least high, at "
	            "riverton high street, i was at the middle"),
	    "", "school: high, general and middle as words stay");
	is_str(scan("my nan was born in 1931"), "DATE:1931",
	    "year: a birth over 89 years ago, after born in");
	is_str(scan("born 1928, still sharp"), "DATE:1928",
	    "year: a birth over 89 years ago, after born");
	is_str(scan("grandpa was born on 1932. her bday is 1930"),
	    "DATE:1932|DATE:1930", "age: a year of birth after on, bday is");
	is_str(scan("born in 1990, the clinic was born in 1948, in 1931 we"),
	    "", "year: a later birth, a year with no born before it stay");
}

/* A third audit of chat: the flats, streets and ages over 89 it
 * writes, and the near forms beside them that tell none. */
static void
test_chat_audit3(void)
{
	is_str(scan("my great aunt just hit 100"), "AGE:100",
	    "age: hit after a relation word, past just");
	is_str(scan("she hit 100, my gpa turns 95"), "AGE:100|AGE:95",
	    "age: hit after she, turns after chat's gpa");
	is_str(scan("she hit 100 likes. it hit 100 today"), "",
	    "age: hit before a measure, after no one stays");
	is_str(scan("at 95 he still drives. at 96, she walks"), "AGE:95|AGE:96",
	    "age: at, then she or he");
	is_str(scan("at 95% battery, scored 95, at 95 mph"), "",
	    "age: at before a measure, a score stay");
	is_str(scan("gma turns 99 tmrw"), "AGE:99",
	    "age: turns after chat's gma");
	is_str(scan("my gpa is 95"), "", "age: a grade's average stays");
	is_str(scan("(b. 1931)"), "DATE:1931",
	    "year: a birth over 89 years ago, after b.");
	is_str(scan("Maya Okafor, b. 1932"), "NAME:Maya Okafor|DATE:1932",
	    "year: b. after a comma");
	is_str(scan("plan b. 1931 was a year. (b. 1990)"), "",
	    "year: b. after a word, a later birth stay");
	is_str(scan("my apartment is 4B"), "ADDRESS:4B",
	    "flat: a number and a letter after my apartment is");
	is_str(scan("my unit's 3F. our apt is 12. my flat is 5c"),
	    "ADDRESS:3F|ADDRESS:12|ADDRESS:5c",
	    "flat: after 's, a bare number ending the clause");
	is_str(scan("my unit is 3. my apartment is 2 floors up, my apartment "
	            "is 2x bigger"),
	    "", "flat: a course's unit, a number before more, a measure stay");
	is_str(scan("suite 210"), "ADDRESS:suite 210",
	    "flat: suite and its number in lower case");
	is_str(scan("a suite of songs, the suite a friend booked"), "",
	    "flat: suite before no number stays");
	is_str(scan("i live in 5c. we're staying in 12B"),
	    "ADDRESS:5c|ADDRESS:12B", "flat: alone after a word of living and in");
	is_str(scan("i'm in 5th grade, i work in 3d, in 3d, room for 2"), "",
	    "flat: an ordinal, a trade, no word of living stay");
	is_str(scan("i'm staying at 21 harbor way, springfield"),
	    "ADDRESS:21 harbor way, springfield",
	    "street: a number, a word and way before the clause's end");
	is_str(scan("on the way, no way, by the way, a 12 step way, at 10 "
	            "different way"),
	    "", "street: way said of a manner stays");
	is_str(scan("my address is twelve elm street"),
	    "ADDRESS:twelve elm street", "street: a house number in words");
	is_str(scan("there is one main street, i have two main streets"), "",
	    "street: one, and a plural, stay");
	is_str(scan("im maya, 555-201-3344, 42 elm st"),
	    "NAME:maya|PHONE:555-201-3344|ADDRESS:42 elm st",
	    "street: a list's last after a comma");
	is_str(scan("i got 3, 2 more st"), "",
	    "street: one digit after a comma stays");
	is_str(scan("cvs on elm street"), "ADDRESS:elm street",
	    "street: after a shop and on");
	is_str(scan("he works on wall street, on easy street"), "",
	    "street: a trade, an idiom stay");
}

/* A fourth audit of chat: lower-case facilities, schools and dorms by
 * the word before their name, and the near forms that name none. */
static void
test_chat_audit4(void)
{
	is_str(scan("i was inpatient at millbrook psych for a week"),
	    "LOCATION:millbrook psych", "facility: a town and psych after at");
	is_str(scan("i called riverton behavioral health yesterday"),
	    "LOCATION:riverton behavioral health",
	    "facility: behavioral health after called");
	is_str(scan("my nurse at riverton memorial rn told me to rest"),
	    "LOCATION:riverton memorial", "facility: memorial before rn");
	is_str(scan("the counseling center at riverton said they are full"),
	    "LOCATION:riverton", "facility: a town after center at");
	is_str(scan("she lives in baker hall on campus"),
	    "LOCATION:baker hall", "facility: a dorm after in");
	is_str(scan("i grew up in the riverton projects"),
	    "LOCATION:riverton projects", "facility: a town's projects");
	is_str(scan("my school is jefferson high and i hate it"),
	    "LOCATION:jefferson high", "school: after my school is");
	is_str(scan("the counseling center was closed. behavioral health is "
	            "hard to get. mental health center was full"),
	    "", "facility: a center and health of no name stay");
	is_str(scan("my school is hard. my school is far away. the high "
	            "school is big"),
	    "", "school: a word after my school is stays");
	is_str(scan("she lives in the dorm. in the hall. at study hall. i "
	            "grew up in the projects. in the group projects"),
	    "", "facility: a hall, projects of no name stay");
	is_str(scan("at the psych ward. in forensic psych. the clinic at "
	            "noon. my health is bad. i was at hella psych"),
	    "", "facility: psych, at and health of no place stay");
	is_str(scan("I'm Kz, 19, and i feel lost"), "NAME:Kz",
	    "self: capitalised initials after I'm before an age");
	is_str(scan("hey I'm Kz, 19 and lost"), "NAME:Kz",
	    "self: after hey, the age ending the clause");
	is_str(scan("I'm OK, 19 days sober. I'm Ok, 19, and fine. I'm Kz, "
	            "19 days clean. I'm so tired"),
	    "", "self: OK, a vowel's word, an age's measure stay");
	is_str(scan("my bestie kz gets it though. my roommate jd gets me"),
	    "NAME:kz|NAME:jd",
	    "initials: after a relation word before gets it or gets me");
	is_str(scan("my bestie gets it though. my bestie is so kind. my bro "
	            "tv gets it. my mom hm gets better. my mom hm gets it"),
	    "", "initials: no letters, a thing, chat's hm, gets better stay");
	is_str(scan("i talked to officer brooks"), "NAME:brooks",
	    "title: a job's title after to, its surname ending the text");
	is_str(scan("i told officer brooks. i spoke with coach brooks."),
	    "NAME:brooks|NAME:brooks",
	    "title: after a verb of saying or with, before a stop");
	is_str(scan("the officer was kind. i talked to officer friendly about "
	            "it. the coach will. my coach brooks"),
	    "", "title: a noun after the or my, a word after it stay");
	is_str(scan("and then MAYA said i was overreacting"), "NAME:MAYA",
	    "caps: a first name after and then before said");
	is_str(scan("and then MOM said no. and then OMG it hit me. and then I "
	            "said no. and then NASA said"),
	    "", "caps: a relation, an interjection, I, an acronym stay");
	/* the review of those rules: the near forms they took */
	is_str(scan("the school at christmas was quiet. the hospital at "
	            "thanksgiving"),
	    "", "facility: a holiday after school at stays");
	is_str(scan("i grew up in the hood projects"), "",
	    "facility: a word and surname before projects stays");
	is_str(scan("i was in juvie hall. i was at juvy hall. i was at "
	            "lockdown psych"),
	    "", "facility: chat's word for the kind before hall, psych stays");
	is_str(scan("I'm Hm, 19. I'm Tv, 19. I'm Sm, 19. I'm Ft, 19"), "",
	    "self: chat's letters before an age stay in capitals too");
	is_str(scan("i want to coach young. i'd like to coach young. i used "
	            "to coach little"),
	    "", "title: the verb after an infinitive's to stays");
	is_str(scan("and then NAMI said to call. NAMI said to call. but ADA "
	            "says so"),
	    "", "caps: a body of care before said stays");
	is_str(scan("and then SIRI said no. so ALEXA said it. and then ZEUS "
	            "said. but NIKE says"),
	    "", "caps: an assistant, a god, a brand after and then stay");
	is_str(scan("I'm Kz, 19 years old. I'm Kz, 17 yo. I'm Kz, 20 f and "
	            "scared"),
	    "NAME:Kz|NAME:Kz|NAME:Kz", "self: before an age said as one");
	is_str(scan("I'm Kz, 19 years clean. I'm Kz, 19 m away"), "",
	    "self: before a measure of no age stays");
	is_str(scan("i talked to coach hill. i went to sergeant miller"),
	    "NAME:hill|NAME:miller", "title: to after a verb of going");
	/* the leaks at the head after that review */
	is_str(scan("Hi, I'm Kz, 19. Hey, I'm Kz, 19 and lost"),
	    "NAME:Kz|NAME:Kz", "self: after a greeting and a comma");
	is_str(scan("hey, its derek again"), "NAME:derek",
	    "its: after a greeting and a comma");
	is_str(scan("Hi, I'm new here. Hey, I'm Ok, 19, and fine. Hi, I'm "
	            "Kz, 19 days clean"),
	    "", "self: after a greeting and a comma, no initials stay");
	is_str(scan("I'm Al, 19, and i feel lost. Hi, I'm Ed, 19 yo. I'm Bo, "
	            "20 f"),
	    "NAME:Al|NAME:Ed|NAME:Bo", "self: a vowel's name of two letters");
	is_str(scan("I'm Al"), "NAME:Al", "self: two letters ending the text");
	is_str(scan("I'm Kz and i feel lost. Hi, I'm Ed. I\xE2\x80\x99m Bo."),
	    "NAME:Kz|NAME:Ed|NAME:Bo", "self: two letters ending the clause");
	is_str(scan("I'm AL born and raised. I'm Up, 19 hours awake. I'm So "
	            "tired. I'm Ok. I'm Oh, so tired. I'm Ma, 19. I'm Mt, 30. "
	            "I'm Nm, 19. I'm Us"),
	    "", "self: a state, a word, a sound, a state's code stay");
	is_str(scan("It's Al. So I'm Ed, 19 days clean. I'm In. I'm Kz, i "
	            "think"),
	    "", "self: after it's, a measure, a word, no age stay");
	is_str(scan("and then MAYA was like whatever. MAYA is like no"),
	    "NAME:MAYA|NAME:MAYA", "caps: a first name before was like");
	is_str(scan("and then NOTHING was like before. and then MOM was like. "
	            "and then IT was like whatever. and then NASA was like. so "
	            "SIRI was like"),
	    "", "caps: a word, a relation, an acronym before was like stay");
	is_str(scan("officer brooks lol he was nice. i talked to officer "
	            "brooks lol. talked to officer brooks today"),
	    "NAME:brooks|NAME:brooks|NAME:brooks",
	    "title: before lol or today, addressed or opening the sentence");
	is_str(scan("ms brooks today. Coach brooks lol"),
	    "NAME:brooks|NAME:Coach brooks",
	    "title: an honorific, a title in title case before today, lol");
	is_str(scan("officer training lol. the officer was nice lol. talked "
	            "to officer today. the coach will lol. idk if my dr will "
	            "lol. my coach brooks lol. the officer brooks lol. officer "
	            "down lol. i want to coach young today"),
	    "", "title: a word, the modal, a noun after the or my stay");
}

/* Towns in chat's spellings around "in": a quote, "i m", "n", "iam",
 * "life in", and a stay's "to" before psych. */
static void
test_chat_towns(void)
{
	is_str(scan("i live in \"riverton\" now, we moved to \"millbrook\""),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: in quotes after live in, moved to");
	is_str(scan("I live in \"ashbrook\" now"), "LOCATION:ashbrook",
	    "town: in quotes after live in, with capitals");
	is_str(scan("i live in \"fear\", in \"recovery\" mode, i'm in "
	            "\"recovery\""),
	    "", "town: an ordinary word in quotes stays");
	is_str(scan("i m in riverton for the week, i m stuck in millbrook"),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after chat's i m and in");
	is_str(scan("i m in bed, i m in love with her, i m in a meeting"), "",
	    "town: an ordinary word after i m in stays");
	is_str(scan("im n riverton rn, im n ferndale"),
	    "LOCATION:riverton|LOCATION:ferndale",
	    "town: after im and chat's n for in");
	is_str(scan("im n pain, im n bed rn, mac n cheese, rock n roll"), "",
	    "town: an ordinary word after n stays");
	is_str(scan("iam in riverton with my aunt"), "LOCATION:riverton",
	    "town: after chat's iam and in, iam no name");
	is_str(scan("iam in therapy, iam so tired, iam in love"), "",
	    "town: chat's iam is no name");
	is_str(scan("my whole life in riverton has been lonely"),
	    "LOCATION:riverton", "town: after life in");
	is_str(scan("my life in general, life in recovery is hard, my life in "
	            "shambles, life in lockdown"),
	    "", "town: an ordinary word after life in stays");
	is_str(scan("they admitted me to riverton psych last night. i got "
	            "admitted to pelham psych"),
	    "LOCATION:riverton psych|LOCATION:pelham psych",
	    "facility: a town and psych after admitted to");
	is_str(scan("admitted to the psych ward, admitted to inpatient psych, "
	            "i got admitted to forensic psych, she took me to her "
	            "psych appointment"),
	    "", "facility: psych of no place after admitted to stays");
	is_str(scan("I'm in vegas lol. My sister's in vegas"),
	    "LOCATION:vegas|LOCATION:vegas", "town: vegas, with capitals");
	is_str(scan("I'm in trouble lol. I'm in therapy lol. I'm in school"), "",
	    "town: an ordinary word after I'm in stays, with capitals");
	is_str(scan("Im n riverton rn. I'm in \"millbrook\" now"),
	    "LOCATION:riverton|LOCATION:millbrook",
	    "town: after n for in or in quotes, with capitals");
	is_str(scan("Im n pain rn. I'm in \"recovery\" now. I went to "
	            "\"riverton\""),
	    "", "town: a word after n, in quotes or no cue stays, with capitals");
}

/* A greeting, then "I'm" and a name: the span is the name alone, so the
 * person keeps one placeholder ("I'm Maya" and a later "Maya"). */
static void
test_greeting_self(void)
{
	is_str(scan("Hi, I'm Maya. Hi I'm Maya. Hey, I'm Maya. Hello I'm "
	            "Maya. Dear, I'm Maya"),
	    "NAME:Maya|NAME:Maya|NAME:Maya|NAME:Maya|NAME:Maya",
	    "greeting: I'm is no part of the name after it");
	is_str(scan("Hi, I'm Maya Okafor. Hey I\xE2\x80\x99m Maya Okafor"),
	    "NAME:Maya Okafor|NAME:Maya Okafor",
	    "greeting: I'm before a first name and a surname");
	is_str(scan("Hi, Im Maya. Hi Iam Maya. Hi, I am Maya. Hello, "
	            "I\xE2\x80\x99m Maya"),
	    "NAME:Maya|NAME:Maya|NAME:Maya|NAME:Maya",
	    "greeting: chat's Im, Iam, I am and a curly apostrophe");
	is_str(scan("Hi Maya, I'm Jon. Thanks, I'm Maya. Well, It's Maya"),
	    "NAME:Maya|NAME:Jon|NAME:Maya|NAME:Maya",
	    "greeting: a contraction after a comma is no first name");
	is_str(scan("Hey, it's Maya. Hi, this is Maya. Hello, my name is Maya"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "greeting: it's, this is, my name is before the name alone");
	is_str(scan("Hi, So Maya said no. Hey, Its Maya. Hi, Just Maya here"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "greeting: a word opening the sentence after it is no first name");
	is_str(scan("Hi, Ed Reyes said no. Hey, Bo Okafor here. Hello, Echo "
	            "Reyes came"),
	    "NAME:Ed Reyes|NAME:Bo Okafor|NAME:Echo Reyes",
	    "greeting: a given name held only as a word keeps its surname");
	is_str(scan("Anyway, So Maya said no. Yo, Also Maya came. ok so "
	            "Honestly Maya is kind"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "name: a word that says nothing of the subject is no first name");
	is_str(scan("Anyway, Just Maya said no. Ok, Yes Maya came. Yo, Sorry "
	            "Maya Okafor is late. Best wishes, Regards Maya Okafor"),
	    "NAME:Maya|NAME:Maya|NAME:Maya Okafor|NAME:Maya Okafor",
	    "name: a word of chat no one is called is no first name");
	is_str(scan("Hi Maya. Hi, Maya. Hello Maya Okafor. Dear Maya, thanks"),
	    "NAME:Maya|NAME:Maya|NAME:Maya Okafor|NAME:Maya",
	    "greeting: the name right after it is still taken");
	is_str(scan("Hi, I'm new here. Hi, I'm Ok. Hi, My mom is sick. Hey, "
	            "The doctor said"),
	    "", "greeting: I'm and ordinary words after it stay");
	is_str(scan("my dad Big Mike. I met Quarto Angelo there"),
	    "NAME:Big Mike|NAME:Quarto Angelo",
	    "name: an ordinary word before a surname inside a sentence");
}

/* Chat's forms of identifiers, all in lower case as people type them
 * to a chatbot, and the same words where they are none */
static void
test_chat_forms(void)
{
	is_str(scan("hope is my sister and she doesnt get it"), "NAME:hope",
	    "forms: a word-name of whom a relation is said");
	is_str(scan("will is my boyfriend. ugh amber was my best friend"),
	    "NAME:will|NAME:amber", "forms: was, after a word that opens");
	is_str(scan("hope is my only reason to stay. faith is my anchor. june "
	            "is my birthday month. music is my best friend"),
	    "", "forms: no relation, a month, no name stay");
	is_str(scan("hope my sister is ok. i think hope is my sister"), "",
	    "forms: a verb's hope, no clause's start stay");
	is_str(scan("my rent is due the 30th and im panicking. my custody "
	            "hearing is the 9th"),
	    "DATE:30th|DATE:9th", "forms: a day after due, a hearing's day");
	is_str(scan("im due for the 2nd dose. the hearing is the 2nd one. my "
	            "surgery is the worst part. pain due 8/10"),
	    "", "forms: an ordinal of no day, a rating after due stay");
	is_str(scan("on a scale of 1 to 10 i'm a 2. on a scale 1 to 10 i a 3"),
	    "", "forms: a rating before i'm or i is no address");
	is_str(scan("i live at 10 a st and im at 40 o'connell st"),
	    "ADDRESS:10 a st|ADDRESS:40 o'connell st",
	    "forms: a street of a, of an apostrophe's name");
	is_str(scan("im a sophomore at riverton university and i go to "
	            "riverton state university"),
	    "LOCATION:riverton university|LOCATION:riverton state university",
	    "forms: a university in lower case");
	is_str(scan("i dropped out of riverton community college. i was at "
	            "riverton general er last night"),
	    "LOCATION:riverton community college|LOCATION:riverton general",
	    "forms: out of a college, a hospital before its er");
	is_str(scan("the university is far. i'm at a university now. at "
	            "university i felt alone. i went to a state university"),
	    "", "forms: a university of no name stays");
	is_str(scan("in general er visits suck. i ran out of mental health "
	            "days. im out of state. i was at the general hospital er"),
	    "", "forms: general, out of, a state of no place stay");
	is_str(scan("joy from group said hi. so faith from therapy told me to "
	            "journal"),
	    "NAME:joy|NAME:faith", "forms: a word-name from a group, a deed");
	is_str(scan("hope from church is all i have left. i got hope from "
	            "church"),
	    "", "forms: hope from a group, no deed after it, stays");
	is_str(scan("riverton mental health center has a waitlist. riverton "
	            "medical center er sucked"),
	    "LOCATION:riverton mental health center|"
	    "LOCATION:riverton medical center",
	    "forms: a facility of a kind opening its clause");
	is_str(scan("mental health center has a waitlist. community health "
	            "center is great. local community college is cheap. "
	            "psychiatric hospital was hell"),
	    "", "forms: a facility's kind of no name stays");
	is_str(scan("my snap is mayaok"), "HANDLE:mayaok",
	    "forms: a handle of no list after is, ending the message");
	is_str(scan("my snap is mayaok lol. my insta is private. my snap is "
	            "glitching"),
	    "", "forms: a word before more, or of a list, after is stays");
	is_str(scan("my grandma who is 96 is in hospice. my nan who was 94 has "
	            "dementia"),
	    "AGE:96|AGE:94", "forms: an age in a clause of who");
	is_str(scan("the one who is 99 percent sure. my grandma who is 96 "
	            "percent deaf"),
	    "", "forms: a measure after who is stays");
}

/* What the review of the session's new rules found: one's orientation
 * after "I'm", a god or an assistant opening the sentence before "is
 * like", a kind misspelt before psych after "admitted to". */
static void
test_chat_review_r4(void)
{
	is_str(scan("I'm Bi and i dont know how to tell my parents. So yeah. "
	            "I'm Bi. Hey, I'm Bi, 15, and my dad is homophobic"),
	    "", "self: bi after I'm is no name");
	is_str(scan("I'm Al, 19. I'm Ed. my name is bi"),
	    "NAME:Al|NAME:Ed|NAME:bi",
	    "self: a vowel's name of two letters, my name is, still");
	is_str(scan("JESUS is like my rock. SIRI is like so dumb. ALEXA was "
	            "like no"),
	    "", "caps: a god or an assistant opening before is like stays");
	is_str(scan("MAYA is like my sister. and then MAYA was like whatever"),
	    "NAME:MAYA|NAME:MAYA", "caps: a first name before is like still");
	is_str(scan("i got admitted to paeds psych. admitted to inpatiant "
	            "psych, admitted me to adolecent psych. discharged to juvi "
	            "psych"),
	    "", "facility: a kind misspelt before psych after admitted to stays");
	is_str(scan("they admitted me to mercy psych. admitted to millbrook "
	            "psych"),
	    "LOCATION:mercy psych|LOCATION:millbrook psych",
	    "facility: a first name or a town before psych after admitted to");
}

/* A word of chat or a greeting before a name is no part of it: the
 * span is the name alone, so the person keeps one placeholder ("Then
 * Maya" and a later "Maya" were two).  Names that are words too keep
 * their run. */
static void
test_chat_before_name(void)
{
	is_str(scan("Hi, Then Maya said no. lol Cuz Maya said so. Hey, Well "
	            "Maya came"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "chat word: after a greeting or chat, before a name");
	is_str(scan("Cuz Maya said no. Even Maya said no. Love Maya said no"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "chat word: opening the sentence, of no list or a name too");
	is_str(scan("Hi, Still Maya said no. lol Oh Maya said no. Hey, Um "
	            "Maya said no"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "chat word: still, oh, um before a name");
	is_str(scan("Hi, Bye Maya said no. lol Cheers Maya came. ok Nor Maya "
	            "said. lol Ps Maya said no"),
	    "NAME:Maya|NAME:Maya|NAME:Maya|NAME:Maya",
	    "chat word: bye, cheers, nor, ps before a name");
	is_str(scan("lol Like Maya Okafor came. Hi, Even Maya Okafor came"),
	    "NAME:Maya Okafor|NAME:Maya Okafor",
	    "chat word: before a first name and a surname");
	is_str(scan("Love, Maya. Well, Maya and Ben came. Like, Maya said no"),
	    "NAME:Maya|NAME:Maya|NAME:Ben|NAME:Maya",
	    "chat word: before a comma and a name, no name of a list");
	is_str(scan("Love Okafor came. my cousin Even Maya came. Hi Even Maya"),
	    "NAME:Love Okafor|NAME:Even Maya|NAME:Even Maya",
	    "chat word: a given name too, before a surname or after a cue");
	is_str(scan("Will Smith came. Hope Okafor came. Grace Kim said. Dawn "
	            "Reyes came"),
	    "NAME:Will Smith|NAME:Hope Okafor|NAME:Grace Kim|NAME:Dawn Reyes",
	    "chat word: a name that is also a word keeps its run");
	is_str(scan("Dear Um Jiwoo, thanks. my friend Oh Sehun came. I met "
	            "Still Reyes there. me and Um Jiwoo went"),
	    "NAME:Um Jiwoo|NAME:Oh Sehun|NAME:Still Reyes|NAME:Um Jiwoo",
	    "chat word: inside a clause, after a cue or a word, a name's own");
	is_str(scan("Sincerely, Um Jiwoo. Best, Even Maya. Kind regards, Still "
	            "Reyes"),
	    "NAME:Um Jiwoo|NAME:Even Maya|NAME:Still Reyes",
	    "chat word: after a letter's close and its comma, a name's own");
	is_str(scan("Romi, Anna and Ben. Hope, Maya and Ben came"),
	    "NAME:Romi|NAME:Anna|NAME:Ben|NAME:Hope|NAME:Maya|NAME:Ben",
	    "chat word: a name listed with names is still taken");
}

/* A greeting as chat types it is no name, alone or before one. */
static void
test_greeting_words(void)
{
	is_str(scan("Hiya, I'm Maya"), "NAME:Maya",
	    "greeting: Hiya, a given name too, opening the text");
	is_str(scan("Heya! how are you. Heyy, how are you. Hii, how are you. "
	            "Heyo how are you"),
	    "", "greeting: drawn out or run together, no name");
	is_str(scan("hiya, how are u"), "",
	    "greeting: hiya in a text in lower case");
	is_str(scan("Hiya Maya. Heyy Maya Okafor, long time. Helloo Maya"),
	    "NAME:Maya|NAME:Maya Okafor|NAME:Maya",
	    "greeting: the name after it, alone");
	is_str(scan("Hiya said no. Hi Hiya. Hilo is in Hawaii"),
	    "NAME:Hiya|NAME:Hiya|NAME:Hilo",
	    "greeting: Hiya before a verb of saying or after a greeting");
	is_str(scan("Hiya Grace. Heyy Will, long time. Hii Mark. Helloo Joy. "
	            "Hiya Hope, how are you"),
	    "NAME:Grace|NAME:Will|NAME:Mark|NAME:Joy|NAME:Hope",
	    "greeting: a given name that is a word too after it, as after Hi");
}

/* The same forms where a word-name keeps its sense: a friend made of a
 * feeling, what a relation owns, what a feeling from a group does */
static void
test_chat_forms_senses(void)
{
	is_str(scan("hope is my best friend. faith was my only friend. "
	            "patience is my teacher. faith is my mom's thing"),
	    "", "senses: a feeling's friend, a relation's thing stay");
	is_str(scan("hope is my sister's name. ruby is my friend"),
	    "NAME:hope|NAME:ruby", "senses: a relation's name, a friend");
	is_str(scan("hope from group helped me. faith from church kept me "
	            "going. joy from work came back. hope from group was real"),
	    "", "senses: what a feeling from a group does stays");
	is_str(scan("will from work sent me a meme"), "NAME:will",
	    "senses: a deed no feeling does");
	is_str(scan("my snap is glitchy"), "",
	    "senses: chat's word in no list after is stays");
	is_str(scan("my insta is sus"), "", "senses: slang after is stays");
	is_str(scan("my snap is janky"), "",
	    "senses: a short name opening a word is no handle's");
	is_str(scan("my snap is jessxo"), "HANDLE:jessxo",
	    "senses: a name opening a word in no list is");
	is_str(scan("my mom who is 99% sure she's right is annoying. she is "
	            "95% done"),
	    "", "senses: a share after who is, or is, stays");
	is_str(scan("my nan who is 92 is frail"), "AGE:92",
	    "senses: an age after who is");
	is_str(scan("lowkey medical center was nice. sooo high school sucked. "
	            "bruh medical center again"),
	    "", "senses: chat's word opening a facility's kind stays");
	is_str(scan("mercy medical center has a waitlist"),
	    "LOCATION:mercy medical center",
	    "senses: a first name opening a facility's kind");
}

/* F3: towns and facilities chat names in lower case, and the words
 * beside them that stay. */
static void
test_f3_places(void)
{
	is_str(scan("i go to riverton state and i hate it"),
	    "LOCATION:riverton state", "f3: a college by its town and state");
	is_str(scan("i'm a junior at riverton hs"), "LOCATION:riverton hs",
	    "f3: a high school as hs");
	is_str(scan("i was at oakdale rehab for a month"),
	    "LOCATION:oakdale rehab", "f3: a rehab by its name");
	is_str(scan("my therapist at oakwood clinic said"),
	    "LOCATION:oakwood clinic",
	    "f3: a clinic named by an ordinary word that ends as towns do");
	is_str(scan("they admitted me to brookhaven psych"),
	    "LOCATION:brookhaven psych", "f3: a stay's psych in -haven");
	is_str(scan("i live in 'riverton' lol"), "LOCATION:riverton",
	    "f3: a town in single quotes");
	is_str(scan("i live in \xe2\x80\x98riverton\xe2\x80\x99 lol"),
	    "LOCATION:riverton", "f3: a town in curly quotes");
	is_str(scan("i live at 8 ash way springfield and i hate it"),
	    "ADDRESS:8 ash way springfield",
	    "f3: the town after way where the clause ends");
	is_str(scan("i go to state school. i go to community college. the "
	            "state hospital was awful. im in a bad state rn. i was in "
	            "hypomanic state. i go to ohio state"),
	    "", "f3: state of a kind, a mood or a state's name stays");
	is_str(scan("i was in rehab for a month. at the clinic. my therapist "
	            "at the clinic said. i was in drug rehab. at neuro rehab "
	            "today. after rehab i relapsed"),
	    "", "f3: rehab and clinic of no name stay");
	is_str(scan("at airport clinic. at support clinic. i go to "
	            "battlefield high. at the oakwood clinic"),
	    "", "f3: a port, a field, an ordinary word after the stay");
	is_str(scan("go to hs tomorrow. i was bullied in hs. we met in junior "
	            "hs"),
	    "", "f3: hs of no name stays");
	is_str(scan("admitted to psych. admitted me to the psych ward. we're "
	            "in brookhaven on roblox"),
	    "", "f3: psych of no name, the game in -haven stay");
	is_str(scan("i live in 'the city' lol. im in 'love' lol. they said i "
	            "was 'crazy'. im n bed rn. im n love. im n trouble"),
	    "", "f3: words in quotes and after n that are no town stay");
	is_str(scan("8 ash way and i hate it"), "ADDRESS:8 ash way",
	    "f3: an address and plain words after it");
	is_str(scan("sunrise was pretty. the recovery center helped. after "
	            "recovery i relapsed. at maple street"),
	    "", "f3: ordinary words near a facility's stay");
	is_str(scan("i was at maple grove rehab for a month"),
	    "LOCATION:maple grove rehab",
	    "f3: a facility named by a name and a street's word");
	is_str(scan("i was at the park clinic. at skate park clinic. we went to "
	            "water park psych. at state park hospital. my mom hill "
	            "clinic. the maple grove rehab sucked"),
	    "", "f3: a street's word after no name, or with no cue, stays");
}

/* A3: Taglish and Spanglish small words, which name lists hold or no
 * list does, are no one's name in a chat. */
static void
test_A3_taglish_words(void)
{
	is_str(scan("Grabe, I only slept 3 hours. Sabi ng doctor I have "
	            "depression. Bahala na, I'll call 988."),
	    "", "A3: a Tagalog word opening a sentence stays");
	is_str(scan("sabi niya he'll change. Nag-away kami again. IG is "
	            "pretty, siya lang nakakaintindi sakin"),
	    "", "A3: Tagalog pronouns in lower case stay");
	is_str(scan("Ay Dios mío, I failed. Mi primo says therapy is for locos"),
	    "", "A3: Spanish words stay");
	is_str(scan("Nag-away kami ni Paolo again. Mi primo Javier says hi"),
	    "NAME:Paolo|NAME:Javier", "A3: the names beside them are still taken");
	is_str(scan("Sorry po, hindi ko na kaya. umiyak ako buong gabi. yung "
	            "boyfriend ko ayaw"),
	    "", "A3: Tagalog's kaya, gabi and ko stay");
	is_str(scan("no tengo ganas de nada. no sé qué hacer con mi vida. me "
	            "siento sola. Fecha de nacimiento: hoy"),
	    "", "A3: Spanish's nada, vida, sola and Fecha stay");
	is_str(scan("Buti na lang my coworker covered. Nakakahiya pero "
	            "grateful ako. Sobrang lungkot ko. Estoy cansada de "
	            "fingir. Pwede bang magpa-therapy kahit walang pera?"),
	    "", "N12: a word of no list opening a clause of Tagalog or "
	        "Spanish is one of its words");
	is_str(scan("Walang gana kumain, walang gana lumabas. Ayer fue el "
	            "aniversario. I go to misa on Sundays. Assalamu alaikum, "
	            "I am new here"),
	    "", "N12: a surname in lower case is no English word either; "
	        "Mass, yesterday and a greeting");
	is_str(scan("It was bad. Zorblat covered for me. Okonkwo came. "
	            "Zanele kumain. Xiomara fue conmigo."),
	    "NAME:Zorblat|NAME:Okonkwo|NAME:Zanele|NAME:Xiomara",
	    "N12: before English, one such word, or a listed name, still names");
	is_str(scan("Zorblat na. Okonkwo and kumain. Thandeka said kumain"),
	    "NAME:Zorblat|NAME:Okonkwo|NAME:Thandeka",
	    "N12: one such word alone, or after an English one, is no clause");
	is_str(scan("Bongani es mi hermano. Lerato de la cruz called. "
	            "Thandiwe que pasa. Kagiso ughhh whyyy is he like this"),
	    "NAME:Bongani|NAME:Lerato|NAME:Thandiwe|NAME:Kagiso",
	    "R26: a small Spanish word next, or English drawn out, is no "
	    "clause");
	is_str(scan("Kaya called me. my friend gabi said hi. Dr. Ko is kind. "
	            "Vida is my sponsor. I told Nada"),
	    "NAME:Kaya|NAME:gabi|NAME:Dr. Ko|NAME:Vida|NAME:Nada",
	    "A3: beside a deed, a relation or a title they are names");
	is_str(scan("Dear Sir or Madam, I am writing to enquire. Dear Sir, I "
	            "hope this finds you well. Dear Pastor, thank you."),
	    "", "A3: a title alone addresses an office");
	is_str(scan("Dear Sir John, and Dear Mrs. Pastor, I saw Dr. Doctor."),
	    "NAME:Sir John|NAME:Mrs. Pastor|NAME:Dr. Doctor",
	    "A3: a title before a name, or a surname after a title, is one");
	is_str(scan("my gma is literally 90 and my nan is already 95"),
	    "AGE:90|AGE:95", "A3: an age after literally or already");
	is_str(scan("my grandma is only 90 minutes away and my mom is "
	            "literally 100 percent done; she is just 95 pounds"),
	    "", "A3: a measure after only, literally or just stays");
	is_str(scan("See you on Thu. Your visit is on Thu, Apr 16 and on Thu "
	            "Apr 23."),
	    "DATE:Apr 16|DATE:Apr 23", "A3: a weekday after on is the day");
	is_str(scan("I met Thu yesterday and have a crush on Thu Nguyen."),
	    "NAME:Thu|NAME:Thu Nguyen", "A3: the given name Thu still is one");
	is_str(scan("we used to live at 42 Birch street before the divorce, "
	            "then at 310 Willow avenue"),
	    "ADDRESS:42 Birch street|ADDRESS:310 Willow avenue",
	    "A3: a street word in lower case after a capitalised name");
	is_str(scan("I have 2 Google drive links and 3 good dr visits"), "",
	    "A3: drive and dr in lower case make no street");
	is_str(scan("I was a patient there in March of 2019 and in may of 2021"),
	    "DATE:March of 2019|DATE:may of 2021", "A3: a month of a year");
	is_str(scan("the best March of my life, a May of 2 halves"), "",
	    "A3: a month of no year stays");
}

/* Identifiers typed as they are said, and words of the same shape that
 * are none. */
static void
test_d3_said_forms(void)
{
	is_str(scan("call me 555 and 201 and 3344"),
	    "PHONE:555 and 201 and 3344",
	    "d3: a cued number's groups apart by and");
	is_str(scan("i scored 555 and 201 and 3344 points. the scores were 12 "
	            "and 14 and 16. call me 555 and 201"),
	    "", "d3: groups apart by and with no cue, or too few, stay");
	is_str(scan("its 123 dash 456 dash 7890"),
	    "PHONE:123 dash 456 dash 7890",
	    "d3: three groups said with dash, whatever the area code");
	is_str(scan("555 dash 3344 is my cell"), "PHONE:555 dash 3344",
	    "d3: a local number said with dash");
	is_str(scan("555 hyphen 3344"), "PHONE:555 hyphen 3344",
	    "d3: a local number said with hyphen, alone");
	is_str(
	    scan("rate it 1 dash 10. pages 123 dash 456. 5 dash 10 mg. i eat "
	         "800 dash 1200 calories. version 555 dot 3344. she's 555 dash "
	         "201 old. 100 dash 3000 reps"),
	    "", "d3: ranges and short groups said with dash stay");
	is_str(scan("email me maya underscore at example dot org"),
	    "EMAIL:maya underscore at example dot org",
	    "d3: a '_' said at the local part's end");
	is_str(scan("write to the underscore at example dot org"), "",
	    "d3: a function word and underscore are no local part");
	is_str(scan("my plate is abc 123 d"), "PLATE:abc 123 d",
	    "d3: a plate's one letter after letters and digits");
	is_str(scan("my plate is ABC 123 D"), "PLATE:ABC 123 D",
	    "d3: a plate's one capital after capitals and digits");
	is_str(scan("plate 7 abc 123"), "PLATE:7 abc 123",
	    "d3: a plate's one digit before its letters");
	is_str(scan("abc 123 is a song. my plate is full. chapter 7 abc. my "
	            "plate is abc 123 a"),
	    "PLATE:abc 123", "d3: no plate without the cue, nor its 'a'");
	is_str(scan("i was born on the 3 of may"), "DATE:3 of may",
	    "d3: a day in digits of a month after a date's preposition");
	is_str(scan("the 3 of us in may. 3 of may's friends. focus on the 3 "
	            "of may be good"),
	    "", "d3: a count of a month's people, may a verb, stay");
	is_str(scan("i live at 5 mark way"), "ADDRESS:5 mark way",
	    "d3: a first name as a way's name after at");
	is_str(scan("5 mark the spot. give it a 5 mark. at 1 true way. there "
	            "is 1 will way"),
	    "", "d3: a mark, a true way, no cue at stay");
	is_str(scan("i live at 11 may st. 11 may start. in may st"),
	    "ADDRESS:11 may st.", "d3: a month as a street's name");
}

/* N3: names in chat that leaked, and the words beside them that stay */
static void
test_N3_chat_names(void)
{
	is_str(scan("so I'm Al and i hate mondays"), "NAME:Al",
	    "N3: I'm after chat's word opening the sentence");
	is_str(scan("so im kz and i hate it"), "NAME:kz",
	    "N3: im after chat's word, in lower case");
	is_str(scan("so I'm OK now. so I'm Up all night. I'm So, so tired. "
	            "and I'm So tired. but I'm Ok now"),
	    "", "N3: what one is after so I'm stays");
	is_str(scan("and then MAYA was kind to me"), "NAME:MAYA",
	    "N3: a first name in capitals before was after a join");
	is_str(scan("and then NOTHING was kind. and then IT was kind of fine. "
	            "and then EVERYONE was kind. and then MOM was mad. "
	            "but then HOPE was gone"),
	    "", "N3: a word in capitals before was stays");
	is_str(scan("Bye Grace, see you tuesday. Cheers Mark"),
	    "NAME:Grace|NAME:Mark",
	    "N3: a name that is a word after bye, cheers");
	is_str(scan("Bye now. Bye for now. Cheers mate. Cheers, thanks. "
	            "Cheers to that. Bye Mom"),
	    "", "N3: a farewell before no name stays");
	is_str(scan("kz is my best friend"), "NAME:kz",
	    "N3: initials opening a relation said of them");
	is_str(scan("it is my best friend. this is my best friend. tv is my "
	            "best friend. kz is my"),
	    "", "N3: a word, chat's letters before is my stay");
	is_str(scan("amber my coworker yelled at me"), "NAME:amber",
	    "N3: a name that is a word before my and a relation, a deed");
	is_str(scan("amber alert my coworker got. my amber necklace. the best "
	            "my coworker could do. hope my mom texted me back"),
	    "", "N3: a word, a verb before my and a relation stay");
	is_str(scan("june my coworker said i could. summer my roommate left "
	            "for college"),
	    "", "N3: a month, a season before my and a relation stay");
}

/* R7: what this session's name rules took that is no one's name */
static void
test_R7_review(void)
{
	is_str(scan("bless my mom texted me. lord my boss yelled at me. "
	            "mercy my mom yelled at me"),
	    "", "R7: an oath before my and a relation stays");
	is_str(scan("ivy my friend texted me"), "NAME:ivy",
	    "R7: a name before my and a relation is still one");
	is_str(scan("Cheers Love. Bye Honey, see you. Bye Babe. Cheers Buddy. "
	            "Bye Baby. Bye Sunshine"),
	    "", "R7: a word of endearment after a farewell stays");
	is_str(scan("Bye Grace. Cheers Hope"), "NAME:Grace|NAME:Hope",
	    "R7: a name that is a word after a farewell is still one");
}

/* R8's review: counts, ranges, titles and marches shaped as this
 * session's new phone, street and date rules, which are none. */
static void
test_R8_review(void)
{
	is_str(scan("i walk 234 dash 5678 steps. lose 250 dash 1275 cals. "
	            "between 345 dash 2345 calories. from 888 dash 9999 "
	            "dollars"),
	    "", "R8: a count or range said with dash before a measure stays");
	is_str(scan("pages 212 dash 3456. i ran the 400 dash 2022 and got hurt"),
	    "", "R8: pages and a sprint said with dash stay");
	is_str(scan("555 dash 3344 thanks. text me at 555 dash 3344"),
	    "PHONE:555 dash 3344|PHONE:555 dash 3344",
	    "R8: a local number said with dash still goes");
	is_str(scan("i binged 3 Coronation street episodes and have 3 Wall "
	            "street friends, 2 Main street stores"),
	    "", "R8: a street's title before a plural is no address");
	is_str(scan("we lived at 42 Birch street for years. 9 Maple road was "
	            "home"),
	    "ADDRESS:42 Birch street|ADDRESS:9 Maple road",
	    "R8: a street word in lower case before a verb still goes");
	is_str(scan("the March of 2000 women, a march of 2019 people"), "",
	    "R8: a march of a count of people is no date");
	is_str(scan("in March of 2019 things fell apart"), "DATE:March of 2019",
	    "R8: after in, a month of a year still goes before a plural");
}

/* X4: a call's "from", a plate past its cue's reach, a town's "City",
 * a lower-case facility after a word of time, and a referral form's
 * label. */
static void
test_X4_leftovers(void)
{
	is_str(scan("he called from 555 dash 3344"), "PHONE:555 dash 3344",
	    "X4: a call's from before a local number said with dash");
	is_str(scan("she texted me from 555 dash 3344"),
	    "PHONE:555 dash 3344", "X4: a text's from, me between");
	is_str(scan("from 555 dash 3344 calories. pages 212 dash 3456. "
	            "between 345 dash 2345. it went from 345 dash 2345"),
	    "", "X4: a range said with dash stays");
	is_str(scan("my plate is 7 abc 123"), "PLATE:7 abc 123",
	    "X4: a plate's digit and letters after is, past six tokens");
	is_str(scan("my plate is full. plate 7 abc. my plate is 7 and i ate "
	            "123"),
	    "", "X4: a plate's cue without a plate stays");
	is_str(scan("we moved to Davao City"), "LOCATION:Davao City",
	    "X4: City after a town is the town's");
	is_str(scan("i grew up in quezon city"), "LOCATION:quezon city",
	    "X4: city after a town in lower case is the town's");
	is_str(scan("the city was loud. I love this City"), "",
	    "X4: a city alone stays");
	is_str(scan("after riverton recovery center i relapsed"),
	    "LOCATION:riverton recovery center",
	    "X4: a lower-case facility after after");
	is_str(scan("since lakeview clinic i have been ok"),
	    "LOCATION:lakeview clinic",
	    "X4: a lower-case facility after since");
	is_str(scan("after recovery i relapsed. after the recovery center "
	            "closed. the recovery center helped. since rehab i have "
	            "been ok. after group i cried"),
	    "", "X4: a word of time before no facility's name stays");
	is_str(scan("Referring facility:"), "",
	    "X4: a referral form's label stays");
	is_str(scan("Referring facility: Riverton General"),
	    "LOCATION:Riverton General", "X4: the label's value goes");
	is_str(scan("Admitting Hospital:"), "",
	    "X4: a referral form's label in title case stays");
	is_str(scan("Kettering Hospital: ok"), "LOCATION:Kettering Hospital",
	    "X4: a hospital named in -ing before a colon still goes");
}

/* G4: Britain and America, surnames of the Census list, are countries
 * as the scanner keeps them, not a name after a cue of place. */
static void
test_G4_lands(void)
{
	is_str(scan("I'm from Britain. we moved to Britain. I live in America"),
	    "", "G4: Britain and America stay after a cue of place");
	is_str(scan("my friend Maya Britain called"), "NAME:Maya|NAME:Britain",
	    "G4: Britain still goes after a first name, as France does");
}

/* G4: towns of Philter's list of ordinary words that SCOWL writes only
 * capitalised (MH_NAMES_PROPER), after a cue of living or moving; and
 * the lands, languages, faiths, medicines and brands of the same list,
 * and the weak cues, that stay. */
static void
test_G4_proper_towns(void)
{
	is_str(scan("I moved to Hyderabad last year. I grew up in Okinawa"),
	    "LOCATION:Hyderabad|LOCATION:Okinawa",
	    "G4: a town the word lists call a word goes after moved to");
	is_str(scan("I'm from Vicksburg"), "LOCATION:Vicksburg",
	    "G4: a town that is a word goes after I'm from");
	is_str(scan("we moved to Ankara. my mom lives in Khartoum"),
	    "LOCATION:Ankara|LOCATION:Khartoum",
	    "G4: a town that is a word goes after lives in");
	is_str(scan("my family is from Aleppo. we live in Cebu now"),
	    "LOCATION:Aleppo|LOCATION:Cebu",
	    "G4: a town that is a word goes after family is from");
	is_str(scan("I live near Dartmoor. I live in Soho. I moved to Brno"),
	    "LOCATION:Dartmoor|LOCATION:Soho|LOCATION:Brno",
	    "G4: a town that is a word goes after live near");
	is_str(scan("she's from Glasgow. I'm originally from Duluth"),
	    "LOCATION:Glasgow|LOCATION:Duluth",
	    "G4: a town that is a word goes after she's from");
	is_str(scan("we relocated to Yaroslavl. my sister lives in Winnipeg. "
	            "they're from Abidjan"),
	    "LOCATION:Yaroslavl|LOCATION:Winnipeg|LOCATION:Abidjan",
	    "G4: a town that is a word goes after relocated to and lives in");
	is_str(scan("Maya is from Aleppo. Mark is from Pfizer"),
	    "NAME:Maya|LOCATION:Aleppo",
	    "G4: after a first name and is from a town goes, a company stays");
	is_str(scan("I live in Finland. we moved to India. I'm from Eritrea"),
	    "", "G4: a country stays after live in");
	is_str(scan("we moved to Bavaria. I live in Europe"), "",
	    "G4: a land of a state's size or more stays");
	is_str(scan("my mom is Latvian. I speak Arabic. I was raised in "
	            "Buddhism"),
	    "", "G4: a nationality, a language and a faith stay");
	is_str(scan("I grew up in Catholicism. I was raised in Hebrew"), "",
	    "G4: a faith and a language stay after grew up in");
	is_str(scan("I got sick from Tylenol. I live on Tylenol lol. I'm on "
	            "Motrin"),
	    "", "G4: a medicine stays after from and on");
	is_str(scan("I moved to Emacs. he moved to Skype. I moved to Zoloft"),
	    "", "G4: software and a medicine stay after moved to");
	is_str(scan("I grew up listening to Beethoven. the quote is from "
	            "Beethoven"),
	    "", "G4: a composer stays after to and is from");
	is_str(scan("my shirt is from Walmart. I live in Tuesdays"), "",
	    "G4: a shop after is from and a weekday after live in stay");
	is_str(scan("they moved to Medicaid. I live in Celsius now"), "",
	    "G4: an insurer and a unit stay after moved to");
	/* the flag in the shipped table: bit 23 of the file's 24, read
	 * from the full table alone */
	ok((mh_names_lookup(nm, "Hyderabad", 9) & MH_NAMES_PROPER) &&
	        (mh_names_lookup(nm, "hyderabad", 9) & MH_NAMES_COMMON),
	    "G4: hyderabad is an ordinary word and PROPER");
	ok(!(mh_names_lookup(nm, "finland", 7) & MH_NAMES_PROPER) &&
	        !(mh_names_lookup(nm, "tylenol", 7) & MH_NAMES_PROPER) &&
	        !(mh_names_lookup(nm, "latvian", 7) & MH_NAMES_PROPER) &&
	        !(mh_names_lookup(nm, "castle", 6) & MH_NAMES_PROPER),
	    "G4: a country, a medicine, a nationality and a word are no PROPER");
	ok(mh_names_lookup_cue(nm, "hyderabad", 9) == 0,
	    "G4: PROPER makes no word a cue word");
}

/* N4: names in chat, the words that address the reader and Taglish's
 * small words no one's name; initials after a relation, and the name
 * after Tagalog's "Si", still are. */
static void
test_N4_chat_names(void)
{
	is_str(scan("Hi Love, how are you. Hey Love. Thanks Love. Dear Love, "
	            "Hello Love, miss you. Bye Love, see you"),
	    "", "N4: a word of endearment after a greeting or thanks stays");
	is_str(scan("Thanks Doctor. Thank you Doctor. Hello Doctor, Dear "
	            "Doctor, Thanks Boss. Hi Papa"),
	    "", "N4: a relation alone after a greeting or thanks stays");
	is_str(scan("Hi Grace. Thanks Mark. Dear Hope, Hi Mom. Thanks Doc. "
	            "Thanks Dr. Reyes"),
	    "NAME:Grace|NAME:Mark|NAME:Hope|NAME:Dr. Reyes",
	    "N4: a name after a greeting or thanks still goes");
	is_str(scan("Hi, Love said no. Hi Love here. a girl named Nana, my "
	            "friend Boss is here"),
	    "NAME:Love|NAME:Love|NAME:Nana|NAME:Boss",
	    "N4: one who says, signs in or is named still goes");
	is_str(scan("Hi, Then we went home. Hi, Still here"), "",
	    "N4: chat's word alone after a greeting's comma stays");
	is_str(scan("Hi, Then Maya said no. Hi, Maya here. Then Maya said no"),
	    "NAME:Maya|NAME:Maya|NAME:Maya",
	    "N4: the name after chat's word still goes");
	is_str(scan("hindi ko alam. ikaw ba yan. nakita ko kasi"), "",
	    "N4: Taglish's small words in lower case stay");
	is_str(scan("hindi ko alam si Maya. Si Primo ay galit. Si Niya ay "
	            "mabait. si Hope ay mabait"),
	    "NAME:Maya|NAME:Primo|NAME:Niya|NAME:Hope",
	    "N4: the name after Tagalog's si goes");
	is_str(scan("my bestie kz is moving away. my roommate qx was crying"),
	    "NAME:kz|NAME:qx", "N4: initials after a relation, doing, go");
	is_str(scan("my bestie is moving. my bestie and i. my bestie tv is "
	            "working. my dad bp is going up"),
	    "", "N4: no initials, or chat's or a thing's, stay");
	is_str(scan("Sex: F  Unit: 4 West\nGender: M  Ward: 3"), "",
	    "N4: a form's value and its next label stay");
	is_str(scan("I was in the B Unit. my mom is at Mercy Hospital: ward 3"),
	    "LOCATION:B Unit|LOCATION:Mercy Hospital",
	    "N4: a facility before ':' after a name still goes");
}

/* R9: words of Philter's list that SCOWL writes only capitalised but
 * that name no town, after a cue of living or moving: a people or a
 * faith before a noun, an era, a country's short name, a myth, an
 * industry (NOT_PLACES in scripts/gen-names). */
static void
test_R9_proper_not_towns(void)
{
	is_str(scan("I was raised in Pakistani household. I grew up in "
	            "Anglican church"),
	    "", "R9: a people or a faith before a noun after raised in stays");
	is_str(scan("my dad was born in WWII. I grew up in Elizabethan "
	            "England lol"),
	    "", "R9: an era after born in stays");
	is_str(scan("I'm from Saudi and I miss home. we moved to Saudi"), "",
	    "R9: a country's short name after I'm from stays");
	is_str(scan("I live in Camelot in my dreams. she moved to Bollywood "
	            "to chase acting"),
	    "", "R9: a myth, an industry after a cue of living stay");
	is_str(scan("she's from Azerbaijani family. I moved to Tulane for "
	            "college. I'm from Timor"),
	    "", "R9: a people, a university, a country's island stay");
	is_str(scan("my plate was 1 egg 200 cal. my plate is 2 kg 500 g. my "
	            "plate is 3 oz 150 kcal"),
	    "", "R9: a plate of food's measures stay");
	is_str(scan("my plate is 7 abc 123"), "PLATE:7 abc 123",
	    "R9: a plate's digit and letters after is still go");
	is_str(scan("I'm from Humphrey's team. I grew up in Okinawa"),
	    "NAME:Humphrey|LOCATION:Okinawa",
	    "R9: a word of the list with an 's after from is someone's");
	is_str(scan("I'm from Vicksburg. I moved to Hyderabad"),
	    "LOCATION:Vicksburg|LOCATION:Hyderabad",
	    "R9: a town of the same list still goes");
}

/* R10: review of N4's names in chat: a condition's letters after a
 * relation, doing something, are no one's initials; Taglish's yan and
 * alam, a name to many, still are one beside a relation or a deed. */
static void
test_R10_review(void)
{
	is_str(scan("my mom mh is getting worse. my mom cf is flaring. my dad "
	            "dx is pending. my dad rx is running out. my kid ts is "
	            "acting up. my mom hf was getting worse"),
	    "", "R10: a condition's letters after a relation stay");
	is_str(scan("my son ts said hi. my bestie kz is moving away. my "
	            "friend jd was visiting"),
	    "NAME:ts|NAME:kz|NAME:jd",
	    "R10: initials after a relation, saying or doing, still go");
	is_str(scan("my friend yan said hi. alam called me"),
	    "NAME:yan|NAME:alam",
	    "R10: Yan and Alam beside a relation or a deed are names");
	is_str(scan("hindi ko alam. ikaw ba yan. yan ang problema. alam mo "
	            "ba"),
	    "", "R10: Taglish's alam and yan alone still stay");
	is_str(scan("Hi Lola, how are you. Thanks Lola. Hi Nana. Hi Tito"),
	    "NAME:Lola|NAME:Lola",
	    "R10: Lola after a greeting is a name, Nana and Tito stay");
	is_str(scan("I have SI Will I be ok. SI Hope this passes. had SI Long "
	            "days again"),
	    "", "R10: a word after SI, suicidal ideation, stays");
	is_str(scan("Si Hope ay mabait. si Will ay umalis. Si Primo ay galit"),
	    "NAME:Hope|NAME:Will|NAME:Primo",
	    "R10: the name after Tagalog's si still goes");
	is_str(scan("my friend gc is blowing up"), "",
	    "R10: a group chat after a relation stays");
}

/* N5: names in chat: a name that is also a word after "thank you", as
 * after "thanks"; initials, or a short name with a vowel, after a
 * relation and "is"; an initial and a surname after "im". */
static void
test_N5_chat_names(void)
{
	is_str(scan("Thank you Grace. Thank you Hope, you always listen. "
	            "Thank you Will for everything. Thanks Mark"),
	    "NAME:Grace|NAME:Hope|NAME:Will|NAME:Mark",
	    "N5: a name that is also a word after thank you goes");
	is_str(scan("Thank you God. Thank you Lord. Thank you so much. Thank "
	            "you Doctor. Thank you Love. Thank you all. Thank you May"),
	    "", "N5: God, a relation, a pet name, a month after thank you stay");
	is_str(scan("by the grace of God. thank you grace. thanks hope. Thank "
	            "you. Hope is all I have"),
	    "", "N5: grace and hope in lower case after thanks stay, and Hope "
	        "opening a sentence");
	is_str(scan("my bestie kz is nice. my friend kz is sad. my bestie kz "
	            "is 19. my bestie em is moving. my sister em is moving. "
	            "my therapist em is nice. my friend vi said hi"),
	    "NAME:kz|NAME:kz|NAME:kz|NAME:em|NAME:em|NAME:em|NAME:vi",
	    "N5: initials or a short name after a relation and is go");
	is_str(scan("my mom is nice. my bestie is moving. my mom mh is getting "
	            "worse. my dad ms is worse. my dad dx is worse. my mom cf "
	            "was bad. my sister ok is moving. my friend so is nice. my "
	            "bro im so tired. my mom hm is annoying. my dad bp is "
	            "high"),
	    "", "N5: a condition's, chat's or a thing's letters after a "
	        "relation and is stay");
	is_str(scan("my sister ed is getting worse. my friend ur is nice. my "
	            "bro yo is here. tell em i said hi. my friends love em. "
	            "my bestie em and i"),
	    "", "N5: ed, chat's words and them as em stay");
	is_str(scan("im j okafor. hi im j okafor, 19. lol im k okafor and i "
	            "need help"),
	    "NAME:j okafor|NAME:j okafor|NAME:k okafor",
	    "N5: an initial and a surname after im go");
	is_str(scan("im n bed. im n trouble. im n pain rn. im u okafor. im b "
	            "tired. i think im j okafor lol"),
	    "", "N5: chat's n, u and b after im, and no opening im, stay");
}

/* A name of one word before "City" in its case names a town. */
static void
test_name_city(void)
{
	is_str(scan("Quezon City is hot"), "LOCATION:Quezon City",
	    "a name before City, opening a sentence, is a town");
	is_str(scan("I miss Quezon City so much"), "LOCATION:Quezon City",
	    "a name before City after a verb is a town");
	is_str(scan("I miss Quezon City"), "LOCATION:Quezon City",
	    "and at the text's end");
	is_str(scan("Maya, City is big"), "NAME:Maya",
	    "a comma keeps City out of the name's span");
	is_str(scan("Maya city council said no"), "NAME:Maya",
	    "city in another case is no part of it");
}

/* P6: street words of the word table that a house number's street ends
 * in: View, Bend, Oaks, Woods. */
static void
test_P6_street_words(void)
{
	is_str(scan("used to live at 88 Harbor View, now at my sister's"),
	    "ADDRESS:88 Harbor View", "P6: a house number and a View");
	is_str(scan("we live at 4 Larkspur Bend, 12 Twin Oaks, 7 Cedar Woods"),
	    "ADDRESS:4 Larkspur Bend|ADDRESS:12 Twin Oaks|ADDRESS:7 Cedar "
	    "Woods",
	    "P6: Bend, Oaks, Woods");
	is_str(scan("i love the view, we walked in the woods, a 3 point view"),
	    "", "P6: the words in lower case and with no name stay");
}

/* P6: a street named without its number after a word of living:
 * court, terrace and the like after "on", "off" after living, "to"
 * after moving. */
static void
test_P6_streets_named(void)
{
	is_str(scan("my ex still lives on Larkspur Court so i avoid it"),
	    "ADDRESS:Larkspur Court", "P6: a court after lives on");
	is_str(scan("she lives on larkspur court. my apartment on maple "
	            "terrace floods"),
	    "ADDRESS:larkspur court|ADDRESS:maple terrace",
	    "P6: court and terrace in lower case");
	is_str(scan("we live off birch lane"), "ADDRESS:birch lane",
	    "P6: a street after live off");
	is_str(scan("he moved to harbor road last year"),
	    "ADDRESS:harbor road", "P6: a road after moved to");
	is_str(scan("i got moved to drug court. my case moved to family "
	            "court. i drove to main street. i live off ramen, we live "
	            "off the main road"),
	    "", "P6: a court of law after moved to, a street after drove to "
	    "stay");
	is_str(scan("i live on the inner circle. he works on Wall Street"), "",
	    "P6: an idiom, a place of work stay");
	is_str(scan("she lives on Court TV, i watch court tv. my lawyer Court "
	            "said no"),
	    "NAME:Court", "P6: a channel named by a surname stays");
}

/* P6: lakes and mountains: "Lake X" in capitals, "X Lake" as a place's
 * suffix, "lake x" and "mount x" in lower case after a place's cue; the
 * Great Lakes and the ballet kept. */
static void
test_P6_lakes(void)
{
	is_str(scan("drove to Lake Tahoe to end it but i couldnt"),
	    "LOCATION:Lake Tahoe", "P6: Lake and a capitalised name");
	is_str(scan("Crater Lake was amazing"), "LOCATION:Crater Lake",
	    "P6: a name and Lake");
	is_str(scan("we went to lake merritt. we drove to lake tahoe. we "
	            "drove to mount shasta"),
	    "LOCATION:lake merritt|LOCATION:lake tahoe|LOCATION:mount shasta",
	    "P6: in lower case after a place's cue");
	is_str(scan("we went to the lake, rented a lake house, went to lake "
	            "house. at lake day we swam. we saw Swan Lake at the "
	            "ballet. Lake Michigan, lake erie and Lake Superior. Lake "
	            "Placid is my fav movie"),
	    "", "P6: a lake's ordinary words, a ballet, the Great Lakes, Lake "
	    "and a word stay");
}

/* P6: a ZIP of five digits after "in the", or "in" after I'm, with no
 * noun after it. */
static void
test_P6_in_the_zip(void)
{
	is_str(scan("i'm in the 94110 if that helps find a clinic"),
	    "ZIP:94110", "P6: a ZIP after in the, a small word after it");
	is_str(scan("im in 94110 now. anyone in the 94117?"),
	    "ZIP:94110|ZIP:94117", "P6: after I'm in, and at a clause's end");
	is_str(scan("that was in the 90s, born in the 1990s, in the 95th "
	            "percentile, i'm in the 10000 steps club, my pay is in "
	            "the 50000 to 60000 range, i'm in 10000 pieces"),
	    "", "P6: decades, ordinals, a noun or a range after the number "
	    "stay");
}

/* P6: a town after a street and "in", though the lists hold it as a
 * word; a town of PROPER after "I'm in" or a word of staying. */
static void
test_P6_towns_in(void)
{
	is_str(scan("i'm staying at the Motel 6 on Route 9 in Saugus"),
	    "ADDRESS:Route 9 in Saugus", "P6: a town after a route and in");
	is_str(scan("we live at 12 Elm Street in Saugus. she lives on "
	            "Larkspur Court in Glen Burnie"),
	    "ADDRESS:12 Elm Street in Saugus|ADDRESS:Larkspur Court in Glen "
	    "Burnie",
	    "P6: after a house number's street, and a street after lives on");
	is_str(scan("i live on Elm Street in March"), "ADDRESS:Elm Street",
	    "P6: a month after a street stays");
	is_str(scan("my mom's in Ohio and i'm in Dubai working. we're "
	            "staying in Cebu. im stuck in Dubai"),
	    "LOCATION:Dubai|LOCATION:Cebu|LOCATION:Dubai",
	    "P6: a town of PROPER after I'm in, staying in, stuck in");
	is_str(scan("i'm in Arabic class, she talks in Spanish, we met in "
	            "March"),
	    "", "P6: a language and a month stay after in");
}

/* R13: review of P6's rules. */
static void
test_R13_review(void)
{
	is_str(scan("i'm in Epsom salt baths. im in Lyme disease hell. i'm in "
	            "Motown mode. I'm in Brussels sprouts heaven. stuck in "
	            "Bursa pain. we're staying in Shetland pony club"),
	    "", "R13: a word of PROPER before a noun after I'm in stays");
	is_str(scan("we're in Napa for the weekend. admitted in Bethesda last "
	            "night. I'm in Cebu next week. i'm in Dubai working"),
	    "LOCATION:Napa|LOCATION:Bethesda|LOCATION:Cebu|LOCATION:Dubai",
	    "R13: a small word, a date's word or a verb after the town");
	is_str(scan("im in 94110 rn. i'm in the 94117 today"),
	    "ZIP:94110|ZIP:94117", "R13: chat's rn and today after a ZIP");
	is_str(scan("im in dubai rn. i'm in columbia with my mom. stuck in "
	            "cebu till june. we're in hong kong now"),
	    "LOCATION:dubai|LOCATION:columbia|LOCATION:cebu|LOCATION:hong "
	    "kong",
	    "R13: a word of PROPER after I'm in, stuck in, in lower case");
	is_str(scan("im in motown mode. i'm in lyme disease hell. im in "
	            "agony. i'm in love. stuck in traffic"),
	    "", "R13: in lower case, before a noun or of no list, stays");
	is_str(scan("i work at Mercy Hospital in Pediatrics. she's at "
	            "Sunrise Center in Detox. i'm in room 214 in Psych"),
	    "LOCATION:Mercy Hospital|LOCATION:Sunrise Center|ADDRESS:room 214",
	    "R13: a ward or a service after a facility and in is no town");
	is_str(scan("i live at 5 Oak Road in Unit 3. i live at 9 Pine St in "
	            "Apt. 4"),
	    "ADDRESS:5 Oak Road|ADDRESS:Unit 3|ADDRESS:9 Pine St|ADDRESS:Apt. 4",
	    "R13: a flat's word and its number after a street are no town");
	is_str(scan("we live at 12 Elm St Apt 4 in Saugus"),
	    "ADDRESS:12 Elm St Apt 4 in Saugus",
	    "R13: the town after a flat's number after a street");
	is_str(scan("my therapist Emily Lake is great. Sarah Lake said hi. "
	            "we went to Bear Lake"),
	    "NAME:Emily Lake|NAME:Sarah Lake|LOCATION:Bear Lake",
	    "R13: a first name and Lake is a person");
	is_str(scan("We swam in the Lake. Sarah came too. I climbed the "
	            "Mount. Maya waited. we saw Mt. Shasta"),
	    "NAME:Sarah|NAME:Maya|LOCATION:Mt. Shasta",
	    "R13: a point after Lake or Mount ends the sentence");
}

/* P5: places and addresses in lower case, and what is no plate. */
static void
test_P5_plates(void)
{
	is_str(scan("my plate is 2 big 300 lol. my plate was 2 big 300 lol"),
	    "", "P5: a short word between a plate's cue and numbers stays");
	is_str(scan("my plate has 2 big 300 cal pancakes"), "",
	    "P5: has and a count after a plate's cue stay");
	is_str(scan("my plate has 7 abc 123"), "PLATE:7 abc 123",
	    "P5: a plate's digit and letters after has go");
	is_str(scan("my plate is 7 cde 123"), "PLATE:7 cde 123",
	    "P5: letters of no word's shape go");
}

/* P5: a house number and "way" after a word of living, and "always"
 * after a street. */
static void
test_P5_ways(void)
{
	is_str(scan("i live at 5 elm way"), "ADDRESS:5 elm way",
	    "P5: a street's word and way after live at");
	is_str(scan("we moved to 5 elm way"), "ADDRESS:5 elm way",
	    "P5: after moved to");
	is_str(scan("5 oak way is where i live"), "ADDRESS:5 oak way",
	    "P5: before is where i live");
	is_str(scan("i walked 5 miles way too far. 5 mile way. my 2 way radio. "
	            "give way. i live in 1 big way. 5 elm way is where i want "
	            "to be. i live at 5 different way"),
	    "", "P5: way of a measure, a manner, a radio stays");
	is_str(scan("we live at 42 Birch street always"),
	    "ADDRESS:42 Birch street",
	    "P5: an adverb in -s after a street is no plural noun");
	is_str(scan("i have 3 Wall street friends"), "",
	    "P5: a plural noun after a street still makes it a kind");
}

/* P5: towns the word lists hold as ordinary words, after a cue of living
 * or moving: of three letters in capitals. */
static void
test_P5_proper_towns(void)
{
	is_str(scan("we moved to Ufa. I'm from Ufa"),
	    "LOCATION:Ufa|LOCATION:Ufa",
	    "P5: a town of three letters SCOWL writes as a name");
	is_str(scan("I moved to Goa last year. moved to ICU. moved to PHP. "
	            "we moved to Tet. i moved to Bay"),
	    "", "P5: a state, acronyms, a feast, a word stay");
	is_str(scan("i moved to hyderabad in 2019"), "LOCATION:hyderabad",
	    "P5: a town the lists hold as a word, in lower case, after moved "
	    "to");
	is_str(scan("she moved to okinawa. i grew up in okinawa. im from "
	            "okinawa. we moved to hong kong"),
	    "LOCATION:okinawa|LOCATION:okinawa|LOCATION:okinawa|LOCATION:hong "
	    "kong",
	    "P5: after grew up in, I'm from; two such words together");
	is_str(scan("I grew up in okinawa"), "LOCATION:okinawa",
	    "P5: in lower case in a text with capitals");
	is_str(scan("i went to okinawa on holiday. she is in okinawa for work. "
	            "from okinawa with love. sick from motrin. i moved to "
	            "nursing. i moved to penn state. we moved to puerto rico"),
	    "", "P5: after to, in or from alone, a word, a university, a land");
}

/* P5: a facility in lower case named by ordinary words before a word of
 * its kind, after a place's cue. */
static void
test_P5_low_facilities(void)
{
	is_str(scan("i went to sunrise recovery center"),
	    "LOCATION:sunrise recovery center",
	    "P5: a word the lists know as ordinary, before recovery center");
	is_str(scan("we got admitted to lighthouse treatment center. i was at "
	            "clear path recovery center"),
	    "LOCATION:lighthouse treatment center|LOCATION:clear path "
	    "recovery center",
	    "P5: after admitted to; two such words after at");
	is_str(scan("i went to a recovery center. the recovery center. my "
	            "local clinic. a mental health clinic. the er. an "
	            "outpatient rehab. the free clinic. a methadone clinic. the "
	            "eating disorder clinic. my psych ward. urgent care clinic"),
	    "", "P5: a facility of a kind, with an article or none, stays");
	is_str(scan("i went to drug treatment center. i went to residential "
	            "treatment center. i was in teen treatment center. i went to "
	            "another recovery center. i went to eating disorder "
	            "treatment center. i went to children's medical center. i "
	            "went to terrible treatment center"),
	    "", "P5: what kind a facility is, or what it is like, stays");
	is_str(scan("sunrise recovery center has a waitlist. i went to the "
	            "sunrise rehab"),
	    "", "P5: with no cue, or after the before rehab, such words stay");
}

/* N6: a first name that is also a word, capitalised, in three shapes
 * that say someone: a relation after it with no comma, "at" or "from"
 * a place where one meets people, and "I'm" or "it's" before it; the
 * verbs, the senses and the seasons in those shapes stay. */
static void
test_N6_word_names(void)
{
	is_str(scan("Lily my dog walker found me on the floor"), "NAME:Lily",
	    "N6: a relation with no comma, a past in no -ed after it");
	is_str(scan("Mark my husband left. Autumn my roommate heard me. "
	            "Justice my son's dad stopped paying"),
	    "NAME:Mark|NAME:Autumn|NAME:Justice",
	    "N6: with no comma, a deed, a relation's relation");
	is_str(scan("Mark my words he will be back. Thank my mom for me. "
	            "Hope my mom is ok. Will my dad be ok? Grace my friend? "
	            "Sorry my mom was yelling. Love my sister so much"),
	    "", "N6: a verb before my and a relation, no verb after, stay");
	is_str(scan("Trust my mom knows best. June my roommate left for "
	            "college. Honey my mom called. Mercy my boss yelled"),
	    "", "N6: a word that is a name besides, a month, an oath stay");
	is_str(scan("my dog walker Lily found me. my walker broke today"),
	    "NAME:Lily", "N6: dog walker is a relation, a walker alone not");
	is_str(scan("Ray at the shelter said there's a bed. Dawn at the front "
	            "desk was rude. Bill from my AA group called me"),
	    "NAME:Ray|NAME:Dawn|NAME:Bill",
	    "N6: at or from a place where one meets people, a deed");
	is_str(scan("Rest at the shelter is hard. Work at the store said no. "
	            "Hope at the end of it. Help from the nurse was nice"),
	    "", "N6: a word of no name, no place where one meets people stay");
	is_str(scan("Joy at work was rare. Summer at the shelter was hard. "
	            "Hope at the clinic has been great"),
	    "", "N6: a sense or a season being at a place stays");
	is_str(scan("Joy from work was so nice to me. Grace from church had "
	            "my back"),
	    "NAME:Joy|NAME:Grace",
	    "R12: a sense or a season from a place is someone");
	is_str(scan("ray at the shelter said ok"), "NAME:ray",
	    "N6: at the shelter in a text in lower case");
	is_str(scan("hey it's Will again. It's Mark here. hey it's Mark"),
	    "NAME:Will|NAME:Mark|NAME:Mark",
	    "N6: after it's, again, here or after a greeting");
	is_str(scan("I'm Grace, 20. Hi, I'm June, 19 years old"),
	    "NAME:Grace|NAME:June", "N6: after I'm before an age");
	is_str(scan("it's Will power. I'm Hope-less. it's May already. I'm "
	            "Faithful. it's Monday. I'm Sorry. I'm Fine, 20 min late. "
	            "it's Grace period. It's Hope."),
	    "", "N6: a word after it's or I'm, no age, no greeting stay");
	is_str(scan("i'm fine, 20 min late"), "",
	    "N6: after i'm in lower case, a measure stays");
}

/* R11: the review of N5's and P5's rules. */
static void
test_R11_review(void)
{
	is_str(scan("my bro ds is broken. my bro ds broke. my bro vr is "
	            "broken. my dad rv is parked outside. my sister cs is "
	            "scheduled. my dad bm was normal. my dad mf is crazy"),
	    "", "R11: a console's, a device's, a clinic's letters after a "
	        "relation and is stay");
	is_str(scan("my friend kz is sad. my bro kz is broke"),
	    "NAME:kz|NAME:kz", "R11: initials after a relation and is go");
	is_str(scan("license plate is 7 bat 123"), "PLATE:7 bat 123",
	    "R11: a short word's shape after a licence's plate goes");
	is_str(scan("plate number 7 bat 123. my plate: bat 1234. my car "
	            "plate is 7 bat 123"),
	    "PLATE:7 bat 123|PLATE:bat 1234|PLATE:7 bat 123",
	    "R11: after plate number, a colon or a car's plate");
	is_str(scan("my plate is 2 hot 300 lol"), "",
	    "R11: a plate of food keeps its short word");
	is_str(scan("i live at 5 elm way lol. we moved to 5 oak way last "
	            "year"),
	    "ADDRESS:5 elm way|ADDRESS:5 oak way",
	    "R11: chat's word or a time after a home's way");
	is_str(scan("i live at 21 harbor way too much. i live at 5 different "
	            "way lol. we moved to 2 way last year"),
	    "", "R11: way of degree or manner, with no street's word, stays");
	is_str(scan("i went to magnet high school. i went to online high "
	            "school. i went to kidney treatment center. i went to "
	            "oncology medical center. i went to infusion treatment "
	            "center. i went to data recovery center. i went to knee "
	            "recovery center"),
	    "", "R11: a school's kind, the body, a branch of medicine before "
	        "a facility's kind stay");
	is_str(scan("i went to sunrise recovery center. i was at horizon "
	            "treatment center"),
	    "LOCATION:sunrise recovery center|LOCATION:horizon treatment "
	    "center",
	    "R11: ordinary words that name a facility go");
	is_str(scan("my cyst is growing in bursa. a cyst growing in Bursa"),
	    "", "R11: growing in, with no up, is no living there");
	is_str(scan("i grew up in bursa. growing up in okinawa"),
	    "LOCATION:bursa|LOCATION:okinawa", "R11: grew up in, growing up in");
	is_str(scan("i moved to danube. I grew up in Sumatra. born in thrace. "
	            "we moved to delphi from vb. my score moved to gleason 7. "
	            "they moved to foley"),
	    "", "R11: a river, an island of many towns, a land of old, a "
	        "score and a catheter are no towns");
	is_str(scan("i moved to prague. I grew up in Chesapeake. born in "
	            "potomac"),
	    "LOCATION:prague|LOCATION:Chesapeake|LOCATION:potomac",
	    "R11: towns of PROPER stay towns");
	is_str(scan("im j okafor lol. im k okafor tbh"),
	    "NAME:j okafor|NAME:k okafor",
	    "R11: an initial and a surname after im before chat's word");
	is_str(scan("im n bed lol. im b tired lol. im j skool lol"), "",
	    "R11: chat's n, a word or a word of no list after im and a "
	    "letter stay");
}

/* P7: a surname that is a word, capitalised after a place's cue, is
 * no town where it is an app or an idiom's noun before "of". */
static void
test_P7_weak_no_place(void)
{
	is_str(scan("i'm in Slack all day. i live in Fear of him. we're in "
	            "Need of help. I live in Reading of all places"),
	    "LOCATION:Reading",
	    "P7: an app, an idiom's noun before of stay; of all places not");
	is_str(scan("I live in Reading. my slack is mayaok"),
	    "LOCATION:Reading|HANDLE:mayaok",
	    "P7: such a word alone is still a town; a handle on slack goes");
}

/* P7: a street of no number in lower case after "live off of", and a
 * court, lane or terrace after "moved to"; courts of law, a road's
 * lanes, idioms and food one lives off stay. */
static void
test_P7_low_streets(void)
{
	is_str(scan("we live off of birch lane. they live off of cherry hill "
	            "lane"),
	    "ADDRESS:birch lane|ADDRESS:cherry hill lane",
	    "P7: a street after live off of");
	is_str(scan("we moved to larkspur court. we moved to maple terrace last "
	            "year. we moved to birch lane"),
	    "ADDRESS:larkspur court|ADDRESS:maple terrace|ADDRESS:birch lane",
	    "P7: a court, terrace or lane after moved to");
	is_str(scan("we live off of takeout. live off of memory lane. we live "
	            "off of the main road. i moved to small claims court. we "
	            "moved to fast lane lol. moved to the court. moved to "
	            "tennis court 3"),
	    "", "P7: food, an idiom, courts of law or sport, a road's lane stay");
}

/* P7: a facility in lower case named by ordinary words: after "the"
 * before a word of its kind, one word before "rehab", a name and a
 * street's word before "academy"; facilities of a kind stay. */
static void
test_P7_low_facilities(void)
{
	is_str(scan("i was at the sunrise recovery center"),
	    "LOCATION:sunrise recovery center",
	    "P7: after the, before a word of its kind");
	is_str(scan("went to sunrise rehab in march"),
	    "LOCATION:sunrise rehab", "P7: one word before rehab");
	is_str(scan("my kid goes to oak hill academy. i go to maple grove "
	            "school"),
	    "LOCATION:oak hill academy|LOCATION:maple grove school",
	    "P7: a name and a street's word before a school's");
	is_str(scan("the recovery center. the rehab. a detox center. the "
	            "mental health center. the crisis center. the youth "
	            "center. the er. urgent care center"),
	    "", "P7: facilities of a kind stay");
	is_str(scan("i was at the stupid recovery center again. i was at the "
	            "local treatment center. i went to xanax rehab. i went to "
	            "shoulder rehab. i went to inpatient rehab. went to rehab in "
	            "march. i went to police academy. he goes to summer school. "
	            "my kid goes to the oak hill academy"),
	    "",
	    "P7: what a place is like or treats, a school of a kind, a name "
	    "after the stay");
}

/* P7: a capitalised town that only Philter's list holds, a lone word
 * of the table ("Saugus", "Akureyri"), after a cue of living, or after
 * "I'm in" before a stay's span of time; the medicines, apps and words
 * of science the mark holds too, and any word after "to", stay. */
static void
test_P7_lone_towns(void)
{
	is_str(scan("I grew up in Saugus. she was born in Saugus. my mom is "
	            "from Saugus originally. I'm from Akureyri. I live near "
	            "Haverhill"),
	    "LOCATION:Saugus|LOCATION:Saugus|LOCATION:Saugus|LOCATION:Akureyri|"
	    "LOCATION:Haverhill",
	    "P7: after grew up in, born in, is from, I'm from, live near");
	is_str(scan("i'm in Saugus this week. we're staying in Saugus for now. "
	            "I am in Akureyri for a business trip"),
	    "LOCATION:Saugus|LOCATION:Saugus|LOCATION:Akureyri",
	    "P7: after I'm in or staying in, before a stay's span of time");
	is_str(scan("i'm in Suboxone now. i'm in Photoshop rn. i'm in Ketosis "
	            "lol. I'm in Akathisia hell. i'm in Saugus rn"),
	    "", "P7: after I'm in with no such span, such a word stays");
	is_str(scan("we moved to Lexapro from zoloft. moved to Sertraline. we "
	            "moved to Saugus last year. sick from Lexapro. Saugus is "
	            "nice"),
	    "",
	    "P7: after to, from alone, or opening the sentence, such a word "
	    "stays");
	is_str(scan("I'm in Recovery this year. I was raised in Buddhism. I'm "
	            "from Marketing. i grew up in Poverty"),
	    "", "P7: SCOWL's words and names, ordinary or kept, are no lone "
	    "word");
}

/* P8: a town of PROPER after any place cue; a lone word of the table
 * after "in" and someone or something there; and their near misses. */
static void
test_P8_towns_abroad(void)
{
	is_str(scan("does it cover a psychiatrist in Mississauga. her parents "
	            "in Lucknow dont know. he sends money from Dubai but. come "
	            "home to Ibadan for a while. im banned from Tamworth "
	            "basically"),
	    "LOCATION:Mississauga|LOCATION:Lucknow|LOCATION:Dubai|"
	    "LOCATION:Ibadan|LOCATION:Tamworth",
	    "P8: a word of PROPER after in, from or to, with no cue of living");
	is_str(scan("i soak in Epsom salts. suffering from Lyme disease. im in "
	            "Motown mode. a cyst growing in Bursa. stuck in Bursa pain. "
	            "sick from Motrin"),
	    "",
	    "P8: before a noun it names, after growing or a word of staying, "
	    "and a brand stay");
	is_str(scan("i listen to Motown all day. we donated to Audubon. a trip "
	            "to Motown"),
	    "", "R19: a record label and a society are no towns after to");
	is_str(scan("my gp in Croydon wont refer me. his mum moved in with us "
	            "in Enugu. i stay with her in Ikeja. my flat in Fremantle is "
	            "damp"),
	    "LOCATION:Croydon|LOCATION:Enugu|LOCATION:Ikeja|LOCATION:Fremantle",
	    "P8: a lone word after a relation, us after with, a home's noun");
	is_str(scan("aunty Funke in Ikeja wants me to stay"),
	    "NAME:Funke|LOCATION:Ikeja", "P8: a lone word after a name taken");
	is_str(scan("i drew her in Photoshop. my doctor put me in Ketosis. a "
	            "psychiatrist in Training. my work in Excel is boring. my son "
	            "in Minecraft built a house"),
	    "", "P8: a pronoun with no with, a word of SCOWL, an app stay");
}

/* P8: a place set against a town, or followed by one after "from ...
 * to", and a town's later mentions; the label of a name's word that
 * names a town there. */
static void
test_P8_place_pairs(void)
{
	is_str(scan("i moved from Polokwane to Pretoria. i moved from Calgary "
	            "to Red Deer for work"),
	    "LOCATION:Polokwane|LOCATION:Pretoria|LOCATION:Calgary|"
	    "LOCATION:Red Deer",
	    "P8: after from and a place, to and a town");
	is_str(scan("we're in Ipswich not Brisbane, Ipswich is worse. Ipswich!"),
	    "LOCATION:Ipswich|LOCATION:Brisbane|LOCATION:Ipswich|"
	    "LOCATION:Ipswich",
	    "P8: a lone word set against a town, and its later mentions");
	is_str(scan("we're in Ipswich not Brisbane. IPSWICH is worse"),
	    "LOCATION:Ipswich|LOCATION:Brisbane|LOCATION:IPSWICH",
	    "read-back: a later mention in capitals is the same town");
	is_str(scan("it went from bad to worse. from Monday to Friday. we "
	            "switched from Zoloft to Lexapro. i'm in Recovery not "
	            "Relapse. i'm in Photoshop not Canva"),
	    "", "P8: from and to, or not, with no place before stay");
	is_str(scan("i'm in Lagos not Mum. i live in Lagos not Because i want "
	            "to. i drove from Calgary to Mum. i moved from Calgary to Reading"),
	    "LOCATION:Lagos|LOCATION:Lagos|LOCATION:Calgary|LOCATION:Calgary|"
	    "LOCATION:Reading",
	    "R19: a relation or a plain word after a place and not or to "
	    "stays; a surname that is a word is taken");
	is_str(scan("i live in Reading. Reading is hard for me"),
	    "LOCATION:Reading",
	    "P8: a town that is an ordinary word is not taken again");
	is_str(scan("my cousin in Lagos. i moved to Darwin at 10. my housemate "
	            "from Bristol. i'm from Leeds"),
	    "LOCATION:Lagos|LOCATION:Darwin|LOCATION:Bristol|LOCATION:Leeds",
	    "P8: a name's word after in, a cue of living or a relation's from "
	    "is a town");
	is_str(scan("i confided in Maya. a text from Maya. I talked to Smith"),
	    "NAME:Maya|NAME:Maya|NAME:Smith",
	    "P8: a first name after in, and a name after from or to alone, "
	    "stay a person's");
	is_str(scan("i confided in Patel about it. i lost faith in Okafor. we "
	            "had a class in Shakespeare. my aunt in Lagos"),
	    "NAME:Patel|NAME:Okafor|NAME:Shakespeare|LOCATION:Lagos",
	    "R19: a surname after confided in, faith in, a class in stays a "
	    "person's");
}

/* P8: Ireland's counties and street words, and a town after a place
 * and a ','. */
static void
test_P8_addresses_abroad(void)
{
	is_str(scan("send it to 12 Ard na Gr\xc3\xa9ine, Athlone, Co. Westmeath "
	            "please"),
	    "ADDRESS:12 Ard na Gr\xc3\xa9ine, Athlone, Co. Westmeath",
	    "P8: an Irish street word, na, a county after Co.");
	is_str(scan("my nan lives in Co Cork. Co Down is lovely"),
	    "LOCATION:Co Cork|LOCATION:Co Down", "P8: Co and a county");
	is_str(scan("Smith & Co. Ltd. Co Op on the corner. na mate. Ard is a "
	            "word"),
	    "NAME:Smith", "P8: a firm's Co., no county; na and Ard alone");
	is_str(scan("Smith & Co. Down the road is a shop. Okafor and Co. Clare "
	            "said so"),
	    "NAME:Smith|NAME:Okafor|NAME:Clare",
	    "R19: a county's word after a firm's & Co. or and Co. is none");
	is_str(scan("Year 8, St Aidan's School, Basingstoke"),
	    "LOCATION:St Aidan's School, Basingstoke",
	    "P8: a lone word after a place and a comma, ending its clause");
	is_str(scan("i was at Mercy Hospital, Monday was rough. at Mercy "
	            "Hospital, Maya and i"),
	    "LOCATION:Mercy Hospital|LOCATION:Mercy Hospital|NAME:Maya",
	    "P8: an ordinary word or a name after the comma stays apart");
}

/* P8: lower-case towns by where they stand: after a place or a street,
 * before a stay's span of time. */
static void
test_P8_low_towns(void)
{
	is_str(scan("the kids are with their dad in ballarat until sunday. im "
	            "at the police station in stockport come get me. we are at "
	            "2187 kingfisher drive in calgary"),
	    "LOCATION:ballarat|LOCATION:stockport|ADDRESS:2187 kingfisher "
	    "drive|LOCATION:calgary",
	    "P8: in lower case, before a stay's span, after a station or a "
	    "street");
	is_str(scan("i live at 42 elm st in reading and i need help"),
	    "ADDRESS:42 elm st|LOCATION:reading",
	    "P8: a surname that is a word after an address, ending the clause");
	is_str(scan("i am in reading the book. i live at 42 elm st in reading "
	            "the news. best view in town. we drive in silence. i drive "
	            "in reading. she is in rehab until monday"),
	    "ADDRESS:42 elm st",
	    "P8: the verb, a word after a street's word or a verb, rehab stay");
	is_str(scan("he's in juvie until march. we're in lockdown until friday. "
	            "i'm in bootcamp until june. the bungee jump in queenstown "
	            "next month. my mum in ballarat until sunday. i'll be in "
	            "juvie until march"),
	    "LOCATION:queenstown|LOCATION:ballarat",
	    "R19: before a stay's span a word of no list after a form of be "
	    "stays");
}

/* P7: the lone words of the shipped table: Philter's words that SCOWL
 * lacks in any case, marked beside their flags. */
static void
test_P7_lone_words(void)
{
	ok(mh_names_lone(nm, "Saugus", 6) && mh_names_lone(nm, "lexapro", 7) &&
	        mh_names_lookup(nm, "saugus", 6) == MH_NAMES_COMMON,
	    "P7: saugus and lexapro are lone, and COMMON alone");
	ok(!mh_names_lone(nm, "recovery", 8) &&
	        !mh_names_lone(nm, "hyderabad", 9) &&
	        !mh_names_lone(nm, "quexbury", 8) &&
	        !mh_names_lone(nm, "tewksbury", 9),
	    "P7: a word, a PROPER word, an unknown one, a surname are not");
	ok(mh_names_lookup_cue(nm, "saugus", 6) == 0,
	    "P7: the mark makes no word a cue word");
}

/* N7: names in chat that the mask left, and their near misses. */
static void
test_N7_chat_names(void)
{
	is_str(scan("zhang wei from work texted"), "NAME:zhang wei",
	    "N7: a surname written first joins the name after it");
	is_str(scan("park ji-woo from church called"), "NAME:park ji-woo",
	    "N7: a surname that is a word too, before a hyphenated name");
	is_str(scan("I met zhang wei at work today"), "NAME:zhang wei",
	    "N7: the given name after a surname taken alone");
	is_str(scan("i met okafor ji-woo at church"), "NAME:okafor ji-woo",
	    "N7: a hyphenated given name after a surname taken alone");
	is_str(scan("so glad wei came. the zhang thing was weird. long wei "
	            "from work texted"),
	    "NAME:wei|NAME:wei",
	    "N7: an ordinary word or a surname alone before a name stays");
	is_str(scan("i love this song wei sent me. see ya wei"),
	    "NAME:wei|NAME:wei", "N7: a word that is a surname too stays out");
	is_str(scan("i met okafor june at the shelter"), "NAME:okafor",
	    "N7: a name that is a word too after a surname stays out");
	is_str(scan("ty maya for listening. aka jordan from my group. welp "
	            "maya said no. went to see okafor ty for everything"),
	    "NAME:maya|NAME:jordan|NAME:maya|NAME:okafor",
	    "R16: chat's thanks and words are no surname, nor a given name");
	is_str(scan("i like ji-woo so much. i hug ji-woo every day. so glad "
	            "park ji-woo came"),
	    "NAME:ji-woo|NAME:ji-woo|NAME:park ji-woo",
	    "R16: a verb after its subject is no surname before a hyphenated "
	    "name");
	is_str(scan("jean-luc from my unit is nice. marie-claire from group "
	            "called"),
	    "NAME:jean-luc|NAME:marie-claire",
	    "N7: a hyphenated given name in lower case");
	is_str(scan("seo-yeon texted me"), "NAME:seo-yeon",
	    "N7: a Korean given name in lower case");
	is_str(scan("kung-fu panda is my comfort movie. coca-cola is my vice. "
	            "hye-jin from my class said hi"),
	    "NAME:hye-jin",
	    "R16: after a surname alone, an ordinary word is no given name's");
	is_str(scan("follow-up from my doctor. check-in from my therapist. "
	            "long-term from my dad. self-care from my group. my ex-bf "
	            "from work texted. uh-huh from my mom. al-anon from my "
	            "group helped"),
	    "", "N7: hyphenated words that are no names stay");
	is_str(scan("KM (my bf) said he'd come. JT (my ex) keeps texting"),
	    "NAME:KM|NAME:JT", "N7: initials glossed by a relation in brackets");
	is_str(scan("kz (my bf) said he'd come"), "NAME:kz",
	    "N7: initials in lower case glossed by a relation");
	is_str(scan("ED (eating disorder) is back. MS (multiple sclerosis) "
	            "flares. PT (my physio) said rest. OT (my therapist) said "
	            "so. OCD (my dx) is bad. BF (best friend) came over. BF (my "
	            "best friend) came. MS (my sister) came"),
	    "", "N7: a condition, a role, a relation or a state in brackets "
	        "stays");
	/* a forum's shorthand for one's own people, and chat's sounds */
	is_str(scan("DH (my husband) is away. DD (my daughter) is sick. LO "
	            "(my kid) is up. SS (my stepson) hates me. CM (my case "
	            "manager) called. hb (my husband) is home"),
	    "", "R16: a relation's shorthand glossed in brackets stays");
	is_str(scan("um (my bf) said no. ya (my ex) texted. uh (my bf) is "
	            "mad. ty (my bf) for coming"),
	    "", "R16: two letters with a vowel in lower case stay");
	is_str(scan("AJ (my friend) came over. me and jt (my bf) went out"),
	    "NAME:AJ|NAME:jt",
	    "R16: initials with a vowel in capitals, or none in lower case");
	is_str(scan("hey its me, D."), "NAME:D", "N7: a letter signs after me,");
	is_str(scan("see you at group.\nlove, D.\nthanks, K\nxo D.\n- K."),
	    "NAME:D|NAME:K|NAME:D|NAME:K",
	    "N7: a letter signs after a close or a dash at the line's end");
	is_str(scan("see you soon - K."), "NAME:K",
	    "N7: a letter signs after a dash after a word");
	is_str(scan("love, d.\nthanks, kz"), "NAME:d|NAME:kz",
	    "N7: a letter or initials in lower case sign too");
	is_str(scan("I got a D. plan B. vitamin D. grade C. hepatitis C. "
	            "type 1 or 2 or D."),
	    "", "N7: a grade, a plan, a vitamin, a list's letter stay");
	is_str(scan("my grades were A - B.\noption 1 - A.\nlove, x\nthanks, "
	            "u.\nlove, I.\nI love D."),
	    "", "N7: a range, a list, a kiss, words and no close stay");
	is_str(scan("my grades this term:\nmath - B\nscience - C.\nthe "
	            "answer is - D.\nvitamin - D.\nlove, U."),
	    "", "R16: a label's letter after a dash, and \"U\", sign nothing");
	is_str(scan("thank you, D.\nty, K.\nlove ya - T.\ntalk soon - J."),
	    "NAME:D|NAME:K|NAME:T|NAME:J",
	    "R16: a letter signs after chat's closes and farewells");
	is_str(scan("hey it's Faith lol. hi its Grace btw"),
	    "NAME:Faith|NAME:Grace",
	    "N7: chat's word after one's name signing in after a greeting");
	is_str(scan("It's Faith lol. hey it's me lol. hey it's May lol. hey "
	            "it's Will power lol"),
	    "", "N7: no greeting, no name, a month, the word's sense stay");
	is_str(scan("bill from my AA group called me"), "NAME:bill",
	    "N7: a name that is a word, opening a text with capitals");
	is_str(scan("ivy keeps asking for her dad. She's 6"), "NAME:ivy",
	    "N7: a deed of a person after the text's first word");
	is_str(scan("bill from my insurance came today. the bill from the "
	            "hospital is huge. it's faith that keeps me going. hey "
	            "it's hope that matters. I know"),
	    "", "N7: the text's first word with no person's slot stays");
	is_str(scan("hope from church is all I have"), "",
	    "N7: a sense from a group, opening a text with capitals, stays");
}
/* Numbers said one digit at a time after a cue, as voice typing writes
 * them (phi-dev3), and the near-misses that stay.  Invented people and
 * numbers only. */
static void
test_D7_said_numbers(void)
{
	is_str(scan("my social is nine eight seven six five four three two "
	            "one"),
	    "SSN:nine eight seven six five four three two one",
	    "D7: a national number said digit by digit after my social");
	is_str(scan("my sin number is one three zero six nine two five four "
	            "four. my social security number is nine eight seven six "
	            "five four three two one"),
	    "SSN:one three zero six nine two five four four|SSN:nine eight "
	    "seven six five four three two one",
	    "D7: before number, a sin or social security");
	is_str(scan("my nhs number is four eight five seven seven three four "
	            "four five six"),
	    "MRN:four eight five seven seven three four four five six",
	    "D7: an nhs number is a health number, no phone number");
	is_str(scan("medical record number m r four four seven one nine two. "
	            "my patient number is a b c one two three four five six"),
	    "MRN:m r four four seven one nine two|MRN:a b c one two three "
	    "four five six",
	    "D7: letters before the digits after an ID's cue");
	is_str(scan("okay so my number is oh seven seven double oh nine "
	            "hundred two four one can you call me back"),
	    "PHONE:oh seven seven double oh nine hundred two four one",
	    "D7: oh, double and hundred in a phone number said aloud");
	is_str(scan("call me on five five five oh one three seven thats area "
	            "code three one two"),
	    "PHONE:five five five oh one three seven|PHONE:three one two",
	    "D7: an area code said after its number");
	is_str(scan("post code is b one four seven t y. my zip is nine oh two "
	            "one oh"),
	    "ZIP:b one four seven t y|ZIP:nine oh two one oh",
	    "D7: a postcode spelled after its cue");
	is_str(scan("i slept four hours and ate one meal. one two three four "
	            "five breathe. ten out of ten. five four three two one "
	            "grounding. take two 50mg"),
	    "", "D7: digit words with no cue stay, the 5-4-3-2-1 exercise too");
	is_str(scan("call nine one one. call nine eight eight if you need "
	            "to. ring samaritans on one one six one two three. call "
	            "one eight oh oh two seven three eight two five five"),
	    "", "D7: crisis lines said in words stay");
	is_str(scan("my number is seven a lot of the time. my social is "
	            "great. code is a b c. my number is two. call me at two, "
	            "three or four"),
	    "", "D7: a cue before few digit words, or a word, stays");
}

/* House numbers and years in words, a range of days. */
static void
test_D7_said_places_dates(void)
{
	is_str(scan("we are at two one eight seven kingfisher drive"),
	    "ADDRESS:two one eight seven kingfisher drive",
	    "D7: a house number said digit by digit");
	is_str(scan("i live at forty two elm tree avenue. my address is "
	            "twenty one oak road"),
	    "ADDRESS:forty two elm tree avenue|ADDRESS:twenty one oak road",
	    "D7: a house number of two words, a name of two");
	is_str(scan("there is one main street. we are at two one test drive. "
	            "we were at two twenty five place. i am at two one main "
	            "street shops"),
	    "", "D7: one alone, a drive of not_streets, a place, a plural "
	        "after stay");
	is_str(scan("he was born on the twenty first of july two thousand and "
	            "nine"),
	    "DATE:twenty first of july two thousand and nine",
	    "D7: a year in words after the date");
	is_str(scan("my date of birth is the third of march nineteen ninety "
	            "eight. on may the fifth nineteen ninety eight"),
	    "DATE:third of march nineteen ninety eight|DATE:may the fifth "
	    "nineteen ninety eight",
	    "D7: nineteen ninety eight");
	is_str(scan("on the first of June two thousand people marched"),
	    "DATE:first of June", "D7: two thousand before a noun is a count");
	is_str(scan("i was at the ward from the second to the ninth of may. "
	            "between the first and the third of june"),
	    "DATE:second to the ninth of may|DATE:first and the third of june",
	    "D7: the first day of a range of days in words");
}

/* Ages over 89 after a name and a family word of another language,
 * which no list holds. */
static void
test_D7_ages(void)
{
	is_str(scan("lola bining is 92 and she raised me. selvi paati is 94 "
	            "and still listens"),
	    "NAME:lola bining|AGE:92|NAME:selvi|AGE:94",
	    "D7: an age over 89 after a name and a family word");
	is_str(scan("the fyp is 95 percent. my score is 92 and rising. my "
	            "spo2 is 92 ngl. the lowkey vibe is 95"),
	    "", "D7: a measure or a score over 89 stays");
	is_str(scan("skibidi rizz is 99. the gyatt rizz is 95"), "",
	    "D8: a word of one syllable, no list's, is no name before an age");
}

/* Local IDs and addresses: a check digit's shape, an office's capitals
 * joined to its number, a flat before its house number, an Irish street
 * and county, a house number's "No.", an Indian PIN code. */
static void
test_D7_local_ids(void)
{
	is_str(scan("my umid crn is 0028-4417093-6 for the sss loan"),
	    "ID:0028-4417093-6", "D7: an ID with its check digit after a '-'");
	is_str(scan("family court file FC-ON-2026-11873 says. my nhis number "
	            "is NHIS/LAG/2291847"),
	    "ID:FC-ON-2026-11873|ID:NHIS/LAG/2291847",
	    "D7: an office's capitals joined to the number");
	is_str(scan("COVID-19 was bad. my PHQ-9 is 12. the ICD-10 code"), "",
	    "D7: capitals joined to a number that is no ID stay");
	is_str(scan("Our address: Flat 3, 41 Gorse Lane, Swansea SA1 6RB"),
	    "ADDRESS:Flat 3|ADDRESS:41 Gorse Lane, Swansea SA1 6RB",
	    "D7: a flat before its house number");
	is_str(scan("Flat 3 hours of nothing. my flat 3 is cold"), "",
	    "D7: a flat with no house number after it stays");
	is_str(scan("flat 3, 41 gorse lane"), "ADDRESS:flat 3, 41 gorse lane",
	    "D8: a flat before its house, in lower case");
	is_str(scan("we moved. apt 4b, 12 elm lane is ours"),
	    "ADDRESS:apt 4b, 12 elm lane",
	    "D8: after apt a lane is a street too");
	is_str(scan("flat 3, 4 days later. i scored 3, 41 fast lane. flat 3, "
	            "41 more"),
	    "", "D8: a flat's number and a count, or a lane with no flat, stay");
	is_str(scan("send it to 12 Ard na Gr\xC3\xA9ine, Athlone, Co. "
	            "Westmeath, N37 X2K4 please"),
	    "ADDRESS:12 Ard na Gr\xC3\xA9ine, Athlone, Co. Westmeath|ZIP:N37 "
	    "X2K4",
	    "D7: an Irish street of two words and na, its county");
	is_str(scan("we live at No. 14 Adeniran Ogunsanya Street, Surulere"),
	    "ADDRESS:No. 14 Adeniran Ogunsanya Street, Surulere",
	    "D7: a house number's No.");
	is_str(scan("Kharghar, Navi Mumbai 410210"),
	    "LOCATION:Kharghar|LOCATION:Navi Mumbai|ZIP:410210",
	    "D7: an Indian PIN code after its town, the town a place");
	is_str(scan("Hi, Maya 100000 steps today. i ran 410210 steps"),
	    "NAME:Maya", "D7: six digits that a count's word follows stay");
}

/* D8: numbers said one digit at a time after an ID's cue in a text
 * with capitals, and the near misses that stay.  Invented numbers. */
static void
test_D8_said_ids_capitals(void)
{
	is_str(scan("My SSN is nine eight seven six five four three two one"),
	    "SSN:nine eight seven six five four three two one",
	    "D8: an SSN said digit by digit in a text with capitals");
	is_str(scan("I said my mrn is four four five two one nine eight. Her "
	            "Medicare is two three four five six seven eight nine"),
	    "MRN:four four five two one nine eight|HEALTHPLAN:two three four "
	    "five six seven eight nine",
	    "D8: an MRN and a Medicare number, the cue in either case");
	is_str(scan("My patient ID is four four five two one nine eight. my id "
	            "is fine, one two three"),
	    "ID:four four five two one nine eight",
	    "D8: an ID said digit by digit after ID and is");
	is_str(scan("I'd say one two three four five six seven is fine. My ID "
	            "card is one two three four five six seven. id rather one "
	            "two three four five six seven eight times"),
	    "", "R23: I'd, an ID card, id before another word stay");
	is_str(scan("My post code is b one four seven t y"),
	    "ZIP:b one four seven t y", "D8: a postcode spelled, with capitals");
	is_str(scan("The Code is five four three two one, breathe. My SSN is "
	            "one eight hundred two seven three eight two five five. "
	            "My code is great"),
	    "", "D8: few digit words, a crisis line, a word after the cue stay");
	is_str(scan("my ssn is one eight hundred two seven three talk. My SSN "
	            "is one eight hundred two seven three talk"),
	    "", "D8: a crisis line with a keypad's word after an ID's cue stays");
}

/* D8: tens and teens inside a number said digit by digit, a postcode's
 * first two letters said as one word, an Indian PIN code in words. */
static void
test_D8_said_tens_postcodes(void)
{
	is_str(scan("my ssn is nine eight seven sixty five four three two one. "
	            "my mrn is four fifteen two one nine eight"),
	    "SSN:nine eight seven sixty five four three two one|MRN:four "
	    "fifteen two one nine eight",
	    "D8: a ten and its unit, a teen, inside a number said aloud");
	is_str(scan("my social is great. i'm sixty five four three two one. "
	            "my ssn is sixty five"),
	    "", "D8: tens with no cue, or too few digits, stay");
	is_str(scan("text me at seven thirty, eight fifteen, nine forty five. "
	            "call me at six fifteen, seven thirty, eight forty five "
	            "tomorrow"),
	    "", "R23: times of day said after a phone's cue stay");
	is_str(scan("call me on five five five, oh one twenty three. my ssn "
	            "is nine eight seven, sixty five, four three two one"),
	    "PHONE:five five five, oh one twenty three|SSN:nine eight seven, "
	    "sixty five, four three two one",
	    "R23: a ten after two digits of a group, or first in it, is read");
	is_str(scan("post code is sw one a one a a"), "ZIP:sw one a one a a",
	    "D8: a postcode's two letters said as one word");
	is_str(scan("my post code is on the letter. post code is in my bag"),
	    "", "D8: a word of two letters and no digits after the cue stays");
	is_str(scan("my pin code is five six zero zero one seven. my pin code "
	            "is one two three four"),
	    "ZIP:five six zero zero one seven|ID:one two three four",
	    "D8: an Indian PIN code in words, a card's PIN code");
	is_str(scan("the pin code is wrong, one two three times"), "",
	    "D8: digit words after a comma past the pin code stay");
	is_str(scan("pin code is one two three four five six seven. my pin "
	            "code is nine eight seven six five four three two"),
	    "ID:one two three four five six seven|ID:nine eight seven six "
	    "five four three two",
	    "R23: a PIN code of more digits than a postcode's is still an ID");
}

/* D8: an Indian PIN code after a town a rule took, the town and its
 * locality before a PIN code places. */
static void
test_D8_pin_towns(void)
{
	is_str(scan("i live in Mumbai 400069"), "LOCATION:Mumbai|ZIP:400069",
	    "D8: a PIN code after a town taken after a cue of living");
	is_str(scan("Andheri East, Mumbai 400069 is where i live"),
	    "LOCATION:Andheri East|LOCATION:Mumbai|ZIP:400069",
	    "D8: the town before a PIN code is taken, its locality a place");
	is_str(scan("I ran in Mumbai 400069 steps. we moved to Pune 411000. i "
	            "live in Mumbai 900069"),
	    "LOCATION:Mumbai|LOCATION:Pune|LOCATION:Mumbai",
	    "D8: a count, a round thousand, a first digit 9 after a town stay");
	is_str(scan("Dear Priya, Mumbai 400069 is the pin"),
	    "NAME:Priya|LOCATION:Mumbai|ZIP:400069",
	    "R23: a first name before the town's ',' stays a name");
}

/* D8: a school of the Church of England, "C of E" inside its name. */
static void
test_D8_c_of_e(void)
{
	is_str(scan("my kid goes to St Mary's C of E School. St John's C of E "
	            "Primary is near"),
	    "LOCATION:St Mary's C of E School|LOCATION:St John's C of E "
	    "Primary",
	    "D8: C of E inside a saint's school's name is one place");
	is_str(scan("I got a C of E grade. Vitamin C of E brand. the C of E is "
	            "my church"),
	    "", "D8: C of E with no facility's word after it stays");
	is_str(scan("St Mary's C and E Wing"),
	    "LOCATION:St Mary's C|NAME:E Wing",
	    "R23: only \"of\" joins C and E into the school's name");
}

/* N8: names in the voices of phi-dev3 (group chats' exports, voice
 * assistants, words of other tongues), each beside what stays. */
static void
test_N8_chat_labels(void)
{
	is_str(scan("Will: are u coming Grace: cant, ok Will: ok"),
	    "NAME:Will|NAME:Grace|NAME:Will",
	    "N8: a chat's labels, one of them twice");
	is_str(scan("[21:04] Hunter: mum found it [21:05] Me: what did she "
	            "say [21:06] Hunter: nothing yet"),
	    "NAME:Hunter|NAME:Hunter", "N8: labels after a message's time");
	is_str(scan("- Jay left - Dawn: good riddance - Amber: dawn thats "
	            "harsh"),
	    "NAME:Jay|NAME:Dawn|NAME:Amber|NAME:dawn",
	    "N8: two speakers, and one's name in lower case in a message");
	is_str(scan("Will: i will ask mum. Grace: ok"), "NAME:Will|NAME:Grace",
	    "N8: a speaker's name that is an ordinary word stays one");
	is_str(scan("[09:12] Me: i cant go in today [09:30] Boss: noted"), "",
	    "N8: Me and a relation as labels, after a time, stay");
	is_str(scan("Note: took my meds. Update: still sad. Mum: where are "
	            "you? Therapist: how are you. Q: is this normal A: yes. "
	            "Step 1: breathe. Re: appointment"),
	    "", "N8: a form's and a chat's words before ':' stay");
	is_str(scan("Hope: low Joy: none Sleep: 5h"), "",
	    "N8: feelings as a diary's fields, once each, stay");
	is_str(scan("Summer: beach Winter: ski"), "",
	    "N8: seasons as fields, once each, stay");
	is_str(scan("Hope: low"), "", "N8: one label alone stays");
}

static void
test_N8_assistants(void)
{
	is_str(scan("hey siri call mum. hey alexa play rain sounds. okay "
	            "google, set a timer. Hey Siri, call Mum"),
	    "", "N8: an assistant woken, asked to do something, stays");
	is_str(scan("hey siri text sky i'm late"), "NAME:sky",
	    "N8: the contact an assistant is asked to text");
	is_str(scan("okay google call robin mobile"), "NAME:robin",
	    "N8: the contact an assistant is asked to call");
	is_str(scan("hey alexa how are you"), "NAME:alexa",
	    "N8: a friend greeted, asked nothing of an assistant's");
	is_str(scan("my friend siri is sweet"), "NAME:siri",
	    "N8: an assistant's name after a relation is a person's");
}

static void
test_N8_words(void)
{
	is_str(scan("kia ora, first time posting here"), "",
	    "N8: a Maori greeting stays");
	is_str(scan("tim hortons at 2am is my safe place lol"), "",
	    "N8: a brand whose first word is a name stays");
	is_str(scan("I went to Tim Hortons with Tim"), "NAME:Tim",
	    "N8: the name alone is still one");
	is_str(scan("mera dil bahut bhaari hai aaj"), "",
	    "N8: Hindi's small words stay");
	is_str(scan("chai and a biscuit and a cry, my evening routine"), "",
	    "N8: chai opening a text in lower case stays");
	is_str(scan("my friend hai said hi. my sister Meri called"),
	    "NAME:hai|NAME:Meri", "N8: after a relation they are names");
	is_str(scan("heather on the hills reminds me of home. moon over the "
	            "city"),
	    "", "N8: a name that is a word, where it lies, stays");
	is_str(scan("heather said hi. i saw heather on the bus"),
	    "NAME:heather|NAME:heather",
	    "N8: the same before a deed, or after a verb, is someone");
}

static void
test_N8_low_slots(void)
{
	is_str(scan("ray my flatmate keeps eating my food"), "NAME:ray",
	    "N8: a name before my and a relation that does something");
	is_str(scan("patience my wife left with our daughter"),
	    "NAME:patience", "N8: the same with a past deed");
	is_str(scan("storm my 8 year old keeps asking if mummy is ok"),
	    "NAME:storm", "N8: a child named by their age is a relation");
	is_str(scan("mark my words. bless my heart. storm my brain. sunday "
	            "my mum cooks. rose my hopes. will my mum be ok. hope my "
	            "mum is ok. summer my bf dumped me"),
	    "", "N8: a verb, a day, a season before my stay");
	is_str(scan("the kids are with their dad bill in ballarat until "
	            "sunday"),
	    "NAME:bill|LOCATION:ballarat",
	    "N8: after a relation, before where they are (P8: the town)");
	is_str(scan("my mum rose at 6. my dad drew in the sand. my dad will "
	            "at least try"),
	    "", "N8: a verb after a relation, before in or at, stays");
}

static void
test_N9_unlisted_before_my(void)
{
	is_str(scan("sipho my boyfriend is 31 and i am 17"), "NAME:sipho",
	    "N9: a word of no list before my, a relation and is");
	is_str(scan("thabo my brother keeps taking my money"), "NAME:thabo",
	    "N9: the same before a deed");
	is_str(scan("bruh my mom is mad. istg my dad is home. ngl my bf is "
	            "weird. oof my mom is mad. omfg my mom said no. haha my "
	            "mom is mad. okayy my mom is here. lowkey my sister is "
	            "mean"),
	    "", "N9: chat's cries and slang before my stay");
}

/* N10: a name's later mentions in a text in lower case
 * (names_again()). */
static void
test_N10_names_again(void)
{
	is_str(scan("sky says im being dramatic but sky isnt listening"),
	    "NAME:sky|NAME:sky",
	    "N10: a name that is a word, again before a verb denied");
	is_str(scan("thabo said she would come, i miss thabo. thabo is my "
	            "brother"),
	    "NAME:thabo|NAME:thabo|NAME:thabo",
	    "N10: a word of no list, again anywhere");
	is_str(scan("sky says im fine. sky's mum called. my cousin june said "
	            "hi. june texted me"),
	    "NAME:sky|NAME:sky|NAME:june|NAME:june",
	    "N10: a word again before a possessive or a deed");
	is_str(scan("sky says im being dramatic but the sky is blue. my "
	            "friend will said hi and i will come"),
	    "NAME:sky|NAME:will",
	    "N10: after a determiner or a pronoun, a word stays");
	is_str(scan("my cousin june said hi. june was hard. i miss june"),
	    "NAME:june", "N10: a month before is or was stays");
	is_str(scan("summer left for college. summer is almost over. joy "
	            "texted me. joy is hard to find"),
	    "NAME:summer|NAME:joy",
	    "N10: a season before is, a feeling before is, stays");
	is_str(scan("hope says im overreacting but hope doesnt live w him"),
	    "NAME:hope|NAME:hope", "N10: a feeling denied as a person is");
	is_str(scan("bill texted me. my phone bill came. im not sure will "
	            "is enough. will texted me. the rent bill was paid"),
	    "NAME:bill|NAME:will",
	    "R21: a word again after a noun or an adjective stays");
	is_str(scan("summer texted me. summer came early. joy texted me. joy "
	            "came back when i started meds. summer went by"),
	    "NAME:summer|NAME:joy",
	    "R21: a season or a feeling coming or going stays");
	is_str(scan("hope texted me. hope's all i have left. faith texted me. "
	            "faith's gone. grace texted me. grace's boyfriend is weird"),
	    "NAME:hope|NAME:faith|NAME:grace|NAME:grace",
	    "R21: a feeling's \"'s\" is \"is\" but before a relation");
	is_str(scan("will texted me. so will said sorry, and will is my ex"),
	    "NAME:will|NAME:will|NAME:will",
	    "R21: a word again at a clause's start is taken");
	is_str(scan("rose my old housemate from uni just messaged me. ray my "
	            "flatmate just texted me"),
	    "NAME:rose|NAME:ray",
	    "N10: before my and a relation, where it is from and a word of "
	    "when before the deed");
	is_str(scan("Amber my friend from New Zealand texted me"),
	    "NAME:Amber",
	    "N10: before my and a relation, where it is from and a word of "
	    "when before the deed");
	is_str(scan("faith my therapist always says is key. grace my mum said "
	            "is a gift. dawn my dad always says was the best time"),
	    "", "R21: a saying of which the word before my is the subject");
	is_str(scan("grace my sister said she hates me. rose my housemate "
	            "just said she'd leave"),
	    "NAME:grace|NAME:rose",
	    "R21: a saying by the relation of the name before my");
	is_str(scan("hope my mom from work just texted me. june my roommate "
	            "from uni just left for college. will my friend from work "
	            "just call me"),
	    "",
	    "N10: the verb hope, a month, or no deed after the relation "
	    "stays");
	is_str(scan("Will called me and i will try. Thabo called. thabo is "
	            "my brother"),
	    "NAME:Will|NAME:Thabo",
	    "N10: in a text with capitals, no later mention is looked for "
	    "(not yet: the pass cost 5% of rb4)");
}

/* N10: speakers' labels in lower case in a chat's export
 * (low_labels()). */
static void
test_N10_low_labels(void)
{
	is_str(scan("kasia: mama is home till friday / wojtek: so we're "
	            "alone? / kasia: yeah"),
	    "NAME:kasia|NAME:wojtek|NAME:kasia",
	    "N10: a word of no list as a label beside another speaker's");
	is_str(scan("Kasia: hi / wojtek: so we're alone? / Kasia: yeah"),
	    "NAME:Kasia|NAME:wojtek|NAME:Kasia",
	    "N10: a label in lower case beside capitalised ones");
	is_str(scan("- wojtek: where are you now / - lerato: on my way"),
	    "NAME:wojtek|NAME:lerato",
	    "N10: two speakers, one saying something");
	is_str(scan("mood: low / wojtek: hi there mate / lerato: ok"), "",
	    "N10: no labels where a form's field shows");
	is_str(scan("tbh: idk what to say / ngl: same here tbh / me: hi / "
	            "mum: what"),
	    "",
	    "N10: chat's words, me and a relation are no speakers' names");
	is_str(scan("rose: pruned today / lily: planted three more / daisy: "
	            "dead. hope: i get better / faith: that it works out"),
	    "", "R21: labels that are all words, none twice, stay");
	is_str(scan("Mood: low / wojtek: hi there mate / lerato: ok"), "",
	    "R21: no labels where a capitalised form's field shows");
	is_str(scan("emily: where are you now / jack: on my way home"),
	    "NAME:emily|NAME:jack", "R21: two labels, one plainly a name");
	is_str(scan("thabo: u up? / lerato: ya why"), "",
	    "N10: two labels saying little, none twice, stay");
}

static void
test_N9_low_deeds(void)
{
	is_str(scan("sky says im being dramatic"), "NAME:sky",
	    "N9: says before im, as chat writes it");
	is_str(scan("bill reckons shes soft"), "NAME:bill",
	    "N9: reckons before a subject");
	is_str(scan("godswill from church keeps sending me messages"),
	    "NAME:godswill", "N9: from a group, keeps doing to someone");
	is_str(scan("hope says a lot. will says no. sky is grey. rain keeps "
	            "falling. bill is huge. bills keep coming. faith from "
	            "church kept me going. hope from church keeps me going"),
	    "", "N9: what a word does or a feeling keeps doing stays");
}

static void
test_N11_unknown_subject(void)
{
	is_str(scan("thabo took the taxi home. Ok."), "NAME:thabo",
	    "N11: a text's first word of no list, ending in a vowel, before "
	    "took");
	is_str(scan("małgosia said she saw him at the mall. Ok."),
	    "NAME:małgosia", "N11: the same before said");
	is_str(scan("uche messaged from work. Ok."), "NAME:uche",
	    "N11: a surname alone before messaged, with capitals after");
	is_str(scan("wanjiru keeps asking me. I know."), "NAME:wanjiru",
	    "N11: keeps and what one keeps doing to someone");
	is_str(scan("thabo took the taxi and never came home"), "NAME:thabo",
	    "N11: took in a text in lower case");
	is_str(scan("uche messaged from work"), "NAME:uche",
	    "N11: messaged with nothing of deed_tail() after it");
	is_str(scan("lol said no. Ok."), "", "N11: slang of one syllable");
	is_str(scan("idek said she would call. Ok."), "",
	    "N11: slang of two syllables");
	is_str(scan("idek said she would call"), "",
	    "N11: the same in lower case");
	is_str(scan("fomo took over. Ok."), "", "N11: slang before took");
	is_str(scan("abuela said to eat. Ok."), "", "N11: a family word");
	is_str(scan("grammy texted me. Ok."), "",
	    "N11: a pet name of kin that no list holds");
	is_str(scan("chatbot took my job. Ok."), "",
	    "N11: took after a word that ends as English words do");
	is_str(scan("christmas took it out of me. Ok."), "",
	    "N11: took after a surname that is a word");
	is_str(scan("webpack blocked the port. Ok."), "",
	    "N11: blocked with no person after it");
	is_str(scan("heatwave came early. Ok."), "",
	    "N11: came, which things do too");
	is_str(scan("chatbot said i should rest"), "",
	    "N11: a chatbot quoted as a person is (not_lone[])");
	is_str(scan("bixby said i should rest. Ok."), "",
	    "N11: an assistant that is a surname too");
	is_str(scan("I know. thabo took the taxi"), "",
	    "N11: not after the first word of a text with capitals");
}

static void
test_N11_surname_pair(void)
{
	is_str(scan("wang li told me to rest"), "NAME:wang li",
	    "N11: a surname and a short given name before told");
	is_str(scan("zhang yi called me"), "NAME:zhang yi",
	    "N11: the same before called");
	is_str(scan("wang li said to me"), "NAME:wang li",
	    "N11: said needs nothing after it");
	is_str(scan("even kim said no. then dan said so. pope leo said hi. "
	            "jesus christ said it"),
	    "NAME:kim|NAME:dan|NAME:leo",
	    "N11: an ordinary word, a word of SCOWL or a god before a name "
	    "stays");
	is_str(scan("hey tim said hi. aw kim texted me"), "NAME:tim|NAME:kim",
	    "N11: a greeting or a cry before a name stays");
	is_str(scan("ty sam said hi"), "NAME:sam",
	    "R22: chat's thanks before a name stays");
}

static void
test_N11_viet_middle(void)
{
	is_str(scan("tran thi mai is my aunt"), "NAME:tran thi mai",
	    "N11: a Vietnamese name, the surname a word too, with thi");
	is_str(scan("i met tran thi mai at work"), "NAME:tran thi mai",
	    "N11: the same after a verb");
	is_str(scan("we rented the van jayden drove. my mom has a van jayden "
	            "said"),
	    "NAME:jayden|NAME:jayden",
	    "N11: van after a stop word is no middle name");
}

static void
test_N11_pair_with_name(void)
{
	is_str(scan("oisín and cian both stopped talking to me"),
	    "NAME:oisín|NAME:cian",
	    "N11: a word of no list and a first name before a deed");
	is_str(scan("cian and oisín were at the party"),
	    "NAME:cian|NAME:oisín", "N11: the same the other way round");
	is_str(scan("lmao and jayden went home. grace and oisín went home"),
	    "NAME:jayden",
	    "N11: a cry of one syllable, or a name that is a word, beside "
	    "stays");
}

static void
test_N11_name_kin_after(void)
{
	is_str(scan("selvi paati is the only person who listens"),
	    "NAME:selvi", "N11: a name before a family word after it");
	is_str(scan("kamla abuela keeps calling me"), "NAME:kamla",
	    "N11: the same before keeps and what one keeps doing");
	is_str(scan("omg abuela is here. selvi paati cooked"), "",
	    "N11: a cry of one syllable, or no verb of telling, stays");
}

static void
test_R22_unknown_subject(void)
{
	is_str(scan("docter said rest. somone called. cowerker said something "
	            "rude. nieghbor said hi. everbody said that"),
	    "", "R22: a slip of the keys in a relation or in someone stays");
	is_str(scan("tendai said no. lerato asked if i was ok. sipho said hi. "
	            "buhle texted me. anele told everyone"),
	    "NAME:tendai|NAME:lerato|NAME:sipho|NAME:buhle|NAME:anele",
	    "R22: a name one slip from an ordinary word is taken");
	is_str(scan("toyota took forever to fix my car. xiaomi took my data. "
	            "heroku took down my app. lenovo took ages"),
	    "", "R22: a brand ending in a vowel before took and no person");
	is_str(scan("kagiso took me to the clinic. wambui took the bus home"),
	    "NAME:kagiso|NAME:wambui",
	    "R22: took before me or the after a word of no list");
	is_str(scan("wujek said to call. okafor said to call"), "NAME:okafor",
	    "R22: a surname that is a family word too stays before said");
	is_str(scan("teladoc said to rest. zocdoc said i should book. oura "
	            "said to rest. quora said to rest"),
	    "", "R22: an app of care or of questions quoted as a person");
	is_str(scan("mija said to call. jiju texted me. senpai said hi. "
	            "dedushka called. papi said to call"),
	    "", "R22: a family word or an elder's of another language stays");
}

static void
test_N8_unknown_names(void)
{
	is_str(scan("lerato and nomsa were at the party"),
	    "NAME:lerato|NAME:nomsa", "N8: a pair of words of no list");
	is_str(scan("shazza and me got kicked out of the pub"), "NAME:shazza",
	    "N8: one of no list and me before a deed");
	is_str(scan("thabo said she would come"), "NAME:thabo",
	    "N8: one of no list before a deed of low_deeds[]");
	is_str(scan("lmao and smh are my fav. istg my roommate eats my "
	            "snacks. bruh my brother changed the wifi"),
	    "", "N8: chat's slang of no list stays");
	is_str(scan("gcash says i have 43 pesos left until payday"), "",
	    "N8: a wallet app that says stays");
}

/* R15: review of P7's rules. */
static void
test_R15_review(void)
{
	is_str(scan("i live in Reading of course. i live in Fear of him"),
	    "LOCATION:Reading", "R15: of course after a town says a town");
	is_str(scan("my case moved to immigration court. we moved to mental "
	            "health court. he got moved to veterans court. i got moved "
	            "to dui court. we moved to another lane"),
	    "", "R15: more courts of law, another lane after moved to stay");
	is_str(scan("we moved to larkspur court. we moved to sunset lane"),
	    "ADDRESS:larkspur court|ADDRESS:sunset lane",
	    "R15: a court or a lane of a name after moved to still goes");
	is_str(scan("i was at the newer recovery center. i was at the "
	            "cheapest treatment center. i was at the shittier recovery "
	            "center. i was at the quiet recovery center. i was at the "
	            "okay recovery center. i went to mandatory rehab. i went to "
	            "wildlife rehab. i went to caffeine rehab"),
	    "", "R15: what a place is like after the, or a rehab treats, stays");
	is_str(scan("i was at the sunrise recovery center. i went to lakeside "
	            "rehab"),
	    "LOCATION:sunrise recovery center|LOCATION:lakeside rehab",
	    "R15: a name after the, before rehab still goes");
	ok(!mh_names_lone(nm, "faroese", 7) &&
	        !mh_names_lone(nm, "pentecostalism", 14) &&
	        !mh_names_lone(nm, "ketosis", 7) &&
	        !mh_names_lone(nm, "perimenopause", 13) &&
	        mh_names_lone(nm, "framingham", 10),
	    "R15: a people's, a faith's, a condition's word is no lone word");
	is_str(scan("I'm from Faroese family. I grew up in Pentecostalism. I'm "
	            "in Ketosis this week. I'm in Perimenopause this year. I "
	            "grew up in Framingham"),
	    "LOCATION:Framingham",
	    "R15: such words after a cue of living stay, a town goes");
	is_str(scan("i'm in Chemo this week. I'm in Physio for a few weeks. I'm "
	            "in Counselling until june. I'm in Saugus until june"),
	    "LOCATION:Saugus",
	    "R15: a treatment one is in before a span of time stays");
}

/* R18: the review of N8's names: a form's fields before ':' are no
 * speakers' labels, each beside the chat whose labels stay names. */
static void
test_R18_labels(void)
{
	is_str(scan("Will: none Intent: none Faith: strong"), "",
	    "R18: a risk note's fields, one of them no name, stay");
	is_str(scan("Faith: low Will: low. Rose: 2 Lily: 3 Daisy: 5. Mark: 7 "
	            "Mark: 8"),
	    "", "R18: labels whose values are a field's stay");
	is_str(scan("Sky: grey Rain: heavy"), "",
	    "R18: two labels that say a word or two stay");
	is_str(scan("Sunny: no\nStorm: yes"), "",
	    "R18: the same on lines of their own");
	is_str(scan("Will: to live Hope: low"), "",
	    "R18: a risk note's Will beside a feeling stays");
	is_str(scan("Will: none of ur business\nGrace: wow ok\nWill: sorry"),
	    "NAME:Will|NAME:Grace|NAME:Will",
	    "R18: a word of field_values[] in a message is no field's");
	is_str(scan("Hunter: 5 mins away\nDawn: ok\nHunter: here"),
	    "NAME:Hunter|NAME:Dawn|NAME:Hunter",
	    "R18: a number that opens a message is no field's");
	is_str(scan("Grace: low key miss u\nWill: same"),
	    "NAME:Grace|NAME:Will", "R18: two labels, one saying something");
	is_str(scan("25/11/2026, 09:30 - Will: running late\n25/11/2026, "
	            "09:31 - Grace: ok"),
	    "DATE:25/11/2026|NAME:Will|DATE:25/11/2026|NAME:Grace",
	    "R18: a message's time before a dash shows a chat's export");
	is_str(scan("- Hope: 3/10\n- Will: none of it. [1] Grace: a prayer. "
	            "[2] Will: a song"),
	    "DATE:3/10", "R18: a list's dash, a note's number in brackets, "
	                 "show no chat");
}

/* R18: words of no list before "and": chat's slang, plurals, the
 * family words of other tongues and things stay, the names go. */
static void
test_R18_unknown_pairs(void)
{
	is_str(scan("ngl and tbh are my fav words"), "",
	    "R18: chat's slang of slang_words[] is no name");
	is_str(scan("frends and i went out. kdramas and i are done"), "",
	    "R18: a word of no list ending in -s is a plural or a slip");
	is_str(scan("gogo and i went to church. ouma and oupa went home. ibu "
	            "and i went out. roomie and i got evicted. pdoc and i "
	            "were talking. fiancé and i were fighting"),
	    "", "R18: family words of other tongues and chat's are no names");
	is_str(scan("my gogo thandi called me"), "NAME:thandi",
	    "R18: a name of no list after one of them is");
	is_str(scan("kpop and kdrama are my escape"), "",
	    "R18: two things that are something stay");
	is_str(scan("nomvula and sizwe are dating. nomvula and sizwe were "
	            "there. nomvula and sizwe are my cousins"),
	    "NAME:nomvula|NAME:sizwe|NAME:nomvula|NAME:sizwe|NAME:nomvula|"
	    "NAME:sizwe",
	    "R18: two people where they are, doing or to the writer go");
	is_str(scan("mpesa says i have 20 bob"), "",
	    "R18: a wallet app that says stays");
}

/* R18: a feast before "my" and a relation, and what one is before
 * "at" after one, are no names. */
static void
test_R18_low_slots(void)
{
	is_str(scan("christmas my dad drinks. easter my mum cooks"), "",
	    "R18: a feast before my and a relation is when");
	is_str(scan("dawn my sister called"), "NAME:dawn",
	    "R18: a name there still is one");
	is_str(scan("my nan young at heart as ever. is my son gay at school. "
	            "my son lucky at cards"),
	    "", "R18: what a relation is, before at, stays");
	is_str(scan("my dad bill in ballarat"), "NAME:bill",
	    "R18: a name there still is one");
}

/* R18: a name that is a word before "on the" is the thing only where
 * a thing lies, not where one is. */
static void
test_R18_word_things(void)
{
	is_str(scan("heather on the phone said she was sorry"),
	    "NAME:heather", "R18: one on the phone is someone");
	is_str(scan("heather on the bus was rude to me"), "NAME:heather",
	    "R18: one on the bus is someone");
	is_str(scan("moss on the rocks. heather of the glen"), "",
	    "R18: a thing where it grows stays");
}

/* R17's review of D7's rules: what they took that they should not
 * have, and what they left.  Invented people and numbers only. */
static void
test_R17_review(void)
{
	is_str(scan("call one eight hundred two seven three talk. my number "
	            "is one eight hundred seven nine nine safe"),
	    "", "R17: a crisis line said in words, its last digits a word");
	is_str(scan("call me on five five five oh one three seven talk"),
	    "PHONE:five five five oh one three seven",
	    "R17: a word that makes no crisis line is no part of the number");
	is_str(scan("my number is nine four seven two six oh one u can call "
	            "me. call me on five five five one two three four k "
	            "thanks"),
	    "PHONE:nine four seven two six oh one|PHONE:five five five one "
	    "two three four",
	    "R17: a letter after a phone number said is chat's, no ID's");
	is_str(scan("my ppsn is one two three four five six seven t"),
	    "ID:one two three four five six seven t",
	    "R17: after an ID's cue its letter is the ID's");
	is_str(scan("when we reach nine eight seven six five four three two "
	            "one we jump. ring ring one two three four five six seven "
	            "eight. my number one two three four five six seven eight "
	            "nine ten"),
	    "", "R17: digits right after a phone's cue that count stay");
	is_str(scan("reach me on nine eight seven six five four three. my "
	            "social is nine eight seven six five four three two one"),
	    "PHONE:nine eight seven six five four three|SSN:nine eight seven "
	    "six five four three two one",
	    "R17: after is, me or on, or an ID's cue, a count's digits are "
	    "the number");
	is_str(scan("is there an area code nine one one lol. area code nine "
	            "eight eight. thats area code three one two"),
	    "PHONE:three one two",
	    "R17: a crisis line's three digits after area code stay");
	is_str(scan("we leave at nine thirty five drive there. we set off at "
	            "six forty five drive to school. at two thirty road trip "
	            "time. meet at ten thirty street food market"),
	    "", "R17: a time before drive, road or street is no house number");
	is_str(scan("we are at two one eight seven kingfisher drive. i live at "
	            "forty two elm tree avenue"),
	    "ADDRESS:two one eight seven kingfisher drive|ADDRESS:forty two "
	    "elm tree avenue",
	    "R17: a house number in words before a street's name stays one");
	is_str(scan("on the ninth of july two thousand nine hundred people "
	            "came. by the first of june two thousand five hundred "
	            "words"),
	    "DATE:ninth of july|DATE:first of june",
	    "R17: two thousand and more number words are a count, no year");
	is_str(scan("born on the ninth of july two thousand and nine"),
	    "DATE:ninth of july two thousand and nine",
	    "R17: a year said in words still ends the date");
	is_str(scan("ngl tbh is 95. lowkey fomo is 95. idk brb is 92"), "",
	    "R17: chat's words before is and a number over 89 are no one");
	is_str(scan("selvi paati is 94 and still listens. my mom lowkey is 90 "
	            "lol"),
	    "NAME:selvi|AGE:94|AGE:90",
	    "R17: a name and a family word of no list, or a relation and "
	    "chat's word, before an age");
	is_str(scan("Thanks, Dr Smith 123456. Sorry, Google 404040. So far, "
	            "Duolingo 365000. Wow, Level 150000."),
	    "NAME:Dr Smith",
	    "R17: six digits after a greeting's word and a name, or round, "
	    "are no PIN code");
	is_str(scan("Flat 2, Sector 10, Kharghar, Navi Mumbai 410210. Plot 4, "
	            "Sector 62, Noida 201301"),
	    "LOCATION:Kharghar|LOCATION:Navi Mumbai|ZIP:410210|LOCATION:Noida|"
	    "ZIP:201301",
	    "R17: a PIN code after a locality and its town");
	is_str(scan("he asked again and I said no. 14 Oak Street is his"),
	    "ADDRESS:14 Oak Street",
	    "R17: the answer no before a house number is no part of it");
	is_str(scan("my social is eight oh oh two seven three eight two five "
	            "five. mrn is one eight hundred two seven three eight two "
	            "five five"),
	    "", "R17: a crisis line said after an ID's cue stays");
	is_str(scan("it was 3 Hours na Pali, ok. 10 Years na Kami, grabe"),
	    "NAME:Pali|NAME:Kami",
	    "R17: a count's word before na or an is no Irish street");
	is_str(scan("we live at 4 Bothar na Tra, Galway"),
	    "ADDRESS:4 Bothar na Tra, Galway",
	    "R17: an Irish street of a word of no list before na");
	is_str(scan("VISIT-2026-11-25 was fine. my case no is ABCDEFG-2291847. "
	            "my ref is aPH-2291847"),
	    "DATE:2026-11-25|ID:2291847|ID:2291847",
	    "R17: no capitals joined to a date, nor seven, nor after a "
	    "letter in lower case");
	is_str(scan("see you at nine thirty pm drive safe. meet at two thirty "
	            "then drive home. we land at six forty five am drive there "
	            "after"),
	    "", "R17: a time in words before drive is no house number");
	is_str(scan("we are at two one eight seven kingfisher drive. i live "
	            "at two twenty five oak road"),
	    "ADDRESS:two one eight seven kingfisher drive|ADDRESS:two twenty "
	    "five oak road",
	    "R17: a house number of a time's shape before road still is one");
	is_str(scan("Flat 3, 4 days later. Flat 2, 12 of us went"), "",
	    "R17: a flat's number before a count is no address");
	is_str(scan("Flat 7, 22 Baker Street, Leeds"),
	    "ADDRESS:Flat 7|ADDRESS:22 Baker Street, Leeds",
	    "R17: a flat before its house number's address");
}

/* P9: the generic word after a school's, a building's or a street's
 * name a rule took is the place's too (place_tail()). */
static void
test_P9_place_tails(void)
{
	is_str(scan("he kept me after class at Jefferson Heights High and "
	            "asked"),
	    "LOCATION:Jefferson Heights High",
	    "P9: a school's High after the place taken");
	is_str(scan("Could you let me know if there's parking at the "
	            "Whitmore Building?"),
	    "LOCATION:Whitmore Building", "P9: Building after a surname taken");
	is_str(scan("My daughter, 15, at Miami Edison Senior High told her "
	            "teacher"),
	    "LOCATION:Miami Edison Senior High",
	    "P9: a kind's word between the name and High");
	is_str(scan("I HAVE CALLED BRIGHTWATER MENTAL HEALTH SIX TIMES"),
	    "LOCATION:BRIGHTWATER MENTAL HEALTH",
	    "P9: in capitals after a name in capitals");
	is_str(scan("She works at the Footscray Market fish shop"),
	    "LOCATION:Footscray Market", "P9: Market after a town");
	is_str(scan("draw was at the lab on Harlan St tremor worse"),
	    "ADDRESS:Harlan St", "P9: a street's St is the address's");
	is_str(scan("my counselor is at lifestance on cole rd and she's fine"),
	    "ADDRESS:cole rd", "P9: rd in lower case after a name");
	is_str(scan("i made a server for ppl who feel lonely at wilson prep, "
	            "we just talk"),
	    "LOCATION:wilson prep", "P9: prep in lower case ending a clause");
	is_str(scan("i asked jake prep for the exam with me"), "NAME:jake",
	    "P9: prep in lower case before more words is a verb");
	is_str(scan("I told Sarah health is what matters"), "NAME:Sarah",
	    "P9: a tail word in lower case after a capitalised name stays");
	is_str(scan("I told Maya high school was hard"), "NAME:Maya",
	    "P9: high in lower case after a capitalised name stays");
	is_str(scan("I asked emma st louis or chicago. then jake ct scan was "
	            "clear"),
	    "NAME:emma|NAME:jake",
	    "P9: st before a town, ct before scan, are no street's");
	is_str(scan("my mom shops at the Eastgate Market every Saturday"),
	    "LOCATION:Eastgate Market", "P9: Market after a name taken");
	is_str(scan("I left Crenshaw High in 2019, my son goes to Lincoln "
	            "Park Middle"),
	    "LOCATION:Crenshaw High|LOCATION:Lincoln Park Middle",
	    "P9: High and Middle after a name or place taken");
	is_str(scan("my grandma goes to oakwood senior center"),
	    "LOCATION:oakwood senior center",
	    "P9: senior a facility's kind in lower case");
	is_str(scan("she goes to the senior center on tuesdays"), "",
	    "P9: the senior center of no name stays");
	is_str(scan("Sarah St. John is my therapist"),
	    "NAME:Sarah|LOCATION:St. John",
	    "P9: St. before a name is a saint's, no street's");
}

/* R24: one generic word after a person's name is a place's only after
 * a place's cue before the name (tail_cue()); two or more are a
 * place's anywhere. */
static void
test_R24_tail_cue(void)
{
	is_str(scan("I asked Dr. Moore High blood pressure is my issue"),
	    "NAME:Dr. Moore", "R24: High after a doctor's name starts the next clause");
	is_str(scan("I will call Mr. Hart Church tomorrow"),
	    "NAME:Mr. Hart|NAME:Church",
	    "R24: Church after a name is a surname");
	is_str(scan("Ask Dr. Shah Health questions"), "NAME:Dr. Shah",
	    "R24: Health after a name and no place cue stays a word");
	is_str(scan("with Dr. Brown Street smarts matter"), "NAME:Dr. Brown",
	    "R24: Street after a name and no cue is no street");
	is_str(scan("i told sam rd test went bad"), "NAME:sam",
	    "R24: rd after a name and no cue is no street");
	is_str(scan("the bus stops on Garfield Rd every hour"),
	    "ADDRESS:Garfield Rd",
	    "R24: Rd after a name after on");
	is_str(scan("my daughter goes to Westbrook High and she is sad"),
	    "LOCATION:Westbrook High",
	    "R24: High after a name after to");
	is_str(scan("I called Wang Community Health Center twice"),
	    "LOCATION:Wang Community Health Center",
	    "R24: two words of a place's after a name with no cue");
	is_str(scan("I wrote to Dr. Moore Medical records are late"),
	    "NAME:Dr. Moore", "R24: one word after a title's name and to stays");
	is_str(scan("I TOLD SAM HIGH SCHOOL WAS HARD"), "NAME:SAM",
	    "R24: in capitals two words after a name and no cue stay");
	is_str(scan("I AM AT THE HARMON COMMUNITY CENTER"),
	    "LOCATION:HARMON COMMUNITY CENTER",
	    "R24: in capitals two words after the and a name");
	is_str(scan("I attended Westbrook High and hated it"),
	    "LOCATION:Westbrook High", "R24: High after a name after attended");
}

/* P9: "St." after a street's name ends the street and the sentence
 * (street_st()). */
static void
test_P9_street_st(void)
{
	is_str(scan("I run a small restaurant on Main St. Since COVID I have "
	            "worried"),
	    "ADDRESS:Main St", "P9: St. ends the street and the sentence");
	is_str(scan("I live near NE 54th St. My son came back"),
	    "ADDRESS:NE 54th St", "P9: an ordinal's St. and its compass");
	is_str(scan("We went to St. Mary's for Mass. Visit St. Anne's"),
	    "LOCATION:St. Mary's|LOCATION:St. Anne's",
	    "P9: St. after no street's name is a saint's still");
	is_str(scan("then I walked down Main St. and cried"), "ADDRESS:Main St",
	    "P9: St. before no capitalised word");
	is_str(scan("He works on Wall St. and hates it"), "",
	    "P9: Wall St. is a market, no address");
	is_str(scan("On Monday St. Jude's called me back"),
	    "LOCATION:St. Jude's", "P9: St. after a weekday is a saint's");
}

/* P9: the herb St. John's wort is no saint's place (herb_at()). */
static void
test_P9_herb(void)
{
	is_str(scan("IS IT SAFE TO TAKE ST JOHN'S WORT WITH MY BLOOD PRESSURE "
	            "PILLS?"),
	    "", "P9: St John's wort in capitals is an herb");
	is_str(scan("Is St. John's Wort safe with Zoloft? i take st johns "
	            "wort daily"),
	    "", "P9: St. John's Wort, st johns wort: the herb");
	is_str(scan("I started St John's wort last week"), "",
	    "P9: St John's wort in a sentence");
	is_str(scan("We went to St. John's for Mass"),
	    "LOCATION:St. John's", "P9: St. John's alone is a church still");
}

/* P9: a national chain's own word after "at" is no place; the street
 * or town after it is (match_place_at(), stores[]). */
static void
test_P9_stores(void)
{
	is_str(scan("I work at Target and my manager yells. I cried at Costco"),
	    "", "P9: a chain's word after at is no place");
	is_str(scan("I was at Walgreens on Ridge Rd, then at Costco in "
	            "Kapolei"),
	    "ADDRESS:Ridge Rd|LOCATION:Kapolei",
	    "P9: the street or town after a chain is taken");
	is_str(scan("I was reviewed at Northwestern today"),
	    "LOCATION:Northwestern", "P9: a word of no chain after at still");
}

/* R27: KW2_TELLS and KW2_PLACE_TAIL shared a bit, so a verb of telling
 * was a place's tail and a place's tail a verb of telling. */
static void
test_R27_tells_bit(void)
{
	is_str(scan("MY AUNT IN DENVER TEXTED ME LAST NIGHT"), "NAME:DENVER",
	    "R27: a verb of telling is no place's tail");
	is_str(scan("thabo school was hard"), "",
	    "R27: a place's tail is no verb of telling");
	is_str(scan("thabo said she would come"), "NAME:thabo",
	    "R27: a verb of telling still after a word of no list");
	is_str(scan("I AM AT THE HARMON COMMUNITY CENTER"),
	    "LOCATION:HARMON COMMUNITY CENTER",
	    "R27: a place's tail still after a place");
}

/* P9: a saint's name in lower case after "at" is a school's or a
 * church's (low_place()). */
static void
test_P9_low_saint_at(void)
{
	is_str(scan("i get so anxious at st. ignatius bc it's all rich kids"),
	    "LOCATION:st. ignatius", "P9: st. and a name after at");
	is_str(scan("my kid is at st michael now"), "LOCATION:st michael",
	    "P9: st and a first name after at");
	is_str(scan("i pray to st jude every night"), "NAME:jude",
	    "P9: the saint prayed to is no place");
}

/* phi-dev4's dates, ages and IDs (helper D9) */
static void
test_dev4_dates_ages(void)
{
	/* an age over 89 after a name the walk took, of no list or with a
	 * hyphen, after a comma, is or who is */
	is_str(scan("My grandfather, Mr. Zdzisław Brzęczyk, 93, lives with "
	            "us."),
	    "NAME:Mr. Zdzisław Brzęczyk|AGE:93",
	    "D9: an age after a comma and a name of no list");
	is_str(scan("My aunt, Miss Harriet Ashby-Vane, is 101 and sharp."),
	    "NAME:Miss Harriet Ashby-Vane|AGE:101",
	    "D9: an age after a hyphenated surname and is");
	is_str(scan("MY FATHER MR. TADEUSZ WÓJTOWICZ WHO IS 97. HE CALLS."),
	    "NAME:MR. TADEUSZ WÓJTOWICZ|AGE:97",
	    "D9: an age after a name in capitals and who is");
	is_str(scan("My mom Mrs. Choi Ah-young is 92 and lonely."),
	    "NAME:Mrs. Choi|AGE:92",
	    "D9: an age after a given name with a hyphen the name left");
	is_str(scan("my great-aunt, Mrs. Ottilie Brandvold, 100 next month. "
	            "her friend, Mr. Baines, 99 this year"),
	    "NAME:Mrs. Ottilie Brandvold|AGE:100|NAME:Mr. Baines|AGE:99",
	    "D9: an age to be reached next month or this year");
	is_str(scan("Mr. Brzęczyk, room 91, called. Dr. Ashby-Vane, 100 mg "
	            "daily. Mrs. Choi Mi-rae is 92 percent done."),
	    "NAME:Mr. Brzęczyk|NAME:Dr. Ashby-Vane|NAME:Mrs. Choi Mi-rae",
	    "D9: a room, a dose, a share after a name stay");
	is_str(scan("Sertraline, 100 next week if it helps. Zoloft, 100 this "
	            "month, then 150. The drive, 90 minutes away."),
	    "", "D9: a dose or a measure after a word that is no name stays");
	/* a day of the month alone, an ordinal after "the" */
	is_str(scan("Next session is the 28th. my exam was the 3rd and it "
	            "went badly"),
	    "DATE:28th|DATE:3rd", "D9: a day after a meeting and is or was");
	is_str(scan("Entry for the 21st. booked it for the 12th!"),
	    "DATE:21st|DATE:12th", "D9: a day after for, ending a sentence");
	is_str(scan("can i switch to thurs the 9th bc of work"), "DATE:9th",
	    "D9: a day before bc, a clause's start");
	is_str(scan("we leave on the 26th instead of the 30th. we go on the "
	            "4th rather than the 6th"),
	    "DATE:26th|DATE:30th|DATE:4th|DATE:6th",
	    "D9: a day set against another");
	is_str(scan("Further to our call of Thursday last, the 6th, I write."),
	    "DATE:6th", "D9: a day after a weekday and last");
	is_str(scan("the new job starts the 2nd, so nervous. school ended the "
	            "14th and now i'm bored"),
	    "DATE:2nd|DATE:14th", "D9: a day after a start or an end");
	is_str(scan("This is the 21st century. It's the 4th time this week. "
	            "my 3rd session was hard. she lives on the 3rd floor. I "
	            "came 2nd. for the 1st time in years. thanks for the 2nd, "
	            "it helped. I got it for the 3rd time. the session is the "
	            "3rd one this month. the game starts the 2nd half. he was "
	            "the 2nd in line instead of the 1st. it was the 5th "
	            "instead of the 6th attempt"),
	    "", "D9: a century, a time, a floor, a place in a line stay");
	is_str(scan("the session was the 3rd I missed. my exam was the 2nd in "
	            "a row. go for the 2nd! I'm rooting for the 3rd. gold for "
	            "the 1st"),
	    "", "R25: a count before I or in, a rank after for stay");
	is_str(scan("Entry for the 21st. my appt for the 12th. next session is "
	            "the 3rd"),
	    "DATE:21st|DATE:12th|DATE:3rd", "R25: a day after for still taken");
	/* a feast's fixed day as the day of an event */
	is_str(scan("Since he died on Boxing Day I cannot settle. she passed "
	            "away on Christmas Eve. we married on Valentine's Day"),
	    "DATE:Boxing Day|DATE:Christmas Eve|DATE:Valentine's Day",
	    "D9: a feast after died, passed away or married on");
	is_str(scan("Christmas Eve is the anniversary of my mother's death. "
	            "Halloween was the anniversary of the crash"),
	    "DATE:Christmas Eve|DATE:Halloween",
	    "D9: a feast that is the anniversary of something");
	is_str(scan("I love Boxing Day sales. I do boxing on Boxing Day. on "
	            "Christmas I cried. Christmas Eve is the worst. Halloween "
	            "is my favourite. the anniversary of his death was hard"),
	    "", "D9: a feast alone, and boxing the sport, stay");
	/* a day and month with dots or a slash after an event's cue */
	is_str(scan("Since my divorce on 15.03 I feel heavy. she died on 3.4. "
	            "the funeral on 2.11, then nothing"),
	    "DATE:15.03|DATE:3.4|DATE:2.11",
	    "D9: a day and month after divorce, died, funeral on");
	is_str(scan("she's on 2.5 since the surgery. after the accident on 1.5 "
	            "mg. my surgery on 12.5 went fine"),
	    "", "D9: a dose after an event's on stays");
	is_str(scan("diary 🙃 1.2.25. new year. Journal - 3.4.25"),
	    "DATE:1.2.25|DATE:3.4.25", "D9: a diary's heading with dots");
	is_str(scan("updated to 1.2.25 today. the app 1.2.25 crashed"), "",
	    "D9: a version with dots stays");
	is_str(scan("lithium level draw was 10/24 at the lab"), "DATE:10/24",
	    "D9: a blood draw's day after a rating word");
	is_str(scan("anxiety level was 10/24 at the clinic. my phq score was "
	            "10/24"),
	    "", "D9: a score of 24 after a rating word stays");
	is_str(scan("pain level after surgery was 8/10. anxiety before court "
	            "was 9/10. my mood on intake was 3/10"),
	    "", "R25: a rating out of ten after a day one keeps stays");
	/* a lower-case may or march as a month, by the words around it */
	is_str(scan("no wait it's march 4 already. its may 2 now. today is "
	            "march 3 right"),
	    "DATE:march 4|DATE:may 2|DATE:march 3",
	    "D9: a month in lower case after it's, its, is");
	is_str(scan("the 1st may or may not work"), "",
	    "R25: may or may not after a day stays");
	is_str(scan("we march 4 miles. i may 3 times. it may 2 be fine"), "",
	    "D9: march and may the verbs stay");
	is_str(scan("they said 14th may but nothing. 14th march and then"),
	    "DATE:14th may|DATE:14th march",
	    "D9: a day with letters and may before a conjunction");
	is_str(scan("the 2nd may help. the 3rd may be worse. 2 may but"), "",
	    "D9: may the verb after a day stays");
	/* an ID with a letter prefix, whole */
	is_str(scan("I'm a truck driver, CDL D4418-22719-05, and I was told. "
	            "CDL D441822719"),
	    "LICENSE:D4418-22719-05|LICENSE:D441822719",
	    "D9: a commercial driver's licence after CDL");
	is_str(scan("my cdl test is friday. CDL class A since 2019"), "",
	    "D9: CDL with no number stays");
	is_str(scan("CDL drivers make 2000 a week. CDL school took 1200 hours"),
	    "", "R25: CDL, the trade, cues no number");
	is_str(scan("my CDL is D4418-22719-05. CDL number 44182271"),
	    "LICENSE:D4418-22719-05|LICENSE:44182271",
	    "R25: CDL is and CDL number still cue one");
	is_str(scan("my hospital number is RQ7 440192. MRN AB1 440192"),
	    "ID:RQ7 440192|MRN:AB1 440192",
	    "D9: a trust's code before a cued number");
	is_str(scan("I take B12 10000 units. patient id RX12 1234"),
	    "MRN:1234", "D9: a code before a count or a short number stays");
	/* a count of the days of a week is no date */
	is_str(scan("Therapy homework check-in: thought records 5/7 days, walks "
	            "3/7, called a friend once. slept well 6/7 nights. meds "
	            "taken 7/7 this week"),
	    "", "D9: a count of days out of seven stays");
	is_str(scan("my appt is 5/7. see you 3/7. on 5/7 days were bad. I met "
	            "him 3/7 and again 4/7"),
	    "DATE:5/7|DATE:3/7|DATE:5/7|DATE:3/7|DATE:4/7",
	    "D9: a day in July, or after a date's word, is still a date");
	/* a handle's shape a little after a platform word */
	is_str(scan("snapchat streak with hannahbanana_09 broke after 400 "
	            "days"),
	    "HANDLE:hannahbanana_09", "D9: a handle after snapchat ... with");
	is_str(scan("add me on discord, im moonfox_22 there"),
	    "HANDLE:moonfox_22", "D9: a handle after discord ... im");
	is_str(scan("hannahbanana_09 is my friend. lil.moonie.44 too"), "",
	    "D9: a handle's shape with no platform before stays");
	is_str(scan("snap me. i took 2.5 mg today, Dose_2 at noon, v2.1 works"),
	    "", "D9: a dose, a capital, a version after a platform stay");
	is_str(scan("instagram ads for vitamin_d3 again. on discord the bot "
	            "named max_len2 in the code. snapchat filter called "
	            "dog_ears2. tiktok video img_2041.jpg"),
	    "ID:img_2041",
	    "R25: words joined by '_', a file's name after a platform: no "
	    "handle");
	is_str(scan("my discord friend zoeyy_04 keeps dming me"),
	    "HANDLE:zoeyy_04", "R25: a coined word and digits still a handle");
}

/* P10: a lone word of Philter's after a word of coming and "to" before
 * when, or after "in" after a place taken; medicines, apps and words
 * without the time stay. */
static void
test_P10_come_to(void)
{
	is_str(scan("I came to Croydon in 1968. she is coming to Saugus next "
	            "week. we came to Fremantle for the summer"),
	    "LOCATION:Croydon|LOCATION:Saugus|LOCATION:Fremantle",
	    "P10: a lone word after came to, before when");
	is_str(scan("an appointment at the Polish Community Counselling Service "
	            "in Ealing soon"),
	    "LOCATION:Polish Community Counselling Service|LOCATION:Ealing",
	    "P10: a lone word after a place taken and in");
	is_str(scan("then I came to Lexapro. i came to Photoshop late. I came to "
	            "Realise it. we moved to Lexapro from zoloft. he came to Hinge "
	            "in 2020. I came to Croydon as a child"),
	    "", "P10: came to with no time after, moved to, a word stay");
}

/* P10: a street after "on" and someone's 's, their home; "she's",
 * "it's" and courts of law stay. */
static void
test_P10_home_poss(void)
{
	is_str(scan("going to maya's on birchwood ct for the night. i stay at "
	            "my dad's on harbor road"),
	    "NAME:maya|ADDRESS:birchwood ct|ADDRESS:harbor road",
	    "P10: a street after a name's or a relation's 's and on");
	is_str(scan("she's on elm street. it's on main street. my mom's on drug "
	            "court duty. the world's on easy street"),
	    "", "P10: she's, it's, a court of law, an idiom stay");
}

/* P10: a town in lower case after ", 22, in" at a clause's end; no
 * town, or no comma before the number, stays. */
static void
test_P10_age_aside(void)
{
	is_str(scan("pronouns they/them, 22, in boise. he/him, 19, in tulsa and "
	            "lonely"),
	    "LOCATION:boise|LOCATION:tulsa",
	    "P10: a town after an age between commas and in");
	is_str(scan("i ran far, 22, in total. my scores were 10, 22, in that "
	            "order. i am 22, in boise"),
	    "", "P10: no town, or no comma before the age, stays");
}

/* P10: "elementary" ends a school's name in lower case inside a clause
 * too; the adjective stays. */
static void
test_P10_elementary(void)
{
	is_str(scan("my counselor at parkview elementary lets me eat lunch"),
	    "LOCATION:parkview elementary",
	    "P10: a school's name before elementary, inside a clause");
	is_str(scan("the math is pretty elementary stuff. it was at a very "
	            "elementary level. in plain elementary terms"),
	    "", "P10: elementary as an adjective stays");
}

int
main(void)
{
	char err[256];
	static const char junk[] =
	    "MHNAMES5\x01\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\xff";

	if (scan_open() == -1)
		return done();
	ok(mh_names_from_buffer(junk, sizeof(junk) - 1, err, sizeof(err)) ==
	        NULL,
	    "a table with a bad size is refused");
	static const char old[] =
	    "MHNAMES4\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00";
	ok(mh_names_from_buffer(old, sizeof(old) - 1, err, sizeof(err)) ==
	            NULL &&
	        strstr(err, "format 4, not 5") != NULL,
	    "a table of the last format is refused by name");
	test_kinds();
	test_word_blocks();
	test_names();
	test_addresses();
	test_placeholder();
	test_roundtrip();
	test_plain_fields();
	test_services();
	test_dates_ages();
	test_phone_forms();
	test_cjk_names();
	test_caseless_names();
	test_intl_ids();
	test_low_slots();
	test_chat_leaks();
	test_dev4_dates_ages();
	test_form_initials();
	test_chat_places();
	test_name_edges();
	test_chat_audit2();
	test_name_mends();
	test_chat_audit3();
	test_chat_audit4();
	test_chat_towns();
	test_greeting_self();
	test_chat_before_name();
	test_greeting_words();
	test_chat_forms();
	test_chat_review_r4();
	test_chat_forms_senses();
	test_f3_places();
	test_A3_taglish_words();
	test_d3_said_forms();
	test_N3_chat_names();
	test_R7_review();
	test_R8_review();
	test_X4_leftovers();
	test_G4_lands();
	test_G4_proper_towns();
	test_N4_chat_names();
	test_R9_proper_not_towns();
	test_R10_review();
	test_N5_chat_names();
	test_name_city();
	test_P5_plates();
	test_P5_ways();
	test_P5_proper_towns();
	test_P5_low_facilities();
	test_N6_word_names();
	test_R11_review();
	test_P6_street_words();
	test_P6_streets_named();
	test_P6_lakes();
	test_P6_in_the_zip();
	test_P6_towns_in();
	test_R13_review();
	test_P7_weak_no_place();
	test_P7_low_streets();
	test_P7_low_facilities();
	test_P7_lone_words();
	test_P7_lone_towns();
	test_P8_towns_abroad();
	test_P8_place_pairs();
	test_P8_addresses_abroad();
	test_P8_low_towns();
	test_N7_chat_names();
	test_D7_said_numbers();
	test_D7_said_places_dates();
	test_D7_ages();
	test_D7_local_ids();
	test_D8_said_ids_capitals();
	test_D8_said_tens_postcodes();
	test_D8_pin_towns();
	test_D8_c_of_e();
	test_N8_chat_labels();
	test_N8_assistants();
	test_N8_words();
	test_N8_low_slots();
	test_N8_unknown_names();
	test_N11_unknown_subject();
	test_N11_surname_pair();
	test_N11_viet_middle();
	test_N11_pair_with_name();
	test_N11_name_kin_after();
	test_R22_unknown_subject();
	test_R15_review();
	test_R18_labels();
	test_R18_unknown_pairs();
	test_R18_low_slots();
	test_R18_word_things();
	test_R17_review();
	test_N9_unlisted_before_my();
	test_N9_low_deeds();
	test_N10_names_again();
	test_N10_low_labels();
	test_P9_place_tails();
	test_R24_tail_cue();
	test_P9_street_st();
	test_P9_herb();
	test_P9_stores();
	test_P9_low_saint_at();
	test_R27_tells_bit();
	test_P10_come_to();
	test_P10_home_poss();
	test_P10_age_aside();
	test_P10_elementary();
	scan_close();
	return done();
}
