package data

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"thidua/app"
)

var (
	bigOnce sync.Once
	bigPath string
)

// bigDatabase builds, once per run, a database with the seed plan, 100
// collectives and 10,000 individuals.
func bigDatabase(b *testing.B) string {
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "thidua-bench")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		bigPath = filepath.Join(dir, "big.db")
		s, err := Open(bigPath, Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		loadSampleData(b, s)
		FillParticipants(b, s, 100, 10000)
	})
	return bigPath
}

// FillParticipants adds generated collectives and individuals.
func FillParticipants(tb testing.TB, s *Store, collectives, individuals int) {
	tb.Helper()
	var ps []app.Participant
	for i := range collectives {
		ps = append(ps, app.Participant{Kind: app.KindCollective, Name: fmt.Sprintf("Tổ dân phố số %d", i+1), Members: 30, Women: 12})
	}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	given := []string{"An", "Bình", "Cường", "Dũng", "Đức", "Hòa", "Hoà", "Hương", "Lan", "Thủy", "Thuỷ", "Yến"}
	for i := range individuals {
		ps = append(ps, app.Participant{Kind: app.KindIndividual,
			Name:   fmt.Sprintf("%s Văn %s %d", family[i%len(family)], given[i%len(given)], i),
			Gender: app.GenderMale, BirthDate: fmt.Sprintf("19%02d-%02d-%02d", 60+i%40, 1+i%12, 1+i%28),
			Position: "Công chức", Hometown: "xã Hòa Phong, tỉnh Hưng Yên"})
	}
	if _, err := s.AddParticipants(ps); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkOpenAndFirstScreen opens the database and loads what the first
// screen shows: the plan list, the current plan with its texts, criteria,
// award forms and rounds, and the participant counts.
func BenchmarkOpenAndFirstScreen(b *testing.B) {
	path := bigDatabase(b)
	b.ResetTimer()
	for b.Loop() {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		plans, err := s.Plans()
		if err != nil || len(plans) == 0 {
			b.Fatal(err)
		}
		if _, err := s.Plan(plans[0].ID); err != nil {
			b.Fatal(err)
		}
		if _, err := s.IsEmpty(); err != nil {
			b.Fatal(err)
		}
		if _, _, err := s.CountParticipants(); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkParticipants10k reads all 10,100 participants (the participants
// screen's table).
func BenchmarkParticipants10k(b *testing.B) {
	s, err := Open(bigDatabase(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for b.Loop() {
		ps, err := s.Participants("")
		if err != nil || len(ps) < 10100 {
			b.Fatal(len(ps), err)
		}
	}
}
