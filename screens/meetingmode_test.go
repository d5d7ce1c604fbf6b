package screens

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"thidua/app"
)

// variantTheme is the default theme in one variant, whatever the system's.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

var themeVariants = map[string]fyne.ThemeVariant{"sáng": theme.VariantLight, "tối": theme.VariantDark}

// forty is a name of exactly 40 characters.
func forty(prefix string) string {
	s := prefix + " Hội Liên hiệp Phụ nữ thôn Đông Phước Hòa"
	return string([]rune(s)[:40])
}

// worstSlide turns the first slide into the largest a plan allows: n
// criteria of the kind with 40-character names, all scored, 40-character
// names everywhere, a long achievement, a forced nomination and a secret
// ballot (five counts).
func worstSlide(mm *meetingMode, kind app.Kind, n int) {
	var crit []app.Criterion
	for _, c := range mm.ns.plan.Criteria {
		if c.Kind != kind {
			crit = append(crit, c)
		}
	}
	row := &app.RankRow{Complete: true, Max: float64(10 * n), Class: app.ClassGood, Rank: 1}
	for k := 0; k < n; k++ {
		crit = append(crit, app.Criterion{Kind: kind, Text: forty("Tiêu chí"), ShortText: forty(fmt.Sprintf("%d.", k+1)), MaxPoints: 10})
		row.Scores = append(row.Scores, float64(k%10))
		row.Scored = append(row.Scored, true)
		row.Total += float64(k % 10)
	}
	mm.ns.plan.Criteria = crit
	s := &mm.slides[0]
	s.entry.Part.Kind = kind
	s.entry.Part.Name = forty("Tên")
	s.entry.Part.Position = forty("Chức vụ")
	s.entry.Part.Unit = forty("Đơn vị")
	s.entry.Row = row
	s.entry.Achievement = strings.Repeat("Hoàn thành xuất sắc nhiệm vụ được giao, dẫn đầu phong trào thi đua. ", 5)
	s.entry.ForcedReason = "Chủ tịch Hội đồng đề nghị vì thành tích đột xuất trong phòng chống bão lụt"
	s.panel.Form.Name = forty("Giấy khen")
	s.panel.Form.VoteMethod = app.VoteSecret
	mm.show(0)
}

// unreadable lists what of the room's text lies outside the window or is
// cut off by a scroll container: every text drawn must be whole and
// inside the visible area.
func unreadable(root fyne.CanvasObject, win fyne.Size) []string {
	var out []string
	var walk func(o fyne.CanvasObject, at fyne.Position, clipMin, clipMax fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position, clipMin, clipMax fyne.Position) {
		if o == nil || !o.Visible() {
			return
		}
		if t, ok := o.(*canvas.Text); ok && strings.TrimSpace(t.Text) != "" {
			size := o.Size().Max(t.MinSize())
			end := at.Add(size)
			if at.X < clipMin.X-0.5 || at.Y < clipMin.Y-0.5 || end.X > clipMax.X+0.5 || end.Y > clipMax.Y+0.5 {
				out = append(out, fmt.Sprintf("%q at %v–%v outside %v–%v", t.Text, at, end, clipMin, clipMax))
			}
			return
		}
		var children []fyne.CanvasObject
		switch c := o.(type) {
		case *countEntry:
			// An entry scrolls its own line: the entry itself must be whole.
			end := at.Add(o.Size())
			if at.X < clipMin.X-0.5 || at.Y < clipMin.Y-0.5 || end.X > clipMax.X+0.5 || end.Y > clipMax.Y+0.5 {
				out = append(out, fmt.Sprintf("count %q at %v–%v outside %v–%v", c.Text, at, end, clipMin, clipMax))
			}
			return
		case *fyne.Container:
			children = c.Objects
		case *container.Scroll:
			// The room cannot scroll: what the scroll hides is not read.
			clipMin = fyne.NewPos(max(clipMin.X, at.X), max(clipMin.Y, at.Y))
			end := at.Add(o.Size())
			clipMax = fyne.NewPos(min(clipMax.X, end.X), min(clipMax.Y, end.Y))
			children = []fyne.CanvasObject{c.Content}
		case fyne.Widget:
			children = widgetObjects(c)
		}
		for _, child := range children {
			walk(child, at.Add(child.Position()), clipMin, clipMax)
		}
	}
	walk(root, root.Position(), fyne.NewPos(0, 0), fyne.NewPos(win.Width, win.Height))
	return out
}

// openMeetingMode opens meeting mode at the office screen's size in the
// given theme variant.
func openMeetingMode(t *testing.T, v fyne.ThemeVariant) (*meetingMode, fyne.Window) {
	t.Helper()
	ns, st, w := nominationsScreen(t)
	fyne.CurrentApp().Settings().SetTheme(variantTheme{theme.DefaultTheme(), v})
	meetingWithVotes(t, ns, st)
	w.Resize(officeScreen)
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF11})
	if ns.mode == nil {
		t.Fatal("F11 did not open meeting mode")
	}
	return ns.mode, w
}

