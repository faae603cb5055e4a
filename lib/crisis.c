/* crisis: safe-messaging crisis texts (see crisis.h).
 *
 * Every sentence here is shown to someone who may be in crisis.  Keep
 * them short, warm and plain; never add a method, a means, a place, an
 * amount or a substance (tests/unit/crisis_test.c checks a list). */
#include <string.h>
#include <strings.h>

#include "crisis.h"

static const struct {
	const char *part;
	unsigned bit;
} families[] = {
    {"suicid", MH_CONCERN_SUICIDE},
    {"intent", MH_CONCERN_SUICIDE},
    {"plan", MH_CONCERN_SUICIDE},
    {"means", MH_CONCERN_SUICIDE},
    {"unalive", MH_CONCERN_SUICIDE},
    {"self_harm", MH_CONCERN_SELF_HARM},
    {"selfharm", MH_CONCERN_SELF_HARM},
    {"others", MH_CONCERN_OTHERS},
    {"homicid", MH_CONCERN_OTHERS},
    {"violence", MH_CONCERN_OTHERS},
    {"abuse", MH_CONCERN_ABUSE},
    {"danger", MH_CONCERN_ABUSE},
    {"domestic", MH_CONCERN_ABUSE},
    {"overdose", MH_CONCERN_OVERDOSE},
    {"substance", MH_CONCERN_OVERDOSE},
    {"poison", MH_CONCERN_OVERDOSE},
    {"eating", MH_CONCERN_EATING},
    {"restrict", MH_CONCERN_EATING},
    {"psychosis", MH_CONCERN_PSYCHOSIS},
    {"delusion", MH_CONCERN_PSYCHOSIS},
    {"hallucinat", MH_CONCERN_PSYCHOSIS},
    {"voices", MH_CONCERN_PSYCHOSIS},
    {"mania", MH_CONCERN_MANIA},
    {"manic", MH_CONCERN_MANIA},
    {"ocd", MH_CONCERN_OCD},
    {"compuls", MH_CONCERN_OCD},
    /* worksheet flags */
    {"phq9_item9", MH_CONCERN_SUICIDE},
    {"asq_positive", MH_CONCERN_SUICIDE},
    {"asq_declined", MH_CONCERN_SUICIDE},
    {"asq_acute", MH_CONCERN_SUICIDE | MH_CONCERN_IMMINENT},
};

static unsigned
name_bits(const char *name)
{
	unsigned bits = 0;

	for (size_t i = 0; i < sizeof families / sizeof families[0]; i++)
		if (strstr(name, families[i].part) != NULL)
			bits |= families[i].bit;
	return bits;
}

static unsigned
flag_bits(const json_t *flags)
{
	unsigned bits = 0;
	size_t i;
	const json_t *v;

	json_array_foreach(flags, i, v)
		if (json_is_string(v))
			bits |= name_bits(json_string_value(v));
	return bits;
}

unsigned
mh_crisis_concerns(const json_t *screen)
{
	unsigned bits = 0;
	const json_t *cats, *c, *risk;
	size_t i;

	if (!json_is_object(screen))
		return 0;
	risk = json_object_get(screen, "risk");
	if (json_is_string(risk) &&
	    strcmp(json_string_value(risk), "imminent") == 0)
		bits |= MH_CONCERN_IMMINENT;
	bits |= flag_bits(json_object_get(screen, "flags"));
	/* A reply judgement (reply_screen.h) names its concerns directly. */
	json_array_foreach(json_object_get(screen, "concerns"), i, c) {
		if (json_is_string(c))
			bits |= name_bits(json_string_value(c));
	}
	cats = json_object_get(screen, "categories");
	json_array_foreach(cats, i, c) {
		const json_t *name = json_object_get(c, "name");
		const json_t *cr = json_object_get(c, "risk");
		if (json_is_string(name))
			bits |= name_bits(json_string_value(name));
		bits |= flag_bits(json_object_get(c, "flags"));
		if (json_is_string(cr) &&
		    strcmp(json_string_value(cr), "imminent") == 0)
			bits |= MH_CONCERN_IMMINENT;
	}
	return bits;
}

/* The first emergency number for cc, or NULL. */
static const char *
emergency(const struct mh_resources *res, const char *cc)
{
	const struct mh_resource *rows[4];
	size_t n;

	if (res == NULL)
		return NULL;
	n = mh_resources_lookup(res, cc, rows, 4, NULL);
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i]->kind, "emergency") == 0 &&
		    *rows[i]->call != '\0')
			return rows[i]->call;
	return NULL;
}

int
mh_crisis_help_line(const struct mh_resources *res, const char *cc,
    struct mh_buf *out)
{
	const struct mh_resource *rows[16], *line = NULL;
	const char *num = emergency(res, cc);
	size_t n = res ? mh_resources_lookup(res, cc, rows, 16, NULL) : 0;
	int rc;

