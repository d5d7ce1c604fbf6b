package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// periodsPart lists the periods of the organisation's structure, each
// with its Sửa button, and the button that adds one: every paper takes
// the period in force on its own date.
func (sc *SettingsScreen) periodsPart() fyne.CanvasObject {
	o, err := sc.shell.deps.Store.Organisation()
	if err != nil {
		sc.shell.showError(err)
	}
	rows := container.NewVBox()
	for _, p := range o.Periods {
		p := p
		line := widget.NewLabel(periodLine(p))
		line.Wrapping = fyne.TextWrapWord
		edit := widget.NewButton("Sửa", func() { sc.editPeriod(p) })
		rows.Add(container.NewBorder(nil, nil, nil, edit, line))
	}
	if len(o.Periods) == 0 {
		rows.Add(textLabel("Chưa ghi thời kỳ nào: văn bản lấy tên cơ quan và cơ quan cấp trên ở phần trên."))
	}
	add := widget.NewButton("Thêm thời kỳ", func() {
		sc.editPeriod(app.OrgPeriod{Name: sc.saved.Name, Parent: sc.saved.Parent, Province: app.ProvinceIn(sc.saved.Parent)})
	})
	return container.NewVBox(heading("Tổ chức theo thời kỳ"),
		textLabel("Mỗi văn bản lấy tên cơ quan, dòng cơ quan cấp trên ở tiêu đề và nơi gửi tờ trình của thời kỳ có hiệu lực vào ngày của văn bản; "+
			"ngày không thuộc thời kỳ nào thì lấy các ô ở phần trên."),
		rows, container.NewHBox(add))
}

// periodLine is a period as the list shows it.
func periodLine(p app.OrgPeriod) string {
	s := upperFirst(app.PeriodSpan(p)) + ": " + p.Name
	if p.Parent != "" {
		s += " — dòng trên: " + p.Parent
	} else {
		s += " — không có dòng trên"
	}
	if p.Upper != "" {
		s += " — tờ trình qua " + p.Upper
	}
	if p.Province != "" {
		s += " — " + p.Province
	}
	return s
}

// editPeriod opens the form of a period; ID 0 adds a new one.
func (sc *SettingsScreen) editPeriod(p app.OrgPeriod) {
	entry := func(v, hint string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(v)
		e.SetPlaceHolder(hint)
		return e
	}
	from, until := entry(viet.DisplayISO(p.From), "01/07/2025 — để trống: từ trước"), entry(viet.DisplayISO(p.Until), "để trống: đến nay")
	name := entry(p.Name, "Ủy ban nhân dân xã Hòa Phong")
	parent := entry(p.Parent, "Ủy ban nhân dân tỉnh Hưng Yên — để trống: không in dòng trên")
	upper := entry(p.Upper, "Ủy ban nhân dân thị xã Mỹ Hào — để trống: không qua cấp huyện")
	province := entry(p.Province, "tỉnh Hưng Yên")
	items := []*widget.FormItem{
		widget.NewFormItem("Từ ngày", from), widget.NewFormItem("Đến ngày", until),
		widget.NewFormItem("Tên cơ quan", name), widget.NewFormItem("Dòng cơ quan cấp trên", parent),
		widget.NewFormItem("Cấp huyện gửi qua", upper), widget.NewFormItem("Tỉnh", province),
	}
	items[3].HintText = "dòng in phía trên tên cơ quan ở tiêu đề văn bản"
	formDialog(sc.shell.win, "Thời kỳ tổ chức", "Lưu", "Hủy", items, func() bool {
		q := p
		var ps app.Problems
		for _, d := range []struct {
			e   *widget.Entry
			dst *string
			at  string
		}{{from, &q.From, "Từ ngày"}, {until, &q.Until, "Đến ngày"}} {
			*d.dst = ""
			if t := viet.Clean(d.e.Text); t != "" {
				iso, err := isoDate(d.at, t)
				if err != nil {
					ps.Add(d.at, "ngày không đọc được, gõ theo dạng dd/mm/yyyy")
				}
				*d.dst = iso
			}
		}
		if err := ps.Err(); err != nil {
			sc.shell.showError(err)
			return false
		}
		q.Name, q.Parent, q.Upper, q.Province = name.Text, parent.Text, upper.Text, province.Text
		if _, err := sc.shell.deps.Store.SaveOrgPeriod(q); err != nil {
			sc.shell.showError(err)
			return false
		}
		sc.periodsBox.Objects = []fyne.CanvasObject{sc.periodsPart()}
		sc.periodsBox.Refresh()
		sc.shell.reload()
		return true
	}).Show()
}

// upperFirst capitalises the first letter of a phrase starting a line.
func upperFirst(s string) string {
	for i, r := range s {
		return viet.Upper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
