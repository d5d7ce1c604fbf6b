package document

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"thidua/app"
	"thidua/app/viet"
)

// The secret ballot of the council (official-documents §5, Phiếu bầu): two
// ballots to an A4 portrait page, to be cut apart (a ballot too long for
// half a page takes a page of its own), each under the council's header, with one line per
// nominee and an "Đồng ý" and a "Không đồng ý" box to mark. A secret ballot
// is not signed, so it has no bottom block.

// BallotForm is one award form voted on by secret ballot, with its nominees
// in the order the council reviews them.
type BallotForm struct {
	Form app.AwardForm
	// Quota is the quota wording for the round, e.g. "không quá 02 cá nhân",
	// already worded by the caller; "" prints no quota sentence.
	Quota    string
	Nominees []BallotNominee
}

// BallotNominee is a line of the ballot.
type BallotNominee struct {
	Name string // the participant's name
	// Detail is, for an individual, the office and unit ("Công chức Văn
	// phòng - Thống kê, UBND xã"); for a collective "" or a short note.
	Detail string
}

// Sizes (pt) and measures of the ballot.
const (
	sizeBallotNote  = 13 // instruction and quota sentences
	sizeBallotTable = 13
	ballotRowMin    = 11.0 // mm: the least row height, room to mark a box by hand
	ballotBoxMin    = 24.0 // mm: the least width of a box column
)

// ballotInstruction tells the council member how to fill in the ballot.
// It is kept to two lines, so that a ballot fits half a page.
const ballotInstruction = "Mỗi dòng đánh dấu (X) vào một cột: “Đồng ý” hoặc “Không đồng ý”; " +
	"dòng đánh dấu cả hai cột hoặc bỏ trống cả hai thì không được tính."

// BallotsDocument builds the ballots of a council meeting: for each form,
// copies identical ballots (one per council member present; copies < 1
// means 1), each on half a page of its own (Document.HalfSheets) with the
// council's header (dated heldOn when it is a valid ISO date such as
// "2025-12-15", else left for the hand), the title PHIẾU BẦU with the form, the movement and the round, how
// to mark the ballot, the quota when there is one, and the table TT | Họ và
// tên / Tập thể | Đồng ý | Không đồng ý. It returns an *app.InvalidError when
// there is no form, or a form has no nominee or a nominee without a name.
func BallotsDocument(org app.Organisation, p *app.Plan, round app.Round, heldOn string, forms []BallotForm, copies int) (*Document, error) {
	var bs Ballots
	for _, f := range forms {
		bs.Sets = append(bs.Sets, BallotSet{Form: f, Copies: copies})
	}
	return BallotSetsDocument(org, p, round, heldOn, bs)
}

// BallotSetsDocument builds the ballots of bs (see BallotSets) type after
// type, as BallotsDocument prints a form: each type starts a page, so that
// the ballots of two types, or of two forms, are not cut from the same
// page. When the members present are known, a note comes first for the
// one who hands the ballots out: the types, how many of each to hand out
// and to whom not (see Ballots.Distribution). The note is not a ballot
// and is not handed out.
func BallotSetsDocument(org app.Organisation, p *app.Plan, round app.Round, heldOn string, bs Ballots) (*Document, error) {
	var all []BallotForm
	for _, s := range bs.Sets {
		all = append(all, s.Form)
	}
	if err := checkBallots(all); err != nil {
		return nil, err
	}
	h := councilHeader(org, round)
	if t, err := viet.ParseISO(strings.TrimSpace(heldOn)); err == nil {
		h.Date = t
	}
	d := &Document{Header: h, Title: ballotTitle(p, round, all[0].Form), HalfSheets: true}
	first := true
	if bs.Present > 0 {
		d.Title = Title{Kind: "HƯỚNG DẪN PHÁT PHIẾU BẦU", Summary: movementRound(p, round)}
		d.Body = append(d.Body, distributionNote(bs)...)
		first = false
	}
	for _, s := range bs.Sets {
		title := ballotTitle(p, round, s.Form.Form)
		for i := range max(s.Copies, 1) {
			// Not a bare PageBreak: every ballot is handed out on its own,
			// so each starts a page with the header and its title again
			// and is numbered as a first page.
			if !first {
				d.Body = append(d.Body, newSheet{header: h, title: title, page: i == 0})
			}
			first = false
			d.Body = append(d.Body, ballotBody(s.Form)...)
		}
	}
	return d, nil
}

