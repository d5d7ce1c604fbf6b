package data

import (
	"database/sql"
	"encoding/json"

	"thidua/app"
)

// audit appends a line to the audit log inside tx. before and after are
// marshalled to JSON; nil gives an empty field.
func (s *Store) audit(tx *sql.Tx, action, entity string, id int64, before, after any, reason string) error {
	prev, err := lastHash(tx)
	if err != nil {
		return err
	}
	e := app.AuditEntry{At: s.nowText(), User: s.user, Action: action, Entity: entity, EntityID: id,
		Before: toJSON(before), After: toJSON(after), Reason: reason}
	_, err = tx.Exec(`INSERT INTO audit_log(at, user, action, entity, entity_id, before, after, reason, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.At, e.User, e.Action, e.Entity, e.EntityID, e.Before, e.After, e.Reason, prev, entryHash(prev, e))
	return err
}

func toJSON(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// Audit returns the last n lines of the audit log, newest first.
func (s *Store) Audit(n int) ([]app.AuditEntry, error) {
	rows, err := s.db.Query(`SELECT id, at, user, action, entity, entity_id, before, after, reason
		FROM audit_log ORDER BY id DESC LIMIT ?`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.AuditEntry
	for rows.Next() {
		var e app.AuditEntry
		if err := rows.Scan(&e.ID, &e.At, &e.User, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.Reason); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
