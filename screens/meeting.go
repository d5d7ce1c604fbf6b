package screens

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// onMeetings lists the round's council meetings, to add or edit one.
func (ns *NominationsScreen) onMeetings() {
	box := container.NewVBox()
	if len(ns.in.Meetings) == 0 {
		box.Add(textLabel("Đợt này chưa có cuộc họp nào."))
	}
	var d dialog.Dialog
	for _, m := range ns.in.Meetings {
		m := m
		line := fmt.Sprintf("%s — %d/%d thành viên dự họp", app.MeetingTitle(m), len(m.Attendees), m.MembersTotal)
		edit := widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() { d.Hide(); ns.editMeeting(m) })
		box.Add(container.NewBorder(nil, nil, nil, edit, widget.NewLabel(line)))
	}
	add := widget.NewButtonWithIcon("Thêm cuộc họp", theme.ContentAddIcon(), func() {
		d.Hide()
		ns.editMeeting(ns.newMeeting())
	})
	d = dialog.NewCustom("Cuộc họp Hội đồng — "+ns.round.Name, "Đóng", container.NewBorder(nil, add, nil, nil, fitted(ns.shell.win, box, 0)), ns.shell.win)
	d.Resize(fyne.NewSize(640, 360))
	d.Show()
}

// newMeeting is a meeting of the round today, every serving member
// present, chaired by the council's chair with its secretary.
func (ns *NominationsScreen) newMeeting() app.Meeting {
	org, _ := ns.shell.deps.Store.Organisation()
	m := app.Meeting{PlanID: ns.plan.ID, RoundID: ns.round.ID, HeldAt: viet.ISO(time.Now()) + " 08:00", Place: org.DefaultPlace}
	m.Seat(ns.in.Council, nil)
	return m
}

// editMeeting is the form of one meeting: when, where, who chaired, who
// took the minutes and who attended.
func (ns *NominationsScreen) editMeeting(m app.Meeting) {
	members := ns.in.Council
	labels, byLabel := []string{}, map[string]int64{}
	labelOf := map[int64]string{}
	present := map[int64]bool{}
	for _, a := range m.Attendees {
		present[a] = true
	}
	var checked []string
	for _, c := range members {
		if !c.Active && !present[c.ID] {
			continue
		}
		l := c.FullName + " — " + app.RoleLabel(c.Role)
		labels = append(labels, l)
		byLabel[l], labelOf[c.ID] = c.ID, l
		if present[c.ID] {
			checked = append(checked, l)
		}
	}
	day, clock, _ := strings.Cut(m.HeldAt, " ")
	date, at, place := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	date.SetText(viet.DisplayISO(day))
	at.SetText(clock)
	at.SetPlaceHolder("14:00")
	place.SetText(m.Place)
	chair, secretary := widget.NewSelect(labels, nil), widget.NewSelect(labels, nil)
	chair.SetSelected(labelOf[m.ChairID])
	secretary.SetSelected(labelOf[m.SecretaryID])
	who := widget.NewCheckGroup(labels, nil)
	who.SetSelected(checked)
	note := widget.NewMultiLineEntry()
	note.SetText(m.Note)
	total := widget.NewEntry()
	total.SetText(strconv.Itoa(m.MembersTotal))
	whoBox := container.NewVScroll(who)
	whoBox.SetMinSize(fyne.NewSize(420, 250))
	items := []*widget.FormItem{widget.NewFormItem("Ngày họp", date), widget.NewFormItem("Giờ", at),
		widget.NewFormItem("Địa điểm", place), widget.NewFormItem("Chủ trì", chair), widget.NewFormItem("Thư ký", secretary),
		widget.NewFormItem("Có mặt", whoBox), widget.NewFormItem("Tổng số thành viên", total),
		widget.NewFormItem("Ghi chú", note)}
	items[6].HintText = "số thành viên Hội đồng khi họp; để 0 thì lấy số thành viên đang tham gia"
	if len(labels) == 0 {
		items = append([]*widget.FormItem{widget.NewFormItem("", textLabel("Hội đồng chưa có thành viên: hãy nhập ở “Hội đồng…” trước."))}, items...)
	}
	d := formDialog(ns.shell.win, "Cuộc họp Hội đồng — "+ns.round.Name, "Lưu", "Hủy", items, func() bool {
		iso, err := isoDate("Ngày họp", date.Text)
		if err != nil {
			ns.shell.showError(err) // the form stays open to be fixed
			return false
		}
		m.HeldAt = strings.TrimSpace(iso + " " + strings.TrimSpace(at.Text))
		m.Place, m.Note = place.Text, note.Text
		m.ChairID, m.SecretaryID = byLabel[chair.Selected], byLabel[secretary.Selected]
		m.Attendees = nil
		for _, l := range who.Selected {
			m.Attendees = append(m.Attendees, byLabel[l])
		}
		m.MembersTotal, _ = strconv.Atoi(strings.TrimSpace(total.Text))
		if _, err := ns.shell.deps.Store.SaveMeeting(m); err != nil {
			ns.shell.showError(err) // the form stays open to be fixed
			return false
		}
		ns.reload()
		return true
	})
	d.Resize(fyne.NewSize(700, 640))
	d.Show()
}
