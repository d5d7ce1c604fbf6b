package document

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/viet"
)

// letterFixture is a Tờ trình of the sample commune with n individuals and
// one collective.
func proposalFixture(t testing.TB, n int) ProposalInput {
	t.Helper()
	org := sampleOrg(t)
	in := ProposalInput{
		Letter: Letter{Org: org, Number: 12, Date: "2025-12-15", Bases: app.LegalBases("2025-12-15", false),
			Recipients: []string{"Như trên;", "Lưu: VT, VP."}, Authority: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"},
			SignerName: "Trần Quang Minh"},
		To:       []string{"Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên;", "Sở Nội vụ tỉnh Hưng Yên."},
		Award:    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
		Movement: "Đẩy mạnh công tác dân vận chính quyền", RoundText: "năm 2025", Addressee: "Chủ tịch Ủy ban nhân dân tỉnh",
		Entries: []ListEntry{{Kind: app.KindCollective, Name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", Achievement: "Hoàn thành xuất sắc nhiệm vụ", Award: "Bằng khen"}},
	}
	names := []string{"Trần Thị Lan", "Bùi Thị Hương", "Lê Minh Đức", "Đặng Thị Huyền"}
	for i := range n {
		name := names[i%len(names)]
		if i >= len(names) {
			name = fmt.Sprintf("%s Số%d", name, i)
		}
		in.Entries = append(in.Entries, ListEntry{Kind: app.KindIndividual, Name: name,
			PositionUnit: "Công chức Văn phòng - Thống kê, UBND xã", Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2025", Award: "Bằng khen"})
	}
	return in
}

func TestProposalDocumentLayoutAndContent(t *testing.T) {
	needTools(t, "pdftotext")
	in := proposalFixture(t, 2)
	d, err := ProposalDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	pages := readBBox(t, render(t, "to-trinh.pdf", d, Settings{}))
	if len(pages) < 2 {
		t.Fatalf("%d pages, want the Tờ trình and its Danh sách", len(pages))
	}
	first := collapse(pageText(pages[0]))
	for _, want := range []string{"Số: 12/TTr-UBND", "Hòa Phong, ngày 15 tháng 12 năm 2025", "TỜ TRÌNH",
		"Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Kính gửi:", "Sở Nội vụ tỉnh Hưng Yên",
		"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "152/2025/NĐ-CP",
		"01 tập thể và 02 cá nhân",
		// in the Danh sách's order: the collective, then the people by name
		"- Đoàn Thanh niên Cộng sản Hồ Chí Minh xã; - Bùi Thị Hương, Công chức Văn phòng - Thống kê, UBND xã; " +
			"- Trần Thị Lan, Công chức Văn phòng - Thống kê, UBND xã.", "kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét",
		"(Có danh sách, báo cáo thành tích và biên bản kèm theo)", "xem xét, quyết định./.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Trần Quang Minh"} {
		if !strings.Contains(collapse(pageText(pages[0])+pageText(pages[len(pages)-2])), want) && !strings.Contains(first, want) {
			t.Errorf("Tờ trình lacks %q", want)
		}
	}
	checkLetterRubric(t, pages)
	list := pages[len(pages)-1]
	if list.Width < list.Height {
		t.Error("the Danh sách is not landscape")
	}
	text := collapse(pageText(list))
	for _, want := range []string{"DANH SÁCH", "TẬP THỂ, CÁ NHÂN ĐƯỢC ĐỀ NGHỊ TẶNG BẰNG KHEN", "(Kèm theo Tờ trình số 12/TTr-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân xã Hòa Phong)",
		"I. TẬP THỂ", "II. CÁ NHÂN", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích tóm tắt", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"} {
		if !strings.Contains(text, want) {
			t.Errorf("Danh sách lacks %q:\n%s", want, text)
		}
	}
	// Individuals by given name: Lan after Hương.
	if strings.Index(text, "Bùi Thị Hương") > strings.Index(text, "Trần Thị Lan") {
		t.Error("individuals are not in Vietnamese name order")
	}
}

// TestCouncilProposalDocument: for an award the commune's Chairman decides,
// the Tờ trình is the council's, addressed to him — under the council's
// header and number series, in its words, signed on its behalf; the
// Danh sách names it as the council's.
func TestCouncilProposalDocument(t *testing.T) {
	needTools(t, "pdftotext")
	in := proposalFixture(t, 2)
	in.ByCouncil, in.Number, in.Award = true, 1, "Giấy khen của Chủ tịch Ủy ban nhân dân xã"
	in.To, in.Addressee = []string{"Chủ tịch Ủy ban nhân dân xã Hòa Phong."}, "Chủ tịch Ủy ban nhân dân xã"
	in.Authority = []string{"TM. HỘI ĐỒNG", "CHỦ TỊCH"}
	d, err := ProposalDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	pages := readBBox(t, render(t, "to-trinh-hoi-dong.pdf", d, Settings{}))
	left, right := headerAbove(t, pages[0], DefaultSettings(), "TỜ TRÌNH")
	if want := "UBND XÃ HÒA PHONG HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG Số: 01/TTr-HĐTĐKT"; left != want {
		t.Errorf("left header %q, want %q", left, want)
	}
	if want := NationalName + " " + NationalMotto + " Hòa Phong, ngày 15 tháng 12 năm 2025"; right != want {
		t.Errorf("right header %q, want %q", right, want)
	}
	letter := collapse(pageText(pages[0]) + pageText(pages[len(pages)-2]))
	for _, want := range []string{"Kính gửi: Chủ tịch Ủy ban nhân dân xã Hòa Phong.",
		"Hội đồng Thi đua - Khen thưởng xã đề nghị Chủ tịch Ủy ban nhân dân xã tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 01 tập thể và 02 cá nhân",
		"Hội đồng Thi đua - Khen thưởng xã kính trình Chủ tịch Ủy ban nhân dân xã xem xét, quyết định./."} {
		if !strings.Contains(letter, want) {
			t.Errorf("the council's Tờ trình lacks %q:\n%s", want, letter)
		}
	}
	for _, wrong := range []string{"TTr-UBND", "Ủy ban nhân dân xã Hòa Phong đề nghị", "TM. ỦY BAN NHÂN DÂN"} {
		if strings.Contains(letter, wrong) {
			t.Errorf("the council's Tờ trình says %q", wrong)
		}
	}
	last := pages[len(pages)-2]
	nn, ok := phrase(last, "Nơi nhận:")
	if !ok {
		t.Fatal("no Nơi nhận")
	}
	var sig []pdfWord
	for _, w := range last.Words() {
		if w.YMax > nn.YMin && w.XMin > last.Width/2 {
			sig = append(sig, w)
		}
	}
	if got := readingOrder(sig); got != "TM. HỘI ĐỒNG CHỦ TỊCH Trần Quang Minh" {
		t.Errorf("signature %q", got)
	}
	list := collapse(pageText(pages[len(pages)-1]))
	if want := "(Kèm theo Tờ trình số 01/TTr-HĐTĐKT ngày 15 tháng 12 năm 2025 của Hội đồng Thi đua - Khen thưởng xã)"; !strings.Contains(list, want) {
		t.Errorf("Danh sách lacks %q:\n%s", want, list)
	}
}

func TestDecisionDocument(t *testing.T) {
	needTools(t, "pdftotext")
	p := proposalFixture(t, 2)
	in := DecisionInput{Letter: p.Letter, Award: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", Movement: p.Movement, RoundText: "năm 2025",
		Proposal: "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã,", CashCollective: 1000000, CashIndividual: 500000,
		CashSource: "quỹ thi đua, khen thưởng của xã", Entries: p.Entries}
	in.Bases = app.LegalBases("2025-12-15", true)
	in.Authority, in.Recipients = []string{"CHỦ TỊCH"}, []string{"Như Điều 3;", "Lưu: VT."}
	d, err := DecisionDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	pages := readBBox(t, render(t, "quyet-dinh.pdf", d, Settings{}))
	checkLetterRubric(t, pages)
	var all string
	for _, pg := range pages {
		all += pageText(pg)
	}
	all = collapse(all)
	for _, want := range []string{"Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã",
		"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA PHONG", "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "QUYẾT ĐỊNH:",
		"Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 01 tập thể và 02 cá nhân (có danh sách kèm theo)",
		"mỗi tập thể được thưởng 1.000.000 đồng, mỗi cá nhân được thưởng 500.000 đồng",
		"Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "chịu trách nhiệm thi hành Quyết định này./.",
		"Như Điều 3;", "(Kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Hòa Phong)"} {
		if !strings.Contains(all, want) {
			t.Errorf("Quyết định lacks %q", want)
		}
	}
	// Individuals only: Điều 2 names no money for collectives.
	in.Entries = in.Entries[1:]
	if d, _ := DecisionDocument(in); strings.Contains(strings.Join(blocksText(d.Body), "\n"), "mỗi tập thể") {
		t.Errorf("Điều 2 of a decision without collectives: %q", blocksText(d.Body))
	}
}

// checkLetterRubric checks the layout rules of a letter with a Danh sách:
// every word inside the margins, page numbers from the second page of each
// part, the Danh sách starting a part of its own, and Số on the baseline of
// the place-and-date line.
func checkLetterRubric(t *testing.T, pages []pdfPage) {
	t.Helper()
	list := pageOf(pages, "DANH")
	if list <= 1 {
		t.Fatal("no Danh sách page after the letter")
	}
	checkMargins(t, pages, Settings{}, list)
	number, date := findWords(pages[0], "Số:"), findWords(pages[0], "Phong,")
	if len(number) == 0 || len(date) == 0 {
		t.Fatal("no number line or date line on page 1")
	}
	if abs(number[0].YMax-date[0].YMax) > 1 {
		t.Errorf("Số at %.1f pt and the date line at %.1f pt: not on one baseline", number[0].YMax, date[0].YMax)
	}
	if number[0].cx() > pages[0].Width/2 || date[0].XMin < pages[0].Width/2 {
		t.Error("Số is not in the left column or the date line not in the right one")
	}
}

func TestLetterErrorsAndBlanks(t *testing.T) {
	in := proposalFixture(t, 0)
	in.Entries = nil
	if _, err := ProposalDocument(in); !app.IsInvalid(err) {
		t.Errorf("empty list: %v", err)
	}
	in = proposalFixture(t, 1)
	in.Number, in.Date = 0, ""
	d, err := ProposalDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Header.NumberLine(); got != "Số:      /TTr-UBND" && !strings.HasPrefix(got, "Số:") || d.Header.Number != 0 || !d.Created.IsZero() {
		t.Errorf("draft header %q", got)
	}
	if ref := in.Reference("Kèm theo Tờ trình", "TTr"); !strings.Contains(ref, "ngày      tháng      năm 20…") {
		t.Errorf("draft reference %q", ref)
	}
	for v, want := range map[int64]string{0: "0 đồng", 500: "500 đồng", 1000000: "1.000.000 đồng", 12500000: "12.500.000 đồng"} {
		if got := Money(v); got != want {
			t.Errorf("Money(%d) = %q, want %q", v, got, want)
		}
	}
}

// TestIssuedLetterPrintsTheSameBytes: an issued letter (number and date
// set) gives the same PDF every time it is printed.
func TestIssuedLetterPrintsTheSameBytes(t *testing.T) {
	r, err := NewRenderer(testFonts(t), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		d, err := ProposalDocument(proposalFixture(t, 5))
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Render(buf, d); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("printing the same issued letter twice gave different bytes")
	}
}

func TestRenderAllKeepsEachDocumentsPages(t *testing.T) {
	needTools(t, "pdftotext")
	r, err := NewRenderer(testFonts(t), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ProposalDocument(proposalFixture(t, 1))
	b, _ := ProposalDocument(proposalFixture(t, 2))
	var buf bytes.Buffer
	if err := r.RenderAll(&buf, []*Document{a, b}); err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/all.pdf"
	if err := writeFile(path, buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	pages := readBBox(t, path)
	titles := 0
	for _, pg := range pages {
		if strings.Contains(pageText(pg), "TỜ TRÌNH") {
			titles++
		}
	}
	if titles != 2 || len(pages) < 4 {
		t.Errorf("%d pages with a title in %d pages, want 2 documents each with its list", titles, len(pages))
	}
	if err := r.RenderAll(&buf, nil); err == nil {
		t.Error("no documents must be an error")
	}
}

func writeFile(path string, b []byte) error { return os.WriteFile(path, b, 0o644) }

// TestDraftMarkAboveTheIssuer: a paper that is not final carries "DỰ THẢO"
// at the top of the left column, above the issuing authority.
func TestDraftMarkAboveTheIssuer(t *testing.T) {
	needTools(t, "pdftotext")
	d, err := ProposalDocument(proposalFixture(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	d.Header.Draft = true
	pages := readBBox(t, render(t, "du-thao.pdf", d, Settings{}))
	mark, ok := phrase(pages[0], "DỰ THẢO")
	issuer, ok2 := phrase(pages[0], "ỦY BAN NHÂN DÂN")
	if !ok || !ok2 {
		t.Fatalf("draft mark %v, issuer %v on page 1:\n%s", ok, ok2, pageText(pages[0]))
	}
	if mark.YMax > issuer.YMin || math.Abs(mark.cx()-issuer.cx()) > 2 {
		t.Errorf("DỰ THẢO at %+v, not above the issuer at %+v", mark, issuer)
	}
	d.Header.Draft = false
	if pages := readBBox(t, render(t, "ban-chinh.pdf", d, Settings{})); strings.Contains(pageText(pages[0]), "DỰ THẢO") {
		t.Error("a final paper is marked DỰ THẢO")
	}
}

// TestDecisionCashCitesTheDecree: Điều 2 names the amounts and the decree
// that sets them; without amounts it still cites that decree.
func TestDecisionCashCitesTheDecree(t *testing.T) {
	in := DecisionInput{Award: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", CashIndividual: 360000,
		CashBasis: "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ", CashSource: "quỹ thi đua, khen thưởng của xã",
		Entries: []ListEntry{{Kind: app.KindIndividual, Name: "Nguyễn Văn A"}}}
	want := "Kèm theo Giấy khen của Chủ tịch Ủy ban nhân dân xã, mỗi cá nhân được thưởng 360.000 đồng theo quy định tại " +
		"Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ, chi từ quỹ thi đua, khen thưởng của xã."
	if got := cashText(in); got != want {
		t.Errorf("Điều 2:\n%s\nwant\n%s", got, want)
	}
	in.CashIndividual = 0
	if got := cashText(in); !strings.Contains(got, "thực hiện theo quy định tại Nghị định số 98/2023/NĐ-CP") {
		t.Errorf("Điều 2 without an amount: %s", got)
	}
}

// TestTitlesNameOnlyTheKindsListed: a list of individuals only is not
// titled "tập thể, cá nhân", in the trích yếu, the Danh sách or Điều 3.
func TestTitlesNameOnlyTheKindsListed(t *testing.T) {
	people := []ListEntry{{Kind: app.KindIndividual, Name: "Trần Thị Lan", Achievement: "Hoàn thành xuất sắc nhiệm vụ."}}
	units := []ListEntry{{Kind: app.KindCollective, Name: "Công an xã Hòa Phong", Achievement: "Hoàn thành xuất sắc nhiệm vụ."}}
	for _, tt := range []struct {
		entries []ListEntry
		who     string
	}{{people, "cá nhân"}, {units, "tập thể"}, {append(units, people...), "tập thể, cá nhân"}} {
		d, err := DecisionDocument(DecisionInput{Award: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", Movement: "Dân vận khéo", Entries: tt.entries})
		if err != nil {
			t.Fatal(err)
		}
		if want := "Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho " + tt.who + " có thành tích"; !strings.HasPrefix(d.Title.Summary, want) {
			t.Errorf("trích yếu %q, want it to start %q", d.Title.Summary, want)
		}
		if want := viet.UpperFirst(tt.who) + " được tặng"; !strings.HasPrefix(d.Appendices[0].Title, want) {
			t.Errorf("Danh sách %q, want %q", d.Appendices[0].Title, want)
		}
		p, err := ProposalDocument(ProposalInput{Award: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", Movement: "Dân vận khéo", Entries: tt.entries})
		if err != nil {
			t.Fatal(err)
		}
		if want := "cho " + tt.who + " có thành tích"; !strings.Contains(p.Title.Summary, want) || !strings.HasPrefix(p.Appendices[0].Title, viet.UpperFirst(tt.who)+" được đề nghị") {
			t.Errorf("Tờ trình %q / %q, want %q", p.Title.Summary, p.Appendices[0].Title, tt.who)
		}
	}
}
