// Package assets holds the files that are built into the thidua binary:
// the Tinos fonts used for PDF output and the UI (with their SIL Open Font
// License), the application icon, the seed data for a new database, and a
// Vietnamese translation of Fyne's own UI strings (dialog buttons, file
// dialog, calendar day names, Copy/Paste menu...).
//
// Call LoadTranslations once at start-up, before any window is created, so
// that Fyne's built-in strings are shown in Vietnamese whatever the locale of
// the clerk's Windows is.
package assets

import (
	"embed"
	"encoding/json"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Tinos (Times New Roman metrics, full Vietnamese coverage), version 1.33 from
// Debian's fonts-croscore. Licensed under the SIL OFL 1.1, see FontLicense.
var (
	//go:embed fonts/Tinos-Regular.ttf
	FontRegular []byte
	//go:embed fonts/Tinos-Bold.ttf
	FontBold []byte
	//go:embed fonts/Tinos-Italic.ttf
	FontItalic []byte
	//go:embed fonts/Tinos-BoldItalic.ttf
	FontBoldItalic []byte

	// FontLicense is the copyright notice and the SIL Open Font License 1.1
	// text that must accompany the fonts above.
	//
	//go:embed fonts/LICENSE-OFL.txt
	FontLicense string
)

// Icon is the 512×512 PNG application icon (red rounded square, yellow star
// inside a laurel wreath).
//
//go:embed icon.png
var Icon []byte

// Seed data, in JSON, for a new database.
var (
	// SeedPlan is the commendation plan (titles, forms, criteria).
	//
	//go:embed seed/plan.json
	SeedPlan []byte

	// SeedSample is sample data for demonstration and screenshots.
	//
	//go:embed seed/sample.json
	SeedSample []byte
)

//go:embed translations
var translations embed.FS

const (
	translationsDir = "translations"
	viFile          = translationsDir + "/base.vi.json"
)

// fyneLocales are the locales Fyne v2.7.1 ships translations for (the files
// lang/translations/base.*.json in the Fyne module), plus "en", its fallback.
// The Vietnamese strings are registered under each of them; see
// LoadTranslations. A test checks this list against the Fyne module in use.
var fyneLocales = []string{
	"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt_BR", "ru", "sv", "ta",
	"uk", "zh_Hans",
}

// LoadTranslations registers the Vietnamese translation of Fyne's UI strings
// and makes it the one in use whatever the system locale is.
//
// How Fyne (v2.7.1, package lang) picks its strings: every Add* call re-reads
// the user's locales (LANGUAGE/LC_ALL/LC_MESSAGES/LANG on Linux, the user's
// locale and preferred UI languages on Windows), matches them against the
// languages it has translations for, and falls back to "en" when nothing
// matches. There is no API to force a language. So the Vietnamese strings are
// added under "vi" and also under "en" (the fallback, and the language chosen
// for an English Windows), under every language Fyne itself ships and under
// the system locale: whichever language gets matched now answers in
// Vietnamese. Nothing else is lost: the app has no other UI language.
//
// Call it once at start-up, before any window is created (Fyne's lang package
// is not safe for concurrent use). An error means some Fyne strings may stay
// untranslated; it is not a reason to stop the program.
func LoadTranslations() error {
	data, err := translations.ReadFile(viFile)
	if err != nil {
		return fmt.Errorf("assets: read Vietnamese translation: %w", err)
	}
	var strs map[string]any
	if err := json.Unmarshal(data, &strs); err != nil {
		return fmt.Errorf("assets: parse %s: %w", viFile, err)
	}

	// "vi" itself, from the file name base.vi.json.
	if err := lang.AddTranslationsFS(translations, translationsDir); err != nil {
		return fmt.Errorf("assets: add Vietnamese translation: %w", err)
	}
	for _, loc := range fyneLocales {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(loc)); err != nil {
			return fmt.Errorf("assets: add Vietnamese translation as %q: %w", loc, err)
		}
	}
	// Best effort: the exact system locale (e.g. "en-US", "ja-JP"). It may be
	// a language go-i18n has no plural rules for; "en" covers that case.
	_ = lang.AddTranslationsForLocale(data, lang.SystemLocale())

	if want, got := strs["Cancel"], lang.L("Cancel"); got != want {
		return fmt.Errorf("assets: Vietnamese translation not active for locale %q: Cancel is %q, want %q",
			lang.SystemLocale(), got, want)
	}
	return nil
}
