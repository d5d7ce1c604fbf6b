package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

func buildNominationsScreen(s *Shell) fyne.CanvasObject {
	p := s.CurrentPlan()
	if p == nil {
		return noPlan(s)
	}
	box := container.NewVBox(readOnlyNote("các hình thức khen thưởng và số lượng của kế hoạch"))
	for _, a := range p.AwardForms {
		var lines []string
		lines = append(lines, "Cấp: "+a.IssuerLevel.Label()+" — người tặng: "+a.Issuer)
		lines = append(lines, "Dành cho: "+kindsText(a))
		for _, q := range a.Quotas {
			lines = append(lines, fmt.Sprintf("Số lượng %s: %s", strings.ToLower(q.RoundKind.Label()), app.QuotaText(q)))
		}
		lines = append(lines, "Xếp loại tối thiểu: "+a.MinClassification.Label())
		lines = append(lines, fmt.Sprintf("Biểu quyết: %s, đạt từ %g%% %s", voteLabel(a.VoteMethod), a.VoteThreshold, baseLabel(a.VoteBase)))
		box.Add(widget.NewCard(a.Name, "", textLabel(strings.Join(lines, "\n"))))
	}
	return container.NewVScroll(box)
}

func kindsText(a app.AwardForm) string {
	switch {
	case a.ForCollectives && a.ForIndividuals:
		return "tập thể và cá nhân"
	case a.ForCollectives:
		return "tập thể"
	}
	return "cá nhân"
}

func voteLabel(m app.VoteMethod) string {
	if m == app.VoteHands {
		return "giơ tay"
	}
	return "bỏ phiếu kín"
}

func baseLabel(b app.VoteBase) string {
	if b == app.BasePresent {
		return "số thành viên có mặt"
	}
	return "tổng số thành viên hội đồng"
}
