/* Unit tests for the scanner (redact_scan) on chat's forms that this
 * session's rules read as identifiers: chat's abbreviations after a
 * relation word, ranks and words at a corner, interjections before a
 * site, contractions with an apostrophe, "da" after a title, and what
 * one lives on; each beside the identifier that is still taken.
 * Invented people only. */
#include "scan_tap.h"

static void
test_rel_initials(void)
{
	is_str(scan("my dad bp went up again, my mom bp went down"), "",
	    "initials: blood pressure went up or down");
	is_str(scan("my grandma bp kept dropping, my mom bp keeps going up"),
	    "", "initials: kept or keeps before what things do");
	is_str(scan("my mom tv kept buzzing. My sister tv broke again"), "",
	    "initials: a tv kept buzzing, broke again");
	is_str(scan("my dad hr called him in"), "",
	    "initials: hr called him in");
	is_str(scan("lol my bf jk. my husband tf! my mom mb, my mom sm"), "",
	    "initials: chat's jk, tf, mb, sm ending the sentence");
	is_str(scan("my mom qx kept buzzing. my dad qx went up"), "",
	    "initials: kept before no deed of a person, went");
	is_str(scan("my roommate kz said no"), "NAME:kz",
	    "initials: still before said");
	is_str(scan("my roommate kz kept texting me"), "NAME:kz",
	    "initials: kept before a deed to the writer");
	is_str(scan("my roommate kz yelled at me"), "NAME:kz",
	    "initials: a deed done to the writer");
}

/* A second reviewer's probes: chat's words kept out at the right depth,
 * so that what someone goes by is still taken. */
static void
test_initials_depth(void)
{
	is_str(scan("call me cc. you can call me gg. call me mb"),
	    "NAME:cc|NAME:gg|NAME:mb", "initials: what one is called");
	is_str(scan("my name is cc. my name is pc"), "NAME:cc|NAME:pc",
	    "initials: what one's name is");
	is_str(scan("my friend cc said hi. my sister sm texted me"),
	    "NAME:cc|NAME:sm", "initials: chat's letters before said, texted");
	is_str(scan("my bestie mb told me. my friend rt told me"),
	    "NAME:mb|NAME:rt", "initials: chat's letters before told");
	is_str(scan("my dad hr called him in. my mom pc kept buzzing"), "",
	    "initials: things after a relation word stay");
	is_str(scan("my roommate kz went off on me"), "NAME:kz",
	    "initials: went, with no up or down");
	is_str(scan("my ex kd left me. my bestie mk came to see me"),
	    "NAME:kd|NAME:mk", "initials: left me, came to see me");
	is_str(scan("my dad qx went up. my mom qx came down"), "",
	    "initials: went up, came down stay");
}

/* Two letters ending the sentence, or beside a name, that chat says:
 * after a verb, an interjection; beside a name, said to that person. */
static void
test_initials_chat(void)
{
	is_str(scan("i miss my mom hm. i miss my mom mm. i miss my mom kz"), "",
	    "initials: after a verb, ending the sentence, stay");
	is_str(scan("i love my bf xd. my bro gl. me and my mom rq"), "",
	    "initials: chat's xd, gl, rq stay");
	is_str(scan("me and my bf kz. i live with my roommate kz"),
	    "NAME:kz|NAME:kz", "initials: after and, with");
	is_str(scan("jordan, gl tomorrow"), "NAME:jordan",
	    "initials: said to a name after a comma");
	is_str(scan("maya, dw about it. maya and sb. jordan and tt"),
	    "NAME:maya|NAME:maya|NAME:jordan",
	    "initials: chat's dw, sb, tt beside a name");
	is_str(scan("maya and fb stalked me. sam, fb and ig"),
	    "NAME:maya|NAME:sam", "initials: a site beside a name");
	is_str(scan("maya, kz and jordan went"), "NAME:maya|NAME:kz|NAME:jordan",
	    "initials: a list going on after the comma");
	is_str(scan("kz and jordan went. maya, zx and jordan"),
	    "NAME:kz|NAME:jordan|NAME:maya|NAME:zx|NAME:jordan",
	    "initials: opening the text, and of the alphabet's ends");
	is_str(scan("ky and jordan went. maya, ez and jordan. maya, uy, sam"),
	    "NAME:jordan|NAME:maya|NAME:jordan|NAME:maya|NAME:sam",
	    "initials: a vowel, y with them, is no one's initials");
}

