# newswire: `make run` shows it working, `make test` checks everything. Both install what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: help install system-deps asyncapi-cli run test lint typecheck unit broker-start broker-stop schemas bench bench-extract bench-meta langid-model bench-text bench-linearity bench-soak bench-mutations bench-e2e bench-chaos bench-chaos-cluster bench-page-type train-page-type fuzz clean

help:
	@echo "make run    - local Kafka broker (unless NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS is set), the service, seeds replayed, results shown"
	@echo "make test   - lint, type-check and every test, including the real-broker ones"
	@echo "make bench-extract - extraction quality (both corpora) and speed against trafilatura"
	@echo "make bench-meta - µs per article for extraction, dates, language, SimHash over the seeds; id vs ms detectors"
	@echo "make bench-text - text mode on the dev pages rendered to plain text, against the HTML extractor"
	@echo "make bench-linearity - pipeline time on adversarial inputs at 40 kB and 400 kB (ratio 10 = linear)"
	@echo "make bench-soak - the pipeline's RSS over 40,000 inputs of distinct URLs (every dev page): growth and slope"
	@echo "make bench-mutations - every 5th dev page bent as crawls bring pages back: outcomes, pages lost, slowest"
	@echo "make bench-e2e - end-to-end throughput, latency and memory against same-run baselines"
	@echo "make bench-chaos - 20 random SIGKILLs per guarantee; lost and duplicated inputs"
	@echo "make bench-chaos-cluster - broker faults on a local 3-node cluster; lost, duplicated, recovery"
	@echo "make bench-page-type - page-type accuracy (domain-grouped CV) vs newspaper4k's rule, µs/page"
	@echo "make train-page-type - retrain the page-type HTML model (resources/page_type.npz) from wcxb-dev, text model kept"

# The hot pipeline modules compiled with mypyc (newswire/native.py lists them; mypy, a dev
# dependency, brings mypyc; gcc compiles), rebuilt after any change to a source of the package:
# a build older than its sources is never loaded, pure Python runs instead (native.py checks a
# digest of the sources at import). Without a C compiler the build is skipped, pure Python runs.
NATIVE := services/newswire/_native/manifest.json

install: $(VENV)/.installed $(NATIVE)

$(NATIVE): $(VENV)/.installed $(shell find services/newswire -name '*.py')
	PYTHONPATH=services $(BIN)/python -m newswire.dev.compile

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,dev]'
	touch $@

# kcat plays an outside producer/consumer in the tests; Debian's prometheus package brings the
# Prometheus server and promtool for the observability tests; mvn and java run the local broker.
system-deps:
	@command -v java >/dev/null || { echo "java (17+) is required"; exit 1; }
	@command -v mvn >/dev/null || { echo "maven is required"; exit 1; }
	@missing=""; \
	command -v kcat >/dev/null || missing="$$missing kcat"; \
	command -v promtool >/dev/null || missing="$$missing prometheus"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else echo "missing:$$missing (apt-get install$$missing)"; exit 1; fi; \
	fi

# The official AsyncAPI CLI validates schemas/asyncapi.yaml in make test. Pinned with its whole
# dependency tree (deploy/asyncapi/package-lock.json: 4.1.1 is the last release for Node 20),
# installed into .cache/asyncapi once; install scripts skipped (the CLI's own would edit shell
# rc files for autocompletion); its usage analytics switched off by a project-local config file.
ASYNCAPI_DIR := .cache/asyncapi
ASYNCAPI := $(ASYNCAPI_DIR)/node_modules/.bin/asyncapi
export NEWSWIRE_ASYNCAPI_CLI := $(abspath $(ASYNCAPI))
export ASYNCAPI_METRICS_CONFIG_PATH := $(abspath $(ASYNCAPI_DIR))/analytics.json

asyncapi-cli: $(ASYNCAPI_DIR)/.installed

$(ASYNCAPI_DIR)/.installed: deploy/asyncapi/package.json deploy/asyncapi/package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js 20+) is required for the AsyncAPI CLI"; exit 1; }
	mkdir -p $(ASYNCAPI_DIR)
	cp deploy/asyncapi/package.json deploy/asyncapi/package-lock.json $(ASYNCAPI_DIR)/
	echo '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"newswire"}' > $(ASYNCAPI_DIR)/analytics.json
	npm ci --prefix $(ASYNCAPI_DIR) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

run: install system-deps
	$(BIN)/newswire up seeds

# Lint and types read the sources only: they need the venv, not the compiled build.
lint: $(VENV)/.installed
	$(BIN)/ruff check services tests
	$(BIN)/ruff format --check services tests

typecheck: $(VENV)/.installed
	$(BIN)/mypy

schemas: install
	$(BIN)/newswire schemas --write schemas

# After the venv, the prerequisites run side by side (on a fresh clone ~3 minutes instead of ~6):
# the mypyc build (gcc on every core), npm fetching the AsyncAPI CLI (network), ruff then mypy
# (one core), the system packages; each one's output is printed whole when it ends.
test: $(VENV)/.installed
	$(MAKE) --no-print-directory -j4 --output-sync=target $(NATIVE) system-deps asyncapi-cli lint typecheck
	NEWSWIRE_REQUIRE_ASYNCAPI_CLI=1 $(BIN)/pytest $(PYTEST_ARGS)

unit: install
	$(BIN)/pytest -m "not kafka" $(PYTEST_ARGS)

broker-start: install system-deps
	$(BIN)/newswire broker start

broker-stop: install
	$(BIN)/newswire broker stop

