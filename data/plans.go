package data

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"thidua/app"
)

// Sections of plan_texts. Each holds one ordered list of paragraphs.
const (
	secLegalBasis     = "legal_basis"
	secOpening        = "opening"
	secPurposes       = "purposes"
	secRequirements   = "requirements"
	secContents       = "contents"
	secStandards      = "standard_items"
	secImplementation = "implementation"
	secRecipients     = "recipients"
	secSigning        = "signing_authority"
)

// planTexts pairs each section with its list in p.
func planTexts(p *app.Plan) map[string]*[]app.Item {
	return map[string]*[]app.Item{
		secPurposes: &p.Purposes, secRequirements: &p.Requirements, secContents: &p.Contents,
		secStandards: &p.StandardItems, secImplementation: &p.Implementation,
	}
}

// planLines pairs each section of plain lines with its list in p.
func planLines(p *app.Plan) map[string]*[]string {
	return map[string]*[]string{
		secLegalBasis: &p.LegalBasis, secOpening: &p.Opening,
		secRecipients: &p.Recipients, secSigning: &p.SigningAuthority,
	}
}

// Plans lists the plans, newest first.
func (s *Store) Plans() ([]app.PlanSummary, error) {
	rows, err := s.db.Query(`SELECT p.id, p.number, p.symbol, p.issued_on, p.movement_name,
		p.status, p.period_end, (SELECT count(*) FROM rounds r WHERE r.plan_id = p.id)
		FROM plans p ORDER BY p.status, p.id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.PlanSummary
	for rows.Next() {
		var ps app.PlanSummary
		if err := rows.Scan(&ps.ID, &ps.Number, &ps.Symbol, &ps.IssuedOn, &ps.MovementName,
			&ps.Status, &ps.PeriodEnd, &ps.Rounds); err != nil {
			return nil, err
		}
		out = append(out, ps)
	}
	return out, rows.Err()
}

// CreatePlan validates and stores a new plan with its criteria, award forms
// and rounds, and returns its ID. IDs already set in p are kept.
func (s *Store) CreatePlan(p *app.Plan) (int64, error) {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return 0, err
	}
	err := s.tx(func(tx *sql.Tx) error {
		if err := checkNumberFree(tx, p); err != nil {
			return err
		}
		if err := s.insertPlan(tx, p); err != nil {
			return err
		}
		return s.audit(tx, "create", "plan", p.ID, nil, p, "")
	})
	return p.ID, err
}

func (s *Store) insertPlan(tx *sql.Tx, p *app.Plan) error {
	if p.Status == "" {
		p.Status = app.PlanActive
	}
	headings, _ := json.Marshal(p.Headings)
	now := s.nowText()
	res, err := tx.Exec(`INSERT INTO plans(id, status, number, symbol, issued_on, doc_title, subtitle,
		movement_name, participants_intro, participants_collective, participants_individual,
		period_text, period_start, period_end, award_subjects, award_standards, signer_name,
		headings, threshold_excellent, threshold_good, threshold_pass, several_scorers,
		trim_extremes, print_points, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullID(p.ID), p.Status, p.Number, p.Symbol, p.IssuedOn, p.DocTitle, p.Subtitle,
		p.MovementName, p.ParticipantsIntro, p.ParticipantsCollective, p.ParticipantsIndividual,
		p.PeriodText, p.PeriodStart, p.PeriodEnd, p.AwardSubjects, p.AwardStandards, p.SignerName,
		string(headings), p.Thresholds.Excellent, p.Thresholds.Good, p.Thresholds.Pass,
		b2i(p.SeveralScorers), b2i(p.TrimExtremes), b2i(p.PrintPoints), now, now)
	if err != nil {
		return fmt.Errorf("lưu kế hoạch: %w", err)
	}
	p.ID, _ = res.LastInsertId()
	if err := insertPlanTexts(tx, p); err != nil {
		return err
	}
	if err := insertCriteria(tx, p); err != nil {
		return err
	}
	if err := insertAwardForms(tx, p); err != nil {
		return err
	}
	return insertRounds(tx, p)
}

func insertPlanTexts(tx *sql.Tx, p *app.Plan) error {
	stmt, err := tx.Prepare(`INSERT INTO plan_texts(plan_id, section, position, marker, text) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for sec, items := range planTexts(p) {
		for i, it := range *items {
			if _, err := stmt.Exec(p.ID, sec, i, it.Marker, it.Text); err != nil {
				return err
			}
		}
	}
	for sec, lines := range planLines(p) {
		for i, l := range *lines {
			if _, err := stmt.Exec(p.ID, sec, i, "", l); err != nil {
				return err
			}
		}
	}
	return nil
}

func insertCriteria(tx *sql.Tx, p *app.Plan) error {
	for i := range p.Criteria {
		c := &p.Criteria[i]
		res, err := tx.Exec(`INSERT INTO criteria(id, plan_id, kind, position, text, short_text, max_points)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, nullID(c.ID), p.ID, string(c.Kind), i, c.Text, c.ShortText, c.MaxPoints)
		if err != nil {
			return fmt.Errorf("lưu tiêu chí %d: %w", i+1, err)
		}
		c.ID, _ = res.LastInsertId()
	}
	return nil
}

