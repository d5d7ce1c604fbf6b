// Package scoreio writes a scoring grid to an Excel workbook for council
// members to fill in, and reads it back with every value checked before
// anything is stored.
package scoreio

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

const sheet = "Chấm điểm"

// Export writes one row per participant (its ID, its name) and one column
// per criterion, with the council scores already entered (member 0, or the
// member's own when member ≠ 0).
func Export(w io.Writer, crit []app.Criterion, parts []app.Participant, scores []app.Score, member int64) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	head := []any{"Mã", "Tên"}
	for i, c := range crit {
		head = append(head, fmt.Sprintf("TC %d: %s (tối đa %s)", i+1, shortOf(c), pts(c.MaxPoints)))
	}
	if err := f.SetSheetRow(sheet, "A1", &head); err != nil {
		return err
	}
	val := map[[2]int64]float64{}
	for _, s := range scores {
		if s.MemberID == member && s.Council != nil {
			val[[2]int64{s.ParticipantID, s.CriterionID}] = *s.Council
		}
	}
	for r, p := range parts {
		row := []any{p.ID, p.Name}
		for _, c := range crit {
			if v, ok := val[[2]int64{p.ID, c.ID}]; ok {
				row = append(row, v)
			} else {
				row = append(row, "")
			}
		}
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", r+2), &row); err != nil {
			return err
		}
	}
	f.SetColWidth(sheet, "B", "B", 32)
	return f.Write(w)
}

func shortOf(c app.Criterion) string {
	if c.ShortText != "" {
		return c.ShortText
	}
	return c.Text
}

func pts(v float64) string { return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1) }

// Import reads a workbook written by Export: it returns the scores to store
// (council layer of member) and every problem with its row and column.
// Empty cells are skipped; a row with a problem gives no scores. Nothing is
// stored by Import: the caller stores the scores only when there is no
// problem, or when the clerk chose to skip the rows with problems.
func Import(r io.Reader, roundID int64, crit []app.Criterion, parts []app.Participant, member int64) ([]app.Score, []app.Problem, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		return nil, nil, fmt.Errorf("tệp Excel bị hỏng hoặc không phải bảng chấm điểm: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0), excelize.Options{RawCellValue: true})
	if err != nil || len(rows) == 0 {
		return nil, nil, fmt.Errorf("tệp không có trang chấm điểm")
	}
	if len(rows[0]) < 2+len(crit) {
		return nil, nil, fmt.Errorf("tệp có %d cột, bảng chấm điểm của đợt này cần %d (Mã, Tên và %d tiêu chí) — hãy xuất lại bảng từ ứng dụng", len(rows[0]), 2+len(crit), len(crit))
	}
	known := map[int64]bool{}
	for _, p := range parts {
		known[p.ID] = true
	}
	var out []app.Score
	var problems []app.Problem
	for i, row := range rows[1:] {
		line := i + 2
		rowScores, rowProblems := importRow(row, line, roundID, crit, known, member)
		problems = append(problems, rowProblems...)
		if len(rowProblems) == 0 {
			out = append(out, rowScores...)
		}
	}
	return out, problems, nil
}

func importRow(row []string, line int, roundID int64, crit []app.Criterion, known map[int64]bool, member int64) ([]app.Score, []app.Problem) {
	cell := func(i int) string {
		if i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	var ps []app.Problem
	id, err := strconv.ParseInt(cell(0), 10, 64)
	if err != nil || !known[id] {
		if cell(0) == "" && cell(1) == "" {
			return nil, nil
		}
		return nil, []app.Problem{{Where: fmt.Sprintf("dòng %d, cột Mã", line),
			Message: fmt.Sprintf("mã “%s” không phải đối tượng của bảng này — đừng sửa cột Mã", cell(0))}}
	}
	var out []app.Score
	for j, c := range crit {
		text := cell(2 + j)
		if text == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.Replace(text, ",", ".", 1), 64)
		if err == nil {
			err = app.ValidateScore(c, v)
		}
		if err != nil {
			ps = append(ps, app.Problem{Where: fmt.Sprintf("dòng %d, cột TC %d", line, j+1),
				Message: fmt.Sprintf("“%s”: %s", text, strings.TrimPrefix(problemText(err), shortOf(c)+": "))})
			continue
		}
		out = append(out, app.Score{RoundID: roundID, ParticipantID: id, CriterionID: c.ID, MemberID: member, Council: &v})
	}
	return out, ps
}

func problemText(err error) string {
	if ie, ok := err.(*app.InvalidError); ok && len(ie.Problems) > 0 {
		return ie.Problems[0].Message
	}
	return "không phải là số"
}
