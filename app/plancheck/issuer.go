package plancheck

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"thidua/app"
	"thidua/app/viet"
)

// levelNational is the level of the Chủ tịch nước and the Thủ tướng Chính
// phủ. It is not an app.Level: plans only name it in award forms.
const levelNational app.Level = "trung_uong"

// reformDate is the day district-level government ceased to exist (two-tier
// local government; Nghị định 129/2025/NĐ-CP moved the district chairman's
// commendation powers to the commune chairman).
const reformDate = "2025-07-01"

// issuer is an issuing authority named in a text.
type issuer struct {
	level app.Level
	unit  string // the unit word as printed: "tỉnh", "thị xã", "xã", …
	// ambiguous is set for "thành phố" without a name telling a centrally-run
	// city from a city of a province: level is then a guess and the issuer
	// is compatible with both province and district level.
	ambiguous bool
	chair     bool // "Chủ tịch …" rather than the committee itself
	national  string
}

// display returns the issuer in full: "Chủ tịch Ủy ban nhân dân thị xã".
func (is issuer) display() string {
	if is.level == levelNational {
		return is.national
	}
	s := "Ủy ban nhân dân " + is.unit
	if is.chair {
		s = "Chủ tịch " + s
	}
	return s
}

// unitWords maps the folded unit word to its printed form and level. The
// regular expression tries longer words first, so "thị xã" is never read as
// "xã".
var unitWords = map[string]struct {
	printed string
	level   app.Level
}{
	"tinh":      {"tỉnh", app.LevelProvince},
	"thanh pho": {"thành phố", app.LevelDistrict}, // see issuerAt
	"thi xa":    {"thị xã", app.LevelDistrict},
	"huyen":     {"huyện", app.LevelDistrict},
	"quan":      {"quận", app.LevelDistrict},
	"thi tran":  {"thị trấn", app.LevelCommune},
	"xa":        {"xã", app.LevelCommune},
	"phuong":    {"phường", app.LevelCommune},
	"dac khu":   {"đặc khu", app.LevelCommune},
}

// issuerRe finds an issuer in a folded text (viet.Fold: lower case, no
// marks, đ → d). Group 1 is "chủ tịch", group 2 the unit word.
var issuerRe = regexp.MustCompile(`\b(chu tich\s+)?(?:cap\s+)?(?:uy ban nhan dan|ubnd)\s+(?:cap\s+)?` +
	`(thanh pho|thi xa|thi tran|dac khu|tinh|huyen|quan|xa|phuong)\b`)

// nationalRe finds the national issuers.
var nationalRe = regexp.MustCompile(`\b(thu tuong chinh phu|chu tich nuoc)\b`)

// centralCities are the centrally-run cities (lower case, old-style tone
// placement): "thành phố" followed by one of them is province level. They are
// compared with their marks, so "Huệ Lâm" is not "Huế".
var centralCities = []string{"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế", "trực thuộc trung ương"}

// territoryRe finds the territory of an award: "trên địa bàn thị xã",
// "trong toàn tỉnh". "toàn xã hội" is not a territory.
var territoryRe = regexp.MustCompile(`\b(?:tren dia ban|trong toan|tren toan)\s+(thanh pho|thi xa|thi tran|dac khu|tinh|huyen|quan|xa|phuong)\b(\s+hoi\b)?`)

// issuerReader reads issuers, knowing whether a bare "thành phố" means the
// province (the organisation's parent is a centrally-run city).
type issuerReader struct {
	cityIsProvince bool
}

func newIssuerReader(org app.Organisation) issuerReader {
	parent := viet.Fold(org.Parent)
	return issuerReader{cityIsProvince: strings.Contains(parent, "thanh pho")}
}

