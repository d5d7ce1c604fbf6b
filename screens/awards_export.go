package screens

import (
	"bytes"
	"strconv"

	"thidua/app"
	"thidua/app/viet"
	"thidua/app/workbook"
)

// Labels of the buttons that export the register of awards.
const (
	exportRegisterLabel = "Xuất sổ khen thưởng (Excel)…"
	exportDecisionLabel = "Khen thưởng theo quyết định (Excel)…"
	exportHistoryLabel  = "Xuất quá trình khen thưởng (Excel)…"
)

// awardsWorkbook is the register of awards chosen by f as an .xlsx
// workbook, with the file name offered for it.
func (s *Shell) awardsWorkbook(f app.AwardFilter, title string) ([]byte, string, error) {
	var buf bytes.Buffer
	if _, err := workbook.ExportAwards(s.deps.Store, f, &buf); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), app.SafeFileName(title, ".xlsx"), nil
}

// exportAwards lets the clerk save the register of awards chosen by f.
func (s *Shell) exportAwards(f app.AwardFilter, title string) {
	b, name, err := s.awardsWorkbook(f, title)
	if err != nil {
		s.showError(err)
		return
	}
	s.saveFile(b, name)
}

// registerFilter is the register of awards of the year chosen on the Văn
// bản screen (every year with "Tất cả").
func (ds *DocumentsScreen) registerFilter() (app.AwardFilter, string) {
	year, _ := strconv.Atoi(ds.year.Selected)
	if year == 0 {
		return app.AwardFilter{}, "Sổ khen thưởng"
	}
	return app.AwardFilter{Year: year}, "Sổ khen thưởng năm " + strconv.Itoa(year)
}

// decisionFilter is the register of the awards of one issued decision.
func decisionFilter(d app.Document) (app.AwardFilter, string) {
	return app.AwardFilter{DecisionDocID: d.ID}, "Khen thưởng theo " + viet.DocNumber(d.Number, d.Symbol)
}

// historyFilter is one participant's awards.
func historyFilter(p app.Participant) (app.AwardFilter, string) {
	return app.AwardFilter{ParticipantID: p.ID}, "Quá trình khen thưởng " + p.Name
}
