package entityio

import (
	"archive/zip"
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"thidua/app"
)

// importFile reads a file and parses its first table with the guessed
// mapping.
func importFile(t testing.TB, name string, b []byte, existing []app.Participant) (*Report, error) {
	t.Helper()
	tables, err := Read(name, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	m, kind, unmapped := GuessTable(tables[0])
	r := Parse(tables[0], m, kind, existing)
	r.Unmapped = unmapped
	return r, nil
}

func mustImport(t testing.TB, name string, b []byte, existing []app.Participant) *Report {
	t.Helper()
	r, err := importFile(t, name, b, existing)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16be(s string) []byte {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// asWindows1252 is what a program shows for 8-bit font bytes: the
// Windows-1252 characters of the bytes (how Excel stores text typed in
// .VnTime or VNI-Times).
func asWindows1252(b string) string {
	s, err := charmap.Windows1252.NewDecoder().String(b)
	if err != nil {
		panic(err)
	}
	return s
}

func names(ps []app.Participant) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func xlsxOf(t testing.TB, sheets map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	first := true
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range sheets {
			if !yield(k) {
				return
			}
		}
	}) {
		if first {
			f.SetSheetName("Sheet1", name)
			first = false
		} else {
			f.NewSheet(name)
		}
		for i, row := range sheets[name] {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const goodCSV = "STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị,Điện thoại\n" +
	"1,Nguyễn Văn Hoà,05/01/1985,Nam,Công chức Tư pháp,Công an xã,0912345678\n" +
	"2,Đặng Thị Thuỷ,5/1/90,Nữ,Văn thư,Tổ mới,\n" +
	"3,Trần Quốc Toản,1975-03-08,nam,,,0987 654 321\n"

var wantNames = []string{"Nguyễn Văn Hoà", "Đặng Thị Thuỷ", "Trần Quốc Toản"}

// Legacy spellings of goodCSV's header and names.
const (
	tcvn3CSV = "STT,H\xe4 v\xb5 t\xaan,Ng\xb5y sinh,Gi\xedi t\xddnh,\xa7\xacn v\xde\n" +
		"1,Nguy\xd4n V\xa8n Ho\xb5,05/01/1985,Nam,C\xabng an x\xb7\n" +
		"2,\xa7\xc6ng Th\xde Thu\xfb,05/01/1990,N\xf7,T\xe9 m\xedi\n" +
		"3,Tr\xc7n Qu\xe8c To\xb6n,08/03/1975,Nam,\n"
	vniCSV = "STT,Ho\xef va\xf8 te\xe2n,Nga\xf8y sinh,Gi\xf4\xf9i t\xednh,\xd1\xf4n v\xf2\n" +
		"1,Nguye\xe3n Va\xean Hoa\xf8,05/01/1985,Nam,Co\xe2ng an xa\xf5\n" +
		"2,\xd1a\xebng Th\xf2 Thuy\xfb,05/01/1990,N\xf6\xf5,To\xe4 m\xf4\xf9i\n" +
		"3,Tra\xe0n Quo\xe1c Toa\xfbn,08/03/1975,Nam,\n"
)

func TestReadEncodings(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		wantEnc    string
		wantUnit   string // unit of the first row, when the file has one
	}{
		{"utf8", "a.csv", []byte(goodCSV), "UTF-8", "Công an xã"},
		{"utf8 bom", "a.csv", append([]byte{0xEF, 0xBB, 0xBF}, goodCSV...), "UTF-8 BOM", "Công an xã"},
		{"utf16le bom tab (Excel Unicode Text)", "a.txt", utf16le(strings.ReplaceAll(goodCSV, ",", "\t")), "UTF-16LE", "Công an xã"},
		{"utf16be bom", "a.txt", utf16be(strings.ReplaceAll(goodCSV, ",", "\t")), "UTF-16BE", "Công an xã"},
		{"utf16le no bom", "a.txt", utf16le(strings.ReplaceAll(goodCSV, ",", "\t"))[2:], "UTF-16LE", "Công an xã"},
		{"semicolon", "a.csv", []byte(strings.ReplaceAll(goodCSV, ",", ";")), "UTF-8", "Công an xã"},
		{"crlf", "a.csv", []byte(strings.ReplaceAll(goodCSV, "\n", "\r\n")), "UTF-8", "Công an xã"},
		{"excel sep line", "a.csv", []byte("sep=;\n" + strings.ReplaceAll(goodCSV, ",", ";")), "UTF-8", "Công an xã"},
		{"decomposed (Unikey Unicode tổ hợp)", "a.csv", []byte(nfd(goodCSV)), "UTF-8", "Công an xã"},
		{"windows-1258", "a.csv", to1258(goodCSV), "Windows-1258", "Công an xã"},
		{"tcvn3 bytes", "a.csv", []byte(tcvn3CSV), "TCVN3 (đã chuyển)", "Công an xã"},
		{"tcvn3 as utf-8", "a.csv", []byte(asWindows1252(tcvn3CSV)), "TCVN3 (đã chuyển)", "Công an xã"},
		{"tcvn3 as utf-16", "a.txt", utf16le(strings.ReplaceAll(asWindows1252(tcvn3CSV), ",", "\t")), "TCVN3 (đã chuyển)", "Công an xã"},
		{"vni bytes", "a.csv", []byte(vniCSV), "VNI (đã chuyển)", "Công an xã"},
		{"vni as utf-8 bom", "a.csv", append([]byte{0xEF, 0xBB, 0xBF}, asWindows1252(vniCSV)...), "VNI (đã chuyển)", "Công an xã"},
		{"tcvn3 xlsx", "a.xlsx", xlsxOf(t, map[string][][]any{"DS": rowsOf(asWindows1252(tcvn3CSV))}), "xlsx, TCVN3 (đã chuyển)", "Công an xã"},
		{"vni xlsx", "a.xlsx", xlsxOf(t, map[string][][]any{"DS": rowsOf(asWindows1252(vniCSV))}), "xlsx, VNI (đã chuyển)", "Công an xã"},
		{"xlsx", "a.xlsx", xlsxOf(t, map[string][][]any{"DS": rowsOf(goodCSV)}), "xlsx", "Công an xã"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tables, err := Read(tt.file, bytes.NewReader(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if tables[0].Encoding != tt.wantEnc {
				t.Errorf("encoding %q, want %q", tables[0].Encoding, tt.wantEnc)
			}
			m, kind, _ := Guess(tables[0].Headers)
			r := Parse(tables[0], m, kind, nil)
			if got := names(r.Valid()); !slices.Equal(got, wantNames) {
				t.Fatalf("names %q, want %q\n%s", got, wantNames, r.Summary())
			}
			v := r.Valid()
			if v[0].Unit != tt.wantUnit || v[0].BirthDate != "1985-01-05" || v[1].Gender != app.GenderFemale {
				t.Errorf("first rows: %+v\n%+v", v[0], v[1])
			}
		})
	}
}

func rowsOf(csv string) [][]any {
	var out [][]any
	for l := range strings.Lines(csv) {
		var row []any
		for c := range strings.SplitSeq(strings.TrimRight(l, "\n"), ",") {
			row = append(row, c)
		}
		out = append(out, row)
	}
	return out
}

func nfd(s string) string {
	return strings.NewReplacer("ễ", "e\u0302\u0303", "ă", "a\u0306", "à", "a\u0300", "ặ", "a\u0323\u0306",
		"ị", "i\u0323", "ỷ", "y\u0309", "ầ", "a\u0302\u0300", "ố", "o\u0302\u0301", "ả", "a\u0309").Replace(s)
}

// to1258 writes s in Windows-1258, tones as combining marks after the
// letter, as Excel's plain "CSV" does on a Vietnamese Windows.
func to1258(s string) []byte {
	enc := charmap.Windows1258.NewEncoder()
	var b []byte
	for _, r := range nfdFull(s) {
		c, ok := enc.Bytes([]byte(string(r)))
		if ok != nil {
			panic(fmt.Sprintf("%q not in Windows-1258", r))
		}
		b = append(b, c...)
	}
	return b
}

// nfdFull keeps ă â ê ô ơ ư đ whole (Windows-1258 has them) and splits off
// the tone marks, except on the letters Windows-1258 has with their tone.
func nfdFull(s string) []rune {
	var out []rune
	for _, r := range s {
		if _, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, r)
			continue
		}
		var base, tones []rune
		for _, c := range norm.NFD.String(string(r)) {
			switch c {
			case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
				tones = append(tones, c)
			default:
				base = append(base, c)
			}
		}
		out = append(out, []rune(norm.NFC.String(string(base)))...)
		out = append(out, tones...)
	}
	return out
}

func TestReadErrors(t *testing.T) {
	good := xlsxOf(t, map[string][][]any{"DS": rowsOf(goodCSV)})
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"empty", "a.csv", nil, "trống"},
		{"spaces", "a.csv", []byte(" \r\n\t\n"), "trống"},
		{"corrupt xlsx", "a.xlsx", []byte("PK\x03\x04garbage that is not a zip"), "bị hỏng"},
		{"truncated xlsx", "a.xlsx", good[:len(good)/2], "bị hỏng"},
		{"xlsx that is not a zip", "a.xlsx", []byte("Họ và tên\nA\n"), "bị hỏng"},
		{"xls", "a.xls", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest"), ".xls"},
		{"password xlsx", "a.xlsx", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest"), "mật khẩu"},
		{"pdf", "a.csv", []byte("%PDF-1.4 ..."), "không phải bảng tính"},
		{"binary", "a.csv", []byte{1, 2, 3, 0, 5, 6, 7, 8, 9}, "không phải bảng tính"},
		{"ods", "a.ods", good, "LibreOffice"},
		{"open quote", "a.csv", []byte("Họ và tên,Ghi chú\nAn,\"chưa đóng\n"), "dòng 2: dấu ngoặc kép"},
		{"mixed legacy", "a.csv", []byte("Họ và tên,Ngày sinh,Ghi chú\n" + asWindows1252("Nguy\xd4n V\xa8n Ho\xb5,05/01/1985,\nTr\xc7n Qu\xe8c To\xb6n,01/01/1980,") + "\nLê Thị Hà,01/01/1970,thôn Đông\n"), "Tệp có vẻ được gõ bằng bảng mã TCVN3 (.VnTime)"},
		{"unknown 8-bit", "a.csv", []byte("Name\n\xc0\xc1\xc2\xc3\xc4\xd1\xd6 \xdf\xf0\xf7\xfe\xff\n"), "bảng mã"},
		{"html named xls", "a.xls", []byte("<html><table><tr><td>Họ và tên</td></tr></table></html>"), "trang web"},
		{"json", "a.json", []byte(`{"name": "An"}`), "không phải bảng tính"},
		{"only empty sheets", "a.xlsx", xlsxOf(t, map[string][][]any{"A": {{""}}}), "không có dữ liệu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tables, err := Read(tt.file, bytes.NewReader(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v (tables %+v), want %q", err, tables, tt.want)
			}
		})
	}
}

