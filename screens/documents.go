package screens

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// DocumentsScreen is Văn bản: the outgoing register (sổ văn bản đi) with
// its filters, and the actions on an issued paper: open, print, save a
// copy, print the certificates of a decision, cancel.
type DocumentsScreen struct {
	shell    *Shell
	year     *widget.Select
	kind     *widget.Select
	query    *widget.Entry
	rows     []app.Document
	table    *widget.Table
	selected int
	actions  *fyne.Container
	summary  *widget.Label
	root     *fyne.Container // laid out again when the actions change size
}

var docKinds = []struct{ key, label string }{{"", "Tất cả"}, {app.DocProposal, "Tờ trình"}, {app.DocDecision, "Quyết định"}, {app.DocMinutes, "Biên bản"}, {app.DocReport, "Báo cáo"}}

func buildDocumentsScreen(s *Shell) fyne.CanvasObject { return NewDocumentsScreen(s).Content() }

// NewDocumentsScreen lists the whole register, newest first.
func NewDocumentsScreen(s *Shell) *DocumentsScreen {
	ds := &DocumentsScreen{shell: s, query: widget.NewEntry(), selected: -1, summary: textLabel("")}
	years := []string{"Tất cả"}
	for y := 2020; y <= 2035; y++ {
		years = append(years, strconv.Itoa(y))
	}
	ds.year = widget.NewSelect(years, nil)
	ds.year.SetSelected(years[0])
	var kinds []string
	for _, k := range docKinds {
		kinds = append(kinds, k.label)
	}
	ds.kind = widget.NewSelect(kinds, nil)
	ds.kind.SetSelected(kinds[0])
	ds.query.SetPlaceHolder("Tìm số, trích yếu…")
	ds.query.OnSubmitted = func(string) { ds.load() }
	ds.table = newTextTable([]textColumn{{"Số", 115}, {"Ngày", 105}, {"Loại", 100}, {"Trích yếu", 345}, {"Người ký", 140}, {"Tình trạng", 120}}, func() int { return len(ds.rows) }, ds.cell)
	ds.table.OnSelected = func(id widget.TableCellID) { ds.selected = id.Row; ds.showActions() }
	ds.actions = container.NewVBox()
	ds.year.OnChanged = func(string) { ds.load() }
	ds.kind.OnChanged = func(string) { ds.load() }
	ds.load()
	return ds
}

// Rows returns the register lines shown (for tests).
func (ds *DocumentsScreen) Rows() []app.Document { return ds.rows }

// Content is the filters, the register and the actions on the chosen line.
func (ds *DocumentsScreen) Content() fyne.CanvasObject {
	filter := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Năm:"), ds.year, widget.NewLabel("Loại:"), ds.kind),
		widget.NewButtonWithIcon("Lọc", theme.SearchIcon(), ds.load), ds.query)
	export := widget.NewButtonWithIcon(exportRegisterLabel, theme.DocumentSaveIcon(), func() { ds.shell.exportAwards(ds.registerFilter()) })
	help := textLabel("Soạn tờ trình, quyết định, biên bản ở màn hình Bình xét & khen thưởng; văn bản được cấp số ở đây khi ban hành.")
	help.Importance = widget.LowImportance
	ds.root = container.NewBorder(container.NewVBox(filter, ds.summary), container.NewVBox(ds.actions, container.NewHBox(export), help), nil, nil, ds.table)
	return ds.root
}

func (ds *DocumentsScreen) load() {
	f := app.DocumentFilter{Query: ds.query.Text}
	f.Year, _ = strconv.Atoi(ds.year.Selected)
	for _, k := range docKinds {
		if k.label == ds.kind.Selected {
			f.Kind = k.key
		}
	}
	var err error
	if ds.rows, err = ds.shell.deps.Store.Documents(f); err != nil {
		ds.shell.showError(err)
	}
	ds.summary.SetText(fmt.Sprintf("Sổ văn bản đi: %d văn bản.", len(ds.rows)))
	ds.selected = -1
	ds.table.UnselectAll()
	ds.table.Refresh()
	ds.showActions()
}

