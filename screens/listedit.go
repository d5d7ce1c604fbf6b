package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// markerLabels name the item markers for the clerk.
var markerLabels = []struct{ marker, label string }{
	{app.MarkerDash, "Gạch đầu dòng (-)"},
	{app.MarkerPlus, "Ý nhỏ (+)"},
	{app.MarkerHeading, "Tiêu đề mục (1., 2.)"},
	{app.MarkerNone, "Đoạn văn"},
}

func markerLabel(m string) string {
	for _, ml := range markerLabels {
		if ml.marker == m {
			return ml.label
		}
	}
	return markerLabels[3].label
}

func markerOf(label string) string {
	for _, ml := range markerLabels {
		if ml.label == label {
			return ml.marker
		}
	}
	return app.MarkerNone
}

// moveButtons returns the ↑ ↓ ✕ buttons of row i of a list of n rows.
func moveButtons(i, n int, move func(from, to int), remove func(i int)) *fyne.Container {
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { move(i, i-1) })
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { move(i, i+1) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { remove(i) })
	if i == 0 {
		up.Disable()
	}
	if i == n-1 {
		down.Disable()
	}
	return container.NewHBox(up, down, del)
}

// multiline returns a wrapping multi-line entry holding text.
func multiline(text string, onChanged func(string)) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(2)
	e.SetText(text)
	e.OnChanged = onChanged
	return e
}

// swap moves element from to position to in s.
func swap[T any](s []T, from, to int) {
	if to < 0 || to >= len(s) {
		return
	}
	s[from], s[to] = s[to], s[from]
}

func removeAt[T any](s []T, i int) []T {
	return append(s[:i:i], s[i+1:]...)
}

// itemsEditor edits a list of plan items: marker and text per row, with
// add, remove and move up / down.
type itemsEditor struct {
	items    *[]app.Item
	changed  func()
	box      *fyne.Container
	addLabel string
}

func newItemsEditor(items *[]app.Item, addLabel string, changed func()) *itemsEditor {
	ed := &itemsEditor{items: items, changed: changed, box: container.NewVBox(), addLabel: addLabel}
	ed.rebuild()
	return ed
}

func (ed *itemsEditor) rebuild() {
	ed.box.Objects = nil
	n := len(*ed.items)
	for i := range *ed.items {
		it := &(*ed.items)[i]
		var labels []string
		for _, ml := range markerLabels {
			labels = append(labels, ml.label)
		}
		sel := widget.NewSelect(labels, nil)
		sel.SetSelected(markerLabel(it.Marker))
		sel.OnChanged = func(l string) { it.Marker = markerOf(l); ed.changed() }
		text := multiline(it.Text, func(s string) { it.Text = s; ed.changed() })
		ed.box.Add(container.NewBorder(nil, nil, sel, moveButtons(i, n, ed.move, ed.remove), text))
	}
	ed.box.Add(container.NewHBox(widget.NewButtonWithIcon(ed.addLabel, theme.ContentAddIcon(), ed.add)))
	ed.box.Refresh()
}

func (ed *itemsEditor) add() {
	marker := app.MarkerDash
	if n := len(*ed.items); n > 0 {
		marker = (*ed.items)[n-1].Marker
	}
	*ed.items = append(*ed.items, app.Item{Marker: marker})
	ed.rebuild()
	ed.changed()
}

func (ed *itemsEditor) move(from, to int) { swap(*ed.items, from, to); ed.rebuild(); ed.changed() }

func (ed *itemsEditor) remove(i int) {
	*ed.items = removeAt(*ed.items, i)
	ed.rebuild()
	ed.changed()
}

// linesEditor edits a list of plain lines (căn cứ, nơi nhận …).
type linesEditor struct {
	lines    *[]string
	changed  func()
	box      *fyne.Container
	addLabel string
	multi    bool
}

func newLinesEditor(lines *[]string, addLabel string, multi bool, changed func()) *linesEditor {
	ed := &linesEditor{lines: lines, changed: changed, box: container.NewVBox(), addLabel: addLabel, multi: multi}
	ed.rebuild()
	return ed
}

func (ed *linesEditor) rebuild() {
	ed.box.Objects = nil
	n := len(*ed.lines)
	for i := range *ed.lines {
		i := i
		set := func(s string) { (*ed.lines)[i] = s; ed.changed() }
		var entry *widget.Entry
		if ed.multi {
			entry = multiline((*ed.lines)[i], set)
		} else {
			entry = widget.NewEntry()
			entry.SetText((*ed.lines)[i])
			entry.OnChanged = set
		}
		ed.box.Add(container.NewBorder(nil, nil, nil, moveButtons(i, n, ed.move, ed.remove), entry))
	}
	ed.box.Add(container.NewHBox(widget.NewButtonWithIcon(ed.addLabel, theme.ContentAddIcon(), ed.add)))
	ed.box.Refresh()
}

func (ed *linesEditor) add() {
	*ed.lines = append(*ed.lines, "")
	ed.rebuild()
	ed.changed()
}

func (ed *linesEditor) move(from, to int) { swap(*ed.lines, from, to); ed.rebuild(); ed.changed() }

func (ed *linesEditor) remove(i int) {
	*ed.lines = removeAt(*ed.lines, i)
	ed.rebuild()
	ed.changed()
}
