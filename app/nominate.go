package app

import (
	"fmt"
	"strings"
)

// Refusal is a reason a nomination breaks the plan's rules or the law's
// principles. Rule names the check; Message says it in Vietnamese.
type Refusal struct {
	Rule    string
	Message string
}

// Nomination rules.
const (
	RuleKind       = "kind"
	RuleArchived   = "archived"
	RuleSuspended  = "suspended"
	RuleDuplicate  = "duplicate"
	RuleIncomplete = "incomplete"
	RuleClass      = "classification"
	RuleQuota      = "quota"
	RuleNoQuota    = "no-quota"
	RuleDistrict   = "district"
)

// activeStatus reports whether a nomination still counts against a quota.
func activeStatus(s string) bool {
	return s != NomWithdrawn && s != NomFailed && s != NomRejected
}

// Fits reports whether one more nomination of kind k fits the quota, given
// how many collectives and individuals already count against it. Every
// quota is a maximum ("đúng" and "không quá" alike).
func (q Quota) Fits(collectives, individuals int, k Kind) bool {
	if q.Combined() {
		return collectives+individuals+1 <= q.Total
	}
	if k == KindCollective {
		return collectives+1 <= q.Collectives
	}
	return individuals+1 <= q.Individuals
}

// Used counts the nominations of form in round that count against its quota.
func Used(noms []Nomination, parts map[int64]Participant, formID, roundID int64) (collectives, individuals int) {
	for _, n := range noms {
		if n.AwardFormID != formID || n.RoundID != roundID || !activeStatus(n.Status) {
			continue
		}
		if parts[n.ParticipantID].Kind == KindCollective {
			collectives++
		} else {
			individuals++
		}
	}
	return
}

// CheckNomination lists every rule that nominating part for form in round
// breaks. row is the participant's result in the round (nil when not
// scored); noms are the round's nominations; parts resolves their kinds.
func CheckNomination(form AwardForm, round Round, part Participant, row *RankRow, noms []Nomination, parts map[int64]Participant) []Refusal {
	var rs []Refusal
	add := func(rule, format string, args ...any) {
		rs = append(rs, Refusal{rule, fmt.Sprintf(format, args...)})
	}
	if !form.Allows(part.Kind) {
		add(RuleKind, "%s không dành cho %s", form.Name, strings.ToLower(part.Kind.Label()))
	}
	if part.Archived {
		add(RuleArchived, "%s đã lưu trữ, không còn tham gia phong trào", part.Name)
	}
	if part.Suspended {
		add(RuleSuspended, "%s đang bị xem xét kỷ luật, thanh tra hoặc giải quyết khiếu nại (%s): chưa được đề nghị khen thưởng",
			part.Name, orNone(part.SuspendedNote))
	}
	for _, n := range noms {
		if n.ParticipantID == part.ID && n.AwardFormID == form.ID && n.RoundID == round.ID && activeStatus(n.Status) {
			add(RuleDuplicate, "%s đã được đề nghị %s trong đợt này", part.Name, form.Name)
			break
		}
	}
	switch {
	case row == nil || !row.Complete:
		add(RuleIncomplete, "%s chưa đủ điểm hội đồng ở đợt này", part.Name)
	case form.MinClassification != "" && row.Class.Rank() < form.MinClassification.Rank():
		add(RuleClass, "%s xếp loại %s, %s cần từ %s trở lên", part.Name, row.Class.Label(), form.Name, form.MinClassification.Label())
	}
	// A round that starts after the district level ended has no district
	// to award anything.
	if form.IssuerLevel == LevelDistrict && round.StartsOn > DistrictEnd {
		add(RuleDistrict, "%s", districtGoneText(form))
	}
	if !form.Allows(part.Kind) {
		return rs
	}
	q, ok := form.QuotaFor(round.Kind)
	if !ok {
		add(RuleNoQuota, "kế hoạch không có số lượng %s cho đợt %s", form.Name, strings.ToLower(round.Kind.Label()))
		return rs
	}
	cols, inds := Used(noms, parts, form.ID, round.ID)
	if !q.Fits(cols, inds, part.Kind) {
		add(RuleQuota, "vượt số lượng %s của đợt: %s, đã đề nghị %d tập thể, %d cá nhân", form.Name, QuotaText(q), cols, inds)
	}
	return rs
}

// QuotaText words a quota as a plan does: "01 tập thể và 02 cá nhân",
// "không quá 01 tập thể, cá nhân".
func QuotaText(q Quota) string {
	var s string
	switch {
	case q.Combined():
		s = fmt.Sprintf("%02d tập thể, cá nhân", q.Total)
	case q.Collectives > 0 && q.Individuals > 0:
		s = fmt.Sprintf("%02d tập thể và %02d cá nhân", q.Collectives, q.Individuals)
	case q.Collectives > 0:
		s = fmt.Sprintf("%02d tập thể", q.Collectives)
	case q.Individuals > 0:
		s = fmt.Sprintf("%02d cá nhân", q.Individuals)
	default:
		return "không có"
	}
	if q.AtMost {
		return "không quá " + s
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "không ghi rõ"
	}
	return s
}

// transitions are the nomination lifecycle's allowed steps.
var transitions = map[string][]string{
	NomDraft:    {NomPassed, NomFailed, NomWithdrawn},
	NomPassed:   {NomProposed, NomAwarded, NomWithdrawn},
	NomFailed:   {},
	NomProposed: {NomAwarded, NomRejected},
}

// CanTransition reports whether a nomination may go from status from to
// status to. A decided nomination (awarded, rejected) changes only through
// an explicit correction that keeps the old record.
func CanTransition(from, to string) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// StatusLabel names a nomination status in Vietnamese.
func StatusLabel(s string) string {
	return map[string]string{NomDraft: "dự kiến", NomPassed: "đã bình xét: đạt", NomFailed: "đã bình xét: không đạt",
		NomProposed: "đã trình", NomAwarded: "đã khen thưởng", NomRejected: "không được duyệt", NomWithdrawn: "đã rút"}[s]
}
