package screens

import (
	"testing"

	"thidua/app"
)

// TestSettingsPeriodsAddAndEdit: Cài đặt lists the periods of the
// organisation's structure (the sample's two, split at 30/06/2025); "Sửa"
// changes one, "Thêm thời kỳ" opens a form that fits the office screen,
// refuses a period that overlaps (the form stays open with what was typed)
// and saves one that does not.
func TestSettingsPeriodsAddAndEdit(t *testing.T) {
	st := realStore(t)
	s, w := newTestShell(t, st)
	w.Resize(officeScreen)
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	u := newUI(t, w)
	for _, want := range []string{"Đến 30/06/2025: Ủy ban nhân dân xã Hòa Phong — dòng trên: Ủy ban nhân dân thị xã Mỹ Hào — tờ trình qua Ủy ban nhân dân thị xã Mỹ Hào — tỉnh Hưng Yên",
		"Từ 01/07/2025: Ủy ban nhân dân xã Hòa Phong — dòng trên: Ủy ban nhân dân tỉnh Hưng Yên — tỉnh Hưng Yên"} {
		if !u.shows(want) {
			t.Fatalf("Cài đặt lacks %q:\n%s", want, u.dialogText())
		}
	}
	u.buttonNear("Sửa", "Từ 01/07/2025").OnTapped()
	u.fits("the period form")
	u.typeIn("Đến ngày", "31/12/2026")
	u.typeIn("Dòng cơ quan cấp trên", "")
	u.tap("Lưu")
	if !u.shows("Từ 01/07/2025 đến 31/12/2026: Ủy ban nhân dân xã Hòa Phong — không có dòng trên — tỉnh Hưng Yên") {
		t.Fatalf("the list did not follow the edit:\n%s", u.dialogText())
	}
	u.tap("Thêm thời kỳ")
	u.fits("the new period form")
	if got := u.value("Tên cơ quan"); got != "Ủy ban nhân dân xã Hòa Phong" {
		t.Errorf("a new period starts from the organisation's name, got %q", got)
	}
	u.typeIn("Từ ngày", "01/06/2026")
	u.typeIn("Tên cơ quan", "Ủy ban nhân dân xã Nghĩa Trụ")
	u.tap("Lưu")
	if !u.shows("trùng với thời kỳ từ 01/07/2025 đến 31/12/2026") {
		t.Fatalf("an overlapping period was not refused:\n%s", u.dialogText())
	}
	u.tap("Đồng ý")
	if got := u.value("Tên cơ quan"); got != "Ủy ban nhân dân xã Nghĩa Trụ" {
		t.Fatalf("after the refusal the form shows %q", got)
	}
	u.typeIn("Từ ngày", "01/01/2027")
	u.tap("Lưu")
	o, _ := st.Organisation()
	if len(o.Periods) != 3 || o.Periods[1].Until != "2026-12-31" || o.Periods[1].Parent != "" ||
		o.Periods[2].From != "2027-01-01" || o.Periods[2].Name != "Ủy ban nhân dân xã Nghĩa Trụ" {
		t.Fatalf("stored periods %+v", o.Periods)
	}
	if !u.shows("Từ 01/01/2027: Ủy ban nhân dân xã Nghĩa Trụ") {
		t.Errorf("the new period is not listed:\n%s", u.dialogText())
	}
	// The fields the periods replace say so.
	if !u.shows("lấy theo thời kỳ đó") {
		t.Error("the organisation's name does not say that the periods replace it")
	}
}

// TestSettingsWithoutPeriods: a record without periods says that the
// papers take the organisation's fields, and those fields carry no note.
func TestSettingsWithoutPeriods(t *testing.T) {
	st := &fakeStore{org: app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Place: "Hòa Phong", Abbreviation: "UBND", Level: app.LevelCommune}}
	s, w := newTestShell(t, st)
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	u := newUI(t, w)
	if !u.shows("Chưa ghi thời kỳ nào") || u.shows("lấy theo thời kỳ đó") {
		t.Errorf("a record without periods:\n%s", u.dialogText())
	}
}
