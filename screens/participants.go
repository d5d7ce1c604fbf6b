package screens

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// column is a column of a participants' table.
type column struct {
	title string
	width float32
	col   app.Column
	text  func(r *app.Roster, p app.Participant) string
}

var collectiveColumns = []column{
	{"Tên tập thể", 330, app.ColName, func(_ *app.Roster, p app.Participant) string { return p.Name }},
	{"Người đứng đầu", 200, app.ColHead, func(_ *app.Roster, p app.Participant) string { return p.Head }},
	{"Số thành viên", 120, app.ColMembers, func(_ *app.Roster, p app.Participant) string { return fmt.Sprint(p.Members) }},
	{"Số nữ", 80, app.ColWomen, func(_ *app.Roster, p app.Participant) string { return fmt.Sprint(p.Women) }},
	{"Trạng thái", 220, app.ColStatus, func(_ *app.Roster, p app.Participant) string { return p.StatusLabel() }},
}

var individualColumns = []column{
	{"Họ và tên", 220, app.ColName, func(_ *app.Roster, p app.Participant) string { return p.Name }},
	{"Giới tính", 80, app.ColGender, func(_ *app.Roster, p app.Participant) string { return p.GenderLabel() }},
	{"Ngày sinh", 105, app.ColBirth, func(_ *app.Roster, p app.Participant) string { return viet.DisplayISO(p.BirthDate) }},
	{"Chức vụ", 250, app.ColPosition, func(_ *app.Roster, p app.Participant) string { return p.Position }},
	{"Đơn vị", 240, app.ColUnit, func(r *app.Roster, p app.Participant) string { return r.UnitName(p) }},
	{"Trạng thái", 180, app.ColStatus, func(_ *app.Roster, p app.Participant) string { return p.StatusLabel() }},
}

// ParticipantsScreen lists, searches, adds and edits participants. The
// roster is read, and searched, off the UI goroutine: on a commune's full
// list both take longer than a keystroke may freeze the window.
type ParticipantsScreen struct {
	shell  *Shell
	roster *app.Roster
	search *widget.Entry
	unit   *widget.Select
	status *widget.Select
	tabs   *container.AppTabs
	views  map[app.Kind]*participantTable
	units  map[string]int64
	// note says "Đang tải…" while the roster is read, how to start when it
	// is empty; hidden otherwise.
	note *widget.Label
	// reading is the roster's load, selecting the search's.
	reading, selecting slot
	loaded             bool
}

// participantTable is one tab: its rows and sort order.
type participantTable struct {
	kind    app.Kind
	columns []column
	rows    []app.Participant
	sortCol int
	desc    bool
	table   *widget.Table
	tab     *container.TabItem
}

var statusChoices = map[string]string{"Đang tham gia": app.StatusActive, "Lưu trữ": app.StatusArchived, "Tất cả": app.StatusAll}

const allUnits = "Tất cả đơn vị"

// searchDelay is how long the search waits for the next keystroke before
// it runs.
var searchDelay = 150 * time.Millisecond

const emptyRosterHint = "Chưa có đối tượng nào. Bấm “Nhập từ Excel” để nhập danh sách cán bộ, công chức và các ban, ngành, " +
	"đoàn thể mà cơ quan đang lưu trong Excel, hoặc “Thêm” để nhập từng người."

func buildParticipantsScreen(s *Shell) fyne.CanvasObject {
	return NewParticipantsScreen(s).Content()
}

// NewParticipantsScreen starts reading the participants.
func NewParticipantsScreen(s *Shell) *ParticipantsScreen {
	ps := &ParticipantsScreen{shell: s, views: map[app.Kind]*participantTable{}, roster: app.NewRoster(nil)}
	ps.search = widget.NewEntry()
	ps.search.SetPlaceHolder("Tìm tên, đơn vị, chức vụ — gõ không dấu được")
	ps.search.OnChanged = func(string) { ps.refreshAfter(searchDelay) }
	ps.status = widget.NewSelect([]string{"Đang tham gia", "Lưu trữ", "Tất cả"}, func(string) { ps.refresh() })
	ps.status.Selected = "Đang tham gia"
	ps.unit = widget.NewSelect([]string{allUnits}, func(string) { ps.refresh() })
	ps.unit.Selected = allUnits
	ps.units = map[string]int64{allUnits: 0}
	ps.note = textLabel(loadingText)
	ps.views[app.KindCollective] = &participantTable{kind: app.KindCollective, columns: collectiveColumns}
	ps.views[app.KindIndividual] = &participantTable{kind: app.KindIndividual, columns: individualColumns}
	ps.reload()
	return ps
}

