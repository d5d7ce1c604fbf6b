package data

import (
	"context"
	"os"
	"testing"

	"thidua/app"
)

var t0ctx = context.Background()

// benchDir holds the benchmarks' shared database; removed after the run.
var benchDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// loadSampleData loads the embedded seed plan and sample into s.
func loadSampleData(t testing.TB, s *Store) {
	t.Helper()
	pb, err := os.ReadFile("../assets/seed/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	sb, err := os.ReadFile("../assets/seed/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := app.ParsePlanJSON(pb)
	if err != nil {
		t.Fatal(err)
	}
	smp, err := app.ParseSampleJSON(sb)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadSample(p, smp); err != nil {
		t.Fatalf("LoadSample: %v", err)
	}
}
