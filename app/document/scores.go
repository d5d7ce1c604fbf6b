package document

import (
	"fmt"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// The scoring papers of the council (official-documents §5): the Bảng tổng
// hợp kết quả chấm điểm and the blank Phiếu chấm điểm, both A4 landscape
// under the council's header.

// Sizes (pt) of the scoring papers' text.
const (
	sizeScoreTable = 12 // the results table
	sizeSheetTable = 13 // the score sheet's table: rows tall enough to write in
	sizeScoreNote  = 12
)

// councilHeader is the header of the council's papers: the commune as
// parent authority ("UBND XÃ HÒA PHONG"), the council as issuer, Quốc hiệu
// and the place-and-date line on the right — the date left blank for the
// hand, with the year of the round's planned decision when there is one.
func councilHeader(org app.Organisation, round app.Round) Header {
	name := viet.Clean(org.CouncilName)
	if name == "" {
		name = "Hội đồng Thi đua - Khen thưởng"
	}
	for _, unit := range []string{" xã", " phường", " thị trấn", " đặc khu"} {
		name = strings.TrimSuffix(name, unit)
	}
	h := Header{Parent: ParentLine(org.Name), Issuer: []string{name}, Place: org.Place}
	if t, err := viet.ParseISO(round.DecidedOn); err == nil {
		h.Year = t.Year()
	}
	return h
}

// scoresSummary is the trích yếu of the scoring papers: the movement, then
// the kind and the round.
func scoresSummary(p *app.Plan, round app.Round, k app.Kind) string {
	when := strings.ToLower(viet.Clean(round.Name))
	switch {
	case round.Kind == app.RoundFinal:
		when = "đợt tổng kết"
	case when == "":
		when = "năm " + round.Key
	}
	line := k.Label() + " - " + when
	if m := viet.Clean(p.MovementName); m != "" {
		return "Phong trào thi đua “" + m + "”\n" + line
	}
	return line
}

// councilSigners returns the names of the council's active secretary and
// chair (the first of each).
func councilSigners(council []app.CouncilMember) (secretary, chair string) {
	for _, m := range council {
		if !m.Active {
			continue
		}
		switch {
		case m.Role == app.RoleSecretary && secretary == "":
			secretary = m.FullName
		case m.Role == app.RoleChair && chair == "":
			chair = m.FullName
		}
	}
	return
}

// pts prints points the Vietnamese way: 89,5.
func pts(v float64) string { return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1) }

// nameTitle is the title of the name column.
func nameTitle(k app.Kind) string {
	if k == app.KindCollective {
		return "Tên tập thể"
	}
	return "Họ và tên"
}

// criterionTitle is the header of a criterion's column: its number and
// short text, and its maximum ("1. Kế hoạch phát động (tối đa 16)").
func criterionTitle(i int, c app.Criterion) string {
	name := viet.Clean(c.ShortText)
	if name == "" {
		name = "Tiêu chí"
	}
	return fmt.Sprintf("%d. %s\n(tối đa %s)", i+1, name, pts(c.MaxPoints))
}

// scoreColumns are STT, the name and one column per criterion of the
// given relative width.
func scoreColumns(k app.Kind, crit []app.Criterion, width float64) []Column {
	cols := []Column{{Title: "STT", Width: 0.8, Align: AlignCenter}, {Title: nameTitle(k), Width: 2.8}}
	for i, c := range crit {
		cols = append(cols, Column{Title: criterionTitle(i, c), Width: width, Align: AlignCenter})
	}
	return cols
}

// criterionColumns are the indexes of the criteria's columns.
func criterionColumns(crit []app.Criterion) []int {
	out := make([]int, len(crit))
	for i := range crit {
		out[i] = 2 + i
	}
	return out
}

// totalTitle is the header of the total's column.
func totalTitle(crit []app.Criterion) string {
	t := 0.0
	for _, c := range crit {
		t += c.MaxPoints
	}
	return "Tổng\n(tối đa " + pts(t) + ")"
}

func note(text string) Paragraph {
	return Paragraph{Runs: []Run{{Text: text}}, NoIndent: true, Size: sizeScoreNote}
}

