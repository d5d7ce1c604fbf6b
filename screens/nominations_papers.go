package screens

import (
	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
)

// The papers of the board: each opens the composer on a draft built from
// the records, or prints straight away what needs no adjusting.

func (ns *NominationsScreen) onProposalPaper(p app.FormPanel) {
	draft := func(date string) (document.Snapshot, error) {
		return ns.shell.desk().ProposalDraft(ns.plan.ID, ns.round.ID, p.Form.ID, date)
	}
	line := app.Document{PlanID: ns.plan.ID, RoundID: ns.round.ID, AwardFormID: p.Form.ID}
	ns.shell.composeLetter("Tờ trình đề nghị tặng "+p.Form.Name, draft, line, ns.reload)
}

func (ns *NominationsScreen) onDecisionPaper(p app.FormPanel) {
	draft := func(date string) (document.Snapshot, error) {
		return ns.shell.desk().DecisionDraft(ns.plan.ID, ns.round.ID, p.Form.ID, date)
	}
	line := app.Document{PlanID: ns.plan.ID, RoundID: ns.round.ID, AwardFormID: p.Form.ID}
	ns.shell.composeLetter("Quyết định tặng "+p.Form.Name, draft, line, ns.reload)
}

func (ns *NominationsScreen) onMinutesPaper() {
	m := ns.latestMeeting()
	if m == nil {
		ns.shell.showError(&app.InvalidError{Problems: []app.Problem{{Where: "Biên bản",
			Message: "đợt này chưa có cuộc họp Hội đồng: bấm “Cuộc họp…” để ghi trước"}}})
		return
	}
	draft := func(string) (document.Snapshot, error) { return ns.shell.desk().MinutesDraft(m.ID) }
	line := app.Document{PlanID: ns.plan.ID, RoundID: ns.round.ID, MeetingID: m.ID}
	ns.shell.composeLetter("Biên bản họp "+app.MeetingTitle(*m), draft, line, ns.reload)
}

// onReport opens the nominee's Báo cáo thành tích, made off the UI
// goroutine (it ranks the round's whole list).
func (ns *NominationsScreen) onReport(e app.BoardEntry) {
	desk := ns.shell.desk()
	ns.shell.buildAndHand(func() (*document.Document, error) {
		in, err := desk.ReportInput(e.ID)
		if err != nil {
			return nil, err
		}
		return document.ReportDocument(in)
	}, "Báo cáo thành tích "+e.Part.Name, false)
}

func (ns *NominationsScreen) onDossier(p app.FormPanel) {
	desk, plan, round := ns.shell.desk(), ns.plan.ID, ns.round.ID
	ns.shell.handPaper("Hồ sơ "+p.Form.Name+" "+dossier.RoundText(ns.round), false, func() ([]byte, error) {
		return desk.Dossier(plan, round, p.Form.ID)
	})
}
