package entityio

import (
	"archive/zip"
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// withPart returns parts with the named one replaced by body, or left out
// when body is "".
func withPart(parts []part, name, body string) []part {
	var out []part
	for _, p := range parts {
		if p.name == name {
			if body == "" {
				continue
			}
			p.body = body
		}
		out = append(out, p)
	}
	return out
}

// TestXLSXWithoutStyles: a workbook without styles.xml (some programs write
// none) reads like any other.
func TestXLSXWithoutStyles(t *testing.T) {
	b := zipOf(t, zip.Deflate, withPart(minimalParts(), "xl/styles.xml", ""))
	tables, err := Read("khong-kieu.xlsx", bytes.NewReader(b))
	if err != nil {
		t.Fatalf("a workbook without styles.xml: %v", err)
	}
	if len(tables) != 1 || len(tables[0].Rows) != 2 || tables[0].Rows[0].Cells[0] != "Nguyễn Văn Hoà" {
		t.Fatalf("tables: %+v", tables)
	}
}

// allocated runs f and returns the bytes it allocated.
func allocated(f func()) uint64 {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestOversizedInputsRefusedEarly: each file over a limit is refused with
// the limit named, having allocated far less than the 300 MB the app may
// use; the xlsx is a small zip holding one cell larger than MaxUnzipped.
func TestOversizedInputsRefusedEarly(t *testing.T) {
	bigCell := strings.Repeat("a", MaxUnzipped+1<<20)
	sheet := `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>` + bigCell + `</t></is></c></row></sheetData></worksheet>`
	bomb := zipOf(t, zip.Deflate, withPart(minimalParts(), "xl/worksheets/sheet1.xml", sheet))
	sheet, bigCell = "", ""
	var rows strings.Builder
	rows.WriteString("Họ và tên\n")
	for i := range MaxRows + 1 {
		fmt.Fprintf(&rows, "N%d\n", i)
	}
	for _, tc := range []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"xlsx holding one huge cell", "bom.xlsx", bomb, fmt.Sprintf("giới hạn %d MB", MaxUnzipped>>20)},
		{"csv over the file limit", "lon.csv", []byte("Họ và tên\n" + strings.Repeat("Nguyễn Văn An\n", MaxFile/14+1)), fmt.Sprintf("giới hạn %d MB", MaxFile>>20)},
		{"csv with a long name", "ten-dai.csv", []byte("Họ và tên;Ngày sinh\nAn;01/01/1980\n" + strings.Repeat("Ê", MaxCell+1) + ";01/01/1980\n"), fmt.Sprintf("dòng 3, cột 1 dài %d ký tự, quá giới hạn %d", MaxCell+1, MaxCell)},
		{"csv with too many rows", "nhieu-dong.csv", []byte(rows.String()), fmt.Sprintf("hơn %d dòng", MaxRows)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			n := allocated(func() { _, err = Read(tc.file, bytes.NewReader(tc.data)) })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if n > 150<<20 {
				t.Errorf("refusing %s (%d KB) allocated %d MB", tc.file, len(tc.data)>>10, n>>20)
			}
			t.Logf("%s: %d KB file, %d MB allocated", tc.file, len(tc.data)>>10, n>>20)
		})
	}
}

// TestControlCharactersInAList: a short list with a BEL, an ESC and a
// right-to-left override in its names is a list, not a binary file, and
// the names come out without them.
func TestControlCharactersInAList(t *testing.T) {
	csv := "Họ và tên,Ngày sinh\nNguyễn\a Văn An,05/01/1985\n\x1b[2JLê Thị \u202eHà,01/01/1970\n"
	r := mustImport(t, "ds.csv", []byte(csv), nil)
	got := names(r.Valid())
	if len(got) != 2 || got[0] != "Nguyễn Văn An" || got[1] != "[2JLê Thị Hà" {
		t.Fatalf("names %q (%s)", got, r.Summary())
	}
}

// TestMixedEncodingsRefused: a list whose header is UTF-8 and whose rows
// were typed in Windows-1258 is refused with the lines named, rather than
// read as Windows-1258 with garbled headers and no rows.
func TestMixedEncodingsRefused(t *testing.T) {
	b := append([]byte("Họ và tên,Ngày sinh\n"), to1258("Nguyễn Văn An,05/01/1985\n")...)
	_, err := Read("tron.csv", bytes.NewReader(b))
	if err == nil || !strings.Contains(err.Error(), "trộn nhiều bảng mã: dòng 1 ghi bằng Unicode (UTF-8), dòng 2") {
		t.Fatalf("mixed UTF-8 and Windows-1258: %v", err)
	}
	if _, err := Read("1258.csv", bytes.NewReader(to1258("Họ và tên,Ngày sinh\nNguyễn Văn An,05/01/1985\n"))); err != nil {
		t.Fatalf("a whole Windows-1258 file: %v", err)
	}
}