// find returns the issuers named in s, in order. With chairOnly, only
// "Chủ tịch Ủy ban nhân dân …" and committees directly followed by "tặng"
// count: in a paragraph, "Ủy ban nhân dân xã đề nghị …" names a proposer.
func (r issuerReader) find(s string, chairOnly bool) []issuer {
	nfc := viet.NFC(s)
	key, at := foldMap(nfc)
	type hit struct {
		at int
		is issuer
	}
	var hits []hit
	for _, m := range issuerRe.FindAllStringSubmatchIndex(key, -1) {
		chair := m[2] >= 0
		if chairOnly && !chair && !startsWithWord(nfc[at[m[5]]:], "tặng") {
			continue // "tăng cường" folds like "tặng": compare with the marks
		}
		unit := key[m[4]:m[5]]
		w := unitWords[unit]
		is := issuer{level: w.level, unit: w.printed, chair: chair}
		if unit == "thanh pho" {
			switch {
			case hasCityName(nfc[at[m[5]]:]):
				is.level = app.LevelProvince
			case r.cityIsProvince:
				is.level, is.ambiguous = app.LevelProvince, true
			default:
				is.ambiguous = true
			}
		}
		hits = append(hits, hit{m[0], is})
	}
	for _, m := range nationalRe.FindAllStringSubmatchIndex(key, -1) {
		name := "Thủ tướng Chính phủ"
		if key[m[2]:m[3]] == "chu tich nuoc" {
			name = "Chủ tịch nước"
		}
		hits = append(hits, hit{m[0], issuer{level: levelNational, national: name, chair: true}})
	}
	// Document order.
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	out := make([]issuer, len(hits))
	for i, h := range hits {
		out[i] = h.is
	}
	return out
}

// first returns the first issuer named in s.
func (r issuerReader) first(s string) (issuer, bool) {
	if is := r.find(s, false); len(is) > 0 {
		return is[0], true
	}
	return issuer{}, false
}

// hasCityName reports whether the text after "thành phố" starts with the
// name of a centrally-run city.
func hasCityName(after string) bool {
	ws := strings.Join(words(after), " ")
	for _, c := range centralCities {
		if ws == c || strings.HasPrefix(ws, c+" ") {
			return true
		}
	}
	return false
}

// startsWithWord reports whether the first word of s is w (lower case, NFC).
func startsWithWord(s, w string) bool {
	ws := words(s)
	return len(ws) > 0 && ws[0] == w
}

// foldMap returns viet.Fold(nfc) and, for each byte of it (and one past the
// end), the byte offset in nfc of the letter it comes from, so that what a
// regular expression finds in the folded key can be read in the text.
func foldMap(nfc string) (string, []int) {
	var b strings.Builder
	at := make([]int, 0, len(nfc)+1)
	space := false
	for o, r := range nfc {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		f := viet.Fold(string(r))
		if f == "" {
			continue
		}
		if space {
			b.WriteByte(' ')
			at = append(at, o)
			space = false
		}
		b.WriteString(f)
		for range len(f) {
			at = append(at, o)
		}
	}
	at = append(at, len(nfc))
	return b.String(), at
}

// territories returns the unit words of "trên địa bàn …" phrases in s.
func territories(s string) []issuer {
	var out []issuer
	for _, m := range territoryRe.FindAllStringSubmatch(viet.Fold(s), -1) {
		if m[2] != "" { // toàn xã hội
			continue
		}
		w := unitWords[m[1]]
		out = append(out, issuer{level: w.level, unit: w.printed, ambiguous: m[1] == "thanh pho"})
	}
	return out
}

// compatible reports whether two issuers are of the same level, an ambiguous
// "thành phố" agreeing with both province and district.
func compatible(a, b issuer) bool {
	if a.level == b.level {
		return true
	}
	pd := func(l app.Level) bool { return l == app.LevelProvince || l == app.LevelDistrict }
	return (a.ambiguous && pd(b.level)) || (b.ambiguous && pd(a.level))
}

// levelName names a level for the clerk: "cấp xã".
func levelName(l app.Level) string {
	switch l {
	case app.LevelProvince:
		return "cấp tỉnh"
	case app.LevelDistrict:
		return "cấp huyện"
	case app.LevelCommune:
		return "cấp xã"
	case levelNational:
		return "cấp trung ương"
	}
	return "cấp " + string(l)
}

// levelIssuer is the usual issuer of a form of the given level, when the
// form names none.
func levelIssuer(l app.Level) issuer {
	switch l {
	case app.LevelProvince:
		return issuer{level: l, unit: "tỉnh", chair: true}
	case app.LevelDistrict:
		return issuer{level: l, unit: "huyện", chair: true}
	}
	return issuer{level: app.LevelCommune, unit: "xã", chair: true}
}

