package screens

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// roles are the council roles in the order a list shows them.
var roles = []string{app.RoleChair, app.RoleViceChair, app.RoleMember, app.RoleSecretary}

const noneChoice = "(không)"

// onCouncil shows the council's members with their roles, to add, edit
// or remove.
func (ns *NominationsScreen) onCouncil() {
	box := container.NewVBox()
	var d dialog.Dialog
	var fill func()
	fill = func() {
		box.Objects = nil
		members, err := ns.shell.deps.Store.CouncilMembers()
		if err != nil {
			ns.shell.showError(err)
		}
		for _, m := range members {
			m := m
			line := m.FullName + " — " + app.RoleLabel(m.Role)
			if m.Office != "" {
				line += ", " + m.Office
			}
			if !m.Active {
				line += " (thôi tham gia)"
			}
			edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { ns.editMember(m, fill) })
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				dialog.ShowConfirm("Xóa thành viên", "Xóa "+m.FullName+" khỏi Hội đồng?", func(ok bool) {
					if ok {
						if err := ns.shell.deps.Store.DeleteCouncilMember(m.ID); err != nil {
							ns.shell.showError(err)
						}
						fill()
					}
				}, ns.shell.win)
			})
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), widget.NewLabel(line)))
		}
		box.Refresh()
	}
	fill()
	add := widget.NewButtonWithIcon("Thêm thành viên", theme.ContentAddIcon(), func() {
		ns.editMember(app.CouncilMember{Role: app.RoleMember, Active: true}, fill)
	})
	d = dialog.NewCustom("Hội đồng Thi đua - Khen thưởng", "Đóng", container.NewBorder(nil, add, nil, nil, container.NewVScroll(box)), ns.shell.win)
	d.SetOnClosed(ns.reload)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// editMember is the form of one council member.
func (ns *NominationsScreen) editMember(m app.CouncilMember, done func()) {
	name, office := widget.NewEntry(), widget.NewEntry()
	name.SetText(m.FullName)
	office.SetText(m.Office)
	var roleLabels []string
	for _, r := range roles {
		roleLabels = append(roleLabels, app.RoleLabel(r))
	}
	role := widget.NewSelect(roleLabels, nil)
	role.SetSelected(app.RoleLabel(m.Role))
	unit := ns.participantSelect(app.KindCollective, m.CollectiveID)
	person := ns.participantSelect(app.KindIndividual, m.ParticipantID)
	active := widget.NewCheck("Đang là thành viên", nil)
	active.SetChecked(m.Active)
	items := []*widget.FormItem{widget.NewFormItem("Họ và tên", name), widget.NewFormItem("Chức vụ ở xã", office),
		widget.NewFormItem("Vai trò", role), widget.NewFormItem("Thuộc tập thể", unit.sel),
		widget.NewFormItem("Là cá nhân", person.sel), widget.NewFormItem("", active)}
	items[3].HintText = "không biểu quyết khi tập thể này được đề nghị"
	items[4].HintText = "không biểu quyết khi chính mình được đề nghị"
	d := formDialog(ns.shell.win, "Thành viên Hội đồng", "Lưu", "Hủy", items, func() bool {
		m.FullName, m.Office, m.Active = name.Text, office.Text, active.Checked
		for _, r := range roles {
			if app.RoleLabel(r) == role.Selected {
				m.Role = r
			}
		}
		m.CollectiveID, m.ParticipantID = unit.id(), person.id()
		if _, err := ns.shell.deps.Store.SaveCouncilMember(m); err != nil {
			ns.shell.showError(err) // the form stays open to be fixed
			return false
		}
		done()
		return true
	})
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
}

// participantChoice is a Select of the active participants of one kind.
type participantChoice struct {
	sel  *widget.Select
	byID map[string]int64
}

func (c participantChoice) id() int64 { return c.byID[c.sel.Selected] }

func (ns *NominationsScreen) participantSelect(k app.Kind, current int64) participantChoice {
	c := participantChoice{byID: map[string]int64{}}
	options := []string{noneChoice}
	selected := noneChoice
	for _, p := range app.NewRoster(ns.in.Parts).All(k) {
		if p.Archived && p.ID != current {
			continue
		}
		label := p.Name
		if k == app.KindIndividual && p.Unit != "" {
			label += " (" + p.Unit + ")"
		}
		if _, dup := c.byID[label]; dup {
			label += " — mã " + strconv.FormatInt(p.ID, 10) // two people of one name in one unit
		}
		options = append(options, label)
		c.byID[label] = p.ID
		if p.ID == current {
			selected = label
		}
	}
	c.sel = widget.NewSelect(options, nil)
	c.sel.SetSelected(selected)
	return c
}