func TestHeaderOnlyFile(t *testing.T) {
	for _, data := range [][]byte{[]byte("Họ và tên,Ngày sinh\n"), xlsxOf(t, map[string][][]any{"DS": {{"Họ và tên", "Ngày sinh"}}})} {
		name := "a.csv"
		if bytes.HasPrefix(data, []byte("PK")) {
			name = "a.xlsx"
		}
		r := mustImport(t, name, data, nil)
		if len(r.Rows) != 0 || r.Summary() != "0 dòng: 0 hợp lệ, 0 lỗi, 0 trùng" {
			t.Errorf("%s: %s", name, r.Summary())
		}
	}
}

func TestTCVN3UpperCaseFontBytes(t *testing.T) {
	csv := "DANH S\xb8CH\nH\xe4 v\xb5 t\xaan,Ng\xb5y sinh\n\xa7\xc6NG TH\xde THU\xfb,05/01/1990\nNguy\xd4n V\xa8n Ho\xb5,05/01/1985\n"
	r := mustImport(t, "a.csv", []byte(csv), nil)
	if got := names(r.Valid()); !slices.Equal(got, []string{"ĐẶNG THỊ THUỶ", "Nguyễn Văn Hoà"}) || r.Encoding != "TCVN3 (đã chuyển)" {
		t.Fatalf("names %q (%s)", got, r.Encoding)
	}
}

