package app

import (
	"time"

	"thidua/app/viet"
)

// Normalize cleans the participant's text fields.
func (p *Participant) Normalize() {
	for _, f := range []*string{&p.Name, &p.SuspendedNote, &p.Head, &p.Parent, &p.Gender, &p.BirthDate,
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

// Normalize cleans the text of an award record.
func (h *AwardRecord) Normalize() {
	h.Title = viet.Clean(h.Title)
	h.DecisionNumber = viet.Clean(h.DecisionNumber)
	h.Issuer = viet.Clean(h.Issuer)
}

// Validate checks an award record.
func (h AwardRecord) Validate() error {
	var ps Problems
	if h.ParticipantID == 0 {
		ps.Add("Quá trình khen thưởng", "chưa chọn đối tượng")
	}
	if h.Year < 1945 || h.Year > time.Now().Year()+1 {
		ps.Add("Năm", "năm %d không hợp lệ", h.Year)
	}
	if h.Title == "" {
		ps.Add("Danh hiệu, hình thức", "chưa nhập danh hiệu hoặc hình thức khen thưởng")
	}
	if h.DecisionDate != "" {
		if _, err := viet.ParseISO(h.DecisionDate); err != nil {
			ps.Add("Ngày quyết định", "ngày %q không hợp lệ", h.DecisionDate)
		}
	}
	return ps.Err()
}

// SameIdentity reports whether a and b are the same participant: same kind
// and folded name, and for individuals the same birth date.
func SameIdentity(a, b Participant) bool {
	if a.Kind != b.Kind || viet.Fold(a.Name) != viet.Fold(b.Name) {
		return false
	}
	return a.Kind == KindCollective || a.BirthDate == b.BirthDate
}
