package planimport

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
	"thidua/app/internal/testenv"
	"thidua/app/plancheck"
)

// seedPlan is the plan the app is seeded with, entered by hand from
// testdata/seed-plan.txt (the commune's Kế hoạch as copied from its PDF).
func seedPlan(t testing.TB) (*app.Plan, app.Organisation) {
	t.Helper()
	p, err := app.ParsePlanJSON(readFile(t, "../../assets/seed/plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := app.ParseSampleJSON(readFile(t, "../../assets/seed/sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	p.Normalize()
	return p, s.Organisation
}

// cleanPlan is a correct plan of another commune (xã Tân Lập, "Chung sức
// xây dựng nông thôn mới"), with points for its criteria.
func cleanPlan(t testing.TB) *app.Plan {
	t.Helper()
	p, err := app.ParsePlanJSON(readFile(t, "../plancheck/testdata/clean-plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	p.Normalize()
	return p
}

var cleanOrg = app.Organisation{
	Name: "Ủy ban nhân dân xã Tân Lập", ShortName: "UBND xã Tân Lập", Parent: "Ủy ban nhân dân tỉnh Phú Thọ",
	Place: "Tân Lập", Abbreviation: "UBND", Level: app.LevelCommune,
	CouncilName: "Hội đồng Thi đua - Khen thưởng xã", CouncilAbbr: "HĐTĐKT",
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustImport(t testing.TB, name string, data []byte) *Result {
	t.Helper()
	r, err := Import(name, data)
	if err != nil {
		t.Fatalf("Import(%s): %v", name, err)
	}
	return r
}

// samePlan reports every difference between the imported plan and the
// plan it should equal, part by part: the printed paragraphs (title to
// signature), the criteria, the award forms with their quotas, the
// recipients and the signature block. Points are compared when the
// source gives them.
func samePlan(t *testing.T, got, want *app.Plan) {
	t.Helper()
	gp, wp := got.Paragraphs(), want.Paragraphs()
	for i := 0; i < max(len(gp), len(wp)); i++ {
		g, w := at(gp, i), at(wp, i)
		if g != w {
			t.Errorf("paragraph %d:\n got  %q\n want %q", i, g, w)
			break
		}
	}
	if got.Headings != want.Headings {
		t.Errorf("headings:\n got  %+v\n want %+v", got.Headings, want.Headings)
	}
	if len(got.Criteria) != len(want.Criteria) {
		t.Errorf("%d criteria, want %d", len(got.Criteria), len(want.Criteria))
	}
	for k, n := range map[app.Kind]int{app.KindCollective: len(want.CriteriaOf(app.KindCollective)), app.KindIndividual: len(want.CriteriaOf(app.KindIndividual))} {
		if g := len(got.CriteriaOf(k)); g != n {
			t.Errorf("%d criteria of kind %s, want %d", g, k, n)
		}
	}
	for i := range min(len(got.Criteria), len(want.Criteria)) {
		g, w := got.Criteria[i], want.Criteria[i]
		if g.Kind != w.Kind || g.Text != w.Text || want.PrintPoints && g.MaxPoints != w.MaxPoints {
			t.Errorf("criterion %d:\n got  %s %q %v\n want %s %q %v", i, g.Kind, g.Text, g.MaxPoints, w.Kind, w.Text, w.MaxPoints)
		}
	}
	if len(got.AwardForms) != len(want.AwardForms) {
		t.Fatalf("%d award forms, want %d", len(got.AwardForms), len(want.AwardForms))
	}
	for i, g := range got.AwardForms {
		w := want.AwardForms[i]
		g.ID, w.ID = 0, 0
		if !reflect.DeepEqual(g, w) {
			t.Errorf("award form %d:\n got  %+v\n want %+v", i, g, w)
		}
	}
	for name, pair := range map[string][2][]string{
		"recipients": {got.Recipients, want.Recipients}, "signature": {got.SigningAuthority, want.SigningAuthority},
		"legal basis": {got.LegalBasis, want.LegalBasis}, "opening": {got.Opening, want.Opening},
	} {
		if !slices.Equal(pair[0], pair[1]) {
			t.Errorf("%s:\n got  %q\n want %q", name, pair[0], pair[1])
		}
	}
	if got.SignerName != want.SignerName || got.PeriodStart != want.PeriodStart || got.PeriodEnd != want.PeriodEnd ||
		got.Subtitle != want.Subtitle || got.PrintPoints != want.PrintPoints {
		t.Errorf("signer %q period %q–%q points %v, want %q %q–%q %v", got.SignerName, got.PeriodStart, got.PeriodEnd, got.PrintPoints,
			want.SignerName, want.PeriodStart, want.PeriodEnd, want.PrintPoints)
	}
	if got.Number != "" || got.IssuedOn != "" {
		t.Errorf("an imported plan is a draft: number %q, date %q", got.Number, got.IssuedOn)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("imported plan does not validate: %v", err)
	}
}

func at(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return "(none)"
}

// findings lists what the plan check finds: the rule and where. The
// wording may differ where the plan's rounds do (the seed's rounds carry
// the dates of their council meetings, which no plan's text gives).
func findings(p *app.Plan, org app.Organisation) []string {
	var out []string
	for _, f := range plancheck.Check(p, org) {
		out = append(out, f.Rule+" @ "+f.Where)
	}
	return out
}

// The seed plan's text, as copied from its PDF (every line hard broken,
// blank lines between them), imports into the seed plan; the plan check
// then finds the seed's own defects and nothing else.
func TestSeedTextImportsIntoTheSeedPlan(t *testing.T) {
	want, org := seedPlan(t)
	r := mustImport(t, "seed-plan.txt", readTestdata(t, "seed-plan.txt"))
	samePlan(t, r.Plan, want)
	if len(r.Unplaced) != 0 {
		t.Errorf("unplaced: %+v", r.Unplaced)
	}
	if g, w := findings(r.Plan, org), findings(want, org); !slices.Equal(g, w) {
		t.Errorf("plan check of the import:\n%s\nwant the seed's:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}

// The same text in every way files are typed: decomposed letters, Windows
// line ends, tabs after the numbers, a byte-order mark.
func TestSeedTextTolerance(t *testing.T) {
	want, _ := seedPlan(t)
	src := string(readTestdata(t, "seed-plan.txt"))
	for name, text := range map[string]string{
		"NFD":           norm.NFD.String(src),
		"CRLF":          strings.ReplaceAll(src, "\n", "\r\n"),
		"tabs":          strings.NewReplacer(" I. ", "I.\t", " - ", "-\t", " + ", "+\t", " 1. ", "1.\t").Replace(src),
		"BOM":           "\ufeff" + src,
		"no blank line": strings.ReplaceAll(src, "\n\n", "\n"),
	} {
		t.Run(name, func(t *testing.T) {
			samePlan(t, mustImport(t, "seed-plan.txt", []byte(text)).Plan, want)
		})
	}
}

// libreOfficeDocx converts a text file to .docx with LibreOffice.
func libreOfficeDocx(t *testing.T, src string) []byte {
	t.Helper()
	soffice := testenv.Tool(t, "soffice")
	dir := t.TempDir()
	in := filepath.Join(dir, "ke-hoach.txt")
	if err := os.WriteFile(in, readTestdata(t, src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--infilter=Text (encoded):UTF8,LF,Times New Roman,vi", "--convert-to", "docx:MS Word 2007 XML",
		"--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return readFile(t, filepath.Join(dir, "ke-hoach.docx"))
}

// A .docx made from the seed's text by LibreOffice (one Word paragraph per
// line of the PDF copy) imports into the seed plan as well.
func TestSeedDocxFromLibreOffice(t *testing.T) {
	want, org := seedPlan(t)
	r := mustImport(t, "ke-hoach.docx", libreOfficeDocx(t, "seed-plan.txt"))
	samePlan(t, r.Plan, want)
	if g, w := findings(r.Plan, org), findings(want, org); !slices.Equal(g, w) {
		t.Errorf("plan check of the import:\n%s\nwant the seed's:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}

// A correct plan of another commune, typed in Word with automatic
// numbering, its criteria in a table with points, the header and the
// signature in tables, imports with every part in its place; its plan
// check finds only what a draft lacks (number and date).
func TestOtherPlanDocxWithNumberingAndTable(t *testing.T) {
	want := cleanPlan(t)
	want.Number, want.IssuedOn, want.PrintPoints = "", "", true
	want.MovementName = "Chung sức xây dựng nông thôn mới"
	b := planDocx(t, want, "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "52/KH-UBND", "Tân Lập, ngày 12 tháng 8 năm 2025")
	r := mustImport(t, "ke-hoach-tan-lap.docx", b)
	samePlan(t, r.Plan, want)
	if r.Plan.MovementName != want.MovementName {
		t.Errorf("movement %q, want %q", r.Plan.MovementName, want.MovementName)
	}
	src := Source{Parent: "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", Issuer: "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", Number: "52", Symbol: "KH-UBND",
		Date: "2025-08-12", Place: "Tân Lập", Signer: "Nguyễn Văn Hùng", Tables: 3}
	if r.Source != src {
		t.Errorf("source:\n got  %+v\n want %+v", r.Source, src)
	}
	if len(r.Unplaced) != 0 || len(r.Notes) != 0 {
		t.Errorf("unplaced %+v, notes %q", r.Unplaced, r.Notes)
	}
	var rules []string
	for _, f := range plancheck.Check(r.Plan, cleanOrg) {
		rules = append(rules, f.Rule)
	}
	if want := []string{plancheck.RuleMissingNumber, plancheck.RuleMissingDate}; !slices.Equal(rules, want) {
		t.Errorf("plan check: %v, want only %v", findings(r.Plan, cleanOrg), want)
	}
	// The points the source gave print as it printed them.
	if paras := strings.Join(r.Plan.Paragraphs(), "\n"); !strings.Contains(paras, "+ Hoàn thành các chỉ tiêu xây dựng nông thôn mới được giao trong năm (25 điểm).") {
		t.Errorf("points not printed:\n%s", paras)
	}
}

// Details of recognition, one small document each.
func TestRecognition(t *testing.T) {
	head := []any{wp{text: "KẾ HOẠCH", bold: true}, wp{text: "Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025", bold: true}}
	body := func(extra ...any) []byte {
		parts := append(append([]any{}, head...),
			wp{text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true}, wp{text: "- Tạo khí thế thi đua."},
			wp{text: "II. TIÊU CHÍ THI ĐUA", bold: true})
		parts = append(parts, extra...)
		return docx(t, append(parts, wp{text: "III. TỔ CHỨC THỰC HIỆN", bold: true}, wp{text: "- Văn phòng tổng hợp."},
			wp{text: "Nơi nhận:\n- Các thôn;\n- Lưu: VT."}, wp{text: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"})...)
	}
	tests := []struct {
		name  string
		file  []byte
		check func(t *testing.T, r *Result)
	}{
		{"points written after the criteria", body(wp{text: "- Đối với tập thể:"},
			wp{text: "+ Hoàn thành chỉ tiêu (30 điểm)."}, wp{text: "+ Giữ gìn vệ sinh: 20 điểm"}, wp{text: "+ Có mô hình hay - tối đa 12,5 điểm;"},
			wp{text: "Tổng cộng: 62,5 điểm"}, wp{text: "- Đối với cá nhân:"}, wp{text: "+ Gương mẫu chấp hành."}),
			func(t *testing.T, r *Result) {
				want := []app.Criterion{
					{Kind: app.KindCollective, Text: "Hoàn thành chỉ tiêu.", MaxPoints: 30},
					{Kind: app.KindCollective, Text: "Giữ gìn vệ sinh", MaxPoints: 20},
					{Kind: app.KindCollective, Text: "Có mô hình hay;", MaxPoints: 12.5},
					{Kind: app.KindIndividual, Text: "Gương mẫu chấp hành.", MaxPoints: 100},
				}
				if !reflect.DeepEqual(r.Plan.Criteria, want) || !r.Plan.PrintPoints {
					t.Errorf("criteria %+v, print points %v", r.Plan.Criteria, r.Plan.PrintPoints)
				}
			}},
		{"criteria typed in a TCVN3 font", body(
			wp{text: "- Đối với tập thể:"},
			wp{text: "+ Ho\u00b5n th\u00b5nh t\u00e8t c\u00b8c ch\u00d8 ti\u00aau \u00ae\u00ad\u00eec giao.", font: ".VnTime"},
			wp{text: "+ C\u00e3 m\u00ab h\u00d7nh, c\u00b8ch l\u00b5m hay \u00ae\u00ad\u00eec nh\u00a9n r\u00e9ng."}),
			func(t *testing.T, r *Result) {
				got := []string{r.Plan.Criteria[0].Text, r.Plan.Criteria[1].Text}
				want := []string{"Hoàn thành tốt các chỉ tiêu được giao.", "Có mô hình, cách làm hay được nhân rộng."}
				if !slices.Equal(got, want) {
					t.Errorf("criteria %q, want %q", got, want)
				}
			}},
		{"soft line breaks keep recipients and signature apart", body(wp{text: "+ Hoàn thành chỉ tiêu."}),
			func(t *testing.T, r *Result) {
				if !slices.Equal(r.Plan.Recipients, []string{"Các thôn;", "Lưu: VT."}) ||
					!slices.Equal(r.Plan.SigningAuthority, []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}) {
					t.Errorf("recipients %q, signature %q", r.Plan.Recipients, r.Plan.SigningAuthority)
				}
			}},
		{"a soft line break in mid-sentence", body(wp{text: "+ Hoàn thành các chỉ tiêu\nđược giao trong năm\t(30 điểm)."}),
			func(t *testing.T, r *Result) {
				if c := r.Plan.Criteria; len(c) != 1 || c[0].Text != "Hoàn thành các chỉ tiêu được giao trong năm." || c[0].MaxPoints != 30 {
					t.Errorf("criteria %+v", c)
				}
			}},
		{"a paragraph the plan has no place for is kept", body(wp{text: "+ Hoàn thành chỉ tiêu."},
			wp{text: "Kinh phí thực hiện từ nguồn ngân sách xã."}),
			func(t *testing.T, r *Result) {
				want := []Unplaced{{Text: "Kinh phí thực hiện từ nguồn ngân sách xã.", KeptIn: "Mục đích, yêu cầu", Section: "Tiêu chí thi đua"}}
				if !reflect.DeepEqual(r.Unplaced, want) || !strings.Contains(fmt.Sprint(r.Plan.Purposes), "Kinh phí") {
					t.Errorf("unplaced %+v, purposes %+v", r.Unplaced, r.Plan.Purposes)
				}
			}},
		{"an award form given only at the final round", docx(t, append(append([]any{}, head...),
			wp{text: "I. NỘI DUNG THI ĐUA"}, wp{text: "- Thi đua sản xuất."},
			wp{text: "II. HÌNH THỨC KHEN THƯỞNG"},
			wp{text: "a) Bằng khen của Chủ tịch UBND tỉnh:"},
			wp{text: "- Khen thưởng tổng kết: tặng Bằng khen cho không quá 01 tập thể và 02 cá nhân."},
			wp{text: "b) Giấy khen của Chủ tịch UBND phường:"},
			wp{text: "- Khen thưởng hằng năm: tặng Giấy khen cho 03 tập thể, cá nhân."},
			wp{text: "- Khen thưởng tổng kết: tặng Giấy khen cho hai tập thể và năm cá nhân."},
			wp{text: "c) Giấy khen của Chủ tịch UBND xã:"},
			wp{text: "- Khen thưởng hằng năm tập thể, cá nhân tiêu biểu: 02 tập thể và 04 cá nhân."})...),
			func(t *testing.T, r *Result) {
				a, b := r.Plan.AwardForms[0], r.Plan.AwardForms[1]
				if a.ShortName != "Bằng khen tỉnh" || a.IssuerLevel != app.LevelProvince || len(a.Quotas) != 1 ||
					a.Quotas[0].RoundKind != app.RoundFinal || a.Quotas[0].Collectives != 1 || a.Quotas[0].Individuals != 2 || !a.Quotas[0].AtMost {
					t.Errorf("form a: %+v", a)
				}
				if b.Issuer != "Chủ tịch Ủy ban nhân dân phường" || b.IssuerLevel != app.LevelCommune || b.Quotas[0].Total != 3 ||
					len(b.Quotas) != 2 || b.Quotas[1].Collectives != 2 || b.Quotas[1].Individuals != 5 {
					t.Errorf("form b: %+v", b)
				}
				if c := r.Plan.AwardForms[2]; len(c.Quotas) != 1 || c.Quotas[0].Collectives != 2 || c.Quotas[0].Individuals != 4 || c.Quotas[0].Total != 0 {
					t.Errorf("form c: %+v", c)
				}
			}},
		{"the issuer in a text box, drawn twice as Word does", docx(t,
			`<w:p><w:r><w:t>ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">`+
				`<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>ỦY BAN NHÂN DÂN XÃ TÂN LẬP</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>`+
				`<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>ỦY BAN NHÂN DÂN XÃ TÂN LẬP</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>`+
				`</mc:AlternateContent></w:r></w:p>`,
			wp{text: "Số: 52/KH-UBND"}, wp{text: "KẾ HOẠCH"}, wp{text: "Phát động phong trào thi đua “Dân vận khéo” năm 2025"},
			wp{text: "I. NỘI DUNG THI ĐUA"}, wp{text: "- Thi đua sản xuất."}, wp{text: "II. TỔ CHỨC THỰC HIỆN"}, wp{text: "- Văn phòng tổng hợp."}),
			func(t *testing.T, r *Result) {
				if r.Source.Parent != "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" || r.Source.Issuer != "ỦY BAN NHÂN DÂN XÃ TÂN LẬP" || r.Source.Number != "52" {
					t.Errorf("source %+v", r.Source)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, mustImport(t, "plan.docx", tc.file)) })
	}
}

// Files that hold no plan are refused with the reason, in Vietnamese.
func TestRefused(t *testing.T) {
	letter := docx(t, wp{text: "GIẤY MỜI"}, wp{text: "Ủy ban nhân dân xã trân trọng kính mời ông, bà đến dự hội nghị."})
	scan := docx(t, `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></w:r></w:p>`)
	full := docx(t, wp{text: "KẾ HOẠCH"})
	tests := []struct {
		name, file string
		data       []byte
		want       error
	}{
		{"empty text file", "ke-hoach.txt", nil, ErrEmpty},
		{"blank text file", "ke-hoach.txt", []byte(" \r\n\t\n"), ErrEmpty},
		{"a letter, not a plan", "giay-moi.docx", letter, ErrNotPlan},
		{"a scanned page", "ban-quet.docx", scan, ErrImageOnly},
		{"a Word file cut short", "ke-hoach.docx", full[:len(full)/2], ErrDamaged},
		{"a picture renamed", "ke-hoach.docx", []byte("\x89PNG\r\n\x1a\nrest of a picture"), ErrDamaged},
		{"a picture as text", "ke-hoach.txt", []byte("\x89PNG\r\n\x1a\nrest of a picture"), ErrFormat},
		{"a spreadsheet", "ds.xlsx", []byte("PK\x03\x04"), ErrFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Import(tc.file, tc.data)
			if !errors.Is(err, tc.want) || r != nil {
				t.Fatalf("Import = %v, %v; want %v", r, err, tc.want)
			}
		})
	}
}

// BenchmarkImport reads plans of four pages: the seed's PDF text and a
// Word document of the other commune's plan.
func BenchmarkImport(b *testing.B) {
	txt := readTestdata(b, "seed-plan.txt")
	doc := planDocx(b, cleanPlan(b), "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "52/KH-UBND", "Tân Lập, ngày 12 tháng 8 năm 2025")
	for name, f := range map[string][]byte{"seed-plan.txt": txt, "ke-hoach.docx": doc} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Import(name, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
