package cli

import (
	"bytes"
	"fmt"
	"path/filepath"

	"thidua/app"
	"thidua/app/entityio"
)

// importTables reads a participants file and parses every table in it
// against the database's participants, collectives first so that an
// individual's unit may be a collective of the same file.
func importTables(name string, b []byte, existing []app.Participant) ([]*entityio.Report, error) {
	tables, err := entityio.Read(name, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var reports []*entityio.Report
	for _, collectivesFirst := range []bool{true, false} {
		for _, t := range tables {
			m, kind, unmapped := entityio.Guess(t.Headers)
			if (kind == app.KindCollective) != collectivesFirst {
				continue
			}
			r := entityio.Parse(t, m, kind, existing)
			r.Unmapped = unmapped
			existing = append(existing, r.Valid()...)
			reports = append(reports, r)
		}
	}
	return reports, nil
}

// asInvalid makes a file that cannot be read an invalid input (exit 2).
func asInvalid(file string, err error) error {
	if app.IsInvalid(err) {
		return err
	}
	return &app.InvalidError{Problems: []app.Problem{{Where: file, Message: err.Error()}}}
}

func cmdEntitiesImport(env *Env, c *call) error {
	dryRun := c.fs.Bool("dry-run", false, "")
	skip := c.fs.Bool("skip-invalid", false, "")
	if err := c.parse(1); err != nil {
		return err
	}
	file := c.args[0]
	b, err := app.ReadFileLimited(file, entityio.MaxFile)
	if err != nil {
		return asInvalid(file, err)
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	existing, err := st.Participants("")
	if err != nil {
		return err
	}
	reports, err := importTables(filepath.Base(file), b, existing)
	if err != nil {
		return &app.InvalidError{Problems: []app.Problem{{Where: file, Message: err.Error()}}}
	}
	var valid []app.Participant
	invalid := 0
	for _, r := range reports {
		fmt.Fprintf(env.Stdout, "Bảng “%s” (%s, %s): %s\n", r.Table, r.Encoding, r.Kind.Label(), r.Summary())
		r.WriteText(env.Stdout)
		valid = append(valid, r.Valid()...)
		invalid += len(r.Invalid())
	}
	switch {
	case invalid > 0 && !*skip:
		return &app.InvalidError{Problems: []app.Problem{{Where: file,
			Message: fmt.Sprintf("có %d dòng lỗi: không nhập dòng nào. Sửa tệp, hoặc dùng --skip-invalid để bỏ qua các dòng lỗi", invalid)}}}
	case *dryRun:
		fmt.Fprintf(env.Stdout, "Chạy thử: sẽ nhập %d đối tượng; chưa ghi gì.\n", len(valid))
		return nil
	case len(valid) == 0:
		fmt.Fprintln(env.Stdout, "Không có đối tượng mới nào để nhập.")
		return nil
	}
	if _, err := st.ImportParticipants(valid, filepath.Base(file)); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã nhập %d đối tượng", len(valid))
	if invalid > 0 {
		fmt.Fprintf(env.Stdout, "; bỏ qua %d dòng lỗi (liệt kê ở trên)", invalid)
	}
	fmt.Fprintln(env.Stdout, ".")
	return nil
}

func cmdEntitiesExport(env *Env, c *call) error {
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.xlsx")
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
	cols := r.All(app.KindCollective)
	inds := r.All(app.KindIndividual)
	var buf bytes.Buffer
	if err := entityio.Export(&buf, cols, inds); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %d tập thể, %d cá nhân ra %s.\n", len(cols), len(inds), *out)
	return nil
}
