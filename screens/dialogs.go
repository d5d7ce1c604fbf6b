package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Room a dialog needs around its content on the window: its title, its
// row of buttons and the padding around both.
const (
	dialogChromeHeight = 170
	dialogChromeWidth  = 80
	// formWidth is the width of a form in a dialog: room for a name or a
	// decision number without cutting it.
	formWidth = 640
)

// fitted wraps content in a scroll container no larger than what win
// leaves for a dialog's content, and at least width wide (0: as wide as
// the content wants). A long form then scrolls inside the dialog and the
// dialog's buttons stay on the screen; an office screen of 1366×768 leaves
// a maximised window of about 1366×698.
func fitted(win fyne.Window, content fyne.CanvasObject, width float32) fyne.CanvasObject {
	room := win.Canvas().Size()
	min := content.MinSize()
	w, h := min.Width+theme.ScrollBarSize()+theme.Padding(), min.Height
	if width > w {
		w = width
	}
	if maxW := room.Width - dialogChromeWidth; w > maxW {
		w = maxW
	}
	if wraps(content) {
		// A wrapping text is measured one line high until it is laid out
		// at its width; room for two more lines keeps it from scrolling.
		h += 2 * (theme.TextSize() + theme.Padding()*2)
	}
	if maxH := room.Height - dialogChromeHeight; h > maxH {
		h = maxH
	}
	s := container.NewVScroll(content)
	s.SetMinSize(fyne.NewSize(w, h))
	return s
}

// formDialog is dialog.NewForm with content that fits the window (it
// scrolls when long) and any extra buttons in the dialog's own button row,
// so none hides below the screen. The confirm button is disabled while a
// field's validator fails. onConfirm runs on confirm and says whether the
// form is done: when it is not (a field to fix, a refusal, a question
// still open) the form stays open with everything typed in it.
func formDialog(win fyne.Window, title, confirm, dismiss string, items []*widget.FormItem,
	onConfirm func() (done bool), extra ...*widget.Button) *dialog.CustomDialog {
	d, _ := formDialogButton(win, title, confirm, dismiss, items, onConfirm, extra...)
	return d
}

// formDialogButton is formDialog that also returns its confirm button (to
// disable it while what it started runs).
func formDialogButton(win fyne.Window, title, confirm, dismiss string, items []*widget.FormItem,
	onConfirm func() (done bool), extra ...*widget.Button) (*dialog.CustomDialog, *widget.Button) {
	form := widget.NewForm(items...)
	var d *dialog.CustomDialog
	ok := widget.NewButton(confirm, func() {
		if onConfirm() {
			d.Hide()
		}
	})
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(dismiss, func() { d.Hide() })
	buttons := []fyne.CanvasObject{cancel}
	for _, b := range extra {
		buttons = append(buttons, b)
	}
	buttons = append(buttons, ok)
	d = dialog.NewCustomWithoutButtons(title, fitted(win, form, formWidth), win)
	d.SetButtons(buttons)
	form.SetOnValidationChanged(func(err error) {
		if err != nil {
			ok.Disable()
		} else {
			ok.Enable()
		}
	})
	if form.Validate() != nil {
		ok.Disable()
	}
	return d, ok
}

// confirmIrreversible asks before an action that cannot be undone, saying
// what will happen; action runs only on the clerk's yes.
func confirmIrreversible(win fyne.Window, title, what, yes string, action func()) {
	ask(win, title, what, yes, "Không", action)
}

// ask asks a question whose answers are yes and no; action runs on yes.
func ask(win fyne.Window, title, what, yes, no string, action func()) {
	askThen(win, title, what, yes, no, func(ok bool) {
		if ok {
			action()
		}
	})
}

// askThen is ask that tells answered the answer, yes or no.
func askThen(win fyne.Window, title, what, yes, no string, answered func(yes bool)) {
	msg := widget.NewLabel(what)
	msg.Wrapping = fyne.TextWrapWord
	dialog.NewCustomConfirm(title, yes, no, fitted(win, msg, 560), answered, win).Show()
}

// wraps tells whether o shows text that wraps to its width.
func wraps(o fyne.CanvasObject) bool {
	switch w := o.(type) {
	case *widget.Label:
		return w.Wrapping != fyne.TextWrapOff
	case *fyne.Container:
		for _, c := range w.Objects {
			if wraps(c) {
				return true
			}
		}
	}
	return false
}
