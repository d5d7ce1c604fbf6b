package screens

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// SettingsScreen edits the organisation and the signers.
type SettingsScreen struct {
	shell   *Shell
	fields  map[string]*widget.Entry
	level   *widget.RadioGroup
	status  *widget.Label
	saved   app.Organisation // as stored
	invalid string           // the fields that could not be saved, one a line
	timer   *time.Timer
	dirty   bool // typed since the last save
	// signersBox holds the signers' part, shown again when they change.
	signersBox *fyne.Container
	signers    []app.Signer
	// periodsBox holds the periods of the organisation's structure, shown
	// again when one is saved.
	periodsBox *fyne.Container
}

var levelLabels = map[string]app.Level{
	app.LevelProvince.Label(): app.LevelProvince,
	app.LevelDistrict.Label(): app.LevelDistrict,
	app.LevelCommune.Label():  app.LevelCommune,
}

// orgFields are the organisation's text fields in form order.
var orgFields = []struct{ key, label, hint string }{
	{"name", "Tên cơ quan", "Ủy ban nhân dân xã Hòa Phong"},
	{"short", "Tên viết gọn", "UBND xã Hòa Phong"},
	{"parent", "Cơ quan cấp trên", "Ủy ban nhân dân tỉnh Hưng Yên"},
	{"place", "Địa danh ghi ngày tháng", "Hòa Phong"},
	{"abbr", "Chữ viết tắt trong số ký hiệu", "UBND"},
	{"council", "Tên Hội đồng", "Hội đồng Thi đua - Khen thưởng xã"},
	{"councilAbbr", "Viết tắt tên Hội đồng", "HĐTĐKT"},
	{"clerk", "Công chức phụ trách", "Phạm Thu Trang"},
	{"clerkOffice", "Bộ phận", "Văn phòng - Thống kê"},
	{"place2", "Nơi họp thường dùng", "Hội trường UBND xã"},
	{"upper", "Cấp huyện (đến 30/6/2025)", "Ủy ban nhân dân thị xã Mỹ Hào — tờ trình trước 01/7/2025 gửi qua đây"},
	{"regulation", "Quy định thi đua của tỉnh", "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh … ban hành Quy chế công tác thi đua, khen thưởng"},
}

func buildSettingsScreen(s *Shell) fyne.CanvasObject {
	return NewSettingsScreen(s).Content()
}

// NewSettingsScreen builds the settings screen and loads its data.
func NewSettingsScreen(s *Shell) *SettingsScreen {
	sc := &SettingsScreen{shell: s, fields: map[string]*widget.Entry{}, status: widget.NewLabel("")}
	for _, f := range orgFields {
		e := widget.NewEntry()
		e.SetPlaceHolder("ví dụ: " + f.hint) // so that an empty field does not look filled in
		sc.fields[f.key] = e
	}
	sc.level = widget.NewRadioGroup([]string{app.LevelCommune.Label(), app.LevelDistrict.Label(), app.LevelProvince.Label()}, nil)
	sc.level.Required = true // a second tap on the chosen level must not clear it
	sc.level.Horizontal = true
	sc.load()
	for _, e := range sc.fields {
		e.OnChanged = func(string) { sc.changed() }
	}
	sc.level.OnChanged = func(string) { sc.changed() }
	s.onLeave = sc.flush
	s.unsaved = func() string { return sc.invalid } // after onLeave's flush
	return sc
}

// changed schedules saving the organisation: like the plan, Cài đặt saves
// itself shortly after the clerk stops typing.
func (sc *SettingsScreen) changed() {
	if sc.timer != nil {
		sc.timer.Stop()
	}
	sc.dirty = true
	sc.status.Importance = widget.MediumImportance
	sc.status.SetText("Đang sửa…")
	sc.timer = time.AfterFunc(saveDelay, func() { fyne.Do(sc.flush) })
}

// flush saves the organisation as typed. A field whose value the rules
// refuse keeps its stored value, stays as typed on the screen and is named
// in the status line; the other fields are saved.
func (sc *SettingsScreen) flush() {
	if sc.timer != nil {
		sc.timer.Stop()
	}
	if !sc.dirty {
		return
	}
	typed := sc.saved
	for key, v := range sc.orgValues(&typed) {
		*v = sc.fields[key].Text
	}
	typed.Level = levelLabels[sc.level.Selected]
	o, bad := typed, []string{}
	if err := typed.Normalized().Validate(); err != nil && sc.saved.Normalized().Validate() == nil {
		// Keep the stored value of each field that alone breaks a rule.
		o = sc.saved
		for _, f := range orgFields {
			try := o
			*sc.orgValues(&try)[f.key] = sc.fields[f.key].Text
			if try.Normalized().Validate() == nil {
				o = try
			} else {
				bad = append(bad, f.label)
			}
		}
		o.Level = typed.Level
	}
	if err := sc.shell.deps.Store.SaveOrganisation(o); err != nil {
		sc.invalid = Message(err)
		sc.status.Importance = widget.DangerImportance
		sc.status.SetText("Chưa lưu — " + sc.invalid)
		return
	}
	sc.saved, sc.dirty = o, false // a refused field stays named in sc.invalid
	sc.invalid = ""
	sc.status.Importance = widget.SuccessImportance
	sc.status.SetText("Đã lưu lúc " + time.Now().Format("15:04:05"))
	if len(bad) > 0 {
		sc.invalid = "• " + strings.Join(bad, "\n• ") + " (ô bắt buộc, chưa nhập)"
		sc.status.Importance = widget.DangerImportance
		sc.status.SetText(sc.status.Text + " — trừ: " + strings.Join(bad, ", ") + " (ô bắt buộc, hãy nhập)")
	}
	sc.shell.reload()
}

