/* libFuzzer target for the second opinion's model file parser
 * (lib/model.c) and its scoring: a model that loads must score any text
 * to a probability between 0 and 1. */
#include <stdint.h>
#include <stdlib.h>

#include "lexicon.h"
#include "model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mh_lexicon *lex;
	char err[256];
	struct mh_model *m;
	struct mh_model_score *sc;
	double p;

	if (lex == NULL && (lex = mh_lexicon_new()) == NULL)
		abort();
	m = mh_model_parse((const char *)data, size, "fuzz", err, sizeof err);
	if (m == NULL)
		return 0;
	if ((sc = mh_model_score_new(m)) == NULL)
		abort();
	/* the model's own bytes as a text, and a fixed one */
	p = mh_model_text(m, lex, sc, (const char *)data, size);
	if (!(p >= 0 && p <= 1))
		abort();
	p = mh_model_text(m, lex, sc, "so sad. so sad", 14);
	if (!(p >= 0 && p <= 1))
		abort();
	mh_model_score_free(sc);
	mh_model_free(m);
	return 0;
}
