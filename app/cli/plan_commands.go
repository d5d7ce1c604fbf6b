package cli

import (
	"bytes"
	"fmt"
	"strconv"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/plancheck"
)

// planData is a plan with what printing it needs.
type planData struct {
	plan *app.Plan
	org  app.Organisation
	page string // stored page settings
	// signers are the signers in Cài đặt: the plan's signature names the
	// Chairman when the plan names no signer of its own.
	signers []app.Signer
}

// loadPlan opens the store and loads the plan named by the first argument.
// planArg reads the positional plan ID.
func (c *call) planArg() (int64, error) {
	id, err := strconv.ParseInt(c.args[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("mã kế hoạch %q phải là một số (xem thidua plan list)", c.args[0])
	}
	return id, nil
}

func (c *call) loadPlan() (planData, error) {
	var d planData
	id, err := c.planArg()
	if err != nil {
		return d, err
	}
	st, err := c.open()
	if err != nil {
		return d, err
	}
	defer st.Close()
	if d.plan, err = st.Plan(id); err != nil {
		return d, err
	}
	if d.org, err = st.Organisation(); err != nil {
		return d, err
	}
	if d.signers, err = st.Signers(); err != nil {
		return d, err
	}
	d.page, err = st.Setting(document.SettingsKey)
	return d, err
}

func cmdPlanCheck(env *Env, c *call) error {
	if err := c.parse(1); err != nil {
		return err
	}
	d, err := c.loadPlan()
	if err != nil {
		return err
	}
	p := d.plan
	findings := plancheck.Check(p, d.org)
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
	d, err := c.loadPlan()
	if err != nil {
		return err
	}
	p := app.WithPlanSigner(d.plan, d.signers)
	if formatOf(*out) != asPDF {
		doc, err := document.PlanDocument(p, d.org)
		if err != nil {
			return err
		}
		return writePaper(env, d.page, doc, *out, "kế hoạch mã "+strconv.FormatInt(p.ID, 10))
	}
	var buf bytes.Buffer
	if err := env.RenderPlan(p, d.org, d.page, &buf); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã in kế hoạch mã %d ra %s.\n", p.ID, *out)
	return nil
}
