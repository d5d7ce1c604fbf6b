package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// noPlan is the empty state of screens that need a plan.
func noPlan(s *Shell) fyne.CanvasObject {
	l := widget.NewLabel("Chưa có kế hoạch nào. Hãy nhập thông tin cơ quan ở Cài đặt, " +
		"hoặc nạp dữ liệu mẫu để xem thử (lệnh: thidua init --sample).")
	l.Wrapping = fyne.TextWrapWord
	return container.NewVBox(l, widget.NewButton("Mở Cài đặt", func() { s.Show("settings") }))
}

// textLabel is a wrapping label.
func textLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
