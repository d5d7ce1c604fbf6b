package document

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
)

// reportHistory is an award history out of order: two titles (danh hiệu)
// and two forms of commendation.
func reportHistory() []app.AwardRecord {
	return []app.AwardRecord{
		{Year: 2024, Title: "Giấy khen của Chủ tịch UBND xã", DecisionNumber: "15/QĐ-UBND", DecisionDate: "2024-12-28", Issuer: "Chủ tịch UBND xã"},
		{Year: 2023, Title: "Chiến sĩ thi đua cơ sở", DecisionNumber: "12/QĐ-UBND", DecisionDate: "2023-12-30", Issuer: "Chủ tịch UBND xã"},
		{Year: 2021, Title: "Bằng khen của Chủ tịch UBND tỉnh", DecisionNumber: "3120/QĐ-UBND", DecisionDate: "2021-11-05", Issuer: "Chủ tịch UBND tỉnh Hưng Yên"},
		{Year: 2022, Title: "Lao động tiên tiến", DecisionNumber: "09/QĐ-UBND", DecisionDate: "2022-12-30", Issuer: "Chủ tịch UBND xã"},
	}
}

// The history's rows as printed, by year, in their two tables.
var (
	reportTitleRows = []string{
		"2022 Lao động tiên tiến 09/QĐ-UBND ngày 30/12/2022 của Chủ tịch UBND xã",
		"2023 Chiến sĩ thi đua cơ sở 12/QĐ-UBND ngày 30/12/2023 của Chủ tịch UBND xã",
	}
	reportFormRows = []string{
		"2021 Bằng khen của Chủ tịch UBND tỉnh 3120/QĐ-UBND ngày 05/11/2021 của Chủ tịch UBND tỉnh Hưng Yên",
		"2024 Giấy khen của Chủ tịch UBND xã 15/QĐ-UBND ngày 28/12/2024 của Chủ tịch UBND xã",
	}
)

// Paragraphs typed by the clerk.
const (
	reportAchievement = "Năm 2024, đơn vị hoàn thành xuất sắc nhiệm vụ được giao, tham mưu kịp thời cho Ủy ban nhân dân xã " +
		"triển khai các chương trình công tác trọng tâm, bảo đảm đúng tiến độ và chất lượng.\n\n" +
		"- Có sáng kiến “Số hóa hồ sơ một cửa” được Hội đồng sáng kiến xã công nhận.\n" +
		"Tích cực tham gia phong trào thi đua “Dân vận khéo” và các hoạt động xã hội tại địa phương."
	reportDuties    = "Tham mưu, giúp Ủy ban nhân dân xã tổ chức thực hiện công tác văn hóa, xã hội trên địa bàn."
	reportSituation = "Phòng có 07 cán bộ, công chức, trong đó 05 nữ; chi bộ có 06 đảng viên."
)

// reportDate is the date of the reports that are dated.
var reportDate = time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC)

// reportCase is a report with what its PDF must show. want holds texts
// that must appear in this order in the text read in drawing order;
// absent texts must not appear.
type reportCase struct {
	name   string
	in     func(t *testing.T) ReportInput
	want   []string
	absent []string
}

// reportCollective is a dated collective report with every text given.
func reportCollective(t *testing.T) ReportInput {
	p := seedPlan(t)
	return ReportInput{
		Org: sampleOrg(t), Plan: p, Round: p.Rounds[0],
		Form:        app.AwardForm{Name: "Giấy khen của Chủ tịch UBND xã"},
		Part:        app.Participant{Kind: app.KindCollective, Name: "Phòng Văn hóa - Xã hội", Head: "Phạm Thị Hồng Nhung"},
		Achievement: reportAchievement, Duties: reportDuties, Situation: reportSituation,
		History: reportHistory(), Date: reportDate,
	}
}

