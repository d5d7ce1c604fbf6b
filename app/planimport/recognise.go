package planimport

import (
	"fmt"
	"regexp"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// The parts of a plan, in the order offices write them.
const (
	secUnknown = iota
	secPurposes
	secContents
	secParticipants
	secCriteria
	secAwards
	secImplementation
)

// sectionKind classifies a section heading by its words.
func sectionKind(title string) int {
	f := viet.Fold(title)
	switch {
	case strings.Contains(f, "to chuc thuc hien"):
		return secImplementation
	case strings.Contains(f, "khen thuong") || strings.Contains(f, "hinh thuc"):
		return secAwards
	case strings.Contains(f, "tieu chi") || strings.Contains(f, "thang diem") || strings.Contains(f, "tieu chuan thi dua"):
		return secCriteria
	case strings.Contains(f, "doi tuong") || strings.Contains(f, "thoi gian"):
		return secParticipants
	case strings.Contains(f, "noi dung"):
		return secContents
	case strings.Contains(f, "muc dich") || strings.Contains(f, "yeu cau"):
		return secPurposes
	}
	return secUnknown
}

// section is the paragraphs under one heading of the body.
type section struct {
	kind   int
	title  string // the heading without its numeral
	head   blk
	blocks []blk
}

// reader holds the recognition of one document.
type reader struct {
	res  *Result
	plan *app.Plan
	// parts collects the source of each part of the review by name, in
	// the order first seen.
	partNames []string
	partSrc   map[string][]string
	// lastFree is the item list unplaced text goes to.
	lastFree     *[]app.Item
	lastFreeName string
	pointsGiven  int
}

func (r *reader) source(part string, b blk) {
	if _, ok := r.partSrc[part]; !ok {
		r.partNames = append(r.partNames, part)
	}
	r.partSrc[part] = append(r.partSrc[part], b.src)
}

// unplaced keeps a paragraph that fits nowhere as free text and lists it.
func (r *reader) unplaced(sectionName string, b blk) {
	text := b.text
	if r.lastFree == nil {
		r.plan.Opening = append(r.plan.Opening, text)
		r.res.Unplaced = append(r.res.Unplaced, Unplaced{Text: text, KeptIn: "Mở đầu", Section: sectionName})
		return
	}
	// Numbers and letters stay in the text: the list they join numbers
	// its own headings.
	it := item(b)
	if it.Marker == app.MarkerHeading {
		it = app.Item{Text: text}
	}
	*r.lastFree = append(*r.lastFree, it)
	r.res.Unplaced = append(r.res.Unplaced, Unplaced{Text: text, KeptIn: r.lastFreeName, Section: sectionName})
}

func (r *reader) note(format string, args ...any) {
	r.res.Notes = append(r.res.Notes, fmt.Sprintf(format, args...))
}

// recognise reads the structure of the plan from the lines of the source.
func recognise(lines []line) (*Result, error) {
	bs := paragraphs(lines)
	p := &app.Plan{Status: app.PlanActive, Headings: app.DefaultHeadings, Thresholds: app.DefaultThresholds}
	r := &reader{res: &Result{Plan: p}, plan: p, partSrc: map[string][]string{}}

	i := r.header(bs)
	i = r.titleAndPreamble(bs, i)
	secs, tail := splitSections(bs[i:])
	known := 0
	for _, s := range secs {
		if s.kind != secUnknown {
			known++
		}
	}
	if known < 2 {
		return nil, ErrNotPlan
	}
	for _, s := range secs {
		r.section(s)
	}
	r.closing(tail)
	r.finishPlan()
	r.parts()
	return r.res, nil
}

var (
	numberLineRe = regexp.MustCompile(`(?i)^s[ốôo]\s*[:.]?\s*(\d*)\s*/\s*(\S+)`)
	dateLineRe   = regexp.MustCompile(`^(.*?),?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
)

// header reads what comes before the title "KẾ HOẠCH": the issuer and its
// parent, the national motto, the number and the date. Offices set it in a
// table of two columns or as lines; both are read line by line. It returns
// the index of the title.
func (r *reader) header(bs []blk) int {
	title := -1
	for i, b := range bs {
		if b.cells == nil && isTitle(b.text) {
			title = i
			break
		}
		if i > 30 {
			break
		}
	}
	if title < 0 {
		return 0
	}
	var issuer []string
	for _, b := range bs[:title] {
		r.source("Cơ quan ban hành, số và ngày", b)
		texts := []string{b.text}
		if b.cells != nil {
			texts = nil
			for _, c := range b.cells {
				texts = append(texts, c...)
			}
		}
		for _, t := range texts {
			f := viet.Fold(t)
			switch {
			case strings.HasPrefix(f, "cong hoa") || strings.HasPrefix(f, "doc lap"):
			case numberLineRe.MatchString(t):
				m := numberLineRe.FindStringSubmatch(t)
				r.res.Source.Number, r.res.Source.Symbol = m[1], strings.TrimRight(m[2], ".,;")
			case dateLineRe.MatchString(t):
				m := dateLineRe.FindStringSubmatch(t)
				r.res.Source.Place = strings.TrimSpace(m[1])
				if d, err := viet.ParseDate(m[2] + "/" + m[3] + "/" + m[4]); err == nil {
					r.res.Source.Date = viet.ISO(d)
				}
			case isCaps(t) && !rule(t):
				issuer = append(issuer, t)
			}
		}
	}
	// "ỦY BAN NHÂN DÂN" over "XÃ HÒA PHONG" is one name; two full names
	// are the parent over the issuer.
	for i := 0; i+1 < len(issuer); i++ {
		if f := viet.Fold(issuer[i]); f == "uy ban nhan dan" || f == "ubnd" {
			issuer[i] += " " + issuer[i+1]
			issuer = append(issuer[:i+1], issuer[i+2:]...)
		}
	}
	switch len(issuer) {
	case 0:
	case 1:
		r.res.Source.Issuer = issuer[0]
	default:
		r.res.Source.Parent = strings.Join(issuer[:len(issuer)-1], " ")
		r.res.Source.Issuer = issuer[len(issuer)-1]
	}
	if r.res.Source.Symbol != "" {
		r.plan.Symbol = r.res.Source.Symbol
	}
	return title
}

// isTitle reports the document's title line: "KẾ HOẠCH".
func isTitle(t string) bool {
	return viet.Fold(t) == "ke hoach" && isCaps(t)
}

// titleAndPreamble reads the title, the subtitle (trích yếu) with the
// movement's name, the legal basis and the opening paragraphs, up to the
// first section. It returns the index of the first section heading.
func (r *reader) titleAndPreamble(bs []blk, i int) int {
	p := r.plan
	const part = "Tên văn bản, trích yếu"
	if i < len(bs) && isTitle(bs[i].text) {
		p.DocTitle = bs[i].text
		r.source(part, bs[i])
		i++
		var sub []string
		for ; i < len(bs) && len(sub) < 4; i++ {
			b := bs[i]
			if b.cells != nil || legalStart(b.text) || sectionHead(b) || len(sub) > 0 && !continuesSubtitle(sub, b) {
				break
			}
			sub = append(sub, b.text)
			r.source(part, b)
		}
		p.Subtitle = strings.Join(sub, " ")
	}
	p.MovementName = movementName(p.Subtitle)
	for ; i < len(bs); i++ {
		b := bs[i]
		if sectionHead(b) {
			break
		}
		r.source("Căn cứ, mở đầu", b)
		switch {
		case b.cells != nil:
			r.unplaced("Mở đầu", b)
		case legalStart(b.text) && len(p.Opening) == 0:
			p.LegalBasis = append(p.LegalBasis, b.text)
		default:
			p.Opening = append(p.Opening, b.text)
		}
	}
	if p.MovementName == "" {
		for _, s := range append(append([]string{}, p.LegalBasis...), p.Opening...) {
			if m := movementName(s); m != "" {
				p.MovementName = m
				break
			}
		}
	}
	return i
}

// continuesSubtitle reports whether b goes on with the subtitle: it starts
// in lower case, or the subtitle so far has no closing quote for the
// movement's name.
func continuesSubtitle(sub []string, b blk) bool {
	s := strings.Join(sub, " ")
	return startsLower(b.text) || strings.Count(s, "“") > strings.Count(s, "”")
}

var quotedRe = regexp.MustCompile(`[“"]([^”"]{6,})[”"]`)

// movementName is the quoted name in a subtitle, or the subtitle without
// "Phát động phong trào thi đua" when nothing is quoted.
func movementName(s string) string {
	if m := quotedRe.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	f := viet.Fold(s)
	for _, lead := range []string{"phat dong phong trao thi dua ", "phong trao thi dua "} {
		if strings.HasPrefix(f, lead) {
			return strings.TrimSpace(string([]rune(s)[len([]rune(lead)):]))
		}
	}
	return ""
}

// sectionHead reports a heading of the body: a Roman numeral, or a heading
// in capitals that names a part of a plan.
func sectionHead(b blk) bool {
	if b.cells != nil {
		return false
	}
	kind, _, rest := splitLead(b.text)
	if kind == leadRoman {
		return true
	}
	if !isCaps(rest) || len(strings.Fields(rest)) > 16 || kind == leadDash || kind == leadPlus {
		return false
	}
	return sectionKind(rest) != secUnknown && !signatureLine(rest)
}

// closingStart reports the start of the end matter: "Nơi nhận" or the
// signature block.
func closingStart(b blk) bool {
	if b.cells != nil {
		return len(b.cells) > 0 && len(b.cells[0]) > 0 && strings.HasPrefix(viet.Fold(b.cells[0][0]), "noi nhan")
	}
	return strings.HasPrefix(viet.Fold(b.text), "noi nhan") || signatureRe.MatchString(b.text)
}

// splitSections cuts the body at its headings and returns the sections and
// the end matter (recipients, signature).
func splitSections(bs []blk) ([]section, []blk) {
	var secs []section
	for i, b := range bs {
		if closingStart(b) {
			return secs, bs[i:]
		}
		if sectionHead(b) {
			_, _, rest := splitLead(b.text)
			title := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), ":"))
			secs = append(secs, section{kind: sectionKind(title), title: title, head: b})
			continue
		}
		if len(secs) == 0 {
			secs = append(secs, section{})
		}
		secs[len(secs)-1].blocks = append(secs[len(secs)-1].blocks, b)
	}
	return secs, nil
}

