package data

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"strconv"

	"thidua/app"
)

// migrationHooks run in the transaction of their migration, after its SQL.
var migrationHooks = map[int]func(*sql.Tx) error{2: sealAudit}

// entryHash is the hash of an audit line chained to the line before it.
func entryHash(prev string, e app.AuditEntry) string {
	h := sha256.New()
	for _, f := range []string{prev, e.At, e.User, e.Action, e.Entity, strconv.FormatInt(e.EntityID, 10), e.Before, e.After, e.Reason} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// lastHash returns the hash of the newest audit line ("" for none).
func lastHash(tx *sql.Tx) (string, error) {
	var h string
	err := tx.QueryRow(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`).Scan(&h)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return h, err
}

// sealAudit chains the lines that have no hash yet (written before the
// chain existed, or imported from a record), in order.
func sealAudit(tx *sql.Tx) error {
	var entries []app.AuditEntry
	var prevs []string
	prev := ""
	err := each(tx, `SELECT id, at, user, action, entity, entity_id, before, after, reason, hash FROM audit_log ORDER BY id`,
		func(rows *sql.Rows) error {
			var e app.AuditEntry
			var h string
			if err := rows.Scan(&e.ID, &e.At, &e.User, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.Reason, &h); err != nil {
				return err
			}
			if h == "" {
				entries, prevs = append(entries, e), append(prevs, prev)
				h = entryHash(prev, e)
			}
			prev = h
			return nil
		})
	if err != nil {
		return err
	}
	for i, e := range entries {
		if i > 0 {
			prevs[i] = entryHash(prevs[i-1], entries[i-1])
		}
		if _, err := tx.Exec(`UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?`, prevs[i], entryHash(prevs[i], e), e.ID); err != nil {
			return err
		}
	}
	return nil
}

// VerifyAudit walks the audit chain and returns the ID of the first line
// that does not match (changed, or the line before it removed or changed),
// or 0 when the chain is intact, with the number of lines checked.
func (s *Store) VerifyAudit() (broken int64, checked int, err error) {
	prev := ""
	err = each(s.db, `SELECT id, at, user, action, entity, entity_id, before, after, reason, prev_hash, hash
		FROM audit_log ORDER BY id`, func(rows *sql.Rows) error {
		var e app.AuditEntry
		var p, h string
		if err := rows.Scan(&e.ID, &e.At, &e.User, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.Reason, &p, &h); err != nil {
			return err
		}
		checked++
		if broken == 0 && (p != prev || h != entryHash(p, e)) {
			broken = e.ID
		}
		prev = h
		return nil
	})
	return broken, checked, err
}
