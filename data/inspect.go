package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"thidua/app"
)

// AppID marks the app's database files in the SQLite header (PRAGMA
// application_id): the bytes "TĐua" would not fit, so "TDua".
const AppID = 0x54447561

// BackupSummary describes a database file (see app.BackupSummary).
type BackupSummary = app.BackupSummary

// InspectBackup checks that file is a sound database of this app — its
// mark, every table, column, index and trigger of its schema version,
// integrity and foreign keys — and summarises it. It works on a copy in a
// temporary folder: the file itself (and the USB stick it is on) is never
// written, not even a -shm beside it. The error wraps app.ErrNotAppData,
// app.ErrDamaged or app.ErrNewerSchema with what is wrong, in Vietnamese.
func InspectBackup(file string) (BackupSummary, error) {
	staged, cleanup, err := stageCopy(file)
	if err != nil {
		return BackupSummary{}, err
	}
	defer cleanup()
	return inspectStaged(file, staged)
}

// stageCopy copies file (and its -wal, which holds committed data not yet
// in the file) into a new temporary folder; cleanup removes the folder.
func stageCopy(file string) (staged string, cleanup func(), err error) {
	info, err := os.Stat(file)
	if err != nil {
		return "", nil, fmt.Errorf("không có tệp %s: %w", file, err)
	}
	if info.IsDir() {
		return "", nil, fmt.Errorf("%w: %s là một thư mục", app.ErrNotAppData, file)
	}
	dir, err := os.MkdirTemp("", "thidua-kiem-tra-")
	if err != nil {
		return "", nil, fmt.Errorf("không tạo được thư mục tạm để kiểm tra tệp: %w", err)
	}
	cleanup = func() { os.RemoveAll(dir) }
	staged = filepath.Join(dir, "kiem-tra.db")
	if err := copyFile(file, staged); err != nil {
		cleanup()
		return "", nil, err
	}
	if fileExists(file + "-wal") {
		if err := copyFile(file+"-wal", staged+"-wal"); err != nil {
			cleanup()
			return "", nil, err
		}
	}
	return staged, cleanup, nil
}

// copyFile copies a file byte for byte and syncs the copy.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return fmt.Errorf("không đọc được tệp %s: %w", from, err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("không chép được tệp %s: %w", from, err)
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// inspectStaged checks the staged copy of file; names in messages are file's.
func inspectStaged(file, staged string) (BackupSummary, error) {
	sum := BackupSummary{Path: file}
	if info, err := os.Stat(file); err == nil {
		sum.Size, sum.Taken = info.Size(), info.ModTime()
	}
	if _, taken, _, ok := app.ParseBackupName(file); ok {
		sum.Taken = taken
	}
	head := make([]byte, len(sqliteMagic))
	f, err := os.Open(staged)
	if err != nil {
		return sum, err
	}
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || !bytes.Equal(head, sqliteMagic) {
		return sum, fmt.Errorf("%w: %s không phải tệp cơ sở dữ liệu (có thể là tệp Excel, PDF hay tệp khác)", app.ErrNotAppData, file)
	}
	db, err := sql.Open("sqlite3", readOnlyDSN(staged))
	if err != nil {
		return sum, err
	}
	defer db.Close()
	if err := checkDatabase(db, file); err != nil {
		return sum, err
	}
	sum.SchemaVersion, _ = userVersion(context.Background(), db)
	return sum, summarise(db, &sum)
}

// checkDatabase runs every check a file must pass before it may replace the
// data in use: integrity, the app's mark and schema version, the whole
// schema, foreign keys.
func checkDatabase(db *sql.DB, file string) error {
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("%w: %s không đọc được như cơ sở dữ liệu: %v", app.ErrDamaged, file, err)
	}
	if res != "ok" {
		return fmt.Errorf("%w: %s không qua kiểm tra toàn vẹn (%s)", app.ErrDamaged, file, res)
	}
	v, err := userVersion(context.Background(), db)
	if err != nil {
		return err
	}
	var id int64
	if err := db.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		return err
	}
	if (id != 0 && id != AppID) || v == 0 {
		return fmt.Errorf("%w: %s là cơ sở dữ liệu của chương trình khác", app.ErrNotAppData, file)
	}
	if v > SchemaVersion() {
		return fmt.Errorf("%w: tệp %s có phiên bản dữ liệu %d, phiên bản này chỉ đọc được đến %d — hãy cài phiên bản mới của ứng dụng", app.ErrNewerSchema, file, v, SchemaVersion())
	}
	want, err := referenceSchema(v)
	if err != nil {
		return err
	}
	got, err := readSchema(db)
	if err != nil {
		return err
	}
	if diff := schemaDiff(want, got); diff != "" {
		return fmt.Errorf("%w: %s thiếu hoặc thừa phần của dữ liệu phiên bản %d (%s)", app.ErrNotAppData, file, v, diff)
	}
	var table string
	var rowid sql.NullInt64
	var parent string
	var fkid int
	err = db.QueryRow("PRAGMA foreign_key_check").Scan(&table, &rowid, &parent, &fkid)
	if err == nil {
		return fmt.Errorf("%w: %s có dòng %d của bảng %s trỏ tới %s không còn", app.ErrDamaged, file, rowid.Int64, table, parent)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return nil
}

