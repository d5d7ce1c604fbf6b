package cli

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"

	"thidua/app"
	"thidua/app/viet"
)

func cmdVersion(env *Env, c *call) error {
	if err := c.parse(0); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "thidua %s (định dạng dữ liệu %d)\n", env.Version, app.RecordVersion)
	return nil
}

func cmdInit(env *Env, c *call) error {
	sample := c.fs.Bool("sample", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	v, _ := st.Version()
	fmt.Fprintf(env.Stdout, "Cơ sở dữ liệu %s sẵn sàng (phiên bản dữ liệu %d).\n", *c.db, v)
	if !*sample {
		return nil
	}
	empty, err := st.IsEmpty()
	if err != nil {
		return err
	}
	if !empty {
		fmt.Fprintln(env.Stdout, "Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu, không thay đổi gì.")
		return nil
	}
	p, err := app.ParsePlanJSON(env.SeedPlan)
	if err != nil {
		return err
	}
	s, err := app.ParseSampleJSON(env.Sample)
	if err != nil {
		return err
	}
	if err := st.LoadSample(p, s); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã nạp dữ liệu mẫu: kế hoạch “%s”, %d đối tượng.\n", p.MovementName, len(s.Participants))
	return nil
}

func cmdExport(env *Env, c *call) error {
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.json")
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := st.Export()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := app.WriteRecord(&buf, r); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %d kế hoạch, %d đối tượng, %d điểm ra %s.\n", len(r.Plans), len(r.Participants), len(r.Scores), *out)
	return nil
}

// writeFileAtomic writes through a temporary file so a failure never leaves
// half a file under the final name.
func writeFileAtomic(name string, b []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("không ghi được %s: %w", name, err)
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("không ghi được %s: %w", name, err)
	}
	return nil
}

func cmdImport(env *Env, c *call) error {
	replace := c.fs.Bool("replace", false, "")
	if err := c.parse(1); err != nil {
		return err
	}
	b, err := app.ReadFileLimited(c.args[0], app.MaxRecordFile)
	if err != nil {
		return asInvalid(c.args[0], err)
	}
	r, err := app.ReadRecord(b)
	if err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Import(r, *replace, env.BackupDir(*c.db)); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã nhập %d kế hoạch, %d đối tượng, %d điểm từ %s.\n", len(r.Plans), len(r.Participants), len(r.Scores), c.args[0])
	return nil
}

func cmdBackup(env *Env, c *call) error {
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP")
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.BackupTo(*out); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã sao lưu vào %s.\n", *out)
	return nil
}

func cmdRestore(env *Env, c *call) error {
	if err := c.parse(1); err != nil {
		return err
	}
	kept, err := env.Restore(*c.db, c.args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã khôi phục %s từ %s.\n", *c.db, c.args[0])
	if kept != "" {
		fmt.Fprintf(env.Stdout, "Bản cũ được giữ tại %s.\n", kept)
	}
	return nil
}

func cmdPlanList(env *Env, c *call) error {
	if err := c.parse(0); err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	plans, err := st.Plans()
	if err != nil {
		return err
	}
	if len(plans) == 0 {
		fmt.Fprintln(env.Stdout, "Chưa có kế hoạch nào.")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Mã\tSố, ký hiệu\tNgày ban hành\tĐợt\tTrạng thái\tPhong trào")
	for _, p := range plans {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\n", p.ID, app.NumberText(p.Number, p.Symbol),
			orDash(viet.DisplayISO(p.IssuedOn)), p.Rounds, statusLabel(p.Status), p.MovementName)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func statusLabel(s string) string {
	if s == app.PlanArchived {
		return "Lưu trữ"
	}
	return "Đang thực hiện"
}

func cmdPlanShow(env *Env, c *call) error {
	if err := c.parse(1); err != nil {
		return err
	}
	id, err := strconv.ParseInt(c.args[0], 10, 64)
	if err != nil || id <= 0 {
		return usagef("mã kế hoạch %q phải là một số (xem thidua plan list)", c.args[0])
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
	org, err := st.Organisation()
	if err != nil {
		return err
	}
	writePlanText(env.Stdout, p, org)
	return nil
}
