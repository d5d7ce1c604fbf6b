package telex

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app/viet"
)

// words are Vietnamese words as official documents write them (tone of
// "oa", "oe", "uy" ending a word on the first vowel): names, place names
// and the vocabulary of emulation and commendation.
var words = strings.Fields(`
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trịnh Mai
Thị Văn Hữu Đức Minh Thuỷ Thủy Hòa Phong Hương Lan Hồng Tuấn Dũng Quỳnh Nguyệt Khoa Thảo Yến
Ngọc Phương Thúy Hạnh Trung Quang Thắng Cường Tùng Hiếu Nghĩa Thịnh Vượng Xuân Hạ Thu Đông
Quyết định khuyến khích đường xã phường huyện tỉnh thành phố thị trấn thôn xóm ấp bản
thi đua khen thưởng ủy ban nhân dân chủ tịch phó bí thư đảng hội đồng giấy bằng chiến sĩ
lao động tiên tiến tập thể cá hoàn xuất sắc nhiệm vụ năm kế hoạch báo cáo tổng kết
phong trào đẩy mạnh công tác vận chính quyền phục người doanh nghiệp
được những trong không với cho các của một này đã sẽ đang cũng như theo về
trường học sinh giáo viên bệnh viện trạm y tế cán bộ công chức hợp đồng
ngày tháng số ký hiệu nơi nhận lưu điều khoản mục tiêu yêu cầu nội dung
giữ gìn giúp giải quyết già giặc gió giường giấy giỏi
quý quả quốc quận quê quen quạ quầy quyền quyển quỹ
thuở huơ khuỷu ngoẹo khoái ngoáy khuya rượu hươu tươi mười người cười
cứu hưu mưa cửa múa mía tủi cáo mái rồi hỏi
hoặc hoạch khỏe khoẻ tòa toà hóa hoá thủy thuỷ lũy lũy
việt nam tiếng đất nước độc lập tự hạnh phúc
tuổi đầu cuối mỗi mọi nhiều ít hơn nhất
đoàn viên thanh niên phụ nữ cựu binh nông dân mặt trận tổ quốc
biểu dương tôn vinh gương điển hình sáng kiến đề tài
`)

// keysFor spells a word in Telex (method Telex) or VNI: each letter, its
// shape mark right after it, the tone at the end of the word.
func keysFor(m Method, word string) string {
	var b strings.Builder
	toneKey := ""
	for _, r := range word {
		parts := []rune(norm.NFD.String(string(r)))
		base := parts[0]
		if base == 'đ' || base == 'Đ' {
			b.WriteRune(map[rune]rune{'đ': 'd', 'Đ': 'D'}[base])
			b.WriteString(map[Method]string{Telex: "d", VNI: "9"}[m])
			continue
		}
		b.WriteRune(base)
		for _, p := range parts[1:] {
			switch p {
			case '\u0302': // â ê ô
				if m == Telex {
					b.WriteString(strings.ToLower(string(base)))
				} else {
					b.WriteString("6")
				}
			case '\u0306': // ă
				b.WriteString(map[Method]string{Telex: "w", VNI: "8"}[m])
			case '\u031B': // ơ ư
				b.WriteString(map[Method]string{Telex: "w", VNI: "7"}[m])
			default:
				i := strings.IndexRune("\u0301\u0300\u0309\u0303\u0323", p)
				if i < 0 {
					panic("unknown mark in " + word)
				}
				n := len([]rune("\u0301\u0300\u0309\u0303\u0323"[:i]))
				toneKey = map[Method][]string{Telex: {"s", "f", "r", "x", "j"}, VNI: {"1", "2", "3", "4", "5"}}[m][n]
			}
		}
	}
	return b.String() + toneKey
}

// newStyle reports whether w places the tone of a word-final "oa", "oe",
// "uy" on the second vowel.
func newStyle(w string) bool {
	return viet.OldStyleTone(w) != w
}

func TestWordTable(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range words {
		seen[w] = true
	}
	if len(seen) < 200 {
		t.Fatalf("the table has %d different words, want at least 200", len(seen))
	}
	for w := range seen {
		for _, m := range []Method{Telex, VNI} {
			keys := keysFor(m, w)
			if got := Word(m, !newStyle(w), keys); got != w {
				t.Errorf("%v %q = %q, want %q", m, keys, got, w)
			}
		}
	}
}