// ScoresDocument is the Bảng tổng hợp kết quả chấm điểm of one round and
// kind: A4 landscape under the council's header; a table STT | name | one
// column per criterion (its counted council score) | Tổng | Xếp loại |
// Hạng, in the order of rows (as Rank returns them: ranked rows, then the
// incomplete ones marked "chưa đủ điểm"), its header repeated on every
// page; notes on how equal totals were ordered and, with several scorers,
// how the score was counted; signed by the council's secretary (THƯ KÝ,
// left) and chair (CHỦ TỊCH HỘI ĐỒNG, right).
func ScoresDocument(p *app.Plan, org app.Organisation, round app.Round, k app.Kind, rows []app.RankRow, council []app.CouncilMember) *Document {
	crit := p.CriteriaOf(k)
	cols := append(scoreColumns(k, crit, 1.3),
		Column{Title: totalTitle(crit), Width: 1.1, Align: AlignCenter},
		Column{Title: "Xếp loại", Width: 1.1, Align: AlignCenter},
		Column{Title: "Hạng", Width: 0.9, Align: AlignCenter})
	body := make([][]string, 0, len(rows))
	for i, r := range rows {
		cells := []string{strconv.Itoa(i + 1), r.Participant.Name}
		for j := range crit {
			cell := ""
			if j < len(r.Scored) && r.Scored[j] {
				cell = pts(r.Scores[j])
			}
			cells = append(cells, cell)
		}
		if r.Complete {
			cells = append(cells, pts(r.Total), r.Class.Label(), strconv.Itoa(r.Rank))
		} else {
			cells = append(cells, "chưa đủ điểm", "", "")
		}
		body = append(body, cells)
	}
	blocks := []Block{fitTable{Table: Table{Columns: cols, Rows: body, Size: sizeScoreTable},
		Flex: 1, FlexMin: 45, FlexMax: 90, MinSize: 10, Same: criterionColumns(crit)}}
	var notes []string
	if p.SeveralScorers {
		how := "Điểm mỗi tiêu chí là trung bình cộng điểm của các thành viên hội đồng đã chấm"
		if p.TrimExtremes {
			how += ", bỏ một điểm cao nhất và một điểm thấp nhất khi có từ 3 thành viên chấm trở lên"
		}
		notes = append(notes, how+".")
	}
	for i, r := range rows {
		if r.TieRule != "" && i+1 < len(rows) {
			notes = append(notes, fmt.Sprintf("%s (hạng %d) xếp trên %s (hạng %d), cùng %s điểm: %s.",
				r.Participant.Name, r.Rank, rows[i+1].Participant.Name, rows[i+1].Rank, pts(r.Total), r.TieRule))
		}
	}
	if len(notes) > 0 {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: "Ghi chú:", Style: BoldItalic}}, NoIndent: true, Size: sizeScoreNote, KeepWithNext: true})
		for _, n := range notes {
			blocks = append(blocks, note("- "+n))
		}
	}
	secretary, chair := councilSigners(council)
	return &Document{
		Landscape: true,
		Header:    councilHeader(org, round),
		Title:     Title{Kind: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM", Summary: scoresSummary(p, round, k)},
		Body:      blocks,
		Bottom: &Bottom{Left: &Signature{Authority: []string{"THƯ KÝ"}, Name: secretary},
			Right: Signature{Authority: []string{"CHỦ TỊCH HỘI ĐỒNG"}, Name: chair}},
	}
}

// ScoreSheetDocument is the blank Phiếu chấm điểm of one scorer: A4
// landscape under the council's header; the scorer's name and office
// (dotted lines to fill in when member has no name); the criteria with
// their full text and maximum; a table with a row per participant and
// empty cells for each criterion, the total and a note, its header
// repeated on every page; the scorer's signature. The row of the scorer
// (member.ParticipantID) and of the collective the scorer belongs to
// (member.CollectiveID) is marked "Không chấm", its boxes closed.
func ScoreSheetDocument(p *app.Plan, org app.Organisation, round app.Round, k app.Kind, participants []app.Participant, member app.CouncilMember) *Document {
	return ScoreSheetsDocument(p, org, round, k, participants, []app.CouncilMember{member})
}

