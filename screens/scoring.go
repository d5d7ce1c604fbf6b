package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// Fixed columns after the criteria of the scoring grid.
var scoreTail = []string{"Tổng", "Xếp loại", "Hạng", "Lý do xếp trên khi bằng điểm"}

// ScoringScreen is the scoring grid of one plan, round and kind.
type ScoringScreen struct {
	shell   *Shell
	plan    *app.Plan
	round   app.Round
	kind    app.Kind
	self    bool  // typing self-scores instead of council scores
	member  int64 // the council member whose sheet is typed (several scorers), 0 = council
	crit    []app.Criterion
	parts   []app.Participant // rows, in Vietnamese name order
	scores  map[scoreKey]app.Score
	ranks   map[int64]app.RankRow
	grid    *scoreGrid
	info    *widget.Label
	message *widget.Label
	members []app.CouncilMember
	files   *fyne.Container
	note    *widget.Entry
	noteKey scoreKey
	manual  map[int64]int // the clerk's order of tied participants
	current app.Participant
	reading slot // the load of the round and kind chosen
}

type scoreKey struct{ participant, criterion, member int64 }

func buildScoringScreen(s *Shell) fyne.CanvasObject {
	p := s.CurrentPlan()
	if p == nil {
		return noPlan(s)
	}
	return NewScoringScreen(s, p).Content()
}

// NewScoringScreen opens the grid on the plan's first round, individuals.
func NewScoringScreen(s *Shell, p *app.Plan) *ScoringScreen {
	sc := &ScoringScreen{shell: s, plan: p, kind: app.KindIndividual, info: textLabel(""), message: textLabel("")}
	sc.message.Importance = widget.DangerImportance
	if len(p.Rounds) > 0 {
		sc.round = p.Rounds[0]
	}
	sc.grid = newScoreGrid()
	sc.grid.editable = func(col int) bool { return col >= 1 && col <= len(sc.crit) }
	sc.grid.text = sc.cellText
	sc.grid.header = sc.headerText
	sc.grid.commit = sc.commit
	sc.grid.moved = sc.showCell
	sc.members, _ = s.deps.Store.CouncilMembers()
	sc.load()
	return sc
}

// load reads the participants and scores of the chosen round and kind,
// off the UI goroutine (a commune's full list takes longer than a click
// may freeze the window), and shows them when read.
func (sc *ScoringScreen) load() {
	st := sc.shell.deps.Store
	plan, kind, round, key := sc.plan, sc.kind, sc.round, sc.manualKey()
	sc.info.SetText(loadingText)
	// Nothing can be typed meanwhile into rows of the round or kind left.
	sc.grid.rows, sc.grid.editing, sc.grid.buf = 0, false, ""
	sc.grid.Refresh()
	sc.shell.load(&sc.reading, func() func() {
		all, err := st.Participants(kind)
		parts := app.NewRoster(all).Select(app.Filter{Kind: kind}, app.ColName, false)
		scores, serr := st.RoundScores(round.ID)
		if err == nil {
			err = serr
		}
		text, _ := st.Setting(key)
		manual := app.ParseManualOrder(text)
		ranks := rankMap(plan, kind, parts, scores, manual)
		return func() {
			if err != nil {
				sc.shell.showError(err)
			}
			sc.crit = plan.CriteriaOf(kind)
			sc.parts, sc.manual, sc.ranks = parts, manual, ranks
			sc.scores = map[scoreKey]app.Score{}
			for _, s := range scores {
				sc.scores[scoreKey{s.ParticipantID, s.CriterionID, s.MemberID}] = s
			}
			sc.showGrid()
		}
	})
}

// showGrid lays the grid out for the criteria and rows read.
func (sc *ScoringScreen) showGrid() {
	m := len(sc.crit)
	sc.grid.rows, sc.grid.cols = len(sc.parts), 1+m+len(scoreTail)
	sc.grid.SetColumnWidth(0, 210)
	sc.grid.SetRowHeight(-1, 3*theme.TextSize()+4*theme.Padding()) // three lines of a criterion's name
	for i := range sc.crit {
		sc.grid.SetColumnWidth(1+i, 120)
	}
	for i, w := range []float32{80, 95, 60, 240} {
		sc.grid.SetColumnWidth(1+m+i, w)
	}
	if sc.grid.cur.Col == 0 && m > 0 {
		sc.grid.cur.Col = 1
	}
	if sc.grid.cur.Row >= len(sc.parts) {
		sc.grid.cur.Row = 0
	}
	sc.grid.Refresh()
	sc.info.SetText("")
	if len(sc.parts) > 0 {
		sc.showCell(sc.grid.cur.Row, sc.grid.cur.Col)
	}
}

