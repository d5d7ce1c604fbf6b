package assets

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
)

const fyneModule = "fyne.io/fyne/v2"

// setLocaleEnv sets the variables go-locale reads on Linux and the BSDs
// (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE). On Windows and macOS they are
// ignored and the test runs with the real system locale, which is fine: the
// override must work for any locale.
func setLocaleEnv(t *testing.T, langVar, languageVar string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", langVar)
	t.Setenv("LANGUAGE", languageVar)
}

// Fyne reads the locale in its init (before any test code runs), but it reads
// it again on every AddTranslations* call. LoadTranslations makes such calls,
// so the environment set just before it is the one Fyne sees.
func TestLoadTranslationsEnglishSystem(t *testing.T) {
	setLocaleEnv(t, "en_US.UTF-8", "")
	if err := LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"Cancel": "Hủy",
		"Save":   "Lưu",
		"OK":     "Đồng ý",
		"Open":   "Mở",
		"Yes":    "Có",
		"No":     "Không",
		"Quit":   "Thoát",
	} {
		if got := lang.L(in); got != want {
			t.Errorf("lang.L(%q) = %q, want %q", in, got, want)
		}
	}
	if got := lang.X("file.name", "Name"); got != "Tên" {
		t.Errorf(`lang.X("file.name") = %q, want "Tên"`, got)
	}
	if got := lang.X("sunday.short", "Sun"); got != "CN" {
		t.Errorf(`lang.X("sunday.short") = %q, want "CN"`, got)
	}
}

func TestLoadTranslationsAnyLocale(t *testing.T) {
	cases := []struct{ lang, language string }{
		{"vi_VN.UTF-8", ""},
		{"en_GB.UTF-8", ""},
		{"fr_FR.UTF-8", ""},      // a language Fyne ships
		{"pt_BR.UTF-8", ""},      // a language+region Fyne ships
		{"zh_CN.UTF-8", ""},      // matched to Fyne's zh_Hans
		{"ja_JP.UTF-8", ""},      // a language Fyne does not ship
		{"ja_JP.UTF-8", "ja:de"}, // unknown first choice, known second one
		{"C", ""},
		{"", ""},
	}
	for _, c := range cases {
		t.Run(c.lang+"/"+c.language, func(t *testing.T) {
			setLocaleEnv(t, c.lang, c.language)
			if err := LoadTranslations(); err != nil {
				t.Fatal(err)
			}
			if got := lang.L("Cancel"); got != "Hủy" {
				t.Errorf(`lang.L("Cancel") = %q, want "Hủy"`, got)
			}
			if got := lang.L("Save"); got != "Lưu" {
				t.Errorf(`lang.L("Save") = %q, want "Lưu"`, got)
			}
		})
	}
}

// fyneDir finds the directory of the Fyne module this package is built with.
func fyneDir(t *testing.T) string {
	t.Helper()
	if out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", fyneModule).Output(); err == nil {
		if dir := strings.TrimSpace(string(out)); dir != "" {
			return dir
		}
	}
	// No go command: look in the module cache for the version built in.
	version := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if m.Path == fyneModule {
				version = m.Version
			}
		}
	}
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		gopath := os.Getenv("GOPATH")
		if gopath == "" {
			home, _ := os.UserHomeDir()
			gopath = filepath.Join(home, "go")
		}
		cache = filepath.Join(filepath.SplitList(gopath)[0], "pkg", "mod")
	}
	if version != "" {
		dir := filepath.Join(cache, "fyne.io", "fyne", "v2@"+version)
		if _, err := os.Stat(dir); err == nil {
			return dir
		}
	}
	missing(t, "Fyne module source not found (no go command, no module cache)")
	return ""
}

func readJSON(t *testing.T, data []byte, name string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

func TestEveryFyneStringTranslated(t *testing.T) {
	enPath := filepath.Join(fyneDir(t), "lang", "translations", "base.en.json")
	enData, err := os.ReadFile(enPath)
	if err != nil {
		missing(t, "Fyne's English strings not readable: %v", err)
	}
	en := readJSON(t, enData, enPath)
	viData, err := translations.ReadFile(viFile)
	if err != nil {
		t.Fatal(err)
	}
	vi := readJSON(t, viData, viFile)

	for key, enVal := range en {
		viVal, ok := vi[key]
		if !ok {
			t.Errorf("%s: no Vietnamese translation for %q", viFile, key)
			continue
		}
		switch enVal := enVal.(type) {
		case string:
			s, ok := viVal.(string)
			if !ok || strings.TrimSpace(s) == "" {
				t.Errorf("%s: %q = %#v, want a non-empty string", viFile, key, viVal)
			}
		case map[string]any: // plural forms: Vietnamese has only "other"
			forms, ok := viVal.(map[string]any)
			if !ok {
				t.Errorf("%s: %q = %#v, want plural forms like %v", viFile, key, viVal, enVal)
				continue
			}
			if s, _ := forms["other"].(string); strings.TrimSpace(s) == "" {
				t.Errorf("%s: %q has no non-empty \"other\" form", viFile, key)
			}
		}
	}
}

// The Vietnamese strings are registered under each language Fyne ships; a
// newer Fyne with more languages must be added to fyneLocales.
func TestFyneLocalesComplete(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fyneDir(t), "lang", "translations", "base.*.json"))
	if err != nil || len(files) == 0 {
		missing(t, "Fyne's translation files not found")
	}
	for _, f := range files {
		loc := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "base."), ".json")
		if !slices.Contains(fyneLocales, loc) {
			t.Errorf("Fyne ships %s: add %q to fyneLocales in assets.go", filepath.Base(f), loc)
		}
	}
}

func TestFonts(t *testing.T) {
	for name, data := range map[string][]byte{
		"Regular": FontRegular, "Bold": FontBold,
		"Italic": FontItalic, "BoldItalic": FontBoldItalic,
	} {
		if len(data) < 100_000 || !bytes.HasPrefix(data, []byte{0, 1, 0, 0}) {
			t.Errorf("Tinos-%s: not a TrueType font (%d bytes)", name, len(data))
		}
	}
	if !strings.Contains(FontLicense, "SIL OPEN FONT LICENSE Version 1.1") ||
		!strings.Contains(FontLicense, "Google") {
		t.Error("FontLicense: missing OFL 1.1 text or copyright notice")
	}
}

func TestIcon(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Errorf("icon is %v, want 512×512", b.Size())
	}
}

func TestSeedIsJSON(t *testing.T) {
	for name, data := range map[string][]byte{"seed/plan.json": SeedPlan, "seed/sample.json": SeedSample} {
		if !json.Valid(data) {
			t.Errorf("%s is not valid JSON", name)
		}
	}
}

// missing stops a test that cannot find the Fyne sources it compares the
// translation with: a skip on a developer's machine, a failure under
// CI=true, where the build has just fetched them (the rule of
// app/internal/testenv, which this package cannot import).
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format+" (CI=true: the Fyne sources may not be missing)", args...)
	}
	t.Skipf(format, args...)
}
