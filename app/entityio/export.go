package entityio

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/viet"
)

// Sheet names and headers of an exported workbook; Guess maps every header
// back to its field, so an exported file imports unchanged.
const (
	SheetCollectives = "Tập thể"
	SheetIndividuals = "Cá nhân"
)

var collectiveHeaders = []string{"STT", "Tên tập thể", "Người đứng đầu", "Số thành viên", "Số nữ", "Cơ quan cấp trên", "Ghi chú", "Đang xem xét kỷ luật"}

var individualHeaders = []string{"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Quê quán", "Nơi thường trú", "Đơn vị",
	"Chức vụ", "Trình độ chuyên môn", "Lý luận chính trị", "Điện thoại", "Ghi chú", "Đang xem xét kỷ luật"}

// Export writes collectives and individuals to an .xlsx workbook, sheets
// "Tập thể" and "Cá nhân", with the headers Guess maps back and every cell
// as text: birth dates dd/mm/yyyy, phone numbers with their leading zero,
// gender "Nam"/"Nữ", an individual's unit by the collective's name (UnitID
// looked up among collectives, else the Unit text). Read, Guess and Parse
// of the file give back the same participants; IDs, Archived and the
// fields of the other kind are not written.
func Export(w io.Writer, collectives, individuals []app.Participant) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetCollectives); err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetIndividuals); err != nil {
		return err
	}
	unitName := map[int64]string{}
	for _, c := range collectives {
		unitName[c.ID] = c.Name
	}
	var rows [][]string
	for i, c := range collectives {
		rows = append(rows, []string{strconv.Itoa(i + 1), c.Name, c.Head, strconv.Itoa(c.Members), strconv.Itoa(c.Women), c.Parent, c.Note, suspended(c)})
	}
	if err := writeSheet(f, SheetCollectives, collectiveHeaders, rows); err != nil {
		return err
	}
	rows = nil
	for i, p := range individuals {
		unit := p.Unit
		if n, ok := unitName[p.UnitID]; ok {
			unit = n
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Name, p.GenderLabel(), viet.DisplayISO(p.BirthDate), p.Ethnicity, p.Hometown,
			p.Residence, unit, p.Position, p.Qualification, p.PoliticalTheory, p.Phone, p.Note, suspended(p)})
	}
	if err := writeSheet(f, SheetIndividuals, individualHeaders, rows); err != nil {
		return err
	}
	f.SetActiveSheet(1)
	return f.Write(w)
}

func suspended(p app.Participant) string {
	if !p.Suspended {
		return ""
	}
	if p.SuspendedNote == "" {
		return "có"
	}
	return p.SuspendedNote
}

// writeSheet writes the header in bold and the rows as text cells.
func writeSheet(f *excelize.File, sheet string, headers []string, rows [][]string) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": keep as text
	if err != nil {
		return err
	}
	for i := range headers {
		sw.SetColWidth(i+1, i+1, 22)
	}
	head := make([]any, len(headers))
	for i, h := range headers {
		head[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for r, row := range rows {
		cells := make([]any, len(row))
		for i, v := range row {
			cells[i] = excelize.Cell{StyleID: text, Value: v}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", r+2), cells); err != nil {
			return err
		}
	}
	return sw.Flush()
}
