package screens

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"thidua/app/document"
)

// printDocument renders d into a temporary file of the given name and
// hands it to the system's printer; when that fails, the clerk is told
// where the PDF is.
func (s *Shell) printDocument(d *document.Document, name string) {
	var buf bytes.Buffer
	if err := s.deps.RenderDocument(d, &buf); err != nil {
		s.showError(err)
		return
	}
	path := filepath.Join(os.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		s.showError(err)
		return
	}
	if err := s.deps.OpenFile(path, true); err != nil {
		s.showError(fmt.Errorf("không gửi được lệnh in (%v). Tệp PDF ở %s — hãy mở và in từ trình đọc PDF", err, path))
	}
}
