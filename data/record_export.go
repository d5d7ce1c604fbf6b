package data

import (
	"database/sql"
	"errors"

	"thidua/app"
)

// Export reads the whole record in one read transaction, so the copy is
// consistent even while the app writes, seals it (app.RecordSeal) and
// logs the seal, so that this database can tell the file from an edited
// copy if it is ever imported back. A read-only database cannot log it;
// its export is sealed all the same.
func (s *Store) Export() (*app.Record, error) {
	r, err := s.exportRecord()
	if err != nil {
		return nil, err
	}
	err = s.tx(func(tx *sql.Tx) error { return s.audit(tx, "export", "database", 0, nil, r.Seal, "") })
	if err != nil && !errors.Is(friendly(err, s.path), app.ErrReadOnly) {
		return nil, friendly(err, s.path)
	}
	return r, nil
}

func (s *Store) exportRecord() (*app.Record, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	r := &app.Record{Format: app.RecordFormat, Version: app.RecordVersion}
	steps := []func(*sql.Tx, *app.Record) error{
		exportOrganisation, exportPlans, exportParticipants, exportCouncil, exportScores,
		exportAttachments, exportMeetings, exportDocuments, exportNominations, exportVotes, exportDecisions,
		exportHistory, exportAudit,
	}
	for _, step := range steps {
		if err := step(tx, r); err != nil {
			return nil, err
		}
	}
	head, err := auditHead(tx)
	if err != nil {
		return nil, err
	}
	r.Seal = &app.RecordSeal{AuditLines: head.Lines, AuditHead: head.Hash, DataSHA256: r.DataDigest()}
	return r, nil
}

func exportOrganisation(tx *sql.Tx, r *app.Record) error {
	var err error
	r.Organisation, err = scanOrganisation(tx)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	if r.Organisation.Periods, err = queryOrgPeriods(tx); err != nil {
		return err
	}
	r.Signers, err = querySigners(tx)
	return err
}

func exportPlans(tx *sql.Tx, r *app.Record) error {
	ids, err := queryIDs(tx, `SELECT id FROM plans ORDER BY id`)
	if err != nil {
		return err
	}
	for _, id := range ids {
		p, err := loadPlan(tx, id)
		if err != nil {
			return err
		}
		r.Plans = append(r.Plans, *p)
	}
	return nil
}

func queryIDs(q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func exportParticipants(tx *sql.Tx, r *app.Record) (err error) {
	r.Participants, err = queryParticipants(tx, "")
	return err
}

// each runs query and calls scan for every row.
func each(q querier, query string, scan func(*sql.Rows) error, args ...any) error {
	rows, err := q.Query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func exportCouncil(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT id, full_name, office, role, coalesce(collective_id, 0),
		coalesce(participant_id, 0), active FROM council_members ORDER BY id`, func(rows *sql.Rows) error {
		var m app.CouncilMember
		err := rows.Scan(&m.ID, &m.FullName, &m.Office, &m.Role, &m.CollectiveID, &m.ParticipantID, &m.Active)
		r.CouncilMembers = append(r.CouncilMembers, m)
		return err
	})
}

func exportScores(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT round_id, participant_id, criterion_id, member_id, self_score,
		council_score, note FROM scores ORDER BY round_id, participant_id, criterion_id, member_id`,
		func(rows *sql.Rows) error {
			var sc app.Score
			var self, council sql.NullFloat64
			err := rows.Scan(&sc.RoundID, &sc.ParticipantID, &sc.CriterionID, &sc.MemberID, &self, &council, &sc.Note)
			sc.Self, sc.Council = floatPtr(self), floatPtr(council)
			r.Scores = append(r.Scores, sc)
			return err
		})
}

func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}

