package planimport

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// awards reads section V: who is awarded, the standards, and the award
// forms (lettered "a) Bằng khen của …:") with one paragraph per round
// giving the quota ("Khen thưởng hằng năm: … cho 01 tập thể và 02 cá
// nhân …").
func (r *reader) awards(name, title string, bs []blk) {
	p := r.plan
	const (
		modeNone = iota
		modeSubjects
		modeStandards
		modeForms
	)
	mode := modeNone
	if strings.HasPrefix(viet.Fold(title), "hinh thuc") {
		mode = modeForms
	}
	var form *app.AwardForm
	for _, b := range bs {
		if b.cells != nil {
			r.unplaced(name, b)
			continue
		}
		kind, _, rest := splitLead(b.text)
		label, text, _ := labelled(rest)
		f := viet.Fold(label)
		if kind == leadNumber || kind == leadNone && b.bold {
			switch {
			case strings.HasPrefix(f, "doi tuong"):
				mode, p.Headings.AwardSubjects, p.AwardSubjects = modeSubjects, label, text
				continue
			case strings.HasPrefix(f, "tieu chuan"):
				mode, p.Headings.AwardStandards, p.AwardStandards = modeStandards, label, text
				r.lastFree, r.lastFreeName = &p.StandardItems, sectionNames[secAwards]
				continue
			case strings.HasPrefix(f, "hinh thuc") || strings.HasPrefix(f, "so luong"):
				mode, p.Headings.AwardForms = modeForms, label
				if text != "" {
					r.unplaced(name, blk{text: text, src: b.src})
				}
				continue
			}
		}
		if isFormHead(kind, rest) {
			mode = modeForms
			p.AwardForms = append(p.AwardForms, newForm(label))
			form = &p.AwardForms[len(p.AwardForms)-1]
			if text != "" {
				r.quota(name, form, blk{text: text, src: b.src})
			}
			continue
		}
		switch {
		case mode == modeForms && form != nil:
			r.quota(name, form, b)
		case mode == modeSubjects && p.AwardSubjects == "":
			p.AwardSubjects = rest
		case mode == modeStandards || mode == modeSubjects:
			p.StandardItems = append(p.StandardItems, item(b))
			r.lastFree, r.lastFreeName = &p.StandardItems, sectionNames[secAwards]
		default:
			r.unplaced(name, b)
		}
	}
	for i := range p.AwardForms {
		r.settleForm(&p.AwardForms[i])
	}
}

