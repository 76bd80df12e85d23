# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makefile - thin front end to CMake/CTest for cmse-nscall.
#
#   make          install missing Debian packages (as root), build cmse_nscall.so
#   make demo     build, then show the plugin at work on an example
#   make check    build, run the whole DejaGnu suite, end with "N passed, N failed, N skipped"
#   make fuzz     build, then run testsuite/cmse_nscall.fuzz/fuzz.exp longer:
#                 N random programs (default 100) from SEED (default
#                 20261130), starting at index FIRST (default 0), each at
#                 -O0 -O1 -O2 -O3 -Os in one execution configuration
#                 (rotated), and MISUSE_N misuse inputs (default 1000);
#                 results and logs in FUZZ_DIR (default $(BUILD)/fuzz-SEED);
#                 FUZZ_OPTIONS="-fPIC -g3" adds options to the plugin builds
#   make install  install into the target compiler's plugin directory
#                 (honours DESTDIR=/staging)
#   make clean    remove the build tree
#
# Variables: BUILD (build tree, default build), CMSE_NSCALL_TARGET_CC
#   (default arm-none-eabi-gcc), CMSE_NSCALL_SKIP_DEPS=1 (no package check),
#   JOBS (parallel test areas, default 2).

BUILD ?= build
CMSE_NSCALL_TARGET_CC ?= arm-none-eabi-gcc
JOBS ?= 2
N ?= 100
SEED ?= 20261130
FIRST ?= 0
MISUSE_N ?= 1000
FUZZ_DIR ?= $(BUILD)/fuzz-$(SEED)
FUZZ_OPTIONS ?=

.PHONY: all deps build demo check fuzz install clean

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

clean:
	rm -rf $(BUILD)
