package document

import "testing"

// TestTwoSignaturesNamesOnOneLine: with a two-line caption on the left and
// a one-line caption on the right, both names sit on one baseline.
func TestTwoSignaturesNamesOnOneLine(t *testing.T) {
	needTools(t, "pdftotext")
	d := &Document{Header: Header{Issuer: []string{"Ủy ban nhân dân xã"}}, Title: Title{Kind: "BÁO CÁO"},
		Body: []Block{Text("Nội dung.")},
		Bottom: &Bottom{Left: &Signature{Authority: []string{"THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"}, Name: "Nguyễn Thị Thanh Tâm"},
			Right: Signature{Authority: []string{"NGƯỜI BÁO CÁO"}, Name: "Trần Thị Lan"}}}
	pages := readBBox(t, render(t, "hai-chu-ky.pdf", d, Settings{}))
	last := pages[len(pages)-1]
	l, r := findWords(last, "Tâm"), findWords(last, "Lan")
	if len(l) == 0 || len(r) == 0 {
		t.Fatal("signer names not found")
	}
	if abs(l[0].YMax-r[0].YMax) > 0.5 {
		t.Errorf("names at %.1f and %.1f pt: not on one line", l[0].YMax, r[0].YMax)
	}
}