func exportAttachments(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT id, participant_id, round_id, name, mime, content FROM attachments ORDER BY id`,
		func(rows *sql.Rows) error {
			var a app.Attachment
			err := rows.Scan(&a.ID, &a.ParticipantID, &a.RoundID, &a.Name, &a.Mime, &a.Content)
			r.Attachments = append(r.Attachments, a)
			return err
		})
}

func exportMeetings(tx *sql.Tx, r *app.Record) error {
	err := each(tx, `SELECT id, plan_id, round_id, held_at, place, coalesce(chair_id, 0),
		coalesce(secretary_id, 0), note, members_total FROM meetings ORDER BY id`, func(rows *sql.Rows) error {
		var m app.Meeting
		err := rows.Scan(&m.ID, &m.PlanID, &m.RoundID, &m.HeldAt, &m.Place, &m.ChairID, &m.SecretaryID, &m.Note, &m.MembersTotal)
		r.Meetings = append(r.Meetings, m)
		return err
	})
	if err != nil {
		return err
	}
	for i := range r.Meetings {
		m := &r.Meetings[i]
		if m.Attendees, err = queryIDs(tx, `SELECT member_id FROM meeting_attendees WHERE meeting_id = ? ORDER BY member_id`, m.ID); err != nil {
			return err
		}
	}
	return nil
}

func exportDocuments(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT `+documentColumns+`, pdf FROM documents ORDER BY id`, func(rows *sql.Rows) error {
		d, err := scanDocument(rows, true)
		r.Documents = append(r.Documents, d)
		return err
	})
}

func exportNominations(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT id, round_id, award_form_id, participant_id, status, position,
		forced_reason, achievement, coalesce(proposal_doc_id, 0), coalesce(decision_doc_id, 0),
		proposal_number, proposal_date FROM nominations ORDER BY id`, func(rows *sql.Rows) error {
		var n app.Nomination
		err := rows.Scan(&n.ID, &n.RoundID, &n.AwardFormID, &n.ParticipantID, &n.Status, &n.Position,
			&n.ForcedReason, &n.Achievement, &n.ProposalDocID, &n.DecisionDocID, &n.ProposalNumber, &n.ProposalDate)
		r.Nominations = append(r.Nominations, n)
		return err
	})
}

func exportVotes(tx *sql.Tx, r *app.Record) error {
	err := each(tx, `SELECT id, nomination_id, meeting_id, method, issued, returned, valid,
		votes_for, votes_against, passed FROM votes ORDER BY id`, func(rows *sql.Rows) error {
		var v app.Vote
		err := rows.Scan(&v.ID, &v.NominationID, &v.MeetingID, &v.Method, &v.Issued, &v.Returned,
			&v.Valid, &v.For, &v.Against, &v.Passed)
		r.Votes = append(r.Votes, v)
		return err
	})
	if err != nil {
		return err
	}
	for i := range r.Votes {
		v := &r.Votes[i]
		if v.Recused, err = queryIDs(tx, `SELECT member_id FROM vote_recusals WHERE vote_id = ? ORDER BY member_id`, v.ID); err != nil {
			return err
		}
	}
	return nil
}

func exportDecisions(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT `+decisionColumns+` FROM decisions ORDER BY id`, func(rows *sql.Rows) error {
		d, err := scanDecision(rows)
		r.Decisions = append(r.Decisions, d)
		return err
	})
}

func exportHistory(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT id, participant_id, year, title, decision_number, decision_date, issuer,
		coalesce(nomination_id, 0) FROM award_history ORDER BY id`, func(rows *sql.Rows) error {
		var h app.AwardRecord
		err := rows.Scan(&h.ID, &h.ParticipantID, &h.Year, &h.Title, &h.DecisionNumber, &h.DecisionDate,
			&h.Issuer, &h.NominationID)
		r.AwardHistory = append(r.AwardHistory, h)
		return err
	})
}

func exportAudit(tx *sql.Tx, r *app.Record) error {
	return each(tx, `SELECT id, at, user, action, entity, entity_id, before, after, reason
		FROM audit_log ORDER BY id`, func(rows *sql.Rows) error {
		var e app.AuditEntry
		err := rows.Scan(&e.ID, &e.At, &e.User, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.Reason)
		r.AuditLog = append(r.AuditLog, e)
		return err
	})
}
