package document

import (
	"io"
	"testing"
)

// BenchmarkPlanPDF prints the seed plan's Kế hoạch (five pages) with the
// font files already in memory: layout, the per-document font parsing and
// the PDF output with font subsetting.
func BenchmarkPlanPDF(b *testing.B) {
	p, org, fonts := seedPlan(b), sampleOrg(b), testFonts(b)
	r, err := NewRenderer(fonts, Settings{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		d, err := PlanDocument(p, org)
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Render(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFontLoad is the cost every document pays to parse the four faces
// (gofpdf cannot share a parsed font between documents).
func BenchmarkFontLoad(b *testing.B) {
	fonts := testFonts(b)
	for b.Loop() {
		if _, err := newCanvas(fonts); err != nil {
			b.Fatal(err)
		}
	}
}
