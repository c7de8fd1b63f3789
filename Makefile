# Thin wrapper over CMake. `make` builds an optimised build/tidings;
# `make test` and `make demo` first install missing Debian packages.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
DB ?= tidings.db
# Profile-guided optimisation of the Release build (cmake/optimize.cmake):
# `make` first builds an instrumented tidings and trains it; TD_PGO=0 skips that.
TD_PGO ?= 1

.PHONY: all deps build test test-asan demo eval bench bench-load bench-scale fuzz clean

all: build

deps:
	@bash scripts/install-deps.sh build

build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release \
	    -DTD_PGO=$(if $(filter 0,$(TD_PGO)),OFF,ON) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: deps build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: deps
	@$(MAKE) --no-print-directory test BUILD=$(BUILD)-asan \
	    CMAKE_FLAGS="-DCMAKE_BUILD_TYPE=Debug -DTD_SANITIZE=ON $(CMAKE_FLAGS)"

# Ends by serving the page and the API in the foreground (Ctrl-C stops it);
# DEMO_LISTEN=127.0.0.1:0 picks a free port.
DEMO_LISTEN ?= 127.0.0.1:8080
demo: deps build
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	@$(BUILD)/tidings --db $(DB) ingest data/sample/news.jsonl data/sample/feed.rss
	@$(BUILD)/tidings --db $(DB) stories
	@echo "Open the URL below in a browser; Ctrl-C stops the server."
	@$(BUILD)/tidings --db $(DB) serve --listen $(DEMO_LISTEN)

# Scores on ../shared/data; fails when a score drops below eval/floors*.json.
eval: deps build
	@bash scripts/eval.sh $(BUILD)/tidings
	@bash scripts/eval_dates.sh $(BUILD)/tidings
	@bash scripts/eval_copies.sh $(BUILD)/tidings
	@FURNITURE=40 OUT=$(BUILD)/eval-copies-furniture bash scripts/eval_copies.sh $(BUILD)/tidings
	@bash scripts/eval_xling.sh $(BUILD)/tidings
	@bash scripts/eval_timeline.sh $(BUILD)/tidings
	@bash scripts/eval_entities.sh $(BUILD)/tidings

# libFuzzer targets in tests/fuzz (clang), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz: deps
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: deps build
	@bash bench/run.sh $(BUILD)/tidings

# HTTP load (wrk) on a 100k-article store while another ingest runs.
bench-load: deps build
	@bash bench/load.sh $(BUILD)/tidings

# Ingest cost and memory as one ingest grows the store to SCALE_N articles (default 1M).
SCALE_N ?= 1000000
bench-scale: deps build
	@mkdir -p bench/out
	@test -s bench/out/stream-$(SCALE_N).jsonl || \
		python3 bench/gen_stream.py -n $(SCALE_N) --seed 1 -o bench/out/stream-$(SCALE_N).jsonl
	@python3 bench/scale.py $(BUILD)/tidings bench/out/stream-$(SCALE_N).jsonl --db bench/out/scale.db

clean:
	rm -rf $(BUILD) $(BUILD)-asan build-fuzz