// ScoreSheetsDocument is a ScoreSheetDocument for each member, one after
// another, each starting on a new page with the header and title again and
// its own page numbers, so that the sheets can be handed out separately.
// No members gives one unnamed sheet.
func ScoreSheetsDocument(p *app.Plan, org app.Organisation, round app.Round, k app.Kind, participants []app.Participant, members []app.CouncilMember) *Document {
	if len(members) == 0 {
		members = []app.CouncilMember{{}}
	}
	d := &Document{
		Landscape: true,
		Header:    councilHeader(org, round),
		Title:     Title{Kind: "PHIẾU CHẤM ĐIỂM", Summary: scoresSummary(p, round, k)},
	}
	crit := p.CriteriaOf(k)
	for i, m := range members {
		if i > 0 {
			d.Body = append(d.Body, newSheet{header: d.Header, title: d.Title})
		}
		d.Body = append(d.Body, scoreSheet(crit, participants, k, m)...)
	}
	return d
}

// dots is a dotted line to write on by hand.
const dots = "…………………………………………………"

func scoreSheet(crit []app.Criterion, parts []app.Participant, k app.Kind, m app.CouncilMember) []Block {
	name, office := viet.Clean(m.FullName), viet.Clean(m.Office)
	if name == "" {
		name, office = dots, dots
	}
	blocks := []Block{Paragraph{Runs: []Run{{Text: "Họ và tên người chấm: ", Style: Bold}, {Text: name}}, NoIndent: true, Align: AlignLeft}}
	if office != "" {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: "Chức vụ: ", Style: Bold}, {Text: office}}, NoIndent: true, Align: AlignLeft})
	}
	blocks = append(blocks,
		Paragraph{Runs: []Run{{Text: "Tiêu chí chấm điểm:", Style: Bold}}, NoIndent: true, KeepWithNext: true})
	for i, c := range crit {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: fmt.Sprintf("%d. ", i+1), Style: Bold},
			{Text: viet.Clean(c.Text) + " "}, {Text: fmt.Sprintf("(tối đa %s điểm)", pts(c.MaxPoints)), Style: Italic}},
			NoIndent: true, Size: sizeScoreNote})
	}
	cols := append(scoreColumns(k, crit, 1.5),
		Column{Title: totalTitle(crit), Width: 1.2, Align: AlignCenter}, Column{Title: "Ghi chú", Width: 1.8})
	rows := make([][]string, len(parts))
	own := false
	for i, pt := range parts {
		rows[i] = []string{strconv.Itoa(i + 1), pt.Name}
		if len(app.Recused([]app.CouncilMember{m}, pt, nil)) > 0 {
			// The scorer's own row (the scorer, or the collective the
			// scorer belongs to) stays, numbered as on the other sheets,
			// but is closed to marks.
			for range crit {
				rows[i] = append(rows[i], notScoredCell)
			}
			rows[i] = append(rows[i], notScoredCell, notScored)
			own = true
		}
	}
	if own {
		whom := "chính mình"
		if k == app.KindCollective {
			whom = "tập thể mình là thành viên"
		}
		blocks = append(blocks, note("Người chấm không chấm điểm cho "+whom+" (dòng ghi “"+notScored+"”)."))
	}
	return append(blocks, sheetEnd{
		table: fitTable{Table: Table{Columns: cols, Rows: rows, Size: sizeSheetTable},
			Flex: 1, FlexMin: 50, FlexMax: 90, MinSize: 11, Same: criterionColumns(crit), SameMin: 22},
		sign: Signature{Authority: []string{"NGƯỜI CHẤM ĐIỂM"}, Name: viet.Clean(m.FullName)},
	})
}

// notScored marks, in the note column, a row the scorer does not score;
// notScoredCell fills its boxes.
const (
	notScored     = "Không chấm"
	notScoredCell = "–"
)

