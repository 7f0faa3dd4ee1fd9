# Plaint: the two commands a person needs are `make run` and `make test`.
# Both install the Debian packages Plaint needs (through sudo when not root),
# configure, build, and then run the app or the whole test suite.

SHELL := /bin/bash
WERROR ?= OFF
# Warnings-as-errors builds get their own folder, so switching between
# `make run` and CI's `make test WERROR=ON` never rebuilds everything.
BUILD_DIR ?= build$(if $(filter ON,$(WERROR)),-werror,)
SANITIZE_DIR ?= build-sanitize
BUILD_TYPE ?= RelWithDebInfo
CTEST_ARGS ?=

# Build and test dependencies, all from Debian 12 (bookworm) or Ubuntu 24.04.
DEB_PACKAGES := \
	cmake ninja-build g++ make ccache pkg-config \
	qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins \
	libssl-dev shared-mime-info sqlite3 python3-icalendar \
	xvfb xauth fonts-noto-cjk \
	libpango1.0-dev libcairo2-dev libqpdf-dev zlib1g-dev qt6-pdf-dev \
	qpdf poppler-utils img2pdf libjpeg-dev \
	libpdfbox2-java libactivation-java libjaxb-api-java default-jre-headless \
	qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good \
	appstream desktop-file-utils \
	clang libclang-rt-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPLAINT_WERROR=$(WERROR)

.PHONY: all deps configure build run test test-sanitize fuzz-short bench screenshots ci clean package package-test

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if ! command -v apt-get >/dev/null; then \
			echo "Plaint needs these packages: $$missing (no apt-get here: install them your own way)"; exit 1; fi; \
		echo "Installing: $$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/bin/plaint $(ARGS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure $(CTEST_ARGS)

# The same suite built with AddressSanitizer and UndefinedBehaviorSanitizer.
test-sanitize: deps
	cmake -S . -B $(SANITIZE_DIR) $(CMAKE_FLAGS) -DCMAKE_BUILD_TYPE=Debug -DPLAINT_SANITIZE=ON -DPLAINT_BUILD_BENCH=OFF
	cmake --build $(SANITIZE_DIR)
	PLAINT_SANITIZED=1 \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --test-dir $(SANITIZE_DIR) --output-on-failure $(CTEST_ARGS)

# Every parser of outside data under libFuzzer for 15 s each (fuzz/run N for longer).
fuzz-short: deps
	fuzz/run 15

bench: build
	bench/run $(ARGS)

# PNGs of the window with the demo case, light and dark, into docs/screenshots.
screenshots: build
	cmake --build $(BUILD_DIR) --target plaint_screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BUILD_DIR)/tests/gui/plaint_screenshots docs/screenshots

# A .deb of Plaint in $(BUILD_DIR) (dpkg-shlibdeps finds the libraries it links).
package: DEB_PACKAGES += dpkg-dev file
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Installs that .deb into a fresh Debian 12 root with apt and runs Plaint there
# (root, network to the Debian mirror; about a minute once the root is cached).
package-test: DEB_PACKAGES += debootstrap
package-test: package
	$(SUDO) packaging/test-deb.sh $(BUILD_DIR)/plaint_*_$$(dpkg --print-architecture).deb build-deb/debootstrap

# What CI runs: warnings are errors, the .deb is built and installed into a
# fresh Debian 12 root, then the sanitizer build. (package-test needs root,
# mounts and the Debian mirror, which the CI machine has.)
ci:
	$(MAKE) test WERROR=ON
	$(MAKE) package-test WERROR=ON
	$(MAKE) test-sanitize WERROR=ON
	$(MAKE) fuzz-short

clean:
	rm -rf build build-werror $(SANITIZE_DIR) build-fuzz
# build-deb/ (the cached Debian root) is kept: remove it by hand to fetch a fresh one.
