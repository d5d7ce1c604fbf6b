package scoreio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

func TestExportImportRoundTripAndProblems(t *testing.T) {
	crit := []app.Criterion{{ID: 1, ShortText: "Hoàn thành", MaxPoints: 50}, {ID: 2, ShortText: "Sáng kiến", MaxPoints: 50}}
	parts := []app.Participant{{ID: 10, Name: "Nguyễn Văn An"}, {ID: 11, Name: "Trần Thị Bình"}}
	v := 45.5
	var b bytes.Buffer
	if err := Export(&b, crit, parts, []app.Score{{ParticipantID: 10, CriterionID: 1, Council: &v}}, 0); err != nil {
		t.Fatal(err)
	}
	scores, problems, err := Import(bytes.NewReader(b.Bytes()), 7, crit, parts, 0)
	if err != nil || len(problems) != 0 || len(scores) != 1 || *scores[0].Council != 45.5 || scores[0].RoundID != 7 {
		t.Fatalf("round trip: %+v %v %v", scores, problems, err)
	}
	f, _ := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	f.SetCellValue(sheet, "D2", "60")
	f.SetCellValue(sheet, "C3", "40")
	f.SetCellValue(sheet, "D3", "12,3")
	var edited bytes.Buffer
	f.Write(&edited)
	scores, problems, _ = Import(bytes.NewReader(edited.Bytes()), 7, crit, parts, 0)
	if len(problems) != 2 || !strings.Contains(problems[0].Where, "dòng 2, cột TC 2") || !strings.Contains(problems[0].Message, "vượt quá") {
		t.Fatalf("problems: %+v", problems)
	}
	if len(scores) != 0 {
		t.Fatalf("rows with problems must give no scores: %+v", scores)
	}
	if _, _, err := Import(strings.NewReader("not a workbook"), 7, crit, parts, 0); err == nil {
		t.Fatal("garbage accepted")
	}
}
