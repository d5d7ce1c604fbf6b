package screens

import (
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/widget"

	"thidua/app/desktop"
)

// Preference keys of the window's geometry: one value with size and
// position, so they are written and lost together; the width and height
// of earlier versions are read when it is missing.
const (
	prefGeometry = "window.geometry"
	prefWidth    = "window.width"
	prefHeight   = "window.height"
)

// The computer's side of the window's geometry, replaced in tests: the
// work area of the monitor near a point, and the window's position.
var (
	workArea       = desktop.WorkArea
	windowPosition = func(w fyne.Window) (int, int, bool) { return desktop.WindowPosition(nativeHandle(w)) }
	moveWindow     = func(w fyne.Window, x, y int) { desktop.MoveWindow(nativeHandle(w), x, y) }
)

// nativeHandle is the system's handle of the window on Windows, 0 elsewhere
// or before the window exists.
func nativeHandle(w fyne.Window) uintptr {
	var h uintptr
	if nw, ok := w.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if c, ok := ctx.(driver.WindowsWindowContext); ok {
				h = c.HWND
			}
		})
	}
	return h
}

// MainWindow is the app's window with its shell.
type MainWindow struct {
	app   fyne.App
	win   fyne.Window
	deps  Deps
	Shell *Shell
	place desktop.Geometry // where the window opens
}

// NewMainWindow builds the main window at its remembered size, never
// larger than the work area of its screen.
func NewMainWindow(a fyne.App, deps Deps) *MainWindow {
	win := a.NewWindow(AppTitle)
	m := &MainWindow{app: a, win: win, deps: deps}
	m.Shell = NewShell(win, deps)
	g := rememberedGeometry(a.Preferences())
	area, ok := workArea(g.X, g.Y, g.Placed)
	if !ok {
		area = desktop.DefaultArea
	}
	m.place = g.Fit(area)
	win.Resize(fyne.NewSize(m.place.W, m.place.H))
	win.SetCloseIntercept(func() {
		// Pending typing is saved; a field that cannot be saved asks first.
		m.Shell.leaveThen("Bỏ và đóng ứng dụng", func() {
			m.rememberGeometry()
			win.Close()
		}, nil)
	})
	win.SetMaster()
	return m
}

// rememberedGeometry is the geometry stored at the last close; what cannot
// be read (a preference file lost or cut short, a value half written)
// gives the default, never a window without a height.
func rememberedGeometry(p fyne.Preferences) desktop.Geometry {
	if g, err := desktop.ParseGeometry(p.String(prefGeometry)); err == nil {
		return g
	}
	w, h := p.Float(prefWidth), p.Float(prefHeight)
	if desktop.ValidSize(w, h) {
		return desktop.Geometry{W: float32(w), H: float32(h)}
	}
	return desktop.DefaultGeometry
}

// rememberGeometry stores the window's size and position for the next
// start; a full-screen window (meeting mode) keeps the size it had before.
func (m *MainWindow) rememberGeometry() {
	if m.win.FullScreen() {
		return
	}
	size := m.win.Canvas().Size()
	if !desktop.ValidSize(float64(size.Width), float64(size.Height)) {
		return
	}
	g := desktop.Geometry{W: size.Width, H: size.Height}
	g.X, g.Y, g.Placed = windowPosition(m.win)
	m.app.Preferences().SetString(prefGeometry, g.String())
}

// Window returns the Fyne window.
func (m *MainWindow) Window() fyne.Window { return m.win }

// Show shows the window; the graphics driver creates it now, so a driver
// failure is known when Show returns.
// The window goes where it was at the last close.
func (m *MainWindow) Show() {
	m.win.Show()
	if m.place.Placed {
		moveWindow(m.win, m.place.X, m.place.Y)
	}
}

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
	dialog.ShowCustom("Thông báo", "Đã hiểu", fitted(m.win, textLabel(strings.Join(m.deps.Notices, "\n\n")), 560), m.win)
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
