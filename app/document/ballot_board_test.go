package document

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
)

func TestBallotForms(t *testing.T) {
	secret := app.AwardForm{ID: 1, Name: "Giấy khen", VoteMethod: app.VoteSecret}
	hands := app.AwardForm{ID: 2, Name: "Bằng khen", VoteMethod: app.VoteHands}
	empty := app.AwardForm{ID: 3, Name: "Danh hiệu", VoteMethod: app.VoteSecret}
	person := app.Participant{ID: 1, Kind: app.KindIndividual, Name: "Lê Thị Thu", Position: "Công chức Tư pháp - Hộ tịch", Unit: "UBND xã"}
	unit := app.Participant{ID: 2, Kind: app.KindCollective, Name: "Đoàn Thanh niên xã"}
	entry := func(p app.Participant, status string) app.BoardEntry {
		return app.BoardEntry{Nomination: app.Nomination{Status: status}, Part: p}
	}
	b := app.Board{Panels: []app.FormPanel{
		{Form: secret, HasQuota: true, Quota: app.Quota{Individuals: 2, AtMost: true},
			Entries: []app.BoardEntry{entry(person, app.NomDraft), entry(unit, app.NomFailed), entry(unit, app.NomWithdrawn)}},
		{Form: hands, Entries: []app.BoardEntry{entry(person, app.NomDraft)}},
		{Form: empty, Entries: []app.BoardEntry{entry(person, app.NomAwarded)}},
	}}
	got := BallotForms(b)
	if len(got) != 1 || got[0].Form.ID != 1 {
		t.Fatalf("forms %+v, want only the secret form with nominees to vote on", got)
	}
	if got[0].Quota != "không quá 02 cá nhân" {
		t.Errorf("quota %q", got[0].Quota)
	}
	want := []BallotNominee{{"Lê Thị Thu", "Công chức Tư pháp - Hộ tịch, UBND xã"}, {"Đoàn Thanh niên xã", ""}}
	if len(got[0].Nominees) != 2 || got[0].Nominees[0] != want[0] || got[0].Nominees[1] != want[1] {
		t.Errorf("nominees %+v, want %+v", got[0].Nominees, want)
	}
}

