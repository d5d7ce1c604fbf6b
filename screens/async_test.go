package screens

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

// gatedStore holds every reading of the participants until the test opens
// its gate, as a slow disk or a commune's full list would.
type gatedStore struct {
	Store
	gate    chan struct{} // nil: open
	stalled bool          // a reading gave up waiting: it ran where the test waits
}

func (g *gatedStore) Participants(k app.Kind) ([]app.Participant, error) {
	if g.gate != nil {
		select {
		case <-g.gate:
		case <-time.After(2 * time.Second):
			// Read on the test's own goroutine, the gate would never
			// open: give up so that the test fails instead of hanging.
			g.stalled = true
		}
	}
	return g.Store.Participants(k)
}

// TestSwitchingScreenDoesNotWaitForTheDatabase: the screens that read
// much appear at once, saying "Đang tải…", and show what they read once
// the reading ends.
func TestSwitchingScreenDoesNotWaitForTheDatabase(t *testing.T) {
	st := &gatedStore{Store: realStore(t)}
	s, _ := newTestShell(t, st)
	s.settle()
	for key, want := range map[string]string{
		"participants": "Cá nhân (42)",
		"scoring":      "Tổng",
		"nominations":  "Giấy khen của Chủ tịch UBND xã",
		"stats":        "Năm 2024: 13 tập thể, 42 cá nhân tham gia.",
	} {
		st.gate = make(chan struct{})
		s.Show(key)
		if got := texts(s.content.Objects[0]); !strings.Contains(got, loadingText) || strings.Contains(got, want) {
			t.Errorf("%s: while the database is read the screen shows\n%s", key, got)
		}
		close(st.gate)
		got := texts(s.Content()) // waits until what was read is shown
		if strings.Contains(got, loadingText) || !strings.Contains(got, want) {
			t.Errorf("%s: once read the screen shows\n%s", key, got)
		}
		st.gate = nil
	}
	if st.stalled {
		t.Error("a screen read the database on the UI goroutine")
	}
}

// TestLatestSearchWins: typing does not wait for the search, and when an
// earlier search ends after a later one, the later one's rows stay.
func TestLatestSearchWins(t *testing.T) {
	ps, _ := participantsScreen(t)
	s := ps.shell
	before := len(ps.views[app.KindIndividual].rows)
	ps.search.SetText("dang")
	if got := len(ps.views[app.KindIndividual].rows); got != before {
		t.Fatalf("typing waited for the search: %d rows at once, %d before", got, before)
	}
	first := <-s.work.queue // the search for "dang", read but not yet shown
	ps.search.SetText("nguyen")
	second := <-s.work.queue
	second()
	first() // ends last, but is older
	s.settle()
	var got []string
	for _, p := range ps.Rows(app.KindIndividual) {
		got = append(got, p.Name)
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "Nguyễn") || !strings.HasPrefix(got[1], "Nguyễn") {
		t.Errorf("after typing “dang” then “nguyen” the list shows %q", got)
	}
}
