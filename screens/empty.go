package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// noPlan is the empty state of screens that need a plan.
func noPlan(s *Shell) fyne.CanvasObject {
	l := widget.NewLabel("Chưa có kế hoạch nào. Hãy soạn kế hoạch ở màn hình Kế hoạch sau khi nhập thông tin cơ quan " +
		"ở Cài đặt, hoặc nạp dữ liệu mẫu để xem thử.")
	l.Wrapping = fyne.TextWrapWord
	return container.NewVBox(l, container.NewHBox(widget.NewButton("Mở Cài đặt", func() { s.Show("settings") }),
		s.sampleButton()))
}

// sampleButton loads the sample plan and data into an empty database (the
// first-start dialog's choice, for a clerk who chose to start empty).
func (s *Shell) sampleButton() *widget.Button {
	return widget.NewButton("Nạp dữ liệu mẫu", func() {
		if empty, err := s.deps.Store.IsEmpty(); err != nil || !empty {
			s.showError(fmt.Errorf("chỉ nạp được dữ liệu mẫu khi chưa có kế hoạch và đối tượng nào"))
			return
		}
		if err := s.deps.LoadSample(); err != nil {
			s.showError(err)
			return
		}
		s.reload()
		s.notify("Đã nạp dữ liệu mẫu: kế hoạch mẫu, các tập thể, cá nhân và điểm chấm năm 2024.")
		s.Show("plan")
	})
}

// textLabel is a wrapping label.
func textLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
