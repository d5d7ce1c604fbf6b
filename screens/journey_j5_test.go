package screens

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// J5: the council meeting. The clerk nominates the best-ranked people for
// the commune's Giấy khen; one past the quota is refused with the reason,
// the chair insists and the clerk records why; a meeting is recorded and
// each nominee's ballot counted. What the board shows and what is stored
// agree, and the override is visible.
func TestJourneyJ5CouncilMeeting(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	d.goTo("Bình xét & khen thưởng")
	const gk = "Giấy khen của Chủ tịch UBND xã"
	// nominate picks the n-th individual of the ranked candidates.
	nominate := func(n int) {
		test.Tap(d.buttonNear("Đề nghị…", gk))
		d.fits("Đề nghị " + gk)
		l := d.list()
		item := l.CreateItem()
		for i := 0; i < l.Length(); i++ {
			l.UpdateItem(i, item)
			if strings.Contains(item.(*widget.Label).Text, "tập thể") {
				continue
			}
			if n == 0 {
				l.Select(i)
				break
			}
			n--
		}
		d.tap("Đề nghị người đã chọn")
	}
	nominate(0)
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("the first nomination was refused:\n%s", d.dialogText())
	}
	nominate(1)
	round := d.m.Shell.CurrentPlan().Rounds[0]
	noms, _ := d.st.Nominations(round.ID)
	if len(noms) != 2 {
		t.Fatalf("%d nominations after two:\n%s", len(noms), d.dialogText())
	}
	nominate(2) // a third for a quota of two individuals
	if !d.shows("vượt số lượng") {
		t.Fatalf("a nomination past the quota was not refused with the reason:\n%s", d.dialogText())
	}
	d.fits("the refusal")
	test.Type(d.entryWithHint("Lý do Hội đồng vẫn đề nghị"), "Thành tích đột xuất trong phòng chống bão")
	d.tap("Vẫn đề nghị")
	noms, _ = d.st.Nominations(round.ID)
	if len(noms) != 3 {
		t.Fatalf("%d nominations after the override", len(noms))
	}
	if !strings.Contains(allText(d.win.Content()), "phòng chống bão") {
		t.Error("the override's reason is not visible on the board")
	}

	// The meeting, every serving member present.
	d.tap("Cuộc họp…")
	d.tap("Thêm cuộc họp")
	d.typeIn("Ngày họp", "10/12/2024")
	d.typeIn("Giờ", "14:00")
	d.fits("Cuộc họp")
	d.tap("Lưu")
	meetings, _ := d.st.Meetings(round.ID)
	if len(meetings) != 1 || !strings.HasPrefix(meetings[0].HeldAt, "2024-12-10 14:00") || len(meetings[0].Attendees) == 0 {
		t.Fatalf("meetings stored %+v", meetings)
	}

	// Each nominee's ballot counts; a member who is the nominee (or of the
	// nominated unit) does not vote, and the dialog says so.
	council, _ := d.st.CouncilMembers()
	form := d.m.Shell.CurrentPlan().AwardForms[2]
	recusals := 0
	for _, nom := range noms {
		p := participantByID(t, d, nom.ParticipantID)
		_, recused := app.MeetingTally(form, meetings[0], council, p, 0)
		n := len(meetings[0].Attendees) - len(recused)
		recusals += len(recused)
		test.Tap(d.buttonNear("Biểu quyết…", p.Name))
		d.fits("Kết quả biểu quyết")
		if len(recused) > 0 && !d.shows("Không biểu quyết (tự đề nghị hoặc thuộc tập thể được đề nghị): "+p.Name) {
			t.Errorf("the vote of %s does not say who is recused:\n%s", p.Name, d.dialogText())
		}
		for _, label := range []string{"Số phiếu phát ra", "Số phiếu thu vào", "Số phiếu hợp lệ", "Đồng ý"} {
			d.typeIn(label, itoa(n))
		}
		d.typeIn("Không đồng ý", "0")
		d.tap("Lưu")
	}
	votes, _ := d.st.MeetingVotes(meetings[0].ID)
	if len(votes) != 3 {
		t.Fatalf("%d votes stored, want 3", len(votes))
	}
	noms, _ = d.st.Nominations(round.ID)
	for _, nom := range noms {
		if nom.Status != app.NomPassed {
			t.Errorf("nomination %d is %q after a unanimous vote", nom.ID, nom.Status)
		}
	}
	if recusals == 0 {
		t.Error("the sample's nominees include no council member: the recusal went untested")
	}
	d.snap("binh-xet")
}

func participantByID(t *testing.T, d *desk, id int64) app.Participant {
	t.Helper()
	all, _ := d.st.Participants("")
	for _, p := range all {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no participant %d", id)
	return app.Participant{}
}

func itoa(n int) string { return strconv.Itoa(n) }
