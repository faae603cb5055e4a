/* offline: keyword matching onto skills; see offline.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "offline.h"

/* Order matters on a tie: the more acute need comes first. */
static const struct mh_offline_skill skills[] = {
    {"safety-plan", "a safety plan",
        "feeling unsafe or not being sure you can keep yourself safe",
        "A safety plan lists, in your own words, your warning signs, "
        "what helps you cope, people and places that take your mind off "
        "things, who you can ask for help, and professional and crisis "
        "contacts. Writing it down while things are calmer makes it "
        "easier to use when they are not."},
    {"grounding", "a grounding exercise",
        "panic or feeling overwhelmed right now",
        "Grounding brings your attention back to the present through "
        "your senses: name five things you can see, four you can touch, "
        "three you can hear, two you can smell and one you can taste, "
        "breathing out slowly. Panic peaks and passes; grounding helps "
        "you ride it out instead of fighting it."},
    {"thought-record", "a thought record", "being very hard on yourself",
        "A thought record (from cognitive behavioural therapy) helps you "
        "catch a harsh thought, rate how strongly you believe it, look at "
        "the evidence for and against it, and write a fairer, more "
        "balanced thought. Often the belief in the harsh thought drops "
        "once it is on paper."},
    {"worry-time", "worry time", "worries that keep going round",
        "Worry time means writing worries down when they come and "
        "setting them aside for a fixed 15-minute slot later in the day. "
        "In that slot you sort them into ones you can act on and ones "
        "you cannot. It teaches that worry can wait, and often shrinks "
        "when it does."},
    {"sleep-diary", "a sleep diary", "trouble with sleep",
        "A sleep diary records when you go to bed, fall asleep, wake and "
        "get up, and how rested you feel. A week or two shows patterns "
        "and makes steady routines (a fixed wake time, getting up when "
        "you cannot sleep, less screen time late) easier to try and "
        "judge."},
    {"activation", "behavioural activation", "low mood or low energy",
        "Behavioural activation starts with action rather than waiting "
        "to feel like it: plan one small, doable activity that used to "
        "matter to you or gives a sense of achievement, do it, and rate "
        "your mood before and after. Mood often follows action."},
    {"diary-card", "a diary card",
        "strong emotions or urges that are hard to manage",
        "A diary card (from dialectical behaviour therapy) tracks each "
        "day's emotions, urges and the skills you used. Seeing the links "
        "between events, feelings and urges makes them easier to notice "
        "early and to manage."},
    {"three-good-things", "three good things",
        "days where nothing seems to go right",
        "Each evening, write down three things that went well, however "
        "small, and why they happened. It does not deny what is hard; it "
        "trains attention to notice what is also there."},
    {"checkin", "a check-in", "how you are doing",
        "A check-in is a short, regular note of your mood, energy, sleep "
        "and what happened today. Over time it shows what helps and what "
        "does not, and it is a good thing to share with someone you "
        "trust or a professional."},
};

/* Cues per skill, matched at the start of a word, in lower case. */
static const char *const cues[][28] = {
    {"not safe", "unsafe", "safety plan", "can't keep myself safe",
        "cannot keep myself safe", NULL},
    {"panic", "heart is racing", "heart racing", "can't breathe",
        "cannot breathe", "overwhelm", "freaking out", "dizzy", "shaking",
        "spiral", "everything feels unreal", "hyperventilat", NULL},
    {"stupid", "idiot", "useless", "failure", "worthless", "hate myself",
        "my fault", "i always mess", "i'm a mess", "never get anything right",
        "loser", "pathetic", "ashamed", "not good enough", "i should have",
        "disappointment", "lazy", "to believe her", "to believe him",
        "to believe them", "i'm bad at", "can't do anything right",
        "everyone thinks i", NULL},
    {"worry", "worried", "what if", "overthink", "can't stop thinking",
        "ruminat", "anxious about", "nervous about", "deadline", "exams",
        "my exam", "an exam", "the exam", "presentation", NULL},
    {"sleep", "insomnia", "awake at", "lie awake", "nightmare", "3am", "4am",
        "exhausted", NULL},
    {"no energy", "out of bed", "unmotivated", "no motivation", "pointless",
        "empty", "numb", "low mood", "feel low", "feeling low", "depressed",
        "flat", "can't be bothered", "nothing matters", "stuck", "stay in bed",
        "in bed all", "anything fun", "nothing fun", "lost interest",
        "no interest", "can't enjoy", "withdrawn", NULL},
    {"urge", "mood swing", "emotions are all over", "so angry", "rage",
        "impulsive", NULL},
    {"nothing good", "nothing went right", "nothing goes right", "grateful",
        "gratitude", "bad day", "awful day", NULL},
    {NULL},
};

/* Is cue at text[i] at the start of a word? */
static int
word_start(const char *low, size_t i)
{
	return i == 0 || !isalnum((unsigned char)low[i - 1]);
}