static void
test_cross_streets(void)
{
	is_str(scan("I came in at 5th and Mom cried. I placed at 3rd and Dad "
	            "was proud"),
	    "", "corner: a family word capitalised");
	is_str(scan("I'm at 5th and Monday is 6th"), "",
	    "corner: a day capitalised");
	is_str(scan("my son is at 5th and Grade 6 next. At 5th and Lexapro now"),
	    "", "corner: an ordinary word capitalised");
	is_str(scan("finished at 4th and last place, at 5th and second place"),
	    "", "corner: a rank's place");
	is_str(scan("at 5th and finaly done. finished at 5th and smth"), "",
	    "corner: a word of no list before a word, or short");
	is_str(scan("we met near maple & 5th, the cafe at 5th and main"),
	    "ADDRESS:maple & 5th|ADDRESS:5th and main",
	    "corner: a street's name still");
	is_str(scan("the cafe at 5th and Wexley today, meet at 5th and "
	            "wexley."),
	    "ADDRESS:5th and Wexley|ADDRESS:5th and wexley",
	    "corner: a word of no list still");
	is_str(scan("meet me at 5th and park place"), "ADDRESS:5th and park place",
	    "corner: a street's place still");
	is_str(scan("meet me at 5th and wexley near the park, at 5th and "
	            "wexley tonight"),
	    "ADDRESS:5th and wexley|ADDRESS:5th and wexley",
	    "corner: a word of no list before any word");
	is_str(scan("at 10th and Rosewood. at 5th and Commerce near the bank"),
	    "ADDRESS:10th and Rosewood|ADDRESS:5th and Commerce",
	    "corner: an ordinary word capitalised ending the clause");
}

static void
test_mail_noise(void)
{
	is_str(scan("doomscrolling at reddit dot com"), "",
	    "email: a verb in -ing opening its sentence");
	is_str(scan("bingewatching at netflix dot com"), "",
	    "email: a verb in -ing, again");
	is_str(scan("hahaha at reddit dot com. lmaooo at reddit dot com"), "",
	    "email: a laugh opening its sentence");
	is_str(scan("zoomies at petco dot com"), "",
	    "email: an interjection opening its sentence");
	is_str(scan("Yesss at amazon.com. Hmmmm at amazon.com"),
	    "URL:amazon.com|URL:amazon.com",
	    "email: a plain at before a domain, opening a sentence, a site");
	is_str(scan("Lmaooo (at) reddit.com"), "URL:reddit.com",
	    "email: a bracketed at after a laugh, a site");
	is_str(scan("mayaokafor(at)example.com"),
	    "EMAIL:mayaokafor(at)example.com", "email: a bracketed at still");
	is_str(scan("mayaokafor at example dot com pls"),
	    "EMAIL:mayaokafor at example dot com",
	    "email: spelled out opening its sentence still");
	is_str(scan("email me mayaokafor at example.com"),
	    "EMAIL:mayaokafor at example.com",
	    "email: a plain at after a cue word still");
	is_str(scan("my email is zzzmaya at gmail dot com"),
	    "EMAIL:zzzmaya at gmail dot com",
	    "email: a noise-shaped local part after a cue word");
	is_str(scan("my email is mayakeating at example dot com"),
	    "EMAIL:mayakeating at example dot com",
	    "email: a local part in -ing after a cue word");
	is_str(scan("zzzmaya at gmail"), "EMAIL:zzzmaya at gmail",
	    "email: a noise-shaped local part before a provider");
	is_str(scan("mayaokafor at example.com"),
	    "EMAIL:mayaokafor at example.com",
	    "email: a plain at opening its sentence");
}

static void
test_apos_names(void)
{
	is_str(scan("my friend y'know. my friend d'you know"), "",
	    "apostrophe: y'know, d'you");
	is_str(scan("my dad th'other day. my bro m'kay"), "",
	    "apostrophe: th'other, m'kay");
	is_str(scan("my mom s'mores. my friend j'adore. my dad o'clock"), "",
	    "apostrophe: s'mores, j'adore, o'clock");
	is_str(scan("my bff ja'nae is coming"), "NAME:ja'nae",
	    "apostrophe: ja'nae still");
	is_str(scan("my friend o'brien is coming. my friend d'angelo is "
	            "coming"),
	    "NAME:o'brien|NAME:d'angelo", "apostrophe: o'brien, d'angelo still");
	is_str(scan("my friend m'kayla came over. my bff s'niyah texted"),
	    "NAME:m'kayla|NAME:s'niyah", "apostrophe: a first name after m or s");
	is_str(scan("my friend o'hare came over. my coach o'day texted. my "
	            "friend d'vine called"),
	    "NAME:o'hare|NAME:o'day|NAME:d'vine",
	    "apostrophe: an ordinary word after o or d");
}

