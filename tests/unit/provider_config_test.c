/* Unit tests for lib/provider_config: the default, precedence, keys and
 * their wiping, OLLAMA_HOST. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "provider_config.h"
#include "tap.h"

static struct mh_config *
cfg(const char *text)
{
	char err[256];

	return mh_config_parse(text, strlen(text), "test", err, sizeof(err));
}

int
main(void)
{
	struct mh_provider_args a = {0};
	struct mh_provider_choice c;
	struct mh_config *cf = cfg("");
	char err[256], path[] = "/tmp/mh-key-test.XXXXXX";
	int fd;

	unsetenv("MH_PROVIDER");
	unsetenv("MH_BASE_URL");
	unsetenv("MH_MODEL");
	unsetenv("OLLAMA_HOST");
	setenv("OPENAI_API_KEY", "sk-env-only", 1);
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == 0 &&
	    c.provider == NULL,
	    "offline by default, even with a key in the environment");
	mh_provider_config_free(&c);

	a.provider = "openai";
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == 0, "openai");
	is_str(c.url, "https://api.openai.com/v1/chat/completions",
	    "  default URL");
	is_str(c.model, "gpt-4o-mini", "  default model");
	is_str(c.key.p, "sk-env-only", "  key from OPENAI_API_KEY");
	ok(getenv("OPENAI_API_KEY") == NULL, "  variable wiped");
	is_int(c.completion_tokens_field, 1,
	    "  max_completion_tokens for OpenAI proper");
	mh_provider_config_free(&c);
	ok(c.key.p == NULL, "free wipes the key");

	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == -1,
	    "hosted without a key refused");
	ok(strstr(err, "OPENAI_API_KEY") != NULL, "  says where to put one");

	setenv("MH_API_KEY", "sk-mh", 1);
	setenv("OPENAI_API_KEY", "sk-openai", 1);
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == 0,
	    "MH_API_KEY");
	is_str(c.key.p, "sk-mh", "  comes first");
	ok(getenv("OPENAI_API_KEY") == NULL && getenv("MH_API_KEY") == NULL,
	    "  both variables wiped");
	mh_provider_config_free(&c);

	/* Options over MH_* over the file. */
	mh_config_free(cf);
	cf = cfg("provider = anthropic\nmodel = file-model\n"
		 "base_url = http://127.0.0.1:1\n");
	a.provider = NULL;
	setenv("MH_MODEL", "env-model", 1);
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == 0,
	    "provider from the file, no key needed on loopback");
	ok(c.provider == &mh_provider_anthropic, "  anthropic");
	is_str(c.model, "env-model", "  MH_MODEL over the file");
	is_str(c.url, "http://127.0.0.1:1/v1/messages", "  URL");
	mh_provider_config_free(&c);
	a.model = "opt-model";
	mh_provider_config(cf, &a, &c, err, sizeof(err));
	is_str(c.model, "opt-model", "  option over MH_MODEL");
	mh_provider_config_free(&c);
	a.model = NULL;
	unsetenv("MH_MODEL");

	a.provider = "ollama";
	a.base_url = NULL;
	mh_config_free(cf);
	cf = cfg("");
	setenv("OLLAMA_HOST", "0.0.0.0", 1);
	mh_provider_config(cf, &a, &c, err, sizeof(err));
	is_str(c.url, "http://127.0.0.1:11434/api/chat",
	    "OLLAMA_HOST 0.0.0.0 means this machine");
	mh_provider_config_free(&c);
	setenv("OLLAMA_HOST", "localhost:9999", 1);
	mh_provider_config(cf, &a, &c, err, sizeof(err));
	is_str(c.url, "http://localhost:9999/api/chat", "OLLAMA_HOST host:port");
	mh_provider_config_free(&c);
	setenv("OLLAMA_HOST", "gpu-box.example", 1);
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == -1,
	    "OLLAMA_HOST elsewhere over plain http refused");
	setenv("OLLAMA_HOST", "https://gpu-box.example", 1);
	mh_provider_config(cf, &a, &c, err, sizeof(err));
	is_str(c.url, "https://gpu-box.example:11434/api/chat",
	    "OLLAMA_HOST https URL");
	mh_provider_config_free(&c);
	unsetenv("OLLAMA_HOST");

	a.provider = "nosuch";
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == -1,
	    "unknown provider");

	/* Key files: private and one line. */
	a.provider = "openai";
	if ((fd = mkstemp(path)) < 0)
		return 1;
	if (write(fd, "sk-from-file\n", 13) != 13)
		return 1;
	close(fd);
	chmod(path, 0600);
	a.key_file = path;
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == 0 &&
	    strcmp(c.key.p, "sk-from-file") == 0,
	    "key file, newline dropped");
	mh_provider_config_free(&c);
	chmod(path, 0640);
	ok(mh_provider_config(cf, &a, &c, err, sizeof(err)) == -1,
	    "key file readable by the group refused");
	ok(strstr(err, "sk-from-file") == NULL, "  the key is not quoted");
	unlink(path);
	mh_config_free(cf);
	return done();
}