// recusalBoard is a board of two secret forms whose nominees some council
// members are recused from, the council, and the members present: Lê Thị
// Thu is a nominee and belongs to the Đoàn Thanh niên, as Trần Thị Mai
// does; Vũ Văn Long belongs to the Hội Nông dân but is absent.
func recusalBoard() (app.Board, []app.CouncilMember, []int64) {
	gk := app.AwardForm{ID: 1, Name: "Giấy khen của Chủ tịch UBND xã", VoteMethod: app.VoteSecret}
	bk := app.AwardForm{ID: 2, Name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", VoteMethod: app.VoteSecret}
	thu := app.Participant{ID: 1, Kind: app.KindIndividual, Name: "Lê Thị Thu"}
	doan := app.Participant{ID: 2, Kind: app.KindCollective, Name: "Đoàn Thanh niên xã"}
	nam := app.Participant{ID: 3, Kind: app.KindIndividual, Name: "Phạm Văn Nam"}
	hoi := app.Participant{ID: 4, Kind: app.KindCollective, Name: "Hội Nông dân xã"}
	tram := app.Participant{ID: 5, Kind: app.KindCollective, Name: "Trạm Y tế xã"}
	entries := func(ps ...app.Participant) []app.BoardEntry {
		var out []app.BoardEntry
		for _, p := range ps {
			out = append(out, app.BoardEntry{Nomination: app.Nomination{Status: app.NomDraft}, Part: p})
		}
		return out
	}
	b := app.Board{Panels: []app.FormPanel{
		{Form: gk, Entries: entries(thu, doan, nam, hoi)},
		{Form: bk, Entries: entries(doan, tram)},
	}}
	council := []app.CouncilMember{
		{ID: 10, FullName: "Nguyễn Văn Hòa", Active: true},
		{ID: 11, FullName: "Trần Thị Mai", CollectiveID: 2, Active: true},
		{ID: 12, FullName: "Đặng Văn Bình", Active: true},
		{ID: 13, FullName: "Lê Thị Thu", ParticipantID: 1, CollectiveID: 2, Active: true},
		{ID: 14, FullName: "Vũ Văn Long", CollectiveID: 4, Active: true},
		{ID: 15, FullName: "Hoàng Thị Hà", Active: true},
	}
	return b, council, []int64{10, 11, 12, 13, 15}
}

// TestBallotSetsAreTheSameForEveryVoter: the nominees of each form are
// split by who is recused from them, each part a ballot type handed to
// everyone present but those members; the type nobody is recused from
// comes first, the board's order kept.
func TestBallotSetsAreTheSameForEveryVoter(t *testing.T) {
	b, council, present := recusalBoard()
	bs, err := BallotSets(b, council, present, app.Organisation{}, "")
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		form     string
		nominees string
		copies   int
		withheld string
	}
	wants := []want{
		{"Giấy khen của Chủ tịch UBND xã", "Phạm Văn Nam, Hội Nông dân xã", 5, ""},
		{"Giấy khen của Chủ tịch UBND xã", "Lê Thị Thu", 4, "Lê Thị Thu"},
		{"Giấy khen của Chủ tịch UBND xã", "Đoàn Thanh niên xã", 3, "Trần Thị Mai, Lê Thị Thu"},
		{"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Trạm Y tế xã", 5, ""},
		{"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Đoàn Thanh niên xã", 3, "Trần Thị Mai, Lê Thị Thu"},
	}
	var got []want
	for _, s := range bs.Sets {
		got = append(got, want{s.Form.Form.Name, nomineeNames(s.Form), s.Copies, strings.Join(s.Withheld, ", ")})
	}
	if fmt.Sprint(got) != fmt.Sprint(wants) || bs.Present != 5 || len(bs.Unvoted) != 0 {
		t.Fatalf("ballot types\n%v\nwant\n%v", got, wants)
	}
	// Nobody recused from a nominee gets a ballot listing them.
	parts := map[string]app.Participant{}
	for _, p := range b.Panels {
		for _, e := range p.Entries {
			parts[e.Part.Name] = e.Part
		}
	}
	here := map[int64]bool{}
	for _, id := range present {
		here[id] = true
	}
	for _, s := range bs.Sets {
		for _, n := range s.Form.Nominees {
			for _, id := range app.Recused(council, parts[n.Name], here) {
				for _, m := range council {
					if m.ID == id && !slices.Contains(s.Withheld, m.FullName) {
						t.Errorf("%s, recused from %s, is handed the ballot listing them", m.FullName, n.Name)
					}
				}
			}
		}
	}
	// The ballots handed out for a nominee are the ballots the vote on them
	// records as issued: those present less those recused.
	m := app.Meeting{Attendees: present, MembersTotal: len(council)}
	for _, s := range bs.Sets {
		for _, n := range s.Form.Nominees {
			_, recused := app.MeetingTally(s.Form.Form, m, council, parts[n.Name], 0)
			if voters := len(present) - len(recused); s.Copies != voters {
				t.Errorf("%s: %d ballots handed out, %d members vote", n.Name, s.Copies, voters)
			}
		}
	}
	lines := bs.Distribution()
	wantLines := []string{
		"Loại phiếu 1/5 — Giấy khen của Chủ tịch UBND xã (Phạm Văn Nam, Hội Nông dân xã): phát 5 phiếu, cho mọi thành viên dự họp.",
		"Loại phiếu 2/5 — Giấy khen của Chủ tịch UBND xã (Lê Thị Thu): phát 4 phiếu, không phát cho Lê Thị Thu.",
		"Loại phiếu 3/5 — Giấy khen của Chủ tịch UBND xã (Đoàn Thanh niên xã): phát 3 phiếu, không phát cho Trần Thị Mai, Lê Thị Thu.",
		"Loại phiếu 4/5 — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Trạm Y tế xã): phát 5 phiếu, cho mọi thành viên dự họp.",
		"Loại phiếu 5/5 — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Đoàn Thanh niên xã): phát 3 phiếu, không phát cho Trần Thị Mai, Lê Thị Thu.",
	}
	if strings.Join(lines, "\n") != strings.Join(wantLines, "\n") {
		t.Errorf("distribution\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}
}

// TestBallotSetsWithNothingToPrint: nobody present may vote on a nominee
// (the only member present is the nominee); and a round whose secret
// nominations are past the vote says so, not "nominate first".
func TestBallotSetsWithNothingToPrint(t *testing.T) {
	b, council, _ := recusalBoard()
	// Lê Thị Thu alone present may vote on neither herself nor her Đoàn.
	mine := app.Board{Panels: []app.FormPanel{b.Panels[0]}}
	mine.Panels[0].Entries = mine.Panels[0].Entries[:2]
	_, err := BallotSets(mine, council, []int64{13}, app.Organisation{}, "")
	if !app.IsInvalid(err) || !strings.Contains(err.Error(),
		"mọi thành viên dự họp đều không được biểu quyết Lê Thị Thu (Giấy khen của Chủ tịch UBND xã), Đoàn Thanh niên xã (Giấy khen của Chủ tịch UBND xã)") {
		t.Errorf("only the nominee present: %v", err)
	}
	// With the others on the board, their ballots are printed, and the
	// note says whom no ballot lists.
	bs, err := BallotSets(b, council, []int64{13}, app.Organisation{}, "")
	if err != nil || len(bs.Sets) != 2 || bs.Sets[0].Copies != 1 ||
		bs.Distribution()[2] != "Không in phiếu cho Lê Thị Thu (Giấy khen của Chủ tịch UBND xã), Đoàn Thanh niên xã (Giấy khen của Chủ tịch UBND xã), "+
			"Đoàn Thanh niên xã (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh): mọi thành viên dự họp đều không được biểu quyết." {
		t.Fatalf("%+v, %v: %q", bs, err, bs.Distribution())
	}
	for _, tt := range []struct {
		statuses []string
		want     string
	}{
		{nil, "đợt này chưa có đề nghị nào được bầu bằng phiếu kín; hãy đề nghị trước"},
		{[]string{app.NomProposed, app.NomProposed, app.NomWithdrawn}, "các đề nghị bầu bằng phiếu kín của đợt không còn chờ Hội đồng bỏ phiếu (2 đã trình, 1 đã rút); " +
			"phiếu bầu chỉ in cho đề nghị dự kiến, hoặc đã bình xét mà chưa trình lên"},
		{[]string{app.NomAwarded, app.NomRejected}, "(1 đã khen thưởng, 1 không được duyệt)"},
	} {
		var es []app.BoardEntry
		for _, st := range tt.statuses {
			es = append(es, app.BoardEntry{Nomination: app.Nomination{Status: st}, Part: app.Participant{Name: "Phạm Văn Nam"}})
		}
		b := app.Board{Panels: []app.FormPanel{{Form: app.AwardForm{Name: "Giấy khen", VoteMethod: app.VoteSecret}, Entries: es}}}
		_, err := BallotSets(b, council, []int64{10, 11}, app.Organisation{}, "")
		if !app.IsInvalid(err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("statuses %v: %v, want %q", tt.statuses, err, tt.want)
		}
	}
}

// TestBallotTypesReadBack prints the ballots of recusalBoard and reads them
// back: a note first with a row per type (its number of ballots, whom not
// to give them); then every ballot of a type lists the same nominees, as
// many ballots of each type as the note and the command's lines say, and
// no page holds ballots of two types (nor of two forms).
func TestBallotTypesReadBack(t *testing.T) {
	needTools(t, "pdftotext")
	b, council, present := recusalBoard()
	bs, err := BallotSets(b, council, present, app.Organisation{}, "")
	if err != nil {
		t.Fatal(err)
	}
	p := seedPlan(t)
	d, err := BallotSetsDocument(sampleOrg(t), p, p.Rounds[0], "2024-12-10", bs)
	if err != nil {
		t.Fatal(err)
	}
	s := DefaultSettings()
	pages := readBBox(t, render(t, "ballot-types.pdf", d, s))
	// The note: alone on the first page, a row per type.
	note := pages[0]
	if text := collapse(pageText(note)); !strings.Contains(text, "HƯỚNG DẪN PHÁT PHIẾU BẦU") || strings.Contains(text, "Cách ghi phiếu") ||
		!strings.Contains(text, "5 thành viên dự họp; in 5 loại phiếu, 20 phiếu.") {
		t.Fatalf("first page is not the note alone:\n%s", text)
	}
	textW := note.Width - mm(s.MarginLeft) - mm(s.MarginRight)
	col := func(from, to float64) (float64, float64) { // the note's columns weigh 14, 46, 14, 30
		return mm(s.MarginLeft) + textW*from/104, mm(s.MarginLeft) + textW*to/104
	}
	n := len(bs.Sets)
	var rowY []float64
	for i := range n {
		ws := findWords(note, fmt.Sprintf("%d/%d", i+1, n))
		if len(ws) != 1 {
			t.Fatalf("note: type %d/%d found %d times", i+1, n, len(ws))
		}
		rowY = append(rowY, (ws[0].YMin+ws[0].YMax)/2)
	}
	noteCopies := map[int]int{}
	for i := range n {
		top, bottom := rowY[i]-30, rowY[i]+30
		if i > 0 {
			top = (rowY[i-1] + rowY[i]) / 2
		}
		if i+1 < n {
			bottom = (rowY[i] + rowY[i+1]) / 2
		}
		var to []string
		cl, cr := col(60, 74)
		tl, _ := col(74, 104)
		for _, w := range note.Words() {
			mid := (w.YMin + w.YMax) / 2
			switch {
			case mid < top || mid > bottom:
			case w.cx() > cl && w.cx() < cr:
				noteCopies[i], _ = strconv.Atoi(w.Text)
			case w.XMin >= tl-1:
				to = append(to, w.Text)
			}
		}
		want := "Cho mọi thành viên dự họp"
		if len(bs.Sets[i].Withheld) > 0 {
			want = "Không phát cho " + strings.Join(bs.Sets[i].Withheld, ", ")
		}
		if got := strings.Join(to, " "); got != want {
			t.Errorf("note, type %d: “%s”, want “%s”", i+1, got, want)
		}
	}
	// The ballots, each matched to the one type whose form and nominees it
	// names.
	names := map[string]bool{}
	for _, s := range bs.Sets {
		for _, nom := range s.Form.Nominees {
			names[nom.Name] = true
		}
	}
	read := map[int]int{}
	for i, pg := range pages[1:] {
		onPage := -1
		for h, half := range halves(pg) {
			if len(half.Lines) == 0 {
				continue
			}
			text := collapse(pageText(half))
			var listed []string
			for _, l := range half.Lines {
				if line := collapse(l.Text()); names[line] {
					listed = append(listed, line)
				}
			}
			kind := -1
			for k, s := range bs.Sets {
				if strings.Contains(text, "Đề nghị tặng "+s.Form.Form.Name) && strings.Join(listed, ", ") == nomineeNames(s.Form) {
					kind = k
				}
			}
			if kind < 0 {
				t.Errorf("page %d half %d matches no ballot type: %v\n%s", i+2, h+1, listed, text)
				continue
			}
			if onPage >= 0 && onPage != kind {
				t.Errorf("page %d holds ballots of types %d and %d", i+2, onPage+1, kind+1)
			}
			onPage = kind
			read[kind]++
		}
	}
	for k, s := range bs.Sets {
		line := bs.Distribution()[k]
		if read[k] != s.Copies || noteCopies[k] != s.Copies || !strings.Contains(line, fmt.Sprintf("phát %d phiếu", read[k])) {
			t.Errorf("type %d: %d ballots printed, the note says %d, the command %q", k+1, read[k], noteCopies[k], line)
		}
	}
}

// TestBallotSetsLeaveOutDistrictAwardsAfterTheDistrictLevel: a meeting of
// 30/06/2025 still votes on the district's Giấy khen; at one of
// 01/07/2025 no ballot lists it, and the note says why.
func TestBallotSetsLeaveOutDistrictAwardsAfterTheDistrictLevel(t *testing.T) {
	b, council, present := recusalBoard()
	b.Panels[1].Form = app.AwardForm{ID: 2, Name: "Giấy khen của Chủ tịch UBND thị xã", IssuerLevel: app.LevelDistrict, VoteMethod: app.VoteSecret}
	org := app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Upper: "Ủy ban nhân dân thị xã Mỹ Hào"}
	const void = "Không in phiếu cho Đoàn Thanh niên xã, Trạm Y tế xã (cuộc họp ngày 01/07/2025): từ 01/07/2025 không còn cấp huyện: " +
		"Giấy khen của Chủ tịch UBND thị xã không còn được đề nghị; hãy rút đề nghị."
	for _, tt := range []struct {
		date  string
		types int
		void  []string
	}{
		{"2025-06-30", 5, nil},
		{"2025-07-01", 3, []string{void}},
	} {
		bs, err := BallotSets(b, council, present, org, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		if len(bs.Sets) != tt.types || fmt.Sprint(bs.Void) != fmt.Sprint(tt.void) {
			t.Errorf("%s: %d types, void %q; want %d, %q", tt.date, len(bs.Sets), bs.Void, tt.types, tt.void)
		}
		for _, s := range bs.Sets {
			if s.Form.Form.IssuerLevel == app.LevelDistrict && tt.void != nil {
				t.Errorf("%s: a ballot of %s", tt.date, s.Form.Form.Name)
			}
		}
		if lines := bs.Distribution(); tt.void != nil && lines[len(lines)-1] != void {
			t.Errorf("%s: the command does not say why: %q", tt.date, lines)
		}
	}
	// Nothing else to vote on: nothing printed, and why.
	only := app.Board{Panels: b.Panels[1:]}
	_, err := BallotSets(only, council, present, org, "2025-07-08")
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "không còn đề nghị nào để in phiếu bầu. Không in phiếu cho Đoàn Thanh niên xã, Trạm Y tế xã (cuộc họp ngày 08/07/2025)") {
		t.Errorf("only district awards: %v", err)
	}
}
