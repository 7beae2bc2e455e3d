# tests/hardening.mk — fuzzing and sanitizer builds, included by the Makefile.
#
#   make fuzz       build the libFuzzer harnesses of tests/fuzz/ with clang
#                   (-fsanitize=fuzzer,address,undefined) into build-fuzz/
#                   and run each for FUZZ_SECONDS (default 60) on its corpus
#                   tests/fuzz/corpus/<harness>/; new inputs go to
#                   build-fuzz/corpus/<harness>/, never into the repository
#                   (see tests/fuzz/README.md for keeping one)
#   make sanitize   build the library, every tool and every C test with
#                   -fsanitize=address,undefined in a copy of the project
#                   (build-san/tree, with its own bin/ and build/), then run
#                   `make check` there against those binaries, less the
#                   end-to-end tests of the quick profile (SAN_SKIP); any
#                   sanitizer report fails the test that triggered it
#
# Neither touches bin/ or build/: runs in progress keep their binaries.
# make fuzz needs clang and libclang-rt-14-dev (libFuzzer); make sanitize
# uses $(CC), whose sanitizer runtimes come with Debian's gcc.
# rm -rf build-fuzz build-san starts both afresh.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   ?= -g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_DIR     := build-fuzz
FUZZ_HARNESS := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN     := $(FUZZ_HARNESS:%=$(FUZZ_DIR)/%)
FUZZ_LIB_OBJ := $(LIB_SRC:src/lib/%.c=$(FUZZ_DIR)/lib/%.o)
# -Wno-unknown-attributes: clang ignores the optimize attribute of gcc (xent.c, mlp.c)
FUZZ_CFLAGS  := -std=c11 -D_XOPEN_SOURCE=700 -fno-math-errno -Wall -Wextra -Wno-unknown-attributes $(WERROR) $(FUZZ_FLAGS)
# libFuzzer options for every run: stderr closed (die() messages of rejected
# inputs would flood it; reports still come through), a time and memory
# bound per input, and the die() paths of the tools' readers, which leak by
# design (the process exits), kept out of leak detection where listed.
FUZZ_RUN_FLAGS ?= -close_fd_mask=3 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_NO_LEAKS  := fuzz_model fuzz_ckpt fuzz_family

.PHONY: fuzz fuzz-build sanitize
fuzz-build: $(FUZZ_BIN)

$(FUZZ_DIR)/lib/%.o: src/lib/%.c $(wildcard src/lib/*.h) | $(FUZZ_DIR)/lib
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -c $< -o $@
$(FUZZ_DIR)/libmodfourier.a: $(FUZZ_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^
# --wrap=exit: die() jumps back into the harness instead of ending the run (tests/fuzz/fuzz.h)
# fuzz_ckpt: also --wrap=npz_read (tests/fuzz/fuzz_ckpt.c)
FUZZ_WRAP_fuzz_ckpt := -Wl,--wrap=npz_read
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(wildcard tests/fuzz/*.h) $(FUZZ_DIR)/libmodfourier.a
	$(FUZZ_CC) $(CPPFLAGS) -Itests/fuzz $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined \
	  -Wl,--wrap=exit $(FUZZ_WRAP_fuzz_$*) $< $(FUZZ_DIR)/libmodfourier.a $(LDLIBS) -o $@
$(FUZZ_DIR)/lib:
	mkdir -p $@

# Each harness for FUZZ_SECONDS, reading tests/fuzz/corpus/<harness> and
# build-fuzz/corpus/<harness>, writing new inputs to the latter; the first
# report stops the target (the input is left as build-fuzz/crash-*, leak-*
# or oom-*).
fuzz: $(FUZZ_BIN)
	@for h in $(FUZZ_HARNESS); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$h && \
	  echo "fuzz: $$h for $(FUZZ_SECONDS) s" && \
	  case " $(FUZZ_NO_LEAKS) " in *" $$h "*) leaks=0 ;; *) leaks=1 ;; esac && \
	  ASAN_OPTIONS=detect_leaks=$$leaks $(FUZZ_DIR)/$$h $(FUZZ_RUN_FLAGS) -detect_leaks=$$leaks \
	    -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus/$$h tests/fuzz/corpus/$$h \
	    > $(FUZZ_DIR)/$$h.log 2>&1 || { tail -40 $(FUZZ_DIR)/$$h.log; exit 1; }; \
	  grep -E '^stat::number_of_executed_units|^Done' $(FUZZ_DIR)/$$h.log | sed 's/^/  /'; \
	done

# The sanitizer build: a copy of the working tree (tracked and untracked,
# not ignored, files, as tests/pipeline_quick.t copies it) in build-san/tree
# (a git repository of its own, since the pipeline tests copy what git lists),
# built there by its own make with the sanitizer flags, and its
# `make check` run there: the shell tests call that tree's bin/, so every tool
# and every C test runs sanitized. Any report aborts the process that made
# it (exit status and extra stderr lines fail the test); a leak at exit is a
# report too.
# SAN_SKIP: valgrind cannot run sanitized binaries; the end-to-end tests
# (the quick profile of a paper, the report, the verdicts) repeat what the
# tools' own tests run sanitized, at the cost of most of the time: `make
# check` runs them unsanitized.
SAN_SKIP  := tests/valgrind.t $(wildcard tests/*_quick.t) tests/verdicts.t
SAN_DIR   := build-san
SAN_CC    ?= $(CC)
SAN_FLAGS ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
SAN_ENV   := ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_string_checks=1:detect_stack_use_after_return=1 \
             UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
sanitize:
	mkdir -p $(SAN_DIR)/tree
	git ls-files -co --exclude-standard -z | xargs -0 cp --parents -p -t $(SAN_DIR)/tree
	cd $(SAN_DIR)/tree && { [ -d .git ] || git init -q; } && git add -A # its tests copy what git lists
	$(SAN_ENV) $(MAKE) -C $(SAN_DIR)/tree CC='$(SAN_CC)' CFLAGS='$(SAN_FLAGS)' all
	$(SAN_ENV) $(MAKE) -C $(SAN_DIR)/tree CC='$(SAN_CC)' CFLAGS='$(SAN_FLAGS)' CHECK_SKIP='$(SAN_SKIP)' check
