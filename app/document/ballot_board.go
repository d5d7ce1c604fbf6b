package document

import (
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/viet"
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

// BallotSet is one type of ballot: an award form with the nominees that
// the same members present vote on, one copy for each of them. Every
// ballot of a type is the same, so that a secret ballot does not tell who
// cast it.
type BallotSet struct {
	Form   BallotForm
	Copies int
	// Withheld names the members present who get no ballot of this type:
	// each is a nominee on it, or belongs to a nominated collective on it.
	Withheld []string
}

// Ballots are the ballot types of a meeting, form by form.
type Ballots struct {
	Sets []BallotSet
	// Present is how many members the ballots are handed to; 0 (nobody
	// known) prints one ballot of each form and no distribution note.
	Present int
	// Unvoted names the nominees every member present is recused from: no
	// ballot lists them.
	Unvoted []string
	// Void says, a sentence per form, which nominees no ballot lists
	// because their award can no longer be given on the day of the meeting.
	Void []string
}

// BallotSets are the ballots of a meeting attended by present (member
// IDs). A member does not vote on a nominee they are, or whose collective
// they belong to, yet a ballot lacking a name would tell whose it is: so
// the nominees of each form are split by the set of members present who
// are recused from them, and each part is a ballot type handed to every
// member present but those. The type nobody is recused from comes first,
// the others as their first nominee stands on the board; the nominees of
// a type keep the board's order. With nobody present it is one ballot of
// every form. A form of the district level is left out of a meeting held
// (heldOn, ISO, "" when not known) when org had no district level any
// more. It returns an *app.InvalidError saying why when there is nothing
// to print: no nomination to vote on by secret ballot (none yet, or all
// past the vote), or none anybody present may vote on.
func BallotSets(b app.Board, council []app.CouncilMember, present []int64, org app.Organisation, heldOn string) (Ballots, error) {
	all, allParts := formsOfBoard(b)
	if len(all) == 0 {
		return Ballots{}, noBallots(b)
	}
	var void []string
	var forms []BallotForm
	var parts [][]app.Participant
	for i, f := range all {
		if why := app.DistrictGone(org, f.Form, heldOn); why != "" {
			void = append(void, fmt.Sprintf("Không in phiếu cho %s (cuộc họp ngày %s): %s; hãy rút đề nghị.",
				nomineeNames(f), viet.DisplayISO(heldOn), why))
			continue
		}
		forms, parts = append(forms, f), append(parts, allParts[i])
	}
	if len(forms) == 0 {
		return Ballots{Void: void}, &app.InvalidError{Problems: []app.Problem{{Where: "Phiếu bầu",
			Message: "không còn đề nghị nào để in phiếu bầu. " + strings.Join(void, " ")}}}
	}
	if len(present) == 0 {
		out := Ballots{Void: void}
		for _, f := range forms {
			out.Sets = append(out.Sets, BallotSet{Form: f, Copies: 1})
		}
		return out, nil
	}
	here := map[int64]bool{}
	for _, id := range present {
		here[id] = true
	}
	names := map[int64]string{}
	for _, m := range council {
		names[m.ID] = m.FullName
	}
	out := Ballots{Present: len(here), Void: void}
	for i, f := range forms {
		var keys []string
		types := map[string]*BallotSet{}
		for j, n := range f.Nominees {
			recused := app.Recused(council, parts[i][j], here)
			if len(recused) >= len(here) {
				out.Unvoted = append(out.Unvoted, viet.Clean(n.Name)+" ("+formName(f.Form, i)+")")
				continue
			}
			key := fmt.Sprint(recused)
			t, ok := types[key]
			if !ok {
				t = &BallotSet{Form: BallotForm{Form: f.Form, Quota: f.Quota}, Copies: len(here) - len(recused)}
				for _, id := range recused {
					t.Withheld = append(t.Withheld, names[id])
				}
				types[key] = t
				if len(recused) == 0 {
					keys = append([]string{key}, keys...)
				} else {
					keys = append(keys, key)
				}
			}
			t.Form.Nominees = append(t.Form.Nominees, n)
		}
		for _, k := range keys {
			out.Sets = append(out.Sets, *types[k])
		}
	}
	if len(out.Sets) == 0 {
		return out, &app.InvalidError{Problems: []app.Problem{{Where: "Phiếu bầu",
			Message: "mọi thành viên dự họp đều không được biểu quyết " + strings.Join(out.Unvoted, ", ") +
				" (là người được đề nghị hoặc thuộc tập thể được đề nghị): không có phiếu bầu nào để in"}}}
	}
	return out, nil
}

// noBallots says why a board has no nomination to print ballots for: none
// by secret ballot yet, or all of them past the council's vote.
func noBallots(b app.Board) error {
	count := map[string]int{}
	total := 0
	for _, p := range b.Panels {
		if p.Form.VoteMethod != app.VoteSecret {
			continue
		}
		for _, e := range p.Entries {
			count[e.Status]++
			total++
		}
	}
	msg := "đợt này chưa có đề nghị nào được bầu bằng phiếu kín; hãy đề nghị trước"
	if total > 0 {
		var parts []string
		for _, s := range []string{app.NomProposed, app.NomAwarded, app.NomRejected, app.NomWithdrawn} {
			if count[s] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", count[s], app.StatusLabel(s)))
			}
		}
		msg = fmt.Sprintf("các đề nghị bầu bằng phiếu kín của đợt không còn chờ Hội đồng bỏ phiếu (%s); "+
			"phiếu bầu chỉ in cho đề nghị dự kiến, hoặc đã bình xét mà chưa trình lên", strings.Join(parts, ", "))
	}
	return &app.InvalidError{Problems: []app.Problem{{Where: "Phiếu bầu", Message: msg}}}
}

// Distribution says, a line per ballot type, how many ballots of it to
// hand out and to whom not: "Loại phiếu 2/3 — Giấy khen của Chủ tịch UBND
// xã (Bùi Thị Hương): phát 8 phiếu, không phát cho Bùi Thị Hương."; then
// the nominees nobody present may vote on, and those left out (Void). No
// line of ballot types when nobody is known to be present.
func (bs Ballots) Distribution() []string {
	var out []string
	for i, s := range bs.Sets {
		if bs.Present == 0 {
			break
		}
		out = append(out, fmt.Sprintf("Loại phiếu %d/%d — %s (%s): phát %d phiếu, %s.", i+1, len(bs.Sets),
			formName(s.Form.Form, 0), nomineeNames(s.Form), s.Copies, s.recipients()))
	}
	if len(bs.Unvoted) > 0 {
		out = append(out, unvotedText(bs.Unvoted))
	}
	return append(out, bs.Void...)
}

// recipients is "cho mọi thành viên dự họp" or "không phát cho …".
func (s BallotSet) recipients() string {
	if len(s.Withheld) == 0 {
		return "cho mọi thành viên dự họp"
	}
	return "không phát cho " + strings.Join(s.Withheld, ", ")
}

func nomineeNames(f BallotForm) string {
	names := make([]string, len(f.Nominees))
	for i, n := range f.Nominees {
		names[i] = viet.Clean(n.Name)
	}
	return strings.Join(names, ", ")
}

func unvotedText(names []string) string {
	return "Không in phiếu cho " + strings.Join(names, ", ") + ": mọi thành viên dự họp đều không được biểu quyết."
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
