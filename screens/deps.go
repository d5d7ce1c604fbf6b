// Package screens is the Fyne user interface of the commendation desk: the
// main window with its navigation, one file per screen, and the shared
// widgets. It reaches the data only through the Store interface.
package screens

import (
	"io"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet/telex"
)

// Store is what the screens need from the database.
type Store interface {
	Organisation() (app.Organisation, error)
	SaveOrganisation(app.Organisation) error
	Signers() ([]app.Signer, error)
	SaveSigner(app.Signer) (int64, error)
	SaveOrgPeriod(app.OrgPeriod) (int64, error)
	DeleteSigner(id int64) error
	Plans() ([]app.PlanSummary, error)
	Plan(id int64) (*app.Plan, error)
	CreatePlan(p *app.Plan) (int64, error)
	UpdatePlan(p *app.Plan) error
	DuplicatePlan(id int64) (int64, error)
	PlanUse(id int64) (app.PlanUse, error)
	SetPlanStatus(id int64, status string) error
	Participants(k app.Kind) ([]app.Participant, error)
	AddParticipants(ps []app.Participant) ([]int64, error)
	ImportParticipants(ps []app.Participant, source string) ([]int64, error)
	UpdateParticipant(p app.Participant) error
	DeleteParticipant(id int64) error
	SetArchived(ids []int64, archived bool) error
	AwardHistory(participantID int64) ([]app.AwardRecord, error)
	SaveAwardRecord(h app.AwardRecord) (int64, error)
	DeleteAwardRecord(id int64) error
	RoundScores(roundID int64) ([]app.Score, error)
	SaveScores(roundID int64, scores []app.Score) error
	CouncilMembers() ([]app.CouncilMember, error)
	Attachments(participantID, roundID int64) ([]app.Attachment, error)
	AddAttachment(a app.Attachment) (int64, error)
	DeleteAttachment(id int64) error
	Setting(key string) (string, error)
	SaveSetting(key, value string) error
	IsEmpty() (bool, error)
	BackupTo(file string) error
	NominationStore
	AuditStore
	DocumentStore
}

// DocumentStore is what the Văn bản screen needs besides the rest: the
// register and the records the papers are built from.
type DocumentStore interface {
	Meeting(id int64) (app.Meeting, error)
	Nomination(id int64) (app.Nomination, error)
	IssueDocument(r app.IssueRequest) (app.Document, error)
	Document(id int64) (app.Document, error)
	Documents(f app.DocumentFilter) ([]app.Document, error)
	NextNumber(symbol string, year int) (int, error)
	CancelDocument(id int64, reason string) error
	AwardRegister(f app.AwardFilter) ([]app.AwardLine, error)
	RecordCopy(id int64, format string) error
}

// NominationStore is what the nominations screen, the council and meeting
// dialogs and meeting mode need.
type NominationStore interface {
	Nominations(roundID int64) ([]app.Nomination, error)
	Nominate(n app.Nomination, reason string) (int64, error)
	WithdrawNomination(id int64, reason string) error
	MoveNomination(id int64, delta int) error
	SetAchievement(id int64, text string) error
	ProposeNominations(ids []int64, number, date string) error
	RecordDecision(d app.Decision) (int64, error)
	CorrectDecision(d app.Decision, reason string) (int64, error)
	Decisions(nominationID int64) ([]app.Decision, error)
	SaveCouncilMember(m app.CouncilMember) (int64, error)
	DeleteCouncilMember(id int64) error
	Meetings(roundID int64) ([]app.Meeting, error)
	SaveMeeting(m app.Meeting) (int64, error)
	DeleteMeeting(id int64) error
	MeetingVotes(meetingID int64) ([]app.Vote, error)
	SaveVote(v app.Vote) (app.Vote, app.VoteOutcome, error)
}

// AuditStore is what the audit log screen needs.
type AuditStore interface {
	AuditLog(f app.AuditFilter) ([]app.AuditEntry, error)
	VerifyAudit() (broken int64, checked int, err error)
}

// Deps is what the main window is built from.
type Deps struct {
	Store      Store
	LoadSample func() error // loads the embedded seed plan and sample data
	// RenderPlan writes the Kế hoạch PDF of p; page is the stored page
	// settings text ("" = defaults).
	RenderPlan func(p *app.Plan, org app.Organisation, page string, w io.Writer) error
	// RenderDocument writes d as PDF with the embedded fonts and the stored
	// page settings.
	RenderDocument func(d *document.Document, w io.Writer) error
	// OpenFile hands a file to the system: to print it (print) or to show it.
	OpenFile func(path string, print bool) error
	// Fonts are the embedded PDF fonts, for the papers of the dossier.
	Fonts document.Fonts
	// Notices are messages for the clerk from before the window opened.
	Notices []string
	// Backups lists the copies in the backups folder, newest first.
	Backups func() ([]app.BackupFile, error)
	// RequestRestore checks a backup and asks the next start to restore
	// it (the open data cannot be replaced while the window works on it).
	RequestRestore func(file string) error
	// InspectBackup checks that file is a sound backup of the app's data
	// and says what it holds, without writing anything.
	InspectBackup func(file string) (app.BackupSummary, error)
	// VerifyAnchors, when set, checks what the audit chain alone cannot
	// (backups' and register lines' heads, issued PDFs, register gaps),
	// each finding a Vietnamese sentence.
	VerifyAnchors func() ([]string, error)
	// ChooseSave, when set, says where to save a file offered as name
	// (false: the clerk cancelled) instead of the file dialog.
	ChooseSave func(name string) (path string, ok bool)
	// SetTyping switches the built-in Telex/VNI typing mode (Cài đặt).
	SetTyping func(m telex.Method, oldStyle bool)
	// SeedPlan is the embedded sample plan a new plan may start from.
	SeedPlan []byte
	DBPath   string
	Version  string
}
