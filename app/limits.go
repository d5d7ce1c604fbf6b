package app

import (
	"fmt"
	"io"
	"os"
)

// Limits on the files the app reads whole, so that one file cannot exhaust
// the memory of the clerk's computer: a larger file is refused before it
// is read, with the limit named.
const (
	// MaxRecordFile is the largest export-data file (the whole record,
	// issued PDFs included) import-data reads.
	MaxRecordFile = 64 << 20
)

// ReadFileLimited reads the file at path when it is at most limit bytes,
// and refuses it before reading otherwise (and if it grows while read).
func ReadFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp %s: %w", path, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s là một thư mục, không phải tệp", path)
	}
	if info.Size() > limit {
		return nil, TooLarge(path, limit)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp %s: %w", path, err)
	}
	if int64(len(b)) > limit {
		return nil, TooLarge(path, limit)
	}
	return b, nil
}

// TooLarge is the error for a file over limit bytes.
func TooLarge(name string, limit int64) error {
	return &InvalidError{Problems: []Problem{{Where: name,
		Message: fmt.Sprintf("tệp lớn hơn giới hạn %d MB, không đọc", limit>>20)}}}
}
