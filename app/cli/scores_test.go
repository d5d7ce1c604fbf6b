package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/document"
)

// scoreStore is a Store holding one plan with one round, two individual
// criteria, three individuals (one of them incomplete, two tied) and a
// council; methods the scoring commands do not use panic.
type scoreStore struct {
	Store
	council  []app.CouncilMember
	settings map[string]string
}

func (s *scoreStore) Plan(id int64) (*app.Plan, error) {
	if id != 1 {
		return nil, fmt.Errorf("kế hoạch mã %d: %w", id, app.ErrNotFound)
	}
	return &app.Plan{ID: 1, MovementName: "Dân vận khéo", Thresholds: app.DefaultThresholds,
		Criteria: []app.Criterion{{ID: 1, Kind: app.KindIndividual, ShortText: "Hoàn thành", Text: "Hoàn thành nhiệm vụ", MaxPoints: 50},
			{ID: 2, Kind: app.KindIndividual, ShortText: "Sáng kiến", Text: "Có sáng kiến", MaxPoints: 50}},
		Rounds: []app.Round{{ID: 7, Key: "2024", Kind: app.RoundAnnual, Name: "Năm 2024"}}}, nil
}

func (s *scoreStore) Participants(k app.Kind) ([]app.Participant, error) {
	if k != app.KindIndividual {
		return nil, nil
	}
	return []app.Participant{
		{ID: 11, Kind: k, Name: "Trần Văn Bình", Gender: app.GenderMale},
		{ID: 12, Kind: k, Name: "Lê Văn An", Gender: app.GenderMale},
		{ID: 13, Kind: k, Name: "Phạm Thị Cúc", Gender: app.GenderFemale},
		{ID: 14, Kind: k, Name: "Đỗ Văn Cũ", Archived: true},
	}, nil
}

func (s *scoreStore) RoundScores(roundID int64) ([]app.Score, error) {
	v := func(x float64) *float64 { return &x }
	return []app.Score{
		{RoundID: 7, ParticipantID: 11, CriterionID: 1, Council: v(45)}, {RoundID: 7, ParticipantID: 11, CriterionID: 2, Council: v(40)},
		{RoundID: 7, ParticipantID: 12, CriterionID: 1, Council: v(45)}, {RoundID: 7, ParticipantID: 12, CriterionID: 2, Council: v(40)},
		{RoundID: 7, ParticipantID: 13, CriterionID: 1, Council: v(50)},
	}, nil
}

func (s *scoreStore) CouncilMembers() ([]app.CouncilMember, error) { return s.council, nil }
func (s *scoreStore) Organisation() (app.Organisation, error) {
	return app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Place: "Hòa Phong"}, nil
}
func (s *scoreStore) Setting(key string) (string, error) { return s.settings[key], nil }
func (s *scoreStore) Close() error                       { return nil }

func testFonts(t *testing.T) document.Fonts {
	t.Helper()
	read := func(face string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "..", "assets", "fonts", "Tinos-"+face+".ttf"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return document.Fonts{Regular: read("Regular"), Bold: read("Bold"), Italic: read("Italic"), BoldItalic: read("BoldItalic")}
}

func runScores(t *testing.T, st *scoreStore, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb, Fonts: testFonts(t),
		Open: func(string) (Store, error) { return st, nil }}
	return Run(env, args), out.String(), errb.String()
}

func TestScoresRank(t *testing.T) {
	st := &scoreStore{settings: map[string]string{}}
	code, out, errs := runScores(t, st, "scores", "rank", "--plan", "1", "--round", "2024", "--kind", "individual")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[1], "1 ") || !strings.Contains(lines[1], "Lê Văn An") ||
		!strings.Contains(lines[1], "85/100") || !strings.Contains(lines[1], "Tốt") || !strings.Contains(lines[1], app.TieNameOrder) ||
		!strings.HasPrefix(lines[2], "2 ") || !strings.Contains(lines[2], "Trần Văn Bình") ||
		!strings.Contains(lines[3], "Phạm Thị Cúc") || !strings.Contains(lines[3], "chưa đủ điểm") || strings.Contains(out, "Đỗ Văn Cũ") ||
		!strings.Contains(lines[4], "2 được xếp hạng, 1 chưa đủ điểm") {
		t.Fatalf("output:\n%s", out)
	}

	// The clerk's order kept by the scoring screen is used.
	st.settings[app.ManualOrderKey(7, app.KindIndividual)] = `{"11": 0, "12": 1}`
	code, out, _ = runScores(t, st, "scores", "rank", "--plan", "1", "--round", "2024", "--kind", "individual", "--json")
	var got []rankLine
	if code != ExitOK || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("exit %d, output %s", code, out)
	}
	if len(got) != 3 || got[0].Name != "Trần Văn Bình" || got[0].TieRule != app.TieManualOrder || got[0].Rank != 1 ||
		got[2].Rank != 0 || got[2].Complete || len(got[2].Missing) != 1 || got[2].Missing[0] != 2 || got[0].Classification != "Tốt" {
		t.Fatalf("json: %+v", got)
	}
}

func TestScoresCommandErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"scores", "rank", "--plan", "1", "--round", "2024"}, ExitUsage, "cần --plan"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2024", "--kind", "people"}, ExitUsage, "--kind phải là"},
		{[]string{"scores", "rank", "--round", "2024", "--kind", "individual"}, ExitUsage, "cần --plan"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2024", "--kind", "individual", "thừa"}, ExitUsage, "cần 0 tham số"},
		{[]string{"scores", "rank", "--plan", "2", "--round", "2024", "--kind", "individual"}, ExitInvalid, "không tìm thấy"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2030", "--kind", "individual"}, ExitInvalid, "không có đợt \"2030\" (các đợt: 2024)"},
		{[]string{"pdf", "scores", "--plan", "1", "--round", "2024", "--kind", "individual"}, ExitUsage, "thiếu -o"},
		{[]string{"pdf", "scoresheet", "--plan", "1", "--round", "final", "--kind", "individual", "-o", "x.pdf"}, ExitInvalid, "không có đợt"},
	}
	for _, tt := range tests {
		code, _, errs := runScores(t, &scoreStore{}, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, want %d; stderr %q lacks %q", tt.args, code, tt.code, errs, tt.want)
		}
	}
}

func TestScoresPDFs(t *testing.T) {
	dir := t.TempDir()
	st := &scoreStore{council: []app.CouncilMember{
		{ID: 1, FullName: "Trần Quang Minh", Role: app.RoleChair, Active: true},
		{ID: 2, FullName: "Người Đã Nghỉ", Role: app.RoleMember, Active: false},
		{ID: 3, FullName: "Đỗ Thị Thu Trang", Role: app.RoleSecretary, Active: true},
	}}
	for _, tt := range []struct {
		cmd    string
		sheets int
	}{{"scores", 0}, {"scoresheet", 2}} {
		out := filepath.Join(dir, tt.cmd+".pdf")
		code, stdout, errs := runScores(t, st, "pdf", tt.cmd, "--plan", "1", "--round", "2024", "--kind", "individual", "-o", out)
		if code != ExitOK || !strings.Contains(stdout, out) {
			t.Fatalf("pdf %s: exit %d %s %s", tt.cmd, code, stdout, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Fatalf("pdf %s wrote no PDF: %v", tt.cmd, err)
		}
		if text, ok := pdfText(t, out); ok {
			if n := strings.Count(text, "PHIẾU CHẤM ĐIỂM"); n != tt.sheets {
				t.Errorf("pdf %s: %d score sheets, want %d (active members only)", tt.cmd, n, tt.sheets)
			}
			if tt.cmd == "scores" && (!strings.Contains(text, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM") || !strings.Contains(text, "Đỗ Thị Thu Trang")) {
				t.Errorf("pdf scores:\n%s", text)
			}
			if strings.Contains(text, "Người Đã Nghỉ") {
				t.Errorf("pdf %s: an inactive member printed", tt.cmd)
			}
		}
	}
	// With no council, one unnamed sheet.
	out := filepath.Join(dir, "blank.pdf")
	if code, _, errs := runScores(t, &scoreStore{}, "pdf", "scoresheet", "--plan", "1", "--round", "2024", "--kind", "individual", "-o", out); code != ExitOK {
		t.Fatalf("blank sheet: exit %d %s", code, errs)
	}
	if text, ok := pdfText(t, out); ok && (strings.Count(text, "PHIẾU CHẤM ĐIỂM") != 1 || !strings.Contains(text, "người chấm: ……")) {
		t.Errorf("blank sheet:\n%s", text)
	}
}

// pdfText returns the text of a PDF, ok false when pdftotext is missing.
func pdfText(t *testing.T, path string) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return "", false
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out), true
}