// sectionNames are the review's names of the parts.
var sectionNames = map[int]string{
	secPurposes: "Mục đích, yêu cầu", secContents: "Nội dung thi đua", secParticipants: "Đối tượng, thời gian thi đua",
	secCriteria: "Tiêu chí thi đua", secAwards: "Khen thưởng", secImplementation: "Tổ chức thực hiện",
}

func (r *reader) section(s section) {
	name := sectionNames[s.kind]
	if name == "" {
		name = "Mục khác: " + s.title
	}
	r.source(name, s.head)
	for _, b := range s.blocks {
		r.source(name, b)
	}
	h := &r.plan.Headings
	switch s.kind {
	case secPurposes:
		h.Purposes = s.title
		r.purposes(s.blocks)
	case secContents:
		h.Contents = s.title
		r.lastFree, r.lastFreeName = &r.plan.Contents, name
		r.items(name, s.blocks, &r.plan.Contents)
	case secParticipants:
		h.Participants = s.title
		r.participants(name, s.blocks)
	case secCriteria:
		h.Criteria = s.title
		r.criteria(name, s.blocks)
	case secAwards:
		h.Awards = s.title
		r.awards(name, s.title, s.blocks)
	case secImplementation:
		h.Implementation = s.title
		r.lastFree, r.lastFreeName = &r.plan.Implementation, name
		r.items(name, s.blocks, &r.plan.Implementation)
	default:
		// A section the plan has no place for keeps its heading and text
		// where free text goes.
		if s.title != "" {
			r.unplaced(name, blk{text: s.title, src: s.head.src})
		}
		for _, b := range s.blocks {
			r.unplaced(name, b)
		}
	}
}