static void
test_title_particles(void)
{
	is_str(scan("my dr da bomb"), "", "particles: chat's da before bomb");
	is_str(scan("dr da lima called"), "NAME:da lima",
	    "particles: da before a word that is a surname too");
	is_str(scan("i saw dr. de la cruz today"), "NAME:de la cruz",
	    "particles: de la cruz still");
	is_str(scan("i saw dr. van der berg"), "NAME:van der berg",
	    "particles: van der berg still");
	is_str(scan("i saw dr. da silva today"), "NAME:da silva",
	    "particles: da before a surname still");
}

static void
test_place_on(void)
{
	is_str(scan("i live on campus place. i live on edge place"), "",
	    "place: an ordinary word after live on");
	is_str(scan("our house on sale place"), "",
	    "place: on sale");
	is_str(scan("i live on park place"), "ADDRESS:park place",
	    "place: park place still");
	is_str(scan("i live on college place. i live on church place"),
	    "ADDRESS:college place|ADDRESS:church place",
	    "place: an ordinary word that names streets too");
}

/* A chat audit's leaks: names one gives oneself or signs with,
 * initials before a relation's "'s" or after "text", and a surname that
 * is also a word after a title; beside each, the words that stay. */
static void
test_chat_audit4(void)
{
	is_str(scan("hey its derek"), "NAME:derek",
	    "audit4: its after a greeting, a first name");
	is_str(scan("its late. hey its me"), "",
	    "audit4: its before a word, me");
	is_str(scan("im kz"), "NAME:kz", "audit4: im and initials");
	is_str(scan("hey im kz, 19 and tired"), "NAME:kz",
	    "audit4: hey im and initials before a comma");
	is_str(scan("im ok. im so done. i'm 19"), "",
	    "audit4: im before a word of chat or an age");
	is_str(scan("im gd. im kk. im bf"), "",
	    "audit4: im before chat's two letters");
	is_str(scan("xoxo, kz"), "NAME:kz", "audit4: signing off");
	is_str(scan("xoxo, me\nlove, always"), "",
	    "audit4: signing off with a word");
	is_str(scan("kz's mom said no"), "NAME:kz",
	    "audit4: initials before 's and a relation");
	is_str(scan("tv's on"), "", "audit4: a thing's 's");
	is_str(scan("text kz at 9"), "NAME:kz",
	    "audit4: initials after text, before at");
	is_str(scan("text me at 9"), "", "audit4: text me");
	is_str(scan("dr. brooks said to rest"), "NAME:brooks",
	    "audit4: a surname that is a word after dr.");
	is_str(scan("coach brooks yelled at me"), "NAME:brooks",
	    "audit4: after coach, before a deed");
	is_str(scan("officer brooks took my statement"), "NAME:brooks",
	    "audit4: after officer, before took");
	is_str(scan("so i told ms brooks"), "NAME:brooks",
	    "audit4: after ms, told to someone");
	is_str(scan("coach hill sprints today. my dr will call"), "",
	    "audit4: a word after a title before a noun or a verb");
	is_str(scan("dr. may said"), "", "audit4: a month is no surname here");
	is_str(scan("idk if the dr. will. idk if my dr will"), "",
	    "audit4: the modal ending a clause after a title");
	is_str(scan("my nurse practitioner is np okafor"), "NAME:okafor",
	    "audit4: np, a nurse practitioner's title");
	is_str(scan("np, thanks. no problem"), "", "audit4: np, no problem");
	is_str(scan("lol kz said that. kz texted me"), "NAME:kz|NAME:kz",
	    "audit4: initials opening the sentence before a deed");
	is_str(scan("hr said no. rn said rest"), "",
	    "audit4: chat's letters before said");
	is_str(scan("MAYA here"), "NAME:MAYA",
	    "audit4: a first name in capitals signing in");
	is_str(scan("MAYA said hi. hey. DEREK here!"), "NAME:MAYA|NAME:DEREK",
	    "audit4: in capitals before said, here");
	is_str(scan("ADHD here. CBT said so. OK here"), "",
	    "audit4: acronyms before here, said");
	is_str(scan("add me on insta mayaokafor_"), "HANDLE:mayaokafor_",
	    "audit4: a handle whose only mark is its last '_'");
	is_str(scan("my insta is mayaokafor_ lol"), "HANDLE:mayaokafor_",
	    "audit4: the same after is");
	is_str(scan("on tiktok so_ much. i love _insta_ tbh"), "",
	    "audit4: emphasis's '_' after a word");
}

int
main(void)
{
	if (scan_open() == -1)
		return done();
	test_rel_initials();
	test_initials_depth();
	test_initials_chat();
	test_cross_streets();
	test_mail_noise();
	test_apos_names();
	test_title_particles();
	test_place_on();
	test_chat_audit4();
	scan_close();
	return done();
}