// sheetEnd is a score sheet's table followed by the scorer's signature in
// the right column, the table's last row kept with the signature.
type sheetEnd struct {
	table fitTable
	sign  Signature
}

func (s sheetEnd) boxes(e *engine, last bool) []*box {
	bs := s.table.boxes(e, true)
	sig := e.bottomBox(Bottom{Right: s.sign})
	sig.keep = last
	return append(bs, sig)
}

// newSheet starts the next sheet of a document made of separate sheets: a
// new page counted as a first page (so not numbered, and the sheet's next
// pages numbered from 2), then the header and the title again. The page is
// started by drawing a zero-height box, which paginate places without
// starting a page itself.
type newSheet struct {
	header Header
	title  Title
	// page starts the sheet on a new page when sheets are printed two to a
	// page, so that the sheets before and after it are not cut from the
	// same page.
	page bool
}

func (s newSheet) boxes(e *engine, _ bool) []*box {
	start := &box{sheet: true, sheetPage: s.page, draw: func(float64) {
		e.pageNo = 0
		e.newPage()
	}}
	return append([]*box{start, e.headerBox(s.header)}, e.titleBoxes(s.title)...)
}

// fitTable is a Table whose column widths are fitted to their content when
// it is laid out, for tables whose number of columns varies (one per
// criterion). Every column but Flex gets the width of its widest text that
// should not wrap — a header line in parentheses such as "(tối đa 16)", a
// body cell of one or two words such as "Xuất sắc", else the longest word —
// and the columns in Same share their widest, at least SameMin mm. Column
// Flex (the names) takes the rest of the line, at most FlexMax mm (what is
// left over goes to the others in proportion); while that rest is below
// FlexMin mm the font shrinks by half a point, down to MinSize, after which
// the columns are scaled down together and their texts wrap.
type fitTable struct {
	Table
	Flex             int
	FlexMin, FlexMax float64
	MinSize          float64
	Same             []int
	SameMin          float64
}

func (t fitTable) boxes(e *engine, last bool) []*box {
	size := t.Size
	if size <= 0 {
		size = 13
	}
	var w []float64
	var flex float64
	for {
		w = t.widths(e, size)
		flex = e.textW
		for i, x := range w {
			if i != t.Flex {
				flex -= x
			}
		}
		if flex >= t.FlexMin || size-0.5 < t.MinSize {
			break
		}
		size -= 0.5
	}
	if flex > t.FlexMax {
		spare, others := flex-t.FlexMax, e.textW-flex
		for i := range w {
			if i != t.Flex && others > 0 {
				w[i] += spare * w[i] / others
			}
		}
		flex = t.FlexMax
	}
	w[t.Flex] = max(flex, t.FlexMin)
	tbl := t.Table
	tbl.Size = size
	tbl.Columns = append([]Column(nil), t.Columns...)
	for i := range tbl.Columns {
		tbl.Columns[i].Width = w[i]
	}
	return tbl.boxes(e, last)
}

// widths measures the columns' needs at a font size, in mm.
func (t fitTable) widths(e *engine, size float64) []float64 {
	w := make([]float64, len(t.Columns))
	need := func(i int, text string, st Style) {
		e.c.setFont(st, size)
		for _, seg := range strings.Split(text, "\n") {
			words := strings.Fields(seg)
			if len(words) <= 2 || strings.HasPrefix(seg, "(") {
				w[i] = max(w[i], e.c.width(strings.Join(words, " ")))
				continue
			}
			for _, wd := range words {
				w[i] = max(w[i], e.c.width(wd))
			}
		}
	}
	for i, c := range t.Columns {
		if i == t.Flex {
			continue
		}
		need(i, c.Title, Bold)
		for _, r := range t.Rows {
			if i < len(r) {
				need(i, r[i], Regular)
			}
		}
	}
	same := t.SameMin
	for _, i := range t.Same {
		same = max(same, w[i]+2*cellPadX+0.5)
	}
	for i := range w {
		w[i] += 2*cellPadX + 0.5
	}
	for _, i := range t.Same {
		w[i] = same
	}
	return w
}
