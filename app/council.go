package app

import (
	"strings"

	"thidua/app/viet"
)

// RoleLabel names a council role in Vietnamese.
func RoleLabel(role string) string {
	return map[string]string{RoleChair: "Chủ tịch Hội đồng", RoleViceChair: "Phó Chủ tịch Hội đồng",
		RoleMember: "Ủy viên", RoleSecretary: "Thư ký"}[role]
}

// ValidateCouncilMember cleans m and checks it: a name and a known role.
func ValidateCouncilMember(m *CouncilMember) error {
	m.FullName, m.Office = viet.Clean(m.FullName), viet.Clean(m.Office)
	var ps Problems
	if m.FullName == "" {
		ps.Add("Họ và tên", "chưa nhập họ và tên thành viên hội đồng")
	}
	if RoleLabel(m.Role) == "" {
		ps.Add("Vai trò", "vai trò %q không có; chọn Chủ tịch, Phó Chủ tịch, Ủy viên hoặc Thư ký", m.Role)
	}
	return ps.Err()
}

// ValidateMeeting cleans m and checks it: a date and time, a chair and a
// secretary among those present, and a council to count the quorum on.
func ValidateMeeting(m *Meeting) error {
	m.Place, m.Note = viet.Clean(m.Place), viet.CleanText(m.Note)
	var ps Problems
	if _, err := viet.ParseISO(dateOf(m.HeldAt)); err != nil {
		ps.Add("Thời gian họp", "chưa có ngày họp hợp lệ (dd/mm/yyyy)")
	}
	checkDay(&ps, "Thời gian họp", "ngày họp", dateOf(m.HeldAt), meetingsAhead)
	checkClock(&ps, "Thời gian họp", m.HeldAt)
	present := map[int64]bool{}
	for _, a := range m.Attendees {
		if present[a] {
			ps.Add("Thành viên dự họp", "một thành viên được ghi hai lần")
		}
		present[a] = true
	}
	if m.ChairID == 0 || !present[m.ChairID] {
		ps.Add("Chủ trì", "chọn người chủ trì trong số thành viên có mặt")
	}
	if m.SecretaryID == 0 || !present[m.SecretaryID] {
		ps.Add("Thư ký", "chọn thư ký cuộc họp trong số thành viên có mặt")
	}
	if m.MembersTotal < len(m.Attendees) {
		ps.Add("Thành viên dự họp", "số có mặt (%d) nhiều hơn số thành viên hội đồng (%d)", len(m.Attendees), m.MembersTotal)
	}
	return ps.Err()
}

// Date returns the ISO date the meeting was held on.
func (m Meeting) Date() string { return dateOf(m.HeldAt) }

// dateOf returns the date part of an ISO date-time ("2025-12-15 14:00").
func dateOf(at string) string {
	d, _, _ := strings.Cut(strings.TrimSpace(at), " ")
	d, _, _ = strings.Cut(d, "T")
	return d
}

// ServingMembers are the IDs of the members now serving on the council.
func ServingMembers(council []CouncilMember) []int64 {
	var out []int64
	for _, m := range council {
		if m.Active {
			out = append(out, m.ID)
		}
	}
	return out
}

// Recused returns the council members who do not vote on a nomination of
// part: the member who is the nominee, and the members who belong to the
// nominated collective. present, when not nil, keeps only those present.
func Recused(council []CouncilMember, part Participant, present map[int64]bool) []int64 {
	var out []int64
	for _, m := range council {
		if present != nil && !present[m.ID] {
			continue
		}
		if (m.ParticipantID != 0 && m.ParticipantID == part.ID) ||
			(part.Kind == KindCollective && m.CollectiveID != 0 && m.CollectiveID == part.ID) {
			out = append(out, m.ID)
		}
	}
	return out
}

// MeetingTally is the outcome of a vote on a nomination of part at meeting
// m, with the recusals it counted: every recused member leaves an
// all-members base, the present ones leave a present-members base. The
// quorum counts everyone present.
func MeetingTally(form AwardForm, m Meeting, council []CouncilMember, part Participant, votesFor int) (VoteOutcome, []int64) {
	present := map[int64]bool{}
	for _, a := range m.Attendees {
		present[a] = true
	}
	var active []CouncilMember
	for _, c := range council {
		if c.Active || present[c.ID] {
			active = append(active, c)
		}
	}
	all := Recused(active, part, nil)
	here := Recused(active, part, present)
	recused := len(all)
	if form.VoteBase == BasePresent {
		recused = len(here)
	}
	// A council is never smaller than the meeting (an old record without
	// its size counts those present).
	members := max(m.MembersTotal, len(m.Attendees))
	return Tally(form, members, len(m.Attendees), recused, votesFor), here
}

