package screens

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Reading the database and drawing charts take longer than a click may
// freeze the window on a commune's full roster. Such work runs on its own
// goroutine; what it read is handed back to the UI goroutine (fyne.Do),
// where it is shown unless a later load into the same place, or another
// screen, has started since: the last click or keystroke wins.

// slot is one place on screen that loads fill (a screen's rows, the search
// results); a new load into it makes the earlier ones stale. Its fields
// are used on the UI goroutine only.
type slot struct {
	gen   int
	timer *time.Timer
}

// worker runs the loads of one window.
type worker struct {
	// view counts the screens shown: a load started for an earlier screen
	// is dropped. Used on the UI goroutine only.
	view int
	// busy counts the loads not yet handed back.
	busy sync.WaitGroup
	// queue, when not nil, receives what is handed back instead of
	// fyne.Do, for settle to run (the tests' UI goroutine is the test).
	queue chan func()
}

// queueUI makes new windows queue what their loads hand back until settle
// runs it (set by the tests, which have no event loop).
var queueUI bool

func newWorker() *worker {
	w := &worker{}
	if queueUI {
		w.queue = make(chan func(), 1024)
	}
	return w
}

func (w *worker) post(fn func()) {
	if w.queue != nil {
		w.queue <- fn
		return
	}
	fyne.Do(fn)
}

// load runs work on its own goroutine; work reads what is needed and
// returns show, which puts it on screen and runs on the UI goroutine, unless
// sl (may be nil) or the screen has been loaded again since. Call it on the
// UI goroutine.
func (s *Shell) load(sl *slot, work func() (show func())) {
	s.loadAfter(sl, 0, work)
}

// loadAfter is load that waits delay first; a later load into sl within
// delay replaces it (typing a search: only the last keystroke's search runs).
func (s *Shell) loadAfter(sl *slot, delay time.Duration, work func() (show func())) {
	w := s.work
	gen, view := 0, w.view
	if sl != nil {
		sl.gen++
		gen = sl.gen
		if sl.timer != nil && sl.timer.Stop() {
			w.busy.Done() // the replaced load never ran
		}
		sl.timer = nil
	}
	run := func() {
		defer w.busy.Done()
		show := work()
		w.post(func() {
			if w.view != view || (sl != nil && sl.gen != gen) {
				return
			}
			show()
		})
	}
	w.busy.Add(1)
	if delay > 0 && sl != nil {
		sl.timer = time.AfterFunc(delay, run)
		return
	}
	go run()
}

// settle waits until every load has been handed back and shown, loads
// started while showing included (the tests' wait: the UI goroutine is the
// caller). Only for a window whose loads are queued (queueUI).
func (s *Shell) settle() {
	w := s.work
	if w.queue == nil {
		return
	}
	for {
		w.busy.Wait()
		select {
		case fn := <-w.queue:
			fn()
		default:
			return
		}
	}
}

// loadScreen is the main area while work reads what a screen shows: it
// says "Đang tải…" until build can make the screen from what was read.
func (s *Shell) loadScreen(work func() (build func() fyne.CanvasObject)) fyne.CanvasObject {
	waiting, stop := loadingView()
	box := container.NewStack(waiting)
	s.load(nil, func() func() {
		build := work()
		return func() {
			stop()
			box.Objects = []fyne.CanvasObject{build()}
			box.Refresh()
		}
	})
	return box
}

// loadingText is what a screen or a list says while it is read.
const loadingText = "Đang tải…"

// loadingView says "Đang tải…" over a moving bar; stop stops the bar.
func loadingView() (view fyne.CanvasObject, stop func()) {
	bar := widget.NewProgressBarInfinite()
	return container.NewCenter(container.NewVBox(widget.NewLabel(loadingText), bar)), bar.Stop
}

// progressDelay is how long a long job runs before its progress dialog
// shows: a job done sooner shows none.
var progressDelay = 500 * time.Millisecond

// longJob runs work (building papers, an import, a backup) off the UI
// goroutine behind a dialog titled title that shows it is under way. With
// cancel the dialog has a Hủy button, for work that only reads or renders
// (never for one that writes the data): ctx is cancelled and what work
// returns is dropped. Otherwise done, which work returns, runs on the UI
// goroutine. Unlike load, the job's result is shown even when the clerk
// has moved to another screen meanwhile.
func (s *Shell) longJob(title string, cancel bool, work func(ctx context.Context) (done func())) {
	ctx, stop := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	body := container.NewVBox(widget.NewLabel(title+"…"), bar)
	var d dialog.Dialog
	if cancel {
		d = dialog.NewCustom(title, "Hủy", body, s.win)
	} else {
		d = dialog.NewCustomWithoutButtons(title, body, s.win)
	}
	finished := false
	d.SetOnClosed(func() {
		bar.Stop()
		if !finished {
			stop()
			s.notify("Đã hủy: " + title)
		}
	})
	show := func() {
		if !finished {
			d.Show()
		}
	}
	if progressDelay > 0 {
		time.AfterFunc(progressDelay, func() { s.work.post(show) })
	} else {
		show()
	}
	w := s.work
	w.busy.Add(1)
	go func() {
		defer w.busy.Done()
		done := work(ctx)
		w.post(func() {
			cancelled := ctx.Err() != nil
			finished = true
			d.Hide()
			stop()
			if !cancelled && done != nil {
				done()
			}
		})
	}()
}
