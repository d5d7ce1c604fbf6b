package screens

import (
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Preference keys of the window size.
const (
	prefWidth  = "window.width"
	prefHeight = "window.height"
)

// MainWindow is the app's window with its shell.
type MainWindow struct {
	app   fyne.App
	win   fyne.Window
	deps  Deps
	Shell *Shell
}

// NewMainWindow builds the main window at its remembered size.
func NewMainWindow(a fyne.App, deps Deps) *MainWindow {
	win := a.NewWindow(AppTitle)
	m := &MainWindow{app: a, win: win, deps: deps}
	m.Shell = NewShell(win, deps)
	prefs := a.Preferences()
	w := prefs.FloatWithFallback(prefWidth, 1200)
	h := prefs.FloatWithFallback(prefHeight, 720)
	win.Resize(fyne.NewSize(float32(w), float32(h)))
	win.SetCloseIntercept(func() {
		// Pending typing is saved; a field that cannot be saved asks first.
		m.Shell.leaveThen(func() {
			m.rememberSize()
			win.Close()
		}, nil)
	})
	win.SetMaster()
	return m
}

// rememberSize stores the window size for the next start.
func (m *MainWindow) rememberSize() {
	size := m.win.Canvas().Size()
	if size.Width < 200 || size.Height < 200 {
		return
	}
	m.app.Preferences().SetFloat(prefWidth, float64(size.Width))
	m.app.Preferences().SetFloat(prefHeight, float64(size.Height))
}

// Window returns the Fyne window.
func (m *MainWindow) Window() fyne.Window { return m.win }

// Show shows the window; the graphics driver creates it now, so a driver
// failure is known when Show returns.
func (m *MainWindow) Show() { m.win.Show() }

// Run asks the first-start question on an empty database and runs the app
// until the window closes.
func (m *MainWindow) Run() {
	m.AskFirstStart()
	m.ShowNotices()
	m.app.Run()
}

// ShowNotices tells the clerk what happened before the window opened (a
// restore carried out, a backup that failed, data on a network drive).
func (m *MainWindow) ShowNotices() {
	if len(m.deps.Notices) == 0 {
		return
	}
	dialog.ShowCustom("Thông báo", "Đã hiểu", textLabel(strings.Join(m.deps.Notices, "\n\n")), m.win)
}

// AskFirstStart asks how to begin when the database is empty: with the
// sample data or with an empty record (organisation settings only).
func (m *MainWindow) AskFirstStart() {
	empty, err := m.Shell.deps.Store.IsEmpty()
	if err != nil || !empty {
		return
	}
	text := widget.NewLabel("Đây là lần đầu ứng dụng mở cơ sở dữ liệu này. Bạn muốn bắt đầu thế nào?\n\n" +
		"• Dữ liệu mẫu: kế hoạch mẫu của xã Hòa Phong, khoảng 12 tập thể, 40 cá nhân\n" +
		"  và điểm chấm năm 2024 — để xem thử mọi màn hình.\n" +
		"• Bắt đầu trống: chỉ nhập thông tin cơ quan, rồi tự tạo kế hoạch.")
	d := dialog.NewCustomConfirm("Bắt đầu", "Dữ liệu mẫu", "Bắt đầu trống", text, func(sample bool) {
		if sample {
			if err := m.Shell.deps.LoadSample(); err != nil {
				m.Shell.showError(err)
				return
			}
			m.Shell.reload()
			m.Shell.Show("plan")
			return
		}
		m.Shell.Show("settings")
	}, m.win)
	d.Show()
}

// RaiseAll brings the app's windows forward (a second start asked for it).
func RaiseAll() {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		w.Show()
		w.RequestFocus()
	}
}

// ShowFatal shows an error that stops the app, then runs until closed.
func ShowFatal(a fyne.App, title, msg string) {
	log.Printf("%s: %s", title, msg)
	w := a.NewWindow(AppTitle)
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewButton("Đóng", a.Quit), nil, nil, label))
	w.Resize(fyne.NewSize(640, 280))
	w.ShowAndRun()
}
