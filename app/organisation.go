package app

import (
	"reflect"
	"strings"

	"thidua/app/viet"
)

// Normalized returns o with every text field cleaned (NFC, spaces).
func (o Organisation) Normalized() Organisation {
	for _, f := range []*string{&o.Name, &o.ShortName, &o.Parent, &o.Place, &o.Abbreviation,
		&o.CouncilName, &o.CouncilAbbr, &o.ClerkName, &o.ClerkOffice, &o.DefaultPlace, &o.Upper, &o.UpperUntil, &o.Regulation} {
		*f = viet.Clean(*f)
	}
	return o
}

// Validate checks the fields a document header needs.
func (o Organisation) Validate() error {
	var ps Problems
	if o.Name == "" {
		ps.Add("Tên cơ quan", "chưa nhập tên cơ quan ban hành, ví dụ: Ủy ban nhân dân xã Hòa Phong")
	}
	if o.Place == "" {
		ps.Add("Địa danh", "chưa nhập địa danh ghi ở dòng ngày tháng, ví dụ: Hòa Phong")
	}
	if o.Abbreviation == "" {
		ps.Add("Chữ viết tắt", "chưa nhập chữ viết tắt tên cơ quan dùng trong số ký hiệu, ví dụ: UBND")
	}
	if !o.Level.Valid() {
		ps.Add("Cấp", "cấp hành chính phải là tỉnh, huyện hoặc xã")
	}
	if o.UpperUntil != "" {
		if _, err := viet.ParseISO(o.UpperUntil); err != nil {
			ps.Add("Cấp trên đến ngày", "ngày không đọc được")
		}
	}
	return ps.Err()
}

// Normalized returns sg with its text cleaned.
func (sg Signer) Normalized() Signer {
	sg.FullName = viet.Clean(sg.FullName)
	sg.Title = viet.Clean(sg.Title)
	return sg
}

// Validate checks a signer.
func (sg Signer) Validate() error {
	var ps Problems
	if sg.FullName == "" {
		ps.Add("Họ và tên", "chưa nhập họ và tên người ký")
	}
	if sg.Title == "" {
		ps.Add("Chức vụ", "chưa nhập chức vụ người ký, ví dụ: PHÓ CHỦ TỊCH")
	}
	return ps.Err()
}

// DefaultOrganisation is the organisation of a new database: a commune
// People's Committee whose name the clerk still has to enter.
func DefaultOrganisation() Organisation {
	return Organisation{Abbreviation: "UBND", Level: LevelCommune, CouncilAbbr: "HĐTĐKT",
		CouncilName: "Hội đồng Thi đua - Khen thưởng xã"}
}

// DistrictEnd is the last day of the district level of local government:
// from 01/07/2025 communes propose directly to the province.
const DistrictEnd = "2025-06-30"

// DistrictOn reports whether the commune had a district level above it
// on date (ISO): everywhere until DistrictEnd, after it only where the
// organisation's periods still record one.
func (o Organisation) DistrictOn(date string) bool {
	return date <= DistrictEnd || o.UpperOn(date) != ""
}

// DistrictGone is why nothing can be proposed for f any more on date
// (ISO): f is awarded by the district level and there was none on that
// date. "" when f is not a district award or the district level held.
func DistrictGone(o Organisation, f AwardForm, date string) string {
	if f.IssuerLevel != LevelDistrict || o.DistrictOn(date) {
		return ""
	}
	return districtGoneText(f)
}

// districtGoneText is "từ 01/07/2025 không còn cấp huyện: <form> không
// còn được đề nghị".
func districtGoneText(f AwardForm) string {
	from := DistrictEnd
	if t, err := viet.ParseISO(DistrictEnd); err == nil {
		from = viet.ISO(t.AddDate(0, 0, 1))
	}
	return "từ " + viet.DisplayISO(from) + " không còn cấp huyện: " + viet.Clean(f.Name) + " không còn được đề nghị"
}

// IsZero reports whether o holds nothing at all (an organisation never
// entered).
func (o Organisation) IsZero() bool { return reflect.DeepEqual(o, Organisation{}) }

// Covers reports whether the period is in force on date (ISO).
func (p OrgPeriod) Covers(date string) bool {
	return (p.From == "" || date >= p.From) && (p.Until == "" || date <= p.Until)
}

// PeriodOn is the period of the organisation's structure in force on date
// (ISO), false when none covers it.
func (o Organisation) PeriodOn(date string) (OrgPeriod, bool) {
	for _, p := range o.Periods {
		if p.Covers(date) {
			return p, true
		}
	}
	return OrgPeriod{}, false
}

// UpperOn is the district-level People's Committee the commune proposed
// through on date (ISO), "" when there was none recorded or on a date
// after it held.
func (o Organisation) UpperOn(date string) string {
	if p, ok := o.PeriodOn(date); ok {
		return p.Upper
	}
	until := o.UpperUntil
	if until == "" {
		until = DistrictEnd
	}
	if o.Upper == "" || date > until {
		return ""
	}
	return o.Upper
}