// reload reads the participants from the store again, and shows them
// with the search and filters as they are when the reading ends.
func (ps *ParticipantsScreen) reload() {
	st := ps.shell.deps.Store
	ps.shell.load(&ps.reading, func() func() {
		all, err := st.Participants("")
		roster := app.NewRoster(all)
		return func() {
			if err != nil {
				ps.shell.showError(err)
			}
			ps.roster, ps.loaded = roster, true
			ps.units = map[string]int64{allUnits: 0}
			options := []string{allUnits}
			for _, p := range roster.All(app.KindCollective) {
				ps.units[p.Name] = p.ID
				options = append(options, p.Name)
			}
			ps.unit.Options = options
			ps.note.SetText(emptyRosterHint)
			ps.note.Hidden = roster.Len() > 0
			ps.note.Refresh()
			ps.refresh()
		}
	})
}

// refresh applies search, filters and sort to both tables.
func (ps *ParticipantsScreen) refresh() { ps.refreshAfter(0) }

// refreshAfter is refresh waiting delay for a further change (typing).
// The rows are selected off the UI goroutine; a later change wins.
func (ps *ParticipantsScreen) refreshAfter(delay time.Duration) {
	if !ps.loaded {
		return // the roster's reading ends with a refresh
	}
	type ask struct {
		f    app.Filter
		col  app.Column
		desc bool
	}
	asks := map[app.Kind]ask{}
	for k, v := range ps.views {
		f := app.Filter{Kind: v.kind, Query: ps.search.Text, Status: statusChoices[ps.status.Selected]}
		if v.kind == app.KindIndividual {
			f.UnitID = ps.units[ps.unit.Selected]
		}
		asks[k] = ask{f, v.columns[v.sortCol].col, v.desc}
	}
	roster := ps.roster
	ps.shell.loadAfter(&ps.selecting, delay, func() func() {
		rows := map[app.Kind][]app.Participant{}
		for k, a := range asks {
			rows[k] = roster.Select(a.f, a.col, a.desc)
		}
		return func() {
			for k, v := range ps.views {
				v.rows = rows[k]
				if v.table != nil {
					v.table.Refresh()
				}
				if v.tab != nil {
					v.tab.Text = fmt.Sprintf("%s (%d)", v.kind.Label(), len(v.rows))
				}
			}
			if ps.tabs != nil {
				ps.tabs.Refresh()
			}
		}
	})
}

// Rows returns what a tab shows once what is being read is shown (for
// tests).
func (ps *ParticipantsScreen) Rows(k app.Kind) []app.Participant {
	ps.shell.settle()
	return ps.views[k].rows
}

// Content returns the screen.
func (ps *ParticipantsScreen) Content() fyne.CanvasObject {
	for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
		v := ps.views[k]
		v.table = ps.newTable(v)
		v.tab = container.NewTabItem(fmt.Sprintf("%s (%d)", k.Label(), len(v.rows)), v.table)
	}
	ps.tabs = container.NewAppTabs(ps.views[app.KindCollective].tab, ps.views[app.KindIndividual].tab)
	ps.tabs.SelectIndex(1)
	add := widget.NewButtonWithIcon("Thêm", theme.ContentAddIcon(), func() {
		ps.edit(app.Participant{Kind: ps.currentKind(), Gender: app.GenderMale})
	})
	add.Importance = widget.HighImportance
	buttons := container.NewHBox(add,
		widget.NewButtonWithIcon("Nhập từ Excel", theme.UploadIcon(), ps.onImport),
		widget.NewButtonWithIcon("Xuất Excel", theme.DownloadIcon(), ps.onExport))
	// Wide enough for "Đang tham gia" and a unit's name without "…".
	selects := container.NewHBox(container.NewGridWrap(fyne.NewSize(220, ps.unit.MinSize().Height), ps.unit),
		container.NewGridWrap(fyne.NewSize(170, ps.status.MinSize().Height), ps.status))
	filters := container.NewBorder(nil, nil, nil, selects, ps.search)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, buttons, filters), ps.note)
	return container.NewBorder(top, nil, nil, nil, ps.tabs)
}

func (ps *ParticipantsScreen) currentKind() app.Kind {
	if ps.tabs != nil && ps.tabs.SelectedIndex() == 0 {
		return app.KindCollective
	}
	return app.KindIndividual
}

// newTable builds a table over v.rows; tapping a header sorts by it,
// tapping a row opens the participant.
func (ps *ParticipantsScreen) newTable(v *participantTable) *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(v.columns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(v.rows) {
				o.(*widget.Label).SetText(v.columns[id.Col].text(ps.roster, v.rows[id.Row]))
			}
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 {
			return
		}
		title := v.columns[id.Col].title
		if id.Col == v.sortCol {
			title += map[bool]string{false: " ▲", true: " ▼"}[v.desc]
		}
		b.SetText(title)
		b.OnTapped = func() { ps.sortBy(v, id.Col) }
	}
	for i, c := range v.columns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		t.UnselectAll()
		if id.Row >= 0 && id.Row < len(v.rows) {
			ps.edit(v.rows[id.Row])
		}
	}
	return t
}

// sortBy sorts a table by column col, reversing when it already is.
func (ps *ParticipantsScreen) sortBy(v *participantTable, col int) {
	if v.sortCol == col {
		v.desc = !v.desc
	} else {
		v.sortCol, v.desc = col, false
	}
	ps.refresh()
}
