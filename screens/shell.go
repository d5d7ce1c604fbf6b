package screens

import (
	"context"
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
)

// AppTitle is the window title.
const AppTitle = "Thi đua - Khen thưởng"

// screen is one entry of the navigation.
type screen struct {
	key, title string
	icon       fyne.Resource
	build      func(s *Shell) fyne.CanvasObject
}

// Shell is the main window: navigation on the left, the chosen screen on
// the right, and the current plan in the header.
type Shell struct {
	deps    Deps
	win     fyne.Window
	screens []screen
	nav     *widget.List
	content *fyne.Container
	title   *canvas.Text
	planBox *fyne.Container
	current int
	// notice is the line at the foot of the window that says what was just
	// done outside the window: a file saved, a paper opened.
	notice *widget.Label
	// word saves the paper just opened (a draft, a table, ballots, a
	// report) as an editable Word file; hidden when there is none.
	word     *widget.Button
	lastDoc  *document.Document
	lastName string

	plans []app.PlanSummary
	plan  *app.Plan // the current plan, nil when there is none
	// choosing counts the plans chosen in the header: a plan read for an
	// earlier choice is not opened.
	choosing int

	// onLeave runs before another screen replaces the current one (the
	// plan editor saves what is pending).
	onLeave func()
	// unsaved says what the current screen holds that could not be saved
	// (a field that cannot be read), "" when nothing: leaving then asks.
	unsaved func() string
	// staying is set while the navigation goes back to the current screen
	// because the clerk chose to stay and fix a field.
	staying bool
	// onKey receives the keys typed while no widget has the focus (F11 on
	// the nominations screen, the slides of meeting mode).
	onKey func(*fyne.KeyEvent)
	// work runs the screens' slow reads off the UI goroutine.
	work *worker
}

// NewShell builds the main window's content into win.
func NewShell(win fyne.Window, deps Deps) *Shell {
	s := &Shell{deps: deps, win: win, work: newWorker()}
	s.screens = []screen{
		{"plan", "Kế hoạch", theme.DocumentIcon(), buildPlanScreen},
		{"participants", "Đối tượng", theme.AccountIcon(), buildParticipantsScreen},
		{"scoring", "Chấm điểm", theme.GridIcon(), buildScoringScreen},
		{"nominations", "Bình xét & khen thưởng", theme.ConfirmIcon(), buildNominationsScreen},
		{"documents", "Văn bản", theme.FileTextIcon(), buildDocumentsScreen},
		{"stats", "Thống kê", theme.ListIcon(), buildStatsScreen},
		{"audit", "Nhật ký thay đổi", theme.HistoryIcon(), buildAuditScreen},
		{"settings", "Cài đặt", theme.SettingsIcon(), buildSettingsScreen},
	}
	s.title = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	s.title.TextStyle = fyne.TextStyle{Bold: true}
	s.title.TextSize = theme.TextSubHeadingSize()
	s.planBox = container.NewStack()
	s.notice = widget.NewLabel(" ")
	s.notice.Truncation = fyne.TextTruncateEllipsis
	s.word = widget.NewButtonWithIcon(saveWordLabel, theme.DocumentSaveIcon(), s.saveLastAsWord)
	s.word.Hide()
	s.content = container.NewStack()
	s.nav = widget.NewList(
		func() int { return len(s.screens) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.DocumentIcon()), widget.NewLabel("Bình xét & khen thưởng"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Icon).SetResource(s.screens[i].icon)
			box.Objects[1].(*widget.Label).SetText(s.screens[i].title)
		})
	s.nav.OnSelected = func(i widget.ListItemID) { s.show(i) }
	win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if s.onKey != nil {
			s.onKey(k)
		}
	})
	win.SetContent(s.layout())
	s.reload()
	s.nav.Select(0)
	return s
}

func (s *Shell) layout() fyne.CanvasObject {
	header := container.NewBorder(nil, widget.NewSeparator(), nil, s.planBox, container.NewPadded(s.title))
	split := container.NewHSplit(s.nav, s.content)
	split.Offset = 0.2
	foot := container.NewBorder(nil, nil, nil, s.word, s.notice)
	return container.NewBorder(header, container.NewVBox(widget.NewSeparator(), foot), nil, nil, split)
}

// notify says on the window's foot line what was just done (the line keeps
// its height when empty, so the screen does not jump).
func (s *Shell) notify(msg string) {
	log.Print(msg)
	s.notice.SetText(msg)
}

// reload reads the plan list and the current plan again.
func (s *Shell) reload() {
	plans, err := s.deps.Store.Plans()
	if err != nil {
		s.showError(err)
	}
	s.plans = plans
	id := s.currentPlanID()
	s.plan = nil
	if id != 0 {
		if p, err := s.deps.Store.Plan(id); err == nil {
			s.plan = p
		} else {
			s.showError(err)
		}
	}
	s.refreshHeader()
}

func (s *Shell) currentPlanID() int64 {
	if s.plan != nil {
		for _, p := range s.plans {
			if p.ID == s.plan.ID {
				return p.ID
			}
		}
	}
	for _, p := range s.plans {
		if p.Status == app.PlanActive {
			return p.ID
		}
	}
	if len(s.plans) > 0 {
		return s.plans[0].ID
	}
	return 0
}

