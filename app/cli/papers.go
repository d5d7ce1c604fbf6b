package cli

import (
	"fmt"

	"thidua/app"
	"thidua/app/viet"
)

func paperCommands() []command {
	return []command{
		{"papers check", "--plan MÃ --round NĂM|final [--award MÃ|TÊN] [--json]",
			"kiểm tra các văn bản của đợt trước khi ban hành: kế hoạch có số và ngày, biên bản đã ban hành và đúng biểu quyết, " +
				"người ký đúng thẩm quyền, thành tích, tiền thưởng… (mã thoát 4 khi có điểm cần sửa)", cmdPapersCheck},
		{"plan number", "MÃ --number SỐ --date dd/mm/yyyy", "ghi số và ngày ban hành của kế hoạch (các tờ trình, quyết định dẫn theo)", cmdPlanNumber},
	}
}

func cmdPapersCheck(env *Env, c *call) error {
	f := c.roundFlags()
	award, asJSON := c.fs.String("award", "", ""), c.fs.Bool("json", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *f.plan <= 0 || *f.round == "" {
		return usagef("cần --plan MÃ và --round (năm, ví dụ 2024, hoặc final)")
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	p, r, err := f.resolve(st)
	if err != nil {
		return err
	}
	var formID int64
	if *award != "" {
		form, err := findForm(p, *award)
		if err != nil {
			return err
		}
		formID = form.ID
	}
	fs, err := desk.CheckRound(p.ID, r.ID, formID)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := jsonOut(env.Stdout)
		if err := enc.Encode(fs); err != nil {
			return err
		}
	} else {
		for _, f := range fs {
			mark := "- "
			if f.Blocking {
				mark = "- [chặn ban hành] "
			}
			fmt.Fprintln(env.Stdout, mark+f.String())
		}
	}
	if len(fs) > 0 {
		fmt.Fprintf(env.Stderr, "Văn bản đợt %s có %d điểm cần sửa.\n", r.Key, len(fs))
		return errFindings
	}
	if !*asJSON {
		fmt.Fprintf(env.Stdout, "Văn bản đợt %s: không phát hiện điểm nào cần sửa.\n", r.Key)
	}
	return nil
}

func cmdPlanNumber(env *Env, c *call) error {
	number, date := c.fs.String("number", "", ""), c.fs.String("date", "", "")
	if err := c.parse(1); err != nil {
		return err
	}
	id, err := c.planArg()
	if err != nil {
		return err
	}
	if viet.Clean(*number) == "" || *date == "" {
		return usagef("cần --number SỐ và --date dd/mm/yyyy")
	}
	iso, err := isoFlag("date", *date)
	if err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := st.Plan(id)
	if err != nil {
		return err
	}
	p.Number, p.IssuedOn = viet.Clean(*number), iso
	if err := st.UpdatePlan(p); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Kế hoạch mã %d: số %s, ngày %s.\n", p.ID, app.NumberText(p.Number, p.Symbol), viet.DisplayISO(iso))
	return nil
}
