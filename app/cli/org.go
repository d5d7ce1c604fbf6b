package cli

import (
	"flag"
	"fmt"
	"strconv"
	"text/tabwriter"

	"thidua/app"
	"thidua/app/viet"
)

// periodFlags are the flags of a period of the organisation's structure.
const periodFlags = "[--from dd/mm/yyyy] [--until dd/mm/yyyy] [--name TÊN_CƠ_QUAN] [--parent DÒNG_TRÊN] [--upper UBND_CẤP_HUYỆN] [--province TỈNH]"

func orgCommands() []command {
	return []command{
		{"org periods", "[--json]", "liệt kê các thời kỳ tổ chức của cơ quan: tên cơ quan, dòng cơ quan cấp trên ở tiêu đề, cấp huyện, tỉnh; mỗi văn bản lấy thời kỳ có hiệu lực vào ngày của nó", cmdOrgPeriods},
		{"org period add", periodFlags, "thêm một thời kỳ (cần --name; bỏ --from hoặc --until là không giới hạn đầu đó)", cmdOrgPeriodAdd},
		{"org period edit", "MÃ " + periodFlags, "sửa một thời kỳ: chỉ đổi các ô được ghi; ghi \"\" để xóa một ô", cmdOrgPeriodEdit},
	}
}

func cmdOrgPeriods(env *Env, c *call) error {
	asJSON := c.fs.Bool("json", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	org, err := st.Organisation()
	if err != nil {
		return err
	}
	if *asJSON {
		enc := jsonOut(env.Stdout)
		ps := org.Periods
		if ps == nil {
			ps = []app.OrgPeriod{}
		}
		return enc.Encode(ps)
	}
	if len(org.Periods) == 0 {
		fmt.Fprintln(env.Stdout, "Chưa ghi thời kỳ nào: văn bản lấy tên cơ quan và cơ quan cấp trên ở Cài đặt.")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Mã\tThời kỳ\tTên cơ quan\tDòng cơ quan cấp trên\tCấp huyện\tTỉnh")
	for _, p := range org.Periods {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", p.ID, app.PeriodSpan(p), p.Name, orDash(p.Parent), orDash(p.Upper), orDash(p.Province))
	}
	return tw.Flush()
}

// periodFields declares the period's flags on fs; apply copies those the
// command line set into p, reading the dates.
func periodFields(fs *flag.FlagSet) (apply func(p *app.OrgPeriod) error) {
	fs.String("from", "", "")
	fs.String("until", "", "")
	name, parent := fs.String("name", "", ""), fs.String("parent", "", "")
	upper, province := fs.String("upper", "", ""), fs.String("province", "", "")
	return func(p *app.OrgPeriod) error {
		var ps app.Problems
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "from", "until":
				iso := ""
				if v := viet.Clean(f.Value.String()); v != "" {
					t, err := viet.ParseDate(v)
					if err != nil {
						ps.Add("--"+f.Name, "%s", err.Error())
						return
					}
					iso = viet.ISO(t)
				}
				if f.Name == "from" {
					p.From = iso
				} else {
					p.Until = iso
				}
			case "name":
				p.Name = *name
			case "parent":
				p.Parent = *parent
			case "upper":
				p.Upper = *upper
			case "province":
				p.Province = *province
			}
		})
		return ps.Err()
	}
}

func cmdOrgPeriodAdd(env *Env, c *call) error {
	apply := periodFields(c.fs)
	if err := c.parse(0); err != nil {
		return err
	}
	var p app.OrgPeriod
	if err := apply(&p); err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	id, err := st.SaveOrgPeriod(p)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã thêm thời kỳ mã %d.\n", id)
	return nil
}

func cmdOrgPeriodEdit(env *Env, c *call) error {
	apply := periodFields(c.fs)
	if err := c.parse(1); err != nil {
		return err
	}
	id, err := strconv.ParseInt(c.args[0], 10, 64)
	if err != nil || id <= 0 {
		return usagef("MÃ là số của thời kỳ, xem thidua org periods")
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	org, err := st.Organisation()
	if err != nil {
		return err
	}
	var p *app.OrgPeriod
	for i := range org.Periods {
		if org.Periods[i].ID == id {
			p = &org.Periods[i]
		}
	}
	if p == nil {
		return fmt.Errorf("không có thời kỳ mã %d: %w", id, app.ErrNotFound)
	}
	if err := apply(p); err != nil {
		return err
	}
	if _, err := st.SaveOrgPeriod(*p); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã sửa thời kỳ mã %d.\n", id)
	return nil
}
