package screens

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
)

// printDocument renders d and hands it to the system's printer.
func (s *Shell) printDocument(d *document.Document, name string) { s.renderAndHand(d, name, true) }

// openDocument renders d and shows it in the system's PDF reader.
func (s *Shell) openDocument(d *document.Document, name string) { s.renderAndHand(d, name, false) }

func (s *Shell) renderAndHand(d *document.Document, name string, print bool) {
	var buf bytes.Buffer
	if err := s.deps.RenderDocument(d, &buf); err != nil {
		s.showError(err)
		return
	}
	s.handOver(buf.Bytes(), name, print)
}

// handOver writes pdf into a temporary file with a readable name and asks
// the system to print it (print) or to show it. When that fails, the clerk
// is told where the PDF is.
func (s *Shell) handOver(pdf []byte, title string, print bool) {
	dir := filepath.Join(os.TempDir(), "thidua")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		s.showError(err)
		return
	}
	path := filepath.Join(dir, app.SafeFileName(title, ".pdf"))
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		s.showError(err)
		return
	}
	if err := s.deps.OpenFile(path, print); err != nil {
		s.showError(fmt.Errorf("không gửi được tệp cho máy (%v). Tệp PDF ở %s — hãy mở và in từ trình đọc PDF", err, path))
	}
}

// saveAs lets the clerk keep a copy of pdf where they choose, under a
// readable name made from title.
func (s *Shell) saveAs(pdf []byte, title string) { s.saveFile(pdf, app.SafeFileName(title, ".pdf")) }

// saveFile lets the clerk save b where they choose, offering name.
func (s *Shell) saveFile(b []byte, name string) { s.saveFileThen(b, name, nil) }

// saveFileThen is saveFile that calls saved (when not nil) once the file
// is written.
func (s *Shell) saveFileThen(b []byte, name string, saved func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		defer w.Close()
		if _, err := w.Write(b); err != nil {
			s.showError(fmt.Errorf("không ghi được tệp %s: %w", name, err))
			return
		}
		if saved != nil {
			saved()
		}
	}, s.win)
	d.SetFileName(name)
	d.Show()
}

// desk is the papers desk on the shell's store.
func (s *Shell) desk() *dossier.Desk { return &dossier.Desk{St: s.deps.Store, Fonts: s.deps.Fonts} }