func (s *Shell) refreshHeader() {
	if s.plan == nil {
		s.title.Text = AppTitle
		s.planBox.Objects = nil
	} else {
		s.title.Text = "Phong trào: " + s.plan.MovementName
		s.planBox.Objects = []fyne.CanvasObject{s.planSelect()}
	}
	s.title.Refresh()
	s.planBox.Refresh()
}

func (s *Shell) planSelect() fyne.CanvasObject {
	if len(s.plans) < 2 {
		return widget.NewLabel("")
	}
	var names []string
	byName := map[string]int64{}
	for _, p := range s.plans {
		n := fmt.Sprintf("%d. %s", p.ID, p.MovementName)
		names = append(names, n)
		byName[n] = p.ID
	}
	sel := widget.NewSelect(names, nil)
	for n, id := range byName {
		if id == s.plan.ID {
			sel.SetSelected(n)
		}
	}
	sel.OnChanged = func(n string) {
		id, st := byName[n], s.deps.Store
		if id == s.plan.ID {
			return
		}
		// The plan is read off the UI goroutine; the screen shown then
		// shows it.
		s.choosing++
		choice := s.choosing
		s.longJob("Đang mở kế hoạch", false, func(context.Context) func() {
			p, err := st.Plan(id)
			return func() {
				switch {
				case choice != s.choosing:
				case err != nil:
					s.showError(err)
					s.refreshHeader() // the drop-down names the plan still shown
				default:
					s.plan = p
					s.refreshHeader()
					s.show(s.current)
				}
			}
		})
	}
	// Wide enough for a usual movement's name; the current one is also
	// the window's heading.
	return container.NewGridWrap(fyne.NewSize(440, sel.MinSize().Height), sel)
}

// show displays screen i. Pending input of the screen being left is
// saved first; input that cannot be saved makes it ask before leaving.
func (s *Shell) show(i int) {
	if s.staying {
		return
	}
	s.leaveThen("Bỏ và rời màn hình", func() {
		s.current = i
		s.onKey = nil
		s.work.view++ // what the screen left was still reading is not shown
		s.content.Objects = []fyne.CanvasObject{s.screens[i].build(s)}
		s.content.Refresh()
		s.win.Canvas().Unfocus() // so the screen's keys (F11) reach it, not the navigation list
		s.staying = true
		s.nav.Select(i) // when the clerk left from the question
		s.staying = false
	}, func() {
		s.staying = true
		s.nav.Select(s.current)
		s.staying = false
	})
}

// leaveThen saves what the current screen has pending and runs next; when
// a field could not be saved it asks first (leave names the way out: leave
// the screen, close the app), and runs stay if the clerk goes back to fix
// it.
func (s *Shell) leaveThen(leave string, next, stay func()) {
	if s.onLeave != nil {
		s.onLeave()
	}
	if s.unsaved != nil {
		if what := s.unsaved(); what != "" {
			ask(s.win, "Còn ô chưa lưu được",
				"Màn hình này còn nội dung chưa lưu được:\n"+what+
					"\n\nNếu bỏ, nội dung đang gõ ở các ô trên bị mất.",
				leave, "Ở lại để sửa", func() {
					s.onLeave, s.unsaved = nil, nil
					next()
				})
			if stay != nil {
				stay()
			}
			return
		}
	}
	s.onLeave, s.unsaved = nil, nil
	next()
}

// Show displays the screen with the given key ("plan", "settings" …).
func (s *Shell) Show(key string) {
	for i, sc := range s.screens {
		if sc.key == key {
			s.nav.Select(i)
			return
		}
	}
}

// OpenPlan makes plan id the current plan and shows the plan screen.
func (s *Shell) OpenPlan(id int64) {
	s.leaveThen("Bỏ và mở kế hoạch khác", func() { s.openPlan(id) }, nil)
}

func (s *Shell) openPlan(id int64) {
	p, err := s.deps.Store.Plan(id)
	if err != nil {
		s.showError(err)
		return
	}
	s.plan = p
	s.reload()
	s.show(0)
	s.nav.Select(0)
}

// planSaved refreshes the header and the plan list after the editor saved p,
// keeping the editor as it is.
func (s *Shell) planSaved(p *app.Plan) {
	s.plan = clonePlan(p)
	if plans, err := s.deps.Store.Plans(); err == nil {
		s.plans = plans
	}
	s.refreshHeader()
}

// CurrentPlan returns the plan the screens show, nil when there is none.
func (s *Shell) CurrentPlan() *app.Plan { return s.plan }

// Content returns what the main area shows once what it reads is shown
// (for tests).
func (s *Shell) Content() fyne.CanvasObject {
	s.settle()
	return s.content.Objects[0]
}

// showError logs err and tells the clerk in Vietnamese.
func (s *Shell) showError(err error) { s.showErrorThen(err, nil) }

// showErrorThen is showError, calling then when the clerk closes the
// message (to reopen the form the error was about).
func (s *Shell) showErrorThen(err error, then func()) {
	log.Printf("lỗi: %v", err)
	d := dialog.NewError(fmt.Errorf("%s", Message(err)), s.win)
	if then != nil {
		d.SetOnClosed(then)
	}
	d.Show()
}
