package screens

import (
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
)

// numberLabel is the field of the question before issuing where the clerk
// types the number the office's register (sổ văn bản đi) gives the paper.
const numberLabel = "Số (theo sổ văn bản đi)"

// askNumber asks before the paper of snap, dated date (ISO), takes its
// number for ever. The number field offers the next number of the paper's
// series in the app's register; the clerk types over it the number the
// office's register gives. issue runs with the number typed, or 0 when
// the clerk kept the one offered (the app then takes the next of its
// series, the same number, and the series stays one the app numbers
// alone). cancel runs when the clerk says no or types no number.
func (s *Shell) askNumber(snap document.Snapshot, date string, issue func(number int), cancel func()) {
	next, err := s.desk().NextNumber(snap, date)
	if err != nil {
		cancel()
		s.showError(err)
		return
	}
	offered := strconv.Itoa(next)
	field := single(offered)
	form := widget.NewForm(widget.NewFormItem(numberLabel, field))
	msg := widget.NewLabel("Ghi số văn thư cấp theo sổ văn bản đi của cơ quan (ô đã điền sẵn số tiếp theo trong sổ " +
		"của ứng dụng). Văn bản sẽ mang số này, được ghi vào sổ văn bản đi và khóa lại như bản gốc. " +
		"Số đã cấp là của văn bản này mãi mãi, không thu hồi được: nếu sai, chỉ có thể hủy văn bản (giữ số) " +
		"hoặc ban hành văn bản đính chính. Nên bấm “Xem bản nháp” và đọc lại trước khi cấp số.")
	msg.Wrapping = fyne.TextWrapWord
	// The field stays in view above the text, which is as tall as its
	// lines wrapped at the dialog's width and scrolls on a small screen in
	// the room the field leaves.
	text := container.NewVScroll(msg)
	width := fitted(s.win, msg, 560).MinSize().Width
	one := fyne.MeasureText(msg.Text, theme.TextSize(), msg.TextStyle)
	lines := float32(math.Ceil(float64(one.Width/(width-4*theme.InnerPadding())))) + 1
	height := lines*(one.Height+theme.LineSpacing()) + 2*theme.InnerPadding()
	room := s.win.Canvas().Size().Height - dialogChromeHeight - form.MinSize().Height - theme.Padding()
	text.SetMinSize(fyne.NewSize(width, min(height, room)))
	content := container.NewBorder(form, nil, nil, nil, text)
	d := dialog.NewCustomConfirm("Cấp số và ban hành "+app.DocKindLabel(snap.Kind)+"?", "Cấp số", "Không",
		content, func(ok bool) {
			if !ok {
				cancel()
				return
			}
			text := strings.TrimSpace(field.Text)
			if text == offered {
				issue(0)
				return
			}
			n, err := strconv.Atoi(text)
			if err != nil || n <= 0 {
				cancel()
				s.showError(&app.InvalidError{Problems: []app.Problem{{Where: numberLabel,
					Message: "gõ số văn thư cấp theo sổ văn bản đi, là số nguyên dương (ví dụ 145); chưa cấp số"}}})
				return
			}
			issue(n)
		}, s.win)
	d.Show()
}
