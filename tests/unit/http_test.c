/* Unit tests for lib/http: which URLs may be used at all. */
#include <curl/curl.h>

#include "http.h"
#include "tap.h"

static void
url(const char *u, int want)
{
	char err[256];

	is_int(mh_http_check_url(u, err, sizeof(err)), want, u);
}

int
main(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
	url("https://api.openai.com/v1/chat/completions", 0);
	url("https://example.invalid:8443/x", 0);
	url("http://127.0.0.1:11434/api/chat", 0);
	url("http://127.8.9.10/v1", 0);
	url("http://localhost:8080/v1", 0);
	url("http://LOCALHOST/v1", 0);
	url("http://[::1]:8080/v1", 0);
	url("http://192.168.1.20:11434/api/chat", -1);
	url("http://api.openai.com/v1", -1);
	url("http://127.0.0.1.nip.io/v1", -1);
	url("http://localhost.example.com/v1", -1);
	url("http://evil.example@127.0.0.1/v1", 0);
	url("http://127.0.0.1@evil.example/v1", -1);
	url("ftp://127.0.0.1/x", -1);
	url("file:///etc/passwd", -1);
	url("not a url", -1);
	url("", -1);
	curl_global_cleanup();
	return done();
}
