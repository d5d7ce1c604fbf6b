package entityio

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

func parseFile(t testing.TB, name string, b []byte, existing []app.Participant) (*Report, error) {
	t.Helper()
	tables, err := Read(name, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	m, kind, unmapped := Guess(tables[0].Headers)
	r := Parse(tables[0], m, kind, existing)
	r.Unmapped = unmapped
	return r, nil
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

const goodCSV = "STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị,Điện thoại\n" +
	"1,Nguyễn Văn Hoà,05/01/1985,Nam,Công chức Tư pháp,Công an xã,0912345678\n" +
	"2,Đặng Thị Thuỷ,5/1/90,Nữ,Văn thư,Tổ mới,\n"

func TestReadFormatsAndEncodings(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		wantEnc    string
		wantErr    string
	}{
		{"utf8", "a.csv", []byte(goodCSV), "UTF-8", ""},
		{"bom", "a.csv", append([]byte{0xEF, 0xBB, 0xBF}, goodCSV...), "UTF-8 BOM", ""},
		{"utf16 tab", "a.txt", utf16le(strings.ReplaceAll(goodCSV, ",", "\t")), "UTF-16LE", ""},
		{"semicolon", "a.csv", []byte(strings.ReplaceAll(goodCSV, ",", ";")), "UTF-8", ""},
		{"decomposed", "a.csv", []byte("Họ và tên,Ngày sinh\nNguye\u0302\u0303n Va\u0306n Hoa\u0300,05/01/1985\n"), "UTF-8", ""},
		{"empty", "a.csv", []byte("  \n"), "", "trống"},
		{"header only", "a.csv", []byte("Họ và tên,Ngày sinh\n"), "UTF-8", ""},
		{"tcvn3", "a.csv", []byte("Hä vµ tªn,Ngµy sinh\nNguyÔn V¨n Hoµ,05/01/1985\n§Æng ThÞ Thuû,01/02/1990\n"), "", "TCVN3"},
		{"vni", "a.csv", []byte("Hoï vaø teân,Ngaøy sinh\nNguyeãn Vaên Hoøa,05/01/1985\nÑaëng Thò Thuûy,01/02/1990\n"), "", "VNI"},
		{"latin1 bytes", "a.csv", []byte("H\xe4 v\xb5 t\xaan\nNguy\xd4n V\xa8n Ho\xb5\n\xa7\xc6ng Th\xde Thu\xfb\n"), "", "TCVN3"},
		{"corrupt xlsx", "a.xlsx", []byte("PK\x03\x04garbage that is not a zip"), "", "hỏng"},
		{"xls", "a.xls", []byte{0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3}, "", ".xls"},
	}
	for _, tt := range tests {
		tables, err := Read(tt.file, bytes.NewReader(tt.data))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if tables[0].Encoding != tt.wantEnc {
			t.Errorf("%s: encoding %q, want %q", tt.name, tables[0].Encoding, tt.wantEnc)
		}
	}
}

func TestParseGoodMixedAndDuplicates(t *testing.T) {
	existing := []app.Participant{
		{ID: 1, Kind: app.KindCollective, Name: "Công an xã"},
		{ID: 2, Kind: app.KindIndividual, Name: "Trần Văn Có Sẵn", BirthDate: "1970-03-04"},
	}
	csv := goodCSV +
		"3,,01/01/1980,Nam,,,\n" +
		"4,Lê Văn Sai Ngày,31/02/1985,Nam,,,\n" +
		"5,Lê Văn Tương Lai,01/01/2999,Nam,,,\n" +
		"6,Phạm Văn Giới,01/01/1980,Không rõ,,,\n" +
		"7,nguyễn văn hòa,05/01/1985,Nam,,,\n" +
		"8,Trần Văn Có Sẵn,04/03/1970,Nam,,,\n" +
		"9,Vũ Văn Năm,1980,Nam,,,\n" +
		",,,,,,\n"
	r, err := parseFile(t, "a.csv", []byte(csv), existing)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Summary(); got != "9 dòng: 2 hợp lệ, 5 lỗi, 2 trùng" {
		t.Fatalf("summary = %q", got)
	}
	valid := r.Valid()
	if valid[0].Name != "Nguyễn Văn Hoà" || valid[0].BirthDate != "1985-01-05" || valid[0].UnitID != 1 || valid[0].Phone != "0912345678" {
		t.Fatalf("first row: %+v", valid[0])
	}
	if valid[1].BirthDate != "1990-01-05" || valid[1].Unit != "Tổ mới" || valid[1].Gender != app.GenderFemale {
		t.Fatalf("second row (d/m/yy, unknown unit kept as text): %+v", valid[1])
	}
	var text bytes.Buffer
	r.WriteText(&text)
	for _, want := range []string{
		"dòng 4, cột Họ và tên: chưa có họ tên",
		"dòng 5, cột Ngày sinh: ngày \"31/02/1985\" không có thật",
		"dòng 6, cột Ngày sinh: ngày sinh 01/01/2999 ở tương lai",
		"dòng 7, cột Giới tính: giới tính “Không rõ” không đọc được",
		"dòng 10, cột Ngày sinh: chỉ có năm sinh 1980",
		"dòng 8 (nguyễn văn hòa): trùng với dòng 2",
		"dòng 9 (Trần Văn Có Sẵn): trùng với Trần Văn Có Sẵn (04/03/1970) đã có",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, text.String())
		}
	}
}

