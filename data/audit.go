package data

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
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
	return s.AuditLog(app.AuditFilter{Limit: n})
}

// dayStart turns a local date (ISO) plus days into the UTC instant the
// audit log's times are compared with; "" stays "".
func dayStart(iso string, days int) string {
	t, err := time.ParseInLocation("2006-01-02", iso, time.Local)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, days).UTC().Format(time.RFC3339)
}

// AuditLog returns the lines of the audit log that f chooses, newest
// first. Times are stored in UTC; From and To are days of the computer's
// local time.
func (s *Store) AuditLog(f app.AuditFilter) ([]app.AuditEntry, error) {
	if f.Limit <= 0 {
		f.Limit = 500
	}
	from, to := dayStart(f.From, 0), dayStart(f.To, 1)
	rows, err := s.db.Query(`SELECT id, at, user, action, entity, entity_id, before, after, reason
		FROM audit_log WHERE (? = '' OR entity = ?) AND (? = '' OR at >= ?) AND (? = '' OR at < ?) ORDER BY id DESC`,
		f.Entity, f.Entity, from, from, to, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.AuditEntry
	for rows.Next() && len(out) < f.Limit {
		var e app.AuditEntry
		if err := rows.Scan(&e.ID, &e.At, &e.User, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.Reason); err != nil {
			return nil, err
		}
		if f.Query == "" || viet.Contains(viet.Fold(strings.Join([]string{e.User, e.Action, e.Entity, e.Before, e.After, e.Reason}, " ")), f.Query) {
			out = append(out, e)
		}
	}
	return out, rows.Err()
}