func TestRules(t *testing.T) {
	tests := []struct {
		m        Method
		oldStyle bool
		keys     string
		want     string
	}{
		// Tone placement, old and new style.
		{Telex, true, "hoaf", "hòa"},
		{Telex, false, "hoaf", "hoà"},
		{Telex, true, "khoer", "khỏe"},
		{Telex, false, "khoer", "khoẻ"},
		{Telex, true, "thuyr", "thủy"},
		{Telex, false, "thuyr", "thuỷ"},
		{Telex, true, "hoanf", "hoàn"}, // a final consonant: both styles agree
		{Telex, false, "hoanf", "hoàn"},
		{Telex, true, "hoafn", "hoàn"}, // the tone moves as the word grows
		{VNI, true, "hoa2", "hòa"},
		{VNI, false, "thuy3", "thuỷ"},
		// Marks typed after the final consonant (free style).
		{Telex, true, "vietej", "việt"},
		{Telex, true, "duongwf", "dường"},
		{Telex, true, "ddinhj", "định"},
		{Telex, true, "dinhdj", "định"},
		{VNI, true, "viet65", "việt"},
		// uơ, ươ and the w rules.
		{Telex, true, "thuowr", "thuở"},
		{Telex, true, "huow", "huơ"},
		{Telex, true, "nguoiwf", "người"},
		{Telex, true, "muaw", "mưa"},
		{Telex, true, "quaw", "quă"},
		{Telex, true, "hoawcj", "hoặc"},
		{Telex, true, "w", "ư"},
		{Telex, true, "tw", "tư"},
		{Telex, true, "ww", "w"},
		{Telex, true, "aw", "ă"},
		{Telex, true, "aww", "aw"},
		{Telex, true, "ow", "ơ"},
		{VNI, true, "tu7o7i2", "tười"},
		{VNI, true, "mu7a", "mưa"},
		{VNI, true, "a8", "ă"},
		// gi and qu.
		{Telex, true, "gif", "gì"},
		{Telex, true, "giaf", "già"},
		{Telex, true, "giuwax", "giữa"},
		{Telex, true, "quys", "quý"},
		{Telex, true, "quaj", "quạ"},
		{Telex, true, "quoocs", "quốc"},
		{VNI, true, "qua5", "quạ"},
		{VNI, true, "gi2n", "gìn"},
		// Double-key undo.
		{Telex, true, "aa", "â"},
		{Telex, true, "aaa", "aa"},
		{Telex, true, "ddd", "dd"},
		{Telex, true, "ass", "as"},
		{Telex, true, "bass", "bas"},
		{Telex, true, "tieeen", "tieen"},
		{VNI, true, "a11", "a1"},
		{VNI, true, "a66", "a6"},
		{VNI, true, "d99", "d9"},
		// z and 0 remove the tone; with no tone they are letters.
		{Telex, true, "asz", "a"},
		{Telex, true, "hoafz", "hoa"},
		{Telex, true, "z", "z"},
		{VNI, true, "a10", "a"},
		{VNI, true, "0", "0"},
		// The last tone key wins.
		{Telex, true, "asf", "à"},
		{VNI, true, "a12", "à"},
		// Tone keys with no vowel are letters.
		{Telex, true, "s", "s"},
		{Telex, true, "xax", "xã"},
		{Telex, true, "Trangf", "Tràng"},
		// Capitals.
		{Telex, true, "NGUYEENX", "NGUYỄN"},
		{Telex, true, "DDuwowngf", "Đường"},
		{Telex, true, "Aas", "Ấ"},
		{VNI, true, "D9u7o7ng2", "Đường"},
		// Off changes nothing.
		{Off, true, "nguyeenx", "nguyeenx"},
	}
	for _, tt := range tests {
		if got := Word(tt.m, tt.oldStyle, tt.keys); got != tt.want {
			t.Errorf("%v old=%v %q = %q, want %q", tt.m, tt.oldStyle, tt.keys, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	for _, tt := range []struct {
		m          Method
		keys, want string
	}{
		{Telex, "Nguyeenx Thij Thuyr, Hoaf Phong - dduwowngf 12.", "Nguyễn Thị Thủy, Hòa Phong - đường 12."},
		{VNI, "Nguye6n4 Thi5 Thuy3, Hoa2 Phong - d9u7o7ng2 12.", "Nguyễn Thị Thủy, Hòa Phong - đường 12."},
	} {
		if got := Text(tt.m, true, tt.keys); got != tt.want {
			t.Errorf("%v %q = %q, want %q", tt.m, tt.keys, got, tt.want)
		}
	}
}

func TestParseMethod(t *testing.T) {
	for _, m := range []Method{Off, Telex, VNI} {
		if got := ParseMethod(m.String()); got != m {
			t.Errorf("ParseMethod(%q) = %v, want %v", m.String(), got, m)
		}
	}
}
