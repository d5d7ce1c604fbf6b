package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app/viet/telex"
)

// Settings keys of the built-in typing mode.
const (
	typingMethodKey = "typing.method" // "", "telex" or "vni"
	typingStyleKey  = "typing.style"  // "new" places the tone as in hoà, thuỷ; else hòa, thủy
)

// typingChoices are the choices of the built-in typing mode, in order.
var typingChoices = []struct {
	label  string
	method telex.Method
}{
	{"Tắt (gõ bằng Unikey, EVKey…)", telex.Off},
	{"Telex", telex.Telex},
	{"VNI", telex.VNI},
}

// TypingSetting returns the stored built-in typing mode (off unless the
// clerk chose one) and its tone placement.
func TypingSetting(st Store) (m telex.Method, oldStyle bool) {
	method, _ := st.Setting(typingMethodKey)
	style, _ := st.Setting(typingStyleKey)
	return telex.ParseMethod(method), style != "new"
}

// typingPart is the built-in typing mode of Cài đặt, for PCs where Unikey
// cannot be installed or misbehaves.
func (sc *SettingsScreen) typingPart() fyne.CanvasObject {
	st := sc.shell.deps.Store
	method, oldStyle := TypingSetting(st)
	labels := make([]string, len(typingChoices))
	for i, c := range typingChoices {
		labels[i] = c.label
	}
	choice := widget.NewRadioGroup(labels, nil)
	old := widget.NewCheck("Bỏ dấu kiểu cũ: hòa, khỏe, thủy (như văn bản hành chính)", nil)
	old.SetChecked(oldStyle)
	for _, c := range typingChoices {
		if c.method == method {
			choice.SetSelected(c.label)
		}
	}
	apply := func() {
		m := telex.Off
		for _, c := range typingChoices {
			if c.label == choice.Selected {
				m = c.method
			}
		}
		style := "old"
		if !old.Checked {
			style = "new"
		}
		if err := st.SaveSetting(typingMethodKey, m.String()); err != nil {
			sc.shell.showError(err)
			return
		}
		if err := st.SaveSetting(typingStyleKey, style); err != nil {
			sc.shell.showError(err)
			return
		}
		if sc.shell.deps.SetTyping != nil {
			sc.shell.deps.SetTyping(m, old.Checked)
		}
	}
	choice.OnChanged = func(string) { apply() }
	old.OnChanged = func(bool) { apply() }
	help := textLabel("Bộ gõ có sẵn của ứng dụng, dùng khi máy không cài được Unikey hoặc EVKey, hoặc khi gõ bằng chúng bị " +
		"mất chữ, lặp dấu. Khi bật Telex hoặc VNI ở đây, hãy tắt Unikey/EVKey (chuyển sang chế độ gõ tiếng Anh) để dấu " +
		"không bị bỏ hai lần. Chỉ có tác dụng trên Windows.")
	return container.NewVBox(heading("Bộ gõ tiếng Việt"), help, choice, old)
}
