package cli

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"thidua/app"
	"thidua/app/chart"
	"thidua/app/dossier"
	"thidua/app/stats"
)

func statsCommands() []command {
	return []command{
		{"pdf summary", "--plan MÃ --round NĂM|final [--date dd/mm/yyyy] [--results …] [--shortcomings …] [--lessons …] [--directions …] [--organisation …] [--issue [--number SỐ]] -o TỆP.pdf", "in báo cáo kết quả (năm) hoặc tổng kết (final) phong trào thi đua, có bảng số liệu và biểu đồ; các phần người soạn viết ghi bằng --results… (giữ cho lần in sau); --issue cấp số BC, vào sổ (chỉ khi không còn chỗ trống); --number " + numberHelp, cmdPDFSummary},
		{"stats", "--plan MÃ [--round NĂM|final] [--json] [-o TỆP.xlsx] [--charts THƯ_MỤC]", "thống kê kết quả phong trào: tham gia, xếp loại, điểm, đề nghị, khen thưởng, tỷ lệ nữ; không có --round: mọi đợt và cả phong trào; -o xuất mọi số liệu ra Excel; --charts ghi các biểu đồ (SVG và PNG 300 dpi) để in", cmdStats},
	}
}

func cmdStats(env *Env, c *call) error {
	f, asJSON, xlsx := c.roundFlags(), c.fs.Bool("json", false, ""), c.fs.String("o", "", "")
	charts := c.fs.String("charts", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *f.plan <= 0 {
		return usagef("cần --plan MÃ (xem thidua plan list)")
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	p, _, err := planRound(st, *f.plan, *f.round, true)
	if err != nil {
		return err
	}
	figures, err := stats.Load(st, p.ID)
	if err != nil {
		return err
	}
	if *xlsx != "" {
		var buf bytes.Buffer
		if err := stats.WriteXLSX(&buf, figures); err != nil {
			return err
		}
		if err := writeFileAtomic(*xlsx, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã xuất số liệu thống kê ra %s.\n", *xlsx)
		return nil
	}
	var out any = figures
	if *charts != "" {
		r := figures.Movement
		if *f.round != "" {
			r, _ = figures.ByKey(*f.round)
		}
		return writeCharts(env, *charts, figures, r)
	}
	rounds := append(append([]stats.Round(nil), figures.Rounds...), figures.Movement)
	if *f.round != "" {
		r, _ := figures.ByKey(*f.round)
		out, rounds = r, []stats.Round{r}
	}
	if *asJSON {
		enc := jsonOut(env.Stdout)
		return enc.Encode(out)
	}
	fmt.Fprintf(env.Stdout, "THỐNG KÊ PHONG TRÀO THI ĐUA “%s”\n", figures.Name)
	for _, r := range rounds {
		fmt.Fprintf(env.Stdout, "\n=== %s ===\n", r.Name)
		for _, t := range r.Tables() {
			if err := writeTable(env.Stdout, t); err != nil {
				return err
			}
		}
	}
	if *f.round == "" {
		fmt.Fprintln(env.Stdout)
		return writeTable(env.Stdout, figures.RoundsTable())
	}
	return nil
}

// writeTable prints a table of figures with aligned columns.
func writeTable(w io.Writer, t stats.Table) error {
	fmt.Fprintf(w, "\n%s\n", t.Title)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.Columns, "\t"))
	for _, row := range t.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = stats.Cell(v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func cmdPDFSummary(env *Env, c *call) error {
	f, pf := c.roundFlags(), c.paperFlags()
	// The parts the clerk writes, as in the window's Báo cáo: each flag
	// replaces its part (kept for the next printing); lines start with
	// "- " for a list.
	for _, name := range summaryParts {
		c.fs.String(name, "", "")
	}
	if err := c.parse(0); err != nil {
		return err
	}
	parts := map[string]string{} // the parts given, by flag
	c.fs.Visit(func(fl *flag.Flag) {
		if slices.Contains(summaryParts, fl.Name) {
			parts[fl.Name] = fl.Value.String()
		}
	})
	if *f.plan <= 0 || *f.round == "" || *pf.out == "" {
		return usagef("cần --plan MÃ, --round (năm hoặc final) và -o TỆP.pdf")
	}
	iso, err := isoFlag("date", *pf.date)
	if err != nil {
		return err
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	p, r, err := planRound(st, *f.plan, *f.round, false)
	if err != nil {
		return err
	}
	if err := saveSummaryParts(st, p, r.Key, parts); err != nil {
		return err
	}
	snap, err := desk.SummaryDraft(p.ID, r.Key, iso)
	if err != nil {
		return err
	}
	return c.finish(env, st, desk, snap, pf, iso, app.Document{PlanID: p.ID, RoundID: r.ID})
}

// summaryParts are the flags of the parts of a report the clerk writes.
var summaryParts = []string{"organisation", "results", "shortcomings", "lessons", "directions"}

// saveSummaryParts stores the parts of the report given on the command
// line (parts, by flag) over those written before.
func saveSummaryParts(st Store, p *app.Plan, key string, parts map[string]string) error {
	if len(parts) == 0 {
		return nil
	}
	t, err := dossier.SummaryTexts(st, p, key)
	if err != nil {
		return err
	}
	for name, field := range map[string]*string{"organisation": &t.Organisation, "results": &t.Results,
		"shortcomings": &t.Shortcomings, "lessons": &t.Lessons, "directions": &t.Directions} {
		if v, ok := parts[name]; ok {
			*field = v
		}
	}
	return st.SaveSetting(dossier.SummaryTextsKey(p.ID, key), dossier.EncodeSummaryTexts(t))
}

// planRound reads plan id and its round key. With whole, key may also be
// "" or "all" (the whole movement): the round is then the zero Round.
func planRound(st Store, id int64, key string, whole bool) (*app.Plan, app.Round, error) {
	p, err := st.Plan(id)
	if err != nil {
		return nil, app.Round{}, err
	}
	if whole && (key == "" || key == stats.MovementKey) {
		return p, app.Round{}, nil
	}
	r, err := findRound(p, key)
	return p, r, err
}

// writeCharts writes the charts of round r (and the classifications of
// every round) into dir, for paper.
func writeCharts(env *Env, dir string, all stats.Plan, r stats.Round) error {
	c, err := chart.New(chart.Fonts{Regular: env.Fonts.Regular, Bold: env.Fonts.Bold})
	if err != nil {
		return err
	}
	set, err := c.Set(all, r)
	if err != nil {
		return err
	}
	files, err := chart.PaperFiles(set)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("không tạo được thư mục %s: %w", dir, err)
	}
	for name, b := range files {
		if err := writeFileAtomic(filepath.Join(dir, name), b); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stdout, "Đã ghi %d biểu đồ (SVG và PNG %d dpi) vào %s.\n", len(set), chart.PaperDPI, dir)
	return nil
}
