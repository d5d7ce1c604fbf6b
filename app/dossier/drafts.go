package dossier

import (
	"fmt"
	"sort"
	"strings"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// RoundText words a round for the papers: "năm 2025", or the period of
// the final round "giai đoạn 2024 - 2026".
func RoundText(r app.Round) string {
	if r.Kind == app.RoundFinal {
		from, to := yearOf(r.StartsOn), yearOf(r.EndsOn)
		if from != "" && to != "" && from != to {
			return "giai đoạn " + from + " - " + to
		}
		return "đợt tổng kết"
	}
	return "năm " + r.Key
}

func yearOf(iso string) string {
	if len(iso) >= 4 {
		return iso[:4]
	}
	return ""
}

// bases are the Căn cứ lines of the laws and decree in force on date
// (ISO), then the province's regulation when one is recorded.
func bases(org app.Organisation, date string, decision bool) []string {
	out := app.LegalBases(date, decision)
	if reg := strings.TrimSuffix(viet.Clean(org.Regulation), ";"); reg != "" {
		out = append(out, "Căn cứ "+strings.TrimPrefix(reg, "Căn cứ ")+";")
	}
	return out
}

// planBasis is the Căn cứ line citing the plan.
func planBasis(p *app.Plan, org app.Organisation) string {
	return "Căn cứ " + planRef(p, org) + " về phát động phong trào thi đua “" + viet.Clean(p.MovementName) + "”;"
}

// planRef names the plan: "Kế hoạch số 05/KH-UBND ngày 15 tháng 01 năm
// 2024 của Ủy ban nhân dân xã Hòa Phong".
func planRef(p *app.Plan, org app.Organisation) string {
	s := "Kế hoạch"
	if n := viet.Clean(p.Number); n != "" {
		s += " số " + n
		if !strings.Contains(n, "/") && p.Symbol != "" {
			s += "/" + p.Symbol
		}
	}
	if t, err := viet.ParseISO(p.IssuedOn); err == nil {
		s += " " + viet.DateWords(t)
	}
	on := org
	if p.IssuedOn != "" {
		on = org.On(p.IssuedOn) // the plan is cited under the name it was issued by
	}
	return s + " của " + viet.Clean(on.Name)
}

func councilName(org app.Organisation) string {
	return orText(org.CouncilName, "Hội đồng Thi đua - Khen thưởng xã")
}

// signersFor are who may sign a paper whose authority is kind: the
// council's chair and vice-chairs its own papers (app.DocCouncil), the
// Committee's signers the others.
func (d *Desk) signersFor(kind string) ([]app.Signer, error) {
	if kind == app.DocCouncil {
		council, err := d.St.CouncilMembers()
		return app.CouncilSigners(council), err
	}
	return d.St.Signers()
}

// Signers are who may sign the paper of s, to choose from: for the
// council's Tờ trình its members (IDs of council members), else the
// Committee's signers. Only those with an office sign
// (app.Authority is not nil).
func (d *Desk) Signers(s document.Snapshot) ([]app.Signer, error) {
	return d.signersFor(s.AuthorityKind())
}

// signature is the authority lines and the name of the signer with ID
// signerID (0: the chair — the Chairman, or the council's chair on its
// own papers) on a paper whose authority is kind: the authority follows
// from the signer's office and the paper, never from the plan's own
// signature. Without a chair on record the name is left blank and the
// paper check says where to record one.
func (d *Desk) signature(kind string, signerID int64) ([]string, string, error) {
	ss, err := d.signersFor(kind)
	if err != nil {
		return nil, "", err
	}
	s, ok := app.DefaultSigner(ss)
	if signerID != 0 {
		ok = false
		for _, c := range ss {
			if c.ID == signerID {
				s, ok = c, true
			}
		}
		if !ok {
			return nil, "", fmt.Errorf("người ký mã %d: %w", signerID, app.ErrNotFound)
		}
	}
	if !ok {
		return app.Authority(kind, app.Signer{Title: app.OfficeChair}), "", nil
	}
	return app.Authority(kind, s), viet.Clean(s.FullName), nil
}

// Sign puts the signature of the signer with ID signerID (0: the chair)
// on the letter of s, with the authority that signer has on that paper;
// the council's Tờ trình takes a council member's ID (Signers).
func (d *Desk) Sign(s *document.Snapshot, signerID int64) error {
	l := s.Letter()
	if l == nil {
		return &app.InvalidError{Problems: []app.Problem{{Where: app.DocKindLabel(s.Kind),
			Message: "biên bản do chủ tọa và thư ký cuộc họp ký, không chọn người ký"}}}
	}
	auth, name, err := d.signature(s.AuthorityKind(), signerID)
	if err != nil {
		return err
	}
	l.Authority, l.SignerName = auth, name
	return nil
}

// ProposalDraft is the Tờ trình of an award form's passed nominations in a
// round, dated date (ISO; "" is today), with every field pre-filled. For
// an award the commune's Chairman decides it is the council's Tờ trình to
// him, signed by the council's chair: the Committee does not propose to
// its own Chairman.
func (d *Desk) ProposalDraft(planID, roundID, formID int64, date string) (document.Snapshot, error) {
	r, p, err := d.formRound(planID, roundID, formID)
	if err != nil {
		return document.Snapshot{}, err
	}
	if date == "" {
		date = d.today()
	}
	list, ids, err := r.entries(d, p, app.NomPassed)
	if err != nil {
		return document.Snapshot{}, err
	}
	if err := alreadyIssued(p, list, func(n app.Nomination) int64 { return n.ProposalDocID }); err != nil {
		return document.Snapshot{}, err
	}
	in := document.ProposalInput{Award: p.Form.Name, Movement: r.plan.MovementName, RoundText: RoundText(r.round), Entries: list,
		ByCouncil: p.Form.IssuerLevel == app.LevelCommune}
	in.Org, in.Date = r.org.On(date), date
	in.Bases = append(bases(r.org, date, false), planBasis(r.plan, r.org))
	refs, _, err := d.minutesRefs(p, ids)
	if err != nil {
		return document.Snapshot{}, err
	}
	if len(refs) > 0 {
		in.Bases = append(in.Bases, "Căn cứ "+citeMinutes(refs, r.org)+" của "+councilName(r.org)+".")
	}
	in.To, in.Addressee, in.Through = addressees(r.org, p.Form, date)
	in.Recipients = []string{"Như trên;", "Lưu: VT, VP."}
	if in.ByCouncil {
		in.Recipients = []string{"Như trên;", "Lưu: VT, " + document.CouncilAbbr(r.org) + "."}
	}
	s := document.Snapshot{Kind: app.DocProposal, Page: r.page, Nominations: ids, Proposal: &in}
	signer := int64(0)
	if in.ByCouncil {
		if signer, err = d.councilSigner(list); err != nil {
			return document.Snapshot{}, err
		}
	}
	if in.Authority, in.SignerName, err = d.signature(s.AuthorityKind(), signer); err != nil {
		return document.Snapshot{}, err
	}
	return s, nil
}

// councilSigner is who signs the council's Tờ trình unless the clerk
// chooses: the first active vice-chair of the council not on its list,
// for the council's chair is the Chairman it is addressed to; 0 (the
// chair) when there is none.
func (d *Desk) councilSigner(list []document.ListEntry) (int64, error) {
	ss, err := d.signersFor(app.DocCouncil)
	if err != nil {
		return 0, err
	}
	named := map[string]bool{}
	for _, e := range list {
		named[viet.Upper(viet.Clean(e.Name))] = true
	}
	for _, s := range ss {
		if s.Active && s.IsViceChair() && !named[viet.Upper(viet.Clean(s.FullName))] {
			return s.ID, nil
		}
	}
	return 0, nil
}

// addressees are who a Tờ trình for form is sent to on date (ISO), its
// Kính gửi lines, who decides and who it goes through: until the district
// level ended (30/06/2025) a commune proposed through its district-level
// Committee and that Committee's Phòng Nội vụ; from 01/07/2025 a
// provincial award goes straight to the Chairman of the province and Sở
// Nội vụ. The council proposes the commune's own award to the commune's
// Chairman, named with the commune.
func addressees(org app.Organisation, f app.AwardForm, date string) (to []string, addressee, through string) {
	addressee = orText(f.Issuer, "cấp có thẩm quyền")
	if f.IssuerLevel == app.LevelCommune {
		return []string{"Chủ tịch " + viet.Clean(org.On(date).Name) + "."}, addressee, ""
	}
	if up := org.UpperOn(date); up != "" && (f.IssuerLevel == app.LevelProvince || f.IssuerLevel == app.LevelDistrict) {
		area := strings.TrimPrefix(up, "Ủy ban nhân dân ")
		to = []string{"Chủ tịch " + up + ";", "Phòng Nội vụ " + area + "."}
		if f.IssuerLevel == app.LevelDistrict {
			return to, "Chủ tịch " + up, ""
		}
		if prov := org.ProvinceOn(date); prov != "" {
			addressee = withPlace(addressee, prov)
		}
		return to, addressee, "Chủ tịch " + up
	}
	to = []string{addressee + ";"}
	if f.IssuerLevel == app.LevelProvince {
		if prov := org.ProvinceOn(date); prov != "" {
			addressee = withPlace(addressee, prov)
			to = []string{addressee + ";", "Sở Nội vụ " + prov + "."}
		}
	}
	return to, addressee, ""
}

// withPlace names the authority with its place: "Chủ tịch Ủy ban nhân dân
// tỉnh" and "tỉnh Hưng Yên" give "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên",
// the kind of unit once.
func withPlace(authority, place string) string {
	kind, _, _ := strings.Cut(place, " ")
	return strings.TrimSuffix(authority, " "+kind) + " " + place
}

// DecisionDraft is the Chairman's Quyết định awarding an award form to the
// nominations of a round that passed or were proposed to him.
func (d *Desk) DecisionDraft(planID, roundID, formID int64, date string) (document.Snapshot, error) {
	r, p, err := d.formRound(planID, roundID, formID)
	if err != nil {
		return document.Snapshot{}, err
	}
	if p.Form.IssuerLevel != app.LevelCommune {
		return document.Snapshot{}, &app.InvalidError{Problems: []app.Problem{{Where: p.Form.Name,
			Message: "hình thức này do " + orText(p.Form.Issuer, "cấp trên") + " quyết định, không phải Chủ tịch xã: " +
				"in tờ trình đề nghị, rồi ghi số và ngày quyết định của cấp trên khi nhận được"}}}
	}
	if date == "" {
		date = d.today()
	}
	list, ids, err := r.entries(d, p, app.NomPassed, app.NomProposed)
	if err != nil {
		return document.Snapshot{}, err
	}
	if err := alreadyIssued(p, list, func(n app.Nomination) int64 { return n.DecisionDocID }); err != nil {
		return document.Snapshot{}, err
	}
	in := document.DecisionInput{Award: p.Form.Name, Movement: r.plan.MovementName, RoundText: RoundText(r.round), Entries: list,
		Executors: executors(r.org, r.in.Parts)}
	in.Org, in.Date = r.org.On(date), date
	in.Bases = append(bases(r.org, date, true), planBasis(r.plan, r.org))
	refs, _, err := d.minutesRefs(p, ids)
	if err != nil {
		return document.Snapshot{}, err
	}
	var cited []string
	if ttr := councilProposals(p, ids, r.org); ttr != "" {
		cited = append(cited, ttr)
	}
	if len(refs) > 0 {
		cited = append(cited, citeMinutes(refs, r.org))
	}
	in.Proposal = "Xét đề nghị của " + councilName(r.org) + ","
	if len(cited) > 0 {
		in.Proposal = "Xét đề nghị của " + councilName(r.org) + " tại " + strings.Join(cited, " và ") + ","
	}
	in.CashCollective, in.CashIndividual, in.CashSource, in.CashBasis = decisionCash(readCash(d.St), p.Form, date)
	if in.Authority, in.SignerName, err = d.signature(app.DocDecision, 0); err != nil {
		return document.Snapshot{}, err
	}
	in.Recipients = []string{"Như Điều 3;", "Lưu: VT."}
	return document.Snapshot{Kind: app.DocDecision, Page: r.page, Nominations: ids, Decision: &in}, nil
}

// councilProposals cites the council's Tờ trình issued for the
// nominations ids of panel p, in the order they were issued: "Tờ trình số
// 01/TTr-HĐTĐKT ngày 15/12/2024"; "" when none was. A Tờ trình of
// another issuer is not the council's proposal and is not cited.
func councilProposals(p app.FormPanel, ids []int64, org app.Organisation) string {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	symbol := "/" + viet.Symbol(app.DocProposal, document.CouncilAbbr(org))
	type ttr struct{ number, date string }
	var out []ttr
	seen := map[int64]bool{}
	for _, e := range p.Entries {
		if !want[e.ID] || e.ProposalDocID == 0 || seen[e.ProposalDocID] || !strings.HasSuffix(e.ProposalNumber, symbol) {
			continue
		}
		seen[e.ProposalDocID] = true
		out = append(out, ttr{e.ProposalNumber, e.ProposalDate})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].date < out[j].date })
	var parts []string
	for _, t := range out {
		parts = append(parts, "Tờ trình số "+t.number+" "+longDate(t.date))
	}
	return joinAnd(parts)
}

