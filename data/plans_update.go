package data

import (
	"database/sql"
	"fmt"
	"strings"

	"thidua/app"
)

// UpdatePlan validates p and stores it over the plan with the same ID in
// one transaction, keeping the IDs of criteria, award forms and rounds that
// remain, and writes the change to the audit log. Removing a criterion or a
// round that already has scores, nominations or meetings is refused.
func (s *Store) UpdatePlan(p *app.Plan) error {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		before, err := loadPlan(tx, p.ID)
		if err != nil {
			return err
		}
		if err := checkNumberFree(tx, p); err != nil {
			return err
		}
		if err := updatePlanRow(tx, p, s.nowText()); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM plan_texts WHERE plan_id = ?`, p.ID); err != nil {
			return err
		}
		steps := []func(*sql.Tx, *app.Plan, *app.Plan) error{insertPlanTextsStep, syncCriteria, syncAwardForms, syncRounds}
		for _, step := range steps {
			if err := step(tx, before, p); err != nil {
				return err
			}
		}
		return s.audit(tx, "update", "plan", p.ID, before, p, "")
	})
}

func insertPlanTextsStep(tx *sql.Tx, _, p *app.Plan) error { return insertPlanTexts(tx, p) }

// checkNumberFree refuses a plan number already used by another plan with
// the same symbol in the same year.
func checkNumberFree(tx *sql.Tx, p *app.Plan) error {
	if p.Number == "" {
		return nil
	}
	year := ""
	if len(p.IssuedOn) >= 4 {
		year = p.IssuedOn[:4]
	}
	var other int64
	err := tx.QueryRow(`SELECT id FROM plans WHERE id <> ? AND number = ? AND symbol = ?
		AND substr(issued_on, 1, 4) = ? LIMIT 1`, p.ID, p.Number, p.Symbol, year).Scan(&other)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	var ps app.Problems
	ps.Add("Số kế hoạch", "số %s/%s đã dùng cho kế hoạch mã %d trong năm %s — hãy lấy số khác theo sổ văn bản đi", p.Number, p.Symbol, other, year)
	return ps.Err()
}

func updatePlanRow(tx *sql.Tx, p *app.Plan, now string) error {
	headings := toJSON(p.Headings)
	res, err := tx.Exec(`UPDATE plans SET status = ?, number = ?, symbol = ?, issued_on = ?, doc_title = ?,
		subtitle = ?, movement_name = ?, participants_intro = ?, participants_collective = ?,
		participants_individual = ?, period_text = ?, period_start = ?, period_end = ?,
		award_subjects = ?, award_standards = ?, signer_name = ?, headings = ?,
		threshold_excellent = ?, threshold_good = ?, threshold_pass = ?, several_scorers = ?,
		trim_extremes = ?, print_points = ?, updated_at = ? WHERE id = ?`,
		p.Status, p.Number, p.Symbol, p.IssuedOn, p.DocTitle, p.Subtitle, p.MovementName,
		p.ParticipantsIntro, p.ParticipantsCollective, p.ParticipantsIndividual, p.PeriodText,
		p.PeriodStart, p.PeriodEnd, p.AwardSubjects, p.AwardStandards, p.SignerName, headings,
		p.Thresholds.Excellent, p.Thresholds.Good, p.Thresholds.Pass, b2i(p.SeveralScorers),
		b2i(p.TrimExtremes), b2i(p.PrintPoints), now, p.ID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("kế hoạch mã %d: %w", p.ID, app.ErrNotFound)
	}
	return nil
}

// removed returns the IDs in before that are not in after.
func removed(before, after []int64) []int64 {
	keep := map[int64]bool{}
	for _, id := range after {
		keep[id] = true
	}
	var out []int64
	for _, id := range before {
		if !keep[id] {
			out = append(out, id)
		}
	}
	return out
}

// A use is what keeps a part of a plan from being deleted: a query that
// counts the rows using it, and what those rows are called for the clerk.
type use struct{ query, what string }

// The uses of a criterion, an award form and a round.
var (
	criterionUses = []use{{`SELECT count(*) FROM scores WHERE criterion_id = ?`, "ô điểm đã chấm"}}
	awardFormUses = []use{{`SELECT count(*) FROM nominations WHERE award_form_id = ?`, "đề nghị khen thưởng"}}
	roundUses     = []use{
		{`SELECT count(*) FROM scores WHERE round_id = ?`, "ô điểm đã chấm"},
		{`SELECT count(*) FROM nominations WHERE round_id = ?`, "đề nghị khen thưởng"},
		{`SELECT count(*) FROM meetings WHERE round_id = ?`, "cuộc họp Hội đồng"},
	}
)

// usedBy says what uses id ("12 ô điểm đã chấm, 2 đề nghị khen thưởng"),
// "" when nothing does.
func usedBy(q interface {
	QueryRow(string, ...any) *sql.Row
}, id int64, uses []use) (string, error) {
	var parts []string
	for _, u := range uses {
		var n int
		if err := q.QueryRow(u.query, id).Scan(&n); err != nil {
			return "", err
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, u.what))
		}
	}
	return strings.Join(parts, ", "), nil
}

// refuseIfUsed returns a problem when anything uses id.
func refuseIfUsed(tx *sql.Tx, id int64, what string, uses []use) error {
	by, err := usedBy(tx, id, uses)
	if err != nil || by == "" {
		return err
	}
	var ps app.Problems
	ps.Add(what, "đã có %s gắn với mục này nên không xóa được; hãy sửa nội dung thay vì xóa", by)
	return ps.Err()
}

// PlanUse says, for each criterion, award form and round of plan id that
// data already uses, what uses it: the plan editor refuses to delete those
// before the clerk loses the row.
func (s *Store) PlanUse(id int64) (app.PlanUse, error) {
	p, err := s.Plan(id)
	if err != nil {
		return app.PlanUse{}, err
	}
	u := app.PlanUse{Criteria: map[int64]string{}, AwardForms: map[int64]string{}, Rounds: map[int64]string{}}
	for _, part := range []struct {
		ids  []int64
		uses []use
		into map[int64]string
	}{{criterionIDs(p), criterionUses, u.Criteria}, {awardFormIDs(p), awardFormUses, u.AwardForms}, {roundIDs(p), roundUses, u.Rounds}} {
		for _, id := range part.ids {
			by, err := usedBy(s.db, id, part.uses)
			if err != nil {
				return app.PlanUse{}, fmt.Errorf("đọc dữ liệu gắn với kế hoạch: %w", err)
			}
			if by != "" {
				part.into[id] = by
			}
		}
	}
	return u, nil
}

func criterionIDs(p *app.Plan) []int64 {
	var ids []int64
	for _, c := range p.Criteria {
		ids = append(ids, c.ID)
	}
	return ids
}

func awardFormIDs(p *app.Plan) []int64 {
	var ids []int64
	for _, a := range p.AwardForms {
		ids = append(ids, a.ID)
	}
	return ids
}

func roundIDs(p *app.Plan) []int64 {
	var ids []int64
	for _, r := range p.Rounds {
		ids = append(ids, r.ID)
	}
	return ids
}

func syncCriteria(tx *sql.Tx, before, p *app.Plan) error {
	for _, id := range removed(criterionIDs(before), criterionIDs(p)) {
		if err := refuseIfUsed(tx, id, criterionName(before, id), criterionUses); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM criteria WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for i := range p.Criteria {
		c := &p.Criteria[i]
		if c.ID == 0 {
			res, err := tx.Exec(`INSERT INTO criteria(plan_id, kind, position, text, short_text, max_points)
				VALUES (?, ?, ?, ?, ?, ?)`, p.ID, string(c.Kind), i, c.Text, c.ShortText, c.MaxPoints)
			if err != nil {
				return err
			}
			c.ID, _ = res.LastInsertId()
			continue
		}
		if _, err := tx.Exec(`UPDATE criteria SET kind = ?, position = ?, text = ?, short_text = ?, max_points = ?
			WHERE id = ? AND plan_id = ?`, string(c.Kind), i, c.Text, c.ShortText, c.MaxPoints, c.ID, p.ID); err != nil {
			return err
		}
	}
	return nil
}

func criterionName(p *app.Plan, id int64) string {
	for i, c := range p.Criteria {
		if c.ID == id {
			return fmt.Sprintf("Tiêu chí %d (%s)", i+1, short(c.Text))
		}
	}
	return "Tiêu chí"
}

func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return strings.TrimSpace(string(r[:40])) + "…"
	}
	return s
}

func syncAwardForms(tx *sql.Tx, before, p *app.Plan) error {
	for _, id := range removed(awardFormIDs(before), awardFormIDs(p)) {
		if err := refuseIfUsed(tx, id, "Hình thức khen thưởng", awardFormUses); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM award_forms WHERE id = ?`, id); err != nil {
			return err
		}
	}
	var fresh []app.AwardForm
	for i, a := range p.AwardForms {
		if a.ID == 0 {
			fresh = append(fresh, a)
			continue
		}
		if _, err := tx.Exec(`UPDATE award_forms SET position = ?, name = ?, short_name = ?, issuer = ?,
			issuer_level = ?, for_collectives = ?, for_individuals = ?, min_classification = ?,
			vote_method = ?, vote_threshold = ?, vote_base = ? WHERE id = ? AND plan_id = ?`,
			i, a.Name, a.ShortName, a.Issuer, string(a.IssuerLevel), b2i(a.ForCollectives),
			b2i(a.ForIndividuals), string(a.MinClassification), string(a.VoteMethod), a.VoteThreshold,
			string(a.VoteBase), a.ID, p.ID); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM award_quotas WHERE award_form_id = ?`, a.ID); err != nil {
			return err
		}
		if err := insertQuotas(tx, a); err != nil {
			return err
		}
	}
	return insertFreshForms(tx, p, fresh)
}

// insertFreshForms inserts the new award forms at their positions.
func insertFreshForms(tx *sql.Tx, p *app.Plan, fresh []app.AwardForm) error {
	if len(fresh) == 0 {
		return nil
	}
	tmp := &app.Plan{ID: p.ID, AwardForms: fresh}
	if err := insertAwardForms(tx, tmp); err != nil {
		return err
	}
	j := 0
	for i := range p.AwardForms {
		if p.AwardForms[i].ID == 0 {
			p.AwardForms[i].ID = tmp.AwardForms[j].ID
			if _, err := tx.Exec(`UPDATE award_forms SET position = ? WHERE id = ?`, i, p.AwardForms[i].ID); err != nil {
				return err
			}
			j++
		}
	}
	return nil
}

func insertQuotas(tx *sql.Tx, a app.AwardForm) error {
	for _, q := range a.Quotas {
		if _, err := tx.Exec(`INSERT INTO award_quotas(award_form_id, round_kind, collectives,
			individuals, total, at_most, text_marker, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			a.ID, string(q.RoundKind), q.Collectives, q.Individuals, q.Total, b2i(q.AtMost),
			q.Text.Marker, q.Text.Text); err != nil {
			return fmt.Errorf("lưu số lượng khen thưởng của %s: %w", a.Name, err)
		}
	}
	return nil
}

