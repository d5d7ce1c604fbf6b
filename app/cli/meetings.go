package cli

import (
	"fmt"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

func meetingCommands() []command {
	return []command{
		{"meeting add", "--plan MÃ --round NĂM|final --date dd/mm/yyyy [--time HH:MM] [--place NƠI, mặc định nơi họp trong Cài đặt] [--absent MÃ,MÃ]",
			"ghi cuộc họp Hội đồng: mọi thành viên đang tham gia có mặt trừ --absent; chủ trì là Chủ tịch, thư ký là Thư ký Hội đồng", cmdMeetingAdd},
		{"vote", "--meeting MÃ --nomination MÃ --for N [--against N] [--issued N --returned N --valid N]",
			"ghi kết quả biểu quyết (số phiếu mặc định bằng số thành viên được biểu quyết)", cmdVote},
		{"decide", "--nomination MÃ (--number SỐ --date dd/mm/yyyy --issuer NGƯỜI_KÝ | --rejected --reason LÝ_DO) [--correct LÝ_DO]",
			"ghi quyết định khen thưởng của cấp có thẩm quyền; --correct để đính chính (giữ bản cũ)", cmdDecide},
	}
}

func cmdMeetingAdd(env *Env, c *call) error {
	f := c.roundFlags()
	date, at := c.fs.String("date", "", ""), c.fs.String("time", "", "")
	place, absent := c.fs.String("place", "", ""), c.fs.String("absent", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *f.plan <= 0 || *f.round == "" || *date == "" {
		return usagef("cần --plan MÃ, --round và --date dd/mm/yyyy")
	}
	day, err := viet.ParseDate(*date)
	if err != nil {
		return &app.InvalidError{Problems: []app.Problem{{Where: "--date", Message: err.Error()}}}
	}
	away := map[int64]bool{}
	for _, s := range strings.Split(*absent, ",") {
		if s = strings.TrimSpace(s); s != "" {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return usagef("--absent là các mã thành viên cách nhau bằng dấu phẩy, ví dụ 3,7")
			}
			away[id] = true
		}
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	p, r, err := f.resolve(st)
	if err != nil {
		return err
	}
	council, err := st.CouncilMembers()
	if err != nil {
		return err
	}
	m := app.Meeting{PlanID: p.ID, RoundID: r.ID, HeldAt: strings.TrimSpace(viet.ISO(day) + " " + *at), Place: *place}
	member := map[int64]bool{}
	for _, x := range council {
		member[x.ID] = true
	}
	for id := range away {
		if !member[id] {
			return &app.InvalidError{Problems: []app.Problem{{Where: "--absent",
				Message: fmt.Sprintf("không có thành viên hội đồng mã %d", id)}}}
		}
	}
	if viet.Clean(m.Place) == "" { // where the council usually meets (Cài đặt → Cơ quan)
		org, err := st.Organisation()
		if err != nil {
			return err
		}
		m.Place = org.DefaultPlace
	}
	m.Seat(council, away)

	id, err := st.SaveMeeting(m)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ghi cuộc họp mã %d: %s, %d thành viên có mặt.\n", id, app.MeetingTitle(m), len(m.Attendees))
	return nil
}

func cmdVote(env *Env, c *call) error {
	meeting, nom := c.fs.Int64("meeting", 0, ""), c.fs.Int64("nomination", 0, "")
	counts := map[string]*int{}
	for _, name := range []string{"for", "against", "issued", "returned", "valid"} {
		counts[name] = c.fs.Int(name, -1, "")
	}
	if err := c.parse(0); err != nil {
		return err
	}
	if *meeting <= 0 || *nom <= 0 || *counts["for"] < 0 {
		return usagef("cần --meeting MÃ, --nomination MÃ và --for N")
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	m, err := st.Meeting(*meeting)
	if err != nil {
		return err
	}
	voters := len(m.Attendees)
	if n, err := st.Nomination(*nom); err == nil {
		if part, err := participantByID(st, n.ParticipantID); err == nil {
			council, _ := st.CouncilMembers()
			_, recused := app.MeetingTally(app.AwardForm{}, m, council, part, 0)
			voters -= len(recused)
		}
	}
	v := app.Vote{MeetingID: *meeting, NominationID: *nom, For: *counts["for"], Against: max(0, *counts["against"])}
	v.Issued, v.Returned, v.Valid = orDefault(*counts["issued"], voters), orDefault(*counts["returned"], voters), orDefault(*counts["valid"], voters)
	saved, out, err := st.SaveVote(v)
	if err != nil {
		return err
	}
	result := "KHÔNG ĐẠT"
	if out.Passed {
		result = "ĐẠT"
	}
	fmt.Fprintf(env.Stdout, "%s — %s (%d thành viên không biểu quyết).\n", result, out.Reason, len(saved.Recused))
	return nil
}

func orDefault(v, def int) int {
	if v < 0 {
		return def
	}
	return v
}

func participantByID(st Store, id int64) (app.Participant, error) {
	parts, err := st.Participants("")
	if err != nil {
		return app.Participant{}, err
	}
	return findEntity(parts, strconv.FormatInt(id, 10))
}

func cmdDecide(env *Env, c *call) error {
	nom := c.fs.Int64("nomination", 0, "")
	number, date, issuer := c.fs.String("number", "", ""), c.fs.String("date", "", ""), c.fs.String("issuer", "", "")
	rejected, reason, correct := c.fs.Bool("rejected", false, ""), c.fs.String("reason", "", ""), c.fs.String("correct", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *nom <= 0 {
		return usagef("cần --nomination MÃ")
	}
	d := app.Decision{NominationID: *nom, Outcome: app.OutcomeAwarded, Number: *number, Issuer: *issuer, Reason: *reason}
	if *rejected {
		d.Outcome = app.OutcomeRejected
	}
	if *date != "" {
		t, err := viet.ParseDate(*date)
		if err != nil {
			return &app.InvalidError{Problems: []app.Problem{{Where: "--date", Message: err.Error()}}}
		}
		d.DecidedOn = viet.ISO(t)
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	if *correct != "" {
		_, err = st.CorrectDecision(d, *correct)
	} else {
		_, err = st.RecordDecision(d)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ghi quyết định cho đề nghị mã %d: %s.\n", *nom, app.StatusLabel(app.OutcomeStatus(d.Outcome)))
	return nil
}
