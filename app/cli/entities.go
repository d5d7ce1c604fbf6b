package cli

import (
	"fmt"
	"text/tabwriter"

	"thidua/app"
	"thidua/app/viet"
)

func cmdEntitiesList(env *Env, c *call) error {
	kind := c.fs.String("kind", "", "")
	search := c.fs.String("search", "", "")
	asJSON := c.fs.Bool("json", false, "")
	status := c.fs.String("status", app.StatusActive, "")
	if err := c.parse(0); err != nil {
		return err
	}
	k := app.Kind(*kind)
	if *kind != "" && !k.Valid() {
		return usagef("--kind phải là collective hoặc individual")
	}
	if *status != app.StatusActive && *status != app.StatusArchived && *status != app.StatusAll {
		return usagef("--status phải là active, archived hoặc all")
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	all, err := st.Participants("")
	if err != nil {
		return err
	}
	r := app.NewRoster(all)
	var rows []app.Participant
	for _, kk := range []app.Kind{app.KindCollective, app.KindIndividual} {
		if k == "" || k == kk {
			rows = append(rows, r.Select(app.Filter{Kind: kk, Query: *search, Status: *status}, app.ColName, false)...)
		}
	}
	if *asJSON {
		enc := jsonOut(env.Stdout)
		if rows == nil {
			rows = []app.Participant{}
		}
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Mã\tLoại\tTên\tNgày sinh\tChức vụ\tĐơn vị\tTrạng thái")
	for _, p := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, p.Kind.Label(), p.Name, viet.DisplayISO(p.BirthDate),
			p.Position, r.UnitName(p), p.StatusLabel())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "%d đối tượng.\n", len(rows))
	return nil
}
