package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

func buildDocumentsScreen(s *Shell) fyne.CanvasObject {
	p := s.CurrentPlan()
	if p == nil {
		return noPlan(s)
	}
	return container.NewVBox(readOnlyNote("sổ văn bản"),
		textLabel("Chưa có văn bản nào được ban hành từ ứng dụng. Tờ trình, quyết định, biên bản, báo cáo thành tích "+
			"và giấy khen của phong trào “"+p.MovementName+"” sẽ được in và ghi sổ tại đây."))
}
