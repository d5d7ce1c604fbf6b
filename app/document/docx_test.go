package document

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/internal/testenv"
	"thidua/app/viet"
)

// needOffice finds LibreOffice, the real Word-file client the .docx tests
// open every file with; under CI its absence fails the test.
func needOffice(t testing.TB) string { return testenv.Tool(t, "soffice", "libreoffice") }

// wordPDFs writes each document as .docx, has LibreOffice open and
// convert them all to PDF in one run, and returns the PDFs' paths by
// name. With $THIDUA_PDF_DIR set, the .docx and the PDFs are kept there.
func wordPDFs(t *testing.T, docs map[string]*Document, s Settings) map[string]string {
	t.Helper()
	office := needOffice(t)
	needTools(t, "pdftotext")
	dir := t.TempDir()
	var files []string
	for name, d := range docs {
		var buf bytes.Buffer
		if err := WriteDocx(&buf, d, s); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	profile := "file://" + filepath.Join(dir, "profile")
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir}, files...)
	if out, err := exec.Command(office, args...).CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	out := map[string]string{}
	for name := range docs {
		pdf := filepath.Join(dir, name+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("LibreOffice did not convert %s.docx", name)
		}
		out[name] = pdf
		if keep := os.Getenv("THIDUA_PDF_DIR"); keep != "" {
			for _, ext := range []string{".docx", ".pdf"} {
				b, _ := os.ReadFile(filepath.Join(dir, name+ext))
				_ = os.WriteFile(filepath.Join(keep, name+ext), b, 0o644)
			}
		}
	}
	return out
}

// paperKinds are every paper the app prints, built from the fixtures the
// PDF tests use.
func paperKinds(t *testing.T) map[string]*Document {
	t.Helper()
	must := func(d *Document, err error) *Document {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	p := proposalFixture(t, 3)
	dec := DecisionInput{Letter: p.Letter, Award: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", Movement: p.Movement, RoundText: "năm 2025",
		CashIndividual: 500000, Entries: p.Entries}
	dec.Authority = []string{"CHỦ TỊCH"}
	draft := p
	draft.Number, draft.Date, draft.SignerName = 0, "", ""
	plan, parts, rows := scoresFixture(t, 12)
	org := sampleOrg(t)
	return map[string]*Document{
		"ke-hoach":      must(PlanDocument(seedPlan(t), org)),
		"to-trinh":      must(ProposalDocument(p)),
		"to-trinh-nhap": must(ProposalDocument(draft)),
		"quyet-dinh":    must(DecisionDocument(dec)),
		"bien-ban":      must(MinutesDocument(minutesFixture(t))),
		"bao-cao":       must(ReportDocument(reportIndividual(t))),
		"ket-qua":       ScoresDocument(plan, org, plan.Rounds[0], app.KindIndividual, rows, testCouncil),
		"phieu-cham":    ScoreSheetsDocument(plan, org, plan.Rounds[0], app.KindIndividual, parts[:3], testCouncil[:2]),
		"phieu-bau":     must(BallotsDocument(org, plan, plan.Rounds[0], "", ballotForms(), 1)),
	}
}

// words are the distinct words of a PDF's pages, sorted. Numbers (page
// numbers, row numbers) and dotted lines to fill by hand are left out, and
// each word counts once: a Word client breaks pages where it likes, so a
// table's header row is repeated a different number of times.
func words(pages []pdfPage) []string {
	seen := map[string]bool{}
	var out []string
	for _, pg := range pages {
		for _, w := range pg.Words() {
			if _, err := strconv.Atoi(w.Text); err == nil || strings.Trim(w.Text, ".…") == "" || seen[w.Text] {
				continue
			}
			seen[w.Text] = true
			out = append(out, w.Text)
		}
	}
	sort.Strings(out)
	return out
}

// TestWordFilesRoundTripThroughLibreOffice: every paper saved as .docx
// opens in LibreOffice and prints with the PDF's layout rules — margins,
// page numbers centred at the top from the second page of each part, the
// header's two columns with Số beside the date line, Times New Roman (or
// its metric twin), the NĐ 30 sizes — and with every word of the PDF.
func TestWordFilesRoundTripThroughLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	docs := paperKinds(t)
	pdfs := wordPDFs(t, docs, Settings{})
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			pages := readBBox(t, pdfs[name])
			// Where each part starts: page 1, each appendix, each new sheet.
			var starts []int
			for _, label := range partLabels(d) {
				if n := pageOfFrom(pages, label, starts); n > 1 {
					starts = append(starts, n)
				}
			}
			checkMargins(t, pages, Settings{}, starts...)
			if d.Landscape != (pages[0].Width > pages[0].Height) {
				t.Errorf("page 1 is %.0f×%.0f pt, landscape %v", pages[0].Width, pages[0].Height, d.Landscape)
			}
			for i, ap := range d.Appendices {
				if i < len(starts) {
					pg := pages[starts[i]-1]
					if ap.Landscape != (pg.Width > pg.Height) {
						t.Errorf("appendix %q on page %d is %.0f×%.0f pt", ap.Label, starts[i], pg.Width, pg.Height)
					}
				}
			}
			checkHeaderColumns(t, pages[0], d.Header)
			fonts := run(t, "pdffonts", pdfs[name])
			if !strings.Contains(fonts, "LiberationSerif") && !strings.Contains(fonts, "TimesNewRoman") {
				t.Errorf("printed with fonts other than Times New Roman or its metric twin:\n%s", fonts)
			}
			// The complete text: the same words as the PDF printed by the app,
			// page 1's words at the same sizes and in the same weight.
			appPDF := render(t, name+".pdf", d, Settings{})
			checkSameSizes(t, readHTML(t, appPDF), readHTML(t, pdfs[name]))
			want := words(readBBox(t, appPDF))
			got := words(pages)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("the Word file's words differ from the PDF's:\n%s", wordDiff(want, got))
			}
		})
	}
}