// executors is who Điều 3 of a decision charges with carrying it out, as
// the records name the commune's posts: the office that prepares the
// papers (Cài đặt → Cơ quan) and the commune's accountant, the first
// serving individual whose position is an accounting one. The clerk can
// edit it on the paper.
func executors(org app.Organisation, parts []app.Participant) string {
	var out []string
	if office := viet.Clean(org.ClerkOffice); office != "" {
		out = append(out, "Công chức "+office)
	}
	for _, p := range parts {
		pos := viet.Clean(p.Position)
		if p.Kind == app.KindIndividual && !p.Archived && strings.Contains(strings.ToLower(pos), "kế toán") {
			out = append(out, lowerFirst(pos))
			break
		}
	}
	if len(out) == 0 {
		return "Văn phòng " + viet.Clean(org.Name)
	}
	return strings.Join(out, ", ")
}

// lowerFirst lower-cases the first letter: a post named mid-sentence.
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func (d *Desk) formRound(planID, roundID, formID int64) (*round, app.FormPanel, error) {
	r, err := d.loadRound(planID, roundID)
	if err != nil {
		return nil, app.FormPanel{}, err
	}
	p, err := r.panel(formID)
	return r, p, err
}

// MinutesDraft is the Biên bản of a council meeting with the votes taken.
func (d *Desk) MinutesDraft(meetingID int64) (document.Snapshot, error) {
	m, err := d.St.Meeting(meetingID)
	if err != nil {
		return document.Snapshot{}, err
	}
	r, err := d.loadRound(m.PlanID, m.RoundID)
	if err != nil {
		return document.Snapshot{}, err
	}
	in := document.MinutesInput{Org: r.org.On(m.Date()), Plan: r.plan, Round: r.round, Meeting: m, Council: r.in.Council}
	var ids []int64
	for _, p := range r.board.Panels {
		for _, e := range p.Entries {
			v := r.in.VoteAt(e.ID, m.ID) // what this meeting voted, even if a later one voted again
			if v == nil {
				continue
			}
			if e.Status == app.NomWithdrawn && app.DistrictGone(r.org, p.Form, m.Date()) != "" {
				continue // a void vote on an award nobody could give any more, withdrawn since
			}
			out, _ := app.MeetingTally(p.Form, m, r.in.Council, e.Part, v.For)
			e.Vote, e.Outcome, e.Meeting = v, &out, &m
			in.Items = append(in.Items, minutesItem(p, e, r.in.Council))
			ids = append(ids, e.ID)
		}
	}
	return document.Snapshot{Kind: app.DocMinutes, Page: r.page, Nominations: ids, Minutes: &in}, nil
}

