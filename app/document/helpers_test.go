package document

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"thidua/app"
	"thidua/app/internal/testenv"
)

const (
	fontDir        = "../../assets/fonts"
	seedPlanPath   = "../../assets/seed/plan.json"
	samplePath     = "../../assets/seed/sample.json"
	seedSourcePath = "../../assets/seed/plan-source.txt"
)

var (
	fontsOnce sync.Once
	fontsVal  Fonts
	fontsErr  error
)

// testFonts reads the Tinos faces shipped in assets/fonts.
func testFonts(t testing.TB) Fonts {
	t.Helper()
	fontsOnce.Do(func() {
		read := func(name string) []byte {
			b, err := os.ReadFile(filepath.Join(fontDir, "Tinos-"+name+".ttf"))
			if err != nil && fontsErr == nil {
				fontsErr = err
			}
			return b
		}
		fontsVal = Fonts{Regular: read("Regular"), Bold: read("Bold"), Italic: read("Italic"), BoldItalic: read("BoldItalic")}
	})
	if fontsErr != nil {
		t.Fatalf("read fonts: %v", fontsErr)
	}
	return fontsVal
}

// seedPlan reads assets/seed/plan.json.
func seedPlan(t testing.TB) *app.Plan {
	t.Helper()
	b, err := os.ReadFile(seedPlanPath)
	if err != nil {
		t.Fatal(err)
	}
	p, err := app.ParsePlanJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sampleOrg reads the organisation of assets/seed/sample.json.
func sampleOrg(t testing.TB) app.Organisation {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Organisation app.Organisation `json:"organisation"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s.Organisation
}

// render prints d with the test fonts and settings s, writes the PDF to a
// temporary file (and to $THIDUA_PDF_DIR/name when set) and returns its path.
func render(t testing.TB, name string, d *Document, s Settings) string {
	t.Helper()
	r, err := NewRenderer(testFonts(t), s)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("THIDUA_PDF_DIR"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	return path
}

// needTools skips the test when poppler's tools are missing.
func needTools(t testing.TB, tools ...string) {
	t.Helper()
	testenv.NeedTools(t, tools...)
}

// run runs a command and returns its standard output.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}
