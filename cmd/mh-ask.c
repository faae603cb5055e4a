/* mh-ask: ask a language model (or the offline helper) for skills
 * support inside the safety envelope: redact, screen, never send a
 * crisis, check the reply before it is shown.  See mh-ask(1). */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "ask.h"
#include "ask_guards.h"
#include "cli.h"
#include "provider_config.h"

#define TOOL "mh-ask"

static const struct mh_cli cli = {
    TOOL,
    "[-hjnpVw] [-b url] [-c country] [-f field] [-k file] [-m model] "
    "[-P provider] [-s name] [-S file] [--mode mode] [--no-redact] "
    "[--vault file] [message ...]",
    "Ask a language model, or the offline helper, for self-help skills\n"
    "support.  Each record is redacted and screened first; a crisis is\n"
    "never sent to a model; every reply is checked before it is shown.\n"
    "Not a therapist.\n"
    "\n"
    "  -P, --provider NAME  offline (default), openai, anthropic, ollama\n"
    "  -b, --base-url URL   the provider's base URL\n"
    "  -m, --model NAME     the model\n"
    "  -k, --key-file FILE  read the API key from FILE (owner-only)\n"
    "  -s, --session NAME   keep a local, redacted history NAME\n"
    "  -S, --system-file F  use F as the system prompt\n"
    "      --mode MODE      coach (default), review or learn\n"
    "  -c, --country CC     crisis lines for country CC\n"
    "      --vault FILE     redaction vault; placeholders in the reply\n"
    "                       are restored from it\n"
    "      --no-redact      send text as it is (it is yours to check)\n"
    "  -n, --dry-run        print the request instead of sending it\n"
    "  -j, --json           write records even on a terminal\n"
    "  -p, --plain          write plain text even into a pipe\n"
    "      --max-tokens N   cap on the reply's length, 1 to 1000000\n"
    "                       (default 1024)\n"
    "      --connect-timeout S, --stall-timeout S, --retries N\n" MH_CLI_COMMON_HELP
    "\n"
    "Configuration keys: provider, base_url, model, key_file, country,\n"
    "vault, redact_names, redact_keep, connect_timeout, stall_timeout,\n"
    "retries, max_tokens.\n",
};

enum {
	OPT_MODE = 256,
	OPT_NO_REDACT,
	OPT_VAULT,
	OPT_MAX_TOKENS,
	OPT_CONNECT,
	OPT_STALL,
	OPT_RETRIES
};

static volatile sig_atomic_t interrupted;

static void
on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

static int
process(struct mh_record *rec, void *ctx)
{
	/* After Ctrl-C, no more requests (the one in flight was stopped and
	 * its record written with the error). */
	if (interrupted)
		return MH_FILTER_FATAL;
	return mh_ask_record(ctx, rec);
}

/* Plain-text mode (each record's reply as it streams, errors on stderr)
 * and messages given as arguments (one record, written as JSON in a
 * pipe). */
