//go:build !windows

package desktop

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app/document"
	"thidua/app/internal/testenv"
	"thidua/assets"
)

// TestPrintThroughCUPSPDF prints a Tờ trình through lp to the CUPS PDF
// printer make test sets up (scripts/cups-pdf.sh) and checks what came
// out: as many A4 pages as were sent, looking like the pages sent. The PDF
// printer re-encodes the fonts, so the pages are compared as pictures.
func TestPrintThroughCUPSPDF(t *testing.T) {
	printer := os.Getenv("THIDUA_TEST_PRINTER")
	if printer == "" {
		testenv.Missing(t, "no test printer: make test sets one up with scripts/cups-pdf.sh")
	}
	testenv.NeedTools(t, "lp", "pdfinfo", "pdftoppm")
	outDir := cupsPDFOut(t)
	sent := filepath.Join(t.TempDir(), fmt.Sprintf("in-thu-%d.pdf", time.Now().UnixNano()))
	if err := os.WriteFile(sent, samplePDF(t), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PRINTER", printer)
	t.Setenv("LPDEST", printer)
	if err := OpenFile(sent, true); err != nil {
		t.Fatalf("printing: %v", err)
	}
	got := waitForOutput(t, outDir, strings.TrimSuffix(filepath.Base(sent), ".pdf"))
	defer os.Remove(got)
	if a, b := pages(t, sent), pages(t, got); a != b {
		t.Fatalf("sent %d pages, the printer produced %d", a, b)
	}
	if size := pdfInfo(t, got, "Page size"); !strings.Contains(size, "595") || !strings.Contains(size, "842") {
		t.Errorf("printed page size %q, want A4 (595 × 842 pt)", size)
	}
	if r := pictureLikeness(t, sent, got); r < 0.8 {
		t.Errorf("printed page 1 does not look like the page sent (likeness %.2f, want ≥ 0.8)", r)
	} else {
		t.Logf("printed page 1 likeness %.3f", r)
	}
	// The measure tells pages apart: another page is not like it.
	other := filepath.Join(t.TempDir(), "khac.pdf")
	if err := os.WriteFile(other, otherPDF(t), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := pictureLikeness(t, other, got); r > 0.5 {
		t.Errorf("a different page has likeness %.2f: the comparison proves nothing", r)
	} else {
		t.Logf("a different page: likeness %.3f", r)
	}
}

// samplePDF is a one-page Tờ trình with the embedded fonts.
func samplePDF(t *testing.T) []byte {
	t.Helper()
	r, err := document.NewRenderer(document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold,
		Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}, document.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	d := &document.Document{Header: document.Header{Issuer: []string{"Ủy ban nhân dân", "xã Hòa Phong"}, Symbol: "TTr-UBND", Place: "Hòa Phong"},
		Title: document.Title{Kind: "TỜ TRÌNH", Summary: "Về việc in thử trên máy in"},
		Body:  []document.Block{document.Text("Trang in thử của ứng dụng Thi đua - Khen thưởng: chữ có dấu Ươ Ưu Ỹ Đ.")}}
	var buf bytes.Buffer
	if err := r.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// otherPDF is a page laid out differently from samplePDF.
func otherPDF(t *testing.T) []byte {
	t.Helper()
	r, err := document.NewRenderer(document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold,
		Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}, document.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	body := []document.Block{document.Spacer{Height: 300}}
	for range 12 {
		body = append(body, document.Text("Một dòng ở nửa dưới trang, khác hẳn trang in thử."))
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, &document.Document{Body: body}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cupsPDFOut is where cups-pdf writes the jobs of this user.
func cupsPDFOut(t *testing.T) string {
	t.Helper()
	out := "${HOME}/PDF"
	if f, err := os.Open("/etc/cups/cups-pdf.conf"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "Out "); ok {
				out = strings.TrimSpace(v)
			}
		}
		f.Close()
	}
	home, _ := os.UserHomeDir()
	user := os.Getenv("USER")
	return strings.NewReplacer("${HOME}", home, "${USER}", user).Replace(out)
}

// waitForOutput waits up to a minute for the printer's file of the job.
func waitForOutput(t *testing.T, dir, name string) string {
	t.Helper()
	for range 300 {
		matches, _ := filepath.Glob(filepath.Join(dir, name+"*.pdf"))
		for _, m := range matches {
			if fi, err := os.Stat(m); err == nil && fi.Size() > 0 && time.Since(fi.ModTime()) > 300*time.Millisecond {
				return m
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	out, _ := exec.Command("lpstat", "-W", "all", "-o").CombinedOutput()
	t.Fatalf("the printer wrote nothing to %s in a minute; jobs:\n%s", dir, out)
	return ""
}

func pdfInfo(t *testing.T, path, key string) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func pages(t *testing.T, path string) int {
	n, _ := strconv.Atoi(pdfInfo(t, path, "Pages"))
	return n
}

// pictureLikeness renders page 1 of both files in grey and compares where
// the ink lies, line by line: the correlation of the two pages' ink per
// pixel row (1 the same lines in the same places; a blank page or another
// page gives about 0). Row sums ignore how the printer's converted fonts
// shape each glyph, and the printer may round the page size by a pixel.
func pictureLikeness(t *testing.T, a, b string) float64 {
	t.Helper()
	ra, rb := rowInk(t, a), rowInk(t, b)
	n := min(len(ra), len(rb))
	if n < len(ra)*9/10 {
		t.Fatalf("pictures of %d and %d rows", len(ra), len(rb))
	}
	best := -1.0
	for shift := -4; shift <= 4; shift++ { // the printer may move the page a few pixels
		lo, hi := max(0, -shift), min(n, n-shift)
		best = math.Max(best, correlation(ra[lo:hi], rb[lo+shift:hi+shift]))
	}
	return best
}

// correlation is Pearson's correlation of two series of the same length.
func correlation(ra, rb []float64) float64 {
	n := len(ra)
	var ma, mb float64
	for i := range n {
		ma += ra[i] / float64(n)
		mb += rb[i] / float64(n)
	}
	var cov, va, vb float64
	for i := range n {
		cov += (ra[i] - ma) * (rb[i] - mb)
		va += (ra[i] - ma) * (ra[i] - ma)
		vb += (rb[i] - mb) * (rb[i] - mb)
	}
	if va == 0 || vb == 0 {
		return 0
	}
	return cov / math.Sqrt(va*vb)
}

// rowInk is the ink of each pixel row of page 1 at 50 dpi.
func rowInk(t *testing.T, path string) []float64 {
	t.Helper()
	w, h, pix := greyPage(t, path)
	rows := make([]float64, h)
	for y := range h {
		for x := range w {
			rows[y] += 255 - float64(pix[y*w+x])
		}
	}
	return rows
}

// greyPage returns the size and pixels of page 1 as pdftoppm -gray
// writes them (PGM: "P5 <width> <height> <maxval>" then the bytes).
func greyPage(t *testing.T, path string) (w, h int, pix []byte) {
	t.Helper()
	out, err := exec.Command("pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", path).Output()
	if err != nil {
		t.Fatalf("pdftoppm %s: %v", path, err)
	}
	var head [4]string
	rest := out
	for i := range head {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		j := bytes.IndexAny(rest, " \t\r\n")
		if j < 0 {
			t.Fatal("unreadable PGM")
		}
		head[i], rest = string(rest[:j]), rest[j:]
	}
	w, _ = strconv.Atoi(head[1])
	h, _ = strconv.Atoi(head[2])
	pix = rest[1:]
	if head[0] != "P5" || len(pix) != w*h {
		t.Fatalf("unreadable PGM from %s", path)
	}
	return w, h, pix
}
