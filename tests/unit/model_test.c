/* Tests for lib/model.c: features count once, bad model files are refused
 * with their line.  screen_test.c checks the shipped model against the
 * probabilities its trainer wrote beside it. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "image.h"
#include "lexicon.h"
#include "model.h"
#include "tap.h"
#include "util.h"

static char tmpdir[] = "/tmp/mh-model-test.XXXXXX";

static char *
write_model(const char *name, const char *body)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	f = fopen(path, "w");
	if (f == NULL)
		return NULL;
	fputs(body, f);
	fclose(f);
	return path;
}

static void
test_counts_once(void)
{
	char err[512] = "";
	const char *p = write_model("once.tsv",
	    "bias\t0\nthreshold\t0.9\nw\t1\tsad\nw\t2\tso sad\n");
	struct mh_model *m = p ? mh_model_load(p, err, sizeof err) : NULL;
	struct mh_model_score *sc = m ? mh_model_score_new(m) : NULL;
	struct mh_lexicon *lex = mh_lexicon_new();
	double one = 1 / (1 + exp(-3.0)), got;
	size_t a, b;

	if (!ok(m != NULL && sc != NULL && lex != NULL, "a small model")) {
		printf("# %s\n", err);
		return;
	}
	got = mh_model_text(m, lex, sc, "so sad. so SAD! sooo sad", 24);
	ok(fabs(got - one) < 1e-12,
	    "a word and a pair said three times count once each");
	(void)mh_model_prob(m, sc, &a, &b);
	is_int((int)a, 0, "the heaviest feature starts at 'so'");
	is_int((int)b, 6, "and ends after 'sad'");
	got = mh_model_text(m, lex, sc, "sad so", 6);
	ok(fabs(got - 1 / (1 + exp(-1.0))) < 1e-12,
	    "a pair in the other order is not the pair");
	got = mh_model_text(m, lex, sc, "so. sad", 7);
	ok(fabs(got - 1 / (1 + exp(-1.0))) < 1e-12,
	    "a pair across sentences is not the pair");
	mh_model_score_free(sc);
	mh_lexicon_free(lex);
	mh_model_free(m);
}

/* A text of more words than the model's length has its sum scaled by
 * sqrt(length / words); up to the length, not at all; the threshold is
 * met or not by the scaled sum. */
static void
test_length(void)
{
	char err[512] = "";
	const char *p = write_model("length.tsv",
	    "bias\t-1\nthreshold\t0.5\nlength\t4\nw\t2\tsad\n");
	struct mh_model *m = p ? mh_model_load(p, err, sizeof err) : NULL;
	struct mh_model_score *sc = m ? mh_model_score_new(m) : NULL;
	struct mh_lexicon *lex = mh_lexicon_new();
	double got;

	if (!ok(m != NULL && sc != NULL && lex != NULL,
	        "a model with a length")) {
		printf("# %s\n", err);
		return;
	}
	got = mh_model_text(m, lex, sc, "i am so sad", 11);
	ok(fabs(got - 1 / (1 + exp(-1.0))) < 1e-12,
	    "four words: the sum as it is");
	ok(mh_model_reaches(m, sc, NULL, NULL), "and it reaches the threshold");
	got = mh_model_text(m, lex, sc,
	    "i am so sad. it rained. the bus was late. tea was cold. and the dog barked all night",
	    84);
	ok(fabs(got - 1 / (1 + exp(-(-1 + 2 * sqrt(4.0 / 19))))) < 1e-12,
	    "nineteen words in five sentences: the sum scaled");
	ok(!mh_model_reaches(m, sc, NULL, NULL),
	    "and the scaled sum is below the threshold");
	mh_model_score_free(sc);
	mh_lexicon_free(lex);
	mh_model_free(m);
}

/* mh_model_reaches decides as the probability against the threshold
 * does, also where the sum meets the threshold's logit exactly. */
