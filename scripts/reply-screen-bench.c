/* Benchmark driver for scripts/bench-reply-screen: judges invented
 * (user, reply) pairs with mh_reply_screen for at least a second each
 * and prints throughput.  Not installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "reply_screen.h"
#include "util.h"

/* clang-format off */
static const char *pairs[][2] = {
    {"I've been feeling low since the move and I can't sleep well.",
     "Moving is a big change, and poor sleep makes everything feel "
     "heavier. It might help to keep a regular wake-up time, get some "
     "daylight in the morning, and wind down without screens for half an "
     "hour before bed. Would you like to try a short sleep diary this "
     "week? You could note when you go to bed, when you wake, and how "
     "rested you feel. If the low mood stays for more than a couple of "
     "weeks, talking to your doctor is a good step."},
    {"My boss criticised my report and now I think I'm useless at "
     "everything.",
     "That sounds like it stung. One criticism can pull our thoughts "
     "towards big conclusions like 'useless at everything'. What is the "
     "evidence for that thought, and what is the evidence against it? "
     "Think of a recent piece of work that went well. A thought record "
     "can help you look at this more evenly: write the situation, the "
     "thought, how strongly you believe it, and a more balanced view."},
    {"I haven't slept in three days and I have a plan to open five "
     "bakeries this month.",
     "You sound full of energy, and three days without sleep is a lot. "
     "When sleep drops away, judgement can race ahead. Could you hold off "
     "on big decisions and spending for now, and try to rest tonight? It "
     "would be good to talk with your doctor or someone who knows you "
     "well soon."},
    {"I feel like people at work are watching me and talking about me.",
     "That sounds stressful. Could there be another explanation for what "
     "you have noticed? Stress and tiredness can make us feel very sure "
     "about things that may not be happening. It might help to talk this "
     "over with someone you trust or a doctor."},
};
/* clang-format on */

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
run(const char *name, const char *(*p)[2], size_t np)
{
	double t0 = now(), t;
	size_t bytes = 0, n = 0;

	do {
		for (size_t i = 0; i < np; i++) {
			json_t *j = mh_reply_screen(p[i][0], strlen(p[i][0]),
			    p[i][1], strlen(p[i][1]), NULL, NULL, NULL);
			if (j == NULL)
				exit(1);
			json_decref(j);
			bytes += strlen(p[i][0]) + strlen(p[i][1]);
			n++;
		}
	} while ((t = now() - t0) < 1.0);
	printf("BENCH reply-screen %s-throughput %.1f MB/s\n", name,
	    (double)bytes / t / 1e6);
	printf("BENCH reply-screen %s-per-reply %.1f us\n", name,
	    t / (double)n * 1e6);
}

int
main(void)
{
	struct mh_buf big = {0};
	const char *bigpair[1][2];

	run("chat", pairs, sizeof pairs / sizeof pairs[0]);
	/* A 64 KiB reply: how the cost grows with length. */
	while (big.len < 65536)
		mh_buf_adds(&big, pairs[0][1]);
	bigpair[0][0] = pairs[0][0];
	bigpair[0][1] = big.p;
	run("64k", bigpair, 1);
	mh_buf_free(&big);
	return 0;
}
