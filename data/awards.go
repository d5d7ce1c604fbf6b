package data

import (
	"database/sql"

	"thidua/app"
)

// AwardRegister returns the register of awards chosen by f: every line of
// award history with the person or collective, the decision and, for an
// award given through a nomination, the plan and the issued Quyết định;
// by year, then decision date and number, then name.
func (s *Store) AwardRegister(f app.AwardFilter) ([]app.AwardLine, error) {
	var out []app.AwardLine
	err := each(s.db, `SELECT h.id, h.year, p.id, p.kind, p.name, p.position,
			CASE WHEN p.kind = 'individual' THEN coalesce(u.name, p.unit) ELSE '' END,
			h.title, h.decision_number, h.decision_date, h.issuer,
			coalesce(r.plan_id, 0), coalesce(pl.movement_name, ''), coalesce(n.decision_doc_id, 0)
		FROM award_history h
		JOIN participants p ON p.id = h.participant_id
		LEFT JOIN participants u ON u.id = p.unit_id
		LEFT JOIN nominations n ON n.id = h.nomination_id
		LEFT JOIN rounds r ON r.id = n.round_id
		LEFT JOIN plans pl ON pl.id = r.plan_id
		WHERE (?1 = 0 OR h.year = ?1) AND (?2 = 0 OR r.plan_id = ?2)
			AND (?3 = 0 OR n.decision_doc_id = ?3) AND (?4 = 0 OR h.participant_id = ?4)
		ORDER BY h.year, h.decision_date, h.decision_number, p.name COLLATE NOCASE, h.id`,
		func(rows *sql.Rows) error {
			var l app.AwardLine
			err := rows.Scan(&l.ID, &l.Year, &l.ParticipantID, &l.Kind, &l.Name, &l.Position, &l.Unit,
				&l.Title, &l.DecisionNumber, &l.DecisionDate, &l.Issuer, &l.PlanID, &l.Movement, &l.DecisionDocID)
			out = append(out, l)
			return err
		}, f.Year, f.PlanID, f.DecisionDocID, f.ParticipantID)
	return out, err
}
