/* config: the key = value configuration file, $XDG_CONFIG_HOME/mh/config
 * (or $MH_CONFIG), overridden by MH_* environment variables; options
 * override both in each command.  See mh(7), CONFIGURATION.
 *
 * Syntax: one "key = value" per line; '#' starts a comment line; keys are
 * lower-case letters, digits, '_' and '.'; the value runs to the end of
 * the line with surrounding blanks removed and may be double-quoted. */
#ifndef MH_CONFIG_H
#define MH_CONFIG_H

#include <stddef.h>

struct mh_config;

/* Load path, or the default file when path is NULL (a missing default
 * file is an empty configuration; a missing named one is an error).
 * Returns a configuration the caller frees, or NULL with a message in err
 * naming the file and line. */
struct mh_config *mh_config_load(const char *path, char *err, size_t errsize);
/* Parse configuration text (name is used in messages).  As above. */
struct mh_config *mh_config_parse(const char *text, size_t len,
    const char *name, char *err, size_t errsize);
void mh_config_free(struct mh_config *cfg);

/* The value of key: the environment variable MH_<KEY> (upper-cased, '.'
 * and '-' become '_') when set, else the file's value, else NULL.  The
 * string is owned by cfg or the environment. */
const char *mh_config_get(const struct mh_config *cfg, const char *key);

#endif
