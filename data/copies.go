package data

import (
	"database/sql"
	"fmt"

	"thidua/app"
)

// RecordCopy notes in the log of the register that a copy of issued
// document id was given out as a file of another format ("docx": an
// editable Word copy, "xlsx": its Danh sách). The PDF kept at issue stays
// the paper of record and is not touched.
func (s *Store) RecordCopy(id int64, format string) error {
	return s.tx(func(tx *sql.Tx) error {
		var number int
		var symbol string
		err := tx.QueryRow(`SELECT number, symbol FROM documents WHERE id = ?`, id).Scan(&number, &symbol)
		if err == sql.ErrNoRows {
			return fmt.Errorf("văn bản mã %d: %w", id, app.ErrNotFound)
		}
		if err != nil {
			return err
		}
		return s.audit(tx, "copy", "document", id, nil, map[string]any{"number": number, "symbol": symbol, "format": format}, "")
	})
}
