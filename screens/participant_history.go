package screens

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// historyPart lists the participant's award history with add, edit and
// delete; it feeds section III of later achievement reports.
func (f *participantForm) historyPart() fyne.CanvasObject {
	box := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		box.Objects = []fyne.CanvasObject{heading("Quá trình khen thưởng (ghi vào báo cáo thành tích)")}
		history, err := f.ps.shell.deps.Store.AwardHistory(f.p.ID)
		if err != nil {
			f.ps.shell.showError(err)
		}
		if len(history) == 0 {
			box.Add(widget.NewLabel("Chưa có."))
		}
		for _, h := range history {
			line := fmt.Sprintf("%d — %s — %s ngày %s — %s", h.Year, h.Title, orDash(h.DecisionNumber),
				orDash(viet.DisplayISO(h.DecisionDate)), orDash(h.Issuer))
			edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { f.editAward(h, rebuild) })
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				if err := f.ps.shell.deps.Store.DeleteAwardRecord(h.ID); err != nil {
					f.ps.shell.showError(err)
				}
				rebuild()
			})
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), textLabel(line)))
		}
		box.Add(container.NewHBox(widget.NewButtonWithIcon("Thêm khen thưởng đã nhận", theme.ContentAddIcon(), func() {
			f.editAward(app.AwardRecord{ParticipantID: f.p.ID}, rebuild)
		}), widget.NewButtonWithIcon(exportHistoryLabel, theme.DocumentSaveIcon(), func() {
			f.ps.shell.exportAwards(historyFilter(f.p))
		})))
		box.Refresh()
	}
	rebuild()
	return box
}

// editAward opens the form of one line of award history.
func (f *participantForm) editAward(h app.AwardRecord, done func()) {
	year, title, number, date, issuer := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	if h.Year != 0 {
		year.SetText(strconv.Itoa(h.Year))
	}
	title.SetText(h.Title)
	title.SetPlaceHolder("Giấy khen của Chủ tịch UBND xã, Lao động tiên tiến …")
	number.SetText(h.DecisionNumber)
	number.SetPlaceHolder("45/QĐ-UBND")
	date.SetText(viet.DisplayISO(h.DecisionDate))
	date.SetPlaceHolder("ngày/tháng/năm")
	issuer.SetText(h.Issuer)
	items := []*widget.FormItem{
		widget.NewFormItem("Năm", year), widget.NewFormItem("Danh hiệu, hình thức", title),
		widget.NewFormItem("Số quyết định", number), widget.NewFormItem("Ngày quyết định", date),
		widget.NewFormItem("Cơ quan ban hành", issuer),
	}
	formDialog(f.ps.shell.win, "Khen thưởng đã nhận", "Lưu", "Hủy", items, func() bool {
		var ps app.Problems
		y, err := strconv.Atoi(strings.TrimSpace(year.Text))
		if err != nil {
			ps.Add("Năm", "%q không phải là năm, ví dụ 2024", year.Text)
		}
		h.Year, h.Title, h.DecisionNumber, h.Issuer = y, title.Text, number.Text, issuer.Text
		h.DecisionDate = ""
		if s := strings.TrimSpace(date.Text); s != "" {
			if t, err := viet.ParseDate(s); err != nil {
				ps.Add("Ngày quyết định", "%v", err)
			} else {
				h.DecisionDate = viet.ISO(t)
			}
		}
		if err := ps.Err(); err != nil {
			f.ps.shell.showError(err)
			return false
		}
		if _, err := f.ps.shell.deps.Store.SaveAwardRecord(h); err != nil {
			f.ps.shell.showError(err)
			return false
		}
		done()
		return true
	}).Show()
}
