package document

import (
	"errors"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"thidua/app"
)

// minutesCouncil is a council of nine active members and one former one.
// Lê Văn Hùng belongs to Công an xã (201), Phạm Thị Hồng Nhung is the
// individual 301; Nguyễn Văn Bình is absent.
var minutesCouncil = []app.CouncilMember{
	{ID: 1, FullName: "Trần Quang Minh", Office: "Chủ tịch UBND xã", Role: app.RoleChair, Active: true},
	{ID: 2, FullName: "Vũ Thị Lan", Office: "Phó Chủ tịch UBND xã", Role: app.RoleViceChair, Active: true},
	{ID: 3, FullName: "Đỗ Thị Thu Trang", Office: "Công chức Văn phòng - Thống kê", Role: app.RoleSecretary, Active: true},
	{ID: 4, FullName: "Lê Văn Hùng", Office: "Trưởng Công an xã", Role: app.RoleMember, CollectiveID: 201, Active: true},
	{ID: 5, FullName: "Phạm Thị Hồng Nhung", Role: app.RoleMember, ParticipantID: 301, Active: true},
	{ID: 6, FullName: "Nguyễn Văn Bình", Role: app.RoleMember, Active: true},
	{ID: 7, FullName: "Hoàng Văn Dũng", Role: app.RoleMember, Active: true},
	{ID: 8, FullName: "Bùi Thị Hạnh", Role: app.RoleMember, Active: true},
	{ID: 9, FullName: "Ngô Quốc Khánh", Role: app.RoleMember, Active: true},
	{ID: 10, FullName: "Đinh Văn Cũ", Role: app.RoleMember, Active: false},
}

// minutesMeeting is the meeting of 15/12/2025 at 14:00: all but Nguyễn Văn
// Bình present.
func minutesMeeting() app.Meeting {
	return app.Meeting{ID: 1, HeldAt: "2025-12-15 14:00", Place: "Hội trường UBND xã Hòa Phong",
		ChairID: 1, SecretaryID: 3, Attendees: []int64{1, 2, 3, 4, 5, 7, 8, 9}, MembersTotal: 9}
}

// Nominees.
var (
	congAn   = app.Participant{ID: 201, Kind: app.KindCollective, Name: "Công an xã"}
	vanHoa   = app.Participant{ID: 202, Kind: app.KindCollective, Name: "Phòng Văn hóa - Xã hội"}
	nhung    = app.Participant{ID: 301, Kind: app.KindIndividual, Name: "Phạm Thị Hồng Nhung", Position: "Trưởng phòng", Unit: "Phòng Văn hóa - Xã hội"}
	tam      = app.Participant{ID: 302, Kind: app.KindIndividual, Name: "Nguyễn Thị Thanh Tâm", Position: "Giám đốc", Unit: "Trung tâm Phục vụ hành chính công xã"}
	notVoted = app.Participant{ID: 303, Kind: app.KindIndividual, Name: "Đỗ Văn Chưa", Position: "Công chức Tư pháp - Hộ tịch"}
)

// minutesForms are the seed plan's Giấy khen xã and Bằng khen tỉnh (secret
// ballot, all members) and its Giấy khen thị xã, voted here by show of
// hands on the members present at 60 %.
func minutesForms(t *testing.T) (gkXa, bkTinh, gkThiXa app.AwardForm) {
	t.Helper()
	p := seedPlan(t)
	for i := range p.AwardForms {
		p.AwardForms[i].ID = int64(i + 1)
	}
	bkTinh, gkThiXa, gkXa = p.AwardForms[0], p.AwardForms[1], p.AwardForms[2]
	gkThiXa.VoteMethod, gkThiXa.VoteBase, gkThiXa.VoteThreshold = app.VoteHands, app.BasePresent, 60
	return
}

// voted is an item voted at minutesMeeting, tallied as the app does, with
// the recused members' names.
func voted(f app.AwardForm, quota string, part app.Participant, v app.Vote) MinutesItem {
	out, recused := app.MeetingTally(f, minutesMeeting(), minutesCouncil, part, v.For)
	it := MinutesItem{Form: f, Quota: quota, Part: part, Vote: &v, Outcome: out}
	for _, id := range recused {
		for _, m := range minutesCouncil {
			if m.ID == id {
				it.Recused = append(it.Recused, m.FullName)
			}
		}
	}
	return it
}

func secret(issued, returned, valid, votesFor int) app.Vote {
	return app.Vote{Method: app.VoteSecret, Issued: issued, Returned: returned, Valid: valid, For: votesFor, Against: valid - votesFor}
}