// checkSameSizes checks that the words of page 1 printed from the Word
// file have the sizes and the weight they have on the app's PDF (each word
// taken where it first appears on both).
func checkSameSizes(t *testing.T, app, word []htmlText) {
	t.Helper()
	type look struct {
		size float64
		bold bool
	}
	first := func(texts []htmlText) map[string]look {
		out := map[string]look{}
		for _, x := range texts {
			if x.Page != 1 {
				continue
			}
			for _, w := range strings.Fields(x.Text) {
				if _, ok := out[w]; !ok {
					out[w] = look{x.Size, x.Bold}
				}
			}
		}
		return out
	}
	a, w := first(app), first(word)
	bad, compared := 0, 0
	for text, l := range a {
		o, ok := w[text]
		if ok {
			compared++
		}
		if ok && (abs(o.size-l.size) > 0.6 || o.bold != l.bold) {
			if bad++; bad <= 5 {
				t.Errorf("%q is size %.1f bold %v from Word, %.1f bold %v on the app's PDF", text, o.size, o.bold, l.size, l.bold)
			}
		}
	}
	if compared < 10 {
		t.Errorf("only %d words of page 1 found on both", compared)
	}
}

// partLabels are words that open each part after page 1 of d: a new
// sheet opens with the Quốc hiệu, an appendix with its label.
func partLabels(d *Document) []string {
	var out []string
	for _, b := range d.Body {
		if _, ok := b.(newSheet); ok {
			out = append(out, "CỘNG")
		}
	}
	for _, ap := range d.Appendices {
		if l := strings.Fields(viet.Upper(ap.Label + " " + ap.Title)); len(l) > 0 {
			out = append(out, l[0])
		}
	}
	return out
}

// pageOfFrom is the first page after the last start that holds s.
func pageOfFrom(pages []pdfPage, s string, starts []int) int {
	from := 1 // the page after page 1, as an index
	if len(starts) > 0 {
		from = starts[len(starts)-1]
	}
	for i := from; i < len(pages); i++ {
		if len(findWords(pages[i], s)) > 0 {
			return i + 1
		}
	}
	return 0
}

// checkHeaderColumns checks the top block: the Quốc hiệu in the right
// column, the issuer in the left one, Số on the baseline of the date line.
func checkHeaderColumns(t *testing.T, pg pdfPage, h Header) {
	t.Helper()
	mid := mm(DefaultSettings().MarginLeft) + (pg.Width-mm(DefaultSettings().MarginLeft)-mm(DefaultSettings().MarginRight))*leftColumn
	if q := findWords(pg, "CỘNG"); len(q) == 0 || q[0].XMin < mid-1 {
		t.Errorf("the Quốc hiệu is not in the right column (%v)", q)
	}
	if len(h.Issuer) > 0 {
		first := strings.Fields(viet.Upper(h.Issuer[0]))[0]
		if w := findWords(pg, first); len(w) == 0 || w[0].XMax > mid+1 {
			t.Errorf("the issuer %q is not in the left column (%v)", first, w)
		}
	}
	if h.NumberLine() != "" && h.DateLine() != "" {
		number, date := findWords(pg, "Số:"), findWords(pg, "ngày")
		if len(number) == 0 || len(date) == 0 || abs(number[0].YMax-date[0].YMax) > 1 {
			t.Errorf("Số %v and the date line %v are not on one baseline", number, date)
		}
	}
}

// wordDiff lists the words one side has more of than the other.
func wordDiff(want, got []string) string {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, w := range got {
		count[w]--
	}
	var b strings.Builder
	for w, n := range count {
		if n > 0 {
			fmt.Fprintf(&b, "missing %q ×%d\n", w, n)
		} else if n < 0 {
			fmt.Fprintf(&b, "extra %q ×%d\n", w, -n)
		}
	}
	return b.String()
}

// TestWordMarksTheBlanksToFill: a draft's number, date and signer are
// blanks in the "Chỗ cần điền" style; an issued paper has none.
func TestWordMarksTheBlanksToFill(t *testing.T) {
	issued := proposalFixture(t, 1)
	draft := issued
	draft.Number, draft.Date, draft.SignerName = 0, "", ""
	for _, c := range []struct {
		in   ProposalInput
		want int
	}{{issued, 0}, {draft, 4}} { // number, day, month, signer
		d, err := ProposalDocument(c.in)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteDocx(&buf, d, Settings{}); err != nil {
			t.Fatal(err)
		}
		body := docxPart(t, buf.Bytes(), "word/document.xml")
		// The reference line of the Danh sách repeats the blank date.
		if got := strings.Count(body, `<w:rStyle w:val="ChoDien">`); got < c.want || c.want == 0 && got != 0 {
			t.Errorf("number %d: %d blanks marked, want at least %d", c.in.Number, got, c.want)
		}
	}
}

// docxPart returns a part of a .docx package as text.
func docxPart(t *testing.T, b []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			data, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		}
	}
	t.Fatalf("no %s in the .docx", name)
	return ""
}

// BenchmarkDecisionDocx50 writes a Quyết định with a 50-row Danh sách as
// .docx (target: under 100 ms).
func BenchmarkDecisionDocx50(b *testing.B) {
	p := proposalFixture(b, 50)
	in := DecisionInput{Letter: p.Letter, Award: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", Movement: p.Movement,
		RoundText: "năm 2025", Entries: p.Entries}
	for b.Loop() {
		d, err := DecisionDocument(in)
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteDocx(io.Discard, d, Settings{}); err != nil {
			b.Fatal(err)
		}
	}
}
