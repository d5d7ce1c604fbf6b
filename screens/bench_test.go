package screens

// Benchmarks of what the clerk waits for in the window, on a database of
// 100 collectives and 10,000 individuals (the issue's target: no click or
// keystroke freezes the window longer than 100 ms). Run with
// go test ./screens -run XXX -bench . -benchtime 20x
//
// Each reports two figures: blocked-ms/op, the longest the UI goroutine is
// held in one go (by the click or keystroke itself, or by putting on
// screen what was read: meanwhile the window can neither redraw nor take
// a key), and shown-ms/op, how long until what it reads is on screen.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"thidua/app"
)

// bigDesk opens the window on the sample plus 100 collectives and 10,000
// individuals.
func bigDesk(b *testing.B) *desk {
	b.Helper()
	d := openDesk(b, b.TempDir(), true)
	var ps []app.Participant
	for i := range 100 {
		ps = append(ps, app.Participant{Kind: app.KindCollective, Name: fmt.Sprintf("Tổ dân phố số %d", i+1), Members: 30, Women: 12})
	}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	given := []string{"An", "Bình", "Cường", "Dũng", "Đức", "Hòa", "Hoà", "Hương", "Lan", "Thủy", "Thuỷ", "Yến"}
	for i := range 10000 {
		ps = append(ps, app.Participant{Kind: app.KindIndividual, Name: fmt.Sprintf("%s Văn %s %d", family[i%10], given[i%12], i),
			Gender: app.GenderMale, BirthDate: fmt.Sprintf("19%02d-%02d-%02d", 60+i%40, 1+i%12, 1+i%28), Position: "Công chức"})
	}
	if _, err := d.st.AddParticipants(ps); err != nil {
		b.Fatal(err)
	}
	d.m.Shell.reload()
	d.m.Shell.settle()
	return d
}

// measure runs act b.N times and reports how long each held the UI
// goroutine at most in one go and how long until the window showed its
// result.
func measure(b *testing.B, s *Shell, act func(i int)) {
	b.Helper()
	var blocked, shown time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		act(i)
		longest := time.Since(start)
		longest = max(longest, settleTimed(s))
		blocked += longest
		shown += time.Since(start)
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
	b.ReportMetric(ms(blocked), "blocked-ms/op")
	b.ReportMetric(ms(shown), "shown-ms/op")
}

func BenchmarkSwitchToScreen(b *testing.B) {
	d := bigDesk(b)
	for i, s := range d.m.Shell.screens {
		b.Run(s.key, func(b *testing.B) {
			measure(b, d.m.Shell, func(int) { d.m.Shell.show(i) })
		})
	}
}

// BenchmarkSearchKeystroke types into the Đối tượng search box; shown
// excludes the wait for the next keystroke (searchDelay, 150 ms in the
// app), which the benchmark sets to 1 ms.
func BenchmarkSearchKeystroke(b *testing.B) {
	d := bigDesk(b)
	d.goTo("Đối tượng")
	search := d.entryWithHint("Tìm tên")
	queries := []string{"n", "ng", "ngu", "nguy", "nguyen", "nguyen v", "nguyen van h"}
	measure(b, d.m.Shell, func(i int) { search.SetText(queries[i%len(queries)]) })
}

func BenchmarkOpenNominateDialog(b *testing.B) {
	d := bigDesk(b)
	d.goTo("Bình xét & khen thưởng")
	button := d.buttonNear("Đề nghị…", "Giấy khen của Chủ tịch UBND xã")
	measure(b, d.m.Shell, func(int) {
		test.Tap(button)
		d.win.Canvas().Overlays().Top().Hide()
	})
}

// settleTimed is Shell.settle that returns the longest any one handing
// back held the UI goroutine.
func settleTimed(s *Shell) (longest time.Duration) {
	w := s.work
	for {
		w.busy.Wait()
		select {
		case fn := <-w.queue:
			start := time.Now()
			fn()
			longest = max(longest, time.Since(start))
		default:
			return longest
		}
	}
}