func (ds *DocumentsScreen) cell(row, col int) string {
	d := ds.rows[row]
	text := ""
	switch col {
	case 0:
		text = viet.DocNumber(d.Number, d.Symbol)
	case 1:
		text = viet.DisplayISO(d.IssuedOn)
	case 2:
		text = app.DocKindLabel(d.Kind)
	case 3:
		text = d.Title
	case 4:
		text = d.Signer
	case 5:
		text = "ban hành"
		if d.Status == app.DocCancelled {
			text = "đã hủy: " + d.CancelReason
		}
	}
	return text
}

// showActions shows the actions on the chosen line.
func (ds *DocumentsScreen) showActions() {
	ds.actions.Objects = nil
	if ds.selected < 0 || ds.selected >= len(ds.rows) {
		ds.actions.Add(widget.NewLabel("Chọn một văn bản trong sổ."))
		ds.actions.Refresh()
		return
	}
	d := ds.rows[ds.selected]
	ds.summary.SetText(viet.DocNumber(d.Number, d.Symbol) + " ngày " + viet.DisplayISO(d.IssuedOn) + ": " + d.Title)
	// Two rows, so that every action shows on an office screen: the paper
	// itself and its copies, then what follows from it.
	paper := container.NewHBox(widget.NewButtonWithIcon("Xem / In", theme.DocumentPrintIcon(), func() { ds.reprint(d, true) }),
		widget.NewButtonWithIcon("Lưu PDF…", theme.DocumentSaveIcon(), func() { ds.savePDF(d) }))
	for _, b := range ds.copyButtons(d) {
		paper.Add(b)
	}
	then := container.NewHBox()
	if d.Kind == app.DocDecision && d.Status == app.DocIssued {
		then.Add(widget.NewButtonWithIcon("In giấy khen…", theme.DocumentPrintIcon(), func() { ds.shell.certificates(d) }))
		then.Add(widget.NewButtonWithIcon(exportDecisionLabel, theme.DocumentSaveIcon(), func() { ds.shell.exportAwards(decisionFilter(d)) }))
	}
	if d.Status == app.DocIssued {
		then.Add(widget.NewButtonWithIcon("Hủy văn bản…", theme.CancelIcon(), func() { ds.onCancel(d) }))
	}
	ds.actions.Add(paper)
	if len(then.Objects) > 0 {
		ds.actions.Add(then)
	}
	ds.actions.Refresh()
	if ds.root != nil {
		ds.root.Refresh()
	}
}

// title is how a register line names its file.
func title(d app.Document) string { return viet.DocNumber(d.Number, d.Symbol) + " " + d.Title }

// reprint prints the paper again exactly as issued and opens or prints it.
// The paper is rendered off the UI goroutine; the clerk may cancel.
func (ds *DocumentsScreen) reprint(d app.Document, print bool) {
	desk := ds.shell.desk()
	ds.shell.handPaper(title(d), print, func() ([]byte, error) {
		pdf, _, err := desk.Reprint(d.ID)
		return pdf, err
	})
}

// savePDF renders the paper as issued, likewise, and offers to save it.
func (ds *DocumentsScreen) savePDF(d app.Document) {
	desk, sh := ds.shell.desk(), ds.shell
	sh.longJob("Đang tạo "+title(d), true, func(context.Context) func() {
		pdf, _, err := desk.Reprint(d.ID)
		return func() {
			if err != nil {
				sh.showError(err)
				return
			}
			sh.saveAs(pdf, title(d))
		}
	})
}

func (ds *DocumentsScreen) onCancel(d app.Document) {
	reason := widget.NewEntry()
	reason.SetPlaceHolder("Lý do hủy (bắt buộc)")
	dialog.ShowCustomConfirm("Hủy văn bản "+viet.DocNumber(d.Number, d.Symbol)+"?", "Hủy văn bản", "Không",
		container.NewVBox(textLabel("Văn bản vẫn ở trong sổ, ghi là đã hủy; số của nó không được dùng lại. "+
			"Các đề nghị đã trình theo tờ trình này trở về “đã bình xét: đạt”."), reason), func(ok bool) {
			if !ok {
				return
			}
			if err := ds.shell.deps.Store.CancelDocument(d.ID, reason.Text); err != nil {
				ds.shell.showError(err)
			}
			ds.load()
		}, ds.shell.win)
}