func insertAwardForms(tx *sql.Tx, p *app.Plan) error {
	for i := range p.AwardForms {
		a := &p.AwardForms[i]
		res, err := tx.Exec(`INSERT INTO award_forms(id, plan_id, position, name, short_name, issuer,
			issuer_level, for_collectives, for_individuals, min_classification, vote_method,
			vote_threshold, vote_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			nullID(a.ID), p.ID, i, a.Name, a.ShortName, a.Issuer, string(a.IssuerLevel),
			b2i(a.ForCollectives), b2i(a.ForIndividuals), string(a.MinClassification),
			string(a.VoteMethod), a.VoteThreshold, string(a.VoteBase))
		if err != nil {
			return fmt.Errorf("lưu hình thức khen thưởng %d: %w", i+1, err)
		}
		a.ID, _ = res.LastInsertId()
		for _, q := range a.Quotas {
			if _, err := tx.Exec(`INSERT INTO award_quotas(award_form_id, round_kind, collectives,
				individuals, total, at_most, text_marker, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				a.ID, string(q.RoundKind), q.Collectives, q.Individuals, q.Total, b2i(q.AtMost),
				q.Text.Marker, q.Text.Text); err != nil {
				return fmt.Errorf("lưu số lượng khen thưởng của %s: %w", a.Name, err)
			}
		}
	}
	return nil
}

