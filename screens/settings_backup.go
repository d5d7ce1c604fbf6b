package screens

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// backupPart is the backups of Cài đặt: the automatic copies in the
// backups folder, each restorable, and "Sao lưu ra USB…".
func (sc *SettingsScreen) backupPart() fyne.CanvasObject {
	list := container.NewVBox()
	sc.fillBackups(list)
	usb := widget.NewButtonWithIcon("Sao lưu ra USB…", theme.DocumentSaveIcon(), sc.onBackupTo)
	help := textLabel("Ứng dụng tự sao lưu khi mở lần đầu mỗi ngày và mỗi tháng, trước khi nâng cấp dữ liệu và trước khi " +
		"khôi phục; giữ 10 bản gần nhất và 12 bản hằng tháng trong thư mục backups cạnh tệp dữ liệu.")
	return container.NewVBox(heading("Sao lưu và khôi phục"), help, usb, list)
}

func (sc *SettingsScreen) fillBackups(list *fyne.Container) {
	list.Objects = nil
	if sc.shell.deps.Backups == nil {
		return
	}
	files, err := sc.shell.deps.Backups()
	if err != nil {
		sc.shell.showError(err)
		return
	}
	if len(files) == 0 {
		list.Add(widget.NewLabel("Chưa có bản sao lưu nào."))
	}
	for _, f := range files {
		f := f
		what := app.BackupLabel(f.Kind)
		if what == "" {
			what = "bản sao lưu"
		}
		line := fmt.Sprintf("%s — %s (%.1f MB)", f.Taken.Format("02/01/2006 15:04"), what, float64(f.Size)/(1<<20))
		restore := widget.NewButtonWithIcon("Khôi phục…", theme.HistoryIcon(), func() { sc.onRestore(f) })
		list.Add(container.NewBorder(nil, nil, nil, restore, widget.NewLabel(line)))
	}
	list.Refresh()
}

// onRestore asks, then has the next start restore f: the app closes now.
func (sc *SettingsScreen) onRestore(f app.BackupFile) {
	msg := fmt.Sprintf("Khôi phục dữ liệu về bản sao lưu lúc %s?\n\nDữ liệu đang dùng sẽ được giữ lại trong thư mục backups. "+
		"Ứng dụng sẽ đóng; mở lại ứng dụng để hoàn tất việc khôi phục.", f.Taken.Format("15:04 ngày 02/01/2006"))
	dialog.ShowConfirm("Khôi phục dữ liệu", msg, func(ok bool) {
		if !ok {
			return
		}
		if err := sc.shell.deps.RequestRestore(f.Path); err != nil {
			sc.shell.showError(err)
			return
		}
		fyne.CurrentApp().Quit()
	}, sc.shell.win)
}

// onBackupTo writes a copy into a folder the clerk chooses (a USB stick).
func (sc *SettingsScreen) onBackupTo() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		base := strings.TrimSuffix(filepath.Base(sc.shell.deps.DBPath), filepath.Ext(sc.shell.deps.DBPath))
		if base == "" {
			base = "thidua"
		}
		// Named like the automatic copies, so it is listed when put back in backups.
		file := filepath.Join(dir.Path(), base+"-"+time.Now().Format("20060102-150405")+"-usb.db")
		if err := sc.shell.deps.Store.BackupTo(file); err != nil {
			sc.shell.showError(err)
			return
		}
		dialog.ShowInformation("Đã sao lưu", "Đã ghi bản sao lưu "+file+".\nKhi cần, khôi phục bằng lệnh thidua restore hoặc chép tệp vào thư mục backups rồi chọn Khôi phục.", sc.shell.win)
	}, sc.shell.win)
}
