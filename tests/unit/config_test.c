/* Unit tests for lib/config.c and the checked parsers in lib/util.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "tap.h"
#include "util.h"

static struct mh_config *
parse(const char *s, char *err)
{
	return mh_config_parse(s, strlen(s), "cfg", err, 200);
}

int
main(void)
{
	char err[200];
	struct mh_config *c;
	long l;
	double d;

	unsetenv("MH_COUNTRY");
	unsetenv("MH_API_KEY_FILE");
	c = parse("# comment\n\ncountry = GB\r\n  provider=ollama  \n"
	    "api_key_file = \"/x y/key\"\ncountry = IE\n", err);
	ok(c != NULL, "a valid file parses");
	is_str(mh_config_get(c, "country"), "IE", "a later line wins");
	is_str(mh_config_get(c, "provider"), "ollama", "blanks are trimmed");
	is_str(mh_config_get(c, "api_key_file"), "/x y/key", "quotes removed");
	ok(mh_config_get(c, "model") == NULL, "unset key is NULL");
	setenv("MH_COUNTRY", "NZ", 1);
	is_str(mh_config_get(c, "country"), "NZ", "MH_COUNTRY overrides");
	setenv("MH_API_KEY_FILE", "/env", 1);
	is_str(mh_config_get(c, "api_key_file"), "/env",
	    "MH_API_KEY_FILE overrides");
	mh_config_free(c);
	ok(parse("this is not config\n", err) == NULL &&
	    strstr(err, "cfg:1:") != NULL, "a bad line is named");
	ok(parse("a = 1\nb = \"open\n", err) == NULL &&
	    strstr(err, "cfg:2:") != NULL, "an unterminated quote is named");
	ok(parse("Key = 1\n", err) == NULL, "upper-case keys are refused");
	ok(parse("a = \xff\n", err) == NULL, "invalid UTF-8 is refused");
	/* "~/" is the home directory, as a shell reads it */
	unsetenv("MH_VAULT");
	setenv("HOME", "/home/marisol", 1);
	c = parse("vault = ~/.local/state/mh/vault\nnote = a~/b\n", err);
	is_str(c ? mh_config_get(c, "vault") : NULL,
	    "/home/marisol/.local/state/mh/vault", "~/ is $HOME");
	is_str(c ? mh_config_get(c, "note") : NULL, "a~/b",
	    "  only at the start");
	mh_config_free(c);
	unsetenv("HOME");
	ok(parse("vault = ~/v\n", err) == NULL && strstr(err, "$HOME") != NULL,
	    "~/ with no $HOME is refused, not taken as a directory \"~\"");

	setenv("MH_CONFIG", "/nonexistent/mh/config", 1);
	ok(mh_config_load(NULL, err, sizeof(err)) == NULL &&
	    strstr(err, "/nonexistent/mh/config") != NULL,
	    "a missing MH_CONFIG file is an error naming it");
	unsetenv("MH_CONFIG");
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	c = mh_config_load(NULL, err, sizeof(err));
	ok(c != NULL, "a missing default file is an empty configuration");
	mh_config_free(c);

	ok(mh_parse_long("42", 0, 100, &l) == 0 && l == 42, "parse_long");
	ok(mh_parse_long("42x", 0, 100, &l) == -1 && errno == EINVAL,
	    "parse_long refuses junk");
	ok(mh_parse_long("101", 0, 100, &l) == -1 && errno == ERANGE,
	    "parse_long refuses out of range");
	ok(mh_parse_long("", 0, 100, &l) == -1, "parse_long refuses empty");
	ok(mh_parse_long("99999999999999999999", 0, 100, &l) == -1,
	    "parse_long refuses overflow");
	ok(mh_parse_double("7.5", 0, 10, &d) == 0 && d == 7.5, "parse_double");
	ok(mh_parse_double("nan", 0, 10, &d) == -1, "parse_double refuses nan");
	ok(mh_utf8_valid("\xf4\x8f\xbf\xbf", 4), "U+10FFFF is valid");
	ok(!mh_utf8_valid("\xf4\x90\x80\x80", 4), "above U+10FFFF is not");
	{
		/* the ASCII fast paths read 16, 8 and the last 8 bytes at
		 * once: a bad byte anywhere in ASCII must still be found */
		char t[40];
		int all = 1;

		for (size_t n = 1; n <= sizeof(t); n++)
			for (size_t bad = 0; bad < n; bad++) {
				memset(t, 'a', n);
				t[bad] = (char)0xff;
				all &= mh_utf8_valid_prefix(t, n) == bad;
				t[bad] = 'b';
				all &= mh_utf8_valid_prefix(t, n) == n;
			}
		ok(all, "a bad byte is found at every place in ASCII");
	}
	{
		/* mh_utf8_text() reads 16 bytes a step and the last 16 again:
		 * a NUL, a character or a bad sequence at every place, whole
		 * or cut by the end, says what a NUL search and
		 * mh_utf8_valid() say */
		static const char *const seqs[] = {"\0", "\xc3\xa9",
		    "\xe2\x80\x99", "\xf0\x9f\x98\x80", "\xff",
		    "\xc0\xaf", "\xed\xa0\x80", "\xe2\x80", "\x80"};
		static const size_t lens[] = {1, 2, 3, 4, 1, 2, 3, 2, 1};
		char t[40];
		int all = 1;

		for (size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++)
			for (size_t n = 1; n <= sizeof(t); n++)
				for (size_t at = 0; at < n; at++) {
					size_t m = n - at < lens[k] ? n - at
					                            : lens[k];

					memset(t, 'a', sizeof(t));
					memcpy(t + at, seqs[k], m);
					all &= !mh_utf8_text(t, n) ==
					    !(memchr(t, '\0', n) == NULL &&
					        mh_utf8_valid(t, n));
				}
		ok(all, "mh_utf8_text() agrees with a NUL search and "
		        "mh_utf8_valid() everywhere");
	}
	setenv("XDG_DATA_HOME", "relative/path", 1);
	setenv("HOME", "/home/test", 1);
	{
		char *p = mh_xdg_path("DATA", "journal.jsonl");

		is_str(p, "/home/test/.local/share/mh/journal.jsonl",
		    "a relative XDG value is ignored");
		free(p);
	}
	return done();
}
