package screens

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// participantForm is the add / edit form of one participant.
type participantForm struct {
	ps     *ParticipantsScreen
	p      app.Participant
	texts  map[string]*widget.Entry
	birth  *widget.Entry
	gender *widget.RadioGroup
	unit   *widget.Select
	flag   *widget.Check
	dlg    dialog.Dialog
}

// personFields and unitFields are the text fields of each kind, in form order.
func personFields(p *app.Participant) []struct {
	label string
	v     *string
} {
	return []struct {
		label string
		v     *string
	}{
		{"Họ và tên", &p.Name}, {"Dân tộc", &p.Ethnicity}, {"Quê quán", &p.Hometown},
		{"Nơi thường trú", &p.Residence}, {"Chức vụ", &p.Position},
		{"Trình độ chuyên môn", &p.Qualification}, {"Lý luận chính trị", &p.PoliticalTheory},
		{"Điện thoại", &p.Phone}, {"Ghi chú", &p.Note}, {"Nội dung xem xét", &p.SuspendedNote},
	}
}

func unitFields(p *app.Participant) []struct {
	label string
	v     *string
} {
	return []struct {
		label string
		v     *string
	}{{"Tên tập thể", &p.Name}, {unitParentLabel, &p.Parent}, {"Người đứng đầu", &p.Head}, {"Ghi chú", &p.Note},
		{"Nội dung xem xét", &p.SuspendedNote}}
}

// unitParentLabel is the field of a collective's direct superior; left
// empty, its papers name the commune's People's Committee above it.
const unitParentLabel = "Cơ quan cấp trên"

// edit opens the form of p (ID 0: a new participant).
func (ps *ParticipantsScreen) edit(p app.Participant) {
	f := &participantForm{ps: ps, p: p, texts: map[string]*widget.Entry{}}
	title := "Sửa thông tin " + strings.ToLower(p.Kind.Label())
	if p.ID == 0 {
		title = "Thêm " + strings.ToLower(p.Kind.Label())
	}
	content := container.NewVScroll(f.content())
	content.SetMinSize(fyne.NewSize(720, 520))
	f.dlg = dialog.NewCustomConfirm(title, "Lưu", "Đóng", content, func(ok bool) {
		if ok {
			f.onSave()
		}
	}, ps.shell.win)
	f.dlg.Show()
}

func (f *participantForm) fields() []struct {
	label string
	v     *string
} {
	if f.p.Kind == app.KindCollective {
		return unitFields(&f.p)
	}
	return personFields(&f.p)
}

// content builds the form. Its items are made in the order they are shown
// and handed to the form once: a widget.Form pairs labels and fields by
// position, so items inserted after it was built would show one field's
// value under another's label.
func (f *participantForm) content() fyne.CanvasObject {
	var items []*widget.FormItem
	for i, fl := range f.fields() {
		e := widget.NewEntry()
		e.SetText(*fl.v)
		f.texts[fl.label] = e
		if fl.label == unitParentLabel {
			e.SetPlaceHolder("để trống: Ủy ban nhân dân xã")
		}
		if fl.label == "Nội dung xem xét" {
			f.flag = widget.NewCheck("Đang xem xét kỷ luật / thanh tra / khiếu nại (không được đề nghị khen thưởng)", nil)
			f.flag.SetChecked(f.p.Suspended)
			items = append(items, widget.NewFormItem("", f.flag))
		}
		items = append(items, widget.NewFormItem(fl.label, e))
		if i == 0 && f.p.Kind == app.KindIndividual { // after the name
			items = append(items, f.personItems()...)
		}
		if fl.label == "Người đứng đầu" {
			items = append(items, f.unitItems()...)
		}
	}
	form := widget.NewForm(items...)
	box := container.NewVBox(form)
	if f.p.ID != 0 {
		box.Add(widget.NewSeparator())
		box.Add(f.historyPart())
		box.Add(widget.NewSeparator())
		box.Add(f.archivePart())
	}
	return box
}

// personItems are gender, birth date and unit, shown after the name.
func (f *participantForm) personItems() []*widget.FormItem {
	f.birth = widget.NewEntry()
	f.birth.SetPlaceHolder("ngày/tháng/năm")
	f.birth.SetText(viet.DisplayISO(f.p.BirthDate))
	f.birth.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := viet.ParseDate(s)
		return err
	}
	f.gender = widget.NewRadioGroup([]string{"Nam", "Nữ"}, nil)
	f.gender.Horizontal = true
	f.gender.SetSelected(f.p.GenderLabel())
	var units []string
	units = append(units, noUnit)
	for _, p := range f.ps.roster.All(app.KindCollective) {
		units = append(units, p.Name)
	}
	f.unit = widget.NewSelect(units, nil)
	f.unit.SetSelected(units[0])
	if name, ok := f.ps.roster.Units()[f.p.UnitID]; ok {
		f.unit.SetSelected(name)
	}
	return []*widget.FormItem{widget.NewFormItem("Giới tính", f.gender), widget.NewFormItem("Ngày sinh", f.birth),
		widget.NewFormItem("Đơn vị (tập thể)", f.unit)}
}