	for (size_t i = 0; i < n && line == NULL; i++)
		if (strcmp(rows[i]->kind, "crisis") == 0 &&
		    (*rows[i]->call || *rows[i]->text))
			line = rows[i];
	rc = mh_buf_adds(out,
	    "\nIf you are thinking about suicide or are "
	    "not safe right now, ");
	if (line != NULL) {
		rc |= mh_buf_addf(out, "contact %s (", line->service);
		if (*line->call)
			rc |= mh_buf_adds(out, line->call);
		else
			rc |= mh_buf_addf(out, "%s%s",
			    strncmp(line->text, "text ", 5) ? "text " : "",
			    line->text);
		rc |= mh_buf_addf(out, ")%s%s.", num ? ", or call " : "",
		    num ? num : "");
	} else if (num != NULL)
		rc |= mh_buf_addf(out, "call %s.", num);
	else if (res != NULL)
		/* a country with support lines only, or none: the
		 * international directory, which every table has */
		rc |= mh_buf_addf(out,
		    "call your local emergency number, or find a crisis "
		    "line at %s.",
		    mh_resources_directory(res)->web);
	else
		rc |= mh_buf_adds(out,
		    "call your local emergency number or a "
		    "crisis line.");
	return rc ? -1 : 0;
}

static int
add_emergency(struct mh_buf *out, const char *num, const char *lead)
{
	if (num != NULL)
		return mh_buf_addf(out, "%s call %s now.", lead, num);
	return mh_buf_addf(out, "%s call your local emergency number now.",
	    lead);
}

/* Case-insensitive search for any of the words in text. */
static int
mentions(const char *text, size_t len, const char *const *words)
{
	char low[4096];
	size_t n = len < sizeof low - 1 ? len : sizeof low - 1;

	if (text == NULL)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = text[i];
		low[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch | 0x20)
		                                  : (ch == '\0' ? ' ' : ch);
	}
	low[n] = '\0';
	for (; *words != NULL; words++)
		if (strstr(low, *words) != NULL)
			return 1;
	return 0;
}

static const char *const feels_dead[] = {"i am dead", "i'm dead", "im dead",
    "i'm actually dead", "i am actually dead", "i died", "already dead",
    "not alive", NULL};
static const char *const feels_watched[] = {"follow", "watching me", "watched",
    "spying", "spy on", "disguise", "after me", "tracking me", "poisoning me",
    "chip", "implant", "impostor", "imposter", NULL};
static const char *const hears_voices[] = {"voice", "hear god", "hearing god",
    "hear things", "telling me to", "tell me to", NULL};

static int
psychosis(struct mh_buf *out, const char *text, size_t len)
{
	int rc = 0;

	rc |= mh_buf_adds(out,
	    "That sounds really unsettling, and I'm glad "
	    "you told me. I can't see or hear what you are going through, "
	    "and I'm not going to argue with how real it feels to you. ");
	if (mentions(text, len, feels_dead))
		rc |= mh_buf_adds(out,
		    "You are here, thinking, feeling and "
		    "writing to me, and those are signs that you are very "
		    "likely alive, even if it doesn't feel that way right "
		    "now. ");
	else if (mentions(text, len, feels_watched))
		rc |= mh_buf_adds(out,
		    "I do wonder whether there could be "
		    "another explanation for what you have noticed. Stress, "
		    "worry and too little sleep can make us feel very sure "
		    "about things that may not be happening. ");
	else if (mentions(text, len, hears_voices))
		rc |= mh_buf_adds(out,
		    "Hearing voices or messages that others "
		    "may not hear is more common than many people think, and "
		    "it is something doctors can help with. ");
	else
		rc |= mh_buf_adds(out,
		    "Sometimes, under stress or without "
		    "enough sleep, the mind makes things feel certain that "
		    "may have another explanation. ");
	rc |= mh_buf_adds(out,
	    "Could you talk this over soon with a doctor "
	    "or someone you trust? You don't have to act on anything you "
	    "are hearing or believing right now, and if it tells you to "
	    "hurt yourself or anyone else, please reach out for help "
	    "straight away.\n");
	return rc;
}

static int
mania(struct mh_buf *out)
{
	return mh_buf_adds(out,
	    "It sounds like you have a lot of energy and "
	    "big plans right now, with very little sleep. When sleep drops "
	    "away for days, judgement can race ahead of us, even when we "
	    "feel sharper than ever. Could you give yourself a pause: hold "
	    "off on big decisions, spending and risky activities for now, "
	    "and try to rest tonight? It would be good to talk with your "
	    "doctor or someone who knows you well soon, and to keep taking "
	    "any medication you are prescribed unless your doctor says "
	    "otherwise.\n");
}

static int
ocd(struct mh_buf *out)
{
	return mh_buf_adds(out,
	    "It sounds like these urges are taking up a "
	    "lot of your day and causing real distress. Giving in to them "
	    "usually brings relief for a moment and makes them stronger "
	    "over time, so I'd rather not help with the routine itself. A "
	    "therapist who works with OCD can help: exposure and response "
	    "prevention works for many people. Could you try to hold off "
	    "for a few minutes and notice what happens to the anxiety?\n");
}