// BenchmarkTypeScore types a score into the Chấm điểm grid and stores it
// with Enter (the ranking of the whole list is computed again).
func BenchmarkTypeScore(b *testing.B) {
	d := bigDesk(b)
	d.goTo("Chấm điểm")
	grid := d.scoreGrid()
	measure(b, d.m.Shell, func(i int) {
		grid.moveTo(i%grid.rows, 1)
		grid.TypedRune('5')
		grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
}

// BenchmarkIssuePaper: the clicks that issue a paper. report issues the
// round's Báo cáo from its editor (a new number each time: gathering the
// figures, rendering and writing the register); ask is the click on “Cấp
// số và ban hành” in the composer of a Tờ trình, which checks the paper
// before asking; compose opens that composer on its draft.
func BenchmarkIssuePaper(b *testing.B) {
	d := bigDesk(b)
	s := d.m.Shell
	b.Run("report", func(b *testing.B) {
		ed := NewStatsScreen(s).openSummary()
		ed.date.SetText("25/12/2024")
		ed.results.SetText("- Tuyên truyền, quán triệt: 12 buổi.")
		ed.shortcomings.SetText("Một số đơn vị nộp hồ sơ chậm.")
		ed.lessons.SetText("Phát huy vai trò người đứng đầu.")
		ed.directions.SetText("Tiếp tục nhân rộng điển hình tiên tiến.")
		// A click on Cấp số ban hành, then on Cấp số with the number offered.
		measure(b, s, func(int) { ed.issue(); test.Tap(d.button("Cấp số")) })
		if docs, err := d.st.Documents(app.DocumentFilter{Kind: app.DocReport}); err != nil || len(docs) < b.N {
			b.Fatalf("%d reports issued for %d clicks (%v)", len(docs), b.N, err)
		}
		for s.win.Canvas().Overlays().Top() != nil {
			s.win.Canvas().Overlays().Top().Hide()
		}
	})
	d.goTo("Bình xét & khen thưởng")
	ns := &NominationsScreen{shell: s, plan: s.CurrentPlan()}
	ns.round = ns.plan.Rounds[0]
	form := ns.plan.AwardForms[0]
	b.Run("compose", func(b *testing.B) {
		measure(b, s, func(int) {
			if top := s.win.Canvas().Overlays().Top(); top != nil {
				top.Hide() // the composer opened before
			}
			ns.onProposalPaper(app.FormPanel{Form: form})
		})
		s.win.Canvas().Overlays().Top().Hide()
	})
	b.Run("ask", func(b *testing.B) {
		ns.onProposalPaper(app.FormPanel{Form: form})
		s.settle()
		button := d.button("Cấp số và ban hành")
		measure(b, s, func(int) {
			if button.Disabled() {
				b.Fatal("the composer still checks or issues")
			}
			test.Tap(button)
		})
		// The last answer: the question (Không), or why the paper cannot
		// be issued.
		if top := s.win.Canvas().Overlays().Top(); top != nil && strings.Contains(texts(top), "không thu hồi được") {
			d.tap("Không")
		}
	})
}

// BenchmarkBoardAction changes a nomination on the Bình xét & khen
// thưởng board (its achievement text) and reads the board again.
func BenchmarkBoardAction(b *testing.B) {
	d := bigDesk(b)
	s := d.m.Shell
	ns := NewNominationsScreen(s, s.CurrentPlan())
	s.settle()
	gk := ns.Board().Panels[2]
	id, err := d.st.Nominate(app.Nomination{RoundID: ns.round.ID, AwardFormID: gk.Form.ID, ParticipantID: gk.Candidates[0].Participant.ID}, "thành tích đột xuất")
	if err != nil {
		b.Fatal(err)
	}
	measure(b, s, func(i int) { ns.run(d.st.SetAchievement(id, fmt.Sprintf("Thành tích lần %d", i))) })
}
