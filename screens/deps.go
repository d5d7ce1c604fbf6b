// Package screens is the Fyne user interface of the commendation desk: the
// main window with its navigation, one file per screen, and the shared
// widgets. It reaches the data only through the Store interface.
package screens

import "thidua/app"

// Store is what the screens need from the database.
type Store interface {
	Organisation() (app.Organisation, error)
	SaveOrganisation(app.Organisation) error
	Signers() ([]app.Signer, error)
	SaveSigner(app.Signer) (int64, error)
	DeleteSigner(id int64) error
	Plans() ([]app.PlanSummary, error)
	Plan(id int64) (*app.Plan, error)
	Participants(k app.Kind) ([]app.Participant, error)
	RoundScores(roundID int64) ([]app.Score, error)
	IsEmpty() (bool, error)
}

// Deps is what the main window is built from.
type Deps struct {
	Store      Store
	LoadSample func() error // loads the embedded seed plan and sample data
	DBPath     string
	Version    string
}
