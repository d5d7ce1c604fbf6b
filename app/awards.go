package app

// AwardFilter chooses the lines of the register of awards; a zero field
// chooses all.
type AwardFilter struct {
	Year          int   // the year of the award
	PlanID        int64 // the plan whose movement the award was given in
	DecisionDocID int64 // the issued Quyết định (register line) that gave it
	ParticipantID int64 // the person or collective awarded
}

// AwardLine is one award of the register of awards: who was awarded what,
// by which decision, in which movement. Lines entered by hand in a
// participant's history have no plan and no issued decision.
type AwardLine struct {
	ID             int64
	Year           int
	ParticipantID  int64
	Kind           Kind
	Name           string // full name of a person, or name of a collective
	Position       string // a person's position
	Unit           string // a person's unit; empty for a collective
	Title          string // the title or form received
	DecisionNumber string // "125/QĐ-UBND"
	DecisionDate   string // ISO date
	Issuer         string
	PlanID         int64
	Movement       string // the movement (phong trào) of the plan
	DecisionDocID  int64
}
