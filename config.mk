# Build configuration for mh.  Override on the command line:
#   make PREFIX=/usr CC=clang
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/mh

CC ?= cc
PKG_CONFIG ?= pkg-config

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wmissing-prototypes
OPT ?= -O3 -g
CSTD = -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE

JANSSON_CFLAGS := $(shell $(PKG_CONFIG) --cflags jansson)
JANSSON_LIBS := $(shell $(PKG_CONFIG) --libs jansson)
CURL_CFLAGS := $(shell $(PKG_CONFIG) --cflags libcurl)
CURL_LIBS := $(shell $(PKG_CONFIG) --libs libcurl)
