package screens

import (
	"strings"
	"testing"
)

// TestSettingsPeriodsAddAndEdit: Cài đặt lists the periods of the
// organisation's structure; "Thêm thời kỳ" opens a form that fits the
// office screen, saves a period, refuses one that overlaps (the form stays
// open with what was typed) and "Sửa" changes one.
func TestSettingsPeriodsAddAndEdit(t *testing.T) {
	st := realStore(t)
	s, w := newTestShell(t, st)
	w.Resize(officeScreen)
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	u := newUI(t, w)
	if !u.shows("Chưa ghi thời kỳ nào") {
		t.Fatalf("a record without periods:\n%s", u.dialogText())
	}
	u.tap("Thêm thời kỳ")
	u.fits("the period form")
	if got := u.value("Tên cơ quan"); got != "Ủy ban nhân dân xã Hòa Phong" {
		t.Errorf("a new period starts from the organisation's name, got %q", got)
	}
	u.typeIn("Đến ngày", "30/06/2025")
	u.typeIn("Dòng cơ quan cấp trên", "Ủy ban nhân dân thị xã Mỹ Hào")
	u.typeIn("Cấp huyện gửi qua", "Ủy ban nhân dân thị xã Mỹ Hào")
	u.tap("Lưu")
	u.tap("Thêm thời kỳ")
	u.typeIn("Từ ngày", "01/06/2025")
	u.typeIn("Tên cơ quan", "Ủy ban nhân dân xã Nghĩa Trụ")
	u.tap("Lưu")
	if !u.shows("trùng với thời kỳ đến 30/06/2025") {
		t.Fatalf("an overlapping period was not refused:\n%s", u.dialogText())
	}
	u.tap("OK")
	if got := u.value("Tên cơ quan"); got != "Ủy ban nhân dân xã Nghĩa Trụ" {
		t.Fatalf("after the refusal the form shows %q", got)
	}
	u.typeIn("Từ ngày", "01/07/2025")
	u.tap("Lưu")
	o, _ := st.Organisation()
	if len(o.Periods) != 2 || o.Periods[0].Until != "2025-06-30" || o.Periods[0].Upper != "Ủy ban nhân dân thị xã Mỹ Hào" ||
		o.Periods[1].From != "2025-07-01" || o.Periods[1].Name != "Ủy ban nhân dân xã Nghĩa Trụ" {
		t.Fatalf("stored periods %+v", o.Periods)
	}
	text := allText(w.Content())
	for _, want := range []string{"Đến 30/06/2025: Ủy ban nhân dân xã Hòa Phong — dòng trên: Ủy ban nhân dân thị xã Mỹ Hào — tờ trình qua Ủy ban nhân dân thị xã Mỹ Hào",
		"Từ 01/07/2025: Ủy ban nhân dân xã Nghĩa Trụ — dòng trên: Ủy ban nhân dân tỉnh Hưng Yên"} {
		if !strings.Contains(text, want) {
			t.Errorf("Cài đặt lacks %q:\n%s", want, text)
		}
	}
	edit := u.buttonNear("Sửa", "Từ 01/07/2025")
	edit.OnTapped()
	u.typeIn("Dòng cơ quan cấp trên", "")
	u.tap("Lưu")
	if o, _ := st.Organisation(); o.Periods[1].Parent != "" {
		t.Errorf("edited period %+v", o.Periods[1])
	}
	// Once periods are recorded, the fields they replace say so.
	sc = NewSettingsScreen(s)
	w.SetContent(sc.Content())
	if !strings.Contains(allText(w.Content()), "lấy theo thời kỳ đó") {
		t.Error("the organisation's name does not say that the periods replace it")
	}
	if !strings.Contains(allText(w.Content()), "Từ 01/07/2025: Ủy ban nhân dân xã Nghĩa Trụ — không có dòng trên") {
		t.Errorf("the list did not follow the edit:\n%s", allText(w.Content()))
	}
}
