package screens

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

func buildParticipantsScreen(s *Shell) fyne.CanvasObject {
	all, err := s.deps.Store.Participants("")
	if err != nil {
		s.showError(err)
	}
	var cols, inds []app.Participant
	unitName := map[int64]string{}
	for _, p := range all {
		if p.Kind == app.KindCollective {
			cols = append(cols, p)
			unitName[p.ID] = p.Name
		} else {
			inds = append(inds, p)
		}
	}
	sort.SliceStable(cols, func(i, j int) bool { return viet.CompareText(cols[i].Name, cols[j].Name) < 0 })
	sort.SliceStable(inds, func(i, j int) bool { return viet.CompareNames(inds[i].Name, inds[j].Name) < 0 })
	colTable := newTable([]string{"Tên tập thể", "Người đứng đầu", "Số thành viên", "Nữ", "Trạng thái"},
		[]float32{320, 200, 110, 60, 200}, len(cols), func(r, c int) string {
			p := cols[r]
			return []string{p.Name, p.Head, fmt.Sprint(p.Members), fmt.Sprint(p.Women), status(p)}[c]
		})
	indTable := newTable([]string{"Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đơn vị", "Trạng thái"},
		[]float32{220, 80, 100, 260, 260, 160}, len(inds), func(r, c int) string {
			p := inds[r]
			unit := p.Unit
			if n, ok := unitName[p.UnitID]; ok {
				unit = n
			}
			return []string{p.Name, genderLabel(p.Gender), viet.DisplayISO(p.BirthDate), p.Position, unit, status(p)}[c]
		})
	tabs := container.NewAppTabs(
		container.NewTabItem(fmt.Sprintf("Tập thể (%d)", len(cols)), colTable),
		container.NewTabItem(fmt.Sprintf("Cá nhân (%d)", len(inds)), indTable),
	)
	if len(all) == 0 {
		return container.NewVBox(readOnlyNote("danh sách đối tượng"),
			textLabel("Chưa có đối tượng nào. Danh sách tập thể, cá nhân có thể nhập bằng lệnh thidua import-data."))
	}
	return container.NewBorder(readOnlyNote("danh sách đối tượng"), nil, nil, nil, tabs)
}

func status(p app.Participant) string {
	switch {
	case p.Archived:
		return "Lưu trữ"
	case p.Suspended:
		return "Đang xem xét kỷ luật"
	}
	return "Đang tham gia"
}

func genderLabel(g string) string {
	switch g {
	case app.GenderMale:
		return "Nam"
	case app.GenderFemale:
		return "Nữ"
	}
	return ""
}

// newTable is a read-only table over a plain slice: cell(r, c) gives the
// text of row r, column c. The header row stays on top.
func newTable(headers []string, widths []float32, rows int, cell func(r, c int) string) *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return rows, len(headers) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(cell(id.Row, id.Col))
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Row < 0 && id.Col >= 0 {
			o.(*widget.Label).SetText(headers[id.Col])
		}
	}
	for i, w := range widths {
		t.SetColumnWidth(i, w)
	}
	return t
}
