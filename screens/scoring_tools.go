package screens

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/scoreio"
)

// toolbar holds the scoring screen's printing and Excel actions.
func (sc *ScoringScreen) toolbar() fyne.CanvasObject {
	return container.NewHBox(
		widget.NewButtonWithIcon("Xem / In bảng điểm", theme.DocumentPrintIcon(), func() { sc.print(sc.scoresDocument(), "Bảng tổng hợp điểm") }),
		widget.NewButtonWithIcon("Xem / In phiếu chấm", theme.DocumentPrintIcon(), func() { sc.print(sc.sheetsDocument(), "Phiếu chấm điểm") }),
		widget.NewButtonWithIcon("Xuất Excel", theme.DownloadIcon(), sc.onExport),
		widget.NewButtonWithIcon("Nhập từ Excel", theme.UploadIcon(), sc.onImport),
	)
}

func (sc *ScoringScreen) rankRows() []app.RankRow {
	return app.Rank(sc.plan, sc.kind, sc.parts, sc.allScores(), sc.manual)
}

// scoresDocument returns what builds the table of scores as it is now;
// the building (and the reading of the organisation) may run off the UI
// goroutine.
func (sc *ScoringScreen) scoresDocument() func() *document.Document {
	st, plan, round, kind, rows, members := sc.shell.deps.Store, sc.plan, sc.round, sc.kind, sc.rankRows(), sc.members
	return func() *document.Document {
		org, _ := st.Organisation()
		return document.ScoresDocument(plan, org, round, kind, rows, members)
	}
}

// sheetsDocument returns what builds the blank score sheets, one per
// participant shown.
func (sc *ScoringScreen) sheetsDocument() func() *document.Document {
	var active []app.CouncilMember
	for _, m := range sc.members {
		if m.Active {
			active = append(active, m)
		}
	}
	st, plan, round, kind, parts := sc.shell.deps.Store, sc.plan, sc.round, sc.kind, sc.parts
	return func() *document.Document {
		org, _ := st.Organisation()
		return document.ScoreSheetsDocument(plan, org, round, kind, parts, active)
	}
}

// print builds and renders the paper called what, off the UI goroutine (a
// sheet per participant of a long list takes a while), and opens it for
// printing; the file is named after the paper, the kind and the round.
func (sc *ScoringScreen) print(build func() *document.Document, what string) {
	sc.shell.printBuilt(build, what+" "+strings.ToLower(sc.kind.Label())+" "+sc.round.Name)
}

func (sc *ScoringScreen) onExport() {
	var buf bytes.Buffer
	if err := scoreio.Export(&buf, sc.crit, sc.parts, sc.allScores(), sc.member); err != nil {
		sc.shell.showError(err)
		return
	}
	sc.shell.saveFile(buf.Bytes(), fmt.Sprintf("Cham-diem-%s-%s.xlsx", sc.round.Key, sc.kind))
}

func (sc *ScoringScreen) onImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		sc.importScores(r)
	}, sc.shell.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".XLSX"}))
	sc.shell.showFileDialog(d)
}

// importScores reads a filled-in workbook; with a problem nothing is stored
// unless the clerk chooses to skip the rows with problems.
func (sc *ScoringScreen) importScores(r io.Reader) {
	scores, problems, err := scoreio.Import(r, sc.round.ID, sc.crit, sc.parts, sc.member)
	if err != nil {
		sc.shell.showError(err)
		return
	}
	store := func() {
		if err := sc.shell.deps.Store.SaveScores(sc.round.ID, scores); err != nil {
			sc.shell.showError(err)
			return
		}
		sc.load()
		dialog.ShowInformation("Nhập điểm", fmt.Sprintf("Đã nhập %d ô điểm.", len(scores)), sc.shell.win)
	}
	if len(problems) == 0 {
		store()
		return
	}
	var b strings.Builder
	for _, p := range problems {
		b.WriteString("• " + p.String() + "\n")
	}
	l := textLabel(fmt.Sprintf("Có %d ô sai, chưa nhập gì:\n%s\nBỏ qua các dòng có ô sai và nhập %d ô còn lại?", len(problems), b.String(), len(scores)))
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	dialog.ShowCustomConfirm("Nhập điểm từ Excel", "Bỏ qua dòng sai và nhập", "Hủy", scroll, func(ok bool) {
		if ok {
			store()
		}
	}, sc.shell.win)
}

// manualKey is where the clerk's order of tied participants is kept.
func (sc *ScoringScreen) manualKey() string { return app.ManualOrderKey(sc.round.ID, sc.kind) }

// moveUp puts participant p above the participant ranked just before it
// when both have the same total: the clerk's order, the last tie rule.
func (sc *ScoringScreen) moveUp(p app.Participant) {
	rows := sc.rankRows()
	i := 0
	for i < len(rows) && rows[i].Participant.ID != p.ID {
		i++
	}
	if i == 0 || i == len(rows) || !rows[i].Complete || rows[i-1].Total != rows[i].Total {
		sc.message.SetText("Chỉ đổi thứ tự được giữa hai đối tượng bằng điểm.")
		return
	}
	for j, r := range rows {
		sc.manual[r.Participant.ID] = j
	}
	sc.manual[rows[i].Participant.ID], sc.manual[rows[i-1].Participant.ID] = i-1, i
	b, _ := json.Marshal(sc.manual)
	if err := sc.shell.deps.Store.SaveSetting(sc.manualKey(), string(b)); err != nil {
		sc.shell.showError(err)
		return
	}
	sc.rerank(sc.allScores())
	if r := sc.ranks[p.ID]; r.Rank > rows[i].Rank-1 {
		sc.message.SetText("Quy tắc ưu tiên đứng trước (nữ, điểm tiêu chí 1) đã quyết định thứ tự này; không đổi được bằng tay.")
	} else {
		sc.message.SetText("")
	}
	sc.grid.Refresh()
}