func TestTCVN3UpperCaseFont(t *testing.T) {
	// A title typed in .VnTimeH, names in capitals (.VnTimeH) and in
	// lower case (.VnTime), and one row typed later in Unicode.
	csv := "DANH S\xb8CH C\xb8N B\xe9\n\n" +
		"STT,H\xe4 v\xb5 t\xaan,Ng\xb5y sinh\n" +
		"1,\xa7\xc6NG TH\xde THU\xfb,05/01/1990\n" +
		"2,Nguy\xd4n V\xa8n Ho\xb5,05/01/1985\n" +
		"3,Tr\xc7n Qu\xe8c To\xb6n,08/03/1975\n"
	data := []byte(asWindows1252(csv) + "4,Lê Văn Tám,01/01/1970\n5,Nguyễn Thị Hà,02/02/1972\n")
	tables, err := Read("a.csv", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	tb := tables[0]
	if tb.Rows[0].Line != 4 || tb.Headers[1] != "Họ và tên" {
		t.Fatalf("header %q, first row line %d", tb.Headers, tb.Rows[0].Line)
	}
	m, k, _ := Guess(tb.Headers)
	got := names(Parse(tb, m, k, nil).Valid())
	want := []string{"ĐẶNG THỊ THUỶ", "Nguyễn Văn Hoà", "Trần Quốc Toản", "Lê Văn Tám", "Nguyễn Thị Hà"}
	if !slices.Equal(got, want) {
		t.Fatalf("names %q, want %q", got, want)
	}
}

func TestTCVN3TableMatchesGlibc(t *testing.T) {
	// iconv -f TCVN5712-1 of the bytes A1–FF without B0–B4 (combining).
	const glibc = "ĂÂÊÔƠƯĐăâêôơưđẰàảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
	var b []byte
	for c := 0xA1; c <= 0xFF; c++ {
		if c < 0xB0 || c > 0xB4 {
			b = append(b, byte(c))
		}
	}
	if got := decodeTCVN3(b); got != glibc {
		t.Fatalf("TCVN3 table\n got %s\nwant %s", got, glibc)
	}
	if got := decodeTCVN3([]byte("a\xb3")); got != "á" {
		t.Errorf("combining acute: %q", got)
	}
}

func TestVNIEveryLetter(t *testing.T) {
	// Every lower-case vowel with every tone, as xvnkb's vni.h spells them.
	vowels := []struct{ vni, uni string }{
		{"a", "aáàảãạ"}, {"a\xe2", "âấầẩẫậ"}, {"a\xea", "ăắằẳẵặ"}, {"e", "eéèẻẽẹ"}, {"e\xe2", "êếềểễệ"},
		{"o", "oóòỏõọ"}, {"o\xe2", "ôốồổỗộ"}, {"\xf4", "ơớờởỡợ"}, {"u", "uúùủũụ"}, {"\xf6", "ưứừửữự"}, {"y", "yýỳỷỹỵ"},
	}
	circ := map[byte]string{0xf9: "\xe1", 0xf8: "\xe0", 0xfb: "\xe5", 0xf5: "\xe3", 0xef: "\xe4"}
	breve := map[byte]string{0xf9: "\xe9", 0xf8: "\xe8", 0xfb: "\xfa", 0xf5: "\xfc", 0xef: "\xeb"}
	for _, v := range vowels {
		want := []rune(v.uni)
		for i, tone := range []byte{0, 0xf9, 0xf8, 0xfb, 0xf5, 0xef} {
			in := v.vni
			switch {
			case tone == 0:
			case v.vni == "a\xe2" || v.vni == "e\xe2" || v.vni == "o\xe2":
				in = v.vni[:1] + circ[tone]
			case v.vni == "a\xea":
				in = "a" + breve[tone]
			case v.vni == "y" && tone == 0xef:
				in = "\xee"
			default:
				in += string([]byte{tone})
			}
			if got := decodeVNI([]byte(in)); got != string(want[i]) {
				t.Errorf("VNI %q = %q, want %q", in, got, string(want[i]))
			}
		}
	}
	for in, want := range map[string]string{"i": "i", "\xed": "í", "\xec": "ì", "\xe6": "ỉ", "\xf3": "ĩ", "\xf2": "ị", "\xf1": "đ", "\xd1": "Đ",
		"NGUYE\xc3N": "NGUYỄN", "\xd6\xd9NG": "ỨNG"} {
		if got := decodeVNI([]byte(in)); got != want {
			t.Errorf("VNI %q = %q, want %q", in, got, want)
		}
	}
}

func TestSyllable(t *testing.T) {
	for _, w := range []string{"Nguyễn", "Văn", "Hoà", "Hòa", "Thuỷ", "thủy", "Trần", "Quốc", "Toản", "ĐẶNG", "người", "khuya", "giữa", "gì", "Lắk", "xoong", "nguyệt"} {
		if !syllable(w) {
			t.Errorf("%q is a syllable", w)
		}
	}
	for _, w := range []string{"NguyÔn", "V¨n", "Hoµ", "Nguyeãn", "Vaên", "Hoaø", "Thò", "", "Hmông", "fax", "aaaa", "hóà"} {
		if w == "Thò" {
			continue // "thò" is a word too: VNI's "Thò" (Thị) reads as one
		}
		if syllable(w) {
			t.Errorf("%q is not a syllable", w)
		}
	}
}

func TestGuess(t *testing.T) {
	tests := []struct {
		headers  []string
		want     map[int]Field
		kind     app.Kind
		unmapped []string
	}{
		{[]string{"TT", "Họ tên", "Ngày tháng năm sinh", "CHỨC VỤ", "Đơn vị công tác", "Số ĐT", "Nữ", "Sở thích"},
			map[int]Field{1: FName, 2: FBirthDate, 3: FPosition, 4: FUnit, 5: FPhone, 6: FFemaleMark}, app.KindIndividual, []string{"Sở thích"}},
		{[]string{"STT", "Họ và tên cán bộ", "Ngày, tháng, năm sinh (dd/mm/yyyy)", "Nam/Nữ", "Dân tộc", "Nguyên quán", "Chỗ ở hiện nay", "Cơ quan, đơn vị",
			"Chức vụ, chức danh", "Trình độ", "Trình độ LLCT", "SĐT", "Ghi chú", "Loại"},
			map[int]Field{1: FName, 2: FBirthDate, 3: FGender, 4: FEthnicity, 5: FHometown, 6: FResidence, 7: FUnit, 8: FPosition,
				9: FQualification, 10: FPoliticalTheory, 11: FPhone, 12: FNote, 13: FKind}, app.KindIndividual, nil},
		{[]string{"Sinh ngày", "hoten", "Giới tính", "Quê quán", "Địa chỉ", "Bộ phận", "Chuyên môn", "LLCT", "Điện thoại"},
			map[int]Field{0: FBirthDate, 2: FGender, 3: FHometown, 4: FResidence, 5: FUnit, 6: FQualification, 7: FPoliticalTheory, 8: FPhone},
			app.KindIndividual, []string{"hoten"}},
		{[]string{"STT", "Tên tập thể", "Thủ trưởng", "Tổng số", "Số nữ", "Ghi chú"},
			map[int]Field{1: FName, 2: FHead, 3: FMembers, 4: FWomen, 5: FNote}, app.KindCollective, nil},
		{[]string{"Số TT", "Tên đơn vị", "Người đứng đầu", "Số người", "Nữ"},
			map[int]Field{1: FName, 2: FHead, 3: FMembers, 4: FWomen}, app.KindCollective, nil},
		{[]string{"Tập thể", "Số thành viên"}, map[int]Field{0: FName, 1: FMembers}, app.KindCollective, nil},
		// In a list of people, the collective's name is their unit.
		{[]string{"Họ và tên", "Tên đơn vị"}, map[int]Field{0: FName, 1: FUnit}, app.KindIndividual, nil},
		// A list of collectives named in the unit column.
		{[]string{"STT", "Đơn vị", "Thủ trưởng", "Số thành viên"}, map[int]Field{1: FName, 2: FHead, 3: FMembers}, app.KindCollective, nil},
		// A name split in two; "Tên" alone is the full name.
		{[]string{"Họ và tên đệm", "Tên", "Năm sinh"}, map[int]Field{0: FSurname, 1: FGivenName, 2: FBirthDate}, app.KindIndividual, nil},
		{[]string{"Tên", "Nam", "Nữ"}, map[int]Field{0: FName, 1: FMaleMark, 2: FFemaleMark}, app.KindIndividual, nil},
		// Tone placement and case do not matter; a repeated field is listed.
		{[]string{"HỌ VÀ TÊN", "Ghi chú", "Ghi chú"}, map[int]Field{0: FName, 1: FNote}, app.KindIndividual, []string{"Ghi chú"}},
		{[]string{"Họ và tên", "Đang xem xét kỷ luật", "Thủ trưởng", "Số thành viên"},
			map[int]Field{0: FName, 1: FSuspendedNote, 2: FHead, 3: FMembers}, app.KindIndividual, nil},
		// A unit's superior; beside it, "Đơn vị" names the collective, and in
		// a list of people it is kept apart from the person's own unit.
		{[]string{"STT", "Tên đơn vị", "Cơ quan cấp trên trực tiếp", "Số thành viên"},
			map[int]Field{1: FName, 2: FParent, 3: FMembers}, app.KindCollective, nil},
		{[]string{"Đơn vị", "Trực thuộc"}, map[int]Field{0: FName, 1: FParent}, app.KindCollective, nil},
		{[]string{"Họ và tên", "Cơ quan", "Cấp trên"}, map[int]Field{0: FName, 1: FUnit, 2: FParent}, app.KindIndividual, nil},
	}
	for _, tt := range tests {
		m, kind, unmapped := Guess(tt.headers)
		if len(m) != len(tt.want) || kind != tt.kind || !slices.Equal(unmapped, tt.unmapped) {
			t.Errorf("Guess(%q) = %v, %s, %q; want %v, %s, %q", tt.headers, m, kind, unmapped, tt.want, tt.kind, tt.unmapped)
			continue
		}
		for i, f := range tt.want {
			if m[i] != f {
				t.Errorf("Guess(%q)[%d] = %q, want %q", tt.headers, i, m[i], f)
			}
		}
	}
}

func TestParseGoodAndBadRows(t *testing.T) {
	existing := []app.Participant{{ID: 1, Kind: app.KindCollective, Name: "Công an xã"}}
	csv := "STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ,Đơn vị,Điện thoại,Ghi chú\n" +
		"1,Nguyễn Văn Hoà,05/01/1985,Nam,Công chức Tư pháp,CÔNG AN XÃ,0912345678,\n" + // 2
		"2,Đặng Thị Thuỷ,5/1/90,Nữ,Văn thư,Tổ mới,912345678,\"dòng một\ndòng hai\"\n" + // 3 (4 in the file's lines)
		"3,,01/01/1980,Nam,,,,\n" + // 4
		"4,Lê Văn Sai Ngày,31/02/1985,Nam,,,,\n" + // 5
		"5,Lê Văn Tương Lai,01/01/2999,Nam,,,,\n" + // 6
		"6,Phạm Văn Giới,01/01/1980,Không rõ,,,,\n" + // 7
		"7,Vũ Văn Năm,1980,Nam,,,,\n" + // 8
		"8,Vũ Văn Cổ,01/01/1890,Nam,,,,\n" + // 9
		"9,Hồ Văn Chữ,ngày 5,Nam,,,,\n" + // 10
		"10,,,,,,,\n" + // 11: only the STT: not a row
		",,,,,,,\n" + // 12: empty
		"11,Tô Văn Gạch,05-01-1985,M,,,0912.345.678,\n" + // 13
		"12,Lý Thị Chấm,05.01.1985,F,,,,\n" // 14
	r := mustImport(t, "a.csv", []byte(csv), existing)
	if got := r.Summary(); got != "11 dòng: 4 hợp lệ, 7 lỗi, 0 trùng" {
		t.Fatalf("summary = %q", got)
	}
	v := r.Valid()
	if v[0].UnitID != 1 || v[0].Unit != "" || v[0].Phone != "0912345678" || v[0].Position != "Công chức Tư pháp" {
		t.Errorf("known unit is linked whatever its case: %+v", v[0])
	}
	if v[1].BirthDate != "1990-01-05" || v[1].Unit != "Tổ mới" || v[1].Phone != "0912345678" || v[1].Note != "dòng một\ndòng hai" {
		t.Errorf("d/m/yy, unknown unit kept as text, phone's zero, multi-line note: %+v", v[1])
	}
	if v[2].BirthDate != "1985-01-05" || v[2].Gender != app.GenderMale || v[2].Phone != "0912345678" ||
		v[3].BirthDate != "1985-01-05" || v[3].Gender != app.GenderFemale {
		t.Errorf("dd-mm-yyyy, dd.mm.yyyy, M/F: %+v %+v", v[2], v[3])
	}
	var text bytes.Buffer
	r.WriteText(&text)
	want := "dòng 4, cột Họ và tên: chưa có họ tên\n" +
		"dòng 5, cột Ngày sinh: không đọc được ngày “31/02/1985” — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/1985\n" +
		"dòng 6, cột Ngày sinh: ngày sinh 01/01/2999 ở tương lai\n" +
		"dòng 7, cột Giới tính: giới tính “Không rõ” không đọc được — ghi Nam hoặc Nữ\n" +
		"dòng 8, cột Ngày sinh: chỉ có năm sinh 1980 — cần đủ ngày/tháng/năm, ví dụ 05/01/1980\n" +
		"dòng 9, cột Ngày sinh: năm sinh 1890 trước 1900, không hợp lệ\n" +
		"dòng 10, cột Ngày sinh: không đọc được ngày “ngày 5” — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/1985\n"
	if text.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", text.String(), want)
	}
	for _, row := range r.Invalid() {
		if row.Line != rowLine(row.Problems[0].Where) {
			t.Errorf("row %d has problem at %q", row.Line, row.Problems[0].Where)
		}
	}
}

