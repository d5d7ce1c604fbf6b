package main

import (
	"archive/zip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/desktop"
	"thidua/data"
)

// buildBinary builds the thidua binary into dir.
func buildBinary(tb testing.TB, dir string) string {
	tb.Helper()
	bin := filepath.Join(dir, "thidua")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkPlanListWall times the whole process `thidua plan list` on a
// database with the sample, 100 more collectives and 10,000 individuals.
func BenchmarkPlanListWall(b *testing.B) {
	dir := b.TempDir()
	bin := buildBinary(b, dir)
	db := filepath.Join(dir, "big.db")
	if out, err := exec.Command(bin, "init", "--sample", "--db", db).CombinedOutput(); err != nil {
		b.Fatalf("init: %v\n%s", err, out)
	}
	s, err := data.Open(db, data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var ps []app.Participant
	for i := range 10100 {
		kind := app.KindIndividual
		if i < 100 {
			kind = app.KindCollective
		}
		ps = append(ps, app.Participant{Kind: kind, Name: fmt.Sprintf("Nguyễn Văn Số %d", i)})
	}
	if _, err := s.AddParticipants(ps); err != nil {
		b.Fatal(err)
	}
	s.Close()
	b.ResetTimer()
	for b.Loop() {
		out, err := exec.Command(bin, "plan", "list", "--db", db).Output()
		if err != nil || !strings.Contains(string(out), "Đẩy mạnh công tác dân vận") {
			b.Fatalf("plan list: %v\n%s", err, out)
		}
	}
}

// nominate is `thidua nominate` for the commune's Giấy khen of round 2024
// of the sample plan.
func nominate(entity string, more ...string) []string {
	return append([]string{"nominate", "--plan", "1", "--round", "2024", "--award", "3", "--entity", entity}, more...)
}

// TestCommandLineExitCodes runs the real binary: usage errors exit 1,
// invalid input exits 2 and changes nothing, success exits 0.
func TestCommandLineExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	db := filepath.Join(dir, "t.db")
	people := filepath.Join(dir, "ds.csv")
	os.WriteFile(people, []byte("STT,Họ và tên,Ngày sinh,Đơn vị\n1,Phạm Văn Mới,05/01/1985,Công an xã\n2,Lê Văn Lỗi,31/02/1985,\n"), 0o644)
	exported := filepath.Join(dir, "xuat.xlsx")
	awards := filepath.Join(dir, "khen-thuong-2024.xlsx")
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(broken, []byte(`{"format": "thidua-record", "version": 1, "plans": [{"id": 1, "movement_name": ""}]}`), 0o644)
	// A paper written where the disk is full: its temporary file is
	// /dev/full, which takes an empty file but not a byte.
	full := filepath.Join(dir, "day.pdf")
	if err := os.Symlink("/dev/full", full+".tmp"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"version"}, 0, "thidua " + version},
		{[]string{"frobnicate"}, 1, "Lệnh không hợp lệ"},
		{[]string{"plan", "show"}, 1, "cần 1 tham số"},
		{[]string{"export-data"}, 1, "thiếu -o"},
		{[]string{"init", "--sample"}, 0, "Đã nạp dữ liệu mẫu"},
		{[]string{"plan", "show", "99"}, 2, "không tìm thấy"},
		{[]string{"plan", "show", "1"}, 0, "minh mạch"},
		{[]string{"import-data", broken, "--replace"}, 2, "chưa nhập tên phong trào"},
		{[]string{"plan", "list"}, 0, "Đẩy mạnh công tác dân vận chính quyền"},
		{[]string{"audit", "verify"}, 0, "nguyên vẹn"},
		{[]string{"plan", "check", "1"}, 4, "minh mạch"},
		{[]string{"pdf", "plan", "1", "-o", filepath.Join(dir, "plan.pdf")}, 0, "plan.pdf"},
		{[]string{"pdf", "plan", "1"}, 1, "thiếu -o"},
		{[]string{"entities", "list", "--search", "nguyen hoa"}, 0, "Nguyễn Văn Hòa"},
		{[]string{"entities", "import", people}, 2, "dòng 3, cột Ngày sinh"},
		{[]string{"entities", "import", people, "--skip-invalid", "--dry-run"}, 0, "Chạy thử: sẽ nhập 1 đối tượng"},
		{[]string{"entities", "list", "--search", "pham van moi"}, 0, "0 đối tượng"},
		{[]string{"entities", "import", people, "--skip-invalid"}, 0, "Đã nhập 1 đối tượng; bỏ qua 1 dòng lỗi"},
		{[]string{"entities", "list", "--search", "pham van moi"}, 0, "Công an xã"},
		{[]string{"entities", "export", "-o", exported}, 0, "Đã xuất 13 tập thể, 43 cá nhân"},
		{[]string{"entities", "import", exported}, 0, "Không có đối tượng mới"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2024", "--kind", "collective"}, 0, "Xuất sắc"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2030", "--kind", "collective"}, 2, "không có đợt"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2024", "--kind", "x"}, 1, "--kind phải là"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2024", "--kind", "individual", "--json"}, 0, `"tie_rule"`},
		{[]string{"pdf", "scores", "--plan", "1", "--round", "2024", "--kind", "individual", "-o", filepath.Join(dir, "s.pdf")}, 0, "s.pdf"},
		{[]string{"pdf", "scoresheet", "--plan", "1", "--round", "final", "--kind", "collective", "-o", filepath.Join(dir, "p.pdf")}, 0, "p.pdf"},
		{[]string{"scores", "rank", "--plan", "1", "--round", "2025", "--kind", "individual"}, 0, "chưa đủ điểm"},
		{[]string{"scores", "rank", "--plan", "99", "--round", "2024", "--kind", "individual"}, 2, "không tìm thấy"},
		{[]string{"pdf", "scores", "--plan", "1", "--round", "2024", "--kind", "collective"}, 1, "thiếu -o"},
		{[]string{"entities", "list", "--kind", "people"}, 1, "--kind phải là"},
		{[]string{"entities", "list", "--kind", "collective", "--json"}, 0, `"kind": "collective"`},
		{nominate("Bùi Thị Hương"), 0, "Đã đề nghị Giấy khen của Chủ tịch UBND xã: Bùi Thị Hương"},
		{nominate("tran thi lan"), 0, "Trần Thị Lan"},
		{nominate("Đặng Thị Huyền"), 5, "vượt số lượng"},
		{nominate("Đặng Thị Huyền", "--reason", "Hội đồng thống nhất đề nghị thêm"), 0, "vượt quy định"},
		{nominate("Bùi Thị Hương", "--reason", "lần nữa"), 5, "đã được đề nghị"},
		{nominate("Không Có Ai"), 2, "không có đối tượng"},
		{[]string{"nominate", "--plan", "1", "--round", "2024", "--award", "giấy khen", "--entity", "x"}, 2, "dùng mã"},
		{[]string{"nominate", "--plan", "1", "--round", "2024"}, 1, "cần --award"},
		{[]string{"nominations", "list", "--plan", "1", "--round", "2024"}, 0, "còn 1 tập thể, 0 (vượt 1) cá nhân"},
		{[]string{"nominations", "list", "--plan", "1", "--round", "2024", "--json"}, 0, `"forced_reason": "Hội đồng thống nhất đề nghị thêm"`},
		{[]string{"pdf", "ballots", "--plan", "1", "--round", "2024", "-o", filepath.Join(dir, "b.pdf")}, 0, "phát 8 phiếu, không phát cho Bùi Thị Hương."},
		{[]string{"pdf", "ballots", "--plan", "1", "--round", "2025", "-o", filepath.Join(dir, "b.pdf")}, 2, "chưa có đề nghị"},
		{[]string{"meeting", "add", "--plan", "1", "--round", "2024", "--date", "31/02/2024"}, 2, "--date"},
		{[]string{"meeting", "add", "--plan", "1", "--round", "2024", "--date", "10/12/2024", "--time", "25:99"}, 2, "giờ họp \"25:99\""},
		{[]string{"meeting", "add", "--plan", "1", "--round", "2024", "--date", "10/12/1900"}, 2, "trước năm 2000"},
		{[]string{"meeting", "add", "--plan", "1", "--round", "2024", "--date", "10/12/2024", "--absent", "999"}, 2, "không có thành viên hội đồng mã 999"},
		{[]string{"meeting", "add", "--plan", "1", "--round", "2024", "--date", "10/12/2024", "--time", "14:00", "--place", "Hội trường UBND xã"}, 0, "Đã ghi cuộc họp mã 1: 10/12/2024 14:00 — Hội trường UBND xã"},
		{[]string{"vote", "--meeting", "1", "--nomination", "2", "--for", "30"}, 2, "nhiều hơn"},
		{[]string{"vote", "--meeting", "1", "--nomination", "3", "--for", "5"}, 0, "KHÔNG ĐẠT"},
		{[]string{"vote", "--meeting", "1", "--nomination", "2", "--for", "9"}, 0, "ĐẠT — đạt 100 %"},
		{[]string{"decide", "--nomination", "1", "--number", "1/QĐ-UBND", "--date", "20/12/2024", "--issuer", "Chủ tịch UBND xã"}, 2, "“dự kiến”"},
		{[]string{"decide", "--nomination", "2", "--number", "15/QĐ-UBND", "--date", "01/01/2099", "--issuer", "Chủ tịch UBND xã"}, 2, "chưa tới"},
		{[]string{"decide", "--nomination", "2", "--number", "15/QĐ-UBND", "--date", "09/12/2024", "--issuer", "Chủ tịch UBND xã"}, 2, "trước ngày họp Hội đồng 10/12/2024"},
		{[]string{"decide", "--nomination", "2", "--number", "15/QĐ-UBND", "--date", "20/12/2024", "--issuer", "Chủ tịch UBND xã"}, 0, "đã khen thưởng"},
		{[]string{"decide", "--nomination", "2", "--number", "15/QĐ-UBND", "--date", "20/12/2024", "--issuer", "Chủ tịch UBND xã"}, 2, "Đính chính"},
		{[]string{"decide", "--nomination", "2", "--number", "16/QĐ-UBND", "--date", "20/12/2024", "--issuer", "Chủ tịch UBND xã", "--correct", "ghi nhầm số"}, 0, "đã khen thưởng"},
		{[]string{"nominations", "list", "--plan", "1", "--round", "2024", "--json"}, 0, `"status": "da_khen_thuong"`},
		{[]string{"awards", "export", "--year", "2024"}, 1, "thiếu -o"},
		{[]string{"awards", "export", "--plan", "99", "-o", awards}, 2, "không tìm thấy"},
		{[]string{"awards", "export", "--year", "2024", "--plan", "1", "-o", awards}, 0, "Đã xuất 1 khen thưởng"},
		{[]string{"awards", "export", "--year", "2023", "-o", filepath.Join(dir, "2023.xlsx")}, 0, "Đã xuất 0 khen thưởng"},
		{[]string{"pdf", "minutes", "--meeting", "1", "-o", filepath.Join(dir, "bb.pdf")}, 0, "bản nháp, chưa có số"},
		{[]string{"pdf", "minutes", "--meeting", "1", "--issue", "-o", filepath.Join(dir, "khong-co", "bb.pdf")}, 3, "chưa cấp số"},
		{[]string{"pdf", "minutes", "--meeting", "1", "--issue", "-o", full}, 3, "chưa cấp số"},
		{[]string{"pdf", "minutes", "--meeting", "1", "--issue", "-o", filepath.Join(dir, "bb.pdf")}, 2, "còn chỗ trống chưa điền: “Cuộc họp kết thúc vào ……”"},
		{[]string{"pdf", "minutes", "--meeting", "1", "--ended", "16:30", "--issue", "-o", filepath.Join(dir, "bb.pdf")}, 0, "số 01/BB-HĐTĐKT, đã vào sổ văn bản (mã 1)"},
		{[]string{"pdf", "proposal", "--plan", "1", "--round", "2024", "--award", "3", "-o", filepath.Join(dir, "ttr.pdf")}, 2, "chưa có tập thể, cá nhân nào"},
		{[]string{"pdf", "decision", "--plan", "1", "--round", "2024", "--award", "3", "--date", "31/12/2024", "--issue", "-o", filepath.Join(dir, "qd.pdf")}, 2, "chưa có tập thể, cá nhân nào"},
		{[]string{"pdf", "report", "--nomination", "2", "-o", filepath.Join(dir, "bc.pdf")}, 0, "bc.pdf"},
		{[]string{"pdf", "dossier", "--plan", "1", "--round", "2024", "--award", "3", "-o", filepath.Join(dir, "hs.pdf")}, 2, "chưa có tập thể, cá nhân nào"},
		{[]string{"pdf", "certificates", "--calibration", "-o", filepath.Join(dir, "cal.pdf")}, 0, "cal.pdf"},
		{[]string{"pdf", "certificates", "--decision", "1", "-o", filepath.Join(dir, "gk.pdf")}, 2, "chỉ in giấy khen theo một quyết định"},
		{[]string{"documents", "list", "--json"}, 0, `"number": "01/BB-HĐTĐKT"`},
		{[]string{"documents", "print", "1", "-o", filepath.Join(dir, "bb2.pdf")}, 0, "in lại 01/BB-HĐTĐKT"},
		{[]string{"documents", "print", "1", "-o", filepath.Join(dir, "bb.docx")}, 0, "Đã lưu bản Word ra"},
		{[]string{"documents", "print", "1", "-o", filepath.Join(dir, "bb.xlsx")}, 1, "không có danh sách kèm theo"},
		{[]string{"audit", "verify"}, 0, "nguyên vẹn"},
		{[]string{"pdf", "minutes", "--meeting", "1", "-o", filepath.Join(dir, "bb-nhap.docx")}, 0, "bản nháp, chưa có số"},
		{[]string{"pdf", "report", "--nomination", "2", "-o", filepath.Join(dir, "bc.docx")}, 0, "Đã lưu bản Word ra"},
		{[]string{"pdf", "plan", "1", "-o", filepath.Join(dir, "kh.docx")}, 0, "Đã lưu bản Word ra"},
		{[]string{"pdf", "scores", "--plan", "1", "--round", "2024", "--kind", "individual", "-o", filepath.Join(dir, "kq.docx")}, 0, "Đã lưu bản Word ra"},
		{[]string{"pdf", "ballots", "--plan", "1", "--round", "2024", "-o", filepath.Join(dir, "pb.docx")}, 0, "Đã lưu bản Word ra"},
		{[]string{"pdf", "certificates", "--calibration", "-o", filepath.Join(dir, "cal.docx")}, 1, "chỉ in ra tệp PDF"},
		{[]string{"documents", "cancel", "1"}, 2, "ghi lý do hủy"},
		{[]string{"documents", "cancel", "1", "--reason", "lập nhầm ngày"}, 0, "không được dùng lại"},
		{[]string{"documents", "list"}, 0, "đã hủy: lập nhầm ngày"},
		{[]string{"audit", "verify"}, 0, "nguyên vẹn"},
	}
	for _, tt := range tests {
		cmd := exec.Command(bin, append(tt.args, "--db", db)...)
		out, _ := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != tt.code {
			t.Errorf("thidua %v: exit %d, want %d\n%s", tt.args, code, tt.code, out)
		}
		if !strings.Contains(string(out), tt.want) {
			t.Errorf("thidua %v: output lacks %q:\n%s", tt.args, tt.want, out)
		}
	}
	if pdf, err := os.ReadFile(filepath.Join(dir, "plan.pdf")); err != nil || !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatalf("thidua pdf plan wrote no PDF: %v", err)
	}
	checkAwardsWorkbook(t, awards)
	for _, name := range []string{"bb.docx", "bb-nhap.docx", "bc.docx", "kh.docx", "kq.docx", "pb.docx"} {
		checkWordFile(t, filepath.Join(dir, name))
	}
	// The Word copy of the issued Biên bản is in the log of the register.
	if st, err := data.Open(db, data.Options{}); err != nil {
		t.Error(err)
	} else {
		log, _ := st.AuditLog(app.AuditFilter{Entity: "document"})
		st.Close()
		copies := 0
		for _, e := range log {
			if e.Action == "copy" && e.EntityID == 1 {
				copies++
			}
		}
		if copies != 1 {
			t.Errorf("%d Word copies of document 1 in the log, want 1", copies)
		}
	}
	a, _ := os.ReadFile(filepath.Join(dir, "bb.pdf"))
	b, err := os.ReadFile(filepath.Join(dir, "bb2.pdf"))
	if err != nil || len(a) == 0 || string(a) != string(b) {
		t.Errorf("documents print did not reproduce the issued Biên bản byte for byte (%d vs %d bytes)", len(a), len(b))
	}
}