func TestGuessHeaders(t *testing.T) {
	m, kind, unmapped := Guess([]string{"TT", "Họ tên", "Ngày tháng năm sinh", "CHỨC VỤ", "Đơn vị công tác", "Số ĐT", "Nữ", "Sở thích"})
	want := map[int]Field{1: FName, 2: FBirthDate, 3: FPosition, 4: FUnit, 6: FFemaleMark}
	for i, f := range want {
		if m[i] != f {
			t.Errorf("column %d = %q, want %q", i, m[i], f)
		}
	}
	if kind != app.KindIndividual || len(unmapped) != 2 {
		t.Errorf("kind %s, unmapped %v", kind, unmapped)
	}
	if _, kind, _ := Guess([]string{"STT", "Tên đơn vị", "Thủ trưởng", "Tổng số", "Số nữ"}); kind != app.KindCollective {
		t.Errorf("collective list taken for %s", kind)
	}
}

// xlsxWith writes a workbook whose "Ngày sinh" is a date serial with a date
// style and whose phone is a number, as offices' files have them.
func xlsxWith(t testing.TB, rows int) []byte {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"STT", "Họ và tên", "Ngày sinh", "Điện thoại", "Giới tính"})
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	for i := range rows {
		cell := fmt.Sprintf("A%d", i+2)
		f.SetSheetRow("Sheet1", cell, &[]any{i + 1, fmt.Sprintf("Nguyễn Văn Số %d", i), 31048 + i%5000, 912345678, "Nam"})
		f.SetCellStyle("Sheet1", fmt.Sprintf("C%d", i+2), fmt.Sprintf("C%d", i+2), date)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestXLSXSerialDatesAndPhones(t *testing.T) {
	r, err := parseFile(t, "ds.xlsx", xlsxWith(t, 3), nil)
	if err != nil {
		t.Fatal(err)
	}
	v := r.Valid()
	if len(v) != 3 || v[0].BirthDate != "1985-01-01" || v[0].Phone != "0912345678" {
		t.Fatalf("serial 31048 must be 01/01/1985 and the phone keep its zero: %+v", v)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	cols := []app.Participant{{ID: 1, Kind: app.KindCollective, Name: "Công an xã", Head: "Lê Quang Huy", Members: 12, Women: 2}}
	inds := []app.Participant{
		{ID: 10, Kind: app.KindIndividual, Name: "Nguyễn Văn Hoà", Gender: app.GenderMale, BirthDate: "1985-01-05", UnitID: 1,
			Position: "Công chức", Phone: "0912345678", Ethnicity: "Kinh", Hometown: "thôn Đông", Residence: "thôn Tây",
			Qualification: "Cử nhân Luật", PoliticalTheory: "Trung cấp", Suspended: true, SuspendedNote: "đang thanh tra"},
		{ID: 11, Kind: app.KindIndividual, Name: "Đặng Thị Thuỷ", Gender: app.GenderFemale, Unit: "Tổ dân phố 3"},
	}
	var b bytes.Buffer
	if err := Export(&b, cols, inds); err != nil {
		t.Fatal(err)
	}
	tables, err := Read("x.xlsx", bytes.NewReader(b.Bytes()))
	if err != nil || len(tables) != 2 {
		t.Fatalf("read back: %v, %d tables", err, len(tables))
	}
	var got []app.Participant
	existing := []app.Participant{}
	for _, tb := range tables {
		m, kind, unmapped := Guess(tb.Headers)
		if len(unmapped) > 0 {
			t.Fatalf("exported headers not recognised: %v", unmapped)
		}
		r := Parse(tb, m, kind, existing)
		got = append(got, r.Valid()...)
		existing = append(existing, cols...)
	}
	want := append(append([]app.Participant{}, cols...), inds...)
	for i := range want {
		w, g := want[i], got[i]
		w.ID, g.ID = 0, 0
		if w != g {
			t.Errorf("row %d:\n got  %+v\n want %+v", i, g, w)
		}
	}
	again := Parse(tables[1], mustGuess(tables[1]), app.KindIndividual, append(cols, inds...))
	if len(again.Valid()) != 0 {
		t.Fatal("importing an export into the same database must add nothing")
	}
}

func mustGuess(t Table) Mapping { m, _, _ := Guess(t.Headers); return m }

func TestHugeCSV(t *testing.T) {
	var b strings.Builder
	b.WriteString("Họ và tên,Ngày sinh,Đơn vị\n")
	for i := range 100000 {
		fmt.Fprintf(&b, "Người Số %d,%02d/%02d/19%02d,Tổ %d\n", i, 1+i%28, 1+i%12, 50+i%50, i%40)
	}
	r, err := parseFile(t, "big.csv", []byte(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Rows) != 100000 || len(r.Valid()) != 100000 {
		t.Fatalf("%s", r.Summary())
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte(goodCSV))
	f.Add(utf16le(goodCSV))
	f.Add([]byte("Họ và tên;Ngày sinh\n\"a,b\";31/02/1985\n"))
	f.Fuzz(func(t *testing.T, b []byte) { checkNeverInvalid(t, "f.csv", b) })
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(xlsxWith(f, 2))
	f.Fuzz(func(t *testing.T, b []byte) { checkNeverInvalid(t, "f.xlsx", b) })
}

// checkNeverInvalid reads any bytes: no panic, and every participant it
// offers to write passes validation.
func checkNeverInvalid(t *testing.T, name string, b []byte) {
	tables, err := Read(name, bytes.NewReader(b))
	if err != nil {
		return
	}
	for _, tb := range tables {
		m, kind, _ := Guess(tb.Headers)
		for _, p := range Parse(tb, m, kind, nil).Valid() {
			var ps app.Problems
			p.Validate(&ps, "")
			if len(ps) > 0 {
				t.Fatalf("Parse offered an invalid participant %+v: %v", p, ps)
			}
		}
	}
}

func BenchmarkImportXLSX10k(b *testing.B) {
	data := xlsxWith(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		if r, err := parseFile(b, "big.xlsx", data, nil); err != nil || len(r.Valid()) != 10000 {
			b.Fatal(err)
		}
	}
}

func BenchmarkExcelizeRead10k(b *testing.B) {
	data := xlsxWith(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.GetRows("Sheet1", excelize.Options{RawCellValue: true})
		if err != nil || len(rows) != 10001 {
			b.Fatal(err)
		}
		f.Close()
	}
}