// reportIndividual is a dated individual report of a woman in a unit, the
// name decomposed (NFD) as from macOS, her lý luận chính trị unknown.
func reportIndividual(t *testing.T) ReportInput {
	p := seedPlan(t)
	return ReportInput{
		Org: sampleOrg(t), Plan: p, Round: p.Rounds[0],
		Form: app.AwardForm{Name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"},
		Part: app.Participant{Kind: app.KindIndividual, Name: norm.NFD.String("Đỗ Thị Thu Trang"), Gender: app.GenderFemale,
			BirthDate: "1988-05-09", Ethnicity: "Kinh", Hometown: "xã Hòa Phong, tỉnh Hưng Yên",
			Residence: "thôn Hòa Tây, xã Hòa Phong, tỉnh Hưng Yên", Unit: "Văn phòng UBND",
			Position: "Công chức Văn phòng - Thống kê", Qualification: "Cử nhân Hành chính học"},
		Unit:        &app.Participant{Kind: app.KindCollective, Name: "Văn phòng - Thống kê", Head: "Lê Văn Thắng"},
		Achievement: reportAchievement, Duties: reportDuties,
		History: reportHistory(), Date: reportDate,
	}
}

// reportBare is an undated individual report without a unit, with no
// detail but the name and the gender, no text and one form of commendation.
func reportBare(t *testing.T) ReportInput {
	return ReportInput{Org: sampleOrg(t), Form: app.AwardForm{Name: "Giấy khen của Chủ tịch UBND xã"},
		Part:    app.Participant{Kind: app.KindIndividual, Name: "Phạm Minh Tuấn", Gender: app.GenderMale},
		History: reportHistory()[2:3]}
}

func reportCases() []reportCase {
	collectiveHead := []string{"UBND XÃ HÒA PHONG", "PHÒNG VĂN HÓA - XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Hòa Phong, ngày 05 tháng 01 năm 2025", "BÁO CÁO THÀNH TÍCH"}
	paras := []string{"Năm 2024, đơn vị hoàn thành xuất sắc", "bảo đảm đúng tiến độ và chất lượng.",
		"- Có sáng kiến “Số hóa hồ sơ một cửa” được Hội đồng sáng kiến xã công nhận.",
		"Tích cực tham gia phong trào thi đua “Dân vận khéo”"}
	history := append(append([]string{"III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "1. Danh hiệu thi đua",
		"Năm Danh hiệu thi đua Số, ngày, tháng, năm của quyết định; cơ quan ban hành"}, reportTitleRows...),
		"2. Hình thức khen thưởng", "Năm Hình thức khen thưởng Số, ngày, tháng, năm của quyết định; cơ quan ban hành")
	history = append(history, reportFormRows...)
	return []reportCase{
		{
			name: "collective",
			in:   reportCollective,
			want: concat(collectiveHead, []string{"Đề nghị tặng Giấy khen của Chủ tịch UBND xã",
				"Tên tập thể đề nghị: Phòng Văn hóa - Xã hội", "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
				"1. Đặc điểm, tình hình", reportSituation, "2. Chức năng, nhiệm vụ", reportDuties, "II. THÀNH TÍCH ĐẠT ĐƯỢC"},
				paras, history, []string{"XÁC NHẬN CỦA CẤP TRÊN", "THỦ TRƯỞNG ĐƠN VỊ", "Phạm Thị Hồng Nhung"}),
			absent: []string{"Số:", "SƠ LƯỢC LÝ LỊCH", "Chưa có", "NGƯỜI BÁO CÁO", "…"},
		},
		{
			name: "individual",
			in:   reportIndividual,
			want: concat([]string{"UBND XÃ HÒA PHONG", "VĂN PHÒNG - THỐNG KÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Hòa Phong, ngày 05 tháng 01 năm 2025", "BÁO CÁO THÀNH TÍCH", "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
				"I. SƠ LƯỢC LÝ LỊCH", "- Họ và tên: Đỗ Thị Thu Trang", "- Sinh ngày, tháng, năm: 09/05/1988", "- Giới tính: Nữ",
				"- Dân tộc: Kinh", "- Quê quán: xã Hòa Phong, tỉnh Hưng Yên",
				"- Nơi thường trú: thôn Hòa Tây, xã Hòa Phong, tỉnh Hưng Yên",
				"- Cơ quan, đơn vị đang công tác: Văn phòng - Thống kê",
				"- Chức vụ (Đảng, chính quyền, đoàn thể): Công chức Văn phòng - Thống kê",
				"- Trình độ chuyên môn, nghiệp vụ: Cử nhân Hành chính học", "- Lý luận chính trị: ……",
				"- Học hàm, học vị, danh hiệu, giải thưởng: ……", "II. THÀNH TÍCH ĐẠT ĐƯỢC",
				"1. Quyền hạn, nhiệm vụ được giao", reportDuties, "2. Thành tích đạt được"},
				paras, history, []string{"THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "Lê Văn Thắng", "NGƯỜI BÁO CÁO THÀNH TÍCH", "Đỗ Thị Thu Trang"}),
			absent: []string{"Số:", "Tên tập thể", "SƠ LƯỢC ĐẶC ĐIỂM", "Chưa có", "XÁC NHẬN CỦA CẤP TRÊN", "Văn phòng UBND"},
		},
		{
			name: "collective empty",
			in: func(t *testing.T) ReportInput {
				return ReportInput{Org: sampleOrg(t), Round: app.Round{Key: "2024", DecidedOn: "2024-12-20"},
					Form: app.AwardForm{ShortName: "Giấy khen xã"},
					Part: app.Participant{Kind: app.KindCollective, Name: "Trạm Y tế xã"}}
			},
			want: []string{"UBND XÃ HÒA PHONG", "TRẠM Y TẾ XÃ", "Hòa Phong, ngày tháng năm 2024", "Đề nghị tặng Giấy khen xã",
				"1. Đặc điểm, tình hình", "……", "2. Chức năng, nhiệm vụ", "……", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "……", "……", "……",
				"1. Danh hiệu thi đua Chưa có. 2. Hình thức khen thưởng Chưa có.", "XÁC NHẬN CỦA CẤP TRÊN", "THỦ TRƯỞNG ĐƠN VỊ"},
			absent: []string{"Năm Danh hiệu", "Năm Hình thức", "Số:"},
		},
		{
			// A mass organisation is under its own superior, not the
			// People's Committee: that superior heads the paper and
			// confirms it by name.
			name: "collective under its superior",
			in: func(t *testing.T) ReportInput {
				in := reportCollective(t)
				in.Part = app.Participant{Kind: app.KindCollective, Name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
					Head: "Trần Văn Hùng", Parent: "Ban Thường vụ Đoàn thị xã Mỹ Hào"}
				return in
			},
			want: []string{"BAN THƯỜNG VỤ ĐOÀN THỊ XÃ MỸ HÀO", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH XÃ",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO THÀNH TÍCH",
				"Tên tập thể đề nghị: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
				"XÁC NHẬN CỦA BAN THƯỜNG VỤ ĐOÀN THỊ XÃ MỸ HÀO", "THỦ TRƯỞNG ĐƠN VỊ", "Trần Văn Hùng"},
			absent: []string{"UBND XÃ HÒA PHONG", "CẤP TRÊN"},
		},
		{
			// A person reports under their unit and the unit's superior.
			name: "individual in a unit under its superior",
			in: func(t *testing.T) ReportInput {
				in := reportIndividual(t)
				in.Unit = &app.Participant{Kind: app.KindCollective, Name: "Hội Nông dân xã", Head: "Lê Văn Thắng",
					Parent: "Đảng ủy xã Hòa Phong"}
				return in
			},
			want: []string{"ĐẢNG ỦY XÃ HÒA PHONG", "HỘI NÔNG DÂN XÃ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "Lê Văn Thắng", "NGƯỜI BÁO CÁO THÀNH TÍCH"},
			absent: []string{"UBND XÃ HÒA PHONG", "XÁC NHẬN CỦA"},
		},
		{
			name: "individual without unit or details",
			in:   reportBare,
			want: concat([]string{"UBND TỈNH HƯNG YÊN", "ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG", "Hòa Phong, ngày tháng năm 20…",
				"- Họ và tên: Phạm Minh Tuấn", "- Sinh ngày, tháng, năm: ……", "- Giới tính: Nam", "- Dân tộc: ……",
				"- Quê quán: ……", "- Nơi thường trú: ……", "- Cơ quan, đơn vị đang công tác: ……",
				"- Chức vụ (Đảng, chính quyền, đoàn thể): ……", "- Trình độ chuyên môn, nghiệp vụ: ……",
				"- Lý luận chính trị: ……", "- Học hàm, học vị, danh hiệu, giải thưởng: ……",
				"1. Quyền hạn, nhiệm vụ được giao ……", "2. Thành tích đạt được ……",
				"1. Danh hiệu thi đua Chưa có.", "2. Hình thức khen thưởng", "Năm Hình thức khen thưởng"}, reportFormRows[:1],
				[]string{"THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "NGƯỜI BÁO CÁO THÀNH TÍCH", "Phạm Minh Tuấn"}),
			absent: []string{"UBND XÃ HÒA PHONG", "Nữ", "Năm Danh hiệu"},
		},
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// drawnText returns the PDF's text in the order it was drawn (pdftotext
// -raw), white space collapsed: the header's left column before its right,
// a table's cells row by row.
func drawnText(t *testing.T, path string) string {
	t.Helper()
	return collapse(run(t, "pdftotext", "-raw", "-nopgbrk", path, "-"))
}

// checkInOrder fails for each of want missing from text after the one
// before it.
func checkInOrder(t *testing.T, text string, want []string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Errorf("missing %q after position %d in:\n%s", w, at, text)
			continue
		}
		at += i + len(w)
	}
}

func TestReportDocumentText(t *testing.T) {
	needTools(t, "pdftotext")
	for _, tc := range reportCases() {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReportDocument(tc.in(t))
			if err != nil {
				t.Fatal(err)
			}
			s := DefaultSettings()
			path := render(t, "report-"+strings.ReplaceAll(tc.name, " ", "-")+".pdf", d, s)
			pages := readBBox(t, path)
			for i, pg := range pages {
				if abs(pg.Width-595.28) > 1 || abs(pg.Height-841.89) > 1 {
					t.Errorf("page %d is %gx%g, not A4 portrait", i+1, pg.Width, pg.Height)
				}
			}
			checkMargins(t, pages, s)
			text := drawnText(t, path)
			checkInOrder(t, text, tc.want)
			for _, a := range tc.absent {
				if strings.Contains(text, a) {
					t.Errorf("found %q", a)
				}
			}
		})
	}
}

// TestReportHeaderColumns checks that the reporting unit is in the left
// column, the Quốc hiệu and the date in the right one, and the date line
// shares no line with a number.
func TestReportHeaderColumns(t *testing.T) {
	needTools(t, "pdftotext")
	for _, tc := range []struct {
		name        string
		in          func(t *testing.T) ReportInput
		left, right []string
	}{
		{"collective", reportCollective, []string{"UBND", "PHÒNG"}, []string{"CỘNG", "Độc", "ngày"}},
		{"individual", reportIndividual, []string{"UBND", "VĂN"}, []string{"CỘNG", "Độc", "ngày"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReportDocument(tc.in(t))
			if err != nil {
				t.Fatal(err)
			}
			pg := readBBox(t, render(t, "report-header.pdf", d, Settings{}))[0]
			split := mm(30 + 165*leftColumn) // default margins: 30 mm left, 165 mm of text
			for _, w := range tc.left {
				if ws := findWords(pg, w); len(ws) == 0 || ws[0].XMax > split {
					t.Errorf("%q not in the left column: %v", w, ws)
				}
			}
			for _, w := range tc.right {
				if ws := findWords(pg, w); len(ws) == 0 || ws[0].XMin < split {
					t.Errorf("%q not in the right column: %v", w, ws)
				}
			}
			date := findWords(pg, "ngày")[0]
			if row, _, _ := rowOf(pg, date); row != "Hòa Phong, ngày 05 tháng 01 năm 2025" {
				t.Errorf("date row %q", row)
			}
		})
	}
}

// TestReportSignatures checks the two signatures: captions on one
// baseline, the left one in the left column, each name under its caption.
func TestReportSignatures(t *testing.T) {
	needTools(t, "pdftotext")
	for _, tc := range []struct {
		name                  string
		in                    func(t *testing.T) ReportInput
		leftCap, rightCap     string // first word of each caption
		leftName, rightName   string // last word of each name, "" for none
		leftWords, rightWords string
	}{
		{"collective", reportCollective, "XÁC", "THỦ", "", "Nhung", "XÁC NHẬN CỦA CẤP TRÊN", "THỦ TRƯỞNG ĐƠN VỊ"},
		{"individual", reportIndividual, "THỦ", "NGƯỜI", "Thắng", "Trang", "THỦ TRƯỞNG ĐƠN VỊ", "NGƯỜI BÁO CÁO THÀNH TÍCH"},
		// The superior's name goes on its own line under "XÁC NHẬN CỦA",
		// beside the unit's caption, never broken inside a word.
		{"collective under its superior", func(t *testing.T) ReportInput {
			in := reportCollective(t)
			in.Part.Parent = "Ban Thường vụ Đoàn thị xã Mỹ Hào"
			return in
		}, "XÁC", "THỦ", "", "Nhung", "XÁC NHẬN CỦA", "THỦ TRƯỞNG ĐƠN VỊ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReportDocument(tc.in(t))
			if err != nil {
				t.Fatal(err)
			}
			pages := readBBox(t, render(t, "report-sign.pdf", d, Settings{}))
			pg := pages[len(pages)-1]
			l, r := lastWord(pg, tc.leftCap), lastWord(pg, tc.rightCap)
			if l == nil || r == nil {
				t.Fatalf("captions %q, %q not on the last page:\n%s", tc.leftCap, tc.rightCap, pageText(pg))
			}
			if abs(l.YMax-r.YMax) > 1 || l.XMax > pg.Width/2 || r.XMin < pg.Width/2 {
				t.Errorf("captions not side by side: %+v %+v", *l, *r)
			}
			if row, _, _ := rowOf(pg, *l); row != tc.leftWords+" "+tc.rightWords {
				t.Errorf("caption row %q", row)
			}
			for _, n := range []struct {
				word string
				cap  *pdfWord
			}{{tc.leftName, l}, {tc.rightName, r}} {
				if n.word == "" {
					continue
				}
				w := lastWord(pg, n.word)
				if w == nil || w.YMin-n.cap.YMax < mm(20) || (w.XMin < pg.Width/2) != (n.cap.XMin < pg.Width/2) {
					t.Errorf("name %q not under caption %q: %+v", n.word, n.cap.Text, w)
				}
			}
		})
	}
}

// lastWord returns the lowest word of page p whose text is s, nil if none.
func lastWord(p pdfPage, s string) *pdfWord {
	ws := findWords(p, s)
	if len(ws) == 0 {
		return nil
	}
	w := ws[0]
	for _, o := range ws[1:] {
		if o.YMax > w.YMax {
			w = o
		}
	}
	return &w
}

// TestReportLeadersReachMargin checks that the dotted leaders of empty
// fields run to the right margin without crossing it.
func TestReportLeadersReachMargin(t *testing.T) {
	needTools(t, "pdftotext")
	d, err := ReportDocument(reportBare(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := readBBox(t, render(t, "report-leaders.pdf", d, Settings{}))
	right := pages[0].Width - mm(15)
	n := 0
	for _, pg := range pages {
		for _, w := range pg.Words() {
			if !strings.HasPrefix(w.Text, "……") {
				continue
			}
			n++
			if w.XMax > right+0.6 || w.XMax < right-mm(1.5) { // within a period of the margin
				t.Errorf("leader ends at %.1f pt, the margin is at %.1f", w.XMax, right)
			}
		}
	}
	if n != 13 { // 9 empty fields, the duties' line and the achievement's 3 lines
		t.Errorf("%d leaders reaching the margin, want 13", n)
	}
}

func TestLeaderLongText(t *testing.T) {
	needTools(t, "pdftotext")
	// The first text leaves room for dots on its last line; the second
	// fills a line almost to the margin, so the dots go to the next line.
	room := strings.Repeat("chữ ", 30) + "Hết:"
	full := strings.Repeat("chữ ", 36)
	d := &Document{Header: testHeader(), Body: []Block{leader{text: room}, leader{text: full}}}
	pg := readBBox(t, render(t, "report-leader-long.pdf", d, Settings{}))[0]
	right := pg.Width - mm(15)
	het := findWords(pg, "Hết:")
	if len(het) != 1 {
		t.Fatalf("Hết: found %d times", len(het))
	}
	row, _, xMax := rowOf(pg, het[0])
	f := strings.Fields(row)
	if f[len(f)-2] != "Hết:" || !strings.HasPrefix(f[len(f)-1], "…") || xMax < right-mm(1.5) {
		t.Errorf("dots not after Hết: on its line: %q ends at %.1f", row, xMax)
	}
	var own []pdfWord // a line of dots alone, flush with the left margin
	for _, w := range pg.Words() {
		if strings.HasPrefix(w.Text, "…") && abs(w.XMin-mm(30)) < 1 {
			own = append(own, w)
		}
	}
	if len(own) != 1 || own[0].XMax < right-mm(1.5) || own[0].XMax > right+0.6 {
		t.Errorf("want one full line of dots after the full text, got %+v", own)
	}
}

func TestIsTitle(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Lao động tiên tiến", true},
		{"Chiến sĩ thi đua cơ sở", true},
		{"chiến sĩ thi đua cấp tỉnh", true},
		{"Tập thể lao động xuất sắc", true},
		{"Tập thể Lao động tiên tiến", true},
		{"Cờ thi đua của Ủy ban nhân dân tỉnh", true},
		{"Danh hiệu Lao động tiên tiến", true},
		{norm.NFD.String("Chiến sĩ thi đua toàn quốc"), true},
		{"Giấy khen của Chủ tịch UBND xã", false},
		{"Bằng khen của Thủ tướng Chính phủ", false},
		{"Huân chương Lao động hạng Ba", false},
		{"Giấy khen tập thể lao động", false},
		{"", false},
	} {
		if got := isTitle(tc.name); got != tc.want {
			t.Errorf("isTitle(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDecisionText(t *testing.T) {
	for _, tc := range []struct {
		rec  app.AwardRecord
		want string
	}{
		{app.AwardRecord{DecisionNumber: "12/QĐ-UBND", DecisionDate: "2023-12-30", Issuer: "Chủ tịch UBND xã"},
			"12/QĐ-UBND ngày 30/12/2023 của Chủ tịch UBND xã"},
		{app.AwardRecord{DecisionNumber: "12/QĐ-UBND"}, "12/QĐ-UBND"},
		{app.AwardRecord{DecisionDate: "2023-12-30", Issuer: "của UBND tỉnh"}, "ngày 30/12/2023 của UBND tỉnh"},
		{app.AwardRecord{DecisionDate: "30/12/2023"}, "ngày 30/12/2023"},
		{app.AwardRecord{}, ""},
	} {
		if got := decisionText(tc.rec); got != tc.want {
			t.Errorf("decisionText(%+v) = %q, want %q", tc.rec, got, tc.want)
		}
	}
}

func TestReportDocumentErrors(t *testing.T) {
	form := app.AwardForm{Name: "Giấy khen của Chủ tịch UBND xã"}
	person := app.Participant{Kind: app.KindIndividual, Name: "Phạm Minh Tuấn"}
	for _, tc := range []struct {
		name string
		in   ReportInput
		want []string
	}{
		{"no name", ReportInput{Form: form, Part: app.Participant{Kind: app.KindCollective}},
			[]string{"chưa có tên tập thể hoặc họ và tên"}},
		{"blank name", ReportInput{Form: form, Part: app.Participant{Kind: app.KindIndividual, Name: " \u00a0 "}},
			[]string{"chưa có tên tập thể hoặc họ và tên"}},
		{"no form", ReportInput{Part: person, Form: app.AwardForm{ID: 3}}, []string{"chưa chọn hình thức khen thưởng"}},
		{"no kind", ReportInput{Form: form, Part: app.Participant{Name: "Phạm Minh Tuấn"}}, []string{"tập thể hay cá nhân"}},
		{"everything", ReportInput{}, []string{"chưa có tên", "tập thể hay cá nhân", "chưa chọn hình thức"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReportDocument(tc.in)
			var ie *app.InvalidError
			if d != nil || !errors.As(err, &ie) {
				t.Fatalf("got %v, %v; want an *app.InvalidError", d, err)
			}
			if len(ie.Problems) != len(tc.want) {
				t.Errorf("%d problems, want %d: %v", len(ie.Problems), len(tc.want), err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q: %v", w, err)
				}
			}
		})
	}
}

// TestReportHistorySplit checks the tables of section III as built:
// titles and forms apart, each by year, and the input left unsorted.
func TestReportHistorySplit(t *testing.T) {
	hist := reportHistory()
	blocks := historyBlocks(hist)
	titles, ok1 := blocks[2].(Table)
	forms, ok2 := blocks[4].(Table)
	if !ok1 || !ok2 {
		t.Fatalf("want two tables, got %T and %T", blocks[2], blocks[4])
	}
	check := func(tbl Table, head string, want []string) {
		t.Helper()
		if tbl.Columns[1].Title != head {
			t.Errorf("column %q, want %q", tbl.Columns[1].Title, head)
		}
		var got []string
		for _, r := range tbl.Rows {
			got = append(got, strings.Join(r, " "))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	check(titles, "Danh hiệu thi đua", reportTitleRows)
	check(forms, "Hình thức khen thưởng", reportFormRows)
	if hist[0].Year != 2024 {
		t.Errorf("the caller's history was reordered")
	}
	empty := historyBlocks(nil)
	for _, i := range []int{2, 4} {
		if p, ok := empty[i].(Paragraph); !ok || p.Runs[0].Text != "Chưa có." {
			t.Errorf("block %d of an empty history is %#v, want Chưa có.", i, empty[i])
		}
	}
}