func insertRounds(tx *sql.Tx, p *app.Plan) error {
	for i := range p.Rounds {
		r := &p.Rounds[i]
		res, err := tx.Exec(`INSERT INTO rounds(id, plan_id, key, kind, name, starts_on, ends_on, decided_on)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, nullID(r.ID), p.ID, r.Key, string(r.Kind), r.Name,
			r.StartsOn, r.EndsOn, r.DecidedOn)
		if err != nil {
			return fmt.Errorf("lưu đợt %s: %w", r.Key, err)
		}
		r.ID, _ = res.LastInsertId()
	}
	return nil
}

// Plan loads a plan with everything it holds.
func (s *Store) Plan(id int64) (*app.Plan, error) {
	return loadPlan(s.db, id)
}

func loadPlan(q querier, id int64) (*app.Plan, error) {
	p := &app.Plan{}
	var headings string
	err := q.QueryRow(`SELECT id, status, number, symbol, issued_on, doc_title, subtitle,
		movement_name, participants_intro, participants_collective, participants_individual,
		period_text, period_start, period_end, award_subjects, award_standards, signer_name,
		headings, threshold_excellent, threshold_good, threshold_pass, several_scorers, trim_extremes,
		print_points FROM plans WHERE id = ?`, id).Scan(&p.ID, &p.Status, &p.Number, &p.Symbol, &p.IssuedOn,
		&p.DocTitle, &p.Subtitle, &p.MovementName, &p.ParticipantsIntro, &p.ParticipantsCollective,
		&p.ParticipantsIndividual, &p.PeriodText, &p.PeriodStart, &p.PeriodEnd, &p.AwardSubjects,
		&p.AwardStandards, &p.SignerName, &headings, &p.Thresholds.Excellent, &p.Thresholds.Good,
		&p.Thresholds.Pass, &p.SeveralScorers, &p.TrimExtremes, &p.PrintPoints)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("kế hoạch số thứ tự %d: %w", id, app.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(headings), &p.Headings); err != nil {
		return nil, err
	}
	for _, load := range []func(querier, *app.Plan) error{loadPlanTexts, loadCriteria, loadAwardForms, loadRounds} {
		if err := load(q, p); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func loadPlanTexts(q querier, p *app.Plan) error {
	rows, err := q.Query(`SELECT section, marker, text FROM plan_texts WHERE plan_id = ? ORDER BY section, position`, p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	items, lines := planTexts(p), planLines(p)
	for rows.Next() {
		var sec string
		var it app.Item
		if err := rows.Scan(&sec, &it.Marker, &it.Text); err != nil {
			return err
		}
		if list, ok := items[sec]; ok {
			*list = append(*list, it)
		} else if list, ok := lines[sec]; ok {
			*list = append(*list, it.Text)
		}
	}
	return rows.Err()
}

func loadCriteria(q querier, p *app.Plan) error {
	rows, err := q.Query(`SELECT id, kind, text, short_text, max_points FROM criteria
		WHERE plan_id = ? ORDER BY position`, p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c app.Criterion
		if err := rows.Scan(&c.ID, &c.Kind, &c.Text, &c.ShortText, &c.MaxPoints); err != nil {
			return err
		}
		p.Criteria = append(p.Criteria, c)
	}
	return rows.Err()
}

func loadAwardForms(q querier, p *app.Plan) error {
	rows, err := q.Query(`SELECT id, name, short_name, issuer, issuer_level, for_collectives,
		for_individuals, min_classification, vote_method, vote_threshold, vote_base
		FROM award_forms WHERE plan_id = ? ORDER BY position`, p.ID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var a app.AwardForm
		if err := rows.Scan(&a.ID, &a.Name, &a.ShortName, &a.Issuer, &a.IssuerLevel, &a.ForCollectives,
			&a.ForIndividuals, &a.MinClassification, &a.VoteMethod, &a.VoteThreshold, &a.VoteBase); err != nil {
			rows.Close()
			return err
		}
		p.AwardForms = append(p.AwardForms, a)
	}
	rows.Close()
	for i := range p.AwardForms {
		if err := loadQuotas(q, &p.AwardForms[i]); err != nil {
			return err
		}
	}
	return rows.Err()
}

func loadQuotas(q querier, a *app.AwardForm) error {
	rows, err := q.Query(`SELECT round_kind, collectives, individuals, total, at_most, text_marker, text
		FROM award_quotas WHERE award_form_id = ? ORDER BY round_kind = 'final', round_kind`, a.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var qt app.Quota
		if err := rows.Scan(&qt.RoundKind, &qt.Collectives, &qt.Individuals, &qt.Total, &qt.AtMost,
			&qt.Text.Marker, &qt.Text.Text); err != nil {
			return err
		}
		a.Quotas = append(a.Quotas, qt)
	}
	return rows.Err()
}

func loadRounds(q querier, p *app.Plan) error {
	rows, err := q.Query(`SELECT id, key, kind, name, starts_on, ends_on, decided_on FROM rounds
		WHERE plan_id = ? ORDER BY kind = 'final', key`, p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r app.Round
		if err := rows.Scan(&r.ID, &r.Key, &r.Kind, &r.Name, &r.StartsOn, &r.EndsOn, &r.DecidedOn); err != nil {
			return err
		}
		p.Rounds = append(p.Rounds, r)
	}
	return rows.Err()
}
