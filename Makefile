# mh: Unix filters for safer, more private use of AI chatbots for mental
# health.  `make` builds, `make check` runs every test.  See README.md.
include config.mk

VERSION := $(shell cat VERSION)

# SAN=1 builds with AddressSanitizer and UndefinedBehaviorSanitizer into a
# separate tree so that it never mixes with the normal objects.
ifeq ($(SAN),1)
BUILD ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
else
BUILD ?= build
SANFLAGS =
endif
ifeq ($(WERROR),1)
WARN += -Werror
endif

ALL_CFLAGS = $(CSTD) $(WARN) $(OPT) $(SANFLAGS) $(JANSSON_CFLAGS) \
	$(CURL_CFLAGS) -Ilib -DMH_VERSION='"$(VERSION)"' \
	-DMH_DATADIR='"$(DATADIR)"' $(CFLAGS)
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)

LIB_SRC := $(sort $(wildcard lib/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB := $(BUILD)/libmh.a
# The library without the images of what mh-screen builds at start-up
# (lib/image.h), which gen/image links to make them.
CORE := $(BUILD)/libmh-core.a
IMAGE_OBJ := $(BUILD)/gen/image.o
TOOLS := $(sort $(patsubst cmd/%.c,%,$(wildcard cmd/mh-*.c)))
BINS := $(TOOLS:%=$(BUILD)/bin/%)
# Only what speaks HTTP links libcurl.
CURL_TOOLS := mh-ask
UNIT_SRC := $(sort $(wildcard tests/unit/*_test.c))
UNIT_BINS := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%)
STUB_SRC := $(wildcard tests/stub/*.c)
STUB_BINS := $(STUB_SRC:tests/stub/%.c=$(BUILD)/tests/stub/%)
# Scripts installed beside the tools (the cron reminder).
SCRIPTS_INSTALL := scripts/mh-remind
MANS := $(sort $(wildcard man/*.[1-8]))
SHELL_TESTS := $(sort $(wildcard tests/t/*.t))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 10

all: $(BINS)

# Every test program built and none run: CI builds them with clang too.
tests: all $(UNIT_BINS) $(STUB_BINS)

$(BUILD)/lib/%.o: lib/%.c lib/*.h config.mk Makefile
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(CORE): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BUILD)/gen/image: gen/image.c $(CORE) lib/*.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(CORE) $(JANSSON_LIBS) -lm

$(BUILD)/gen/image.c: $(BUILD)/gen/image data/screen-model.tsv
	$(BUILD)/gen/image $@ data/screen-model.tsv

$(IMAGE_OBJ): $(BUILD)/gen/image.c lib/image.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ) $(IMAGE_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ) $(IMAGE_OBJ)

$(BUILD)/bin/%: cmd/%.c $(LIB) lib/*.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) \
	    $(if $(filter $*,$(CURL_TOOLS)),$(CURL_LIBS)) $(JANSSON_LIBS) -lm

$(BUILD)/tests/unit/%: tests/unit/%.c tests/unit/*.h $(LIB) lib/*.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -Itests/unit -o $@ $< $(LIB) \
	    $(CURL_LIBS) $(JANSSON_LIBS) -lm -lpthread

$(BUILD)/tests/stub/%: tests/stub/%.c $(LIB) lib/*.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(JANSSON_LIBS) -lm

# Every test, shell and C, under one prove run.  MH_BIN and MH_DATADIR
# point the shell tests at this build; MH_WRAP lets `make valgrind`
# run every tool under valgrind.
TEST_ENV = MH_BIN=$(CURDIR)/$(BUILD)/bin MH_DATADIR=$(CURDIR)/data \
	MH_BUILD=$(CURDIR)/$(BUILD) MH_SRC=$(CURDIR) MH_WRAP="$(MH_WRAP)" \
	LC_ALL=C.UTF-8

check: tests lint-man check-banned
	$(TEST_ENV) prove -j2 --exec tests/exec $(SHELL_TESTS) $(UNIT_BINS)

VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite
valgrind:
	$(MAKE) BUILD=build-vg check MH_WRAP='$(VALGRIND)'

lint-man:
	@if [ -z "$(MANS)" ]; then echo "lint-man: no pages"; \
	elif command -v mandoc >/dev/null 2>&1; then \
	    out=$$(mandoc -Tlint -Wwarning $(MANS) 2>&1); \
	    if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; \
	    echo "lint-man: $(words $(MANS)) pages clean"; \
	else echo "lint-man: mandoc not installed (scripts/install-deps)"; exit 1; fi

# The unbounded string functions the house style bans, and the shell:
# no tool ever runs a shell with user input.
check-banned:
	@if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|atoi|atol|gets|strtok|system|popen)\(' \
	    lib/*.c lib/*.h cmd/*.c; then \
	    echo "check-banned: banned functions above"; exit 1; fi

# The C the project wrote; tests/unit is not formatted yet.
FORMAT_SRC = lib/*.c lib/*.h cmd/*.c gen/*.c tests/fuzz/*.c tests/stub/*.c \
	scripts/*.c

format-check:
	clang-format --dry-run -Werror $(FORMAT_SRC)

format:
	clang-format -i $(FORMAT_SRC)

# libFuzzer targets: one per parser, built with clang into build-fuzz,
# over one instrumented copy of the library.
FUZZ_BINS := $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/%)
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined -g -O1
FUZZ_CFLAGS = $(CSTD) $(FUZZ_SAN) $(JANSSON_CFLAGS) $(CURL_CFLAGS) -Ilib \
	-DMH_VERSION='"$(VERSION)"' -DMH_DATADIR='"$(CURDIR)/data"'
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=build-fuzz/%.o)
build-fuzz/lib/%.o: lib/%.c lib/*.h
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
build-fuzz/gen/image.o: $(BUILD)/gen/image.c lib/image.h
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -c -o $@ $<
build-fuzz/libmh.a: $(FUZZ_LIB_OBJ) build-fuzz/gen/image.o
	rm -f $@
	$(AR) rcs $@ $(FUZZ_LIB_OBJ) build-fuzz/gen/image.o
build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c build-fuzz/libmh.a
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build-fuzz/libmh.a \
	    $(CURL_LIBS) $(JANSSON_LIBS) -lm

fuzz: $(FUZZ_BINS)

fuzz-smoke: $(FUZZ_BINS)
	@for f in $(FUZZ_BINS); do \
	    n=$${f#build-fuzz/}; mkdir -p build-fuzz/corpus/$$n; \
	    echo "fuzz-smoke: $$n for $(FUZZ_SECONDS)s"; \
	    MH_DATADIR=$(CURDIR)/data $$f -max_total_time=$(FUZZ_SECONDS) \
	        -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
	        $$(cat tests/fuzz/$$n.options 2>/dev/null) \
	        build-fuzz/corpus/$$n tests/fuzz/corpus/$$n 2>build-fuzz/$$n.log \
	        || { tail -40 build-fuzz/$$n.log; exit 1; }; \
	done

bench: all $(STUB_BINS)
	MH_BIN=$(CURDIR)/$(BUILD)/bin MH_BUILD=$(CURDIR)/$(BUILD) \
	    MH_DATADIR=$(CURDIR)/data scripts/bench

demo: all
	MH_BIN=$(CURDIR)/$(BUILD)/bin MH_DATADIR=$(CURDIR)/data scripts/demo

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(MANDIR)/man7
	for b in $(BINS) $(SCRIPTS_INSTALL); do cp -f $$b $(DESTDIR)$(BINDIR)/; done
	cp -Rf data/. $(DESTDIR)$(DATADIR)/
	for m in $(MANS); do s=$${m##*.}; \
	    cp -f $$m $(DESTDIR)$(MANDIR)/man$$s/; done

uninstall:
	for t in $(TOOLS) $(notdir $(SCRIPTS_INSTALL)); do \
	    rm -f $(DESTDIR)$(BINDIR)/$$t; done
	for m in $(MANS); do s=$${m##*.}; b=$${m#man/}; \
	    rm -f $(DESTDIR)$(MANDIR)/man$$s/$$b; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-san build-vg build-fuzz

.PHONY: all tests check valgrind lint-man check-banned format-check format fuzz \
	fuzz-smoke bench demo install uninstall clean
.SECONDARY:
