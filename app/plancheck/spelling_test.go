package plancheck

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
	"thidua/app/viet"
)

func TestMisspellingTable(t *testing.T) {
	if len(misspellings) < 40 {
		t.Fatalf("only %d misspellings, want at least 40", len(misspellings))
	}
	seen := map[string]bool{}
	for _, m := range misspellings {
		key := strings.Join(words(m.Wrong), " ")
		if seen[key] {
			t.Errorf("%q listed twice", m.Wrong)
		}
		seen[key] = true
		if m.Note == "" || m.Right == "" {
			t.Errorf("%q: empty note or correction", m.Wrong)
		}
		if m.Wrong != viet.NFC(m.Wrong) || m.Right != viet.NFC(m.Right) {
			t.Errorf("%q: table text must be NFC", m.Wrong)
		}
		// A different tone placement is not an error: no entry may differ
		// from its correction only by where the tone mark sits.
		if key == strings.Join(words(m.Right), " ") {
			t.Errorf("%q → %q differ only by tone placement or case", m.Wrong, m.Right)
		}
		// Each entry is found on its own, in a sentence, and its
		// correction is not.
		sentence := "Đề nghị các đơn vị " + m.Wrong + " ngay."
		hits := defaultSpeller.find(sentence)
		if len(hits) != 1 || hits[0].entry.Wrong != m.Wrong || hits[0].found != m.Wrong {
			t.Errorf("%q not found alone in %q: %+v", m.Wrong, sentence, hits)
		}
		if hits := defaultSpeller.find("Đề nghị các đơn vị " + m.Right + " ngay."); len(hits) != 0 {
			t.Errorf("correction %q is flagged: %q", m.Right, hits[0].entry.Wrong)
		}
	}
}

// correctText is correct administrative Vietnamese full of words that
// contain, or sit next to, the table's wrong forms.
const correctText = `Ủy ban nhân dân thị xã và Ủy ban nhân dân xã phối hợp bảo đảm công khai, minh bạch;
tiếp nhận, xử lý, xử lí hồ sơ đúng hạn; sắp xếp, sáp nhập đơn vị hành chính cấp xã;
nâng cao năng suất lao động, khả năng xuất khẩu nông sản và chức năng xuất nhập cảnh;
hồ sơ xuất trình đầy đủ; giám sát nhập khẩu, kiểm sát nhập cảnh, khảo sát nhập liệu;
bùng nổ lực lượng sản xuất; nghiên cứu lịch sử lý luận; vấn đề suất ăn bán trú;
bức tranh dành cho thiếu nhi; hiểu kỹ luật đất đai; thua lỗ lực lượng; kinh phí được phân chia sẽ công khai;
hòa giải, hoà giải ở cơ sở; thôn văn hóa, văn hoá; Ủy ban, Uỷ ban; thủy lợi, thuỷ lợi; khỏe mạnh, khoẻ mạnh;
tham quan học tập kinh nghiệm; xuất sắc, xuất xứ, đột xuất, đề xuất, sơ suất; sản xuất và tiêu thụ;
bình xét, xem xét, xét duyệt; chính xác; xác định; kiểm tra, giám sát; tiêu biểu; triển khai;
đoàn thể, hoàn thành, toàn diện, hiệu quả, quý I; cập nhật; ngành; nghiêm túc; nỗ lực; cổ vũ;
tuyên dương, biểu dương; dành dụm; tranh giành; giành giật; giữ gìn; giãi bày; trau dồi;
khoảnh khắc; chỉn chu; bàng quan; bức xúc; bứt phá; sát sao; sâu sát; sâu sắc; sứ mệnh;
thường xuyên; xán lạn; chẩn đoán; chân thành; trân trọng; vô hình trung; tựu trung;
giải quyết; chuẩn bị; đảm bảo; hướng dẫn; lãnh đạo; lãng phí; sửa chữa; sửa đổi; rõ ràng;
chặt chẽ; mạnh mẽ; sẵn sàng; dễ dàng; chia sẻ; bồi dưỡng; hưởng ứng; ảnh hưởng; suy nghĩ;
nghỉ ngơi; vẻ vang; sức khỏe; kỷ luật; kỷ niệm; kỹ thuật; kỹ năng; bổ sung; sử dụng; xử phạt.`

func TestNoFalsePositivesOnCorrectText(t *testing.T) {
	for _, text := range []string{correctText, norm.NFD.String(correctText), strings.ToUpper(correctText)} {
		if hits := defaultSpeller.find(text); len(hits) != 0 {
			for _, h := range hits {
				t.Errorf("false positive %q (%q)", h.found, h.entry.Wrong)
			}
		}
	}
	// The words of the table's corrections, one after the other, are fine too.
	var rights []string
	for _, m := range misspellings {
		rights = append(rights, m.Right)
	}
	if hits := defaultSpeller.find(strings.Join(rights, "; ")); len(hits) != 0 {
		t.Errorf("corrections flagged: %q", hits[0].found)
	}
}

