package cli

import (
	"bytes"
	"fmt"

	"thidua/app"
	"thidua/app/workbook"
)

func awardCommands() []command {
	return []command{
		{"awards export", "[--year NĂM] [--plan MÃ] [--decision MÃ_VĂN_BẢN] [--entity MÃ] -o TỆP.xlsx",
			"xuất sổ theo dõi khen thưởng ra Excel: ai được khen gì, theo quyết định nào (số, ngày, cơ quan ban hành)", cmdAwardsExport},
	}
}

func cmdAwardsExport(env *Env, c *call) error {
	var f app.AwardFilter
	year := c.fs.Int("year", 0, "")
	c.fs.Int64Var(&f.PlanID, "plan", 0, "")
	c.fs.Int64Var(&f.DecisionDocID, "decision", 0, "")
	c.fs.Int64Var(&f.ParticipantID, "entity", 0, "")
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.xlsx")
	}
	f.Year = *year
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	var buf bytes.Buffer
	n, err := workbook.ExportAwards(st, f, &buf)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %d khen thưởng ra %s.\n", n, *out)
	return nil
}
