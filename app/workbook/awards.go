package workbook

import (
	"io"
	"strconv"

	"thidua/app"
	"thidua/app/viet"
)

// AwardSource is what the register of awards is read from.
type AwardSource interface {
	Organisation() (app.Organisation, error)
	AwardRegister(f app.AwardFilter) ([]app.AwardLine, error)
	Plan(id int64) (*app.Plan, error)
	Document(id int64) (app.Document, error)
}

// registerColumns are the columns of the register of awards.
var registerColumns = []column{
	{"STT", 5}, {"Năm", 5}, {"Họ và tên / Tên tập thể", 18}, {"Cá nhân / Tập thể", 8}, {"Chức vụ", 13},
	{"Đơn vị", 13}, {"Hình thức khen thưởng", 18}, {"Số quyết định", 11}, {"Ngày quyết định", 11},
	{"Cơ quan ban hành", 14}, {"Phong trào thi đua", 15},
}

// ExportAwards writes the register of awards chosen by f as an .xlsx
// workbook to w and returns how many awards it holds. The title block
// names the commune and what was chosen (year, plan, decision).
func ExportAwards(st AwardSource, f app.AwardFilter, w io.Writer) (int, error) {
	lines, err := st.AwardRegister(f)
	if err != nil {
		return 0, err
	}
	org, err := st.Organisation()
	if err != nil {
		return 0, err
	}
	chosen, err := describe(st, f, lines)
	if err != nil {
		return 0, err
	}
	return len(lines), register(org, chosen, lines).write(w)
}

// describe words what f chose, for the title block.
func describe(st AwardSource, f app.AwardFilter, lines []app.AwardLine) ([]string, error) {
	var out []string
	if f.Year > 0 {
		out = append(out, "Năm "+strconv.Itoa(f.Year))
	}
	if f.PlanID > 0 {
		p, err := st.Plan(f.PlanID)
		if err != nil {
			return nil, err
		}
		out = append(out, "Phong trào thi đua “"+viet.Clean(p.MovementName)+"”")
	}
	if f.DecisionDocID > 0 {
		d, err := st.Document(f.DecisionDocID)
		if err != nil {
			return nil, err
		}
		out = append(out, "Theo Quyết định số "+viet.DocNumber(d.Number, d.Symbol)+" ngày "+viet.DisplayISO(d.IssuedOn))
	}
	if f.ParticipantID > 0 && len(lines) > 0 {
		out = append(out, "Quá trình khen thưởng của "+viet.Clean(lines[0].Name))
	}
	return out, nil
}

// register is the sheet of the register of awards; chosen are the lines
// under the title that say what it holds.
func register(org app.Organisation, chosen []string, lines []app.AwardLine) sheet {
	s := sheet{name: "Sổ khen thưởng", columns: registerColumns,
		left:  []string{viet.Upper(viet.Clean(org.Name))},
		title: append([]string{"SỔ THEO DÕI KHEN THƯỞNG"}, chosen...)}
	if viet.Clean(org.Name) == "" {
		s.left = nil
	}
	s.rows = make([][]any, 0, len(lines))
	for i, l := range lines {
		var date any = viet.DisplayISO(l.DecisionDate)
		if t, err := viet.ParseISO(l.DecisionDate); err == nil {
			date = t
		}
		s.rows = append(s.rows, []any{i + 1, l.Year, l.Name, l.Kind.Label(), l.Position, l.Unit, l.Title,
			l.DecisionNumber, date, l.Issuer, l.Movement})
	}
	return s
}
