package screens

// Benchmarks of what the clerk waits for in the window, on a database of
// 100 collectives and 10,000 individuals (the target: no click or
// keystroke freezes the window longer than 100 ms). Run with
// go test ./screens -run XXX -bench .

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// bigDesk opens the window on the sample plus 100 collectives and 10,000
// individuals.
func bigDesk(b *testing.B) *desk {
	b.Helper()
	d := openDesk(b, b.TempDir(), true)
	var ps []app.Participant
	for i := range 100 {
		ps = append(ps, app.Participant{Kind: app.KindCollective, Name: fmt.Sprintf("Tổ dân phố số %d", i+1), Members: 30, Women: 12})
	}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	given := []string{"An", "Bình", "Cường", "Dũng", "Đức", "Hòa", "Hoà", "Hương", "Lan", "Thủy", "Thuỷ", "Yến"}
	for i := range 10000 {
		ps = append(ps, app.Participant{Kind: app.KindIndividual, Name: fmt.Sprintf("%s Văn %s %d", family[i%10], given[i%12], i),
			Gender: app.GenderMale, BirthDate: fmt.Sprintf("19%02d-%02d-%02d", 60+i%40, 1+i%12, 1+i%28), Position: "Công chức"})
	}
	if _, err := d.st.AddParticipants(ps); err != nil {
		b.Fatal(err)
	}
	d.m.Shell.reload()
	return d
}

func BenchmarkSwitchToScreen(b *testing.B) {
	d := bigDesk(b)
	for i, s := range d.m.Shell.screens {
		b.Run(s.key, func(b *testing.B) {
			for b.Loop() {
				d.m.Shell.show(i)
			}
		})
	}
}

func BenchmarkSearchKeystroke(b *testing.B) {
	d := bigDesk(b)
	d.goTo("Đối tượng")
	var search *widget.Entry
	visit(d.win.Content(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if e, ok := o.(*widget.Entry); ok && search == nil {
			search = e
		}
		return search == nil
	})
	queries := []string{"n", "ng", "ngu", "nguy", "nguyen", "nguyen v", "nguyen van h"}
	i := 0
	for b.Loop() {
		search.SetText(queries[i%len(queries)])
		i++
	}
}

func BenchmarkOpenNominateDialog(b *testing.B) {
	d := bigDesk(b)
	d.goTo("Bình xét & khen thưởng")
	button := d.buttonNear("Đề nghị…", "Giấy khen của Chủ tịch UBND xã")
	for b.Loop() {
		test.Tap(button)
		d.win.Canvas().Overlays().Top().Hide()
	}
}