// distributionNote is the note on handing out the ballots: the number of
// members present and a row per ballot type.
func distributionNote(bs Ballots) []Block {
	copies := 0
	for _, s := range bs.Sets {
		copies += s.Copies
	}
	out := []Block{Paragraph{Runs: []Run{{Text: fmt.Sprintf("%d thành viên dự họp; in %d loại phiếu, %d phiếu. "+
		"Mọi phiếu cùng loại giống hệt nhau; cắt rời, xếp riêng từng loại và phát theo bảng dưới đây. "+
		"Tờ này để người phát phiếu giữ, không phát cho thành viên.", bs.Present, len(bs.Sets), copies), Style: Italic}},
		Size: sizeBallotNote}}
	rows := make([][]string, len(bs.Sets))
	for i, s := range bs.Sets {
		rows[i] = []string{fmt.Sprintf("%d/%d", i+1, len(bs.Sets)), formName(s.Form.Form, 0) + ":\n" + nomineeNames(s.Form),
			fmt.Sprintf("%d", s.Copies), capitalise(s.recipients())}
	}
	out = append(out, Table{Columns: []Column{
		{Title: "Loại phiếu", Width: 14, Align: AlignCenter},
		{Title: "Hình thức và người được đề nghị", Width: 46},
		{Title: "Số phiếu phát", Width: 14, Align: AlignCenter},
		{Title: "Phát cho", Width: 30},
	}, Rows: rows, Size: sizeBallotNote})
	if len(bs.Unvoted) > 0 {
		out = append(out, Paragraph{Runs: []Run{{Text: unvotedText(bs.Unvoted)}}, Size: sizeBallotNote})
	}
	for _, v := range bs.Void {
		out = append(out, Paragraph{Runs: []Run{{Text: v}}, Size: sizeBallotNote})
	}
	return out
}

// checkBallots reports, in Vietnamese, a meeting with no form, a form with
// no nominee and a nominee without a name.
func checkBallots(forms []BallotForm) error {
	var ps app.Problems
	if len(forms) == 0 {
		ps.Add("Phiếu bầu", "chưa có hình thức khen thưởng nào để in phiếu bầu")
	}
	for i, f := range forms {
		name := formName(f.Form, i)
		if len(f.Nominees) == 0 {
			ps.Add("Phiếu bầu", "Hình thức “%s” chưa có ai được đề nghị", name)
		}
		for j, n := range f.Nominees {
			if viet.Clean(n.Name) == "" {
				ps.Add("Phiếu bầu", "Hình thức “%s”: dòng %d chưa có tên người hoặc tập thể được đề nghị", name, j+1)
			}
		}
	}
	return ps.Err()
}

// formName is the form's name for messages, or its place in the list when
// it has none.
func formName(f app.AwardForm, i int) string {
	if n := viet.Clean(f.Name); n != "" {
		return n
	}
	if n := viet.Clean(f.ShortName); n != "" {
		return n
	}
	return fmt.Sprintf("thứ %d", i+1)
}

// ballotTitle is PHIẾU BẦU with the trích yếu "Đề nghị tặng <form>" and,
// on the next line, the movement and the round.
func ballotTitle(p *app.Plan, round app.Round, f app.AwardForm) Title {
	summary := "Đề nghị tặng " + formName(f, 0)
	if rest := movementRound(p, round); rest != "" {
		summary += "\n" + rest
	}
	return Title{Kind: "PHIẾU BẦU", Summary: summary}
}

// movementRound is "Phong trào thi đua “…” - năm 2024" (or "- đợt tổng
// kết"), the round alone without a movement, "" without either.
func movementRound(p *app.Plan, round app.Round) string {
	when := strings.ToLower(viet.Clean(round.Name))
	switch {
	case round.Kind == app.RoundFinal:
		when = "đợt tổng kết"
	case when == "" && viet.Clean(round.Key) != "":
		when = "năm " + viet.Clean(round.Key)
	}
	movement := ""
	if p != nil {
		movement = viet.Clean(p.MovementName)
	}
	switch {
	case movement == "":
		return capitalise(when)
	case when == "":
		return "Phong trào thi đua “" + movement + "”"
	}
	return "Phong trào thi đua “" + movement + "” - " + when
}

// capitalise returns s with its first letter upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return viet.Upper(string(r)) + s[n:]
}

