package app

import "thidua/app/viet"

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

// UpperOn is the district-level People's Committee the commune proposed
// through on date (ISO), "" when there was none recorded or on a date
// after it held.
func (o Organisation) UpperOn(date string) string {
	until := o.UpperUntil
	if until == "" {
		until = DistrictEnd
	}
	if o.Upper == "" || date > until {
		return ""
	}
	return o.Upper
}

// On is the organisation as it stood on date (ISO): the parent line over
// the issuer's name is the district-level Committee while the commune had
// one, the province after.
func (o Organisation) On(date string) Organisation {
	if up := o.UpperOn(date); up != "" {
		o.Parent = up
	}
	return o
}
