package workbook

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"thidua/app/document"
	"thidua/app/viet"
)

// ErrNoList is returned for a paper without a Danh sách.
var ErrNoList = errors.New("văn bản này không có danh sách kèm theo")

// listColumns are the columns of a Danh sách as the provinces ask communes
// to send it; the paper's tables are mapped onto them by their headers.
var listColumns = []column{
	{"STT", 5}, {"Họ và tên / Tên tập thể", 22}, {"Chức vụ – đơn vị", 24}, {"Thành tích tóm tắt", 45},
	{"Hình thức", 20}, {"Ghi chú", 12},
}

// listColumn is the column of the sheet a column of the paper's table goes
// to, by its header; -1 leaves it out.
func listColumn(title string) int {
	t := strings.ToLower(strings.TrimSpace(title))
	switch {
	case t == "stt":
		return 0
	case strings.Contains(t, "tên"):
		return 1
	case strings.Contains(t, "chức vụ"), strings.Contains(t, "đơn vị"):
		return 2
	case strings.Contains(t, "thành tích"):
		return 3
	case strings.Contains(t, "hình thức"):
		return 4
	case strings.Contains(t, "ghi chú"):
		return 5
	}
	return -1
}

// WriteList writes the Danh sách appended to d (a Tờ trình or a Quyết
// định) as an .xlsx workbook: the issuer and the list's title and
// reference above, then its parts (I. TẬP THỂ, II. CÁ NHÂN) in one table.
func WriteList(d *document.Document, w io.Writer) error {
	var list *document.Appendix
	for i, a := range d.Appendices {
		if a.Label == "DANH SÁCH" {
			list = &d.Appendices[i]
			break
		}
	}
	if list == nil {
		return ErrNoList
	}
	s := sheet{name: "Danh sách", columns: listColumns}
	if d.Header.Parent != "" {
		s.left = append(s.left, viet.Upper(d.Header.Parent))
	}
	for _, l := range d.Header.Issuer {
		s.left = append(s.left, viet.Upper(l))
	}
	s.title = []string{list.Label, viet.Upper(list.Title)}
	if ref := strings.TrimSpace(list.Reference); ref != "" {
		if !strings.HasPrefix(ref, "(") {
			ref = "(" + ref + ")"
		}
		s.title = append(s.title, ref)
	}
	for _, b := range list.Body {
		switch b := b.(type) {
		case document.Paragraph:
			var text strings.Builder
			for _, r := range b.Runs {
				text.WriteString(r.Text)
			}
			s.rows = append(s.rows, []any{text.String()})
		case document.Table:
			for _, r := range b.Rows {
				row := make([]any, len(listColumns))
				for i := range row {
					row[i] = ""
				}
				for i, c := range b.Columns {
					if to := listColumn(c.Title); to >= 0 && i < len(r) {
						row[to] = r[i]
					}
				}
				if n, err := strconv.Atoi(fmt.Sprint(row[0])); err == nil {
					row[0] = n
				}
				s.rows = append(s.rows, row)
			}
		}
	}
	return s.write(w)
}
