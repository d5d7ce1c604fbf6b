package planimport

import (
	"slices"
	"testing"
)

// Word's counting: levels count on, a level starts again under a new
// item of the level above, a list may start elsewhere (startOverride).
func TestNumberingCountsAsWordDoes(t *testing.T) {
	n := newNumbering()
	n.abstract["1"] = map[int]level{
		0: {start: 1, format: "upperRoman", text: "%1."},
		1: {start: 1, format: "decimal", text: "%2."},
		2: {start: 1, format: "lowerLetter", text: "%3)"},
		3: {start: 1, format: "bullet", text: "\uf0b7"},
		4: {start: 1, format: "decimalZero", text: "%1.%5."},
	}
	n.abstract["2"] = map[int]level{0: {start: 1, format: "decimal", text: "%1)"}, 1: {start: 1, format: "bullet", text: "+"}}
	n.nums["7"] = numRef{abstract: "1"}
	n.nums["8"] = numRef{abstract: "2", starts: map[int]int{0: 4}}
	steps := []struct {
		num  string
		ilvl int
	}{{"7", 0}, {"7", 1}, {"7", 1}, {"7", 2}, {"7", 3}, {"7", 2}, {"7", 0}, {"7", 1}, {"7", 2}, {"7", 4}, {"8", 0}, {"8", 1}, {"8", 0}, {"9", 0}}
	want := []string{"I.", "1.", "2.", "a)", "-", "b)", "II.", "1.", "a)", "II.01.", "4)", "+", "5)", ""}
	var got []string
	for _, s := range steps {
		got = append(got, n.next(s.num, s.ilvl))
	}
	if !slices.Equal(got, want) {
		t.Errorf("numbers\n got  %q\n want %q", got, want)
	}
}