func rowLine(where string) int {
	var n int
	fmt.Sscanf(where, "dòng %d", &n)
	return n
}

func TestDuplicates(t *testing.T) {
	existing := []app.Participant{
		{ID: 1, Kind: app.KindCollective, Name: "Công an xã"},
		{ID: 2, Kind: app.KindIndividual, Name: "Trần Văn Có Sẵn", BirthDate: "1970-03-04"},
		{ID: 3, Kind: app.KindIndividual, Name: "Ngô Thị Không Ngày"},
	}
	csv := "Họ và tên,Ngày sinh\n" +
		"Nguyễn Văn Hoà,05/01/1985\n" + // 2
		"NGUYỄN VĂN HÒA,5/1/1985\n" + // 3: same person, other case and tone placement
		"Nguyễn Văn Hoà,06/01/1985\n" + // 4: another person
		"Tran Van Co San,04/03/1970\n" + // 5: stored, typed without marks
		"Ngô Thị Không Ngày,\n" + // 6: stored, no birth date either
		"Nguyễn Văn Hoà,31/02/1985\n" + // 7: invalid: not a duplicate
		"Nguyễn Văn Hoà,05/01/1985\n" // 8: third occurrence
	r := mustImport(t, "a.csv", []byte(csv), existing)
	if got := r.Summary(); got != "7 dòng: 2 hợp lệ, 1 lỗi, 4 trùng" {
		t.Fatalf("summary = %q", got)
	}
	got := map[int]string{}
	for _, d := range r.Duplicates() {
		got[d.Line] = d.Duplicate
	}
	want := map[int]string{3: "trùng với dòng 2", 5: "trùng với Trần Văn Có Sẵn (04/03/1970) đã có",
		6: "trùng với Ngô Thị Không Ngày đã có", 8: "trùng với dòng 2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("duplicates %v, want %v", got, want)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	if !strings.Contains(text.String(), "dòng 3: NGUYỄN VĂN HÒA — trùng với dòng 2, không nhập lại\n") {
		t.Errorf("report:\n%s", text.String())
	}
	// Collectives: the same folded name.
	r = mustImport(t, "b.csv", []byte("Tên tập thể,Số thành viên,Số nữ\nCông an xã,10,2\nTổ dân phố 1,30,31\nTổ dân phố 2,5,\ntổ dân phố 2,6,1\n"), existing)
	if r.Kind != app.KindCollective || r.Summary() != "4 dòng: 1 hợp lệ, 1 lỗi, 2 trùng" {
		t.Fatalf("collectives: %s %s", r.Kind, r.Summary())
	}
	if p := r.Invalid()[0].Problems[0]; p.String() != "dòng 3, cột Số nữ: số nữ (31) lớn hơn số thành viên (30)" {
		t.Errorf("problem %q", p)
	}
}

