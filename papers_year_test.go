package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPaperYearOnTheCommandLine runs a round as the README shows it: the
// paper check names what stops the papers and where to fix it, issuing is
// refused until the plan has its number and the meeting its Biên bản, the
// meeting takes no vote once its Biên bản is issued, and the Quyết định
// cites that Biên bản and is signed by the Chairman as "CHỦ TỊCH". The
// Tờ trình to him for his own Giấy khen is the council's, signed by a
// vice-chair of the council chosen with --signer, never by a
// Vice-Chairman of the Committee outside the council; the decision cites
// it. The decision takes the number the office's register gives (--number).
func TestPaperYearOnTheCommandLine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	db := filepath.Join(dir, "t.db")
	qd, ttr := filepath.Join(dir, "qd.pdf"), filepath.Join(dir, "ttr.pdf")
	proposal := []string{"pdf", "proposal", "--plan", "1", "--round", "2024", "--award", "3", "--date", "15/12/2024"}
	decision := []string{"pdf", "decision", "--plan", "1", "--round", "2024", "--award", "3", "--date", "20/12/2024"}
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"init", "--sample"}, 0, "Đã nạp dữ liệu mẫu"},
		{nominate("tran thi lan"), 0, "Trần Thị Lan"},
		{[]string{"meeting", "add", "--plan", "1", "--round", "2024", "--date", "10/12/2024", "--time", "14:00"}, 0, "Đã ghi cuộc họp mã 1"},
		{[]string{"vote", "--meeting", "1", "--nomination", "1", "--for", "9"}, 0, "ĐẠT"},
		{[]string{"papers", "check", "--plan", "1", "--round", "2024"}, 4, "[chặn ban hành]"},
		{[]string{"papers", "check", "--plan", "1", "--round", "2024", "--award", "3"}, 4, "thidua plan number MÃ --number SỐ --date dd/mm/yyyy"},
		{append(decision, "--issue", "-o", qd), 2, "chưa ban hành biên bản cuộc họp ngày 10/12/2024"},
		{[]string{"documents", "list"}, 0, "0 văn bản."},
		{[]string{"plan", "number", "1", "--number", "12", "--date", "02/12/2024"}, 0, "số 12/KH-UBND, ngày 02/12/2024"},
		{[]string{"pdf", "minutes", "--meeting", "1", "--ended", "16:30", "--issue", "-o", filepath.Join(dir, "bb.pdf")}, 0, "số 01/BB-HĐTĐKT"},
		{nominate("Bùi Thị Hương"), 0, "Bùi Thị Hương"},
		{[]string{"vote", "--meeting", "1", "--nomination", "2", "--for", "8"}, 2, "biên bản của cuộc họp đã ban hành (số 01/BB-HĐTĐKT)"},
		{append(proposal, "--signer", "Lê Thị Thanh Hương", "-o", ttr), 2, "do Chủ tịch hoặc Phó Chủ tịch Hội đồng ký"},
		{append(proposal, "--signer", "Đặng Văn Bình", "--issue", "-o", ttr), 0, "số 01/TTr-HĐTĐKT"},
		{append(decision, "--cash-individual", "0", "--issue", "-o", qd), 2, "Điều 2 chưa có mức tiền thưởng cho mỗi cá nhân"},
		{append(decision, "--signer", "Không Có Ai", "-o", qd), 2, "người ký"},
		// The number is the one the office's register (sổ văn bản đi) gives;
		// one below 1, one without --issue, one already in the register are
		// refused.
		{append(decision, "--issue", "--number", "-3", "-o", qd), 2, "--number: số theo sổ văn bản đi của cơ quan là số nguyên dương"},
		{append(decision, "--number", "145", "-o", qd), 1, "--number chỉ dùng cùng --issue"},
		{[]string{"pdf", "minutes", "--meeting", "1", "--ended", "16:30", "--issue", "--number", "1", "-o", filepath.Join(dir, "bb2.pdf")}, 2,
			"số 01/BB-HĐTĐKT năm 2024 đã có trong sổ: Họp xét, đề nghị khen thưởng"},
		// Điều 2 takes the money of the decree in force on 20/12/2024.
		{append(decision, "--issue", "--number", "145", "-o", qd), 0, "số 145/QĐ-UBND"},
		{[]string{"papers", "check", "--plan", "1", "--round", "2024", "--award", "3"}, 0, "không phát hiện điểm nào cần sửa"},
		{[]string{"plan", "check", "1"}, 4, "điểm cần xem lại"},
		{[]string{"pdf", "plan", "1", "-o", filepath.Join(dir, "kh.pdf")}, 0, "kh.pdf"},
	}
	for _, s := range steps {
		cmd := exec.Command(bin, append(s.args, "--db", db)...)
		out, _ := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != s.code || !strings.Contains(string(out), s.want) {
			t.Fatalf("thidua %v: exit %d (want %d), output lacks %q?\n%s", s.args, code, s.code, s.want, out)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed to read the issued decision back")
	}
	read := func(path string) string {
		out, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(out)), " ")
	}
	text := read(qd)
	for _, want := range []string{"Số: 145/QĐ-UBND", "Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 12 năm 2024",
		"Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã tại Tờ trình số 01/TTr-HĐTĐKT ngày 15 tháng 12 năm 2024 và Biên bản số 01/BB-HĐTĐKT ngày 10 tháng 12 năm 2024,",
		"mỗi cá nhân được thưởng 360.000 đồng theo quy định tại Nghị định số 98/2023/NĐ-CP", "Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận: CHỦ TỊCH", "Lưu: VT. Trần Quang Minh"} {
		if !strings.Contains(text, want) {
			t.Errorf("the issued decision lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "KT. CHỦ TỊCH") {
		t.Error("the Chairman's decision is signed on someone's behalf")
	}
	if text := read(ttr); !strings.Contains(text, "Kính gửi: Chủ tịch Ủy ban nhân dân xã Hòa Phong.") ||
		!strings.Contains(text, "TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Văn Bình") {
		t.Errorf("the council's Tờ trình:\n%s", text)
	}
	// The plan check still finds something in the sample plan: it prints as a draft.
	// Dated 02/12/2024, it stands under the thị xã of that date.
	if plan := read(filepath.Join(dir, "kh.pdf")); !strings.HasPrefix(plan, "DỰ THẢO UBND THỊ XÃ MỸ HÀO") {
		t.Errorf("a plan with open findings is not marked DỰ THẢO, or not under the thị xã:\n%.300s", plan)
	}
	minutes := read(filepath.Join(dir, "bb.pdf"))
	for _, want := range []string{"Địa điểm: Hội trường UBND xã Hòa Phong.", "- Trần Quang Minh, Chủ tịch UBND xã - Chủ tịch Hội đồng;",
		"Cuộc họp kết thúc vào 16 giờ 30, ngày 10 tháng 12 năm 2024./."} {
		if !strings.Contains(minutes, want) {
			t.Errorf("the issued Biên bản lacks %q:\n%s", want, minutes)
		}
	}
}