func minutesItem(p app.FormPanel, e app.BoardEntry, council []app.CouncilMember) document.MinutesItem {
	it := document.MinutesItem{Form: p.Form, Part: e.Part, Row: e.Row, Vote: e.Vote, ForcedReason: e.ForcedReason}
	if p.HasQuota {
		it.Quota = app.QuotaText(p.Quota)
	}
	if e.Outcome != nil {
		it.Outcome = *e.Outcome
	}
	for _, b := range e.Breaks {
		it.Overridden = append(it.Overridden, b.Message)
	}
	if e.Vote != nil {
		for _, id := range e.Vote.Recused {
			for _, c := range council {
				if c.ID == id {
					it.Recused = append(it.Recused, c.FullName)
				}
			}
		}
	}
	return it
}

// ReportInput is the Báo cáo thành tích of a nomination.
func (d *Desk) ReportInput(nominationID int64) (document.ReportInput, error) {
	n, err := d.St.Nomination(nominationID)
	if err != nil {
		return document.ReportInput{}, err
	}
	plans, err := d.planOfRound(n.RoundID)
	if err != nil {
		return document.ReportInput{}, err
	}
	r, err := d.loadRound(plans, n.RoundID)
	if err != nil {
		return document.ReportInput{}, err
	}
	e, p, ok := r.board.Entry(nominationID)
	if !ok {
		return document.ReportInput{}, fmt.Errorf("đề nghị mã %d: %w", nominationID, app.ErrNotFound)
	}
	in := document.ReportInput{Org: r.org.On(d.today()), Plan: r.plan, Round: r.round, Form: p.Form, Part: e.Part, Achievement: e.Achievement}
	if u, ok := r.board.Parts[e.Part.UnitID]; ok && e.Part.UnitID != 0 {
		in.Unit = &u
	}
	// The report lists the awards received before this one (section III).
	if in.History, err = d.history(e); err != nil {
		return in, err
	}
	if viet.Clean(in.Achievement) == "" {
		in.Achievement = r.achievement(e, nil)
	}
	in.Confirmer, err = d.confirmer(e.Part, in.Unit)
	if p.Form.IssuerLevel != app.LevelCommune {
		// A report sent up names the commune, as the list does.
		place := r.org.Place
		in.Part.Name, in.Part.Position, in.Part.Unit = withCommune(in.Part.Name, place), withCommune(in.Part.Position, place), withCommune(in.Part.Unit, place)
		if in.Unit != nil {
			u := *in.Unit
			u.Name = withCommune(u.Name, place)
			in.Unit = &u
		}
	}
	in.Situation, in.Duties = profile(in.Part, in.Unit)
	return in, err
}