// formIssuer returns the issuer a form's heading names: from its name, else
// from its issuer field, else from its level. src tells which.
func (r issuerReader) formIssuer(f app.AwardForm) (is issuer, src string, ok bool) {
	if is, ok := r.first(f.Name); ok {
		return is, "name", true
	}
	if is, ok := r.first(f.Issuer); ok {
		return is, "issuer", true
	}
	if f.IssuerLevel.Valid() {
		return levelIssuer(f.IssuerLevel), "level", true
	}
	return issuer{}, "", false
}

// checkForms runs the rules about award forms, form by form.
func (c *checker) checkForms() {
	r := newIssuerReader(c.org)
	for i, f := range c.p.AwardForms {
		c.checkIssuerMismatch(r, i, f)
		c.checkIssuerAbolished(r, i, f)
		c.checkQuotas(i, f)
		c.checkFormKinds(i, f)
	}
}

// checkIssuerMismatch compares the issuer named by the form's heading with
// its issuer field, its level and the issuers named in its paragraphs. A
// paragraph disagrees when it names issuers and none of them is of the
// heading's level (a paragraph may also name the one who proposes).
func (c *checker) checkIssuerMismatch(r issuerReader, i int, f app.AwardForm) {
	ref, src, ok := r.formIssuer(f)
	if !ok {
		return
	}
	var what, places []string
	if src == "name" {
		if is, ok := r.first(f.Issuer); ok && !compatible(ref, is) {
			what = append(what, fmt.Sprintf("ô Người tặng ghi “%s” (%s)", is.display(), levelName(is.level)))
			places = append(places, "ô Người tặng")
		}
	}
	if src != "level" && f.IssuerLevel.Valid() && !compatible(ref, issuer{level: f.IssuerLevel}) {
		what = append(what, fmt.Sprintf("cấp khen thưởng đang chọn là “%s”", f.IssuerLevel.Label()))
		places = append(places, "ô Cấp khen thưởng")
	}
	var paras, terrParas []string
	var wrong *issuer
	wrongTerritory := ""
	for j, q := range f.Quotas {
		found := r.find(q.Text.Text, true)
		if len(found) == 0 {
			continue
		}
		agree := false
		for _, is := range found {
			if compatible(ref, is) {
				agree = true
				break
			}
		}
		if agree {
			continue
		}
		paras = append(paras, quotaName(f, j))
		if wrong == nil {
			wrong = &found[0]
		}
		for _, t := range territories(q.Text.Text) {
			if !compatible(ref, t) {
				if wrongTerritory == "" {
					wrongTerritory = t.unit
				}
				if t.unit == wrongTerritory {
					terrParas = append(terrParas, quotaName(f, j))
				}
				break
			}
		}
	}
	if len(paras) > 0 {
		s := fmt.Sprintf("%s lại ghi “%s” (%s) tặng", joinVi(paras), wrong.display(), levelName(wrong.level))
		switch {
		case wrongTerritory == "":
		case len(terrParas) == len(paras):
			s += fmt.Sprintf(", “trên địa bàn %s”", wrongTerritory)
		default:
			s += fmt.Sprintf("; %s còn ghi “trên địa bàn %s”", joinVi(terrParas), wrongTerritory)
		}
		what = append(what, s)
		if len(paras) == 1 {
			places = append(places, paras[0])
		} else {
			places = append(places, "các đoạn đó")
		}
	}
	if len(what) == 0 {
		return
	}
	head, against := "Tên hình thức", "tên hình thức"
	switch src {
	case "issuer":
		head, against = "Ô Người tặng", "ô Người tặng"
	case "level":
		head, against = "Cấp khen thưởng", "cấp khen thưởng"
	}
	msg := fmt.Sprintf("%s ghi người tặng %s (%s), nhưng %s.", head, levelName(ref.level), ref.display(), joinVi(what))
	want := ref
	want.chair = true
	fix := fmt.Sprintf("Sửa %s cho khớp với %s: người tặng là “%s”", joinVi(places), against, want.display())
	if wrongTerritory != "" && want.level != levelNational {
		fix += fmt.Sprintf(", khen thưởng “trên địa bàn %s”", want.unit)
	}
	fix += fmt.Sprintf("; nếu chính %s mới là chỗ ghi sai thì sửa %s.", against, against)
	c.add(fmt.Sprintf("form:%d", i), RuleIssuerMismatch, msg, fix)
}

