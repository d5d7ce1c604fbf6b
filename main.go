// Command thidua is the commendation desk: a desktop app for a commune
// clerk running an emulation movement, from its plan to the award dossier.
// Without a command it opens the window; with one it runs the command line.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"thidua/app"
	"thidua/app/cli"
	"thidua/app/desktop"
	"thidua/app/document"
	"thidua/app/plancheck"
	"thidua/app/viet"
	"thidua/app/viet/telex"
	"thidua/assets"
	"thidua/data"
	"thidua/screens"
)

const appID = "vn.thidua.desk"

func main() {
	desktop.KeepFilesBeside()
	args := os.Args[1:]
	if cli.IsCommand(args) {
		desktop.AttachConsole()
		os.Exit(cli.Run(cliEnv(), args))
	}
	if path, ok := typingCheckFile(args); ok {
		method, _ := flagValue(args, typingMethodFlag)
		desktop.BuiltinTyping.Set(telex.ParseMethod(method), true)
		os.Exit(runTypingCheck(path))
	}
	os.Exit(runGUI(dbFlag(args)))
}

func cliEnv() *cli.Env {
	return &cli.Env{
		Version:   version,
		DefaultDB: desktop.DefaultDB(),
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		Open: func(p string) (cli.Store, error) {
			if w := desktop.NetworkWarning(p); w != "" {
				fmt.Fprintln(os.Stderr, "Cảnh báo: "+w)
			}
			return data.Open(p, data.Options{BackupDir: desktop.BackupDir(p)})
		},
		Restore: func(dbPath, file string) (string, error) {
			return data.Restore(dbPath, file, desktop.BackupDir(dbPath))
		},
		SeedPlan:   assets.SeedPlan,
		Sample:     assets.SeedSample,
		BackupDir:  desktop.BackupDir,
		RenderPlan: renderPlan,
		Fonts:      fonts(),
	}
}

// restorePending carries out a restore the clerk asked for in Cài đặt
// before the data is opened, and says how it went.
func restorePending(dbPath string) []string {
	file := desktop.TakePendingRestore(dbPath)
	if file == "" {
		return nil
	}
	kept, err := data.Restore(dbPath, file, desktop.BackupDir(dbPath))
	if err != nil {
		log.Printf("khôi phục từ %s: %v", file, err)
		return []string{"Không khôi phục được từ " + file + ": " + err.Error() + ". Dữ liệu đang dùng được giữ nguyên."}
	}
	log.Printf("đã khôi phục từ %s; bản trước đó giữ tại %s", file, kept)
	msg := "Đã khôi phục dữ liệu từ bản sao lưu " + filepath.Base(file) + "."
	if kept != "" {
		msg += " Dữ liệu trước khi khôi phục được giữ tại " + kept + "."
	}
	return []string{msg}
}

// renderPlan writes the Kế hoạch PDF of p with the embedded fonts and the
// page settings stored in Cài đặt (page: their stored text, "" = defaults).
func renderPlan(p *app.Plan, org app.Organisation, page string, w io.Writer) error {
	s, err := document.ParseSettings(page)
	if err != nil {
		return err
	}
	r, err := document.NewRenderer(fonts(), s)
	if err != nil {
		return err
	}
	// The plan stands under the structure in force on its date (today while
	// it has none).
	on := p.IssuedOn
	if on == "" {
		on = viet.ISO(time.Now())
	}
	d, err := document.PlanDocument(p, org.On(on))
	if err != nil {
		return err
	}
	// A plan the plan check still finds something in is printed as a draft.
	d.Header.Draft = len(plancheck.Check(p, org)) > 0
	return r.Render(w, d)
}

func fonts() document.Fonts {
	return document.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold,
		Italic: assets.FontItalic, BoldItalic: assets.FontBoldItalic}
}

// dbFlag returns the value of --db (or -db) among the window's arguments.
func dbFlag(args []string) string {
	for i, a := range args {
		switch {
		case (a == "--db" || a == "-db") && i+1 < len(args):
			return args[i+1]
		case len(a) > 5 && a[:5] == "--db=":
			return a[5:]
		}
	}
	return desktop.DefaultDB()
}

