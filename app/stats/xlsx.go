package stats

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes every figure of p to an .xlsx workbook: a sheet per
// round, one for the whole movement and one comparing the rounds. Each
// sheet has the tables of Round.Tables one under the other, with their
// titles in bold; numbers stay numbers.
func WriteXLSX(w io.Writer, p Plan) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}})
	if err != nil {
		return err
	}
	type sheet struct {
		name   string
		tables []Table
	}
	var sheets []sheet
	for _, r := range append(append([]Round(nil), p.Rounds...), p.Movement) {
		sheets = append(sheets, sheet{r.Name, r.Tables()})
	}
	sheets = append(sheets, sheet{"So sánh các đợt", []Table{p.RoundsTable()}})
	for i, sh := range sheets {
		name := sheetName(sh.name, i)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := writeTables(f, name, p.Name, sh.tables, bold, head); err != nil {
			return fmt.Errorf("trang %s: %w", name, err)
		}
	}
	return f.Write(w)
}

// sheetName is a valid, unique sheet name: at most 31 characters.
func sheetName(name string, i int) string {
	r := []rune(name)
	if len(r) > 28 {
		r = r[:28]
	}
	if len(r) == 0 {
		return fmt.Sprintf("Đợt %d", i+1)
	}
	return string(r)
}

func writeTables(f *excelize.File, sheet, movement string, tables []Table, bold, head int) error {
	row := 1
	set := func(col int, v any, style int) error {
		cell, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			return err
		}
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			return err
		}
		if style != 0 {
			return f.SetCellStyle(sheet, cell, cell, style)
		}
		return nil
	}
	if err := set(1, "Phong trào thi đua “"+movement+"” — "+sheet, bold); err != nil {
		return err
	}
	row += 2
	for _, t := range tables {
		if err := set(1, t.Title, bold); err != nil {
			return err
		}
		row++
		for c, name := range t.Columns {
			if err := set(c+1, name, head); err != nil {
				return err
			}
		}
		row++
		for _, cells := range t.Rows {
			for c, v := range cells {
				if err := set(c+1, v, 0); err != nil {
					return err
				}
			}
			row++
		}
		row++
	}
	if err := f.SetColWidth(sheet, "A", "A", 42); err != nil {
		return err
	}
	return f.SetColWidth(sheet, "B", "K", 16)
}
