package document

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
	"thidua/app/viet"
)

// ballotForms are two forms with Vietnamese names that need every kind of
// diacritic: a form for individuals with details and a quota, and one for
// collectives without details or quota.
func ballotForms() []BallotForm {
	return []BallotForm{
		{
			Form:  app.AwardForm{Name: "Giấy khen của Chủ tịch UBND xã", ShortName: "Giấy khen xã"},
			Quota: "không quá 02 cá nhân",
			Nominees: []BallotNominee{
				{Name: "Đỗ Thị Thu Trang", Detail: "Công chức Văn phòng - Thống kê, UBND xã"},
				{Name: "Nguyễn Thị Thanh Tâm", Detail: "Giám đốc Trung tâm Phục vụ hành chính công xã"},
				// Decomposed (NFD) input, as from macOS: printed composed.
				{Name: norm.NFD.String("Phạm Thị Hồng Nhung"), Detail: "Trưởng phòng Văn hóa - Xã hội"},
			},
		},
		{
			Form: app.AwardForm{Name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"},
			Nominees: []BallotNominee{
				{Name: "Phòng Văn hóa - Xã hội"},
				{Name: "Trung tâm Phục vụ hành chính công xã", Detail: "Tập thể"},
			},
		},
	}
}

// ballotColumnHeads are the heads of the ballot's table.
var ballotColumnHeads = []string{"TT", "Họ và tên / Tập thể", "Đồng ý", "Không đồng ý"}

// TestBallotsDocumentPages: ballots short enough are printed two to an A4
// page, one on each half, each whole and inside the margins of its half.
func TestBallotsDocumentPages(t *testing.T) {
	needTools(t, "pdftotext")
	all := ballotForms()
	for _, tt := range []struct {
		name   string
		forms  []BallotForm
		copies int
		pages  int
	}{
		{"one form one copy", all[:1], 1, 1},
		{"copies below one mean one", all[:1], 0, 1},
		{"one form three copies", all[:1], 3, 2},
		{"two forms two copies", all, 2, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := seedPlan(t)
			d, err := BallotsDocument(sampleOrg(t), p, p.Rounds[0], "", tt.forms, tt.copies)
			if err != nil {
				t.Fatal(err)
			}
			s := DefaultSettings()
			pages := readBBox(t, render(t, "ballot.pdf", d, s))
			if len(pages) != tt.pages {
				t.Fatalf("%d pages, want %d", len(pages), tt.pages)
			}
			copies := max(tt.copies, 1)
			var ballots []pdfPage
			for i, pg := range pages {
				for h, half := range halves(pg) {
					if len(half.Lines) == 0 {
						continue
					}
					checkHalfMargins(t, i+1, h, half, s)
					ballots = append(ballots, half)
				}
			}
			if want := len(tt.forms) * copies; len(ballots) != want {
				t.Fatalf("%d ballots on %d pages, want %d", len(ballots), len(pages), want)
			}
			for i, b := range ballots {
				checkBallotPage(t, i+1, b, tt.forms[i/copies])
			}
		})
	}
}

// halves returns the lines of the upper and of the lower half of a page,
// each as a page of its own.
func halves(pg pdfPage) [2]pdfPage {
	out := [2]pdfPage{{Width: pg.Width, Height: pg.Height}, {Width: pg.Width, Height: pg.Height}}
	for _, l := range pg.Lines {
		h := 0
		if l.YMin > pg.Height/2 {
			h = 1
		}
		out[h].Lines = append(out[h].Lines, l)
	}
	return out
}

// checkHalfMargins checks that the words of half h of page n keep the side
// margins of the settings and halfMargin from the edge of the paper and
// from the cut.
func checkHalfMargins(t *testing.T, n, h int, half pdfPage, s Settings) {
	t.Helper()
	const tol = 0.6
	top := float64(h)*half.Height/2 + mm(halfMargin)
	bottom := float64(h+1)*half.Height/2 - mm(halfMargin)
	left, right := mm(s.MarginLeft), half.Width-mm(s.MarginRight)
	for _, w := range half.Words() {
		if w.XMin < left-tol || w.XMax > right+tol || w.YMin < top-tol || w.YMax > bottom+tol {
			t.Errorf("page %d half %d: %q at x %.1f–%.1f y %.1f–%.1f pt is outside the margins (x %.1f–%.1f, y %.1f–%.1f)",
				n, h+1, w.Text, w.XMin, w.XMax, w.YMin, w.YMax, left, right, top, bottom)
		}
	}
}

