package screens

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
)

// printDocument renders d and opens it for printing (see handOver).
func (s *Shell) printDocument(d *document.Document, name string) { s.renderAndHand(d, name, true) }

// openDocument renders d and shows it in the system's PDF reader.
func (s *Shell) openDocument(d *document.Document, name string) { s.renderAndHand(d, name, false) }

func (s *Shell) renderAndHand(d *document.Document, name string, print bool) {
	s.buildAndHand(func() (*document.Document, error) { return d, nil }, name, print)
}

// printBuilt is printDocument of the paper build makes off the UI
// goroutine.
func (s *Shell) printBuilt(build func() *document.Document, name string) {
	s.buildAndHand(func() (*document.Document, error) { return build(), nil }, name, true)
}

// buildAndHand builds and renders a paper off the UI goroutine (many
// pages take seconds) and hands it over; the clerk may cancel meanwhile.
func (s *Shell) buildAndHand(build func() (*document.Document, error), name string, print bool) {
	render := s.deps.RenderDocument
	s.longJob("Đang tạo "+name, true, func(context.Context) func() {
		d, err := build()
		var buf bytes.Buffer
		if err == nil {
			err = render(d, &buf)
		}
		return func() {
			if err != nil {
				s.showError(err)
				return
			}
			s.handOver(buf.Bytes(), name, print)
			// The paper can also be kept as Word, from the foot line.
			s.lastDoc, s.lastName = d, name
			s.word.Show()
		}
	})
}

// handPaper makes a paper's PDF off the UI goroutine with make (the
// dossier, certificates: many pages) and hands it over as title; the
// clerk may cancel while it is made.
func (s *Shell) handPaper(title string, print bool, make func() ([]byte, error)) {
	s.longJob("Đang tạo "+title, true, func(context.Context) func() {
		pdf, err := make()
		return func() {
			if err != nil {
				s.showError(err)
				return
			}
			s.handOver(pdf, title, print)
		}
	})
}

// saveLastAsWord saves the paper last opened with renderAndHand as a Word
// file. (An issued paper's Word copy is given from the register, which
// records it.)
func (s *Shell) saveLastAsWord() {
	if s.lastDoc == nil {
		return
	}
	b, err := s.paperFile(s.lastDoc, dossier.FormatWord)
	if err != nil {
		s.showError(err)
		return
	}
	s.saveFile(b, app.SafeFileName(s.lastName, ".docx"))
}

// handOver writes pdf into a file named after title in the app's temporary
// folder and opens it in the system's PDF reader; the status line says
// which file. print says the clerk asked to print: the paper still opens in
// the reader, where its print dialog lets them choose the printer, the
// pages and the copies, so one click never sends a long paper straight to
// the default printer.
func (s *Shell) handOver(pdf []byte, title string, print bool) {
	s.handOverSaying(pdf, title, print, "")
}

// handOverSaying is handOver whose foot line starts with lead.
func (s *Shell) handOverSaying(pdf []byte, title string, print bool, lead string) {
	dir := filepath.Join(os.TempDir(), "thidua")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		s.showError(err)
		return
	}
	s.lastDoc = nil // a paper opened from its bytes has its copies elsewhere
	s.word.Hide()
	path, err := writeFresh(dir, app.SafeFileName(title, ".pdf"), pdf)
	if err != nil {
		s.showError(err)
		return
	}
	if err := s.deps.OpenFile(path, false); err != nil {
		s.showError(fmt.Errorf("không mở được tệp bằng trình đọc PDF (%v). Tệp PDF ở %s — hãy mở tệp đó để xem và in", err, path))
		return
	}
	msg := "Đã mở " + filepath.Base(path) + " trong trình đọc PDF"
	if print {
		msg += ": bấm In (Ctrl+P) ở đó, chọn máy in và số trang"
	}
	s.notify(lead + msg + ". Tệp ở " + path)
}

// writeFresh writes b as name in dir, over an earlier copy of that name.
// When that file cannot be written (on Windows, a PDF reader still showing
// it keeps it locked) b goes to "name (2).pdf", "name (3).pdf" …
func writeFresh(dir, name string, b []byte) (string, error) {
	ext := filepath.Ext(name)
	base := name[:len(name)-len(ext)]
	var first error
	for i := 1; i <= 20; i++ {
		path := filepath.Join(dir, name)
		if i > 1 {
			path = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", base, i, ext))
		}
		err := os.WriteFile(path, b, 0o644)
		if err == nil {
			return path, nil
		}
		if first == nil {
			first = err
		}
	}
	return "", fmt.Errorf("không ghi được tệp %s: %w", filepath.Join(dir, name), first)
}

// saveAs lets the clerk keep a copy of pdf where they choose, under a
// readable name made from title.
func (s *Shell) saveAs(pdf []byte, title string) { s.saveFile(pdf, app.SafeFileName(title, ".pdf")) }

// saveFile lets the clerk save b where they choose, offering name, and
// says where it was saved.
func (s *Shell) saveFile(b []byte, name string) { s.saveFileThen(b, name, nil) }

// saveFileThen is saveFile that calls saved (when not nil) once the file
// is written.
func (s *Shell) saveFileThen(b []byte, name string, saved func()) {
	s.chooseSave(name, func(w io.WriteCloser, path string) {
		_, werr := w.Write(b)
		if cerr := w.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			s.showError(fmt.Errorf("không ghi được tệp %s: %w", filepath.Base(path), werr))
			return
		}
		s.notify("Đã lưu " + filepath.Base(path) + " vào " + filepath.Dir(path))
		if saved != nil {
			saved()
		}
	})
}

// chooseSave asks where to save a file named name (Deps.ChooseSave, else
// the file dialog) and hands write the file opened there with its path.
func (s *Shell) chooseSave(name string, write func(w io.WriteCloser, path string)) {
	if s.deps.ChooseSave != nil {
		path, ok := s.deps.ChooseSave(name)
		if !ok {
			return
		}
		f, err := os.Create(path)
		if err != nil {
			s.showError(fmt.Errorf("không tạo được tệp %s: %w", path, err))
			return
		}
		write(f, path)
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		write(w, w.URI().Path())
	}, s.win)
	d.SetFileName(name)
	s.showFileDialog(d)
}

// openFile lets the clerk pick a file with one of exts and hands its name
// and bytes to read. With limit > 0 at most limit+1 bytes are read: the
// reader refuses what is larger and names its limit, and a huge file is
// not loaded whole first.
func (s *Shell) openFile(exts []string, limit int64, read func(name string, b []byte)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		var src io.Reader = r
		if limit > 0 {
			src = io.LimitReader(r, limit+1)
		}
		b, err := io.ReadAll(src)
		if err != nil {
			s.showError(fmt.Errorf("không đọc được tệp %s: %w", r.URI().Name(), err))
			return
		}
		read(r.URI().Name(), b)
	}, s.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	s.showFileDialog(d)
}

// desk is the papers desk on the shell's store.
func (s *Shell) desk() *dossier.Desk { return &dossier.Desk{St: s.deps.Store, Fonts: s.deps.Fonts} }
