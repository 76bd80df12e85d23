# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makefile - thin front end to CMake/CTest for cmse-nscall.
#
#   make          install missing Debian packages (as root), build cmse_nscall.so
#   make demo     build, then show the plugin at work on an example
#   make check    build, run the whole DejaGnu suite, end with "N passed, N failed, N skipped"
#   make bench    build, then measure code size, executed instructions and
#                 compile time against GCC -mcmse and Clang 19 (bench/run.sh;
#                 writes build/bench/ and docs/performance.md; not part of check)
#   make fuzz     build, then run testsuite/cmse_nscall.fuzz/fuzz.exp longer:
#                 N random programs (default 100) from SEED (default
#                 20261130), starting at index FIRST (default 0), each at
#                 -O0 -O1 -O2 -O3 -Os in one execution configuration
#                 (rotated), and MISUSE_N misuse inputs (default 1000);
#                 results and logs in FUZZ_DIR (default $(BUILD)/fuzz-SEED);
#                 FUZZ_OPTIONS="-fPIC -g3" adds options to the plugin builds
#   make install  install into the target compiler's plugin directory, and
#                 the CMake package, pkg-config and specs files beside it
#                 (honours DESTDIR=/staging)
#   make deb      build the Debian package into $(BUILD)/deb and lintian it
#                 (DEB_BUILD_OPTIONS=nocheck: without running the suite)
#   make check-deb  build, dpkg -i, use and remove the package (as root)
#   make clean    remove the build tree
#   make check-gcc14   (as root) the same suite, then check-deb, against
#                 Debian 13's arm-none-eabi-gcc 14.2, in a chroot of Debian 13
#                 "trixie"; build tree build-gcc14
#   make check-gcc15   the same against Debian testing's ("forky") GCC 15.3;
#                 build tree build-gcc15
#   make check-all-gcc check, check-gcc14 and check-gcc15, in that order
#                 (cmake/check-release.sh makes each chroot the first time,
#                 then reuses it)
#
# Variables: BUILD (build tree, default build), CMSE_NSCALL_TARGET_CC
#   (default arm-none-eabi-gcc), CMSE_NSCALL_SKIP_DEPS=1 (no package check),
#   JOBS (parallel test areas, default 2), CMSE_NSCALL_CHROOTS (where the
#   release chroots live, default /var/cache/cmse-nscall/chroots); for make
#   bench: BENCH_REPS, BENCH_SCALING_REPS, BENCH_OPT, BENCH_CONFIGS, BENCH_DOC
#   (bench/run.sh).

BUILD ?= build
CMSE_NSCALL_TARGET_CC ?= arm-none-eabi-gcc
JOBS ?= 2
CMSE_NSCALL_CHROOTS ?= /var/cache/cmse-nscall/chroots

N ?= 100
SEED ?= 20261130
FIRST ?= 0
MISUSE_N ?= 1000
FUZZ_DIR ?= $(BUILD)/fuzz-$(SEED)
FUZZ_OPTIONS ?=

.PHONY: all deps build demo check fuzz bench install deb check-deb clean check-gcc14 check-gcc15 check-all-gcc

all: build

deps:
	@sh cmake/ensure-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMSE_NSCALL_TARGET_CC=$(CMSE_NSCALL_TARGET_CC)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD)

demo: build
	@sh docs/demo.sh $(BUILD)

check: build
	@rm -f $(BUILD)/testsuite/*/*.sum
	-ctest --test-dir $(BUILD) -j$(JOBS) --output-on-failure
	@sh testsuite/summarize $(BUILD)/testsuite

bench: build
	@sh bench/ensure-deps.sh
	@CMSE_NSCALL_TARGET_CC=$(CMSE_NSCALL_TARGET_CC) sh bench/run.sh $(BUILD)

# The host build's plugin (GCC 12.2.1) is loaded into each release's
# compiler too: the version check must refuse it, naming both releases.
check-gcc14: build
	CMSE_NSCALL_CHROOTS=$(CMSE_NSCALL_CHROOTS) \
	CMSE_NSCALL_FOREIGN_PLUGINS=$(abspath $(BUILD))/cmse_nscall.so \
	sh cmake/check-release.sh trixie build-gcc14

check-gcc15: build
	CMSE_NSCALL_CHROOTS=$(CMSE_NSCALL_CHROOTS) \
	CMSE_NSCALL_FOREIGN_PLUGINS=$(abspath $(BUILD))/cmse_nscall.so \
	sh cmake/check-release.sh forky build-gcc15

check-all-gcc: check check-gcc14 check-gcc15

fuzz: build
	@mkdir -p $(FUZZ_DIR)
	@sed 's|^set objdir .*|set objdir "$(abspath $(FUZZ_DIR))"|' \
	  $(BUILD)/testsuite/cmse_nscall.fuzz/site.exp > $(FUZZ_DIR)/site.exp
	@rm -f $(FUZZ_DIR)/*.sum
	-cd $(FUZZ_DIR) && runtest --tool cmse_nscall --srcdir $(abspath testsuite) fuzz.exp \
	  CMSE_NSCALL_FUZZ_N=$(N) CMSE_NSCALL_FUZZ_SEED=$(SEED) CMSE_NSCALL_FUZZ_FIRST=$(FIRST) \
	  CMSE_NSCALL_FUZZ_MISUSE_N=$(MISUSE_N) CMSE_NSCALL_FUZZ_EXTRA="$(FUZZ_OPTIONS)" >/dev/null
	@sh testsuite/summarize --quiet $(FUZZ_DIR)

install: build
	cmake --install $(BUILD)

deb:
	sh cmake/make-deb.sh $(BUILD)/deb

check-deb:
	sh cmake/check-deb.sh $(BUILD)/deb

clean:
	rm -rf $(BUILD)