// ballotBody is one ballot after its header and title: how to mark it, the
// quota, and the table of nominees.
func ballotBody(f BallotForm) []Block {
	blocks := []Block{Paragraph{Runs: []Run{{Text: "Cách ghi phiếu: ", Style: BoldItalic}, {Text: ballotInstruction, Style: Italic}},
		Size: sizeBallotNote}}
	if q := strings.TrimRight(viet.Clean(f.Quota), ".;, "); q != "" {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: "Số lượng được đề nghị tặng: ", Style: Bold}, {Text: q + "."}},
			Size: sizeBallotNote})
	}
	return append(blocks, ballotTable{nominees: f.Nominees})
}

// ballotAgainst is the head of the "Không đồng ý" column, on two lines so
// that the box columns stay narrow and the names get the room.
const ballotAgainst = "Không\nđồng ý"

// ballotColumns are the columns of the ballot's table, their widths in mm:
// TT narrow, the two boxes as wide as the longer line of their heads (at
// least ballotBoxMin), the name the rest of the text width.
func ballotColumns(e *engine) []Column {
	e.c.setFont(Bold, sizeBallotTable)
	tt := e.c.width("TT") + 2*cellPadX + 4
	vote := ballotBoxMin
	for _, head := range append(strings.Split(ballotAgainst, "\n"), "Đồng ý") {
		vote = max(vote, e.c.width(head)+2*cellPadX+2)
	}
	return []Column{
		{Title: "TT", Width: tt, Align: AlignCenter},
		{Title: "Họ và tên / Tập thể", Width: e.textW - tt - 2*vote},
		{Title: "Đồng ý", Width: vote, Align: AlignCenter},
		{Title: ballotAgainst, Width: vote, Align: AlignCenter},
	}
}

// ballotTable is the ballot's table. It is a Table whose name cells hold
// the name in bold with the detail under it in regular type, and whose rows
// are at least ballotRowMin tall so that the boxes can be marked by hand.
// The header row is the Table's own, repeated on a new page.
type ballotTable struct{ nominees []BallotNominee }

func (t ballotTable) boxes(e *engine, last bool) []*box {
	cols := ballotColumns(e)
	bs := Table{Columns: cols, Size: sizeBallotTable}.boxes(e, false) // the header row alone
	head := bs[0]
	xs := columnEdges(e, cols)
	for i, n := range t.nominees {
		row := e.ballotRow(xs, i+1, n)
		row.repeat = head
		bs = append(bs, row)
	}
	if last {
		bs[len(bs)-1].keep = true
	}
	return bs
}

// columnEdges are the left edges of the columns and the right edge of the
// last, the widths scaled to the text width as Table does.
func columnEdges(e *engine, cols []Column) []float64 {
	total := 0.0
	for _, c := range cols {
		total += colWeight(c)
	}
	xs := make([]float64, len(cols)+1)
	xs[0] = e.left
	for i, c := range cols {
		xs[i+1] = xs[i] + e.textW*colWeight(c)/total
	}
	return xs
}

// ballotRow is the row of the n-th nominee: the number, the name (bold)
// with the detail on the next line, and two empty boxes.
func (e *engine) ballotRow(xs []float64, n int, nom BallotNominee) *box {
	runs := []Run{{Text: viet.Clean(nom.Name), Style: Bold}}
	if d := viet.Clean(nom.Detail); d != "" {
		runs = append(runs, Run{Text: "\n" + d})
	}
	cell := func(i int, runs []Run, align Align) []line {
		return e.layoutText(runs, textSpec{align: align, x: xs[i] + cellPadX, w: xs[i+1] - xs[i] - 2*cellPadX, size: sizeBallotTable})
	}
	cells := [][]line{cell(0, []Run{{Text: strconv.Itoa(n)}}, AlignCenter), cell(1, runs, AlignLeft), nil, nil}
	lh := single(sizeBallotTable)
	h := max(float64(len(cells[1]))*lh+2*cellPadY, ballotRowMin)
	off := e.baseline(lh, sizeBallotTable)
	return &box{h: h, draw: func(y float64) {
		for i, c := range cells {
			e.c.rect(xs[i], y, xs[i+1]-xs[i], h, gridW)
			top := y + (h-float64(len(c))*lh)/2 // centred in the row, as in Table
			for j, l := range c {
				e.drawLine(l, top+float64(j)*lh+off)
			}
		}
	}}
}
