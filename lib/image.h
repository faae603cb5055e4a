/* image: what mh-screen would build at every start, built once at
 * build time.
 *
 * Adding some 2,700 phrases to three lexicons was half of mh-screen's
 * start-up, and parsing the second opinion's 4,000 lines most of the
 * rest.  The build runs gen/image, which builds the lexicons the way
 * mh_screen_new would and parses data/screen-model.tsv the way
 * mh_model_load would, and writes both out as C arrays that the tools
 * then use in place.  Neither can go stale unseen: a lexicon image whose
 * fingerprint does not match the phrase tables and the lexicon code is
 * not used (the lexicons are built as before), and the model image is
 * used only for a model file that is byte for byte the one the build
 * parsed, and only when each key sits where this code's table would put
 * it (else the file is parsed).  Both are checked whole before use. */
#ifndef MH_IMAGE_H
#define MH_IMAGE_H

#include <stddef.h>
#include <stdint.h>

/* The image linked into the tools (build/gen/image.c), in eight-byte
 * words, and its size in bytes; gen/image itself links an empty one
 * (size 0). */
extern const uint64_t mh_screen_image[];
extern const size_t mh_screen_image_size;

/* The image of data/screen-model.tsv as the build parsed it (see
 * mh_model_save), its size in bytes, and its weights; empty (size 0) in
 * gen/image. */
extern const uint64_t mh_model_image[];
extern const size_t mh_model_image_size;
extern const double mh_model_weights[];
extern const size_t mh_model_weights_count;

/* A new image of the built-in lexicons, in eight-byte words (free it),
 * and its size in bytes; NULL on ENOMEM or a bad built-in phrase. */
uint64_t *mh_screen_image_new(size_t *size);

/* Would mh_screen_new use the image img (size bytes): written by this
 * build from these phrase tables?  1 or 0; -1 on ENOMEM. */
int mh_screen_image_valid(const uint64_t *img, size_t size);

/* mh_screen_new with the lexicon image img (size bytes) in place of the
 * linked one: one it would not use makes it build the lexicons. */
struct mh_screen_opts;
struct mh_screener *mh_screen_new_image(const struct mh_screen_opts *o,
    const uint64_t *img, size_t size, char *err, size_t errsize);

/* What the lexicons are built from, and its fingerprint, which a
 * lexicon image carries: any change to a table, or to how lib/lexicon.c
 * lays a lexicon out, changes it.  mh_screen_tables gives the built-in
 * tables.  The fingerprint is never 0, but on ENOMEM. */
struct mh_cue;
struct mh_marker;
struct mh_screen_tables {
	const struct mh_cue *cues;
	size_t ncues;
	const struct mh_marker *markers;
	size_t nmarkers;
	const struct mh_marker *amount;
	size_t namount;
	const char *const (*aliases)[2];
	size_t naliases;
	const char *const *fillers;
	size_t nfillers;
};
void mh_screen_tables(struct mh_screen_tables *t);
uint64_t mh_screen_fingerprint(const struct mh_screen_tables *t);

#endif