static int
count_cues(const char *low, size_t n, const char *const *list)
{
	int score = 0;

	for (; *list; list++) {
		size_t k = strlen(*list), i;

		for (i = 0; i + k <= n; i++)
			if (memcmp(low + i, *list, k) == 0 &&
			    word_start(low, i)) {
				score++;
				break;
			}
	}
	return score;
}

const struct mh_offline_skill *
mh_offline_match(const char *text, size_t n)
{
	size_t i, j, best = sizeof(skills) / sizeof(skills[0]) - 1;
	int best_score = 0;
	char *low = malloc(n + 1);

	if (low == NULL)
		return &skills[best];
	for (i = j = 0; i < n; i++) {
		/* Fold the typographic apostrophe into one "'" so "can’t"
		 * matches "can't". */
		if ((unsigned char)text[i] == 0xe2 && i + 2 < n &&
		    (unsigned char)text[i + 1] == 0x80 &&
		    (unsigned char)text[i + 2] == 0x99) {
			low[j++] = '\'';
			i += 2;
			continue;
		}
		low[j++] = (char)tolower((unsigned char)text[i]);
	}
	low[j] = '\0';
	for (i = 0; cues[i][0]; i++) {
		int s = count_cues(low, j, cues[i]);

		if (s > best_score) {
			best_score = s;
			best = i;
		}
	}
	free(low);
	return &skills[best];
}

const struct mh_offline_skill *
mh_offline_reply(const char *text, size_t n, struct mh_buf *out)
{
	const struct mh_offline_skill *s = mh_offline_match(text, n);

	if (mh_buf_addf(out,
	        "%s\n"
	        "It sounds like this is about %s. One skill that often helps "
	        "is %s.\n%s\n"
	        "To start it: mh-worksheet %s\n"
	        "This is a self-help exercise, not therapy. If things feel like "
	        "too much, please talk to someone you trust or a professional.",
	        MH_OFFLINE_LABEL, s->heard, s->title, s->why, s->worksheet) < 0)
		return NULL;
	return s;
}

/* A whole-number answer, or -1. */
static long
answer_num(const json_t *answers, const char *id)
{
	const json_t *v = json_object_get(answers, id);

	return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

int
mh_offline_review(const json_t *ws, struct mh_buf *out)
{
	const char *name = json_string_value(json_object_get(ws, "name"));
	const char *title = json_string_value(json_object_get(ws, "title"));
	const json_t *answers = json_object_get(ws, "answers");
	const json_t *scores = json_object_get(ws, "scores");
	int rc = 0;

	if (!json_is_object(ws) || name == NULL || !json_is_object(answers))
		return 1;
	if (title == NULL)
		title = name;
	rc |= mh_buf_addf(out,
	    "%s\nYou completed the %s. Taking the time to "
	    "do it is the skill itself.\n",
	    MH_OFFLINE_LABEL, title);
	if (json_is_object(scores) &&
	    json_is_integer(json_object_get(scores, "total"))) {
		const char *sev =
		    json_string_value(json_object_get(scores, "severity"));

		rc |= mh_buf_addf(out,
		    "Your total was %lld%s%s%s. A score is a "
		    "screening result, not a diagnosis; if scores like this "
		    "last two weeks or more, or get in the way of daily life, "
		    "please talk to a doctor or therapist about them.\n",
		    (long long)json_integer_value(
		        json_object_get(scores, "total")),
		    sev ? " (" : "", sev ? sev : "", sev ? ")" : "");
		{
			const char *next = json_string_value(
			    json_array_get(json_object_get(scores, "next"), 0));

			if (next != NULL)
				rc |= mh_buf_addf(out,
				    "A fuller "
				    "questionnaire can say more: "
				    "mh-worksheet %s\n",
				    next);
		}
	} else if (strcmp(name, "thought-record") == 0) {
		long before = answer_num(answers, "mood_before");
		long after = answer_num(answers, "mood_after");

		if (before >= 0 && after >= 0 && after < before)
			rc |= mh_buf_addf(out,
			    "The strength of the mood went "
			    "from %ld to %ld once you had weighed the evidence: "
			    "that drop is what the exercise is for.\n",
			    before, after);
		else if (before >= 0 && after >= 0)
			rc |= mh_buf_addf(out,
			    "The mood went from %ld to %ld. "
			    "It does not always shift the first time; the "
			    "balanced thought often lands later, on a second "
			    "reading.\n",
			    before, after);
		rc |= mh_buf_adds(out,
		    "Read your balanced thought again "
		    "tomorrow. When the hot thought comes back, recall the "
		    "evidence you found against it.\n");
	} else
		rc |= mh_buf_adds(out,
		    "Skills work by repetition: try it "
		    "again tomorrow, and see how it goes over time with: "
		    "mh-worksheet --summary\n");
	rc |= mh_buf_adds(out,
	    "This is a self-help exercise, not therapy. If "
	    "things feel like too much, please talk to someone you trust or a "
	    "professional.");
	return rc ? -1 : 0;
}