// runGUI opens the window on the database at dbPath and returns the exit
// code when the window closes.
func runGUI(dbPath string) (code int) {
	dir := desktop.DataDir()
	os.MkdirAll(dir, 0o755)
	// A graphics failure at start ends the process from inside GLFW; it
	// releases the claim and closes the database on the way out.
	shutdown := desktop.NewShutdown()
	watcher := setUpLogging(dir, shutdown)
	log.Printf("thidua %s khởi động, dữ liệu: %s", version, dbPath)
	defer func() {
		if r := recover(); r != nil {
			code = reportPanic(r, watcher)
		}
	}()

	a := fyneapp.NewWithID(appID)
	inst, err := desktop.Claim(dbPath, func() { fyne.Do(screens.RaiseAll) })
	if err == desktop.ErrAlreadyRunning {
		log.Printf("ứng dụng đã mở với %s: đưa cửa sổ đang mở lên trước", dbPath)
		fmt.Fprintln(os.Stderr, "Ứng dụng đang mở với cơ sở dữ liệu này; cửa sổ đang mở đã được đưa lên trước.")
		return 0
	}
	defer inst.Release()
	shutdown.Add(inst.Release)
	if err := assets.LoadTranslations(); err != nil {
		log.Printf("không nạp được bản dịch: %v", err)
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))

	notices := restorePending(dbPath)
	st, err := data.Open(dbPath, data.Options{BackupDir: desktop.BackupDir(dbPath)})
	if err != nil {
		log.Printf("mở cơ sở dữ liệu: %v", err)
		screens.ShowFatal(a, "Không mở được dữ liệu", err.Error())
		return 3
	}
	defer st.Close()
	shutdown.Add(func() { st.Close() })
	desktop.BuiltinTyping.Set(screens.TypingSetting(st))
	if st.ReadOnly() {
		notices = append(notices, "Dữ liệu "+dbPath+" đang mở CHỈ ĐỌC (tệp, thư mục hoặc USB không cho ghi): "+
			"xem và in được, mọi thay đổi sẽ không lưu được. Muốn sửa, hãy chép thư mục dữ liệu sang ổ có quyền ghi.")
	} else if made, err := st.AutoBackup(desktop.BackupDir(dbPath), time.Now()); err != nil {
		log.Printf("sao lưu tự động: %v", err)
		notices = append(notices, "Không sao lưu tự động được: "+err.Error())
	} else if len(made) > 0 {
		log.Printf("sao lưu tự động: %v", made)
	}
	if w := desktop.NetworkWarning(dbPath); w != "" {
		log.Print(w)
		notices = append(notices, w)
	}
	deps := screens.Deps{
		Notices:       notices,
		Backups:       func() ([]app.BackupFile, error) { return data.ListBackups(desktop.BackupDir(dbPath), dbPath) },
		InspectBackup: data.InspectBackup,
		VerifyAnchors: func() ([]string, error) { return st.VerifyAnchors(desktop.BackupDir(dbPath)) },
		RequestRestore: func(file string) error {
			if _, err := data.CheckFile(file); err != nil {
				return err
			}
			return desktop.RequestRestore(dbPath, file)
		},
		Store:      st,
		SetTyping:  desktop.BuiltinTyping.Set,
		LoadSample: func() error { return loadSample(st) },
		RenderPlan: renderPlan,
		OpenFile:   desktop.OpenFile,
		RenderDocument: func(d *document.Document, w io.Writer) error {
			page, err := st.Setting(document.SettingsKey)
			if err != nil {
				return err
			}
			s, err := document.ParseSettings(page)
			if err != nil {
				return err
			}
			r, err := document.NewRenderer(fonts(), s)
			if err != nil {
				return err
			}
			return r.Render(w, d)
		},
		Fonts:    fonts(),
		SeedPlan: assets.SeedPlan,
		DBPath:   dbPath,
		Version:  version,
	}
	win := screens.NewMainWindow(a, deps)
	win.Show()
	if watcher.Failed() {
		// Fyne could not create the window and would wait forever for one.
		return 3
	}
	watcher.Started()
	filterKeyInput(win.Window())
	win.Run()
	return 0
}

// reportPanic logs a panic of the window's start or run and tells the
// clerk in Vietnamese. GLFW panics when it could not start (no display, no
// OpenGL), which is the graphics failure again.
func reportPanic(r any, watcher *desktop.GraphicsWatcher) int {
	log.Printf("lỗi nghiêm trọng: %v\n%s", r, debug.Stack())
	msg := fmt.Sprint(r)
	if watcher.Failed() || desktop.IsGraphicsFailure(msg) {
		if !watcher.Failed() {
			desktop.ShowError("Thi đua - Khen thưởng", desktop.GraphicsFailureMessage)
		}
		return 3
	}
	desktop.ShowError("Thi đua - Khen thưởng", "Ứng dụng gặp lỗi và phải đóng. Dữ liệu đã lưu không bị mất.\n"+
		"Chi tiết lỗi được ghi trong tệp crash.log và thidua.log ở thư mục dữ liệu; hãy gửi hai tệp này cho bộ phận hỗ trợ.")
	return 3
}

// loadSample loads the embedded seed plan and sample data.
func loadSample(st *data.Store) error { return st.LoadSampleJSON(assets.SeedPlan, assets.SeedSample) }

// setUpLogging sends the log to thidua.log in dir (and standard error),
// sends fatal crashes to crash.log, and watches for graphics failures: one
// shows the Vietnamese message and ends the process through shutdown.
func setUpLogging(dir string, shutdown *desktop.Shutdown) *desktop.GraphicsWatcher {
	var out io.Writer = os.Stderr
	logPath := filepath.Join(dir, "thidua.log")
	if st, err := os.Stat(logPath); err == nil && st.Size() > 5<<20 {
		os.Rename(logPath, logPath+".1")
	}
	if f, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err == nil {
		out = io.MultiWriter(f, os.Stderr)
	}
	crashPath := filepath.Join(dir, "crash.log")
	if st, err := os.Stat(crashPath); err == nil && st.Size() > 1<<20 {
		os.Rename(crashPath, crashPath+".1")
	}
	if f, err := os.OpenFile(crashPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err == nil {
		fmt.Fprintf(f, "--- thidua %s, khởi động %s\n", version, time.Now().Format(time.RFC3339))
		debug.SetCrashOutput(f, debug.CrashOptions{})
	}
	w := desktop.NewGraphicsWatcher(out, func() {
		// Not log.Print: this runs inside the logger's own write.
		desktop.ShowError("Thi đua - Khen thưởng", desktop.GraphicsFailureMessage)
		shutdown.Exit(3)
	})
	log.SetOutput(w)
	return w
}
