# Cohort's single entry point. `make demo` and `make test` install missing Debian packages,
# configure (Release), build and run; `make build` only builds.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CTEST_TIMEOUT ?= 900

# Debian 12 packages the build and tests need (see the README's dependency table).
PACKAGES := cmake ninja-build g++ make pkg-config \
	qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	libqt6opengl6-dev libxkbcommon-dev libgl-dev \
	libtorch-dev libopenblas0-pthread libsqlite3-dev libcsv-dev nlohmann-json3-dev libcli11-dev \
	libprotobuf-dev protobuf-compiler libboost-dev libssl-dev openssl

.PHONY: all deps configure build test demo bench clean

all: build

deps:
	@./scripts/install_deps.sh $(PACKAGES)

# CI (CI=true) treats compiler warnings as errors.
WERROR := $(if $(CI),ON,OFF)

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release \
		-DCOHORT_WARNINGS_AS_ERRORS=$(WERROR) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout $(CTEST_TIMEOUT)

# With a display, the desktop app opens with a demo federation running; without one (a server,
# CI), the same demo runs headless and prints its table.
demo: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/bin/cohort --demo; \
	else \
		echo "No display: running the headless demo (the desktop app needs one)."; \
		$(BUILD_DIR)/bin/cohort-cli demo; \
	fi

bench: build
	$(BUILD_DIR)/bin/cohort-cli bench train
	$(BUILD_DIR)/bin/cohort-cli bench rounds
	$(BUILD_DIR)/bin/cohort-cli bench explain
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-$$( [ -n "$$DISPLAY" ] && echo xcb || echo offscreen )} \
		$(BUILD_DIR)/bin/cohort --bench
	bash tests/bench/compare_with_pytorch.sh $(BUILD_DIR)/bin/cohort-cli

clean:
	rm -rf $(BUILD_DIR)
