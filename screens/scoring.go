package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

func buildScoringScreen(s *Shell) fyne.CanvasObject {
	p := s.CurrentPlan()
	if p == nil {
		return noPlan(s)
	}
	body := container.NewStack()
	var rounds []string
	byName := map[string]app.Round{}
	for _, r := range p.Rounds {
		rounds = append(rounds, r.Name)
		byName[r.Name] = r
	}
	kinds := []string{app.KindCollective.Label(), app.KindIndividual.Label()}
	roundSel := widget.NewSelect(rounds, nil)
	kindSel := widget.NewRadioGroup(kinds, nil)
	kindSel.Horizontal = true
	update := func() {
		r, ok := byName[roundSel.Selected]
		if !ok {
			return
		}
		k := app.KindCollective
		if kindSel.Selected == app.KindIndividual.Label() {
			k = app.KindIndividual
		}
		body.Objects = []fyne.CanvasObject{scoreTable(s, p, r, k)}
		body.Refresh()
	}
	roundSel.OnChanged = func(string) { update() }
	kindSel.OnChanged = func(string) { update() }
	kindSel.SetSelected(kinds[0])
	if len(rounds) > 0 {
		roundSel.SetSelected(rounds[0])
	}
	bar := container.NewHBox(widget.NewLabel("Đợt:"), roundSel, widget.NewLabel("Đối tượng:"), kindSel)
	return container.NewBorder(container.NewVBox(readOnlyNote("kết quả chấm điểm của hội đồng"), bar), nil, nil, nil, body)
}

func scoreTable(s *Shell, p *app.Plan, r app.Round, k app.Kind) fyne.CanvasObject {
	parts, err := s.deps.Store.Participants(k)
	if err != nil {
		s.showError(err)
	}
	scores, err := s.deps.Store.RoundScores(r.ID)
	if err != nil {
		s.showError(err)
	}
	rows := app.ScoreTable(p, k, parts, scores)
	if len(rows) == 0 {
		return textLabel("Chưa có đối tượng nào thuộc loại này.")
	}
	return newTable([]string{"Hạng", "Tên", "Tổng điểm", "Xếp loại"}, []float32{60, 360, 120, 140}, len(rows),
		func(i, c int) string {
			row := rows[i]
			switch c {
			case 0:
				if !row.Complete {
					return ""
				}
				return fmt.Sprint(i + 1)
			case 1:
				return row.Participant.Name
			case 2:
				if !row.Complete {
					return "chưa đủ điểm"
				}
				return fmt.Sprintf("%g / %g", row.Total, row.Max)
			}
			return row.Class.Label()
		})
}