// minutesFixture is a meeting on six nominations:
//
//	1 Công an xã, Giấy khen xã, 7/7 with Lê Văn Hùng recused: 87,5 % Đạt
//	2 Nguyễn Thị Thanh Tâm, Giấy khen xã, 8/8: 88,9 % Đạt
//	3 Phạm Thị Hồng Nhung, Giấy khen xã, 5/7, herself recused, kept over the quota: 62,5 % Không đạt
//	4 Nguyễn Thị Thanh Tâm, Bằng khen tỉnh, 6 of 8 ballots issued, 7 returned, 6 valid: 66,7 % Không đạt (90 % needed)
//	5 Phòng Văn hóa - Xã hội, Giấy khen thị xã, 6 hands of 8 present: 75,0 % Đạt
//	6 Đỗ Văn Chưa, Giấy khen xã, not voted
func minutesFixture(t *testing.T) MinutesInput {
	t.Helper()
	gkXa, bkTinh, gkThiXa := minutesForms(t)
	p := seedPlan(t)
	score := func(total float64, c app.Classification) *app.RankRow {
		return &app.RankRow{Total: total, Max: 100, Complete: true, Class: c}
	}
	items := []MinutesItem{
		voted(gkXa, "01 tập thể và 02 cá nhân", congAn, secret(7, 7, 7, 7)),
		voted(gkXa, "01 tập thể và 02 cá nhân", tam, secret(8, 8, 8, 8)),
		voted(gkXa, "01 tập thể và 02 cá nhân", nhung, secret(7, 7, 7, 5)),
		voted(bkTinh, "01 tập thể, cá nhân", tam, secret(8, 7, 6, 6)),
		voted(gkThiXa, "01 tập thể và 02 cá nhân", vanHoa, app.Vote{Method: app.VoteHands, For: 6, Against: 2}),
		{Form: gkXa, Quota: "01 tập thể và 02 cá nhân", Part: notVoted},
	}
	items[0].Row = score(92, app.ClassExcellent)
	items[1].Row = score(88.5, app.ClassGood)
	items[2].Row = &app.RankRow{Total: 40, Max: 100}
	items[3].Row = items[1].Row
	items[2].ForcedReason = "có sáng kiến được Ủy ban nhân dân tỉnh công nhận."
	items[2].Overridden = []string{"vượt số lượng Giấy khen của Chủ tịch UBND xã của đợt: 01 tập thể và 02 cá nhân, đã đề nghị 1 tập thể, 2 cá nhân",
		"chưa đủ điểm chấm trong đợt."}
	return MinutesInput{Org: sampleOrg(t), Plan: p, Round: p.Rounds[1], Meeting: minutesMeeting(), Council: minutesCouncil,
		Number: 5, EndedAt: "16 giờ 30", Items: items}
}

// renderMinutes prints the minutes and reads them back.
func renderMinutes(t *testing.T, name string, in MinutesInput) (string, []pdfPage) {
	t.Helper()
	d, err := MinutesDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	path := render(t, name, d, DefaultSettings())
	return path, readBBox(t, path)
}

func TestMinutesFixtureOutcomes(t *testing.T) {
	// The fixture is what the tests below read back: check it first.
	in := minutesFixture(t)
	want := []struct {
		pct    float64
		passed bool
		rec    int
	}{{87.5, true, 1}, {88.888, true, 0}, {62.5, false, 1}, {66.666, false, 0}, {75, true, 0}}
	for i, w := range want {
		o := in.Items[i].Outcome
		if abs(o.Percent-w.pct) > 0.01 || o.Passed != w.passed || len(in.Items[i].Recused) != w.rec {
			t.Errorf("item %d: %+v, recused %v; want %.3f %% passed %v", i+1, o, in.Items[i].Recused, w.pct, w.passed)
		}
	}
}

// phrase finds the words of text one after another on a line of pg and
// returns them as one word with their joint box.
func phrase(pg pdfPage, text string) (pdfWord, bool) {
	return phraseWhere(pg, text, func(pdfWord) bool { return true })
}

// phraseWhere is phrase for a first word that keep accepts.
func phraseWhere(pg pdfPage, text string, keep func(pdfWord) bool) (pdfWord, bool) {
	want := strings.Fields(text)
	for _, w := range findWords(pg, want[0]) {
		if !keep(w) {
			continue
		}
		box, ok := w, true
		for _, next := range want[1:] {
			n, found := nextWord(pg, box)
			if !found || n.Text != next {
				ok = false
				break
			}
			box.XMax, box.YMin = n.XMax, min(box.YMin, n.YMin)
		}
		if ok {
			box.Text = text
			return box, true
		}
	}
	return pdfWord{}, false
}

// nextWord is the word right after w on its line, no further than 6 pt.
func nextWord(pg pdfPage, w pdfWord) (pdfWord, bool) {
	var best pdfWord
	found := false
	for _, o := range pg.Words() {
		if abs(o.YMax-w.YMax) < 1 && o.XMin >= w.XMax-0.1 && o.XMin-w.XMax <= 6 && (!found || o.XMin < best.XMin) {
			best, found = o, true
		}
	}
	return best, found
}

// readingOrder joins words top to bottom, left to right.
func readingOrder(ws []pdfWord) string {
	sort.SliceStable(ws, func(i, j int) bool {
		if abs(ws[i].YMax-ws[j].YMax) >= 1 {
			return ws[i].YMax < ws[j].YMax
		}
		return ws[i].XMin < ws[j].XMin
	})
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}

