package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// Snapshot is everything an issued paper was printed from: its kind, the
// page settings and the document's input (one of them set), with the
// nominations it concerns. The register keeps it as JSON, so the paper
// prints again byte for byte even after the records change.
type Snapshot struct {
	Kind        string         `json:"kind"` // app.DocProposal, app.DocDecision, app.DocMinutes, app.DocReport
	Page        string         `json:"page"` // page settings text
	Nominations []int64        `json:"nominations"`
	Proposal    *ProposalInput `json:"proposal,omitempty"`
	Decision    *DecisionInput `json:"decision,omitempty"`
	Minutes     *MinutesInput  `json:"minutes,omitempty"`
	Summary     *SummaryInput  `json:"summary,omitempty"`
}

// ParseSnapshot reads a snapshot kept in the register.
func ParseSnapshot(s string) (Snapshot, error) {
	var snap Snapshot
	if err := json.Unmarshal([]byte(s), &snap); err != nil {
		return snap, fmt.Errorf("dữ liệu lưu của văn bản không đọc được: %w", err)
	}
	return snap, nil
}

// JSON is the snapshot as the register keeps it.
func (s Snapshot) JSON() string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // plain data always marshals
	}
	return string(b)
}

// SetNumber gives the paper its number in the register and its date (ISO).
func (s *Snapshot) SetNumber(n int, date string) {
	switch {
	case s.Proposal != nil:
		s.Proposal.Number, s.Proposal.Date = n, date
	case s.Decision != nil:
		s.Decision.Number, s.Decision.Date = n, date
	case s.Minutes != nil:
		s.Minutes.Number = n
	case s.Summary != nil:
		s.Summary.Number, s.Summary.Date = n, date
	}
}

// Signer is who signs the paper: the letter's signer, or the chair of the
// meeting for a Biên bản (the register names the chair).
func (s Snapshot) Signer() string {
	switch {
	case s.Proposal != nil:
		return s.Proposal.SignerName
	case s.Decision != nil:
		return s.Decision.SignerName
	case s.Summary != nil:
		return s.Summary.SignerName
	case s.Minutes != nil:
		for _, m := range s.Minutes.Council {
			if m.ID == s.Minutes.Meeting.ChairID {
				return m.FullName
			}
		}
	}
	return ""
}

// AuthorityKind is the paper as the signing authority reads it: the
// council's Tờ trình is app.DocCouncil, every other paper its kind.
func (s Snapshot) AuthorityKind() string {
	if s.Proposal != nil && s.Proposal.ByCouncil {
		return app.DocCouncil
	}
	return s.Kind
}

// Document builds the paper.
func (s Snapshot) Document() (*Document, error) {
	switch {
	case s.Proposal != nil:
		return ProposalDocument(*s.Proposal)
	case s.Decision != nil:
		return DecisionDocument(*s.Decision)
	case s.Summary != nil:
		return SummaryDocument(*s.Summary)
	case s.Minutes != nil:
		d, err := MinutesDocument(*s.Minutes)
		if err == nil && s.Minutes.Number > 0 {
			if t, e := viet.ParseISO(dateOnly(s.Minutes.Meeting.HeldAt)); e == nil {
				d.Created = t.Add(12 * time.Hour)
			}
		}
		return d, err
	}
	return nil, fmt.Errorf("văn bản loại %q không có dữ liệu để in", s.Kind)
}

// Render prints the paper with fonts and the snapshot's page settings.
func (s Snapshot) Render(fonts Fonts) ([]byte, error) {
	d, err := s.Document()
	if err != nil {
		return nil, err
	}
	settings, err := ParseSettings(s.Page)
	if err != nil {
		return nil, err
	}
	r, err := NewRenderer(fonts, settings)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// dateOnly is the date part of "2025-12-15 14:00".
func dateOnly(at string) string {
	if len(at) >= 10 {
		return at[:10]
	}
	return at
}

// Letter is the letter of a Tờ trình or a Quyết định, nil for a Biên bản.
func (s *Snapshot) Letter() *Letter {
	switch {
	case s.Proposal != nil:
		return &s.Proposal.Letter
	case s.Decision != nil:
		return &s.Decision.Letter
	}
	return nil
}
