package screens

import (
	"testing"

	"thidua/app"
)

// J1: the first day. An empty database asks how to begin; the clerk starts
// empty, fills Cài đặt without a Save button, adds the signers, and after a
// restart everything is still there and shown under its own label.
func TestJourneyJ1FirstDay(t *testing.T) {
	d := openDesk(t, t.TempDir(), false)
	d.m.AskFirstStart()
	if !d.shows("Bạn muốn bắt đầu thế nào?") {
		t.Fatalf("an empty database does not ask how to begin:\n%s", d.dialogText())
	}
	d.fits("Bắt đầu")
	d.tap("Bắt đầu trống")
	org := map[string]string{
		"Tên cơ quan": "Ủy ban nhân dân xã Hòa Phong", "Tên viết gọn": "UBND xã Hòa Phong",
		"Cơ quan cấp trên": "Ủy ban nhân dân tỉnh Hưng Yên", "Địa danh ghi ngày tháng": "Hòa Phong",
		"Chữ viết tắt trong số ký hiệu": "UBND", "Công chức phụ trách": "Phạm Thu Trang",
	}
	for label, v := range org {
		d.typeIn(label, v)
	}
	d.choose("Cấp hành chính", app.LevelCommune.Label())
	d.snap("cai-dat")
	for _, sg := range [][2]string{{"Trần Quang Minh", "CHỦ TỊCH"}, {"Nguyễn Văn Hòa", "PHÓ CHỦ TỊCH"}} {
		d.tap("Thêm người ký")
		d.typeIn("Họ và tên", sg[0])
		d.typeIn("Chức vụ", sg[1])
		d.fits("Người ký")
		if w := d.entry("Họ và tên").Size().Width; w < 300 {
			t.Errorf("the signer's name field is %v px wide", w)
		}
		d.tap("Lưu")
	}
	d.goTo("Đối tượng") // leaving saves what was typed; no Save button

	d = d.restart()
	stored, err := d.st.Organisation()
	if err != nil {
		t.Fatal(err)
	}
	if stored.Name != org["Tên cơ quan"] || stored.ShortName != org["Tên viết gọn"] || stored.Parent != org["Cơ quan cấp trên"] ||
		stored.Place != "Hòa Phong" || stored.Abbreviation != "UBND" || stored.ClerkName != "Phạm Thu Trang" ||
		stored.Level != app.LevelCommune {
		t.Errorf("stored organisation %+v", stored)
	}
	signers, _ := d.st.Signers()
	if len(signers) != 2 || signers[0].FullName != "Trần Quang Minh" || signers[1].Title != "PHÓ CHỦ TỊCH" {
		t.Errorf("stored signers %+v", signers)
	}
	d.goTo("Cài đặt")
	for label, v := range org {
		if got := d.value(label); got != v {
			t.Errorf("Cài đặt shows %q under %q, want %q", got, label, v)
		}
	}
	if !d.shows("Trần Quang Minh — CHỦ TỊCH") {
		t.Error("the signers are not listed after a restart")
	}
}
