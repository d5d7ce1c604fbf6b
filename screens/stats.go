package screens

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/chart"
	"thidua/app/document"
	"thidua/app/stats"
)

// chartDPI is the resolution of the charts on screen: sharp on a 1366 px
// wide window without being slow to draw.
const chartDPI = 110

// StatsScreen is the Thống kê: the figures of the current plan for a round
// or the whole movement, as tables and charts, with the export to Excel.
type StatsScreen struct {
	shell   *Shell
	figures stats.Plan
	charts  *chart.Charts
	keys    []string // round keys of the selector, the movement last
	round   *widget.Select
	tableOf *widget.Select
	summary *widget.Label
	tables  []stats.Table
	shown   stats.Table
	table   *widget.Table
	pics    *fyne.Container
	content fyne.CanvasObject
	drawing slot // the charts of the round chosen
}

func buildStatsScreen(s *Shell) fyne.CanvasObject {
	if s.plan == nil {
		return noPlan(s)
	}
	st, id, fonts := s.deps.Store, s.plan.ID, s.deps.Fonts
	return s.loadScreen(func() func() fyne.CanvasObject {
		r := readStats(st, id, fonts)
		return func() fyne.CanvasObject { return newStatsScreen(s, r).content }
	})
}

// statsRead is what the screen is made from; reading it takes longer than
// a click may freeze the window, so the navigation reads it off the UI
// goroutine.
type statsRead struct {
	figures stats.Plan
	charts  *chart.Charts
	errs    []error
}

func readStats(st Store, planID int64, fonts document.Fonts) statsRead {
	var r statsRead
	var err error
	if r.figures, err = stats.Load(st, planID); err != nil {
		r.errs = append(r.errs, err)
	}
	if r.charts, err = chart.New(chart.Fonts{Regular: fonts.Regular, Bold: fonts.Bold}); err != nil {
		r.errs = append(r.errs, err)
	}
	return r
}

// NewStatsScreen computes the figures of the current plan and shows the
// last round with a record (the movement when none has).
func NewStatsScreen(s *Shell) *StatsScreen {
	return newStatsScreen(s, readStats(s.deps.Store, s.plan.ID, s.deps.Fonts))
}

func newStatsScreen(s *Shell, r statsRead) *StatsScreen {
	sc := &StatsScreen{shell: s, summary: textLabel(""), pics: container.NewVBox()}
	for _, err := range r.errs {
		s.showError(err)
	}
	sc.figures, sc.charts = r.figures, r.charts
	var names []string
	start := stats.MovementKey
	for _, r := range sc.figures.Rounds {
		sc.keys = append(sc.keys, r.Key)
		names = append(names, r.Name)
		if r.Participants.Sum() > 0 && start == stats.MovementKey {
			start = r.Key
		}
	}
	sc.keys = append(sc.keys, stats.MovementKey)
	names = append(names, sc.figures.Movement.Name)
	sc.tableOf = widget.NewSelect(nil, func(string) { sc.showTable() })
	sc.table = newStatsTable(sc)
	sc.round = widget.NewSelect(names, func(string) { sc.showRound() })
	for i, k := range sc.keys {
		if k == start {
			sc.round.SetSelectedIndex(i)
		}
	}
	export := widget.NewButtonWithIcon("Xuất Excel", theme.DownloadIcon(), sc.exportXLSX)
	save := widget.NewButtonWithIcon("Lưu biểu đồ…", theme.DocumentSaveIcon(), sc.saveCharts)
	report := widget.NewButtonWithIcon("Báo cáo…", theme.DocumentCreateIcon(), func() { sc.openSummary() })
	h := sc.round.MinSize().Height
	bar := container.NewHBox(widget.NewLabel("Đợt:"), container.NewGridWrap(fyne.NewSize(170, h), sc.round),
		widget.NewLabel("Bảng:"), container.NewGridWrap(fyne.NewSize(340, h), sc.tableOf), export, save, report)
	split := container.NewHSplit(container.NewBorder(sc.summary, nil, nil, nil, sc.table), container.NewVScroll(sc.pics))
	split.Offset = 0.55
	sc.content = container.NewBorder(bar, nil, nil, nil, split)
	return sc
}

// Figures returns the figures shown (for tests).
func (sc *StatsScreen) Figures() stats.Plan { return sc.figures }

// Content is the screen.
func (sc *StatsScreen) Content() fyne.CanvasObject { return sc.content }

// Shown returns the table on screen (for tests).
func (sc *StatsScreen) Shown() stats.Table { return sc.shown }

// Select shows the figures of round key ("all": the movement).
func (sc *StatsScreen) Select(key string) {
	for i, k := range sc.keys {
		if k == key {
			sc.round.SetSelectedIndex(i)
		}
	}
}

func (sc *StatsScreen) current() stats.Round {
	i := sc.round.SelectedIndex()
	if i < 0 || i >= len(sc.keys) {
		return sc.figures.Movement
	}
	r, _ := sc.figures.ByKey(sc.keys[i])
	return r
}

func (sc *StatsScreen) showRound() {
	r := sc.current()
	sc.tables = r.Tables()
	if r.Key == stats.MovementKey {
		sc.tables = append([]stats.Table{sc.figures.RoundsTable()}, sc.tables...)
	}
	var titles []string
	for _, t := range sc.tables {
		titles = append(titles, t.Title)
	}
	sc.summary.SetText(statsSummary(r))
	sc.tableOf.Options = titles
	sc.tableOf.SetSelectedIndex(0)
	sc.drawCharts(r)
}