func (sc *SettingsScreen) load() {
	o, err := sc.shell.deps.Store.Organisation()
	if err != nil {
		sc.shell.showError(err)
	}
	sc.saved = o
	for key, v := range sc.orgValues(&o) {
		sc.fields[key].SetText(*v)
	}
	sc.level.SetSelected(o.Level.Label())
	sc.signers, err = sc.shell.deps.Store.Signers()
	if err != nil {
		sc.shell.showError(err)
	}
}

func (sc *SettingsScreen) orgValues(o *app.Organisation) map[string]*string {
	return map[string]*string{"name": &o.Name, "short": &o.ShortName, "parent": &o.Parent,
		"place": &o.Place, "abbr": &o.Abbreviation, "council": &o.CouncilName,
		"councilAbbr": &o.CouncilAbbr, "clerk": &o.ClerkName, "clerkOffice": &o.ClerkOffice,
		"place2": &o.DefaultPlace, "upper": &o.Upper, "regulation": &o.Regulation}
}

// Content returns the screen.
func (sc *SettingsScreen) Content() fyne.CanvasObject {
	sc.signersBox = container.NewStack(sc.signersPart())
	sc.periodsBox = container.NewStack(sc.periodsPart())
	form := widget.NewForm()
	for _, f := range orgFields {
		item := widget.NewFormItem(f.label, sc.fields[f.key])
		if len(sc.saved.Periods) > 0 && (f.key == "name" || f.key == "parent" || f.key == "upper") {
			// These three are what a period of the structure replaces.
			item.HintText = "văn bản có ngày thuộc một thời kỳ ở “Tổ chức theo thời kỳ” lấy theo thời kỳ đó"
		}
		form.AppendItem(item)
	}
	form.Append("Cấp hành chính", sc.level)
	org := container.NewVBox(heading("Cơ quan ban hành văn bản"), form,
		textLabel("Không cần bấm Lưu: thông tin tự lưu khi bạn ngừng gõ."), sc.status)
	return container.NewVScroll(container.NewPadded(container.NewVBox(org, widget.NewSeparator(), sc.periodsBox,
		widget.NewSeparator(), sc.signersBox,
		widget.NewSeparator(), sc.pagePart(), widget.NewSeparator(), sc.backupPart(), widget.NewSeparator(), sc.typingPart())))
}

// reloadSigners shows the signers again after one was saved or deleted,
// leaving the rest of the screen (and what is typed there) as it is.
func (sc *SettingsScreen) reloadSigners() {
	ss, err := sc.shell.deps.Store.Signers()
	if err != nil {
		sc.shell.showError(err)
		return
	}
	sc.signers = ss
	sc.signersBox.Objects = []fyne.CanvasObject{sc.signersPart()}
	sc.signersBox.Refresh()
}

// signersPart lists the signers as plain rows, not in a list of its own:
// the page scrolls as a whole, and a list inside it would take the mouse
// wheel for itself whenever the pointer passes over it.
func (sc *SettingsScreen) signersPart() fyne.CanvasObject {
	add := widget.NewButton("Thêm người ký", func() { sc.editSigner(app.Signer{Active: true}) })
	rows := container.NewVBox()
	for _, sg := range sc.signers {
		rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(
			widget.NewButton("Sửa", func() { sc.editSigner(sg) }), widget.NewButton("Xóa", func() { sc.onDeleteSigner(sg) })),
			widget.NewLabel(signerLine(sg))))
	}
	if len(sc.signers) == 0 {
		rows.Add(widget.NewLabel("Chưa có người ký. Bấm “Thêm người ký” để nhập Chủ tịch, Phó Chủ tịch."))
	}
	return container.NewVBox(heading("Người ký văn bản"), rows, container.NewHBox(add))
}

func signerLine(sg app.Signer) string {
	s := fmt.Sprintf("%s — %s", sg.FullName, sg.Title)
	if !sg.Active {
		s += " (không còn ký)"
	}
	return s
}

// editSigner opens the signer form; ID 0 adds a new one.
func (sc *SettingsScreen) editSigner(sg app.Signer) {
	name, title := widget.NewEntry(), widget.NewEntry()
	name.SetText(sg.FullName)
	title.SetText(sg.Title)
	title.SetPlaceHolder("PHÓ CHỦ TỊCH")
	active := widget.NewCheck("Đang ký văn bản", nil)
	active.SetChecked(sg.Active)
	items := []*widget.FormItem{
		widget.NewFormItem("Họ và tên", name),
		widget.NewFormItem("Chức vụ", title),
		widget.NewFormItem("", active),
	}
	formDialog(sc.shell.win, "Người ký", "Lưu", "Hủy", items, func() bool {
		sg.FullName, sg.Title, sg.Active = name.Text, title.Text, active.Checked
		if _, err := sc.shell.deps.Store.SaveSigner(sg); err != nil {
			sc.shell.showError(err)
			return false
		}
		sc.reloadSigners()
		return true
	}).Show()
}

func (sc *SettingsScreen) onDeleteSigner(sg app.Signer) {
	dialog.ShowConfirm("Xóa người ký", fmt.Sprintf("Xóa %s khỏi danh sách người ký? Văn bản đã ban hành không thay đổi.", sg.FullName),
		func(ok bool) {
			if !ok {
				return
			}
			if err := sc.shell.deps.Store.DeleteSigner(sg.ID); err != nil {
				sc.shell.showError(err)
				return
			}
			sc.reloadSigners()
		}, sc.shell.win)
}

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