func syncRounds(tx *sql.Tx, before, p *app.Plan) error {
	for _, id := range removed(roundIDs(before), roundIDs(p)) {
		if err := refuseIfUsed(tx, id, "Đợt bình xét", roundUses); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM rounds WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for i := range p.Rounds {
		r := &p.Rounds[i]
		if r.ID == 0 {
			res, err := tx.Exec(`INSERT INTO rounds(plan_id, key, kind, name, starts_on, ends_on, decided_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, p.ID, r.Key, string(r.Kind), r.Name, r.StartsOn, r.EndsOn, r.DecidedOn)
			if err != nil {
				return fmt.Errorf("lưu đợt %s: %w", r.Key, err)
			}
			r.ID, _ = res.LastInsertId()
			continue
		}
		if _, err := tx.Exec(`UPDATE rounds SET key = ?, kind = ?, name = ?, starts_on = ?, ends_on = ?,
			decided_on = ? WHERE id = ? AND plan_id = ?`, r.Key, string(r.Kind), r.Name, r.StartsOn,
			r.EndsOn, r.DecidedOn, r.ID, p.ID); err != nil {
			return fmt.Errorf("lưu đợt %s: %w", r.Key, err)
		}
	}
	return nil
}

// DuplicatePlan copies a plan into a new one (to start the next movement
// from it): same texts, criteria, award forms and rounds, no number, no
// date, active. It returns the new plan's ID.
func (s *Store) DuplicatePlan(id int64) (int64, error) {
	p, err := s.Plan(id)
	if err != nil {
		return 0, err
	}
	p.ID, p.Number, p.IssuedOn, p.Status = 0, "", "", app.PlanActive
	for i := range p.Criteria {
		p.Criteria[i].ID = 0
	}
	for i := range p.AwardForms {
		p.AwardForms[i].ID = 0
	}
	for i := range p.Rounds {
		p.Rounds[i].ID = 0
	}
	err = s.tx(func(tx *sql.Tx) error {
		if err := s.insertPlan(tx, p); err != nil {
			return err
		}
		return s.audit(tx, "create", "plan", p.ID, nil, p, fmt.Sprintf("nhân bản từ kế hoạch mã %d", id))
	})
	return p.ID, err
}

// SetPlanStatus archives (app.PlanArchived) or reactivates a plan.
func (s *Store) SetPlanStatus(id int64, status string) error {
	if status != app.PlanActive && status != app.PlanArchived {
		return fmt.Errorf("trạng thái %q không hợp lệ", status)
	}
	return s.tx(func(tx *sql.Tx) error {
		var before string
		if err := tx.QueryRow(`SELECT status FROM plans WHERE id = ?`, id).Scan(&before); err != nil {
			if err == sql.ErrNoRows {
				return fmt.Errorf("kế hoạch mã %d: %w", id, app.ErrNotFound)
			}
			return err
		}
		if _, err := tx.Exec(`UPDATE plans SET status = ? WHERE id = ?`, status, id); err != nil {
			return err
		}
		return s.audit(tx, "update", "plan.status", id, before, status, "")
	})
}