static void
test_reaches(void)
{
	static const char *const th[] = {"0.5", "0.9", "0.97", "0.3"};
	struct mh_lexicon *lex = mh_lexicon_new();
	int same = 1, edge, n = 0;

	for (size_t t = 0; t < sizeof th / sizeof th[0]; t++)
		for (int k = -24; k <= 24; k++) {
			char body[128], err[512] = "";
			const char *p;
			struct mh_model *m;
			struct mh_model_score *sc;
			double got;
			size_t a, b;

			/* bias k/8: the sum runs across every threshold */
			snprintf(body, sizeof body,
			    "bias\t%g\nthreshold\t%s\nw\t1\tsad\n", k / 8.0,
			    th[t]);
			p = write_model("reaches.tsv", body);
			m = p ? mh_model_load(p, err, sizeof err) : NULL;
			sc = m ? mh_model_score_new(m) : NULL;
			if (m == NULL || sc == NULL) {
				same = 0;
				mh_model_free(m);
				continue;
			}
			got = mh_model_text(m, lex, sc, "so sad", 6);
			if (mh_model_reaches(m, sc, &a, &b) !=
			    (got >= mh_model_threshold(m)))
				same = 0;
			n++;
			mh_model_score_free(sc);
			mh_model_free(m);
		}
	ok(same && n == 4 * 49,
	    "reaches agrees with the probability at 196 sums");
	/* a sum exactly at the threshold: p = 0.5 reaches 0.5 */
	{
		char err[512] = "";
		const char *p = write_model("edge.tsv",
		    "bias\t-1\nthreshold\t0.5\nw\t1\tsad\n");
		struct mh_model *m =
		    p ? mh_model_load(p, err, sizeof err) : NULL;
		struct mh_model_score *sc = m ? mh_model_score_new(m) : NULL;
		size_t a = 99, b = 99;

		if (sc != NULL) {
			(void)mh_model_text(m, lex, sc, "sad", 3);
			edge = mh_model_reaches(m, sc, &a, &b) == 1 && a == 0 &&
			    b == 3;
			(void)mh_model_text(m, lex, sc, "glad", 4);
			edge = edge && mh_model_reaches(m, sc, NULL, NULL) == 0;
		} else
			edge = 0;
		ok(edge, "a sum at the threshold reaches it; none below");
		ok(m != NULL && mh_model_crisis(m) == 0,
		    "no crisis line: the second opinion never asks for it");
		mh_model_score_free(sc);
		mh_model_free(m);
	}
	mh_lexicon_free(lex);
}

