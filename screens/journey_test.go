package screens

// Journey tests: the clerk's journeys of the spec (J1–J8) walked through
// the real widgets of the main window at the office screen's size, on a
// real SQLite database in a temporary folder. Each journey types into the
// fields by their visible labels, saves, opens the data again (a new
// store and a new window, as after a restart) and checks what is stored
// and what is shown.

import (
	"bytes"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/assets"
	"thidua/data"
)

// desk is the app opened on one database folder, as the clerk sees it.
type desk struct {
	*ui
	t     testing.TB
	dir   string
	a     fyne.App
	st    *data.Store
	m     *MainWindow
	files []string // what the app handed to the system (open or print)
	// restore is the backup the clerk asked the next start to restore.
	restore string
	saved   []string // files saved where the clerk chose
}

// openDesk opens the main window on the database in dir (created when
// absent), sized to the office screen. With sample, an empty database
// gets the embedded sample plan and data, as the first-start dialog does.
func openDesk(t testing.TB, dir string, sample bool) *desk {
	t.Helper()
	// Fyne's test driver runs fyne.Do at once on the calling goroutine,
	// so a save timer firing while the test types would race with the
	// typing; the journeys save the way a clerk's pause does not need to:
	// by leaving the screen, which flushes what was typed.
	saveDelay = time.Hour
	searchDelay = time.Millisecond
	t.Setenv("TMPDIR", t.TempDir()) // the papers opened go to a folder of the test's own
	a := test.NewTempApp(t)
	if os.Getenv("THIDUA_SCREENSHOTS") != "" {
		a.Settings().SetTheme(theme.DefaultTheme()) // the pictures show the app's colours
	}
	return reopenDesk(t, a, dir, sample)
}

func reopenDesk(t testing.TB, a fyne.App, dir string, sample bool) *desk {
	t.Helper()
	path := filepath.Join(dir, "thidua.db")
	st, err := data.Open(path, data.Options{BackupDir: filepath.Join(dir, "backups")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d := &desk{t: t, dir: dir, a: a, st: st}
	if sample {
		if empty, _ := st.IsEmpty(); empty {
			if err := loadSampleInto(st); err != nil {
				t.Fatal(err)
			}
		}
	}
	d.m = NewMainWindow(a, d.deps(path))
	d.m.Window().Resize(officeScreen)
	d.ui = newUI(t, d.m.Window())
	d.ui.settle = d.m.Shell.settle
	return d
}

func loadSampleInto(st *data.Store) error {
	return st.LoadSampleJSON(assets.SeedPlan, assets.SeedSample)
}

func (d *desk) deps(path string) Deps {
	fonts := document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold,
		Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
	render := func(doc *document.Document, w io.Writer) error {
		r, err := document.NewRenderer(fonts, document.DefaultSettings())
		if err != nil {
			return err
		}
		return r.Render(w, doc)
	}
	return Deps{
		Store:      d.st,
		LoadSample: func() error { return loadSampleInto(d.st) },
		RenderPlan: func(p *app.Plan, org app.Organisation, page string, w io.Writer) error {
			doc, err := document.PlanDocument(p, org)
			if err != nil {
				return err
			}
			return render(doc, w)
		},
		RenderDocument: render,
		OpenFile: func(path string, print bool) error {
			d.files = append(d.files, path)
			return nil
		},
		InspectBackup:  data.InspectBackup,
		VerifyAnchors:  func() ([]string, error) { return d.st.VerifyAnchors(filepath.Join(d.dir, "backups")) },
		RequestRestore: func(file string) error { d.restore = file; return nil },
		ChooseSave: func(name string) (string, bool) {
			path := filepath.Join(d.dir, name)
			d.saved = append(d.saved, path)
			return path, true
		},
		Fonts:    fonts,
		SeedPlan: assets.SeedPlan,
		DBPath:   path,
		Version:  "test",
	}
}

// restart closes the window and the database and opens both again,
// restoring first the backup the clerk asked for, as the app's start does.
func (d *desk) restart() *desk {
	d.t.Helper()
	d.m.Window().Close()
	if err := d.st.Close(); err != nil {
		d.t.Fatal(err)
	}
	if d.restore != "" {
		path := filepath.Join(d.dir, "thidua.db")
		if _, err := data.Restore(path, d.restore, filepath.Join(d.dir, "backups")); err != nil {
			d.t.Fatalf("restore from %s: %v", d.restore, err)
		}
	}
	return reopenDesk(d.t, d.a, d.dir, false)
}

// goTo picks the screen titled title in the navigation list.
func (d *desk) goTo(title string) {
	d.t.Helper()
	for i, s := range d.m.Shell.screens {
		if s.title == title {
			d.m.Shell.nav.Select(i)
			d.m.Shell.settle()
			return
		}
	}
	d.t.Fatalf("no screen %q in the navigation", title)
}

// snap renders the window (with its dialogs) to docs/screenshots/name.png
// when THIDUA_SCREENSHOTS is set, for the README.
func (d *desk) snap(name string) {
	if os.Getenv("THIDUA_SCREENSHOTS") == "" {
		return
	}
	d.m.Shell.notify(" ") // the foot line would show the test's temporary folder
	img := d.m.Window().Canvas().Capture()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		d.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshots", name+".png"), b.Bytes(), 0o644); err != nil {
		d.t.Fatal(err)
	}
}

// participant reads the one participant named name from the database.
func (d *desk) participant(name string) app.Participant {
	d.t.Helper()
	all, err := d.st.Participants("")
	if err != nil {
		d.t.Fatal(err)
	}
	for _, p := range all {
		if p.Name == name {
			return p
		}
	}
	d.t.Fatalf("no participant %q stored", name)
	return app.Participant{}
}

// openRow opens the participant named name on the Đối tượng screen as
// the clerk does: types the name into the search box, picks the tab of its
// kind and clicks the first row.
func (d *desk) openRow(kind app.Kind, name string) {
	d.t.Helper()
	table := d.tab(kind, name)
	table.Select(widget.TableCellID{Row: 0, Col: 0})
}

// tab shows the Đối tượng screen's tab of kind, filtered by the search
// text, and returns its table.
func (d *desk) tab(kind app.Kind, search string) *widget.Table {
	d.t.Helper()
	var box *widget.Entry
	var tabs *container.AppTabs
	visit(d.win.Content(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		switch w := o.(type) {
		case *widget.Entry:
			if strings.HasPrefix(w.PlaceHolder, "Tìm") && box == nil {
				box = w
			}
		case *container.AppTabs:
			tabs = w
		}
		return true
	})
	if box == nil || tabs == nil {
		d.t.Fatal("the Đối tượng screen has no search box or no tabs")
	}
	box.SetText(search)
	d.m.Shell.settle()
	for _, item := range tabs.Items {
		if strings.HasPrefix(item.Text, kind.Label()) {
			tabs.Select(item)
			table, ok := item.Content.(*widget.Table)
			if !ok {
				d.t.Fatalf("tab %q holds a %T", item.Text, item.Content)
			}
			return table
		}
	}
	d.t.Fatalf("no tab for %s", kind.Label())
	return nil
}