func TestMatcherVariants(t *testing.T) {
	tests := []struct {
		text, found, fix string
		count            int
	}{
		{"đảm bảo minh mạch, công khai", "minh mạch", "minh bạch", 1},
		{"MINH MẠCH", "MINH MẠCH", "MINH BẠCH", 1},
		{"Minh mạch là yêu cầu", "Minh mạch", "Minh bạch", 1},
		{norm.NFD.String("công khai, minh mạch"), "minh mạch", "minh bạch", 1},
		{"minh\u00a0 mạch", "minh\u00a0 mạch", "minh bạch", 1},
		{"minh\nmạch", "minh\nmạch", "minh bạch", 1},
		{"minh mạch và minh mạch", "minh mạch", "minh bạch", 2},
		// New-style tone placement is matched like the old one.
		{"tổ hoà giãi ở cơ sở", "hoà giãi", "hòa giải", 1},
		{"Hiệu qủa cao", "Hiệu qủa", "Hiệu quả", 1},
		{"các ban ngành, đòan thể", "đòan thể", "đoàn thể", 1},
	}
	for _, tt := range tests {
		hits := defaultSpeller.find(tt.text)
		if len(hits) != 1 {
			t.Errorf("find(%q) = %d hits, want 1", tt.text, len(hits))
			continue
		}
		h := hits[0]
		if h.found != tt.found || matchCase(h.found, h.entry.Right) != tt.fix || h.count != tt.count {
			t.Errorf("find(%q) = %q → %q ×%d, want %q → %q ×%d", tt.text, h.found, matchCase(h.found, h.entry.Right), h.count, tt.found, tt.fix, tt.count)
		}
	}
	// Whole words only, and not across punctuation.
	for _, text := range []string{"minh mạchs", "aminh mạch", "minh, mạch", "minh-mạch", "nghànhh"} {
		if hits := defaultSpeller.find(text); len(hits) != 0 {
			t.Errorf("find(%q) = %q, want nothing", text, hits[0].found)
		}
	}
}

func TestMisspellingFindingsCountAndOrder(t *testing.T) {
	p := &app.Plan{Number: "1", IssuedOn: "2025-08-12",
		Contents: []app.Item{{Marker: "-", Text: "Bổ xung kinh phí, minh mạch và minh mạch; sắp sếp hồ sơ."}}}
	got := Check(p, app.Organisation{})
	want := []string{
		"Mục I — Nội dung thi đua, ý thứ 1: Viết sai chính tả “Bổ xung”: “bổ sung” viết với s. — Gợi ý: Sửa thành “Bổ sung”.",
		"Mục I — Nội dung thi đua, ý thứ 1: Viết sai chính tả “minh mạch” (2 lần): “minh bạch” (rõ ràng, công khai) viết với b. — Gợi ý: Sửa thành “minh bạch”.",
		"Mục I — Nội dung thi đua, ý thứ 1: Viết sai chính tả “sắp sếp”: “sắp xếp”: chữ sau viết với x. — Gợi ý: Sửa thành “sắp xếp”.",
	}
	if len(got) != len(want) {
		t.Fatalf("findings:\n%s", dump(got))
	}
	for i := range want {
		if got[i].String() != want[i] {
			t.Errorf("finding %d:\n%s\nwant\n%s", i, got[i], want[i])
		}
	}
}

func TestIssuerReader(t *testing.T) {
	r := issuerReader{}
	tests := []struct {
		text      string
		chairOnly bool
		want      []string // level/unit of each issuer
	}{
		{"Giấy khen của Chủ tịch UBND thị xã", false, []string{"huyen/thị xã"}},
		{"Giấy khen của Chủ tịch UBND xã", false, []string{"xa/xã"}},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH tặng", true, []string{"tinh/tỉnh"}},
		{"Chủ tịch Uỷ ban nhân dân thị trấn", false, []string{"xa/thị trấn"}},
		{"Chủ tịch UBND cấp xã", false, []string{"xa/xã"}},
		{"Chủ tịch UBND quận", false, []string{"huyen/quận"}},
		{"Chủ tịch UBND phường", false, []string{"xa/phường"}},
		{"Chủ tịch UBND huyện", false, []string{"huyen/huyện"}},
		{"Chủ tịch UBND thành phố Hà Nội", false, []string{"tinh/thành phố"}},
		{"Chủ tịch UBND thành phố Huế.", false, []string{"tinh/thành phố"}},
		{"Chủ tịch UBND thành phố", false, []string{"huyen/thành phố?"}},
		{"Chủ tịch UBND thành phố Huệ Lâm", false, []string{"huyen/thành phố?"}},
		{"Bằng khen của Thủ tướng Chính phủ", false, []string{"trung_uong/"}},
		{"Ủy ban nhân dân xã đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng", true, []string{"tinh/tỉnh"}},
		{"Ủy ban nhân dân xã đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng", false, []string{"xa/xã", "tinh/tỉnh"}},
		{"Ủy ban nhân dân tỉnh tặng Cờ thi đua", true, []string{"tinh/tỉnh"}},
		{"Ủy ban nhân dân xã tăng cường kiểm tra", true, nil},
		{"trật tự an toàn xã hội trên địa bàn xã", false, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, is := range r.find(tt.text, tt.chairOnly) {
			s := string(is.level) + "/" + is.unit
			if is.ambiguous {
				s += "?"
			}
			got = append(got, s)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("find(%q, %v) = %v, want %v", tt.text, tt.chairOnly, got, tt.want)
		}
	}
	if got := territories("trên địa bàn thị xã; trong toàn xã hội; trong toàn tỉnh"); len(got) != 2 || got[0].unit != "thị xã" || got[1].unit != "tỉnh" {
		t.Errorf("territories = %+v", got)
	}
	city := issuerReader{cityIsProvince: true}
	if got := city.find("Chủ tịch UBND thành phố", false); len(got) != 1 || got[0].level != app.LevelProvince {
		t.Errorf("under a centrally-run city, thành phố = %+v", got)
	}
}
