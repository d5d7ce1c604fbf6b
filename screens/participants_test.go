package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

func participantsScreen(t *testing.T) (*ParticipantsScreen, *fakeStore) {
	t.Helper()
	st := seedStore(t)
	st.parts = []app.Participant{
		{ID: 1, Kind: app.KindCollective, Name: "Công an xã", Members: 12, Women: 2},
		{ID: 2, Kind: app.KindCollective, Name: "Văn phòng - Thống kê", Members: 8, Women: 5},
		{ID: 10, Kind: app.KindIndividual, Name: "Nguyễn Văn Hoà", UnitID: 2, BirthDate: "1980-01-02", Gender: app.GenderMale},
		{ID: 11, Kind: app.KindIndividual, Name: "Nguyễn Văn Hòa", UnitID: 1, BirthDate: "1975-05-06", Gender: app.GenderMale},
		{ID: 12, Kind: app.KindIndividual, Name: "Đặng Thị Thuỷ", UnitID: 2, Gender: app.GenderFemale},
		{ID: 13, Kind: app.KindIndividual, Name: "Lê Thị An", Archived: true, Gender: app.GenderFemale},
	}
	s, w := newTestShell(t, st)
	ps := NewParticipantsScreen(s)
	w.SetContent(ps.Content())
	s.settle()
	return ps, st
}

func TestParticipantsSearchIgnoresMarks(t *testing.T) {
	ps, _ := participantsScreen(t)
	tests := []struct{ query, want string }{
		{"nguyen van hoa", "Nguyễn Văn Hòa;Nguyễn Văn Hoà;"},
		{"dang", "Đặng Thị Thuỷ;"},
		{"THUY", "Đặng Thị Thuỷ;"},
	}
	for _, tt := range tests {
		ps.search.SetText("")
		test.Type(ps.search, tt.query)
		got := ""
		for _, p := range ps.Rows(app.KindIndividual) {
			got += p.Name + ";"
		}
		if got != tt.want && !(tt.query == "nguyen van hoa" && got == "Nguyễn Văn Hoà;Nguyễn Văn Hòa;") {
			t.Errorf("search %q = %s, want %s", tt.query, got, tt.want)
		}
	}
	ps.search.SetText("")
	ps.status.SetSelected("Lưu trữ")
	if rows := ps.Rows(app.KindIndividual); len(rows) != 1 || rows[0].Name != "Lê Thị An" {
		t.Fatalf("archived filter: %+v", rows)
	}
	ps.status.SetSelected("Đang tham gia")
	ps.unit.SetSelected("Công an xã")
	if rows := ps.Rows(app.KindIndividual); len(rows) != 1 || rows[0].Name != "Nguyễn Văn Hòa" {
		t.Fatalf("unit filter: %+v", rows)
	}
}

func TestParticipantsSortByHeader(t *testing.T) {
	ps, _ := participantsScreen(t)
	v := ps.views[app.KindCollective]
	ps.sortBy(v, 2) // Số thành viên
	ps.shell.settle()
	if v.rows[0].Name != "Văn phòng - Thống kê" {
		t.Fatalf("sorted by members: %s first", v.rows[0].Name)
	}
	ps.sortBy(v, 2)
	ps.shell.settle()
	if v.rows[0].Name != "Công an xã" {
		t.Fatalf("sorted by members descending: %s first", v.rows[0].Name)
	}
}

