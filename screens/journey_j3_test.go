package screens

import (
	"testing"

	"thidua/app"
)

// J3: the clerk adds the commune's units and people by hand, links each
// person to a unit, finds them again and keeps their award history. Every
// labelled field of the person, collective and award-history forms must
// keep its own value through a save and a restart.
func TestJourneyJ3ParticipantsByHand(t *testing.T) {
	d := openDesk(t, t.TempDir(), false)
	d.goTo("Đối tượng")

	// A collective, every field.
	d.tab(app.KindCollective, "")
	d.tap("Thêm")
	if e := d.entry("Cơ quan cấp trên"); e.PlaceHolder != "để trống: Ủy ban nhân dân xã" {
		t.Errorf("Cơ quan cấp trên hints %q", e.PlaceHolder)
	}
	unit := map[string]string{"Tên tập thể": "Hội Liên hiệp Phụ nữ xã", "Cơ quan cấp trên": "Đảng ủy xã Hòa Phong",
		"Người đứng đầu": "Lê Thị Hạnh", "Số thành viên": "14", "Số nữ": "14", "Ghi chú": "Chi hội 5 thôn", "Nội dung xem xét": ""}
	for label, v := range unit {
		d.typeIn(label, v)
	}
	d.fits("Thêm tập thể")
	d.tap("Lưu")

	// A person, every field, under the tab of individuals.
	d.tab(app.KindIndividual, "")
	d.tap("Thêm")
	person := map[string]string{"Họ và tên": "Nguyễn Thị Thuỷ", "Ngày sinh": "05/01/1985", "Dân tộc": "Tày",
		"Quê quán": "Xã Hòa Phong", "Nơi thường trú": "Thôn Đông", "Chức vụ": "Chủ tịch Hội",
		"Trình độ chuyên môn": "Đại học Luật", "Lý luận chính trị": "Trung cấp", "Điện thoại": "0974 123 456",
		"Ghi chú": "Chuyển công tác 2023"}
	for label, v := range person {
		d.typeIn(label, v)
	}
	d.choose("Giới tính", "Nữ")
	d.choose("Đơn vị (tập thể)", "Hội Liên hiệp Phụ nữ xã")
	d.fits("Thêm cá nhân")
	d.snap("doi-tuong-them")
	d.tap("Lưu")

	// After a restart the database holds each value under its own name.
	d = d.restart()
	got := d.participant("Nguyễn Thị Thuỷ")
	hoi := d.participant("Hội Liên hiệp Phụ nữ xã")
	want := app.Participant{ID: got.ID, Kind: app.KindIndividual, Name: "Nguyễn Thị Thuỷ", Gender: app.GenderFemale,
		BirthDate: "1985-01-05", UnitID: hoi.ID, Ethnicity: "Tày", Hometown: "Xã Hòa Phong", Residence: "Thôn Đông",
		Position: "Chủ tịch Hội", Qualification: "Đại học Luật", PoliticalTheory: "Trung cấp", Phone: "0974 123 456",
		Note: "Chuyển công tác 2023"}
	if got.Name != want.Name || got.Gender != want.Gender || got.BirthDate != want.BirthDate || got.UnitID != want.UnitID ||
		got.Ethnicity != want.Ethnicity || got.Hometown != want.Hometown || got.Residence != want.Residence ||
		got.Position != want.Position || got.Qualification != want.Qualification ||
		got.PoliticalTheory != want.PoliticalTheory || got.Phone != want.Phone || got.Note != want.Note {
		t.Errorf("stored person\n got %+v\nwant %+v", got, want)
	}
	if hoi.Head != "Lê Thị Hạnh" || hoi.Members != 14 || hoi.Women != 14 || hoi.Note != "Chi hội 5 thôn" ||
		hoi.Parent != "Đảng ủy xã Hòa Phong" {
		t.Errorf("stored collective %+v", hoi)
	}

	// The collective's form shows each value under its label again.
	d.goTo("Đối tượng")
	d.openRow(app.KindCollective, "hoi lien hiep")
	for label, v := range unit {
		if got := d.value(label); got != v {
			t.Errorf("the collective's form shows %q under %q, want %q", got, label, v)
		}
	}
	d.tap("Đóng")

	// Opening them again shows each value under its label.
	d.goTo("Đối tượng")
	d.openRow(app.KindIndividual, "thuy") // found without marks
	for label, v := range person {
		if got := d.value(label); got != v {
			t.Errorf("the form shows %q under %q, want %q", got, label, v)
		}
	}
	if g := d.value("Giới tính"); g != "Nữ" {
		t.Errorf("Giới tính shows %q", g)
	}
	if u := d.value("Đơn vị (tập thể)"); u != "Hội Liên hiệp Phụ nữ xã" {
		t.Errorf("Đơn vị shows %q", u)
	}
	for _, p := range formPairs(d.top()) {
		if p[0] == "Cơ quan cấp trên" {
			t.Error("a person's form asks for a Cơ quan cấp trên")
		}
	}
	d.fits("Sửa cá nhân")
	if !d.shows("Lưu trữ (ẩn khỏi danh sách, giữ hồ sơ)") {
		t.Error("the edit form offers no Lưu trữ")
	}

	// Award history, from the person's form.
	d.tap("Thêm khen thưởng đã nhận")
	award := map[string]string{"Năm": "2023", "Danh hiệu, hình thức": "Giấy khen của Chủ tịch UBND xã",
		"Số quyết định": "45/QĐ-UBND", "Ngày quyết định": "20/12/2023", "Cơ quan ban hành": "UBND xã Hòa Phong"}
	for label, v := range award {
		d.typeIn(label, v)
	}
	d.fits("Khen thưởng đã nhận")
	d.tap("Lưu")
	h, err := d.st.AwardHistory(got.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1 || h[0].Year != 2023 || h[0].Title != award["Danh hiệu, hình thức"] || h[0].DecisionNumber != "45/QĐ-UBND" ||
		h[0].DecisionDate != "2023-12-20" || h[0].Issuer != "UBND xã Hòa Phong" {
		t.Errorf("stored award history %+v", h)
	}
}