// ProvinceOn is the province the organisation belonged to on date (ISO):
// the period's, or the one named in the line above the issuer — the
// period's, then the organisation's ("Ủy ban nhân dân tỉnh Hưng Yên" gives
// "tỉnh Hưng Yên"); "" when unknown.
func (o Organisation) ProvinceOn(date string) string {
	if p, ok := o.PeriodOn(date); ok {
		if prov := viet.Clean(p.Province); prov != "" {
			return prov
		}
		if prov := ProvinceIn(viet.Clean(p.Parent)); prov != "" {
			return prov
		}
	}
	return ProvinceIn(o.Parent)
}

// ProvinceIn finds "tỉnh Hưng Yên" (or "thành phố …") in an authority's
// name, "" when it names none.
func ProvinceIn(authority string) string {
	for _, w := range []string{"tỉnh ", "thành phố "} {
		if i := strings.Index(authority, w); i >= 0 {
			return authority[i:]
		}
	}
	return ""
}

// On is the organisation as it stood on date (ISO): the name and the line
// above it of the period in force, or without one, the parent line is the
// district-level Committee while the commune had one, the province after.
// Upper is then the district level of that date ("" when none).
func (o Organisation) On(date string) Organisation {
	if p, ok := o.PeriodOn(date); ok {
		if n := viet.Clean(p.Name); n != "" {
			o.Name = n
		}
		o.Parent, o.Upper, o.UpperUntil = viet.Clean(p.Parent), viet.Clean(p.Upper), ""
		if o.Upper != "" {
			o.UpperUntil = p.Until
		}
		return o
	}
	if up := o.UpperOn(date); up != "" {
		o.Parent = up
	}
	return o
}

// PeriodsFromUpper is the organisation's structure as its own fields
// give it, as periods: while its district level held (to UpperUntil, or
// DistrictEnd when not set) the line above its name was that district's
// Committee; from the next day, Parent. Without a district level, one open
// period. This is how an organisation recorded before periods existed
// becomes periods.
func (o Organisation) PeriodsFromUpper() []OrgPeriod {
	o = o.Normalized()
	if o.Name == "" {
		return nil
	}
	prov := ProvinceIn(o.Parent)
	after := OrgPeriod{Name: o.Name, Parent: o.Parent, Province: prov}
	if o.Upper == "" {
		return []OrgPeriod{after}
	}
	until := o.UpperUntil
	if until == "" {
		until = DistrictEnd
	}
	t, err := viet.ParseISO(until)
	if err != nil {
		return []OrgPeriod{after}
	}
	after.From = viet.ISO(t.AddDate(0, 0, 1))
	return []OrgPeriod{{Until: until, Name: o.Name, Parent: o.Upper, Upper: o.Upper, Province: prov}, after}
}

// Normalized returns p with its text cleaned.
func (p OrgPeriod) Normalized() OrgPeriod {
	for _, f := range []*string{&p.From, &p.Until, &p.Name, &p.Parent, &p.Upper, &p.Province} {
		*f = viet.Clean(*f)
	}
	return p
}

// ValidatePeriod checks p against the other periods of the organisation
// (those with another ID): its dates read and are in order, it has a name,
// and it overlaps none of them, so that each date has one structure.
func ValidatePeriod(p OrgPeriod, others []OrgPeriod) error {
	var ps Problems
	for _, d := range []struct{ v, at string }{{p.From, "Từ ngày"}, {p.Until, "Đến ngày"}} {
		if d.v != "" {
			if _, err := viet.ParseISO(d.v); err != nil {
				ps.Add(d.at, "ngày không đọc được, gõ dd/mm/yyyy")
			}
		}
	}
	if p.From != "" && p.Until != "" && p.Until < p.From {
		ps.Add("Đến ngày", "ngày kết thúc trước ngày bắt đầu")
	}
	if p.Name == "" {
		ps.Add("Tên cơ quan", "chưa nhập tên cơ quan ban hành trong thời kỳ này, ví dụ: Ủy ban nhân dân xã Hòa Phong")
	}
	for _, q := range others {
		if q.ID == p.ID {
			continue
		}
		if (p.From == "" || q.Until == "" || p.From <= q.Until) && (q.From == "" || p.Until == "" || q.From <= p.Until) {
			ps.Add("Thời kỳ", "trùng với thời kỳ %s: mỗi ngày chỉ thuộc một thời kỳ", PeriodSpan(q))
			break
		}
	}
	return ps.Err()
}

// PeriodSpan is "từ 01/07/2025 đến 30/06/2026", "đến 30/06/2025",
// "từ 01/07/2025", or "mọi ngày".
func PeriodSpan(p OrgPeriod) string {
	var parts []string
	if p.From != "" {
		parts = append(parts, "từ "+viet.DisplayISO(p.From))
	}
	if p.Until != "" {
		parts = append(parts, "đến "+viet.DisplayISO(p.Until))
	}
	if len(parts) == 0 {
		return "mọi ngày"
	}
	return strings.Join(parts, " ")
}
