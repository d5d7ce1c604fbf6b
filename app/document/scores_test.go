package document

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
)

// scoresFixture is the seed plan with numbered criteria and n individuals
// scored on them (the last one missing a score), ranked.
func scoresFixture(t *testing.T, n int) (*app.Plan, []app.Participant, []app.RankRow) {
	t.Helper()
	p := seedPlan(t)
	for i := range p.Criteria {
		p.Criteria[i].ID = int64(i + 1)
	}
	var parts []app.Participant
	var scores []app.Score
	for i := range n {
		id := int64(100 + i)
		parts = append(parts, app.Participant{ID: id, Kind: app.KindIndividual, Name: fmt.Sprintf("Nguyễn Văn Số%d", i)})
		// Totals all different but for Số10 and Số11 (85 each), and Số(n-1)
		// misses its second score.
		c1, c2 := 50-float64(i)/2, 40.0
		if i == 11 {
			c2 = 40.5
		}
		crit := p.CriteriaOf(app.KindIndividual)
		scores = append(scores, app.Score{ParticipantID: id, CriterionID: crit[0].ID, Council: &c1})
		if i < n-1 {
			scores = append(scores, app.Score{ParticipantID: id, CriterionID: crit[1].ID, Council: &c2})
		}
	}
	return p, parts, app.Rank(p, app.KindIndividual, parts, scores, nil)
}

var testCouncil = []app.CouncilMember{
	{ID: 1, FullName: "Trần Quang Minh", Office: "Chủ tịch UBND xã", Role: app.RoleChair, Active: true},
	{ID: 2, FullName: "Lê Văn Hùng", Role: app.RoleMember, Active: true},
	{ID: 3, FullName: "Đỗ Thị Thu Trang", Role: app.RoleSecretary, Active: true},
}

func pageText(pg pdfPage) string {
	var b strings.Builder
	for _, l := range pg.Lines {
		b.WriteString(l.Text() + "\n")
	}
	return b.String()
}

// wordsAfter returns w and the n words right of it on its line.
func wordsAfter(pg pdfPage, w pdfWord, n int) string {
	out := []string{w.Text}
	x := w.XMax
	for range n {
		var next *pdfWord
		for _, o := range pg.Words() {
			if abs(o.YMax-w.YMax) < 1 && o.XMin >= x-0.1 && (next == nil || o.XMin < next.XMin) {
				next = &o
			}
		}
		if next == nil || next.XMin-x > 6 {
			break
		}
		out = append(out, next.Text)
		x = next.XMax
	}
	return strings.Join(out, " ")
}

func checkLandscape(t *testing.T, name string, pages []pdfPage) {
	t.Helper()
	for i, pg := range pages {
		if abs(pg.Width-841.89) > 1 || abs(pg.Height-595.28) > 1 {
			t.Errorf("%s page %d is %gx%g, not A4 landscape", name, i+1, pg.Width, pg.Height)
		}
	}
}