// noUnit is the unit choice of a person who belongs to no collective.
const noUnit = "(không thuộc tập thể nào)"

// unitItems are a collective's member counts, after its head.
func (f *participantForm) unitItems() []*widget.FormItem {
	var items []*widget.FormItem
	for _, n := range []struct {
		label string
		v     *int
	}{{"Số thành viên", &f.p.Members}, {"Số nữ", &f.p.Women}} {
		e := widget.NewEntry()
		e.SetText(strconv.Itoa(*n.v))
		f.texts[n.label] = e
		items = append(items, widget.NewFormItem(n.label, e))
	}
	return items
}

// read copies the form into f.p and returns the problems of unreadable
// fields.
func (f *participantForm) read() app.Problems {
	var ps app.Problems
	for _, fl := range f.fields() {
		*fl.v = f.texts[fl.label].Text
	}
	if f.flag != nil {
		f.p.Suspended = f.flag.Checked
	}
	if f.p.Kind == app.KindCollective {
		for _, n := range []struct {
			label string
			v     *int
		}{{"Số thành viên", &f.p.Members}, {"Số nữ", &f.p.Women}} {
			text := strings.TrimSpace(f.texts[n.label].Text)
			v, err := strconv.Atoi(text)
			if text == "" {
				v, err = 0, nil
			}
			if err != nil {
				ps.Add(n.label, "%q không phải là số nguyên", text)
			}
			*n.v = v
		}
		return ps
	}
	f.p.Gender = map[string]string{"Nam": app.GenderMale, "Nữ": app.GenderFemale}[f.gender.Selected]
	f.p.BirthDate = ""
	if s := strings.TrimSpace(f.birth.Text); s != "" {
		t, err := viet.ParseDate(s)
		if err != nil {
			ps.Add("Ngày sinh", "%v", err)
		} else {
			f.p.BirthDate = viet.ISO(t)
		}
	}
	f.p.UnitID = f.ps.units[f.unit.Selected]
	return ps
}

// onSave validates, asks about a duplicate person, and saves.
func (f *participantForm) onSave() {
	problems := f.read()
	f.p.Normalize()
	f.p.Validate(&problems, "")
	if err := problems.Err(); err != nil {
		f.ps.shell.showErrorThen(err, f.dlg.Show)
		return
	}
	if dup := f.duplicate(); dup != nil {
		msg := fmt.Sprintf("Đã có %s cùng họ tên", dup.Name)
		if dup.Kind == app.KindIndividual {
			msg += " và ngày sinh " + orDash(viet.DisplayISO(dup.BirthDate))
		}
		dialog.ShowConfirm("Có thể trùng người", msg+". Vẫn lưu thành một đối tượng riêng?", func(ok bool) {
			if ok {
				f.save()
			} else {
				f.dlg.Show()
			}
		}, f.ps.shell.win)
		return
	}
	f.save()
}

func (f *participantForm) duplicate() *app.Participant {
	for _, other := range f.ps.roster.All(f.p.Kind) {
		if other.ID != f.p.ID && app.SameIdentity(other, f.p) {
			return &other
		}
	}
	return nil
}

func (f *participantForm) save() {
	st := f.ps.shell.deps.Store
	var err error
	if f.p.ID == 0 {
		_, err = st.AddParticipants([]app.Participant{f.p})
	} else {
		err = st.UpdateParticipant(f.p)
	}
	if err != nil {
		f.ps.shell.showErrorThen(err, f.dlg.Show)
		return
	}
	f.ps.reload()
}

// archivePart offers archiving (or restoring) and deleting.
func (f *participantForm) archivePart() fyne.CanvasObject {
	label := "Lưu trữ (ẩn khỏi danh sách, giữ hồ sơ)"
	if f.p.Archived {
		label = "Đưa trở lại danh sách"
	}
	archive := widget.NewButton(label, func() {
		if err := f.ps.shell.deps.Store.SetArchived([]int64{f.p.ID}, !f.p.Archived); err != nil {
			f.ps.shell.showError(err)
			return
		}
		f.dlg.Hide()
		f.ps.reload()
	})
	del := widget.NewButton("Xóa hẳn", func() {
		dialog.ShowConfirm("Xóa đối tượng", "Xóa hẳn "+f.p.Name+"? Chỉ xóa được khi chưa có điểm chấm, đề nghị "+
			"hay quá trình khen thưởng; nếu đã có, hãy dùng Lưu trữ.", func(ok bool) {
			if !ok {
				return
			}
			if err := f.ps.shell.deps.Store.DeleteParticipant(f.p.ID); err != nil {
				f.ps.shell.showError(err)
				return
			}
			f.dlg.Hide()
			f.ps.reload()
		}, f.ps.shell.win)
	})
	del.Importance = widget.DangerImportance
	return container.NewHBox(archive, del)
}