// isFormHead reports the heading of one award form: a lettered or
// numbered line that names a form.
func isFormHead(kind int, rest string) bool {
	if kind != leadLetter && kind != leadNumber {
		return false
	}
	f := viet.Fold(rest)
	for _, w := range []string{"bang khen", "giay khen", "danh hieu", "co thi dua", "huan chuong", "ky niem chuong"} {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// newForm starts an award form from its name: "Giấy khen của Chủ tịch
// UBND thị xã" gives the issuer "Chủ tịch Ủy ban nhân dân thị xã", the
// level of a district and the short name "Giấy khen thị xã".
func newForm(name string) app.AwardForm {
	name = strings.TrimSpace(strings.TrimSuffix(name, ":"))
	a := app.AwardForm{Name: name, VoteMethod: app.VoteSecret, VoteBase: app.BaseAllMembers}
	issuer := ""
	if i := strings.Index(name, " của "); i >= 0 {
		issuer = name[i+len(" của "):]
	}
	issuer = expandUBND(issuer)
	a.Issuer = issuer
	level, word := issuerLevel(issuer)
	a.IssuerLevel = level
	if word != "" {
		words := strings.Fields(name)
		if len(words) >= 2 {
			a.ShortName = words[0] + " " + words[1] + " " + word
		}
	}
	// The higher the award, the stricter the council: the seed plan's
	// (and the usual) thresholds, for the clerk to confirm.
	if level == app.LevelProvince {
		a.MinClassification, a.VoteThreshold = app.ClassExcellent, 90
	} else {
		a.MinClassification, a.VoteThreshold = app.ClassGood, 70
	}
	return a
}

var ubndRe = regexp.MustCompile(`\bUBND\b`)

func expandUBND(s string) string { return ubndRe.ReplaceAllString(s, "Ủy ban nhân dân") }

// issuerLevel tells the level of an issuer from the kind of unit it names,
// and that unit's word as written ("tỉnh", "thị xã", "xã").
func issuerLevel(issuer string) (app.Level, string) {
	words := strings.Fields(issuer)
	folded := strings.Fields(viet.Fold(issuer))
	units := []struct {
		fold  string
		level app.Level
	}{
		{"thi xa", app.LevelDistrict}, {"thi tran", app.LevelCommune}, {"thanh pho", app.LevelDistrict},
		{"tinh", app.LevelProvince}, {"huyen", app.LevelDistrict}, {"quan", app.LevelDistrict},
		{"xa", app.LevelCommune}, {"phuong", app.LevelCommune},
	}
	for i := range folded {
		for _, u := range units {
			uw := strings.Fields(u.fold)
			if i+len(uw) <= len(folded) && strings.Join(folded[i:i+len(uw)], " ") == u.fold && len(words) == len(folded) {
				return u.level, strings.Join(words[i:i+len(uw)], " ")
			}
		}
	}
	return app.LevelProvince, ""
}

var (
	quotaRe = regexp.MustCompile(`\b(\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(tap the|ca nhan)(\s*(?:,|hoac|va|\/)\s*(?:ca nhan|tap the))?`)
	// numberWords are the numbers a quota may be written in, folded.
	numberWords = map[string]int{"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
	roundWords  = regexp.MustCompile(`\b(hang nam|moi nam|tong ket|so ket)\b`)
)

// quota reads one paragraph under an award form: the round it is for and
// how many collectives and individuals may receive the form.
func (r *reader) quota(name string, a *app.AwardForm, b blk) {
	it := item(b)
	f := viet.Fold(it.Text)
	q := app.Quota{Text: it}
	found := false
	for _, at := range quotaRe.FindAllStringSubmatchIndex(f, -1) {
		m := submatches(f, at)
		n, err := strconv.Atoi(m[1])
		if err != nil {
			// "năm" after "hằng", "mỗi", "trong" is the year, not five.
			if before := strings.Fields(f[:at[0]]); m[1] == "nam" && len(before) > 0 &&
				slices.Contains([]string{"hang", "moi", "trong", "cac", "nhung"}, before[len(before)-1]) {
				continue
			}
			n = numberWords[m[1]]
		}
		found = true
		switch {
		case m[3] != "":
			q.Total += n
		case m[2] == "tap the":
			q.Collectives += n
		default:
			q.Individuals += n
		}
	}
	if !found {
		r.unplaced(name, b)
		return
	}
	q.AtMost = strings.Contains(f, "khong qua") || strings.Contains(f, "toi da")
	switch m := roundWords.FindString(f); m {
	case "tong ket", "so ket":
		q.RoundKind = app.RoundFinal
	case "":
		q.RoundKind = app.RoundAnnual
		if _, dup := a.QuotaFor(app.RoundAnnual); dup {
			q.RoundKind = app.RoundFinal
		}
		r.note("%s: đoạn “%s” không nói là khen thưởng hằng năm hay tổng kết, đã ghi là %s.", a.Name, short(it.Text), strings.ToLower(q.RoundKind.Label()))
	default:
		q.RoundKind = app.RoundAnnual
	}
	if q.Total > 0 && (q.Collectives > 0 || q.Individuals > 0) {
		q.Total += q.Collectives + q.Individuals
		q.Collectives, q.Individuals = 0, 0
	}
	if _, dup := a.QuotaFor(q.RoundKind); dup {
		r.unplaced(name, b)
		return
	}
	a.Quotas = append(a.Quotas, q)
}

// submatches returns the texts of a match's groups from their indexes.
func submatches(s string, at []int) []string {
	out := make([]string, len(at)/2)
	for i := range out {
		if at[2*i] >= 0 {
			out[i] = s[at[2*i]:at[2*i+1]]
		}
	}
	return out
}

// settleForm sets whom a form is for from its quotas: both kinds unless
// the quotas name only one.
func (r *reader) settleForm(a *app.AwardForm) {
	coll, ind := false, false
	for _, q := range a.Quotas {
		coll = coll || q.Collectives > 0 || q.Total > 0
		ind = ind || q.Individuals > 0 || q.Total > 0
	}
	if !coll && !ind {
		coll, ind = true, true
	}
	a.ForCollectives, a.ForIndividuals = coll, ind
	if a.Issuer == "" {
		r.note("%s: không thấy cấp khen thưởng (“của …”), đã ghi là cấp tỉnh — hãy xem lại.", a.Name)
	}
}

// short cuts a text for a note.
func short(s string) string {
	rs := []rune(s)
	if len(rs) <= 60 {
		return s
	}
	return string(rs[:57]) + "…"
}
