package data

import "database/sql"

// Setting returns the value stored under key ("" when unset).
func (s *Store) Setting(key string) (string, error) {
	var v string
	err := s.db.QueryRow(`SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, err
}

// SaveSetting stores value under key, with an audit line.
func (s *Store) SaveSetting(key, value string) error {
	before, err := s.Setting(key)
	if err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO settings(key, value) VALUES (?, ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
			return err
		}
		return s.audit(tx, "update", "setting:"+key, 0, before, value, "")
	})
}