// item turns a paragraph into an item of a list: a numbered or lettered
// paragraph is a sub-heading "#" (the printer numbers it again), bullets
// keep their marker, anything else is a plain paragraph.
func item(b blk) app.Item {
	kind, _, rest := splitLead(b.text)
	switch kind {
	case leadDash:
		return app.Item{Marker: app.MarkerDash, Text: rest}
	case leadPlus:
		return app.Item{Marker: app.MarkerPlus, Text: rest}
	case leadNumber, leadLetter:
		return app.Item{Marker: app.MarkerHeading, Text: rest}
	}
	return app.Item{Text: b.text}
}

// items appends the paragraphs to list; table rows are kept as plain
// paragraphs, their cells joined.
func (r *reader) items(name string, bs []blk, list *[]app.Item) {
	for _, b := range bs {
		if b.cells != nil {
			r.unplaced(name, b)
			continue
		}
		*list = append(*list, item(b))
	}
}

// purposes reads section I: "1. Mục đích" and "2. Yêu cầu" with their
// items; without those sub-headings everything is a purpose.
func (r *reader) purposes(bs []blk) {
	p := r.plan
	list := &p.Purposes
	name := sectionNames[secPurposes]
	r.lastFree, r.lastFreeName = list, name
	for _, b := range bs {
		kind, _, rest := splitLead(b.text)
		title := strings.TrimSpace(strings.TrimSuffix(rest, ":"))
		// "1. Mục đích", or "Mục đích" alone on its line.
		if (kind == leadNumber || kind == leadNone && !endsSentence(rest)) && len(strings.Fields(title)) <= 4 {
			switch f := viet.Fold(title); {
			case strings.HasPrefix(f, "muc dich"):
				p.Headings.Purpose, list = title, &p.Purposes
				r.lastFree = list
				continue
			case strings.HasPrefix(f, "yeu cau"):
				p.Headings.Requirement, list = title, &p.Requirements
				r.lastFree = list
				continue
			}
		}
		r.items(name, []blk{b}, list)
	}
}

