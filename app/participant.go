package app

import (
	"time"

	"thidua/app/viet"
)

// Normalize cleans the participant's text fields.
func (p *Participant) Normalize() {
	for _, f := range []*string{&p.Name, &p.SuspendedNote, &p.Head, &p.Gender, &p.BirthDate,
		&p.Ethnicity, &p.Hometown, &p.Residence, &p.Unit, &p.Position, &p.Qualification,
		&p.PoliticalTheory, &p.Phone} {
		*f = viet.Clean(*f)
	}
	p.Note = viet.CleanText(p.Note)
}

// Validate adds the participant's problems to ps under where.
func (p *Participant) Validate(ps *Problems, where string) {
	if !p.Kind.Valid() {
		ps.Add(where, "loại đối tượng phải là tập thể hoặc cá nhân")
	}
	if p.Name == "" {
		ps.Add(where, "chưa nhập tên")
	}
	if p.Members < 0 || p.Women < 0 || p.Women > p.Members && p.Members > 0 {
		ps.Add(where, "số thành viên và số nữ phải không âm, số nữ không quá tổng số")
	}
	if p.Gender != "" && p.Gender != GenderMale && p.Gender != GenderFemale {
		ps.Add(where, "giới tính phải là nam hoặc nữ")
	}
	if p.BirthDate != "" {
		t, err := viet.ParseISO(p.BirthDate)
		switch {
		case err != nil:
			ps.Add(where, "ngày sinh %q không hợp lệ", p.BirthDate)
		case t.After(time.Now()):
			ps.Add(where, "ngày sinh %s ở tương lai", viet.FormatDate(t))
		}
	}
}

// WomenShare returns the share of women in a collective, 0 when unknown.
func (p *Participant) WomenShare() float64 {
	if p.Members <= 0 {
		return 0
	}
	return float64(p.Women) / float64(p.Members)
}