func TestScoresDocumentLandscapeRepeatedHeaderAndSignatures(t *testing.T) {
	needTools(t, "pdftotext")
	p, _, rows := scoresFixture(t, 60)
	s := DefaultSettings()
	d := ScoresDocument(p, sampleOrg(t), p.Rounds[0], app.KindIndividual, rows, testCouncil)
	pages := readBBox(t, render(t, "scores.pdf", d, s))
	if len(pages) < 2 {
		t.Fatalf("60 rows must run over pages, got %d", len(pages))
	}
	checkLandscape(t, "scores", pages)
	checkMargins(t, pages, s)
	for i, pg := range pages {
		if len(findWords(pg, "Số0")) > 0 || strings.Contains(pageText(pg), "Nguyễn Văn Số") {
			text := pageText(pg)
			for _, h := range []string{"STT", "Họ và tên", "Xếp loại", "Hạng", "(tối đa 50)", "(tối đa 100)"} {
				if !strings.Contains(text, h) {
					t.Errorf("page %d has rows but no %q of the table header", i+1, h)
				}
			}
		}
	}
	first, last := pageText(pages[0]), pageText(pages[len(pages)-1])
	for _, want := range []string{"UBND XÃ HÒA PHONG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Hòa Phong, ngày", "năm 2024", "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM",
		"Phong trào thi đua “Đẩy mạnh công tác dân vận", "Cá nhân - năm 2024", "1. Hoàn thành"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	for _, want := range []string{"chưa đủ điểm", "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Trần Quang Minh", "Đỗ Thị Thu Trang", "Ghi chú:",
		"Nguyễn Văn Số10 (hạng 11) xếp trên Nguyễn Văn Số11 (hạng 12), cùng 85 điểm: điểm hội đồng tiêu chí 1 cao hơn."} {
		if !strings.Contains(last, want) {
			t.Errorf("last page lacks %q", want)
		}
	}
	// THƯ KÝ on the left, the chair on the right, on one baseline.
	lastPage := pages[len(pages)-1]
	sec, chair := findWords(lastPage, "KÝ"), findWords(lastPage, "HỘI")
	if len(sec) == 0 || len(chair) == 0 || abs(sec[0].YMax-chair[len(chair)-1].YMax) > 1 || sec[0].XMax > lastPage.Width/2 || chair[len(chair)-1].XMin < lastPage.Width/2 {
		t.Errorf("signatures not side by side: %+v / %+v", sec, chair)
	}
}

func TestScoresDocumentSevenCriteriaFit(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	var parts []app.Participant
	for i := range 13 {
		parts = append(parts, app.Participant{ID: int64(i + 1), Kind: app.KindCollective, Name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã " + fmt.Sprint(i)})
	}
	rows := app.Rank(p, app.KindCollective, parts, nil, nil)
	s := DefaultSettings()
	pages := readBBox(t, render(t, "scores7.pdf", ScoresDocument(p, sampleOrg(t), p.Rounds[0], app.KindCollective, rows, nil), s))
	checkMargins(t, pages, s)
	// "(tối đa 14)" never wraps, and names get room: "Đoàn Thanh niên" on one line.
	pg := pages[0]
	toi := findWords(pg, "(tối")
	if len(toi) < 7 {
		t.Fatalf("want a maximum under each of the 7 criteria, found %d", len(toi))
	}
	for _, w := range toi {
		if got := wordsAfter(pg, w, 2); got != "(tối đa 14)" && got != "(tối đa 16)" && got != "(tối đa 100)" {
			t.Errorf("a maximum wraps: %q", got)
		}
	}
	doan := findWords(pg, "Đoàn")
	if len(doan) == 0 {
		t.Fatal("no names")
	}
	if text, _, _ := rowOf(pg, doan[0]); !strings.Contains(text, "Đoàn Thanh niên") {
		t.Errorf("name column too narrow: %q", text)
	}
}

func TestScoreSheetsOnePerScorer(t *testing.T) {
	needTools(t, "pdftotext")
	p, parts, _ := scoresFixture(t, 60)
	s := DefaultSettings()
	d := ScoreSheetsDocument(p, sampleOrg(t), p.Rounds[0], app.KindIndividual, parts, testCouncil[:2])
	pages := readBBox(t, render(t, "sheets.pdf", d, s))
	checkLandscape(t, "sheets", pages)
	var starts []int // first page of each sheet
	signed := map[string]int{}
	for i, pg := range pages {
		text := pageText(pg)
		if strings.Contains(text, "PHIẾU CHẤM ĐIỂM") {
			starts = append(starts, i)
			for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Họ và tên người chấm:",
				"Tiêu chí chấm điểm:", "(tối đa 50 điểm)", "Có giải pháp, sáng kiến"} {
				if !strings.Contains(text, want) {
					t.Errorf("sheet starting on page %d lacks %q", i+1, want)
				}
			}
		}
		if strings.Contains(text, "Nguyễn Văn Số") && !strings.Contains(text, "(tối đa 50)") {
			t.Errorf("page %d has rows but no table header", i+1)
		}
		if strings.Contains(text, "NGƯỜI CHẤM ĐIỂM") {
			for _, m := range testCouncil[:2] {
				if strings.Contains(text, m.FullName) {
					signed[m.FullName]++
				}
			}
		}
	}
	if len(starts) != 2 || starts[0] != 0 || starts[1] < 2 {
		t.Fatalf("want 2 sheets of several pages each, starting on pages %v of %d", starts, len(pages))
	}
	checkMargins(t, pages, s, starts[1]+1) // each sheet numbered on its own
	if !strings.Contains(pageText(pages[starts[1]-1]), "NGƯỜI CHẤM ĐIỂM") || signed["Trần Quang Minh"] != 1 || signed["Lê Văn Hùng"] != 1 {
		t.Errorf("each sheet ends with its scorer's signature: %v", signed)
	}
	if !strings.Contains(pageText(pages[starts[1]]), "Lê Văn Hùng") || strings.Contains(pageText(pages[starts[1]]), "Trần Quang Minh") {
		t.Error("the second sheet is not the second member's")
	}
}

func TestScoreSheetUnnamed(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	parts := []app.Participant{{ID: 1, Kind: app.KindCollective, Name: "Công an xã"}}
	for _, d := range []*Document{
		ScoreSheetsDocument(p, sampleOrg(t), p.Rounds[3], app.KindCollective, parts, nil),
		ScoreSheetDocument(p, sampleOrg(t), p.Rounds[3], app.KindCollective, parts, app.CouncilMember{}),
	} {
		pages := readBBox(t, render(t, "sheet.pdf", d, DefaultSettings()))
		var all strings.Builder
		for _, pg := range pages {
			all.WriteString(pageText(pg))
		}
		text := all.String()
		if strings.Count(text, "PHIẾU CHẤM ĐIỂM") != 1 || !strings.Contains(text, "Họ và tên người chấm: ……") ||
			!strings.Contains(text, "Tập thể - đợt tổng kết") || !strings.Contains(text, "Công an xã") || !strings.Contains(text, "NGƯỜI CHẤM ĐIỂM") {
			t.Errorf("unnamed sheet:\n%s", text)
		}
	}
}

func TestCouncilHeader(t *testing.T) {
	org := app.Organisation{Name: "Ủy ban nhân dân phường Hà Đông", Place: "Hà Đông", CouncilName: "Hội đồng Thi đua - Khen thưởng phường"}
	h := councilHeader(org, app.Round{Key: "2025", DecidedOn: "2026-01-15"})
	if h.Parent != "UBND phường Hà Đông" || len(h.Issuer) != 1 || h.Issuer[0] != "Hội đồng Thi đua - Khen thưởng" || h.Year != 2026 || !h.Date.IsZero() {
		t.Fatalf("%+v", h)
	}
	if h := councilHeader(app.Organisation{}, app.Round{}); h.Issuer[0] != "Hội đồng Thi đua - Khen thưởng" || h.Year != 0 {
		t.Fatalf("%+v", h)
	}
	p := &app.Plan{MovementName: "Dân vận khéo"}
	for _, tt := range []struct {
		r    app.Round
		k    app.Kind
		want string
	}{
		{app.Round{Key: "2025", Name: "Năm 2025"}, app.KindCollective, "Phong trào thi đua “Dân vận khéo”\nTập thể - năm 2025"},
		{app.Round{Key: "final", Kind: app.RoundFinal, Name: "Tổng kết"}, app.KindIndividual, "Phong trào thi đua “Dân vận khéo”\nCá nhân - đợt tổng kết"},
		{app.Round{Key: "2026"}, app.KindIndividual, "Phong trào thi đua “Dân vận khéo”\nCá nhân - năm 2026"},
	} {
		if got := scoresSummary(p, tt.r, tt.k); got != tt.want {
			t.Errorf("%q, want %q", got, tt.want)
		}
	}
}

// TestScoreSheetOwnRowNotScored: a council member does not score their own
// record nor the collective they belong to: on their sheet that row says
// "Không chấm" in its note column; on another member's sheet it is an
// ordinary row.
func TestScoreSheetOwnRowNotScored(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	binh := app.CouncilMember{ID: 7, FullName: "Đặng Văn Bình", Role: app.RoleMember, Active: true, ParticipantID: 43, CollectiveID: 5}
	other := testCouncil[1]
	for _, tt := range []struct {
		kind  app.Kind
		parts []app.Participant
		own   string // a word of the own row's name found nowhere else
		note  string // the note above the table on the scorer's own sheet
	}{
		{app.KindIndividual, []app.Participant{{ID: 40, Kind: app.KindIndividual, Name: "Lê Minh Đức"},
			{ID: 43, Kind: app.KindIndividual, Name: "Đặng Văn Bình"}, {ID: 45, Kind: app.KindIndividual, Name: "Vũ Đức Anh"}}, "Đặng",
			"Người chấm không chấm điểm cho chính mình (dòng ghi “Không chấm”)."},
		{app.KindCollective, []app.Participant{{ID: 6, Kind: app.KindCollective, Name: "Đoàn Thanh niên xã"},
			{ID: 5, Kind: app.KindCollective, Name: "Mặt trận Tổ quốc xã"}, {ID: 11, Kind: app.KindCollective, Name: "Công an xã"}},
			"Mặt", "Người chấm không chấm điểm cho tập thể mình là thành viên (dòng ghi “Không chấm”)."},
	} {
		d := ScoreSheetsDocument(p, sampleOrg(t), p.Rounds[0], tt.kind, tt.parts, []app.CouncilMember{binh, other})
		pages := readBBox(t, render(t, "own-row.pdf", d, DefaultSettings()))
		sheet := -1
		marked := [2][]string{}
		notes := [2]bool{}
		for _, pg := range pages {
			if strings.Contains(pageText(pg), "PHIẾU CHẤM ĐIỂM") {
				sheet++
			}
			notes[sheet] = notes[sheet] || strings.Contains(collapse(pageText(pg)), tt.note)
			// A closed row: its boxes hold dashes, its note (which may
			// wrap in its narrow column) says "Không chấm" beside it.
			for _, w := range findWords(pg, notScoredCell) {
				row, _, _ := rowOf(pg, w)
				for _, k := range findWords(pg, "Không") {
					if k.XMin > pg.Width*0.7 && abs((k.YMin+k.YMax)/2-(w.YMin+w.YMax)/2) < 12 {
						marked[sheet] = append(marked[sheet], row)
						break
					}
				}
			}
		}
		if sheet != 1 {
			t.Fatalf("%s: %d sheets, want 2", tt.kind, sheet+1)
		}
		n := len(p.CriteriaOf(tt.kind)) + 1 // the criteria and the total
		if len(marked[0]) != n || !strings.Contains(marked[0][0], tt.own) || strings.Count(marked[0][0], notScoredCell) != n {
			t.Errorf("%s: the scorer's own sheet marks %q, want the one row of %s with its boxes closed", tt.kind, marked[0], tt.own)
		}
		if !notes[0] || notes[1] {
			t.Errorf("%s: the note %q on the scorer's sheet %v, on another's %v", tt.kind, tt.note, notes[0], notes[1])
		}
		if len(marked[1]) != 0 {
			t.Errorf("%s: another member's sheet marks %q", tt.kind, marked[1])
		}
	}
}

// TestScoreSheetRowsNeverAloneAtABreak: whatever the number of rows, a
// page of a score sheet holds at least two of its rows — the header never
// goes with a single row at the foot of a page, the last row never goes
// alone with the signature onto a page of its own.
func TestScoreSheetRowsNeverAloneAtABreak(t *testing.T) {
	needTools(t, "pdftotext")
	row := regexp.MustCompile(`^Số\d+$`)
	for n := 20; n <= 44; n++ {
		p, parts, _ := scoresFixture(t, n)
		d := ScoreSheetDocument(p, sampleOrg(t), p.Rounds[0], app.KindIndividual, parts, testCouncil[0])
		pages := readBBox(t, render(t, "rows.pdf", d, DefaultSettings()))
		if len(pages) < 2 {
			t.Fatalf("%d rows on one page: the fixture no longer breaks", n)
		}
		for i, pg := range pages {
			rows := 0
			for _, w := range pg.Words() {
				if row.MatchString(w.Text) {
					rows++
				}
			}
			if rows == 1 {
				t.Errorf("%d rows: page %d of %d holds a single row", n, i+1, len(pages))
			}
			if strings.Contains(pageText(pg), "(tối đa 50)") && rows == 0 {
				t.Errorf("%d rows: the table header is alone on page %d", n, i+1)
			}
		}
	}
}

// TestScoreSheetClosedTotalCentred: in the scorer's own row the dash
// closing the total is centred in the Tổng column, like the criteria's.
func TestScoreSheetClosedTotalCentred(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	binh := app.CouncilMember{ID: 7, FullName: "Đặng Văn Bình", Role: app.RoleMember, Active: true, ParticipantID: 43}
	parts := []app.Participant{{ID: 40, Kind: app.KindIndividual, Name: "Lê Minh Đức"}, {ID: 43, Kind: app.KindIndividual, Name: "Đặng Văn Bình"}}
	d := ScoreSheetDocument(p, sampleOrg(t), p.Rounds[0], app.KindIndividual, parts, binh)
	var pg pdfPage
	for _, p := range readBBox(t, render(t, "closed-total.pdf", d, DefaultSettings())) {
		if len(findWords(p, "Tổng")) > 0 {
			pg = p
		}
	}
	heads := findWords(pg, "(tối")
	dashes := findWords(pg, notScoredCell)
	total := findWords(pg, "Tổng")
	if len(heads) != 3 || len(dashes) != 3 || len(total) != 1 {
		t.Fatalf("%d column maxima, %d dashes, %d Tổng: want 3, 3, 1", len(heads), len(dashes), len(total))
	}
	// Dashes and headers left to right: two criteria, then the total.
	sort.Slice(dashes, func(i, j int) bool { return dashes[i].XMin < dashes[j].XMin })
	sort.Slice(heads, func(i, j int) bool { return heads[i].XMin < heads[j].XMin })
	for i, dash := range dashes {
		// "(tối đa 50)" is centred in its column; its first word starts left of the centre.
		line := findLineOf(pg, heads[i])
		if abs(dash.cx()-line) > 1.5 {
			t.Errorf("dash %d at %.1f pt, its column's centre at %.1f pt", i+1, dash.cx(), line)
		}
	}
}

// findLineOf is the centre of the text of w's line that starts with w and
// ends at the next ")".
func findLineOf(pg pdfPage, w pdfWord) float64 {
	xMax := w.XMax
	for _, o := range pg.Words() {
		if abs(o.YMax-w.YMax) < 1 && o.XMin >= w.XMin && strings.HasSuffix(o.Text, ")") && (xMax == w.XMax || o.XMax < xMax) {
			xMax = o.XMax
		}
	}
	return (w.XMin + xMax) / 2
}

// TestTableKeepsTwoRowsAtABreak: a table starting anywhere near the foot
// of a page either starts there with at least two rows under its header
// or starts on the next page; its rows then go on with the header
// repeated, and its last row is never alone.
func TestTableKeepsTwoRowsAtABreak(t *testing.T) {
	needTools(t, "pdftotext")
	var rows [][]string
	for i := range 12 {
		rows = append(rows, []string{strconv.Itoa(i + 1), fmt.Sprintf("Dòng%d", i+1)})
	}
	cell := regexp.MustCompile(`^Dòng\d+$`)
	for h := 340.0; h <= 600; h += 10 {
		d := &Document{Body: []Block{Text("Mở đầu."), Spacer{Height: h},
			Table{Columns: []Column{{Title: "STT", Width: 1}, {Title: "Nội dung", Width: 6}}, Rows: rows}}}
		pages := readBBox(t, render(t, "keep-rows.pdf", d, DefaultSettings()))
		for i, pg := range pages {
			n := 0
			for _, w := range pg.Words() {
				if cell.MatchString(w.Text) {
					n++
				}
			}
			if n == 1 {
				t.Errorf("a table after %.0f pt: page %d of %d holds a single row", h, i+1, len(pages))
			}
		}
	}
}