// schema maps "table name", "index name" and "trigger name" to a
// description: a table's columns with their types, constraints and keys.
type schema map[string]string

func readSchema(db *sql.DB) (schema, error) {
	out := schema{}
	var tables []string
	err := each(db, `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger')`,
		func(rows *sql.Rows) error {
			var typ, name string
			if err := rows.Scan(&typ, &name); err != nil {
				return err
			}
			out[typ+" "+name] = ""
			if typ == "table" {
				tables = append(tables, name)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		var cols []string
		err := each(db, `SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid`, func(rows *sql.Rows) error {
			var name, typ string
			var notNull, pk int
			if err := rows.Scan(&name, &typ, &notNull, &pk); err != nil {
				return err
			}
			cols = append(cols, fmt.Sprintf("%s %s notnull=%d pk=%d", name, typ, notNull, pk))
			return nil
		}, t)
		if err != nil {
			return nil, err
		}
		out["table "+t] = strings.Join(cols, ", ")
	}
	return out, nil
}

// schemaDiff names what got lacks or has beyond want ("" when they agree).
func schemaDiff(want, got schema) string {
	var missing, extra, changed []string
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			missing = append(missing, k)
		case g != w:
			changed = append(changed, k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			extra = append(extra, k)
		}
	}
	var parts []string
	for _, p := range []struct {
		label string
		names []string
	}{{"thiếu", missing}, {"khác cột", changed}, {"thừa", extra}} {
		if len(p.names) > 0 {
			sort.Strings(p.names)
			parts = append(parts, p.label+" "+strings.Join(p.names, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

var (
	refMu      sync.Mutex
	refSchemas = map[int]schema{}
)

// referenceSchema is the schema the migrations build up to version v, read
// from a database built in memory.
func referenceSchema(v int) (schema, error) {
	refMu.Lock()
	defer refMu.Unlock()
	if s, ok := refSchemas[v]; ok {
		return s, nil
	}
	db, err := sql.Open("sqlite3", "file:tham-chieu?mode=memory")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ref := &Store{db: db, path: ":memory:", now: time.Now}
	if err := ref.migrateTo(context.Background(), "", v); err != nil {
		return nil, err
	}
	s, err := readSchema(db)
	if err != nil {
		return nil, err
	}
	refSchemas[v] = s
	return s, nil
}

// summarise counts what the clerk recognises a database by.
func summarise(db *sql.DB, sum *BackupSummary) error {
	issued := `SELECT count(*) FROM documents WHERE number > 0`
	if sum.SchemaVersion >= 4 {
		issued += ` AND status = 'issued'`
	}
	var last string
	for _, q := range []struct {
		query string
		dest  any
	}{
		{`SELECT count(*) FROM plans`, &sum.Plans},
		{`SELECT count(*) FROM participants WHERE kind = 'collective'`, &sum.Collectives},
		{`SELECT count(*) FROM participants WHERE kind = 'individual'`, &sum.Individuals},
		{issued, &sum.IssuedDocuments},
		{`SELECT count(*) FROM audit_log`, &sum.AuditLines},
		{`SELECT coalesce(max(at), '') FROM audit_log`, &last},
	} {
		if err := db.QueryRow(q.query).Scan(q.dest); err != nil {
			return err
		}
	}
	if sum.SchemaVersion >= 2 {
		db.QueryRow(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`).Scan(&sum.AuditHead)
	}
	if t, err := time.Parse(time.RFC3339, last); err == nil {
		sum.LastChange = t
	}
	return nil
}