static void
test_bad(void)
{
	static const struct {
		const char *body, *want, *name;
	} c[] = {
	    {"threshold\t0.9\nw\t1\tsad\n", ":2: no bias or threshold",
	        "no bias"},
	    {"bias\t0\nw\t1\tsad\n", "no bias or threshold", "no threshold"},
	    {"bias\t0\nthreshold\t1.5\n", ":2: the threshold is not",
	        "a threshold above 1"},
	    {"bias\tx\nthreshold\t0.9\n", ":1: not a name, a tab and a number",
	        "a bias that is not a number"},
	    {"bias\tnan\nthreshold\t0.9\n", ":1: not a name",
	        "a bias that is not finite"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tsad\nw\t2\tsad\n",
	        ":4: a feature given twice", "a feature twice"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tthree words here\n",
	        ":3: a feature is one word", "three words"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tso  sad\n", ":3: a feature",
	        "two blanks"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\t\n", ":3: a feature",
	        "an empty feature"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\ta,b,c,d,e,f\n", ":3: a feature",
	        "one field of many words"},
	    {"bias\t0\nthreshold\t0.9\nw\t0.1234567\tsad\n", ":3: not a name",
	        "more than six decimals"},
	    {"bias\t0\nthreshold\t0.9\nw\t1e3\tsad\n", ":3: not a name",
	        "an exponent"},
	    {"bias\t999999999999999\nthreshold\t0.5\n", ":1: not a name",
	        "a number too large for millionths"},
	    {"bias\t0\nbias\t1\nthreshold\t0.5\n", ":2: a bias given twice",
	        "two biases"},
	    {"bias\t0\nthreshold\t0.5\nthreshold\t0.6\n",
	        ":3: a threshold given twice", "two thresholds"},
	    {"bias\t0\nthreshold\t0.5\ncrisis\t1\n",
	        ":3: the crisis threshold is not", "a crisis threshold of 1"},
	    {"bias\t0\nthreshold\t0.5\ncrisis\t0.9\ncrisis\t0.95\n",
	        ":4: a crisis threshold given twice", "two crisis thresholds"},
	    {"bias\t0\nthreshold\t0.6\ncrisis\t0.5\n",
	        "crisis threshold is below the threshold",
	        "a crisis threshold below the threshold"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tthree words here\t00000000000000ff\n",
	        ":3: a feature is one word", "three words beside a key"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\t\t00000000000000ff\n",
	        ":3: a feature is one word", "no words beside a key"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tsad\t00ff\n",
	        ":3: a key is 16 hex digits", "a short key"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tsad\t0000000000000000\n",
	        ":3: a key is 16 hex digits", "a key of 0"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\tsad\t00000000000000FF\n",
	        ":3: a key is 16 hex digits", "a key in capitals"},
	    {"bias\t0\nthreshold\t0.9\nw\t1\ta\t00000000000000ff\n"
	     "w\t2\tb\t00000000000000ff\n",
	        ":4: a feature given twice", "a key given twice"},
	    {"bias\t0\nthreshold\t0.9\nweight\t1\tsad\n",
	        ":3: not a bias, threshold, crisis, length, check or w",
	        "an unknown line"},
	    {"bias\t0\nthreshold\t0.5\nlength\t0\n",
	        ":3: the length is not between", "a length of 0"},
	    {"bias\t0\nthreshold\t0.5\nlength\t20000\n",
	        ":3: the length is not between", "a length too long"},
	    {"bias\t0\nthreshold\t0.5\nlength\t15\nlength\t15\n",
	        ":4: a length given twice", "two lengths"},
	    {"", "empty", "an empty file"},
	};
	char err[512];

	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		const char *p = write_model("bad.tsv", c[i].body);
		struct mh_model *m;

		err[0] = '\0';
		m = p ? mh_model_load(p, err, sizeof err) : NULL;
		if (!ok(m == NULL && strstr(err, c[i].want) != NULL, c[i].name))
			printf("#   got '%s'\n", err);
		mh_model_free(m);
	}
	{
		static const char small[] =
		    "bias\t0\nthreshold\t0.5\nw\t1\tsad";
		struct mh_model *m = mh_model_parse(small, sizeof small - 1,
		    "mem", err, sizeof err);

		ok(m != NULL && mh_model_threshold(m) == 0.5,
		    "a model parsed from memory, with no final newline");
		mh_model_free(m);
		ok(mh_model_parse("", 0, "mem", err, sizeof err) == NULL &&
		        strstr(err, "mem: empty") != NULL,
		    "an empty model in memory is named");
	}
	{
		/* more lines than the table takes: said so, not "empty" */
		size_t n = 200001 * 2;
		char *big = malloc(n);

		if (big != NULL) {
			for (size_t i = 0; i < n; i += 2) {
				big[i] = '#';
				big[i + 1] = '\n';
			}
			ok(mh_model_parse(big, n, "big", err, sizeof err) ==
			            NULL &&
			        strstr(err, "too many lines") != NULL,
			    "too many lines is named");
			free(big);
		}
	}
	err[0] = '\0';
	ok(mh_model_load("/nonexistent/screen-model.tsv", err, sizeof err) ==
	            NULL &&
	        strstr(err, "/nonexistent/screen-model.tsv: ") != NULL,
	    "a missing file is named");
}

/* The shipped model comes from the build's image, in place; the same
 * file changed by a byte is parsed; and both are the same model: their
 * images (bar the file's length and hash), weights and scores agree. */
