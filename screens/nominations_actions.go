package screens

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// onNominate lets the clerk pick a candidate of the form, in rank order.
func (ns *NominationsScreen) onNominate(p app.FormPanel) {
	if len(p.Candidates) == 0 {
		dialog.ShowInformation("Đề nghị", "Không còn ai đủ điểm để đề nghị "+p.Form.Name+" trong đợt này.", ns.shell.win)
		return
	}
	chosen := -1
	shown := p.Candidates // filtered by the search box
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject {
			return widget.NewLabel("Hạng 10 · Nguyễn Thị Thanh Hương · 100 điểm · Xuất sắc")
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(candidateText(shown[i]))
		})
	search := widget.NewEntry()
	search.SetPlaceHolder("Tìm theo tên (gõ không dấu cũng được)")
	search.OnChanged = func(q string) {
		shown = nil
		for _, c := range p.Candidates {
			if viet.Contains(viet.Fold(c.Participant.Name), q) {
				shown = append(shown, c)
			}
		}
		chosen = -1
		list.UnselectAll()
		list.Refresh()
	}
	list.OnSelected = func(i widget.ListItemID) { chosen = i }
	var d dialog.Dialog
	ok := widget.NewButton("Đề nghị người đã chọn", func() {
		if chosen < 0 {
			return
		}
		d.Hide()
		ns.nominate(p.Form, shown[chosen].Participant, "")
	})
	ok.Importance = widget.HighImportance
	body := container.NewBorder(container.NewVBox(textLabel("Chọn trong danh sách xếp theo kết quả chấm điểm của đợt:"), search),
		ok, nil, nil, list)
	d = dialog.NewCustom("Đề nghị "+p.Form.Name, "Đóng", fitted(ns.shell.win, body, 0), ns.shell.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}

func candidateText(r app.RankRow) string {
	s := fmt.Sprintf("Hạng %d · %s · %s điểm · %s", r.Rank, r.Participant.Name, pointsText(r.Total), r.Class.Label())
	if r.Participant.Kind == app.KindCollective {
		s += " · tập thể"
	}
	if r.Participant.Suspended {
		s += " · đang bị xem xét"
	}
	return s
}

// nominate stores the nomination; when the rules refuse it, the clerk
// sees why and, where the law allows, may keep it with a written reason.
func (ns *NominationsScreen) nominate(form app.AwardForm, part app.Participant, reason string) {
	_, err := ns.shell.deps.Store.Nominate(app.Nomination{RoundID: ns.round.ID, AwardFormID: form.ID, ParticipantID: part.ID}, reason)
	var re *app.RefusedError
	if errors.As(err, &re) {
		ns.showRefusal(form, part, re)
		return
	}
	ns.run(err)
}

// showRefusal lists the reasons; a forceable refusal gets a reason box
// and a "Vẫn đề nghị" button.
func (ns *NominationsScreen) showRefusal(form app.AwardForm, part app.Participant, re *app.RefusedError) {
	var lines []string
	for _, r := range re.Refusals {
		lines = append(lines, "• "+r.Message)
	}
	msg := textLabel(strings.Join(lines, "\n"))
	msg.Importance = widget.DangerImportance
	title := "Không đề nghị được " + part.Name
	if !re.Forceable {
		dialog.ShowCustom(title, "Đóng", msg, ns.shell.win)
		return
	}
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder("Lý do Hội đồng vẫn đề nghị (ghi vào nhật ký và biên bản)")
	reason.SetMinRowsVisible(3)
	body := container.NewVBox(msg, textLabel("Nếu Hội đồng vẫn đề nghị, ghi rõ lý do:"), reason)
	d := dialog.NewCustomConfirm(title, "Vẫn đề nghị", "Hủy", fitted(ns.shell.win, body, 0), func(ok bool) {
		if !ok {
			return
		}
		if strings.TrimSpace(reason.Text) == "" {
			ns.shell.showErrorThen(errors.New("cần ghi lý do để vẫn đề nghị"), func() { ns.showRefusal(form, part, re) })
			return
		}
		ns.nominate(form, part, reason.Text)
	}, ns.shell.win)
	d.Resize(fyne.NewSize(620, 360))
	d.Show()
}

// showActions is the menu of a nomination's less frequent actions.
func (ns *NominationsScreen) showActions(anchor fyne.CanvasObject, p app.FormPanel, e app.BoardEntry) {
	items := []*fyne.MenuItem{
		fyne.NewMenuItem("Thành tích tóm tắt…", func() { ns.onAchievement(e) }),
		fyne.NewMenuItem("Báo cáo thành tích (PDF)", func() { ns.onReport(e) }),
		fyne.NewMenuItem("Ghi tờ trình đã gửi…", func() { ns.onProposal(e) }),
		fyne.NewMenuItem("Ghi quyết định…", func() { ns.onDecision(p, e) }),
		fyne.NewMenuItem("Rút đề nghị…", func() { ns.onWithdraw(e) }),
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), ns.shell.win.Canvas(), pos.Add(fyne.NewPos(0, anchor.Size().Height)))
}

func (ns *NominationsScreen) onAchievement(e app.BoardEntry) {
	text := widget.NewMultiLineEntry()
	text.SetText(e.Achievement)
	text.SetMinRowsVisible(6)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Thành tích tóm tắt: "+e.Part.Name, "Lưu", "Hủy",
		container.NewVBox(textLabel("Vài dòng chiếu trong cuộc họp và đưa vào báo cáo thành tích:"), text), func(ok bool) {
			if ok {
				ns.run(ns.shell.deps.Store.SetAchievement(e.ID, text.Text))
			}
		}, ns.shell.win)
	d.Resize(fyne.NewSize(640, 360))
	d.Show()
}

func (ns *NominationsScreen) onWithdraw(e app.BoardEntry) {
	reason := widget.NewEntry()
	reason.SetPlaceHolder("Lý do rút (không bắt buộc)")
	dialog.ShowCustomConfirm("Rút đề nghị "+e.Part.Name+"?", "Rút đề nghị", "Hủy",
		container.NewVBox(textLabel("Đề nghị vẫn được giữ trong hồ sơ, đánh dấu đã rút, và không còn tính vào số lượng."), reason),
		func(ok bool) {
			if ok {
				ns.run(ns.shell.deps.Store.WithdrawNomination(e.ID, reason.Text))
			}
		}, ns.shell.win)
}

func (ns *NominationsScreen) onProposal(e app.BoardEntry) {
	number, date := widget.NewEntry(), widget.NewEntry()
	number.SetPlaceHolder("12/TTr-UBND")
	date.SetPlaceHolder("dd/mm/yyyy")
	form := widget.NewForm(widget.NewFormItem("Số tờ trình", number), widget.NewFormItem("Ngày", date))
	dialog.ShowCustomConfirm("Tờ trình đề nghị "+e.Part.Name, "Lưu", "Hủy", form, func(ok bool) {
		if !ok {
			return
		}
		iso, err := isoDate("Ngày tờ trình", date.Text)
		if err == nil {
			err = ns.shell.deps.Store.ProposeNominations([]int64{e.ID}, number.Text, iso)
		}
		ns.run(err)
	}, ns.shell.win)
}

// isoDate reads a date typed dd/mm/yyyy as ISO; the error names the field.
func isoDate(field, text string) (string, error) {
	t, err := viet.ParseDate(text)
	if err != nil {
		return "", &app.InvalidError{Problems: []app.Problem{{Where: field, Message: "ngày không đọc được, gõ theo dạng dd/mm/yyyy"}}}
	}
	return viet.ISO(t), nil
}
