package entityio

import (
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Field is a participant field a column may hold.
type Field string

// Fields of a participant list. The first ones are the participant's JSON
// fields; the others are how offices split or mark them.
const (
	FName            Field = "name"
	FKind            Field = "kind"
	FGender          Field = "gender"
	FBirthDate       Field = "birth_date"
	FEthnicity       Field = "ethnicity"
	FHometown        Field = "hometown"
	FResidence       Field = "residence"
	FUnit            Field = "unit"
	FPosition        Field = "position"
	FQualification   Field = "qualification"
	FPoliticalTheory Field = "political_theory"
	FPhone           Field = "phone"
	FHead            Field = "head"
	FMembers         Field = "members"
	FWomen           Field = "women"
	FParent          Field = "parent"
	FNote            Field = "note"
	FSuspendedNote   Field = "suspended_note"

	// FFemaleMark is a column headed "Nữ" ticked with x for women (or, under
	// a "Ngày sinh" heading split into Nam | Nữ, holding the birth date of
	// women). In a list of collectives it is the number of women.
	FFemaleMark Field = "female_mark"
	// FMaleMark is the same for a column headed "Nam".
	FMaleMark Field = "male_mark"
	// FSurname and FGivenName are a full name split in two columns
	// ("Họ và tên đệm" | "Tên"); the name is both joined by a space.
	FSurname   Field = "surname"
	FGivenName Field = "given_name"
)

// Mapping maps a column index to the field it holds ("" = ignored).
type Mapping map[int]Field

// vocabulary lists header wordings, normalised by headerKey, for each field.
// A wording ending in "*" matches headers that start with it.
var vocabulary = []struct {
	field Field
	words string // separated by "|"
}{
	{FName, "ho va ten|ho ten|ho va ten*|ho ten *|ten can bo|ten ca nhan|ten nguoi|ho va ten khai sinh"},
	{FSurname, "ho|ho dem|ho va dem|ho va ten dem|ho va chu dem|ho lot|ho va ten lot"},
	{FGivenName, "ten"},
	{FKind, "loai|loai doi tuong|doi tuong|tap the ca nhan|tap the hay ca nhan"},
	{FGender, "gioi tinh|nam nu|gioi|phai|nam hay nu"},
	{FBirthDate, "ngay sinh|ngay sinh *|ngay thang nam sinh|ngay thang nam sinh *|sinh ngay|nam sinh|sinh nam|ngay thang sinh"},
	{FEthnicity, "dan toc"},
	{FHometown, "que quan|nguyen quan|que|que quan *"},
	{FResidence, "noi o|noi o hien nay|noi thuong tru|cho o hien nay|cho o|dia chi|dia chi *|ho khau thuong tru|thuong tru|noi cu tru|noi o *"},
	{FUnit, "don vi|don vi cong tac|co quan don vi|bo phan|noi cong tac|co quan cong tac|co quan|phong ban|to chuc|don vi cong tac *|thuoc don vi"},
	{FPosition, "chuc vu|chuc danh|chuc vu chuc danh|chuc vu hoac chuc danh|chuc vu *|chuc danh *"},
	{FQualification, "trinh do chuyen mon|trinh do|chuyen mon|trinh do cm|trinh do chuyen mon *|trinh do dao tao|chuyen nganh"},
	{FPoliticalTheory, "ly luan chinh tri|trinh do ly luan chinh tri|trinh do llct|llct|trinh do ly luan|ly luan ct"},
	{FPhone, "dien thoai|so dien thoai|sdt|dt|so dt|dtdd|di dong|dien thoai *|so dien thoai *"},
	{FHead, "nguoi dung dau|thu truong|truong don vi|thu truong don vi|ho ten thu truong|ho ten nguoi dung dau|nguoi dung dau *"},
	{FMembers, "so thanh vien|tong so|so nguoi|so can bo|tong so thanh vien|tong so can bo|so luong|tong so nguoi|quan so|so thanh vien *"},
	{FWomen, "so nu|trong do nu|so can bo nu|trong do so nu|so nu *|nu thanh vien"},
	{FParent, "co quan cap tren|co quan cap tren truc tiep|cap tren|cap tren truc tiep|don vi cap tren|to chuc cap tren|truc thuoc|co quan cap tren *|don vi cap tren *"},
	{FNote, "ghi chu|ghi chu *"},
	{FSuspendedNote, "dang xem xet ky luat|xem xet ky luat|ky luat thanh tra khieu nai|dang xem xet ky luat *|dang bi xem xet ky luat"},
}

// collectiveWords are headers naming a collective. They are the name of a
// list of collectives, and the unit of a list of people.
var collectiveWords = "ten tap the|ten don vi|tap the|ten to chuc|ten co quan|ten co quan don vi|don vi tap the|ten tap the *|ten don vi *"

// ignoredWords are the row-number columns.
var ignoredWords = "stt|tt|so tt|so thu tu|thu tu"

var (
	exactWords  = map[string]Field{}
	prefixWords []struct {
		prefix string
		field  Field
	}
)

// fieldCollective marks a collective's name in exactWords.
const fieldCollective Field = "\x00collective"

// fieldIgnored marks the row-number columns in exactWords.
const fieldIgnored Field = "\x00ignored"

func init() {
	add := func(f Field, words string) {
		for w := range strings.SplitSeq(words, "|") {
			if p, ok := strings.CutSuffix(w, "*"); ok {
				prefixWords = append(prefixWords, struct {
					prefix string
					field  Field
				}{p, f})
				continue
			}
			exactWords[w] = f
		}
	}
	add(fieldCollective, collectiveWords)
	add(fieldIgnored, ignoredWords)
	for _, v := range vocabulary {
		add(v.field, v.words)
	}
}

// headerKey normalises a header: folded (no case, marks or tone
// placement), words in parentheses dropped, punctuation turned into
// spaces. "Ngày, tháng, năm sinh (dd/mm/yyyy)" becomes "ngay thang nam sinh".
func headerKey(h string) string {
	k := viet.Fold(h)
	for {
		i := strings.IndexByte(k, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(k[i:], ')')
		if j < 0 {
			k = k[:i]
			break
		}
		if i == 0 && j == len(k)-1 {
			k = k[1:j] // a header that is all in parentheses: "(x)"
			continue
		}
		k = k[:i] + " " + k[i+j+1:]
	}
	var b strings.Builder
	space := false
	for _, r := range k {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// lookup returns the field a normalised header names, one of the markers
// fieldCollective and fieldIgnored, FFemaleMark and FMaleMark for "nu" and
// "nam", or "".
func lookup(key string) Field {
	switch key {
	case "":
		return ""
	case "nu", "nu x", "danh dau nu":
		return FFemaleMark
	case "nam", "nam x":
		return FMaleMark
	}
	if f, ok := exactWords[key]; ok {
		return f
	}
	for _, p := range prefixWords {
		if strings.HasPrefix(key, p.prefix) {
			return p.field
		}
	}
	return ""
}

// Guess maps headers to fields, in any order and common wordings, ignoring
// case, marks and tone placement. It returns the mapping, the kind the list
// is about, and the headers it did not map (row-number columns such as
// "STT" are ignored without being listed).
//
// A list is of collectives when a header names a collective ("Tên tập
// thể", "Tên đơn vị", "Tập thể") and no header names a person; in a list
// of people such a header is the person's unit. A list with no name header
// but a unit column and collective columns (head, members, women) is a
// list of collectives named in the unit column (a column naming the
// unit's superior, "Cơ quan cấp trên", counts as such a column). A column headed "Nữ" is the
// number of women in a list of collectives and a female mark in a list of
// people (Parse reads either way from the cells). "Tên" alone is the full
// name unless a "Họ" (surname) column is there too.
func Guess(headers []string) (Mapping, app.Kind, []string) {
	found := make([]Field, len(headers))
	has := map[Field]bool{}
	for i, h := range headers {
		found[i] = lookup(headerKey(h))
		has[found[i]] = true
	}
	kind := app.KindIndividual
	personal := has[FName] || has[FSurname] || has[FGivenName]
	if !personal && has[fieldCollective] {
		kind = app.KindCollective
	}
	if !personal && !has[fieldCollective] && has[FUnit] && (has[FHead] || has[FMembers] || has[FWomen] || has[FParent]) {
		kind = app.KindCollective
		for i, f := range found {
			if f == FUnit {
				found[i] = fieldCollective
				break
			}
		}
	}
	m := Mapping{}
	used := map[Field]bool{}
	var unmapped []string
	for i, f := range found {
		switch f {
		case fieldIgnored:
			continue
		case fieldCollective:
			f = FName
			if kind == app.KindIndividual {
				f = FUnit
			}
		case FGivenName:
			if !has[FSurname] {
				f = FName
			}
		case FSurname:
			if !has[FGivenName] {
				f = FName
			}
		case FFemaleMark:
			if kind == app.KindCollective && !has[FWomen] {
				f = FWomen
			}
		}
		if f == "" || used[f] {
			if strings.TrimSpace(headers[i]) != "" {
				unmapped = append(unmapped, headers[i])
			}
			continue
		}
		m[i], used[f] = f, true
	}
	return m, kind, unmapped
}

// GuessTable is Guess refined by the cells. A column headed "Nữ" in a list
// Guess took for people holds, there, x marks or birth dates of women
// (Parse reads both); when it holds only counts (whole numbers below 1900)
// it is the number of women, and a list that also has a collective's head
// or number of members is a list of collectives.
func GuessTable(t Table) (Mapping, app.Kind, []string) {
	m, kind, unmapped := Guess(t.Headers)
	if kind != app.KindIndividual {
		return m, kind, unmapped
	}
	for col, f := range m {
		if f != FFemaleMark {
			continue
		}
		counts, other := 0, 0
		for i, r := range t.Rows {
			if i == 200 {
				break
			}
			if col >= len(r.Cells) {
				continue
			}
			v := viet.Clean(r.Cells[col])
			if v == "" {
				continue
			}
			if n, ok := count(v); ok && n < 1900 && !ticked(v) {
				counts++
			} else {
				other++
			}
		}
		if counts > 0 && other == 0 {
			m[col] = FWomen
			_, head := m.index(FHead)
			_, members := m.index(FMembers)
			if head || members {
				kind = app.KindCollective
			}
		}
	}
	return m, kind, unmapped
}

// index returns the column of field f.
func (m Mapping) index(f Field) (int, bool) {
	best := -1
	for i, g := range m {
		if g == f && (best < 0 || i < best) {
			best = i
		}
	}
	return best, best >= 0
}