// BenchmarkPDFPlanWall times the whole process `thidua pdf plan 1` on the
// sample database (font parsing included).
func BenchmarkPDFPlanWall(b *testing.B) {
	dir := b.TempDir()
	bin := buildBinary(b, dir)
	db := filepath.Join(dir, "t.db")
	if out, err := exec.Command(bin, "init", "--sample", "--db", db).CombinedOutput(); err != nil {
		b.Fatalf("init: %v\n%s", err, out)
	}
	out := filepath.Join(dir, "plan.pdf")
	b.ResetTimer()
	for b.Loop() {
		if msg, err := exec.Command(bin, "pdf", "plan", "1", "-o", out, "--db", db).CombinedOutput(); err != nil {
			b.Fatalf("pdf plan: %v\n%s", err, msg)
		}
	}
}

// TestRestoreOnNextStart: a restore asked for in Cài đặt is carried out
// by the next start, before the data is opened, keeping the data it
// replaced.
func TestRestoreOnNextStart(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	st, err := data.Open(db, data.Options{BackupDir: desktop.BackupDir(db)})
	if err != nil {
		t.Fatal(err)
	}
	if err := loadSample(st); err != nil {
		t.Fatal(err)
	}
	made, err := st.AutoBackup(desktop.BackupDir(db), time.Now())
	if err != nil || len(made) == 0 {
		t.Fatalf("auto backup: %v %v", made, err)
	}
	if _, err := st.AddParticipants([]app.Participant{{Kind: app.KindIndividual, Name: "Người Thêm Sau"}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if msgs := restorePending(db); msgs != nil {
		t.Fatalf("restore without a request: %v", msgs)
	}
	if err := desktop.RequestRestore(db, made[0]); err != nil {
		t.Fatal(err)
	}
	msgs := restorePending(db)
	if len(msgs) != 1 || !strings.Contains(msgs[0], "Đã khôi phục") || !strings.Contains(msgs[0], "được giữ tại") {
		t.Fatalf("restore messages %v", msgs)
	}
	st, err = data.Open(db, data.Options{BackupDir: desktop.BackupDir(db)})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	people, _ := st.Participants(app.KindIndividual)
	for _, p := range people {
		if p.Name == "Người Thêm Sau" {
			t.Fatal("the restore did not bring back the data of the backup")
		}
	}
	if err := desktop.RequestRestore(db, filepath.Join(dir, "khong-co.db")); err != nil {
		t.Fatal(err)
	}
	if msgs := restorePending(db); len(msgs) != 1 || !strings.Contains(msgs[0], "Không khôi phục được") {
		t.Errorf("a missing backup: %v", msgs)
	}
}

// checkAwardsWorkbook checks the register of awards written by `thidua
// awards export`: the award decided (and corrected) on the command line,
// with its decision.
func checkAwardsWorkbook(t *testing.T, file string) {
	t.Helper()
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatalf("awards export wrote no workbook: %v", err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetName(0))
	all := ""
	for _, r := range rows {
		all += strings.Join(r, "|") + "\n"
	}
	for _, want := range []string{"SỔ THEO DÕI KHEN THƯỞNG", "Năm 2024", "|2024|Trần Thị Lan|Cá nhân|", "|16/QĐ-UBND|20/12/2024|Chủ tịch UBND xã|"} {
		if !strings.Contains(all, want) {
			t.Errorf("awards workbook lacks %q:\n%s", want, all)
		}
	}
}

// checkWordFile checks that a file written by a pdf command with -o
// FILE.docx is a Word package with its document and styles.
func checkWordFile(t *testing.T, file string) {
	t.Helper()
	z, err := zip.OpenReader(file)
	if err != nil {
		t.Errorf("%s is not a Word file: %v", file, err)
		return
	}
	defer z.Close()
	parts := map[string]bool{}
	for _, f := range z.File {
		parts[f.Name] = true
	}
	for _, want := range []string{"[Content_Types].xml", "word/document.xml", "word/styles.xml"} {
		if !parts[want] {
			t.Errorf("%s lacks %s", file, want)
		}
	}
}

func TestVersionComesFromFyneAppToml(t *testing.T) {
	toml, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`Version = "(\d+\.\d+\.\d+)"`).FindSubmatch(toml)
	if want == nil || version != string(want[1]) {
		t.Errorf("version %q, FyneApp.toml says %q", version, want)
	}
	if got := appVersion("[Details]\n  Name = \"X\"\n  Version = \"2.3.4\"\n"); got != "2.3.4" {
		t.Errorf("appVersion = %q", got)
	}
}
