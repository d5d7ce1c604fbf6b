package main

import (
	"log"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/widget"

	"thidua/app/desktop"
)

// filterKeyInput makes typing through a Vietnamese input method (Unikey,
// EVKey, OpenKey) reach the text fields of w whole, on Windows; see
// desktop.KeyFilter. Call it once the window is shown.
func filterKeyInput(w fyne.Window) {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return
	}
	nw.RunNative(func(ctx any) {
		if c, ok := ctx.(driver.WindowsWindowContext); ok {
			desktop.FilterKeyInput(c.HWND)
		}
	})
}

// typingCheckFlag opens a window with one text box and nothing else, and
// keeps what the box holds in a file: "thidua --thu-go FILE". Support uses
// it to see what an input method really sends on a clerk's PC, and the
// Windows smoke test replays Unikey's and OpenKey's key events into it.
const typingCheckFlag = "--thu-go"

// typingMethodFlag turns the built-in typing mode on in the typing check
// window: "--bo-go telex" or "--bo-go vni" (Cài đặt does it for the main
// window).
const typingMethodFlag = "--bo-go"

// typingCheckFile returns the file of --thu-go among the window's
// arguments.
func typingCheckFile(args []string) (string, bool) {
	return flagValue(args, typingCheckFlag)
}

func flagValue(args []string, flag string) (string, bool) {
	for i, a := range args {
		if a == flag && i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}

// runTypingCheck runs the typing check window until it is closed.
func runTypingCheck(path string) int {
	a := fyneapp.NewWithID(appID)
	w := a.NewWindow("Thử gõ tiếng Việt")
	box := widget.NewEntry()
	box.OnChanged = func(s string) {
		// In place, not write-and-rename: on Windows a rename over a file
		// that a reader has open fails, and the file would stay behind.
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			log.Printf("thử gõ: %v", err)
		}
	}
	w.SetContent(container.NewVBox(
		widget.NewLabel("Gõ thử bằng bộ gõ tiếng Việt; chữ trong ô được ghi vào "+path+"."),
		box))
	w.Resize(fyne.NewSize(640, 160))
	w.Show()
	filterKeyInput(w)
	w.Canvas().Focus(box)
	a.Run()
	return 0
}
