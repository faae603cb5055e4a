/* model: mh-screen's second opinion, a logistic regression over the words
 * and word pairs of a message (data/screen-model.tsv, made by
 * scripts/train-screen-model).  It reads the tokens lib/lexicon.c makes
 * with the aliases read (mh_lexicon_read); a word or pair said twice
 * counts once, and the sum of a text longer than the file's "length"
 * (in words) is scaled by sqrt(length / words). */
#ifndef MH_MODEL_H
#define MH_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

struct mh_model;

/* Load a model file.  NULL with a message in err (the file and line) when
 * it cannot be read or is malformed: an unknown line, a weight that is not
 * a finite number, a feature of other than one or two words or given
 * twice, no bias or threshold. */
struct mh_model *mh_model_load(const char *path, char *err, size_t errsize);
/* The same from n bytes at s (name for the messages). */
struct mh_model *mh_model_parse(const char *s, size_t n, const char *name,
    char *err, size_t errsize);
void mh_model_free(struct mh_model *m);

/* The model image the build links (lib/image.h): a model file that is
 * byte for byte the one the build parsed is read from it, in place, and
 * not parsed.  mh_model_save writes an image of m, parsed from the
 * file_len bytes at file, into img (size bytes); it returns the size
 * needed, and writes only when size is at least that.  The weights are
 * not in it: mh_model_weights_of gives them (n of them), for an array of
 * their own.  mh_model_imaged tells whether m came from the linked
 * image. */
size_t mh_model_save(const struct mh_model *m, const char *file,
    size_t file_len, uint64_t *img, size_t size);
const double *mh_model_weights_of(const struct mh_model *m, size_t *n);
int mh_model_imaged(const struct mh_model *m);

/* The probability at or above which a message counts as crisis-like. */
double mh_model_threshold(const struct mh_model *m);
/* The probability at or above which the second opinion alone asks for
 * the crisis response (the model file's optional "crisis" line, at or
 * above the threshold); 0 when the file has none. */
double mh_model_crisis(const struct mh_model *m);

/* The checks the trainer wrote: its own probability for the text k (k
 * from 0); NULL past the last.  For the test of C against Python. */
const char *mh_model_check(const struct mh_model *m, size_t k, double *p);

/* The state of one text being scored with model m: its sum, and the
 * features counted so far (each counts once).  Made once and used for
 * text after text. */
struct mh_model_score;
struct mh_model_score *mh_model_score_new(const struct mh_model *m);
void mh_model_score_free(struct mh_model_score *sc);

/* Start a text. */
void mh_model_begin(struct mh_model_score *sc);
/* Count the features of one sentence (tokens as mh_lexicon_read makes
 * them). */
void mh_model_sentence(const struct mh_model *m, const struct mh_token *t,
    size_t nt, struct mh_model_score *sc);
/* The probability of the text so far, and the words that weighed most
 * for it (byte offsets; both 0 when nothing was counted). */
double mh_model_prob(const struct mh_model *m, const struct mh_model_score *sc,
    size_t *start, size_t *end);

/* Whether the probability of the text so far is at or above the
 * threshold (as mh_model_prob(...) >= mh_model_threshold(m), mostly
 * without computing it), with the words as mh_model_prob gives them. */
int mh_model_reaches(const struct mh_model *m, const struct mh_model_score *sc,
    size_t *start, size_t *end);

/* The probability of a whole text, cut and canonicalised as mh-screen
 * does with lex (whose aliases it uses), scored in sc. */
double mh_model_text(const struct mh_model *m, const struct mh_lexicon *lex,
    struct mh_model_score *sc, const char *text, size_t len);

#endif