// checkBallotPage checks that a page is a whole portrait ballot of form f,
// with none of the other form's nominees and no signature.
func checkBallotPage(t *testing.T, n int, pg pdfPage, f BallotForm) {
	t.Helper()
	if abs(pg.Width-595.28) > 1 || abs(pg.Height-841.89) > 1 {
		t.Errorf("page %d is %gx%g, not A4 portrait", n, pg.Width, pg.Height)
	}
	text := collapse(pageText(pg)) // the council's name wraps in the header's left column
	want := append([]string{"UBND XÃ HÒA PHONG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"PHIẾU BẦU", "Đề nghị tặng " + f.Form.Name, "Cách ghi phiếu:"}, ballotColumnHeads...)
	for _, nom := range f.Nominees {
		want = append(want, viet.NFC(nom.Name), nom.Detail)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("page %d lacks %q:\n%s", n, w, text)
		}
	}
	own := strings.Join(want, "\n") // another form's nominee may be named inside this form's texts
	for _, other := range ballotForms() {
		for _, nom := range other.Nominees {
			if name := viet.NFC(nom.Name); strings.Contains(text, name) && !strings.Contains(own, name) {
				t.Errorf("page %d (%s) holds %q of another form", n, f.Form.Name, name)
			}
		}
	}
	for _, sign := range []string{"CHỦ TỊCH HỘI ĐỒNG", "THƯ KÝ", "Nơi nhận"} {
		if strings.Contains(text, sign) {
			t.Errorf("page %d: a secret ballot is not signed, found %q", n, sign)
		}
	}
}

func TestBallotsDocumentTable(t *testing.T) {
	needTools(t, "pdftotext", "pdftohtml")
	p := seedPlan(t)
	forms := ballotForms()[:1]
	d, err := BallotsDocument(sampleOrg(t), p, p.Rounds[0], "", forms, 1)
	if err != nil {
		t.Fatal(err)
	}
	path := render(t, "ballot-table.pdf", d, DefaultSettings())
	pg := readBBox(t, path)[0]
	// The heads side by side in order, "Không" above "đồng ý" in its column.
	tt, agree, against := findWords(pg, "TT"), findWords(pg, "Đồng"), findWords(pg, "Không")
	if len(tt) != 1 || len(agree) == 0 || len(against) == 0 {
		t.Fatalf("column heads missing: %v %v %v", tt, agree, against)
	}
	head, no := agree[len(agree)-1], against[len(against)-1]
	if abs(head.YMax-tt[0].YMax) > 1 || !(tt[0].XMax < head.XMin && head.XMax < no.XMin) {
		t.Errorf("heads not side by side in order: TT %+v, Đồng ý %+v, Không %+v", tt[0], head, no)
	}
	under := findWords(pg, "đồng")
	if len(under) == 0 {
		t.Fatal("no “đồng”")
	}
	if u := under[len(under)-1]; u.XMin < no.XMin || u.XMin > no.XMax || u.YMin < no.YMax-1 || u.YMin-no.YMax > 5 || wordsAfter(pg, u, 1) != "đồng ý" {
		t.Errorf("“đồng ý” not right under “Không”: %+v / %+v", u, no)
	}
	// Each nominee: the number in the TT column, the name then the detail
	// under it, in order down the page, with room to mark the row.
	var prev float64
	for i, nom := range forms[0].Nominees {
		nom.Name = viet.NFC(nom.Name)
		first := strings.Fields(nom.Name)[0]
		var w *pdfWord
		for _, c := range findWords(pg, first) {
			if c.YMin > prev {
				w = &c
				break
			}
		}
		if w == nil {
			t.Fatalf("nominee %d %q not found below y %.1f", i+1, nom.Name, prev)
		}
		if got := wordsAfter(pg, *w, 10); got != nom.Name {
			t.Errorf("nominee line %q, want %q", got, nom.Name)
		}
		detail := findWords(pg, strings.Fields(nom.Detail)[0])
		if len(detail) == 0 || !(detail[0].YMin > w.YMax-1) || detail[0].YMin-w.YMax > mm(3) {
			t.Fatalf("detail of %q not on the next line: %+v", nom.Name, detail)
		}
		if !numberBeside(pg, itoa(i+1), tt[0], w.YMin, detail[0].YMax) {
			t.Errorf("no number %d in the TT column beside %q", i+1, nom.Name)
		}
		if w.XMin < tt[0].XMax || w.XMax > head.XMin {
			t.Errorf("%q is outside the name column", nom.Name)
		}
		prev = w.YMax
	}
	// Names bold, details regular.
	bold := map[string]bool{}
	for _, x := range readHTML(t, path) {
		bold[collapse(x.Text)] = x.Bold || strings.Contains(x.Family, "bold")
	}
	for _, nom := range forms[0].Nominees {
		nom.Name = viet.NFC(nom.Name)
		if b, ok := bold[nom.Name]; !ok || !b {
			t.Errorf("name %q not printed alone in bold (found %v)", nom.Name, ok)
		}
		if b, ok := bold[nom.Detail]; !ok || b {
			t.Errorf("detail %q not printed in regular type (found %v)", nom.Detail, ok)
		}
	}
}

func TestBallotsDocumentLongList(t *testing.T) {
	needTools(t, "pdftotext")
	f := BallotForm{Form: app.AwardForm{Name: "Giấy khen của Chủ tịch UBND xã"}}
	for i := range 30 {
		f.Nominees = append(f.Nominees, BallotNominee{Name: "Nguyễn Văn Số" + itoa(i+1), Detail: "Công chức Tư pháp - Hộ tịch"})
	}
	p := seedPlan(t)
	d, err := BallotsDocument(sampleOrg(t), p, p.Rounds[0], "", []BallotForm{f, f}, 1)
	if err != nil {
		t.Fatal(err)
	}
	s := DefaultSettings()
	pages := readBBox(t, render(t, "ballot-long.pdf", d, s))
	if len(pages) != 4 {
		t.Fatalf("two ballots of 30 names: %d pages, want 2 each", len(pages))
	}
	checkMargins(t, pages, s, 3) // the second ballot is numbered on its own
	for i, pg := range pages {
		text := collapse(pageText(pg))
		if hasTitle := strings.Contains(text, "PHIẾU BẦU"); hasTitle != (i%2 == 0) {
			t.Errorf("page %d: title %v, want it on the first page of each ballot only", i+1, hasTitle)
		}
		if !strings.Contains(text, "Họ và tên / Tập thể") || !strings.Contains(text, "Nguyễn Văn Số") {
			t.Errorf("page %d has no table header or no rows:\n%s", i+1, text)
		}
	}
	if !strings.Contains(pageText(pages[1]), "Nguyễn Văn Số30") || !strings.Contains(pageText(pages[3]), "Nguyễn Văn Số30") {
		t.Error("a ballot's last name is not on its second page")
	}
}

// numberBeside reports whether the number n is printed under the TT head
// between the heights top and bottom.
func numberBeside(pg pdfPage, n string, head pdfWord, top, bottom float64) bool {
	for _, w := range findWords(pg, n) {
		if abs(w.cx()-head.cx()) < 2 && w.YMin >= top-1 && w.YMax <= bottom+1 {
			return true
		}
	}
	return false
}

func TestBallotsDocumentDateQuotaAndTitle(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	final := p.Rounds[3]
	for _, tt := range []struct {
		name     string
		round    app.Round
		heldOn   string
		form     int
		want     []string
		wantNone []string
	}{
		{"meeting date and quota", p.Rounds[0], "2025-12-05", 0,
			[]string{"Hòa Phong, ngày 05 tháng 12 năm 2025", "Số lượng được đề nghị tặng: không quá 02 cá nhân.", "- năm 2024"}, nil},
		{"no date: blanks with the round's year", p.Rounds[0], "", 0,
			[]string{"Hòa Phong, ngày tháng năm 2024", "Phong trào thi đua “Đẩy mạnh công tác dân vận"}, []string{"ngày 05"}},
		{"invalid date left for the hand", p.Rounds[1], "15/12/2025", 0,
			[]string{"Hòa Phong, ngày tháng năm 2025", "- năm 2025"}, []string{"ngày 15"}},
		{"final round, no quota", final, "2026-12-15", 1,
			[]string{"Hòa Phong, ngày 15 tháng 12 năm 2026", "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "đợt tổng kết"},
			[]string{"Số lượng"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := BallotsDocument(sampleOrg(t), p, tt.round, tt.heldOn, ballotForms()[tt.form:tt.form+1], 1)
			if err != nil {
				t.Fatal(err)
			}
			text := bodyText(t, render(t, "ballot.pdf", d, DefaultSettings()), 0)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.wantNone {
				if strings.Contains(text, w) {
					t.Errorf("has %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestMovementRound(t *testing.T) {
	p := &app.Plan{MovementName: "Dân vận khéo"}
	for _, tt := range []struct {
		p    *app.Plan
		r    app.Round
		want string
	}{
		{p, app.Round{Key: "2025", Name: "Năm 2025"}, "Phong trào thi đua “Dân vận khéo” - năm 2025"},
		{p, app.Round{Key: "final", Kind: app.RoundFinal, Name: "Tổng kết"}, "Phong trào thi đua “Dân vận khéo” - đợt tổng kết"},
		{p, app.Round{Key: "2026"}, "Phong trào thi đua “Dân vận khéo” - năm 2026"},
		{p, app.Round{}, "Phong trào thi đua “Dân vận khéo”"},
		{nil, app.Round{Kind: app.RoundFinal}, "Đợt tổng kết"},
		{&app.Plan{}, app.Round{}, ""},
	} {
		if got := movementRound(tt.p, tt.r); got != tt.want {
			t.Errorf("movementRound(%v, %+v) = %q, want %q", tt.p, tt.r, got, tt.want)
		}
	}
}

func TestBallotsDocumentErrors(t *testing.T) {
	ok := ballotForms()[0]
	for _, tt := range []struct {
		name  string
		forms []BallotForm
		want  []string
	}{
		{"no form", nil, []string{"chưa có hình thức khen thưởng nào"}},
		{"empty list", []BallotForm{}, []string{"chưa có hình thức khen thưởng nào"}},
		{"form without nominees", []BallotForm{ok, {Form: app.AwardForm{Name: "Giấy khen của Chủ tịch UBND xã"}}},
			[]string{"Hình thức “Giấy khen của Chủ tịch UBND xã” chưa có ai được đề nghị"}},
		{"unnamed form without nominees", []BallotForm{{}}, []string{"Hình thức “thứ 1” chưa có ai được đề nghị"}},
		{"nominee without a name", []BallotForm{{Form: ok.Form, Nominees: []BallotNominee{{Name: "Lê Văn Hùng"}, {Name: "  ", Detail: "Công an xã"}}}},
			[]string{"Hình thức “Giấy khen của Chủ tịch UBND xã”: dòng 2 chưa có tên"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := BallotsDocument(app.Organisation{}, &app.Plan{}, app.Round{}, "", tt.forms, 1)
			if d != nil || err == nil {
				t.Fatalf("want an error, got %v, %v", d, err)
			}
			var ie *app.InvalidError
			if !errors.As(err, &ie) || len(ie.Problems) != len(tt.want) {
				t.Fatalf("want an *app.InvalidError with %d problems, got %v", len(tt.want), err)
			}
			for i, w := range tt.want {
				if !strings.Contains(ie.Problems[i].Message, w) {
					t.Errorf("problem %d %q lacks %q", i, ie.Problems[i].Message, w)
				}
			}
		})
	}
}
