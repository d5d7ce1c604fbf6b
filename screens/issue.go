package screens

import (
	"context"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// issuePaper runs issue, which gives a paper of kind its number, renders
// it and writes the register in one transaction, off the UI goroutine
// behind a dialog saying "Đang ban hành …". The dialog has no Hủy: the
// register is written at once or not at all, and a click cannot tell which
// it would be. Once issued, the paper opens and the foot line says its
// number; a refusal is shown. ended runs on the UI goroutine, told
// whether the paper was issued, before the paper is handed over.
func (s *Shell) issuePaper(kind string, issue func() (app.Document, error), ended func(issued bool)) {
	s.longJob("Đang ban hành "+kind, false, func(context.Context) func() {
		doc, err := issue()
		return func() {
			if err != nil {
				s.showError(err)
				ended(false)
				return
			}
			// ended closes the composer first: Fyne removes every dialog
			// above one it hides, and a message about opening the paper
			// shown before would go with the composer.
			ended(true)
			number := viet.DocNumber(doc.Number, doc.Symbol)
			s.handOverSaying(doc.PDF, number+" "+doc.Title, false, "Đã ban hành "+kind+" số "+number+". ")
		}
	})
}

// detached is a copy of snap whose paper (the letter, the lists' headers)
// is its own: issuing it sets its number and date while the composer,
// still open, may change the original.
func detached(snap document.Snapshot) document.Snapshot {
	if p := snap.Proposal; p != nil {
		c := *p
		snap.Proposal = &c
	}
	if d := snap.Decision; d != nil {
		c := *d
		snap.Decision = &c
	}
	if m := snap.Minutes; m != nil {
		c := *m
		snap.Minutes = &c
	}
	if r := snap.Summary; r != nil {
		c := *r
		snap.Summary = &c
	}
	return snap
}
