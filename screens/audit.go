package screens

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// auditEntities are the kinds of record the log can be filtered by.
var auditEntities = []struct{ key, label string }{
	{"", "Tất cả"}, {"plan", "Kế hoạch"}, {"participant", "Đối tượng"}, {"score", "Điểm"},
	{"nomination", "Đề nghị khen thưởng"}, {"meeting", "Cuộc họp"}, {"vote", "Biểu quyết"},
	{"decision", "Quyết định"}, {"award_history", "Quá trình khen thưởng"}, {"council_member", "Hội đồng"},
	{"attachment", "Tệp minh chứng"}, {"organisation", "Cơ quan"}, {"signer", "Người ký"},
	{"document", "Văn bản"}, {"sample", "Dữ liệu mẫu"}, {"participants", "Danh sách đối tượng"},
}

// auditActions name the actions in Vietnamese.
var auditActions = map[string]string{"create": "thêm", "update": "sửa", "delete": "xóa", "import": "nhập",
	"nominate": "đề nghị", "nominate-forced": "đề nghị vượt quy định", "withdraw": "rút", "reorder": "đổi thứ tự",
	"vote": "biểu quyết", "propose": "trình", "decide": "quyết định", "correct": "đính chính",
	"issue": "ban hành", "cancel": "hủy", "unpropose": "trả về đã bình xét", "copy": "cấp bản sao (Word, Excel)",
	"export": "xuất toàn bộ dữ liệu", "restore": "khôi phục từ bản sao lưu", "import-replace": "thay toàn bộ dữ liệu bằng tệp nhập"}

// AuditScreen lists and filters the audit log and checks its chain.
type AuditScreen struct {
	shell   *Shell
	entity  *widget.Select
	from    *widget.Entry
	to      *widget.Entry
	query   *widget.Entry
	rows    []app.AuditEntry
	table   *widget.Table
	detail  *widget.Label
	summary *widget.Label
	reading slot // the lines the filter asked for last
}

func buildAuditScreen(s *Shell) fyne.CanvasObject { return NewAuditScreen(s).Content() }

// NewAuditScreen shows the newest lines of the log.
func NewAuditScreen(s *Shell) *AuditScreen {
	a := &AuditScreen{shell: s, from: widget.NewEntry(), to: widget.NewEntry(), query: widget.NewEntry(),
		detail: textLabel(""), summary: widget.NewLabel("")}
	var labels []string
	for _, e := range auditEntities {
		labels = append(labels, e.label)
	}
	a.entity = widget.NewSelect(labels, nil)
	a.entity.SetSelected(labels[0])
	a.from.SetPlaceHolder("từ ngày dd/mm/yyyy")
	a.to.SetPlaceHolder("đến ngày")
	a.query.SetPlaceHolder("Tìm: tên, số quyết định, lý do…")
	for _, e := range []*widget.Entry{a.from, a.to, a.query} {
		e.OnSubmitted = func(string) { a.load() }
	}
	a.table = newTextTable([]textColumn{{"Thời gian", 150}, {"Người dùng", 120}, {"Thao tác", 170}, {"Loại", 170}, {"Mã", 60}, {"Lý do", 360}}, func() int { return len(a.rows) }, a.cell)
	a.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(a.rows) {
			a.detail.SetText(entryDetail(a.rows[id.Row]))
		}
	}
	a.entity.OnChanged = func(string) { a.load() }
	a.load()
	return a
}

// Rows returns the lines shown once what is being read is shown (for
// tests).
func (a *AuditScreen) Rows() []app.AuditEntry {
	a.shell.settle()
	return a.rows
}

// Content is the filter bar, the table and the selected line in full.
func (a *AuditScreen) Content() fyne.CanvasObject {
	filter := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Loại:"), a.entity,
		container.NewGridWrap(fyne.NewSize(160, a.from.MinSize().Height), a.from),
		container.NewGridWrap(fyne.NewSize(120, a.to.MinSize().Height), a.to)),
		container.NewHBox(widget.NewButtonWithIcon("Lọc", theme.SearchIcon(), a.load),
			widget.NewButtonWithIcon("Kiểm tra toàn vẹn", theme.ConfirmIcon(), a.onVerify)), a.query)
	split := container.NewVSplit(a.table, container.NewVScroll(a.detail))
	split.Offset = 0.7
	return container.NewBorder(container.NewVBox(filter, a.summary), nil, nil, nil, split)
}