$(VENV)/.bench-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench]'
	touch $@

# Page types (issue 15): features of every wcxb-dev page are cached in .newswire (the first run
# extracts 1,497 pages twice, HTML and text, ~5 min); scikit-learn trains, numpy applies.
# The target retrains the HTML model and its lexicon and keeps the shipped text model's arrays
# (--only html), so it remakes the shipped file: the text recipe retrained on today's rows calls
# one of the 118 ScrapingHub stories a listing as a text scrape (session 70), and an article
# routed to news.pages is the worse error. Both models afresh: pagetype_train without --only.
train-page-type: $(VENV)/.bench-installed
	OMP_NUM_THREADS=1 $(BIN)/python -m newswire.bench.pagetype_train --only html

bench-page-type: $(VENV)/.bench-installed $(NATIVE)
	OMP_NUM_THREADS=1 $(BIN)/python -m newswire.bench.pagetype_bench

# Both development corpora (../shared/bench: wcxb-dev, ScrapingHub), newswire's whole pipeline
# beside trafilatura and readability; their outputs are cached in .newswire/bench-cache (the
# first run takes long on 2 cores), every extractor is timed afresh on every 8th page.
bench-extract: $(VENV)/.bench-installed $(NATIVE)
	$(BIN)/python -m newswire.bench.extraction

# Random SIGKILLs of the service and its workers while it processes (20 kills per guarantee);
# prints lost and duplicated inputs. Uses NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS or a temporary broker.
bench-chaos: install system-deps
	$(BIN)/python -m newswire.bench.chaos --kills 20 --inputs 4000 --json .newswire/chaos.json

# A temporary three-node KRaft cluster (replication 3, min.insync.replicas 2); under a steady
# stream, 10 bounces each of: the input partitions' leader SIGKILLed, a worker's transaction
# coordinator SIGKILLed, the group coordinator SIGKILLed, a rolling restart of all three nodes.
# Prints lost / duplicated / recovery time per fault (~30 min here). BOUNCES=3 for a quick look.
BOUNCES ?= 10
bench-chaos-cluster: install system-deps
	$(BIN)/python -m newswire.bench.chaos_cluster --bounces $(BOUNCES) --inputs 1000 --json .newswire/chaos-cluster.json

# Throughput, latency and memory on a real broker against baselines of the same run (~4 min);
# table in docs/bench/e2e.txt, JSON and PNG charts beside it. E2E_ARGS="--batch-ms 100,400" also
# measures p99 at 80% load with other NEWSWIRE_BATCH_MAX_PROCESSING_MS values in the same run.
E2E_ARGS ?=
bench-e2e: $(VENV)/.bench-installed $(NATIVE) system-deps
	$(BIN)/python -m newswire.bench.e2e $(E2E_ARGS)

# µs per article for extraction, dates, language and SimHash over the seeds; SimHash distances;
# Indonesian vs Malay accuracy and µs per call of the candidate detectors (bench extra).
bench-meta: $(VENV)/.bench-installed $(NATIVE)
	$(BIN)/python -m newswire.bench.meta

# Text mode on the 1,497 wcxb-dev and 118 ScrapingHub pages rendered to plain text two ways (blocks
# with menus kept; title + clean body): word-F1 per rendering, half and page type beside the HTML
# extractor and trafilatura on the same pages, title rate, paragraphs kept, promos left (~10 min).
# Then the SYNTHETIC proxy of issue 14's Indonesian scrapes (bench/id_scrapes.py; not the held-out set).
bench-text: $(VENV)/.bench-installed $(NATIVE)
	$(BIN)/python -m newswire.bench.textbench --types --trafilatura
	$(BIN)/python -m newswire.bench.id_scrapes

# The timing twin of tests/pipeline/test_hostile.py's call-count check (tests never time).
bench-linearity: install
	$(BIN)/python -m newswire.bench.linearity

# Memory over a long stream: every dev page under a URL of its own, one pipeline thread set up as a
# worker's; RSS every 2,000 inputs, growth after warm-up and the second half's slope (~5 min).
bench-soak: install
	$(BIN)/python -m newswire.bench.soak

# Every 5th dev page as it is and bent the way crawls bring pages back (a menu's <div> left
# unclosed, the body inside <noscript>, a cut download, capital tags, an XHTML prolog, a wrong
# charset, UTF-16, unclosed <p>): outcomes by mutation, pages lost per half, slowest runs.
bench-mutations: $(VENV)/.bench-installed $(NATIVE)
	$(BIN)/python -m newswire.bench.mutations --every 5

# The Indonesian/Malay word model shipped in services/newswire/resources/id_ms_words.json, from the
# train half of ../shared/bench/langid (deterministic: the same file every time).
langid-model: install
	$(BIN)/python -m newswire.bench.langid_train

bench: bench-extract bench-meta bench-text bench-e2e bench-chaos

# Many more property-test examples than make test runs, then atheris (coverage-guided) for
# FUZZ_SECONDS if it installs here (it needs a clang-built wheel for this Python).
FUZZ_EXAMPLES ?= 100000
FUZZ_SECONDS ?= 300
fuzz: install
	NEWSWIRE_HYPOTHESIS_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q tests/pipeline/test_properties.py
	@if $(BIN)/pip install -q atheris 2>/dev/null; then \
		$(BIN)/python tests/fuzz/atheris_pipeline.py -max_total_time=$(FUZZ_SECONDS) -max_len=65536; \
	else echo "atheris does not install here: skipped (hypothesis ran above)"; fi

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache services/newswire/_native
