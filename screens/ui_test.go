package screens

// A small driver for tests that work the window the way a clerk does: find
// a field by the label shown beside it, type into it, choose, tap a button
// by its text, and check that a dialog lies inside the office screen.
// Everything is looked up in what is rendered (the window's content and
// the top dialog), never in the screens' own fields, so a form that shows a
// value under the wrong label fails here.

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"thidua/assets"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// officeScreen is the window of a maximised app on a 1366×768 screen above
// the Windows taskbar.
var officeScreen = fyne.NewSize(1366, 698)

type ui struct {
	t   testing.TB
	win fyne.Window
	// settle, when set, waits until what the window was reading is shown:
	// the clerk looks at the window once it is there.
	settle func()
}

func newUI(t testing.TB, w fyne.Window) *ui { return &ui{t: t, win: w} }

// TestMain makes every window of the tests queue what its loads hand back
// to the UI goroutine; Shell.settle runs it on the test's goroutine. A
// long job shows its progress at once.
func TestMain(m *testing.M) {
	// Fyne's own words (OK, Cancel, the file dialog) as the clerk sees
	// them: the app loads its Vietnamese translation at start.
	if err := assets.LoadTranslations(); err != nil {
		panic(err)
	}
	queueUI = true
	progressDelay = 0
	os.Exit(m.Run())
}

// top is what the clerk works in now: the top overlay (a dialog or a pop-up
// menu) or else the window's content.
func (u *ui) top() fyne.CanvasObject {
	if u.settle != nil {
		u.settle()
	}
	if o := u.win.Canvas().Overlays().Top(); o != nil {
		return o
	}
	return u.win.Content()
}

// visit walks the rendered tree under o, visible objects only, with each
// object's absolute position; fn returns false to skip an object's children.
func visit(o fyne.CanvasObject, at fyne.Position, fn func(o fyne.CanvasObject, at fyne.Position) bool) {
	if o == nil || !o.Visible() {
		return
	}
	if !fn(o, at) {
		return
	}
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		children = c.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	}
	for _, child := range children {
		visit(child, at.Add(child.Position()), fn)
	}
}

// formPairs lists the (label, field) pairs of every form under o as laid
// out: the label text drawn in a row and the object drawn beside it.
func formPairs(o fyne.CanvasObject) [][2]any {
	var pairs [][2]any
	visit(o, o.Position(), func(o fyne.CanvasObject, _ fyne.Position) bool {
		c, ok := o.(*fyne.Container)
		if !ok || c.Layout == nil || fmt.Sprintf("%T", c.Layout) != fmt.Sprintf("%T", layout.NewFormLayout()) {
			return true
		}
		for i := 0; i+1 < len(c.Objects); i += 2 {
			pairs = append(pairs, [2]any{strings.TrimSpace(allText(c.Objects[i])), c.Objects[i+1]})
		}
		return true
	})
	return pairs
}

// allText is the text drawn under o, joined.
func allText(o fyne.CanvasObject) string {
	var parts []string
	visit(o, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" {
			parts = append(parts, t.Text)
		}
		return true
	})
	return strings.Join(parts, " ")
}

// field is the input shown beside label in the current dialog (or window).
func (u *ui) field(label string) fyne.CanvasObject {
	u.t.Helper()
	var found []string
	for _, p := range formPairs(u.top()) {
		found = append(found, p[0].(string))
		if p[0].(string) != label {
			continue
		}
		var input fyne.CanvasObject
		visit(p[1].(fyne.CanvasObject), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
			if input != nil {
				return false
			}
			switch o.(type) {
			case *widget.Entry, *widget.Select, *widget.RadioGroup, *widget.Check, *widget.SelectEntry, *widget.CheckGroup, *countEntry:
				input = o
				return false
			}
			return true
		})
		if input == nil {
			u.t.Fatalf("no input beside %q", label)
		}
		return input
	}
	u.t.Fatalf("no field labelled %q; the labels shown are %q", label, found)
	return nil
}

