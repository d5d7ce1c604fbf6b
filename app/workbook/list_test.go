package workbook

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/document"
)

func decisionPaper(t *testing.T) *document.Document {
	t.Helper()
	org := app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên", Place: "Hòa Phong"}
	d, err := document.DecisionDocument(document.DecisionInput{
		Letter: document.Letter{Org: org, Number: 12, Date: "2025-12-20", Authority: []string{"CHỦ TỊCH"}},
		Award:  "Giấy khen của Chủ tịch Ủy ban nhân dân xã", Movement: "Đẩy mạnh công tác dân vận chính quyền",
		Entries: []document.ListEntry{
			{Kind: app.KindIndividual, Name: "Trần Thị Lan", PositionUnit: "Công chức Văn phòng - Thống kê, UBND xã",
				Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2025", Award: "Giấy khen"},
			{Kind: app.KindCollective, Name: "Thôn Đông", Achievement: "Dẫn đầu phong trào", Award: "Giấy khen", Note: "lần 2"},
		}})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestWriteListInTheProvincesLayout(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteList(decisionPaper(t), &buf); err != nil {
		t.Fatal(err)
	}
	f, sheet := openBook(t, buf.Bytes())
	rows, _ := f.GetRows(sheet)
	head := headerRow(t, f, sheet)
	top := ""
	for _, r := range rows[:head-1] {
		top += strings.Join(r, "") + "\n"
	}
	for _, want := range []string{"UBND TỈNH HƯNG YÊN\nỦY BAN NHÂN DÂN\nXÃ HÒA PHONG\n", "DANH SÁCH",
		"TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "(Kèm theo Quyết định số 12/QĐ-UBND ngày 20 tháng 12 năm 2025"} {
		if !strings.Contains(top, want) {
			t.Errorf("title block lacks %q:\n%s", want, top)
		}
	}
	if got := strings.Join(rows[head-1], "|"); got != "STT|Họ và tên / Tên tập thể|Chức vụ – đơn vị|Thành tích tóm tắt|Hình thức|Ghi chú" {
		t.Errorf("header %q", got)
	}
	checkPrintLayout(t, f, sheet, head)
	body := ""
	for _, r := range rows[head:] {
		body += strings.Join(r, "|") + "\n"
	}
	want := "I. TẬP THỂ\n1|Thôn Đông||Dẫn đầu phong trào|Giấy khen|lần 2\nII. CÁ NHÂN\n" +
		"1|Trần Thị Lan|Công chức Văn phòng - Thống kê, UBND xã|Hoàn thành xuất sắc nhiệm vụ năm 2025|Giấy khen\n"
	if body != want {
		t.Errorf("list rows:\n%s\nwant:\n%s", body, want)
	}
	r := head + 2
	if typ, _ := f.GetCellType(sheet, "A"+strconv.Itoa(r)); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("STT of row %d is of type %v, not a number", r, typ)
	}
	if err := WriteList(&document.Document{}, &buf); !errors.Is(err, ErrNoList) {
		t.Errorf("a paper without a list: %v", err)
	}
}
