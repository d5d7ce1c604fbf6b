package screens

import (
	"errors"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/workbook"
)

// Labels of the buttons that save a paper as Word or its list as Excel.
const (
	saveWordLabel = "Lưu Word…"
	saveListLabel = "Lưu danh sách Excel…"
)

// extension is the file name extension of a copy's format.
func extension(format string) string { return "." + format }

// paperFile is a paper (a draft, or a plan) in format, with the stored
// page settings.
func (s *Shell) paperFile(d *document.Document, format string) ([]byte, error) {
	page, err := s.deps.Store.Setting(document.SettingsKey)
	if err != nil {
		return nil, err
	}
	return dossier.PaperFile(d, page, format)
}

// copyButtons are the Văn bản screen's buttons that give out a copy of an
// issued paper: as Word, and for a Tờ trình or a Quyết định its Danh sách
// as Excel.
func (ds *DocumentsScreen) copyButtons(d app.Document) []*widget.Button {
	out := []*widget.Button{widget.NewButtonWithIcon(saveWordLabel, theme.DocumentSaveIcon(), func() { ds.saveCopy(d, dossier.FormatWord) })}
	if d.Kind == app.DocProposal || d.Kind == app.DocDecision {
		out = append(out, widget.NewButtonWithIcon(saveListLabel, theme.DocumentSaveIcon(), func() { ds.saveCopy(d, dossier.FormatList) }))
	}
	return out
}

// copyFile is the copy of issued paper d in format, as issued, with the
// file name offered for it.
func (ds *DocumentsScreen) copyFile(d app.Document, format string) ([]byte, string, error) {
	b, _, err := ds.shell.desk().Copy(d.ID, format)
	if errors.Is(err, workbook.ErrNoList) {
		return nil, "", errors.New("văn bản này không có danh sách kèm theo")
	}
	name := title(d)
	if format == dossier.FormatList {
		name = "Danh sách kèm " + name
	}
	return b, app.SafeFileName(name, extension(format)), err
}

// saveCopy lets the clerk save a copy of an issued paper; once it is
// written, the register notes that it was given out.
func (ds *DocumentsScreen) saveCopy(d app.Document, format string) {
	b, name, err := ds.copyFile(d, format)
	if err != nil {
		ds.shell.showError(err)
		return
	}
	ds.shell.saveFileThen(b, name, func() {
		if err := ds.shell.deps.Store.RecordCopy(d.ID, format); err != nil {
			ds.shell.showError(err)
		}
	})
}