static int
eating(struct mh_buf *out)
{
	return mh_buf_adds(out,
	    "It sounds like food and eating have become "
	    "really hard. You deserve care and enough nourishment, whatever "
	    "your body looks like. A doctor or an eating-disorder service "
	    "can help, and it's worth telling someone you trust how things "
	    "are. If you feel faint, unwell or unsafe, please get medical "
	    "help today.\n");
}

/* Acknowledge, ask directly, means safety as a step, human contact. */
static int
suicide(struct mh_buf *out, unsigned c)
{
	int rc = 0;

	rc |= mh_buf_adds(out,
	    "Thank you for telling me. It sounds like you "
	    "are carrying something really heavy right now, and you don't "
	    "have to carry it alone. ");
	if (c & MH_CONCERN_SELF_HARM && !(c & MH_CONCERN_SUICIDE))
		rc |= mh_buf_adds(out,
		    "Are you thinking about hurting "
		    "yourself right now? Are you safe? ");
	else
		rc |= mh_buf_adds(out,
		    "I want to ask you directly: are you "
		    "thinking about ending your life? Are you safe right "
		    "now? ");
	rc |= mh_buf_adds(out,
	    "If there is anything near you that you "
	    "could hurt yourself with, could you put some distance between "
	    "you and it, or ask someone to hold on to it for now? Please "
	    "reach out to someone you trust and let them know how you "
	    "feel.\n");
	return rc;
}

int
mh_crisis_text(unsigned c, const char *text, size_t len,
    const struct mh_resources *res, const char *cc, struct mh_buf *out)
{
	const char *num = emergency(res, cc);
	int rc = 0;

	if (c == 0 || c == MH_CONCERN_IMMINENT)
		c |= MH_CONCERN_SUICIDE;
	/* Immediate danger first, before anything else is read. */
	if (c & MH_CONCERN_IMMINENT) {
		rc |= add_emergency(out, num,
		    "If you might act on these "
		    "thoughts soon or you are in danger right now, please");
		rc |= mh_buf_adds(out,
		    " If you can, stay with another person "
		    "while you get help.\n");
	}
	if (c & MH_CONCERN_OVERDOSE) {
		rc |= add_emergency(out, num,
		    "If you or someone else may have "
		    "taken too much of something, please");
		rc |= mh_buf_adds(out,
		    " Do this even if you feel all right "
		    "for the moment; don't wait to see what happens.\n");
	}
	if (c & MH_CONCERN_OTHERS) {
		rc |= mh_buf_adds(out,
		    "It sounds like you are having thoughts "
		    "of hurting someone else, and noticing that can be "
		    "frightening. Please put some distance between you and "
		    "the other person for now.");
		rc |= add_emergency(out, num, " If anyone is in danger,");
		rc |= mh_buf_adds(out, "\n");
	}
	if (c & MH_CONCERN_ABUSE) {
		rc |= mh_buf_adds(out,
		    "What you describe sounds unsafe, and "
		    "it is not your fault.");
		rc |= add_emergency(out, num, " If you are in danger,");
		rc |= mh_buf_adds(out,
		    " When you can do it safely, a crisis "
		    "line can help you think through what to do next.\n");
	}
	if (c & (MH_CONCERN_SUICIDE | MH_CONCERN_SELF_HARM))
		rc |= suicide(out, c);
	if (c & MH_CONCERN_PSYCHOSIS)
		rc |= psychosis(out, text, len);
	if (c & MH_CONCERN_MANIA)
		rc |= mania(out);
	if (c & MH_CONCERN_EATING)
		rc |= eating(out);
	if (c & MH_CONCERN_OCD)
		rc |= ocd(out);
	rc |= mh_buf_adds(out,
	    "\nYou can talk to someone now, free and "
	    "confidential:\n");
	if (res != NULL)
		rc |= mh_resources_text(res, cc, out);
	else
		rc |= mh_buf_adds(out,
		    "In immediate danger: call your local "
		    "emergency number.\nfindahelpline.com lists crisis lines "
		    "in many countries.\n");
	rc |= mh_buf_adds(out,
	    "\nFeelings this intense can ease, and help "
	    "does work; many people who have felt this way have come "
	    "through it. I'm an automated tool, not a person or a "
	    "therapist, but I'm still here if you want to keep talking.\n");
	return rc != 0 ? -1 : 0;
}

int
mh_crisis_fallback(unsigned c, const char *text, size_t len,
    const struct mh_resources *res, const char *cc, struct mh_buf *out)
{
	if (mh_buf_adds(out,
	        "I held back the reply I was about to give, "
	        "because it might not have been safe or helpful for what you "
	        "are going through.\n\n") != 0)
		return -1;
	if (c != 0)
		return mh_crisis_text(c, text, len, res, cc, out);
	return mh_buf_adds(out,
	    "Could you tell me a little more about how "
	    "you are feeling? Talking it over with someone you trust, or a "
	    "doctor or therapist, can help too. I'm an automated tool, not "
	    "a therapist.\n");
}