func TestTitleRowsSubHeaderAndFooter(t *testing.T) {
	sheet := [][]any{
		{"ỦY BAN NHÂN DÂN XÃ HÒA PHONG"},
		{"DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"},
		{},
		{"STT", "Họ và tên", "Ngày sinh", "", "Chức vụ"}, // 4
		{"", "", "Nam", "Nữ", ""},                        // 5
		{"(1)", "(2)", "(3)", "(4)", "(5)"},              // 6
		{1, "Nguyễn Văn Hoà", "05/01/1985", "", "Chủ tịch"},
		{2, "Đặng Thị Thuỷ", "", "1990", "Văn thư"},
		{3, "Trần Thị Lan", "", "02/02/1992", ""},
		{4, "", "", "", ""}, // pre-numbered blank line
		{"Tổng cộng: 3 người"},
		{"", "Người lập biểu", "", "", "CHỦ TỊCH"},
		{"", "Lê Văn Lập", "", "", "Phạm Văn Ký"},
	}
	r := mustImport(t, "a.xlsx", xlsxOf(t, map[string][][]any{"DS": sheet}), nil)
	if r.Summary() != "3 dòng: 2 hợp lệ, 1 lỗi, 0 trùng" || r.Footer != 11 {
		t.Fatalf("%s, footer %d", r.Summary(), r.Footer)
	}
	v := r.Valid()
	if v[0].Gender != app.GenderMale || v[0].BirthDate != "1985-01-05" || v[1].Name != "Trần Thị Lan" || v[1].Gender != app.GenderFemale || v[1].BirthDate != "1992-02-02" {
		t.Errorf("valid %+v", v)
	}
	if p := r.Invalid()[0].Problems[0].String(); p != "dòng 8, cột Nữ: chỉ có năm sinh 1990 — cần đủ ngày/tháng/năm, ví dụ 05/01/1990" {
		t.Errorf("problem %q", p)
	}
}

