package screens

import (
	"fmt"
	"io"
	"mime"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// maxAttachment is the largest evidence file kept in the database.
const maxAttachment = 20 << 20

// attachmentsPart lists the evidence files (minh chứng) of the participant
// under the cursor for this round; they are stored inside the database so
// a backup carries them.
func (sc *ScoringScreen) attachmentsPart() fyne.CanvasObject {
	sc.files = container.NewVBox()
	return container.NewVBox(widget.NewSeparator(), heading("Minh chứng (tệp PDF, ảnh) của đối tượng"), sc.files)
}

// showFiles fills the attachments list for participant p.
func (sc *ScoringScreen) showFiles(p app.Participant) {
	st := sc.shell.deps.Store
	sc.files.Objects = nil
	list, err := st.Attachments(p.ID, sc.round.ID)
	if err != nil {
		sc.shell.showError(err)
	}
	for _, a := range list {
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			dialog.ShowConfirm("Xóa minh chứng", "Xóa tệp "+a.Name+"?", func(ok bool) {
				if ok {
					if err := st.DeleteAttachment(a.ID); err != nil {
						sc.shell.showError(err)
					}
					sc.showFiles(p)
				}
			}, sc.shell.win)
		})
		size := fmt.Sprintf("%s (%d KB)", a.Name, (len(a.Content)+1023)/1024)
		sc.files.Add(container.NewBorder(nil, nil, nil, del, textLabel(size)))
	}
	sc.files.Add(widget.NewButtonWithIcon("Đính kèm tệp…", theme.ContentAddIcon(), func() { sc.attach(p) }))
	sc.files.Refresh()
}

func (sc *ScoringScreen) attach(p app.Participant) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		b, err := io.ReadAll(io.LimitReader(r, maxAttachment+1))
		if err != nil {
			sc.shell.showError(fmt.Errorf("không đọc được tệp: %w", err))
			return
		}
		if len(b) > maxAttachment {
			sc.shell.showError(fmt.Errorf("tệp lớn hơn 20 MB; hãy thu nhỏ (quét ở độ phân giải thấp hơn) rồi đính kèm lại"))
			return
		}
		name := r.URI().Name()
		a := app.Attachment{ParticipantID: p.ID, RoundID: sc.round.ID, Name: name,
			Mime: mime.TypeByExtension(filepath.Ext(name)), Content: b}
		if _, err := sc.shell.deps.Store.AddAttachment(a); err != nil {
			sc.shell.showError(err)
			return
		}
		sc.showFiles(p)
	}, sc.shell.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf", ".jpg", ".jpeg", ".png", ".PDF", ".JPG", ".PNG"}))
	sc.shell.showFileDialog(d)
}