func rankMap(plan *app.Plan, kind app.Kind, parts []app.Participant, scores []app.Score, manual map[int64]int) map[int64]app.RankRow {
	ranks := map[int64]app.RankRow{}
	for _, r := range app.Rank(plan, kind, parts, scores, manual) {
		ranks[r.Participant.ID] = r
	}
	return ranks
}

func (sc *ScoringScreen) rerank(scores []app.Score) {
	sc.ranks = rankMap(sc.plan, sc.kind, sc.parts, scores, sc.manual)
}

func (sc *ScoringScreen) allScores() []app.Score {
	out := make([]app.Score, 0, len(sc.scores))
	for _, s := range sc.scores {
		out = append(out, s)
	}
	return out
}

func (sc *ScoringScreen) headerText(col int) string {
	if col == 0 {
		return "Tên"
	}
	col--
	if col < len(sc.crit) {
		c := sc.crit[col]
		name := c.ShortText
		if name == "" {
			name = fmt.Sprintf("Tiêu chí %d", col+1)
		}
		return fmt.Sprintf("%d. %s (%s)", col+1, name, num(c.MaxPoints))
	}
	return scoreTail[col-len(sc.crit)]
}

// cellText shows the council score, and the self-score beside it when
// they differ; the layer being typed comes first.
func (sc *ScoringScreen) cellText(row, col int) string {
	p := sc.parts[row]
	if col == 0 {
		return p.Name
	}
	col--
	if col < len(sc.crit) {
		s := sc.scores[scoreKey{p.ID, sc.crit[col].ID, sc.member}]
		main, other := s.Council, s.Self
		if sc.self {
			main, other = s.Self, s.Council
		}
		text := optNum(main)
		if other != nil && (main == nil || *other != *main) {
			label := "tự "
			if sc.self {
				label = "HĐ "
			}
			text += " (" + label + num(*other) + ")"
		}
		return strings.TrimSpace(text)
	}
	r := sc.ranks[p.ID]
	switch col - len(sc.crit) {
	case 0:
		if !r.Complete {
			return "chưa đủ điểm"
		}
		return num(r.Total)
	case 1:
		return r.Class.Label()
	case 2:
		if r.Rank == 0 {
			return ""
		}
		return fmt.Sprint(r.Rank)
	}
	return r.TieRule
}

// commit stores one cell typed in the grid.
func (sc *ScoringScreen) commit(row, col int, v *float64) error {
	p, c := sc.parts[row], sc.crit[col-1]
	if v != nil {
		if err := app.ValidateScore(c, *v); err != nil {
			sc.message.SetText(Message(err))
			return err
		}
	}
	key := scoreKey{p.ID, c.ID, sc.member}
	s := sc.scores[key]
	s.RoundID, s.ParticipantID, s.CriterionID, s.MemberID = sc.round.ID, p.ID, c.ID, sc.member
	if sc.self {
		s.Self = v
	} else {
		s.Council = v
	}
	if err := sc.shell.deps.Store.SaveScores(sc.round.ID, []app.Score{s}); err != nil {
		sc.message.SetText(Message(err))
		return err
	}
	sc.message.SetText("")
	sc.scores[key] = s
	sc.rerank(sc.allScores())
	return nil
}

// showCell describes the cell under the cursor in the side panel.
func (sc *ScoringScreen) showCell(row, col int) {
	if row >= len(sc.parts) {
		return
	}
	p := sc.parts[row]
	sc.current = p
	r := sc.ranks[p.ID]
	text := p.Name
	col--
	if col >= 0 && col < len(sc.crit) {
		c := sc.crit[col]
		text += fmt.Sprintf("\n\nTiêu chí %d (tối đa %s điểm):\n%s", col+1, num(c.MaxPoints), c.Text)
		if s, ok := r.Spread[c.ID]; ok && s > 0 {
			text += fmt.Sprintf("\n\nĐộ chênh giữa các thành viên chấm: %s điểm", num(s))
		}
	}
	if !r.Complete {
		text += fmt.Sprintf("\n\nCòn %d tiêu chí chưa có điểm hội đồng.", len(r.Missing))
	}
	sc.info.SetText(text)
	if sc.note != nil && col >= 0 && col < len(sc.crit) {
		sc.noteKey = scoreKey{p.ID, sc.crit[col].ID, sc.member}
		sc.note.SetText(sc.scores[sc.noteKey].Note)
	}
	if sc.files != nil {
		sc.showFiles(p)
	}
}

