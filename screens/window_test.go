package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app/desktop"
)

// fakeDesktop stands for the computer's side of the window: a work area
// and a window position, recording where the window was moved.
type fakeDesktop struct {
	area         desktop.Area
	known        bool
	x, y         int
	placed       bool
	movedX, movY int
	moved        bool
	asked        [3]int // the point the work area was asked for, and 1 when asked at it
}

func useFakeDesktop(t *testing.T, d *fakeDesktop) {
	t.Helper()
	oldArea, oldPos, oldMove := workArea, windowPosition, moveWindow
	t.Cleanup(func() { workArea, windowPosition, moveWindow = oldArea, oldPos, oldMove })
	workArea = func(x, y int, at bool) (desktop.Area, bool) {
		d.asked = [3]int{x, y, 0}
		if at {
			d.asked[2] = 1
		}
		return d.area, d.known
	}
	windowPosition = func(fyne.Window) (int, int, bool) { return d.x, d.y, d.placed }
	moveWindow = func(_ fyne.Window, x, y int) { d.movedX, d.movY, d.moved = x, y, true }
}

func windowDeps(t *testing.T) Deps {
	return Deps{Store: seedStore(t), LoadSample: func() error { return nil }}
}

func TestWindowOpensWithinTheWorkArea(t *testing.T) {
	cases := []struct {
		name string
		d    fakeDesktop
		want fyne.Size
	}{
		// Elsewhere than Windows the work area is unknown: the office screen.
		{"work area unknown", fakeDesktop{}, fyne.NewSize(1200, 698)},
		{"a 1366×768 screen", fakeDesktop{area: desktop.Area{Work: desktop.Rect{W: 1366, H: 728}, MaxW: 1350, MaxH: 689}, known: true},
			fyne.NewSize(1200, 689)},
		{"a 1024×600 netbook", fakeDesktop{area: desktop.Area{Work: desktop.Rect{W: 1024, H: 560}, MaxW: 1008, MaxH: 521}, known: true},
			fyne.NewSize(1008, 521)},
		{"a large screen", fakeDesktop{area: desktop.Area{Work: desktop.Rect{W: 1920, H: 1040}, MaxW: 1904, MaxH: 1001}, known: true},
			fyne.NewSize(1200, 720)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			useFakeDesktop(t, &c.d)
			m := NewMainWindow(test.NewTempApp(t), windowDeps(t))
			if got := m.Window().Canvas().Size(); got != c.want {
				t.Errorf("the window opens at %v, want %v", got, c.want)
			}
		})
	}
}

func TestWindowRemembersSizeAndPosition(t *testing.T) {
	d := &fakeDesktop{x: 140, y: 35, placed: true,
		area: desktop.Area{Work: desktop.Rect{W: 1920, H: 1040}, MaxW: 1904, MaxH: 1001}, known: true}
	useFakeDesktop(t, d)
	a := test.NewTempApp(t)
	m := NewMainWindow(a, windowDeps(t))
	m.Window().Resize(fyne.NewSize(1000, 640))
	m.rememberGeometry()

	again := NewMainWindow(a, windowDeps(t))
	if got := again.Window().Canvas().Size(); got != fyne.NewSize(1000, 640) {
		t.Errorf("second start at %v, want 1000×640", got)
	}
	if d.asked != [3]int{140, 35, 1} {
		t.Errorf("work area asked for %v, want the monitor at the remembered position", d.asked)
	}
	again.Show()
	if !d.moved || d.movedX != 140 || d.movY != 35 {
		t.Errorf("the window was moved to (%d, %d) (moved %v), want (140, 35)", d.movedX, d.movY, d.moved)
	}

	// Maximised or minimised, the system gives no position: the window
	// keeps its size and the system places it.
	d.placed, d.moved = false, false
	again.rememberGeometry()
	third := NewMainWindow(a, windowDeps(t))
	third.Show()
	if d.moved {
		t.Error("a window without a known position was moved")
	}

	// In meeting mode the window is full screen: its size then is not its own.
	third.Window().SetFullScreen(true)
	third.Window().Resize(fyne.NewSize(1366, 768))
	third.rememberGeometry()
	if got := a.Preferences().String(prefGeometry); got != "1000x640" {
		t.Errorf("stored %q after a close in full screen, want the size before it", got)
	}
}

func TestWindowIgnoresABadRememberedGeometry(t *testing.T) {
	cases := []struct {
		name  string
		prefs map[string]any
		want  fyne.Size
	}{
		{"nothing stored (preference file lost)", nil, fyne.NewSize(1200, 698)},
		{"width without height (file cut short)", map[string]any{prefWidth: 1100.0}, fyne.NewSize(1200, 698)},
		{"a height of nothing", map[string]any{prefWidth: 1100.0, prefHeight: 0.0}, fyne.NewSize(1200, 698)},
		{"garbage", map[string]any{prefGeometry: "x\x00"}, fyne.NewSize(1200, 698)},
		{"half written", map[string]any{prefGeometry: "1100x"}, fyne.NewSize(1200, 698)},
		{"minimised", map[string]any{prefGeometry: "0x0+10+10"}, fyne.NewSize(1200, 698)},
		{"larger than the screen", map[string]any{prefGeometry: "3000x2000+0+0"}, fyne.NewSize(1366, 698)},
		{"an earlier version's size", map[string]any{prefWidth: 1000.0, prefHeight: 600.0}, fyne.NewSize(1000, 600)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			useFakeDesktop(t, &fakeDesktop{})
			a := test.NewTempApp(t)
			for k, v := range c.prefs {
				switch v := v.(type) {
				case string:
					a.Preferences().SetString(k, v)
				case float64:
					a.Preferences().SetFloat(k, v)
				}
			}
			m := NewMainWindow(a, windowDeps(t))
			if got := m.Window().Canvas().Size(); got != c.want {
				t.Errorf("the window opens at %v, want %v", got, c.want)
			}
		})
	}
}

// TestNoticesReadAcrossTheDialog: a long notice from before the window
// opened (read-only data, a backup that failed) is shown in a dialog wide
// enough to read, not wrapped a word a line.
func TestNoticesReadAcrossTheDialog(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	notice := "Dữ liệu D:\\ThiDua\\thidua.db đang mở CHỈ ĐỌC (tệp, thư mục hoặc USB không cho ghi): " +
		"xem và in được, mọi thay đổi sẽ không lưu được. Muốn sửa, hãy chép thư mục dữ liệu sang ổ có quyền ghi."
	d.m.deps.Notices = []string{notice}
	d.m.ShowNotices()
	var label *widget.Label
	visit(d.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if l, ok := o.(*widget.Label); ok && l.Text == notice {
			label = l
		}
		return true
	})
	if label == nil {
		t.Fatalf("the notice is not shown:\n%s", d.dialogText())
	}
	if w := label.Size().Width; w < 500 {
		t.Fatalf("the notice is %v px wide", w)
	}
	d.fits("Thông báo")
}