func TestGenderRowUnderHeaderIsData(t *testing.T) {
	// A row with only "Nam" under "Giới tính" is a row (without a name), not
	// a second header row.
	r := mustImport(t, "a.csv", []byte("Họ và tên,Giới tính\n,Nam\nLê Văn An,Nam\n"), nil)
	if r.Summary() != "2 dòng: 1 hợp lệ, 1 lỗi, 0 trùng" {
		t.Fatal(r.Summary())
	}
}

func TestXLSXSerialDatesAndPhones(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	f.SetSheetRow(sh, "A1", &[]any{"Họ và tên", "Ngày sinh", "Điện thoại", "Ghi chú"})
	iso, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	us := "m/d/yyyy"
	usStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &us})
	vn := "[$-42A]dd/mm/yyyy;@"
	vnStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &vn})
	zeros := "0000000000"
	zeroStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &zeros})
	thousands, _ := f.NewStyle(&excelize.Style{NumFmt: 3}) // #,##0
	rows := []struct {
		cells      []any
		dateStyle  int
		phoneStyle int
	}{
		{[]any{"Nguyễn Văn Một", 31048, 912345678, ""}, iso, 0},             // 2: 01/01/1985
		{[]any{"Nguyễn Văn Hai", 31052, 912345678, ""}, usStyle, zeroStyle}, // 3: 05/01/1985 shown as 1/5/1985
		{[]any{"Nguyễn Văn Ba", 31052, 2438266666, ""}, vnStyle, thousands}, // 4
		{[]any{"Nguyễn Văn Bốn", 29221, "0912 345 678", 31052}, 0, 0},       // 5: plain number in Ngày sinh: serial
		{[]any{"Nguyễn Văn Năm", 1980, "", ""}, 0, 0},                       // 6: year only
		{[]any{"Nguyễn Văn Sáu", 60, "", ""}, iso, 0},                       // 7: 29/02/1900
		{[]any{"Nguyễn Văn Bảy", "05/01/1985", "", ""}, 0, 0},               // 8: text
		{[]any{"Nguyễn Văn Tám", 31052.75, 2438266666, ""}, iso, 0},         // 9: date with a time; landline
	}
	for i, r := range rows {
		n := i + 2
		f.SetSheetRow(sh, fmt.Sprintf("A%d", n), &r.cells)
		if r.dateStyle != 0 {
			f.SetCellStyle(sh, fmt.Sprintf("B%d", n), fmt.Sprintf("B%d", n), r.dateStyle)
		}
		if r.phoneStyle != 0 {
			f.SetCellStyle(sh, fmt.Sprintf("C%d", n), fmt.Sprintf("C%d", n), r.phoneStyle)
		}
	}
	f.SetCellStyle(sh, "D5", "D5", iso)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	r := mustImport(t, "ds.xlsx", b.Bytes(), nil)
	got := map[string]string{}
	for _, row := range r.Rows {
		p := row.Participant
		got[p.Name] = p.BirthDate + " " + p.Phone + " " + p.Note
		for _, pr := range row.Problems {
			got[p.Name] = pr.String()
		}
	}
	want := map[string]string{
		"Nguyễn Văn Một": "1985-01-01 0912345678 ",
		"Nguyễn Văn Hai": "1985-01-05 0912345678 ",
		"Nguyễn Văn Ba":  "1985-01-05 02438266666 ",
		"Nguyễn Văn Bốn": "1980-01-01 0912345678 05/01/1985",
		"Nguyễn Văn Năm": "dòng 6, cột Ngày sinh: chỉ có năm sinh 1980 — cần đủ ngày/tháng/năm, ví dụ 05/01/1980",
		"Nguyễn Văn Sáu": "dòng 7, cột Ngày sinh: không đọc được ngày “29/02/1900” — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/1985",
		"Nguyễn Văn Bảy": "1985-01-05  ",
		"Nguyễn Văn Tám": "1985-01-05 02438266666 ",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
	// A plain serial 60 and the serials around it.
	for n, w := range map[int]string{59: "1900-02-28", 61: "1900-03-01", 29221: "1980-01-01", 31048: "1985-01-01"} {
		if d, ok := excelSerial(n); !ok || d.Format("2006-01-02") != w {
			t.Errorf("serial %d = %v, want %s", n, d, w)
		}
	}
	if _, ok := excelSerial(60); ok {
		t.Error("serial 60 is 29/02/1900, which did not exist")
	}
}

