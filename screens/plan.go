package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app/viet"
)

func buildPlanScreen(s *Shell) fyne.CanvasObject {
	p := s.CurrentPlan()
	if p == nil {
		return noPlan(s)
	}
	info := widget.NewForm(
		widget.NewFormItem("Số, ký hiệu", widget.NewLabel(planNumber(p.Number, p.Symbol))),
		widget.NewFormItem("Ngày ban hành", widget.NewLabel(orDash(viet.DisplayISO(p.IssuedOn)))),
		widget.NewFormItem("Thời gian thi đua", widget.NewLabel(orDash(viet.DisplayISO(p.PeriodStart))+" – "+orDash(viet.DisplayISO(p.PeriodEnd)))),
		widget.NewFormItem("Số đợt", widget.NewLabel(roundNames(s))),
	)
	text := planText(p.Paragraphs())
	text.Wrapping = fyne.TextWrapWord
	return container.NewBorder(container.NewVBox(readOnlyNote("kế hoạch"), info, widget.NewSeparator()), nil, nil, nil,
		container.NewVScroll(text))
}

func roundNames(s *Shell) string {
	var names []string
	for _, r := range s.CurrentPlan().Rounds {
		names = append(names, r.Name)
	}
	return strings.Join(names, ", ")
}

// planText shows the plan's paragraphs one per block, literally; section
// headings (all capitals) in bold.
func planText(paras []string) *widget.RichText {
	segs := make([]widget.RichTextSegment, 0, len(paras))
	for _, p := range paras {
		style := widget.RichTextStyleParagraph
		if isHeading(p) {
			style = widget.RichTextStyleStrong
			style.Inline = false
		}
		segs = append(segs, &widget.TextSegment{Text: p, Style: style})
	}
	return widget.NewRichText(segs...)
}

func isHeading(p string) bool {
	return p != "" && strings.ToUpper(p) == p && strings.ContainsAny(p, "ABCDEGHIKLMNOPQRSTUVXYĐ")
}

func planNumber(number, symbol string) string {
	if number == "" {
		return "(chưa có số)/" + symbol
	}
	return number + "/" + symbol
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