// load reads the lines the filter chooses.
func (a *AuditScreen) load() {
	f := app.AuditFilter{Query: a.query.Text, Limit: 2000}
	for _, e := range auditEntities {
		if e.label == a.entity.Selected {
			f.Entity = e.key
		}
	}
	var err error
	for _, d := range []struct {
		text string
		dst  *string
		name string
	}{{a.from.Text, &f.From, "Từ ngày"}, {a.to.Text, &f.To, "Đến ngày"}} {
		if strings.TrimSpace(d.text) != "" {
			if *d.dst, err = isoDate(d.name, d.text); err != nil {
				a.shell.showError(err)
				return
			}
		}
	}
	// Thousands of lines are read off the UI goroutine.
	st := a.shell.deps.Store
	a.summary.SetText(loadingText)
	a.shell.load(&a.reading, func() func() {
		rows, err := st.AuditLog(f)
		return func() {
			if err != nil {
				a.shell.showError(err)
			}
			a.rows = rows
			a.summary.SetText(fmt.Sprintf("%d dòng, mới nhất trước (tối đa %d).", len(a.rows), f.Limit))
			a.detail.SetText("Chọn một dòng để xem nội dung trước và sau khi thay đổi.")
			a.table.Refresh()
		}
	})
}

func (a *AuditScreen) cell(row, col int) string {
	e := a.rows[row]
	text := ""
	switch col {
	case 0:
		text = localTime(e.At)
	case 1:
		text = e.User
	case 2:
		text = actionLabel(e.Action)
	case 3:
		text = entityLabel(e.Entity)
	case 4:
		text = fmt.Sprint(e.EntityID)
	case 5:
		text = e.Reason
	}
	return text
}

// onVerify checks the whole chain of the log, off the UI goroutine (a
// long log takes a while); it only reads, so the clerk may cancel.
func (a *AuditScreen) onVerify() {
	st, anchors := a.shell.deps.Store, a.shell.deps.VerifyAnchors
	a.shell.longJob("Đang kiểm tra nhật ký", true, func(context.Context) func() {
		broken, n, err := st.VerifyAudit()
		var findings []string
		if err == nil && anchors != nil {
			findings, err = anchors()
		}
		return func() {
			if err != nil {
				a.shell.showError(err)
				return
			}
			if broken != 0 {
				findings = append([]string{fmt.Sprintf("nhật ký đã bị sửa hoặc xóa ngoài ứng dụng từ dòng %d (đã kiểm tra %d dòng)", broken, n)}, findings...)
			}
			if len(findings) == 0 {
				dialog.ShowInformation("Nhật ký nguyên vẹn", fmt.Sprintf("Đã kiểm tra %d dòng: không dòng nào bị sửa hay xóa; "+
					"khớp với các bản sao lưu và sổ văn bản đi, các văn bản đã ban hành đúng bản lưu, sổ không thiếu số.", n), a.shell.win)
				return
			}
			dialog.ShowError(fmt.Errorf("dữ liệu KHÔNG còn nguyên vẹn:\n• %s\nHãy giữ nguyên tệp dữ liệu và báo người phụ trách",
				strings.Join(findings, "\n• ")), a.shell.win)
		}
	})
}

func localTime(at string) string {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return at
	}
	return t.Local().Format("02/01/2006 15:04")
}

func actionLabel(a string) string {
	if l, ok := auditActions[a]; ok {
		return l
	}
	return a
}

func entityLabel(key string) string {
	base, _, _ := strings.Cut(key, ".")
	for _, e := range auditEntities {
		if e.key == key || (e.key != "" && e.key == base) {
			return e.label
		}
	}
	return key
}

// entryDetail shows a line in full: what it was before and after.
func entryDetail(e app.AuditEntry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s %s mã %d — %s\n", localTime(e.At), actionLabel(e.Action), entityLabel(e.Entity), e.EntityID, e.User)
	if e.Reason != "" {
		fmt.Fprintf(&b, "Lý do: %s\n", e.Reason)
	}
	for _, line := range auditChanges(e.Before, e.After) {
		b.WriteString("• " + line + "\n")
	}
	return b.String()
}
