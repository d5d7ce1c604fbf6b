package plancheck

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"thidua/app"
	"thidua/app/viet"
)

// segment is one text of the plan, or an anchor where a missing text would
// go, with where it is printed.
type segment struct {
	key   string // for rules that point at a part of the plan ("form:2")
	where string // Vietnamese location
	text  string // "" for anchors
	spell bool   // checked for misspellings (not personal names)
}

// layout lists the plan's texts in document order, numbered as
// app.Plan.Paragraphs prints them: sections I, II, … skipping empty ones,
// sub-headings 1., 2., letters a), b), c) and award forms lettered under
// their sub-heading.
type layout struct {
	segs []segment
	keys map[string]int
}

// pos returns the index of the segment with the given key (0 if unknown).
func (l *layout) pos(key string) int {
	return l.keys[key]
}

// add appends a segment; a key is remembered the first time it is used.
func (l *layout) add(key, where, text string, spell bool) {
	if key != "" {
		if _, ok := l.keys[key]; !ok {
			l.keys[key] = len(l.segs)
		}
	}
	l.segs = append(l.segs, segment{key: key, where: where, text: text, spell: spell})
}

func newLayout(p *app.Plan, org app.Organisation) *layout {
	l := &layout{keys: map[string]int{}}
	h := p.PrintHeadings()

	l.add("number", "Số, ký hiệu của kế hoạch", "", false)
	dateWhere := "Địa danh, ngày tháng năm ban hành"
	if place := viet.Clean(org.Place); place != "" {
		dateWhere += " (" + place + ", ngày … tháng … năm …)"
	}
	l.add("date", dateWhere, "", false)
	l.add("title", "Tên loại văn bản", p.DocTitle, true)
	l.add("subtitle", "Trích yếu nội dung kế hoạch", p.Subtitle, true)
	l.add("movement", "Tên phong trào thi đua", p.MovementName, true)
	for i, s := range p.LegalBasis {
		l.add(fmt.Sprintf("legal:%d", i), fmt.Sprintf("Căn cứ, dòng %d", i+1), s, true)
	}
	for i, s := range p.Opening {
		l.add(fmt.Sprintf("opening:%d", i), fmt.Sprintf("Phần mở đầu, đoạn %d", i+1), s, true)
	}

	section := 0
	head := func(title string) string {
		section++
		num := viet.Roman(section)
		l.add("", "Mục "+num+" (tiêu đề)", title, true)
		return num
	}

	// I. Purposes and requirements.
	if hasItems(p.Purposes) || hasItems(p.Requirements) {
		num := head(h.Purposes)
		sub := 0
		for _, part := range []struct {
			title string
			items []app.Item
		}{{h.Purpose, p.Purposes}, {h.Requirement, p.Requirements}} {
			if !hasItems(part.items) {
				continue
			}
			sub++
			prefix := num + "." + strconv.Itoa(sub)
			l.add("", "Mục "+prefix+" (tiêu đề)", part.title, true)
			l.items(prefix, short(part.title), part.items, 2)
		}
	}

	// II. Contents.
	if hasItems(p.Contents) {
		num := head(h.Contents)
		l.items(num, sentence(h.Contents), p.Contents, 1)
	}

	// III. Participants and period.
	periodWhere := "Thời gian thi đua (kế hoạch chưa có mục đối tượng, thời gian thi đua)"
	if p.ParticipantsIntro != "" || p.ParticipantsCollective != "" ||
		p.ParticipantsIndividual != "" || p.PeriodText != "" {
		num := head(h.Participants)
		base := "Mục " + num + " — Đối tượng thi đua"
		if p.ParticipantsIntro != "" {
			l.add("", base, p.ParticipantsIntro, true)
		}
		if p.ParticipantsCollective != "" {
			l.add("", base+", tập thể", p.ParticipantsCollective, true)
		}
		if p.ParticipantsIndividual != "" {
			l.add("", base+", cá nhân", p.ParticipantsIndividual, true)
		}
		periodWhere = "Mục " + num + " — Thời gian thi đua"
	}
	l.add("period", periodWhere, p.PeriodText, true)

	// IV. Criteria, collectives first.
	if len(p.Criteria) > 0 {
		num := head(h.Criteria)
		for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
			base := "Mục " + num + " — Tiêu chí đối với " + strings.ToLower(k.Label())
			l.add("criteria:"+string(k), base, "", false)
			n := 0
			for _, cr := range p.Criteria {
				if cr.Kind != k {
					continue
				}
				n++
				where := fmt.Sprintf("%s, tiêu chí thứ %d", base, n)
				l.add("", where, cr.Text, true)
				l.add("", where+" (tên ngắn)", cr.ShortText, true)
			}
		}
	} else {
		for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
			l.add("criteria:"+string(k), "Tiêu chí đối với "+strings.ToLower(k.Label())+
				" (kế hoạch chưa có mục tiêu chí thi đua)", "", false)
		}
	}

	// V. Awards: subjects, standards, forms and quotas.
	if p.AwardSubjects != "" || p.AwardStandards != "" || hasItems(p.StandardItems) || len(p.AwardForms) > 0 {
		num := head(h.Awards)
		sub := 0
		if p.AwardSubjects != "" {
			sub++
			prefix := num + "." + strconv.Itoa(sub)
			l.add("", "Mục "+prefix+" (tiêu đề)", h.AwardSubjects, true)
			l.add("", "Mục "+prefix+" — "+short(h.AwardSubjects), p.AwardSubjects, true)
		}
		if p.AwardStandards != "" || hasItems(p.StandardItems) {
			sub++
			prefix := num + "." + strconv.Itoa(sub)
			l.add("", "Mục "+prefix+" (tiêu đề)", h.AwardStandards, true)
			l.add("", "Mục "+prefix+" — "+short(h.AwardStandards), p.AwardStandards, true)
			l.items(prefix, short(h.AwardStandards), p.StandardItems, 2)
		}
		if len(p.AwardForms) > 0 {
			sub++
			prefix := num + "." + strconv.Itoa(sub)
			l.add("", "Mục "+prefix+" (tiêu đề)", h.AwardForms, true)
			for i, f := range p.AwardForms {
				name := viet.Clean(f.Name)
				if name == "" {
					name = fmt.Sprintf("hình thức khen thưởng thứ %d", i+1)
				}
				where := "Mục " + prefix + "." + viet.Letter(i+1) + " — " + name
				l.add(fmt.Sprintf("form:%d", i), where, f.Name, true)
				l.add("", where+" (tên ngắn)", f.ShortName, true)
				l.add("", where+" (người tặng)", f.Issuer, true)
				for j, q := range f.Quotas {
					l.add(fmt.Sprintf("quota:%d:%d", i, j), where+", "+quotaName(f, j), q.Text.Text, true)
				}
			}
		}
	}

	// VI. Implementation.
	if hasItems(p.Implementation) {
		num := head(h.Implementation)
		l.items(num, sentence(h.Implementation), p.Implementation, 1)
	}

	for i, r := range p.Recipients {
		l.add("", fmt.Sprintf("Nơi nhận, dòng %d", i+1), r, true)
	}
	for i, s := range p.SigningAuthority {
		l.add("", fmt.Sprintf("Phần ký, dòng %d", i+1), s, true)
	}
	return l
}

