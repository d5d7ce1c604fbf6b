package document

import (
	"fmt"
	"strings"

	"thidua/app"
)

// BallotForms are the ballots a round's board needs: each award form voted
// by secret ballot that has nominations still to vote on (draft, passed or
// not passed — a recount is a new ballot), with them in the board's order.
func BallotForms(b app.Board) []BallotForm {
	forms, _ := formsOfBoard(b)
	return forms
}

// formsOfBoard is BallotForms with, for each form, the nominees'
// participants in the same order.
func formsOfBoard(b app.Board) ([]BallotForm, [][]app.Participant) {
	var out []BallotForm
	var parts [][]app.Participant
	for _, p := range b.Panels {
		if p.Form.VoteMethod != app.VoteSecret {
			continue
		}
		bf := BallotForm{Form: p.Form}
		if p.HasQuota {
			bf.Quota = app.QuotaText(p.Quota)
		}
		var ps []app.Participant
		for _, e := range p.Entries {
			if e.Status == app.NomDraft || e.Status == app.NomPassed || e.Status == app.NomFailed {
				bf.Nominees = append(bf.Nominees, BallotNominee{Name: e.Part.Name, Detail: nomineeDetail(e.Part)})
				ps = append(ps, e.Part)
			}
		}
		if len(bf.Nominees) > 0 {
			out = append(out, bf)
			parts = append(parts, ps)
		}
	}
	return out, parts
}

// BallotSet is a run of identical ballots: the forms with the nominees a
// group of members votes on, one copy per member of the group.
type BallotSet struct {
	Forms  []BallotForm
	Copies int
}

// BallotSets are the ballots of a meeting attended by present (member
// IDs): a member who does not vote on a nominee (the nominee, or a member
// of the nominated collective) gets a ballot without that line, so the
// members are grouped by the nominees they vote on. With nobody present
// it is one ballot of every form.
func BallotSets(b app.Board, council []app.CouncilMember, present []int64) []BallotSet {
	forms, parts := formsOfBoard(b)
	if len(forms) == 0 {
		return nil
	}
	if len(present) == 0 {
		return []BallotSet{{Forms: forms, Copies: 1}}
	}
	var out []BallotSet
	index := map[string]int{}
	for _, id := range present {
		var mine []BallotForm
		var key strings.Builder
		for i, f := range forms {
			kept := f
			kept.Nominees = nil
			for j, n := range f.Nominees {
				if len(app.Recused(council, parts[i][j], map[int64]bool{id: true})) == 0 {
					kept.Nominees = append(kept.Nominees, n)
					fmt.Fprintf(&key, "%d.%d ", i, j)
				}
			}
			if len(kept.Nominees) > 0 {
				mine = append(mine, kept)
			}
		}
		if len(mine) == 0 {
			continue // a member recused on every nominee gets no ballot
		}
		if at, ok := index[key.String()]; ok {
			out[at].Copies++
			continue
		}
		index[key.String()] = len(out)
		out = append(out, BallotSet{Forms: mine, Copies: 1})
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
