/* names: the word table the redactor consults for every word it meets.
 *
 * One lookup gives all that is known about a word: whether it is a first
 * name or a surname (SSA and Census lists), an ordinary word (Philter's
 * safe-word list), a name that is also an everyday word and so needs
 * context (Hope, Will, Mark), or a cue word (titles, relations, months,
 * street and facility words, identifier cues).  The shipped table
 * (data/names/names.idx, built by scripts/gen-names) is mapped as is, so
 * loading costs one mmap; the user's names and keep-words are added on
 * top.  Words are matched case-insensitively (ASCII case folding; the
 * user's words are also added with their other letters all in upper and
 * all in lower case). */
#ifndef MH_NAMES_H
#define MH_NAMES_H

#include <stddef.h>

/* Flag bits; the values are fixed by the file format (scripts/gen-names). */
enum {
	MH_NAMES_FIRST = 1 << 0,     /* a first name */
	MH_NAMES_LAST = 1 << 1,      /* a surname */
	MH_NAMES_COMMON = 1 << 2,    /* an ordinary word */
	MH_NAMES_AMBIG = 1 << 3,     /* a name that is also an everyday word */
	MH_NAMES_TITLE = 1 << 4,     /* Dr, Mrs, Reverend */
	MH_NAMES_REL = 1 << 5,       /* wife, friend, therapist */
	MH_NAMES_MONTH = 1 << 6,     /* January, Feb */
	MH_NAMES_WEEKDAY = 1 << 7,   /* Monday */
	MH_NAMES_FACILITY = 1 << 8,  /* Hospital, Clinic */
	MH_NAMES_STREET = 1 << 9,    /* Street, Ave */
	MH_NAMES_NAMECUE = 1 << 10,  /* named, called, hi */
	MH_NAMES_IDCUE = 1 << 11,    /* MRN, ID, account */
	MH_NAMES_SAID = 1 << 12,     /* said, told */
	MH_NAMES_PLACECUE = 1 << 13, /* in, at, from */
	MH_NAMES_ORG = 1 << 14,      /* Inc, LLC, Bank */
	MH_NAMES_EPONYM = 1 << 15,   /* disease, reflex: "Parkinson's ..." */
	MH_NAMES_USER = 1 << 16,     /* in the user's names file */
	MH_NAMES_KEEP = 1 << 17,     /* in the user's keep-words file */
	MH_NAMES_STATE = 1 << 18,    /* a US state or its code */
	MH_NAMES_CITY = 1 << 19,     /* a town that is also a word or name */
	MH_NAMES_CITYPART = 1 << 20, /* a word of a town's name: New, York */
	MH_NAMES_STOP = 1 << 21,     /* the, my, when: opens no name */
	/* a first name and surname that is also a lower-case word of
	 * SCOWL's list ("castle"): set on those alone */
	MH_NAMES_WORD = 1 << 22,
	/* an ordinary word of Philter's list that SCOWL writes only
	 * capitalised and that may name a town ("hyderabad", "brno"): set
	 * on words with no cue flag alone, so the cue table never gives it */
	MH_NAMES_PROPER = 1 << 23,
};

struct mh_names;

/* Map the table file at path (data/names/names.idx) after checking its
 * header and size.  Returns a table the caller frees with mh_names_free,
 * or NULL with a message in err (cannot open, not a names table). */
struct mh_names *mh_names_open(const char *path, char *err, size_t errsize);
/* Make a table from a copy of len bytes of table data (for tests and the
 * fuzzer).  Returns NULL with a message in err when it is malformed. */
struct mh_names *mh_names_from_buffer(const void *data, size_t len, char *err,
    size_t errsize);
void mh_names_free(struct mh_names *nm);

/* Add flags to the word w of len bytes (case-folded).  A word with
 * MH_NAMES_USER never keeps MH_NAMES_KEEP, whichever came first: a word
 * in both the names and the keep file is a name, the side that fails
 * closed.  Returns 0 or -1 (ENOMEM, or EINVAL for an empty or overlong
 * word). */
int mh_names_add(struct mh_names *nm, const char *w, size_t len,
    unsigned flags);
/* A count that changes whenever mh_names_add() changes the answers of
 * nm's lookups: a caller that keeps answers (the scanner does) drops
 * them when it differs from the count they were kept under.  Never
 * fails. */
unsigned long mh_names_generation(const struct mh_names *nm);
/* Where that count is kept, for as long as nm is open: a caller that
 * asks for it before every text reads it there, without a call. */
const unsigned long *mh_names_generation_at(const struct mh_names *nm);
/* Load a file of words, one entry per line ('#' starts a comment), and
 * add flags to every word of every entry ("Anna Smith-Jones" adds Anna,
 * Smith, Jones and Smith-Jones), also with its Latin, Greek and Cyrillic letters in
 * upper and in lower case ("Zoë" adds ZOË too).  Returns 0, or -1 with a
 * message in err. */
int mh_names_load_list(struct mh_names *nm, const char *path, unsigned flags,
    char *err, size_t errsize);
/* mh_names_load_list() in two steps, for a file read once for more than
 * its words (the keep file: phrases.h): read the file at path into b
 * (zero-initialised; the caller frees it) and check it is UTF-8, or
 * return -1 with a message in err; then add the words of its len bytes
 * of text, name saying whose in messages. */
struct mh_buf;
int mh_names_read_list(const char *path, struct mh_buf *b, char *err,
    size_t errsize);
int mh_names_add_list(struct mh_names *nm, const char *text, size_t len,
    const char *name, unsigned flags, char *err, size_t errsize);
/* Does a word of the len bytes of text, read as a list's line is (runs
 * of letters, digits, bytes from 0x80 and '\'', without quotes around
 * them), carry flag ("Tobin Ashgrove" and a names file with Tobin)? */
int mh_names_holds(const struct mh_names *nm, const char *text, size_t len,
    unsigned flag);

/* The flags of the word w (len bytes), 0 when unknown.  Words longer than
 * 63 bytes are unknown. */
unsigned mh_names_lookup(const struct mh_names *nm, const char *w, size_t len);
/* The same, but looking only at the small table of cue words (every flag
 * except FIRST, LAST and COMMON, plus the user's words): a word missing
 * there has at most those three flags.  Much cheaper: the cue table stays
 * in the cache. */
unsigned mh_names_lookup_cue(const struct mh_names *nm, const char *w,
    size_t len);
/* Is the word w (len bytes) a lone word of the table: one of four
 * letters or more that Philter's list of ordinary words holds and
 * nothing else does, which SCOWL's list lacks in any case ("saugus",
 * "akureyri", "lexapro", "akathisia")?  Most such words are medicines,
 * words of science and misspellings, and the towns SCOWL does not
 * know are among them; none of SCOWL's words, nor a name it
 * capitalises ("Pfizer", "Hebrew"), nor one ending as a people's, a
 * faith's or a condition's word does ("faroese", "ketosis"), is one.
 * The flags have no bit for it (mh_names_lookup() gives COMMON), and
 * adding a word makes none.  0 when not, or unknown. */
int mh_names_lone(const struct mh_names *nm, const char *w, size_t len);

#endif