// labelled splits "Label: text" at its first colon.
func labelled(s string) (label, text string, ok bool) {
	i := strings.Index(s, ":")
	if i < 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]), true
}

// participants reads section III: who competes (collectives, individuals)
// and the period.
func (r *reader) participants(name string, bs []blk) {
	p := r.plan
	var last *string
	for _, b := range bs {
		if b.cells != nil {
			r.unplaced(name, b)
			continue
		}
		_, _, rest := splitLead(b.text)
		label, text, hasColon := labelled(rest)
		switch f := viet.Fold(label); {
		case strings.HasPrefix(f, "tap the") && hasColon:
			p.ParticipantsCollective, last = text, &p.ParticipantsCollective
		case strings.HasPrefix(f, "ca nhan") && hasColon:
			p.ParticipantsIndividual, last = text, &p.ParticipantsIndividual
		case strings.HasPrefix(f, "thoi gian"):
			p.PeriodText, last = text, &p.PeriodText
		case strings.HasPrefix(f, "doi tuong") && p.ParticipantsIntro == "":
			p.ParticipantsIntro, last = rest, nil
			if hasColon && text == "" {
				p.ParticipantsIntro = label
			}
		case last != nil && *last == "":
			*last = rest
		default:
			r.unplaced(name, b)
		}
	}
}
