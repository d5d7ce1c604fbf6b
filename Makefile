# thidua — Thi đua - Khen thưởng (commendation desk)
#
#   make deps        install missing Debian/Ubuntu packages, check Go
#   make build       build ./thidua
#   make run         deps + build, load the sample plan into an empty
#                    database (DB=path to choose one), then start ./thidua
#   make test        gofmt check, go vet, go test (headless; prints through
#                    a CUPS PDF printer that scripts/cups-pdf.sh sets up)
#   make fault-loops the long SIGKILL loops and the importers' fuzzers
#   make screenshot  picture of the main window in docs/screenshots/main.png
#   make windows     thidua.exe, the installer and the portable zip in dist/
#                    (signed when SIGN_CERT and SIGN_KEY are set)
#   make windows-smoke  install and run the real .exe under wine and Xvfb
#   make clean       remove build output

GOFLAGS ?= -buildvcs=false
export GOFLAGS

BIN       := thidua
SHOT_DB   ?= /tmp/thidua-screenshot.db
SHOT_OUT  ?= docs/screenshots/main.png
SHOT_WAIT ?= 5

.PHONY: deps build run test fault-loops screenshot windows windows-smoke clean

deps:
	@scripts/deps.sh

build:
	go build -o $(BIN) .

run: deps build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ "$$(uname -s)" = Linux ]; then \
		echo "No DISPLAY: there is no screen to open the window on."; \
		if command -v Xvfb >/dev/null 2>&1; then \
			echo "Xvfb is installed: try 'make screenshot', or"; \
			echo "  Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 ./$(BIN)"; \
		fi; \
		exit 1; \
	fi
	./$(BIN) init --sample $(if $(DB),--db "$(DB)")
	./$(BIN) $(if $(DB),--db "$(DB)")

# gofmt checks the tracked and untracked-but-not-ignored .go files, or every
# .go file when this is not a git checkout.
test: deps
	@files=$$(git ls-files --cached --others --exclude-standard '*.go' 2>/dev/null || \
		find . -name '*.go' -not -path './.git/*'); \
	bad=$$(if [ -n "$$files" ]; then gofmt -l $$files; fi); \
	if [ -n "$$bad" ]; then \
		echo "These files are not gofmt-formatted (fix with: gofmt -w FILE):"; \
		echo "$$bad" | sed 's/^/  /'; \
		exit 1; \
	fi
	go vet ./...
	env -u LC_ALL -u LANGUAGE LANG=vi_VN.UTF-8 THIDUA_TEST_PRINTER="$$(scripts/cups-pdf.sh)" go test ./...

fault-loops: deps
	scripts/fault-loops.sh

screenshot: deps build
	scripts/screenshot.sh "$(SHOT_DB)" "$(SHOT_OUT)" "$(SHOT_WAIT)"

# Windows delivery, cross-built on Linux (see scripts/windows.sh); SIGN_CERT
# and SIGN_KEY sign it. Not "deps": that installs what the Linux build needs
# (CUPS, GUI libraries); windows.sh installs what the Windows build needs.
windows:
	scripts/windows.sh

# The installer and the real .exe under wine and Xvfb (a release check); it
# builds its own signed copies, this version and an older one.
windows-smoke:
	scripts/windows-smoke.sh

clean:
	rm -f $(BIN) $(BIN).exe
	rm -rf dist/
