/* lexicon: fast phrase matching over normalised word tokens.
 *
 * Text is cut into sentences and words once.  A word is normalised
 * (ASCII lower case, apostrophes dropped so "don't" == "dont", runs of
 * three or more equal letters cut to two so "sleeeeep" == "sleep") and
 * hashed; a lexicon is a trie over word hashes, so matching costs one
 * hash lookup per token and phrase word, whatever the size of the
 * lexicon.  No regular expressions. */
#ifndef MH_LEXICON_H
#define MH_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Token flags. */
enum {
	MH_TOK_CLAUSE = 1, /* a clause break (, : ; dash bracket) precedes */
	MH_TOK_QUOTE = 2,  /* a quotation mark precedes */
	MH_TOK_MANY = 4,   /* a whole number of 10 or more, in digits */
};

struct mh_token {
	size_t start; /* byte offset in the text */
	uint32_t len; /* bytes */
	uint32_t flags;
	uint64_t hash; /* of the normalised word */
};

/* The most tokens one sentence yields; a longer run is cut into pieces,
 * at a clause break (a comma, a dash) within the last 64 tokens where
 * there is one. */
#define MH_LEXICON_MAX_SENTENCE 256

/* Read the next sentence of s (n bytes) starting at *pos into tok (room
 * for MH_LEXICON_MAX_SENTENCE tokens), advancing *pos.  Sentences end at
 * . ! ? newlines and ellipses.  Returns the number of tokens (0 only at
 * the end of the text).  Invalid UTF-8 is treated as separators; never
 * fails. */
size_t mh_lexicon_sentence(const char *s, size_t n, size_t *pos,
    struct mh_token *tok);

/* The hash of one word as a token of it would carry (normalised as
 * above); "#" has a hash of its own that no token carries. */
uint64_t mh_lexicon_hash(const char *word, size_t len);

struct mh_lexicon;

/* An empty lexicon; NULL on ENOMEM.  Free with mh_lexicon_free. */
struct mh_lexicon *mh_lexicon_new(void);
void mh_lexicon_free(struct mh_lexicon *lex);

/* Add a phrase: words separated by spaces (hyphens also separate), where
 * the word "*" matches any one token and "#" a whole number of 10 or more
 * written in digits.  A phrase may not start with "#".  id (>= 0) is returned on a match;
 * adding a phrase twice keeps the first id.  Returns the id the phrase
 * now has (the first one given for it), or -1 (ENOMEM, or EINVAL for an
 * empty phrase or one over 16 words). */
int mh_lexicon_add(struct mh_lexicon *lex, const char *phrase, int id);

/* Write an image of lex into buf (size bytes): a copy of the lexicon,
 * for this build only, that mh_lexicon_load turns back into one without
 * adding each phrase again (mh-screen's phrases are imaged at build
 * time).  Returns the size an image needs; it is written only when size
 * is at least that. */
size_t mh_lexicon_save(const struct mh_lexicon *lex, void *buf, size_t size);

/* A lexicon read from an image at img (size bytes, eight-byte aligned),
 * which it uses in place: the image must outlive it and is never
 * written (a phrase added later makes the lexicon copy what it needs).
 * Its phrase ids must be at most maxid.  Stores the bytes the image took
 * in *used (may be NULL).  NULL with errno EINVAL for an image this
 * build did not write (by its head) or one that does not hold together
 * (an edge or a child out of range, an id above maxid, an edge count
 * that is not the edges', an alias table with no end), or ENOMEM. */
struct mh_lexicon *mh_lexicon_load(const void *img, size_t size, int maxid,
    size_t *used);

/* The most words mh_lexicon_skip takes. */
#define MH_LEXICON_MAX_SKIP 24

/* Let phrases pass over the word (a filler such as "just") between two of
 * their own words, at most two such words a phrase, where the phrase does
 * not itself go on with it: with "just", "want to die" also matches "want
 * to just die".  The match then covers the skipped words.  Returns 0, or
 * -1 (EINVAL) with MH_LEXICON_MAX_SKIP words already or an empty one. */
int mh_lexicon_skip(struct mh_lexicon *lex, const char *word);

/* Is word[0..len) exactly one word to the tokeniser?  Then store its
 * hash (what mh_lexicon_hash gives) and return 1; else 0. */
int mh_lexicon_word(const char *word, size_t len, uint64_t *hash);

/* The most aliases mh_lexicon_alias takes. */
#define MH_LEXICON_MAX_ALIAS 64

/* Read the word from as the word to ("u" as "you", "tmrw" as
 * "tomorrow"), in phrases added after this call and in tokens passed
 * through mh_lexicon_canon.  One word for one word only.  Returns 0, or
 * -1 (EINVAL) with MH_LEXICON_MAX_ALIAS aliases already, an empty or
 * many-word from or to, or a from already given. */
int mh_lexicon_alias(struct mh_lexicon *lex, const char *from, const char *to);

/* Give each of the nt tokens the hash of the word lex reads it as.  Call
 * it on a sentence before matching; lexicons that share tokens must
 * share aliases. */
void mh_lexicon_canon(const struct mh_lexicon *lex, struct mh_token *tok,
    size_t nt);

/* mh_lexicon_sentence and then mh_lexicon_canon with lex, in one pass
 * over the text. */
size_t mh_lexicon_read(const struct mh_lexicon *lex, const char *s, size_t n,
    size_t *pos, struct mh_token *tok);

/* The longest phrase starting at one token. */
struct mh_match {
	uint16_t start; /* token index */
	uint16_t len;   /* in tokens, at least 1 */
	int id;
};

/* Find at every token of tok[0..n) (n at most MH_LEXICON_MAX_SENTENCE)
 * the longest phrase of lex that starts there, as mh_lexicon_longest
 * would, in one pass over the tokens; store the tokens where one does in
 * m (room for n), in order, and return how many.  Never fails. */
size_t mh_lexicon_matches(const struct mh_lexicon *lex,
    const struct mh_token *tok, size_t n, struct mh_match *m);

/* Find the longest phrase that starts at token i of tok[0..n).  Returns
 * its length in tokens and stores its id, or 0 when none starts there. */
size_t mh_lexicon_longest(const struct mh_lexicon *lex,
    const struct mh_token *tok, size_t n, size_t i, int *id);

#endif