// Content returns the screen.
func (sc *ScoringScreen) Content() fyne.CanvasObject {
	var rounds []string
	byName := map[string]app.Round{}
	for _, r := range sc.plan.Rounds {
		rounds = append(rounds, r.Name)
		byName[r.Name] = r
	}
	roundSel := widget.NewSelect(rounds, nil)
	roundSel.SetSelected(sc.round.Name)
	roundSel.OnChanged = func(s string) { sc.round = byName[s]; sc.load() }
	kindSel := widget.NewRadioGroup([]string{app.KindCollective.Label(), app.KindIndividual.Label()}, nil)
	kindSel.Horizontal = true
	kindSel.SetSelected(sc.kind.Label())
	kindSel.OnChanged = func(s string) {
		sc.kind = app.KindIndividual
		if s == app.KindCollective.Label() {
			sc.kind = app.KindCollective
		}
		sc.load()
	}
	layer := widget.NewRadioGroup([]string{"Hội đồng chấm", "Tự chấm"}, nil)
	layer.Horizontal = true
	layer.SetSelected("Hội đồng chấm")
	layer.OnChanged = func(s string) { sc.self = s == "Tự chấm"; sc.grid.Refresh() }
	bar := container.NewHBox(widget.NewLabel("Đợt:"), roundSel, widget.NewLabel("Đối tượng:"), kindSel,
		widget.NewLabel("Nhập:"), layer)
	if sc.plan.SeveralScorers {
		bar.Add(sc.memberSelect())
	}
	help := widget.NewLabel("Gõ số rồi Enter (xuống) hoặc Tab (sang phải); mũi tên để di chuyển; Esc bỏ; Delete xóa điểm. Điểm lấy đến 0,5.")
	help.Wrapping = fyne.TextWrapWord
	sc.note = widget.NewMultiLineEntry()
	sc.note.SetPlaceHolder("minh chứng cho điểm của ô này")
	sc.note.Wrapping = fyne.TextWrapWord
	saveNote := widget.NewButton("Lưu ghi chú", sc.onSaveNote)
	up := widget.NewButton("Xếp lên trên người bằng điểm", func() { sc.moveUp(sc.current) })
	side := container.NewVScroll(container.NewVBox(heading("Ô đang chọn"), sc.info, up,
		widget.NewLabel("Ghi chú minh chứng:"), sc.note, saveNote, sc.attachmentsPart()))
	if len(sc.parts) > 0 {
		sc.showCell(0, sc.grid.cur.Col)
	}
	split := container.NewHSplit(sc.grid, side)
	split.Offset = 0.74
	return container.NewBorder(container.NewVBox(bar, sc.toolbar(), sc.message), help, nil, nil, split)
}

// onSaveNote stores the note of the cell under the cursor.
func (sc *ScoringScreen) onSaveNote() {
	k := sc.noteKey
	if k.participant == 0 {
		return
	}
	s := sc.scores[k]
	s.RoundID, s.ParticipantID, s.CriterionID, s.MemberID, s.Note = sc.round.ID, k.participant, k.criterion, k.member, sc.note.Text
	if err := sc.shell.deps.Store.SaveScores(sc.round.ID, []app.Score{s}); err != nil {
		sc.shell.showError(err)
		return
	}
	sc.scores[k] = s
}

func (sc *ScoringScreen) memberSelect() fyne.CanvasObject {
	names := []string{"Hội đồng (điểm chung)"}
	ids := map[string]int64{names[0]: 0}
	for _, m := range sc.members {
		if m.Active {
			names = append(names, m.FullName)
			ids[m.FullName] = m.ID
		}
	}
	sel := widget.NewSelect(names, func(s string) { sc.member = ids[s]; sc.grid.Refresh() })
	sel.SetSelected(names[0])
	return container.NewHBox(widget.NewLabel("Phiếu của:"), sel)
}

func num(v float64) string { return strings.Replace(fmt.Sprintf("%g", v), ".", ",", 1) }

func optNum(v *float64) string {
	if v == nil {
		return ""
	}
	return num(*v)
}
