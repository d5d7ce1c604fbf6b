package app

import (
	"strings"

	"thidua/app/viet"
)

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

// The money that goes with the awards a commune gives, as the decree in
// force on the decision's date sets it: a coefficient times the base
// salary (mức lương cơ sở) in force on that date, rounded up to the ten
// thousand đồng (Nghị định 91/2017/NĐ-CP Điều 68 khoản 2; Nghị định
// 98/2023/NĐ-CP Điều 53 khoản 1–2; Nghị định 152/2025/NĐ-CP Điều 49).

// baseSalary is the base salary in đồng a month from a date on.
type baseSalary struct {
	From   string // ISO date
	Amount int64
	Decree string
}

// baseSalaries are the base salaries in force, oldest first. Add a line
// when the Government sets a new one.
var baseSalaries = []baseSalary{
	{From: "2019-07-01", Amount: 1_490_000, Decree: "Nghị định số 38/2019/NĐ-CP"},
	{From: "2023-07-01", Amount: 1_800_000, Decree: "Nghị định số 24/2023/NĐ-CP"},
	{From: "2024-07-01", Amount: 2_340_000, Decree: "Nghị định số 73/2024/NĐ-CP"},
}

// BaseSalary is the base salary in force on date (ISO), 0 before the
// first one the table holds.
func BaseSalary(date string) int64 {
	var v int64
	for _, b := range baseSalaries {
		if date >= b.From {
			v = b.Amount
		}
	}
	return v
}

// CashAward is an award whose money a decree sets.
type CashAward string

// CashGiayKhenXa is the Giấy khen of the Chairman of the commune People's
// Committee (Luật Thi đua, khen thưởng 2022, Điều 75 khoản 1 điểm d).
const CashGiayKhenXa CashAward = "giay-khen-xa"

// cashRule is the money a decree gives with an award, in thousandths of
// the base salary; 0 where the table holds no verified figure, and the
// clerk enters the amount.
type cashRule struct {
	Award                  CashAward
	Decree                 string // cited in Điều 2 of the decision
	From, To               string // in force from From until the day before To
	Individual, Collective int64  // thousandths of the base salary
}

// cashRules follow the decrees of legalTexts.
var cashRules = []cashRule{
	// Nghị định 91/2017/NĐ-CP Điều 73 khoản 1 điểm d: 0,15 lần for a person;
	// khoản 2 điểm b: a collective twice a person's.
	{Award: CashGiayKhenXa, Decree: "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ",
		To: "2024-01-01", Individual: 150, Collective: 300},
	// Nghị định 98/2023/NĐ-CP Điều 58 khoản 1 điểm g: 0,15 lần for a person;
	// khoản 2 điểm c: a collective twice a person's.
	{Award: CashGiayKhenXa, Decree: "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ",
		From: "2024-01-01", To: "2025-07-01", Individual: 150, Collective: 300},
	// Nghị định 152/2025/NĐ-CP Điều 54 khoản 1 điểm e: 0,3 lần for a person
	// given a Giấy khen of Luật Điều 75 khoản 1 điểm a–d. The figure for a
	// collective is not in the table: the clerk enters it.
	{Award: CashGiayKhenXa, Decree: "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ",
		From: "2025-07-01", Individual: 300},
}

// CashAwardOf is the award of the table a plan's award form is, "" for a
// form whose money the table does not hold (the clerk enters it): the
// commune's Giấy khen is a commune-level form named "Giấy khen".
func CashAwardOf(f AwardForm) CashAward {
	if f.IssuerLevel == LevelCommune && strings.Contains(strings.ToLower(viet.Clean(f.Name)), "giấy khen") {
		return CashGiayKhenXa
	}
	return ""
}

// AwardCash is the money that goes with an award on a date.
type AwardCash struct {
	Collective, Individual int64  // đồng; 0 where the table holds none
	Decree                 string // the decree in force that sets the money, "" when none is known
}

// CashOn is the money a collective and a person receive with award on
// date (ISO), from the decree and the base salary in force on that date.
func CashOn(award CashAward, date string) AwardCash {
	base := BaseSalary(date)
	for _, r := range cashRules {
		if r.Award != award || (r.From != "" && date < r.From) || (r.To != "" && date >= r.To) {
			continue
		}
		return AwardCash{Collective: cashAmount(base, r.Collective), Individual: cashAmount(base, r.Individual), Decree: r.Decree}
	}
	return AwardCash{}
}

// cashAmount is thousandths of the base salary, rounded up to the ten
// thousand đồng; 0 when either is unknown.
func cashAmount(base, thousandths int64) int64 {
	v := base * thousandths / 1000
	return (v + 9_999) / 10_000 * 10_000
}