// checkIssuerAbolished reports a district-level form offered in rounds
// dated on or after the reform (one finding per form, listing the rounds).
func (c *checker) checkIssuerAbolished(r issuerReader, i int, f app.AwardForm) {
	district := f.IssuerLevel == app.LevelDistrict
	unit := ""
	for _, s := range []string{f.Name, f.Issuer} {
		if is, ok := r.first(s); ok && is.level == app.LevelDistrict {
			if is.ambiguous && f.IssuerLevel == app.LevelProvince {
				continue // "thành phố" read as the province by the form's level
			}
			district = true
			if unit == "" {
				unit = is.unit
			}
		}
	}
	if !district {
		return
	}
	var after, before []string
	for _, rd := range c.p.Rounds {
		date, label := roundDate(rd)
		if date == "" {
			continue
		}
		name := roundName(rd)
		if date >= reformDate {
			after = append(after, fmt.Sprintf("%s (%s %s)", name, label, viet.DisplayISO(date)))
		} else {
			before = append(before, name)
		}
	}
	who := "Người tặng là Chủ tịch UBND cấp huyện"
	switch {
	case unit == "":
		who = fmt.Sprintf("Cấp khen thưởng đang chọn là “%s”", f.IssuerLevel.Label())
	case unit != "huyện":
		who += " (" + unit + ")"
	}
	var msg string
	switch {
	case len(after) > 0:
		msg = fmt.Sprintf("%s, nhưng từ 01/07/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh và xã), cấp huyện không còn; hình thức này không dùng được cho %s.",
			who, joinVi(after))
	case validISO(c.p.IssuedOn) && c.p.IssuedOn >= reformDate:
		msg = fmt.Sprintf("%s, nhưng kế hoạch ban hành ngày %s, khi chính quyền địa phương chỉ còn hai cấp (tỉnh và xã) và cấp huyện không còn.",
			who, viet.DisplayISO(c.p.IssuedOn))
	default:
		return
	}
	commune := communeUnit(r, c.org)
	fix := fmt.Sprintf("Thay bằng “Giấy khen của Chủ tịch UBND %s” (Nghị định 129/2025/NĐ-CP chuyển thẩm quyền khen thưởng của Chủ tịch UBND cấp huyện cho Chủ tịch UBND cấp xã) hoặc một hình thức khen thưởng cấp tỉnh", commune)
	if len(before) > 0 {
		fix += fmt.Sprintf("; chỉ giữ hình thức này cho %s", joinVi(before))
	}
	fix += "."
	c.add(fmt.Sprintf("form:%d", i), RuleIssuerAbolished, msg, fix)
}

// communeUnit is how the organisation's own level is called: "xã", "phường"
// or "đặc khu"; "xã" when the organisation does not say.
func communeUnit(r issuerReader, org app.Organisation) string {
	for _, s := range []string{org.Name, org.ShortName} {
		if is, ok := r.first(s); ok && is.level == app.LevelCommune && is.unit != "thị trấn" {
			return is.unit
		}
	}
	return "xã"
}

// roundDate returns the date a round is decided (ISO) and how it is called:
// the council's decision, else the round's end, else its start.
func roundDate(rd app.Round) (date, label string) {
	switch {
	case validISO(rd.DecidedOn):
		return rd.DecidedOn, "bình xét"
	case validISO(rd.EndsOn):
		return rd.EndsOn, "kết thúc"
	case validISO(rd.StartsOn):
		return rd.StartsOn, "bắt đầu"
	}
	return "", ""
}

// roundName names a round: its name, else "đợt <key>".
func roundName(rd app.Round) string {
	if n := []rune(viet.Clean(rd.Name)); len(n) > 0 {
		n[0] = unicode.ToLower(n[0])
		return "đợt " + string(n)
	}
	if rd.Kind == app.RoundFinal {
		return "đợt tổng kết"
	}
	return "đợt " + rd.Key
}

// validISO reports whether s is a real yyyy-mm-dd date.
func validISO(s string) bool {
	_, err := viet.ParseISO(s)
	return err == nil
}

// joinVi joins a list the Vietnamese way: "a", "a và b", "a, b và c".
func joinVi(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " và " + xs[len(xs)-1]
}
