package data

import (
	"database/sql"
	"errors"

	"thidua/app"
)

const orgColumns = `name, short_name, parent, place, abbreviation, level, council_name,
	council_abbr, clerk_name, clerk_office, default_place, upper_name, upper_until, regulation`

func orgArgs(o app.Organisation) []any {
	return []any{o.Name, o.ShortName, o.Parent, o.Place, o.Abbreviation, string(o.Level),
		o.CouncilName, o.CouncilAbbr, o.ClerkName, o.ClerkOffice, o.DefaultPlace, o.Upper, o.UpperUntil, o.Regulation}
}

// Organisation returns the organisation settings (zero value when unset)
// with the periods of its structure.
func (s *Store) Organisation() (app.Organisation, error) {
	return queryOrganisation(s.db)
}

func queryOrganisation(q querier) (app.Organisation, error) {
	o, err := scanOrganisation(q)
	if errors.Is(err, sql.ErrNoRows) {
		o, err = app.DefaultOrganisation(), nil
	}
	if err != nil {
		return o, err
	}
	o.Periods, err = queryOrgPeriods(q)
	return o, err
}

// queryOrgPeriods reads the periods of the organisation's structure,
// oldest first (a period open at its start comes first).
func queryOrgPeriods(q querier) ([]app.OrgPeriod, error) {
	rows, err := q.Query(`SELECT id, valid_from, valid_until, name, parent, upper_name, province
		FROM organisation_periods ORDER BY valid_from, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.OrgPeriod
	for rows.Next() {
		var p app.OrgPeriod
		if err := rows.Scan(&p.ID, &p.From, &p.Until, &p.Name, &p.Parent, &p.Upper, &p.Province); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SaveOrgPeriod validates and stores a period of the organisation's
// structure, new (ID 0) or edited, and returns its ID. A period that
// overlaps another is refused: each date has one structure.
func (s *Store) SaveOrgPeriod(p app.OrgPeriod) (int64, error) {
	p = p.Normalized()
	err := s.tx(func(tx *sql.Tx) error {
		all, err := queryOrgPeriods(tx)
		if err != nil {
			return err
		}
		var before *app.OrgPeriod
		for i := range all {
			if all[i].ID == p.ID {
				before = &all[i]
			}
		}
		if p.ID != 0 && before == nil {
			return app.ErrNotFound
		}
		if err := app.ValidatePeriod(p, all); err != nil {
			return err
		}
		if p.ID == 0 {
			id, err := insertOrgPeriod(tx, p)
			if err != nil {
				return err
			}
			p.ID = id
			return s.audit(tx, "create", "organisation.period", p.ID, nil, p, "")
		}
		if _, err := tx.Exec(`UPDATE organisation_periods SET valid_from = ?, valid_until = ?, name = ?, parent = ?,
			upper_name = ?, province = ? WHERE id = ?`, p.From, p.Until, p.Name, p.Parent, p.Upper, p.Province, p.ID); err != nil {
			return err
		}
		return s.audit(tx, "update", "organisation.period", p.ID, *before, p, "")
	})
	return p.ID, err
}

func insertOrgPeriod(tx *sql.Tx, p app.OrgPeriod) (int64, error) {
	res, err := tx.Exec(`INSERT INTO organisation_periods(id, valid_from, valid_until, name, parent, upper_name, province)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, nullID(p.ID), p.From, p.Until, p.Name, p.Parent, p.Upper, p.Province)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// scanOrganisation reads the organisation row; sql.ErrNoRows when unset.
func scanOrganisation(q querier) (app.Organisation, error) {
	var o app.Organisation
	err := q.QueryRow(`SELECT `+orgColumns+` FROM organisation WHERE id = 1`).Scan(
		&o.Name, &o.ShortName, &o.Parent, &o.Place, &o.Abbreviation, &o.Level,
		&o.CouncilName, &o.CouncilAbbr, &o.ClerkName, &o.ClerkOffice, &o.DefaultPlace, &o.Upper, &o.UpperUntil, &o.Regulation)
	return o, err
}

// SaveOrganisation validates and stores the organisation settings.
func (s *Store) SaveOrganisation(o app.Organisation) error {
	o = o.Normalized()
	if err := o.Validate(); err != nil {
		return err
	}
	before, err := s.Organisation()
	if err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		if err := saveOrganisation(tx, o); err != nil {
			return err
		}
		return s.audit(tx, "update", "organisation", 1, before, o, "")
	})
}

func saveOrganisation(tx *sql.Tx, o app.Organisation) error {
	_, err := tx.Exec(`INSERT OR REPLACE INTO organisation(id, `+orgColumns+`)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, orgArgs(o)...)
	return err
}

// Signers returns the signers in their order.
func (s *Store) Signers() ([]app.Signer, error) {
	return querySigners(s.db)
}

func querySigners(q querier) ([]app.Signer, error) {
	rows, err := q.Query(`SELECT id, full_name, title, active FROM signers ORDER BY position, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.Signer
	for rows.Next() {
		var sg app.Signer
		if err := rows.Scan(&sg.ID, &sg.FullName, &sg.Title, &sg.Active); err != nil {
			return nil, err
		}
		out = append(out, sg)
	}
	return out, rows.Err()
}

// SaveSigner inserts (ID 0) or updates a signer and returns its ID.
func (s *Store) SaveSigner(sg app.Signer) (int64, error) {
	sg = sg.Normalized()
	if err := sg.Validate(); err != nil {
		return 0, err
	}
	err := s.tx(func(tx *sql.Tx) error {
		if sg.ID == 0 {
			res, err := tx.Exec(`INSERT INTO signers(full_name, title, active, position)
				VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM signers))`,
				sg.FullName, sg.Title, b2i(sg.Active))
			if err != nil {
				return err
			}
			sg.ID, _ = res.LastInsertId()
			return s.audit(tx, "create", "signer", sg.ID, nil, sg, "")
		}
		res, err := tx.Exec(`UPDATE signers SET full_name = ?, title = ?, active = ? WHERE id = ?`,
			sg.FullName, sg.Title, b2i(sg.Active), sg.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return app.ErrNotFound
		}
		return s.audit(tx, "update", "signer", sg.ID, nil, sg, "")
	})
	return sg.ID, err
}

// DeleteSigner removes a signer.
func (s *Store) DeleteSigner(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM signers WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return app.ErrNotFound
		}
		return s.audit(tx, "delete", "signer", id, nil, nil, "")
	})
}

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}