// items adds a list of items printed under "Mục <prefix>". depth is as in
// app.Plan.Paragraphs: at depth 1 a "#" item is numbered (Mục VI.1), at
// depth 2 lettered (Mục I.1.a). Other items are counted from the last
// sub-heading: "Mục VI.1 — Hội đồng thi đua khen thưởng xã, ý thứ 2".
func (l *layout) items(prefix, title string, items []app.Item, depth int) {
	cur := "Mục " + prefix + " — " + title
	heads, n := 0, 0
	for _, it := range items {
		if strings.TrimSpace(it.Text) == "" {
			continue
		}
		if it.Marker == app.MarkerHeading && depth <= 2 {
			heads++
			num := strconv.Itoa(heads)
			if depth == 2 {
				num = viet.Letter(heads)
			}
			cur = "Mục " + prefix + "." + num + " — " + short(it.Text)
			n = 0
			l.add("", cur, it.Text, true)
			continue
		}
		n++
		l.add("", fmt.Sprintf("%s, ý thứ %d", cur, n), it.Text, true)
	}
}

// quotaName names the j-th quota paragraph of form f: "đoạn khen thưởng hằng
// năm", "đoạn khen thưởng tổng kết", or "đoạn thứ n" for an unknown kind or a
// kind given twice.
func quotaName(f app.AwardForm, j int) string {
	kind := f.Quotas[j].RoundKind
	same := 0
	for _, q := range f.Quotas {
		if q.RoundKind == kind {
			same++
		}
	}
	switch {
	case same == 1 && kind == app.RoundAnnual:
		return "đoạn khen thưởng hằng năm"
	case same == 1 && kind == app.RoundFinal:
		return "đoạn khen thưởng tổng kết"
	}
	return fmt.Sprintf("đoạn thứ %d", j+1)
}

// hasItems reports whether items holds a paragraph with text.
func hasItems(items []app.Item) bool {
	for _, it := range items {
		if strings.TrimSpace(it.Text) != "" {
			return true
		}
	}
	return false
}

// short returns a heading or paragraph for use in a location: cleaned, without
// a trailing colon, cut at a word after about 60 letters.
func short(s string) string {
	s = strings.TrimRight(viet.Clean(s), ":;., ")
	rs := []rune(s)
	if len(rs) <= 60 {
		return s
	}
	cut := 60
	for cut > 30 && !unicode.IsSpace(rs[cut]) {
		cut--
	}
	return strings.TrimRight(string(rs[:cut]), ",;: ") + "…"
}

// sentence turns an upper-case heading ("NỘI DUNG THI ĐUA") into sentence
// case ("Nội dung thi đua") for a location.
func sentence(s string) string {
	rs := []rune(strings.ToLower(short(s)))
	if len(rs) > 0 {
		rs[0] = unicode.ToUpper(rs[0])
	}
	return string(rs)
}
