package document

import (
	"fmt"
	"io"
	"testing"
)

// BenchmarkCertificates500 prints a run of 500 certificates on blanks
// (overlay) as one PDF; the fonts are parsed inside the loop, as in a real
// print run.
func BenchmarkCertificates500(b *testing.B) {
	fonts, l := testFonts(b), DefaultCertLayout("A4", true)
	base := sampleCerts()
	certs := make([]Certificate, 500)
	for i := range certs {
		certs[i] = base[i%len(base)]
		certs[i].Name = fmt.Sprintf("%s %d", certs[i].Name, i+1)
		certs[i].RegisterNo = fmt.Sprintf("Số sổ vàng: %d", 125+i)
	}
	for b.Loop() {
		if err := RenderCertificates(io.Discard, fonts, l, certs, CertOverlay); err != nil {
			b.Fatal(err)
		}
	}
}
