package screens

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet/telex"
)

func TestSettingsTypingModeIsOffUntilChosen(t *testing.T) {
	st := &fakeStore{org: app.DefaultOrganisation()}
	s, w := newTestShell(t, st)
	var gotMethod telex.Method = -1
	var gotOld bool
	s.deps.SetTyping = func(m telex.Method, oldStyle bool) { gotMethod, gotOld = m, oldStyle }
	sc := NewSettingsScreen(s)
	w.SetContent(sc.Content())
	if m, old := TypingSetting(st); m != telex.Off || !old {
		t.Fatalf("a new database types with %v (old style %v), want off, old style", m, old)
	}
	part := sc.typingPart()
	var choice *widget.RadioGroup
	var style *widget.Check
	for _, o := range test.LaidOutObjects(part) {
		switch v := o.(type) {
		case *widget.RadioGroup:
			choice = v
		case *widget.Check:
			style = v
		}
	}
	if choice == nil || style == nil || choice.Selected != typingChoices[0].label {
		t.Fatalf("Cài đặt shows no typing choice set to off")
	}
	choice.SetSelected("Telex")
	style.SetChecked(false)
	if gotMethod != telex.Telex || gotOld {
		t.Errorf("the window types with %v (old style %v), want Telex, new style", gotMethod, gotOld)
	}
	if m, old := TypingSetting(st); m != telex.Telex || old {
		t.Errorf("stored %v (old style %v), want Telex, new style", m, old)
	}
}