// profile words what the record holds of the nominee for sections I of the
// report, for the clerk to complete: a collective's size and head (1. Đặc
// điểm, tình hình), an individual's post and unit (1. Quyền hạn, nhiệm vụ
// được giao). Unknown parts stay empty, printing dotted lines to fill in.
func profile(p app.Participant, unit *app.Participant) (situation, duties string) {
	if p.Kind == app.KindCollective {
		var parts []string
		if p.Members > 0 {
			s := "Tập thể có " + viet.Thousands(p.Members) + " người"
			if p.Women > 0 {
				s += ", trong đó " + viet.Thousands(p.Women) + " nữ"
			}
			parts = append(parts, s+".")
		}
		if h := viet.Clean(p.Head); h != "" {
			parts = append(parts, "Người đứng đầu: "+h+".")
		}
		return strings.Join(parts, " "), ""
	}
	unitName := viet.Clean(p.Unit)
	if unit != nil {
		unitName = viet.Clean(unit.Name)
	}
	if pos := viet.Clean(p.Position); pos != "" {
		duties = pos
		if unitName != "" && !strings.Contains(pos, unitName) {
			duties += ", " + unitName
		}
		duties += "."
	}
	return "", duties
}

// confirmer is who confirms an individual's report as the head of their
// unit: the unit's head, or the Chairman when the nominee heads the unit
// or has none — never the nominee. A nominee who is the Chairman is
// confirmed by the first serving Vice-Chairman.
func (d *Desk) confirmer(p app.Participant, unit *app.Participant) (string, error) {
	if p.Kind != app.KindIndividual {
		return "", nil
	}
	same := func(name string) bool { return viet.Upper(viet.Clean(name)) == viet.Upper(viet.Clean(p.Name)) }
	if unit != nil && viet.Clean(unit.Head) != "" && !same(unit.Head) {
		return viet.Clean(unit.Head), nil
	}
	ss, err := d.St.Signers()
	if err != nil {
		return "", err
	}
	if s, ok := app.DefaultSigner(ss); ok && !same(s.FullName) {
		return viet.Clean(s.FullName), nil
	}
	for _, s := range ss {
		if s.Active && s.IsViceChair() && !same(s.FullName) {
			return viet.Clean(s.FullName), nil
		}
	}
	return "", nil
}

// planOfRound finds the plan a round belongs to.
func (d *Desk) planOfRound(roundID int64) (int64, error) {
	plans, err := d.St.Plans()
	if err != nil {
		return 0, err
	}
	for _, s := range plans {
		p, err := d.St.Plan(s.ID)
		if err != nil {
			return 0, err
		}
		if _, ok := p.RoundByID(roundID); ok {
			return p.ID, nil
		}
	}
	return 0, fmt.Errorf("đợt mã %d: %w", roundID, app.ErrNotFound)
}
