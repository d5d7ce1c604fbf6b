package document

import (
	"fmt"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// councilHeader is the header of the council's papers: the commune as
// parent authority, the council as issuer, Quốc hiệu on the right.
func councilHeader(org app.Organisation) Header {
	name := org.CouncilName
	if name == "" {
		name = "Hội đồng Thi đua - Khen thưởng"
	}
	return Header{Parent: ParentLine(org.Name), Issuer: []string{strings.TrimSuffix(strings.TrimSuffix(name, " xã"), " phường")},
		Place: org.Place}
}

// councilSigners finds the council's secretary and chair.
func councilSigners(council []app.CouncilMember) (secretary, chair string) {
	for _, m := range council {
		if !m.Active {
			continue
		}
		switch m.Role {
		case app.RoleSecretary:
			secretary = m.FullName
		case app.RoleChair:
			chair = m.FullName
		}
	}
	return
}

func pts(v float64) string { return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1) }

func kindPlural(k app.Kind) string {
	if k == app.KindCollective {
		return "tập thể"
	}
	return "cá nhân"
}

// ScoresDocument is the Bảng tổng hợp kết quả chấm điểm of one round and
// kind: landscape, one column per criterion, total, classification and
// rank, signed by the council's secretary and chair.
func ScoresDocument(p *app.Plan, org app.Organisation, round app.Round, k app.Kind, rows []app.RankRow, council []app.CouncilMember) *Document {
	crit := p.CriteriaOf(k)
	cols := []Column{{Title: "STT", Width: 0.5, Align: AlignCenter}, {Title: "Tên " + kindPlural(k), Width: 3}}
	for i, c := range crit {
		title := fmt.Sprintf("TC %d (tối đa %s)", i+1, pts(c.MaxPoints))
		cols = append(cols, Column{Title: title, Width: 1, Align: AlignCenter})
	}
	cols = append(cols, Column{Title: "Tổng", Width: 0.9, Align: AlignCenter},
		Column{Title: "Xếp loại", Width: 1.1, Align: AlignCenter}, Column{Title: "Hạng", Width: 0.6, Align: AlignCenter})
	var body [][]string
	for i, r := range rows {
		cells := []string{strconv.Itoa(i + 1), r.Participant.Name}
		for range crit {
			cells = append(cells, "")
		}
		total, rank := "chưa đủ", ""
		if r.Complete {
			total, rank = pts(r.Total), strconv.Itoa(r.Rank)
		}
		cells = append(cells, total, r.Class.Label(), rank)
		body = append(body, cells)
	}
	fillCriteria(body, rows, crit)
	secretary, chair := councilSigners(council)
	legend := make([]string, len(crit))
	for i, c := range crit {
		legend[i] = fmt.Sprintf("TC %d: %s", i+1, c.Text)
	}
	blocks := []Block{Table{Columns: cols, Rows: body, Size: 12}, Spacer{Height: 6}}
	for _, l := range legend {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: l}}, NoIndent: true, Size: 11})
	}
	return &Document{
		Landscape: true,
		Header:    councilHeader(org),
		Title: Title{Kind: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM",
			Summary: fmt.Sprintf("Phong trào thi đua “%s” — %s, %s", p.MovementName, strings.ToLower(round.Name), kindPlural(k))},
		Body: blocks,
		Bottom: &Bottom{Left: &Signature{Authority: []string{"THƯ KÝ"}, Name: secretary},
			Right: Signature{Authority: []string{"CHỦ TỊCH HỘI ĐỒNG"}, Name: chair}},
	}
}

// fillCriteria writes each row's council scores per criterion; rows carry
// only totals, so the scores come from the row's criteria order.
func fillCriteria(body [][]string, rows []app.RankRow, crit []app.Criterion) {
	for i, r := range rows {
		for j := range crit {
			if j < len(r.Scored) && r.Scored[j] {
				body[i][2+j] = pts(r.Scores[j])
			}
		}
	}
}

// ScoreSheetsDocument is a blank Phiếu chấm điểm for each scorer (one unnamed
// sheet when members is empty): the criteria with their maximum, and a row
// per participant with empty boxes; each sheet starts a new page.
func ScoreSheetsDocument(p *app.Plan, org app.Organisation, round app.Round, k app.Kind, parts []app.Participant, members []app.CouncilMember) *Document {
	if len(members) == 0 {
		members = []app.CouncilMember{{}}
	}
	crit := p.CriteriaOf(k)
	var body []Block
	for i, m := range members {
		if i > 0 {
			body = append(body, PageBreak{})
		}
		body = append(body, scoreSheet(crit, parts, k, m)...)
	}
	return &Document{
		Landscape: true,
		Header:    councilHeader(org),
		Title: Title{Kind: "PHIẾU CHẤM ĐIỂM",
			Summary: fmt.Sprintf("Phong trào thi đua “%s” — %s, %s", p.MovementName, strings.ToLower(round.Name), kindPlural(k))},
		Body: body,
	}
}

func scoreSheet(crit []app.Criterion, parts []app.Participant, k app.Kind, m app.CouncilMember) []Block {
	scorer := "Họ và tên người chấm: ……………………………………………"
	if m.FullName != "" {
		scorer = "Họ và tên người chấm: " + m.FullName
		if m.Office != "" {
			scorer += " — " + m.Office
		}
	}
	blocks := []Block{Paragraph{Runs: []Run{{Text: scorer, Style: Bold}}, NoIndent: true}}
	for i, c := range crit {
		blocks = append(blocks, Paragraph{Runs: []Run{{Text: fmt.Sprintf("Tiêu chí %d (tối đa %s điểm): ", i+1, pts(c.MaxPoints)), Style: Bold},
			{Text: c.Text}}, NoIndent: true, Size: 12})
	}
	cols := []Column{{Title: "STT", Width: 0.5, Align: AlignCenter}, {Title: "Tên " + kindPlural(k), Width: 3}}
	for i, c := range crit {
		cols = append(cols, Column{Title: fmt.Sprintf("TC %d (tối đa %s)", i+1, pts(c.MaxPoints)), Width: 1})
	}
	cols = append(cols, Column{Title: "Tổng", Width: 0.9}, Column{Title: "Ghi chú", Width: 1.5})
	var rows [][]string
	for i, p := range parts {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Name})
	}
	blocks = append(blocks, Spacer{Height: 4}, Table{Columns: cols, Rows: rows, Size: 12}, Spacer{Height: 10},
		Paragraph{Runs: []Run{{Text: viet.NFC("Người chấm ký, ghi rõ họ tên: ……………………………………"), Style: Italic}}, Align: AlignRight})
	return blocks
}