func TestParticipantAddEditArchive(t *testing.T) {
	ps, st := participantsScreen(t)
	f := &participantForm{ps: ps, p: app.Participant{Kind: app.KindIndividual}, texts: map[string]*widget.Entry{}}
	f.dlg = dialog.NewInformation("", "", ps.shell.win)
	f.content()
	test.Type(f.texts["Họ và tên"], "Phạm Văn Mới")
	test.Type(f.birth, "5/1/85")
	f.gender.SetSelected("Nam")
	f.unit.SetSelected("Công an xã")
	f.onSave()
	added := st.parts[len(st.parts)-1]
	if added.Name != "Phạm Văn Mới" || added.BirthDate != "1985-01-05" || added.UnitID != 1 {
		t.Fatalf("added: %+v", added)
	}
	if len(ps.Rows(app.KindIndividual)) != 4 {
		t.Fatal("the list was not refreshed after adding")
	}

	bad := &participantForm{ps: ps, p: added, texts: map[string]*widget.Entry{}}
	bad.dlg = dialog.NewInformation("", "", ps.shell.win)
	bad.content()
	bad.birth.SetText("31/02/1985")
	bad.onSave()
	if got := texts(ps.shell.win.Canvas().Overlays().Top()); !strings.Contains(got, "không có thật") {
		t.Fatalf("unreadable birth date not explained:\n%s", got)
	}
	if st.updates != 0 {
		t.Fatal("saved with an unreadable birth date")
	}

	edit := &participantForm{ps: ps, p: added, texts: map[string]*widget.Entry{}}
	edit.dlg = dialog.NewInformation("", "", ps.shell.win)
	edit.content()
	edit.texts["Chức vụ"].SetText("Công chức Tư pháp - Hộ tịch")
	edit.flag.SetChecked(true)
	edit.texts["Nội dung xem xét"].SetText("đang giải quyết khiếu nại")
	edit.onSave()
	got := st.parts[len(st.parts)-1]
	if got.Position != "Công chức Tư pháp - Hộ tịch" || !got.Suspended {
		t.Fatalf("edited: %+v", got)
	}
	tapButton(t, edit.archivePart(), "Lưu trữ (ẩn khỏi danh sách, giữ hồ sơ)")
	if !st.parts[len(st.parts)-1].Archived || len(ps.Rows(app.KindIndividual)) != 3 {
		t.Fatal("archive did not hide the participant")
	}
}

func TestDuplicatePersonAsksBeforeSaving(t *testing.T) {
	ps, st := participantsScreen(t)
	f := &participantForm{ps: ps, p: app.Participant{Kind: app.KindIndividual}, texts: map[string]*widget.Entry{}}
	f.dlg = dialog.NewInformation("", "", ps.shell.win)
	f.content()
	f.texts["Họ và tên"].SetText("nguyễn văn HOÀ")
	f.birth.SetText("02/01/1980")
	n := len(st.parts)
	f.onSave()
	if len(st.parts) != n {
		t.Fatal("a possible duplicate was saved without asking")
	}
	if got := texts(ps.shell.win.Canvas().Overlays().Top()); !strings.Contains(got, "cùng họ tên") {
		t.Fatalf("no duplicate question:\n%s", got)
	}
}

func TestImportFromFileNeverHalfImports(t *testing.T) {
	ps, st := participantsScreen(t)
	csv := "STT,Họ và tên,Ngày sinh,Đơn vị\n1,Phạm Văn Mới,05/01/1985,Công an xã\n2,Lê Văn Lỗi,31/02/1985,\n3,Nguyễn Văn Hoà,02/01/1980,\n"
	im, err := ps.readImport("ds.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	if err := im.parse(); err != nil {
		t.Fatal(err)
	}
	n := len(st.parts)
	im.write(false)
	ps.shell.settle()
	if got := texts(ps.shell.win.Canvas().Overlays().Top()); len(st.parts) != n || !strings.Contains(got, "1 dòng lỗi nên chưa nhập dòng nào") {
		t.Fatalf("with an invalid row and no skip, nothing may be written: parts %d → %d, the window says\n%s", n, len(st.parts), got)
	}
	im.write(true)
	ps.shell.settle()
	if len(st.parts) != n+1 || st.imports != 1 {
		t.Fatalf("skip invalid: parts %d → %d, %d imports", n, len(st.parts), st.imports)
	}
	added := st.parts[len(st.parts)-1]
	if added.Name != "Phạm Văn Mới" || added.UnitID != 1 {
		t.Fatalf("imported %+v (unit must link to Công an xã)", added)
	}
}
