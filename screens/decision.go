package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

const (
	outcomeAwardedLabel  = "Đã khen thưởng"
	outcomeRejectedLabel = "Không được duyệt"
)

// onDecision records the deciding authority's decision on a nomination,
// or, when one is in force, corrects it with a reason (the old decision
// stays in the record and is listed here).
func (ns *NominationsScreen) onDecision(p app.FormPanel, e app.BoardEntry) {
	st := ns.shell.deps.Store
	past, err := st.Decisions(e.ID)
	if err != nil {
		ns.shell.showError(err)
		return
	}
	correcting := len(past) > 0
	outcome := widget.NewRadioGroup([]string{outcomeAwardedLabel, outcomeRejectedLabel}, nil)
	outcome.SetSelected(outcomeAwardedLabel)
	number, date, issuer := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	number.SetPlaceHolder("125/QĐ-UBND")
	date.SetPlaceHolder("dd/mm/yyyy")
	issuer.SetText(p.Form.Issuer)
	reason, why := widget.NewEntry(), widget.NewEntry()
	reason.SetPlaceHolder("khi không được duyệt")
	items := []*widget.FormItem{widget.NewFormItem("Kết quả", outcome), widget.NewFormItem("Số quyết định", number),
		widget.NewFormItem("Ngày ký", date), widget.NewFormItem("Người ký", issuer), widget.NewFormItem("Lý do không duyệt", reason)}
	title := "Quyết định khen thưởng: " + e.Part.Name
	if correcting {
		title = "Đính chính quyết định: " + e.Part.Name
		items = append([]*widget.FormItem{widget.NewFormItem("Đã ghi", textLabel(decisionsText(past)))}, items...)
		items = append(items, widget.NewFormItem("Lý do đính chính", why))
	}
	d := formDialog(ns.shell.win, title, "Lưu", "Hủy", items, func() bool {
		dec := app.Decision{NominationID: e.ID, Outcome: app.OutcomeAwarded, Number: number.Text, Issuer: issuer.Text, Reason: reason.Text}
		if outcome.Selected == outcomeRejectedLabel {
			dec.Outcome = app.OutcomeRejected
		}
		if strings.TrimSpace(date.Text) != "" {
			iso, err := isoDate("Ngày ký", date.Text)
			if err != nil {
				ns.shell.showError(err)
				return false
			}
			dec.DecidedOn = iso
		}
		if correcting {
			_, err = st.CorrectDecision(dec, why.Text)
		} else {
			_, err = st.RecordDecision(dec)
		}
		ns.run(err)
		return err == nil
	})
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

// decisionsText lists the decisions recorded on a nomination, the ones
// corrected marked so.
func decisionsText(ds []app.Decision) string {
	var lines []string
	for _, d := range ds {
		s := "không được duyệt: " + d.Reason
		if d.Outcome == app.OutcomeAwarded {
			s = fmt.Sprintf("quyết định %s ngày %s (%s)", d.Number, viet.DisplayISO(d.DecidedOn), d.Issuer)
		}
		if d.ReplacedBy != 0 {
			s += " — đã đính chính"
		}
		if d.CorrectionReason != "" {
			s += " — đính chính vì: " + d.CorrectionReason
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}