// headerSides returns the text of page 1 above the title, left and right
// of the boundary between the header's columns.
func headerSides(t *testing.T, pg pdfPage, s Settings) (left, right string) {
	t.Helper()
	return headerAbove(t, pg, s, "BIÊN BẢN")
}

// headerAbove is headerSides of a paper titled kind ("TỜ TRÌNH").
func headerAbove(t *testing.T, pg pdfPage, s Settings, kind string) (left, right string) {
	t.Helper()
	title, ok := phrase(pg, kind)
	if !ok {
		t.Fatal("no title " + kind)
	}
	split := mm(s.MarginLeft + 0.4*(210-s.MarginLeft-s.MarginRight))
	var l, r []pdfWord
	for _, w := range pg.Words() {
		switch {
		case w.YMax >= title.YMin:
		case w.XMax <= split:
			l = append(l, w)
		default:
			r = append(r, w)
		}
	}
	return readingOrder(l), readingOrder(r)
}

// oneItem is a meeting on a single nomination, for the header tests.
func oneItem(t *testing.T) MinutesInput {
	in := minutesFixture(t)
	in.Items = in.Items[1:2]
	return in
}

func TestMinutesHeader(t *testing.T) {
	needTools(t, "pdftotext")
	s := DefaultSettings()
	for _, tt := range []struct {
		name   string
		number int
		abbr   string
		want   string // the number line
	}{
		{"number below ten", 5, "", "Số: 05/BB-HĐTĐKT"},
		{"number", 12, "HĐTĐKT", "Số: 12/BB-HĐTĐKT"},
		{"council abbreviation", 3, "HĐTĐ", "Số: 03/BB-HĐTĐ"},
		{"not yet numbered", 0, "", "Số: /BB-HĐTĐKT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := oneItem(t)
			in.Number, in.Org.CouncilAbbr = tt.number, tt.abbr
			_, pages := renderMinutes(t, "minutes-header.pdf", in)
			left, right := headerSides(t, pages[0], s)
			if want := "UBND XÃ HÒA PHONG HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG " + tt.want; left != want {
				t.Errorf("left header %q, want %q", left, want)
			}
			// Quốc hiệu and Tiêu ngữ only: a biên bản has no place-and-date line.
			if want := NationalName + " " + NationalMotto; right != want {
				t.Errorf("right header %q, want %q", right, want)
			}
			if tt.number == 0 {
				so, _ := phrase(pages[0], "Số:")
				sym := findWords(pages[0], "/BB-HĐTĐKT")
				if len(sym) != 1 || sym[0].XMin-so.XMax < mm(5) {
					t.Errorf("no blank for the number between %+v and %+v", so, sym)
				}
			}
		})
	}
}

