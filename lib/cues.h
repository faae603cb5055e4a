/* cues: the phrase lexicon mh-screen matches, and the context words that
 * change what a phrase means (negation, tense, subject, humour, fiction).
 *
 * The table is compiled in, so the screener starts without reading a
 * file and cannot run with a missing or half-edited lexicon.  Phrases are
 * written in lexicon(3) form: lower case, words separated by blanks,
 * apostrophes optional ("dont" == "don't"), "*" for any one word. */
#ifndef MH_CUES_H
#define MH_CUES_H

#include <stddef.h>

/* Categories, in the order they are reported. */
enum mh_cue_cat {
	MH_CAT_SUICIDAL = 0, /* suicidal ideation, passive and active */
	MH_CAT_INTENT,       /* intent, plan, preparation, time */
	MH_CAT_MEANS,        /* means-seeking */
	MH_CAT_SELF_HARM,    /* self-harm and its concealment */
	MH_CAT_OTHERS,       /* harm to others */
	MH_CAT_ABUSE,        /* abuse and immediate danger */
	MH_CAT_PSYCHOSIS,    /* delusions and hallucinations */
	MH_CAT_MANIA,        /* no sleep with grandiosity or reckless plans */
	MH_CAT_OCD,          /* compulsions causing harm */
	MH_CAT_EATING,       /* eating-disorder restriction and purging */
	MH_CAT_SUBSTANCE,    /* overdose and substance emergencies */
	MH_CAT_DISTRESS,     /* losses, hopelessness: context for the rest */
	MH_CAT_POSSIBLE,     /* words like crisis messages, no rule named:
				the second opinion (model.c) */
	MH_CAT_COUNT,
	MH_CAT_IDIOM = 100, /* an idiom or technical phrase: masks cues */
};

/* Cue flags. */
enum {
	MH_CUE_FIRST = 1 << 0,    /* names the speaker (myself, kms) */
	MH_CUE_AMBIG = 1 << 1,    /* innocent alone; risky with context */
	MH_CUE_EXPLICIT = 1 << 2, /* asks for method: no fiction discount */
	MH_CUE_PAST = 1 << 3,     /* about the past unless a recent word */
	MH_CUE_NEGFORM = 1 << 4,  /* carries its own negation */
	MH_CUE_EMERG = 1 << 5,    /* an emergency even for someone else */
	MH_CUE_TIME = 1 << 6,     /* names a time: tonight, now */
	MH_CUE_SLEEP = 1 << 7,    /* mania: no sleep */
	MH_CUE_GRAND = 1 << 8,    /* mania: grandiosity, energy */
	MH_CUE_RECKLESS = 1 << 9, /* mania: risky plan, stopping medication */
	MH_CUE_COMPULSION = 1 << 10, /* OCD: a compulsion */
	MH_CUE_BURDEN = 1 << 11,     /* OCD: the compulsion costs or hurts */
	MH_CUE_COMMAND = 1 << 12,    /* a voice that gives orders */
	MH_CUE_HINT = 1 << 13,       /* a veiled hint at acting or not staying
				      * safe: two different ones are a
				      * caution */
	MH_CUE_EXPLOIT = 1 << 14,    /* using a person against themselves:
				      * moderate when the text names a mental
				      * illness */
	MH_CUE_AMOUNT = 1 << 15,     /* not a phrase: the name of a question
				      * about a lethal amount, found from its
				      * parts (mh_cues_amount) */
	MH_CUE_GRIEF = 1 << 16,      /* a death of someone close, or a wish
				      * to be with them: a past word ("last
				      * year") dates the death and does not
				      * lower it; the dead person is not
				      * the subject */
	MH_CUE_DANGER = 1 << 17,     /* not a phrase: the name of a danger
				      * to oneself found from its parts (a
				      * height and a jump, a weapon in
				      * hand); with MH_CUE_AMOUNT */
	MH_CUE_FAREWELL = 1 << 18,   /* a hint that says goodbye: beside
				      * another hint it weighs as a time */
	MH_CUE_WEAK = 1 << 19,       /* a hint everyday talk says often
				      * ("this is it", "not going back",
				      * "counting down"): counts only
				      * beside a hint that is not weak */
};

struct mh_cue {
	const char *phrase;
	unsigned char cat;  /* enum mh_cue_cat */
	unsigned char risk; /* enum mh_screen_risk when matched plainly */
	unsigned flags;
};

