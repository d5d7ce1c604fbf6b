package document

import "testing"

func TestSettingsRoundTripAndRefusal(t *testing.T) {
	s := DefaultSettings()
	s.MarginLeft, s.BodySize = 35, 13
	got, err := ParseSettings(s.Encode())
	if err != nil || got != s {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	if got, err := ParseSettings(""); err != nil || got != DefaultSettings() {
		t.Fatalf("empty text must give the defaults: %+v, %v", got, err)
	}
	bad := DefaultSettings()
	bad.MarginLeft = 10
	if got, err := ParseSettings(bad.Encode()); err == nil || got != DefaultSettings() {
		t.Fatalf("a left margin of 10 mm must be refused and the defaults used: %+v, %v", got, err)
	}
	if _, err := ParseSettings("{"); err == nil {
		t.Fatal("broken text accepted")
	}
}