func TestPhone(t *testing.T) {
	for in, want := range map[string]string{
		"912345678": "0912345678", "0912 345 678": "0912345678", "0912.345.678": "0912345678", "(024) 3826 6666": "02438266666",
		"2438266666": "02438266666", "+84 912 345 678": "+84912345678", "113": "113", "0912345678 / 0987654321": "0912345678/0987654321",
		"123456789": "123456789",
	} {
		if got := phone(in); got != want {
			t.Errorf("phone(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	cols := []app.Participant{
		{ID: 1, Kind: app.KindCollective, Name: "Công an xã", Head: "Lê Quang Huy", Members: 12, Women: 2, Note: "dòng 1\ndòng 2",
			Parent: "Công an thị xã Mỹ Hào"},
		{ID: 2, Kind: app.KindCollective, Name: "Trường Mầm non Hòa Phong", Members: 0, Suspended: true},
	}
	inds := []app.Participant{
		{ID: 10, Kind: app.KindIndividual, Name: "Nguyễn Văn Hoà", Gender: app.GenderMale, BirthDate: "1985-01-05", UnitID: 1,
			Position: "Công chức", Phone: "0912345678", Ethnicity: "Kinh", Hometown: "thôn Đông", Residence: "thôn Tây",
			Qualification: "Cử nhân Luật", PoliticalTheory: "Trung cấp", Suspended: true, SuspendedNote: "đang thanh tra"},
		{ID: 11, Kind: app.KindIndividual, Name: "Đặng Thị Thuỷ", Gender: app.GenderFemale, BirthDate: "1990-02-28", Unit: "Tổ dân phố 3", Phone: "02438266666"},
		{ID: 12, Kind: app.KindIndividual, Name: "Trần Quốc Toản", UnitID: 2, Phone: "+84 912 345 678"},
	}
	var b bytes.Buffer
	if err := Export(&b, cols, inds); err != nil {
		t.Fatal(err)
	}
	tables, err := Read("x.xlsx", bytes.NewReader(b.Bytes()))
	if err != nil || len(tables) != 2 || tables[0].Sheet != SheetCollectives || tables[1].Sheet != SheetIndividuals {
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
		if len(r.Invalid()) > 0 {
			t.Fatalf("%s: %+v", tb.Sheet, r.Invalid())
		}
		got = append(got, r.Valid()...)
		existing = append(existing, cols...) // as stored, with their IDs
	}
	want := append(append([]app.Participant{}, cols...), inds...)
	want[4].Phone = "+84912345678" // separators are dropped
	if len(got) != len(want) {
		t.Fatalf("got %d participants, want %d", len(got), len(want))
	}
	for i := range want {
		w, g := want[i], got[i]
		w.ID, g.ID = 0, 0
		if w != g {
			t.Errorf("row %d:\n got  %+v\n want %+v", i, g, w)
		}
	}
	again := Parse(tables[1], mustGuess(tables[1]), app.KindIndividual, append(cols, inds...))
	if len(again.Valid()) != 0 || len(again.Duplicates()) != 3 {
		t.Fatal("importing an export into the same database must add nothing")
	}
}

func mustGuess(t Table) Mapping { m, _, _ := Guess(t.Headers); return m }

func TestHugeCSV(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 rows")
	}
	var b strings.Builder
	b.WriteString("STT;Họ và tên;Ngày sinh;Giới tính;Đơn vị;Điện thoại\n")
	const n = 100_000
	for i := range n {
		fmt.Fprintf(&b, "%d;Người Số %d;%02d/%02d/19%02d;%s;Tổ %d;09%08d\n", i+1, i, 1+i%28, 1+i%12, 50+i%50, []string{"Nam", "Nữ"}[i%2], i%40, i)
	}
	data := []byte(b.String())
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := mustImport(t, "big.csv", data, nil)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if len(r.Rows) != n || len(r.Valid()) != n || r.Rows[n-1].Line != n+1 {
		t.Fatalf("%s", r.Summary())
	}
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("file %d MB; held after import %d MB; allocated %d MB", len(data)>>20, held>>20, allocated>>20)
	if held > 200<<20 || allocated > 1<<30 {
		t.Errorf("importing %d rows holds %d MB and allocates %d MB", n, held>>20, allocated>>20)
	}
	runtime.KeepAlive(r)
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{goodCSV, tcvn3CSV, vniCSV, "Họ và tên;Ngày sinh\n\"a,b\";31/02/1985\n", "Tên tập thể,Số thành viên,Nữ\nA,3,x\n"} {
		f.Add([]byte(s))
	}
	f.Add(utf16le(goodCSV))
	f.Add(to1258(goodCSV))
	f.Fuzz(func(t *testing.T, b []byte) { checkNeverInvalid(t, "f.csv", b) })
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(minimalXLSX(f, zip.Store))
	f.Add(minimalXLSX(f, zip.Deflate))
	f.Add(xlsxWith(f, 3))
	f.Add(xlsxOf(f, map[string][][]any{"DS": rowsOf(asWindows1252(tcvn3CSV)), "B": rowsOf(goodCSV)}))
	var b bytes.Buffer
	Export(&b, []app.Participant{{Kind: app.KindCollective, Name: "Công an xã", Members: 3}},
		[]app.Participant{{Kind: app.KindIndividual, Name: "Nguyễn Văn Hoà", BirthDate: "1985-01-05", Unit: "Công an xã"}})
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) { checkNeverInvalid(t, "f.xlsx", b) })
}

