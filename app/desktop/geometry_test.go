package desktop

import (
	"errors"
	"testing"
)

func TestParseGeometry(t *testing.T) {
	cases := []struct {
		in   string
		want Geometry
		ok   bool
	}{
		{"1200x690", Geometry{W: 1200, H: 690}, true},
		{"1366x698+0+0", Geometry{W: 1366, H: 698, Placed: true}, true},
		{"1000.5x600-8+12", Geometry{W: 1000.5, H: 600, X: -8, Y: 12, Placed: true}, true},
		{" 800x600 ", Geometry{W: 800, H: 600}, true},
		{"", Geometry{}, false},             // nothing stored (a preference file lost)
		{"1200x", Geometry{}, false},        // half written
		{"1200", Geometry{}, false},         // the width alone
		{"0x0", Geometry{}, false},          // a minimised window
		{"1200x150", Geometry{}, false},     // too low to be a window
		{"NaNx600", Geometry{}, false},      // not a number
		{"+Infx600", Geometry{}, false},     // not a number
		{"1200x600+5", Geometry{}, false},   // half a position
		{"1200x600+5+x", Geometry{}, false}, // not a position
		{"1200x600junk", Geometry{}, false},
		{"1200x600+900000+0", Geometry{}, false}, // far off any screen
		{"9e9x600", Geometry{}, false},
	}
	for _, c := range cases {
		got, err := ParseGeometry(c.in)
		if c.ok && (err != nil || got != c.want) {
			t.Errorf("ParseGeometry(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
		if !c.ok && !errors.Is(err, ErrBadGeometry) {
			t.Errorf("ParseGeometry(%q) = %+v, %v; want ErrBadGeometry", c.in, got, err)
		}
	}
}

func TestGeometryStringRoundTrips(t *testing.T) {
	for _, g := range []Geometry{{W: 1200, H: 690}, {W: 1366.5, H: 698, X: -8, Y: 0, Placed: true}, {W: 800, H: 600, X: 1500, Y: 20, Placed: true}} {
		if got, err := ParseGeometry(g.String()); err != nil || got != g {
			t.Errorf("%+v stored as %q reads back as %+v, %v", g, g.String(), got, err)
		}
	}
}

func TestGeometryFit(t *testing.T) {
	second := Area{Work: Rect{1366, 0, 1920, 1040}, MaxW: 1904, MaxH: 1001}
	cases := []struct {
		name string
		g    Geometry
		a    Area
		want Geometry
	}{
		{"the default on an office screen", DefaultGeometry, DefaultArea, Geometry{W: 1200, H: 698}},
		{"a small window stays", Geometry{W: 800, H: 600}, DefaultArea, Geometry{W: 800, H: 600}},
		{"larger than the screen", Geometry{W: 1900, H: 1000}, DefaultArea, Geometry{W: 1366, H: 698}},
		{"placed inside stays", Geometry{W: 800, H: 600, X: 100, Y: 50, Placed: true}, DefaultArea,
			Geometry{W: 800, H: 600, X: 100, Y: 50, Placed: true}},
		{"on a monitor now gone", Geometry{W: 800, H: 600, X: 2500, Y: 300, Placed: true}, DefaultArea,
			Geometry{W: 800, H: 600, X: 1366 - visibleTitle, Y: 300, Placed: true}},
		{"title bar above the screen", Geometry{W: 800, H: 600, X: 10, Y: -200, Placed: true}, DefaultArea,
			Geometry{W: 800, H: 600, X: 10, Y: 0, Placed: true}},
		{"below the taskbar", Geometry{W: 800, H: 600, X: 10, Y: 760, Placed: true}, DefaultArea,
			Geometry{W: 800, H: 600, X: 10, Y: 728 - visibleTitle/2, Placed: true}},
		{"off to the left", Geometry{W: 800, H: 600, X: -2000, Y: 10, Placed: true}, DefaultArea,
			Geometry{W: 800, H: 600, X: -800 + visibleTitle, Y: 10, Placed: true}},
		{"on the second monitor", Geometry{W: 1800, H: 1000, X: 1400, Y: 10, Placed: true}, second,
			Geometry{W: 1800, H: 1000, X: 1400, Y: 10, Placed: true}},
		{"an unknown area bounds nothing", Geometry{W: 1900, H: 1000}, Area{}, Geometry{W: 1900, H: 1000}},
	}
	for _, c := range cases {
		if got := c.g.Fit(c.a); got != c.want {
			t.Errorf("%s: %+v.Fit = %+v, want %+v", c.name, c.g, got, c.want)
		}
	}
}