static void
test_image(void)
{
	static const char *const texts[] = {
	    "honestly i just want to sleep forever",
	    "This deadline is killing me lol. I'm fine",
	    "i cant do this anymore. nobody would notice"};
	char err[512] = "", path[4096];
	struct mh_buf b = {0};
	struct mh_model *im, *pm;
	struct mh_model_score *sc;
	struct mh_lexicon *lex = mh_lexicon_new();
	const char *dir = getenv("MH_DATADIR");
	const double *w1, *w2;
	size_t n1, n2, s1, s2, differ = 0, k;
	uint64_t *i1, *i2;

	snprintf(path, sizeof path, "%s/screen-model.tsv", dir ? dir : "data");
	im = mh_model_load(path, err, sizeof err);
	if (!ok(im != NULL && mh_read_file(path, (size_t)8 << 20, &b) == 0,
	        "the shipped model"))
		return;
	is_int(mh_model_imaged(im), 1, "comes from the image the build made");
	/* a comment at the end: the same model, another file */
	mh_buf_adds(&b, "# one more line\n");
	pm = mh_model_parse(b.p, b.len, "changed", err, sizeof err);
	if (!ok(pm != NULL && !mh_model_imaged(pm),
	        "a file changed by a line is parsed, not imaged"))
		return;
	s1 = mh_model_save(im, NULL, 0, NULL, 0);
	s2 = mh_model_save(pm, NULL, 0, NULL, 0);
	i1 = calloc(s1 / 8, 8);
	i2 = calloc(s2 / 8, 8);
	ok(i1 != NULL && i2 != NULL && s1 == s2 &&
	        mh_model_save(im, NULL, 0, i1, s1) == s1 &&
	        mh_model_save(pm, NULL, 0, i2, s2) == s2 &&
	        memcmp(i1, i2, s1) == 0,
	    "the two images agree: keys, filter, bias, threshold, checks");
	w1 = mh_model_weights_of(im, &n1);
	w2 = mh_model_weights_of(pm, &n2);
	ok(n1 == n2 && memcmp(w1, w2, n1 * sizeof *w1) == 0,
	    "and every weight, bit for bit");
	for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
		struct mh_model_score *s2c = mh_model_score_new(pm);
		double a, c;

		sc = mh_model_score_new(im);
		a = mh_model_text(im, lex, sc, texts[k], strlen(texts[k]));
		c = mh_model_text(pm, lex, s2c, texts[k], strlen(texts[k]));
		if (a != c)
			differ++;
		mh_model_score_free(sc);
		mh_model_score_free(s2c);
	}
	is_int(differ, 0, "and they score texts alike");
	{
		/* the same length, one weight's last digit changed: parsed,
		 * and that weight is the file's, not the image's */
		char *q = strstr(b.p, "\nw\t");
		char *tab = q ? strchr(q + 3, '\t') : NULL;
		char was = tab != NULL ? tab[-1] : 0; /* put back below */
		struct mh_model *em;
		const double *w3;
		size_t n3, d = 0;

		b.len -= strlen("# one more line\n");
		b.p[b.len] = '\0';
		if (ok(tab != NULL && tab[-1] >= '0' && tab[-1] <= '9',
		        "a weight to change")) {
			tab[-1] = tab[-1] == '9' ? '8' : (char)(tab[-1] + 1);
			em = mh_model_parse(b.p, b.len, "edited", err,
			    sizeof err);
			ok(em != NULL && !mh_model_imaged(em),
			    "a file of the same length, one digit changed, "
			    "is parsed");
			w3 = em ? mh_model_weights_of(em, &n3) : NULL;
			for (k = 0; w3 != NULL && k < n3 && k < n1; k++)
				d += w3[k] != w1[k];
			is_int(d, 1, "with that one weight as the file has it");
			mh_model_free(em);
			/* the same from a file, which is compared with the
			 * image as it is read: a weight changed half way in,
			 * past the first chunk, the first one as it was */
			{
				char *q2 = strstr(b.p + b.len / 2, "\nw\t");
				char *tab2 = q2 ? strchr(q2 + 3, '\t') : NULL;
				const char *tmp = NULL;

				tab[-1] = was;
				if (tab2 != NULL && tab2[-1] >= '0' &&
				    tab2[-1] <= '9') {
					tab2[-1] = tab2[-1] == '9'
					    ? '8'
					    : (char)(tab2[-1] + 1);
					tmp = write_model("halfway.tsv", b.p);
				}
				em = tmp ? mh_model_load(tmp, err, sizeof err)
				         : NULL;
				ok(em != NULL && !mh_model_imaged(em),
				    "a file of the same length, one digit "
				    "changed half way in, is loaded parsed");
				w3 = em ? mh_model_weights_of(em, &n3) : NULL;
				for (d = 0, k = 0; w3 != NULL && k < n3 &&
				     k < n1; k++)
					d += w3[k] != w1[k];
				is_int(d, 1, "with that weight the file's");
				mh_model_free(em);
			}
		}
	}
	free(i1);
	free(i2);
	mh_model_free(im);
	mh_model_free(pm);
	mh_lexicon_free(lex);
	mh_buf_free(&b);
}

int
main(void)
{
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_counts_once();
	test_reaches();
	test_length();
	test_bad();
	test_image();
	tap_rmtree(tmpdir);
	return done();
}