// minimalXLSX is a small workbook written by hand (no theme, one style with
// a date format, shared and inline strings), a seed the fuzzer can work on.
func minimalXLSX(t testing.TB, method uint16) []byte {
	return zipOf(t, method, minimalParts())
}

// part is a file inside a workbook's zip.
type part struct{ name, body string }

// minimalParts are the parts of minimalXLSX.
func minimalParts() []part {
	return []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>` +
			`<borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`},
		{"xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">` +
			`<si><t>Họ và tên</t></si><si><t>Ngày sinh</t></si><si><t>Điện thoại</t></si><si><t>Nguyễn Văn Hoà</t></si></sst>`},
		{"xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
			`<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>31052</v></c><c r="C2"><v>912345678</v></c></row>` +
			`<row r="3"><c r="A3" t="inlineStr"><is><t>Đặng Thị Thuỷ</t></is></c><c r="B3" s="2"><v>60</v></c><c r="C3" t="str"><v>0912345678</v></c></row>` +
			`</sheetData></worksheet>`},
	}
}

// zipOf zips parts as a workbook is zipped.
func zipOf(t testing.TB, method uint16, files []part) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, file := range files {
		fw, err := w.CreateHeader(&zip.FileHeader{Name: file.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(file.body))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMinimalXLSX(t *testing.T) {
	r := mustImport(t, "m.xlsx", minimalXLSX(t, zip.Deflate), nil)
	if r.Summary() != "2 dòng: 1 hợp lệ, 1 lỗi, 0 trùng" || r.Valid()[0].BirthDate != "1985-01-05" || r.Valid()[0].Phone != "0912345678" {
		t.Fatalf("%s %+v %+v", r.Summary(), r.Valid(), r.Invalid())
	}
}

// checkNeverInvalid reads any bytes: no panic, and every participant
// offered for storing passes validation.
func checkNeverInvalid(t *testing.T, name string, b []byte) {
	tables, err := Read(name, bytes.NewReader(b))
	if err != nil {
		return
	}
	for _, tb := range tables {
		m, kind, _ := GuessTable(tb)
		for _, p := range Parse(tb, m, kind, nil).Valid() {
			var ps app.Problems
			p.Validate(&ps, "")
			if len(ps) > 0 {
				t.Fatalf("Parse offered an invalid participant %+v: %v", p, ps)
			}
		}
	}
}

// xlsxWith writes a workbook of rows people, as offices' files have them:
// "Ngày sinh" a date serial with a date style, the phone a number.
func xlsxWith(t testing.TB, rows int) []byte {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	sw.SetRow("A1", []any{"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị", "Điện thoại"})
	for i := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		sw.SetRow(cell, []any{i + 1, fmt.Sprintf("Nguyễn Văn Số %d", i), excelize.Cell{StyleID: date, Value: 18000 + i%20000},
			[]string{"Nam", "Nữ"}[i%2], fmt.Sprintf("Tổ %d", i%40), 912000000 + i})
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestXLSXWith(t *testing.T) {
	r := mustImport(t, "ds.xlsx", xlsxWith(t, 3), nil)
	v := r.Valid()
	if len(v) != 3 || v[0].BirthDate != "1949-04-12" || v[0].Phone != "0912000000" || v[1].Gender != app.GenderFemale {
		t.Fatalf("%+v", v)
	}
}

func BenchmarkImportXLSX10k(b *testing.B) {
	data := xlsxWith(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		if r, err := importFile(b, "big.xlsx", data, nil); err != nil || len(r.Valid()) != 10000 {
			b.Fatal(err, r.Summary())
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
