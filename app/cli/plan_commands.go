package cli

import (
	"bytes"
	"fmt"
	"strconv"

	"thidua/app"
	"thidua/app/plancheck"
)

// loadPlan opens the store and loads the plan named by the first argument.
func (c *call) loadPlan() (*app.Plan, app.Organisation, error) {
	id, err := strconv.ParseInt(c.args[0], 10, 64)
	if err != nil || id <= 0 {
		return nil, app.Organisation{}, usagef("mã kế hoạch %q phải là một số (xem thidua plan list)", c.args[0])
	}
	st, err := c.open()
	if err != nil {
		return nil, app.Organisation{}, err
	}
	defer st.Close()
	p, err := st.Plan(id)
	if err != nil {
		return nil, app.Organisation{}, err
	}
	org, err := st.Organisation()
	return p, org, err
}

func cmdPlanCheck(env *Env, c *call) error {
	if err := c.parse(1); err != nil {
		return err
	}
	p, org, err := c.loadPlan()
	if err != nil {
		return err
	}
	findings := plancheck.Check(p, org)
	for _, f := range findings {
		fmt.Fprintln(env.Stdout, f.String())
	}
	if len(findings) > 0 {
		fmt.Fprintf(env.Stderr, "Kế hoạch mã %d có %d điểm cần xem lại.\n", p.ID, len(findings))
		return errFindings
	}
	fmt.Fprintf(env.Stdout, "Kế hoạch mã %d: không phát hiện lỗi nào.\n", p.ID)
	return nil
}

func cmdPDFPlan(env *Env, c *call) error {
	out := c.fs.String("o", "", "")
	if err := c.parse(1); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	p, org, err := c.loadPlan()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := env.RenderPlan(p, org, &buf); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã in kế hoạch mã %d ra %s.\n", p.ID, *out)
	return nil
}