func TestMinutesDocumentText(t *testing.T) {
	needTools(t, "pdftotext")
	s := DefaultSettings()
	path, pages := renderMinutes(t, "minutes.pdf", minutesFixture(t))
	checkMargins(t, pages, s)
	for i, pg := range pages {
		if abs(pg.Width-595.28) > 1 || abs(pg.Height-841.89) > 1 {
			t.Errorf("page %d is %gx%g, not A4 portrait", i+1, pg.Width, pg.Height)
		}
	}
	title, _ := phrase(pages[0], "BIÊN BẢN")
	if centre := mm(s.MarginLeft + (210-s.MarginLeft-s.MarginRight)/2); abs(title.cx()-centre) > 1 {
		t.Errorf("title centred at %.1f pt, want %.1f", title.cx(), centre)
	}
	text := bodyText(t, path, s.MarginTop)
	for _, want := range []string{
		"BIÊN BẢN Họp xét, đề nghị khen thưởng trong phong trào thi đua “Đẩy mạnh công tác dân vận chính quyền, " +
			"chính quyền phục vụ người dân và doanh nghiệp” năm 2025",
		"Thời gian: bắt đầu lúc 14 giờ 00, ngày 15 tháng 12 năm 2025.",
		"Địa điểm: Hội trường UBND xã Hòa Phong.",
		"Thành phần: tổng số thành viên Hội đồng 9, có mặt 8, vắng 1 (Nguyễn Văn Bình). - Trần Quang Minh, Chủ tịch UBND xã - Chủ tịch Hội đồng;",
		"- Đỗ Thị Thu Trang, Công chức Văn phòng - Thống kê - Thư ký;", "- Ngô Quốc Khánh - Ủy viên.",
		"Chủ tọa: Trần Quang Minh, Chủ tịch UBND xã.",
		"Thư ký: Đỗ Thị Thu Trang, Công chức Văn phòng - Thống kê.",
		"I. NỘI DUNG",
		"1. Giấy khen của Chủ tịch UBND xã: số lượng 01 tập thể và 02 cá nhân; tiêu chuẩn xếp loại Tốt trở lên; " +
			"hình thức biểu quyết: bỏ phiếu kín; đạt khi tỷ lệ đồng ý từ 70% trở lên, tính trên tổng số thành viên Hội đồng.",
		"2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: số lượng 01 tập thể, cá nhân; tiêu chuẩn xếp loại Xuất sắc;",
		"3. Giấy khen của Chủ tịch UBND thị xã: số lượng 01 tập thể và 02 cá nhân; tiêu chuẩn xếp loại Tốt trở lên; " +
			"hình thức biểu quyết: biểu quyết giơ tay; đạt khi tỷ lệ đồng ý từ 60% trở lên, tính trên số thành viên Hội đồng có mặt.",
		"- Công an xã: 92/100 điểm, xếp loại Xuất sắc; - Nguyễn Thị Thanh Tâm: 88,5/100 điểm, xếp loại Tốt; " +
			"- Phạm Thị Hồng Nhung: chưa đủ điểm.",
		"II. KẾT QUẢ BIỂU QUYẾT",
		"Cuộc họp kết thúc vào 16 giờ 30, ngày 15 tháng 12 năm 2025./.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	// The former member is neither counted nor named absent.
	if strings.Contains(text, "Đinh Văn Cũ") {
		t.Error("an inactive member is named")
	}
}

func TestMinutesBallotsRecusalsAndOverrides(t *testing.T) {
	needTools(t, "pdftotext")
	s := DefaultSettings()
	path, _ := renderMinutes(t, "minutes.pdf", minutesFixture(t))
	text := bodyText(t, path, s.MarginTop)
	for _, want := range []string{
		// Giấy khen xã: two sets of counts, each naming its nominees.
		"Đối với Giấy khen của Chủ tịch UBND xã, Hội đồng biểu quyết bằng hình thức bỏ phiếu kín. Số phiếu phát ra: 7, thu vào: 7, hợp lệ: 7 " +
			"(đối với Công an xã, Phạm Thị Hồng Nhung); số phiếu phát ra: 8, thu vào: 8, hợp lệ: 8 (đối với Nguyễn Thị Thanh Tâm).",
		"Đối với Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, Hội đồng biểu quyết bằng hình thức bỏ phiếu kín. Số phiếu phát ra: 8, thu vào: 7, hợp lệ: 6.",
		"Lê Văn Hùng là thành viên của Công an xã, tập thể được đề nghị tặng Giấy khen của Chủ tịch UBND xã, " +
			"nên không tham gia biểu quyết đối với trường hợp này.",
		// The nominee is not named twice.
		"Phạm Thị Hồng Nhung là người được đề nghị tặng Giấy khen của Chủ tịch UBND xã " +
			"nên không tham gia biểu quyết đối với trường hợp này.",
		"Hội đồng thống nhất đề nghị tặng Giấy khen của Chủ tịch UBND xã cho Phạm Thị Hồng Nhung dù vượt số lượng Giấy khen " +
			"của Chủ tịch UBND xã của đợt: 01 tập thể và 02 cá nhân, đã đề nghị 1 tập thể, 2 cá nhân; chưa đủ điểm chấm trong đợt; " +
			"lý do: có sáng kiến được Ủy ban nhân dân tỉnh công nhận.",
		"Ghi chú: tỷ lệ (%) tính bằng số đồng ý so với tổng số thành viên Hội đồng hoặc số thành viên có mặt, " +
			"theo quy định của từng hình thức tại mục I, không kể thành viên không tham gia biểu quyết.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	// The show of hands has no ballots.
	if strings.Count(text, "biểu quyết bằng hình thức bỏ phiếu kín") != 2 {
		t.Errorf("want ballots for the two secret forms only")
	}
}

func TestMinutesConclusion(t *testing.T) {
	needTools(t, "pdftotext")
	s := DefaultSettings()
	none := minutesFixture(t)
	for i := range none.Items {
		none.Items[i].Outcome.Passed = false
	}
	for _, tt := range []struct {
		name string
		in   MinutesInput
		want string
	}{
		{"passed ones per form", minutesFixture(t), "III. KẾT LUẬN " +
			"Hội đồng thống nhất đề nghị tặng Giấy khen của Chủ tịch UBND xã cho 01 tập thể và 01 cá nhân: " +
			"1. Công an xã; 2. Nguyễn Thị Thanh Tâm, Giám đốc, Trung tâm Phục vụ hành chính công xã. " +
			"Hội đồng thống nhất đề nghị tặng Giấy khen của Chủ tịch UBND thị xã cho 01 tập thể: 1. Phòng Văn hóa - Xã hội. "},
		{"none passed", none, "III. KẾT LUẬN Không có trường hợp nào đạt tỷ lệ đồng ý theo quy định; " +
			"Hội đồng không đề nghị khen thưởng tại cuộc họp này. "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, _ := renderMinutes(t, "minutes-conclusion.pdf", tt.in)
			text := bodyText(t, path, s.MarginTop)
			from, to := strings.Index(text, "III. KẾT LUẬN"), strings.Index(text, "Cuộc họp kết thúc")
			if from < 0 || to < from {
				t.Fatalf("no conclusion in %q", text)
			}
			if got := text[from:to]; got != tt.want {
				t.Errorf("conclusion\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// tableRow is what a row of the vote table must show.
type tableRow struct {
	name    string
	votes   []string // the lines of the votes cell
	tail    string   // the end of the row's middle line: rate and result
	pending bool     // not voted: no rate, "Chưa biểu quyết"
}

func TestMinutesVoteTable(t *testing.T) {
	needTools(t, "pdftotext")
	_, pages := renderMinutes(t, "minutes.pdf", minutesFixture(t))
	rows := []tableRow{
		{"Công an xã", []string{"7/7 phiếu", "hợp lệ"}, "87,5 Đạt", false},
		{"Nguyễn Thị Thanh Tâm", []string{"8/8 phiếu", "hợp lệ"}, "88,9 Đạt", false},
		{"Phạm Thị Hồng Nhung", []string{"5/7 phiếu", "hợp lệ"}, "62,5 Không đạt", false},
		{"Nguyễn Thị Thanh Tâm", []string{"6/6 phiếu", "hợp lệ"}, "66,7 Không đạt", false},
		{"Phòng Văn hóa - Xã hội", []string{"6"}, "6 75,0 Đạt", false},
		{"Đỗ Văn Chưa", nil, "", true},
	}
	// The table may run onto a second page (its header repeated there).
	type tpage struct {
		pg    pdfPage
		edges []float64
	}
	var tps []tpage
	for i, pg := range pages {
		if len(findWords(pg, "STT")) > 0 {
			p, edges := tablePage(t, pages[i:i+1], DefaultSettings())
			tps = append(tps, tpage{p, edges})
		}
	}
	for i, want := range rows {
		t.Run(itoa(i+1), func(t *testing.T) {
			for _, tp := range tps {
				for _, w := range findWords(tp.pg, itoa(i+1)) {
					if row, _, _ := rowOf(tp.pg, w); w.XMax < tp.edges[1] && strings.HasPrefix(row, itoa(i+1)+" "+want.name) {
						checkTableRow(t, tp.pg, tp.edges, i+1, want)
						return
					}
				}
			}
			t.Fatalf("no row %d", i+1)
		})
	}
}

// minutesHeadLines are the first lines of the table's heads, left to right.
var minutesHeadLines = []string{"STT", "Họ và tên / Tập thể", "Chức vụ,", "Hình thức", "Số phiếu", "Tỷ lệ", "Kết quả"}

// tablePage returns the page of the vote table and the edges of its
// columns, in points: the heads are centred in their columns, so each
// column's right edge is as far right of its head's centre as its left
// edge is left of it. The columns must span the text width.
func tablePage(t *testing.T, pages []pdfPage, s Settings) (pdfPage, []float64) {
	t.Helper()
	for _, pg := range pages {
		stt := findWords(pg, "STT")
		if len(stt) == 0 {
			continue
		}
		inHead := func(w pdfWord) bool { return abs(w.YMax-stt[0].YMax) < 12 }
		edges := []float64{mm(s.MarginLeft)}
		for _, h := range minutesHeadLines {
			w, ok := phraseWhere(pg, h, inHead)
			if !ok {
				t.Fatalf("no table head %q", h)
			}
			last := edges[len(edges)-1]
			edges = append(edges, 2*w.cx()-last)
			if w.XMin < last {
				t.Errorf("head %q starts left of its column", h)
			}
		}
		if right := mm(210 - s.MarginRight); abs(edges[len(edges)-1]-right) > 2 {
			t.Errorf("the table ends at %.1f pt, the text at %.1f pt", edges[len(edges)-1], right)
		}
		return pg, edges
	}
	t.Fatal("no vote table")
	return pdfPage{}, nil
}

// checkTableRow finds the n-th row by its number in the first column and
// checks its cells: the number, name, rate and result on the row's middle
// line, the votes, rate and result in their columns.
func checkTableRow(t *testing.T, pg pdfPage, edges []float64, n int, want tableRow) {
	t.Helper()
	var num pdfWord
	for _, w := range findWords(pg, itoa(n)) {
		if w.XMin > edges[0] && w.XMax < edges[1] {
			num = w
			break
		}
	}
	if num.Text == "" {
		t.Fatalf("no row %d", n)
	}
	row, _, _ := rowOf(pg, num)
	if !strings.HasPrefix(row, itoa(n)+" "+want.name+" ") || !strings.HasSuffix(row, want.tail) {
		t.Errorf("row %d reads %q, want %q … %q", n, row, want.name, want.tail)
	}
	band := rowBand(pg, num, edges)
	if band[1] != want.name {
		t.Errorf("row %d name %q, want %q", n, band[1], want.name)
	}
	if votes := strings.Join(want.votes, " "); band[4] != votes {
		t.Errorf("row %d votes %q, want %q", n, band[4], votes)
	}
	for _, line := range want.votes {
		if _, ok := phraseWhere(pg, line, func(w pdfWord) bool { return w.XMin > edges[4] && abs(w.YMax-num.YMax) < 20 }); !ok {
			t.Errorf("row %d: %q is not on one line", n, line)
		}
	}
	if want.pending && (band[5] != "" || band[6] != "Chưa biểu quyết") {
		t.Errorf("row %d not voted: rate %q, result %q", n, band[5], band[6])
	}
	if !want.pending && band[5]+" "+band[6] != want.tail[len(want.tail)-len(band[5]+" "+band[6]):] {
		t.Errorf("row %d rate and result %q %q, want %q", n, band[5], band[6], want.tail)
	}
}

// rowBand returns the text of each column in the row around num: the
// words within 1.6 lines of its middle, by the column their centre is in.
func rowBand(pg pdfPage, num pdfWord, edges []float64) []string {
	mid := (num.YMin + num.YMax) / 2
	lh := (num.YMax - num.YMin) * 1.15
	cols := make([][]pdfWord, len(edges)-1)
	for _, w := range pg.Words() {
		if abs((w.YMin+w.YMax)/2-mid) > 1.6*lh {
			continue
		}
		for i := range cols {
			if w.cx() > edges[i] && w.cx() < edges[i+1] {
				cols[i] = append(cols[i], w)
			}
		}
	}
	out := make([]string, len(cols))
	for i, ws := range cols {
		out[i] = readingOrder(ws)
	}
	return out
}

func TestMinutesSignatures(t *testing.T) {
	needTools(t, "pdftotext")
	s := DefaultSettings()
	_, pages := renderMinutes(t, "minutes.pdf", minutesFixture(t))
	last := pages[len(pages)-1]
	if _, ok := phrase(last, "Cuộc họp kết thúc"); !ok {
		t.Error("the signatures are alone on their page")
	}
	textW := 210 - s.MarginLeft - s.MarginRight
	for _, tt := range []struct {
		office, name string
		centre       float64 // of the column, mm from the page's left edge
	}{
		{"THƯ KÝ", "Đỗ Thị Thu Trang", s.MarginLeft + 0.2*textW},
		{"CHỦ TỌA", "Trần Quang Minh", s.MarginLeft + 0.7*textW},
	} {
		office, ok1 := phrase(last, tt.office)
		name, ok2 := phrase(last, tt.name)
		if !ok1 || !ok2 {
			t.Fatalf("no %s signed by %s on the last page", tt.office, tt.name)
		}
		if abs(office.cx()-mm(tt.centre)) > 2 || abs(name.cx()-mm(tt.centre)) > 2 {
			t.Errorf("%s (%.1f) and %s (%.1f) not centred at %.1f pt", tt.office, office.cx(), tt.name, name.cx(), mm(tt.centre))
		}
		if gap := name.YMin - office.YMax; gap < mm(s.SignatureGap)-2 {
			t.Errorf("%s: %.1f pt for the signature, want %.1f", tt.office, gap, mm(s.SignatureGap))
		}
	}
	sec, _ := phrase(last, "THƯ KÝ")
	chair, _ := phrase(last, "CHỦ TỌA")
	if abs(sec.YMax-chair.YMax) > 0.5 {
		t.Errorf("THƯ KÝ and CHỦ TỌA not on one baseline: %.1f / %.1f", sec.YMax, chair.YMax)
	}
}

func TestMinutesDocumentErrors(t *testing.T) {
	items := []MinutesItem{{Part: tam}}
	at := func(heldAt string) app.Meeting { return app.Meeting{HeldAt: heldAt} }
	for _, tt := range []struct {
		name    string
		meeting app.Meeting
		items   []MinutesItem
		want    []string
	}{
		{"no date", at(""), items, []string{"cuộc họp chưa có ngày họp hợp lệ"}},
		{"time without a date", at("14:00"), items, []string{"cuộc họp chưa có ngày họp hợp lệ"}},
		{"date not stored as ISO", at("15/12/2025 14:00"), items, []string{"cuộc họp chưa có ngày họp hợp lệ"}},
		{"date that does not exist", at("2025-02-30"), items, []string{"cuộc họp chưa có ngày họp hợp lệ"}},
		{"no item", at("2025-12-15"), nil, []string{"cuộc họp chưa có kết quả biểu quyết nào"}},
		{"neither", at(""), []MinutesItem{}, []string{"cuộc họp chưa có ngày họp hợp lệ", "cuộc họp chưa có kết quả biểu quyết nào"}},
		{"nominee without a name", at("2025-12-15 14:00"), []MinutesItem{{Part: tam}, {Part: app.Participant{Name: "  "}}},
			[]string{"dòng 2 chưa có tên người hoặc tập thể được đề nghị"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := MinutesDocument(MinutesInput{Meeting: tt.meeting, Items: tt.items})
			var ie *app.InvalidError
			if d != nil || !errors.As(err, &ie) {
				t.Fatalf("want an *app.InvalidError, got %v, %v", d, err)
			}
			if len(ie.Problems) != len(tt.want) {
				t.Fatalf("problems %v, want %q", ie.Problems, tt.want)
			}
			for i, w := range tt.want {
				if ie.Problems[i].Message != w {
					t.Errorf("problem %d %q, want %q", i, ie.Problems[i].Message, w)
				}
			}
		})
	}
	if _, err := MinutesDocument(MinutesInput{Meeting: at("2025-12-15"), Items: items}); err != nil {
		t.Errorf("a date without a time, no plan, no council: %v", err)
	}
}

// paragraphText is the text of a Paragraph block, "" for other blocks.
func paragraphText(b Block) string {
	p, ok := b.(Paragraph)
	if !ok {
		return ""
	}
	var s strings.Builder
	for _, r := range p.Runs {
		s.WriteString(r.Text)
	}
	return s.String()
}

func blocksText(bs []Block) []string {
	var out []string
	for _, b := range bs {
		if s := paragraphText(b); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestMinutesTimesAndPeople(t *testing.T) {
	for _, tt := range []struct {
		name    string
		heldAt  string
		ended   string
		chair   int64
		want    []string // opening lines
		closing string
	}{
		{"date and time", "2025-12-05T08:05", "11:30", 1,
			[]string{"Thời gian: bắt đầu lúc 8 giờ 05, ngày 05 tháng 12 năm 2025.", "Chủ tọa: Trần Quang Minh, Chủ tịch UBND xã."},
			"Cuộc họp kết thúc vào 11 giờ 30, ngày 05 tháng 12 năm 2025./."},
		{"no time, end left blank", "2025-03-15", "", 1,
			[]string{"Thời gian: bắt đầu lúc …… giờ ……, ngày 15 tháng 3 năm 2025."},
			"Cuộc họp kết thúc vào …… giờ ……, ngày 15 tháng 3 năm 2025./."},
		{"time that is not one", "2025-12-15 25:00", "16 giờ 30 phút", 99,
			[]string{"Thời gian: bắt đầu lúc …… giờ ……, ngày 15 tháng 12 năm 2025.", "Chủ tọa: ……………………………………."},
			"Cuộc họp kết thúc vào 16 giờ 30 phút, ngày 15 tháng 12 năm 2025./."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := oneItem(t)
			in.Meeting.HeldAt, in.EndedAt, in.Meeting.ChairID = tt.heldAt, tt.ended, tt.chair
			d, err := MinutesDocument(in)
			if err != nil {
				t.Fatal(err)
			}
			text := blocksText(d.Body)
			for _, w := range tt.want {
				if !containsLine(text, w) {
					t.Errorf("no line %q in %q", w, text)
				}
			}
			if got := text[len(text)-1]; got != tt.closing {
				t.Errorf("closing %q, want %q", got, tt.closing)
			}
			if want := map[int64]string{1: "Trần Quang Minh"}[tt.chair]; d.Bottom.Right.Name != want || d.Bottom.Left.Name != "Đỗ Thị Thu Trang" {
				t.Errorf("signed by %q and %q", d.Bottom.Left.Name, d.Bottom.Right.Name)
			}
		})
	}
}

func containsLine(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

func TestMinutesAttendance(t *testing.T) {
	council := []app.CouncilMember{
		{ID: 1, FullName: "Trần Quang Minh", Active: true}, {ID: 2, FullName: "Lê Văn Hùng", Active: true},
		{ID: 3, FullName: "Đỗ Thị Thu Trang", Active: true}, {ID: 4, FullName: "Đinh Văn Cũ"},
	}
	for _, tt := range []struct {
		name      string
		attendees []int64
		total     int
		want      string
	}{
		{"one absent", []int64{1, 3}, 3, "tổng số thành viên Hội đồng 3, có mặt 2, vắng 1 (Lê Văn Hùng)."},
		{"all present", []int64{1, 2, 3}, 3, "tổng số thành viên Hội đồng 3, có mặt đủ 3 thành viên."},
		{"size not recorded", []int64{1}, 0, "tổng số thành viên Hội đồng 3, có mặt 1, vắng 2 (Lê Văn Hùng, Đỗ Thị Thu Trang)."},
		{"absentees not in the council", []int64{1, 2, 3}, 5, "tổng số thành viên Hội đồng 5, có mặt 3, vắng 2."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := minutes{in: MinutesInput{Council: council, Meeting: app.Meeting{Attendees: tt.attendees, MembersTotal: tt.total}}}
			if got := m.attendance(); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

func TestMinutesQuorumAndSummary(t *testing.T) {
	in := minutesFixture(t)
	in.Meeting.Attendees = []int64{1, 3, 4, 5}
	gkXa, _, _ := minutesForms(t)
	out, _ := app.MeetingTally(gkXa, in.Meeting, minutesCouncil, tam, 4)
	in.Items = []MinutesItem{{Form: gkXa, Part: tam, Vote: &app.Vote{Method: app.VoteHands, For: 4}, Outcome: out}}
	m := minutes{in: in, groups: groupByForm(in.Items)}
	notes := blocksText(m.notes())
	if want := "Không đủ số thành viên dự họp (4/9, cần quá một nửa): kết quả biểu quyết không được công nhận."; !containsLine(notes, want) {
		t.Errorf("notes %q lack %q", notes, want)
	}
	if rows := m.rows(); rows[0][4] != "4" || rows[0][5] != "44,4" || rows[0][6] != "Không đạt" {
		t.Errorf("row %q", rows[0])
	}
	p := &app.Plan{MovementName: "Dân vận khéo"}
	for _, tt := range []struct {
		p    *app.Plan
		r    app.Round
		want string
	}{
		{p, app.Round{Key: "2025", Name: "Năm 2025"}, "Họp xét, đề nghị khen thưởng trong phong trào thi đua “Dân vận khéo” năm 2025"},
		{p, app.Round{Key: "final", Kind: app.RoundFinal, Name: "Tổng kết"}, "Họp xét, đề nghị khen thưởng trong phong trào thi đua “Dân vận khéo” đợt tổng kết"},
		{nil, app.Round{Key: "2026"}, "Họp xét, đề nghị khen thưởng năm 2026"},
	} {
		if got := minutesSummary(tt.p, tt.r); got != tt.want {
			t.Errorf("%q, want %q", got, tt.want)
		}
	}
}

var rowName = regexp.MustCompile(`^Số[0-9]+$`)

func TestMinutesLongTable(t *testing.T) {
	needTools(t, "pdftotext")
	in := minutesFixture(t)
	gkXa, _, _ := minutesForms(t)
	in.Items = nil
	for i := range 40 {
		part := app.Participant{ID: int64(400 + i), Kind: app.KindIndividual, Name: "Nguyễn Văn Số" + itoa(i+1), Position: "Công chức Tư pháp - Hộ tịch"}
		// Not passed, so that the names are in the table only.
		in.Items = append(in.Items, voted(gkXa, "", part, secret(8, 8, 8, 1)))
	}
	s := DefaultSettings()
	_, pages := renderMinutes(t, "minutes-long.pdf", in)
	checkMargins(t, pages, s)
	rows := 0
	for i, pg := range pages {
		n := 0
		for _, w := range pg.Words() {
			if rowName.MatchString(w.Text) {
				n++
			}
		}
		if n > 0 && len(findWords(pg, "STT")) != 1 {
			t.Errorf("page %d has %d rows but no table head", i+1, n)
		}
		rows += n
	}
	if rows != 40 {
		t.Errorf("%d rows printed, want 40", rows)
	}
}

// TestMinutesKeepsNotesAndListsTogether: wherever the page breaks fall
// (the meeting's note pushes the rest down a line at a time), the note
// under the vote table never opens a page without the table, and no
// sentence that announces a list ("…như sau:", "…cá nhân:") ends a page
// without the list.
func TestMinutesKeepsNotesAndListsTogether(t *testing.T) {
	needTools(t, "pdftotext")
	top := mm(DefaultSettings().MarginTop)
	noteOpens, introEnds := 0, 0
	for n := 0; n <= 36; n++ {
		in := minutesFixture(t)
		if n > 0 {
			in.Meeting.Note = strings.TrimSpace(strings.Repeat("Hội đồng thảo luận kỹ từng trường hợp. ", 2*n))
		}
		_, pages := renderMinutes(t, "minutes-keep.pdf", in)
		for i, pg := range pages {
			var body []pdfLine
			for _, l := range pg.Lines {
				if l.YMin > top-1 {
					body = append(body, l)
				}
			}
			if len(body) == 0 {
				continue
			}
			if i > 0 && strings.HasPrefix(body[0].Text(), "Ghi chú: tỷ lệ") {
				noteOpens++
				t.Errorf("note %d: page %d opens with the table's note", n, i+1)
			}
			// The last line of the text, above the signatures on the last page.
			last := body[len(body)-1]
			for j := len(body) - 1; j >= 0; j-- {
				if strings.Contains(body[j].Text(), "THƯ KÝ") {
					if j > 0 {
						last = body[j-1]
					}
					break
				}
			}
			if txt := last.Text(); strings.HasSuffix(txt, ":") {
				introEnds++
				t.Errorf("note %d: page %d ends with %q, its list on the next page", n, i+1, txt)
			}
		}
		if t.Failed() && noteOpens+introEnds > 4 {
			t.FailNow()
		}
	}
}

// TestMinutesConclusionCollectivesFirst: the conclusion lists the
// collectives before the individuals, as its count names them, whatever
// order the council reviewed them in.
func TestMinutesConclusionCollectivesFirst(t *testing.T) {
	needTools(t, "pdftotext")
	in := minutesFixture(t)
	slices.Reverse(in.Items)
	path, _ := renderMinutes(t, "minutes-order.pdf", in)
	text := bodyText(t, path, DefaultSettings().MarginTop)
	want := "Hội đồng thống nhất đề nghị tặng Giấy khen của Chủ tịch UBND xã cho 01 tập thể và 01 cá nhân: " +
		"1. Công an xã; 2. Nguyễn Thị Thanh Tâm"
	if !strings.Contains(text, want) {
		t.Errorf("the conclusion lacks %q:\n%s", want, text[strings.Index(text, "III. KẾT LUẬN"):])
	}
}
