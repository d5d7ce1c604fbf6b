package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/stats"
	"thidua/assets"
)

// TestStatsCommand runs `thidua stats` on the sample: the number of
// participants of round 2024 is the sample's count of collectives and
// individuals (every one of them is scored in that round).
func TestStatsCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	smp, err := app.ParseSampleJSON(assets.SeedSample)
	if err != nil {
		t.Fatal(err)
	}
	var want stats.Count
	for _, p := range smp.Participants {
		if !p.Archived {
			if p.Kind == app.KindCollective {
				want.Collectives++
			} else {
				want.Individuals++
			}
		}
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	db := filepath.Join(dir, "t.db")
	run := func(args ...string) (string, int) {
		cmd := exec.Command(bin, append(args, "--db", db)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, _ := cmd.Output()
		if code := cmd.ProcessState.ExitCode(); code != 0 {
			return string(out) + stderr.String(), code // the reason is on stderr
		}
		return string(out), 0
	}
	if _, code := run("init", "--sample"); code != 0 {
		t.Fatalf("init: exit %d", code)
	}
	out, code := run("stats", "--plan", "1", "--round", "2024", "--json")
	var r stats.Round
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil {
		t.Fatalf("stats --json: exit %d, %v\n%s", code, err, out)
	}
	if r.Participants != want || r.Key != "2024" {
		t.Errorf("round 2024: %+v, want %+v", r.Participants, want)
	}
	classified := 0
	for _, c := range r.Classes {
		classified += c.Excellent + c.Good + c.Pass + c.Fail
	}
	if classified != want.Sum() {
		t.Errorf("%d classified, want every one of %d", classified, want.Sum())
	}
	out, code = run("stats", "--plan", "1")
	for _, s := range []string{"=== Năm 2024 ===", "=== Cả phong trào ===", stats.TitleClasses, stats.TitleRounds} {
		if code != 0 || !strings.Contains(out, s) {
			t.Errorf("stats: exit %d, lacks %q", code, s)
		}
	}
	if _, code = run("stats", "--plan", "1", "--round", "2030"); code != 2 {
		t.Errorf("unknown round: exit %d, want 2", code)
	}
	xlsx := filepath.Join(dir, "thong-ke.xlsx")
	if out, code = run("stats", "--plan", "1", "-o", xlsx); code != 0 || !strings.Contains(out, xlsx) {
		t.Errorf("stats -o: exit %d\n%s", code, out)
	}
	if b, err := os.ReadFile(xlsx); err != nil || !strings.HasPrefix(string(b), "PK") {
		t.Errorf("stats -o wrote no .xlsx: %v", err)
	}
	charts := filepath.Join(dir, "bieu-do")
	if out, code = run("stats", "--plan", "1", "--round", "2024", "--charts", charts); code != 0 || !strings.Contains(out, "Đã ghi 4 biểu đồ") {
		t.Errorf("stats --charts: exit %d\n%s", code, out)
	}
	if svg, err := os.ReadFile(filepath.Join(charts, "phan-bo-tong-diem.svg")); err != nil || !strings.Contains(string(svg), "Phân bố tổng điểm — Năm 2024") {
		t.Errorf("the histogram's SVG: %v", err)
	}
	bc := filepath.Join(dir, "bc.pdf")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"pdf", "summary", "--plan", "1", "--round", "2024", "-o", bc}, 0, "bản nháp, chưa có số"},
		{[]string{"pdf", "summary", "--plan", "1", "--round", "2024"}, 1, ""},
		{[]string{"pdf", "summary", "--plan", "1", "--round", "2030", "-o", bc}, 2, ""},
		// Not numbered while the results by content are still to write.
		{[]string{"pdf", "summary", "--plan", "1", "--round", "final", "--date", "20/12/2026", "--issue", "-o", bc}, 2, "còn chỗ trống chưa điền"},
		{[]string{"pdf", "summary", "--plan", "1", "--round", "final", "--date", "20/12/2026", "--issue", "-o", bc,
			"--results", "- Tuyên truyền, quán triệt: 36 buổi, 100% cán bộ tham gia.\n- Cải cách hành chính: 98% hồ sơ đúng hạn.",
			"--shortcomings", "Một số đơn vị nộp hồ sơ chậm.", "--lessons", "Phát huy vai trò người đứng đầu.",
			"--directions", "Tiếp tục nhân rộng điển hình tiên tiến."}, 0, "số 01/BC-UBND"},
		{[]string{"documents", "print", "1", "-o", bc + "2"}, 0, "in lại 01/BC-UBND"},
		// --number takes the number of the office's register, once (the
		// refusal is said on stderr).
		{[]string{"pdf", "summary", "--plan", "1", "--round", "2024", "--date", "21/12/2026", "--issue", "--number", "1", "-o", bc + "3"}, 2, ""},
		{[]string{"pdf", "summary", "--plan", "1", "--round", "2024", "--date", "21/12/2026", "--issue", "--number", "7", "-o", bc + "3",
			"--results", "- Tuyên truyền: 12 buổi.", "--shortcomings", "Nộp hồ sơ chậm.", "--lessons", "Phát huy người đứng đầu.",
			"--directions", "Nhân rộng điển hình."}, 0, "số 07/BC-UBND"},
	} {
		if out, code := run(c.args...); code != c.code || !strings.Contains(out, c.want) {
			t.Errorf("thidua %v: exit %d, want %d with %q\n%s", c.args, code, c.code, c.want, out)
		}
	}
	a, _ := os.ReadFile(bc)
	if b, err := os.ReadFile(bc + "2"); err != nil || len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("the issued report does not print again byte for byte")
	}
	if _, code = run("stats"); code != 1 {
		t.Errorf("no plan: exit %d, want 1", code)
	}
}
