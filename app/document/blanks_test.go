package document

import (
	"reflect"
	"testing"
)

func TestBlanks(t *testing.T) {
	for _, tt := range []struct {
		name string
		doc  Document
		want []string
	}{
		{"a filled paper", Document{Body: []Block{Text("Cuộc họp kết thúc vào 16 giờ 30, cùng ngày./."),
			Text("Các hoạt động văn hóa, thể thao… đạt kết quả tốt.")}}, nil},
		{"an unwritten end time", Document{Body: []Block{Text("Cuộc họp kết thúc vào …… giờ ……, cùng ngày./.")}},
			[]string{"Cuộc họp kết thúc vào ……"}},
		{"a result left as an ellipsis", Document{Body: []Block{Item("-", "Tuyên truyền, quán triệt: kết quả …")}},
			[]string{"Tuyên truyền, quán triệt: kết quả …"}},
		{"a dotted line", Document{Body: []Block{Text("........................")}}, []string{"........................"}},
		{"a dotted line under its heading", Document{Body: []Block{Heading(1, "III", "Hạn chế, nguyên nhân"), Text("..........")}},
			[]string{"mục “III. HẠN CHẾ, NGUYÊN NHÂN”"}},
		{"a blank in a table of an appendix", Document{Appendices: []Appendix{{Reference: "(Kèm theo Tờ trình số …/TTr-UBND)",
			Body: []Block{Table{Rows: [][]string{{"1", "Nguyễn Văn An", "……"}}}}}}}, []string{"……"}},
	} {
		if got := tt.doc.Blanks(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