func TestMeetingModeFitsTheProjector(t *testing.T) {
	cases := []struct {
		kind app.Kind
		n    int
	}{{app.KindCollective, 7}, {app.KindCollective, 10}, {app.KindIndividual, 10}}
	for name, v := range themeVariants {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s/%s/%d", name, c.kind, c.n), func(t *testing.T) {
				mm, w := openMeetingMode(t, v)
				worstSlide(mm, c.kind, c.n)
				text := texts(w.Content())
				for _, want := range []string{forty("Tên"), "Chưa biểu quyết", forty(fmt.Sprintf("%d.", c.n))[:10], "Esc"} {
					if !strings.Contains(text, want) {
						t.Errorf("the slide does not show %q:\n%s", want, text)
					}
				}
				for _, p := range unreadable(w.Content(), w.Canvas().Size()) {
					t.Error(p)
				}
				// The counts decide: type them and the result must still fit.
				voters := len(mm.meeting.Attendees)
				for i, f := range mm.vf.fields {
					f.SetText(fmt.Sprint([]int{voters, voters, voters, voters - 1, 1}[i]))
				}
				for _, p := range unreadable(w.Content(), w.Canvas().Size()) {
					t.Error("with the counts typed: " + p)
				}
			})
		}
	}
}

// textsWhere returns the drawn texts that contain s.
func textsWhere(root fyne.CanvasObject, s string) []*canvas.Text {
	var out []*canvas.Text
	visit(root, root.Position(), func(o fyne.CanvasObject, _ fyne.Position) bool {
		if t, ok := o.(*canvas.Text); ok && strings.Contains(t.Text, s) {
			out = append(out, t)
		}
		return true
	})
	return out
}

func TestMeetingModeHintsReadableAndSummaryColoured(t *testing.T) {
	for name, v := range themeVariants {
		t.Run(name, func(t *testing.T) {
			mm, w := openMeetingMode(t, v)
			hints := textsWhere(w.Content(), "Esc")
			if len(hints) == 0 {
				t.Fatal("no key hint on the slide")
			}
			for _, h := range hints {
				if h.TextSize < 22 {
					t.Errorf("key hint %q in %v pt, too small to read from the room", h.Text, h.TextSize)
				}
				if h.Color == theme.Color(theme.ColorNamePlaceHolder) {
					t.Errorf("key hint %q in the faint placeholder colour", h.Text)
				}
			}
			// First nomination passes, the second fails, no third: the
			// summary shows each result in the colour of the vote page.
			voters := len(mm.meeting.Attendees)
			for i, f := range mm.vf.fields {
				f.SetText(fmt.Sprint([]int{voters, voters, voters, voters, 0}[i]))
			}
			mm.step(1)
			for i, f := range mm.vf.fields {
				f.SetText(fmt.Sprint([]int{voters, voters, voters, 0, voters}[i]))
			}
			mm.step(1)
			if mm.Slide() != len(mm.slides) {
				t.Fatalf("slide %d, want the summary", mm.Slide())
			}
			th := projectorTheme{fyne.CurrentApp().Settings().Theme()}
			bg := th.Color(theme.ColorNameBackground, v)
			want := map[string]fyne.ThemeColorName{"ĐẠT": theme.ColorNameSuccess, "KHÔNG ĐẠT": theme.ColorNameWarning}
			for word, colour := range want {
				var found bool
				for _, tx := range textsWhere(w.Content(), word) {
					if word == "ĐẠT" && strings.Contains(tx.Text, "KHÔNG") {
						continue
					}
					found = true
					if tx.Color != th.Color(colour, v) {
						t.Errorf("%q drawn in %v, want the vote page's %s %v", tx.Text, tx.Color, colour, th.Color(colour, v))
					}
					if c := contrast(tx.Color, bg); c < 4.5 {
						t.Errorf("%q: contrast %.1f:1 with the background, want at least 4.5:1 to be read on a projector", tx.Text, c)
					}
				}
				if !found {
					t.Errorf("the summary shows no %q:\n%s", word, texts(w.Content()))
				}
			}
			for _, p := range unreadable(w.Content(), w.Canvas().Size()) {
				t.Error("summary: " + p)
			}
		})
	}
}

// widgetObjects are the objects a widget's renderer draws.
func widgetObjects(w fyne.Widget) []fyne.CanvasObject { return test.WidgetRenderer(w).Objects() }

func TestMeetingModeEscGivesTheWindowItsSizeBack(t *testing.T) {
	mm, w := openMeetingMode(t, theme.VariantLight)
	// Full screen on the projector: the window takes the whole screen.
	w.Resize(fyne.NewSize(1366, 768))
	mm.key(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got := w.Canvas().Size(); got != officeScreen {
		t.Errorf("after Esc the window is %v, want its size before, %v", got, officeScreen)
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestMeetingModeSummaryFitsManyNominations(t *testing.T) {
	for name, v := range themeVariants {
		t.Run(name, func(t *testing.T) {
			mm, w := openMeetingMode(t, v)
			first := mm.slides[0]
			mm.slides = nil
			for i := 0; i < 24; i++ {
				s := first
				s.entry.Part.Name = forty(fmt.Sprintf("%02d", i+1))
				mm.slides = append(mm.slides, s)
			}
			mm.goTo(len(mm.slides))
			text := texts(w.Content())
			for _, s := range mm.slides {
				if !strings.Contains(text, s.entry.Part.Name+" — chưa biểu quyết") {
					t.Errorf("the summary does not show %q whole:\n%s", s.entry.Part.Name, text)
				}
			}
			for _, p := range unreadable(w.Content(), w.Canvas().Size()) {
				t.Error(p)
			}
		})
	}
}
