package document

import (
	"strings"

	"thidua/app"
)

// BallotForms are the ballots a round's board needs: each award form voted
// by secret ballot that has nominations still to vote on (draft, passed or
// not passed — a recount is a new ballot), with them in the board's order.
func BallotForms(b app.Board) []BallotForm {
	var out []BallotForm
	for _, p := range b.Panels {
		if p.Form.VoteMethod != app.VoteSecret {
			continue
		}
		bf := BallotForm{Form: p.Form}
		if p.HasQuota {
			bf.Quota = app.QuotaText(p.Quota)
		}
		for _, e := range p.Entries {
			if e.Status == app.NomDraft || e.Status == app.NomPassed || e.Status == app.NomFailed {
				bf.Nominees = append(bf.Nominees, BallotNominee{Name: e.Part.Name, Detail: nomineeDetail(e.Part)})
			}
		}
		if len(bf.Nominees) > 0 {
			out = append(out, bf)
		}
	}
	return out
}

// nomineeDetail is the line under an individual's name: office and unit.
func nomineeDetail(p app.Participant) string {
	if p.Kind != app.KindIndividual {
		return ""
	}
	var parts []string
	for _, s := range []string{p.Position, p.Unit} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}
