package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// placeNames are the Vietnamese names of the places Fyne's file dialog
// lists on its left. Fyne (v2.7) prints those names as they are, without
// its translation table, so the dialog showed "Home", "Computer",
// "Documents" in English to the clerk.
var placeNames = map[string]string{
	"Home": "Thư mục riêng", "Computer": "Máy tính", "App Files": "Tệp của ứng dụng",
	"Desktop": "Màn hình nền", "Documents": "Tài liệu", "Downloads": "Tải về",
	"Music": "Âm nhạc", "Pictures": "Hình ảnh", "Videos": "Video",
}

// showFileDialog shows a file dialog of the window with its places named
// in Vietnamese.
func (s *Shell) showFileDialog(d dialog.Dialog) {
	d.Show()
	top := s.win.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	eachPart(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && isPlaceList(l) {
			update := l.UpdateItem
			l.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
				update(id, item)
				if label := placeLabel(item); label != nil {
					if vi, ok := placeNames[label.Text]; ok {
						label.SetText(vi)
					}
				}
			}
			l.Refresh()
		}
	})
}

// eachPart calls fn for o and every object under it that containers,
// pop-ups, splits and scrolls hold in their public fields (what a dialog is
// built of; a widget's own renderer is not reached).
func eachPart(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			eachPart(child, fn)
		}
	case *widget.PopUp:
		eachPart(c.Content, fn)
	case *container.Split:
		eachPart(c.Leading, fn)
		eachPart(c.Trailing, fn)
	case *container.Scroll:
		eachPart(c.Content, fn)
	}
}

// isPlaceList tells the list of places (rows of an icon and a label) from
// the list of files (rows of Fyne's own file items).
func isPlaceList(l *widget.List) bool {
	return l.CreateItem != nil && placeLabel(l.CreateItem()) != nil
}

func placeLabel(item fyne.CanvasObject) *widget.Label {
	c, ok := item.(*fyne.Container)
	if !ok || len(c.Objects) != 2 {
		return nil
	}
	l, _ := c.Objects[1].(*widget.Label)
	return l
}
