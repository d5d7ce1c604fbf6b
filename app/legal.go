package app

// LegalText is a law or decree cited in the Căn cứ lines of a document,
// with the period it is in force ("" = open).
type LegalText struct {
	Citation string // "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
	From, To string // ISO dates: in force from From until the day before To
	// Decision tells whether it is cited only by decisions (the law on the
	// organisation of local government gives the Chairman the power).
	Decision bool
}

// legalTexts are the texts a commune's award papers cite. Add a line when
// a text is replaced: the old one gets To, the new one From.
var legalTexts = []LegalText{
	{Citation: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
		To: "2025-07-01", Decision: true},
	{Citation: "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", From: "2025-07-01", Decision: true},
	{Citation: "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013",
		To: "2024-01-01"},
	{Citation: "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", From: "2024-01-01"},
	{Citation: "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		To: "2024-01-01"},
	{Citation: "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		From: "2024-01-01", To: "2025-07-01"},
	{Citation: "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		From: "2025-07-01"},
}

// LegalBases returns the Căn cứ lines in force on date (ISO), in citing
// order, each "Căn cứ …;": the law on local government first for a
// decision, then the law on emulation and commendation and its decree.
func LegalBases(date string, decision bool) []string {
	var out []string
	for _, t := range legalTexts {
		if (t.Decision && !decision) || (t.From != "" && date < t.From) || (t.To != "" && date >= t.To) {
			continue
		}
		out = append(out, "Căn cứ "+t.Citation+";")
	}
	return out
}