// ValidateVote checks the counts the secretary typed for a vote where
// voters members could vote (present, not recused): ballots issued to at
// most the voters, returned at most issued, valid at most returned, for
// and against at most valid; by show of hands, for and against at most
// the voters.
func ValidateVote(v Vote, voters int) error {
	var ps Problems
	if v.Issued < 0 || v.Returned < 0 || v.Valid < 0 || v.For < 0 || v.Against < 0 {
		ps.Add("Số phiếu", "các con số không được âm")
		return ps.Err()
	}
	switch v.Method {
	case VoteSecret:
		if v.Issued > voters {
			ps.Add("Số phiếu phát ra", "%d phiếu nhưng chỉ %d thành viên được bỏ phiếu", v.Issued, voters)
		}
		if v.Returned > v.Issued {
			ps.Add("Số phiếu thu vào", "%d phiếu thu vào, nhiều hơn %d phiếu phát ra", v.Returned, v.Issued)
		}
		if v.Valid > v.Returned {
			ps.Add("Số phiếu hợp lệ", "%d phiếu hợp lệ, nhiều hơn %d phiếu thu vào", v.Valid, v.Returned)
		}
		if v.For+v.Against > v.Valid {
			ps.Add("Số phiếu đồng ý", "đồng ý %d + không đồng ý %d nhiều hơn %d phiếu hợp lệ", v.For, v.Against, v.Valid)
		}
	case VoteHands:
		if v.For+v.Against > voters {
			ps.Add("Số biểu quyết", "đồng ý %d + không đồng ý %d nhiều hơn %d thành viên được biểu quyết", v.For, v.Against, voters)
		}
	default:
		ps.Add("Hình thức", "hình thức biểu quyết %q không có", v.Method)
	}
	return ps.Err()
}

// ValidateDecision cleans d and checks it: an outcome, a number, a date
// and an issuer for an award, a reason for a refusal.
func ValidateDecision(d *Decision) error {
	d.Number, d.Issuer = viet.Clean(d.Number), viet.Clean(d.Issuer)
	d.Reason, d.CorrectionReason = viet.CleanText(d.Reason), viet.CleanText(d.CorrectionReason)
	var ps Problems
	switch d.Outcome {
	case OutcomeAwarded:
		if d.Number == "" {
			ps.Add("Số quyết định", "chưa nhập số quyết định (ví dụ 125/QĐ-UBND)")
		}
		if _, err := viet.ParseISO(d.DecidedOn); err != nil {
			ps.Add("Ngày quyết định", "chưa có ngày ký quyết định hợp lệ (dd/mm/yyyy)")
		}
		checkDay(&ps, "Ngày quyết định", "ngày ký quyết định", d.DecidedOn, 0)
		if d.Issuer == "" {
			ps.Add("Cấp quyết định", "chưa nhập ai ký quyết định (ví dụ Chủ tịch UBND tỉnh)")
		}
	case OutcomeRejected:
		if d.Reason == "" {
			ps.Add("Lý do", "ghi lý do cấp trên không duyệt")
		}
	default:
		ps.Add("Kết quả", "kết quả %q không có; chọn đã khen thưởng hoặc không được duyệt", d.Outcome)
	}
	return ps.Err()
}

// OutcomeStatus is the nomination status a decision's outcome gives.
func OutcomeStatus(outcome string) string {
	if outcome == OutcomeAwarded {
		return NomAwarded
	}
	return NomRejected
}

// RefusedError is a nomination refused by the plan's rules; nothing was
// stored.
type RefusedError struct {
	Refusals []Refusal
	// Forceable tells whether a written reason would let it through.
	Forceable bool
}

// Error lists the reasons, one per line.
func (e *RefusedError) Error() string {
	lines := []string{"không đề nghị được:"}
	for _, r := range e.Refusals {
		lines = append(lines, "  - "+r.Message)
	}
	if e.Forceable {
		lines = append(lines, "Nếu Hội đồng vẫn đề nghị, ghi lý do (lý do được lưu vào nhật ký và biên bản).")
	}
	return strings.Join(lines, "\n")
}

// Forceable reports whether a written reason may override every refusal
// in rs: a wrong kind for the form, a duplicate and an award of a
// district level that no longer exists can never be forced, the rest (quota, classification, scores, archived, suspended) can.
func Forceable(rs []Refusal) bool {
	for _, r := range rs {
		if r.Rule == RuleKind || r.Rule == RuleDuplicate || r.Rule == RuleDistrict {
			return false
		}
	}
	return true
}

// MeetingTitle names a meeting for lists: "15/12/2025 14:00 — Hội trường UBND".
func MeetingTitle(m Meeting) string {
	s := viet.DisplayISO(dateOf(m.HeldAt))
	if _, t, ok := strings.Cut(strings.TrimSpace(m.HeldAt), " "); ok {
		s += " " + t
	}
	if m.Place != "" {
		s += " — " + m.Place
	}
	return s
}

// Seat records the council's serving members as present at m, but for
// those in away, with the first chair and secretary among them presiding
// and taking the minutes (the clerk changes them when others did).
func (m *Meeting) Seat(council []CouncilMember, away map[int64]bool) {
	for _, c := range council {
		if !c.Active || away[c.ID] {
			continue
		}
		m.Attendees = append(m.Attendees, c.ID)
		if c.Role == RoleChair && m.ChairID == 0 {
			m.ChairID = c.ID
		}
		if c.Role == RoleSecretary && m.SecretaryID == 0 {
			m.SecretaryID = c.ID
		}
	}
}
