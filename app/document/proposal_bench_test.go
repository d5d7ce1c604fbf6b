package document

import (
	"io"
	"testing"
)

// BenchmarkProposal50 prints a Tờ trình with a 50-row Danh sách, fonts
// parsed as in every real print (target: under 150 ms).
func BenchmarkProposal50(b *testing.B) {
	in := proposalFixture(b, 50)
	fonts := testFonts(b)
	for b.Loop() {
		d, err := ProposalDocument(in)
		if err != nil {
			b.Fatal(err)
		}
		r, err := NewRenderer(fonts, Settings{})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Render(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