static int
run_direct(struct mh_ask *a, const struct mh_reader_opts *ro, char **msg,
    int nmsg, int live)
{
	struct mh_buf text = {0};
	struct mh_reader *r = NULL;
	struct mh_record *rec = NULL;
	int i, rc, status = MH_EXIT_OK;
	const char *code, *m, *name = nmsg ? "<arguments>" : "<stdin>";

	for (i = 0; i < nmsg; i++)
		if ((i && mh_buf_addc(&text, ' ') < 0) ||
		    mh_buf_adds(&text, msg[i]) < 0)
			return MH_EXIT_IO;
	if (nmsg == 0 && (r = mh_reader_new(STDIN_FILENO, ro)) == NULL)
		return MH_EXIT_IO;
	for (;;) {
		if (nmsg) {
			if (text.p == NULL)
				break;
			rec = mh_record_parse(text.p, text.len, 1,
			    &(struct mh_reader_opts){.whole = 1,
			        .text_field = ro->text_field});
			mh_buf_free(&text);
			if (rec == NULL)
				return MH_EXIT_IO;
		} else if ((rc = mh_reader_next(r, &rec)) != 1) {
			if (rc < 0)
				status = MH_EXIT_IO;
			break;
		}
		if ((code = mh_record_bad(rec, &m)) != NULL) {
			mh_warnx(TOOL, "%s:%zu: %s", name, mh_record_line(rec),
			    m);
			/* Written with its error, as mh_filter_run does. */
			if (mh_record_set_error(rec, TOOL, code, m) < 0)
				status = MH_EXIT_IO;
			else if (status == MH_EXIT_OK)
				status = MH_EXIT_FAILED;
		} else if (mh_ask_record(a, rec) < 0) {
			json_t *e = mh_record_json(rec, "error");

			mh_warnx(TOOL, "%s:%zu: %s", name, mh_record_line(rec),
			    json_string_value(json_object_get(e, "message")));
			json_decref(e);
			if (status == MH_EXIT_OK)
				status = MH_EXIT_FAILED;
		}
		if (!live && mh_record_write(rec, stdout) < 0)
			status = MH_EXIT_IO;
		mh_record_free(rec);
		if (interrupted)
			break;
	}
	mh_reader_free(r);
	if (mh_cli_flush(TOOL, stdout))
		return MH_EXIT_IO;
	return status;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
	    MH_CLI_LONGOPTS,
	    {"base-url", required_argument, NULL, 'b'},
	    {"country", required_argument, NULL, 'c'},
	    {"json", no_argument, NULL, 'j'},
	    {"key-file", required_argument, NULL, 'k'},
	    {"model", required_argument, NULL, 'm'},
	    {"dry-run", no_argument, NULL, 'n'},
	    {"plain", no_argument, NULL, 'p'},
	    {"provider", required_argument, NULL, 'P'},
	    {"session", required_argument, NULL, 's'},
	    {"system-file", required_argument, NULL, 'S'},
	    {"mode", required_argument, NULL, OPT_MODE},
	    {"no-redact", no_argument, NULL, OPT_NO_REDACT},
	    {"vault", required_argument, NULL, OPT_VAULT},
	    {"max-tokens", required_argument, NULL, OPT_MAX_TOKENS},
	    {"connect-timeout", required_argument, NULL, OPT_CONNECT},
	    {"stall-timeout", required_argument, NULL, OPT_STALL},
	    {"retries", required_argument, NULL, OPT_RETRIES},
	    {NULL, 0, NULL, 0},
	};
	struct mh_filter f = {.tool = TOOL,
	    .process = process,
	    .flush_each = 1,
	    .fatal_code = MH_EXIT_IO};
	struct mh_provider_args pa = {0};
	struct mh_provider_choice pc = {0};
	struct mh_ask_opts o = {.http.retries = -1};
	struct mh_redact_opts rdo = {0};
	struct mh_ask_real_guards g = {0};
	struct mh_config *cfg = NULL;
	struct mh_resources *res = NULL;
	struct mh_buf sys = {0};
	struct mh_ask *a = NULL;
	const char *country = NULL, *system_file = NULL, *session = NULL;
	struct mh_limit_args la = {0};
	char err[512], cc[3];
	int ch, rc = MH_EXIT_USAGE, json = 0, plain = 0, no_redact = 0;

	mh_cli_init();
	mh_cli_no_core(); /* the API key lives in this process */
	while (
	    (ch = getopt_long(argc, argv,
	         MH_CLI_SHORTOPTS "b:c:jk:m:npP:s:S:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'b': pa.base_url = optarg; break;
		case 'c': country = optarg; break;
		case 'j': json = 1; break;
		case 'k': pa.key_file = optarg; break;
		case 'm': pa.model = optarg; break;
		case 'n': o.dry_run = 1; break;
		case 'p': plain = 1; break;
		case 'P': pa.provider = optarg; break;
		case 's': session = optarg; break;
		case 'S': system_file = optarg; break;
		case OPT_MODE:
			if (mh_prompt_mode_parse(optarg, &o.mode) < 0) {
				mh_warnx(TOOL,
				    "--mode: coach, review or learn");
				return mh_cli_usage(&cli);
			}
			o.mode_set = 1;
			break;
		case OPT_NO_REDACT: no_redact = 1; break;
		case OPT_VAULT: rdo.vault_path = optarg; break;
		case OPT_MAX_TOKENS: la.max_tokens = optarg; break;
		case OPT_CONNECT: la.connect_timeout = optarg; break;
		case OPT_STALL: la.stall_timeout = optarg; break;
		case OPT_RETRIES: la.retries = optarg; break;
		default:
			if ((rc = mh_cli_common(&cli, ch, optarg, &f.ro)) !=
			    MH_CLI_CONTINUE)
				return rc;
		}
	}
	if (json && plain)
		return mh_cli_usage(&cli);
	if (session && !mh_session_name_ok(session)) {
		mh_warnx(TOOL,
		    "bad session name '%s': use up to 64 letters, digits, "
		    "'.', '_' or '-', not starting with '.'",
		    session);
		return MH_EXIT_USAGE;
	}
	if (optind == argc && isatty(STDIN_FILENO)) {
		mh_warnx(TOOL,
		    "type a message as arguments, or pipe text or "
		    "records in: echo 'I keep worrying' | mh-ask");
		return MH_EXIT_USAGE;
	}
	if ((cfg = mh_config_load(NULL, err, sizeof(err))) == NULL)
		goto usage_err;
	if (mh_provider_config(cfg, &pa, &pc, err, sizeof(err)) < 0)
		goto usage_err;
	if (mh_provider_config_limits(cfg, &la, &o.http, &o.max_tokens, err,
	        sizeof(err)) < 0)
		goto usage_err;
	/* here too for messages given as arguments or typed live, which do
	 * not go through mh_filter_run */
	if (mh_cli_max_record(TOOL, cfg, &f.ro) < 0)
		goto out; /* rc is still MH_EXIT_USAGE */
	if (system_file) {
		if (mh_read_file(system_file, 1 << 20, &sys) < 0 ||
		    !mh_utf8_valid(sys.p, sys.len)) {
			snprintf(err, sizeof(err),
			    "%s: cannot be read as "
			    "UTF-8 text (up to 1 MiB)",
			    system_file);
			goto usage_err;
		}
		o.system = sys.p;
		o.system_len = sys.len;
	}
	if (mh_resources_country(country, cfg, cc) < 0) {
		snprintf(err, sizeof(err), "not a country code: %s",
		    country ? country : mh_config_get(cfg, "country"));
		goto usage_err;
	}
	/* A broken crisis-lines table is a configuration error, as in
	 * mh-screen: no crisis text goes out without its numbers. */
	if ((res = mh_resources_load(NULL, err, sizeof(err))) == NULL)
		goto usage_err;
	rc = MH_EXIT_IO;
	if (rdo.vault_path == NULL)
		rdo.vault_path = mh_config_get(cfg, "vault");
	rdo.names_file = mh_config_get(cfg, "redact_names");
	rdo.keep_file = mh_config_get(cfg, "redact_keep");
	/* With --no-redact the redactor still restores from a vault. */
	if ((!no_redact || rdo.vault_path) &&
	    (g.redactor = mh_redact_new(&rdo, err, sizeof(err))) == NULL)
		goto fatal;
	mh_redact_warn_vault(g.redactor, TOOL, rdo.vault_path);
	/* A missing or broken data file (the crisis lines, the second
	 * opinion) is a configuration error, as in mh-screen. */
	if ((g.screener = mh_screen_new(&(struct mh_screen_opts){.country = cc},
	         err, sizeof(err))) == NULL) {
		if (errno == ENOMEM)
			goto fatal;
		goto usage_err;
	}
	if (session &&
	    (o.session = mh_session_open(session, err, sizeof(err))) == NULL)
		goto fatal;
	o.provider = pc.provider;
	o.url = pc.url;
	o.model = pc.model;
	o.key = pc.key.p;
	o.completion_tokens_field = pc.completion_tokens_field;
	o.http.cancel = &interrupted;
	o.resources = res;
	o.country = cc;
	o.field = f.ro.text_field;
	o.no_redact = no_redact;
	o.live = plain || (!json && isatty(STDOUT_FILENO)) ? stdout : NULL;
	mh_ask_guards_wire(&o.guards, &g, !no_redact, rdo.vault_path != NULL);
	/* TLS set-up costs time and memory the offline helper never needs. */
	if (pc.provider && curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
		snprintf(err, sizeof(err), "cannot initialise libcurl");
		goto fatal;
	}
	signal(SIGINT, on_sigint);
	if ((a = mh_ask_new(&o)) == NULL) {
		snprintf(err, sizeof(err), "out of memory");
		goto fatal;
	}
	mh_buf_wipe(&pc.key); /* the envelope has its own copy */
	if (no_redact)
		mh_warnx(TOOL, "--no-redact: text is sent as it is%s",
		    session ? "; text not redacted is not kept in the session"
		            : "");
	f.ctx = a;
	f.cfg = cfg;
	rc = o.live || optind < argc
	    ? run_direct(a, &f.ro, argv + optind, argc - optind, !!o.live)
	    : mh_filter_run(&f);
	if (rc == MH_EXIT_FAILED && mh_ask_remote_failed(a))
		rc = MH_EXIT_REMOTE;
	mh_ask_free(a);
	if (pc.provider)
		curl_global_cleanup();
	goto out;
usage_err:
	mh_warnx(TOOL, "%s", err);
	rc = MH_EXIT_USAGE;
	goto out;
fatal:
	mh_warnx(TOOL, "%s", err);
	rc = MH_EXIT_IO;
out:
	mh_provider_config_free(&pc);
	mh_session_free(o.session);
	mh_screen_free(g.screener);
	mh_redact_free(g.redactor);
	mh_resources_free(res);
	mh_config_free(cfg);
	mh_buf_free(&sys);
	if (interrupted) {
		/* Die by the signal, as the shell expects. */
		mh_cli_flush(TOOL, stdout);
		signal(SIGINT, SIG_DFL);
		raise(SIGINT);
	}
	return rc;
}
