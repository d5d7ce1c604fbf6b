package screens

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
)

// pageFields are the page settings a clerk may change, with their limits
// as the decree gives them (shown as hints).
func pageFields(s *document.Settings) []struct {
	label, hint string
	v           *float64
} {
	return []struct {
		label, hint string
		v           *float64
	}{
		{"Lề trên (mm)", "20–25", &s.MarginTop},
		{"Lề dưới (mm)", "20–25", &s.MarginBottom},
		{"Lề trái (mm)", "30–35", &s.MarginLeft},
		{"Lề phải (mm)", "15–20", &s.MarginRight},
		{"Cỡ chữ nội dung (pt)", "13–14", &s.BodySize},
		{"Thụt đầu dòng (mm)", "10–12,7", &s.Indent},
		{"Giãn đoạn (pt)", "từ 6", &s.ParaSpacing},
		{"Giãn dòng (lần)", "1–1,5", &s.LineSpacing},
		{"Chỗ ký, đóng dấu (mm)", "20–40", &s.SignatureGap},
	}
}

// pagePart edits how documents are laid out on paper.
func (sc *SettingsScreen) pagePart() fyne.CanvasObject {
	text, err := sc.shell.deps.Store.Setting(document.SettingsKey)
	if err != nil {
		sc.shell.showError(err)
	}
	current, err := document.ParseSettings(text)
	if err != nil {
		sc.shell.showError(err)
	}
	form := widget.NewForm()
	entries := map[string]*widget.Entry{}
	for _, f := range pageFields(&current) {
		e := widget.NewEntry()
		e.SetText(strings.Replace(strconv.FormatFloat(*f.v, 'f', -1, 64), ".", ",", 1))
		form.Append(f.label, container.NewBorder(nil, nil, nil, widget.NewLabel(f.hint), e))
		entries[f.label] = e
	}
	status := widget.NewLabel("")
	save := widget.NewButton("Lưu cách trình bày", func() {
		status.SetText("")
		if err := sc.savePage(entries); err != nil {
			sc.shell.showError(err)
			return
		}
		status.SetText("Đã lưu.")
	})
	reset := widget.NewButton("Về mặc định", func() {
		def := document.DefaultSettings()
		for _, f := range pageFields(&def) {
			entries[f.label].SetText(strings.Replace(strconv.FormatFloat(*f.v, 'f', -1, 64), ".", ",", 1))
		}
	})
	return container.NewVBox(heading("Trình bày văn bản in (theo Nghị định 30/2020/NĐ-CP)"), form,
		container.NewHBox(save, reset, status))
}

// savePage reads the entries, checks the values against the decree and
// stores them.
func (sc *SettingsScreen) savePage(entries map[string]*widget.Entry) error {
	s := document.DefaultSettings()
	var ps app.Problems
	for _, f := range pageFields(&s) {
		text := strings.Replace(strings.TrimSpace(entries[f.label].Text), ",", ".", 1)
		v, err := strconv.ParseFloat(text, 64)
		if err != nil {
			ps.Add(f.label, "%q không phải là số", entries[f.label].Text)
			continue
		}
		*f.v = v
	}
	if err := ps.Err(); err != nil {
		return err
	}
	if err := s.Validate(); err != nil {
		return err
	}
	return sc.shell.deps.Store.SaveSetting(document.SettingsKey, s.Encode())
}
