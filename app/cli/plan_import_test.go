package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/internal/testenv"
)

// importStore is a Store that keeps the plans created in it.
type importStore struct {
	Store
	plans   []*app.Plan
	signers []app.Signer
}

func (s *importStore) Signers() ([]app.Signer, error) { return s.signers, nil }

func (s *importStore) CreatePlan(p *app.Plan) (int64, error) {
	p.ID = int64(len(s.plans) + 1)
	s.plans = append(s.plans, p)
	return p.ID, nil
}

func (s *importStore) Plan(id int64) (*app.Plan, error) {
	if id < 1 || int(id) > len(s.plans) {
		return nil, app.ErrNotFound
	}
	return s.plans[id-1], nil
}

func (s *importStore) Organisation() (app.Organisation, error) {
	return app.Organisation{Name: "Ủy ban nhân dân xã Tân Lập", ShortName: "UBND xã Tân Lập", Place: "Tân Lập",
		Abbreviation: "UBND", Level: app.LevelCommune}, nil
}
func (s *importStore) Setting(string) (string, error) { return "", nil }
func (s *importStore) Close() error                   { return nil }

// pointsPlan is a short plan whose criteria give their points.
const pointsPlan = `KẾ HOẠCH
Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025
I. NỘI DUNG THI ĐUA
- Thi đua phát triển sản xuất, nâng cao thu nhập.
II. TIÊU CHÍ THI ĐUA
- Đối với tập thể:
+ Hoàn thành các chỉ tiêu được giao (60 điểm).
+ Có mô hình, cách làm hay (40 điểm).
- Đối với cá nhân:
+ Gương mẫu chấp hành chủ trương, chính sách (100 điểm).
III. HÌNH THỨC KHEN THƯỞNG
a) Giấy khen của Chủ tịch UBND xã:
- Khen thưởng hằng năm: tặng Giấy khen cho 02 tập thể và 05 cá nhân.
IV. TỔ CHỨC THỰC HIỆN
- Văn phòng tổng hợp, báo cáo.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
`

func runImport(t *testing.T, st *importStore, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	fonts := testFonts(t)
	env := &Env{Stdout: &out, Stderr: &errb, Fonts: fonts,
		Open: func(string) (Store, error) { return st, nil },
		RenderPlan: func(p *app.Plan, org app.Organisation, page string, w io.Writer) error {
			r, err := document.NewRenderer(fonts, document.DefaultSettings())
			if err != nil {
				return err
			}
			d, err := document.PlanDocument(p, org)
			if err != nil {
				return err
			}
			return r.Render(w, d)
		}}
	return Run(env, args), out.String(), errb.String()
}

func TestPlanImport(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "ke-hoach.txt")
	if err := os.WriteFile(file, []byte(pointsPlan), 0o644); err != nil {
		t.Fatal(err)
	}
	st := &importStore{}

	code, out, errs := runImport(t, st, "plan", "import", file, "--dry-run")
	if code != ExitOK || len(st.plans) != 0 || !strings.Contains(out, "Chạy thử: chưa ghi gì") ||
		!strings.Contains(out, "== Tiêu chí thi đua ==") || !strings.Contains(out, "+ Có mô hình, cách làm hay (40 điểm).") {
		t.Fatalf("dry run: exit %d, %d plans\n%s%s", code, len(st.plans), out, errs)
	}

	code, out, errs = runImport(t, st, "plan", "import", file, "--json")
	var got struct {
		Plan     app.Plan `json:"plan"`
		PlanID   int64    `json:"plan_id"`
		Findings []struct {
			Rule string `json:"rule"`
		} `json:"findings"`
	}
	if code != ExitOK || json.Unmarshal([]byte(out), &got) != nil || got.PlanID != 1 || len(st.plans) != 1 ||
		len(got.Plan.Criteria) != 3 || got.Plan.Criteria[0].MaxPoints != 60 || len(got.Findings) == 0 {
		t.Fatalf("import --json: exit %d %+v\n%s%s", code, got, out, errs)
	}
	if p := st.plans[0]; p.Number != "" || p.IssuedOn != "" || p.MovementName != "Chung sức xây dựng nông thôn mới" {
		t.Fatalf("stored plan is not a draft of the movement: %+v", p)
	}

	// The printed Kế hoạch gives the points as the source did.
	pdf := filepath.Join(dir, "ke-hoach.pdf")
	if code, _, errs := runImport(t, st, "pdf", "plan", "1", "-o", pdf); code != ExitOK {
		t.Fatalf("pdf plan: exit %d %s", code, errs)
	}
	if text, ok := pdfText(t, pdf); ok && !strings.Contains(strings.Join(strings.Fields(text), " "), "Có mô hình, cách làm hay (40 điểm).") {
		t.Errorf("points not printed:\n%s", text)
	}
}

func TestPlanImportRefusesWhatIsNoPlan(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"trong.txt":    "",
		"thu-moi.txt":  "GIẤY MỜI\nTrân trọng kính mời ông, bà đến dự hội nghị tổng kết.\n",
		"hong.docx":    "PK\x03\x04 cut short",
		"ke-hoach.pdf": "%PDF-1.7",
	} {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		st := &importStore{}
		code, out, errs := runImport(t, st, "plan", "import", file)
		if code != ExitInvalid || len(st.plans) != 0 || !strings.Contains(errs, "không nhập được kế hoạch: ") {
			t.Errorf("%s: exit %d, %d plans\n%s%s", name, code, len(st.plans), out, errs)
		}
		if strings.Contains(errs, "zip") || strings.Contains(errs, "EOF") {
			t.Errorf("%s: the reason is not in Vietnamese: %s", name, errs)
		}
	}
}

// TestPDFPlanNamesSigner: a plan that names no signer prints the Chairman
// of Cài đặt under its signature, in the PDF and in the Word file.
func TestPDFPlanNamesSigner(t *testing.T) {
	testenv.NeedTools(t, "pdftotext")
	dir := t.TempDir()
	file := filepath.Join(dir, "ke-hoach.txt")
	if err := os.WriteFile(file, []byte(pointsPlan), 0o644); err != nil {
		t.Fatal(err)
	}
	st := &importStore{signers: []app.Signer{
		{ID: 1, FullName: "Lê Thị Cũ", Title: app.OfficeChair},
		{ID: 2, FullName: "Phạm Văn Phó", Title: app.OfficeViceChair, Active: true},
		{ID: 3, FullName: "Trần Quang Minh", Title: app.OfficeChair, Active: true},
	}}
	if code, _, errs := runImport(t, st, "plan", "import", file); code != ExitOK {
		t.Fatalf("import: exit %d %s", code, errs)
	}
	pdf := filepath.Join(dir, "ke-hoach.pdf")
	if code, _, errs := runImport(t, st, "pdf", "plan", "1", "-o", pdf); code != ExitOK {
		t.Fatalf("pdf plan: exit %d %s", code, errs)
	}
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	if !strings.HasSuffix(text, "CHỦ TỊCH Trần Quang Minh") {
		t.Errorf("the signature does not end with the Chairman's name:\n…%s", text[max(0, len(text)-200):])
	}
	if st.plans[0].SignerName != "" {
		t.Errorf("printing stored a signer in the plan: %q", st.plans[0].SignerName)
	}
}
