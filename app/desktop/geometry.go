package desktop

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// The window's geometry: where it opens and how large, remembered from
// one start to the next. Sizes are in the graphics toolkit's units (the
// content of the window, without its title bar); positions are the
// window's top-left corner in screen pixels.

// Rect is a rectangle on the screen, in pixels.
type Rect struct{ X, Y, W, H int }

// Area is where a window may lie: the work area of a monitor (the screen
// less the taskbar) and the largest content a window with its title bar
// and borders can have inside it.
type Area struct {
	Work       Rect
	MaxW, MaxH float32
}

// DefaultArea is assumed when the system does not say: a 1366×768 screen,
// the common office screen, above a 40-pixel taskbar; a maximised window
// there has 1366×698 of content.
var DefaultArea = Area{Work: Rect{0, 0, 1366, 728}, MaxW: 1366, MaxH: 698}

// The window's default size, and the smallest size worth remembering.
const (
	DefaultWidth, DefaultHeight = 1200, 720
	MinWidth, MinHeight         = 400, 300
)

// Geometry is a window's size and, when Placed, its position.
type Geometry struct {
	W, H   float32
	X, Y   int
	Placed bool
}

// DefaultGeometry is the size of a first start, placed by the system.
var DefaultGeometry = Geometry{W: DefaultWidth, H: DefaultHeight}

// String is the form the geometry is stored in, all in one value so it is
// written or lost as a whole: "1200x690" or "1200x690+35+12".
func (g Geometry) String() string {
	s := fmt.Sprintf("%gx%g", g.W, g.H)
	if g.Placed {
		s += fmt.Sprintf("%+d%+d", g.X, g.Y)
	}
	return s
}

// ErrBadGeometry is a stored geometry that cannot be used.
var ErrBadGeometry = errors.New("kích thước cửa sổ đã lưu không dùng được")

// ParseGeometry reads a stored geometry and checks it: a size within
// sensible bounds, a position that is a position.
func ParseGeometry(s string) (Geometry, error) {
	var g Geometry
	s = strings.TrimSpace(s)
	size, pos := s, ""
	if i := strings.IndexAny(s, "+-"); i >= 0 {
		size, pos = s[:i], s[i:]
	}
	if n, err := fmt.Sscanf(size, "%gx%g", &g.W, &g.H); err != nil || n != 2 || fmt.Sprintf("%gx%g", g.W, g.H) != size {
		return Geometry{}, fmt.Errorf("%w: %q", ErrBadGeometry, s)
	}
	if !ValidSize(float64(g.W), float64(g.H)) {
		return Geometry{}, fmt.Errorf("%w: %q", ErrBadGeometry, s)
	}
	if pos != "" {
		if n, err := fmt.Sscanf(pos, "%d%d", &g.X, &g.Y); err != nil || n != 2 || fmt.Sprintf("%+d%+d", g.X, g.Y) != pos ||
			abs(g.X) > 100000 || abs(g.Y) > 100000 {
			return Geometry{}, fmt.Errorf("%w: %q", ErrBadGeometry, s)
		}
		g.Placed = true
	}
	return g, nil
}

// ValidSize reports whether w×h is a size a window can have been.
func ValidSize(w, h float64) bool {
	ok := func(v, least float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) && v >= least && v <= 100000 }
	return ok(w, MinWidth) && ok(h, MinHeight)
}

func abs(v int) int { return max(v, -v) }

// visibleTitle is how much of the window's top must lie on the work area:
// enough of the title bar to take it with the mouse.
const visibleTitle = 120

// Fit bounds the geometry to the area: the content no larger than what the
// work area holds with the title bar, and, when placed, the window moved so
// that its title bar is on the work area.
func (g Geometry) Fit(a Area) Geometry {
	if a.MaxW > 0 {
		g.W = min(g.W, a.MaxW)
	}
	if a.MaxH > 0 {
		g.H = min(g.H, a.MaxH)
	}
	if g.Placed && a.Work.W > 0 && a.Work.H > 0 {
		g.X = min(max(g.X, a.Work.X-int(g.W)+visibleTitle), a.Work.X+a.Work.W-visibleTitle)
		g.Y = min(max(g.Y, a.Work.Y), a.Work.Y+a.Work.H-visibleTitle/2)
	}
	return g
}
