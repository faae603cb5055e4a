/* Unit tests for lib/offline: messages map to the expected skill and
 * every reply is labelled and names a runnable worksheet command. */
#include <string.h>

#include "offline.h"
#include "tap.h"

static void
match(const char *text, const char *want)
{
	const struct mh_offline_skill *s = mh_offline_match(text,
	    strlen(text));

	is_str(s->worksheet, want, text);
}

int
main(void)
{
	struct mh_buf b = {0};
	const struct mh_offline_skill *s;

	match("I'm having a panic attack and my heart is racing", "grounding");
	match("I feel so stupid, I always mess everything up",
	    "thought-record");
	match("I can\xe2\x80\x99t stop thinking about what if I fail",
	    "worry-time");
	/* The typographic apostrophe reads as "'" in every cue. */
	match("I can\xe2\x80\x99t breathe", "grounding");
	match("I can\xe2\x80\x99t keep myself safe", "safety-plan");
	match("I can\xe2\x80\x99t be bothered with anything", "activation");
	match("I lie awake until 4am every night", "sleep-diary");
	match("No energy, I can't get out of bed, everything is pointless",
	    "activation");
	match("Nothing went right today, another awful day",
	    "three-good-things");
	match("The urges are strong and I have mood swings", "diary-card");
	match("I want to make a safety plan", "safety-plan");
	match("My sister keeps telling me I'm lazy and I've started to "
	      "believe her.",
	    "thought-record");
	match("Work has been rough. I haven't done anything fun in weeks and "
	      "I just stay in bed.",
	    "activation");
	match("This deadline is killing me", "worry-time");
	match("I have a presentation and my heart races, it's panic",
	    "grounding");
	match("For example, hello", "checkin");
	match("I am dreading my exam", "worry-time");
	match("Hello there", "checkin");
	match("", "checkin");
	match("I PANIC when I see emails", "grounding");
	/* Cues match at the start of words only. */
	match("the grumpy old rampage", "checkin");

	s = mh_offline_reply("I am worried about exams", 24, &b);
	ok(s != NULL, "reply made");
	ok(strncmp(b.p, MH_OFFLINE_LABEL, strlen(MH_OFFLINE_LABEL)) == 0,
	    "reply starts with the not-AI label");
	ok(strstr(b.p, "To start it: mh-worksheet worry-time\n") != NULL,
	    "reply names the worksheet command");
	ok(strstr(b.p, "not therapy") != NULL, "reply says it is not therapy");
	mh_buf_free(&b);
	return done();
}