// entry is the text field beside label.
func (u *ui) entry(label string) *widget.Entry {
	u.t.Helper()
	switch e := u.field(label).(type) {
	case *widget.Entry:
		return e
	case *widget.SelectEntry:
		return &e.Entry
	case *countEntry:
		return &e.Entry
	default:
		u.t.Fatalf("%q is a %T, not a text field", label, e)
		return nil
	}
}

// typeIn replaces the text of the field beside label by typing s.
func (u *ui) typeIn(label, s string) {
	u.t.Helper()
	e := u.entry(label)
	e.SetText("")
	u.win.Canvas().Focus(e)
	test.Type(e, s)
}

// value is what the field beside label shows.
func (u *ui) value(label string) string {
	u.t.Helper()
	switch w := u.field(label).(type) {
	case *widget.Entry:
		return w.Text
	case *widget.SelectEntry:
		return w.Text
	case *countEntry:
		return w.Text
	case *widget.Select:
		return w.Selected
	case *widget.RadioGroup:
		return w.Selected
	case *widget.Check:
		return fmt.Sprint(w.Checked)
	}
	return ""
}

// choose picks option in the drop-down or radio group beside label.
func (u *ui) choose(label, option string) {
	u.t.Helper()
	switch w := u.field(label).(type) {
	case *widget.Select:
		if !contains(w.Options, option) {
			u.t.Fatalf("%q has no option %q (options: %q)", label, option, w.Options)
		}
		w.SetSelected(option)
	case *widget.RadioGroup:
		if !contains(w.Options, option) {
			u.t.Fatalf("%q has no option %q (options: %q)", label, option, w.Options)
		}
		w.SetSelected(option)
	default:
		u.t.Fatalf("%q is a %T, not a choice", label, w)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// button finds the button with text in the current dialog (or window).
func (u *ui) button(text string) *widget.Button {
	u.t.Helper()
	var found *widget.Button
	var seen []string
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if b, ok := o.(*widget.Button); ok {
			seen = append(seen, b.Text)
			if b.Text == text && found == nil {
				found = b
			}
		}
		return found == nil
	})
	if found == nil {
		u.t.Fatalf("no button %q; buttons shown: %q", text, seen)
	}
	return found
}

// tap taps the button with text in the current dialog (or window).
func (u *ui) tap(text string) {
	u.t.Helper()
	b := u.button(text)
	if b.Disabled() {
		u.t.Fatalf("button %q is disabled", text)
	}
	test.Tap(b)
	if u.settle != nil {
		u.settle() // what the button started is done
	}
}

// shows reports whether text is drawn in the current dialog (or window).
func (u *ui) shows(text string) bool {
	return strings.Contains(allText(u.top()), text)
}

// dialogText is the text of the current dialog.
func (u *ui) dialogText() string { return allText(u.top()) }

// fits fails the test if anything of the current dialog lies outside the
// window, or if the window had to grow past the office screen to hold it.
// What lies inside a scroll container may run past the window (the clerk
// scrolls to it); the scroll container itself must fit.
func (u *ui) fits(what string) {
	u.t.Helper()
	size := u.win.Canvas().Size()
	if size.Width > officeScreen.Width || size.Height > officeScreen.Height {
		u.t.Errorf("%s: the window grew to %v, larger than the office screen %v", what, size, officeScreen)
	}
	visit(u.top(), u.top().Position(), func(o fyne.CanvasObject, at fyne.Position) bool {
		end := at.Add(o.Size())
		if o.Size().IsZero() {
			return true
		}
		if at.X < -0.5 || at.Y < -0.5 || end.X > size.Width+0.5 || end.Y > size.Height+0.5 {
			u.t.Errorf("%s: %s at %v–%v lies outside the %v window", what, describe(o), at, end, size)
			return false
		}
		_, scroll := o.(*container.Scroll)
		return !scroll
	})
}

