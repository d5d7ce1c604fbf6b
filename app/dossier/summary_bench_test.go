package dossier

import "testing"

// BenchmarkSummaryReport prepares and prints the Báo cáo of round 2024 of
// the sample with its two charts: figures, charts as PNG at 200 dpi and the
// PDF (target: under 300 ms).
func BenchmarkSummaryReport(b *testing.B) {
	f := newFixture(b)
	for b.Loop() {
		snap, err := f.desk.SummaryDraft(f.plan.ID, "2024", "2024-12-25")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := f.desk.Render(snap); err != nil {
			b.Fatal(err)
		}
	}
}