/* Context word classes. */
enum mh_marker_kind {
	MH_MK_NEG = 0,   /* not, never, don't */
	MH_MK_PAST,      /* years ago, used to, when I was */
	MH_MK_RECENT,    /* last night, today, again */
	MH_MK_RECOVERED, /* stable now, doing better */
	MH_MK_OTHER,     /* another person as the subject */
	MH_MK_SELF,      /* I, me, my */
	MH_MK_REPORT,    /* said, told me: reported speech */
	MH_MK_SUPPORT,   /* how do I help / support someone */
	MH_MK_FICTION,   /* novel, character, game, lyrics */
	MH_MK_HUMOUR,    /* lol, haha, laughing emoji */
	MH_MK_LIGHT,     /* words that may stand between a negation and a cue */
	MH_MK_BUT,       /* but, although: a new clause */
	MH_MK_WAS,       /* was, were, had */
	MH_MK_NOW,       /* tonight, right now: a time for acting */
	MH_MK_ACCIDENT,  /* fell, sprained: an injury, not self-harm */
	MH_MK_ILLNESS,   /* schizophrenia, dementia: a mental illness named */
	MH_MK_PROTECT,   /* protect, stop, scammers: guarding someone */
	MH_MK_GENERIC,   /* someone, a person: anyone, not a named other */
	MH_MK_BODY,      /* fainted, chest pain, blacking out: a body in
			    danger, an emergency beside purging, starving,
			    an overdose or a wound */
	MH_MK_DELIBERATE, /* on purpose, no accident: not an accident */
	MH_MK_SICK,       /* feel sick, throwing up: weaker than a body in
			     danger; says an overdose told in the past
			     tense is still working ("i overdosed and i feel
			     sick") */
};

struct mh_marker {
	const char *phrase;
	unsigned char kind; /* enum mh_marker_kind, or mh_amount_part */
};

/* The parts of a question about a lethal amount.  Each alone is
 * everyday ("how many", "sleeping pills", "kill someone"); all three in
 * one sentence ask what amount of something would kill: "how many of my
 * sleeping pills would kill someone".  No list of phrases can hold every
 * way of putting that, so screen.c finds the parts apart. */
enum mh_amount_part {
	MH_AQ_QTY = 0, /* how many, how much, how high, enough */
	MH_AQ_LETHAL,  /* kill me, be fatal, not wake up */
	MH_AQ_TOO,     /* too many, an overdose: weaker, a caution */
	MH_AQ_AGENT,   /* pills, a named medicine, a poison, a fall */
	MH_AQ_SAFE,    /* is it safe, a recommended dose: a dosing question */
	MH_AQ_COUNT,   /* how many people: a count, not a quantity */
	/* the parts of an overdose told as done: taken, too much of it, a
	 * medicine; a medicine is an agent too */
	MH_AQ_TAKEN,  /* took, swallowed, necked */
	MH_AQ_EXCESS, /* all my, a whole, loads of, like 30 */
	MH_AQ_DRUG,   /* pills, a named medicine, a poison */
	/* the parts of a danger to oneself, found together in a sentence
	 * (screen.c, danger_parts); a height, a jump and a weapon are
	 * agents of a lethal-amount question too */
	MH_AQ_HIGH,    /* a height, a track, deep water: roof, ledge */
	MH_AQ_VEHICLE, /* a train, a bus: only after "in front of" */
	MH_AQ_AT,      /* on the, at the top of: where one is */
	MH_AQ_EDGE,    /* over the railing, dangling off: past the edge */
	MH_AQ_JUMP,    /* jump off, walk into: toward a place */
	MH_AQ_FRONT,   /* step in front of, throw myself under */
	MH_AQ_ACT,     /* jump, let go: the act, its place said elsewhere */
	MH_AQ_GUN,     /* a firearm */
	MH_AQ_BLADE,   /* knife, razor, blade */
	MH_AQ_LAP,     /* in my lap, loaded, safety off: ready */
	MH_AQ_HOLD,    /* holding, in my hand: at hand */
	MH_AQ_AIM,     /* to my head, to my wrist: turned on oneself */
	MH_AQ_PLAY,    /* pool, hunting, shaving: an everyday use */
};

/* The names of a danger to oneself found from its parts (MH_CUE_DANGER),
 * in the table in this order. */
enum mh_danger {
	MH_DANGER_JUMP = 0, /* at a height with the act */
	MH_DANGER_WEAPON,   /* a weapon ready or turned on oneself */
	MH_DANGER_HEIGHT,   /* at a height (a hint) */
	MH_DANGER_ACT,      /* the act or an edge alone (a hint) */
	MH_DANGER_FIREARM,  /* a firearm in hand */
	MH_DANGER_BLADE,    /* a blade in hand */
	MH_DANGER_THOUGHT,  /* thoughts of a jump from a height */
	MH_DANGER_CUES,
};

/* The cue table and its length.  Static data; never NULL. */
const struct mh_cue *mh_cues_table(size_t *n);
/* The context word table and its length.  Static data; never NULL. */
const struct mh_marker *mh_cues_markers(size_t *n);
/* The parts of a lethal-amount question (kind: enum mh_amount_part) and
 * their number.  Static data; never NULL. */
const struct mh_marker *mh_cues_amount(size_t *n);
/* The report name of a category ("suicidal_ideation", ...); NULL for an
 * unknown one. */
const char *mh_cues_category_name(int cat);

#endif