func describe(o fyne.CanvasObject) string {
	switch w := o.(type) {
	case *widget.Button:
		return fmt.Sprintf("button %q", w.Text)
	case *widget.Label:
		return fmt.Sprintf("label %q", w.Text)
	case *canvas.Text:
		return fmt.Sprintf("text %q", w.Text)
	case *widget.Entry:
		return fmt.Sprintf("entry %q", w.Text)
	}
	return fmt.Sprintf("%T", o)
}

// iconButtons are the buttons showing icon in the current dialog (or
// window), in the order drawn.
func (u *ui) iconButtons(icon fyne.Resource) []*widget.Button {
	var out []*widget.Button
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == icon.Name() {
			out = append(out, b)
		}
		return true
	})
	return out
}

// tick sets the check box whose text is text.
func (u *ui) tick(text string, on bool) {
	u.t.Helper()
	var found *widget.Check
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if c, ok := o.(*widget.Check); ok && c.Text == text {
			found = c
		}
		return found == nil
	})
	if found == nil {
		u.t.Fatalf("no check box %q", text)
	}
	found.SetChecked(on)
}

// buttonNear is the button with text in the smallest part of the current
// dialog (or window) that also shows anchor: "Đề nghị…" of one award
// form's panel, "Biểu quyết…" of one nominee.
func (u *ui) buttonNear(text, anchor string) *widget.Button {
	u.t.Helper()
	var best *widget.Button
	bestLen := -1
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		all := allText(o)
		if !strings.Contains(all, anchor) {
			return false
		}
		visit(o, fyne.Position{}, func(c fyne.CanvasObject, _ fyne.Position) bool {
			if b, ok := c.(*widget.Button); ok && b.Text == text && (bestLen < 0 || len(all) < bestLen) {
				best, bestLen = b, len(all)
			}
			return true
		})
		return true
	})
	if best == nil {
		u.t.Fatalf("no button %q beside %q", text, anchor)
	}
	return best
}

// list is the first list in the current dialog.
func (u *ui) list() *widget.List {
	u.t.Helper()
	var found *widget.List
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if l, ok := o.(*widget.List); ok && found == nil {
			found = l
		}
		return found == nil
	})
	if found == nil {
		u.t.Fatal("no list in the dialog")
	}
	return found
}

// entryWithHint is the text field whose placeholder begins with hint.
func (u *ui) entryWithHint(hint string) *widget.Entry {
	u.t.Helper()
	var found *widget.Entry
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if e, ok := o.(*widget.Entry); ok && strings.HasPrefix(e.PlaceHolder, hint) && found == nil {
			found = e
		}
		return found == nil
	})
	if found == nil {
		u.t.Fatalf("no text field with the hint %q", hint)
	}
	return found
}

// selectWith is the drop-down (outside a form) that offers option.
func (u *ui) selectWith(option string) *widget.Select {
	u.t.Helper()
	var found *widget.Select
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if s, ok := o.(*widget.Select); ok && found == nil && contains(s.Options, option) {
			found = s
		}
		return found == nil
	})
	if found == nil {
		u.t.Fatalf("no drop-down offers %q", option)
	}
	return found
}

// table is the first table shown.
func (u *ui) table() *widget.Table {
	u.t.Helper()
	var found *widget.Table
	visit(u.top(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if tb, ok := o.(*widget.Table); ok && found == nil {
			found = tb
		}
		return found == nil
	})
	if found == nil {
		u.t.Fatal("no table shown")
	}
	return found
}

// scoreGrid is the Chấm điểm grid in the window.
func (u *ui) scoreGrid() *scoreGrid {
	u.t.Helper()
	var grid *scoreGrid
	visit(u.win.Content(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if g, ok := o.(*scoreGrid); ok {
			grid = g
		}
		return grid == nil
	})
	if grid == nil {
		u.t.Fatal("no score grid in the window")
	}
	return grid
}
