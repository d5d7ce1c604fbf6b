package planimport

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
)

// typedPlan is a plan typed one paragraph a line, as Word saves plain
// text: the header as lines, headings in capitals without numerals, the
// legal basis, a period with dates, the signer's name.
const typedPlan = `ỦY BAN NHÂN DÂN
XÃ AN BÌNH
-------
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 10 tháng 01 năm 2025

KẾ HOẠCH
Phát động phong trào thi đua “Xây dựng xã An Bình xanh, sạch, đẹp” năm 2025

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:

MỤC ĐÍCH, YÊU CẦU
Mục đích
-	Tạo phong trào sâu rộng trong Nhân dân.
Yêu cầu
-	Bình xét công khai, đúng đối tượng.
ĐỐI TƯỢNG, THỜI GIAN THI ĐUA
1. Đối tượng thi đua:
+ Tập thể: Các thôn.
+ Cá nhân: Các hộ gia đình.
2. Thời gian thi đua: Từ ngày 01/02/2025 đến ngày 30/11/2025.
TIÊU CHÍ THI ĐUA
1. Tiêu chí đối với tập thể
- Đường làng sạch, có cây xanh: 50 điểm
- Thu gom rác đúng giờ: 50 điểm
HÌNH THỨC KHEN THƯỞNG
1. Giấy khen của Chủ tịch UBND xã: tặng cho 03 thôn tiêu biểu (03 tập thể).
TỔ CHỨC THỰC HIỆN
Giao Văn phòng - Thống kê theo dõi, tổng hợp./.

Nơi nhận:
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Nam
`

func TestTypedPlanLayout(t *testing.T) {
	for name, text := range map[string]string{"NFC": typedPlan, "NFD": norm.NFD.String(typedPlan)} {
		t.Run(name, func(t *testing.T) {
			r := mustImport(t, "ke-hoach.txt", []byte(text))
			p := r.Plan
			src := Source{Issuer: "ỦY BAN NHÂN DÂN XÃ AN BÌNH", Number: "15", Symbol: "KH-UBND", Date: "2025-01-10", Place: "An Bình", Signer: "Trần Văn Nam"}
			if r.Source != src {
				t.Errorf("source %+v, want %+v", r.Source, src)
			}
			if p.MovementName != "Xây dựng xã An Bình xanh, sạch, đẹp" || len(p.LegalBasis) != 2 || len(p.Opening) != 1 {
				t.Errorf("movement %q, legal basis %q, opening %q", p.MovementName, p.LegalBasis, p.Opening)
			}
			if len(p.Purposes) != 1 || len(p.Requirements) != 1 || p.Headings.Purposes != "MỤC ĐÍCH, YÊU CẦU" {
				t.Errorf("purposes %+v requirements %+v", p.Purposes, p.Requirements)
			}
			if p.ParticipantsCollective != "Các thôn." || p.ParticipantsIndividual != "Các hộ gia đình." ||
				p.PeriodStart != "2025-02-01" || p.PeriodEnd != "2025-11-30" {
				t.Errorf("participants %q %q period %q–%q", p.ParticipantsCollective, p.ParticipantsIndividual, p.PeriodStart, p.PeriodEnd)
			}
			var keys []string
			for _, rd := range p.Rounds {
				keys = append(keys, rd.Key)
			}
			if !slices.Equal(keys, []string{"2025", app.RoundFinalKey}) {
				t.Errorf("rounds %q", keys)
			}
			want := []app.Criterion{{Kind: app.KindCollective, Text: "Đường làng sạch, có cây xanh", MaxPoints: 50},
				{Kind: app.KindCollective, Text: "Thu gom rác đúng giờ", MaxPoints: 50}}
			if !slices.Equal(p.Criteria, want) {
				t.Errorf("criteria %+v", p.Criteria)
			}
			if len(p.AwardForms) != 1 || p.AwardForms[0].Name != "Giấy khen của Chủ tịch UBND xã" || len(p.AwardForms[0].Quotas) != 1 ||
				p.AwardForms[0].Quotas[0].Collectives != 3 || p.AwardForms[0].ForIndividuals {
				t.Errorf("award forms %+v", p.AwardForms)
			}
			if !slices.Equal(p.Recipients, []string{"Các thôn;", "Lưu: VT."}) || p.SignerName != "Trần Văn Nam" ||
				!slices.Equal(p.SigningAuthority, []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}) {
				t.Errorf("recipients %q, signature %q %q", p.Recipients, p.SigningAuthority, p.SignerName)
			}
			if len(p.Implementation) != 1 || !strings.HasSuffix(p.Implementation[0].Text, "./.") {
				t.Errorf("implementation %+v", p.Implementation)
			}
		})
	}
}

// Headings numbered by a Word style (Heading 1 carries the list), and
// headings that are only bold capitals, find their sections.
func TestHeadingsByStyleAndByCapitals(t *testing.T) {
	styles := wstyles(`<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>`)
	tail := []any{wp{text: "Nơi nhận:\n- Lưu: VT."}, wp{text: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"}}
	for name, heads := range map[string][3]wp{
		"style": {{text: "MỤC ĐÍCH, YÊU CẦU", style: "Heading1"}, {text: "NỘI DUNG THI ĐUA", style: "Heading1"}, {text: "TỔ CHỨC THỰC HIỆN", style: "Heading1"}},
		"bold":  {{text: "MỤC ĐÍCH, YÊU CẦU", bold: true}, {text: "NỘI DUNG THI ĐUA", bold: true}, {text: "TỔ CHỨC THỰC HIỆN", bold: true}},
	} {
		t.Run(name, func(t *testing.T) {
			b := docx(t, append([]any{styles, wp{text: "KẾ HOẠCH"}, wp{text: "Phát động phong trào thi đua “Dân vận khéo” năm 2025"},
				heads[0], wp{text: "Tạo khí thế thi đua."},
				heads[1], wp{text: "Thi đua làm tốt công tác dân vận.", num: 2},
				heads[2], wp{text: "Văn phòng tổng hợp.", num: 2}}, tail...)...)
			p := mustImport(t, "ke-hoach.docx", b).Plan
			if len(p.Purposes) != 1 || p.Purposes[0].Text != "Tạo khí thế thi đua." ||
				len(p.Contents) != 1 || p.Contents[0] != (app.Item{Marker: app.MarkerDash, Text: "Thi đua làm tốt công tác dân vận."}) ||
				len(p.Implementation) != 1 || p.Headings.Implementation != "TỔ CHỨC THỰC HIỆN" {
				t.Errorf("purposes %+v, contents %+v, implementation %+v", p.Purposes, p.Contents, p.Implementation)
			}
		})
	}
}

// FuzzImport: no file makes the import panic, and what it accepts is a
// plan that validates.
func FuzzImport(f *testing.F) {
	f.Add("ke-hoach.txt", []byte(typedPlan))
	f.Add("ke-hoach.txt", readTestdata(f, "seed-plan.txt")[:4000])
	f.Add("ke-hoach.docx", docx(f, wp{text: "KẾ HOẠCH"}, wp{text: "MỤC ĐÍCH", num: 1}, wp{text: "Tạo khí thế.", num: 2},
		wp{text: "NỘI DUNG", num: 1}, wtable{{"1", "Thi đua (10 điểm)", "10"}}))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		r, err := Import(name, data)
		if err != nil {
			return
		}
		if err := r.Plan.Validate(); err != nil {
			t.Fatalf("accepted a plan that does not validate: %v", err)
		}
	})
}