func (sc *StatsScreen) showTable() {
	i := sc.tableOf.SelectedIndex()
	if i < 0 || i >= len(sc.tables) {
		return
	}
	sc.shown = sc.tables[i]
	for c := range sc.shown.Columns {
		w := float32(110)
		if c == 0 {
			w = 250
		}
		sc.table.SetColumnWidth(c, w)
	}
	sc.table.Refresh()
	sc.table.ScrollToTop()
}

// statsSummary is the round's figures in two sentences.
func statsSummary(r stats.Round) string {
	nominated, _, awarded := r.AwardTotals()
	w := r.Women
	return fmt.Sprintf("%s: %d tập thể, %d cá nhân tham gia. Đề nghị khen thưởng %d tập thể, %d cá nhân; "+
		"được khen thưởng %d tập thể, %d cá nhân. Nữ: %s%% cá nhân được đề nghị, %s%% cá nhân được khen thưởng.",
		r.Name, r.Participants.Collectives, r.Participants.Individuals, nominated.Collectives, nominated.Individuals,
		awarded.Collectives, awarded.Individuals,
		stats.Cell(stats.Percent(w.WomenNominated, w.IndividualsNominated)), stats.Cell(stats.Percent(w.WomenAwarded, w.IndividualsAwarded)))
}

// drawCharts draws the round's charts (with the classifications of every
// round) into the right-hand column, off the UI goroutine.
func (sc *StatsScreen) drawCharts(r stats.Round) {
	sc.pics.Objects = nil
	if sc.charts == nil {
		sc.pics.Refresh()
		return
	}
	sc.pics.Objects = []fyne.CanvasObject{widget.NewLabel(loadingText)}
	sc.pics.Refresh()
	charts, figures := sc.charts, sc.figures
	sc.shell.load(&sc.drawing, func() func() {
		pics, err := chartImages(charts, figures, r)
		return func() {
			if err != nil {
				sc.shell.showError(err)
			}
			sc.pics.Objects = nil
			for _, pic := range pics {
				img := canvas.NewImageFromImage(pic)
				img.FillMode = canvas.ImageFillContain
				img.SetMinSize(fyne.NewSize(448, 252))
				sc.pics.Objects = append(sc.pics.Objects, img)
			}
			sc.pics.Refresh()
		}
	})
}

// chartImages draws the charts of round r as images for the screen, decoded
// here so that showing them costs the UI goroutine no decoding.
func chartImages(charts *chart.Charts, figures stats.Plan, r stats.Round) ([]image.Image, error) {
	set, err := charts.Set(figures, r)
	if err != nil {
		return nil, err
	}
	var pics []image.Image
	for _, ch := range set {
		b, err := ch.Chart.PNGBytes(chartDPI)
		if err != nil {
			return pics, err
		}
		pic, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			return pics, err
		}
		pics = append(pics, pic)
	}
	return pics, nil
}

// saveCharts asks for a folder and writes the charts of the figures shown
// there, for paper.
func (sc *StatsScreen) saveCharts() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		n, err := sc.writeCharts(dir)
		if err != nil {
			sc.shell.showError(err)
			return
		}
		dialog.ShowInformation("Đã lưu biểu đồ", fmt.Sprintf("%d tệp (SVG và PNG %d dpi, để in) trong thư mục %s.", n, chart.PaperDPI, dir.Path()), sc.shell.win)
	}, sc.shell.win)
	sc.shell.showFileDialog(d)
}

// writeCharts writes the charts as SVG and PNG files into dir and returns
// how many files it wrote.
func (sc *StatsScreen) writeCharts(dir fyne.URI) (int, error) {
	if sc.charts == nil {
		return 0, fmt.Errorf("không vẽ được biểu đồ: thiếu phông chữ")
	}
	set, err := sc.charts.Set(sc.figures, sc.current())
	if err != nil {
		return 0, err
	}
	files, err := chart.PaperFiles(set)
	if err != nil {
		return 0, err
	}
	for name, b := range files {
		u, err := storage.Child(dir, name)
		if err != nil {
			return 0, err
		}
		w, err := storage.Writer(u)
		if err != nil {
			return 0, fmt.Errorf("không ghi được %s: %w", name, err)
		}
		_, err = w.Write(b)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return 0, fmt.Errorf("không ghi được %s: %w", name, err)
		}
	}
	return len(files), nil
}

func (sc *StatsScreen) exportXLSX() {
	var buf bytes.Buffer
	if err := stats.WriteXLSX(&buf, sc.figures); err != nil {
		sc.shell.showError(err)
		return
	}
	sc.shell.saveFile(buf.Bytes(), app.SafeFileName("Thống kê "+sc.figures.Name, ".xlsx"))
}

// newStatsTable is the table of the figures shown, its column names as
// the header.
func newStatsTable(sc *StatsScreen) *widget.Table {
	t := widget.NewTableWithHeaders(func() (int, int) { return len(sc.shown.Rows), len(sc.shown.Columns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Ủy ban nhân dân xã Hòa Phong")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.SetText("")
			if id.Row < len(sc.shown.Rows) && id.Col < len(sc.shown.Rows[id.Row]) {
				l.SetText(stats.Cell(sc.shown.Rows[id.Row][id.Col]))
			}
		})
	t.ShowHeaderColumn = false
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.Truncation = fyne.TextTruncateEllipsis
		l.SetText("")
		if id.Row < 0 && id.Col >= 0 && id.Col < len(sc.shown.Columns) {
			l.SetText(sc.shown.Columns[id.Col])
		}
	}
	return t
}
