package screens

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/viet"
)

const defaultProfile = "Mặc định"

// certificates prints the Giấy khen of a decision on the office's blanks:
// the clerk picks or names a printer profile, its paper and its offsets,
// prints a calibration page, then the batch (or plain certificates).
func (s *Shell) certificates(d app.Document) {
	profiles, err := dossier.CertProfiles(s.deps.Store)
	if err != nil {
		s.showError(err)
	}
	names := []string{defaultProfile}
	for n := range profiles {
		if n != defaultProfile {
			names = append(names, n)
		}
	}
	sort.Strings(names[1:])
	profile := widget.NewSelectEntry(names)
	paper := widget.NewSelect([]string{"A4", "A3"}, nil)
	landscape := widget.NewCheck("Khổ ngang", nil)
	dx, dy := widget.NewEntry(), widget.NewEntry()
	fill := func(name string) {
		l, err := dossier.CertProfile(s.deps.Store, name)
		if err != nil {
			s.showError(err)
			return
		}
		paper.SetSelected(l.Paper)
		landscape.SetChecked(l.Landscape)
		dx.SetText(mmText(l.OffsetX))
		dy.SetText(mmText(l.OffsetY))
	}
	profile.OnChanged = fill
	profile.SetText(defaultProfile)
	fill(defaultProfile)
	read := func() (document.CertLayout, error) {
		return s.readProfile(profile.Text, paper.Selected, landscape.Checked, dx.Text, dy.Text)
	}
	run := func(mode document.CertMode, name string) {
		l, err := read()
		if err == nil {
			err = s.saveProfile(l)
		}
		if err != nil {
			s.showError(err)
			return
		}
		desk := s.desk()
		s.handPaper(name+" "+viet.DocNumber(d.Number, d.Symbol), mode != document.CertCalibration, func() ([]byte, error) {
			return desk.Certificates(d.ID, l, mode)
		})
	}
	form := widget.NewForm(widget.NewFormItem("Máy in / phôi", profile), widget.NewFormItem("Khổ giấy", paper),
		widget.NewFormItem("", landscape), widget.NewFormItem("Lệch ngang (mm)", dx), widget.NewFormItem("Lệch dọc (mm)", dy))
	form.Items[3].HintText = "dương: dịch sang phải; âm: sang trái"
	form.Items[4].HintText = "dương: dịch xuống; âm: lên trên"
	buttons := container.NewGridWithColumns(2,
		widget.NewButton("In trang căn chỉnh", func() { run(document.CertCalibration, "Trang căn chỉnh giấy khen") }),
		widget.NewButton("In thử một giấy khen", func() { run(document.CertSample, "Bản in thử giấy khen") }),
		widget.NewButton("In giấy khen lên phôi", func() { run(document.CertOverlay, "Giấy khen") }),
		widget.NewButton("In trên giấy trắng", func() { run(document.CertPlain, "Giấy khen giấy trắng") }))
	help := textLabel("In trang căn chỉnh lên một tờ phôi, đo chỗ chữ lệch so với ô trên phôi rồi ghi số mm lệch; " +
		"các lần sau máy in này dùng lại số đã lưu. In thử một giấy khen để xem chữ thật đã vào đúng dòng trên phôi chưa. " +
		"Tên dài tự thu nhỏ cho vừa ô, không bị cắt.")
	dlg := dialog.NewCustom("In giấy khen theo quyết định "+viet.DocNumber(d.Number, d.Symbol), "Đóng",
		fitted(s.win, container.NewVBox(form, buttons, help), 0), s.win)
	dlg.Resize(fyne.NewSize(700, 0))
	dlg.Show()
}

// readProfile reads the profile fields, keeping the boxes saved for it.
func (s *Shell) readProfile(name, paper string, landscape bool, dx, dy string) (document.CertLayout, error) {
	name = viet.Clean(name)
	if name == "" {
		name = defaultProfile
	}
	l, err := dossier.CertProfile(s.deps.Store, name)
	if err != nil {
		return l, err
	}
	if l.Paper != paper || l.Landscape != landscape {
		l = document.DefaultCertLayout(paper, landscape)
		l.Name = name
	}
	var ps app.Problems
	for _, f := range []struct {
		text string
		dst  *float64
		at   string
	}{{dx, &l.OffsetX, "Lệch ngang"}, {dy, &l.OffsetY, "Lệch dọc"}} {
		v, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(f.text), ",", ".", 1), 64)
		if err != nil || v < -50 || v > 50 {
			ps.Add(f.at, "gõ số mm từ -50 đến 50, ví dụ 2,5 hoặc -1")
		}
		*f.dst = v
	}
	if err := ps.Err(); err != nil {
		return l, err
	}
	return l, l.Validate()
}

// saveProfile stores l among the printer profiles.
func (s *Shell) saveProfile(l document.CertLayout) error {
	ps, err := dossier.CertProfiles(s.deps.Store)
	if err != nil {
		return err
	}
	ps[l.Name] = l
	text, err := dossier.EncodeCertProfiles(ps)
	if err != nil {
		return err
	}
	return s.deps.Store.SaveSetting(dossier.CertProfilesKey, text)
}

// mmText writes millimetres with a decimal comma.
func mmText(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
