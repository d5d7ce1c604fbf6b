package screens

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
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
	fromFile := widget.NewButtonWithIcon("Khôi phục từ tệp…", theme.FolderOpenIcon(), sc.onRestoreFile)
	help := textLabel("Ứng dụng tự sao lưu khi mở lần đầu mỗi ngày và mỗi tháng, trước khi nâng cấp dữ liệu và trước khi " +
		"khôi phục; giữ 10 bản gần nhất và 12 bản hằng tháng trong thư mục backups cạnh tệp dữ liệu.")
	return container.NewVBox(heading("Sao lưu và khôi phục"), help, container.NewHBox(usb, fromFile), list)
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
		// The gap keeps the button clear of the screen's scroll bar.
		list.Add(container.NewBorder(nil, nil, nil, container.NewHBox(restore, widget.NewLabel(" ")), widget.NewLabel(line)))
	}
	list.Refresh()
}

// onRestore restores one of the copies in the backups folder.
func (sc *SettingsScreen) onRestore(f app.BackupFile) {
	sc.restoreFrom(f.Path)
}

// onRestoreFile lets the clerk pick a backup anywhere (a USB stick, a
// folder copied from another PC) and restore it after seeing what it holds.
func (sc *SettingsScreen) onRestoreFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		sc.restoreFrom(path)
	}, sc.shell.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db"}))
	sc.shell.showFileDialog(d)
}

// restoreFrom checks file, shows what it holds and, once the clerk
// confirms, has the next start restore it; the app closes now.
func (sc *SettingsScreen) restoreFrom(file string) {
	if sc.shell.deps.InspectBackup == nil {
		return
	}
	sum, err := sc.shell.deps.InspectBackup(file)
	if err != nil {
		sc.shell.showError(fmt.Errorf("không khôi phục được từ tệp %s: %w", filepath.Base(file), err))
		return
	}
	sc.askRestore(file, backupSummaryText(sum))
}

// backupSummaryText says what a backup holds, for the clerk to recognise it.
func backupSummaryText(s app.BackupSummary) string {
	text := fmt.Sprintf("Tệp: %s (%.1f MB)\nSao lưu lúc: %s", s.Path, float64(s.Size)/(1<<20), s.Taken.Format("15:04 ngày 02/01/2006"))
	if !s.LastChange.IsZero() {
		text += "\nThay đổi cuối cùng trong tệp: " + s.LastChange.Local().Format("15:04 ngày 02/01/2006")
	}
	return text + fmt.Sprintf("\nGồm: %d kế hoạch, %d tập thể, %d cá nhân, %d văn bản đã ban hành.",
		s.Plans, s.Collectives, s.Individuals, s.IssuedDocuments)
}

// askRestore asks, then has the next start restore file: the app closes.
func (sc *SettingsScreen) askRestore(file, what string) {
	msg := what + "\n\nDữ liệu đang dùng sẽ được thay bằng dữ liệu trong tệp này và được giữ lại trong thư mục backups. " +
		"Ứng dụng sẽ đóng; mở lại ứng dụng để hoàn tất việc khôi phục."
	confirmIrreversible(sc.shell.win, "Khôi phục dữ liệu?", msg, "Khôi phục", func() {
		if err := sc.shell.deps.RequestRestore(file); err != nil {
			sc.shell.showError(err)
			return
		}
		fyne.CurrentApp().Quit()
	})
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
		// A copy of the whole data can take a while on a USB stick; it
		// cannot be cancelled halfway.
		st := sc.shell.deps.Store
		sc.shell.longJob("Đang sao lưu", false, func(context.Context) func() {
			err := st.BackupTo(file)
			return func() {
				if err != nil {
					sc.shell.showError(err)
					return
				}
				sc.shell.notify("Đã sao lưu vào " + file)
				dialog.ShowInformation("Đã sao lưu", "Đã ghi bản sao lưu "+file+".\nKhi cần, khôi phục ở Cài đặt → “Khôi phục từ tệp…”.", sc.shell.win)
			}
		})
	}, sc.shell.win)
}
