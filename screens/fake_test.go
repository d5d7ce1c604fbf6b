package screens

import (
	"os"
	"testing"

	"thidua/app"
)

// fakeStore keeps everything in memory and counts saves.
type fakeStore struct {
	// The nominations and audit screens are tested on the SQLite store
	// (realStore); here they read empty lists and their writes are nil.
	NominationStore
	AuditStore
	DocumentStore
	org        app.Organisation
	signers    []app.Signer
	plans      []*app.Plan
	parts      []app.Participant
	scores     []app.Score
	saves      int
	updates    int
	settings   map[string]string
	history    []app.AwardRecord
	imports    int
	scoreSaves int
	nextID     int64
}

func (f *fakeStore) Organisation() (app.Organisation, error) { return f.org, nil }

// PlanUse says criterion 100 has scores, award form 1 has nominations.
func (f *fakeStore) PlanUse(int64) (app.PlanUse, error) {
	return app.PlanUse{Criteria: map[int64]string{100: "12 ô điểm đã chấm"}, AwardForms: map[int64]string{1: "2 đề nghị khen thưởng"},
		Rounds: map[int64]string{}}, nil
}
func (f *fakeStore) SaveOrganisation(o app.Organisation) error {
	o = o.Normalized()
	if err := o.Validate(); err != nil {
		return err
	}
	f.org = o
	f.saves++
	return nil
}
func (f *fakeStore) Signers() ([]app.Signer, error) { return f.signers, nil }
func (f *fakeStore) SaveSigner(s app.Signer) (int64, error) {
	s = s.Normalized()
	if err := s.Validate(); err != nil {
		return 0, err
	}
	if s.ID == 0 {
		s.ID = int64(len(f.signers) + 1)
		f.signers = append(f.signers, s)
	}
	f.saves++
	return s.ID, nil
}
func (f *fakeStore) DeleteSigner(id int64) error { return nil }
func (f *fakeStore) SaveOrgPeriod(p app.OrgPeriod) (int64, error) {
	p = p.Normalized()
	if err := app.ValidatePeriod(p, f.org.Periods); err != nil {
		return 0, err
	}
	for i := range f.org.Periods {
		if f.org.Periods[i].ID == p.ID && p.ID != 0 {
			f.org.Periods[i] = p
			return p.ID, nil
		}
	}
	p.ID = int64(len(f.org.Periods) + 1)
	f.org.Periods = append(f.org.Periods, p)
	return p.ID, nil
}
func (f *fakeStore) Plans() ([]app.PlanSummary, error) {
	var out []app.PlanSummary
	for _, p := range f.plans {
		out = append(out, app.PlanSummary{ID: p.ID, MovementName: p.MovementName, Status: p.Status})
	}
	return out, nil
}
func (f *fakeStore) Plan(id int64) (*app.Plan, error) {
	for _, p := range f.plans {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, app.ErrNotFound
}
func (f *fakeStore) Participants(k app.Kind) ([]app.Participant, error) {
	var out []app.Participant
	for _, p := range f.parts {
		if k == "" || p.Kind == k {
			out = append(out, p)
		}
	}
	return out, nil
}
func (f *fakeStore) CreatePlan(p *app.Plan) (int64, error) {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return 0, err
	}
	p.ID = int64(len(f.plans) + 1)
	f.plans = append(f.plans, p)
	return p.ID, nil
}
func (f *fakeStore) UpdatePlan(p *app.Plan) error {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return err
	}
	for i := range p.Criteria {
		if p.Criteria[i].ID == 0 {
			f.nextID++
			p.Criteria[i].ID = 1000 + f.nextID
		}
	}
	for i, old := range f.plans {
		if old.ID == p.ID {
			f.plans[i] = p
			f.updates++
			return nil
		}
	}
	return app.ErrNotFound
}
func (f *fakeStore) DuplicatePlan(id int64) (int64, error) {
	p, err := f.Plan(id)
	if err != nil {
		return 0, err
	}
	cp := *p
	cp.Number, cp.IssuedOn = "", ""
	return f.CreatePlan(&cp)
}
func (f *fakeStore) SetPlanStatus(id int64, status string) error {
	p, err := f.Plan(id)
	if err != nil {
		return err
	}
	p.Status = status
	return nil
}
func (f *fakeStore) Setting(key string) (string, error) { return f.settings[key], nil }
func (f *fakeStore) SaveSetting(key, value string) error {
	if f.settings == nil {
		f.settings = map[string]string{}
	}
	f.settings[key] = value
	return nil
}
func (f *fakeStore) AddParticipants(ps []app.Participant) ([]int64, error) {
	var probs app.Problems
	for i := range ps {
		ps[i].Normalize()
		ps[i].Validate(&probs, ps[i].Name)
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	var ids []int64
	for _, p := range ps {
		f.nextID++
		p.ID = 5000 + f.nextID
		f.parts = append(f.parts, p)
		ids = append(ids, p.ID)
	}
	return ids, nil
}
func (f *fakeStore) UpdateParticipant(p app.Participant) error {
	p.Normalize()
	var probs app.Problems
	p.Validate(&probs, p.Name)
	if err := probs.Err(); err != nil {
		return err
	}
	for i := range f.parts {
		if f.parts[i].ID == p.ID {
			f.parts[i] = p
			f.updates++
			return nil
		}
	}
	return app.ErrNotFound
}
func (f *fakeStore) DeleteParticipant(id int64) error {
	for i := range f.parts {
		if f.parts[i].ID == id {
			f.parts = append(f.parts[:i], f.parts[i+1:]...)
			return nil
		}
	}
	return app.ErrNotFound
}
func (f *fakeStore) SetArchived(ids []int64, archived bool) error {
	for _, id := range ids {
		for i := range f.parts {
			if f.parts[i].ID == id {
				f.parts[i].Archived = archived
			}
		}
	}
	return nil
}
func (f *fakeStore) AwardHistory(id int64) ([]app.AwardRecord, error) {
	var out []app.AwardRecord
	for _, h := range f.history {
		if h.ParticipantID == id {
			out = append(out, h)
		}
	}
	return out, nil
}
func (f *fakeStore) SaveAwardRecord(h app.AwardRecord) (int64, error) {
	h.Normalize()
	if err := h.Validate(); err != nil {
		return 0, err
	}
	h.ID = int64(len(f.history) + 1)
	f.history = append(f.history, h)
	return h.ID, nil
}
func (f *fakeStore) DeleteAwardRecord(id int64) error { return nil }
func (f *fakeStore) ImportParticipants(ps []app.Participant, source string) ([]int64, error) {
	f.imports++
	return f.AddParticipants(ps)
}
func (f *fakeStore) SaveScores(roundID int64, scores []app.Score) error {
	for _, s := range scores {
		replaced := false
		for i, old := range f.scores {
			if old.ParticipantID == s.ParticipantID && old.CriterionID == s.CriterionID && old.MemberID == s.MemberID && old.RoundID == s.RoundID {
				f.scores[i], replaced = s, true
			}
		}
		if !replaced {
			f.scores = append(f.scores, s)
		}
		f.scoreSaves++
	}
	return nil
}
func (f *fakeStore) CouncilMembers() ([]app.CouncilMember, error) { return nil, nil }
func (f *fakeStore) Attachments(pid, rid int64) ([]app.Attachment, error) {
	return nil, nil
}
func (f *fakeStore) AddAttachment(a app.Attachment) (int64, error)        { return 1, nil }
func (f *fakeStore) DeleteAttachment(id int64) error                      { return nil }
func (f *fakeStore) RoundScores(int64) ([]app.Score, error)               { return f.scores, nil }
func (f *fakeStore) Nominations(int64) ([]app.Nomination, error)          { return nil, nil }
func (f *fakeStore) Meetings(int64) ([]app.Meeting, error)                { return nil, nil }
func (f *fakeStore) MeetingVotes(int64) ([]app.Vote, error)               { return nil, nil }
func (f *fakeStore) AuditLog(app.AuditFilter) ([]app.AuditEntry, error)   { return nil, nil }
func (f *fakeStore) Documents(app.DocumentFilter) ([]app.Document, error) { return nil, nil }
func (f *fakeStore) BackupTo(string) error                                { return nil }
func (f *fakeStore) IsEmpty() (bool, error) {
	return len(f.plans) == 0 && len(f.parts) == 0 && len(f.signers) == 0, nil
}

// seedStore returns a store holding the embedded seed plan.
func seedStore(t *testing.T) *fakeStore {
	t.Helper()
	b, err := os.ReadFile("../assets/seed/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := app.ParsePlanJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	p.ID = 1
	for i := range p.Criteria {
		p.Criteria[i].ID = int64(100 + i)
	}
	for i := range p.Rounds {
		p.Rounds[i].ID = int64(i + 1)
	}
	return &fakeStore{plans: []*app.Plan{p}, org: app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Place: "Hòa Phong", Abbreviation: "UBND", Level: app.LevelCommune}}
}
