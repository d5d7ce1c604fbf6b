package entityio

import (
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Field is a participant field a column may hold.
type Field string

// Fields of a participant list.
const (
	FName            Field = "name"
	FKind            Field = "kind"
	FGender          Field = "gender"
	FFemaleMark      Field = "female_mark" // a column headed "Nữ" ticked with x
	FMaleMark        Field = "male_mark"   // a column headed "Nam" ticked with x
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
	FNote            Field = "note"
	FSuspendedNote   Field = "suspended_note"
)

// Mapping maps a column index to the field it holds ("" = ignored).
type Mapping map[int]Field

// headerWords are the folded headers offices use for each field.
var headerWords = []struct {
	field Field
	words []string
}{
	{FName, []string{"ho va ten", "ho ten", "ho va ten can bo", "ho ten can bo", "ten can bo", "ten", "ho va ten nguoi"}},
	{FKind, []string{"loai", "loai doi tuong"}},
	{FGender, []string{"gioi tinh", "nam/nu", "nam, nu", "gioi"}},
	{FBirthDate, []string{"ngay sinh", "ngay thang nam sinh", "ngay, thang, nam sinh", "sinh ngay", "ngay/thang/nam sinh"}},
	{FEthnicity, []string{"dan toc"}},
	{FHometown, []string{"que quan", "nguyen quan"}},
	{FResidence, []string{"noi o", "noi thuong tru", "cho o hien nay", "dia chi", "noi o hien nay", "ho khau thuong tru"}},
	{FUnit, []string{"don vi", "don vi cong tac", "co quan, don vi", "co quan don vi", "bo phan", "noi cong tac", "to chuc"}},
	{FPosition, []string{"chuc vu", "chuc danh", "chuc vu, chuc danh", "chuc vu chuc danh"}},
	{FQualification, []string{"trinh do chuyen mon", "trinh do", "chuyen mon", "trinh do cm"}},
	{FPoliticalTheory, []string{"ly luan chinh tri", "trinh do ly luan chinh tri", "trinh do llct", "llct"}},
	{FPhone, []string{"dien thoai", "so dien thoai", "sdt", "dt"}},
	{FHead, []string{"nguoi dung dau", "thu truong", "truong don vi"}},
	{FMembers, []string{"so thanh vien", "tong so", "so nguoi", "so can bo", "tong so thanh vien"}},
	{FWomen, []string{"so nu", "trong do nu", "nu (nguoi)"}},
	{FNote, []string{"ghi chu"}},
	{FSuspendedNote, []string{"dang xem xet ky luat", "xem xet ky luat", "ky luat, thanh tra, khieu nai"}},
}

// collectiveNames are headers that name a collective, not a person.
var collectiveNames = []string{"ten tap the", "ten don vi", "tap the", "ten to chuc", "ten co quan, don vi", "ten co quan"}

// Guess maps headers to fields, in any order and common wordings, ignoring
// case, marks and tone placement. It returns the mapping, the kind the
// list is about (collectives when a header names a collective), and the
// headers it could not map.
func Guess(headers []string) (Mapping, app.Kind, []string) {
	m := Mapping{}
	kind := app.KindIndividual
	var unmapped []string
	used := map[Field]bool{}
	for i, h := range headers {
		key := strings.Trim(viet.Fold(h), " .:*")
		f := guessOne(key)
		if contains(collectiveNames, key) {
			f, kind = FName, app.KindCollective
		}
		switch key {
		case "nu", "nu (x)":
			f = FFemaleMark
		case "nam", "nam (x)":
			f = FMaleMark
		}
		if f == "" || used[f] {
			if key != "" && !contains([]string{"stt", "tt", "so tt", "so thu tu"}, key) {
				unmapped = append(unmapped, h)
			}
			continue
		}
		m[i], used[f] = f, true
	}
	return m, kind, unmapped
}

func guessOne(key string) Field {
	for _, hw := range headerWords {
		if contains(hw.words, key) {
			return hw.field
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// index returns the column of field f.
func (m Mapping) index(f Field) (int, bool) {
	for i, g := range m {
		if g == f {
			return i, true
		}
	}
	return 0, false
}
